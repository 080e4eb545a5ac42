"""One PDF of the whole report (A4): cover, table of contents, then the pages in order.

Each page of ``reports/`` is printed by headless Chromium (Debian's ``/usr/bin/chromium``
driven by Playwright; nbconvert's ``webpdf`` exporter cannot use a system browser) with
its own print styles; the parts are merged with pypdf, which adds one bookmark per
page, the page numbers (an overlay printed by the same browser) and fixed dates: the
PDF's ``/CreationDate``, ``/ModDate`` and ``/ID`` come from the document (its date and
its SHA-256), never from the clock, so two builds give the same bytes.

The explorer page (``40-eksplorasi``) is left out: its controls only work in
JupyterLab. The code pages (``kode/``) are left out too.
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
from ..present.summary import urutan_program
from .pages import KELAS_CONTOH, SPANDUK_CONTOH, judul_contoh, nama_pdf, stempel, urutan_cetak

#: Chromium flags: offline, no first-run work (as the browser test uses them).
ARGS = ["--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
#: Pages of the report that are not printed (interactive only).
TIDAK_DICETAK = {"40-eksplorasi.html"}
_BULAN = {b: i for i, b in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                      "september", "oktober", "november", "desember"], start=1)}


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
    teks = dokumen.get("tanggal")
    m = re.search(r"(?i)(?:(\d{1,2})\s+)?([a-z]+)\s+(\d{4})", teks) if isinstance(teks, str) else None
    if m and m.group(2).lower() in _BULAN:
        day = int(m.group(1)) if m.group(1) else 1
        return f"D:{int(m.group(3)):04d}{_BULAN[m.group(2).lower()]:02d}{day:02d}000000Z"
    tahun = dokumen.get("tahun")
    tahun = 2000 if tahun is None or pd.isna(tahun) else int(tahun)
    return f"D:{tahun:04d}0101000000Z"


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
.sampul .stempel { margin-top: 20mm; font-size: 9pt; color: #555; overflow-wrap: anywhere; }
h2 { color: #1f3b57; }
ol.isi { font-size: 11pt; padding-left: 8mm; }
ol.isi li { margin: 2mm 0; display: flex; }
ol.isi li span.judul { flex: 1; }
ol.isi li span.hal { min-width: 12mm; text-align: right; }
p.catatan { font-size: 9pt; color: #555; }
"""


def sampul_html(info: dict, isi: list[tuple[str, int]]) -> str:
    """The cover (office, document, build stamp) and the table of contents with page numbers."""
    e = html.escape
    baris = "".join(f'<li><span class="judul">{e(j)}</span><span class="hal">{n}</span></li>' for j, n in isi)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{e(info["judul"])}</title>'
            f"<style>{_SAMPUL_CSS}</style></head><body>"
            f'<section class="sampul"><p>{e(info["pemda"])}</p><h1>{e(info["judul"])}</h1>'
            f'<p><b>{e(info["instansi"])}</b></p><p>{e(info["dokumen"])}</p>'
            f'<div class="stempel">{e(info["stempel"])}</div></section>'
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
    """Cover text of a document: office, government, document, build stamp."""
    d = doc.dokumen.iloc[0]
    teks = lambda k: d[k] if isinstance(d.get(k), str) and d[k] else ""  # noqa: E731
    tw = {1: "I", 2: "II", 3: "III", 4: "IV"}.get(doc.triwulan, str(doc.triwulan))
    dokumen = " \u00b7 ".join(x for x in (teks("judul").capitalize() if teks("judul") else teks("jenis_dokumen"),
                                         f"sumber {Path(str(d['berkas'])).name}",
                                         f"tanggal {teks('tanggal')}" if teks("tanggal") else "") if x)
    return {"judul": f"Evaluasi {teks('jenis_dokumen') or 'Renja'} s.d. Triwulan {tw}",
            "instansi": teks("instansi") or doc.nama_instansi, "pemda": teks("pemda"),
            "dokumen": dokumen, "stempel": stempel(d)}


