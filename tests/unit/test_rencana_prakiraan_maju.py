"""Tabel 3.3's prakiraan maju pagu is named for no year (``pagu_maju_rp``; it was ``pagu_2025_rp``,
true only of a document planning 2024, the bundled Renja Perubahan 2024).

The fixture ``tests/data/renja-murni-mini.md`` is a hand-written Renja murni 2025: its 3.3 plans
2025 (``RENCANA TAHUN 2025``, line 60) and gives the prakiraan maju of 2026 (``PRAKIRAAN MAJU
RENCANA TAHUN 2026``), whose ``PAGU INDIKATIF (Rp)`` cells read, by hand, on lines 63-74:
38,000,000.00 (program 2.17.01), 38,000,000.00 (kegiatan 2.17.01.2.06), 17,000,000.00 and
21,000,000.00 (its two sub kegiatan), 60,000,000.00 (program 2.17.07), 60,000,000.00 (kegiatan
2.17.07.2.02), 35,000,000.00 and 25,000,000.00 (its two sub kegiatan). The old code put them in a
column named 2025, the year the table plans, not the year they are for.

Processed tables written before the rename hold ``pagu_2025_rp``: ``load_processed`` refuses them
with the new name and how to build them again (the old code read them as if current).
"""
import re
from pathlib import Path

import pandas as pd
import pytest

from renja_analysis import labels
from renja_analysis.errors import RenjaParseError
from renja_analysis.load import load_document, load_processed
from renja_analysis.output.processed import write_document

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def murni(mini_murni):
    return mini_murni                  # load_document(DATA / "renja-murni-mini.md"), tests/conftest.py (shared: never change it)


def test_prakiraan_maju_named_for_no_year(murni):
    r = murni.rencana
    assert murni.periode["tahun"] == 2025
    assert [c for c in r.columns if re.search(r"\d{4}", c)] == []
    assert r["pagu_maju_rp"].tolist() == [38e6, 38e6, 17e6, 21e6, 60e6, 60e6, 35e6, 25e6]


def test_label_names_no_year():
    assert labels.kolom("pagu_maju_rp") == "pagu prakiraan maju n+1 (Rp)"
    assert not any(re.search(r"\d{4}", v) for v in labels.LABEL_KOLOM.values())


def test_old_processed_rencana_refused(murni, tmp_path):
    out = tmp_path / "olahan"
    write_document(murni, out)
    assert "pagu_maju_rp" in load_processed(out).rencana
    path = out / "rencana.parquet"
    pd.read_parquet(path).rename(columns={"pagu_maju_rp": "pagu_2025_rp"}).to_parquet(path)
    with pytest.raises(RenjaParseError, match=r"tabel olahan ditulis versi lama: kolom pagu_2025_rp kini bernama "
                                              r"pagu_maju_rp.*bangun ulang"):
        load_processed(out)


def test_missing_prakiraan_maju_cell_named_for_no_year(tmp_path):
    # line 63 (program 2.17.01) holds 14 cells, the 13th its prakiraan maju pagu 38,000,000.00; the
    # last three (82 Indeks, 38,000,000.00, DINAS KOPERASI) dropped as the PDF extractor drops empty ones
    lines = (DATA / "renja-murni-mini.md").read_text(encoding="utf-8").split("\n")
    cells = lines[62].split("\t")
    assert (len(cells), cells[1], cells[12]) == (14, "2.17.01", "38,000,000.00")
    lines[62] = "\t".join(cells[:11])
    path = tmp_path / "renja-2025-murni-tanpa-ujung.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = load_document(path).temuan
    f = t[t["jenis"] == "sel_akhir_kosong"]
    # the 12th cell, its prakiraan maju target 82 Indeks, was dropped too: named first (``target_maju``,
    # kept since); the old code named the pagu only
    assert f[["baris_sumber", "kolom"]].values.tolist() == [[63, "target_maju"]]
    assert f["pesan"].iloc[0].startswith("Baris ini hanya memuat 11 dari 14 sel: sel ke-12–13 (target "
                                         "prakiraan maju n+1, pagu prakiraan maju n+1 (Rp)) tidak tertulis dan "
                                         "dibaca kosong")
