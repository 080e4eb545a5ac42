"""Property: the shortcuts of ``sources.headers`` answer as the full rules do: ``word_concept``
(an exact word looked up at once, a number answered without the fuzzy search) as the search over
every concept word, ``concepts`` (remembered per cell) and ``is_continuation`` (cells cleaned one
by one) as the rules written over whole lines."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from renja_analysis.numbers import clean_text
from renja_analysis.sources import headers
from renja_analysis.sources.headers import CONCEPTS, VOCABULARY, _ratio, _words


def _word_concept(word: str) -> str | None:
    """The rule as written before: exact words, then prefixes and near spellings, in order."""
    for concept, words in CONCEPTS.items():
        for w in words:
            if word == w:
                return concept
    for concept, words in CONCEPTS.items():
        for w in words:
            if len(word) >= 3 and len(w) > len(word) and w.startswith(word):
                return concept
            if len(word) >= 6 and len(w) >= 6 and _ratio(word, w) >= 80:
                return concept
    return None


def _is_continuation(cells: list[str]) -> bool:
    filled = [text for text in map(clean_text, cells) if text]
    if not filled:
        return False
    if len(filled) == 1 and headers._COLUMN_NUMBER.match(filled[0]):
        return False                    # a lone column number numbers no columns: a cell cut off its row
    for text in filled:
        if headers._COLUMN_NUMBER.match(text):
            continue
        for w in _words(text):
            if w.isdigit():
                if len(w) <= 4:
                    continue
                return False
            if w not in VOCABULARY and _word_concept(w) is None:
                return False
    return not headers._holds_data(cells)


WORD = st.one_of(st.sampled_from([w for ws in CONCEPTS.values() for w in ws] + ["keteranagn", "realisai", "ind",
                                                                                "omset", "2024", "123456", "", "%"]),
                 st.text("aeiknrst0123456789", max_size=11))
CELL = st.lists(st.sampled_from(["Program", "Indikator", "Target", "Realisasi", "Ket.", "Volume", "K", "(3)", "12",
                                 "2024", "1.250", "Omset", "123456", "<b>Satuan</b>", " ", ""]),
                max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(WORD)
def test_word_concept_answers_as_the_full_search(word):
    assert headers.word_concept(word) == _word_concept(word)


@settings(max_examples=200, deadline=None)
@given(st.lists(CELL, max_size=6))
def test_concepts_and_continuations_answer_as_the_line_rules(cells):
    assert headers.concepts(cells) == {c for cell in cells for w in _words(cell) if (c := _word_concept(w))}
    assert headers.is_continuation(cells) == _is_continuation(cells)


def test_continuations_by_hand():
    # caption words and column numbers only, no data: a continuation
    assert headers.is_continuation(["", "", "Volume", "Satuan", "", "K"])
    assert headers.is_continuation(["(1)", "(2)", "Tahun 2024", "<b>Rp</b>"])
    # a data row fails at its first filled cell that names nothing (the name), after its code
    assert not headers.is_continuation(["Pengadaan Alat", "Unit", "12"])
    assert not headers.is_continuation(["1", "2.17.01", "Pengadaan Alat", "12"])
    # caption words, but a number of three digits or more is data; no filled cell is nothing
    assert not headers.is_continuation(["Volume", "125"])
    assert not headers.is_continuation(["", " ", "<b></b>"])
    # one column number alone numbers no columns: a row's No. on a line of its own, not a header line
    assert not headers.is_continuation(["5", "", "", ""])
    assert not headers.is_continuation(["", "", "(12)"])
    assert headers.is_continuation(["", "", "5", "6"])


def test_words_come_one_at_a_time():
    words = headers._words("<b>Target  Renja</b> 2024 (%)")
    assert next(words) == "target"                       # the first word before the others are found
    assert list(words) == ["renja", "2024", "%"]
