"""Every finding type on small hand-made tables: one fixture that triggers it and
one that must not. Expected values are worked out by hand in the comments."""
import pandas as pd
import pytest

from renja_analysis.findings import document as f
from renja_analysis.metrics import capaian, serapan


def ev(*rows):
    """An evaluasi-like table; each row a dict overriding the defaults."""
    base = dict(level="sub_kegiatan", kode=None, program="PROGRAM A", kegiatan="Kegiatan B",
                nama="Sub", indikator="Jumlah paket", satuan="Paket", target_k=4.0, realisasi_k=2.0,
                pagu_rp=100.0, realisasi_rp=50.0, capaian_k_dokumen=None, serapan_rp_dokumen=None,
                target_renstra=12.0, keterangan=None)
    df = pd.DataFrame([base | r for r in rows])
    df["urutan"] = range(1, len(df) + 1)
    df["baris_sumber"] = range(101, 101 + len(df))
    for c in ("target_k", "realisasi_k", "pagu_rp", "realisasi_rp", "capaian_k_dokumen",
              "serapan_rp_dokumen", "target_renstra"):
        df[c] = pd.to_numeric(df[c]).astype("Float64")
    df["capaian_k"] = capaian(df["realisasi_k"], df["target_k"])
    df["serapan_rp"] = serapan(df["realisasi_rp"], df["pagu_rp"])
    for c in ("kode", "nama", "keterangan", "satuan", "indikator", "program", "kegiatan"):
        df[c] = df[c].astype("string")
    df["capaian_k_dokumen"] = df["capaian_k_dokumen"].fillna(df["capaian_k"])
    df["serapan_rp_dokumen"] = df["serapan_rp_dokumen"].fillna(df["serapan_rp"])
    return df


NB = "\u00a0"      # no-break space (only before jt/M/T; PUEBI: "Rp5.000", "50,00%")


EMPTY21 = pd.DataFrame(columns=["level", "nama", "target_k", "realisasi_k", "capaian_k_dokumen",
                                "target_renstra", "realisasi_renstra_k", "capaian_renstra_dokumen",
                                "baris_sumber", "urutan_evaluasi", "satuan", "indikator"])


def review(rows, sisi="hasil_analisis"):
    base = dict(sisi=sisi, level="sub_kegiatan", nama="Sub", target_k=4.0, satuan=None, target_teks="4",
                pagu_rp=100.0, no=1)
    df = pd.DataFrame([base | r for r in rows])
    df["baris_sumber"] = range(201, 201 + len(df))
    return df


def rencana(rows):
    base = dict(kode=None, level="sub_kegiatan", nama="Sub", indikator="Jumlah", target_sebelum=4.0,
                target_sesudah=4.0, pagu_rkpd_rp=100.0, pagu_apbd_rp=100.0,
                pagu_rkpd_perubahan_rp=100.0, bertambah_berkurang_rp=0.0)
    df = pd.DataFrame([base | r for r in rows])
    df["baris_sumber"] = range(301, 301 + len(df))
    return df


def test_persen_tidak_cocok_both_ways():
    # stated 55 % where 2 of 4 is 50 %: 5 points off -> kritis; 50.004 is rounding -> nothing
    t = f.persen_tidak_cocok(ev({"capaian_k_dokumen": 55.0}, {"capaian_k_dokumen": 50.004}), EMPTY21)
    assert len(t) == 1 and t.loc[0, "jenis"] == "persen_tidak_cocok"
    assert (t.loc[0, "nilai_dokumen"], t.loc[0, "nilai_hitung"]) == (55.0, 50.0)
    assert t.loc[0, "tingkat"] == "kritis" and t.loc[0, "baris_sumber"] == 101
    t = f.persen_tidak_cocok(ev({"serapan_rp_dokumen": 52.0}), EMPTY21)
    assert t.loc[0, "tingkat"] == "peringatan" and t.loc[0, "kolom"] == "serapan_rp_dokumen"
    assert f.persen_tidak_cocok(ev({}, {"target_k": 0.0, "capaian_k_dokumen": 0.0}), EMPTY21).empty


