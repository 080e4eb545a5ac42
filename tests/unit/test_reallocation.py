import pandas as pd
import pytest

from renja_analysis.tables.reallocation import pergeseran, target_perubahan, varian_komposisi


def test_varian_komposisi_by_hand():
    # B = (100, 300), A = (200, 200): factor 400/400 = 1, |200-100| + |200-300| = 200 -> 200/400
    assert varian_komposisi([100, 300], [200, 200]) == 50.0
    # uniform growth is no composition change
    assert varian_komposisi([10, 20, 30], [20, 40, 60]) == 0.0
    # B = (100, 100), A = (300, 100): adj = (200, 200); (100 + 100) / 400
    assert varian_komposisi([100, 100], [300, 100]) == 50.0


def _ev():
    return pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program", "kegiatan", "sub_kegiatan"],
        "nama": ["PROGRAM SATU", "Kegiatan Bina Usaha Mikro", "Pelatihan Kewirausahaan",
                 "Fasilitasi Perizinan", "PROGRAM DUA", "Kegiatan Pengawasan Koperasi", "Pemeriksaan Koperasi"],
        "program": ["PROGRAM SATU"] * 4 + ["PROGRAM DUA"] * 3,
        "kegiatan": [None, "Kegiatan Bina Usaha Mikro", "Kegiatan Bina Usaha Mikro", "Kegiatan Bina Usaha Mikro",
                     None, "Kegiatan Pengawasan Koperasi", "Kegiatan Pengawasan Koperasi"],
        "pagu_rp": [100.0, 100.0, 60.0, 40.0, 50.0, 50.0, 50.0],
        "baris_sumber": [1, 2, 3, 4, 5, 6, 7]})


def _rv():
    return pd.DataFrame({
        "sisi": ["hasil_analisis"] * 6,
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program", "kegiatan"],
        "nama": ["PROGRAM SATU", "Bina Usaha Mikro", "Pelatihan Kewirausahaan", "Pengadaan Mobil Dinas",
                 "PROGRAM DUA", "Pengawasan Koperasi"],
        "program": ["PROGRAM SATU"] * 4 + ["PROGRAM DUA"] * 2,
        "kegiatan": [None, "Bina Usaha Mikro", "Bina Usaha Mikro", "Bina Usaha Mikro", None, "Pengawasan Koperasi"],
        "pagu_rp": [130.0, 130.0, 90.0, 40.0, 30.0, 30.0],
        "baris_sumber": [11, 12, 13, 14, 15, 16]})


def test_pergeseran_matches_by_name_and_keeps_unmatched():
    out = pergeseran(_ev(), _rv())
    assert out["level"].astype(str).tolist()[0] == "dinas"
    dinas = out.iloc[0]
    assert (dinas["pagu_apbd_rp"], dinas["pagu_papbd_rp"], dinas["selisih_rp"]) == (150, 160, 10)
    # B = (100, 50), A = (130, 30); adj = (106.67, 53.33); (23.33 + 23.33) / 160
    assert dinas["varian_komposisi_persen"] == pytest.approx((2 * (130 - 100 * 160 / 150)) / 160 * 100)
    by = out.set_index("nama")
    assert by.loc["Pelatihan Kewirausahaan", "selisih_rp"] == 30
    assert by.loc["Pelatihan Kewirausahaan", "selisih_persen"] == 50
    assert by.loc["Fasilitasi Perizinan", "kecocokan"] == "hanya_tabel_2_2"
    assert pd.isna(by.loc["Fasilitasi Perizinan", "pagu_papbd_rp"])
    assert by.loc["Pengadaan Mobil Dinas", "kecocokan"] == "hanya_review_3_2"
    assert by.loc["Pemeriksaan Koperasi", "kecocokan"] == "hanya_tabel_2_2"
    assert by.loc["Kegiatan Bina Usaha Mikro", "nama_review"] == "Bina Usaha Mikro"
    # review-only rows stand where they fall in document order
    names = out["nama"].tolist()
    assert names.index("Pengadaan Mobil Dinas") == names.index("Fasilitasi Perizinan") + 1 or \
        names.index("Pengadaan Mobil Dinas") == names.index("Pelatihan Kewirausahaan") + 1


def test_lone_review_rows_sit_before_the_next_matched_pair():
    from renja_analysis.tables.reallocation import _urutan

    # evaluasi rows 0..3; review rows 0..4; pairs (1, 1) and (3, 4): review row 0 comes
    # before evaluasi row 1, review rows 2 and 3 before evaluasi row 3, none after
    e, r, s = _urutan(4, 5, [(1, 1, 90.0), (3, 4, 100.0)])
    assert e.tolist() == [0, -1, 1, 2, -1, -1, 3]
    assert r.tolist() == [-1, 0, 1, -1, 2, 3, 4]
    assert [x if x == x else None for x in s.tolist()] == [None, None, 90.0, None, None, None, 100.0]
    # nothing matched: all evaluasi rows, then all review rows
    e, r, _ = _urutan(2, 2, [])
    assert e.tolist() == [0, 1, -1, -1] and r.tolist() == [-1, -1, 0, 1]


def test_target_perubahan_is_the_matched_32_target():
    # Tabel 2.2 targets 5 / 4 / 10 / 2 / 1 / 3 / 6; 3.2 (hasil analisis) revises Pelatihan 10 -> 25 and gives
    # "sesuai kebutuhan" (no number) for the PROGRAM DUA kegiatan; Fasilitasi Perizinan and Pemeriksaan
    # Koperasi have no 3.2 row; a 3.2 row on the rancangan_awal side (same line) never counts
    ev = _ev().assign(target_k=[5.0, 4.0, 10.0, 2.0, 1.0, 3.0, 6.0])
    rv = _rv().assign(target_k=[5.0, 4.0, 25.0, 7.0, 1.0, None])
    awal = rv.iloc[[2]].assign(sisi="rancangan_awal", target_k=10.0)
    rv = pd.concat([awal, rv], ignore_index=True)
    out = target_perubahan(ev, pergeseran(ev, rv), rv)
    assert out.name == "target_k_perubahan" and str(out.dtype) == "Float64"
    assert out.tolist() == [5.0, 4.0, 25.0, pd.NA, 1.0, pd.NA, pd.NA]

