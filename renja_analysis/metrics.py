"""Vectorised evaluation metrics: capaian, serapan, predikat and friends.

Every function takes scalars, Series or DataFrame columns and returns the same
kind: a scalar in gives a scalar out (a float or ``pd.NA``). Scalars are computed
as plain floats (no Series is built for them); columns as whole-column operations.
"""
from __future__ import annotations

import bisect
import math
import re

import numpy as np
import pandas as pd

from . import status as _status
from .keys import NOMOR_ROMAWI
from .names import dokumen_kode, lanjutan_sedokumen, parent_index
from .status import BELUM_DILAKSANAKAN, TANPA_STATUS


class _NotPlain(Exception):
    """A scalar that is not a plain number (text, a bool ...): take the Series path."""


def _plain(x) -> float | None:
    """A plain number as float (None for missing: None, NA, NaN); anything else raises
    ``_NotPlain`` so that the caller reads it the way ``pd.to_numeric`` does."""
    if x is None or x is pd.NA:
        return None
    if isinstance(x, (float, int, np.floating, np.integer)) and not isinstance(x, (bool, np.bool_)):
        v = float(x)
        return None if v != v else v
    raise _NotPlain


def _na(v: float | None):
    """A plain result: NA for missing or NaN, else the float."""
    return pd.NA if v is None or v != v else v


def _series(x) -> pd.Series:
    if isinstance(x, pd.Series):
        if isinstance(x.dtype, pd.Float64Dtype):
            return x
        return pd.to_numeric(x, errors="raise").astype("Float64")
    return pd.Series(np.atleast_1d(np.asarray(x, dtype=object)), dtype="object").pipe(
        pd.to_numeric, errors="raise").astype("Float64")


def _is_scalar(*xs) -> bool:
    return all(np.ndim(x) == 0 and not isinstance(x, pd.Series) for x in xs)


def _broadcast(a, b) -> tuple[pd.Series, pd.Series]:
    """Two numeric Float64 Series on one index (Series are aligned, scalars spread)."""
    sa, sb = _series(a), _series(b)
    if isinstance(a, pd.Series) and isinstance(b, pd.Series):
        return sa.align(sb)
    if isinstance(b, pd.Series) and len(sa) == 1:
        sa = pd.Series(sa.iloc[0], index=sb.index, dtype="Float64")
    elif isinstance(a, pd.Series) and len(sb) == 1:
        sb = pd.Series(sb.iloc[0], index=sa.index, dtype="Float64")
    return sa, sb


def _out(result: pd.Series, scalar: bool, name: str):
    if scalar:
        v = result.iloc[0]
        return pd.NA if pd.isna(v) else float(v)
    return result.rename(name)


def capaian(realisasi, target, arah="naik"):
    """Achievement in percent of target.

    ``arah="naik"`` (higher is better): R / T x 100. ``arah="turun"`` (lower is
    better, PermenPANRB 6/2022 "kondisi khusus"): (1 + (1 - R/T)) x 100.
    A target of 0 or a missing value gives NA, never 0 or infinity.

    Parameters
    ----------
    realisasi, target : scalar or Series
    arah : {'naik', 'turun'} or Series of them

    Returns
    -------
    float, NA or Series named ``capaian``

    Examples
    --------
    >>> capaian(3, 4)
    75.0
    >>> capaian(31, 25)
    124.0
    >>> capaian(80, 100, arah="turun")
    120.0
    >>> capaian(5, 0)
    <NA>
    >>> capaian(pd.Series([1, 2]), pd.Series([4, None])).tolist()
    [25.0, <NA>]
    """
    scalar = _is_scalar(realisasi, target, arah)
    if scalar:
        try:
            r, t = _plain(realisasi), _plain(target)
        except _NotPlain:
            pass
        else:
            if arah not in ("naik", "turun"):
                raise ValueError(f"arah must be 'naik' or 'turun', got {arah!r}")
            if r is None or t is None or t == 0:
                return pd.NA
            ratio = r / t
            return _na(ratio * 100 if arah == "naik" else (2 - ratio) * 100)
    r, t = _broadcast(realisasi, target)
    if isinstance(arah, str) and arah in ("naik", "turun"):
        ratio = r / t.mask(t == 0)
        return _out(ratio * 100 if arah == "naik" else (2 - ratio) * 100, scalar, "capaian")
    ratio = r / t.mask(t == 0)
    direction = pd.Series(arah, index=ratio.index) if np.ndim(arah) == 0 else pd.Series(
        np.asarray(arah), index=ratio.index)
    bad = ~direction.isin(["naik", "turun"])
    if bad.any():
        raise ValueError(f"arah must be 'naik' or 'turun', got {direction[bad].iloc[0]!r}")
    result = (ratio * 100).where(direction == "naik", (2 - ratio) * 100)
    return _out(result, scalar, "capaian")


def serapan(realisasi_rp, pagu_rp):
    """Budget absorption: realisasi Rp / pagu Rp x 100; NA where pagu is 0 or missing.

    Examples
    --------
    >>> serapan(1_683_391_529, 2_992_759_325)
    56.24881075...
    >>> serapan(0, 0)
    <NA>
    >>> serapan(pd.Series([50, 10]), pd.Series([100, 40])).tolist()
    [50.0, 25.0]
    """
    if _is_scalar(realisasi_rp, pagu_rp):
        try:
            return _plain_ratio(realisasi_rp, pagu_rp)
        except _NotPlain:
            pass
    return _out(_series_ratio(realisasi_rp, pagu_rp), _is_scalar(realisasi_rp, pagu_rp), "serapan")


def _plain_ratio(num, den):
    """``num / den x 100`` of two plain scalars; NA where den is 0 or either is missing."""
    n, d = _plain(num), _plain(den)
    if n is None or d is None or d == 0:
        return pd.NA
    return _na(n / d * 100)


def _series_ratio(num, den) -> pd.Series:
    n, d = _broadcast(num, den)
    return n / d.mask(d == 0) * 100


def realisasi_dinilai(realisasi):
    """A realisation as progress is judged: one not reported (missing, an empty cell) is
    nothing realised (0).

    The one meaning of a missing realisation (K or Rp) for everything that judges a row:
    capaian, serapan, predikat, status, the findings ``serapan_tanpa_output`` /
    ``output_tanpa_serapan`` and the sentences of the report. A report at the end of a
    quarter that gives no realisation gives none; the stated cell stays empty in the
    table (nothing was written), and checks that compare two stated numbers (a parent
    with the sum of its rows, two tables, a stated percentage) leave it out
    (``docs/metrik.md``, *Empty and nil cells*).

    Examples
    --------
    >>> realisasi_dinilai(None), realisasi_dinilai(3)
    (0.0, 3.0)
    >>> realisasi_dinilai(pd.Series([1.5, None])).tolist()
    [1.5, 0.0]
    """
    if _is_scalar(realisasi):
        try:
            v = _plain(realisasi)
        except _NotPlain:
            pass
        else:
            return 0.0 if v is None else v
    return _series(realisasi).fillna(0.0)


