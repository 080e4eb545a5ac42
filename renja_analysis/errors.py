"""The one error type users see: a parse error that says where and what."""
from __future__ import annotations

from pathlib import Path


class RenjaParseError(ValueError):
    """A source document could not be read as a Renja.

    Parameters
    ----------
    path : str or Path
        The file being read.
    message : str
        What went wrong, in Bahasa Indonesia (shown to analysts).
    line : int, optional
        1-based line number in the source file.
    cell : str, optional
        The cell (column name or 1-based position) that failed.
    expected : str, optional
        What the parser expected there.
    found : str, optional
        What it found instead.
    line_label : str, optional
        What ``line`` counts, as shown: ``"baris"`` (a line of a text or a sheet row,
        the default) or ``"rekaman"`` (the 1-based record of a JSON export).

    Examples
    --------
    >>> err = RenjaParseError("renja.md", "nilai bukan angka", line=12,
    ...                       cell="pagu_rp (kolom 5)", expected="angka rupiah",
    ...                       found="abc")
    >>> print(err)
    renja.md, baris 12, sel pagu_rp (kolom 5): nilai bukan angka; diharapkan angka rupiah, ditemukan 'abc'
    >>> print(RenjaParseError("sipd.json", "bukan angka", line=3, cell="pagu", line_label="rekaman"))
    sipd.json, rekaman 3, sel pagu: bukan angka

    A command-line option is named as one (``cell="--paksa"``), without a file when none
    is concerned:

    >>> print(RenjaParseError(None, "--paksa hanya bersama --sipd", cell="--paksa"))
    opsi --paksa: --paksa hanya bersama --sipd
    """

    def __init__(self, path, message, *, line=None, cell=None, expected=None, found=None,
                 line_label: str = "baris"):
        self.path = Path(path) if path is not None else None
        self.line_label = line_label
        self.message = message
        self.line = line
        self.cell = cell
        self.expected = expected
        self.found = found
        super().__init__(self.__str__())

    def __str__(self) -> str:
        opsi = self.cell is not None and str(self.cell).startswith("--")
        # an option's error names no "<teks>" when it concerns no file (``report --paksa``)
        where = [str(self.path)] if self.path is not None else [] if opsi else ["<teks>"]
        if self.line is not None:
            where.append(f"{self.line_label} {self.line}")
        if self.cell is not None:
            where.append(f"opsi {self.cell}" if opsi else f"sel {self.cell}")
        text = ", ".join(where) + f": {self.message}"
        if self.expected is not None:
            text += f"; diharapkan {self.expected}"
        if self.found is not None:
            text += f", ditemukan {self.found!r}"
        return text


#: The reasons an operating-system call fails, as a user reads them (``sebab_os``).
_ERRNO = {"ENOENT": "tidak ada", "EACCES": "tidak ada izin", "EPERM": "tidak ada izin", "EISDIR": "adalah folder",
          "ENOTDIR": "sebagian jalurnya bukan folder", "ENOSPC": "ruang disk penuh", "EROFS": "sistem berkas hanya-baca",
          "ELOOP": "tautan simbolik berputar", "ENAMETOOLONG": "nama terlalu panjang", "EBUSY": "sedang dipakai",
          "EEXIST": "sudah ada", "ENOTEMPTY": "folder tidak kosong", "EIO": "galat masukan/keluaran perangkat"}


def sebab_os(exc: OSError) -> str:
    """Why an operating-system call failed, in Indonesian for the common errors (the
    system's own words, English, otherwise).

    >>> sebab_os(FileNotFoundError(2, "No such file or directory")), sebab_os(PermissionError(13, "Permission denied"))
    ('tidak ada', 'tidak ada izin')
    >>> sebab_os(OSError(9999, "Something odd"))
    'Something odd'
    """
    import errno

    name = errno.errorcode.get(exc.errno) if isinstance(exc.errno, int) else None
    return _ERRNO.get(name or "", exc.strerror or str(exc))


#: The longest file or folder name the usual file systems take, in bytes (ext4, NTFS, APFS).
NAMA_TERPANJANG = 255


def nama_terlalu_panjang(path) -> str:
    """The one account of a name too long for the file system (``ENAMETOOLONG``): the path's
    longest file or folder name, in bytes, against what the usual file systems take; for the
    command line (``cli._jalur``) and the readers (``sebab_jalur``) alike.

    >>> nama_terlalu_panjang("data/" + "a" * 300 + ".json")
    'nama berkas atau folder terpanjang 305 byte; sistem berkas umumnya menerima paling panjang 255 byte per nama'
    """
    import os

    longest = max(len(os.fsencode(part)) for part in Path(path).parts)
    return (f"nama berkas atau folder terpanjang {longest} byte; sistem berkas umumnya menerima paling panjang "
            f"{NAMA_TERPANJANG} byte per nama")


def sebab_jalur(path, exc: OSError) -> str:
    """Why an operating-system call on ``path`` failed (``sebab_os``), with what a name too
    long for the file system should be (``nama_terlalu_panjang``).

    >>> import errno
    >>> sebab_jalur("a" * 300 + ".json", OSError(errno.ENAMETOOLONG, "File name too long"))
    'nama terlalu panjang: nama berkas atau folder terpanjang 305 byte; sistem berkas umumnya menerima paling panjang 255 byte per nama'
    >>> sebab_jalur("x.json", PermissionError(13, "Permission denied"))
    'tidak ada izin'
    """
    import errno

    if exc.errno == errno.ENAMETOOLONG:
        return f"{sebab_os(exc)}: {nama_terlalu_panjang(path)}"
    return sebab_os(exc)


#: Python's JSON error messages, as a user reads them (``sebab_json``).
_JSON = (("Expecting value", "nilai diharapkan"), ("Expecting ',' delimiter", "tanda koma diharapkan"),
         ("Expecting ':' delimiter", "tanda titik dua diharapkan"),
         ("Expecting property name enclosed in double quotes", "nama kunci bertanda petik ganda diharapkan"),
         ("Unterminated string", "teks tidak ditutup tanda petik"),
         ("Invalid control character", "karakter kendali di dalam teks"),
         ("Invalid \\uXXXX escape", "escape \\u tidak sah"), ("Invalid \\escape", "escape tidak sah"),
         ("Extra data", "ada data lain sesudah JSON berakhir"))


def sebab_json(message: str) -> str:
    r"""A ``json.JSONDecodeError`` message in Indonesian (as it is when unknown).

    >>> sebab_json("Expecting value"), sebab_json("Unterminated string starting at")
    ('nilai diharapkan', 'teks tidak ditutup tanda petik')
    """
    for english, indonesian in _JSON:
        if message.startswith(english):
            return indonesian
    return message
