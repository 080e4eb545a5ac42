import pandas as pd

from renja_analysis.names import align, infer_levels, level_from_code, marked_level, normalise_name, similarity


def test_normalise_name_drops_prefix_case_and_punctuation():
    assert normalise_name("<b>Kegiatan Pemeliharaan Barang Milik Daerah</b>") == \
        "pemeliharaan barang milik daerah"
    assert normalise_name("PROGRAM  PENGEMBANGAN UMKM") == "pengembangan umkm"
    assert normalise_name("Pemeliharaan / Rehabilitasi Gedung") == "pemeliharaan rehabilitasi gedung"


def test_similarity_tolerates_extraction_damage():
    assert similarity("PROGRAM PELAYANAN IZIN USAHASIMPAN PINJAM",
                      "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM") == 100
    assert similarity("Penyediaan Barang Cetakandan Penggandaan",
                      "Penyediaan Barang Cetak dan Penggandaan") >= 95
    assert similarity("Penyediaan Jasa Pelayanan Umu",
                      "Penyediaan Jasa Pelayanan Umum Kantor") >= 90
    assert similarity("PROGRAM PENGEMBANGAN UMKM",
                      "PROGRAM PENGEMBANGAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)") == 100
    assert similarity("Pemulihan Usaha Mikro", "Pengembangan Usaha Mikro") < 80


def test_marked_level_and_code_level():
    assert marked_level("PROGRAM PENILAIAN") == "program"
    assert marked_level("kegiatan Penilaian") == "kegiatan"
    assert marked_level("Penilaian Kesehatan") is None
    assert level_from_code("2.17.01.2.09") == "kegiatan"
    assert level_from_code("2.17") is None


def test_levels_by_prefix_only():
    names = ["PROGRAM A", "Kegiatan B", "c", "d", "PROGRAM E", "Kegiatan F", "g"]
    assert infer_levels(names) == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan",
                                   "program", "kegiatan", "sub_kegiatan"]


def test_levels_from_budget_when_names_carry_no_prefix():
    # a 3.2-like table: kegiatan without prefix; equal-pagu siblings must stay siblings
    names = ["PROGRAM A", "Induk satu", "anak a", "anak b", "Induk dua", "anak c",
             "Induk tiga", "anak d", "anak e"]
    pagu = [60, 30, 15, 15, 10, 10, 20, 0, 20]
    assert infer_levels(names, pagu=pagu) == [
        "program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan",
        "kegiatan", "sub_kegiatan", "sub_kegiatan"]


def test_zero_pagu_kegiatan_keeps_its_zero_pagu_children():
    names = ["PROGRAM A", "Kegiatan X", "x1", "Pengadaan Barang", "Pengadaan Mobil", "Pengadaan Motor"]
    pagu = [5, 5, 5, 0, 0, None]
    assert infer_levels(names, pagu=pagu) == [
        "program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "sub_kegiatan"]


def test_known_names_give_levels():
    known = {"Kegiatan Administrasi Umum Perangkat Daerah": "kegiatan"}
    assert infer_levels(["Administrasi Umum Perangkat Daerah", "Penyediaan ATK"], known=known) == \
        ["kegiatan", "sub_kegiatan"]


def test_align_uses_names_not_positions():
    a = ["PROGRAM A SATU", "Kegiatan Bina Usaha", "Penyediaan Bahan Logistik Kantor",
         "Penyediaan Barang Cetak dan Penggandaan"]
    b = ["PROGRAM A SATU", "Kegiatan Bina Usaha", "Penyediaan Barang Cetakandan Penggandaan"]
    pairs = [(i, j) for i, j, _ in align(a, b)]
    assert pairs == [(0, 0), (1, 1), (3, 2)]


def test_align_respects_levels():
    pairs = align(["Bina Usaha"], ["Kegiatan Bina Usaha"], ["sub_kegiatan"], ["kegiatan"])
    assert pairs == []


# --- alignment in linear time -------------------------------------------------------------

import random  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from renja_analysis import names as nm  # noqa: E402


def full_needleman_wunsch(a, b, la=None, lb=None, threshold=80.0):
    """The alignment over the whole score matrix, as ``align`` did before anchoring."""
    scores = nm.score_matrix(a, b)
    allowed = scores >= threshold
    if la is not None:
        allowed &= np.asarray(la, dtype=object)[:, None] == np.asarray(lb, dtype=object)[None, :]
    gain = np.where(allowed, scores - threshold + 1.0, -np.inf)
    n, m = len(a), len(b)
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i, j] = max(best[i - 1, j], best[i, j - 1], best[i - 1, j - 1] + gain[i - 1, j - 1])
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1, float(scores[i - 1, j - 1])))
            i, j = i - 1, j - 1
    return pairs[::-1]


