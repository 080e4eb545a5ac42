"""The table stage's shortcuts (issue 21) give what the long way gives.

- ``tables._common.text``: a text column built in Arrow equals pandas' conversion of the
  same cells (empty cells NA), values Arrow cannot take go the old way;
- ``tables.plan.kode_baku``: a code written the standard way skips the rules, every other
  code goes through them, with the same answer as the rules give;
- ``tables.plan._pack``: a record kept as a tuple, a field it lacks told apart from an empty one;
- ``tables.rkpd_review``: a total repeated under every page header is read once when it has
  nothing to say, and row by row when it has (a cell that reads two ways, a spreadsheet error).

Expected values are written from the cells by hand (the bundled document's 3.2 has six
``URUSAN ...`` totals, lines 365, 387, 403, 415, 429 and 443, and a footer total on line 450,
each ``5,551,085,325`` on both sides).
"""
from __future__ import annotations

import pandas as pd
import pytest

from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.sources import read_source
from renja_analysis.tables import _common, plan, rkpd_review

URUSAN = [365, 387, 403, 415, 429, 443]
FOOTER = 450


@pytest.mark.parametrize("values", [
    ["a", "", None, "Kab Magetan"],
    ["", ""],
    [],
    ["\u00e9t\u00e9", "x" * 40000],
])
def test_text_in_arrow_is_the_same_column(values):
    got = _common.text(values)
    old = pd.Series([None if isinstance(v, str) and not v else v for v in values], dtype=_common.STRING)
    assert got.dtype == old.dtype and repr(got.dtype) == repr(old.dtype)
    assert got.isna().tolist() == [v is None or v == "" for v in values]
    assert got.equals(old)


def test_text_takes_the_old_way_for_values_arrow_does_not_take():
    got = _common.text(["a", pd.NA, float("nan"), ""])
    assert got.isna().tolist() == [False, True, True, True]
    assert got.dtype == _common.STRING


@pytest.mark.parametrize("code, expected", [
    ("2.17.07.2.01.0008", ("2.17.07.2.01.0008", None, None)),     # standard: the shortcut
    ("2", ("2", None, None)),
    ("\uff12.\uff11\uff17", ("\uff12.\uff11\uff17", None, None)),   # full-width digits are digits
    ("2.17.02.2.01.", ("2.17.02.2.01", "titik di akhir kode dibuang", "info")),
    ("X.XX.02.2.01", ("X.XX.02.2.01", None, "info")),
    ("2.17.07.2.01.xx", ("2.17.07.2.01.XX", None, "peringatan")),
    (" 2.17.07 ", ("2.17.07", None, None)),                         # spaces: through the rules
])
def test_kode_baku_shortcut_agrees_with_the_rules(code, expected):
    got = plan.kode_baku(code)
    rules = plan._kode_baku.__wrapped__(code)
    assert got == rules
    assert (got[0], got[2]) == (expected[0], expected[2])
    if expected[1] is not None:
        assert got[1] == expected[1]
    elif expected[2] is None:
        assert got[1] is None


def test_pack_keeps_absent_and_empty_fields_apart():
    without = plan._pack({"kode": "2.17.07", "nama": "P", "fragmen": 1, "baris_sumber": 3})
    empty = plan._pack({"kode": "2.17.07", "nama": "P", "fragmen": 1, "baris_sumber": 4, "pagu_rkpd_rp": None})
    assert without.pagu_rkpd_rp is plan._TIADA and empty.pagu_rkpd_rp is None
    assert without[:-2] != empty[:-2]                       # not one record twice
    assert (without.line, empty.line) == (3, 4)
    assert set(plan._FIELDS) >= set(plan.COLUMNS) - {"urutan", "level"}


