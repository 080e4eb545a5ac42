"""Names: normalise them, infer each row's level, match rows across tables.

The same program or sub kegiatan is spelled differently from table to table
(missing spaces, truncation, typos, an acronym for a long phrase, with or without
the ``Kegiatan`` prefix). Joins therefore use a normalised key and fuzzy
similarity (rapidfuzz), and rows are aligned in document order so that a
position never outweighs a clearly better name match.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from .config import NAME_MATCH_THRESHOLD
from .numbers import clean_text

LEVELS = ("program", "kegiatan", "sub_kegiatan")
_PREFIX = re.compile(r"^\s*(sub\s*kegiatan|kegiatan|program)\b[\s:.-]*", re.IGNORECASE)
_STOP = {"dan", "serta", "atau", "yang", "di", "ke"}
_ACRONYM = re.compile(r"\(([a-z]{2,8})\)")


def normalise_name(name) -> str:
    """The join form of a name: lower case, no level prefix, no punctuation.

    Examples
    --------
    >>> normalise_name("<b>Kegiatan Perencanaan, Penganggaran,dan Evaluasi</b>")
    'perencanaan penganggaran dan evaluasi'
    >>> normalise_name("PROGRAM PELAYANAN IZIN USAHASIMPAN PINJAM")
    'pelayanan izin usahasimpan pinjam'
    """
    text = unicodedata.normalize("NFKC", clean_text(name)).casefold()
    text = _PREFIX.sub("", text)
    text = re.sub(r"[^0-9a-z()]+", " ", text)
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
    norm = normalise_name(name)
    forms = [norm.replace("(", "").replace(")", "")]
    words = norm.split()
    for i, w in enumerate(words):
        m = _ACRONYM.fullmatch(w)
        if m:
            collapsed = _collapse_acronym(words, m.group(1), i)
            if collapsed:
                forms.append(" ".join(collapsed))
    return [f.replace(" ", "").replace("(", "").replace(")", "") for f in dict.fromkeys(forms)]


def _pair_score(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 20 and long_.startswith(short):
        score = max(score, 95.0)
    return score


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
    """
    return max(_pair_score(x, y) for x in name_forms(a) for y in name_forms(b))


def score_matrix(a: Sequence, b: Sequence) -> np.ndarray:
    """Pairwise ``similarity`` of two name lists as an ``len(a) x len(b)`` array."""
    fa = [name_forms(x) for x in a]
    fb = [name_forms(y) for y in b]
    out = np.zeros((len(a), len(b)))
    if not len(a) or not len(b):
        return out
    # first forms in bulk; extra (acronym) forms only where they exist
    out[:] = process.cdist([f[0] for f in fa], [f[0] for f in fb], scorer=fuzz.ratio)
    for i, xs in enumerate(fa):
        for j, ys in enumerate(fb):
            if len(xs) > 1 or len(ys) > 1 or min(len(xs[0]), len(ys[0])) >= 20:
                out[i, j] = max(_pair_score(x, y) for x in xs for y in ys)
    return out


def align(a_names: Sequence, b_names: Sequence, a_levels: Sequence | None = None,
          b_levels: Sequence | None = None, threshold: float = NAME_MATCH_THRESHOLD):
    """Align two ordered lists of names (Needleman-Wunsch, no crossings).

    Pairs must reach ``threshold`` similarity and, when levels are given, have the
    same level. Among monotone matchings the one with the largest total
    ``score - threshold + 1`` wins, so order is respected but never forces a
    poor match.

    Returns
    -------
    list of (i, j, score)
        Matched index pairs in order; unmatched rows are simply absent.

    Examples
    --------
    >>> align(["Program A Satu", "Kegiatan Dua Dua", "Tiga Tiga Tiga"],
    ...       ["PROGRAM A SATU", "Tiga Tiga Tiga"])
    [(0, 0, 100.0), (2, 1, 100.0)]
    """
    n, m = len(a_names), len(b_names)
    scores = score_matrix(list(a_names), list(b_names))
    allowed = scores >= threshold
    if a_levels is not None and b_levels is not None:
        la = np.asarray([str(x) for x in a_levels], dtype=object)
        lb = np.asarray([str(x) for x in b_levels], dtype=object)
        allowed &= la[:, None] == lb[None, :]
    gain = np.where(allowed, scores - threshold + 1.0, -np.inf)
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i, j] = max(best[i - 1, j], best[i, j - 1], best[i - 1, j - 1] + gain[i - 1, j - 1])
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1, float(scores[i - 1, j - 1])))
            i, j = i - 1, j - 1
    return pairs[::-1]