def test_persen_message_is_indonesian_and_half_up():
    # 2.0625 of 10 = 20.625 %: half-up gives 20,63 (half-even would give 20,62); stated 25 %
    t = f.persen_tidak_cocok(ev({"target_k": 10.0, "realisasi_k": 2.0625, "capaian_k_dokumen": 25.0}), EMPTY21)
    assert t.loc[0, "pesan"] == ("Tabel 2.2 mencantumkan capaian K 25,00%, padahal angka di baris yang "
                                 "sama memberi 20,63%; periksa angka realisasi/target atau rumusnya.")


def test_jumlah_tidak_cocok_both_ways():
    rows = [{"level": "program", "pagu_rp": 300.0, "realisasi_rp": 90.0},
            {"level": "kegiatan", "pagu_rp": 300.0, "realisasi_rp": 90.0},
            {"pagu_rp": 100.0, "realisasi_rp": 40.0}, {"pagu_rp": 200.0, "realisasi_rp": 50.0}]
    # the closing total under the rows (line 204, rows 201-203): a total the rows fall short of
    # is then wrong, not a sign of rows cut off (test_tabel_terpotong)
    totals = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"], "nilai_rp": [300.0],
                           "baris_sumber": [204]})
    rv = review([{"level": "program", "pagu_rp": 300.0}, {"level": "kegiatan", "pagu_rp": 300.0},
                 {"pagu_rp": 300.0}])
    assert f.jumlah_tidak_cocok(ev(*rows), rv, totals).empty
    rows[1] = rows[1] | {"realisasi_rp": 95.0}                 # 40 + 50 = 90, not 95
    totals.loc[0, "nilai_rp"] = 310.0                          # programs sum to 300
    t = f.jumlah_tidak_cocok(ev(*rows), rv, totals)
    got = {(r.kolom, r.nilai_dokumen, r.nilai_hitung) for r in t.itertuples()}
    # the kegiatan (95 vs 90), the program (90 vs 95: its child now says 95), the stated total
    assert got == {("realisasi_rp", 95.0, 90.0), ("realisasi_rp", 90.0, 95.0), ("pagu_rp", 310.0, 300.0)}
    assert set(t["tingkat"]) == {"kritis"}


def test_antar_tabel_tidak_cocok_both_ways():
    e = ev({"nama": "Pemulihan Usaha Mikro", "target_k": 25.0, "realisasi_k": 31.0, "kode": "1.01.0001"})
    t21 = e[["nama", "target_k"]].assign(realisasi_k=25.0, baris_sumber=50, urutan_evaluasi=1)
    rc = rencana([{"kode": "1.01.0001", "nama": "Pemulihan Usaha Mikro", "pagu_apbd_rp": 100.0,
                   "target_sebelum": 25.0}])
    t = f.antar_tabel_tidak_cocok(e, t21, review([{}]).iloc[0:0], rc)
    assert len(t) == 1 and t.loc[0, "tingkat"] == "kritis" and t.loc[0, "kolom"] == "realisasi_k"
    assert (t.loc[0, "nilai_dokumen"], t.loc[0, "nilai_hitung"], t.loc[0, "baris_pembanding"]) == (31, 25, 50)
    t21_same = t21.assign(realisasi_k=31.0)
    assert f.antar_tabel_tidak_cocok(e, t21_same, review([{}]).iloc[0:0], rc).empty
    # 2.2 vs 3.3 by code: pagu APBD differs
    t = f.antar_tabel_tidak_cocok(e, t21_same, review([{}]).iloc[0:0], rc.assign(pagu_apbd_rp=120.0))
    assert t.loc[0, "kolom"] == "pagu_rp" and t.loc[0, "nilai_hitung"] == 120
    # 3.2 vs 3.3 by name: target after revision differs (50 vs 10)
    rv = review([{"nama": "Pemberdayaan Melalui Kemitraan Usaha Mikro", "target_k": 50.0}])
    rc2 = rencana([{"kode": "2.0002", "nama": "Pemberdayaan Melalui Kemiripan Usaha Mikro",
                    "target_sesudah": 10.0}])
    t = f.antar_tabel_tidak_cocok(e, t21_same, rv, rc2)
    assert t["kolom"].tolist() == ["target_k"] and t.loc[0, "nilai_hitung"] == 10


