"""``load_document``: a source file in, one tidy DataFrame per document table out."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import findings, metrics, reallocation
from .config import DEFAULT_SOURCE, TRIWULAN
from .sources import SourceText, read_source
from .sources.base import pembacaan as _pembacaan
from .tables import evaluasi, rencana, review_rkpd, tujuan_sasaran

#: The processed tables, in the order they are written.
TABLES = ("evaluasi", "tujuan_sasaran", "review_rkpd", "rencana", "pergeseran", "temuan", "pembacaan")


_KECIL = {"dan", "di", "ke", "dari", "yang", "serta", "atau", "untuk", "tahun"}


def _title(text: str) -> str:
    """Title case the Indonesian way: conjunctions stay lower case.

    >>> _title("DINAS KOPERASI USAHA KECIL DAN MENENGAH")
    'Dinas Koperasi Usaha Kecil dan Menengah'
    """
    words = text.split()
    return " ".join(w.capitalize() if i == 0 or w.lower() not in _KECIL else w.lower()
                    for i, w in enumerate(words))


@dataclass
class RenjaDocument:
    """The tables of one Renja document.

    Attributes
    ----------
    evaluasi, tujuan_sasaran, review_rkpd, rencana : DataFrame
        The four document tables (see the README's data dictionary).
        ``evaluasi`` carries the metrics of ``metrics.tambah_metrik`` and
        ``status`` (``metrics.status_pelaksanaan``).
    pergeseran : DataFrame
        APBD -> P-APBD reallocation (``reallocation.pergeseran``).
    temuan : DataFrame
        Findings (``findings.semua_temuan``).
    tabel21 : DataFrame
        Tabel 2.1 as read, with ``level`` and ``urutan_evaluasi`` (its matched
        evaluasi row): the findings compare it with Tabel 2.2.
    total_review : DataFrame
        Totals that section 3.2 states (urusan total per page, footer total).
    header_review : list of str
        Section 3.2's column headers (the stated pagu unit lives there).
    pembacaan : DataFrame
        How every line of every table region was read (``sources.base.pembacaan``).
    temuan_baca : list of dict
        Findings made while reading (lines set aside, duplicates ...), part of ``temuan``.
    sheet : str or None
        The workbook sheet read (workbook sources).
    source : Path
    identitas : dict
        Title, issuing government and office, date, as read from the title page
        (``document.identitas``; empty for a workbook source).
    """

    evaluasi: pd.DataFrame
    tujuan_sasaran: pd.DataFrame
    review_rkpd: pd.DataFrame
    rencana: pd.DataFrame
    tabel21: pd.DataFrame
    total_review: pd.DataFrame
    header_review: list = field(default_factory=list)
    source: Path | None = None
    identitas: dict = field(default_factory=dict)
    pergeseran: pd.DataFrame | None = None
    temuan: pd.DataFrame | None = None
    triwulan: int = TRIWULAN
    pembacaan: pd.DataFrame | None = None
    temuan_baca: list = field(default_factory=list)
    sheet: str | None = None

    @property
    def nama_instansi(self) -> str:
        """The office and government in one line (``DINAS ... - PEMERINTAH ...``), or the file name."""
        parts = [_title(self.identitas[k]) for k in ("instansi", "pemerintah") if self.identitas.get(k)]
        return " \u2013 ".join(parts) if parts else (self.source.name if self.source else "")

    def tables(self) -> dict[str, pd.DataFrame]:
        """The processed tables by output name."""
        return {name: getattr(self, name) for name in TABLES}


def load_document(path=None, triwulan: int = TRIWULAN, sheet: str | None = None) -> RenjaDocument:
    """Parse a Renja document (default: the bundled Magetan 2024 P-Renja).

    Parameters
    ----------
    path : str or Path, optional
        A text file extracted from the PDF (tab-separated tables).
    triwulan : int
        The quarter the evaluation reports on (default ``config.TRIWULAN``, 2).
    sheet : str, optional
        For a workbook source: the sheet to read (needed when several look like Tabel 2.2).

    Returns
    -------
    RenjaDocument

    Raises
    ------
    RenjaParseError
        Naming file, line and cell, for anything that is not a readable Renja.

    Examples
    --------
    >>> doc = load_document()
    >>> doc.evaluasi["level"].value_counts().sort_index().to_dict()
    {'program': 8, 'kegiatan': 13, 'sub_kegiatan': 36}
    >>> row = doc.evaluasi.iloc[0]
    >>> row["nama"], float(row["pagu_rp"]), float(row["realisasi_rp"])
    ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA', 2992759325.0, 1683391529.0)
    """
    with _tanpa_gc():
        return _load(path, triwulan, sheet)


@contextmanager
def _tanpa_gc():
    """Cyclic garbage collection paused while a document is read: reading allocates many
    small objects and no cycles, and the collector's passes over them cost a fifth of the
    time of a large document. Restored (and run by Python as usual) afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(path, triwulan: int, sheet: str | None) -> RenjaDocument:
    src: SourceText = read_source(DEFAULT_SOURCE if path is None else path, sheet=sheet)
    ren = rencana.parse(src)
    ev, t21 = evaluasi.parse(src, ren)
    known = dict(zip(ev["nama"].tolist(), ev["level"].astype(str).tolist()))
    review, totals = review_rkpd.parse(src, known)
    block = src.tables.get("tabel_3_2")
    header = [c for row in (block.header if block else []) for c in row if c]
    doc = RenjaDocument(
        evaluasi=ev, tujuan_sasaran=tujuan_sasaran.parse(src), review_rkpd=review,
        rencana=ren, tabel21=t21, total_review=totals, header_review=header, source=src.path,
        identitas=src.identitas, triwulan=triwulan, pembacaan=_pembacaan(src),
        temuan_baca=src.temuan, sheet=src.sheet)
    return analyse(doc)


def analyse(doc: RenjaDocument) -> RenjaDocument:
    """Add metrics and status to ``evaluasi``; compute ``pergeseran`` and ``temuan``."""
    ev = doc.evaluasi.pipe(metrics.tambah_metrik, triwulan=doc.triwulan)
    ev["status"] = metrics.status_pelaksanaan(ev)
    doc.evaluasi = ev
    doc.pergeseran = reallocation.pergeseran(ev, doc.review_rkpd)
    doc.temuan = findings.semua_temuan(doc, doc.pergeseran)
    return doc
