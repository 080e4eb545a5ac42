"""Empty exports named by ranges whose first day is written without its month, one series split in two
(REV-AA AA3).

``1 sd 15 Maret 2026`` and ``16 sd 31 Maret 2026`` (both ``[]``: the office paid nothing in March) kept
their bare first day in the series (``pkm 1#``, ``pkm 16#``: the day may be an office's number, REV-X
X2), so the two halves never joined and March, truly empty, was a gap (peringatan on the document's rows)
where the same exports named ``2026-03-01_sd_2026-03-15`` / ``2026-03-16_sd_2026-03-31`` covered it.
A bare first day that starts the day after a period of the series without that day ends (16 after 15
March; 1 March after 28 February, ``01`` beside ``1``) continues the range: the two join. A number that
continues no period (``pkm 02 sd 31 Maret``: 2 March, after no period ending 1 March) stays the series'.

Expectations by hand: office "7" read January (1 to 31) and February (1 to 28) 2026; the empty exports
reach March's days 1 to 15 and 16 to 31, every day of March (31 days): March is covered by each.
"""
from __future__ import annotations

import pandas as pd

from renja_analysis.findings.realisation import _nama_bulan, ekspor_kosong

BACA = ["pkm 1 sd 31 Januari 2026.json", "pkm 1 sd 28 Februari 2026.json"]


def _kosong(kosong: list[str]) -> list[tuple[str, str, str]]:
    akun = pd.DataFrame({"berkas": BACA + kosong, "format": "json",
                         "status": ["dibaca"] * len(BACA) + ["kosong"] * len(kosong)})
    baris = pd.DataFrame({"berkas": BACA, "kode_skpd": ["7", "7"]})
    k = ekspor_kosong(akun, baris)
    return sorted(zip(k["kode_skpd"], [_nama_bulan(m, m) for m in k["bulan"]], k["berkas"]))


def test_march_split_in_two_empty_halves_covers_march():
    # old: nothing ('pkm 16#' has no office; 'pkm 1#' reaches 1 to 15 March only)
    assert _kosong(["pkm 1 sd 15 Maret 2026.json", "pkm 16 sd 31 Maret 2026.json"]) == [
        ("7", "Maret 2026", "pkm 1 sd 15 Maret 2026.json"), ("7", "Maret 2026", "pkm 16 sd 31 Maret 2026.json")]


def test_first_day_padded_otherwise_continues_february():
    # old: nothing ('pkm 01#' has no office)
    assert _kosong(["pkm 01 sd 31 Maret 2026.json"]) == [("7", "Maret 2026", "pkm 01 sd 31 Maret 2026.json")]


def test_half_alone_covers_nothing():
    # 16 to 31 March continues no period ending 15 March: no office, covers nothing; 1 to 15 March alone
    # reaches part of March: nothing either
    assert _kosong(["pkm 16 sd 31 Maret 2026.json"]) == []
    assert _kosong(["pkm 1 sd 15 Maret 2026.json"]) == []


def test_number_continuing_nothing_stays_the_series():
    # 'pkm 02 sd 31 Maret': 2 to 31 March, after no period ending 1 March: Puskesmas 02's, not office 7's
    assert _kosong(["pkm 02 sd 31 Maret 2026.json"]) == []
