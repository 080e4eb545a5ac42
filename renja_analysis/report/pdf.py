"""One PDF of the whole report (A4): cover, table of contents, then the pages in order.

Each page of ``reports/`` is printed by headless Chromium (Debian's ``/usr/bin/chromium``
driven by Playwright; nbconvert's ``webpdf`` exporter cannot use a system browser) with
its own print styles; the parts are merged with pypdf, which adds one bookmark per
page, the page numbers (an overlay printed by the same browser) and fixed dates: the
PDF's ``/CreationDate``, ``/ModDate`` and ``/ID`` come from the document (its date and
its SHA-256), never from the clock, so two builds give the same bytes.

The explorer page (``40-eksplorasi``) is left out: its controls only work in
JupyterLab. The code pages (``kode/``) are left out too.

Fit to attach to a letter (issue 20):

- web-only text (navigation, downloads, the footer with its stamp, the list of other pages)
  is hidden by the print styles (class ``layar-saja``): the build stamp is printed once, on
  the cover, with the government, office, document, year and quarter;
- one orientation per part: a part with a table of 11 columns or more prints landscape
  (``@page lebar`` in the page's print styles), every other part portrait;
- charts print as wide as a portrait page (186 mm: labels of 13 pt print at 13.6 pt), in a
  landscape part too, so that every chart of the PDF has one scale; one taller than a page is
  first cut at blank rows of pixels into pieces that each fit a page (``_POTONG_GRAFIK``), so
  its labels keep their size;
- the office's Ringkasan is printed once, in the first part (the index): the overview part
  prints a line pointing at it in place of its own copy (``_RINGKASAN_SEKALI``);
- every internal link resolves: a link to an anchor (in its part or another) leads to the
  anchor's page, another link between parts to the part's first page; links to files that
  are not printed are removed (``_tautan_dalam``);
- the catalogue carries ``/Lang (id-ID)``, the metadata the title, the office (``/Author``)
  and the document (``/Subject``).
"""
from __future__ import annotations

import hashlib
import html
import io
import os
import re
import shutil
from pathlib import Path

import pandas as pd

from .. import config
from ..keys import ROMAWI
from ..present.summary import urutan_program
from .pages import KELAS_CONTOH, SPANDUK_CONTOH, judul_contoh, nama_pdf, stempel, urutan_cetak

