"""A report's outputs written as one set: staged beside their folders, switched in at the end.

A report (``report.build``) writes four folders: the processed tables (with a ``source``),
``figures/``, ``notebooks/`` (the executed pages) and ``reports/``. Each is written into a
staging folder beside it (``output.processed.set_bertahap``, the mechanism ``build`` writes its
tables with) and all are switched into place only when the whole report is done
(``TahapLaporan.selesai``), so a report that is stopped (Ctrl-C, SIGTERM), killed, or fails
(a notebook's error, a dead kernel) leaves every previous output as it was. What the new set
replaces in an old folder is what an in-place report replaced (``milik_gambar``,
``milik_notebook``, ``milik_laporan``); the rest (templates, the examples, a corpus report, the
user's own files) is carried over.

The report's notebooks run in their own folder and read the processed tables through the
folder a report is given (``load.tahap_olahan`` sends them to the staged tables), so the
executed notebooks and the pages name no staging folder: their bytes are those of a report
written in place.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
from pathlib import Path

from ..load import ENV_TAHAP
from ..output.processed import _HELD, _lock, _target, kunci_keluaran, set_bertahap, tukar_set
from .html import DATA_DIR
from .notebooks import PROGRAM_DIR
from .pages import HALAMAN_REALISASI, HALAMAN_SIPD


def milik_gambar(rel: str) -> bool:
    """Whether an entry of the old ``figures/`` (path relative to it) is replaced by a report's
    figures: the program and SIPD charts (the others have fixed names, always written).

    >>> [milik_gambar(p) for p in ("program-01-a.svg", "sipd-pagu-bidang-urusan.png", "contoh", "saya.png")]
    [True, True, False, False]
    """
    return "/" not in rel and rel.startswith(("program-", "sipd-")) and rel.endswith((".png", ".svg"))


def milik_notebook(rel: str) -> bool:
    """Whether an entry of the old ``notebooks/`` is replaced by a report's executed notebooks:
    the SIPD and realisation pages, the program notebooks (the overview ones are always written).

    >>> [milik_notebook(p) for p in ("70-sipd-pemda.ipynb", "program/09-x.ipynb", "templates", "contoh",
    ...                              "50-antar-instansi.ipynb")]
    [True, True, False, False, False]
    """
    return rel in (HALAMAN_SIPD[0], HALAMAN_REALISASI[0]) or (
        rel.startswith(PROGRAM_DIR + "/") and rel.count("/") == 1 and rel.endswith(".ipynb"))


def milik_laporan(rel: str, pdf: bool = False) -> bool:
    """Whether an entry of the old ``reports/`` is replaced by a report's pages: its HTML pages
    (with code too, ``kode/``), the data downloads (``data/``), with ``pdf`` the report's PDF.

    >>> [milik_laporan(p) for p in ("index.html", "kode/00-ikhtisar.html", "data/dokumen.csv", "contoh",
    ...                             "korpus", "laporan-renja-2024-x.pdf")]
    [True, True, True, False, False, False]
    >>> milik_laporan("laporan-renja-2024-x.pdf", pdf=True)
    True
    """
    bagian = rel.split("/")
    if len(bagian) == 1:
        return rel.endswith(".html") or (pdf and rel.startswith("laporan-renja-") and rel.endswith(".pdf"))
    return len(bagian) == 2 and (bagian[0] == DATA_DIR or (bagian[0] == "kode" and rel.endswith(".html")))


@contextlib.contextmanager
def _sinyal_ditunda():
    """While the staged folders are switched in (milliseconds): Ctrl-C and SIGTERM ignored, so
    that a report is either stopped before its outputs change or done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


class TahapLaporan:
    """The staging folders of one report (a context manager; see the module).

    Parameters
    ----------
    figures, notebooks, reports : Path
        The report's output folders.
    olahan : Path, optional
        The processed tables' folder, when the report writes them (``report --source``).

    Attributes
    ----------
    figures, notebooks, reports, olahan : Path
        Where the report writes each while it runs (``olahan`` None without tables to write).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> akar = pathlib.Path(tempfile.mkdtemp())
    >>> with TahapLaporan(akar / "figures", akar / "notebooks", akar / "reports") as tahap:
    ...     _ = (tahap.reports / "index.html").write_text("baru")
    ...     (akar / "reports").exists()
    ...     tahap.selesai()
    False
    >>> (akar / "reports" / "index.html").read_text()
    'baru'
    """

    def __init__(self, figures: Path, notebooks: Path, reports: Path, olahan: Path | None = None):
        self._tujuan = {"olahan": olahan, "figures": figures, "notebooks": notebooks, "reports": reports}
        self._tahap: dict[str, Path] = {}
        self._stack = contextlib.ExitStack()
        self._env: str | None = None

    def __enter__(self) -> TahapLaporan:
        try:
            # one report at a time into these folders (a second one would remove this one's staging)
            self._stack.enter_context(contextlib.closing(_lock(_target(self._tujuan["reports"]))))
            for nama, folder in self._tujuan.items():
                if folder is None:
                    continue
                if nama == "olahan" and _target(folder) not in _HELD:
                    self._stack.enter_context(kunci_keluaran(folder))
                self._tahap[nama] = self._stack.enter_context(set_bertahap(folder, tukar=False))
            if "olahan" in self._tahap:
                self._env = os.environ.get(ENV_TAHAP)
                os.environ[ENV_TAHAP] = json.dumps({str(_target(self._tujuan["olahan"]).resolve()):
                                                    str(self._tahap["olahan"])})
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __getattr__(self, nama: str) -> Path | None:
        if nama in ("figures", "notebooks", "reports", "olahan"):
            return self.__dict__.get("_tahap", {}).get(nama)
        raise AttributeError(nama)

    def selesai(self, pdf: bool = False) -> None:
        """Switch every staged folder into place (``pdf``: the report printed its PDF, which
        replaces the old one's)."""
        milik = {"olahan": None, "figures": milik_gambar, "notebooks": milik_notebook,
                 "reports": lambda rel: milik_laporan(rel, pdf)}
        with _sinyal_ditunda():
            for nama, staging in self._tahap.items():
                tukar_set(staging, self._tujuan[nama], milik[nama])

    def __exit__(self, *exc) -> None:
        if "olahan" in self._tahap:
            if self._env is None:
                os.environ.pop(ENV_TAHAP, None)
            else:
                os.environ[ENV_TAHAP] = self._env
        self._stack.close()
