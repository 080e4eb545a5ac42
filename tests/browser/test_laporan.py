"""The report as a Bappeda reviewer reads it (issue #9): verdict first, linked, printable,
readable on a phone, in Indonesian.

- every reader page's first section after its title is ``## Ringkasan``;
- every internal link resolves: the file exists and so does the anchor it names;
- a page is never named in text without a link (``30-kualitas-data`` outside an ``<a>``);
- ``<html lang="id">``; no snake_case identifier and no English interface word in the
  visible text of reader pages;
- at 390 px no page scrolls sideways (wide tables scroll inside their own box);
- printed (A4, print styles) no table is wider than its page;
- the PDF exists, has one bookmark per printed page, holds the last column header of
  every wide table, and two builds give the same bytes.

The report read is the one ``make report`` and ``make contoh`` write, built into a
temporary folder from the committed notebooks (the fixture ``laporan``: git keeps no pages
with code and no PDF). Skipped only where Chromium is not installed; under CI (CI=true) a
missing browser is a failure (the ``browser`` and ``laporan_pdf`` fixtures).
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from laporan_uji import halaman_lengkap

from renja_analysis.config import REPORTS
from renja_analysis.present.summary import daftar_program
from renja_analysis.report import pdf as report_pdf
from renja_analysis.report.corpus_pages import HALAMAN_KORPUS
from renja_analysis.report.pages import HALAMAN, HALAMAN_SIPD, nama_pdf

# drives headless Chromium (Playwright): left out by `make unit`
pytestmark = pytest.mark.browser

#: Every page of the report, relative to its folder (the fixture ``laporan``).
PAGES = halaman_lengkap()
#: Pages a reviewer reads: everything but the versions with code.
READER = [p for p in PAGES if "kode" not in p.parts]
#: Reader pages rendered from notebooks (the others are the index, glossary, corpus index).
NOTEBOOK_PAGES = [p for p in READER if p.name not in ("index.html", "glosarium.html")]
_ID = lambda ps: [str(p) for p in ps]  # noqa: E731

#: English interface words that must not appear in reader pages (whole words, any case).
INGGRIS = ["Show", "Hide", "Notebook", "Download", "Page", "Previous", "Next", "Home", "Contents",
           "Back", "Click"]
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
#: snake_case words a reader page may show (none needed so far; code and file names in
#: ``<code>`` are not reader text and are not checked).
SNAKE_BOLEH: set[str] = set()

_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_IDS = re.compile(r'\sid="([^"]*)"')


def _stems() -> list[str]:
    """Every page name a text could mention: overview, corpus and program notebooks."""
    names = [n[: -len(".ipynb")] for n, _, _ in [*HALAMAN, HALAMAN_SIPD, *HALAMAN_KORPUS]]
    names += [p.stem for p in REPORTS.glob("program-*.html")]
    return names


@pytest.fixture(scope="module")
def halaman(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    yield page
    page.close()


@pytest.mark.parametrize("path", NOTEBOOK_PAGES, ids=_ID(NOTEBOOK_PAGES))
def test_first_section_is_ringkasan(halaman, laporan, path):
    path = laporan / path
    halaman.goto(path.resolve().as_uri())
    headings = halaman.evaluate("Array.from(document.querySelectorAll('main h1, main h2'))"
                                ".map(h => [h.tagName, h.id])")
    first_h2 = next((hid for tag, hid in headings if tag == "H2"), None)
    assert headings and headings[0][0] == "H1", f"{path.name}: no title first ({headings[:2]})"
    assert first_h2 == "Ringkasan", f"{path.name}: first section is {first_h2!r}, not Ringkasan"


def test_every_internal_link_resolves(laporan, bundled):
    """The file exists and, for ``#anchor``, the target page has that id (every page, with code too).
    Where no Chromium could print the PDF, links to it are the one thing not checked."""
    ids: dict[Path, set[str]] = {}
    broken = []
    pdf = (laporan / nama_pdf(bundled.dokumen.iloc[0])).resolve()
    assert pdf.is_file() or report_pdf.chromium() is None, "Chromium is there but the PDF was not built"
    for page in (laporan / p for p in PAGES):
        text = page.read_text(encoding="utf-8")
        for href in map(html.unescape, _HREF.findall(text)):
            if re.match(r"[a-z]+:", href):               # http(s), mailto, data: not files
                continue
            path, _, anchor = href.partition("#")
            target = (page.parent / path).resolve() if path else page.resolve()
            if not target.exists() and target != pdf:
                broken.append(f"{page.relative_to(laporan)} -> {href} (no file)")
                continue
            if anchor and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(map(html.unescape, _IDS.findall(target.read_text(encoding="utf-8"))))
                if anchor not in ids[target]:
                    broken.append(f"{page.relative_to(laporan)} -> {href} (no id {anchor!r})")
    assert broken == []


@pytest.mark.parametrize("path", READER, ids=_ID(READER))
def test_reader_page_text(halaman, laporan, path):
    """lang="id"; every page mention is a link; no snake_case or English interface word."""
    path = laporan / path
    halaman.goto(path.resolve().as_uri())
    assert halaman.evaluate("document.documentElement.lang") == "id"
    # the visible text without links, code and the machine-readable parts
    teks = halaman.evaluate("""() => { const b = document.body.cloneNode(true);
        b.querySelectorAll('a, code, pre, style, script').forEach(e => e.remove());
        document.body.after(b); const t = b.innerText; b.remove(); return t; }""")
    tanpa_tautan = [s for s in _stems() if s in teks]
    assert tanpa_tautan == [], f"{path.name}: pages named without a link: {tanpa_tautan}"
    semua = halaman.evaluate("""() => { const b = document.body.cloneNode(true);
        b.querySelectorAll('code, pre, style, script').forEach(e => e.remove());
        document.body.after(b); const t = b.innerText; b.remove(); return t; }""")
    snake = sorted(set(SNAKE.findall(semua)) - SNAKE_BOLEH)
    assert snake == [], f"{path.name}: snake_case shown to readers: {snake[:10]}"
    inggris = sorted({w for w in INGGRIS if re.search(rf"\b{w}\b", semua, re.IGNORECASE)})
    assert inggris == [], f"{path.name}: English interface words: {inggris}"


@pytest.fixture(scope="module")
def telepon(browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    yield page
    page.close()


@pytest.fixture(scope="module")
def cetakan(browser):
    page = browser.new_page()
    page.emulate_media(media="print")
    yield page
    page.close()


@pytest.mark.parametrize("path", PAGES, ids=_ID(PAGES))
def test_phone_width(telepon, laporan, path):
    path, page = laporan / path, telepon
    page.goto(path.resolve().as_uri())
    lebar = page.evaluate("document.documentElement.scrollWidth")
    if lebar > 390:
        sebab = page.evaluate("""() => Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getBoundingClientRect().right > 391)
            .slice(0, 3).map(e => e.tagName + '.' + e.className)""")
        pytest.fail(f"{path.name} scrolls sideways at 390 px ({lebar} px): {sebab}")
    if path.name == "index.html" and path.parent == laporan:
        kanan = page.evaluate("document.querySelector('table.predikat-tabel').getBoundingClientRect().right")
        assert kanan <= 390


@pytest.mark.parametrize("path", READER, ids=_ID(READER))
def test_print_keeps_every_column(cetakan, laporan, path):
    """Printed (print styles at the A4 content width, landscape where the page asks for
    it), no table is wider than the page, and the navigation is hidden."""
    path, page = laporan / path, cetakan
    page.set_viewport_size({"width": 703, "height": 1000})     # 186 mm at 96 dpi
    page.goto(path.resolve().as_uri())
    if page.evaluate("getComputedStyle(document.body).page") == "lebar":
        page.set_viewport_size({"width": 1032, "height": 700})        # 273 mm: A4 landscape
    lebar = page.evaluate("document.documentElement.clientWidth")
    terlalu = page.evaluate(f"""() => Array.from(document.querySelectorAll('table'))
        .filter(t => t.getBoundingClientRect().right > {lebar} + 1)
        .map(t => (t.querySelector('tr') || t).innerText.slice(0, 60))""")
    assert terlalu == [], f"{path.name}: tables wider than the printed page: {terlalu}"
    nav = page.evaluate("Array.from(document.querySelectorAll('nav')).filter(n => n.offsetParent !== null).length")
    assert nav == 0


# --- the PDF --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pdf(laporan_pdf):
    pypdf = pytest.importorskip("pypdf")
    return pypdf.PdfReader(laporan_pdf)


def test_pdf_has_one_section_per_page(browser, pdf, bundled, laporan):
    program = [(p["notebook"], p["program"]) for _, p in daftar_program(bundled.evaluasi).iterrows()]
    parts = report_pdf.bagian(laporan, program)
    assert [f for f, _ in parts][:4] == ["index.html", "00-ikhtisar.html", "20-pergeseran-anggaran.html",
                                         "30-kualitas-data.html"]
    assert len(parts) == 1 + 3 + len(program) + 1              # + the glossary; no SIPD page, no example
    titles = [o.title for o in pdf.outline if not isinstance(o, list)]
    assert titles == ["Sampul dan daftar isi"] + [j for _, j in parts]
    assert not [t for t in titles if "SIPD" in t or "contoh" in t]
    # each bookmark opens its part: the table of contents (page 2) gives the same page numbers
    halaman = [pdf.get_destination_page_number(o) + 1 for o in pdf.outline if not isinstance(o, list)]
    isi = re.sub(r"\s+", " ", pdf.pages[1].extract_text())
    for (_, judul), nomor in zip(parts, halaman[1:]):
        assert re.search(re.escape(judul[:30]) + r".*?\b" + str(nomor) + r"\b", isi), (judul, nomor)
    assert halaman == sorted(halaman) and halaman[0] == 1
    # links between pages lead inside the PDF; none names a file of the build machine
    uris = [a.get_object()["/A"].get_object().get("/URI") for p in pdf.pages for a in p.get("/Annots") or []
            if "/A" in a.get_object()]
    assert not [u for u in uris if str(u).startswith("file:")]
    assert sum("/Dest" in a.get_object() for p in pdf.pages for a in p.get("/Annots") or []) >= len(program)


_LIGATUR = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def _teks(page) -> str:
    """A printed page's text, ligatures undone, whitespace squeezed."""
    return re.sub(r"\s+", " ", (page.extract_text() or "").translate(_LIGATUR)).strip()


