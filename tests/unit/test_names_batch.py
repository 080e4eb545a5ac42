"""Names normalised, given their forms and their marked level many at a time (Arrow) against the
same rules applied one name at a time (the per-name functions stay the oracle)."""
import random

import numpy as np
import pytest

from renja_analysis import names

# pieces of names: level prefixes in every case and spacing, bold markers, every ASCII white
# space ``str.split`` knows (\x0b, \x1c-\x1f too), punctuation, parentheses and acronyms, and
# non-ASCII text (NBSP, accents, the long s and Kelvin sign that match under IGNORECASE, ß,
# full-width letters), which must take the per-name path
PIECES = ["program", "PROGRAM", "Program:", "Kegiatan", "KEGIATAN", "kegiatan.", "sub kegiatan", "Sub  Kegiatan",
          "SUBKEGIATAN", "sub\tkegiatan", "<b>", "</b>", "<B>", "</B>", "</b >", "<i>", "usaha", "Mikro", "(UMKM)",
          "Usaha Menengah", "(", ")", "dan", "serta", "-", ":", ".", ",", "_", "/", " ", "  ", "\t", "\x0b", "\x1c",
          "\x1f", "\r\n", "programx", "kegiatan_", "2.17", "Rp", "a", "b", "(ab)", "(abc)", "\u00a0", "\u00e9",
          "\u017f", "K", "\u212a", "\u00df", "\uff46\uff55\uff4c\uff4c"]


def _random_names(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 7))) for _ in range(count)]


@pytest.mark.parametrize("seed", [0, 1])
def test_normalised_many_is_normalise_name(seed):
    plain = [x for x in _random_names(seed, 3000) if x.isascii()]
    assert len(plain) > 1000
    assert names._normalised_many(plain) == [names._normalised.__wrapped__(x) for x in plain]


@pytest.mark.parametrize("seed", [2, 3])
def test_marked_levels_are_marked_level(seed):
    mixed = _random_names(seed, 3000) + [None, 1.5]
    assert names._marked_levels(mixed) == [names._marked_level.__wrapped__(x) for x in mixed]


@pytest.mark.parametrize("seed", [4, 5])
def test_forms_many_at_once_are_the_forms_one_by_one(seed):
    mixed = _random_names(seed, 3000)
    with names.forms_remembered():
        # some names normalised before (as Tabel 2.2's are when its rows are compared)
        for x in mixed[:500]:
            names.normalise_name(x)
        got = names._forms_of(mixed + [None])
    assert got == [names._forms.__wrapped__(x) for x in mixed] + [tuple(names.name_forms(None))]


@pytest.mark.parametrize("seed", [6, 7])
def test_normalise_names_is_normalise_name_one_by_one(seed):
    mixed = _random_names(seed, 3000)
    mixed[10:10] = [None, mixed[20], mixed[20]]          # a missing name, a name twice
    with names.forms_remembered():
        for x in mixed[:300]:                           # some normalised before
            names.normalise_name(x)
        got = names.normalise_names(mixed)
        assert names.normalise_names(tuple(mixed)) == got   # kept: the same again
    assert got == [None if x is None else names._normalised.__wrapped__(x) for x in mixed]
    assert got[10] is None and got[11] == got[12]
    assert names.normalise_names(mixed) == got          # outside the block, name by name


def test_candidate_index_the_same_built_in_blocks(monkeypatch):
    forms = [names.name_forms(x) for x in _random_names(8, 500)]
    whole = names._Choices(forms)
    whole._index()
    monkeypatch.setattr(names, "_INDEKS_BLOK", 7)        # blocks of 7 forms, a short last one
    blocks = names._Choices(forms)
    blocks._index()
    assert len(whole._keys) == 3 * len(whole.flat) > 1000
    assert whole._keys.tolist() == blocks._keys.tolist()
    assert whole._pos.tolist() == blocks._pos.tolist()


def test_powers_and_prefix_sums_by_hand():
    assert names._powers(3, 4).tolist() == [1, 3, 9, 27, 81]
    assert names._powers(2, 64)[64] == 0                 # 2**64 wraps to 0
    h = names._SubstringHashes(["ab", "b"])             # codes a=97, b=98, base B
    b = names._BASE
    assert h.start.tolist() == [0, 2]
    assert h.prefix.tolist() == [0, 97, (97 + 98 * b) % 2**64, (97 + 98 * b + 98 * b * b) % 2**64]
    # "b" of "ab" and "b" alone: one hash
    x = h.hash(np.array([0, 1]), np.array([1, 0]), np.array([2, 1])).tolist()
    assert x[0] == x[1] == 98