def test_a_code_written_twice_in_33_compares_nothing_by_it():
    # two kegiatan of 3.3 with one placeholder code: neither 3.3 row is the 2.2 row's; the rows
    # after them (their own codes) are still compared with their own 3.3 row, and agree
    e = ev({"nama": "Kegiatan A", "pagu_rp": 10.0, "kode": "2.17.01.2.XX"},
           {"nama": "Kegiatan B", "pagu_rp": 20.0, "kode": "2.17.01.2.XX"},
           {"nama": "Sub C", "pagu_rp": 5.0, "kode": "2.17.01.2.02.0001"})
    t21 = e[["nama", "target_k"]].iloc[0:0].assign(realisasi_k=[], baris_sumber=[], urutan_evaluasi=[])
    rc = rencana([{"kode": "2.17.01.2.XX", "nama": "Kegiatan A", "pagu_apbd_rp": 10.0},
                  {"kode": "2.17.01.2.XX", "nama": "Kegiatan B", "pagu_apbd_rp": 20.0},
                  {"kode": "2.17.01.2.02.0001", "nama": "Sub C", "pagu_apbd_rp": 5.0}])
    assert f.antar_tabel_tidak_cocok(e, t21, review([{}]).iloc[0:0], rc).query("kolom == 'pagu_rp'").empty
    # a real difference on the row with its own code is still found
    t = f.antar_tabel_tidak_cocok(e, t21, review([{}]).iloc[0:0], rc.assign(pagu_apbd_rp=[10.0, 20.0, 7.0]))
    assert t.query("kolom == 'pagu_rp'")[["nilai_dokumen", "nilai_hitung"]].values.tolist() == [[5.0, 7.0]]


def _shift(baris, selisih, baris_review=999):
    return pd.DataFrame({"baris_evaluasi": [baris], "selisih_rp": [selisih], "baris_review": [baris_review]})


def test_keterangan_both_ways():
    e = ev({"keterangan": "Pengurangan Rp.1.980.000,- untuk BBM"})
    t = f.keterangan_tidak_cocok(e, _shift(101, 178_132.0))
    assert t.loc[0, "jenis"] == "keterangan_tidak_cocok" and t.loc[0, "nilai_dokumen"] == -1_980_000
    # a change is said in words: no "-Rp", no "berubah"
    assert t.loc[0, "pesan"] == ("Keterangan menyebut pagu berkurang Rp1.980.000, tetapi dari APBD ke "
                                 "P-APBD pagu bertambah Rp178.132; keterangan atau pagu perlu diperbaiki.")
    t = f.keterangan_tidak_cocok(e, _shift(101, -1_980_000.0))
    assert t.loc[0, "jenis"] == "keterangan_cocok" and t.loc[0, "tingkat"] == "info"
    assert t.loc[0, "pesan"] == ("Keterangan menyebut pagu berkurang Rp1.980.000; dari APBD ke P-APBD "
                                 "pagu memang berkurang Rp1.980.000.")
    t = f.keterangan_tidak_cocok(e, _shift(101, 0.0))
    assert "pagu tidak berubah" in t.loc[0, "pesan"]
    assert f.keterangan_tidak_cocok(ev({"keterangan": "Dilaksanakan ditribulan 3"}), _shift(101, 5.0)).empty


def test_keterangan_amount_parsing():
    s = pd.Series(["Penambahan Rp 8.050,- untuk PAK", "Penambaha Rp. 48.000.000 untuk SPPD",
                   "Penambahan Rp. 5.481.000,- unt BBM", "tanpa angka"])
    assert f.perubahan_dari_keterangan(s).tolist()[:3] == [8050, 48_000_000, 5_481_000]


