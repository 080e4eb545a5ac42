"""Shared fixtures: paths to the bundled document and the hand-made test documents."""
from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from renja_analysis.config import DEFAULT_SOURCE

# Timing on 2 shared cores varies; a slow example is not a wrong one. The fast tier
# (`make unit`, `-m "not slow ..."`) draws fewer examples of the property tests that do not
# set their own max_examples; `make test` draws hypothesis' default 100 (pytest_configure).
settings.register_profile("renja", deadline=None)
settings.register_profile("renja-unit", deadline=None, max_examples=25)
settings.load_profile("renja")

DATA = Path(__file__).resolve().parent / "data"
SIPD = DATA / "sipd"


def pytest_configure(config):
    if "not slow" in (config.getoption("markexpr", "") or ""):
        settings.load_profile("renja-unit")


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return DEFAULT_SOURCE.read_text(encoding="utf-8")


@functools.cache
def bundled_document():
    """The bundled document, read once per test process (module-level tables of the test files
    use it at import time); shared, so a test must never change it (copy first)."""
    from renja_analysis import load_document
    return load_document()


@pytest.fixture(scope="session")
def bundled():
    return bundled_document()


# --- the SIPD fixtures of tests/data/sipd, read once per test process ----------------------
# Reading even a one-record export costs about half a second (the whole SIPD pipeline); the
# committed fixtures are read by many tests, so they share one read. Shared: never change them.

@pytest.fixture(scope="session")
def sipd_magetan():
    """``load_sipd`` of tests/data/sipd/dinkop-ukm-magetan.json (the bundled document's office)."""
    from renja_analysis import load_sipd
    return load_sipd(SIPD / "dinkop-ukm-magetan.json")


@pytest.fixture(scope="session")
def sipd_dinkes():
    """``load_sipd`` of tests/data/sipd/dinkes-contoh.json (another office of the pemda)."""
    from renja_analysis import load_sipd
    return load_sipd(SIPD / "dinkes-contoh.json")


@pytest.fixture(scope="session")
def sipd_pemda():
    """``load_sipd`` of the folder tests/data/sipd (the pemda: both offices)."""
    from renja_analysis import load_sipd
    return load_sipd(SIPD)


@pytest.fixture(scope="session")
def sipd_nyata():
    """``load_sipd`` of the folder tests/data/sipd-nyata (the Dinas Kesehatan plan as SIPD-RI writes it)."""
    from renja_analysis import load_sipd
    return load_sipd(DATA / "sipd-nyata")


@pytest.fixture(scope="session")
def sipd_kantor():
    """``load_sipd`` of the folder tests/data/sipd-kantor (three exports and SIPD's SKPD list)."""
    from renja_analysis import load_sipd
    return load_sipd(DATA / "sipd-kantor")


@pytest.fixture(scope="session")
def sipd_realisasi():
    """``load_sipd_realisasi`` of the folder tests/data/sipd-realisasi (the six monthly exports, no plan)."""
    from renja_analysis import load_sipd_realisasi
    return load_sipd_realisasi(DATA / "sipd-realisasi")


@pytest.fixture(scope="session")
def dokumen_realisasi():
    """``load_document`` of tests/data/dokumen-realisasi (the Dinas Kesehatan TW I document compared with
    those exports); shared: never change it (``copy.copy`` it to replace a table)."""
    from dokumen_realisasi_fixture import DATA as FOLDER, NAMA

    from renja_analysis import load_document
    return load_document(FOLDER / NAMA)


@pytest.fixture(scope="session")
def bundled_magetan():
    """The bundled document reconciled with its office's SIPD fixture, ``load_document(sipd=...)``."""
    from renja_analysis import load_document
    return load_document(sipd=SIPD / "dinkop-ukm-magetan.json")


@pytest.fixture(scope="session")
def mini_path() -> Path:
    return DATA / "renja-mini.md"


@pytest.fixture(scope="session")
def mini(mini_path):
    from renja_analysis import load_document
    return load_document(mini_path)


@pytest.fixture(scope="session")
def mini_murni():
    """``load_document`` of tests/data/renja-murni-mini.md (a Renja murni); shared: never change it."""
    from renja_analysis import load_document
    return load_document(DATA / "renja-murni-mini.md")


# --- the example evaluation workbook (Tabel 2.2 shape), built by the tests -------------

EXAMPLE_XLSX = DATA / "contoh-evaluasi-tw2.xlsx"
HEADER_ROWS = [
    ["Program, Kegiatan, Sub Kegiatan", "Indikator Kinerja Program (outcome), Kegiatan (output), Sub Kegiatan",
     "Target Kinerja dan Anggaran Renja Tahun Berjalan", None, None,
     "Realisasi Capaian Kinerja dan Anggaran s.d. TW II", None, None,
     "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)", None, "Keterangan", "Solusi"],
    [None, None, "K", None, "Rp", "K", None, "Rp", "K", "Rp", None, None],
    [None, None, "Volume", "Satuan", None, "Volume", "Satuan", None, None, None, None, None],
]
MERGES = ["C1:E1", "F1:H1", "I1:J1", "C2:D2", "F2:G2"]


