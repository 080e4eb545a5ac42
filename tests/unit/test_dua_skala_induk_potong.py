"""A table of unknown scale, one of two (3.3 read as written or in millions/thousands), against a
3.2 in rupiah: how far a figure under the second reading may be from the other table's before it is
reported (``findings.document._compare``, REV-AI AI1, AI2, AI3).

Hand-derived rules:
- a parent written as the sum of its n (two or more) leaf rows, each rounded to one unit of its
  last digit, may lie n x half a unit from the exact total: within it a peringatan, beyond it kritis;
- a parent of ONE row is that row, rounded once: half a unit, beyond it kritis;
- a cell cut (not rounded) to its last digit lies STRICTLY less than one unit below its exact value:
  '19' (millions) cannot be the cut of Rp20.000.000 (19 <= E < 20 jt), so it is kritis; '19' beside
  Rp19.999.999 may be (peringatan).
"""
import pandas as pd
import pytest

from renja_analysis.findings.document import _compare, _rincian_daun

CHECK = [("pagu_rp", "pagu_rkpd_rp", "Pagu indikatif", "kritis")]


def _run(level, pagu_32, tertulis_33, skala_lain=1e6):
    n = len(level)
    a = pd.DataFrame({"level": level, "baris_sumber": range(10, 10 + n), "nama": [f"r{i}" for i in range(n)],
                      "pagu_rp": pagu_32})
    b = pd.DataFrame({"level": level, "baris_sumber": range(50, 50 + n), "pagu_rkpd_rp": tertulis_33})
    b = b.assign(daun=_rincian_daun(b))
    got = _compare(a, b, "3.2 vs 3.3", "Tabel 3.2", "Tabel 3.3", CHECK, skala_lain=skala_lain)
    return {r["baris_sumber"]: r["tingkat"] for r in got}


def test_leaf_count():
    lv = pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan",
                                 "program", "kegiatan", "sub_kegiatan"]})
    assert _rincian_daun(lv).tolist() == [3.0, 3.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0]


LV3 = ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"]
P32_3 = [47_200_000.0, 47_200_000.0, 16_400_000.0, 20_400_000.0, 10_400_000.0]


@pytest.mark.parametrize("induk, tingkat", [
    (46.0, "peringatan"),   # 47,2 - 46 = 1,2 jt <= 3 x 0,5 jt (16 + 20 + 10 = 46, each rounded)
    (45.0, "kritis"),       # 2,2 jt > 1,5 jt: no rounding of three cells gives it
])
def test_parent_of_three_rows_within_three_half_units(induk, tingkat):
    got = _run(LV3, P32_3, [induk, induk, 16.0, 20.0, 10.0])
    # the sub kegiatan agree within half a unit (16,4 jt beside '16'): only the parents
    assert got == {10: tingkat, 11: tingkat}


def test_parent_of_three_rows_in_thousands():
    # 46.001.200 vs '46.000' ribu: 1.200 <= 3 x 500
    got = _run(LV3, [46_001_200.0, 46_001_200.0, 16_000_400.0, 20_000_400.0, 10_000_400.0],
               [46_000.0, 46_000.0, 16_000.0, 20_000.0, 10_000.0], skala_lain=1e3)
    assert got == {10: "peringatan", 11: "peringatan"}


def test_parent_of_one_row_is_that_row():
    # program and kegiatan over one sub kegiatan: '17' is not 16 rounded once (17 - 16 = 1 jt > 0,5 jt)
    got = _run(["program", "kegiatan", "sub_kegiatan"], [16_000_000.0] * 3, [17.0, 17.0, 16.0])
    assert got == {10: "kritis", 11: "kritis"}


@pytest.mark.parametrize("pagu_32, tertulis, skala_lain, tingkat", [
    (20_000_000.0, 19.0, 1e6, "kritis"),            # 19 <= E < 20 jt cannot be Rp20.000.000
    (20_000_000.0, 19_999.0, 1e3, "kritis"),        # 19.999.000 <= E < 20.000.000
    (19_999_999.0, 19.0, 1e6, "peringatan"),        # E = Rp19.999.999 cut to 19 jt
    (20_000_000.0, 21.0, 1e6, "kritis"),            # above: no cut gives it
])
def test_cut_figure_strictly_below_one_unit(pagu_32, tertulis, skala_lain, tingkat):
    got = _run(["sub_kegiatan"], [pagu_32], [tertulis], skala_lain=skala_lain)
    assert got == {10: tingkat}


@pytest.mark.parametrize("pagu_32, tingkat", [
    (46_001_200.0, "peringatan"),   # 1.200 <= 3 x 500 + Rp1: the sum of three cells rounded to thousands
    (46_001_600.0, "kritis"),       # 1.600 > 1.501
])
def test_known_thousands_parent_of_three_rows(pagu_32, tingkat):
    # 3.3 of known scale in thousands (its values read x1000; a whole unit allowed, Rp1.000): parents
    # '46.000' over '16.000', '20.000', '10.000' (REV-AI AI1k)
    a = pd.DataFrame({"level": LV3, "baris_sumber": range(10, 15), "nama": list("abcde"),
                      "pagu_rp": [pagu_32, pagu_32, 16_000_400.0, 20_000_400.0, 10_000_400.0]})
    b = pd.DataFrame({"level": LV3, "baris_sumber": range(50, 55),
                      "pagu_rkpd_rp": [46_000_000.0, 46_000_000.0, 16_000_000.0, 20_000_000.0, 10_000_000.0]})
    b = b.assign(daun=_rincian_daun(b))
    got = _compare(a, b, "3.2 vs 3.3", "Tabel 3.2", "Tabel 3.3", CHECK, toleransi=1000.0, skala_b=1000.0)
    assert {r["baris_sumber"]: r["tingkat"] for r in got} == {10: tingkat, 11: tingkat}
    if tingkat == "peringatan":
        assert got[0]["pesan"].endswith("(setengah satuan angka terakhir untuk setiap rincian); periksa dengan "
                                        "dokumen aslinya.")
