"""A sub kegiatan's serapan cell is judged by the sub kegiatan rows' base where they show one; the parents'
cells decide only where no sub kegiatan row shows a base (fix SERAPAN11, REV-AJ SJ1; REV-AH X7 is
``test_serapan_dasar_induk``).

Program P (line 1) over kegiatan K (line 2) over A, B, C:
- A (line 3): 2.2 pagu 10,000,000, 3.2 P-APBD pagu 16,000,000, realisation 4,000,000, serapan "40":
  4 / 10 = 40 % (the 2.2 share), 4 / 16 = 25 %: A shows the 2.2 base.
- B (line 4): both pagu 20,000,000, realisation 5,000,000, serapan "25": equal pagu, shows nothing.
- C (line 5): 2.2 pagu 80,000,000, P-APBD 128,000,000, realisation cell empty, serapan "50" (49,5 to 50,5 %).
- K and P: 2.2 pagu 110,000,000, P-APBD 164,000,000 (16 + 20 + 128 jt), realisation 73,000,000, serapan
  "44.51" = 73 / 164 (44,5122 %; 73 / 110 = 66,36 %): the parents' cells show the P-APBD base.
Known rows 9,000,000. On the 2.2 base (what sub kegiatan A shows) C is at most 40,400,000 and K at most
49,400,000: 73,000,000 is wrong by at least 23,600,000, kritis. (On the P-APBD base C is 63,360,000 to
64,640,000, K 72,360,000 to 73,640,000, which 73,000,000 fits: the old code, one vote over every level,
called the base unknown and gave a peringatan.)

Control: A's P-APBD pagu 10,000,000 (equal: no sub row shows a base) and the parents' P-APBD pagu
158,000,000, their cell "46.20" = 73 / 158 (46,2025 %): the parents show the P-APBD base, C 63,360,000 to
64,640,000, K 72,360,000 to 73,640,000: 73,000,000 fits, nothing.
"""
import numpy as np
import pandas as pd

from renja_analysis.findings.document import _sum_check

KOLOM = {"pagu_rp": "Pagu", "realisasi_rp": "Realisasi"}


def _realisasi(df: pd.DataFrame) -> list[dict]:
    return [r for r in _sum_check(df, "Tabel 2.2", KOLOM, 1.0, rincian=True) if r["kolom"] == "realisasi_rp"]


def _dok(pp_a: float, pp_induk: float, serapan_induk: float) -> pd.DataFrame:
    return pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "baris_sumber": [1, 2, 3, 4, 5],
        "nama": ["P", "K", "A", "B", "C"],
        "pagu_rp": [110_000_000.0, 110_000_000.0, 10_000_000.0, 20_000_000.0, 80_000_000.0],
        "realisasi_rp": [73_000_000.0, 73_000_000.0, 4_000_000.0, 5_000_000.0, np.nan],
        "serapan_rp_dokumen": [serapan_induk, serapan_induk, 40.0, 25.0, 50.0],
        "pagu_papbd_rp": [pp_induk, pp_induk, pp_a, 20_000_000.0, 128_000_000.0],
    })


def test_sub_rows_showing_the_22_base_outweigh_parents_on_papbd():
    r = _realisasi(_dok(16_000_000.0, 164_000_000.0, 44.51))
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 49_400_000.0)]
    pesan = r[0]["pesan"]
    assert ("jumlah rincian di bawahnya paling banyak Rp49.400.000: realisasi rincian yang diketahui Rp9.000.000 "
            "ditambah paling banyak Rp40.400.000") in pesan
    assert ("50,5% dari pagunya di Tabel 2.2 Rp80.000.000 (sel serapan sub kegiatan dokumen ini bagian dari pagu "
            "Tabel 2.2, baris 3; sel baris induk tidak menentukan dasar sel sub kegiatan)") in pesan
    assert "(selisih sedikitnya Rp23.600.000); salah satunya keliru." in pesan
    assert "tidak menunjukkan" not in pesan


def test_parents_decide_where_no_sub_row_shows_a_base():
    assert _realisasi(_dok(10_000_000.0, 158_000_000.0, 46.20)) == []
