"""A Renja document's stated realisation against SIPD-RI's (``dokumen_vs_realisasi_sipd``).

The document's side is Tabel 2.2 (``doc.evaluasi``): the realisasi Rp of each sub kegiatan,
as the office states it, cumulative to the quarter it evaluates. SIPD's side is the realisation
counted from the treasury exports (``tables.realisation.hitung_realisasi``: ``terealisasi``
lines) of the document's perangkat daerah (its SKPD, sub-units together:
``tables.realisation.dengan_skpd``), cumulative to the end of the same quarter.

**The period** is the document's own: the evaluation quarter its captions or headings state
(``sources.text.periode``), else its file name's (``keys.kunci_nama_berkas``). A document that
states none is not given a quarter: SIPD's realisation is then taken cumulative to the latest
month the exports hold, and the output says so (``Periode.dasar``). When the exports end before
the document's quarter does, that is said too (SIPD's realisation is then short by what was paid
after the exports end).

**The guard** comes first, as for the plan (``reconciliation.periksa_kesesuaian``, the same
rules): the document's pemda, year and office against the realisation lines' (``tahun``,
``id_daerah``, ``nama_daerah``; an export has no ``lokasi_bl``), the office found by name, else
by shared program/kegiatan names. Data of another pemda, year or office is refused
(``reconciliation.SipdTidakSepadan``) unless forced (``paksa``): then one ``kesesuaian_sipd``
finding names the difference and every ``dokumen_vs_realisasi_sipd`` finding is info. Data that
may be another pemda's or office's (``Kesesuaian.ragu``) is compared, every kritis finding a
peringatan opening with the doubt (``reconciliation.ragukan``).

Rows are paired by code, then exact normalised name, then fuzzy name (``reconciliation.pasangkan``:
codes that differ below the bidang urusan are never paired by name; the same name under two codes
is one peringatan naming both, ``reconciliation.nama_sama_kode_beda``, nothing compared).
A difference is material unless it is below both ``materialitas_persen`` % of the larger side and
``materialitas_rp`` (``config.MATERIALITAS_PERSEN`` / ``MATERIALITAS_RP``, as for SIPD's pagu
changes): ``kritis`` above, ``info`` below; within ``TOLERANSI_RP`` the sides agree (``sama``). A
row on one side only is ``peringatan``, and so is a material difference of a pair made by name
similarity only (``nama_mirip``: sub kegiatan names share long prefixes, "Pengelolaan Pelayanan
Kesehatan ...", so such a pair may be two sub kegiatan; the message names both), and a material
difference where SIPD is below the document while SIPD's side may lack data (``data_kurang``: a
month of the office no export covers, lines of the sub kegiatan left out of the count).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
import pandas as pd

from .. import config
from ..keys import BULAN as _BULAN, kunci_nama_berkas
from ..numbers import format_persen, format_rupiah
from ..sources.base import LABEL, tidak_dibaca
from ..tables.sipd import skpd_tertulis
from .document import JENIS, TOLERANSI_RP, _frame, _rec, tambah_rujukan
from .reconciliation import (
    Kesesuaian,
    SipdTidakSepadan,
    catatan_mirip,
    nama_sama_kode_beda,
    pasangkan,
    periksa_kesesuaian,
)

#: The columns of ``dokumen_vs_realisasi_sipd``, in order.
KOLOM = ["urutan", "kode", "nama", "nama_sipd", "realisasi_dokumen_rp", "realisasi_sipd_rp", "selisih_rp",
         "dalam_proses_sipd_rp", "status", "cara", "skor_nama", "bulan_akhir", "baris_dokumen", "berkas", "baris_sipd"]
#: ``status``: the sides agree (within ``TOLERANSI_RP``), differ, or a row is on one side only.
STATUS = ["sama", "beda", "hanya_dokumen", "hanya_sipd"]
#: How a pair was made (``reconciliation.pasangkan``); NA for a row on one side only.
CARA = ["kode", "nama", "nama_mirip"]
_TABEL = LABEL["tabel_2_2"]


@dataclass
class Periode:
    """The period compared: up to the end of month ``bulan_akhir`` of the budget year.

    Attributes
    ----------
    bulan_akhir : int
        The last month included.
    triwulan : int or None
        The document's quarter, None when it states none.
    dasar : str
        Where the period comes from, in words (shown by the command line and the findings).
    bulan_data : int or None
        The last month the exports hold in the budget year, when it is before ``bulan_akhir``
        (the exports end before the document's quarter does); None otherwise.
    celah : str or None
        The months of the period, in words, that the office's exports leave uncovered
        (``celah_kantor``: its first monthly export missing, or one between); None when none.
    celah_kode : tuple of str or None
        The sub kegiatan those months may lack (``data_kurang``: with the plan, those a gap's
        sub-unit plans or pays); None when every sub kegiatan may (said on every row).
    """

    bulan_akhir: int
    triwulan: int | None
    dasar: str
    bulan_data: int | None = None
    celah: str | None = None
    celah_kode: tuple | None = None

    def sampai(self, kode: str | None = None) -> str:
        """SIPD's side of a comparison in words: to the end of the period, or of the last month
        the exports hold when they end before it; without the months no export covers, named.

        >>> Periode(3, 1, "").sampai(), Periode(3, 1, "", 2).sampai()
        ('sampai akhir Maret', 'sampai akhir Februari (ekspor hanya sampai Februari; periode dokumen sampai akhir Maret)')
        >>> Periode(3, 1, "", celah="Januari 2026").sampai()
        'sampai akhir Maret (tanpa Januari 2026: bulan itu mungkin tidak dicakup ekspor)'
        >>> Periode(3, 1, "", celah="Januari 2026", celah_kode=("1.02",)).sampai("1.03")
        'sampai akhir Maret'
        """
        akhir = f"sampai akhir {_BULAN[self.bulan_akhir - 1]}"
        notes = []
        if self.bulan_data is not None:
            notes.append(f"ekspor hanya sampai {_BULAN[self.bulan_data - 1]}; periode dokumen {akhir}")
            akhir = f"sampai akhir {_BULAN[self.bulan_data - 1]}"
        if self.celah is not None and (self.celah_kode is None or kode is None or str(kode) in self.celah_kode):
            notes.append(f"tanpa {self.celah}: bulan itu mungkin tidak dicakup ekspor")
        return akhir + (f" ({'; '.join(notes)})" if notes else "")

    def sesudah_data(self) -> str | None:
        """The months of the period after the exports end, in words; None when they reach its end.

        >>> Periode(3, 1, "", 1).sesudah_data(), Periode(3, 1, "", 2).sesudah_data(), Periode(3, 1, "").sesudah_data()
        ('Februari sampai Maret', 'Maret', None)
        """
        if self.bulan_data is None:
            return None
        first, last = _BULAN[self.bulan_data], _BULAN[self.bulan_akhir - 1]
        return first if first == last else f"{first} sampai {last}"


def periode_dokumen(doc, baris: pd.DataFrame) -> Periode:
    """The document's evaluation quarter (its text, else its file name) and the month it ends;
    without one, the latest month the realisation exports hold (said in ``dasar``, never guessed).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = SimpleNamespace(periode={"tahun": 2026, "triwulan": 1}, source=Path("renja.md"))
    >>> baris = pd.DataFrame({"tahun": [2026], "tanggal_dokumen": pd.to_datetime(["2026-05-04"]),
    ...                       "tanggal_sp2d": pd.to_datetime([None])})
    >>> periode_dokumen(doc, baris).bulan_akhir
    3
    >>> p = periode_dokumen(SimpleNamespace(periode={}, source=Path("renja.md")), baris)
    >>> p.bulan_akhir, p.dasar
    (5, 'dokumen tidak menyebut triwulannya: realisasi SIPD sampai bulan terakhir ekspor (Mei)')
    """
    dates = pd.concat([baris["tanggal_dokumen"], baris["tanggal_sp2d"]])
    years = baris["tahun"].dropna()
    tahun = int(years.iloc[0]) if len(years) else None
    in_year = dates[dates.dt.year == tahun] if tahun is not None else dates.iloc[0:0]
    last = int(in_year.dt.month.max()) if len(in_year) else 12
    stated = (getattr(doc, "periode", None) or {}).get("triwulan")
    dari = "teks dokumen"
    if stated is None and getattr(doc, "source", None) is not None:
        stated, dari = kunci_nama_berkas(doc.source).get("triwulan"), "nama berkas"
    if stated is None:
        return Periode(last, None, "dokumen tidak menyebut triwulannya: realisasi SIPD sampai bulan terakhir ekspor "
                                   f"({_BULAN[last - 1]})")
    end = int(stated) * 3
    text = f"triwulan {int(stated)} ({dari}): realisasi SIPD sampai akhir {_BULAN[end - 1]}"
    if last < end:
        text += f"; ekspor hanya sampai {_BULAN[last - 1]}, pembayaran sesudahnya tidak ada di data SIPD"
    return Periode(end, int(stated), text, last if last < end else None)


def unit_realisasi(baris: pd.DataFrame) -> pd.DataFrame:
    """The realisation lines as SIPD units for the guard (``reconciliation.periksa_kesesuaian``
    reads ``rencana``-like rows): one row per SKPD, level and code (program, kegiatan, sub
    kegiatan), its first line's file and record as ``berkas`` / ``baris_sumber``.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "a.json", "baris": [1, 2], "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "kode_program": "1.02.02", "nama_program": "P", "kode_giat": "1.02.02.2.01", "nama_giat": "K",
    ...     "kode_sub_giat": ["1.02.02.2.01.0014", "1.02.02.2.01.0014"], "nama_sub_giat": "S",
    ...     "status_realisasi": "terealisasi"})
    >>> unit_realisasi(b)[["level", "kode", "baris_sumber"]].values.tolist()
    [['program', '1.02.02', 1], ['kegiatan', '1.02.02.2.01', 1], ['sub_kegiatan', '1.02.02.2.01.0014', 1]]
    """
    b = _lines(baris)
    parts = []
    for level, kode, nama in (("program", "kode_program", "nama_program"), ("kegiatan", "kode_giat", "nama_giat"),
                              ("sub_kegiatan", "kode_sub_giat", "nama_sub_giat")):
        u = b.drop_duplicates(["kode_skpd_induk", kode])
        parts.append(pd.DataFrame({
            "level": level, "kode": u[kode].astype("string").to_numpy(), "nama": u[nama].astype("string").to_numpy(),
            "kode_program": u["kode_program"].astype("string").to_numpy(),
            "kode_skpd_induk": u["kode_skpd_induk"].astype("string").to_numpy(),
            "nama_skpd_induk": u["nama_skpd_induk"].astype("string").to_numpy(),
            "berkas": u["berkas"].astype("string").to_numpy(), "baris_sumber": u["baris"].to_numpy()}))
    return pd.concat(parts, ignore_index=True)


def _lines(baris: pd.DataFrame) -> pd.DataFrame:
    """The lines not counted from another export, with their SKPD columns."""
    b = baris[baris["status_realisasi"].astype(str) != "ganda"]
    if "kode_sub_skpd" not in b:
        b = b.assign(kode_sub_skpd=b["kode_skpd"], nama_sub_skpd=b["nama_skpd"])
    return skpd_tertulis(b).reset_index(drop=True)


def sebagai_sipd(data) -> SimpleNamespace:
    """Realisation data (``load.SipdRealisasi``) in the shape ``reconciliation.periksa_kesesuaian``
    reads: ``rencana`` (``unit_realisasi``), ``rekaman`` (the lines: ``tahun``, ``id_daerah``,
    ``nama_daerah``), ``source``."""
    return SimpleNamespace(rencana=unit_realisasi(data.baris), rekaman=_lines(data.baris), source=data.source)


def kesesuaian(doc, data) -> Kesesuaian:
    """The document's pemda, year and office against the realisation data's
    (``reconciliation.periksa_kesesuaian``'s rules)."""
    return periksa_kesesuaian(doc, sebagai_sipd(data))


def _tolak(doc, data, kes: Kesesuaian) -> SipdTidakSepadan:
    nama = doc.source.name if getattr(doc, "source", None) is not None else "dokumen"
    return SipdTidakSepadan(
        data.source, f"dokumen {nama} dan data realisasi SIPD tidak sepadan, tidak dicocokkan: {kes.teks('beda')}",
        kes, expected="data realisasi SIPD pemda, tahun dan perangkat daerah dokumen (atau --paksa: dicocokkan, "
                      "perbedaannya dicatat sebagai info)")


def realisasi_sipd(baris: pd.DataFrame, kode_skpd: str | None, bulan_akhir: int) -> pd.DataFrame:
    """SIPD's realisation per sub kegiatan of one SKPD (all SKPD when None), cumulative to the end
    of ``bulan_akhir``: ``realisasi_rp`` (``terealisasi`` lines dated in the budget year up to
    then), ``dalam_proses_rp`` (LS lines in process at the end of the data), the first line's
    file and record. Every sub kegiatan with a line is a unit, realised or not.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "a.json", "baris": [1, 2, 3], "tahun": 2026, "kode_skpd": "1",
    ...     "nama_skpd": "DINAS", "kode_sub_giat": ["s1", "s1", "s2"], "nama_sub_giat": ["A", "A", "B"],
    ...     "status_realisasi": ["terealisasi", "terealisasi", "dalam_proses"], "realisasi_rp": [5.0, 7.0, 0.0],
    ...     "dalam_proses_rp": [0.0, 0.0, 9.0], "tanggal_realisasi": pd.to_datetime(["2026-03-30", "2026-04-01", None])})
    >>> realisasi_sipd(b, None, 3)[["kode", "realisasi_rp", "dalam_proses_rp"]].values.tolist()
    [['s1', 5.0, 0.0], ['s2', 0.0, 9.0]]
    """
    b = _lines(baris)
    if kode_skpd is not None:
        b = b[b["kode_skpd_induk"] == kode_skpd]
    tanggal = b["tanggal_realisasi"]
    upto = ((tanggal.dt.year == b["tahun"]) & (tanggal.dt.month <= bulan_akhir)).fillna(False).astype(bool)
    real = b["realisasi_rp"].astype(float).where(upto.to_numpy(bool), 0.0)
    g = b.assign(_r=real, _p=b["dalam_proses_rp"].astype(float).fillna(0.0)).groupby("kode_sub_giat", sort=True)
    out = g.agg(nama=("nama_sub_giat", "first"), realisasi_rp=("_r", "sum"), dalam_proses_rp=("_p", "sum"),
                berkas=("berkas", "first"), baris=("baris", "first")).reset_index()
    return out.rename(columns={"kode_sub_giat": "kode"})


def baris_dokumen(doc) -> pd.DataFrame:
    """The document's sub kegiatan rows of Tabel 2.2 with their stated realisasi Rp."""
    ev = doc.evaluasi
    sub = ev[ev["level"].astype(str) == "sub_kegiatan"].reset_index(drop=True)
    return pd.DataFrame({"level": "sub_kegiatan", "kode": sub["kode"].astype("string"),
                         "nama": sub["nama"].astype("string"),
                         "realisasi_rp": pd.to_numeric(sub["realisasi_rp"]).astype(float),
                         "baris_sumber": pd.to_numeric(sub["baris_sumber"]).astype("Int64")})


def material(selisih: pd.Series, dasar: pd.Series, persen: float | None = None, rp: float | None = None) -> pd.Series:
    """Whether a difference is material: not below both ``persen`` % of ``dasar`` and ``rp``
    (``config.MATERIALITAS_PERSEN`` / ``MATERIALITAS_RP`` by default, read at call time).

    Examples
    --------
    >>> material(pd.Series([10_000.0, 45_000_000.0]), pd.Series([12_510_000.0, 45_000_000.0])).tolist()
    [False, True]
    """
    persen = config.MATERIALITAS_PERSEN if persen is None else persen
    rp = config.MATERIALITAS_RP if rp is None else rp
    size = selisih.abs()
    return ~((size < dasar.abs() * persen / 100) & (size < rp))


def dokumen_vs_realisasi(doc, data, paksa: bool = False, materialitas_persen: float | None = None,
                         materialitas_rp: float | None = None) -> tuple[pd.DataFrame, pd.DataFrame, Kesesuaian,
                                                                      Periode]:
    """The document's stated realisasi Rp per sub kegiatan (Tabel 2.2) against SIPD's counted
    realisation of its office up to its quarter, row by row.

    Parameters
    ----------
    doc : RenjaDocument
        ``load.load_document``'s result.
    data : SipdRealisasi
        ``load.load_sipd_realisasi``'s result (with the plan, the SKPD of each sub-unit is the
        plan's: a Puskesmas with its own treasury is its Dinas').
    paksa : bool
        Compare even data of another pemda, year or office (the findings are then info).
    materialitas_persen, materialitas_rp : float, optional
        The materiality of a difference (``material``).

    Returns
    -------
    tabel : DataFrame
        ``dokumen_vs_realisasi_sipd`` (``KOLOM``): one row per pair and per row on one side only,
        document order then SIPD's rows left over by code.
    temuan : DataFrame
        ``kesesuaian_sipd`` (what the guard could not check or was forced past) and
        ``dokumen_vs_realisasi_sipd`` findings (temuan schema; ``nilai_rp`` the difference, or
        the row's realisation on its one side).
    kesesuaian : Kesesuaian
    periode : Periode

    Raises
    ------
    SipdTidakSepadan
        Data of another pemda, year or office, unless ``paksa``.

    Examples
    --------
    The fixture without its plan (the Puskesmas then its own office, so its sub kegiatan are not the
    Dinas'; with the plan 7 rows agree: ``tests/data/dokumen-realisasi/README.md``):

    >>> from renja_analysis.config import ROOT
    >>> from renja_analysis.load import load_document, load_sipd_realisasi
    >>> doc = load_document(ROOT / "tests" / "data" / "dokumen-realisasi" / "renja-perubahan-2026-dinas-kesehatan.md")
    >>> tabel, temuan, kes, periode = dokumen_vs_realisasi(doc, load_sipd_realisasi(ROOT / "tests" / "data" /
    ...                                                                             "sipd-realisasi"))
    >>> tabel["status"].value_counts(sort=False).to_dict(), periode.bulan_akhir
    ({'sama': 4, 'beda': 3, 'hanya_dokumen': 3, 'hanya_sipd': 1}, 3)
    """
    from .reconciliation import _temuan_kesesuaian, ragukan

    kes = kesesuaian(doc, data)
    if not kes.sepadan and not paksa:
        raise _tolak(doc, data, kes)
    periode = periode_dokumen(doc, data.baris)
    celah = celah_kantor(data.baris, kes.kode_skpd, periode, getattr(data, "berkas", None))
    known = celah[~celah["tak_diketahui"].to_numpy(bool)]
    if len(known):                      # no figure quoted "sampai akhir <bulan>" over a gap
        from .realisation import _sebut_bulan

        periode.celah = _sebut_bulan(pd.Series(sorted(set(known["bulan"]))))
        periode.dasar += f"; ekspor mungkin tidak mencakup {periode.celah} (temuan sipd_realisasi_periode_celah)"
    rencana = data.rencana.rencana if getattr(data, "rencana", None) is not None else None
    kurang = data_kurang(data.baris, kes.kode_skpd, periode, tidak_dibaca(getattr(data, "dilewati", [])), celah,
                         rencana)
    if periode.celah is not None:       # the months no export may cover, said on the rows they may lack only
        periode.celah_kode = sub_kegiatan_kantor(data.baris, rencana, set(known["kode_skpd"].astype(str)))
    sipd = realisasi_sipd(data.baris, kes.kode_skpd, periode.bulan_akhir)
    dok = baris_dokumen(doc)
    kiri, kanan = dok[["level", "kode", "nama"]], sipd.assign(level="sub_kegiatan")[["level", "kode", "nama"]]
    link = pasangkan(kiri, kanan)
    # the same name under another code: not a pair; the document row's finding names SIPD's
    lain = nama_sama_kode_beda(kiri, kanan, link)
    s_lain = sipd.iloc[lain["kanan"].to_numpy(dtype=int)]
    kode_lain = pd.Series([f"{k} (realisasi {format_rupiah(v)} {periode.sampai(k)}, {b}, "
                           f"rekaman {n})" for k, v, b, n in zip(s_lain["kode"], s_lain["realisasi_rp"],
                                                                   s_lain["berkas"], s_lain["baris"])],
                          index=lain["kiri"].to_numpy(dtype=int), dtype=object)
    d = dok.iloc[link["kiri"].to_numpy()].reset_index(drop=True)
    s = sipd.iloc[link["kanan"].to_numpy()].reset_index(drop=True)
    pairs = pd.DataFrame({"_d": link["kiri"].to_numpy(), "kode": s["kode"].to_numpy(), "nama": d["nama"].to_numpy(),
                          "nama_sipd": s["nama"].to_numpy(), "realisasi_dokumen_rp": d["realisasi_rp"].to_numpy(),
                          "realisasi_sipd_rp": s["realisasi_rp"].to_numpy(),
                          "dalam_proses_sipd_rp": s["dalam_proses_rp"].to_numpy(), "cara": link["cara"].to_numpy(),
                          "skor_nama": link["skor"].to_numpy(), "baris_dokumen": d["baris_sumber"].to_numpy(),
                          "berkas": s["berkas"].to_numpy(), "baris_sipd": s["baris"].to_numpy()})
    only_d = dok.drop(index=link["kiri"].to_numpy())
    only_d = pd.DataFrame({"_d": only_d.index.to_numpy(), "kode": only_d["kode"].to_numpy(),
                           "nama": only_d["nama"].to_numpy(), "realisasi_dokumen_rp": only_d["realisasi_rp"].to_numpy(),
                           "baris_dokumen": only_d["baris_sumber"].to_numpy(),
                           "_kode_lain": kode_lain.reindex(only_d.index).to_numpy()})
    only_s = sipd.drop(index=link["kanan"].to_numpy())
    only_s = pd.DataFrame({"_d": len(dok), "kode": only_s["kode"].to_numpy(), "nama": only_s["nama"].to_numpy(),
                           "nama_sipd": only_s["nama"].to_numpy(), "realisasi_sipd_rp": only_s["realisasi_rp"].to_numpy(),
                           "dalam_proses_sipd_rp": only_s["dalam_proses_rp"].to_numpy(),
                           "berkas": only_s["berkas"].to_numpy(), "baris_sipd": only_s["baris"].to_numpy(),
                           "_lain": only_s.index.isin(lain["kanan"].to_numpy(dtype=int))})
    out = pd.concat([x for x in (pairs, only_d, only_s) if len(x)], ignore_index=True)
    out = out.reindex(columns=list(dict.fromkeys(["_d"] + KOLOM + ["_kode_lain", "_lain"])))
    out = out.sort_values(["_d", "kode"], kind="stable").drop(columns="_d").reset_index(drop=True)
    # per row: SIPD's code of the same name (a document row), or named by that finding (a SIPD row)
    dinamai = (out.pop("_kode_lain").to_numpy(dtype=object), out.pop("_lain").eq(True).to_numpy(dtype=bool))
    both = out["realisasi_dokumen_rp"].notna() & out["realisasi_sipd_rp"].notna()
    out["selisih_rp"] = (out["realisasi_dokumen_rp"] - out["realisasi_sipd_rp"]).where(both)
    out["status"] = np.select([both & (out["selisih_rp"].abs() <= TOLERANSI_RP), both,
                               out["realisasi_sipd_rp"].isna()], ["sama", "beda", "hanya_dokumen"], "hanya_sipd")
    out["urutan"] = np.arange(1, len(out) + 1)
    out["bulan_akhir"] = periode.bulan_akhir
    out = _typed(out)
    dasar = pd.concat([out["realisasi_dokumen_rp"], out["realisasi_sipd_rp"]], axis=1).abs().max(axis=1)
    out_material = material(out["selisih_rp"].astype(float).fillna(0.0), dasar.astype(float).fillna(0.0),
                            materialitas_persen, materialitas_rp)
    records = _temuan_kesesuaian(
        kes, nama="Dokumen vs realisasi SIPD",
        beda_teks="Dokumen dan realisasi SIPD tidak sepadan: {beda}. Dicocokkan karena diminta (--paksa): temuan "
                  "dokumen_vs_realisasi_sipd di bawah dicatat sebagai info, bukan kekeliruan dokumen.",
        ragu_teks="Karena {aspek} data realisasi SIPD mungkin bukan milik dokumen, temuan dokumen_vs_realisasi_sipd "
                  "yang kritis dicatat sebagai peringatan: kekeliruan dokumen tidak dapat dipastikan sebelum "
                  "kesamaannya dipastikan.")
    unread = tidak_dibaca(getattr(data, "dilewati", []))
    records += ragukan(_findings(out, out_material.to_numpy(bool), periode, forced=not kes.sepadan,
                                 kode_lain=dinamai, kurang=kurang,
                                 turun=bisa_turun(data.baris, kes.kode_skpd, periode, unread)), kes)
    # cited as every document finding is ("Tabel 2.2 baris ke-12 (halaman ke-2 tabel; baris teks 28)")
    temuan = tambah_rujukan(_frame(records, JENIS), getattr(doc, "lokasi", None))
    return out, temuan.assign(nilai_rp=lambda t: pd.to_numeric(t["nilai_rp"]).astype("Float64")), kes, periode


def celah_kantor(baris: pd.DataFrame, kode_skpd: str | None, periode: Periode,
                 berkas: pd.DataFrame | None = None) -> pd.DataFrame:
    """The months up to the end of the period that the exports of the SKPD's offices (all SKPD
    when None) leave uncovered (``realisation.bulan_celah``'s rows: ``ekor``, ``kepala``,
    ``ekspor_sendiri`` ...), those of the head (before an office's first payment, from January)
    included; an office's empty export of a month (in the reading account ``berkas``,
    ``realisation.ekspor_kosong``) covers that month."""
    from .realisation import bulan_celah, ekspor_kosong

    b = _lines(baris)
    if kode_skpd is not None:
        b = b[(b["kode_skpd_induk"] == kode_skpd).to_numpy(bool)]
    years = b["tahun"].dropna()
    gaps = bulan_celah(baris, ekspor_kosong(berkas, baris))
    if not len(b) or not len(years):
        return gaps.iloc[0:0]
    tahun = int(years.iloc[0])
    keep = (gaps["kode_skpd"].astype(str).isin(set(b["kode_skpd"].astype(str))).to_numpy(bool)
            & (gaps["bulan"] <= tahun * 12 + periode.bulan_akhir - 1).to_numpy(bool))
    return gaps[keep]


def sub_kegiatan_kantor(baris: pd.DataFrame, rencana: pd.DataFrame | None, kantor) -> tuple | None:
    """The sub kegiatan a missing export of the offices ``kantor`` (``kode_skpd`` as the exports
    write them) may hold: those the plan (``rencana``, the plan table) gives those offices (as
    sub-unit, else as SKPD) and those their lines pay; None when that is not known (no plan, or
    an office the plan does not name: then any sub kegiatan of the SKPD may be in it).

    >>> r = pd.DataFrame({"level": "sub_kegiatan", "kode": ["s1", "s2", "s3"], "kode_skpd": "D",
    ...                   "kode_sub_skpd": ["D", "D", "P"]})
    >>> b = pd.DataFrame({"kode_skpd": ["P", "D"], "kode_sub_giat": ["s9", "s1"]})
    >>> sub_kegiatan_kantor(b, r, ["P"]), sub_kegiatan_kantor(b, None, ["P"]), sub_kegiatan_kantor(b, r, ["X"])
    (('s3', 's9'), None, None)
    """
    kantor = {str(k) for k in kantor}
    if rencana is None or not kantor or not {"level", "kode", "kode_skpd", "kode_sub_skpd"} <= set(rencana):
        return None
    sub = rencana[(rencana["level"].astype(str) == "sub_kegiatan").to_numpy(bool)]
    unit, skpd = sub["kode_sub_skpd"].astype(str), sub["kode_skpd"].astype(str)
    if not kantor <= set(unit) | set(skpd):
        return None
    planned = sub.loc[(unit.isin(kantor) | skpd.isin(kantor - set(unit))).to_numpy(bool), "kode"]
    paid = baris.loc[baris["kode_skpd"].astype(str).isin(kantor).to_numpy(bool), "kode_sub_giat"]
    return tuple(sorted({str(k) for k in pd.concat([planned, paid]).dropna()}))


def data_kurang(baris: pd.DataFrame, kode_skpd: str | None, periode: Periode,
                unread: list[str] | tuple = (), celah: pd.DataFrame | None = None,
                rencana: pd.DataFrame | None = None) -> dict[str, str]:
    """What SIPD's side may lack up to the end of the period, in words, for the findings to say
    before they blame the document: under ``""`` the months of the office's units no export covers
    (``celah_kantor``, given as ``celah`` where the caller has it), the months of the period
    after the exports end
    (``Periode.bulan_data``) and the folder's entries skipped unread (``unread``: a subfolder,
    ``sources.base.tidak_dibaca``); under a sub kegiatan's code its lines left out of the count
    (``realisation.TIDAK_DIHITUNG``: an incomplete SP2D, an unknown transaction type), their rupiah.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": ["jan.json", "mar.json", "mar.json"], "baris": [1, 1, 2], "tahun": 2026,
    ...     "kode_skpd": "1", "nama_skpd": "DINAS", "kode_sub_giat": "s1", "jenis_dokumen": ["TBP", "TBP", "SPP"],
    ...     "status_realisasi": ["terealisasi", "terealisasi", "jenis_tidak_dikenal"],
    ...     "nilai_bersih_rp": [5.0, 7.0, 9.0], "tanggal_sp2d": pd.NaT,
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-05", "2026-03-02", "2026-03-03"])})
    >>> sorted(data_kurang(b, None, Periode(3, 1, "")))
    ['', 's1']
    """
    from .realisation import TIDAK_DIHITUNG, _nama_bulan, _sebut_bulan

    b = _lines(baris)
    if kode_skpd is not None:
        b = b[(b["kode_skpd_induk"] == kode_skpd).to_numpy(bool)]
    years = b["tahun"].dropna()
    if not len(b) or not len(years):
        return {}
    tahun = int(years.iloc[0])
    out = {}
    umum = []
    if periode.bulan_data is not None:
        umum.append(f"ekspor realisasi hanya sampai {_BULAN[periode.bulan_data - 1]}, pembayaran "
                    f"{periode.sesudah_data()} tidak ada di data SIPD")
    if unread:
        umum.append(f"sebagian folder realisasi tidak dibaca ({', '.join(unread)})")
    gaps = celah_kantor(baris, kode_skpd, periode) if celah is None else celah
    sendiri = gaps["tak_diketahui"].to_numpy(bool)
    lack = []
    nama = b.assign(_k=b["kode_skpd"].astype(str)).drop_duplicates("_k").set_index("_k")["nama_skpd"]

    def siapa(rows: np.ndarray) -> str:      # the offices whose exports leave the gap, by name
        return ", ".join(dict.fromkeys(str(nama.get(k, k)) for k in gaps.loc[rows, "kode_skpd"].astype(str)))
    if (~sendiri).any():
        months = pd.Series(sorted(set(gaps.loc[~sendiri, "bulan"])))
        lack.append(f"ekspor realisasi {siapa(~sendiri)} mungkin tidak mencakup {_sebut_bulan(months)} "
                    "(temuan sipd_realisasi_periode_celah)")
    elif sendiri.any():     # the head or tail of its own exports: a missing export not known, still possible
        tail, head = sendiri & gaps["ekor"].to_numpy(bool), sendiri & gaps["kepala"].to_numpy(bool)
        if head.any():
            last = int(gaps.loc[head, "bulan"].max())
            lack.append(f"pembayaran pertama dalam ekspor realisasi {siapa(head)} {_nama_bulan(last + 1, last + 1)}, "
                        "sedangkan realisasi dihitung sejak Januari: ekspor sebelumnya mungkin belum disertakan "
                        "(temuan sipd_realisasi_periode_celah)")
        if tail.any():
            first, end = int(gaps.loc[tail, "bulan"].min()), int(gaps.loc[tail, "akhir_pemda"].max())
            lack.append(f"pembayaran terakhir dalam ekspor realisasi {siapa(tail)} "
                        f"{_nama_bulan(first - 1, first - 1)}, ekspor lain pemdanya sampai {_nama_bulan(end, end)}: "
                        "ekspor sesudahnya mungkin belum disertakan (temuan sipd_realisasi_periode_celah)")
    # a sub-unit's gap lacks only the sub kegiatan its exports may hold (with the plan): the others'
    # rows, from exports that cover the period, are not hedged by it
    codes = sub_kegiatan_kantor(baris, rencana, set(gaps["kode_skpd"].astype(str))) if lack else None
    if lack and codes is None:
        out[""] = "; ".join(lack)
    if umum:
        out[""] = "; ".join(([out[""]] if "" in out else []) + umum)
    for kode in codes or ():
        out[kode] = "; ".join(lack)
    date = b["tanggal_dokumen"]
    left = b[(b["status_realisasi"].astype(str).isin(TIDAK_DIHITUNG) & (date.dt.year == tahun)
              & (date.dt.month <= periode.bulan_akhir)).fillna(False).to_numpy(bool)]
    for kode, rp in left.groupby(left["kode_sub_giat"].astype(str), sort=True)["nilai_bersih_rp"].sum().items():
        out[kode] = "; ".join(([out[kode]] if kode in out else []) + [
            f"SIPD memuat {format_rupiah(rp)} pada sub kegiatan ini yang tidak dihitung (SP2D tidak "
            "lengkap atau jenis transaksi tidak dikenal: temuan sipd_realisasi_tidak_dihitung)"])
    return out


def bisa_turun(baris: pd.DataFrame, kode_skpd: str | None, periode: Periode,
               unread: list[str] | tuple = ()) -> str | None:
    """Why SIPD's realisation, when above the document's, may still come down to it, in words
    (None when nothing says it may): the data misses part of the period (``Periode.bulan_data``,
    ``Periode.celah``) or of the folder (``unread``) AND the office's lines show that realisation is reduced in this
    data (a line whose net value, ``nilai_bersih_rp``, is below zero: a return or a correction),
    so what is missing may reduce it too. Without such a line more payments can only add.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "jan.json", "baris": [1, 2], "tahun": 2026, "kode_skpd": "1", "nama_skpd": "D",
    ...     "kode_sub_giat": "s1", "status_realisasi": "terealisasi", "nilai_bersih_rp": [5.0, -2.0]})
    >>> bisa_turun(b, None, Periode(3, 1, "", 1)) is not None, bisa_turun(b, None, Periode(3, 1, "")) is None
    (True, True)
    >>> bisa_turun(b.assign(nilai_bersih_rp=[5.0, 2.0]), None, Periode(3, 1, "", 1)) is None
    True
    """
    if periode.bulan_data is None and periode.celah is None and not unread:
        return None
    b = _lines(baris)
    if kode_skpd is not None:
        b = b[(b["kode_skpd_induk"] == kode_skpd).to_numpy(bool)]
    minus = b[(pd.to_numeric(b["nilai_bersih_rp"]) < 0).fillna(False).to_numpy(bool)]
    if not len(minus):
        return None
    r = minus.iloc[0]
    kurang = ([f"pembayaran {periode.sesudah_data()} tidak ada di data SIPD"] if periode.bulan_data is not None
              else []) + ([f"ekspor mungkin tidak mencakup {periode.celah}"] if periode.celah is not None else []) \
        + ([f"sebagian folder realisasi tidak dibaca ({', '.join(unread)})"] if unread else [])
    return (f"{' dan '.join(kurang)}, sedangkan data ini memuat {len(minus)} baris realisasi bernilai bersih di bawah "
            f"nol (pengembalian atau koreksi, pertama {r['berkas']} rekaman {r['baris']}): realisasi yang tidak ada "
            "di data dapat mengurangi jumlahnya")


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for col in ("kode", "nama", "nama_sipd", "berkas"):
        out[col] = out[col].astype("string")
    for col in ("realisasi_dokumen_rp", "realisasi_sipd_rp", "selisih_rp", "dalam_proses_sipd_rp", "skor_nama"):
        out[col] = pd.to_numeric(out[col]).astype("Float64")
    for col in ("urutan", "bulan_akhir", "baris_dokumen", "baris_sipd"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    out["status"] = pd.Categorical(out["status"], categories=STATUS)
    out["cara"] = pd.Categorical(out["cara"], categories=CARA)
    return out[KOLOM]


def _findings(t: pd.DataFrame, is_material: np.ndarray, periode: Periode, forced: bool,
              kode_lain: tuple[np.ndarray, np.ndarray] | None = None,
              kurang: dict[str, str] | None = None, turun: str | None = None) -> list[dict]:
    """One finding per row that differs or stands on one side only (``dokumen_vs_realisasi_sipd``);
    ``kode_lain``: per row, SIPD's code of a row of the same name under another code (a document
    row: one finding names both) and whether a SIPD row is so named (no finding of its own). A
    material difference where SIPD is below the document while SIPD's side may lack data
    (``data_kurang``) says so and is peringatan, not kritis: the document is not blamed for it; so
    is one where SIPD is above the document while what SIPD's side lacks may reduce it
    (``turun``, ``bisa_turun``)."""
    kurang = kurang or {}
    records = []
    lead = "Data realisasi SIPD pemda, tahun, atau perangkat daerah lain (dicocokkan karena --paksa): " if forced else ""
    lain, dinamai = kode_lain if kode_lain is not None else (np.full(len(t), None, dtype=object),
                                                             np.zeros(len(t), dtype=bool))
    for r, big, sipd_lain, skip in zip(t.to_dict("records"), is_material, lain, dinamai):
        status = str(r["status"])
        if status == "sama" or skip:
            continue
        proses = (f"; SIPD mencatat {format_rupiah(r['dalam_proses_sipd_rp'])} masih dalam proses (SPP/SPM tanpa "
                  "SP2D, tidak dihitung)") if not pd.isna(r["dalam_proses_sipd_rp"]) and r["dalam_proses_sipd_rp"] else ""
        if status == "beda":
            size = abs(float(r["selisih_rp"]))
            base = max(abs(float(r["realisasi_dokumen_rp"])), abs(float(r["realisasi_sipd_rp"])))
            persen = f" ({format_persen(size / base * 100)})" if base else ""
            fuzzy = str(r["cara"]) == "nama_mirip"
            tingkat = ("peringatan" if fuzzy else "kritis") if big else "info"
            lack = [kurang[k] for k in ("", str(r["kode"])) if k in kurang] \
                if r["realisasi_sipd_rp"] < r["realisasi_dokumen_rp"] else [turun] if turun else []
            tingkat = "peringatan" if lack and tingkat == "kritis" else tingkat
            pasangan = catatan_mirip(r["nama_sipd"], r["skor_nama"]) if fuzzy else ""
            pesan = (f"Realisasi Rp sub kegiatan {r['nama']} di dokumen {format_rupiah(r['realisasi_dokumen_rp'])}, "
                     f"di SIPD-RI {format_rupiah(r['realisasi_sipd_rp'])} {periode.sampai(r['kode'])} (sub kegiatan {r['kode']}, "
                     f"{r['berkas']}){pasangan}: selisih {format_rupiah(r['selisih_rp'])}{persen}{proses}. "
                     + (f"Data SIPD mungkin tidak lengkap: {'; '.join(lack)}. " if lack else "")
                     + (("Lengkapi data SIPD, lalu periksa angka dokumen dengan SP2D/TBP-nya." if lack else
                         "Periksa angka dokumen dengan SP2D/TBP-nya.") if big else "Di bawah batas materialitas."))
            rec = _rec("dokumen_vs_realisasi_sipd", tingkat, _TABEL, r["baris_dokumen"], r["nama"], "realisasi_rp",
                       r["realisasi_dokumen_rp"], r["realisasi_sipd_rp"], lead + pesan, nilai_rp=size)
        elif status == "hanya_dokumen" and not pd.isna(sipd_lain):
            pesan = (f"Sub kegiatan {r['nama']} berkode {r['kode']} di dokumen (realisasi "
                     f"{format_rupiah(r['realisasi_dokumen_rp'])}), tetapi di data realisasi SIPD-RI nama yang sama "
                     f"berkode {sipd_lain}: kode di salah satu sisi keliru, atau keduanya sub kegiatan berbeda dengan "
                     "nama yang sama. Tidak dipasangkan, sehingga realisasinya tidak dibandingkan; periksa kode yang "
                     "benar.")
            rec = _rec("dokumen_vs_realisasi_sipd", "peringatan", _TABEL, r["baris_dokumen"], r["nama"], "kode",
                       r["realisasi_dokumen_rp"], None, lead + pesan, nilai_rp=abs(float(r["realisasi_dokumen_rp"])))
        elif status == "hanya_dokumen":
            pesan = (f"Sub kegiatan {r['nama']} dengan realisasi {format_rupiah(r['realisasi_dokumen_rp'])} di dokumen "
                     "tidak ditemukan di data realisasi SIPD-RI perangkat daerah ini (kode maupun nama): "
                     "periksa apakah realisasinya ada di ekspor yang tidak diberikan atau sub kegiatannya bernama lain.")
            rec = _rec("dokumen_vs_realisasi_sipd", "peringatan", _TABEL, r["baris_dokumen"], r["nama"],
                       "realisasi_rp", r["realisasi_dokumen_rp"], None, lead + pesan,
                       nilai_rp=abs(float(r["realisasi_dokumen_rp"])))
        else:
            pesan = (f"Sub kegiatan {r['kode']} {r['nama']} terealisasi {format_rupiah(r['realisasi_sipd_rp'])} di "
                     f"SIPD-RI {periode.sampai(r['kode'])} ({r['berkas']}, rekaman {r['baris_sipd']}){proses}, tetapi tidak ada di "
                     "Tabel 2.2 dokumen.")
            rec = _rec("dokumen_vs_realisasi_sipd", "peringatan", _TABEL, None, r["nama"], "realisasi_rp", None,
                       r["realisasi_sipd_rp"], lead + pesan, nilai_rp=abs(float(r["realisasi_sipd_rp"])))
        if forced:
            rec["tingkat"] = "info"
        records.append(rec)
    return records


__all__ = ["CARA", "KOLOM", "Periode", "STATUS", "baris_dokumen", "bisa_turun", "data_kurang", "dokumen_vs_realisasi", "kesesuaian",
           "material", "periode_dokumen", "realisasi_sipd", "sebagai_sipd", "sub_kegiatan_kantor", "unit_realisasi"]
