"""A Tabel 3.3 target of the year not settled by its own text (REV-AT): two cells of one row holding the same
text read one way (AT2); the row's other target settles it (AT1's principle for the row); where only the
column or the document's majority decides, or nothing does, both readings are kept (``target_<key>_lain``)
and every comparison (2.2 / 3.2 vs 3.3, the revision, SIPD) reports a difference only where it holds under
both readings, naming both (AT1, AT2, AT3, AT6, AT9); a unit counting things settles a fractional decimal
reading (AT4); the ``tandai_ambigu`` note names the line of the ambiguous cell (AT11).

Fixtures, read by hand (``tests/unit/test_rencana_target_tahun.py`` describes them too):

- the bundled Perubahan: every numeric column of its Tabel 2.2 and 3.2 that shows a decimal separator
  shows the point (``56.24881075``), so the document's majority is the point. 3.3 line 470 (program 2.17.02)
  ``10 %`` twice; line 471 (kegiatan 2.17.02.2.01) ``3 unit`` twice, its Tabel 2.2 row line 269 (target
  ``<b>3</b>``, unit ``<b>Unit</b>``) and its Tabel 3.2 row line 399 (target ``3``, cells 5 and 10);
  line 473 (sub kegiatan 2.17.02.2.01.0001) ``10 Unit Usaha`` twice, matched to 3.2 line 404 (target 25);
  line 495 (sub kegiatan 2.17.07.2.01.0004, no 3.2 row) ``100 Unit Usaha`` twice. No 3.3 target shows a
  separator. SIPD (``tests/data/sipd/dinkop-ukm-magetan.json``): 2.17.02.2.01.0001 target ``10``.
- ``tests/data/renja-murni-mini.md``: its 2.2 (comma decimal) and 3.2 (point decimal) disagree, so the
  document decides nothing; 3.3 line 63 (program 2.17.01) ``80 Indeks``, its 3.2 row target 80.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.findings.document import _frame, _rec, tandai_ambigu
from renja_analysis.findings.reconciliation import baris_dokumen
from renja_analysis.load import load_document
from renja_analysis.tables import plan

DATA = Path(__file__).resolve().parents[1] / "data"
MURNI = DATA / "renja-murni-mini.md"
SIPD = DATA / "sipd" / "dinkop-ukm-magetan.json"
BUNDLED = Path(__file__).resolve().parents[2] / "data" / "raw" / "renja-perubahan-2024-dinkop-ukm-magetan.md"


def _edited(tmp_path: Path, edits: dict, source: Path = BUNDLED) -> Path:
    """``source`` with cell (line, column), both 1-based, rewritten: ``edits[(line, column)] = (was, now)``."""
    lines = source.read_text(encoding="utf-8").split("\n")
    for (line, col), (was, now) in edits.items():
        cells = lines[line - 1].split("\t")
        assert cells[col - 1] == was
        cells[col - 1] = now
        lines[line - 1] = "\t".join(cells)
    path = tmp_path / source.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _t(doc, jenis, **where):
    out = doc.temuan[doc.temuan["jenis"].astype(str) == jenis]
    for k, v in where.items():
        out = out[out[k] == v]
    return out.to_dict("records")


def test_at2_same_text_in_both_cells_is_no_revision(tmp_path):
    # line 470's before-change "10,5 %" makes the sebelum column show the comma as decimal (one cell) while
    # the document shows the point: the evidence disagrees, so "1.500 Meter" (1500 or 1,5) is unsettled.
    # Both cells hold the same text: read the same way (1500, the other reading 1,5 kept). Main read 1500
    # before and 1,5 after and said "turun menjadi 1/1000".
    doc = load_document(_edited(tmp_path, {(470, 5): ("10 %", "10,5 %"), (471, 5): ("3 unit", "1.500 Meter"),
                                           (471, 6): ("3 unit", "1.500 Meter")}))
    r = doc.rencana.set_index("baris_sumber").loc[471]
    assert (r["target_sebelum"], r["target_sebelum_lain"]) == (1500, 1.5)
    assert (r["target_sesudah"], r["target_sesudah_lain"]) == (1500, 1.5)
    assert not _t(doc, "revisi_target", baris_sumber=471)
    # 2.2 line 269 says 3: neither 1500 nor 1,5, a true difference, said under both readings
    found = _t(doc, "antar_tabel_tidak_cocok", baris_sumber=269, kolom="target_k")
    assert len(found) == 1 and "dapat dibaca 1.500 atau 1,5, dan keduanya berbeda" in found[0]["pesan"]
    assert "baris yang sama" not in found[0]["pesan"]
    amb = _t(doc, "target_ambigu")
    assert len(amb) == 1 and "di dua sel" in amb[0]["pesan"] and "baik satuannya" in amb[0]["pesan"]


def test_at1_reading_agreeing_with_22_and_32_is_no_contradiction(tmp_path):
    # 2.2 line 269 and 3.2 line 399 write 1500; 3.3 "1.500 Meter" read 1,5 by the document's majority, its
    # other reading 1500 agrees with both tables: no 2.2 vs 3.3 nor 3.2 vs 3.3 finding (main: two peringatan)
    doc = load_document(_edited(tmp_path, {
        (269, 3): ("<b>3</b>", "<b>1500</b>"), (269, 4): ("<b>Unit</b>", "<b>Meter</b>"),
        (269, 7): ("<b>Unit</b>", "<b>Meter</b>"), (399, 5): ("3", "1500"), (399, 10): ("3", "1500"),
        (471, 5): ("3 unit", "1.500 Meter"), (471, 6): ("3 unit", "1.500 Meter")}))
    r = doc.rencana.set_index("baris_sumber").loc[471]
    assert (r["target_sesudah"], r["target_sesudah_lain"]) == (1.5, 1500)
    t = doc.temuan
    assert not len(t[(t["jenis"].astype(str) == "antar_tabel_tidak_cocok") & (t["kolom"] == "target_k")
                     & (t["baris_pembanding"] == 471)])
    info = _t(doc, "angka_ambigu", baris_sumber=471)
    assert len(info) == 2 and all("mis. \u201c56.24881075\u201d" in i["pesan"] for i in info)   # AT11: a decimal point
    # the row's evidence named: the after-change cell's info says 3.2 agrees with 1500
    sesudah = [i for i in info if i["kolom"] == "target_sesudah"][0]["pesan"]
    assert "Bacaan 1.500 sama dengan target Tabel 3.2 (Review P-RKPD) (baris teks 399)" in sesudah


def test_at3_sipd_agreeing_with_the_other_reading(tmp_path):
    # SIPD's 2.17.07.2.01.0004 set to 1500 Meter; 3.3 line 495 "1.500 Meter" twice, read 1,5 (majority) with
    # 1500 kept: 1500 is SIPD's, so no target finding (main: "Target di dokumen 1,5 ... samakan targetnya")
    records = json.loads(SIPD.read_text(encoding="utf-8"))
    for rec in records:
        if rec.get("kode_sub_giat") == "2.17.07.2.01.0004":
            rec["target_sub_teks"], rec["satuan_sub"] = "1500", "Meter"
    sipd = tmp_path / "sipd" / SIPD.name
    sipd.parent.mkdir()
    sipd.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    doc = load_document(_edited(tmp_path, {(495, 5): ("100 Unit Usaha", "1.500 Meter"),
                                           (495, 6): ("100 Unit Usaha", "1.500 Meter")}), sipd=sipd)
    assert not [x for x in _t(doc, "dokumen_vs_sipd") if "2.17.07.2.01.0004" in x["pesan"]
                and "Target di dokumen" in x["pesan"]]
    rk = doc.rekonsiliasi[doc.rekonsiliasi["kode"].astype(str) == "2.17.07.2.01.0004"]
    assert (rk["target_dokumen"].iloc[0], rk["target_dokumen_lain"].iloc[0]) == (1.5, 1500)


@pytest.mark.parametrize("value,number,lain", [
    ("1.500 Pasien", 1500, None),     # 1,5 patients cannot be: the unit counts, the cell settles it
    ("1.200 Siswa", 1200, None),
    ("1.000 Jiwa", 1, 1000),          # 1 or 1000 persons both whole: majority (point) reads 1, 1000 kept
    ("2.500 Ha", 2.5, 2500),          # a measure: 2,5 Ha may be; majority reads 2,5, 2500 kept
    # REV-AY AY1: units the count list does not know settle nothing (an open rule read them x1000 silently):
    # majority (point) reads 87,5 / 82,75, the thousands reading kept
    ("87.500 Prosentase", 87.5, 87500),
    ("82.750 IKM", 82.75, 82750),
    ("1.500 ppm", 1.5, 1500),
])
def test_at4_counting_unit(tmp_path, value, number, lain):
    doc = load_document(_edited(tmp_path, {(495, 5): ("100 Unit Usaha", value), (495, 6): ("100 Unit Usaha", value)}))
    r = doc.rencana.set_index("baris_sumber").loc[495]
    assert r["target_sebelum"] == number and r["target_sesudah"] == number
    assert (pd.isna(r["target_sesudah_lain"]) and lain is None) or r["target_sesudah_lain"] == lain
    assert bool(_t(doc, "angka_ambigu", baris_sumber=495)) == (lain is not None)


def test_at6_no_32_target_shown_as_33s(tmp_path, monkeypatch):
    # the document silent (as a document whose 2.2 and 3.2 disagree): line 473 after the change "1.500 Meter"
    # is unsettled (before "10 Unit Usaha": neither reading), kept as 1500 or 1,5; the reconciled row never
    # shows 3.2's 25 (main: target 25 under 3.3's label, "Target di dokumen 25"); SIPD's 10 differs from
    # both readings: the finding names both
    monkeypatch.setattr(plan, "_konvensi_dokumen", lambda src: None)
    doc = load_document(_edited(tmp_path, {(473, 6): ("10 Unit Usaha", "1.500 Meter")}), sipd=SIPD)
    rows = baris_dokumen(doc)
    row = rows[rows["baris_sumber"] == 473].iloc[0]
    assert (row["target"], row["target_lain"]) == (1500, 1.5)
    found = [x for x in _t(doc, "dokumen_vs_sipd") if "2.17.02.2.01.0001" in x["pesan"] and "Target di" in x["pesan"]]
    assert len(found) == 1 and "Target di dokumen 1.500 atau 1,5" in found[0]["pesan"]
    assert "Target di dokumen 25" not in " ".join(x["pesan"] for x in _t(doc, "dokumen_vs_sipd"))


def test_at9a_true_contradiction_under_both_readings_is_reported(tmp_path):
    # murni: "15.000 Indeks" is 15000 or 15, 3.2 says 80: a difference under both (main: only target_ambigu)
    doc = load_document(_edited(tmp_path, {(63, 5): ("80 Indeks", "15.000 Indeks")}, MURNI))
    found = [x for x in _t(doc, "antar_tabel_tidak_cocok", kolom="target_k") if x["baris_pembanding"] == 63]
    assert len(found) == 1 and "dapat dibaca 15.000 atau 15, dan keduanya berbeda" in found[0]["pesan"]


def test_at9b_revision_under_both_readings(tmp_path, monkeypatch):
    # the document silent: line 471 before "1.500 Meter" (1500 or 1,5), after "3 unit" (3): a revision under
    # both readings; its size stated for the mildest, 1,5 -> 3 (2 times, peringatan by besar_revisi's factor 2)
    monkeypatch.setattr(plan, "_konvensi_dokumen", lambda src: None)
    doc = load_document(_edited(tmp_path, {(471, 5): ("3 unit", "1.500 Meter")}))
    rev = _t(doc, "revisi_target", baris_sumber=471)
    assert len(rev) == 1 and "Target sebelum perubahan 1.500 atau 1,5, sesudah 3" in rev[0]["pesan"]
    assert "bahkan dalam bacaan 1,5 ke 3, target naik menjadi 2 kali lipat" in rev[0]["pesan"]
    assert len(_t(doc, "antar_tabel_tidak_cocok", baris_sumber=269, kolom="target_k")) == 1   # 2.2's 3


def test_row_settles_by_the_other_year_cell(tmp_path, monkeypatch):
    # the document silent: before "1500 Meter" (one reading), after "1.500 Meter": 1500 agrees with the row's
    # other cell, 1,5 does not: settled 1500, nothing kept beside it, an info (main: NA and target_ambigu)
    monkeypatch.setattr(plan, "_konvensi_dokumen", lambda src: None)
    doc = load_document(_edited(tmp_path, {(471, 5): ("3 unit", "1500 Meter"), (471, 6): ("3 unit", "1.500 Meter")}))
    r = doc.rencana.set_index("baris_sumber").loc[471]
    assert r["target_sesudah"] == 1500 and pd.isna(r["target_sesudah_lain"])
    assert not _t(doc, "target_ambigu") and not _t(doc, "revisi_target", baris_sumber=471)
    info = _t(doc, "angka_ambigu", baris_sumber=471)
    assert len(info) == 1 and "target sebelum perubahan di baris yang sama tertulis jelas 1.500" in info[0]["pesan"]


def test_at11_note_names_the_ambiguous_line():
    # angka_ambigu on 3.3 line 471, a contradiction found on 2.2 line 269 against it: the note names 471
    t = _frame([_rec("angka_ambigu", "info", "Tabel 3.3", 471, "A", "target_sebelum", 1.5, 1500, "x"),
                _rec("antar_tabel_tidak_cocok", "peringatan", "Tabel 2.2 vs Tabel 3.3", 269, "A", "target_k",
                     3, 1.5, "Beda.", pembanding=471)])
    pesan = tandai_ambigu(t)["pesan"].tolist()[1]
    assert pesan.endswith("(lihat temuan angka ambigu di baris teks 471).")
