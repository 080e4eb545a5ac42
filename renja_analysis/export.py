"""Writers for the processed tables: CSV + Parquet, all-or-nothing.

Files are first written to a temporary folder beside the output folder and
moved into place only when every table was written, so a failure leaves the
existing outputs untouched. Output bytes depend only on the data (no
timestamps), so the same input gives byte-identical files.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd


#: A text cell starting with one of these would run as a formula in a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    r"""Prefix text cells that a spreadsheet would run as a formula with ``'``.

    Only text columns are touched; numbers (negative ones included) are not.

    Examples
    --------
    >>> df = pd.DataFrame({"k": pd.Series(['=HYPERLINK("http://x","y")', "aman", None], dtype="string")})
    >>> neutralise_formulas(df)["k"].tolist()
    ['\'=HYPERLINK("http://x","y")', 'aman', <NA>]
    """
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype) or not pd.api.types.is_string_dtype(s.dtype):
            continue
        risky = s.astype("string").str.startswith(FORMULA_START).fillna(False).astype(bool)
        if risky.any():
            out[col] = s.mask(risky, "'" + s.astype("string"))
    return out


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """UTF-8, comma separator, dot decimal, header row, ``\\n`` line ends; text that a
    spreadsheet would run as a formula is prefixed with ``'``."""
    neutralise_formulas(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    df.to_parquet(path, index=False, engine="pyarrow", compression="snappy")


def write_tables(tables: dict[str, pd.DataFrame], out_dir, extra: dict | None = None) -> list[Path]:
    """Write each table as ``<name>.csv`` and ``<name>.parquet`` into ``out_dir``.

    ``extra`` maps further file names to functions writing them (given the path),
    e.g. the Excel workbook. Returns the written paths. Nothing in ``out_dir``
    changes unless all writes succeed.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paths = write_tables({"contoh": pd.DataFrame({"a": [1.5]})}, d)
    ...     [p.name for p in paths], open(paths[0]).read()
    (['contoh.csv', 'contoh.parquet'], 'a\\n1.5\\n')
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        names = []
        for name, df in tables.items():
            write_csv(df, staging / f"{name}.csv")
            write_parquet(df, staging / f"{name}.parquet")
            names += [f"{name}.csv", f"{name}.parquet"]
        for name, writer in (extra or {}).items():
            writer(staging / name)
            names.append(name)
        for name in names:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / n for n in names]
