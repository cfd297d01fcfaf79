"""The package layout is the pipeline: each stage imports only from stages below it.

article -> claims -> sources -> evidence -> verdicts -> report, with the rule packs and
the article reader beneath the claims, and the command line and the pipeline runner on
top. A module importing upwards, or two modules importing each other, fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck

PACKAGE = Path(factcheck.__file__).parent

# Lowest first; a module may import from its own layer's package or any lower layer.
LAYERS: list[set[str]] = [
    {
        "errors",
        "model",
        "claimfields",
        "sanitize",
        "tomlfile",
        "cachedir",
        "charsets",
        "letters",
        "__init__",
    },
    {"rulepacks"},
    {"reading"},
    {"claims"},
    {"sources"},
    {"evidence"},
    {"verdicts"},
    {"reports"},
    {"waivers", "batch"},
    {"check"},
    {"cluster"},
    {"config"},
    {"cli", "__main__"},
]


def _layer(top: str) -> int:
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise AssertionError(f"factcheck/{top} is in no layer: add it to LAYERS in {__file__}")


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        out[".".join(("factcheck", *parts))] = path
    return out


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("factcheck"))
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.level == 0
            and node.module.startswith("factcheck")
        ):
            found.add(node.module)
    return found


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_import_points_down_the_pipeline() -> None:
    wrong = []
    for module, path in _modules().items():
        own = _layer(_top(module))
        for target in _imports(path, top_level_only=False):
            if _top(target) != _top(module) and _layer(_top(target)) > own:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "imports against the pipeline's direction:\n" + "\n".join(wrong)


def test_no_module_level_import_cycles() -> None:
    modules = _modules()
    graph = {
        m: {t for t in _imports(p, top_level_only=True) if t in modules and t != m}
        for m, p in modules.items()
    }
    # A package's __init__ re-exporting its modules is not a cycle with them.
    for m in graph:
        graph[m] = {t for t in graph[m] if not m.startswith(t + ".")}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)
