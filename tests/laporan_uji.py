"""The whole report as ``make report`` and ``make contoh`` write it, built in a temporary folder.

Git keeps the reader pages of ``reports/`` (HTML without code, the data downloads, the
examples' pages) but not the versions with code (``kode/``) nor the PDF: those are build
outputs (CONTRIBUTING.md, *What is committed*). The tests that read a whole report (every
link resolves, every page in Chromium, the PDF) read the one built here from the
committed notebooks and processed tables, so a fresh clone's ``make test`` needs no
``make report`` first; ``test_laporan_tersimpan`` checks that the committed reader pages
are exactly the ones built here.

Under pytest-xdist the workers share one build (a lock in the run's common temporary
folder); elsewhere each session builds its own.
"""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from renja_analysis.config import REPORTS, REPORTS_CONTOH

#: Pages built from no notebook: they have no version with code.
TANPA_KODE = ("index.html", "glosarium.html")


def halaman_tersimpan() -> list[Path]:
    """The committed reader pages (relative to ``reports/``): every HTML page outside ``kode/``."""
    return sorted(p.relative_to(REPORTS) for p in REPORTS.rglob("*.html") if "kode" not in p.relative_to(REPORTS).parts)


def halaman_lengkap() -> list[Path]:
    """Every page of the whole report (relative to ``reports/``): the committed reader pages and,
    for each page rendered from a notebook, its version with code in ``kode/`` beside it."""
    baca = halaman_tersimpan()
    kode = [p.parent / "kode" / p.name for p in baca if p.name not in TANPA_KODE]
    return sorted(baca + kode)


def bangun_html(folder: Path) -> Path:
    """Render the document's report and the examples' pages (with and without code) into
    ``folder`` from the committed notebooks, as ``make report`` and ``make contoh`` do, without
    executing anything. Returns ``folder``."""
    from renja_analysis import report
    from renja_analysis.config import DATA_PROCESSED, KORPUS_CONTOH, NOTEBOOKS, NOTEBOOKS_CONTOH, ROOT
    from renja_analysis.corpus import load_corpus
    from renja_analysis.load import load_processed

    report.html.build_html(load_processed(DATA_PROCESSED), NOTEBOOKS, folder, olahan=DATA_PROCESSED)
    # the corpus read as make contoh reads it: named relative to the project root
    with _di(ROOT):
        korpus = load_corpus(Path(os.path.relpath(KORPUS_CONTOH)), jobs=1)
    report.examples.build_contoh_html(NOTEBOOKS_CONTOH, folder / REPORTS_CONTOH.relative_to(REPORTS), korpus=korpus)
    return folder


def bangun_pdf(folder: Path) -> Path:
    """The PDF of the document's report already rendered in ``folder`` (``report.pdf.buat_pdf``)."""
    from renja_analysis.config import DATA_PROCESSED
    from renja_analysis.load import load_processed
    from renja_analysis.report import pdf as report_pdf

    return report_pdf.buat_pdf(load_processed(DATA_PROCESSED), folder)


@contextlib.contextmanager
def _di(folder: Path):
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def bersama(tmp_path_factory, nama: str, bangun) -> Path:
    """``bangun(folder)`` run once per test run into ``<common tmp>/<nama>``: under xdist the
    workers wait for the first one's build (``fcntl`` lock) instead of each building its own."""
    akar = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        akar = akar.parent
    folder = akar / nama
    selesai = akar / f"{nama}.selesai"
    try:
        import fcntl
    except ImportError:                                  # pragma: no cover - not Linux/macOS: one per worker
        fcntl = None
        folder, selesai = tmp_path_factory.getbasetemp() / nama, tmp_path_factory.getbasetemp() / f"{nama}.selesai"
    with open(akar / f"{nama}.kunci", "w") as kunci:
        if fcntl is not None:
            fcntl.flock(kunci, fcntl.LOCK_EX)
        if not selesai.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            bangun(folder)
            selesai.touch()
    return folder


def bangun_laporan(folder: Path) -> Path:
    """``bangun_html`` then, where Chromium can print it, ``bangun_pdf`` into ``folder``."""
    from renja_analysis.report.pdf import ChromiumTidakAda

    bangun_html(folder)
    try:
        bangun_pdf(folder)
    except ChromiumTidakAda:
        pass                              # the fixture ``laporan_pdf`` skips (fails under CI)
    return folder
