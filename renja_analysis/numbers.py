"""Parse numbers as PDF-extracted Renja documents write them; format them for people.

Both conventions occur, sometimes in one document: English (``2,992,759,325``,
``56.24881075``, ``30,000,000.00``) and Indonesian (``832.222,8``,
``Rp 2.491.950``, ``Rp.500.000,-``). Volumes come with their unit in one cell
(``83 indek``, ``5 unit usaha``, ``32%``). A cell may say nothing: empty, or a word
for nothing (``-``, ``–``, ``—``, ``Nihil``, ``Tidak ada``: ``kata_nihil``); what that
means (zero or not stated) depends on the column, and is decided by the table reader
(``tables._common.numeric_column``), not here. A cell copied from a spreadsheet may
hold an error value (``#DIV/0!``: ``galat_lembar_kerja``).

Parsing rules, in order:

1. ``<b>`` markers, spaces, a leading ``Rp``/``Rp.`` and a trailing ``,-``/``.-``
   or ``%`` are dropped; an empty cell or a word for nothing is NA (None). An amount in
   parentheses is an accounting negative: ``(4,000,000.00)`` and ``(4.000.000,00)`` are
   -4,000,000 (``Rp`` may stand inside or before them).
2. A number with both ``.`` and ``,``: the last one is the decimal separator.
3. One separator occurring more than once: thousands separator.
4. One separator occurring once: a decimal separator when it is not followed by
   exactly three digits; followed by exactly three digits, the column's
   convention decides (``decimal=``); without one it is read as thousands
   (``320.634`` -> 320634), which is right for rupiah. A lone ``0`` or more than three digits
   before it are no first thousands group: ``0.500`` and ``2940.000`` are decimals in any column.

Rules 2-4 are written once, as the pattern ``_FORMS`` (built from ``_EITHER``, the case rule 4
leaves to the column); ``parse_number``, ``cell_convention``, ``is_ambiguous`` and the columns' fast
path ``angka_polos`` all read a bare number through it, and ``angka_polos_kolom`` reads a whole
column through its forms (the same patterns, run by Arrow).

Formatting (only at the edges: narratives, charts, Excel) writes Babel's ``id_ID`` spelling, its
symbols and grouping read from Babel once (``_tulis``; the tests compare it with Babel's own
``format_decimal``).
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable

from .caches import per_table

_TAG = re.compile(r"</?b>", re.IGNORECASE)
_RP = re.compile(r"^rp\.?\s*", re.IGNORECASE)
_NIL = {"", "-", "\u2013", "\u2014"}
#: Words for nothing, lower case without spaces (``Nihil``, ``Tidak ada``).
_NIL_WORDS = {"nihil", "tidakada"}
_NIHIL = _NIL | _NIL_WORDS
#: Error values a spreadsheet shows in a cell whose formula failed (Excel, LibreOffice, Sheets).
_GALAT = re.compile(r"^#(?:DIV/0!|VALUE!|REF!|N/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|ERROR!)$",
                    re.IGNORECASE)
_NUMERIC = re.compile(r"^\d[\d.,]*$")
_VOLUME = re.compile(r"^\s*([+-]?\s*\d[\d.,]*)\s*(.*?)\s*$")
LOCALE = "id_ID"
#: Largest magnitude read from a document: Rp 10^15 (a thousand trillion) is beyond
#: any regional budget; a larger number is a typing or extraction error.
MAX_ABS = 1e15


class NumberRangeError(ValueError):
    """A number beyond ``MAX_ABS``."""


def clean_text(text) -> str:
    """Remove bold markers and collapse white space.

    Examples
    --------
    >>> clean_text("<b>PROGRAM  PENGEMBANGAN\\u00a0UMKM</b> ")
    'PROGRAM PENGEMBANGAN UMKM'
    """
    if text is None:
        return ""
    if type(text) is str and "<" not in text:
        return " ".join(text.split())        # no marker to remove (split also takes \u00a0)
    return " ".join(_TAG.sub("", str(text)).replace("\u00a0", " ").split())


def _strip(text) -> tuple[str, bool]:
    """The number part of a cell and whether it ended in ``%`` (remembered per text:
    a column's convention, its parsing and its checks all strip the same cells)."""
    if type(text) is str:
        return _strip_text(text)
    return _strip_text.__wrapped__(text)


@per_table(maxsize=1 << 16)
def _strip_text(text) -> tuple[str, bool]:
    s = clean_text(text).replace(" ", "")
    if s.lower() in _NIL_WORDS:
        return "", False
    negative = _parenthesised(s)
    if negative:
        s = s[1:-1]
    s = _RP.sub("", s)
    if not negative and _parenthesised(s):        # Rp (4.000.000)
        negative, s = True, s[1:-1]
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    for tail in (",-", ".-"):
        if s.endswith(tail):
            s = s[: -len(tail)]
    if negative:
        # an accounting negative holds a number and nothing else; anything else is kept
        # in its parentheses, for the parser to refuse ("(%)", "(-5)", "()")
        s = "-" + s if s[:1].isdigit() else f"({s})"
    return s, percent


def _parenthesised(s: str) -> bool:
    return len(s) > 2 and s[0] == "(" and s[-1] == ")"


def kata_nihil(text) -> bool:
    """True for a cell that says nothing: empty, a dash (``-``, ``–``, ``—``), ``Nihil`` or
    ``Tidak ada`` (any case, with ``<b>`` markers and spaces).

    What it means depends on the column (zero in a realisation or an amount, no target
    in a target column, not stated in a percentage): ``tables._common.numeric_column``
    and ``docs/metrik.md`` decide it.

    Examples
    --------
    >>> [kata_nihil(t) for t in ["", " - ", "\u2014", "<b>Nihil</b>", "tidak ada", "TIDAK  ADA", "0", "ada"]]
    [True, True, True, True, True, True, False, False]
    """
    if type(text) is str and text[:1].isdigit():
        return False                    # a number (no word for nothing begins with a digit)
    return clean_text(text).replace(" ", "").lower() in _NIHIL


def galat_lembar_kerja(text) -> str | None:
    """The spreadsheet error value a cell holds (``#DIV/0!``, ``#VALUE!``, ``#REF!``, ``#N/A``,
    ``#NAME?`` ...), as written without markers, or None.

    Examples
    --------
    >>> galat_lembar_kerja("<b>#DIV/0!</b>"), galat_lembar_kerja(" #n/a "), galat_lembar_kerja("12")
    ('#DIV/0!', '#n/a', None)
    """
    if type(text) is str and "#" not in text:
        return None                     # the usual cell: no error value without its "#"
    s = clean_text(text)
    return s if _GALAT.match(s) else None


def parse_number(text, decimal: str | None = None) -> float | None:
    """Parse one cell into a float, or None for nil.

    Parameters
    ----------
    text : str
        The cell as extracted (may carry ``<b>``, ``Rp``, ``%``, ``,-``).
    decimal : {'.', ',', None}
        The column's decimal separator, used only for the ambiguous case of a
        single separator followed by exactly three digits.

    Returns
    -------
    float or None

    Raises
    ------
    ValueError
        When the cell is not a number in either convention.

    Examples
    --------
    >>> parse_number("2,992,759,325")
    2992759325.0
    >>> parse_number("1.683.391.529")
    1683391529.0
    >>> parse_number("56.24881075")
    56.24881075
    >>> parse_number("832.222,8")
    832222.8
    >>> parse_number("Rp.500.000,-")
    500000.0
    >>> parse_number("-3,251,000.00")
    -3251000.0
    >>> parse_number("1.00%")
    1.0
    >>> parse_number("320.634"), parse_number("62.500", decimal=".")
    (320634.0, 62.5)
    >>> parse_number("0.500", decimal=","), parse_number("-0,125")    # 0 is no thousands group
    (0.5, -0.125)
    >>> parse_number("-") is None, parse_number("Nihil") is None, parse_number("tidak ada") is None
    (True, True, True)
    >>> parse_number("(4,000,000.00)"), parse_number("(4.000.000,00)"), parse_number("Rp (4.000.000)")
    (-4000000.0, -4000000.0, -4000000.0)
    >>> parse_number("1 683 391 529")
    1683391529.0
    >>> parse_number("3 5")
    Traceback (most recent call last):
    ...
    ValueError: two numbers in one cell: '3 5'
    >>> parse_number("1" * 30)
    Traceback (most recent call last):
    ...
    renja_analysis.numbers.NumberRangeError: beyond 1e15: '111111111111111111111111111111'
    """
    value = _parse(text, decimal)
    if value is not None and not abs(value) <= MAX_ABS:
        raise NumberRangeError(f"beyond 1e15: {text!r}")
    return value


_SPACED = re.compile(r"\d\s+\d")
_GROUPS = re.compile(r"^\D*\d{1,3}(?:\s+\d{3})+(?:[.,]\d+)?\D*$")

# --- the rule for a bare number, written once ---------------------------------------------
#
# A bare number is a sign perhaps, then digits and separators (``.``, ``,``): a cell as most are
# written, or what ``_strip`` leaves of any cell. Which separator is its decimal one (rules 2-4
# of the module's docstring) is decided by one pattern, ``_FORMS``, built below from named parts;
# ``parse_number``, ``cell_convention`` and the columns' fast path ``angka_polos`` all read a bare
# number through it, so a change of the rule is made here and nowhere else.

#: The one case a column's convention decides (rule 4): a single separator with exactly three
#: digits after it and, before it, digits that can be a first thousands group (1-3 digits, not
#: a lone 0: ``0.500`` is a decimal in any column): ``320.634`` reads 320634 or 320.634. Written
#: without a look-ahead (a digit other than 0 and up to two more, or 0 and one or two more), so
#: that Arrow's regular expressions (RE2) take the same pattern (``angka_polos_kolom``).
_EITHER = r"(?:[^\D0]\d{0,2}|0\d{1,2})[.,]\d{3}"


def _thousands(sep: str, groups: str) -> str:
    """Digits grouped in thousands by ``sep``: a first group of 1-3 digits, then ``groups``
    (a regex quantifier) groups of three."""
    return rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}}){groups}"