def test_pdf_page_by_page(pdf, bundled, laporan):
    """Issue 20: every page carries text beyond the page-number overlay, or an image; every
    internal link resolves to a page of the PDF (some to an anchor's page inside a part); one
    orientation per part; ``/Lang`` id-ID and the metadata; the cover names the year and the
    quarter; the stamp is printed once; web-only text is not printed; the office's Ringkasan
    is printed once."""
    info = report_pdf.info_laporan(bundled)
    kaki = re.sub(r"\s+", " ", f"{info['judul']} \u00b7 {info['instansi']}")
    n = len(pdf.pages)
    kosong = []
    for i, page in enumerate(pdf.pages):
        sisa = _teks(page).replace(kaki, "").replace(f"halaman {i + 1} dari {n}", "").strip()
        if not sisa and not list(page.images):
            kosong.append(i + 1)
    assert kosong == [], f"pages with nothing but the page number: {kosong}"

    ids = {p.indirect_reference.idnum: i for i, p in enumerate(pdf.pages)}
    starts = {pdf.get_destination_page_number(o) for o in pdf.outline if not isinstance(o, list)}
    dead, to_anchor = [], 0
    for i, page in enumerate(pdf.pages):
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a.get("/Subtype") != "/Link":
                continue
            dest = a.get("/Dest")
            dest = dest.get_object() if dest is not None else None
            if isinstance(dest, list) and dest[0].idnum in ids:
                to_anchor += ids[dest[0].idnum] not in starts
                continue
            uri = str(a["/A"].get_object().get("/URI", "")) if "/A" in a else ""
            if not re.match(r"https?:", uri):
                dead.append((i + 1, str(dest), uri))
    assert dead == []
    assert to_anchor >= 8            # "Temuan program ini" of every program: on its page of Kualitas data

    bagian = [pdf.get_destination_page_number(o) for o in pdf.outline if not isinstance(o, list)] + [n]
    lebar = [float(p.mediabox.width) > float(p.mediabox.height) for p in pdf.pages]
    campur = [a for a, b in zip(bagian, bagian[1:]) if len(set(lebar[a:b])) > 1]
    assert campur == [], f"parts with both orientations, from page: {campur}"
    assert lebar[bagian[4]]                                   # Kualitas data: wide tables, landscape
    assert not lebar[bagian[1]]                               # the index: portrait

    assert pdf.trailer["/Root"]["/Lang"] == "id-ID"
    meta = pdf.metadata
    assert meta["/Author"] == info["instansi"] and meta["/Title"].startswith("Evaluasi Renja")
    assert "2024" in meta["/Subject"] and "Triwulan II" in meta["/Subject"]

    semua = [_teks(p) for p in pdf.pages]
    assert "Tahun anggaran 2024" in semua[0] and "Triwulan II" in semua[0]
    sha = bundled.dokumen.iloc[0]["sha256"]
    assert sum(t.count("SHA-256") for t in semua) == 1
    assert sha[:16] in semua[0].replace(" ", "")
    teks = " ".join(semua)
    for web in ("Tampilkan kode", "Unduh data", "Laporan lengkap (PDF", "Halaman lain"):
        assert web not in teks, web
    index = (laporan / "index.html").read_text(encoding="utf-8")
    ringkasan = re.search(r'<div class="ringkasan">(.*?)</div>', index, re.S).group(1)
    awal = re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", ringkasan)))[:60]
    assert awal and re.sub(r"\s+", "", teks).count(awal) == 1


