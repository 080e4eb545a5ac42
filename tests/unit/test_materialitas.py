"""Materiality: the rupiah at stake of every finding (``temuan.nilai_rp``), the floor of
pagu n+1 changes, one problem one finding, the pemda page's "Perlu perhatian", and a pagu
SIPD leaves empty never compared as Rp0.

Fixture: ``tests/data/sipd-materi/`` (README; made by ``tests/sipd_materi_fixture.py``).
Every expectation is derived by hand from the README's list:

- DINAS PU, pagu 6.000.000.000 + 1.000.000 + 1.500.000.000 + 0 + 2.499.000.000 = Rp10 miliar;
  the floor there is 1% x 10 miliar = Rp100 juta, and Rp100 juta: a change below both is info;
  - record 2: 2.000.000 - 1.000.000 = Rp1 juta (+100% > 50%) < 100 juta: info, nilai_rp 1.000.000;
  - record 3: 2.500.000.000 - 1.500.000.000 = Rp1 miliar (+66,67%) >= 100 juta: peringatan;
  - record 4: pagu 0, n+1 200.000.000: one sipd_pagu_nol (peringatan, nilai_rp 200.000.000), no
    n+1 change finding beside it;
  - record 5: ``undefined`` in two fields: one sipd_teks_undefined (no rupiah), no unread target;
  - the kegiatan 1.03.02.2.01 and program 1.03.02 that change with record 3: no finding of theirs;
- KECAMATAN, pagu 1.850.000.000 + 50.000.000 + 100.000.000 = Rp2 miliar: 1% = Rp20 juta;
  record 3: 100.000.000 - 30.000.000 = Rp70 juta (-70%) >= 20 juta: peringatan, nilai_rp 70.000.000;
- the support placeholder X.XX.01: one sipd_kode_placeholder per file (no rupiah).
In all 7 findings.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest
from test_sipd import MAGETAN, rec, write_json

from renja_analysis import load_sipd
from renja_analysis.cli import main
from renja_analysis.config import ROOT
from renja_analysis.findings.document import COLUMNS
from renja_analysis.findings.reconciliation import rekonsiliasi
from renja_analysis.findings.sipd import pagu_n_depan_berubah
from renja_analysis.present import narrative, pemda, styling

FOLDER = ROOT / "tests" / "data" / "sipd-materi"
PU, KEC = "SIPD dinas-pu.json", "SIPD kecamatan-sukomoro.json"


@pytest.fixture(scope="module")
def data():
    return load_sipd(FOLDER)


def _rows(t: pd.DataFrame) -> list:
    return sorted((r.tabel, int(r.baris_sumber), str(r.jenis), str(r.tingkat),
                   None if pd.isna(r.nilai_rp) else float(r.nilai_rp)) for r in t.itertuples())


def test_every_finding_carries_its_rupiah_at_stake(data):
    assert "nilai_rp" in COLUMNS and str(data.temuan["nilai_rp"].dtype) == "Float64"
    assert _rows(data.temuan) == sorted([
        (PU, 1, "sipd_kode_placeholder", "peringatan", None),
        (PU, 2, "sipd_pagu_n_depan_berubah", "info", 1_000_000.0),
        (PU, 3, "sipd_pagu_n_depan_berubah", "peringatan", 1_000_000_000.0),
        (PU, 4, "sipd_pagu_nol", "peringatan", 200_000_000.0),
        (PU, 4, "sipd_target_ambigu", "info", None),
        (PU, 5, "sipd_teks_undefined", "peringatan", None),
        (KEC, 1, "sipd_kode_placeholder", "peringatan", None),
        (KEC, 3, "sipd_pagu_n_depan_berubah", "peringatan", 70_000_000.0),
    ])


def test_the_info_says_why_it_is_info(data):
    t = data.temuan
    info = t[(t["tingkat"] == "info") & (t["jenis"] == "sipd_pagu_n_depan_berubah")].iloc[0]
    pesan = info["pesan"].replace("\xa0", " ")
    assert "Rp1.000.000 di bawah batas materialitas" in pesan and "Rp10.000.000.000" in pesan
    nol = t[t["jenis"] == "sipd_pagu_nol"].iloc[0]
    assert "(n+1) Rp200.000.000" in nol["pesan"].replace("\xa0", " ")


def test_the_floor_is_configurable(data):
    # 5% of the kecamatan's Rp2 miliar = Rp100 juta: its Rp70 juta change is below 100 juta twice: info;
    # DINAS PU's Rp1 miliar stays above 5% x 10 miliar = 500 juta: peringatan
    n1 = pagu_n_depan_berubah(data.rencana, materialitas_persen=5)
    assert sorted(zip(n1["tabel"], n1["baris_sumber"], n1["tingkat"].astype(str))) == [
        (PU, 2, "info"), (PU, 3, "peringatan"), (KEC, 3, "info")]
    # a floor of Rp0: nothing is below it, every change over 50% is a peringatan
    n1 = pagu_n_depan_berubah(data.rencana, materialitas_rp=0)
    assert set(n1["tingkat"].astype(str)) == {"peringatan"}
    # the defaults are read at call time (config), as load_sipd passes None
    assert _rows(pagu_n_depan_berubah(data.rencana)) == _rows(data.temuan[data.temuan["jenis"] == "sipd_pagu_n_depan_berubah"])


@pytest.mark.slow
def test_load_sipd_takes_the_floor():
    t = load_sipd(FOLDER, materialitas_persen=5).temuan
    assert t.loc[t["jenis"] == "sipd_pagu_n_depan_berubah", "tingkat"].astype(str).tolist().count("info") == 2


def test_one_problem_is_one_finding(data, tmp_path):
    t = data.temuan
    t = t[t["jenis"] != "sipd_target_ambigu"]        # the file's reading of its targets, not a rupiah finding
    # one finding per record at most, and none on a kegiatan or program (records 2-3 change them too)
    assert not t.duplicated(["tabel", "baris_sumber"]).any()
    assert set(t.loc[t["jenis"] == "sipd_pagu_n_depan_berubah", "nama"]) == {
        "Penyusunan Pola Pengelolaan SDA", "Pembangunan Bendungan", "Fasilitasi Musyawarah Perencanaan Pembangunan"}
    # a negative pagu n+1 (100 -> -50, -150%) is one nilai_negatif, not also a change of pagu n+1
    path = write_json(tmp_path, [rec(pagu=100_000_000, pagu_n_depan=-50_000_000)])
    t = load_sipd(path).temuan
    t = t[t["jenis"] != "sipd_pemetaan_indikator"]        # one record: its indicator mapping is the default (info)
    assert t[["jenis", "nilai_rp"]].astype(object).values.tolist() == [["nilai_negatif", 50_000_000.0]]


def test_perhatian_ranks_offices_by_rupiah_at_stake(data):
    p = pemda.perhatian(data.temuan, data.rekaman, data.rencana)
    # DINAS PU: peringatan only (the Rp1 juta info left out): 1.000.000.000 + 200.000.000 = 1.200.000.000,
    # 12% of 10 miliar, 4 findings (placeholder, pagu 0, n+1, undefined), the largest the n+1 change;
    # KECAMATAN: 70.000.000, 3,5% of 2 miliar, 2 findings (placeholder, n+1)
    assert p.drop(columns="kode_skpd").astype(object).values.tolist() == [
        [1, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", 10_000_000_000.0, 1_200_000_000.0, 12.0, 4, 0,
         1_000_000_000.0, "sipd_pagu_n_depan_berubah"],
        [2, "KECAMATAN SUKOMORO", 2_000_000_000.0, 70_000_000.0, 3.5, 2, 0, 70_000_000.0,
         "sipd_pagu_n_depan_berubah"]]
    assert pemda.perhatian(data.temuan, data.rekaman, data.rencana, n=1)["peringkat"].tolist() == [1]


def test_the_page_opens_with_perhatian(data):
    text = narrative.daftar_perhatian(pemda.perhatian(data.temuan, data.rekaman, data.rencana))
    lines = text.replace("\xa0", " ").splitlines()
    assert lines[2].startswith("1. *DINAS PEKERJAAN UMUM DAN PENATAAN RUANG*: Rp1.200.000.000 (12,00% dari pagunya)")
    assert lines[3].startswith("2. *KECAMATAN SUKOMORO*: Rp70.000.000 (3,50% dari pagunya)")
    html = styling.tabel_perhatian(pemda.perhatian(data.temuan, data.rekaman, data.rencana)).to_html()
    assert "Rupiah dipersoalkan" in html and "1.200.000.000" in html
    # the findings table shows the rupiah where findings name one, and leaves the column out where none does
    assert "Rupiah dipersoalkan" in styling.tabel_temuan(data.temuan).to_html()
    assert "Rupiah dipersoalkan" not in styling.tabel_temuan(data.temuan.assign(nilai_rp=pd.NA)).to_html()


def test_names_from_the_data_are_escaped():
    p = pd.DataFrame({"peringkat": [1], "kode_skpd": ["A"], "nama_skpd": ["<script>x</script> *A*"],
                      "pagu_rp": [10.0], "nilai_rp": [5.0], "nilai_rp_persen_pagu": [50.0], "jumlah_temuan": [1],
                      "jumlah_temuan_kritis": [1], "nilai_rp_terbesar": [5.0], "jenis_terbesar": ["sipd_kode_ganda"]})
    assert "<script>" not in narrative.daftar_perhatian(p)
    assert "<script>" not in styling.tabel_perhatian(p).to_html()


def test_nothing_to_rank_is_said(data):
    t = data.temuan[data.temuan["tingkat"] == "info"]
    p = pemda.perhatian(t, data.rekaman, data.rencana)
    assert p.empty and list(p.columns) == pemda.KOLOM_PERHATIAN
    assert narrative.daftar_perhatian(p).startswith("Tidak ada temuan kritis atau peringatan")


@pytest.mark.slow
def test_cli_materiality_options(capsys):
    assert main(["check", "--source", str(FOLDER), "--materialitas-persen", "5"]) == 0
    out = capsys.readouterr().out
    # n+1 changes: PU record 2 and the kecamatan info, PU record 3 peringatan (as test_the_floor_is_configurable)
    assert any(line.split() == ["sipd_pagu_n_depan_berubah", "2", "1", "0"] for line in out.splitlines())
    with pytest.raises(SystemExit) as e:
        main(["check", "--source", str(FOLDER), "--materialitas-persen", "150"])
    assert e.value.code == 2
    assert main(["check", "--materialitas-rp", "1000000"]) == 2       # a document: the floor is for SIPD data
    err = capsys.readouterr().err
    assert "150" in err and "--materialitas-rp hanya untuk data SIPD" in err and "Traceback" not in err


@pytest.mark.slow
def test_a_pagu_sipd_leaves_empty_is_no_difference(tmp_path, bundled):
    """The Magetan fixture with the pagu of Pemulihan (2.17.07.2.01.0008, record 36, Rp1.500.000.000;
    the document's 3.3 line 497 says 1.513.500.000) left empty. By hand:

    - line 497 (the sub kegiatan): SIPD has no pagu: info, not a kritis "Rp1.513.500.000 against Rp0";
      nilai_rp the document's 1.513.500.000;
    - lines 489 and 488 (its kegiatan 2.17.07.2.01 and program 2.17.07): SIPD's sum without it is
      1.639.200.000 - 1.500.000.000 = 139.200.000, with one sub kegiatan without pagu: the difference
      1.652.700.000 - 139.200.000 = 1.513.500.000 cannot be judged: info;
    - line 446 (the kegiatan 2.17.08.2.01, 210.300.000 vs 200.300.000): kritis as before, nilai_rp
      10.000.000; line 445 (its program): the same difference, wholly its kegiatan's: info, no rupiah;
    - the 15 dokumen_vs_sipd findings stay 15: kritis 4 - 1 (line 497) = 3, info 9 + 1 = 10 (489 and 488
      were info already, as their children's difference), peringatan 2.
    """
    records = json.loads(MAGETAN.read_text(encoding="utf-8"))
    assert records[35]["kode_sub_giat"] == "2.17.07.2.01.0008" and records[35]["pagu"] == 1_500_000_000
    records[35]["pagu"] = None
    _, t = rekonsiliasi(bundled, load_sipd(write_json(tmp_path, records, "dinkop-ukm-magetan.json")))
    t = t[t["jenis"] == "dokumen_vs_sipd"]
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"kritis": 3, "info": 10, "peringatan": 2}
    pagu = t[t["kolom"] == "pagu_rp"].sort_values("baris_sumber")
    assert pagu[["baris_sumber", "tingkat", "nilai_dokumen", "nilai_hitung", "nilai_rp"]].astype(object) \
        .where(pagu[["baris_sumber", "tingkat", "nilai_dokumen", "nilai_hitung", "nilai_rp"]].notna(), None) \
        .values.tolist() == [
        [445, "info", 210_300_000.0, 200_300_000.0, None],
        [446, "kritis", 210_300_000.0, 200_300_000.0, 10_000_000.0],
        [488, "info", 1_652_700_000.0, 139_200_000.0, 1_513_500_000.0],
        [489, "info", 1_652_700_000.0, 139_200_000.0, 1_513_500_000.0],
        [497, "info", 1_513_500_000.0, None, 1_513_500_000.0]]
    assert "tidak mencantumkan pagu" in pagu.iloc[-1]["pesan"] and "Rp0" not in pagu.iloc[-1]["pesan"]