def _review_with(tmp_path, cells: dict[int, str], side: int = 0):
    """rkpd_review.parse of the bundled document with the total cell of ``side`` replaced on
    the given lines."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    for line, value in cells.items():
        c = lines[line - 1].split("\t")
        assert c[5 + 5 * side].endswith("5,551,085,325") or c[5 + 5 * side].endswith("5,551,085,325</b>")
        c[5 + 5 * side] = value
        lines[line - 1] = "\t".join(c)
    path = tmp_path / "renja.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    src = read_source(path)
    _, totals = rkpd_review.parse(src)
    return src, totals


def test_repeated_totals_read_once_give_every_row_its_value(tmp_path):
    src, totals = _review_with(tmp_path, {})
    assert totals["baris_sumber"].tolist() == [b for b in URUSAN + [FOOTER] for _ in range(2)]
    assert totals["nilai_rp"].tolist() == [5551085325.0] * 14
    assert [t["jenis"] for t in src.temuan if t["baris_sumber"] in URUSAN + [FOOTER]] == []


def test_a_repeated_total_that_reads_two_ways_is_recorded_on_every_row(tmp_path):
    # 845.120 reads 845,120 or 845.12: a rupiah total takes the thousands, provisionally, and each
    # of its rows is recorded for the evidence to settle (never only the first)
    src, totals = _review_with(tmp_path, {line: "845.120" for line in URUSAN})
    ambigu = [a["baris"] for a in src.ambigu if a["kolom"] == "jumlah (rancangan_awal)"]
    assert ambigu == URUSAN
    side = totals[totals["sisi"] == "rancangan_awal"].set_index("baris_sumber")["nilai_rp"]
    assert side.loc[URUSAN].tolist() == [845120.0] * 6 and side.loc[FOOTER] == 5551085325.0


def test_a_repeated_spreadsheet_error_in_a_total_is_reported_on_every_row(tmp_path):
    src, totals = _review_with(tmp_path, {URUSAN[1]: "#REF!", URUSAN[4]: "#REF!"}, side=1)
    galat = [t["baris_sumber"] for t in src.temuan if t["jenis"] == "galat_lembar_kerja"]
    assert galat == [URUSAN[1], URUSAN[4]]
    side = totals[totals["sisi"] == "hasil_analisis"].set_index("baris_sumber")["nilai_rp"]
    assert side.isna().tolist() == [b in (URUSAN[1], URUSAN[4]) for b in URUSAN + [FOOTER]]


@pytest.mark.parametrize("grid, positions, expected", [
    # the first numeric cell says something: the row does
    ([["a", "4", "-"]], [1, 2], [True]),
    # only a later cell says something: looked for past the first
    ([["a", "-", "5"], ["b", "\u2013", "Nihil"], ["c", "", "0"]], [1, 2], [True, False, True]),
    # every numeric cell a word for nothing or empty: says nothing
    ([["a", "Tidak ada", ""]], [1, 2], [False]),
    # no numeric column at all: nothing said
    ([["a", "4"]], [], [False]),
    ([], [1], []),
])
def test_says_something_looks_past_the_first_numeric_cell_only_when_needed(grid, positions, expected):
    from renja_analysis.tables.evaluation import _said

    assert _said([list(c) for c in zip(*grid)], positions).tolist() == expected


def test_parent_index_by_hand():
    # a kegiatan before any program has no parent; a program ends the kegiatan above it (the sub
    # kegiatan after it has none); a further indicator row (lanjut) is nobody's child
    level = pd.Series(pd.Categorical(
        ["kegiatan", "sub_kegiatan", "program", "sub_kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
        categories=["program", "kegiatan", "sub_kegiatan"], ordered=True), index=range(10, 17))
    lanjut = pd.Series([False, False, False, False, False, True, False], index=range(10, 17))
    got = _common.parent_index(level, lanjut)
    assert got.index.tolist() == list(range(7)) and str(got.dtype) == "float64"
    assert got.fillna(-1).tolist() == [-1, 0, -1, -1, 2, -1, 4]
    assert _common.parent_index(pd.Series([], dtype=object)).tolist() == []


@pytest.mark.parametrize("dtype", ["string", object])
def test_lanjutan_in_the_column_type_by_hand(dtype):
    # row 1: same name, other indicator, no rupiah -> a further indicator; row 2: no name -> not;
    # row 4: same name and same indicator -> not; row 5: indicator missing on both -> "other"
    df = pd.DataFrame({
        "nama": pd.Series(["P", "P", None, "K", "K", "K"], dtype=dtype),
        "indikator": pd.Series(["a", "b", "b", "c", "c", None], dtype=dtype),
        "pagu_rp": pd.Series([1.0, None, None, 1.0, None, None], dtype="Float64"),
        "realisasi_rp": pd.Series([1.0, None, None, 1.0, None, None], dtype="Float64")})
    assert _common.lanjutan(df).tolist() == [False, True, False, False, False, True]


def test_identities_tell_a_missing_cell_from_zero_and_join_names_loosely():
    from renja_analysis.tables.evaluation import _identities

    df = pd.DataFrame({"nama": pd.Series(["Kegiatan Gaji", "GAJI", "Gaji"], dtype="string"),
                       "indikator": pd.Series(["x", "x", "x"], dtype="string"),
                       "pagu_rp": pd.Series([0.0, 0.0, None], dtype="Float64")})
    keys = _identities(df, ["nama", "indikator", "pagu_rp"])
    assert keys == [("gaji", "x", 0.0), ("gaji", "x", 0.0), ("gaji", "x", None)]
    assert keys[0] == keys[1] and keys[1] != keys[2]


@pytest.mark.parametrize("dtype", ["object", "string", "str"])
def test_ancestors_are_na_before_a_programs_first_kegiatan_whatever_the_names_dtype(dtype):
    # a sub kegiatan right under its program has no kegiatan (NA, not ""); the kegiatan of one
    # program does not run on into the next; written by hand from the levels
    df = pd.DataFrame({"nama": pd.Series(["P1", "s0", "K1", "s1", "P2", "s2", "K2", "s3"], dtype=dtype),
                       "level": ["program", "sub_kegiatan", "kegiatan", "sub_kegiatan",
                                 "program", "sub_kegiatan", "kegiatan", "sub_kegiatan"]})
    out = _common.fill_ancestors(df)
    assert out["kegiatan"].tolist() == [pd.NA, pd.NA, "K1", "K1", pd.NA, pd.NA, "K2", "K2"]
    assert out["program"].tolist() == ["P1", "P1", "P1", "P1", "P2", "P2", "P2", "P2"]
    assert out["sub_kegiatan"].tolist() == [pd.NA, "s0", pd.NA, "s1", pd.NA, "s2", pd.NA, "s3"]


def test_pack_refuses_a_field_the_record_type_lacks():
    # a field _values might produce one day must not vanish from the table without a word
    with pytest.raises(KeyError, match="pagu_2026_rp"):
        plan._pack({"kode": "2.17.07", "fragmen": 1, "baris_sumber": 3, "pagu_2026_rp": 5.0})


def test_rkpd_review_interleave_puts_the_two_sides_of_an_item_together():
    from renja_analysis.tables.rkpd_review import _interleave

    level = pd.Series(pd.Categorical(["program", "kegiatan"], categories=["program", "kegiatan", "sub_kegiatan"]))
    got = _interleave(level, level.iloc[::-1].reset_index(drop=True))
    assert got.tolist() == ["program", "kegiatan", "kegiatan", "program"]
    assert got.dtype == level.dtype and got.index.equals(pd.RangeIndex(4))
    pagu = _interleave(pd.Series([1.0, None], dtype="Float64"), pd.Series([3.0, 4.0], dtype="Float64"))
    assert pagu.tolist() == [1.0, 3.0, pd.NA, 4.0] and str(pagu.dtype) == "Float64"
    assert _interleave(pd.Series([], dtype="string"), pd.Series([], dtype="string")).tolist() == []


def test_the_review_table_is_the_same_built_in_one_piece_or_a_column_at_a_time(tmp_path, monkeypatch):
    # a short 3.2 is interleaved in one piece, a long one a column at a time: the same table
    from renja_analysis import load_document
    from renja_analysis.synthetic import tulis_dokumen
    from renja_analysis.tables import rkpd_review

    path = tmp_path / "renja.md"
    tulis_dokumen(path, program=3, kegiatan_per_program=2, sub_per_kegiatan=2, seed=4)
    piece = load_document(path).review_rkpd
    monkeypatch.setattr(rkpd_review, "_KOLOM_DEMI_KOLOM", 1)
    columns = load_document(path).review_rkpd
    assert len(piece) == 2 * 21 and list(piece["sisi"][:2]) == ["rancangan_awal", "hasil_analisis"]
    pd.testing.assert_frame_equal(piece, columns)
