"""The 'paling banyak' bound of a sub kegiatan whose realisation Rp is empty (REV-V V2, REV-W W-B, W-F, W-H).

Fixture: the bundled document, line 254 (Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD: APBD
pagu 80,000,000, realisation 37,243,000, serapan 46.55375, keterangan "Penambaha Rp. 48.000.000",
Tabel 3.2 line 381 P-APBD pagu 128,000,000) with its realisation cell emptied (and its serapan cell
set), its kegiatan (line 243, realisation 72,602,500) and program (line 237) carrying the row's true
realisation instead. By hand: the kegiatan's other rows realised 72,602,500 - 37,243,000 = 35,359,500.

The document's serapan cell is a share of the 2.2 pagu: line 254's 37,243,000 / 80,000,000 = 46,55375 %
as written (of the P-APBD pagu it would be 29,10 %).

- A (serapan cell empty): the row holds at most its 2.2 pagu, 35,359,500 + 80,000,000 = 115,359,500;
  a true Rp70.000.000 (105,359,500 stated) no finding. With 3.2's P-APBD pagu (the realisation may be
  measured against the revised pagu) at most 35,359,500 + 128,000,000 = 163,359,500: a true
  Rp90.000.000 (125,359,500 stated) is above the first and within the second: peringatan naming both
  (was: nothing, W-H); a true Rp130.000.000 (165,359,500 stated) is above both: kritis, its message
  saying how 163,359,500 was made (was: 'ditambah pagu rincian', the 2.2 pagu being 80,000,000, W-B).
- B (serapan cell "0", rounded): the row holds below 0,5 % of the 2.2 pagu the serapan is a share of,
  80,000,000 x 0,5 % = 400,000: at most 35,759,500. A true Rp320.000 (0,4 %, 35,679,500 stated) no
  finding; a true Rp500.000 (0,625 %: the cell would say 1, 35,859,500 stated) above it by 100,000,
  but within 1 % (800,000: a "0" truncated, one unit of its last digit, SERAPAN7): peringatan naming
  both; a true Rp900.000 (1,125 %, 36,259,500 stated) kritis, at least 500,000 over (was: nothing,
  0,5 % of the P-APBD 128,000,000 = 640,000, W-F; truncated, 1 % of it, 1,280,000, would hide it too).
- C (serapan cell "150", above 100 %): at most 150,5 % of the 2.2 pagu, 120,400,000, not the larger
  P-APBD pagu 128,000,000 (REV-Z Z-A: the cell says what share of the 2.2 pagu it spent): at most
  155,759,500; a true Rp150.000.000 (185,359,500 stated) is kritis (was: nothing, 150,5 % of
  128,000,000 = 192,640,000; then 163,359,500 on the P-APBD pagu).
"""
import pytest

from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.load import load_document


def _varian(tmp_path, benar, serapan):
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    c = lines[253].split("\t")
    assert c[0].startswith("Penyelenggaraan Rapat")
    lama = int(c[7].replace(",", ""))
    c[7], c[9] = "", serapan
    lines[253] = "\t".join(c)
    for n in (243, 237):
        c = lines[n - 1].split("\t")
        v = int(c[7].replace("<b>", "").replace("</b>", "").replace(",", ""))
        c[7] = f"<b>{v + benar - lama:,}</b>"
        lines[n - 1] = "\t".join(c)
    path = tmp_path / f"renja-perubahan-2024-dinkop-ukm-magetan-{benar}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _jumlah(path):
    t = load_document(path).temuan
    return t[(t["jenis"] == "jumlah_tidak_cocok") & t["baris_sumber"].isin([237, 243])]


NAMA = "\u201cPenyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\u201d (baris 254)"


def test_document_serapan_is_a_share_of_the_22_pagu():
    c = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")[253].split("\t")
    assert (c[4], c[7], c[9]) == ("80,000,000", "37,243,000", "46.55375")
    assert 37_243_000 / 80_000_000 * 100 == 46.55375


@pytest.mark.slow  # a fast test of its section checks the same finding (test_above_the_papbd_pagu_is_kritis_saying_how)
def test_within_the_22_pagu_nothing(tmp_path):
    assert _jumlah(_varian(tmp_path, 70_000_000, "")).empty


@pytest.mark.slow  # a fast test of its section checks the same finding (test_above_the_papbd_pagu_is_kritis_saying_how)
def test_above_the_22_pagu_within_the_papbd_pagu_is_peringatan(tmp_path):
    j = _jumlah(_varian(tmp_path, 90_000_000, ""))
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["peringatan"]
    assert j["nilai_dokumen"].tolist() == [125_359_500.0] and j["nilai_hitung"].tolist() == [115_359_500.0]
    pesan = j["pesan"].iloc[0]
    assert "paling banyak Rp115.359.500 (selisih sedikitnya Rp10.000.000)" in pesan
    assert f"{NAMA} Rp80.000.000, yaitu pagunya di Tabel 2.2 Rp80.000.000" in pesan
    assert f"yang lebih besar ({NAMA} Rp128.000.000), jumlah itu paling banyak Rp163.359.500" in pesan


