"""What a Bappeda analyst asks of a pemda's Renja data (``present.pemda_analysis``), against
``tests/data/sipd-analis/`` (README: what is planted). Every expected value is derived by hand
from the README's tables; the arithmetic is in the comments."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from renja_analysis import load_sipd
from renja_analysis.config import NOTEBOOK_TEMPLATES, ROOT
from renja_analysis.load import SIPD_TABLES
from renja_analysis.output.processed import TABEL_KELUARAN, write_tables
from renja_analysis.present import pemda_analysis as pa

FOLDER = ROOT / "tests" / "data" / "sipd-analis"
DINKES, DIKBUD = "1.02.0.00.0.00.01.0000", "1.01.0.00.0.00.01.0000"
JT = 1_000_000


@pytest.fixture(scope="module")
def data():
    return load_sipd(FOLDER)


def _row(t: pd.DataFrame, kode: str) -> pd.Series:
    rows = t[t["kode_skpd"] == kode]
    assert len(rows) == 1
    return rows.iloc[0]


def test_fixture_is_what_the_script_writes(tmp_path):
    """The committed JSON is the script's output (no hand edits after the fact)."""
    import sys
    sys.path.insert(0, str(ROOT / "tests"))
    import sipd_analis_fixture as fx
    for path in fx.write(tmp_path):
        assert path.read_bytes() == (FOLDER / path.name).read_bytes()


def test_penunjang(data):
    """Kesehatan: X.XX.01 = records 1-2, 600 + 100 = 700 jt of 600 + 100 + 200 + 80 + 20 = 1.000 jt: 70%.
    Pendidikan: record 1, 50 jt of 50 + 300 + 150 + 0 = 500 jt: 10%. Offices in code order (1.01 first)."""
    t = pa.porsi_penunjang(data.rencana)
    assert t.columns.tolist() == pa.PENUNJANG_KOLOM
    assert t["kode_skpd"].tolist() == [DIKBUD, DINKES]
    cols = ["jumlah_sub_kegiatan", "jumlah_sub_kegiatan_penunjang", "pagu_rp", "pagu_penunjang_rp",
            "porsi_penunjang_persen"]
    assert _row(t, DINKES)[cols].tolist() == [5, 2, 1000 * JT, 700 * JT, 70.0]
    assert _row(t, DIKBUD)[cols].tolist() == [4, 1, 500 * JT, 50 * JT, 10.0]


def test_penunjang_code_rule():
    """The third part 01 with the bidang written out (1.02.01) is support too; 1.02.010 and 1.01.02 are not."""
    r = pd.DataFrame({"level": ["sub_kegiatan"] * 3, "kode_skpd": ["1"] * 3, "nama_skpd": ["A"] * 3,
                      "kode_program": ["1.02.01", "1.02.010", "1.01.02"], "pagu_rp": [10.0, 20.0, 70.0]})
    assert pa.porsi_penunjang(r)["pagu_penunjang_rp"].tolist() == [10.0]


