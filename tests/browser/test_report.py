"""The HTML report in a real browser (headless Chromium driven by Playwright).

For every page: it loads without console errors, makes no request outside the
report folder, every image has a non-zero natural size, every internal link
resolves; the index shows one card per program. Screenshots of the index and of
one program page go to tests/artifacts/ (not committed). The report read is the one
``make report`` and ``make contoh`` write, built into a temporary folder (the fixture
``laporan``: git keeps no pages with code and no PDF).

Skipped with a clear message only where Chromium is not installed; under CI
(CI=true) a missing browser is a failure, not a skip.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from laporan_uji import halaman_lengkap

from renja_analysis.config import REPORTS, REPORTS_CONTOH, ROOT
from renja_analysis.present.summary import daftar_program

# drives headless Chromium (Playwright): left out by `make unit`
pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "artifacts"
#: Every page of the report, relative to its folder (the committed reader pages and their versions with code).
PAGES = halaman_lengkap()
CONTOH_DIR = REPORTS_CONTOH.relative_to(REPORTS)


def _inside_report(url: str, root: Path) -> bool:
    parsed = urlparse(url)
    if parsed.scheme == "data":
        return True
    if parsed.scheme != "file":
        return False
    return Path(unquote(parsed.path)).resolve().is_relative_to(root.resolve())


def test_report_exists(laporan):
    assert (laporan / "index.html").exists()
    assert sorted(p.relative_to(laporan) for p in laporan.rglob("*.html")) == PAGES
    contoh = [p for p in PAGES if p.is_relative_to(CONTOH_DIR)]
    # the bundled document alone: index + glossary + (4 overview pages + 8 programs), x2 for code
    assert len(PAGES) - len(contoh) == 2 + 2 * (4 + 8)
    # the examples (make contoh): index + glossary + the SIPD page and the realisation page, x2; the corpus:
    # index + 50/60 + per document (3 overview + 2 program pages), x2 for code
    assert len(contoh) == 2 + 2 * 2 + 1 + 2 * (2 + 3 * (3 + 2))


CONTOH = [p for p in PAGES if p.is_relative_to(CONTOH_DIR)]


@pytest.mark.parametrize("page_path", CONTOH, ids=[str(p) for p in CONTOH])
def test_example_page_shows_its_banner(browser, laporan, page_path):
    """Every page of the examples shows the banner near its top, on screen and in print, and
    its title says (contoh)."""
    page_path = laporan / page_path
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_path.resolve().as_uri(), wait_until="load")
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        box = page.evaluate("""() => { const b = document.querySelector('.renja-contoh');
            if (!b) return null; const r = b.getBoundingClientRect();
            return {teks: b.innerText, atas: r.top + window.scrollY, tinggi: r.height,
                    tampil: getComputedStyle(b).display !== 'none' && getComputedStyle(b).visibility !== 'hidden'}; }""")
        assert box is not None, f"{page_path.name}: no banner"
        assert box["teks"].startswith("Contoh: data uji buatan, bukan data resmi pemda"), box["teks"]
        assert box["tampil"] and box["tinggi"] > 10, (media, box)
        assert box["atas"] < 400, (media, box)            # before the content, not at the foot
    assert page.title().endswith("(contoh)")
    page.close()


@pytest.mark.parametrize("page_path", PAGES, ids=[str(p) for p in PAGES])
def test_page(browser, laporan, page_path):
    page_path = laporan / page_path
    page = browser.new_page()
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(100)
    assert errors == [], f"console errors: {errors}"
    outside = [u for u in requests if not _inside_report(u, laporan)]
    assert outside == [], f"requests outside the report: {outside}"
    sizes = page.evaluate("Array.from(document.images).map(i => [i.src.slice(0, 40), i.naturalWidth, i.naturalHeight])")
    assert all(w > 0 and h > 0 for _, w, h in sizes), sizes
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
    for href in hrefs:
        parsed = urlparse(href)
        if parsed.scheme in ("http", "https"):
            continue                     # external references in text are not loaded
        if parsed.scheme == "file":
            assert Path(unquote(parsed.path)).exists(), f"broken link {href} on {page_path.name}"
    page.close()


def test_index_has_one_card_per_program(browser, bundled, laporan):
    page = browser.new_page()
    page.goto((laporan / "index.html").resolve().as_uri())
    cards = page.locator(".kartu.program")
    programs = daftar_program(bundled.evaluasi)
    assert cards.count() == len(programs) == 8
    first = cards.nth(0)
    assert "Serapan" in first.inner_text() and "56,25%" in first.inner_text()
    # the capaian says what it averages, its spread and the worst row
    assert "sub kegiatan yang dinilai" in first.inner_text() and "terendah:" in first.inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
    # follow a card to its program page
    first.locator("h3 a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"program-{programs['notebook'][0]}.html")
    assert "Kegiatan dan sub kegiatan" in page.inner_text("body")
    page.screenshot(path=str(ARTIFACTS / "program.png"))
    page.close()


def test_index_triage_on_the_first_screen(browser, bundled, laporan):
    """Issue 20: the triage block is on the index's first screen (1280 x 800), inside Ringkasan;
    its row links land on a cell of the program page that names the sub kegiatan; the
    rendered Ringkasan keeps its verdict short (``tests/kalimat.py``)."""
    from kalimat import kalimat_terpanjang, sebelum_daftar

    from renja_analysis.present.triage import JUDUL_TRIASE, tanpa_output

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto((laporan / "index.html").resolve().as_uri(), wait_until="load")
    judul = page.locator(".ringkasan h3", has_text=JUDUL_TRIASE)
    assert judul.count() == 1
    box = judul.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 800, box          # above the fold
    pertama = page.locator(".ringkasan ol").first.locator("li").first
    assert "paling perlu ditangani" in pertama.inner_text()
    assert pertama.bounding_box()["y"] < 800 * 1.5                            # its first item within reach
    # the first h2 of the page is still Ringkasan
    assert page.locator("main h2").first.inner_text().strip() == "Ringkasan"
    html = page.locator(".ringkasan").inner_html()
    assert sebelum_daftar(html) <= 80
    n, terpanjang = kalimat_terpanjang(html)
    assert n <= 40, terpanjang
    # every sub kegiatan that spent without output is listed, each linked to its row, full name on hover
    sto = tanpa_output(bundled.evaluasi)
    links = page.locator(".ringkasan a[href*='#T_program_row']")
    titles = [links.nth(i).get_attribute("title") for i in range(links.count())]
    assert all(nama in titles for nama in sto["nama"])
    href = links.nth(0).get_attribute("href")
    page.goto((laporan / href.split("#")[0]).resolve().as_uri() + "#" + href.split("#")[1], wait_until="load")
    cell = page.locator(f"[id='{href.split('#')[1]}']")
    assert cell.count() == 1 and titles[0].split(",")[0] in cell.inner_text()
    page.close()


def test_explorer_says_it_must_run_above_its_widgets(browser, laporan):
    """Issue 20, point 6: the explorer's HTML page says, above where the widgets were, that the
    notebook must run in JupyterLab for them to respond."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto((laporan / "40-eksplorasi.html").resolve().as_uri(), wait_until="load")
    notice = page.get_by_text("Penyaring ini hanya bekerja bila berkas").first
    widget = page.locator(".renja-widget-catatan").first
    assert notice.is_visible() and widget.count() == 1
    assert notice.bounding_box()["y"] < widget.bounding_box()["y"]
    page.close()