def _showing(dec: str, thou: str) -> str:
    """A number whose separators show that ``dec`` is its decimal separator: both separators,
    ``dec`` the last, thousands grouped before it (rule 2; digits or nothing after it); ``thou``
    twice or more, grouping thousands (rule 3); ``dec`` once with digits either side (rule 4;
    the case of ``_EITHER`` is taken by that part, tried first)."""
    d = re.escape(dec)                  # possessive (``++``): a form that fails, fails at once
    return rf"{_thousands(thou, '++')}{d}\d*|{_thousands(thou, '{2,}+')}|\d++{d}\d+"


def _forms(either: str = _EITHER, flags: int = 0) -> re.Pattern:
    """The forms of a bare number, one named group each: ``integer``; ``either``, the case the
    column's convention decides (the rule ``either``, by default ``_EITHER``); ``point``, a
    number whose separators show ``.`` as its decimal separator; ``comma``, ``,``. A text that
    matches none is no number (``parse_number`` refuses it).

    >>> [_forms().fullmatch(t).lastgroup for t in ["-12", "320.634", "0.500", "1,234,567", "832.222,8"]]
    ['integer', 'either', 'point', 'point', 'comma']
    >>> _forms().fullmatch("1,23,456") is None, _forms().fullmatch("12.") is None
    (True, True)
    """
    parts = {"integer": r"\d++", "either": either, "point": _showing(".", ","), "comma": _showing(",", ".")}
    pattern = re.compile("[+-]?(?:" + "|".join(f"(?P<{name}>{part})" for name, part in parts.items()) + ")", flags)
    _PARTS[pattern.pattern] = parts
    return pattern


