"""The HTML report: one page per executed notebook (without and with code), the index
page and the glossary, with the data downloads.
"""

import functools
import json
import posixpath
import re
from collections import deque
from pathlib import Path

import nbformat
import pandas as pd

from .. import config
from ..keys import ROMAWI
from ..load import RenjaDocument
from ..present import pemda
from ..present.summary import daftar_program, urutan_program
from .notebooks import PROGRAM_DIR, TAG_CONTOH, WIDGET_MODEL, remove_stale, run_all
from .pages import (
    HALAMAN_REALISASI,
    HALAMAN_SIPD,
    KELAS_CONTOH,
    SPANDUK_CONTOH,
    TANDA_CONTOH,
    halaman,
    judul_contoh,
    nama_pdf,
    stempel,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.cache
def _exporter(with_code: bool):
    """The HTML exporter of pages without or with code, made once per process: building one
    compiles the ``renja`` template and the ``lab`` templates it includes (about 0.2 s, as much as
    rendering a page), and each call of ``from_notebook_node`` takes its notebook and resources as
    arguments (the filters that depend on them are registered again by nbconvert at each call)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="renja", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input = not with_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.language_code = "id"          # <html lang="id">: the lab template's default is "en"
    return exporter


_CATATAN_WIDGET = ('<div class="renja-widget-catatan">Penyaring interaktif hanya berfungsi bila halaman ini '
                   'dibuka di JupyterLab; di bawah ini hasilnya dengan pilihan awal.</div>')


def _keluaran_tersimpan(state: dict, model_id: str) -> list:
    """The outputs the Output widgets under a widget view had when the notebook was saved
    (breadth-first from the view, as ``_widget_order`` walks it)."""
    outs, seen, queue = [], set(), deque([model_id])
    while queue:
        mid = queue.popleft()
        if mid in seen or mid not in state:
            continue
        seen.add(mid)
        model = state[mid]
        if model.get("model_name") == "OutputModel":
            outs += [nbformat.from_dict(o) for o in model.get("state", {}).get("outputs", [])]
        queue.extend(WIDGET_MODEL.findall(json.dumps(model.get("state", {}), sort_keys=True)))
    return outs


def _without_widgets(nb):
    """Replace widget views (offline HTML cannot run them) by a note and what their Output
    widgets showed when the notebook was saved (the explorer's default: every sub kegiatan)."""
    state = (nb.metadata.pop("widgets", None) or {}).get("application/vnd.jupyter.widget-state+json", {}) \
        .get("state", {})
    for cell in nb.cells:
        if "outputs" not in cell:
            continue
        outputs = []
        for out in cell["outputs"]:
            view = out.get("data", {}).get("application/vnd.jupyter.widget-view+json")
            if view is None:
                outputs.append(out)
                continue
            outputs.append(nbformat.from_dict({"output_type": "display_data", "metadata": {}, "data": {
                "text/html": _CATATAN_WIDGET, "text/plain": "Penyaring interaktif"}}))
            outputs += _keluaran_tersimpan(state, view["model_id"])
        cell["outputs"] = outputs
    return nb


_IPYNB = re.compile(r'href="([^":#?]+\.ipynb)(#[^"]*)?"')
_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)(?:<a class="anchor-link"[^>]*>[^<]*</a>)?</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")
#: A page with at least this many h2 sections gets a table of contents.
MIN_DAFTAR_ISI = 4
_DAFTAR_ISI = "<!--renja-daftar-isi-->"


#: The alternative text nbconvert gives an image without one (every chart: the notebooks show
#: matplotlib figures), in English on a page in Bahasa Indonesia; replaced by ``_ALT_GRAFIK``.
_ALT_NBCONVERT = 'alt="No description has been provided for this image"'
_ALT_GRAFIK = 'alt="Grafik"'


def halaman_notebook(tautan: str, di_program: bool = False) -> str:
    """The HTML page of a notebook link, as the pages of one set name it (``api.md``).

    ``tautan`` is a link relative to the linking notebook's folder; ``di_program``
    says that notebook lies in ``program/``. Pages sit side by side in one folder.

    Examples
    --------
    >>> halaman_notebook("30-kualitas-data.ipynb")
    '30-kualitas-data.html'
    >>> halaman_notebook("program/01-x.ipynb"), halaman_notebook("../00-ikhtisar.ipynb", di_program=True)
    ('program-01-x.html', '00-ikhtisar.html')
    >>> halaman_notebook("02-y.ipynb", di_program=True)
    'program-02-y.html'
    """
    path = posixpath.normpath(posixpath.join(PROGRAM_DIR if di_program else "", tautan))
    return path.replace("/", "-")[: -len(".ipynb")] + ".html"


def tulis_ulang_tautan(html: str, di_program: bool = False) -> str:
    """Every ``href`` to a notebook (``X.ipynb`` with an optional ``#anchor``) made a
    link to its HTML page (``halaman_notebook``); other links are left as they are.

    >>> tulis_ulang_tautan('<a href="../30-kualitas-data.ipynb#temuan-01-x">temuan</a>', di_program=True)
    '<a href="30-kualitas-data.html#temuan-01-x">temuan</a>'
    >>> tulis_ulang_tautan('<a href="https://contoh.id/a.ipynb">luar</a>')
    '<a href="https://contoh.id/a.ipynb">luar</a>'
    """
    return _IPYNB.sub(lambda m: f'href="{halaman_notebook(m.group(1), di_program)}{m.group(2) or ""}"', html)


def daftar_isi(html: str) -> str:
    """A table of contents (``<details>``) of the page's h2 sections, empty for a
    short page (fewer than ``MIN_DAFTAR_ISI`` sections).

    >>> h = "".join(f'<h2 id="B{i}">Bagian {i}<a class="anchor-link" href="#B{i}">x</a></h2>' for i in range(4))
    >>> print(daftar_isi(h)[:101])
    <details class="renja-isi"><summary>Daftar isi (4 bagian)</summary><ol><li><a href="#B0">Bagian 0</a>
    >>> daftar_isi(h).count("<li>")
    4
    >>> daftar_isi(h[:100])
    ''
    """
    found = _H2.findall(html)
    if len(found) < MIN_DAFTAR_ISI:
        return ""
    # ids and texts come from nbconvert's own (escaped) markup: the text keeps its entities
    items = "".join(f'<li><a href="#{hid}">{_TAG.sub("", text).strip()}</a></li>' for hid, text in found)
    return f'<details class="renja-isi"><summary>Daftar isi ({len(found)} bagian)</summary><ol>{items}</ol></details>'


def render_page(notebook: Path, target: Path, judul: str, with_code: bool, beranda: str = "index.html",
                laporan: dict | None = None, akar: str = "", contoh: bool = False) -> Path:
    """Render one executed notebook to HTML (code hidden unless ``with_code``).

    ``beranda`` is the landing page, relative to the page without code (the page
    with code sits one folder lower, in ``kode/``). ``judul`` (a program name for a
    program page) is document text: the ``renja`` template escapes it in the
    navigation bar, the ``lab`` template it extends escapes it in ``<title>``.

    Links to other notebooks become links to their pages (``tulis_ulang_tautan``);
    a long page gets a table of contents (``daftar_isi``). ``laporan`` (``konteks``)
    adds the report's navigation (previous / next program, overview, the program's
    findings, glossary, PDF), the data downloads and the build stamp; ``akar`` is the
    report folder (``reports/``) relative to the page without code.

    ``contoh`` (a page of test data): the title carries ``(contoh)`` and the page opens with
    the banner ``SPANDUK_CONTOH`` (element of class ``KELAS_CONTOH``, printed too) in place
    of the notebook's own banner cell (``tandai_contoh``).
    """
    nb = _without_widgets(nbformat.read(notebook, as_version=4))
    if contoh:
        judul = judul_contoh(judul)
        nb.cells = [c for c in nb.cells if TAG_CONTOH not in c.metadata.get("tags", [])]
    nb.metadata["title"] = judul
    name = target.name
    naik = "../" if with_code else ""
    laporan = laporan or {}
    di_program = notebook.parent.name == PROGRAM_DIR
    nav = [("beranda", naik + beranda, "\u2190 Beranda laporan")]
    if laporan.get("ikhtisar") and name != "00-ikhtisar.html":
        nav.append(("ikhtisar", "00-ikhtisar.html", "Ikhtisar"))     # of this page's set (and kind)
    program = [n for n, _ in laporan.get("program", [])]
    stem = notebook.stem
    if di_program and stem in program:
        i = program.index(stem)
        if i > 0:
            nav.append(("sebelumnya", f"program-{program[i - 1]}.html", "\u2039 Program sebelumnya"))
        if i + 1 < len(program):
            nav.append(("berikutnya", f"program-{program[i + 1]}.html", "Program berikutnya \u203a"))
        nav.append(("temuan", f"30-kualitas-data.html#temuan-{stem}", "Temuan program ini"))
    nav.append(("glosarium", naik + akar + "glosarium.html", "Glosarium"))
    if laporan.get("pdf"):
        nav.append(("pdf", naik + akar + laporan["pdf"], "PDF laporan"))
    nav.append(("kode", f"../{name}" if with_code else f"kode/{name}",
                "Sembunyikan kode" if with_code else "Tampilkan kode"))
    resources = {"renja": {
        "judul": judul,
        "nav": [{"kelas": k, "href": h, "teks": t} for k, h, t in nav],
        "stempel": laporan.get("stempel"),
        "unduhan": _unduhan_singkat(laporan, naik + akar),
        "contoh": SPANDUK_CONTOH if contoh else None,
        "kelas_contoh": KELAS_CONTOH,
    }}
    body, _ = _exporter(with_code).from_notebook_node(nb, resources=resources)
    body = tulis_ulang_tautan(body, di_program)
    body = body.replace(_DAFTAR_ISI, daftar_isi(body), 1).replace(_ALT_NBCONVERT, _ALT_GRAFIK)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return target


# --- what every page of one report shares: stamp, PDF name, downloads, program order ----------

#: The workbook and CSV copies a reviewer can download, under ``reports/``.
DATA_DIR = "data"


def stempel_korpus(dokumen: pd.DataFrame) -> str:
    """The build stamp of the corpus pages: package version and the files read, each with
    the start of its SHA-256 (the full sums are in the corpus ``dokumen`` table).

    >>> d = pd.DataFrame({"berkas": ["a/x.md", "a/y.md"], "sha256": ["ab" * 32, None]})
    >>> stempel_korpus(d)  # doctest: +ELLIPSIS
    'renja-analysis 0.1.0 \u00b7 korpus 2 berkas: x.md (SHA-256 abababababab\u2026), y.md (SHA-256 -)'
    """
    from ..config import __version__

    berkas = [f"{Path(str(b)).name} (SHA-256 {str(h)[:12] + chr(0x2026) if isinstance(h, str) and h else '-'})"
              for b, h in zip(dokumen["berkas"], dokumen["sha256"])]
    return f"renja-analysis {__version__} \u00b7 korpus {len(berkas)} berkas: " + ", ".join(berkas)


def unduhan(olahan: Path) -> list[tuple[str, str]]:
    """(href under ``reports/``, label) of the workbook (``output.processed.nama_buku_kerja``:
    named by the document's year) and every CSV of ``olahan``."""
    from ..output.processed import milik_build

    files = ([p for p in sorted(Path(olahan).glob("evaluasi-renja*.xlsx")) if milik_build(p.name)]
             + sorted(Path(olahan).glob("*.csv")))
    return [(f"{DATA_DIR}/{p.name}", p.name) for p in files if p.is_file()]


def salin_unduhan(olahan: Path, reports: Path) -> list[Path]:
    """Byte copies of the workbook and the CSVs of ``olahan`` under ``reports/data/``
    (files of an earlier build that are no longer produced are removed)."""
    folder = reports / DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for href, _ in unduhan(olahan):
        target = reports / href
        data = (Path(olahan) / target.name).read_bytes()
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
        written.append(target)
    remove_stale(folder.iterdir(), written)
    return written


def konteks(doc: RenjaDocument, olahan: Path | None = None) -> dict:
    """What every page of the report shares: the program order (previous / next),
    the PDF's file name, the downloads and the build stamp (``render_page(laporan=)``)."""
    assert doc.dokumen is not None, "a document read or loaded has its dokumen table"
    dokumen = doc.dokumen.iloc[0]
    return {"program": urutan_program(doc.evaluasi), "ikhtisar": True, "pdf": nama_pdf(dokumen), "stempel": stempel(dokumen),
            "unduhan": unduhan(olahan if olahan is not None else config.DATA_PROCESSED)}


def jinja_env():
    """The environment of the package's Jinja pages (index, glossary, corpus index):
    autoescaped, since program names, the office's name and file names are document text."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


def html_narasi(teks: str):
    """A narrative (Markdown from ``narrative``, its document text already escaped there) as
    HTML safe to insert in a Jinja page, its links to notebooks pointing at their pages."""
    import mistune
    from markupsafe import Markup

    return Markup(tulis_ulang_tautan(mistune.html(teks)))  # type: ignore[arg-type]  # the HTML renderer gives str


def ringkasan_index(doc: RenjaDocument) -> str:
    """The office's Ringkasan (``narrative.ringkasan_dinas``) as HTML for the landing page,
    its links to notebooks pointing at their pages (``30-kualitas-data.ipynb`` ->
    ``30-kualitas-data.html``). Document text in it is escaped by ``narrative`` already
    (``escape.markdown_teks`` gives character references), so the HTML is safe to insert.

    Examples
    --------
    >>> from renja_analysis.load import load_processed
    >>> html = ringkasan_index(load_processed())
    >>> 'href="30-kualitas-data.html"' in html and ".ipynb" not in html
    True
    """
    from ..present.narrative import ringkasan_dinas

    return html_narasi(ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, doc.triwulan))


def render_index(doc: RenjaDocument, pages: list[tuple[str, str, str]], target: Path,
                 laporan: dict | None = None) -> Path:
    """The landing page: the Ringkasan, headline figures (capaian over the sub kegiatan that
    were due, problems apart from info notes), predikat/status counts with the labels of
    the notebooks, one card per program whose capaian shows its spread and worst row; with
    ``laporan`` (``konteks``) the PDF, the downloads and the build stamp."""
    from .. import labels
    from ..numbers import format_angka, format_persen, format_rupiah
    from ..present.colours import WARNA_PREDIKAT
    from ..present.narrative import kalimat_capaian, serapan_sel
    from ..present.summary import angka_utama, jumlah_predikat, jumlah_status, masalah_per_program, program_temuan
    from ..status import BELUM_DILAKSANAKAN

    ev = doc.evaluasi
    fmt = {"rp": format_rupiah, "persen": format_persen, "angka": format_angka}
    angka = [{"ukuran": r["ukuran"], "nilai": fmt[r["jenis"]](r["nilai"])}
             for _, r in angka_utama(ev, doc.temuan).iterrows()]
    pred = jumlah_predikat(ev)
    milik = program_temuan(doc.temuan, ev, doc.tabel21, doc.pergeseran, doc.rencana)
    daftar = daftar_program(ev, doc.temuan)
    masalah = masalah_per_program(doc.temuan, milik).reindex(daftar["program"], fill_value=0)
    programs = []
    for (_, p), k, w in zip(daftar.iterrows(), masalah["kritis"], masalah["peringatan"]):
        # a realisation unknown (its cell empty, its rows below not all stating one): no serapan, not 0
        diketahui = labels.realisasi_diketahui(p["realisasi_dari_rincian"])
        predikat = labels.predikat(p["predikat_rp"], BELUM_DILAKSANAKAN if p["dijadwalkan"] else None,
                                   pagu=p["pagu_rp"], diketahui=diketahui)
        programs.append({"nama": p["program"], "href": f"program-{p['notebook']}.html",
                         "pagu": format_rupiah(p["pagu_rp"]),
                         "serapan": serapan_sel(p) if diketahui else "tidak diketahui",
                         "capaian": kalimat_capaian(p, nama=str), "predikat": predikat,
                         "masalah": f"{k} kritis, {w} peringatan",
                         "temuan_href": f"30-kualitas-data.html#temuan-{p['notebook']}",
                         "warna": WARNA_PREDIKAT.get(predikat, "#cccccc")})
    env = jinja_env()
    html = env.get_template("index.html.j2").render(
        judul=doc.nama_instansi,
        triwulan=ROMAWI[doc.triwulan],
        sumber=doc.source.name if doc.source else "-", angka=angka,
        ringkasan=ringkasan_index(doc),
        harapan=format_persen(float(ev["harapan_tw"].iloc[0]), 0),
        predikat_kolom=[" ".join(c) for c in pred.columns],
        predikat=[{"nama": i, "nilai": [int(v) for v in row]} for i, row in pred.iterrows()],
        status=[{"nama": nama, "jumlah": int(r["Jumlah sub kegiatan"])}
                for nama, r in jumlah_status(ev).iterrows()],
        program=programs,
        tautan=[{"href": href, "judul": judul, "isi": isi} for href, judul, isi in pages],
        **bingkai(laporan))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target


def _unduhan_singkat(laporan: dict, akar: str) -> list[dict]:
    """The footer's downloads: the workbook, and the index's list of CSVs."""
    files = laporan.get("unduhan", [])
    if not files:
        return []
    return [{"href": akar + files[0][0], "teks": "buku kerja Excel"},
            {"href": akar + "index.html#unduhan", "teks": f"{len(files) - 1} tabel CSV"}]


def bingkai(laporan: dict | None, akar: str = "", contoh: bool = False) -> dict:
    """Template values of the frame of a Jinja page (index, glossary): PDF, downloads
    (all of them, and the footer's short list), stamp, and the banner of an example."""
    laporan = laporan or {}
    return {"pdf": akar + laporan["pdf"] if laporan.get("pdf") else None,
            "contoh": SPANDUK_CONTOH if contoh else None, "kelas_contoh": KELAS_CONTOH,
            "tanda_contoh": TANDA_CONTOH if contoh else "",
            "stempel": laporan.get("stempel"),
            "unduhan": [{"href": akar + h, "teks": t} for h, t in laporan.get("unduhan", [])],
            "unduhan_singkat": _unduhan_singkat(laporan, akar)}


def glosarium() -> dict:
    """The glossary's content, from the code's own constants (never typed twice).

    ``predikat``: one row per level with its interval of the relative value
    (``metrics.BATAS_PREDIKAT``); ``status``: the status categories in order of
    precedence (``metrics.STATUS``) with the thresholds of ``status_pelaksanaan``;
    ``temuan``: the finding types of ``findings.registry`` with their label, levels and meaning;
    ``istilah``: the terms in plain words with the technical term each stands for (``labels.istilah``).

    >>> g = glosarium()
    >>> [(r["predikat"], r["batas"]) for r in g["predikat"]][:2]
    [('Sangat Rendah', 'x \u2264 50'), ('Rendah', '50 < x \u2264 65')]
    >>> g["predikat"][-1]["batas"], g["status"][0]["kode"]
    ('x > 90', 'belum_dilaksanakan')
    >>> g["temuan"][1]["label"], g["temuan"][1]["tingkat"]
    ('Baris ganda', 'Kritis')
    """
    import inspect

    from .. import metrics, status as st
    from ..findings.registry import DAFTAR
    from ..labels import istilah, status as label_status, tingkat as label_tingkat
    from ..numbers import format_angka, format_persen

    b = [format_angka(x) for x in metrics.BATAS_PREDIKAT]
    batas = ([f"x \u2264 {b[0]}"] + [f"{lo} < x \u2264 {hi}" for lo, hi in zip(b, b[1:])] + [f"x > {b[-1]}"])
    default = inspect.signature(metrics.status_pelaksanaan).parameters
    tertinggal = format_persen(default["batas_tertinggal"].default, None)
    melampaui = format_persen(default["batas_melampaui"].default, None)
    arti = {
        st.BELUM_DILAKSANAKAN: "belum ada realisasi kinerja maupun anggaran, dan semua triwulan pelaksanaan yang "
                              "disebut keterangan jatuh sesudah triwulan laporan (misalnya triwulan 3 dan 4 pada "
                              "laporan triwulan II): dijadwalkan, bukan kegagalan",
        st.SERAPAN_TANPA_OUTPUT: "anggaran sudah terserap (realisasi Rp > 0) tetapi belum ada output (realisasi K = 0)",
        st.OUTPUT_TANPA_SERAPAN: "sudah ada output (realisasi K > 0) tanpa anggaran terserap (realisasi Rp = 0)",
        st.MELAMPAUI_TARGET: f"capaian kinerja di atas {melampaui} dari target tahunan yang dievaluasi "
                            "(Tabel 2.2); bila Tabel 3.2 merevisi target, kalimat laporan menyebut target revisi "
                            "dan capaian terhadapnya",
        st.TERTINGGAL: f"capaian kinerja (atau serapan, bila tidak ada target) kurang dari {tertinggal} "
                      "dari harapan triwulan",
        st.SESUAI_RENCANA: "selain di atas: berjalan sesuai harapan triwulan",
    }
    return {
        "predikat": [{"predikat": p, "batas": x} for p, x in zip(metrics.PREDIKAT, batas)],
        "status": [{"kode": s, "label": label_status(s), "arti": arti.get(s, "")} for s in metrics.STATUS],
        "harapan": [{"triwulan": t, "nilai": format_angka(metrics.harapan_triwulan(i + 1))}
                    for i, t in enumerate(("I", "II", "III", "IV"))],
        "temuan": [{"kode": j.kode, "label": j.label, "arti": j.glosarium,
                    "tingkat": ", ".join(label_tingkat(t) for t in j.tingkat)} for j in DAFTAR],
        "istilah": istilah(),
    }


def render_glosarium(target: Path, laporan: dict | None = None, contoh: bool = False) -> Path:
    """The glossary page (``reports/glosarium.html``): predikat scale, status categories,
    capaian / serapan formulas, harapan triwulan; ``contoh``: the glossary of the examples
    (their banner, no link to a document's overview)."""
    env = jinja_env()
    html = env.get_template("glosarium.html.j2").render(**glosarium(), **bingkai(laporan, contoh=contoh))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target


def render_pages(calls: list[tuple[tuple, dict]], jobs: int | None = 1, progress: bool = False) -> list[Path]:
    """``render_page(*args, **kwargs)`` for each ``(args, kwargs)`` of ``calls``, ``jobs`` pages at
    once (None: the cores; ``notebooks.run_all``); the pages written, in the order of ``calls``.
    Each page's bytes depend only on its arguments, so any ``jobs`` writes the same files."""
    return run_all(_render, calls, jobs, progress=progress, desc="halaman")


def _render(call: tuple[tuple, dict]) -> Path:
    args, kwargs = call
    return render_page(*args, **kwargs)


def build_html(doc: RenjaDocument, notebooks: Path = config.NOTEBOOKS, reports: Path = config.REPORTS,
               sipd=False, olahan: Path | None = None, realisasi=False, jobs: int | None = 1) -> list[Path]:
    """Render every executed notebook (without and with code), the index page and the
    glossary, and copy the workbook and CSVs of ``olahan`` (default
    ``data/processed/``) under ``reports/data/``; the SIPD page only when ``sipd``, the
    realisation page only when ``realisasi``
    (pages of a previous build that are not rendered now are removed). ``jobs`` pages are
    rendered at once (``render_pages``)."""
    olahan = Path(olahan) if olahan is not None else config.DATA_PROCESSED
    laporan = konteks(doc, olahan)
    salin_unduhan(olahan, reports)
    calls: list[tuple[tuple, dict]] = []          # render_page's arguments, one page each
    pages = []
    contoh = {HALAMAN_SIPD[0]: not isinstance(sipd, bool) and pemda.sipd_contoh(sipd),
              HALAMAN_REALISASI[0]: not isinstance(realisasi, bool) and pemda.sipd_contoh(realisasi)}
    for nb_name, judul, isi in halaman(sipd, realisasi):
        html = nb_name.replace(".ipynb", ".html")
        pages.append((html, judul, isi))
        calls += [((notebooks / nb_name, reports / ("kode" if with_code else "") / html, judul, with_code),
                   dict(laporan=laporan, contoh=contoh.get(nb_name, False))) for with_code in (False, True)]
    for _, p in daftar_program(doc.evaluasi).iterrows():
        html = f"program-{p['notebook']}.html"
        calls += [((notebooks / PROGRAM_DIR / f"{p['notebook']}.ipynb", reports / ("kode" if with_code else "") / html,
                    p["program"], with_code), dict(laporan=laporan)) for with_code in (False, True)]
    written = render_pages(calls, jobs)
    written.append(render_index(doc, pages, reports / "index.html", laporan=laporan))
    written.append(render_glosarium(reports / "glosarium.html", laporan=laporan))
    remove_stale([*reports.glob("*.html"), *reports.glob("kode/*.html")], written)
    return written
