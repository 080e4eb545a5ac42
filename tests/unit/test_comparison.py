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
    # Dinas A's pagu doubled (100 -> 200): 30 % and 45 % are shares of different amounts, so no change in
    # points; the change of pagu is 100 %, and against each quarter's expectation 30/25 = 120, 45/50 = 90
    assert t["perubahan_pagu_persen"].tolist()[1] == 100.0 and not t["pagu_sama"].any()
    assert t["perubahan_serapan"].isna().all()
    assert t["serapan_relatif"].tolist() == [120.0, 90.0, 40.0]
    assert t["realisasi_turun"].tolist() == [False, False, False]          # 30 -> 90


SAMA = pd.concat([
    # C, TW I: 40/200 = 20 %; TW II: same pagu 200, 100/200 = 50 %: +30 points
    _ev("c1", "Dinas C", 2024, 1, 200.0, 40.0, [50.0], [200.0]),
    _ev("c2", "Dinas C", 2024, 2, 200.0, 100.0, [60.0], [200.0]),
    # C, TW III: pagu 250, realisation 90 < 100 of TW II: cumulative fell
    _ev("c3", "Dinas C", 2024, 3, 250.0, 90.0, [70.0], [250.0]),
], ignore_index=True)


def test_tren_compares_points_on_the_same_pagu_only():
    t = comparison.tren(comparison.per_dokumen(SAMA, TEMUAN.iloc[:0]))
    assert t["pagu_sama"].tolist() == [False, True, False]
    assert t["perubahan_serapan"].tolist()[1] == 30.0
    assert pd.isna(t["perubahan_serapan"].iloc[0]) and pd.isna(t["perubahan_serapan"].iloc[2])
    assert t["perubahan_pagu_persen"].tolist()[1:] == [0.0, 25.0]
    assert t["realisasi_turun"].tolist() == [False, False, True]


def test_trend_sentences_say_the_base():
    from renja_analysis.present import narrative

    t = comparison.tren(comparison.per_dokumen(pd.concat([EV, SAMA.iloc[:4]], ignore_index=True), TEMUAN))
    text = narrative.narasi_tren(t)
    # C on the same pagu Rp200: 20 % -> 50 %, +30 points
    assert ("*Dinas C*: serapan 20,00% (2024 TW I) menjadi 50,00% (2024 TW II) dari pagu yang sama Rp200, "
            "bertambah 30,00 poin") in text
    # A's pagu changed: no points, the expectations instead (120 % and 90 %)
    assert ("*Dinas A*: pagu Rp100 (2024 TW I) menjadi Rp200 (2024 TW II), sehingga persen serapannya tidak "
            "dibandingkan langsung. Terhadap harapan triwulan masing-masing, serapan 120,00% menjadi 90,00%.") in text
    assert "poin" not in text.split("*Dinas A*")[1].split("\n")[0]
    fell = narrative.narasi_tren(comparison.tren(comparison.per_dokumen(SAMA, TEMUAN.iloc[:0])))
    assert ("Realisasi kumulatif 2024 TW III (Rp90) lebih kecil daripada 2024 TW II (Rp100), padahal angka "
            "kumulatif tidak semestinya turun") in fell


def test_trend_table_and_corpus_files_are_styled():
    from renja_analysis.present import styling

    t = comparison.tren(comparison.per_dokumen(SAMA, TEMUAN.iloc[:0]))
    html = styling.tabel_tren(t).to_html()
    assert "pagu berubah" in html and "+30,00" in html and "+25,00%" in html and "Rp250" in html
    assert "font-weight: bold" in html                      # TW III's realisation that fell is marked
    dokumen = pd.DataFrame({"berkas": ["a.md", "rusak.md"], "status": ["terbaca", "gagal"],
                            "pesan": [None, "rusak.md: bukan dokumen Renja: " + "x" * 300]})
    html = styling.tabel_berkas_korpus(dokumen).to_html()
    assert "Tidak terbaca" in html and "x" * 300 in html and "a.md" not in html   # whole, never cut
    assert "<script" not in styling.tabel_berkas_korpus(dokumen.assign(pesan="<script>")).to_html()


def test_most_findings_name_the_period_of_an_office_seen_twice():
    from renja_analysis.present import narrative

    r = comparison.per_dokumen(EV, pd.DataFrame({"dokumen": ["a1", "a2", "b2"], "tingkat": ["kritis"] * 3}))
    text = narrative.narasi_antar_instansi(r)
    assert "sama banyak di setiap dokumen (1 masing-masing)." in text
    r = comparison.per_dokumen(EV, pd.DataFrame({"dokumen": ["a1", "a2"], "tingkat": ["kritis"] * 2}))
    assert ("terbanyak pada *Dinas A* (2024 TW I) dan *Dinas A* (2024 TW II): 1 masing-masing."
            in narrative.narasi_antar_instansi(r))