#: Chromium flags: offline, no first-run work (as the browser test uses them).
ARGS = ["--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
#: The language of the PDF (catalogue ``/Lang``).
BAHASA = "id-ID"
#: Pages of the report that are not printed (interactive only).
TIDAK_DICETAK = {"40-eksplorasi.html"}
class ChromiumTidakAda(RuntimeError):
    """No Chromium to print with (install it with ``make browser``)."""


def chromium() -> str | None:
    """Path of the system Chromium, or None."""
    found = shutil.which("chromium")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def tanggal_pdf(dokumen: pd.Series) -> str:
    """The PDF date (``D:YYYYMMDD000000Z``) of the document: its stated month and year
    (``tanggal`` "Agustus 2024"), else 1 January of its ``tahun``, else 1 January 2000.

    >>> tanggal_pdf(pd.Series({"tanggal": "Agustus 2024", "tahun": 2024}))
    'D:20240801000000Z'
    >>> tanggal_pdf(pd.Series({"tanggal": None, "tahun": 2023}))
    'D:20230101000000Z'
    """
    from ..keys import tanggal_dokumen

    return "D:{:04d}{:02d}{:02d}000000Z".format(*tanggal_dokumen(dokumen))


def contoh(page: Path) -> bool:
    """Whether a rendered page is an example (test data): it carries the example banner
    (``report.pages.KELAS_CONTOH``, put there by ``render_page(contoh=True)``)."""
    return f'class="{KELAS_CONTOH}"' in Path(page).read_text(encoding="utf-8")


def bagian(reports: Path = config.REPORTS, program: list[tuple[str, str]] | None = None
           ) -> list[tuple[str, str]]:
    """(page file, title) of every printed part in order: the index, 00, 20, 30, the
    program pages in program order, 70 when present, the glossary. The title of a page
    that is an example (``contoh``) carries ``(contoh)``, in the table of contents and
    the bookmarks alike."""
    parts = [(f, j) for f, j in urutan_cetak(program) if f not in TIDAK_DICETAK and (reports / f).is_file()]
    return [(f, judul_contoh(j) if contoh(reports / f) else j) for f, j in parts]


_SAMPUL_CSS = """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2733; }
.sampul { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.sampul h1 { font-size: 26pt; margin: 0 0 10mm 0; color: #1f3b57; }
.sampul p { font-size: 13pt; margin: 2mm 0; }
.sampul .periode { font-size: 15pt; font-weight: bold; color: #1f3b57; }
.sampul .stempel { margin-top: 20mm; font-size: 9pt; color: #555; overflow-wrap: anywhere; }
h2 { color: #1f3b57; }
ol.isi { font-size: 11pt; padding-left: 8mm; }
ol.isi li { margin: 2mm 0; display: flex; }
ol.isi li span.judul { flex: 1; }
ol.isi a { color: inherit; text-decoration: none; }
ol.isi li span.hal { min-width: 12mm; text-align: right; }
p.catatan { font-size: 9pt; color: #555; }
"""


def _tautan(teks: str, href: str | None) -> str:
    return f'<a href="{html.escape(href)}">{teks}</a>' if href else teks


def sampul_html(info: dict, isi: list[tuple]) -> str:
    """The cover (government, office, document, year and quarter, the build stamp once) and
    the table of contents with page numbers: ``isi`` holds (title, page) or (title, page,
    href); with an href the entry is a link (the printed page's ``file:`` URI, made a link
    inside the PDF by ``_tautan_dalam``).

    >>> info = {"judul": "Evaluasi Renja", "pemda": "Kabupaten X", "instansi": "Dinas <A>",
    ...         "dokumen": "Renja 2024", "periode": "Tahun anggaran 2024 - Triwulan II", "stempel": "SHA-256 ab"}
    >>> h = sampul_html(info, [("Ringkasan laporan", 3)])
    >>> "Dinas &lt;A&gt;" in h, h.count("SHA-256"), "Tahun anggaran 2024 - Triwulan II" in h
    (True, 1, True)
    """
    e = html.escape
    baris = "".join(f'<li><span class="judul">{_tautan(e(x[0]), x[2] if len(x) > 2 else None)}</span>'
                    f'<span class="hal">{x[1]}</span></li>' for x in isi)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{e(info["judul"])}</title>'
            f"<style>{_SAMPUL_CSS}</style></head><body>"
            f'<section class="sampul"><p>{e(info["pemda"])}</p><h1>{e(info["judul"])}</h1>'
            f'<p><b>{e(info["instansi"])}</b></p><p class="periode">{e(info.get("periode", ""))}</p>'
            f'<p>{e(info["dokumen"])}</p>'
            f'<div class="stempel">Dibuat dengan {e(info["stempel"])}</div></section>'
            f'<h2>Daftar isi</h2><ol class="isi">{baris}</ol>'
            f'<p class="catatan">Halaman eksplorasi interaktif dan versi halaman dengan kode hanya ada di laporan '
            f'HTML. Data: buku kerja Excel dan CSV di folder <i>data</i> laporan.</p></body></html>')


def _nomor_html(lebar: list[bool], kaki: str, contoh: list[bool] | None = None) -> str:
    """One empty A4 page per page of the PDF (landscape where ``lebar``) carrying only
    the running footer and the page number, and at the top of the pages of an example
    (where ``contoh``) its banner (``report.pages.SPANDUK_CONTOH``), so that every printed page
    of test data says so, not only the first.

    >>> h = _nomor_html([False, True], "kaki", contoh=[False, True])
    >>> h.count("halaman "), h.count("Contoh: data uji buatan")
    (2, 1)
    """
    e = html.escape
    n = len(lebar)
    contoh = contoh or [False] * n
    spanduk = f'<div class="contoh">{e(SPANDUK_CONTOH)}</div>'
    pages = "".join(f'<div class="h{" l" if w else ""}">{spanduk if c else ""}<span>{e(kaki)}</span>'
                    f'<span>halaman {i} dari {n}</span></div>'
                    for i, (w, c) in enumerate(zip(lebar, contoh), start=1))
    return ('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>'
            "@page { size: A4; margin: 0; } @page lebar { size: A4 landscape; margin: 0; }"
            "body { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; }"
            ".h { height: 297mm; box-sizing: border-box; padding: 0 12mm 6mm 12mm; display: flex;"
            " justify-content: space-between; align-items: flex-end; font-size: 7.5pt; color: #666;"
            " break-after: page; overflow: hidden; position: relative; } .h.l { page: lebar; height: 210mm; }"
            ".contoh { position: absolute; top: 4mm; left: 12mm; right: 12mm; text-align: center;"
            " font-size: 9pt; font-weight: bold; color: #5c3d00; background: #fff3cd; border: 1px solid #b7791f;"
            " padding: 1mm 2mm; }"
            f"</style></head><body>{pages}</body></html>")


