"""SIPD-RI realisation, the rest of issue 19: a line whose value changed between two exports,
the plan reader refusing a realisation export in one line, realisation against the plan in a
mixed folder (plan and realisation exports together).

Expected values are derived by hand from ``tests/data/sipd-realisasi/README.md`` (lines B1, B2 of
the Puskesmas) and ``tests/data/sipd-nyata/README.md``; the small cases are written here.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from conftest import first_fast
from sipd_realisasi_fixture import EXPORTS

from renja_analysis.errors import RenjaParseError
from renja_analysis.findings.realisation import semua_temuan
from renja_analysis.load import load_sipd, load_sipd_realisasi
from renja_analysis.sources.sipd_realisation import read
from renja_analysis.tables.realisation import hitung_realisasi

PKM_JAN = "realisasi-puskesmas-sukomoro-2026-01.json"


def _records(name: str) -> list[dict]:
    value = EXPORTS[name]
    return copy.deepcopy(value["data"] if isinstance(value, dict) else value)


def _write(folder: Path, records, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


# --- a. nothing doubled without a word --------------------------------------------------------------

def _changed(tmp_path: Path, value: int) -> Path:
    """a.json: the Puskesmas' January export (B1 TBP/B/001 2.400.000 on 01-22, B2 SPP LS 6.000.000
    paid 01-14); b.json: B1 again, its value ``value``."""
    jan = _records(PKM_JAN)
    b1 = copy.deepcopy(jan[0])
    b1["nilai_realisasi"] = value
    _write(tmp_path / "d", jan, "a.json")
    _write(tmp_path / "d", [b1], "b.json")
    return tmp_path / "d"


# the fast test(s) of the same finding: test_the_version_with_sp2d_is_counted_whatever_its_value
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_line_whose_value_changed_is_counted_once_and_reported(tmp_path):
    data = load_sipd_realisasi(_changed(tmp_path, 2_600_000))
    b = data.baris.set_index(["berkas", "rekaman"])
    # both exports reach 22 January: the later file by name (b.json) is the version counted
    assert b.loc[("a.json", 1), "status_realisasi"] == "ganda"
    assert b.loc[("a.json", 1), "berkas_asal"] == "b.json"
    assert b.loc[("b.json", 1), "realisasi_rp"] == 2_600_000
    # January: B1 2.600.000 + B2 6.000.000, not 2.400.000 + 2.600.000 + 6.000.000
    p = data.periode
    office = p[(p["agregasi"] == "perangkat_daerah") & (p["periode"] == "bulan") & (p["nomor"] == 1)]
    assert office["realisasi_rp"].tolist() == [8_600_000]
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_nilai_berubah"]
    assert t[["tabel", "baris_sumber", "nilai_dokumen", "nilai_hitung"]].astype(str).values.tolist() == [
        ["SIPD a.json", "1", "2400000.0", "200000.0"]]
    msg = t["pesan"].iloc[0].replace("\xa0", " ")
    assert "TBP/B/001" in msg and "Rp2.400.000" in msg and "Rp2.600.000" in msg and "Rp200.000" in msg


# the fast test(s) of the same finding: test_the_version_with_sp2d_is_counted_whatever_its_value
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_same_value_in_two_exports_is_no_finding(tmp_path):
    data = load_sipd_realisasi(_changed(tmp_path, 2_400_000))
    assert "sipd_realisasi_nilai_berubah" not in set(data.temuan["jenis"].astype(str))
    assert data.baris["realisasi_rp"].sum() == 8_400_000


def test_the_version_with_sp2d_is_counted_whatever_its_value(tmp_path):
    """B2 (SPP-LS/B/001) in process in a.json at 6.100.000, paid in b.json at 6.000.000."""
    jan = _records(PKM_JAN)
    spp = copy.deepcopy(jan[1])
    spp.update(nilai_realisasi=6_100_000, nomor_sp2d="null", tanggal_sp2d="null", nilai_sp2d=None)
    _write(tmp_path / "d", [spp], "b.json")
    _write(tmp_path / "d", [jan[1]], "a.json")
    baris = hitung_realisasi(read(tmp_path / "d").rekaman).set_index("berkas")
    assert baris.loc["b.json", "status_realisasi"] == "ganda"
    assert baris["realisasi_rp"].sum() == 6_000_000
    t = semua_temuan(baris.reset_index())
    t = t[t["jenis"] == "sipd_realisasi_nilai_berubah"]
    assert t[["tabel", "nilai_hitung"]].astype(str).values.tolist() == [["SIPD b.json", "100000.0"]]


# the fast test(s) of the same finding: test_the_version_with_sp2d_is_counted_whatever_its_value
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_two_lines_of_one_export_are_not_merged_with_another_export(tmp_path):
    """a.json holds B1 twice (both counted: the export says they are two); b.json B1 once at another
    value: the line is not held once by every export, so values stay part of the key (3 lines), and
    the finding says the 2.600.000 may be counted twice."""
    jan = _records(PKM_JAN)
    b1 = copy.deepcopy(jan[0])
    b1["nilai_realisasi"] = 2_600_000
    _write(tmp_path / "d", [jan[0], jan[0]], "a.json")
    _write(tmp_path / "d", [b1], "b.json")
    baris = hitung_realisasi(read(tmp_path / "d").rekaman)
    assert baris["status_realisasi"].astype(str).tolist() == ["terealisasi"] * 3
    assert baris["realisasi_rp"].sum() == 2 * 2_400_000 + 2_600_000
    # but not in silence: b.json's 2.600.000 may be one of a.json's lines changed
    t = semua_temuan(baris)
    t = t[t["jenis"] == "sipd_realisasi_nilai_berubah"]
    assert t[["tabel", "baris_sumber", "nilai_dokumen", "nilai_hitung"]].astype(str).values.tolist() == [
        ["SIPD b.json", "1", "2600000.0", "2600000.0"]]
    assert "mungkin terhitung dua kali" in t["pesan"].iloc[0]


def test_the_plan_reader_says_a_realisation_export_is_one(tmp_path):
    path = _write(tmp_path, _records(PKM_JAN), "jan.json")
    with pytest.raises(RenjaParseError) as err:
        load_sipd(path)
    text = str(err.value)
    assert "\n" not in text and "ekspor realisasi SIPD" in text and "bukan ekspor Renja" in text
    assert "build --source" in text and "load_sipd_realisasi" in text and "rekaman tanpa pagu" not in text
    with pytest.raises(RenjaParseError, match="folder hanya memuat ekspor realisasi SIPD"):
        load_sipd(tmp_path)


# --- b. against the plan: a mixed folder, the findings that need the plan --------------------------

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "tests" / "data" / "sipd-nyata" / "dinas-kesehatan-indikator.json"
DINKES, PKM = "1.02.0.00.0.00.01.0000", "1.02.0.00.0.00.01.0001"


def _mixed(folder: Path, plan: list[dict] | None = None) -> Path:
    """The six realisation exports of tests/data/sipd-realisasi and the plan of tests/data/sipd-nyata
    (or ``plan``, its records changed) in one folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in EXPORTS:
        (folder / name).write_text(json.dumps(EXPORTS[name]), encoding="utf-8")
    records = plan if plan is not None else json.loads(PLAN.read_text(encoding="utf-8"))
    (folder / "renja.json").write_text(json.dumps(records), encoding="utf-8")
    (folder / "README.md").write_text("catatan", encoding="utf-8")
    return folder


