"""The base of a document's serapan cells shown on parent rows, one base for the whole document across
parents, and the "sedikitnya" text of an unknown kegiatan (fix SERAPAN10, REV-AH X7, X1, X8, X6).

The hand-made Tabel 2.2 of ``test_serapan_dua_bacaan``: program P (line 1) over kegiatan K (line 2) over A
(2.2 pagu 10,000,000, realisation 4,000,000, serapan 40), B (20,000,000, 5,000,000, 25) and C (2.2 pagu
80,000,000, 3.2 P-APBD pagu 128,000,000, realisation cell empty, serapan "50": 49,5 to 50,5 %). A's and B's
two pagu are equal: they show no base. Known rows 9,000,000. 2.2 reading: C 39,600,000 to 40,400,000, K
48,600,000 to 49,400,000. P-APBD reading: C 63,360,000 to 64,640,000, K 72,360,000 to 73,640,000.

X7: K and P state a 3.2 P-APBD pagu of 158,000,000 (110,000,000 + C's 48,000,000) and a serapan cell.
- K, P 73,000,000 (C 64 jt, the P-APBD reading), serapan "66.36" = 73 / 110 (66,3636 %; 73 / 158 = 46,20 %):
  the document shows the 2.2 base on K and P, so C's "50" is 39,600,000 to 40,400,000 and K at most
  49,400,000: kritis, 73,000,000 - 49,400,000 = 23,600,000 (old: the sub kegiatan alone asked, the base
  "not shown", peringatan saying no row shows it).
- K, P 49,000,000 (C 40 jt, the 2.2 reading), serapan "31.01" = 49 / 158 (31,0127 %; 49 / 110 = 44,55 %):
  the P-APBD base shown, K at least 72,360,000: kritis, 72,360,000 - 49,000,000 = 23,360,000 (old: nothing).

X1: P over K1 (line 2: A, C as above) and K2 (line 5: B, and D, line 7: 2.2 pagu 125,000,000, P-APBD
200,000,000, Rp empty, serapan "40": 39,5 to 40,5 %). No parent states a serapan: the base is not shown.
K1's known row A 4,000,000: 2.2 reading 43,600,000 to 44,400,000, P-APBD reading 67,360,000 to 68,640,000.
K1 44,000,000 fits the 2.2 reading only. K2 85,000,000 (B 5 jt + D 80 jt)
fits the P-APBD reading only (5,000,000 + 79,000,000 to 81,000,000 = 84 to 86 jt; 2.2 reading at most
5,000,000 + 50,625,000 = 55,625,000). One base for the document: under 2.2 K2 is wrong by at least
29,375,000, under P-APBD K1 by at least 23,360,000 (67,360,000 - 44,000,000): each kritis (old: K1 nothing, K2 peringatan).

X8: P (line 1) over kegiatan K (line 2: Rp and serapan empty; pagu 90,000,000 = its rows') over A (known
4,000,000) and C (2.2 base, no P-APBD column); kegiatan K2 (line 5) over B (5,000,000). K holds at least
4,000,000 + 39,600,000 = 43,600,000; P's rows at least 5,000,000 + 43,600,000 = 48,600,000. P stating
40,000,000: kritis "sedikitnya Rp48.600.000", the text naming K's bound from its rows, not "the known
rows' realisation" (the known realisation under P is 9,000,000).

X6: the X-path fixture with a numbering gap before C, K 70,000,000: the gap peringatan quotes the P-APBD
reading's 72,360,000 and names it, with the 2.2 reading's at most 49,400,000.
"""
import numpy as np
import pandas as pd

from renja_analysis.findings.document import _sum_check

KOLOM = {"pagu_rp": "Pagu", "realisasi_rp": "Realisasi"}


def _realisasi(df: pd.DataFrame, **kw) -> list[dict]:
    return [r for r in _sum_check(df, "Tabel 2.2", KOLOM, 1.0, rincian=True, **kw) if r["kolom"] == "realisasi_rp"]


def _ringkas(r: list[dict]) -> list[tuple]:
    return [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r]


def _x7(stated: float, serapan_induk: float) -> pd.DataFrame:
    return pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4, 5],
        "nama": ["P", "K", "A", "B", "C"],
        "pagu_rp": [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, 80_000_000.0],
        "realisasi_rp": [stated, stated, 4_000_000.0, 5_000_000.0, np.nan],
        "serapan_rp_dokumen": [serapan_induk, serapan_induk, 40.0, 25.0, 50.0],
        "pagu_papbd_rp": [158_000_000.0, 158_000_000.0, 10_000_000.0, 20_000_000.0, 128_000_000.0],
    })


def test_x7_parents_showing_the_22_base_make_a_kritis():
    r = _realisasi(_x7(73_000_000.0, 66.36))
    assert _ringkas(r) == [(2, "kritis", 49_400_000.0)]
    pesan = r[0]["pesan"]
    assert "tidak ada baris" not in pesan
    assert ("jumlah rincian di bawahnya paling banyak Rp49.400.000: realisasi rincian yang diketahui Rp9.000.000 "
            "ditambah paling banyak Rp40.400.000") in pesan
    assert "50,5% dari pagunya di Tabel 2.2 Rp80.000.000" in pesan
    assert "(selisih sedikitnya Rp23.600.000); salah satunya keliru." in pesan


def test_x7_parents_showing_the_papbd_base_make_a_kritis():
    r = _realisasi(_x7(49_000_000.0, 31.01))
    assert _ringkas(r) == [(2, "kritis", 72_360_000.0)]
    pesan = r[0]["pesan"]
    assert ("jumlah rincian di bawahnya sedikitnya Rp72.360.000: realisasi rincian yang diketahui Rp9.000.000 "
            "ditambah sedikitnya Rp63.360.000") in pesan
    assert ("49,5% dari pagu P-APBD-nya di Tabel 3.2 Rp128.000.000 (bukan pagunya di Tabel 2.2 Rp80.000.000: sel "
            "serapan dokumen ini bagian dari pagu P-APBD, baris 1 dan 2)") in pesan
    assert "(selisih sedikitnya Rp23.360.000); salah satunya keliru." in pesan


