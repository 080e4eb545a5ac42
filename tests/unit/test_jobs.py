"""``report --jobs N``: notebooks and pages executed at once write the same bytes as one at a
time; a failing notebook names itself and its cell and stops the rest (issue 21, point 1)."""
import hashlib

import nbformat
import pytest

from renja_analysis import cli, report
from renja_analysis.config import ROOT
from renja_analysis.report.notebooks import NotebookGagal, NotebookJob, execute_all, run_all


def _notebook(path, *sources):
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(s, id=f"c{k}") for k, s in enumerate(sources)],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, path)
    return path


def test_run_all_in_order_and_serial_when_one_job():
    # one job: in this process, in order; a lambda is fine (nothing pickled)
    assert run_all(lambda x: 10 * x, [3, 1, 2], 1, progress=False) == [30, 10, 20]
    assert run_all(abs, [], 2, progress=False) == []


def test_run_all_in_workers_keeps_the_order_of_the_items():
    # two workers: the results come back in the order of the items, whatever finishes first
    assert run_all(abs, [-5, 4, -3, 2, -1], 2, progress=False) == [5, 4, 3, 2, 1]


def test_a_worker_error_is_raised_here():
    with pytest.raises(ZeroDivisionError):
        run_all(_inverse, [1, 0, 2], 2, progress=False)


def _inverse(x):
    return 1 / x


@pytest.mark.slow          # starts kernels
@pytest.mark.parametrize("jobs", [1, 2])
def test_failing_notebook_names_itself_and_stops_the_rest(tmp_path, jobs):
    # the second cell raises: papermill's cell index 1 (0-based, no parameters injected), the
    # second execution; the user reads "sel 2"
    bad = _notebook(tmp_path / "rusak.ipynb", "x = 1", "raise ValueError('angka rusak')", "y = 2")
    ok = _notebook(tmp_path / "baik.ipynb", "import time\ntime.sleep(2)")
    todo = [NotebookJob(bad, tmp_path / "out" / "rusak.ipynb", {}, tmp_path)]
    todo += [NotebookJob(ok, tmp_path / "out" / f"baik-{k}.ipynb", {}, tmp_path) for k in range(7)]
    with pytest.raises(NotebookGagal) as info:
        execute_all(todo, jobs, progress=False)
    assert str(info.value) == (f"notebook {tmp_path / 'out' / 'rusak.ipynb'} gagal di sel 2 (eksekusi ke-2): "
                               "ValueError: angka rusak")
    # the rest stopped: at most the notebooks already handed to a worker ran (2 workers + 1 queued
    # call each side), the last ones never started
    assert not (tmp_path / "out" / "baik-6.ipynb").exists()
    if jobs == 1:
        assert not list((tmp_path / "out").glob("baik-*.ipynb"))


def test_cli_failing_notebook_is_one_line_exit_3(monkeypatch, capsys, tmp_path):
    seen = {}

    def build(*args, **kwargs):
        seen.update(kwargs)
        raise NotebookGagal("notebook notebooks/program/01-a.ipynb gagal di sel 4 (eksekusi ke-3): KeyError: 'x'")

    monkeypatch.setattr(report, "build", build)
    assert cli.main(["report", "--tanpa-pdf", "--quiet", "--jobs", "2", "--out", str(tmp_path / "olahan")]) == 3
    err = capsys.readouterr().err
    assert err == "galat: notebook notebooks/program/01-a.ipynb gagal di sel 4 (eksekusi ke-3): KeyError: 'x'\n"
    assert seen["jobs"] == 2


