"""No script from a document ever runs: the report of a hostile document in Chromium.

A copy of the bundled document gets ``<script>``, ``<img onerror>`` and ``$x$`` in
a program name and script, HTML, Markdown emphasis and a ``javascript:`` link in
a keterangan (``tests/hostile.py``). Its figures, the program notebook of that
program, ``00-ikhtisar`` and ``30-kualitas-data`` are executed and rendered into a
temporary folder (never into the committed figures/, notebooks/ or reports/);
every page (with and without code), the index and the program's SVG chart are
opened in headless Chromium: no dialog may open, ``window.__pwned`` must stay
unset, the DOM must hold no injected ``<script>``, ``<img src="x">``, ``onerror``
attribute or ``javascript:`` link, and the hostile text must be visible literally.

Skipped only where Chromium is not installed; under CI (CI=true) a missing
browser is a failure.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hostile import KETERANGAN_JAHAT, NAMA_JAHAT, tulis_dokumen_jahat

from renja_analysis import load_document, report
from renja_analysis.config import NOTEBOOKS, ROOT
from renja_analysis.output.processed import write_document
from renja_analysis.present.summary import daftar_program

# drives headless Chromium (Playwright): left out by `make unit`
pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "artifacts"

#: Overview notebooks rendered for the hostile document, with the text each must show.
HALAMAN = {"00-ikhtisar": [NAMA_JAHAT, KETERANGAN_JAHAT], "30-kualitas-data": [KETERANGAN_JAHAT]}

#: Elements and attributes that only an injection would put into a page.
_SUNTIKAN = """() => ({
  scripts: Array.from(document.scripts).filter(s => /__pwned|alert\\(/.test(s.textContent)
                                                    || /\\/x$/.test(s.src)).length,
  imgX: document.querySelectorAll('img[src="x"]').length,
  onerror: document.querySelectorAll('[onerror]').length,
  javascript: Array.from(document.querySelectorAll('a[href]'))
                   .filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
  pwned: window.__pwned === undefined ? null : String(window.__pwned),
})"""


@pytest.fixture(scope="module")
def laporan(tmp_path_factory) -> dict:
    """Figures, executed notebooks and HTML pages of the hostile document, in a temporary folder."""
    tmp = tmp_path_factory.mktemp("laporan-jahat")
    sumber = tulis_dokumen_jahat(tmp / "sumber")
    doc = load_document(sumber)
    olahan = tmp / "olahan"
    write_document(doc, olahan)                 # the notebooks read processed tables
    programs = daftar_program(doc.evaluasi)
    prog = programs[programs["program"] == NAMA_JAHAT].iloc[0]

    figures = report.notebooks.figures(doc, tmp / "figures")
    nb_dir, reports = tmp / "notebooks", tmp / "reports"
    # (source, executed notebook, parameters, page, page title, text each page must show)
    jobs = [(NOTEBOOKS / f"{name}.ipynb", nb_dir / f"{name}.ipynb", {"olahan": str(olahan)},
             f"{name}.html", name, expected) for name, expected in HALAMAN.items()]
    jobs.append((NOTEBOOKS / report.notebooks.TEMPLATE, nb_dir / "program" / f"{prog['notebook']}.ipynb",
                 {"olahan": str(olahan), "program": NAMA_JAHAT}, f"program-{prog['notebook']}.html",
                 NAMA_JAHAT, [NAMA_JAHAT, KETERANGAN_JAHAT]))
    pages = {}
    for source, target, params, html, judul, expected in jobs:
        report.notebooks.execute(source, target, params, cwd=nb_dir)
        for with_code in (False, True):
            page = report.html.render_page(target, reports / ("kode" if with_code else "") / html, judul, with_code)
            pages[page] = expected
    tautan = [(f"{n}.html", n, "") for n in HALAMAN]
    pages[report.html.render_index(doc, tautan, reports / "index.html")] = [NAMA_JAHAT]
    svg = next(p for p in figures if p.name == f"program-{prog['notebook']}.svg")
    return {"pages": pages, "svg": svg, "program_page": reports / f"program-{prog['notebook']}.html"}




def _open(browser, path: Path):
    page = browser.new_page()
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()
    page.on("dialog", on_dialog)
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(150)              # an <img src=x onerror> fires after its load fails
    return page, dialogs


def test_hostile_document_renders_as_text(browser, laporan):
    assert len(laporan["pages"]) == 7
    for path, expected in laporan["pages"].items():
        page, dialogs = _open(browser, path)
        found = page.evaluate(_SUNTIKAN)
        assert dialogs == [], f"{path.name}: dialog opened: {dialogs}"
        assert found == {"scripts": 0, "imgX": 0, "onerror": 0, "javascript": 0, "pwned": None}, \
            f"{path.relative_to(path.parents[1])}: injected content {found}"
        body = page.inner_text("body")
        for text in expected:
            assert text in body, f"{path.name}: {text[:40]!r}... not shown literally"
        if path.name.startswith("program-"):
            assert page.title() == NAMA_JAHAT
            assert NAMA_JAHAT in page.inner_text("nav.renja")
            assert NAMA_JAHAT in page.inner_text("h1")          # the page title (h1) is the program name
        page.close()


def test_program_chart_svg_holds_the_name_as_text(browser, laporan):
    svg = laporan["svg"].read_text(encoding="utf-8")
    assert "&lt;script&gt;" in svg and "<script" not in svg
    page, dialogs = _open(browser, laporan["svg"])
    assert dialogs == [] and page.evaluate("() => window.__pwned === undefined")
    assert page.evaluate("() => document.getElementsByTagName('script').length") == 0
    page.close()


def test_screenshot_of_the_hostile_program_page(browser, laporan):
    page, dialogs = _open(browser, laporan["program_page"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(ARTIFACTS / "program-jahat.png"))
    assert dialogs == []
    page.close()


# --- file names: the corpus index of documents named with markup ----------------------------------

#: File names a hostile or careless sender could give (a file name cannot hold "/").
NAMA_BERKAS_JAHAT = ['<img src=x onerror="window.__pwned=6">.md', "<script>window.__pwned=7<\\script>.md",
                     'kutip "dua" & \'satu\' #1 Ünïcödé.md']


def test_corpus_index_of_hostile_file_names(browser, tmp_path):
    from renja_analysis.corpus import load_corpus
    from renja_analysis.report.corpus_pages import halaman_indeks
    from renja_analysis.synthetic import tulis_dokumen

    src = tmp_path / "src"
    src.mkdir()
    for k, name in enumerate(NAMA_BERKAS_JAHAT):
        tulis_dokumen(src / name, program=1, kegiatan_per_program=1, sub_per_kegiatan=1, instansi=f"DINAS {k}", seed=k)
    (src / '<svg onload="window.__pwned=8">.md').write_text("bukan dokumen\n", encoding="utf-8")   # gagal
    index = tmp_path / "korpus" / "index.html"
    index.parent.mkdir()
    index.write_text(halaman_indeks(load_corpus(src, jobs=1)), encoding="utf-8")
    page, dialogs = _open(browser, index)
    found = page.evaluate(_SUNTIKAN)
    assert dialogs == [] and found == {"scripts": 0, "imgX": 0, "onerror": 0, "javascript": 0, "pwned": None}, found
    assert page.evaluate("() => document.querySelectorAll('svg[onload], [onload]').length") == 0
    body = page.inner_text("body")
    for name in NAMA_BERKAS_JAHAT + ['<svg onload="window.__pwned=8">.md']:
        assert name in body, name                    # in the stamp, or the failed file's message
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    assert hrefs and all(":" not in h and not h.startswith("/") for h in hrefs), hrefs
    page.close()


def test_a_long_unbroken_token_in_a_name_does_not_widen_the_index_on_a_phone(browser, tmp_path):
    """A program name holding a 100-character token (a URL pasted into the document) breaks inside
    its card at 390 px; the page used to scroll sideways (REV-E E9: 445 px)."""
    from hostile import teks_jahat

    panjang = NAMA_JAHAT + " https://contoh.go.id/" + "a" * 100
    sumber = tmp_path / "renja-panjang.md"
    sumber.write_text(teks_jahat().replace(NAMA_JAHAT, panjang, 1), encoding="utf-8")
    doc = load_document(sumber)
    assert panjang in set(doc.evaluasi["nama"])
    index = report.html.render_index(doc, [], tmp_path / "reports" / "index.html")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(index.resolve().as_uri(), wait_until="load")
    assert "a" * 100 in page.inner_text("body")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()
