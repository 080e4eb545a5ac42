import hashlib
import subprocess
import sys

import pandas as pd
import pytest

from renja_analysis.export import write_tables
from renja_analysis.load import TABLES


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_build_is_byte_identical(tmp_path, bundled):
    write_tables(bundled.tables(), tmp_path / "a")
    write_tables(bundled.tables(), tmp_path / "b")
    assert _digests(tmp_path / "a") == _digests(tmp_path / "b")
    assert sorted(_digests(tmp_path / "a")) == sorted(
        f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet"))


def test_csv_format(tmp_path, bundled):
    write_tables(bundled.tables(), tmp_path)
    raw = (tmp_path / "evaluasi.csv").read_bytes()
    assert b"\r\n" not in raw
    head = raw.decode("utf-8").split("\n")[0]
    assert head.startswith("urutan,level,kode,program,kegiatan,sub_kegiatan,nama")
    df = pd.read_csv(tmp_path / "evaluasi.csv")
    assert df["pagu_rp"].iloc[0] == 2992759325.0


def test_parquet_round_trip_keeps_dtypes(tmp_path, bundled):
    write_tables(bundled.tables(), tmp_path)
    for name, df in bundled.tables().items():
        back = pd.read_parquet(tmp_path / f"{name}.parquet")
        pd.testing.assert_frame_equal(back, df)


def test_failed_write_leaves_existing_outputs(tmp_path, bundled):
    write_tables(bundled.tables(), tmp_path)
    before = _digests(tmp_path)

    class Boom(pd.DataFrame):
        def to_parquet(self, *a, **k):
            raise OSError("disk penuh")

    tables = dict(bundled.tables(), tujuan_sasaran=Boom({"a": [1]}))
    with pytest.raises(OSError):
        write_tables(tables, tmp_path)
    assert _digests(tmp_path) == before


def test_python_dash_m_builds(tmp_path):
    run = subprocess.run([sys.executable, "-m", "renja_analysis", "build", "--out", str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "evaluasi.parquet").exists()
