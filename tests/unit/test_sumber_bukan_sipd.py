"""A source is taken for a SIPD export only when it is none of ours (REV-N N2, N3, N9, N10).

- A Renja document whose note names SIPD's field names is read as the document it is
  (the SIPD-lookalike check runs only after the Renja reader found no Tabel 2.2, and only
  on a line whose cells are single words, not prose).
- A workbook where some sheet is shaped like Tabel 2.2 keeps the Renja reader's error.
- A table of a build's own output set is said to be one.
- Command-line numbers and paths: '1.000' is ambiguous, '-1' is out of range, a non-ASCII
  digit is no number, a name longer than the file system takes is the user's error (exit 2).

Expected values are derived by hand from the fixtures named in each test.
"""
from __future__ import annotations

import argparse

import pytest
from conftest import first_fast

from renja_analysis.cli import main
from renja_analysis.config import ROOT
from renja_analysis.errors import RenjaParseError

MINI = ROOT / "tests" / "data" / "renja-mini.md"
WORKBOOK = ROOT / "tests" / "data" / "contoh-evaluasi-tw2.xlsx"
NOTE = "Kolom SIPD yang dicocokkan: kode_skpd, nama_skpd, kode_program, pagu"


def _with_line(tmp_path, line: str, at: int = 2):
    lines = MINI.read_text(encoding="utf-8").split("\n")
    lines.insert(at, line)
    path = tmp_path / "renja.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _err(capsys) -> str:
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1, err
    return err[0]


# --- N2: a Renja document naming SIPD's fields in a note is read, not refused as an export ----------

# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("note", first_fast([NOTE, "kode_program\tnama_program\tpagu"]))
def test_a_renja_note_naming_sipd_fields_is_read_as_the_document(tmp_path, note):
    from renja_analysis import load_document

    # renja-mini.md's Tabel 2.2 holds 8 data rows (text lines 29-30 and 36-41): programs PENUNJANG and
    # PENGEMBANGAN UMKM, kegiatan Administrasi Umum and Pengembangan Usaha Mikro, 4 sub kegiatan
    doc = load_document(_with_line(tmp_path, note))
    assert doc.evaluasi["level"].astype(str).value_counts().sort_index().to_dict() == \
        {"kegiatan": 2, "program": 2, "sub_kegiatan": 4}


def test_prose_naming_sipd_fields_is_no_sipd_header():
    from renja_analysis.sources.sipd import mirip_sipd

    # the first cell, split at the commas, is 'Kolom SIPD yang dicocokkan: kode_skpd': prose, not a field name
    assert mirip_sipd("a.md", (NOTE + "\n").encode()) is None
    # the same fields as a header line: still recognised (nama_program, the first WAJIB name missing)
    err = mirip_sipd("a.csv", b"kode_skpd,nama_skpd,kode_program,pagu\n1,2,3,4\n")
    assert err is not None and err.message == "judul kolom mirip ekspor SIPD-RI tetapi tanpa nama_program"


def test_a_text_without_tabel_22_and_a_prose_note_keeps_the_renja_error(tmp_path, capsys):
    path = tmp_path / "catatan.md"
    path.write_text("# Catatan\n\n" + NOTE + "\n\nTidak ada tabel di sini.\n", encoding="utf-8")
    assert main(["check", "--source", str(path)]) == 2
    err = _err(capsys)
    assert "bukan dokumen Renja: Tabel 2.2 (Hasil Evaluasi Renja s.d. TW) tidak ditemukan" in err
    assert "SIPD" not in err


# --- N3: a workbook with Tabel 2.2 sheets keeps the Renja reader's error -----------------------------

def _workbook_with_recap(tmp_path, copies: int):
    import openpyxl

    wb = openpyxl.load_workbook(WORKBOOK)
    ws = wb.worksheets[0]
    for k in range(copies - 1):
        wb.copy_worksheet(ws).title = f"Salinan {k + 1}"
    recap = wb.create_sheet("Rekap SIPD")
    recap.append(["kode_skpd", "nama_skpd", "kode_program", "nama_program", "pagu"])
    recap.append(["2.17.0.00", "DINAS KOPERASI", "2.17.01", "PROGRAM PENUNJANG", 30000000])
    path = tmp_path / "renja.xlsx"
    wb.save(path)
    return path, ws.title


def test_two_tabel_22_sheets_and_a_sipd_recap_ask_for_the_sheet(tmp_path, capsys):
    path, first = _workbook_with_recap(tmp_path, copies=2)
    assert main(["check", "--source", str(path)]) == 2
    err = _err(capsys)
    assert f"2 lembar berbentuk Tabel 2.2: '{first}', 'Salinan 1'; diharapkan nama lembar yang dibaca " \
           "(--sheet NAMA)" in err
    assert "SIPD" not in err


def test_one_tabel_22_sheet_and_a_sipd_recap_is_read(tmp_path):
    from renja_analysis import load_document

    # the recap sheet changes nothing of what is read: the same rows as the workbook without it
    path, _ = _workbook_with_recap(tmp_path, copies=1)
    read = load_document(path).evaluasi
    assert len(read) > 0
    assert read[["level", "nama", "pagu_rp"]].equals(load_document(WORKBOOK).evaluasi[["level", "nama", "pagu_rp"]])


# --- N9: our own output tables are said to be ours ------------------------------------------------------