def test_cli_contoh_passes_jobs(monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr(report, "build_contoh", lambda **kw: seen.update(kw))
    assert cli.main(["contoh", "--quiet", "--jobs", "3"]) == 0
    assert seen == {"progress": False, "jobs": 3}
    with pytest.raises(SystemExit) as info:                    # at least one
        cli.main(["contoh", "--jobs", "0"])
    assert info.value.code == 2
    assert "--jobs: paling sedikit 1, ditemukan 0" in capsys.readouterr().err


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow          # a corpus report twice: 10 notebooks and 21 pages each
def test_two_jobs_write_the_same_bytes_as_one(tmp_path):
    from renja_analysis.synthetic import tulis_dokumen

    src = tmp_path / "src"
    src.mkdir()
    for k in range(2):
        tulis_dokumen(src / f"renja-2024-tw{k + 1}-dinas-{k}.md", program=1, kegiatan_per_program=1,
                      sub_per_kegiatan=2, instansi=f"DINAS {k}", triwulan=k + 1, seed=k)
    out = tmp_path / "hasil"
    runs = []
    for jobs in (1, 2):
        report.build_corpus(src, olahan=out / "olahan", notebooks=out / "nb", reports=out / "rep", progress=False,
                            jobs=jobs)
        runs.append(_snapshot(out))
    one, two = runs
    # 2 documents x (00, 20, 30 + 1 program) + 50 and 60; pages: each of them with and without code,
    # and the corpus index
    assert len([f for f in one if f.endswith(".ipynb")]) == 2 * 4 + 2
    assert len([f for f in one if f.endswith(".html")]) == (2 * 4 + 2) * 2 + 1
    assert one == two


def test_imports_of_a_notebook_stay_light():
    # issue 21, point 2: `import renja_analysis` imports no submodule, and what a notebook imports
    # to read the processed tables and present them pulls in no reader, finding or report tool
    import subprocess
    import sys

    code = ("import sys, renja_analysis; first = sorted(m for m in sys.modules if m.startswith('renja_analysis'))\n"
            "from renja_analysis.load import load_processed\n"
            "from renja_analysis.present import escape, narrative, plots, summary, styling\n"
            "print(first); print(sorted(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    first, loaded = (eval(line) for line in out.splitlines())      # noqa: S307 - our own printed lists
    assert first == ["renja_analysis", "renja_analysis.config", "renja_analysis.errors"]
    heavy = {"papermill", "nbformat", "playwright", "openpyxl", "scipy", "babel", "renja_analysis.sources",
             "renja_analysis.tables", "renja_analysis.findings.document", "renja_analysis.findings.sipd",
             "renja_analysis.report"}
    assert not heavy & set(loaded)
    # the lazy names still work
    import renja_analysis

    assert renja_analysis.load_document.__module__ == "renja_analysis.load"
    assert "load_sipd" in dir(renja_analysis)


def test_corpus_report_refuses_options_it_cannot_honour(monkeypatch, capsys, tmp_path):
    """`report --source FOLDER` builds the corpus report, which has no SIPD, realisation or
    reconciliation page: --sipd, --realisasi and --paksa are refused (exit 2, one line), never dropped."""
    calls = []
    monkeypatch.setattr(report, "build_corpus", lambda *a, **k: calls.append(a))
    korpus = ROOT / "tests" / "data" / "korpus"
    for opsi in (["--sipd", str(tmp_path)], ["--realisasi", str(tmp_path)], ["--paksa"]):
        assert cli.main(["report", "--source", str(korpus), *opsi, "--out", str(tmp_path / "o"), "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"tidak memakai {opsi[0]};" in err
    assert calls == []
    assert cli.main(["report", "--source", str(korpus), "--out", str(tmp_path / "o"), "--quiet"]) == 0
    assert len(calls) == 1


def test_a_report_holds_the_tables_it_reads(monkeypatch, capsys, tmp_path):
    # REV-O P-1: `report` without --source reads the processed tables; a build into them while the
    # notebooks run changed them underneath (exit 3, "galat internal (bug)"). The report holds
    # their folder for its whole run: a build into it meanwhile is refused.
    from renja_analysis.output.processed import OutputError, kunci_keluaran

    olahan = tmp_path / "olahan"
    refused = []

    def build(*args, **kwargs):
        try:
            with kunci_keluaran(olahan):
                pass
        except OutputError as exc:
            refused.append(str(exc))
        return None

    monkeypatch.setattr(report, "build", build)
    assert cli.main(["report", "--tanpa-pdf", "--quiet", "--out", str(olahan)]) == 0
    assert len(refused) == 1 and "sedang dipakai build atau report lain" in refused[0]
