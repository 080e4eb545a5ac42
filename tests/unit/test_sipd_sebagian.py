"""SIPD data read only in part (REV-N N4, N5): a document is not blamed on what was not read.

N4: a SIPD folder's subfolder is skipped unread (only the folder's own files are read, as
downloaded). What it holds is not known, so a comparison finding that records not read could
explain (a document row not found in SIPD, SIPD's pagu below the document's, SIPD's
realisation below the document's) is a peringatan naming it, and ``check`` prints the skip.
Findings more records could not change stay as they were (a row only in SIPD).

N5: realisation exports ending before the document's quarter (January-February for TW I):
SIPD below the document is a peringatan naming the last month covered (March's payments may
make it up); SIPD above the document stays kritis (more payments only add) unless the data
shows lines whose net value is below zero (returns, corrections): then what is missing may
bring it down, peringatan.

Expectations by hand from ``tests/data/sipd/README.md`` / ``test_reconciliation``'s docstring
(the bundled document against Magetan's fixture: 4 kritis = 2 pagu where the document is
above SIPD, Pemulihan 1.513.500.000 vs 1.500.000.000 and 2.17.08's kegiatan 210.300.000 vs
200.300.000; 1 document row not in SIPD, Penumbuhan dan Pengembangan Kewirausahaan; 1 SIPD row
not in the document, 2.17.06.2.01.0010) and ``tests/data/sipd-realisasi/README.md`` (the lines
A1-A11, B1-B6).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from dokumen_realisasi_fixture import DATA, NAMA
from sipd_realisasi_fixture import EXPORTS
from test_sipd import MAGETAN

from renja_analysis import load_sipd
from renja_analysis.cli import main
from renja_analysis.config import ROOT
from renja_analysis.findings.document_realisation import dokumen_vs_realisasi
from renja_analysis.findings.reconciliation import rekonsiliasi
from renja_analysis.load import load_sipd_realisasi

DOC = DATA / NAMA
PLAN = ROOT / "tests" / "data" / "sipd-nyata"


@pytest.fixture(scope="module")
def magetan_sub(tmp_path_factory) -> Path:
    """Magetan's export in a folder beside a subfolder holding a file (not read)."""
    folder = tmp_path_factory.mktemp("sub") / "sipd"
    (folder / "lama").mkdir(parents=True)
    shutil.copy(MAGETAN, folder / "a.json")
    (folder / "lama" / "b.json").write_text("[]", encoding="utf-8")
    return folder


@pytest.mark.slow  # a fast test of its section checks the same finding (test_nothing_unread_nothing_hedged)
def test_a_skipped_subfolder_hedges_what_unread_records_could_explain(bundled, magetan_sub):
    sipd = load_sipd(magetan_sub)
    _, temuan = rekonsiliasi(bundled, sipd)
    t = temuan[temuan["jenis"] == "dokumen_vs_sipd"]
    # 15 findings as with the file alone; the 3 kritis unread records could explain are peringatan
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"kritis": 1, "peringatan": 5, "info": 9}
    kritis = t[t["tingkat"] == "kritis"]
    assert len(kritis) == 1 and "2.17.06.2.01.0010" in kritis["pesan"].iloc[0]   # only in SIPD: true
    hedged = t[t["pesan"].str.startswith("[Sebagian folder SIPD tidak dibaca (lama)")]
    assert len(hedged) == 3 and set(hedged["tingkat"]) == {"peringatan"}
    assert sorted(hedged.loc[hedged["kolom"] == "pagu_rp", "nilai_rp"].astype(float)) == [10_000_000, 13_500_000]
    assert any("Penumbuhan dan Pengembangan Kewirausahaan" in p for p in hedged["pesan"])
    assert [n for n, _ in sipd.dilewati] == ["lama"] and "subfolder" in sipd.dilewati[0][1]


def test_nothing_unread_nothing_hedged(bundled, tmp_path):
    """A README beside the export is read and found not to be one: no hedge."""
    folder = tmp_path / "sipd"
    folder.mkdir()
    shutil.copy(MAGETAN, folder / "a.json")
    (folder / "README.md").write_text("catatan\n", encoding="utf-8")
    _, temuan = rekonsiliasi(bundled, load_sipd(folder))
    t = temuan[temuan["jenis"] == "dokumen_vs_sipd"]
    assert t["tingkat"].astype(str).value_counts().to_dict() == {"kritis": 4, "info": 9, "peringatan": 2}


@pytest.mark.slow  # runs the command line
def test_check_prints_the_skipped_subfolder(magetan_sub, capsys):
    main(["check", "--sipd", str(magetan_sub)])
    out = capsys.readouterr().out
    assert "dilewati di folder SIPD: lama (subfolder: isinya tidak dibaca" in out
    assert "Sebagian folder SIPD tidak dibaca (lama)" in out


def _folder(tmp_path: Path, keep, change=None, sub: str | None = None) -> Path:
    """The realisation fixture's exports named by ``keep`` (``sub``: those not kept go into that
    subfolder), each changed by ``change(name, records)``, with the plan beside them."""
    folder = tmp_path / "d"
    folder.mkdir()
    for name, value in EXPORTS.items():
        value = json.loads(json.dumps(value))
        if change is not None:
            change(name, value["data"] if isinstance(value, dict) else value)
        where = folder if keep(name) else (folder / sub if sub else None)
        if where is not None:
            where.mkdir(exist_ok=True)
            (where / name).write_text(json.dumps(value), encoding="utf-8")
    shutil.copy(PLAN / "dinas-kesehatan-indikator.json", folder / "renja.json")
    return folder


