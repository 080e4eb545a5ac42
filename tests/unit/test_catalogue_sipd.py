"""Issue 17, SIPD reading: exports and pemda folders as offices really hand them over.

Each case is written with its expected outcome first (derived by hand from the records
written, never copied from what the code printed): read (and how), read with a finding,
or refused with one line naming file, record and field.

1. numbers as digit strings (SIPD's API writes ``"pagu": "1500000000.00"``);
2. a pagu that is null, ``"null"`` or empty: read as missing, with a finding;
3. CSV from an Indonesian-locale Excel: ``;``, ``1.500.000,00``, BOM, CRLF;
4. exports wrapped as an API response ``{"data": [...]}``;
5. an empty export in a pemda folder;
6. nothing counted twice across files (copies, overlapping exports, two budget years);
7. folder limits far above a pemda, configurable.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import DATA, first_fast
from test_sipd import DINKES, _cli, _header, _records, _same_tables, rec, write_csv, write_json

from renja_analysis import RenjaParseError, config, load_sipd
from renja_analysis.sources import read_sipd, sipd as sipd_source

RAGAM = DATA / "sipd-ragam"


def found(s, jenis: str) -> pd.DataFrame:
    return s.temuan[s.temuan["jenis"].astype(str) == jenis]


def counts(s) -> dict:
    return s.temuan["jenis"].astype(str).value_counts().to_dict()


def indonesian(value) -> str:
    """1500000.5 -> '1.500.000,50' (what an Indonesian-locale Excel writes)."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def write_excel_csv(records, path: Path, money=sipd_source.UANG) -> Path:
    """Records as an Indonesian-locale Excel saves them ("CSV UTF-8"): BOM, ';', CRLF,
    money with dots between thousands and a decimal comma."""
    header = _header(records)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for r in records:
        w.writerow(["" if r.get(h) is None else indonesian(r[h]) if h in money else r[h] for h in header])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# --- 1. numbers as digit strings ---------------------------------------------------------

# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("text, value", first_fast([
    ("1500000000", 1_500_000_000.0),
    ("1500000000.00", 1_500_000_000.0),
    (" 1500000000.5 ", 1_500_000_000.5),
    ("-2500000", -2_500_000.0),
    ("0", 0.0),
    ("0.500", 0.5),                  # not a thousands group (0 before the dot): a decimal
], fast=(1, 5)))
def test_json_money_as_digit_strings_is_read_as_numbers(tmp_path, text, value):
    s = load_sipd(write_json(tmp_path, [rec(pagu=text, pagu_n_depan=text)]))
    assert s.rekaman["pagu"].tolist() == [value] and s.rekaman["pagu_n_depan"].tolist() == [value]


def test_stated_totals_as_digit_strings_are_checked(tmp_path):
    """Two records 100 + 50; the program total stated as the text "160": one finding, 160 vs 150."""
    records = [rec(pagu="100", total_pagu_indikatif_program="160"),
               rec(kode_sub_giat="1.01.02.2.01.0002", pagu="50", total_pagu_indikatif_program="160")]
    f = found(load_sipd(write_json(tmp_path, records)), "sipd_jumlah_tidak_cocok")
    assert f[["nilai_dokumen", "nilai_hitung", "baris_sumber"]].values.tolist() == [[160.0, 150.0, 1]]


@pytest.mark.parametrize("text, message", [
    ("1.500.000", r"rekaman 2, sel pagu: pagu bukan angka; diharapkan angka rupiah \(angka JSON, atau teks "
                  r"berisi angka tanpa pemisah ribuan seperti \"1500000000.00\"\), ditemukan '\"1.500.000\"'"),
    ("1.500", r"rekaman 2, sel pagu: pagu '1.500' dapat dibaca dua cara \(1,5 atau 1.500\)"),
    ("Rp 1500000", r"rekaman 2, sel pagu: pagu bukan angka"),
    ("satu juta", r"rekaman 2, sel pagu: pagu bukan angka"),
    ("1e6", r"rekaman 2, sel pagu: pagu bukan angka"),
])
def test_json_money_text_that_is_not_a_plain_number_is_refused(tmp_path, capsys, text, message):
    path = write_json(tmp_path, [rec(), rec(kode_sub_giat="1.01.02.2.01.0002", pagu=text)])
    with pytest.raises(RenjaParseError, match=message):
        load_sipd(path)
    code, _, err = _cli(["check", "--source", str(path)], capsys)
    assert code == 2 and len(err) == 1 and err[0].startswith(f"galat: {path}, rekaman 2, sel pagu")


