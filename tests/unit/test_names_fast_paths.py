"""The column and C-speed paths of ``names`` (pagu of a Float64 column at once, partners of rows
of one form each, exact matches of names of one form each) and of ``rkpd_review.parse`` (the row
number read once for both sides, ``sisi`` from its codes): hand-worked cases, and the same answers
as the general rule on seeded random inputs (the oracles below restate the rules row by row, on
purpose, as tests only)."""
import random

import numpy as np
import pandas as pd
import pytest

from renja_analysis import names


def test_budget_values_of_a_float64_column():
    column = pd.Series([1.5, None, 0.0, -2.0, 7.0], dtype="Float64")
    assert names._budget_values(column) == [1.5, 0.0, 0.0, -2.0, 7.0]
    # a NaN the column holds as a value (not masked) is missing too, as pd.isna says
    nan_inside = pd.Series(pd.arrays.FloatingArray(np.array([np.nan, 3.0]), np.array([False, False])))
    assert names._budget_values(nan_inside) == [0.0, 3.0]
    assert nan_inside.isna().tolist() == [False, False] and np.isnan(nan_inside.to_numpy(np.float64)[0])
    # the column itself is left as it was
    assert column.tolist() == [1.5, pd.NA, 0.0, -2.0, 7.0]


def test_budget_values_of_a_list_value_by_value():
    assert names._budget_values([3, None, pd.NA, float("nan"), "4.5", np.int64(2)]) == [3.0, 0.0, 0.0, 0.0, 4.5, 2.0]


@pytest.mark.parametrize("seed", [0, 1])
def test_budget_values_are_the_values_one_by_one(seed):
    rng = random.Random(seed)
    values = [rng.choice([None, rng.uniform(-1e12, 1e12), float(rng.randint(0, 10**9)), 0.0]) for _ in range(500)]
    column = pd.Series(values, dtype="Float64")
    assert names._budget_values(column) == [0.0 if pd.isna(v) else float(v) for v in column.tolist()]


def test_infer_levels_reads_a_float64_pagu_as_its_list():
    rows = ["PROGRAM X", "Induk", "Anak satu", "Anak dua", "Induk lain", "Anak tiga"]
    pagu = pd.Series([30, 30, 10, 20, 5, None], dtype="Float64")
    expected = ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"]
    # 'Induk lain' (5) fits in nothing: the kegiatan is full (30 = 10 + 20), and the run after it
    # sums to 0 (a missing pagu is 0), not 5: a sub kegiatan
    assert names.infer_levels(rows, pagu=pagu) == expected
    assert names.infer_levels(rows, pagu=pagu.tolist()) == expected


def _partners_oracle(fa, fb, la, lb):
    """``_partners`` row by row: the keys (form, level) of each row as a set; a row's partner is
    the one other-side row its keys lead to, when none of its keys is shared on its own side or
    by two rows of the other side."""
    def keys(forms, levels):
        return [{(f, None if levels is None else levels[i]) for f in fs if f} for i, fs in enumerate(forms)]

    ka, kb = keys(fa, la), keys(fb, lb)
    out = []
    for own, other in ((ka, kb), (kb, ka)):
        found = []
        for i, mine in enumerate(own):
            if any(k in theirs for k in mine for j, theirs in enumerate(own) if j != i):
                found.append(-1)
                continue
            rows = {k: [j for j, theirs in enumerate(other) if k in theirs] for k in mine}
            if any(len(r) > 1 for r in rows.values()):
                found.append(-1)
                continue
            hit = {r[0] for r in rows.values() if r}
            found.append(hit.pop() if len(hit) == 1 else -1)
        out.append(found)
    return out


def test_partners_of_rows_of_one_form_each():
    fa = [("asatu",), ("bdua",), ("bdua",), ("",), ("ctiga",)]
    fb = [("bdua",), ("asatu",), ("",), ("ctiga",)]
    got = names._partners(fa, fb, None, None)
    # a: 'asatu' once each side -> b1; 'bdua' twice on a -> none; '' no key; 'ctiga' -> b3
    assert [x.tolist() for x in got] == [[1, -1, -1, -1, 3], [-1, 0, -1, 4]]
    # with levels, 'ctiga' as program on one side and kegiatan on the other is no key in common
    got = names._partners(fa, fb, ["p", "k", "k", "k", "program"], ["k", "p", "k", "kegiatan"])
    assert [x.tolist() for x in got] == [[1, -1, -1, -1, -1], [-1, 0, -1, -1]]


