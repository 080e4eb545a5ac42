"""How far a sub kegiatan's serapan cell bounds its unknown realisation (fix SERAPAN7, REV-AC AC3, AC1
and the judged ab3 'pot'). Hand-made Tabel 2.2: program P (line 1) over kegiatan K (line 2) over three
sub kegiatan, K and P stating ``stated`` as their realisation, their pagu the sum 110,000,000:

- A (line 3): 2.2 pagu 10,000,000, realisation 4,000,000, serapan 40 (4/10 = 40 % exactly);
- B (line 4): 2.2 pagu 20,000,000, realisation 5,000,000, serapan 25 (5/20 = 25 % exactly);
- C (line 5): 2.2 pagu 80,000,000, realisation cell empty, serapan cell as each test says.

Known rows: 4,000,000 + 5,000,000 = 9,000,000.

AC3 (a serapan share of which pagu): C's 3.2 P-APBD pagu 128,000,000, A's and B's equal to their 2.2
pagu: no row shows whether the document's serapan is a share of the 2.2 or of the P-APBD pagu (both
give 40 % and 25 %). C's "50" is 50 % of 128,000,000 = 64,000,000 (K states 73,000,000): read as a
share of its P-APBD pagu, 49,5 to 50,5 % of it, 63,360,000 to 64,640,000 (K 72,360,000 to 73,640,000,
holding 73,000,000); of its 2.2 pagu, 50,5 % x 80,000,000 = 40,400,000, 49,400,000 < 73,000,000: wrong
under one reading only, peringatan naming both (fix SERAPAN9: each reading on its own, the base being one
for the document; old: kritis "paling banyak Rp49.400.000", selisih 23.600.000). A's P-APBD pagu 12,500,000 instead (40 % of
10,000,000 but 32 % of 12,500,000): the document shows the 2.2 base, the kritis stands.

AC1 (a "0" of cells not shown rounded): A written "40" for 4,090,000 (40,9 %: off, 40 +/- 0,5 does not
hold it, truncated), B exact: 1 of 2 off, below 90 %: the cells are not read as rounded. C's "0" for a
true 720,000 (0,9 % of 80,000,000; known 4,090,000 + 5,000,000 = 9,090,000, K states 9,810,000): a
truncated 0 is below 1 %, 800,000 (9,890,000 >= 9,810,000): nothing (old: below 0,5 %, 400,000,
kritis "paling banyak Rp9.490.000", selisih 320.000). A true 900,000 (1,125 %, 9,990,000 stated):
kritis "paling banyak Rp9.890.000", selisih 100.000.

ab3 'pot' (a rounded cell explained by its truncation): A and B exact; C "46" for a true 37,592,000
(46,99 %, K states 46,592,000): as rounded at most 46,5 % = 37,200,000 (46,200,000, 392,000 short);
truncated, 46 means below 47 %, 37,600,000 (46,600,000 >= 46,592,000): peringatan (old: kritis). A
true 37,700,000 (47,125 %, 46,700,000 stated): beyond both, kritis at 46,200,000, selisih 500,000.
"""
import numpy as np
import pandas as pd

from renja_analysis.findings.document import _sum_check

KOLOM = {"pagu_rp": "Pagu", "realisasi_rp": "Realisasi"}


def _frame(stated: float, c_serapan: float, a_real: float = 4_000_000.0, a_serapan: float = 40.0,
           papbd: list | None = None) -> pd.DataFrame:
    df = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4, 5],
        "nama": ["P", "K", "A", "B", "C"],
        "pagu_rp": [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, 80_000_000.0],
        "realisasi_rp": [stated, stated, a_real, 5_000_000.0, np.nan],
        "serapan_rp_dokumen": [np.nan, np.nan, a_serapan, 25.0, c_serapan],
    })
    if papbd is not None:
        df["pagu_papbd_rp"] = papbd
    return df


def _realisasi(df: pd.DataFrame) -> list[dict]:
    return [r for r in _sum_check(df, "Tabel 2.2", KOLOM, 1.0, rincian=True) if r["kolom"] == "realisasi_rp"]


SAMA = [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, 128_000_000.0]


def test_ac3_base_unknown_between_the_two_bounds_is_peringatan():
    # the P-APBD reading (9,000,000 + 63,360,000 to 64,640,000: 72,360,000 to 73,640,000) holds 73,000,000; the
    # 2.2 one (at most 49,400,000) does not: peringatan naming both, the reading that fits (fix SERAPAN9)
    r = _realisasi(_frame(73_000_000.0, 50.0, papbd=SAMA))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "peringatan", 49_400_000.0)]
    pesan = r[0]["pesan"]
    assert "paling banyak Rp49.400.000 (selisih sedikitnya Rp23.600.000)" in pesan
    assert "\u201cC\u201d (baris 5) Rp40.400.000, yaitu 50,5% dari pagunya di Tabel 2.2 Rp80.000.000" in pesan
    assert ("dan paling banyak Rp73.640.000 (realisasi rincian yang diketahui Rp9.000.000 ditambah paling banyak "
            "Rp64.640.000 untuk rincian yang realisasinya tidak tercantum: \u201cC\u201d (baris 5) Rp64.640.000, yaitu "
            "50,5% dari pagu P-APBD-nya di Tabel 3.2 Rp128.000.000") in pesan
    assert "cocok dengan rinciannya bila serapannya bagian dari pagu P-APBD" in pesan


