"""Tabel 3.2's own sums to the digit they are written to (REV-AM): hand-made frames, one side.

- AM4, millions with two decimals (scale unknown, ``skala_lain_32`` 1e6): kegiatan K written 206.62 over
  seven sub kegiatan 5.00 + 37.23 + 4.50 + 17.49 + 7.33 + 5.57 + 128.00 = 205.12, 1.50 units off. Its eight
  cells are written to 0.01: they may differ by floor(7 / 2) x 0.01 = 0.03 units under the millions reading,
  Rp1 under the rupiah reading; 1.50 is beyond both: kritis (old: within (n + 1) / 2 = 4 WHOLE units, nothing).
  205.14 (0.02 off) is within both: nothing.
- AM4, known thousands ('(Rp.000)', ``skala_32`` 1000) written with three decimals (exact rupiah): S1..S3
  Rp1.000.601, Rp1.000.702, Rp1.000.803 (1.000,601 ...) sum Rp3.002.106; K written 3.003,606, Rp1.500
  above: beyond one unit (Rp1.000, the floor) and beyond the rounding of cells written to Rp1 (old: within
  (3 + 1) / 2 thousand = Rp2.000, nothing).
- AM1, cut cells: S1..S4 true Rp1.000.900 -> 1,000 each (sum 4,000); K = P true Rp4.003.600 -> 4,003.
  Four cut rows fall short of their cut parent by 0 to 3 units: 3 units is no certain error (peringatan
  naming truncation; old: kritis, 3 > (4 + 1) / 2). 4,004 (4 units) is beyond truncation and rounding:
  kritis. 3,999 (1 below) is within rounding: nothing.
- AO1 (REV-AO), a rounded table: K1 1,999 over 2 x 1,000 is 1 unit BELOW its rows (within rounding), which cut
  rows never are; K2 4,003 over 4 x 1,000 (3 = n - 1 units above, beyond the rounding 2) is then kritis, not the
  truncation peringatan; a JUMLAH 5,002 over programs 1,999 (its kegiatan 1 below its two rows) + 3 x 1,000
  likewise (REV-AS AS-A: a program 999 over its one row 1,000 is no rounding, no such evidence).
- AM7: S1 1.10, S2 2.20 (float sum 3.3000000000000003) under K 13.31: quoted "3,3 (selisih 10,01)".
- AM3: a 3.2 of unknown scale cut short: its dokumen_terpotong quotes figures as written (no "Rp").
- Cosmetic: the unit sentence comes before the reason ("Namun, ... Periksa dengan dokumen aslinya.").
"""
import numpy as np
import pandas as pd
import pyarrow as pa

from renja_analysis.findings.document import _terpotong_32, jumlah_tidak_cocok
from renja_analysis.tables.evaluation import SelTertulis

EV = pd.DataFrame({"level": pd.Series([], dtype="string"), "nama": pd.Series([], dtype="string"),
                   "indikator": pd.Series([], dtype="string"), "pagu_rp": pd.array([], dtype="Float64"),
                   "realisasi_rp": pd.array([], dtype="Float64"), "baris_sumber": pd.Series([], dtype="int64")})
TANPA = pd.DataFrame(columns=["sisi", "label", "nilai_rp", "baris_sumber"])


def _akhir(satuan: str) -> str:
    return (" Angka-angka itu dikutip sebagaimana tertulis dalam satuan Tabel 3.2 (Review P-RKPD) hasil analisis: "
            f"skalanya tidak dapat dipastikan (rupiah, atau {satuan} rupiah), dan selisihnya melebihi pembulatan "
            "angka-angkanya menurut kedua bacaan.")


def _cek(induk: float, rincian: list[float], nomor: list[int] | None = None, **kw) -> pd.DataFrame:
    rows = [("program", "P", induk), ("kegiatan", "K", induk)] + [("sub_kegiatan", f"S{k + 1}", v)
                                                                   for k, v in enumerate(rincian)]
    level, nama, pagu = zip(*rows)
    rv = pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(nomor or list(range(1, len(rows) + 1)), dtype="Int64"),
                       "level": list(level), "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                       "pagu_rp": pd.array(pagu, dtype="Float64"), "baris_sumber": list(range(11, 11 + len(rows)))})
    return jumlah_tidak_cocok(EV, rv, TANPA, **kw)


