"""A stated serapan bounds an unknown realisation on both sides (REV-Z Z-A, Z-E, Z-F).

The document's serapan cell is the realisation as a share of the row's Tabel 2.2 pagu (each of the
bundled document's 57 rows stating all three agrees to half a unit of the cell's last digit), so a
sub kegiatan whose realisation Rp is empty but whose serapan cell states p % spent between p - h and
p + h % of that pagu, h half a unit of the cell's last digit, whatever pagu it may be measured
against elsewhere; only a row whose serapan cell is empty may take 3.2's larger P-APBD pagu.

Hand reading of the bundled document, Tabel 2.2 (cells 0-based: 4 pagu, 7 realisasi Rp, 9 serapan %),
kegiatan line 243 (realisasi 72,602,500) under program line 237; its rows:

- 246 pagu 4,500,000, realisasi 1,880,450, serapan 41.78777778;
- 251 pagu 15,000,000, realisasi 6,285,900, serapan 41.906;
- 252 pagu 7,319,500, realisasi 3,341,900 (Tabel 3.2 P-APBD 7,327,550);
- 253 pagu 5,820,000, realisasi 2,400,000 (P-APBD 5,570,000);
- 254 pagu 80,000,000, realisasi 37,243,000, serapan 46.55375 (P-APBD 128,000,000).

Each variant empties the rows' Rp cells, sets their serapan cells and makes 243 and 237 state
``stated`` (each shifted by the same amount).
"""
import pytest
from temuan_uji import angka_sel as _num, jumlah_243

from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.load import load_document


def _jumlah(tmp_path, serapan: dict[int, str], stated: int):
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    for n, cell in serapan.items():
        c = lines[n - 1].split("\t")
        c[7], c[9] = "", cell
        lines[n - 1] = "\t".join(c)
    return jumlah_243(tmp_path, lines, stated)


NAMA_254 = "\u201cPenyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\u201d (baris 254)"
KNOWN_254 = 72_602_500 - 37_243_000        # 35,359,500


def test_serapan_50_within_its_share_nothing(tmp_path):
    # 50 % of 80,000,000 = 40,000,000 exactly
    assert _jumlah(tmp_path, {254: "50"}, KNOWN_254 + 40_000_000).empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_serapan_50_within_its_share_nothing)
def test_serapan_50_above_its_share_is_kritis(tmp_path):
    # at most 50,5 % x 80,000,000 = 40,400,000: 35,359,500 + 40,400,000 = 75,759,500 (was: 80,000,000 the pagu)
    j = _jumlah(tmp_path, {254: "50"}, KNOWN_254 + 70_000_000)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [75_759_500.0]
    pesan = j["pesan"].iloc[0]
    assert (f"{NAMA_254} Rp40.400.000, yaitu 50,5% dari pagunya di Tabel 2.2 Rp80.000.000 karena sel serapannya "
            "tertulis 50% (selisih sedikitnya Rp29.600.000)") in pesan


def test_serapan_50_below_its_share_is_kritis(tmp_path):
    # at least 49,5 % x 80,000,000 = 39,600,000: 35,359,500 + 39,600,000 = 74,959,500 (was: the known 35,359,500)
    j = _jumlah(tmp_path, {254: "50"}, KNOWN_254 + 10_000_000)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [74_959_500.0]
    assert j["pesan"].iloc[0] == (
        "Realisasi kegiatan ini Rp45.359.500, tetapi jumlah rincian di bawahnya sedikitnya Rp74.959.500: realisasi "
        "rincian yang diketahui Rp35.359.500 ditambah sedikitnya Rp39.600.000 untuk rincian yang realisasinya tidak "
        f"tercantum: {NAMA_254} Rp39.600.000, yaitu 49,5% dari pagunya di Tabel 2.2 Rp80.000.000 karena sel "
        "serapannya tertulis 50% (selisih sedikitnya Rp29.600.000); salah satunya keliru.")


@pytest.mark.slow  # a fast test of its section checks the same finding (test_serapan_50_within_its_share_nothing)
def test_serapan_120_is_not_widened_by_the_papbd_pagu(tmp_path):
    # at most 120,5 % x 80,000,000 = 96,400,000: 131,759,500; the P-APBD 128,000,000 does not apply (the cell
    # says what share of the 2.2 pagu it spent): kritis, not the peringatan 'mungkin diukur terhadap pagu perubahan'
    j = _jumlah(tmp_path, {254: "120"}, KNOWN_254 + 110_000_000)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [131_759_500.0]
    pesan = j["pesan"].iloc[0]
    assert "pagu perubahan" not in pesan and "P-APBD" not in pesan
    # Z-E: no 'realisasi tidak boleh melampaui pagu' beside a row the document says spent 120 % of it
    assert "tidak boleh melampaui pagu" not in pesan
    assert pesan.endswith("karena sel serapannya tertulis 120% (selisih sedikitnya Rp13.600.000); salah satunya "
                          "keliru.")


