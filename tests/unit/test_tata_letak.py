"""Layouts a reviewer reads without asking anyone, refused before (REV-A D9): every line of a
table ending with one more empty cell; a row's name on a line of its own above its cells; a
3.2 row's No. on a line of its own above its cells (docs/pembacaan.md, bad-input catalogue).

The fixture is the hand-made ``tests/data/renja-mini.md`` (Tabel 2.1 lines 7-20, header lines
7-9 and 15-16, 7 rows; Tabel 2.2 lines 26-41, header lines 26-28 and 33-35, 8 rows; every
tabbed line 12 cells). Each case edits the text and derives the expected reading from the
edit: the same tables as the unchanged fixture, and one finding naming what was done.
"""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import first_fast

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.errors import RenjaParseError

MINI = ROOT / "tests" / "data" / "renja-mini.md"
LINES = MINI.read_text(encoding="utf-8").split("\n")
#: the tabbed lines of each table (1-based, inclusive) and its first header line
T21, T22 = (7, 20), (26, 41)


@pytest.fixture(scope="module")
def original(mini):
    return mini                        # load_document(MINI), tests/conftest.py (shared: never change it)


def _write(tmp_path, lines):
    path = tmp_path / "varian.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _extra_tab(span, skip=(), fill=None):
    """The fixture with one more cell at the end of every tabbed line in ``span`` (but the lines
    in ``skip``); ``fill``: (line, text) to write in that cell on one line."""
    out = []
    for n, line in enumerate(LINES, 1):
        if span[0] <= n <= span[1] and "\t" in line and n not in skip:
            line += "\t" + (fill[1] if fill and fill[0] == n else "")
        out.append(line)
    return out


def _jenis(doc, jenis):
    return doc.temuan[doc.temuan["jenis"].astype(str) == jenis]


def _same_findings(doc, original, new):
    """``doc``'s findings are the original's plus the ``new`` ones (by jenis and line)."""
    key = ["jenis", "baris_sumber", "pesan"]
    a = doc.temuan[key].astype(str).apply(tuple, axis=1).tolist()
    b = original.temuan[key].astype(str).apply(tuple, axis=1).tolist()
    assert sorted((j, int(n)) for j, n, _ in set(a) - set(b)) == sorted(new)
    assert not set(b) - set(a)


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("span, table, first, rows", first_fast([(T22, "evaluasi", 26, 8), (T21, "tabel21", 7, 7)]))
def test_every_line_with_one_more_empty_cell_drops_it(tmp_path, original, span, table, first, rows):
    # 13 cells on every tabbed line of the table, the 13th empty: read as the 12-cell fixture
    doc = load_document(_write(tmp_path, _extra_tab(span)))
    pd.testing.assert_frame_equal(getattr(doc, table), getattr(original, table))
    pd.testing.assert_frame_equal(doc.evaluasi, original.evaluasi)
    pd.testing.assert_frame_equal(doc.pembacaan, original.pembacaan)
    _same_findings(doc, original, [("sel_akhir_kosong", first)])
    f = _jenis(doc, "sel_akhir_kosong").iloc[0]
    assert (f["tingkat"], int(f["nilai_dokumen"]), int(f["nilai_hitung"])) == ("info", 13, 12)
    label = "Tabel 2.2" if table == "evaluasi" else "Tabel 2.1"
    assert f["pesan"].startswith(f"Setiap baris {label} memuat 13 sel, satu lebih banyak daripada kolom "
                                 f"tabelnya (12): judul kolom di baris {first} (dan di setiap halaman) serta "
                                 f"{rows} baris datanya berakhir dengan sel ke-13 yang kosong.")


@pytest.mark.parametrize("case", [
    {"fill": (37, "x")},                # the extra cell filled on one row: a column after all
    {"skip": (36,)},                    # one row of 12 cells: which cell the others add is unknown
    {"skip": (27,)},                    # one header line of 12 cells
    {"skip": (33, 34, 35)},             # the second page's header of 12 cells
])
def test_extra_cell_not_on_every_line_or_filled_is_refused(tmp_path, case):
    lines = _extra_tab(T22, **case)
    with pytest.raises(RenjaParseError, match="jumlah sel yang salah"):
        load_document(_write(tmp_path, lines))


# -- a name on a line of its own above its row (Tabel 2.1 and 2.2) ------------------------------

#: renja-mini's Tabel 2.2 line 36 (the first row of the second page, under the header lines 33-35),
#: line 38 (PROGRAM PENGEMBANGAN UMKM, under the plain sub kegiatan 37), line 37 (a plain sub
#: kegiatan under the plain sub kegiatan 36); Tabel 2.1's line 12 (plain, under the bold kegiatan 11)
L36, L38, L37, L12 = 36, 38, 37, 12


