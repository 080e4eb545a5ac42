"""Paths anchored on the project root, and documented defaults.

Every path the library, the CLI and the notebooks use comes from here, so that a
notebook runs the same from any working directory.
"""
from __future__ import annotations

from pathlib import Path

#: The package version (``renja_analysis.__version__``), in the build stamp of every page.
__version__ = "0.1.0"

#: The project root (the folder holding ``pyproject.toml``).
ROOT = Path(__file__).resolve().parents[1]
#: Raw sources exactly as received (read-only).
DATA_RAW = ROOT / "data" / "raw"
#: Generated tidy tables (CSV + Parquet), committed on purpose.
DATA_PROCESSED = ROOT / "data" / "processed"
#: Default folder of the tables of a corpus (``renja-analysis build --source FOLDER``).
DATA_KORPUS = ROOT / "data" / "korpus"
#: The example corpus: synthetic documents of several offices and quarters.
KORPUS_CONTOH = ROOT / "tests" / "data" / "korpus"
#: Generated figures (PNG + SVG).
FIGURES = ROOT / "figures"
#: Notebooks and rendered reports.
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
#: Notebook sources executed into other folders (never run by nbval themselves).
NOTEBOOK_TEMPLATES = NOTEBOOKS / "templates"

#: The examples built from the project's test data (``make contoh``, ``renja-analysis
#: contoh``), each output in a folder of its own, never in the report of a document:
#: processed tables, figures, executed notebooks and HTML pages, committed.
DATA_CONTOH = ROOT / "data" / "contoh"
FIGURES_CONTOH = FIGURES / "contoh"
NOTEBOOKS_CONTOH = NOTEBOOKS / "contoh"
REPORTS_CONTOH = REPORTS / "contoh"

#: The bundled document: the 2024 revised work plan of the Cooperatives and SME
#: Office of Magetan regency.
DEFAULT_SOURCE = DATA_RAW / "renja-perubahan-2024-dinkop-ukm-magetan.md"

#: SIPD-RI exports of the bundled office and a small second office (hand-made fixtures
#: with planted differences): the pemda of the SIPD example (``make contoh``).
DEFAULT_SIPD = ROOT / "tests" / "data" / "sipd"

#: Most files read from the sources of one build: the folders, patterns and files of a
#: corpus (``corpus.temukan_sumber``), or a pemda's folder of SIPD-RI exports. Far above a
#: pemda (about 50 offices x 4 quarters x 10 years = 2,000 documents); beyond it the build
#: refuses with one line instead of walking a whole disk (``--source /``).
MAKS_BERKAS = 50_000

#: Quarter the bundled evaluation reports on (``s.d. TW II``).
TRIWULAN = 2

#: Minimum similarity (0-100, rapidfuzz) for two names to count as the same row.
NAME_MATCH_THRESHOLD = 80.0

#: The materiality floor of SIPD's pagu n+1 changes (``findings.sipd.pagu_n_depan_berubah``):
#: a change smaller than ``MATERIALITAS_PERSEN`` % of the perangkat daerah's pagu AND smaller
#: than ``MATERIALITAS_RP`` rupiah is recorded as ``info``, not ``peringatan``. 1 % of total
#: expenses is the example ISA 320's application material gives for a not-for-profit entity
#: (total cost is the benchmark it names for a public sector one); Rp 100 juta caps the floor in a large office (1 % of Rp 100 miliar is Rp 1 miliar,
#: the pagu of a whole kegiatan). Both configurable (``load_sipd(..., materialitas_persen=,
#: materialitas_rp=)``, ``--materialitas-persen`` / ``--materialitas-rp``); see docs/sipd.md.
MATERIALITAS_PERSEN = 1.0
MATERIALITAS_RP = 100_000_000.0
