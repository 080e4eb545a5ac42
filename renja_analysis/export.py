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


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """UTF-8, comma separator, dot decimal, header row, ``\\n`` line ends."""
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    df.to_parquet(path, index=False, engine="pyarrow", compression="snappy")


def write_tables(tables: dict[str, pd.DataFrame], out_dir) -> list[Path]:
    """Write each table as ``<name>.csv`` and ``<name>.parquet`` into ``out_dir``.

    Returns the written paths. Nothing in ``out_dir`` changes unless all writes
    succeed.

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
        for name in names:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / n for n in names]