# --- 2. a pagu that is not given -------------------------------------------------------------

# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("missing", first_fast([None, "null", "", "   ", "NULL"], fast=(0, 1)))
def test_null_pagu_is_read_as_missing_with_a_finding(tmp_path, missing):
    """Record 1 pagu 100, record 2 without pagu: both read; the kegiatan and program sum the known
    pagu (100) over 2 sub kegiatan, record 2 is reported, not counted as Rp 0."""
    records = [rec(pagu=100), rec(kode_sub_giat="1.01.02.2.01.0002", nama_sub_giat="Rehabilitasi Sekolah",
                                  pagu=missing)]
    s = load_sipd(write_json(tmp_path, records))
    assert s.rekaman["pagu"].isna().tolist() == [False, True]
    ren = s.rencana.set_index(["level", "kode"])
    assert ren.loc[("program", "1.01.02"), "pagu_rp"] == 100
    assert ren.loc[("program", "1.01.02"), "jumlah_sub_kegiatan"] == 2
    assert pd.isna(ren.loc[("sub_kegiatan", "1.01.02.2.01.0002"), "pagu_rp"])
    f = found(s, "sipd_pagu_kosong")
    assert f[["tabel", "baris_sumber", "kolom", "nama", "tingkat"]].values.tolist() == [
        ["SIPD pd.json", 2, "pagu", "Rehabilitasi Sekolah", "peringatan"]]
    assert "1.01.02.2.01.0002" in f["pesan"].iloc[0] and "tidak dihitung sebagai Rp 0" in f["pesan"].iloc[0]
    assert found(s, "sipd_pagu_nol").empty           # missing is not zero


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_a_kegiatan_whose_pagu_are_all_missing_has_no_pagu(tmp_path):
    s = load_sipd(write_json(tmp_path, [rec(pagu=None)]))
    ren = s.rencana.set_index(["level", "kode"])
    assert pd.isna(ren.loc[("kegiatan", "1.01.02.2.01"), "pagu_rp"])
    assert len(found(s, "sipd_pagu_kosong")) == 1


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_null_pagu_in_a_csv_cell(tmp_path):
    path = write_csv([rec(), rec(kode_sub_giat="1.01.02.2.01.0002", pagu=None)], tmp_path / "a.csv")
    f = found(load_sipd(path), "sipd_pagu_kosong")
    assert f["baris_sumber"].tolist() == [3]          # the CSV line of the second record


def test_text_null_is_missing_in_text_fields_too(tmp_path):
    """SIPD writes "null" for a missing value: a target "null" is a missing target, not a target named null."""
    s = load_sipd(write_json(tmp_path, [rec(target_sub_teks="null", kelompok_sasaran="null")]))
    assert s.rekaman["target_sub_teks"].isna().all() and s.rekaman["kelompok_sasaran"].isna().all()
    assert "tidak memiliki target" in found(s, "sipd_target_tidak_terbaca")["pesan"].iloc[0]


def test_a_record_without_the_pagu_key_is_still_refused(tmp_path):
    """null is SIPD's way to say "no pagu"; a record that lost the field is a broken export."""
    bad = {k: v for k, v in rec(kode_sub_giat="1.01.02.2.01.0002").items() if k != "pagu"}
    with pytest.raises(RenjaParseError, match=r"rekaman 2, sel pagu: rekaman tanpa pagu"):
        load_sipd(write_json(tmp_path, [rec(), bad]))


# --- 3. CSV from an Indonesian-locale Excel --------------------------------------------------

@pytest.mark.slow  # over 1.5 s: CSV read and compared
def test_excel_csv_with_decimal_commas_bom_and_crlf_reads_like_the_json(tmp_path, sipd_dinkes):
    path = write_excel_csv(_records(DINKES), tmp_path / "dinkes.csv")
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf" and b"\r\n" in path.read_bytes()
    assert b"26.250.000,00" in path.read_bytes()      # pagu_n_depan of record 1 (25.000.000 x 1,05)
    a, b = sipd_dinkes, load_sipd(path)                # sipd_dinkes: load_sipd(DINKES), tests/conftest.py
    _same_tables(a, b)
    assert b.berkas[["format", "desimal"]].values.tolist() == [["csv", ","]]
    assert b.rekaman["pagu_n_depan"].iloc[0] == 26_250_000


