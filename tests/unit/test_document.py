import pytest

from renja_analysis.errors import RenjaParseError
from renja_analysis.sources import read_source
from renja_analysis.sources.text import split_tables

H = "Program, Kegiatan, Sub Kegiatan\tIndikator\tTarget\t\t\tRealisasi\t\t\tTingkat\t\tKeterangan\tSolusi"
H2 = "\t\tK\t\tRp\tK\t\tRp\tK\tRp\t\t"
H3 = "\t\tVolume\tSatuan\t\tVolume\tSatuan\t\t\t\t\t"


def test_repeated_page_headers_and_blank_lines_are_dropped():
    lines = ["Judul", H, H2, H3, "A\tb\t1\tx\t2\t1\tx\t1\t1\t1\t\t", "", "", "", H, H2, H3,
             "B\tb\t1\tx\t2\t1\tx\t1\t1\t1\t\t", "Paragraf."]
    block = split_tables(lines)["tabel_2_2"]
    assert [r.line for r in block.rows] == [5, 12]
    assert [r.segment for r in block.rows] == [1, 2]
    assert block.segments == 2
    assert block.header[1][2] == "K"


def test_a_page_header_with_fewer_continuation_rows_is_still_dropped():
    lines = [H, H2, H3, "A\tb\t1\tx\t2\t1\tx\t1\t1\t1\t\t", "", H, H3,
             "B\tb\t1\tx\t2\t1\tx\t1\t1\t1\t\t"]
    assert [r.line for r in split_tables(lines)["tabel_2_2"].rows] == [4, 8]


def test_prose_ends_a_table_and_unknown_tables_are_ignored():
    lines = [H, "A\tb\t1\tx\t2\t1\tx\t1\t1\t1\t\t", "Sebuah paragraf.",
             "1.1\tLatar Belakang\tDasar pertimbangan", "Z\tb\t1"]
    tables = split_tables(lines)
    assert list(tables) == ["tabel_2_2"]
    assert len(tables["tabel_2_2"].rows) == 1


def test_bold_markers_are_removed_but_remembered():
    lines = [H, "<b>PROGRAM X</b>\t<b>Ind</b>\t1\tx\t2\t1\tx\t1\t1\t1\t\t"]
    row = split_tables(lines)["tabel_2_2"].rows[0]
    assert row.cells[0] == "PROGRAM X"
    assert row.is_bold


def test_not_a_renja_document(tmp_path):
    path = tmp_path / "catatan.md"
    path.write_text("# Catatan rapat\n\nTidak ada tabel di sini.\n", encoding="utf-8")
    with pytest.raises(RenjaParseError, match="bukan dokumen Renja") as err:
        read_source(path)
    assert err.value.path == path


def test_unreadable_file(tmp_path):
    with pytest.raises(RenjaParseError, match="tidak-ada.md: berkas tidak ada"):
        read_source(tmp_path / "tidak-ada.md")
    with pytest.raises(RenjaParseError, match="sumber adalah folder"):
        read_source(tmp_path)


def test_binary_file_names_the_line(tmp_path):
    path = tmp_path / "renja.bin"
    path.write_bytes(b"baris satu\nbaris dua\n\xff\xfe\x00 biner")
    with pytest.raises(RenjaParseError) as err:
        read_source(path)
    assert err.value.line == 3
    assert "UTF-8" in str(err.value)


def test_identitas_of_the_bundled_document(bundled):
    assert bundled.identitas == {"judul": "RENCANA KERJA PERUBAHAN TAHUN 2024",
                                 "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                                 "instansi": "Dinas Koperasi Usaha Kecil dan Menengah",  # its kata pengantar's
                                 "tanggal": "Agustus 2024"}
    assert bundled.nama_instansi == "Dinas Koperasi Usaha Kecil dan Menengah \u2013 Pemerintah Kabupaten Magetan"


def test_identitas_absent_falls_back_to_the_file_name(mini):
    assert mini.nama_instansi == "renja-mini.md"


def test_clean_lines_equals_clean_text_of_every_cell():
    import random

    from renja_analysis.numbers import clean_text
    from renja_analysis.sources.text import clean_lines

    pieces = ["a", "B", " ", "  ", "\t", "<b>", "</b>", "<B>", "\u00a0", "\u2003", "\x0b", "\x0c", "1", ",",
              "<", "b>", "\u3000"]
    r = random.Random(0)
    for _ in range(3000):
        lines = ["".join(r.choice(pieces) for _ in range(r.randint(0, 12))) for _ in range(r.randint(1, 4))]
        assert clean_lines(lines) == ["\t".join(clean_text(c) for c in ln.split("\t")) for ln in lines]


@pytest.mark.slow  # a fresh interpreter in a subprocess
def test_import_keeps_heavy_libraries_out():
    import subprocess
    import sys

    code = ("import sys, renja_analysis; print(' '.join(m for m in ('openpyxl', 'matplotlib', 'nbformat', "
            "'papermill', 'babel', 'rapidfuzz') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_clean_lines_knows_every_white_space_character():
    from renja_analysis.sources.text import _SPASI_LAIN

    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert {chr(k) for k in _SPASI_LAIN} == spaces - {"\t", "\n", " "}