def info_laporan(doc) -> dict:
    """Cover text of a document: office, government, document, year and quarter, build stamp.

    The source file, its SHA-256 and the document's date are said once, in the stamp
    (``pages.stempel``); the document line names the document only. ``subjek``: the PDF's
    ``/Subject`` (document, year and quarter, government)."""
    d = doc.dokumen.iloc[0]
    teks = lambda k: d[k] if isinstance(d.get(k), str) and d[k] else ""  # noqa: E731
    tw = ROMAWI.get(doc.triwulan, str(doc.triwulan))
    tahun = d.get("tahun")
    tahun = "" if tahun is None or pd.isna(tahun) else str(int(tahun))
    periode = " \u00b7 ".join(x for x in (f"Tahun anggaran {tahun}" if tahun else "", f"Triwulan {tw}") if x)
    dokumen = teks("judul").capitalize() if teks("judul") else teks("jenis_dokumen")
    return {"judul": f"Evaluasi {teks('jenis_dokumen') or 'Renja'} s.d. Triwulan {tw}",
            "instansi": teks("instansi") or doc.nama_instansi, "pemda": teks("pemda"),
            "dokumen": dokumen, "periode": periode, "stempel": stempel(d),
            "subjek": " \u00b7 ".join(x for x in (dokumen, periode, teks("pemda")) if x)}


#: A page whose table has this many columns prints landscape (``@page lebar``): the selector
#: of the notebook pages' print styles (``templates/renja/index.html.j2``), used here to
#: know the printed width before cutting charts.
_LEBAR_SELEKTOR = ".jp-OutputArea-output table tr > :nth-child(11)"
#: Printed width and the highest chart (CSS px at 96 per inch) of a portrait and a landscape
#: part: the charts' ``max-width`` and ``max-height`` in the print styles (186 mm, the width
#: of a portrait page inside its margins, on both; 240 mm and 165 mm high).
_CETAK_PX = {False: (703, 907), True: (703, 624)}
#: Chart pixels darker than this (any channel) are ink: grid lines (#dddddd) are not.
_TINTA = 200

#: Cut every chart taller than the printed page into pieces that each fit a page, at blank
#: rows of pixels (no ink: between bars or labels, never through them), so that the chart
#: prints as wide as the page with labels of its own size instead of being shrunk.
_POTONG_GRAFIK = """async ([lebar, px, tinta]) => {
  const [w, maxH] = px[document.querySelector(lebar) ? 1 : 0];
  let cut = 0;
  for (const img of Array.from(document.querySelectorAll('.jp-RenderedImage img'))) {
    await img.decode().catch(() => null);
    const nw = img.naturalWidth, nh = img.naturalHeight;
    const limit = Math.floor(maxH * nw / w);
    if (!nw || nh <= limit) continue;
    const c = document.createElement('canvas'); c.width = nw; c.height = nh;
    const g = c.getContext('2d'); g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, nw, nh).data;
    const blank = y => { for (let x = 0; x < nw; x++) { const i = 4 * (y * nw + x);
      if (d[i] < tinta || d[i + 1] < tinta || d[i + 2] < tinta) return false; } return true; };
    const cuts = [0];
    while (nh - cuts[cuts.length - 1] > limit) {
      // the first piece leaves room for the heading and text kept with it on its page
      const top = cuts[cuts.length - 1], lim = cuts.length === 1 ? Math.floor(limit * 0.7) : limit;
      const low = top + Math.floor(lim / 2);
      let y = top + lim;
      while (y > low && !blank(y)) y--;
      if (y > low) { let a = y; while (a > low && blank(a - 1)) a--; y = Math.floor((a + y) / 2); }
      else y = top + lim;
      cuts.push(y);
    }
    cuts.push(nh);
    const box = document.createElement('div');
    for (let k = 0; k + 1 < cuts.length; k++) {
      const s = document.createElement('canvas'); s.width = nw; s.height = cuts[k + 1] - cuts[k];
      s.getContext('2d').drawImage(c, 0, cuts[k], nw, s.height, 0, 0, nw, s.height);
      const piece = document.createElement('img'); piece.src = s.toDataURL('image/png');
      piece.alt = img.alt; box.appendChild(piece);
    }
    img.replaceWith(box);
    for (const e of [box.closest('.jp-RenderedImage'), box.closest('.jp-OutputArea-child')])
      if (e) e.style.breakInside = 'auto';
    await Promise.all(Array.from(box.querySelectorAll('img')).map(i => i.decode().catch(() => null)));
    cut++;
  }
  return cut;
}"""