POOL = [f"{w1} {w2} {w3} Nomor {k}" for k, (w1, w2, w3) in enumerate(
    (w1, w2, w3) for w1 in ("Penyediaan", "Pelaksanaan", "Pembinaan", "Fasilitasi")
    for w2 in ("Jasa", "Bahan", "Data", "Sarana") for w3 in ("Kantor", "Koperasi", "Usaha Mikro"))]


def _edited(r, names):
    """Another table's copy: rows dropped, new rows inserted, spaces lost, letters swapped."""
    out = []
    for x in names:
        u = r.random()
        if u < 0.1:
            continue
        if u < 0.2:
            out.append(f"Sub Kegiatan Baru Tambahan {r.randint(1000, 9999)}")
        if r.random() < 0.3:
            k = r.randrange(3, len(x) - 3)
            x = x[:k] + x[k + 1] + x[k] + x[k + 2:] if r.random() < 0.5 else x.replace(" ", "", 1)
        out.append(x)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_anchored_alignment_equals_the_full_matrix_when_order_is_kept(seed):
    r = random.Random(seed)
    a = r.sample(POOL, r.randint(5, 40))
    b = _edited(r, a)
    levels = r.random() < 0.5
    la = [x.split()[0] for x in a] if levels else None
    lb = [x.split()[0] for x in b] if levels else None
    assert nm.align(a, b, la, lb) == full_needleman_wunsch(a, b, la, lb)


def test_anchors_are_exact_unique_and_increasing():
    fa = nm._forms_of(["A Satu", "B Dua", "C Tiga", "D Empat", "B Dua"])
    fb = nm._forms_of(["C Tiga", "A Satu", "D Empat", "B Dua"])
    # 'B Dua' twice on one side: no anchor. A (0, 1), C (2, 0), D (3, 2): A and C cross,
    # so the longest chain increasing on both sides has two pairs; of the two, patience
    # sorting keeps C, the one with the smaller j (more room after it), then D
    assert nm._anchors(fa, fb, None, None) == [(2, 0), (3, 2)]
    # with levels, equal names of different levels do not anchor
    assert nm._anchors(fa[:1], fb[1:2], ["program"], ["kegiatan"]) == []


def test_gap_searched_in_a_band_when_large(monkeypatch):
    # no exact name at all: one gap of 30 x 30 cells; with the limit at 100 cells it is
    # searched in a band of 3 rows around the diagonal, and finds the same pairs here
    a = [f"Penyediaan Bahan Logistik Wilayah {k}" for k in range(30)]
    b = [x.replace("Logistik", "Logistk") for x in a]
    expected = [(k, k, nm.score_matrix([a[k]], [b[k]])[0, 0]) for k in range(30)]
    assert nm.align(a, b) == expected
    monkeypatch.setattr(nm, "MAX_SEL_CELAH", 100)
    monkeypatch.setattr(nm, "LEBAR_PITA", 3)
    assert nm.align(a, b) == expected
    # a pair beyond the band cannot be matched: the first row of b moved to the end
    moved = b[1:] + b[:1]
    assert (0, 29) not in {(i, j) for i, j, _ in nm.align(a, moved)}


