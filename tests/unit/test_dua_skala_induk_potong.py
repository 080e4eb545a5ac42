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

from renja_analysis.findings.document import _compare, _dengan_daun, _rincian_daun

CHECK = [("pagu_rp", "pagu_rkpd_rp", "Pagu indikatif", "kritis")]


def _run(level, pagu_32, tertulis_33, skala_lain=1e6, pesan=False, desimal=None):
    n = len(level)
    a = pd.DataFrame({"level": level, "baris_sumber": range(10, 10 + n), "nama": [f"r{i}" for i in range(n)],
                      "pagu_rp": pagu_32})
    b = pd.DataFrame({"level": level, "baris_sumber": range(50, 50 + n), "pagu_rkpd_rp": tertulis_33})
    if desimal is not None:     # the decimals each 3.3 cell is written with (the reader's)
        b = b.assign(pagu_rkpd_rp_desimal=desimal)
    b = _dengan_daun(b, ["pagu_rkpd_rp"])
    got = _compare(a, b, "3.2 vs 3.3", "Tabel 3.2", "Tabel 3.3", CHECK, skala_lain=skala_lain)
    return {r["baris_sumber"]: (r["tingkat"], r["pesan"]) if pesan else r["tingkat"] for r in got}


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
    b = _dengan_daun(b, ["pagu_rkpd_rp"], 1000.0)
    got = _compare(a, b, "3.2 vs 3.3", "Tabel 3.2", "Tabel 3.3", CHECK, toleransi=1000.0, skala_b=1000.0)
    assert {r["baris_sumber"]: r["tingkat"] for r in got} == {10: tingkat, 11: tingkat}
    if tingkat == "peringatan":
        assert got[0]["pesan"].endswith("(setengah satuan angka terakhir untuk setiap rincian); periksa dengan "
                                        "dokumen aslinya.")


# REV-AK AK1, AK1b: the n x half a unit allowed a parent only where it is written as the sum of its leaf rows as
# written in that table (within its own rounding); else its own half unit (or, below, a cut's one unit).
P32_AK1B = [46_600_000.0, 46_600_000.0, 16_200_000.0, 20_200_000.0, 10_200_000.0]    # 16,2 + 20,2 + 10,2


@pytest.mark.parametrize("pagu_32, induk, tingkat", [
    # '48' over '16', '20', '10' (sum 46): no rounding of 46,6 jt (47) nor the sum of its rows; 1,4 jt above
    # 46,6 jt > its own 0,5 jt (and above: no cut): kritis (was peringatan within 3 x 0,5 jt, REV-AK AK1b)
    (P32_AK1B, 48.0, "kritis"),
    ([47_200_000.0, 47_200_000.0, 16_400_000.0, 20_400_000.0, 10_400_000.0], 48.0, "kritis"),   # AK1: 0,8 jt
    (P32_AK1B, 46.0, "peringatan"),     # 46 = 16 + 20 + 10: 0,6 jt <= 1,5 jt
    (P32_AK1B, 47.0, None),             # 47 is 46,6 jt rounded: within its own 0,5 jt
])
def test_parent_allowed_the_sum_only_where_written_as_the_sum(pagu_32, induk, tingkat):
    got = _run(LV3, pagu_32, [induk, induk, 16.0, 20.0, 10.0])
    assert got == ({10: tingkat, 11: tingkat} if tingkat else {})


def test_text_names_only_the_explanation_that_fits():
    sum_ = "angka induk yang ditulis sebagai jumlah angka rinciannya"
    cut = "angka yang dipotong pada digit terakhirnya"
    # '46' (= 16 + 20 + 10) ABOVE 3.2's 45,2 jt (15,6 + 19,6 + 10,0) by 0,8 jt: the sum of rounded rows, no cut
    got = _run(LV3, [45_200_000.0, 45_200_000.0, 15_600_000.0, 19_600_000.0, 10_000_000.0],
               [46.0, 46.0, 16.0, 20.0, 10.0], pesan=True)
    assert [t for t, _ in got.values()] == ["peringatan", "peringatan"]
    assert all(sum_ in p and cut not in p for _, p in got.values())
    # '46' below 47,2 jt by 1,2 jt: more than one unit, no cut; the sum of rounded rows
    got = _run(LV3, P32_3, [46.0, 46.0, 16.0, 20.0, 10.0], pesan=True)
    assert all(sum_ in p and cut not in p for _, p in got.values())
    # '46' below 46,6 jt by 0,6 jt: both fit
    got = _run(LV3, P32_AK1B, [46.0, 46.0, 16.0, 20.0, 10.0], pesan=True)
    assert all(sum_ in p and cut in p for _, p in got.values())
    # a sub kegiatan '19' below Rp19.999.999: a cut alone (no rows under it)
    got = _run(["sub_kegiatan"], [19_999_999.0], [19.0], pesan=True)
    assert got[10][0] == "peringatan" and cut in got[10][1] and "angka induk" not in got[10][1]