def test_above_the_papbd_pagu_is_kritis_saying_how(tmp_path):
    j = _jumlah(_varian(tmp_path, 130_000_000, ""))
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["kritis"]
    assert j["nilai_hitung"].tolist() == [163_359_500.0]
    pesan = j["pesan"].iloc[0]
    assert pesan.startswith("Realisasi kegiatan ini Rp165.359.500, tetapi jumlah rincian di bawahnya paling banyak "
                            "Rp163.359.500: realisasi rincian yang diketahui Rp35.359.500 ditambah paling banyak "
                            "Rp128.000.000 untuk rincian yang realisasinya tidak tercantum: ")
    assert (f"{NAMA} Rp128.000.000, yaitu pagu P-APBD-nya di Tabel 3.2 Rp128.000.000, lebih besar dari pagunya "
            "di Tabel 2.2 Rp80.000.000") in pesan and "(selisih sedikitnya Rp2.000.000)" in pesan


@pytest.mark.slow  # a fast test of its section checks the same finding (test_above_the_papbd_pagu_is_kritis_saying_how)
def test_serapan_zero_is_below_half_a_percent_of_the_22_pagu(tmp_path):
    assert _jumlah(_varian(tmp_path, 320_000, "0")).empty
    j = _jumlah(_varian(tmp_path, 500_000, "0"))
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["peringatan"]
    assert j["nilai_hitung"].tolist() == [35_759_500.0]
    pesan = j["pesan"].iloc[0]
    assert "Rp35.859.500" in pesan and "paling banyak Rp35.759.500" in pesan and "sedikitnya Rp100.000" in pesan
    assert (f"{NAMA} Rp400.000, yaitu 0,5% dari pagunya di Tabel 2.2 Rp80.000.000 karena sel serapannya "
            "tertulis 0") in pesan
    assert (f"{NAMA} Rp800.000, yaitu 1% dari pagunya di Tabel 2.2 Rp80.000.000: sel 0% yang dipotong berarti di "
            "bawah 1%), jumlah itu paling banyak Rp36.159.500 dan tidak terlampaui") in pesan
    j = _jumlah(_varian(tmp_path, 900_000, "0"))
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["kritis"]
    assert j["nilai_hitung"].tolist() == [35_759_500.0]
    pesan = j["pesan"].iloc[0]
    assert "Rp36.259.500" in pesan and "paling banyak Rp35.759.500" in pesan and "sedikitnya Rp500.000" in pesan


@pytest.mark.slow  # a fast test of its section checks the same finding (test_above_the_papbd_pagu_is_kritis_saying_how)
def test_serapan_above_100_lifts_the_22_pagu_only(tmp_path):
    j = _jumlah(_varian(tmp_path, 150_000_000, "150"))
    assert j["baris_sumber"].tolist() == [243] and j["tingkat"].astype(str).tolist() == ["kritis"]
    assert j["nilai_hitung"].tolist() == [155_759_500.0]
    assert (f"{NAMA} Rp120.400.000, yaitu 150,5% dari pagunya di Tabel 2.2 Rp80.000.000 karena sel serapannya "
            "tertulis 150% (selisih sedikitnya Rp29.600.000)") in j["pesan"].iloc[0]
    assert "P-APBD" not in j["pesan"].iloc[0]


def test_registry_states_the_bound_as_it_is():
    # REV-W W-E: the glossary said 'paling banyak sebesar pagu baris itu (nol bila sel serapannya tertulis 0%)',
    # the English 'a serapan cell stating 0 % is Rp 0'
    from renja_analysis.findings.registry import JENIS_TEMUAN
    kosong, jumlah = JENIS_TEMUAN["realisasi_kosong"], JENIS_TEMUAN["jumlah_tidak_cocok"]
    assert "nol bila sel serapannya tertulis 0%" not in kosong.glosarium
    assert "bila sel serapannya tertulis 0, kurang dari 0,5% pagu itu" in kosong.glosarium
    assert "pagu P-APBD Tabel 3.2 yang lebih besar" in kosong.glosarium and "disebut peringatan" in kosong.glosarium
    assert "stating 0 % is Rp 0" not in kosong.penjelasan and "below 0.5 % of it" in kosong.penjelasan
    # REV-Z Z-A: a stated serapan bounds the row on both sides, the P-APBD pagu only a row whose serapan cell is empty
    assert "kurang atau lebih setengah satuan angka terakhirnya" in kosong.glosarium
    assert "untuk baris yang sel serapannya kosong batas atas itu memakai pagu P-APBD" in kosong.glosarium
    assert "within p -/+ half a unit of the cell's last digit" in kosong.penjelasan
    assert "ditambah batas bawah rincian yang tidak diketahui (sedikitnya)" in jumlah.glosarium
    assert "setengah persen pagu Tabel 2.2 bila serapannya tertulis 0" in jumlah.glosarium
    assert "peringatan where only the bound on the 2.2 pagu is exceeded" in jumlah.penjelasan
