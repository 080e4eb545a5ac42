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

    # two documents of Dinas A's latest period (both TW II): both are counted, each named with its period
    dua = pd.concat([EV, EV[EV["dokumen"] == "a2"].assign(dokumen="a2b")], ignore_index=True)
    r = comparison.per_dokumen(dua, pd.DataFrame({"dokumen": ["a2", "a2b", "b2"], "tingkat": ["kritis"] * 3}))
    text = narrative.narasi_antar_instansi(r)
    assert "sama banyak di setiap dokumen (1 masing-masing)." in text
    r = comparison.per_dokumen(dua, pd.DataFrame({"dokumen": ["a2", "a2b"], "tingkat": ["kritis"] * 2}))
    assert ("terbanyak pada *Dinas A* (2024 TW II) dan *Dinas A* (2024 TW II): 1 masing-masing."
            in narrative.narasi_antar_instansi(r))


def _doc(dokumen, pemda, instansi, triwulan, pagu, realisasi):
    """One program row and one sub kegiatan of the same pagu and realisation (capaian 50)."""
    return pd.DataFrame({"dokumen": dokumen, "pemda": pemda, "instansi": instansi, "tahun": 2024,
                         "jenis_dokumen": "Renja Perubahan", "triwulan": triwulan, "level": ["program", "sub_kegiatan"],
                         "pagu_rp": [pagu, pagu], "realisasi_rp": [realisasi, realisasi], "capaian_k": [None, 50.0]})


def test_trend_is_per_pemda_and_office_and_never_within_one_period():
    from renja_analysis.present import narrative

    # two pemda's Dinas A: Kab P in TW I (realisation 50), Kab Q in TW II (30): two offices, no trend,
    # and no "cumulative realisation fell" (50 -> 30 are not one office's figures)
    dua_pemda = pd.concat([_doc("p", "Kabupaten P", "Dinas A", 1, 100.0, 50.0), _doc("q", "Kabupaten Q", "Dinas A", 2, 100.0, 30.0)],
                          ignore_index=True)
    t = comparison.tren(comparison.per_dokumen(dua_pemda, TEMUAN.iloc[:0]))
    assert not t["realisasi_turun"].any() and t["pagu_sebelumnya_rp"].isna().all()
    text = narrative.ringkasan_tren(t)
    assert text.startswith("Korpus memuat 2 instansi dalam 2 periode-dokumen; 0 instansi punya lebih dari satu")
    assert "- *Dinas A, Kabupaten P*: hanya satu periode (2024 TW I), belum ada tren." in text
    assert "- *Dinas A, Kabupaten Q*: hanya satu periode (2024 TW II), belum ada tren." in text
    assert "lebih kecil" not in text
    # one office, two documents of TW II (other numbers: they conflict) and one of TW I (realisation 20):
    # TW II is not a period after another TW II; TW I has nothing comparable after it
    satu = pd.concat([_doc("a", "Kabupaten P", "Dinas A", 2, 100.0, 50.0), _doc("b", "Kabupaten P", "Dinas A", 2, 100.0, 30.0),
                      _doc("c", "Kabupaten P", "Dinas A", 1, 100.0, 20.0)], ignore_index=True)
    t = comparison.tren(comparison.per_dokumen(satu, TEMUAN.iloc[:0]))
    assert t["dokumen"].tolist() == ["c", "a", "b"] and t["periode_ganda"].tolist() == [False, True, True]
    assert not t["realisasi_turun"].any() and t["perubahan_serapan"].isna().all()
    text = narrative.narasi_tren(t)
    assert text == ("- *Dinas A*: hanya satu periode (2024 TW I), belum ada tren. Periode 2024 TW II punya 2 dokumen "
                    "(a dan b) yang tidak dapat diurutkan: periode itu tidak dibandingkan sebagai tren (bila angkanya "
                    "berbeda, lihat temuan dokumen bertentangan).")
    assert narrative.ringkasan_tren(t).startswith("Korpus memuat 1 instansi dalam 3 periode-dokumen;")