def test_best_match_equals_argmax_of_the_score_matrix():
    r = random.Random(3)
    queries = [x if r.random() < 0.5 else x.replace("a", "e", 1) for x in r.sample(POOL, 30)]
    queries += ["Sesuatu Yang Lain Sama Sekali", "", "PROGRAM PENGEMBANGAN UMKM"]
    choices = r.sample(POOL, 25) + ["Penyediaan Jasa Kantor Nomor 0"]
    scores = nm.score_matrix(queries, choices)
    expected = [int(np.argmax(row)) if row.max() >= 80 else None for row in scores]
    assert nm.best_match(queries, choices) == expected


def test_score_matrix_keeps_single_precision_for_short_single_forms():
    # two short names: the bulk scorer's float32 value, as before; long ones: float64
    s = nm.score_matrix(["Pemulihan Usaha"], ["Pemulihan Usaha Mikro"])[0, 0]
    # "pemulihanusaha" (14 letters) begins "pemulihanusahamikro" (19): Indel ratio 200 * 14 / 33
    assert s == float(np.float32(200 * 14 / 33)) != 200 * 14 / 33
    assert nm.similarity("Pemulihan Usaha", "Pemulihan Usaha Mikro") == s       # the same rule
    long_ = nm.score_matrix(["Penyediaan Jasa Pelayanan Umum Kantor X"], ["Penyediaan Jasa Pelayanan Umum Kantor"])
    assert long_[0, 0] == nm.similarity("Penyediaan Jasa Pelayanan Umum Kantor X", "Penyediaan Jasa Pelayanan Umum Kantor")


@pytest.mark.parametrize("seed", range(20))
def test_a_band_as_wide_as_the_gap_is_the_full_programme(seed):
    r = random.Random(seed)
    a = [r.choice(POOL) for _ in range(r.randint(1, 25))]
    b = _edited(r, a)
    if r.random() < 0.5:
        r.shuffle(b)
    fa, fb = nm._forms_of(a), nm._forms_of(b)
    full = nm._align_full(fa, fb, None, None, 0, len(fa), 0, len(fb), 80.0)
    band = nm._align_band(fa, fb, None, None, 0, len(fa), 0, len(fb), 80.0, width=max(len(fa), len(fb)) + 1)
    assert band == full


# --- best_match: candidates, bounds and the scan (issue 21: linear at 100,000 rows) ----------------

def _both_paths(monkeypatch):
    """best_match's two ways of scoring the queries without an exact name: the scan (few
    queries) and the candidate index (forced by lowering the number of queries it needs)."""
    yield "scan"
    monkeypatch.setattr(nm, "_MIN_INDEXED", 0)
    yield "index"


def test_best_match_skips_a_choice_whose_length_cannot_reach_the_threshold(monkeypatch):
    # 'pemulihanusaahmikro' (19 letters) against the 43-letter form of the second choice:
    # at most 200 * 19 / 62 = 61.3 < 80, so it is never scored; the first scores
    # 100 * 36 / 38 = 94.74 (one swap: 2 edits), in single precision (both under 20 letters)
    scored = []
    real = nm._Choices.scores

    def spy(self, rows, positions, cutoff):
        scored.extend(positions.tolist())
        return real(self, rows, positions, cutoff)

    monkeypatch.setattr(nm._Choices, "scores", spy)
    choices = ["Pemulihan Usaha Mikro", "Pemulihan Usaha Mikro dan Kecil Menengah Lanjutan"]
    for _ in _both_paths(monkeypatch):
        scored.clear()
        assert nm.best_match(["Pemulihan Usaah Mikro"], choices) == [0]
        assert 1 not in scored and 0 in scored
    assert nm.similarity("Pemulihan Usaah Mikro", choices[0]) == pytest.approx(100 * 36 / 38)


