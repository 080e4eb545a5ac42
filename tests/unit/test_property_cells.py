"""Properties of the text reader's cells (issue 17): the ways offices write the same cell read
the same, or the reader refuses with the line and cell named.

The document is ``tests/data/renja-mini.md`` (8 rows of Tabel 2.2, 7 of Tabel 2.1). Drawn by
hypothesis, cell by cell:

- every realisation that is 0 (realisation K of both tables, the Renstra realisation of 2.1)
  written ``0``, ``-``, ``–``, ``—``, ``Nihil``, ``nihil``, ``Tidak ada`` or left empty: the same
  status, capaian and serapan on every row; the same numbers except the empty cells, which
  stay empty; the same findings (by type, line and column) apart from one ``realisasi_kosong``
  per Tabel 2.2 row with an empty realisation;
- every rupiah cell (all unambiguous: ``30.000.000``) written in either convention: the same
  numbers and statuses, and no finding but ``angka_konvensi_lain`` added;
- a rupiah or target cell written negative, with a minus sign or in parentheses (accounting),
  in either convention: the same document whichever way; an unbalanced parenthesis is
  refused naming the line and the cell.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from renja_analysis import RenjaParseError, load_document
from renja_analysis.config import ROOT

# hypothesis examples over whole (small) documents
pytestmark = pytest.mark.slow

MINI = (ROOT / "tests" / "data" / "renja-mini.md").read_text(encoding="utf-8").split("\n")
#: 1-based lines of the Tabel 2.2 rows and of the Tabel 2.1 rows of the mini document
ROWS_22 = [29, 30, 36, 37, 38, 39, 40, 41]
ROWS_21 = [10, 11, 12, 17, 18, 19, 20]
#: cells (line, 0-based position) holding a realisation of 0: realisation K in 2.2 (cell 5), the
#: realisation and the Renstra realisation in 2.1 (cells 6 and 9)
NOL = [(ln, p) for ln in ROWS_22 for p in (5,) if MINI[ln - 1].split("\t")[p].replace("<b>", "")
       .replace("</b>", "") == "0"] + \
      [(ln, p) for ln in ROWS_21 for p in (6, 9) if MINI[ln - 1].split("\t")[p].replace("<b>", "")
       .replace("</b>", "") == "0"]
#: the rupiah cells of Tabel 2.2: pagu (4) and realisation (7)
RUPIAH = [(ln, p) for ln in ROWS_22 for p in (4, 7)]
WORDS = ["0", "-", "\u2013", "\u2014", "Nihil", "nihil", "Tidak ada", ""]
SETTINGS = settings(max_examples=12, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _cell(lines: list[str], line: int, position: int, value: str) -> None:
    cells = lines[line - 1].split("\t")
    bold = cells[position].startswith("<b>")
    cells[position] = f"<b>{value}</b>" if bold and value else value
    lines[line - 1] = "\t".join(cells)


def _load(tmp_path: Path, lines: list[str]):
    path = tmp_path / "mini.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return load_document(path)


def _keys(doc, without: tuple = ()) -> list[tuple]:
    t = doc.temuan[~doc.temuan["jenis"].astype(str).isin(without)]
    return sorted(zip(t["jenis"].astype(str), t["tingkat"].astype(str), t["baris_sumber"].tolist(),
                      t["kolom"].astype(str)))


JUDGED = ["status", "capaian_k", "serapan_rp", "predikat_k", "predikat_rp"]


def test_the_cells_drawn_from_exist():
    assert len(NOL) == 5 + 10 and len(RUPIAH) == 16


@SETTINGS
@given(words=st.lists(st.sampled_from(WORDS), min_size=len(NOL), max_size=len(NOL)))
def test_nothing_realised_written_any_way(tmp_path_factory, mini, words):     # mini: tests/conftest.py
    lines = list(MINI)
    for (line, pos), word in zip(NOL, words):
        _cell(lines, line, pos, word)
    doc = _load(tmp_path_factory.mktemp("nihil"), lines)
    empty = {(line, pos) for (line, pos), w in zip(NOL, words) if w == ""}
    ev, ev0 = doc.evaluasi, mini.evaluasi
    pd.testing.assert_frame_equal(ev[JUDGED], ev0[JUDGED])
    kosong_22 = [line for line, pos in sorted(empty) if line in ROWS_22]
    blank = ev["baris_sumber"].isin(kosong_22).to_numpy()
    assert ev.loc[blank, "realisasi_k"].isna().all()
    pd.testing.assert_series_equal(ev.loc[~blank, "realisasi_k"], ev0.loc[~blank, "realisasi_k"])
    for col, pos in (("realisasi_k", 6), ("realisasi_renstra_k", 9)):
        lines_blank = [line for line, p in empty if p == pos and line in ROWS_21]
        t21 = doc.tabel21
        gone = t21["baris_sumber"].isin(lines_blank).to_numpy()
        assert t21.loc[gone, col].isna().all()
        assert (t21.loc[~gone, col] == mini.tabel21.loc[~gone, col]).all()
    assert _keys(doc, ("realisasi_kosong",)) == _keys(mini)
    kosong = doc.temuan[doc.temuan["jenis"].astype(str) == "realisasi_kosong"]
    assert sorted(kosong["baris_sumber"].tolist()) == kosong_22


def _english(text: str) -> str:
    return text.replace(".", ",")


@SETTINGS
@given(swap=st.lists(st.booleans(), min_size=len(RUPIAH), max_size=len(RUPIAH)))
def test_rupiah_in_either_convention(tmp_path_factory, mini, swap):
    lines = list(MINI)
    for (line, pos), flip in zip(RUPIAH, swap):
        if flip:
            written = lines[line - 1].split("\t")[pos].replace("<b>", "").replace("</b>", "")
            _cell(lines, line, pos, _english(written))
    doc = _load(tmp_path_factory.mktemp("konvensi"), lines)
    cols = ["target_k", "pagu_rp", "realisasi_k", "realisasi_rp", *JUDGED]
    pd.testing.assert_frame_equal(doc.evaluasi[cols], mini.evaluasi[cols])
    assert _keys(doc, ("angka_konvensi_lain",)) == _keys(mini)


def _negative(value: str, parentheses: bool) -> str:
    return f"({value})" if parentheses else f"-{value}"


@SETTINGS
@given(cell=st.sampled_from(RUPIAH + [(ln, 2) for ln in ROWS_22]), english=st.booleans(),
       style=st.sampled_from(["minus", "kurung", "rp-kurung", "kurung-rp"]))
def test_accounting_negative_is_a_minus_sign(tmp_path_factory, cell, english, style):
    line, pos = cell
    written = MINI[line - 1].split("\t")[pos].replace("<b>", "").replace("</b>", "")
    if english:
        written = _english(written)
    minus = list(MINI)
    _cell(minus, line, pos, f"-{written}")
    other = list(MINI)
    rp = pos != 2                                   # Rp only before rupiah
    variants = {"minus": f"-{written}", "kurung": f"({written})",
                "rp-kurung": f"Rp ({written})" if rp else f"({written})",
                "kurung-rp": f"(Rp {written})" if rp else f"({written})"}
    _cell(other, line, pos, variants[style])
    a, b = _load(tmp_path_factory.mktemp("minus"), minus), _load(tmp_path_factory.mktemp("kurung"), other)
    pd.testing.assert_frame_equal(a.evaluasi, b.evaluasi)
    assert _keys(a) == _keys(b)
    negatif = b.temuan[b.temuan["jenis"].astype(str) == "nilai_negatif"]
    assert (line, {2: "target_k", 4: "pagu_rp", 7: "realisasi_rp"}[pos]) in set(
        zip(negatif["baris_sumber"].tolist(), negatif["kolom"].tolist()))


@SETTINGS
@given(cell=st.sampled_from(RUPIAH), side=st.sampled_from(["(", ")"]))
def test_unbalanced_parenthesis_is_refused(tmp_path_factory, cell, side):
    line, pos = cell
    written = MINI[line - 1].split("\t")[pos].replace("<b>", "").replace("</b>", "")
    lines = list(MINI)
    _cell(lines, line, pos, f"({written}" if side == "(" else f"{written})")
    with pytest.raises(RenjaParseError) as err:
        _load(tmp_path_factory.mktemp("kurung"), lines)
    column = {4: "pagu_rp", 7: "realisasi_rp"}[pos]
    assert err.value.line == line and err.value.cell == f"{column} (kolom {pos + 1})"
