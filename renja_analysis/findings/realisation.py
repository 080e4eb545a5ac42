"""Checks within SIPD realisation data alone (``sipd_realisasi_*`` finding types).

Every finding names the export (``tabel`` ``SIPD <file>``) and its record (``baris_sumber``), and
carries the rupiah at stake in ``nilai_hitung``: what the line adds to (or keeps out of) the
realisation, or, for overlapping exports, the lines of the later export dated in the overlap
(none for a month no export covers: what it would hold is not known); ``nilai_rp`` is its size, as for every SIPD finding (``semua_temuan``).
Lines counted from another export (``ganda``) are not checked again, except for a value that
changed between the exports (``nilai_berubah``).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from types import SimpleNamespace

import numpy as np
import pandas as pd

from ..keys import BULAN as _BULAN, kode_daerah, pemda_baku, pemda_sama, tanggal
from ..numbers import format_rupiah
from ..tables.sipd import skpd_tertulis
from .document import JENIS, _frame, _rec, gabung
from .reconciliation import (
    KOLOM_KESESUAIAN,
    Kesesuaian,
    SipdTidakSepadan,
    _tanpa_jenis,
    _temuan_kesesuaian,
    identitas_sipd,
)
from .sipd import tabel

#: Days an LS payment may stay in process (SPP or SPM without SP2D) before the end of the period
#: is reported (``proses_lama``): the treasury procedure counts its steps (SPP verified, SPM
#: issued, SP2D issued) in working days; two calendar weeks is already beyond them.
AMBANG_HARI_SP2D = 14

def _lines(baris: pd.DataFrame) -> pd.DataFrame:
    return baris[baris["status_realisasi"].astype(str) != "ganda"]


def nilai_tidak_wajar(baris: pd.DataFrame) -> pd.DataFrame:
    """A line whose ``nilai_realisasi`` is zero (peringatan) or negative, or whose return
    (``nilai_setoran``) is negative or larger than the line (kritis): the realisation it adds is
    0 or below zero.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "a.json", "baris": [1, 2], "nama_sub_giat": "S", "kode_sub_giat": "1.02",
    ...     "status_realisasi": "terealisasi", "nilai_realisasi_rp": [0.0, 5.0], "nilai_setoran_rp": [None, 7.0],
    ...     "nilai_bersih_rp": [0.0, -2.0]})
    >>> nilai_tidak_wajar(b)[["tingkat", "nilai_hitung"]].astype(str).values.tolist()
    [['peringatan', '0.0'], ['kritis', '-2.0']]
    """
    b = _lines(baris)
    nilai, setoran = b["nilai_realisasi_rp"], b["nilai_setoran_rp"].fillna(0)
    hit = ((nilai <= 0) | (setoran < 0) | (setoran > nilai)).fillna(False).astype(bool)
    records = []
    for r in b[hit.to_numpy()].to_dict("records"):
        zero = r["nilai_realisasi_rp"] == 0 and not r["nilai_bersih_rp"] < 0
        setoran_text = "" if pd.isna(r["nilai_setoran_rp"]) else f", setoran {format_rupiah(r['nilai_setoran_rp'])}"
        records.append(_rec(
            "sipd_realisasi_nilai_tidak_wajar", "peringatan" if zero else "kritis", tabel(r["berkas"]), r["baris"],
            r["nama_sub_giat"], "nilai_realisasi", r["nilai_realisasi_rp"], r["nilai_bersih_rp"],
            f"Baris realisasi sub kegiatan {r['kode_sub_giat']} bernilai {format_rupiah(r['nilai_realisasi_rp'])}"
            f"{setoran_text}: " + ("baris tanpa uang; periksa apakah pembayarannya batal atau salah entri."
                                   if zero else "realisasi bersihnya di bawah nol dan mengurangi jumlah realisasi; "
                                                "periksa tanda minus atau nilai setorannya.")))
    return _frame(records, JENIS)


def di_luar_tahun(baris: pd.DataFrame) -> pd.DataFrame:
    """A line dated outside its budget year: realised (SP2D or TBP) in another year
    (``status_realisasi`` ``di_luar_tahun``, not counted in the year), or a document dated in
    another year (peringatan). The rupiah at stake: the line's net value."""
    b = _lines(baris)
    doc_out = (b["tanggal_dokumen"].dt.year != b["tahun"]).fillna(False).astype(bool)
    hit = (b["status_realisasi"].astype(str) == "di_luar_tahun") | doc_out
    records = []
    for r in b[hit.to_numpy()].to_dict("records"):
        counted = r["status_realisasi"] == "di_luar_tahun"
        when = r["tanggal_sp2d"] if counted and r["jenis_transaksi"] == "LS" else r["tanggal_dokumen"]
        field = "tanggal_sp2d" if counted and r["jenis_transaksi"] == "LS" else "tanggal_dokumen"
        records.append(_rec(
            "sipd_realisasi_di_luar_tahun", "peringatan", tabel(r["berkas"]), r["baris"], r["nama_sub_giat"], field,
            r["nilai_bersih_rp"], r["nilai_bersih_rp"],
            f"Baris realisasi sub kegiatan {r['kode_sub_giat']} ({format_rupiah(r['nilai_bersih_rp'])}) bertanggal "
            f"{tanggal(when)}, di luar tahun anggaran {r['tahun']}"
            + (": tidak dihitung sebagai realisasi tahun ini." if counted else
               "; periksa tanggal dokumennya.")))
    return _frame(records, JENIS)


#: What the counting rule leaves out for want of something it needs (``status_realisasi``):
#: reported by ``tidak_dihitung``, their money in no total.
TIDAK_DIHITUNG = ("sp2d_tidak_lengkap", "jenis_tidak_dikenal")


def _rekaman(baris: pd.Series, paling_banyak: int = 10) -> str:
    """Records named in a message: the first ``paling_banyak``, then how many more.

    >>> _rekaman(pd.Series(range(1, 14)))
    'rekaman 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 dan 3 lainnya'
    """
    n = [str(int(v)) for v in baris]
    more = f" dan {len(n) - paling_banyak} lainnya" if len(n) > paling_banyak else ""
    return "rekaman " + ", ".join(n[:paling_banyak]) + more


def tidak_dihitung(baris: pd.DataFrame) -> pd.DataFrame:
    """Lines the counting rule leaves out of the realisation for want of what it needs
    (``TIDAK_DIHITUNG``; ``tables.realisation.hitung_realisasi``): an LS line with an SP2D number
    but no SP2D date, or a date but no number (``sp2d_tidak_lengkap``: issued, but not placed in
    a month), and a ``jenis_transaksi`` other than LS, UP, GU, TU (``jenis_tidak_dikenal``: how
    to count it is not known). Peringatan: the money may be spending and is in no total. One
    finding per export and cause (the SP2D field missing; the transaction type as written), on
    its first line; the rupiah at stake: their net value, left out.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "a.json", "baris": [1, 2, 3], "nama_sub_giat": "Gaji",
    ...     "kode_sub_giat": "X.XX.01.2.02.0001", "nomor_kunci": ["SPP-1", "SPP-2", "SPP-3"],
    ...     "status_realisasi": ["sp2d_tidak_lengkap", "jenis_tidak_dikenal", "jenis_tidak_dikenal"],
    ...     "jenis_transaksi": ["LS", "LS-GAJI", "LS-GAJI"], "nomor_sp2d": ["SP2D-1", None, None],
    ...     "nilai_bersih_rp": [500.0, 70.0, 30.0]})
    >>> tidak_dihitung(b)[["baris_sumber", "kolom", "nilai_hitung"]].values.tolist()
    [[1, 'tanggal_sp2d', 500.0], [2, 'jenis_transaksi', 100.0]]
    """
    b = _lines(baris)
    st = b["status_realisasi"].astype(str)
    hit = b[st.isin(TIDAK_DIHITUNG).to_numpy(bool)]
    if not len(hit):
        return _frame([], JENIS)
    jenis = (hit["status_realisasi"].astype(str) == "jenis_tidak_dikenal").to_numpy(bool)
    kolom = np.where(jenis, "jenis_transaksi", np.where(hit["nomor_sp2d"].notna().to_numpy(bool), "tanggal_sp2d",
                                                        "nomor_sp2d"))
    hit = hit.assign(_kolom=kolom, _jenis=hit["jenis_transaksi"].astype(str).where(jenis, ""))
    records = []
    for _, g in hit.groupby(["berkas", "_kolom", "_jenis"], sort=False, observed=True):
        r, n, field = g.iloc[0], len(g), g["_kolom"].iloc[0]
        total = float(g["nilai_bersih_rp"].astype(float).sum())
        lines = (f"{r['nomor_kunci']} (sub kegiatan {r['kode_sub_giat']}, {format_rupiah(total)})" if n == 1 else
                 f"{n} baris ({_rekaman(g['baris'])}) senilai {format_rupiah(total)}")
        if field == "jenis_transaksi":
            why = (f"berjenis transaksi \"{r['jenis_transaksi']}\", yang tidak dikenal aturan penghitungan (LS, UP, "
                   "GU, TU): cara menghitungnya tidak diketahui, sehingga tidak dihitung sebagai realisasi. Periksa "
                   "jenis transaksinya; bila itu pembayaran LS atau TBP yang ditulis lain, realisasi di sini kurang "
                   f"{format_rupiah(total)}.")
        else:
            why = ((f"ber-SP2D {r['nomor_sp2d']} tetapi tanpa tanggal SP2D" if n == 1 else
                    "bernomor SP2D tetapi tanpa tanggal SP2D") if field == "tanggal_sp2d" else
                   "bertanggal SP2D tetapi tanpa nomor SP2D")
            why += (": SP2D-nya tidak lengkap, sehingga pembayarannya tidak dapat ditempatkan pada bulannya dan "
                    "tidak dihitung sebagai realisasi. Periksa SP2D-nya di SIPD; bila sudah terbit, realisasi di "
                    f"sini kurang {format_rupiah(total)}.")
        records.append(_rec("sipd_realisasi_tidak_dihitung", "peringatan", tabel(r["berkas"]), r["baris"],
                            r["nama_sub_giat"], field, None, total, f"{lines} {why}"))
    return _frame(records, JENIS)


