"""A serapan cell whose base the document does not show, read under each reading (fix SERAPAN9, REV-AE AE1,
AE1b). The hand-made Tabel 2.2 of ``test_serapan_dasar_potong``: program P (line 1) over kegiatan K (line 2)
over A (2.2 pagu 10,000,000, realisation 4,000,000, serapan 40), B (20,000,000, 5,000,000, 25) and C (2.2
pagu 80,000,000, realisation cell empty, serapan "50": half a unit, 49,5 to 50,5 %). Known rows 9,000,000.
A's and B's 3.2 P-APBD pagu equal their 2.2 pagu: no row shows whether serapan is a share of the 2.2 or of
the P-APBD pagu, the same for the whole document.

C's P-APBD pagu 128,000,000 (AE1). 2.2 reading: C 39,600,000 to 40,400,000, K 48,600,000 to 49,400,000.
P-APBD reading: C 63,360,000 to 64,640,000, K 72,360,000 to 73,640,000.
- K 53,000,000 (C 44,000,000: 55 % of 80 jt, 34,4 % of 128 jt): above 49,400,000 by 3,600,000 and below
  72,360,000 by 19,360,000: wrong under both, kritis at the nearer bound 49,400,000 (old: between the two
  readings' hull 48,600,000 to 73,640,000, peringatan "tidak dinilai sebagai kekeliruan dokumen").
- K 49,000,000 (C 40 jt, the 2.2 reading): below 72,360,000 by 23,360,000 under the P-APBD reading only:
  nothing, the 2.2 reading (the serapan column's own base by definition) fitting.

C's P-APBD pagu 50,000,000 (AE1b, smaller): P-APBD reading C 24,750,000 to 25,250,000, K 33,750,000 to
34,250,000. K 39,000,000 (C 30 jt): below 48,600,000 by 9,600,000, above 34,250,000 by 4,750,000: kritis at
34,250,000 (old: within the hull 33,750,000 to 49,400,000, nothing).

C's P-APBD pagu 80,400,000 (the two readings overlapping): P-APBD reading C 39,798,000 to 40,602,000, K
48,798,000 to 49,602,000; K 49,000,000 fits both: nothing.

The truncation peringatan of a table cut elsewhere (the cut check's flag once shadowed it): C "46" for
46,99 % (2.2 base, no P-APBD), K 46,592,000; as rounded at most 46,5 % (46,200,000), truncated below 47 %
(46,600,000): peringatan whether or not the table is cut (old: kritis when ``terpotong`` was given).
"""
import numpy as np
import pandas as pd

from renja_analysis.findings.document import _sum_check

KOLOM = {"pagu_rp": "Pagu", "realisasi_rp": "Realisasi"}


def _frame(stated: float, c_serapan: float, papbd: list | None = None) -> pd.DataFrame:
    df = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4, 5],
        "nama": ["P", "K", "A", "B", "C"],
        "pagu_rp": [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, 80_000_000.0],
        "realisasi_rp": [stated, stated, 4_000_000.0, 5_000_000.0, np.nan],
        "serapan_rp_dokumen": [np.nan, np.nan, 40.0, 25.0, c_serapan],
    })
    if papbd is not None:
        df["pagu_papbd_rp"] = papbd
    return df


def _realisasi(df: pd.DataFrame) -> list[dict]:
    return [r for r in _sum_check(df, "Tabel 2.2", KOLOM, 1.0, rincian=True) if r["kolom"] == "realisasi_rp"]


def _papbd(c: float) -> list:
    return [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, c]


def _ringkas(r: list[dict]) -> list[tuple]:
    return [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r]


def test_ae1_wrong_under_both_readings_is_kritis():
    r = _realisasi(_frame(53_000_000.0, 50.0, papbd=_papbd(128_000_000.0)))
    assert _ringkas(r) == [(2, "kritis", 49_400_000.0)]
    pesan = r[0]["pesan"]
    assert "tidak cocok dengan rinciannya menurut bacaan mana pun" in pesan
    # 2.2 reading: 9,000,000 + 40,400,000 = 49,400,000, 53,000,000 - 49,400,000 = 3,600,000
    assert ("Bila bagian dari pagu Tabel 2.2, jumlah rincian di bawahnya paling banyak Rp49.400.000: realisasi "
            "rincian yang diketahui Rp9.000.000 ditambah paling banyak Rp40.400.000") in pesan
    assert "yaitu 50,5% dari pagunya di Tabel 2.2 Rp80.000.000 karena sel serapannya tertulis 50% (selisih sedikitnya Rp3.600.000)" in pesan
    # P-APBD reading: 9,000,000 + 63,360,000 = 72,360,000, 72,360,000 - 53,000,000 = 19,360,000
    assert ("Bila bagian dari pagu P-APBD, jumlah rincian di bawahnya sedikitnya Rp72.360.000: realisasi rincian "
            "yang diketahui Rp9.000.000 ditambah sedikitnya Rp63.360.000") in pesan
    assert ("yaitu 49,5% dari pagu P-APBD-nya di Tabel 3.2 Rp128.000.000 (bukan pagunya di Tabel 2.2 Rp80.000.000) "
            "karena sel serapannya tertulis 50% (selisih sedikitnya Rp19.360.000); salah satunya keliru.") in pesan


