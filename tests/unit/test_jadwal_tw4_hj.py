"""REV-H H3 and H7: an empty outcome realisation at TW IV is not a measured 0, and a negated or
moved schedule in a keterangan is read for what it says."""
import pandas as pd
import pytest

from renja_analysis import metrics
from renja_analysis.present import narrative, styling

T, J = "tertinggal", "belum_dilaksanakan"


def _prog(real_program, triwulan):
    """Program P (target 83) with realisation K ``real_program``; one kegiatan (target 10, K empty);
    one sub kegiatan with target 4, 2 realised, pagu 10, Rp 5 spent."""
    raw = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan"], "program": ["PROGRAM P"] * 3,
        "kegiatan": [None, "Kegiatan K", "Kegiatan K"], "nama": ["PROGRAM P", "Kegiatan K", "Sub S"],
        "indikator": ["Indeks", "Jumlah", "Jumlah"], "satuan": ["Indeks", "Paket", "Paket"],
        "target_k": [83.0, 10.0, 4.0], "realisasi_k": pd.array([real_program, None, 2.0], dtype="Float64"),
        "pagu_rp": [10.0] * 3, "realisasi_rp": [5.0] * 3, "keterangan": [None] * 3, "solusi": [None] * 3,
        "baris_sumber": [1, 2, 3], "urutan": [1, 2, 3]})
    return raw.pipe(metrics.tambah_metrik, triwulan=triwulan).pipe(metrics.tambah_status, triwulan=triwulan)


def test_tw_iv_empty_realisation_is_not_a_capaian_of_zero():
    ev = _prog(None, 4)
    # program and kegiatan: nothing reported -> no capaian, no predikat (not 0 %, not Sangat Rendah)
    assert ev["capaian_k"].iloc[:2].isna().all() and ev["predikat_k"].iloc[:2].isna().all()
    # the sub kegiatan: 2 of 4 = 50 %; expectation 100 % at TW IV -> x = 50 -> Sangat Rendah (<= 50)
    assert ev.loc[2, "capaian_k"] == 50.0 and ev.loc[2, "predikat_k"] == "Sangat Rendah"
    # a printed 0 at TW IV is measured: 0 of 83 = 0 %
    nol = _prog(0.0, 4)
    assert nol.loc[0, "capaian_k"] == 0.0 and nol.loc[0, "predikat_k"] == "Sangat Rendah"


@pytest.mark.parametrize("real", [None, 0.0])
def test_before_tw_iv_empty_and_zero_not_yet_measured(real):
    ev = _prog(real, 3)
    assert ev["capaian_k"].iloc[:2].isna().all() and ev["predikat_k"].iloc[:2].isna().all()


def test_tw_iv_empty_realisation_said_not_reported():
    teks = narrative.ringkasan_program(_prog(None, 4), "PROGRAM P")
    assert ("Realisasi indikator program (\u201cIndeks\u201d) tidak dilaporkan (kosong di Tabel 2.2), "
            "sehingga capaiannya tidak dihitung") in teks
    assert "belum diukur" not in teks
    # before TW IV the convention stays: not yet measured
    assert "Indikator program (\u201cIndeks\u201d) belum diukur pada triwulan ini" in narrative.ringkasan_program(
        _prog(None, 2), "PROGRAM P")
    html = styling.tabel_evaluasi(_prog(None, 4)).to_html()
    assert html.count("tidak dilaporkan") == 2          # program and kegiatan capaian cells


@pytest.mark.parametrize("ket, awal", [
    ("Tidak dilaksanakan di triwulan 3 dan 4 karena refocusing anggaran", None),
    ("Tidak dapat dilaksanakan pada triwulan IV", None),
    ("Batal dilaksanakan pada TW 3", None),
    ("Belum dilaksanakan, dijadwalkan triwulan 3", 3.0),      # the second schedule is not negated
    ("Semula dijadwalkan pada triwulan 4, dimajukan ke triwulan 1", 1.0),
    ("Semula dilaksanakan triwulan 2, diundur ke triwulan III", 3.0),
    ("Dilaksanakan ditribulan 3 dan 4", 3.0),
    ("Tidak hanya dilaksanakan di triwulan 4", 4.0),           # "tidak hanya" negates nothing
])
def test_triwulan_dijadwalkan_negation_and_move(ket, awal):
    got = metrics.triwulan_dijadwalkan(ket)
    assert (pd.isna(got) if awal is None else got == awal)


def test_negated_or_moved_schedule_is_judged_at_tw_i_and_ii():
    ket = ["Tidak dilaksanakan di triwulan 3 dan 4 karena refocusing anggaran",
           "Tidak dapat dilaksanakan pada triwulan IV",
           "Semula dijadwalkan pada triwulan 4, dimajukan ke triwulan 1",
           "Dilaksanakan ditribulan 3 dan 4"]
    df = pd.DataFrame({"level": ["sub_kegiatan"] * 4, "realisasi_k": [0] * 4, "realisasi_rp": [0] * 4,
                       "capaian_k": [0.0] * 4, "serapan_rp": [0.0] * 4, "harapan_tw": [50.0] * 4, "keterangan": ket})
    # nothing realised, capaian 0 of an expected 50 -> 0 < 75: tertinggal unless scheduled later
    for tw in (1, 2):
        assert metrics.status_pelaksanaan(df, triwulan=tw).tolist() == [T, T, T, J]


def test_a_schedule_moved_from_one_quarter_to_another_counts_where_it_went():
    # REV-I I4: "dari triwulan X" between the verb and "ke" hid the move (NaN: not scheduled)
    from renja_analysis.metrics import triwulan_dijadwalkan

    got = [triwulan_dijadwalkan(t) for t in ("Diundur dari triwulan 2 ke triwulan 4", "Dimajukan dari TW 4 ke TW 2",
                                             "Pelaksanaan diundur ke triwulan 4")]
    assert got == [4, 2, 4]


def test_a_move_from_several_quarters_or_a_date_counts_where_it_went():
    # REV-J J7: "dari" naming two quarters, a range or a date took one quarter only (NaN: not scheduled,
    # so due now and counted as not done); the quarter after "ke" decides: 4, 4, 4, 3. A move to no
    # quarter ("ke kegiatan lain") and one past a ";" schedule nothing
    from renja_analysis.metrics import triwulan_dijadwalkan

    got = [triwulan_dijadwalkan(t) for t in ("Diundur dari triwulan 2 dan 3 ke triwulan 4",
                                             "Diundur dari triwulan 2 s.d. 3 ke triwulan 4",
                                             "Diundur dari tanggal 3 ke triwulan 4",
                                             "Digeser dari TW I-II menjadi TW III")]
    assert got == [4, 4, 4, 3]
    for t in ("Dipindahkan dari triwulan 3 ke kegiatan lain", "Digeser dari triwulan 2; ke triwulan 4"):
        assert pd.isna(triwulan_dijadwalkan(t))