def test_hand_derived_forms_and_levels():
    # worked out by hand from the rules: bold markers out, prefix out, punctuation a space,
    # the acronym's phrase collapsed, parentheses and spaces out of the forms
    many = ["<b>PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)</b>",
            "Sub\x1c Kegiatan:  Pemulihan-Usaha Mikro", "kegiatanku Satu)"] * 50
    with names.forms_remembered():
        forms = names._forms_of(many)
    assert forms[:3] == [("pengembanganusahamenengahusahakecildanusahamikroumkm", "pengembanganumkm"),
                         ("pemulihanusahamikro",), ("kegiatankusatu",)]
    assert names._marked_levels(many)[:3] == ["program", "sub_kegiatan", None]


POOL = ["Pengembangan Usaha Menengah Usaha Kecil dan Usaha Mikro (UMKM)", "Pemulihan Usaha Mikro", "",
        "Penyediaan Jasa Pelayanan Umum Kantor", "Penyediaan Jasa Pelayanan Umu", "A", "ab", "Program Pengembangan UMKM",
        "Peningkatan Kapasitas Aparatur Sipil Negara (ASN)", "Peningkatan Kapasitas ASN", "Pembinaan SD",
        "Koordinasi dan Sinkronisasi (KS) Data", "Kegiatan Penilaian", "x y z", "Pembinaan SMP"]


def _edited(rng: random.Random, name: str) -> str:
    chars = list(name)
    for _ in range(rng.randint(0, 4)):
        op, k = rng.random(), rng.randint(0, len(chars))
        if op < 0.3 and chars:
            del chars[min(k, len(chars) - 1)]
        elif op < 0.6:
            chars.insert(k, rng.choice("abcdeu ()"))
        elif op < 0.8:
            chars = chars[:rng.randint(0, len(chars))]     # cut short
        else:
            chars += list(" " + rng.choice(POOL))          # run on
    return "".join(chars)


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("cutoff", [None, 80.0])
def test_pair_scores_are_each_pair_scored_alone(seed, cutoff):
    # the scores single gaps get pair by pair: bit for bit the value of the pair's own score matrix
    # (acronyms give names two forms; long prefixes score 95; short single forms single precision)
    rng = random.Random(seed)
    a = [_edited(rng, rng.choice(POOL)) for _ in range(600)]
    b = [_edited(rng, rng.choice(POOL)) for _ in range(600)]
    fa, fb = names._forms_of(a), names._forms_of(b)
    assert sum(len(fs) > 1 for fs in fa) > 10
    expected = [float(names._block_scores([x], [y], cutoff)[0, 0]) for x, y in zip(fa, fb)]
    assert names._pair_scores(fa, fb, cutoff).tolist() == expected


def test_substring_hashes_equal_for_equal_text_only():
    # hand-picked: "usaha" at 0 of one string and at 5 of the other; "mikro" twice; "usahm" not
    h = names._SubstringHashes(["usahamikro", "mikrousaha", "usahm"])
    got = h.hash(np.array([0, 1, 0, 1, 2, 2]), np.array([0, 5, 5, 0, 0, 0]), np.array([5, 10, 10, 5, 5, 0])).tolist()
    assert got[0] == got[1] and got[2] == got[3]
    assert len({got[0], got[2], got[4]}) == 3
    assert got[5] == 0                                   # the empty text


@pytest.mark.parametrize("seed", [0, 1])
def test_candidates_hold_every_form_within_the_edits(seed):
    # what best_match's bound relies on: every choice form within _EDITS inserted or deleted
    # letters of a query form is a candidate (checked by brute force with rapidfuzz's Indel)
    from rapidfuzz.distance import Indel

    rng = random.Random(seed)
    choices = [_edited(rng, rng.choice(POOL)) for _ in range(300)]
    queries = [_edited(rng, rng.choice(choices)) for _ in range(100)]
    fc, fq = names._forms_of(choices), names._forms_of(queries)
    index = names._Choices(fc)
    found = index.candidates(fq)
    for fs, cand in zip(fq, found):
        near = {p for p, y in enumerate(index.flat) if any(Indel.distance(x, y) <= names._EDITS for x in fs)}
        assert near <= set(cand.tolist())
