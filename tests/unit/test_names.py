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
    assert s == float(np.float32(nm._pair_score("pemulihanusaha", "pemulihanusahamikro")))
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
