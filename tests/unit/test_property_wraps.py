"""Property: the bundled document with names and indicators of Tabel 2.1 and 2.2 wrapped at
random word boundaries onto continuation lines (with tabs, the text alone in its column, or
without tabs for a name), and with the trailing empty cells of random rows dropped, reads
the same ``evaluasi`` (names, indicators, numbers) and the same Tabel 2.1 names, with one
``baris_sambungan`` finding per continuation line and no line set aside; or it is refused
with an error naming one of the lines changed.

The wraps drawn follow the continuation rule of ``sources.text`` (a wrap it must join): the
continuation holds no digit and does not start with a level word (``PROGRAM``,
``Kegiatan`` ...); one without tabs holds no colon and is not under the last row of its
table (prose under a table's last row belongs to no table); no two continuations hold the
same text (the same short line at two page breaks would be a running page footer).
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import bundled_document as original  # the bundled document, read once per process
from hypothesis import HealthCheck, given, settings, strategies as st

from renja_analysis import RenjaParseError, load_document
from renja_analysis.config import DEFAULT_SOURCE

# hypothesis examples over the whole bundled document
pytestmark = pytest.mark.slow

TEXT = DEFAULT_SOURCE.read_text(encoding="utf-8")
LINES = TEXT.split("\n")
HEAD = "Program, Kegiatan"


def _rows(start: int, end: str) -> list[int]:
    """0-based lines of the data rows of the table whose first header line is ``start`` and
    whose region ends before the first line starting with ``end``."""
    stop = next(i for i in range(start, len(LINES)) if LINES[i].startswith(end))
    header = set(LINES[start:start + 3])
    return [i for i in range(start, stop) if "\t" in LINES[i] and LINES[i] not in header
            and not LINES[i].startswith(HEAD) and any(LINES[i].split("\t"))]


START_21 = next(i for i, ln in enumerate(LINES) if ln.startswith(HEAD))
START_22 = next(i for i, ln in enumerate(LINES) if ln.startswith(HEAD) and "Keterangan" in ln)
ROWS_21, ROWS_22 = _rows(START_21, "## 2.2 Telaah"), _rows(START_22, "Pelaksanaan program")
ROWS = ROWS_21 + ROWS_22
LAST = {ROWS_21[-1], ROWS_22[-1]}
_LEVEL = re.compile(r"(?i)^(program|kegiatan|sub\s*kegiatan|urusan|bidang)\b")
NUMBERS = ["target_k", "satuan", "pagu_rp", "realisasi_k", "realisasi_rp", "capaian_k_dokumen",
           "serapan_rp_dokumen", "target_renstra", "realisasi_k_tabel21"]


def _inner(cell: str) -> tuple[str, bool]:
    return re.sub(r"</?b>", "", cell), cell.startswith("<b>")


def _splits(row: int, col: int, tabs: bool) -> list[int]:
    """Word positions where cell ``col`` of ``row`` may wrap under the rule."""
    text, _ = _inner(LINES[row].split("\t")[col])
    words = text.split(" ")
    ok = []
    for at in range(1, len(words)):
        tail = " ".join(words[at:])
        if re.search(r"\d", tail) or not tail or not " ".join(words[:at]):
            continue
        if col == 0 and _LEVEL.match(tail):
            continue
        if not tabs and (":" in tail or row in LAST):
            continue
        ok.append(at)
    return ok


@st.composite
def variants(draw):
    """(lines, wraps made, lines changed): wraps and dropped trailing cells."""
    chosen = draw(st.lists(st.tuples(st.sampled_from(ROWS), st.sampled_from([0, 1]), st.booleans()),
                           min_size=1, max_size=6, unique_by=lambda t: (t[0], t[1])))
    wraps: dict[int, list[str]] = {}
    new_cells: dict[int, list[str]] = {}
    seen: set[str] = set()
    changed: set[int] = set()
    for row, col, tabs in sorted(chosen):
        tabs = tabs or col == 1                   # a line without tabs is text in the first column
        cells = new_cells.get(row, LINES[row].split("\t"))
        at_choices = _splits(row, col, tabs)
        if not at_choices:
            continue
        at = draw(st.sampled_from(at_choices))
        text, bold = _inner(cells[col])
        words = text.split(" ")
        head, tail = " ".join(words[:at]), " ".join(words[at:])
        key = tail.lower()
        if key in seen:
            continue
        seen.add(key)
        cells = list(cells)
        cells[col] = f"<b>{head}</b>" if bold else head
        new_cells[row] = cells
        tail = f"<b>{tail}</b>" if bold else tail
        if tabs:
            cont = "\t".join(tail if k == col else "" for k in range(len(cells)))
            if col == 1 and draw(st.booleans()):
                cont = cont.rstrip("\t")          # the continuation's own trailing cells dropped
        else:
            cont = tail
        wraps.setdefault(row, []).append(cont)
        changed.add(row)
    # trailing empty cells dropped on random rows of Tabel 2.2 (Keterangan / Solusi empty)
    empties = [r for r in ROWS_22 if LINES[r].endswith("\t")]
    for row in draw(st.lists(st.sampled_from(empties), max_size=8, unique=True)):
        cells = new_cells.get(row, LINES[row].split("\t"))
        new_cells[row] = "\t".join(cells).rstrip("\t").split("\t")
        changed.add(row)
    out: list[str] = []
    numbers: dict[int, int] = {}                  # new 1-based line of every changed original line
    for k, line in enumerate(LINES):
        out.append("\t".join(new_cells[k]) if k in new_cells else line)
        numbers[k] = len(out)
        out.extend(wraps.get(k, []))
    n_wraps = sum(len(v) for v in wraps.values())
    return out, n_wraps, {numbers[k] for k in changed}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(variant=variants())
def test_wraps_and_dropped_cells_read_the_same(tmp_path_factory, variant):
    lines, n_wraps, changed = variant
    path = tmp_path_factory.mktemp("bungkus") / "varian.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        doc = load_document(path)
    except RenjaParseError as err:                # a named refusal, on a line that was changed
        assert err.line in changed or err.line - 1 in changed, str(err)
        return
    ev, ov = doc.evaluasi, original().evaluasi
    assert ev["nama"].tolist() == ov["nama"].tolist()
    assert ev["indikator"].tolist() == ov["indikator"].tolist()
    assert ev["level"].astype(str).tolist() == ov["level"].astype(str).tolist()
    for col in NUMBERS:
        pd.testing.assert_series_equal(ev[col], ov[col], check_names=False)
    assert doc.tabel21["nama"].tolist() == original().tabel21["nama"].tolist()
    assert doc.tabel21["indikator"].tolist() == original().tabel21["indikator"].tolist()
    jenis = doc.temuan["jenis"].astype(str)
    assert int((jenis == "baris_sambungan").sum()) == n_wraps
    assert not jenis.isin(["baris_tidak_terbaca", "sel_akhir_kosong"]).any()
    assert doc.pembacaan["terbaca_utuh"].all()
    assert int(doc.pembacaan["baris_sambungan"].sum()) == n_wraps
