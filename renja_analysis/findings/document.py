"""Data-quality and evaluation findings (temuan): one small function per type.

Every function returns rows of the same ``temuan`` schema. Findings are data,
not failures: the document is never corrected, its values are shown beside the
recomputed ones and a sentence tells the reviewer what to check.

Schema: ``jenis``, ``tingkat`` (``info`` | ``peringatan`` | ``kritis``),
``tabel``, ``baris_sumber``, ``nama``, ``kolom``, ``nilai_dokumen``,
``nilai_hitung``, ``nilai_rp`` (the rupiah at stake: filled by the SIPD checks and the
reconciliation with SIPD, empty where a finding involves no rupiah),
``baris_pembanding``, ``pesan``, ``rujukan``, ``rujukan_pembanding``
(where a reviewer finds the rows in the printed document: ``tambah_rujukan``).
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache
from itertools import repeat

import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from ..keys import ROMAWI, tahun_triwulan
from ..labels import kolom as _kolom, level as _level
from ..metrics import (
    TIDAK_DIKETAHUI,
    TOLERANSI_PAGU_RINCIAN,
    capaian,
    realisasi_dinilai,
    realisasi_rincian,
    realisasi_rp_dinilai,
)
from ..names import align
from ..numbers import format_angka, format_persen, format_perubahan, format_rupiah, is_number, parse_number
from ..sources.base import LABEL
from ..tables._common import lanjutan, parent_index, teks_di
from ..tables.rkpd_review import kunci_satu, teks_celah
from . import registry as _jt

COLUMNS = ["jenis", "tingkat", "tabel", "baris_sumber", "nama", "kolom", "nilai_dokumen",
           "nilai_hitung", "nilai_rp", "baris_pembanding", "pesan", "rujukan", "rujukan_pembanding"]
TINGKAT = list(_jt.TINGKAT)
#: Finding types of a document read alone; the categories of its ``temuan.jenis`` (kept as
#: they were, so that a document's processed tables do not change when types are added).
#: Every type is declared once, in ``findings.registry`` (label, levels, glossary, docs).
JENIS_DOKUMEN = list(_jt.JENIS_DOKUMEN)
#: Finding types of SIPD-RI data (``findings.sipd``) and of a document reconciled with it
#: (``findings.reconciliation``).
JENIS_SIPD = list(_jt.JENIS_SIPD)
#: Every finding type, in report order: the categories of ``temuan.jenis`` wherever SIPD
#: data is involved (``sipd_temuan``, a document loaded with ``sipd=``).
JENIS = JENIS_DOKUMEN + JENIS_SIPD

#: Finding types that record a change of the plan a reviewer must approve (a revised
#: target; a pagu change APBD -> P-APBD that the keterangan announces, even when the two
#: agree; SIPD's pagu of next year changed): whatever their tingkat, summaries never call
#: them "bukan masalah" (``summary.jumlah_temuan`` counts their ``info`` rows apart, as
#: "perubahan yang perlu disetujui"). Other ``info`` rows record how a cell was read
#: (``angka_ambigu``) and are not problems. (``findings.registry``: ``perubahan=True``.)
JENIS_PERUBAHAN = _jt.JENIS_PERUBAHAN

#: Tolerance for comparing a stated percentage with the recomputed one
#: (percentage points): rounding to two decimals stays inside it.
TOLERANSI_PERSEN = 0.01
#: Tolerance for sums of rupiah (rupiah).
TOLERANSI_RP = 1.0

_TABEL_22, _TABEL_21, _REVIEW, _RENCANA, _TABEL_31 = (
    LABEL[k] for k in ("tabel_2_2", "tabel_2_1", "tabel_3_2", "tabel_3_3", "tabel_3_1"))
#: Excel's limit on the characters of one cell.
BATAS_SEL_EXCEL = 32767


def empty(jenis: list = JENIS_DOKUMEN) -> pd.DataFrame:
    """An empty temuan table with the schema's dtypes (``jenis``: its categories).

    Examples
    --------
    >>> t = empty()
    >>> len(t), list(t.columns) == COLUMNS, str(t["nilai_rp"].dtype), t["tingkat"].cat.ordered
    (0, True, 'Float64', True)
    """
    return _frame([], jenis)


@lru_cache(maxsize=8)
def _empty(jenis: tuple) -> pd.DataFrame:
    """The typed empty frame of ``jenis``, built once (copied by ``_frame``: never handed out)."""
    return _typed(pd.DataFrame.from_records([], columns=COLUMNS), list(jenis))


def _frame(records: list[dict], jenis: list = JENIS_DOKUMEN) -> pd.DataFrame:
    """The temuan table of ``records`` (``_rec``'s dicts), typed; no records: a copy of
    the typed empty frame, built once (most checks find nothing on most documents, and
    typing an empty frame costs as much as typing a small one)."""
    if not records:
        return _empty(tuple(jenis)).copy()
    return _typed(pd.DataFrame.from_records(records, columns=COLUMNS), jenis)


@lru_cache(maxsize=8)
def _dtype_jenis(jenis: tuple) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(pd.Index(list(jenis)))


#: The schema's dtypes other than ``jenis`` (resolved once: ``pandas_dtype`` is not free).
_DTYPE_TINGKAT = pd.CategoricalDtype(pd.Index(TINGKAT), ordered=True)
_DTYPE = {"string": pd.StringDtype(), "Float64": pd.Float64Dtype(), "Int64": pd.Int64Dtype()}
_KOLOM_DTYPE = ({c: "string" for c in ("tabel", "nama", "kolom", "pesan", "rujukan", "rujukan_pembanding")}
                | {c: "Float64" for c in ("nilai_dokumen", "nilai_hitung", "nilai_rp")}
                | {c: "Int64" for c in ("baris_sumber", "baris_pembanding")})


def _sama_kategori(dtype, target: pd.CategoricalDtype) -> bool:
    """``dtype`` is ``target`` exactly: the same categories in the same order (an
    unordered CategoricalDtype compares equal to one with its categories reordered)."""
    return (isinstance(dtype, pd.CategoricalDtype) and dtype == target and dtype.ordered == target.ordered
            and dtype.categories.tolist() == target.categories.tolist())


def _kategori_terdaftar(values, dtype: pd.CategoricalDtype) -> pd.Categorical:
    """``values`` as ``dtype``'s categories; a value that is not one of them raises.

    ``pd.Categorical`` turns an unknown value into a missing one: a finding of a type
    missing from the registry would lose its type (and then drop out of every count)
    without a word. This is a programming error, so it fails loudly.

    Examples
    --------
    >>> _kategori_terdaftar(["kritis"], _DTYPE_TINGKAT).tolist()
    ['kritis']
    >>> _kategori_terdaftar(["gawat"], _DTYPE_TINGKAT)
    Traceback (most recent call last):
    ...
    ValueError: nilai di luar daftar kategori (jenis temuan belum terdaftar di findings.registry?): ['gawat']
    """
    vals = np.asarray(values, dtype=object)
    luar = pd.notna(vals) & ~pd.Series(vals).isin(dtype.categories).to_numpy()
    if luar.any():
        raise ValueError("nilai di luar daftar kategori (jenis temuan belum terdaftar di findings.registry?): "
                         f"{sorted({str(v) for v in vals[luar]})}")
    return pd.Categorical(vals, dtype=dtype)


def _typed(df: pd.DataFrame, jenis: list = JENIS_DOKUMEN) -> pd.DataFrame:
    """The schema's dtypes on a frame with the ``COLUMNS`` (``jenis``: its categories).

    A column that already has its dtype is left as it is (converting it again gives the
    same values): typing a concatenation of typed frames costs nothing.

    Examples
    --------
    >>> t = _typed(pd.DataFrame({c: [None] for c in COLUMNS}).assign(jenis="baris_ganda", tingkat="kritis"))
    >>> str(t["baris_sumber"].dtype), str(t["pesan"].dtype), t["jenis"].cat.categories[0]
    ('Int64', 'string', 'baris_tidak_terbaca')
    """
    dt_jenis = _dtype_jenis(tuple(jenis))
    if not _sama_kategori(df["jenis"].dtype, dt_jenis):
        df["jenis"] = _kategori_terdaftar(df["jenis"], dt_jenis)
    if not _sama_kategori(df["tingkat"].dtype, _DTYPE_TINGKAT):
        df["tingkat"] = _kategori_terdaftar(df["tingkat"], _DTYPE_TINGKAT)
    for col, name in _KOLOM_DTYPE.items():
        if df[col].dtype == _DTYPE[name]:
            continue
        df[col] = df[col].astype(_DTYPE[name]) if name == "string" else pd.to_numeric(df[col]).astype(_DTYPE[name])
    return df


def _rec(jenis, tingkat, tabel, baris, nama, kolom, dok, hitung, pesan, pembanding=None, nilai_rp=None):
    na = lambda v: pd.NA if v is None or pd.isna(v) else v  # noqa: E731
    return {"jenis": jenis, "tingkat": tingkat, "tabel": tabel, "baris_sumber": na(baris),
            "nama": na(nama), "kolom": kolom, "nilai_dokumen": na(dok), "nilai_hitung": na(hitung),
            "nilai_rp": na(nilai_rp), "baris_pembanding": na(pembanding), "pesan": pesan}


def _teks_arrow(values) -> pa.Array:
    """A text column as an Arrow ``large_string`` array (the storage of the schema's ``string``
    columns): Arrow-backed text as it is (no Python object per cell); any other column cell by
    cell as a message's f-string writes it (``f"{v}"``), a missing cell (``pd.isna``) null.

    >>> _teks_arrow(pd.Series(["a", None], dtype="string")).to_pylist(), _teks_arrow([1.5, None, "b"]).to_pylist()
    (['a', None], ['1.5', None, 'b'])
    """
    if isinstance(values, (pd.Series, pd.Index)):
        values = values.array
    if isinstance(getattr(values, "dtype", None), pd.StringDtype):
        arr = pa.array(values)
        return (arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr).cast(pa.large_string())
    return pa.array([None if pd.isna(v) else f"{v}" for v in list(values)], pa.large_string())


def _sambung(*parts) -> pa.Array:
    """Texts joined row by row: each part a Python ``str`` (the same in every row) or an Arrow
    text array (``_teks_arrow``, ``_teks_per_nilai``); a null in any part gives a null.

    >>> _sambung("Rp", pa.array(["5", None], pa.large_string()), ".").to_pylist()
    ['Rp5.', None]
    """
    return pc.binary_join_element_wise(
        *(pa.scalar(p, pa.large_string()) if isinstance(p, str) else p for p in parts), pa.scalar("", pa.large_string()))


def _teks_per_nilai(values, func) -> pa.Array:
    """``func`` of every value of a column, as an Arrow text array, called once per distinct
    value (``pandas.factorize``: ``-0.0`` and ``0.0`` are one value, and every missing one,
    ``None``, ``NaN`` or ``pd.NA``, is ``func(pd.NA)``). For formats that write a number's zero
    and missing values alike whatever their kind: ``format_angka``, ``format_rupiah``,
    ``format_persen``, ``format_perubahan``.

    >>> _teks_per_nilai(pd.Series([2.0, None, 2.0, -0.0, 0.0], dtype="Float64"), format_rupiah).to_pylist()
    ['Rp2', '-', 'Rp2', 'Rp0', 'Rp0']
    """
    codes, uniques = pd.factorize(pd.Series(values) if not isinstance(values, pd.Series) else values)
    texts = [func(v) for v in uniques.tolist()]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(texts), codes)
        texts.append(func(pd.NA))
    return pa.array(texts, pa.large_string()).take(pa.array(codes))


def _teks_pilih(pilih: np.ndarray, ya: pa.Array, tidak: pa.Array) -> pa.Array:
    """``ya`` where ``pilih``, else ``tidak`` (two text arrays of one length, row by row).

    >>> _teks_pilih(np.array([True, False]), pa.array(["a", "b"], pa.large_string()),
    ...             pa.array(["c", "d"], pa.large_string())).to_pylist()
    ['a', 'd']
    """
    return pc.if_else(pa.array(pilih, pa.bool_()), ya, tidak)


def _angka_kolom(values, dtype: str) -> pd.api.extensions.ExtensionArray:
    """A number column of the schema (``Float64`` or ``Int64``) as ``_typed`` makes it from
    records: a missing value, ``NaN`` included, is ``<NA>``.

    >>> _angka_kolom(pd.Series([1.0, float("nan"), None], dtype="Float64"), "Float64").tolist()
    [1.0, <NA>, <NA>]
    >>> _angka_kolom([3, None], "Int64").tolist(), _angka_kolom(pd.Series([4.0, None], dtype="Float64"), "Int64").dtype
    ([3, <NA>], Int64Dtype())
    """
    s = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    if dtype == "Float64" and s.dtype == _DTYPE["Float64"]:
        return pd.array(s.to_numpy(dtype=float, na_value=np.nan), dtype=_DTYPE["Float64"])
    if s.dtype == _DTYPE[dtype]:
        return s.array
    s = s.astype(object).where(s.notna(), None)
    return pd.to_numeric(s).astype(_DTYPE[dtype]).array


def _temuan(jenis, tingkat, tabel, baris, nama, kolom, dok, hitung, pesan, pembanding=None,
            nilai_rp=None, jenis_daftar: list = JENIS_DOKUMEN) -> pd.DataFrame:
    """The typed temuan table of findings given by column, one row per element of ``pesan``
    (the same table as ``_frame`` of ``_rec``'s records of the same values, built without a
    Python object per cell where the columns are Arrow text or numbers already).

    ``jenis``, ``tingkat``, ``tabel``, ``kolom``: a ``str`` for every row or one per row;
    ``nama``, ``pesan``: text columns (``_teks_arrow``) or Arrow text arrays; ``baris``,
    ``pembanding``: line numbers; ``dok``, ``hitung``, ``nilai_rp``: numbers (None: none).

    Examples
    --------
    >>> t = _temuan("nilai_negatif", "kritis", "Tabel 2.2", pd.Series([4, 9], dtype="Int64"),
    ...             pd.Series(["A", None], dtype="string"), "pagu_rp", pd.Series([-1.0, -2.0]), None,
    ...             pa.array(["x", "y"], pa.large_string()))
    >>> t.equals(_frame([_rec("nilai_negatif", "kritis", "Tabel 2.2", 4, "A", "pagu_rp", -1.0, None, "x"),
    ...                  _rec("nilai_negatif", "kritis", "Tabel 2.2", 9, None, "pagu_rp", -2.0, None, "y")]))
    True
    """
    pesan = pesan if isinstance(pesan, pa.Array) else _teks_arrow(pesan)
    n = len(pesan)
    if not n:
        return _frame([], jenis_daftar)

    def kategori(v, dtype):
        if isinstance(v, str):
            return pd.Categorical.from_codes(np.full(n, dtype.categories.get_loc(v)), dtype=dtype)
        return _kategori_terdaftar(np.asarray(v, dtype=object), dtype)

    def teks(v):
        if v is None or isinstance(v, str):
            return pd.array(pa.array([v] * n, pa.large_string()), dtype=_DTYPE["string"])
        return pd.array(v if isinstance(v, pa.Array) else _teks_arrow(v), dtype=_DTYPE["string"])

    def angka(v, dtype):
        return pd.array([pd.NA] * n, dtype=_DTYPE[dtype]) if v is None else _angka_kolom(v, dtype)

    columns = {"jenis": kategori(jenis, _dtype_jenis(tuple(jenis_daftar))), "tingkat": kategori(tingkat, _DTYPE_TINGKAT),
               "tabel": teks(tabel), "baris_sumber": angka(baris, "Int64"), "nama": teks(nama), "kolom": teks(kolom),
               "nilai_dokumen": angka(dok, "Float64"), "nilai_hitung": angka(hitung, "Float64"),
               "nilai_rp": angka(nilai_rp, "Float64"), "baris_pembanding": angka(pembanding, "Int64"),
               "pesan": teks(pesan), "rujukan": teks(None), "rujukan_pembanding": teks(None)}
    return pd.DataFrame(columns)


def _teks_kategori(s: pd.Series) -> np.ndarray:
    """``s.astype(str).to_numpy()`` (object; a missing cell NaN), a categorical column's
    categories converted once instead of every cell (pandas converts ``astype(str)`` cell by
    cell through Arrow: most of what the sum and cross-table checks cost).

    >>> _teks_kategori(pd.Series(["a", None, "b", "a"], dtype="category")).tolist()
    ['a', nan, 'b', 'a']
    """
    if not isinstance(s.dtype, pd.CategoricalDtype):
        return s.astype(str).to_numpy()
    cats = np.append(s.cat.categories.astype(str).to_numpy(dtype=object), np.nan)
    return cats[s.cat.codes.to_numpy()]         # code -1 (missing): the NaN at the end


def _numeric(x) -> pd.Series:
    s = x.reset_index(drop=True) if isinstance(x, pd.Series) else pd.Series(x)
    if s.dtype == _DTYPE["Float64"]:         # already the schema's numbers (most columns)
        return s
    return pd.to_numeric(s).astype("Float64")


def _differs(a, b, tol: float | np.ndarray) -> np.ndarray:
    """Where two numeric columns differ by more than ``tol`` (NA on either side: no).

    Takes Series or arrays of equal length, compared by position (whole columns at
    once), and returns a boolean array.

    >>> _differs(pd.Series([1.0, 2.0, None]), np.array([1.0, 2.5, 3.0]), 0.1).tolist()
    [False, True, False]
    """
    x, y = _numeric(a), _numeric(b)
    if len(x) != len(y):                    # not by position: compared as pandas aligns them
        return ((x - y).abs() > tol).fillna(False).to_numpy(dtype=bool)
    # NA on either side is NaN here, and NaN compares False: the same answer, without Series
    with np.errstate(invalid="ignore"):
        return np.abs(x.to_numpy(dtype=float, na_value=np.nan) - y.to_numpy(dtype=float, na_value=np.nan)) > tol


def _isin(values: pd.Series, other) -> np.ndarray:
    """``values.isin(other)`` as a boolean array, for values and others without missing ones,
    by one hash lookup of each value among the distinct others (pandas' ``isin`` of Arrow-backed
    text makes an Arrow scalar of every other value, one at a time: 50 ms for 10,000 codes).

    >>> _isin(pd.Series(["a", "b", "c"], dtype="string"), pd.Index(["c", "a", "c"], dtype="string")).tolist()
    [True, False, True]
    """
    return pd.Index(other).unique().get_indexer(values) >= 0


def _per_value(values: pd.Series, func) -> np.ndarray:
    """``func`` (text -> bool) of every non-missing cell, evaluated once per distinct
    value (satuan and indikator repeat); missing cells give False."""
    codes, uniques = pd.factorize(values)
    if not len(uniques):
        return np.zeros(len(values), dtype=bool)
    result = np.fromiter((bool(func(u)) for u in uniques), dtype=bool, count=len(uniques))
    return np.where(codes >= 0, result[np.maximum(codes, 0)], False)


def _volume(x, satuan=None) -> str:
    """A target or realisation with its unit, for a message (``10 Unit Usaha``).

    A satuan that is itself a number is named as such, not glued to the value; ``%`` is
    written against the number (PUEBI).

    >>> _volume(10.0, "Unit Usaha"), _volume(10.0, "10"), _volume(0.9, "%"), _volume(4.0, None)
    ('10 Unit Usaha', '10 (satuan tertulis “10”)', '0,9%', '4')
    """
    angka = format_angka(x, None)
    sat = "" if satuan is None or pd.isna(satuan) else " ".join(str(satuan).split())
    if not sat:
        return angka
    if is_number(sat):
        return f"{angka} (satuan tertulis \u201c{sat}\u201d)"
    return f"{angka}{sat}" if sat.startswith("%") else f"{angka} {sat}"          # PUEBI: 0,9%


def _existing(df: pd.DataFrame, *names) -> list[str]:
    """The columns of ``names`` that ``df`` has (a missing one fails where it is used, as before).

    >>> _existing(pd.DataFrame({"a": [1], "c": [2]}), "a", "b", "c")
    ['a', 'c']
    """
    return [c for c in names if c in df]


def _cols(df: pd.DataFrame, *names) -> list[list]:
    """Columns as Python lists, for building the findings of flagged rows by ``zip`` (no
    rows: empty lists, without a Series per column; a missing column fails as ever).

    >>> _cols(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), "b", "a"), _cols(pd.DataFrame({"a": []}), "a")
    ([['x', 'y'], [1, 2]], [[]])
    """
    if not len(df):
        return [[] if c in df.columns else df[c].tolist() for c in names]
    return [df[c].tolist() for c in names]


# --- 1. stated % vs recomputed ---------------------------------------------------------

def persen_tidak_cocok(evaluasi: pd.DataFrame, tabel21: pd.DataFrame,
                       toleransi: float = TOLERANSI_PERSEN) -> pd.DataFrame:
    """A percentage the document states differs from the one recomputed from its numbers.

    Checks Tabel 2.2 (capaian K, serapan Rp) and Tabel 2.1 (capaian K, Renstra
    progress), each against its own table's numbers. ``kritis`` from 5 points.
    """
    # a stated % is compared with the one its row's stated numbers give: where the realisation
    # is not reported (empty), the row states no number to compare it with
    checks = [
        (evaluasi, _TABEL_22, "capaian_k_dokumen", evaluasi["capaian_k"].mask(evaluasi["realisasi_k"].isna()),
         "capaian K"),
        (evaluasi, _TABEL_22, "serapan_rp_dokumen", evaluasi["serapan_rp"].mask(evaluasi["realisasi_rp"].isna()),
         "serapan anggaran"),
    ]
    if len(tabel21):
        t = tabel21
        cap21 = t["realisasi_k"] / t["target_k"].mask(t["target_k"] == 0) * 100
        ren21 = t["realisasi_renstra_k"] / t["target_renstra"].mask(t["target_renstra"] == 0) * 100
        checks += [(t, _TABEL_21, "capaian_k_dokumen", cap21, "capaian K"),
                   (t, _TABEL_21, "capaian_renstra_dokumen", ren21, "capaian Renstra")]
    records = []
    for df, tabel, col, hitung, label in checks:
        bad = _differs(df[col], hitung, toleransi)
        if not bad.any():
            continue
        # a serapan cell quoted as written (its decimals, ``_desimal_kolom``: "35.93609" is not "35,94%");
        # the other stated % as before
        tulis = _persen_tertulis(df) if col == "serapan_rp_dokumen" else None
        bukan_pp = np.full(len(df), "", dtype=object)     # a cell of neither base: not the P-APBD share either
        if tulis is not None and "pagu_papbd_rp" in df:
            # the share of 3.2's P-APBD pagu to the cell's last written digit, rounded or truncated (``_pas``,
            # as the vote of ``_dasar_22_terbukti`` counts it): computed on another base
            lain = bad & _serapan_papbd(df)
            records += [_rec(
                "persen_tidak_cocok", "peringatan", tabel, baris, nama, col, dok, val,
                f"{tabel} mencantumkan {label} {teks}, padahal angka di baris yang sama memberi "
                f"{format_persen(val)} dari pagu {_TABEL_22}. Angka itu sama dengan realisasinya {format_rupiah(r)} "
                f"dibagi pagu P-APBD-nya di Tabel 3.2 {format_rupiah(pp)} "
                f"({_teks_persen(r / pp * 100.0, max(2, d + 1))}) yang dibulatkan atau dipotong: serapan baris ini "
                f"dihitung terhadap pagu perubahan (P-APBD), bukan pagu {_TABEL_22}; periksa dasar perhitungannya.")
                for baris, nama, dok, r, pp, val, teks, d in zip(
                    *_cols(df[lain], "baris_sumber", "nama", col, "realisasi_rp", "pagu_papbd_rp"),
                    pd.Series(hitung).reset_index(drop=True)[lain].tolist(), tulis[0][lain].tolist(),
                    tulis[1][lain].tolist())]
            bad &= ~lain
            if not bad.any():
                continue
            # a P-APBD pagu known and another value: the cell is no share of it at its last written digit either (REV-AJ
            # MJ2: "35.930", three decimals, is neither 35,93596 % rounded, 35,936, nor truncated, 35,935)
            pp_lain = bad & _papbd_lain(df)
            if pp_lain.any():
                bukan_pp[pp_lain] = [
                    f"; angka itu bukan pula realisasinya {format_rupiah(r)} dibagi pagu P-APBD-nya di Tabel 3.2 "
                    f"{format_rupiah(pp)} ({_teks_persen(r / pp * 100.0, max(2, d + 1))}) yang dibulatkan atau "
                    "dipotong pada angka terakhir yang tertulis"
                    for r, pp, d in zip(*_cols(df[pp_lain], "realisasi_rp", "pagu_papbd_rp"), tulis[1][pp_lain].tolist())]
        rows = df[bad]
        records += [_rec(
            "persen_tidak_cocok", "kritis" if abs(dok - val) >= 5 else "peringatan", tabel, baris, nama,
            col, dok, val,
            f"{tabel} mencantumkan {label} {format_persen(dok) if teks is None else teks}, padahal angka di baris "
            f"yang sama memberi {format_persen(val)}{pp}; periksa angka realisasi/target atau rumusnya.")
            for baris, nama, dok, val, teks, pp in zip(*_cols(rows, "baris_sumber", "nama", col),
                                                       pd.Series(hitung).reset_index(drop=True)[bad].tolist(),
                                                       repeat(None) if tulis is None else tulis[0][bad].tolist(),
                                                       bukan_pp[bad].tolist())]
    return _frame(records)


def _persen_tertulis(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's serapan cell as a sentence quotes it, with the decimals it is written with
    (``_desimal_kolom``, else the shortest that reads back as the value: ``_setengah_digit``), and
    those decimals; an empty cell ``-``.

    >>> df = pd.DataFrame({"serapan_rp_dokumen": [35.93609, 41.7, None, 50.0],
    ...                    "serapan_rp_desimal": pd.array([5, 2, None, None], dtype="Int64")})
    >>> [t.tolist() for t in _persen_tertulis(df)]
    [['35,93609%', '41,70%', '-', '50%'], [5, 2, 0, 0]]
    """
    persen = pd.to_numeric(df["serapan_rp_dokumen"]).to_numpy(dtype=float, na_value=np.nan)
    ada = ~np.isnan(persen)
    d = np.zeros(len(persen), dtype=np.intp)
    d[ada] = _setengah_digit(persen[ada], _desimal_kolom(df, persen)[ada])[1]
    teks = np.array([f"{x:.{k}f}".replace(".", ",") + "%" if a else "-"
                     for x, k, a in zip(persen.tolist(), d.tolist(), ada.tolist())], dtype=object)
    return teks, d


def _serapan_papbd(df: pd.DataFrame) -> np.ndarray:
    """Rows whose serapan cell is realisasi / 3.2's P-APBD pagu (column ``pagu_papbd_rp``, above 0
    and not the 2.2 pagu) rounded or truncated to its last written digit (``_setengah_digit``,
    ``_pas``: as ``_dasar_22_terbukti`` counts a cell a share of that pagu, REV-AF AF4).

    >>> df = pd.DataFrame({"realisasi_rp": [6_285_900.0] * 4, "pagu_rp": [1.5e7] * 4,
    ...                    "pagu_papbd_rp": [17_491_950.0, 17_491_950.0, 1.5e7, 17_491_950.0],
    ...                    "serapan_rp_dokumen": [35.94, 35.93, 35.94, 35.92]})
    >>> _serapan_papbd(df).tolist()
    [True, True, False, False]
    """
    persen = pd.to_numeric(df["serapan_rp_dokumen"]).to_numpy(dtype=float, na_value=np.nan)
    real = pd.to_numeric(df["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
    papbd = pd.to_numeric(df["pagu_papbd_rp"]).to_numpy(dtype=float, na_value=np.nan)
    ada = _papbd_lain(df)
    out = np.zeros(len(df), dtype=bool)
    if ada.any():
        h = _setengah_digit(persen[ada], _desimal_kolom(df, persen)[ada])[0] * (1 + 1e-6) + 1e-9
        out[ada] = _pas(persen[ada], real[ada] / papbd[ada] * 100.0, h)
    return out


def _papbd_lain(df: pd.DataFrame) -> np.ndarray:
    """Rows stating a serapan and a realisation whose 3.2 P-APBD pagu (``pagu_papbd_rp``) is known,
    above 0 and not the 2.2 pagu: a serapan cell there may be a share of either (``_serapan_papbd``).

    >>> df = pd.DataFrame({"realisasi_rp": [1.0, 1.0, None, 1.0], "pagu_rp": [2.0, 2.0, 2.0, 2.0],
    ...                    "pagu_papbd_rp": [3.0, 2.0, 3.0, None], "serapan_rp_dokumen": [50.0] * 4})
    >>> _papbd_lain(df).tolist()
    [True, False, False, False]
    """
    persen = pd.to_numeric(df["serapan_rp_dokumen"]).to_numpy(dtype=float, na_value=np.nan)
    real = pd.to_numeric(df["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
    papbd = pd.to_numeric(df["pagu_papbd_rp"]).to_numpy(dtype=float, na_value=np.nan)
    pagu = pd.to_numeric(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
    ada = ~np.isnan(persen) & ~np.isnan(real)
    with np.errstate(invalid="ignore"):
        return ada & (papbd > 0) & (papbd != pagu)


# --- 2. parent vs sum of children ---------------------------------------------------------

def _sum_check(df: pd.DataFrame, tabel: str, columns: dict, toleransi: float,
               terpotong: list | None = None, celah: list[tuple[int, str]] | None = None,
               tingkat_terbuka: tuple[str, ...] = ("program", "kegiatan"),
               batas: dict[str, str] | None = None, rincian: bool = False, satuan: float = 0.0,
               skala_lain: float = np.nan, potong_mungkin: list[bool] | None = None) -> list[dict]:
    """``jumlah_tidak_cocok`` for each program and kegiatan of ``df`` against its rows.

    ``satuan``: the unit each cell is rounded to (1000 for a Tabel 3.2 in thousands, 0 for none):
    n rows stating a value, each rounded, and their rounded parent differ by less than (n + 1) / 2 units,
    so by floor(n / 2) whole units at most (none for one row: ``_toleransi_bulat``, REV-AS AS-A), and a
    parent is compared within that (a 3.2 of unknown scale: never less than ``toleransi``, the rupiah
    reading's); the unit is that of the last digit written, ``satuan`` x 10^-d for cells written with d
    decimals (each cell to its own, the bound in the finest, ``_desimal_angka``; REV-AM AM4). Cells cut, not
    rounded, fall short of their cut parent
    by 0 to n - 1 units: a parent above its rows by no more than that, beyond the rounding, is
    ``peringatan`` naming truncation (the text does not tell cut from rounded; REV-AM AM1), but only
    where the table can be cut: cut rows never sum above their cut parent, so one parent of the
    column below its own rows (by a unit of its last digit; its rows all its own) shows the table
    rounded and the window is not granted: the rounding's kritis stands (REV-AO AO1).
    ``potong_mungkin``: each column's answer (with ``satuan``) appended, for the stated totals.
    ``skala_lain``: a table of unknown scale, one of two (as written, or in units of ``skala_lain``
    rupiah: ``_dua_skala_32``), read as written with ``satuan`` 1 (one unit as written, the unit its
    cells are rounded to under the second reading): a parent is reported only where it differs under
    both readings, its figures quoted as written, not as rupiah (``_skala_ragu_teks``; REV-AI AI8), a sum
    or difference to the most decimals written in the column (REV-AM AM7).

    ``rincian`` (Tabel 2.2): a program's or kegiatan's empty realisation cell states no total and
    is not compared (never "agreeing" with its rows, never Rp 0 against them); as a row under
    another it counts the sum of its own rows (``metrics.realisasi_rincian``). Where that is
    unknown (not every row below states one, or their pagu do not add up to its own) its parent's
    rows sum to at least what is known of them (a realisation is never negative; an unknown row
    whose serapan cell is stated at least that share of its 2.2 pagu, less half a unit of the
    cell's last digit): a parent stating less than that is ``jumlah_tidak_cocok`` (the message says
    "sedikitnya"); more may be right, the unknown rows may hold the rest, up to what the document
    says of them (``_batas_atas``: a stated serapan of p % is at most p % and half a unit of its
    last digit of the 2.2 pagu it is a share of, below half a percent for a 0; a row whose serapan
    cell is empty at most its pagu, or its larger P-APBD pagu in ``pagu_papbd_rp`` when given): a parent
    stating more than the known rows plus that is ``jumlah_tidak_cocok`` too ("paling banyak",
    the message saying how the bound was made, ``_teks_batas``); one above the bound on 2.2's
    pagu alone but within the P-APBD one is peringatan naming both (the realisation may be
    measured against the revised pagu). Where the document does not show which pagu its serapan
    cells are shares of (``_dasar_serapan``: rows of any level whose two pagu differ; a sub kegiatan's by the
    sub kegiatan rows where they show one) and an unknown
    row's two pagu differ, the parent is
    compared under each reading (``_batas_atas``'s ``bacaan``: every such cell a share of its 2.2
    pagu, or every one of its P-APBD pagu; the base is one for the whole document): wrong under
    both is ``kritis`` (the bound nearer the stated total in ``nilai_hitung``, both quoted), fitting
    only the P-APBD reading ``peringatan`` quoting both, fitting the 2.2 reading (the serapan column's
    own base) what that reading says alone (nothing, or its truncation / larger-pagu peringatan)
    (REV-AE AE1: a bound between the two readings took in sums fitting neither); but where some parents
    fit the 2.2 reading only and others the P-APBD reading only, one of them is wrong whichever base
    holds: each is ``kritis`` naming which fit which (REV-AH X1; a parent open at a numbering gap or over
    sub kegiatan read directly under a program is no evidence).
    A sub kegiatan of its own (not ``names.lanjutan``) whose realisation or pagu cell is empty is
    unknown too.

    A sub kegiatan directly under a program (no kegiatan between) is the program's row
    (``names.parent_index``'s ``langsung``: the rule of ``metrics.realisasi_rincian`` too).

    ``celah``: gaps in the table's printed numbering (``_celah_nomor``), each as (position in
    ``df`` of the first row after it, the missing numbers). A parent open at the row before a
    gap (the program and the kegiatan it is in) may have lost rows in it, or have taken in the
    rows of a parent lost in it: a difference there is ``peringatan`` naming the gap, not
    ``kritis`` (the document's own numbering shows that we did not read all its rows).

    ``terpotong``: the table ends where its text was cut (``jumlah_tidak_cocok``): a parent
    still open at its last row (the last program, the last kegiatan under it) whose rows sum
    to less than it states may have its other rows past the cut; it is put in this list,
    not reported. A sum above it is reported: a cut loses rows,
    it adds none. Each as (label of the column, level, name, stated, sum).
    ``tingkat_terbuka``: the levels that can still be open at the cut (the first row lost is a
    kegiatan: only the program; a program: none). ``batas``: a column whose shortfall the lost
    rows can make up only as far as another's (``{"realisasi_rp": "pagu_rp"}``: rows lost with
    Rp 10 of pagu cannot hold Rp 30 of realisasi): a parent short by more is reported.
    """
    if not len(df):
        return []
    # only the columns read below (the tables are wide; a missing one fails where it is used)
    df = df[_existing(df, *dict.fromkeys(["level", "baris_sumber", "nama", "indikator", "pagu_rp", "realisasi_rp",
                                          "serapan_rp_dokumen", "serapan_rp_desimal", "pagu_papbd_rp", *columns,
                                          *(f"{c}_desimal" for c in columns)]))].reset_index(drop=True)
    lanjut = lanjutan(df)           # a further indicator row of a name: its first row is the parent
    parent = parent_index(df["level"], lanjut, langsung=True)
    # a program or kegiatan with no row under it sums to 0 (its rows may have been lost)
    own = ~lanjut.to_numpy(dtype=bool)
    parents = np.flatnonzero(teks_di(df["level"], ("program", "kegiatan")) & own)
    # the parents open at the last row (a cut) and at each gap: the same for every column
    buka: list = []
    lv_arr = df["level"].astype(str).to_numpy(dtype=object)
    if terpotong is not None:
        prog = np.flatnonzero((lv_arr == "program") & own)
        keg = np.flatnonzero((lv_arr == "kegiatan") & own)
        buka = [*(prog[-1:] if "program" in tingkat_terbuka else []),
                *(keg[keg > (prog[-1] if len(prog) else -1)][-1:] if "kegiatan" in tingkat_terbuka else [])]
    di_celah = _terbuka_di_celah(df["level"], lanjut, celah) if celah else {}
    # a program with two or more sub kegiatan read directly under it (no kegiatan between): a hierarchy no
    # Renja has, so maybe a kegiatan read as a sub kegiatan (printed without the word "Kegiatan") with its
    # own rows after it, counted twice: its sum is doubtful (one such row alone has no rows to double)
    induk_arr = parent.to_numpy(dtype=float)
    sub_langsung = (lv_arr == "sub_kegiatan") & own & ~np.isnan(induk_arr)
    sub_langsung[sub_langsung] = lv_arr[induk_arr[sub_langsung].astype(np.intp)] == "program"
    langsung = np.bincount(induk_arr[sub_langsung].astype(np.intp), minlength=len(df))
    records = []
    pendek_kolom: dict[str, np.ndarray] = {}   # each column's stated minus sum, by parent (``where``)
    # a table of unknown scale (``skala_lain``): figures as written, the reason said once at the end
    ragu_skala = bool(pd.notna(skala_lain))
    akhir = _skala_ragu_teks(tabel, skala_lain) if ragu_skala else ""

    # the most decimals written in the column: a sum or difference quoted as written is rounded to them
    # (a float's sum is not what was written: '3.307,6000000000004', REV-AM AM7)
    des = [6]

    def tulis(v: float) -> str:
        return _ditulis(v, desimal=des[0]) if ragu_skala else _tertulis(v, satuan)

    def selisih(v: float) -> str:
        return _ditulis(v, desimal=des[0]) if ragu_skala else format_rupiah(v)
    for col, label in columns.items():
        numeric = pd.to_numeric(df[col]).astype("Float64")
        if ragu_skala:
            des[0] = int(_desimal_angka(numeric.dropna().to_numpy(dtype=float) / (satuan or 1.0)).max(initial=0))
        stated_na = numeric.isna().to_numpy(dtype=bool)
        values = numeric.fillna(0)     # a child stating nothing adds nothing
        anak = values
        tak_tahu = np.zeros(len(df), dtype=bool)
        # with an unknown row: what the rows hold at most, and on 2.2's pagu alone (``_batas_atas``)
        atas: np.ndarray | None = None
        atas_22: np.ndarray | None = None
        atas_pot: np.ndarray | None = None
        dasar: pd.DataFrame | None = None
        bawah: np.ndarray | None = None
        # the base of a serapan cell not shown (``_batas_atas``'s ``lebar``): the P-APBD reading's bounds too
        batas_pp: tuple | None = None
        if rincian and col in ("realisasi_rp", "pagu_rp"):
            # an empty program or kegiatan under another: the sum of its own rows, or unknown
            # (an empty pagu cell too: never Rp 0)
            r = realisasi_rincian(df, sedikitnya=True, kolom=col)
            dari = r["realisasi_dari_rincian"].astype("string")
            tak_tahu = (dari == TIDAK_DIKETAHUI).fillna(False).to_numpy(dtype=bool)
            # a sub kegiatan of its own (not a further indicator of the name above, ``names.lanjutan``: the one
            # rule of money of its own) whose cell is empty states nothing either (``realisasi_kosong``):
            # unknown, at least 0, never Rp 0 in the sum
            if stated_na.any():
                tak_tahu = tak_tahu | ((lv_arr == "sub_kegiatan") & own & stated_na)
            # an unknown one: what it is at least (its known rows; never below 0)
            anak = numeric.fillna(r["realisasi_rp"]).fillna(r["realisasi_sedikitnya"]).fillna(0)
            if col == "realisasi_rp" and tak_tahu.any():
                diketahui = anak.to_numpy(dtype=float, na_value=0.0)

                def baca(bacaan: str, tak_tahu: np.ndarray, diketahui: np.ndarray) -> tuple:
                    t, a, a22, b, d = _batas_atas(df, tak_tahu, diketahui, bacaan)
                    # an unknown kegiatan or program: its rows' bounds (``_batas_induk``); ``atas_pot``: with a
                    # rounded serapan cell read as truncated (one whole unit of its last digit above, not half)
                    a, a22, b, pot = _batas_induk(df, induk_arr, own, t, (a, a22, b, d["atas_pot"].to_numpy(dtype=float)),
                                                  d)
                    return t, a, a22, b, pot, d

                tak_tahu, atas, atas_22, bawah, atas_pot, dasar = baca("22", tak_tahu, diketahui)
                if dasar["lebar"].any():
                    # the document does not show which pagu its serapan cells are shares of: the same sum under
                    # the other reading, every such cell a share of its P-APBD pagu (REV-AE AE1)
                    batas_pp = baca("papbd", tak_tahu, diketahui)[1:]
                # what the rows hold at least: a stated serapan bounds an unknown row from below too
                anak = pd.Series(bawah, index=anak.index, dtype="Float64")

        tertulis_kolom = _desimal_pagu(df, col)      # each cell's decimals as written (-1 unknown), or None

        def bulat(where: np.ndarray, stated_na: np.ndarray = stated_na, values: pd.Series = values,
                  tertulis: np.ndarray | None = tertulis_kolom) -> tuple:
            """Each parent's rows stating a value (n), the finest unit among its cells and its rows'
            (``satuan`` times 10^-d, d the most decimals written among them; REV-AM AM4: '205.12' is rounded
            to 0.01, not to a whole unit) and how far rounding alone may put it from their sum
            (``_toleransi_bulat``, each cell rounded to its own last written digit), under two readings of a
            cell whose decimals as written are not known (``tertulis``, ``<col>_desimal`` from
            ``_dengan_desimal_pagu``; -1 unknown): the group's finest (``sempit``: a ``5,000.0`` may have been
            written so) and its float's (``lebar``, ``_desimal_angka``: ``5,000``); a cell whose decimals are
            known counts them in both (REV-AW AW2: '5,000.0' read as whole made its unit ten times coarser and
            the tolerance wider). Also, in the finest unit, the parent's unit (``m_induk``) and its rows' summed
            (``m_anak``) under the wider reading: the truncation window (``_sum_check``)."""
            grup = parent.to_numpy(dtype=float)
            n = pd.Series(~stated_na).groupby(parent).sum().reindex(where, fill_value=0).to_numpy(dtype=float)
            d_baca = _desimal_angka(values.to_numpy(dtype=float, na_value=0.0) / satuan)
            tahu = np.zeros(len(d_baca), dtype=bool) if tertulis is None else tertulis >= 0
            # written decimals are never fewer than the float's (a float forgets trailing zeros only)
            d = np.where(stated_na, 0, np.where(tahu, np.maximum(d_baca, -1 if tertulis is None else tertulis),
                                                d_baca))
            d_par = np.maximum(d[where], pd.Series(d).groupby(parent).max().reindex(where, fill_value=0).to_numpy())
            # each cell's decimals under the narrow reading: its group's finest where unknown (as a row, its
            # parent's group; as a parent, its own)
            par_penuh = np.zeros(len(d), dtype=float)
            par_penuh[where] = d_par
            ada = ~np.isnan(grup)
            d_baris_s = d.copy()
            d_baris_s[ada & ~tahu] = par_penuh[grup[ada & ~tahu].astype(np.intp)]
            d_induk_s = np.where(tahu[where], d[where], d_par)

            def m(d_baris: np.ndarray, d_induk: np.ndarray, kosong: np.ndarray = stated_na
                  ) -> tuple[np.ndarray, np.ndarray]:
                # each row's unit and the parent's, in units of 10^-6 of ``satuan`` (d at most 6): whole numbers
                per_baris = pd.Series(np.where(kosong, 0.0, 10.0 ** (6 - d_baris.astype(float)))).groupby(parent).sum()
                anak = per_baris.reindex(where, fill_value=0.0).to_numpy(dtype=float) * 10.0 ** (d_par - 6.0)
                return 10.0 ** (d_par - d_induk).astype(float), anak
            unit = satuan * 10.0 ** -d_par.astype(float)
            induk_s, anak_s = m(d_baris_s, d_induk_s)
            induk_l, anak_l = m(d, d[where])
            # the rows whose true value may be a half (``_genap_terjangkau``): not a row written 0 or '-', a
            # budget line of exactly nothing (half a unit, Rp500 of a 3.2 in thousands, is no pagu)
            nol = stated_na | (values.to_numpy(dtype=float, na_value=0.0) == 0)
            # half to even rounds a half to an even last digit: the parent and every row not written 0 must end
            # in an even digit of its own unit for every error to be a half (REV-BB BB1: 2,999 over 1,001 +
            # 1,000 + 1,000 is no rounding at all, was the half-to-even peringatan)
            v_satuan = np.abs(values.to_numpy(dtype=float, na_value=0.0)) / satuan

            def genap(d_baris: np.ndarray, d_induk: np.ndarray) -> np.ndarray:
                baris = (np.rint(v_satuan * 10.0 ** d_baris.astype(float)) % 2 == 0) | nol
                semua = pd.Series(baris).groupby(parent).all().reindex(where, fill_value=True).to_numpy(dtype=bool)
                return semua & (np.rint(v_satuan[where] * 10.0 ** d_induk.astype(float)) % 2 == 0)
            return (n, unit, _toleransi_bulat(0.0, n, unit, induk_s, anak_s),
                    _toleransi_bulat(0.0, n, unit, induk_l, anak_l), np.rint(induk_l), np.rint(anak_l),
                    np.rint(induk_s), np.rint(m(d_baris_s, d_induk_s, nol)[1]), np.rint(m(d, d[where], nol)[1]),
                    genap(d_baris_s, d_induk_s), genap(d, d[where]))

        def banding(anak: pd.Series, atas: np.ndarray | None, atas_22: np.ndarray | None,
                    atas_pot: np.ndarray | None, values: pd.Series, stated_na: np.ndarray, tak_tahu: np.ndarray
                    ) -> tuple:
            """Each parent (``where``) against its rows held at least ``anak`` and at most ``atas``: the
            sum compared, and which parents differ (``bad``), below (``kurang``), above (``lebih``),
            above only within a truncation (``potong``) or only within the P-APBD pagu (``longgar``)."""
            sums = anak.groupby(parent).sum()
            sums = sums.reindex(np.union1d(sums.index.to_numpy().astype(np.intp), parents), fill_value=0.0)
            where = sums.index.to_numpy().astype(np.intp)
            stated = values.to_numpy(dtype=float)[where]
            total = sums.to_numpy(dtype=float)
            # a parent whose cell is empty states no total: nothing to compare (never read as Rp 0)
            tol: float | np.ndarray = toleransi
            if satuan:
                # a 3.2 of unknown scale: never closer than the rupiah reading's ``toleransi``, in units of the last
                # digit written (Rp1 for whole cells; one unit of the finest decimal written: '205,49' over '102,50'
                # and '102,00' is 99 units of 0,01 off under both readings, not within Rp1, REV-BA BA2)
                _, unit_t, tol_t = bulat(where)[:3]
                tol = np.maximum(toleransi * unit_t if ragu_skala else 0.0, tol_t)
            bad = (np.abs(stated - total) > tol) & ~stated_na[where]
            kurang = np.zeros(len(where), dtype=bool)      # compared with what its rows hold at least
            lebih = np.zeros(len(where), dtype=bool)       # compared with what its rows hold at most
            longgar = np.zeros(len(where), dtype=bool)     # above it on 2.2's pagu, within 3.2's larger P-APBD pagu
            potong = np.zeros(len(where), dtype=bool)      # above it, within it with a rounded serapan cell truncated
            paling_arr = paling_22 = paling_pot = total
            if tak_tahu.any():
                # a row under it whose realisation is unknown: its rows' sum is at least ``total``;
                # a stated total below that is wrong, one above it may be right, up to what the
                # unknown rows can hold at most (``atas``: each its pagu, where the document gives one)
                buta = np.isin(where, np.unique(parent.to_numpy()[tak_tahu & parent.notna().to_numpy()]).astype(np.intp))
                kurang = bad & buta & (stated < total)
                if atas is not None:
                    paling_arr, paling_22, paling_pot = (pd.Series(a).groupby(parent.to_numpy()).sum().reindex(
                        where, fill_value=0.0).to_numpy(dtype=float) for a in (atas, atas_22, atas_pot))
                    lebih = bad & buta & (stated > paling_arr + toleransi)
                    # above the bound of the serapan cells as rounded, within it if they were truncated: one unit of
                    # a cell's last digit explains it (REV-AC: "46" for 46,99 %, as a row whose Rp is printed gives
                    # only ``persen_tidak_cocok`` peringatan), not a certain error
                    potong = lebih & (stated <= paling_pot + toleransi)
                    # above what the rows hold on Tabel 2.2's pagu but within 3.2's larger P-APBD pagu: the
                    # realisation may be measured against the revised pagu (a reading, not a certain error)
                    longgar = bad & buta & ~lebih & (stated > paling_22 + toleransi)
                    lebih |= longgar
                    total = np.where(longgar, paling_22, np.where(lebih, paling_arr, total))
                bad &= ~buta | kurang | lebih
            return (where, stated, total, tol, bad, kurang, lebih, potong, longgar, paling_arr, paling_22, paling_pot,
                    sums.to_numpy(dtype=float))

        (where, stated, total, tol, bad, kurang, lebih, potong, longgar,
         paling_arr, paling_22, paling_pot, paling_sedikit) = banding(anak, atas, atas_22, atas_pot, values, stated_na,
                                                                      tak_tahu)
        # the two readings of a base not shown (REV-AE AE1): a parent wrong under both is kritis; fitting only
        # the P-APBD reading a peringatan naming both (``dua_ragu``); fitting the 2.2 reading, the base the
        # document's serapan column has by definition (57 of 57 rows of the bundled document), nothing
        dua_kritis = np.zeros(len(where), dtype=bool)
        dua_ragu = np.zeros(len(where), dtype=bool)
        # the base is one for the whole document: parents fitting only the 2.2 reading beside others fitting only
        # the P-APBD reading are wrong on one side whichever base holds, each kritis naming both (REV-AH X1)
        konflik = np.zeros(len(where), dtype=bool)
        konflik_22 = np.zeros(len(where), dtype=bool)
        r22 = (total.copy(), kurang.copy(), lebih.copy())      # the 2.2 reading's, for the messages
        potong_22, longgar_22, r22_paling = potong.copy(), longgar.copy(), (paling_arr, paling_pot)
        gagal_pp = np.zeros(len(where), dtype=bool)
        gagal_22 = np.zeros(len(where), dtype=bool)
        ke_pp = np.zeros(len(where), dtype=bool)
        pp: tuple = ()
        if batas_pp is not None:
            atas_p, atas_22p, bawah_p, pot_p, dasar_pp = batas_pp
            pp = banding(pd.Series(bawah_p, index=anak.index, dtype="Float64"), atas_p, atas_22p, pot_p, values,
                         stated_na, tak_tahu)
            beda = np.zeros(len(where), dtype=bool)
            for a, b in ((total, pp[2]), (paling_arr, pp[9]), (paling_22, pp[10]), (paling_pot, pp[11]),
                         (paling_sedikit, pp[12])):
                beda |= a != b      # the readings' bounds of this parent differ
            beda &= bad | pp[4]
            gagal_22 = bad & (kurang | (lebih & ~potong & ~longgar))
            gagal_pp = pp[4] & (pp[5] | (pp[6] & ~pp[7] & ~pp[8]))
            dua_kritis = beda & gagal_22 & gagal_pp
            dua_ragu = beda & gagal_22 & ~gagal_pp
            # evidence of a reading only where the rows as read are all the parent's (not open at a numbering gap,
            # no sub kegiatan directly under a program that may be counted twice)
            bukti = ~np.isin(where, list(di_celah)) & (langsung[where] <= 1)
            konflik_22 = beda & ~gagal_22 & gagal_pp & bukti
            if konflik_22.any() and (dua_ragu & bukti).any():
                konflik = konflik_22 | (dua_ragu & bukti)
                dua_ragu &= ~konflik
            konflik_22 &= konflik
            # under the P-APBD reading the nearer bound (the kritis), or the one a parent of the conflict fails
            ke_pp = (dua_kritis & (np.abs(stated - pp[2]) < np.abs(stated - total))) | konflik_22
            total = np.where(ke_pp, pp[2], total)
            kurang = np.where(ke_pp, pp[5], kurang)
            lebih = np.where(ke_pp, pp[6], lebih)
            # both readings fitting as is: nothing; both only within a truncation or the P-APBD pagu: as the 2.2 one;
            # the 2.2 reading fitting and the P-APBD one failing: the 2.2 reading's own finding, if any (a truncation,
            # the larger P-APBD pagu: its peringatan, REV-AH X2, X3)
            bad &= ~(beda & ~gagal_22 & ~gagal_pp & ~(bad & pp[4]))
            bad |= dua_kritis | dua_ragu | konflik
            potong &= ~(dua_kritis | dua_ragu | konflik)
            longgar &= ~(dua_kritis | dua_ragu | konflik)
        if terpotong is not None:
            pendek = stated - total
            pendek_kolom[col] = pendek
            putus = bad & np.isin(where, buka) & (pendek > toleransi)
            acuan = (batas or {}).get(col)
            if acuan in pendek_kolom:       # the lost rows hold at most the other column's shortfall
                putus &= pendek <= np.maximum(pendek_kolom[acuan], 0.0) + toleransi
            terpotong += [(label, level, nama, s, t) for level, nama, s, t in zip(
                *_cols(df.iloc[where[putus]], "level", "nama"), stated[putus].tolist(), total[putus].tolist())]
            bad &= ~putus
        ragu_semua: list = []       # differences the text itself may explain: (rows, why), peringatan
        bacaan_celah: dict[int, str] = {}      # by position in ``where``: which reading a figure quoted is
        if celah:
            ragu = bad & np.isin(where, list(di_celah))
            # a parent of the two readings (the base not shown): the figure quoted is one reading's, named with the
            # other's (REV-AH X6)
            dua = ragu & (dua_kritis | dua_ragu | konflik)
            if dua.any():
                assert pp
                for k in np.flatnonzero(dua).tolist():
                    lain = (r22[0][k], r22[1][k], r22[2][k], gagal_22[k]) if ke_pp[k] else (pp[2][k], pp[5][k], pp[6][k],
                                                                                              gagal_pp[k])
                    nama_pp, nama_22 = "P-APBD di Tabel 3.2", _TABEL_22
                    bacaan_celah[k] = (
                        f" bila sel serapannya dibaca sebagai bagian dari pagu {nama_pp if ke_pp[k] else nama_22}; bila "
                        f"bagian dari pagu {nama_22 if ke_pp[k] else nama_pp}, "
                        + (f"jumlah rinciannya {'sedikitnya' if lain[1] else 'paling banyak'} {format_rupiah(lain[0])}"
                           if lain[3] else "jumlah itu masuk dalam batas rinciannya")
                        + " (dokumen ini tidak menunjukkan pagu mana yang menjadi dasar sel serapannya)")
            # "\0": the row's level word
            ragu_semua.append((ragu, [
                f"nomor baris {di_celah[w]} tidak ada di teks (temuan nomor_tidak_urut), di tengah rincian \0 ini: "
                "baris yang hilang itu dapat memuat rinciannya, atau induk lain yang rinciannya kini terbaca di "
                "bawahnya, sehingga selisih ini tidak dinilai sebagai kekeliruan dokumen. Periksa dengan dokumen "
                "aslinya." for w in where[ragu].tolist()]))
            bad &= ~ragu
        ragu = bad & (langsung[where] > 1) & (total > stated + toleransi)
        if ragu.any():
            # only where rows counted twice would explain the difference (a doubling only adds), within the
            # parent's own tolerance (``tol``: rounded rows of a 3.2 in thousands match only to their rounding)
            ragu[ragu] = [_ganda_menjelaskan(df, anak, sub_langsung & (induk_arr == w), s, t, tl, k)
                          for w, s, t, tl, k in zip(where[ragu].tolist(), stated[ragu].tolist(), total[ragu].tolist(),
                                                    np.broadcast_to(tol, where.shape)[ragu].tolist(),
                                                    kurang[ragu].tolist())]
        if ragu.any():
            ragu_semua.append((ragu, [
                f"{n} sub kegiatan terbaca langsung di bawah program ini tanpa kegiatan di atasnya: bila salah "
                "satunya sebenarnya kegiatan (tertulis tanpa kata \u201cKegiatan\u201d), rinciannya terhitung dua "
                "kali, sehingga selisih ini tidak dinilai sebagai kekeliruan dokumen. Periksa tingkat baris-baris itu "
                "di dokumen aslinya." for n in langsung[where[ragu]].tolist()]))
            bad &= ~ragu
        if (bad & (dua_kritis | dua_ragu | konflik)).any():
            assert dasar is not None and atas is not None and bawah is not None and atas_pot is not None
            bacaan_22 = (dasar, atas, bawah, atas_pot, *r22, potong_22, longgar_22, r22_paling, paling_sedikit)
            bacaan_pp = (dasar_pp, atas_p, bawah_p, pot_p, pp[2], pp[5], pp[6], pp[7], pp[8], (pp[9], pp[11]), pp[12])

            def sisi(bc: tuple, k: int, w: int, s: float, tak_tahu: np.ndarray) -> str:
                """One reading's bound on parent ``where[k]`` (``w``): the one the stated total fails
                ("paling banyak"/"sedikitnya" with the selisih), or the range it fits in."""
                d, a, b, pot, t, kr, lb, pt, lg, (hi, hi_pot), lo = bc
                anggota = induk_arr == w
                if kr[k]:
                    return (f"jumlah rincian di bawahnya sedikitnya {format_rupiah(t[k])}: "
                            + (_teks_batas(df, anggota, tak_tahu, b, d, bawah=True)
                               if _batas_bawah_di(anggota, tak_tahu, b, d) else
                               "jumlah realisasi rincian yang diketahui")
                            + f" (selisih sedikitnya {format_rupiah(abs(s - t[k]))})")
                if lb[k] and not pt[k] and not lg[k]:
                    return (f"jumlah rincian di bawahnya paling banyak {format_rupiah(t[k])}: "
                            + _teks_batas(df, anggota, tak_tahu, a, d)
                            + f" (selisih sedikitnya {format_rupiah(abs(s - t[k]))})")
                teks = (f"jumlah rincian di bawahnya sedikitnya {format_rupiah(lo[k])} ("
                        + (_teks_batas(df, anggota, tak_tahu, b, d, bawah=True)
                           if _batas_bawah_di(anggota, tak_tahu, b, d) else "jumlah realisasi rincian yang diketahui")
                        + f") dan paling banyak {format_rupiah(hi[k])} (" + _teks_batas(df, anggota, tak_tahu, a, d) + ")")
                if pt[k]:
                    teks += (f", atau {format_rupiah(hi_pot[k])} bila sel serapannya dipotong, bukan dibulatkan ("
                             + _teks_batas(df, anggota, tak_tahu, pot, d, hanya_potong=a) + ")")
                return teks + f", dan {_tertulis(s, satuan)} masuk di dalamnya"

            # the rows read on both pagu are sub kegiatan rows, their base judged by theirs where they show one
            t22, tpp = dasar.attrs["tunjuk_sub"]
            sebab = (f"dokumen ini tidak menunjukkan apakah sel serapannya bagian dari pagu {_TABEL_22} atau dari pagu "
                     "P-APBD di Tabel 3.2: "
                     + (f"serapan {_teks_tunjuk(df, t22)} cocok dengan pagu {_TABEL_22} saja, tetapi serapan "
                        f"{_teks_tunjuk(df, tpp)} dengan pagu P-APBD saja" if len(t22) and len(tpp) else
                        "tidak ada baris (program, kegiatan, atau sub kegiatan) dengan kedua pagu berbeda yang "
                        "serapannya cocok dengan salah satu pagu itu saja")
                     + f". Bila bagian dari pagu {_TABEL_22}, ")

            def daftar(m: np.ndarray, where: np.ndarray = where) -> str:
                """The parents of ``m`` (positions in ``where``): level, name, source line."""
                r = df.iloc[where[m]]
                return "; ".join(f"{str(_level(lv)).lower()} \u201c{n}\u201d (baris {b})"
                                 for b, n, lv in zip(*_cols(r, "baris_sumber", "nama", "level")))

            bentrok = (f". Dasar itu satu untuk seluruh dokumen, tetapi {daftar(konflik_22)} cocok dengan rinciannya "
                       f"hanya bila serapannya bagian dari pagu {_TABEL_22}, sedangkan {daftar(konflik & ~konflik_22)} "
                       "hanya bila bagian dari pagu P-APBD: dasar mana pun yang benar, salah satu jumlah itu keliru."
                       if konflik.any() else "")
            # not already said otherwise (a gap in the numbering, rows counted twice)
            for ragu, kritis in ((dua_ragu & bad, False), (dua_kritis & bad, True), (konflik & bad, None)):
                if not ragu.any():
                    continue
                rows = df.iloc[where[ragu]]
                records += [_rec(
                    "jumlah_tidak_cocok", "peringatan" if kritis is False else "kritis", tabel, baris, nama, col, s, t,
                    f"{label} {str(_level(level)).lower()} ini {_tertulis(s, satuan)}, tetapi "
                    + (f"jumlah itu tidak cocok dengan rinciannya menurut bacaan mana pun: {sebab}"
                       if kritis else f"{sebab}" if kritis is None else
                       f"jumlah rincian yang terbaca di bawahnya {'sedikitnya' if kr else 'paling banyak'} "
                       f"{format_rupiah(t)} (selisih sedikitnya {format_rupiah(abs(s - t))}) bila sel serapannya "
                       f"dibaca sebagai bagian dari pagu {_TABEL_22}. Namun, {sebab}")
                    + sisi(bacaan_22, k, w, s, tak_tahu) + ". Bila bagian dari pagu P-APBD, "
                    + sisi(bacaan_pp, k, w, s, tak_tahu)
                    + ("; salah satunya keliru." if kritis else bentrok if kritis is None else
                       f". {label} {str(_level(level)).lower()} ini cocok dengan rinciannya bila serapannya bagian dari "
                       "pagu P-APBD, sehingga selisih ini tidak dinilai sebagai kekeliruan dokumen "
                       "yang pasti. Periksa dasar perhitungan serapan itu dengan dokumen aslinya."))
                    for baris, nama, level, s, t, kr, k, w in zip(
                        *_cols(rows, "baris_sumber", "nama", "level"), stated[ragu].tolist(), total[ragu].tolist(),
                        kurang[ragu].tolist(), np.flatnonzero(ragu).tolist(), where[ragu].tolist())]
            bad &= ~(dua_kritis | dua_ragu | konflik)
        ragu = bad & longgar
        if ragu.any():
            assert dasar is not None        # from ``_batas_atas``, where ``longgar`` was found
            # a row under it bounded by its serapan as a share of the P-APBD pagu (``_dasar_22_terbukti``)
            bagi_pp = tak_tahu & dasar["bagi"].to_numpy(dtype=bool) & dasar["papbd"].to_numpy(dtype=bool)
            ragu_semua.append((ragu, [
                f"batas itu memakai pagu {_TABEL_22}: "
                + _teks_batas(df, induk_arr == w, tak_tahu, atas_22, dasar, papbd=False)
                + ". Dengan pagu P-APBD di Tabel 3.2, yang lebih besar ("
                + _teks_batas(df, induk_arr == w, tak_tahu, atas, dasar, hanya_papbd=True)
                + f"), jumlah itu paling banyak {format_rupiah(p)} dan tidak terlampaui: "
                + (f"realisasinya mungkin diukur terhadap pagu perubahan, sehingga realisasi di atas pagu APBD "
                   f"{_TABEL_22} tetapi dalam pagu P-APBD ini" if not sr else
                   f"serapan atau realisasinya mungkin diukur terhadap pagu perubahan, sehingga jumlah di atas batas "
                   f"menurut pagu {_TABEL_22} tetapi dalam batas menurut pagu P-APBD ini")
                + " tidak dinilai sebagai kekeliruan dokumen. Periksa dengan dokumen aslinya."
                for w, p, sr in zip(where[ragu].tolist(), paling_arr[ragu].tolist(),
                                    [bool((bagi_pp & (induk_arr == x)).any()) for x in where[ragu].tolist()])]))
            bad &= ~ragu
        ragu = bad & potong
        if ragu.any():
            ragu_semua.append((ragu, [
                "batas itu membaca sel serapan rincian yang realisasinya tidak tercantum sebagai angka yang "
                "dibulatkan, sebagaimana sel serapan lain dokumen ini: "
                + _teks_batas(df, induk_arr == w, tak_tahu, atas, dasar)
                + ". Bila sel serapannya dipotong, bukan dibulatkan ("
                + _teks_batas(df, induk_arr == w, tak_tahu, atas_pot, dasar, hanya_potong=atas)
                + f"), jumlah itu paling banyak {format_rupiah(p)} dan tidak terlampaui: satu satuan angka terakhir "
                "sel serapan itu menjelaskan selisihnya, sehingga selisih ini tidak dinilai sebagai kekeliruan "
                "dokumen yang pasti. Periksa sel serapan dan realisasi itu dengan dokumen aslinya."
                for w, p in zip(where[ragu].tolist(), paling_pot[ragu].tolist())]))
            bad &= ~ragu
        if satuan:
            # cells cut (truncated), not rounded, at their last written digit: the parent P = cut(S) to its unit
            # u_P, each row r_i = cut(x_i) to its u_i, S = sum x_i; P - S lies in (-u_P, 0], x_i - r_i in [0, u_i),
            # so P - sum r_i lies in (-u_P, sum u_i): in whole units of the finest, from -(m_induk - 1) to
            # m_anak - 1 (m_induk = u_P / u_f, m_anak = sum u_i / u_f). Of one digit everywhere (m_induk 1, m_anak
            # n): 0 to n - 1 units, beyond the rounding's floor(n / 2) from n = 3 on; a parent coarser than its
            # rows may lie below them (REV-AW AW1: 204 over 102,30 + 102,30). The text does not show which: such a
            # difference is no certain error (REV-AM AM1). The window under the wider reading of unknown decimals
            (n_b, unit_b, tol_b, tol_lebar, m_induk, m_anak, m_induk_s, m_genap_s, m_genap, genap_s,
             genap_l) = bulat(where)
            pendek = stated - total
            eps = 1e-9 * np.maximum(1.0, np.abs(stated))
            bawah_pot, atas_pot_ = -(m_induk - 1) * unit_b, (m_anak - 1) * unit_b
            # only in a table that can be cut: a parent of this table within the rounding (the tolerance itself,
            # ``_toleransi_bulat``, under the narrow reading: REV-AR AR2, a typo 500 units short, is no sign of how
            # the table rounds; REV-AS AS-A) but outside what cutting gives (by half a unit of its finest digit:
            # less is float noise; its rows all its own, not open at a numbering gap nor counted twice) shows the
            # cells rounded (REV-AO AO1): of one digit, a parent below its rows; of different digits, a parent
            # coarser than its rows may lie below them cut too (REV-AW AW1b). Of a 3.2 of unknown scale, the
            # rounding of the scaled reading, the one asked cut or rounded (not the rupiah reading's Rp1)
            milik = ~stated_na[where] & ~np.isin(where, list(di_celah)) & (langsung[where] <= 1)
            bisa = not (milik & (np.abs(pendek) <= tol_b) & ((pendek < bawah_pot - 0.5 * unit_b)
                                                              | (pendek > atas_pot_ + 0.5 * unit_b))).any()
            if potong_mungkin is not None:
                potong_mungkin.append(bisa)
            # beyond the rounding only if a cell whose decimals as written are not known (its float's, '898' of
            # '898,0') was written with trailing zeros: two readings, named (REV-AW AW2), not a certain error
            ragu = bad & ~kurang & ~lebih & (np.abs(pendek) <= tol_lebar)
            if ragu.any():
                ragu_semua.append((ragu, [
                    "jumlah desimal yang tertulis pada sebagian sel ini tidak diketahui (terbaca dari nilainya, "
                    "tanpa nol di belakang koma): bila sel-sel itu ditulis tanpa desimal tambahan, pembulatan "
                    f"masing-masing sel pada angka terakhirnya menjelaskan selisih hingga {selisih(tl)}; bila ditulis "
                    f"dengan nol di belakang koma, pembulatan hanya menjelaskan hingga {selisih(ts)} dan selisih ini "
                    "keliru. Periksa dengan dokumen aslinya."
                    for tl, ts in zip(np.floor(tol_lebar[ragu] / unit_b[ragu]).astype(float) * unit_b[ragu],
                                      np.floor(tol_b[ragu] / unit_b[ragu]).astype(float) * unit_b[ragu])]))
                bad &= ~ragu
            ragu = bad & ~kurang & ~lebih & (pendek >= bawah_pot - eps) & (pendek <= atas_pot_ + eps) & bisa
            if ragu.any():
                sama = (m_induk == 1) & (m_anak == n_b)
                ragu_semua.append((ragu, [
                    f"bila angka-angka tabel ini dipotong (bukan dibulatkan) pada angka terakhir yang tertulis, "
                    f"{int(n)} rincian yang masing-masing dipotong dapat berjumlah kurang dari induknya yang juga "
                    f"dipotong hingga {int(n) - 1} satuan angka terakhir itu ({selisih((n - 1) * u)}), sehingga "
                    "selisih ini tidak dinilai sebagai kekeliruan dokumen yang pasti. Periksa dengan dokumen aslinya."
                    if sm else
                    "bila angka-angka tabel ini dipotong (bukan dibulatkan) pada angka terakhir yang tertulis di "
                    f"masing-masing sel (sel-sel ini terbaca dengan jumlah desimal yang berbeda), induk yang dipotong "
                    f"dapat kurang dari jumlah {int(n)} rinciannya yang juga dipotong hingga {selisih((mi - 1) * u)} "
                    f"dan lebih dari jumlah itu hingga {selisih((ma - 1) * u)}, sehingga selisih ini tidak dinilai "
                    "sebagai kekeliruan dokumen yang pasti. Periksa dengan dokumen aslinya."
                    for n, u, sm, mi, ma in zip(n_b[ragu].tolist(), unit_b[ragu].tolist(), sama[ragu].tolist(),
                                                m_induk[ragu].tolist(), m_anak[ragu].tolist())]))
                bad &= ~ragu
            # rounded half to even (banker's rounding), not half up: each cell's error lies in [-u/2, u/2], closed,
            # so P - sum r_i may reach +-(u_P + sum u_i) / 2 = m / 2 units of the finest where m is even, one unit
            # beyond ``_toleransi_bulat``'s (m - 1) // 2, and only where every cell's true value is a half: up
            # (rows down to even, the parent up to even) iff 3 u_P - sum u_i = 0 mod 4 (in the finest unit), down
            # iff u_P - 3 sum u_i = 0 mod 4 (``_genap_terjangkau``; REV-AW AW3: three rows 0,5 -> 0 under 1,5 -> 2).
            # The text does not show which rule the document rounds by: a peringatan naming both, not kritis
            k_b = np.rint(pendek / np.where(unit_b > 0, unit_b, 1.0))
            ragu = bad & ~kurang & ~lebih & ((_genap_terjangkau(k_b, m_induk_s, m_genap_s) & genap_s)
                                             | (_genap_terjangkau(k_b, m_induk, m_genap) & genap_l))
            if ragu.any():
                ragu_semua.append((ragu, [
                    "bila angka-angka tabel ini dibulatkan ke angka genap terdekat (pembulatan setengah ke genap, "
                    "bukan setengah ke atas), induk dan rinciannya yang nilai sebenarnya tepat setengah satuan angka "
                    f"terakhir dapat berselisih hingga {selisih(abs(k) * u)}, sehingga selisih ini tidak dinilai "
                    "sebagai kekeliruan dokumen yang pasti. Periksa dengan dokumen aslinya."
                    for k, u in zip(k_b[ragu].tolist(), unit_b[ragu].tolist())]))
                bad &= ~ragu
        for ragu, namun in ragu_semua:
            rows = df.iloc[where[ragu]]
            # the unit sentence (a table of unknown scale) before the reason, which ends the message
            records += [_rec(
                "jumlah_tidak_cocok", "peringatan", tabel, baris, nama, col, s, t,
                f"{label} {str(_level(level)).lower()} ini {tulis(s)}, tetapi jumlah rincian yang terbaca "
                f"di bawahnya {'sedikitnya ' if kr else 'paling banyak ' if lb else ''}{tulis(t)} (selisih "
                f"{'sedikitnya ' if kr or lb else ''}{selisih(abs(s - t))}){bacaan_celah.get(k, '')}.{akhir} Namun, "
                + why.replace("\0", str(_level(level)).lower()))
                for baris, nama, level, s, t, kr, lb, why, k in zip(*_cols(rows, "baris_sumber", "nama", "level"),
                                                                    stated[ragu].tolist(), total[ragu].tolist(),
                                                                    kurang[ragu].tolist(), lebih[ragu].tolist(), namun,
                                                                    np.flatnonzero(ragu).tolist())]
        if not bad.any():
            continue
        rows = df.iloc[where[bad]]
        records += [_rec(
            "jumlah_tidak_cocok", "kritis", tabel, baris, nama, col, s, t,
            f"{label} {str(_level(level)).lower()} ini {tulis(s)}, tetapi "
            + (f"jumlah rincian di bawahnya sedikitnya {format_rupiah(t)}: "
               + (_teks_batas(df, induk_arr == w, tak_tahu, bawah, dasar, bawah=True)
                  if bawah is not None and _batas_bawah_di(induk_arr == w, tak_tahu, bawah, dasar) else
                  f"jumlah {label.lower()} rincian yang diketahui, sedangkan rincian yang {label.lower()}nya tidak "
                  "diketahui tidak mungkin menguranginya")
               + f" (selisih sedikitnya {format_rupiah(abs(s - t))}); salah satunya keliru." if kr else
               f"jumlah rincian di bawahnya paling banyak {format_rupiah(t)}: "
               + _teks_batas(df, induk_arr == w, tak_tahu, atas, dasar)
               + f" (selisih sedikitnya {format_rupiah(abs(s - t))}); salah satunya keliru." if lb else
               f"jumlah rincian di bawahnya {tulis(t)} (selisih "
               f"{selisih(abs(s - t))}); salah satunya keliru.") + akhir)
            for baris, nama, level, s, t, kr, lb, w in zip(*_cols(rows, "baris_sumber", "nama", "level"),
                                                           stated[bad].tolist(), total[bad].tolist(),
                                                           kurang[bad].tolist(), lebih[bad].tolist(),
                                                           where[bad].tolist())]
    return records


def _skala_ragu_teks(tabel: str, skala_lain: float, selisih: bool = True) -> str:
    """What a sum check's message on a table of unknown scale, one of two (``skala_lain``: 1000 or
    1000000, ``_dua_skala_32``), adds: its figures are as written, the difference beyond the rounding
    of either reading (``_sum_check``).

    >>> print(_skala_ragu_teks("Tabel 3.2 (Review P-RKPD) hasil analisis", 1000.0))
     Angka-angka itu dikutip sebagaimana tertulis dalam satuan Tabel 3.2 (Review P-RKPD) hasil analisis: skalanya tidak dapat dipastikan (rupiah, atau ribuan rupiah), dan selisihnya melebihi pembulatan angka-angkanya menurut kedua bacaan.
    """
    satuan = "ribuan" if skala_lain == 1000 else "jutaan"
    return (f" Angka-angka itu dikutip sebagaimana tertulis dalam satuan {tabel}: skalanya tidak dapat dipastikan "
            f"(rupiah, atau {satuan} rupiah)"
            + (", dan selisihnya melebihi pembulatan angka-angkanya menurut kedua bacaan." if selisih else "."))


def _desimal_angka(x: np.ndarray) -> np.ndarray:
    """The decimals of each value's shortest written form (0 to 6): the last digit a cell is written to,
    read back from its float (a trailing 0 written, ``205.10``, reads as one decimal: a unit no smaller
    than the one written, never a tighter tolerance than the document's).

    >>> _desimal_angka(np.array([205.12, 5.0, 5551085.325, 0.5, 3307.6000000000004])).tolist()
    [2, 0, 3, 1, 1]
    """
    a = np.abs(np.nan_to_num(np.asarray(x, dtype=float)))
    d = np.full(a.shape, 6, dtype=np.intp)
    for k in range(6, -1, -1):      # seven fixed passes over the whole column, the smallest k that fits wins
        s = a * 10.0 ** k
        d = np.where(np.abs(s - np.round(s)) <= 1e-6 + s * 1e-12, k, d)
    return d


def _genap_terjangkau(k, induk, anak) -> np.ndarray:
    """Whether a rounded parent may lie ``k`` units (of the finest unit among it and its rows) from the sum
    of its rows only by rounding half to even, not by rounding half up (``_toleransi_bulat``): ``induk``
    is the parent's unit and ``anak`` its rows' units summed, in the finest unit (whole numbers).

    Derivation (REV-AW AW3). Half to even, a cell's error ``round(x) - x`` lies in [-u/2, u/2], closed, so
    |P - sum r_i| <= m / 2, m = u_P + sum u_i; beyond half up's (m - 1) // 2 only at k = +-m / 2, m even, with
    every error at its end: every true value a half. Up (k = m / 2): P - S = u_P / 2, each r_i - x_i = -u_i / 2,
    x_i = (k_i + 1/2) u_i with k_i even (a half rounded down to even), S = (j + 1/2) u_P with j odd (rounded up
    to even). Then sum k_i u_i - j u_P = (u_P - sum u_i) / 2; with k_i = 2 a_i, j = 2 b + 1 the left side is
    2 (sum a_i u_i - b u_P) - u_P, any even number less u_P (the finest unit is one of the cells', 1: the gcd
    is 1), so it is reachable iff (u_P - sum u_i) / 2 + u_P is even: 3 u_P - sum u_i = 0 mod 4. Down (k = -m / 2):
    k_i odd, j even: 2 (...) + sum u_i = (u_P - sum u_i) / 2, iff u_P - 3 sum u_i = 0 mod 4. All of one unit
    (u_P 1, sum u_i = n): both iff n = 3 mod 4: three rows 0,5 -> 0 (k_i 0, even) under 1,5 -> 2 differ by 2
    units, floor(3 / 2) + 1; n = 1 or 5 never (the parent's half goes the other way: its rows' halves sum to
    an even floor).

    >>> _genap_terjangkau(np.array([2, -2, 1, 3, 3, 51]), np.array([1, 1, 1, 1, 1, 100]),
    ...                   np.array([3, 3, 1, 5, 5, 2])).tolist()
    [True, True, False, False, False, False]
    """
    k = np.asarray(k, dtype=float)
    induk = np.rint(np.asarray(induk, dtype=float)).astype(np.int64)
    anak = np.rint(np.asarray(anak, dtype=float)).astype(np.int64)
    m = induk + anak
    genap = (m % 2 == 0) & (np.abs(k) * 2 == m)
    return genap & np.where(k > 0, (3 * induk - anak) % 4 == 0, (induk - 3 * anak) % 4 == 0)


def _toleransi_bulat(toleransi: float, n, satuan, induk=1.0, anak=None):
    """How far a rounded parent may lie from the sum of its ``n`` rounded rows by rounding alone, plus
    half of ``satuan`` (the finest unit among them) against float noise: compare ``|parent - sum| > tol``.
    Never less than ``toleransi`` (0 where nothing else is tolerated; ``n``, ``induk``, ``anak`` numbers
    or arrays).

    Derivation (each cell the rounding, half up, of a true value: ``round(x) - x`` lies in
    (-u/2, u/2] for a cell of unit u). Parent P = round(S) of unit u_P, rows r_i = round(x_i) of units
    u_i, S = sum x_i. Then P - sum r_i = (P - S) - sum (r_i - x_i): the first term lies in
    (-u_P/2, u_P/2], the second in (-sum u_i/2, sum u_i/2], so the difference lies STRICTLY within
    +-B, B = (u_P + sum u_i) / 2 (each end needs one term at the open end of its interval). Every
    unit is a multiple of the finest one, u_f: the difference is a whole number k of u_f with
    |k| < B / u_f = m / 2, m = (u_P + sum u_i) / u_f a whole number, so |k| <= (m - 1) // 2. All cells
    in the same unit (m = n + 1): floor(n / 2) units, n = 1: 0 (a parent of one row is that row,
    rounded the same way), n = 2: 1, n = 7: 3 (not (n + 1) / 2: 4 units over 7 rows is no rounding).
    Parent ``205`` (u_P 1) over two rows ``102.50`` and ``102.40`` (u_i 0.01): m = 100 + 2, 50 x 0.01.
    ``induk``: u_P / ``satuan``; ``anak``: sum u_i / ``satuan`` (default ``n``: rows in ``satuan``).
    The bound holds for rounding half up or half away from zero (spreadsheets; amounts positive), not
    always for rounding half to even, whose interval is closed: three rows 0.5 each rounded to 0 under a
    parent 1.5 rounded to 2 differ by 2 units, (n + 1) / 2 (REV-AW AW3: ``_sum_check`` reports such a
    difference, where half to even reaches it, ``_genap_terjangkau``, as a peringatan naming that rule).

    >>> float(_toleransi_bulat(0.0, 7, 1000.0)), _toleransi_bulat(0.0, np.array([1.0, 2.0]), 1000.0).tolist()
    (3500.0, [500.0, 1500.0])
    >>> float(_toleransi_bulat(0.0, 2, 10.0, induk=100.0, anak=2.0))    # 0,50 thousand, plus 0,005 thousand
    505.0
    """
    anak = n if anak is None else anak
    m = np.rint(np.asarray(induk, dtype=float) + np.asarray(anak, dtype=float))
    return np.maximum(toleransi, (np.floor((m - 1) / 2) + 0.5) * satuan)


def _rupiah_utuh(x: np.ndarray, ke_atas: bool = False) -> np.ndarray:
    """A bound on a realisation in whole rupiah: an upper bound rounded down, a lower bound
    (``ke_atas``) up (a realisation is a whole number of rupiah; a float's last-bit noise,
    far below a rupiah, never moves it across one; ``inf`` and ``nan`` stay).

    >>> _rupiah_utuh(np.array([8_819_997.5, 40_399_999.999999996, np.inf])).tolist()
    [8819997.0, 40400000.0, inf]
    >>> _rupiah_utuh(np.array([39_600_000.3, 0.0]), ke_atas=True).tolist()
    [39600001.0, 0.0]
    """
    with np.errstate(invalid="ignore"):
        eps = np.maximum(1e-6, np.abs(x) * 1e-12)
        return (np.ceil(x - eps) if ke_atas else np.floor(x + eps)) + 0.0      # never -0.0


def _setengah_digit(persen: np.ndarray, tertulis: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Half a unit of the last digit of each serapan as written, and its number of decimals:
    ``tertulis``, the decimals the reader saw in the cell's text (``desimal_tertulis``: ``41.70``
    has 2), where given (0 or more); else the shortest decimal that reads back as the value (a
    ``50.0`` then reads as ``50``, a wider bound; at most 9, above a float's noise).

    >>> h, d = _setengah_digit(np.array([50.0, 41.906, 46.55375, 0.0, 120.0]))
    >>> d.tolist(), [float(f"{x:.1e}") for x in h]
    ([0, 3, 5, 0, 0], [0.5, 0.0005, 5e-06, 0.5, 0.5])
    >>> _setengah_digit(np.array([41.7, 41.7]), np.array([2, -1]))[1].tolist()
    [2, 1]
    """
    d = np.array([min(len(np.format_float_positional(x, unique=True, trim="-").partition(".")[2]), 9)
                  for x in persen.tolist()], dtype=np.intp)
    if tertulis is not None:
        d = np.where(tertulis >= d, np.minimum(tertulis, 9), d).astype(np.intp)
    return 0.5 * 10.0 ** -d.astype(float), d


def _desimal_kolom(df: pd.DataFrame, persen: np.ndarray) -> np.ndarray:
    """Each row's serapan cell's decimals as written (column ``serapan_rp_desimal``, from the
    reader: ``desimal_tertulis``), -1 where not known (no such column, an empty cell, a cell
    whose written digits are not its value as read): ``_setengah_digit`` then counts the value's.

    >>> df = pd.DataFrame({"serapan_rp_desimal": pd.array([2, None, 3], dtype="Int64")})
    >>> _desimal_kolom(df, np.array([41.7, 41.7, 41.7])).tolist(), _desimal_kolom(df.iloc[:0], np.zeros(0)).tolist()
    ([2, -1, 3], [])
    """
    if "serapan_rp_desimal" not in df:
        return np.full(len(persen), -1, dtype=np.intp)
    return pd.to_numeric(df["serapan_rp_desimal"]).fillna(-1).to_numpy(dtype=np.intp)


def _teks_persen(x: float, desimal: int) -> str:
    """A share as in a sentence, with ``desimal`` decimals and no trailing 0 (``49,5%``, ``0,5%``).

    >>> _teks_persen(41.9065, 4), _teks_persen(50.5, 1), _teks_persen(120.0, 0)
    ('41,9065%', '50,5%', '120%')
    """
    t = f"{x:.{desimal}f}"
    if "." in t:
        t = t.rstrip("0").rstrip(".")
    return t.replace(".", ",") + "%"


#: Share of a document's checked sub kegiatan serapan cells that must agree with realisasi / 2.2 pagu
#: for a stated serapan to bound an unknown realisation (``_serapan_tepat``): a few cells off (a typo,
#: one truncated cell, each reported as ``persen_tidak_cocok``) leave the document's rule as its other
#: cells show it; a column off by habit (truncated to whole percent or measured against the P-APBD
#: pagu: REV-AB AB3b, AB3 papbd, most cells off) is far below. 90 %: below ten rows every one must agree.
SERAPAN_TEPAT_MIN = 0.9


def _serapan_tepat(df: pd.DataFrame, pagu_22: np.ndarray, persen: np.ndarray) -> np.ndarray:
    """Which rows' serapan cells may be read as their realisation as a share of their Tabel 2.2
    pagu, rounded to the cell's last written digit, by what the document's other cells show.

    The vote: of the sub kegiatan rows (the rows a serapan bounds, ``level``; every row where no
    level is given) stating a realisation, a 2.2 pagu above 0 and a serapan (at least one), at
    least ``SERAPAN_TEPAT_MIN`` (90 %) agree with realisasi / 2.2 pagu within half a unit of the
    cell's last written digit (``_setengah_digit``: the decimals the reader saw, column
    ``serapan_rp_desimal``, "41.70" two of them, REV-AD AD1), and none of those that do not is a
    share of 3.2's P-APBD pagu (column ``pagu_papbd_rp``), rounded or truncated (``_pas``: below it
    by less than one whole unit, REV-AD AD6: "35.93" for 35,93596 %), where it is no such share of
    its 2.2 pagu (only there do the two pagu tell the base apart): a cell measured against the
    revised pagu says the document may measure others so. A document failing it (a column
    truncated to whole percent, or measured against the P-APBD pagu: REV-AB AB3) reads no cell so.
    Where every such row agrees, every cell is read so. Where a few do not (each reported as
    ``persen_tidak_cocok``), a cell is read so only where it is written with more decimals than
    every cell found off that looks shortened, its 2.2 share truncated or rounded to the digits
    its value has: those show how the document errs (a cell "41" for 41,906 %: truncated to a
    whole percent), and a cell as short as they may err so too, while a longer one was written to
    its digits (REV-AC AC2: one truncated "41" on an unrelated row turned off the bound of
    "46.55375" for the whole document, hiding a true kritis). A cell off by a typo (REV-AD AD2:
    "41.87777778" for 41,78777778 %) shows nothing of how cells are shortened and sets no such
    threshold. Only where a row's cell is
    read so does it bound an unknown realisation on both sides (``_batas_atas``). A program's or
    kegiatan's cells are not asked: their realisation is the total being checked (a wrong one must
    not turn off the bound that finds it).

    The bundled document: all 36 such rows agree (and its 21 program and kegiatan rows). Three
    rows with a cell "46" for 46,99 % (truncated) among them: one of three off, none read so.

    >>> df = pd.DataFrame({"realisasi_rp": [37_243_000.0, 6_285_900.0, None]})
    >>> _serapan_tepat(df, np.array([8e7, 1.5e7, 1e6]), np.array([46.55375, 41.906, 12.0])).tolist()
    [True, True, True]
    >>> _serapan_tepat(df, np.array([8e7, 1.5e7, 1e6]), np.array([46.0, 41.906, 12.0])).tolist()
    [False, False, False]
    >>> _serapan_tepat(df.assign(realisasi_rp=None), np.array([8e7, 1.5e7, 1e6]), np.array([46.0, 41.906, 12.0])).tolist()
    [False, False, False]

    Ten rows of Rp1 of 4 (25 %), row 9 written truncated "24" for 24,9 % (Rp0,996) and row 10
    unknown: 9 of 10 agree, and row 10's cell "25.5" (one decimal, more than the "24" off) is read
    so, "26" (none) is not. Row 9 written "22" instead, a share of a P-APBD pagu of 4,5 (22,13 %)
    and none of its 2.2 pagu even truncated: none (a "24" of a P-APBD pagu of 4,15, 24 % of it, is
    also the 2.2 share 24,9 % truncated, which pagu it measures told by neither); nine rows with
    one off: none (one of nine is more than 10 %).

    >>> d = pd.DataFrame({"realisasi_rp": [1.0] * 9 + [0.996, None]})
    >>> _serapan_tepat(d, np.full(11, 4.0), np.array([25.0] * 9 + [24.0, 25.5]))[9:].tolist()
    [False, True]
    >>> _serapan_tepat(d, np.full(11, 4.0), np.array([25.0] * 9 + [24.0, 26.0]))[9:].tolist()
    [False, False]
    >>> _serapan_tepat(d.assign(pagu_papbd_rp=4.5), np.full(11, 4.0), np.array([25.0] * 9 + [22.0, 25.5])).any()
    np.False_
    >>> _serapan_tepat(d.assign(pagu_papbd_rp=4.15), np.full(11, 4.0), np.array([25.0] * 9 + [24.0, 25.5]))[9:].tolist()
    [False, True]
    >>> _serapan_tepat(d.iloc[1:], np.full(10, 4.0), np.array([25.0] * 8 + [24.0, 25.5])).any()
    np.False_
    """
    n = len(df)
    real = (pd.to_numeric(df["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
            if "realisasi_rp" in df else np.full(n, np.nan))
    with np.errstate(invalid="ignore"):
        ada = ~np.isnan(real) & (pagu_22 > 0) & ~np.isnan(persen)
    if "level" in df:
        ada &= (df["level"].astype(str) == "sub_kegiatan").to_numpy(dtype=bool)
    if not ada.any():
        return np.zeros(n, dtype=bool)
    tulis = _desimal_kolom(df, persen)
    p = persen[ada]
    h, d = _setengah_digit(p, tulis[ada])
    # a float's noise above the half digit (a cell 41.78777778 is 41,787777777... to 5e-9)
    h = h * (1 + 1e-6) + 1e-9
    s22 = real[ada] / pagu_22[ada] * 100.0
    cocok = np.abs(p - s22) <= h
    if cocok.all():
        return np.ones(n, dtype=bool)
    if cocok.mean() < SERAPAN_TEPAT_MIN:
        return np.zeros(n, dtype=bool)
    if "pagu_papbd_rp" in df:
        papbd = pd.to_numeric(df["pagu_papbd_rp"]).to_numpy(dtype=float, na_value=np.nan)[ada]
        with np.errstate(invalid="ignore", divide="ignore"):
            # a cell off on 2.2 but a share of the P-APBD pagu, rounded or truncated (``_pas``), where the two
            # shares are told apart (it is no such share of the 2.2 pagu): the document may measure its cells so
            if (~cocok & (papbd > 0) & _pas(p, real[ada] / papbd * 100.0, h) & ~_pas(p, s22, h)).any():
                return np.zeros(n, dtype=bool)
    # the cells off that look shortened (the share truncated or rounded to the digits the value has, REV-AD
    # AD1: "41.70" for 41,7078 %) show how the document errs; a typo ("41.87777778" for 41,78777778 %) shows
    # nothing of it (reported on its own row) and sets no threshold (REV-AD AD2)
    hf = _setengah_digit(p)[0] * (1 + 1e-6) + 1e-9
    pendek = ~cocok & _pas(p, s22, hf)
    tepat = np.zeros(n, dtype=bool)
    terisi = ~np.isnan(persen)
    if terisi.any():
        # written with more decimals than every cell found shortened
        tepat[terisi] = _setengah_digit(persen[terisi], tulis[terisi])[1] > (d[pendek].max() if pendek.any() else -1)
    return tepat


def _pas(persen: np.ndarray, bagian: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Whether each written serapan ``persen`` is the share ``bagian`` rounded to its last digit
    (within ``h``, half a unit) or truncated there (below it by less than one whole unit).

    >>> _pas(np.array([41.0, 42.0, 40.0, 41.87777778]), np.array([41.906, 41.906, 41.906, 41.78777778]),
    ...      np.array([0.5, 0.5, 0.5, 5e-9])).tolist()
    [True, True, False, False]
    """
    with np.errstate(invalid="ignore"):
        return (persen - bagian <= h) & (bagian - persen < 2 * h)


def _dasar_22_terbukti(df: pd.DataFrame, pagu_22: np.ndarray, persen: np.ndarray) -> bool:
    """Whether the document's serapan cells show they are shares of the Tabel 2.2 pagu, not of
    3.2's P-APBD pagu (``_dasar_serapan`` says "22").

    >>> df = pd.DataFrame({"realisasi_rp": [40.0, 30.0, None], "pagu_papbd_rp": [80.0, 60.0, 128.0]})
    >>> _dasar_22_terbukti(df, np.array([80.0, 60.0, 80.0]), np.array([50.0, 50.0, 50.0]))
    False
    >>> _dasar_22_terbukti(df.assign(pagu_papbd_rp=[100.0, 60.0, 128.0]), np.array([80.0, 60.0, 80.0]),
    ...                    np.array([50.0, 50.0, 50.0]))
    True
    >>> _dasar_22_terbukti(df.assign(pagu_papbd_rp=[100.0, 60.0, 128.0]), np.array([80.0, 60.0, 80.0]),
    ...                    np.array([40.0, 50.0, 50.0]))
    False
    >>> _dasar_22_terbukti(df.drop(columns="pagu_papbd_rp"), np.array([80.0, 60.0, 80.0]), np.full(3, 50.0))
    True
    """
    return _dasar_serapan(df, pagu_22, persen)[0] == "22"


def _dasar_serapan(df: pd.DataFrame, pagu_22: np.ndarray, persen: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """Which pagu the document's serapan cells show they are shares of: "22" (the Tabel 2.2 pagu),
    "papbd" (3.2's P-APBD pagu, column ``pagu_papbd_rp``) or "" (not shown), and the rows that show
    each (positions). A row of any level (sub kegiatan, kegiatan, program: a parent's realisation
    cell is the document's own figure too, REV-AH X7) stating realisation, serapan and both pagu
    above 0 whose cell agrees with realisasi / 2.2 pagu within half a unit of its last digit and
    not with realisasi / P-APBD pagu shows the 2.2 base; one the other way round (rounded or
    truncated, REV-AD AD6) the P-APBD base. A base is shown where some rows show it and none the
    other. A row whose two pagu are equal (or near enough that both shares agree) tells nothing: a
    perubahan document in which no such row differs leaves the base unknown (REV-AC AC3: a cell
    "50.00" was 50 % of its P-APBD pagu of Rp128.000.000, read as a share of its 2.2 pagu of
    Rp80.000.000, a false kritis). With no P-APBD column there is no other base: "22".

    The bundled document: 41 rows with a P-APBD pagu of another value, each a share of its 2.2 pagu.

    >>> df = pd.DataFrame({"realisasi_rp": [40.0, 30.0, 64.0], "pagu_papbd_rp": [80.0, 60.0, 128.0]})
    >>> b, d22, dpp = _dasar_serapan(df, np.array([80.0, 60.0, 80.0]), np.array([50.0, 50.0, 50.0]))
    >>> b, d22.tolist(), dpp.tolist()
    ('papbd', [], [2])
    >>> _dasar_serapan(df, np.array([80.0, 60.0, 80.0]), np.array([50.0, 50.0, 80.0]))[0]
    '22'
    >>> _dasar_serapan(df.assign(realisasi_rp=[40.0, 30.0, None]), np.array([80.0, 60.0, 80.0]), np.full(3, 50.0))[0]
    ''
    """
    kosong = np.zeros(0, dtype=np.intp)
    if "pagu_papbd_rp" not in df:
        return "22", kosong, kosong
    real = (pd.to_numeric(df["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
            if "realisasi_rp" in df else np.full(len(df), np.nan))
    papbd = pd.to_numeric(df["pagu_papbd_rp"]).to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        ada = ~np.isnan(real) & (pagu_22 > 0) & (papbd > 0) & ~np.isnan(persen)
    if not ada.any():
        return "", kosong, kosong
    p = persen[ada]
    h = _setengah_digit(p, _desimal_kolom(df, persen)[ada])[0] * (1 + 1e-6) + 1e-9
    s22, spp = real[ada] / pagu_22[ada] * 100.0, real[ada] / papbd[ada] * 100.0
    # a cell shows a base only where the two shares are told apart: the 2.2 share rounded and no share of the
    # P-APBD pagu even truncated; a cell a share of the P-APBD pagu, rounded or truncated, and not of the 2.2
    # pagu so, the P-APBD base (REV-AD AD6: "35.93" for 35,93596 % of the P-APBD pagu)
    di_22 = (np.abs(p - s22) <= h) & ~_pas(p, spp, h)
    di_pp = _pas(p, spp, h) & ~_pas(p, s22, h)
    pos = np.flatnonzero(ada)
    basis = "22" if di_22.any() and not di_pp.any() else "papbd" if di_pp.any() and not di_22.any() else ""
    return basis, pos[di_22], pos[di_pp]


def _batas_atas(df: pd.DataFrame, tak_tahu: np.ndarray, anak: np.ndarray, bacaan: str = "22"
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, pd.DataFrame]:
    """What the document says of the rows whose realisation Rp is unknown (``tak_tahu``; ``anak``:
    each row's known realisation, or what an unknown one is at least).

    The document's serapan cell is the realisation as a share of the row's Tabel 2.2 pagu (the
    bundled document: every one of its 57 rows stating serapan, realisation and a pagu above 0
    agrees with realisasi / 2.2 pagu within half a unit of the cell's last written digit, 41 of
    them with a Tabel 3.2 P-APBD pagu of another value; ``persen_tidak_cocok`` compares it so),
    or of 3.2's P-APBD pagu (column ``pagu_papbd_rp``, when present) where 2.2 gives none. A
    row whose serapan cell states p % of such a pagu above 0 spent between (p - h) % and
    (p + h) % of it, h half a unit of the cell's last digit (the cell is rounded: ``50`` is 49,5
    to 50,5 %, ``0`` below 0,5 %, ``41.906`` 41,9055 to 41,9065 %), whatever pagu it may be
    measured against elsewhere: the document says what share of that pagu it is, where its cells
    show that pagu is 2.2's (``_dasar_22_terbukti``: a row whose two pagu differ agreeing with 2.2's
    alone); where they do not, a row whose two pagu differ (``dasar["lebar"]``) is read as a share of
    the pagu of ``bacaan`` ("22": its 2.2 pagu; "papbd": its P-APBD pagu), one reading for the whole
    document (``_sum_check`` asks both, REV-AC AC3, REV-AE AE1). ``dasar["atas_pot"]``: the most with each rounded cell read as truncated, one whole
    unit above (a parent within it is a peringatan: one digit of one cell explains it). A serapan cell
    of 0 with no pagu at all: Rp 0 (known). All this only where the document's own serapan cells
    are so (``_serapan_tepat``: at least 90 % of the sub kegiatan stating all three agree, none
    off on the P-APBD pagu, and where some are off the cell has more decimals than each); else a serapan
    bounds nothing but a 0 (below one whole unit, 1 %: cells not shown rounded may be truncated, REV-AC
    AC1), no lower bound, and a row whose cell states
    above 100 % is unbounded (REV-AB AB3: truncated cells, or a share of the P-APBD pagu). Any other row (its serapan cell empty, or beside a
    pagu of 0, which it is no share of) is at most its pagu (a realisation never exceeds its
    pagu), unbounded where no pagu is given; where 3.2's P-APBD pagu is larger, the realisation
    may be measured against the revised pagu: at most the P-APBD pagu. Every bound is in whole
    rupiah (``_rupiah_utuh``: an upper one rounded down, a lower one up), so the figures quoted
    add up.

    Returns the unknown rows left, each row's most with the larger P-APBD pagu (``atas``), each
    row's most on the serapan's own pagu alone (``atas_22``), each row's least (``bawah``; all
    three ``anak`` where known, never below it) and, for the messages (``_teks_batas``), each
    row's pagu, P-APBD pagu, serapan as read, its decimals, whether the serapan bounds it
    (``bagi``) and whether ``atas`` is the P-APBD pagu (``papbd``).

    >>> df = pd.DataFrame({"pagu_rp": [10.0, 5e6, None, 8e6, 8e7], "realisasi_rp": [5.0, None, None, None, None],
    ...                    "serapan_rp_dokumen": [50.0, 0.0, None, 150.0, 50.0]})
    >>> tak = np.array([False, True, True, True, True])
    >>> t, atas, atas_22, bawah, _ = _batas_atas(df, tak, np.array([5.0, 0.0, 0.0, 1.0, 0.0]))
    >>> t.tolist(), atas.tolist(), atas_22.tolist(), bawah.tolist()
    ([False, True, True, True, True], [5.0, 25000.0, inf, 12040000.0, 40400000.0], [5.0, 25000.0, inf, 12040000.0, 40400000.0], [5.0, 0.0, 0.0, 11960000.0, 39600000.0])

    With 3.2's P-APBD pagu, where the document shows its serapan is a share of the 2.2 pagu (row
    0: 50 % of its 2.2 pagu 10, 25 % of its P-APBD pagu 20, written 50, ``_dasar_22_terbukti``): a
    stated serapan is still a share of the 2.2 pagu (rows 1, 3, 4: not of the P-APBD pagu,
    whichever is larger); with no 2.2 pagu the P-APBD pagu is the serapan's (row 2, its serapan
    cell empty: at most that pagu).

    >>> _, atas, atas_22, _, d = _batas_atas(df.assign(pagu_papbd_rp=[20.0, 5e7, 7.0, 2e7, 1.28e8]),
    ...                                      tak, np.array([5.0, 0.0, 0.0, 1.0, 0.0]))
    >>> atas.tolist(), d["papbd"].tolist()
    ([5.0, 25000.0, 7.0, 12040000.0, 40400000.0], [False, False, False, False, False])

    Row 0 without a P-APBD pagu: no row shows which pagu the serapan is a share of (REV-AC AC3,
    ``lebar``). The base is one for the whole document, so each reading is asked on its own
    (``bacaan``, REV-AE AE1: a hull between the two would take in sums that fit neither): "22"
    every such row a share of its 2.2 pagu, as above; "papbd" every one a share of its P-APBD
    pagu, on both sides (row 1: 0,5 % of 5e7; row 3: 149,5 to 150,5 % of 2e7; row 4: 49,5 to
    50,5 % of 1,28e8).

    >>> _, atas, atas_22, bawah, d = _batas_atas(df.assign(pagu_papbd_rp=[None, 5e7, 7.0, 2e7, 1.28e8]),
    ...                                          tak, np.array([5.0, 0.0, 0.0, 1.0, 0.0]))
    >>> atas.tolist(), d["lebar"].tolist()
    ([5.0, 25000.0, 7.0, 12040000.0, 40400000.0], [False, True, False, True, True])
    >>> _, atas, atas_22, bawah, d = _batas_atas(df.assign(pagu_papbd_rp=[None, 5e7, 7.0, 2e7, 1.28e8]),
    ...                                          tak, np.array([5.0, 0.0, 0.0, 1.0, 0.0]), bacaan="papbd")
    >>> atas.tolist(), atas_22.tolist(), bawah.tolist()
    ([5.0, 250000.0, 7.0, 30100000.0, 64640000.0], [5.0, 250000.0, 7.0, 30100000.0, 64640000.0], [5.0, 0.0, 0.0, 29900000.0, 63360000.0])
    >>> _, atas, atas_22, _, d = _batas_atas(df.assign(serapan_rp_dokumen=None, pagu_papbd_rp=[None, 5e7, 7.0, 2e7, 1]),
    ...                                      tak, np.zeros(5))
    >>> atas.tolist(), atas_22.tolist(), d["papbd"].tolist()
    ([0.0, 50000000.0, 7.0, 20000000.0, 80000000.0], [0.0, 5000000.0, 7.0, 8000000.0, 80000000.0], [False, True, False, True, False])

    Where the document's own serapan cells are not each realisasi / 2.2 pagu to their last digit
    (``_serapan_tepat``; row 0 stating 40 for Rp5 of 10): a serapan bounds nothing but a "0" (row 1:
    below one whole unit, 1 % of its pagu, as a truncated cell says, not 0,5 %: REV-AC AC1); rows 3
    and 4 are at most their pagu, row 3 (150 %) unbounded, none bounded from below.

    >>> t, atas, atas_22, bawah, _ = _batas_atas(df.assign(serapan_rp_dokumen=[40.0, 0.0, None, 150.0, 50.0]),
    ...                                          tak, np.array([5.0, 0.0, 0.0, 1.0, 0.0]))
    >>> atas.tolist(), bawah.tolist()
    ([5.0, 50000.0, inf, inf, 80000000.0], [5.0, 0.0, 0.0, 1.0, 0.0])
    """
    pagu_22 = pd.to_numeric(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
    papbd = (pd.to_numeric(df["pagu_papbd_rp"]).to_numpy(dtype=float, na_value=np.nan)
             if "pagu_papbd_rp" in df else np.full(len(df), np.nan))
    # the pagu the document's serapan is a share of: 2.2's, else 3.2's P-APBD where 2.2 gives none
    pagu = np.where(np.isnan(pagu_22), papbd, pagu_22)
    persen = (pd.to_numeric(df["serapan_rp_dokumen"]).to_numpy(dtype=float, na_value=np.nan)
              if "serapan_rp_dokumen" in df else np.full(len(df), np.nan))
    with np.errstate(invalid="ignore"):
        # the document states it spent (about) nothing and gives no pagu: Rp 0, known
        tak_tahu = tak_tahu & ~(tak_tahu & (persen == 0) & (anak == 0) & np.isnan(pagu))
        # a stated share of a pagu above 0: within half a unit of the cell's last digit of it (the cell is rounded),
        # where the document's own serapan cells say it may be read so (``_serapan_tepat``); else only a "0"
        tepat = _serapan_tepat(df, pagu_22, persen)
        bagi = tak_tahu & (persen >= 0) & (pagu > 0) & (tepat | (persen == 0))
        # a serapan read as not exact stating more than 100 %: the realisation may exceed the pagu by an
        # unknown share, unbounded (no "paling banyak" from a pagu it may have passed)
        lewat = tak_tahu & ~bagi & (persen > 100)
        # a share of which pagu: 2.2's where the document's cells show it (``_dasar_22_terbukti``), else one of
        # 2.2's and 3.2's P-APBD, the same for the whole document (REV-AC AC3, REV-AE AE1): each row so on the
        # pagu of the reading asked (``bacaan``), never between the two (a sum may fit neither reading)
        # (a base the cells show, "papbd": every such row a share of its P-APBD pagu, REV-AH X7)
        basis, tunjuk_22, tunjuk_pp = _dasar_serapan(df, pagu_22, persen)
        # a sub kegiatan's cell by the sub kegiatan rows' evidence where they show one; the parents' only where
        # they show none (REV-AJ SJ1: one kegiatan cell on its P-APBD pagu made the base of 16 sub rows showing
        # the 2.2 base unknown; REV-AH X7: parents alone show it)
        sub = ((df["level"].astype("string") == "sub_kegiatan").fillna(False).to_numpy(dtype=bool)
               if "level" in df else np.zeros(len(df), dtype=bool))
        tunjuk_sub = (tunjuk_22, tunjuk_pp)
        basis_baris = np.full(len(df), basis, dtype=object)
        if sub.any():
            basis_sub, s22, spp = _dasar_serapan(df, pagu_22, np.where(sub, persen, np.nan))
            if len(s22) or len(spp):
                basis_baris[sub], tunjuk_sub = basis_sub, (s22, spp)
        dua = bagi & (papbd > 0) & ~np.isnan(pagu_22) & (papbd != pagu_22)
        lebar = dua & (basis_baris == "")
        pakai_pp = dua & ((basis_baris == "papbd") | (lebar & (bacaan == "papbd")))
    # how far the written digits reach: a rounded cell (``tepat``) half a unit either side; a "0" of cells not
    # shown rounded below one whole unit (truncated, REV-AC AC1); a rounded one read as truncated (``naik_pot``)
    # one whole unit above: what a truncation of that cell explains (peringatan, not kritis)
    setengah, turun, naik_pot = np.zeros(len(df)), np.zeros(len(df)), np.zeros(len(df))
    desimal = np.zeros(len(df), dtype=np.intp)
    if bagi.any():
        h, desimal[bagi] = _setengah_digit(persen[bagi], _desimal_kolom(df, persen)[bagi])
        bulat = tepat[bagi]
        setengah[bagi], turun[bagi], naik_pot[bagi] = np.where(bulat, h, 2 * h), np.where(bulat, h, 0.0), 2 * h
    p = np.nan_to_num(persen)
    pagu_bagi = np.where(pakai_pp, papbd, pagu)
    batas_bagi = _rupiah_utuh(np.where(bagi, (p + setengah) * pagu_bagi / 100.0, pagu))
    batas_22 = batas_bagi
    batas_pot = _rupiah_utuh(np.where(bagi, (p + naik_pot) * pagu_bagi / 100.0, pagu))
    bawah_bagi = _rupiah_utuh(np.where(bagi, np.maximum(p - turun, 0.0) * pagu_bagi / 100.0, 0.0), ke_atas=True)
    # the P-APBD pagu where larger, only where no serapan says what share of the 2.2 pagu it spent
    lebih_papbd = tak_tahu & ~bagi & (papbd > np.nan_to_num(batas_22, nan=-np.inf))
    batas = np.where(lebih_papbd, _rupiah_utuh(papbd), batas_bagi)
    batas_pot = np.where(bagi, batas_pot, batas)
    batas_22, batas, batas_pot = (np.where(lewat, np.inf, b) for b in (batas_22, batas, batas_pot))

    def paling(b: np.ndarray) -> np.ndarray:
        return np.where(tak_tahu, np.maximum(np.where(np.isnan(b), np.inf, b), anak), anak)

    atas_22, atas = paling(batas_22), paling(batas)
    bawah = np.where(tak_tahu, np.maximum(bawah_bagi, anak), anak)
    dasar = pd.DataFrame({"pagu_22": pagu_22, "pagu_papbd": papbd, "persen": persen, "bagi": bagi,
                          "setengah": setengah, "turun": turun, "naik_pot": naik_pot, "bulat": tepat,
                          "desimal": desimal, "papbd": lebih_papbd | pakai_pp, "papbd_bawah": pakai_pp,
                          "lebar": lebar, "dasar_pp": dua & (basis_baris == "papbd"), "tunjuk_sub": sub,
                          "dasar_sub": dua & sub & (basis_baris == "22") & (basis != "22"),
                          "batas_22": batas_22, "batas": batas, "batas_pot": batas_pot, "bawah": bawah_bagi,
                          "atas_pot": paling(batas_pot)})
    # the rows that show a base (``_dasar_serapan``), for the messages
    # (a sub kegiatan's: the sub kegiatan rows' where they show a base, ``tunjuk_sub``)
    dasar.attrs["tunjuk"] = (tunjuk_22, tunjuk_pp)
    dasar.attrs["tunjuk_sub"] = tunjuk_sub
    return tak_tahu, atas, atas_22, bawah, dasar


def _batas_induk(df: pd.DataFrame, parent: np.ndarray, own: np.ndarray, tak_tahu: np.ndarray,
                 batas: tuple[np.ndarray, ...], dasar: pd.DataFrame) -> tuple[np.ndarray, ...]:
    """An unknown kegiatan or program (its own realisation cell empty) holds at most what its
    rows hold at most, and at least what they hold at least, where they are its rows as read (each
    states a pagu, and they add up to its own within ``TOLERANSI_PAGU_RINCIAN``, the rule of
    ``metrics.realisasi_rincian``): not only its own pagu. Kegiatan first, then programs.

    ``batas``: ``_batas_atas``'s ``atas``, ``atas_22`` and ``bawah``, and any further upper bounds
    (``dasar["atas_pot"]``), returned so narrowed; ``dasar`` gains ``rincian`` (the row's bounds are its rows') for the messages.

    A kegiatan of pagu 100 over two rows of pagu 80 and 20: one known (5), one unknown at most 0,4
    (serapan cell 0): the kegiatan holds 5 to 5,4, not up to 100.

    >>> df = pd.DataFrame({"level": ["kegiatan", "sub_kegiatan", "sub_kegiatan"], "pagu_rp": [100.0, 80.0, 20.0]})
    >>> d = pd.DataFrame({"batas": [100.0, 0.4, 5.0], "batas_22": [100.0, 0.4, 5.0], "bawah": [5.0, 0.0, 5.0]})
    >>> b = _batas_induk(df, np.array([np.nan, 0, 0]), np.ones(3, dtype=bool), np.array([True, True, False]),
    ...                  (np.array([100.0, 0.4, 5.0]), np.array([100.0, 0.4, 5.0]), np.array([5.0, 0.0, 5.0])), d)
    >>> [x.tolist() for x in b], d["rincian"].tolist()
    ([[5.4, 0.4, 5.0], [5.4, 0.4, 5.0], [5.0, 0.0, 5.0]], [True, False, False])
    """
    atas, atas_22, bawah, *lain = (b.copy() for b in batas)
    lama = atas.copy(), bawah.copy()
    n = len(df)
    lv = df["level"].astype(str).to_numpy(dtype=object)
    pagu = pd.to_numeric(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
    ada = ~np.isnan(parent)
    induk = np.where(ada, parent, -1).astype(np.intp)
    rincian = np.zeros(n, dtype=bool)
    for tingkat in ("kegiatan", "program"):
        sini = tak_tahu & own & (lv == tingkat)
        if not sini.any():
            continue
        anak = ada & own & (lv != "program")
        anak[anak] = lv[induk[anak]] == tingkat
        at = induk[anak]
        banyak = np.bincount(at, minlength=n)
        tanpa_pagu = np.bincount(at, weights=np.isnan(pagu[anak]).astype(float), minlength=n)
        pagu_anak = np.bincount(at, weights=np.nan_to_num(pagu[anak]), minlength=n)
        cocok = sini & (banyak > 0) & (tanpa_pagu == 0) & (np.abs(pagu_anak - pagu) <= TOLERANSI_PAGU_RINCIAN)
        if not cocok.any():
            continue
        for b, ke_bawah in ((atas, False), (atas_22, False), (bawah, True), *((x, False) for x in lain)):
            jumlah = np.bincount(at, weights=b[anak], minlength=n)
            b[cocok] = np.maximum(b[cocok], jumlah[cocok]) if ke_bawah else np.minimum(b[cocok], jumlah[cocok])
        # never below what it holds at least
        for b in (atas, atas_22, *lain):
            b[cocok] = np.maximum(b[cocok], bawah[cocok])
        rincian |= cocok
    # where its rows' bounds are narrower than its own: the messages name them
    rincian &= (atas < lama[0]) | (bawah > lama[1])
    dasar["rincian"] = rincian
    dasar.loc[rincian, "papbd"] = atas[rincian] > atas_22[rincian]
    return (atas, atas_22, bawah, *lain)


def _batas_bawah_di(anggota: np.ndarray, tak_tahu: np.ndarray, bawah: np.ndarray, dasar: pd.DataFrame | None) -> bool:
    """Whether a row of ``anggota`` whose realisation is unknown is bounded from below above 0 by
    its serapan cell (``_batas_atas``'s ``bagi``) or by its own rows (``_batas_induk``'s
    ``rincian``: an unknown kegiatan whose rows' least is known): the "sedikitnya" message then
    lists those rows (``_teks_batas``), not "the known rows' realisation" alone (REV-AH X8).

    >>> d = pd.DataFrame({"bagi": [True, False]})
    >>> _batas_bawah_di(np.ones(2, dtype=bool), np.array([True, True]), np.array([0.0, 5.0]), d)
    False
    >>> _batas_bawah_di(np.ones(2, dtype=bool), np.array([True, True]), np.array([0.0, 5.0]),
    ...                 d.assign(rincian=[False, True]))
    True
    """
    if dasar is None:
        return False
    oleh = dasar["bagi"].to_numpy(dtype=bool)
    if "rincian" in dasar:
        oleh = oleh | dasar["rincian"].to_numpy(dtype=bool)
    return bool((anggota & tak_tahu & oleh & (bawah > 0)).any())


def _teks_batas(df: pd.DataFrame, anggota: np.ndarray, tak_tahu: np.ndarray, atas: np.ndarray | None,
                dasar: pd.DataFrame | None, papbd: bool = True, hanya_papbd: bool = False,
                bawah: bool = False, hanya_potong: np.ndarray | None = None) -> str:
    """How a parent's "paling banyak" bound was made (``_batas_atas``): the known rows' sum plus,
    for each row under it whose realisation is not stated (``anggota & tak_tahu``), its most
    (``atas``) and why: a share of a pagu by its serapan cell (that share and half a unit of its
    last digit), else its Tabel 2.2 pagu or 3.2's larger P-APBD pagu (``papbd``: the bound that
    takes it; "realisasi tidak boleh melampaui pagu" said of these rows only), or its rows' known
    realisation where that is more. ``hanya_papbd``: only the rows bounded by their P-APBD pagu,
    each with its bound (what a peringatan adds). ``bawah``: the "sedikitnya" bound instead
    (``atas`` then each row's least): the rows a serapan cell bounds from below, the share less
    half a unit. ``hanya_potong`` (the rounded ``atas``; ``atas`` then ``_batas_atas``'s
    ``atas_pot``): only the rows whose bound is wider with their serapan cell read as truncated
    (a whole unit of its last digit), each with that bound.

    A serapan cell may be a share of 3.2's P-APBD pagu (``dasar["papbd"]``, ``dasar["papbd_bawah"]``
    for a row bounded by its serapan: the document does not show which pagu it is a share of,
    ``_dasar_22_terbukti``): the share of the larger pagu for the upper bound, of the smaller for
    the lower, the text naming both pagu; a cell the document does not show rounded
    (``dasar["bulat"]`` false) reaches one whole unit above its last digit and the text says so.

    A kegiatan over three rows: A's Rp empty beside a serapan cell "0" (2.2 pagu Rp80.000.000),
    B's Rp empty with a 2.2 pagu of 0 and a P-APBD pagu of Rp5.000.000, C known (Rp7.000.000).

    >>> df = pd.DataFrame({"nama": ["A", "B", "C"], "baris_sumber": [11, 12, 13]})
    >>> d = pd.DataFrame({"pagu_22": [8e7, 0.0, 1e7], "pagu_papbd": [1.28e8, 5e6, None],
    ...                   "persen": [0.0, None, None], "bagi": [True, False, False], "setengah": [0.5, 0, 0],
    ...                   "desimal": [0, 0, 0], "papbd": [False, True, False], "batas_22": [4e5, 0.0, 1e7],
    ...                   "batas": [4e5, 5e6, 1e7], "bawah": [0.0, 0.0, 0.0]})
    >>> tak, semua = np.array([True, True, False]), np.ones(3, dtype=bool)
    >>> print(_teks_batas(df, semua, tak, np.array([4e5, 5e6, 7e6]), d))  # doctest: +NORMALIZE_WHITESPACE
    realisasi rincian yang diketahui Rp7.000.000 ditambah paling banyak Rp5.400.000 untuk rincian yang
    realisasinya tidak tercantum: \u201cA\u201d (baris 11) Rp400.000, yaitu 0,5% dari pagunya di Tabel 2.2
    Rp80.000.000 karena sel serapannya tertulis 0; \u201cB\u201d (baris 12) Rp5.000.000, yaitu pagu
    P-APBD-nya di Tabel 3.2 Rp5.000.000, lebih besar dari pagunya di Tabel 2.2 Rp0 (realisasi tidak boleh
    melampaui pagu)
    >>> _teks_batas(df, semua, tak, np.array([4e5, 5e6, 7e6]), d, hanya_papbd=True)
    '\u201cB\u201d (baris 12) Rp5.000.000'

    A's serapan cell "50" instead: at most 50,5 %, at least 49,5 % of its pagu.

    >>> d2 = d.assign(persen=[50.0, None, None], batas_22=[4.04e7, 0.0, 1e7], batas=[4.04e7, 5e6, 1e7],
    ...               bawah=[3.96e7, 0.0, 0.0])
    >>> print(_teks_batas(df, semua, tak, np.array([3.96e7, 0.0, 7e6]), d2, bawah=True))  # doctest: +NORMALIZE_WHITESPACE
    realisasi rincian yang diketahui Rp7.000.000 ditambah sedikitnya Rp39.600.000 untuk rincian yang
    realisasinya tidak tercantum: \u201cA\u201d (baris 11) Rp39.600.000, yaitu 49,5% dari pagunya di Tabel 2.2
    Rp80.000.000 karena sel serapannya tertulis 50%
    """
    assert atas is not None and dasar is not None       # from ``_batas_atas``, where a bound was compared
    bagi = dasar["bagi"].to_numpy(dtype=bool)
    rincian = (dasar["rincian"].to_numpy(dtype=bool) if "rincian" in dasar else np.zeros(len(bagi), dtype=bool))
    idx = np.flatnonzero(anggota & tak_tahu)
    if bawah:                       # only the rows a serapan cell (theirs or their rows') bounds from below
        idx = idx[(bagi[idx] | rincian[idx]) & (atas[idx] > 0)]
    tahu = float(atas[anggota].sum() - atas[idx].sum())

    def kolom(k: str, awal: str) -> np.ndarray:     # a column of ``dasar``, or another where not given
        return (dasar[k] if k in dasar else dasar[awal]).to_numpy()

    bulat = kolom("bulat", "bagi").astype(bool) | ~bagi
    papbd_atas = dasar["papbd"].to_numpy(dtype=bool)
    papbd_bawah = kolom("papbd_bawah", "papbd").astype(bool) & bagi
    if hanya_potong is not None:
        idx = idx[atas[idx] > hanya_potong[idx]]
        bagian = []
        for i, n, b in zip(idx.tolist(), *_cols(df.iloc[idx], "nama", "baris_sumber")):
            if rincian[i] or not bagi[i]:
                why = "jumlah batas atas rinciannya bila sel serapannya dipotong"
            else:
                persen, des = float(dasar["persen"].iat[i]), int(dasar["desimal"].iat[i])
                pg = float(dasar["pagu_papbd" if papbd_atas[i] else "pagu_22"].iat[i])
                naik = _teks_persen(persen + float(kolom("naik_pot", "setengah")[i]), des)
                why = (f"{naik} dari "
                       f"{'pagu P-APBD-nya di Tabel 3.2' if papbd_atas[i] or np.isnan(pg) else 'pagunya di ' + _TABEL_22} "
                       f"{format_rupiah(pg)}: sel {_teks_persen(persen, des)} yang dipotong berarti di bawah {naik}")
            bagian.append(f"\u201c{n}\u201d (baris {b}) {format_rupiah(float(atas[i]))}, yaitu {why}")
        return "; ".join(bagian)
    if hanya_papbd:
        idx = idx[dasar["papbd"].to_numpy(dtype=bool)[idx]]
        # a row bounded by its serapan as a share of the P-APBD pagu: that share too
        return "; ".join(f"\u201c{n}\u201d (baris {b}) {format_rupiah(float(a))}"
                         + (f", yaitu {_teks_persen(float(dasar['persen'].iat[i]) + float(dasar['setengah'].iat[i]), int(dasar['desimal'].iat[i]) + 1)} "
                            f"dari pagu P-APBD-nya {format_rupiah(float(dasar['pagu_papbd'].iat[i]))}"
                            if bagi[i] and not rincian[i] else "")
                         for i, n, b, a in zip(idx.tolist(), *_cols(df.iloc[idx], "nama", "baris_sumber"),
                                               atas[idx].tolist()))
    nama, baris = _cols(df.iloc[idx], "nama", "baris_sumber")
    bagian = []
    for i, n, b in zip(idx.tolist(), nama, baris):
        p22, pp, persen, h = (float(dasar[k].iat[i]) for k in ("pagu_22", "pagu_papbd", "persen", "setengah"))
        if bawah:
            h = float(kolom("turun", "setengah")[i])
        des = int(dasar["desimal"].iat[i])
        pagu_txt = (f"pagunya di {_TABEL_22} {format_rupiah(p22)}" if not np.isnan(p22) else
                    f"pagu P-APBD-nya di Tabel 3.2 {format_rupiah(pp)} ({_TABEL_22} tidak mencantumkan pagunya)")
        if rincian[i]:
            why = (f"jumlah batas {'bawah' if bawah else 'atas'} rinciannya (realisasi yang diketahui dan batas rincian "
                   "yang realisasinya tidak tercantum), lebih sempit dari batas menurut pagunya")
        elif bagi[i]:
            # a share of the P-APBD pagu: the larger for "paling banyak", the smaller for "sedikitnya"
            # read as a share of the P-APBD pagu (``_batas_atas``'s ``bacaan``, the base not shown)
            if bool(papbd_bawah[i] if bawah else papbd and papbd_atas[i]):
                pagu_txt = f"pagu P-APBD-nya di Tabel 3.2 {format_rupiah(pp)} (bukan {pagu_txt}"
                if "dasar_pp" in dasar and bool(dasar["dasar_pp"].iat[i]):
                    # the document shows that base (``_dasar_serapan``): say where
                    pagu_txt += (": sel serapan dokumen ini bagian dari pagu P-APBD, "
                                 + _teks_tunjuk(df, dasar.attrs["tunjuk_sub" if dasar["tunjuk_sub"].iat[i]
                                                                else "tunjuk"][1]))
                pagu_txt += ")"
            elif "dasar_sub" in dasar and bool(dasar["dasar_sub"].iat[i]):
                # the sub kegiatan rows decided against the parents' cells (REV-AJ SJ1): say which
                pagu_txt += (f" (sel serapan sub kegiatan dokumen ini bagian dari pagu {_TABEL_22}, "
                             f"{_teks_tunjuk(df, dasar.attrs['tunjuk_sub'][0])}; sel baris induk tidak menentukan "
                             "dasar sel sub kegiatan)")
            why = (f"{_teks_persen(max(persen - h, 0.0) if bawah else persen + h, des + 1)} dari {pagu_txt} "
                   f"karena sel serapannya tertulis {'0' if persen == 0 else _teks_persen(persen, des)}")
            if not bulat[i] and not bawah:
                why += (" (sel serapan dokumen ini tidak terbukti dibulatkan, sehingga angka terakhirnya dibaca "
                        "sampai satu satuan penuh)")
        else:
            why = pagu_txt
            if papbd and bool(dasar["papbd"].iat[i]):
                why = f"pagu P-APBD-nya di Tabel 3.2 {format_rupiah(pp)}, lebih besar dari {why}"
            why += " (realisasi tidak boleh melampaui pagu)"
        batas = float(dasar["bawah" if bawah else "batas" if papbd else "batas_22"].iat[i])
        if atas[i] > batas and not rincian[i]:      # its rows' known realisation is more than that
            why = f"realisasi rinciannya yang diketahui, di atas {why}"
        bagian.append(f"\u201c{n}\u201d (baris {b}) {format_rupiah(float(atas[i]))}, yaitu {why}")
    return (f"realisasi rincian yang diketahui {format_rupiah(tahu)} ditambah {'sedikitnya' if bawah else 'paling banyak'} "
            f"{format_rupiah(float(atas[idx].sum()))} untuk rincian yang realisasinya tidak tercantum: "
            + "; ".join(bagian))


def _teks_tunjuk(df: pd.DataFrame, pos: np.ndarray) -> str:
    """The rows (positions ``pos`` of ``df``) whose serapan cell shows its base (``_dasar_serapan``),
    by their source line: "baris 237 dan 243".

    >>> _teks_tunjuk(pd.DataFrame({"baris_sumber": [237, 243, 250]}), np.array([0, 1]))
    'baris 237 dan 243'
    """
    baris = [str(b) for b in _cols(df.iloc[pos], "baris_sumber")[0]]
    return "baris " + (", ".join(baris[:-1]) + " dan " + baris[-1] if len(baris) > 1 else "".join(baris))


def _ganda_menjelaskan(df: pd.DataFrame, nilai: pd.Series, langsung: np.ndarray, stated: float, total: float,
                      toleransi: float, sedikitnya: bool) -> bool:
    """Whether rows counted twice explain a program's rows summing to ``total``, above the
    ``stated`` figure: a sub kegiatan read directly under it (``langsung``, in reading order) that
    is in truth a kegiatan holding the direct rows after it. Either the rows after one such row
    (a run of them) add up to the difference, or, taking as kegiatan each direct row whose pagu is
    the sum of the pagu of a run of rows after it, the sum without those runs is the stated figure.
    ``sedikitnya``: ``total`` is a lower bound; it is enough that the sum without them is not above.

    >>> df = pd.DataFrame({"pagu_rp": [50.0, 30.0, 15.0]})
    >>> _ganda_menjelaskan(df, df["pagu_rp"], np.array([True, True, True]), 50.0, 95.0, 1.0, False)
    True
    >>> _ganda_menjelaskan(df, df["pagu_rp"], np.array([True, True, True]), 60.0, 95.0, 1.0, False)
    False
    """
    pos = np.flatnonzero(langsung)
    if len(pos) < 2:
        return False
    v = np.nan_to_num(pd.to_numeric(nilai).to_numpy(dtype=float, na_value=np.nan)[pos])
    cv = np.concatenate([[0.0], np.cumsum(v)])
    beda = total - stated

    def cukup(lebih: float) -> bool:
        sisa = total - lebih
        return sisa <= stated + toleransi if sedikitnya else abs(sisa - stated) <= toleransi
    # one run of rows after a direct row: cv[m] - cv[i + 1] for i + 1 < m
    for i in range(len(pos) - 1):
        run = cv[i + 2:] - cv[i + 1]
        if (np.abs(run - beda) <= toleransi).any() or (sedikitnya and (run >= beda - toleransi).any()):
            return True
    # each direct row whose pagu is that of a run after it: a kegiatan, its run counted twice
    pagu = pd.to_numeric(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)[pos] if "pagu_rp" in df else None
    if pagu is None:
        return False
    cp = np.concatenate([[0.0], np.cumsum(np.nan_to_num(pagu))])
    lebih, i = 0.0, 0
    while i < len(pos) - 1:
        cocok = np.flatnonzero(np.abs(cp[i + 2:] - cp[i + 1] - pagu[i]) <= toleransi)
        if len(cocok):
            m = i + 2 + int(cocok[0])          # rows i + 1 .. m - 1 are its
            lebih += cv[m] - cv[i + 1]
            i = m
        else:
            i += 1
    return lebih > 0 and cukup(lebih)


def _celah_nomor(no: pd.Series, lain: tuple | None = None) -> list[tuple[int, str]]:
    """Gaps in a table's printed row numbers (``no``, in reading order; NA on rows that print
    none): (position of the first row after the gap, the numbers missing, ``17\u201328``). A number that does
    not go up (a row repeated) is no gap; numbers before the first one read are one.

    ``lain``: numbers printed on lines that are not rows of ``no`` (a numbered urusan total of 3.2,
    ``_nomor_jumlah``), as (numbers, the position of the row each comes before): they hold
    their number (no gap there), and a gap they end is placed at the row after them.

    >>> _celah_nomor(pd.Series([1, 2, None, 6, 7, 7, 9], dtype="Int64"))
    [(3, '3\u20135'), (6, '8')]
    >>> _celah_nomor(pd.Series([1, 2, 3], dtype="Int64")), _celah_nomor(pd.Series([3, 4], dtype="Int64"))
    ([], [(0, '1\u20132')])
    >>> _celah_nomor(pd.Series([2, 3], dtype="Int64"), ([1.0], [0])), _celah_nomor(pd.Series([1, 2, 5], dtype="Int64"), ([3.0], [2]))
    ([], [(2, '4')])
    """
    return [(p, teks_celah(a, b)) for p, a, b in _celah_bagian(no, lain)]


def _mulai_lagi(v: np.ndarray, jumlah: np.ndarray, baru: np.ndarray, calon: np.ndarray) -> np.ndarray:
    """``baru`` (the rows that start a run: numbered 1 right after a total) with the ``calon`` rows
    (numbered above 1 right after a total) that start one too: those below the lowest number above 1
    their run has not printed before them (a run's 1 is not waited for: a row numbered 1 after a
    total starts a new run). A total's number printed at or below the run's top before it holds
    no place (the reader skips it) and prints none. One step per run start, each adding the numbers
    since the last (the runs after a start depend on it); the lowest number not printed only goes up
    within a run, so the whole stays linear in the rows.

    >>> v = np.array([1.0, 2.0, 4.0, 3.0, 5.0]); jumlah = np.zeros(5, dtype=bool)
    >>> calon = np.array([False, False, False, True, False])   # 1, 2, 4, BIDANG, 3, 5: 3 printed late
    >>> _mulai_lagi(v, jumlah, np.zeros(5, dtype=bool), calon).tolist()
    [False, False, False, False, False]
    >>> v = np.array([1.0, 2.0, 3.0, 2.0, 3.0])                # 1, 2, 3, BIDANG, 2, 3: its 1 lost
    >>> _mulai_lagi(v, jumlah, np.zeros(5, dtype=bool), calon).tolist()
    [False, False, False, True, False]
    """
    baru = baru.copy()
    batas = len(v) + 2                      # the lowest number above 1 not printed is at most this
    dicetak = np.zeros(batas + 1, dtype=bool)
    ditandai: list[np.ndarray] = []         # the numbers marked in the current run
    dari, belum, top = 0, 2, 0.0
    for k in np.flatnonzero(baru | calon).tolist():
        if not baru[k]:
            bagian, total = v[dari:k], jumlah[dari:k]
            if len(bagian):
                sebelum = np.maximum.accumulate(np.concatenate([[top], bagian]))[:-1]
                top = max(top, float(bagian.max()))
                pakai = (~total | (bagian > sebelum)) & (bagian >= 1) & (bagian <= batas) \
                    & (bagian == np.floor(bagian))
                tanda = bagian[pakai].astype(np.int64)
                dicetak[tanda] = True
                ditandai.append(tanda)
                lebar = 64
                while True:
                    jendela = dicetak[belum:belum + lebar]
                    j = int(np.argmin(jendela))
                    if not jendela[j]:
                        belum += j
                        break
                    belum, lebar = belum + len(jendela), lebar * 2
            dari = k
            if not v[k] < belum:
                continue
            baru[k] = True
        for tanda in ditandai:
            dicetak[tanda] = False
        ditandai, dari, belum, top = [], k, 2, 0.0
    return baru


def _celah_bagian(no: pd.Series, lain: tuple | None = None) -> list[tuple[int, int, int]]:
    """``_celah_nomor``'s gaps as numbers: (position of the first row after the gap, the number
    before it, the number after it); the numbers missing are those between.

    A row numbered 1 right after one of the ``lain`` lines (a stated total: a numbered one, or an
    urusan or bidang line printing no number, NaN) starts the numbering again, as the reader
    reads it (``tables.rkpd_review.check_numbering``): urusan line 1 over rows 1, 2, ..., or a
    bidang line over rows 1, 2, ... after another bidang's, misses no number. So does a row numbered
    above 1 but below the lowest number above 1 its numbering has not printed yet, its first numbers missing:
    urusan line 2 over rows 2, 3, ... after rows 1..50 lost its row 1; a number printed ahead (row 49
    printed 94 before a bidang line over rows 51, 52, ...; 1, 2, 4, bidang, 3, 5) does not make the rows
    after the line a new numbering (``_mulai_lagi``). A number skipped
    that its run prints later is no gap: rows printed in another order (1, 3, 2, 4; 1, 4, 3, 2, 5;
    1, 3, 4, 2, 5) miss no number; a gap only partly printed later is split around what is (1, 5, 3,
    6 misses 2 and 4). A numbered total the next row does not go on from (``2  URUSAN ...`` over rows
    1, 2, ...) prints a code, not a number of the numbering.

    >>> _celah_bagian(pd.Series([1, 2, None, 6], dtype="Int64"))
    [(3, 2, 6)]
    >>> _celah_bagian(pd.Series([1, 2, 4], dtype="Int64"), ([1.0], [0]))
    [(2, 2, 4)]
    >>> _celah_bagian(pd.Series([1, 2, 1, 3], dtype="Int64"), ([np.nan], [2]))    # bidang B: its No 2 lost
    [(3, 1, 3)]
    >>> _celah_bagian(pd.Series([1, 2, 3, 2, 3], dtype="Int64"), ([1.0, 2.0], [0, 3]))  # urusan 2: its No 1 lost
    [(3, 0, 2)]
    >>> _celah_bagian(pd.Series([1, 3, 2, 4], dtype="Int64")), _celah_bagian(pd.Series([1, 3, 4], dtype="Int64"))
    ([], [(1, 1, 3)])
    >>> _celah_bagian(pd.Series([1, 4, 3, 2, 5, 8], dtype="Int64")), _celah_bagian(pd.Series([1, 5, 3, 6], dtype="Int64"))
    ([(5, 5, 8)], [(1, 1, 3), (1, 3, 5)])
    >>> _celah_bagian(pd.Series([1, 2, 3], dtype="Int64"), ([2.0], [0]))     # urusan code 2 over rows 1, 2, 3
    []
    >>> _celah_bagian(pd.Series([1, 2, 4, 3, 5], dtype="Int64"), ([np.nan], [3]))  # 3 printed late, past a bidang
    []
    """
    n = pd.to_numeric(no, errors="coerce").astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    where = np.arange(len(n))
    jumlah = np.zeros(len(n), dtype=bool)
    if lain is not None and len(lain[0]):
        # the other numbers among the rows' (each before the row at its position), in reading order;
        # a gap is then placed at the first row of ``no`` from where it ends
        where = np.concatenate([where, np.asarray(lain[1], dtype=int)])
        order = np.argsort(np.concatenate([2 * np.arange(len(n)) + 1, 2 * np.asarray(lain[1], dtype=int)]),
                           kind="stable")
        # a total's number that is not a whole number (``2.17``, a code) is none of the numbering's,
        # as the reader reads it (``check_numbering``: not digits)
        nomor_lain = np.asarray(lain[0], dtype=float)
        with np.errstate(invalid="ignore"):
            nomor_lain = np.where((nomor_lain >= 0) & (nomor_lain == np.floor(nomor_lain)), nomor_lain, np.nan)
        n = np.concatenate([n, nomor_lain])[order]
        jumlah = np.concatenate([jumlah, np.ones(len(lain[0]), dtype=bool)])[order]
        where = where[order]
        # a numbered total the rows after it do not go on from (the next row's number not above its
        # own) prints a code or the urusan's own number, not a row's: ``2  URUSAN PEMERINTAHAN WAJIB
        # ...`` over rows 1, 2, ... (REV-M M7); it is a total printing no number of the numbering
        baris = np.flatnonzero(~jumlah & ~np.isnan(n))
        ke = np.searchsorted(baris, np.arange(len(n)), side="right")
        berikut = np.full(len(n), np.nan)
        berikut[ke < len(baris)] = n[baris[ke[ke < len(baris)]]]
        n = np.where(jumlah & (berikut <= n), np.nan, n)
    # a row numbered 1 right after a total (numbered or not) begins a run of its own: the highest
    # number before a row is taken within its run (runs set apart by adding the run's index times
    # the top number)
    dibaca = np.flatnonzero(~np.isnan(n) | jumlah)
    dn, dj = n[dibaca], jumlah[dibaca]
    # the first row after a total (numbered: neither a total nor NaN)
    calon = np.concatenate([[False], dj[:-1] & ~dj[1:]]) if len(dn) else dj
    mulai = calon & (dn == 1)
    bernomor = ~np.isnan(dn)
    pos, calon = dibaca[bernomor], calon[bernomor]
    v = n[pos]
    baru = mulai[bernomor]
    if (calon & ~baru & (v > 1)).any():
        # such a row numbered above 1 but below the lowest number its run has not printed yet starts
        # it again too, its first numbers missing
        baru = _mulai_lagi(v, dj[bernomor], baru, calon & ~baru & (v > 1))
    run = np.cumsum(baru) * ((v.max() + 1) if len(v) else 0.0)
    puncak = np.maximum.accumulate(v + run) - run if len(v) else v
    sebelum = np.where(baru, 0.0, np.concatenate([[0.0], puncak[:-1]])) if len(v) else v
    ada = v > sebelum + 1
    if not ada.any():
        return []
    # a number skipped is missing only when its run prints it nowhere: rows printed in another
    # order (1, 3, 2, 4; 1, 4, 3, 2, 5; a row moved, 1, 3, 4, 2, 5) miss none, as the reader says.
    # The numbers each run prints, sorted once (run and number in one key): how many lie in a gap
    # is two binary searches
    lebar = float(np.nanmax(v)) + 2.0
    kunci_run = np.cumsum(baru) * lebar
    # a total's number not above the numbering's top holds no place (the reader skips it) and prints none
    dicetak = np.unique((kunci_run + v)[~(dj[bernomor] & (v <= sebelum))])
    kiri = np.searchsorted(dicetak, kunci_run[ada] + sebelum[ada], side="right")
    kanan = np.searchsorted(dicetak, kunci_run[ada] + v[ada], side="left")
    out = []
    for p, a, b, k0, k1, kr in zip(where[pos[ada]].tolist(), sebelum[ada].tolist(), v[ada].tolist(),
                                   kiri.tolist(), kanan.tolist(), kunci_run[ada].tolist()):
        if k1 - k0 == b - a - 1:
            continue                    # every number between printed later in its run
        # the numbers between that its run prints split the gap (a gap between numbers printed later)
        batas = [a, *(dicetak[k0:k1] - kr).tolist(), b]
        out += [(int(p), int(x), int(y)) for x, y in zip(batas, batas[1:]) if y - x > 1]
    return out


def _nomor_jumlah(part: pd.DataFrame, total_review: pd.DataFrame | None, side: str) -> tuple | None:
    """The numbers 3.2 prints on one side's stated totals (a numbered urusan line,
    ``tables.rkpd_review``), for ``_celah_nomor``: (numbers, NaN for an urusan or bidang urusan
    line printing none, the position in ``part`` of the row each total comes before, by source
    line). None when there is no such total.

    >>> part = pd.DataFrame({"no": [2, 3], "baris_sumber": [11, 12]})
    >>> tot = pd.DataFrame({"sisi": ["hasil_analisis"] * 3, "baris_sumber": [10, 12, 13], "no": [1, None, None],
    ...                     "label": ["URUSAN X", "BIDANG URUSAN A", "JUMLAH"]})
    >>> _nomor_jumlah(part, tot, "hasil_analisis")
    ([1.0, nan], [0, 1])
    """
    if total_review is None or "no" not in total_review or not len(total_review):
        return None
    sisi = _teks_kategori(total_review["sisi"]) == side
    urusan = (_peringkat_jumlah(total_review["label"]).to_numpy() > 0) if "label" in total_review else False
    if "label" in total_review:
        # an unnumbered urusan line repeating an earlier one's label (the page header's) starts no run,
        # as the reader reads it (``tables.rkpd_review.parse``: REV-M M5)
        urutan = pd.to_numeric(total_review["baris_sumber"]).to_numpy(dtype=float).argsort(kind="stable")
        ulang = np.zeros(len(total_review), dtype=bool)
        ulang[urutan] = _kunci_jumlah(total_review["label"]).iloc[urutan].where(sisi[urutan]).duplicated().to_numpy() \
            & sisi[urutan]
        urusan = urusan & ~ulang
    tot = total_review[sisi & (total_review["no"].notna().to_numpy(dtype=bool) | urusan)]
    if not len(tot):
        return None
    baris = pd.to_numeric(part["baris_sumber"]).astype("Float64").to_numpy(dtype=float, na_value=np.inf)
    at = np.searchsorted(np.sort(baris), pd.to_numeric(tot["baris_sumber"]).to_numpy(dtype=float))
    return pd.to_numeric(tot["no"]).astype("Float64").to_numpy(dtype=float, na_value=np.nan).tolist(), at.tolist()


def _celah_32(part: pd.DataFrame, total_review: pd.DataFrame, side: str) -> list[tuple[int, str]]:
    """The gaps in one side's printed numbering of 3.2 (``_celah_nomor``), the numbers its
    stated totals print holding their places (``_nomor_jumlah``): for the sums of
    ``jumlah_tidak_cocok`` and the reason ``_review_terpotong`` gives, one reading for both.

    >>> part = pd.DataFrame({"no": [2, 3], "baris_sumber": [11, 12]})
    >>> tot = pd.DataFrame({"sisi": ["hasil_analisis"], "baris_sumber": [10], "no": [1]})
    >>> _celah_32(part, tot, "hasil_analisis"), _celah_32(part, tot.iloc[:0], "hasil_analisis")
    ([], [(0, '1')])
    """
    return [(p, teks_celah(a, b)) for p, a, b in _celah_32_bagian(part, total_review, side)]


def _celah_32_bagian(part: pd.DataFrame, total_review: pd.DataFrame | None, side: str) -> list[tuple[int, int, int]]:
    """``_celah_32``'s gaps as numbers (``_celah_bagian``)."""
    if "no" not in part:
        return []
    return _celah_bagian(part["no"], _nomor_jumlah(part, total_review, side))


def _celah_program(part: pd.DataFrame, bagian: list[tuple[int, int, int]],
                   toleransi: float = TOLERANSI_RP, satuan: float = 0.0, ragu: bool = False
                   ) -> list[tuple[float, float, str]]:
    """The gaps in one side's numbering of 3.2 (``_celah_32_bagian``, positions in ``part``) that
    may hold a program, each as (line of the row before it, line of the row after it, the
    numbers missing): only a program lost can leave the programs read short of a stated total.

    A gap followed by a sub kegiatan holds no program when one number is missing there (the row
    lost is a kegiatan or a sub kegiatan), or two and the kegiatan open before it does not read
    more than it states (a program and its kegiatan lost there would leave that sub kegiatan, and
    those after it, under the kegiatan before the gap: it would read more); with three or more,
    when that kegiatan reads exactly what it states ("more", "exactly": beyond, within
    ``toleransi``; for rows rounded to ``satuan`` rupiah, a 3.2 in thousands, within the rounding
    of its n rows stating a value, ``_toleransi_bulat``, never less than ``toleransi`` where ``ragu``, a
    3.2 of unknown scale). That kegiatan's sum says so only when no
    other gap lies among the rows read under it (up to the next program or kegiatan): rows lost there
    leave it reading less than it would, so a program lost at this gap could hide behind it
    (REV-M M2); the gap may then hold a program. Any other gap (followed by a program, a
    kegiatan, a row of no level, or by no row) may hold one.

    >>> rows = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program"],
    ...                      "pagu_rp": [30.0, 30.0, 10.0, 5.0, 7.0], "baris_sumber": [11, 12, 13, 15, 17]})
    >>> _celah_program(rows, [(3, 3, 5), (4, 6, 8)])      # No 4 (a sub kegiatan) and No 7 lost
    [(15.0, 17.0, '7')]

    No 4 (10, a sub kegiatan of the kegiatan) and No 6-7 (a program and its kegiatan) lost: the
    kegiatan reads 10 + 5 + 15, its 30, only because No 4 is lost under it too: 6-7 may hold a program.

    >>> rows = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                      "pagu_rp": [30.0, 30.0, 10.0, 5.0, 15.0], "baris_sumber": [11, 12, 13, 15, 18]})
    >>> _celah_program(rows, [(3, 3, 5), (4, 5, 8)])
    [(15.0, 18.0, '6\u20137')]

    A 3.2 in thousands written to 0,01: kegiatan ``30.00`` over ``10.00``, ``5.00``, ``15.40`` (30,40), No 4-6
    lost after its first row. Rounding of four cells to 0,01 allows floor(3 / 2) units, 0,01: the kegiatan reads
    0,40 more than it states, so a program lost there may have left its rows under it (before: the decimals
    ignored, within 1 whole unit, no program there).

    >>> rows = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                      "pagu_rp": [30000.0, 30000.0, 10000.0, 5000.0, 15400.0], "baris_sumber": [11, 12, 13, 17, 18],
    ...                      "pagu_rp_desimal": [2, 2, 2, 2, 2]})
    >>> _celah_program(rows, [(3, 3, 7)], satuan=1000.0)
    [(13.0, 17.0, '4\u20136')]
    >>> _celah_program(rows.assign(pagu_rp=[30000.0, 30000.0, 10000.0, 5000.0, 15010.0]), [(3, 3, 7)], satuan=1000.0)
    []
    """
    if not bagian:
        return []
    df = part.reset_index(drop=True)
    lv = df["level"].astype(str).to_numpy(dtype=object)
    lanjut = lanjutan(df)
    own = ~lanjut.to_numpy(dtype=bool)
    pos = np.arange(len(lv))
    kepala = ((lv == "program") | (lv == "kegiatan")) & own      # a program or kegiatan of its own
    induk = np.maximum.accumulate(np.where(kepala, pos, -1)) if len(lv) else pos
    pagu = pd.to_numeric(df["pagu_rp"]).astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    parent = parent_index(df["level"], lanjut).to_numpy(dtype=float)
    baris = pd.to_numeric(df["baris_sumber"]).to_numpy(dtype=float)
    # the row after which each kegiatan's rows end: the next program or kegiatan (or the end)
    berikut = np.minimum.accumulate(np.where(kepala, pos, len(lv))[::-1])[::-1] if len(lv) else pos
    letak = np.asarray([g for g, _, _ in bagian], dtype=int)
    # each cell's decimals: its float's (``_desimal_angka``) and as written (-1 not known, ``_desimal_pagu``)
    d_baca = _desimal_angka(np.nan_to_num(pagu) / (satuan or 1.0))
    tertulis = _desimal_pagu(df, "pagu_rp")
    tertulis = np.full(len(lv), -1, dtype=np.intp) if tertulis is None else tertulis
    tahu = tertulis >= 0
    out = []
    for i, (g, a, b) in enumerate(bagian):
        lo = baris[g - 1] if 0 < g <= len(lv) else -np.inf
        hi = baris[g] if g < len(lv) else np.inf
        bisa = True
        if g < len(lv) and lv[g] == "sub_kegiatan" and 0 < g and induk[g - 1] >= 0 and lv[induk[g - 1]] == "kegiatan" \
                and not np.isnan(pagu[induk[g - 1]]):
            k = induk[g - 1]
            # another gap among the kegiatan's rows read (up to the next program or kegiatan)
            lain = bool(((letak > k) & (letak <= (berikut[k + 1] if k + 1 < len(lv) else len(lv)))
                         & (np.arange(len(letak)) != i)).any())
            selisih = float(np.nansum(pagu[parent == k])) - pagu[k]    # read minus stated
            anak = (parent == k) & ~np.isnan(pagu)
            if satuan:
                # each cell to its own last written digit (``_sum_check``'s ``bulat``): written decimals where known
                # (``<pagu_rp>_desimal``), else the group's finest, the narrower reading (a gap then more often
                # may hold a program: no total blamed on a tolerance one reading lacks; tol2's leftover), the
                # rupiah reading's floor in units of the last digit (REV-BA BA2)
                d = np.where(tahu, np.maximum(d_baca, tertulis), -1)
                d_f = int(max(d[k], d[anak].max(initial=0), d_baca[k], d_baca[anak].max(initial=0)))
                d_k, d_r = np.where(d[k] >= 0, d[k], d_f), np.where(d[anak] >= 0, d[anak], d_f)
                tol = float(_toleransi_bulat(toleransi * 10.0 ** -d_f if ragu else 0.0, int(anak.sum()),
                                             satuan * 10.0 ** -d_f, 10.0 ** (d_f - float(d_k)),
                                             float((10.0 ** (d_f - d_r.astype(float))).sum())))
            else:
                tol = toleransi
            bisa = b - a - 1 >= 2 and lain or (b - a - 1 == 2 and selisih > tol) \
                or (b - a - 1 >= 3 and abs(selisih) > tol)
        if bisa:
            out.append((float(lo), float(hi), teks_celah(a, b)))
    return out


def _terbuka_di_celah(level: pd.Series, lanjut: pd.Series, celah: list[tuple[int, str]]) -> dict[int, str]:
    """The parents open at the row before each gap (``_celah_nomor``): the program and the
    kegiatan that row is in (itself when it is one), each with the gaps it spans.

    >>> lv = pd.Series(["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "program"])
    >>> _terbuka_di_celah(lv, pd.Series([False] * 6), [(3, "4")])
    {0: '4', 1: '4'}
    """
    lv = level.astype(str).to_numpy(dtype=object)
    own = ~lanjut.to_numpy(dtype=bool)
    pos = np.arange(len(lv))
    is_p, is_k = (lv == "program") & own, (lv == "kegiatan") & own
    prog = np.maximum.accumulate(np.where(is_p, pos, -1)) if len(lv) else pos
    induk = np.maximum.accumulate(np.where(is_p | is_k, pos, -1)) if len(lv) else pos
    out: dict[int, list[str]] = {}
    for g, teks in celah:
        if not 0 < g <= len(lv):
            continue
        for p in {int(prog[g - 1]), int(induk[g - 1])} - {-1}:
            out.setdefault(p, []).append(teks)
    return {p: ", ".join(dict.fromkeys(t)) for p, t in sorted(out.items())}


def jumlah_tidak_cocok(evaluasi: pd.DataFrame, review: pd.DataFrame, total_review: pd.DataFrame,
                       toleransi: float = TOLERANSI_RP, terpotong_dibaca: bool = False,
                       tabel21: pd.DataFrame | None = None, terpotong_22_dibaca: bool = False,
                       pembacaan: pd.DataFrame | None = None, lokasi: pd.DataFrame | None = None,
                       skala_32: float = 1.0, skala_lain_32: float = np.nan, sel_32=None) -> pd.DataFrame:
    """A parent's pagu or realisasi differs from the sum of its children; a stated
    grand total differs from the sum of the programs.

    ``skala_32``: rupiah a unit of Tabel 3.2 (``skala_32``: 1000 for a 3.2 in thousands, its
    values already multiplied): its sums are checked within ``toleransi`` units of its own
    scale, as written (a value rounded to thousands is known to Rp1.000, no closer).
    ``skala_lain_32``: a Tabel 3.2 read as written (``skala_32`` 1) whose scale is one of two, as
    written or in units of ``skala_lain_32`` rupiah (``_dua_skala_32``): its sums are checked within
    what either reading tolerates (the rounding of its cells to one unit as written,
    ``_toleransi_bulat``), a difference quoted as written (``_sum_check``'s ``skala_lain``; REV-AI AI8).

    Checked in Tabel 2.2 (pagu and realisasi Rp) and in both sides of 3.2 (pagu).
    The 3.3 fragments are not checked: their children are incomplete by loss.

    Tabel 3.2 cut short: when no stated total of 3.2 follows its last row (the closing total
    row is missing, or no row was read) and a side's programs sum to less than a total it
    states, the rows after the last one read are taken as lost (pages not extracted, a partial
    file), not the total as wrong: one ``dokumen_terpotong`` (peringatan) says so with both
    sums, and names the parents still open at the last row whose rows read sum to less than
    they state (``_sum_check``), instead of a ``jumlah_tidak_cocok`` (kritis) for each.
    ``terpotong_dibaca``: the reader already said the text ends inside 3.2 (the same finding):
    the sums are then not said again. A total above the sum read is still ``kritis``. A line
    after the last row that repeats an earlier one (the urusan line) closes the table unless it
    is a page header's (``_ulangan_jumlah``: it heads its page, ``lokasi`` telling where pages
    begin, or rows follow it).

    Tabel 2.2 cut short (it has no total): when ``tabel21`` (the same rows in the same order)
    goes on after the last row it shares with 2.2, with rows 2.2 does not have, one
    ``dokumen_terpotong`` (peringatan) on 2.2 says so, naming the parents open at 2.2's last
    row whose rows read sum to less than they state (pagu or realisasi), instead of a
    ``jumlah_tidak_cocok`` for each (``terpotong_22_dibaca``: the reader said it already).

    Examples
    --------
    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"] * 3, "level": ["program", "kegiatan", "sub_kegiatan"],
    ...                    "nama": ["PROGRAM A", "Kegiatan B", "Sub C"], "pagu_rp": [400.0, 300.0, 100.0],
    ...                    "baris_sumber": [11, 12, 13]})
    >>> total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["URUSAN"], "nilai_rp": [500.0],
    ...                       "baris_sumber": [10]})
    >>> baca = pd.DataFrame({"tabel": ["Tabel 3.2 (Review P-RKPD)"], "baris_awal": [9], "baris_akhir": [13]})
    >>> t = jumlah_tidak_cocok(rv.iloc[0:0].assign(realisasi_rp=[]), rv, total, pembacaan=baca)
    >>> t["jenis"].astype(str).tolist(), t["tingkat"].astype(str).tolist(), int(t["baris_sumber"].iloc[0])
    (['dokumen_terpotong'], ['peringatan'], 13)
    >>> print(t["pesan"].iloc[0])  # doctest: +NORMALIZE_WHITESPACE
    Tabel 3.2 (Review P-RKPD) berakhir di baris 13 tanpa baris jumlah penutup, tanpa tabel lain sesudahnya di teks
    (Tabel 3.3 tidak terbaca), dan jumlah pagu program yang
    terbaca Rp400 kurang Rp100 dari jumlah yang tercantum Rp500 (baris 10): bagian akhir tabel tampaknya tidak
    ada di teks (halaman tidak terekstrak atau berkas tidak lengkap), sehingga barisnya tidak terbaca maupun
    dibandingkan. Karena itu jumlah ini tidak dinilai, begitu pula rincian yang mungkin berlanjut di
    bagian yang hilang: pagu program “PROGRAM A” Rp400 (rincian terbaca Rp300), pagu kegiatan “Kegiatan B” Rp300
    (rincian terbaca Rp100). Periksa dengan dokumen aslinya; bila tabel memang berakhir di sini, jumlah yang tercantum
    yang keliru.

    Followed by Tabel 3.3 in the text, the same table has lost nothing at its end: the total is wrong.

    >>> baca = pd.concat([baca, pd.DataFrame({"tabel": ["Tabel 3.3 (Rencana Perubahan)"], "baris_awal": [20],
    ...                                       "baris_akhir": [30]})])
    >>> t = jumlah_tidak_cocok(rv.iloc[0:0].assign(realisasi_rp=[]), rv, total, pembacaan=baca)
    >>> sorted(zip(t["nama"], t["tingkat"].astype(str)))
    [('Kegiatan B', 'kritis'), ('PROGRAM A', 'kritis'), ('URUSAN', 'kritis')]
    >>> print(t.loc[t["nama"] == "URUSAN", "pesan"].iloc[0])  # doctest: +NORMALIZE_WHITESPACE
    Jumlah yang tercantum Rp500 berbeda dari jumlah pagu seluruh program Rp400. Tabel 3.2 (Review P-RKPD) tidak
    ditutup baris jumlah, tetapi teks berlanjut dengan Tabel 3.3 (Rencana Perubahan), sehingga tidak ada tanda bahwa
    bagian akhir tabel hilang; periksa dengan dokumen aslinya.
    """
    # a table is taken as cut only on evidence: the reader said the text ends inside it, or no
    # table follows it in the text (``_teks_berhenti``)
    henti_22 = "" if terpotong_22_dibaca else _teks_berhenti(pembacaan, _TABEL_22)
    ekor = _ekor_21(evaluasi, tabel21) if henti_22 is not None else None
    terbuka_22: list[tuple] = []        # 2.2's parents open at its last row, short of what they state
    # the first row lost opens no new parent above its level: a lost kegiatan leaves 2.2's last kegiatan whole
    tingkat = {"kegiatan": ("program",), "program": ()}.get(ekor[3] if ekor else "", ("program", "kegiatan"))
    records = _sum_check(evaluasi, _TABEL_22, {"pagu_rp": "Pagu", "realisasi_rp": "Realisasi"},
                         toleransi, terpotong=terbuka_22 if ekor else None, tingkat_terbuka=tingkat,
                         batas={"realisasi_rp": "pagu_rp"}, rincian=True)
    if ekor and not terpotong_22_dibaca:
        records.append(_terpotong_22(ekor, terbuka_22, int(pd.to_numeric(evaluasi["baris_sumber"]).max()),
                                     henti_22 or ""))
    toleransi = toleransi * skala_32    # Tabel 3.2 from here: one unit of its own scale
    # its cells rounded to this (a 3.2 in thousands: Rp1.000; of unknown scale, one of two: one unit as written)
    lain_32 = skala_lain_32 if skala_32 == 1 else np.nan
    satuan_32 = skala_32 if skala_32 != 1 else 1.0 if pd.notna(lain_32) else 0.0

    def tulis(v: float) -> str:
        """A figure of 3.2 in a total's message: as written and as read, or only as written (scale unknown)."""
        return _ditulis(v, desimal=des_32) if pd.notna(lain_32) else _tertulis(v, skala_32)
    # the most decimals written in 3.2 (its rows and stated totals): sums quoted to them (REV-AM AM7)
    des_32 = int(_desimal_angka(np.concatenate([pd.to_numeric(review["pagu_rp"]).dropna().to_numpy(dtype=float),
                                                pd.to_numeric(total_review["nilai_rp"]).dropna().to_numpy(dtype=float)])
                                / (satuan_32 or 1.0)).max(initial=0))
    sisi = _teks_kategori(review["sisi"])
    # each 3.2 cell's decimals as written (``sel_32``, the cells of its block, ``tables.evaluation.sel_blok``):
    # '5,000.0' is rounded to 0,1, its float 5000 reads as whole (REV-AW AW2)
    # (a cell with no separator, '0', '500', written whole: ``_dengan_desimal_pagu``'s ``utuh_juga``)
    review = _dengan_desimal_pagu(review, sel_32, ["pagu_rp"], skala_32, utuh_juga=True)
    total_review = _dengan_desimal_pagu(total_review, sel_32, ["nilai_rp"], skala_32, utuh_juga=True)
    review = review[_existing(review, "no", "level", "baris_sumber", "nama", "indikator", "pagu_rp",
                              "realisasi_rp", "pagu_rp_desimal")]
    baris = pd.to_numeric(review["baris_sumber"]).dropna()
    akhir = int(baris.max()) if len(baris) else None
    jumlah_baris = pd.to_numeric(total_review["baris_sumber"]).dropna()
    # no stated total after the last row read (the closing total row, or every row, missing); a
    # line repeating an earlier one's label and value (a page header's urusan line) closes nothing
    sides = {side: review[sisi == side] for side in ("rancangan_awal", "hasil_analisis")}
    baris_program = {side: pd.to_numeric(part.loc[teks_di(part["level"], ("program",)), "baris_sumber"]).to_numpy(
        dtype=float) for side, part in sides.items()}
    atas = _awal_halaman(lokasi)
    penutup = pd.to_numeric(total_review.loc[~_ulangan_jumlah(total_review, atas, baris.to_numpy(
        dtype=float), toleransi, baris_program), "baris_sumber"]).dropna()
    tanpa_penutup = len(jumlah_baris) > 0 and (akhir is None or not (penutup > akhir).any())
    programs = {side: float(pd.to_numeric(part.loc[teks_di(part["level"], ("program",)), "pagu_rp"]).fillna(0).sum())
                for side, part in sides.items()}
    # each side's stated lines, a line of an earlier one's label and value (the urusan line under every
    # page header: the same programs, ``_jumlah_lingkup``) left out before the lines are weighed
    tercantum = total_review.dropna(subset=["nilai_rp"])
    tercantum = tercantum[~pd.DataFrame({"s": tercantum["sisi"].astype(str).to_numpy(dtype=object),
                                         "k": _kunci_jumlah(tercantum["label"]).to_numpy(dtype=object),
                                         "v": pd.to_numeric(tercantum["nilai_rp"]).to_numpy(dtype=float)}
                                        ).duplicated().to_numpy()]
    stated = {side: tercantum[tercantum["sisi"] == side] for side in sides}
    # a stated total against its programs, each rounded to 3.2's unit (``_toleransi_bulat``): the
    # same for the cut test and the check (a difference rounding explains shows no lost rows)
    # the unit: 3.2's times 10^-d, d the most decimals written in the side's programs and totals (REV-AM AM4);
    # each program rounded to its own last digit, a total to the coarsest any of the side's totals is written to
    # a cell's decimals as written where known (``sel_32``; REV-AW AW2), else its float's
    def d_sel(t: pd.DataFrame, kolom: str, tahu: bool = False) -> tuple[np.ndarray, np.ndarray]:
        v = pd.to_numeric(t[kolom])
        d = _desimal_angka(v.to_numpy(dtype=float, na_value=0.0) / (satuan_32 or 1.0))
        tertulis = _desimal_pagu(t, kolom)
        if tahu:        # whether each cell's decimals as written are known
            return (np.zeros(len(d), dtype=bool) if tertulis is None else tertulis >= 0), v.notna().to_numpy(dtype=bool)
        return (d if tertulis is None else np.maximum(d, tertulis)), v.notna().to_numpy(dtype=bool)

    def desimal(t: pd.DataFrame, kolom: str, tahu: bool = False) -> np.ndarray:
        d, ada = d_sel(t, kolom, tahu)
        return d[ada]
    program_sisi = {side: part.loc[teks_di(part["level"], ("program",))] for side, part in sides.items()}
    d_sisi = {side: (desimal(program_sisi[side], "pagu_rp"), desimal(stated[side], "nilai_rp")) for side in sides}
    d_f = {side: int(max(dp.max(initial=0), dj.max(initial=0))) for side, (dp, dj) in d_sisi.items()}
    unit_jumlah = {side: satuan_32 * 10.0 ** -d_f[side] if satuan_32 else 0.0 for side in sides}
    # a cell whose decimals as written are not known read two ways, as ``_sum_check``'s ``bulat`` (REV-AW AW2,
    # tol2's leftover): its float's (``d_sisi``, the wider tolerance) or the side's finest (``d_sempit``, written
    # with trailing zeros: '5,000.0' read 5000); a 3.2 of unknown scale never closer than the rupiah reading's
    # ``toleransi`` in units of the last digit written (Rp1 for whole cells, not for '205,12': REV-BA BA2)
    d_sempit = {side: tuple(np.where(desimal(t, k, tahu=True), d, d_f[side]) for t, k, d in (
        (program_sisi[side], "pagu_rp", d_sisi[side][0]), (stated[side], "nilai_rp", d_sisi[side][1])))
        for side in sides}

    def toleransi_jumlah(side: str, dp: np.ndarray, dj: np.ndarray) -> float:
        return float(_toleransi_bulat(
            toleransi * 10.0 ** -d_f[side] if pd.notna(lain_32) else 0.0, len(dp), unit_jumlah[side],
            10.0 ** (d_f[side] - int(dj.min(initial=d_f[side]))),
            float((10.0 ** (d_f[side] - dp.astype(float))).sum()))) if satuan_32 else toleransi
    tol_jumlah = {side: toleransi_jumlah(side, *d_sisi[side]) for side in sides}
    tol_sempit = {side: toleransi_jumlah(side, *d_sempit[side]) for side in sides}
    # each program's unit in the side's finest (none for one stating nothing), by ``baris_program``: the window
    # of cut cells of different digits (REV-AW AW1)
    u_prog = {side: np.where(a, 10.0 ** (d_f[side] - d.astype(float)), 0.0) for side, part in sides.items()
              for d, a in [d_sel(part.loc[teks_di(part["level"], ("program",))], "pagu_rp")]}
    # (side, stated, sum of programs, line of the total): totals the rows read fall short of, at a cut
    # evidence that rows are missing at the end: the reader said the text ends inside 3.2, no row
    # was read under a stated total, or no table follows 3.2 in the text (``_teks_berhenti``)
    henti_32 = "" if terpotong_dibaca or akhir is None else _teks_berhenti(pembacaan, _REVIEW)
    kurang = [(side, float(row["nilai_rp"]), programs[side], int(row["baris_sumber"]))
              for side in sides for _, row in stated[side].drop_duplicates("nilai_rp").iterrows()
              if tanpa_penutup and henti_32 is not None and row["nilai_rp"] - programs[side] > tol_jumlah[side]]
    terbuka: list[tuple] = []           # parents open at the last row, short of what they state
    lanjut = _tabel_sesudah(pembacaan, _REVIEW)   # the table the text goes on with after 3.2
    for side, part in sides.items():
        # the printed numbering shows rows missing: sums over them are not the document's to answer for
        bagian = _celah_32_bagian(part, total_review, side)
        celah = [(p, teks_celah(x, y)) for p, x, y in bagian]
        bisa_potong: list[bool] = []    # the table consistent with cut cells (``_sum_check``; REV-AO AO1)
        records += _sum_check(part, f"{_REVIEW} {side.replace('_', ' ')}", {"pagu_rp": "Pagu"},
                              toleransi, terpotong=terbuka if kurang else None, celah=celah,
                              satuan=satuan_32, skala_lain=lain_32, potong_mungkin=bisa_potong)
        # the gaps that may hold a program: only these can leave the programs read short of a total
        celah_program = _celah_program(part, bagian, toleransi, satuan_32, pd.notna(lain_32))
        tersirat: set = set()           # the umbrellas worded otherwise: that reading unsure
        ringkasan: dict = {}            # a bidang line under a summary block's others: two readings
        lingkup = _jumlah_lingkup(total_review[total_review["sisi"] == side], part, toleransi, tersirat, atas,
                                  ringkasan)
        dinilai: set = set()            # (value, readings) of the lines already weighed
        for _, row in stated[side].iterrows():
            nilai = float(row["nilai_rp"])
            # a total equal to what it covers (all programs, for a closing line) under one of its
            # readings is never blamed; one above all programs at a cut is in the dokumen_terpotong;
            # one covering no program while programs follow it has no reading. A line stating the
            # value an earlier one stated over the same programs (the urusan line under each page
            # header, a closing line equal to the urusan line) says nothing new; one stating it
            # over other programs (a bidang line stating another's value) is weighed (REV-M M3)
            bacaan = lingkup.get(float(row["baris_sumber"]), [(programs[side], -np.inf, np.inf)])
            kunci = (nilai, tuple(d for d, _, _ in bacaan))
            if kunci in dinilai:
                continue
            dinilai.add(kunci)
            if (kurang and nilai - programs[side] > tol_jumlah[side]) \
                    or not bacaan or any(abs(nilai - d) <= tol_sempit[side] for d, _, _ in bacaan):
                continue
            # within the rounding only if a cell whose decimals as written are not known was written without
            # trailing zeros: two readings, named (as ``_sum_check``; REV-AW AW2 for the stated totals)
            dua_desimal = any(abs(nilai - d) <= tol_jumlah[side] for d, _, _ in bacaan)
            dicakup = bacaan[0][0]
            blok = ringkasan.get(float(row["baris_sumber"]))
            asli = bacaan[:len(bacaan) // 2] if blok else bacaan    # the summary-block readings come last
            semua = all(abs(d - programs[side]) <= toleransi for d, _, _ in asli)
            lain = "".join(f" (atau {tulis(d)} bila baris jumlah lain di bawahnya yang sama nilainya dengan "
                           "baris jumlah di atasnya mengulang baris itu di kepala halaman)" for d, _, _ in asli[1:])
            beda = (f"Jumlah yang tercantum {tulis(nilai)} berbeda dari jumlah pagu "
                    + (f"seluruh program {tulis(programs[side])}" if semua
                       else f"program di bawahnya {tulis(dicakup)}{lain}"))
            seluruh = "" if semua else f" (dan dari jumlah seluruh program {tulis(programs[side])})"
            angka = tulis if pd.notna(lain_32) else format_rupiah
            # a difference rounding may explain under one reading: a peringatan, its "Namun, ..." said after this
            ragu_awal = (f"{beda}{seluruh} (selisih {angka(abs(nilai - dicakup))})."
                         + (_skala_ragu_teks(f"{_REVIEW} {side.replace('_', ' ')}", lain_32) if pd.notna(lain_32)
                            else ""))
            if dua_desimal:
                u_j = unit_jumlah[side]
                records.append(_rec(
                    "jumlah_tidak_cocok", "peringatan", f"{_REVIEW} {side.replace('_', ' ')}", row["baris_sumber"],
                    row["label"], "pagu_rp", nilai, dicakup, ragu_awal
                    + " Namun, jumlah desimal yang tertulis pada sebagian sel ini tidak diketahui (terbaca dari "
                    "nilainya, tanpa nol di belakang koma): bila sel-sel itu ditulis tanpa desimal tambahan, pembulatan "
                    f"masing-masing sel pada angka terakhirnya menjelaskan selisih hingga "
                    f"{angka(np.floor(tol_jumlah[side] / u_j) * u_j)}; bila ditulis dengan nol di belakang koma, "
                    f"pembulatan hanya menjelaskan hingga {angka(np.floor(tol_sempit[side] / u_j) * u_j)} dan selisih "
                    "ini keliru. Periksa dengan dokumen aslinya."))
                continue
            # rows lost at a gap can only leave the programs read short of the total, and only a gap
            # that may hold a program, in what the line covers: a total below them, or above them
            # with no such gap, is wrong whatever is missing
            hilang = ", ".join(dict.fromkeys(
                teks for d, lo, hi in bacaan if nilai - d > toleransi
                for a, b, teks in celah_program if max(a, lo) < min(b, hi)))
            ragu = bool(hilang)
            # the programs, cut (not rounded) at their last written digit, against a cut total: total minus their
            # sum lies in (-u_J, sum u_i) (``_sum_check``), of one digit 0 to n - 1 units (n the programs the
            # reading covers; REV-AM AM1), a total coarser than its programs below them too (REV-AW AW1): no
            # certain error. m_j, m_a: the total's unit and the programs' summed, in the side's finest unit
            m_j = 10.0 ** (d_f[side] - max(int(_desimal_angka(np.array([nilai / (satuan_32 or 1.0)]))[0]),
                                            int(row.get("nilai_rp_desimal", -1)))) if satuan_32 else 1.0
            u_j = unit_jumlah[side]
            potong = [] if ragu or not satuan_32 or not all(bisa_potong) else [
                (n, m_j, m_a) for d, lo, hi in bacaan
                for ikut in [(baris_program[side] > lo) & (baris_program[side] < hi)]
                for n, m_a in [(int(ikut.sum()), float(u_prog[side][ikut].sum()))]
                if -(m_j - 1) * u_j - 1e-9 * max(1.0, abs(nilai)) <= nilai - d <= (m_a - 1) * u_j * (1 + 1e-9)]
            sama = bool(potong) and potong[0][1] == 1 and potong[0][2] == potong[0][0]
            if potong:
                records.append(_rec(
                    "jumlah_tidak_cocok", "peringatan", f"{_REVIEW} {side.replace('_', ' ')}", row["baris_sumber"],
                    row["label"], "pagu_rp", nilai, dicakup,
                    f"{beda} yang terbaca (selisih "
                    f"{(tulis if pd.notna(lain_32) else format_rupiah)(abs(nilai - dicakup))})."
                    + (_skala_ragu_teks(f"{_REVIEW} {side.replace('_', ' ')}", lain_32) if pd.notna(lain_32) else "")
                    + (f" Namun, bila angka-angka tabel ini dipotong (bukan dibulatkan) pada angka terakhir yang "
                       f"tertulis, {potong[0][0]} program yang masing-masing dipotong dapat berjumlah kurang dari "
                       f"jumlahnya yang juga dipotong hingga {potong[0][0] - 1} satuan angka terakhir itu "
                       f"({(tulis if pd.notna(lain_32) else format_rupiah)((potong[0][0] - 1) * u_j)}), "
                       if sama else
                       " Namun, bila angka-angka tabel ini dipotong (bukan dibulatkan) pada angka terakhir yang tertulis "
                       "di masing-masing sel (sel-sel ini terbaca dengan jumlah desimal yang berbeda), jumlah yang "
                       f"dipotong dapat kurang dari jumlah {potong[0][0]} programnya yang juga dipotong hingga "
                       f"{(tulis if pd.notna(lain_32) else format_rupiah)((potong[0][1] - 1) * u_j)} dan lebih dari "
                       f"jumlah itu hingga {(tulis if pd.notna(lain_32) else format_rupiah)((potong[0][2] - 1) * u_j)}, ")
                    + "sehingga selisih ini tidak dinilai sebagai kekeliruan dokumen yang pasti. Periksa dengan dokumen "
                    "aslinya."))
                continue
            # rounded half to even, the total exactly (u_J + sum u_i) / 2 units off the programs it covers, where
            # that rule reaches it (``_genap_terjangkau``; programs written 0 no halves; REV-AW AW3)
            pagu_prog = np.abs(pd.to_numeric(program_sisi[side]["pagu_rp"]).fillna(0).to_numpy(dtype=float))
            nol = pagu_prog == 0
            # ... and where the total and every program not written 0 end in an even digit of their own unit: half
            # to even rounds a half to an even digit (REV-BB BB1: JUMLAH 2,999 over 1,001 + 1,000 + 1,000)
            u_p = u_prog[side] * u_j
            genap_p = nol | (np.rint(pagu_prog / np.where(u_p > 0, u_p, 1.0)) % 2 == 0)
            genap_j = np.rint(abs(nilai) / (m_j * u_j)) % 2 == 0 if satuan_32 else False
            if satuan_32 and not ragu and genap_j and any(
                    bool(_genap_terjangkau(np.rint((nilai - d) / u_j), m_j, float(u_prog[side][ikut & ~nol].sum())))
                    and bool(genap_p[ikut].all())
                    for d, lo, hi in bacaan for ikut in [(baris_program[side] > lo) & (baris_program[side] < hi)]):
                records.append(_rec(
                    "jumlah_tidak_cocok", "peringatan", f"{_REVIEW} {side.replace('_', ' ')}", row["baris_sumber"],
                    row["label"], "pagu_rp", nilai, dicakup, ragu_awal
                    + " Namun, bila angka-angka tabel ini dibulatkan ke angka genap terdekat (pembulatan setengah ke "
                    "genap, bukan setengah ke atas), jumlah dan programnya yang nilai sebenarnya tepat setengah satuan "
                    "angka terakhir dapat berselisih sebesar itu, sehingga selisih ini tidak dinilai sebagai kekeliruan "
                    "dokumen yang pasti. Periksa dengan dokumen aslinya."))
                continue
            # an umbrella only by its place (``_jumlah_lingkup``'s ``tersirat``): what it covers is unsure
            payung = not ragu and float(row["baris_sumber"]) in tersirat
            ringkas = not ragu and not payung and bool(blok)
            records.append(_rec(
                "jumlah_tidak_cocok", "peringatan" if ragu or payung or ringkas else "kritis",
                f"{_REVIEW} {side.replace('_', ' ')}",
                row["baris_sumber"], row["label"], "pagu_rp", nilai, dicakup,
                f"{beda} yang terbaca (selisih {(tulis if pd.notna(lain_32) else format_rupiah)(abs(nilai - dicakup))}"
                + ("" if semua else f"; jumlah seluruh program yang terbaca {tulis(programs[side])}")
                + "). Namun, "
                f"nomor baris {hilang} tidak ada di teks (temuan nomor_tidak_urut): baris yang hilang itu dapat menjelaskan "
                "selisihnya, sehingga tidak dinilai sebagai kekeliruan dokumen. Periksa dengan dokumen aslinya."
                if ragu else f"{beda}{seluruh}. Namun, baris ini langsung diikuti baris urusan lain tanpa program di "
                "antaranya, sehingga dibaca sebagai baris payung (seperti URUSAN PEMERINTAHAN WAJIB atau PILIHAN) yang "
                "mencakup urusan di bawahnya sampai baris payung berikutnya; kata-katanya bukan kata-kata baris payung, "
                "sehingga cakupan itu tidak pasti dan selisih ini tidak dinilai sebagai kekeliruan dokumen. Periksa dengan "
                "dokumen aslinya." if payung else f"{beda}{seluruh}. Namun, baris ini langsung di bawah baris jumlah "
                f"lain tanpa program di antaranya (baris {', '.join(str(int(b)) for b in blok or [])}); bila baris-baris "
                "itu ringkasan yang bersama-sama mencakup program sesudahnya, bagian baris ini "
                f"{' atau '.join(dict.fromkeys(tulis(d) for d, _, _ in bacaan[len(asli):]))} (program itu "
                "dikurangi jumlah yang tercantum di baris-baris di atasnya), juga berbeda. Cakupannya tidak pasti, "
                "sehingga selisih ini tidak dinilai sebagai kekeliruan dokumen. Periksa dengan dokumen aslinya."
                if ringkas else f"{beda}{seluruh}." + (
                    f" {_REVIEW} tidak ditutup baris jumlah, tetapi teks berlanjut dengan {lanjut}, sehingga "
                    "tidak ada tanda bahwa bagian akhir tabel hilang; periksa dengan dokumen aslinya."
                    if tanpa_penutup and lanjut and nilai > programs[side] else "")))
            if pd.notna(lain_32):       # figures as written: why (``_skala_ragu_teks``), before the reason
                pesan, teks = records[-1]["pesan"], _skala_ragu_teks(f"{_REVIEW} {side.replace('_', ' ')}", lain_32)
                i = max(pesan.find(" Namun, "), pesan.find(f" {_REVIEW} tidak ditutup"))
                records[-1]["pesan"] = pesan[:i] + teks + pesan[i:] if i >= 0 else pesan + teks
    if kurang and not terpotong_dibaca:
        records.append(_terpotong_32(kurang, terbuka, akhir, int(jumlah_baris.max()), henti_32 or "", skala_32,
                                     lain_32, des_32))
    return _frame(records)


def _ulangan_jumlah(total: pd.DataFrame, awal_halaman: dict | None = None, rinci: np.ndarray | None = None,
                   toleransi: float = TOLERANSI_RP, program: dict | None = None) -> np.ndarray:
    """The stated total lines of 3.2 that are a page header's repeat of an earlier line, on every
    side: they close nothing (``jumlah_tidak_cocok``'s closing line).

    A line may repeat an earlier one when it has the same label (``_kunci_jumlah``) and value, or,
    an URUSAN or BIDANG URUSAN line, the rank and value of the line open at its rank (a repeat worded
    otherwise: ``_induk_jumlah``, the reading ``_jumlah_lingkup`` has). It is a page header's when it
    directly follows the table's repeated column-header lines (it is the first line of its page:
    ``awal_halaman``, line -> whether it is, ``_awal_halaman``; None, or a line not in it: not known,
    taken as one) or rows follow it (``rinci``: the lines of the rows read). ``program``: each side's
    program lines, for the ranks ``_baris_jumlah`` reads. A repeat right after
    the last row, on the page of that row, closes the table: a closing line printed as the urusan
    line again (REV-M M6).

    >>> tot = pd.DataFrame({"sisi": ["a", "b"] * 3, "label": ["URUSAN X"] * 4 + ["URUSAN X (lanjutan)"] * 2,
    ...                     "nilai_rp": [500.0, 500.0, 500.0, 600.0, 500.0, 500.0], "baris_sumber": [1, 1, 9, 9, 20, 20]})
    >>> _ulangan_jumlah(tot).tolist()
    [False, False, False, False, True, True]
    >>> rinci = np.array([2.0, 3.0])
    >>> _ulangan_jumlah(tot, {1: True, 9: True, 20: False}, rinci).tolist()     # line 20 closes
    [False, False, False, False, False, False]
    >>> _ulangan_jumlah(tot, {1: True, 9: True, 20: True}, rinci).tolist()      # line 20 heads a page
    [False, False, False, False, True, True]
    """
    if not len(total):
        return np.zeros(0, dtype=bool)
    sisi = total["sisi"].astype(str).to_numpy(dtype=object)
    baris = pd.to_numeric(total["baris_sumber"]).to_numpy(dtype=float)
    rinci = np.sort(np.asarray(rinci if rinci is not None else [], dtype=float))
    ulang = np.zeros(len(total), dtype=bool)
    for side in dict.fromkeys(sisi.tolist()):
        rows = _baris_jumlah(total[sisi == side], (program or {}).get(side), toleransi)
        induk = _induk_jumlah(rows, True, toleransi, awal_halaman)[0]
        nilai = {x.b: x.v for x in rows}
        dilihat: set = set()
        calon = set()
        for x in rows:
            if (x.b in induk and induk[x.b] != x.b and abs(nilai[induk[x.b]] - x.v) <= toleransi) \
                    or (not x.r and (x.k, x.v) in dilihat):
                calon.add(x.b)
            dilihat.add((x.k, x.v))
        halaman = {b for b in calon if awal_halaman is None or awal_halaman.get(b, True)
                   or np.searchsorted(rinci, b, side="right") < len(rinci)}
        ulang |= (sisi == side) & np.isin(baris, list(halaman))
    return pd.Series(ulang).groupby(baris).transform("all").to_numpy(dtype=bool)


def _awal_halaman(lokasi: pd.DataFrame | None) -> dict | None:
    """For each line of Tabel 3.2 in ``lokasi`` (``sources.base.lokasi``), whether it is the first
    line of its page of the table (it directly follows the column-header lines printed there);
    None when ``lokasi`` holds none.

    >>> lok = pd.DataFrame({"tabel": [_REVIEW] * 4 + ["Tabel 3.3 (Rencana Perubahan)"],
    ...                     "baris_sumber": [10, 11, 20, 21, 30], "halaman_tabel": [1, 1, 2, 2, 1]})
    >>> _awal_halaman(lok)
    {10: True, 11: False, 20: True, 21: False}
    """
    if lokasi is None or not len(lokasi) or not {"tabel", "baris_sumber", "halaman_tabel"} <= set(lokasi.columns):
        return None
    lok = lokasi[_teks_kategori(lokasi["tabel"]) == _REVIEW]
    if not len(lok):
        return None
    baris = pd.to_numeric(lok["baris_sumber"]).astype("Int64")
    halaman = pd.to_numeric(lok["halaman_tabel"]).astype("Int64")
    pertama = baris.groupby(halaman.to_numpy()).transform("min")
    return dict(zip(baris.astype(int).tolist(), (baris == pertama).to_numpy(dtype=bool).tolist()))


#: An umbrella urusan line of 3.2 (``URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN
#: DASAR``, ``URUSAN PEMERINTAHAN PILIHAN``; an unsur line, ``UNSUR PENUNJANG URUSAN PEMERINTAHAN``):
#: above the specific urusan lines under it (``_peringkat_jumlah``).
_PAYUNG = r"^(?:URUSAN (?:PEMERINTAHAN )?(?:WAJIB|PILIHAN)|UNSUR)\b"


def _kunci_jumlah(label: pd.Series) -> pd.Series:
    """A 3.2 stated total's label as compared with the others: capitals, punctuation and a
    ``(lanjutan)`` left out, spaces collapsed (a page header repeating ``URUSAN ... KOPERASI UKM``
    as ``URUSAN ... KOPERASI, UKM (lanjutan)`` repeats the same line).

    >>> _kunci_jumlah(pd.Series(["Urusan Koperasi, UKM (lanjutan)", "URUSAN KOPERASI UKM", None])).tolist()
    ['URUSAN KOPERASI UKM', 'URUSAN KOPERASI UKM', '']
    """
    # the reader's rule (``tables.rkpd_review``), once per distinct label (the urusan line repeats)
    codes, satu = pd.factorize(label.astype("string").fillna(""))
    return pd.Series(np.array(kunci_satu(tuple(satu.tolist())), dtype=object)[codes], index=label.index,
                     dtype="string")


def _peringkat_jumlah(label: pd.Series) -> pd.Series:
    """The rank of a 3.2 stated total by its label: 3 for a BIDANG URUSAN subtotal, 2 for an
    URUSAN total or a bidang's labelled with its code (``5.01 PERENCANAAN``: ``tables.rkpd_review``),
    1 for an umbrella urusan line (``_PAYUNG``: wajib or pilihan, or an unsur, above the
    specific urusan), 0 for any other (the closing JUMLAH: all programs).

    >>> _peringkat_jumlah(pd.Series(["BIDANG URUSAN A", "URUSAN PEMERINTAHAN BIDANG A", "URUSAN PEMERINTAHAN PILIHAN",
    ...                              "JUMLAH", "UNSUR PENUNJANG URUSAN PEMERINTAHAN", "5.01 PERENCANAAN"])).tolist()
    [3, 2, 1, 0, 1, 2]
    """
    teks = _kunci_jumlah(label)
    return pd.Series(np.select([teks.str.startswith("BIDANG URUSAN"), teks.str.contains(_PAYUNG, regex=True),
                                teks.str.startswith("URUSAN") | teks.str.match(r"[1-9] \d\d [A-Z]")], [3, 1, 2], 0),
                     index=label.index)


def _jumlah_lingkup(total: pd.DataFrame, part: pd.DataFrame, toleransi: float = TOLERANSI_RP,
                    tersirat: set | None = None, atas: dict | None = None, ringkasan: dict | None = None) -> dict:
    """For each stated total line of one side of 3.2 (``total``), by its line, the readings of
    what it covers, each as (pagu of the programs it covers, the line it covers from, the line
    it covers up to; lines exclusive):

    an URUSAN or BIDANG URUSAN line covers the programs after it up to the next total line of
    its rank or above with a label not seen before (labels compared by ``_kunci_jumlah``: the
    same label repeated under a page header, with ``(lanjutan)`` or other punctuation, goes on
    and covers what its first line covers; a line of its rank before such a repeat of the same
    value ends nothing: it is under it); an umbrella urusan line (``_PAYUNG``) the specific
    urusan lines under it, up to the next umbrella; a line of a new label but the same rank and
    the same value as the one open is read both ways (a repeat with another wording, or a new
    urusan or bidang of equal pagu): two readings. An URUSAN line that covers no program while
    programs follow it (directly followed by another urusan line) is read as an umbrella worded
    otherwise (``_baris_jumlah``; added to ``tersirat``, when given: its wording leaves that
    reading unsure). A BIDANG URUSAN line that covers no program while programs follow it has no
    reading: what it covers is unknown, and it is never compared with all programs; the BIDANG
    URUSAN line right under it (no program between: a summary block of bidang lines) is read
    also as covering the programs after the block together with it: what they cover less what
    the block's other lines state (``ringkasan``, when given: line -> the block's other lines). A line below
    every program (a closing urusan line) and any other total cover all programs.
    An office of two bidang urusan states one subtotal for each: comparing each with every
    program blamed a correct document (REV-I I1).

    >>> part = pd.DataFrame({"level": ["program", "program", "program"], "pagu_rp": [10.0, 20.0, 5.0],
    ...                      "baris_sumber": [12, 13, 21]})
    >>> total = pd.DataFrame({"label": ["URUSAN X", "BIDANG URUSAN A", "URUSAN X", "BIDANG URUSAN B", "JUMLAH"],
    ...                       "nilai_rp": [35.0, 30.0, 35.0, 5.0, 35.0], "baris_sumber": [10, 11, 15, 20, 30]})
    >>> {b: [d for d, _, _ in r] for b, r in _jumlah_lingkup(total, part).items()}
    {10.0: [35.0], 11.0: [30.0], 15.0: [35.0], 20.0: [5.0], 30.0: [35.0]}
    >>> total = pd.DataFrame({"label": ["URUSAN PEMERINTAHAN WAJIB", "URUSAN A", "URUSAN PEMERINTAHAN PILIHAN", "URUSAN B"],
    ...                       "nilai_rp": [30.0, 30.0, 5.0, 5.0], "baris_sumber": [10, 11, 19, 20]})
    >>> {b: [d for d, _, _ in r] for b, r in _jumlah_lingkup(total, part).items()}
    {10.0: [30.0], 11.0: [30.0], 19.0: [5.0], 20.0: [5.0]}
    """
    prog = part[teks_di(part["level"], ("program",))]
    baris = pd.to_numeric(prog["baris_sumber"]).to_numpy(dtype=float)
    pagu = pd.to_numeric(prog["pagu_rp"]).fillna(0).to_numpy(dtype=float)
    semua = (float(pagu.sum()), -np.inf, np.inf)
    rows = _baris_jumlah(total)
    payung = _payung_tersirat(rows, baris, toleransi) if len(baris) else set()
    rows = [x._replace(r=1) if x.b in payung else x for x in rows]      # as ``_baris_jumlah`` with programs
    if tersirat is not None:
        tersirat |= payung

    def baca(ulang: bool) -> tuple[dict, bool]:
        return _induk_jumlah(rows, ulang, toleransi, atas)

    def lingkup(induk: dict) -> dict:
        awal = [x for x in rows if x.r and induk[x.b] == x.b]        # the lines that open a group

        def ujung(x, syarat) -> float:
            return min((y.b for y in awal if y.b > x.b and syarat(y)), default=np.inf)

        out: dict = {}
        for x in awal:
            # a line repeated (same value) after a later line of its rank is still open there: that
            # line is under it, not beside it (its page headers go on printing it)
            lagi = max((y.b for y in rows if induk.get(y.b) == x.b and abs(y.v - x.v) <= toleransi), default=x.b)
            hi = ujung(x, lambda y, x=x, lagi=lagi: y.r <= x.r and y.b > lagi)
            di_bawah = (baris > x.b) & (baris < hi)
            out[x.b] = ((float(pagu[di_bawah].sum()), x.b, hi) if di_bawah.any() else
                        None if (baris > x.b).any() else semua)
        return {x.b: semua if not x.r else out[induk[x.b]] for x in rows}

    induk, ragu = baca(False)
    bacaan = [lingkup(induk)] + ([lingkup(baca(True)[0])] if ragu else [])
    hasil = {b: list(dict.fromkeys(r[b] for r in bacaan if r[b] is not None)) for b in bacaan[0]}
    # BIDANG URUSAN lines printed one under the other, the first covering no program while programs
    # follow (a summary block under the urusan line): the last may cover the programs after the block
    # with the others, so that, less what they state, is a reading of it too (REV-M M12)
    blok: list = []
    for x in rows:
        if x.r != 3 or induk.get(x.b) != x.b:
            blok = [] if x.r else blok
            continue
        if blok and hasil[x.b] and not ((baris > blok[-1].b) & (baris < x.b)).any():
            lain_v = sum(y.v for y in blok)
            hasil[x.b] = hasil[x.b] + [(d - lain_v, lo, hi) for d, lo, hi in hasil[x.b]]
            if ringkasan is not None:
                ringkasan[x.b] = [y.b for y in blok]
        blok = blok + [x] if not hasil[x.b] else []
    return hasil


def _baris_jumlah(total: pd.DataFrame, program: np.ndarray | None = None, toleransi: float = TOLERANSI_RP) -> list:
    """One side's stated total lines of 3.2 in reading order, each once, as (``r`` rank
    ``_peringkat_jumlah``, ``b`` line, ``k`` label ``_kunci_jumlah``, ``v`` value): a handful a table.

    ``program``: the lines of the side's programs. An URUSAN line that covers none while programs
    follow it (directly followed by another urusan line: ``URUSAN PENUNJANG``, ``URUSAN PEMERINTAHAN
    UMUM`` over the urusan under it) is an umbrella in all but its wording: it takes an umbrella's
    rank (1), ending the scope of an umbrella above it (REV-M M1); ``_payung_tersirat`` names them.

    >>> tot = pd.DataFrame({"label": ["URUSAN PENUNJANG", "URUSAN A", "URUSAN B"], "nilai_rp": [5.0, 5.0, 7.0],
    ...                     "baris_sumber": [10, 11, 20]})
    >>> [x.r for x in _baris_jumlah(tot)], [x.r for x in _baris_jumlah(tot, np.array([12.0, 21.0]))]
    ([2, 2, 2], [1, 2, 2])
    """
    # each label read once (the urusan line repeats under every page header)
    at, satu = pd.factorize(total["label"].astype("string").fillna(""))
    satu = pd.Series(satu, dtype="string")
    t = pd.DataFrame({"r": _peringkat_jumlah(satu).to_numpy()[at],
                      "b": pd.to_numeric(total["baris_sumber"]).to_numpy(dtype=float),
                      "k": _kunci_jumlah(satu).to_numpy(dtype=object)[at],
                      "v": pd.to_numeric(total["nilai_rp"]).astype("Float64").to_numpy(dtype=float, na_value=np.nan)})
    rows = list(t.sort_values("b", kind="stable").drop_duplicates("b").itertuples(index=False))
    if program is None or not len(program):
        return rows
    tersirat = _payung_tersirat(rows, np.asarray(program, dtype=float), toleransi)
    return [x._replace(r=1) if x.b in tersirat else x for x in rows]


def _payung_tersirat(rows: list, program: np.ndarray, toleransi: float = TOLERANSI_RP) -> set:
    """The URUSAN lines among ``rows`` (``_baris_jumlah``) that open a group (``_induk_jumlah``)
    and cover no program (none before the next urusan line of a new label) while programs
    (``program``: their lines) follow them: umbrellas worded otherwise."""
    induk = _induk_jumlah(rows, False, toleransi)[0]
    awal = [x for x in rows if x.r and induk[x.b] == x.b]
    out = set()
    for x in awal:
        if x.r != 2:
            continue
        hi = min((y.b for y in awal if y.b > x.b and y.r <= 2), default=np.inf)
        if not ((program > x.b) & (program < hi)).any() and (program > x.b).any():
            out.add(x.b)
    return out


def _induk_jumlah(rows: list, ulang: bool, toleransi: float = TOLERANSI_RP,
                  atas: dict | None = None) -> tuple[dict, bool]:
    """The one reading of which stated total line repeats which (``_baris_jumlah``'s ``rows``):
    each URUSAN or BIDANG URUSAN line's group, as the line that opened it, by line, and whether
    a line reads both ways (``ragu``).

    A line of a label seen before (``_kunci_jumlah``) repeats that label's first line; a line of
    a new label but the rank and value of the line open at its rank is a repeat worded otherwise
    when ``ulang`` (else a new urusan or bidang of equal pagu), and makes the reading ``ragu``, unless
    it is known not to head its page (``atas``: a page header's repeat does; REV-M M10); so
    does a line heading its page (``atas``: line -> whether it heads its page, ``_awal_halaman``)
    with the value of a line open at any rank (``BIDANG URUSAN PEMERINTAHAN ...`` on the first page,
    ``URUSAN PEMERINTAHAN ...`` under the next page headers). Closing lines (rank 0) belong to no group.

    >>> rows = _baris_jumlah(pd.DataFrame({"label": ["URUSAN X", "BIDANG URUSAN A", "URUSAN X (lanjutan)",
    ...                                              "URUSAN KOPERASI", "JUMLAH"], "nilai_rp": [5.0, 3.0, 5.0, 5.0, 5.0],
    ...                                    "baris_sumber": [1, 2, 9, 15, 20]}))
    >>> _induk_jumlah(rows, False), _induk_jumlah(rows, True)[0]
    (({1.0: 1.0, 2.0: 2.0, 9.0: 1.0, 15.0: 15.0}, True), {1.0: 1.0, 2.0: 2.0, 9.0: 1.0, 15.0: 1.0})
    """
    buka: dict = {}                 # rank -> (line, value) of the group open at that rank
    pertama: dict = {}              # label -> the line that opened its group
    induk: dict = {}
    ragu = False
    for x in rows:
        if x.r == 0:
            continue
        if x.k in pertama:
            induk[x.b] = pertama[x.k]
            continue
        # a page header's repeat heads its page: a line known not to (``atas``) is a new line
        sama = x.r in buka and abs(buka[x.r][1] - x.v) <= toleransi and (atas is None or atas.get(int(x.b), True))
        asal = buka[x.r][0] if sama else None
        if not sama and atas is not None and atas.get(int(x.b), False):
            # heading its page: the page's repeat of the open line of its value, at any rank
            cocok = [b for _, (b, v) in sorted(buka.items()) if abs(v - x.v) <= toleransi]
            sama, asal = bool(cocok), (cocok[0] if cocok else None)
        ragu |= sama
        if ulang and sama:
            induk[x.b] = pertama[x.k] = asal
            continue
        induk[x.b] = pertama[x.k] = x.b
        buka = {r: v for r, v in buka.items() if r < x.r} | {x.r: (x.b, x.v)}
    return induk, ragu


def _rincian_terbuka(terbuka: list[tuple], skala: float = 1.0, tulis=None) -> str:
    """The end of a ``dokumen_terpotong`` sentence naming the parents open at the cut
    (``_sum_check``'s ``terpotong``), each once, or a full stop; ``skala``: the table's unit
    (``_tertulis``); ``tulis``: how a figure is quoted instead (a table of unknown scale: as written,
    ``_ditulis``; REV-AM AM3)."""
    rinci = list(dict.fromkeys(terbuka))
    if not rinci:
        return "."
    tulis = tulis or (lambda v: _tertulis(v, skala))
    return (", begitu pula rincian yang mungkin berlanjut di bagian yang hilang: " + ", ".join(
        f"{label.lower()} {str(_level(level)).lower()} \u201c{nama}\u201d {tulis(s)} (rincian terbaca "
        f"{tulis(t)})" for label, level, nama, s, t in rinci) + ".")


def _ekor_21(evaluasi: pd.DataFrame, tabel21: pd.DataFrame | None) -> tuple | None:
    """Tabel 2.1's rows after the last one Tabel 2.2 shares with it (``urutan_evaluasi``), when
    none of them has a 2.2 partner and that last shared row is 2.2's last row: (how many, the
    first's name, its line, its level). None when 2.1 ends with a row of 2.2, when no row of it was paired
    (nothing to say where 2.2 stops), or when 2.2's last row has no partner either (the two tables
    may end on rows whose names differ: not a sign of 2.2's end lost)."""
    if tabel21 is None or not len(tabel21) or not len(evaluasi) or "urutan_evaluasi" not in tabel21:
        return None
    urutan = pd.to_numeric(tabel21["urutan_evaluasi"])
    paired = urutan.notna().to_numpy(dtype=bool)
    if not paired.any() or paired[-1] or int(urutan.max()) != len(evaluasi):
        return None
    first = int(np.flatnonzero(paired)[-1]) + 1
    row = tabel21.iloc[first]
    return len(tabel21) - first, row["nama"], row["baris_sumber"], str(row["level"]) if "level" in row else None


#: The order of the tables in a Renja (a table is cut at its end only while none after it is read).
_URUTAN = (_TABEL_21, _TABEL_22, _TABEL_31, _REVIEW, _RENCANA)


def _tabel_sesudah(pembacaan: pd.DataFrame | None, label: str) -> str | None:
    """The first table whose region begins after ``label``'s in the text (``doc.pembacaan``), or None."""
    if pembacaan is None or not len(pembacaan) or label not in set(pembacaan["tabel"].astype(str)):
        return None
    tabel = pembacaan["tabel"].astype(str).to_numpy(dtype=object)
    awal = pd.to_numeric(pembacaan["baris_awal"]).to_numpy(dtype=float, na_value=np.nan)
    akhir = pd.to_numeric(pembacaan["baris_akhir"]).to_numpy(dtype=float, na_value=np.nan)
    ujung = np.nanmax(akhir[tabel == label])
    sesudah = np.flatnonzero(awal > ujung)
    return None if not len(sesudah) else str(tabel[sesudah[np.argmin(awal[sesudah])]])


def _teks_berhenti(pembacaan: pd.DataFrame | None, label: str) -> str | None:
    """The evidence that the text stops at the end of table ``label``, as a clause, or None:
    no table begins after it in the text and none that a Renja puts after it (``_URUTAN``) was
    read anywhere. A table followed by another (3.2 by 3.3) is no sign of pages lost at its
    end, whatever its rows sum to; no reading account (``pembacaan`` None), no evidence.

    >>> p = pd.DataFrame({"tabel": [_TABEL_22, _REVIEW, _RENCANA], "baris_awal": [10, 50, 90],
    ...                   "baris_akhir": [40, 80, 120]})
    >>> print(_teks_berhenti(p, _REVIEW))
    None
    >>> print(_teks_berhenti(p.iloc[:2], _REVIEW))
    , tanpa tabel lain sesudahnya di teks (Tabel 3.3 tidak terbaca)
    """
    if pembacaan is None or not len(pembacaan) or label not in set(pembacaan["tabel"].astype(str)) \
            or _tabel_sesudah(pembacaan, label) is not None:
        return None
    nanti = list(_URUTAN[_URUTAN.index(label) + 1:]) if label in _URUTAN else []
    if set(nanti) & set(pembacaan["tabel"].astype(str)):
        return None
    nanti = [t.split(" (")[0] for t in nanti]
    return (", tanpa tabel lain sesudahnya di teks" + (f" ({', '.join(nanti[:-1])}{' dan ' if len(nanti) > 1 else ''}"
                                                      f"{nanti[-1]} tidak terbaca)" if nanti else ""))


def _terpotong_22(ekor: tuple, terbuka: list[tuple], akhir, bukti: str = "") -> dict:
    """The one ``dokumen_terpotong`` of a Tabel 2.2 that stops before Tabel 2.1 does
    (``jumlah_tidak_cocok``); ``bukti``: why the text is taken as stopping there (``_teks_berhenti``)."""
    n, nama, baris, _ = ekor
    return _rec(
        "dokumen_terpotong", "peringatan", _TABEL_22, akhir, None, None, None, n,
        f"{_TABEL_22} berakhir di baris {akhir}{bukti}, tetapi {_TABEL_21} (baris yang sama, urutan yang sama) masih memuat "
        f"{n} baris sesudah baris terakhir yang juga ada di {_TABEL_22}, mulai \u201c{nama}\u201d (baris {baris}): "
        f"bagian akhir {_TABEL_22} tampaknya tidak ada di teks (halaman tidak terekstrak atau berkas tidak lengkap), "
        "sehingga baris itu tidak dievaluasi" + _rincian_terbuka(terbuka)
        + " Periksa dengan dokumen aslinya; bila memang tidak ada di Tabel 2.2, kedua tabel tidak memuat baris yang "
        "sama.")


def _terpotong_32(kurang: list[tuple], terbuka: list[tuple], akhir: int | None, jumlah_akhir: int,
                  bukti: str = "", skala: float = 1.0, skala_lain: float = np.nan, desimal: int = 6) -> dict:
    """The one ``dokumen_terpotong`` of a Tabel 3.2 cut short (``jumlah_tidak_cocok``):
    ``kurang`` (side, stated, sum of programs, line of the total), ``terbuka`` (level, name,
    stated, sum) of the parents open at the last row ``akhir`` (None: no row read); ``skala``:
    3.2's unit (``skala_32``), its figures quoted as written and as read (``_tertulis``); a 3.2 of
    unknown scale (``skala_lain``, ``_dua_skala_32``): quoted as written, to ``desimal`` decimals at
    most, never as rupiah, the unit said (REV-AM AM3)."""
    ragu = bool(pd.notna(skala_lain))

    def tulis(v: float) -> str:
        return _ditulis(v, desimal=desimal) if ragu else _tertulis(v, skala)
    # both sides usually say the same: each distinct (stated, sum) once, a side named only when they differ
    beda = list(dict.fromkeys((s, t, b) for _, s, t, b in kurang))
    sisi = {(s, t, b): [x for x, s2, t2, b2 in kurang if (s2, t2, b2) == (s, t, b)] for s, t, b in beda}
    bagian = [
        (f"{' dan '.join(x.replace('_', ' ') for x in sisi[k])}: " if len(beda) > 1 else "")
        + (f"{tulis(k[1])} kurang {(tulis if ragu else format_rupiah)(k[0] - k[1])} dari jumlah yang tercantum "
           f"{tulis(k[0])} (baris {k[2]})")
        for k in beda]
    if akhir is None:
        jumlah = list(dict.fromkeys(f"{tulis(s)} (baris {b})" for _, s, _, b in kurang))
        awal = (f"{_REVIEW} mencantumkan jumlah {', '.join(jumlah)}, tetapi tidak satu pun baris program, "
                "kegiatan, atau sub kegiatannya terbaca: baris tabel tampaknya tidak ada di teks (halaman tidak "
                "terekstrak atau berkas tidak lengkap).")
    else:
        awal = (f"{_REVIEW} berakhir di baris {akhir} tanpa baris jumlah penutup{bukti}, dan jumlah pagu program yang "
                f"terbaca {'; '.join(bagian)}: bagian akhir tabel tampaknya tidak ada di teks (halaman tidak "
                "terekstrak atau berkas tidak lengkap), sehingga barisnya tidak terbaca maupun dibandingkan.")
    awal += " Karena itu jumlah ini tidak dinilai" + _rincian_terbuka(terbuka, skala, tulis if ragu else None)
    if ragu:
        awal += _skala_ragu_teks(_REVIEW, skala_lain, selisih=False)
    s0, t0, _ = beda[0]
    return _rec("dokumen_terpotong", "peringatan", _REVIEW, akhir if akhir is not None else jumlah_akhir, None,
                "pagu_rp", s0, t0, awal + (" Periksa dengan dokumen aslinya." if akhir is None else
                                           " Periksa dengan dokumen aslinya; bila tabel memang berakhir di sini, "
                                           "jumlah yang tercantum yang keliru."))


# --- 3. the same row in two tables --------------------------------------------------------

def _compare(a: pd.DataFrame, b: pd.DataFrame, tabel: str, nama_a: str, nama_b: str, checks,
             kode: pd.Series | None = None, toleransi: float = TOLERANSI_RP, skala_a: float = 1.0,
             skala_b: float = 1.0, skala_lain: float = np.nan, skala_lain_a: float = np.nan) -> list[dict]:
    """Findings for the columns of matched rows that differ: row ``k`` of ``a`` is
    compared with row ``k`` of ``b``, column by column.

    ``skala_a``, ``skala_b``: rupiah a unit of ``a``'s and ``b``'s money as written (1000: a Tabel
    3.2 or 3.3 in thousands, its values already multiplied): its figure is quoted as written and as
    read (``82.126 ribu rupiah (Rp82.126.000)``).

    ``skala_lain``: ``b``'s money of unknown scale, one of two (``_skala_lain``: as written, or in units of
    ``skala_lain`` rupiah, 1000 or 1000000): a rupiah check reports only the rows that differ under both
    readings (under the second, ``b``'s figure times ``skala_lain``, within the rounding of each cell as written,
    ``_pembulatan``: half a unit of its last digit, its written decimals where the table carries them,
    ``<kolom>_desimal`` from ``_dengan_desimal_pagu``, REV-AI AI7; the other side's at least ``TOLERANSI_RP``),
    ``b``'s figure quoted as written and under both (``_tertulis_dua``); NaN: ``b`` read at ``skala_b`` alone. A
    parent row with n leaf rows under it in the table under its second reading (columns ``daun``,
    ``<kolom>_daun``, ``<kolom>_daun_bulat`` from ``_dengan_daun``; none: no allowance) written as their sum as
    written in that table (within its own rounding) that differs beyond that rounding under every reading but
    within n x half a unit of their last written digit under that reading, plus what it differs from their sum
    (``_jendela_induk``; the rule of ``_toleransi_bulat``), may be written as the sum of its rounded rows: a
    ``peringatan`` saying so (``_BULAT_JUMLAH``; REV-AG AG4, AG1, REV-AI AI1), not a kritis; a parent not so
    written (``48`` over ``16``, ``20``, ``10``: REV-AK AK1), or of one row (that row, rounded once: REV-AI AI2),
    its own rounding alone; a parent whose difference under a reading is, within the two cells' own rounding,
    that of its leaf rows left kritis gets no hedge under it (``_dari_daun_pasti``; REV-AO AO3: ``36.65`` over
    ``16.00``, ``20.65`` against Rp36.660.000 over Rp16.000.000, Rp20.660.000: kritis like its row, which
    explains it). A peringatan too is any row whose cell under a second reading is below the other table's figure
    by STRICTLY less than one unit plus that figure's own rounding, none for exact rupiah (a figure cut, not
    rounded, to its last digit: ``82.123`` in thousands beside Rp82.123.600; ``19`` in millions is no cut of
    Rp20.000.000, REV-AI AI3). The peringatan names the explanation that fits (``_bulat_jumlah``). With both
    scales known and one not rupiah (``toleransi`` a whole unit), a parent with n leaf rows (two or more) under
    it in that table written as their sum, differing beyond ``toleransi`` but within n x half a unit plus the
    other's rounding, is a ``peringatan`` too (``_BULAT_INDUK``, REV-AI AI1k; not so written, REV-AK AK1k: kritis).
    ``skala_lain_a``: the same for ``a`` (a Tabel 3.2 of unknown scale, one of two: ``_dua_skala_32``); with
    ``skala_lain`` too, a row reported only where it differs under each of the four readings.

    ``checks``: (column of a, column of b, label, tingkat); rupiah columns (``_rp``)
    are compared within ``toleransi`` (``TOLERANSI_RP``) and formatted as Rp, others exactly.
    ``kode``: the code of each row of ``a`` (by position), named at the end of its message
    (`` (kode 2.17.02)``), if any; only the rows that differ read it.
    Findings come row by row, in the order of ``checks`` within a row.
    """
    found = []
    for c, (acol, bcol, judul, tingkat) in enumerate(checks):
        rupiah = acol.endswith("_rp")
        beda = _differs(a[acol], b[bcol], toleransi if rupiah else 1e-9)
        dekat = np.zeros(len(beda), dtype=bool)     # within the rounding of a second reading (a peringatan)
        induk_pasti = np.zeros(len(beda), dtype=bool)   # a parent summed from rounded rows, a known scale
        sebab_jumlah = np.zeros(len(beda), dtype=bool)  # under a second reading: a parent summed so
        sebab_potong = np.zeros(len(beda), dtype=bool)  # under a second reading: a figure cut below
        dua = rupiah and pd.notna(skala_lain)
        dua_a = rupiah and pd.notna(skala_lain_a)
        if dua or dua_a:
            # a scale one of two (REV-AD AD8, RIBU8): a difference holds only where it holds under every
            # reading; under a second reading each cell within its own rounding, never a whole unit of the
            # scale (REV-AE AE4)
            k = np.flatnonzero(beda)
            av, bv = _numeric(a[acol]).iloc[k], _numeric(b[bcol]).iloc[k]
            # the decimals each cell is written with (``20.60`` two: REV-AI AI7), where the reader kept them
            dsa, dsb = _desimal_pagu(a, acol, k), _desimal_pagu(b, bcol, k)
            # each reading: (figure in rupiah, its tolerance, its own rounding: 0 for exact rupiah, how far
            # it may lie from its exact value where a parent may be written as the sum of its leaf rows
            # and whether it is one, ``_jendela_induk``)
            bacaan_a = _bacaan_pagu(a, acol, k, av, dsa, skala_a, skala_lain_a if dua_a else None)
            bacaan_b = _bacaan_pagu(b, bcol, k, bv, dsb, skala_b, skala_lain if dua else None)
            # beyond each cell's rounding under every reading: a difference. Under a second reading a parent
            # written as the sum of its n (two or more) rows as written in that table may drift n x half a
            # unit of their last digit (the rule of ``_toleransi_bulat``; REV-AG AG4, AG1, REV-AI AI1): within
            # that, a peringatan; a parent not so written (``48`` over ``16``, ``20``, ``10``), or of one
            # row, only its own rounding (REV-AK AK1, REV-AI AI2). A cell cut, not rounded, to its last digit
            # lies below its exact value by STRICTLY less than one unit: under a second reading of its own,
            # below the other table's figure by less than one unit plus that figure's own rounding (none for
            # exact rupiah: REV-AI AI3), a peringatan. Each says which explanation fits (``_bulat_jumlah``)
            tetap = np.ones(len(k), dtype=bool)
            per_bacaan = []     # under each reading but both as read: (its difference, tolerance, hedges)
            for i, (x, tx, rx, wx, ix) in enumerate(bacaan_a):
                for j, (y, ty, ry, wy, iy) in enumerate(bacaan_b):
                    if i or j:      # both as read: ``beda`` itself (within a whole unit of a known scale)
                        tetap &= _differs(x, y, tx + ty)
                        sisi_j = (ix | iy) & ~_differs(x, y, wx + wy)
                        sisi_p = np.zeros(len(k), dtype=bool)
                        if i != j:  # one table under its second reading: the other's figure minus it
                            d = (np.asarray(x, dtype=float) - np.asarray(y, dtype=float)) * (1 if j else -1)
                            satu, lain = (np.asarray(ty, dtype=float), np.asarray(rx, dtype=float)) if j else (
                                np.asarray(tx, dtype=float), np.asarray(ry, dtype=float))
                            sisi_p = (d >= 0) & (d < 2 * satu + lain)
                        per_bacaan.append((np.asarray(x, dtype=float) - np.asarray(y, dtype=float),
                                           np.asarray(tx, dtype=float) + np.asarray(ty, dtype=float),
                                           sisi_j, sisi_p))
            # a parent whose difference under a reading is (within the two cells' own rounding) that of
            # its leaf rows left a difference under every reading (kritis): its rounding does not explain
            # it, its rows do; no hedge under that reading (REV-AO AO3)
            dari_daun = _dari_daun_pasti(a, b, k, len(beda), tetap, per_bacaan)
            jumlah = np.zeros(len(k), dtype=bool)
            potong = np.zeros(len(k), dtype=bool)
            for (_, _, sisi_j, sisi_p), dari in zip(per_bacaan, dari_daun):
                jumlah |= sisi_j & ~dari
                potong |= sisi_p & ~dari
            beda[k] = tetap
            dekat[k] = tetap & (jumlah | potong)
            sebab_jumlah[k] = tetap & jumlah
            sebab_potong[k] = tetap & potong
        elif rupiah and (skala_a != 1 or skala_b != 1):
            # a known scale other than rupiah (a whole unit allowed, ``toleransi``): a parent written as the
            # sum of its n rows as written in that table may drift n x half a unit, more than a unit for
            # three or more rows (REV-AI AI1k): within it a peringatan (``_BULAT_INDUK``), beyond it kritis;
            # a parent not so written, its own rounding alone (REV-AK AK1k)
            k = np.flatnonzero(beda)
            (wa, ia), (wb, ib) = _sisi_pasti(a, acol, k, skala_a), _sisi_pasti(b, bcol, k, skala_b)
            dekat[k] = (ia | ib) & ~_differs(_numeric(a[acol]).iloc[k], _numeric(b[bcol]).iloc[k], wa + wb)
            induk_pasti[k] = dekat[k]
        bad = np.flatnonzero(beda)
        if not len(bad):
            continue
        fmt = format_rupiah if rupiah else (lambda v: format_angka(v, None))
        # only the rows that differ are taken from the tables (most rows agree)
        rows_a, rows_b = a.iloc[bad], b.iloc[bad]
        ends = [f" (kode {k})" for k in kode.iloc[bad].tolist()] if kode is not None else [""] * len(bad)
        for k, baris, nama, va, vb, pembanding, end in zip(
                bad.tolist(), *_cols(rows_a, "baris_sumber", "nama", acol), *_cols(rows_b, bcol, "baris_sumber"), ends):
            end += (_BULAT_INDUK if induk_pasti[k] else _bulat_jumlah(sebab_potong[k], sebab_jumlah[k])) \
                if dekat[k] else ""
            found.append(((k, c), _rec(
                "antar_tabel_tidak_cocok", "peringatan" if dekat[k] else tingkat, tabel, baris, nama, acol, va, vb,
                f"{judul} di {nama_a} tertulis "
                f"{(_tertulis_dua(va, skala_lain_a) if dua_a else _tertulis(va, skala_a)) if rupiah else fmt(va)}, "
                f"di {nama_b} "
                f"{(_tertulis_dua(vb, skala_lain) if dua else _tertulis(vb, skala_b)) if rupiah else fmt(vb)}{end}.",
                pembanding=pembanding)))
    found.sort(key=lambda item: item[0])
    return [record for _, record in found]


def _dari_daun_pasti(a: pd.DataFrame, b: pd.DataFrame, k: np.ndarray, n: int, tetap: np.ndarray,
                     per_bacaan: list[tuple]) -> list[np.ndarray]:
    """For the rows ``k`` (of ``n`` matched rows of ``a`` and ``b``) that differ, under each reading of
    ``per_bacaan`` (each: ``a``'s figure minus ``b``'s, the two cells' tolerance, and two hedges: a parent
    summed from rounded rows, a figure cut), whether the row is a parent with a leaf row under it (the
    matched rows' tree, ``level`` of ``a`` or else ``b``) that differs under every reading with no hedge
    (a kritis in ``_compare``) and whose difference is the sum of those leaves' differences within that
    tolerance: its whole difference its rows', no rounding of its own to explain it (REV-AO AO3).

    >>> a = pd.DataFrame({"level": ["kegiatan", "sub_kegiatan", "sub_kegiatan"]})
    >>> jalan = (np.array([10000.0, 0.0, 10000.0]), np.full(3, 5001.0), np.array([True, False, False]),
    ...          np.zeros(3, dtype=bool))
    >>> _dari_daun_pasti(a, a, np.array([0, 2]), 3, np.array([True, True]),
    ...                  [(jalan[0][[0, 2]], jalan[1][[0, 2]], jalan[2][[0, 2]], jalan[3][[0, 2]])])[0].tolist()
    [True, False]
    """
    kosong = [np.zeros(len(k), dtype=bool) for _ in per_bacaan]
    pohon = a if "level" in a else b
    if not len(k) or "level" not in pohon:
        return kosong
    pasti = tetap.copy()        # differs under every reading, no hedge under any: kritis
    for _, _, sisi_j, sisi_p in per_bacaan:
        pasti &= ~(sisi_j | sisi_p)
    jumlah = _pohon_daun(pohon.reset_index(drop=True)[["level"]])
    ada = np.zeros(n)
    ada[k[pasti]] = 1.0
    ada_di_bawah = jumlah(ada)[k] > 0
    out = []
    for d, t, _, _ in per_bacaan:
        nilai = np.zeros(n)
        nilai[k[pasti]] = np.nan_to_num(np.asarray(d, dtype=float)[pasti])
        with np.errstate(invalid="ignore"):
            out.append(ada_di_bawah & (np.abs(np.asarray(d, dtype=float) - jumlah(nilai)[k]) <= t))
    return out


def _bacaan_pagu(df: pd.DataFrame, kolom: str, k: np.ndarray, v: pd.Series, desimal: np.ndarray | None,
                 skala: float, lain: float | None) -> list[tuple]:
    """The readings ``_compare`` gives the figures ``v`` (rows ``k`` of ``df``'s ``kolom``, in a table in units
    of ``skala`` rupiah; ``desimal`` their cells' written decimals): as read, and where ``lain`` is given (a
    table of unknown scale, one of two) times ``lain``. Each: (figure in rupiah, its tolerance, its own
    rounding: 0 for exact rupiah, how far it may lie from its exact value as a parent written as the sum of
    its leaf rows, whether it is one: ``_jendela_induk``)."""
    t = np.maximum(TOLERANSI_RP, _pembulatan(v, skala, desimal=desimal))
    out = [(v, t, _pembulatan(v, skala, desimal=desimal) if skala != 1 else np.zeros(len(k)), t,
            np.zeros(len(k), dtype=bool))]
    if lain is not None:
        r = _pembulatan(v, lain, 1.0, desimal)
        out.append((v * lain, r, r, *_jendela_induk(df, kolom, k, v, lain, r)))
    return out


def _sisi_pasti(df: pd.DataFrame, kolom: str, k: np.ndarray, skala: float) -> tuple[np.ndarray, np.ndarray]:
    """For rows ``k`` of ``df``'s ``kolom`` in a table of known scale ``skala`` (its figures read in rupiah):
    how far each may lie from its exact value and whether as a parent written as the sum of its leaf rows
    (``_jendela_induk``); ``TOLERANSI_RP`` and none for rupiah (``_compare``, REV-AI AI1k, REV-AK AK1k)."""
    if skala == 1:
        return np.full(len(k), TOLERANSI_RP), np.zeros(len(k), dtype=bool)
    v = _numeric(df[kolom]).iloc[k]
    return _jendela_induk(df, kolom, k, v, 1.0, _pembulatan(v, skala, desimal=_desimal_pagu(df, kolom, k)))


def _daun(df: pd.DataFrame, k: np.ndarray) -> np.ndarray:
    """The number of leaf rows summed under each of the rows ``k`` of ``df`` (column ``daun``,
    ``_rincian_daun``), 0 for a row under which none is or where the column is missing."""
    if "daun" not in df:
        return np.zeros(len(k))
    return df["daun"].iloc[k].to_numpy(dtype=float, na_value=0.0)


def _rincian_daun(df: pd.DataFrame, nilai: np.ndarray | None = None) -> np.ndarray:
    """For each row of a table with ``level``, the number of leaf rows (rows with no row under them:
    a sub kegiatan, or a kegiatan without one) summed under it: a kegiatan its sub kegiatan, a program
    its kegiatan's leaves and its own leaf rows (``parent_index`` with ``langsung``, further indicator
    rows not counted, ``lanjutan``); 0 for a leaf. A parent written as the sum of its n leaves, each
    rounded to one unit, may drift n x half a unit from its exact value (``_compare``). ``nilai``: a
    value per row, summed over the leaves instead of counted (NaN where a leaf's is; 0 for a leaf).

    >>> lv = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan",
    ...                              "kegiatan", "sub_kegiatan", "program", "kegiatan"]})
    >>> _rincian_daun(lv).tolist()
    [3.0, 2.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0]
    >>> _rincian_daun(lv, np.array([48.0, 36.0, 16.0, 20.0, 10.0, 10.0, 5.0, np.nan])).tolist()
    [46.0, 36.0, 0.0, 0.0, 10.0, 0.0, nan, 0.0]
    """
    return _pohon_daun(df)(nilai)


def _pohon_daun(df: pd.DataFrame):
    """``_rincian_daun`` of ``df`` as a function of ``nilai`` (None: the count), its rows' tree read
    once for every column summed."""
    n = len(df)
    if not n or "level" not in df:
        return lambda nilai=None: np.zeros(n)
    lanjut = lanjutan(df)
    parent = parent_index(df["level"], lanjut, langsung=True).to_numpy(dtype=float)
    own = ~lanjut.to_numpy(dtype=bool)
    has = ~np.isnan(parent)
    anak = np.bincount(parent[has & own].astype(np.intp), minlength=n).astype(float)
    daun = own & (anak == 0)
    ke = parent[has & daun].astype(np.intp)
    tengah = has & own & ~daun
    ke_tengah = parent[tengah].astype(np.intp)

    def jumlah(nilai: np.ndarray | None = None) -> np.ndarray:
        w = np.ones(n) if nilai is None else np.asarray(nilai, dtype=float)
        # a row's own leaf children, then (a program) the leaves under each of its kegiatan
        langsung = np.bincount(ke, weights=w[has & daun], minlength=n).astype(float)
        return langsung + np.bincount(ke_tengah, weights=langsung[tengah], minlength=n)
    return jumlah


def _dengan_daun(df: pd.DataFrame, kolom=(), skala: float = 1.0) -> pd.DataFrame:
    """``df`` with, for each row, its leaf rows (``_rincian_daun``): their count (``daun``) and, for each
    money column of ``kolom`` it has, the sum of their figures as read (``<kolom>_daun``) and of their own
    rounding, half a unit of each one's last written digit in a table in units of ``skala`` rupiah (1 for
    one read as written; ``<kolom>_daun_bulat``, ``_pembulatan`` with ``_desimal_pagu``): ``_compare``
    allows a parent n x half a unit only where it is written as the sum of its leaf rows (REV-AK AK1).

    >>> df = pd.DataFrame({"level": ["kegiatan", "sub_kegiatan", "sub_kegiatan"], "pagu_rp": [36.0, 16.0, 20.5]})
    >>> r = _dengan_daun(df, ["pagu_rp"])
    >>> r["daun"].tolist(), r["pagu_rp_daun"].tolist(), r["pagu_rp_daun_bulat"].tolist()
    ([2.0, 0.0, 0.0], [36.5, 0.0, 0.0], [0.55, 0.0, 0.0])
    """
    jumlah = _pohon_daun(df)
    out = {"daun": jumlah()}
    for c in kolom:
        if c in df:
            out[f"{c}_daun"] = jumlah(pd.to_numeric(df[c]).to_numpy(dtype=float, na_value=np.nan))
            out[f"{c}_daun_bulat"] = jumlah(_pembulatan(df[c], 1.0 if pd.isna(skala) else skala,
                                                        desimal=_desimal_pagu(df, c)))
    return df.assign(**out)


def _bantu(df: pd.DataFrame, *kolom: str) -> list[str]:
    """The columns ``df`` carries for ``_compare`` beside the money columns ``kolom`` (their cells'
    decimals, their leaf rows' sum and rounding: ``_dengan_desimal_pagu``, ``_dengan_daun``) and ``daun``."""
    return _existing(df, "daun", *(f"{c}{x}" for c in kolom for x in ("_desimal", "_daun", "_daun_bulat")))


def _jendela_induk(df: pd.DataFrame, kolom: str, k: np.ndarray, v: pd.Series, kali: float,
                   sendiri: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How far each row ``k`` of ``df`` (its figures ``v`` as read, times ``kali`` to the rupiah of the
    reading asked; ``sendiri`` its own rounding there, in rupiah) may lie from its exact value, and
    whether more than that own rounding: a parent with n (two or more) leaf rows written as their sum as
    written in that same table (within its own rounding: ``<kolom>_daun``, ``_dengan_daun``) may drift by
    the rounding of each of them, n x half a unit of their last digit, plus what it differs from their sum
    (REV-AI AI1). Any other row, a parent not so written (``48`` over ``16``, ``20``, ``10``: REV-AK AK1),
    its own rounding alone.

    >>> df = _dengan_daun(pd.DataFrame({"level": ["kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                                 "pagu_rp": [46.0, 16.0, 20.0, 10.0]}), ["pagu_rp"])
    >>> w, induk = _jendela_induk(df, "pagu_rp", np.array([0, 1]), df["pagu_rp"].iloc[[0, 1]], 1e6,
    ...                           np.array([5e5, 5e5]))
    >>> w.tolist(), induk.tolist()
    ([1500000.0, 500000.0], [True, False])
    >>> df.loc[0, "pagu_rp"] = 48.0
    >>> _jendela_induk(df, "pagu_rp", np.array([0]), df["pagu_rp"].iloc[[0]], 1e6, np.array([5e5]))[1].tolist()
    [False]
    """
    sendiri = np.asarray(sendiri, dtype=float)
    if f"{kolom}_daun" not in df:
        return sendiri, np.zeros(len(k), dtype=bool)
    p = v.to_numpy(dtype=float, na_value=np.nan) * kali
    jumlah = df[f"{kolom}_daun"].iloc[k].to_numpy(dtype=float, na_value=np.nan) * kali
    bulat = df[f"{kolom}_daun_bulat"].iloc[k].to_numpy(dtype=float, na_value=np.nan) * kali
    selisih = np.abs(p - jumlah)
    with np.errstate(invalid="ignore"):
        induk = (_daun(df, k) >= 2) & (selisih <= sendiri + 1e-9 * np.maximum(1.0, np.abs(p)))
    return np.where(induk, np.maximum(sendiri, selisih + bulat), sendiri), induk


#: The end of a difference between two tables that, under a second reading of a table of unknown scale, is
#: within the rounding of a cell cut short or of a parent summed from rounded rows (``_compare``: a
#: peringatan, not a kritis; REV-AG AG4, REV-AI AI1), with both explanations (``_bulat_jumlah``).
_BULAT_JUMLAH = ("; dalam bacaan skala lainnya selisihnya masih dalam batas pembulatan angka yang tertulis, "
                 "sehingga dapat berasal dari cara pembulatannya (angka yang dipotong pada digit terakhirnya: kurang "
                 "dari satu satuan digit itu; atau angka induk yang ditulis sebagai jumlah angka rinciannya yang "
                 "masing-masing sudah dibulatkan: setengah satuan untuk setiap rincian); periksa dengan dokumen aslinya")
#: Its two explanations (``_bulat_jumlah``).
_SEBAB_POTONG = "angka yang dipotong pada digit terakhirnya: kurang dari satu satuan digit itu"
_SEBAB_INDUK = ("angka induk yang ditulis sebagai jumlah angka rinciannya yang masing-masing sudah dibulatkan: "
                "setengah satuan untuk setiap rincian")


def _bulat_jumlah(potong: bool, induk: bool) -> str:
    """``_BULAT_JUMLAH`` naming only the explanation that fits: a figure cut to its last digit (below the
    other table's), a parent written as the sum of its rounded rows, or both (REV-AK AK1: a figure above
    the other's is no cut).

    >>> _bulat_jumlah(True, True) == _BULAT_JUMLAH
    True
    >>> _bulat_jumlah(False, True)[-101:]
    'masing-masing sudah dibulatkan: setengah satuan untuk setiap rincian); periksa dengan dokumen aslinya'
    >>> "induk" in _bulat_jumlah(True, False)
    False
    """
    if potong and induk:
        return _BULAT_JUMLAH
    return ("; dalam bacaan skala lainnya selisihnya masih dalam batas pembulatan angka yang tertulis, sehingga "
            f"dapat berasal dari cara pembulatannya ({_SEBAB_POTONG if potong else _SEBAB_INDUK}); periksa dengan "
            "dokumen aslinya")


#: The end of a difference between two tables, one of known scale in thousands (millions), within the rounding
#: of a parent written as the sum of its n rounded rows, n x half a unit (``_compare``: a peringatan; REV-AI AI1k).
_BULAT_INDUK = ("; selisihnya masih dalam batas pembulatan angka induk yang ditulis sebagai jumlah angka rinciannya "
                "yang masing-masing sudah dibulatkan (setengah satuan angka terakhir untuk setiap rincian); periksa "
                "dengan dokumen aslinya")


def _pembulatan(v: pd.Series, skala: float, dibaca: float | None = None,
                desimal: np.ndarray | None = None) -> np.ndarray:
    """How far each figure of a table written in units of ``skala`` rupiah may be from its exact value, in
    rupiah: half a unit of its last written digit (a cell written with d decimals is rounded to
    0,5 x 10^-d x ``skala``; ``_compare``'s second reading of a table of unknown scale, REV-AE AE4).
    ``v`` as read (in rupiah: divided by ``skala`` to the figure as written), or as written with
    ``dibaca`` 1. ``desimal``: the decimals each cell is written with (``_desimal_pagu``: ``20.60`` two,
    -1 where not known), else the float's (``_setengah_digit``: ``20.60`` would count as ``20,6``, the wider
    bound; REV-AI AI7).

    >>> _pembulatan(pd.Series([21.0, 20.6, 5551.085325]), 1e6, 1.0).tolist()
    [500000.0, 50000.0, 0.5]
    >>> _pembulatan(pd.Series([21.0, 20.6, 20.6]), 1e6, 1.0, np.array([2, 2, -1])).tolist()
    [5000.0, 5000.0, 50000.0]
    >>> _pembulatan(pd.Series([20999400.0, 20000000.0]), 1000.0).tolist()
    [50.0, 500.0]
    """
    x = v.to_numpy(dtype=float, na_value=np.nan) / (skala if dibaca is None else dibaca)
    return _setengah_digit(x, desimal)[0] * skala


def _desimal_pagu(df: pd.DataFrame, kolom: str, k: np.ndarray | None = None) -> np.ndarray | None:
    """The decimals each cell of ``kolom`` (rows ``k``, all without) is written with (column
    ``<kolom>_desimal``, ``_dengan_desimal_pagu``; -1 where not known), None without that column.

    >>> df = pd.DataFrame({"pagu_rp": [20.6, 16.0], "pagu_rp_desimal": [2, -1]})
    >>> _desimal_pagu(df, "pagu_rp", np.array([1, 0])).tolist(), _desimal_pagu(df, "x")
    ([-1, 2], None)
    """
    nama = f"{kolom}_desimal"
    if nama not in df:
        return None
    d = pd.to_numeric(df[nama]).fillna(-1).to_numpy(dtype=np.intp)
    return d if k is None else d[k]


def _dengan_desimal_pagu(df: pd.DataFrame, desimal, kolom, skala: float = 1.0, utuh_juga: bool = False
                         ) -> pd.DataFrame:
    """``df`` (Tabel 3.2 or 3.3) with ``<kolom>_desimal`` for each money column of ``kolom`` it has: the
    decimals its cell is written with (``desimal``: ``baris_sumber``, ``desimal``, ``nilai``, or the cells as
    written whose ``desimal()`` gives them, ``tables.evaluation.sel_blok``), taken from a cell of the row's line whose written digits make the row's value as written
    (``df``'s divided by ``skala``, 1 where unknown); the fewest where two such cells differ; -1 where none
    does (the float's decimals then count, ``_pembulatan``). Unchanged without ``desimal``. A cell ``20.60``
    in millions is precise to Rp10.000, its float 20,6 only to Rp100.000 (REV-AI AI7).

    >>> df = pd.DataFrame({"baris_sumber": [7, 8, 9], "pagu_rp": [20.6, 1250.0, 16.0]})
    >>> d = pd.DataFrame({"baris_sumber": [7, 7, 8], "desimal": [2, 3, 3], "nilai": [20.6, 20.6, 1.25]})
    >>> _dengan_desimal_pagu(df, d, ["pagu_rp", "x_rp"])["pagu_rp_desimal"].tolist()
    [2, -1, -1]

    ``utuh_juga`` (Tabel 3.2's sums): a cell written with no decimal separator (digits alone, or in groups of
    three with one thousands separator: ``desimal_tertulis``'s ``utuh_juga``) that makes the row's value counts
    as written whole: a cell ``0``, ``500`` or ``17.492`` read as 17492 (REV-BA BA1: a whole ``17.492`` left
    unknown gave an untrue "two readings" peringatan); where a whole cell and one with decimals on the line both
    make the value (``470`` and another column's ``470.00``), the fewest, as for any two (REV-BB BB2).

    >>> from renja_analysis.tables.evaluation import SelTertulis
    >>> sel = SelTertulis(pa.array(["0", "<b>500</b>", "1,250.0", "17.492", "2,837,318", "1.5,000"]),
    ...                   np.array([7, 8, 9, 10, 11, 12]))
    >>> df = pd.DataFrame({"baris_sumber": [7, 8, 9, 10, 11, 12], "x": [0.0, 500.0, 1250.0, 17492.0, 2837318.0, 1.5]})
    >>> _dengan_desimal_pagu(df, sel, ["x"], utuh_juga=True)["x_desimal"].tolist()
    [0, 0, 1, 0, 0, -1]
    >>> _dengan_desimal_pagu(df.assign(x=[0.0, 500.0, 1250.0, 17.492, 2837318.0, 1.5]), sel, ["x"],
    ...                      utuh_juga=True)["x_desimal"].tolist()
    [0, 0, 1, 3, 0, -1]
    """
    if desimal is not None and not isinstance(desimal, pd.DataFrame):   # the cells as written (``SelTertulis``)
        desimal = desimal.desimal(utuh_juga)
    if desimal is None or not len(desimal) or "baris_sumber" not in df:
        return df
    sel = pd.DataFrame({"b": pd.to_numeric(desimal["baris_sumber"]).to_numpy(dtype=float, na_value=np.nan),
                        "nilai": pd.to_numeric(desimal["nilai"]).to_numpy(dtype=float, na_value=np.nan),
                        "d": pd.to_numeric(desimal["desimal"]).to_numpy(dtype=float, na_value=np.nan),
                        # a whole reading counts like any other: where a whole cell and one with decimals both
                        # make the value (``470`` and ``470.00`` on one line), the fewest (REV-BB BB2: the other
                        # column's ``470.00`` made a ``470`` precise to 0,01, an untrue kritis)
                        "utuh": (desimal["utuh"].to_numpy(dtype=bool) if "utuh" in desimal
                                 else np.zeros(len(desimal), dtype=bool))})
    baris = pd.to_numeric(df["baris_sumber"]).to_numpy(dtype=float, na_value=np.nan)
    s = 1.0 if pd.isna(skala) else float(skala)
    out = {}
    for c in kolom:
        if c not in df:
            continue
        v = pd.to_numeric(df[c]).to_numpy(dtype=float, na_value=np.nan) / s
        # each row against the cells of its line (a few a line), by value
        m = pd.DataFrame({"i": np.arange(len(df)), "b": baris, "v": v}).dropna().merge(sel, on="b")
        vv = m["v"].to_numpy(dtype=float)
        m = m[np.abs(m["nilai"].to_numpy(dtype=float) - vv) <= 1e-9 * np.maximum(1.0, np.abs(vv))]
        d = np.full(len(df), -1, dtype=np.intp)
        if len(m):
            g = m.groupby("i")["d"].min()
            d[g.index.to_numpy(dtype=np.intp)] = g.to_numpy(dtype=np.intp)
        out[f"{c}_desimal"] = d
    return df.assign(**out)


def _ditulis(v, skala: float = 1.0, desimal: int | None = None) -> str:
    """A figure as written in units of ``skala`` (``v`` as read, in rupiah), exact, never rounded;
    ``desimal``: a figure computed from written ones (a sum, a difference) to the most decimals they
    are written with (a float's noise is no digit of the document's).

    >>> _ditulis(82126000.0, 1000.0), _ditulis(5551085325.0, 1000.0), _ditulis(-3500.0, 1000.0), _ditulis(52.5)
    ('82.126', '5.551.085,325', '-3,5', '52,5')
    >>> _ditulis(3307.6000000000004, desimal=2), _ditulis(10.010000000000218, desimal=2)
    ('3.307,6', '10,01')
    """
    # the float's shortest decimal form shifted: exact, whatever its decimals
    d = abs(Decimal(repr(float(v)))) / Decimal(repr(float(skala)))
    if desimal is not None:
        d = d.quantize(Decimal(1).scaleb(-desimal))
    bulat, _, pecahan = format(d.normalize(), "f").partition(".")
    return ("-" if v < 0 else "") + format_angka(int(bulat)) + ("," + pecahan if pecahan else "")


def _tertulis_dua(v, skala_lain: float) -> str:
    """A figure of a table of unknown scale, one of two (``_skala_lain``): as written, then read as rupiah
    and in units of ``skala_lain`` rupiah (a difference found under both, ``_compare``).

    >>> _tertulis_dua(52500.0, 1000.0)
    '52.500 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp52.500, dalam ribuan rupiah Rp52.500.000; keduanya berbeda)'
    >>> _tertulis_dua(52.5, 1e6)
    '52,5 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp52,5, dalam jutaan rupiah Rp52.500.000; keduanya berbeda)'
    """
    satuan = "ribuan" if skala_lain == 1000 else "jutaan"
    rupiah = ("-" if v < 0 else "") + "Rp" + _ditulis(abs(v))     # as written, exact (``Rp52,5``)
    return (f"{_ditulis(v)} (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah {rupiah}, "
            f"dalam {satuan} rupiah {format_rupiah(v * skala_lain)}; keduanya berbeda)")


def _tertulis(v, skala: float) -> str:
    """A rupiah figure of a table written in units of ``skala`` rupiah, as written and as read.

    The figure as written is exact, never rounded (a cell written ``5.551.085,325`` is quoted so).

    >>> _tertulis(82126000.0, 1000.0), _tertulis(82123600.0, 1.0)
    ('82.126 ribu rupiah (Rp82.126.000)', 'Rp82.123.600')
    >>> _tertulis(5551085325.0, 1000.0), _tertulis(-3500.0, 1000.0)
    ('5.551.085,325 ribu rupiah (Rp5.551.085.325)', '-3,5 ribu rupiah (-Rp3.500)')
    """
    if skala != 1000 or pd.isna(v):       # only thousands are read from another scale (``skala_32``, ``skala_33``)
        return format_rupiah(v)
    return f"{_ditulis(v, skala)} ribu rupiah ({format_rupiah(v)})"


def _tahun(tahun: int | None) -> str:
    """`` 2025`` for a message naming the document's year, empty when it is not known."""
    return f" {tahun}" if tahun else ""


def _realisasi_tw(triwulan: int | None) -> str:
    """The realisation a message names: ``Realisasi TW III``, or ``Realisasi s.d. triwulan``."""
    return f"Realisasi TW {ROMAWI[triwulan]}" if triwulan in ROMAWI else "Realisasi s.d. triwulan"


#: The money columns of Tabel 3.3 ``antar_tabel_tidak_cocok`` compares with Tabel 2.2's and 3.2's.
_PAGU_DIBANDING_33 = ("pagu_apbd_rp", "pagu_rkpd_rp", "pagu_rkpd_perubahan_rp")


def antar_tabel_tidak_cocok(evaluasi: pd.DataFrame, tabel21: pd.DataFrame, review: pd.DataFrame,
                            rencana: pd.DataFrame, murni: bool = False, tahun: int | None = None,
                            triwulan: int | None = None, skala_32: float = 1.0, skala_33: float = 1.0,
                            rasio_33: float = np.nan, skala_lain_33: float = np.nan,
                            skala_lain_32: float = np.nan, sel_33=None, sel_32=None) -> pd.DataFrame:
    """The same (name-matched) row says different things in different tables.

    - Tabel 2.2 vs Tabel 2.1: the year's target and the quarter's realisation (``kritis`` for
      realisation: it changes the capaian);
    - Tabel 2.2 vs 3.3: pagu APBD and target before revision (matched by code; a code 3.3
      writes on two rows identifies neither, and its rows are not compared);
    - 3.2 (hasil analisis) vs 3.3: P-APBD pagu and target after revision; a 3.3 row with
      rupiah that no 3.2 row pairs with, where others do, is reported (``tanpa_pasangan``, info).

    ``murni``: a Renja murni, whose section 3 plans the next year (one target, one pagu
    indikatif in 3.3): Tabel 2.2 (the running year) is not compared with it; 3.2's hasil
    analisis is compared with 3.3's pagu indikatif and target.

    ``tahun``, ``triwulan``: the document's year and evaluation quarter (``keys.tahun_triwulan``),
    named in the messages ("Target 2025", "Realisasi TW III"); unknown, they are not named.

    ``skala_32``: rupiah a unit of Tabel 3.2 (1000 for a 3.2 in thousands, its values already
    multiplied): 3.2's pagu is compared within ``TOLERANSI_RP`` units of that scale, and with 3.3's
    only where 3.3's APBD pagu is about Tabel 2.2's (``_rasio_33``, ``_sebanding``: 3.3 in rupiah);
    otherwise 3.3 may be in thousands too and an info (``satuan_tidak_wajar``) says 3.2's and 3.3's
    pagu are not compared. NaN: 3.2's header says thousands but its scale is unknown (``skala_pasti``):
    its pagu is not compared with 3.3's (``satuan_tidak_wajar`` says so), its target is.

    ``skala_33``: rupiah a unit of Tabel 3.3 (``skala_33``: 1000 for a 3.3 in thousands, its values
    already multiplied, compared within ``TOLERANSI_RP`` units and quoted as written and as read);
    NaN where its scale is unknown: its pagu is compared with neither 2.2's nor 3.2's (``satuan_tidak_wajar``
    says so), unless ``skala_lain_33`` names its second possible reading. ``rasio_33``: the median ratio of
    3.3's pagu to 2.2's as written (``_rasio_33``), taken instead of the one computed here (which a Renja
    murni, whose 2.2 is not compared with 3.3, does not have).

    ``skala_lain_33``: a 3.3 of unknown scale read as written whose header names no thousands and whose pagu
    is about 0,001 or 0,000001 of 2.2's or (a murni) 3.2's (``_dua_skala_33``): its scale is one of two, 1 or
    this (1000, 1000000); its pagu is compared under both readings and a row that differs under both is
    reported (kritis, as any pagu difference: it holds whichever the scale; ``_compare``, REV-AD AD8).

    ``skala_lain_32``: the same for a Tabel 3.2 of unknown scale (``skala_32`` NaN) read as written whose header
    names no thousands and whose pagu is about 0,001 or 0,000001 of 2.2's or (a murni) of its 3.3's
    (``_dua_skala_32``): its pagu compared with 3.3's under both its readings, a row differing under both
    reported (kritis); with a 3.3 of unknown scale one of two too (``skala_lain_33``), under the four readings;
    with a 3.3 of unknown scale otherwise, not compared.

    ``sel_33``, ``sel_32``: the cells of Tabel 3.3 and 3.2 as written (``tables.evaluation.sel_blok``, or
    their ``desimal`` frame): where a table's pagu is compared in thousands or millions (of known scale or
    one of two), each cell is rounded to half a unit of its last written digit (``20.60``: two decimals,
    REV-AI AI7; ``_dengan_desimal_pagu``), else of its float's.
    """
    records = []
    # only the columns compared and named are indexed below (the tables are wide)
    ev = evaluasi[_existing(evaluasi, "urutan", "baris_sumber", "nama", "target_k", "realisasi_k")].set_index("urutan")
    t21 = tabel21.dropna(subset=["urutan_evaluasi"])
    matched = ev.loc[t21["urutan_evaluasi"].to_numpy()]
    for col, label, tingkat in (("target_k", f"Target{_tahun(tahun)}", "peringatan"),
                                ("realisasi_k", _realisasi_tw(triwulan), "kritis")):
        e = matched[col].to_numpy()
        t = t21[col].to_numpy()
        bad = np.flatnonzero(_differs(e, t, 1e-9))
        records += [_rec(
            "antar_tabel_tidak_cocok", tingkat, f"{_TABEL_22} vs {_TABEL_21}", baris, nama, col, e[k], t[k],
            f"{label} di {_TABEL_22} tertulis {format_angka(e[k], None)}, di {_TABEL_21} "
            f"{format_angka(t[k], None)}; dokumen harus memakai satu angka.",
            pembanding=pembanding)
            for k, baris, nama, pembanding in zip(bad.tolist(), *_cols(matched.iloc[bad], "baris_sumber", "nama"),
                                                  *_cols(t21.iloc[bad], "baris_sumber"))]
    both_all, coded_all = _pasangan_kode(evaluasi, rencana)
    # a murni: another year, 2.2 not compared with 3.3 (its pairs only tell 3.3's scale)
    both, coded = (both_all.iloc[:0], coded_all.iloc[:0]) if murni else (both_all, coded_all)
    pasti_33 = bool(pd.notna(skala_33))
    lain_33 = np.nan if pasti_33 else skala_lain_33
    ratio33 = rasio_33 if pd.notna(rasio_33) else _rasio_33(both_all, coded_all, murni)
    # 3.3 read as written (its header says no thousands we know) whose APBD pagu is about 1/1000 of 2.2's (``_seperseribu``):
    # its scale is unknown whatever the header says, one of two; its pagu compared under both readings (said once)
    beda_33 = bool(pasti_33 and skala_33 == 1 and _seperseribu(ratio33))
    if beda_33:
        pasti_33, lain_33 = False, _skala_lain(ratio33)
        lawan = [_TABEL_22] * (not murni) + [_REVIEW] * bool((pd.notna(skala_32) or pd.notna(skala_lain_32))
                                                             and len(review))
        records.append(_rata_33(rencana["baris_sumber"].min() if len(rencana) else None, ratio33, murni,
                                lain=lain_33, lawan=lawan))
    dua_33 = bool(pd.notna(lain_33))      # 3.3's scale one of two: its pagu compared under both
    if dua_33 or (pasti_33 and skala_33 != 1):
        # 3.3's pagu compared in thousands or millions (``_compare``): each cell's decimals as written, and
        # the leaf rows under each parent, their sum and rounding as written (REV-AI AI7, REV-AK AK1)
        rencana = _dengan_daun(_dengan_desimal_pagu(rencana, sel_33, _PAGU_DIBANDING_33, skala_33),
                               _PAGU_DIBANDING_33, skala_33)
        both_all, coded_all = _pasangan_kode(evaluasi, rencana)
        both, coded = (both_all.iloc[:0], coded_all.iloc[:0]) if murni else (both_all, coded_all)
    records += _compare(both, coded,
                        f"{_TABEL_22} vs {_RENCANA}", _TABEL_22,
                        _RENCANA, [("pagu_rp", "pagu_apbd_rp", f"Pagu APBD{_tahun(tahun)}", "kritis")]
                        * (pasti_33 or dua_33)
                        + [("target_k", "target_sebelum", f"Target{_tahun(tahun)}", "peringatan")],
                        kode=both["kode"], toleransi=TOLERANSI_RP * (skala_33 if pasti_33 else 1.0),
                        skala_b=skala_33 if pasti_33 else 1.0, skala_lain=lain_33)
    rv = review.loc[teks_di(review["sisi"], ("hasil_analisis",))]
    if (pd.notna(skala_32) and skala_32 != 1) or pd.notna(skala_lain_32):
        # 3.2's pagu may be compared in thousands (millions): as 3.3's above
        rv = _dengan_daun(_dengan_desimal_pagu(rv.reset_index(drop=True), sel_32, ["pagu_rp"], skala_32),
                          ["pagu_rp"], skala_32)
    rv = rv[_existing(rv, "nama", "level", "baris_sumber", "pagu_rp", "target_k") + _bantu(rv, "pagu_rp")
            ].reset_index(drop=True)
    rc = rencana[_existing(rencana, "nama", "level", "kode", "baris_sumber", "pagu_rkpd_rp", "pagu_apbd_rp",
                           "target_sebelum", "pagu_rkpd_perubahan_rp", "target_sesudah")
                 + _bantu(rencana, *_PAGU_DIBANDING_33)].dropna(subset=["nama"]).reset_index(drop=True)
    if len(rv) and len(rc):
        pairs = align(rv["nama"].fillna("").tolist(), rc["nama"].tolist(),
                      _teks_kategori(rv["level"]).tolist(), _teks_kategori(rc["level"]).tolist())
        ia = [i for i, _, _ in pairs]
        ja = [j for _, j, _ in pairs]
        checks = ([("pagu_rp", "pagu_rkpd_rp", "Pagu indikatif", "kritis"),
                   ("target_k", "target_sebelum", "Target", "peringatan")] if murni else
                  [("pagu_rp", "pagu_rkpd_perubahan_rp", "Pagu P-APBD", "kritis"),
                   ("target_k", "target_sesudah", "Target setelah perubahan", "peringatan")])
        # 3.2 of unknown scale, one of two (``_dua_skala_32``), against a 3.3 of known scale: compared under both
        dua_32 = bool(pd.isna(skala_32) and pd.notna(skala_lain_32) and (pasti_33 or dua_33))
        if (pd.isna(skala_32) and not dua_32) or not (pasti_33 or dua_33):
            # 3.2's or 3.3's scale is unknown (and not one of two against a known other): their pagu are
            # not compared (``satuan_tidak_wajar`` says so, once per table), their targets are
            checks = checks[1:]
        elif pd.notna(skala_32) and skala_32 != 1 and skala_33 == 1 and pasti_33:
            # 3.2 is read x1000 (its values in thousands); a 3.3 whose header does not say thousands is
            # compared with it only where it is shown to be in rupiah (its APBD pagu about Tabel 2.2's):
            # a 3.3 in thousands under a rupiah header, or of unknown scale, is not blamed for a scale
            # it may share with 3.2's header
            if not _sebanding(ratio33):
                checks = checks[1:]
                records.append(_rec(
                    "satuan_tidak_wajar", "info", _RENCANA, rc["baris_sumber"].min(), None, "pagu_rkpd_perubahan_rp",
                    skala_32, ratio33,
                    f"{_REVIEW} dibaca dalam ribuan rupiah (dikali {format_angka(skala_32, 0)}), tetapi skala "
                    f"pagu {_RENCANA} tidak dapat dipastikan dalam rupiah ("
                    + (f"median rasio pagu {'indikatifnya' if murni else 'APBD-nya'} terhadap pagu {_TABEL_22} "
                       f"{_teks_rasio(ratio33)}"
                       if pd.notna(ratio33) else f"tidak ada baris berkode yang berpasangan dengan {_TABEL_22}")
                    + f"); pagu P-APBD {_REVIEW} dan {_RENCANA} tidak dibandingkan, hanya targetnya."))
        s32 = 1.0 if pd.isna(skala_32) else skala_32
        s33 = skala_33 if pasti_33 else 1.0
        records += _compare(rv.iloc[ia], rc.iloc[ja], f"{_REVIEW} vs {_RENCANA}", _REVIEW, _RENCANA, checks,
                            toleransi=TOLERANSI_RP * max(s32, s33), skala_a=s32, skala_b=s33, skala_lain=lain_33,
                            skala_lain_a=skala_lain_32 if dua_32 else np.nan)
        if pairs:
            records += _tanpa_review(rc, ja, checks)
    return _frame(records)


def _rata_33(baris, rasio: float, murni: bool, rasio_review: float = np.nan, lain: float = np.nan,
             lawan: list | None = None) -> dict:
    """The info on a Tabel 3.3 read as written (its header naming no thousands) whose pagu is not
    about Tabel 2.2's (``rasio``, the median ratio as written): its scale unknown (``skala_33`` NaN).
    ``rasio_review``: a Renja murni's median ratio to Tabel 3.2's pagu (``_rasio_review_33``), where that,
    about 0,001, and not the ratio to 2.2 (a next year's budget that grew, or none), left the scale unknown.
    ``lain``: its second reading (``_skala_lain``: 1000, 1000000), under which and as written its pagu is
    compared with the tables ``lawan`` (``antar_tabel_tidak_cocok``: a row differing under both reported);
    NaN, or no table: its pagu compared with none. The ratio named with its magnitude (``seperseribu``,
    ``sepersejuta``) and two significant digits at least (``_teks_rasio``; REV-AD AD5).

    >>> print(_rata_33(5, np.nan, True, 1.1e-6, 1e6, [_REVIEW])["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Skala pagu Tabel 3.3 (Rencana Perubahan) tidak dapat dipastikan dalam rupiah: median rasio pagu indikatifnya
    terhadap pagu Tabel 3.2 (Review P-RKPD) (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0000011,
    sekitar sepersejuta, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana tertulis, dan
    pagunya dibandingkan dengan Tabel 3.2 (Review P-RKPD) dalam rupiah maupun dalam jutaan rupiah: hanya baris yang
    berbeda dalam kedua bacaan itu yang dilaporkan.
    """
    review = bool(pd.notna(rasio_review))
    r = rasio_review if review else rasio
    terhadap = (f"pagu {_REVIEW} (rencana tahun yang sama, baris yang berpasangan menurut nama)" if review
                else f"pagu {_TABEL_22}")
    besar = {1000.0: "sekitar seperseribu", 1e6: "sekitar sepersejuta"}.get(_skala_lain(r), "bukan sekitar 1")
    lawan = ([_REVIEW] if murni else [_TABEL_22, _REVIEW]) if lawan is None else lawan
    if pd.notna(lain) and lawan:
        akhir = (f"pagunya dibandingkan dengan {' dan '.join(lawan)} dalam rupiah maupun dalam "
                 f"{'ribuan' if lain == 1000 else 'jutaan'} rupiah: hanya baris yang berbeda dalam kedua bacaan itu "
                 "yang dilaporkan.")
    else:
        akhir = f"pagunya tidak dibandingkan dengan {' maupun '.join(lawan) or 'tabel lain'}, hanya targetnya."
    return _rec(
        "satuan_tidak_wajar", "info", _RENCANA, baris, None, "pagu_rkpd_rp" if murni else "pagu_apbd_rp", np.nan,
        r, f"Skala pagu {_RENCANA} tidak dapat dipastikan dalam rupiah: median rasio pagu "
        f"{'indikatifnya' if murni else 'setelah perubahannya' if review else 'APBD-nya'} terhadap {terhadap} "
        f"{_teks_rasio(r)}, {besar}, dan judul "
        f"kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana tertulis, dan {akhir}")


def _dua_skala_33(header_rencana: list | None, skala_33: float, rasio_33: float, review: pd.DataFrame | None,
                  rencana: pd.DataFrame | None, murni: bool = False) -> tuple[float, float]:
    """The second reading of a Tabel 3.3 of unknown scale (``skala_33`` NaN) whose header names no thousands:
    its pagu about 0,001 or 0,000001 of 2.2's (``rasio_33``) or, a Renja murni's, of its 3.2's (``review``
    as read, ``_rasio_review_33``), so its scale is one of two, as written or that (``_skala_lain``).
    Returns ``(lain, rasio_review)``: ``lain`` 1000 or 1000000 (NaN: scale known, a header saying
    thousands, or no such ratio), ``rasio_review`` the ratio to 3.2 where it, not 2.2's, tells ``lain`` (a
    Renja Perubahan's: where 2.2 gives no ratio, its pagu after the change to 3.2's P-APBD pagu, the same
    year's; REV-AG AG7).

    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"], "nama": ["Program A"], "level": ["program"],
    ...                    "pagu_rp": [90000000.0]})
    >>> rc = pd.DataFrame({"nama": ["Program A"], "level": ["program"], "pagu_rkpd_rp": [90000.0],
    ...                    "baris_sumber": [40]})
    >>> _dua_skala_33(["PAGU INDIKATIF"], np.nan, 0.006, rv, rc, True)
    (1000.0, 0.001)
    >>> _dua_skala_33(["PAGU INDIKATIF"], np.nan, 1.2e-6, rv, rc, False), _dua_skala_33(["PAGU (Rp.000)"], np.nan, 0.04, rv, rc)
    ((1000000.0, nan), (nan, nan))
    """
    if pd.notna(skala_33) or header_ribuan(header_rencana) or rencana is None or not len(rencana):
        return np.nan, np.nan
    if _seperseribu(rasio_33):
        return _skala_lain(rasio_33), np.nan
    rasio_review = _rasio_review_33(review, rencana, murni=murni) if murni or pd.isna(rasio_33) else np.nan
    return (_skala_lain(rasio_review), rasio_review) if _seperseribu(rasio_review) else (np.nan, np.nan)


def _rasio_33(evaluasi: pd.DataFrame, rencana: pd.DataFrame, murni: bool = False) -> float:
    """The median ratio of Tabel 3.3's APBD pagu (a Renja murni's: its one pagu indikatif,
    ``pagu_rkpd_rp``, of the next year) to Tabel 2.2's over rows paired by code (``evaluasi`` and
    ``rencana`` aligned row by row, ``_pasangan_kode``), 2.2's pagu above 0; NaN when none.

    >>> ev = pd.DataFrame({"pagu_rp": [6600000.0, 0.0, 125000000.0]})
    >>> rc = pd.DataFrame({"pagu_apbd_rp": [6600.0, 5.0, 125000.0]})
    >>> _rasio_33(ev, rc), _rasio_33(ev.iloc[:0], rc.iloc[:0])
    (0.001, nan)
    """
    kolom = "pagu_rkpd_rp" if murni else "pagu_apbd_rp"
    if not len(evaluasi) or "pagu_rp" not in evaluasi or kolom not in rencana:
        return np.nan
    return _median_rasio(rencana[kolom], evaluasi["pagu_rp"])


def _pasangan_kode(evaluasi: pd.DataFrame, rencana: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Tabel 2.2's rows and Tabel 3.3's paired by code, aligned row by row: ``(evaluasi rows,
    rencana rows indexed by kode)``. A code 3.3 writes on two rows (placeholders "2.17.01.2.XX" of
    two kegiatan) names no one row: its 2.2 rows are not paired (each of its rows paired in turn
    would pair every later row of 2.2 with the 3.3 row above its own, and blame numbers that agree).

    >>> ev = pd.DataFrame({"kode": ["1.01", "1.02", None], "pagu_rp": [5.0, 6.0, 7.0]})
    >>> rc = pd.DataFrame({"kode": ["1.02", "1.01", "1.03", "1.03"], "pagu_apbd_rp": [60.0, 50.0, 1.0, 2.0]})
    >>> a, b = _pasangan_kode(ev, rc)
    >>> a["pagu_rp"].tolist(), b["pagu_apbd_rp"].tolist()
    ([5.0, 6.0], [50.0, 60.0])
    """
    coded = rencana[_existing(rencana, "kode", "baris_sumber", "pagu_apbd_rp", "pagu_rkpd_rp", "target_sebelum")
                    + _bantu(rencana, "pagu_apbd_rp", "pagu_rkpd_rp")].dropna(subset=["kode"])
    coded = coded[~coded["kode"].duplicated(keep=False).to_numpy(dtype=bool)].set_index("kode")
    both = evaluasi[_existing(evaluasi, "kode", "baris_sumber", "nama", "level", "pagu_rp", "target_k")
                    ].dropna(subset=["kode"])
    both = both[_isin(both["kode"], coded.index)]
    return both, coded.iloc[coded.index.get_indexer(both["kode"])]


def _median_rasio(pembilang, penyebut) -> float:
    """The median of ``pembilang / penyebut`` (two pagu columns, row by row) over the rows where
    both are numbers and ``penyebut`` is above 0; NaN when there is none: how the scale of one
    table's pagu against another's is read (``rasio_skala_32``, ``_rasio_33``).

    >>> _median_rasio(pd.Series([5.0, 1.0, None, 30.0]), pd.Series([10.0, 0.0, 4.0, 20.0])), _median_rasio([], [])
    (1.0, nan)
    """
    a = pd.to_numeric(pd.Series(pembilang), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    b = pd.to_numeric(pd.Series(penyebut), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    ok = np.isfinite(a) & np.isfinite(b) & (b > 0)
    return float(np.median(a[ok] / b[ok])) if ok.any() else np.nan


def _tanpa_review(rc: pd.DataFrame, paired: list, checks) -> list[dict]:
    """``tanpa_pasangan`` (info) for each 3.3 row with rupiah (a pagu other than 0 in any pagu
    column) that no 3.2 row was paired with by name, where other rows were: its pagu and target
    were not compared with 3.2. A 3.3 row with no rupiah anywhere is a nomenclature line the
    review need not carry (the bundled document's 3.2 leaves out its two), and is not reported."""
    lone = np.ones(len(rc), dtype=bool)
    lone[paired] = False
    money = [c for c in ("pagu_rkpd_rp", "pagu_apbd_rp", "pagu_rkpd_perubahan_rp") if c in rc]
    if money:
        rp = rc[money].apply(pd.to_numeric, errors="coerce").fillna(0)
        lone &= rp.ne(0).any(axis=1).to_numpy(dtype=bool)
    else:
        lone[:] = False
    apa = " dan ".join(label.lower() if k else label for k, (_, _, label, _) in enumerate(checks))
    out = []
    for k in np.flatnonzero(lone).tolist():
        row = rc.iloc[k]
        kode = row["kode"] if "kode" in rc and pd.notna(row["kode"]) else None
        siapa = f"{_level(str(row['level'])).lower()} \u201c{row['nama']}\u201d" + (f", kode {kode}" if kode else "")
        out.append(_rec(
            "tanpa_pasangan", "info", _RENCANA, row["baris_sumber"], row["nama"], None, None, None,
            f"Baris {_RENCANA} ({siapa}) tidak dipasangkan dengan baris {_REVIEW} mana pun: tidak ada nama yang "
            f"cukup mirip pada tingkat yang sama. {apa} baris ini tidak dibandingkan dengan {_REVIEW}; periksa "
            "apakah baris itu memang tidak ada di sana atau namanya ditulis berbeda."))
    return out


# --- 4. keterangan that announces a budget change ------------------------------------------

#: What closes a keterangan's figure: the whole figure (no backing off a digit), not followed by a unit
#: of measure ("Rp 300 m2": an area, a slip for "300 m2", is no rupiah amount; "M" alone is miliar).
_UKURAN = (r"(?![\d.,])(?!\s*(?:[kc]?m[23\u00b2\u00b3]|km|cm|ha|hektar\w*|kg|ton|meter\w*|liter|ltr)(?!\w))")
#: The word after a figure (``_KALI``).
_KATA = r"(?:\s*(?P<{}>ribu|rb|juta|jt|miliar|milyar|m|triliun)\b)?"
#: A change a keterangan announces: a direction word, then its amount. "Kurang" names a shortfall, not
#: a cut, where it is a payment's or a transfer's ("kurang bayar", "kurang salur", "kurang setor") or
#: what remains ("sisa kurang"); "tambahan penghasilan" is an allowance (TPP), not an addition: no
#: direction then (the keterangan announces no change unless another word does).
POLA_PERUBAHAN = re.compile(
    r"(?i)\b(?P<arah>penambah\w*|(?:ber|di)?tambah(?!an\s+penghasilan)\w*|pengurang\w*|(?:ber|di)kurang\w*"
    r"|(?<!sisa\s)(?<!sisa\s\s)kurang(?!(?:nya)?\s*(?:pem)?(?:bayar|penyalur|salur|penyetor|setor))\w*)"
    r"\b[^0-9]*?rp\.?\s*"
    r"(?P<nilai>\d[\d.,]*)" + _UKURAN + _KATA.format("kali"))
#: A change written as its two ends: "dari Rp 10.000.000 menjadi Rp 12.000.000" (+2.000.000).
POLA_DARI_MENJADI = re.compile(
    r"(?i)\bdari\s+rp\.?\s*(?P<dari>\d[\d.,]*)" + _UKURAN + _KATA.format("kali_dari")
    + r"[^0-9]*?\bmenjadi\s+rp\.?\s*(?P<menjadi>\d[\d.,]*)" + _UKURAN + _KATA.format("kali_menjadi"))
#: The words of an amount written after its figure ("Rp 48 juta", "Rp 1,25 M": miliar, as the
#: report itself writes it).
_KALI = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9,
         "triliun": 1e12}


def _rupiah_kata(nilai: pd.Series, kali: pd.Series) -> pd.Series:
    """Amounts a keterangan writes (``nilai``: the figures, ``kali``: the word after each, or NA) in
    rupiah: ``48`` and ``juta`` are 48.000.000. A figure of a million or more is already in full
    rupiah ("Rp 1.000.000 M"): a word after it multiplies nothing (1.000.000 miliar, 10^15, is no
    change a Renja can announce; the figure is what is written), and is not taken as a multiplier.

    >>> _rupiah_kata(pd.Series(["48", "2.000.000,", "1,5", "1.000.000", "1.500"]),
    ...              pd.Series(["juta", None, "M", "M", "juta"])).tolist()
    [48000000.0, 2000000.0, 1500000000.0, 1000000.0, 1500000000.0]
    """
    angka = pd.to_numeric(nilai.str.rstrip(".,").map(
        lambda t: parse_number(t) if isinstance(t, str) else None, na_action="ignore")).astype("Float64")
    kata = kali.str.lower().map(_KALI, na_action="ignore").fillna(1.0).astype("Float64")
    return angka * kata.where(~(angka >= 1e6).fillna(False), 1.0)


def perubahan_dari_keterangan(keterangan: pd.Series) -> pd.Series:
    """The signed Rp change a keterangan announces (NA when it announces none).

    An amount may end in words ("Rp. 48 juta", "Rp 1,5 M"); a change written as its two ends
    ("dari Rp 10.000.000 menjadi Rp 12.000.000") is their difference. A keterangan naming several
    changes in one direction announces its first (a total followed by its parts, "Penambahan
    Rp 5.000.000 (SPPD Rp 3.000.000 dan ATK Rp 2.000.000)", or a total said twice); one naming
    changes in both directions announces their net ("penambahan Rp 50.000.000 ... dan
    pengurangan Rp 2.000.000": +48.000.000). ``keterangan_tidak_cocok`` also accepts the other
    reading (``_bacaan_keterangan``).

    Examples
    --------
    >>> perubahan_dari_keterangan(pd.Series(["Pengurang Rp.500.000,- SPPD",
    ...     "Penambahan anggaran Rp 2.491.950 dari SPPD", "Dilaksanakan ditribulan 3", None])).tolist()
    [-500000.0, 2491950.0, <NA>, <NA>]
    >>> perubahan_dari_keterangan(pd.Series(["Penambahan Rp. 48 juta untuk SPPD",
    ...     "Penambahan Rp 50.000.000 SPPD dan pengurangan Rp 2.000.000 ATK", "Pengurangan Rp 1,5 M",
    ...     "Penambahan Rp 5.000.000 (penambahan SPPD Rp 3.000.000 dan penambahan ATK Rp 2.000.000)"])).tolist()
    [48000000.0, 48000000.0, -1500000000.0, 5000000.0]
    >>> perubahan_dari_keterangan(pd.Series(["Penambahan pagu dari Rp 10.000.000 menjadi Rp 12.000.000",
    ...     "Berkurang Rp. 2.000.000 dan bertambah Rp. 500.000", "Pagu dari Rp 1,2 M menjadi Rp 900 juta"])).tolist()
    [2000000.0, -1500000.0, -300000000.0]
    """
    return _bacaan_keterangan(keterangan)[0]


def _bacaan_keterangan(keterangan: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Two readings of the change a keterangan announces: the main one
    (``perubahan_dari_keterangan``: the first change, or the net where the changes go both
    ways) and the other (the net where they go one way, parts listed without their total, unless
    the first is the sum of two or more others, a total followed by its parts; the first where
    they go both ways, a total followed by its parts); equal for a single change.

    >>> utama, lain = _bacaan_keterangan(pd.Series(["tambahan ATK Rp 1.000.000 dan tambahan BBM Rp 1.000.000",
    ...     "Penambahan Rp 5.000.000 (penambahan Rp 6.000.000 ATK dan pengurangan Rp 1.000.000 BBM)"]))
    >>> utama.tolist(), lain.tolist()
    ([1000000.0, 10000000.0], [2000000.0, 5000000.0])
    """
    text = keterangan.astype("string")
    # the pattern needs "rp" (in any case): only the texts that hold it are searched (one C pass
    # sets them apart; most keterangan announce nothing); the others match nothing
    maybe = text.str.contains("rp", case=False, regex=False).fillna(False).to_numpy(dtype=bool)
    searched = text[maybe].reset_index(drop=True)
    found = searched.str.extractall(POLA_PERUBAHAN)
    # "pengurangan" drops the k of "kurang"
    kurang = found["arah"].str.lower().str.contains("urang").fillna(False).astype(bool).to_numpy()
    signed = _rupiah_kata(found["nilai"], found["kali"]) * pd.array(np.where(kurang, -1.0, 1.0), dtype="Float64")
    # per text (min_count: a text whose only amount is unreadable stays NA): the first change,
    # the net, and whether the changes go both ways
    per = signed.groupby(level=0)
    first, net = per.first(), per.sum(min_count=1)
    dua_arah = pd.Series(kurang, index=found.index).groupby(level=0).nunique() > 1
    # one way: the net is the other reading, unless the first is the sum of two or more others (a
    # total followed by its parts: the net would count it twice; two equal amounts may be a total
    # and its one part, or two parts: both readings stay)
    total_lalu_rincian = (((first - (net - first)).abs() < 1) & (per.size() >= 3)).fillna(False)
    utama = first.where(~dua_arah, net)
    lain = net.where(~dua_arah & ~total_lalu_rincian, first)
    # a change written as its two ends is their difference, whatever else the text names
    ends = searched.str.extract(POLA_DARI_MENJADI).dropna(subset=["dari", "menjadi"])
    if len(ends):
        selisih = _rupiah_kata(ends["menjadi"], ends["kali_menjadi"]) - _rupiah_kata(ends["dari"], ends["kali_dari"])
        utama = utama.reindex(utama.index.union(selisih.index))
        utama.loc[selisih.index] = selisih
        lain = lain.reindex(utama.index)
        lain.loc[selisih.index] = selisih
    out = []
    for values in (utama, lain):
        column = pd.array(np.full(len(text), np.nan), dtype=_DTYPE["Float64"])
        column[np.flatnonzero(maybe)] = values.reindex(range(len(searched))).array
        out.append(pd.Series(column, index=text.index, name="perubahan_rp"))
    return out[0], out[1]


def keterangan_tidak_cocok(evaluasi: pd.DataFrame, pergeseran: pd.DataFrame,
                           toleransi: float = TOLERANSI_RP, terpotong: str | None = None,
                           skala_lain: float = np.nan) -> pd.DataFrame:
    """A keterangan announces a change ("Penambahan Rp 2.491.950 ...") that the pagu
    change APBD -> P-APBD does not show (``peringatan``); the ones that do match are
    reported as ``keterangan_cocok`` (``info``).

    ``terpotong``: why Tabel 3.2 is incomplete in the text (a ``dokumen_terpotong`` on it, a gap
    in its printed numbering), or None. A row with no 3.2 partner is then said not found in the
    part of 3.2 that was read, naming why: it may be in what is missing.

    ``skala_lain``: where Tabel 3.2's scale is unknown (``skala_pasti``; its ``pergeseran`` without a
    change, ``reallocation.tanpa_selisih``), the other scale its pagu as read may be in (1000 or
    1000000): the change is taken from the pagu under both readings, as written and times
    ``skala_lain`` (to its precision), and a keterangan that fits either is ``keterangan_cocok``,
    naming the reading; one that fits neither names both.

    >>> ev = pd.DataFrame({"baris_sumber": [5, 6], "nama": ["A", "B"],
    ...                    "keterangan": ["Penambahan Rp 48.000.000", "Penambahan Rp 1.000.000"]})
    >>> geser = pd.DataFrame({"baris_evaluasi": [5, 6], "pagu_apbd_rp": [80e6, 10e6], "pagu_papbd_rp": [128e3, 10e3],
    ...                       "selisih_rp": [np.nan, np.nan], "baris_review": [50, 60]})
    >>> for m in keterangan_tidak_cocok(ev, geser, skala_lain=1000.0)["pesan"]: print(m)  # doctest: +NORMALIZE_WHITESPACE
    Keterangan menyebut pagu bertambah Rp48.000.000; dari APBD ke P-APBD pagu memang bertambah Rp48.000.000 bila
    pagu Tabel 3.2 (Review P-RKPD) dibaca dalam ribuan rupiah (skalanya tidak dapat dipastikan; dalam ketelitian
    Rp1.000 angka Tabel 3.2 (Review P-RKPD)).
    Keterangan menyebut pagu bertambah Rp1.000.000, tetapi dari APBD ke P-APBD pagu berkurang Rp9.990.000 bila
    pagu Tabel 3.2 (Review P-RKPD) dibaca dalam rupiah, atau tidak berubah bila dibaca dalam ribuan rupiah
    (skalanya tidak dapat dipastikan); keterangan atau pagu perlu diperbaiki.

    Examples
    --------
    >>> ev = pd.DataFrame({"baris_sumber": [101], "nama": ["Sub"], "keterangan": ["Penambahan Rp 5.000.000"]})
    >>> geser = pd.DataFrame({"baris_evaluasi": [7], "selisih_rp": [0.0], "baris_review": [70]})
    >>> t = keterangan_tidak_cocok(ev, geser, terpotong="Tabel 3.2 berakhir di baris 80 tanpa baris jumlah penutup")
    >>> print(t["pesan"].iloc[0])  # doctest: +NORMALIZE_WHITESPACE
    Keterangan menyebut pagu bertambah Rp5.000.000, tetapi baris ini tidak ditemukan di bagian Review P-RKPD (3.2)
    yang terbaca untuk dibandingkan: Tabel 3.2 berakhir di baris 80 tanpa baris jumlah penutup, sehingga baris ini
    mungkin ada di bagian yang hilang. Periksa dengan dokumen aslinya.
    """
    announced, other_reading = _bacaan_keterangan(evaluasi["keterangan"])
    shift = pergeseran[["baris_evaluasi", "selisih_rp", "baris_review"]].dropna(subset=["baris_evaluasi"]
                                                                             ).set_index("baris_evaluasi")
    has = announced.notna().to_numpy(dtype=bool)
    rows = evaluasi.loc[has, ["baris_sumber", "nama"]]
    a = announced[has].reset_index(drop=True)
    lain = other_reading[has].reset_index(drop=True)
    actual = pd.to_numeric(rows["baris_sumber"].map(shift["selisih_rp"])).reset_index(drop=True).astype("Float64")
    other = rows["baris_sumber"].map(shift["baris_review"])
    if pd.notna(skala_lain):
        return _keterangan_dua_bacaan(rows, a, lain, other, pergeseran, skala_lain)
    x = actual.to_numpy(dtype=float, na_value=np.nan)
    tidak_ada = np.isnan(x)
    with np.errstate(invalid="ignore"):
        cocok = ~tidak_ada & (np.abs(x - a.to_numpy(dtype=float, na_value=np.nan)) <= toleransi)
        # the other reading of a keterangan naming several changes (``_bacaan_keterangan``) may be
        # the one the pagu shows: it is then the change announced
        cocok_lain = ~tidak_ada & ~cocok & (np.abs(x - lain.to_numpy(dtype=float, na_value=np.nan)) <= toleransi)
    a = a.where(~cocok_lain, lain)
    cocok = cocok | cocok_lain
    # the change announced and the pagu's, formatted once per distinct value (often equal)
    teks = _teks_per_nilai(pd.concat([a, actual], ignore_index=True), format_perubahan)
    ubah_a, ubah_actual = teks[:len(a)], teks[len(a):]
    awal = ("Keterangan menyebut pagu ", ubah_a)
    pesan = _teks_pilih(tidak_ada, _sambung(*awal, (
        ", tetapi baris ini tidak ditemukan di Review P-RKPD (3.2) untuk dibandingkan." if len(pergeseran) and
        terpotong is None else
        ", tetapi baris ini tidak ditemukan di bagian Review P-RKPD (3.2) yang terbaca untuk dibandingkan: "
        f"{terpotong}, sehingga baris ini mungkin ada di bagian yang hilang. Periksa dengan dokumen aslinya."
        if len(pergeseran) else
        ", tetapi dokumen tidak memuat pagu P-APBD (Review P-RKPD, 3.2) untuk dibandingkan.")),
        # a 3.2 written in thousands (``skala_32``) agrees only to its precision: said where it is wider
        _teks_pilih(cocok, _sambung(*awal, "; dari APBD ke P-APBD pagu memang ", ubah_actual, "." if
                                    toleransi <= TOLERANSI_RP else
                                    f" (dalam ketelitian {format_rupiah(toleransi)} angka {_REVIEW})."),
                    _sambung(*awal, ", tetapi dari APBD ke P-APBD pagu ", ubah_actual,
                             "; keterangan atau pagu perlu diperbaiki.")))
    return _temuan(np.where(cocok, "keterangan_cocok", "keterangan_tidak_cocok"),
                   np.where(cocok, "info", "peringatan"), f"{_TABEL_22} vs {_REVIEW}", rows["baris_sumber"],
                   rows["nama"], "keterangan", a, actual, pesan, pembanding=other)


def _keterangan_dua_bacaan(rows: pd.DataFrame, a: pd.Series, lain: pd.Series, other: pd.Series,
                           pergeseran: pd.DataFrame, skala_lain: float) -> pd.DataFrame:
    """``keterangan_tidak_cocok`` of a Tabel 3.2 of unknown scale: its pagu as written (rupiah) or times
    ``skala_lain``; the change of each reading from the pagu (``pergeseran`` computes none)."""
    pg = pergeseran.dropna(subset=["baris_evaluasi"]).drop_duplicates("baris_evaluasi").set_index("baris_evaluasi")
    apbd = pd.to_numeric(rows["baris_sumber"].map(pg["pagu_apbd_rp"])).to_numpy(dtype=float, na_value=np.nan)
    papbd = pd.to_numeric(rows["baris_sumber"].map(pg["pagu_papbd_rp"])).to_numpy(dtype=float, na_value=np.nan)
    dibaca = [papbd - apbd, papbd * skala_lain - apbd]            # as written (rupiah), times skala_lain
    tol = [TOLERANSI_RP, TOLERANSI_RP * skala_lain]
    kata = ["rupiah", "ribuan rupiah" if skala_lain == 1000 else "jutaan rupiah"]
    a_, l_ = a.to_numpy(dtype=float, na_value=np.nan), lain.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        pas = [(np.abs(x - a_) <= t) | (np.abs(x - l_) <= t) for x, t in zip(dibaca, tol)]
        lain_pas = [~(np.abs(x - a_) <= t) & (np.abs(x - l_) <= t) for x, t in zip(dibaca, tol)]
    tidak_ada = np.isnan(dibaca[0])
    # the reading that fits (the one as written first), and the announced change it fits
    kedua = ~pas[0] & pas[1]
    cocok = pas[0] | pas[1]
    a = a.where(~np.where(kedua, lain_pas[1], lain_pas[0]), lain)
    actual = pd.Series(np.where(cocok, np.where(kedua, dibaca[1], dibaca[0]), np.nan), dtype="Float64")
    teks = _teks_per_nilai(pd.concat([a, pd.Series(dibaca[0], dtype="Float64"), pd.Series(dibaca[1], dtype="Float64")],
                                     ignore_index=True), format_perubahan)
    ubah_a, ubah_1, ubah_2 = teks[:len(a)], teks[len(a):2 * len(a)], teks[2 * len(a):]
    awal = ("Keterangan menyebut pagu ", ubah_a)
    bacaan = f" dibaca dalam {kata[1]} (skalanya tidak dapat dipastikan"
    pesan = _teks_pilih(tidak_ada, _sambung(
        *awal, ", tetapi baris ini tidak ditemukan di Review P-RKPD (3.2) untuk dibandingkan."), _teks_pilih(
        cocok, _teks_pilih(kedua, _sambung(*awal, "; dari APBD ke P-APBD pagu memang ", ubah_2, f" bila pagu {_REVIEW}"
                                           f"{bacaan}; dalam ketelitian {format_rupiah(tol[1])} angka {_REVIEW})."),
                           _sambung(*awal, "; dari APBD ke P-APBD pagu memang ", ubah_1, f" bila pagu {_REVIEW} "
                                    f"dibaca dalam rupiah (skalanya tidak dapat dipastikan).")),
        _sambung(*awal, ", tetapi dari APBD ke P-APBD pagu ", ubah_1, f" bila pagu {_REVIEW} dibaca dalam rupiah, "
                 "atau ", ubah_2, f" bila{bacaan}); keterangan atau pagu perlu diperbaiki.")))
    return _temuan(np.where(cocok, "keterangan_cocok", "keterangan_tidak_cocok"),
                   np.where(cocok, "info", "peringatan"), f"{_TABEL_22} vs {_REVIEW}", rows["baris_sumber"],
                   rows["nama"], "keterangan", a, actual, pesan, pembanding=other)


# --- 5. stated bertambah/berkurang -------------------------------------------------------

def selisih_tidak_cocok(rencana: pd.DataFrame, toleransi: float = TOLERANSI_RP, skala: float = 1.0) -> pd.DataFrame:
    """A stated bertambah/berkurang differs from RKPD Perubahan - RKPD.

    The header labels the column "Bertambah/Berkurang (10-12)", which names no
    pair of columns; on every sub kegiatan and kegiatan row of the bundled
    document the value equals RKPD Perubahan - RKPD, so that is the
    difference checked.

    ``skala``: rupiah a unit of Tabel 3.3 (``skala_33``): 1000 (its values already multiplied) quotes
    each figure as written and as read; NaN (its header says thousands, its scale unknown) quotes
    them as written, without a unit. ``toleransi`` is the caller's (``TOLERANSI_RP`` units).

    >>> rc = pd.DataFrame({"baris_sumber": [9], "nama": ["A"], "indikator": [None], "pagu_rkpd_rp": [20000.0],
    ...                    "pagu_rkpd_perubahan_rp": [120000.0], "bertambah_berkurang_rp": [-20000.0]})
    >>> print(selisih_tidak_cocok(rc, skala=float("nan"))["pesan"].iloc[0])
    Kolom bertambah/berkurang menyatakan pagu berkurang 20.000, padahal dari RKPD 20.000 ke RKPD Perubahan 120.000 pagu bertambah 100.000 (angka sebagaimana tertulis: satuan pagu Tabel 3.3 (Rencana Perubahan) tidak pasti).
    """
    hitung = rencana["pagu_rkpd_perubahan_rp"] - rencana["pagu_rkpd_rp"]
    bad = _differs(rencana["bertambah_berkurang_rp"], hitung, toleransi)
    rows = rencana[bad]
    if pd.isna(skala):      # the unit unknown: the figures as written
        def angka(v):
            return format_angka(v, None)

        def ubah(v):
            return format_perubahan(v, rupiah=False)
        akhir = f" (angka sebagaimana tertulis: satuan pagu {_RENCANA} tidak pasti)."
    else:
        def angka(v):
            return _tertulis(v, skala)

        def ubah(v):
            teks = format_perubahan(v)
            return teks if skala != 1000 or pd.isna(v) or v == 0 else f"{teks.split()[0]} {_tertulis(abs(v), skala)}"
        akhir = "."
    records = [_rec(
        "selisih_tidak_cocok", "kritis", _RENCANA, baris, nama if pd.notna(nama) else indikator,
        "bertambah_berkurang_rp", stated, h,
        f"Kolom bertambah/berkurang menyatakan pagu {ubah(stated)}, padahal dari "
        f"RKPD {angka(rkpd)} ke RKPD Perubahan {angka(perubahan)} pagu "
        f"{ubah(h)}{akhir}")
        for baris, nama, indikator, stated, perubahan, rkpd, h in zip(
            *_cols(rows, "baris_sumber", "nama", "indikator", "bertambah_berkurang_rp",
                   "pagu_rkpd_perubahan_rp", "pagu_rkpd_rp"), hitung[bad].tolist())]
    return _frame(records)


# --- 6-8. evaluation signals --------------------------------------------------------------

def capaian_berlebih(evaluasi: pd.DataFrame, batas: float = 100.0, batas_kritis: float = 150.0) -> pd.DataFrame:
    """Capaian K above 100 % (``kritis`` from 150 %): the target may be set too low
    or the realisation mis-counted.

    Capaian is the document's own measure, against Tabel 2.2's target (``capaian_k``).
    Where the revision gives another target for the row (``target_k_perubahan``, from
    Tabel 3.2), the message names it and the capaian against it, and says whether the
    revised target is reached: a row 20 of 10 whose target was revised to 25 is not
    said to be above its annual target."""
    cap = evaluasi["capaian_k"]
    rows = evaluasi[(cap > batas).fillna(False).astype(bool)]
    revisi = (rows["target_k_perubahan"] if "target_k_perubahan" in rows
              else pd.Series(pd.NA, index=rows.index, dtype="Float64"))

    def pesan(c, real, target, satuan, baru):
        if pd.isna(baru) or baru == target:
            return (f"Capaian {format_persen(c)} ({format_angka(real, None)} dari target "
                    f"{_volume(target, satuan)}) sudah di atas {format_persen(batas, 0)} sebelum akhir tahun; "
                    "periksa apakah target terlalu rendah atau realisasi salah hitung.")
        cap_baru = capaian(real, baru)
        lewat = pd.notna(cap_baru) and cap_baru > batas
        return (f"Capaian {format_persen(c)} ({format_angka(real, None)} dari target "
                f"{_volume(target, satuan)} di {_TABEL_22}) sudah di atas {format_persen(batas, 0)} sebelum "
                f"akhir tahun; {_REVIEW} merevisi target menjadi {format_angka(baru, None)}, capaian terhadapnya "
                f"{format_persen(cap_baru)} "
                + ("(juga di atas target revisi); periksa apakah target terlalu rendah atau realisasi salah hitung."
                   if lewat else
                   "(target revisi belum tercapai); periksa apakah realisasi dihitung benar dan revisi target "
                   "itu disetujui."))
    return _frame([_rec(
        "capaian_berlebih", "kritis" if c >= batas_kritis else "peringatan", _TABEL_22,
        baris, nama, "capaian_k", dok, c, pesan(c, real, target, satuan, baru))
        for baris, nama, dok, c, real, target, satuan, baru in zip(*_cols(
            rows, "baris_sumber", "nama", "capaian_k_dokumen", "capaian_k", "realisasi_k", "target_k", "satuan"),
            revisi.tolist())])


def serapan_tanpa_output(evaluasi: pd.DataFrame, batas_kritis: float = 75.0) -> pd.DataFrame:
    """Sub kegiatan that spent money with no output yet (``kritis`` from 75 % serapan).

    A realisation K not reported (empty) is no output, as 0 is (``metrics.realisasi_dinilai``);
    the message says the cell is empty."""
    sub = evaluasi[teks_di(evaluasi["level"], ("sub_kegiatan",))
                   & (realisasi_dinilai(evaluasi["realisasi_rp"]) > 0).to_numpy(dtype=bool)
                   & (realisasi_dinilai(evaluasi["realisasi_k"]) == 0).to_numpy(dtype=bool)]
    ser = sub["serapan_rp"]
    ada_k = ~np.isnan(sub["realisasi_k"].to_numpy(dtype=float, na_value=np.nan))     # NaN too, as pd.notna
    ket = _teks_arrow(sub["keterangan"])
    with np.errstate(invalid="ignore"):
        kritis = ser.to_numpy(dtype=float, na_value=np.nan) >= batas_kritis
    pesan = _sambung(
        "Anggaran sudah terserap ", _teks_per_nilai(ser, format_persen), " (",
        _teks_per_nilai(sub["realisasi_rp"], format_rupiah), ") tetapi realisasi kinerja ",
        pa.array(np.where(ada_k, "masih 0", "kosong (tidak dilaporkan, dinilai 0)"), pa.large_string()),
        pc.fill_null(_sambung("; keterangan: \u201c", ket, "\u201d."), "; minta penjelasan output yang sudah dihasilkan."))
    return _temuan("serapan_tanpa_output", np.where(kritis, "kritis", "peringatan"), _TABEL_22, sub["baris_sumber"],
                   sub["nama"], "realisasi_k", sub["realisasi_k"], ser, pesan)


def output_tanpa_serapan(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """Sub kegiatan with output but no spending: realisation or budget data may be missing.

    A realisation Rp not reported (empty) is no spending, as 0 is (``metrics.realisasi_dinilai``)."""
    sub = evaluasi[teks_di(evaluasi["level"], ("sub_kegiatan",))
                   & (realisasi_dinilai(evaluasi["realisasi_k"]) > 0).to_numpy(dtype=bool)
                   & (realisasi_rp_dinilai(evaluasi) == 0).fillna(False).to_numpy(dtype=bool)]
    return _frame([_rec(
        "output_tanpa_serapan", "peringatan", _TABEL_22, baris, nama, "realisasi_rp", real_rp, cap,
        f"Realisasi kinerja {format_angka(real_k, None)} (capaian {format_persen(cap)}) tanpa realisasi anggaran"
        + ("" if pd.notna(real_rp) else " (sel realisasi Rp kosong)")
        + "; periksa apakah belanja belum dicatat.")
        for baris, nama, real_rp, cap, real_k in zip(*_cols(
            sub, "baris_sumber", "nama", "realisasi_rp", "capaian_k", "realisasi_k"))])


def target_melebihi_renstra(evaluasi: pd.DataFrame, tujuan_sasaran: pd.DataFrame, tahun: int | None = None,
                            tahun_renstra: int | None = None) -> pd.DataFrame:
    """The year's target exceeds the end-of-Renstra target (Tabel 2.2 vs 2.1, and Tabel 3.1).

    ``tahun``: the document's year; ``tahun_renstra``: the end year of the Renstra period its
    target captions name (``sources.text.tahun_akhir_renstra``); each named in the message
    when known, not named when not."""
    bad = (evaluasi["target_k"] > evaluasi["target_renstra"]).fillna(False).astype(bool)
    records = [_rec(
        "target_melebihi_renstra", "peringatan", _TABEL_22, baris, nama, "target_k", target, renstra,
        f"Target{_tahun(tahun)} ({format_angka(target, None)}) lebih besar dari target akhir "
        f"Renstra{_tahun(tahun_renstra)} "
        f"({format_angka(renstra, None)}); salah satu target perlu ditinjau.")
        for baris, nama, target, renstra in zip(*_cols(
            evaluasi[bad], "baris_sumber", "nama", "target_k", "target_renstra"))]
    ts = tujuan_sasaran
    for col in ("target_renja", "target_perubahan"):
        hit = (ts[col] > ts["target_akhir_renstra"]).fillna(False).astype(bool)
        records += [_rec(
            "target_melebihi_renstra", "peringatan", _TABEL_31, baris, indikator, col, target, akhir,
            f"Target {format_angka(target, None)} melebihi target akhir Renstra "
            f"{format_angka(akhir, None)}.")
            for baris, indikator, target, akhir in zip(*_cols(
                ts[hit], "baris_sumber", "indikator", col, "target_akhir_renstra"))]
    return _frame(records)


# --- 9. target revisions -------------------------------------------------------------------

def _target_review(target, satuan, teks) -> str:
    """A 3.2 target for a message: its number formatted (``1.00%`` -> ``1%``), else its text.

    >>> _target_review(1.0, "%", "1.00%"), _target_review(None, None, "sesuai kebutuhan")
    ('1%', '“sesuai kebutuhan”')
    """
    if pd.notna(target):
        return _volume(target, satuan)
    return f"\u201c{teks}\u201d" if pd.notna(teks) and str(teks).strip() else "-"


#: A target revised by this factor or more, either way (new / old >= 2 or <= 1/2), is a
#: ``peringatan``: a change that large needs a reason and the reviewer's approval.
FAKTOR_REVISI = 2.0

_PECAHAN = {2: "separuhnya", 3: "sepertiganya", 4: "seperempatnya", 5: "seperlimanya", 6: "seperenamnya",
            7: "sepertujuhnya", 8: "seperdelapannya", 9: "sepersembilannya", 10: "sepersepuluhnya"}


def besar_revisi(lama, baru, faktor: float = FAKTOR_REVISI) -> tuple[str, str]:
    """The tingkat of a target revised from ``lama`` to ``baru``, and its size in words.

    A revision by ``faktor`` or more, up or down (``baru / lama >= faktor`` or
    ``<= 1 / faktor``), is ``peringatan`` and its words name the factor; a smaller one is
    ``info`` with no words. Zero on one side is ``peringatan`` (no factor exists: a target
    appears or disappears); a change of sign too. NA on either side (a target the document
    gives as text) is ``info``: the size cannot be judged.

    Examples
    --------
    >>> besar_revisi(5, 60), besar_revisi(10, 25)
    (('peringatan', 'naik menjadi 12 kali lipat'), ('peringatan', 'naik menjadi 2,5 kali lipat'))
    >>> besar_revisi(10, 2), besar_revisi(80, 2)
    (('peringatan', 'turun menjadi seperlimanya (faktor 5)'), ('peringatan', 'turun menjadi 1/40 dari semula (faktor 40)'))
    >>> besar_revisi(294, 30)
    ('peringatan', 'turun menjadi 10,2% dari semula (faktor 9,8)')
    >>> besar_revisi(4, 3), besar_revisi(30, 32), besar_revisi(None, 5)
    (('info', ''), ('info', ''), ('info', ''))
    >>> besar_revisi(0, 5), besar_revisi(5, 0)
    (('peringatan', 'naik dari 0 (tidak ada faktor kelipatan)'), ('peringatan', 'turun menjadi 0'))
    """
    if lama is None or baru is None or pd.isna(lama) or pd.isna(baru):
        return "info", ""
    lama, baru = float(lama), float(baru)
    if lama == baru:
        return "info", ""
    if lama == 0:
        return "peringatan", f"{'naik' if baru > 0 else 'turun'} dari 0 (tidak ada faktor kelipatan)"
    if baru == 0:
        return "peringatan", "turun menjadi 0" if lama > 0 else "naik menjadi 0"
    rasio = baru / lama
    if rasio < 0:
        return "peringatan", "berganti tanda (positif/negatif)"
    if rasio >= faktor:
        return "peringatan", f"naik menjadi {format_angka(rasio, None)} kali lipat"
    if rasio <= 1 / faktor:
        k = 1 / rasio
        bulat = round(k)
        if abs(k - bulat) < 1e-9 and bulat in _PECAHAN:
            return "peringatan", f"turun menjadi {_PECAHAN[bulat]} (faktor {bulat})"
        if abs(k - bulat) < 1e-9:
            return "peringatan", f"turun menjadi 1/{bulat} dari semula (faktor {bulat})"
        return "peringatan", (f"turun menjadi {format_persen(rasio * 100, None)} dari semula "
                              f"(faktor {format_angka(k, None)})")
    return "info", ""


def _revisi(jenis_tabel, baris, nama, kolom, lama, baru, pesan, pembanding=None) -> dict:
    """A ``revisi_target`` record whose tingkat and closing words follow ``besar_revisi``."""
    tingkat, besar = besar_revisi(lama, baru)
    if besar:
        pesan = (pesan.rstrip(".") + f": target {besar}. Revisi sebesar ini perlu alasan dan persetujuan "
                 "reviewer; periksa juga apakah satuannya tetap sama.")
    return _rec("revisi_target", tingkat, jenis_tabel, baris, nama, kolom, lama, baru, pesan, pembanding=pembanding)


#: Indicators whose words overlap less than this (rapidfuzz token set ratio, 0-100) are
#: different indicators, not one indicator with a revised target.
BATAS_INDIKATOR_SAMA = 80


def indikator_sama(a: pd.Series, b: pd.Series, batas: float = BATAS_INDIKATOR_SAMA) -> np.ndarray:
    """Where two indicator texts name the same indicator (compared by position): their
    words overlap (``rapidfuzz.fuzz.token_set_ratio`` of the lower-cased texts) at least
    ``batas``; a missing text on either side counts as the same (nothing to tell).

    Examples
    --------
    >>> indikator_sama(pd.Series(["Jumlah Usaha Mikro yang Terfasilitasi", "Presentase Serapan Anggaran"]),
    ...                pd.Series(["Jumlah Usaha Mikro yang terfasilitasi", "Jumlah Dokumen Keuangan"])).tolist()
    [True, False]
    """
    from rapidfuzz import fuzz

    out = [pd.isna(x) or pd.isna(y) or fuzz.token_set_ratio(str(x).lower(), str(y).lower()) >= batas
           for x, y in zip(a.tolist(), b.tolist())]
    return np.array(out, dtype=bool)


def revisi_target(evaluasi: pd.DataFrame, review: pd.DataFrame, pergeseran: pd.DataFrame,
                  rencana: pd.DataFrame) -> pd.DataFrame:
    """Target changed between the Renja (2.2) and the revision (3.2), between the two
    sides of 3.2, or between before and after in 3.3.

    A revision may be legitimate, but it is a change the reviewer must approve: ``info``
    when it is small, ``peringatan`` when the target is multiplied or divided by
    ``FAKTOR_REVISI`` (2) or more, or appears from or falls to 0 (``besar_revisi``; the
    message names the factor). Summaries count the ``info`` ones as changes needing
    approval (``JENIS_PERUBAHAN``), never as "bukan masalah"."""
    # only the columns compared and named are indexed below (the tables are wide)
    matched = pergeseran[["baris_evaluasi", "baris_review"]].dropna()
    e = evaluasi[_existing(evaluasi, "baris_sumber", "nama", "target_k", "satuan", "indikator")
                 ].set_index("baris_sumber")
    sisi = _teks_kategori(review["sisi"])
    review = review[_existing(review, "baris_sumber", "nama", "target_k", "satuan", "target_teks", "indikator")]
    hasil = review[sisi == "hasil_analisis"].set_index("baris_sumber")
    bad = _differs(e["target_k"].loc[matched["baris_evaluasi"].tolist()],
                   hasil["target_k"].loc[matched["baris_review"].tolist()], 1e-9)
    # the rows of the pairs whose targets differ, taken only now (the text columns of every
    # matched pair were copied before: the findings' peak at 100,000 rows)
    matched = matched[bad]
    e, r = e.loc[matched["baris_evaluasi"].tolist()], hasil.loc[matched["baris_review"].tolist()]
    e, r = (x if "indikator" in x else x.assign(indikator=pd.NA) for x in (e, r))   # none: nothing to tell
    # the indicators, compared where the targets differ (every pair left)
    lain = np.zeros(len(matched), dtype=bool)
    if len(matched):
        lain[:] = ~indikator_sama(e["indikator"], r["indikator"])
    records = [_revisi(
        f"{_TABEL_22} vs {_REVIEW}", baris, nama, "target_k", target, revisi,
        f"Target berubah dari {_volume(target, satuan)} di Renja ({_TABEL_22}) menjadi "
        f"{_target_review(revisi, satuan_r, teks)} di {_REVIEW}.",
        pembanding=pembanding)
        for baris, pembanding, nama, target, satuan, revisi, satuan_r, teks in zip(
            *_cols(matched[~lain], "baris_evaluasi", "baris_review"),
            *_cols(e[~lain], "nama", "target_k", "satuan"),
            *_cols(r[~lain], "target_k", "satuan", "target_teks"))]
    # another indicator in 3.2: its target is no revision of the Renja's (80 Indeks of a serapan
    # indicator vs 2 documents), but the indicator change itself needs the reviewer's approval
    records += [_rec(
        "revisi_target", "peringatan", f"{_TABEL_22} vs {_REVIEW}", baris, nama, "indikator", target, revisi,
        f"Indikator berbeda: Renja ({_TABEL_22}) \u201c{ind_e}\u201d dengan target {_volume(target, satuan)}, "
        f"{_REVIEW} \u201c{ind_r}\u201d dengan target {_target_review(revisi, satuan_r, teks)}; targetnya tidak "
        "dibandingkan. Periksa apakah indikatornya memang diganti (perlu persetujuan reviewer).",
        pembanding=pembanding)
        for baris, pembanding, nama, target, satuan, ind_e, revisi, satuan_r, teks, ind_r in zip(
            *_cols(matched[lain], "baris_evaluasi", "baris_review"),
            *_cols(e[lain], "nama", "target_k", "satuan", "indikator"),
            *_cols(r[lain], "target_k", "satuan", "target_teks", "indikator"))]
    # the two sides of one 3.2 line share its source line (its "No" may repeat by a typo)
    left = review[sisi == "rancangan_awal"].set_index("baris_sumber", drop=False)
    right = review[sisi == "hasil_analisis"].set_index("baris_sumber", drop=False)
    common = left.index.intersection(right.index)
    diff = _differs(left.loc[common, "target_k"], right.loc[common, "target_k"], 1e-9)
    a, b = left.loc[common[diff]], right.loc[common[diff]]
    records += [_revisi(
        _REVIEW, baris, nama, "target_k", awal, hasil_k,
        f"Rancangan awal menargetkan {_target_review(awal, sat_awal, teks_awal)}, hasil analisis "
        f"kebutuhan {_target_review(hasil_k, sat_hasil, teks_hasil)}.")
        for baris, nama, awal, sat_awal, teks_awal, hasil_k, sat_hasil, teks_hasil in zip(
            *_cols(a, "baris_sumber", "nama", "target_k", "satuan", "target_teks"),
            *_cols(b, "target_k", "satuan", "target_teks"))]
    bad = _differs(rencana["target_sebelum"], rencana["target_sesudah"], 1e-9)
    records += [_revisi(
        _RENCANA, baris, nama, "target_sesudah", sebelum, sesudah,
        f"Target sebelum perubahan {format_angka(sebelum, None)}, sesudah "
        f"{format_angka(sesudah, None)}.")
        for baris, nama, sebelum, sesudah in zip(*_cols(
            rencana[bad], "baris_sumber", "nama", "target_sebelum", "target_sesudah"))]
    return _frame(records)


# --- 10. units ---------------------------------------------------------------------------

_PERSEN = re.compile(r"(?i)^\s*(persentase|presentase|prosentase|prosentasi)\b")


#: The ratios of Tabel 3.2's pagu to Tabel 2.2's (P-APBD over APBD) within which both are on one
#: scale (rupiah): a budget change never multiplies or divides a pagu by ten, a table in thousands
#: divides it by a thousand.
_SKALA_SAMA = (0.1, 10.0)


def _sebanding(ratio) -> bool:
    """Whether a ratio of two pagu says they are on one scale (``_SKALA_SAMA``); False when unknown.

    >>> _sebanding(0.83), _sebanding(0.00083), _sebanding(float("nan")), _sebanding(pd.NA)
    (True, False, False, False)
    """
    return bool(pd.notna(ratio) and _SKALA_SAMA[0] < float(ratio) < _SKALA_SAMA[1])


def _seperseribu(ratio) -> bool:
    """Whether a ratio of two pagu is about a power of 1000 below 1 (about 0,001 or 0,000001, within a
    factor of 3): a table read as written whose pagu is so to Tabel 2.2's may be in thousands or millions
    of rupiah under a header not saying so, its scale unknown. Any other ratio (0, 0,05, 14: a budget
    that grew, or cells left 0) is no scale: the table is read as rupiah and compared (REV-AB AB1, AB2).

    >>> _seperseribu(0.00098), _seperseribu(1.1e-6), _seperseribu(0.0), _seperseribu(0.05), _seperseribu(14.4)
    (True, True, False, False, False)
    >>> _seperseribu(float("nan")), _seperseribu(0.98)
    (False, False)
    """
    if pd.isna(ratio) or not float(ratio) > 0:
        return False
    return any(skala / 3 < float(ratio) < skala * 3 for skala in (1e-3, 1e-6))


def _skala_lain(ratio) -> float:
    """The other reading of a table read as written whose pagu is about a power of 1000 below another
    table's (``_seperseribu``): 1000 (thousands of rupiah) for a ratio about 0,001, 1000000 (millions) for
    one about 0,000001; NaN for any other ratio. Its scale is then one of two: 1 (as written) or this.

    >>> _skala_lain(0.0025), _skala_lain(1.2e-6), _skala_lain(0.05), _skala_lain(float("nan"))
    (1000.0, 1000000.0, nan, nan)
    """
    if not _seperseribu(ratio):
        return np.nan
    return 1000.0 if float(ratio) > 10 ** -4.5 else 1e6


def _teks_rasio(ratio) -> str:
    """A ratio of two pagu as a message quotes it: four decimals, more where that shows fewer than two
    significant digits (a ratio about 0,000001 is not ``0,0000``; REV-AD AD5).

    >>> _teks_rasio(0.003), _teks_rasio(1.2e-6), _teks_rasio(0.00098), _teks_rasio(14.4), _teks_rasio(0.0)
    ('0,0030', '0,0000012', '0,00098', '14,4000', '0,0000')
    """
    r = abs(float(ratio)) if pd.notna(ratio) else 0.0
    return format_angka(ratio, 4 if r == 0 or r >= 1e-3 else max(4, 1 - math.floor(math.log10(r))))


def rasio_skala_32(pergeseran: pd.DataFrame | None) -> float:
    """The scale of Tabel 3.2's pagu against Tabel 2.2's: the median, over the rows paired in
    ``pergeseran`` (not the office total) with an APBD pagu above 0, of P-APBD pagu (3.2) over APBD
    pagu (2.2); NaN when no row is paired. About 1 (``_sebanding``): 3.2 is in rupiah like 2.2,
    whatever its header says (``satuan_tidak_wajar`` reports a header saying ``Rp.000``); about
    0,001: 3.2 is in thousands.

    >>> pg = pd.DataFrame({"level": ["dinas", "program", "sub_kegiatan", "program"],
    ...     "pagu_apbd_rp": [60.0, 30.0, 15.0, None], "pagu_papbd_rp": [50.0, 25.0, 10.0, 5.0]})
    >>> round(rasio_skala_32(pg), 3), rasio_skala_32(pg.iloc[:1]), rasio_skala_32(None)
    (0.75, nan, nan)
    """
    if pergeseran is None or not len(pergeseran) or not {"level", "pagu_apbd_rp", "pagu_papbd_rp"} <= set(pergeseran):
        return np.nan
    pair = pergeseran[~teks_di(pergeseran["level"], ("dinas",))]
    return _median_rasio(pair["pagu_papbd_rp"], pair["pagu_apbd_rp"])


#: How a header cell states that a money column is in thousands of rupiah: ``Pagu Indikatif (Rp.000)``,
#: ``(Rp 1.000)``, ``(Rp x 1.000)`` (not millions, ``Rp 1.000.000``: a further group of digits follows);
#: or, in a cell naming money (``_UANG``), ``(Rp. Ribu)``, ``(Rp Ribuan)``, ``(Ribuan Rupiah)``, ``(000)``
#: (a target ``(ribu orang)`` is not money).
_RIBUAN = re.compile(r"(?i)rp\.?\s*000|(?:rp\.?\s*(?:x|\u00d7)?\s*|(?:x|\u00d7)\s*rp\.?\s*)1[.,]?000(?![.,]?\d)")
_RIBUAN_KATA = re.compile(r"(?i)\bribu(?:an)?\b|\(\s*000\s*\)")
_UANG = re.compile(r"(?i)\b(?:rp|rupiah|pagu|anggaran|dana|biaya)\b")


def _ribuan(cell: str) -> bool:
    """Whether one header cell says its money is in thousands (``_RIBUAN``, or ``_RIBUAN_KATA`` with ``_UANG``).

    >>> [_ribuan(f"PAGU INDIKATIF ({u})") for u in ("Rp.000", "Rp. Ribu", "Rp Ribuan", "Ribuan Rupiah", "Rp 1.000",
    ...                                             "Rp x 1.000", "000", "Rp", "Rp 1.000.000")]
    [True, True, True, True, True, True, True, False, False]
    >>> _ribuan("TARGET (ribu orang)"), _ribuan("Target (x 1.000 orang)"), _ribuan("Anggaran (Ribuan Rp)")
    (False, False, True)
    """
    return bool(_RIBUAN.search(cell) or (_RIBUAN_KATA.search(cell) and _UANG.search(cell)))


def header_ribuan(header: list | None) -> bool:
    """Whether a table's header cells say its money is in thousands (``_ribuan``).

    >>> header_ribuan(["No", "Pagu Indikatif (Rp.000)"]), header_ribuan(["PAGU INDIKATIF (Rp)"]), header_ribuan(None)
    (True, False, False)
    >>> header_ribuan(["PAGU INDIKATIF (Ribuan Rupiah)"]), header_ribuan(["PAGU INDIKATIF (Rp. Ribu)"])
    (True, True)
    """
    return any(map(_ribuan, header or []))


def skala_32(header_review: list, pergeseran: pd.DataFrame | None) -> tuple[float, float]:
    """The scale of Tabel 3.2's money (1 or 1000 rupiah a unit) and the ratio it rests on.

    1000 only where the header says thousands (``Rp.000``) and the values agree: the median
    ratio of 3.2's pagu to Tabel 2.2's (``rasio_skala_32``, read as written) times 1000 is on one
    scale (``_sebanding``); otherwise 1 (values read as rupiah, as written). Returns
    ``(skala, rasio)``, ``rasio`` the median ratio as written (NaN when no row is paired).

    >>> pg = pd.DataFrame({"level": ["program", "program"], "pagu_apbd_rp": [10000.0, 20000.0],
    ...                    "pagu_papbd_rp": [10.0, 18.0]})
    >>> skala_32(["Pagu Indikatif (Rp.000)"], pg), skala_32(["Pagu Indikatif (Rp)"], pg)[0]
    ((1000.0, 0.00095), 1.0)
    >>> skala_32(["Pagu Indikatif (Rp.000)"], pg.assign(pagu_papbd_rp=[10000.0, 18000.0]))
    (1.0, 0.95)
    """
    rasio = rasio_skala_32(pergeseran)
    ribuan = header_ribuan(header_review)
    return (1000.0 if ribuan and _sebanding(rasio * 1000) else 1.0), rasio


def skala_pasti(header: list, skala: float, rasio: float, rasio_33: float = np.nan) -> bool:
    """Whether a table's money scale is known: its header does not say thousands, or it was read
    in thousands (``skala`` 1000), or its values are about Tabel 2.2's (``rasio`` as written,
    ``_sebanding``: rupiah whatever the header says). A header saying thousands over values about
    1/1000 of 2.2's is thousands (``skala_32`` reads it so); any other ratio, or none, leaves it unknown.
    A header not saying thousands: known (rupiah) unless its ratio is about 0,001 or 0,000001
    (``_seperseribu``; REV-Y Y3: a header in thousands the reader does not know, or in millions);
    any other ratio (0, 0,05, 14) is no scale (REV-AB AB1, AB2). ``rasio_33``: a Renja murni's Tabel 3.2's
    median ratio to its Tabel 3.3's pagu of known scale (``rasio_32_33``, the same year's plan): a table
    read as written (``skala`` 1) whose pagu is about 0,001 or 0,000001 of it is unknown whatever its header
    says (the mirror of ``skala_33``'s rule for 3.3).

    >>> h = ["Pagu Indikatif (Rp.000)"]
    >>> skala_pasti(h, 1.0, 0.98), skala_pasti(h, 1000.0, 0.00098), skala_pasti(h, 1.0, float("nan"))
    (True, True, False)
    >>> skala_pasti(h, 1.0, 0.04), skala_pasti(["Pagu (Rp)"], 1.0, float("nan")), skala_pasti(["Pagu (Rp)"], 1.0, 0.001)
    (False, True, False)
    >>> skala_pasti(["Pagu (Rp)"], 1.0, float("nan"), 0.001), skala_pasti(h, 1.0, 0.98, 0.0012)
    (False, False)
    """
    if skala == 1 and _seperseribu(rasio_33):     # about 1/1000 of the same year's plan in 3.3 (a murni)
        return False
    if not header_ribuan(header):       # read as written: known unless its values are about 1/1000 of 2.2's
        return not _seperseribu(rasio)
    return bool(skala != 1 or _sebanding(rasio) or _sebanding(rasio * 1000))


#: The Tabel 3.3 columns of money (``skala_33`` multiplies them all).
RUPIAH_33 = ("pagu_rkpd_rp", "pagu_apbd_rp", "pagu_rkpd_perubahan_rp", "pagu_tanpa_judul_rp",
             "bertambah_berkurang_rp", "pagu_maju_rp")
#: A header cell naming whole rupiah as its unit (``PAGU INDIKATIF (Rp)``).
_RUPIAH_UTUH = re.compile(r"(?i)\brp\.?\s*\)")


#: A header cell naming a pagu column (``PAGU INDIKATIF (Rp.000)``).
_PAGU = re.compile(r"(?i)\bpagu\b")


def maju_33(header_rencana: list, rencana: pd.DataFrame, murni: bool = False) -> tuple[bool, float, str | None]:
    """Whether Tabel 3.3's prakiraan maju pagu (``pagu_maju_rp``) takes the scale of its current-year
    pagu (``skala_33``): ``(ikut, rasio, judul)``.

    Its own header cell is the last pagu cell of the header (the prakiraan maju columns come last),
    the current year's the first. Where both say the same (or there is one), it follows: ``(True,
    nan, None)``. Where the first says thousands (``_ribuan``) and the last names no unit
    (``PAGU INDIKATIF``), its scale is told by its values: the median ratio, as written, of its pagu
    to the current year's (RKPD Perubahan; a murni's pagu indikatif) over rows where both are above
    0; about 1 (``_sebanding``): the same scale, it follows; otherwise (about 1000: rupiah; or
    unknown) it is not rescaled, ``judul`` its header cell (``satuan_tidak_wajar`` says so).

    >>> rc = pd.DataFrame({"pagu_rkpd_perubahan_rp": [120000.0, 5.0], "pagu_maju_rp": [25000000.0, 0.0]})
    >>> maju_33(["PAGU INDIKATIF (Rp.000)", "PAGU INDIKATIF"], rc)
    (False, 208.33333333333334, 'PAGU INDIKATIF')
    >>> maju_33(["PAGU INDIKATIF (Rp.000)", "PAGU INDIKATIF"], rc.assign(pagu_maju_rp=[130000.0, 0.0]))[:2]
    (True, 1.0833333333333333)
    >>> maju_33(["PAGU INDIKATIF (Rp.000)", "PAGU INDIKATIF (Rp.000)"], rc)
    (True, nan, None)
    """
    pagu = [h for h in header_rencana or [] if _PAGU.search(h)]
    if len(pagu) < 2 or not _ribuan(pagu[0]) or _ribuan(pagu[-1]) or _RUPIAH_UTUH.search(pagu[-1]):
        return True, np.nan, None
    kini = "pagu_rkpd_rp" if murni else "pagu_rkpd_perubahan_rp"
    if rencana is None or kini not in rencana or "pagu_maju_rp" not in rencana:
        return True, np.nan, None
    rasio = _median_rasio(rencana["pagu_maju_rp"].where(rencana["pagu_maju_rp"] > 0), rencana[kini])
    return _sebanding(rasio), rasio, (None if _sebanding(rasio) else pagu[-1])


def _pasangan_nama_33(review: pd.DataFrame | None, rencana: pd.DataFrame | None,
                      skala_32: float = 1.0, murni: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """A Renja murni's Tabel 3.2 pagu (``pagu_rp`` of its ``hasil_analisis`` side, times ``skala_32``) and
    Tabel 3.3 pagu indikatif (``pagu_rkpd_rp``) over the rows paired by name and level (``align``, as
    ``antar_tabel_tidak_cocok`` pairs them): ``(pagu 3.2, pagu 3.3)``, empty without pairs. A Renja
    Perubahan's (``murni`` False): 3.2's P-APBD pagu and 3.3's pagu after the change
    (``pagu_rkpd_perubahan_rp``), the same year's revised budget (RIBU9, REV-AG AG6).

    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"], "nama": ["Program A"], "level": ["program"],
    ...                    "pagu_rp": [90.0]})
    >>> rc = pd.DataFrame({"nama": ["Program A"], "level": ["program"], "pagu_rkpd_rp": [90000.0]})
    >>> _pasangan_nama_33(rv, rc), _pasangan_nama_33(None, rc)[0].size
    ((array([90.]), array([90000.])), 0)
    """
    kosong = np.array([], dtype=float), np.array([], dtype=float)
    kolom = "pagu_rkpd_rp" if murni else "pagu_rkpd_perubahan_rp"
    if review is None or rencana is None or not {"sisi", "nama", "level", "pagu_rp"} <= set(review) \
            or not {"nama", "level", kolom} <= set(rencana):
        return kosong
    rv = review.loc[teks_di(review["sisi"], ("hasil_analisis",)), ["nama", "level", "pagu_rp"]].reset_index(drop=True)
    rc = rencana[["nama", "level", kolom]].dropna(subset=["nama"]).reset_index(drop=True)
    if not len(rv) or not len(rc):
        return kosong
    pairs = align(rv["nama"].fillna("").tolist(), rc["nama"].tolist(),
                  _teks_kategori(rv["level"]).tolist(), _teks_kategori(rc["level"]).tolist())
    ia, ja = [i for i, _, _ in pairs], [j for _, j, _ in pairs]
    a = pd.to_numeric(rv["pagu_rp"].iloc[ia], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    b = pd.to_numeric(rc[kolom].iloc[ja], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return a * (1.0 if pd.isna(skala_32) else skala_32), b


def _rasio_review_33(review: pd.DataFrame | None, rencana: pd.DataFrame | None, skala_32: float = 1.0,
                     murni: bool = True) -> float:
    """A Renja murni's median ratio of Tabel 3.3's pagu indikatif (``pagu_rkpd_rp``) to Tabel 3.2's
    (``pagu_rp`` of its ``hasil_analisis`` side, times ``skala_32``: 3.2 in rupiah as read) over the
    rows paired by name and level (``_pasangan_nama_33``): both plan the same year, so a 3.3 in the
    same unit is about 1 whatever the budget grew from Tabel 2.2 (REV-AC AC4). NaN without pairs. A Renja
    Perubahan's (``murni`` False): its 3.3's pagu after the change to 3.2's P-APBD pagu, the same year's
    (``_pasangan_nama_33``).

    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"] * 2, "nama": ["Program A", "Kegiatan B"],
    ...                    "level": ["program", "kegiatan"], "pagu_rp": [90000000.0, 30000000.0]})
    >>> rc = pd.DataFrame({"nama": ["Program A", "Kegiatan B"], "level": ["program", "kegiatan"],
    ...                    "pagu_rkpd_rp": [90000.0, 30000.0]})
    >>> _rasio_review_33(rv, rc), _rasio_review_33(rv, rc, 1000.0), _rasio_review_33(rv.iloc[:0], rc)
    (0.001, 1e-06, nan)
    """
    a, b = _pasangan_nama_33(review, rencana, skala_32, murni)
    return _median_rasio(b, a)


def rasio_32_33(review: pd.DataFrame | None, rencana: pd.DataFrame | None, murni: bool = True) -> float:
    """A Renja murni's median ratio of Tabel 3.2's pagu (hasil analisis) to Tabel 3.3's pagu indikatif,
    both as read (``load.analyse``: after any rescaling), over the rows paired by name and level
    (``_pasangan_nama_33``), 3.3's pagu above 0; NaN without pairs. Both plan the same year: a 3.2
    about 0,001 of a 3.3 of known scale may be in thousands whatever its header (``skala_pasti``,
    ``_dua_skala_32``; the mirror of ``_rasio_review_33`` for 3.3). A Renja Perubahan's (``murni`` False):
    3.2's P-APBD pagu to 3.3's pagu after the change, the same year's revised budget (``_pasangan_nama_33``).

    >>> rv = pd.DataFrame({"sisi": ["hasil_analisis"] * 2, "nama": ["Program A", "Kegiatan B"],
    ...                    "level": ["program", "kegiatan"], "pagu_rp": [90000.0, 30000.0]})
    >>> rc = pd.DataFrame({"nama": ["Program A", "Kegiatan B"], "level": ["program", "kegiatan"],
    ...                    "pagu_rkpd_rp": [90000000.0, 30000000.0]})
    >>> rasio_32_33(rv, rc), rasio_32_33(rv.iloc[:0], rc)
    (0.001, nan)
    """
    a, b = _pasangan_nama_33(review, rencana, murni=murni)
    return _median_rasio(a, b)


def _dua_skala_32(header_review: list | None, skala: float, rasio: float, rasio_33: float = np.nan
                  ) -> tuple[float, float, bool]:
    """The second reading of a Tabel 3.2 read as written (``skala`` 1) of unknown scale whose header names
    no thousands: its pagu about 0,001 or 0,000001 of Tabel 2.2's (``rasio``, ``rasio_skala_32``) or, a
    Renja murni's, of its Tabel 3.3's of known scale (``rasio_33``, ``rasio_32_33``): its scale one of two,
    as written or that (``_skala_lain``; the mirror of ``_dua_skala_33``). Returns ``(lain, rasio, ke_33)``:
    ``lain`` 1000 or 1000000 (NaN: none), ``rasio`` the ratio that tells it, ``ke_33`` whether that is
    the ratio to 3.3 (2.2's first).

    >>> _dua_skala_32(["Pagu Indikatif (Rp)"], 1.0, np.nan, 0.0011), _dua_skala_32(["Pagu (Rp)"], 1.0, 1.2e-6)
    ((1000.0, 0.0011, True), (1000000.0, 1.2e-06, False))
    >>> _dua_skala_32(["Pagu (Rp.000)"], 1.0, np.nan, 0.001), _dua_skala_32(["Pagu (Rp)"], 1.0, 1.1, 0.9)
    ((nan, nan, False), (nan, nan, False))
    """
    if skala != 1 or header_ribuan(header_review):
        return np.nan, np.nan, False
    if _seperseribu(rasio):
        return _skala_lain(rasio), rasio, False
    if _seperseribu(rasio_33):
        return _skala_lain(rasio_33), rasio_33, True
    return np.nan, np.nan, False


def skala_33(header_rencana: list, evaluasi: pd.DataFrame, rencana: pd.DataFrame,
             murni: bool = False, review: pd.DataFrame | None = None,
             skala_32: float = 1.0) -> tuple[float, float]:
    """The scale of Tabel 3.3's money (1 or 1000 rupiah a unit, NaN: unknown) and the ratio it rests on.

    The rule of ``skala_32``: 1000 only where its header says thousands (``Rp.000``) and its values
    agree, the median ratio of its APBD pagu (a Renja murni's: its pagu indikatif) to Tabel 2.2's
    over rows paired by code (``_rasio_33``, as written) times 1000 on one scale (``_sebanding``).
    A header not saying thousands: 1, unless its ratio is about 0,001 or 0,000001 (``_seperseribu``): NaN (REV-Y Y3: a
    header in thousands the reader does not know, or in millions); so too a Renja murni's whose pagu is about 0,001 of
    its Tabel 3.2's (``review``, read at ``skala_32``; ``_rasio_review_33``: the same year's plan, while 2.2's is the
    year before, its budget maybe grown: REV-AC AC4). A header saying thousands over values about 2.2's:
    1 (rupiah; ``satuan_tidak_wajar`` reports the header). Any other ratio, none, or a header naming
    both thousands and whole rupiah (``(Rp)``) for its money columns: NaN, the scale unknown. Returns
    ``(skala, rasio)``.

    >>> ev = pd.DataFrame({"kode": ["1.01", "1.02"], "pagu_rp": [6600000.0, 125000000.0]})
    >>> rc = pd.DataFrame({"kode": ["1.01", "1.02"], "pagu_apbd_rp": [6600.0, 125000.0]})
    >>> skala_33(["PAGU INDIKATIF (Rp.000)"], ev, rc), skala_33(["PAGU INDIKATIF (Rp)"], ev, rc.assign(pagu_apbd_rp=[6600000.0, 125000000.0]))
    ((1000.0, 0.001), (1.0, 1.0))
    >>> skala_33(["PAGU INDIKATIF (Rp.000)"], ev, rc.assign(pagu_apbd_rp=[6600000.0, 125000000.0]))
    (1.0, 1.0)
    >>> skala_33(["PAGU INDIKATIF (Rp.000)"], ev.iloc[:0], rc), skala_33(["(Rp.000)", "PAGU (Rp)"], ev, rc)[0]
    ((nan, nan), nan)
    >>> skala_33(["PAGU INDIKATIF (Rp)"], ev, rc), skala_33(["PAGU INDIKATIF (Rp)"], ev.iloc[:0], rc)
    ((nan, 0.001), (1.0, nan))
    """
    ribuan = header_ribuan(header_rencana)
    if evaluasi is None or rencana is None or "kode" not in rencana or "kode" not in evaluasi:
        return (np.nan if ribuan else 1.0), np.nan
    rasio = _rasio_33(*_pasangan_kode(evaluasi, rencana), murni=murni)
    if not ribuan:          # a header naming no thousands over values about 1/1000 of 2.2's: unknown (REV-Y Y3)
        # a murni's against its 3.2 whatever 2.2 says (another year); a perubahan's where 2.2 has no ratio
        seperseribu = _seperseribu(rasio) or ((murni or pd.isna(rasio))
                                              and _seperseribu(_rasio_review_33(review, rencana, skala_32, murni)))
        return (np.nan if seperseribu else 1.0), rasio
    if _sebanding(rasio):
        return 1.0, rasio
    campur = any(_RUPIAH_UTUH.search(h) for h in header_rencana)
    return (1000.0 if _sebanding(rasio * 1000) and not campur else np.nan), rasio


def satuan_tidak_wajar(evaluasi: pd.DataFrame, tabel21: pd.DataFrame, review: pd.DataFrame,
                       header_review: list, pergeseran: pd.DataFrame, skala: float = 1.0,
                       rasio: float = np.nan, rencana: pd.DataFrame | None = None,
                       header_rencana: list | None = None, skala_33: float = 1.0, rasio_33: float = np.nan,
                       murni: bool = False, maju_33: tuple = (True, np.nan, None),
                       rasio_32_33: float = np.nan) -> pd.DataFrame:
    """Units that are not units, and stated units the values do not follow.

    - a satuan cell holding a number (Tabel 2.2, 2.1);
    - a percentage indicator ("Persentase ...") measured in another unit;
    - a header unit the values do not follow: 3.2 says ``Rp.000`` (thousands) but
      its pagu equal Tabel 2.2's in rupiah;
    - a header unit the values follow (``skala`` 1000, ``skala_32``): 3.2 is read in thousands,
      said once (``info``), with ``rasio``, the median ratio as written;
    - a header saying thousands whose scale cannot be told (``skala_pasti``: no row paired with
      Tabel 2.2, or a ratio neither about 1 nor about 1/1000): values read as written, and their
      pagu not compared with the other section 3 table (``info``);
    - the same three for Tabel 3.3 (``header_rencana``, ``skala_33``, ``rasio_33``: its APBD pagu, a
      Renja murni's pagu indikatif, against 2.2's), whose pagu is then compared with 2.2's and 3.2's
      only where its scale is known.
    - a 3.3 read x1000 whose prakiraan maju pagu was left as written (``maju_33``, from
      ``findings.document.maju_33``: its own header cell names no unit and its values are not on the
      current year's scale): said (``info``) where that column holds a pagu above 0.
    - a 3.2 read as written whose pagu is about 0,001 or 0,000001 of 2.2's (``rasio``) or, a Renja murni's, of
      its 3.3's of known scale (``rasio_32_33``, ``rasio_32_33()``), whatever its header: its scale unknown,
      said once (``info``, ``_rata_32``), its pagu compared with 3.3's under both readings where one of two
      (``_dua_skala_32``).
    """
    records = []
    for df, tabel in ((evaluasi, _TABEL_22), (tabel21, _TABEL_21)):
        angka = _per_value(df["satuan"], is_number)
        persen = (~angka & _per_value(df["indikator"], _PERSEN.match)
                  & ~_per_value(df["satuan"], lambda sat: re.search(r"(?i)%|persen", sat))
                  & df["satuan"].notna().to_numpy(dtype=bool))
        rows = df[angka | persen]
        for is_angka, baris, nama, sat, indikator in zip(
                angka[angka | persen].tolist(), *_cols(rows, "baris_sumber", "nama", "satuan", "indikator")):
            if is_angka:
                records.append(_rec(
                    "satuan_tidak_wajar", "peringatan", tabel, baris, nama, "satuan", parse_number(sat), pd.NA,
                    f"Kolom satuan berisi angka \u201c{sat}\u201d, bukan satuan; indikator "
                    f"\u201c{indikator}\u201d perlu satuan yang jelas."))
            else:
                records.append(_rec(
                    "satuan_tidak_wajar", "peringatan", tabel, baris, nama, "satuan", pd.NA, pd.NA,
                    f"Indikator persentase \u201c{indikator}\u201d diukur dengan satuan "
                    f"\u201c{sat}\u201d; satuannya seharusnya persen."))
    stated = next((h for h in header_review if _ribuan(h)), None)
    # 3.2 read as written about 1/1000 of the same year's plan in a 3.3 of known scale (a murni): unknown
    seperseribu_33 = bool(skala == 1 and _seperseribu(rasio_32_33) and len(review))
    if stated is not None:
        ratio = rasio if pd.notna(rasio) else rasio_skala_32(pergeseran)
        first = review["baris_sumber"].min() if len(review) else None
        if skala == 1 and seperseribu_33:
            records.append(_rata_32(first, ratio, rasio_32_33, stated=stated))
        elif skala != 1:      # values in thousands, as the header says: read x1000 (``load.analyse``)
            records.append(_rec(
                "satuan_tidak_wajar", "info", _REVIEW, first, stated, "pagu_rp", skala, rasio,
                f"Nilai {_REVIEW} dibaca dalam ribuan rupiah sesuai judul kolom \u201c{stated}\u201d: "
                f"pagunya sekitar seperseribu pagu Tabel 2.2 (median rasio {format_angka(rasio * skala, 2)} "
                f"setelah dikali {format_angka(skala, 0)}); semua pagu dan jumlah {_REVIEW} dikali "
                f"{format_angka(skala, 0)}. Karena tiap angkanya dibulatkan ke ribuan rupiah, satu angka "
                f"dibandingkan dengan ketelitian {format_rupiah(TOLERANSI_RP * skala)}; angka induk dengan jumlah "
                "n rincian di bawahnya yang berisi angka, dan jumlah yang tercantum dengan jumlah pagu program "
                f"(n: banyak baris program di sisi tabel itu), dengan ketelitian n/2 dibulatkan ke bawah \u00d7 "
                f"{format_rupiah(skala)} (satu rincian tanpa selisih, tujuh rincian {format_rupiah(3 * skala)}): "
                "selisih yang lebih besar tidak dapat berasal dari pembulatan."))
        elif _sebanding(ratio):  # values in rupiah, not thousands
            records.append(_rec(
                "satuan_tidak_wajar", "peringatan", _REVIEW, first, stated, "pagu_rp", 1000, ratio,
                f"Judul kolom menyatakan \u201c{stated}\u201d (ribuan rupiah), tetapi nilainya setara "
                f"pagu Tabel 2.2 dalam rupiah (median rasio {format_angka(ratio, 2)}); nilai dibaca "
                "sebagai rupiah, judul kolom perlu diperbaiki."))
        elif not skala_pasti(header_review, skala, ratio):
            records.append(_rec(
                "satuan_tidak_wajar", "info", _REVIEW, first, stated, "pagu_rp", np.nan, ratio,
                _tak_pasti(_REVIEW, stated, ratio, f"pagunya terhadap pagu {_TABEL_22}",
                           "baris yang berpasangan dengan", _RENCANA)))
    elif skala == 1 and (_seperseribu(rasio) or seperseribu_33) and len(review):
        # a header naming no thousands over values about 1/1000 of 2.2's or (a murni) of its 3.3's: the scale is
        # unknown all the same, one of two; its pagu compared with a 3.3 of known scale under both readings
        lain, r, ke_33 = _dua_skala_32(header_review, skala, rasio, rasio_32_33)
        # compared with a 3.3 of known scale, or of unknown scale one of two (``_dua_skala_33``: four readings)
        banding = pd.notna(skala_33) or (rencana is not None and pd.notna(
            _dua_skala_33(header_rencana, skala_33, rasio_33, review, rencana, murni)[0]))
        records.append(_rata_32(review["baris_sumber"].min(), np.nan if ke_33 else r, r if ke_33 else np.nan,
                                lain=lain if banding else np.nan))
    stated = next((h for h in header_rencana or [] if _ribuan(h)), None)
    if stated is not None and rencana is not None:
        first = rencana["baris_sumber"].min() if len(rencana) else None
        apa = "pagu indikatifnya" if murni else "pagu APBD-nya"
        kolom = "pagu_rkpd_rp" if murni else "pagu_apbd_rp"
        if skala_33 == 1000:    # read x1000 (``load.analyse``)
            records.append(_rec(
                "satuan_tidak_wajar", "info", _RENCANA, first, stated, kolom, skala_33, rasio_33,
                f"Nilai {_RENCANA} dibaca dalam ribuan rupiah sesuai judul kolom \u201c{stated}\u201d: "
                f"{apa} sekitar seperseribu pagu {_TABEL_22} (median rasio {format_angka(rasio_33 * skala_33, 2)} "
                f"setelah dikali {format_angka(skala_33, 0)}); semua pagu {_RENCANA}"
                + ("" if maju_33[0] else " (kecuali prakiraan maju)") + " dikali "
                f"{format_angka(skala_33, 0)} dan dibandingkan dengan ketelitian {format_rupiah(TOLERANSI_RP * skala_33)}."))
            ikut, rasio_maju, judul = maju_33
            if not ikut and "pagu_maju_rp" in rencana and bool((rencana["pagu_maju_rp"] > 0).any()):
                records.append(_rec(
                    "satuan_tidak_wajar", "info", _RENCANA, first, judul, "pagu_maju_rp", np.nan, rasio_maju,
                    f"Pagu prakiraan maju {_RENCANA} tidak dikali {format_angka(skala_33, 0)}: judul kolomnya sendiri "
                    f"\u201c{judul}\u201d tidak menyatakan ribuan rupiah, dan skalanya tidak dapat dipastikan sama "
                    "dengan pagu tahun berjalan (median rasio pagu prakiraan maju terhadap pagu "
                    + ("indikatif" if murni else "RKPD Perubahan") + " sebagaimana tertulis "
                    + (format_angka(rasio_maju, 2) if pd.notna(rasio_maju) else "tidak dapat dihitung")
                    + "); nilainya dibaca sebagaimana tertulis dan perlu diperiksa."))
        elif pd.notna(skala_33):  # values in rupiah, not thousands
            records.append(_rec(
                "satuan_tidak_wajar", "peringatan", _RENCANA, first, stated, kolom, 1000, rasio_33,
                f"Judul kolom menyatakan \u201c{stated}\u201d (ribuan rupiah), tetapi {apa} setara "
                f"pagu {_TABEL_22} dalam rupiah (median rasio {format_angka(rasio_33, 2)}); nilai dibaca "
                "sebagai rupiah, judul kolom perlu diperbaiki."))
        else:
            records.append(_rec(
                "satuan_tidak_wajar", "info", _RENCANA, first, stated, kolom, np.nan, rasio_33,
                _tak_pasti(_RENCANA, stated, rasio_33, f"{apa} terhadap pagu {_TABEL_22}",
                           "baris berkode yang berpasangan dengan", f"{_TABEL_22} maupun {_REVIEW}")))
    elif rencana is not None and len(rencana) and pd.isna(skala_33):
        # a header naming no thousands over values about 1/1000 of 2.2's (``skala_33`` NaN): unknown all the same;
        # a murni's about 1/1000 of 3.2's (the same year's plan, ``_rasio_review_33``) though not of 2.2's, or with no
        # 2.2 pagu to pair (REV-AD AD3): said so, once; its pagu compared under both readings (``_dua_skala_33``)
        # with the tables ``antar_tabel_tidak_cocok`` compares it with (2.2 but for a murni; 3.2 of known scale)
        lain, rasio_rv = _dua_skala_33(header_rencana, skala_33, rasio_33, review, rencana, murni)
        # 3.2 of known scale, or of unknown scale one of two (``_dua_skala_32``: compared under the four readings)
        lawan = [_TABEL_22] * (not murni) + [_REVIEW] * bool(len(review) and (
            skala_pasti(header_review, skala, rasio, rasio_32_33)
            or pd.notna(_dua_skala_32(header_review, skala, rasio, rasio_32_33)[0])))
        records.append(_rata_33(rencana["baris_sumber"].min(), rasio_33, murni, rasio_rv, lain, lawan))
    return _frame(records)


def _rata_32(baris, rasio: float, rasio_33: float = np.nan, lain: float = np.nan, stated: str | None = None) -> dict:
    """The info on a Tabel 3.2 read as written whose scale is unknown because its pagu is about 0,001 or
    0,000001 of Tabel 2.2's (``rasio``) or, a Renja murni's, of its Tabel 3.3's of known scale (``rasio_33``,
    told first where it is so: the same year's plan; ``rasio_32_33``): the mirror of ``_rata_33``. ``lain``: its
    second reading (``_dua_skala_32``), under which and as written its pagu is compared with 3.3's
    (``antar_tabel_tidak_cocok``); NaN: not compared. ``stated``: its header cell saying thousands, whose
    values 2.2 did not show to be in thousands (``rasio``: about 1, or none), named; its pagu then not compared.

    >>> print(_rata_32(46, np.nan, 0.0011, 1000.0)["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Skala pagu Tabel 3.2 (Review P-RKPD) tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap pagu
    Tabel 3.3 (Rencana Perubahan) (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0011, sekitar
    seperseribu, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca sebagaimana tertulis, dan pagunya
    dibandingkan dengan Tabel 3.3 (Rencana Perubahan) dalam rupiah maupun dalam ribuan rupiah: hanya baris yang
    berbeda dalam kedua bacaan itu yang dilaporkan.
    >>> print(_rata_32(46, 1.2e-6)["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Skala pagu Tabel 3.2 (Review P-RKPD) tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap pagu
    Tabel 2.2 0,0000012, sekitar sepersejuta, dan judul kolomnya tidak menyatakan ribuan rupiah; nilainya dibaca
    sebagaimana tertulis, dan pagunya tidak dibandingkan dengan Tabel 3.3 (Rencana Perubahan), hanya targetnya.
    >>> print(_rata_32(46, np.nan, 0.001, stated="Pagu (Rp.000)")["pesan"])  # doctest: +NORMALIZE_WHITESPACE
    Skala pagu Tabel 3.2 (Review P-RKPD) tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap pagu
    Tabel 3.3 (Rencana Perubahan) (rencana tahun yang sama, baris yang berpasangan menurut nama) 0,0010, sekitar
    seperseribu, padahal judul kolomnya menyatakan “Pagu (Rp.000)” (ribuan rupiah) dan tidak ada baris yang
    berpasangan dengan Tabel 2.2 yang memastikannya; nilainya dibaca sebagaimana tertulis, dan pagunya tidak
    dibandingkan dengan Tabel 3.3 (Rencana Perubahan), hanya targetnya.
    """
    ke_33 = _seperseribu(rasio_33)
    r = rasio_33 if ke_33 else rasio
    terhadap = (f"pagu {_RENCANA} (rencana tahun yang sama, baris yang berpasangan menurut nama)" if ke_33
                else f"pagu {_TABEL_22}")
    besar = {1000.0: "sekitar seperseribu", 1e6: "sekitar sepersejuta"}.get(_skala_lain(r), "bukan sekitar 1")
    if stated is not None:
        judul = (f"padahal judul kolomnya menyatakan \u201c{stated}\u201d (ribuan rupiah) dan "
                 + (f"median rasio pagunya terhadap pagu {_TABEL_22} {_teks_rasio(rasio)}" if pd.notna(rasio)
                    else f"tidak ada baris yang berpasangan dengan {_TABEL_22} yang memastikannya"))
        lain = np.nan
    else:
        judul = "dan judul kolomnya tidak menyatakan ribuan rupiah"
    if pd.notna(lain):
        akhir = (f"pagunya dibandingkan dengan {_RENCANA} dalam rupiah maupun dalam "
                 f"{'ribuan' if lain == 1000 else 'jutaan'} rupiah: hanya baris yang berbeda dalam kedua bacaan itu "
                 "yang dilaporkan.")
    else:
        akhir = f"pagunya tidak dibandingkan dengan {_RENCANA}, hanya targetnya."
    return _rec(
        "satuan_tidak_wajar", "info", _REVIEW, baris, stated, "pagu_rp", np.nan, r,
        f"Skala pagu {_REVIEW} tidak dapat dipastikan dalam rupiah: median rasio pagunya terhadap {terhadap} "
        f"{_teks_rasio(r)}, {besar}, {judul}; nilainya dibaca sebagaimana tertulis, dan {akhir}")


def _tak_pasti(tabel: str, stated: str, rasio: float, rasio_apa: str, pasangan: str, lawan: str) -> str:
    """The sentence of a table whose header says thousands and whose scale is unknown (``skala_pasti``).

    >>> print(_tak_pasti("Tabel 3.3", "PAGU (Rp.000)", 0.04, "pagu APBD-nya terhadap pagu Tabel 2.2",
    ...                  "baris berkode yang berpasangan dengan", "Tabel 2.2"))
    Judul kolom Tabel 3.3 menyatakan “PAGU (Rp.000)” (ribuan rupiah), tetapi skala nilainya tidak dapat dipastikan (median rasio pagu APBD-nya terhadap pagu Tabel 2.2 0,0400, bukan sekitar 1 atau 0,001); nilainya dibaca sebagaimana tertulis, dan pagunya tidak dibandingkan dengan Tabel 2.2, hanya targetnya.
    """
    dasar = (f"median rasio {rasio_apa} {_teks_rasio(rasio)}, bukan sekitar 1 atau 0,001" if pd.notna(rasio)
             else f"tidak ada {pasangan} {_TABEL_22}")
    return (f"Judul kolom {tabel} menyatakan \u201c{stated}\u201d (ribuan rupiah), tetapi skala nilainya tidak dapat "
            f"dipastikan ({dasar}); nilainya dibaca sebagaimana tertulis, dan pagunya tidak dibandingkan dengan "
            f"{lawan}, hanya targetnya.")


# --- 11. impossible values --------------------------------------------------------------

#: Columns that cannot be negative, by table attribute and label.
TIDAK_NEGATIF = {
    "evaluasi": (_TABEL_22, ("target_k", "realisasi_k", "pagu_rp", "realisasi_rp")),
    "review_rkpd": (_REVIEW, ("target_k", "pagu_rp")),
    "rencana": (_RENCANA, ("target_sebelum", "target_sesudah", "target_maju", "pagu_rkpd_rp", "pagu_apbd_rp",
                           "pagu_rkpd_perubahan_rp", "pagu_tanpa_judul_rp", "pagu_maju_rp")),
    "tujuan_sasaran": (_TABEL_31, ("target_renja", "target_perubahan", "target_akhir_renstra")),
}


_LABEL_TABEL = {name: label for name, (label, _) in TIDAK_NEGATIF.items()} | {"pergeseran": "Pergeseran anggaran"}


def _name(df: pd.DataFrame) -> pd.Series:
    for col in ("nama", "indikator"):
        if col in df:
            return df[col]
    return pd.Series(pd.NA, index=df.index)


def nilai_negatif(tables: dict) -> pd.DataFrame:
    """A negative target, pagu or realisation (``kritis``): a budget or a count below zero
    is a typing error (a minus sign, or a change written in the wrong column).

    Examples
    --------
    >>> ev = pd.DataFrame({"nama": ["A"], "target_k": [4.0], "realisasi_k": [1.0],
    ...                    "pagu_rp": [-5000.0], "realisasi_rp": [0.0], "baris_sumber": [12]})
    >>> nilai_negatif({"evaluasi": ev})[["tabel", "baris_sumber", "kolom", "nilai_dokumen"]].values.tolist()
    [['Tabel 2.2', 12, 'pagu_rp', -5000.0]]
    """
    records = []
    for name, (tabel, cols) in TIDAK_NEGATIF.items():
        df = tables.get(name)
        if df is None or not len(df):
            continue
        names = _name(df)
        for col in cols:
            if col not in df:
                continue
            bad = (pd.to_numeric(df[col]) < 0).fillna(False).to_numpy(dtype=bool)
            if not bad.any():
                continue
            records += [_rec(
                "nilai_negatif", "kritis", tabel, baris, nama, col, value, None,
                f"Kolom {_kolom(col)} bernilai negatif ({format_angka(value, None)}); target, pagu dan "
                "realisasi tidak mungkin di bawah nol: periksa tanda minus atau kolomnya.")
                for baris, nama, value in zip(df["baris_sumber"][bad].tolist(), names[bad].tolist(),
                                              df[col][bad].tolist())]
    return _frame(records)


def serapan_berlebih(evaluasi: pd.DataFrame, pergeseran: pd.DataFrame | None = None) -> pd.DataFrame:
    """Spending above the budget: realisasi Rp greater than pagu Rp (``kritis``).

    The message asks whether the pagu murni was used instead of the pagu perubahan only where
    that could explain it: where Tabel 3.2's P-APBD pagu of the row (``pergeseran``'s
    ``pagu_papbd_rp`` by ``baris_evaluasi``) is unknown, or not below the realisation (then
    named). Where it is below the realisation too, the message says so instead. 3.2's pagu is
    used only where it is known to be in rupiah: Tabel 3.2 as a whole (``rasio_skala_32``) and
    the row itself (its P-APBD over its APBD pagu, where that pagu is above 0) on Tabel 2.2's
    scale (``_sebanding``); a 3.2 in thousands (its header ``Pagu Indikatif (Rp.000)`` true) or
    of unknown scale leaves the question as it is.

    Examples
    --------
    >>> ev = pd.DataFrame({"nama": ["A", "B"], "pagu_rp": [100.0, 100.0], "realisasi_rp": [120.0, 80.0],
    ...                    "serapan_rp": [120.0, 80.0], "baris_sumber": [7, 8]})
    >>> serapan_berlebih(ev)[["baris_sumber", "nilai_dokumen", "nilai_hitung"]].values.tolist()
    [[7, 120.0, 120.0]]
    >>> print(serapan_berlebih(ev)["pesan"].iloc[0])
    Realisasi Rp120 melebihi pagu Rp100 (serapan 120,00%); belanja tidak boleh melampaui pagu: periksa realisasi atau pagu (pagu murni dipakai, bukan pagu perubahan?).
    >>> pg = pd.DataFrame({"level": ["program", "program"], "baris_evaluasi": [7, 8],
    ...                    "pagu_apbd_rp": [100.0, 100.0], "pagu_papbd_rp": [90.0, 100.0]})
    >>> print(serapan_berlebih(ev, pg)["pesan"].iloc[0])
    Realisasi Rp120 melebihi pagu Rp100 (serapan 120,00%); belanja tidak boleh melampaui pagu: periksa realisasi atau pagu (pagu P-APBD di Tabel 3.2, Rp90, juga di bawah realisasi).
    >>> print(serapan_berlebih(ev, pg.assign(pagu_papbd_rp=150.0))["pesan"].iloc[0])
    Realisasi Rp120 melebihi pagu Rp100 (serapan 120,00%); belanja tidak boleh melampaui pagu: periksa realisasi atau pagu (pagu murni dipakai, bukan pagu perubahan? Tabel 3.2 mencantumkan pagu P-APBD Rp150).

    Tabel 3.2 in thousands (P-APBD 0,09 and 0,1 beside APBD 100 and 100): its pagu says nothing
    of the rupiah, the question stays:

    >>> print(serapan_berlebih(ev, pg.assign(pagu_papbd_rp=[0.09, 0.1]))["pesan"].iloc[0])
    Realisasi Rp120 melebihi pagu Rp100 (serapan 120,00%); belanja tidak boleh melampaui pagu: periksa realisasi atau pagu (pagu murni dipakai, bukan pagu perubahan?).
    """
    # a negative pagu has its own finding (nilai_negatif); a pagu of 0 with spending is spending above it
    bad = ((evaluasi["realisasi_rp"] > evaluasi["pagu_rp"]) & (evaluasi["pagu_rp"] >= 0)).fillna(False).astype(bool)
    rows = evaluasi[bad]
    papbd = pd.Series(pd.NA, index=rows.index, dtype="Float64")
    # 3.2's pagu only where it is known to be in rupiah: the table and the row on 2.2's scale
    if len(rows) and _sebanding(rasio_skala_32(pergeseran)) and pergeseran is not None and "baris_evaluasi" in pergeseran:
        pg = pergeseran.dropna(subset=["baris_evaluasi"]).drop_duplicates("baris_evaluasi")
        # a row off that scale is left out; a row with an APBD pagu of 0 has no ratio: the table's scale holds
        rasio = pg["pagu_papbd_rp"] / pg["pagu_apbd_rp"].mask(pg["pagu_apbd_rp"] <= 0)
        pg = pg[(rasio.between(*_SKALA_SAMA, inclusive="neither") | (pg["pagu_apbd_rp"] == 0))
                .fillna(False).to_numpy(dtype=bool)]
        papbd = rows["baris_sumber"].map(pd.Series(pg["pagu_papbd_rp"].to_numpy(),
                                                   index=pg["baris_evaluasi"].astype("int64").to_numpy())
                                         ).astype("Float64")

    def petunjuk(real, baru) -> str:
        if pd.isna(baru):
            return "pagu murni dipakai, bukan pagu perubahan?"
        if baru < real:
            return f"pagu P-APBD di Tabel 3.2, {format_rupiah(baru)}, juga di bawah realisasi"
        return f"pagu murni dipakai, bukan pagu perubahan? Tabel 3.2 mencantumkan pagu P-APBD {format_rupiah(baru)}"

    return _frame([_rec(
        "serapan_berlebih", "kritis", _TABEL_22, baris, nama, "realisasi_rp", real, ser,
        f"Realisasi {format_rupiah(real)} melebihi pagu {format_rupiah(pagu)} "
        f"(serapan {format_persen(ser)}); belanja tidak boleh melampaui pagu: periksa "
        f"realisasi atau pagu ({petunjuk(real, baru)}).")
        for (baris, nama, real, ser, pagu), baru in zip(zip(*_cols(
            rows, "baris_sumber", "nama", "realisasi_rp", "serapan_rp", "pagu_rp")), papbd.tolist())])


def _panjang_maks(s: pd.Series) -> int:
    """The length (characters) of the longest cell of a text column, 0 when it has none.

    Arrow-backed text is measured in Arrow, without a Series per column; other text as
    ``str.len`` of its ``string`` form (what ``teks_terlalu_panjang`` counts).

    >>> _panjang_maks(pd.Series(["ab", None, "défg"], dtype="string")), _panjang_maks(pd.Series([], dtype=object))
    (4, 0)
    """
    if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
        n = pc.max(pc.utf8_length(pa.array(s.array))).as_py()
    else:
        n = s.astype("string").str.len().max()
    return 0 if n is None or pd.isna(n) else int(n)


def _bisa_lebih(s: pd.Series, batas: int) -> bool:
    """Whether a cell of a text column is longer than ``batas`` characters (``_panjang_maks``),
    Arrow-backed text first measured in bytes, without decoding a character: a column whose
    longest cell holds ``batas`` bytes or fewer holds no longer text (a character is one byte
    or more).

    >>> col = pd.Series(["ab", None, "d\u00e9f"], dtype="string")
    >>> _bisa_lebih(col, 4), _bisa_lebih(col, 3), _bisa_lebih(col, 2), _bisa_lebih(pd.Series(["abc"]), 2)
    (False, False, True, True)
    """
    if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
        n = pc.max(pc.binary_length(pa.array(s.array))).as_py()
        if n is None or n <= batas:
            return False
    return _panjang_maks(s) > batas


def teks_terlalu_panjang(tables: dict, batas: int = BATAS_SEL_EXCEL) -> pd.DataFrame:
    """A text cell longer than Excel's 32,767-character cell limit: CSV and Parquet keep
    it whole, the workbook shows it cut with a marker (``peringatan``)."""
    records = []
    for name, df in tables.items():
        if df is None or name == "temuan" or not len(df):
            continue
        names = _name(df)
        for col, values in df.items():
            if not pd.api.types.is_string_dtype(values.dtype) or isinstance(values.dtype, pd.CategoricalDtype):
                continue
            if not _bisa_lebih(values, batas):       # most columns: nothing to report, nothing to index
                continue
            length = values.astype("string").str.len()
            bad = (length > batas).fillna(False).to_numpy(dtype=bool)
            baris = df["baris_sumber"][bad].tolist() if "baris_sumber" in df else [None] * int(bad.sum())
            records += [_rec(
                "teks_terlalu_panjang", "peringatan", _LABEL_TABEL.get(name, name), b, nama, col, int(n), batas,
                f"Sel {_kolom(col)} berisi {format_angka(int(n))} karakter, melebihi batas satu sel Excel "
                f"({format_angka(batas)}); teks lengkap ada di CSV/Parquet, di buku kerja Excel teks "
                "dipotong dengan penanda.") for b, nama, n in zip(baris, names[bad].tolist(), length[bad].tolist())]
    return _frame(records)


# --- all together --------------------------------------------------------------------------

def _dengan_desimal(evaluasi: pd.DataFrame, desimal: pd.DataFrame | None) -> pd.DataFrame:
    """``evaluasi`` with ``serapan_rp_desimal``: the decimals each serapan cell is written with
    (``tables.evaluation.desimal_tertulis``), where the number its written digits make is its value
    as read (else NA: the float's decimals count, ``_setengah_digit``); unchanged without them.

    >>> ev = pd.DataFrame({"baris_sumber": [10, 11, 12], "serapan_rp_dokumen": [41.7, 1250.0, 50.0]})
    >>> d = pd.DataFrame({"baris_sumber": [10, 11], "desimal": [2, 3], "nilai": [41.7, 1.25]})
    >>> _dengan_desimal(ev, d)["serapan_rp_desimal"].tolist()
    [2, <NA>, <NA>]
    """
    if desimal is None or "serapan_rp_dokumen" not in evaluasi or "baris_sumber" not in evaluasi:
        return evaluasi
    # each row's line looked up among the cells' lines (one cell a line), by sorting, not by index
    dari = pd.to_numeric(desimal["baris_sumber"]).to_numpy(dtype=float, na_value=np.nan)
    urut = np.argsort(dari, kind="stable")
    dari = dari[urut]
    baris = pd.to_numeric(evaluasi["baris_sumber"]).to_numpy(dtype=float, na_value=np.nan)
    at = np.minimum(np.searchsorted(dari, baris), max(len(dari) - 1, 0))
    ada = (dari[at] == baris) if len(dari) else np.zeros(len(baris), dtype=bool)
    nilai = np.where(ada, desimal["nilai"].to_numpy(dtype=float)[urut][at] if len(dari) else np.nan, np.nan)
    v = pd.to_numeric(evaluasi["serapan_rp_dokumen"]).to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        sama = np.abs(nilai - v) <= 1e-9 * np.maximum(1.0, np.abs(v))
    n = pd.to_numeric(desimal["desimal"]).to_numpy(dtype=float, na_value=np.nan)[urut][at] if len(dari) else np.nan
    return evaluasi.assign(serapan_rp_desimal=pd.array(np.where(sama, n, np.nan), dtype="Int64"))


def semua_temuan(doc, pergeseran: pd.DataFrame) -> pd.DataFrame:
    """Every finding for a loaded document, in the order of ``JENIS`` then source line.

    A Renja murni (``doc.murni``, ``load``) has no APBD -> P-APBD change: no keterangan is
    compared with a reallocation, and Tabel 2.2 is not compared with section 3 (which plans
    the next year)."""
    murni = bool(getattr(doc, "murni", False))
    tahun, triwulan = tahun_triwulan(doc)
    # Tabel 3.2 in thousands (``load.analyse``): its values multiplied, compared to Rp1.000
    skala, rasio = float(getattr(doc, "skala_review", 1.0)), getattr(doc, "rasio_skala_review", np.nan)
    header_review = list(getattr(doc, "header_review", []) or [])
    # Tabel 3.3 in thousands too (``load.analyse``: its values multiplied), or of unknown scale (NaN)
    skala33, rasio33 = float(getattr(doc, "skala_rencana", 1.0)), getattr(doc, "rasio_skala_rencana", np.nan)
    # a murni's 3.2 against its 3.3 of known scale (``load.analyse``, ``rasio_32_33``): about 1/1000, unknown
    rasio_rc = getattr(doc, "rasio_review_rencana", np.nan)
    tables = {"evaluasi": doc.evaluasi, "review_rkpd": doc.review_rkpd, "rencana": doc.rencana,
              "tujuan_sasaran": doc.tujuan_sasaran, "pergeseran": pergeseran}
    baca = list(getattr(doc, "temuan_baca", []) or [])
    # an unknown realisation is at most its pagu, or its 3.2 P-APBD pagu where larger and 3.2's scale known
    evaluasi_batas = doc.evaluasi
    if pergeseran is not None and len(pergeseran) and {"baris_evaluasi", "pagu_papbd_rp"} <= set(pergeseran) \
            and "baris_sumber" in doc.evaluasi and (skala != 1 or _sebanding(rasio)):
        papbd = pergeseran.dropna(subset=["baris_evaluasi"]).drop_duplicates("baris_evaluasi", keep=False).set_index(
            "baris_evaluasi")["pagu_papbd_rp"]
        evaluasi_batas = doc.evaluasi.assign(pagu_papbd_rp=doc.evaluasi["baris_sumber"].map(papbd).to_numpy())
    # each serapan cell's last digit as written (``41.70``: two decimals, not the float's one)
    evaluasi_batas = _dengan_desimal(evaluasi_batas, getattr(doc, "desimal_serapan", None))
    jumlah = jumlah_tidak_cocok(evaluasi_batas, doc.review_rkpd, doc.total_review, tabel21=doc.tabel21,
                                pembacaan=getattr(doc, "pembacaan", None), lokasi=getattr(doc, "lokasi", None),
                                skala_32=skala, skala_lain_32=_dua_skala_32(header_review, skala, rasio, rasio_rc)[0],
                                sel_32=getattr(doc, "desimal_review", None), **{
        kata: any(f.get("jenis") == "dokumen_terpotong" and f.get("tabel") == label for f in baca)
        for kata, label in (("terpotong_dibaca", _REVIEW), ("terpotong_22_dibaca", _TABEL_22))})
    parts = [
        _frame(baca),
        teks_terlalu_panjang(tables),
        nilai_negatif(tables),
        serapan_berlebih(doc.evaluasi, pergeseran),
        persen_tidak_cocok(evaluasi_batas, doc.tabel21),
        jumlah,
        antar_tabel_tidak_cocok(doc.evaluasi, doc.tabel21, doc.review_rkpd, doc.rencana, murni,
                                tahun=tahun, triwulan=triwulan, sel_33=getattr(doc, "desimal_rencana", None),
                                sel_32=getattr(doc, "desimal_review", None),
                                skala_32=skala if skala_pasti(header_review, skala, rasio, rasio_rc) else np.nan,
                                skala_lain_32=_dua_skala_32(header_review, skala, rasio, rasio_rc)[0],
                                skala_33=skala33, rasio_33=rasio33, skala_lain_33=_dua_skala_33(
                                    getattr(doc, "header_rencana", None), skala33, rasio33, doc.review_rkpd,
                                    doc.rencana, murni)[0]),
        empty() if murni else keterangan_tidak_cocok(doc.evaluasi, pergeseran, toleransi=TOLERANSI_RP * skala,
                                                     terpotong=_review_terpotong(baca, jumlah, doc),
                                                     skala_lain=_skala_lain_keterangan(header_review, skala, rasio,
                                                                                       rasio_rc)),
        selisih_tidak_cocok(doc.rencana, toleransi=TOLERANSI_RP * (1.0 if pd.isna(skala33) else skala33),
                            skala=skala33),
        capaian_berlebih(doc.evaluasi),
        serapan_tanpa_output(doc.evaluasi),
        output_tanpa_serapan(doc.evaluasi),
        target_melebihi_renstra(doc.evaluasi, doc.tujuan_sasaran, tahun=tahun,
                                tahun_renstra=getattr(doc, "tahun_akhir_renstra", None)),
        revisi_target(doc.evaluasi, doc.review_rkpd, pergeseran, doc.rencana),
        satuan_tidak_wajar(doc.evaluasi, doc.tabel21, doc.review_rkpd, header_review, pergeseran,
                           skala=skala, rasio=rasio, rencana=doc.rencana,
                           header_rencana=list(getattr(doc, "header_rencana", []) or []),
                           skala_33=skala33, rasio_33=rasio33, murni=murni,
                           maju_33=tuple(getattr(doc, "maju_rencana", (True, np.nan, None))), rasio_32_33=rasio_rc),
    ]
    out = _typed(pd.concat([p for p in parts if len(p)] or [empty()], ignore_index=True))
    out = bacaan_target_lain(out, doc.rencana)
    out = tandai_ambigu(out)
    return out.sort_values(["jenis", "baris_sumber"], kind="stable", na_position="last").reset_index(drop=True)


def _bacaan_rencana(rencana: pd.DataFrame) -> dict:
    """Tabel 3.3's year targets that read two ways (``tables.plan._putuskan_tahun``: the column, the
    document or nothing chose between them): {line: {column: (reading, other reading)}}."""
    out: dict = {}
    for col in ("target_sebelum", "target_sesudah"):
        lain = f"{col}_lain"
        if lain not in rencana or "baris_sumber" not in rencana:
            continue
        ada = pd.to_numeric(rencana[lain]).notna().to_numpy(dtype=bool) & rencana["baris_sumber"].notna().to_numpy(
            dtype=bool)
        for b, v, w in zip(rencana.loc[ada, "baris_sumber"].astype(int).tolist(),
                           pd.to_numeric(rencana.loc[ada, col]).tolist(), pd.to_numeric(rencana.loc[ada, lain]).tolist()):
            out.setdefault(b, {})[col] = (float(v), float(w))
    return out


def _dua(v: float, w: float) -> str:
    return f"{format_angka(v, None)} atau {format_angka(w, None)}"


def _sama(a: float, b: float) -> bool:
    return bool(abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)), abs(float(b))))


#: The words ending a finding weighed under both readings of a target (``bacaan_target_lain``).
_KEDUA_BACAAN = "dan keduanya berbeda"


def bacaan_target_lain(temuan: pd.DataFrame, rencana: pd.DataFrame) -> pd.DataFrame:
    """Findings that compare a Tabel 3.3 target of the year read two ways (``rencana``'s
    ``target_<key>_lain``) kept only where the difference holds under both readings, naming both
    (REV-AT AT1, AT2, AT9): a difference the other reading removes is no error of the document.

    ``antar_tabel_tidak_cocok`` on a target whose compared 3.3 line (``baris_pembanding``) holds such a
    cell, and ``revisi_target`` of Tabel 3.3 (before against after the change; two cells that both read
    two ways are read the same way, thousands with thousands).

    Examples
    --------
    >>> rc = pd.DataFrame({"baris_sumber": [471], "target_sebelum": [1.5], "target_sebelum_lain": [1500.0],
    ...                    "target_sesudah": [3.0], "target_sesudah_lain": [np.nan]})
    >>> t = _frame([_rec("antar_tabel_tidak_cocok", "peringatan", "Tabel 2.2 vs Tabel 3.3", 269, "A", "target_k",
    ...                  1500.0, 1.5, "Beda.", pembanding=471),
    ...             _rec("antar_tabel_tidak_cocok", "peringatan", "Tabel 2.2 vs Tabel 3.3", 270, "B", "target_k",
    ...                  3.0, 1.5, "Beda.", pembanding=471)])
    >>> bacaan_target_lain(t, rc)["baris_sumber"].tolist()
    [270]
    """
    if not len(temuan):
        return temuan
    dua = _bacaan_rencana(rencana)
    if not dua:
        return temuan
    jenis = temuan["jenis"].astype(str)
    kolom = temuan["kolom"].astype(str)
    buang = np.zeros(len(temuan), dtype=bool)
    ganti: dict[int, dict] = {}
    cocok_lain: dict[tuple[int, str], list[str]] = {}     # the tables the other reading agrees with
    banding = np.flatnonzero(((jenis == "antar_tabel_tidak_cocok") & (kolom == "target_k")).to_numpy(dtype=bool)
                             & temuan["baris_pembanding"].isin(list(dua)).fillna(False).to_numpy(dtype=bool))
    for i in banding.tolist():
        r = temuan.iloc[i]
        sel = dua[int(r["baris_pembanding"])]
        if pd.isna(r["nilai_hitung"]) or pd.isna(r["nilai_dokumen"]):
            continue
        cocok = [c for c, (v, _) in sel.items() if _sama(v, r["nilai_hitung"])]
        if not cocok:
            continue
        if str(r["tabel"]).startswith(_REVIEW) and "target_sesudah" in cocok:    # 3.2 against the revised one
            cocok = ["target_sesudah"]
        v, w = sel[cocok[0]]
        if _sama(w, r["nilai_dokumen"]):
            buang[i] = True
            pihak = str(r["tabel"]).split(" vs ")[0]
            cocok_lain.setdefault((int(r["baris_pembanding"]), cocok[0]), []).append(
                f"{pihak} (baris teks {int(r['baris_sumber'])})")
            continue
        ganti[i] = {"pesan": str(r["pesan"]).rstrip(".") + (
            f"; sel Tabel 3.3 (baris teks {int(r['baris_pembanding'])}) dapat dibaca {_dua(v, w)}, dan "
            "keduanya berbeda.")}
    revisi = np.flatnonzero(((jenis == "revisi_target") & (kolom == "target_sesudah")).to_numpy(dtype=bool)
                            & temuan["baris_sumber"].isin(list(dua)).fillna(False).to_numpy(dtype=bool))
    for i in revisi.tolist():
        r = temuan.iloc[i]
        sel = dua[int(r["baris_sumber"])]
        a = sel.get("target_sebelum", (float(r["nilai_dokumen"]), np.nan))
        b = sel.get("target_sesudah", (float(r["nilai_hitung"]), np.nan))
        ra = [x for x in a if pd.notna(x)]
        rb = [x for x in b if pd.notna(x)]
        if len(ra) == 2 and len(rb) == 2:      # one row writes one way: thousands with thousands
            pasangan = [(max(ra), max(rb)), (min(ra), min(rb))]
        else:
            pasangan = [(x, y) for x in ra for y in rb]
        if any(_sama(x, y) for x, y in pasangan):
            buang[i] = True
            continue
        # the mildest revision the readings allow: its size, its tingkat
        x, y = min(pasangan, key=lambda p: abs(np.log(abs(p[1] / p[0]))) if p[0] and p[1] and p[1] / p[0] > 0
                   else np.inf)
        teks_a = _dua(*a) if len(ra) == 2 else format_angka(a[0], None)
        teks_b = _dua(*b) if len(rb) == 2 else format_angka(b[0], None)
        rec = _revisi(_RENCANA, int(r["baris_sumber"]), r["nama"] if pd.notna(r["nama"]) else None,
                      "target_sesudah", x, y,
                      f"Target sebelum perubahan {teks_a}, sesudah {teks_b} (angka yang dapat dibaca dua cara "
                      "dibandingkan dengan kedua bacaannya, dan keduanya berbeda).")
        if len(pasangan) > 1:
            rec["pesan"] = rec["pesan"].replace(": target ", f": bahkan dalam bacaan {format_angka(x, None)} ke "
                                                f"{format_angka(y, None)}, target ", 1)
        ganti[i] = {k: rec[k] for k in ("tingkat", "pesan", "nilai_dokumen", "nilai_hitung")}
    # the cell's angka_ambigu info says which table its other reading agrees with (AT1: the row's evidence)
    info = np.flatnonzero((jenis == "angka_ambigu").to_numpy(dtype=bool))
    for i in info.tolist():
        b, k = temuan["baris_sumber"].iloc[i], str(temuan["kolom"].iloc[i])
        tabel = cocok_lain.get((int(b), k)) if pd.notna(b) else None
        if tabel:
            v, w = dua[int(b)][k]
            ganti[i] = {"pesan": str(temuan["pesan"].iloc[i]).rstrip(".") + (
                f". Bacaan {format_angka(w, None)} sama dengan target {' dan '.join(dict.fromkeys(tabel))}; "
                "perbandingan itu tidak dilaporkan sebagai perbedaan.")}
    if not buang.any() and not ganti:
        return temuan
    out = temuan.copy()
    for i, isi in ganti.items():
        for k, v in isi.items():
            out.iloc[i, out.columns.get_loc(k)] = v
    return out[~buang].reset_index(drop=True)


def _skala_lain_keterangan(header_review: list, skala: float, rasio: float, rasio_rc: float) -> float:
    """The other scale of a Tabel 3.2 of unknown scale read as written (``skala_pasti``) for the keterangan
    (``keterangan_tidak_cocok``): its second reading (``_dua_skala_32``), or 1000 where its header says
    thousands; NaN where its scale is known.

    >>> _skala_lain_keterangan(["Pagu (Rp.000)"], 1.0, 0.02, np.nan), _skala_lain_keterangan(["Pagu (Rp)"], 1.0, 0.98, np.nan)
    (1000.0, nan)
    """
    if skala_pasti(header_review, skala, rasio, rasio_rc):
        return np.nan
    lain = _dua_skala_32(header_review, skala, rasio, rasio_rc)[0]
    return float(lain) if pd.notna(lain) else (1000.0 if header_ribuan(header_review) else np.nan)


def _review_terpotong(baca: list, jumlah: pd.DataFrame, doc) -> str | None:
    """Why Tabel 3.2 is incomplete in the text, as a clause, or None: the reader's or
    ``jumlah_tidak_cocok``'s ``dokumen_terpotong`` on it, or a gap in its printed numbering
    (``_celah_32``, as ``jumlah_tidak_cocok`` reads it; the reader's ``nomor_tidak_urut``)."""
    potong = [f.get("baris_sumber") for f in baca if f.get("jenis") == "dokumen_terpotong" and f.get("tabel") == _REVIEW]
    if len(jumlah):
        j = jumlah[(jumlah["jenis"].astype(str) == "dokumen_terpotong") & (jumlah["tabel"].astype(str) == _REVIEW)]
        potong += j["baris_sumber"].tolist()
    potong = [int(b) for b in potong if pd.notna(b)]
    if potong:
        return f"{_REVIEW} tampaknya terpotong setelah baris {min(potong)} (temuan dokumen_terpotong)"
    rv = doc.review_rkpd
    if len(rv) and "no" in rv:
        sisi = _teks_kategori(rv["sisi"])
        celah = list(dict.fromkeys(t for side in ("rancangan_awal", "hasil_analisis")
                                   for _, t in _celah_32(rv[sisi == side], doc.total_review, side)))
        if celah:
            return f"nomor baris {', '.join(celah)} {_REVIEW} tidak ada di teks (temuan nomor_tidak_urut)"
    return None


#: Findings that say two numbers of the document contradict each other (``findings.registry``:
#: ``kontradiksi=True``).
KONTRADIKSI = _jt.KONTRADIKSI
#: the cells a finding's column is computed from (a capaian from its target and realisation)
_DARI = {"capaian_k": ("target_k", "realisasi_k"), "serapan_rp": ("pagu_rp", "realisasi_rp"),
         "target_sesudah": ("target_sebelum",)}


def tandai_ambigu(temuan: pd.DataFrame) -> pd.DataFrame:
    """A problem that rests on a cell that read two ways says so in its message.

    ``tables.ambiguous`` weighs every sum, percentage and cross-table comparison of Tabel 2.2
    and 2.1 before it chooses a reading, so a contradiction the other reading would remove
    cannot remain there. Any other ``peringatan`` or ``kritis`` finding that rests on such
    a cell (a contradiction on its line or its compared line, or a finding whose column is
    the cell or computed from it, such as a capaian above 100 % from an ambiguous target)
    points the reviewer to the ``angka_ambigu`` finding, so that no problem is read without
    the doubt about the number it rests on.

    Examples
    --------
    >>> t = _frame([_rec("angka_ambigu", "info", "Tabel 2.2", 40, "A", "target_k", 1250, 1.25, "x"),
    ...             _rec("jumlah_tidak_cocok", "kritis", "Tabel 3.2", 41, "B", "pagu_rp", 1, 2, "Beda."),
    ...             _rec("capaian_berlebih", "kritis", "Tabel 2.2", 40, "A", "capaian_k", 1, 2, "Tinggi."),
    ...             _rec("satuan_tidak_wajar", "peringatan", "Tabel 2.2", 40, "A", "satuan", 1, 2, "Lain.")])
    >>> tandai_ambigu(t)["pesan"].str.contains("angka ambigu").tolist()
    [False, False, True, False]
    """
    ambigu = teks_di(temuan["jenis"], ("angka_ambigu",))
    if not ambigu.any():
        return temuan
    amb = temuan.loc[ambigu, ["baris_sumber", "kolom"]].dropna()
    lines = set(amb["baris_sumber"].astype(int))
    cells = set(zip(amb["baris_sumber"].astype(int), amb["kolom"].astype(str)))
    masalah = teks_di(temuan["tingkat"], ("peringatan", "kritis"))
    di_baris = temuan["baris_sumber"].isin(lines).fillna(False).to_numpy(dtype=bool)
    kontradiksi = (teks_di(temuan["jenis"], KONTRADIKSI)
                   & (di_baris | temuan["baris_pembanding"].isin(lines).fillna(False).to_numpy(dtype=bool)))
    # a cell (line, column) of an ambiguous reading: only the problems on such a line can rest on one
    sel = np.zeros(len(temuan), dtype=bool)
    cek = np.flatnonzero(masalah & di_baris)
    sel[cek] = [any((int(b), c) in cells for c in (k, *_DARI.get(k, ())))
                for b, k in zip(temuan["baris_sumber"].iloc[cek].tolist(), temuan["kolom"].iloc[cek].astype(str).tolist())]
    # a finding already weighed under both readings (``bacaan_target_lain``) needs no note
    kena = masalah & (kontradiksi | sel) & ~temuan["pesan"].astype(str).str.contains(
        _KEDUA_BACAAN, regex=False).to_numpy(dtype=bool)
    if not kena.any():
        return temuan
    out = temuan.copy()
    # the note names where the angka_ambigu is: this line, else the compared line (REV-AT AT11)
    sendiri = kena & di_baris
    lain = kena & ~sendiri
    out.loc[sendiri, "pesan"] = (out.loc[sendiri, "pesan"].str.rstrip(".") + "; catatan: temuan ini bergantung "
                                 "pada angka ambigu yang dibaca menurut bukti (lihat temuan angka ambigu di baris "
                                 "yang sama).")
    if lain.any():
        out.loc[lain, "pesan"] = [
            p.rstrip(".") + "; catatan: temuan ini bergantung pada angka ambigu yang dibaca menurut bukti (lihat "
            f"temuan angka ambigu di baris teks {int(b)})."
            for p, b in zip(out.loc[lain, "pesan"].astype(str).tolist(), out.loc[lain, "baris_pembanding"].tolist())]
    return out


def gabung(*parts: pd.DataFrame, jenis: list = JENIS, urut=("jenis", "baris_sumber")) -> pd.DataFrame:
    """Temuan tables as one, with ``jenis`` as categories, ordered by ``urut`` (the order of
    the types, then source line, as ``semua_temuan``; the sort is stable).

    Examples
    --------
    >>> a = _frame([_rec("baris_ganda", "kritis", "Tabel 2.2", 9, None, None, None, None, "x")])
    >>> b = _frame([_rec("dokumen_vs_sipd", "kritis", "SIPD a.json", 3, None, None, None, None, "y")], JENIS)
    >>> gabung(b, a)["jenis"].tolist()
    ['baris_ganda', 'dokumen_vs_sipd']
    """
    records = [r for p in parts for r in p.to_dict("records")]
    out = _frame(records, jenis)
    return out.sort_values(list(urut), kind="stable", na_position="last").reset_index(drop=True)


def teks_rujukan(baris: pd.Series, lokasi: pd.DataFrame) -> pd.Series:
    """References a reviewer can follow in the printed document, for source lines.

    ``lokasi`` is ``sources.base.lokasi``'s table. A line of a table's data row becomes
    the table and the row as the printed table identifies it (``penanda``, see
    ``sources.base.baris_tercetak``): its printed number "Tabel 3.2 No. 25", with its code
    beside it where the table prints one ("Tabel 3.3 No. 2 (kode 2.17.02; ...)"), its
    code alone "Tabel 3.3 kode 2.17.07.2.01", or, in a table that prints no numbering,
    its place among the rows as printed, "Tabel 2.2 baris ke-50"; then, in parentheses,
    the page of the document where a page footer states it, else the page of the table
    ("halaman ke-2 tabel"; in a table incomplete in the text, "potongan teks ke-1 dari 2",
    since the pages the text holds are not the printed table's), and the text line for
    analysts. A reference to a table incomplete in the source text ends with "tabel tidak
    lengkap di teks sumber". A line outside every table gives only its text line.

    Examples
    --------
    >>> lok = pd.DataFrame({"baris_sumber": [312, 40, 470], "tabel": ["Tabel 2.2", "Tabel 3.2 (Review P-RKPD)",
    ...     "Tabel 3.3 (Rencana Perubahan)"], "penanda": ["baris ke-24", "No. 5", "No. 2"],
    ...     "kode": [None, None, "2.17.02"], "nomor": [None, "5", "2"], "halaman_tabel": [3, 1, 1],
    ...     "halaman_tabel_dari": [7, 6, 2], "halaman_dokumen": [pd.NA, 15, pd.NA], "lengkap": [pd.NA, True, False]})
    >>> for r in teks_rujukan(pd.Series([312, 40, 470, 7, None], dtype="Int64"), lok).tolist():
    ...     print(r)
    Tabel 2.2 baris ke-24 (halaman ke-3 tabel; baris teks 312)
    Tabel 3.2 No. 5 (halaman 15; baris teks 40)
    Tabel 3.3 No. 2 (kode 2.17.02; potongan teks ke-1 dari 2; baris teks 470; tabel tidak lengkap di teks sumber)
    baris teks 7
    <NA>
    """
    from ..sources.base import TIDAK_LENGKAP

    line = pd.array(baris, dtype="Int64")
    # only the lines asked for (lokasi has a row per line of every table: copying all of it
    # for a few thousand references was the findings' largest allocation at 100,000 rows); the
    # first row of each line, as before
    asked = lokasi["baris_sumber"].isin(pd.unique(line.dropna())).to_numpy(dtype=bool)
    lok = lokasi[asked].drop_duplicates("baris_sumber").set_index("baris_sumber")
    idx = pd.Index(line)

    def kolom(name, dtype="string"):
        if name not in lok:
            return pd.Series(pd.NA, index=range(len(idx)), dtype=dtype)
        return pd.Series(lok[name].reindex(idx).to_numpy(), dtype=dtype)

    def arrow(name, dtype="string"):
        return _teks_arrow(kolom(name)) if dtype == "string" else pa.array(kolom(name, dtype).array)

    # the text built by Arrow, row by row (a null part gives a null, as pandas' "+" gives NA)
    teks_ = pa.large_string()
    tabel = _teks_arrow(kolom("tabel").str.replace(r" \(.*\)$", "", regex=True))
    angka = lambda name: pc.cast(arrow(name, "Int64"), teks_)  # noqa: E731
    penanda = pc.coalesce(arrow("penanda"), _sambung("baris ke-", angka("baris_tabel")))
    kode = pc.fill_null(pc.if_else(pc.is_valid(arrow("nomor")), _sambung("kode ", arrow("kode"), "; "),
                                   pa.scalar(None, teks_)), pa.scalar("", teks_))
    tidak_lengkap = pc.fill_null(pc.equal(arrow("lengkap", "boolean"), False), False)
    hal_tab = angka("halaman_tabel")
    potongan = _sambung("potongan teks ke-", hal_tab, " dari ", angka("halaman_tabel_dari"))
    halaman = pc.coalesce(_sambung("halaman ", angka("halaman_dokumen")),
                          pc.if_else(tidak_lengkap, potongan, _sambung("halaman ke-", hal_tab, " tabel")))
    teks = _sambung("baris teks ", pc.cast(pa.array(line), teks_))
    catatan = pc.if_else(tidak_lengkap, pa.scalar("; " + TIDAK_LENGKAP, teks_), pa.scalar("", teks_))
    lengkap = _sambung(tabel, " ", penanda, " (", kode, halaman, "; ", teks, catatan, ")")
    return pd.Series(pd.array(pc.coalesce(lengkap, teks), dtype=_DTYPE["string"])).set_axis(
        baris.index if isinstance(baris, pd.Series) else None)


def tambah_rujukan(temuan: pd.DataFrame, lokasi: pd.DataFrame | None) -> pd.DataFrame:
    """``temuan`` with ``rujukan`` / ``rujukan_pembanding`` filled from ``lokasi``
    (``teks_rujukan``) where they are empty; unchanged without ``lokasi``."""
    if lokasi is None or temuan.empty:
        return temuan
    out = temuan.copy()
    columns = (("rujukan", "baris_sumber"), ("rujukan_pembanding", "baris_pembanding"))
    # only the empty references of rows with a line (no line: no reference, NA as before); the
    # lines of both columns made references by one call (each reference depends on its line only)
    parts = [out.loc[out[col].isna() & out[line].notna(), line].astype("Int64") for col, line in columns]
    made = teks_rujukan(pd.concat(parts), lokasi)       # indexed as the rows of ``out`` they are for
    first = len(parts[0])
    for (col, _), found in zip(columns, (made.iloc[:first], made.iloc[first:])):
        out[col] = out[col].fillna(found).astype("string")
    return out
