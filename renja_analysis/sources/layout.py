"""The cell layout of Tabel 2.2 (Hasil evaluasi Renja s.d. TW II), one place for every
reader: the text reader's table (``tables.evaluation``) and the workbook reader
(``sources.excel``, columns A-L) both take it from here.

Twelve cells per row; a header block of three rows: the first names the concepts
(``JUDUL``), the second marks K and Rp (``SATUAN``), the third Volume and Satuan
(``VOLUME``). Positions are 0-based cells; ``huruf`` gives the workbook column.
This module imports nothing from the package (ground floor).

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
#: First header row: the concept (``sources.headers``) named at a cell.
JUDUL = {0: "program", 1: "indikator", 2: "target", 5: "realisasi", 8: "capaian", 10: "keterangan",
         11: "solusi"}
#: Second header row: K (kinerja) or Rp at a cell.
SATUAN = {2: "K", 4: "Rp", 5: "K", 7: "Rp", 8: "K", 9: "Rp"}
#: Third header row: Volume or Satuan at a cell.
VOLUME = {2: "Volume", 3: "Satuan", 5: "Volume", 6: "Satuan"}


def huruf(sel: int) -> str:
    """The workbook column letter of a 0-based cell (A-L).

    >>> huruf(0), huruf(11)
    ('A', 'L')
    """
    if not 0 <= sel < LEBAR:
        raise ValueError(f"Tabel 2.2 has cells 0-{LEBAR - 1}, not {sel}")
    return chr(ord("A") + sel)
