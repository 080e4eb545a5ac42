"""Indonesian sentences against hand-derived values, edge cases included."""
import pandas as pd
import pytest

from renja_analysis import narasi


def row(**kw):
    base = dict(nama="Sub A", target_k=4.0, realisasi_k=2.0, satuan="Paket", capaian_k=50.0,
                serapan_rp=40.0, realisasi_rp=4_000_000.0, pagu_rp=10_000_000.0,
                status="sesuai_rencana", keterangan=None)
    return pd.Series(base | kw)


def test_ordinary_row():
    assert narasi.kalimat_sub_kegiatan(row()) == (
        "*Sub A*: 2 dari target 4 Paket (capaian 50,00%); serapan 40,00% (Rp 4.000.000 dari Rp 10.000.000).")


def test_no_target():
    s = narasi.kalimat_sub_kegiatan(row(target_k=None, capaian_k=None))
    assert s.startswith("*Sub A*: tanpa target kinerja yang dapat diukur;")


def test_nothing_realised():
    s = narasi.kalimat_sub_kegiatan(row(realisasi_k=0.0, capaian_k=0.0, realisasi_rp=0.0, serapan_rp=0.0,
                                        status="tertinggal"))
    assert s == "*Sub A*: belum ada realisasi kinerja dari target 4 Paket; anggaran Rp 10.000.000 belum terserap."


def test_over_100_percent():
    s = narasi.kalimat_sub_kegiatan(row(realisasi_k=6.0, target_k=5.0, capaian_k=120.0))
    assert "6 dari target 5 Paket (capaian 120,00%, sudah melampaui target tahunan)" in s


def test_scheduled_for_tw3():
    s = narasi.kalimat_sub_kegiatan(row(realisasi_k=0.0, capaian_k=0.0, realisasi_rp=0.0, serapan_rp=0.0,
                                        status="belum_dilaksanakan", keterangan="Dilaksanakan ditribulan 3"))
    assert s.endswith("dijadwalkan kemudian (\u201cDilaksanakan ditribulan 3\u201d).")


def test_program_paragraph_on_the_fixture(mini):
    text = narasi.narasi_program(mini.evaluasi, "PROGRAM PENGEMBANGAN UMKM", mini.temuan, mini.pergeseran)
    assert text.startswith("**PROGRAM PENGEMBANGAN UMKM** \u2014 pagu Rp 50.000.000, realisasi Rp 45.000.000 "
                           "(serapan 90,00% terhadap harapan 50%).")
    assert "Indikator program (\u201cPresentase UMKM yang naik kelas\u201d) belum diukur" in text
    assert "Sesuai rencana atau lebih:\n- *Pengembangan Usaha Mikro*: 6 dari target 5 Unit Usaha" in text
    # 0 of 60 with Rp 16.000.000 spent: listed as behind, with its keterangan
    assert ("- *Penumbuhan dan Pengembangan Kewirausahaan*: belum ada realisasi kinerja dari target 60 Orang; "
            "serapan 80,00% (Rp 16.000.000 dari Rp 20.000.000); keterangan: \u201cDilaksanakan di triwulan 3\u201d.") in text
    assert "Pagu P-APBD program ini tidak ditemukan" in text
    assert "Yang perlu diperiksa reviewer:" in text and "(kritis) baris 41" in text


def test_office_paragraph_on_the_fixture(mini):
    text = narasi.ringkasan_dinas(mini.evaluasi, mini.temuan, None, triwulan=2)
    # programs: 30.000.000 + 50.000.000 pagu, 12.000.000 + 45.000.000 realised = 71,25 %
    assert text.startswith("Sampai dengan triwulan II, 2 program dengan pagu Rp 80.000.000 telah "
                           "merealisasikan Rp 57.000.000, atau serapan 71,25% terhadap harapan linear 50%.")
    # mean of ratios of the 4 sub kegiatan: (50 + 25 + 120 + 0) / 4 = 48,75
    assert "Rata-rata capaian kinerja 4 sub kegiatan (rata-rata rasio) 48,75%." in text
    assert "- Melampaui target: 1 sub kegiatan" in text


def test_unknown_program():
    with pytest.raises(ValueError):
        narasi.narasi_program(pd.DataFrame({"program": ["A"]}), "B")


def test_daftar():
    assert narasi._daftar(["a"]) == "a"
    assert narasi._daftar(["a", "b"]) == "a dan b"
    assert narasi._daftar(["a", "b", "c"]) == "a, b, dan c"
