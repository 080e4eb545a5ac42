"""``tables.plan._unique_fields`` compares only the records whose kode (or lack of one) comes back,
and decides as it did when it compared every record's identity: the same fields, findings and
refusals. ``_former`` below is the former function, kept here on purpose as the test oracle (it is
no longer in the package); the hand-written cases are worked out from their records."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from renja_analysis import caches
from renja_analysis.errors import RenjaParseError
from renja_analysis.sources.base import SourceText
from renja_analysis.tables import plan


def _former(src: SourceText, fields: list[list]) -> list[list]:
    keys = list(zip(*fields[:-2]))
    repeat = len(set(keys)) != len(keys)
    if not repeat:
        kode = fields[plan._FIELDS.index("kode")]
        if len(set(kode) - {None}) != len(kode) - kode.count(None):
            named = [k for k in kode if k is not None and plan.kode_baku(k)[2] != "peringatan"]
            repeat = len(set(named)) != len(named)
    if not repeat:
        return fields
    records = plan._unique(src, list(map(plan._Rec._make, zip(*fields))))
    return [list(f) for f in zip(*records)] if records else [[] for _ in plan._FIELDS]


def _src() -> SourceText:
    return SourceText(path=Path("x.md"), lines=[], tables={})


def _fields(records: list[dict]) -> list[list]:
    return [list(f) for f in zip(*(plan._pack(r) for r in records))]


def _rec(kode, line, pagu=1.0, nama="A") -> dict:
    return {"kode": kode, "nama": nama, "pagu_rkpd_rp": pagu, "fragmen": 1, "baris_sumber": line}


def _outcome(decide, fields):
    caches.clear()
    src = _src()
    try:
        return decide(src, fields), None, src.temuan, src.dropped
    except RenjaParseError as e:
        return None, str(e), src.temuan, src.dropped


def test_distinct_kode_gives_the_fields_as_they_are():
    fields = _fields([_rec("2.17.01", 3), _rec("2.17.02", 4), _rec(None, 5)])
    assert plan._unique_fields(_src(), fields) is fields


def test_a_record_repeated_is_dropped_and_a_kode_with_other_values_refused():
    # lines 3 and 5: the same record (kode 2.17.01, pagu 1.0): line 5 dropped, reported
    src = _src()
    out = plan._unique_fields(src, _fields([_rec("2.17.01", 3), _rec("2.17.02", 4), _rec("2.17.01", 5)]))
    assert out[plan._FIELDS.index("baris_sumber")] == [3, 4]
    assert [f["jenis"] for f in src.temuan] == ["baris_ganda"] and src.dropped == {"tabel_3_3": 1}
    # line 5 comes back with pagu 2.0: refused, naming both lines
    with pytest.raises(RenjaParseError, match=r"kode 2\.17\.01 muncul dua kali.*baris 3"):
        plan._unique_fields(_src(), _fields([_rec("2.17.01", 3), _rec("2.17.01", 5, pagu=2.0)]))
    # two records without kode that differ, and a placeholder kode twice: nothing to drop or refuse
    fields = _fields([_rec(None, 3), _rec(None, 4, nama="B"), _rec("X.XX.01.2.XX", 5), _rec("X.XX.01.2.XX", 6, 2.0)])
    assert plan._unique_fields(_src(), fields) is fields


@pytest.mark.parametrize("seed", range(60))
def test_as_the_former_on_random_records(seed):
    rng = random.Random(seed)
    kodes = [None, "2.17.01", "2.17.02", "2.17.01.2.01", "X.XX.01", "2.17.01.2.xx", "2.17.03."]
    records = [_rec(rng.choice(kodes[: rng.randint(2, len(kodes))]), 10 + k, rng.choice([1.0, 2.0, None]),
                    rng.choice(["A", "B"])) for k in range(rng.randint(1, 9))]
    assert _outcome(plan._unique_fields, _fields(records)) == _outcome(_former, _fields(records))
