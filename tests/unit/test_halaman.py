"""Page numbers out of order inside a table (``sources.text.halaman_tak_urut``).

A line whose only filled cell is a number of one to four digits reads as a page footer and is
set aside. When the table prints other page numbers, one that stands alone out of their order
(``45`` between pages 1 and 2) may be a number cut off its row: it must be reported, not lost
in silence, and must not be taken as the page of the rows above it. Expectations are worked out
by hand from the lines below.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from renja_analysis.sources.base import SourceText, lokasi
from renja_analysis.sources.text import halaman_tak_urut, split_tables


@pytest.mark.parametrize("pages, expected", [
    ([], []),
    ([7], []),
    ([1, 45], []),                       # two numbers: nothing to order them against
    ([1, 2, 3, 4], []),
    ([3, 3, 4, 4], []),                  # a page number at the top and the bottom of each page
    ([3, 4, 45, 5, 6], [2]),
    ([10, 11, 12, 7, 13, 14], [3]),
    ([9, 1, 2, 3], [0]),                 # the first one
    ([1, 2, 3, 0], [3]),                 # the last one
    ([1, 45, 2], []),                    # 1, 45 or 1, 2: either could be wrong, neither is named
    ([1, 2, 3, 2, 3, 4], []),            # 1 2 2 3 4 and 1 2 3 3 4: each number is in one of them
    ([5, 6, 7, 1, 2, 3, 4], []),         # a run of three out of order: a restart, not a stray number
    ([1, 2, 50, 51, 3, 4], []),          # two in a row: the same
    ([1, 2, 50, 3, 4, 60, 5, 6], [2, 5]),
])
def test_halaman_tak_urut(pages, expected):
    assert halaman_tak_urut(pages) == expected


H = "TUJUAN\tSASARAN\tINDIKATOR\tTARGET"


def _read(lines):
    src = SourceText(Path("uji.md"), lines, {})
    block = split_tables(list(lines), src)["tabel_3_1"]
    return src, block


# four pages of Tabel 3.1, each closed by its page number, and a stray "45" in a cell of its own
# on page 2 (line 7), between two data rows; the last page number (line 18) comes after the last
# row, before prose: it belongs to no table (``sources.text``: what follows a table's last row)
LINES = [H, "1\tNaik\tOmset\t5", "", "- 1 -",
         H, "2\tNaik\tAset\t6", "\t\t45\t", "3\tTurun\tUtang\t7", "", "- 2 -",
         H, "4\tA\tB\t8", "", "- 3 -",
         H, "5\tA\tC\t9", "", "- 4 -",
         "Paragraf penutup.", "## BAB IV"]


def test_stray_number_reported_and_not_a_page():
    src, block = _read(LINES)
    assert [r.line for r in block.rows] == [2, 6, 8, 12, 16]
    assert block.set_aside == [4, 7, 10, 14]          # still set aside: it is no row either
    assert block.footers == [(4, 1), (7, None), (10, 2), (14, 3)]
    assert [(f["jenis"], f["tingkat"], f["baris_sumber"], f["nama"]) for f in src.temuan] == [
        ("baris_tidak_terbaca", "peringatan", 7, "45")]
    assert src.temuan[0]["pesan"] == (
        "Baris \u201c45\u201d di dalam Tabel 3.1 disisihkan sebagai nomor halaman 45, tetapi nomor itu tidak "
        "urut dengan nomor halaman lain di tabel ini (sebelumnya halaman 1 di baris 4; sesudahnya halaman 2 "
        "di baris 10). Periksa apakah angka ini isi sel yang terlepas dari barisnya.")
    # rows 6 and 8 are on page 2 (the footer at line 10), not on page 45; row 16 after the last
    # footer: one more than it
    src.tables = {"tabel_3_1": block}
    assert lokasi(src)["halaman_dokumen"].tolist() == [1, 2, 2, 3, 4]


def test_numbers_in_order_say_nothing():
    lines = [ln.replace("\t\t45\t", "\t\t\t") for ln in LINES]      # the stray number gone: a blank line
    src, block = _read(lines)
    assert src.temuan == []
    assert block.footers == [(4, 1), (10, 2), (14, 3)]


def test_first_footer_out_of_order_names_only_the_next():
    lines = [ln.replace("- 1 -", "- 9 -") for ln in LINES]
    lines[6] = "\t\t\t"
    src, _ = _read(lines)
    assert [f["baris_sumber"] for f in src.temuan] == [4]
    assert "(sesudahnya halaman 2 di baris 10)" in src.temuan[0]["pesan"]


def test_too_few_page_numbers_to_judge():
    # the stray number with a single other page number inside the table (line 10's comes after
    # the last row): nothing to order them by, a known limit
    lines = LINES[:10] + ["Paragraf penutup.", "## BAB IV"]
    src, block = _read(lines)
    assert src.temuan == []
    assert block.footers == [(4, 1), (7, 45)]


def test_whole_document(tmp_path):
    """A synthetic document of four pages per table, a stray "77" on Tabel 2.2's second page."""
    from renja_analysis import load_document
    from renja_analysis.synthetic import tulis_dokumen

    path = tmp_path / "renja.md"
    tulis_dokumen(path, program=1, kegiatan_per_program=2, sub_per_kegiatan=4, halaman=3, seed=0)
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("### HASIL EVALUASI RENJA"))
    page1 = lines.index("- 1 -", start)              # Tabel 2.2's first page number (0-based line)
    header = page1 + 2                               # its repeated header: three lines
    row = header + 3                                 # the second page's first row
    lines.insert(row + 1, "\t\t77\t\t")              # after it, line row + 2 (1-based)
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    found = doc.temuan.query("jenis == 'baris_tidak_terbaca'")
    assert found[["tabel", "baris_sumber", "tingkat"]].values.tolist() == [["Tabel 2.2", row + 2, "peringatan"]]
    assert "nomor halaman 77" in found["pesan"].iloc[0]
    where = doc.lokasi.query("tabel == 'Tabel 2.2'").set_index("baris_sumber")["halaman_dokumen"]
    assert where[row + 1] == 2                       # the row above the stray number: page 2, not 77
