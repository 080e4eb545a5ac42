"""Property: writing any rupiah cell of a consistent document in either convention gives the
same numbers and no ``kritis`` finding.

The document is ``tests/data/renja-mini.md`` with its Tabel 2.2 rupiah made up by
hypothesis: four sub kegiatan with pagu from Rp 1.000 to Rp 999.999 (one group of three
digits after the separator, so each such cell reads two ways: ``845,120`` / ``845.120``),
their kegiatan and programs the sums, each stated serapan the ratio of its row. Each
rupiah cell is written English (``845,120``) or Indonesian (``845.120``) at random, as
offices' spreadsheets do row by row. Whatever the mix, the reader must give back the
numbers written and never accuse the document.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from renja_analysis import load_document
from renja_analysis.config import ROOT

# hypothesis examples over whole documents
pytestmark = pytest.mark.slow

MINI = (ROOT / "tests" / "data" / "renja-mini.md").read_text(encoding="utf-8").split("\n")
#: 1-based lines of the mini document's Tabel 2.2 rows (see the file): program A, kegiatan A,
#: its sub kegiatan A1, A2 (after a page break), program B, kegiatan B, sub kegiatan B1, B2
PROG_A, KEG_A, SUB_A1, SUB_A2, PROG_B, KEG_B, SUB_B1, SUB_B2 = 29, 30, 36, 37, 38, 39, 40, 41


def _rupiah(value: int, konvensi: str) -> str:
    english = f"{value:,}"
    return english if konvensi == "en" else english.replace(",", ".")


def _persen(real: int, pagu: int, konvensi: str) -> str:
    text = f"{real / pagu * 100:.4f}"          # four decimals: never read two ways
    return text if konvensi == "en" else text.replace(".", ",")


def _document(subs: list[tuple[int, int]], conventions: list[str]) -> tuple[str, dict]:
    """The mini document with ``subs`` ((pagu, realisasi) of A1, A2, B1, B2) and their sums,
    each rupiah cell in the convention drawn for it; returns the text and the expected
    (pagu, realisasi) by line."""
    (pa1, ra1), (pa2, ra2), (pb1, rb1), (pb2, rb2) = subs
    a, b = (pa1 + pa2, ra1 + ra2), (pb1 + pb2, rb1 + rb2)
    expected = {PROG_A: a, KEG_A: a, SUB_A1: subs[0], SUB_A2: subs[1],
                PROG_B: b, KEG_B: b, SUB_B1: subs[2], SUB_B2: subs[3]}
    lines = list(MINI)
    conv = iter(conventions)
    for line, (pagu, real) in expected.items():
        cells = lines[line - 1].split("\t")
        bold = cells[0].startswith("<b>")
        wrap = (lambda t: f"<b>{t}</b>") if bold else (lambda t: t)
        cells[4] = wrap(_rupiah(pagu, next(conv)))
        cells[7] = wrap(_rupiah(real, next(conv)))
        cells[9] = wrap(_persen(real, pagu, next(conv)))
        lines[line - 1] = "\t".join(cells)
    return "\n".join(lines), expected


@st.composite
def _sub(draw):
    pagu = draw(st.integers(1_000, 999_999))
    return pagu, draw(st.integers(1_000, pagu))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subs=st.lists(_sub(), min_size=4, max_size=4),
       conventions=st.lists(st.sampled_from(["en", "id"]), min_size=24, max_size=24))
def test_either_convention_same_numbers_no_kritis(subs, conventions, tmp_path):
    text, expected = _document(subs, conventions)
    path = tmp_path / "campur.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    ev = doc.evaluasi.set_index("baris_sumber")
    for line, (pagu, real) in expected.items():
        assert float(ev.loc[line, "pagu_rp"]) == pagu, (line, text.split("\n")[line - 1])
        assert float(ev.loc[line, "realisasi_rp"]) == real, (line, text.split("\n")[line - 1])
    # no kritis finding says the document contradicts itself; the mini document's own signals
    # (a sub kegiatan scheduled for TW 3 that has spent: serapan_tanpa_output) are about its
    # performance, not about its numbers, and may be kritis
    kritis = doc.temuan[(doc.temuan["tingkat"].astype(str) == "kritis")
                        & (doc.temuan["jenis"].astype(str) != "serapan_tanpa_output")]
    assert kritis.empty, kritis[["jenis", "baris_sumber", "pesan"]].to_dict("records")
    # every rupiah cell written with one group of three digits was read two ways and settled
    two_ways = sum(1 for pagu, real in expected.values() for v in (pagu, real) if 1_000 <= v <= 999_999)
    assert int((doc.temuan["jenis"].astype(str) == "angka_ambigu").sum()) == two_ways


def test_the_mini_document_is_what_the_property_edits():
    """The lines named above are the Tabel 2.2 rows they say (a change to the file fails here,
    not as a puzzling property failure)."""
    names = {line: MINI[line - 1].split("\t")[0] for line in (PROG_A, KEG_A, SUB_A1, PROG_B, KEG_B, SUB_B2)}
    assert names[PROG_A].startswith("<b>PROGRAM PENUNJANG") and names[KEG_A].startswith("<b>Kegiatan")
    assert names[SUB_A1] == "Penyediaan Bahan Logistik Kantor"
    assert names[PROG_B] == "PROGRAM PENGEMBANGAN UMKM" and names[KEG_B].startswith("Kegiatan Pengembangan")
    assert names[SUB_B2] == "Penumbuhan dan Pengembangan Kewirausahaan"
    assert Path(ROOT / "tests" / "data" / "renja-mini.md").is_file()
