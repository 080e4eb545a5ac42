"""A keterangan schedules work for later only while the quarters it names are still ahead
(REV-E E1), "belum diukur" only before TW IV (E1), and a row without a target is "Tanpa
target", not "Belum diukur" (E7). Expected values derived by hand.

Every sub kegiatan below has target 4, realisation 0 of K and Rp, pagu 10: when it is due,
its capaian is 0 % (0 / 4), below 75 % of any expectation, so ``tertinggal``; when every
quarter its keterangan names is after the document's, ``belum_dilaksanakan``.
"""
import pandas as pd
import pytest

from renja_analysis import labels, metrics
from renja_analysis.present import explorer, narrative, summary

KETERANGAN = ["Dilaksanakan di triwulan 2", "Dilaksanakan ditribulan 3 dan 4", "Dilaksanakan Di tribulan3",
              "pelaksanaan TW IV"]
J, T = "belum_dilaksanakan", "tertinggal"


def _subs(keterangan=KETERANGAN) -> pd.DataFrame:
    n = len(keterangan)
    return pd.DataFrame({"level": ["sub_kegiatan"] * n, "target_k": [4.0] * n, "realisasi_k": [0.0] * n,
                         "pagu_rp": [10.0] * n, "realisasi_rp": [0.0] * n, "keterangan": keterangan})


@pytest.mark.parametrize("triwulan, expected", [
    (1, [J, J, J, J]),          # quarters 2, 3, 3, 4 are all after TW I
    (2, [T, J, J, J]),          # "triwulan 2" is due at TW II
    (3, [T, T, T, J]),          # "3 dan 4" and "tribulan3" name TW III: due now; only TW IV is ahead
    (4, [T, T, T, T]),          # the year's end: nothing is left for later
])
def test_scheduled_only_while_every_named_quarter_is_ahead(triwulan, expected):
    out = _subs().pipe(metrics.tambah_metrik, triwulan=triwulan).pipe(metrics.tambah_status, triwulan=triwulan)
    assert out["status"].tolist() == expected
    # a row that is due is judged: capaian 0 % is Sangat Rendah; a scheduled one has no predikat
    assert out["predikat_k"].astype("object").where(out["predikat_k"].notna(), None).tolist() == [
        None if s == J else "Sangat Rendah" for s in expected]


def test_quarter_per_row():
    df = _subs(["Dilaksanakan ditribulan 3 dan 4"] * 2)
    tw = pd.Series([2, 3], index=df.index)
    out = df.pipe(metrics.tambah_metrik, triwulan=tw)
    assert metrics.status_pelaksanaan(out, triwulan=tw).tolist() == [J, T]


def test_the_quarter_is_needed_where_a_keterangan_names_one():
    out = _subs().pipe(metrics.tambah_metrik, triwulan=3)
    with pytest.raises(ValueError, match="triwulan"):
        metrics.status_pelaksanaan(out)
    # or a ``triwulan`` column
    assert metrics.status_pelaksanaan(out.assign(triwulan=3)).tolist() == [T, T, T, J]


@pytest.mark.parametrize("teks, awal", [
    ("Dilaksanakan ditribulan 3 dan 4", 3.0), ("Dilaksanakan Di tribulan3", 3.0), ("pelaksanaan TW IV", 4.0),
    ("dilaksanakan tw iii-iv", 3.0), ("Dilaksanakan pada triwulan II s.d. IV", 2.0),
    ("Dilaksanakan di triwulan 3 dan 4 tahun 2024", 3.0),
])
def test_earliest_quarter_named(teks, awal):
    assert metrics.triwulan_dijadwalkan(teks) == awal


def test_no_quarter_named():
    for teks in ("Pengurangan Rp.1.980.000,- untuk BBM", "Pelaksanaan Bertahap - beberapa kegiatan", None):
        assert pd.isna(metrics.triwulan_dijadwalkan(teks))


