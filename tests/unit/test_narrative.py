"""Indonesian sentences against hand-derived values, edge cases included."""
import pandas as pd
import pytest

from renja_analysis.present import narrative, summary

N = "\u00a0"          # the no-break space of "Rp5,00 jt" (PUEBI: "Rp5", "50%" without a space)


def row(**kw):
    base = dict(nama="Sub A", target_k=4.0, realisasi_k=2.0, satuan="Paket", capaian_k=50.0,
                serapan_rp=40.0, realisasi_rp=4_000_000.0, pagu_rp=10_000_000.0,
                status="sesuai_rencana", keterangan=None, baris_sumber=10)
    return pd.Series(base | kw)


def test_ordinary_row():
    assert narrative.kalimat_sub_kegiatan(row()) == (
        "*Sub A*: 2 dari target 4 Paket (capaian 50,00%); serapan 40,00% (Rp4.000.000 dari Rp10.000.000).")


def test_no_target():
    s = narrative.kalimat_sub_kegiatan(row(target_k=None, capaian_k=None))
    assert s.startswith("*Sub A*: tanpa target kinerja yang dapat diukur;")


def test_nothing_realised():
    s = narrative.kalimat_sub_kegiatan(row(realisasi_k=0.0, capaian_k=0.0, realisasi_rp=0.0, serapan_rp=0.0,
                                        status="tertinggal"))
    assert s == "*Sub A*: belum ada realisasi kinerja dari target 4 Paket; anggaran Rp10.000.000 belum terserap."


def test_over_100_percent():
    s = narrative.kalimat_sub_kegiatan(row(realisasi_k=6.0, target_k=5.0, capaian_k=120.0))
    assert "6 dari target 5 Paket (capaian 120,00%, sudah melampaui target tahunan)" in s


def test_a_revised_target_is_named_and_not_said_to_be_exceeded():
    # Tabel 2.2: 20 of 10 (200 %); Tabel 3.2 revised the target to 25: 20 / 25 = 80 %, not yet reached.
    # 10 -> 25 is 2,5 times: the unit may have changed too, so the 80 % holds "bila satuannya sama"
    s = narrative.kalimat_sub_kegiatan(row(realisasi_k=20.0, target_k=10.0, capaian_k=200.0, satuan="Unit Usaha",
                                        status="melampaui_target", target_k_perubahan=25.0))
    assert s.startswith("*Sub A*: 20 dari target 10 Unit Usaha (capaian 200,00%; target direvisi menjadi 25 di "
                        "Tabel 3.2: capaian 80,00% bila satuannya sama, belum mencapai target revisi);")
    assert "sudah melampaui target tahunan" not in s


def test_a_small_revision_that_is_exceeded_is_said_so():
    # 6 of 5 = 120 %; revised 5 -> 4 (x 0,8, a small revision): 6 / 4 = 150 %, above the latest target
    s = narrative.kalimat_sub_kegiatan(row(realisasi_k=6.0, target_k=5.0, capaian_k=120.0, target_k_perubahan=4.0))
    assert ("6 dari target 5 Paket (capaian 120,00%; target direvisi menjadi 4 di Tabel 3.2: capaian "
            "150,00%, sudah melampaui target tahunan)") in s
    # the same target in both tables, or none in 3.2: the sentence of a row without revision
    plain = narrative.kalimat_sub_kegiatan(row(realisasi_k=6.0, target_k=5.0, capaian_k=120.0))
    for same in (5.0, None):
        assert narrative.kalimat_sub_kegiatan(row(realisasi_k=6.0, target_k=5.0, capaian_k=120.0,
                                               target_k_perubahan=same)) == plain


def test_a_revision_is_named_beside_nothing_realised_and_no_target():
    s = narrative.kalimat_sub_kegiatan(row(realisasi_k=0.0, capaian_k=0.0, target_k_perubahan=8.0,
                                        status="tertinggal"))
    assert s.startswith("*Sub A*: belum ada realisasi kinerja dari target 4 Paket (target direvisi menjadi 8 di "
                        "Tabel 3.2);")
    s = narrative.kalimat_sub_kegiatan(row(target_k=None, capaian_k=None, target_k_perubahan=8.0))
    assert s.startswith("*Sub A*: tanpa target kinerja yang dapat diukur di Tabel 2.2 (target direvisi menjadi 8 "
                        "di Tabel 3.2);")


def test_scheduled_for_tw3():
    s = narrative.kalimat_sub_kegiatan(row(realisasi_k=0.0, capaian_k=0.0, realisasi_rp=0.0, serapan_rp=0.0,
                                        status="belum_dilaksanakan", keterangan="Dilaksanakan ditribulan 3"))
    assert s.endswith("dijadwalkan kemudian (\u201cDilaksanakan ditribulan 3\u201d).")


