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
def murni(mini_murni):
    return mini_murni                  # load_document(MURNI), tests/conftest.py (shared: never change it)


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


def test_number_beyond_bounds_refused_as_the_years_targets_are(tmp_path):
    # a number beyond the bounds: refused naming line and cell, as a target of the year (the 5th cell) is;
    # the fixture is a Renja murni (its 3.3 header, lines 60-61, names one TARGET and one PAGU INDIKATIF, no
    # APBD / RKPD Perubahan column): its table is not called the Perubahan's
    with pytest.raises(RenjaParseError, match=r"baris 70, sel kolom 12: angka di luar batas wajar di tabel Rencana "
                                              r"Program dan Kegiatan \(3\.3\)"):
        load_document(_edited(tmp_path, 70, 12, "1" * 20 + " Paket"))


def _maju(d, jenis: str):
    return d.temuan[d.temuan["jenis"] == jenis]


#: n+1 targets written as rupiah amounts (REV-AJ MJ1), in the 12th cell of line 70, whose 13th cell (the
#: n+1 pagu) reads ``60,000,000.00``: with Rp after or before the number, in either convention with two
#: decimals, a bare 60000000 (a million or more without a unit, and the row's own pagu too), and
#: ``60.000.000 Paket`` (a unit, but the row's own pagu: 60,000,000). The old code read ``38.000.000,00``
#: as 38000000, ``250.000.000 Rp`` as 250000000 with the unit ``Rp``, ``60000000`` and
#: ``60.000.000 Paket`` as 60000000, without a word, and refused the whole document for the others.
RUPIAH = [("38.000.000,00", ""), ("250.000.000 Rp", ""), ("Rp 5.000.000", ""), ("38,000,000.00", ""),
          ("60000000", ""), ("60.000.000 Paket", " (sama dengan pagu prakiraan maju barisnya)"),
          # REV-AS AS-B: a currency, a fund or text without a letter after the amount is no unit (after maju4
          # these read as the targets 5000000 ',-' / 'IDR' / '(APBD)' without a word)
          ("5,000,000.00 ,-", ""), ("5,000,000.00 IDR", ""), ("5.000.000 (APBD)", "")]


@pytest.mark.parametrize("cell, why", RUPIAH)
def test_rupiah_target_beside_a_pagu_is_reported_not_read(tmp_path, cell, why):
    d = load_document(_edited(tmp_path, 70, 12, cell))
    r = d.rencana.set_index("baris_sumber")
    assert pd.isna(r.loc[70, "target_maju"]) and r.loc[70, "satuan_maju"] == cell
    assert r.loc[70, "pagu_maju_rp"] == 60_000_000                   # the pagu beside it as before
    assert (r.loc[72, "target_maju"], r.loc[72, "satuan_maju"]) == (6, "Unit Usaha")
    f = _maju(d, "target_maju_rupiah")
    assert f[["tingkat", "baris_sumber", "kolom"]].values.tolist() == [["peringatan", 70, "target_maju"]]
    assert f"baris 70 kolom 12 \u201c{cell}\u201d{why}. Sel ini tidak dibaca" in f["pesan"].iloc[0]
    assert _maju(d, "target_maju_teks").empty


@pytest.mark.parametrize("pagu", ["", "-"])
def test_rupiah_target_beside_an_empty_pagu_refused(tmp_path, pagu):
    # the amount stands in the target's cell and the pagu cell beside it (13th) is empty: the amount may
    # have shifted from it; no column to put it in is known, so the document is refused naming why
    path = _edited(tmp_path, 70, 12, "38,000,000.00")
    lines = path.read_text(encoding="utf-8").split("\n")
    cells = lines[69].split("\t")
    cells[12] = pagu
    lines[69] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RenjaParseError, match=r"baris 70, sel kolom 12: target prakiraan maju tidak terbaca .*sel "
                                              r"pagu prakiraan maju di sebelahnya kosong"):
        load_document(path)


#: n+1 targets whose number reads two ways (REV-AJ MJ1): a single separator before three digits, and no
#: unit that counts whole things with a fraction for its decimal reading. Read by hand: ``15,000`` is
#: 15.000 (thousands) or 15 (decimal); ``15.000`` the same; ``1.250 Persen`` 1.250 or 1,25;
#: ``15,000 Orang`` 15.000 or 15 (15 people is a whole number too). The old code refused the document for
#: ``15,000`` and read ``15.000`` and ``1.250 Persen`` as thousands without a word. ``1.000 Liter`` is
#: 1.000 or 1 (a litre is measured, 1 litre may be written with decimals): it stays two-way.
AMBIGU = [("15,000", "15.000", "15"), ("15.000", "15.000", "15"), ("1.250 Persen", "1.250", "1,25"),
          ("1.000 Liter", "1.000", "1")]