#: The forms of every pattern ``_forms`` built, by the pattern's text: each form's own pattern, in
#: the order they are tried (``angka_polos_kolom`` matches a column against them one by one).
_PARTS: dict[str, dict[str, str]] = {}


_FORMS = _forms()
#: ``_FORMS`` for ASCII digits only: the same forms, matched faster (``angka_polos``); a number
#: written in other digits (``١٢``) is read by the full rules.
_FORMS_ASCII = _forms(flags=re.ASCII)
#: The decimal separator a form shows (``cell_convention``): none for an integer, nor for the
#: case the column decides.
_SHOWS = {"integer": None, "either": None, "point": ".", "comma": ","}


def _value(s: str, form: str, decimal: str | None) -> float:
    """The value of the bare number ``s`` of ``form`` (``_FORMS``) in a column whose decimal
    separator is ``decimal``, which decides the form ``either`` only: its separator groups
    thousands unless it is the column's decimal separator."""
    if form == "point":
        return float(s.replace(",", ""))
    if form == "integer":
        return float(s)
    if form == "comma":
        return float(s.replace(".", "").replace(",", "."))
    sep = "." if "." in s else ","
    return float(s.replace(sep, "." if decimal == sep else ""))


def _refusal(s: str, text) -> str:
    """Why ``parse_number`` refuses ``text``, of which ``_strip`` left ``s`` (no form of
    ``_FORMS``)."""
    if s[:1] in ("+", "-"):
        s = s[1:]
    if _NUMERIC.match(s):
        dots, commas = s.count("."), s.count(",")
        if dots and commas:
            return f"inconsistent separators: {text!r}"
        if dots + commas > 1:
            return f"bad thousands grouping: {text!r}"
    return f"not a number: {text!r}"


def _parse(text, decimal: str | None) -> float | None:
    form = _FORMS.fullmatch(text) if type(text) is str else None
    if form is not None:                # the usual cell, bare: nothing to strip
        return _value(text, form.lastgroup or "", decimal)
    if isinstance(text, str) and _SPACED.search(text):
        # digits apart: only thousands groups ("1 683 391 529"), never two numbers glued ("3 5")
        if not _GROUPS.match(clean_text(text)):
            raise ValueError(f"two numbers in one cell: {text!r}")
    s, _ = _strip(text)
    if s in _NIL:
        return None
    form = _FORMS.fullmatch(s)
    if form is None:
        raise ValueError(_refusal(s, text))
    return _value(s, form.lastgroup or "", decimal)


def angka_polos(text) -> tuple[str | None, float] | None:
    """A cell that is a bare number readable without its column: ``(cell_convention, value)``,
    the same as ``cell_convention(text)`` and ``parse_number(text, decimal=...)`` for any
    ``decimal``; None for every other cell (read by the full rules: ``320.634``, ``Rp 5``,
    ``-``, a number beyond ``MAX_ABS`` ...). A column's reader takes its cells this way first:
    one match of the pattern ``parse_number`` reads a bare number by (``_FORMS``), no stripping.

    Examples
    --------
    >>> angka_polos("2,992,759,325"), angka_polos("832.222,8"), angka_polos("-12"), angka_polos("56.24881075")
    (('.', 2992759325.0), (',', 832222.8), (None, -12.0), ('.', 56.24881075))
    >>> angka_polos("0.500"), angka_polos("320.634") is None, angka_polos("Rp 5") is None
    (('.', 0.5), True, True)
    """
    m = _FORMS_ASCII.fullmatch(text) if type(text) is str else None
    if m is None:
        return None
    form = m.lastgroup or ""
    if form == "either":
        return None
    value = _value(text, form, None)
    if not abs(value) <= MAX_ABS:
        return None
    return _SHOWS[form], value