def test_pdf_holds_the_last_column_of_every_wide_table(browser, pdf, bundled, laporan):
    program = [(p["notebook"], p["program"]) for _, p in daftar_program(bundled.evaluasi).iterrows()]
    page = browser.new_page()
    last = set()
    for f, _ in report_pdf.bagian(laporan, program):
        page.goto((laporan / f).resolve().as_uri())
        last |= set(page.evaluate("""() => Array.from(document.querySelectorAll('table'))
            .map(t => Array.from(t.querySelectorAll('tr')).find(r => r.children.length >= 6))
            .filter(r => r).map(r => r.children[r.children.length - 1].innerText.trim())
            .filter(s => s)"""))
    page.close()
    assert {"Keterangan", "Pesan"} <= last                   # program tables, findings
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in pdf.pages))
    missing = sorted(h for h in last if re.sub(r"\s+", "", h) not in text)
    assert missing == []


def test_pdf_is_byte_stable(browser, bundled, tmp_path):
    """Two builds of the same pages give the same bytes (dates and /ID come from the document)."""
    import shutil

    small = tmp_path / "reports"
    small.mkdir()
    for name in ("index.html", "glosarium.html"):
        shutil.copy(REPORTS / name, small / name)
    a = report_pdf.buat_pdf(bundled, small, tmp_path / "a.pdf", browser=browser)
    b = report_pdf.buat_pdf(bundled, small, tmp_path / "b.pdf", browser=browser)
    assert a.read_bytes() == b.read_bytes()
    from pypdf import PdfReader

    meta = PdfReader(a).metadata            # the document's date (Agustus 2024), not the clock
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20240801000000Z"


