"""A numeric column read in one pass (issue 21) reads as every cell read one by one.

- ``numbers.angka_polos_kolom`` (Arrow's compute over a whole column) gives, cell for cell, what
  ``numbers.angka_polos`` gives: the same cells taken, the same convention, the same float to the
  bit (the sign of zero too), on every bare text of up to 7 digits and separators and on random
  cells of every kind; a rule Arrow cannot take (a look-ahead) makes it take nothing.
- ``tables._common.numeric_column`` / ``numeric_series`` (the column pass, then the rules for the
  distinct texts it leaves) against the per-cell path (``_common._typed``: every cell read by
  ``_Cell.read`` in row order, as a workbook's column is): the same values, the same findings and
  records of cells that read two ways (``src.ambigu``) in the same order, the same refusal, on
  random columns of both conventions mixed with cells of every form ``numbers`` knows.

The expected values are the per-cell path's; the hand-written cases below give their own.
"""
from __future__ import annotations

import itertools
import math
import random
import struct
from pathlib import Path

import pytest

from renja_analysis import numbers
from renja_analysis.numbers import KONVENSI, angka_polos, angka_polos_kolom
from renja_analysis.sources.base import Row, SourceText
from renja_analysis.tables import _common


def _bits(x):
    return None if x is None else struct.pack("d", x)


def _polos(texts):
    taken, konvensi, value = angka_polos_kolom(texts)
    return [(KONVENSI[c], _bits(float(v))) if t else None for t, c, v in zip(taken, konvensi, value)]


def _expected(texts):
    return [None if p is None else (p[0], _bits(p[1])) for p in map(angka_polos, texts)]


def _bare(longest: int):
    for n in range(1, longest + 1):
        for first, *rest in itertools.product("05", *["05.,"] * (n - 1)):
            yield first + "".join(rest)
            yield "-" + first + "".join(rest)