def test_sumber_dana(data):
    """Kesehatan: DAU alone = records 1, 2: 600 + 100 = 700 jt (70%); DAK Non Fisik alone = record 4: 80 jt (8%);
    mixed = records 3 (DAU, DAK Fisik, 200 jt) and 5 (DAU, DAK Non Fisik, 20 jt): 220 jt once (22%); 700 + 80 +
    220 = 1.000 jt. Mentioned in a mix: DAU 200 + 20 = 220 jt (2), DAK Fisik 200 jt (1), DAK Non Fisik 20 jt (1).
    Pendidikan: DAU alone record 1, 50 jt (10%); DBH (one name with a hyphen) record 2, 300 jt (60%); mixed
    record 3 (DAK Fisik, DAU) 150 jt (30%); no source record 4, Rp0 (0%). DAK Fisik and DAU mentioned, 150 jt."""
    t = pa.sumber_dana(data.rencana)
    assert t.columns.tolist() == pa.SUMBER_DANA_KOLOM
    cols = ["sumber_dana", "jenis", "jumlah_sub_kegiatan", "pagu_rp", "porsi_pagu_persen",
            "jumlah_sub_kegiatan_disebut_campuran", "pagu_disebut_campuran_rp"]
    got = t[cols].astype(object).where(t[cols].notna(), None).values.tolist()
    dbh = "DANA TRANSFER UMUM-DANA BAGI HASIL"
    assert got == [
        ["DAK Fisik", "tunggal", 0, 0.0, 0.0, 1, 150 * JT],          # Pendidikan (1.01) first
        [dbh, "tunggal", 1, 300 * JT, 60.0, 0, 0.0],
        ["DAU", "tunggal", 1, 50 * JT, 10.0, 1, 150 * JT],
        [None, "campuran", 1, 150 * JT, 30.0, None, None],
        [None, "tidak_dicantumkan", 1, 0.0, 0.0, None, None],
        ["DAK Fisik", "tunggal", 0, 0.0, 0.0, 1, 200 * JT],          # Kesehatan
        ["DAK Non Fisik", "tunggal", 1, 80 * JT, 8.0, 1, 20 * JT],
        ["DAU", "tunggal", 2, 700 * JT, 70.0, 2, 220 * JT],
        [None, "campuran", 2, 220 * JT, 22.0, None, None],
    ]
    # nothing dropped or doubled: each office's pagu_rp rows add up to its pagu
    assert t.groupby("kode_skpd")["pagu_rp"].sum().to_dict() == {DIKBUD: 500 * JT, DINKES: 1000 * JT}


def test_sumber_dana_repeated_name_is_one_source():
    """"DAU, DAU" names one source (alone), and "undefined" is no source."""
    r = pd.DataFrame({"level": ["sub_kegiatan"] * 2, "kode_skpd": ["1"] * 2, "nama_skpd": ["A"] * 2,
                      "sumber_dana": ["DAU, DAU", "undefined"], "pagu_rp": [10.0, 5.0]})
    t = pa.sumber_dana(r)
    assert t[["jenis", "pagu_rp"]].values.tolist() == [["tunggal", 10.0], ["tidak_dicantumkan", 5.0]]


def test_label(data):
    """Kesehatan: no label = records 1, 2 (null), 5: 600 + 100 + 20 = 720 jt of 1.000 jt = 72%; kokab = record 3
    200 jt, prov = record 4 80 jt, pusat = record 3 200 jt. Pendidikan: no label = records 1, 3, 4: 50 + 150 + 0 =
    200 jt of 500 jt = 40%; kokab = record 2 300 jt. Every record carries the fields: nothing unknown."""
    t = pa.label_prioritas(data.rencana, data.rekaman)
    assert t.columns.tolist() == pa.LABEL_KOLOM
    cols = ["jumlah_sub_kegiatan_tanpa_label", "pagu_tanpa_label_rp", "porsi_tanpa_label_persen",
            "jumlah_sub_kegiatan_label_tidak_tercantum", "pagu_label_tidak_tercantum_rp", "pagu_label_kokab_rp",
            "pagu_label_prov_rp", "pagu_label_pusat_rp"]
    assert _row(t, DINKES)[cols].tolist() == [3, 720 * JT, 72.0, 0, 0.0, 200 * JT, 80 * JT, 200 * JT]
    assert _row(t, DIKBUD)[cols].tolist() == [3, 200 * JT, 40.0, 0, 0.0, 300 * JT, 0.0, 0.0]


def test_label_export_without_the_fields(sipd_pemda):
    """The bundled exports (tests/data/sipd) carry no label field: nothing is said "without label"
    (NA), all their pagu is "tidak tercantum" (Dinkes 5.026.000.000, see test_pemda)."""
    s = sipd_pemda                                  # load_sipd(ROOT / "tests" / "data" / "sipd")
    t = pa.label_prioritas(s.rencana, s.rekaman)
    r = _row(t, DINKES)
    assert pd.isna(r["pagu_tanpa_label_rp"]) and pd.isna(r["porsi_tanpa_label_persen"])
    assert r["pagu_label_tidak_tercantum_rp"] == 5_026_000_000
    assert "tidak dapat dinilai" in pa.kalimat("sipd_analisis_label", t)