def test_keterangan_amount_in_words_and_several_changes():
    # amounts as offices write them (hostile review): "48 juta" is 48,000,000 (it was read as Rp48,
    # a false keterangan_tidak_cocok); a keterangan naming two changes announces their sum
    s = pd.Series(["Penambahan Rp. 48 juta untuk SPPD", "Pengurangan Rp 2,5 jt ATK", "Tambahan Rp 1,25 M",
                   "Penambahan Rp 50.000.000 SPPD dan pengurangan Rp 2.000.000 ATK",
                   "Penambahan Rp 10.000.000 (rincian Rp 4.000.000 ATK)", "Pengurangan Rp 750 ribu"])
    assert f.perubahan_dari_keterangan(s).tolist() == [48_000_000, -2_500_000, 1_250_000_000, 48_000_000,
                                                       10_000_000, -750_000]
    e = ev({"keterangan": "Penambahan Rp 50.000.000 SPPD dan pengurangan Rp 2.000.000 ATK"})
    t = f.keterangan_tidak_cocok(e, _shift(101, 48_000_000.0))
    assert t.loc[0, "jenis"] == "keterangan_cocok"
    assert t.loc[0, "pesan"] == ("Keterangan menyebut pagu bertambah Rp48.000.000; dari APBD ke P-APBD "
                                 "pagu memang bertambah Rp48.000.000.")


def test_keterangan_total_and_parts_not_counted_twice():
    # hostile review of the first version, which added every change: a total followed by its parts
    # (same direction) announces the total, once; a total said twice, once
    s = pd.Series(["Penambahan Rp 5.000.000 (penambahan SPPD Rp 3.000.000 dan penambahan ATK Rp 2.000.000)",
                   "Penambahan Rp 2.000.000 untuk SPPD. Total penambahan Rp 2.000.000",
                   "Penambahan Rp 10.000.000 terdiri dari: tambahan honor Rp 4.000.000, tambahan mamin Rp 6.000.000"])
    assert f.perubahan_dari_keterangan(s).tolist() == [5_000_000, 2_000_000, 10_000_000]
    # against the pagu change: the total is what is checked (cocok), never the double count
    t = f.keterangan_tidak_cocok(ev({"keterangan": s[0]}), _shift(101, 5_000_000.0))
    assert t.loc[0, "jenis"] == "keterangan_cocok"
    t = f.keterangan_tidak_cocok(ev({"keterangan": s[0]}), _shift(101, 10_000_000.0))
    assert t.loc[0, "jenis"] == "keterangan_tidak_cocok" and "bertambah Rp5.000.000" in t.loc[0, "pesan"]
    # parts listed without their total: their sum, when the pagu shows it, is the change announced
    parts = "tambahan ATK Rp 1.000.000 dan tambahan BBM Rp 1.000.000"
    t = f.keterangan_tidak_cocok(ev({"keterangan": parts}), _shift(101, 2_000_000.0))
    assert t.loc[0, "jenis"] == "keterangan_cocok"
    assert t.loc[0, "pesan"] == ("Keterangan menyebut pagu bertambah Rp2.000.000; dari APBD ke P-APBD "
                                 "pagu memang bertambah Rp2.000.000.")
    # both directions, a total first: the total (5) matches although the net of all three is 10
    # a change written as its two ends, and the verbs "berkurang"/"bertambah"/"ditambah"
    s2 = pd.Series(["Penambahan pagu dari Rp 10.000.000 menjadi Rp 12.000.000",
                    "Berkurang Rp. 2.000.000 dan bertambah Rp. 500.000", "Ditambah Rp 750.000 untuk ATK"])
    assert f.perubahan_dari_keterangan(s2).tolist() == [2_000_000, -1_500_000, 750_000]
    both = "Penambahan Rp 5.000.000 (penambahan Rp 6.000.000 ATK dan pengurangan Rp 1.000.000 BBM)"
    t = f.keterangan_tidak_cocok(ev({"keterangan": both}), _shift(101, 5_000_000.0))
    assert t.loc[0, "jenis"] == "keterangan_cocok" and t.loc[0, "nilai_dokumen"] == 5_000_000


def test_selisih_tidak_cocok_both_ways():
    rc = rencana([{"pagu_rkpd_rp": 20.0, "pagu_rkpd_perubahan_rp": 120.0, "bertambah_berkurang_rp": -20.0},
                  {"pagu_rkpd_rp": 10.0, "pagu_rkpd_perubahan_rp": 110.0, "bertambah_berkurang_rp": 100.0}])
    t = f.selisih_tidak_cocok(rc)
    assert len(t) == 1 and (t.loc[0, "nilai_dokumen"], t.loc[0, "nilai_hitung"]) == (-20, 100)
    assert t.loc[0, "baris_sumber"] == 301
    # 120 - 20 = 100: the stated -20 says "berkurang 20", the pagu grew by 100
    assert t.loc[0, "pesan"] == ("Kolom bertambah/berkurang menyatakan pagu berkurang Rp20, padahal dari "
                                 "RKPD Rp20 ke RKPD Perubahan Rp120 pagu bertambah Rp100.")