def test_a_disputed_realisasi_is_shown_with_its_dispute():
    # Tabel 2.2 says 31, Tabel 2.1 says 25 (a kritis finding on the same line)
    temuan = pd.DataFrame({"tingkat": ["kritis"], "jenis": ["antar_tabel_tidak_cocok"],
                           "tabel": ["Tabel 2.2 vs Tabel 2.1"], "baris_sumber": [312], "kolom": ["realisasi_k"],
                           "nilai_hitung": [25.0]})
    r = row(nama="Pemulihan Usaha Mikro", realisasi_k=31.0, target_k=25.0, capaian_k=124.0, satuan="Unit Usaha",
            baris_sumber=312)
    s = narrative.kalimat_sub_kegiatan(r, narrative._sengketa(temuan))
    assert "31 (dipersoalkan: menurut Tabel 2.1 25, temuan kritis) dari target 25 Unit Usaha" in s
    # a peringatan does not dispute the number
    assert "dipersoalkan" not in narrative.kalimat_sub_kegiatan(r, narrative._sengketa(temuan.assign(tingkat="peringatan")))


def _sub(**cols):
    n = len(cols["nama"])
    base = {"level": ["sub_kegiatan"] * n, "program": ["P"] * n, "baris_sumber": list(range(1, n + 1))}
    return pd.DataFrame(base | cols)


def test_average_with_its_spread_names_the_worst_row():
    # 200 % and 0 %: mean 100; the second spent 97 % with no output and has a kritis finding
    ev = _sub(nama=["Izin A", "Izin B"], capaian_k=[200.0, 0.0], serapan_rp=[71.0, 97.0],
              pagu_rp=[110.0, 10.0], status=["melampaui_target", "serapan_tanpa_output"])
    temuan = pd.DataFrame({"tingkat": ["kritis"], "baris_sumber": [2]})
    r = summary.capaian_ringkas(ev, temuan=temuan).loc["P"]
    # pagu-weighted: (200 x 110 + 0 x 10) / 120 = 183,33
    assert narrative.kalimat_capaian(r) == (
        "rata-rata 100,00% dari 2 sub kegiatan yang dinilai (200,00% dan 0,00%; tertimbang pagu "
        "183,33%); terendah: *Izin B*, capaian 0,00% dengan serapan 97,00% tanpa output \u2014 kritis")


def test_scheduled_rows_are_left_out_of_the_average_and_said_so():
    ev = _sub(nama=["Due", "Later"], capaian_k=[80.0, 0.0], serapan_rp=[60.0, 0.0], pagu_rp=[10.0, 10.0],
              status=["sesuai_rencana", "belum_dilaksanakan"])
    r = summary.capaian_ringkas(ev).loc["P"]
    assert narrative.kalimat_capaian(r) == (
        "capaian 80,00% (1 sub kegiatan yang dinilai); 1 dijadwalkan pada triwulan berikutnya, tidak dihitung")
    everything_later = summary.capaian_ringkas(ev.assign(status="belum_dilaksanakan")).loc["P"]
    assert narrative.kalimat_capaian(everything_later) == (
        "belum ada sub kegiatan yang dinilai (2 dijadwalkan pada triwulan berikutnya, tidak dihitung)")


def test_findings_count_problems_apart_from_changes_and_confirmations():
    t = pd.DataFrame({"tingkat": ["kritis", "kritis", "peringatan", "info", "info", "info"],
                      "jenis": ["a", "b", "c", "angka_ambigu", "angka_ambigu", "revisi_target"]})
    s = narrative.kalimat_temuan(t)
    # a revised target is a change a reviewer must approve, never "bukan masalah"
    assert s == ("3 masalah (2 kritis, 1 peringatan), 1 perubahan yang perlu disetujui (1 target direvisi), "
                 "dan 2 catatan info yang bukan masalah (2 angka ambigu yang dipastikan dengan bukti)")
    assert "6 temuan" not in s
    only_changes = narrative.kalimat_temuan(t[t["jenis"] == "revisi_target"])
    assert only_changes == ("tidak ada masalah (tidak ada temuan kritis atau peringatan) dan 1 perubahan yang "
                            "perlu disetujui (1 target direvisi)")
    assert "bukan masalah" not in only_changes