def test_best_match_breaks_ties_to_the_first_choice(monkeypatch):
    # 'kanotr' is 2 edits from both 'kantro' and 'kantor' (common 'kantr' / 'kanor', 5 of 6
    # letters): both score 100 * 56 / 58 = 96.55, above the index's bound for 29 letters
    # (200 * 29 / 61 = 95.08), so the index decides; the first of the two wins either way round
    query = ["Penyediaan Bahan Logistik Kanotr"]
    a, b = "Penyediaan Bahan Logistik Kantro", "Penyediaan Bahan Logistik Kantor"
    assert nm.similarity(query[0], a) == nm.similarity(query[0], b) == pytest.approx(100 * 56 / 58)
    for _ in _both_paths(monkeypatch):
        assert nm.best_match(query, ["Pembinaan Data", a, b]) == [1]
        assert nm.best_match(query, ["Pembinaan Data", b, a]) == [1]
        assert nm.best_match(query * 3, [b, "Pembinaan Data", a]) == [0, 0, 0]


def test_best_match_keeps_the_long_name_cut_short_rule(monkeypatch):
    long_ = "Penyediaan Jasa Pelayanan Umum Kantor Daerah Kabupaten Contoh Sekali"   # 60 letters
    cut = "Penyediaan Jasa Pelayanan Umu"                                              # 26 letters
    # the ratio alone is 200 * 26 / 86 = 60.5, and 60 letters is outside the lengths a
    # 26-letter query can reach 80 with (18 to 39); the prefix rule makes it 95, either way round
    assert nm.similarity(cut, long_) == 95.0
    for _ in _both_paths(monkeypatch):
        assert nm.best_match([cut], ["Pembinaan Data", long_]) == [1]
        assert nm.best_match([long_], ["Pembinaan Data", cut]) == [1]
        # under 20 letters the rule does not apply: 200 * 14 / 52 = 53.8, no match
        assert nm.best_match(["Pemulihan Usaha"], ["Pemulihan Usaha Mikro Kecil Menengah Daerah"]) == [None]


def test_best_match_none_when_nothing_reaches_the_threshold(monkeypatch):
    for _ in _both_paths(monkeypatch):
        assert nm.best_match(["Sesuatu Yang Lain Sama Sekali", "Penyediaan Jasa Kantr Nomor 0"],
                             POOL) == [None, POOL.index("Penyediaan Jasa Kantor Nomor 0")]
        # a near miss: 'penyediaanjasa' against 'penyediaanjasakantornomor0' is 200 * 14 / 40 = 70
        assert nm.best_match(["Penyediaan Jasa"], ["Penyediaan Jasa Kantor Nomor 0"]) == [None]
        assert nm.best_match(["Penyediaan Jasa"], ["Penyediaan Jasa Kantor Nomor 0"], threshold=70) == [0]


def test_best_match_threshold_outside_0_to_100_is_refused():
    with pytest.raises(ValueError):
        nm.best_match(["Penyediaan Jasa"], ["Penyediaan Jasa Kantor"], threshold=120)
    # a name equal to a choice needs no score: found as before
    assert nm.best_match(["Penyediaan Jasa"], ["PENYEDIAAN JASA"], threshold=120) == [0]


_WORDS = ["penyediaan", "jasa", "pelayanan", "umum", "kantor", "bahan", "logistik", "usaha", "mikro",
          "kecil", "menengah", "koperasi", "data", "sarana", "dan", "pembinaan", "a", "x"]


def _random_name(r):
    words = [r.choice(_WORDS) for _ in range(r.randint(1, 7))]
    name = " ".join(words)
    if r.random() < 0.15:        # an acronym: a second name form
        name += " (" + "".join(w[0] for w in words if w != "dan")[:6] + ")"
    if r.random() < 0.2:
        name = r.choice(["Program ", "Kegiatan ", "Sub Kegiatan "]) + name
    if r.random() < 0.3:
        name += f" {r.randint(1, 40)}"
    return name


def _typed(r, name):
    """The name with 0 to 6 letters swapped, dropped, added or cut off at the end."""
    s = list(name)
    for _ in range(r.choice([0, 1, 1, 2, 2, 3, 4, 6])):
        if not s:
            break
        k = r.randrange(len(s))
        u = r.random()
        if u < 0.3 and k + 1 < len(s):
            s[k], s[k + 1] = s[k + 1], s[k]
        elif u < 0.55:
            del s[k]
        elif u < 0.8:
            s.insert(k, r.choice("abcdefghijklmnop "))
        else:
            s = s[:max(1, len(s) - r.randint(1, 8))]
    return "".join(s)


