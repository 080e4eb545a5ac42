"""Documents compared, on small hand-made tables (expected values computed by hand)."""
import pandas as pd

from renja_analysis.present import comparison


def _ev(dokumen, instansi, tahun, triwulan, pagu, realisasi, capaian, pagu_sub):
    """One program row and its sub kegiatan (capaian and pagu given)."""
    n = len(capaian)
    return pd.DataFrame({
        "dokumen": dokumen, "pemda": "Kab X", "instansi": instansi, "tahun": tahun, "jenis_dokumen": "Renja",
        "triwulan": triwulan, "level": ["program"] + ["sub_kegiatan"] * n,
        "pagu_rp": [pagu] + pagu_sub, "realisasi_rp": [realisasi] + [0.0] * n,
        "capaian_k": [None] + capaian})


EV = pd.concat([
    # A, TW I: serapan 30/100 = 30 %; capaian mean (40+80)/2 = 60, weighted (40*10+80*30)/40 = 70
    _ev("a1", "Dinas A", 2024, 1, 100.0, 30.0, [40.0, 80.0], [10.0, 30.0]),
    # A, TW II: serapan 90/200 = 45 %; capaian mean 50
    _ev("a2", "Dinas A", 2024, 2, 200.0, 90.0, [50.0], [200.0]),
    # B, TW II: serapan 10/50 = 20 %; one sub kegiatan without capaian is left out of both means
    _ev("b2", "Dinas B", 2024, 2, 50.0, 10.0, [20.0, None], [25.0, 25.0]),
], ignore_index=True)
TEMUAN = pd.DataFrame({"dokumen": ["a1", "b2", "b2", "b2"], "tingkat": ["info", "kritis", "peringatan", "info"]})


def test_per_dokumen():
    r = comparison.per_dokumen(EV, TEMUAN).set_index("dokumen")
    assert r["serapan_rp"].tolist() == [30.0, 45.0, 20.0]
    assert r["rata_capaian_k"].tolist() == [60.0, 50.0, 20.0]
    assert r["capaian_tertimbang_k"].tolist() == [70.0, 50.0, 20.0]
    assert r["harapan_tw"].tolist() == [25.0, 50.0, 50.0]
    # relative to the quarter: a1 120 %, a2 90 %, b2 40 % -> ranks 1, 2, 3
    assert r["peringkat"].tolist() == [1, 2, 3]
    assert r["predikat_rp"].astype(str).tolist() == ["Sangat Tinggi", "Tinggi", "Sangat Rendah"]
    # info findings are confirmations, not problems
    assert r["temuan_masalah"].tolist() == [0, 0, 2] and r["temuan_kritis"].tolist() == [0, 0, 1]
    assert r["periode"].tolist() == ["2024 TW I", "2024 TW II", "2024 TW II"]


def test_tren():
    t = comparison.tren(comparison.per_dokumen(EV, TEMUAN))
    assert t[["instansi", "periode"]].values.tolist() == [["Dinas A", "2024 TW I"], ["Dinas A", "2024 TW II"],
                                                         ["Dinas B", "2024 TW II"]]
    assert t["perubahan_serapan"].tolist()[1] == 15.0
    assert pd.isna(t["perubahan_serapan"].iloc[0]) and pd.isna(t["perubahan_serapan"].iloc[2])