def proses_lama(baris: pd.DataFrame, ambang: int = AMBANG_HARI_SP2D, celah: pd.DataFrame | None = None) -> pd.DataFrame:
    """An LS payment still in process (SPP or SPM without SP2D) more than ``ambang`` days
    (``AMBANG_HARI_SP2D``) before the end of the period, the latest date the exports hold
    (peringatan; the rupiah at stake: its value, not counted as realisation).

    ``celah``: ``bulan_celah(baris)``, where the caller has it already. When its office's exports
    leave a gap (``bulan_celah``) after the export holding the line
    (after that export's latest date), whether it was still in process at the end is not known:
    its SP2D may be in the missing export. The finding then says what is known (in process in
    that export) and names the months not covered, instead of "not yet paid at the end".

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": "a.json", "baris": [1, 2], "nama_sub_giat": "S", "kode_sub_giat": "1.02",
    ...     "kode_skpd": "1", "nama_skpd": "DINAS", "jenis_dokumen": ["SPP", "TBP"],
    ...     "status_realisasi": ["dalam_proses", "terealisasi"], "dalam_proses_rp": [9.0, 0.0],
    ...     "nomor_dokumen": ["SPP-1", "TBP-1"], "tanggal_dokumen": pd.to_datetime(["2026-02-25", "2026-03-27"]),
    ...     "tanggal_sp2d": pd.NaT})
    >>> proses_lama(b)["nilai_hitung"].tolist()
    [9.0]
    """
    b = _lines(baris)
    end = pd.concat([b["tanggal_dokumen"], b["tanggal_sp2d"]]).max()
    age = (end - b["tanggal_dokumen"]).dt.days
    hit = ((b["status_realisasi"].astype(str) == "dalam_proses") & (age > ambang)).fillna(False).astype(bool)
    lines = b[hit.to_numpy()].assign(_umur=age[hit.to_numpy()])
    if not len(lines):
        return _frame([], JENIS)
    # the latest date of the export holding each line; the gaps of its office after it
    reach = pd.concat([baris["tanggal_dokumen"], baris["tanggal_sp2d"]]).groupby(
        pd.concat([baris["berkas"], baris["berkas"]]).astype(object)).max()
    lines = lines.assign(_sampai=lines["berkas"].astype(object).map(reach))
    gaps = bulan_celah(baris) if celah is None else celah
    records = []
    for r in lines.to_dict("records"):
        known = (f"{r['nomor_dokumen']} (sub kegiatan {r['kode_sub_giat']}, {format_rupiah(r['dalam_proses_rp'])}) "
                 f"bertanggal {tanggal(r['tanggal_dokumen'])}")
        after = gaps.loc[(gaps["kode_skpd"] == r["kode_skpd"]).to_numpy(bool)
                         & (gaps["bulan"] > int(r["_sampai"].year * 12 + r["_sampai"].month - 1)).to_numpy(bool),
                         "bulan"]
        if len(after):
            months = _sebut_bulan(after)
            text = (f"{known} belum ber-SP2D dalam {r['berkas']} (data sampai {tanggal(r['_sampai'])}), ekspor "
                    f"terakhir yang memuatnya. Ekspor {r['nama_skpd']} sesudahnya tidak mencakup {months}, sehingga "
                    f"tidak diketahui apakah SP2D-nya terbit sebelum {tanggal(end)}, tanggal terakhir dalam data "
                    "ekspor: belum dihitung sebagai realisasi. Sertakan ekspor bulan itu (SP2D-nya mungkin tercatat "
                    "di sana); bila SP2D-nya tidak ada di sana, periksa apakah pembayarannya tertahan.")
        else:
            text = (f"{known} dan belum ber-SP2D pada {tanggal(end)}, tanggal terakhir dalam data ekspor "
                    f"({int(r['_umur'])} hari kemudian, lebih dari {ambang} hari): belum dihitung sebagai realisasi; "
                    "periksa apakah pembayarannya tertahan atau SP2D-nya belum tercatat.")
        records.append(_rec("sipd_realisasi_proses_lama", "peringatan", tabel(r["berkas"]), r["baris"],
                            r["nama_sub_giat"], "tanggal_sp2d", None, r["dalam_proses_rp"], text))
    return _frame(records, JENIS)


def periode_tumpang_tindih(baris: pd.DataFrame) -> pd.DataFrame:
    """Two exports of the same office whose periods overlap: the lines they share are counted
    once (``ganda``), but an overlap says one of them may be an older export of the same
    period. An export's period runs from its first to its last payment date: the SP2D date
    where a line has one, else a TBP's date; a line still in process has none (an SPM carried
    from one monthly export to the next is not an overlap). One finding per pair, on the later
    export (name order); the rupiah at stake: its lines paid within the overlap.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": ["jan.json", "jan.json", "feb.json"], "baris": [1, 2, 1],
    ...     "kode_skpd": "1", "nama_skpd": "DINAS", "jenis_dokumen": "TBP", "nilai_bersih_rp": [5.0, 7.0, 7.0],
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-05", "2026-01-30", "2026-01-30"]), "tanggal_sp2d": pd.NaT})
    >>> periode_tumpang_tindih(b)[["tabel", "nilai_hitung"]].values.tolist()
    [['SIPD feb.json', 7.0]]
    """
    b = baris.reset_index(drop=True)
    b = b.assign(_bayar=_bayar(b))
    order = {name: i for i, name in enumerate(dict.fromkeys(b["berkas"]))}
    paid = b[b["_bayar"].notna()]
    span = paid.groupby(["kode_skpd", "berkas"], sort=False).agg(
        nama_skpd=("nama_skpd", "first"), awal=("_bayar", "min"), akhir=("_bayar", "max")).reset_index()
    span["_o"] = span["berkas"].map(order)
    pairs = span.merge(span, on="kode_skpd", suffixes=("_a", "_b"))
    pairs = pairs[(pairs["_o_a"] < pairs["_o_b"]) & (pairs["awal_b"] <= pairs["akhir_a"])
                  & (pairs["awal_a"] <= pairs["akhir_b"])]
    records = []
    by_file = {key: g for key, g in paid[["kode_skpd", "berkas", "baris", "_bayar", "nilai_bersih_rp"]].groupby(
        ["kode_skpd", "berkas"], sort=False)} if len(pairs) else {}
    for _, p in pairs.iterrows():
        lo, hi = max(p["awal_a"], p["awal_b"]), min(p["akhir_a"], p["akhir_b"])
        mine, theirs = (by_file[(p["kode_skpd"], p[f"berkas_{s}"])] for s in ("b", "a"))
        mine, theirs = mine[mine["_bayar"].between(lo, hi)], theirs[theirs["_bayar"].between(lo, hi)]
        at_stake = float(mine["nilai_bersih_rp"].astype(float).sum())
        days = "" if lo == hi else f" sampai {tanggal(hi)}"
        records.append(_rec(
            "sipd_realisasi_periode_tumpang_tindih", "peringatan", tabel(p["berkas_b"]), int(mine["baris"].iloc[0]),
            p["nama_skpd_a"], "tanggal_sp2d / tanggal_dokumen", None, at_stake,
            f"Ekspor {p['berkas_b']} (pembayaran {tanggal(p['awal_b'])} sampai {tanggal(p['akhir_b'])}) dan "
            f"{p['berkas_a']} ({tanggal(p['awal_a'])} sampai {tanggal(p['akhir_a'])}) dari {p['nama_skpd_a']} "
            f"tumpang tindih pada {tanggal(lo)}{days}: {len(mine)} baris senilai {format_rupiah(at_stake)} di "
            "rentang itu; baris yang sama di kedua ekspor dihitung sekali. Periksa apakah salah satunya ekspor "
            "lama dari periode yang sama.", pembanding=int(theirs["baris"].iloc[0])))
    return _frame(records, JENIS)


def _bulan(tanggal_: pd.Series) -> pd.Series:
    """Dates as months counted from year 0 (``tahun * 12 + bulan - 1``; NA stays NA)."""
    return (tanggal_.dt.year * 12 + tanggal_.dt.month - 1).astype("Float64")


def _nama_bulan(awal: int, akhir: int) -> str:
    """A run of months (``_bulan``'s numbers) in words.

    >>> _nama_bulan(24313, 24313), _nama_bulan(24313, 24315), _nama_bulan(24311, 24313)
    ('Februari 2026', 'Februari sampai April 2026', 'Desember 2025 sampai Februari 2026')
    """
    a, b = divmod(int(awal), 12), divmod(int(akhir), 12)
    if a == b:
        return f"{_BULAN[a[1]]} {a[0]}"
    first = _BULAN[a[1]] + ("" if a[0] == b[0] else f" {a[0]}")
    return f"{first} sampai {_BULAN[b[1]]} {b[0]}"


def _sebut_bulan(bulan: pd.Series) -> str:
    """Months (``_bulan``'s numbers, ascending) in words, each run of consecutive months as one.

    >>> _sebut_bulan(pd.Series([24313, 24314, 24317]))
    'Februari sampai Maret 2026, Juni 2026'
    """
    runs = bulan.groupby((bulan.diff() != 1).cumsum()).agg(["min", "max"])
    return ", ".join(_nama_bulan(a, z) for a, z in runs.itertuples(index=False))


def _bayar(baris: pd.DataFrame) -> pd.Series:
    """A line's payment date, as ``periode_tumpang_tindih`` reads an export's period: its SP2D
    date, else a TBP's date; none for a line in process."""
    return baris["tanggal_sp2d"].fillna(baris["tanggal_dokumen"].where(baris["jenis_dokumen"] == "TBP"))


def _pemda_baris(b: pd.DataFrame) -> pd.Series:
    """Each line's pemda as a key to group exports by: its ``id_daerah`` (``keys.kode_daerah``), else its pemda name
    (``nama_daerah``, ``keys.pemda_baku``), else ``""`` (not stated: lines naming no pemda go
    together, apart from lines naming one).

    >>> _pemda_baris(pd.DataFrame({"id_daerah": ["89", None, None], "nama_daerah": [None, "Kab. Magetan", None]})).tolist()
    ['89', 'Kabupaten Magetan', '']
    """
    key = pd.Series("", index=b.index, dtype=object)
    for col, baku in (("nama_daerah", True), ("id_daerah", False)):
        if col in b:
            v = b[col].astype(object).where(b[col].notna(), None)
            uniq = {x: (pemda_baku(x) if baku else kode_daerah(x)) for x in v.dropna().unique()}
            v = v.map(uniq).astype(object)
            key = v.where(v.notna(), key)
    return key


#: A year and month in an export's file name (``...-2026-01.json``, ``..._202601.csv``): the month it is of.
_NAMA_BULAN_BERKAS = re.compile(r"(?<!\d)(20\d\d)[-_ .]?(0[1-9]|1[0-2])(?!\d)")

#: The months as users write them in file names: whole (the old spellings Pebruari, Nopember too) or cut short.
_KATA_BULAN = {**{b.lower(): i for i, b in enumerate(_BULAN, start=1)}, "pebruari": 2, "nopember": 11,
               "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
               "ags": 8, "agust": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12}
_BLN = "(?:" + "|".join(sorted(_KATA_BULAN, key=lambda k: (-len(k), k))) + ")(?![a-z])"
#: One date: ``2026-01-31`` (``_`` or ``.`` too), ``20260131``, ``31-01-2026`` (``31.01.2026``), ``31 Januari 2026``.
_TGL = rf"(?:20\d\d[-_.]\d\d[-_.]\d\d|20\d{{6}}|\d\d[-_.]\d\d[-_.]20\d\d|\d{{1,2}}[-_ .]?{_BLN}[-_ .]?20\d\d)"
#: Between the dates of a range: ``sd``, ``s.d.``, ``s_d`` (``s/d`` as saved), ``sampai``, ``hingga``, or
#: (between two whole dates only) ``-``, ``_``, spaces.
_SD = r"[-_ .]*(?:s[-_. ]?d\.?|sampai(?:[-_ ]dengan)?|hingga)[-_ .]*"
_SAMPAI = rf"(?:{_SD}|[-_ ]{{1,3}})"
#: Between days or month names: a range word, or `` - `` with spaces (``02-31-januari``: Puskesmas 02 on 31
#: January, not 2 to 31 January; ``jan-mar``: no range said).
_SAMPAI_KATA = rf"(?:{_SD}| +- +)"
#: The periods a name may state, tried in this order: two dates; days and one month name (``1 sd 31 Januari
#: 2026``); two month names (``Januari sd Maret 2026``); two months ``2026-01 sd 2026-03`` (``sd`` between them).
_RENTANG_BERKAS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"(?<!\d)(?<!\d[-_.])({_TGL}){_SAMPAI}({_TGL})(?!\d)(?![-_.]\d)",
    rf"(?<!\d)(?<!\d[-_.])(\d{{1,2}})(?:[-_ .]?({_BLN})(?:[-_ .]?(20\d\d))?)?{_SAMPAI_KATA}(\d{{1,2}})[-_ .]?({_BLN})"
    rf"[-_ .]?(20\d\d)(?!\d)(?![-_.]\d)",
    rf"(?<![a-z0-9])(?<!\d[-_ .])({_BLN})(?:[-_ .]?(20\d\d))?{_SAMPAI_KATA}({_BLN})[-_ .]?(20\d\d)(?!\d)(?![-_.]\d)",
    rf"(?<!\d)(?<!\d[-_.])(20\d\d)[-_.]?(\d\d){_SD}(20\d\d)[-_.]?(\d\d)(?!\d)(?![-_.]\d)"))