def test_lokasi(data):
    """Kesehatan: Semua Kecamatan = records 1, 2, 4: 600 + 100 + 80 = 780 jt (3) of 1.000 jt = 78%; elsewhere
    records 3, 5: 220 jt. Pendidikan: Semua Kecamatan = records 1, 4: 50 + 0 = 50 jt (2); "undefined" = record 3,
    150 jt, counted apart; elsewhere record 2, 300 jt; share 50 / (500 - 150) = 14,2857... %."""
    t = pa.lokasi_semua_kecamatan(data.rencana)
    assert t.columns.tolist() == pa.LOKASI_KOLOM
    cols = ["jumlah_sub_kegiatan_semua_kecamatan", "pagu_semua_kecamatan_rp", "jumlah_sub_kegiatan_lokasi_kosong",
            "pagu_lokasi_kosong_rp", "pagu_lokasi_lain_rp"]
    assert _row(t, DINKES)[cols].tolist() == [3, 780 * JT, 0, 0.0, 220 * JT]
    assert _row(t, DINKES)["porsi_semua_kecamatan_persen"] == 78.0
    assert _row(t, DIKBUD)[cols].tolist() == [2, 50 * JT, 1, 150 * JT, 300 * JT]
    assert _row(t, DIKBUD)["porsi_semua_kecamatan_persen"] == pytest.approx(100 / 7)


def test_tanpa_keluaran(data):
    """Kesehatan record 4: pagu 80 jt, output "0 Orang": 1 sub kegiatan, 80 jt, 8%. Pendidikan record 4 has
    output "0 Unit" but pagu 0: not counted; 0."""
    t = pa.tanpa_keluaran(data.rencana, data.indikator)
    assert t.columns.tolist() == pa.KELUARAN_KOLOM
    cols = ["jumlah_sub_kegiatan_tanpa_keluaran", "pagu_tanpa_keluaran_rp", "porsi_tanpa_keluaran_persen"]
    assert _row(t, DINKES)[cols].tolist() == [1, 80 * JT, 8.0]
    assert _row(t, DIKBUD)[cols].tolist() == [0, 0.0, 0.0]
    d = pa.daftar_tanpa_keluaran(data.rencana, data.indikator)
    assert d[["kode", "pagu_rp", "target_teks", "baris_sumber"]].values.tolist() == [
        ["1.02.02.2.02.0001", 80 * JT, "0 Orang", 4]]


def test_tanpa_keluaran_needs_every_output_zero():
    """Two outputs, 0 and 3: the sub kegiatan has an output. An unreadable target is not 0."""
    r = pd.DataFrame({"urutan": [1, 2], "level": ["sub_kegiatan"] * 2, "kode_skpd": ["1"] * 2,
                      "nama_skpd": ["A"] * 2, "pagu_rp": [10.0, 10.0]})
    i = pd.DataFrame({"urutan_rencana": [1, 1, 2], "level": ["sub_kegiatan"] * 3,
                      "jenis_indikator": ["keluaran"] * 3, "target_terbaca": [True, True, False],
                      "target_max": [0.0, 3.0, None]})
    assert pa.tanpa_keluaran(r, i)["jumlah_sub_kegiatan_tanpa_keluaran"].tolist() == [0]


