"""Build the reviewer deliverables: figures, executed notebooks, the HTML report.

Notebooks are executed with papermill in the current environment's ``python3``
kernel (the project's ``.venv`` when run through ``make``). After execution the
notebooks are normalised so that the same input gives the same file: cell ids
are numbered, papermill's timestamps and per-cell timings are removed.
"""
from __future__ import annotations

import json
import os
import posixpath
import re
import tempfile
from collections import deque
from pathlib import Path

import nbformat
import pandas as pd
import papermill as pm
from tqdm.auto import tqdm

from . import config, pemda, plots

# the page manifest (pages, titles, the example banner, build stamp, PDF name): shared with ``cetak``
from .halaman import (
    HALAMAN,
    HALAMAN_SIPD,
    KELAS_CONTOH,
    NOTEBOOKS,
    SPANDUK_CONTOH,
    TANDA_CONTOH,
    judul_contoh,
    nama_pdf,
    stempel,
)
from .kunci import nama_berkas
from .load import RenjaDocument, SipdData, load_document, load_processed, load_sipd
from .ringkasan import daftar_program, urutan_program


def halaman(sipd=False) -> list[tuple[str, str, str]]:
    """The overview pages of the report: ``HALAMAN``, and the SIPD page when ``sipd`` (True, or
    the SIPD folder: when it is the project's test data the page is titled as an example).

    >>> [n for n, _, _ in halaman()] == NOTEBOOKS
    True
    >>> halaman(config.DEFAULT_SIPD)[-1][1]
    'Data SIPD pemda (contoh)'
    """
    if not sipd:
        return list(HALAMAN)
    nb, judul, isi = HALAMAN_SIPD
    if not isinstance(sipd, bool) and pemda.sipd_contoh(sipd):
        judul, isi = judul_contoh(judul), f"data uji buatan, bukan ekspor SIPD resmi: {isi}"
    return HALAMAN + [(nb, judul, isi)]


def parameter_sipd(sipd) -> dict:
    """Papermill parameters of the SIPD notebook: the path relative to the project root
    where it lies inside it (so the executed notebook does not carry this machine's
    path), none at all for the notebook's own default (``config.DEFAULT_SIPD``).

    >>> parameter_sipd(config.DEFAULT_SIPD), parameter_sipd("/data/pemda")
    ({}, {'sipd': '/data/pemda'})
    """
    path = Path(sipd).resolve()
    if path == config.DEFAULT_SIPD.resolve():
        return {}
    return {"sipd": str(path.relative_to(config.ROOT)) if path.is_relative_to(config.ROOT) else str(path)}


TEMPLATE = Path("templates") / "program.ipynb"
PROGRAM_DIR = "program"
#: The tag of the banner cell ``tandai_contoh`` puts into an example notebook.
TAG_CONTOH = "contoh"


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")
_MODEL = re.compile(r"IPY_MODEL_([0-9a-f]{32})")


