"""SIPD-RI realisation exports: reading by content, personal fields dropped, the counting rule,
the month/quarter series, a folder of monthly exports as one year, the command line.

Expected values come from ``tests/data/sipd-realisasi/README.md`` (derived by hand there).
"""
from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from sipd_realisasi_fixture import DATA, EXPORTS, PERSONAL

from renja_analysis.cli import main
from renja_analysis.errors import RenjaParseError
from renja_analysis.load import load_sipd_realisasi
from renja_analysis.sources.sipd_realisation import is_realisasi, is_sipd_realisasi, read
from renja_analysis.tables.realisation import hitung_realisasi

DINKES, PKM = "1.02.0.00.0.00.01.0000", "1.02.0.00.0.00.01.0001"
JAN = "realisasi-dinkes-2026-01.json"


@pytest.fixture(scope="module")
def data(sipd_realisasi):
    return sipd_realisasi              # load_sipd_realisasi(DATA), tests/conftest.py


def _cli(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, [line for line in err.splitlines() if line]


def _records(name: str) -> list[dict]:
    value = EXPORTS[name]
    return copy.deepcopy(value["data"] if isinstance(value, dict) else value)


def _write(folder: Path, records, name: str = "ekspor.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


# --- reading -------------------------------------------------------------------------------------

def test_the_fixture_is_what_the_script_writes():
    for name, records in EXPORTS.items():
        assert json.loads((DATA / name).read_text(encoding="utf-8")) == records


def test_a_folder_of_monthly_exports_reads_as_one_year(data):
    assert len(data.baris) == 20                                   # 5 + 5 + 3 + 2 + 2 + 3 records
    assert data.baris["tahun"].unique().tolist() == [2026]          # no tahun field: from the dates
    assert data.berkas["status"].tolist() == ["dibaca"] * 6
    assert data.berkas["jumlah_rekaman"].tolist() == [5, 5, 3, 2, 2, 3]
    # counted once: dinkes-01 loses A3 and A4, pkm-02 loses B4
    assert data.berkas["jumlah_dihitung"].tolist() == [3, 5, 3, 2, 1, 3]
    assert data.berkas["jumlah_dinyatakan"].tolist()[4] == 2        # the API answer's recordsTotal
    assert data.dilewati == [("README.md", "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)")]
    assert str(data.berkas["tanggal_awal"].iloc[1].date()) == "2026-01-28"   # dinkes-02 reaches back to A3


def test_types_and_missing_values(data):
    b = data.baris.set_index(["berkas", "rekaman"])
    assert str(b["tanggal_dokumen"].dtype).startswith("datetime64")
    assert str(b["nilai_realisasi_rp"].dtype) == "Float64" and str(b["kode_rekening"].dtype) == "string"
    a1 = b.loc[(JAN, 1)]
    assert str(a1["tanggal_sp2d"].date()) == "2026-01-08"            # "2026-01-08 10:15:00": the day
    a3 = b.loc[(JAN, 3)]                                             # JSON null
    assert pd.isna(a3["nomor_sp2d"]) and pd.isna(a3["tanggal_sp2d"]) and a3["nomor_spm"] == "SPM-LS/A/002"
    a9 = b.loc[("realisasi-dinkes-2026-03.json", 1)]                 # the string "null"
    assert pd.isna(a9["nomor_sp2d"]) and pd.isna(a9["tanggal_sp2d"]) and pd.isna(a9["nomor_spm"])
    assert pd.isna(b.loc[(JAN, 2), "nilai_setoran_rp"])              # JSON null
    assert pd.isna(b.loc[("realisasi-dinkes-2026-03.json", 3), "nilai_setoran_rp"])   # ""
    assert b.loc[("realisasi-puskesmas-sukomoro-2026-01.json", 2), "nilai_realisasi_rp"] == 6_000_000  # "6000000.00"
    assert b.loc[(JAN, 1), "kode_fungsi"] == "07"                    # a code keeps its leading zero


def test_personal_fields_reach_no_table_and_no_file(data, tmp_path, capsys):
    for df in data.tables().values():
        assert not {"nip_pegawai", "nama_pegawai", "npwp"} & set(df.columns)
        text = df.astype(str).to_csv()
        assert not any(v in text for v in PERSONAL.values())
    out = tmp_path / "o"
    code, printed, _ = _cli(["build", "--source", str(DATA), "--out", str(out)], capsys)
    assert code == 0
    files = sorted(out.iterdir())
    assert [p.name for p in files] == sorted(f"{t}.{e}" for t in ("sipd_realisasi", "sipd_realisasi_periode",
                                                                  "sipd_realisasi_berkas", "sipd_realisasi_temuan")
                                             for e in ("csv", "parquet"))
    for p in files:
        raw = p.read_bytes()
        for needle in list(PERSONAL.values()) + ["nip_pegawai", "nama_pegawai", "npwp"]:
            assert needle.encode() not in raw, (p.name, needle)
    assert not any(v in printed for v in PERSONAL.values())


def test_read_by_content_not_by_name(tmp_path):
    odd = tmp_path / "catatan.txt"
    odd.write_bytes((DATA / JAN).read_bytes())
    assert is_sipd_realisasi(odd, odd.read_bytes()) and is_realisasi(odd)
    assert len(read(odd).rekaman) == 5
    renja = Path(__file__).resolve().parents[1] / "data" / "sipd-nyata" / "dinas-kesehatan-indikator.json"
    assert not is_sipd_realisasi(renja, renja.read_bytes()) and not is_realisasi(renja.parent)
    with pytest.raises(RenjaParseError, match="bukan ekspor realisasi SIPD"):
        read(renja)


def test_csv_reads_like_the_json(tmp_path):
    records = _records(JAN)
    header = list(records[0])
    path = tmp_path / "jan.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(header)
        for r in records:
            w.writerow(["" if r[h] is None else r[h] for h in header])
    a, b = read(path).rekaman, read(DATA / JAN).rekaman
    cols = [c for c in a.columns if c not in ("berkas", "baris")]
    pd.testing.assert_frame_equal(a[cols], b[cols])


BAD = [
    ("not-json", "[{\"kode_sub_giat\": ", r"ekspor\.json.*bukan JSON yang sah"),
    ("no-rekening", "drop:kode_rekening", r"ekspor\.json, rekaman 2, sel kode_rekening: rekaman tanpa kode_rekening"),
    ("nilai-text", ("nilai_realisasi", "banyak"), r"rekaman 2, sel nilai_realisasi: nilai_realisasi bukan angka"),
    ("nilai-null", ("nilai_realisasi", "null"), r"rekaman 2, sel nilai_realisasi: nilai_realisasi kosong"),
    ("date-local", ("tanggal_dokumen", "20/01/2026"), r"rekaman 2, sel tanggal_dokumen: tanggal_dokumen bukan tanggal"),
    ("date-impossible", ("tanggal_sp2d", "2026-02-30"), r"rekaman 2, sel tanggal_sp2d: tanggal_sp2d bukan tanggal"),
    ("code-number", ("kode_rekening", 5.1), r"rekaman 2, sel kode_rekening: kode kode_rekening tersimpan sebagai angka"),
]


@pytest.mark.parametrize("case, change, message", BAD, ids=[c[0] for c in BAD])
def test_bad_input_names_file_record_and_field(tmp_path, capsys, case, change, message):
    records = _records(JAN)
    if isinstance(change, str) and change.startswith("drop:"):
        del records[1][change[5:]]
        path = _write(tmp_path, records)
    elif isinstance(change, tuple):
        records[1][change[0]] = change[1]
        path = _write(tmp_path, records)
    else:
        path = tmp_path / "ekspor.json"
        path.write_text(change + '"x", "nilai_realisasi": 1', encoding="utf-8")
    if case != "not-json":
        with pytest.raises(RenjaParseError, match=message):
            load_sipd_realisasi(path)
    out = tmp_path / "o"
    code, _, err = _cli(["build", "--source", str(path), "--out", str(out)], capsys)
    assert code == 2 and len(err) == 1 and err[0].startswith("galat: ") and str(path) in err[0]
    assert not out.exists()


# Which bad cell is named when several fields hold one: the fields in TEKS' order, and within a
# code field the fraction before any other bad cell (the reader types all text fields at once,
# and must name the cell a field-by-field reading names). Records 1-based, as in the messages.
ORDER = [
    ("earlier-field-first", {("kode_giat", 2): 1.2, ("nama_skpd", 3): ["x"]},
     r"rekaman 4, sel nama_skpd: nama_skpd bukan teks"),
    ("code-before-later-field", {("kode_rekening", 1): 5.1, ("nama_rekening", 0): {"a": 1}},
     r"rekaman 2, sel kode_rekening: kode kode_rekening tersimpan sebagai angka"),
    ("fraction-first-in-its-field", {("kode_giat", 0): True, ("kode_giat", 2): 1.2},
     r"rekaman 3, sel kode_giat: kode kode_giat tersimpan sebagai angka"),
    ("non-text-in-a-code", {("kode_giat", 2): True},
     r"rekaman 3, sel kode_giat: kode_giat bukan teks"),
]


@pytest.mark.parametrize("case, cells, message", ORDER, ids=[c[0] for c in ORDER])
def test_the_first_bad_field_is_named(tmp_path, case, cells, message):
    records = _records(JAN)
    for (name, k), value in cells.items():
        records[k][name] = value
    with pytest.raises(RenjaParseError, match=message):
        read(_write(tmp_path, records))


def test_two_budget_years_in_one_folder_are_refused(tmp_path, capsys):
    _write(tmp_path / "d", _records(JAN), "a.json")
    later = _records(JAN)
    for r in later:
        r["tahun"] = 2027
    _write(tmp_path / "d", later, "b.json")
    with pytest.raises(RenjaParseError, match=r"ekspor dari 2 tahun anggaran: 2026 \(a\.json\), 2027 \(b\.json\)"):
        load_sipd_realisasi(tmp_path / "d")
    code, _, err = _cli(["build", "--source", str(tmp_path / "d"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and len(err) == 1 and "realisasi dua tahun tidak dijumlahkan" in err[0]


# --- the counting rule ---------------------------------------------------------------------------

def test_every_line_counted_as_the_readme_says(data):
    got = data.baris.set_index(["berkas", "rekaman"])["status_realisasi"].astype(str)
    d, p = "realisasi-dinkes-2026-0", "realisasi-puskesmas-sukomoro-2026-0"
    expected = {
        (f"{d}1.json", 1): "terealisasi", (f"{d}1.json", 2): "terealisasi", (f"{d}1.json", 3): "ganda",
        (f"{d}1.json", 4): "ganda", (f"{d}1.json", 5): "terealisasi",
        (f"{d}2.json", 1): "terealisasi", (f"{d}2.json", 2): "terealisasi", (f"{d}2.json", 3): "terealisasi",
        (f"{d}2.json", 4): "bukan_belanja", (f"{d}2.json", 5): "terealisasi",
        (f"{d}3.json", 1): "dalam_proses", (f"{d}3.json", 2): "terealisasi", (f"{d}3.json", 3): "terealisasi",
        (f"{p}1.json", 1): "terealisasi", (f"{p}1.json", 2): "terealisasi",
        (f"{p}2.json", 1): "terealisasi", (f"{p}2.json", 2): "ganda",
        (f"{p}3.json", 1): "dalam_proses", (f"{p}3.json", 2): "terealisasi", (f"{p}3.json", 3): "terealisasi",
    }
    assert got.to_dict() == expected
    g = data.ganda.set_index(["berkas", "rekaman"])
    assert g[["berkas_asal", "rekaman_asal"]].astype(str).agg("#".join, axis=1).to_dict() == {
        (f"{d}1.json", 3): f"{d}2.json#1", (f"{d}1.json", 4): f"{d}2.json#2", (f"{p}2.json", 2): f"{p}3.json#1"}
    assert float(g["nilai_realisasi_rp"].sum()) == 216_500_000            # 200 M + 7.5 M + 9 M, not counted twice
    b = data.baris.set_index(["berkas", "rekaman"])
    assert b.loc[(f"{d}1.json", 5), "realisasi_rp"] == 8_500_000           # A5: 10 M less the 1.5 M return
    assert str(b.loc[(f"{d}2.json", 1), "tanggal_realisasi"].date()) == "2026-02-03"   # A3': its SP2D date
    assert str(b.loc[(f"{d}1.json", 2), "tanggal_realisasi"].date()) == "2026-01-20"   # A2: the TBP's date
    assert float(data.baris["realisasi_rp"].sum()) == 1_735_750_000 + 16_350_000


def test_what_is_not_counted_is_said(tmp_path):
    records = _records(JAN)
    records[0]["tanggal_sp2d"] = "null"                      # A1: an SP2D number without its date
    records[1]["jenis_transaksi"] = "NIHIL"                  # A2: a transaction the rule does not know
    records[4]["tanggal_dokumen"] = "2025-12-30"             # A5: a TBP of the year before
    for r in records:
        r["tahun"] = 2026
    baris = hitung_realisasi(read(_write(tmp_path, records)).rekaman)
    assert baris["status_realisasi"].astype(str).tolist() == [
        "sp2d_tidak_lengkap", "jenis_tidak_dikenal", "dalam_proses", "terealisasi", "di_luar_tahun"]
    assert baris["realisasi_rp"].tolist() == [0, 0, 0, 7_500_000, 0]
    assert baris["dalam_proses_rp"].tolist() == [0, 0, 200_000_000, 0, 0]


def test_the_same_line_within_one_export_is_counted_twice(tmp_path):
    """Two identical lines in one export: the export says there are two (only overlaps between
    exports are counted once)."""
    records = _records(JAN)
    baris = hitung_realisasi(read(_write(tmp_path, records + [records[1]])).rekaman)
    assert baris["status_realisasi"].astype(str).tolist().count("ganda") == 0
    assert float(baris["realisasi_rp"].sum()) == 528_500_000 + 12_500_000


# --- the series per unit and period --------------------------------------------------------------

def _series(data, agregasi, kode_skpd, kode, periode):
    p = data.periode
    rows = p[(p["agregasi"] == agregasi) & (p["kode_skpd"] == kode_skpd) & (p["kode"] == kode)
             & (p["periode"] == periode)]
    return rows[["nomor", "realisasi_rp", "realisasi_kumulatif_rp", "dalam_proses_rp"]].astype(float).values.tolist()


def test_totals_per_office_per_month_and_quarter(data):
    assert _series(data, "perangkat_daerah", DINKES, DINKES, "bulan") == [
        [1, 528_500_000, 528_500_000, 200_000_000], [2, 703_000_000, 1_231_500_000, 0],
        [3, 504_250_000, 1_735_750_000, 45_000_000]]
    assert _series(data, "perangkat_daerah", DINKES, DINKES, "triwulan") == [[1, 1_735_750_000, 1_735_750_000,
                                                                              45_000_000]]
    assert _series(data, "perangkat_daerah", PKM, PKM, "bulan") == [
        [1, 8_400_000, 8_400_000, 0], [2, 1_750_000, 10_150_000, 9_000_000], [3, 6_200_000, 16_350_000, 9_000_000]]
    assert _series(data, "perangkat_daerah", PKM, PKM, "triwulan") == [[1, 16_350_000, 16_350_000, 9_000_000]]


def test_sub_kegiatan_program_and_the_table_shape(data):
    assert _series(data, "sub_kegiatan", DINKES, "1.02.02.2.02.0001", "bulan") == [
        [1, 7_500_000, 7_500_000, 0], [2, 0, 7_500_000, 0], [3, 0, 7_500_000, 0]]
    assert _series(data, "sub_kegiatan", PKM, "1.02.02.2.02.0002", "bulan") == [
        [1, 6_000_000, 6_000_000, 0], [2, 0, 6_000_000, 9_000_000], [3, 3_100_000, 9_100_000, 9_000_000]]
    # the sub kegiatan not in the plan is a unit like the others: 3 M in February
    assert _series(data, "sub_kegiatan", DINKES, "1.02.02.2.02.0033", "triwulan") == [[1, 3_000_000, 3_000_000, 0]]
    # program X.XX.01 of the Dinas: gaji 3 x 500 M + ATK 12.5 M + 4.25 M (the GU replenishment not counted)
    assert _series(data, "program", DINKES, "X.XX.01", "triwulan") == [[1, 1_516_750_000, 1_516_750_000, 0]]
    # without a plan each office filing its own exports is its own SKPD (the file rule), with one sub-unit:
    # Dinas 1 + 1 + 2 + 3 + 8, Puskesmas 1 + 1 + 1 + 1 + 3 = 22 units x (3 months + 1 quarter)
    p = data.periode
    assert len(p) == 88 and p["agregasi"].value_counts().to_dict() == {
        "sub_kegiatan": 44, "kegiatan": 16, "program": 12, "perangkat_daerah": 8, "sub_unit": 8}
    assert set(p["dasar_skpd"]) == {"berkas"} and set(data.baris["dasar_skpd"]) == {"berkas"}
    assert _series(data, "sub_unit", PKM, PKM, "triwulan") == [[1, 16_350_000, 16_350_000, 9_000_000]]
    assert set(p["bulan_akhir"]) == {1, 2, 3}
    kegiatan = p[(p["agregasi"] == "sub_kegiatan") & (p["kode"] == "1.02.02.2.02.0033")].iloc[0]
    assert (kegiatan["kode_program"], kegiatan["kode_kegiatan"]) == ("1.02.02", "1.02.02.2.02")


def test_a_quarter_still_running_ends_at_the_last_month(tmp_path):
    records = _records("realisasi-dinkes-2026-03.json")
    records[2]["tanggal_dokumen"] = "2026-05-12"                # A11 in May: TW II up to May
    data = load_sipd_realisasi(_write(tmp_path, records))
    q = data.periode[(data.periode["agregasi"] == "perangkat_daerah") & (data.periode["periode"] == "triwulan")]
    assert q[["nomor", "bulan_akhir", "realisasi_rp", "dalam_proses_rp"]].astype(float).values.tolist() == [
        [1, 3, 500_000_000, 45_000_000], [2, 5, 4_250_000, 45_000_000]]


# --- the command line ----------------------------------------------------------------------------

def test_build_writes_the_tables_byte_identically(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    code, out, _ = _cli(["build", "--source", str(DATA), "--out", str(a)], capsys)
    assert code == 0 and "sipd_realisasi: 20 baris" in out and "sipd_realisasi_periode: 88 baris" in out
    assert "terealisasi 14, dalam proses 2, ganda (dihitung sekali) 3" in out
    assert "dilewati: README.md" in out
    _cli(["build", "--source", str(DATA), "--out", str(b)], capsys)
    assert all((a / p.name).read_bytes() == p.read_bytes() for p in b.iterdir())
    one = tmp_path / "satu"
    assert _cli(["build", "--source", str(DATA / JAN), "--out", str(one)], capsys)[0] == 0
    assert len(pd.read_parquet(one / "sipd_realisasi.parquet")) == 5


# --- findings (the README's planted lines) -------------------------------------------------------

def test_findings_on_the_fixture(data):
    t = data.temuan
    assert t["jenis"].astype(str).tolist() == ["sipd_realisasi_proses_lama", "sipd_realisasi_periode_tumpang_tindih"]
    late, overlap = t.iloc[0], t.iloc[1]
    # B4': SPM of 25 February without SP2D on 27 March (the latest date, A9): 3 + 27 = 30 days > 14
    assert (late["tabel"], late["baris_sumber"], late["nilai_hitung"]) == (
        "SIPD realisasi-puskesmas-sukomoro-2026-03.json", 1, 9_000_000)
    assert "30 hari" in late["pesan"] and "25 Februari 2026" in late["pesan"]
    # A4 in both Dinkes exports: January's payments run to 30 January, February's from 30 January
    assert (overlap["tabel"], overlap["baris_sumber"], overlap["baris_pembanding"], overlap["nilai_hitung"]) == (
        "SIPD realisasi-dinkes-2026-02.json", 2, 4, 7_500_000)
    # the Puskesmas' SPM carried from February to March (B4, B4') is no overlap of periods: no payment date
    # the rupiah at stake, as every SIPD finding carries it (the pemda page ranks by it)
    assert t["nilai_rp"].tolist() == [9_000_000, 7_500_000]


def test_the_threshold_of_days_is_a_strict_bound(data):
    from renja_analysis.findings.realisation import proses_lama

    assert len(proses_lama(data.baris, 30)) == 0 and len(proses_lama(data.baris, 29)) == 1


def test_zero_negative_and_outside_the_year(tmp_path):
    from renja_analysis.findings.realisation import semua_temuan

    records = _records(JAN)
    records[1]["nilai_realisasi"] = 0                       # A2: zero
    records[3]["nilai_realisasi"] = -7_500_000              # A4: negative
    records[4]["nilai_setoran"] = 12_000_000                # A5: a return above the line (10 M)
    records[0]["tanggal_sp2d"] = "2027-01-04"               # A1: paid the year after
    for r in records:
        r["tahun"] = 2026
    t = semua_temuan(hitung_realisasi(read(_write(tmp_path, records)).rekaman))
    got = t[["jenis", "tingkat", "baris_sumber", "nilai_hitung"]].astype(str).values.tolist()
    assert got == [
        ["sipd_realisasi_nilai_tidak_wajar", "peringatan", "2", "0.0"],
        ["sipd_realisasi_nilai_tidak_wajar", "kritis", "4", "-7500000.0"],
        ["sipd_realisasi_nilai_tidak_wajar", "kritis", "5", "-2000000.0"],
        ["sipd_realisasi_di_luar_tahun", "peringatan", "1", "500000000.0"],
        # A3 (SPM 29 January, no SP2D) against the latest date, A1's SP2D of 4 January 2027
        ["sipd_realisasi_proses_lama", "peringatan", "3", "200000000.0"],
    ]
    assert "4 Januari 2027, di luar tahun anggaran 2026" in t.iloc[3]["pesan"]


def test_lines_left_out_are_reported_with_their_rupiah(tmp_path):
    """REV-B D7: a line the counting rule cannot count (an SP2D without its date or number, an
    unknown transaction type) was only a status in ``sipd_realisasi``; no finding named its money."""
    from renja_analysis.findings.realisation import semua_temuan
    from renja_analysis.present.realisation import ringkasan_realisasi

    records = _records(JAN)
    records[0]["tanggal_sp2d"] = None                       # A1 gaji 500 M: SP2D-LS/A/001 without its date
    records[2]["tanggal_sp2d"] = "2026-02-03"               # A3 200 M: an SP2D date without its number
    records[1]["jenis_transaksi"] = "NIHIL"                 # A2 12.5 M and A5 10 M less the 1.5 M return:
    records[4]["jenis_transaksi"] = "NIHIL"                 # one cause in one export, 21 M
    path = _write(tmp_path / "jan", records, JAN)
    t = semua_temuan(hitung_realisasi(read(path).rekaman))
    got = t[["jenis", "tingkat", "tabel", "baris_sumber", "kolom", "nilai_hitung", "nilai_rp"]].astype(str)
    assert got.values.tolist() == [
        ["sipd_realisasi_tidak_dihitung", "peringatan", f"SIPD {JAN}", "1", "tanggal_sp2d", "500000000.0",
         "500000000.0"],
        ["sipd_realisasi_tidak_dihitung", "peringatan", f"SIPD {JAN}", "2", "jenis_transaksi", "21000000.0",
         "21000000.0"],
        ["sipd_realisasi_tidak_dihitung", "peringatan", f"SIPD {JAN}", "3", "nomor_sp2d", "200000000.0",
         "200000000.0"],
    ]
    assert "SP2D-LS/A/001 tetapi tanpa tanggal SP2D" in t.iloc[0]["pesan"]
    assert "2 baris (rekaman 2, 5) senilai Rp21.000.000" in t.iloc[1]["pesan"] and '"NIHIL"' in t.iloc[1]["pesan"]
    assert "tanpa nomor SP2D" in t.iloc[2]["pesan"]
    # the Ringkasan says how much is left out and why, not "tidak dihitung sebagai belanja"
    text = ringkasan_realisasi(load_sipd_realisasi(path)).replace("\xa0", " ")
    # A1 500 M + A3 200 M + A2 12.5 M + A5 8.5 M (A4, 7.5 M, is counted)
    assert ("4 baris senilai Rp721.000.000 tidak dihitung sebagai realisasi (SP2D tidak lengkap, jenis transaksi "
            "tidak dikenal: lihat temuan)") in text and "belanja" not in text


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_the_reviewer_s_uncounted_gaji_is_named(tmp_path):
    """REV-B r14: A1 (January, SP2D without date) and A10 (March, jenis "LS-GAJI"), Rp 500 M each, left
    out of the Dinas' TW I (735.750.000 counted instead of 1.735.750.000): each named with its rupiah."""
    folder = tmp_path / "r14"
    for name in EXPORTS:
        records = EXPORTS[name]
        records = copy.deepcopy(records)
        recs = records["data"] if isinstance(records, dict) else records
        if name == JAN:
            recs[0]["tanggal_sp2d"] = None
        if name == "realisasi-dinkes-2026-03.json":
            recs[1]["jenis_transaksi"] = "LS-GAJI"
        _write(folder, records, name)
    t = load_sipd_realisasi(folder).temuan
    left = t[t["jenis"] == "sipd_realisasi_tidak_dihitung"]
    assert left[["tabel", "baris_sumber", "nilai_hitung"]].values.tolist() == [
        [f"SIPD {JAN}", 1, 500_000_000], ["SIPD realisasi-dinkes-2026-03.json", 2, 500_000_000]]
    assert '"LS-GAJI"' in left.iloc[1]["pesan"]


# the fast test(s) of the same finding: test_the_puskesmas_february_export_does_not_cover_the_dinas,
# test_zero_negative_and_outside_the_year
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_month_without_an_export_is_reported(tmp_path):
    """REV-B D8: the fixture without the Dinas' February export. Its payments run to 30 January (A4,
    dinkes-01 record 4) and resume on 6 March (A10's SP2D, dinkes-03 record 2; A9, record 1, is in
    process): February is covered by no export of the Dinas. A3 (SPP of 28 January, in process in
    January's export) was paid on 3 February in the missing export: the finding must not say it was
    still unpaid on 27 March. The Puskesmas' exports cover its three months: no gap there."""
    folder = tmp_path / "r16"
    for name in EXPORTS:
        if name != "realisasi-dinkes-2026-02.json":
            _write(folder, EXPORTS[name], name)
    t = load_sipd_realisasi(folder).temuan
    assert t[["jenis", "tabel", "baris_sumber"]].values.tolist() == [
        ["sipd_realisasi_proses_lama", f"SIPD {JAN}", 3],
        ["sipd_realisasi_proses_lama", "SIPD realisasi-puskesmas-sukomoro-2026-03.json", 1],
        ["sipd_realisasi_periode_celah", "SIPD realisasi-dinkes-2026-03.json", 2],
    ]
    a3, b4, gap = (t.iloc[i] for i in range(3))
    assert "belum ber-SP2D pada" not in a3["pesan"] and "tidak mencakup Februari 2026" in a3["pesan"]
    assert "data sampai 30 Januari 2026" in a3["pesan"] and a3["nilai_hitung"] == 200_000_000
    assert "belum ber-SP2D pada 27 Maret 2026" in b4["pesan"]            # B4': in the Puskesmas' last export
    assert gap["tingkat"] == "peringatan" and gap["baris_pembanding"] == 4 and pd.isna(gap["nilai_hitung"])
    assert "sampai 30 Januari 2026" in gap["pesan"] and "berlanjut 6 Maret 2026" in gap["pesan"]
    assert "mencakup Februari 2026" in gap["pesan"]
    from renja_analysis.present.realisation import ringkasan_realisasi

    assert "Ekspor realisasi DINAS KESEHATAN tidak mencakup Februari 2026" in ringkasan_realisasi(
        load_sipd_realisasi(folder))


def test_the_puskesmas_february_export_does_not_cover_the_dinas(tmp_path):
    """The same folder with the plan of tests/data/sipd-nyata (the Puskesmas in the Dinas' SKPD): the
    Puskesmas' own February export holds only the Puskesmas, so the Dinas' February is still a gap."""
    from renja_analysis.load import load_sipd

    folder = tmp_path / "r16"
    for name in EXPORTS:
        if name != "realisasi-dinkes-2026-02.json":
            _write(folder, EXPORTS[name], name)
    plan = load_sipd(Path(__file__).resolve().parents[1] / "data" / "sipd-nyata")
    t = load_sipd_realisasi(folder, rencana=plan).temuan
    gap = t[t["jenis"] == "sipd_realisasi_periode_celah"]
    assert gap[["tabel", "baris_sumber"]].values.tolist() == [["SIPD realisasi-dinkes-2026-03.json", 2]]


def _paid(rows):
    """Lines of ``(file, office, SKPD, TBP date)``: one paid line each."""
    return pd.DataFrame({"berkas": [r[0] for r in rows], "baris": range(1, len(rows) + 1),
                         "kode_skpd": [r[1] for r in rows], "kode_skpd_induk": [r[2] for r in rows],
                         "nama_skpd": [r[1] for r in rows], "nama_sub_giat": "S", "jenis_dokumen": "TBP",
                         "tanggal_dokumen": pd.to_datetime([r[3] for r in rows]), "tanggal_sp2d": pd.NaT})


def test_which_export_covers_which_office():
    from renja_analysis.findings.realisation import bulan_celah, periode_celah

    # an office's own exports of January and April: February and March, one finding naming both
    t = periode_celah(_paid([("a-01.json", "A", "A", "2026-01-10"), ("a-04.json", "A", "A", "2026-04-02")]))
    assert t["baris_sumber"].tolist() == [2] and "mencakup Februari sampai Maret 2026" in t.iloc[0]["pesan"]
    # one export of January to March: it covers February, whatever was paid in it
    assert not len(bulan_celah(_paid([("a.json", "A", "A", "2026-01-10"), ("a.json", "A", "A", "2026-03-02")])))
    # another office's February export (the Puskesmas' own) does not cover office A; and P's own
    # exports end in February while its pemda's reach March: March is P's tail gap (RFA F3) ...
    own = [("a-01.json", "A", "S", "2026-01-10"), ("p-02.json", "P", "S", "2026-02-10"),
           ("a-03.json", "A", "S", "2026-03-02")]
    assert bulan_celah(_paid(own))[["kode_skpd", "bulan"]].values.tolist() == [["A", 2026 * 12 + 1], ["P", 2026 * 12 + 2]]
    # (REV-H H6: A's February is inside its span; P's March is the tail of its own exports)
    assert bulan_celah(_paid(own))[["ekor", "ekspor_sendiri"]].values.tolist() == [[False, True], [True, True]]
    # ... but an export holding several offices of A's SKPD (the SKPD's own) does
    joint = own + [("p-02.json", "Q", "S", "2026-02-11")]
    assert not len(bulan_celah(_paid(joint)))
    # and so does every export of an SKPD that files its offices together (January's holds A and P)
    together = own + [("a-01.json", "P", "S", "2026-01-12")]
    assert not len(bulan_celah(_paid(together)))


def test_pemda_wide_exports_cover_every_office():
    """REV-C D7: exports holding several SKPDs (one file per month for the whole pemda). Office D
    (its own SKPD) paid in January and March, nothing in February; the pemda's February export
    holds office A alone (only A paid then). Months are ``tahun * 12 + bulan - 1``: February 2026
    is 24313, April to June 24315 to 24317."""
    from renja_analysis.findings.realisation import bulan_celah

    feb, apr, jun = 2026 * 12 + 1, 2026 * 12 + 3, 2026 * 12 + 5
    wide = [("pemda-01.json", "A", "A", "2026-01-05"), ("pemda-01.json", "D", "D", "2026-01-21"),
            ("pemda-02.json", "A", "A", "2026-02-10"),
            ("pemda-03.json", "A", "A", "2026-03-02"), ("pemda-03.json", "D", "D", "2026-03-11")]
    # February's export is there: D paid nothing in it, no gap (the old rule: D's February)
    assert not len(bulan_celah(_paid(wide)))
    # February's export left out: no export reaches February, a gap for both offices
    assert bulan_celah(_paid([r for r in wide if r[0] != "pemda-02.json"]))[["kode_skpd", "bulan"]].values.tolist() == [
        ["A", feb], ["D", feb]]
    # a pemda-wide export of February without D's SKPD covers D too, whatever else D's exports are;
    # A and B, filed pemda-wide in February only, lack March (D's own export reaches it): their tail
    own = [("d-01.json", "D", "D", "2026-01-21"), ("d-03.json", "D", "D", "2026-03-11"),
           ("pemda-02.json", "A", "A", "2026-02-10"), ("pemda-02.json", "B", "B", "2026-02-12")]
    mar = feb + 1
    assert bulan_celah(_paid(own))[["kode_skpd", "bulan"]].values.tolist() == [["A", mar], ["B", mar]]
    # (REV-H H6: their tail, filed pemda-wide, is not of their own exports: periode_celah's peringatan)
    assert bulan_celah(_paid(own))[["ekor", "ekspor_sendiri"]].values.tolist() == [[True, False], [True, False]]
    # quarterly pemda-wide exports: TW I runs 5 January to 20 March, TW II 6 April to 25 June, TW III
    # 6 July to 3 August; D paid in January and August only: every month of its span is covered
    quarters = [("tw1.json", "A", "A", "2026-01-05"), ("tw1.json", "A", "A", "2026-03-20"),
                ("tw1.json", "D", "D", "2026-01-21"),
                ("tw2.json", "A", "A", "2026-04-06"), ("tw2.json", "A", "A", "2026-06-25"),
                ("tw3.json", "A", "A", "2026-07-06"), ("tw3.json", "D", "D", "2026-08-03")]
    assert not len(bulan_celah(_paid(quarters)))
    # TW II's export left out: April to June uncovered for both
    assert bulan_celah(_paid([r for r in quarters if r[0] != "tw2.json"]))[["kode_skpd", "bulan"]].values.tolist() == [
        ["A", apr], ["A", apr + 1], ["A", jun], ["D", apr], ["D", apr + 1], ["D", jun]]
    # office-specific exports only (no file holds two SKPDs): another SKPD's February export does
    # not cover D, whose own February export is missing; A's exports end in February (its tail: March)
    single = [("d-01.json", "D", "D", "2026-01-21"), ("a-02.json", "A", "A", "2026-02-10"),
              ("d-03.json", "D", "D", "2026-03-11")]
    assert bulan_celah(_paid(single))[["kode_skpd", "bulan"]].values.tolist() == [["D", feb], ["A", mar]]
    # a pemda-wide export covers the offices of its own pemda only (id_daerah): X of pemda 90, in its
    # own exports of January and March, still lacks February
    other = _paid(own + [("x-01.json", "X", "X", "2026-01-07"), ("x-03.json", "X", "X", "2026-03-09")])
    other["id_daerah"] = ["89"] * 4 + ["90"] * 2
    assert bulan_celah(other)[["kode_skpd", "bulan"]].values.tolist() == [["A", mar], ["B", mar], ["X", feb]]


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_pemda_wide_monthly_exports_of_the_fixture(tmp_path):
    """REV-C c4: the fixture's exports of each month in one file (the Dinas and the Puskesmas),
    with DINAS PENDIDIKAN's TBPs of 21 January and 11 March in January's and March's files: every
    file is the pemda's, February's holds the Dinas' and the Puskesmas' February lines; Dinas
    Pendidikan paid nothing then. No month is uncovered."""
    from renja_analysis.findings.realisation import bulan_celah

    def dindik(date, number, value):
        r = _records(JAN)[1]
        r.update(id_skpd=1201, kode_skpd="1.01.0.00.0.00.01.0000", nama_skpd="DINAS PENDIDIKAN",
                 kode_sub_skpd="1.01.0.00.0.00.01.0000", nama_sub_skpd="DINAS PENDIDIKAN",
                 nomor_dokumen=number, tanggal_dokumen=date, nilai_realisasi=value)
        return r

    folder = tmp_path / "pemda"
    extra = {"01": [dindik("2026-01-21", "TBP/D/001", 1_000_000)], "02": [],
             "03": [dindik("2026-03-11", "TBP/D/002", 2_000_000)]}
    for m, lines in extra.items():
        _write(folder, _records(f"realisasi-dinkes-2026-{m}.json")
               + _records(f"realisasi-puskesmas-sukomoro-2026-{m}.json") + lines, f"realisasi-pemda-2026-{m}.json")
    r = load_sipd_realisasi(folder)
    assert "sipd_realisasi_periode_celah" not in set(r.temuan["jenis"].astype(str))
    assert not len(bulan_celah(r.baris))
    # February's file left out: the three offices' February is uncovered (each paid in January and March)
    (folder / "realisasi-pemda-2026-02.json").unlink()
    gap = load_sipd_realisasi(folder).temuan
    gap = gap[gap["jenis"].astype(str) == "sipd_realisasi_periode_celah"]
    assert gap["nama"].tolist() == ["DINAS KESEHATAN", "PUSKESMAS SUKOMORO", "DINAS PENDIDIKAN"]
    assert all("mencakup Februari 2026" in p for p in gap["pesan"])


def test_check_on_realisation_data(tmp_path, capsys):
    code, out, _ = _cli(["check", "--source", str(DATA)], capsys)
    assert code == 0 and "Temuan data realisasi SIPD (sipd-realisasi): 2 baris" in out
    assert "Temuan kritis (0)" in out
    records = _records(JAN)
    records[3]["nilai_realisasi"] = -7_500_000
    path = _write(tmp_path, records)
    code, out, _ = _cli(["check", "--source", str(path), "--strict"], capsys)
    assert code == 1 and "[sipd_realisasi_nilai_tidak_wajar] SIPD ekspor.json, rekaman 4:" in out


# --- against the plan (the Renja export of the same pemda and year) -------------------------------

def test_serapan_against_the_renja_export(sipd_nyata):
    """The plan is tests/data/sipd-nyata (pagu in tests/sipd_nyata_fixture.py): Dinas sub kegiatan
    6.450 M + 120 M + 15 M + 1.250 M + 340 M + 85 M + 60 M = 8.320 M; Puskesmas 45 M + 40 M + 38 M = 123 M.
    The plan files the Puskesmas under the Dinas (one export: the file rule), so the realisation does too:
    one SKPD, 8.443 M, 1.735.750.000 + 16.350.000 = 1.752.100.000 by TW I, 45 M + 9 M in process."""
    plan = sipd_nyata                    # load_sipd(tests/data/sipd-nyata), tests/conftest.py
    data = load_sipd_realisasi(DATA, rencana=plan)
    assert data.baris["kode_skpd_induk"].unique().tolist() == [DINKES]
    assert set(data.baris["dasar_skpd"]) == {"rencana_berkas"}
    assert data.baris["kode_skpd"].unique().tolist() == [DINKES, PKM]          # as SIPD wrote them
    assert len(data.periode) == 72                                      # 18 units x 4 periods (README)
    s = data.serapan.set_index(["agregasi", "kode_skpd", "kode", "triwulan"])
    dinas = s.loc[("perangkat_daerah", DINKES, DINKES, 1)]
    assert (dinas["pagu_rp"], dinas["realisasi_kumulatif_rp"]) == (8_443_000_000, 1_752_100_000)
    assert dinas["serapan_persen"] == pytest.approx(1_752_100_000 / 8_443_000_000 * 100)   # 20,75%
    assert (dinas["harapan_persen"], dinas["dalam_proses_rp"], dinas["dasar_skpd"]) == (25.0, 54_000_000,
                                                                                        "rencana_berkas")
    own = s.loc[("sub_unit", DINKES, DINKES, 1)]
    assert (own["pagu_rp"], own["realisasi_kumulatif_rp"], own["dalam_proses_rp"]) == (
        8_320_000_000, 1_735_750_000, 45_000_000)
    pkm = s.loc[("sub_unit", DINKES, PKM, 1)]
    assert pkm["serapan_persen"] == pytest.approx(16_350_000 / 123_000_000 * 100)            # 13,29%
    sub = s.loc[("sub_kegiatan", DINKES, "1.02.02.2.02.0002", 1)]                              # 9,1 M of 40 M
    assert (sub["serapan_persen"], sub["serapan_relatif_persen"]) == (pytest.approx(22.75), pytest.approx(91.0))
    both = s.loc[("sub_kegiatan", DINKES, "1.02.02.2.02.0001", 1)]     # Dinas 340 M + Puskesmas 45 M planned;
    assert (both["pagu_rp"], both["realisasi_kumulatif_rp"]) == (385_000_000, 13_000_000)   # A4 + B1 + B5
    outside = s.loc[("sub_kegiatan", DINKES, "1.02.02.2.02.0033", 1)]                          # A8: not planned
    assert outside["ada_di"] == "hanya_realisasi" and pd.isna(outside["pagu_rp"]) and pd.isna(outside["serapan_persen"])
    idle = s.loc[("sub_kegiatan", DINKES, "1.02.02.2.02.0015", 1)]                             # only A9, in process
    assert (idle["realisasi_kumulatif_rp"], idle["serapan_persen"], idle["dalam_proses_rp"]) == (0, 0, 45_000_000)
    program = s.loc[("program", DINKES, "X.XX.01", 1)]                                          # 6.585 M planned
    assert program["serapan_persen"] == pytest.approx(1_516_750_000 / 6_585_000_000 * 100)
    ukp = s.loc[("program", DINKES, "1.02.02", 1)]    # 1.735 M + 123 M; A3' 200 M + A4 7,5 M + A5 8,5 M + A8 3 M + 16,35 M
    assert (ukp["pagu_rp"], ukp["realisasi_kumulatif_rp"]) == (1_858_000_000, 235_350_000)
    # 1 SKPD + 2 sub-units + 2 programs + 3 kegiatan + 10 sub kegiatan, one quarter
    assert s["ada_di"].astype(str).value_counts().to_dict() == {"keduanya": 17, "hanya_realisasi": 1}


def test_without_the_plan_the_same_rule_on_the_realisation_alone(data, tmp_path):
    """SIPD's SKPD list (the plan folder's ``daftar_skpd``) places the Puskesmas under the Dinas even
    where the plan holds none of its rows: the list's rule, said in ``dasar_skpd``; a record naming
    another office as ``kode_skpd`` is that office's (the record rule)."""
    from renja_analysis.tables.realisation import dengan_skpd

    rec = data.baris.drop(columns=["kode_skpd_induk", "nama_skpd_induk", "dasar_skpd"])
    daftar = pd.DataFrame({"id_skpd": [1101, 1102], "id_unit": [1101, 1101], "kode_skpd": [DINKES, PKM],
                           "nama_skpd": ["DINAS KESEHATAN", "PUSKESMAS SUKOMORO"]})
    out = dengan_skpd(rec, daftar_skpd=daftar).drop_duplicates("kode_sub_skpd")
    assert out[["kode_sub_skpd", "kode_skpd_induk", "dasar_skpd"]].values.tolist() == [
        [DINKES, DINKES, "daftar_skpd"], [PKM, DINKES, "daftar_skpd"]]
    named = rec.assign(kode_skpd=rec["kode_skpd"].where(rec["kode_skpd"] != PKM, DINKES))
    out = dengan_skpd(named).drop_duplicates("kode_sub_skpd")
    assert out[["kode_sub_skpd", "kode_skpd_induk", "dasar_skpd"]].values.tolist() == [
        [DINKES, DINKES, "berkas"], [PKM, DINKES, "rekaman"]]


def test_serapan_refuses_a_plan_of_another_year(data, sipd_dinkes):
    from renja_analysis.tables.realisation import serapan_rencana

    plan = sipd_dinkes.rencana           # load_sipd(tests/data/sipd/dinkes-contoh.json), tests/conftest.py
    with pytest.raises(RenjaParseError, match=r"tahun anggaran lain.*rencana \[2024\], realisasi \[2026\]"):
        serapan_rencana(data.periode, plan)


def test_a_sheet_with_date_cells_reads_like_the_json(tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    records = _records(JAN)
    header = list(records[0])
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in records:
        row = []
        for h in header:
            v = r[h]
            if h.startswith("tanggal_") and v not in (None, "null"):
                v = dt.datetime.fromisoformat(v)          # a date cell, as a spreadsheet stores it
            row.append(v)
        ws.append(row)
    wb.save(tmp_path / "jan.xlsx")
    assert is_realisasi(tmp_path / "jan.xlsx")
    a, b = read(tmp_path / "jan.xlsx").rekaman, read(DATA / JAN).rekaman
    cols = [c for c in a.columns if c not in ("berkas", "baris")]
    pd.testing.assert_frame_equal(a[cols], b[cols])
    assert a["baris"].tolist() == [2, 3, 4, 5, 6]                  # sheet rows under the header


def test_the_hierarchy_from_the_sub_kegiatan_code_where_missing(tmp_path):
    records = _records(JAN)
    for r in records:
        del r["kode_giat"]
        r["kode_program"] = "null"
    rek = read(_write(tmp_path, records)).rekaman
    assert rek.loc[0, ["kode_giat", "kode_program"]].tolist() == ["X.XX.01.2.02", "X.XX.01"]
    assert rek.loc[2, ["kode_giat", "kode_program"]].tolist() == ["1.02.02.2.01", "1.02.02"]