def _name_above(line: int, tabs: bool = False, name: str | None = None):
    """The fixture with ``line``'s name on a line of its own above the line, the row then with
    an empty name cell (``tabs``: the name line keeps the row's other cells, empty)."""
    cells = LINES[line - 1].split("\t")
    text = cells[0] if name is None else name
    above = text + "\t" * (len(cells) - 1) if tabs else text
    return LINES[:line - 1] + [above, "\t".join([""] + cells[1:])] + LINES[line:]


def _same_shifted(doc, original, table, at):
    """``doc``'s ``table`` is the original's, the source lines from ``at`` on one further down."""
    a, b = getattr(doc, table), getattr(original, table).copy()
    b["baris_sumber"] = b["baris_sumber"].where(b["baris_sumber"] < at, b["baris_sumber"] + 1)
    pd.testing.assert_frame_equal(a, b)


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("line, tabs, name", first_fast([
    (L36, False, "Penyediaan Bahan Logistik Kantor"),       # under a header: no row above to continue
    (L36, True, "Penyediaan Bahan Logistik Kantor"),
    (L38, False, "PROGRAM PENGEMBANGAN UMKM"),              # a level word: never the rest of a name
], fast=(0, 2)))
def test_22_name_above_its_row_is_its_name(tmp_path, original, line, tabs, name):
    # the name alone on ``line``, its cells on the next line with an empty name cell: one row at
    # the next line with its name (8 rows, as the fixture), one finding naming both lines
    doc = load_document(_write(tmp_path, _name_above(line, tabs)))
    _same_shifted(doc, original, "evaluasi", line)
    f = _jenis(doc, "baris_sambungan")
    assert len(f) == 1
    f = f.iloc[0]
    row = line + 1
    assert (int(f["baris_sumber"]), int(f["baris_pembanding"]), f["kolom"], f["tingkat"]) == (row, line, "nama", "info")
    assert f["pesan"] == (f"Baris {line} hanya memuat nama, tepat di atas baris {row} yang sel namanya kosong: nama "
                          f"itu milik baris {row} (tercetak di baris sendiri di atas sel-selnya); digabung menjadi "
                          f"\u201c{name}\u201d.")
    p = doc.pembacaan.set_index("tabel").loc["Tabel 2.2"]
    assert (int(p["baris_sambungan"]), int(p["baris_data"]), bool(p["terbaca_utuh"])) == (1, 8, True)


@pytest.mark.slow  # a fast test of its section checks the same finding (test_22_name_above_its_row_is_its_name)
def test_21_name_above_its_row_is_its_name(tmp_path, original):
    # "Penyediaan Barang Cetakandan Penggandaan" (plain) alone under the bold kegiatan of line 11
    doc = load_document(_write(tmp_path, _name_above(L12)))
    _same_shifted(doc, original, "tabel21", L12)
    pd.testing.assert_frame_equal(doc.evaluasi.drop(columns="baris_sumber"),
                                  original.evaluasi.drop(columns="baris_sumber"))
    f = _jenis(doc, "baris_sambungan").iloc[0]
    assert (f["tabel"], int(f["baris_sumber"]), int(f["baris_pembanding"])) == ("Tabel 2.1", 13, 12)


@pytest.mark.parametrize("line, name", [
    # plain under plain (line 36), no level word: maybe the rest of line 36's name, the row below
    # then a second indicator of line 36 printed with its name cell empty; no reader can tell
    (L37, None),
    (L37, "penyediaan Barang Cetak dan Penggandaan"),
    # bold over plain cells: not the row's own name
    (L37, "<b>Penyediaan Barang Cetak dan Penggandaan</b>"),
    # a digit (a year, a page, a date): never taken for a name
    (L36, "Penyediaan Bahan Logistik 2025"),
])
def test_22_name_above_that_may_be_something_else_is_refused(tmp_path, line, name):
    with pytest.raises(RenjaParseError, match="nama program/kegiatan kosong"):
        load_document(_write(tmp_path, _name_above(line, name=name)))


# -- a 3.2 row's No. on a line of its own above the row ------------------------------------------

MURNI = ROOT / "tests" / "data" / "renja-murni-mini.md"
MLINES = MURNI.read_text(encoding="utf-8").split("\n")
#: renja-murni-mini's Tabel 3.2: header lines 47-48, rows No. 1-8 on lines 49-56


@pytest.fixture(scope="module")
def murni(mini_murni):
    return mini_murni                  # load_document(MURNI), tests/conftest.py (shared: never change it)


def _no_above(line: int, tabs: bool = False, number: str | None = None):
    cells = MLINES[line - 1].split("\t")
    no = cells[0] if number is None else number
    above = no + "\t" * (len(cells) - 1) if tabs else no
    return MLINES[:line - 1] + [above, "\t".join([""] + cells[1:])] + MLINES[line:]


