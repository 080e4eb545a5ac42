"""A row whose cells wrap at once: the PDF extractor puts the rest of each wrapped cell on one
line, each piece in its own column, every number column empty (docs/pembacaan.md, reading
policy: text structure). Such a line continues the row above it (joined, one ``baris_sambungan``
naming both lines), never a row of its own.

The fixture is the hand-made ``tests/data/renja-mini.md`` (Tabel 2.1 lines 10-20, Tabel 2.2
lines 29-41, 8 rows in 2.2); each case edits one row and derives the expected reading from
the edit: the row keeps its full name, indicator, unit or note, the table keeps its row
count, and everything else reads as in the unchanged fixture.
"""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import first_fast

from renja_analysis import load_document
from renja_analysis.config import ROOT

MINI = ROOT / "tests" / "data" / "renja-mini.md"
LINES = MINI.read_text(encoding="utf-8").split("\n")
#: 2.2 line 40 and 2.1 line 19: Pengembangan Usaha Mikro; 2.2 line 41: Penumbuhan ... (Keterangan)
L22, L21, L22_KET = 40, 19, 41


@pytest.fixture(scope="module")
def original(mini):
    return mini                        # load_document(MINI), tests/conftest.py (shared: never change it)


def _variant(tmp_path, line: int, first: dict[int, str], cont: dict[int, str]):
    """The fixture with ``line``'s cells ``first`` rewritten and a continuation line under it
    holding ``cont`` (cell -> text), every other cell of it empty (same cell count)."""
    c = LINES[line - 1].split("\t")
    for k, v in first.items():
        c[k] = v
    new = [cont.get(k, "") for k in range(len(c))]
    lines = LINES[:line - 1] + ["\t".join(c), "\t".join(new)] + LINES[line:]
    path = tmp_path / "varian.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return load_document(path)


def _sambungan(doc):
    return doc.temuan[doc.temuan["jenis"].astype(str) == "baris_sambungan"]


def _same(doc, original, table="evaluasi"):
    a, b = getattr(doc, table), getattr(original, table)
    assert len(a) == len(b)
    pd.testing.assert_frame_equal(a.drop(columns="baris_sumber"), b.drop(columns="baris_sumber"))


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_name_and_indicator_wrapped_together_are_joined(tmp_path, original):
    # "Pengembangan Usaha | Mikro" and "Jumlah Usaha Mikro | yang Terfasilitasi" on one line (41):
    # one row (8 in 2.2, not 9), its name and indicator whole, still paired with 2.1 line 19 (6)
    doc = _variant(tmp_path, L22, {0: "Pengembangan Usaha", 1: "Jumlah Usaha Mikro"},
                   {0: "Mikro", 1: "yang Terfasilitasi"})
    _same(doc, original)
    row = doc.evaluasi.set_index("baris_sumber").loc[L22]
    assert row["nama"] == "Pengembangan Usaha Mikro" and float(row["realisasi_k_tabel21"]) == 6
    f = _sambungan(doc)
    assert len(f) == 1
    f = f.iloc[0]
    assert (int(f["baris_sumber"]), int(f["baris_pembanding"]), f["kolom"]) == (L22, L22 + 1, "nama")
    assert "kolom nama dan indikator" in f["pesan"] and "yang Terfasilitasi" in f["pesan"]
    # the other reading is named: a row of its own without numbers
    assert f"Bila baris {L22 + 1} sebenarnya baris tersendiri" in f["pesan"]
    p = doc.pembacaan.set_index("tabel").loc["Tabel 2.2"]
    assert (int(p["baris_sambungan"]), int(p["baris_data"]), bool(p["terbaca_utuh"])) == (1, 8, True)


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_21_name_and_indicator_wrapped_together_are_joined(tmp_path, original):
    # the same wrap in Tabel 2.1 (line 19, 12 cells): 7 rows, and 2.2 line 40 still finds its
    # 2.1 row (realisation 6 in both: no antar_tabel finding, as in the fixture)
    doc = _variant(tmp_path, L21, {0: "Pengembangan", 1: "Jumlah Usaha Mikro"},
                   {0: "Usaha Mikro", 1: "yang Terfasilitasi"})
    _same(doc, original, "tabel21")
    _same(doc, original)
    assert _sambungan(doc)["baris_pembanding"].tolist() == [L21 + 1]