#: The conventions ``angka_polos_kolom`` gives, by code: 0 none (an integer), 1 ``.``, 2 ``,``.
KONVENSI = (None, ".", ",")
_KODE_KONVENSI = {"integer": 0, "point": 1, "comma": 2}


@functools.lru_cache(maxsize=8)
def _forms_arrow(pattern: str) -> tuple[tuple[str, str], ...] | None:
    """The forms of ``pattern`` (a pattern ``_forms`` built: ``_PARTS``) as Arrow's regular
    expressions (RE2) take them, each with the sign and anchored at both ends, in the order
    they are tried; None when the pattern was not built by ``_forms`` or RE2 cannot take a form
    (a look-ahead in a rule given to ``_forms``: the column's fast pass then takes no cell, and
    ``angka_polos`` reads them all).

    The possessive quantifiers (``++``, ``{2,}+``) are written greedy: RE2 never backtracks, and
    in a full match they change nothing (what one gives back, ``,ddd`` or a digit, is never what
    the pattern needs next). RE2 reads ``\\d`` as the ASCII digits, as ``_FORMS_ASCII`` does.

    >>> dict(_forms_arrow(_FORMS_ASCII.pattern))["point"]
    '^[+-]?(?:\\\\d{1,3}(?:,\\\\d{3})+\\\\.\\\\d*|\\\\d{1,3}(?:,\\\\d{3}){2,}|\\\\d+\\\\.\\\\d+)$'
    >>> _forms_arrow(_forms(r"(?!0)\\d{1,3}[.,]\\d{3}").pattern) is None
    True
    """
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    parts = _PARTS.get(pattern)
    if parts is None:
        return None
    out = tuple((name, "^[+-]?(?:" + re.sub(r"(?<!\\)([+*?}])\+", r"\1", part) + ")$") for name, part in parts.items())
    try:
        for _, re2 in out:
            pc.match_substring_regex(pa.array(["0"], type=pa.large_string()), re2)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return out


