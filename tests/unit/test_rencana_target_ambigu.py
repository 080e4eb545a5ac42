"""Tabel 3.3's target of the year read as every volume cell is (``_common.bacaan_volume``): a number
that reads two ways and whose unit does not settle it is not read, kept as written and reported
(``target_ambigu``); the old code refused the whole document for ``15,000`` (an English-rupiah
pattern) and read ``15.000`` and ``1.250 Persen`` as 15000 and 1250 without a word.

The fixture ``tests/data/renja-murni-mini.md`` is a hand-written Renja murni 2025: its 3.3 line 63
(program 1.01.01 ... ) has its one target of the year, ``80 Indeks``, in the 5th cell (header line
60-61: ``TARGET`` under ``RENCANA TAHUN 2025``). Each test writes another text in that cell. By hand:
``15,000`` is 15.000 (comma groups thousands) or 15 (comma decimal); ``15.000`` is 15.000 or 15;
``1.250 Persen`` is 1.250 or 1,25 (a percentage says nothing about whole things); ``1,250 Orang`` is
1.250 people (a count is never 1,25 of people), the Tabel 2.2 unit rule.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.load import load_document

DATA = Path(__file__).resolve().parents[1] / "data"
MURNI = DATA / "renja-murni-mini.md"


def _edited(tmp_path: Path, value: str) -> Path:
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    cells = lines[62].split("\t")
    assert cells[4] == "80 Indeks"          # line 63, 5th cell, as read by hand
    cells[4] = value
    lines[62] = "\t".join(cells)
    path = tmp_path / "renja-2025-murni-ambigu.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _row(doc):
    r = doc.rencana
    return r[r["baris_sumber"] == 63].iloc[0]


def _temuan(doc, jenis):
    return doc.temuan[doc.temuan["jenis"] == jenis].to_dict("records")


@pytest.mark.parametrize("value,ribuan,desimal", [("15,000", "15.000", "15"), ("15.000", "15.000", "15"),
                                                   ("1.250 Persen", "1.250", "1,25")])
def test_two_readings_kept_and_reported(tmp_path, value, ribuan, desimal):
    doc = load_document(_edited(tmp_path, value))      # 15,000: the old code refused the document
    row = _row(doc)
    assert pd.isna(row["target_sebelum"])                # neither 15000 nor 1250 silently
    assert row["satuan_sebelum"] == value
    found = _temuan(doc, "target_ambigu")
    assert len(found) == 1 and found[0]["tingkat"] == "peringatan" and found[0]["baris_sumber"] == 63
    assert f"baris 63 kolom 5 \u201c{value}\u201d (dapat dibaca {ribuan} atau {desimal})" in found[0]["pesan"]


def test_count_unit_settles(tmp_path):
    doc = load_document(_edited(tmp_path, "1,250 Orang"))
    row = _row(doc)
    assert (row["target_sebelum"], row["satuan_sebelum"]) == (1250, "Orang")
    assert not _temuan(doc, "target_ambigu")


def test_plain_target_unchanged(tmp_path):
    doc = load_document(_edited(tmp_path, "80 Indeks"))
    assert (_row(doc)["target_sebelum"], _row(doc)["satuan_sebelum"]) == (80, "Indeks")
    assert not _temuan(doc, "target_ambigu")
