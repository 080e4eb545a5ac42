"""Readers of source formats, one module per format, chosen by content.

- ``teks``: the PDF-extracted text of a Renja document (tab-separated tables);
- ``excel``: a workbook laid out like Tabel 2.2.

Each returns a ``SourceText`` (``base``) holding the same table blocks; everything
after the reader is format-blind. ``read_source`` opens only regular files of at
most ``MAX_BYTES`` and decides the format from the first bytes, not the name.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..errors import RenjaParseError
from . import excel, teks
from .base import KINDS, LABEL, MAX_BYTES, Row, SourceText, TableBlock

__all__ = ["KINDS", "LABEL", "MAX_BYTES", "Row", "SourceText", "TableBlock", "read_bytes", "read_source"]


def read_bytes(path) -> bytes:
    """The bytes of a regular file of at most ``MAX_BYTES``, or a ``RenjaParseError``.

    Devices (``/dev/zero``), pipes, sockets and directories are refused before they are
    opened, so reading never hangs or fills memory.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise RenjaParseError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        what = "adalah folder" if stat.S_ISDIR(info.st_mode) else "bukan berkas biasa (perangkat, pipa, atau soket)"
        raise RenjaParseError(path, f"sumber {what}", expected="berkas teks atau .xlsx biasa")
    if info.st_size > MAX_BYTES:
        raise RenjaParseError(path, "berkas terlalu besar",
                              expected=f"paling besar {MAX_BYTES // (1024 * 1024)} MB",
                              found=f"{info.st_size / (1024 * 1024):.1f} MB")
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise RenjaParseError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise RenjaParseError(path, "berkas terlalu besar", expected=f"paling besar {MAX_BYTES // (1024 * 1024)} MB")
    return data


def read_source(path, sheet: str | None = None) -> SourceText:
    """Read a source file into table blocks, choosing the reader by content.

    Parameters
    ----------
    path : str or Path
        A UTF-8 text file as extracted from the PDF, or an ``.xlsx`` workbook laid out
        like Tabel 2.2.
    sheet : str, optional
        The workbook sheet to read (needed when several look like Tabel 2.2).

    Returns
    -------
    SourceText

    Raises
    ------
    RenjaParseError
        Naming the file (and line and cell where it applies): not a regular file,
        too large, not UTF-8 or not a workbook, no Tabel 2.2, a table header with no
        rows, a table that appears twice.

    Examples
    --------
    >>> from renja_analysis.config import DEFAULT_SOURCE
    >>> src = read_source(DEFAULT_SOURCE)
    >>> sorted(src.tables)
    ['tabel_2_1', 'tabel_2_2', 'tabel_3_1', 'tabel_3_2', 'tabel_3_3']
    >>> src.tables["tabel_2_2"].segments, len(src.tables["tabel_2_2"].rows)
    (7, 57)
    """
    path = Path(path)
    data = read_bytes(path)
    if data.startswith(excel.ZIP_MAGIC):
        src = excel.read(path, data, sheet=sheet)
    elif data.startswith(excel.OLE_MAGIC):
        raise RenjaParseError(path, "format Excel lama (.xls) tidak didukung",
                              expected="buku kerja .xlsx (simpan ulang sebagai .xlsx) atau teks UTF-8")
    else:
        if sheet is not None:
            raise RenjaParseError(path, "--sheet hanya untuk buku kerja .xlsx", cell="--sheet",
                                  expected="berkas .xlsx", found="teks")
        src = teks.read(path, data)
    src.sha256 = hashlib.sha256(data).hexdigest()
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is not None and not block.rows:
            raise RenjaParseError(
                path, f"{block.label} tanpa baris data: judul tabel di baris {block.header_line} tidak "
                      "diikuti satu baris pun", line=block.header_line,
                expected="baris data di bawah judul tabel", found="tabel kosong")
    return src
