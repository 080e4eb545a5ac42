import hashlib
import os
import stat
import subprocess
import sys

import pandas as pd
import pytest

from renja_analysis.load import TABLES
from renja_analysis.output.processed import OutputError, _lock, write_tables


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
    with pytest.raises(OutputError, match="disk penuh"):
        write_tables(tables, tmp_path)
    assert _digests(tmp_path) == before
    assert not list(tmp_path.parent.glob(f".{tmp_path.name}.staging-*"))


def test_outputs_are_replaced_as_one_set(tmp_path):
    out = tmp_path / "olahan"
    write_tables({"a": pd.DataFrame({"x": [1]}), "b": pd.DataFrame({"x": [2]})}, out)
    (out / "CATATAN.txt").write_text("milik pengguna")
    inode = out.stat().st_ino
    write_tables({"a": pd.DataFrame({"x": [10]}), "b": pd.DataFrame({"x": [20]})}, out)
    # the folder itself was switched (a new directory), the user's own file carried over
    assert out.stat().st_ino != inode
    assert (out / "CATATAN.txt").read_text() == "milik pengguna"
    assert pd.read_csv(out / "a.csv")["x"].tolist() == [10]
    assert pd.read_csv(out / "b.csv")["x"].tolist() == [20]
    assert sorted(p.name for p in tmp_path.iterdir() if "staging" in p.name) == []


def test_a_killed_build_leaves_no_staging_folder_behind(tmp_path):
    out = tmp_path / "olahan"
    write_tables({"a": pd.DataFrame({"x": [1]})}, out)
    before = _digests(out)
    leftover = tmp_path / ".olahan.staging-tewas"       # what a killed build leaves
    leftover.mkdir()
    (leftover / "a.csv").write_text("x\n99\n")
    assert _digests(out) == before                      # readers still see the old set
    write_tables({"a": pd.DataFrame({"x": [2]})}, out)
    assert not leftover.exists()
    assert pd.read_csv(out / "a.csv")["x"].tolist() == [2]


def test_two_builds_into_one_folder_at_once_the_second_refuses(tmp_path):
    out = tmp_path / "olahan"
    held = _lock(out)                                   # a build in progress
    try:
        with pytest.raises(OutputError, match="sedang dipakai build atau report lain"):
            write_tables({"a": pd.DataFrame({"x": [1]})}, out)
    finally:
        held.close()
    write_tables({"a": pd.DataFrame({"x": [1]})}, out)  # free again once the first is done


def test_out_that_is_a_file(tmp_path):
    target = tmp_path / "berkas.txt"
    target.write_text("bukan folder")
    with pytest.raises(OutputError, match="adalah berkas, bukan folder"):
        write_tables({"a": pd.DataFrame({"x": [1]})}, target)
    assert target.read_text() == "bukan folder"


def test_unwritable_out(tmp_path, monkeypatch):
    import renja_analysis.output.processed as export

    out = tmp_path / "olahan"
    write_tables({"a": pd.DataFrame({"x": [1]})}, out)
    before = _digests(out)

    def read_only(*a, **k):
        raise OSError(30, "Read-only file system")
    monkeypatch.setattr(export, "write_csv", read_only)
    with pytest.raises(OutputError, match=r"tidak dapat ditulis \(sistem berkas hanya-baca\)"):
        write_tables({"a": pd.DataFrame({"x": [2]})}, out)
    assert _digests(out) == before


@pytest.mark.slow  # a subprocess CLI run
def test_python_dash_m_builds(tmp_path):
    run = subprocess.run([sys.executable, "-m", "renja_analysis", "build", "--out", str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "evaluasi.parquet").exists()


def test_out_symlink_mode_and_links_are_kept(tmp_path):
    real = tmp_path / "nyata"
    write_tables({"a": pd.DataFrame({"x": [1]})}, real)
    real.chmod(0o2770)
    link = tmp_path / "tautan"
    link.symlink_to(real, target_is_directory=True)
    big = tmp_path / "besar.bin"
    big.write_bytes(b"0" * 1000)
    os.link(big, real / "besar.bin")                    # the user's hard link
    (real / "pintasan").symlink_to(big)                 # and a symlink
    write_tables({"a": pd.DataFrame({"x": [2]})}, link)
    assert link.is_symlink() and pd.read_csv(link / "a.csv")["x"].tolist() == [2]
    assert stat.S_IMODE(real.stat().st_mode) == 0o2770
    assert (real / "besar.bin").stat().st_ino == big.stat().st_ino
    assert (real / "pintasan").is_symlink()
    assert not [p for p in tmp_path.iterdir() if "staging" in p.name]


@pytest.mark.parametrize("where", ["cwd", "home", "foreign"])
def test_out_that_is_not_an_output_folder_is_refused(tmp_path, monkeypatch, where):
    folder = tmp_path / "milik-orang"
    folder.mkdir()
    (folder / "skripsi.docx").write_text("penting")
    if where == "cwd":
        monkeypatch.chdir(folder)
    if where == "home":
        monkeypatch.setenv("HOME", str(folder))
    with pytest.raises(OutputError, match="bukan folder keluaran|bukan keluaran renja-analysis"):
        write_tables({"a": pd.DataFrame({"x": [1]})}, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["skripsi.docx"]
