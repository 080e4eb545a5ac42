"""A smoke run of the benchmark script (``bench/run.py --smoke``): tiny sizes, one
repeat. Timings are not tests: only that it runs, prints its table and writes its
CSV with one row per goal."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

# runs bench/run.py --smoke in a subprocess
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_bench_smoke_runs_and_writes_its_table(tmp_path):
    out = tmp_path / "results.csv"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    header = run.stdout.splitlines()[0].split()
    assert header == ["goal", "seconds", "baseline_seconds", "ratio", "limit", "met"]
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    goals = [r["goal"] for r in rows]
    assert goals == ["parse + analyse, 200 rows", "linear growth, 100 -> 200 rows",
                     "peak memory of reading, 100 rows", "peak memory of reading, 200 rows",
                     "linear growth, 100 -> 200 rows",
                     "tambah_metrik + status_pelaksanaan, 20,000 rows", "peak memory of the metrics, 20,000 rows",
                     "import renja_analysis", "corpus of 4 documents: 2 workers / 1 worker",
                     "make report notebooks (1), warm kernel, vs kernel floor",
                     "report of a corpus of 1 documents, 2 jobs / budget", "SIPD pemda of 100 records: load_sipd / budget"]
    for r in rows:
        assert float(r["ratio"]) >= 0 and float(r["limit"]) > 0 and r["met"] in ("ya", "tidak")
    assert float(rows[0]["seconds"]) > 0 and float(rows[0]["baseline_seconds"]) > 0
