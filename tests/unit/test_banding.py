"""The differential tool of issue #21 (``bench/banding.py``): its comparison names the first
difference (file, column, row, old and new value), its mutations follow the seed."""
from __future__ import annotations

import importlib.util
import json
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def banding():
    spec = importlib.util.spec_from_file_location("bench_banding", ROOT / "bench" / "banding.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _frame():
    return pd.DataFrame({"kode": ["1.01", "1.02", "1.03"], "pagu_rp": [100.0, np.nan, 250.0],
                         "baris_sumber": [12, 13, 14]})


def test_equal_frames_have_no_difference_nan_included(banding):
    assert banding.first_difference(_frame(), _frame()) is None


def test_one_cell_is_named_by_column_row_and_both_values(banding):
    new = _frame()
    new.loc[2, "pagu_rp"] = 250.5
    assert banding.first_difference(_frame(), new) == "column pagu_rp, row 2 (index 2): old 250.0, new 250.5"
    # a value where the old side had none
    new = _frame()
    new.loc[1, "pagu_rp"] = 0.0
    assert banding.first_difference(_frame(), new) == "column pagu_rp, row 1 (index 1): old nan, new 0.0"


def test_a_dtype_change_with_equal_values_is_a_difference(banding):
    new = _frame().astype({"baris_sumber": "Int64"})
    assert banding.first_difference(_frame(), new) == "column baris_sumber: dtype old int64, new Int64"


def test_missing_values_of_another_kind_differ(banding):
    old = pd.DataFrame({"catatan": pd.Series(["a", None], dtype=object)})
    new = pd.DataFrame({"catatan": pd.Series(["a", np.nan], dtype=object)})
    assert banding.first_difference(old, new) == "column catatan, row 1 (index 1): old None, new nan"


def test_columns_and_rows_are_compared_before_cells(banding):
    assert banding.first_difference(_frame(), _frame().drop(columns="kode")) == \
        "columns: only old ['kode'], only new []"
    assert banding.first_difference(_frame(), _frame().iloc[:2]) == "rows: old 3, new 2"


def test_mutation_is_deterministic_for_a_seed_and_changes_the_text(banding):
    text = (ROOT / "tests" / "data" / "renja-mini.md").read_text(encoding="utf-8")
    once, twice = banding.mutate(text, 7), banding.mutate(text, 7)
    assert once == twice and once[0] != text and 1 <= len(once[1]) <= 3
    # another seed, another copy (over a few seeds: not all alike)
    assert len({banding.mutate(text, s)[0] for s in range(6)}) > 1


def test_each_mutation_does_what_it_says(banding):
    import random

    lines = ["Judul", "Program\tPagu", "PROGRAM A\t1.250.000", "Kegiatan B\t750.000"]
    wrapped = list(lines)
    what = banding.MUTATIONS["wrap"](random.Random(0), wrapped)
    # a name of three words or more is cut at a space, its rest on a line of its own
    assert what is None or len(wrapped) == len(lines) + 1
    thousands = list(lines)
    what = banding.MUTATIONS["thousands"](random.Random(1), thousands)
    assert what.startswith("thousands ") and thousands != lines and len(thousands) == len(lines)


def test_a_source_is_compared_exit_streams_files_and_document(banding, tmp_path):
    sides = {}
    for name in ("old", "new"):
        out = tmp_path / name
        (out / "000" / "build").mkdir(parents=True)
        (out / "000" / "build.json").write_text(json.dumps(
            {"exit": 0, "stdout": f"19 berkas ditulis ke {out / '000' / 'build'}\n", "stderr": ""}))
        pd.DataFrame({"pesan": ["Pagu kegiatan ini (selisih Rp1)"]}).to_csv(out / "000" / "build" / "temuan.csv",
                                                                           index=False)
        with open(out / "000" / "document.pickle", "wb") as f:
            pickle.dump({"lokasi": _frame(), "temuan_baca": [{"jenis": "baris_ganda"}]}, f)
        sides[name] = {"out": out, "root": tmp_path / f"root-{name}"}
    source = {"id": "000", "path": "renja.md"}
    # the output folders differ by side: normalised
    assert banding.compare_source(source, sides["old"], sides["new"]) is None
    # one character of a finding's message
    pd.DataFrame({"pesan": ["Pagu kegiatan ini (Selisih Rp1)"]}).to_csv(
        sides["new"]["out"] / "000" / "build" / "temuan.csv", index=False)
    assert banding.compare_source(source, sides["old"], sides["new"]) == \
        "temuan.csv: column pesan, row 0 (index 0): old 'Pagu kegiatan ini (selisih Rp1)', " \
        "new 'Pagu kegiatan ini (Selisih Rp1)'"
    # a table load_document returns but build does not write
    (sides["new"]["out"] / "000" / "build" / "temuan.csv").write_bytes(
        (sides["old"]["out"] / "000" / "build" / "temuan.csv").read_bytes())
    lokasi = _frame()
    lokasi.loc[0, "baris_sumber"] = 11
    with open(sides["new"]["out"] / "000" / "document.pickle", "wb") as f:
        pickle.dump({"lokasi": lokasi, "temuan_baca": [{"jenis": "baris_ganda"}]}, f)
    assert banding.compare_source(source, sides["old"], sides["new"]) == \
        "load_document['lokasi']: column baris_sumber, row 0 (index 0): old 12, new 11"


def test_parquet_files_are_equal_by_frame_and_dtypes(banding, tmp_path):
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    _frame().to_parquet(a)
    _frame().to_parquet(b)
    assert banding.file_difference(a, b) is None
    _frame().astype({"baris_sumber": "int32"}).to_parquet(b)
    assert banding.file_difference(a, b) == "column baris_sumber: dtype old int64, new int32"
