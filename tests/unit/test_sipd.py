"""SIPD-RI exports as a source: the reader (JSON, CSV, xlsx, a pemda's folder), the tidy
tables sipd_rencana / sipd_indikator, bad inputs, the CLI build, and speed.

Expected values are derived by hand from how the fixtures were made (tests/sipd_fixture.py,
tests/data/sipd/README.md), never copied from what the code printed.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from conftest import DATA
from sipd_fixture import pemda_besar

from renja_analysis import RenjaParseError, load_document, load_sipd
from renja_analysis.cli import main
from renja_analysis.sources import is_sipd, read_sipd
from renja_analysis.tables.sipd import parse_target

FOLDER = DATA / "sipd"
MAGETAN = FOLDER / "dinkop-ukm-magetan.json"
DINKES = FOLDER / "dinkes-contoh.json"


def rec(**kw) -> dict:
    """One minimal valid SIPD record (a sub kegiatan of a made-up office), with overrides."""
    base = {"tahun": 2024, "kode_skpd": "1.01.0.00.0.00.01.0000", "nama_skpd": "DINAS PENDIDIKAN",
            "kode_program": "1.01.02", "nama_program": "PROGRAM PENGELOLAAN PENDIDIKAN",
            "kode_giat": "1.01.02.2.01", "nama_giat": "Pengelolaan Pendidikan Sekolah Dasar",
            "kode_sub_giat": "1.01.02.2.01.0001", "nama_sub_giat": "Pembangunan Unit Sekolah Baru",
            "pagu": 1_000_000, "tolok_ukur_sub": "Jumlah sekolah", "target_sub_teks": "1 Unit", "satuan_sub": "Unit"}
    base.update(kw)
    return base


def write_json(folder: Path, records, name: str = "pd.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(records if isinstance(records, str) else json.dumps(records), encoding="utf-8")
    return path


def _cli(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, [ln for ln in err.splitlines() if ln]


# --- the Magetan fixture -------------------------------------------------------------------

def test_magetan_records_and_hierarchy(sipd_magetan):
    """41 records: 3.2's 39 sub kegiatan + 3.3's .0004 and .0013 + the SIPD-only .0010 - the left-out
    Penumbuhan. 8 programs; kegiatan: 7 of the support program, 2 under 2.17.02, 1 each under 03-08 = 15."""
    src = read_sipd(MAGETAN)
    assert len(src.rekaman) == 41
    assert src.rekaman["rekaman"].tolist() == list(range(1, 42))
    assert src.rekaman["baris"].tolist() == list(range(1, 42))          # JSON: the record number
    s = sipd_magetan                                # load_sipd(MAGETAN), tests/conftest.py
    assert s.rencana["level"].value_counts().to_dict() == {"program": 8, "kegiatan": 15, "sub_kegiatan": 41}
    ren = s.rencana.set_index(["level", "kode"])
    # the document's total Rp 5.551.085.325, less 13.500.000 (Pemulihan) and 10.000.000 (left out)
    assert ren.xs("sub_kegiatan")["pagu_rp"].sum() == 5_527_585_325
    # 2.17.08: 180.300.000 + 20.000.000 (the 10.000.000 sub kegiatan is not in SIPD)
    assert ren.loc[("program", "2.17.08"), "pagu_rp"] == 200_300_000
    assert ren.loc[("program", "2.17.08"), "jumlah_sub_kegiatan"] == 2
    assert ("sub_kegiatan", "2.17.08.2.01.0002") not in ren.index
    # x 1.1 under 2.17.06: 4.500.000 -> 4.950.000
    assert ren.loc[("sub_kegiatan", "2.17.06.2.01.0002"), "pagu_n_depan_rp"] == 4_950_000
    # trailing spaces are gone
    assert ren.loc[("sub_kegiatan", "2.17.07.2.01.0008"), "nama"] == "Pemulihan Usaha Mikro"
    # a program's row comes before its kegiatan, a kegiatan's before its sub kegiatan
    first = s.rencana.head(3)
    assert first["level"].astype(str).tolist() == ["program", "kegiatan", "sub_kegiatan"]
    assert first["kode"].tolist() == ["X.XX.01", "X.XX.01.2.01", "X.XX.01.2.01.0001"]
    assert first["kode_program"].tolist()[1:] == ["X.XX.01", "X.XX.01"]
    assert pd.isna(first["kode_kegiatan"].iloc[1]) and first["kode_kegiatan"].iloc[2] == "X.XX.01.2.01"


def test_packed_indicator_that_pairs_up(sipd_magetan):
    """Gaji (X.XX.01.2.02.0001) carries two indicators: 30 Orang and 12 Bulan."""
    ind = sipd_magetan.indikator                    # load_sipd(MAGETAN), tests/conftest.py
    gaji = ind[ind["kode"] == "X.XX.01.2.02.0001"]
    assert gaji["urutan_indikator"].tolist() == [1, 2]
    assert gaji["target"].tolist() == [30.0, 12.0]
    assert gaji["satuan"].tolist() == ["Orang", "Bulan"]
    assert gaji["berpasangan"].all()
    assert gaji["tolok_ukur"].iloc[1] == "Jumlah Bulan Gaji dan Tunjangan ASN yang Dibayarkan"


def test_dinkes_indicators_and_targets(sipd_dinkes):
    ind = sipd_dinkes.indikator                     # load_sipd(DINKES), tests/conftest.py
    prog = ind[(ind["kode"] == "1.02.02") & (ind["kode_sub_skpd"] == "1.02.0.00.0.00.01.0000")
               & (ind["jenis_indikator"] == "capaian")]
    # 3 names, 2 targets, 2 units: paired by position, the third name without a target
    assert prog["tolok_ukur"].tolist() == ["Angka Kematian Ibu", "Angka Kematian Bayi", "Prevalensi Stunting"]
    assert prog["target"].tolist()[:2] == [0.8, 100.0] and pd.isna(prog["target"].iloc[2])
    assert not prog["berpasangan"].any()
    assert prog[["jumlah_tolok_ukur", "jumlah_target", "jumlah_satuan"]].iloc[0].tolist() == [3, 2, 2]
    gizi = ind[ind["kode"] == "1.02.02.2.02.0020"]
    assert list(zip(gizi["target"], gizi["satuan"])) == [(1.0, "Dokumen"), (60.31, "%")]
    rentang = ind[(ind["kode"] == "1.02.02.2.02.0033") & (ind["kode_sub_skpd"] == "1.02.0.00.0.00.01.0000")].iloc[0]
    assert (rentang["target_min"], rentang["target_max"], rentang["target_teks"]) == (4.43, 4.47, "4.43-4.47")
    assert pd.isna(rentang["target"])
    bulan = ind[ind["kode"] == "1.02.03.2.02.0001"].iloc[0]     # 30 people, 14 payments: the 30 is read
    assert (bulan["target"], bulan["target_teks"], bulan["bentuk_target"]) == (30.0, "30/14 Orang/bulan", "gaji")
    kosong = ind[(ind["kode"] == "1.02.02.2.01.0014") & (ind["baris_sumber"] == 8)].iloc[0]
    assert pd.isna(kosong["target_teks"]) and pd.isna(kosong["target_terbaca"]) and kosong["satuan"] == "Paket"


@pytest.mark.parametrize("text, expected", [
    ("2 Dokumen", (2.0, 2.0, 2.0, "Dokumen", True)),
    ("0,8 %", (0.8, 0.8, 0.8, "%", True)),
    ("60,31%", (60.31, 60.31, 60.31, "%", True)),
    ("100", (100.0, 100.0, 100.0, None, True)),
    ("4.43-4.47", (None, 4.43, 4.47, None, True)),
    ("4,43 - 4,47 Indeks", (None, 4.43, 4.47, "Indeks", True)),
    ("10 s.d. 12 Unit", (None, 10.0, 12.0, "Unit", True)),
    ("12 - 10", (None, 10.0, 12.0, None, True)),
    ("1.240 Orang", (1240.0, 1240.0, 1240.0, "Orang", True)),
    ("120 Orang/Bulan", (120.0, 120.0, 120.0, "Orang/Bulan", True)),
    ("30/14 Orang/bulan", (30.0, 30.0, 30.0, "Orang/bulan", True)),
    ("Sesuai kebutuhan", (None, None, None, None, False)),
    ("", (None, None, None, None, None)),
])
def test_parse_target(text, expected):
    got = parse_target(text)
    norm = tuple(None if (v is None or v is pd.NA or (isinstance(v, float) and v != v)) else v for v in got)
    assert norm == expected


# --- other formats and folders -------------------------------------------------------------

def _records(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _header(records) -> list[str]:
    return list(dict.fromkeys(k for r in records for k in r))


def write_csv(records, path: Path, delimiter=",") -> Path:
    header = _header(records)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    for r in records:
        w.writerow(["" if r.get(h) is None else r.get(h) for h in header])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def write_xlsx(records, path: Path, title="Data SIPD", before=0) -> Path:
    from openpyxl import Workbook

    header = _header(records)
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for _ in range(before):
        ws.append(["Ekspor SIPD-RI"])
    ws.append(header)
    for r in records:
        ws.append([r.get(h) for h in header])
    wb.save(path)
    return path


def _same_tables(a, b):
    for x, y in ((a.rencana, b.rencana), (a.indikator, b.indikator), (a.temuan, b.temuan)):
        drop = [c for c in ("berkas", "baris_sumber", "baris_pembanding", "tabel", "pesan") if c in x]
        pd.testing.assert_frame_equal(x.drop(columns=drop), y.drop(columns=drop))


@pytest.mark.slow  # two SIPD reads
def test_csv_reads_like_the_json(tmp_path, sipd_dinkes):
    records = _records(DINKES)
    path = write_csv(records, tmp_path / "dinkes.csv", delimiter=";")
    assert is_sipd(path)
    a, b = sipd_dinkes, load_sipd(path)                 # sipd_dinkes: load_sipd(DINKES), tests/conftest.py
    _same_tables(a, b)
    assert b.berkas["format"].tolist() == ["csv"]
    # baris is the CSV line where each record starts (packed fields hold line breaks)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert b.rekaman["baris"].iloc[0] == 2 and b.rekaman["baris"].is_monotonic_increasing
    for line, r in zip(b.rekaman["baris"], records):
        assert lines[line - 1].split(";")[2] == str(r["id_sub_giat"])


@pytest.mark.slow  # two SIPD reads, one of a workbook
def test_xlsx_reads_like_the_json(tmp_path, sipd_dinkes):
    records = _records(DINKES)
    path = write_xlsx(records, tmp_path / "dinkes.xlsx", before=2)
    assert is_sipd(path)
    a, b = sipd_dinkes, load_sipd(path)                 # sipd_dinkes: load_sipd(DINKES), tests/conftest.py
    _same_tables(a, b)
    # header on sheet row 3, records from row 4
    assert b.rekaman["baris"].tolist() == list(range(4, 4 + len(records)))
    assert b.berkas[["format", "lembar"]].values.tolist() == [["xlsx", "Data SIPD"]]


def test_folder_is_a_pemda_and_skips_other_files(sipd_pemda):
    s = sipd_pemda                                  # load_sipd(FOLDER), tests/conftest.py
    assert s.berkas["berkas"].tolist() == ["dinkes-contoh.json", "dinkop-ukm-magetan.json"]
    assert s.berkas["jumlah_rekaman"].tolist() == [9, 41]
    assert s.dilewati == [("README.md", "bukan ekspor SIPD (tidak ada kolom kode sub kegiatan)")]
    assert len(s.rekaman) == 50


def test_mixed_formats_in_one_folder(tmp_path):
    write_csv(_records(DINKES), tmp_path / "a-dinkes.csv")
    (tmp_path / "b-magetan.json").write_bytes(MAGETAN.read_bytes())
    s = load_sipd(tmp_path)
    assert s.berkas[["berkas", "format"]].values.tolist() == [["a-dinkes.csv", "csv"], ["b-magetan.json", "json"]]
    assert len(s.rekaman) == 9 + 41


def test_a_folder_is_sipd_when_it_holds_an_export(tmp_path, capsys):
    """On the command line a folder is SIPD data when one of its files is an export; a folder of
    other files is not (and is refused as a Renja source, as before)."""
    (tmp_path / "catatan.md").write_text("# bukan ekspor\n", encoding="utf-8")
    assert not is_sipd(tmp_path)
    code, _, err = _cli(["check", "--source", str(tmp_path)], capsys)
    assert code == 2 and err[0].endswith("sumber adalah folder; diharapkan berkas teks atau .xlsx biasa")
    write_csv([rec()], tmp_path / "ekspor.csv")
    assert is_sipd(tmp_path)
    code, out, _ = _cli(["check", "--source", str(tmp_path)], capsys)
    assert code == 0 and "berkas ekspor.csv (csv): 1 rekaman" in out and "dilewati: catatan.md" in out


def test_renja_document_is_not_sipd_and_sipd_is_not_a_renja(tmp_path):
    from renja_analysis.config import DEFAULT_SOURCE

    assert not is_sipd(DEFAULT_SOURCE)
    with pytest.raises(RenjaParseError, match="berkas ini ekspor SIPD-RI, bukan dokumen Renja"):
        load_document(MAGETAN)
    with pytest.raises(RenjaParseError, match="bukan dokumen Renja"):
        load_document(write_xlsx([rec()], tmp_path / "sipd.xlsx"))


# --- bad inputs: file, record (or row), field, expected -------------------------------------

BAD = [
    ("not-json", '[{"kode_sub_giat": "1",}', r"pd\.json, baris 1, sel kolom 24: bukan JSON yang sah"),
    ("object", '{"rekaman": []}', r"JSON bukan larik rekaman; diharapkan ekspor SIPD-RI.*ditemukan 'objek'"),
    ("not-records", "[1, 2]", r"rekaman 1: rekaman bukan objek JSON"),
    ("empty", "[]", r"ekspor SIPD tanpa rekaman"),
    ("no-marker", '[{"kode_giat": "1.01.02.2.01"}]', r"bukan ekspor SIPD: tidak ada rekaman dengan kode_sub_giat"),
    ("nan", '[{"kode_sub_giat": "1", "pagu": NaN}]', r"JSON memuat NaN"),
    ("missing-sub-giat", [rec(), {k: v for k, v in rec().items() if k != "kode_sub_giat"}],
     r"rekaman 2, sel kode_sub_giat: rekaman tanpa kode_sub_giat; diharapkan kolom kode_sub_giat di setiap rekaman"),
    ("pagu-text", [rec(), rec(pagu="1.000.000")],
     r"rekaman 2, sel pagu: pagu bukan angka; diharapkan angka rupiah \(angka JSON, atau teks berisi angka tanpa "
     r"pemisah ribuan seperti \"1500000000.00\"\), ditemukan '\"1.000.000\"'"),
    ("pagu-bool", [rec(pagu=True)], r"rekaman 1, sel pagu: pagu bukan angka"),
    ("nama-null", [rec(), rec(), rec(nama_sub_giat="null")], r"rekaman 3, sel nama_sub_giat: nama_sub_giat kosong"),
    ("pagu-huge", [rec(pagu=1e16)], r"rekaman 1, sel pagu: pagu di luar batas wajar"),
    ("n-depan-text", [rec(pagu_n_depan="banyak")], r"rekaman 1, sel pagu_n_depan: pagu_n_depan bukan angka"),
    ("kode-number", [rec(), rec(kode_program=1.1)],
     r"rekaman 2, sel kode_program: kode kode_program tersimpan sebagai angka; diharapkan kode sebagai teks"),
    ("name-blank", [rec(nama_sub_giat="   ")], r"rekaman 1, sel nama_sub_giat: nama_sub_giat kosong"),
    ("name-list", [rec(nama_giat=["a"])], r"rekaman 1, sel nama_giat: nama_giat bukan teks"),
]


@pytest.mark.parametrize("case, content, message", BAD, ids=[c[0] for c in BAD])
def test_bad_json(tmp_path, capsys, case, content, message):
    path = write_json(tmp_path, content)
    with pytest.raises(RenjaParseError, match=message):
        load_sipd(path)
    out = tmp_path / "keluaran"
    code, _, err = _cli(["build", "--source", str(path), "--out", str(out)], capsys)
    assert code == 2 and len(err) == 1 and err[0].startswith(f"galat: {path}")
    assert not out.exists()


def test_bad_csv_names_line_and_column(tmp_path):
    bad = write_csv([rec(), rec(pagu="1,5 juta")], tmp_path / "a.csv")
    pagu_column = _header([rec()]).index("pagu") + 1
    with pytest.raises(RenjaParseError, match=rf"a\.csv, baris 3, sel pagu \(kolom {pagu_column}\): pagu bukan angka; "
                                              r"diharapkan angka rupiah \(mis\. 1500000, 1500000\.00 atau 1\.500\.000,00\)"):
        load_sipd(bad)
    head = write_csv([{k: v for k, v in rec().items() if k != "pagu"}], tmp_path / "b.csv")
    with pytest.raises(RenjaParseError, match=r"b\.csv, baris 1, sel baris judul kolom: judul kolom tanpa pagu"):
        load_sipd(head)


def test_bad_xlsx_names_the_cell(tmp_path):
    path = write_xlsx([rec(), rec(pagu="abc")], tmp_path / "a.xlsx")
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[_header([rec()]).index("pagu")]
    with pytest.raises(RenjaParseError, match=rf"a\.xlsx, baris 3, sel {letter}3 \(pagu\): pagu bukan angka"):
        load_sipd(path)


def test_size_limit_and_empty_folder(tmp_path, capsys):
    big = tmp_path / "besar" / "pemda.json"
    write_json(big.parent, [rec()], "a.json")
    with open(big, "wb") as fh:                       # sparse: no 200 MB written
        fh.truncate(200 * 1024 * 1024 + 1)
    code, _, err = _cli(["build", "--source", str(big.parent), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "terlalu besar" in err[0] and "200 MB" in err[0] and "pemda.json" in err[0]
    assert not (tmp_path / "o").exists()
    (big.parent / "a.json").unlink()
    with pytest.raises(RenjaParseError, match="pemda.json: berkas terlalu besar"):
        load_sipd(big.parent)
    empty = tmp_path / "kosong"
    empty.mkdir()
    with pytest.raises(RenjaParseError, match="folder tidak memuat ekspor SIPD"):
        load_sipd(empty)


def test_a_whole_number_code_is_read_as_text(tmp_path):
    """A spreadsheet stores urusan 1 as the number 1: unambiguous, read as "1"."""
    s = load_sipd(write_xlsx([rec(kode_urusan=1)], tmp_path / "a.xlsx"))
    assert s.rekaman["kode_urusan"].tolist() == ["1"]


def test_several_sipd_sheets_need_a_choice(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    for title in ("A", "B"):
        ws = wb.create_sheet(title)
        ws.append(list(rec()))
        ws.append(list(rec().values()))
    wb.remove(wb["Sheet"])
    wb.save(tmp_path / "dua.xlsx")
    with pytest.raises(RenjaParseError, match="2 lembar berjudul kolom SIPD: 'A', 'B'"):
        load_sipd(tmp_path / "dua.xlsx")
    assert load_sipd(tmp_path / "dua.xlsx", sheet="B").berkas["lembar"].tolist() == ["B"]


# --- the command line -----------------------------------------------------------------------

@pytest.mark.slow  # two CLI builds of the pemda folder
def test_build_writes_the_sipd_tables_byte_identically(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    code, out, _ = _cli(["build", "--source", str(FOLDER), "--out", str(a)], capsys)
    assert code == 0
    assert "sipd_temuan: 17 baris" in out and "dilewati: README.md" in out
    # 85 rencana rows: Magetan 8 + 15 + 41; Dinkes dinas 2 + 3 programs' rows... counted by hand:
    # dinas: programs X.XX.01, 1.02.02, 1.02.03 (3), kegiatan 2.01, 2.02, 1.02.02.2.02, 1.02.03.2.02 (4), subs 5;
    # UPTD: programs X.XX.01, 1.02.02 (2), kegiatan 2.08, 1.02.02.2.01, 1.02.02.2.02 (3), subs 4 -> 21
    assert "sipd_rencana: 85 baris" in out
    _cli(["build", "--source", str(FOLDER), "--out", str(b)], capsys)
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(f"sipd_{t}.{e}" for t in ("rencana", "indikator", "temuan", "pemda", "analisis_penunjang",
                                                     "analisis_sumber_dana", "analisis_label", "analisis_lokasi",
                                                     "analisis_keluaran", "analisis_outcome", "analisis_n_depan")
                           for e in ("csv", "parquet"))
    assert all((a / n).read_bytes() == (b / n).read_bytes() for n in names)
    assert len(pd.read_parquet(a / "sipd_temuan.parquet")) == 17


@pytest.mark.slow  # two CLI checks of the pemda folder
def test_check_on_sipd_data(capsys):
    code, out, _ = _cli(["check", "--source", str(FOLDER)], capsys)
    assert code == 0 and "Temuan data SIPD (sipd): 17 baris" in out
    assert "rekaman 8: Kode sub kegiatan 1.02.02.2.01.0014 muncul lagi" in out
    assert _cli(["check", "--source", str(FOLDER), "--strict"], capsys)[0] == 1


# --- a whole pemda, fast --------------------------------------------------------------------

@pytest.mark.slow
def test_a_pemda_of_3000_records_reads_and_checks(tmp_path):
    # generated by sipd_fixture.pemda_besar; the time it takes is measured by `make bench`, not here
    pemda_besar(tmp_path / "pemda")
    s = load_sipd(tmp_path / "pemda")
    assert len(s.rekaman) == 3000 and len(s.berkas) == 55
    # every record has a sub kegiatan row; one placeholder finding per office (its X.XX.01 program)
    assert (s.rencana["level"].astype(str) == "sub_kegiatan").sum() == 3000
    assert s.temuan["jenis"].astype(str).value_counts().to_dict() == {"sipd_kode_placeholder": 55}


def test_duplicated_key_and_unreadable_json(tmp_path):
    import pytest

    from renja_analysis import RenjaParseError
    from renja_analysis.load import load_sipd
    from renja_analysis.sources import read_source

    dup = tmp_path / "ganda.json"
    dup.write_text('[{"kode_sub_giat": "1.01.01.2.01.0001", "pagu": 10000000, "pagu": 99}]', encoding="utf-8")
    with pytest.raises(RenjaParseError, match="kunci 'pagu' muncul dua kali"):
        load_sipd(dup)
    for name, data in (("kosong.json", b""), ("utf16.json", '[{"kode_sub_giat": "x"}]'.encode("utf-16"))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(RenjaParseError, match="bukan JSON UTF-8"):
            read_source(path)