#: Make Chromium write a named destination for every anchor another part links to: it
#: writes one only for an anchor some link of the same page points at, so a 1-pixel link
#: to each is added (``_tautan_dalam`` removes these links again).
_JANGKAR = """(ids) => { for (const id of ids) { if (!document.getElementById(id)) continue;
  const a = document.createElement('a'); a.href = '#' + id; a.className = 'renja-jangkar';
  a.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;display:block;overflow:hidden';
  document.body.appendChild(a); } }"""

#: Parts whose Ringkasan is the office's, printed already in the index: the part prints a
#: line pointing at it instead (``_RINGKASAN_SEKALI``).
RINGKASAN_DI_INDEX = {"00-ikhtisar.html"}
_RINGKASAN_SEKALI = """() => { const h = document.getElementById('Ringkasan');
  const cell = h && h.closest('.jp-Cell'); if (!cell) return 0;
  let n = cell.nextElementSibling, removed = 0;
  while (n && !n.querySelector('h1, h2')) { const next = n.nextElementSibling; n.remove(); n = next; removed++; }
  const p = document.createElement('p');
  p.innerHTML = 'Ringkasan dinas dicetak sekali, di awal PDF: lihat <a href="index.html#Ringkasan">Ringkasan laporan</a>.';
  h.after(p); return removed; }"""


