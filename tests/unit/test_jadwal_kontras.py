"""A keterangan that denies one quarter and sets another against it, or names a quarter
"not only" but "also" with another, schedules the work in the quarter it affirms, the earliest
of them (REV-I I4 leftovers, ``metrics.triwulan_dijadwalkan``). A denial without a quarter set
against it, or one whose contrasting quarter is denied too, schedules nothing: no quarter is
read rather than a wrong one. Each expected value is what the sentence says, read by hand."""
import math

import pytest

from renja_analysis.metrics import triwulan_dijadwalkan

DIBACA = [
    # "not only ... but also": both quarters; the earliest counts
    ("Tidak hanya dilaksanakan di triwulan 4, tetapi juga triwulan 3", 3),
    ("Tidak hanya dilaksanakan pada triwulan 2, melainkan juga triwulan 1", 1),
    ("Dilaksanakan tidak hanya di triwulan 4 tetapi juga di triwulan 2", 2),
    ("Dilaksanakan di triwulan 4 dan juga triwulan 2", 2),
    ("Dilaksanakan triwulan 3 serta triwulan 4", 3),
    # a quarter denied after the verb, another set against it: the other
    ("Dilaksanakan tidak di triwulan 1 melainkan triwulan 4", 4),
    ("Dilaksanakan bukan pada triwulan II melainkan triwulan III dan IV", 3),
    ("Dilaksanakan bukan di triwulan 1 tapi triwulan IV", 4),
    ("Pelaksanaan tidak pada triwulan III, melainkan pada triwulan IV", 4),
    ("Pelaksanaan tidak di TW 2 tetapi TW 3", 3),
    # the verb denied, a quarter set against it right after
    ("Bukan dilaksanakan di triwulan 2, melainkan di triwulan 4", 4),
    ("Tidak dilaksanakan di triwulan 2 tetapi di triwulan 4", 4),
    ("Tidak dilaksanakan pada TW I, namun pada TW IV", 4),
    ("Tidak dapat dilaksanakan pada triwulan 3, tetapi pada triwulan 4", 4),
    ("Tidak dilaksanakan di triwulan 1 dan 2 tetapi di triwulan 3 dan 4", 3),
    ("Belum dilaksanakan di triwulan 2, tetapi dijadwalkan di triwulan 4", 4),
    # a quarter denied after the affirmed one is not read
    ("Dilaksanakan di triwulan 4, bukan triwulan 3", 4),
    ("Dilaksanakan di triwulan 4, tidak di triwulan 2", 4),
    ("Dilaksanakan di triwulan 4, tetapi juga tidak di triwulan 3", 4),
    # REV-L L7: the contrasted quarter not denied in its clause, or moved to a quarter: that one
    ("Tidak dilaksanakan di triwulan 2 tetapi di triwulan 4 sesuai jadwal, tidak ada kendala", 4),
    ("Tidak dilaksanakan di triwulan 2 tetapi di triwulan 3 ditunda ke triwulan 4", 4),
    ("Kegiatan tidak dilaksanakan di triwulan 2, melainkan dialihkan ke triwulan 4", 4),
    ("Tidak dilaksanakan pada triwulan II karena menunggu juknis, tetapi pada triwulan IV", 4),
]

TANPA_JADWAL = [
    "Dilaksanakan tidak di triwulan 1",
    "Tidak dilaksanakan pada triwulan 4 melainkan dialihkan ke tahun 2025",
    "Tidak dilaksanakan di triwulan 3, tetapi triwulan 4 juga tidak",
    "Tidak dilaksanakan di triwulan 2 namun triwulan 3 belum",
    "Tidak dilaksanakan di triwulan 3 tetapi di triwulan 4 tidak ada kegiatan",
    "Tidak dilaksanakan di triwulan 3 tetapi belum dijadwalkan ulang",
    # REV-L L7: the contrasted quarter cancelled, put off or denied later in its clause or sentence
    "Tidak dilaksanakan di triwulan 1 tetapi di triwulan 3 dibatalkan",
    "Tidak dilaksanakan di triwulan 2 tetapi triwulan 3 ditiadakan",
    "Tidak dilaksanakan di triwulan 2 tetapi di triwulan 3 ditunda ke tahun berikutnya",
    "Tidak dilaksanakan di triwulan 2 tetapi di triwulan 3, ditunda ke tahun berikutnya",
    "Tidak dilaksanakan di triwulan 2, tetapi di triwulan 4 pun tidak",
    "Tidak dilaksanakan pada triwulan 2 tetapi pada triwulan 3 masih belum",
    "Tidak dilaksanakan pada triwulan 2 namun triwulan 4 batal dilaksanakan",
    "Tidak dilaksanakan pada triwulan 2 karena menunggu juknis, tetapi triwulan 4 juga belum",
]


@pytest.mark.parametrize("keterangan, triwulan", DIBACA, ids=[k for k, _ in DIBACA])
def test_the_quarter_the_keterangan_affirms(keterangan, triwulan):
    assert triwulan_dijadwalkan(keterangan) == triwulan


@pytest.mark.parametrize("keterangan", TANPA_JADWAL)
def test_a_denial_without_an_affirmed_quarter_schedules_nothing(keterangan):
    assert math.isnan(triwulan_dijadwalkan(keterangan))
