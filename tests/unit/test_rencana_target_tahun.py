"""Tabel 3.3's target of the year (``target_sebelum`` / ``target_sesudah``) whose number reads two ways is
settled by evidence in order: the cell, its column, the document's Tabel 2.2 and 3.2; where all are silent
it is kept as written with one ``target_ambigu`` peringatan, never refusing the document (the old code
refused ``15,000`` and ``1,500,000`` and read ``1.250 Persen`` as 1250 without a word).

Fixtures, read by hand:

- ``tests/data/renja-murni-mini.md`` (Renja murni 2025): 3.3 line 63 (program 2.17.01) writes its one target
  ``80 Indeks`` in the 5th cell; the column's other targets (lines 64-74: ``16 Paket``, ``4 Paket``,
  ``12 Paket``, ``1 %``, ``10 UM``, ``6 Unit Usaha``, ``60 Orang``) show no decimal separator. Its Tabel 2.2
  writes money the Indonesian way (``30.000.000``, ``96,66666667``: comma decimal) and its Tabel 3.2 the
  English way (``35,000,000``: point decimal): the document's tables disagree, so they are silent.
- the bundled Perubahan: 3.3 line 470 (program 2.17.02) writes ``10 %`` before and after (5th, 6th cells),
  line 495 (sub kegiatan 2.17.07.2.01.0004) ``100 Unit Usaha`` twice; no 3.3 target shows a separator.
  Every numeric column of its Tabel 2.2 and 3.2 shows the point as decimal (``2,992,759,325``,
  ``56.24881075``, ``5,551,085,325``, ``1.00%``), none the comma: the document decides the point.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.findings.reconciliation import baris_dokumen
from renja_analysis.load import load_document
from renja_analysis.tables import plan

DATA = Path(__file__).resolve().parents[1] / "data"
MURNI = DATA / "renja-murni-mini.md"
BUNDLED = Path(__file__).resolve().parents[2] / "data" / "raw" / "renja-perubahan-2024-dinkop-ukm-magetan.md"


def _edited(tmp_path: Path, source: Path, edits: dict, was: dict) -> Path:
    """``source`` with cell (line, column), both 1-based, written ``edits[(line, column)]``; ``was``: the
    text each cell holds before, as read by hand."""
    lines = source.read_text(encoding="utf-8").split("\n")
    for (line, col), value in edits.items():
        cells = lines[line - 1].split("\t")
        assert cells[col - 1] == was[(line, col)]
        cells[col - 1] = value
        lines[line - 1] = "\t".join(cells)
    path = tmp_path / source.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _murni(tmp_path, value, other=None):
    edits, was = {(63, 5): value}, {(63, 5): "80 Indeks"}
    if other is not None:                     # line 69's target, "1 %", rewritten
        edits[(69, 5)], was[(69, 5)] = other, "1 %"
    doc = load_document(_edited(tmp_path, MURNI, edits, was))
    return doc, doc.rencana.set_index("baris_sumber").loc[63]


def _temuan(doc, jenis):
    return doc.temuan[doc.temuan["jenis"] == jenis].to_dict("records")


# --- the cell itself settles it ---------------------------------------------------------------

@pytest.mark.parametrize("value,number,unit", [
    ("1.000 Orang", 1000, "Orang"),           # a count: never 1 person with three zero decimals
    ("10.000 Eksemplar", 10000, "Eksemplar"),
    ("1,250 Orang", 1250, "Orang"),           # a count: never 1,25 people
    ("1,500,000", 1500000, None),             # two comma groups: the comma groups thousands (AQ5: was refused)
    ("1.500,5 Ton", 1500.5, "Ton"),           # both separators: the comma is the decimal
])
def test_cell_settles(tmp_path, value, number, unit):
    doc, row = _murni(tmp_path, value)
    assert row["target_sebelum"] == number
    assert (pd.isna(row["satuan_sebelum"]) and unit is None) or row["satuan_sebelum"] == unit
    assert not _temuan(doc, "target_ambigu") and not [t for t in _temuan(doc, "angka_ambigu") if t["baris_sumber"] == 63]


# --- nothing settles it: kept as written, one peringatan -------------------------------------

@pytest.mark.parametrize("value,ribuan,desimal", [("15,000", "15.000", "15"), ("1.250 Persen", "1.250", "1,25"),
                                                  ("15.000", "15.000", "15")])
def test_silent_evidence_kept_as_written(tmp_path, value, ribuan, desimal):
    # the column shows no separator, the document's 2.2 (comma) and 3.2 (point) disagree: no evidence.
    # Old code: "15,000" refused the document; "1.250 Persen" and "15.000" were read 1250 and 15000.
    doc, row = _murni(tmp_path, value)
    # REV-AT (target2): both readings kept, the thousands one in the target column, the decimal one in
    # target_sebelum_lain (was: NA, which hid true contradictions, AT9)
    assert (row["target_sebelum"], row["target_sebelum_lain"]) == (
        float(ribuan.replace(".", "")), float(desimal.replace(",", ".")))
    found = _temuan(doc, "target_ambigu")
    assert len(found) == 1 and found[0]["tingkat"] == "peringatan" and found[0]["baris_sumber"] == 63
    assert found[0]["kolom"] == "target_sebelum"
    assert f"baris 63 kolom 5 \u201c{value}\u201d (dapat dibaca {ribuan} atau {desimal})" in found[0]["pesan"]


# --- the column settles it ----------------------------------------------------------------------

@pytest.mark.parametrize("value,number", [("1.250 Persen", 1250), ("15,000", 15)])
def test_column_settles(tmp_path, value, number):
    # line 69 written "1,5 %": the column's only cell showing a separator shows the comma as decimal, so
    # "1.250" groups thousands with the point (1250) and "15,000" is 15 with the comma as decimal
    doc, row = _murni(tmp_path, value, other="1,5 %")
    assert row["target_sebelum"] == number
    assert not _temuan(doc, "target_ambigu")
    info = [t for t in _temuan(doc, "angka_ambigu") if t["baris_sumber"] == 63]
    assert len(info) == 1 and info[0]["tingkat"] == "info" and info[0]["nilai_dokumen"] == number
    assert "memakai koma sebagai tanda desimal (satu sel)" in info[0]["pesan"]     # PUEBI (REV-AT AT11)


# --- the document settles it (a Perubahan) -------------------------------------------------------

def test_document_settles(tmp_path):
    # the bundled document decides the point as decimal: "1.250 Persen" is 1,25; "15,000" is 15000
    path = _edited(tmp_path, BUNDLED, {(470, 6): "1.250 Persen", (495, 6): "15,000"},
                   {(470, 6): "10 %", (495, 6): "100 Unit Usaha"})
    doc = load_document(path)
    r = doc.rencana.set_index("baris_sumber")
    assert (r.loc[470, "target_sesudah"], r.loc[470, "satuan_sesudah"]) == (1.25, "Persen")
    assert r.loc[495, "target_sesudah"] == 15000 and pd.isna(r.loc[495, "satuan_sesudah"])
    assert r.loc[470, "target_sebelum"] == 10 and r.loc[495, "target_sebelum"] == 100      # untouched
    info = {t["baris_sumber"]: t for t in _temuan(doc, "angka_ambigu") if t["kolom"] == "target_sesudah"}
    assert sorted(info) == [470, 495]
    assert ("setiap kolom angka Tabel 2.2 dan Tabel 3.2 yang menunjukkan tanda desimalnya (sembilan kolom, "
            "mis. \u201c56.24881075\u201d) memakai titik") in info[470]["pesan"]       # REV-AT AT11
    assert not _temuan(doc, "target_ambigu")


def test_perubahan_unsettled_shows_no_before_change_target(tmp_path, monkeypatch):
    # the document's evidence taken away (its tables silent): line 495's after-change "15,000" is kept under
    # both readings (REV-AT: 15000, 15 in target_sesudah_lain; was NA); the row reconciled with SIPD has
    # them, never its before-change 100 (AQ2)
    monkeypatch.setattr(plan, "_konvensi_dokumen", lambda src: None)
    doc = load_document(_edited(tmp_path, BUNDLED, {(495, 6): "15,000"}, {(495, 6): "100 Unit Usaha"}))
    r = doc.rencana.set_index("baris_sumber")
    assert (r.loc[495, "target_sesudah"], r.loc[495, "target_sesudah_lain"]) == (15000, 15)
    assert r.loc[495, "target_sebelum"] == 100
    found = _temuan(doc, "target_ambigu")
    assert len(found) == 1 and found[0]["kolom"] == "target_sesudah"
    assert "baris 495 kolom 6 \u201c15,000\u201d (dapat dibaca 15.000 atau 15)" in found[0]["pesan"]
    rows = baris_dokumen(doc)
    row = rows[rows["baris_sumber"] == 495].iloc[0]
    assert (row["target"], row["target_lain"]) == (15000, 15) and pd.isna(row["satuan"])


# --- AS-C: two volumes in one n+1 target cell -------------------------------------------------------

def test_two_volumes_in_next_year_target_kept_as_text(tmp_path):
    # murni line 63's 12th cell (n+1 target, "82 Indeks") written "3.000 Orang 1.500 Orang": two volumes;
    # old code: 3000 with the unit "Orang 1.500 Orang"
    doc = load_document(_edited(tmp_path, MURNI, {(63, 12): "3.000 Orang 1.500 Orang"}, {(63, 12): "82 Indeks"}))
    row = doc.rencana.set_index("baris_sumber").loc[63]
    assert pd.isna(row["target_maju"]) and row["satuan_maju"] == "3.000 Orang 1.500 Orang"
    found = _temuan(doc, "target_maju_teks")
    assert len(found) == 1 and "baris 63 kolom 12 \u201c3.000 Orang 1.500 Orang\u201d" in found[0]["pesan"]


# --- the "No" column's numbering is no evidence of the decimal separator ---------------------------

def _blok(rows_cells):
    from pathlib import Path

    from renja_analysis.sources.base import Row, SourceText, TableBlock
    rows = [Row(k, c, 0) for k, c in enumerate(rows_cells)]
    return SourceText(path=Path("x.md"), lines=[], tables={"tabel_2_2": TableBlock(
        kind="tabel_2_2", header=[], header_line=1, rows=rows)})


def test_no_column_numbering_does_not_vote():
    # by hand: column 0 holds "1.1", "1.2" (row numbers); the other columns hold "Prog", "Keg" and
    # the integers "100", "250" which show no separator: nothing decides the decimal separator (None).
    # The old code counted "1.1"/"1.2" as the point used as decimal and returned ('.', 1, '1.1').
    src = _blok([["1.1", "Prog", "100"], ["1.2", "Keg", "250"]])
    assert plan._konvensi_dokumen(src) is None
    # by hand: the one number column showing a separator shows the comma ("2,5", "7,25"): (',', 1, '2,5');
    # the old code saw the No column's point disagree and returned None
    src = _blok([["1.1", "Prog", "2,5"], ["1.2", "Keg", "7,25"]])
    assert plan._konvensi_dokumen(src) == (",", 1, "2,5")


# --- two volumes in one year cell: kept as text with a finding (REV-AT AT10) ----------------------

@pytest.mark.parametrize("value", ["3 Dokumen 2 Laporan", "3.000 Orang 1.500 Orang", "3 Dokumen, 2 Laporan"])
def test_two_volumes_kept_as_text(tmp_path, value):
    # by hand: the cell holds two volumes (3 Dokumen and 2 Laporan; 3000 and 1500 Orang): neither is the
    # target alone. The old code read 3 (3000) with the unit "Dokumen 2 Laporan" ("Orang 1.500 Orang"),
    # a silent number; now the number is NA, the text kept as the unit and quoted in a peringatan
    doc, row = _murni(tmp_path, value)
    assert pd.isna(row["target_sebelum"]) and row["satuan_sebelum"] == value
    found = _temuan(doc, "target_tahun_ganda")
    assert len(found) == 1 and found[0]["tingkat"] == "peringatan" and found[0]["baris_sumber"] == 63
    assert f"baris 63 kolom 5 \u201c{value}\u201d" in found[0]["pesan"]


@pytest.mark.parametrize(("value", "target", "satuan"), [
    ("2 Unit Kendaraan Roda 4", 2.0, "Unit Kendaraan Roda 4"), ("1 Unit Gedung 2 Lantai", 1.0, "Unit Gedung 2 Lantai"),
    ("12 Kali dalam 1 Tahun", 12.0, "Kali dalam 1 Tahun"), ("4 Lokasi di 2 Kecamatan", 4.0, "Lokasi di 2 Kecamatan"),
    ("1 Dokumen Tahap 2", 1.0, "Dokumen Tahap 2"), ("1 Sertifikat ISO 9001", 1.0, "Sertifikat ISO 9001")])
def test_a_number_inside_a_longer_unit_is_one_volume(tmp_path, value, target, satuan):
    # REV-BD BD1, by hand: the number after the unit's words is a wheel count, floors, a year's frequency, a
    # scope, a stage or a standard, part of ONE volume: the first number is the target, the rest its unit, and
    # no target_tahun_ganda (the first AT10 fix emptied these targets and hid 2.2/3.2 contradictions)
    doc, row = _murni(tmp_path, value)
    assert row["target_sebelum"] == target and row["satuan_sebelum"] == satuan
    assert _temuan(doc, "target_tahun_ganda") == []
