"""Issue 21's column passes of ``tables._common`` (``level_series``, ``fill_ancestors``) and of
``tables.evaluation._may_repeat``: hand-worked cases, and differential tests against the former
pandas formulations, kept here on purpose as test oracles (``*_lama``)."""
import pickle
import warnings

import numpy as np
import pandas as pd
import pytest

from renja_analysis.names import LEVELS, normalise_names
from renja_analysis.tables._common import STRING, fill_ancestors, level_series, teks_di
from renja_analysis.tables.evaluation import _groups, _may_repeat


def _level_series_lama(levels) -> pd.Series:
    return pd.Series(pd.Categorical(list(levels), categories=list(LEVELS), ordered=True))


def _fill_ancestors_lama(df: pd.DataFrame, name_col: str = "nama", level_col: str = "level") -> pd.DataFrame:
    level = df[level_col].astype(str)
    name = df[name_col]
    program = name.where(level == "program").ffill()
    block = (level == "program").cumsum()
    kegiatan = name.where(level == "kegiatan").groupby(block).ffill()
    out = df.copy(deep=False)
    out["program"] = program.astype(STRING)
    out["kegiatan"] = kegiatan.where(level != "program").astype(STRING)
    out["sub_kegiatan"] = name.where(level == "sub_kegiatan").astype(STRING)
    return out


def _may_repeat_lama(df: pd.DataFrame, columns: list[str]) -> bool:
    same = df.duplicated(subset=columns[1:], keep=False) if len(columns) > 1 else \
        pd.Series(True, index=df.index)
    if not same.any():
        return False
    names = df.loc[same, columns[0]]
    rest = df.loc[same, columns[1:]].copy() if len(columns) > 1 else pd.DataFrame(index=names.index)
    rest["__nama__"] = normalise_names(names.astype(object).where(names.notna(), None).tolist())
    return bool(rest.duplicated(keep=False).any())


def _sama(a: pd.DataFrame | pd.Series, b: pd.DataFrame | pd.Series) -> None:
    a, b = (a.to_frame() if isinstance(a, pd.Series) else a), (b.to_frame() if isinstance(b, pd.Series) else b)
    assert list(a.columns) == list(b.columns) and a.index.equals(b.index)
    for col in a.columns:
        assert pickle.dumps(a[col].dtype) == pickle.dumps(b[col].dtype), col
        assert a[col].astype(object).where(a[col].notna(), None).tolist() == \
            b[col].astype(object).where(b[col].notna(), None).tolist(), col


def test_level_series_by_hand():
    s = level_series(["sub_kegiatan", None, "program", np.nan, "kegiatan"])
    # LEVELS: program 0, kegiatan 1, sub_kegiatan 2; a missing level -1
    assert s.cat.codes.tolist() == [2, -1, 0, -1, 1]
    assert s.cat.ordered and list(s.cat.categories) == ["program", "kegiatan", "sub_kegiatan"]


def test_level_series_other_value_warns_as_before():
    # a value that is none of the levels goes to pandas, which reads it as missing and warns
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s = level_series(["program", "dinas"])
    assert s.cat.codes.tolist() == [0, -1]
    assert any("not in that dtype's categories" in str(w.message) for w in caught)


@pytest.mark.parametrize("seed", range(6))
def test_level_series_equals_categorical(seed):
    rng = np.random.default_rng(seed)
    values = rng.choice(np.array(["program", "kegiatan", "sub_kegiatan", None, np.nan], dtype=object),
                        size=int(rng.integers(0, 60))).tolist()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _sama(_level_series_lama(values), level_series(values))


def test_teks_di_of_one_level_by_hand():
    plain = pd.Series(["program", None, "kegiatan"], dtype=object)
    assert teks_di(plain, ("program",)).tolist() == [True, False, False]
    assert teks_di(plain, ("kegiatan",)).tolist() == [False, False, True]
    cat = pd.Series(pd.Categorical(["kegiatan", "program"], categories=["program", "kegiatan"]))
    assert teks_di(cat, ("kegiatan",)).tolist() == [True, False] and teks_di(cat, ("sub_kegiatan",)).tolist() == [False, False]


