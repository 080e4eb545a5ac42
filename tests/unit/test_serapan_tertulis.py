"""Which serapan cells tell how a document writes its serapan (fix SERAPAN8, REV-AD AD6, AD2, AD1 and the
judged observation on a cell that is a share of the P-APBD pagu). Hand-made Tabel 2.2: program P (line 1)
over kegiatan K (line 2) over eleven sub kegiatan, K and P stating ``stated`` as their realisation:

- S1..S9 (lines 3-11): 2.2 pagu 10,000,000, realisation 4,000,000, serapan "40" (exactly 40 %);
- S10 (line 12): the one other row, as each test says;
- S11 (line 13): 2.2 pagu 80,000,000, realisation cell empty, serapan cell as each test says.

Ten rows state all three (S1..S10): with S10 off, 9 of 10 agree, 90 %: the vote passes on that count.
Known rows: 9 x 4,000,000 = 36,000,000 plus S10's realisation.

AD2 (a typo sets no threshold): S10 pagu 4,500,000, realisation 1,880,450 = 41,787777...%, written
"41.87777778" (two digits swapped: off, and above the true share, no shortening of it). S11 "46.55375" =
37,243,000 / 80,000,000 exactly, at most 46,553755 % = 37,243,004; K states 36,000,000 + 1,880,450 +
42,243,000 = 80,123,450 (a true +5,000,000): at most 37,880,450 + 37,243,004 = 75,123,454, kritis,
selisih 4,999,996 (old: the typo's 8 decimals above the 5 of "46.55375", no bound, nothing). The same
S10 truncated to six decimals, "41.787777" (rounded would be 41.787778): a shortened cell, 6 decimals,
more than 5: S11 is not read so, nothing.

AD1 (decimals as written): S10 realisation 1,876,850 = 41,707777...%, written "41.70" (truncated; the
reader saw two decimals, ``serapan_rp_desimal`` 2; the float 41.7 has one, and 41,7 +/- 0,05 held it).
Off by 0,0078 > 0,005, shortened (below by less than 0,01): no cell of 2 decimals or fewer is read so.
S11 "46.55" for a true 37,247,920 (46,5599 % truncated); K states 36,000,000 + 1,876,850 + 37,247,920 =
75,124,770. S11 then at most its pagu: nothing (old: "41.70" as 1 decimal agreed, "46.55" read as
rounded, at most 46,555 % = 37,244,000, 75,120,850; truncated 46,56 % = 37,248,000, 75,124,850:
peringatan "satu satuan angka terakhir").

AD6 (a truncated share of the P-APBD pagu is evidence of that base): S1..S9 P-APBD pagu equal to their
2.2 pagu; S10 pagu 15,000,000, P-APBD 17,491,950, realisation 6,285,900 (41,906 % of 2.2, 35,935959 % of
P-APBD), written "35.93" (P-APBD share truncated); S11 P-APBD 128,000,000, "50.125" = 64,160,000 /
128,000,000; K states 36,000,000 + 6,285,900 + 64,160,000 = 106,445,900. "35.93" is off on 2.2 (41,906,
even truncated) and the P-APBD share truncated: the document may measure its cells against the revised
pagu, no cell is read as a share of the 2.2 pagu; S11 at most its P-APBD pagu: nothing (old: "35.93" off
on both by half a unit, the vote passed, S11's 50,1255 % of 80,000,000 = 40,100,400, 82,386,300:
peringatan "batas itu memakai pagu Tabel 2.2"). With S10's two pagu equal (15,000,000) and "41.90" (its
share 41,906 % truncated on either pagu): no evidence of a base, the vote passes, "50.125" (3 decimals
> 2) is read, S11's P-APBD pagu 80,000,000 too: at most 40,100,400, 42,285,900 + 40,100,400 =
82,386,300 < 106,445,900: kritis.

Observation (persen_tidak_cocok): a row of 2.2 pagu 15,000,000, P-APBD 17,491,950, realisation 6,285,900:
"35.94" is 6,285,900 / 17,491,950 = 35,93596 % rounded: peringatan naming the P-APBD base (old: kritis,
41,906 - 35,94 >= 5 points); "35.93", the same share truncated, too (REV-AF AF4: it was kritis while the
vote counted it a P-APBD share); "35.92", "35.93609" (5 decimals, 0,00013 off) and "35.930" (3 decimals, 0,006 off: REV-AJ MJ2) fit neither:
kritis, quoted as written, saying the cell is no P-APBD share either.
"""
import numpy as np
import pandas as pd
import pytest

