"""Tabel 3.2 of an office of two bidang urusan: each BIDANG URUSAN subtotal covers the programs
below it, up to the next bidang (REV-I I1: each was compared with every program, a false kritis on
a correct document). Built from the bundled document: its Koperasi programs (No 1 to 50) add up
to 3.297.585.325 + 120.000.000 + 25.000.000 + 28.000.000 + 158.000.000 + 59.500.000 = 3.688.085.325,
its UMKM programs (No 51 on) to 1.652.700.000 + 210.300.000 = 1.863.000.000; together the
URUSAN line's and the closing total's 5.551.085.325."""
from __future__ import annotations

import pytest

from renja_analysis import load_document
from renja_analysis.config import DEFAULT_SOURCE


def _dua_bidang(tmp_path, koperasi="3,688,085,325"):
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    awal = next(i for i, line in enumerate(lines) if line.startswith("### 3.2"))
    out, first = [], True
    for i, line in enumerate(lines):
        if i > awal and "URUSAN PEMERINTAHAN BIDANG KOPERASI UKM" in line and line.startswith("\t") and first:
            out += [line, f"\tBIDANG URUSAN KOPERASI\t\t\t\t{koperasi}\t\t\t\t\t{koperasi}\t"]
            first = False
            continue
        if i > awal and line.startswith("51\t"):
            out.append("\tBIDANG URUSAN USAHA KECIL DAN MENENGAH\t\t\t\t1,863,000,000\t\t\t\t\t1,863,000,000\t")
        out.append(line)
    path = tmp_path / DEFAULT_SOURCE.name
    path.write_text("\n".join(out), encoding="utf-8")
    return load_document(path)


def _jumlah(doc):
    t = doc.temuan
    return t[t["jenis"].astype(str) == "jumlah_tidak_cocok"]


def test_two_correct_bidang_subtotals_give_no_finding(tmp_path):
    doc = _dua_bidang(tmp_path)
    assert set(doc.total_review["label"]) >= {"BIDANG URUSAN KOPERASI", "BIDANG URUSAN USAHA KECIL DAN MENENGAH"}
    assert _jumlah(doc).empty


@pytest.fixture(scope="module")
def salah(tmp_path_factory):
    """Koperasi's subtotal stated wrong, read once for both sides (shared: never change it)."""
    return _dua_bidang(tmp_path_factory.mktemp("salah"), koperasi="3,600,000,000")


@pytest.mark.parametrize("sisi", ["rancangan awal", "hasil analisis"])
def test_a_wrong_bidang_subtotal_is_kritis_against_its_own_programs(salah, sisi):
    # Koperasi stated 3.600.000.000 against its programs' 3.688.085.325 (selisih 88.085.325)
    t = _jumlah(salah)
    t = t[t["tabel"].astype(str).str.endswith(sisi)]
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["nama"].tolist() == ["BIDANG URUSAN KOPERASI"]
    assert "program di bawahnya Rp3.688.085.325" in t["pesan"].iloc[0]
