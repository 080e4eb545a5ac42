from renja_analysis.names import (
    align, infer_levels, level_from_code, marked_level, normalise_name, similarity,
)


def test_normalise_name_drops_prefix_case_and_punctuation():
    assert normalise_name("<b>Kegiatan Pemeliharaan Barang Milik Daerah</b>") == \
        "pemeliharaan barang milik daerah"
    assert normalise_name("PROGRAM  PENGEMBANGAN UMKM") == "pengembangan umkm"
    assert normalise_name("Pemeliharaan / Rehabilitasi Gedung") == "pemeliharaan rehabilitasi gedung"


def test_similarity_tolerates_extraction_damage():
    assert similarity("PROGRAM PELAYANAN IZIN USAHASIMPAN PINJAM",
                      "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM") == 100
    assert similarity("Penyediaan Barang Cetakandan Penggandaan",
                      "Penyediaan Barang Cetak dan Penggandaan") >= 95
    assert similarity("Penyediaan Jasa Pelayanan Umu",
                      "Penyediaan Jasa Pelayanan Umum Kantor") >= 90
    assert similarity("PROGRAM PENGEMBANGAN UMKM",
                      "PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)") == 100
    assert similarity("Pemulihan Usaha Mikro", "Pengembangan Usaha Mikro") < 80


def test_marked_level_and_code_level():
    assert marked_level("PROGRAM PENILAIAN") == "program"
    assert marked_level("kegiatan Penilaian") == "kegiatan"
    assert marked_level("Penilaian Kesehatan") is None
    assert level_from_code("2.17.01.2.09") == "kegiatan"
    assert level_from_code("2.17") is None


def test_levels_by_prefix_only():
    names = ["PROGRAM A", "Kegiatan B", "c", "d", "PROGRAM E", "Kegiatan F", "g"]
    assert infer_levels(names) == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan",
                                   "program", "kegiatan", "sub_kegiatan"]


def test_levels_from_budget_when_names_carry_no_prefix():
    # a 3.2-like table: kegiatan without prefix; equal-pagu siblings must stay siblings
    names = ["PROGRAM A", "Induk satu", "anak a", "anak b", "Induk dua", "anak c",
             "Induk tiga", "anak d", "anak e"]
    pagu = [60, 30, 15, 15, 10, 10, 20, 0, 20]
    assert infer_levels(names, pagu=pagu) == [
        "program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan",
        "kegiatan", "sub_kegiatan", "sub_kegiatan"]


def test_zero_pagu_kegiatan_keeps_its_zero_pagu_children():
    names = ["PROGRAM A", "Kegiatan X", "x1", "Pengadaan Barang", "Pengadaan Mobil", "Pengadaan Motor"]
    pagu = [5, 5, 5, 0, 0, None]
    assert infer_levels(names, pagu=pagu) == [
        "program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan"]


def test_known_names_give_levels():
    known = {"Kegiatan Administrasi Umum Perangkat Daerah": "kegiatan"}
    assert infer_levels(["Administrasi Umum Perangkat Daerah", "Penyediaan ATK"], known=known) == \
        ["kegiatan", "sub_kegiatan"]


def test_align_uses_names_not_positions():
    a = ["PROGRAM A SATU", "Kegiatan Bina Usaha", "Penyediaan Bahan Logistik Kantor",
         "Penyediaan Barang Cetak dan Penggandaan"]
    b = ["PROGRAM A SATU", "Kegiatan Bina Usaha", "Penyediaan Barang Cetakandan Penggandaan"]
    pairs = [(i, j) for i, j, _ in align(a, b)]
    assert pairs == [(0, 0), (1, 1), (3, 2)]


def test_align_respects_levels():
    pairs = align(["Bina Usaha"], ["Kegiatan Bina Usaha"], ["sub_kegiatan"], ["kegiatan"])
    assert pairs == []