from renja_analysis.findings.document import _sum_check, persen_tidak_cocok

KOLOM = {"pagu_rp": "Pagu", "realisasi_rp": "Realisasi"}


def _frame(stated: float, s10: tuple, s11: str, papbd: tuple | None = None) -> pd.DataFrame:
    """``s10``: (2.2 pagu, realisation, serapan as written); ``s11``: its serapan as written;
    ``papbd``: S10's and S11's P-APBD pagu (S1..S9 equal to their 2.2 pagu)."""
    pagu10, real10, ser10 = s10
    pagu = [9 * 10_000_000.0 + pagu10 + 80_000_000.0] * 2 + [10_000_000.0] * 9 + [pagu10, 80_000_000.0]
    tertulis = [None, None] + ["40"] * 9 + [ser10, s11]
    df = pd.DataFrame({
        "level": ["program", "kegiatan"] + ["sub_kegiatan"] * 11,
        "baris_sumber": list(range(1, 14)),
        "nama": ["P", "K"] + [f"S{i}" for i in range(1, 12)],
        "pagu_rp": pagu,
        "realisasi_rp": [stated, stated] + [4_000_000.0] * 9 + [real10, np.nan],
        "serapan_rp_dokumen": [np.nan if t is None else float(t) for t in tertulis],
        # the decimals the reader saw in each cell (``tables.evaluation.desimal_tertulis``)
        "serapan_rp_desimal": pd.array([None if t is None else len(t.partition(".")[2]) for t in tertulis],
                                       dtype="Int64"),
    })
    if papbd is not None:
        df["pagu_papbd_rp"] = pagu[:2] + [10_000_000.0] * 9 + list(papbd)
    return df


def _realisasi_k(df: pd.DataFrame) -> list[tuple]:
    r = [x for x in _sum_check(df, "Tabel 2.2", KOLOM, 1.0, rincian=True) if x["kolom"] == "realisasi_rp"]
    return [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r]


def test_ad2_a_typo_in_a_long_cell_keeps_the_true_kritis():
    r = [x for x in _sum_check(_frame(80_123_450.0, (4_500_000.0, 1_880_450.0, "41.87777778"), "46.55375"),
                               "Tabel 2.2", KOLOM, 1.0, rincian=True) if x["kolom"] == "realisasi_rp"]
    assert [(x["baris_sumber"], x["tingkat"], x["nilai_hitung"]) for x in r] == [(2, "kritis", 75_123_454.0)]
    assert "(selisih sedikitnya Rp4.999.996); salah satunya keliru." in r[0]["pesan"]
    assert "Rp37.243.004, yaitu 46,553755% dari pagunya di Tabel 2.2 Rp80.000.000" in r[0]["pesan"]


def test_ad2_a_shortened_long_cell_still_sets_the_threshold():
    assert _realisasi_k(_frame(80_123_450.0, (4_500_000.0, 1_880_450.0, "41.787777"), "46.55375")) == []


def test_ad1_a_written_trailing_zero_counts_as_a_decimal():
    assert _realisasi_k(_frame(75_124_770.0, (4_500_000.0, 1_876_850.0, "41.70"), "46.55")) == []


