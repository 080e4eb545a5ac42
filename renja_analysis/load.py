"""``load_document``: a source file in, one tidy DataFrame per document table out;
``load_sipd``: SIPD-RI exports (one file or a pemda's folder) in, their tables and checks out;
``load_sipd_realisasi``: SIPD-RI realisation exports (a year of monthly exports) in, counted."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import caches, metrics
from .config import DEFAULT_SOURCE, TRIWULAN
from .errors import RenjaParseError
from .keys import baris_dokumen, frame_dokumen, judul_kata, kunci_nama_berkas, renja_murni, tahun_triwulan

# Readers, tables and findings are imported where they are used: a notebook that only reads the
# processed tables (``load_processed``) imports none of them (issue 21: notebooks at the kernel floor).
if TYPE_CHECKING:
    from .findings.reconciliation import Kesesuaian
    from .sources import SourceText

#: The processed tables, in the order they are written.
TABLES = ("evaluasi", "tujuan_sasaran", "review_rkpd", "rencana", "pergeseran", "temuan", "pembacaan",
          "tabel21", "dokumen")
#: Columns of the processed tables renamed since they were first written, by table: old name ->
#: new name (docs/kamus-data.md says so); a table holding an old name was written by an older
#: version (``load_processed`` refuses it: build again).
KOLOM_LAMA = {"rencana": {"pagu_2025_rp": "pagu_maju_rp"}}


#: The tables of SIPD-RI data themselves, the first of ``SIPD_TABLES``.
_SIPD_OWN = ("sipd_rencana", "sipd_indikator", "sipd_temuan", "sipd_pemda")


def __getattr__(name: str):
    """``SIPD_TABLES``: the tables written for SIPD-RI data, in order: the tables of the data,
    then the answers to a Bappeda analyst's questions (``present.pemda_analysis.TABEL``);
    computed when first asked for, so that importing this module does not import the SIPD code.

    >>> from renja_analysis import load
    >>> load.SIPD_TABLES[:2], len(load.SIPD_TABLES) > 4
    (('sipd_rencana', 'sipd_indikator'), True)
    """
    if name == "SIPD_TABLES":
        from .present import pemda_analysis

        return _SIPD_OWN + tuple(pemda_analysis.TABEL)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class SipdData:
    """SIPD-RI data of one perangkat daerah or a whole pemda, read and checked.

    Attributes
    ----------
    source : Path
        The file or folder read.
    rekaman : DataFrame
        One row per record, typed (``sources.sipd.KOLOM``), with the SKPD of its sub-unit
        (``kode_skpd_induk``, ``nama_skpd_induk``, ``dasar_skpd``: ``tables.sipd.skpd_induk``).
    berkas : DataFrame
        The files read (``berkas``, ``format``, ``lembar``, ``jumlah_rekaman``) and, per
        file, which fields were read as the sub kegiatan's and the kegiatan's indicator
        and why (``tables.sipd.pemetaan_indikator``: ``indikator_sub_kegiatan``,
        ``indikator_kegiatan``, ``dasar``, and the evidence counted).
    dilewati : list of (str, str)
        Files of the folder that are not SIPD exports, with the reason.
    ganda : DataFrame
        Records not counted because an earlier file of the folder holds the same record
        (``sources.sipd.SipdSource.ganda``).
    rencana, indikator : DataFrame
        ``sipd_rencana`` and ``sipd_indikator`` (``tables.sipd``).
    temuan : DataFrame
        ``sipd_temuan``: the checks of ``findings.sipd`` (temuan schema); computed when first
        asked for (``bahan``), then kept.
    pemda : DataFrame
        ``sipd_pemda``: pagu and counts by urusan, bidang, perangkat daerah (SKPD), sub-unit
        (``pemda.ringkasan_pemda``); computed when first asked for, then kept.
    daftar_skpd : DataFrame or None
        SIPD's SKPD list when the folder holds one (``sources.sipd.KOLOM_DAFTAR_SKPD``).
    bahan : dict
        What ``temuan`` is computed from besides the tables above (``findings.sipd.semua_temuan``'s
        keyword arguments: the indicator mapping and packs, the reading account, the
        materiality floor); emptied once ``temuan`` is computed. A use that asks for neither
        ``temuan`` nor ``pemda`` (the document's reconciliation with SIPD, a realisation set
        against its plan) does not pay for them; the answers are those computed at reading
        (no step changes the tables it is given).
    """

    source: Path
    rekaman: pd.DataFrame
    berkas: pd.DataFrame
    dilewati: list
    rencana: pd.DataFrame
    indikator: pd.DataFrame
    ganda: pd.DataFrame | None = None
    daftar_skpd: pd.DataFrame | None = None
    bahan: dict = field(default_factory=dict, repr=False, compare=False)

    @functools.cached_property
    def temuan(self) -> pd.DataFrame:
        """``sipd_temuan`` (``findings.sipd.semua_temuan``), computed once."""
        from .findings import sipd as sipd_findings

        temuan = sipd_findings.semua_temuan(self.rekaman, self.rencana, self.indikator, **self.bahan)
        self.bahan = {}             # released only once the findings exist: a failed first call can be retried
        return temuan

    @functools.cached_property
    def pemda(self) -> pd.DataFrame:
        """``sipd_pemda`` (``present.pemda.ringkasan_pemda``), computed once."""
        from .present import pemda

        return pemda.ringkasan_pemda(self.rencana, self.temuan, self.rekaman, daftar_skpd=self.daftar_skpd)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The SIPD tables by output name (``SIPD_TABLES``); the analyst's tables computed
        here (``present.pemda_analysis.tabel_analisis``)."""
        from .present import pemda_analysis

        own = dict(zip(_SIPD_OWN, (self.rencana, self.indikator, self.temuan, self.pemda)))
        return own | pemda_analysis.tabel_analisis(self.rekaman, self.rencana, self.indikator)


