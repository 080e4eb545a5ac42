"""The workbook says where a number comes from when its row's own realisation cell is empty (REV-R R4).

Hand reading of the bundled document (Tabel 2.2, cells 0-based: 4 pagu, 5 realisasi K, 7 realisasi Rp,
9 serapan %):

- line 292, PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI: pagu 75,000,000, realisasi 14,680,000; its one
  kegiatan, line 293, states 14,680,000 too. With the program's Rp cell (and its %) emptied, its serapan is
  its kegiatan's: 14,680,000 / 75,000,000 = 19,5733...%, while its 'Realisasi (Rp)' cell stays blank;
- line 302, Fasilitasi Pelaporan Koperasi: target 25, pagu 5,000,000, realisasi 15 and 1,240,000. With K and
  Rp emptied, it is not reported and judged 0: capaian 0 and serapan 0 beside blank realisation cells.

A reviewer reading Excel sees a blank cell beside a number; the number's cell note says where it came
from. The bundled document has no such row: its workbook has no note (and stays byte-identical).
"""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from test_bad_inputs import LINES, set_cell, text

from renja_analysis import load_document
from renja_analysis.output.workbook import workbook_bytes

L_PROGRAM = 292
L_PELAPORAN = 302


def _evaluasi_sheet(tmp_path: Path, lines: list[str] | None, doc=None):
    if doc is None:                                  # a variant; ``doc``: the bundled document as read once
        path = tmp_path / "varian.md"
        path.write_text(text(LINES if lines is None else lines), encoding="utf-8")
        doc = load_document(path)
    wb = load_workbook(io.BytesIO(workbook_bytes(doc.tables(), "varian.md")))
    ws = next(w for w in wb.worksheets if w.title.startswith("Evaluasi"))
    head = [c.value for c in ws[1]]
    rows = {r[head.index("Baris sumber")].value: dict(zip(head, r)) for r in ws.iter_rows(min_row=2)}
    return wb, rows


def test_program_serapan_from_its_rows_says_so_in_a_note(tmp_path):
    lines = set_cell(L_PROGRAM, 9, "", set_cell(L_PROGRAM, 7, ""))
    wb, rows = _evaluasi_sheet(tmp_path, lines)
    prog = rows[L_PROGRAM]
    assert prog["Realisasi (Rp)"].value is None
    assert round(prog["Serapan (%)"].value, 4) == 19.5733              # 14,680,000 / 75,000,000
    note = prog["Serapan (%)"].comment
    assert note is not None and note.text == (
        "Sel realisasi (Rp) program ini kosong di Tabel 2.2: serapan dihitung dari jumlah realisasi kegiatan "
        "di bawahnya, Rp14.680.000, bukan dari sel itu.")
    assert prog["Realisasi (Rp)"].comment is None and prog["Pagu (Rp)"].comment is None
    # only that cell: its kegiatan states its own realisation
    assert sum(c.comment is not None for r in rows.values() for c in r.values()) == 1
    # the Catatan sheet points at the notes
    assert any(r[0] == "Catatan sel" for r in wb["Catatan"].iter_rows(values_only=True))


def test_sub_kegiatan_judged_zero_says_so_in_a_note(tmp_path):
    _, rows = _evaluasi_sheet(tmp_path, set_cell(L_PELAPORAN, 7, "", set_cell(L_PELAPORAN, 5, "")))
    sub = rows[L_PELAPORAN]
    assert sub["Realisasi K"].value is None and sub["Realisasi (Rp)"].value is None
    assert sub["Capaian K (%)"].value == 0 and sub["Serapan (%)"].value == 0
    assert sub["Capaian K (%)"].comment.text == (
        "Realisasi K tidak dilaporkan (sel kosong di Tabel 2.2): capaian dinilai 0 (belum ada realisasi).")
    assert sub["Serapan (%)"].comment.text == (
        "Realisasi (Rp) tidak dilaporkan (sel kosong di Tabel 2.2): serapan dinilai 0 (belum ada realisasi).")


def test_a_document_without_empty_realisation_cells_has_no_note(tmp_path, bundled):
    wb, rows = _evaluasi_sheet(tmp_path, None, bundled)     # load_document(), tests/conftest.py (shared)
    assert not any(c.comment is not None for r in rows.values() for c in r.values())
    assert not any(r[0] == "Catatan sel" for r in wb["Catatan"].iter_rows(values_only=True))
