"""Ground floor: the caches of texts (cells, names, header words), kept for one document.

A reader asks the same questions of the same texts again and again (a unit, a number, a
name repeats down a table), so the answers are remembered (``functools.lru_cache``). What
is remembered belongs to the document being read, and is let go by ``load_document``:

- ``per_table``: answers about a table's cells (numbers, units, codes, header words), emptied
  when a table's rows are let go (``clear("table")``): the next table asks about other cells;
- ``per_document``: answers about names, which the tables share (2.2, 3.2 and 3.3 name the same
  programs), emptied when the document is read (``clear()``, which empties both kinds).

So the memory of a large document's texts is neither held after it nor left spread among the
next stage's objects (issue 21: peak memory). A cache of what does not depend on the document
(a locale's symbols, an exporter) stays a plain ``functools.cache``.

Examples
--------
>>> @per_table(maxsize=16)
... def double(text):
...     return text * 2
>>> double("ab"), double.cache_info().currsize
('abab', 1)
>>> clear("table"); double.cache_info().currsize
0
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: The registered caches, by how long they keep: ``"table"`` and ``"document"``.
_CACHES: dict[str, list] = {"table": [], "document": []}


def _registered(scope: str, maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    def decorate(function: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _CACHES[scope].append(cached)
        return cached
    return decorate


def per_table(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """``functools.lru_cache(maxsize)`` for answers about cells: emptied by ``clear("table")``
    and ``clear()``."""
    return _registered("table", maxsize)


def per_document(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """``functools.lru_cache(maxsize)`` for answers about names: emptied by ``clear()``."""
    return _registered("document", maxsize)


def clear(scope: str = "document") -> None:
    """Empty the caches of ``scope``: ``"table"`` those of ``per_table``, ``"document"`` (the
    default) both kinds. The answers stay the same (each cache is a pure function of its
    arguments); only the time to the next answer changes."""
    for cached in _CACHES["table"] + (_CACHES["document"] if scope == "document" else []):
        cached.cache_clear()


def held() -> dict[str, Any]:
    """The entries each registered cache holds now, by qualified name (for tests and measures)."""
    return {f"{c.__module__}.{c.__qualname__}": c.cache_info().currsize for c in _CACHES["table"] + _CACHES["document"]}