def test_excel_csv_is_detected_by_content_not_by_name(tmp_path):
    path = write_excel_csv([rec(pagu=1_500_000)], tmp_path / "ekspor sipd.txt")
    s = load_sipd(path)
    assert s.berkas["format"].tolist() == ["csv"] and s.rekaman["pagu"].tolist() == [1_500_000]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("cells, values, desimal", first_fast([
    (["1.500.000", "2.000.000"], [1_500_000, 2_000_000], ","),      # dots between thousands: one reading
    (["1.500.000,5", "1.500"], [1_500_000.5, 1_500], ","),          # the file's decimal comma settles 1.500
    (["1500000.50", "1.500"], [1_500_000.5, 1.5], "."),             # the file's decimal point settles 1.500
    (["1,500,000", "2500000"], [1_500_000, 2_500_000], "."),        # commas between thousands
    (["1.500", "2.500"], [1_500, 2_500], None),                     # nothing settles it: thousands (rupiah)
    (["1500000", "2500000"], [1_500_000, 2_500_000], None),
], fast=(1, 2, 4)))
def test_csv_money_in_either_convention(tmp_path, cells, values, desimal):
    records = [rec(pagu=cells[0]), rec(kode_sub_giat="1.01.02.2.01.0002", pagu=cells[1])]
    s = load_sipd(write_csv(records, tmp_path / "a.csv", delimiter=";"))
    assert s.rekaman["pagu"].tolist() == values
    got = s.berkas["desimal"].iloc[0]
    assert (pd.isna(got) and desimal is None) or got == desimal


def test_csv_with_both_conventions_in_one_file_is_refused(tmp_path):
    records = [rec(pagu="1.500.000,00"), rec(kode_sub_giat="1.01.02.2.01.0002", pagu="2,500,000.00")]
    path = write_csv(records, tmp_path / "a.csv", delimiter=";")
    column = _header(records).index("pagu") + 1
    with pytest.raises(RenjaParseError, match=rf"a\.csv, baris 3, sel pagu \(kolom {column}\): angka bergaya lain "
                                              r"dalam satu berkas; diharapkan gaya angka yang sama di seluruh berkas "
                                              r"\(koma desimal, seperti 1\.500\.000,00 di baris 2\), "
                                              r"ditemukan '\"2,500,000.00\"'"):
        load_sipd(path)


@pytest.mark.parametrize("cell", ["1,5 juta", "Rp 1.500.000", "1.50.000", "abc"])
def test_csv_money_that_is_no_number_is_refused(tmp_path, cell):
    path = write_csv([rec(), rec(kode_sub_giat="1.01.02.2.01.0002", pagu=cell)], tmp_path / "a.csv")
    with pytest.raises(RenjaParseError, match=r"a\.csv, baris 3, sel pagu \(kolom \d+\): pagu bukan angka"):
        load_sipd(path)


def test_xlsx_text_cells_in_indonesian_style(tmp_path):
    from test_sipd import write_xlsx

    path = write_xlsx([rec(pagu="1.500.000,00"), rec(kode_sub_giat="1.01.02.2.01.0002", pagu=2_000_000)],
                      tmp_path / "a.xlsx")
    s = load_sipd(path)
    assert s.rekaman["pagu"].tolist() == [1_500_000, 2_000_000] and s.berkas["desimal"].tolist() == [","]


# --- 4. wrapped exports --------------------------------------------------------------------

@pytest.mark.slow  # four SIPD reads
def test_wrapped_export_is_read_as_its_array(tmp_path):
    records = [rec(), rec(kode_sub_giat="1.01.02.2.01.0002")]
    plain = load_sipd(write_json(tmp_path / "a", records))
    for wrapper in ({"data": records},
                    {"status": True, "message": "OK", "data": records},
                    {"draw": 1, "recordsTotal": 2, "recordsFiltered": 2, "data": records}):
        s = load_sipd(write_json(tmp_path / "b", json.dumps(wrapper)))
        _same_tables(plain, s)
        assert s.rekaman["rekaman"].tolist() == [1, 2] and found(s, "sipd_ekspor_sebagian").empty


