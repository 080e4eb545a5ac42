import math

import pytest

from renja_analysis.numbers import (
    detect_decimal, format_persen, format_rupiah, format_rupiah_singkat, parse_number, parse_volume,
)


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
    assert format_rupiah(1683391529) == "Rp 1.683.391.529"
    assert format_persen(56.24881075) == "56,25%"
    assert format_persen(float("nan")) == "-"
    assert format_rupiah_singkat(976_700_000) == "Rp 976,7 jt"
    assert format_rupiah_singkat(5_551_085_325) == "Rp 5,55 M"
    assert not math.isnan(parse_number("0"))
