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
from pathlib import Path

import pytest

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
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
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
    graph = import_graph()
    assert len(graph) > 30 and "renja_analysis.sources.sipd" in graph
    assert cycles(graph) == []


@pytest.mark.parametrize("module", [
    "renja_analysis.jenis_temuan", "renja_analysis.status", "renja_analysis.tabel22"])
def test_ground_floor_modules_import_nothing_of_the_package(module):
    assert import_graph()[module] == set()


def test_printer_and_report_share_the_page_manifest():
    graph = import_graph()
    assert "renja_analysis.report" not in graph["renja_analysis.cetak"]
    assert "renja_analysis.halaman" in graph["renja_analysis.cetak"] & graph["renja_analysis.report"]
    assert "renja_analysis.sources" not in graph["renja_analysis.sources.sipd"]
    assert "renja_analysis.sources.deteksi" in graph["renja_analysis.sources.sipd"] & graph["renja_analysis.sources"]