@pytest.mark.parametrize("induk, tingkat", [
    (46_002_000.0, "kritis"),      # '46.002' over 16.000 + 20.000 + 10.000 = 46.000: 1.400 > the whole unit
    (46_000_000.0, None),          # 600 within the whole unit (Rp1.000)
])
def test_known_thousands_parent_not_the_sum(induk, tingkat):
    # REV-AK AK1k: 3.3 of known scale in thousands, 3.2 16.000.200 + 20.000.200 + 10.000.200 = 46.000.600
    a = pd.DataFrame({"level": LV3, "baris_sumber": range(10, 15), "nama": list("abcde"),
                      "pagu_rp": [46_000_600.0, 46_000_600.0, 16_000_200.0, 20_000_200.0, 10_000_200.0]})
    b = pd.DataFrame({"level": LV3, "baris_sumber": range(50, 55),
                      "pagu_rkpd_rp": [induk, induk, 16_000_000.0, 20_000_000.0, 10_000_000.0]})
    b = _dengan_daun(b, ["pagu_rkpd_rp"], 1000.0)
    got = _compare(a, b, "3.2 vs 3.3", "Tabel 3.2", "Tabel 3.3", CHECK, toleransi=1000.0, skala_b=1000.0)
    assert {r["baris_sumber"]: r["tingkat"] for r in got} == ({10: tingkat, 11: tingkat} if tingkat else {})


# REV-AI AI7: a cell's rounding is half a unit of its last WRITTEN digit: '20.60' in millions (two decimals, the
# reader's ``<kolom>_desimal``) is precise to Rp10.000, its float 20,6 only to Rp100.000.
@pytest.mark.parametrize("desimal, tingkat", [
    (2, "kritis"),         # Rp60.000 off > Rp5.000; below 3.2's by more than one unit (Rp10.000): no cut
    (1, "peringatan"),     # written '20.6': Rp60.000 below, less than one unit (Rp100.000): 20,66 cut to 20,6
    (-1, "peringatan"),    # decimals not known: the float's (one)
])
def test_cell_rounding_from_written_decimals(desimal, tingkat):
    got = _run(["sub_kegiatan"], [20_660_000.0], [20.6], desimal=[desimal])
    assert got == {10: tingkat}


def test_parent_of_written_decimals():
    # '36.60' over '16.00' + '20.60' (its sum) against 36,66 jt: at most 2 x Rp5.000 off as a sum: kritis;
    # the sub kegiatan '20.60' against 20,66 jt kritis too; '16.00' equal
    got = _run(["kegiatan", "sub_kegiatan", "sub_kegiatan"], [36_660_000.0, 16_000_000.0, 20_660_000.0],
               [36.6, 16.0, 20.6], desimal=[2, 2, 2])
    assert got == {10: "kritis", 12: "kritis"}


# REV-AO AO3: '36.65' over '16.00' + '20.65' (written as its sum) against 3.2's 36.660.000 over 16.000.000 +
# 20.660.000. The sub kegiatan: 20.660.000 - 20.650.000 = Rp10.000 > Rp5.000 (half a unit of '20.65') + Rp1, and
# above it by a whole unit (Rp10.000), no cut: kritis. The kegiatan: Rp10.000 off is within 2 x Rp5.000 (two
# rounded rows), but its whole difference is its sub kegiatan's Rp10.000 (16.00 equal): no rounding explains it,
# kritis like its row (it was a peringatan naming the rounding of a parent summed from rounded rows).
def test_parent_whose_difference_is_its_kritis_row():
    got = _run(["kegiatan", "sub_kegiatan", "sub_kegiatan"], [36_660_000.0, 16_000_000.0, 20_660_000.0],
               [36.65, 16.0, 20.65], desimal=[2, 2, 2], pesan=True)
    assert {k: t for k, (t, _) in got.items()} == {10: "kritis", 12: "kritis"}
    assert "pembulatan" not in got[10][1]


def test_kritis_row_of_another_parent_keeps_the_rounding_hedge():
    # the first kegiatan as test_parent_of_three_rows_within_three_half_units (46 vs 47,2 jt: 1,2 jt within
    # 3 x 0,5 jt, its rows each within their rounding: peringatan); the second as above (kritis, kritis)
    got = _run(["kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan",
                "sub_kegiatan"],
               [47_200_000.0, 16_400_000.0, 20_400_000.0, 10_400_000.0, 36_660_000.0, 16_000_000.0, 20_660_000.0],
               [46.0, 16.0, 20.0, 10.0, 36.65, 16.0, 20.65], desimal=[0, 0, 0, 0, 2, 2, 2])
    assert got == {10: "peringatan", 14: "kritis", 16: "kritis"}