def test_ae1_fitting_the_22_reading_only_is_not_reported():
    # K 49,000,000 lies within the 2.2 reading's 48,600,000 to 49,400,000: the document is consistent on the
    # base its serapan column has by definition; the P-APBD reading failing says nothing against it
    assert _realisasi(_frame(49_000_000.0, 50.0, papbd=_papbd(128_000_000.0))) == []


def test_ae1b_smaller_papbd_wrong_under_both_is_kritis():
    r = _realisasi(_frame(39_000_000.0, 50.0, papbd=_papbd(50_000_000.0)))
    assert _ringkas(r) == [(2, "kritis", 34_250_000.0)]
    pesan = r[0]["pesan"]
    # 48,600,000 - 39,000,000 = 9,600,000; 39,000,000 - (9,000,000 + 25,250,000) = 4,750,000
    assert "sedikitnya Rp48.600.000: realisasi rincian yang diketahui Rp9.000.000 ditambah sedikitnya Rp39.600.000" in pesan
    assert "(selisih sedikitnya Rp9.600.000)" in pesan
    assert "paling banyak Rp34.250.000: realisasi rincian yang diketahui Rp9.000.000 ditambah paling banyak Rp25.250.000" in pesan
    assert "yaitu 50,5% dari pagu P-APBD-nya di Tabel 3.2 Rp50.000.000 (bukan pagunya di Tabel 2.2 Rp80.000.000)" in pesan
    assert "(selisih sedikitnya Rp4.750.000); salah satunya keliru." in pesan


def test_overlapping_readings_both_fitting_give_nothing():
    assert _realisasi(_frame(49_000_000.0, 50.0, papbd=_papbd(80_400_000.0))) == []


def test_truncation_peringatan_kept_when_the_table_is_cut_elsewhere():
    r = [x for x in _sum_check(_frame(46_592_000.0, 46.0), "Tabel 2.2", KOLOM, 1.0, rincian=True, terpotong=[],
                               tingkat_terbuka=()) if x["kolom"] == "realisasi_rp"]
    assert _ringkas(r) == [(2, "peringatan", 46_200_000.0)]
    assert "jumlah itu paling banyak Rp46.600.000 dan tidak terlampaui" in r[0]["pesan"]
    assert np.isclose(r[0]["nilai_dokumen"], 46_592_000.0)


def test_fitting_the_22_reading_by_a_truncation_keeps_its_peringatan():
    # REV-AH X2: C "46" for 46,99 % (true 37,592,000), its P-APBD pagu 128,000,000, base not shown; K 46,592,000.
    # 2.2 reading: C at most 37,200,000 as rounded (46,5 %), 37,600,000 truncated (47 %): K at most 46,200,000 /
    # 46,600,000, within the truncation: the truncation peringatan, as where the 2.2 base is shown. P-APBD
    # reading: C at least 45,5 % of 128,000,000 = 58,240,000, K at least 67,240,000: fails, which does not
    # silence the 2.2 reading's own peringatan (0479b20 had)
    r = _realisasi(_frame(46_592_000.0, 46.0, papbd=_papbd(128_000_000.0)))
    assert _ringkas(r) == [(2, "peringatan", 46_200_000.0)]
    assert "jumlah itu paling banyak Rp46.600.000 dan tidak terlampaui" in r[0]["pesan"]


def test_a_doubling_that_explains_it_is_said_once():
    """Program P (realisation 22,000,000, pagu 50,000,000) over three sub kegiatan read directly under it: X
    (pagu 50,000,000, realisation 22,000,000, serapan 44), in truth a kegiatan printed without its word
    holding Y (30,000,000, 12,000,000, 40) and C (2.2 pagu 20,000,000, P-APBD 32,000,000, realisation empty,
    serapan "50": 9,900,000 to 10,100,000 on the 2.2 pagu, 15,840,000 to 16,160,000 on the P-APBD one). The
    rows read hold at least 22 + 12 + 9,9 = 43,900,000 (2.2 reading) or 49,840,000: below both, but Y and C
    after X, 21,900,000 at least, are the difference (43,900,000 - 22,000,000): the doubling peringatan,
    said once, not a kritis of the two readings too."""
    df = pd.DataFrame({
        "level": ["program", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4],
        "nama": ["P", "X", "Y", "C"],
        "pagu_rp": [50_000_000.0, 50_000_000.0, 30_000_000.0, 20_000_000.0],
        "realisasi_rp": [22_000_000.0, 22_000_000.0, 12_000_000.0, np.nan],
        "serapan_rp_dokumen": [44.0, 44.0, 40.0, 50.0],
        "pagu_papbd_rp": [50_000_000.0, 50_000_000.0, 30_000_000.0, 32_000_000.0],
    })
    r = _realisasi(df)
    assert _ringkas(r) == [(1, "peringatan", 43_900_000.0)]
    assert "terhitung dua kali" in r[0]["pesan"]