def marked_level(name) -> str | None:
    """The level a name announces by its own prefix, if any.

    Examples
    --------
    >>> marked_level("<b>PROGRAM PENGEMBANGAN UMKM</b>"), marked_level("Kegiatan Penilaian")
    ('program', 'kegiatan')
    >>> marked_level("Sub Kegiatan Pemulihan"), marked_level("Pemulihan Usaha Mikro") is None
    ('sub_kegiatan', True)
    """
    m = _PREFIX.match(clean_text(name))
    if not m:
        return None
    word = m.group(1).lower().replace(" ", "")
    return {"program": "program", "kegiatan": "kegiatan", "subkegiatan": "sub_kegiatan"}[word]


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
    return {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}.get(len(parts))


def infer_levels(names: Sequence, pagu: Sequence | None = None, known: dict | None = None,
                 threshold: float = NAME_MATCH_THRESHOLD) -> list[str]:
    """Infer program / kegiatan / sub kegiatan for rows in document order.

    Signals, strongest first:

    1. the name's own prefix (``PROGRAM ...``, ``Kegiatan ...``);
    2. ``known``: a mapping of names (from another table) to levels, matched fuzzily;
    3. the budget hierarchy (``pagu`` given): an unmarked row that fits in what
       is left of the current kegiatan's pagu is one of its sub kegiatan; else,
       when its pagu equals the sum of the longest run of unmarked or sub
       kegiatan rows after it (at least one), it is a kegiatan and those rows
       are its sub kegiatan;
    4. otherwise sub kegiatan.

    Bold and capitals are not used: they are not reliable in every table.

    Examples
    --------
    >>> infer_levels(["PROGRAM X", "Kegiatan Y", "Satu", "Dua"])
    ['program', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan']
    >>> infer_levels(["PROGRAM X", "Induk", "Anak satu", "Anak dua", "Induk lain", "Anak tiga"],
    ...              pagu=[30, 30, 10, 20, 5, 5])
    ['program', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan', 'kegiatan', 'sub_kegiatan']
    >>> infer_levels(["Kegiatan K", "Satu", "Dua"], pagu=[30, 15, 15])
    ['kegiatan', 'sub_kegiatan', 'sub_kegiatan']
    """
    names = list(names)
    levels: list[str | None] = [marked_level(n) for n in names]
    if known:
        known_names = list(known)
        unmarked = [i for i, lv in enumerate(levels) if lv is None]
        if unmarked:
            scores = score_matrix([names[i] for i in unmarked], known_names)
            for row, i in enumerate(unmarked):
                j = int(np.argmax(scores[row]))
                if scores[row, j] >= threshold:
                    levels[i] = known[known_names[j]]
    if pagu is not None:
        _levels_from_budget(levels, [0.0 if pd.isna(v) else float(v) for v in pagu])
    return [lv or "sub_kegiatan" for lv in levels]


def _levels_from_budget(levels: list, values: list[float]) -> None:
    """Rule 3 of ``infer_levels``, in place: fill unknown levels from the pagu hierarchy."""
    remaining: float | None = None
    children = 0
    i = 0
    while i < len(levels):
        lv = levels[i]
        if lv == "program":
            remaining = None
        elif lv == "kegiatan":
            remaining, children = values[i], 0
        elif lv == "sub_kegiatan":
            remaining = None if remaining is None else remaining - values[i]
            children += 1
        elif remaining is not None and (children == 0 or (
                remaining > 0.5 and values[i] <= remaining + 0.5)):
            # a kegiatan has at least one sub kegiatan; then they fill its pagu
            levels[i] = "sub_kegiatan"
            remaining -= values[i]
            children += 1
        else:
            run = []
            j = i + 1
            while j < len(levels) and levels[j] in (None, "sub_kegiatan"):
                run.append(j)
                j += 1
            total, last = 0.0, None
            for k, j in enumerate(run):
                total += values[j]
                if abs(total - values[i]) < 0.5:
                    last = k
                elif total > values[i] + 0.5:
                    break
            if last is None:
                levels[i] = "sub_kegiatan"
            else:
                levels[i] = "kegiatan"
                for j in run[: last + 1]:
                    levels[j] = "sub_kegiatan"
                remaining, children = 0.0, last + 1
                i = run[last] + 1
                continue
        i += 1