def test_22_name_and_note_with_digits_wrapped_together_are_joined(tmp_path, original):
    # line 41's name and Keterangan ("Dilaksanakan di | triwulan 3"): a digit in a note is text,
    # not a number; the row keeps its note (serapan_tanpa_output, as in the fixture)
    doc = _variant(tmp_path, L22_KET, {0: "Penumbuhan dan", 10: "Dilaksanakan di"},
                   {0: "Pengembangan Kewirausahaan", 10: "triwulan 3"})
    _same(doc, original)
    f = _sambungan(doc).iloc[0]
    assert "kolom nama dan keterangan, tanpa angka di kolom angka" in f["pesan"]


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_four_text_cells_wrapped_together_are_joined(tmp_path, original):
    # name, indicator and both units ("Unit | Usaha") of line 40 on one line: four filled cells,
    # none of them a number column
    doc = _variant(tmp_path, L22, {0: "Pengembangan Usaha", 1: "Jumlah Usaha Mikro", 3: "Unit", 6: "Unit"},
                   {0: "Mikro", 1: "yang Terfasilitasi", 3: "Usaha", 6: "Usaha"})
    _same(doc, original)
    assert "kolom nama, indikator, dan satuan" in _sambungan(doc).iloc[0]["pesan"]


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_number_column_filled_is_a_row(tmp_path, original):
    # the same line with a target volume (cell 3) is a row of its own, read as before: 9 rows
    doc = _variant(tmp_path, L22, {}, {0: "Pengembangan Baru", 1: "Jumlah Usaha Baru", 2: "5"})
    assert len(doc.evaluasi) == len(original.evaluasi) + 1
    assert _sambungan(doc).empty


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_note_with_digits_wrapped_alone_is_joined(tmp_path, original):
    # only line 41's Keterangan wraps ("Dilaksanakan di | triwulan 3"): the continuation fills
    # cell 11 alone, a digit in it (refused before: a row without a name)
    doc = _variant(tmp_path, L22_KET, {10: "Dilaksanakan di"}, {10: "triwulan 3"})
    _same(doc, original)
    f = _sambungan(doc).iloc[0]
    assert f["kolom"] == "keterangan"
    assert f["pesan"].startswith(f"Baris {L22_KET + 1} hanya memuat teks di kolom keterangan, tanpa angka di kolom angka:")


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_pieces_in_capitals_without_a_measure_word_are_joined(tmp_path, original):
    # "Pengembangan | Usaha Mikro" and "Jumlah Usaha | Mikro yang Terfasilitasi": both pieces
    # begin with a capital and neither cell above ends mid-phrase, but "Mikro" begins no
    # indicator (no measure word, no indicator of the table begins so): joined
    doc = _variant(tmp_path, L22, {0: "Pengembangan", 1: "Jumlah Usaha"},
                   {0: "Usaha Mikro", 1: "Mikro yang Terfasilitasi"})
    _same(doc, original)
    assert _sambungan(doc)["baris_pembanding"].tolist() == [L22 + 1]


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_name_and_indicator_that_start_afresh_are_a_row(tmp_path, original):
    # a sub kegiatan with no numbers yet (3.3 may list one with pagu 0): its indicator begins
    # with "Jumlah" and the row above ends whole ("... Usaha Mikro" / "... Terfasilitasi"):
    # a row of its own (9 rows), as before, no continuation
    doc = _variant(tmp_path, L22, {}, {0: "Penyediaan Tempat Promosi", 1: "Jumlah Usaha Mikro yang Dipromosikan"})
    assert len(doc.evaluasi) == len(original.evaluasi) + 1
    assert "Penyediaan Tempat Promosi" in set(doc.evaluasi["nama"])
    assert _sambungan(doc).empty


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("indikator", first_fast(["Meningkatnya Usaha Mikro yang Dipromosikan",
                                       "Tersedianya Tempat Promosi", "Proporsi Usaha Mikro yang Dipromosikan"]))
# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_row_without_numbers_whose_indicator_starts_otherwise_is_a_row(tmp_path, original, indikator):
    # hostile review of the wrap rule: an indicator opening with "Meningkatnya", "Tersedianya" or
    # "Proporsi" (common openings, no "Jumlah") joined a real sub kegiatan without numbers to the
    # row above (8 rows, not 9); it is a row of its own
    doc = _variant(tmp_path, L22, {}, {0: "Penyediaan Tempat Promosi", 1: indikator})
    assert len(doc.evaluasi) == len(original.evaluasi) + 1
    assert "Penyediaan Tempat Promosi" in set(doc.evaluasi["nama"])
    assert _sambungan(doc).empty


# the fast test(s) of the same finding: test_22_name_and_note_with_digits_wrapped_together_are_joined
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_22_row_without_numbers_repeating_the_unit_above_is_a_row(tmp_path, original):
    # an indicator with no measure word, but the unit written whole again ("Unit Usaha" under "Unit
    # Usaha"): a wrapped unit would be its rest, not the whole unit; a row of its own
    c = LINES[L22 - 1].split("\t")
    doc = _variant(tmp_path, L22, {}, {0: "Penyediaan Tempat Promosi", 1: "Usaha Mikro yang Dipromosikan",
                                       3: c[3]})
    assert c[3] and len(doc.evaluasi) == len(original.evaluasi) + 1
    assert _sambungan(doc).empty