def test_offices_compared_on_their_latest_period_findings_counted_once():
    from renja_analysis.present import narrative

    # Dinas A in TW I (serapan 40/100 = 40 %, 160 % of 25) and TW II (40 %, 80 % of 50); Dinas B TW II 30/100
    # = 30 % (60 % of 50). One kritis finding carried from A's TW I into its TW II.
    ev = pd.concat([_doc("a1", "Kabupaten P", "Dinas A", 1, 100.0, 40.0), _doc("a2", "Kabupaten P", "Dinas A", 2, 100.0, 40.0),
                    _doc("b2", "Kabupaten P", "Dinas B", 2, 100.0, 30.0)], ignore_index=True)
    r = comparison.per_dokumen(ev, pd.DataFrame({"dokumen": ["a1", "a2"], "tingkat": ["kritis", "kritis"]}))
    assert comparison.terakhir(r).tolist() == [False, True, True]
    text = narrative.narasi_antar_instansi(r)
    assert text.startswith("Dari 3 dokumen, dibandingkan dokumen periode terakhir setiap instansi (2 dokumen; 1 "
                           "dokumen periode sebelumnya ada di halaman Tren), serapan tertinggi terhadap harapan "
                           "triwulannya ada pada *Dinas A* (2024 TW II: 40,00% dari harapan 50,00%")
    assert "terendah pada *Dinas B* (2024 TW II: 30,00%" in text and "TW I:" not in text
    assert ("Temuan yang perlu ditindaklanjuti (kritis dan peringatan) pada dokumen periode terakhir setiap instansi "
            "(temuan dokumen sebelumnya dapat berulang di dokumen berikutnya, jadi tidak ikut dijumlahkan): 1, 1 di "
            "antaranya kritis; terbanyak pada *Dinas A* (2024 TW II): 1.") in text


def test_office_comparison_ties_unranked_and_pemda():
    from renja_analysis.present import narrative

    # A 40/100 and B 80/200: both 40 % (tie at the top); D 30/100 lowest; E pagu 0: serapan undefined, not ranked
    ev = pd.concat([_doc("a", "Kabupaten P", "Dinas A", 2, 100.0, 40.0), _doc("b", "Kabupaten P", "Dinas B", 2, 200.0, 80.0),
                    _doc("d", "Kabupaten P", "Dinas D", 2, 100.0, 30.0), _doc("e", "Kabupaten P", "Dinas E", 2, 0.0, 0.0)],
                   ignore_index=True)
    text = narrative.narasi_antar_instansi(comparison.per_dokumen(ev, TEMUAN.iloc[:0]))
    assert ("tertinggi terhadap harapan triwulannya ada pada *Dinas A* (2024 TW II: 40,00% dari harapan 50,00%, "
            "predikat Tinggi) dan *Dinas B* (2024 TW II: 40,00% dari harapan 50,00%, predikat Tinggi), sedangkan "
            "yang terendah pada *Dinas D* (2024 TW II: 30,00%") in text
    assert ("Serapan tidak dapat dihitung, sehingga tidak ikut diperingkat, pada *Dinas E* (2024 TW II: jumlah pagu "
            "programnya Rp0).") in text
    assert "terendah pada *Dinas E*" not in text
    # the same office name in two pemda: each named with its pemda
    ev2 = pd.concat([_doc("p", "Kabupaten P", "Dinas A", 2, 100.0, 40.0), _doc("q", "Kabupaten Q", "Dinas A", 2, 100.0, 30.0)],
                    ignore_index=True)
    text = narrative.narasi_antar_instansi(comparison.per_dokumen(ev2, TEMUAN.iloc[:0]))
    assert "ada pada *Dinas A, Kabupaten P* (2024 TW II: 40,00%" in text and "terendah pada *Dinas A, Kabupaten Q* (2024" in text


