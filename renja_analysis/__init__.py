"""renja-analysis: tidy tables and evaluation metrics from Indonesian Renja documents.

The public API::

    from renja_analysis import load_document, capaian, serapan
    doc = load_document()          # the bundled Magetan 2024 P-Renja
    doc.evaluasi                   # one row per program / kegiatan / sub kegiatan
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .config import __version__
from .errors import RenjaParseError

if TYPE_CHECKING:
    from .load import RenjaDocument, SipdData, SipdRealisasi, load_document, load_sipd, load_sipd_realisasi
    from .metrics import capaian, serapan
    from .names import normalise_name

__all__ = ["__version__", "RenjaDocument", "RenjaParseError", "SipdData", "SipdRealisasi", "capaian", "load_document",
           "load_sipd", "load_sipd_realisasi", "normalise_name", "serapan"]

#: The public names of the submodules, imported when first used (``import renja_analysis``, or a
#: notebook's ``from renja_analysis.load import load_processed``, imports no reader or finding).
_LAZY = {"RenjaDocument": "load", "SipdData": "load", "SipdRealisasi": "load", "load_document": "load",
         "load_sipd": "load", "load_sipd_realisasi": "load", "capaian": "metrics", "serapan": "metrics",
         "normalise_name": "names"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
