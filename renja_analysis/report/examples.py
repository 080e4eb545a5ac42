"""The examples: the project's test data (SIPD exports, a corpus), built only on request
(``make contoh``) into folders of their own, never into a document's report.
"""

import os
from pathlib import Path

from .. import config
from ..load import load_sipd
from .corpus_pages import build_corpus, build_corpus_html
from .html import bingkai, jinja_env, render_glosarium, render_page
from .notebooks import NotebookJob, figures_sipd, parameter_sipd, remove_stale
from .pages import HALAMAN_REALISASI, HALAMAN_SIPD, judul_contoh


def build_contoh(progress: bool = True, notebooks: Path = config.NOTEBOOKS_CONTOH,
                 reports: Path = config.REPORTS_CONTOH, olahan: Path = config.DATA_CONTOH,
                 figures_dir: Path = config.FIGURES_CONTOH, jobs: int | None = None) -> list[Path]:
    """The examples built from the project's test data, each output in a folder of its own
    and never in a document's report: the SIPD pemda page of ``tests/data/sipd``
    (``70-sipd-pemda``) and the corpus ``tests/data/korpus`` (tables in ``olahan/korpus``).

    Every notebook is marked (``tandai_contoh``) and every HTML page carries the banner
    ``SPANDUK_CONTOH`` and ``(contoh)`` in its title: the pages of ``reports`` (default
    ``reports/contoh/``) are an index, the SIPD page, the glossary and ``korpus/``. The
    SIPD page reconciles the bundled document (``config.DEFAULT_SOURCE``, the document the
    SIPD fixture was made from; the guard of ``load.dokumen_sipd`` still applies). The
    examples get no PDF. The realisation page (``80-realisasi-sipd``) reads
    ``tests/data/sipd-realisasi`` against the plan it was made to match (``tests/data/sipd-nyata``).
    Every notebook is executed in one pool, ``jobs`` at once (default: the cores).
    Returns the pages written at the top of ``reports``.
    """
    name = HALAMAN_SIPD[0]
    figures_sipd(load_sipd(config.DEFAULT_SIPD), figures_dir)
    # the SIPD fixture is made from the bundled document: that document is the one the example reconciles
    sumber = {"sumber": config.DEFAULT_SOURCE.relative_to(config.ROOT).as_posix()}
    lain = [NotebookJob(config.NOTEBOOK_TEMPLATES / name, notebooks / name,
                        dict(parameter_sipd(config.DEFAULT_SIPD), **sumber), notebooks, contoh=True)]
    # the realisation page: its template's defaults are the realisation fixture and the plan it matches
    realisasi = HALAMAN_REALISASI[0]
    lain.append(NotebookJob(config.NOTEBOOK_TEMPLATES / realisasi, notebooks / realisasi, {}, notebooks, contoh=True))
    # relative to the working folder (the project root under make): a file's message names it as given
    build_corpus(Path(os.path.relpath(config.KORPUS_CONTOH)), olahan=Path(olahan) / "korpus", notebooks=notebooks,
                 reports=reports, progress=progress, contoh=True, jobs=jobs, lain=lain)
    return build_contoh_html(notebooks, reports)


def build_contoh_html(notebooks: Path = config.NOTEBOOKS_CONTOH, reports: Path = config.REPORTS_CONTOH,
                      korpus=None) -> list[Path]:
    """The HTML of the examples from their executed notebooks in ``notebooks``: the SIPD page
    and the realisation page (without and with code), the glossary and the index at the top of ``reports``; with
    ``korpus`` (the example corpus, ``corpus.load_corpus``) its pages under ``korpus/`` too
    (``build_contoh`` has rendered them already). Nothing is executed: the tests build the
    pages ``make contoh`` does not commit (the versions with code) into a temporary folder.
    Returns the pages written at the top of ``reports``."""
    name, judul, _ = HALAMAN_SIPD
    html = name.replace(".ipynb", ".html")
    written = [render_page(notebooks / name, reports / ("kode" if c else "") / html, judul, c, contoh=True)
               for c in (False, True)]
    name_r, judul_r, _ = HALAMAN_REALISASI
    html_r = name_r.replace(".ipynb", ".html")
    written += [render_page(notebooks / name_r, reports / ("kode" if c else "") / html_r, judul_r, c, contoh=True)
                for c in (False, True)]
    if korpus is not None:
        build_corpus_html(korpus, notebooks, reports, contoh=True)
    written.append(render_glosarium(reports / "glosarium.html", contoh=True))
    index = reports / "index.html"
    index.write_text(jinja_env().get_template("contoh.html.j2").render(
        sipd={"href": html, "judul": judul_contoh(judul)},
        realisasi={"href": html_r, "judul": judul_contoh(judul_r)}, **bingkai(None, contoh=True)), encoding="utf-8")
    written.append(index)
    remove_stale([*reports.glob("*.html"), *reports.glob("kode/*.html")], written)
    return written
