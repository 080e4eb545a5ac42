"""Issue 18: SIPD-RI read as SIPD means it. Offices (SKPD) with their sub-units, SIPD's SKPD
list read by content as a companion, a pemda folder as downloaded (sibling exports skipped
with a note), and pagu against its ceilings (pagu_indikatif per record and sub-unit,
set_pagu_skpd per SKPD).

Every expected value is derived by hand from tests/data/sipd-kantor/README.md (made by
tests/sipd_kantor_fixture.py); the arithmetic is written there and repeated in the docstrings.
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from conftest import DATA
from test_sipd import _cli, rec, write_json

from renja_analysis import RenjaParseError, load_sipd
from renja_analysis.findings import sipd as sipd_findings
from renja_analysis.present import narrative, pemda, styling
from renja_analysis.tables.sipd import skpd_induk

KANTOR = DATA / "sipd-kantor"
JT = 1_000_000
DINAS, SUKOMORO, TAMAN, RSUD = (f"1.02.0.00.0.00.01.000{i}" for i in range(4))
KECAMATAN, KELURAHAN = "7.01.0.00.0.00.05.0000", "7.01.0.00.0.00.05.0001"
EXPORTS = ["dinas-kesehatan.json", "rsud-sogaten.json", "kecamatan-kartoharjo.json"]


@pytest.fixture(scope="module")
def data(sipd_kantor):
    return sipd_kantor                 # load_sipd(KANTOR), tests/conftest.py


@pytest.fixture(scope="module")
def tanpa_daftar(tmp_path_factory):
    """The same folder without SIPD's SKPD list."""
    folder = tmp_path_factory.mktemp("tanpa-daftar")
    for name in EXPORTS:
        shutil.copy(KANTOR / name, folder / name)
    return load_sipd(folder)


def _rows(p: pd.DataFrame, agregasi: str) -> pd.DataFrame:
    return p[p["agregasi"].astype(str) == agregasi].set_index("kode")


# --- offices ---------------------------------------------------------------------------------

def test_offices_from_the_skpd_list(data):
    """README 1: 2 SKPD. Dinkes: 4 sub-units (the RSUD filed on its own but id_unit 1101), 7 sub
    kegiatan, pagu 500+300+250+80+120+1.950+550 = 3.750 jt, indikatif 500+400+150+80+120+2.000+500 =
    3.750 jt, ceiling 3.500 jt. Kecamatan: 2 sub-units, 3 sub kegiatan, 150+50+100 = 300 jt = ceiling."""
    p = _rows(data.pemda, "perangkat_daerah")
    cols = ["nama", "jumlah_sub_unit", "jumlah_program", "jumlah_kegiatan", "jumlah_sub_kegiatan", "pagu_rp",
            "pagu_indikatif_rp", "pagu_skpd_rp", "dasar_skpd"]
    assert p.index.tolist() == [DINAS, KECAMATAN]
    assert p.loc[DINAS, cols].tolist() == ["DINAS KESEHATAN", 4, 1, 2, 7, 3_750 * JT, 3_750 * JT, 3_500 * JT,
                                           "daftar_skpd"]
    assert p.loc[KECAMATAN, cols].tolist() == ["KECAMATAN KARTOHARJO", 2, 1, 1, 3, 300 * JT, 300 * JT, 300 * JT,
                                               "daftar_skpd"]
    u = _rows(data.pemda, "sub_unit")
    assert u["kode_induk"].to_dict() == {DINAS: DINAS, SUKOMORO: DINAS, TAMAN: DINAS, RSUD: DINAS,
                                         KECAMATAN: KECAMATAN, KELURAHAN: KECAMATAN}
    assert (u["pagu_rp"] / JT).to_dict() == {DINAS: 800, SUKOMORO: 330, TAMAN: 120, RSUD: 2_500, KECAMATAN: 200,
                                             KELURAHAN: 100}
    assert (u["pagu_indikatif_rp"] / JT).to_dict() == {DINAS: 900, SUKOMORO: 230, TAMAN: 120, RSUD: 2_500,
                                                       KECAMATAN: 200, KELURAHAN: 100}
    assert u["pagu_skpd_rp"].isna().all() and (u["dasar_skpd"] == "daftar_skpd").all()
    # urusan 1 (health) is one office with 4 sub-units, not 4 offices
    assert _rows(data.pemda, "urusan").loc["1", ["jumlah_perangkat_daerah", "jumlah_sub_unit"]].tolist() == [1, 4]


