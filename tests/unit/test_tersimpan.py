"""What git keeps of the report (CONTRIBUTING.md, *What is committed*).

The reader pages of ``reports/`` (the document's and the examples'), its data downloads,
the executed notebooks, ``data/processed``, ``data/contoh`` and ``figures/`` are committed;
the pages with code (``kode/``) and the PDF are build outputs of ``make report`` that the
tests build in a temporary folder (the fixture ``laporan``, ``tests/laporan_uji.py``).
"""
from __future__ import annotations

import subprocess

import pytest
from laporan_uji import halaman_lengkap, halaman_tersimpan

from renja_analysis.config import REPORTS, ROOT


def _build_outputs(root):
    """Files of a report folder that git does not keep: pages with code and the PDF."""
    return {p.relative_to(root) for p in root.rglob("*")
            if p.is_file() and ("kode" in p.relative_to(root).parts or p.suffix == ".pdf")}


@pytest.mark.slow  # builds the whole report into a temporary folder (fixture laporan)
def test_committed_reader_pages_are_what_make_report_writes(laporan):
    """Every file of reports/ but the build outputs equals, byte for byte, the one rendered now
    from the committed notebooks (the document's report and the examples), and none is missing
    or left over."""
    committed = {p.relative_to(REPORTS) for p in REPORTS.rglob("*") if p.is_file()} - _build_outputs(REPORTS)
    built = {p.relative_to(laporan) for p in laporan.rglob("*") if p.is_file()} - _build_outputs(laporan)
    assert sorted(committed ^ built) == []
    stale = sorted(str(p) for p in committed if (REPORTS / p).read_bytes() != (laporan / p).read_bytes())
    assert stale == [], f"run make report and make contoh: {stale[:5]}"


@pytest.mark.slow  # builds the whole report into a temporary folder (fixture laporan)
def test_every_notebook_page_gets_a_version_with_code(laporan):
    kode = [p for p in halaman_lengkap() if "kode" in p.parts]
    assert len(kode) == 12 + 19                          # the document's 4 + 8 programs; the examples' SIPD and
    #                                                      realisation pages + the corpus' 17
    assert all((laporan / p).is_file() for p in kode)
    assert len(halaman_tersimpan()) == 14 + 22                # the examples: index, glossary, 70, 80 + the corpus


def test_build_outputs_are_not_tracked():
    """git ignores the pages with code and the PDF wherever make report or make contoh writes them."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["reports/kode/00-ikhtisar.html", "reports/laporan-renja-2024-x.pdf",
             "reports/contoh/kode/70-sipd-pemda.html", "reports/contoh/korpus/kode/60-tren.html",
             "reports/contoh/korpus/dokumen/d/kode/program-01-x.html", "reports/korpus/kode/50-antar-instansi.html"]
    out = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == paths
    tracked = subprocess.run(["git", "ls-files", "reports"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert tracked and not [t for t in tracked if "/kode/" in t or t.endswith(".pdf")]
    kept = ["reports/index.html", "reports/kode.html", "reports/data/evaluasi.csv", "notebooks/00-ikhtisar.ipynb",
            "figures/serapan-per-program.png", "data/processed/evaluasi.csv"]
    out = subprocess.run(["git", "check-ignore", "--no-index", *kept], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == []
