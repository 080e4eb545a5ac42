"""One Tabel 2.2 layout for the text reader and the workbook reader (``sources.layout``)."""
from __future__ import annotations

import pytest
from conftest import HEADER_ROWS

from renja_analysis.sources import excel, headers, layout
from renja_analysis.tables import evaluation


def test_the_layout_matches_the_hand_made_workbook_header():
    # HEADER_ROWS (conftest) is the header of the example workbook, typed by hand
    assert len(HEADER_ROWS[0]) == layout.LEBAR == 12
    for k, concept in layout.JUDUL.items():
        assert concept in headers.concepts([HEADER_ROWS[0][k]]), (k, HEADER_ROWS[0][k])
    assert {k: v for k, v in enumerate(HEADER_ROWS[1]) if v} == layout.SATUAN
    assert {k: v for k, v in enumerate(HEADER_ROWS[2]) if v} == layout.VOLUME


def test_both_readers_take_it_from_one_place():
    assert evaluation.LAYOUT_22 == layout.KOLOM
    assert evaluation.LAYOUT_22[2:5] == ["target_k", "satuan", "pagu_rp"]
    assert evaluation.HEADER_ORDER["tabel_2_2"] == layout.JUDUL
    assert excel.WIDTH == 12
    assert excel.LABELS[:2] == [(1, "C", "K"), (1, "E", "Rp")] and excel.LABELS[-1] == (2, "G", "Satuan")
    assert excel.CONCEPTS == [("A", "program"), ("B", "indikator"), ("K", "keterangan"), ("L", "solusi")]


def test_huruf_refuses_a_cell_outside_the_table():
    assert layout.huruf(9) == "J"
    with pytest.raises(ValueError):
        layout.huruf(12)