@pytest.mark.parametrize("cell, ribuan, desimal", AMBIGU)
def test_number_that_reads_two_ways_kept_as_written(tmp_path, cell, ribuan, desimal):
    d = load_document(_edited(tmp_path, 66, 12, cell))
    r = d.rencana.set_index("baris_sumber")
    assert pd.isna(r.loc[66, "target_maju"]) and r.loc[66, "satuan_maju"] == cell
    f = _maju(d, "target_maju_teks")
    assert f[["tingkat", "baris_sumber"]].values.tolist() == [["info", 66]]
    assert (f"di 1 sel tertulis sebagai teks atau angka yang dapat dibaca dua cara, bukan angka bersatuan: "
            f"baris 66 kolom 12 \u201c{cell}\u201d (dapat dibaca {ribuan} atau {desimal}).") in f["pesan"].iloc[0]
    assert _maju(d, "target_maju_rupiah").empty


#: REV-AQ AQ1/AQ3, read by hand: a unit that counts whole things settles a number written with three
#: zero decimals as thousands (1 person is never written ``1.000`` nor ``1,000``): 1000 people, 10000
#: copies, 15000 people, 4000 packages (maju3 kept these as text with "dapat dibaca 1.000 atau 1"); a
#: number in millions with a unit other than rupiah is a target, two decimals or not: 1200000 litres,
#: 38000000 packages (maju3 called both rupiah amounts, a peringatan, and emptied them).
SETTLED = [("1.000 Orang", 1000, "Orang"), ("1,000 Orang", 1000, "Orang"), ("10.000 Eksemplar", 10_000, "Eksemplar"),
           ("15,000 Orang", 15_000, "Orang"), ("4.000 Paket", 4000, "Paket"),
           ("1.200.000,00 Liter", 1_200_000, "Liter"), ("38,000,000.00 Paket", 38_000_000, "Paket")]


@pytest.mark.parametrize("cell, number, unit", [("1,250 Orang", 1250, "Orang"), ("5,000,000 Orang", 5_000_000, "Orang"),
                                                ("Rp", None, "Rp"), *SETTLED])
def test_what_the_unit_settles(tmp_path, cell, number, unit):
    # 1,250 people: a count is never 1,25 of something, as Tabel 2.2 reads it; five million people is a
    # count with its unit (no rupiah); ``Rp`` alone holds no number: a text (the old code refused it);
    # line 66's n+1 pagu is 17,000,000.00, equal to none of these
    d = load_document(_edited(tmp_path, 66, 12, cell))
    r = d.rencana.set_index("baris_sumber")
    assert (None if pd.isna(r.loc[66, "target_maju"]) else r.loc[66, "target_maju"], r.loc[66, "satuan_maju"]) == (
        number, unit)
    assert _maju(d, "target_maju_rupiah").empty
    assert len(_maju(d, "target_maju_teks")) == (number is None)


def test_rupiah_and_two_way_targets_same_by_either_pass(tmp_path, monkeypatch):
    # line 66's target is its own pagu with a unit (17,000,000 Paket beside 17,000,000.00), a row the
    # column pass reads: it is left to the row pass, which reports it; every row read one by one gives
    # the same table and findings
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    for line, value in ((63, "Rp 38.000.000"), (66, "17,000,000 Paket"), (70, "15,000")):
        cells = lines[line - 1].split("\t")
        cells[11] = value
        lines[line - 1] = "\t".join(cells)
    path = tmp_path / "renja-2025-murni-rupiah.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    a = load_document(path)
    f = _maju(a, "target_maju_rupiah")
    assert ("di 2 sel tertulis seperti angka rupiah, padahal sel pagu prakiraan maju di sebelahnya berisi angka: "
            "baris 63 kolom 12 \u201cRp 38.000.000\u201d; baris 66 kolom 12 \u201c17,000,000 Paket\u201d (sama "
            "dengan pagu prakiraan maju barisnya).") in f["pesan"].iloc[0]
    assert "baris 70 kolom 12 \u201c15,000\u201d (dapat dibaca 15.000 atau 15)" in _maju(a, "target_maju_teks")["pesan"].iloc[0]
    monkeypatch.setattr(plan, "_column_pass", lambda *args, **kwargs: None)
    b = load_document(path)
    pd.testing.assert_frame_equal(a.rencana, b.rencana)
    pd.testing.assert_frame_equal(a.temuan, b.temuan)


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
