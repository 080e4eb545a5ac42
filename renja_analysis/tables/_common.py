"""Cell-level helpers shared by the table modules: width checks and typed columns."""
from __future__ import annotations

import pandas as pd

from ..document import Row, SourceText, TableBlock
from ..numbers import detect_decimal, parse_number, parse_volume

STRING = pd.StringDtype()
FLOAT = "Float64"
INT = "Int64"


def check_width(src: SourceText, block: TableBlock, row: Row, width: int, label: str) -> list[str]:
    """Return the row's cleaned cells, exactly ``width`` of them, or raise.

    Extra cells are accepted only when empty (PDF extraction pads some rows).
    """
    cells = row.cells
    if len(cells) > width and not any(cells[width:]):
        cells = cells[:width]
    if len(cells) != width:
        raise src.error(
            f"baris {label} memiliki jumlah sel yang salah", line=row.line,
            cell=f"sel ke-{min(len(cells), width) + 1}",
            expected=f"{width} sel dipisah tab (seperti judul tabel di baris {block.header_line})",
            found=f"{len(cells)} sel")
    return cells


def numeric_column(src: SourceText, rows: list[Row], values: list[str], column: str,
                   position: int, label: str) -> list[float | None]:
    """Parse one numeric column, with the column's own decimal convention."""
    decimal = detect_decimal(values)
    out = []
    for row, text in zip(rows, values):
        try:
            out.append(parse_number(text, decimal=decimal))
        except ValueError:
            raise src.error(f"nilai bukan angka di {label}", line=row.line,
                            cell=f"{column} (kolom {position})",
                            expected="angka (mis. 2,992,759,325 / 1.683.391.529 / 56.25 / -)",
                            found=text) from None
    return out


def volume_column(src: SourceText, rows: list[Row], values: list[str], column: str,
                  position: int, label: str) -> tuple[list, list]:
    """Parse a volume-with-unit column into numbers and units."""
    decimal = detect_decimal([v.split(" ")[0] for v in values])
    nums, units = [], []
    for row, text in zip(rows, values):
        try:
            n, u = parse_volume(text, decimal=decimal)
        except ValueError:
            raise src.error(f"target/volume bukan angka di {label}", line=row.line,
                            cell=f"{column} (kolom {position})",
                            expected="angka dengan satuan (mis. '83 indek', '32%', '4')",
                            found=text) from None
        nums.append(n)
        units.append(u)
    return nums, units


def text(values) -> pd.Series:
    """A string column: empty cells become NA."""
    s = pd.Series(list(values), dtype=STRING)
    return s.mask(s.str.len() == 0)


def floats(values) -> pd.Series:
    return pd.Series([pd.NA if v is None else v for v in values], dtype=FLOAT)


def fill_ancestors(df: pd.DataFrame, name_col: str = "nama", level_col: str = "level") -> pd.DataFrame:
    """Add ``program``, ``kegiatan``, ``sub_kegiatan``: each row's ancestors and
    itself, filled down in document order, NA below the row's own level."""
    level = df[level_col].astype(str)
    name = df[name_col]
    program = name.where(level == "program").ffill()
    block = (level == "program").cumsum()
    kegiatan = name.where(level == "kegiatan")
    kegiatan = kegiatan.where(level != "program", "\x00").groupby(block).ffill()
    kegiatan = kegiatan.mask(kegiatan == "\x00")
    out = df.copy()
    out["program"] = program.astype(STRING)
    out["kegiatan"] = kegiatan.where(level != "program").astype(STRING)
    out["sub_kegiatan"] = name.where(level == "sub_kegiatan").astype(STRING)
    return out


def level_series(levels) -> pd.Series:
    from ..names import LEVELS
    return pd.Series(pd.Categorical(list(levels), categories=list(LEVELS), ordered=True))
