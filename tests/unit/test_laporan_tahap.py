"""A document's ``report`` writes its outputs as one set (``report.tahap``): stopped (Ctrl-C) or
failing (a notebook's error, a kernel that dies), it leaves every previous output as it was
(REV-K K1, K2).

The report runs in a copy of the project (the package, the notebooks' sources) in a temporary
folder, so its default folders (``data/processed``, ``figures``, ``notebooks``, ``reports``) are
the copy's; notebooks are "executed" by a stand-in that copies the source (no kernel), except in
the tests of a dead kernel.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import nbformat
import pytest

import renja_analysis
from renja_analysis.report import notebooks as nbmod
from renja_analysis.report.notebooks import NotebookGagal, NotebookJob, run_job

PAKET = Path(renja_analysis.__file__).resolve().parent
PROYEK = PAKET.parent
DATA = PROYEK / "tests" / "data"

#: Run in the copy: a stand-in for the notebook runner, then the command line. ``MODE`` says
#: what goes wrong: nothing, Ctrl-C once the pages are rendered, or the third notebook failing.
PENGGERAK = textwrap.dedent('''
    import shutil, sys
    from pathlib import Path
    from renja_analysis import cli, report
    from renja_analysis.report import notebooks

    MODE = sys.argv[1]
    jalan = []

    def run_job(job):
        jalan.append(job)
        if MODE == "gagal" and len(jalan) == 3:
            raise notebooks.NotebookGagal("notebook uji gagal di sel 1 (eksekusi ke-1): ValueError: uji")
        Path(job.target).parent.mkdir(parents=True, exist_ok=True)
        Path(job.target).write_bytes(Path(job.source).read_bytes())
        return job.target

    notebooks.run_job = run_job
    asli = report.build_html

    def build_html(*a, **k):
        hasil = asli(*a, **k)
        if MODE == "ctrl-c":
            raise KeyboardInterrupt
        return hasil

    report.build_html = build_html
    sys.exit(cli.main(["report", "--source", sys.argv[2], "--tanpa-pdf", "--quiet", "--jobs", "1"]))
''')


def _salin_proyek(akar: Path) -> Path:
    shutil.copytree(PAKET, akar / "renja_analysis", ignore=shutil.ignore_patterns("__pycache__"))
    (akar / "notebooks").mkdir()
    for nb in (PROYEK / "notebooks").glob("*.ipynb"):
        shutil.copy(nb, akar / "notebooks" / nb.name)
    shutil.copytree(PROYEK / "notebooks" / "templates", akar / "notebooks" / "templates")
    (akar / "figures" / "contoh").mkdir(parents=True)
    (akar / "figures" / "contoh" / "milik-contoh.svg").write_text("<svg/>")      # not a report's: kept
    (akar / "reports").mkdir()
    (akar / "reports" / "catatan-saya.txt").write_text("milik pengguna")         # the user's: kept
    (akar / "penggerak.py").write_text(PENGGERAK)
    return akar


def _jalankan(akar: Path, mode: str, sumber: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(akar))
    env.pop("RENJA_ANALYSIS_TAHAP", None)
    return subprocess.run([sys.executable, "penggerak.py", mode, str(sumber)], cwd=akar, env=env,
                          capture_output=True, text=True, timeout=300)


def _potret(akar: Path) -> dict[str, str]:
    """Every file of the report's folders, with its SHA-256."""
    return {str(p.relative_to(akar)): hashlib.sha256(p.read_bytes()).hexdigest()
            for d in ("data/processed", "figures", "notebooks", "reports")
            for p in sorted((akar / d).rglob("*")) if p.is_file()}


def _mini_2024(folder: Path) -> Path:
    """``renja-mini.md`` as a 2024 document (its workbook is then ``evaluasi-renja-2024.xlsx``)."""
    path = folder / "renja-mini-2024.md"
    path.write_text((DATA / "renja-mini.md").read_text(encoding="utf-8").replace("2025", "2024"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def proyek(tmp_path_factory):
    """A copy of the project holding the report of ``renja-mini.md`` made a 2024 document."""
    akar = _salin_proyek(tmp_path_factory.mktemp("proyek"))
    r = _jalankan(akar, "baik", _mini_2024(akar))
    assert r.returncode == 0, r.stderr
    return akar


@pytest.mark.slow          # ~20 s a report (a subprocess, figures and pages of a small document)
@pytest.mark.parametrize("mode, status, pesan", [
    ("ctrl-c", 130, "dihentikan (Ctrl-C): report tidak selesai; keluaran lama tidak diubah"),
    ("gagal", 3, "galat: notebook uji gagal di sel 1 (eksekusi ke-1): ValueError: uji; keluaran lama tidak diubah"),
])
def test_report_berhenti_keluaran_lama_utuh(proyek, mode, status, pesan):
    """The report of another document (2025 TW 3) stopped after its figures, notebooks and pages
    were written (Ctrl-C), or by its third notebook failing: every file of data/processed,
    figures, notebooks and reports has the bytes it had (the old code left the new tables and
    figures beside the old pages), no staging folder is left, the message names ``report``."""
    sebelum = _potret(proyek)
    assert "data/processed/evaluasi-renja-2024.xlsx" in sebelum and "figures/contoh/milik-contoh.svg" in sebelum
    assert "notebooks/program/01-penunjang-urusan-pemerintahan-daerah-kabupaten-kota.ipynb" in sebelum
    r = _jalankan(proyek, mode, DATA / "renja-mini-2025-tw3.md")
    sesudah = _potret(proyek)
    assert [k for k in sorted(set(sebelum) | set(sesudah)) if sebelum.get(k) != sesudah.get(k)] == []
    assert r.returncode == status, r.stderr
    assert r.stderr.strip().splitlines()[-1] == pesan
    assert not [p.name for d in (proyek, proyek / "data") for p in d.iterdir() if ".staging-" in p.name]


@pytest.mark.slow          # two reports
def test_report_selesai_mengganti_set(proyek, tmp_path):
    """Done, the new report replaces the old one's files (the 2024 workbook goes, the 2025 one
    comes), and keeps what is not a report's (the examples' figure, the user's file)."""
    akar = _salin_proyek(tmp_path / "p")
    assert _jalankan(akar, "baik", _mini_2024(akar)).returncode == 0
    r = _jalankan(akar, "baik", DATA / "renja-mini-2025-tw3.md")
    assert r.returncode == 0, r.stderr
    sesudah = _potret(akar)
    assert "data/processed/evaluasi-renja-2025.xlsx" in sesudah
    assert "data/processed/evaluasi-renja-2024.xlsx" not in sesudah
    assert "reports/data/evaluasi-renja-2025.xlsx" in sesudah and "reports/data/evaluasi-renja-2024.xlsx" not in sesudah
    assert (akar / "figures/contoh/milik-contoh.svg").read_text() == "<svg/>"
    assert (akar / "reports/catatan-saya.txt").read_text() == "milik pengguna"
    assert (akar / "notebooks/templates/program.ipynb").read_bytes() == \
        (PROYEK / "notebooks/templates/program.ipynb").read_bytes()


def _notebook(folder: Path, *sel: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sel])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / "mati.ipynb")
    return folder / "mati.ipynb"


