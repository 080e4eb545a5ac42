"""A finding whose type is not in the registry fails loudly instead of losing its type.

``pd.Categorical`` turns a value outside its categories into a missing one, so a finding
recorded under a type the registry does not know would have dropped out of every count
and table without a word (MAJU3's report: a new type vanished from ``temuan`` until it
was registered).
"""
import pandas as pd
import pytest

from renja_analysis.findings.document import COLUMNS, _typed


def _frame(jenis, tingkat="kritis"):
    return pd.DataFrame({c: [None] for c in COLUMNS}).assign(jenis=jenis, tingkat=tingkat)


def test_registered_type_is_kept():
    t = _typed(_frame("baris_ganda"))
    assert t["jenis"].tolist() == ["baris_ganda"]


def test_unregistered_type_raises_naming_it():
    with pytest.raises(ValueError, match="jenis_yang_tidak_ada"):
        _typed(_frame("jenis_yang_tidak_ada"))


def test_unknown_level_raises_naming_it():
    with pytest.raises(ValueError, match="gawat"):
        _typed(_frame("baris_ganda", tingkat="gawat"))
