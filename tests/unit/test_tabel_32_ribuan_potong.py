"""A Tabel 3.2 in thousands (REV-W): the cut test weighs a stated total with the rounding tolerance
the total check uses, a 3.2 figure is quoted as written and as read, and an ambiguous total cell
says the reading it is used as.

Fixtures, from the bundled document (hand-read):

- ``test_tabel_32_pembulatan._bulat``: 3.2 in thousands, its eight programs summing to 5,551,087
  (thousands) on each side. Here its closing JUMLAH line (bundled line 450) and Tabel 3.3 are
  removed, so nothing closes 3.2 and no table follows it (the evidence of a cut), and the urusan
  lines (365, 387, 403, 415, 429, 443) state ``total``. Written 5,551,090, the total is 3 units
  (Rp3.000) above its programs: within the (8 + 1) / 2 = 4.5 units eight rounded programs and
  their rounded total may differ by, so no row is missing and nothing is said (the old cut test
  allowed Rp1.000 and said the end of the table was missing). Written 5,551,093 it is 6 units
  above: beyond rounding, the cut is said, quoting 5.551.093 and 5.551.087 thousand as written.
- ``test_tabel_32_ribuan._ribuan``: 3.2 in thousands; a line ``BIDANG URUSAN ...`` writing
  ``210,300`` (program 58's pagu, bundled line 445: 210,300,000 -> 210,300) is put before program
  58. The cell reads 210.300 (thousands separator) or 210,3 (decimal); a rupiah column holds whole
  numbers, and the header says thousands: 210.300 ribu rupiah, Rp210.300.000 as used.
"""
import pandas as pd
import pytest

from renja_analysis.findings.document import _tertulis, jumlah_tidak_cocok
from renja_analysis.load import load_document
from tests.unit.test_tabel_32_pembulatan import _bulat
from tests.unit.test_tabel_32_ribuan import _ribuan

REVIEW = "Tabel 3.2 (Review P-RKPD)"
BIDANG = "BIDANG URUSAN KOPERASI, USAHA KECIL, DAN MENENGAH"
TOTAL = pd.DataFrame(columns=["sisi", "label", "nilai_rp", "baris_sumber"])