#: A month named in words with its year (``januari-2026``, ``2026_Jan``), no day beside it.
_KATA_BULAN_BERKAS = (
    re.compile(rf"(?<![a-z0-9])(?<!\d[-_ .])({_BLN})[-_ .]?(20\d\d)(?!\d)(?![-_.]\d)", re.IGNORECASE),
    re.compile(rf"(?<!\d)(?<!\d[-_.])(20\d\d)[-_ .]?({_BLN})(?![-_ .]?\d)", re.IGNORECASE))


def _tanggal_berkas(teks: str) -> dict[str, tuple[int, int, int]]:
    """The readings (year, month, day) of one date of a file name (``_TGL``), by the order its
    numbers are written in: ``""`` for one order only (year first, or the month in words); ``01-02-2026``
    is read day first (``"hb"``, as Indonesians write it) and month first (``"bh"``). A reading that
    is no date is left out (a month above 12, a day above 31; a day past its month's end,
    ``29-02-2026``, still names its month).

    >>> _tanggal_berkas("2026-01-31"), _tanggal_berkas("31.01.2026"), _tanggal_berkas("1 Pebruari 2026")
    ({'': (2026, 1, 31)}, {'hb': (2026, 1, 31)}, {'': (2026, 2, 1)})
    >>> _tanggal_berkas("01-02-2026"), _tanggal_berkas("2026-13-01")
    ({'hb': (2026, 2, 1), 'bh': (2026, 1, 2)}, {})
    """
    if m := re.fullmatch(r"(20\d\d)([-_.]?)(\d\d)\2(\d\d)", teks):
        cara = {"": (int(m.group(1)), int(m.group(3)), int(m.group(4)))}
    elif m := re.fullmatch(r"(\d\d)([-_.])(\d\d)\2(20\d\d)", teks):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        cara = {"hb": (y, b, a), "bh": (y, a, b)}
    elif m := re.fullmatch(rf"(\d{{1,2}})[-_ .]?({_BLN})[-_ .]?(20\d\d)", teks, re.IGNORECASE):
        cara = {"": (int(m.group(3)), _KATA_BULAN[m.group(2).lower()], int(m.group(1)))}
    else:
        cara = {}
    return {k: t for k, t in cara.items() if 1 <= t[1] <= 12 and 1 <= t[2] <= 31}


def _hari(y: int, m: int, d: int) -> date:
    """The date ``d`` ``m`` ``y``, a day past its month's end read as the month's last day (``29-02-2026``
    still names February: 28 February); ``d`` 0 is the month's last day."""
    akhir = calendar.monthrange(y, m)[1]
    return date(y, m, akhir if d == 0 else min(d, akhir))


def _rentang_berkas(m: re.Match) -> tuple[date, date] | None:
    """The first and last day of a range matched by one of ``_RENTANG_BERKAS`` (a range of months: the
    first month's first day to the last month's last day); None when it reads no way or more than one
    way (its start after its end, or ``01-02-2026 sd 10-02-2026``: 1 to 10 February, day first, or 2
    January to 2 October, month first; both dates are written in one order)."""
    g = m.groups()
    if len(g) == 2:                                            # two dates
        a, z = _tanggal_berkas(g[0]), _tanggal_berkas(g[1])
        cara = {(a[i], z[j]) for i in a for j in z if (i == j or "" in (i, j)) and a[i] <= z[j]}
    elif len(g) == 6:                                          # days and one month name
        y, bln = int(g[5]), _KATA_BULAN[g[4].lower()]
        awal = (int(g[2]) if g[2] else y, _KATA_BULAN[g[1].lower()] if g[1] else bln, int(g[0]))
        akhir = (y, bln, int(g[3]))
        cara = {(awal, akhir)} if awal <= akhir and 1 <= awal[2] <= 31 and 1 <= akhir[2] <= 31 else set()
    elif g[0].isdigit():                                       # 2026-01 sd 2026-03
        awal, akhir = (int(g[0]), int(g[1]), 1), (int(g[2]), int(g[3]), 0)
        cara = {(awal, akhir)} if 1 <= awal[1] <= 12 and 1 <= akhir[1] <= 12 and awal[:2] <= akhir[:2] else set()
    else:                                                      # Januari sd Maret 2026
        y = int(g[3])
        awal, akhir = (int(g[1]) if g[1] else y, _KATA_BULAN[g[0].lower()], 1), (y, _KATA_BULAN[g[2].lower()], 0)
        cara = {(awal, akhir)} if awal[:2] <= akhir[:2] else set()
    hari = {(_hari(*a), _hari(*z)) for a, z in cara}
    return hari.pop() if len(hari) == 1 else None


def _periode_hari(name: str) -> tuple[str, date, date] | None:
    """``periode_berkas``'s series of a file name, and the first and last day of the period it states
    (a month: its first to its last day). The series keeps a day written without its month (``pkm 02 sd
    31 Januari 2026``: ``pkm 02#``): it may be the office's number, which the series must never lose."""
    hari = _periode_hari_lepas(name)
    return None if hari is None else hari[:3]


def _periode_hari_lepas(name: str) -> tuple[str, date, date, str | None] | None:
    """``_periode_hari`` and, for a range whose first day is written without its month (``16 sd 31
    Maret 2026``), the series without that day too (``pkm #``; None for any other name): where the day
    belongs to the range, not to the office (``ekspor_kosong`` tells).

    >>> _periode_hari_lepas("pkm 16 sd 31 Maret 2026.json")[::3], _periode_hari_lepas("pkm-2026-03.json")[3]
    (('pkm 16#.json', 'pkm #.json'), None)
    """
    rentang = False
    for pola in _RENTANG_BERKAS:
        m = pola.search(name)
        if m is not None:
            hari = _rentang_berkas(m)
            if hari is not None:
                lepas = name[:m.start()] + "#" + name[m.end():]
                if len(m.groups()) == 6 and m.group(2) is None:   # a bare first day stays in the series
                    return name[:m.end(1)] + "#" + name[m.end():], hari[0], hari[1], lepas
                return lepas, hari[0], hari[1], None
            rentang = True                                     # read no way or two: as before, no new reading
            break
    m = _NAMA_BULAN_BERKAS.search(name)
    if m is not None:
        y, b = int(m.group(1)), int(m.group(2))
        return name[:m.start()] + "#" + name[m.end():], _hari(y, b, 1), _hari(y, b, 0), None
    for pola in () if rentang else _KATA_BULAN_BERKAS:
        m = pola.search(name)
        if m is not None:
            t, k = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
            y, b = int(t), _KATA_BULAN[k.lower()]
            return name[:m.start()] + "#" + name[m.end():], _hari(y, b, 1), _hari(y, b, 0), None
    return None


def _bulan_penuh(awal: date, akhir: date) -> tuple[int, ...]:
    """The months (``tahun * 12 + bulan - 1``) the days ``awal`` to ``akhir`` reach from their first to
    their last day; a month reached in part is not one.

    >>> [_nama_bulan(m, m) for m in _bulan_penuh(date(2026, 1, 1), date(2026, 3, 10))]
    ['Januari 2026', 'Februari 2026']
    """
    a = awal.year * 12 + awal.month - 1 + (awal.day > 1)
    z = akhir.year * 12 + akhir.month - 1 - (akhir.day < calendar.monthrange(akhir.year, akhir.month)[1])
    return tuple(range(a, z + 1))


def periode_berkas(name: str) -> tuple[str, tuple[int, ...]] | None:
    """The series and months of an export from its file name: the name with the period it
    states replaced by ``#`` (the series: the office's exports of other periods share it), and
    the months that period reaches from their first to their last day (``tahun * 12 + bulan - 1``;
    a month it reaches in part is not among them: ``ekspor_kosong`` joins the series' exports to
    cover it). None for a name stating no period it can be read as.

    The period is, first, a range of two dates (``2026-01-01_sd_2026-01-31``, ``01.01.2026 s.d.
    31.01.2026``, ``20260101-20260131``, ``1 Januari 2026 sd 31 Januari 2026``, ``1 sd 31 Januari
    2026``) or of two months (``Januari sd Maret 2026``, ``2026-01 sd 2026-03``): its days from its first
    date to its last; between days or month names a range word (``sd``, ``s.d.``, ``s_d``, ``sampai``,
    ``hingga``) or `` - `` must stand (``pkm-02-31-januari-2026``: Puskesmas 02 on 31 January, not a range).
    A range read no way or two ways (``01-02-2026 sd 10-02-2026``, day or month first; its start after
    its end) is read as before ranges were: by its first year and month, if any. Else a year and month
    (``2026-01``, ``2026_01``, ``202601``, ``2026-01-31``: January), else a month named with its year
    (``januari-2026``, ``Jan 2026``, ``2026_Januari``; not a day's date, ``31-januari-2026``, nor a month
    without its year): the whole month. A day written without its month stays in the series
    (``pkm 02 sd 31 Januari 2026``: ``pkm 02#``), which never drops a number that may be the office's.

    >>> periode_berkas("pkm-2026-01-01_sd_2026-01-31.json") == ("pkm-#.json", (2026 * 12,))
    True
    >>> periode_berkas("pkm-2026-01-01_sd_2026-01-28.json")    # three days of January short
    ('pkm-#.json', ())
    >>> periode_berkas("pkm-2026-01.json") == periode_berkas("pkm-januari-2026.json") == ("pkm-#.json", (24312,))
    True
    >>> [_nama_bulan(m, m) for m in periode_berkas("pkm 1 Januari 2026 s.d. 31 Maret 2026.json")[1]]
    ['Januari 2026', 'Februari 2026', 'Maret 2026']
    >>> periode_berkas("pkm 1 sd 31 Januari 2026.json") == ("pkm 1#.json", (24312,))
    True
    >>> periode_berkas("pkm-01-02-2026_sd_10-02-2026.json"), periode_berkas("pkm-31-januari-2026.json")
    (None, None)
    >>> periode_berkas("pkm-02-31-januari-2026.json")
    """
    hari = _periode_hari(name)
    return None if hari is None else (hari[0], _bulan_penuh(hari[1], hari[2]))


def _hari_tercakup(spans: list[tuple[date, date]], awal: date, akhir: date) -> bool:
    """Whether the periods ``spans`` (first and last day each, sorted) together reach every day from
    ``awal`` to ``akhir``.

    >>> j = [(date(2026, 1, 1), date(2026, 1, 13)), (date(2026, 1, 14), date(2026, 2, 10))]
    >>> _hari_tercakup(j, date(2026, 1, 1), date(2026, 1, 31)), _hari_tercakup(j, date(2026, 2, 1), date(2026, 2, 28))
    (True, False)
    """
    hari = awal
    for a, z in spans:
        if a > hari:
            break
        if z >= hari:
            hari = z + timedelta(days=1)
        if hari > akhir:
            return True
    return False


