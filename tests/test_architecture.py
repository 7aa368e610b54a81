"""The layout is the architecture: docs/ARCHITECTURE.md names every module, and no import
runs in a circle (a cycle makes the floors meaningless and import order fragile)."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("autograder", "reference")


def _modules():
    """dotted module name -> source file, for every module of the kit."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if "demo_class" in parts:  # student cells, not modules of the kit
                continue
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imports(name, path, modules):
    """The kit's modules that `name` imports anywhere in its file (also inside functions)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            candidates = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for candidate in candidates:
            while candidate and candidate not in modules:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                targets.add(candidate)
    return targets


def _cycle(graph):
    """One import cycle as a list of modules, or None (depth-first search)."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def _package_parents(name):
    """A module imports its packages' __init__ first; that edge is Python's, not a cycle."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def test_no_import_cycle():
    modules = _modules()
    graph = {name: _imports(name, path, modules) - _package_parents(name)
             for name, path in modules.items()}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def _ways_to_name(path):
    """How docs/ARCHITECTURE.md may name a module: by its file name, or by the pattern its
    folder's line gives (`<id>/<question>.py`, `<id>.py`, `hw1.py ... hw6.py`)."""
    ids = load_assignment_ids()
    ways = [path.name]
    if path.parent.name in ids:
        ways.append("<id>/<question>.py")
    if path.stem in ids:
        ways.append("<id>.py")
    if path.parent.name == "drivers" and path.stem.startswith("hw"):
        ways.append("hw1.py ... hw6.py")
    return ways


def load_assignment_ids():
    from autograder.questions import ASSIGNMENT_IDS
    return ASSIGNMENT_IDS


def test_architecture_names_every_module():
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [str(path.relative_to(ROOT)) for name, path in _modules().items()
               if path.name not in ("__init__.py", "__main__.py")
               and not any(way in text for way in _ways_to_name(path))]
    assert not missing, "docs/ARCHITECTURE.md does not name: " + ", ".join(missing)
