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
          paksa: bool = False, realisasi=None, jobs: int | None = None) -> Path | None:
    """Figures, executed notebooks and the HTML report; with ``pdf``, the report's PDF
    too (``pdf.buat_pdf``; its path is returned; ``pdf.ChromiumTidakAda`` is raised
    after the HTML is written when no Chromium can print it).

    Without ``source``: from the processed tables in ``olahan`` (default
    ``data/processed/``, written by ``make data``), nothing parsed again. With a
    ``source`` document: its tables are written to ``olahan`` first. With ``sipd`` (a
    pemda's SIPD-RI exports) the SIPD page too: it reconciles the report's document with
    them only when their pemda, year and office agree, or with ``paksa``
    (``load.dokumen_sipd``). With ``realisasi`` (SIPD-RI realisation exports, a folder that may
    hold the plan exports too) the realisation page ``80-realisasi-sipd``, its pagu from the plan
    exports of that folder, else from ``sipd``. ``jobs`` notebooks are executed at once
    (default: the cores; ``notebooks.execute_all``), the PDF printed once at the end.
    """
    from ..output.processed import write_document

    folder = Path(olahan) if olahan is not None else config.DATA_PROCESSED
    if source is not None:
        write_document(load_document(source), folder)
    doc = load_processed(folder)
    figures(doc)
    figures_sipd(load_sipd(sipd) if sipd is not None else None)
    custom = folder.resolve() != config.DATA_PROCESSED.resolve()
    build_notebooks(doc, progress=progress, olahan=folder if custom else None, sipd=sipd, paksa=paksa,
                    realisasi=realisasi, jobs=jobs)
    build_html(doc, sipd=sipd if sipd is not None else False, olahan=folder,
               realisasi=realisasi if realisasi is not None else False, jobs=jobs)
    if pdf:
        from .pdf import buat_pdf

        return buat_pdf(doc)
    return None


