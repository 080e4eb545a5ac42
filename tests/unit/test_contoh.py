"""Example data kept apart (issue 15, point 4).

The report and the PDF of a document hold that document and only the data passed with it;
the examples of the project's test data (SIPD ``tests/data/sipd``, corpus ``tests/data/korpus``)
are built only by ``make contoh``, into folders of their own, every page with the banner
and every title marked ``(contoh)``.

The first tests build small pages in a temporary folder (fast); the last ones read the
committed outputs that ``make report`` and ``make contoh`` write, and the pages git does not
keep (versions with code, the PDF) as they build them (the fixture ``laporan``).
"""
from __future__ import annotations

import html
import json
import re

import nbformat
import pytest

from renja_analysis import report
from renja_analysis.config import (
    DATA_CONTOH,
    DEFAULT_SIPD,
    FIGURES,
    FIGURES_CONTOH,
    NOTEBOOKS,
    NOTEBOOKS_CONTOH,
    REPORTS,
    REPORTS_CONTOH,
    ROOT,
)
from renja_analysis.report import pdf as report_pdf

SPANDUK = "Contoh: data uji buatan, bukan data resmi pemda"
#: Names only the SIPD test data holds (its fictitious second office and its sub-unit):
#: never in the report of the bundled document.
FIKTIF = re.compile(r"(?i)dinas\s+kesehatan|puskesmas")
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def _notebook(path, *markdown):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(m) for m in markdown])
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def _title(text: str) -> str:
    return html.unescape(_TITLE.search(text).group(1)).strip()


# --- fast: pages built here --------------------------------------------------------------------

def test_the_document_report_has_no_sipd_page_unless_given():
    assert [n for n, _, _ in report.pages.halaman()] == ["00-ikhtisar.ipynb", "20-pergeseran-anggaran.ipynb",
                                                  "30-kualitas-data.ipynb", "40-eksplorasi.ipynb"]
    # the user's own SIPD folder: the page, titled as it is
    assert report.pages.halaman("/data/pemda/ekspor")[-1][:2] == ("70-sipd-pemda.ipynb", "Data SIPD pemda")
    # the project's test data passed explicitly: the page, marked as an example
    nb, judul, isi = report.pages.halaman(DEFAULT_SIPD)[-1]
    assert judul == "Data SIPD pemda (contoh)" and isi.startswith("data uji buatan, bukan ekspor SIPD resmi")


def test_make_report_passes_no_test_data():
    """The recipe of ``make report`` (via ``notebooks``) names no SIPD folder nor the corpus."""
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes = {m.group(1): m.group(2) for m in re.finditer(r"(?m)^([a-z-]+):[^\n]*\n((?:\t[^\n]*\n)*)", make)}
    assert "report" in recipes["notebooks"] and "--sipd" not in recipes["notebooks"]
    assert "tests/data" not in recipes["notebooks"]
    report_deps = re.search(r"(?m)^report:([^#\n]*)", make).group(1).split()
    assert report_deps == ["browser", "notebooks"]
    assert "renja-analysis contoh" in recipes["contoh"]


def test_a_marked_notebook_renders_one_banner_and_marked_titles(tmp_path):
    nb = nbformat.read(_notebook(tmp_path / "50.ipynb", "# Perbandingan antarinstansi", "## Ringkasan\n\nIsi."),
                       as_version=4)
    nbformat.write(report.notebooks.tandai_contoh(nb), tmp_path / "50.ipynb")
    marked = nbformat.read(tmp_path / "50.ipynb", as_version=4)
    assert marked.cells[0].source == "# Perbandingan antarinstansi (contoh)"
    assert SPANDUK in marked.cells[1].source and marked.cells[2].source.startswith("## Ringkasan")
    for with_code in (False, True):
        page = report.html.render_page(tmp_path / "50.ipynb", tmp_path / "out" / ("kode" if with_code else "") / "50.html",
                                  "Perbandingan antarinstansi", with_code, contoh=True).read_text(encoding="utf-8")
        assert page.count(SPANDUK) == 1                  # the template's banner, not the cell's as well
        assert 'class="renja-contoh"' in page
        assert _title(page) == "Perbandingan antarinstansi (contoh)"
        assert "<span>Perbandingan antarinstansi (contoh)</span>" in page       # the navigation bar
        assert re.search(r"<h1[^>]*>Perbandingan antarinstansi \(contoh\)<a class=\"anchor-link\"", page)
    plain = report.html.render_page(_notebook(tmp_path / "00.ipynb", "# Ikhtisar", "## Ringkasan"),
                               tmp_path / "out" / "00.html", "Ikhtisar Dinas", False).read_text(encoding="utf-8")
    assert SPANDUK not in plain and 'class="renja-contoh"' not in plain and _title(plain) == "Ikhtisar Dinas"