def angka_polos_kolom(texts) -> tuple:
    """``angka_polos`` of every cell of a column at once: Arrow's compute over the whole column
    (the forms of ``_FORMS``, one match each, their value and ``MAX_ABS``), no Python per cell.

    ``texts``: a sequence of cells or an Arrow array of strings. Returns ``(taken, konvensi,
    value)``, three numpy arrays as long as ``texts``: ``taken`` is
    True where ``angka_polos`` gives a reading, ``konvensi`` that reading's convention as a code
    of ``KONVENSI`` (0 none, 1 ``.``, 2 ``,``) and ``value`` its value (NaN where not taken). A
    cell not taken is one ``angka_polos`` does not read either (``320.634``, ``Rp 5``, ``-``, a
    number beyond ``MAX_ABS``, digits other than ASCII, anything that is not a ``str``), left to
    the full rules; when Arrow cannot take the column or the pattern, no cell is taken.

    Examples
    --------
    >>> taken, konvensi, value = angka_polos_kolom(["2,992,759,325", "832.222,8", "-12", "320.634", "Rp 5", ""])
    >>> taken.tolist(), konvensi.tolist(), value[taken].tolist()
    ([True, True, True, False, False, False], [1, 2, 0, 0, 0, 0], [2992759325.0, 832222.8, -12.0])
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(texts)
    taken = np.zeros(n, dtype=bool)
    konvensi = np.zeros(n, dtype=np.int8)
    value = np.full(n, np.nan)
    forms = _forms_arrow(_FORMS_ASCII.pattern) if n else None
    if forms is None:
        return taken, konvensi, value
    try:
        arr = texts.cast(pa.large_string()) if isinstance(texts, pa.Array) else \
            pa.array(texts, type=pa.large_string(), from_pandas=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError):
        return taken, konvensi, value
    # each cell's form: the first that matches it whole, as in _FORMS (a cell that is no str is null: none)
    form = np.zeros(n, dtype=np.int8)            # 0 none, else 1 + the form's place in _FORMS
    for k, (_, re2) in enumerate(forms):
        match = pc.fill_null(pc.match_substring_regex(arr, re2), False).to_numpy(zero_copy_only=False)
        form[match & (form == 0)] = k + 1
        if form.all():
            break
    names = [name for name, _ in forms]
    code = {names.index(name) + 1: c for name, c in _KODE_KONVENSI.items()}
    read = np.isin(form, list(code))
    if not read.any():
        return taken, konvensi, value
    # the value of each form as _value writes it: "," groups thousands in a point form, "." in a
    # comma form, whose "," is the decimal point; an integer has neither
    chosen = pc.filter(arr, pa.array(read))
    comma = form[read] == names.index("comma") + 1
    written = pc.replace_substring(chosen, ",", "") if not comma.any() else None
    if comma.any():
        written = pc.replace_substring(pc.replace_substring(chosen, ".", ""), ",", ".")
        if not comma.all():
            written = pc.if_else(pa.array(comma), written, pc.replace_substring(chosen, ",", ""))
    try:
        value[read] = pc.cast(written, pa.float64()).to_numpy(zero_copy_only=False)
    except pa.ArrowInvalid:
        return taken, konvensi, np.full(n, np.nan)
    taken = read & (np.abs(value) <= MAX_ABS)
    value[~taken] = np.nan
    for k, c in code.items():
        konvensi[(form == k) & taken] = c
    return taken, konvensi, value


def parse_volume(text, decimal: str | None = None) -> tuple[float | None, str | None]:
    """Split a volume cell such as ``83 indek`` or ``32%`` into number and unit.

    Examples
    --------
    >>> parse_volume("83 indek")
    (83.0, 'indek')
    >>> parse_volume("5 unit usaha")
    (5.0, 'unit usaha')
    >>> parse_volume("1.00%")
    (1.0, '%')
    >>> parse_volume("4")
    (4.0, None)
    >>> parse_volume("-"), parse_volume("Nihil")
    ((None, None), (None, None))
    """
    s = clean_text(text)
    if s in _NIL or kata_nihil(s):
        return None, None
    m = _VOLUME.match(s)
    if not m:
        raise ValueError(f"not a volume: {text!r}")
    value = parse_number(m.group(1), decimal=decimal)
    unit = m.group(2) or None
    return value, unit


def cell_convention(cell) -> str | None:
    """The decimal separator a cell shows unambiguously (``'.'`` or ``','``), or None.

    A single separator followed by exactly three digits (``320.634``) is ambiguous,
    unless the digits before it cannot be a first thousands group (``0.500``, ``2940.000``).

    Examples
    --------
    >>> [cell_convention(c) for c in ["2,992,759,325", "56.248", "56.24881075", "832.222,8", "1,5", "12"]]
    ['.', None, '.', ',', ',', None]
    >>> cell_convention("0.500"), cell_convention("-0,125"), cell_convention("2940.000")
    ('.', ',', '.')
    """
    if type(cell) is str:
        return _cell_convention(cell)
    return _cell_convention.__wrapped__(cell)


@per_table(maxsize=1 << 16)
def _cell_convention(cell) -> str | None:
    """``cell_convention``, remembered per text (the same numbers come back in several tables)."""
    s, _ = _strip(cell)
    s = s.lstrip("+-")
    form = _FORMS.fullmatch(s)
    if form is not None:
        return _SHOWS[form.lastgroup or ""]
    if not _NUMERIC.match(s or "x"):
        return None
    # a number the rules refuse ("1,23,456", "12."): the separator its writing points to still
    # counts in the column's vote, as it always has (the cell itself is refused when read)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        return "." if s.rfind(".") > s.rfind(",") else ","
    if dots > 1 or commas > 1:
        return "," if dots else "."
    return "." if dots else ","


def is_ambiguous(cell) -> bool:
    """True for a number whose reading depends on the convention (``320.634``).

    Examples
    --------
    >>> is_ambiguous("320.634"), is_ambiguous("1.683.391"), is_ambiguous("7")
    (True, False, False)
    """
    s, _ = _strip(cell)
    s = s.lstrip("+-")
    if not _NUMERIC.match(s or "x") or cell_convention(cell) is not None:
        return False
    return (s.count(".") + s.count(",")) == 1


def dua_bacaan(cell) -> tuple[float, float, str] | None:
    """The two readings of an ambiguous cell (``is_ambiguous``), or None.

    Returns ``(ribuan, desimal, pemisah)``: the value with the separator read as a
    thousands separator, the value with it read as the decimal point, and the separator.

    Examples
    --------
    >>> dua_bacaan("845.120"), dua_bacaan("-1,250")
    ((845120.0, 845.12, '.'), (-1250.0, -1.25, ','))
    >>> dua_bacaan("1.683.391.529") is None, dua_bacaan("56.24881075") is None
    (True, True)
    """
    if not is_ambiguous(cell):
        return None
    s, _ = _strip(cell)
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    sep = "." if "." in s else ","
    whole, frac = s.split(sep)
    return sign * float(whole + frac), sign * float(whole + "." + frac), sep


def column_convention(cells: Iterable[str]) -> tuple[str | None, bool]:
    """A column's decimal separator by majority of its unambiguous cells.

    Returns ``(decimal, tie)``: ``decimal`` is ``'.'``, ``','`` or None (no vote or a
    tie); ``tie`` is True when both conventions have the same number of votes.

    Examples
    --------
    >>> column_convention(["56.24881075", "52,6", "76.285", "62.5"])
    ('.', False)
    >>> column_convention(["1,5", "2.5"]), column_convention(["12", "-"])
    ((None, True), (None, False))
    """
    return majority_convention(map(cell_convention, cells))


def majority_convention(conventions: Iterable[str | None]) -> tuple[str | None, bool]:
    """``column_convention`` from the cells' own conventions (``cell_convention``).

    >>> majority_convention([".", None, ",", "."]), majority_convention([".", ","])
    (('.', False), (None, True))
    """
    return _majority(Counter(c for c in conventions if c))


def _majority(votes: Counter) -> tuple[str | None, bool]:
    """``majority_convention`` from the votes already counted (convention -> cells)."""
    votes = +votes                      # no convention without a vote
    if not votes:
        return None, False
    (top, n), *rest = votes.most_common()
    if rest and rest[0][1] == n:
        return None, True
    return top, False


def detect_decimal(cells: Iterable[str]) -> str | None:
    """Guess a column's decimal separator from its unambiguous cells (majority).

    Examples
    --------
    >>> detect_decimal(["2,992,759,325", "56.24881075"])
    '.'
    >>> detect_decimal(["832.222,8", "1,5"])
    ','
    >>> detect_decimal(["12", "-"]) is None
    True
    """
    return column_convention(cells)[0]


def is_number(text) -> bool:
    """True when ``parse_number`` reads the cell as a (non-nil) number.

    Examples
    --------
    >>> is_number("10,000,000.00"), is_number("Unit"), is_number("-")
    (True, False, False)
    """
    try:
        return parse_number(text) is not None
    except ValueError:
        return False


# --- formatting (the edges only) -------------------------------------------------
#
# One module formats every number a reader sees (narratives, findings, charts, tables,
# the workbook's labels), in the spelling of the Indonesian style guide (PUEBI):
#
# - rounding is half-up (away from zero) on the number as written, ``76.285`` -> ``76,29``,
#   although the binary float is 76.28499...; Python's ``round`` and Babel's default are
#   half-even on the binary value and would give ``76,28``;
# - Babel ``id_ID``: ``.`` groups thousands, ``,`` is the decimal separator;
# - PUEBI writes ``Rp`` and ``%`` against the number, without a space: ``Rp4.610.259.325``,
#   ``59,65%`` (one word: a line never breaks inside an amount); a no-break space (U+00A0)
#   joins a number to the words ``jt``/``M``/``T`` of the short style;
# - a change is said with a word, never with a minus sign: ``bertambah``/``berkurang``.

#: No-break space (U+00A0) between a number and ``jt``/``M``/``T`` (short rupiah).
NBSP = "\u00a0"
#: The rupiah sign as PUEBI writes it, against the amount (``Rp5.000``).
RP = "Rp"


def _missing(x) -> bool:
    if x is None:
        return True
    if isinstance(x, float):
        return math.isnan(x)
    return str(x) in {"<NA>", "nan", "NaN", "NaT"}


def _desimal(x, digits: int):
    """``x`` rounded half-up to ``digits`` decimals, as a ``Decimal``, from its decimal
    representation (``repr``: the shortest text that reads back as the same float)."""
    from decimal import ROUND_HALF_UP, Decimal

    d = Decimal(repr(float(x))) if not isinstance(x, (int, Decimal)) else Decimal(x)
    return d.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def bulatkan(x, digits: int = 2):
    """Round half-up (away from zero) on the decimal representation of a number.

    ``round(76.285, 2)`` gives 76.28 because the binary float is 76.28499...; the
    document wrote 76,285 and a reader expects 76,29. The rounding is done on the
    shortest decimal text of the float (``repr``), so the number as written decides.

    Parameters
    ----------
    x : float, int, pandas.Series or None
        The value(s); missing values stay missing.
    digits : int
        Decimals to keep.

    Returns
    -------
    float or pandas.Series
        A float (NaN for a missing scalar) or a Series of the same index and dtype.

    Examples
    --------
    >>> bulatkan(76.285), bulatkan(20.625), bulatkan(0.005), bulatkan(-16.665)
    (76.29, 20.63, 0.01, -16.67)
    >>> round(76.285, 2)        # the binary float rounds down
    76.28
    >>> bulatkan(2.5, 0), bulatkan(-2.5, 0)
    (3.0, -3.0)
    >>> import pandas as pd
    >>> bulatkan(pd.Series([1.005, None, 2.675], dtype="Float64")).tolist()
    [1.01, <NA>, 2.68]
    """
    import pandas as pd

    if isinstance(x, pd.Series):
        out = x.map(lambda v: float(_desimal(v, digits)), na_action="ignore")
        return out.astype(x.dtype) if pd.api.types.is_float_dtype(x.dtype) else out
    if _missing(x):
        return float("nan")
    return float(_desimal(x, digits))


def format_angka(x, digits: int | None = 0) -> str:
    """Format a number the Indonesian way (``1.234.567,89``), rounded half-up; NA gives ``-``.

    ``digits=None`` shows up to two decimals, only where there are any (volumes).

    Examples
    --------
    >>> format_angka(2992759325)
    '2.992.759.325'
    >>> format_angka(56.24881075, 2)
    '56,25'
    >>> format_angka(76.285, 2), format_angka(0.5), format_angka(-2.5)
    ('76,29', '1', '-3')
    >>> format_angka(31.0, None), format_angka(0.9, None), format_angka(1.005, None)
    ('31', '0,9', '1,01')
    >>> format_angka(None), format_angka(float("nan"))
    ('-', '-')
    """
    if _missing(x):
        return "-"
    n = _bulat(x)
    if n is not None and (digits is None or digits >= 0):
        # an exact integer (most rupiah): rounding leaves it as it is, its decimals are zeros
        return _eja(n < 0, str(abs(n)), "0" * (digits or 0))
    value = _desimal(x, 2 if digits is None else digits)
    if value == 0:
        value = abs(value)                              # never "-0"
    return _tulis(value, digits is None)


#: Floats up to this magnitude hold every integer exactly (``_bulat``).
_BULAT_MAKS = 2.0 ** 53


def _bulat(x) -> int | None:
    """The integer ``x`` is exactly (an ``int`` or an integral float, within ``2**53``), else
    None: the value any half-up rounding to 0 or more decimals leaves as it is, which the
    formats write without a ``Decimal`` (``-0.0`` is 0, never "-0").

    >>> _bulat(1234.0), _bulat(-0.0), _bulat(7), _bulat(2.5), _bulat(float("inf")), _bulat(True)
    (1234, 0, 7, None, None, None)
    """
    if (type(x) is int or isinstance(x, float) and x.is_integer()) and abs(x) < _BULAT_MAKS:
        return int(x)
    return None


@functools.cache
def _ejaan() -> tuple[str, str, str, tuple[int, int]]:
    """How Babel (CLDR) writes a number in ``id_ID`` with the pattern ``#,##0``, read once per
    process: the decimal symbol, the group symbol, the sign before a negative and the grouping
    (the last group's size, then the others'). The first number formatted pays for it (Babel's
    locale data, about 20 ms and 6 MB); a process that formats nothing never reads it.

    >>> _ejaan()
    (',', '.', '-', (3, 3))
    """
    from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

    pattern = parse_pattern("#,##0")
    return get_decimal_symbol(LOCALE), get_group_symbol(LOCALE), pattern.prefix[1], pattern.grouping


def _tulis(value, trim: bool) -> str:
    """A rounded ``Decimal`` as Babel's ``id_ID`` patterns ``#,##0[.00]`` (``trim``: ``#,##0.##``)
    write it: the group symbol between thousands, the decimal symbol before the decimals it was
    rounded to (``trim``: its trailing zeros dropped), the sign before a negative.

    The symbols, the sign and the grouping are Babel's (``_ejaan``); only putting the digits in
    their groups is done here, as Babel's ``NumberPattern`` does it. ``babel.numbers.format_decimal``
    itself gives the same text (compared in ``tests/unit/test_numbers.py``) but parses its pattern
    and looks the locale up on every call: findings format thousands of numbers, and that was a
    tenth of reading a document (this is about 3x faster).

    >>> from decimal import Decimal
    >>> _tulis(Decimal("-1234567.50"), False), _tulis(Decimal("1234567.50"), True), _tulis(Decimal("31.00"), True)
    ('-1.234.567,50', '1.234.567,5', '31')
    """
    whole, _, frac = f"{abs(value):f}".partition(".")
    return _eja(value < 0, whole, frac.rstrip("0") if trim else frac)


def _eja(negatif: bool, whole: str, frac: str) -> str:
    """A number written from its parts (``_tulis``): the sign (``negatif``), the digits of its
    whole part and of its decimals (none: no decimal symbol), with Babel's symbols and grouping.

    >>> _eja(True, "1234567", "50"), _eja(False, "999", "")
    ('-1.234.567,50', '999')
    """
    decimal, group, minus, (last, size) = _ejaan()
    if len(whole) > last:
        head, tail = whole[:-last], whole[-last:]
        first = len(head) % size or size
        whole = group.join([head[:first], *(head[k:k + size] for k in range(first, len(head), size)), tail])
    return (minus if negatif else "") + whole + (decimal + frac if frac else "")


def format_rupiah(x) -> str:
    """Format rupiah in full, ``Rp`` against the amount (PUEBI): ``Rp2.992.759.325``.

    A negative amount (a table cell) is ``-Rp ...``; in prose say a change with
    ``format_perubahan`` instead.

    Examples
    --------
    >>> format_rupiah(2992759325)
    'Rp2.992.759.325'
    >>> format_rupiah(-3251000)
    '-Rp3.251.000'
    >>> format_rupiah(None)
    '-'
    """
    if _missing(x):
        return "-"
    n = _bulat(x)
    v = n if n is not None else _desimal(x, 0)
    sign = "-" if v < 0 else ""
    return f"{sign}{RP}{format_angka(abs(v))}"


_SATUAN_RP = ((1e12, "T"), (1e9, "M"), (1e6, "jt"))


def format_rupiah_singkat(x) -> str:
    """Rupiah in one short style for charts and cards: always two decimals with ``jt``
    (juta), ``M`` (miliar) or ``T`` (triliun); in full below one juta.

    Examples
    --------
    >>> format_rupiah_singkat(304_800_000)
    'Rp304,80\\xa0jt'
    >>> format_rupiah_singkat(1_250_000_000), format_rupiah_singkat(15_000_000)
    ('Rp1,25\\xa0M', 'Rp15,00\\xa0jt')
    >>> format_rupiah_singkat(-15_500_000), format_rupiah_singkat(500_000)
    ('-Rp15,50\\xa0jt', 'Rp500.000')
    >>> format_rupiah_singkat(999_999_999)       # rounds up into the next unit
    'Rp1,00\\xa0M'
    """
    if _missing(x):
        return "-"
    from decimal import Decimal

    v = float(x)
    sign = "-" if v < 0 else ""
    v = abs(v)
    for i, (size, unit) in enumerate(_SATUAN_RP):
        q = _desimal(v / size, 2)
        if q >= 1:
            if q >= 1000 and i:                         # 999,999 jt -> 1,00 M
                size, unit = _SATUAN_RP[i - 1]
                q = _desimal(v / size, 2)
            return f"{sign}{RP}{format_angka(q, 2)}{NBSP}{unit}"
    if _desimal(v, 0) == Decimal(0):
        sign = ""
    return f"{sign}{RP}{format_angka(v)}"


def format_persen(x, digits: int | None = 2) -> str:
    """Format a percentage, rounded half-up, ``%`` against the number (PUEBI); NA gives ``-``.

    ``digits=None`` shows up to two decimals, only where there are any (a threshold
    such as ``75%`` in a sentence).

    A percentage is never rounded onto a whole number it is not: every border a sentence or a
    predikat compares with is one (100 % of the target, the expectation of 50 %, 90 % of it).
    Shown as ``100,00%``, a capaian of 99,996 % would read as the target reached, and
    ``50,00%`` "di atas harapan 50%" as a contradiction; such a value is shown one last digit
    off the whole number, on its own side (``99,99%``, ``50,01%``). With no decimals this
    holds at 0 and 100 only (``99%`` for 99,6 %, ``1%`` for 0,3 %).

    Examples
    --------
    >>> format_persen(56.24881075)
    '56,25%'
    >>> format_persen(76.285), format_persen(20.625), format_persen(0.005)
    ('76,29%', '20,63%', '0,01%')
    >>> format_persen(None), format_persen(12.5, 0), format_persen(75, None), format_persen(12.5, None)
    ('-', '13%', '75%', '12,5%')
    >>> format_persen(99.996), format_persen(100.004), format_persen(50.004), format_persen(100.0)
    ('99,99%', '100,01%', '50,01%', '100,00%')
    >>> format_persen(99.6, 0), format_persen(0.3, 0), format_persen(49.6, 0), format_persen(89.999, None)
    ('99%', '1%', '50%', '89,99%')
    >>> format_persen(57 / 100 * 100), format_persen(7 / 25 * 100)      # 56.99999999999999, 28.000000000000004
    ('57,00%', '28,00%')
    """
    if _missing(x):
        return "-"
    d = 2 if digits is None else digits
    if _bulat(x) is None and d >= 0:
        value = _desimal(x, d)
        if value == value.to_integral_value() and (d > 0 or value in (0, 100)) \
                and abs(float(x) - float(value)) > 1e-12 * max(1.0, abs(float(value))):
            # rounded onto a whole number it is not (float noise such as 57 / 100 * 100 =
            # 56.99999999999999, 1e-16 of it, is that whole number; Rp5 short of Rp10 miliar,
            # 5e-10 of it, is not): one last digit off it, on its own side
            from decimal import Decimal

            langkah = Decimal(1).scaleb(-d)
            value = value - langkah if float(x) < value else value + langkah
        # written from the value rounded above, as format_angka writes it (never "-0")
        return f"{_tulis(abs(value) if value == 0 else value, digits is None)}%"
    return f"{format_angka(x, digits)}%"


def format_perubahan(selisih, persen=None, *, rupiah: bool = True, digits: int | None = None) -> str:
    """A change said in words: ``bertambah``/``berkurang`` with the amount, never a minus.

    Parameters
    ----------
    selisih : float
        The signed change (new minus old).
    persen : float, optional
        The signed change in percent of the old value; shown, without sign, in
        parentheses.
    rupiah : bool
        Format ``selisih`` as rupiah (default) or as a plain number (``digits``,
        as ``format_angka``).
    digits : int or None
        Decimals of a plain number (``rupiah=False``); None shows up to two.

    Returns
    -------
    str
        ``"bertambah Rp5.000.000 (16,67%)"``, ``"berkurang Rp5.000.000"``,
        ``"tidak berubah"`` when the change rounds to 0, ``"-"`` when missing.

    Examples
    --------
    >>> format_perubahan(5_000_000)
    'bertambah Rp5.000.000'
    >>> format_perubahan(-5_000_000, -100 / 6)
    'berkurang Rp5.000.000 (16,67%)'
    >>> format_perubahan(0), format_perubahan(0.4), format_perubahan(float("nan"))
    ('tidak berubah', 'tidak berubah', '-')
    >>> format_perubahan(-2.5, rupiah=False)
    'berkurang 2,5'
    """
    if _missing(selisih):
        return "-"
    teks = format_rupiah(abs(float(selisih))) if rupiah else format_angka(abs(float(selisih)), digits)
    places = 0 if rupiah else 2 if digits is None else digits
    n = _bulat(selisih) if places >= 0 else None
    if (n if n is not None else _desimal(selisih, places)) == 0:
        return "tidak berubah"
    arah = "bertambah" if float(selisih) > 0 else "berkurang"
    if persen is None or _missing(persen):
        return f"{arah} {teks}"
    return f"{arah} {teks} ({format_persen(abs(float(persen)))})"