def realisasi_rp_dinilai(df: pd.DataFrame) -> pd.Series:
    """The realisation Rp of each row as progress is judged (``realisasi_dinilai``), except on
    a row with neither a pagu nor a realisation Rp of its own: a further indicator of a name
    whose money stands on its first row (``names.lanjutan``) has no rupiah to
    judge (NA), so that it is never "output tanpa serapan" for money counted above it.

    Examples
    --------
    >>> df = pd.DataFrame({"pagu_rp": [10.0, None, 5.0], "realisasi_rp": [None, None, 2.0]})
    >>> realisasi_rp_dinilai(df).tolist()
    [0.0, <NA>, 2.0]

    With names: a row of its own name stating neither is judged (nothing realised); a further
    indicator row (the same name, another indicator) with a realisasi of "-" (0) is not:

    >>> named = pd.DataFrame({"nama": ["A", "A", "B"], "indikator": ["i", "j", "k"], "pagu_rp": [10.0, None, None],
    ...                       "realisasi_rp": [4.0, 0.0, None]})
    >>> realisasi_rp_dinilai(named).tolist()
    [4.0, <NA>, 0.0]
    """
    rp = realisasi_dinilai(df["realisasi_rp"])
    if "level" in df and len(df) and _induk_kosong(df["level"], df["realisasi_rp"]).any():
        # a program or kegiatan whose cell is empty: the rows below it, or unknown (never 0)
        rincian = realisasi_rincian(df)
        dari = rincian["realisasi_dari_rincian"].notna().to_numpy(dtype=bool)
        if dari.any():
            rp = rp.mask(dari, rincian["realisasi_rp"].set_axis(rp.index))
    if "pagu_rp" not in df:
        return rp
    pagu = _series(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
    real = _series(df["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
    own = ~np.isnan(pagu) | ~np.isnan(real)
    # a row with no pagu and no realisasi above 0 has money of its own unless it is a further indicator of
    # the name above (``names.lanjutan``, the one rule of money of its own): a sub kegiatan stating nothing
    # is judged as nothing realised, a further indicator row repeating "-" is not judged
    tanpa = np.isnan(pagu) & (np.isnan(real) | (real == 0))
    if tanpa.any() and "nama" in df and "indikator" in df:
        own = np.where(tanpa, ~lanjutan_sedokumen(df), own)
    return rp.where(own)


def _induk_kosong(level: pd.Series, nilai) -> np.ndarray:
    """Where a program or kegiatan leaves ``nilai`` empty: the rows ``realisasi_rincian``
    reads from below (none: it has nothing to take, and ``realisasi_rp_dinilai`` skips it)."""
    kosong = np.isnan(_series(nilai).to_numpy(dtype=float, na_value=np.nan)) if isinstance(nilai, pd.Series) \
        else np.isnan(nilai)
    return kosong & level.isin(("program", "kegiatan")).to_numpy(dtype=bool)


#: What ``realisasi_rincian`` took an empty program or kegiatan realisation from: the stated
#: cells of the rows one level below (kegiatan; sub kegiatan; both, where a kegiatan below was
#: itself empty and taken from its sub kegiatan), or nothing (unknown).
DARI_RINCIAN = {1: "kegiatan", 2: "sub_kegiatan", 3: "kegiatan_sub_kegiatan"}
TIDAK_DIKETAHUI = "tidak_diketahui"


#: How far the pagu of a parent's rows may stand from its own (Rp) for its empty realisation
#: cell to be read from them (``realisasi_rincian``): the sum check's tolerance
#: (``findings.document.TOLERANSI_RP``).
TOLERANSI_PAGU_RINCIAN = 1.0


def realisasi_rincian(df: pd.DataFrame, sedikitnya: bool = False, kolom: str = "realisasi_rp") -> pd.DataFrame:
    """The realisation Rp of each row where a program's or a kegiatan's own cell is empty: the
    one rule of every view (serapan, predikat, the program list, card and page, the office's
    and the corpus's totals).

    A sub kegiatan's empty cell is nothing realised (``realisasi_dinilai``: it has no rows
    below). A program or kegiatan has: its empty cell does not say nothing was spent, its rows
    do. A kegiatan's empty cell takes the sum of its sub kegiatan when every one states its
    realisation; a program's the sum of its rows one level below (its kegiatan, each stated or
    itself taken from its sub kegiatan, and any sub kegiatan directly under it:
    ``names.parent_index``'s ``langsung``, the sum check's rule too) when every one is known;
    and only where those rows' pagu add up to the parent's own (within
    ``TOLERANSI_PAGU_RINCIAN``): rows that do not (a kegiatan read as a sub kegiatan, a row
    repeating money of another) are not the parent's rows as read, and their realisation is
    not its; nor where a row below states a realisation but no pagu (a further indicator row
    repeating a realisation, not recognised: its money cannot be checked). A kegiatan whose
    own pagu cell is empty takes its sub kegiatan's pagu (when each states one) in that guard,
    for itself and as a row of its program: an empty cell is not Rp 0. Else the realisation is
    unknown (NA), never 0. A parent with no pagu column to check against is read from its rows. A row that is one more indicator of the name above
    it (``names.lanjutan``) has no money of its own and is nobody's parent or child. In a
    frame with ``dokumen`` (a corpus) the rows of one document are never another's.

    Parameters
    ----------
    df : DataFrame
        ``level`` and ``realisasi_rp`` (``pagu_rp``, ``nama``, ``indikator`` where there).
    sedikitnya : bool
        Also return ``realisasi_sedikitnya``: what the row's realisation is at least (a
        realisation is never negative): the stated cell; an empty sub kegiatan 0; a program's
        or kegiatan's empty cell the sum of its rows' (each stated, taken, or at least so
        much), where those rows' pagu add up to its own, else 0. Equal to ``realisasi_rp``
        where that is known.
    kolom : str
        The column whose empty program and kegiatan cells are read from their rows
        (``"pagu_rp"``: the pagu, without the pagu guard); the result's columns keep their names.

    Returns
    -------
    DataFrame
        On ``df``'s index: ``realisasi_rp`` (the stated cell; for a program or kegiatan with
        an empty cell, the sum of its rows, NA where unknown) and ``realisasi_dari_rincian``
        (NA where the row states its own or is no program or kegiatan; else what was summed,
        ``DARI_RINCIAN``: ``kegiatan``, ``sub_kegiatan``, ``kegiatan_sub_kegiatan``, or
        ``tidak_diketahui``); with ``sedikitnya``, ``realisasi_sedikitnya``.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan",
    ...     "program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan"],
    ...     "realisasi_rp": [None, None, 30.0, 20.0, None, 10.0, 10.0, None, None]})
    >>> r = realisasi_rincian(df)
    >>> r["realisasi_rp"].tolist()
    [50.0, 50.0, 30.0, 20.0, <NA>, 10.0, 10.0, <NA>, <NA>]
    >>> r["realisasi_dari_rincian"].tolist()
    ['sub_kegiatan', 'sub_kegiatan', <NA>, <NA>, 'tidak_diketahui', <NA>, <NA>, 'tidak_diketahui', <NA>]
    >>> realisasi_rincian(df, sedikitnya=True)["realisasi_sedikitnya"].tolist()
    [50.0, 50.0, 30.0, 20.0, 10.0, 10.0, 10.0, 0.0, 0.0]

    Rows whose pagu do not add up to the parent's (50 for a pagu of 50 and 45 more) give it
    no realisation:

    >>> ganda = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...     "pagu_rp": [50.0, 50.0, 30.0, 15.0], "realisasi_rp": [None, 45.0, 29.0, 16.0]})
    >>> r = realisasi_rincian(ganda, sedikitnya=True)
    >>> r["realisasi_rp"].tolist()[0], r["realisasi_dari_rincian"].tolist()[0], r["realisasi_sedikitnya"].tolist()[0]
    (<NA>, 'tidak_diketahui', 0.0)
    """

    n = len(df)
    real = _series(df[kolom]).to_numpy(dtype=float, na_value=np.nan)
    induk_kosong = _induk_kosong(df["level"], real)
    if not induk_kosong.any():          # every program and kegiatan states its own: nothing to take
        # (an all-NA text column made at once: a list of a million None costs 0.2 s, issue 21's metrics row)
        out = pd.DataFrame({"realisasi_rp": pd.array(real, dtype="Float64"),
                            "realisasi_dari_rincian": pd.Series(pd.NA, index=df.index, dtype="string")},
                           index=df.index)
        if sedikitnya:
            out["realisasi_sedikitnya"] = pd.array(np.nan_to_num(real), dtype="Float64")
        return out
    dok = dokumen_kode(df)
    lanjut = lanjutan_sedokumen(df, dok)
    lv = df["level"].astype(str).to_numpy(dtype=object)
    own = ~lanjut
    is_p, is_k, is_s = ((lv == name) & own for name in ("program", "kegiatan", "sub_kegiatan"))
    # a sub kegiatan directly under a program is the program's (the sum check's rule too)
    parent = parent_index(df["level"].reset_index(drop=True), pd.Series(lanjut),
                          langsung=True).to_numpy(dtype=float, copy=True)
    ada = ~np.isnan(parent)
    ada[ada] = dok[parent[ada].astype(np.int64)] == dok[ada]        # never across documents
    induk = np.where(ada, parent, -1).astype(np.int64)
    kosong = np.isnan(real) & (is_p | is_k)
    val = real.copy()
    bawah = np.nan_to_num(real)         # at least: the stated cell; an empty one 0 until taken
    pagu = (_series(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
            if "pagu_rp" in df and kolom != "pagu_rp" else None)
    if pagu is not None and (np.isnan(pagu) & is_k).any():
        # a kegiatan whose pagu cell is empty: its sub kegiatan's pagu, when each states one
        dari_pagu = realisasi_rincian(df, kolom="pagu_rp")["realisasi_rp"].to_numpy(dtype=float, na_value=np.nan)
        pagu = np.where(np.isnan(pagu) & is_k, dari_pagu, pagu)
    # bit 1: a kegiatan's stated cell was summed; bit 2: a sub kegiatan's
    sumber = np.where(is_k, 1, np.where(is_s, 2, 0)).astype(np.int64)
    dari = np.zeros(n, dtype=np.int64)
    tahu = np.zeros(n, dtype=bool)

    def isi(tingkat: np.ndarray) -> None:
        anak = ada & (is_k | is_s) & tingkat[np.maximum(induk, 0)]
        at = induk[anak]
        jumlah = np.bincount(at, weights=np.nan_to_num(val[anak]), minlength=n)
        minimal = np.bincount(at, weights=bawah[anak], minlength=n)
        banyak = np.bincount(at, minlength=n)
        dikenal = np.bincount(at, weights=(~np.isnan(val[anak])).astype(float), minlength=n)
        bit = np.zeros(n, dtype=np.int64)
        np.bitwise_or.at(bit, at, np.where(dari[anak] > 0, dari[anak], sumber[anak]))
        sini = kosong & tingkat
        if pagu is not None:
            # the rows are the parent's as read only where their pagu add up to its own
            pagu_anak = np.bincount(at, weights=np.nan_to_num(pagu[anak]), minlength=n)
            # a row with a realisation but no pagu: money that cannot be checked (a repeated one?)
            tanpa_pagu = np.bincount(at, weights=(np.isnan(pagu[anak]) & ~np.isnan(val[anak])).astype(float),
                                     minlength=n)
            cocok = (np.abs(pagu_anak - pagu) <= TOLERANSI_PAGU_RINCIAN) & (tanpa_pagu == 0)   # NaN pagu: False
            sini_cocok = sini & cocok
        else:
            sini_cocok = sini
        lengkap = sini_cocok & (banyak > 0) & (dikenal == banyak)
        val[lengkap] = jumlah[lengkap]
        dari[lengkap] = bit[lengkap]
        tahu[sini] = lengkap[sini]
        bawah[sini_cocok] = minimal[sini_cocok]

    isi(is_k)               # a kegiatan from its sub kegiatan first,
    isi(is_p)               # then a program from its kegiatan (stated or so taken)
    label = np.full(n, None, dtype=object)
    label[kosong & tahu] = [DARI_RINCIAN[int(b)] for b in dari[kosong & tahu]]
    label[kosong & ~tahu] = TIDAK_DIKETAHUI
    out = pd.DataFrame({"realisasi_rp": pd.array(val, dtype="Float64"),
                        "realisasi_dari_rincian": pd.array(label, dtype="string")}, index=df.index)
    if sedikitnya:
        out["realisasi_sedikitnya"] = pd.array(bawah, dtype="Float64")
    return out


#: The five predikat labels, lowest first (an ordered categorical).
PREDIKAT = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"]
#: Upper bounds (inclusive) of the first four classes: x <= 50 Sangat Rendah,
#: 50 < x <= 65 Rendah, 65 < x <= 75 Sedang, 75 < x <= 90 Tinggi, x > 90 Sangat Tinggi.
BATAS_PREDIKAT = (50.0, 65.0, 75.0, 90.0)


def predikat(persen, harapan=None):
    """The five-level evaluation scale (Permendagri 86/2017 practice).

    x > 90 Sangat Tinggi; 75 < x <= 90 Tinggi; 65 < x <= 75 Sedang;
    50 < x <= 65 Rendah; x <= 50 Sangat Rendah. Boundaries are exactly these
    (90 is Tinggi, 90.01 Sangat Tinggi); NA stays NA.

    Parameters
    ----------
    persen : scalar or Series
        A capaian or serapan in percent.
    harapan : scalar or Series, optional
        The expected percent at this point of the year (see
        ``harapan_triwulan``); when given, ``persen`` is judged relative to it
        (``persen / harapan x 100``).

    Returns
    -------
    str, NA, or an ordered categorical Series named ``predikat``

    Examples
    --------
    >>> predikat(90), predikat(90.01), predikat(50), predikat(50.5)
    ('Tinggi', 'Sangat Tinggi', 'Sangat Rendah', 'Rendah')
    >>> predikat(40, harapan=50)
    'Tinggi'
    >>> predikat(pd.Series([75.0, None, 120.0])).tolist()
    ['Sedang', nan, 'Sangat Tinggi']
    """
    scalar = _is_scalar(persen, harapan)
    if scalar:
        try:
            x = _plain(persen) if harapan is None else _plain(_plain_ratio(persen, harapan))
        except _NotPlain:
            pass
        else:
            if x is None or x == -math.inf:
                return pd.NA
            return PREDIKAT[bisect.bisect_left(BATAS_PREDIKAT, x)]
    x = _series(persen) if harapan is None else relatif_terhadap_harapan(
        persen if not scalar else pd.Series([persen]), harapan=harapan)
    cut = _kelas(_series(x))
    if scalar:
        v = cut.iloc[0]
        return pd.NA if pd.isna(v) else str(v)
    return cut.rename("predikat")


def _kelas(x: pd.Series) -> pd.Series:
    """The predikat of a Float64 column: classes ``(-inf, 50]``, ``(50, 65]``, ``(65, 75]``,
    ``(75, 90]``, ``(90, inf]`` found by binary search on the bounds (what ``pd.cut``
    does with these bins), as an ordered categorical; NA, NaN and -inf give NA."""
    values = x.to_numpy(dtype="float64", na_value=np.nan)
    codes = np.searchsorted(np.asarray(BATAS_PREDIKAT), values, side="left")
    codes[np.isnan(values) | (values == -np.inf)] = -1
    return pd.Series(pd.Categorical.from_codes(codes, categories=PREDIKAT, ordered=True), index=x.index)


def harapan_triwulan(triwulan, rencana=None):
    """Expected cumulative share (%) at the end of quarter ``triwulan``.

    Linear by default (25 / 50 / 75 / 100 %). Where a row carries its own plan
    (anggaran kas, a quarterly target: the cumulative percent planned by that
    quarter) pass it as ``rencana``; rows whose plan is NA fall back to linear.

    Examples
    --------
    >>> harapan_triwulan(2)
    50.0
    >>> harapan_triwulan(2, rencana=pd.Series([40.0, None])).tolist()
    [40.0, 50.0]
    """
    if _is_scalar(triwulan, rencana):
        try:
            t, plan = _plain(triwulan), _plain(rencana)
        except _NotPlain:
            pass
        else:
            if t is not None and not 1 <= t <= 4:
                raise ValueError("triwulan must be 1, 2, 3 or 4")
            if plan is not None:
                return plan
            return _na(None if t is None else t * 25.0)
    t = _series(triwulan)
    if ((t < 1) | (t > 4)).fillna(False).any():
        raise ValueError("triwulan must be 1, 2, 3 or 4")
    linear = t * 25.0
    if rencana is None:
        return _out(linear, _is_scalar(triwulan), "harapan_tw")
    tw, plan = _broadcast(triwulan, rencana)
    result = plan.fillna(tw * 25.0)
    return _out(result, _is_scalar(triwulan, rencana), "harapan_tw")


def relatif_terhadap_harapan(persen, triwulan=None, harapan=None):
    """A capaian or serapan as a percent of what is expected by now.

    Give either ``triwulan`` (linear expectation) or ``harapan`` (percent).

    Examples
    --------
    >>> relatif_terhadap_harapan(25, triwulan=2)
    50.0
    >>> relatif_terhadap_harapan(pd.Series([60.0, 0.0]), harapan=50).tolist()
    [120.0, 0.0]
    """
    if harapan is None:
        if triwulan is None:
            raise ValueError("give triwulan or harapan")
        harapan = harapan_triwulan(triwulan)
    if _is_scalar(persen, harapan):
        try:
            return _plain_ratio(persen, harapan)
        except _NotPlain:
            pass
    return _out(_series_ratio(persen, harapan), _is_scalar(persen, harapan), "relatif")


def serapan_agregat(df: pd.DataFrame, by=None, realisasi="realisasi_rp", pagu="pagu_rp"):
    """Absorption of a group as a **ratio of sums**: sum(realisasi) / sum(pagu) x 100.

    Rupiah add up, so a group's serapan is its total spending over its total
    budget (not the mean of its rows' serapan).

    Examples
    --------
    >>> df = pd.DataFrame({"p": ["A", "A", "B"], "pagu_rp": [100, 300, 50],
    ...                    "realisasi_rp": [100, 0, 25]})
    >>> serapan_agregat(df)
    27.77777777777778
    >>> serapan_agregat(df, by="p").tolist()
    [25.0, 50.0]
    """
    if by is None:
        return serapan(df[realisasi].sum(), df[pagu].sum())
    sums = df.groupby(by, observed=True, sort=False)[[realisasi, pagu]].sum()
    return serapan(sums[realisasi], sums[pagu]).rename("serapan_rp")


def rata_capaian(df: pd.DataFrame, by=None, kolom="capaian_k"):
    """Average capaian K as a **mean of ratios** over the rows that have one.

    Volumes come in different units (dokumen, orang, unit usaha), so they cannot
    be summed: each row's capaian is computed first, then averaged. Rows with no
    target (capaian NA) are left out, not counted as 0.

    Examples
    --------
    >>> df = pd.DataFrame({"p": ["A", "A", "B"], "capaian_k": [50.0, None, 100.0]})
    >>> rata_capaian(df)
    75.0
    >>> rata_capaian(df, by="p").tolist()
    [50.0, 100.0]
    """
    values = df[kolom].astype("Float64")
    if by is None:
        v = values.mean()
        return pd.NA if pd.isna(v) else float(v)
    return values.groupby(df[by] if isinstance(by, str) else by, observed=True, sort=False).mean().rename(
        "rata_capaian_k")


#: Status labels of a sub kegiatan at the reporting quarter, in order of precedence.
STATUS = list(_status.STATUS)

_TW = r"(?:tri[wb]ulan|tw)\s*"                  # the word: triwulan, tribulan, TW
_NOMOR_TW = r"(?:[1-4]|iv|i{1,3})\b"            # a quarter: 1-4 or I-IV
#: Quarters joined ("3 dan 4", "III-IV", "2 s.d. TW 4", "4, tetapi juga triwulan 3"); the word may be said again.
_DAFTAR = (rf"{_NOMOR_TW}(?:\s*(?:dan(?:\s+juga)?|&|,|-|\u2013|s\.?\s*d\.?|sampai(?:\s+dengan)?|hingga|serta"
           rf"|(?:,\s*)?(?:tetapi|tapi|namun|melainkan)\s+juga)\s*(?:(?:di|pada)\s+)?(?:{_TW})?{_NOMOR_TW})*")
#: The quarters named after the word, as ``triwulan``.
_DAFTAR_TW = rf"{_TW}(?P<triwulan>{_DAFTAR})"
#: The word that sets a quarter against one just denied ("bukan triwulan 1 melainkan triwulan 4").
_KONTRAS = r"(?:melainkan|tetapi|tapi|namun)"
#: Keterangan that names the quarter(s) a sub kegiatan is carried out in ("Dilaksanakan
#: ditribulan 3 dan 4", "Dilaksanakan Di tribulan3", "pelaksanaan TW III-IV"); the named group
#: ``triwulan`` holds the quarters named (digits 1-4 or Roman I-IV, joined by "dan", "&", ",",
#: "-", "s.d.", "sampai", "hingga", "serta", "tetapi juga"). A quarter denied after the verb and
#: set against another ("Dilaksanakan tidak di triwulan 1 melainkan triwulan 4") is passed over: the
#: other decides. Whether the row is scheduled *later* depends on the document's quarter
#: (``triwulan_dijadwalkan``, ``status_pelaksanaan``).
POLA_DIJADWALKAN = (r"(?i)(?:dilaksanakan|pelaksanaan|dijadwalkan)\W*(?:juga\s+|(?:tidak|bukan)\s+hanya\s+)?"
                    rf"(?:(?:tidak|bukan)\s+(?:(?:di|pada)\s*)?{_TW}{_DAFTAR}\W*{_KONTRAS}\s*)?"
                    r"(?:di|pada)?\s*" + _DAFTAR_TW)
#: A move of the schedule ("Semula dijadwalkan pada triwulan 4, dimajukan ke triwulan 1",
#: "diundur ke TW III"): the quarter(s) after ``dimajukan``/``diundur``/``dipindah``/``digeser``/
#: ``dialihkan``/``ditunda`` ``ke`` decide, not the quarter it was first scheduled in
#: (``triwulan_dijadwalkan``); put off to no quarter ("ditunda ke tahun berikutnya") schedules nothing.
POLA_DIPINDAH = (r"(?i)(?:dimajukan|diundur|dipindah(?:kan)?|digeser|dialihkan|ditunda)\W*"
                 # where it was moved from, whatever it names ("dari triwulan 2", "dari triwulan 2 dan 3",
                 # "dari triwulan 2 s.d. 3", "dari tanggal 3"), within the clause (no ";")
                 r"(?:dari\b[^;]{0,80}?\W)?"
                 r"(?:ke|pada|menjadi)\s*(?:di|pada)?\s*" + _DAFTAR_TW)
#: The words before a schedule's verb that negate it ("Tidak dilaksanakan di triwulan 3 dan 4",
#: "Tidak dapat dilaksanakan pada triwulan IV", "batal dilaksanakan", "belum dilaksanakan"):
#: such a keterangan says the work is not (yet) done in that quarter, not that it is planned there.
_NEGASI = re.compile(r"(?i)\b(?:tidak|tak|belum|batal|bukan)\s+(?:(?:dapat|bisa|akan|jadi|sempat|lagi)\s+)*$")
#: Right after a negated schedule (or its reason: "karena menunggu juknis, tetapi ..."), the quarter set
#: against it ("Tidak dilaksanakan di triwulan 2, tetapi di triwulan 4"), unless that one is denied too in its clause (up to the next ``,``, ``;`` or
#: ``.``: "..., tetapi triwulan 4 juga tidak", "... pun tidak", "... masih belum"), or cancelled or put
#: off in its sentence (up to the next ``;`` or ``.``: "... tetapi di triwulan 3 dibatalkan", "...
#: ditiadakan", "..., ditunda ke tahun berikutnya"; a move to a quarter, "ditunda ke triwulan 4", is no
#: denial).
_LAWAN = re.compile(rf"(?i)(?:\W*(?:karena|sebab|akibat|dikarenakan)\b[^;.]{{0,80}}?)?\W*{_KONTRAS}\s*"
                    rf"(?:(?:di|pada)\s*)?{_DAFTAR_TW}"
                    r"(?![^,;.]*?\b(?:tidak|tak|belum|bukan)\b)"
                    r"(?![^;.]*?\b(?:batal|dibatalkan|ditiadakan|dihapus(?:kan)?|urung|gagal|tertunda"
                    r"|ditunda(?!\s+(?:ke|sampai|hingga)\s+(?:tri[wb]ulan|tw)))\b)")
_TRIWULAN_DISEBUT = re.compile(r"(?i)(?<![0-9])([1-4])(?![0-9])|(?<![a-z])(iv|i{1,3})(?![a-z])")


def triwulan_dijadwalkan(keterangan, pola: str = POLA_DIJADWALKAN) -> float:
    """The earliest quarter a keterangan names for carrying the work out (NaN where it names
    none): "Dilaksanakan ditribulan 3 dan 4" is 3.

    A schedule negated by the word before its verb (``tidak``, ``tak``, ``belum``, ``batal``,
    ``bukan``, also with ``dapat``/``bisa``/``akan``/``jadi``/``sempat`` between: "Tidak
    dilaksanakan di triwulan 3 dan 4 karena refocusing") is no schedule; the first schedule
    not negated counts; a negated one set against a quarter right after it ("Tidak dilaksanakan
    di triwulan 2, tetapi di triwulan 4", ``_LAWAN``) counts in that quarter, unless it is denied
    too. Where the keterangan moves the schedule ("Semula dijadwalkan pada triwulan 4, dimajukan
    ke triwulan 1", ``POLA_DIPINDAH``), the quarter it is moved to decides.

    A sub kegiatan with nothing realised is scheduled for later (``belum_dilaksanakan``) only
    when this quarter comes **after** the document's: every quarter its keterangan names is
    still ahead. At TW III, "triwulan 3 dan 4" names the current quarter, so work was due by
    now and the row is judged as any other; at TW IV no quarter is ahead.

    Examples
    --------
    >>> triwulan_dijadwalkan("Dilaksanakan ditribulan 3 dan 4"), triwulan_dijadwalkan("Dilaksanakan Di tribulan3")
    (3.0, 3.0)
    >>> triwulan_dijadwalkan("pelaksanaan TW IV"), triwulan_dijadwalkan("dilaksanakan di triwulan II s.d. IV")
    (4.0, 2.0)
    >>> triwulan_dijadwalkan("Pengurangan Rp.1.980.000,- untuk BBM")
    nan

    A negated schedule schedules nothing, and a moved one is where it was moved to:

    >>> triwulan_dijadwalkan("Tidak dapat dilaksanakan pada triwulan IV")
    nan
    >>> triwulan_dijadwalkan("Semula dijadwalkan pada triwulan 4, dimajukan ke triwulan 1")
    1.0
    >>> triwulan_dijadwalkan("Diundur dari triwulan 2 s.d. 3 ke triwulan 4"), triwulan_dijadwalkan(
    ...     "Diundur dari tanggal 3 ke triwulan 4"), triwulan_dijadwalkan("Dipindahkan dari triwulan 3 ke kegiatan lain")
    (4.0, 4.0, nan)

    A quarter denied and another set against it, and "not only ... but also":

    >>> triwulan_dijadwalkan("Dilaksanakan tidak di triwulan 1 melainkan triwulan 4")
    4.0
    >>> triwulan_dijadwalkan("Tidak hanya dilaksanakan di triwulan 4, tetapi juga triwulan 3")
    3.0
    >>> triwulan_dijadwalkan("Tidak dilaksanakan di triwulan 3, tetapi triwulan 4 juga tidak")
    nan
    """
    if keterangan is None or (not isinstance(keterangan, str) and pd.isna(keterangan)):
        return math.nan
    teks = str(keterangan)
    # a move of the schedule decides ("semula ... triwulan 4, dimajukan ke triwulan 1": 1), else the
    # first schedule not negated ("tidak dilaksanakan di triwulan 3" schedules nothing)
    m = None
    for p in (POLA_DIPINDAH, pola):
        for k in re.finditer(p, teks):
            # a schedule not negated counts; a negated one, the quarter it is set against
            m = k if not _NEGASI.search(teks, 0, k.start()) else _LAWAN.match(teks, k.end())
            if m is not None:
                break
        if m is not None:
            break
    if m is None:
        return math.nan
    disebut = [int(d) if d else NOMOR_ROMAWI[r.lower()] for d, r in _TRIWULAN_DISEBUT.findall(m.group("triwulan"))]
    return float(min(disebut)) if disebut else math.nan


def tambah_metrik(df: pd.DataFrame, triwulan: int = 2, rencana=None) -> pd.DataFrame:
    """Add ``capaian_k``, ``serapan_rp``, ``harapan_tw``, ``predikat_k``, ``predikat_rp``.

    Pipe-friendly: ``evaluasi.pipe(tambah_metrik, triwulan=2)``. Predikat is judged
    relative to the expected cumulative share at the end of ``triwulan``
    (``harapan_tw``): at TW II a capaian of 50 % is exactly on plan and rates
    Sangat Tinggi (100 % of what was expected).

    When the frame has a ``level`` column, a program or kegiatan whose outcome
    realisation is 0 before TW IV gets neither ``capaian_k`` nor ``predikat_k`` (both NA,
    read "belum diukur"): during the year such indicators are usually not yet measured
    (they are measured at the year's end), which is not the same as failed (a capaian of
    0 % would say it failed). At TW IV the year is over: a realisation printed as 0 is a
    capaian of 0 %, while an empty realisation cell (not reported) still gives no capaian
    (NA: nothing was reported, which is not a measured 0).

    Examples
    --------
    >>> df = pd.DataFrame({"target_k": [4.0, 10.0], "realisasi_k": [1.0, 5.0],
    ...                    "pagu_rp": [100.0, 0.0], "realisasi_rp": [40.0, 0.0]})
    >>> out = df.pipe(tambah_metrik, triwulan=2)
    >>> out[["capaian_k", "serapan_rp", "harapan_tw"]].to_dict("list")
    {'capaian_k': [25.0, 50.0], 'serapan_rp': [40.0, None], 'harapan_tw': [50.0, 50.0]}
    >>> out["predikat_k"].tolist(), out["predikat_rp"].tolist()
    (['Sangat Rendah', 'Sangat Tinggi'], ['Tinggi', nan])
    >>> prog = pd.DataFrame({"level": ["program"], "target_k": [83.0], "realisasi_k": [0.0],
    ...                      "pagu_rp": [10.0], "realisasi_rp": [5.0]}).pipe(tambah_metrik, triwulan=2)
    >>> prog[["capaian_k", "predikat_k"]].isna().values.tolist()   # belum diukur, not 0 %
    [[True, True]]
    >>> prog4 = prog[["level", "target_k", "realisasi_k", "pagu_rp", "realisasi_rp"]].pipe(tambah_metrik, triwulan=4)
    >>> prog4["capaian_k"].tolist(), prog4["predikat_k"].tolist()   # the year's end: 0 % measured
    ([0.0], ['Sangat Rendah'])
    >>> kosong4 = prog4.assign(realisasi_k=None)[["level", "target_k", "realisasi_k", "pagu_rp", "realisasi_rp"]]
    >>> kosong4.pipe(tambah_metrik, triwulan=4)["capaian_k"].tolist()   # not reported: no capaian
    [<NA>]
    """
    out = df.copy(deep=False)       # copy-on-write: the caller's frame is never changed
    out["capaian_k"] = capaian(realisasi_dinilai(out["realisasi_k"]), out["target_k"])
    # an empty program or kegiatan cell: its rows below, or unknown (``realisasi_rincian``)
    out["serapan_rp"] = serapan(realisasi_rp_dinilai(out), out["pagu_rp"])
    if rencana is None and _is_scalar(triwulan):
        out["harapan_tw"] = pd.Series(harapan_triwulan(triwulan), index=out.index, dtype="Float64")
    else:
        out["harapan_tw"] = harapan_triwulan(pd.Series(triwulan, index=out.index), rencana=rencana)
    if "level" in out:
        # before the year's end (TW IV) a realisation 0 or empty is not yet measured; at TW IV only
        # a printed 0 is a capaian of 0 %: an empty cell (not reported) stays without capaian
        sebelum_akhir = _triwulan_baris(out, triwulan) < 4
        real = _series(out["realisasi_k"])
        tanpa_ukuran = (real.isna() | ((real == 0) & sebelum_akhir)).fillna(False).to_numpy(dtype=bool)
        out["capaian_k"] = out["capaian_k"].mask(~_is_sub(out["level"]) & tanpa_ukuran)
    out["predikat_k"] = predikat(out["capaian_k"], harapan=out["harapan_tw"])
    out["predikat_rp"] = predikat(out["serapan_rp"], harapan=out["harapan_tw"])
    return out


def status_pelaksanaan(df: pd.DataFrame, batas_tertinggal: float = 75.0,
                       batas_melampaui: float = 100.0, pola_dijadwalkan: str = POLA_DIJADWALKAN,
                       target_terbaru: pd.Series | None = None, triwulan=None) -> pd.Series:
    """Status of each sub kegiatan at the reporting quarter (NA for other levels).

    Rules, first match wins:

    - ``belum_dilaksanakan``: nothing realised (K and Rp are 0) and the
      keterangan schedules the work for a later quarter: every quarter it names comes after
      ``triwulan`` (``triwulan_dijadwalkan``: "Dilaksanakan ditribulan 3 dan 4" is scheduled
      at TW I and II, due at TW III and IV);
    - ``serapan_tanpa_output``: money spent (realisasi Rp > 0), no output (K = 0);
    - ``output_tanpa_serapan``: output (K > 0), no money spent (Rp = 0);
    - ``melampaui_target``: capaian K above ``batas_melampaui`` (default 100 %), and the
      realisation also reaches the latest target the document gives (``target_terbaru``,
      e.g. ``target_k_perubahan`` of Tabel 3.2, where there is one): 20 of a target 10
      revised to 25 has not exceeded the year's target and is judged by its progress;
    - ``tertinggal``: capaian K (or serapan, where there is no target) below
      ``batas_tertinggal`` % of the expected share ``harapan_tw`` (default 75:
      less than three quarters of what should be done by now);
    - ``sesuai_rencana``: otherwise, where there is a capaian or a serapan to judge;
    - NA (not judged) where there is neither (no target and no pagu, or "-" in every cell):
      nothing on the row says it is on plan.

    Needs the columns of ``tambah_metrik`` plus ``level`` and ``keterangan``, and the
    document's quarter: ``triwulan`` (1-4, a scalar or one per row, as ``tambah_metrik``
    takes it), or else a ``triwulan`` column; without either, a ``ValueError`` where a
    keterangan of a sub kegiatan with nothing realised names a quarter (whether it is still
    ahead cannot be told). A realisation not reported (missing) counts as
    nothing realised (``realisasi_dinilai``): an empty realisation K beside Rp spent is
    ``serapan_tanpa_output``, as a 0 is.

    Examples
    --------
    >>> df = pd.DataFrame({
    ...     "level": ["sub_kegiatan"] * 6 + ["program"],
    ...     "realisasi_k": [0, 0, 3, 6, 1, 2, 0], "realisasi_rp": [0, 5, 0, 9, 9, 9, 9],
    ...     "capaian_k": [0, 0, 30, 120, 10, 50, 0], "serapan_rp": [0, 50, 0, 90, 90, 90, 90],
    ...     "harapan_tw": [50.0] * 7,
    ...     "keterangan": ["Dilaksanakan ditribulan 3 dan 4", None, None, None, None, None, None]})
    >>> status_pelaksanaan(df, triwulan=2).tolist()
    ['belum_dilaksanakan', 'serapan_tanpa_output', 'output_tanpa_serapan', 'melampaui_target', 'tertinggal', 'sesuai_rencana', nan]
    >>> status_pelaksanaan(df, triwulan=3).tolist()[0]     # "triwulan 3 dan 4" is due at TW III
    'tertinggal'
    >>> kosong = pd.DataFrame({"level": ["sub_kegiatan"], "realisasi_k": [None], "realisasi_rp": [0.0],
    ...     "capaian_k": [None], "serapan_rp": [None], "harapan_tw": [50.0], "keterangan": [None]})
    >>> status_pelaksanaan(kosong, triwulan=2).tolist()              # no target, no pagu: nothing to judge
    [nan]
    >>> revisi = pd.Series([None, None, None, 10.0, None, None, None], dtype="Float64")
    >>> status_pelaksanaan(df, target_terbaru=revisi, triwulan=2).tolist()[3]      # 6 of a target revised to 10
    'sesuai_rencana'
    """
    rk = realisasi_dinilai(df["realisasi_k"])          # not reported: nothing realised
    rp = realisasi_rp_dinilai(df)                      # a row without money of its own: not judged
    cap = _series(df["capaian_k"])
    ser = _series(df["serapan_rp"])
    kemajuan = cap.fillna(ser) / _series(df["harapan_tw"]) * 100
    is_sub = _is_sub(df["level"])
    nihil = ((rk == 0) & (rp == 0)).fillna(False).to_numpy(dtype=bool)
    # the keterangan pattern runs only where it can decide: sub kegiatan with nothing realised
    dijadwalkan = np.zeros(len(df), dtype=bool)
    where = np.flatnonzero(nihil & is_sub)
    if len(where):
        # keterangan repeat ("Dilaksanakan ditribulan 3 dan 4"): each distinct text is searched once
        codes, texts = pd.factorize(df["keterangan"].iloc[where].astype("string"))
        if "triwulan" not in re.compile(pola_dijadwalkan).groupindex:
            raise ValueError("pola_dijadwalkan needs a named group 'triwulan' (the quarters named)")
        awal = np.fromiter((triwulan_dijadwalkan(t, pola_dijadwalkan) for t in texts), dtype=float,
                           count=len(texts))
        disebut = np.where(codes >= 0, awal[np.maximum(codes, 0)] if len(texts) else np.nan, np.nan)
        # scheduled for later: the earliest quarter named is still ahead of the document's
        if not np.isnan(disebut).all():
            dijadwalkan[where] = disebut > _triwulan_baris(df, triwulan)[where]
    conditions = [
        dijadwalkan,
        (rp > 0) & (rk == 0),
        (rk > 0) & (rp == 0),
        (cap > batas_melampaui) & ~_belum_capai(rk, target_terbaru),
        kemajuan < batas_tertinggal,
    ]
    conditions = [c if isinstance(c, np.ndarray) else c.fillna(False).to_numpy(dtype=bool) for c in conditions]
    codes = np.select(conditions, np.arange(len(STATUS) - 1), default=len(STATUS) - 1)
    # "on plan" needs a capaian or a serapan to judge: a row with neither is not judged
    tanpa_ukuran = (cap.isna() & ser.isna()).to_numpy(dtype=bool)
    codes[(codes == len(STATUS) - 1) & tanpa_ukuran] = -1
    codes[~is_sub] = -1                   # NA for programs and kegiatan
    return pd.Series(pd.Categorical.from_codes(codes, categories=STATUS), index=df.index, name="status")


def _triwulan_baris(df: pd.DataFrame, triwulan) -> np.ndarray:
    """The document's quarter of every row as floats: ``triwulan`` (a scalar, or a Series
    aligned on ``df``), else the ``triwulan`` column; a ``ValueError`` without either."""
    if triwulan is None:
        if "triwulan" not in df:
            raise ValueError("give triwulan (the document's quarter, 1-4): whether a quarter named in a "
                             "keterangan is still ahead depends on it")
        triwulan = df["triwulan"]
    if _is_scalar(triwulan):
        return np.full(len(df), np.nan if _plain(triwulan) is None else float(triwulan))
    if isinstance(triwulan, pd.Series):
        triwulan = triwulan.reindex(df.index)
    return _series(triwulan).to_numpy(dtype=float, na_value=np.nan)


def jumlah_per_status(evaluasi: pd.DataFrame) -> pd.Series:
    """Sub kegiatan per status, in the order of ``STATUS``, then those without one
    (``status.TANPA_STATUS``: nothing to judge) where there are any.

    >>> ev = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                    "status": [None, "tertinggal", None, "tertinggal"]})
    >>> jumlah_per_status(ev).to_dict()
    {'belum_dilaksanakan': 0, 'serapan_tanpa_output': 0, 'output_tanpa_serapan': 0, 'melampaui_target': 0, 'tertinggal': 2, 'sesuai_rencana': 0, 'tanpa_status': 1}
    """
    status = evaluasi["status"][_is_sub(evaluasi["level"])]
    counts = status.astype("string").value_counts().reindex(STATUS, fill_value=0).astype(int)
    tanpa = int(status.isna().sum())
    if tanpa:
        counts = pd.concat([counts, pd.Series({TANPA_STATUS: tanpa})])
    return counts.rename("jumlah")


def _belum_capai(realisasi: pd.Series, target) -> pd.Series:
    """Where a latest target is given and the realisation is below it (False elsewhere)."""
    if target is None:
        return pd.Series(False, index=realisasi.index)
    return (realisasi < _series(pd.Series(target).set_axis(realisasi.index))).fillna(False).astype(bool)


def tambah_status(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Add ``status`` (``status_pelaksanaan``) and make the predikat agree with it.

    A sub kegiatan scheduled for a later quarter (``belum_dilaksanakan``) is not
    judged yet: its ``predikat_k`` and ``predikat_rp`` become NA (shown as "belum
    dinilai"), never "Sangat Rendah"; so do a program or kegiatan (columns ``program``,
    ``kegiatan``) whose sub kegiatan are all scheduled and that spent nothing.
    ``capaian_k`` and ``serapan_rp`` keep their
    value (0 % is what the document states); averages leave such rows out
    (``summary.capaian_ringkas``). Keyword arguments go to ``status_pelaksanaan``; give
    ``triwulan``, the document's quarter, as to ``tambah_metrik``.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "target_k": [4.0, 4.0],
    ...     "realisasi_k": [0.0, 0.0], "pagu_rp": [10.0, 10.0], "realisasi_rp": [0.0, 0.0],
    ...     "keterangan": ["Dilaksanakan ditribulan 3 dan 4", None]})
    >>> out = df.pipe(tambah_metrik, triwulan=2).pipe(tambah_status, triwulan=2)
    >>> out["status"].tolist(), out["predikat_k"].tolist(), out["predikat_rp"].tolist()
    (['belum_dilaksanakan', 'tertinggal'], [nan, 'Sangat Rendah'], [nan, 'Sangat Rendah'])
    """
    out = df.copy(deep=False)
    out["status"] = status_pelaksanaan(out, **kwargs)
    terjadwal = dijadwalkan(out)
    for col in ("predikat_k", "predikat_rp"):
        if col in out:
            out[col] = out[col].mask(terjadwal)
    return out


def dijadwalkan(df: pd.DataFrame) -> np.ndarray:
    """Rows not yet due by plan: sub kegiatan with status ``belum_dilaksanakan``, and a
    program or kegiatan (columns ``program``, ``kegiatan``) whose sub kegiatan are all
    scheduled and that spent nothing (``realisasi_rp`` 0, or not reported: ``realisasi_dinilai``).
    The one rule behind the
    predikat left out (``tambah_status``) and every "not yet started" said in the report:
    charts and tables (``status_tampil``), cards, narratives.

    A parent that has spent money while all its sub kegiatan are scheduled is **not**
    scheduled: money without output is no plan for later, so it keeps its ordinary
    status and predikat and is judged like any other. Without a ``realisasi_rp`` column
    spending is unknown, not "nothing spent": no parent is scheduled then.

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["program", "sub_kegiatan", "program", "sub_kegiatan", "sub_kegiatan"],
    ...     "program": ["A", "A", "B", "B", "B"], "realisasi_rp": [0.0, 0.0, 0.0, 0.0, 0.0],
    ...     "status": [None, "belum_dilaksanakan", None, "belum_dilaksanakan", "tertinggal"]})
    >>> dijadwalkan(df).tolist()
    [True, True, False, True, False]
    >>> dijadwalkan(df.assign(realisasi_rp=[5.0, 0.0, 0.0, 0.0, 0.0])).tolist()   # A spent money
    [False, True, False, True, False]
    """
    terjadwal = (df["status"] == BELUM_DILAKSANAKAN).fillna(False).to_numpy(dtype=bool)
    level = df["level"].astype("string")
    sub = _is_sub(df["level"])
    nihil = ((realisasi_dinilai(df["realisasi_rp"]) == 0).to_numpy(dtype=bool) if "realisasi_rp" in df
             else np.zeros(len(df), dtype=bool))
    hasil = terjadwal.copy()
    for parent in ("program", "kegiatan"):
        if parent not in df:
            continue
        semua = pd.Series(terjadwal[sub], index=df.index[sub]).groupby(df.loc[sub, parent]).all()
        keys = set(semua[semua].index)
        hasil |= ((level == parent).fillna(False).to_numpy(dtype=bool)
                  & df[parent].isin(keys).to_numpy(dtype=bool) & nihil)
    return hasil


def status_tampil(df: pd.DataFrame) -> pd.Series:
    """The status used to show a row (colour in charts and tables, the label of a
    predikat): a sub kegiatan's own ``status``; ``belum_dilaksanakan`` for a program or
    kegiatan that ``dijadwalkan`` says is not yet due; NA for other parent rows (and for
    every row when there is no ``status`` column).

    Examples
    --------
    >>> df = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...     "program": ["P"] * 4, "kegiatan": [None, "K", "K", "K"],
    ...     "realisasi_rp": [0.0, 0.0, 0.0, 0.0], "status": [None, None, "belum_dilaksanakan", "belum_dilaksanakan"]})
    >>> status_tampil(df).tolist()
    ['belum_dilaksanakan', 'belum_dilaksanakan', 'belum_dilaksanakan', 'belum_dilaksanakan']
    >>> status_tampil(df.assign(realisasi_rp=[5.0, 5.0, 0.0, 0.0])).tolist()   # money spent: not scheduled
    [<NA>, <NA>, 'belum_dilaksanakan', 'belum_dilaksanakan']
    """
    if "status" not in df:
        return pd.Series(pd.NA, index=df.index, dtype="string", name="status")
    status = df["status"].astype("string")
    induk = ~_is_sub(df["level"])
    return status.mask(induk & dijadwalkan(df), STATUS[0]).rename("status")


def _is_sub(level: pd.Series) -> np.ndarray:
    """Rows whose level is ``sub_kegiatan`` (missing: no), as a boolean array."""
    return (level == "sub_kegiatan").fillna(False).to_numpy(dtype=bool)
