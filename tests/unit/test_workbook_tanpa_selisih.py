"""The Excel workbook and the per-program chart of a Renja Perubahan whose Tabel 3.2 is of unknown scale
(no change APBD -> P-APBD computed, ``reallocation.tanpa_selisih``) say so, and label no as-read figure as
rupiah (REV-AI AI4 and its chart note).

Fixture: the bundled document with 3.2's two pagu columns divided by 1000 and rounded, under the plain
header ``Pagu Indikatif (Rp)`` (as ``test_tabel_32_skala_pergeseran``). By hand, from the bundled text:

- line 237 (Tabel 2.2), PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA: pagu 2,992,759,325;
  its 3.2 row (line 366) writes 3,297,585,325 -> 3,297,585 as read, of unknown unit;
- the office: Tabel 2.2's programs sum to Rp4.610.259.325, 3.2's to 5,551,085 as read;
- the program's pagu disesuaikan (PEFA PI-2: APBD scaled to the total P-APBD) is
  2,992,759,325 x 5,551,085 / 4,610,259,325 = 3,603,498.2474, its deviation |3,297,585 - 3,603,498.2474| =
  305,913.2474: both in 3.2's unit as read, not rupiah.

Old: sheet 'Pergeseran Anggaran' headed these "Pagu P-APBD (Rp)" (5.551.085 beside Rp4.610.259.325),
"Pagu disesuaikan (Rp)", "Deviasi komposisi (Rp)", left "Selisih (Rp)" empty without a word; the chart drew
every program's bar at 0 on an axis -Rp1 / Rp0 / +Rp1.
"""

import io

import matplotlib.pyplot as plt
import pytest
from openpyxl import load_workbook
from temuan_uji import ribuan_32_polos

from renja_analysis.output.workbook import workbook_bytes
from renja_analysis.present import plots

PROGRAM = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA"
ALASAN = ("Skala pagu P-APBD Tabel 3.2 (Review P-RKPD) tidak dapat dipastikan dalam rupiah, sehingga perubahan "
          "pagu dari APBD ke P-APBD tidak dihitung.")


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return ribuan_32_polos(tmp_path_factory.mktemp("geser2"))


def _lembar(doc):
    wb = load_workbook(io.BytesIO(workbook_bytes(doc.tables(), "polos.md")))
    ws = wb["Pergeseran Anggaran"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    return wb, ws, head, rows


def test_workbook_labels_as_read_figures_without_rupiah_and_says_why(doc):
    wb, ws, head, rows = _lembar(doc)
    papbd, sesuai, deviasi = ("Pagu P-APBD (sebagaimana tertulis)", "Pagu disesuaikan (satuan Tabel 3.2)",
                              "Deviasi komposisi (satuan Tabel 3.2)")
    assert {papbd, sesuai, deviasi, "Pagu APBD (Rp)"} <= set(head)
    # no column of 3.2's unknown unit, nor an empty change column, is headed as rupiah
    assert [h for h in head if h and "(Rp)" in h] == ["Pagu APBD (Rp)"]
    dinas = next(r for r in rows if r["Kode tingkat"] == "dinas")
    assert dinas["Pagu APBD (Rp)"] == 4_610_259_325 and dinas[papbd] == 5_551_085
    prog = next(r for r in rows if r["Nama"] == PROGRAM)
    assert prog["Pagu APBD (Rp)"] == 2_992_759_325 and prog[papbd] == 3_297_585
    assert round(prog[sesuai], 4) == 3_603_498.2474          # 2,992,759,325 x 5,551,085 / 4,610,259,325
    assert round(prog[deviasi], 4) == 305_913.2474
    selisih = [h for h in head if h and h.startswith("Selisih")]
    assert selisih == ["Selisih (tidak dihitung)", "Selisih % (tidak dihitung)"]
    assert all(r[h] is None for r in rows for h in selisih)
    # one note on the sheet, on the P-APBD header, says why
    notes = [c for row in ws.iter_rows() for c in row if c.comment is not None]
    assert [(c.row, c.value) for c in notes] == [(1, papbd)]
    assert notes[0].comment.text.startswith(ALASAN) and "Kolom selisih dikosongkan" in notes[0].comment.text
    catatan = dict((r[0], r[1]) for r in wb["Catatan"].iter_rows(values_only=True))
    assert catatan["Pergeseran anggaran"].startswith(ALASAN)
    kamus = {r[2]: r[4] for r in wb["Kamus data"].iter_rows(values_only=True) if r[0] == "Pergeseran Anggaran"}
    assert "satuannya tidak dapat dipastikan" in kamus["pagu_papbd_rp"]
    assert "kosong karena skala pagu P-APBD tidak dapat dipastikan" in kamus["selisih_rp"]


def test_workbook_of_a_known_scale_document_unchanged(bundled):
    _, ws, head, _ = _lembar(bundled)
    assert {"Pagu P-APBD (Rp)", "Selisih (Rp)", "Pagu disesuaikan (Rp)", "Deviasi komposisi (Rp)"} <= set(head)
    assert not any(c.comment is not None for row in ws.iter_rows() for c in row)


def test_chart_draws_no_bar_and_no_rupiah_axis(doc):
    fig = plots.pergeseran_program(doc.pergeseran)
    ax = fig.axes[0]
    n_program = int((doc.pergeseran["level"].astype(str) == "program").sum())
    assert n_program > 0
    assert len(ax.patches) == 0 and list(ax.get_xticks()) == []
    teks = [t.get_text() for t in ax.texts]
    assert teks.count("tidak dihitung") == n_program
    assert not any("Rp" in t for t in teks)
    assert ax.get_xlabel().replace("\n", " ") == ALASAN
    plt.close(fig)


def test_chart_of_a_known_scale_document_keeps_its_bars(bundled):
    fig = plots.pergeseran_program(bundled.pergeseran)
    ax = fig.axes[0]
    assert len(ax.patches) == int((bundled.pergeseran["level"].astype(str) == "program").sum())
    assert len(ax.get_xticks()) > 0
    plt.close(fig)
