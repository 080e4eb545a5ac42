"""What the command line and the documentation tell a person (REV-K K3-K9): references as
every other finding gives them, errors that name what is wrong, Indonesian throughout.

Expected values are derived by hand from the fixtures named in each test.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.cli import main
from renja_analysis.config import ROOT

DOC_REALISASI = ROOT / "tests" / "data" / "dokumen-realisasi" / "renja-perubahan-2026-dinas-kesehatan.md"
REALISASI = ROOT / "tests" / "data" / "sipd-realisasi"
DOC = ROOT / "data" / "raw" / "renja-perubahan-2024-dinkop-ukm-magetan.md"
SIPD_JSON = ROOT / "tests" / "data" / "sipd" / "dinkop-ukm-magetan.json"


def _kritis(printed: str) -> list[str]:
    return [line for line in printed.splitlines() if line.startswith("- [")]


# --- K3: the document-against-realisation findings cited as every document finding is ---------------

def test_realisation_kritis_cite_the_printed_row_not_the_text_line(tmp_path, capsys):
    # the fixture's Tabel 2.2 holds data rows on text lines 17-32 (one page, header lines 14-16):
    # line 28 (Ibu Hamil, Rp13.000.000 against SIPD's Rp7.500.000) is row ke-12, line 32 (Lingkungan) ke-16
    out = tmp_path / "o"
    main(["check", "--source", str(DOC_REALISASI), "--sipd-realisasi", str(REALISASI), "--out", str(out)])
    kritis = _kritis(capsys.readouterr().out)
    assert kritis[0].startswith("- [dokumen_vs_realisasi_sipd] Tabel 2.2 baris ke-12 (halaman ke-1 tabel; "
                                "baris teks 28): Realisasi Rp sub kegiatan Pengelolaan Pelayanan Kesehatan Ibu Hamil")
    assert kritis[1].startswith("- [dokumen_vs_realisasi_sipd] Tabel 2.2 baris ke-16 (halaman ke-1 tabel; "
                                "baris teks 32)")
    assert not any("Tabel 2.2, baris" in line for line in kritis)
    t = pd.read_parquet(out / "dokumen_vs_realisasi_sipd_temuan.parquet")
    kr = t[t["tingkat"] == "kritis"]
    assert kr["rujukan"].tolist() == ["Tabel 2.2 baris ke-12 (halaman ke-1 tabel; baris teks 28)",
                                      "Tabel 2.2 baris ke-16 (halaman ke-1 tabel; baris teks 32)"]
    # a finding of a document row always has its reference; one of SIPD's side only (no line) has none
    assert (t["rujukan"].notna() == t["baris_sumber"].notna()).all()


# --- K3: dokumen_vs_sipd's compared row is a SIPD record, never a line of the document's text --------

@pytest.mark.slow  # the bundled document with its SIPD export
def test_reconciliation_cites_the_sipd_record_compared(capsys):
    from renja_analysis.load import load_document

    doc = load_document(DOC, sipd=SIPD_JSON)
    t = doc.temuan[doc.temuan["jenis"].astype(str) == "dokumen_vs_sipd"]
    with_sipd = t[t["baris_pembanding"].notna()]
    assert len(with_sipd)
    # tests/data/sipd/README.md: the SIPD-only sub kegiatan 2.17.06.2.01.0010 is the export's record 32
    # (the JSON array's 32nd element); 3.2 No. 14 (Penyediaan Barang Cetakan) is paired with record 9
    assert not with_sipd["rujukan_pembanding"].str.startswith("baris teks").any()
    assert (with_sipd["rujukan_pembanding"] == "SIPD dinkop-ukm-magetan.json rekaman ke-"
            + with_sipd["baris_pembanding"].astype(str)).all()
    main(["check", "--source", str(DOC), "--sipd", str(SIPD_JSON)])
    kritis = _kritis(capsys.readouterr().out)
    assert any(line.startswith("- [dokumen_vs_sipd] SIPD dinkop-ukm-magetan.json rekaman ke-32: Sub kegiatan "
                               "2.17.06.2.01.0010") for line in kritis)
    assert not any(", baris -" in line for line in kritis)


# --- K4: a corpus source that does not exist or holds nothing ---------------------------------------

def test_load_corpus_refuses_a_missing_folder(tmp_path):
    from renja_analysis.corpus import load_corpus
    from renja_analysis.errors import RenjaParseError

    with pytest.raises(RenjaParseError, match=r"korpus: tidak ada; diharapkan folder") as err:
        load_corpus(tmp_path / "korpus", jobs=1)
    assert err.value.path == tmp_path / "korpus"
    (tmp_path / "kosong").mkdir()
    with pytest.raises(RenjaParseError, match=r"kosong: tidak ada berkas dokumen di sumber"):
        load_corpus(tmp_path / "kosong", jobs=1)


def test_an_empty_folder_is_one_line_without_progress_frames(tmp_path, capsys):
    (tmp_path / "kosong").mkdir()
    assert main(["build", "--source", str(tmp_path / "kosong"), "--out", str(tmp_path / "o")]) == 2
    captured = capsys.readouterr()
    err = [line for line in captured.err.replace("\r", "\n").splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("galat: ") and "tidak ada berkas dokumen di sumber" in err[0]
    assert "it/s" not in captured.err and "0it" not in captured.err


def test_the_documented_corpus_example_runs():
    # docs/korpus.md's example source: the example corpus, 3 documents read and 1 broken
    import re

    text = (ROOT / "docs" / "korpus.md").read_text(encoding="utf-8")
    source = re.search(r'load_corpus\("([^"]+)"', text).group(1)
    assert not source.startswith("data/korpus")
    assert (ROOT / source).is_dir()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--source data/korpus/" not in readme and "--source data/korpus/" not in text


# --- K5: a SIPD export the SIPD reader does not recognise is told so, not "bukan dokumen Renja" ------

_HEADER = ["kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat",
           "nama_sub_giat", "pagu"]
_ROW = ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.01", "PROGRAM PENUNJANG", "1.02.01.2.01",
        "Administrasi Keuangan", "1.02.01.2.01.0001", "Penyediaan Gaji", "1500000"]


def _csv(path: Path, header: list[str], title: str = "") -> Path:
    keep = [i for i, h in enumerate(_HEADER) if h in header]
    path.write_text(title + ";".join(header) + "\n" + ";".join(_ROW[i] for i in keep) + "\n", encoding="utf-8")
    return path


def _one_error(capsys) -> str:
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1, err
    return err[0]


def test_a_sipd_csv_without_its_marker_column_names_the_column(tmp_path, capsys):
    # header line 1 names 8 SIPD fields; kode_sub_giat (the 7th required) is the one missing
    f = _csv(tmp_path / "ekspor.csv", [h for h in _HEADER if h != "kode_sub_giat"])
    assert main(["build", "--source", str(f), "--out", str(tmp_path / "o")]) == 2
    err = _one_error(capsys)
    assert err.startswith(f"galat: {f}, baris 1, sel baris judul kolom: judul kolom mirip ekspor SIPD-RI tetapi "
                          "tanpa kode_sub_giat; diharapkan kolom SIPD: kode_skpd,")
    assert "bukan dokumen Renja" not in err and "Tabel 2.2" not in err


def test_a_sipd_csv_with_a_title_line_names_its_header_line(tmp_path, capsys):
    # line 1 "Laporan SIPD Dinkes 2026", the header on line 2
    f = _csv(tmp_path / "ekspor.csv", _HEADER, title="Laporan SIPD Dinkes 2026\n")
    assert main(["check", "--source", str(f)]) == 2
    err = _one_error(capsys)
    assert err == (f"galat: {f}, baris 2, sel baris judul kolom: judul kolom ekspor SIPD-RI di baris 2, didahului 1 "
                   "baris lain; diharapkan judul kolom SIPD di baris pertama berkas CSV (hapus baris di atasnya)")
    from renja_analysis import load_sipd
    from renja_analysis.errors import RenjaParseError

    with pytest.raises(RenjaParseError, match="judul kolom ekspor SIPD-RI di baris 2"):
        load_sipd(f)


def test_a_sipd_sheet_without_its_marker_column(tmp_path, capsys):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["LAPORAN RENJA SIPD-RI 2026"])            # row 1, a title; row 2 empty; the header on row 3
    ws.append([])
    ws.append([h for h in _HEADER if h != "kode_sub_giat"])
    ws.append([v for h, v in zip(_HEADER, _ROW) if h != "kode_sub_giat"])
    wb.save(tmp_path / "ekspor.xlsx")
    assert main(["build", "--source", str(tmp_path / "ekspor.xlsx"), "--out", str(tmp_path / "o")]) == 2
    assert ", baris 3, sel baris judul kolom lembar 'Data': judul kolom mirip ekspor SIPD-RI tetapi tanpa " \
           "kode_sub_giat" in _one_error(capsys)


def test_a_sipd_csv_not_in_utf8_is_not_called_pdf_text(tmp_path, capsys):
    f = tmp_path / "ekspor.csv"
    f.write_bytes((";".join(_HEADER) + "\n" + ";".join(_ROW).replace("DINAS", "DINAS Caf\u00e9") + "\n")
                  .encode("latin-1"))
    assert main(["build", "--source", str(f), "--out", str(tmp_path / "o")]) == 2
    err = _one_error(capsys)
    assert "baris 2: berkas bukan teks UTF-8; diharapkan ekspor SIPD-RI" in err and "PDF" not in err


# --- K9: a path that does not exist is said not to exist; --out refused before anything is printed ----

def test_a_missing_realisation_path_is_said_not_to_exist(tmp_path, capsys):
    missing = tmp_path / "tidak-ada"
    assert main(["check", "--source", str(DOC_REALISASI), "--sipd-realisasi", str(missing)]) == 2
    err = _one_error(capsys)
    assert err == f"galat: {missing}, opsi --sipd-realisasi: tidak ada; diharapkan berkas atau folder yang ada"
    assert main(["report", "--realisasi", str(missing), "--tanpa-pdf", "--quiet"]) == 2
    err = _one_error(capsys)
    assert err == f"galat: {missing}, opsi --realisasi: tidak ada; diharapkan berkas atau folder yang ada"


def test_check_refuses_an_out_file_before_printing_anything(tmp_path, capsys):
    afile = tmp_path / "berkas"
    afile.write_text("x")
    code = main(["check", "--source", str(DOC_REALISASI), "--sipd-realisasi", str(REALISASI), "--out", str(afile)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == f"galat: --out {afile} adalah berkas, bukan folder\n"
    assert afile.read_text() == "x"


# --- K8: the words a user reads are Indonesian --------------------------------------------------------

def test_system_and_json_errors_in_indonesian(tmp_path, capsys):
    assert main(["build", "--source", str(tmp_path / "hilang.md"), "--out", str(tmp_path / "o")]) == 2
    err = _one_error(capsys)
    assert err == f"galat: {tmp_path / 'hilang.md'}: berkas tidak ada; diharapkan jalur berkas yang ada"
    broken = tmp_path / "rusak.json"
    broken.write_text('{"a":\n', encoding="utf-8")          # line 2 column 1: a value expected
    assert main(["build", "--source", str(broken), "--out", str(tmp_path / "o")]) == 2
    err = _one_error(capsys)
    assert ", baris 2, sel kolom 1: bukan JSON yang sah (nilai diharapkan)" in err and "Expecting" not in err


def test_an_option_error_names_the_option_not_a_placeholder(capsys):
    assert main(["report", "--paksa"]) == 2
    err = _one_error(capsys)
    assert err == "galat: opsi --paksa: --paksa hanya bersama --sipd; diharapkan report --sipd EKSPOR_SIPD --paksa"


@pytest.mark.parametrize("argv, expected", [
    (["build", "--bogus"], "galat: renja-analysis: argumen tidak dikenal: --bogus (lihat --help)"),
    (["frob"], "galat: renja-analysis: argumen perintah: pilihan 'frob' tidak dikenal (pilih dari 'build', 'check', "
               "'report', 'contoh') (lihat --help)"),
    (["build", "--source"], "galat: renja-analysis build: argumen --source: perlu satu nilai (lihat --help)"),
    ([], "galat: renja-analysis: argumen berikut wajib diberikan: perintah (lihat --help)"),
])
def test_argument_errors_in_indonesian(argv, expected, capsys):
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    assert _one_error(capsys) == expected


def test_help_in_indonesian(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("penggunaan: renja-analysis check [-h]")
    assert "\nopsi:\n" in text and "tampilkan bantuan ini, lalu keluar" in text
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in text


def test_materiality_percent_with_a_decimal_comma(tmp_path, capsys):
    # dinkes-contoh.json (tests/data/sipd/README.md): 0,5 and 0.5 are the same floor, read alike
    sipd = ROOT / "tests" / "data" / "sipd" / "dinkes-contoh.json"
    assert main(["check", "--source", str(sipd), "--materialitas-persen", "0,5"]) == 0
    comma = capsys.readouterr().out
    assert main(["check", "--source", str(sipd), "--materialitas-persen", "0.5"]) == 0
    assert capsys.readouterr().out == comma
    with pytest.raises(SystemExit):
        main(["check", "--source", str(sipd), "--materialitas-persen", "setengah"])
    assert "bukan angka: 'setengah' (contoh: 1 atau 0,5)" in _one_error(capsys)


def test_a_file_too_large_gives_its_size_the_indonesian_way(tmp_path, capsys, monkeypatch):
    from renja_analysis.sources import detect

    f = tmp_path / "besar.md"
    f.write_bytes(b"a" * 3 * 1024 * 1024 + b"a" * 209716)    # 3 MiB + 0.2 MiB = 3,2 MB
    monkeypatch.setattr(detect, "MAX_BYTES", 1024 * 1024)
    with pytest.raises(Exception, match=r"paling besar 1 MB, ditemukan '3,2 MB'"):
        detect.read_bytes(f)


# --- K6, K7: where outputs go, and what plain `report` reads, said as they are ------------------------

def _help(command: str, capsys) -> str:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_help_says_the_defaults_are_the_project_folder(capsys):
    from renja_analysis import config

    for command in ("build", "check", "report"):
        text = _help(command, capsys)
        assert f"folder proyek tempat paket ini dipasang, {config.ROOT}, bukan di folder kerja" in text


def test_report_help_says_plain_report_reads_the_last_processed_tables(capsys):
    text = _help("report", capsys)
    assert "tabel olahan dokumen di data/raw/" not in text
    assert ("tanpa ini: tabel olahan yang terakhir ditulis ke --out, bawaan data/processed/, oleh build atau "
            "report sebelumnya") in text


def test_report_says_where_it_wrote_in_full(tmp_path):
    from types import SimpleNamespace

    from renja_analysis import cli, config

    line = cli._keluaran_laporan(SimpleNamespace(out=None))
    assert line == (f"tabel olahan dibaca dari {config.DATA_PROCESSED}; gambar ditulis ke {config.FIGURES}/, notebook "
                    f"dijalankan ulang di {config.NOTEBOOKS}/, laporan HTML di {config.REPORTS}/")
    assert cli._keluaran_laporan(SimpleNamespace(out=tmp_path)).startswith(f"tabel olahan dibaca dari {tmp_path}; ")


def test_readme_says_where_outputs_go():
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "not in the folder you run the command from" in text
    assert "whichever document that was (data/raw/ is not read again)" in text
