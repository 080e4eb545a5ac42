"""A hostile variant of the bundled document: script and HTML written into a
program name and a keterangan cell of Tabel 2.2 (tab count unchanged).

Used by ``tests/unit/test_escape.py`` and ``tests/browser/test_hostile.py``.
"""
from __future__ import annotations

from pathlib import Path

from renja_analysis.config import DEFAULT_SOURCE

#: The program whose Tabel 2.2 name is replaced.
PROGRAM_ASLI = "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM"
#: Its hostile name (as the reader returns it: bold markers removed).
NAMA_JAHAT = (PROGRAM_ASLI + ' <script>window.__pwned=1;alert(1)</script>'
              '<img src=x onerror="window.__pwned=2"> $x$')
#: The hostile keterangan of one of its sub kegiatan.
KETERANGAN_JAHAT = ('Catatan <script>window.__pwned=3;alert(3)</script>'
                    '<img src=x onerror="window.__pwned=4;alert(4)"> **tebal** '
                    '[klik](javascript:window.__pwned=5) $\\alpha$')
#: That sub kegiatan (spent 97,4 % with no output: quoted in the narrative and a kritis finding).
SUB_KEGIATAN = "Fasilitasi Pemenuhan Izin Usaha Pembukaan Kantor Cabang"
KOLOM_KETERANGAN = 10          # 0-based; Tabel 2.2 rows have 12 cells


def teks_jahat(source: Path = DEFAULT_SOURCE) -> str:
    """The source text with the program name and the keterangan replaced."""
    text = source.read_text(encoding="utf-8")
    lines = text.split("\n")
    caption = next(i for i, line in enumerate(lines) if line.strip() == "Tabel 2.2")
    prog = next(i for i in range(caption, len(lines))
                if lines[i].startswith(f"<b>{PROGRAM_ASLI}</b>\t"))
    cells = lines[prog].split("\t")
    cells[0] = f"<b>{NAMA_JAHAT}</b>"
    lines[prog] = "\t".join(cells)
    sub = next(i for i in range(prog, len(lines)) if lines[i].startswith(SUB_KEGIATAN))
    cells = lines[sub].split("\t")
    assert len(cells) == 12 and cells[KOLOM_KETERANGAN] == "", cells
    cells[KOLOM_KETERANGAN] = KETERANGAN_JAHAT
    lines[sub] = "\t".join(cells)
    out = "\n".join(lines)
    assert out.count("\t") == text.count("\t")
    return out


def tulis_dokumen_jahat(folder: Path) -> Path:
    """Write the hostile document into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "renja-jahat.md"
    path.write_text(teks_jahat(), encoding="utf-8")
    return path
