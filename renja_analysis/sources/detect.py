r"""Which kind of file a source is, decided by its bytes (never by its name), and the one
guarded way to read those bytes.

``read_source``, ``is_sipd`` and the SIPD reader all ask this module: a workbook
(``ZIP_MAGIC``), an old Excel file (``OLE_MAGIC``, refused), a SIPD export as JSON or as
delimited text naming ``PENANDA`` in its first line, else text (a Renja document
extracted from a PDF). It imports no reader, so readers and the package's front door
never import each other.

Examples
--------
>>> [format_berkas(d) for d in (b"PK\x03\x04...", b' [{"kode_sub_giat": 1}]', b"kode_skpd,kode_sub_giat\n",
...                              b"\xd0\xcf\x11\xe0...", b"# RENCANA KERJA")]
['xlsx', 'json', 'csv', 'xls', 'teks']
"""
from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

from ..errors import RenjaParseError, sebab_jalur
from ..numbers import format_angka
from .base import MAX_BYTES

#: The first bytes of a zip archive (an ``.xlsx`` workbook).
ZIP_MAGIC = b"PK\x03\x04"
#: The first bytes of an OLE compound file (an old ``.xls`` workbook).
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
#: The field that marks an export as SIPD's.
PENANDA = "kode_sub_giat"


def read_bytes(path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default ``MAX_BYTES``), or a
    ``RenjaParseError``.

    Devices (``/dev/zero``), pipes, sockets and directories are refused before they are
    opened, so reading never hangs or fills memory.
    """
    path = Path(path)
    limit = MAX_BYTES if limit is None else limit
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise RenjaParseError(path, "berkas tidak ada", expected="jalur berkas yang ada") from None
    except OSError as exc:
        raise RenjaParseError(path, f"berkas tidak dapat dibaca ({sebab_jalur(path, exc)})") from None
    if not stat.S_ISREG(info.st_mode):
        what = "adalah folder" if stat.S_ISDIR(info.st_mode) else "bukan berkas biasa (perangkat, pipa, atau soket)"
        raise RenjaParseError(path, f"sumber {what}", expected="berkas teks atau .xlsx biasa")
    if info.st_size > limit:
        raise RenjaParseError(path, "berkas terlalu besar", expected=f"paling besar {_megabytes(limit)}",
                              found=f"{format_angka(info.st_size / (1024 * 1024), 1)} MB")
    try:
        with open(path, "rb") as fh:
            # the size the file has, and one byte more (``read(limit + 1)`` would first allocate
            # the whole limit); a file that grew since ``stat`` is read on up to one byte past the limit
            data = fh.read(min(limit, info.st_size) + 1)
            if len(data) > info.st_size:
                data += fh.read(limit + 1 - len(data))
    except OSError as exc:
        raise RenjaParseError(path, f"berkas tidak dapat dibaca ({sebab_jalur(path, exc)})") from None
    if len(data) > limit:
        raise RenjaParseError(path, "berkas terlalu besar", expected=f"paling besar {_megabytes(limit)}")
    return data


def is_folder(path) -> bool:
    """``Path.is_dir``, asked of a source before it is read; a path the system cannot look up
    (a name too long for the file system, no permission on a folder above it) is a
    ``RenjaParseError`` naming it (``errors.sebab_jalur``), not an ``OSError``. A path that does
    not exist is no folder (reading it says so).

    >>> is_folder("."), is_folder("tidak-ada.json")
    (True, False)
    >>> try:
    ...     is_folder("a" * 300 + ".json")
    ... except RenjaParseError as exc:
    ...     print(exc.message)
    berkas atau folder tidak dapat dibaca (nama terlalu panjang: nama berkas atau folder terpanjang 305 byte; sistem berkas umumnya menerima paling panjang 255 byte per nama)
    """
    import errno

    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except ValueError:                 # a NUL byte: no such path (``Path.is_dir``'s answer)
        return False
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EBADF):
            return False               # as ``Path.is_dir``: reading it reports it
        raise RenjaParseError(path, f"berkas atau folder tidak dapat dibaca ({sebab_jalur(path, exc)})") from None


def _megabytes(limit: int) -> str:
    """``50 MB`` for a whole number of megabytes, else the bytes.

    >>> _megabytes(50 * 1024 * 1024), _megabytes(1000)
    ('50 MB', '1000 byte')
    """
    return f"{limit // (1024 * 1024)} MB" if limit % (1024 * 1024) == 0 else f"{limit} byte"


def strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def delimiter(header: str) -> str:
    return max([",", ";", "\t"], key=header.count)


def nama_kolom(cells) -> list[str]:
    return [str(c).strip().lower() if c is not None else "" for c in cells]


def looks_like_json(data: bytes) -> bool:
    """True when the first character that is not white space opens a JSON array or object.

    >>> looks_like_json(b'  [{"kode_sub_giat": "1"}]'), looks_like_json(b"# RENCANA KERJA")
    (True, False)
    """
    # the white space at its head only (``bytes.lstrip`` of the whole text copies all of it)
    at = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        chunk = data[at: at + 4096]
        rest = chunk.lstrip()
        if rest or len(chunk) < 4096:
            return rest[:1] in (b"[", b"{")
        at += 4096


def csv_header(data: bytes) -> list[str] | None:
    """The header of a delimited text whose first line names ``kode_sub_giat``, else None.

    >>> csv_header(b"kode_skpd;kode_sub_giat;pagu\\n1;2;3")
    ['kode_skpd', 'kode_sub_giat', 'pagu']
    >>> csv_header(b"Program, Kegiatan\\tIndikator") is None
    True
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        first = data[:4096].decode("utf-16", errors="ignore")
    else:
        first = strip_bom(data[:4096]).decode("utf-8", errors="ignore")
    lines = first.lstrip().splitlines()
    first = lines[0] if lines else ""
    if PENANDA not in first.lower():
        return None
    try:
        names = nama_kolom(next(csv.reader([first], delimiter=delimiter(first)), []))
    except csv.Error:
        return None
    return names if PENANDA in names else None


def format_berkas(data: bytes) -> str:
    r"""The kind of a source by its bytes: ``"xlsx"`` (a zip archive), ``"json"``, ``"csv"``
    (a delimited text naming ``PENANDA`` in its first line), ``"xls"`` (an old Excel
    file), else ``"teks"``; checked in that order.

    >>> format_berkas(b"Program\tIndikator\n"), format_berkas(b"\xef\xbb\xbf{}")
    ('teks', 'json')
    """
    if data.startswith(ZIP_MAGIC):
        return "xlsx"
    if looks_like_json(data):
        return "json"
    if csv_header(data) is not None:
        return "csv"
    if data.startswith(OLE_MAGIC):
        return "xls"
    return "teks"