def _widget_order(nb) -> list[str]:
    """Widget model ids in a content-determined order: breadth-first from the views
    shown in outputs, then any others by their (id-free) content."""
    state = (nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
             .get("state", {}))
    roots = [out["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
             for cell in nb.cells for out in cell.get("outputs", [])
             if "application/vnd.jupyter.widget-view+json" in out.get("data", {})]
    order, seen, queue = [], set(), deque(roots)
    while queue:
        mid = queue.popleft()
        if mid in seen or mid not in state:
            continue
        seen.add(mid)
        order.append(mid)
        queue.extend(_MODEL.findall(json.dumps(state[mid], sort_keys=True)))
    rest = sorted((m for m in state if m not in seen),
                  key=lambda m: _MODEL.sub("", json.dumps(state[m], sort_keys=True)))
    return order + rest + [r for r in roots if r not in state and r not in order]


def normalise(path: Path) -> None:
    """Make an executed notebook's bytes depend only on its content: numbered cell
    ids, no papermill timestamps or timings, no memory addresses in reprs, widget
    model ids renumbered in a content-determined order."""
    nb = nbformat.read(path, as_version=4)
    nb.metadata.pop("papermill", None)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"sel-{i:02d}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nbformat.validate(nb)
    text = json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    text = _ADDRESS.sub(">", text)
    for k, mid in enumerate(_widget_order(nb)):
        text = text.replace(mid, f"{k:032x}")
    # re-sort: renamed widget ids change the order of the state's keys
    text = json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def _remove_stale(candidates, wanted) -> None:
    """Delete generated files of programs or pages that no longer exist."""
    keep = {Path(w).resolve() for w in wanted}
    for path in candidates:
        if path.resolve() not in keep:
            path.unlink()


def _clean_copy(source: Path, folder: Path) -> Path:
    """The source notebook without outputs, stored widget state or injected parameters
    (executing a notebook in place must not carry over the previous run's state)."""
    nb = nbformat.read(source, as_version=4)
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    # parameters injected by an earlier run must not outlive it
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    clean = folder / source.name
    nbformat.write(nb, clean)
    return clean


def _judul_sel(cell) -> tuple[dict, str] | None:
    """Where a cell shows the page title (a ``# `` line): its markdown source, or the
    Markdown a code cell displays (the program template prints its title)."""
    if cell.cell_type == "markdown":
        return (cell, "source") if any(ln.startswith("# ") for ln in cell.source.split("\n")) else None
    for out in cell.get("outputs", []):
        md = out.get("data", {}).get("text/markdown")
        if isinstance(md, str) and any(ln.startswith("# ") for ln in md.split("\n")):
            return out["data"], "text/markdown"
    return None


def tandai_contoh(nb):
    """Mark a notebook as an example: its title (the first ``# `` heading, written in a
    Markdown cell or displayed by a code cell) gets ``(contoh)`` and a banner cell (tagged
    ``contoh``) follows it, so that a reader of the notebook itself (JupyterLab, a diff)
    sees it is test data. Marking twice changes nothing.

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Tren"),
    ...                                      nbformat.v4.new_markdown_cell("## Ringkasan")])
    >>> [c.source for c in tandai_contoh(tandai_contoh(nb)).cells]  # doctest: +NORMALIZE_WHITESPACE
    ['# Tren (contoh)', '> **Contoh: data uji buatan, bukan data resmi pemda.** Angka dan temuan di
    halaman ini berasal dari berkas uji proyek, bukan dari dokumen atau ekspor resmi suatu pemda.',
    '## Ringkasan']
    """
    cells = nb.cells
    if any(TAG_CONTOH in c.metadata.get("tags", []) for c in cells):
        return nb
    where = next(((i, found) for i, c in enumerate(cells) if (found := _judul_sel(c)) is not None), None)
    if where is not None:
        holder, key = where[1]
        lines = holder[key].split("\n")
        h = next(k for k, line in enumerate(lines) if line.startswith("# "))
        lines[h] = judul_contoh(lines[h].rstrip())
        holder[key] = "\n".join(lines)
        at = where[0] + 1
    else:
        at = next((i for i, c in enumerate(cells) if c.cell_type == "markdown"), 0)
    banner = nbformat.v4.new_markdown_cell(
        f"> **{SPANDUK_CONTOH}.** Angka dan temuan di halaman ini berasal dari berkas uji proyek, bukan dari "
        "dokumen atau ekspor resmi suatu pemda.", metadata={"tags": [TAG_CONTOH]})
    cells.insert(at, banner)
    return nb


def execute(source: Path, target: Path, parameters: dict | None = None, cwd: Path | None = None,
            contoh: bool = False) -> Path:
    """Execute one notebook with papermill and normalise the result; ``contoh`` marks it as
    an example (``tandai_contoh``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        _execute(_clean_copy(source, Path(tmp)), target, parameters, cwd or source.parent)
    if contoh:
        nbformat.write(tandai_contoh(nbformat.read(target, as_version=4)), target)
    normalise(target)
    return target


def _execute(source: Path, target: Path, parameters: dict | None, cwd: Path) -> None:
    pm.execute_notebook(str(source), str(target), parameters=parameters or {}, kernel_name="python3",
                        progress_bar=False, cwd=str(cwd), log_output=False,
                        execution_timeout=180)


def figures(doc: RenjaDocument, folder: Path = config.FIGURES) -> list[Path]:
    """Write every chart of the report as PNG + SVG with stable names."""
    ev = doc.evaluasi
    charts = {
        "ikhtisar-serapan-program": plots.serapan_per_program(ev),
        "ikhtisar-capaian-vs-serapan": plots.sebaran_capaian_serapan(ev),
        "ikhtisar-status": plots.jumlah_status(ev),
        "pergeseran-program": plots.pergeseran_program(doc.pergeseran),
        "temuan-per-jenis": plots.temuan_per_jenis(doc.temuan),
    }
    for _, p in daftar_program(ev).iterrows():
        charts[f"program-{p['notebook']}"] = plots.kinerja_sub_kegiatan(ev[ev["program"] == p["program"]],
                                                                        judul=p["program"])
    paths = []
    for name, fig in charts.items():
        paths += plots.simpan(fig, name, folder)
    _remove_stale([*folder.glob("program-*.png"), *folder.glob("program-*.svg")], paths)
    return paths


def figures_sipd(sipd: SipdData | None, folder: Path = config.FIGURES) -> list[Path]:
    """Write the charts of the SIPD pemda page as PNG + SVG (``sipd-*``); ``sipd`` None:
    remove them (a report without SIPD data shows none)."""
    if sipd is None:
        _remove_stale([*folder.glob("sipd-*.png"), *folder.glob("sipd-*.svg")], [])
        return []
    charts = {
        "sipd-pagu-perangkat-daerah": plots.pagu_sipd_perangkat_daerah(sipd.pemda),
        "sipd-pagu-bidang-urusan": plots.pagu_sipd_bidang_urusan(sipd.pemda),
        "sipd-temuan-perangkat-daerah": plots.temuan_sipd_perangkat_daerah(
            pemda.temuan_per_tingkat(sipd.temuan, sipd.rekaman)),
    }
    return [p for name, fig in charts.items() for p in plots.simpan(fig, name, folder)]


def build_notebooks(doc: RenjaDocument, notebooks: Path = config.NOTEBOOKS, progress: bool = True,
                    olahan=None, sipd=None) -> list[Path]:
    """Execute the overview notebooks in place and one program notebook per program.

    The notebooks read processed tables (``load.load_processed``); ``olahan``, a
    folder other than ``data/processed/``, is passed to every notebook. ``sipd``
    (SIPD-RI exports) adds the SIPD pemda notebook, marked as an example when they are the
    project's test data (``pemda.sipd_contoh``); without ``sipd`` an earlier SIPD notebook
    is removed.
    """
    done = []
    programs = daftar_program(doc.evaluasi)
    extra = {"olahan": str(Path(olahan).resolve())} if olahan is not None else {}
    jobs = [(notebooks / n, notebooks / n, dict(extra), False) for n in NOTEBOOKS]
    name = HALAMAN_SIPD[0]
    if sipd is not None:
        jobs.append((notebooks / "templates" / name, notebooks / name, dict(extra, **parameter_sipd(sipd)),
                     pemda.sipd_contoh(sipd)))
    else:
        (notebooks / name).unlink(missing_ok=True)
    jobs += [(notebooks / TEMPLATE, notebooks / PROGRAM_DIR / f"{p['notebook']}.ipynb",
              dict(extra, program=p["program"]), False) for _, p in programs.iterrows()]
    _remove_stale((notebooks / PROGRAM_DIR).glob("*.ipynb"), [target for _, target, _, _ in jobs])
    for source, target, params, contoh in tqdm(jobs, desc="notebook", disable=not progress):
        done.append(execute(source, target, params, cwd=notebooks, contoh=contoh))
    return done


def build(source=None, progress: bool = True, olahan=None, sipd=None, pdf: bool = False) -> Path | None:
    """Figures, executed notebooks and the HTML report; with ``pdf``, the report's PDF
    too (``cetak.buat_pdf``; its path is returned; ``cetak.ChromiumTidakAda`` is raised
    after the HTML is written when no Chromium can print it).

    Without ``source``: from the processed tables in ``olahan`` (default
    ``data/processed/``, written by ``make data``), nothing parsed again. With a
    ``source`` document: its tables are written to ``olahan`` first. With ``sipd`` (a
    pemda's SIPD-RI exports) the SIPD page too.
    """
    from .export import write_document

    folder = Path(olahan) if olahan is not None else config.DATA_PROCESSED
    if source is not None:
        write_document(load_document(source), folder)
    doc = load_processed(folder)
    figures(doc)
    figures_sipd(load_sipd(sipd) if sipd is not None else None)
    custom = folder.resolve() != config.DATA_PROCESSED.resolve()
    build_notebooks(doc, progress=progress, olahan=folder if custom else None, sipd=sipd)
    build_html(doc, sipd=sipd if sipd is not None else False, olahan=folder)
    if pdf:
        from .cetak import buat_pdf

        return buat_pdf(doc)
    return None


# --- the HTML report --------------------------------------------------------------------

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _exporter(with_code: bool):
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
        queue.extend(_MODEL.findall(json.dumps(model.get("state", {}), sort_keys=True)))
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
    body = body.replace(_DAFTAR_ISI, daftar_isi(body), 1)
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
    from . import __version__

    berkas = [f"{Path(str(b)).name} (SHA-256 {str(h)[:12] + chr(0x2026) if isinstance(h, str) and h else '-'})"
              for b, h in zip(dokumen["berkas"], dokumen["sha256"])]
    return f"renja-analysis {__version__} \u00b7 korpus {len(berkas)} berkas: " + ", ".join(berkas)


def unduhan(olahan: Path) -> list[tuple[str, str]]:
    """(href under ``reports/``, label) of the workbook and every CSV of ``olahan``."""
    from .export import WORKBOOK

    files = [Path(olahan) / WORKBOOK] + sorted(Path(olahan).glob("*.csv"))
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
    _remove_stale(folder.iterdir(), written)
    return written


def konteks(doc: RenjaDocument, olahan: Path | None = None) -> dict:
    """What every page of the report shares: the program order (previous / next),
    the PDF's file name, the downloads and the build stamp (``render_page(laporan=)``)."""
    assert doc.dokumen is not None, "a document read or loaded has its dokumen table"
    dokumen = doc.dokumen.iloc[0]
    return {"program": urutan_program(doc.evaluasi), "ikhtisar": True, "pdf": nama_pdf(dokumen), "stempel": stempel(dokumen),
            "unduhan": unduhan(olahan if olahan is not None else config.DATA_PROCESSED)}


def _jinja():
    """The environment of the package's Jinja pages (index, glossary, corpus index):
    autoescaped, since program names, the office's name and file names are document text."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


def _html_narasi(teks: str):
    """A narrative (Markdown from ``narasi``, its document text already escaped there) as
    HTML safe to insert in a Jinja page, its links to notebooks pointing at their pages."""
    import mistune
    from markupsafe import Markup

    return Markup(tulis_ulang_tautan(mistune.html(teks)))  # type: ignore[arg-type]  # the HTML renderer gives str


def ringkasan_index(doc: RenjaDocument) -> str:
    """The office's Ringkasan (``narasi.ringkasan_dinas``) as HTML for the landing page,
    its links to notebooks pointing at their pages (``30-kualitas-data.ipynb`` ->
    ``30-kualitas-data.html``). Document text in it is escaped by ``narasi`` already
    (``aman.markdown_teks`` gives character references), so the HTML is safe to insert.

    Examples
    --------
    >>> html = ringkasan_index(load_processed())
    >>> 'href="30-kualitas-data.html"' in html and ".ipynb" not in html
    True
    """
    from .narasi import ringkasan_dinas

    return _html_narasi(ringkasan_dinas(doc.evaluasi, doc.temuan, doc.pergeseran, doc.triwulan))


def render_index(doc: RenjaDocument, pages: list[tuple[str, str, str]], target: Path,
                 laporan: dict | None = None) -> Path:
    """The landing page: the Ringkasan, headline figures (capaian over the sub kegiatan that
    were due, problems apart from info notes), predikat/status counts with the labels of
    the notebooks, one card per program whose capaian shows its spread and worst row; with
    ``laporan`` (``konteks``) the PDF, the downloads and the build stamp."""
    from . import label
    from .narasi import kalimat_capaian
    from .numbers import format_angka, format_persen, format_rupiah
    from .ringkasan import angka_utama, jumlah_predikat, jumlah_status, masalah_per_program, program_temuan
    from .status import BELUM_DILAKSANAKAN
    from .warna import WARNA_PREDIKAT

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
        predikat = label.predikat(p["predikat_rp"], BELUM_DILAKSANAKAN if p["dijadwalkan"] else None)
        programs.append({"nama": p["program"], "href": f"program-{p['notebook']}.html",
                         "pagu": format_rupiah(p["pagu_rp"]), "serapan": format_persen(p["serapan_rp"]),
                         "capaian": kalimat_capaian(p, nama=str), "predikat": predikat,
                         "masalah": f"{k} kritis, {w} peringatan",
                         "temuan_href": f"30-kualitas-data.html#temuan-{p['notebook']}",
                         "warna": WARNA_PREDIKAT.get(predikat, "#cccccc")})
    env = _jinja()
    html = env.get_template("index.html.j2").render(
        judul=doc.nama_instansi,
        triwulan={1: "I", 2: "II", 3: "III", 4: "IV"}[doc.triwulan],
        sumber=doc.source.name if doc.source else "-", angka=angka,
        ringkasan=ringkasan_index(doc),
        harapan=format_persen(float(ev["harapan_tw"].iloc[0]), 0),
        predikat_kolom=[" ".join(c) for c in pred.columns],
        predikat=[{"nama": i, "nilai": [int(v) for v in row]} for i, row in pred.iterrows()],
        status=[{"nama": nama, "jumlah": int(r["Jumlah sub kegiatan"])}
                for nama, r in jumlah_status(ev).iterrows()],
        program=programs,
        tautan=[{"href": href, "judul": judul, "isi": isi} for href, judul, isi in pages],
        **_bingkai(laporan))
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


def _bingkai(laporan: dict | None, akar: str = "", contoh: bool = False) -> dict:
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
    ``temuan``: the finding types of ``jenis_temuan`` with their label, levels and meaning.

    >>> g = glosarium()
    >>> [(r["predikat"], r["batas"]) for r in g["predikat"]][:2]
    [('Sangat Rendah', 'x \u2264 50'), ('Rendah', '50 < x \u2264 65')]
    >>> g["predikat"][-1]["batas"], g["status"][0]["kode"]
    ('x > 90', 'belum_dilaksanakan')
    >>> g["temuan"][1]["label"], g["temuan"][1]["tingkat"]
    ('Baris ganda', 'Kritis')
    """
    import inspect

    from . import metrics, status as st
    from .jenis_temuan import DAFTAR
    from .label import status as label_status, tingkat as label_tingkat
    from .numbers import format_angka

    b = [format_angka(x) for x in metrics.BATAS_PREDIKAT]
    batas = ([f"x \u2264 {b[0]}"] + [f"{lo} < x \u2264 {hi}" for lo, hi in zip(b, b[1:])] + [f"x > {b[-1]}"])
    default = inspect.signature(metrics.status_pelaksanaan).parameters
    tertinggal = format_angka(default["batas_tertinggal"].default)
    melampaui = format_angka(default["batas_melampaui"].default)
    arti = {
        st.BELUM_DILAKSANAKAN: "belum ada realisasi kinerja maupun anggaran, dan keterangan menyebut pelaksanaan "
                              "di triwulan III atau IV: dijadwalkan, bukan kegagalan",
        st.SERAPAN_TANPA_OUTPUT: "anggaran sudah terserap (realisasi Rp > 0) tetapi belum ada output (realisasi K = 0)",
        st.OUTPUT_TANPA_SERAPAN: "sudah ada output (realisasi K > 0) tanpa anggaran terserap (realisasi Rp = 0)",
        st.MELAMPAUI_TARGET: f"capaian kinerja di atas {melampaui}\u00a0% dari target tahunan yang dievaluasi "
                            "(Tabel 2.2); bila Tabel 3.2 merevisi target, kalimat laporan menyebut target revisi "
                            "dan capaian terhadapnya",
        st.TERTINGGAL: f"capaian kinerja (atau serapan, bila tidak ada target) kurang dari {tertinggal}\u00a0% "
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
    }


def render_glosarium(target: Path, laporan: dict | None = None, contoh: bool = False) -> Path:
    """The glossary page (``reports/glosarium.html``): predikat scale, status categories,
    capaian / serapan formulas, harapan triwulan; ``contoh``: the glossary of the examples
    (their banner, no link to a document's overview)."""
    env = _jinja()
    html = env.get_template("glosarium.html.j2").render(**glosarium(), **_bingkai(laporan, contoh=contoh))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target


def build_html(doc: RenjaDocument, notebooks: Path = config.NOTEBOOKS, reports: Path = config.REPORTS,
               sipd=False, olahan: Path | None = None) -> list[Path]:
    """Render every executed notebook (without and with code), the index page and the
    glossary, and copy the workbook and CSVs of ``olahan`` (default
    ``data/processed/``) under ``reports/data/``; the SIPD page only when ``sipd``
    (pages of a previous build that are not rendered now are removed)."""
    olahan = Path(olahan) if olahan is not None else config.DATA_PROCESSED
    laporan = konteks(doc, olahan)
    salin_unduhan(olahan, reports)
    written = []
    pages = []
    contoh = not isinstance(sipd, bool) and pemda.sipd_contoh(sipd)
    for nb_name, judul, isi in halaman(sipd):
        html = nb_name.replace(".ipynb", ".html")
        pages.append((html, judul, isi))
        for with_code in (False, True):
            target = reports / ("kode" if with_code else "") / html
            written.append(render_page(notebooks / nb_name, target, judul, with_code, laporan=laporan,
                                       contoh=contoh and nb_name == HALAMAN_SIPD[0]))
    for _, p in daftar_program(doc.evaluasi).iterrows():
        html = f"program-{p['notebook']}.html"
        for with_code in (False, True):
            target = reports / ("kode" if with_code else "") / html
            written.append(render_page(notebooks / PROGRAM_DIR / f"{p['notebook']}.ipynb", target,
                                       p["program"], with_code, laporan=laporan))
    written.append(render_index(doc, pages, reports / "index.html", laporan=laporan))
    written.append(render_glosarium(reports / "glosarium.html", laporan=laporan))
    _remove_stale([*reports.glob("*.html"), *reports.glob("kode/*.html")], written)
    return written


# --- many documents: the corpus report ------------------------------------------------------

#: Corpus notebooks (executed in place on the corpus) and the notebooks of each document's set.
HALAMAN_KORPUS = [
    ("50-antar-instansi.ipynb", "Perbandingan antarinstansi",
     "serapan dan capaian per instansi terhadap harapan triwulan, peringkat, temuan"),
    ("60-tren.ipynb", "Tren", "instansi yang sama antar-triwulan dan antar-tahun"),
]
#: The overview notebooks each document of a corpus gets (the explorer 40 stays one per project).
PER_DOKUMEN = [h for h in HALAMAN if h[0] != "40-eksplorasi.ipynb"]
KORPUS_DIR = "dokumen"


#: The processed tables of the example corpus (``make contoh``): the default of 50 and 60.
OLAHAN_KORPUS_CONTOH = config.DATA_CONTOH / "korpus"


def build_corpus(sources, olahan: Path = config.DATA_KORPUS, notebooks: Path = config.NOTEBOOKS,
                 reports: Path = config.REPORTS, progress: bool = True, jobs: int | None = None,
                 contoh: bool = False) -> None:
    """The report of many documents: the corpus tables into ``olahan``, one notebook set per
    document (``notebooks/dokumen/<id>/``), ``50-antar-instansi`` and ``60-tren`` on the whole
    corpus, and the HTML pages under ``reports/korpus/`` with an index of the documents.

    The notebooks are executed from the project's sources (``notebooks/00-..30-`` and
    ``notebooks/templates/``) into ``notebooks``; ``contoh`` marks every notebook and page
    as an example (``make contoh``)."""
    from .corpus import load_corpus, write_corpus

    korpus = load_corpus(sources, jobs=jobs, progress=progress)
    write_corpus(korpus, olahan)
    jobs_nb = []
    base = notebooks / KORPUS_DIR
    for did, tables in korpus.per_dokumen.items():
        folder = nama_berkas(Path(olahan) / "dokumen" / did)
        jobs_nb += [(config.NOTEBOOKS / n, base / did / n, {"olahan": folder}) for n, _, _ in PER_DOKUMEN]
        for _, p in daftar_program(tables["evaluasi"]).iterrows():
            jobs_nb.append((config.NOTEBOOKS / TEMPLATE, base / did / PROGRAM_DIR / f"{p['notebook']}.ipynb",
                            {"olahan": folder, "program": p["program"]}))
    custom = Path(olahan).resolve() != OLAHAN_KORPUS_CONTOH.resolve()
    extra = {"olahan": nama_berkas(Path(olahan))} if custom else {}
    jobs_nb += [(config.NOTEBOOK_TEMPLATES / n, notebooks / n, dict(extra)) for n, _, _ in HALAMAN_KORPUS]
    _remove_stale(base.rglob("*.ipynb"), [t for _, t, _ in jobs_nb])
    for source, target, params in tqdm(jobs_nb, desc="notebook", disable=not progress):
        execute(source, target, params, cwd=notebooks, contoh=contoh)
    build_corpus_html(korpus, notebooks, reports, contoh=contoh)


def ringkasan_korpus(dokumen: pd.DataFrame, ringkas: pd.DataFrame | None):
    """The corpus index's Ringkasan as safe HTML: how many files were read and which failed,
    then the comparison of the offices (``narasi.narasi_antar_instansi``), its links to
    notebooks pointing at their pages. Names are document text, escaped by ``narasi``.

    Examples
    --------
    >>> d = pd.DataFrame({"dokumen": ["a", "b", "c"], "status": ["terbaca", "gagal", "ganda"]})
    >>> print(ringkasan_korpus(d, None).strip())
    <p>Korpus memuat 3 berkas: 0 terbaca, 1 tidak dapat dibaca, 1 salinan berkas lain (alasannya di tabel Dokumen).</p>
    """
    from .corpus import GAGAL, GANDA
    from .narasi import narasi_antar_instansi

    status = dokumen["status"].astype(str)
    gagal, ganda = int((status == GAGAL).sum()), int((status == GANDA).sum())
    terbaca = 0 if ringkas is None else len(ringkas)
    teks = f"Korpus memuat {len(dokumen)} berkas: {terbaca} terbaca"
    teks += f", {gagal} tidak dapat dibaca" if gagal else ""
    teks += f", {ganda} salinan berkas lain" if ganda else ""
    teks += " (alasannya di tabel Dokumen)." if gagal or ganda else "."
    if ringkas is not None and len(ringkas):
        teks += " " + narasi_antar_instansi(ringkas) + " Rinciannya di [Perbandingan antarinstansi](50-antar-instansi.ipynb)."
    return _html_narasi(teks)


def build_corpus_html(korpus, notebooks: Path = config.NOTEBOOKS, reports: Path = config.REPORTS,
                      contoh: bool = False) -> list[Path]:
    """Render the corpus notebooks, each document's set and the corpus index (``reports/korpus/``);
    ``contoh``: every page with the example banner and ``(contoh)`` in its title."""
    from .bandingan import per_dokumen
    from .numbers import format_persen

    root = reports / "korpus"
    written, pages = [], []
    cap = stempel_korpus(korpus.dokumen)
    for nb_name, judul, isi in HALAMAN_KORPUS:
        html = nb_name.replace(".ipynb", ".html")
        pages.append({"href": html, "judul": judul_contoh(judul) if contoh else judul, "isi": isi})
        for with_code in (False, True):
            written.append(render_page(notebooks / nb_name, root / ("kode" if with_code else "") / html,
                                       judul, with_code, akar="../", laporan={"stempel": cap}, contoh=contoh))
    ringkas = per_dokumen(korpus.tables["evaluasi"], korpus.tables["temuan"]).set_index("dokumen") \
        if korpus.per_dokumen else None
    docs = []
    for _, d in korpus.dokumen.iterrows():
        did = d["dokumen"]
        entry = {"dokumen": did, "status": d["status"], "pesan": d["pesan"] if pd.notna(d["pesan"]) else "",
                 "instansi": d["instansi"] if pd.notna(d["instansi"]) else "-",
                 "pemda": d["pemda"] if pd.notna(d["pemda"]) else "-", "periode": "-", "halaman": [],
                 "serapan": None, "capaian": None, "kritis": None}
        if ringkas is not None and did in korpus.per_dokumen:
            r = ringkas.loc[did]
            entry.update(periode=r["periode"], serapan=format_persen(r["serapan_rp"]),
                         capaian=format_persen(r["rata_capaian_k"]), kritis=int(r["temuan_kritis"]))
            folder = root / KORPUS_DIR / did
            urutan = urutan_program(korpus.per_dokumen[did]["evaluasi"])
            laporan_dok = {"program": urutan, "ikhtisar": True, "stempel": stempel(d)}
            for nb_name, judul, _ in PER_DOKUMEN:
                html = nb_name.replace(".ipynb", ".html")
                entry["halaman"].append({"href": f"{KORPUS_DIR}/{did}/{html}",
                                         "judul": judul_contoh(judul) if contoh else judul})
                for with_code in (False, True):
                    written.append(render_page(notebooks / KORPUS_DIR / did / nb_name,
                                               folder / ("kode" if with_code else "") / html,
                                               f"{judul}: {entry['instansi']}", with_code, beranda="../../index.html",
                                               laporan=laporan_dok, akar="../../../", contoh=contoh))
            for notebook, program in urutan:
                html = f"program-{notebook}.html"
                for with_code in (False, True):
                    written.append(render_page(notebooks / KORPUS_DIR / did / PROGRAM_DIR / f"{notebook}.ipynb",
                                               folder / ("kode" if with_code else "") / html, program,
                                               with_code, beranda="../../index.html", laporan=laporan_dok,
                                               akar="../../../", contoh=contoh))
        docs.append(entry)
    env = _jinja()
    index = root / "index.html"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(env.get_template("korpus.html.j2").render(
        dokumen=docs, tautan=pages, jumlah=len(korpus.per_dokumen), stempel=cap,
        ringkasan=ringkasan_korpus(korpus.dokumen, ringkas.reset_index() if ringkas is not None else None),
        **{k: v for k, v in _bingkai(None, contoh=contoh).items() if "contoh" in k}),
        encoding="utf-8")
    written.append(index)
    _remove_stale([p for p in root.rglob("*.html")], written)
    return written


# --- the examples: test data, built only on request (make contoh) -----------------------------

def build_contoh(progress: bool = True, notebooks: Path = config.NOTEBOOKS_CONTOH,
                 reports: Path = config.REPORTS_CONTOH, olahan: Path = config.DATA_CONTOH,
                 figures_dir: Path = config.FIGURES_CONTOH) -> list[Path]:
    """The examples built from the project's test data, each output in a folder of its own
    and never in a document's report: the SIPD pemda page of ``tests/data/sipd``
    (``70-sipd-pemda``) and the corpus ``tests/data/korpus`` (tables in ``olahan/korpus``).

    Every notebook is marked (``tandai_contoh``) and every HTML page carries the banner
    ``SPANDUK_CONTOH`` and ``(contoh)`` in its title: the pages of ``reports`` (default
    ``reports/contoh/``) are an index, the SIPD page, the glossary and ``korpus/``. The
    examples get no PDF. Returns the pages written at the top of ``reports``.
    """
    name = HALAMAN_SIPD[0]
    figures_sipd(load_sipd(config.DEFAULT_SIPD), figures_dir)
    execute(config.NOTEBOOK_TEMPLATES / name, notebooks / name, parameter_sipd(config.DEFAULT_SIPD),
            cwd=notebooks, contoh=True)
    # relative to the working folder (the project root under make): a file's message names it as given
    build_corpus(Path(os.path.relpath(config.KORPUS_CONTOH)), olahan=Path(olahan) / "korpus", notebooks=notebooks,
                 reports=reports, progress=progress, contoh=True)
    return build_contoh_html(notebooks, reports)


def build_contoh_html(notebooks: Path = config.NOTEBOOKS_CONTOH, reports: Path = config.REPORTS_CONTOH,
                      korpus=None) -> list[Path]:
    """The HTML of the examples from their executed notebooks in ``notebooks``: the SIPD page
    (without and with code), the glossary and the index at the top of ``reports``; with
    ``korpus`` (the example corpus, ``corpus.load_corpus``) its pages under ``korpus/`` too
    (``build_contoh`` has rendered them already). Nothing is executed: the tests build the
    pages ``make contoh`` does not commit (the versions with code) into a temporary folder.
    Returns the pages written at the top of ``reports``."""
    name, judul, _ = HALAMAN_SIPD
    html = name.replace(".ipynb", ".html")
    written = [render_page(notebooks / name, reports / ("kode" if c else "") / html, judul, c, contoh=True)
               for c in (False, True)]
    if korpus is not None:
        build_corpus_html(korpus, notebooks, reports, contoh=True)
    written.append(render_glosarium(reports / "glosarium.html", contoh=True))
    index = reports / "index.html"
    index.write_text(_jinja().get_template("contoh.html.j2").render(
        sipd={"href": html, "judul": judul_contoh(judul)}, **_bingkai(None, contoh=True)), encoding="utf-8")
    written.append(index)
    _remove_stale([*reports.glob("*.html"), *reports.glob("kode/*.html")], written)
    return written
