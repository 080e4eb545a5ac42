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
        where = [str(self.path) if self.path is not None else "<teks>"]
        if self.line is not None:
            where.append(f"{self.line_label} {self.line}")
        if self.cell is not None:
            where.append(f"sel {self.cell}")
        text = ", ".join(where) + f": {self.message}"
        if self.expected is not None:
            text += f"; diharapkan {self.expected}"
        if self.found is not None:
            text += f", ditemukan {self.found!r}"
        return text
