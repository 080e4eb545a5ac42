"""The cell layout of Tabel 2.2 (Hasil evaluasi Renja s.d. TW II), one place for every
reader: the text reader's table (``tables.evaluation``) and the workbook reader
(``sources.excel``, columns A-L) both take it from here.

Twelve cells per row; a header block of three rows: the first names the concepts
(``JUDUL``), the second marks K and Rp (``SATUAN``), the third Volume and Satuan
(``VOLUME``). Positions are 0-based cells; ``huruf`` gives the workbook column.
A variant prints only one of the two note columns (Keterangan or Solusi): eleven cells,
the other note read empty (``varian``). This module imports nothing from the package
(ground floor).

Examples
--------
>>> LEBAR, KOLOM[4], huruf(4), SATUAN[4]
(12, 'pagu_rp', 'E', 'Rp')
>>> [huruf(k) for k in VOLUME]
['C', 'D', 'F', 'G']
"""
from __future__ import annotations

#: The tidy column each cell of a row holds, in order.
KOLOM = ["nama", "indikator", "target_k", "satuan", "pagu_rp", "realisasi_k",
         "satuan_realisasi", "realisasi_rp", "capaian_k_dokumen", "serapan_rp_dokumen",
         "keterangan", "solusi"]
#: Cells per row.
LEBAR = len(KOLOM)
#: The concept (``sources.headers``) the first header row names above a column.
KONSEP = {"nama": "program", "indikator": "indikator", "target_k": "target", "realisasi_k": "realisasi",
          "capaian_k_dokumen": "capaian", "keterangan": "keterangan", "solusi": "solusi"}
#: The note columns the table ends with; a variant prints one of them only.
CATATAN = ("keterangan", "solusi")


def judul(kolom: list[str]) -> dict[int, str]:
    """The concept the first header row names at each cell, for a layout's columns.

    >>> judul(KOLOM[:10] + ["solusi"])[10]
    'solusi'
    """
    return {k: KONSEP[c] for k, c in enumerate(kolom) if c in KONSEP}


#: First header row: the concept (``sources.headers``) named at a cell.
JUDUL = judul(KOLOM)
#: Second header row: K (kinerja) or Rp at a cell.
SATUAN = {2: "K", 4: "Rp", 5: "K", 7: "Rp", 8: "K", 9: "Rp"}
#: Third header row: Volume or Satuan at a cell.
VOLUME = {2: "Volume", 3: "Satuan", 5: "Volume", 6: "Satuan"}


def varian(lebar: int, catatan) -> list[str] | None:
    """The columns of a Tabel 2.2 whose header is ``lebar`` cells wide and names the note
    columns ``catatan`` (of ``CATATAN``): twelve cells are the full layout; eleven cells
    naming exactly one note are the layout without the other (read empty). None for any
    other width: the rows are then checked against the full layout (and refused).

    >>> varian(12, {"keterangan", "solusi"}) == KOLOM, varian(11, {"keterangan"})[-1], varian(11, {"solusi"})[-1]
    (True, 'keterangan', 'solusi')
    >>> varian(11, {"keterangan", "solusi"}) is None, varian(10, {"solusi"}) is None
    (True, True)
    """
    if lebar == LEBAR:
        return list(KOLOM)
    notes = [c for c in CATATAN if c in set(catatan)]
    if lebar == LEBAR - 1 and len(notes) == 1:
        return KOLOM[:10] + notes
    return None


def huruf(sel: int) -> str:
    """The workbook column letter of a 0-based cell (A-L).

    >>> huruf(0), huruf(11)
    ('A', 'L')
    """
    if not 0 <= sel < LEBAR:
        raise ValueError(f"Tabel 2.2 has cells 0-{LEBAR - 1}, not {sel}")
    return chr(ord("A") + sel)
