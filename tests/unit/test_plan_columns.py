"""Tabel 3.3 read by columns (``tables.plan._column_pass``) gives what the row-by-row reading
(``tables.plan._walk`` over every row) gives: the same table, findings and refusals, on random
tables built by hand from rows of every kind ``tables.plan`` knows (a program or kegiatan with
its values, a sub kegiatan's name row and its indicator row, an indicator row alone, a row of
text alone, a kode with a trailing dot or placeholder segments, a numbered row, a row whose
trailing cells were dropped, a row with a cell too many, a spreadsheet error, a number beyond
the bounds, a run of five rupiah, a prakiraan maju pagu that is no number, a prakiraan maju target
empty, nil or with a unit, a repeated row or kode).

The expected values are the row-by-row reading's, which the tests of ``plan.parse`` pin down;
the hand-counted cases below check that the column pass does read rows (it is not the
row-by-row reading under another name) and which rows it leaves."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from renja_analysis import caches
from renja_analysis.errors import RenjaParseError
from renja_analysis.sources.base import Row, SourceText, TableBlock
from renja_analysis.tables import plan

_HEADER_PERUBAHAN = [["NO", "KODE", "PROGRAM", "INDIKATOR", "TARGET 2024", "", "PAGU INDIKATIF (Rp)"],
                     ["", "", "", "", "SEBELUM", "SESUDAH", "RKPD 2024", "APBD 2024", "RKPD PERUBAHAN 2024"]]
_HEADER_MURNI = [["NO", "KODE", "PROGRAM", "INDIKATOR", "TARGET", "PAGU INDIKATIF (Rp)"]]
_TAIL = ["Kab. Contoh", "DAU", "Ekonomi", "Penguatan", "UMKM", "10 Unit", "0.00", "DINAS CONTOH"]


def _amount(rng: random.Random) -> str:
    x = rng.randrange(0, 10**10, 25_000)
    return rng.choice([f"{x:,}.00", f"{x:,}.00", f"{x:,}.00", f"({x:,}.00)", f"Rp {x:,}".replace(",", "."),
                       "0.00", f"-{x:,}.00", "320.634"])


def _target(rng: random.Random) -> str:
    return rng.choice(["85 Usaha Mikro", "4", "100%", "12 Laporan", "7 Dokumen", "3,5 Orang"])


def _values(rng: random.Random, n_targets: int, murni: bool, five: bool) -> list[str]:
    cells = [_target(rng) for _ in range(n_targets)]
    cells += [_amount(rng) for _ in range(1 if murni else 5 if five else 4)]
    tail = list(_TAIL)
    tail[5] = rng.choice(["10 Unit", "10 Unit", "", "-", "100 %", "3,5 Orang", "Nihil", "-2 Unit"])
    tail[6] = rng.choice(["0.00", "", "-", "1,500,000.00"])
    tail[7] = rng.choice(["DINAS CONTOH", ""])
    if not murni and not five and rng.random() < 0.02:     # bertambah/berkurang a spreadsheet error: reported
        cells[n_targets + 3] = "#VALUE!"
    return cells + tail


def _spoil(rng: random.Random, cells: list[str], start: int) -> list[str]:
    """One thing in a row of values the column pass must leave to the row-by-row reading."""
    cells = list(cells)
    k = rng.randrange(start, len(cells))
    cells[k] = rng.choice(["#DIV/0!", "#REF!", "1" * 20, "abc", "1,000,000.00", "", "2 Unit", "Rp 5 juta"])
    return cells


def _row(rng: random.Random, kind: str, kode: str, n_targets: int, murni: bool, five: bool, width: int) -> list[str]:
    nama = rng.choice(["Program A", "Kegiatan B", "Sub C"]) if rng.random() < 0.995 else "10 Desa Wisata"
    indikator = rng.choice(["Jumlah Laporan", "Persentase", ""])
    no = rng.choice(["", "", "1.", "12"])
    if kind == "kode_nilai":
        cells = [no, kode, nama, indikator] + _values(rng, n_targets, murni, five)
    elif kind == "kode":
        cells = ["", kode, nama] + [""] * (width - 3)
    elif kind == "kode_depan":
        cells = [kode, "", nama, indikator] + _values(rng, n_targets, murni, five)
    elif kind == "nilai":
        cells = ["", "", "", indikator] + _values(rng, n_targets, murni, five)
    elif kind == "teks":
        cells = ["", "", rng.choice(["Catatan", "", "Sub total"])] + [""] * (width - 3)
    else:                                                   # a row of values spoiled
        cells = _spoil(rng, ["", kode, nama, indikator] + _values(rng, n_targets, murni, five), 4)
    cells = (cells + [""] * width)[:width] if kind != "panjang" else cells + ["x"]
    if rng.random() < 0.04:                                 # trailing cells dropped by the extractor
        while cells and not cells[-1]:
            cells.pop()
        if cells and rng.random() < 0.5:
            cells = cells[:-1]
    return cells


_KINDS = ["kode_nilai", "kode", "nilai", "nilai", "kode", "nilai", "teks", "kode_depan", "rusak", "panjang"]
_WEIGHTS = [20, 25, 25, 5, 5, 5, 3, 3, 1, 0.3]


def _table(seed: int) -> tuple[SourceText, TableBlock]:
    rng = random.Random(seed)
    murni = rng.random() < 0.25
    n_targets = 1 if murni else 2
    header = _HEADER_MURNI if murni else _HEADER_PERUBAHAN
    widths, rows = {}, []
    line = 10
    for segment in range(1, rng.randint(1, 3) + 1):
        five = not murni and rng.random() < 0.3
        width = 4 + n_targets + (1 if murni else 5 if five else 4) + len(_TAIL)
        widths[segment] = width
        for _ in range(rng.randint(1, 15)):
            kind = rng.choices(_KINDS, _WEIGHTS)[0]
            level = rng.choice([3, 5, 6, 6])
            kode = ".".join(["2", "17", f"{rng.randint(1, 60):02d}", "2", f"{rng.randint(1, 9):02d}",
                             f"{rng.randint(1, 9999):04d}"][:level])
            if rng.random() < 0.06:
                kode = rng.choice([kode + ".", "X.XX." + kode.split(".", 2)[-1], kode + ".xx"])
            if rng.random() < 0.02 and rows:                # a row repeated
                rows.append(Row(line, list(rows[-1].cells), segment))
            else:
                rows.append(Row(line, _row(rng, kind, kode, n_targets, murni, five, width), segment))
            line += 1
        line += 3
    block = TableBlock(kind="tabel_3_3", header=header, header_line=1, rows=rows, segments=len(widths),
                       widths=widths, last_line=line - 4)
    src = SourceText(path=Path("acak.md"), lines=[], tables={"tabel_3_3": block})
    if rng.random() < 0.1:
        src.temuan.append({"jenis": "dokumen_terpotong", "baris_sumber": line - 4})
    return src, block


def _per_row(src: SourceText):
    """The row-by-row reading of every row (what ``parse`` gave before the column pass)."""
    block = src.tables["tabel_3_3"]
    n_targets, perubahan = plan.susunan(block)
    records, _ = plan._walk(src, block, block.rows, range(len(block.rows)), ("sebelum", "sesudah")[:n_targets],
                            not perubahan and n_targets == 1)
    table = plan._table(plan._unique(src, records))
    # parse adds the second readings of the year's targets (REV-AT), set once every row is read
    # (``_putuskan_tahun``, none in these tables): NaN columns
    for col in ("target_sebelum_lain", "target_sesudah_lain"):
        table[col] = np.nan
    return table


def _outcome(read, src: SourceText):
    caches.clear()
    try:
        return read(src), None, src.temuan, src.dropped
    except RenjaParseError as e:
        return None, str(e), src.temuan, src.dropped


#: The random tables compared (about 40 ms each: two readings and their tables).
_SEEDS = range(45)


def test_column_pass_reads_as_row_by_row():
    jenis, read = set(), 0
    for seed in _SEEDS:
        table, error, found, dropped = _outcome(plan.parse, _table(seed)[0])
        want_table, want_error, want_found, want_dropped = _outcome(_per_row, _table(seed)[0])
        assert (error, found, dropped) == (want_error, want_found, want_dropped), seed
        if want_table is None:
            assert table is None, seed
        else:
            assert table.equals(want_table) and list(table.dtypes) == list(want_table.dtypes), seed
            read += 1
            jenis |= {f["jenis"] for f in found}
    # the generator is not all refusals: most tables are read, with findings of every kind among them
    assert read >= 25
    assert {"kode_tidak_baku", "baris_tidak_terbaca", "galat_lembar_kerja", "baris_ganda", "sel_akhir_kosong"} <= jenis


def _block(rows: list[list[str]]) -> tuple[SourceText, TableBlock]:
    width = 18
    block = TableBlock(kind="tabel_3_3", header=_HEADER_PERUBAHAN, header_line=1, segments=1, widths={1: width},
                       rows=[Row(3 + k, (r + [""] * width)[:width], 1) for k, r in enumerate(rows)], last_line=99)
    return SourceText(path=Path("x.md"), lines=[], tables={"tabel_3_3": block}), block


_V = ["85 Unit", "85 Unit", "1,000.00", "1,000.00", "900.00", "-100.00"] + _TAIL


def test_column_pass_reads_the_usual_rows_and_leaves_the_others():
    # line 3: a program with values; 4-5: a sub kegiatan's name row and its indicator row; 6: a
    # kode with a trailing dot (reported: left); 7: its indicator row (its kode waits there: left);
    # 8: a name row whose values never come (left), 9: the next program, after it (left: a name
    # waits before it); 10: an indicator row alone (after a row of values: read)
    src, block = _block([["1.", "2.17.01", "PROGRAM A", "Indeks"] + _V,
                         ["", "2.17.01.2.01.0001", "Sub A"], ["", "", "", "Jumlah A"] + _V,
                         ["", "2.17.01.2.01.0002.", "Sub B"], ["", "", "", "Jumlah B"] + _V,
                         ["", "2.17.01.2.01.0003", "Sub C"],
                         ["2.", "2.17.02", "PROGRAM B", "Indeks"] + _V,
                         ["", "", "", "Jumlah lain"] + _V])
    quick = plan._column_pass(block.rows, block.widths, 2, False)
    assert quick.fast.tolist() == [True, True, True, False, False, False, False, True]
    assert quick.at.tolist() == [0, 2, 7]
    fields = dict(zip(plan._FIELDS, quick.fields))
    assert fields["kode"] == ["2.17.01", "2.17.01.2.01.0001", None]
    assert fields["nama"] == ["PROGRAM A", "Sub A", None]
    assert fields["indikator"] == ["Indeks", "Jumlah A", "Jumlah lain"]
    assert fields["baris_sumber"] == [3, 5, 10]
    assert fields["target_sebelum"] == [85.0] * 3 and fields["satuan_sesudah"] == ["Unit"] * 3
    assert fields["pagu_rkpd_perubahan_rp"] == [900.0] * 3 and fields["pagu_tanpa_judul_rp"] == [None] * 3
    assert fields["bertambah_berkurang_rp"] == [-100.0] * 3 and fields["pagu_maju_rp"] == [0.0] * 3
    assert fields["lokasi"] == ["Kab. Contoh"] * 3 and fields["kelompok_sasaran"] == ["UMKM"] * 3
    assert fields["target_maju"] == [10.0] * 3 and fields["satuan_maju"] == ["Unit"] * 3
    table = plan.parse(src)
    assert table["baris_sumber"].tolist() == [3, 5, 7, 8, 9, 10]
    assert table["kode"].tolist()[:5] == ["2.17.01", "2.17.01.2.01.0001", "2.17.01.2.01.0002", "2.17.01.2.01.0003",
                                          "2.17.02"]
    assert [f["jenis"] for f in src.temuan] == ["kode_tidak_baku", "baris_tidak_terbaca"]
    assert table.equals(_per_row(_block([["1.", "2.17.01", "PROGRAM A", "Indeks"] + _V,
                                         ["", "2.17.01.2.01.0001", "Sub A"], ["", "", "", "Jumlah A"] + _V,
                                         ["", "2.17.01.2.01.0002.", "Sub B"], ["", "", "", "Jumlah B"] + _V,
                                         ["", "2.17.01.2.01.0003", "Sub C"],
                                         ["2.", "2.17.02", "PROGRAM B", "Indeks"] + _V,
                                         ["", "", "", "Jumlah lain"] + _V])[0]))


def test_a_run_of_three_rupiah_is_left_to_the_row_by_row_reading_which_refuses_it():
    # three rupiah then the tail: the prakiraan maju pagu (sel ke-16) still reads, only the run is wrong
    row = ["", "2.17.03", "PROGRAM C", "Indeks", "1 Unit", "1 Unit", "1.00", "2.00", "3.00", "Kab", "DAU", "E",
           "P", "U", "1 Unit", "0.00", "", ""]
    src, block = _block([["1.", "2.17.01", "PROGRAM A", "Indeks"] + _V, row])
    assert plan._column_pass(block.rows, block.widths, 2, False).fast.tolist() == [True, False]
    with pytest.raises(RenjaParseError, match=r"baris 4, sel kolom 10: jumlah kolom pagu salah.*ditemukan '3 angka'"):
        plan.parse(src)