def load_sipd(path, sheet: str | None = None, *, max_berkas: int | None = None,
              max_bytes_folder: int | None = None, materialitas_persen: float | None = None,
              materialitas_rp: float | None = None) -> SipdData:
    """Read SIPD-RI exports (a JSON, CSV or ``.xlsx`` file, or a folder of them), build
    the tidy tables, check them and summarise the pemda.

    Parameters
    ----------
    path : str or Path
        One export, or a folder holding one export per perangkat daerah.
    sheet : str, optional
        For a workbook with several sheets carrying SIPD headers: the sheet to read.
    max_berkas, max_bytes_folder : int, optional
        For a folder: the most entries and bytes read (``config.MAKS_BERKAS``,
        ``MAX_BYTES_FOLDER``: far above a pemda's some 50-300 exports).
    materialitas_persen, materialitas_rp : float, optional
        The materiality floor of pagu n+1 changes: a change smaller than this share (%)
        of the perangkat daerah's pagu and than this many rupiah is ``info``
        (``findings.sipd.pagu_n_depan_berubah``; defaults ``config.MATERIALITAS_PERSEN``,
        1 %, and ``config.MATERIALITAS_RP``, Rp 100 juta; docs/sipd.md says why).

    Raises
    ------
    RenjaParseError
        Naming file, record (or row) and field, for anything that is not a readable export.

    Examples
    --------
    >>> from renja_analysis.config import ROOT
    >>> s = load_sipd(ROOT / "tests" / "data" / "sipd")
    >>> len(s.rekaman), s.rencana["level"].value_counts().sort_index().to_dict()
    (50, {'program': 13, 'kegiatan': 22, 'sub_kegiatan': 50})
    >>> s.dilewati
    [('README.md', 'bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)')]
    """
    from .sources import read_sipd
    from .tables import sipd as sipd_tables

    src = _bukan_keluaran(read_sipd, path, sheet=sheet, max_berkas=max_berkas, max_bytes_folder=max_bytes_folder)
    rekaman = sipd_tables.dengan_skpd_induk(src.rekaman, src.daftar_skpd)
    pemetaan = sipd_tables.pemetaan_indikator(rekaman)
    packs = sipd_tables.indicator_packs(rekaman, pemetaan)
    ren, ind = sipd_tables.build(rekaman, pemetaan, packs)
    berkas = src.berkas.merge(pemetaan.drop(columns="baris_bertentangan"), on="berkas", how="left")
    # temuan and pemda are computed when first asked for (SipdData.temuan), from these
    bahan = dict(pemetaan=pemetaan, berkas=src.berkas, ganda=src.ganda, packs=packs, daftar_skpd=src.daftar_skpd,
                 materialitas_persen=materialitas_persen, materialitas_rp=materialitas_rp)
    return SipdData(source=src.path, rekaman=rekaman, berkas=berkas, dilewati=src.dilewati, rencana=ren,
                    indikator=ind, ganda=src.ganda, daftar_skpd=src.daftar_skpd, bahan=bahan)


#: The tables written for SIPD-RI realisation exports, in order.
SIPD_REALISASI_TABLES = ("sipd_realisasi", "sipd_realisasi_periode", "sipd_realisasi_berkas",
                         "sipd_realisasi_temuan")
#: The table of realisation against the plan (``tables.realisation.serapan_rencana``), written
#: beside them when a plan is given.
SIPD_SERAPAN = "sipd_serapan"