def _same_review(doc, murni, at):
    a, b = doc.review_rkpd, murni.review_rkpd.copy()
    b["baris_sumber"] = b["baris_sumber"].where(b["baris_sumber"] < at, b["baris_sumber"] + 1)
    pd.testing.assert_frame_equal(a, b)


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("line, tabs, before", first_fast([(52, False, 3), (52, True, 3), (49, False, 0)], fast=(0, 2)))
def test_32_no_above_its_row_is_its_no(tmp_path, murni, line, tabs, before):
    # "4" alone on line 52 above row No. 4 with an empty No. cell (3 is the No. above it), or "1"
    # right under the header (no No. before it): the next number of the numbering, the row's No.
    doc = load_document(_write(tmp_path, _no_above(line, tabs)))
    _same_review(doc, murni, line)
    no = before + 1
    f = _jenis(doc, "baris_sambungan")
    assert len(f) == 1 and not len(_jenis(doc, "nomor_tidak_urut")) and not len(_jenis(doc, "baris_tidak_terbaca"))
    f = f.iloc[0]
    assert (int(f["baris_sumber"]), int(f["baris_pembanding"]), f["kolom"]) == (line + 1, line, "no")
    assert f["pesan"] == (f"Baris {line} hanya memuat angka {no}, tepat di atas baris {line + 1} yang sel No-nya "
                          f"kosong: {no} adalah nomor urut berikutnya (nomor sebelumnya {before}), sehingga dibaca "
                          f"sebagai No baris {line + 1} yang tercetak di baris sendiri, bukan nomor halaman.")
    p = doc.pembacaan.set_index("tabel").loc["Tabel 3.2 (Review RKPD)"]      # a murni's 3.2 (LABEL_MURNI)
    assert (int(p["baris_sambungan"]), int(p["baris_data"]), bool(p["terbaca_utuh"]), bool(p["lengkap"])) == \
        (1, 8, True, True)


def test_32_number_above_that_is_not_the_next_no_is_refused(tmp_path):
    # "7" above the row after No. 3: a page number or a number cut off another row, not its No.
    with pytest.raises(RenjaParseError, match="nomor baris bukan angka"):
        load_document(_write(tmp_path, _no_above(52, number="7")))



# -- a name cut at the foot of a page, its rest under the page break (REV-G G5) ------------------

#: Tabel 2.2's header (lines 26-28) and a page footer: what a page break prints between two rows
HEADER_22 = LINES[25:28]
#: a second indicator of a row, printed with its name cell empty (Tabel 2.2: 12 cells, no rupiah)
SECOND_22 = "\t".join(["", "Jumlah Dokumen Tercetak", "12", "Paket", "", "3", "Paket", "", "25", "", "", ""])
SECOND_21 = "\t".join(["", "Jumlah Dokumen Tercetak", "36", "Paket", "12", "Paket", "3", "Paket", "25", "3",
                       "Paket", "8,333333333"])


def _cut_over_page(line, head, rest, page, second):
    """The fixture with ``line``'s name cut to ``head`` at the foot of a page, then the ``page``
    lines (a page break), ``rest`` (the name's rest or a name of its own: no reader can tell) and
    ``second`` (a row whose name cell is empty) inserted after ``line``."""
    cells = LINES[line - 1].split("\t")
    assert cells[0].startswith(head)
    return LINES[:line - 1] + ["\t".join([head] + cells[1:])] + page + [rest, second] + LINES[line:]


@pytest.mark.parametrize("line, head, rest, page, second", [
    # Tabel 2.2's plain line 37 at the foot of a page, the table's header repeated under a blank
    # line (lines 38-41), "Cetak dan Penggandaan" on line 42, the nameless row on line 43
    (L37, "Penyediaan Barang", "Cetak dan Penggandaan", [""] + HEADER_22, SECOND_22),
    # the same with its rest in the name cell of a tabbed line
    (L37, "Penyediaan Barang", "Cetak dan Penggandaan" + "\t" * 11, [""] + HEADER_22, SECOND_22),
    # a page footer between blank lines instead of a header (lines 38-40): the row on line 42
    (L37, "Penyediaan Barang", "Cetak dan Penggandaan", ["", "- 2 -", ""], SECOND_22),
    # Tabel 2.1's plain line 12 at the foot of its first page, under its second page's header
    # (blank lines 13-14, header lines 15-16) comes what line 12's name may go on with
    (L12, "Penyediaan Barang", "Cetakandan Penggandaan", LINES[12:16], SECOND_21),
], ids=["2.2-header", "2.2-header-tabbed", "2.2-footer", "2.1-header"])
def test_name_cut_over_a_page_break_is_refused(tmp_path, line, head, rest, page, second):
    # the line under the page break may be the rest of the name at the foot of the page above
    # (the row below then a second indicator of that row, its name cell empty) or the name of a
    # row of its own: no reader can tell, so the row below is refused for its empty name, as it
    # was before names above their rows were read (was: a new sub kegiatan named by the rest)
    lines = _cut_over_page(line, head, rest, page, second)
    row = line + len(page) + 2
    assert lines[row - 1] == second
    with pytest.raises(RenjaParseError, match=rf"baris {row}, sel nama \(kolom 1\): nama program/kegiatan kosong"):
        load_document(_write(tmp_path, lines))