def _program(triwulan: int) -> pd.DataFrame:
    # program target 5, realised 0; its two sub kegiatan are "ditribulan 3 dan 4"; nothing spent
    raw = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"], "program": ["PROGRAM P"] * 4,
        "kegiatan": [None, "K", "K", "K"], "nama": ["PROGRAM P", "K", "S1", "S2"],
        "indikator": ["Indeks", "Jumlah", "Jumlah", "Jumlah"], "satuan": ["Indeks", "Paket", "Paket", "Paket"],
        "target_k": [5.0, 2.0, 4.0, 4.0], "realisasi_k": [0.0] * 4, "pagu_rp": [20.0, 20.0, 10.0, 10.0],
        "realisasi_rp": [0.0] * 4, "keterangan": [None, None] + ["Dilaksanakan ditribulan 3 dan 4"] * 2,
        "solusi": [None] * 4, "baris_sumber": [1, 2, 3, 4], "urutan": [1, 2, 3, 4]})
    return raw.pipe(metrics.tambah_metrik, triwulan=triwulan).pipe(metrics.tambah_status, triwulan=triwulan)


def test_program_outcome_not_measured_before_tw_iv_only():
    tw3, tw4 = _program(3), _program(4)
    # TW III: the outcome realised 0 is not yet measured (no capaian, no predikat)
    assert tw3.loc[0, "capaian_k"] is pd.NA and pd.isna(tw3.loc[0, "predikat_k"])
    # TW IV: 0 of 5 is a capaian of 0 %, Sangat Rendah (0 / 100 x 100 = 0 <= 50)
    assert tw4.loc[0, "capaian_k"] == 0.0 and tw4.loc[0, "predikat_k"] == "Sangat Rendah"
    assert tw4["status"].tolist()[2:] == [T, T]
    teks = narrative.ringkasan_program(tw4, "PROGRAM P")
    assert "belum diukur" not in teks and "dijadwalkan" not in teks and "belum dilaksanakan" not in teks
    assert "Capaian indikator program (\u201cIndeks\u201d) 0,00% (predikat Sangat Rendah)" in teks


def test_tw_ii_keeps_the_schedule():
    tw2 = _program(2)
    assert tw2["status"].tolist()[2:] == [J, J]
    teks = narrative.ringkasan_program(tw2, "PROGRAM P")
    assert "seluruh 2 sub kegiatannya dijadwalkan pada triwulan berikutnya" in teks
    assert "Indikator program (\u201cIndeks\u201d) belum diukur pada triwulan ini" in teks


def test_no_target_is_not_belum_diukur():
    # E7: target 0, realised 2 -> no capaian (2 / 0), but something was measured
    df = pd.DataFrame({"level": ["sub_kegiatan", "sub_kegiatan", "program"], "target_k": [0.0, None, 83.0],
                       "realisasi_k": [2.0, 1.0, 0.0], "pagu_rp": [10.0, 10.0, 20.0],
                       "realisasi_rp": [5.0, 5.0, 10.0], "keterangan": [None] * 3, "program": ["P"] * 3})
    ev = df.pipe(metrics.tambah_metrik, triwulan=2).pipe(metrics.tambah_status, triwulan=2)
    assert ev["capaian_k"].isna().all()
    assert explorer.predikat_pembaca(ev).tolist() == ["Tanpa target", "Tanpa target", "Belum diukur"]
    assert summary.dengan_label_predikat(ev)["predikat_k"].tolist() == ["Tanpa target", "Tanpa target",
                                                                         "Belum diukur"]
    counts = summary.jumlah_predikat(ev)
    assert counts.loc["Tanpa target", ("Kinerja", "Sub kegiatan")] == 2
    assert counts.loc["Belum diukur", ("Kinerja", "Program")] == 1
    assert labels.predikat(None, target=0.0) == "Tanpa target"
    assert labels.predikat(None, target=4.0) == "Belum diukur"


def test_program_without_target_is_said_so():
    ev = _program(2).assign(target_k=[0.0, 2.0, 4.0, 4.0])
    ev = ev.pipe(metrics.tambah_metrik, triwulan=2).pipe(metrics.tambah_status, triwulan=2)
    teks = narrative.ringkasan_program(ev, "PROGRAM P")
    assert "Indikator program (\u201cIndeks\u201d) tanpa target di Tabel 2.2" in teks
    assert "belum diukur" not in teks