def _seri_bersambung(periode: dict, office: dict[str, set], days: dict[str, set]) -> dict[str, str]:
    """Each series (``_periode_hari``'s key) and the series it belongs to: itself, or, for one whose
    names' range starts on a day written without its month (``16 sd 31 Maret 2026``: ``pkm 16#``), the
    series without that day (``pkm 1#`` of ``1 sd 15 Maret 2026``, or ``pkm #`` of whole dates) holding
    a period that ends the day before it starts: that day continues the range, it is no office's number.
    Never where the two series are read of different offices (``office``), nor where the day continues
    none or two. ``days`` and ``office`` of a series joined are merged into its own (in place).

    >>> from datetime import date
    >>> p = {n: _periode_hari_lepas(n) for n in ("pkm 1 sd 15 Maret 2026", "pkm 16 sd 31 Maret 2026")}
    >>> days = {"pkm 1#": {(date(2026, 3, 1), date(2026, 3, 15))}, "pkm 16#": {(date(2026, 3, 16), date(2026, 3, 31))}}
    >>> _seri_bersambung(p, {"pkm 1#": {"7"}}, days)
    {'pkm 1#': 'pkm 1#', 'pkm 16#': 'pkm 1#'}
    >>> p = {n: _periode_hari_lepas(n) for n in ("pkm 02 sd 31 Januari 2026", "pkm 01 sd 31 Januari 2026")}
    >>> days = {"pkm 02#": {(date(2026, 1, 2), date(2026, 1, 31))}, "pkm 01#": {(date(2026, 1, 1), date(2026, 1, 31))}}
    >>> _seri_bersambung(p, {"pkm 01#": {"7"}}, days)["pkm 02#"]      # 02 continues no period: Puskesmas 02's
    'pkm 02#'
    """
    induk = {k: k for k in days}

    def akar(k: str) -> str:
        while induk[k] != k:
            k = induk[k]
        return k

    lepas: dict[str, str] = {}                 # each series and its key without a bare first day
    for p in periode.values():
        if p is not None:
            lepas.setdefault(p[0], p[3] if p[3] is not None else p[0])
    for p in sorted((p for p in periode.values() if p is not None and p[3] is not None), key=lambda p: (p[1], p[0])):
        own = akar(p[0])
        kemarin = p[1] - timedelta(days=1)
        calon = {akar(k) for k in days if lepas.get(k) == p[3] or k == p[3]} - {own}
        calon = {k for k in calon if any(z == kemarin for _, z in days[k])}
        if len(calon) != 1:
            continue
        (ke,) = calon
        if office.get(own) and office.get(own) != office.get(ke):
            continue                            # read of another office: its number, not a day
        induk[own] = ke
        days[ke] |= days[own]
        if own in office:
            office.setdefault(ke, set()).update(office[own])
    return {k: akar(k) for k in induk}


def ekspor_kosong(berkas: pd.DataFrame | None, baris: pd.DataFrame) -> pd.DataFrame:
    """The office and month of each export read empty (``status`` ``kosong`` in the reading
    account ``berkas``: no record, so nothing in it names its office or period), known from its
    file name only: a name that, without the period it states (``periode_berkas``: ``2026-01``,
    ``2026-01-01_sd_2026-01-31``, ``januari-2026`` ...), is the name of exports read of one office
    (``kode_skpd``) without theirs is that office's export of that period, in which it paid
    nothing: it covers each month of it it reaches from the month's first day to its last
    (``bulan_celah``'s ``kosong``). A month it reaches in part (``2026-01-01_sd_2026-01-13``; ``..._sd_
    2026-01-28`` too, three days short) it covers only when the series' exports, empty and read (their
    names' periods), together reach every day of that month (``2026-01-14_sd_2026-01-31`` read beside
    it); else it covers nothing of it: the days not downloaded may hold payments. An empty export whose
    name states no period read one way, or matches no office's series or several, covers nothing. Only
    an export that parses and states no record (``[]``, ``recordsTotal`` 0, a CSV
    holding its header only: a ``format`` in the account) may cover its month; a 0-byte or
    whitespace-only file (``format`` empty: what an interrupted download leaves) holds no export
    at all and covers nothing. Columns ``kode_skpd``, ``bulan`` (``tahun * 12 + bulan - 1``),
    ``berkas``.

    Examples
    --------
    >>> akun = pd.DataFrame({"berkas": ["pkm-2026-01.json", "pkm-2026-02.json", "x.json"],
    ...                      "format": ["json", "json", "json"], "status": ["kosong", "dibaca", "kosong"]})
    >>> b = pd.DataFrame({"berkas": ["pkm-2026-02.json"], "kode_skpd": ["7"]})
    >>> k = ekspor_kosong(akun, b)
    >>> k["kode_skpd"].tolist(), [_nama_bulan(m, m) for m in k["bulan"]]
    (['7'], ['Januari 2026'])
    >>> len(ekspor_kosong(akun.assign(format=[None, "json", "json"]), b))    # a 0-byte January: no export
    0

    Named by a date range, the office's exports form a series as well; a range over two months
    covers both.

    >>> akun = pd.DataFrame({"berkas": ["pkm-2026-01-01_sd_2026-02-28.json", "pkm-2026-03-01_sd_2026-03-31.json"],
    ...                      "format": "json", "status": ["kosong", "dibaca"]})
    >>> k = ekspor_kosong(akun, pd.DataFrame({"berkas": ["pkm-2026-03-01_sd_2026-03-31.json"], "kode_skpd": ["7"]}))
    >>> k["kode_skpd"].tolist(), [_nama_bulan(m, m) for m in k["bulan"]]
    (['7', '7'], ['Januari 2026', 'Februari 2026'])

    An empty 1 to 13 January covers January when the series' 14 to 31 January is read, not without it.

    >>> akun = pd.DataFrame({"berkas": ["pkm-2026-01-01_sd_2026-01-13.json", "pkm-2026-01-14_sd_2026-01-31.json"],
    ...                      "format": "json", "status": ["kosong", "dibaca"]})
    >>> b = pd.DataFrame({"berkas": ["pkm-2026-01-14_sd_2026-01-31.json"], "kode_skpd": ["7"]})
    >>> [_nama_bulan(m, m) for m in ekspor_kosong(akun, b)["bulan"]]
    ['Januari 2026']
    >>> len(ekspor_kosong(akun.iloc[:1], b.assign(berkas="pkm-2026-02-01_sd_2026-02-28.json")))
    0
    """
    none = pd.DataFrame({"kode_skpd": pd.Series([], dtype=object), "bulan": pd.Series([], dtype="int64"),
                         "berkas": pd.Series([], dtype=object)})
    if berkas is None or not len(berkas) or "status" not in berkas or not len(baris):
        return none
    kosong = (berkas["status"] == "kosong").to_numpy(bool)
    if "format" in berkas:                     # parsed (json/csv/xlsx) stating no record; a 0-byte or
        kosong = kosong & berkas["format"].notna().to_numpy(bool)   # whitespace-only file (<NA>): no export
    empty = berkas.loc[kosong, "berkas"].astype(str).tolist()
    if not empty:
        return none

    held = baris[["berkas", "kode_skpd"]].astype(object).drop_duplicates()
    periode = {name: _periode_hari_lepas(name) for name in dict.fromkeys([*held["berkas"].astype(str), *empty])}
    office: dict[str, set] = {}
    days: dict[str, set[tuple[date, date]]] = {}       # each series' periods, its exports empty and read
    for name, kode in zip(held["berkas"].astype(str), held["kode_skpd"]):
        key = periode[name]
        if key is not None:
            office.setdefault(key[0], set()).add(kode)
            days.setdefault(key[0], set()).add(key[1:3])
    for name in empty:
        key = periode[name]
        if key is not None:
            days.setdefault(key[0], set()).add(key[1:3])
    seri = _seri_bersambung(periode, office, days)
    rows: list[tuple[object, int, str]] = []
    for name in empty:
        key = periode[name]
        owners = office.get(seri[key[0]], set()) if key is not None else set()
        if key is None or len(owners) != 1:
            continue
        spans = sorted(days[seri[key[0]]])
        for bulan in range(key[1].year * 12 + key[1].month - 1, key[2].year * 12 + key[2].month):
            y, m = divmod(bulan, 12)
            if _hari_tercakup(spans, _hari(y, m + 1, 1), _hari(y, m + 1, 0)):
                rows.append((next(iter(owners)), bulan, name))
    if not rows:
        return none
    return pd.DataFrame(rows, columns=["kode_skpd", "bulan", "berkas"]).astype(
        {"kode_skpd": object, "bulan": "int64", "berkas": object})