def test_empty_program_realisation_is_not_summed_as_zero():
    from renja_analysis.present import narrative

    # x: program 1 (pagu 100) has an empty realisation cell, its sub kegiatan state 30 and 20: 50 is used;
    # program 2: 100 and 10. Serapan (50 + 10) / 200 = 30 % (summing the empty cell as 0: 10/200 = 5 %)
    x = pd.DataFrame({"dokumen": "x", "pemda": "Kab P", "instansi": "Dinas X", "tahun": 2024,
                      "jenis_dokumen": "Renja", "triwulan": 2,
                      "level": ["program", "sub_kegiatan", "sub_kegiatan", "program", "sub_kegiatan"],
                      "pagu_rp": [100.0, 60.0, 40.0, 100.0, 100.0], "realisasi_rp": [None, 30.0, 20.0, 10.0, 10.0],
                      "capaian_k": [None, 50.0, 50.0, None, 50.0]})
    # y: the program's cell and one of its two sub kegiatan's empty: its realisation is unknown, not 0
    y = x.assign(dokumen="y", instansi="Dinas Y", realisasi_rp=[None, 30.0, None, 10.0, 10.0])
    r = comparison.per_dokumen(pd.concat([x, y], ignore_index=True), TEMUAN.iloc[:0]).set_index("dokumen")
    assert r.loc["x", "realisasi_rp"] == 60.0 and r.loc["x", "serapan_rp"] == 30.0
    assert r.loc["x", "program_realisasi_rincian"] == 1 and r.loc["x", "program_realisasi_kosong"] == 0
    assert pd.isna(r.loc["y", "serapan_rp"]) and pd.isna(r.loc["y", "peringkat"])
    assert r.loc["y", "program_realisasi_kosong"] == 1
    text = narrative.narasi_antar_instansi(r.reset_index())
    # one of its two sub kegiatan states 30: not "in none of its rows" (REV-L L10)
    assert ("*Dinas Y* (2024 TW II: realisasi 1 program tidak tertulis di baris program dan tidak dapat dibaca "
            "dari rinciannya)") in text
    assert ("Realisasi program yang selnya kosong diambil dari jumlah realisasi kegiatan atau sub kegiatannya: "
            "1 program *Dinas X* (2024 TW II).") in text


def test_a_second_indicator_row_of_a_program_is_not_a_program():
    """REV-G G8: a program printed with two indicators (the second row: same name, another
    indicator, no rupiah: ``names.lanjutan``) is one program. Its realisation is the
    first row's 40, counted once: serapan 40/100 = 40 % (the second row taken as a program of
    its own, owning the kegiatan below, had its empty cell filled with their 40: 80 %)."""
    ev = pd.DataFrame({"dokumen": "x", "pemda": "Kabupaten P", "instansi": "Dinas X", "tahun": 2024,
                       "jenis_dokumen": "Renja", "triwulan": 2,
                       "level": ["program", "program", "kegiatan", "sub_kegiatan"],
                       "nama": ["Program P", "Program P", "Kegiatan K", "Sub S"],
                       "indikator": ["Indikator 1", "Indikator 2", "Indikator K", "Indikator S"],
                       "pagu_rp": [100.0, None, 100.0, 100.0], "realisasi_rp": [40.0, None, 40.0, 40.0],
                       "capaian_k": [None, None, None, 50.0]})
    rp = comparison.realisasi_program(ev)
    assert rp.index.tolist() == [0] and rp["realisasi_rp"].tolist() == [40.0]
    r = comparison.per_dokumen(ev, TEMUAN.iloc[:0]).iloc[0]
    assert (r["pagu_rp"], r["realisasi_rp"], r["serapan_rp"]) == (100.0, 40.0, 40.0)
    assert r["program_realisasi_rincian"] == 0 and r["program_realisasi_kosong"] == 0


