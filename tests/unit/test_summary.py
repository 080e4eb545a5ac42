"""Summary tables: what an average stands for, counts of findings, findings per program."""
import pandas as pd
import pytest

from renja_analysis.present import summary


def sub(**cols):
    n = len(cols["nama"])
    base = {"level": ["sub_kegiatan"] * n, "baris_sumber": list(range(1, n + 1))}
    return pd.DataFrame(base | cols)


def test_capaian_over_due_rows_with_weighted_and_worst():
    ev = sub(program=["P", "P", "P", "Q"], nama=["A", "B", "C", "D"], capaian_k=[200.0, 0.0, 0.0, 40.0],
             serapan_rp=[71.0, 97.0, 0.0, 10.0], pagu_rp=[110.0, 10.0, 15.0, 5.0],
             status=["melampaui_target", "serapan_tanpa_output", "belum_dilaksanakan", "tertinggal"])
    out = summary.capaian_ringkas(ev, temuan=pd.DataFrame({"tingkat": ["kritis"], "baris_sumber": [2]}))
    p, q = out.loc["P"], out.loc["Q"]
    assert (p["jumlah_sub_kegiatan"], p["jumlah_dijadwalkan"], p["jumlah_dinilai"]) == (3, 1, 2)
    assert p["rata_capaian_k"] == 100.0                                   # (200 + 0) / 2, C left out
    assert p["capaian_tertimbang_k"] == pytest.approx(22000 / 120)        # (200x110 + 0x10) / (110 + 10)
    assert (p["capaian_min_k"], p["capaian_maks_k"]) == (0.0, 200.0)
    assert p["terendah_nama"] == "B" and p["terendah_status"] == "serapan_tanpa_output"
    assert p["terendah_serapan_rp"] == 97.0 and bool(p["terendah_kritis"])
    assert q["rata_capaian_k"] == 40.0 and not bool(q["terendah_kritis"])


def test_worst_row_among_equal_capaian_is_the_one_that_spent_most():
    ev = sub(program=["P"] * 3, nama=["A", "B", "C"], capaian_k=[0.0, 0.0, 50.0], serapan_rp=[10.0, 97.0, 40.0],
             pagu_rp=[1.0, 1.0, 1.0], status=["tertinggal", "serapan_tanpa_output", "sesuai_rencana"])
    assert summary.capaian_ringkas(ev).loc["P", "terendah_nama"] == "B"


def test_whole_office_and_rows_without_target():
    ev = sub(program=["P", "Q", "Q"], nama=["A", "B", "C"], capaian_k=[60.0, None, 20.0],
             serapan_rp=[50.0, 50.0, 50.0], pagu_rp=[30.0, 10.0, 10.0],
             status=["sesuai_rencana", "sesuai_rencana", "tertinggal"])
    r = summary.capaian_ringkas(ev, by=None).loc["dinas"]
    assert (r["jumlah_dinilai"], r["jumlah_tanpa_target"]) == (2, 1)
    assert r["rata_capaian_k"] == 40.0                                    # (60 + 20) / 2
    assert r["capaian_tertimbang_k"] == pytest.approx(50.0)               # (60x30 + 20x10) / 40


def test_daftar_program_carries_the_capaian_columns(mini):
    d = summary.daftar_program(mini.evaluasi, mini.temuan)
    umkm = d.set_index("program").loc["PROGRAM PENGEMBANGAN UMKM"]
    assert umkm["rata_capaian_k"] == 60.0 and umkm["capaian_tertimbang_k"] == pytest.approx(72.0)
    assert umkm["terendah_nama"] == "Penumbuhan dan Pengembangan Kewirausahaan" and umkm["terendah_kritis"]
    assert d["notebook"].tolist()[1].startswith("02-")


def test_jumlah_temuan_and_table():
    t = pd.DataFrame({"tingkat": ["kritis", "info", "info", "peringatan"],
                      "jenis": ["serapan_tanpa_output", "angka_ambigu", "revisi_target", "satuan_tidak_wajar"]})
    j = summary.jumlah_temuan(t)
    assert (j["masalah"], j["kritis"], j["peringatan"], j["info"]) == (2, 1, 1, 2)
    # of the two info rows, the revised target is a change needing approval, the keterangan a confirmation
    assert (j["perubahan"], j["konfirmasi"]) == (1, 1)
    table = summary.tabel_jumlah_temuan(t)
    assert table.loc["Jumlah"].tolist() == [1, 1, 1, 1]
    assert table.loc["Target direvisi", "Info: perubahan yang perlu disetujui"] == 1
    assert table.loc["Angka ambigu yang dipastikan dengan bukti", "Info: bukan masalah"] == 1
    assert "Serapan tanpa output" in table.index and not any("_" in i for i in table.index)


def test_program_of_each_finding(mini):
    extra = pd.DataFrame({"baris_sumber": [29, 999], "nama": ["Pagu Indikatif (Rp.000)", None]})
    t = pd.concat([mini.temuan[["baris_sumber", "nama"]], extra], ignore_index=True)
    got = summary.program_temuan(t, mini.evaluasi, mini.tabel21, mini.pergeseran, mini.rencana)
    # lines 36 (Tabel 2.2, program 1), 40 and 41 (program 2); a header on a program line and an unknown
    # line are about the document
    assert got.tolist()[:3] == ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA",
                                "PROGRAM PENGEMBANGAN UMKM", "PROGRAM PENGEMBANGAN UMKM"]
    assert got.isna().tolist()[3:] == [True, True]


