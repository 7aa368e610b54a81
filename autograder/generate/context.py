"""What every build step may read: which assignment, which output variant and language, where."""
from dataclasses import dataclass
from pathlib import Path

# variant -> where its notebook goes, relative to the output root
VARIANTS = {
    "solved": "solutions/{id}/{id}.ipynb",
    "student": "assignments/{id}/{id}.ipynb",
    "nbgrader": "dist/nbgrader/source/{id}/{id}.ipynb",
}
# The Chinese notebooks beside the English ones; nbgrader gets a `<id>_zh` assignment, so a
# Chinese class is an assignment of its own in the gradebook (same hidden tests, same points).
VARIANTS_ZH = {
    "solved": "solutions/{id}/{id}.zh.ipynb",
    "student": "assignments/{id}/{id}.zh.ipynb",
    "nbgrader": "dist/nbgrader/source/{id}_zh/{id}.zh.ipynb",
}
PATHS = {"en": VARIANTS, "zh": VARIANTS_ZH}


@dataclass(frozen=True)
class Context:
    assignment_id: str
    root: Path      # the kit: solutions/<id>/source.py and reference/ are read here
    variant: str    # a key of VARIANTS
    lang: str = "en"  # a key of PATHS: the notebook's language (languages.py)

    @property
    def source_path(self) -> Path:
        return self.root / "solutions" / self.assignment_id / "source.py"

    def output_path(self, out: Path) -> Path:
        return out / PATHS[self.lang][self.variant].format(id=self.assignment_id)

    @property
    def notebook_name(self) -> str:
        """The file name of the notebook this variant writes, e.g. `hw1_gradients.zh.ipynb`."""
        return PATHS[self.lang][self.variant].format(id=self.assignment_id).rsplit("/", 1)[1]