def test_offices_from_the_files(tanpa_daftar):
    """README 2: without the list, one SKPD per file: the dinas (the only .0000 code of its file: 3
    sub-units, 5 sub kegiatan, 500+300+250+80+120 = 1.250 jt), the RSUD (its file's only sub-unit,
    1.950+550 = 2.500 jt), the kecamatan (300 jt); no ceiling."""
    p = _rows(tanpa_daftar.pemda, "perangkat_daerah")
    assert p[["nama", "jumlah_sub_unit", "jumlah_sub_kegiatan", "dasar_skpd"]].to_dict("index") == {
        DINAS: {"nama": "DINAS KESEHATAN", "jumlah_sub_unit": 3, "jumlah_sub_kegiatan": 5, "dasar_skpd": "berkas"},
        RSUD: {"nama": "RSUD SOGATEN", "jumlah_sub_unit": 1, "jumlah_sub_kegiatan": 2, "dasar_skpd": "berkas"},
        KECAMATAN: {"nama": "KECAMATAN KARTOHARJO", "jumlah_sub_unit": 2, "jumlah_sub_kegiatan": 3,
                    "dasar_skpd": "berkas"}}
    assert (p["pagu_rp"] / JT).to_dict() == {DINAS: 1_250, RSUD: 2_500, KECAMATAN: 300}
    assert p["pagu_skpd_rp"].isna().all()


def test_records_keep_their_own_fields(data):
    """The record's kode_skpd stays as SIPD wrote it (its sub-unit); its SKPD is beside it."""
    r = data.rekaman.set_index(["berkas", "rekaman"])
    rsud = r.loc[("rsud-sogaten.json", 1)]
    assert (rsud["kode_skpd"], rsud["kode_sub_skpd"], rsud["kode_skpd_induk"], rsud["nama_skpd_induk"],
            rsud["dasar_skpd"]) == (RSUD, RSUD, DINAS, "DINAS KESEHATAN", "daftar_skpd")
    ren = data.rencana[data.rencana["kode_sub_skpd"] == KELURAHAN]
    assert set(ren["kode_skpd_induk"]) == {KECAMATAN} and set(ren["kode_skpd"]) == {KELURAHAN}


def test_rule_from_the_record_when_the_file_does_not_tell():
    """A file with two office codes (.0000) and no list: each sub-unit is its own SKPD (the record);
    a record naming another office in kode_skpd names its parent."""
    r = pd.DataFrame({"berkas": ["gabung.json"] * 3,
                      "kode_skpd": ["1.02.01.0000", "2.17.01.0000", "1.02.01.0000"],
                      "nama_skpd": ["DINKES", "DINKOP", "DINKES"],
                      "kode_sub_skpd": ["1.02.01.0000", "2.17.01.0000", "1.02.01.0007"],
                      "nama_sub_skpd": ["DINKES", "DINKOP", "UPTD"]})
    out = skpd_induk(r)
    assert out[["kode_sub_skpd", "kode_skpd_induk", "dasar_skpd"]].values.tolist() == [
        ["1.02.01.0000", "1.02.01.0000", "rekaman"], ["2.17.01.0000", "2.17.01.0000", "rekaman"],
        ["1.02.01.0007", "1.02.01.0000", "rekaman"]]


