"""Build the reviewer deliverables: figures, executed notebooks, the HTML report, the PDF.

One module a job, in the order a build runs them:

- ``pages``: the page manifest (pages, titles, order, the example banner, build stamp,
  PDF name), shared by the HTML pages and the PDF printer;
- ``notebooks``: figures, executing and normalising the notebooks;
- ``html``: one page per executed notebook, the index and the glossary;
- ``corpus_pages``: the report of many documents;
- ``examples``: the examples built from the project's test data (``make contoh``);
- ``pdf``: one PDF of the whole report (headless Chromium).

``build`` runs them for one document.
"""
from __future__ import annotations

from pathlib import Path

from .. import config
from ..load import load_document, load_processed, load_sipd
from .corpus_pages import build_corpus, build_corpus_html
from .examples import build_contoh, build_contoh_html
from .html import build_html, render_page
from .notebooks import NotebookGagal, NotebookJob, build_notebooks, execute, execute_all, figures, figures_sipd
from .pages import HALAMAN, HALAMAN_SIPD, halaman

__all__ = ["HALAMAN", "HALAMAN_SIPD", "NotebookGagal", "NotebookJob", "build", "build_contoh", "build_contoh_html",
           "build_corpus", "build_corpus_html", "build_html", "build_notebooks", "execute", "execute_all", "figures",
           "figures_sipd", "halaman", "render_page"]


def build(source=None, progress: bool = True, olahan=None, sipd=None, pdf: bool = False,
          paksa: bool = False, realisasi=None, jobs: int | None = None, figures_dir: Path = config.FIGURES,
          notebooks: Path = config.NOTEBOOKS, reports: Path = config.REPORTS) -> Path | None:
    """Figures, executed notebooks and the HTML report; with ``pdf``, the report's PDF
    too (``pdf.buat_pdf``; its path is returned; ``pdf.ChromiumTidakAda`` is raised
    after the HTML is written when no Chromium can print it).

    Without ``source``: from the processed tables in ``olahan`` (default
    ``data/processed/``, written by ``make data``), nothing parsed again. With a
    ``source`` document: its tables are written to ``olahan`` too. With ``sipd`` (a
    pemda's SIPD-RI exports) the SIPD page too: it reconciles the report's document with
    them only when their pemda, year and office agree, or with ``paksa``
    (``load.dokumen_sipd``). With ``realisasi`` (SIPD-RI realisation exports, a folder that may
    hold the plan exports too) the realisation page ``80-realisasi-sipd``, its pagu from the plan
    exports of that folder, else from ``sipd``. ``jobs`` notebooks are executed at once
    (default: the cores; ``notebooks.execute_all``), the PDF printed once at the end.

    The outputs (``olahan`` with a ``source``, ``figures_dir``, ``notebooks``, ``reports``) are
    one set (``tahap.TahapLaporan``): written beside their folders and switched in only at the
    end, so a report stopped (Ctrl-C, SIGTERM) or failing (``NotebookGagal``) leaves the previous
    outputs as they were; a failed notebook's output, with its error, is kept in a temporary
    folder the message names.
    """
    from ..output.processed import tabel_dokumen, tulis_set
    from .tahap import TahapLaporan

    folder = Path(olahan) if olahan is not None else config.DATA_PROCESSED
    with TahapLaporan(figures_dir, notebooks, reports, olahan=folder if source is not None else None) as tahap:
        assert tahap.figures is not None and tahap.notebooks is not None and tahap.reports is not None
        if source is not None:
            assert tahap.olahan is not None
            tables, workbook = tabel_dokumen(load_document(source))
            tulis_set(tables, tahap.olahan, workbook)
        baca = tahap.olahan if tahap.olahan is not None else folder
        doc = load_processed(baca)
        figures(doc, tahap.figures)
        figures_sipd(load_sipd(sipd) if sipd is not None else None, tahap.figures)
        custom = folder.resolve() != config.DATA_PROCESSED.resolve()
        try:
            build_notebooks(doc, notebooks, progress=progress, olahan=folder if custom else None, sipd=sipd,
                            paksa=paksa, realisasi=realisasi, jobs=jobs, keluaran=tahap.notebooks)
        except NotebookGagal as exc:
            raise _simpan_gagal(exc) from None
        build_html(doc, notebooks=tahap.notebooks, reports=tahap.reports, sipd=sipd if sipd is not None else False,
                   olahan=baca, realisasi=realisasi if realisasi is not None else False, jobs=jobs)
        if not pdf:
            tahap.selesai()
            return None
        from .pdf import ChromiumTidakAda, buat_pdf

        try:
            printed = buat_pdf(doc, reports=tahap.reports)
        except ChromiumTidakAda:
            tahap.selesai()                 # the HTML report is done; only the PDF is missing
            raise
        tahap.selesai(pdf=True)
        return Path(reports) / printed.relative_to(tahap.reports)


def _simpan_gagal(exc: NotebookGagal) -> NotebookGagal:
    """The failure of a report's notebook, its output (with the error, written in the staging
    folder that is about to be removed) kept in a temporary folder the message names, and the
    message saying the previous outputs are kept."""
    import shutil
    import tempfile

    pesan = exc.pesan
    if exc.keluaran is not None and Path(exc.keluaran).is_file():
        simpan = Path(tempfile.mkdtemp(prefix="renja-notebook-gagal-")) / Path(exc.keluaran).name
        shutil.copyfile(exc.keluaran, simpan)
        pesan += f"; keluarannya dengan galat: {simpan}"
    return NotebookGagal(pesan + "; keluaran lama tidak diubah")