def bulan_celah(baris: pd.DataFrame, kosong: pd.DataFrame | None = None) -> pd.DataFrame:
    """The months inside an office's span of payments that no export covers: one row per
    office (``kode_skpd`` as the exports write it, the unit that files them) and month
    (``bulan``: ``tahun * 12 + bulan - 1``).

    An export covers the months from its first to its last payment date (``_bayar``: SP2D, else
    TBP date; over all its lines, whichever office paid them), for every office it holds lines
    of. An SKPD (``kode_skpd_induk``) one of whose exports holds lines of several of its offices
    files them together (the SKPD's own exports): each export holding any of its offices covers
    all of them, since an office an export lacks may have paid nothing in it. An export holding
    several SKPDs is a pemda-wide export: it covers every office of its pemda (``id_daerah``,
    else ``nama_daerah``; lines naming none are one pemda). An office found in one is filed
    pemda-wide: every export of its pemda holding an office so filed covers it, since the pemda's
    export of a month in which one SKPD alone paid holds that SKPD alone (it cannot be told from
    that SKPD's own export: then taken as the pemda's). An office's
    span runs from its first to its last payment. A month inside it that no export covering the
    office reaches is a gap: the export of that month may be missing (or the office paid nothing
    in it). The span runs on after the office's last payment to the last payment month of its
    pemda's exports (the latest month the data reaches): an office whose last monthly export is
    missing has a gap at the tail (or it paid nothing then; an export of its pemda covering it,
    such as a pemda-wide one, says it did not). The span starts in January of the office's budget
    year (``tahun``, when the lines state it: realisation is counted cumulative from 1 January),
    or at its first payment when that is earlier: an office whose first monthly export is missing
    has a gap at the head (or it paid nothing then; an export of its pemda covering it says it did
    not). Without ``tahun`` the span starts at the office's first payment. ``kosong``
    (``ekspor_kosong``): the months of an office's empty exports, covered (it paid nothing then).

    Columns: ``kode_skpd``, ``bulan``; ``ekor`` (the month is after the office's last payment:
    the tail), ``kepala`` (before its first payment: the head), ``tak_diketahui`` (the head or
    tail of an office in no pemda-wide export, ``ekor`` or ``kepala`` and ``ekspor_sendiri``: a
    missing export not known, one rule for both ends), ``ekspor_sendiri`` (the office is in no pemda-wide export: its exports are its
    own, or its SKPD's, and their coverage is what their payments show; an export of a month in
    which it paid nothing, or a cumulative one downloaded later, shows its last payment month
    only, so its tail is not known to be a missing export; one from January in which it paid nothing
    in January shows its first payment month only: its head likewise), ``akhir_pemda`` (the last payment
    month of its pemda's exports).

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": ["jan.json", "mar.json"], "kode_skpd": "1", "jenis_dokumen": "TBP",
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-30", "2026-03-04"]), "tanggal_sp2d": pd.NaT})
    >>> g = bulan_celah(b)
    >>> g["kode_skpd"].tolist(), [_nama_bulan(m, m) for m in g["bulan"]]
    (['1'], ['Februari 2026'])

    Pemda-wide exports of January to March: office 2 paid nothing in February, whose export
    holds office 1 alone; no gap.

    >>> w = pd.DataFrame({"berkas": ["jan.json", "jan.json", "feb.json", "mar.json", "mar.json"],
    ...     "kode_skpd": ["1", "2", "1", "1", "2"], "jenis_dokumen": "TBP", "tanggal_sp2d": pd.NaT,
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-05", "2026-01-06", "2026-02-03", "2026-03-02", "2026-03-09"])})
    >>> len(bulan_celah(w))
    0

    Per-office exports: office 2's March export is missing (office 1's reaches March).

    >>> t = w.assign(berkas=["d1-jan.json", "d2-jan.json", "d1-feb.json", "d1-mar.json", "d2-feb.json"],
    ...     tanggal_dokumen=pd.to_datetime(["2026-01-05", "2026-01-06", "2026-02-03", "2026-03-02", "2026-02-09"]))
    >>> g = bulan_celah(t)
    >>> g["kode_skpd"].tolist(), [_nama_bulan(m, m) for m in g["bulan"]]
    (['2'], ['Maret 2026'])

    The budget year stated: office 2's January export is missing (its exports begin in February).

    >>> g = bulan_celah(t.assign(tahun=2026, tanggal_dokumen=pd.to_datetime(["2026-01-05", "2026-02-06",
    ...     "2026-02-03", "2026-03-02", "2026-03-09"])))
    >>> g["kode_skpd"].tolist(), [_nama_bulan(m, m) for m in g["bulan"]], g["kepala"].tolist()
    (['2'], ['Januari 2026'], [True])
    """
    b = skpd_tertulis(baris.reset_index(drop=True))
    b = b.assign(_m=_bulan(_bayar(b)), kode_skpd=b["kode_skpd"].astype(object), _pemda=_pemda_baris(b),
                 kode_skpd_induk=b["kode_skpd_induk"].astype(object), berkas=b["berkas"].astype(object))
    paid = b[b["_m"].notna().to_numpy(bool)]
    none = pd.DataFrame({"kode_skpd": pd.Series([], dtype=object), "bulan": pd.Series([], dtype="int64"),
                         "ekor": pd.Series([], dtype=bool), "kepala": pd.Series([], dtype=bool),
                         "ekspor_sendiri": pd.Series([], dtype=bool), "tak_diketahui": pd.Series([], dtype=bool),
                         "akhir_pemda": pd.Series([], dtype="int64")})
    if not len(paid):
        return none
    span = paid.groupby("berkas", sort=False)["_m"].agg(awal="min", akhir="max").reset_index()
    held = b[["kode_skpd", "kode_skpd_induk", "berkas", "_pemda"]].drop_duplicates()
    per_file = held.groupby("berkas", sort=False)
    several = per_file["kode_skpd"].transform("nunique").gt(1).to_numpy(bool)
    together = held["kode_skpd_induk"].isin(set(held.loc[several, "kode_skpd_induk"])).to_numpy(bool)
    units = held[["kode_skpd", "kode_skpd_induk"]].drop_duplicates()
    joint = held.loc[together, ["kode_skpd_induk", "berkas"]].drop_duplicates().merge(units, on="kode_skpd_induk")
    # pemda-wide exports (several SKPDs in one file) cover every office of their pemda; an office
    # filed in one is covered by every export of its pemda holding an office so filed
    wide = per_file["kode_skpd_induk"].transform("nunique").gt(1).to_numpy(bool)
    offices = held[["kode_skpd", "_pemda"]].drop_duplicates()
    filed = held.loc[wide, ["kode_skpd", "_pemda"]].drop_duplicates()
    series = held.merge(filed, on=["kode_skpd", "_pemda"])[["berkas", "_pemda"]].drop_duplicates()
    pemda = pd.concat([held.loc[wide, ["berkas", "_pemda"]].drop_duplicates().merge(offices, on="_pemda"),
                       filed.merge(series, on="_pemda")])
    cover = pd.concat([held[["kode_skpd", "berkas"]], joint[["kode_skpd", "berkas"]],
                       pemda[["kode_skpd", "berkas"]]]).drop_duplicates().merge(span, on="berkas")
    own = paid.groupby("kode_skpd", sort=False)["_m"].agg(awal="min", akhir="max").reset_index()
    last_own = own.set_index("kode_skpd")["akhir"]
    first_own = own.set_index("kode_skpd")["awal"]
    # the head: every office's span starts in January of its budget year, when stated
    if "tahun" in b:
        januari = (pd.to_numeric(b["tahun"]).astype("Float64") * 12).groupby(b["kode_skpd"], sort=False).min()
        start = own["kode_skpd"].map(januari).astype(float)
        own["awal"] = np.fmin(own["awal"].astype(float), start.to_numpy())
    # the tail: every office's span runs on to the last payment month of its pemda's exports
    pemda_end = paid.groupby("_pemda", sort=False)["_m"].max()
    end = paid[["kode_skpd", "_pemda"]].drop_duplicates().assign(
        _end=lambda f: f["_pemda"].map(pemda_end)).groupby("kode_skpd", sort=False)["_end"].max()
    own["akhir"] = np.maximum(own["akhir"].astype(float), own["kode_skpd"].map(end).astype(float))
    n = (own["akhir"] - own["awal"]).astype(int).to_numpy() + 1
    start = np.repeat(own["awal"].astype(int).to_numpy(), n)
    months = pd.DataFrame({"kode_skpd": np.repeat(own["kode_skpd"].to_numpy(), n),
                           "bulan": start + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)})
    pairs = months.merge(cover, on="kode_skpd")
    inside = (pairs["awal"] <= pairs["bulan"]) & (pairs["bulan"] <= pairs["akhir"])
    covered = pairs[inside.to_numpy(bool)][["kode_skpd", "bulan"]]
    if kosong is not None and len(kosong):         # an office's empty export of a month covers that month
        covered = pd.concat([covered, kosong[["kode_skpd", "bulan"]].astype({"kode_skpd": object})])
    covered = covered.drop_duplicates()
    gaps = months.merge(covered, on=["kode_skpd", "bulan"], how="left", indicator=True)
    gaps = gaps[gaps["_merge"] == "left_only"][["kode_skpd", "bulan"]].reset_index(drop=True)
    if not len(gaps):
        return none
    gaps["ekor"] = (gaps["bulan"] > gaps["kode_skpd"].map(last_own).astype(float)).to_numpy(bool)
    gaps["kepala"] = (gaps["bulan"] < gaps["kode_skpd"].map(first_own).astype(float)).to_numpy(bool)
    gaps["ekspor_sendiri"] = ~gaps["kode_skpd"].isin(set(filed["kode_skpd"])).to_numpy(bool)
    gaps["tak_diketahui"] = (gaps["ekor"] | gaps["kepala"]) & gaps["ekspor_sendiri"]
    gaps["akhir_pemda"] = gaps["kode_skpd"].map(end).astype("int64")
    return gaps.astype({"bulan": "int64"})


#: The close of a ``sipd_realisasi_periode_celah`` peringatan: what to do, and when to let it be.
_SERTAKAN = ("Sertakan ekspor bulan itu; bila perangkat daerah itu memang tidak membayar apa pun pada bulan itu, "
             "temuan ini dapat diabaikan.")