def test_the_page_says_which_rule_decided(data, tanpa_daftar):
    text = narrative.kalimat_dasar_skpd(data.pemda)
    assert "2 SKPD dengan 6 sub unit" in text and "dari daftar SKPD SIPD (6 sub unit" in text
    text = narrative.kalimat_dasar_skpd(tanpa_daftar.pemda)
    assert "3 SKPD dengan 6 sub unit" in text and "dari berkas ekspornya (6 sub unit" in text
    assert "Tanpa daftar SKPD SIPD" in text
    view = pemda.perangkat_daerah(data.pemda)
    # SKPD by pagu (dinkes 3.750 jt first), each followed by its sub-units by code
    assert view[["agregasi", "kode"]].astype(str).values.tolist() == [
        ["perangkat_daerah", DINAS], ["sub_unit", DINAS], ["sub_unit", SUKOMORO], ["sub_unit", TAMAN],
        ["sub_unit", RSUD], ["perangkat_daerah", KECAMATAN], ["sub_unit", KECAMATAN], ["sub_unit", KELURAHAN]]
    assert (view["selisih_pagu_skpd_rp"].iloc[0], view["selisih_indikatif_rp"].iloc[1]) == (250 * JT, -100 * JT)
    html = styling.tabel_perangkat_daerah(view).to_html()
    assert "\u2514 RSUD SOGATEN" in html and "daftar SKPD SIPD" in html
    # three Renja exports (dinkes, kecamatan, rsud); the SKPD list beside them is not one
    assert narrative.ringkasan_sipd_pemda(data).startswith("Data SIPD-RI dari 3 berkas ekspor memuat 2 perangkat")
    assert pemda.angka_pemda(data).iloc[0].tolist()[:2] == ["Berkas ekspor SIPD", 3]


# --- the SKPD list and sibling exports --------------------------------------------------------

def test_reading_account(data):
    """README 6: the list is in the account as what it is; the other endpoint's answer is skipped."""
    b = data.berkas.set_index("berkas")
    assert b["status"].to_dict() == {"daftar-skpd.json": "daftar_skpd", "dinas-kesehatan.json": "dibaca",
                                     "kecamatan-kartoharjo.json": "dibaca", "rsud-sogaten.json": "dibaca"}
    assert b.loc["daftar-skpd.json", "jumlah_rekaman"] == 6 and b.loc["daftar-skpd.json", "jumlah_dihitung"] == 0
    assert "2 di antaranya SKPD induk" in b.loc["daftar-skpd.json", "keterangan"]
    skipped = dict(data.dilewati)
    assert set(skipped) == {"README.md", "info-daerah.json"}
    assert "bukan larik rekaman" in skipped["info-daerah.json"]
    d = data.daftar_skpd.set_index("id_skpd")
    assert d.loc["1101", "set_pagu_skpd"] == 3_500 * JT and d.loc["1104", "id_unit"] == "1101"
    assert d.loc["2201", "total_giat"] == 1


def test_sibling_exports_are_skipped_with_a_note(tmp_path):
    folder = tmp_path / "pemda"
    write_json(folder, [rec()], "renja.json")
    write_json(folder, {"status": "ok", "data": {"a": 1}}, "profil.json")
    write_json(folder, [1, 2, 3], "angka.json")
    write_json(folder, [{"id_dana": 1, "nama_dana": "DAU"}], "sumber-dana.json")
    s = load_sipd(folder)
    assert len(s.rekaman) == 1 and s.daftar_skpd is None
    assert [n for n, _ in s.dilewati] == ["angka.json", "profil.json", "sumber-dana.json"]
    assert all(reason for _, reason in s.dilewati)


