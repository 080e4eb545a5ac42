"""SIPD field typing, all fields at once (``sources.sipd._text_fields``, ``_money_fields``).

The stacked typing must give what typing one field at a time gives, cell for cell, and
name the same first bad cell. Expected values are written by hand from the raw cells below.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from renja_analysis import RenjaParseError
from renja_analysis.sources import sipd as s


def _raw(records_json: list[dict], records_csv: list[dict], fields: list[str]):
    files = [s._Berkas(Path("a.json"), "a.json", "json", records_json, list(range(1, len(records_json) + 1))),
             s._Berkas(Path("b.csv"), "b.csv", "csv", records_csv, list(range(2, len(records_csv) + 2)),
                       columns={f: i + 1 for i, f in enumerate(fields)})]
    raw = pd.DataFrame.from_records(records_json + records_csv, columns=fields)
    raw["_f"] = np.repeat([0, 1], [len(records_json), len(records_csv)])
    raw["_k"] = np.concatenate([np.arange(len(records_json)), np.arange(len(records_csv))])
    return s._Fehler(files, raw), raw


TEXT = ["kode_skpd", "nama_skpd", "target_akhir"]          # a code, a plain text, a packed text


def test_text_fields_all_at_once():
    err, raw = _raw([{"kode_skpd": "1.02", "nama_skpd": "  DINAS\tKESEHATAN ", "target_akhir": "10\r\n\r\n20 "},
                     {"kode_skpd": 1, "nama_skpd": "null", "target_akhir": None}],
                    [{"kode_skpd": "1.02", "nama_skpd": "DINAS  KESEHATAN", "target_akhir": "  NULL "}], TEXT)
    got = s._text_fields(err, raw[TEXT])
    assert got["kode_skpd"].tolist() == ["1.02", "1", "1.02"]
    assert got["nama_skpd"].tolist() == ["DINAS KESEHATAN", pd.NA, "DINAS KESEHATAN"]
    assert got["target_akhir"].tolist() == ["10\n20", pd.NA, pd.NA]
    for name in TEXT:
        assert str(got[name].dtype) == "string"
        pd.testing.assert_series_equal(got[name], s._clean(raw[name].map(
            lambda v: v if not isinstance(v, int) else str(v)), packed=name in s.BERLAPIS), check_names=False)


def test_bidirectional_controls_are_removed_from_sipd_text():
    # U+202E (right-to-left override) ... U+202C (pop) around "KESEHATAN" would show the name, and
    # whatever follows it on a page, mirrored (REV-E E12); U+2067 (right-to-left isolate) likewise
    got = s._clean(pd.Series(["DINAS \u202eKESEHATAN\u202c", "\u2067PUSKESMAS\u2069 A"]), packed=False)
    assert got.tolist() == ["DINAS KESEHATAN", "PUSKESMAS A"]


def test_text_fields_name_the_first_bad_field():
    # nama_skpd (second field) holds a list, kode_skpd (first) a fraction: the code is named
    err, raw = _raw([{"kode_skpd": "1.02", "nama_skpd": ["x"], "target_akhir": "1"},
                     {"kode_skpd": 2.1, "nama_skpd": "D", "target_akhir": "1"}], [], TEXT)
    with pytest.raises(RenjaParseError, match="kode kode_skpd tersimpan sebagai angka") as stacked:
        s._text_fields(err, raw[TEXT])
    with pytest.raises(RenjaParseError) as alone:
        s._text_field(err, raw["kode_skpd"], "kode_skpd")
    assert str(stacked.value) == str(alone.value)
    assert "rekaman 2" in str(stacked.value)


MONEY = ["pagu", "pagu_indikatif", "pagu_n_depan"]


def test_money_fields_all_at_once():
    err, raw = _raw([{"pagu": 1500000, "pagu_indikatif": "1500000000.00", "pagu_n_depan": None},
                     {"pagu": "null", "pagu_indikatif": 2.5, "pagu_n_depan": " "}],
                    [{"pagu": "1.500.000,00", "pagu_indikatif": "2.000,50", "pagu_n_depan": "7"}], MONEY)
    conv = s._conventions(err, raw, MONEY)
    got = s._money_fields(err, raw[MONEY], conv)
    assert got["pagu"].tolist() == [1500000.0, pd.NA, 1500000.0]
    assert got["pagu_indikatif"].tolist() == [1500000000.0, 2.5, 2000.5]
    assert got["pagu_n_depan"].tolist() == [pd.NA, pd.NA, 7.0]
    for name in MONEY:
        pd.testing.assert_series_equal(got[name], s._money_field(err, raw[name], name, conv), check_names=False)


@pytest.mark.parametrize("cells, named", [
    ({"pagu_indikatif": "abc", "pagu_n_depan": "1,500.5"}, "pagu_indikatif bukan angka"),   # not a number
    ({"pagu_indikatif": "1", "pagu_n_depan": "1.500"}, "pagu_n_depan '1.500' dapat dibaca dua cara"),
    ({"pagu_indikatif": 1e20, "pagu_n_depan": "x"}, "pagu_indikatif di luar batas wajar"),
])
def test_money_fields_name_the_first_bad_field(cells, named):
    err, raw = _raw([{"pagu": 1, "pagu_indikatif": 1, "pagu_n_depan": 1}, {"pagu": 2, **cells}], [], MONEY)
    conv = s._conventions(err, raw, MONEY)
    with pytest.raises(RenjaParseError, match=named) as stacked:
        s._money_fields(err, raw[MONEY], conv)
    assert "rekaman 2" in str(stacked.value)
