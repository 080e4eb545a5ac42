"""Read (stage 1): readers of source formats, one module per format, chosen by content.

- ``text``: the PDF-extracted text of a Renja document (tab-separated tables);
- ``excel``: a workbook laid out like Tabel 2.2;
- ``sipd``: SIPD-RI exports (JSON, CSV or a workbook sheet with SIPD's field names),
  one file or a folder of them.

Beside them: ``detect`` (the kind of a file, by its bytes), ``base`` (what every reader
returns), ``headers`` (a table header recognised by its concepts) and ``layout`` (the
cells of Tabel 2.2, for both document readers).

``text`` and ``excel`` return a ``SourceText`` (``base``) holding the same table
blocks; everything after the reader is format-blind. ``sipd`` returns the records
(``SipdSource``) that ``tables.sipd`` turns into tidy tables. ``read_source`` and
``read_sipd`` open only regular files of at most ``MAX_BYTES`` and decide the format
from the content, not the name; ``is_sipd`` tells the two kinds of source apart.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import RenjaParseError
from . import excel, sipd, text
from .base import KINDS, LABEL, MAX_BYTES, Row, SourceText, TableBlock, TanpaTabel22
from .detect import format_berkas, is_folder, read_bytes
from .sipd import SipdSource

__all__ = ["KINDS", "LABEL", "MAX_BYTES", "Row", "SipdSource", "SourceText", "TableBlock", "is_sipd",
           "read_bytes", "read_sipd", "read_source"]


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
    sha256 = hashlib.sha256(data).hexdigest()
    fmt = format_berkas(data)
    if fmt in ("json", "csv"):
        raise _sipd_not_renja(path)
    if fmt == "xlsx":
        try:
            src = excel.read(path, data, sheet=sheet)
        except TanpaTabel22:
            # no sheet is shaped like Tabel 2.2 (a workbook where one is keeps the Renja reader's
            # error: '2 lembar berbentuk Tabel 2.2', a missing column): a SIPD export, or one
            # without its marker column, gets SIPD's error, not "no Tabel 2.2"
            if sheet is None and sipd.is_sipd(path, data):
                raise _sipd_not_renja(path) from None
            mirip = sipd.mirip_sipd(path, data) if sheet is None else None
            if mirip is not None:
                raise mirip from None
            raise
    elif fmt == "xls":
        raise RenjaParseError(path, "format Excel lama (.xls) tidak didukung",
                              expected="buku kerja .xlsx (simpan ulang sebagai .xlsx) atau teks UTF-8")
    else:
        if sheet is not None:
            raise RenjaParseError(path, "--sheet hanya untuk buku kerja .xlsx", cell="--sheet",
                                  expected="berkas .xlsx", found="teks")
        if path.suffix.lower() == ".json":
            raise RenjaParseError(path, "berkas .json kosong atau bukan JSON UTF-8 yang dapat dibaca",
                                  expected="ekspor SIPD-RI: larik rekaman JSON dalam UTF-8")
        # the Renja reader first: a document whose notes name SIPD's fields is read as one; only
        # a text it cannot decode or that holds no Tabel 2.2 may be a SIPD export without its
        # marker column, or with a title line above its header (``sipd.mirip_sipd``: its head)
        head = data[:sipd.KEPALA_BYTES]
        try:
            decoded = text.decode(path, data)
        except RenjaParseError:
            mirip = sipd.mirip_sipd(path, head)
            if mirip is None:
                raise
            raise mirip from None
        del data                    # the bytes are not kept while the text is split and read
        lines, control = text.split_text(decoded)
        del decoded                 # the text is held once, in its lines
        try:
            src = text.read_lines(path, lines, control)
        except TanpaTabel22:
            mirip = sipd.mirip_sipd(path, head)
            if mirip is None:
                raise
            raise mirip from None
    src.sha256 = sha256
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is not None and not block.rows:
            raise RenjaParseError(
                path, f"{block.label} tanpa baris data: judul tabel di baris {block.header_line} tidak "
                      "diikuti satu baris pun", line=block.header_line,
                expected="baris data di bawah judul tabel", found="tabel kosong")
    return src


def _sipd_not_renja(path: Path) -> RenjaParseError:
    return RenjaParseError(path, "berkas ini ekspor SIPD-RI, bukan dokumen Renja",
                           expected="dokumen Renja (teks hasil ekstraksi PDF atau buku kerja berbentuk Tabel 2.2); "
                                    "ekspor SIPD dibaca dengan --sipd BERKAS, atau build/check --source BERKAS")


def is_sipd(path, sheet: str | None = None) -> bool:
    """True when ``path`` is a SIPD export (``sipd.is_sipd``: by content), or a folder
    holding at least one; False for a Renja document or workbook, and for a folder
    without SIPD exports (a file that cannot be read counts as none here: reading it
    reports it). A workbook with a sheet shaped like Tabel 2.2 is a Renja workbook even
    when another sheet carries SIPD's header (``excel.lembar_tabel22``), unless ``sheet``
    (``--sheet``) names a sheet that is not one of its Tabel 2.2 sheets.

    Examples
    --------
    >>> from renja_analysis.config import DEFAULT_SOURCE, ROOT
    >>> is_sipd(DEFAULT_SOURCE), is_sipd(ROOT / "tests" / "data" / "sipd"), is_sipd(ROOT / "data" / "raw")
    (False, True, False)

    A folder holding SIPD exports and Renja documents is an error (which one was meant?).
    """
    path = Path(path)
    if is_folder(path):
        files = [entry for entry in sipd.entries(path) if entry.is_file()]
        found = [entry for entry in files if _is_sipd_file(entry)]
        if not found:
            return False
        documents = [entry for entry in files if entry not in found and entry.suffix.lower() in _DOKUMEN
                     and _reads_as_renja(entry)]
        if documents:
            raise RenjaParseError(
                path, "folder memuat ekspor SIPD-RI dan dokumen lain sekaligus",
                expected="satu jenis sumber per folder: ekspor SIPD (satu pemda) atau dokumen Renja (korpus)",
                found=f"{found[0].name} (SIPD) dan {documents[0].name}")
        return True
    data = read_bytes(path, sipd.MAX_BYTES_BERKAS)
    if format_berkas(data) != "xlsx":
        return sipd.is_sipd(path, data)
    try:
        wb = sipd._open_xlsx(path, data)         # opened once for both questions
    except RenjaParseError:
        return False
    if not sipd._sipd_sheets(wb):
        return False
    renja = excel.lembar_tabel22(wb)
    return not renja or (sheet is not None and sheet not in renja)


#: File endings of Renja documents (text extracted from a PDF, a Tabel 2.2 workbook).
_DOKUMEN = {".md", ".txt", ".xlsx", ".xlsm"}


def _reads_as_renja(path: Path) -> bool:
    """True when the file reads as a Renja document (a note or a README does not)."""
    try:
        read_source(path)
    except RenjaParseError:
        return False
    return True


def _is_sipd_file(path: Path) -> bool:
    try:
        return sipd.is_sipd(path, read_bytes(path, sipd.MAX_BYTES_BERKAS))
    except RenjaParseError:
        return False


def read_sipd(path, sheet: str | None = None, *, max_berkas: int | None = None,
              max_bytes_folder: int | None = None) -> SipdSource:
    """Read a SIPD-RI export or a folder of them (``sipd.read``)."""
    return sipd.read(path, sheet=sheet, max_berkas=max_berkas, max_bytes_folder=max_bytes_folder)