def test_scheduled_is_labelled_dijadwalkan_never_sangat_rendah():
    ev = pd.DataFrame({"level": ["program", "sub_kegiatan", "sub_kegiatan"], "program": ["P"] * 3,
                       "realisasi_rp": [0.0, 0.0, 0.0], "status": [None, "belum_dilaksanakan", "tertinggal"],
                       "predikat_k": [None, None, "Sangat Rendah"], "predikat_rp": [None, None, "Sangat Rendah"]})
    counts = summary.jumlah_predikat(ev)
    assert counts.loc["Dijadwalkan", ("Kinerja", "Sub kegiatan")] == 1
    assert counts.loc["Sangat Rendah", ("Kinerja", "Sub kegiatan")] == 1
    assert counts.loc["Belum diukur", ("Kinerja", "Program")] == 1           # one sub kegiatan is due
    shown = summary.dengan_label_predikat(ev)
    assert shown["predikat_k"].tolist() == ["Belum diukur", "Dijadwalkan", "Sangat Rendah"]


def test_angka_utama_says_what_the_average_is_over(mini):
    a = summary.angka_utama(mini.evaluasi, mini.temuan).set_index("ukuran")["nilai"]
    assert a["Rata-rata capaian 4 sub kegiatan yang dinilai"] == pytest.approx(48.75)
    assert a["Capaian tertimbang pagu (sub kegiatan yang dinilai)"] == pytest.approx(57.5)
    assert (a["Masalah kritis"], a["Masalah peringatan"], a["Catatan info (bukan masalah)"]) == (1, 2, 0)
    assert a["Perubahan yang perlu disetujui (info)"] == 0


def test_a_disputed_capaian_is_counted_and_named():
    # two due sub kegiatan; the second's realisasi is disputed by a kritis antar_tabel finding
    # (Tabel 2.1 says another number); a kritis serapan_tanpa_output on the first is a state, not a dispute
    ev = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "program": ["P"] * 2, "nama": ["A", "B"],
                       "capaian_k": [0.0, 124.0], "serapan_rp": [90.0, 85.0], "pagu_rp": [10.0, 30.0],
                       "baris_sumber": [5, 6], "status": ["serapan_tanpa_output", "melampaui_target"]})
    temuan = pd.DataFrame({"tingkat": ["kritis", "kritis"], "jenis": ["serapan_tanpa_output", "antar_tabel_tidak_cocok"],
                           "baris_sumber": [5, 6]})
    r = summary.capaian_ringkas(ev, temuan=temuan).loc["P"]
    assert int(r["jumlah_dipersoalkan"]) == 1 and r["dipersoalkan_nama"] == "B"
    assert bool(r["terendah_kritis"])       # A: lowest, with its own kritis finding


def test_worst_row_says_how_many_share_its_capaian():
    # REV-E E5: "Capaian terendah: X" named 1 of 7 sub kegiatan at 0,00% as if it were the only one
    from renja_analysis.present.narrative import kalimat_capaian

    ev = pd.DataFrame({"level": ["sub_kegiatan"] * 4, "program": ["P"] * 4, "nama": ["A", "B", "C", "D"],
                       "capaian_k": [0.0, 0.0, 0.0, 80.0], "serapan_rp": [10.0, 40.0, 20.0, 50.0],
                       "pagu_rp": [1.0] * 4, "baris_sumber": [1, 2, 3, 4], "status": ["tertinggal"] * 3 + ["sesuai_rencana"]})
    r = summary.capaian_ringkas(ev).loc["P"]
    assert (r["terendah_nama"], int(r["terendah_seri"])) == ("B", 3)       # B spent most of the three at 0 %
    teks = kalimat_capaian(r)
    assert "terendah: *B* (salah satu dari 3 sub kegiatan dengan capaian terendah yang sama" in teks
    sendiri = summary.capaian_ringkas(ev.assign(capaian_k=[0.0, 5.0, 6.0, 80.0])).loc["P"]
    assert (sendiri["terendah_nama"], int(sendiri["terendah_seri"])) == ("A", 1)
    assert "salah satu" not in kalimat_capaian(sendiri)


def test_a_tie_hidden_by_float_noise_is_a_tie():
    # REV-H H8: 0,7 of 10 is 6.999999999999999 % and 7 of 100 is 7.000000000000001 %, both shown 7,00%: they share
    # the lowest capaian; of the two, "Sosialisasi" spent more (80 % against 10 %) and is the one named
    ev = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "program": ["P"] * 3, "nama": ["Pembangunan Jalan", "Sosialisasi", "Lain"],
                       "capaian_k": [0.7 / 10 * 100, 7 / 100 * 100, 90.0], "serapan_rp": [10.0, 80.0, 50.0],
                       "pagu_rp": [1.0] * 3, "baris_sumber": [1, 2, 3], "status": ["tertinggal"] * 3})
    assert ev["capaian_k"][0] != ev["capaian_k"][1]
    r = summary.capaian_ringkas(ev).loc["P"]
    assert (r["terendah_nama"], int(r["terendah_seri"])) == ("Sosialisasi", 2)
