"""Names: normalise them, infer each row's level, match rows across tables.

The same program or sub kegiatan is spelled differently from table to table
(missing spaces, truncation, typos, an acronym for a long phrase, with or without
the ``Kegiatan`` prefix). Joins therefore use a normalised key and fuzzy
similarity (rapidfuzz), and rows are aligned in document order so that a
position never outweighs a clearly better name match.
"""
from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from operator import itemgetter

import numpy as np
import pandas as pd

from .caches import per_document
from .config import NAME_MATCH_THRESHOLD
from .numbers import clean_text

LEVELS = ("program", "kegiatan", "sub_kegiatan")
_PREFIX = re.compile(r"^\s*(sub\s*kegiatan|kegiatan|program)\b[\s:.-]*", re.IGNORECASE)
_STOP = {"dan", "serta", "atau", "yang", "di", "ke"}
_ACRONYM = re.compile(r"\(([a-z]{2,8})\)")
_NON_WORD = re.compile(r"[^0-9a-z()]+")


def normalise_name(name) -> str:
    """The join form of a name: lower case, no level prefix, no punctuation.

    Examples
    --------
    >>> normalise_name("<b>Kegiatan Perencanaan, Penganggaran,dan Evaluasi</b>")
    'perencanaan penganggaran dan evaluasi'
    >>> normalise_name("PROGRAM PELAYANAN IZIN USAHASIMPAN PINJAM")
    'pelayanan izin usahasimpan pinjam'

    A missing name (None, NaN, ``pd.NA``) has the empty form, never the words "nan" or "na":

    >>> normalise_name(float("nan")), normalise_name(pd.NA), normalise_name(None)
    ('', '', '')
    """
    if type(name) is str:
        memo = _NORMALISED
        if memo is None:
            return _normalised(name)
        norm = memo.get(name)
        if norm is None:
            norm = memo[name] = _normalised.__wrapped__(name)
        return norm
    if name is None or name is pd.NA or (isinstance(name, float) and name != name):
        return ""
    return _normalised.__wrapped__(name)


@per_document(maxsize=1 << 16)
def _normalised(name) -> str:
    """``normalise_name``, remembered per name: tables are joined, deduplicated and matched by
    the same names again and again."""
    text = unicodedata.normalize("NFKC", clean_text(name)).casefold()
    text = _PREFIX.sub("", text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.replace("(", " (").replace(")", ") ").split())


def _collapse_acronym(words: list[str], acronym: str, end: int) -> list[str] | None:
    """Replace the words before ``end`` whose initials spell ``acronym`` (in any order)."""
    letters = set(acronym)
    start = end
    used = []
    while start > 0:
        w = words[start - 1]
        if w in _STOP:
            start -= 1
            continue
        if w[0] in letters:
            used.append(w[0])
            start -= 1
            continue
        break
    while start < end and words[start] in _STOP:
        start += 1
    if len(used) < len(acronym) or set(used) != letters:
        return None
    return words[:start] + [acronym] + words[end + 1:]


def name_forms(name) -> list[str]:
    """Space-free comparison keys of a name: as written, and with any
    parenthesised acronym standing for the phrase it abbreviates.

    Examples
    --------
    >>> name_forms("PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)")
    ['pengembanganusahamenengahusahakecildanusahamikroumkm', 'pengembanganumkm']
    >>> name_forms("Pemulihan Usaha Mikro")
    ['pemulihanusahamikro']
    """
    try:
        return list(_forms(name))
    except TypeError:                  # an unhashable value: not cached
        return list(_forms.__wrapped__(name))


@per_document(maxsize=1 << 16)
def _forms(name) -> tuple[str, ...]:
    """``name_forms`` as a tuple, remembered: every table joins the same names."""
    return _forms_from(normalise_name(name))


def _forms_from(norm: str) -> tuple[str, ...]:
    """``name_forms`` of a name whose ``normalise_name`` is ``norm``."""
    forms = [norm.replace("(", "").replace(")", "")]
    words = norm.split() if "(" in norm else []     # an acronym is written in parentheses
    for i, w in enumerate(words):
        m = _ACRONYM.fullmatch(w)
        if m:
            collapsed = _collapse_acronym(words, m.group(1), i)
            if collapsed:
                forms.append(" ".join(collapsed))
    return tuple(f.replace(" ", "").replace("(", "").replace(")", "") for f in dict.fromkeys(forms))


def similarity(a, b) -> float:
    """Similarity of two names, 0-100, tolerant of spacing, truncation and acronyms.

    Examples
    --------
    >>> similarity("Penyediaan Jasa Pelayanan Umu", "Penyediaan Jasa Pelayanan Umum Kantor")
    95.0
    >>> similarity("PROGRAM PENGEMBANGAN UMKM",
    ...            "PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)")
    100.0
    >>> similarity("Pemulihan Usaha Mikro", "Pemulihan Usaha Koperasi") < 80
    True

    The value is ``score_matrix([a], [b])``'s: one scoring rule (``_Choices.scores``) for
    every comparison of names.
    """
    return float(_block_scores([name_forms(a)], [name_forms(b)])[0, 0])


#: The name forms of every name seen while ``forms_remembered`` is open (None: closed) ...
_REMEMBERED: dict | None = None
#: ... and the ``normalise_name`` of every name.
_NORMALISED: dict | None = None


@contextlib.contextmanager
def forms_remembered():
    """Within this block, the ``name_forms`` and ``normalise_name`` of every name are
    computed once and kept, not only those of the last 65,536 names (the caches of
    ``_forms`` and ``_normalised``): a document's tables join the same names again and
    again, and a document of 100,000 rows per table holds more names than those caches (the
    forms of a name read before from Tabel 2.2 would be normalised again). Everything kept
    is let go when the outermost block ends; the answers are the same inside and outside (a
    name's forms depend on the name only).

    >>> with forms_remembered():
    ...     score_matrix(["Pemulihan Usaha Mikro"], ["PEMULIHAN USAHA MIKRO"]).tolist()
    [[100.0]]
    """
    global _REMEMBERED, _NORMALISED
    outer = _REMEMBERED is not None
    if not outer:
        _REMEMBERED, _NORMALISED = {}, {}
    try:
        yield
    finally:
        if not outer:
            _REMEMBERED = _NORMALISED = None


#: Names of pure ASCII text are normalised together (``_normalised_many``) from this many
#: new ones on: below it the per-name path is faster (each Arrow pass costs a few microseconds).
_MIN_BATCH = 128
#: White space as ``str.split`` (and so ``clean_text``) sees it, among ASCII characters.
_W = r"[\t\n\x0b\x0c\r\x1c-\x1f ]"
#: ``_PREFIX`` for lower-case ASCII text whose white space is not yet collapsed: where
#: ``clean_text`` leaves one space, ``\s*`` saw one space; here it sees the run it stands for.
_PREFIX_ASCII = rf"^{_W}*(sub{_W}*kegiatan|kegiatan|program)\b[\t\n\x0b\x0c\r\x1c-\x1f :.-]*"