def test_program_summary_on_the_fixture(mini):
    text = narrative.ringkasan_program(mini.evaluasi, "PROGRAM PENGEMBANGAN UMKM", mini.temuan, mini.pergeseran,
                                    mini.tabel21, mini.rencana)
    # 45.000.000 / 50.000.000 = 90 %
    assert text.startswith("Program ini menyerap **90,00%** dari pagu Rp50.000.000 (Rp45.000.000), "
                           "di atas harapan triwulan 50%")
    assert "Indikator program (\u201cPresentase UMKM yang naik kelas\u201d) belum diukur" in text
    # 6 of 5 = 120 % (pagu 30 jt) and 0 of 60 (pagu 20 jt, 80 % spent): mean 60, weighted 3600/50 = 72
    assert ("rata-rata 60,00% dari 2 sub kegiatan yang dinilai (120,00% dan 0,00%; "
            "tertimbang pagu 72,00%); terendah: *Penumbuhan dan Pengembangan Kewirausahaan*, capaian "
            "0,00% dengan serapan 80,00% tanpa output \u2014 kritis") in text
    # line 40 capaian > 100 % (peringatan), line 41 serapan tanpa output (kritis)
    assert "Temuan pada program ini: 2 masalah (1 kritis, 1 peringatan)." in text


def test_program_details_name_serapan_tanpa_output_as_what_it_is(mini):
    text = narrative.narasi_program(mini.evaluasi, "PROGRAM PENGEMBANGAN UMKM", mini.temuan, mini.pergeseran)
    assert "Sesuai rencana atau melampaui target:\n\n- *Pengembangan Usaha Mikro*: 6 dari target 5 Unit Usaha" in text
    assert ("Serapan tanpa output (anggaran terserap, output belum ada):\n\n- *Penumbuhan dan Pengembangan "
            "Kewirausahaan*: belum ada realisasi kinerja dari target 60 Orang; serapan 80,00% "
            "(Rp16.000.000 dari Rp20.000.000); keterangan: \u201cDilaksanakan di triwulan 3\u201d.") in text
    assert "Tertinggal" not in text
    # the fixture has no section 3.2: no P-APBD pagu, nothing said of a reallocation
    assert "P-APBD" not in text and "perubahan anggaran" not in text
    assert "Yang perlu diperiksa reviewer:" in text and "**Kritis** (serapan tanpa output)" in text


def test_office_summary_on_the_fixture(mini):
    text = narrative.ringkasan_dinas(mini.evaluasi, mini.temuan, None, triwulan=2)
    # programs: 30.000.000 + 50.000.000 pagu, 12.000.000 + 45.000.000 realised = 71,25 %
    assert text.startswith("Sampai dengan triwulan II, serapan 2 program **71,25%** (Rp57.000.000 dari "
                           "pagu Rp80.000.000), di atas harapan linear 50%")
    # mean of ratios (50 + 25 + 120 + 0) / 4 = 48,75; weighted (50x10 + 25x20 + 120x30 + 0x20) / 80 = 57,50
    assert "rata-rata 48,75% dari 4 sub kegiatan yang dinilai, di bawah harapan 50%." in text
    # below the expectation yet Sangat Tinggi: 48,75 / 50 = 97,50% of it, and the sentence says why
    assert ("Predikat kinerjanya Sangat Tinggi karena predikat menilai capaian terhadap harapan: 48,75% "
            "adalah 97,50% dari harapan itu.") in text
    assert "tertimbang pagu 57,50%" in text
    assert "Temuan: 3 masalah (1 kritis, 2 peringatan)" in text
    assert "[Kualitas data](30-kualitas-data.ipynb)" in text
    assert "1 melampaui target" in text
    # the triage block sits between the verdict and the details
    assert text.index("### Perlu ditangani lebih dulu") < text.index("Rincian:")
    assert "### Perlu ditangani" not in narrative.ringkasan_dinas(mini.evaluasi, mini.temuan, None, triase=False)


def test_navigation_links_of_program_pages():
    d = pd.DataFrame({"notebook": ["01-a", "02-b", "03-c"], "program": ["PROGRAM A", "PROGRAM <B>", "PROGRAM C"]})
    first, middle, last = (narrative.navigasi_program(d, n) for n in d["notebook"])
    assert "Sebelumnya" not in first and "[PROGRAM &lt;B&gt;](02-b.ipynb)" in first
    assert "(01-a.ipynb)" in middle and "(03-c.ipynb)" in middle
    assert "[Temuan program ini](../30-kualitas-data.ipynb#temuan-02-b)" in middle
    assert "[Ikhtisar Dinas](../00-ikhtisar.ipynb)" in last and "Berikutnya" not in last


