"""What every build step may read: which assignment, which output variant, where."""
from dataclasses import dataclass
from pathlib import Path

# variant -> where its notebook goes, relative to the output root
VARIANTS = {
    "solved": "solutions/{id}/{id}.ipynb",
    "student": "assignments/{id}/{id}.ipynb",
    "nbgrader": "dist/nbgrader/source/{id}/{id}.ipynb",
}


@dataclass(frozen=True)
class Context:
    assignment_id: str
    root: Path      # the kit: solutions/<id>/source.py and reference/ are read here
    variant: str    # a key of VARIANTS

    @property
    def source_path(self) -> Path:
        return self.root / "solutions" / self.assignment_id / "source.py"

    def output_path(self, out: Path) -> Path:
        return out / VARIANTS[self.variant].format(id=self.assignment_id)