def test_a_page_of_a_longer_response_is_read_with_a_finding(tmp_path):
    """SIPD's list endpoints answer 100 records at a time with recordsTotal / recordsFiltered: a
    saved page that holds 2 of the 250 records it announces is read, and says so."""
    wrapper = {"recordsTotal": 900, "recordsFiltered": 250, "data": [rec(), rec(kode_sub_giat="1.01.02.2.01.0002")]}
    s = load_sipd(write_json(tmp_path, json.dumps(wrapper)))
    assert len(s.rekaman) == 2
    f = found(s, "sipd_ekspor_sebagian")
    assert f[["tabel", "nilai_dokumen", "nilai_hitung", "tingkat"]].values.tolist() == [
        ["SIPD pd.json", 250.0, 2.0, "peringatan"]]
    assert "2 dari 250 rekaman" in f["pesan"].iloc[0]
    assert s.berkas["jumlah_dinyatakan"].tolist() == [250]


@pytest.mark.parametrize("content, message", [
    ('{"data": {"data": [{"kode_sub_giat": "1"}]}}',
     r"pd\.json: JSON bukan larik rekaman; diharapkan ekspor SIPD-RI.*ditemukan 'objek dengan data berupa objek'"),
    ('{"rekaman": []}', r"pd\.json: JSON bukan larik rekaman; diharapkan .*ditemukan 'objek'"),
    ('{"data": "kosong"}', r"pd\.json: JSON bukan larik rekaman; .*ditemukan 'objek dengan data berupa teks'"),
    ('{"data": [1]}', r"pd\.json, rekaman 1: rekaman bukan objek JSON"),
])
def test_other_objects_are_refused(tmp_path, content, message):
    with pytest.raises(RenjaParseError, match=message):
        load_sipd(write_json(tmp_path, content))


# --- 5. empty exports in a pemda folder ----------------------------------------------------

def _folder_with_empty_exports(folder: Path) -> Path:
    write_json(folder, [rec()], "a.json")
    write_json(folder, "[]", "b.json")
    (folder / "c.json").write_bytes(b"")
    (folder / "d.csv").write_text(",".join(_header([rec()])) + "\n", encoding="utf-8")
    write_json(folder, '{"data": [], "recordsTotal": 0}', "e.json")
    (folder / "f.json").write_text(" \n", encoding="utf-8")
    (folder / "catatan.txt").write_bytes(b"")
    return folder


@pytest.mark.slow  # over 1.5 s: a folder read
def test_empty_exports_are_listed_and_the_rest_is_read(tmp_path, capsys):
    folder = _folder_with_empty_exports(tmp_path / "pemda")
    s = load_sipd(folder)
    assert len(s.rekaman) == 1 and s.rekaman["berkas"].tolist() == ["a.json"]
    b = s.berkas.set_index("berkas")
    assert b.index.tolist() == ["a.json", "b.json", "c.json", "d.csv", "e.json", "f.json"]
    assert b["status"].tolist() == ["dibaca", "kosong", "kosong", "kosong", "kosong", "kosong"]
    assert b.loc["b.json", "keterangan"] == "larik JSON tanpa rekaman"
    assert b.loc["c.json", "keterangan"] == "berkas kosong (0 byte)"
    assert b.loc["d.csv", "keterangan"] == "hanya baris judul kolom, tanpa rekaman"
    assert b.loc["e.json", "keterangan"] == "larik JSON tanpa rekaman"
    assert b.loc["f.json", "keterangan"] == "berkas hanya berisi spasi"
    assert b["jumlah_rekaman"].tolist() == [1, 0, 0, 0, 0, 0]
    assert s.dilewati == [("catatan.txt", "berkas kosong (0 byte)")]
    f = found(s, "sipd_berkas_kosong")
    assert f["tabel"].tolist() == ["SIPD b.json", "SIPD c.json", "SIPD d.csv", "SIPD e.json", "SIPD f.json"]
    assert set(f["tingkat"].astype(str)) == {"peringatan"} and f["baris_sumber"].isna().all()
    code, out, _ = _cli(["check", "--source", str(folder)], capsys)
    assert code == 0 and "berkas b.json (json): kosong (larik JSON tanpa rekaman)" in out
    assert "berkas c.json: kosong (berkas kosong (0 byte))" in out