@pytest.mark.parametrize("seed", range(40))
def test_best_match_equals_the_argmax_of_every_score(seed, monkeypatch):
    r = random.Random(seed)
    choices = [_random_name(r) for _ in range(r.randint(1, 50))]
    choices += [r.choice(choices) for _ in range(r.randint(0, 4))]          # repeated names
    r.shuffle(choices)
    queries = [_typed(r, r.choice(choices)) if r.random() < 0.8 else _random_name(r)
               for _ in range(r.randint(1, 60))]
    if seed % 7 == 0:
        queries.append("")
        choices.append("")
    threshold = [80.0, 60.0, 90.0, 97.5, 0.0, 100.0][seed % 6]
    scores = nm.score_matrix(queries, choices)
    expected = [int(np.argmax(row)) if row.max() >= threshold else None for row in scores]
    assert nm.best_match(queries, choices, threshold) == expected
    monkeypatch.setattr(nm, "_MIN_INDEXED", 0)
    for edits in (2, 1, 3):
        monkeypatch.setattr(nm, "_EDITS", edits)
        assert nm.best_match(queries, choices, threshold) == expected


@pytest.mark.parametrize("edits", [1, 2, 3])
def test_candidate_index_finds_every_form_within_its_edits(edits, monkeypatch):
    from rapidfuzz.distance import Indel

    monkeypatch.setattr(nm, "_EDITS", edits)
    r = random.Random(edits)
    forms = ["".join(r.choice("abc") for _ in range(r.randint(0, 12))) for _ in range(300)]
    found = nm._Choices([(f,) for f in forms])
    queries = [_typed(r, r.choice(forms)) for _ in range(100)]
    for x, cand in zip(queries, found.candidates([(x,) for x in queries])):
        near = {j for j, y in enumerate(forms) if Indel.distance(x, y) <= edits}
        assert near <= set(cand.tolist())
        assert len(near) < len(forms)             # the case is not trivial


def _reference_anchor_pairs(fa, fb, la, lb):
    """The unique exact pairs as _anchors found them before (a set of rows per key, a call
    per row), before the longest increasing chain."""
    def postings(forms, levels):
        index: dict = {}
        for i, fs in enumerate(forms):
            for f in fs:
                if f:
                    index.setdefault((f, None if levels is None else levels[i]), set()).add(i)
        return index

    ia, ib = postings(fa, la), postings(fb, lb)

    def partner(i, forms, levels, own, other):
        found = None
        for f in forms[i]:
            if not f:
                continue
            key = (f, None if levels is None else levels[i])
            if len(own.get(key, ())) > 1:
                return None
            hits = other.get(key, ())
            if len(hits) > 1:
                return None
            if hits:
                (j,) = hits
                if found is not None and found != j:
                    return None
                found = j
        return found

    return [(i, j) for i in range(len(fa)) if (j := partner(i, fa, la, ia, ib)) is not None
            and partner(j, fb, lb, ib, ia) == i]


@pytest.mark.parametrize("seed", range(30))
def test_partners_as_a_set_of_rows_per_key_finds_them(seed):
    r = random.Random(seed)
    words = ["usaha", "mikro", "kecil", "menengah", "jasa", "dan", "a", ""]

    def name():
        w = [r.choice(words) for _ in range(r.randint(0, 4))]
        acronym = " (" + "".join(x[0] for x in w if x and x != "dan") + ")" if r.random() < 0.2 else ""
        return " ".join(w) + acronym

    a, b = [name() for _ in range(r.randint(0, 30))], [name() for _ in range(r.randint(0, 30))]
    la = [r.choice("pk") for _ in a] if seed % 2 else None
    lb = [r.choice("pk") for _ in b] if seed % 2 else None
    fa, fb = nm._forms_of(a), nm._forms_of(b)
    part_a, part_b = nm._partners(fa, fb, la, lb)
    expected = _reference_anchor_pairs(fa, fb, la, lb)
    assert [(i, int(part_a[i])) for i in range(len(fa)) if part_a[i] >= 0 and part_b[part_a[i]] == i] == expected