@pytest.mark.parametrize("seed", [2, 3, 8])
@pytest.mark.parametrize("levels", [False, True])
def test_partners_are_the_rule_row_by_row(seed, levels):
    rng = random.Random(seed)
    pool = [""] + [a + b for a in "abcdefgh" for b in "xyz"]
    several = seed == 8                 # some rows with two or three forms (the sorting path)

    def forms(n):
        return [tuple(dict.fromkeys(rng.sample(pool, rng.choice([1, 2, 3]) if several else 1))) for _ in range(n)]

    fa, fb = (forms(15), forms(12)) if several else (forms(60), forms(50))
    la = [rng.choice(["program", "kegiatan"]) for _ in fa] if levels else None
    lb = [rng.choice(["program", "kegiatan"]) for _ in fb] if levels else None
    got = names._partners(fa, fb, la, lb)
    assert [x.tolist() for x in got] == _partners_oracle(fa, fb, la, lb)
    assert any(x >= 0 for x in got[0].tolist())         # some partners found: the case is not empty


def test_best_match_first_of_equal_names_with_and_without_acronyms():
    choices = ["Pengembangan UMKM", "PROGRAM PENGEMBANGAN UMKM", "Usaha Mikro"]
    # a choice of two forms (the acronym collapsed) among choices of one form
    acronym = ["Pengembangan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)"]
    assert names.best_match(["pengembangan umkm", "usaha mikro", "lain sekali"], choices) == [0, 2, None]
    assert names.best_match(["pengembangan umkm", "usaha mikro"], acronym + choices) == [0, 3]
    assert names.best_match(acronym + ["usaha mikro"], choices) == [0, 2]


@pytest.mark.parametrize("seed", [5, 6])
def test_best_match_is_the_argmax_of_the_score_matrix(seed):
    rng = random.Random(seed)
    words = ["usaha", "mikro", "kecil", "menengah", "(umkm)", "pengembangan", "dan", "koperasi", "izin"]
    pool = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(40)]
    pool += ["usaha mikro kecil menengah (umkm)", "pengembangan usaha kecil menengah mikro (umkm)", "pengembangan umkm"]
    queries = [rng.choice(pool) for _ in range(60)] + ["sama sekali lain"]
    choices = [rng.choice(pool) for _ in range(30)]
    scores = names.score_matrix(queries, choices)
    expected = [int(row.argmax()) if row.max() >= 80 else None for row in scores]
    assert names.best_match(queries, choices, 80) == expected
    assert any(len(fs) > 1 for fs in names._forms_of(choices))      # acronyms among them


def test_review_table_number_and_side_of_every_row(tmp_path):
    from renja_analysis.sources import read_source
    from renja_analysis.synthetic import tulis_dokumen
    from renja_analysis.tables import rkpd_review

    path = tmp_path / "renja.md"
    tulis_dokumen(path, program=2, kegiatan_per_program=2, sub_per_kegiatan=2, seed=3)
    review, _ = rkpd_review.parse(read_source(path))
    items = len(review) // 2
    # 2 programs, 4 kegiatan, 8 sub kegiatan: 14 items numbered 1..14, each on two rows
    assert items == 14
    assert review["no"].tolist() == [k for k in range(1, 15) for _ in range(2)]
    assert str(review["no"].dtype) == "Int64"
    assert review["sisi"].tolist() == ["rancangan_awal", "hasil_analisis"] * 14
    assert isinstance(review["sisi"].dtype, pd.CategoricalDtype)
    assert review["sisi"].cat.categories.tolist() == list(rkpd_review.SIDES)
    assert not review["sisi"].cat.ordered and review["sisi"].cat.codes.tolist() == [0, 1] * 14
