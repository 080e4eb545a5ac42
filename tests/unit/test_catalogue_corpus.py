"""Catalogue of issue 17, many documents and process faults: each case with its outcome
written down before the code (docs/pembacaan.md, "Reading policy: many documents and
process faults").

The documents are small synthetic ones (``synthetic.tulis_dokumen``: 1 program, 1 kegiatan,
1 sub kegiatan = 3 Tabel 2.2 rows), so that a corpus reads in a few seconds in one process.
Subprocess builds (two builds at once, Ctrl-C, SIGTERM) are marked slow.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest

from renja_analysis import config
from renja_analysis.cli import main
from renja_analysis.corpus import GAGAL, GANDA, TERBACA, load_corpus, temukan_sumber, write_corpus
from renja_analysis.errors import RenjaParseError
from renja_analysis.output.processed import WORKBOOK, kunci_keluaran, write_tables
from renja_analysis.synthetic import tulis_dokumen

KECIL = dict(program=1, kegiatan_per_program=1, sub_per_kegiatan=1, halaman=6)
ROWS = 3                               # Tabel 2.2 rows of a KECIL document


def dok(path: Path, **kw) -> Path:
    """A small synthetic document at ``path`` (keys and seed from ``kw``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tulis_dokumen(path, **{**KECIL, **kw})
    return path


def _digests(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _cli(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _status(k) -> dict:
    return k.dokumen.set_index("dokumen")["status"].to_dict()


# --- 1. many documents: no file-count limit below config.MAKS_BERKAS -----------------------------

def test_the_file_limit_is_far_above_a_pemda():
    # 50 offices x 4 quarters x 10 years = 2,000 documents must never be refused
    assert config.MAKS_BERKAS >= 20_000


def test_the_limit_is_configurable_and_refused_with_one_line(tmp_path, monkeypatch, capsys):
    src = tmp_path / "src"
    for k in range(4):
        dok(src / f"renja-2024-tw1-dinas-{k}.md", instansi=f"DINAS {k}", seed=k)
    monkeypatch.setattr(config, "MAKS_BERKAS", 3)
    code, out, err = _cli(["build", "--source", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1"],
                          capsys)
    assert code == 2 and err.count("\n") == 1
    assert "terlalu banyak berkas" in err and "paling banyak 3 berkas" in err and str(src) in err
    assert not (tmp_path / "o").exists()
    monkeypatch.setattr(config, "MAKS_BERKAS", 4)
    assert len(temukan_sumber(src)[0]) == 4


def test_a_folder_above_the_old_sipd_limit_of_1000_is_not_refused(tmp_path, monkeypatch, capsys):
    """The SIPD check of a corpus folder (``is_sipd``) counted its entries against a fixed
    1000; both now use config.MAKS_BERKAS (here 2 files against a limit of 2)."""
    from renja_analysis.sources import is_sipd

    src = tmp_path / "src"
    dok(src / "renja-2024-tw1-dinas-a.md", instansi="DINAS A", seed=1)
    dok(src / "renja-2024-tw1-dinas-b.md", instansi="DINAS B", seed=2)
    monkeypatch.setattr(config, "MAKS_BERKAS", 2)
    assert is_sipd(src) is False
    monkeypatch.setattr(config, "MAKS_BERKAS", 1)
    with pytest.raises(Exception, match="paling banyak 1 berkas"):
        is_sipd(src)


@pytest.mark.slow
def test_forty_documents_read_in_two_workers(tmp_path, capsys):
    # many documents over two workers (20 each), none lost or read twice; the time of 200 is
    # measured by `make bench` (bench_corpus), not here
    src = tmp_path / "src"
    for k in range(40):
        dok(src / f"renja-2024-tw{k % 4 + 1}-dinas-{k:03d}.md", instansi=f"DINAS {k:03d}", triwulan=k % 4 + 1,
            seed=k)
    code, out, _ = _cli(["build", "--source", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "2"],
                        capsys)
    assert code == 0 and "40 dokumen terbaca, 0 gagal" in out
    d = pd.read_csv(tmp_path / "o" / "dokumen.csv")
    assert len(d) == 40 and set(d["status"]) == {TERBACA}
    assert sorted(d["instansi"]) == [f"Dinas {k:03d}" for k in range(40)]
    assert len(pd.read_parquet(tmp_path / "o" / "evaluasi.parquet")) == 40 * ROWS


# --- 2. nothing counted twice --------------------------------------------------------------------

PERDAGANGAN = dict(pemda="KABUPATEN CONTOH", instansi="DINAS PERDAGANGAN", tahun=2024, triwulan=2, seed=5,
                   konvensi="id")       # conftest.build_example_workbook reads numbers the Indonesian way


def test_the_same_bytes_under_two_names_is_ganda(tmp_path):
    a = dok(tmp_path / "a.md", **PERDAGANGAN)
    (tmp_path / "b.md").write_bytes(a.read_bytes())
    k = load_corpus(tmp_path, jobs=1)
    assert _status(k) == {"a": TERBACA, "b": GANDA}
    row = k.dokumen.set_index("dokumen").loc["b"]
    assert row["sama_dengan"] == "a" and "isi sama persis dengan a" in row["pesan"]
    assert len(k.tables["evaluasi"]) == ROWS


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_the_same_content_with_other_line_ends_is_ganda(tmp_path):
    a = dok(tmp_path / "a.md", **PERDAGANGAN)
    (tmp_path / "b.md").write_bytes(a.read_bytes().replace(b"\n", b"\r\n"))
    k = load_corpus(tmp_path, jobs=1)
    assert _status(k) == {"a": TERBACA, "b": GANDA}
    row = k.dokumen.set_index("dokumen").loc["b"]
    assert row["sama_dengan"] == "a" and "kunci dan angka Tabel 2.2 sama dengan a" in row["pesan"]
    # the ganda row keeps the keys it was read with, so a reviewer sees why
    assert (row["instansi"], row["tahun"], row["triwulan"]) == ("Dinas Perdagangan", 2024, 2)
    assert len(k.tables["evaluasi"]) == ROWS and list(k.per_dokumen) == ["a"]


@pytest.mark.slow  # a corpus with a workbook
def test_the_same_evaluation_as_md_and_xlsx_is_one_office(tmp_path, capsys):
    from conftest import build_example_workbook

    src = tmp_path / "src"
    md = dok(src / "renja-perubahan-2024-tw2-dinas-perdagangan.md", **PERDAGANGAN)
    # the workbook states no keys: they come from its file name (pemda unknown), and agree
    build_example_workbook(md, src / "renja-perubahan-2024-tw2-dinas-perdagangan.xlsx")
    dok(src / "renja-perubahan-2024-tw2-dinas-pertanian.md", **{**PERDAGANGAN, "instansi": "DINAS PERTANIAN",
                                                               "seed": 6})
    out = tmp_path / "o"
    code, printed, _ = _cli(["build", "--source", str(src), "--out", str(out), "--quiet", "--jobs", "1"], capsys)
    assert code == 0
    d = pd.read_csv(out / "dokumen.csv").set_index("dokumen")
    assert d["status"].to_dict() == {"renja-perubahan-2024-tw2-dinas-perdagangan": "terbaca",
                                     "renja-perubahan-2024-tw2-dinas-perdagangan-2": "ganda",
                                     "renja-perubahan-2024-tw2-dinas-pertanian": "terbaca"}
    assert d.loc["renja-perubahan-2024-tw2-dinas-perdagangan-2", "sama_dengan"] == \
        "renja-perubahan-2024-tw2-dinas-perdagangan"
    ev = pd.read_parquet(out / "evaluasi.parquet")
    assert ev.groupby("instansi").size().to_dict() == {"Dinas Perdagangan": ROWS, "Dinas Pertanian": ROWS}
    assert not (out / "dokumen" / "renja-perubahan-2024-tw2-dinas-perdagangan-2").exists()
    assert "2 dokumen terbaca, 0 gagal, 1 ganda (dibaca sekali)" in printed
    assert "- renja-perubahan-2024-tw2-dinas-perdagangan-2: GANDA: kunci dan angka Tabel 2.2 sama" in printed


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_the_text_is_kept_over_the_workbook_whatever_the_name_order(tmp_path):
    """The copy kept is the one whose keys the document states (the text's title page),
    even when the workbook's name sorts first."""
    from conftest import build_example_workbook

    md = dok(tmp_path / "z-teks.md", **PERDAGANGAN)
    build_example_workbook(md, tmp_path / "renja-perubahan-2024-tw2-dinas-perdagangan.xlsx")
    k = load_corpus(tmp_path, jobs=1)
    assert _status(k) == {"renja-perubahan-2024-tw2-dinas-perdagangan": GANDA, "z-teks": TERBACA}
    assert k.dokumen.set_index("dokumen").loc["renja-perubahan-2024-tw2-dinas-perdagangan", "sama_dengan"] == \
        "z-teks"


def test_same_keys_other_numbers_both_kept_with_a_finding(tmp_path, capsys):
    dok(tmp_path / "src" / "versi-a.md", **PERDAGANGAN)
    dok(tmp_path / "src" / "versi-b.md", **{**PERDAGANGAN, "seed": 9})
    out = tmp_path / "o"
    code, printed, _ = _cli(["build", "--source", str(tmp_path / "src"), "--out", str(out), "--quiet",
                             "--jobs", "1"], capsys)
    assert code == 0
    d = pd.read_csv(out / "dokumen.csv").set_index("dokumen")
    assert d["status"].to_dict() == {"versi-a": "terbaca", "versi-b": "terbaca"}
    assert "berkunci sama dengan versi-b" in d.loc["versi-a", "pesan"]
    ev = pd.read_parquet(out / "evaluasi.parquet")
    assert ev.groupby("dokumen").size().to_dict() == {"versi-a": ROWS, "versi-b": ROWS}     # never summed
    t = pd.read_parquet(out / "temuan.parquet")
    found = t[t["jenis"] == "dokumen_bertentangan"].set_index("dokumen")
    assert sorted(found.index) == ["versi-a", "versi-b"] and set(found["tingkat"]) == {"peringatan"}
    assert "versi-b (" in found.loc["versi-a", "pesan"] and "versi-a (" in found.loc["versi-b", "pesan"]
    assert "Kabupaten Contoh, Dinas Perdagangan, Renja Perubahan 2024, TW 2" in found.loc["versi-a", "pesan"]
    assert "reviewer memilih salah satu" in found.loc["versi-a", "pesan"]
    assert d.loc["versi-a", "temuan"] == len(t[t["dokumen"] == "versi-a"])
    # each document's own tables carry its finding too
    own = pd.read_parquet(out / "dokumen" / "versi-b" / "temuan.parquet")
    assert (own["jenis"] == "dokumen_bertentangan").sum() == 1
    assert "PERHATIAN: berkunci sama dengan versi-b" in printed


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_the_same_pemda_written_two_ways_is_one_office(tmp_path):
    """REV-G G6: 'PEMERINTAH KAB. CONTOH' and 'PEMERINTAH KABUPATEN CONTOH' are one pemda
    (keys.pemda_baku): the same evaluation under both titles is read once (ganda), and other
    numbers under both are a conflict, named with the pemda in one form."""
    dok(tmp_path / "a" / "a.md", **PERDAGANGAN)
    dok(tmp_path / "a" / "b.md", **{**PERDAGANGAN, "pemda": "KAB. CONTOH"})
    k = load_corpus(tmp_path / "a", jobs=1)
    assert _status(k) == {"a": TERBACA, "b": GANDA}
    assert len(k.tables["evaluasi"]) == ROWS
    dok(tmp_path / "c" / "versi-a.md", **PERDAGANGAN)
    dok(tmp_path / "c" / "versi-b.md", **{**PERDAGANGAN, "pemda": "KAB. CONTOH", "seed": 9})
    k = load_corpus(tmp_path / "c", jobs=1)
    t = k.tables["temuan"]
    found = t[t["jenis"] == "dokumen_bertentangan"].set_index("dokumen")["pesan"]
    assert sorted(found.index) == ["versi-a", "versi-b"]
    assert "(Kabupaten Contoh, Dinas Perdagangan, Renja Perubahan 2024, TW 2)" in found["versi-b"]


@pytest.mark.slow  # a corpus of several documents
def test_the_same_office_in_another_quarter_is_no_conflict(tmp_path):
    dok(tmp_path / "tw2.md", **PERDAGANGAN)
    dok(tmp_path / "tw3.md", **{**PERDAGANGAN, "triwulan": 3, "seed": 7})
    dok(tmp_path / "lain.md", **{**PERDAGANGAN, "pemda": "KOTA LAIN", "seed": 8})
    k = load_corpus(tmp_path, jobs=1)
    assert set(_status(k).values()) == {TERBACA}
    assert "dokumen_bertentangan" not in set(k.tables["temuan"]["jenis"].astype(str))
    assert k.dokumen["pesan"].isna().all()


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_a_workbook_naming_no_pemda_with_other_numbers_is_a_conflict_that_says_so(tmp_path):
    """Same office, year, kind and quarter; the workbook names no pemda and its numbers
    differ: both read, never summed, each with the finding; the message says the pemda
    is unknown on one side (if it is another pemda, they do not conflict)."""
    from conftest import build_example_workbook

    dok(tmp_path / "teks.md", **PERDAGANGAN)
    lain = dok(tmp_path / "lain" / "x.md", **{**PERDAGANGAN, "seed": 8})
    build_example_workbook(lain, tmp_path / "renja-perubahan-2024-tw2-dinas-perdagangan.xlsx")
    (tmp_path / "lain" / "x.md").unlink()
    k = load_corpus(tmp_path, jobs=1)
    assert set(_status(k).values()) == {TERBACA}
    t = k.tables["temuan"]
    found = t[t["jenis"] == "dokumen_bertentangan"].set_index("dokumen")["pesan"]
    assert sorted(found.index) == ["renja-perubahan-2024-tw2-dinas-perdagangan", "teks"]
    assert all("Pemda tidak tertulis di renja-perubahan-2024-tw2-dinas-perdagangan" in m for m in found)
    assert "(Kabupaten Contoh, Dinas Perdagangan, Renja Perubahan 2024, TW 2)" in found["teks"]


# --- 3. one build holds its output folder from start to end --------------------------------------

def test_a_second_build_refuses_at_once_before_reading(tmp_path, monkeypatch, capsys):
    import renja_analysis.corpus as corpus

    dok(tmp_path / "src" / "a.md", **PERDAGANGAN)
    dok(tmp_path / "src" / "b.md", **{**PERDAGANGAN, "instansi": "DINAS B"})
    out = tmp_path / "o"

    def never(*a, **k):
        raise AssertionError("the second build must not read")
    monkeypatch.setattr(corpus, "load_corpus", never)
    with kunci_keluaran(out):                      # the first build, still reading
        code, printed, err = _cli(["build", "--source", str(tmp_path / "src"), "--out", str(out), "--quiet"],
                                  capsys)
    assert code == 2 and err.count("\n") == 1
    assert str(out) in err and "sedang dipakai build atau report lain" in err
    assert not out.exists()


def test_the_single_document_build_holds_the_lock_too(tmp_path, capsys):
    out = tmp_path / "o"
    with kunci_keluaran(out):
        code, _, err = _cli(["build", "--out", str(out)], capsys)
    assert code == 2 and "sedang dipakai build atau report lain" in err


def test_write_tables_inside_the_held_folder_does_not_lock_itself_out(tmp_path):
    out = tmp_path / "o"
    with kunci_keluaran(out):
        write_tables({"evaluasi": pd.DataFrame({"x": [1]})}, out)
    assert pd.read_csv(out / "evaluasi.csv")["x"].tolist() == [1]


def _tunggu(cond, timeout=120.0, step=0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return False


def _terkunci(out: Path) -> bool:
    import fcntl

    lock = out.parent / f".{out.name}.lock"
    if not lock.exists():
        return False
    with open(lock, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def _korpus_lambat(folder: Path, n: int = 24) -> Path:
    for k in range(n):
        dok(folder / f"renja-2024-tw1-dinas-{k:02d}.md", program=3, kegiatan_per_program=2, sub_per_kegiatan=3,
            instansi=f"DINAS {k:02d}", seed=k)
    return folder


def _ctrl_c_terminal():
    """In the child before it runs: Ctrl-C as a terminal's foreground process has it. An ignored
    SIGINT is inherited across exec, and in ``make test`` the pytest worker once passed one on (a
    build then ignored the test's Ctrl-C and ran to the end); a terminal never does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _build_proc(src, out, *extra, env=None):
    return subprocess.Popen([sys.executable, "-m", "renja_analysis", "build", "--source", str(src), "--out", str(out),
                             "--quiet", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env=env, preexec_fn=_ctrl_c_terminal)


@pytest.mark.slow
def test_two_builds_at_once_the_second_refuses_and_the_first_set_is_whole(tmp_path):
    src = _korpus_lambat(tmp_path / "src")
    out = tmp_path / "o"
    first = _build_proc(src, out, "--jobs", "2")
    assert _tunggu(lambda: _terkunci(out))
    t0 = time.monotonic()
    second = subprocess.run([sys.executable, "-m", "renja_analysis", "build", "--source", str(src), "--out", str(out),
                             "--quiet"], capture_output=True, text=True, check=False)
    assert second.returncode == 2, second.stderr
    assert time.monotonic() - t0 < 30                   # at once: no document read
    assert second.stderr.count("\n") == 1 and "sedang dipakai build atau report lain" in second.stderr and str(out) in second.stderr
    stdout, stderr = first.communicate(timeout=600)
    assert first.returncode == 0, stderr
    d = pd.read_csv(out / "dokumen.csv")
    assert len(d) == 24 and set(d["status"]) == {"terbaca"}


# --- 4. Ctrl-C and SIGTERM: every worker stopped, one line, the old set untouched -----------------

def _anak(pid: int) -> list[int]:
    """The child processes of ``pid``, whichever of its threads started them."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _hidup(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc to find the workers")
@pytest.mark.parametrize("how, code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_interrupted_corpus_build_stops_every_worker(tmp_path, how, code):
    src = _korpus_lambat(tmp_path / "src", 40)
    out = tmp_path / "o"
    lama = tmp_path / "lama"
    dok(lama / "a.md", **PERDAGANGAN)
    dok(lama / "b.md", **{**PERDAGANGAN, "instansi": "DINAS B"})
    assert main(["build", "--source", str(lama), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    before = _digests(out)
    # besar.md is held in its worker (``_tahan``): the build is surely running when the signal
    # comes, however fast the machine reads the other 40 (a fixed sleep once let it finish first)
    env, tanda = _tahan(tmp_path, src)
    proc = _build_proc(src, out, "--jobs", "2", env=env)
    assert _tunggu(lambda: len(_anak(proc.pid)) >= 2 and (tanda / "besar-mulai").exists()), \
        "the workers never started"
    workers = _anak(proc.pid)
    time.sleep(0.5)
    if how == "SIGINT":
        os.killpg(proc.pid, signal.SIGINT)          # Ctrl-C in a terminal: the whole group
    else:
        os.kill(proc.pid, signal.SIGTERM)           # a service manager: the parent only
    stdout, stderr = proc.communicate(timeout=60)   # returns: no worker holds our pipes
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and stderr.strip().count("\n") == 0, stderr
    assert stderr.startswith("dihentikan (") and "keluaran lama tidak diubah" in stderr
    assert _tunggu(lambda: not any(_hidup(w) for w in workers), timeout=10)
    assert _digests(out) == before
    assert not [p for p in tmp_path.iterdir() if ".staging-" in p.name]


_TAHAN = """
import os, time
from pathlib import Path
import renja_analysis.load as _load

_asli = _load.load_document
_tanda = Path(os.environ["RENJA_TES_TANDA"])


def load_document(path, *a, **k):
    if Path(path).name == "besar.md":           # held until the test's Ctrl-C ends the build
        (_tanda / "besar-mulai").touch()
        while True:
            time.sleep(0.05)
    doc = _asli(path, *a, **k)
    (_tanda / f"{Path(path).stem}-selesai").touch()
    return doc


_load.load_document = load_document
"""


def _tahan(tmp_path: Path, src: Path) -> tuple[dict, Path]:
    """A document ``besar.md`` in ``src`` that a build's worker holds until the build is stopped
    (``_TAHAN``, a ``sitecustomize`` on the workers' path: forked or spawned), the environment
    that installs it and the folder of its marks (``besar-mulai``, ``<stem>-selesai``)."""
    tanda, situs = tmp_path / "tanda", tmp_path / "situs"
    dok(src / "besar.md", seed=1)
    tanda.mkdir()
    situs.mkdir()
    (situs / "sitecustomize.py").write_text(_TAHAN)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(situs), os.environ.get("PYTHONPATH", "")]),
           "RENJA_TES_TANDA": str(tanda)}
    return env, tanda


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc to find the workers")
def test_ctrl_c_while_a_worker_is_idle_prints_no_traceback(tmp_path):
    """Two documents in two workers; a ``sitecustomize`` (inherited by the forked
    workers) holds the first one until Ctrl-C, so the other worker is surely idle when
    Ctrl-C comes, however fast the machine."""
    src = tmp_path / "src"
    env, tanda = _tahan(tmp_path, src)
    dok(src / "kecil.md", instansi="DINAS KECIL", seed=2)
    proc = subprocess.Popen([sys.executable, "-m", "renja_analysis", "build", "--source", str(src), "--out",
                             str(tmp_path / "o"), "--quiet", "--jobs", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, env=env,
                            preexec_fn=_ctrl_c_terminal)
    assert _tunggu(lambda: (tanda / "besar-mulai").exists() and (tanda / "kecil-selesai").exists()), \
        proc.communicate(timeout=60)
    time.sleep(0.3)                                 # the idle worker back waiting on its queue
    assert proc.poll() is None and len(_anak(proc.pid)) >= 2
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in stderr and stderr.strip().count("\n") == 0, stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.slow
def test_ctrl_c_with_the_dask_engine(tmp_path):
    """The LocalCluster's processes ignore Ctrl-C and log nothing; the build stops them.
    (``python -m renja_analysis`` under dask's *spawn* once ran a second build in every
    worker: ``__main__`` is guarded now.)"""
    src = _korpus_lambat(tmp_path / "src", 40)
    env, tanda = _tahan(tmp_path, src)           # held: the build is surely running at Ctrl-C
    proc = _build_proc(src, tmp_path / "o", "--jobs", "2", "--engine", "dask", env=env)
    assert _tunggu(lambda: len(_anak(proc.pid)) >= 2 and (tanda / "besar-mulai").exists(), timeout=120)
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert stderr.strip().count("\n") == 0 and "Traceback" not in stderr and "WARNING" not in stderr, stderr
    assert not (tmp_path / "o").exists()


def test_a_worker_ignores_ctrl_c_and_lets_go_of_the_lock(tmp_path):
    import renja_analysis.output.processed as processed
    from renja_analysis.corpus import _pekerja_mulai

    old_int, old_term = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    out = tmp_path / "o"
    try:
        with kunci_keluaran(out):
            held = dict(processed._HELD)
            _pekerja_mulai(os.getppid())       # as if this process were the worker: its parent is alive
            assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
            assert processed._HELD == {} and all(fh.closed for fh in held.values())
    finally:
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)
        if sys.platform.startswith("linux"):
            import ctypes
            ctypes.CDLL(None).prctl(1, 0)      # the test process must not die with pytest's parent


# --- 5. --out inside --source; our own earlier outputs are never documents ----------------------

def test_out_inside_source_is_refused(tmp_path, capsys):
    src = tmp_path / "src"
    dok(src / "a.md", **PERDAGANGAN)
    dok(src / "b.md", **{**PERDAGANGAN, "instansi": "DINAS B"})
    for out in (src / "hasil", src):
        code, _, err = _cli(["build", "--source", str(src), "--out", str(out), "--quiet", "--jobs", "1"], capsys)
        assert code == 2 and err.count("\n") == 1, err
        assert "berada di dalam --source" in err and str(src) in err
    assert sorted(p.name for p in src.iterdir()) == ["a.md", "b.md"]


@pytest.mark.slow  # two corpus builds
def test_earlier_outputs_inside_a_source_are_skipped_with_a_word(tmp_path, capsys):
    src = tmp_path / "src"
    dok(src / "a.md", **PERDAGANGAN)
    dok(src / "b.md", **{**PERDAGANGAN, "instansi": "DINAS B"})
    # an earlier corpus build into src/lama (before it was refused), and a document build
    assert main(["build", "--source", str(src), "--out", str(tmp_path / "lama"), "--quiet", "--jobs", "1"]) == 0
    (tmp_path / "lama").rename(src / "lama")
    assert main(["build", "--source", str(src / "a.md"), "--out", str(src / "satu")]) == 0
    capsys.readouterr()
    code, printed, _ = _cli(["build", "--source", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1"],
                            capsys)
    assert code == 0
    assert sorted(pd.read_csv(tmp_path / "o" / "dokumen.csv")["dokumen"]) == ["a", "b"]
    assert f"dilewati: {src / 'lama'} (keluaran renja-analysis sebelumnya" in printed
    assert f"dilewati: {src / 'satu'} (keluaran" in printed
    # a glob reaching into an output folder skips its files too: nothing left to read is an error
    # naming what was skipped (never an empty corpus whose tables are missing)
    with pytest.raises(RenjaParseError, match="tidak ada berkas dokumen di sumber") as err:
        load_corpus(str(src / "**" / "*.csv"), jobs=1)
    assert f"{src / 'lama'} (keluaran" in str(err.value) and f"{src / 'satu'} (keluaran" in str(err.value)


# --- 6. one folder, one set: a corpus replaces a document's set, and the other way ----------------

@pytest.mark.slow  # corpus and document builds
def test_a_corpus_into_a_document_folder_leaves_no_workbook(tmp_path, bundled):
    from renja_analysis.output.processed import write_document

    out = tmp_path / "o"
    write_document(bundled, out)
    (out / "CATATAN.txt").write_text("milik pengguna")
    assert (out / WORKBOOK).exists()
    dok(tmp_path / "src" / "a.md", **PERDAGANGAN)
    write_corpus(load_corpus(tmp_path / "src", jobs=1), out)
    assert not (out / WORKBOOK).exists()
    assert (out / "CATATAN.txt").read_text() == "milik pengguna"
    assert (out / "dokumen" / "a" / "evaluasi.csv").exists()
    assert pd.read_csv(out / "dokumen.csv")["dokumen"].tolist() == ["a"]


def test_a_document_into_a_corpus_folder_leaves_no_corpus(tmp_path, bundled):
    from renja_analysis.output.processed import write_document

    out = tmp_path / "o"
    dok(tmp_path / "src" / "a.md", **PERDAGANGAN)
    write_corpus(load_corpus(tmp_path / "src", jobs=1), out)
    write_document(bundled, out)
    assert not (out / "dokumen").exists()
    assert (out / WORKBOOK).exists()
    assert pd.read_csv(out / "dokumen.csv")["dokumen"].tolist() == ["renja-perubahan-2024-dinkop-ukm-magetan"]


def test_sipd_tables_and_document_tables_replace_each_other(tmp_path):
    out = tmp_path / "o"
    write_tables({"sipd_rencana": pd.DataFrame({"x": [1]}), "sipd_pemda": pd.DataFrame({"x": [1]})}, out)
    write_tables({"evaluasi": pd.DataFrame({"x": [2]}), "dokumen": pd.DataFrame({"x": [2]})}, out)  # not "foreign"
    assert sorted(p.name for p in out.iterdir()) == ["dokumen.csv", "dokumen.parquet", "evaluasi.csv",
                                                     "evaluasi.parquet"]


# --- 7. a broken link, an unreadable file or folder: gagal, with the reason ---------------------

def test_broken_link_unreadable_file_and_pipe_are_listed_as_gagal(tmp_path, monkeypatch, capsys):
    import renja_analysis.sources as sources

    src = tmp_path / "src"
    dok(src / "a.md", **PERDAGANGAN)
    dok(src / "b.md", **{**PERDAGANGAN, "instansi": "DINAS B"})
    dok(src / "terkunci.md", **{**PERDAGANGAN, "instansi": "DINAS C"})
    (src / "hilang.md").symlink_to(tmp_path / "sudah-dihapus.md")
    os.mkfifo(src / "pipa.md")
    real = sources.read_bytes

    def read_bytes(path, *args, **kwargs):
        if Path(path).name == "terkunci.md":      # as for a file of mode 000 (the tests may run as root)
            raise sources.RenjaParseError(path, "berkas tidak dapat dibaca (Permission denied)")
        return real(path, *args, **kwargs)
    monkeypatch.setattr(sources, "read_bytes", read_bytes)
    code, printed, _ = _cli(["build", "--source", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1"],
                            capsys)
    assert code == 1                                     # some documents failed, named
    d = pd.read_csv(tmp_path / "o" / "dokumen.csv").set_index("dokumen")
    assert d["status"].to_dict() == {"a": "terbaca", "b": "terbaca", "hilang": "gagal", "pipa": "gagal",
                                     "terkunci": "gagal"}
    assert "tautan simbolik rusak" in d.loc["hilang", "pesan"] and "sudah-dihapus.md" in d.loc["hilang", "pesan"]
    assert "bukan berkas biasa" in d.loc["pipa", "pesan"]
    assert "Permission denied" in d.loc["terkunci", "pesan"]
    assert "2 dokumen terbaca, 3 gagal" in printed and "- hilang: GAGAL: " in printed


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a folder of mode 000")
def test_an_unreadable_folder_is_listed_as_gagal(tmp_path):
    src = tmp_path / "src"
    dok(src / "a.md", **PERDAGANGAN)
    (src / "rahasia").mkdir()
    dok(src / "rahasia" / "b.md", **PERDAGANGAN)
    (src / "rahasia").chmod(0)
    try:
        k = load_corpus(src, jobs=1)
    finally:
        (src / "rahasia").chmod(0o755)
    row = k.dokumen.set_index("dokumen").loc["rahasia"]
    assert row["status"] == GAGAL and "folder tidak dapat dibaca" in row["pesan"]


def test_an_unreadable_folder_is_listed_as_gagal_even_as_root(tmp_path, monkeypatch):
    import renja_analysis.corpus as corpus

    src = tmp_path / "src"
    dok(src / "a.md", **PERDAGANGAN)
    (src / "rahasia").mkdir()
    real = os.scandir

    def scandir(path):
        if Path(path).name == "rahasia":
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(corpus.os, "scandir", scandir)
    found, _ = temukan_sumber(src)
    assert found[src / "rahasia"].startswith("folder tidak dapat dibaca (tidak ada izin)")


def test_linked_folders_are_followed_once_and_a_loop_ends(tmp_path):
    src = tmp_path / "src"
    dok(tmp_path / "kantor-lain" / "c.md", **PERDAGANGAN)
    dok(src / "a.md", **{**PERDAGANGAN, "instansi": "DINAS A"})
    (src / "lain").symlink_to(tmp_path / "kantor-lain", target_is_directory=True)
    (src / "putar").symlink_to(src, target_is_directory=True)        # a link back up
    found, _ = temukan_sumber(src)
    assert sorted(p.name for p in found) == ["a.md", "c.md"]


# --- 8. file names are text ---------------------------------------------------------------------

NAMA_JAHAT = ['<svg onload=alert(1)>.md', 'kutip "dua" & \'satu\' #1.md', "Dinas Ünïcödé renja 2024.md",
              '=HYPERLINK("x","klik").md', "spasi  dan ?tanya.md"]


class _Unsur(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def korpus_jahat(tmp_path_factory):
    d = tmp_path_factory.mktemp("jahat")
    for k, name in enumerate(NAMA_JAHAT):
        dok(d / name, instansi=f"DINAS {k}", seed=k)
    (d / "<img src=x onerror=alert(2)>.md").write_text("bukan dokumen renja\n", encoding="utf-8")   # gagal
    return d, load_corpus(d, jobs=1)


def test_hostile_file_names_get_safe_ids(korpus_jahat):
    _, k = korpus_jahat
    ids = k.dokumen["dokumen"].tolist()
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids), ids
    assert "dinas-unicode-renja-2024" in ids            # accents folded, not dropped
    assert set(k.dokumen["status"]) == {TERBACA, GAGAL}


def test_corpus_index_shows_file_names_as_text(korpus_jahat, tmp_path):
    from renja_analysis.report.corpus_pages import halaman_indeks

    d, k = korpus_jahat
    page = halaman_indeks(k)
    p = _Unsur()
    p.feed(page)
    assert not {"svg", "script", "img", "iframe", "object"} & set(p.tags)
    assert not [a for a, _ in p.attrs if a.startswith("on")]
    shown = "".join(p.text)
    assert "<img src=x onerror=alert(2)>.md" in shown      # the failed file's message names it, as text
    assert "<svg onload=alert(1)>.md" in shown             # in the build stamp
    for a, v in p.attrs:
        if a == "href":
            assert re.fullmatch(r"[A-Za-z0-9._~/%#-]+", v), v
            assert not v.startswith(("javascript:", "/", "//")) and ":" not in v
            assert unquote(v) == v or "%" in v


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_page_title_and_stamp_escape_file_names(korpus_jahat, tmp_path):
    import nbformat

    from renja_analysis.report.html import render_page, stempel_korpus

    _, k = korpus_jahat
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Uji", id="a")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "uji.ipynb")
    page = render_page(tmp_path / "uji.ipynb", tmp_path / "uji.html", "Ikhtisar: <svg onload=alert(1)>", False,
                       laporan={"stempel": stempel_korpus(k.dokumen)}).read_text(encoding="utf-8")
    p = _Unsur()
    p.feed(page)
    assert "svg" not in p.tags and not [a for a, _ in p.attrs if a.startswith("on")]
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert html.unescape(title).strip() == "Ikhtisar: <svg onload=alert(1)>"


@pytest.mark.slow  # a corpus build with its workbook
def test_csv_and_workbook_never_run_a_file_name_as_formula(tmp_path, monkeypatch, capsys):
    from openpyxl import load_workbook

    from renja_analysis.output.workbook import write_workbook

    monkeypatch.chdir(tmp_path)
    dok(tmp_path / '=HYPERLINK("x","klik").md', **PERDAGANGAN)
    dok(tmp_path / "b.md", **{**PERDAGANGAN, "instansi": "DINAS B"})
    code, _, _ = _cli(["build", "--source", '=HYPERLINK("x","klik").md', "--source", "b.md", "--out", "o",
                       "--quiet", "--jobs", "1"], capsys)
    assert code == 0
    raw = (tmp_path / "o" / "dokumen.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in raw and "\n=HYPERLINK" not in raw and ",=HYPERLINK" not in raw
    k = load_corpus([tmp_path / "b.md"], jobs=1)
    path = write_workbook(k.per_dokumen["b"], tmp_path / "b.xlsx", sumber='=HYPERLINK("x","klik").md')
    ws = load_workbook(path)["Catatan"]
    cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x","klik").md'


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_cli_prints_a_file_name_with_control_characters_on_one_line(tmp_path, capsys):
    src = tmp_path / "src"
    dok(src / "a.md", **PERDAGANGAN)
    (src / "jahat\x1b[2J\nbaris.md").write_text("bukan dokumen\n", encoding="utf-8")
    code, printed, _ = _cli(["build", "--source", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1"],
                            capsys)
    assert code == 1
    line = next(ln for ln in printed.splitlines() if "GAGAL" in ln)
    assert "\x1b" not in printed and "jahat?[2J baris.md" in line       # the line break: a space


def test_pdf_cover_shows_a_file_name_as_text():
    from renja_analysis.report.pages import stempel
    from renja_analysis.report.pdf import sampul_html

    nama = "<svg onload=alert(1)> & \"x\".md"
    info = {"judul": "Evaluasi Renja s.d. Triwulan II", "instansi": "Dinas A", "pemda": "Kabupaten B",
            "dokumen": f"Renja \u00b7 sumber {nama}",
            "stempel": stempel(pd.Series({"berkas": f"data/{nama}", "sha256": "ab" * 32, "tanggal": None}))}
    p = _Unsur()
    p.feed(sampul_html(info, [(f"Ikhtisar {nama}", 3)]))
    assert "svg" not in p.tags and not [a for a, _ in p.attrs if a.startswith("on")]
    assert "".join(p.text).count(nama) == 3          # the document line, the stamp, the contents