def test_pdf_with_the_sipd_test_data_marks_every_page_of_it(browser, bundled, tmp_path):
    """``report --sipd tests/data/sipd`` (the project's test data, passed explicitly): the SIPD
    part is titled (contoh) in the table of contents and the bookmarks, and every printed page
    of it carries the banner, not only the first; the document's own pages carry none."""
    import shutil

    from pypdf import PdfReader

    from renja_analysis import report
    from renja_analysis.config import NOTEBOOKS_CONTOH

    small = tmp_path / "reports"
    small.mkdir()
    for name in ("index.html", "glosarium.html"):
        shutil.copy(REPORTS / name, small / name)
    report.html.render_page(NOTEBOOKS_CONTOH / "70-sipd-pemda.ipynb", small / "70-sipd-pemda.html", "Data SIPD pemda",
                       False, contoh=True)
    pdf = PdfReader(report_pdf.buat_pdf(bundled, small, tmp_path / "a.pdf", browser=browser))
    outline = [(o.title, pdf.get_destination_page_number(o)) for o in pdf.outline if not isinstance(o, list)]
    assert [t for t, _ in outline] == ["Sampul dan daftar isi", "Ringkasan laporan", "Data SIPD pemda (contoh)",
                                       "Glosarium"]
    assert "Data SIPD pemda (contoh)" in re.sub(r"\s+", " ", pdf.pages[outline[0][1] + 1].extract_text())
    start, end = outline[2][1], outline[3][1]
    assert end - start > 1                                   # the part spans several pages
    banner = "Contoh: data uji buatan, bukan data resmi pemda"
    marked = [banner in re.sub(r"\s+", " ", p.extract_text()) for p in pdf.pages]
    assert marked == [start <= i < end for i in range(len(pdf.pages))]