def build_example_workbook(source_md: Path, target: Path, sheet: str = "Evaluasi TW II",
                           header_rows=None, merges=None) -> Path:
    """Write a Tabel 2.2-shaped workbook (as SIPD / e-Monev exports look) from the
    Tabel 2.2 rows of a text document: numbers as numbers, bold parents, merged
    header cells."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    from renja_analysis.numbers import is_number, parse_number
    from renja_analysis.output.workbook import _fix_zip
    from renja_analysis.sources import read_source

    block = read_source(source_md).tables["tabel_2_2"]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in header_rows or HEADER_ROWS:
        ws.append(row)
    for rng in MERGES if merges is None else merges:
        ws.merge_cells(rng)
    for row in block.rows:
        values = [parse_number(c) if j in (2, 4, 5, 7, 8, 9) and is_number(c) else (c or None)
                  for j, c in enumerate(row.cells)]
        ws.append(values)
        if row.is_bold:
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    target.write_bytes(_fix_zip(buf.getvalue(), (2024, 8, 1, 0, 0, 0)))    # the bundled document's date (Agustus 2024)
    return target


@pytest.fixture(scope="session")
def mini22_path(tmp_path_factory, mini_path) -> Path:
    """The mini document with Tabel 2.2 only (what a workbook export carries)."""
    text = mini_path.read_text(encoding="utf-8")
    start, end = text.index("**TABEL. 2.1**"), text.index("## 2.2 Telaah")
    path = tmp_path_factory.mktemp("mini22") / "renja-mini-22.md"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    return path


# --- headless Chromium (Debian's package, driven by Playwright) for tests/browser/ --------
# ``browser`` skips with a clear message only where Chromium is not installed; under CI
# (CI=true) a missing browser is a failure, not a skip.

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium tidak terpasang di CI: jalankan 'make browser' (apt-get install chromium)")
        pytest.skip("Chromium tidak terpasang (apt-get install chromium, atau 'make browser'): "
                    "uji peramban dilewati")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright gives each launch a fresh, empty profile of its own
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


# --- the whole report, built in a temporary folder (tests/laporan_uji.py) ------------------
# Git keeps the reader pages of reports/; the versions with code (kode/) and the PDF are
# build outputs of make report. Tests that read a whole report read this one.

@pytest.fixture(scope="session")
def laporan(tmp_path_factory) -> Path:
    """The report of ``make report`` + ``make contoh`` (pages with and without code, the
    examples, the data downloads and, where Chromium can print it, the PDF), rendered from
    the committed notebooks into a temporary folder shared by the run's workers."""
    from laporan_uji import bangun_laporan, bersama

    return bersama(tmp_path_factory, "laporan", bangun_laporan)


@pytest.fixture(scope="session")
def laporan_pdf(laporan, bundled) -> Path:
    """The PDF of ``laporan``; skipped where Chromium is missing, a failure under CI."""
    from renja_analysis.report.pages import nama_pdf

    path = laporan / nama_pdf(bundled.dokumen.iloc[0])
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail("PDF laporan tidak dapat dibuat di CI: jalankan 'make browser' (apt-get install chromium)")
        pytest.skip("Chromium tidak terpasang: PDF laporan tidak dibuat, ujinya dilewati")
    return path


# --- the doctests of the fast tier --------------------------------------------------------
# A doctest carries no marker; these run the whole SIPD pipeline or read and reconcile the
# bundled document (each over 1.5 s of CPU): `make test` runs them, `make unit` does not.
# A name that no longer exists marks nothing (the doctest then runs in both tiers).

SLOW_DOCTESTS = frozenset({
    "renja_analysis.corpus.load_corpus",
    "renja_analysis.findings.reconciliation.identitas_dokumen",
    "renja_analysis.findings.reconciliation.identitas_sipd",
    "renja_analysis.findings.reconciliation.periksa_kesesuaian",
    "renja_analysis.findings.reconciliation.rekonsiliasi",
    "renja_analysis.findings.sipd.semua_temuan",
    "renja_analysis.load.dokumen_sipd",
    "renja_analysis.load.load_document",
    "renja_analysis.load.load_sipd",
    "renja_analysis.present.narrative.kalimat_kesesuaian",
    "renja_analysis.present.narrative.ringkasan_rekonsiliasi",
    "renja_analysis.present.pemda.ringkasan_pemda",
    "renja_analysis.present.summary.baris_terbaca",
    "renja_analysis.report.corpus_pages.halaman_indeks",
})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if isinstance(item, pytest.DoctestItem) and item.name in SLOW_DOCTESTS:
            item.add_marker(pytest.mark.slow)


def first_fast(values, fast=(0,)):
    """Parameters for ``@pytest.mark.parametrize`` whose cases each cost a whole read (about a
    second): the cases at the indices ``fast`` run in the fast tier (``make unit``), the others
    are marked slow (``make test`` runs them all). Ids are those of the plain values."""
    return [pytest.param(*(v if isinstance(v, tuple) else (v,)), marks=() if k in fast else pytest.mark.slow)
            for k, v in enumerate(values)]