def test_fill_ancestors_by_hand():
    # P1 has kegiatan K1 (subs S1, S2) and an unnamed kegiatan (its rows keep K1); P2 has no kegiatan,
    # so S3 has none; the unnamed program row keeps P2 for the row below it, whose kegiatan is its own
    df = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "program",
                                 "sub_kegiatan", "program", "kegiatan"],
                       "nama": ["P1", "K1", "S1", None, "S2", "P2", "S3", None, "K4"]}, index=range(10, 19))
    out = fill_ancestors(df)
    assert out["program"].tolist() == ["P1"] * 5 + ["P2"] * 4
    assert out["kegiatan"].tolist() == [pd.NA, "K1", "K1", "K1", "K1", pd.NA, pd.NA, pd.NA, "K4"]
    assert out["sub_kegiatan"].tolist() == [pd.NA, pd.NA, "S1", pd.NA, "S2", pd.NA, "S3", pd.NA, pd.NA]
    assert out.index.tolist() == list(range(10, 19)) and str(out["kegiatan"].dtype) == "string"


@pytest.mark.parametrize("seed", range(10))
def test_fill_ancestors_equals_former(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 50))
    level = rng.choice(np.array(["program", "kegiatan", "sub_kegiatan", None], dtype=object), size=n,
                       p=[0.2, 0.3, 0.4, 0.1]).tolist()
    df = pd.DataFrame({"level": level, "nama": [None if rng.random() < 0.2 else f"N{k}" for k in range(n)]})
    if seed % 2:
        df["level"] = level_series(level)
        df["nama"] = df["nama"].astype("string")
    _sama(_fill_ancestors_lama(df), fill_ancestors(df))


def test_groups_and_may_repeat_by_hand():
    # rows 0 and 2 are equal after the name (1.0, "x"); their names normalise alike ("Kegiatan A", "A")
    df = pd.DataFrame({"nama": pd.array(["Kegiatan A", "B", "A", "A"], dtype="string"),
                       "pagu_rp": pd.array([1.0, 1.0, 1.0, None], dtype="Float64"),
                       "indikator": pd.array(["x", "y", "x", "x"], dtype="string")})
    assert _groups([df["pagu_rp"].array, df["indikator"].array], 4).tolist() == [0, 1, 0, 2]
    assert _may_repeat(df, ["nama", "pagu_rp", "indikator"])
    assert not _may_repeat(df.iloc[1:], ["nama", "pagu_rp", "indikator"])
    # 0.0 and -0.0 are equal, two missing cells are equal
    z = pd.DataFrame({"nama": ["A", "A"], "v": pd.array([0.0, -0.0], dtype="Float64"), "w": [None, None]})
    assert _may_repeat(z, ["nama", "v", "w"])


@pytest.mark.parametrize("seed", range(12))
def test_may_repeat_equals_former(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 40))
    # names that normalise alike (Kegiatan A, A, PROGRAM A), and from half of the seeds many other names
    pool = ["Kegiatan A", "A", "PROGRAM A", "B"] + ([f"Nama {k}" for k in range(60)] if seed % 2 else [])
    df = pd.DataFrame({
        "nama": pd.array([None if rng.random() < 0.1 else str(rng.choice(pool)) for _ in range(n)], dtype="string"),
        "indikator": pd.array([str(rng.choice(["x", "y"])) if rng.random() > 0.2 else None for _ in range(n)],
                              dtype="string"),
        "pagu_rp": pd.array(rng.choice([0.0, -0.0, 1.5, np.nan], size=n), dtype="Float64"),
        "target_k": pd.array(rng.choice([2.0, 3.0, 4.0, 5.0], size=n), dtype="Float64")})
    df.loc[df.index[rng.random(n) < 0.2], "pagu_rp"] = pd.NA
    for cols in (["nama", "indikator", "pagu_rp", "target_k"], ["nama", "pagu_rp"], ["nama"]):
        assert _may_repeat(df, cols) == _may_repeat_lama(df, cols), cols