def _tanpa_akhir(path):
    """``path`` without 3.2's closing JUMLAH line (no number, no name, money in columns 6 and 11)
    and without Tabel 3.3 (its ``NO\\tKODE`` header up to the next ``## `` heading)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("### 3.2"))
    tutup = [i for i, line in enumerate(lines) if i > start and line.startswith("\t\t\t\t\t")]
    assert len(tutup) == 1, tutup           # the closing line, bundled line 450
    del lines[tutup[0]]
    a = next(i for i, line in enumerate(lines) if line.startswith("NO\tKODE"))
    b = next(i for i, line in enumerate(lines) if i > a and line.startswith("## "))
    del lines[a:b]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _temuan_32(doc, jenis):
    t = doc.temuan
    return t[t["jenis"].isin(jenis) & t["tabel"].astype(str).str.startswith(REVIEW)]


def test_total_within_rounding_is_no_cut(tmp_path):
    d = load_document(_tanpa_akhir(_bulat(tmp_path, total="5,551,090")))
    assert d.skala_review == 1000.0
    assert d.total_review["nilai_rp"].eq(5_551_090_000).all()
    t = _temuan_32(d, ["dokumen_terpotong", "jumlah_tidak_cocok"])
    assert t.empty, t["pesan"].tolist()


@pytest.mark.slow  # a fast test of its section checks the same finding (test_total_within_rounding_is_no_cut)
def test_total_beyond_rounding_is_a_cut_quoted_as_written(tmp_path):
    d = load_document(_tanpa_akhir(_bulat(tmp_path, total="5,551,093")))
    t = _temuan_32(d, ["dokumen_terpotong", "jumlah_tidak_cocok"])
    assert t["jenis"].astype(str).tolist() == ["dokumen_terpotong"], t["pesan"].tolist()
    pesan = t["pesan"].iloc[0]
    assert ("terbaca 5.551.087 ribu rupiah (Rp5.551.087.000) kurang Rp6.000 dari jumlah yang tercantum "
            "5.551.093 ribu rupiah (Rp5.551.093.000) (baris 365)") in pesan, pesan


@pytest.mark.slow  # a fast test of its section checks the same finding (test_total_within_rounding_is_no_cut)
def test_kritis_total_quoted_as_written(tmp_path):
    # with the closing line and 3.3 (no cut): the 6 units are kritis, the figures as written
    t = _temuan_32(load_document(_bulat(tmp_path, total="5,551,093")), ["jumlah_tidak_cocok"])
    pesan = t.loc[t["baris_sumber"] == 365, "pesan"].tolist()
    assert pesan and all(p.startswith("Jumlah yang tercantum 5.551.093 ribu rupiah (Rp5.551.093.000) berbeda dari "
                                      "jumlah pagu seluruh program 5.551.087 ribu rupiah (Rp5.551.087.000)")
                         for p in pesan), pesan


def test_written_fraction_never_rounded():
    # 5,551,085.325 thousand (Rp5.551.085.325) is quoted as written, not 5.551.085,33
    assert _tertulis(5_551_085_325.0, 1000.0) == "5.551.085,325 ribu rupiah (Rp5.551.085.325)"
    assert _tertulis(5_551_088_000.0, 1000.0) == "5.551.088 ribu rupiah (Rp5.551.088.000)"
    assert _tertulis(5_551_088_000.0, 1.0) == "Rp5.551.088.000"


def test_ambiguous_total_cell_worded_in_thousands(tmp_path):
    path = _ribuan(tmp_path)
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(i for i, line in enumerate(lines) if line.startswith("58\t"))
    lines.insert(i, "\t".join(["", BIDANG, "", "", "", "210,300", "", "", "", "", "210,300", ""]))
    path.write_text("\n".join(lines), encoding="utf-8")
    d = load_document(path)
    total = d.total_review[d.total_review["baris_sumber"] == i + 1]
    assert total["nilai_rp"].tolist() == [210_300_000, 210_300_000]
    t = d.temuan
    pesan = t[(t["jenis"] == "angka_ambigu") & (t["baris_sumber"] == i + 1)]["pesan"].tolist()
    assert len(pesan) == 2, pesan
    assert all("dapat dibaca 210.300 ribu rupiah (Rp210.300.000; koma sebagai pemisah ribuan)" in p
               and "Dibaca 210.300 ribu rupiah (Rp210.300.000) karena kolom rupiah berisi ribuan rupiah utuh" in p
               and "Rp210.300 " not in p for p in pesan), pesan


# --- the doubling hedge and the gaps that may hold a program, on rounded rows (frames by hand) ---

_EV = pd.DataFrame({"level": pd.Series([], dtype="string"), "nama": pd.Series([], dtype="string"),
                    "indikator": pd.Series([], dtype="string"), "pagu_rp": pd.array([], dtype="Float64"),
                    "realisasi_rp": pd.array([], dtype="Float64"), "baris_sumber": pd.Series([], dtype="int64")})


def _rv(rows, baris):
    """3.2 rows (no, level, name, pagu in thousands as written), one side, already read x1000."""
    no, level, nama, ribu = zip(*rows)
    return pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(no, dtype="Int64"), "level": list(level),
                         "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                         "pagu_rp": pd.array([v * 1000.0 for v in ribu], dtype="Float64"), "baris_sumber": baris})


def _ganda(program):
    # K1 (a kegiatan printed without its word, true Rp29.999.600 -> 30,000) read as a sub kegiatan under
    # P, its rows S1 10,000 and S2 (true 19.999.600) 20,000 after it, then kegiatan K2-K4 (true 39.999.600,
    # 49.999.600, 59.999.600 -> 40,000, 50,000, 60,000) each over one row of its own value. P's true pagu
    # is the four kegiatan's, 179.998.400 -> 179,998; read: 30,000 + 10,000 + 20,000 + 40,000 + 50,000 +
    # 60,000 = 210,000, 30,002 more; without K1's run (30,000) 180,000: 2 units from 179,998, within the
    # (6 + 1) / 2 = 3.5 units of P's six rows: the doubling explains it (the old Rp1.000 did not).
    rows = [(1, "program", "P", program), (2, "sub_kegiatan", "K1", 30_000), (3, "sub_kegiatan", "S1", 10_000),
            (4, "sub_kegiatan", "S2", 20_000), (5, "kegiatan", "K2", 40_000), (6, "sub_kegiatan", "S3", 40_000),
            (7, "kegiatan", "K3", 50_000), (8, "sub_kegiatan", "S4", 50_000), (9, "kegiatan", "K4", 60_000),
            (10, "sub_kegiatan", "S5", 60_000)]
    return jumlah_tidak_cocok(_EV, _rv(rows, list(range(11, 21))), TOTAL, skala_32=1000.0)


def test_doubling_explains_within_the_rounding():
    t = _ganda(179_998)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"], t["pesan"].tolist()
    assert "3 sub kegiatan terbaca langsung di bawah program ini" in t["pesan"].iloc[0]
    # P written 179,990: 10 units from 180,000, beyond 3.5: kritis still
    assert _ganda(179_990)["tingkat"].astype(str).tolist() == ["kritis"]


def _celah(rincian, kegiatan, urusan):
    # No 1-4, 7, 8 under one program (No 5-6 missing): kegiatan 2 over sub kegiatan 3, 4, 7, 8. A
    # program and its kegiatan lost at 5-6 would leave 7 and 8 (50,002 of 100,004) under kegiatan 2,
    # reading that much more than it states; it reads 4 x 25,001 = 100,004 for 100,002 (true 25.000.500
    # each, rounded half up; 100.002.000): 2 units, within the (4 + 1) / 2 = 2.5 of its four rows, so
    # no program was lost there and the URUSAN line 150,002 over the programs' 100,002 is the document's.
    rows = [(1, "program", "P", kegiatan), (2, "kegiatan", "K", kegiatan), (3, "sub_kegiatan", "S3", rincian),
            (4, "sub_kegiatan", "S4", rincian), (7, "sub_kegiatan", "S7", rincian), (8, "sub_kegiatan", "S8", rincian)]
    total = pd.DataFrame({"sisi": ["hasil_analisis"] * 2, "label": ["URUSAN PEMERINTAHAN BIDANG KOPERASI UKM", "JUMLAH"],
                          "nilai_rp": [urusan * 1000.0] * 2, "baris_sumber": [10, 18],
                          "no": pd.array([None, None], dtype="Int64")})
    t = jumlah_tidak_cocok(_EV, _rv(rows, [11, 12, 13, 14, 16, 17]), total, skala_32=1000.0)
    return t[t["baris_sumber"] == 10]


def test_gap_after_a_kegiatan_reading_its_rounding_holds_no_program():
    t = _celah(25_001, 100_002, 150_002)
    assert t["tingkat"].astype(str).tolist() == ["kritis"], t["pesan"].tolist()
    assert t["pesan"].iloc[0] == ("Jumlah yang tercantum 150.002 ribu rupiah (Rp150.002.000) berbeda dari jumlah "
                                  "pagu seluruh program 100.002 ribu rupiah (Rp100.002.000).")
    # kegiatan 2 reading 5 units more than it states (sub kegiatan 25,001, kegiatan 99,999): beyond
    # 2.5, rows lost at 5-6 may be a program's: the hedge stays
    t = _celah(25_001, 99_999, 150_002)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and "nomor baris 5\u20136" in t["pesan"].iloc[0]


def test_info_states_the_rounding_rule(tmp_path):
    t = load_document(_bulat(tmp_path)).temuan
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tingkat"] == "info")]["pesan"].tolist()
    assert len(info) == 1 and info[0].endswith(
        "satu angka dibandingkan dengan ketelitian Rp1.000; angka induk dengan jumlah n rincian di bawahnya yang "
        "berisi angka, dan jumlah yang tercantum dengan jumlah pagu program (n: banyak baris program di sisi tabel "
        "itu), dengan ketelitian n/2 dibulatkan ke bawah \u00d7 Rp1.000 (satu rincian tanpa selisih, tujuh "
        "rincian Rp3.000): selisih yang lebih besar tidak dapat berasal dari pembulatan."), info