def _cetak(page, url_or_html: str, is_html: bool = False) -> bytes:
    if is_html:
        page.set_content(url_or_html, wait_until="load")
    else:
        page.goto(url_or_html, wait_until="load")
    page.emulate_media(media="print")
    return page.pdf(format="A4", print_background=True, prefer_css_page_size=True,
                    margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"})


def _cetak_bagian(browser, reports: Path, parts, info: dict, PdfReader):
    """Print every part, the numbered cover and the page-number overlay with ``browser``."""
    page = browser.new_page(viewport={"width": 794, "height": 1123})
    try:
        printed = [PdfReader(io.BytesIO(_cetak(page, (reports / f).resolve().as_uri()))) for f, _ in parts]
        # the cover's length does not depend on the page numbers: count it once, then number
        draft = PdfReader(io.BytesIO(_cetak(page, sampul_html(info, [(j, 0) for _, j in parts]), True)))
        start, mulai = len(draft.pages) + 1, []
        for r in printed:
            mulai.append(start)
            start += len(r.pages)
        cover = PdfReader(io.BytesIO(_cetak(page, sampul_html(info, [(j, m) for (_, j), m in zip(parts, mulai)]),
                                            True)))
        lebar = [float(p.mediabox.width) > float(p.mediabox.height) for r in [cover, *printed] for p in r.pages]
        tanda = [False] * len(cover.pages) + [contoh(reports / f) for (f, _), r in zip(parts, printed)
                                               for _ in r.pages]
        kaki = f"{info['judul']} \u00b7 {info['instansi']}"
        nomor = PdfReader(io.BytesIO(_cetak(page, _nomor_html(lebar, kaki, tanda), True)))
    finally:
        page.close()
    return cover, printed, mulai, nomor


def _tautan_dalam(writer, reports: Path, awal: dict[str, int]) -> None:
    """Links between pages of the report become links inside the PDF (to the first page
    of that part); links to files that are not printed (code pages, data, explorer) are
    removed. Chromium writes them as ``file://`` URIs of this machine, which would put
    the build folder into the PDF and mean nothing to a reader of the PDF."""
    from urllib.parse import unquote, urlparse

    from pypdf.generic import ArrayObject, NameObject

    root = reports.resolve()
    for page in writer.pages:
        if "/Annots" not in page:
            continue
        keep = ArrayObject()
        for ref in page["/Annots"]:
            annot = ref.get_object()
            action = annot["/A"].get_object() if "/A" in annot else None
            uri = str(action.get("/URI", "")) if action is not None else ""
            if not uri.startswith("file:"):
                keep.append(ref)
                continue
            path = Path(unquote(urlparse(uri).path))
            if path.parent == root and path.name in awal:
                annot[NameObject("/Dest")] = ArrayObject([writer.pages[awal[path.name]].indirect_reference,
                                                          NameObject("/Fit")])
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
        from pypdf.generic import ArrayObject, ByteStringObject
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
    _tautan_dalam(writer, reports, {f: m - 1 for (f, _), m in zip(parts, mulai)})
    writer.add_outline_item(title="Sampul dan daftar isi", page_number=0)
    for (_, judul), m in zip(parts, mulai):
        writer.add_outline_item(title=judul, page_number=m - 1)
    tanggal = tanggal_pdf(dokumen)
    writer.add_metadata({"/Title": f"{info['judul']} \u2013 {info['instansi']}", "/Author": info["instansi"],
                         "/Subject": info["dokumen"], "/Creator": "renja-analysis",
                         "/Producer": "renja-analysis (Chromium, pypdf)",
                         "/CreationDate": tanggal, "/ModDate": tanggal})
    ident = ByteStringObject(hashlib.md5(f"{dokumen['sha256']}|{tanggal}".encode()).digest())
    writer._ID = ArrayObject([ident, ident])       # pypdf has no public setter; its default is random
    writer.page_mode = "/UseOutlines"
    target.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    writer.write(buf)
    target.write_bytes(buf.getvalue())
    for old in target.parent.glob("laporan-renja-*.pdf"):     # a renamed office or year
        if old.resolve() != target.resolve():
            old.unlink()
    return target