def periode_celah(baris: pd.DataFrame, celah: pd.DataFrame | None = None) -> pd.DataFrame:
    """An office whose exports leave months uncovered inside its span of payments
    (``bulan_celah``): the export of those months may be missing, its realisation then
    counted as 0 and every total after it short (peringatan; the office may also have paid
    nothing then, which the exports cannot tell). One finding per office and run of months,
    on the office's first payment after the gap (``baris_pembanding``: its last before it,
    in the export the message names; none for a run at the head, before its first payment,
    from January of its budget year); a run at the tail (after the office's last payment, up
    to its pemda's last month) on its last payment; the rupiah at stake is not known. The head
    and the tail of an office in no pemda-wide export (``bulan_celah``'s ``tak_diketahui``) are
    info, one rule for both ends: its own exports show its payments, not the period they cover
    (a cumulative export downloaded at the end of March shows February when nothing was paid in
    March, one from January shows February when nothing was paid in January, and an empty
    export of a month whose name does not tell its office and month shows nothing), so a
    missing export is not known; the message says both readings. ``celah``:
    ``bulan_celah(baris)``, where the caller has it already.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": ["jan.json", "mar.json"], "baris": [5, 1], "kode_skpd": "1",
    ...     "nama_skpd": "DINAS", "nama_sub_giat": "S", "jenis_dokumen": "TBP",
    ...     "tanggal_dokumen": pd.to_datetime(["2026-01-30", "2026-03-04"]), "tanggal_sp2d": pd.NaT})
    >>> periode_celah(b)[["tabel", "baris_sumber", "baris_pembanding"]].values.tolist()
    [['SIPD mar.json', 1, 5]]
    """
    gaps = bulan_celah(baris) if celah is None else celah
    if not len(gaps):
        return _frame([], JENIS)
    gaps = gaps.assign(_run=(gaps["bulan"].diff().ne(1) | gaps["kode_skpd"].ne(gaps["kode_skpd"].shift())).cumsum())
    runs = gaps.groupby("_run", sort=False).agg(kode_skpd=("kode_skpd", "first"), awal=("bulan", "min"),
                                                 akhir=("bulan", "max"), sendiri=("ekspor_sendiri", "first"))
    b = baris.reset_index(drop=True)
    b = b.assign(_tgl=_bayar(b), _pos=np.arange(len(b)), kode_skpd=b["kode_skpd"].astype(object))
    b = b.assign(_m=_bulan(b["_tgl"]))
    paid = b[b["_m"].notna().to_numpy(bool)].sort_values(["_tgl", "_pos"], kind="stable")
    # the columns the messages read, and each office's lines (in payment order) found once
    paid = paid[["kode_skpd", "_m", "_tgl", "berkas", "baris", "nama_skpd"]]
    per_kantor = paid.groupby("kode_skpd", sort=False).indices
    records = []
    for r in runs.to_dict("records"):
        mine = paid.iloc[per_kantor[r["kode_skpd"]]]
        earlier = mine[(mine["_m"] < r["awal"]).to_numpy(bool)]
        later = mine[(mine["_m"] > r["akhir"]).to_numpy(bool)]
        months = _nama_bulan(r["awal"], r["akhir"])
        if not len(earlier) and r["sendiri"]:    # the head of an office's own exports: not known
            after = later.iloc[0]
            records.append(_rec(
                "sipd_realisasi_periode_celah", "info", tabel(after["berkas"]), after["baris"],
                after["nama_skpd"], "tanggal_sp2d / tanggal_dokumen", None, None,
                f"Pembayaran pertama {after['nama_skpd']} ({r['kode_skpd']}) dalam ekspor realisasinya "
                f"{tanggal(after['_tgl'])} ({after['berkas']}), sedangkan realisasi dihitung kumulatif sejak "
                "Januari tahun anggarannya. Ekspor perangkat daerah itu miliknya sendiri (bukan ekspor pemda) dan "
                "tidak menyatakan periodenya, sehingga tidak diketahui apakah ia tidak membayar apa pun pada "
                f"{months} (ekspornya untuk bulan itu kosong, atau ekspornya kumulatif sejak Januari) atau ekspornya "
                f"untuk {months} belum disertakan. Bila ekspor itu belum disertakan, realisasi kumulatif sesudahnya "
                "kurang."))
            continue
        if not len(earlier):                     # the head: nothing of the office before the gap
            after = later.iloc[0]
            records.append(_rec(
                "sipd_realisasi_periode_celah", "peringatan", tabel(after["berkas"]), after["baris"],
                after["nama_skpd"], "tanggal_sp2d / tanggal_dokumen", None, None,
                f"Pembayaran {after['nama_skpd']} ({r['kode_skpd']}) dalam ekspor realisasi baru tercatat mulai "
                f"{tanggal(after['_tgl'])} ({after['berkas']}), sedangkan realisasi dihitung kumulatif sejak "
                f"Januari tahun anggarannya; tidak satu pun ekspor perangkat daerah itu mencakup {months}. Ekspor "
                f"{months} mungkin belum disertakan: realisasinya terhitung Rp0 dan realisasi kumulatif sesudahnya "
                "mungkin kurang. " + _SERTAKAN))
            continue
        before = earlier.iloc[-1]
        if not len(later) and r["sendiri"]:      # the tail of an office's own exports: not known
            records.append(_rec(
                "sipd_realisasi_periode_celah", "info", tabel(before["berkas"]), before["baris"],
                before["nama_skpd"], "tanggal_sp2d / tanggal_dokumen", None, None,
                f"Pembayaran terakhir {before['nama_skpd']} ({r['kode_skpd']}) dalam ekspor realisasinya "
                f"{tanggal(before['_tgl'])} ({before['berkas']}); ekspor lain pemdanya mencapai "
                f"{_nama_bulan(r['akhir'], r['akhir'])}. Ekspor perangkat daerah itu miliknya sendiri (bukan ekspor "
                "pemda) dan tidak menyatakan periodenya, sehingga tidak diketahui apakah ia tidak membayar apa pun "
                f"pada {months} atau ekspornya untuk {months} belum disertakan. Bila ekspor itu belum disertakan, "
                "realisasi kumulatif dan serapannya sampai akhir data kurang, dan pembayaran yang SP2D-nya terbit "
                "pada bulan itu dapat tampak masih dalam proses."))
            continue
        if not len(later):                       # the tail: nothing of the office after the gap
            records.append(_rec(
                "sipd_realisasi_periode_celah", "peringatan", tabel(before["berkas"]), before["baris"],
                before["nama_skpd"], "tanggal_sp2d / tanggal_dokumen", None, None,
                f"Pembayaran {before['nama_skpd']} ({r['kode_skpd']}) dalam ekspor realisasi tercatat sampai "
                f"{tanggal(before['_tgl'])} ({before['berkas']}), sedangkan ekspor lain pemdanya mencapai "
                f"{_nama_bulan(r['akhir'], r['akhir'])}; tidak satu pun ekspor perangkat daerah itu mencakup "
                f"{months}. Ekspor {months} mungkin belum disertakan: realisasinya terhitung Rp0, realisasi "
                "kumulatif dan serapannya sampai akhir data mungkin kurang, dan pembayaran yang SP2D-nya terbit "
                "pada bulan itu dapat tampak masih dalam proses. " + _SERTAKAN))
            continue
        after = later.iloc[0]
        records.append(_rec(
            "sipd_realisasi_periode_celah", "peringatan", tabel(after["berkas"]), after["baris"],
            after["nama_skpd"], "tanggal_sp2d / tanggal_dokumen", None, None,
            f"Pembayaran {after['nama_skpd']} ({r['kode_skpd']}) dalam ekspor realisasi tercatat sampai "
            f"{tanggal(before['_tgl'])} ({before['berkas']}) lalu berlanjut {tanggal(after['_tgl'])} "
            f"({after['berkas']}); tidak satu pun ekspor perangkat daerah itu mencakup {months}. Ekspor "
            f"{months} mungkin belum disertakan: realisasinya terhitung Rp0 dan realisasi kumulatif sesudahnya "
            "mungkin kurang, dan pembayaran yang SP2D-nya terbit pada bulan itu dapat tampak masih dalam proses. "
            + _SERTAKAN, pembanding=before["baris"]))
    return _frame(records, JENIS)


def nilai_berubah(baris: pd.DataFrame) -> pd.DataFrame:
    """The same document line with another value in another export: counted once, from the
    version ``hitung_realisasi`` keeps (the most advanced, else the latest), the other version
    ``ganda``. One finding per version not counted (peringatan), on its own export and record;
    the rupiah at stake: the difference between the two values.

    Examples
    --------
    >>> b = pd.DataFrame({"berkas": ["jan.json", "feb.json"], "rekaman": [1, 1], "baris": [1, 1],
    ...     "kode_skpd": "1", "kode_sub_skpd": "1", "nama_sub_giat": "S", "kode_sub_giat": "1.02", "kode_rekening": "5.1", "nomor_kunci": "SPP-1",
    ...     "status_realisasi": ["ganda", "terealisasi"], "nilai_realisasi_rp": [200.0, 195.0],
    ...     "berkas_asal": ["feb.json", None], "rekaman_asal": [1, None], "realisasi_rp": [0.0, 195.0]})
    >>> nilai_berubah(b)[["tabel", "nilai_dokumen", "nilai_hitung"]].values.tolist()
    [['SIPD jan.json', 200.0, 5.0]]
    """
    b = baris[baris["status_realisasi"].astype(str) == "ganda"]
    kept = baris[["berkas", "rekaman", "baris", "nilai_realisasi_rp"]].rename(columns={
        "berkas": "berkas_asal", "rekaman": "rekaman_asal", "baris": "_baris_asal", "nilai_realisasi_rp": "_nilai_asal"})
    pairs = b.assign(berkas_asal=b["berkas_asal"].astype(object), rekaman_asal=b["rekaman_asal"].astype(float)).merge(
        kept.assign(berkas_asal=kept["berkas_asal"].astype(object), rekaman_asal=kept["rekaman_asal"].astype(float)),
        on=["berkas_asal", "rekaman_asal"], how="inner")
    changed = (pairs["nilai_realisasi_rp"].astype(float) != pairs["_nilai_asal"].astype(float)).fillna(False)
    records = []
    for r in pairs[changed.to_numpy(bool)].to_dict("records"):
        diff = abs(float(r["_nilai_asal"]) - float(r["nilai_realisasi_rp"]))
        records.append(_rec(
            "sipd_realisasi_nilai_berubah", "peringatan", tabel(r["berkas"]), r["baris"], r["nama_sub_giat"],
            "nilai_realisasi", r["nilai_realisasi_rp"], diff,
            f"{r['nomor_kunci']} (sub kegiatan {r['kode_sub_giat']}, rekening {r['kode_rekening']}) bernilai "
            f"{format_rupiah(r['nilai_realisasi_rp'])} di ekspor ini dan {format_rupiah(r['_nilai_asal'])} di "
            f"{r['berkas_asal']} (rekaman {int(r['rekaman_asal'])}): baris yang sama dihitung sekali, dengan nilai "
            f"{format_rupiah(r['_nilai_asal'])} dari {r['berkas_asal']} (versi yang lebih lanjut atau lebih baru); "
            f"selisih {format_rupiah(diff)}. Periksa nilai mana yang benar."))
    records += _nilai_lain_tak_terpasang(baris)
    return _frame(records, JENIS)


def _nilai_lain_tak_terpasang(baris: pd.DataFrame) -> list[dict]:
    """A document line (number, office, sub-unit, sub kegiatan, account) that one export holds
    more than once and another export holds with a value the first does not have: which line
    the other version replaces cannot be told, so each value is counted (the counting rule);
    said here, on the first such line of the later export, the rupiah at stake its value."""
    key = ["nomor_kunci", "kode_skpd", "kode_sub_skpd", "kode_sub_giat", "kode_rekening"]
    b = baris.reset_index(drop=True)
    b = b.assign(_f=b["berkas"].map({n: i for i, n in enumerate(dict.fromkeys(b["berkas"]))}), _pos=range(len(b)))
    k = b.groupby(key, dropna=False, sort=False).ngroup()
    per_file = b.groupby([k, b["_f"]], sort=False)["_pos"].transform("size")
    group = pd.DataFrame({"k": k, "f": b["_f"], "n": per_file, "v": b["nilai_realisasi_rp"].astype(float)})
    multi = group.groupby("k", sort=False)["n"].transform("max").gt(1) & group.groupby("k", sort=False)["f"].transform(
        "nunique").gt(1)
    if not multi.any():
        return []
    g = group[multi]
    files_with_value = g.groupby(["k", "v"], sort=False)["f"].transform("nunique")
    lone = g[(files_with_value == 1) & (g["f"] > g.groupby("k", sort=False)["f"].transform("min"))]
    records = []
    for _, part in lone.groupby("k", sort=False):
        rows = b.loc[part.index]
        r = rows.iloc[0]
        at_stake = float(rows["realisasi_rp"].astype(float).sum())
        records.append(_rec(
            "sipd_realisasi_nilai_berubah", "peringatan", tabel(r["berkas"]), r["baris"], r["nama_sub_giat"],
            "nilai_realisasi", r["nilai_realisasi_rp"], at_stake,
            f"{r['nomor_kunci']} (sub kegiatan {r['kode_sub_giat']}, rekening {r['kode_rekening']}) ada lebih dari "
            f"sekali dalam satu ekspor dan bernilai lain di ekspor ini ({format_rupiah(r['nilai_realisasi_rp'])}): "
            "baris mana yang digantikannya tidak dapat ditentukan, sehingga setiap nilai dihitung; "
            f"{format_rupiah(at_stake)} mungkin terhitung dua kali. Periksa baris-baris itu di kedua ekspor."))
    return records


def _line_of(baris: pd.DataFrame, keys: pd.DataFrame, last: bool) -> pd.DataFrame:
    """For each (``kode_skpd``: the SKPD, ``kode``) of ``keys``: the first or last counted line of that sub
    kegiatan (its sub-units together) (by realisation date, then file and record order), its ``berkas`` and ``baris``."""
    b = skpd_tertulis(baris[baris["status_realisasi"].astype(str) == "terealisasi"].reset_index(drop=True))
    b = b.assign(_pos=range(len(b)), kode_skpd=b["kode_skpd_induk"]).sort_values(["tanggal_realisasi", "_pos"],
                                                                                   kind="stable")
    pick = b.groupby(["kode_skpd", "kode_sub_giat"], sort=False).nth(-1 if last else 0)
    pick = pick[["kode_skpd", "kode_sub_giat", "berkas", "baris"]].rename(columns={"kode_sub_giat": "kode"})
    return keys.astype({"kode_skpd": object, "kode": object}).merge(
        pick.astype({"kode_skpd": object, "kode": object}), on=["kode_skpd", "kode"], how="left")


