"""Two documents naming no pemda are taken for one office on their instansi alone (hostile review
REV-J J12): nothing else ties them (a file name gives no pemda), so the trend and the ranking that
compare or drop them as one office say so (``comparison.pemda_tidak_tertulis``, the one rule), as
``corpus.tandai_ganda`` does for two documents that may contradict each other. Hand-made frames.
"""
from __future__ import annotations

import pandas as pd

from renja_analysis.present.comparison import pemda_tidak_tertulis, tren
from renja_analysis.present.narrative import narasi_antar_instansi, narasi_tren


def _ringkas(pemda):
    # Dinas Kesehatan TW II: 60 of 100; TW III: 30 of 100 (realisation falls by 30 if one office)
    return pd.DataFrame({
        "dokumen": ["wb-kab-madiun", "wb-kota-madiun"], "pemda": pemda,
        "instansi": ["Dinas Kesehatan", "Dinas Kesehatan"], "tahun": 2024, "triwulan": [2, 3],
        "periode": ["2024 TW II", "2024 TW III"], "pagu_rp": [100.0, 100.0], "realisasi_rp": [60.0, 30.0],
        "serapan_rp": [60.0, 30.0], "harapan_tw": [50.0, 75.0], "rata_capaian_k": [10.0, 20.0],
        "capaian_tertimbang_k": [10.0, 20.0], "predikat_rp": ["Tinggi", "Rendah"], "temuan_masalah": [1, 2],
        "temuan_kritis": [0, 1], "peringkat": [1, 1]})


RAGU_TREN = ("Pemda tidak tertulis di wb-kab-madiun dan wb-kota-madiun, yang dianggap satu instansi hanya karena "
             "nama instansinya sama: bila pemdanya berbeda, instansinya pun berbeda dan perbandingan di atas tidak "
             "berlaku.")


def test_offices_of_no_pemda_compared_with_the_doubt():
    r = _ringkas([None, None])
    assert pemda_tidak_tertulis(r).tolist() == [True, True]
    teks = narasi_tren(tren(r))
    assert "lebih kecil daripada 2024 TW II" in teks and teks.endswith(RAGU_TREN)
    # the fall is its own sentence between the serapan and the capaian (each a sentence, PUEBI)
    assert ("berkurang 30,00 poin. Realisasi kumulatif 2024 TW III (Rp30) lebih kecil daripada 2024 TW II (Rp60), "
            "padahal angka kumulatif tidak semestinya turun: periksa kedua dokumen. Rata-rata capaian 10,00% menjadi "
            "20,00%.") in teks
    antar = narasi_antar_instansi(r)
    assert ("1 dokumen periode sebelumnya ada di halaman Tren; pemda tidak tertulis di wb-kab-madiun, yang dianggap "
            "satu instansi dengan dokumen periode berikutnya hanya karena nama instansinya sama: bila pemdanya "
            "berbeda, instansinya pun berbeda dan tidak ikut dibandingkan di sini)") in antar


def test_one_pemda_written_two_ways_is_no_doubt():
    r = _ringkas(["Kab. Madiun", "Kabupaten Madiun"])
    assert pemda_tidak_tertulis(r).tolist() == [False, False]
    assert "Pemda tidak tertulis" not in narasi_tren(tren(r))
    assert "pemda tidak tertulis" not in narasi_antar_instansi(r)


def test_a_lone_office_of_no_pemda_is_no_doubt():
    # each instansi once: nothing is taken together, nothing to doubt
    r = _ringkas([None, None]).assign(instansi=["Dinas Kesehatan", "Dinas Pendidikan"])
    assert pemda_tidak_tertulis(r).tolist() == [False, False]
    assert "Pemda tidak tertulis" not in narasi_tren(tren(r))