def test_outcome(data):
    """Six outcome lines, offices in record order of the indicator table (Kesehatan's file first):
    SAKIP 82 >= 80 met (higher, assumed); AKI 95 > 80 per 100.000 KH, lower is better ("kematian"): not met;
    Gizi Baik 92 >= 90 met; Pendidikan SAKIP 80 < 85 not met; APM 98,5 >= 98 met; Putus Sekolah 0,4 <= 0,5,
    lower is better ("putus sekolah"): met."""
    t = pa.outcome_tercapai(data.rencana, data.indikator)
    assert t.columns.tolist() == pa.OUTCOME_KOLOM
    got = t[["nama_skpd", "tolok_ukur", "arah", "dasar_arah", "kata_arah", "tercapai"]].astype(object)
    got = got.where(got.notna(), None).values.tolist()
    assert got == [
        ["DINAS KESEHATAN", "Nilai SAKIP Perangkat Daerah", "naik", "anggapan", None, True],
        ["DINAS KESEHATAN", "Angka Kematian Ibu", "turun", "nama", "kematian", False],
        ["DINAS KESEHATAN", "Persentase Balita Gizi Baik", "naik", "anggapan", None, True],
        ["DINAS PENDIDIKAN", "Nilai SAKIP Perangkat Daerah", "naik", "anggapan", None, False],
        ["DINAS PENDIDIKAN", "Angka Partisipasi Murni SD", "naik", "anggapan", None, True],
        ["DINAS PENDIDIKAN", "Angka Putus Sekolah", "turun", "nama", "putus sekolah", True],
    ]
    assert t["realisasi"].tolist() == [82.0, 95.0, 92.0, 80.0, 98.5, 0.4]
    assert t["target_akhir_min"].tolist() == [80.0, 80.0, 90.0, 85.0, 98.0, 0.5]


def test_outcome_unpaired_and_units(sipd_nyata):
    """An unpaired pack (sipd-nyata's Puskesmas: 3 indicators, 2 end targets) is never compared; units that
    differ are not compared; a range is met from its lower bound (higher is better)."""
    nyata = sipd_nyata                              # load_sipd(ROOT / "tests" / "data" / "sipd-nyata")
    t = pa.outcome_tercapai(nyata.rencana, nyata.indikator)
    pusk = t[t["nama_skpd"] == "PUSKESMAS SUKOMORO"]
    assert len(pusk) == 3 and pusk["tercapai"].isna().all()
    assert pusk["keterangan"].str.contains("tidak berpasangan").all()
    # the dinas: SAKIP 72,5 < 80, AKI 95 > 80, AKB 9 > 7 (lower is better): none met
    assert t[t["nama_skpd"] == "DINAS KESEHATAN"]["tercapai"].tolist() == [False, False, False]
    r = pd.DataFrame({"urutan": [1], "level": ["program"], "kode_skpd": ["1"], "nama_skpd": ["A"]})
    i = pd.DataFrame({"urutan_rencana": [1, 1], "level": ["program"] * 2, "jenis_indikator": ["outcome"] * 2,
                      "kode_sub_skpd": ["1"] * 2, "kode": ["1.02.02"] * 2, "nama": ["P"] * 2,
                      "urutan_indikator": [1, 2], "tolok_ukur": ["Cakupan A", "Cakupan B"],
                      "target_teks": ["90 %", "10-15 %"], "realisasi_teks": ["95 Orang", "12 %"],
                      "berpasangan": [True, True], "berkas": ["a"] * 2, "baris_sumber": [1, 1]})
    u = pa.outcome_tercapai(r, i)
    assert u["tercapai"].astype(object).tolist() == [pd.NA, True]
    assert u["keterangan"].tolist()[0] == "satuan target akhir dan realisasi berbeda"


def test_arah_words():
    """Lower-is-better terms from the name; a word of decrease makes it higher-is-better (assumed)."""
    a = pa.arah_indikator(pd.Series(["Prevalensi Stunting", "Persentase Penduduk Miskin",
                                     "Tingkat Pengangguran Terbuka", "Persentase penurunan prevalensi stunting",
                                     "Cakupan bantuan keluarga miskin", "Indeks Pembangunan Manusia"]))
    assert a["arah"].tolist() == ["turun", "turun", "turun", "naik", "naik", "naik"]
    assert a["dasar_arah"].tolist() == ["nama", "nama", "nama", "anggapan", "anggapan", "anggapan"]


