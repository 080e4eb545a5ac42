"""Vectorised evaluation metrics: capaian, serapan, predikat and friends.

Every function takes scalars, Series or DataFrame columns and returns the same
kind: a scalar in gives a scalar out (a float or ``pd.NA``).
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def _series(x) -> pd.Series:
    if isinstance(x, pd.Series):
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
    r, t = _broadcast(realisasi, target)
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
    return _out(_series_ratio(realisasi_rp, pagu_rp), _is_scalar(realisasi_rp, pagu_rp), "serapan")


def _series_ratio(num, den) -> pd.Series:
    n, d = _broadcast(num, den)
    return n / d.mask(d == 0) * 100