def test_capaian_berlebih_both_ways():
    t = f.capaian_berlebih(ev({"realisasi_k": 5.0}, {"realisasi_k": 8.0}, {"realisasi_k": 4.0}))
    # 5/4 = 125 % peringatan; 8/4 = 200 % kritis; 4/4 = 100 % is not over
    assert t["tingkat"].astype(str).tolist() == ["peringatan", "kritis"]
    assert t["nilai_hitung"].tolist() == [125.0, 200.0]
    assert t.loc[0, "pesan"].startswith("Capaian 125,00% (5 dari target 4 Paket) sudah di atas 100%")
    # a satuan that is itself a number is named, not glued to the value ("4 10")
    t = f.capaian_berlebih(ev({"realisasi_k": 8.0, "satuan": "10"}))
    assert "(8 dari target 4 (satuan tertulis \u201c10\u201d))" in t.loc[0, "pesan"]


def test_serapan_tanpa_output_and_output_tanpa_serapan():
    e = ev({"realisasi_k": 0.0, "realisasi_rp": 80.0}, {"realisasi_k": 0.0, "realisasi_rp": 10.0},
           {"realisasi_k": 2.0, "realisasi_rp": 0.0}, {"realisasi_k": 0.0, "realisasi_rp": 0.0},
           {"level": "program", "realisasi_k": 0.0, "realisasi_rp": 50.0})
    t = f.serapan_tanpa_output(e)
    assert t["baris_sumber"].tolist() == [101, 102]                # the program row is not judged
    assert t["tingkat"].astype(str).tolist() == ["kritis", "peringatan"]   # 80 % >= 75; 10 %
    t = f.output_tanpa_serapan(e)
    assert t["baris_sumber"].tolist() == [103]


def test_target_melebihi_renstra_both_ways():
    ts = pd.DataFrame({"indikator": ["Omset", "SAKIP"], "target_renja": [90.0, 80.0],
                       "target_perubahan": [None, 70.0], "target_akhir_renstra": [85.0, 75.0],
                       "baris_sumber": [1, 2]})
    t = f.target_melebihi_renstra(ev({"target_k": 555.0, "target_renstra": 72.0}, {}), ts)
    assert t["baris_sumber"].tolist() == [101, 1, 2]
    assert t["kolom"].tolist() == ["target_k", "target_renja", "target_renja"]
    ts_ok = ts.assign(target_renja=[80.0, 70.0])
    assert f.target_melebihi_renstra(ev({}), ts_ok).empty


def test_revisi_target_both_ways():
    e = ev({"target_k": 10.0})
    rv = pd.concat([review([{"target_k": 5.0, "satuan": "unit usaha", "target_teks": "5 unit usaha"}],
                           sisi="rancangan_awal"),
                    review([{"target_k": 60.0, "satuan": "unit usaha", "target_teks": "60 unit usaha"}])],
                   ignore_index=True)
    rv["baris_sumber"] = [201, 201]
    shift = pd.DataFrame({"baris_evaluasi": [101], "baris_review": [201]})
    t = f.revisi_target(e, rv, shift, rencana([{"target_sebelum": 30.0, "target_sesudah": 32.0}]))
    assert t["tabel"].tolist() == ["Tabel 2.2 vs Tabel 3.2 (Review P-RKPD)", "Tabel 3.2 (Review P-RKPD)",
                                   "Tabel 3.3 (Rencana Perubahan)"]
    # 10 -> 60 is 6 times, 5 -> 60 is 12 times: warnings; 30 -> 32 (x 1,07) stays info
    assert t["tingkat"].astype(str).tolist() == ["peringatan", "peringatan", "info"]
    ujung = ". Revisi sebesar ini perlu alasan dan persetujuan reviewer; periksa juga apakah satuannya tetap sama."
    assert t["pesan"].tolist() == [
        "Target berubah dari 10 Paket di Renja (Tabel 2.2) menjadi 60 unit usaha di Tabel 3.2 (Review P-RKPD): "
        "target naik menjadi 6 kali lipat" + ujung,
        "Rancangan awal menargetkan 5 unit usaha, hasil analisis kebutuhan 60 unit usaha: "
        "target naik menjadi 12 kali lipat" + ujung,
        "Target sebelum perubahan 30, sesudah 32."]
    same = rv.assign(target_k=10.0)
    assert f.revisi_target(e, same, shift, rencana([{}])).empty