def test_n_depan(data):
    """Kesehatan: n+1 630 + 100 + 260 + 80 + 0 = 1.070 jt, +70 jt, +7%; up records 1, 3 (2), down record 5 (1,
    to Rp0), same records 2, 4 (2). Pendidikan: 40 + 150 + 150 + 100 = 440 jt, -60 jt, -12%; up record 4
    (0 -> 100 jt), down records 1, 2 (2), same record 3 (1)."""
    t = pa.n_depan(data.rencana)
    assert t.columns.tolist() == pa.N_DEPAN_KOLOM
    cols = ["pagu_rp", "pagu_n_depan_rp", "selisih_rp", "selisih_persen", "jumlah_naik", "jumlah_turun",
            "jumlah_tetap", "jumlah_n_depan_nol", "jumlah_tidak_dibandingkan"]
    assert _row(t, DINKES)[cols].tolist() == [1000 * JT, 1070 * JT, 70 * JT, 7.0, 2, 1, 2, 1, 0]
    assert _row(t, DIKBUD)[cols].tolist() == [500 * JT, 440 * JT, -60 * JT, -12.0, 1, 2, 1, 0, 0]


def test_grouping_is_a_parameter(data):
    """Grouped by another column (here the sub-unit, equal to kode_skpd in this fixture) gives the same table."""
    a = pa.porsi_penunjang(data.rencana)
    b = pa.porsi_penunjang(data.rencana, kunci="kode_sub_skpd", nama="nama_sub_skpd")
    pd.testing.assert_frame_equal(a, b)


def test_sentences(data):
    """One sentence per table, from its numbers: penunjang 700 + 50 = 750 jt of 1.500 jt = 50%; mixed 2 + 1 = 3
    sub kegiatan, 220 + 150 = 370 jt; no label 720 + 200 = 920 jt of 1.500 jt = 61,33%; Semua Kecamatan 780 + 50 =
    830 jt of 1.500 - 150 = 1.350 jt = 61,48%; 1 sub kegiatan without output, 80 jt; outcomes 4 met, 2 not, 0
    open, 2 lower-is-better; n+1 1.510 jt against 1.500 jt, +0,67%, largest change Pendidikan -12%."""
    t = pa.tabel_analisis(data.rekaman, data.rencana, data.indikator)
    s = {k: pa.kalimat(k, v) for k, v in t.items()}
    assert "Rp750.000.000 (50,00% pagu" in s["sipd_analisis_penunjang"]
    assert "3 sub kegiatan mencantumkan lebih dari satu" in s["sipd_analisis_sumber_dana"]
    assert "Rp370.000.000 dihitung sekali" in s["sipd_analisis_sumber_dana"]
    assert "Rp920.000.000 (61,33%" in s["sipd_analisis_label"]
    assert "Rp830.000.000 (61,48%" in s["sipd_analisis_lokasi"]
    assert s["sipd_analisis_keluaran"].startswith("1 sub kegiatan berpagu dengan target keluaran 0, pagu "
                                                  "Rp80.000.000")
    assert "6 baris indikator outcome program, 4 sudah" in s["sipd_analisis_outcome"]
    assert "2 belum, 0 tidak dapat" in s["sipd_analisis_outcome"]
    assert "(+0,67%)" in s["sipd_analisis_n_depan"] and "DINAS PENDIDIKAN (-12,00%)" in s[
        "sipd_analisis_n_depan"]


def test_names_are_escaped():
    """A name from the data is data: Markdown in the sentence, HTML in the table."""
    t = pd.DataFrame({"kode_skpd": ["1"], "nama_skpd": ["*DINAS* <b>"], "jumlah_sub_kegiatan": [1],
                      "jumlah_sub_kegiatan_penunjang": [1], "pagu_rp": [10.0], "pagu_penunjang_rp": [10.0],
                      "porsi_penunjang_persen": [100.0]})
    assert r"\*DINAS\*" in pa.kalimat("sipd_analisis_penunjang", t)
    html = pa.tampilan("sipd_analisis_penunjang", t).to_html()
    assert "&lt;b&gt;" in html