def tahap_lain(baris: pd.DataFrame) -> pd.Series:
    """The counted (``terealisasi``) lines whose ``status_tahap_apbd`` is stated and is not
    ``murni`` (``perubahan``: paid under the P-APBD, whose pagu a Renja export does not hold):
    a boolean per line; all False when the lines carry no such field.

    >>> tahap_lain(pd.DataFrame({"status_realisasi": ["terealisasi"] * 3 + ["dalam_proses"],
    ...     "status_tahap_apbd": ["murni", " Perubahan", None, "perubahan"]})).tolist()
    [False, True, False, False]
    """
    if "status_tahap_apbd" not in baris:
        return pd.Series(False, index=baris.index)
    tahap = baris["status_tahap_apbd"].astype("string").str.strip().str.lower()
    counted = baris["status_realisasi"].astype(str) == "terealisasi"
    return (counted & tahap.notna() & (tahap != "") & (tahap != "murni")).fillna(False).astype(bool)


def _tahap_per_sub(baris: pd.DataFrame) -> pd.DataFrame:
    """Per SKPD (``kode_skpd``) and sub kegiatan (``kode``): how many counted lines carry a stage
    other than ``murni`` (``tahap_lain``), their realisation and the stages as written."""
    hit = tahap_lain(baris).to_numpy(bool)
    if not hit.any():
        return pd.DataFrame(columns=["kode_skpd", "kode", "_n", "_rp", "_tahap"])
    b = skpd_tertulis(baris[hit].reset_index(drop=True))
    out = b.assign(kode_skpd=b["kode_skpd_induk"].astype(object), kode=b["kode_sub_giat"].astype(object),
                   _t=b["status_tahap_apbd"].astype("string").str.strip())
    return out.groupby(["kode_skpd", "kode"], sort=False).agg(
        _n=("kode", "size"), _rp=("realisasi_rp", "sum"),
        _tahap=("_t", lambda s: ", ".join(dict.fromkeys(s)))).reset_index()


def terhadap_rencana(baris: pd.DataFrame, serapan: pd.DataFrame, rencana: pd.DataFrame | None = None) -> pd.DataFrame:
    """Checks of the realisation against the plan (``tables.realisation.serapan_rencana``), per
    sub kegiatan at the end of the latest quarter the realisation reaches:

    - ``sipd_realisasi_di_atas_pagu`` (kritis): realised more than the plan's pagu; on the line
      that was paid last; the rupiah at stake: the realisation above the pagu.
    - ``sipd_realisasi_tanpa_rencana``: realised on a sub kegiatan the plan does not hold
      (peringatan); on its first line; the rupiah at stake: its realisation. When the plan holds
      no sub kegiatan of that office at all, the plan given is not the office's (info: its
      serapan is not computed), rather than its sub kegiatan being outside the plan.
    - ``sipd_realisasi_tanpa_ekspor`` (peringatan): an office of the plan that no realisation
      line is of (``ada_di`` ``hanya_rencana`` at ``perangkat_daerah``): its export was perhaps
      not given; its realisation is not known (``serapan_rencana`` leaves it NA, not 0), it is
      out of the pemda's serapan and ranks. On its first sub kegiatan in the plan (``rencana``,
      ``sipd_rencana``: file and record; without it no record); the rupiah at stake: its pagu.
      Only when the realisation exports hold lines of several offices (pemda-wide exports, or
      several offices' exports); when they hold one office's (or none), one info finding names
      the offices without any line and their pagu instead (the user may analyse that office alone).

    Where the sub kegiatan's counted lines carry a ``status_tahap_apbd`` other than ``murni``
    (``tahap_lain``: paid under the P-APBD, whose pagu the Renja export does not hold), a
    realisation above the pagu is a peringatan that names the stage, not a kritis.

    Examples
    --------
    >>> serapan = pd.DataFrame({"agregasi": "sub_kegiatan", "kode_skpd": "1", "nama_skpd": "DINAS",
    ...     "kode": ["1.02.1", "1.02.2"], "nama": ["Obat", "Jasa"], "ada_di": ["keduanya", "hanya_realisasi"],
    ...     "triwulan": 1, "pagu_rp": [100.0, None], "realisasi_kumulatif_rp": [130.0, 7.0],
    ...     "dalam_proses_rp": [0.0, 0.0]})
    >>> baris = pd.DataFrame({"berkas": "a.json", "baris": [1, 2], "kode_skpd": "1",
    ...     "kode_sub_giat": ["1.02.1", "1.02.2"], "status_realisasi": "terealisasi",
    ...     "tanggal_realisasi": pd.to_datetime(["2026-01-05", "2026-01-06"])})
    >>> terhadap_rencana(baris, serapan)[["jenis", "tingkat", "nilai_hitung"]].astype(str).values.tolist()
    [['sipd_realisasi_di_atas_pagu', 'kritis', '30.0'], ['sipd_realisasi_tanpa_rencana', 'peringatan', '7.0']]
    """
    if serapan is None or not len(serapan):
        return _frame([], JENIS)
    last = serapan[serapan["triwulan"] == serapan["triwulan"].max()]
    sub = last[last["agregasi"].astype(str) == "sub_kegiatan"]
    ada = sub["ada_di"].astype(str)
    over = sub[(ada == "keduanya") & (sub["realisasi_kumulatif_rp"] > sub["pagu_rp"]).fillna(False).astype(bool)]
    outside = sub[(ada == "hanya_realisasi") & (sub["realisasi_kumulatif_rp"] != 0).fillna(False).astype(bool)]
    planned_offices = set(last.loc[last["ada_di"].astype(str) != "hanya_realisasi", "kode_skpd"].astype(str))
    records = []
    tahap = _tahap_per_sub(baris)
    for r in _line_of(baris, over, last=True).to_dict("records"):
        above = float(r["realisasi_kumulatif_rp"]) - float(r["pagu_rp"])
        said = (f"Realisasi sub kegiatan {r['kode']} ({r['nama_skpd']}) sampai triwulan {int(r['triwulan'])} "
                f"{format_rupiah(r['realisasi_kumulatif_rp'])}, di atas pagunya dalam ekspor Renja "
                f"{format_rupiah(r['pagu_rp'])} (lebih {format_rupiah(above)}); baris ini pembayaran terakhirnya. ")
        lain = tahap[(tahap["kode_skpd"] == str(r["kode_skpd"])) & (tahap["kode"] == str(r["kode"]))]
        if len(lain):
            t = lain.iloc[0]
            said += (f"{int(t['_n'])} baris realisasinya senilai {format_rupiah(t['_rp'])} bertahap APBD "
                     f"\"{t['_tahap']}\" (status_tahap_apbd), bukan murni: dibayar dengan anggaran tahap itu (mis. APBD "
                     "perubahan), yang pagunya tidak ada dalam data ini (ekspor Renja tidak menyebut tahap APBD-nya), "
                     "sehingga realisasi di atas pagu ekspor Renja belum tentu di atas pagunya. Sertakan ekspor Renja "
                     "tahap itu untuk memeriksanya; bila pagunya tidak berubah, realisasinya memang di atas pagu.")
        else:
            said += ("Periksa apakah pagunya berubah (APBD, pergeseran) setelah ekspor Renja itu, atau realisasinya "
                     "salah kode.")
        records.append(_rec(
            "sipd_realisasi_di_atas_pagu", "peringatan" if len(lain) else "kritis", tabel(r["berkas"]), r["baris"],
            r["nama"], "nilai_realisasi", r["realisasi_kumulatif_rp"], above, said))
    for r in _line_of(baris, outside, last=False).to_dict("records"):
        office_planned = str(r["kode_skpd"]) in planned_offices
        records.append(_rec(
            "sipd_realisasi_tanpa_rencana", "peringatan" if office_planned else "info", tabel(r["berkas"]),
            r["baris"], r["nama"], "kode_sub_giat", r["realisasi_kumulatif_rp"], r["realisasi_kumulatif_rp"],
            (f"Sub kegiatan {r['kode']} ({r['nama_skpd']}) terealisasi "
             f"{format_rupiah(r['realisasi_kumulatif_rp'])} sampai triwulan {int(r['triwulan'])} tetapi tidak ada "
             "dalam ekspor Renja perangkat daerah itu: serapannya tidak dapat dihitung (uangnya tetap dalam "
             "realisasi perangkat daerahnya). Periksa apakah sub kegiatan itu ditambahkan setelah ekspor Renja "
             "itu (APBD, pergeseran) atau kodenya salah.") if office_planned else
            (f"Perangkat daerah {r['nama_skpd']} ({r['kode_skpd']}) tidak ada dalam ekspor Renja yang diberikan: "
             f"sub kegiatan {r['kode']} terealisasi {format_rupiah(r['realisasi_kumulatif_rp'])} tanpa pagu "
             "pembanding; serapannya tidak dihitung. Sertakan ekspor Renja perangkat daerah itu.")))
    absent = last[((last["agregasi"].astype(str) == "perangkat_daerah") & (last["ada_di"].astype(str) == "hanya_rencana")
                   & last["realisasi_kumulatif_rp"].isna()).to_numpy(bool)]
    given = last[((last["agregasi"].astype(str) == "perangkat_daerah")
                  & (last["ada_di"].astype(str) != "hanya_rencana")).to_numpy(bool)]
    if len(absent) and len(given) <= 1:
        records.append(_tanpa_ekspor_satu(absent, given, rencana))
        return _frame(records, JENIS)
    plan = _rencana_skpd(rencana)
    for r in absent.to_dict("records"):
        where, row = _letak_rencana(plan, {str(r["kode_skpd"])})
        pagu = None if pd.isna(r["pagu_rp"]) else float(r["pagu_rp"])
        records.append(_rec(
            "sipd_realisasi_tanpa_ekspor", "peringatan", where, row, r["nama_skpd"], "kode_skpd", None, pagu,
            f"Perangkat daerah {r['nama_skpd']} ({r['kode_skpd']}) ada dalam ekspor Renja"
            + (f" (pagu {format_rupiah(pagu)})" if pagu is not None else "")
            + " tetapi tidak satu pun baris ekspor realisasi yang diberikan miliknya: ekspor realisasinya mungkin "
            "belum disertakan. Realisasinya tidak diketahui (bukan Rp0): serapannya tidak dihitung, dan pagunya "
            "tidak masuk serapan pemda maupun peringkat perangkat daerah. Sertakan ekspor realisasinya; bila "
            "perangkat daerah itu memang belum membayar apa pun, serapannya 0%."))
    return _frame(records, JENIS)


def _rencana_skpd(rencana: pd.DataFrame | None) -> pd.DataFrame | None:
    """The plan's records with the SKPD that files them (``skpd_tertulis``), for ``_letak_rencana``."""
    return skpd_tertulis(rencana) if rencana is not None and len(rencana) else None


def _letak_rencana(plan: pd.DataFrame | None, kode: set) -> tuple[str, object]:
    """Where the plan (``_rencana_skpd``) first holds a record of the SKPDs ``kode``
    (``kode_skpd_induk``): its table and line, or the export as a whole when it holds none."""
    if plan is not None:
        mine = plan[plan["kode_skpd_induk"].astype(str).isin(kode).to_numpy(bool)]
        if len(mine):
            return tabel(mine["berkas"].iloc[0]), mine["baris_sumber"].iloc[0]
    return "Ekspor Renja SIPD", None