def test_revisi_target_formats_the_number_not_the_document_text():
    # 3.2 wrote "1.00%" (English decimal point): the message shows the number the Indonesian way;
    # Tabel 2.2's satuan "10" is a number and is named as such. 10 -> 1 is a tenth: peringatan
    e = ev({"target_k": 10.0, "satuan": "10"})
    rv = review([{"target_k": 1.0, "satuan": "%", "target_teks": "1.00%"}])
    shift = pd.DataFrame({"baris_evaluasi": [101], "baris_review": [201]})
    t = f.revisi_target(e, rv, shift, rencana([{}]))
    assert t.loc[0, "pesan"].startswith("Target berubah dari 10 (satuan tertulis \u201c10\u201d) di Renja (Tabel 2.2) "
                                        "menjadi 1% di Tabel 3.2 (Review P-RKPD): target turun menjadi "
                                        "sepersepuluhnya (faktor 10).")
    assert t.loc[0, "tingkat"] == "peringatan"


@pytest.mark.parametrize("lama, baru, tingkat, kata", [
    (10.0, 20.0, "peringatan", "naik menjadi 2 kali lipat"),                 # exactly 2: warned
    (10.0, 19.9, "info", ""),                                               # 1,99 times: a small revision
    (10.0, 5.0, "peringatan", "turun menjadi separuhnya (faktor 2)"),        # exactly half: warned
    (10.0, 5.1, "info", ""),
    (294.0, 30.0, "peringatan", "turun menjadi 10,2% dari semula (faktor 9,8)"),  # 30/294 = 0,102
    (80.0, 2.0, "peringatan", "turun menjadi 1/40 dari semula (faktor 40)"),
    (0.0, 5.0, "peringatan", "naik dari 0 (tidak ada faktor kelipatan)"),    # no factor from zero
    (5.0, 0.0, "peringatan", "turun menjadi 0"),
    (0.0, 0.0, "info", ""),
    (None, 5.0, "info", ""),                                                 # a text target: size unknown
    (5.0, pd.NA, "info", ""),
    (5.0, -5.0, "peringatan", "berganti tanda (positif/negatif)"),
])
def test_besar_revisi_thresholds_zero_and_na(lama, baru, tingkat, kata):
    assert f.besar_revisi(lama, baru) == (tingkat, kata)


def test_revisi_target_from_or_to_zero_is_a_warning_without_a_factor():
    e = ev({"target_k": 0.0}, {"target_k": 8.0})
    rv = review([{"target_k": 12.0}, {"target_k": 0.0}])
    shift = pd.DataFrame({"baris_evaluasi": [101, 102], "baris_review": [201, 202]})
    t = f.revisi_target(e, rv, shift, rencana([{}]))
    assert t["tingkat"].astype(str).tolist() == ["peringatan", "peringatan"]
    assert "naik dari 0 (tidak ada faktor kelipatan)" in t.loc[0, "pesan"]
    assert "target turun menjadi 0." in t.loc[1, "pesan"]


def test_capaian_berlebih_names_the_revised_target():
    # 20 of 10 = 200 % against Tabel 2.2; Tabel 3.2 revised the target to 25: 20 / 25 = 80 %, not reached.
    # 6 of 4 = 150 % revised to 5: 6 / 5 = 120 %, still above. No revision: the message as before.
    e = ev({"realisasi_k": 20.0, "target_k": 10.0, "satuan": "Unit Usaha"},
           {"realisasi_k": 6.0, "target_k": 4.0}, {"realisasi_k": 5.0, "target_k": 4.0})
    e["target_k_perubahan"] = pd.array([25.0, 5.0, 4.0], dtype="Float64")
    t = f.capaian_berlebih(e)
    assert t["tingkat"].astype(str).tolist() == ["kritis", "kritis", "peringatan"]     # as Tabel 2.2 states
    assert t.loc[0, "pesan"] == (
        "Capaian 200,00% (20 dari target 10 Unit Usaha di Tabel 2.2) sudah di atas 100% sebelum akhir "
        "tahun; Tabel 3.2 (Review P-RKPD) merevisi target menjadi 25, capaian terhadapnya 80,00% (target "
        "revisi belum tercapai); periksa apakah realisasi dihitung benar dan revisi target itu disetujui.")
    assert "capaian terhadapnya 120,00% (juga di atas target revisi)" in t.loc[1, "pesan"]
    assert t.loc[2, "pesan"].startswith("Capaian 125,00% (5 dari target 4 Paket) sudah di atas")
    assert "revisi" not in t.loc[2, "pesan"]