def test_a_chart_has_indonesian_alternative_text(tmp_path):
    """nbconvert gives an image without alt the English 'No description has been provided for this
    image' (REV-E E11: 15 charts of the Indonesian report); the page says 'Grafik'."""
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg=="
    code = nbformat.v4.new_code_cell("fig", outputs=[nbformat.v4.new_output(
        "display_data", data={"image/png": png, "text/plain": "<Figure>"})])
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Ikhtisar"), code])
    nbformat.write(nb, tmp_path / "00.ipynb")
    page = report.html.render_page(tmp_path / "00.ipynb", tmp_path / "out" / "00.html", "Ikhtisar", False
                                   ).read_text(encoding="utf-8")
    assert page.count("<img ") == 1 and page.count('alt="Grafik"') == 1
    assert "No description" not in page


def test_a_title_displayed_by_code_is_marked_too():
    """The program template prints its title from a code cell: that output is marked, and the
    banner follows it (before the Ringkasan)."""
    code = nbformat.v4.new_code_cell("Markdown(judul)", outputs=[nbformat.v4.new_output(
        "display_data", data={"text/markdown": "# PROGRAM A\n\nPagu Rp 1", "text/plain": "<Markdown>"})])
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("program = None"), code,
                                         nbformat.v4.new_markdown_cell("## Ringkasan")])
    cells = report.notebooks.tandai_contoh(nb).cells
    assert cells[1].outputs[0]["data"]["text/markdown"] == "# PROGRAM A (contoh)\n\nPagu Rp 1"
    assert SPANDUK in cells[2].source and cells[3].source == "## Ringkasan"


def test_the_glossary_of_the_examples(tmp_path):
    page = report.html.render_glosarium(tmp_path / "glosarium.html", contoh=True).read_text(encoding="utf-8")
    assert SPANDUK in page and _title(page) == "Glosarium evaluasi Renja (contoh)"
    assert "00-ikhtisar.html" not in page                # no document overview beside the examples
    plain = report.html.render_glosarium(tmp_path / "g.html").read_text(encoding="utf-8")
    assert SPANDUK not in plain and "(contoh)" not in plain and 'href="00-ikhtisar.html"' in plain


def test_pdf_parts_name_an_example_page_as_one(tmp_path):
    for name in ("index.html", "glosarium.html"):
        (tmp_path / name).write_text("<html><title>x</title></html>", encoding="utf-8")
    assert report_pdf.bagian(tmp_path) == [("index.html", "Ringkasan laporan"), ("glosarium.html", "Glosarium")]
    (tmp_path / "70-sipd-pemda.html").write_text('<div class="renja-contoh" role="note">x</div>', encoding="utf-8")
    assert report_pdf.bagian(tmp_path)[1] == ("70-sipd-pemda.html", "Data SIPD pemda (contoh)")
    (tmp_path / "70-sipd-pemda.html").write_text("<p>ekspor pemda</p>", encoding="utf-8")
    assert report_pdf.bagian(tmp_path)[1] == ("70-sipd-pemda.html", "Data SIPD pemda")


def test_the_page_number_overlay_carries_the_banner_on_example_pages_only():
    overlay = report_pdf._nomor_html([False, False, True, False], "Evaluasi", contoh=[False, True, True, False])
    pages = overlay.split('<div class="h')[1:]
    assert [SPANDUK in p for p in pages] == [False, True, True, False]
    assert report_pdf._nomor_html([False], "Evaluasi").count(SPANDUK) == 0


# --- the committed outputs (make report, make contoh) --------------------------------------------