def test_program_table_links_and_escapes(mini):
    d = summary.daftar_program(mini.evaluasi, mini.temuan)
    d.loc[0, "program"] = "PROGRAM <script>|X"
    milik = summary.program_temuan(mini.temuan, mini.evaluasi)
    text = narrative.tabel_program(d, mini.temuan, milik)
    lines = text.splitlines()
    assert len(lines) == 2 + len(d)
    assert "[PROGRAM &lt;script&gt;\\|X](program/01-" in lines[2]
    assert f"[PROGRAM PENGEMBANGAN UMKM](program/{d.loc[1, 'notebook']}.ipynb)" in lines[3]
    assert lines[3].endswith("| 1 / 1 |")          # kritis line 41, peringatan line 40
    # mean 60 over 120 % and 0 %, the 0 % row (line 41) with a kritis finding
    assert "| 60,00% (0,00% sampai 120,00%; terendah kritis) |" in lines[3]


def test_quality_summary_on_the_fixture(mini):
    d = summary.daftar_program(mini.evaluasi, mini.temuan)
    milik = summary.program_temuan(mini.temuan, mini.evaluasi, mini.tabel21, mini.pergeseran, mini.rencana)
    text = narrative.ringkasan_kualitas(mini.temuan, milik, d)
    assert text.startswith("Pemeriksaan dokumen menghasilkan **3 masalah** (1 kritis, 2 peringatan).")
    assert "Masalah kritis: 1 serapan tanpa output." in text
    assert f"(#temuan-{d.loc[1, 'notebook']})" in text        # UMKM: 1 kritis + 1 peringatan, the most
    assert "Temuan kritis:\n\n- **Kritis** (serapan tanpa output)" in text


def test_section_heading_escapes_and_counts():
    t = pd.DataFrame({"tingkat": ["peringatan"], "jenis": ["satuan_tidak_wajar"]})
    html = narrative.judul_bagian_temuan("temuan-dokumen", "Temuan <b>tingkat</b> dokumen", t)
    assert html.startswith('<h3 id="temuan-dokumen">Temuan &lt;b&gt;tingkat&lt;/b&gt; dokumen</h3>')
    assert "1 masalah (0 kritis, 1 peringatan)." in html and "<a " not in html


def test_unknown_program():
    with pytest.raises(ValueError):
        narrative.narasi_program(pd.DataFrame({"program": ["A"]}), "B")


def test_daftar():
    assert narrative._daftar(["a"]) == "a"
    assert narrative._daftar(["a", "b"]) == "a dan b"
    assert narrative._daftar(["a", "b", "c"]) == "a, b, dan c"


def test_reallocation_list_says_the_order_it_has():
    # REV-E E6: "dari yang terbesar dalam persen" over increases then cuts listed 10,19% above 30,00%
    from renja_analysis.present.narrative import ringkasan_pergeseran

    def pergeseran(selisih):
        apbd = [100.0] * len(selisih)
        return pd.DataFrame({"level": ["program"] * len(selisih), "nama": [f"P {i}" for i in range(len(selisih))],
                             "pagu_apbd_rp": apbd, "pagu_papbd_rp": [a + d for a, d in zip(apbd, selisih)],
                             "selisih_rp": selisih, "selisih_persen": selisih})
    both = ringkasan_pergeseran(pergeseran([10.0, -30.0, 20.0]))
    assert ("Perubahan pagu per program, yang bertambah lalu yang berkurang, masing-masing dari yang terbesar "
            "dalam persen:") in both
    assert both.index("*P 2* bertambah") < both.index("*P 0* bertambah") < both.index("*P 1* berkurang")
    naik = ringkasan_pergeseran(pergeseran([10.0, 30.0]))
    assert "Perubahan pagu per program, dari yang terbesar dalam persen:" in naik
    assert naik.index("*P 1* bertambah") < naik.index("*P 0* bertambah")


def test_a_program_new_at_p_apbd_heads_the_increases():
    # REV-H H11: a program with APBD pagu 0 (+Rp50, no percent) came after a +10,00% one under "dari yang terbesar
    # dalam persen"; growth from nothing is the largest
    from renja_analysis.present.narrative import ringkasan_pergeseran

    p = pd.DataFrame({"level": ["program"] * 3, "nama": ["P A", "P BARU", "P C"],
                      "pagu_apbd_rp": [60.0, 0.0, 40.0], "pagu_papbd_rp": [66.0, 50.0, 34.0],
                      "selisih_rp": [6.0, 50.0, -6.0], "selisih_persen": [10.0, None, -15.0]})
    teks = ringkasan_pergeseran(p)
    assert teks.index("*P BARU* bertambah") < teks.index("*P A* bertambah") < teks.index("*P C* berkurang")