def test_ac3_base_unknown_beyond_both_is_kritis():
    # 9,000,000 + 70,000,000 = 79,000,000 > 73,640,000 (and > 49,400,000): kritis at the nearer bound
    r = _realisasi(_frame(79_000_000.0, 50.0, papbd=SAMA))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 73_640_000.0)]
    assert ("Rp64.640.000, yaitu 50,5% dari pagu P-APBD-nya di Tabel 3.2 Rp128.000.000 (bukan pagunya di Tabel 2.2 "
            "Rp80.000.000) karena sel serapannya tertulis 50%") in r[0]["pesan"]
    assert "(selisih sedikitnya Rp5.360.000)" in r[0]["pesan"]
    assert "(selisih sedikitnya Rp29.600.000)" in r[0]["pesan"]


def test_ac3_base_shown_keeps_the_kritis():
    papbd = [110_000_000.0, 110_000_000.0, 12_500_000.0, 20_000_000.0, 128_000_000.0]
    r = _realisasi(_frame(73_000_000.0, 50.0, papbd=papbd))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 49_400_000.0)]


def test_ac3_base_unknown_lower_bound_on_the_smaller_pagu():
    # C's P-APBD pagu 40,000,000: "50" is 50 % of it, 20,000,000; K states 29,000,000. The P-APBD reading
    # (9,000,000 + 19,800,000 to 20,200,000: 28,800,000 to 29,200,000) holds it, the 2.2 one (at least
    # 48,600,000) does not: peringatan naming both (fix SERAPAN9; serapan7's hull: nothing)
    papbd = [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, 40_000_000.0]
    r = _realisasi(_frame(29_000_000.0, 50.0, papbd=papbd))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "peringatan", 48_600_000.0)]
    assert "(selisih sedikitnya Rp19.600.000)" in r[0]["pesan"]
    # 9,000,000 + 19,000,000 = 28,000,000 < 28,800,000 (and < 48,600,000): kritis at the nearer bound
    r = _realisasi(_frame(28_000_000.0, 50.0, papbd=papbd))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 28_800_000.0)]
    assert ("49,5% dari pagu P-APBD-nya di Tabel 3.2 Rp40.000.000 (bukan pagunya di Tabel 2.2 Rp80.000.000)"
            in r[0]["pesan"])
    assert "(selisih sedikitnya Rp800.000); salah satunya keliru." in r[0]["pesan"]


def test_ac1_truncated_zero_is_below_one_percent():
    assert _realisasi(_frame(9_810_000.0, 0.0, a_real=4_090_000.0)) == []
    r = _realisasi(_frame(9_990_000.0, 0.0, a_real=4_090_000.0))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 9_890_000.0)]
    assert ("\u201cC\u201d (baris 5) Rp800.000, yaitu 1% dari pagunya di Tabel 2.2 Rp80.000.000 karena sel "
            "serapannya tertulis 0 (sel serapan dokumen ini tidak terbukti dibulatkan") in r[0]["pesan"]
    assert "(selisih sedikitnya Rp100.000)" in r[0]["pesan"]


def test_ac1_rounded_document_zero_stays_below_half_a_percent():
    # the same "0" in the exact document: below 0,5 %, 400,000; a true 720,000 (9,720,000 stated) is above it
    # but within a truncated 0 (800,000): peringatan at 9,400,000
    r = _realisasi(_frame(9_720_000.0, 0.0))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "peringatan", 9_400_000.0)]


def test_pot_truncation_of_one_rounded_cell_is_peringatan():
    r = _realisasi(_frame(46_592_000.0, 46.0))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "peringatan", 46_200_000.0)]
    pesan = r[0]["pesan"]
    assert "paling banyak Rp46.200.000 (selisih sedikitnya Rp392.000)" in pesan
    assert ("\u201cC\u201d (baris 5) Rp37.600.000, yaitu 47% dari pagunya di Tabel 2.2 Rp80.000.000: sel 46% yang "
            "dipotong berarti di bawah 47%), jumlah itu paling banyak Rp46.600.000 dan tidak terlampaui") in pesan


def test_pot_beyond_the_truncation_is_kritis():
    r = _realisasi(_frame(46_700_000.0, 46.0))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 46_200_000.0)]
    assert "(selisih sedikitnya Rp500.000)" in r[0]["pesan"]