def test_forms_remembered_keeps_normalised_names_for_the_block_only():
    import pandas as pd

    outside = nm.normalise_name("Kegiatan Pemulihan, Usaha")
    with nm.forms_remembered():
        assert nm.normalise_name("Kegiatan Pemulihan, Usaha") == outside == "pemulihan usaha"
        assert nm._NORMALISED == {"Kegiatan Pemulihan, Usaha": "pemulihan usaha"}
        # a Series with its own index: names taken in order, not by label
        assert nm._forms_of(pd.Series(["Satu Dua", "Tiga"], index=[7, 0])) == [("satudua",), ("tiga",)]
    assert nm._NORMALISED is None and nm._REMEMBERED is None


# --- align: the one-by-one gaps between anchors decided together ---------------------------------

def _align_gap_by_gap(a, b, la=None, lb=None, threshold=80.0):
    """``align`` as it was: ``_align_full`` on every gap between the anchors, one at a time."""
    fa, fb = nm._forms_of(a), nm._forms_of(b)
    if la is not None:
        la, lb = [str(x) for x in la], [str(x) for x in lb]
    pairs, pi, pj = [], -1, -1
    for i, j in [*nm._anchors(fa, fb, la, lb), (len(fa), len(fb))]:
        if i > pi + 1 and j > pj + 1:
            pairs += nm._align_full(fa, fb, la, lb, pi + 1, i, pj + 1, j, threshold)
        if i < len(fa):
            pairs.append((i, j, 100.0))
        pi, pj = i, j
    return pairs


def test_align_decides_a_one_by_one_gap_by_its_pair_alone():
    # "beda sekali x" / "beda sekali y" (11 letters each, one replaced: 2 edits) score
    # 100 * 20 / 22 = 90.9 (single precision: two single short forms) and pair; "lain" / "jauh
    # sekali" score below 80 and do not; the equal names are anchors
    a = ["A Satu", "Beda Sekali X", "C Tiga", "Lain", "D Empat"]
    b = ["A SATU", "Beda Sekali Y", "C TIGA", "Jauh Sekali", "D EMPAT"]
    got = align(a, b)
    assert [(i, j) for i, j, _ in got] == [(0, 0), (1, 1), (2, 2), (4, 4)]
    assert got[1][2] == pytest.approx(100 * 20 / 22, rel=1e-6)
    # another level: the pair is not allowed, whatever its score
    lv = ["program", "kegiatan", "program", "kegiatan", "program"]
    assert [(i, j) for i, j, _ in align(a, b, lv, ["program", "sub_kegiatan", "program", "kegiatan", "program"])] \
        == [(0, 0), (2, 2), (4, 4)]


@pytest.mark.parametrize("seed", range(30))
def test_align_with_one_by_one_gaps_together_is_align_gap_by_gap(seed, monkeypatch):
    r = random.Random(seed)
    a = [f"{r.choice(POOL)} {k}" for k in range(r.randint(1, 120))]
    b = _edited(r, a)
    la = [r.choice(["program", "kegiatan"]) for _ in a]
    lb = [r.choice(["program", "kegiatan"]) for _ in b]
    monkeypatch.setattr(nm, "_SATU_BLOK", r.choice([1, 3, 64]))     # blocks cut anywhere
    assert align(a, b) == _align_gap_by_gap(a, b)
    assert align(a, b, la, lb) == _align_gap_by_gap(a, b, la, lb)


@pytest.mark.parametrize("kosong", [float("nan"), np.nan, pd.NA, None])
def test_nama_kosong_tidak_dibaca_sebagai_kata(kosong):
    # a missing name is no word: read as text it was "nan" or "na", the same as a sub kegiatan
    # called "Nan" (a fuzzy match of 100) and unlike the other missing kind ("nan" vs "na")
    assert normalise_name(kosong) == ""
    assert similarity(kosong, "Nan") == 0.0
    assert similarity(kosong, "NA") == 0.0
    assert normalise_name(kosong) == normalise_name(pd.NA) == normalise_name(float("nan"))