def test_nilai_negatif_names_the_column_in_words():
    e = ev({"pagu_rp": -5000.0})
    t = f.nilai_negatif({"evaluasi": e})
    assert t.loc[0, "kolom"] == "pagu_rp"                  # the code stays in the data
    assert t.loc[0, "pesan"].startswith("Kolom pagu (Rp) bernilai negatif (-5.000);")


def test_satuan_tidak_wajar_both_ways():
    e = ev({"satuan": "10"}, {"indikator": "Presentase Serapan Anggaran", "satuan": "Indeks"},
           {"indikator": "Persentase koperasi aktif", "satuan": "Persen (%)"}, {})
    shift = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "pagu_apbd_rp": [100.0, 50.0],
                          "pagu_papbd_rp": [100.0, 50.0]})
    rv = review([{}])
    t = f.satuan_tidak_wajar(e, EMPTY21, rv, ["Pagu Indikatif (Rp.000)"], shift)
    assert t["baris_sumber"].tolist() == [101, 102, 201]
    assert t.loc[2, "nilai_dokumen"] == 1000 and t.loc[2, "nilai_hitung"] == 1.0
    # a header in thousands whose values are in thousands (ratio ~ 1/1000) is fine
    shift_k = shift.assign(pagu_papbd_rp=[0.1, 0.05])
    assert len(f.satuan_tidak_wajar(ev({}), EMPTY21, rv, ["Pagu Indikatif (Rp.000)"], shift_k)) == 0


def test_schema_of_every_function():
    t = f.capaian_berlebih(ev({"realisasi_k": 8.0}))
    assert list(t.columns) == f.COLUMNS
    assert list(t["tingkat"].cat.categories) == ["info", "peringatan", "kritis"]
    assert list(f.empty().columns) == f.COLUMNS


def test_revisi_target_of_another_indicator_claims_no_factor():
    # Tabel 2.2: "Presentase Serapan Anggaran" 80 Indeks; its matched 3.2 row: "Jumlah Dokumen Keuangan" 2.
    # Two indicators, not one target divided by 40: a peringatan naming both, no factor
    e = ev({"indikator": "Presentase Serapan Anggaran Perangkat Daerah", "target_k": 80.0, "satuan": "Indeks"})
    rv = review([{"indikator": "Jumlah Dokumen Keuangan", "target_k": 2.0, "target_teks": "2"}])
    shift = pd.DataFrame({"baris_evaluasi": [101], "baris_review": [201]})
    t = f.revisi_target(e, rv, shift, rencana([{}]))
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and t["kolom"].tolist() == ["indikator"]
    pesan = t["pesan"].iloc[0]
    assert pesan.startswith("Indikator berbeda: Renja (Tabel 2.2) \u201cPresentase Serapan Anggaran")
    assert "\u201cJumlah Dokumen Keuangan\u201d dengan target 2" in pesan
    assert "kali lipat" not in pesan and "faktor" not in pesan and "1/40" not in pesan
    # the same indicator reworded is a revision of its target (80 -> 2 is divided by 40)
    rv2 = review([{"indikator": "Persentase serapan anggaran perangkat daerah", "target_k": 2.0, "target_teks": "2"}])
    assert "1/40" in f.revisi_target(e, rv2, shift, rencana([{}]))["pesan"].iloc[0]


