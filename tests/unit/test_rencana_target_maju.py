"""Tabel 3.3 keeps its prakiraan maju (n+1) target and its kelompok sasaran (``target_maju``,
``satuan_maju``, ``kelompok_sasaran``): the old code read both cells of each row's tail and kept
neither (no column, no finding, no word in docs/kamus-data.md), while it kept the pagu of the same
prakiraan maju columns (``pagu_maju_rp``).

The fixture ``tests/data/renja-murni-mini.md`` is a hand-written Renja murni 2025. Its 3.3 header
(lines 60-61) puts ``KELOMPOK SASARAN`` in the 11th cell and, under ``PRAKIRAAN MAJU RENCANA TAHUN
2026``, ``TARGET`` in the 12th and ``PAGU INDIKATIF (Rp)`` in the 13th: one target cell holding number
and unit, as the year's ``TARGET`` (5th cell, ``80 Indeks``) does. Read by hand, the 12th cells of
the rows holding numbers (lines 63, 64, 66, 68, 69, 70, 72, 74) are ``82 Indeks``, ``16 Paket``,
``4 Paket``, ``12 Paket``, ``1 %``, ``10 UM``, ``6 Unit Usaha``, ``60 Orang``; every 11th cell is
empty. The bundled document's 3.3 (lines 456-501) leaves both cells empty on every row (e.g. line
470, program 2.17.02: the six cells after its bertambah/berkurang ``-20,000,000.00`` are empty,
then ``0.00``, the prakiraan maju pagu).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.errors import RenjaParseError
from renja_analysis.load import load_document
from renja_analysis.tables import plan

DATA = Path(__file__).resolve().parents[1] / "data"
MURNI = DATA / "renja-murni-mini.md"


@pytest.fixture(scope="module")
def murni():
    return load_document(MURNI)


def _edited(tmp_path: Path, line: int, cell: int, value: str) -> Path:
    """The murni fixture with cell ``cell`` (1-based) of line ``line`` written ``value``."""
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    cells = lines[line - 1].split("\t")
    cells[cell - 1] = value
    lines[line - 1] = "\t".join(cells)
    path = tmp_path / "renja-2025-murni-maju.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_fixture_cells_as_read_by_hand():
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    header = lines[60].split("\t")
    assert header[10:13] == ["KELOMPOK SASARAN", "TARGET", "PAGU INDIKATIF (Rp)"]
    assert lines[62].split("\t")[10:13] == ["", "82 Indeks", "38,000,000.00"]


def test_prakiraan_maju_target_kept(murni):
    r = murni.rencana
    assert r["baris_sumber"].tolist() == [63, 64, 66, 68, 69, 70, 72, 74]
    assert r["target_maju"].tolist() == [82, 16, 4, 12, 1, 10, 6, 60]
    assert r["satuan_maju"].tolist() == ["Indeks", "Paket", "Paket", "Paket", "%", "UM", "Unit Usaha", "Orang"]
    assert (str(r["target_maju"].dtype), str(r["satuan_maju"].dtype)) == ("Float64", "string")
    # the year's target beside it: line 63 plans 80 Indeks for 2025, 82 Indeks for 2026
    assert (r["target_sebelum"].iloc[0], r["satuan_sebelum"].iloc[0]) == (80, "Indeks")


def test_kelompok_sasaran_kept(murni, tmp_path):
    assert murni.rencana["kelompok_sasaran"].isna().all()          # every 11th cell empty
    assert str(murni.rencana["kelompok_sasaran"].dtype) == "string"
    r = load_document(_edited(tmp_path, 69, 11, "Pelaku UMKM")).rencana.set_index("baris_sumber")
    assert r.loc[69, "kelompok_sasaran"] == "Pelaku UMKM"
    assert r["kelompok_sasaran"].drop(index=69).isna().all()


def test_columns_in_the_order_of_the_document():
    at = plan.COLUMNS.index("prioritas_daerah")
    assert plan.COLUMNS[at:at + 6] == ["prioritas_daerah", "kelompok_sasaran", "target_maju", "satuan_maju",
                                       "pagu_maju_rp", "perangkat_daerah"]


@pytest.mark.parametrize("nil", ["-", "", "Nihil"])
def test_nil_target_is_no_target(tmp_path, nil):
    d = load_document(_edited(tmp_path, 63, 12, nil))
    r = d.rencana.set_index("baris_sumber")
    assert r.loc[63, ["target_maju", "satuan_maju"]].isna().all()
    assert r.loc[64, "target_maju"] == 16
    assert not d.temuan["kolom"].astype(str).str.contains("maju").any()


@pytest.mark.parametrize("cell, found", [("38,000,000.00", "target prakiraan maju tidak terbaca"),
                                         ("Rp 5.000.000", "target prakiraan maju tidak terbaca"),
                                         ("1" * 20 + " Paket", "angka di luar batas wajar")])
def test_bad_target_refused_as_the_years_targets_are(tmp_path, cell, found):
    # a rupiah amount (a shifted pagu), a number beyond the bounds: refused naming line and cell, as a
    # target of the year (the 5th cell) is; the fixture is a Renja murni (its 3.3 header, lines 60-61,
    # names one TARGET and one PAGU INDIKATIF, no APBD / RKPD Perubahan column): its table is not
    # called the Perubahan's
    with pytest.raises(RenjaParseError, match=rf"baris 70, sel kolom 12: {found} di tabel Rencana Program "
                                              r"dan Kegiatan \(3\.3\)"):
        load_document(_edited(tmp_path, 70, 12, cell))


#: Texts offices write for an n+1 target (REV-AF AF5): none is a number with a unit.
TEKS = ["Meningkat", "Sesuai kebutuhan", "N/A", "Baik", "WTP", "\u2265 80", ">= 80", "TW IV", "Tersedia 1 Dok",
        "(100)"]


@pytest.mark.parametrize("cell", TEKS)
def test_text_target_kept_as_written_not_refused(tmp_path, cell):
    # the analysis does not use the n+1 target: a text there refuses no document (the old code refused it
    # whole); no number is read (target_maju NA), the text is kept as written in satuan_maju, and one
    # finding quotes the cell by line (66) and column (12th cell, under PRAKIRAAN MAJU ... TARGET)
    d = load_document(_edited(tmp_path, 66, 12, cell))
    r = d.rencana.set_index("baris_sumber")
    assert pd.isna(r.loc[66, "target_maju"]) and r.loc[66, "satuan_maju"] == cell
    # the other rows as before (line 64: 16 Paket), the row's pagu n+1 too (line 66: 17,000,000.00)
    assert (r.loc[64, "target_maju"], r.loc[64, "satuan_maju"]) == (16, "Paket")
    assert r.loc[66, "pagu_maju_rp"] == 17_000_000
    f = d.temuan[d.temuan["jenis"] == "target_maju_teks"]
    assert f[["tingkat", "baris_sumber", "kolom"]].values.tolist() == [["info", 66, "target_maju"]]
    assert f"baris 66 kolom 12 \u201c{cell}\u201d" in f["pesan"].iloc[0]


def _three_texts(tmp_path: Path, short: bool) -> Path:
    """The fixture with texts in the 12th cell of lines 63, 66 and 70; ``short``: lines 63 and 66 lose
    their last cell (perangkat daerah), as an extractor drops a trailing cell, so that they are read
    row by row (``_walk``) while line 70 is read with the column pass."""
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    for line, value in ((63, "N/A"), (66, "Meningkat"), (70, "Baik")):
        cells = lines[line - 1].split("\t")
        cells[11] = value
        lines[line - 1] = "\t".join(cells[:13] if short and line != 70 else cells)
    path = tmp_path / "renja-2025-murni-teks.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("short", [False, True])
def test_text_targets_one_finding_per_document(tmp_path, short):
    # three cells, one finding, each cell quoted in the order of the lines; the same whether the row is
    # read by the column pass or one by one
    d = load_document(_three_texts(tmp_path, short))
    f = d.temuan[d.temuan["jenis"] == "target_maju_teks"]
    assert len(f) == 1 and f["baris_sumber"].iloc[0] == 63
    assert ("di 3 sel tertulis sebagai teks, bukan angka bersatuan: baris 63 kolom 12 \u201cN/A\u201d; "
            "baris 66 kolom 12 \u201cMeningkat\u201d; baris 70 kolom 12 \u201cBaik\u201d.") in f["pesan"].iloc[0]
    r = d.rencana.set_index("baris_sumber")
    assert r.loc[[63, 66, 70], "satuan_maju"].tolist() == ["N/A", "Meningkat", "Baik"]
    assert r.loc[[63, 66, 70], "target_maju"].isna().all()


def test_text_targets_same_by_either_pass(tmp_path, monkeypatch):
    # every row read one by one (no column pass) gives the same table and findings
    path = _three_texts(tmp_path, False)
    a = load_document(path)
    monkeypatch.setattr(plan, "_column_pass", lambda *args, **kwargs: None)
    b = load_document(path)
    pd.testing.assert_frame_equal(a.rencana, b.rencana)
    pd.testing.assert_frame_equal(a.temuan, b.temuan)


def test_negative_target_is_kritis(tmp_path):
    t = load_document(_edited(tmp_path, 72, 12, "-6 Unit Usaha")).temuan
    f = t[t["jenis"] == "nilai_negatif"]
    assert f[["baris_sumber", "kolom", "tingkat", "nilai_dokumen"]].values.tolist() == [
        [72, "target_maju", "kritis", -6.0]]
    assert f["pesan"].iloc[0].startswith("Kolom target prakiraan maju n+1 bernilai negatif (-6)")


def test_bundled_document_has_neither(bundled):
    r = bundled.rencana
    assert len(r) == 19
    assert r[["kelompok_sasaran", "target_maju", "satuan_maju"]].isna().all().all()
    assert r.set_index("baris_sumber").loc[470, "pagu_maju_rp"] == 0


def test_murni_row_refused_without_perubahan_in_the_name(tmp_path):
    # line 70 with one cell more than its header's 14 (lines 60-61): refused, the murni's table named as its
    # header shows it (one TARGET, one PAGU INDIKATIF: no Perubahan columns)
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    lines[69] += "\tlebih"
    path = tmp_path / "renja-2025-murni-lebih.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RenjaParseError, match=r"baris 70, .*baris tabel Rencana Program dan Kegiatan \(3\.3\) "
                                              r"memiliki jumlah sel yang salah"):
        load_document(path)