def _tingkat(temuan) -> dict:
    t = temuan[(temuan["jenis"] == "dokumen_vs_realisasi_sipd") & temuan["baris_sumber"].notna()]
    return dict(zip(t["baris_sumber"].astype(int), t["tingkat"].astype(str)))


@pytest.fixture(scope="module")
def doc(dokumen_realisasi):
    return dokumen_realisasi


# the fast test(s) of the same finding: test_sipd_above_the_document_stays_kritis_without_negative_lines
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_exports_ending_in_february_do_not_blame_a_tw1_document(doc, tmp_path):
    """January and February only. By hand (README lines): gaji (row 19) A1 + A6 = 1.000.000.000
    against 1.500.000.000 (A10 is March's); Ibu Hamil (row 28) A4 7.500.000 + B1 2.400.000 =
    9.900.000 against 13.000.000 (B5 is March's); Ibu Bersalin (row 29) B2 6.000.000 against
    9.100.000 (B6 March's): SIPD below the document, material, March may hold the rest:
    peringatan, naming February as the last month. ATK (row 20) 12.500.000 vs 12.510.000 below
    materiality (info); rows 21 and 32 have only March lines (A11, A9): only in the document, as
    row 23 is in every month (no line of its own)."""
    folder = _folder(tmp_path, lambda name: not name.endswith("-03.json"))
    tabel, temuan, _, periode = dokumen_vs_realisasi(doc, load_sipd_realisasi(folder))
    rows = tabel.set_index("baris_dokumen")
    assert [rows.loc[r, "realisasi_sipd_rp"] for r in (19, 28, 29)] == [1_000_000_000, 9_900_000, 6_000_000]
    assert _tingkat(temuan) == {19: "peringatan", 20: "info", 21: "peringatan", 23: "peringatan",
                                28: "peringatan", 29: "peringatan", 32: "peringatan"}
    assert (periode.bulan_akhir, periode.bulan_data) == (3, 2)
    gaji = temuan.set_index("baris_sumber").loc[19, "pesan"].replace("\xa0", " ")
    assert "di SIPD-RI Rp1.000.000.000 sampai akhir Februari (ekspor hanya sampai Februari" in gaji
    assert "pembayaran Maret tidak ada di data SIPD" in gaji and "sampai akhir Maret (" not in gaji


def test_sipd_above_the_document_stays_kritis_without_negative_lines(doc, tmp_path):
    """A2 (ATK, row 20) raised to 20.000.000: SIPD 20.000.000 above the document's 12.510.000
    through February; March's payments can only add (no line below zero: A5's return leaves it at
    8.500.000): kritis."""
    def raise_atk(name, recs):
        if name == "realisasi-dinkes-2026-01.json":
            recs[1]["nilai_realisasi"] = 20_000_000
    folder = _folder(tmp_path, lambda name: not name.endswith("-03.json"), raise_atk)
    _, temuan, _, _ = dokumen_vs_realisasi(doc, load_sipd_realisasi(folder))
    assert _tingkat(temuan)[20] == "kritis"


# the fast test(s) of the same finding: test_sipd_above_the_document_stays_kritis_without_negative_lines
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_sipd_above_the_document_with_a_negative_line_is_a_peringatan(doc, tmp_path):
    """As above, and A5's return (nilai_setoran) 11.000.000 on its 10.000.000: a line of net
    -1.000.000 (dinkes-01 record 5). Realisation is reduced in this data, so March's missing lines
    may reduce ATK's too: peringatan, naming the line."""
    def change(name, recs):
        if name == "realisasi-dinkes-2026-01.json":
            recs[1]["nilai_realisasi"] = 20_000_000
            recs[4]["nilai_setoran"] = 11_000_000
    folder = _folder(tmp_path, lambda name: not name.endswith("-03.json"), change)
    _, temuan, _, _ = dokumen_vs_realisasi(doc, load_sipd_realisasi(folder))
    assert _tingkat(temuan)[20] == "peringatan"
    atk = temuan.set_index("baris_sumber").loc[20, "pesan"]
    assert "di bawah nol" in atk and "realisasi-dinkes-2026-01.json rekaman 5" in atk


# the fast test(s) of the same finding: test_sipd_above_the_document_stays_kritis_without_negative_lines
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_realisation_subfolder_not_read_does_not_blame_the_document(doc, tmp_path, capsys):
    """The Puskesmas' three exports in a subfolder ``pkm`` (not read); January-March of the Dinas
    read, so no month is missing. Ibu Hamil (row 28): A4 7.500.000 against 13.000.000 (B1, B5 are
    the Puskesmas'): peringatan naming the subfolder, not kritis."""
    folder = _folder(tmp_path, lambda name: "puskesmas" not in name, sub="pkm")
    data = load_sipd_realisasi(folder)
    assert [n for n, _ in data.dilewati] == ["pkm"]
    tabel, temuan, _, periode = dokumen_vs_realisasi(doc, data)
    assert tabel.set_index("baris_dokumen").loc[28, "realisasi_sipd_rp"] == 7_500_000
    assert _tingkat(temuan)[28] == "peringatan"
    assert periode.bulan_data is None
    assert "sebagian folder realisasi tidak dibaca (pkm)" in temuan.set_index("baris_sumber").loc[28, "pesan"]
    main(["check", "--source", str(DOC), "--sipd-realisasi", str(folder)])
    out = capsys.readouterr().out
    assert "dilewati di folder realisasi SIPD: pkm (subfolder" in out