def test_a_csv_skpd_list_is_read_by_its_columns(tmp_path):
    folder = tmp_path / "pemda"
    write_json(folder, [rec(pagu=2_000_000)], "renja.json")
    (folder / "unduhan.csv").write_text(
        "id_skpd;id_unit;kode_skpd;nama_skpd;set_pagu_skpd;set_pagu_giat;rinci_giat;total_giat\n"
        "7;7;1.01.0.00.0.00.01.0000;DINAS PENDIDIKAN;1.500.000,00;0;0;1\n", encoding="utf-8")
    s = load_sipd(folder)
    assert s.daftar_skpd["set_pagu_skpd"].tolist() == [1_500_000]
    t = s.temuan[s.temuan["jenis"] == "sipd_pagu_skpd_beda"]
    # pagu 2.000.000 above the ceiling 1.500.000 by 500.000
    assert t[["tingkat", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [["kritis", 1_500_000, 2_000_000]]


def test_a_folder_of_no_renja_export_is_refused_in_one_line(tmp_path, capsys):
    only_list = tmp_path / "daftar"
    only_list.mkdir()
    shutil.copy(KANTOR / "daftar-skpd.json", only_list / "daftar-skpd.json")
    with pytest.raises(RenjaParseError, match="hanya memuat daftar SKPD"):
        load_sipd(only_list)
    code, _, err = _cli(["check", "--source", str(only_list)], capsys)
    assert code == 2 and len(err) == 1 and "daftar SKPD" in err[0]
    other = tmp_path / "lain"
    other.mkdir()
    shutil.copy(KANTOR / "info-daerah.json", other / "info-daerah.json")
    code, _, err = _cli(["check", "--source", str(other)], capsys)
    assert code == 2 and len(err) == 1
    code, _, err = _cli(["check", "--source", str(KANTOR / "daftar-skpd.json")], capsys)
    assert code == 2 and len(err) == 1 and "daftar SKPD SIPD, bukan ekspor Renja" in err[0]


def test_a_bad_skpd_list_names_file_record_and_field(tmp_path):
    folder = tmp_path / "pemda"
    write_json(folder, [rec()], "renja.json")
    row = {"id_skpd": "7", "id_unit": "7", "kode_skpd": "1.01", "nama_skpd": "DINAS", "set_pagu_skpd": "1500"}
    write_json(folder, [row, {**row, "id_skpd": "8", "nama_skpd": ""}], "skpd.json")
    with pytest.raises(RenjaParseError, match=r"skpd\.json, rekaman 2, sel nama_skpd"):
        load_sipd(folder)
    write_json(folder, [row | {"set_pagu_skpd": "1.500"}], "skpd.json")      # 1,5 or 1.500: reads two ways
    with pytest.raises(RenjaParseError, match=r"skpd\.json, rekaman 1, sel set_pagu_skpd"):
        load_sipd(folder)
    write_json(folder, [row, {**row, "kode_skpd": "1.02"}], "skpd.json")
    with pytest.raises(RenjaParseError, match="id_skpd 7 dua kali"):
        load_sipd(folder)
    write_json(folder, [row], "skpd.json")
    write_json(folder, [row], "skpd-2.json")                 # a second download: a copy, read once
    assert load_sipd(folder).berkas.set_index("berkas")["status"].to_dict() == {
        "renja.json": "dibaca", "skpd-2.json": "daftar_skpd", "skpd.json": "salinan"}   # name order: "-" < "."
    write_json(folder, [row | {"set_pagu_skpd": "2000"}], "skpd-2.json")
    with pytest.raises(RenjaParseError, match="2 daftar SKPD"):
        load_sipd(folder)


# --- ceilings ------------------------------------------------------------------------------

def _found(data, jenis):
    t = data.temuan[data.temuan["jenis"] == jenis]
    return t[["tingkat", "tabel", "baris_sumber", "nilai_dokumen", "nilai_hitung"]].values.tolist(), t


def test_pagu_against_pagu_indikatif_per_record(data):
    """README 3."""
    rows, t = _found(data, "sipd_pagu_beda_indikatif")
    assert rows == [["info", "SIPD dinas-kesehatan.json", 2, 400 * JT, 300 * JT],
                    ["peringatan", "SIPD dinas-kesehatan.json", 3, 150 * JT, 250 * JT],
                    ["info", "SIPD rsud-sogaten.json", 1, 2_000 * JT, 1_950 * JT],
                    ["peringatan", "SIPD rsud-sogaten.json", 2, 500 * JT, 550 * JT]]
    assert "selisih Rp100.000.000" in t["pesan"].iloc[0]


@pytest.mark.parametrize("which", ["data", "tanpa_daftar"])
def test_pagu_against_pagu_indikatif_per_sub_unit_names_where_it_went(which, request):
    """README 4: dinas 800 against 900 jt, Sukomoro 330 against 230 jt, each naming the other; the
    SKPD's net -100 + 100 = 0; the RSUD's -50 + 50 = 0 gives none. The same without the list."""
    rows, t = _found(request.getfixturevalue(which), "sipd_pagu_sub_unit_beda_indikatif")
    assert rows == [["peringatan", "SIPD dinas-kesehatan.json", 1, 900 * JT, 800 * JT],
                    ["peringatan", "SIPD dinas-kesehatan.json", 3, 230 * JT, 330 * JT]]
    assert t["baris_pembanding"].tolist() == [3, 1]
    assert "sub unit PUSKESMAS SUKOMORO di atas pagu indikatifnya sebesar Rp100.000.000" in t["pesan"].iloc[0]
    assert "sub unit DINAS KESEHATAN di bawah pagu indikatifnya sebesar Rp100.000.000" in t["pesan"].iloc[1]
    assert all("sama dengan jumlah pagu indikatifnya" in m for m in t["pesan"])


def test_pagu_against_the_skpd_ceiling(data, tanpa_daftar):
    """README 5: the dinas 3.750 jt above 3.500 jt (250 jt), kritis; the kecamatan at its ceiling."""
    rows, t = _found(data, "sipd_pagu_skpd_beda")
    assert rows == [["kritis", "SIPD dinas-kesehatan.json", 1, 3_500 * JT, 3_750 * JT]]
    assert "sebesar Rp250.000.000" in t["pesan"].iloc[0] and "4 sub unitnya" in t["pesan"].iloc[0]
    assert _found(tanpa_daftar, "sipd_pagu_skpd_beda")[0] == []


def test_every_finding_of_the_folder(data):
    """README: 4 + 2 + 1 + 1 = 8 findings, nothing else planted; 3 info, 4 peringatan, 1 kritis (the
    RSUD's 3.000 Orang, read 3000 without a decimal separator in its file, is the third info)."""
    assert data.temuan["jenis"].astype(str).value_counts().to_dict() == {
        "sipd_pagu_beda_indikatif": 4, "sipd_pagu_sub_unit_beda_indikatif": 2, "sipd_pagu_skpd_beda": 1,
        "sipd_target_ambigu": 1}
    assert data.temuan["tingkat"].value_counts().to_dict() == {"peringatan": 4, "info": 3, "kritis": 1}
    two = data.temuan[data.temuan["jenis"].astype(str) == "sipd_target_ambigu"]
    assert two["tabel"].tolist() == ["SIPD rsud-sogaten.json"] and "dibaca 3.000. Target lain di berkas ini tidak" in two["pesan"].iloc[0]
    # per SKPD: the dinas holds them all (the RSUD is its unit)
    per = pemda.temuan_per_tingkat(data.temuan, data.rekaman)
    assert per.to_dict("index") == {"DINAS KESEHATAN": {"info": 3, "peringatan": 4, "kritis": 1},
                                    "KECAMATAN KARTOHARJO": {"info": 0, "peringatan": 0, "kritis": 0}}


def test_stated_totals_are_checked_on_the_field_they_state():
    """total_pagu_sub_skpd states pagu (1.000.000 + 2.000.000 = 3.000.000, stated 3.500.000: off by
    500.000); total_pagu_indikatif_sub_skpd states pagu_indikatif (1.500.000 + 1.500.000 = 3.000.000,
    stated so: no finding), though pagu sums to the same: each total on its own field."""
    r = pd.DataFrame([rec(kode_sub_giat=f"1.01.02.2.01.000{i}", pagu=p, pagu_indikatif=1_500_000, pagu_n_depan=None,
                          total_pagu_sub_skpd=3_500_000, total_pagu_indikatif_sub_skpd=3_000_000)
                      for i, p in ((1, 1_000_000), (2, 2_000_000))])
    r = r.assign(berkas="a.json", baris=[1, 2], kode_sub_skpd=r["kode_skpd"], nama_sub_skpd=r["nama_skpd"])
    t = sipd_findings.jumlah_tidak_cocok(r)
    assert t[["kolom", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [
        ["total_pagu_sub_skpd", 3_500_000, 3_000_000]]
    assert "total pagu sub unit" in t["pesan"].iloc[0]


# --- the command line ------------------------------------------------------------------------

def test_build_and_check_the_folder(tmp_path, capsys):
    code, out, err = _cli(["check", "--source", str(KANTOR)], capsys)
    assert code == 0 and not err
    assert "berkas daftar-skpd.json (json): 6 baris, daftar SKPD SIPD" in out
    assert "dilewati: info-daerah.json" in out and "Temuan data SIPD (sipd-kantor): 8 baris" in out
    code, out, _ = _cli(["build", "--source", str(KANTOR), "--out", str(tmp_path / "out")], capsys)
    assert code == 0 and "sipd_pemda: 12 baris" in out        # 2 urusan, 2 bidang, 2 SKPD, 6 sub-units
    written = pd.read_csv(tmp_path / "out" / "sipd_pemda.csv")
    assert written.loc[written["agregasi"] == "perangkat_daerah", "dasar_skpd"].tolist() == ["daftar_skpd"] * 2
    assert json.loads((KANTOR / "daftar-skpd.json").read_text(encoding="utf-8"))["recordsTotal"] == 6


def test_money_moved_to_a_unit_filed_elsewhere_is_named_without_a_line_of_another_file():
    """A dinas 40 below its indicative total, its RSUD (another file, same SKPD) 30 above: each names
    the other; the SKPD's net -40 + 30 = -10 is said; baris_pembanding only within one file (none here)."""
    r = pd.DataFrame({"berkas": ["dinas.json", "rsud.json"], "baris": [4, 2],
                      "kode_sub_skpd": ["1.02.01.0000", "1.02.01.0003"], "nama_sub_skpd": ["DINAS", "RSUD"],
                      "kode_skpd_induk": ["1.02.01.0000"] * 2, "nama_skpd_induk": ["DINAS"] * 2,
                      "pagu": [60.0, 130.0], "pagu_indikatif": [100.0, 100.0]})
    t = sipd_findings.pagu_sub_unit_beda_indikatif(r, toleransi=1)
    assert t[["tabel", "baris_sumber", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [
        ["SIPD dinas.json", 4, 100, 60], ["SIPD rsud.json", 2, 100, 130]]
    assert t["baris_pembanding"].isna().all()
    assert "sub unit RSUD di atas pagu indikatifnya sebesar Rp30" in t["pesan"].iloc[0]
    assert "secara keseluruhan di bawah pagu indikatifnya sebesar Rp10" in t["pesan"].iloc[0]


@pytest.mark.slow  # executes notebook 70
def test_the_pemda_page_shows_skpd_with_their_sub_units(tmp_path):
    """Notebook 70 on the folder: 2 perangkat daerah with 6 sub-units, the rule named, the RSUD under
    the dinas in the perangkat daerah table, the dinas' ceiling Rp3.500.000.000."""
    from renja_analysis import report
    from renja_analysis.config import NOTEBOOK_TEMPLATES, NOTEBOOKS

    out = report.notebooks.execute(NOTEBOOK_TEMPLATES / report.pages.HALAMAN_SIPD[0], tmp_path / "70.ipynb",
                                   {"sipd": str(KANTOR)}, cwd=NOTEBOOKS)
    nb = json.loads(out.read_text(encoding="utf-8"))
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    text = "\n".join("".join(o.get("data", {}).get("text/markdown", "")) + "".join(o.get("data", {}).get("text/html", ""))
                     for c in nb["cells"] for o in c.get("outputs", []))
    assert "2 perangkat daerah (6 sub unit)" in text
    assert "SKPD tiap sub unit ditentukan dari daftar SKPD SIPD (6 sub unit" in text
    assert "\u2514 RSUD SOGATEN" in text and "Rp3.500.000.000" in text


def test_rupiah_at_stake_and_the_ranking_follow_the_skpd(data, tanpa_daftar):
    """README 3.-5.: the rupiah at stake of each ceiling finding is its difference; the
    "Perlu perhatian" ranking sums kritis and peringatan per SKPD (info left out)."""
    t = data.temuan[data.temuan["jenis"].astype(str) != "sipd_target_ambigu"]    # no rupiah: the test above
    got = sorted(zip(t["jenis"].astype(str), t["tingkat"].astype(str), t["nilai_rp"].astype(float)))
    assert got == sorted([
        ("sipd_pagu_beda_indikatif", "info", 100 * JT), ("sipd_pagu_beda_indikatif", "peringatan", 100 * JT),
        ("sipd_pagu_beda_indikatif", "info", 50 * JT), ("sipd_pagu_beda_indikatif", "peringatan", 50 * JT),
        ("sipd_pagu_sub_unit_beda_indikatif", "peringatan", 100 * JT),
        ("sipd_pagu_sub_unit_beda_indikatif", "peringatan", 100 * JT),
        ("sipd_pagu_skpd_beda", "kritis", 250 * JT)])
    # with the list: one SKPD, the dinas with the RSUD: 100 + 50 + 100 + 100 + 250 = 600 jt of 3.750 jt = 16%
    p = pemda.perhatian(data.temuan, data.rekaman, data.rencana)
    assert p[["kode_skpd", "nilai_rp", "nilai_rp_persen_pagu", "jumlah_temuan", "jumlah_temuan_kritis",
              "nilai_rp_terbesar"]].astype(object).values.tolist() == [[DINAS, 600 * JT, 16.0, 5, 1, 250 * JT]]
    # by file: the dinas 100 + 100 + 100 = 300 jt of 1.250 jt (24%), the RSUD 50 jt of 2.500 jt (2%)
    p = pemda.perhatian(tanpa_daftar.temuan, tanpa_daftar.rekaman, tanpa_daftar.rencana)
    assert p[["kode_skpd", "nilai_rp", "nilai_rp_persen_pagu"]].astype(object).values.tolist() == [
        [DINAS, 300 * JT, 24.0], [RSUD, 50 * JT, 2.0]]


def test_a_document_is_reconciled_with_its_whole_skpd(data, tanpa_daftar):
    """A Renja document is an SKPD's, its Puskesmas and RSUD included (README 1.): the SIPD
    side of the reconciliation takes the SKPD's sub-units together."""
    from renja_analysis.findings.reconciliation import baris_sipd

    sp = baris_sipd(data, DINAS)
    # 7 records, 6 codes: both Puskesmas plan 1.02.02.2.02.0001 (250 + 120 jt), taken together by code
    sub = sp[sp["level"] == "sub_kegiatan"].set_index("kode")["pagu_rp"]
    assert len(sub) == 6 and sub["1.02.02.2.02.0001"] == 370 * JT and sub["1.02.02.2.02.0036"] == 550 * JT
    assert sp.loc[sp["level"] == "program", "pagu_rp"].tolist() == [3750 * JT]
    # without the list the RSUD, in a file of its own, is an SKPD of its own: 500+300+250+80+120 = 1.250 jt
    sp = baris_sipd(tanpa_daftar, DINAS)
    assert sp.loc[sp["level"] == "program", "pagu_rp"].tolist() == [1250 * JT]