def _output_folder(tmp_path):
    out = tmp_path / "keluaran"
    out.mkdir()
    for name in ("sipd_pemda.csv", "sipd_pemda.parquet"):      # what marks a build's SIPD output set
        (out / name).write_text("agregasi,kode\n", encoding="utf-8")
    # sipd_rencana's header names kode_skpd, nama_skpd, kode_program (3 SIPD fields), not nama_program
    header = "urutan,berkas,tahun,kode_skpd,nama_skpd,kode_program,kode_kegiatan,pagu_rp\n"
    (out / "sipd_rencana.csv").write_text(header + "1,a.json,2024,1,DINAS,1.02.01,,100.0\n", encoding="utf-8")
    return out


@pytest.mark.parametrize("option", ["--source", "--sipd"])
def test_an_output_table_as_source_is_said_to_be_ours(tmp_path, capsys, option):
    out = _output_folder(tmp_path)
    table = out / "sipd_rencana.csv"
    argv = ["check", "--source", str(table)] if option == "--source" else \
        ["check", "--source", str(MINI), "--sipd", str(table)]
    assert main(argv) == 2
    err = _err(capsys)
    assert err.startswith(f"galat: {table}: berkas ini keluaran renja-analysis (ditulis oleh build), bukan dokumen "
                          "Renja atau ekspor SIPD-RI; diharapkan sumber yang dibaca build itu")
    assert "judul kolom mirip" not in err


def test_the_same_table_outside_an_output_folder_keeps_the_readers_error(tmp_path, capsys):
    out = _output_folder(tmp_path)
    (out / "sipd_pemda.parquet").unlink()           # no longer a build's set
    assert main(["check", "--source", str(out / "sipd_rencana.csv")]) == 2
    assert "judul kolom mirip ekspor SIPD-RI tetapi tanpa nama_program" in _err(capsys)


# --- N10: command-line numbers and names ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    ("1.000", "ambigu: '1.000' dapat dibaca 1000 (titik pemisah ribuan) atau 1 (titik desimal)"),
    ("2,500", "ambigu: '2,500' dapat dibaca 2500 (koma pemisah ribuan) atau 2,5 (koma desimal)"),
    ("-1", "harus 0 sampai 100, ditemukan -1"),
    ("\u0661", "bukan angka: '\u0661'"),
    ("101", "harus 0 sampai 100, ditemukan 101"),
])
def test_materiality_percent_refused(text, said):
    from renja_analysis.cli import _persen

    with pytest.raises(argparse.ArgumentTypeError) as err:
        _persen(text)
    assert str(err.value).startswith(said)


@pytest.mark.parametrize(("text", "value"), [("1", 1.0), ("0,5", 0.5), ("0.5", 0.5), ("0,125", 0.125),
                                             ("100", 100.0), ("12,5", 12.5)])
def test_materiality_percent_read(text, value):
    from renja_analysis.cli import _persen

    assert _persen(text) == value


def test_materiality_rupiah_refuses_non_ascii_digits():
    from renja_analysis.cli import _rupiah

    with pytest.raises(argparse.ArgumentTypeError, match="bukan rupiah dalam angka saja"):
        _rupiah("\u0661\u0660\u0660")
    assert _rupiah("100000000") == 100000000.0


def test_the_ambiguous_percent_exits_2_in_indonesian(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--source", str(MINI), "--materialitas-persen", "1.000"])
    assert exc.value.code == 2
    assert "argumen --materialitas-persen: ambigu: '1.000'" in _err(capsys)


@pytest.mark.parametrize("option", ["--source", "--sipd", "--sipd-realisasi", "--out"])
def test_a_name_too_long_is_the_users_error(tmp_path, capsys, option):
    # 300 + 3 bytes: over the 255 bytes a file name may have on the usual file systems
    long = str(tmp_path / ("a" * 300 + ".md"))
    argv = ["check", option, long] if option == "--source" else ["check", "--source", str(MINI), option, long]
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = _err(capsys)
    assert f"argumen {option}: nama terlalu panjang: " in err
    assert "(nama berkas atau folder terpanjang 303 byte;" in err and "galat internal" not in err


def test_a_name_too_long_through_the_library_is_a_parse_error(tmp_path):
    from renja_analysis import load_document

    with pytest.raises(RenjaParseError, match="nama terlalu panjang"):
        load_document(tmp_path / ("a" * 300 + ".md"))


def _workbook_with_sipd_sheet(tmp_path):
    # contoh-evaluasi-tw2.xlsx (one Tabel 2.2 sheet) plus a sheet carrying SIPD's whole header, marker included
    import openpyxl

    wb = openpyxl.load_workbook(WORKBOOK)
    ws = wb.create_sheet("Ekspor SIPD")
    ws.append(["kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat",
               "nama_sub_giat", "pagu"])
    ws.append(["1.02.0.00.0.00.01.0000", "DINAS", "1.02.01", "PROGRAM", "1.02.01.2.01", "KEGIATAN",
               "1.02.01.2.01.0001", "SUB KEGIATAN", 1500000])
    path = tmp_path / "renja-sipd.xlsx"
    wb.save(path)
    return path, wb.worksheets[0].title


def test_a_tabel_22_workbook_with_a_sipd_sheet_is_read_as_the_document(tmp_path, capsys):
    from renja_analysis.sources import is_sipd

    path, first = _workbook_with_sipd_sheet(tmp_path)
    assert is_sipd(path) is False
    assert is_sipd(path, "Ekspor SIPD") is True           # --sheet names the SIPD sheet: read as SIPD
    assert is_sipd(path, first) is False
    assert main(["check", "--source", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"lembar: {first}\n") and "Temuan data SIPD" not in out
