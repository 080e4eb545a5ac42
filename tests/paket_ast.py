"""The package's source files parsed once per test process, shared by the tests that read the code
(``test_status``, ``test_registry``, ``test_import_graph``): parsing the whole package costs about
a second of CPU each time. Shared: the trees and node lists are only read, never changed."""
from __future__ import annotations

import ast
import functools
from pathlib import Path


@functools.cache
def pohon(path: Path) -> ast.Module:
    """``ast.parse`` of the file ``path`` (UTF-8), cached by path.

    >>> pohon(Path(__file__)).body[0].value.value.startswith("The package's source files")
    True
    """
    return ast.parse(Path(path).read_text(encoding="utf-8"))


@functools.cache
def simpul(path: Path) -> tuple[ast.AST, ...]:
    """Every node of ``pohon(path)`` in the order of ``ast.walk``, cached.

    >>> isinstance(simpul(Path(__file__))[0], ast.Module)
    True
    """
    return tuple(ast.walk(pohon(path)))
