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

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.errors import RenjaParseError

MINI = ROOT / "tests" / "data" / "renja-mini.md"
LINES = MINI.read_text(encoding="utf-8").split("\n")
#: the tabbed lines of each table (1-based, inclusive) and its first header line
T21, T22 = (7, 20), (26, 41)


@pytest.fixture(scope="module")
def original():
    return load_document(MINI)


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


@pytest.mark.parametrize("span, table, first, rows", [(T22, "evaluasi", 26, 8), (T21, "tabel21", 7, 7)])
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