def test_teks_terlalu_panjang_every_kind_of_text_column():
    # limit 5 characters: "abcdef" (6) is over it in an Arrow "string" column, in a "str" column and in an
    # object column; "abcde" (5) is not; a categorical column is never measured
    evaluasi = pd.DataFrame({"nama": pd.Series(["abcdef", "Sub"], dtype="string"),
                             "keterangan": pd.Series(["abcde", None], dtype="string"),
                             "level": pd.Categorical(["sub_kegiatan", "sub_kegiatan"]), "pagu_rp": [123456.0, 1.0],
                             "baris_sumber": [101, 102]})
    pergeseran = pd.DataFrame({"nama": pd.Series(["abc", "abcdef"], dtype="str"),
                               "catatan": pd.Series(["abcdefg", None], dtype=object),
                               "level": pd.Categorical(["program", "abcdefgh"]),
                               "baris_sumber": [7, 8]})
    out = f.teks_terlalu_panjang({"evaluasi": evaluasi, "pergeseran": pergeseran, "temuan": evaluasi}, batas=5)
    got = out[["tabel", "baris_sumber", "kolom", "nilai_dokumen", "nilai_hitung"]].astype(object).values.tolist()
    assert got == [["Tabel 2.2", 101, "nama", 6.0, 5.0],
                   ["Pergeseran anggaran", 8, "nama", 6.0, 5.0],
                   ["Pergeseran anggaran", 7, "catatan", 7.0, 5.0]]
    assert out["pesan"].iloc[0].startswith("Sel nama berisi 6 karakter, melebihi batas satu sel Excel (5)")
    assert f.teks_terlalu_panjang({"evaluasi": evaluasi}, batas=6).empty


def test_isin_of_arrow_text_is_pandas_isin():
    codes = pd.Series(["2.17.01", "2.17.02", "2.17.01.2.01", "x"], dtype="string")
    other = pd.Index(["2.17.01.2.01", "2.17.01", "2.17.01"], dtype="string")     # repeated: no matter
    assert f._isin(codes, other).tolist() == [True, False, True, False]
    assert f._isin(codes, other).tolist() == codes.isin(other).tolist()
    assert f._isin(codes, pd.Index([], dtype="string")).tolist() == [False] * 4


def test_teks_per_nilai_formats_each_number_once():
    calls = []

    def fmt(v):
        calls.append(v)
        return f.format_perubahan(v)

    values = pd.Series([5e6, -5e6, 5e6, -0.0, 0.0, None, -5e6, float("nan")], dtype="Float64")
    got = f._teks_per_nilai(values, fmt).to_pylist()
    # by hand: 5e6 bertambah, -5e6 berkurang, both zeros "tidak berubah", NA and NaN "-"
    assert got == ["bertambah Rp5.000.000", "berkurang Rp5.000.000", "bertambah Rp5.000.000", "tidak berubah",
                   "tidak berubah", "-", "berkurang Rp5.000.000", "-"]
    assert got == [f.format_perubahan(v) for v in values.tolist()]
    assert len(calls) == 4          # 5e6, -5e6, one zero (-0.0 and 0.0 are one value), one missing


def test_keterangan_equal_to_the_pagu_change_names_it_twice():
    ev = pd.DataFrame({"keterangan": ["Penambahan Rp 2.000.000 SPPD", "Pengurangan Rp.500.000,-", None],
                       "baris_sumber": [10, 11, 12], "nama": ["A", "B", "C"]})
    pg = pd.DataFrame({"baris_evaluasi": pd.array([10, 11, 12], dtype="Int64"),
                       "baris_review": pd.array([70, 71, 72], dtype="Int64"),
                       "selisih_rp": pd.array([2_000_000.0, 400_000.0, 1.0], dtype="Float64")})
    t = f.keterangan_tidak_cocok(ev, pg)
    assert t["jenis"].tolist() == ["keterangan_cocok", "keterangan_tidak_cocok"]
    assert t["pesan"].tolist() == [
        "Keterangan menyebut pagu bertambah Rp2.000.000; dari APBD ke P-APBD pagu memang bertambah Rp2.000.000.",
        "Keterangan menyebut pagu berkurang Rp500.000, tetapi dari APBD ke P-APBD pagu bertambah Rp400.000; "
        "keterangan atau pagu perlu diperbaiki."]
    assert t["baris_pembanding"].tolist() == [70, 71]