def test_the_column_pass_takes_what_angka_polos_takes():
    texts = list(_bare(7)) + ["+5", "+5,5", "5,555,555", "9" * 15, "9" * 16, "-" + "9" * 15, "999,999,999,999,999.99",
                              "1,000,000,000,000,000", "1,000,000,000,000,001", "\u0661\u0662", "12 ", " 12", "12\n", "1\u00a0000", "Rp 5",
                              "(5)", "5%", "", "-", "0.500", "05.500", "320.634", "0." + "3" * 40]
    rng = random.Random(21)
    texts += ["".join(rng.choice("0123456789.,-+ %") for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    texts += [f"{rng.randint(0, 10 ** rng.randint(1, 17))}.{rng.randint(0, 10 ** rng.randint(1, 18))}"
              for _ in range(2000)]
    got, expected = _polos(texts), _expected(texts)
    assert got == expected
    taken = {t for t, g in zip(texts, got) if g is not None}
    # every form taken: integers (a minus, a plus, -0), decimals both ways, thousands both ways,
    # nothing after the separator; the cell the column decides and the cells beyond 10^15 not
    assert {"5", "-0", "+5", "0.5", "5,50", "0.500", "5,555.5", "5.555,0", "5,555,555", "5.555,",
            "9" * 15} <= taken
    assert "1,000,000,000,000,000" in taken          # 10^15 itself is read, a unit more is not
    assert not taken & {"5.555", "-50,000", "9" * 16, "1,000,000,000,000,001", "\u0661\u0662", "12 ", "-"}
    assert math.copysign(1, angka_polos_kolom(["-0"])[2][0]) == -1.0


def test_the_column_pass_takes_nothing_it_cannot_read():
    assert _polos(["5", None, "Rp 7"]) == _expected(["5", None, "Rp 7"]) == [(None, _bits(5.0)), None, None]
    for texts in ([], ["5", 7], [5.0]):           # what Arrow cannot take as strings: no cell taken
        taken, konvensi, value = angka_polos_kolom(texts)
        assert len(taken) == len(konvensi) == len(value) == len(texts)
        assert not taken.any() and not konvensi.any() and all(math.isnan(v) for v in value)


def test_a_rule_arrow_cannot_take_turns_the_pass_off(monkeypatch):
    """A rule with a look-ahead (RE2 has none) builds forms Arrow refuses: the pass takes no cell,
    and the cells are read by the full rules (the same answers, the slower way)."""
    import re

    monkeypatch.setattr(numbers, "_FORMS_ASCII", numbers._forms(r"(?!0)\d{1,3}[.,]\d{3}", re.ASCII))
    taken, _, _ = angka_polos_kolom(["5", "1,234,567"])
    assert not taken.any()
    monkeypatch.setattr(numbers, "_FORMS_ASCII", numbers._forms(r"\d{1,3}[.,]\d{3}", re.ASCII))
    texts = ["0.500", "5", "1,234,567", "320.634"]
    assert _polos(texts) == _expected(texts) and _polos(texts)[0] is None     # 0.500 reads two ways here


def _cell(rng: random.Random, sep: str) -> str:
    """A cell as documents write them: a number in the column's convention (``sep`` its decimal
    separator) or the other, a cell the column decides, a word for nothing, rupiah, percent, an
    accounting negative, a spreadsheet error, spaced groups, other digits, text."""
    tho = "," if sep == "." else "."
    v = rng.choice([rng.randint(0, 999), rng.randint(0, 10 ** 6), rng.randint(0, 10 ** 12)])
    grouped = f"{v:,}".replace(",", tho)
    frac = rng.choice(["", "", "0", "00", str(rng.randint(0, 99)), str(rng.randint(0, 99999999))])
    sign = "-" if rng.random() < 0.1 else ""
    return rng.choice([
        sign + str(v), sign + str(v), sign + grouped + (sep + frac if frac else ""),
        sign + str(rng.randint(0, 999)) + sep + str(rng.randint(1, 99999)),
        sign + str(rng.randint(1, 999)) + rng.choice(".,") + f"{rng.randint(0, 999):03d}",   # the column decides
        "0" + rng.choice(".,") + f"{rng.randint(0, 999):03d}",
        rng.choice(["", "-", "\u2013", "Nihil", "Tidak ada"]),
        rng.choice(["Rp ", "Rp.", "Rp"]) + grouped + rng.choice(["", ",-", sep + "00"]),
        "(" + grouped + sep + "00)",
        str(rng.randint(0, 200)) + rng.choice(["", sep + "5"]) + rng.choice(["%", " %"]),
        grouped + sep, "+" + str(v), str(v).zfill(6), " ".join(f"{v:,}".split(",")),
        "\u0661\u0662" + rng.choice(["", ",500"]), rng.choice(["#DIV/0!", "#N/A"]), "1" * 16,
        rng.choice(["abc", "3 5", "1,23,456", "12.", "(%)"]),
    ])


def _read(values, column, rupiah, jenis, series, per_cell):
    src = SourceText(path=Path("kolom.md"), lines=[], tables={})
    rows = [Row(line=10 + k, raw=[f"Nama {k % 3}", v], segment=1) for k, v in enumerate(values)]
    args = (src, rows, values, column, 2, "Tabel X", rupiah, jenis)
    try:
        if per_cell:
            got = _common._typed(*args[:-2], column.endswith("_rp") if rupiah is None else rupiah, jenis)
        elif series:
            s = _common.numeric_series(*args)
            assert str(s.dtype) == "Float64" and s.index.tolist() == list(range(len(values)))
            got = [None if na else v for v, na in zip(s.array._data.tolist(), s.array._mask.tolist())]
        else:
            got = _common.numeric_column(*args)
        out = ("values", [_bits(v) for v in got])
    except ValueError as exc:                       # RenjaParseError: a refusal naming the cell
        out = ("refused", str(exc))
    return out, src.temuan, src.ambigu


@pytest.mark.parametrize("seed, pass_from", [(1, 0), (2, 0), (3, None)])
def test_numeric_column_reads_as_the_per_cell_path(monkeypatch, seed, pass_from):
    rng = random.Random(seed)
    if pass_from is not None:                       # the pass on short columns too
        monkeypatch.setattr(_common, "PASS_FROM", pass_from)
    said = {"values": 0, "refused": 0, "temuan": 0, "ambigu": 0}
    for _ in range(90):
        sep = rng.choice(".,")
        pool = [_cell(rng, sep if rng.random() < 0.85 else ("," if sep == "." else ".")) for _ in range(60)]
        values = [rng.choice(pool[: rng.choice([1, 5, 60])]) for _ in range(rng.choice([1, 3, 40, 300]))]
        if rng.random() < 0.6:                      # mostly columns that read: drop what is refused
            values = [v for v in values if numbers.is_number(v) or numbers.kata_nihil(v)
                      or numbers.galat_lembar_kerja(v)] or ["1"]
        column = rng.choice(["pagu_rp", "capaian_k_dokumen", "target_k"])
        rupiah, jenis = rng.choice([None, True, False]), rng.choice([None, "target", "realisasi", "persen"])
        expected = _read(values, column, rupiah, jenis, False, True)
        for series in (False, True):
            got = _read(values, column, rupiah, jenis, series, False)
            if expected[0][0] == "refused":
                # the same refusal; what the per-cell path said of the cells before it is lost with
                # the document (a text's column refuses before it reports)
                assert got[0] == expected[0], (values, column, rupiah, jenis)
            else:
                assert got == expected, (values, column, rupiah, jenis)
        said[expected[0][0]] += 1
        said["temuan"] += len(expected[1])
        said["ambigu"] += len(expected[2])
    # the columns had something to say: values, refusals, findings, cells read two ways
    assert all(n > 5 for n in said.values()), said


def _hand(values):
    src = SourceText(path=Path("kolom.md"), lines=[], tables={})
    rows = [Row(line=10 + k, raw=["Nama", v], segment=1) for k, v in enumerate(values)]
    return _common.numeric_column(src, rows, values, "capaian_k_dokumen", 2, "Tabel X", jenis="persen"), src


@pytest.mark.parametrize("pass_from", [0, 256])
def test_a_column_in_both_conventions_by_hand(monkeypatch, pass_from):
    """A column written the English way (1,250.5 twice: its majority) with one cell written the
    Indonesian way (1.250,5: read as written, 1250.5, and reported on its line, 12) and one that
    reads two ways (2,500 on line 14): no unanimous way of writing among the cells that show one
    (the column mixes both), so the majority decides: ``,`` is not its decimal point, 2500."""
    monkeypatch.setattr(_common, "PASS_FROM", pass_from)
    got, src = _hand(["1,250.5", "7", "1.250,5", "1,250.5", "2,500"] + ["-"] * 300)
    assert got[:5] == [1250.5, 7.0, 1250.5, 1250.5, 2500.0] and got[5:] == [None] * 300
    assert [(f["jenis"], f["baris_sumber"], f["nilai_dokumen"]) for f in src.temuan] == \
        [("angka_konvensi_lain", 12, 1250.5)]
    [ambigu] = src.ambigu
    assert (ambigu["baris"], ambigu["ribuan"], ambigu["desimal"], ambigu["dibaca"]) == (14, 2500.0, 2.5, 2500.0)
    assert (ambigu["kolom_bukti"], ambigu["kolom_contoh"], ambigu["kolom_jumlah"]) == (None, None, 0)
    # without the cell written the other way the column is unanimous: ``,`` groups thousands in its
    # two cells 1,250.5, the first of them the example
    got, src = _hand(["1,250.5", "7", "1,250.5", "2,500"] + ["7"] * 300)
    assert got[:4] == [1250.5, 7.0, 1250.5, 2500.0] and not src.temuan
    [ambigu] = src.ambigu
    assert (ambigu["kolom_bukti"], ambigu["kolom_contoh"], ambigu["kolom_jumlah"]) == ("ribuan", "1,250.5", 2)


def test_a_workbook_column_is_read_cell_by_cell():
    """A typed workbook number is used as the workbook gives it (an int stays an int in the list)
    and has no say in the column's convention; its text cells are read by the rules."""
    src = SourceText(path=Path("kolom.xlsx"), lines=[], tables={})
    values = ["5", "1.250,5", "7,5"]
    rows = [Row(line=2, raw=["A", "5"], segment=1, numbers=[None, 5]),
            Row(line=3, raw=["B", "1.250,5"], segment=1, numbers=[None, None]),
            Row(line=4, raw=["C", "7,5"], segment=1, numbers=[None, None])]
    got = _common.numeric_column(src, rows, values, "pagu_rp", 2, "Tabel X")
    assert got == [5, 1250.5, 7.5] and type(got[0]) is int and not src.temuan
    s = _common.numeric_series(src, rows, values, "pagu_rp", 2, "Tabel X")
    assert str(s.dtype) == "Float64" and s.tolist() == [5.0, 1250.5, 7.5]
