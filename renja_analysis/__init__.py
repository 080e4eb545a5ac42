"""renja-analysis: tidy tables and evaluation metrics from Indonesian Renja documents.

The public API::

    from renja_analysis import load_document, capaian, serapan
    doc = load_document()          # the bundled Magetan 2024 P-Renja
    doc.evaluasi                   # one row per program / kegiatan / sub kegiatan
"""
from .config import __version__
from .errors import RenjaParseError
from .load import RenjaDocument, SipdData, SipdRealisasi, load_document, load_sipd, load_sipd_realisasi
from .metrics import capaian, serapan
from .names import normalise_name

__all__ = ["__version__", "RenjaDocument", "RenjaParseError", "SipdData", "SipdRealisasi", "capaian", "load_document",
           "load_sipd", "load_sipd_realisasi", "normalise_name", "serapan"]
