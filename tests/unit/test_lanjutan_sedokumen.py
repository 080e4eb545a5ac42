"""``names.lanjutan_sedokumen``: the one rule of 'one more indicator row of the name above, within
one document' (session 13 re-read: ``present.comparison.realisasi_program`` had written it again
by hand beside ``metrics.realisasi_rincian``'s). A refactor: the same results as the hand-written
rule on every frame the package makes (``dokumen`` always set), checked here against a copy of the
old code; the one difference, rows whose ``dokumen`` is empty, is now read as
``realisasi_rincian`` always read them (one document, as a frame without ``dokumen``).
"""
from __future__ import annotations

import pandas as pd
import pytest
from test_comparison import EV

from renja_analysis.metrics import TIDAK_DIKETAHUI, realisasi_rincian
from renja_analysis.names import lanjutan, lanjutan_sedokumen
from renja_analysis.present.comparison import realisasi_program


def _old(evaluasi: pd.DataFrame) -> pd.DataFrame:
    """``realisasi_program`` as it was (d800a09), the rule written by hand."""
    ev = evaluasi if "dokumen" in evaluasi else evaluasi.assign(dokumen="")
    rincian = realisasi_rincian(ev)
    lanjut = (lanjutan(ev) & (ev["dokumen"] == ev["dokumen"].shift())).to_numpy(dtype=bool)
    program = (ev["level"].astype(str).to_numpy() == "program") & ~lanjut
    dari = rincian["realisasi_dari_rincian"][program]
    tahu = (dari == TIDAK_DIKETAHUI).fillna(False).astype(bool)
    return pd.DataFrame({"dokumen": ev["dokumen"][program], "pagu_rp": ev["pagu_rp"][program],
                         "realisasi_rp": rincian["realisasi_rp"][program].astype("Float64"),
                         "dari_rincian": (dari.notna() & ~tahu).astype(bool), "tidak_diketahui": tahu})


def _two_documents() -> pd.DataFrame:
    """Document a: program Q (pagu 100, realised 40) over sub kegiatan S1, then program P (60, 20)
    printed with a second indicator row (same name, no rupiah). Document b opens with a row of the
    same name P, another indicator and no rupiah, over its sub kegiatan S2 (50, 30). By hand: a's
    second P row is one more indicator of a's P (3 rows read as one program); b's P row follows
    a row of the same name but in another document: b's own program, not one more row of a's."""
    return pd.DataFrame({"dokumen": ["a", "a", "a", "a", "b", "b"],
                         "level": ["program", "sub_kegiatan", "program", "program", "program", "sub_kegiatan"],
                         "nama": ["Q", "S1", "P", "P", "P", "S2"], "indikator": ["i1", "i2", "i3", "i4", "i5", "i6"],
                         "pagu_rp": [100.0, 100.0, 60.0, None, None, 50.0],
                         "realisasi_rp": [40.0, 40.0, 20.0, None, None, 30.0]})


def test_across_two_documents_by_hand():
    ev = _two_documents()
    assert lanjutan(ev).tolist() == [False, False, False, True, True, False]       # blind to documents
    assert lanjutan_sedokumen(ev).tolist() == [False, False, False, True, False, False]
    rp = realisasi_program(ev)
    assert rp["dokumen"].tolist() == ["a", "a", "b"] and rp.index.tolist() == [0, 2, 4]
    assert rp["realisasi_rp"].iloc[:2].tolist() == [40.0, 20.0]


@pytest.mark.parametrize("frame", ["EV", "two", "bundled", "bundled_twice"])
def test_the_same_results_as_the_rule_written_by_hand(frame, bundled):
    ev = {"EV": lambda: EV, "two": _two_documents,
          "bundled": lambda: bundled.evaluasi.assign(dokumen=bundled.source.name),
          "bundled_twice": lambda: pd.concat([bundled.evaluasi.assign(dokumen="x"),
                                              bundled.evaluasi.assign(dokumen="y")], ignore_index=True)}[frame]()
    pd.testing.assert_frame_equal(realisasi_program(ev), _old(ev))
    # and without dokumen: one document
    pd.testing.assert_frame_equal(realisasi_program(ev.drop(columns="dokumen")), _old(ev.drop(columns="dokumen")))


def test_empty_dokumen_is_one_document_as_realisasi_rincian_reads_it():
    """Not made by the package (``per_dokumen`` keys every row): rows whose ``dokumen`` is empty are
    one document, as without the column, the reading ``realisasi_rincian`` always had (the old
    hand-written rule counted a's second P row as a program of its own, pagu empty: 3 programs)."""
    ev = _two_documents().iloc[:4].assign(dokumen=None)
    rp = realisasi_program(ev)
    assert rp.index.tolist() == [0, 2] and rp["realisasi_rp"].tolist() == [40.0, 20.0]