BUNUH = "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"


@pytest.mark.slow          # a kernel (~5 s)
def test_kernel_mati_di_sel_disebut(tmp_path):
    """A kernel killed (kill -9, the OOM killer) while its notebook's second cell runs: one
    message naming the notebook once, the cell, and what happened in words (the old code said
    'DeadKernelError: Kernel died' and named the notebook twice)."""
    sumber = _notebook(tmp_path / "nb", "x = 1", BUNUH, "y = 2")
    target = tmp_path / "nb" / "keluar" / "mati.ipynb"
    with pytest.raises(NotebookGagal) as exc:
        run_job(NotebookJob(sumber, target, {}, sumber.parent, nama=tmp_path / "laporan" / "mati.ipynb"))
    # the execution count is given when the kernel announced it before it died (a race), else none
    assert re.search(r"mati\.ipynb gagal di sel 2( \(eksekusi ke-2\))?: kernel berhenti \(dimatikan atau kehabisan "
                     r"memori\)$", str(exc.value)), str(exc.value)
    assert str(exc.value).count("mati.ipynb") == 1 and "/laporan/" in str(exc.value)
    assert exc.value.keluaran == str(target) and target.is_file()      # as far as it ran, for reading


@pytest.mark.slow          # a kernel (~5 s)
def test_kernel_mati_saat_reset_cepat_disebut(tmp_path, monkeypatch):
    """A warm kernel killed while it is reset before a notebook (the old code waited the reset's
    60 s, then said 'Empty:'): said within seconds, before the notebook's first cell."""
    sumber = _notebook(tmp_path / "nb", "x = 1")

    def reset(self, cwd):
        self._call(BUNUH, timeout=60)

    monkeypatch.setattr(nbmod.WarmKernel, "reset", reset)
    mulai = time.monotonic()
    with pytest.raises(NotebookGagal) as exc:
        run_job(NotebookJob(sumber, tmp_path / "keluar.ipynb", {}, sumber.parent))
    assert time.monotonic() - mulai < 30
    assert str(exc.value).endswith("keluar.ipynb gagal sebelum sel pertama: kernel berhenti (dimatikan atau "
                                   "kehabisan memori)")


SIGTERM_DI_SEL = textwrap.dedent('''
    import signal, sys
    from pathlib import Path
    from renja_analysis import cli
    from renja_analysis.report.notebooks import NotebookJob, run_job

    signal.signal(signal.SIGTERM, cli._on_signal)
    sumber = Path(sys.argv[1])
    try:
        run_job(NotebookJob(sumber, sumber.with_name("keluar.ipynb"), {}, sumber.parent))
    except cli.Dihentikan:
        print("dihentikan", file=sys.stderr)
        sys.exit(143)
''')


@pytest.mark.slow          # a kernel (~5 s)
def test_sigterm_di_sel_tanpa_traceback(tmp_path):
    """SIGTERM while a cell runs (``report --jobs 1``): the command's one line only. The old code
    left the cell's task in the kernel client's event loop; the kernel's shutdown ran it again, it
    ended with nbclient's DeadKernelError and Python printed 'Task exception was never retrieved'
    with a traceback at exit."""
    tanda = tmp_path / "mulai"
    sumber = _notebook(tmp_path / "nb", f"import pathlib, time\npathlib.Path({str(tanda)!r}).touch()\ntime.sleep(60)")
    (tmp_path / "penggerak.py").write_text(SIGTERM_DI_SEL)
    p = subprocess.Popen([sys.executable, str(tmp_path / "penggerak.py"), str(sumber)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        if tanda.exists():
            break
        time.sleep(0.1)
    time.sleep(0.5)
    p.terminate()
    _, err = p.communicate(timeout=60)
    assert tanda.exists() and p.returncode == 143, err
    assert err.strip() == "dihentikan"