def test_x7_parents_equal_pagu_show_no_base():
    # control: the parents' P-APBD pagu equal to their 2.2 pagu tell nothing; K 49 jt fits the 2.2 reading
    df = _x7(49_000_000.0, 44.55).assign(pagu_papbd_rp=[110e6, 110e6, 10e6, 20e6, 128e6])
    assert _realisasi(df) == []


def _x1(k1: float, k2: float) -> pd.DataFrame:
    return pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4, 5, 6, 7],
        "nama": ["P", "K1", "A", "C", "K2", "B", "D"],
        "pagu_rp": [235e6, 90e6, 10e6, 80e6, 145e6, 20e6, 125e6],
        "realisasi_rp": [k1 + k2, k1, 4e6, np.nan, k2, 5e6, np.nan],
        "serapan_rp_dokumen": [np.nan, np.nan, 40.0, 50.0, np.nan, 25.0, 40.0],
        "pagu_papbd_rp": [358e6, 138e6, 10e6, 128e6, 220e6, 20e6, 200e6],
    })


def test_x1_parents_fitting_different_readings_are_each_kritis():
    r = _realisasi(_x1(44_000_000.0, 85_000_000.0))
    assert _ringkas(r) == [(2, "kritis", 67_360_000.0), (5, "kritis", 55_625_000.0)]
    for x in r:
        assert ("Dasar itu satu untuk seluruh dokumen, tetapi kegiatan \u201cK1\u201d (baris 2) cocok dengan rinciannya "
                "hanya bila serapannya bagian dari pagu Tabel 2.2, sedangkan kegiatan \u201cK2\u201d (baris 5) hanya bila "
                "bagian dari pagu P-APBD: dasar mana pun yang benar, salah satu jumlah itu keliru.") in x["pesan"]
    # K1 under the P-APBD reading: 67,360,000 - 44,000,000; K2 under the 2.2 reading: 85,000,000 - 55,625,000
    assert "(selisih sedikitnya Rp23.360.000)" in r[0]["pesan"]
    assert "(selisih sedikitnya Rp29.375.000)" in r[1]["pesan"]


def test_x1_controls_one_reading_for_all():
    # both fit the 2.2 reading (K2 55 jt): nothing; both fit the P-APBD reading only (K1 68 jt): peringatan each
    assert _realisasi(_x1(44_000_000.0, 55_000_000.0)) == []
    assert [t for _, t, _ in _ringkas(_realisasi(_x1(68_000_000.0, 85_000_000.0)))] == ["peringatan", "peringatan"]


def test_x8_lower_bound_of_an_unknown_kegiatan_is_named():
    df = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4, 5, 6],
        "nama": ["P", "K", "A", "C", "K2", "B"],
        "pagu_rp": [110e6, 90e6, 10e6, 80e6, 20e6, 20e6],
        "realisasi_rp": [40e6, np.nan, 4e6, np.nan, 5e6, 5e6],
        "serapan_rp_dokumen": [np.nan, np.nan, 40.0, 50.0, 25.0, 25.0],
    })
    r = _realisasi(df)
    assert _ringkas(r) == [(1, "kritis", 48_600_000.0)]
    pesan = r[0]["pesan"]
    assert "jumlah realisasi rincian yang diketahui" not in pesan
    assert ("jumlah rincian di bawahnya sedikitnya Rp48.600.000: realisasi rincian yang diketahui Rp5.000.000 "
            "ditambah sedikitnya Rp43.600.000 untuk rincian yang realisasinya tidak tercantum: \u201cK\u201d (baris 2) "
            "Rp43.600.000, yaitu jumlah batas bawah rinciannya") in pesan
    assert "(selisih sedikitnya Rp8.600.000)" in pesan


def test_x6_gap_names_the_reading_quoted():
    df = _x7(70_000_000.0, np.nan).assign(pagu_papbd_rp=[110e6, 110e6, 10e6, 20e6, 128e6])
    r = _realisasi(df, celah=[(4, "4")])
    assert _ringkas(r) == [(2, "peringatan", 72_360_000.0)]
    assert ("sedikitnya Rp72.360.000 (selisih sedikitnya Rp2.360.000) bila sel serapannya dibaca sebagai bagian dari "
            "pagu P-APBD di Tabel 3.2; bila bagian dari pagu Tabel 2.2, jumlah rinciannya paling banyak "
            "Rp49.400.000") in r[0]["pesan"]


def test_x7_rows_showing_both_bases_leave_it_unknown_and_say_so():
    # K's "66.36" is 73 / 110 (the 2.2 base), P's "46.20" is 73 / 158 (46,2025 %, the P-APBD base): no base is
    # shown; K fits the P-APBD reading only (72,360,000 to 73,640,000): peringatan, the sentence naming both rows
    df = _x7(73_000_000.0, 66.36)
    df.loc[0, "serapan_rp_dokumen"] = 46.20
    r = _realisasi(df)
    assert _ringkas(r) == [(2, "peringatan", 49_400_000.0)]
    assert ("dokumen ini tidak menunjukkan apakah sel serapannya bagian dari pagu Tabel 2.2 atau dari pagu P-APBD di "
            "Tabel 3.2: serapan baris 2 cocok dengan pagu Tabel 2.2 saja, tetapi serapan baris 1 dengan pagu P-APBD "
            "saja.") in r[0]["pesan"]
