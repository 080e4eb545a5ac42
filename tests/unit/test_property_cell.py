"""Property: a random change to one numeric cell of Tabel 2.2 either gives a clear error
naming that line, or the same 57 rows whose numbers equal the original everywhere
except in that cell and the values derived from it."""
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
START = next(i for i, ln in enumerate(LINES) if ln.startswith("Program, Kegiatan") and "Keterangan" in ln)
HEADER = set(LINES[START:START + 3])
END = next(i for i in range(START, len(LINES)) if LINES[i].startswith("Pelaksanaan program"))
ROWS = [i for i in range(START + 3, END) if "\t" in LINES[i] and LINES[i] not in HEADER]
#: cell position -> evaluasi column (the numeric cells of Tabel 2.2)
NUMERIC = {2: "target_k", 4: "pagu_rp", 5: "realisasi_k", 7: "realisasi_rp", 8: "capaian_k_dokumen",
           9: "serapan_rp_dokumen"}
COMPARED = list(NUMERIC.values()) + ["target_renstra", "realisasi_k_tabel21"]
#: what a change to each column may change besides itself
DERIVED = {"target_k": ["capaian_k"], "realisasi_k": ["capaian_k"], "pagu_rp": ["serapan_rp"],
           "realisasi_rp": ["serapan_rp"]}


def english(value: float) -> str:
    return f"{value:,.2f}"


def indonesian(value: float) -> str:
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


numbers = st.one_of(st.integers(0, 10**12).map(float),
                    st.decimals(0, 10**6, places=2, allow_nan=False).map(float))
cell_text = st.one_of(
    numbers.map(lambda v: ("num", v, english(v))),
    numbers.map(lambda v: ("num", v, indonesian(v))),
    st.integers(0, 999).map(lambda v: ("num", float(v), str(v))),
    st.text(alphabet="abcxyz #/", min_size=1, max_size=6).filter(lambda t: t.strip() and t.strip() != "-")
    .map(lambda t: ("text", None, t)),
)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])
@given(row=st.sampled_from(ROWS), position=st.sampled_from(sorted(NUMERIC)), new=cell_text)
def test_one_numeric_cell_changed(tmp_path_factory, row, position, new):
    kind, value, written = new
    cells = LINES[row].split("\t")
    bold = cells[position].startswith("<b>")
    cells[position] = f"<b>{written}</b>" if bold else written
    lines = list(LINES)
    lines[row] = "\t".join(cells)
    path = tmp_path_factory.mktemp("sel") / "varian.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        doc = load_document(path)
    except RenjaParseError as err:
        assert kind == "text", f"a number was refused: {err}"
        assert err.line == row + 1 and NUMERIC[position] in err.cell
        return
    assert kind == "num", f"text {written!r} was read as a number"
    ev = doc.evaluasi
    assert len(ev) == 57 and ev["nama"].tolist() == original().evaluasi["nama"].tolist()
    assert ev["level"].astype(str).tolist() == original().evaluasi["level"].astype(str).tolist()
    changed = ev.index[ev["baris_sumber"] == row + 1][0]
    column = NUMERIC[position]
    assert float(ev.at[changed, column]) == value
    allowed = {(changed, column)} | {(changed, d) for d in DERIVED.get(column, [])}
    for col in COMPARED + ["capaian_k", "serapan_rp"]:
        for i in ev.index:
            if (i, col) in allowed:
                continue
            a, b = ev.at[i, col], original().evaluasi.at[i, col]
            assert (pd.isna(a) and pd.isna(b)) or a == b, (i, col, a, b)
    assert not re.search("<b>", str(ev.at[changed, "nama"]))