def _cetak(page, url_or_html: str, is_html: bool = False, siapkan: list[tuple[str, object]] | None = None) -> bytes:
    """Print a page (URL, or HTML when ``is_html``) to PDF bytes; ``siapkan``: (script,
    argument) pairs evaluated in the page, in print media, before printing."""
    if is_html:
        page.set_content(url_or_html, wait_until="load")
    else:
        page.goto(url_or_html, wait_until="load")
    page.emulate_media(media="print")
    for script, arg in siapkan or []:
        page.evaluate(script, arg)
    return page.pdf(format="A4", print_background=True, prefer_css_page_size=True,
                    margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"})


_HREF_JANGKAR = re.compile(r'href="([^":"#?/]+\.html)#([^"]+)"')


def jangkar(reports: Path, parts) -> dict[str, list[str]]:
    """The anchors each printed part is linked to at (``page.html#anchor`` in any part, and
    the index's Ringkasan when a part points at it), sorted: where the PDF needs a named
    destination to lead a link to."""
    found: dict[str, set[str]] = {f: set() for f, _ in parts}
    for f, _ in parts:
        for target, anchor in _HREF_JANGKAR.findall((reports / f).read_text(encoding="utf-8")):
            if target in found:
                found[target].add(html.unescape(anchor))
    if "index.html" in found and RINGKASAN_DI_INDEX & set(found):
        found["index.html"].add("Ringkasan")
    return {f: sorted(a) for f, a in found.items()}


def _siapkan(f: str, parts, jangkar: dict[str, list[str]]) -> list[tuple[str, object]]:
    scripts: list[tuple[str, object]] = [(_JANGKAR, jangkar.get(f, [])),
                                         (_POTONG_GRAFIK, [_LEBAR_SELEKTOR, [_CETAK_PX[False], _CETAK_PX[True]],
                                                           _TINTA])]
    if f in RINGKASAN_DI_INDEX and parts and parts[0][0] == "index.html":
        scripts.append((_RINGKASAN_SEKALI, None))
    return scripts


def _cetak_bagian(browser, reports: Path, parts, info: dict, PdfReader):
    """Print every part, the numbered cover and the page-number overlay with ``browser``."""
    page = browser.new_page(viewport={"width": 794, "height": 1123})
    targets = jangkar(reports, parts)
    try:
        printed = [PdfReader(io.BytesIO(_cetak(page, (reports / f).resolve().as_uri(),
                                               siapkan=_siapkan(f, parts, targets)))) for f, _ in parts]
        # the cover's length does not depend on the page numbers: count it once, then number
        uri = [(reports / f).resolve().as_uri() for f, _ in parts]
        draft = PdfReader(io.BytesIO(_cetak(page, sampul_html(info, [(j, 0, u) for (_, j), u in zip(parts, uri)]),
                                            True)))
        start, mulai = len(draft.pages) + 1, []
        for r in printed:
            mulai.append(start)
            start += len(r.pages)
        cover = PdfReader(io.BytesIO(_cetak(page, sampul_html(info, [(j, m, u) for (_, j), m, u
                                                                     in zip(parts, mulai, uri)]), True)))
        lebar = [float(p.mediabox.width) > float(p.mediabox.height) for r in [cover, *printed] for p in r.pages]
        tanda = [False] * len(cover.pages) + [contoh(reports / f) for (f, _), r in zip(parts, printed)
                                               for _ in r.pages]
        kaki = f"{info['judul']} \u00b7 {info['instansi']}"
        nomor = PdfReader(io.BytesIO(_cetak(page, _nomor_html(lebar, kaki, tanda), True)))
    finally:
        page.close()
    return cover, printed, mulai, nomor


def tujuan(reader) -> dict[str, tuple[int, float | None]]:
    """The named destinations of one printed part: name (without the leading ``/``) ->
    (page index in the part, top of the anchor in points)."""
    out = {}
    for name, d in reader.named_destinations.items():
        try:
            out[str(name).lstrip("/")] = (reader.get_destination_page_number(d), d.get("/Top"))
        except Exception:                               # noqa: BLE001 - a destination without a page
            continue
    return out


def _tautan_dalam(writer, reports: Path, awal: dict[str, int], tujuan_bagian: dict[str, dict] | None = None,
                  milik: list[str | None] | None = None) -> None:
    """Every internal link of the PDF made one that resolves, or removed (its text stays).

    - a link to an anchor of its own part (a named destination Chromium wrote; pypdf does
      not carry the part's name tree over) leads to the anchor's page and height;
    - a link to another printed page (Chromium writes ``file://`` URIs of this machine, which
      would put the build folder into the PDF) leads to its anchor when it names one that
      part has, else to the part's first page;
    - links to files that are not printed (code pages, data, explorer), to anchors no part
      has, and the 1-pixel links added to make the destinations (``_JANGKAR``) are removed.

    ``awal``: page file -> index of its first page; ``tujuan_bagian``: page file -> its
    destinations (``tujuan``); ``milik``: the page file of each page of ``writer`` (None: cover).
    """
    from urllib.parse import unquote, urlparse

    from pypdf.generic import ArrayObject, FloatObject, NameObject, NullObject

    root = reports.resolve()
    tujuan_bagian = tujuan_bagian or {}
    milik = milik or [None] * len(writer.pages)

    def ke(f: str, anchor: str | None):
        if anchor is not None and anchor in tujuan_bagian.get(f, {}):
            i, top = tujuan_bagian[f][anchor]
            return ArrayObject([writer.pages[awal[f] + i].indirect_reference, NameObject("/XYZ"), NullObject(),
                                FloatObject(top) if top is not None else NullObject(), NullObject()])
        if anchor is None or f != milik_halaman:
            return ArrayObject([writer.pages[awal[f]].indirect_reference, NameObject("/Fit")])
        return None

    for n, page in enumerate(writer.pages):
        if "/Annots" not in page:
            continue
        milik_halaman = milik[n]
        keep = ArrayObject()
        for ref in page["/Annots"]:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                keep.append(ref)
                continue
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            if abs(x1 - x0) < 2 and abs(y1 - y0) < 2:          # _JANGKAR's
                continue
            action = annot["/A"].get_object() if "/A" in annot else None
            dest = None
            if "/Dest" in annot and not isinstance(annot["/Dest"].get_object(), list):
                name = str(annot["/Dest"].get_object()).lstrip("/")
                dest = ke(milik_halaman, name) if milik_halaman in awal else None
            elif "/Dest" in annot:
                keep.append(ref)
                continue
            elif action is not None and action.get("/S") == "/GoTo":
                name = str(action.get("/D")).lstrip("/")
                dest = ke(milik_halaman, name) if milik_halaman in awal else None
            elif action is not None and str(action.get("/URI", "")).startswith("file:"):
                url = urlparse(str(action["/URI"]))
                path = Path(unquote(url.path))
                if path.parent == root and path.name in awal:
                    dest = ke(path.name, unquote(url.fragment) or None)
                    if dest is None:
                        dest = ArrayObject([writer.pages[awal[path.name]].indirect_reference, NameObject("/Fit")])
            else:
                keep.append(ref)                                # a web address
                continue
            if dest is None:
                continue
            annot[NameObject("/Dest")] = dest
            if "/A" in annot:
                del annot["/A"]
            keep.append(ref)
        page[NameObject("/Annots")] = keep


def buat_pdf(doc, reports: Path = config.REPORTS, target: Path | None = None, browser=None) -> Path:
    """Print the report of ``doc`` (already rendered in ``reports``) to one PDF.

    Returns the PDF's path, ``reports/laporan-renja-<tahun>-<instansi>.pdf`` unless
    ``target`` says otherwise. ``browser``: a running Playwright Chromium to print
    with (default: the system Chromium is started and closed here).

    Raises
    ------
    ChromiumTidakAda
        When no Chromium is installed (``make browser``) or Playwright is missing.
    """
    exe = chromium()
    if exe is None and browser is None:
        raise ChromiumTidakAda("Chromium tidak terpasang (make browser, atau apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject
    except ImportError as exc:                         # pragma: no cover - both are dependencies
        raise ChromiumTidakAda(f"paket untuk PDF tidak terpasang: {exc.name}") from exc

    dokumen = doc.dokumen.iloc[0]
    target = Path(target) if target is not None else reports / nama_pdf(dokumen)
    parts = bagian(reports, urutan_program(doc.evaluasi))
    info = info_laporan(doc)
    if browser is not None:
        cover, printed, mulai, nomor = _cetak_bagian(browser, reports, parts, info, PdfReader)
    else:
        args = ARGS + (["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])
        with sync_playwright() as pw:
            own = pw.chromium.launch(executable_path=exe, args=args)
            try:
                cover, printed, mulai, nomor = _cetak_bagian(own, reports, parts, info, PdfReader)
            finally:
                own.close()

    writer = PdfWriter()
    for r in [cover, *printed]:
        for p in r.pages:
            writer.add_page(p)
    for i, p in enumerate(writer.pages):
        if i > 0:                                      # the cover carries no number
            p.merge_page(nomor.pages[i])
    milik = [None] * len(cover.pages) + [f for (f, _), r in zip(parts, printed) for _ in r.pages]
    _tautan_dalam(writer, reports, {f: m - 1 for (f, _), m in zip(parts, mulai)},
                  {f: tujuan(r) for (f, _), r in zip(parts, printed)}, milik)
    writer.add_outline_item(title="Sampul dan daftar isi", page_number=0)
    for (_, judul), m in zip(parts, mulai):
        writer.add_outline_item(title=judul, page_number=m - 1)
    tanggal = tanggal_pdf(dokumen)
    writer.add_metadata({"/Title": f"{info['judul']} \u2013 {info['instansi']}", "/Author": info["instansi"],
                         "/Subject": info["subjek"], "/Creator": "renja-analysis",
                         "/Producer": "renja-analysis (Chromium, pypdf)",
                         "/CreationDate": tanggal, "/ModDate": tanggal})
    ident = ByteStringObject(hashlib.md5(f"{dokumen['sha256']}|{tanggal}".encode()).digest())
    writer._ID = ArrayObject([ident, ident])       # pypdf has no public setter; its default is random
    writer.page_mode = "/UseOutlines"
    writer.root_object[NameObject("/Lang")] = TextStringObject(BAHASA)
    target.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    writer.write(buf)
    target.write_bytes(buf.getvalue())
    for old in target.parent.glob("laporan-renja-*.pdf"):     # a renamed office or year
        if old.resolve() != target.resolve():
            old.unlink()
    return target