def test_ad1_without_the_written_decimals_the_float_counts():
    # the same frame without the reader's column: "41.70" is 41.7, one decimal, and agrees (the old reading)
    df = _frame(75_124_770.0, (4_500_000.0, 1_876_850.0, "41.70"), "46.55").drop(columns="serapan_rp_desimal")
    assert _realisasi_k(df) == [(2, "peringatan", 75_120_850.0)]


def test_ad6_a_truncated_share_of_the_papbd_pagu_reads_no_cell_on_the_22_pagu():
    df = _frame(106_445_900.0, (15_000_000.0, 6_285_900.0, "35.93"), "50.125", papbd=(17_491_950.0, 128_000_000.0))
    assert _realisasi_k(df) == []


def test_ad6_equal_pagu_tell_no_base_and_the_kritis_stays():
    df = _frame(106_445_900.0, (15_000_000.0, 6_285_900.0, "41.90"), "50.125", papbd=(15_000_000.0, 80_000_000.0))
    assert _realisasi_k(df) == [(2, "kritis", 82_386_300.0)]


def _evaluasi(serapan: float, desimal: int | None = None) -> pd.DataFrame:
    return pd.DataFrame({
        "baris_sumber": [251], "nama": ["S"], "pagu_rp": [15_000_000.0], "pagu_papbd_rp": [17_491_950.0],
        "realisasi_rp": [6_285_900.0], "serapan_rp": [41.906], "serapan_rp_dokumen": [serapan],
        "serapan_rp_desimal": pd.array([desimal], dtype="Int64"),
        "realisasi_k": [1.0], "capaian_k": [50.0], "capaian_k_dokumen": [50.0],
    })


def _papbd_message(cell: str) -> str:
    # 6,285,900 / 17,491,950 = 35,93596 % (17,491,950 x 0,36 = 6,297,102; 11,202 / 17,491,950 = 0,064 point
    # less), shown to one decimal more than the cell: 35,936 %; 6,285,900 / 15,000,000 = 41,906 % -> 41,91 %
    return (f"Tabel 2.2 mencantumkan serapan anggaran {cell}, padahal angka di baris yang sama memberi 41,91% dari pagu "
            "Tabel 2.2. Angka itu sama dengan realisasinya Rp6.285.900 dibagi pagu P-APBD-nya di Tabel 3.2 "
            "Rp17.491.950 (35,936%) yang dibulatkan atau dipotong: serapan baris ini dihitung terhadap pagu "
            "perubahan (P-APBD), bukan pagu Tabel 2.2; periksa dasar perhitungannya.")


def test_observation_a_share_of_the_papbd_pagu_is_peringatan_naming_it():
    t = persen_tidak_cocok(_evaluasi(35.94, 2), pd.DataFrame())
    assert t["tingkat"].astype(str).tolist() == ["peringatan"]
    assert t["pesan"].iloc[0] == _papbd_message("35,94%")


def test_observation_the_share_truncated_is_the_same_peringatan():
    # REV-AF AF4: "35.93" is 35,93596 % cut to two decimals, counted a P-APBD share by the vote
    # (``_dasar_22_terbukti``'s ``_pas``) but kritis here before; the same fit now, the same peringatan
    t = persen_tidak_cocok(_evaluasi(35.93, 2), pd.DataFrame())
    assert t["tingkat"].astype(str).tolist() == ["peringatan"]
    assert t["pesan"].iloc[0] == _papbd_message("35,93%")


@pytest.mark.parametrize("serapan, desimal, cell, share", [
    (35.92, 2, "35,92%", "35,936%"), (35.93609, 5, "35,93609%", "35,935959%"), (36.0, 2, "36,00%", "35,936%"),
    (35.93, 3, "35,930%", "35,936%")])