@dataclass
class SipdRealisasi:
    """SIPD-RI realisation (penatausahaan) exports of a year, read and counted.

    Attributes
    ----------
    source : Path
        The export or folder read.
    baris : DataFrame
        ``sipd_realisasi``: every payment-document line read, with what it counts for
        (``tables.realisation.hitung_realisasi``: ``status_realisasi``, ``realisasi_rp`` ...).
    periode : DataFrame
        ``sipd_realisasi_periode``: realisation per office, program, kegiatan and sub kegiatan,
        per month and quarter, cumulative, and in process (``tables.realisation.per_periode``).
    berkas : DataFrame
        ``sipd_realisasi_berkas``: the reading account (``sources.sipd_realisation.KOLOM_BERKAS``),
        ``jumlah_dihitung`` = the file's lines not counted from another export.
    temuan : DataFrame
        ``sipd_realisasi_temuan``: the checks of ``findings.realisation`` (temuan schema);
        computed when first asked for (a document set against the realisation,
        ``findings.document_realisation``, reads only ``baris``), then kept.
    dilewati : list of (str, str)
        Files of the folder that are not realisation exports, with the reason (in a mixed
        folder, not the plan exports read as ``rencana``).
    rencana : SipdData or None
        The plan (SIPD Renja exports of the same year) the realisation is set against: the plan
        exports of a mixed folder, or the one given to ``load_sipd_realisasi``.
    serapan : DataFrame or None
        ``sipd_serapan``: realisation against ``rencana`` per office, program, kegiatan and sub
        kegiatan and quarter (``tables.realisation.serapan_rencana``); None without a plan.
    kesesuaian : Kesesuaian or None
        The plan's pemda and year against the realisation's (``findings.realisation.periksa_rencana``);
        None without a plan.
    paksa : bool
        Whether the plan was set beside the realisation although it is of another pemda or
        year (``load_sipd_realisasi(..., paksa=True)``): ``temuan`` says so.
    """

    source: Path
    baris: pd.DataFrame
    periode: pd.DataFrame
    berkas: pd.DataFrame
    dilewati: list = field(default_factory=list)
    rencana: SipdData | None = None
    serapan: pd.DataFrame | None = None
    kesesuaian: Kesesuaian | None = None
    paksa: bool = False

    @functools.cached_property
    def temuan(self) -> pd.DataFrame:
        """``sipd_realisasi_temuan`` (``findings.realisation.semua_temuan``), computed once."""
        from .findings import realisation as realisation_findings

        return realisation_findings.semua_temuan(
            self.baris, serapan=self.serapan, kesesuaian=self.kesesuaian, paksa=self.paksa,
            rencana=self.rencana.rencana if self.rencana is not None else None, berkas=self.berkas)

    @property
    def ganda(self) -> pd.DataFrame:
        """The lines not counted because another export holds the same line (``berkas_asal``)."""
        return self.baris[self.baris["status_realisasi"] == "ganda"]

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by output name (``SIPD_REALISASI_TABLES``, and ``SIPD_SERAPAN`` with a plan;
        the plan's own tables are ``rencana.tables()``)."""
        own = dict(zip(SIPD_REALISASI_TABLES, (self.baris, self.periode, self.berkas, self.temuan)))
        return own | ({SIPD_SERAPAN: self.serapan} if self.serapan is not None else {})


def load_sipd_realisasi(path, sheet: str | None = None, *, max_berkas: int | None = None,
                        max_bytes_folder: int | None = None, rencana: SipdData | None = None,
                        paksa: bool = False) -> SipdRealisasi:
    """Read SIPD-RI realisation exports (one, or a folder of monthly exports: one year) and
    count them (``tables.realisation``); with a plan, set them against it.

    A folder holding plan (Renja) exports beside the realisation exports (told apart by
    content: ``nilai_realisasi``) is read as both: its plan exports by ``load_sipd`` (the plan),
    its realisation exports here; each file is listed once, by the reader that read it.

    Parameters
    ----------
    path : str or Path
        A realisation export (JSON, CSV, ``.xlsx``) or a folder of them.
    sheet : str, optional
        For a workbook with several sheets carrying SIPD headers: the sheet to read.
    max_berkas, max_bytes_folder : int, optional
        For a folder: the most entries and bytes read.
    rencana : SipdData, optional
        The plan of the same pemda and year (``load_sipd``); by default the plan exports of the
        folder, if it holds any. With a plan: ``serapan`` and the findings against the plan
        (``findings.realisation.terhadap_rencana``), after the guard: the plan's pemda and year
        against the realisation's (``findings.realisation.periksa_rencana``).
    paksa : bool
        With a plan of another pemda or year: set them side by side all the same; one
        ``sipd_realisasi_kesesuaian`` finding (info) says what differs.

    Raises
    ------
    RenjaParseError
        Naming file, record and field; exports of two budget years in one folder; a plan of
        another pemda or budget year (``findings.reconciliation.SipdTidakSepadan``), unless ``paksa``.

    Examples
    --------
    >>> from renja_analysis.config import ROOT
    >>> r = load_sipd_realisasi(ROOT / "tests" / "data" / "sipd-realisasi")
    >>> r.baris["status_realisasi"].value_counts()[["terealisasi", "dalam_proses", "ganda"]].tolist()
    [14, 2, 3]
    """
    from .findings import realisation as realisation_findings
    from .sources import sipd as sipd_read, sipd_realisation
    from .tables import realisation

    src = sipd_realisation.read(path, sheet=sheet, max_berkas=max_berkas, max_bytes_folder=max_bytes_folder)
    dilewati = src.dilewati
    plan_here = [n for n, why in dilewati if why == sipd_realisation.RENCANA_DILEWATI]
    if rencana is None and plan_here:
        rencana = load_sipd(path, max_berkas=max_berkas, max_bytes_folder=max_bytes_folder)
        read_as_plan = set(rencana.berkas["berkas"])
        dilewati = [(n, why) for n, why in dilewati if n not in read_as_plan]
        rencana.dilewati = [(n, why) for n, why in rencana.dilewati if why != sipd_read.REALISASI_DILEWATI]
    baris = realisation.dengan_skpd(realisation.hitung_realisasi(src.rekaman),
                                    rencana.rencana if rencana is not None else None,
                                    rencana.daftar_skpd if rencana is not None else None)
    counted = baris.loc[baris["status_realisasi"] != "ganda", "berkas"].value_counts()
    berkas = src.berkas.copy()
    read = berkas["status"] == "dibaca"
    berkas.loc[read, "jumlah_dihitung"] = berkas.loc[read, "berkas"].map(counted).fillna(0).astype("Int64")
    ganda = baris[baris["status_realisasi"] == "ganda"]
    said = ganda.groupby("berkas", sort=False)["berkas_asal"].agg(
        lambda s: f"{len(s)} baris juga ada di " + ", ".join(dict.fromkeys(s)) + ": dihitung sekali dari sana")
    berkas["keterangan"] = berkas["keterangan"].fillna(berkas["berkas"].map(said).astype("string")).astype("string")
    kes = realisation_findings.periksa_rencana(rencana, baris) if rencana is not None else None
    if kes is not None and not kes.sepadan and not paksa:
        raise realisation_findings.tolak_rencana(src.path, kes)
    periode = realisation.per_periode(baris)
    serapan = realisation.serapan_rencana(periode, rencana.rencana, paksa=paksa) if rencana is not None else None
    return SipdRealisasi(source=src.path, baris=baris, periode=periode, berkas=berkas, dilewati=dilewati,
                         rencana=rencana, serapan=serapan, kesesuaian=kes, paksa=paksa)


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
        Findings (``findings.document.semua_temuan``).
    tabel21 : DataFrame
        Tabel 2.1 as read, with ``level`` and ``urutan_evaluasi`` (its matched
        evaluasi row): the findings compare it with Tabel 2.2.
    total_review : DataFrame
        Totals that section 3.2 states (urusan total per page, footer total): ``sisi``,
        ``label``, ``nilai_rp``, ``baris_sumber``, ``no`` (the No. the line prints, NA when none).
    header_review : list of str
        Section 3.2's column headers (the stated pagu unit lives there).
    pembacaan : DataFrame
        How every line of every table region was read (``sources.base.pembacaan``).
    temuan_baca : list of dict
        Findings made while reading (lines set aside, duplicates ...), part of ``temuan``.
    sipd : SipdData or None
        The SIPD-RI data the document was reconciled with (``load_document(..., sipd=)``).
    rekonsiliasi : DataFrame or None
        The document's rows matched with SIPD's (``findings.reconciliation.KOLOM``); its findings
        ``dokumen_vs_sipd`` are part of ``temuan``.
    kesesuaian : Kesesuaian or None
        The guard before the reconciliation: the document's pemda, year and office against
        the SIPD data's (``findings.reconciliation.periksa_kesesuaian``).
    sheet : str or None
        The workbook sheet read (workbook sources).
    sha256 : str
        SHA-256 of the source file.
    dokumen : DataFrame
        One row: the document's id, file, hash, keys and counts (``keys.KOLOM_DOKUMEN``).
    source : Path
    identitas : dict
        Title, issuing government and office, date, as read from the title page
        (``sources.text.identitas``; empty for a workbook source).
    periode : dict
        Year, kind (Renja / Renja Perubahan) and quarter the text states
        (``sources.text.periode``; empty for a workbook source).
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
    periode: dict = field(default_factory=dict)
    pergeseran: pd.DataFrame | None = None
    temuan: pd.DataFrame | None = None
    triwulan: int = TRIWULAN
    pembacaan: pd.DataFrame | None = None
    temuan_baca: list = field(default_factory=list)
    sheet: str | None = None
    sha256: str | None = None
    dokumen: pd.DataFrame | None = None
    sipd: SipdData | None = None
    rekonsiliasi: pd.DataFrame | None = None
    kesesuaian: Kesesuaian | None = None
    #: where every data row stands in the printed document (``sources.base.lokasi``); used to
    #: fill ``temuan.rujukan``, not written as a table of its own
    lokasi: pd.DataFrame | None = None
    #: a Renja murni (``keys.renja_murni``: the title says so and section 3 has no P-APBD
    #: column): no APBD -> P-APBD change is analysed (``analyse``); not written
    murni: bool = False
    #: rupiah a unit of Tabel 3.2's money as read (``analyse``): 1000 where its header says
    #: thousands (``Rp.000``) and the values agree (``findings.document.skala_32``), else 1;
    #: ``review_rkpd.pagu_rp`` and ``total_review.nilai_rp`` are then already in rupiah. Not written
    skala_review: float = 1.0
    #: the median ratio of 3.2's pagu to Tabel 2.2's as written that decided it (NaN: unknown)
    rasio_skala_review: float = float("nan")
    #: the header cells of Tabel 3.3 (their unit: ``PAGU INDIKATIF (Rp)`` or ``(Rp.000)``); not written
    header_rencana: list = field(default_factory=list)
    #: rupiah a unit of Tabel 3.3's money as read (``analyse``, ``findings.document.skala_33``): 1000
    #: where its header says thousands and its APBD pagu is about 1/1000 of Tabel 2.2's (``rencana``'s
    #: money then already in rupiah), NaN where its header says thousands and that cannot be told
    #: (read as written, its pagu compared with no other table), else 1. Not written
    skala_rencana: float = 1.0
    #: the median ratio of 3.3's pagu to Tabel 2.2's as written that decided it (NaN: unknown)
    rasio_skala_rencana: float = float("nan")
    #: a Renja murni's median ratio of Tabel 3.2's pagu to its Tabel 3.3's, both as read, where 3.3's scale
    #: is known (``analyse``, ``findings.document.rasio_32_33``): a 3.2 read as written about 1/1000 of it is of
    #: unknown scale (``findings.document.skala_pasti``); NaN otherwise. Not written
    rasio_review_rencana: float = float("nan")
    #: whether 3.3's prakiraan maju pagu took ``skala_rencana`` (``findings.document.maju_33``:
    #: ``(ikut, rasio, judul)``); not written
    maju_rencana: tuple = (True, float("nan"), None)
    #: the decimals each stated serapan cell of Tabel 2.2 is written with (``SourceText.desimal_serapan``):
    #: the findings read a cell's last digit from it (``findings.document.semua_temuan``); not written
    desimal_serapan: pd.DataFrame | None = None
    #: the cells of Tabel 3.3 (3.2) as written (``tables.evaluation.sel_blok``), whose decimals a float
    #: forgets (``20.60`` reads as 20.6): the findings read a pagu cell's last digit from them where its table
    #: is compared in thousands or millions (``findings.document.antar_tabel_tidak_cocok``); not written
    desimal_rencana: Any = None
    desimal_review: Any = None
    #: the end year of the Renstra period the evaluation tables' target captions name
    #: (``sources.text.tahun_akhir_renstra``), None when they name none; findings name it, not written
    tahun_akhir_renstra: int | None = None

    @property
    def tahun_evaluasi(self) -> int | None:
        """The year Tabel 2.2 evaluates, None where the document does not say
        (``keys.tahun_triwulan``): texts name it, never the bundled document's year."""
        return tahun_triwulan(self)[0]

    @property
    def nama_instansi(self) -> str:
        """The office and government in one line (``DINAS ... - PEMERINTAH ...``), or the file name."""
        parts = [judul_kata(self.identitas[k]) for k in ("instansi", "pemerintah") if self.identitas.get(k)]
        return " \u2013 ".join(parts) if parts else (self.source.name if self.source else "")

    def tables(self) -> dict[str, pd.DataFrame]:
        """The processed tables by output name."""
        return {name: getattr(self, name) for name in TABLES}


def load_document(path=None, triwulan: int | None = None, sheet: str | None = None, sipd=None,
                  paksa: bool = False) -> RenjaDocument:
    """Parse a Renja document (default: the bundled Magetan 2024 P-Renja).

    Parameters
    ----------
    path : str or Path, optional
        A text file extracted from the PDF (tab-separated tables).
    triwulan : int, optional
        The quarter the evaluation reports on; default: the quarter the document's
        captions state ("... s.d. Triwulan II"), else the one its file name states
        (``...-tw3-...``), else ``config.TRIWULAN`` (2).
    sheet : str, optional
        For a workbook source: the sheet to read (needed when several look like Tabel 2.2).
    sipd : str, Path or SipdData, optional
        SIPD-RI data to reconcile the document with (an export, a pemda's folder, or
        ``load_sipd``'s result): ``doc.rekonsiliasi`` is filled and the findings
        ``dokumen_vs_sipd`` join ``doc.temuan`` (and the counts of ``doc.dokumen``). Data of
        another pemda, year or office than the document's is refused
        (``findings.reconciliation.SipdTidakSepadan``).
    paksa : bool
        With ``sipd``: reconcile even data of another pemda, year or office; one
        ``kesesuaian_sipd`` finding says what differs and the ``dokumen_vs_sipd`` findings
        are ``info`` (``findings.reconciliation.rekonsiliasi``).

    Returns
    -------
    RenjaDocument

    Raises
    ------
    RenjaParseError
        Naming file, line and cell, for anything that is not a readable Renja; with
        ``sipd``, ``SipdTidakSepadan`` (a subclass) naming both sides' pemda, year or office.

    Examples
    --------
    >>> doc = load_document()
    >>> doc.evaluasi["level"].value_counts().sort_index().to_dict()
    {'program': 8, 'kegiatan': 13, 'sub_kegiatan': 36}
    >>> row = doc.evaluasi.iloc[0]
    >>> row["nama"], float(row["pagu_rp"]), float(row["realisasi_rp"])
    ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA', 2992759325.0, 1683391529.0)
    """
    from .names import forms_remembered
    from .sources.base import system_arrow_pool, tanpa_gc

    with tanpa_gc(), system_arrow_pool(), forms_remembered():
        try:
            return _load(path, triwulan, sheet, sipd, paksa)
        finally:
            caches.clear()      # what was remembered of this document's texts (``caches``) is let go


def keluaran_sendiri(path) -> RenjaParseError | None:
    """The error for a file of a build's own output set given as a source, else None.

    The file's name is one a build writes (``output.processed.milik_build``: ``sipd_rencana.csv``,
    ``evaluasi.parquet``, the workbook) and its folder holds a build's set
    (``output.processed.adalah_keluaran``; a corpus's per-document folder ``dokumen/<id>/``
    is judged by the corpus folder): our own table, not a Renja document or a SIPD export
    that lacks columns. Asked only after the reader refused the file (``_bukan_keluaran``).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for n in ("sipd_pemda.csv", "sipd_pemda.parquet", "sipd_rencana.csv", "catatan.csv"):
    ...     (d / n).touch()
    >>> print(keluaran_sendiri(d / "sipd_rencana.csv").message)
    berkas ini keluaran renja-analysis (ditulis oleh build), bukan dokumen Renja atau ekspor SIPD-RI
    >>> keluaran_sendiri(d / "catatan.csv") is None
    True
    """
    from .output.processed import FOLDER_DOKUMEN, adalah_keluaran, milik_build

    path = Path(path)
    if path.name == FOLDER_DOKUMEN or not milik_build(path.name):
        return None
    folders = [path.parent] + ([path.parent.parent.parent] if path.parent.parent.name == FOLDER_DOKUMEN else [])
    if not any(adalah_keluaran(folder) for folder in folders):
        return None
    return RenjaParseError(
        path, "berkas ini keluaran renja-analysis (ditulis oleh build), bukan dokumen Renja atau ekspor SIPD-RI",
        expected="sumber yang dibaca build itu: dokumen Renja (teks hasil ekstraksi PDF atau buku kerja "
                 "berbentuk Tabel 2.2) atau ekspor SIPD-RI")


def _bukan_keluaran(read, path, **kw):
    """``read(path, **kw)``; a refused file that is one of our own output tables is said to be
    one (``keluaran_sendiri``) instead of the reader's error (a SIPD export lacking columns, no
    Tabel 2.2)."""
    try:
        return read(path, **kw)
    except RenjaParseError:
        sendiri = keluaran_sendiri(path)
        if sendiri is None:
            raise
        raise sendiri from None


def _load(path, triwulan: int | None, sheet: str | None, sipd=None, paksa: bool = False) -> RenjaDocument:
    from .findings import document as document_findings, reconciliation
    from .metrics import harapan_triwulan
    from .numbers import format_persen
    from .sources import read_source
    from .sources.base import lokasi, pembacaan as _pembacaan, release_rows
    from .sources.text import kolom_perubahan, tahun_akhir_renstra, triwulan_judul_kolom
    from .tables import ambiguous, evaluation, goals, plan, rkpd_review

    src: SourceText = _bukan_keluaran(read_source, DEFAULT_SOURCE if path is None else path, sheet=sheet)

    def built(source: SourceText, *kinds: str) -> None:
        # a table's rows are let go once its own table is built (nothing after reads them: the
        # reading account and ``lokasi`` keep what they need), with the answers remembered about
        # their cells, so that their memory serves the next table (issue 21: peak memory)
        release_rows(source, *kinds)
        caches.clear("table")

    ren = plan.parse(src)
    # the decimals each money cell of 3.3 and 3.2 is written with, before their rows are let go
    # (``findings.document._dengan_desimal_pagu``: a cell's last written digit, REV-AI AI7)
    desimal_rencana = evaluation.sel_blok(src.tables.get("tabel_3_3"))
    built(src, "tabel_3_3")
    ev, t21 = evaluation.parse(src, ren)
    built(src, "tabel_2_2", "tabel_2_1")
    known = dict(zip(ev["nama"].tolist(), ev["level"].astype(str).tolist()))
    review, totals = rkpd_review.parse(src, known)
    del known
    desimal_review = evaluation.sel_blok(src.tables.get("tabel_3_2"))
    built(src, "tabel_3_2")
    ts = goals.parse(src)
    built(src, "tabel_3_1")
    ambiguous.putuskan(src, ev, t21, ren)       # section 3's ambiguous cells (2.2/2.1's: evaluation.parse)
    header, header33 = ([c for row in (b.header if b else []) for c in row if c]
                        for b in map(src.tables.get, ("tabel_3_2", "tabel_3_3")))   # filled header cells
    if not src.periode.get("triwulan"):
        # no caption or heading names it: the evaluation tables' column captions ("Realisasi ... (TW II)")
        tw_kolom = triwulan_judul_kolom(src.tables)
        if tw_kolom:
            src.periode = {**src.periode, "triwulan": tw_kolom}
    dari_berkas = kunci_nama_berkas(src.path).get("triwulan")
    if not (triwulan or src.periode.get("triwulan") or dari_berkas):
        # on the header of Tabel 2.2, whose column captions would name it ("Realisasi ... (TW II)")
        src.finding("triwulan_tidak_disebut", "peringatan", "dokumen", src.tables["tabel_2_2"].header_line,
                    f"Judul tabel dan bab, judul kolom realisasi Tabel 2.2 dan 2.1, serta nama berkas tidak menyebut "
                    f"satu triwulan evaluasi (misalnya "
                    f"\u201cs.d. Triwulan II\u201d); evaluasi dianggap s.d. triwulan {TRIWULAN} (harapan "
                    f"{format_persen(harapan_triwulan(TRIWULAN), 0)}), dan status serta predikat mengikutinya. Sebutkan triwulannya di judul "
                    f"tabel atau nama berkas (misalnya \u201c-tw3-\u201d).",
                    kolom="triwulan", hitung=TRIWULAN)
    doc = RenjaDocument(
        evaluasi=ev, tujuan_sasaran=ts, review_rkpd=review,
        rencana=ren, tabel21=t21, total_review=totals, header_review=header, header_rencana=header33,
        source=src.path,
        identitas=src.identitas, periode=src.periode,
        triwulan=triwulan or src.periode.get("triwulan") or dari_berkas or TRIWULAN,
        pembacaan=_pembacaan(src),
        temuan_baca=src.temuan, sheet=src.sheet, sha256=src.sha256, lokasi=lokasi(src),
        desimal_serapan=src.desimal_serapan, desimal_rencana=desimal_rencana, desimal_review=desimal_review,
        murni=renja_murni(src.periode) and kolom_perubahan(src) is None,
        tahun_akhir_renstra=tahun_akhir_renstra(src.tables))
    del src                 # the source's rows released before the analysis: it reads the tables only
    doc = analyse(doc)
    if sipd is not None:
        data = sipd if isinstance(sipd, SipdData) else load_sipd(sipd)
        kes = reconciliation.periksa_kesesuaian(doc, data)
        doc.rekonsiliasi, found = reconciliation.rekonsiliasi(doc, data, paksa=paksa, kesesuaian=kes)
        doc.sipd, doc.kesesuaian = data, kes
        doc.temuan = document_findings.tambah_rujukan(document_findings.gabung(doc.temuan, found), doc.lokasi)
        doc.dokumen = frame_dokumen([baris_dokumen(doc)])      # its counts with the reconciliation's findings
    return murnikan_dokumen(doc) if doc.murni else doc


#: The text columns of a document's frames that name its tables (``murnikan_dokumen``).
_KOLOM_LABEL = {"temuan": ("tabel", "pesan", "rujukan", "rujukan_pembanding"), "lokasi": ("tabel",),
                "pembacaan": ("tabel",), "rekonsiliasi": ("tabel_dokumen", "tabel_pagu")}


def murnikan_dokumen(doc: RenjaDocument) -> RenjaDocument:
    """A Renja murni's labels in its outputs (``sources.base.murnikan``): "Tabel 3.2 (Review RKPD)"
    and "Tabel 3.3 (Rencana)" where the tool names a Renja Perubahan's "Tabel 3.2 (Review P-RKPD)"
    and "Tabel 3.3 (Rencana Perubahan)", in the findings (their table, sentence and references, the
    reading's too), the locations, the reading account and the SIPD reconciliation. Applied last,
    after every rule that compares labels (what compares them later: ``sources.base.adalah_tabel``).
    """
    from .sources.base import murnikan

    for name, cols in _KOLOM_LABEL.items():
        frame = getattr(doc, name, None)
        if frame is not None and len(frame):
            setattr(doc, name, frame.assign(**{c: murnikan(frame[c].astype("string")).astype(frame[c].dtype)
                                               for c in cols if c in frame}))
    doc.temuan_baca = [{k: murnikan(v) if k in ("tabel", "pesan") and isinstance(v, str) else v
                        for k, v in t.items()} for t in doc.temuan_baca or []]
    return doc


def dokumen_sipd(sipd: SipdData, sumber=None, olahan=None, paksa: bool = False
                 ) -> tuple[RenjaDocument | None, str | None]:
    """The document a SIPD pemda page reconciles, reconciled, or the reason it is not.

    The page reconciles only the document it was given: ``sumber`` (a path), else the
    report's own document, the source file of the processed tables in ``olahan``
    (default ``config.DATA_PROCESSED``), read again only when it is still the file
    those tables were made from (same SHA-256). The guard of ``load_document(...,
    sipd=)`` applies: another pemda, year or office is not reconciled unless ``paksa``.

    Returns
    -------
    (RenjaDocument, None) or (None, str)
        The reconciled document, or no document and one line saying why (a refusal names
        both sides' pemda, year or office).

    Examples
    --------
    >>> from renja_analysis.config import DEFAULT_SIPD
    >>> doc, alasan = dokumen_sipd(load_sipd(DEFAULT_SIPD))
    >>> doc.source.name, alasan, doc.kesesuaian.sepadan
    ('renja-perubahan-2024-dinkop-ukm-magetan.md', None, True)
    """
    from .config import ROOT
    from .errors import RenjaParseError

    try:
        if sumber is None:
            tables = load_processed(olahan)
            path = tables.source if tables.source is not None and tables.source.is_absolute() else \
                ROOT / (tables.source or "")
            if not path.is_file():
                return None, (f"berkas sumber tabel olahan ({tables.source}) tidak ada lagi; dokumen tidak "
                              "dicocokkan")
            doc = load_document(path, sipd=sipd, paksa=paksa)
            if doc.sha256 != tables.sha256:
                return None, (f"{tables.source} sudah berubah sejak tabel olahan laporan ditulis; dokumen tidak "
                              "dicocokkan (tulis ulang tabelnya: renja-analysis build)")
            return doc, None
        return load_document(sumber, sipd=sipd, paksa=paksa), None
    except RenjaParseError as exc:
        return None, " ".join(str(exc).split())


def analyse(doc: RenjaDocument) -> RenjaDocument:
    """Add metrics, status and the revised target (``target_k_perubahan``) to ``evaluasi``;
    compute ``pergeseran`` and ``temuan``.

    The kind of document decides what is analysed: a Renja murni (``doc.murni``: its title
    says Renja, not Renja Perubahan, and its section 3 has no P-APBD column) has no APBD ->
    P-APBD change, so ``pergeseran`` is empty and no revised target is taken from section 3
    (its 3.2 and 3.3 plan the next year, not a revision of this one); a Renja Perubahan
    compares Tabel 2.2 with 3.2's P-APBD side (empty without a 3.2)."""
    from .findings import document as document_findings
    from .tables import ambiguous, reallocation

    ev = doc.evaluasi.pipe(metrics.tambah_metrik, triwulan=doc.triwulan)
    doc.pergeseran = reallocation.kosong() if doc.murni else reallocation.pergeseran(ev, doc.review_rkpd)
    # a 3.2 truly in thousands (header ``Rp.000`` and values about 1/1000 of 2.2's) is read in rupiah
    # here, the one place its scale is applied: every later use (pergeseran, the findings, the
    # target) sees rupiah; ``satuan_tidak_wajar`` (info) says so
    # a Renja murni has no change, but its 3.2's scale is read from the same pairs with 2.2 (the year
    # before the one it plans: about the same pagu), whatever its header says (one naming no thousands
    # over values about 1/1000 of 2.2's: unknown, ``skala_pasti``)
    pasangan = reallocation.pergeseran(ev, doc.review_rkpd) if doc.murni else doc.pergeseran
    doc.skala_review, doc.rasio_skala_review = document_findings.skala_32(doc.header_review, pasangan)
    del pasangan
    # Tabel 3.3 by the same rule (its APBD pagu, a murni's pagu indikatif, against 2.2's by code):
    # read x1000 here too, or left as written where its scale is unknown (NaN: compared with nothing)
    # (a murni's also against its 3.2, the same year's plan, by name: ``_rasio_review_33``)
    doc.skala_rencana, doc.rasio_skala_rencana = document_findings.skala_33(doc.header_rencana, ev, doc.rencana,
                                                                            doc.murni, doc.review_rkpd,
                                                                            doc.skala_review)
    if doc.skala_rencana == 1000:
        # the prakiraan maju pagu under a header cell of its own naming no unit follows only where its
        # values are on the current year's scale (``maju_33``); else left as written (said in an info)
        doc.maju_rencana = document_findings.maju_33(doc.header_rencana, doc.rencana, doc.murni)
        doc.rencana = doc.rencana.assign(**{c: doc.rencana[c] * doc.skala_rencana
                                            for c in document_findings.RUPIAH_33 if c in doc.rencana
                                            and (c != "pagu_maju_rp" or doc.maju_rencana[0])})
    if doc.skala_review != 1:
        doc.review_rkpd = doc.review_rkpd.assign(pagu_rp=doc.review_rkpd["pagu_rp"] * doc.skala_review)
        doc.total_review = doc.total_review.assign(nilai_rp=doc.total_review["nilai_rp"] * doc.skala_review)
        if not doc.murni:       # a murni has no change to present (its pairs above told the scale only)
            doc.pergeseran = reallocation.pergeseran(ev, doc.review_rkpd)
        # its ambiguous cells' sentences say the reading used (``14.500 ribu rupiah (Rp14.500.000)``)
        doc.temuan_baca = ambiguous.dalam_ribuan(list(doc.temuan_baca or []), doc.skala_review)
    # a murni's 3.2 against the same year's plan in a 3.3 of known scale, both as read: about 1/1000, its
    # scale is unknown whatever its header says (``skala_pasti``; the mirror of ``skala_33``'s rule)
    # (a perubahan's: its P-APBD against 3.3's pagu after the change, where Tabel 2.2 gives no ratio; REV-AG AG6)
    doc.rasio_review_rencana = (document_findings.rasio_32_33(doc.review_rkpd, doc.rencana, doc.murni)
                                if (doc.murni or pd.isna(doc.rasio_skala_review)) and pd.notna(doc.skala_rencana)
                                else float("nan"))
    # a Renja Perubahan's 3.2 of unknown scale (``skala_pasti``: rupiah or thousands, read as written): its
    # P-APBD pagu stays as read, but no change from 2.2's rupiah is computed (``reallocation.tanpa_selisih``)
    if not doc.murni and len(doc.pergeseran) and not document_findings.skala_pasti(
            list(doc.header_review or []), doc.skala_review, doc.rasio_skala_review, doc.rasio_review_rencana):
        doc.pergeseran = reallocation.tanpa_selisih(doc.pergeseran)
    # the latest target the document gives (3.2), beside Tabel 2.2's: sentences name both, and a
    # row is "melampaui target" only when it also reaches it
    terbaru = reallocation.target_perubahan(ev, doc.pergeseran, doc.review_rkpd)
    doc.evaluasi = ev.pipe(metrics.tambah_status, target_terbaru=terbaru, triwulan=doc.triwulan).assign(
        target_k_perubahan=terbaru)
    doc.temuan = document_findings.tambah_rujukan(document_findings.semua_temuan(doc, doc.pergeseran), doc.lokasi)
    doc.dokumen = frame_dokumen([baris_dokumen(doc)])
    return doc


#: The environment variable through which a report running (``report.tahap.TahapLaporan``) sends
#: its notebooks' kernels to the processed tables it staged: JSON ``{folder: staging folder}``.
ENV_TAHAP = "RENJA_ANALYSIS_TAHAP"


def tahap_olahan(folder: Path) -> Path:
    """``folder``, or the staging folder a running report wrote its new tables into in place
    of it (``ENV_TAHAP``): the report's notebooks read the tables it will put there at its end,
    while the folder itself keeps the previous ones until then.

    >>> import os, json
    >>> os.environ[ENV_TAHAP] = json.dumps({"/data/olahan": "/data/.olahan.staging-1"})
    >>> tahap_olahan(Path("/data/olahan")), tahap_olahan(Path("/data/lain"))
    (PosixPath('/data/.olahan.staging-1'), PosixPath('/data/lain'))
    >>> del os.environ[ENV_TAHAP]
    """
    import json
    import os

    peta = os.environ.get(ENV_TAHAP)
    if not peta:
        return folder
    return Path(json.loads(peta).get(str(Path(folder).absolute().resolve()), folder))


def load_processed(folder=None) -> RenjaDocument:
    """The tables ``renja-analysis build`` wrote (Parquet), without parsing the source again.

    Parameters
    ----------
    folder : str or Path, optional
        A folder of processed tables (default ``config.DATA_PROCESSED``), e.g. one
        document's folder ``OUT/dokumen/<id>/`` of a corpus build. A relative path is
        taken from the project root, so notebooks run the same from any directory.

    Returns
    -------
    RenjaDocument
        The same tables as ``load_document`` gave when they were written; the stated
        totals of 3.2 (only used to compute findings) are not kept and are empty.

    Raises
    ------
    RenjaParseError
        When a table is missing (build first: ``make data``), or was written by an older version
        under a column name since renamed (``KOLOM_LAMA``: build again).

    Examples
    --------
    >>> doc = load_processed()
    >>> len(doc.evaluasi), doc.triwulan, doc.source.name
    (57, 2, 'renja-perubahan-2024-dinkop-ukm-magetan.md')
    """
    from .config import DATA_PROCESSED, ROOT
    from .errors import RenjaParseError

    folder = Path(folder) if folder is not None else DATA_PROCESSED
    folder = tahap_olahan(folder if folder.is_absolute() else ROOT / folder)
    tables = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise RenjaParseError(path, "tabel olahan tidak ada", expected="hasil renja-analysis build (make data)")
        tables[name] = pd.read_parquet(path)
        lama = [c for c in KOLOM_LAMA.get(name, {}) if c in tables[name]]
        if lama:
            raise RenjaParseError(path, "tabel olahan ditulis versi lama: kolom "
                                  + ", ".join(f"{c} kini bernama {KOLOM_LAMA[name][c]}" for c in lama),
                                  expected="tabel yang ditulis versi ini: bangun ulang dengan renja-analysis build (make data)")
    meta = tables["dokumen"].iloc[0]
    na = lambda v: None if pd.isna(v) else v  # noqa: E731
    identitas = {k: v for k, v in (("judul", na(meta["judul"])),
                                   ("pemerintah", f"Pemerintah {meta['pemda']}" if na(meta["pemda"]) else None),
                                   ("instansi", na(meta["instansi"])), ("tanggal", na(meta["tanggal"]))) if v}
    periode = {k: int(meta[c]) if c != "jenis_dokumen" else meta[c]
               for k, c in (("tahun", "tahun"), ("jenis", "jenis_dokumen"), ("triwulan", "triwulan"))
               if na(meta[c]) is not None}
    empty_totals = pd.DataFrame({"sisi": pd.Series(dtype="string"), "label": pd.Series(dtype="string"),
                                 "nilai_rp": pd.Series(dtype="Float64"), "baris_sumber": pd.Series(dtype="Int64"),
                                 "no": pd.Series(dtype="Int64")})
    return RenjaDocument(
        evaluasi=tables["evaluasi"], tujuan_sasaran=tables["tujuan_sasaran"], review_rkpd=tables["review_rkpd"],
        rencana=tables["rencana"], tabel21=tables["tabel21"], total_review=empty_totals,
        source=Path(meta["berkas"]), identitas=identitas, periode=periode,
        triwulan=int(meta["triwulan"]) if na(meta["triwulan"]) is not None else TRIWULAN,
        pergeseran=tables["pergeseran"], temuan=tables["temuan"], pembacaan=tables["pembacaan"],
        sha256=meta["sha256"], dokumen=tables["dokumen"])