@pytest.mark.slow  # builds the whole report into a temporary folder (fixture laporan)
def test_the_document_outputs_hold_no_example(laporan):
    assert not (REPORTS / "70-sipd-pemda.html").exists() and not (laporan / "kode" / "70-sipd-pemda.html").exists()
    assert not (laporan / "70-sipd-pemda.html").exists()
    assert not (REPORTS / "korpus").exists() and not (NOTEBOOKS / "dokumen").exists()
    for name in ("50-antar-instansi", "60-tren", "70-sipd-pemda"):
        assert not (NOTEBOOKS / f"{name}.ipynb").exists(), name        # only their templates and examples
    assert not list(FIGURES.glob("sipd-*"))
    contoh = laporan / REPORTS_CONTOH.relative_to(REPORTS)
    committed = [p for p in REPORTS.rglob("*.html") if not p.is_relative_to(REPORTS_CONTOH)
                 and "kode" not in p.relative_to(REPORTS).parts]
    assert len(committed) == 2 + (4 + 8)                  # index, glossary, overview + 8 programs
    document = [p for p in laporan.rglob("*.html") if not p.is_relative_to(contoh)]
    assert len(document) == 2 + 2 * (4 + 8)               # the same, and the overview and programs with code
    for page in committed + document:
        text = page.read_text(encoding="utf-8")
        assert SPANDUK not in text and "contoh/" not in text and "korpus/" not in text, page.name
        assert not FIKTIF.search(text), page.name
        assert "70-sipd-pemda" not in text, page.name


@pytest.mark.slow  # reads every page of the report's PDF
def test_the_document_pdf_holds_no_example(laporan, laporan_pdf):
    pypdf = pytest.importorskip("pypdf")
    assert list(laporan.glob("laporan-renja-*.pdf")) == [laporan_pdf]
    pdf = pypdf.PdfReader(laporan_pdf)
    titles = [o.title for o in pdf.outline if not isinstance(o, list)]
    assert not [t for t in titles if "SIPD" in t or "contoh" in t.lower()], titles
    toc = pdf.pages[1].extract_text()
    assert "SIPD" not in toc and "contoh" not in toc.lower()
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert not FIKTIF.search(text) and SPANDUK not in text


@pytest.mark.slow  # builds the whole report into a temporary folder (fixture laporan)
def test_every_example_page_has_the_banner_and_a_marked_title(laporan):
    committed = sorted(p for p in REPORTS_CONTOH.rglob("*.html") if "kode" not in p.relative_to(REPORTS).parts)
    pages = sorted((laporan / REPORTS_CONTOH.relative_to(REPORTS)).rglob("*.html"))
    # index, glossary, SIPD page, realisation page; the corpus: index + 50/60 + per document (3 overview + 2 programs)
    assert len(committed) == 2 + 2 + 1 + (2 + 3 * (3 + 2))
    # and the versions with code of the SIPD and realisation pages and the corpus pages
    assert len(pages) == 2 + 2 * 2 + 1 + 2 * (2 + 3 * (3 + 2))
    for page in committed + pages:
        text = page.read_text(encoding="utf-8")
        assert 'class="renja-contoh"' in text and SPANDUK in text, page
        assert _title(text).endswith("(contoh)"), (page, _title(text))
    index = (REPORTS_CONTOH / "index.html").read_text(encoding="utf-8")          # committed
    assert 'href="70-sipd-pemda.html">Data SIPD pemda (contoh)<' in index
    assert 'href="80-realisasi-sipd.html">Realisasi SIPD (contoh)<' in index
    assert 'href="korpus/index.html">Korpus (contoh)<' in index


def test_every_example_notebook_is_marked():
    notebooks = sorted(NOTEBOOKS_CONTOH.rglob("*.ipynb"))
    # the SIPD page, the realisation page, 50, 60, and per document 3 overview notebooks + 2 programs
    assert len(notebooks) == 4 + 3 * (3 + 2)
    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        # the title: a Markdown cell's "# " line, or the Markdown a code cell displays (program pages)
        shown = ["".join(c["source"]) if c["cell_type"] == "markdown" else
                 "".join("".join(o.get("data", {}).get("text/markdown", "")) for o in c.get("outputs", []))
                 for c in cells]
        i = next(i for i, t in enumerate(shown) if re.search(r"(?m)^# ", t))
        assert re.search(r"(?m)^# .*\(contoh\)$", shown[i]), (path, shown[i][:80])
        banner = cells[i + 1]
        assert report.notebooks.TAG_CONTOH in banner["metadata"].get("tags", []) and SPANDUK in "".join(banner["source"]), path
        assert sum(report.notebooks.TAG_CONTOH in c["metadata"].get("tags", []) for c in cells) == 1, path
    # the example corpus reads its own tables, never a document's data/processed
    assert (DATA_CONTOH / "korpus" / "dokumen.csv").is_file()
    assert sorted(p.name for p in FIGURES_CONTOH.glob("sipd-*.png")) == [
        "sipd-pagu-bidang-urusan.png", "sipd-pagu-perangkat-daerah.png", "sipd-temuan-perangkat-daerah.png"]