JUTA = [5.00, 37.23, 4.50, 17.49, 7.33, 5.57, 128.00]


def test_millions_with_decimals_beyond_their_rounding_is_kritis():
    # the cells as written, two decimals each ('5.00': from its float alone, 5 may be written whole and cut,
    # its unit 100 times coarser, REV-AW AW2)
    sel = SelTertulis(pa.array([f"{v:.2f}" for v in [206.62, 206.62, *JUTA]]), np.arange(11, 20))
    t = _cek(206.62, JUTA, skala_lain_32=1e6, sel_32=sel)
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0] == ("Pagu kegiatan ini 206,62, tetapi jumlah rincian di bawahnya 205,12 (selisih 1,5); "
                                  "salah satunya keliru." + _akhir("jutaan"))
    assert _cek(205.14, JUTA, skala_lain_32=1e6).empty


def test_known_thousands_with_decimals_beyond_their_rounding_is_kritis():
    t = _cek(3_003_606.0, [1_000_601.0, 1_000_702.0, 1_000_803.0], skala_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["nama"].tolist() == ["K"] and "(selisih Rp1.500)" in t["pesan"].iloc[0]


def test_cut_cells_short_of_their_parent_within_truncation_are_peringatan():
    t = _cek(4_003.0, [1_000.0] * 4, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"]
    assert t["pesan"].iloc[0] == (
        "Pagu kegiatan ini 4.003, tetapi jumlah rincian yang terbaca di bawahnya 4.000 (selisih 3)."
        + _akhir("ribuan") + " Namun, bila angka-angka tabel ini dipotong (bukan dibulatkan) pada angka terakhir "
        "yang tertulis, 4 rincian yang masing-masing dipotong dapat berjumlah kurang dari induknya yang juga "
        "dipotong hingga 3 satuan angka terakhir itu (3), sehingga selisih ini tidak dinilai sebagai kekeliruan "
        "dokumen yang pasti. Periksa dengan dokumen aslinya.")
    assert _cek(4_004.0, [1_000.0] * 4, skala_lain_32=1000.0)["tingkat"].astype(str).tolist() == ["kritis"]
    assert _cek(3_999.0, [1_000.0] * 4, skala_lain_32=1000.0).empty
    # the known-thousands path too
    t = _cek(4_003_000.0, [1_000_000.0] * 4, skala_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and "(Rp3.000)" in t["pesan"].iloc[0]


def test_sums_quoted_to_the_decimals_written():
    t = _cek(13.31, [1.10, 2.20], skala_lain_32=1e6)
    assert t["pesan"].iloc[0].startswith(
        "Pagu kegiatan ini 13,31, tetapi jumlah rincian di bawahnya 3,3 (selisih 10,01); salah satunya keliru.")


def test_cut_table_of_unknown_scale_quoted_as_written():
    r = _terpotong_32([("hasil_analisis", 5_551_085.0, 3_417_585.0, 365)],
                      [("Pagu", "program", "P X", 120_000.0, 0.0)], 398, 365, "", 1.0, 1000.0, 0)
    assert r["pesan"] == (
        "Tabel 3.2 (Review P-RKPD) berakhir di baris 398 tanpa baris jumlah penutup, dan jumlah pagu program yang "
        "terbaca 3.417.585 kurang 2.133.500 dari jumlah yang tercantum 5.551.085 (baris 365): bagian akhir tabel "
        "tampaknya tidak ada di teks (halaman tidak terekstrak atau berkas tidak lengkap), sehingga barisnya tidak "
        "terbaca maupun dibandingkan. Karena itu jumlah ini tidak dinilai, begitu pula rincian yang mungkin berlanjut "
        "di bagian yang hilang: pagu program \u201cP X\u201d 120.000 (rincian terbaca 0). Angka-angka itu dikutip "
        "sebagaimana tertulis dalam satuan Tabel 3.2 (Review P-RKPD): skalanya tidak dapat dipastikan (rupiah, atau "
        "ribuan rupiah). Periksa dengan dokumen aslinya; bila tabel memang berakhir di sini, jumlah yang tercantum "
        "yang keliru.")


def test_unit_sentence_before_the_reason_at_a_gap():
    t = _cek(3_010.0, [1_000.0] * 3, nomor=[1, 2, 3, 5, 6], skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"]      # K, open at the gap (P agrees with K)
    p = t["pesan"].iloc[0]
    assert p.endswith("Periksa dengan dokumen aslinya.") and p.index(_akhir("ribuan")) < p.index(" Namun, ")


def _jumlah(jumlah: float, satu: float = 1_000.0, **kw) -> pd.DataFrame:
    # four programs, each over one sub kegiatan of its value (``satu``), and a closing JUMLAH line
    rows = [r for k in range(4) for r in ((2 * k + 1, "program", f"P{k + 1}", satu),
                                         (2 * k + 2, "sub_kegiatan", f"S{k + 1}", satu))]
    no, level, nama, pagu = zip(*rows)
    rv = pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(no, dtype="Int64"), "level": list(level),
                       "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                       "pagu_rp": pd.array(pagu, dtype="Float64"), "baris_sumber": list(range(11, 11 + len(rows)))})
    total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"], "nilai_rp": [jumlah], "baris_sumber": [19],
                          "no": pd.array([None], dtype="Int64")})
    return jumlah_tidak_cocok(EV, rv, total, **kw)


def test_cut_programs_short_of_their_cut_total_are_peringatan():
    # four programs cut (each Rp1.000.900 -> 1,000) under a cut total (Rp4.003.600 -> 4,003): 3 units short,
    # within n - 1 = 3 (old: kritis, beyond (4 + 1) / 2); 4,004 is beyond both: kritis
    t = _jumlah(4_003.0, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"]
    assert t["pesan"].iloc[0] == (
        "Jumlah yang tercantum 4.003 berbeda dari jumlah pagu seluruh program 4.000 yang terbaca (selisih 3)."
        + _akhir("ribuan") + " Namun, bila angka-angka tabel ini dipotong (bukan dibulatkan) pada angka terakhir "
        "yang tertulis, 4 program yang masing-masing dipotong dapat berjumlah kurang dari jumlahnya yang juga "
        "dipotong hingga 3 satuan angka terakhir itu (3), sehingga selisih ini tidak dinilai sebagai kekeliruan "
        "dokumen yang pasti. Periksa dengan dokumen aslinya.")
    assert _jumlah(4_004.0, skala_lain_32=1000.0)["tingkat"].astype(str).tolist() == ["kritis"]
    assert _jumlah(4_003.0, skala_32=1.0)["tingkat"].astype(str).tolist() == ["kritis"]     # rupiah: Rp3 > Rp1
    # the known-thousands path: the same cells read x1000
    t = _jumlah(4_003_000.0, 1_000_000.0, skala_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and "(Rp3.000)" in t["pesan"].iloc[0]


def _dua_induk(k1: float, k2: float, satu: float = 1_000.0, **kw) -> pd.DataFrame:
    # one program over two kegiatan: K1 over S1, S2 (``satu`` each), K2 over S3..S6 (``satu`` each)
    rows = [(1, "program", "P", k1 + k2), (2, "kegiatan", "K1", k1), (3, "sub_kegiatan", "S1", satu),
            (4, "sub_kegiatan", "S2", satu), (5, "kegiatan", "K2", k2)] + [
        (6 + k, "sub_kegiatan", f"S{3 + k}", satu) for k in range(4)]
    no, level, nama, pagu = zip(*rows)
    rv = pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(no, dtype="Int64"), "level": list(level),
                       "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                       "pagu_rp": pd.array(pagu, dtype="Float64"), "baris_sumber": list(range(11, 11 + len(rows)))})
    return jumlah_tidak_cocok(EV, rv, TANPA, **kw)


def test_no_truncation_window_where_a_parent_is_below_its_rows():
    # REV-AO AO1, by hand: K1 written 1,999 over S1 + S2 = 2,000: 1 unit BELOW its rows, within the
    # rounding floor(2 / 2) = 1 (no finding), but cut rows never sum above their cut parent: the table is
    # rounded. K2 written 4,003 over 4 x 1,000 = 4,000: 3 = n - 1 units above, beyond the rounding
    # floor(4 / 2) = 2, within truncation only; the table is not cut, so kritis (old: peringatan).
    # P = 1,999 + 4,003 = 6,002 = K1 + K2: nothing.
    t = _dua_induk(1_999.0, 4_003.0, skala_lain_32=1000.0)
    assert t["nama"].tolist() == ["K2"] and t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0] == ("Pagu kegiatan ini 4.003, tetapi jumlah rincian di bawahnya 4.000 (selisih 3); "
                                  "salah satunya keliru." + _akhir("ribuan"))
    t = _dua_induk(1_999_000.0, 4_003_000.0, 1_000_000.0, skala_32=1000.0)     # the known-thousands path
    assert t["nama"].tolist() == ["K2"] and t["tingkat"].astype(str).tolist() == ["kritis"]
    # K1 written as its rows' sum (2,000): nothing shows the table rounded, the window stands
    t = _dua_induk(2_000.0, 4_003.0, skala_lain_32=1000.0)
    assert t["nama"].tolist() == ["K2"] and t["tingkat"].astype(str).tolist() == ["peringatan"]


def test_a_parent_short_of_its_rows_beyond_rounding_does_not_show_the_table_rounded():
    # REV-AR AR2, by hand: K1 written 1,500 over S1 + S2 = 2,000: 500 units short, beyond the rounding
    # floor(2 / 2) = 1 unit, a kritis of its own (an error, whichever the table's way of rounding), and no
    # evidence that the cells are rounded: K2 written 4,003 over 4 x 1,000 (3 = n - 1 units above, beyond the
    # rounding 2, within truncation) keeps its truncation peringatan. P = 1,500 + 4,003 = K1 + K2: nothing.
    for t in (_dua_induk(1_500.0, 4_003.0, skala_lain_32=1000.0),
              _dua_induk(1_500_000.0, 4_003_000.0, 1_000_000.0, skala_32=1000.0)):
        assert dict(zip(t["nama"], t["tingkat"].astype(str))) == {"K1": "kritis", "K2": "peringatan"}


def _jumlah_bulat(jumlah: float, **kw) -> pd.DataFrame:
    # four programs of one kegiatan each: P1 and its K1 over two sub kegiatan of 1,000, K1 written 1,999 (1 unit
    # below its rows: what rounding, never cutting, gives; a parent of one row could not show it, it is that row:
    # REV-AS AS-A), P1 1,999; P2..P4 and their kegiatan over one sub kegiatan of 1,000 each, written 1,000; a
    # closing JUMLAH over them (1,999 + 3 x 1,000 = 4,999)
    rows = [(1, "program", "P1", 1_999.0), (2, "kegiatan", "K1", 1_999.0), (3, "sub_kegiatan", "S1", 1_000.0),
            (4, "sub_kegiatan", "S1b", 1_000.0)]
    rows += [r for k in range(1, 4) for r in ((3 * k + 2, "program", f"P{k + 1}", 1_000.0),
                                              (3 * k + 3, "kegiatan", f"K{k + 1}", 1_000.0),
                                              (3 * k + 4, "sub_kegiatan", f"S{k + 1}", 1_000.0))]
    no, level, nama, pagu = zip(*rows)
    frame = pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(no, dtype="Int64"), "level": list(level),
                          "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                          "pagu_rp": pd.array(pagu, dtype="Float64"), "baris_sumber": list(range(11, 11 + len(rows)))})
    total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"], "nilai_rp": [jumlah], "baris_sumber": [19],
                          "no": pd.array([None], dtype="Int64")})
    return jumlah_tidak_cocok(EV, frame, total, **kw)


def test_no_truncation_window_for_a_stated_total_of_a_rounded_table():
    # the programs sum 4,999; JUMLAH 5,002 is 3 = n - 1 units above, beyond the rounding floor(4 / 2) = 2;
    # K1 1,999 below its two rows shows the table rounded: kritis (old: peringatan naming truncation)
    t = _jumlah_bulat(5_002.0, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0].startswith("Jumlah yang tercantum 5.002 berbeda dari jumlah pagu seluruh program 4.999")
