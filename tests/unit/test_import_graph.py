"""The package's import graph has no cycle, imports inside functions included.

The graph is read from the source (AST), never by importing: every ``import`` and
``from ... import`` statement anywhere in a module, at top level or inside a function,
is an edge from that module to the module it names. ``from pkg import name`` points to
``pkg.name`` when that is a module of the package, else to ``pkg`` itself (so
``from . import __version__`` points to the package's ``__init__``). A package's
``__init__`` running before its submodules is not counted as an edge.
"""
from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest
from paket_ast import simpul

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "renja_analysis"


def _modules(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def import_graph(root: Path = ROOT, package: str = PACKAGE) -> dict[str, set[str]]:
    """``{module: {modules of the package it imports}}``."""
    modules = _modules(root, package)
    graph = {m: set() for m in modules}
    for name, path in modules.items():
        base = name.split(".") if _is_package(path) else name.split(".")[:-1]
        for node in simpul(path):          # ast.walk of the file, parsed once per process (tests/paket_ast.py)
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    anchor = base[:len(base) - node.level + 1]
                    src = ".".join(anchor + ([node.module] if node.module else []))
                else:
                    src = node.module or ""
                targets = [f"{src}.{a.name}" if f"{src}.{a.name}" in modules else src for a in node.names]
            for t in targets:
                # "import renja_analysis.sources.excel" names that module; a name outside the package is dropped
                while t and t not in modules:
                    t = t.rpartition(".")[0]
                if t and t != name and t.split(".")[0] == package:
                    graph[name].add(t)
    return graph


@functools.cache
def package_graph() -> dict[str, set[str]]:
    """``import_graph()`` of the package, parsed once per test process (the tests only read it)."""
    return import_graph()


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_reader_sees_top_level_and_function_imports(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from .a import f\n__version__ = '1'\n")
    (pkg / "a.py").write_text("import os\nfrom . import b\n\ndef f():\n    from .sub import c\n")
    (pkg / "b.py").write_text("def g():\n    from . import __version__\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "c.py").write_text("from ..a import f\nimport pkg.b\n")
    g = import_graph(tmp_path, "pkg")
    assert g == {"pkg": {"pkg.a"}, "pkg.a": {"pkg.b", "pkg.sub.c"}, "pkg.b": {"pkg"},
                 "pkg.sub": set(), "pkg.sub.c": {"pkg.a", "pkg.b"}}
    assert sorted(map(sorted, cycles(g))) == [["pkg", "pkg.a", "pkg.b", "pkg.sub.c"]]
    assert cycles({"x": {"y"}, "y": set()}) == []


def test_the_package_has_no_import_cycle():
    graph = package_graph()
    assert len(graph) > 30 and "renja_analysis.sources.sipd" in graph
    assert cycles(graph) == []


#: The stages of the data flow, bottom to top: a module may import its own stage and those below,
#: never one above. The ground floor is the package's flat modules that everything uses.
STAGES = [
    ("ground", {"config", "errors", "numbers", "names", "keys", "status", "labels", "metrics", "caches"}),
    ("sources", {"sources"}),          # read
    ("tables", {"tables"}),            # shape
    ("findings", {"findings"}),        # check: document, SIPD, reconciliation
    ("present", {"present"}),          # plots, styled tables, sentences, labels of a page, explorer
    ("output", {"output"}),            # processed tables, workbook
    ("load", {"load"}),
    ("corpus", {"corpus"}),
    ("report", {"report"}),            # execute, HTML, PDF, corpus pages
    ("top", {"cli", "__main__", "synthetic", ""}),
]
#: Modules that import nothing of the package, so that any stage may use them: the finding
#: registry lives with the findings, where a maintainer looks for it, but labels (ground) read it.
GROUND_ANYWHERE = {"renja_analysis.findings.registry", "renja_analysis.sources.layout", "renja_analysis.status"}


def stage(module: str) -> int:
    """The rank of a module's stage (its first name below the package).

    >>> stage("renja_analysis.numbers"), stage("renja_analysis.tables.evaluation"), stage("renja_analysis")
    (0, 2, 9)
    """
    first = module.split(".")[1] if "." in module else ""
    return next(i for i, (_, names) in enumerate(STAGES) if first in names)


def test_every_module_has_a_stage_and_the_top_is_small():
    graph = package_graph()
    for m in graph:
        stage(m)
    flat = [p.name for p in (ROOT / PACKAGE).glob("*.py")]
    assert len(flat) <= 15, flat


def test_imports_flow_downward_only():
    graph = package_graph()
    upward = [(a, b) for a, targets in graph.items() for b in targets
              if b not in GROUND_ANYWHERE and stage(b) > stage(a)]
    assert upward == []


@pytest.mark.parametrize("module", sorted(GROUND_ANYWHERE))
def test_ground_floor_modules_import_nothing_of_the_package(module):
    assert package_graph()[module] == set()


def test_printer_and_report_share_the_page_manifest():
    graph = package_graph()
    assert not {"renja_analysis.report", "renja_analysis.report.html"} & graph["renja_analysis.report.pdf"]
    assert "renja_analysis.report.pages" in graph["renja_analysis.report.pdf"] & graph["renja_analysis.report.html"]
    assert "renja_analysis.sources" not in graph["renja_analysis.sources.sipd"]
    assert "renja_analysis.sources.detect" in graph["renja_analysis.sources.sipd"] & graph["renja_analysis.sources"]
