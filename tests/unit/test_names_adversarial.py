"""``names.best_match`` against the argmax of every score (the answer of the f1430e7
implementation, which scored every pair) on adversarial names: level prefixes that
``normalise_name`` strips, several parenthesised acronyms (names with several forms), names
shorter than the index's pieces, forms of 19-21 letters (the single-precision and 'cut short'
edges), names cut short or lengthened, typos, repeats, empty names, and thresholds on and next
to the bounds' margin. Run large once in review (30,000 cases, no difference); a fast slice here.
"""
from __future__ import annotations

import random

import numpy as np
import pytest

from renja_analysis import names as nm

_WORDS = ["usaha", "mikro", "kecil", "menengah", "koperasi", "pengembangan", "pelayanan", "izin",
          "simpan", "pinjam", "dan", "serta", "umum", "kantor", "jasa", "a", "ab", "b", "ka", "mu",
          "penyediaan", "pemulihan", "data", "dat", "u", "m", "k"]
_PREFIXES = ["", "", "Program ", "Kegiatan ", "Sub Kegiatan ", "PROGRAM: ", "sub  kegiatan - "]
_THRESHOLDS = [0, 1e-4, 1e-3, 0.5, 50, 79.999, 80, 80.0005, 85, 94.99, 95, 95.0001, 96, 99.9999, 100]


def _typo(r: random.Random, s: str) -> str:
    if not s:
        return s
    i, op = r.randrange(len(s) + 1), r.random()
    if op < 0.3:
        return s[:i] + r.choice("aku ") + s[i:]
    if op < 0.6:
        return s[:i] + s[i + 1:]
    if op < 0.8 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + r.choice("xyz") + s[i + 1:]


def _name(r: random.Random) -> str:
    if r.random() < 0.05:
        return r.choice(["", " ", "()", "(ab)", "-", "Program"])
    words = [r.choice(_WORDS) for _ in range(r.choice([1, 1, 2, 3, 4, 5, 6, 8]))]
    if r.random() < 0.35:                  # an acronym of the words before it, maybe a second one
        n = r.randint(2, len(words)) if len(words) >= 2 else 1
        acronym = "".join(w[0] for w in words[-n:] if w not in ("dan", "serta"))[:8]
        if len(acronym) >= 2:
            words.append(f"({acronym.upper() if r.random() < .5 else acronym})")
        if r.random() < 0.3:
            words += [r.choice(_WORDS), f"({r.choice(_WORDS)[:2]}{r.choice('abk')})"]
    return r.choice(_PREFIXES) + " ".join(words)


def _names(r: random.Random, pool: list[str], n: int) -> list[str]:
    out = []
    for _ in range(n):
        x = r.random()
        if pool and x < 0.3:
            out.append(_typo(r, r.choice(pool)))
        elif pool and x < 0.4:
            p = r.choice(pool)
            out.append(p[:r.randint(max(0, len(p) - 8), len(p))])       # cut short
        elif pool and x < 0.5:
            out.append(r.choice(pool) + " " + r.choice(_WORDS))           # lengthened
        elif pool and x < 0.55:
            out.append(_typo(r, _typo(r, _typo(r, r.choice(pool)))))
        elif pool and x < 0.6:
            out.append(r.choice(pool))
        else:
            out.append(_name(r))
    return out


@pytest.mark.parametrize("seed", range(60))
def test_best_match_equals_every_score_argmax_on_adversarial_names(seed, monkeypatch):
    r = random.Random(seed)
    choices = _names(r, [], r.randint(0, 40))
    choices = _names(r, choices, r.randint(0, 120))
    r.shuffle(choices)
    queries = _names(r, choices, r.randint(0, 120))
    threshold = r.choice(_THRESHOLDS) if r.random() < 0.7 else r.uniform(0, 100)
    if queries and choices:
        scores = nm.score_matrix(queries, choices)
        expected = [int(np.argmax(row)) if row.max() >= threshold else None for row in scores]
    else:
        expected = [None] * len(queries)
    assert nm.best_match(queries, choices, threshold) == expected
    # the index, the grouping and the scan each decide every query
    monkeypatch.setattr(nm, "_MIN_INDEXED", r.choice([0, 1, 2]))
    monkeypatch.setattr(nm, "_GROUP", r.choice([1, 2, 3, 64]))
    assert nm.best_match(queries, choices, threshold) == expected