def test_a_folder_of_empty_exports_is_refused(tmp_path, capsys):
    write_json(tmp_path, "[]", "b.json")
    (tmp_path / "c.json").write_bytes(b"")
    with pytest.raises(RenjaParseError, match=r"folder tidak memuat rekaman SIPD: setiap ekspor kosong; "
                                              r"diharapkan paling sedikit satu sub kegiatan, ditemukan 'b.json, c.json'"):
        load_sipd(tmp_path)
    code, _, err = _cli(["build", "--source", str(tmp_path), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and len(err) == 1 and not (tmp_path / "o").exists()


def test_one_empty_export_given_alone_is_refused(tmp_path):
    with pytest.raises(RenjaParseError, match="ekspor SIPD tanpa rekaman"):
        load_sipd(write_json(tmp_path, '{"data": []}'))


# --- 6. nothing counted twice ------------------------------------------------------------

@pytest.mark.slow  # over 1.5 s: a folder read after the fixture
def test_the_same_file_under_two_names_is_read_once(tmp_path, sipd_dinkes):
    """A browser saves the second download as "dinkes (1).json": same bytes, read once."""
    shutil.copy(DINKES, tmp_path / "dinkes.json")
    shutil.copy(DINKES, tmp_path / "dinkes (1).json")
    alone, s = sipd_dinkes, load_sipd(tmp_path)          # alone: load_sipd(DINKES)
    assert len(s.rekaman) == 9 and set(s.rekaman["berkas"]) == {"dinkes (1).json"}   # name order: " (1)" first
    b = s.berkas.set_index("berkas")
    assert b["status"].to_dict() == {"dinkes (1).json": "dibaca", "dinkes.json": "salinan"}
    assert b.loc["dinkes.json", "keterangan"] == "sama persis dengan dinkes (1).json (isi berkas sama)"
    assert b["jumlah_dihitung"].tolist() == [9, 0]
    f = found(s, "sipd_berkas_salinan")
    assert f[["tabel", "tingkat"]].values.tolist() == [["SIPD dinkes.json", "info"]]
    assert counts(s) == {**counts(alone), "sipd_berkas_salinan": 1}
    assert s.rencana["pagu_rp"].sum() == alone.rencana["pagu_rp"].sum()


@pytest.mark.slow  # over 1.5 s: a two-format folder read
def test_the_same_records_in_another_format_are_counted_once(tmp_path, sipd_dinkes):
    """The JSON and the CSV of one export: every record of the CSV is already read from the JSON
    (the UPTD's duplicated code included, each matched with its identical record)."""
    shutil.copy(DINKES, tmp_path / "a-dinkes.json")
    write_csv(_records(DINKES), tmp_path / "b-dinkes.csv")
    alone, s = sipd_dinkes, load_sipd(tmp_path)          # alone: load_sipd(DINKES)
    assert len(s.rekaman) == 9
    b = s.berkas.set_index("berkas")
    assert b.loc["b-dinkes.csv", "status"] == "salinan"
    assert b.loc["b-dinkes.csv", "keterangan"] == "semua 9 rekaman sudah ada di a-dinkes.json"
    assert b["jumlah_dihitung"].tolist() == [9, 0]
    # the copy's findings are not repeated: one stated total, one duplicated code, as in the JSON alone
    assert counts(s) == {**counts(alone), "sipd_berkas_salinan": 1}


def test_overlapping_exports_count_the_shared_records_once(tmp_path):
    """a.json: 0001 (100), 0002 (50), sub-unit total 150. b.json: 0002 (50, the same record), 0003 (30),
    sub-unit total 80. Counted: 0001, 0002 (from a), 0003 (from b) = 180; b's stated total is checked
    against b's own records (50 + 30 = 80: right), so no total finding."""
    k = "1.01.02.2.01.000"
    a = [rec(kode_sub_giat=k + "1", pagu=100, total_pagu_indikatif_sub_skpd=150),
         rec(kode_sub_giat=k + "2", pagu=50, total_pagu_indikatif_sub_skpd=150)]
    b = [rec(kode_sub_giat=k + "2", pagu=50, total_pagu_indikatif_sub_skpd=80),
         rec(kode_sub_giat=k + "3", pagu=30, total_pagu_indikatif_sub_skpd=80)]
    write_json(tmp_path, a, "a.json")
    write_json(tmp_path, b, "b.json")
    s = load_sipd(tmp_path)
    assert s.rekaman[["berkas", "kode_sub_giat"]].values.tolist() == [
        ["a.json", k + "1"], ["a.json", k + "2"], ["b.json", k + "3"]]
    assert s.rekaman["pagu"].sum() == 180
    assert s.berkas[["berkas", "jumlah_rekaman", "jumlah_dihitung", "status"]].values.tolist() == [
        ["a.json", 2, 2, "dibaca"], ["b.json", 2, 1, "dibaca"]]
    assert s.berkas["keterangan"].iloc[1] == "1 rekaman sudah ada di a.json, dihitung sekali"
    f = found(s, "sipd_rekaman_antar_berkas")
    assert f[["tabel", "baris_sumber", "baris_pembanding", "tingkat", "nilai_dokumen"]].values.tolist() == [
        ["SIPD b.json", 1, 2, "peringatan", 1.0]]
    assert "a.json" in f["pesan"].iloc[0] and "rekaman ke-2" in f["pesan"].iloc[0]
    assert found(s, "sipd_jumlah_tidak_cocok").empty and found(s, "sipd_kode_ganda").empty


def test_the_same_sub_kegiatan_with_another_pagu_in_two_files_is_refused(tmp_path, capsys):
    k = "1.01.02.2.01.0002"
    write_json(tmp_path, [rec(kode_sub_giat="1.01.02.2.01.0001"), rec(kode_sub_giat=k, pagu=50)], "a.json")
    write_json(tmp_path, [rec(kode_sub_giat=k, pagu=60)], "b.json")
    with pytest.raises(RenjaParseError, match=rf"b\.json, rekaman 1, sel pagu: sub kegiatan {k} sub unit "
                                              r"1\.01\.0\.00\.0\.00\.01\.0000 tahun 2024 juga ada di a\.json rekaman 2 "
                                              r"dengan pagu lain; diharapkan satu ekspor per perangkat daerah \(ekspor "
                                              r"mana yang berlaku tidak dapat diketahui: hapus yang lama dari folder\), "
                                              r"ditemukan '60 \(a\.json: 50\)'"):
        load_sipd(tmp_path)
    code, _, err = _cli(["check", "--source", str(tmp_path)], capsys)
    assert code == 2 and len(err) == 1


@pytest.mark.slow  # a whole read; its section keeps a fast case (CONTRIBUTING, Test tiers: catalogues)
def test_the_same_code_in_another_sub_unit_is_not_an_overlap(tmp_path):
    write_json(tmp_path, [rec()], "a.json")
    write_json(tmp_path, [rec(kode_sub_skpd="1.01.0.00.0.00.01.0001", pagu=7)], "b.json")
    s = load_sipd(tmp_path)
    assert len(s.rekaman) == 2 and found(s, "sipd_rekaman_antar_berkas").empty


def test_two_budget_years_in_one_folder_are_refused(tmp_path):
    folder = tmp_path / "pemda"
    write_json(folder, [rec()], "a.json")
    write_json(folder, [rec(tahun=2025)], "b.json")
    write_json(folder, [rec(tahun=None, kode_skpd="1.02.0.00.0.00.01.0000")], "c.json")   # no year: no third
    with pytest.raises(RenjaParseError, match=r"pemda: ekspor dari 2 tahun anggaran: 2024 \(a\.json\), "
                                              r"2025 \(b\.json\); diharapkan ekspor satu tahun anggaran per folder"):
        load_sipd(folder)


def test_two_budget_years_in_one_file_are_refused(tmp_path):
    path = write_json(tmp_path, [rec(), rec(kode_sub_giat="1.01.02.2.01.0002", tahun="2025")])
    with pytest.raises(RenjaParseError, match=r"pd\.json: ekspor dari 2 tahun anggaran: 2024 \(rekaman 1\), "
                                              r"2025 \(rekaman 2\); diharapkan ekspor satu tahun anggaran per berkas"):
        load_sipd(path)


# --- 7. folder limits ----------------------------------------------------------------------

def test_limits_are_far_above_a_pemda():
    assert config.MAKS_BERKAS >= 10_000 and sipd_source.MAX_BYTES_FOLDER >= 1024 ** 3


def test_limits_are_configurable(tmp_path):
    for i in range(4):
        write_json(tmp_path, [rec(kode_skpd=f"1.0{i}.0.00.0.00.01.0000")], f"pd-{i}.json")
    assert len(read_sipd(tmp_path, max_berkas=4).rekaman) == 4
    with pytest.raises(RenjaParseError, match=r"folder memuat terlalu banyak berkas; diharapkan paling banyak 3 "
                                              r"berkas, ditemukan '4 berkas'"):
        read_sipd(tmp_path, max_berkas=3)
    size = sum(p.stat().st_size for p in tmp_path.iterdir())
    assert len(load_sipd(tmp_path, max_bytes_folder=size).rekaman) == 4
    with pytest.raises(RenjaParseError, match=rf"folder terlalu besar; diharapkan paling besar {size - 1} byte"):
        load_sipd(tmp_path, max_bytes_folder=size - 1)


@pytest.mark.slow
def test_a_folder_of_2000_small_exports(tmp_path, capsys):
    """2,000 offices of one record each (and a README): every one read."""
    folder = tmp_path / "pemda"
    folder.mkdir()
    for i in range(2000):
        r = rec(kode_skpd=f"{1 + i % 4}.{i % 100:02d}.0.00.0.{i // 100:02d}.01.0000", nama_skpd=f"UNIT {i}")
        (folder / f"pd-{i:04d}.json").write_text(json.dumps([r]), encoding="utf-8")
    (folder / "README.md").write_text("# ekspor\n", encoding="utf-8")
    s = load_sipd(folder)
    assert len(s.rekaman) == 2000 and len(s.berkas) == 2000 and (s.berkas["status"] == "dibaca").all()
    code, out, _ = _cli(["check", "--source", str(folder)], capsys)
    assert code == 0 and "berkas pd-1999.json (json): 1 rekaman" in out


# --- the committed fixture: a pemda folder as it arrives -------------------------------------

@pytest.mark.slow  # a four-file pemda folder read
def test_ragam_folder_as_it_arrives(sipd_pemda, sipd_magetan):
    """tests/data/sipd-ragam (tests/sipd_fixture.py, its README): the Dinkes export as an Indonesian
    Excel CSV, the Magetan export as an API response with digit strings, that response downloaded twice,
    an empty export. Read: 9 + 41 records, the findings of tests/data/sipd, one copy, one empty export."""
    s, base = load_sipd(RAGAM), sipd_pemda                 # sipd_pemda: load_sipd(FOLDER)
    assert s.berkas[["berkas", "format", "status", "jumlah_rekaman", "jumlah_dihitung"]].values.tolist() == [
        ["dinkes-excel.csv", "csv", "dibaca", 9, 9],
        ["dinkop-api (1).json", "json", "dibaca", 41, 41],
        ["dinkop-api.json", "json", "salinan", 41, 0],
        ["kecamatan-kosong.json", "json", "kosong", 0, 0]]
    assert s.dilewati == [("README.md", "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)")]
    assert counts(s) == {**counts(base), "sipd_berkas_salinan": 1, "sipd_berkas_kosong": 1}
    assert s.rencana["pagu_rp"].sum() == base.rencana["pagu_rp"].sum()
    assert sorted(s.rekaman["pagu"].dropna()) == sorted(base.rekaman["pagu"].dropna())
    mag = sipd_magetan                                     # load_sipd(MAGETAN)
    assert (s.rekaman.loc[s.rekaman["berkas"] == "dinkop-api (1).json", "pagu"].tolist()
            == mag.rekaman["pagu"].tolist())
    # the pemda page says what was not counted, and keeps the acronym of the finding's label
    from renja_analysis.present import narrative

    text = narrative.ringkasan_sipd_pemda(s)
    assert "Data SIPD-RI dari 4 berkas ekspor" in text and "1 catatan info yang bukan masalah (1 SIPD: berkas salinan)" in text
    assert ("Ekspor yang tidak menambah rekaman (tidak dihitung dua kali): *dinkop-api.json* (salinan: sama persis "
            "dengan dinkop-api (1).json (isi berkas sama)) dan *kecamatan-kosong.json* (kosong: larik JSON tanpa "
            "rekaman).") in text