def _found(t, jenis):
    t = t[t["jenis"] == jenis]
    return t[["tingkat", "tabel", "baris_sumber", "nilai_dokumen", "nilai_hitung"]].astype(str).values.tolist()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The mixed folder (``_mixed``) read once: the tests of this section and of c. share it."""
    return load_sipd_realisasi(_mixed(tmp_path_factory.mktemp("campur") / "d"))


def test_a_mixed_folder_is_read_as_plan_and_realisation(mixed):
    data = mixed                    # load_sipd_realisasi(_mixed(folder))
    assert data.rencana is not None and data.rencana.berkas["berkas"].tolist() == ["renja.json"]
    assert data.berkas["berkas"].tolist() == sorted(EXPORTS)
    # each file once, as what it is: the README is the only file neither reader read
    assert data.dilewati == [("README.md", "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)")]
    assert [n for n, _ in data.rencana.dilewati] == ["README.md"]
    # serapan as tests/unit/test_sipd_realisasi.py derives it: the Dinas with its Puskesmas (the plan's SKPD)
    # 1.752.100.000 of 8.443.000.000; the Dinas' own sub-unit 1.735.750.000 of 8.320.000.000
    s = data.serapan.set_index(["agregasi", "kode_skpd", "kode", "triwulan"])
    assert s.loc[("perangkat_daerah", DINKES, DINKES, 1), "pagu_rp"] == 8_443_000_000
    assert s.loc[("perangkat_daerah", DINKES, DINKES, 1), "realisasi_kumulatif_rp"] == 1_752_100_000
    assert s.loc[("sub_unit", DINKES, DINKES, 1), "realisasi_kumulatif_rp"] == 1_735_750_000
    assert set(data.tables()) >= {"sipd_realisasi", "sipd_serapan"}
    # A8: 1.02.02.2.02.0033 of the Dinas, paid 3.000.000 (dinkes-02, record 5), not in the plan
    assert _found(data.temuan, "sipd_realisasi_tanpa_rencana") == [
        ["peringatan", "SIPD realisasi-dinkes-2026-02.json", "5", "3000000.0", "3000000.0"]]
    assert _found(data.temuan, "sipd_realisasi_di_atas_pagu") == []


def test_the_plan_reader_sets_realisation_exports_aside(tmp_path):
    from renja_analysis.sources.sipd import REALISASI_DILEWATI

    plan = load_sipd(_mixed(tmp_path / "d"))
    assert plan.berkas["berkas"].tolist() == ["renja.json"]
    assert sorted(n for n, why in plan.dilewati if why == REALISASI_DILEWATI) == sorted(EXPORTS)


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_realisation_above_the_pagu(tmp_path):
    """The Puskesmas' 1.02.02.2.02.0002 planned at 8.000.000 instead of 40.000.000: B2 6.000.000 +
    B6 3.100.000 = 9.100.000 by TW I, 1.100.000 above; B6 (pkm-03, record 3, 18 March) paid last."""
    plan = json.loads(PLAN.read_text(encoding="utf-8"))
    assert plan[8]["kode_sub_giat"] == "1.02.02.2.02.0002"
    plan[8]["pagu"] = 8_000_000
    data = load_sipd_realisasi(_mixed(tmp_path / "d", plan))
    assert _found(data.temuan, "sipd_realisasi_di_atas_pagu") == [
        ["kritis", "SIPD realisasi-puskesmas-sukomoro-2026-03.json", "3", "9100000.0", "1100000.0"]]


# the fast test(s) of the same finding: test_a_mixed_folder_is_read_as_plan_and_realisation
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_an_office_the_plan_does_not_hold(tmp_path):
    """The plan of the Dinas alone (records 1-7): the Puskesmas' three sub kegiatan have no plan of
    their office (info, not blamed on the sub kegiatan): 0001 B1 + B5 = 5.500.000 (first line B1,
    pkm-01 record 1), 0002 B2 + B6 = 9.100.000 (B2, pkm-01 record 2), 0003 B3 1.750.000 (pkm-02,
    record 1: the February export saved as the API's answer)."""
    plan = json.loads(PLAN.read_text(encoding="utf-8"))[:7]
    data = load_sipd_realisasi(_mixed(tmp_path / "d", plan))
    found = _found(data.temuan, "sipd_realisasi_tanpa_rencana")
    assert found == [
        ["peringatan", "SIPD realisasi-dinkes-2026-02.json", "5", "3000000.0", "3000000.0"],
        ["info", "SIPD realisasi-puskesmas-sukomoro-2026-01.json", "1", "5500000.0", "5500000.0"],
        ["info", "SIPD realisasi-puskesmas-sukomoro-2026-01.json", "2", "9100000.0", "9100000.0"],
        ["info", "SIPD realisasi-puskesmas-sukomoro-2026-02.json", "1", "1750000.0", "1750000.0"]]


@pytest.mark.slow  # a whole build of a mixed folder (1.8 s idle)
def test_build_of_a_mixed_folder_writes_both_and_the_serapan(tmp_path, capsys):
    from renja_analysis.cli import main

    folder = _mixed(tmp_path / "d")
    out = tmp_path / "o"
    assert main(["build", "--source", str(folder), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    for name in [*EXPORTS, "renja.json", "README.md"]:
        assert printed.count(name + " ") + printed.count(name + ":") >= 1
        assert sum(line.startswith(("berkas " + name, "dilewati: " + name)) for line in printed.splitlines()) == 1
    for table in ("sipd_rencana", "sipd_temuan", "sipd_realisasi", "sipd_realisasi_temuan", "sipd_serapan"):
        assert (out / f"{table}.csv").exists()


# --- c. the realisation page (80-realisasi-sipd): its views, computed in present.realisation ----------

def test_monthly_serapan_per_office(mixed):
    """One SKPD (the plan files the Puskesmas under the Dinas): Dinas + Puskesmas 528.500.000 + 8.400.000
    = 536.900.000; 1.231.500.000 + 10.150.000 = 1.241.650.000; 1.735.750.000 + 16.350.000 = 1.752.100.000
    of 8.320.000.000 + 123.000.000 = 8.443.000.000. In process: 200 M + 0; 0 + 9 M; 45 M + 9 M.
    Expectation: month x 100 / 12."""
    from renja_analysis.present.realisation import serapan_bulanan

    b = serapan_bulanan(mixed.periode, mixed.serapan)
    assert b["kode_skpd"].tolist() == [DINKES] * 3 and b["bulan"].tolist() == [1, 2, 3]
    assert b["realisasi_kumulatif_rp"].tolist() == [536_900_000, 1_241_650_000, 1_752_100_000]
    assert b["pagu_rp"].tolist() == [8_443_000_000] * 3
    assert b["serapan_persen"].iloc[2] == pytest.approx(1_752_100_000 / 8_443_000_000 * 100)
    assert b["harapan_persen"].tolist() == pytest.approx([100 / 12, 200 / 12, 25.0])
    assert b["dalam_proses_rp"].tolist() == [200_000_000, 9_000_000, 54_000_000]
    without = serapan_bulanan(mixed.periode, None)
    assert without["pagu_rp"].isna().all() and without["serapan_persen"].isna().all()


def test_each_sub_unit_under_its_skpd(mixed):
    """The sub-unit level kept below the SKPD: the Dinas' own 1.735.750.000 of 8.320.000.000 (20,86%), the
    Puskesmas 16.350.000 of 123.000.000 (13,29%), both placed by the plan (its file rule)."""
    from renja_analysis.present.realisation import per_sub_unit, tabel_sub_unit

    u = per_sub_unit(mixed.periode, mixed.serapan)
    assert u[["kode_skpd", "kode", "realisasi_kumulatif_rp", "pagu_rp"]].values.tolist() == [
        [DINKES, DINKES, 1_735_750_000, 8_320_000_000], [DINKES, PKM, 16_350_000, 123_000_000]]
    assert u["serapan_persen"].tolist() == pytest.approx([1_735_750_000 / 83_200_000, 16_350_000 / 1_230_000])
    t = tabel_sub_unit(u)
    assert t["Perangkat daerah menurut"].tolist() == ["ekspor Renja"] * 2
    assert t["Sub unit"].tolist() == ["DINAS KESEHATAN", "PUSKESMAS SUKOMORO"]


def test_the_sub_kegiatan_furthest_behind_in_rupiah(mixed):
    """TW I expectation 25% of the pagu, less the realisation (pagu from tests/sipd_nyata_fixture.py), per
    sub kegiatan of the SKPD (its sub-units together): gaji X.XX.01.2.02.0001 1.612,5 M - 1.500 M (A1, A6,
    A10) = 112,5 M; obat 1.02.02.2.01.0014 312,5 M - 200 M (A3') = 112,5 M (a tie: by code);
    1.02.02.2.02.0001 (Dinas 340 M + Puskesmas 45 M) 96,25 M - 13 M (A4 7,5 M + B1 2,4 M + B5 3,1 M)
    = 83,25 M; ATK X.XX.01.2.02.0002 30 M - 12,5 M = 17,5 M; 1.02.02.2.02.0015 15 M - 0 = 15 M (A9 45 M
    in process); perjalanan 1.02.02.2.02.0020 21,25 M - 8,5 M = 12,75 M; 0003 9,5 M - 1,75 M = 7,75 M,
    0002 10 M - 9,1 M = 0,9 M. X.XX.01.2.02.0005 (3,75 M, 4,25 M paid) is ahead; 1.02.02.2.02.0033 is
    not planned."""
    from renja_analysis.present.realisation import paling_tertinggal

    t = paling_tertinggal(mixed.serapan, n=20)
    assert t["kode"].tolist() == ["1.02.02.2.01.0014", "X.XX.01.2.02.0001", "1.02.02.2.02.0001", "X.XX.01.2.02.0002",
                                  "1.02.02.2.02.0015", "1.02.02.2.02.0020", "1.02.02.2.02.0003", "1.02.02.2.02.0002"]
    assert t["kurang_rp"].tolist() == pytest.approx([112_500_000, 112_500_000, 83_250_000, 17_500_000, 15_000_000,
                                                     12_750_000, 7_750_000, 900_000])
    assert len(paling_tertinggal(mixed.serapan)) == 8 and len(paling_tertinggal(mixed.serapan, n=3)) == 3
    assert paling_tertinggal(None).empty


def test_payments_in_process(mixed):
    """B4' (pkm-03, record 1, SPP of 25 February, 9.000.000, 30 days before 27 March) and A9
    (dinkes-03, record 1, 27 March, 45.000.000, 0 days)."""
    from renja_analysis.present.realisation import dalam_proses, tabel_dalam_proses

    d = dalam_proses(mixed.baris)
    assert d[["berkas", "baris", "dalam_proses_rp", "umur_hari"]].astype(str).values.tolist() == [
        ["realisasi-puskesmas-sukomoro-2026-03.json", "1", "9000000.0", "30"],
        ["realisasi-dinkes-2026-03.json", "1", "45000000.0", "0"]]
    assert tabel_dalam_proses(d)["Tanggal"].tolist() == ["25 Februari 2026", "27 Maret 2026"]


def test_the_summary_says_serapan_against_the_expectation(mixed):
    """1.735.750.000 + 16.350.000 = 1.752.100.000 of 8.320.000.000 + 123.000.000 = 8.443.000.000:
    20,75%; expectation 25%; one SKPD (the Puskesmas in the Dinas); findings: proses_lama,
    periode_tumpang_tindih, tanpa_rencana, kesesuaian (the pemda the realisation does not name)."""
    from renja_analysis.present.realisation import ringkasan_realisasi

    text = ringkasan_realisasi(mixed).replace("\xa0", " ")
    assert "1 perangkat daerah (2 sub unit, dikelompokkan menurut ekspor Renja)" in text
    assert "Terealisasi Rp1.752.100.000 (14 baris); dalam proses Rp54.000.000 (2 baris" in text
    assert "Serapan sampai triwulan 1: 20,75% dari pagu Rp8.443.000.000 dalam ekspor Renja, harapan 25,00%." in text
    assert "terendah" not in text               # one SKPD: no lowest to name
    # the realisation exports name no pemda: said, not assumed (sipd_realisasi_kesesuaian, info)
    assert "Kesamaan pemda ekspor Renja dan realisasi tidak dapat diperiksa" in text
    assert "Temuan data realisasi: 4 (0 kritis)." in text


def test_the_chart_draws_one_line_per_office_and_the_expectation(mixed):
    from renja_analysis.present import plots
    from renja_analysis.present.realisation import serapan_bulanan

    fig = plots.serapan_kumulatif_sipd(serapan_bulanan(mixed.periode, mixed.serapan))
    labels = [line.get_label() for line in fig.axes[0].get_lines()]
    assert labels[:2] == ["DINAS KESEHATAN", "Harapan (linier per triwulan)"]      # one SKPD, its Puskesmas in it


@pytest.mark.slow  # executes a notebook
def test_the_page_template_runs(tmp_path):
    from renja_analysis import report
    from renja_analysis.config import NOTEBOOK_TEMPLATES

    out = report.notebooks.execute(NOTEBOOK_TEMPLATES / "80-realisasi-sipd.ipynb", tmp_path / "80.ipynb", {},
                                   cwd=tmp_path)
    nb = json.loads(out.read_text(encoding="utf-8"))
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    md = [c["source"] for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert md[0] == "# Realisasi SIPD-RI (penatausahaan)" and md[1] == "## Ringkasan"
    text = "".join(str(o.get("data", {})) for c in nb["cells"] for o in c.get("outputs", []))
    assert "data contoh untuk pengujian" in text and "20,75" in text and "PUSKESMAS SUKOMORO" in text


def test_the_report_lists_the_page_when_given_realisation():
    from renja_analysis.report.notebooks import parameter_realisasi
    from renja_analysis.report.pages import halaman, urutan_cetak

    assert "80-realisasi-sipd.ipynb" not in [n for n, _, _ in halaman(ROOT / "tests" / "data" / "sipd")]
    pages = halaman(False, "/data/pemda/realisasi")
    assert pages[-1][:2] == ("80-realisasi-sipd.ipynb", "Realisasi SIPD")
    assert halaman(False, ROOT / "tests" / "data" / "sipd-realisasi")[-1][1] == "Realisasi SIPD (contoh)"
    order = [f for f, _ in urutan_cetak()]
    assert order.index("70-sipd-pemda.html") + 1 == order.index("80-realisasi-sipd.html")
    assert parameter_realisasi(ROOT / "tests" / "data" / "sipd-realisasi", ROOT / "tests" / "data" / "sipd-nyata") == {
        "realisasi": "tests/data/sipd-realisasi", "rencana": "tests/data/sipd-nyata"}


def test_report_refuses_a_realisation_path_that_is_none(tmp_path, capsys):
    from renja_analysis.cli import main

    path = _write(tmp_path, json.loads(PLAN.read_text(encoding="utf-8")), "renja.json")
    assert main(["report", "--realisasi", str(path), "--tanpa-pdf"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bukan ekspor realisasi SIPD" in err[0] and "--realisasi" in err[0]


# the fast test(s) of the same finding: test_a_mixed_folder_is_read_as_plan_and_realisation
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_check_of_a_mixed_folder_lists_each_file_once_and_the_plan_findings(tmp_path, capsys):
    from renja_analysis.cli import main

    folder = _mixed(tmp_path / "d")
    assert main(["check", "--source", str(folder)]) == 0
    printed = capsys.readouterr().out
    lines = printed.splitlines()
    for name in [*EXPORTS, "renja.json", "README.md"]:
        assert sum(line.startswith(("berkas " + name, "dilewati: " + name)) for line in lines) == 1, name
    assert "sipd_realisasi_tanpa_rencana" in printed


# --- d. the pemda and year guard between the plan and the realisation ------------------------------

def _with(tmp_path: Path, **fields) -> Path:
    """The mixed folder, every realisation record given ``fields`` (e.g. a ``nama_daerah``)."""
    folder = _mixed(tmp_path / "d")
    for name in EXPORTS:
        records = _records(name)
        for r in records:
            r.update(fields)
        _write(folder, records, name)
    return folder


def test_the_guard_on_the_fixture_says_what_it_cannot_check(mixed):
    """The plan names its pemda (Kabupaten Contoh, from lokasi_bl; id_daerah 89), the realisation exports
    none: pemda ``tidak_diketahui``, year 2026 on both sides: ``sama``; one info finding, no refusal."""
    kes = mixed.kesesuaian
    assert kes.tabel[["aspek", "status"]].values.tolist() == [["pemda", "tidak_diketahui"], ["tahun", "sama"]]
    t = mixed.temuan[mixed.temuan["jenis"] == "sipd_realisasi_kesesuaian"]
    assert t[["tingkat", "kolom"]].values.tolist() == [["info", "pemda"]]
    assert "Kabupaten Contoh" in t["pesan"].iloc[0] and "tidak diandaikan" in t["pesan"].iloc[0]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("fields", first_fast([{"id_daerah": "89"}, {"nama_daerah": "Kab. Contoh"}]))
def test_the_same_pemda_by_id_or_name_is_no_finding(tmp_path, fields):
    """id_daerah 89 on both sides: the same pemda; a nama_daerah "Kab. Contoh" is Kabupaten Contoh."""
    data = load_sipd_realisasi(_with(tmp_path, **fields))
    assert data.kesesuaian.tabel["status"].tolist() == ["sama", "sama"]
    assert "sipd_realisasi_kesesuaian" not in set(data.temuan["jenis"].astype(str))


@pytest.mark.slow  # three command-line runs and two loads
def test_a_plan_of_another_pemda_is_refused_unless_forced(tmp_path, capsys):
    """The realisation of "Kota Lain" against the plan of Kabupaten Contoh: refused in one line (exit 2);
    forced, set side by side with one info finding naming both pemda."""
    from renja_analysis.cli import main
    from renja_analysis.findings.reconciliation import SipdTidakSepadan

    folder = _with(tmp_path, nama_daerah="Kota Lain")
    with pytest.raises(SipdTidakSepadan, match=r"pemda rencana Kabupaten Contoh .*realisasi Kota Lain"):
        load_sipd_realisasi(folder)
    for cmd in ("check", "build"):
        extra = ["--out", str(tmp_path / "o")] if cmd == "build" else []
        assert main([cmd, "--source", str(folder), *extra]) == 2
        err = [line for line in capsys.readouterr().err.splitlines() if line]
        assert len(err) == 1 and "tidak sepadan" in err[0] and "--paksa" in err[0]
    assert not (tmp_path / "o").exists()
    assert main(["check", "--source", str(folder), "--paksa"]) == 0
    out = capsys.readouterr().out
    assert "pemda BEDA (rencana Kabupaten Contoh, realisasi Kota Lain)" in out and "karena --paksa" in out
    data = load_sipd_realisasi(folder, paksa=True)
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_kesesuaian"]
    assert t[["tingkat", "kolom"]].values.tolist() == [["info", "pemda"]] and "--paksa" in t["pesan"].iloc[0]


def test_a_plan_of_another_year_is_refused(sipd_dinkes):
    """tests/data/sipd/dinkes-contoh.json is of 2024 (pemda Kabupaten Magetan), the realisation of 2026."""
    from renja_analysis.findings.reconciliation import SipdTidakSepadan

    plan = sipd_dinkes              # load_sipd(tests/data/sipd/dinkes-contoh.json), tests/conftest.py
    with pytest.raises(SipdTidakSepadan, match=r"tahun rencana 2024 .*realisasi 2026"):
        load_sipd_realisasi(Path(__file__).resolve().parents[1] / "data" / "sipd-realisasi", rencana=plan)


def test_report_refuses_a_plan_of_another_pemda_before_any_notebook(tmp_path, capsys):
    from renja_analysis.cli import main

    folder = _with(tmp_path, nama_daerah="Kota Lain")
    assert main(["report", "--realisasi", str(folder), "--tanpa-pdf", "--quiet"]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line and not line.startswith("PERHATIAN")]
    assert len(err) == 1 and "halaman realisasi tidak dibuat" in err[0] and "Kota Lain" in err[0]
