import math

import pandas as pd
import pytest

from renja_analysis.numbers import (
    bulatkan,
    cell_convention,
    detect_decimal,
    format_angka,
    format_persen,
    format_perubahan,
    format_rupiah,
    format_rupiah_singkat,
    parse_number,
    parse_volume,
)

NB = "\u00a0"   # no-break space


@pytest.mark.parametrize("text, expected", [
    ("2,992,759,325", 2992759325),          # English thousands
    ("1.683.391.529", 1683391529),          # Indonesian thousands
    ("56.24881075", 56.24881075),           # English decimal
    ("832.222,8", 832222.8),                # Indonesian thousands + decimal
    ("91,3", 91.3),                          # Indonesian decimal
    ("Rp 2.491.950", 2491950),
    ("Rp.500.000,-", 500000),
    ("Rp. 48.000.000", 48000000),
    ("30,000,000.00", 30000000),
    ("-3,251,000.00", -3251000),
    ("32%", 32),
    ("1.00%", 1.0),
    ("<b>0.9</b>", 0.9),
    ("0", 0),
])
def test_parse_number_both_conventions(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["-", "", "  ", "<b></b>", "\u2013"])
def test_nil_is_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["abc", "12a", "1,23,4", "1.2.34", "Indeks", "1.234,5.6"])
def test_not_a_number_raises(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_three_digit_ambiguity_follows_the_column_convention():
    assert parse_number("320.634") == 320634           # no hint: thousands (rupiah)
    assert parse_number("320.634", decimal=",") == 320634
    assert parse_number("62.500", decimal=".") == 62.5
    assert parse_number("1,500", decimal=",") == 1.5
    assert parse_number("1,500", decimal=".") == 1500


@pytest.mark.parametrize("text, value, unit", [
    ("83 indek", 83, "indek"),
    ("5 unit usaha", 5, "unit usaha"),
    ("4 UM", 4, "UM"),
    ("32%", 32, "%"),
    ("10 %", 10, "%"),
    ("55 Usaha Mikro", 55, "Usaha Mikro"),
    ("4", 4, None),
])
def test_parse_volume(text, value, unit):
    assert parse_volume(text) == (value, unit)


def test_parse_volume_rejects_text():
    with pytest.raises(ValueError):
        parse_volume("Indeks")


def test_detect_decimal():
    assert detect_decimal(["2,992,759,325", "15,000,000", "56.24881075"]) == "."
    assert detect_decimal(["832.222,8", "320.634", "1,5"]) == ","
    assert detect_decimal(["1.234.567", "56.2488"]) is None   # contradictory evidence
    assert detect_decimal(["4", "-", ""]) is None


def test_formatting_is_indonesian():
    assert format_rupiah(1683391529) == "Rp1.683.391.529"
    assert format_persen(56.24881075) == "56,25%"
    assert format_persen(float("nan")) == "-"
    assert format_rupiah_singkat(976_700_000) == f"Rp976,70{NB}jt"
    assert format_rupiah_singkat(5_551_085_325) == f"Rp5,55{NB}M"
    assert not math.isnan(parse_number("0"))


# --- half-up rounding: the number as written decides, not its binary float --------------

@pytest.mark.parametrize("x, expected", [
    (76.285, "76,29%"),      # binary 76.28499...: round() and half-even give 76,28
    (20.625, "20,63%"),      # exactly representable: half-even would give 20,62
    (0.005, "0,01%"),
    (-16.665, "-16,67%"),    # half-up is away from zero
    (56.24881075, "56,25%"),
    (100.0, "100,00%"),
    (1234.5, "1.234,50%"),   # id_ID grouping in percentages too
    (None, "-"), (float("nan"), "-"), (pd.NA, "-"),
])
def test_format_persen_half_up(x, expected):
    assert format_persen(x) == expected


def test_bulatkan_scalar_and_series():
    assert bulatkan(76.285) == 76.29
    assert bulatkan(20.625) == 20.63
    assert bulatkan(-16.665) == -16.67
    assert bulatkan(0.5, 0) == 1.0 and bulatkan(1.5, 0) == 2.0 and bulatkan(2.5, 0) == 3.0
    assert math.isnan(bulatkan(None))
    s = pd.Series([76.285, None, 20.625], dtype="Float64", index=[5, 6, 7])
    out = bulatkan(s)
    assert out.dtype == "Float64" and out.index.tolist() == [5, 6, 7]
    assert out.tolist() == [76.29, pd.NA, 20.63]


def test_format_angka_half_up_and_no_negative_zero():
    assert format_angka(2.5) == "3"
    assert format_angka(-2.5) == "-3"
    assert format_angka(-0.4) == "0"
    assert format_angka(1_000_000.5) == "1.000.001"
    assert format_angka(2.675, 2) == "2,68"
    assert format_angka(83.0, None) == "83" and format_angka(0.125, None) == "0,13"


def test_rupiah_and_percent_in_puebi_spelling():
    """PUEBI writes Rp and % against the number: "Rp4.610.259.325", "59,65%"."""
    assert format_rupiah(4_610_259_325) == "Rp4.610.259.325"
    assert format_persen(59.65) == "59,65%"
    assert format_persen(75, None) == "75%" and format_persen(12.5, None) == "12,5%"
    for text in (format_rupiah(4_610_259_325), format_persen(59.65), format_rupiah_singkat(304_800_000)):
        assert " " not in text and "Rp " not in text.replace(NB, " ")[:3]


def test_rupiah_has_no_space():
    assert format_rupiah(5_000_000) == "Rp5.000.000"
    assert format_rupiah(0.5) == "Rp1"
    assert format_rupiah(-3_251_000) == "-Rp3.251.000"
    assert " " not in format_rupiah(2_992_759_325) and NB not in format_rupiah(2_992_759_325)


@pytest.mark.parametrize("x, expected", [
    (304_800_000, f"Rp304,80{NB}jt"),
    (1_250_000_000, f"Rp1,25{NB}M"),
    (5_000_000, f"Rp5,00{NB}jt"),             # same decimals as every other label
    (-15_500_000, f"-Rp15,50{NB}jt"),
    (2_500_000_000_000, f"Rp2,50{NB}T"),
    (500_000, "Rp500.000"),                  # below one juta: in full
    (999_995_000, f"Rp1,00{NB}M"),            # 999,995 jt rounds to 1.000,00 jt -> next unit
    (1_005_000, f"Rp1,01{NB}jt"),             # half-up
    (0, "Rp0"),
    (None, "-"),
])
def test_format_rupiah_singkat_one_style(x, expected):
    assert format_rupiah_singkat(x) == expected


@pytest.mark.parametrize("args, kwargs, expected", [
    ((5_000_000,), {}, "bertambah Rp5.000.000"),
    ((5_000_000, 20.0), {}, "bertambah Rp5.000.000 (20,00%)"),
    ((-5_000_000, -100 * 5 / 30), {}, "berkurang Rp5.000.000 (16,67%)"),
    ((-178_132,), {}, "berkurang Rp178.132"),
    ((0,), {}, "tidak berubah"),
    ((0, 0.0), {}, "tidak berubah"),
    ((float("nan"),), {}, "-"),
    ((None, 3.0), {}, "-"),
    ((-5_000_000, float("nan")), {}, "berkurang Rp5.000.000"),
    ((2.5,), {"rupiah": False}, "bertambah 2,5"),
    ((-3.0,), {"rupiah": False, "digits": 0}, "berkurang 3"),
])
def test_format_perubahan_says_the_direction_in_words(args, kwargs, expected):
    out = format_perubahan(*args, **kwargs)
    assert out == expected
    assert "-Rp" not in out and "(-" not in out      # no double negative


@pytest.mark.parametrize("text, expected", [
    ("1,234,567", 1234567.0), ("1.234.567,5", 1234567.5), ("-12", -12.0), ("+7", 7.0),
    ("56.24881075", 56.24881075), ("1,5", 1.5), ("320.634", 320634.0), ("12,345.50", 12345.5),
])
def test_bare_cells_read_as_every_cell(text, expected):
    """A cell written bare (digits, separators, a sign) takes a short road past the stripping of
    markers, Rp and %; it reads as the same cell with markers around it."""
    assert parse_number(text) == expected == parse_number(f"<b>{text}</b>")


@pytest.mark.parametrize("text", ["12.", "1,23,456", "1.234,5.6", "12,34.5", ",5", "1..2"])
def test_bare_cells_refused_as_every_cell(text):
    for cell in (text, f"<b>{text}</b>"):
        with pytest.raises(ValueError):
            parse_number(cell)


def test_negative_zero_keeps_its_sign():
    assert math.copysign(1.0, parse_number("-0")) == -1.0 == math.copysign(1.0, parse_number("<b>-0</b>"))


def test_format_angka_writes_what_babel_writes():
    """``format_angka`` writes its text itself; Babel's ``id_ID`` patterns give the same."""
    import random

    from babel.numbers import format_decimal

    from renja_analysis.numbers import _desimal

    rng = random.Random(21)
    values = [0, -0.0, 0.004, -0.005, 999.995, 999_999.999, 1e15, -1e15, 76.285, 12, -1_000_000]
    values += [round(rng.uniform(-1, 1) * 10 ** rng.randint(0, 15), rng.randint(0, 4)) for _ in range(2000)]
    for x in values:
        for digits in (None, 0, 1, 2):
            value = _desimal(x, 2 if digits is None else digits)
            pattern = "#,##0.##" if digits is None else "#,##0" + ("." + "0" * digits if digits else "")
            expected = format_decimal(abs(value) if value == 0 else value, format=pattern, locale="id_ID")
            assert format_angka(x, digits) == expected, (x, digits)


@pytest.mark.parametrize("text, expected", [("0.500", 0.5), ("0,500", 0.5), ("-0.125", -0.125), ("0,050", 0.05)])
def test_a_lone_zero_before_the_separator_is_a_decimal_in_any_column(text, expected):
    # cell_convention reads "0.500" as a decimal point (0 is no thousands group); the value must be
    # that reading whatever the column's convention, or angka_konvensi_lain says "read as written"
    # next to 500 (found by helper R1, 2026-12-06)
    own = cell_convention(text)
    assert own == ("." if "." in text else ",")
    for decimal in (".", ",", None):
        assert parse_number(text, decimal=decimal) == expected
    # a first group of digits stays ambiguous, read by the column
    assert parse_number("2.500", decimal=",") == 2500.0 and parse_number("2.500", decimal=".") == 2.5


def _bare_numbers(longest: int):
    """Every bare text of up to ``longest`` digits (``0``, ``5``) and separators beginning with a
    digit, with and without a minus: 2 * 2 * 4**(n - 1) of length n."""
    import itertools

    for n in range(1, longest + 1):
        for first, *rest in itertools.product("05", *["05.,"] * (n - 1)):
            text = first + "".join(rest)
            yield text
            yield "-" + text


def _check_one_rule(texts) -> set:
    """``angka_polos`` agrees with the full rules on every text: a value where the cell reads one
    way in every column, None where it is no number or reads two ways. Returns the texts it took."""
    from renja_analysis.numbers import angka_polos, is_ambiguous

    taken = set()
    for text in texts:
        readings = []
        for decimal in (None, ".", ","):
            try:
                readings.append(parse_number(text, decimal=decimal))
            except ValueError:
                readings.append(ValueError)
        polos = angka_polos(text)
        if polos is None:
            assert ValueError in readings or None in readings or is_ambiguous(text), text
        else:
            taken.add(text)
            convention, value = polos
            assert convention == cell_convention(text), text
            assert readings == [value] * 3, text
            assert {math.copysign(1, r) for r in readings} == {math.copysign(1, value)}, text
    return taken


def test_the_fast_path_reads_every_bare_number_as_the_full_rules():
    """The columns' fast path (``angka_polos``) and the full rules (``parse_number``,
    ``cell_convention``) on every bare text of up to 7 digits and separators, with and without
    a minus: 4 * (4**7 - 1) / 3 = 21,844 texts, and a few longer ones."""
    texts = list(_bare_numbers(7))
    assert len(texts) == 21_844
    texts += ["5,555,555", "5.555.555", "-5,555,555.05", "5.555.555,", "50,000,00", "5.555.555.5", "05,055.5"]
    taken = _check_one_rule(texts)
    # each form taken: integer, -0, decimals, a lone 0 before three digits, both separators,
    # thousands twice, both with nothing after the decimal separator
    assert {"5", "-0", "05", "0.5", "5,50", "0.500", "-0,005", "5,555.5", "5.555,0", "5,555,555", "5.555,",
            "-5,555,555.05", "5.555.555,"} <= taken
    # not taken: three digits after a first group (the column decides), and no numbers
    assert not taken & {"5.555", "-50,000", "005.000", "5.", "5,55,5", "5.5,5", "50,000,00", "5.555.555.5"}


@pytest.fixture
def rule(monkeypatch):
    """Build the forms of a bare number from another rule for the case the column decides
    (``numbers._EITHER``), as a change of that rule would: every pattern made from it is rebuilt
    and the conventions remembered are forgotten (before and after)."""
    import re

    from renja_analysis import numbers

    def use(either):
        monkeypatch.setattr(numbers, "_FORMS", numbers._forms(either))
        monkeypatch.setattr(numbers, "_FORMS_ASCII", numbers._forms(either, re.ASCII))
        numbers._cell_convention.cache_clear()
    yield use
    numbers._cell_convention.cache_clear()


@pytest.mark.parametrize("either, text, convention, readings, two", [
    # the rule: a lone 0 is no thousands group, so 0.500 is a decimal in any column
    (None, "0.500", ".", [0.5, 0.5, 0.5], None),
    (None, "05.500", None, [5500.0, 5.5, 5500.0], (5500.0, 5.5, ".")),
    # the rule before 2026-12-06: 0.500 read two ways, thousands without a column's convention
    (r"\d{1,3}[.,]\d{3}", "0.500", None, [500.0, 0.5, 500.0], (500.0, 0.5, ".")),
    (r"\d{1,3}[.,]\d{3}", "-0,125", None, [-125.0, -125.0, -0.125], (-125.0, -0.125, ",")),
    # a rule no digits group that begin with 0 would make 05.500 a decimal too
    (r"(?!0)\d{1,3}[.,]\d{3}", "05.500", ".", [5.5, 5.5, 5.5], None),
    (r"(?!0)\d{1,3}[.,]\d{3}", "5.500", None, [5500.0, 5.5, 5500.0], (5500.0, 5.5, ".")),
])
def test_a_change_of_the_rule_is_made_in_one_place(rule, either, text, convention, readings, two):
    """The case the column decides is one pattern (``numbers._EITHER``): built from another, every
    reading follows it (``parse_number``, ``cell_convention``, ``is_ambiguous``, ``dua_bacaan``
    and the columns' fast path ``angka_polos``), with no second place to change."""
    from renja_analysis.numbers import angka_polos, dua_bacaan, is_ambiguous

    if either is not None:
        rule(either)
    assert cell_convention(text) == convention
    assert [parse_number(text, decimal=d) for d in (None, ".", ",")] == readings
    assert dua_bacaan(text) == two and is_ambiguous(text) is (two is not None)
    assert angka_polos(text) == (None if two else (convention, readings[0]))
    _check_one_rule(_bare_numbers(6))


def test_only_the_grouping_is_written_here(monkeypatch):
    """``_tulis`` takes its symbols, sign and grouping from Babel (``numbers._ejaan``) and groups
    the digits as Babel does: given Babel's ``en_IN`` spelling with the grouping of ``#,##,##0``
    (the last three digits, then pairs), it writes what Babel writes for that locale."""
    from decimal import Decimal

    from babel.numbers import format_decimal, parse_pattern

    from renja_analysis import numbers

    assert numbers._ejaan() == (",", ".", "-", (3, 3))          # id_ID, as CLDR has it
    monkeypatch.setattr(numbers, "_ejaan", lambda: (".", ",", "-", parse_pattern("#,##,##0").grouping))
    assert numbers._tulis(Decimal("-1234567.50"), False) == "-12,34,567.50"
    assert numbers._tulis(Decimal("123.40"), True) == "123.4" and numbers._tulis(Decimal("1000"), True) == "1,000"
    for text in ("0.00", "999.00", "1000.05", "-123456.70", "98765432101.00", "100000000000000.00"):
        value = Decimal(text)
        assert numbers._tulis(value, False) == format_decimal(value, format="#,##,##0.00", locale="en_IN"), text


def _angka_decimal(x, digits):
    """``format_angka`` as it was before its integer path (oracle): every number through a Decimal."""
    from renja_analysis.numbers import _desimal, _missing, _tulis

    if _missing(x):
        return "-"
    value = _desimal(x, 2 if digits is None else digits)
    return _tulis(abs(value) if value == 0 else value, digits is None)


def test_exact_integers_are_written_without_a_decimal_as_with_one():
    """``format_angka``, ``format_rupiah``, ``format_perubahan`` and ``format_persen`` write an exact
    integer (``numbers._bulat``) without a Decimal: the same text as the Decimal path, on seeded random
    values of every kind (integers and integral floats of any sign and size, decimals, -0.0, missing)."""
    import random

    from renja_analysis.numbers import _desimal, _missing

    def rupiah_decimal(x):
        if _missing(x):
            return "-"
        v = _desimal(x, 0)
        return f"{'-' if v < 0 else ''}Rp{_angka_decimal(abs(v), 0)}"

    def perubahan_decimal(x):
        if _missing(x):
            return "-"
        if _desimal(x, 0) == 0:
            return "tidak berubah"
        return f"{'bertambah' if float(x) > 0 else 'berkurang'} {rupiah_decimal(abs(float(x)))}"

    rng = random.Random(53)
    values = [0, -0.0, 0.0, 1, -1, 999.0, 1000.0, -1000.0, 2.0 ** 53 - 1, 2.0 ** 53, -(2.0 ** 53), 1e15, 1e16,
              10 ** 17, None, float("nan"), pd.NA, 0.5, -0.5, 2.5, 1234567.5]
    values += [float(rng.randint(-10 ** rng.randint(0, 16), 10 ** rng.randint(0, 16))) for _ in range(800)]
    values += [rng.randint(-10 ** 15, 10 ** 15) for _ in range(300)]
    values += [round(rng.uniform(-1e9, 1e9), rng.randint(0, 3)) for _ in range(300)]
    for x in values:
        for digits in (None, 0, 1, 2):
            assert format_angka(x, digits) == _angka_decimal(x, digits), (x, digits)
        if _missing(x) or float(x).is_integer() or _desimal(x, 2) != _desimal(x, 2).to_integral_value():
            # (a fraction rounded onto a whole number is shown off it: test_percent_never_rounds_onto_a_border)
            assert format_persen(x) == ("-" if _missing(x) else _angka_decimal(x, 2) + "%"), x
        assert format_rupiah(x) == rupiah_decimal(x), x
        assert format_perubahan(x) == perubahan_decimal(x), x


def test_percent_never_rounds_onto_a_border():
    # REV-E E4: "capaian 100,00%, belum mencapai target revisi" (24.999 of 25.000 = 99,996 %),
    # "serapan 50,00% ... di atas harapan linear 50%" (50,004 %), "45,00% adalah 90,00% dari harapan"
    # with predikat Sangat Tinggi (> 90). The last digit moves one step off the whole number.
    assert format_persen(24_999 / 25_000 * 100) == "99,99%"
    assert format_persen(25_001 / 25_000 * 100) == "100,01%"
    assert format_persen(50.004) == "50,01%" and format_persen(49.996) == "49,99%"
    assert format_persen(45.002 / 50 * 100) == "90,01%"
    assert format_persen(19_999_000 / 20_000_000 * 100) == "99,99%"        # Rp1.000 of Rp20 jt unspent
    assert format_persen(-0.004) == "-0,01%" and format_persen(0.004) == "0,01%"
    # whole numbers, and values that do not round onto one, are as before
    assert format_persen(100.0) == "100,00%" and format_persen(50) == "50,00%" and format_persen(0.0) == "0,00%"
    assert format_persen(99.994) == "99,99%" and format_persen(99.985) == "99,99%" and format_persen(12.345) == "12,35%"
    assert format_persen(75.0, None) == "75%" and format_persen(74.9996, None) == "74,99%"
    # float noise is the whole number it stands for (REV-G G7: 57/100*100 showed "56,99%", 7/25*100 "28,01%",
    # a reduction of 5.500.000 of 10.000.000 "55,01%")
    assert 57 / 100 * 100 != 57 and format_persen(57 / 100 * 100) == "57,00%"
    assert 7 / 25 * 100 != 28 and format_persen(7 / 25 * 100) == "28,00%"
    assert format_persen(5_500_000 / 10_000_000 * 100) == "55,00%"
    # ... but a real shortfall, however small against the whole, is not noise (REV-H H4: Rp5 short of a
    # Rp10 miliar pagu is 99.99999995 %, shown "100,00%" with a tolerance of 1e-9)
    assert format_persen((10_000_000_000 - 5) / 10_000_000_000 * 100) == "99,99%"
    # no decimals (chart labels): at 0 and 100 only
    assert format_persen(99.6, 0) == "99%" and format_persen(0.3, 0) == "1%" and format_persen(100.4, 0) == "101%"
    assert format_persen(49.6, 0) == "50%" and format_persen(100.0, 0) == "100%" and format_persen(0, 0) == "0%"


def test_exact_integer_cases_by_hand():
    assert format_angka(1234567.0, 2) == "1.234.567,00"
    assert format_angka(-0.0, 2) == "0,00" and format_angka(-0.0, None) == "0"
    assert format_angka(-1000, None) == "-1.000"
    assert format_angka(2.0 ** 53) == "9.007.199.254.740.992"       # beyond 2**53: the Decimal path
    assert format_rupiah(-3251000.0) == "-Rp3.251.000" and format_rupiah(-0.0) == "Rp0"
    assert format_perubahan(-0.0) == "tidak berubah" and format_perubahan(-1.0) == "berkurang Rp1"
    # a negative number of decimals rounds to tens, hundreds...: 400 to thousands is 0, 1000 stays
    assert format_perubahan(400.0, rupiah=False, digits=-3) == "tidak berubah"
    assert format_angka(1400.0, -3) == "1.000"