def test_written_as_tables(data, tmp_path):
    """The build writes every analyst table (CSV + Parquet, read back equal); each is a table of the set."""
    tables = data.tables()
    assert tuple(tables) == SIPD_TABLES
    assert set(SIPD_TABLES) <= set(TABEL_KELUARAN)
    write_tables(tables, tmp_path)
    back = pd.read_parquet(tmp_path / "sipd_analisis_n_depan.parquet")
    pd.testing.assert_frame_equal(back, tables["sipd_analisis_n_depan"], check_dtype=False)
    csv = (tmp_path / "sipd_analisis_penunjang.csv").read_text(encoding="utf-8").splitlines()
    assert csv[0] == ",".join(pa.PENUNJANG_KOLOM)


def test_notebook_sections_at_the_end():
    """The pemda page ends with one section per question, each cell calling one package function."""
    nb = json.loads((NOTEBOOK_TEMPLATES / "70-sipd-pemda.ipynb").read_text(encoding="utf-8"))
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    calls = [c for c in code if "pemda_analysis.bagian(" in c]
    assert [name for name in pa.TABEL if any(f'"{name}"' in c for c in calls)] == list(pa.TABEL)
    assert "pemda_analysis.bagian(" in code[-1]


def test_chart(data, tmp_path):
    """Three bars per office (2 offices: 6), the shares as hand-derived above, byte-stable files."""
    from renja_analysis.present import plots
    fig = pa.grafik_porsi(data)
    bars = [b.get_width() for b in fig.axes[0].patches]
    # series by series, offices in code order (Pendidikan, Kesehatan): support 10, 70; no label 40, 72;
    # Semua Kecamatan 100 / 7 = 14,29, 78
    assert [round(b, 2) for b in bars] == [10.0, 70.0, 40.0, 72.0, 14.29, 78.0]
    a = plots.simpan(fig, "porsi", tmp_path / "a")
    b = plots.simpan(pa.grafik_porsi(data), "porsi", tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_sentences_when_nothing_can_be_said():
    """No outcome line, no location stated: the sentence says so instead of "Rp0 (-)"."""
    r = pd.DataFrame({"urutan": [1], "level": ["sub_kegiatan"], "kode_skpd": ["1"], "nama_skpd": ["A"],
                      "lokasi": ["undefined"], "pagu_rp": [10.0]})
    assert "tidak dapat dinilai" in pa.kalimat("sipd_analisis_lokasi", pa.lokasi_semua_kecamatan(r))
    empty = pa.outcome_tercapai(r, pd.DataFrame(columns=["urutan_rencana", "level", "jenis_indikator", "kode_sub_skpd",
                                                         "kode", "nama", "urutan_indikator", "tolok_ukur",
                                                         "target_teks", "realisasi_teks", "berpasangan", "berkas",
                                                         "baris_sumber"]))
    assert empty.columns.tolist() == pa.OUTCOME_KOLOM and not len(empty)
    assert pa.kalimat("sipd_analisis_outcome", empty) == "Data ini tidak memuat indikator outcome program."


def test_tables_of_a_pemda_group_sub_units_into_their_skpd(sipd_kantor):
    """tests/data/sipd-kantor with its SKPD list: 2 SKPD (the dinas with two Puskesmas and the
    RSUD, the kecamatan with its kelurahan), not the 6 sub-units of the records."""
    s = sipd_kantor                                 # load_sipd(ROOT / "tests" / "data" / "sipd-kantor")
    assert s.rencana["kode_sub_skpd"].nunique() == 6
    for name, t in pa.tabel_analisis(s.rekaman, s.rencana, s.indikator).items():
        if name in ("sipd_analisis_n_depan", "sipd_analisis_penunjang"):
            assert t["kode_skpd"].nunique() == 2, name