def test_observation_a_cell_of_neither_base_stays_kritis_quoted_as_written(serapan, desimal, cell, share):
    # 35.92 is below 35,93596 by more than one unit of its last digit (0,016 > 0,01); 35.93609 above it by
    # 0,00013 (> half a unit of the 5th decimal); 36.00 above it by 0,064: none a share of either pagu,
    # 41,906 - 36 >= 5 points: kritis, the cell quoted with the decimals it is written with (REV-AF: "35.93609"
    # was shown "35,94%", word for word the peringatan's figure of "35.94"). REV-AJ MJ2: "35.930", three
    # written decimals (a written trailing zero counts, AD1), is 35,93596 % neither rounded (35,936: 0,006
    # off, more than half a unit 0,0005) nor truncated (35,935: a truncated cell is below its share by less
    # than one unit, 0,001; it is 0,006 below): a cell of neither base, kritis as "35.92", unlike "35.93"
    # (two decimals, 35,935.. truncated). The message says so, the share shown to one decimal more than the
    # cell (35,93596 -> 35,936 to 3 or 4 decimals; 35,935959 to 6), and names the serapan without "Rp"
    # before a percent (it read "serapan Rp 35,930%").
    t = persen_tidak_cocok(_evaluasi(serapan, desimal), pd.DataFrame())
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0] == (f"Tabel 2.2 mencantumkan serapan anggaran {cell}, padahal angka di baris yang sama "
                                  "memberi 41,91%; angka itu bukan pula realisasinya Rp6.285.900 dibagi pagu P-APBD-nya "
                                  f"di Tabel 3.2 Rp17.491.950 ({share}) yang dibulatkan atau dipotong pada angka terakhir "
                                  "yang tertulis; periksa angka realisasi/target atau rumusnya.")


def test_observation_without_a_papbd_pagu_the_kritis_names_none():
    # no P-APBD pagu of another value (3.2's equals 2.2's): the kritis names no P-APBD share
    t = persen_tidak_cocok(_evaluasi(35.93, 3).assign(pagu_papbd_rp=15_000_000.0), pd.DataFrame())
    assert t["pesan"].tolist() == ["Tabel 2.2 mencantumkan serapan anggaran 35,930%, padahal angka di baris yang sama "
                                   "memberi 41,91%; periksa angka realisasi/target atau rumusnya."]


def test_reader_keeps_the_written_decimals():
    # data/raw's line 246: "Penyediaan Peralatan Rumah Tangga ... 1,880,450	25	41.78777778"
    from renja_analysis.config import DEFAULT_SOURCE
    from renja_analysis.load import load_document
    d = load_document(DEFAULT_SOURCE).desimal_serapan.set_index("baris_sumber")
    assert (int(d.at[246, "desimal"]), float(d.at[246, "nilai"])) == (8, 41.78777778)


def test_bundled_row_251_written_with_three_decimals(tmp_path):
    # REV-AJ MJ2: data/raw's line 251 (realisation 6,285,900; 2.2 pagu 15,000,000; 3.2 P-APBD 17,491,950)
    # with its serapan cell "41.906" written "35.930": three decimals as written, neither base (see above)
    from renja_analysis.config import DEFAULT_SOURCE
    from renja_analysis.load import load_document
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    cells = lines[250].split("\t")
    assert cells[9] == "41.906"
    cells[9] = "35.930"
    lines[250] = "\t".join(cells)
    path = tmp_path / "renja-perubahan-2024-dinkop-ukm-magetan.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = load_document(path).temuan
    t = t[(t["jenis"].astype(str) == "persen_tidak_cocok") & (t["baris_sumber"] == 251)]
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0].startswith(
        "Tabel 2.2 mencantumkan serapan anggaran 35,930%, padahal angka di baris yang sama memberi 41,91%; angka itu "
        "bukan pula realisasinya Rp6.285.900 dibagi pagu P-APBD-nya di Tabel 3.2 Rp17.491.950 (35,936%) yang "
        "dibulatkan atau dipotong pada angka terakhir yang tertulis; periksa"), t["pesan"].iloc[0]