def _tanpa_ekspor_satu(absent: pd.DataFrame, given: pd.DataFrame, rencana: pd.DataFrame | None) -> dict:
    """One ``sipd_realisasi_tanpa_ekspor`` info finding for the offices of the plan without any
    realisation line (``absent``) when the realisation exports hold one office's lines (``given``)
    or none: one office's exports were given, perhaps to analyse that office alone, so the others'
    are not missing exports of a pemda-wide analysis; their names and pagu are said. On the first
    of them in the plan; the rupiah at stake: their pagu."""
    where, row = _letak_rencana(_rencana_skpd(rencana), set(absent["kode_skpd"].astype(str)))
    pagu = float(absent["pagu_rp"].sum()) if absent["pagu_rp"].notna().any() else None
    names = "; ".join(f"{r['nama_skpd']} ({r['kode_skpd']})" for r in absent.to_dict("records"))
    holds = (f"hanya baris {given['nama_skpd'].iloc[0]} ({given['kode_skpd'].iloc[0]})" if len(given)
             else "tidak satu pun baris perangkat daerah dalam ekspor Renja")
    return _rec(
        "sipd_realisasi_tanpa_ekspor", "info", where, row, f"{len(absent)} perangkat daerah", "kode_skpd", None, pagu,
        f"Ekspor realisasi yang diberikan memuat {holds}; {len(absent)} perangkat daerah lain dalam ekspor Renja "
        f"tanpa baris realisasi: {names}" + (f" (pagu {format_rupiah(pagu)})" if pagu is not None else "")
        + ". Realisasinya tidak diketahui (bukan Rp0): serapannya tidak dihitung, dan pagunya tidak masuk serapan "
        "pemda maupun peringkat perangkat daerah. Bila yang dianalisis seluruh pemda, sertakan ekspor realisasi "
        "perangkat daerah itu.")


# --- the guard: a plan of the same pemda and year ------------------------------------------------

def identitas_realisasi(baris: pd.DataFrame) -> dict:
    """What realisation lines say of their pemda and year, as ``reconciliation.identitas_sipd``
    reads SIPD records: the distinct ``tahun``, ``id_daerah`` and pemda names (``nama_daerah``;
    a realisation export has no ``lokasi_bl``).

    Examples
    --------
    >>> identitas_realisasi(pd.DataFrame({"tahun": [2026, 2026], "id_daerah": ["89", None]}))
    {'tahun': [2026], 'id_daerah': ['89'], 'pemda': [], 'pemda_dari': None}
    """
    return identitas_sipd(SimpleNamespace(rekaman=baris))


def _sisi_pemda(side: dict) -> tuple[str, str]:
    """A side's pemda in words, and where it was read."""
    ids = side["id_daerah"]
    if side["pemda"]:
        return ", ".join(side["pemda"]), f"kolom {side['pemda_dari']}" + (f", id_daerah {', '.join(ids)}" if ids else "")
    if ids:
        return "id_daerah " + ", ".join(ids), "kolom id_daerah"
    return "tidak disebut", "tanpa nama_daerah, lokasi_bl maupun id_daerah"


def _banding_pemda(a: dict, b: dict) -> str:
    """``sama`` / ``beda`` / ``tidak_diketahui``: the same ``id_daerah`` on both sides, else the
    same pemda name (``keys.pemda_sama``, exact, the kind too: a name without its kind, ``Madiun``,
    is not known to be ``Kota Madiun``); a side whose records name several pemda differs;
    a side naming none, or one naming it by id and the other by name, is not known."""
    def several(side: dict) -> bool:
        return len(side["id_daerah"]) > 1 or (len(side["pemda"]) > 1 and side["pemda_dari"] == "nama_daerah")

    if several(a) or several(b):
        return "beda"
    if len(a["id_daerah"]) == 1 and len(b["id_daerah"]) == 1:
        return "sama" if a["id_daerah"] == b["id_daerah"] else "beda"
    if len(a["pemda"]) == 1 and len(b["pemda"]) == 1:
        sama = pemda_sama(a["pemda"][0], b["pemda"][0])
        return "tidak_diketahui" if sama is None else "sama" if sama else "beda"
    return "tidak_diketahui"


def _banding_tahun(a: list, b: list) -> str:
    if len(a) > 1 or len(b) > 1:
        return "beda"
    if not a or not b:
        return "tidak_diketahui"
    return "sama" if a == b else "beda"


def banding_identitas(a: dict, b: dict, sisi: tuple = ("rencana", "realisasi")) -> Kesesuaian:
    """Two sides' pemda and year (``reconciliation.identitas_sipd``'s dicts) compared, as
    ``reconciliation.periksa_kesesuaian`` compares a document's with SIPD's: ``sama``, ``beda``
    or ``tidak_diketahui`` (a side that does not state it: said, never assumed equal). The
    ``dokumen`` columns hold side ``a``, the ``sipd`` columns side ``b``.

    Examples
    --------
    >>> plan = {"tahun": [2026], "id_daerah": ["89"], "pemda": ["Kabupaten Contoh"], "pemda_dari": "lokasi_bl"}
    >>> real = {"tahun": [2026], "id_daerah": [], "pemda": [], "pemda_dari": None}
    >>> k = banding_identitas(plan, real)
    >>> k.tabel[["aspek", "status"]].values.tolist(), k.sepadan
    ([['pemda', 'tidak_diketahui'], ['tahun', 'sama']], True)
    >>> k = banding_identitas(plan, {**real, "pemda": ["Kota Lain"], "pemda_dari": "nama_daerah"})
    >>> k.teks()
    'pemda rencana Kabupaten Contoh (kolom lokasi_bl, id_daerah 89), realisasi Kota Lain (kolom nama_daerah)'
    """
    pa, pa_dari = _sisi_pemda(a)
    pb, pb_dari = _sisi_pemda(b)
    pemda = _banding_pemda(a, b)
    ragu: tuple = ()
    if pemda == "tidak_diketahui" and len(a["pemda"]) == 1 and len(b["pemda"]) == 1 \
            and pemda_sama(a["pemda"][0], b["pemda"][0]) is None:
        pb_dari += "; " + _tanpa_jenis(a["pemda"][0], b["pemda"][0], sisi)
        ragu = ("pemda",)
    years = [", ".join(map(str, y)) if y else "tidak disebut" for y in (a["tahun"], b["tahun"])]
    rows = [("pemda", pa, pa_dari, pb, pb_dari, pemda),
            ("tahun", years[0], "kolom tahun" if a["tahun"] else "tanpa tahun", years[1],
             "kolom tahun (atau tanggal dokumen)" if b["tahun"] else "tanpa tahun", _banding_tahun(a["tahun"], b["tahun"]))]
    tabel = pd.DataFrame.from_records(rows, columns=KOLOM_KESESUAIAN).astype("string")
    return Kesesuaian(tabel=tabel, kode_skpd=None, cara=None, sisi=sisi, ragu=ragu)


def periksa_rencana(rencana, baris: pd.DataFrame) -> Kesesuaian:
    """The plan (``load.SipdData``: its records' ``tahun``, ``id_daerah``, ``nama_daerah`` /
    ``lokasi_bl``) against the realisation lines' pemda and year, before they are set side by
    side (``banding_identitas``). A realisation export that names no pemda leaves the pemda
    ``tidak_diketahui`` (said in ``temuan_kesesuaian``), not a match."""
    return banding_identitas(identitas_sipd(rencana), identitas_realisasi(baris))


def tolak_rencana(path, kes: Kesesuaian) -> SipdTidakSepadan:
    """The refusal (exit 2, one line) of a plan of another pemda or year."""
    return SipdTidakSepadan(path, f"ekspor Renja dan realisasi SIPD tidak sepadan, tidak dibandingkan: "
                                  f"{kes.teks('beda')}", kes,
                            expected="ekspor Renja pemda dan tahun realisasi itu (atau --paksa: dibandingkan, "
                                     "perbedaannya dicatat sebagai info)")


def temuan_kesesuaian(kes: Kesesuaian | None, paksa: bool = False) -> pd.DataFrame:
    """The one ``sipd_realisasi_kesesuaian`` finding (info): what differs between the plan and the
    realisation (set side by side only when forced) and what could not be checked; none when
    every aspect agrees or there is no plan.

    Examples
    --------
    >>> plan = {"tahun": [2026], "id_daerah": ["89"], "pemda": ["Kabupaten Contoh"], "pemda_dari": "lokasi_bl"}
    >>> real = {"tahun": [2026], "id_daerah": [], "pemda": [], "pemda_dari": None}
    >>> t = temuan_kesesuaian(banding_identitas(plan, real))
    >>> t[["jenis", "tingkat", "kolom"]].values.tolist()
    [['sipd_realisasi_kesesuaian', 'info', 'pemda']]
    """
    if kes is None:
        return _frame([], JENIS)
    return _frame(_temuan_kesesuaian(
        kes, "sipd_realisasi_kesesuaian", "Rencana vs realisasi SIPD",
        "Ekspor Renja dan realisasi SIPD tidak sepadan: {beda}. Dibandingkan karena diminta (--paksa): "
        "serapan terhadap pagu di sini bukan serapan pemda dan tahun itu.",
        "Bila {aspek} ekspor Renja dan realisasi bukan satu, serapan terhadap pagu di sini bukan serapan "
        "pemda itu."), JENIS)


def semua_temuan(baris: pd.DataFrame, ambang_hari: int = AMBANG_HARI_SP2D,
                 serapan: pd.DataFrame | None = None, kesesuaian: Kesesuaian | None = None,
                 paksa: bool = False, rencana: pd.DataFrame | None = None,
                 berkas: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every realisation finding, ordered by type, file and record; with ``serapan``
    (``tables.realisation.serapan_rencana``; ``rencana``, the plan table, to place the findings on
    an office without realisation) the checks against the plan too, with ``kesesuaian``
    (``periksa_rencana``) what the guard could not check or was forced past (``paksa``); with
    ``berkas`` (the reading account) an office's empty export of a month covers it (``ekspor_kosong``).

    Examples
    --------
    >>> from renja_analysis.load import load_sipd_realisasi
    >>> from renja_analysis.config import ROOT
    >>> t = load_sipd_realisasi(ROOT / "tests" / "data" / "sipd-realisasi").temuan
    >>> t["jenis"].value_counts(sort=False)[lambda s: s > 0].to_dict()
    {'sipd_realisasi_proses_lama': 1, 'sipd_realisasi_periode_tumpang_tindih': 1}
    """
    celah = bulan_celah(baris, ekspor_kosong(berkas, baris))    # the months no export covers: for two checks
    parts = [nilai_tidak_wajar(baris), di_luar_tahun(baris), tidak_dihitung(baris),
             proses_lama(baris, ambang_hari, celah), periode_tumpang_tindih(baris), periode_celah(baris, celah),
             nilai_berubah(baris)]
    if serapan is not None:
        parts.append(terhadap_rencana(baris, serapan, rencana))
    parts.append(temuan_kesesuaian(kesesuaian, paksa))
    out = gabung(*parts, jenis=JENIS, urut=("jenis", "tabel", "baris_sumber"))
    return out.assign(nilai_rp=out["nilai_hitung"].abs())


__all__ = ["AMBANG_HARI_SP2D", "TIDAK_DIHITUNG", "banding_identitas", "bulan_celah", "di_luar_tahun", "ekspor_kosong",
           "identitas_realisasi", "nilai_berubah", "nilai_tidak_wajar", "periksa_rencana", "periode_berkas", "periode_celah",
           "periode_tumpang_tindih", "semua_temuan", "proses_lama", "tahap_lain", "tanggal", "temuan_kesesuaian",
           "terhadap_rencana",
           "tidak_dihitung", "tolak_rencana"]