@pytest.mark.slow  # a fast test of its section checks the same finding (test_serapan_50_within_its_share_nothing)
def test_every_written_digit_counts(tmp_path):
    # 246, 251, 254 with their true serapan cells; at most 4,500,000 x 41,787777785 % = 1,880,450.0003 -> 1,880,450,
    # 15,000,000 x 41,9065 % = 6,285,975, 80,000,000 x 46,553755 % = 37,243,004; at least 41,787777775 % ->
    # 1,880,449.9999 -> 1,880,450, 41,9055 % -> 6,285,825, 46,553745 % -> 37,242,996. Known rows
    # 72,602,500 - 1,880,450 - 6,285,900 - 37,243,000 = 27,193,150: between 72,602,421 and 72,602,579.
    cells = {246: "41.78777778", 251: "41.906", 254: "46.55375"}
    assert _jumlah(tmp_path, cells, 72_602_500).empty
    j = _jumlah(tmp_path, cells, 72_603_500)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [72_602_579.0]
    assert "Rp6.285.975, yaitu 41,9065% dari pagunya di Tabel 2.2 Rp15.000.000 karena sel serapannya tertulis 41,906%" \
        in j["pesan"].iloc[0]
    j = _jumlah(tmp_path, cells, 72_601_500)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [72_602_421.0]
    # REV-Z's strongest case: 243 states 168,434,191 (off Rp95,8 jt): was only a peringatan on the P-APBD pagu
    j = _jumlah(tmp_path, cells, 168_434_191)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [72_602_579.0]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_serapan_50_within_its_share_nothing)
def test_figures_add_up_and_each_reason_fits_its_row(tmp_path):
    # 252 '120' (at most 7,319,500 x 120,5 % = 8,819,997.5 -> Rp8.819.997), 253 '' (its 2.2 pagu 5,820,000, the
    # P-APBD 5,570,000 smaller), 254 '0' (0,5 % of 80,000,000 = 400,000): 8,819,997 + 5,820,000 + 400,000 =
    # 15,039,997; known 72,602,500 - 3,341,900 - 2,400,000 - 37,243,000 = 29,617,600; sum 44,657,597;
    # 200,000,000 - 44,657,597 = 155,342,403
    j = _jumlah(tmp_path, {252: "120", 253: "", 254: "0"}, 200_000_000)
    assert j["tingkat"].astype(str).tolist() == ["kritis"] and j["nilai_hitung"].tolist() == [44_657_597.0]
    assert j["pesan"].iloc[0] == (
        "Realisasi kegiatan ini Rp200.000.000, tetapi jumlah rincian di bawahnya paling banyak Rp44.657.597: "
        "realisasi rincian yang diketahui Rp29.617.600 ditambah paling banyak Rp15.039.997 untuk rincian yang "
        "realisasinya tidak tercantum: \u201cPenyediaan Barang Cetakandan Penggandaan\u201d (baris 252) Rp8.819.997, "
        "yaitu 120,5% dari pagunya di Tabel 2.2 Rp7.319.500 karena sel serapannya tertulis 120%; \u201cPenyediaan "
        "bahan Bacaan dan Peraturan Perundang-Undangan\u201d (baris 253) Rp5.820.000, yaitu pagunya di Tabel 2.2 "
        f"Rp5.820.000 (realisasi tidak boleh melampaui pagu); {NAMA_254} Rp400.000, yaitu 0,5% dari pagunya di "
        "Tabel 2.2 Rp80.000.000 karena sel serapannya tertulis 0 (selisih sedikitnya Rp155.342.403); salah satunya "
        "keliru.")


def _num_baris(n: int, kolom: int) -> int:
    return _num(DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")[n - 1].split("\t")[kolom])


@pytest.mark.slow  # a fast test of its section checks the same finding (test_serapan_50_within_its_share_nothing)
def test_unknown_kegiatan_holds_at_most_its_rows_bounds(tmp_path):
    # REV-Z Z-C: kegiatan 243's realisation and serapan cells emptied (unknown), its row 254's Rp emptied with
    # serapan '0' (below 0,5 % x 80,000,000 = 400,000); its rows' pagu add up to its own 155,639,500
    # (5,000,000 + 38,000,000 + 4,500,000 + 15,000,000 + 7,319,500 + 5,820,000 + 80,000,000), so they are its
    # rows: 243 holds at most 35,359,500 + 400,000 = 35,759,500 (was: its pagu 155,639,500). Program 237 states
    # its other kegiatan (its old 237 - 72,602,500) + 35,359,500 + 2,000,000: above its bound by 1,600,000.
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    for n, cells in ((254, {7: "", 9: "0"}), (243, {7: "", 9: ""})):
        c = lines[n - 1].split("\t")
        for k, v in cells.items():
            c[k] = v
        lines[n - 1] = "\t".join(c)
    lama = _num_baris(237, 7)
    c = lines[236].split("\t")
    c[7] = f"<b>{lama - 37_243_000 + 2_000_000:,}</b>"
    lines[236] = "\t".join(c)
    path = tmp_path / "renja-perubahan-2024-dinkop-ukm-magetan-nested.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = load_document(path).temuan
    j = t[(t["jenis"] == "jumlah_tidak_cocok") & t["baris_sumber"].isin([237, 243])]
    assert j["baris_sumber"].tolist() == [237] and j["tingkat"].astype(str).tolist() == ["kritis"]
    assert j["nilai_hitung"].tolist() == [float(lama - 72_602_500 + 35_759_500)]
    pesan = j["pesan"].iloc[0]
    assert ("\u201cKegiatan Administrasi Umum Perangkat Daerah\u201d (baris 243) Rp35.759.500, yaitu jumlah batas "
            "atas rinciannya") in pesan and "(selisih sedikitnya Rp1.600.000)" in pesan