def test_a_second_indicator_row_of_a_kegiatan_is_no_kegiatan_without_realisation():
    """The program's realisation cell is empty: its kegiatan's cells are summed. Kegiatan K states
    30 on its first row; its second indicator row (no rupiah) is not a kegiatan whose realisation
    is missing, so the program's realisation is 30 (serapan 30/100 = 30 %), not unknown (one sub
    kegiatan's cell is empty too, so the sub kegiatan cannot stand in)."""
    ev = pd.DataFrame({"dokumen": "x", "pemda": "Kabupaten P", "instansi": "Dinas X", "tahun": 2024,
                       "jenis_dokumen": "Renja", "triwulan": 2,
                       "level": ["program", "kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
                       "nama": ["Program P", "Kegiatan K", "Kegiatan K", "Sub S1", "Sub S2"],
                       "indikator": ["Indikator P", "Indikator 1", "Indikator 2", "Indikator S1", "Indikator S2"],
                       "pagu_rp": [100.0, 100.0, None, 60.0, 40.0], "realisasi_rp": [None, 30.0, None, 30.0, None],
                       "capaian_k": [None, None, None, 50.0, 50.0]})
    r = comparison.per_dokumen(ev, TEMUAN.iloc[:0]).iloc[0]
    assert (r["realisasi_rp"], r["serapan_rp"]) == (30.0, 30.0)
    assert r["program_realisasi_rincian"] == 1 and r["program_realisasi_kosong"] == 0


def test_one_office_whatever_form_its_pemda_is_written_in():
    """REV-G G6: 'Kab. P' and 'Kabupaten P' are one pemda (keys.pemda_baku), so Dinas A's TW I
    and TW II documents are one office: a trend (20 % -> 50 % of the same pagu 100: +30 points),
    TW I not its latest period, and the one pemda not named beside the offices. Kab. Q's Dinas A,
    sorted between the two forms by its raw name, is another office and does not break the
    order of Kabupaten P's periods (TW II before TW I would read as a realisation that fell)."""
    from renja_analysis.present import narrative, styling

    ev = pd.concat([_doc("a2", "Kab. P", "Dinas A", 2, 100.0, 50.0), _doc("b2", "Kabupaten P", "Dinas B", 2, 100.0, 10.0),
                    _doc("a1", "Kabupaten P", "Dinas A", 1, 100.0, 20.0)], ignore_index=True)
    r = comparison.per_dokumen(ev, TEMUAN.iloc[:0])
    assert r["dokumen"].tolist() == ["a2", "b2", "a1"]
    assert comparison.terakhir(r).tolist() == [True, True, False]
    assert comparison.nama_instansi(r).tolist() == ["Dinas A", "Dinas B", "Dinas A"]
    assert styling.tabel_antar_instansi(r).data["Pemda"].tolist() == ["Kabupaten P"] * 3
    t = comparison.tren(r)
    assert t["dokumen"].tolist() == ["a1", "a2", "b2"]
    assert t["perubahan_serapan"].tolist()[1] == 30.0 and not t["realisasi_turun"].any()
    assert narrative.ringkasan_tren(t).startswith("Korpus memuat 2 instansi dalam 3 periode-dokumen; 1 instansi punya")
    # a third pemda form in between (Kab. Q, its own office) keeps Kabupaten P's periods in order
    ev3 = pd.concat([ev, _doc("q1", "Kab. Q", "Dinas A", 1, 100.0, 90.0)], ignore_index=True)
    t = comparison.tren(comparison.per_dokumen(ev3, TEMUAN.iloc[:0]))
    assert t["dokumen"].tolist() == ["a1", "a2", "q1", "b2"]
    assert t["perubahan_serapan"].tolist()[1] == 30.0 and not t["realisasi_turun"].any()
    assert comparison.nama_instansi(t).tolist()[:3] == ["Dinas A, Kabupaten P", "Dinas A, Kabupaten P",
                                                        "Dinas A, Kabupaten Q"]