def _lower_ascii(names: list):
    """ASCII texts as one Arrow array in lower case, bold markers (``numbers._TAG``) out: the
    first steps of ``_normalised`` and ``_marked_level``, white space not yet collapsed (for
    ASCII text NFKC changes nothing and ``casefold`` is ``lower``)."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    text = pc.ascii_lower(pa.array(names, type=pa.string()))
    if pc.any(pc.match_substring(text, "<")).as_py():
        text = pc.replace_substring_regex(text, "</?b>", "")
    return text


def _normalised_many(names: list) -> list:
    """``normalise_name`` of every name, for a list of ASCII texts (``str.isascii``), the steps
    of ``_normalised`` done over the whole list at once with Arrow's compute functions (RE2
    patterns): lower case, bold markers out, the level prefix out (``_PREFIX_ASCII``). A name
    then made of letters, digits and single spaces between words (most) is done; the others
    go on: every run of other characters than ``0-9 a-z ( )`` a space, a space either side of
    a parenthesis, spaces collapsed. For ASCII text each pattern matches what ``_normalised``'s
    does (``\\b`` is the same for ASCII letters and digits); other text must go through
    ``_normalised``.

    >>> names = ["<b>Kegiatan Perencanaan, Penganggaran,dan Evaluasi</b>", "SUB  KEGIATAN X (ABC)-1", "",
    ...          "Program Satu Dua"]
    >>> _normalised_many(names) == [_normalised.__wrapped__(x) for x in names]
    True
    """
    import pyarrow.compute as pc

    text = pc.replace_substring_regex(_lower_ascii(names), _PREFIX_ASCII, "", max_replacements=1)
    other = np.flatnonzero(pc.match_substring_regex(text, "[^0-9a-z ]|  |^ | $").to_numpy(zero_copy_only=False))
    out = text.to_pylist()
    if len(other):
        rest = pc.replace_substring_regex(text.take(other), "[^0-9a-z()]+", " ")
        rest = pc.replace_substring(pc.replace_substring(rest, "(", " ("), ")", ") ")
        rest = pc.utf8_trim(pc.replace_substring_regex(rest, " +", " "), " ")
        for i, norm in zip(other.tolist(), rest.to_pylist()):
            out[i] = norm
    return out


def _remember_norms(names: list, norms: dict) -> None:
    """Keep in ``norms`` the ``normalise_name`` of the ASCII texts of ``names`` not kept yet, all
    at once (``_normalised_many``)."""
    todo = [x for x in dict.fromkeys(names) if type(x) is str and x.isascii() and x not in norms]
    if todo:
        norms.update(zip(todo, _normalised_many(todo)))


def normalise_names(names: Sequence) -> list:
    """``normalise_name`` of every name of a list, a missing name (None) kept as None. While
    ``forms_remembered`` is open, the new ASCII names of a long list are normalised together
    (``_normalised_many``) and kept; the answers are those of ``normalise_name``.

    Examples
    --------
    >>> normalise_names(["<b>Kegiatan Perencanaan, Penganggaran</b>", None, "PROGRAM X"])
    ['perencanaan penganggaran', None, 'x']
    """
    names = names if isinstance(names, list) else list(names)
    norms = _NORMALISED
    if norms is not None and len(names) >= _MIN_BATCH:
        _remember_norms(names, norms)
    return [None if x is None else normalise_name(x) for x in names]


def _fill_forms(names: list, memo: dict) -> None:
    """Put the ``name_forms`` tuple of every text of ``names`` (distinct, not in ``memo``) in
    ``memo``. Many at once: each name's ``normalise_name`` (kept, ``_NORMALISED``) taken from
    what was kept, else for ASCII names ``_normalised_many``, else one by one; a name whose
    normalised form without spaces (one Arrow pass over all) is letters and digits only (no
    parenthesis, so no acronym) has that one form, the others go through ``_forms_from``.
    Few: one by one."""
    norms = _NORMALISED
    if len(names) < _MIN_BATCH or norms is None:
        for x in names:
            memo[x] = _forms.__wrapped__(x)
        return
    import pyarrow as pa
    import pyarrow.compute as pc

    _remember_norms(names, norms)
    known: list[str] = [norm if norm is not None else normalise_name(x)
                        for x, norm in zip(names, map(norms.get, names))]
    joined = pc.replace_substring(pa.array(known, type=pa.string()), " ", "").to_pylist()
    memo.update(zip(names, [(form,) if form.isalnum() or not form else _forms_from(norm)
                            for norm, form in zip(known, joined)]))


def _forms_of(names: Sequence) -> list:
    memo = _REMEMBERED
    if memo is None:
        return [_forms(x) if isinstance(x, str) else tuple(name_forms(x)) for x in names]
    names = names if isinstance(names, list) else list(names)
    try:
        out = list(map(memo.get, names))      # the names seen before, at C speed
    except TypeError:                         # an unhashable value among them
        out = [memo.get(x) if isinstance(x, str) else None for x in names]
    missing = [i for i, fs in enumerate(out) if fs is None] if None in out else []
    if len(missing) >= _MIN_BATCH:
        new = list(dict.fromkeys(x for x in map(names.__getitem__, missing) if type(x) is str))
        _fill_forms(new, memo)
        out = [memo.get(x) if type(x) is str else None for x in names]
        missing = [i for i, fs in enumerate(out) if fs is None]
    for i in missing:
        x = names[i]
        if isinstance(x, str):
            fs = memo.get(x)
            if fs is None:
                fs = memo[x] = _forms.__wrapped__(x)
        else:
            fs = tuple(name_forms(x))
        out[i] = fs
    return out


#: A long name cut short: a form of at least this many letters that begins another form ...
_CUT_SHORT = 20
#: ... scores at least this against it (``_Choices.scores``, ``_pair_scores``).
_CUT_SHORT_SCORE = 95.0


def _block_scores(fa: list[list[str]], fb: list[list[str]], cutoff: float | None = None) -> np.ndarray:
    """``score_matrix`` of two lists of ``name_forms`` (the work behind it).

    ``_Choices.scores`` against every form of ``fb``, the one place the rule is written:
    every pair of forms is scored at once (rapidfuzz ``cdist``, in C); a shorter form
    of at least 20 letters that begins the longer one scores at least 95 (found by
    bisecting the sorted forms, not by trying every pair); each name pair keeps the
    best of its form pairs. Pairs of two single forms shorter than 20 letters keep
    ``cdist``'s single-precision value, as they always have. With ``cutoff``, scores
    below it may come out as 0 (faster; what ``align`` and ``infer_levels`` need).
    """
    if not fa or not fb:
        return np.zeros((len(fa), len(fb)))
    choices = _Choices(fb)
    return choices.scores(fa, np.arange(len(choices.flat)), cutoff)[1]


def score_matrix(a: Sequence, b: Sequence) -> np.ndarray:
    """Pairwise ``similarity`` of two name lists as an ``len(a) x len(b)`` array.

    Memory and time grow with ``len(a) * len(b)``: for long tables ``align``
    scores only the pairs it needs.

    Examples
    --------
    >>> score_matrix(["Pemulihan Usaha Mikro", "PROGRAM PENGEMBANGAN UMKM"],
    ...              ["Pemulihan Usaha Mikro", "Penyediaan Jasa Pelayanan Umum Kantor"]).round(1).tolist()
    [[100.0, 42.3], [45.7, 44.9]]
    """
    return _block_scores(_forms_of(a), _forms_of(b))


#: A gap between anchors of at most this many cells is aligned with the full matrix.
MAX_SEL_CELAH = 1_000_000
#: Half-width of the band searched in a larger gap (rows either side of its diagonal).
LEBAR_PITA = 200


def _partners(fa, fb, la, lb) -> tuple[np.ndarray, np.ndarray]:
    """Each row's partner on the other side (-1: none): the one row that shares a key with
    it (a non-empty ``name_forms`` form, with the row's level when levels are given), when
    each of its keys belongs to it alone on its side and to at most one row on the other,
    and all its keys that the other side has point to the same row. Found for all rows at
    once: the keys of both sides are numbered together (``pandas.factorize``) and counted.

    >>> fa, fb = _forms_of(["A Satu", "B Dua", "B Dua"]), _forms_of(["B Dua", "A Satu"])
    >>> [x.tolist() for x in _partners(fa, fb, None, None)]
    [[1, -1, -1], [-1, 0]]
    """
    sides = []
    for forms, levels in ((fa, la), (fb, lb)):
        count = np.fromiter(map(len, forms), dtype=np.intp, count=len(forms))
        side_forms = list(itertools.chain.from_iterable(forms))
        row = np.repeat(np.arange(len(forms)), count)
        level = None if levels is None else np.repeat(np.asarray(levels, dtype=object), count)
        sides.append((side_forms, row, level, int(count.max(initial=0))))
    flat = sides[0][0] + sides[1][0]
    code = pd.factorize(np.array(flat, dtype=object))[0].astype(np.int64)
    if la is not None or lb is not None:
        level = np.concatenate([np.full(len(s[0]), None, dtype=object) if s[2] is None else s[2] for s in sides])
        lcode = pd.factorize(level)[0].astype(np.int64) + 1      # None: -1 -> 0
        code = pd.factorize(code * (int(lcode.max(initial=0)) + 1) + lcode)[0].astype(np.int64)
    n_keys = int(code.max(initial=-1)) + 1
    nonempty = np.fromiter(map(len, flat), dtype=np.intp, count=len(flat)) > 0
    split = len(sides[0][0])
    keyed = []
    for (_, row, _, most), lo, hi in ((sides[0], 0, split), (sides[1], split, len(flat))):
        keep = nonempty[lo:hi]
        if most <= 1:                   # one form a row: each row has its key once already
            keyed.append((row[keep], code[lo:hi][keep]))
            continue
        # (row, key) pairs, each once (a row counts once per key, as a set of rows does)
        pair = _distinct(row[keep] * max(n_keys, 1) + code[lo:hi][keep])
        keyed.append((pair // max(n_keys, 1), pair % max(n_keys, 1)))
    counts = [np.bincount(key, minlength=n_keys) for _, key in keyed]
    out = []
    for s, n in ((0, len(fa)), (1, len(fb))):
        row, key = keyed[s]
        own, other = counts[s], counts[1 - s]
        other_row, other_key = keyed[1 - s]
        sole = np.full(n_keys, -1, dtype=np.int64)
        sole[other_key] = other_row                 # the other side's row of a key it has once
        bad = np.zeros(n, dtype=bool)
        bad[row[(own[key] > 1) | (other[key] > 1)]] = True
        hit = other[key] == 1
        high = np.full(n, -1, dtype=np.int64)
        if sides[s][3] <= 1:            # a row's one key: its partner, if any, is that key's row
            high[row[hit]] = sole[key[hit]]
            out.append(np.where(~bad, high, -1))
            continue
        low = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(low, row[hit], sole[key[hit]])
        np.maximum.at(high, row[hit], sole[key[hit]])
        out.append(np.where(~bad & (high >= 0) & (low == high), high, -1))
    return out[0], out[1]


def _anchors(fa, fb, la, lb) -> list[tuple[int, int]]:
    """Pairs of rows whose names are exactly equal (a common ``name_forms`` key, same
    level) and unique on both sides, reduced to the longest chain that is increasing
    on both sides (longest increasing subsequence): fixed points of the alignment
    (``_anchor_arrays`` as pairs)."""
    rows_a, rows_b = _anchor_arrays(fa, fb, la, lb)
    return list(zip(rows_a.tolist(), rows_b.tolist()))


def _anchor_arrays(fa, fb, la, lb) -> tuple[np.ndarray, np.ndarray]:
    """``_anchors`` as two arrays: the anchors' rows on each side."""
    part_a, part_b = _partners(fa, fb, la, lb)
    mutual = np.flatnonzero(part_a >= 0)
    mutual = mutual[part_b[part_a[mutual]] == mutual]
    if (np.diff(part_a[mutual]) > 0).all():
        return mutual, part_a[mutual]   # increasing on both sides already: the chain is all of them
    pairs = list(zip(mutual.tolist(), part_a[mutual].tolist()))
    # longest chain increasing in j (pairs are increasing in i): patience sorting
    tails: list[int] = []          # tails[k]: index into pairs of the chain of length k+1
    ends: list[int] = []           # ends[k]: the j of pairs[tails[k]], increasing (bisected in C)
    back = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(ends, j)
        if pos:
            back[k] = tails[pos - 1]
        if pos == len(tails):
            tails.append(k)
            ends.append(j)
        else:
            tails[pos] = k
            ends[pos] = j
    chain = []
    k = tails[-1] if tails else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    rows = np.array(chain[::-1], dtype=np.intp).reshape(-1, 2)
    return rows[:, 0], rows[:, 1]




def _gain(fa, fb, la, lb, i0, i1, j0, j1, threshold):
    """Scores and gains (``score - threshold + 1``, -inf where not allowed) of a block."""
    scores = _block_scores(fa[i0:i1], fb[j0:j1], cutoff=threshold)
    allowed = scores >= threshold
    if la is not None:
        allowed &= np.asarray(la[i0:i1], dtype=object)[:, None] == np.asarray(lb[j0:j1], dtype=object)[None, :]
    return scores, np.where(allowed, scores - threshold + 1.0, -np.inf)


def _align_full(fa, fb, la, lb, i0, i1, j0, j1, threshold) -> list:
    """Needleman-Wunsch on one block (rows ``i0:i1`` against ``j0:j1``), row by row:
    ``best[i, j] = max(best[i-1, j], best[i, j-1], best[i-1, j-1] + gain)`` is, along a
    row, a running maximum of ``max(up, diagonal)``."""
    n, m = i1 - i0, j1 - j0
    scores, gain = _gain(fa, fb, la, lb, i0, i1, j0, j1, threshold)
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        step = np.maximum(best[i - 1, 1:], best[i - 1, :-1] + gain[i - 1])
        best[i, 1:] = np.maximum.accumulate(step)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            pairs.append((i0 + i - 1, j0 + j - 1, float(scores[i - 1, j - 1])))
            i, j = i - 1, j - 1
    return pairs[::-1]


def _align_band(fa, fb, la, lb, i0, i1, j0, j1, threshold, width=LEBAR_PITA) -> list:
    """Needleman-Wunsch restricted to a band around the block's diagonal: row ``i``
    may match columns within ``width`` (at least the slope) of ``i * m / n``. Memory
    and time grow with ``n * width``, not ``n * m``."""
    n, m = i1 - i0, j1 - j0
    w = max(width, -(-m // max(n, 1)) + 1)
    centre = (np.arange(n + 1) * m) // max(n, 1)
    lo = np.clip(centre - w, 0, m)
    hi = np.clip(centre + w, 0, m)
    lo[0], hi[-1] = 0, m
    rows = [np.zeros(hi[0] - lo[0] + 1)]
    score_rows = [None]
    chunk = 256
    for c0 in range(1, n + 1, chunk):
        c1 = min(n + 1, c0 + chunk)
        # row i (1-based) pairs a-row i-1 with columns j in lo[i]..hi[i] (cells j >= 1)
        b0, b1 = max(int(lo[c0]) - 1, 0), int(hi[c1 - 1])
        scores, gain = _gain(fa, fb, la, lb, i0 + c0 - 1, i0 + c1 - 1, j0 + b0, j0 + b1, threshold)
        for i in range(c0, c1):
            prev, plo, phi = rows[-1], int(lo[i - 1]), int(hi[i - 1])
            cols = np.arange(int(lo[i]), int(hi[i]) + 1)
            up = np.full(len(cols), -np.inf)
            inside = (cols >= plo) & (cols <= phi)
            up[inside] = prev[cols[inside] - plo]
            diag = np.full(len(cols), -np.inf)
            ok = (cols - 1 >= plo) & (cols - 1 <= phi) & (cols >= 1)
            diag[ok] = prev[cols[ok] - 1 - plo] + gain[i - c0, cols[ok] - 1 - b0]
            step = np.maximum(up, diag)
            if cols[0] == 0:
                step[0] = 0.0
            rows.append(np.maximum.accumulate(step))
            score_rows.append(scores[i - c0, max(int(lo[i]) - 1, 0) - b0: int(hi[i]) - b0])

    def at(i, j):
        if lo[i] <= j <= hi[i]:
            return rows[i][j - lo[i]]
        return -np.inf

    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        here = at(i, j)
        if here == at(i - 1, j):
            i -= 1
        elif here == at(i, j - 1):
            j -= 1
        else:
            pairs.append((i0 + i - 1, j0 + j - 1, float(score_rows[i][j - 1 - max(int(lo[i]) - 1, 0)])))
            i, j = i - 1, j - 1
    return pairs[::-1]


def align(a_names: Sequence, b_names: Sequence, a_levels: Sequence | None = None,
          b_levels: Sequence | None = None, threshold: float = NAME_MATCH_THRESHOLD):
    """Align two ordered lists of names (Needleman-Wunsch, no crossings).

    Pairs must reach ``threshold`` similarity and, when levels are given, have the
    same level. Among monotone matchings the one with the largest total
    ``score - threshold + 1`` wins, so order is respected but never forces a
    poor match.

    In linear time: rows whose names are equal (a common ``name_forms`` key) and
    unique on both sides are fixed first (anchors, kept in increasing order on both
    sides), and the dynamic programme runs only in the gaps between them; a gap of
    more than ``MAX_SEL_CELAH`` cells is searched in a band of ``LEBAR_PITA`` rows
    around its diagonal, so memory stays bounded.

    Returns
    -------
    list of (i, j, score)
        Matched index pairs in order; unmatched rows are simply absent.

    Examples
    --------
    >>> align(["Program A Satu", "Kegiatan Dua Dua", "Tiga Tiga Tiga"],
    ...       ["PROGRAM A SATU", "Tiga Tiga Tiga"])
    [(0, 0, 100.0), (2, 1, 100.0)]
    >>> align(["Penyediaan Barang Cetak", "Penyediaan Jasa Pelayanan Umum Kantor"],
    ...       ["Penyediaan Barang Cetak", "Penyediaan Jasa Pelayanan Umu"])
    [(0, 0, 100.0), (1, 1, 95.0)]
    """
    fa, fb = _forms_of(a_names), _forms_of(b_names)
    la = lb = None
    if a_levels is not None and b_levels is not None:
        la, lb = list(map(str, a_levels)), list(map(str, b_levels))
    n, m = len(fa), len(fb)
    rows_a, rows_b = _anchor_arrays(fa, fb, la, lb)
    # the gap before each anchor (and the one after the last): rows i0:i1 against j0:j1
    i1, j1 = np.append(rows_a, n), np.append(rows_b, m)
    i0, j0 = np.concatenate([[0], rows_a + 1]), np.concatenate([[0], rows_b + 1])
    # a gap of one row on each side (one name spelled otherwise in each table, the usual gap)
    # is decided with the others like it: the pair is taken where it may match
    one = np.flatnonzero((i1 - i0 == 1) & (j1 - j0 == 1))
    scores = np.concatenate([np.zeros(0)] + [
        _pair_scores([fa[i] for i in i0[part].tolist()], [fb[j] for j in j0[part].tolist()], cutoff=threshold)
        for part in (one[k:k + _SATU_BLOK] for k in range(0, len(one), _SATU_BLOK))])
    taken = scores >= threshold
    if la is not None and lb is not None and len(one):
        taken &= np.array(la, dtype=object)[i0[one]] == np.array(lb, dtype=object)[j0[one]]
    # the pairs, each with its place: 2k for gap k's, 2k + 1 for anchor k
    found_i, found_j, found_s = [rows_a, i0[one][taken]], [rows_b, j0[one][taken]], [np.full(len(rows_a), 100.0),
                                                                                     scores[taken]]
    place = [2 * np.arange(len(rows_a)) + 1, 2 * one[taken]]
    for k in np.flatnonzero((i1 > i0) & (j1 > j0) & ~((i1 - i0 == 1) & (j1 - j0 == 1))).tolist():
        gi0, gi1, gj0, gj1 = int(i0[k]), int(i1[k]), int(j0[k]), int(j1[k])
        method = _align_full if (gi1 - gi0) * (gj1 - gj0) <= MAX_SEL_CELAH else _align_band
        got = method(fa, fb, la, lb, gi0, gi1, gj0, gj1, threshold)
        if got:
            found_i.append(np.array([p[0] for p in got], dtype=np.intp))
            found_j.append(np.array([p[1] for p in got], dtype=np.intp))
            found_s.append(np.array([p[2] for p in got], dtype=np.float64))
            place.append(np.full(len(got), 2 * k))
    order = np.argsort(np.concatenate(place), kind="stable")
    return list(zip(np.concatenate(found_i)[order].tolist(), np.concatenate(found_j)[order].tolist(),
                    np.concatenate(found_s)[order].tolist()))


#: One-by-one gaps between anchors scored together this many at a time (pairs of names scored
#: in one ``_pair_scores`` call: memory bounded).
_SATU_BLOK = 4096


def _pair_scores(fa: list, fb: list, cutoff: float | None = None) -> np.ndarray:
    """``_block_scores([fa[k]], [fb[k]], cutoff)[0, 0]`` for every ``k`` (two lists of
    ``name_forms`` of one length), the same rule pair by pair instead of a matrix: every pair
    of forms scored by rapidfuzz ``cpdist`` (``fuzz.ratio``, the value ``cdist`` gives the
    pair), at least 95 where a form of at least 20 letters begins the other, each name pair
    the best of its form pairs, two single forms one of which is shorter than 20 letters in
    single precision.

    >>> fa, fb = _forms_of(["Pemulihan Usaha Mikro", "Lain Sekali"]), _forms_of(["Pemulihan Usaha Mikr0", "Jauh"])
    >>> _pair_scores(fa, fb).tolist() == [float(_block_scores([x], [y])[0, 0]) for x, y in zip(fa, fb)]
    True
    """
    n = len(fa)
    if not n:
        return np.zeros(0)
    from rapidfuzz import fuzz, process  # imported when names are first compared

    count_a = np.fromiter(map(len, fa), dtype=np.intp, count=n)
    count_b = np.fromiter(map(len, fb), dtype=np.intp, count=n)
    if (count_a == 1).all() and (count_b == 1).all():
        xa, xb = [fs[0] for fs in fa], [fs[0] for fs in fb]
    else:                               # every form of a against every form of b, pair by pair
        xa = [x for fs, gs in zip(fa, fb) for x in fs for _ in gs]
        xb = [y for fs, gs in zip(fa, fb) for _ in fs for y in gs]
    scores = process.cpdist(xa, xb, scorer=fuzz.ratio, dtype=np.float64, score_cutoff=cutoff)
    len_a = np.fromiter(map(len, xa), dtype=np.intp, count=len(xa))
    len_b = np.fromiter(map(len, xb), dtype=np.intp, count=len(xb))
    for k in np.flatnonzero(np.minimum(len_a, len_b) >= _CUT_SHORT).tolist():
        x, y = xa[k], xb[k]
        if (y.startswith(x) if len(x) <= len(y) else x.startswith(y)):
            scores[k] = max(scores[k], _CUT_SHORT_SCORE)
    per = count_a * count_b
    if len(xa) > n:
        scores = np.maximum.reduceat(scores, np.cumsum(per) - per)
    first_a = np.fromiter((len(fs[0]) for fs in fa), dtype=np.intp, count=n)
    first_b = np.fromiter((len(fs[0]) for fs in fb), dtype=np.intp, count=n)
    single = (count_a == 1) & (count_b == 1) & (np.minimum(first_a, first_b) < 20)
    scores[single] = scores[single].astype(np.float32)
    return scores


def _single_gaps(fa, fb, la, lb, cells: list, threshold: float) -> dict:
    """What ``_align_full`` gives each gap of one row against one row (``cells``: the (i, j) of
    each): the pair, keyed by ``i``, where the two names may match (score at least
    ``threshold``, the same level: its gain is then at least 1, else the pair is not taken).
    Each gap's two names scored as a pair (``_pair_scores``: the value ``_block_scores`` gives
    the gap alone), ``_SATU_BLOK`` gaps at a time, instead of one call per gap.

    >>> fa, fb = _forms_of(["Pemulihan Usaha Mikro", "Lain Sekali"]), _forms_of(["Pemulihan Usaha Mikr0", "Jauh"])
    >>> _single_gaps(fa, fb, None, None, [(0, 0), (1, 1)], 80.0)
    {0: (0, 0, 94.7368392944336)}
    >>> _single_gaps(fa, fb, ["program", "x"], ["kegiatan", "x"], [(0, 0), (1, 1)], 80.0)
    {}
    """
    found = {}
    for k in range(0, len(cells), _SATU_BLOK):
        part = cells[k:k + _SATU_BLOK]
        scores = _pair_scores([fa[i] for i, _ in part], [fb[j] for _, j in part], cutoff=threshold)
        for (i, j), score in zip(part, scores.tolist()):
            if score >= threshold and (la is None or la[i] == lb[j]):
                found[i] = (i, j, score)
    return found


#: Rows of queries scored at once when ``best_match`` scans the choices (bounds memory) ...
_BLOK = 256
#: ... and at most about this many (query, choice) cells at once: a block's score arrays are
#: several of this size (8 bytes a cell), so that 100,000 choices are scored 83 queries at a time
_SEL_BLOK = 1 << 23
#: ``best_match``'s candidate index finds every choice form within this many inserted or
#: deleted letters of a query form (Indel distance) without scoring the others ...
_EDITS = 2
#: ... and is built when at least this many distinct names have no exact match (fewer are
#: scanned: building it costs about 1 microsecond a choice, scanning 25 to 70 ns a pair).
_MIN_INDEXED = 32
#: Queries with no exact match, taken in sorted order, scored together at most this many at once.
_GROUP = 16
#: Score points the bounds keep in hand: a pair's score may differ from the rational value
#: a bound is computed from by rounding (double precision, then single for short names).
_MARGIN = 1e-3


def _ranges(start: np.ndarray, size: np.ndarray) -> np.ndarray:
    """``start[k], start[k] + 1, ..., start[k] + size[k] - 1`` for every ``k``, concatenated.

    >>> _ranges(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    total = int(size.sum())
    if not total:
        return np.zeros(0, dtype=np.intp)
    return np.repeat(start - (np.cumsum(size) - size), size) + np.arange(total)


def _distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of integers by sorting (faster than its hashing for a few thousand).

    >>> _distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _mix(hashes: np.ndarray, tags: np.ndarray) -> np.ndarray:
    """One 64-bit key per (string hash, tag) pair (wrapping arithmetic: equal pairs give equal
    keys; unequal pairs rarely collide, and a collision only adds a candidate)."""
    return hashes.astype(np.int64).view(np.uint64) * np.uint64(0x9E3779B97F4A7C15) + tags.astype(np.uint64)


#: The base of ``_SubstringHashes``' polynomial (odd: it has an inverse modulo 2**64) ...
_BASE = 0x100000001B3
#: ... and that inverse.
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)


def _powers(base: int, n: int) -> np.ndarray:
    """``base**u`` modulo 2**64 for ``u`` from 0 to ``n`` (``uint64``), computed in place.

    >>> _powers(3, 4).tolist()
    [1, 3, 9, 27, 81]
    """
    out = np.full(n + 1, base, dtype=np.uint64)
    out[0] = 1
    with np.errstate(over="ignore"):
        np.multiply.accumulate(out, out=out)
    return out


class _SubstringHashes:
    """Hashes of substrings of many strings, any number at once: the strings' characters in
    one array (UTF-32 code points), their prefix sums ``sum(c[u] * BASE**u)`` over the whole
    text (arithmetic modulo 2**64, numpy's wrapping ``uint64``); the hash of the characters
    ``[a, b)`` of string ``k``, starting at ``t = start[k] + a`` in the text, is
    ``(prefix[start[k] + b] - prefix[t]) * BASE**-t``: the same for equal substrings wherever
    they stand, whichever string. Unequal substrings rarely share one (a shared hash only adds
    a candidate to ``best_match``'s, which are all scored).

    >>> h = _SubstringHashes(["usahamikro", "mikrousaha"])
    >>> x = h.hash(np.array([0, 1, 0]), np.array([5, 0, 0]), np.array([10, 5, 5])).tolist()
    >>> x[0] == x[1] != x[2]
    True
    """

    def __init__(self, strings: list) -> None:
        size = np.fromiter(map(len, strings), dtype=np.intp, count=len(strings))
        self.start = np.cumsum(size) - size
        codes = np.frombuffer("".join(strings).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        n = len(codes)
        # in place, one array of the text's length at a time beside the result (memory: the
        # index of a 100,000-row table's names is built from millions of characters)
        with np.errstate(over="ignore"):
            power = _powers(_BASE, n)                      # BASE**u
            codes *= power[:n]
            del power
            self.prefix = np.empty(n + 1, dtype=np.uint64)
            self.prefix[0] = 0
            np.cumsum(codes, out=self.prefix[1:])
            del codes
            self.inverse = _powers(_BASE_INVERSE, n)       # BASE**-u

    def hash(self, which: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The hash (``int64``) of characters ``a[k]:b[k]`` of string ``which[k]``, for every ``k``."""
        first = self.start[which] + a
        with np.errstate(over="ignore"):
            return ((self.prefix[self.start[which] + b] - self.prefix[first]) * self.inverse[first]).view(np.int64)


#: Forms hashed together when ``_Choices`` builds its candidate index (memory: eight bytes per
#: character twice, for a block's characters only).
_INDEKS_BLOK = 16384


class _Choices:
    """The choices of one ``best_match`` call, prepared once: every name's forms in one list
    (``owner``: the name each form belongs to, names in order), their lengths, and, made when
    first needed, the forms sorted by length, the long forms sorted (prefix relation) and the
    candidate index."""

    def __init__(self, forms: list) -> None:
        n = len(forms)
        self.count = np.fromiter(map(len, forms), dtype=np.intp, count=n)
        self.start = np.cumsum(self.count) - self.count
        self.single = bool((self.count == 1).all())
        self.flat: list[str] = list(itertools.chain.from_iterable(forms))
        self.owner = np.repeat(np.arange(n), self.count)
        self.length = np.fromiter(map(len, self.flat), dtype=np.intp, count=len(self.flat))
        self.first_length = self.length[self.start]
        self.strings = np.array(self.flat, dtype=object)
        self._prefix_memo: dict[str, np.ndarray] = {}
        self._lex: list[str] | None = None
        self._lex_pos = np.zeros(0, dtype=np.intp)
        self._by_length: np.ndarray | None = None
        self._sorted_length = np.zeros(0, dtype=np.intp)
        self._keys = np.zeros(0, dtype=np.uint64)
        self._pos = np.zeros(0, dtype=np.intp)

    def prefixed(self, x: str) -> np.ndarray:
        """Positions of the forms in the 'long name cut short' relation with ``x``: a form of
        at least 20 letters that begins the other one (either way round); found by bisecting
        the sorted forms of 20 letters or more (only those can be in the relation)."""
        hit = self._prefix_memo.get(x)
        if hit is not None:
            return hit
        if self._lex is None:
            order = sorted(np.flatnonzero(self.length >= _CUT_SHORT).tolist(), key=self.flat.__getitem__)
            self._lex = [self.flat[p] for p in order]
            self._lex_pos = np.array(order, dtype=np.intp)
        keys, found = self._lex, []
        if len(x) >= _CUT_SHORT:         # the forms that begin with x (x itself included)
            lo = bisect.bisect_left(keys, x)
            found.append(self._lex_pos[lo:bisect.bisect_left(keys, x + "\x7f", lo)])
        for p in range(_CUT_SHORT, len(x)):     # the forms of 20 letters or more that x begins with
            y = x[:p]
            lo = bisect.bisect_left(keys, y)
            if lo < len(keys) and keys[lo] == y:
                found.append(self._lex_pos[lo:bisect.bisect_right(keys, y, lo)])
        hit = np.concatenate(found) if found else self._lex_pos[:0]
        self._prefix_memo[x] = hit
        return hit

    def scores(self, rows: list, positions: np.ndarray, cutoff: float | None) -> tuple[np.ndarray, np.ndarray]:
        """``score_matrix`` of ``rows`` (names' forms) against the names owning ``positions``
        (any order, repeats allowed): those names in order, and the scores, each value exactly
        the one ``_block_scores`` gives the pair (rows x names)."""
        if self.single:
            owners = pos = _distinct(positions)
        else:
            owners = _distinct(self.owner[positions])
            pos = _ranges(self.start[owners], self.count[owners])
        row_flat = list(itertools.chain.from_iterable(rows))
        from rapidfuzz import fuzz, process  # imported when names are first compared

        scores = process.cdist(row_flat, self.strings[pos], scorer=fuzz.ratio, dtype=np.float64,
                               score_cutoff=cutoff)
        for r, x in enumerate(row_flat):
            pref = self.prefixed(x)
            if len(pref):
                cols = np.searchsorted(pos, pref)
                inside = cols < len(pos)
                cols = cols[inside][pos[cols[inside]] == pref[inside]]
                scores[r, cols] = np.maximum(scores[r, cols], _CUT_SHORT_SCORE)
        count_r = np.fromiter(map(len, rows), dtype=np.intp, count=len(rows))
        if len(row_flat) > len(rows):
            scores = np.maximum.reduceat(scores, np.cumsum(count_r) - count_r, axis=0)
        count_c = self.count[owners]
        if len(pos) > len(owners):
            scores = np.maximum.reduceat(scores, np.cumsum(count_c) - count_c, axis=1)
        # single short forms on both sides: the single-precision value of the bulk scorer
        first_r = np.fromiter((len(fs[0]) for fs in rows), dtype=np.intp, count=len(rows))
        first_c = self.first_length[owners]
        if len(owners) and (first_r.min() < 20 or first_c.min() < 20):
            single = (count_r == 1)[:, None] & (count_c == 1)[None, :] & (np.minimum.outer(first_r, first_c) < 20)
            scores[single] = scores[single].astype(np.float32)
        return owners, scores

    def _index(self) -> None:
        """The candidate index: every form cut into ``_EDITS + 1`` pieces (piece ``i`` of a
        form of ``n`` letters is ``[i * n // P, (i + 1) * n // P)``), one sorted 64-bit key per
        (form length, piece number, piece text), the pieces' hashes computed for all forms at
        once (``_SubstringHashes``)."""
        parts = _EDITS + 1
        n = len(self.flat)
        keys = np.empty((parts, n), dtype=np.uint64)
        # the forms a block at a time (a substring's hash does not depend on where it stands):
        # the prefix sums of one block's characters at once, not of all the table's
        for k in range(0, n, _INDEKS_BLOK):
            pieces = _SubstringHashes(self.flat[k:k + _INDEKS_BLOK])
            length = self.length[k:k + _INDEKS_BLOK]
            which = np.arange(len(length))
            for i in range(parts):
                hashes = pieces.hash(which, i * length // parts, (i + 1) * length // parts)
                keys[i, k:k + len(length)] = _mix(hashes, length * parts + i)
        flat_keys = keys.ravel()
        order = np.argsort(flat_keys, kind="stable")
        self._keys = flat_keys[order]
        self._pos = order % max(n, 1)

    def candidates(self, rows: list) -> list[np.ndarray]:
        """For each row (a name's forms), the positions of at least every form within
        ``_EDITS`` inserted or deleted letters of one of the row's forms (see ``best_match``).
        Every (form, shift, piece) of the rows is looked up at once: the pieces' bounds by
        array arithmetic, their hashes by ``_SubstringHashes``."""
        if not len(self._keys):
            self._index()
        edits, parts = _EDITS, _EDITS + 1
        # (d, s): the form is d letters shorter than the query, an untouched piece is shifted
        # by s; the edits before the piece are at least |s|, those after it at least |d - s|
        shifts = np.array([(d, s) for d in range(-edits, edits + 1) for s in range(-edits, edits + 1)
                           if abs(s) + abs(d - s) <= edits], dtype=np.intp)
        count = np.fromiter(map(len, rows), dtype=np.intp, count=len(rows))
        flat = list(itertools.chain.from_iterable(rows))
        la = np.fromiter(map(len, flat), dtype=np.intp, count=len(flat))[:, None, None]
        lb = la - shifts[None, :, 0, None]                         # (form, shift, 1)
        piece = np.arange(parts)[None, None, :]
        a = piece * lb // parts + shifts[None, :, 1, None]         # (form, shift, piece), in loop order
        b = (piece + 1) * lb // parts + shifts[None, :, 1, None]
        ok = (lb >= 0) & (a >= 0) & (b <= la)
        form = np.broadcast_to(np.arange(len(flat))[:, None, None], ok.shape)[ok]
        if not len(form):
            return [self._pos[:0]] * len(rows)
        hashes = _SubstringHashes(flat).hash(form, a[ok], b[ok])
        keys = _mix(hashes, np.broadcast_to(lb * parts + piece, ok.shape)[ok])
        lo = np.searchsorted(self._keys, keys, side="left")
        size = np.searchsorted(self._keys, keys, side="right") - lo
        hits = self._pos[_ranges(lo, size)]
        row_of = np.repeat(np.arange(len(rows)), count)[form]
        per_row = np.bincount(row_of, weights=size, minlength=len(rows)).astype(np.intp)
        return np.split(hits, np.cumsum(per_row)[:-1])

    def scan(self, rows: list, todo: list, threshold: float, out: list) -> None:
        """``out[r]`` for the rows ``todo``: the best of every choice whose length lets it reach
        ``threshold`` (a ratio is at most ``200 * min(la, lb) / (la + lb)``) or that is in the
        prefix relation with the row; a block of rows at a time (memory bounded)."""
        if self._by_length is None:
            self._by_length = np.argsort(self.length, kind="stable")
            self._sorted_length = self.length[self._by_length]
        t = threshold - _MARGIN
        todo = sorted(todo, key=lambda r: min(map(len, rows[r])))   # neighbours share a window
        step = max(1, min(_BLOK, _SEL_BLOK // max(len(self.flat), 1)))
        for start in range(0, len(todo), step):
            block = todo[start:start + step]
            parts = []
            for r in block:
                for x in rows[r]:
                    if t <= 0:
                        parts.append(self._by_length)
                    else:
                        lo = np.searchsorted(self._sorted_length, math.ceil(len(x) * t / (200 - t)), side="left")
                        hi = np.searchsorted(self._sorted_length, math.floor(len(x) * (200 - t) / t), side="right")
                        parts.append(self._by_length[lo:hi])
                    parts.append(self.prefixed(x))
            positions = np.concatenate(parts)
            if not len(positions):
                continue
            owners, scores = self.scores([rows[r] for r in block], positions, threshold)
            best = scores.argmax(axis=1)
            values = scores[np.arange(len(block)), best]
            for r, k, value in zip(block, best.tolist(), values.tolist()):
                if value >= threshold:
                    out[r] = int(owners[k])

    def _decide(self, rows: list, group: list, positions: np.ndarray, threshold: float, out: list,
                todo: list) -> None:
        """``out[r]`` for the rows ``group`` whose answer the candidates ``positions`` (a
        superset of each row's candidates) prove; the others are added to ``todo``."""
        owners, scores = (self.scores([rows[r] for r in group], positions, threshold) if len(positions)
                          else (None, None))
        for i, r in enumerate(group):
            value, k = -1.0, 0
            if scores is not None and scores.shape[1]:
                k = int(scores[i].argmax())
                value = float(scores[i, k])
            # a choice that is not a candidate is more than _EDITS edits away from every form
            # of the row: its score is at most 200 * la / (2 * la + _EDITS + 1)
            bound = max(200.0 * len(x) / (2 * len(x) + _EDITS + 1) for x in rows[r]) + _MARGIN
            if value >= threshold and value > bound and owners is not None:
                out[r] = int(owners[k])
            elif not (value < threshold and bound < threshold):
                todo.append(r)

    def best(self, rows: list, threshold: float) -> list:
        """The answer of ``best_match`` for each row (a name's forms) that has no exact match."""
        if not 0 <= threshold <= 100:
            raise ValueError(f"threshold must be between 0 and 100, not {threshold}")
        out: list = [None] * len(rows)
        if len(rows) < _MIN_INDEXED or threshold - _MARGIN <= 0:
            self.scan(rows, list(range(len(rows))), threshold, out)
            return out
        todo: list[int] = []
        order = sorted(range(len(rows)), key=rows.__getitem__)   # alike names side by side
        for start in range(0, len(order), _BLOK):
            part = order[start:start + _BLOK]
            found = [np.concatenate([cand, *(self.prefixed(x) for x in rows[r])])
                     for r, cand in zip(part, self.candidates([rows[r] for r in part]))]
            for g in range(0, len(part), _GROUP):
                group, sets = part[g:g + _GROUP], found[g:g + _GROUP]
                union = _distinct(np.concatenate(sets))
                # alike names share most candidates: scored together (one bulk call) unless
                # that would score more than twice the pairs of scoring each alone
                if len(group) > 1 and len(group) * len(union) <= 2 * sum(map(len, sets)):
                    self._decide(rows, group, union, threshold, out, todo)
                else:
                    for r, positions in zip(group, sets):
                        self._decide(rows, [r], positions, threshold, out, todo)
        todo.sort()
        self.scan(rows, todo, threshold, out)
        return out


def best_match(queries: Sequence, choices: Sequence, threshold: float = NAME_MATCH_THRESHOLD) -> list:
    """For each query name, the index of the most similar choice (the first of equals),
    or None when even the best is below ``threshold``.

    The same answer as ``argmax`` over ``score_matrix(queries, choices)`` (the same
    scores, the first of equals, None below ``threshold``), without scoring every pair,
    in time that grows about linearly with the tables:

    1. A query whose name equals a choice's (a common ``name_forms`` key) takes the first
       such choice, found in a dictionary (equal forms score 100, nothing else does).
    2. The other queries are taken once per distinct name. With many of them (at least
       ``_MIN_INDEXED``), each is scored only against candidates: the choices in the 'long
       name cut short' relation (found by bisecting the sorted forms) and those an index
       proves may be within ``_EDITS`` edits. ``fuzz.ratio`` is
       ``100 * (la + lb - d) / (la + lb)`` with ``d`` the Indel distance (letters inserted
       or deleted). Each form of the choices is cut into ``_EDITS + 1`` pieces; an edit
       touches at most one piece, so a form within ``_EDITS`` edits of the query keeps one
       piece untouched, found in the query at its own place shifted by at most the edits
       before it (the index holds every piece keyed by form length, piece number and text;
       the query looks up each length within ``_EDITS`` of its own, each piece and each
       such shift). Every other choice is more than ``_EDITS`` edits away, so its ratio is
       at most ``200 * la / (2 * la + _EDITS + 1)`` (96 for 36 letters). When the best
       candidate scores above that bound (and reaches ``threshold``), no other choice can
       equal it: it is the answer; when the bound is below ``threshold`` and no candidate
       reaches it, the answer is None. The bound is exact (no answer is ever guessed), and
       one swapped pair of letters (2 edits) is found this way. Alike queries (in sorted
       order, ``_GROUP`` at a time) share most candidates and are scored in one call.
    3. The remaining queries (few, or not decided by the bound: no choice close to them)
       are scanned: scored against every choice whose length lets it reach ``threshold``
       (a ratio is at most ``200 * min(la, lb) / (la + lb)``), plus those in the prefix
       relation; a block of queries at a time (memory bounded). Time grows with their
       number times the choices; in the documents seen they are few.

    Why not a q-gram count filter instead: at ``threshold`` 80 the bound
    ``d <= 0.2 * (la + lb)`` lets a pair share as few as ``0.2 * (la + lb) - 1`` bigrams
    (and no trigram at all), which almost every pair of names in one document does; the
    filter is exact but prunes nothing. The piece index needs the much tighter bound a
    good candidate gives.

    Parameters
    ----------
    queries, choices : sequence of str
    threshold : float
        The lowest similarity (0-100) that counts as a match.

    Returns
    -------
    list of int or None
        One entry per query.

    Examples
    --------
    >>> best_match(["Pemulihan Usaha Mikro", "Pemulihan Usaha Mikr0", "Lain Sekali"],
    ...            ["Fasilitasi Usaha Mikro", "PEMULIHAN USAHA MIKRO"])
    [1, 1, None]
    """
    fq, fc = _forms_of(queries), _forms_of(choices)
    out: list = [None] * len(fq)
    if not fc or not fq:
        return out
    # each form's first name (built from the end, so that the first name is kept); names of
    # one form each (most) looked up at C speed
    if set(map(len, fc)) == {1}:
        first = dict(zip(map(itemgetter(0), reversed(fc)), range(len(fc) - 1, -1, -1)))
    else:
        first = {f: j for j, fs in zip(range(len(fc) - 1, -1, -1), reversed(fc)) for f in fs}
    if set(map(len, fq)) == {1}:
        out = list(map(first.get, map(itemgetter(0), fq)))
    else:
        out = [first.get(fs[0]) if len(fs) == 1 else min((first[f] for f in fs if f in first), default=None)
               for fs in fq]
    rest: dict = {}
    if None in out:
        for q in [q for q, j in enumerate(out) if j is None]:
            rest.setdefault(fq[q], []).append(q)
    if rest:
        for qs, j in zip(rest.values(), _Choices(fc).best(list(rest), threshold)):
            if j is not None:
                for q in qs:
                    out[q] = j
    return out


def marked_level(name) -> str | None:
    """The level a name announces by its own prefix, if any.

    Examples
    --------
    >>> marked_level("<b>PROGRAM PENGEMBANGAN UMKM</b>"), marked_level("Kegiatan Penilaian")
    ('program', 'kegiatan')
    >>> marked_level("Sub Kegiatan Pemulihan"), marked_level("Pemulihan Usaha Mikro") is None
    ('sub_kegiatan', True)
    """
    if type(name) is str:
        return _marked_level(name)
    return _marked_level.__wrapped__(name)


@per_document(maxsize=1 << 16)
def _marked_level(name) -> str | None:
    """``marked_level``, remembered per name (each table's names are read for their level)."""
    m = _PREFIX.match(clean_text(name))
    if not m:
        return None
    word = m.group(1).lower().replace(" ", "")
    return {"program": "program", "kegiatan": "kegiatan", "subkegiatan": "sub_kegiatan"}[word]


def _marked_levels(names: list) -> list:
    """``marked_level`` of every name of a list: each distinct text once, those of ASCII text
    (many of them) together with Arrow's compute functions (``_lower_ascii``: for ASCII text
    ``_PREFIX`` ignoring case, after ``clean_text``, matches where these patterns match in the
    lower-case text whose white space is not collapsed), the others one by one.

    >>> _marked_levels(["<b>PROGRAM X</b>", "Sub  Kegiatan Y", "Satu", None, "Kegiatan Z"] * 30)[:5]
    ['program', 'sub_kegiatan', None, None, 'kegiatan']
    """
    if len(names) < _MIN_BATCH:
        return [marked_level(n) for n in names]
    try:
        distinct = list(dict.fromkeys(names))
    except TypeError:                   # an unhashable value among them
        return [marked_level(n) for n in names]
    plain = [x for x in distinct if type(x) is str and x.isascii()]
    found: dict = {}
    if len(plain) >= _MIN_BATCH:
        import pyarrow.compute as pc

        text = _lower_ascii(plain)
        code = np.select([pc.match_substring_regex(text, pattern).to_numpy(zero_copy_only=False)
                          for pattern in _MARKED_ASCII], list(range(len(LEVELS), 0, -1)), default=0)
        found = dict(zip(plain, _LEVEL_OF_CODE[code].tolist()))
    if len(found) < len(distinct):
        for x in distinct:
            if x not in found:
                found[x] = marked_level(x)
    return list(map(found.__getitem__, names))


#: A level word written wrong at the start of a name (``_level_slip``): the first word, and
#: the second after ``Sub``.
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?")
#: The level words and their levels, longest first (``_level_slip``).
_LEVEL_WORDS = (("subkegiatan", "sub_kegiatan"), ("kegiatan", "kegiatan"), ("program", "program"))
#: Words one letter off a level word that are words of their own (Spanish / Portuguese
#: ``programa``, English ``programs``), not a slip (``_level_slip``).
_OWN_WORDS = frozenset({"programa", "programs"})
#: How a word of its own goes on after a level word at its start (``PROGRAMASI``,
#: ``PROGRAMMER``, ``PROGRAMERNYA``, ``PROGRAMMES``, ``PROGRAMMING``, ``PROGRAMMATIC``,
#: ``PROGRAMATIK``, ``PROGRAMNYA``, ``DIPROGRAMKAN``'s ``PROGRAMKAN``, ``KEGIATANNYA``, ``KEGIATANKU``): letters
#: that do not show a level word glued to the next word (``_level_slip``).
_OWN_ENDINGS = {"program": ("asi", "ati", "er", "me", "ming", "mat", "mab", "nya", "kan", "lah"),
                "kegiatan": ("nya", "ku", "mu", "lah", "kah"), "subkegiatan": ("nya", "ku", "mu", "lah", "kah")}


def _level_slip(name) -> tuple[str, str] | None:
    """The level word written wrong at the start of a name, as written, and the level it
    announces, where ``marked_level`` sees none; None when the text shows no slip.

    What the text shows as a slip:

    - the word one letter off a level word (a letter missing, extra, wrong or two swapped:
      ``PROGAM``, ``Kegitan``, ``Sub Kegiatn``; at least six letters), standing alone at the
      start with the rest of the name after it, and not a word of its own (``_OWN_WORDS``:
      ``Programa``, ``programs``);
    - the level word glued to the next word where the text shows the seam: a capital letter
      inside a word written in small letters (``KegiatanPemeriksaan``), or a name written
      in capitals (as programs are); at least three letters after the level word, which do
      not go on as a word of its own does (``_OWN_ENDINGS``: ``PROGRAMPENGAWASAN`` and
      ``PROGRAMUKM`` are slips, ``PROGRAMASI``, ``PROGRAMMER``, ``PROGRAMMING``,
      ``KEGIATANNYA`` are not).

    A name merely beginning with the same letters announces nothing.

    Examples
    --------
    >>> _level_slip("<b>PROGAM PENGAWASAN DAN PEMERIKSAAN KOPERASI</b>")
    ('PROGAM', 'program')
    >>> _level_slip("PROGRAMPENGAWASAN DAN PEMERIKSAAN KOPERASI"), _level_slip("Sub Kegitan Pemulihan")
    (('PROGRAMPENGAWASAN', 'program'), ('Sub Kegitan', 'sub_kegiatan'))
    >>> [_level_slip(x) for x in ("Programa Kampung KB", "PROGRAMASI DATA", "KEGIATANNYA DESA", "PROGAM")]
    [None, None, None, None]
    """
    from rapidfuzz.distance import OSA

    text = clean_text(name)
    m = _FIRST_WORD.match(text)
    if not m:
        return None
    word, end = m.group(1), m.end(1)
    if word.casefold() == "sub" and m.group(2):
        word, end = word + m.group(2), m.end(2)      # "Sub Kegitan": the two words as one
    low = word.casefold()
    rest = text[end:]
    alone = rest[:1].isspace() and not rest.isspace()
    for target, level in _LEVEL_WORDS:
        n = len(target)
        if (alone and len(low) >= 6 and abs(len(low) - n) <= 1 and low not in _OWN_WORDS
                and OSA.distance(low, target) == 1):
            return text[m.start(1):end], level
        if low.startswith(target) and len(low) >= n + 3 and not low.startswith(_OWN_ENDINGS[target], n):
            if word[n].isupper() and any(c.islower() for c in word[1:n]):
                return word, level          # "KegiatanPemeriksaan": a capital inside the word
            if all(c.isupper() for c in text if c.isalpha()):
                return word, level
    return None


def _miswritten_level(name) -> str | None:
    """The level ``_level_slip`` reads in a name, or None.

    Examples
    --------
    >>> _miswritten_level("PROGRAMPENGAWASAN DAN PEMERIKSAAN KOPERASI"), _miswritten_level("KegiatanPemeriksaan X")
    ('program', 'kegiatan')
    >>> _miswritten_level("Sub Kegitan Pemulihan"), _miswritten_level("Kegiatannya Sendiri") is None
    ('sub_kegiatan', True)
    >>> _miswritten_level("Programasi Daerah") is None, _miswritten_level("Pemulihan Usaha Mikro") is None
    (True, True)
    """
    slip = _level_slip(name)
    return None if slip is None else slip[1]


def _miswritten_levels(names: list, levels: list) -> dict[int, str]:
    """``_level_slip`` in place for the names ``levels`` leaves without a level, each
    distinct text once. Returns the rows it gave a level, with the word as written.

    >>> levels = [None, "kegiatan", None]
    >>> _miswritten_levels(["PROGAM X", "Kegiatan Y", "Satu"], levels)
    {0: 'PROGAM'}
    >>> levels
    ['program', 'kegiatan', None]
    """
    todo = [i for i, lv in enumerate(levels) if lv is None]
    distinct = list(dict.fromkeys(names[i] for i in todo if type(names[i]) is str))
    plain = [x for x in distinct if x.isascii()] if len(distinct) >= _MIN_BATCH else []
    found: dict = dict.fromkeys(plain)
    if len(plain) >= _MIN_BATCH:
        import pyarrow.compute as pc

        # one letter off a level word keeps its first three letters or its last three: only
        # names whose first word begins with pro, keg, sub or ends in ram, tan, giatan (``_MISWRITTEN_ASCII``) can be read
        maybe = pc.match_substring_regex(_lower_ascii(plain), _MISWRITTEN_ASCII).to_numpy(zero_copy_only=False)
        found.update((x, _level_slip(x)) for x in itertools.compress(plain, maybe))
    found.update((x, _level_slip(x)) for x in distinct if x not in found)
    out: dict[int, str] = {}
    for i in todo:
        x = names[i]
        if type(x) is str and (slip := found[x]) is not None:
            out[i], levels[i] = slip
    return out


#: The names ``_miswritten_level`` may read a level in (lower-case ASCII, bold markers out): a
#: word within one letter of ``program`` keeps ``pro`` at its start or ``ram`` at its end (an
#: edit touches one place) and has six to eight letters, of ``kegiatan`` ``keg`` or ``tan`` and
#: seven to nine letters, of ``subkegiatan`` ``sub`` or ``giatan``; a word glued to a level word
#: begins with it. So a first word such as ``Peningkatan`` (eleven letters ending in ``tan``,
#: as many sub kegiatan names begin) is not read one name at a time.
_MISWRITTEN_ASCII = r"^[^a-z]*(pro|keg|sub|([a-z]{3,5}ram|[a-z]{4,6}tan|[a-z]*giatan)([^a-z]|$))"


#: ``_marked_levels``' codes: 0 no level, then ``LEVELS`` in order.
_LEVEL_OF_CODE = np.array([None, *LEVELS], dtype=object)


#: ``_PREFIX``'s three words at the start of a lower-case ASCII name, for ``_marked_levels``
#: (in the order of ``LEVELS`` reversed).
_MARKED_ASCII = (rf"^{_W}*sub{_W}*kegiatan\b", rf"^{_W}*kegiatan\b", rf"^{_W}*program\b")


#: The level of a Permendagri 90/2019 code by its number of segments (``level_from_code``).
LEVEL_OF_PARTS = {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}


def level_from_code(code) -> str | None:
    """Level of a Permendagri 90/2019 code: ``u.bb.pp`` program, ``u.bb.pp.2.kk``
    kegiatan, ``u.bb.pp.2.kk.ssss`` sub kegiatan.

    Examples
    --------
    >>> level_from_code("2.17.02"), level_from_code("2.17.02.2.01"), level_from_code("2.17.07.2.01.0008")
    ('program', 'kegiatan', 'sub_kegiatan')
    """
    if code is None or not str(code).strip():
        return None
    parts = str(code).strip().strip(".").split(".")
    return LEVEL_OF_PARTS.get(len(parts))


def infer_levels(names: Sequence, pagu: Sequence | None = None, known: dict | None = None,
                 threshold: float = NAME_MATCH_THRESHOLD, slips: list | None = None,
                 overruled: list | None = None) -> list[str]:
    """Infer program / kegiatan / sub kegiatan for rows in document order.

    Signals, strongest first:

    1. the name's own prefix (``PROGRAM ...``, ``Kegiatan ...``), also one letter off
       (``PROGAM``) or glued to the next word where the text shows the seam
       (``PROGRAMPENGAWASAN`` in a name in capitals; ``_level_slip``). The numbers come
       before such a slipped word where they disagree: a name equal to a known name
       (``known``) takes that name's level, and a program or kegiatan so read whose pagu
       fits in what is left of the kegiatan above (``pagu``) is one of its sub kegiatan,
       unless the rows after it add up to its pagu as its own rows would
       (``_adds_up_below``): then it is the parent its word says;
    2. ``known``: a mapping of names (from another table) to levels, matched fuzzily
       (``_known_levels``; with ``pagu``, a name as close to known names of two levels
       tells neither, and a sub kegiatan matched by a similar name may still be shown a
       kegiatan by the budget);
    3. the budget hierarchy (``pagu`` given): an unmarked row that fits in what
       is left of the current kegiatan's pagu is one of its sub kegiatan; else,
       when its pagu equals the sum of the longest run of unmarked or sub
       kegiatan rows after it (at least one), it is a kegiatan and those rows
       are its sub kegiatan (also under a kegiatan of pagu 0 whose rows so far
       have no pagu either, for a row with a pagu);
    4. otherwise sub kegiatan.

    Bold is not used, nor capitals alone: they are not reliable in every table.
    ``slips``, when given, receives ``(row, word as written, level)`` for every row read
    at the level of a slipped word (``renja_analysis.tables._common.lapor_salah_tulis``
    reports them). ``overruled``, when given, receives ``(row, word as written, level of
    the word, level read, parent)`` for every row whose slipped word the numbers overrule:
    ``parent`` the row of the kegiatan whose pagu it fits in, None where an equal known
    name decided (``lapor_salah_tulis`` reports these too: no word is overruled silently).

    Examples
    --------
    >>> infer_levels(["PROGRAM X", "Kegiatan Y", "Satu", "Dua"])
    ['program', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan']
    >>> infer_levels(["PROGRAM X", "Induk", "Anak satu", "Anak dua", "Induk lain", "Anak tiga"],
    ...              pagu=[30, 30, 10, 20, 5, 5])
    ['program', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'kegiatan', 'sub_kegiatan']
    >>> infer_levels(["Kegiatan K", "Satu", "Dua"], pagu=[30, 15, 15])
    ['kegiatan', 'sub_kegiatan', 'sub_kegiatan']

    A kegiatan pagu its first sub kegiatan already exceeds promotes no later row,
    even one whose pagu happens to equal the sum of the rows after it:

    >>> infer_levels(["Kegiatan K", "Satu", "Dua", "Tiga", "Empat"], pagu=[1, 10, 15, 10, 5])
    ['kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'sub_kegiatan']

    The same once a row that fits neither way has taken the kegiatan past its pagu:

    >>> infer_levels(["Kegiatan K", "Satu", "Dua", "Tiga", "Empat", "Lima"], pagu=[74, 60, 20, 15, 10, 5])
    ['kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'sub_kegiatan']

    A kegiatan of pagu 0 whose rows have none: the next row with a pagu its own rows add
    up to is a kegiatan, not a child of the pagu 0:

    >>> infer_levels(["Kegiatan K", "Nol", "Induk", "Anak satu", "Anak dua"], pagu=[0, 0, 30, 10, 20])
    ['kegiatan', 'sub_kegiatan', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan']

    A slipped level word, and one the pagu overrules (15 fits in the 20 left of ``Kegiatan K``):

    >>> found = []
    >>> infer_levels(["PROGAM A", "Kegiatan K", "Satu", "PRORGAM B", "Dua"], pagu=[30, 30, 10, 15, 5], slips=found)
    ['program', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'sub_kegiatan']
    >>> found
    [(0, 'PROGAM', 'program')]

    The same slipped program after a kegiatan that leaves its pagu unspent, but with rows of
    its own after it that add up to its pagu (``Kegiatan L`` 15 = ``Tiga`` 15): a program,
    the numbers of the kegiatan above are the document's to explain:

    >>> infer_levels(["PROGAM A", "Kegiatan K", "Satu", "PRORGAM B", "Kegiatan L", "Tiga"],
    ...              pagu=[30, 30, 10, 15, 15, 15])
    ['program', 'kegiatan', 'sub_kegiatan', 'program', 'kegiatan', 'sub_kegiatan']

    A word the numbers overrule is given back in ``overruled`` (row 3, the kegiatan of row 1):

    >>> over = []
    >>> _ = infer_levels(["PROGAM A", "Kegiatan K", "Satu", "PRORGAM B", "Dua"], pagu=[30, 30, 10, 15, 5],
    ...                  overruled=over)
    >>> over
    [(3, 'PRORGAM', 'program', 'sub_kegiatan', 1)]
    """
    names = list(names)
    levels: list[str | None] = _marked_levels(names)
    slipped = _miswritten_levels(names, levels)
    read = {i: levels[i] for i in slipped}
    # the slips the budget may still overrule: those no equal known name has settled
    settled = _known_over_slips(names, levels, known, read) if slipped and known else set()
    weigh = set(read) - settled
    soft: list[int] = []
    if known:
        soft = _known_levels(names, levels, known, threshold, budget=pagu is not None)
    parents: dict[int, int] = {}
    if pagu is not None:
        _levels_from_budget(levels, _budget_values(pagu), soft, weigh, parents)
    if slips is not None:
        slips.extend((i, word, read[i]) for i, word in slipped.items() if levels[i] == read[i])
    if overruled is not None:
        overruled.extend((i, word, read[i], levels[i] or "sub_kegiatan", parents.get(i))
                         for i, word in slipped.items() if levels[i] != read[i])
    return [lv or "sub_kegiatan" for lv in levels]


def _known_over_slips(names: list, levels: list, known: dict, read: dict) -> set[int]:
    """Rows ``read`` at the level of a slipped word whose name equals a known name (the same
    ``name_forms``: ``best_match`` scoring 100) take that name's level, in place (the other
    table's reading, its numbers weighed, comes before a slipped word). Returns those rows.

    >>> levels = ["program", "program"]
    >>> _known_over_slips(["PROGAM A", "PRORGAM B"], levels, {"PROGAM A": "sub_kegiatan"},
    ...                   {0: "program", 1: "program"})
    {0}
    >>> levels
    ['sub_kegiatan', 'program']
    """
    rows = list(read)
    known_names = list(known)
    settled = set()
    for i, j in zip(rows, best_match([names[i] for i in rows], known_names, 100.0)):
        if j is not None:
            levels[i] = known[known_names[j]]
            settled.add(i)
    return settled


def _known_levels(names: list, levels: list, known: dict, threshold: float, budget: bool) -> list[int]:
    """Rule 2 of ``infer_levels``, in place: each name without a level of its own takes the
    level of the most similar name of ``known`` (``best_match``). Returns the rows the budget
    may still revise (``budget``: the pagu is there to judge):

    - a name as similar to a known name of another level as to its best, by an equal name
      or the 'long name cut short' relation (a kegiatan named after its program and cut
      short, "Pendidikan dan Latihan Perkoperasian Bagi ...", begins its own kegiatan's name
      and the program's name begins it: 95 both): the names do not tell the level, left to
      the budget (without a budget, the first of the equals, as before). Other names that
      score the same by chance are not looked for (it would cost every pair);
    - a sub kegiatan matched by a similar, not equal, name: the budget may show it to be a
      kegiatan (its pagu the sum of the rows under it where the kegiatan above has no pagu
      left for it).
    """
    known_names = list(known)
    unmarked = [i for i, lv in enumerate(levels) if lv is None]
    if not unmarked:
        return []
    queries = [names[i] for i in unmarked]
    best = best_match(queries, known_names, threshold)
    hits = [k for k, j in enumerate(best) if j is not None]
    for k in hits:
        levels[unmarked[k]] = known[known_names[best[k]]]
    if not budget or not hits:
        return []
    fq = _forms_of([queries[k] for k in hits])
    fk = _forms_of(known_names)
    score = _pair_scores(fq, [fk[best[k]] for k in hits])
    level_of = [known[known_names[best[k]]] for k in hits]
    tied = np.zeros(len(hits), dtype=bool)
    # another level as close: only an equal name (100) or one in the 'long name cut short'
    # relation (at least 95, never reached otherwise when the best is below 95) can be; others
    # scoring the same by chance are not looked for (it would cost every pair)
    equal = np.flatnonzero(score >= 100.0)
    if len(equal):
        levels_of_form: dict = {}
        for x, fs in zip(known_names, fk):
            for f in fs:
                levels_of_form.setdefault(f, set()).add(known[x])
        shared = {f for f, lv in levels_of_form.items() if len(lv) > 1}     # names of two levels
        if shared:
            for h in equal.tolist():
                tied[h] = any(f in shared for f in fq[h])
    near = np.flatnonzero((score >= _CUT_SHORT_SCORE - _MARGIN) & (score < 100.0))
    if len(near):
        choices = _Choices(fk)
        for h in near.tolist():
            positions = np.concatenate([choices.prefixed(f) for f in fq[h]])
            owners = [j for j in _distinct(choices.owner[positions]).tolist()
                      if known[known_names[j]] != level_of[h]]
            if owners:
                theirs = _pair_scores([fq[h]] * len(owners), [fk[j] for j in owners])
                tied[h] = bool((theirs >= score[h] - _MARGIN).any())
    out = []
    for h, k in enumerate(hits):
        if tied[h]:
            levels[unmarked[k]] = None
            out.append(unmarked[k])
        elif level_of[h] == "sub_kegiatan" and score[h] < 100.0:
            out.append(unmarked[k])
    return out


def _budget_values(pagu) -> list[float]:
    """Each row's pagu as a float for ``_levels_from_budget``, 0.0 where it is missing
    (``pd.isna``): a column of numbers (pandas ``Float64``, as the tables hold pagu) at once,
    anything else value by value.

    >>> _budget_values(pd.Series([1.5, None, float("nan"), 2], dtype="Float64"))
    [1.5, 0.0, 0.0, 2.0]
    >>> _budget_values([1.5, None, pd.NA, "2"])
    [1.5, 0.0, 0.0, 2.0]
    """
    if isinstance(pagu, pd.Series) and pagu.dtype == "Float64":
        values = pagu.to_numpy(dtype=np.float64, na_value=np.nan)     # the column's own data, read only
        return np.where(np.isnan(values), 0.0, values).tolist()
    return [0.0 if pd.isna(v) else float(v) for v in pagu]


def _run_total(levels: list, values: list[float], i: int) -> int | None:
    """The last row of the longest run of unmarked or sub kegiatan rows after row ``i`` whose
    pagu add up to row ``i``'s (None: no such run), walked only as far as its running sum can
    still reach that pagu."""
    total, last = 0.0, None
    j = i + 1
    while j < len(levels) and levels[j] in (None, "sub_kegiatan"):
        total += values[j]
        if abs(total - values[i]) < 0.5:
            last = j
        elif total > values[i] + 0.5:
            break
        j += 1
    return last


def _adds_up_below(levels: list, values: list[float], i: int) -> bool:
    """Whether the rows after row ``i`` (a program or kegiatan by its level word) are its own
    rows by the numbers, each group whole (a part of a group adding up by chance is no sign):

    - a kegiatan: the rows after it up to the next program or kegiatan (unmarked or sub
      kegiatan, at least one) add up to its pagu;
    - a program: the rows after it up to the next program or the table's end. Where the row
      right after it is a kegiatan, their kegiatan add up to its pagu, or the others (its sub
      kegiatan) do; where the table marks no kegiatan there, all of them add up to twice its
      pagu (each rupiah at kegiatan and at sub kegiatan).

    >>> _adds_up_below(["program", "kegiatan", "sub_kegiatan", "program"], [15, 15, 15, 9], 0)
    True
    >>> _adds_up_below(["program", None, None, None, None], [15, 10, 10, 5, 5], 0)
    True

    A program whose next row is no kegiatan while a kegiatan follows: rows of another's
    (``Tiga`` 5 then a kegiatan of 10 add up to 15 by chance):

    >>> _adds_up_below(["program", None, "kegiatan", None], [15, 5, 10, 10], 0)
    False
    >>> _adds_up_below(["kegiatan", None, None], [15, 10, 5], 0), _adds_up_below(["kegiatan", None, None], [15, 10, 9], 0)
    (True, False)
    >>> _adds_up_below(["kegiatan", None, None, "kegiatan"], [15, 10, 5, 4], 0), _adds_up_below(["kegiatan"], [15], 0)
    (True, False)
    """
    own = values[i]
    if own <= 0.5 or i + 1 >= len(levels):
        return False
    if levels[i] != "program":
        j, total = i + 1, 0.0
        while j < len(levels) and levels[j] in (None, "sub_kegiatan"):
            total += values[j]
            j += 1
        return j > i + 1 and abs(total - own) < 0.5
    kegiatan = other = 0.0
    j = i + 1
    while j < len(levels) and levels[j] != "program":
        if levels[j] == "kegiatan":
            kegiatan += values[j]
        else:
            other += values[j]
        j += 1
    if levels[i + 1] == "kegiatan":
        return abs(kegiatan - own) < 0.5 or abs(other - own) < 0.5
    return levels[i + 1] is None and "kegiatan" not in levels[i + 1:j] \
        and abs(other - 2 * own) < 0.5


def _levels_from_budget(levels: list, values: list[float], soft: Sequence[int] = (),
                        slipped: Collection[int] = (), parents: dict | None = None) -> None:
    """Rule 3 of ``infer_levels``, in place: fill unknown levels from the pagu hierarchy.
    ``soft``: rows whose level (from another table's similar name) the budget may revise:
    read as unknown here. ``slipped``: rows read as program or kegiatan by a slipped level
    word (``_level_slip``); one whose pagu fits in what is left of the kegiatan above (the
    kegiatan's own pagu not 0, the row's not 0) is one of its sub kegiatan, unless the rows
    after it add up to its pagu (``_adds_up_below``: it is their parent, as its word says).
    ``parents``, when given, receives each row so made a sub kegiatan and the kegiatan's row."""
    for i in soft:
        levels[i] = None
    remaining: float | None = None
    parent = -1
    children = 0
    # under a kegiatan whose own pagu is 0 or missing the budget tells nothing: its
    # unmarked rows are its sub kegiatan (a wrong parent pagu must not promote a child)
    blind = False
    i = 0
    while i < len(levels):
        lv = levels[i]
        if (slipped and i in slipped and lv != "sub_kegiatan" and not blind and remaining is not None
                and remaining > 0.5 and 0.5 < values[i] <= remaining + 0.5
                and not _adds_up_below(levels, values, i)):
            # the numbers make it a child of the kegiatan above, whatever its first word
            lv = levels[i] = "sub_kegiatan"
            if parents is not None:
                parents[i] = parent
        if lv == "program":
            remaining, blind = None, False
        elif lv == "kegiatan":
            remaining, children, parent = values[i], 0, i
            blind = values[i] <= 0.5
        elif lv == "sub_kegiatan":
            remaining = None if remaining is None else remaining - values[i]
            children += 1
        elif (blind and children and remaining is not None and remaining >= -0.5 and values[i] > 0.5
              and (last := _run_total(levels, values, i)) is not None):
            # under a kegiatan of pagu 0 whose rows so far have none either, a row with a pagu
            # that its own rows add up to is the next kegiatan, not a child the pagu 0 denies
            levels[i] = "kegiatan"
            for j in range(i + 1, last + 1):
                levels[j] = "sub_kegiatan"
            remaining, children, blind, parent = 0.0, last - i, False, i
            i = last + 1
            continue
        elif blind or (remaining is not None and (children == 0 or (
                remaining > 0.5 and values[i] <= remaining + 0.5))):
            # a kegiatan has at least one sub kegiatan; then they fill its pagu
            levels[i] = "sub_kegiatan"
            remaining = None if remaining is None else remaining - values[i]
            children += 1
            # children already over the kegiatan's pagu: that pagu is wrong (a finding says
            # so) and tells nothing more; its other unmarked rows stay its sub kegiatan
            blind = blind or (remaining is not None and remaining < -0.5)
        else:
            # the run of unmarked / sub kegiatan rows after it that adds up to its pagu
            last = _run_total(levels, values, i)
            if last is None:
                levels[i] = "sub_kegiatan"
                remaining = None if remaining is None else remaining - values[i]
                children += 1
                blind = blind or (remaining is not None and remaining < -0.5)
            else:
                levels[i] = "kegiatan"
                for j in range(i + 1, last + 1):
                    levels[j] = "sub_kegiatan"
                remaining, children, parent = 0.0, last - i, i
                i = last + 1
                continue
        i += 1


#: How similar the words that tell two fuzzily matched names apart must be (rapidfuzz
#: ``partial_ratio``, 0-100), once the words they share at both ends are set aside.
AMBANG_INTI = 70.0


def inti_serupa(a, b, ambang: float = AMBANG_INTI) -> bool:
    """Whether two names that score as similar also agree where they differ.

    Sub kegiatan names share long openings and endings ("Pengelolaan Pelayanan
    Kesehatan Ibu Hamil" and "... Ibu Bersalin" score 88 as wholes), so a whole-name
    score alone pairs different sub kegiatan. The words the two names share at their
    start and at their end (after ``normalise_name``) are set aside; what is left of
    each must be similar (``partial_ratio`` at least ``ambang``), or one side must have
    nothing left (a name cut short or extended). A typo, a glued word ("usahasimpan")
    or an abbreviation that is a prefix ("kab" for "kabupaten") still pair.

    Examples
    --------
    >>> inti_serupa("Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin")
    False
    >>> inti_serupa("Pengembang Usaha Mikro", "Pengembangan Usaha Mikro")
    True
    >>> inti_serupa("PROGRAM PELAYANAN IZIN USAHASIMPAN PINJAM", "Pelayanan Izin Usaha Simpan Pinjam")
    True
    >>> inti_serupa("Pembinaan SD", "Pembinaan SMP"), inti_serupa("Fasilitasi Izin", "Fasilitasi Izin dan Kantor")
    (False, True)
    """
    from rapidfuzz.fuzz import partial_ratio

    x, y = normalise_name(a).split(), normalise_name(b).split()
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    x, y = x[n:], y[n:]
    m = 0
    while m < min(len(x), len(y)) and x[-1 - m] == y[-1 - m]:
        m += 1
    x, y = x[:len(x) - m], y[:len(y) - m]
    if not x or not y:
        return True
    return partial_ratio(" ".join(x), " ".join(y)) >= ambang


def lanjutan(df: pd.DataFrame) -> pd.Series:
    """True for a row that is one more indicator of the program / kegiatan / sub kegiatan
    on the row above it: the same name, another indicator, and no rupiah of its own (the
    name's pagu and realisasi stand on its first row; an empty pagu cell beside a realisasi of
    nothing, "-" or 0, is none either). A workbook gives such rows for a
    name merged over its indicator rows (``sources.excel``). False everywhere for a table
    without these columns.

    Where the rows' ``level`` is known, a row of the same name and level printing the pagu
    and realisasi of the row above again (the text of a table whose money cells were
    repeated on every indicator row) is one too: the name's money counted once, on its first
    row; so is such a row with an empty pagu cell repeating the realisasi above it alone. Without ``level`` it is not (a kegiatan and its one sub kegiatan may share a name and
    a pagu).

    >>> df = pd.DataFrame({"nama": ["P", "P", "K"], "indikator": ["a", "b", "c"],
    ...                    "pagu_rp": [10.0, None, 10.0], "realisasi_rp": [5.0, None, 5.0]})
    >>> lanjutan(df).tolist()
    [False, True, False]
    >>> lv = pd.DataFrame({"level": ["kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
    ...                    "nama": ["K", "K", "S", "S"], "indikator": ["a", "b", "c", "d"],
    ...                    "pagu_rp": [10.0, 10.0, 10.0, 10.0], "realisasi_rp": [5.0, 5.0, 5.0, 4.0]})
    >>> lanjutan(lv).tolist(), lanjutan(lv.drop(columns="level")).tolist()
    ([False, True, False, False], [False, False, False, False])
    >>> rp = lv.assign(pagu_rp=[10.0, None, 10.0, None], realisasi_rp=[5.0, 5.0, 5.0, 4.0])
    >>> lanjutan(rp).tolist()
    [False, True, False, False]

    A realisasi of nothing ("-" or 0) under an empty pagu cell is no money of its own either:

    >>> lanjutan(df.assign(realisasi_rp=[5.0, 0.0, 0.0])).tolist()
    [False, True, False]
    """
    cols = ("nama", "indikator", "pagu_rp", "realisasi_rp")
    if not all(c in df for c in cols):
        return pd.Series(False, index=df.index)
    same = _same_as_above(df["nama"]) & df["nama"].notna()
    other = ~_same_as_above(df["indikator"])
    pagu = pd.to_numeric(df["pagu_rp"]).to_numpy(dtype=float, na_value=np.nan)
    real = pd.to_numeric(df["realisasi_rp"]).to_numpy(dtype=float, na_value=np.nan)
    out = (same & other).to_numpy(dtype=bool)
    # no money of its own: no pagu, and no realisasi (or a realisasi of nothing, "-" or 0: no money either)
    no_rp = np.isnan(pagu) & (np.isnan(real) | (real == 0))
    if "level" in df and (out & ~no_rp).any():
        # the money printed again: the same pagu, the same realisasi (or none on both), the same level
        up_p, up_r = np.concatenate([[np.nan], pagu[:-1]]), np.concatenate([[np.nan], real[:-1]])
        again = (pagu == up_p) & ((real == up_r) | (np.isnan(real) & np.isnan(up_r)))
        # or its realisasi alone again, the pagu cell empty (the money stands on the row above)
        again |= np.isnan(pagu) & (real == up_r)
        no_rp |= again & _same_as_above(df["level"].astype("string")).to_numpy(dtype=bool)
    return pd.Series(out & no_rp, index=df.index)


def dokumen_kode(df: pd.DataFrame) -> np.ndarray:
    """Each row's document as a number (``dokumen``, a corpus frame's key; an empty one is the
    document ``""``); 0 for every row of a frame without ``dokumen`` (one document).

    >>> dokumen_kode(pd.DataFrame({"dokumen": ["a", "a", None, "b"]})).tolist(), dokumen_kode(pd.DataFrame(index=[0, 1])).tolist()
    ([0, 0, 1, 2], [0, 0])
    """
    if "dokumen" not in df:
        return np.zeros(len(df), dtype=np.int64)
    return pd.factorize(df["dokumen"].astype("string").fillna(""))[0]


def lanjutan_sedokumen(df: pd.DataFrame, dok: np.ndarray | None = None) -> np.ndarray:
    """``lanjutan`` within one document: in a frame of several documents (``dokumen``), a row is
    one more indicator of the row above it only when both are of the same document
    (``dokumen_kode``, given as ``dok`` where the caller has it); the rule of every sum over a
    corpus frame (``metrics.realisasi_rincian``, ``present.comparison.realisasi_program``).

    >>> df = pd.DataFrame({"dokumen": ["a", "b", "b"], "nama": ["P", "P", "P"], "indikator": ["i1", "i2", "i3"],
    ...                    "pagu_rp": [10.0, None, None], "realisasi_rp": [5.0, None, None]})
    >>> lanjutan(df).tolist(), lanjutan_sedokumen(df).tolist()
    ([False, True, True], [False, False, True])
    """
    lanjut = lanjutan(df).to_numpy(dtype=bool, copy=True)
    if "dokumen" in df:
        dok = dokumen_kode(df) if dok is None else dok
        lanjut[1:] &= dok[1:] == dok[:-1]
    return lanjut


def _same_as_above(s: pd.Series) -> pd.Series:
    """Whether each cell equals the one above it; a missing cell equals nothing. A text column
    is compared in its own (Arrow) type, without a Python object per cell.

    >>> _same_as_above(pd.Series(["a", "a", None, None, "b"], dtype="string")).tolist()
    [False, True, False, False, False]
    """
    if isinstance(s.dtype, pd.StringDtype):
        return (s == s.shift()).fillna(False).astype(bool)
    s = s.astype(object)
    return (s == s.shift()).fillna(False)


def parent_index(level: pd.Series, lanjut: pd.Series | None = None, langsung: bool = False) -> pd.Series:
    """Position of each row's parent (kegiatan for a sub kegiatan, program for a kegiatan),
    NaN for a program or a row without one. ``lanjut`` (``lanjutan``): rows that are a
    further indicator of the row above; they are nobody's parent and nobody's child (the
    name's first row is).

    ``langsung``: a sub kegiatan directly under a program (no kegiatan between them: the
    program's first rows) is the program's row, as its money is (the rule of both the sum
    check and ``metrics.realisasi_rincian``, so that they never disagree); without it such a
    row has no parent.

    >>> parent_index(pd.Series(["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"])).tolist()
    [nan, 0.0, 1.0, 1.0]
    >>> parent_index(pd.Series(["program", "program", "kegiatan"]), pd.Series([False, True, False])).tolist()
    [nan, nan, 0.0]
    >>> lv = pd.Series(["program", "sub_kegiatan", "kegiatan", "sub_kegiatan"])
    >>> parent_index(lv).tolist(), parent_index(lv, langsung=True).tolist()
    ([nan, nan, 0.0, 2.0], [nan, 0.0, 0.0, 2.0])
    """
    lv = level.astype(str).to_numpy(dtype=object)
    own = np.ones(len(lv), dtype=bool) if lanjut is None else ~lanjut.to_numpy(dtype=bool)
    is_p, is_k, is_s = ((lv == name) & own for name in ("program", "kegiatan", "sub_kegiatan"))
    pos = np.arange(len(lv))
    # the last program at or above each row; the last program or kegiatan (a kegiatan's rows end
    # at the next program): -1 where there is none
    prog = np.maximum.accumulate(np.where(is_p, pos, -1)) if len(lv) else pos
    keg = np.maximum.accumulate(np.where(is_p | is_k, pos, -1)) if len(lv) else pos
    parent = np.full(len(lv), np.nan)
    keg_ok = is_s & (keg >= 0)
    keg_ok[keg_ok] = is_k[keg[keg_ok]]
    parent[keg_ok] = keg[keg_ok]
    prog_ok = (is_k | (is_s & ~keg_ok)) if langsung else is_k
    prog_ok = prog_ok & (prog >= 0)
    parent[prog_ok] = prog[prog_ok]
    return pd.Series(parent)


# --- office names -----------------------------------------------------------------------------
# Office names compared by their content words (``banding_kantor``), never by a similarity score: the one
# rule by which the reconciliation finds the SIPD office (``findings.reconciliation``) and the reader tells
# whether a title page and a kata pengantar name one office (``sources.text.kantor_beda``).

_SAMBUNG = {"dan", "serta", "atau"}


def _singkatan_diurai(nama, acuan) -> str:
    """``nama`` with each word that spells the initials of consecutive words of ``acuan`` (conjunctions
    left out) written as those words: an office's name abbreviated on one side only.

    >>> _singkatan_diurai("DINAS KOPERASI DAN UKM", "Dinas Koperasi Usaha Kecil dan Menengah")
    'dinas koperasi dan usaha kecil menengah'
    >>> _singkatan_diurai("DINAS PERDAGANGAN", "Dinas Koperasi Usaha Kecil dan Menengah")
    'dinas perdagangan'
    """
    words = re.sub(r"[^\w]+", " ", str(nama)).lower().split()
    ref = [w for w in re.sub(r"[^\w]+", " ", str(acuan)).lower().split() if w not in _SAMBUNG]
    out = []
    for w in words:
        span = len(w)
        hit = next((i for i in range(len(ref) - span + 1) if 2 <= span <= 6 and w not in ref
                    and "".join(r[0] for r in ref[i:i + span]) == w), None)
        out.extend(ref[hit:hit + span] if hit is not None else [w])
    return " ".join(out)


#: Abbreviations of office names, written out (``kata_kantor``): the common ones only, each of one
#: office's name in the nomenclature of regional offices. ``PP`` is Pamong Praja only after "polisi"
#: (Satpol PP); elsewhere (``Dinas PP dan PA``) it may be Pemberdayaan Perempuan, and is left as
#: written. ``BKD`` (Kepegawaian or Keuangan?) and ``PUPR`` (Penataan Ruang or Perumahan Rakyat?) are
#: not here: read as initials they give a hedge, not a guess.
SINGKATAN_KANTOR = {
    "ukm": "usaha kecil menengah", "umkm": "usaha mikro kecil menengah",
    "dprd": "dewan perwakilan rakyat daerah", "satpol": "satuan polisi",
    "setda": "sekretariat daerah", "sekwan": "sekretariat dewan perwakilan rakyat daerah",
    "setwan": "sekretariat dewan perwakilan rakyat daerah",
    "bappeda": "badan perencanaan pembangunan daerah",
    "bappelitbangda": "badan perencanaan pembangunan penelitian pengembangan daerah",
    "litbang": "penelitian pengembangan", "bapperida": "badan perencanaan pembangunan riset inovasi daerah",
    "bapenda": "badan pendapatan daerah",
    "bpkad": "badan pengelolaan keuangan aset daerah",
    "bkpsdm": "badan kepegawaian pengembangan sumber daya manusia",
    "bkpsdmd": "badan kepegawaian pengembangan sumber daya manusia daerah", "sdm": "sumber daya manusia",
    "dpmptsp": "dinas penanaman modal pelayanan terpadu satu pintu",
    "dukcapil": "kependudukan pencatatan sipil", "disdukcapil": "dinas kependudukan pencatatan sipil",
    "p3a": "pemberdayaan perempuan perlindungan anak",
    "dp3a": "dinas pemberdayaan perempuan perlindungan anak",
    "dp3ap2kb": "dinas pemberdayaan perempuan perlindungan anak pengendalian penduduk keluarga berencana",
    "dpmd": "dinas pemberdayaan masyarakat desa", "kb": "keluarga berencana",
    "dinkop": "dinas koperasi", "dinkes": "dinas kesehatan",
    "dinsos": "dinas sosial", "disdik": "dinas pendidikan", "disdikbud": "dinas pendidikan kebudayaan",
    "dlh": "dinas lingkungan hidup", "dishub": "dinas perhubungan",
    "perkim": "perumahan kawasan permukiman", "disperkim": "dinas perumahan kawasan permukiman",
    "rsud": "rumah sakit umum daerah", "bpbd": "badan penanggulangan bencana daerah",
    "bakesbangpol": "badan kesatuan bangsa politik", "kesbangpol": "kesatuan bangsa politik",
    "kec": "kecamatan", "kel": "kelurahan",
}
#: Words written two ways in one office's name: Badan Pengelola / Pengelolaan Keuangan dan Aset Daerah.
_KATA_SAMA = {"pengelola": "pengelolaan"}
_ASAL = {v: k for k, v in _KATA_SAMA.items()}
#: The words of the Usaha Mikro, Kecil dan Menengah family: one dinas koperasi is named with some or all of
#: them (the bundled document: "Dinas Koperasi Usaha Kecil dan Menengah" on its title page, "Dinas Koperasi
#: dan Usaha Mikro" in its foreword), so names differing in them only are not told apart (``serumpun``).
_KATA_USAHA = {"mikro", "kecil", "menengah"}
#: The relations of ``banding_kantor`` that neither confirm nor refuse an office.
_SEBAGIAN = ("bagian", "singkatan", "serumpun", "ejaan", "jenis")
#: An office's kind, its name's first word: a pemda has one office of a name, as a dinas, a badan or a kantor
#: (``Kantor Kesatuan Bangsa dan Politik`` renamed ``Badan ...``), so two names differing in it only are one
#: office renamed or written with the other kind, or two (``banding_kantor``'s ``jenis``).
_JENIS_KANTOR = {"dinas", "badan", "kantor"}
#: Words naming the pemda an office belongs to: from one of them on (``KABUPATEN MAGETAN``), the name
#: is the pemda's, not the office's.
_PEMDA_KATA = {"kabupaten", "kab", "kota", "provinsi", "prov", "pemerintah", "pemkab", "pemkot", "pemprov"}
#: Words of an office's name that tell no office apart.
_KATA_UMUM = {"dan", "serta", "daerah"}


def kata_kantor(nama) -> list[str]:
    """The content words of an office's name, in order: lower case, abbreviations written out
    (``SINGKATAN_KANTOR``), ``pengelola`` written ``pengelolaan`` (``_KATA_SAMA``), the pemda part left out (from ``Kabupaten``/``Kab.``/``Kota``/``Provinsi``
    followed by a name, not when it begins the office's own name: ``Kecamatan Kota Sumenep``,
    ``Dinas Tata Kota``), and ``dan``, ``serta`` and ``daerah`` left out (``Inspektorat Daerah`` is
    the Inspektorat), except ``Sekretariat Daerah``, whose ``daerah`` is what tells it from the
    Sekretariat DPRD.

    Examples
    --------
    >>> kata_kantor("DINAS KOPERASI DAN UKM KAB. MAGETAN")
    ['dinas', 'koperasi', 'usaha', 'kecil', 'menengah']
    >>> kata_kantor("Satpol PP"), kata_kantor("Dinas PP dan PA")
    (['satuan', 'polisi', 'pamong', 'praja'], ['dinas', 'pp', 'pa'])
    >>> kata_kantor("SEKRETARIAT DAERAH"), kata_kantor("Sekretariat DPRD Kabupaten Magetan")
    (['sekretariat', 'daerah'], ['sekretariat', 'dewan', 'perwakilan', 'rakyat'])
    >>> kata_kantor("Kecamatan Kota Sumenep"), kata_kantor("Dinas Tata Kota dan Pertamanan")
    (['kecamatan', 'kota', 'sumenep'], ['dinas', 'tata', 'kota', 'pertamanan'])
    >>> kata_kantor("DINAS TATA KOTA KABUPATEN X"), kata_kantor("SETDA"), kata_kantor("Dinsos P3A")
    (['dinas', 'tata', 'kota'], ['sekretariat', 'daerah'], ['dinas', 'sosial', 'pemberdayaan', 'perempuan', 'perlindungan', 'anak'])
    """
    raw = re.sub(r"[^\w]+", " ", str(nama).replace("&", " dan ")).lower().split()
    for i, w in enumerate(raw):
        # a pemda word followed by a name (not a conjunction), after the office's own first word(s); a "kota"
        # followed by the pemda's words is the office's own (Dinas Tata Kota Kabupaten X)
        if (w in _PEMDA_KATA and i + 1 < len(raw) and raw[i + 1] not in _SAMBUNG and i >= 1
                and not (w == "kota" and raw[i + 1] in _PEMDA_KATA)
                and not (i == 1 and raw[0] in {"kecamatan", "kec", "kelurahan", "kel"})):
            raw = raw[:i]
            break
    words: list[str] = []
    for w in raw:
        if w == "pp" and words[-1:] == ["polisi"]:
            words.extend(["pamong", "praja"])
        else:
            words.extend(SINGKATAN_KANTOR.get(w, w).split())
    content = [_KATA_SAMA.get(w, w) for w in words if w not in _SAMBUNG]
    if content == ["sekretariat", "daerah"]:
        return content
    return [w for w in content if w not in _KATA_UMUM]


def hanya_singkatan(nama, acuan) -> bool:
    """Whether an office's name is written as short forms only: each word (up to a pemda word after the first,
    ``KABUPATEN MAGETAN``) a ``SINGKATAN_KANTOR`` entry, ``PP``, ``dan``/``&``, or the initials of words of
    ``acuan`` (``_singkatan_diurai``). Such a line printed with a longer name it is a part of
    (``DINAS KOPERASI DAN USAHA MIKRO`` / ``DINKOP``) writes that office short; a written-out name whose words
    are a part of the other's (``DINAS KESEHATAN`` / ``DINAS PETERNAKAN DAN KESEHATAN HEWAN``) names another.

    >>> hanya_singkatan("DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman")
    True
    >>> hanya_singkatan("SATPOL PP KAB. MAGETAN", "x"), hanya_singkatan("DINKOP & UKM", "x")
    (True, True)
    >>> hanya_singkatan("DINAS KESEHATAN", "Dinas Peternakan dan Kesehatan Hewan"), hanya_singkatan("DINAS PUPR", "x")
    (False, False)
    """
    kata = re.sub(r"[^\w]+", " ", str(nama)).lower().split()
    akhir = next((i for i, w in enumerate(kata) if i >= 1 and w in _PEMDA_KATA), len(kata))
    return akhir > 0 and all(w in SINGKATAN_KANTOR or w in _SAMBUNG or w == "pp" or _singkatan_diurai(w, acuan) != w
                             for w in kata[:akhir])


def banding_kantor(a, b) -> tuple[str, list[str], list[str]]:
    """Whether two office names name the same office, by their content words (``kata_kantor``):
    ``sama`` (the same words, in any order), ``bagian`` (one side's words all among the other's, which
    has more: ``Dinas Sosial`` / ``Dinas Sosial P3A`` may be one office or two), ``singkatan`` (the same
    once a word of one side is read as the initials of the other's words, ``_singkatan_diurai``: a guess,
    ``BKD`` is two offices), ``serumpun`` (both name an ``usaha`` and differ only in the words mikro,
    kecil, menengah, ``_KATA_USAHA``: one dinas koperasi is written so, or two offices) or ``beda`` (a
    word of each side missing from the other: Pertanian and Pertanahan), with the words found on
    ``a``'s side only and on ``b``'s only; ``ejaan`` (each word on one side only is one letter from one
    on the other, both of five letters or more, ``_salah_ketik``: a typo, ``KOPERSI``, or two offices); ``jenis``
    (the office's kind only, its first word, one a dinas, badan or kantor and the other another of them,
    ``_JENIS_KANTOR``: ``Kantor Kesbangpol`` / ``Badan Kesatuan Bangsa dan Politik``, one office renamed, or two).

    Examples
    --------
    >>> banding_kantor("Dinas Kesehatan Kabupaten Contoh", "DINAS KESEHATAN")
    ('sama', [], [])
    >>> banding_kantor("Dinas Pertanian", "DINAS PERTANAHAN")
    ('beda', ['pertanian'], ['pertanahan'])
    >>> banding_kantor("Dinas Sosial", "DINAS SOSIAL P3A")[0], banding_kantor("Badan Kepegawaian Daerah", "BKD")[0]
    ('bagian', 'singkatan')
    >>> banding_kantor("Dinas Koperasi Usaha Kecil dan Menengah", "DINAS KOPERASI DAN USAHA MIKRO")
    ('serumpun', ['kecil', 'menengah'], ['mikro'])
    >>> banding_kantor("DINAS KOPERSI USAHA KECIL DAN MENENGAH", "Dinas Koperasi Usaha Kecil dan Menengah")
    ('ejaan', ['kopersi'], ['koperasi'])
    >>> banding_kantor("KANTOR KESBANGPOL", "Badan Kesatuan Bangsa dan Politik")
    ('jenis', ['kantor'], ['badan'])
    >>> banding_kantor("Kecamatan Taman", "Kelurahan Taman")[0], banding_kantor("Dinas Sosial", "Badan Pendapatan")[0]
    ('beda', 'beda')
    """
    ka, kb = kata_kantor(a), kata_kantor(b)
    hanya_a, hanya_b = [w for w in ka if w not in kb], [w for w in kb if w not in ka]
    if not ka or not kb:
        rel = "beda"
    elif not hanya_a and not hanya_b:
        return "sama", [], []
    elif not hanya_a or not hanya_b:
        rel = "bagian"
    elif hanya_a == ka[:1] and hanya_b == kb[:1] and {ka[0], kb[0]} <= _JENIS_KANTOR:
        rel = "jenis"
    elif any(set(kata_kantor(_singkatan_diurai(" ".join(kata_kantor(x)), y))) == set(kata_kantor(y))
             for x, y in ((a, b), (b, a))):
        rel = "singkatan"
    elif "usaha" in ka and "usaha" in kb and set(hanya_a) | set(hanya_b) <= _KATA_USAHA:
        rel = "serumpun"
    elif _salah_ketik(hanya_a, hanya_b):
        rel = "ejaan"
    else:
        rel = "beda"
    return rel, _seperti_ditulis(a, hanya_a), _seperti_ditulis(b, hanya_b)


def _salah_ketik(a: list[str], b: list[str]) -> bool:
    """Whether the words ``a`` and ``b`` pair off, each of five letters or more and one letter (one edit)
    from its pair: one name typed two ways. Two letters apart are two words (Pertanian, Pertanahan).

    >>> _salah_ketik(["kopersi"], ["koperasi"]), _salah_ketik(["pertanian"], ["pertanahan"])
    (True, False)
    >>> _salah_ketik(["sosil"], ["sosial"]), _salah_ketik(["pp"], ["pa"])
    (True, False)
    """
    from rapidfuzz.distance import Levenshtein  # imported when two office names are first compared

    sisa = list(b)
    for w in a:
        x = next((x for x in sisa if min(len(w), len(x)) >= 5 and Levenshtein.distance(w, x, score_cutoff=1) <= 1),
                 None)
        if x is None:
            return False
        sisa.remove(x)
    return len(a) == len(b) > 0


def _seperti_ditulis(nama, kata: list[str]) -> list[str]:
    """Words of ``kata_kantor`` named as ``nama`` writes them where it wrote another form (``_KATA_SAMA``):
    a message names the words a side wrote.

    >>> _seperti_ditulis("BADAN PENGELOLA KEUANGAN DAN ASET DAERAH", ["pengelolaan"])
    ['pengelola']
    """
    ditulis = set(re.sub(r"[^\w]+", " ", str(nama)).lower().split())
    return [_ASAL.get(w, w) if w not in ditulis and _ASAL.get(w) in ditulis else w for w in kata]
