"""A Renja murni's Tabel 3.2 and 3.3 are named as what they are (REV-AC, low): its 3.2 reviews the
RKPD (``### 3.2 Review terhadap Rancangan Awal RKPD``), not the P-RKPD, and its 3.3 is the year's plan
(``### 3.3 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2025``), not a revision; the tool had
named them "Tabel 3.2 (Review P-RKPD)" and "Tabel 3.3 (Rencana Perubahan)" in its findings, their
references, the locations and the reading account. A Renja Perubahan keeps those labels.

Fixture ``tests/data/renja-murni-mini.md`` (title ``RENCANA KERJA TAHUN 2025``, section 3 without
P-APBD columns: ``doc.murni``), read by hand: 3.2's row No. 4 (line 52, Penyediaan Barang Cetak dan
Penggandaan) writes a hasil analisis pagu of 20,000,000, its 3.3 row 21,000,000.00: the one
difference between the two tables, one finding ``Tabel 3.2 ... vs Tabel 3.3 ...``. 3.2's rows No. 1-8
are on lines 49-56 (8 locations), 3.3's on the 12 lines of its region that carry a row.
"""
import pandas as pd
import pytest

from renja_analysis.config import ROOT
from renja_analysis.load import load_document
from renja_analysis.present.summary import ringkasan_pembacaan, tidak_cocok

MURNI = ROOT / "tests" / "data" / "renja-murni-mini.md"
R32, R33 = "Tabel 3.2 (Review RKPD)", "Tabel 3.3 (Rencana)"


@pytest.fixture(scope="module")
def murni(mini_murni):
    return mini_murni                  # load_document(MURNI), tests/conftest.py (shared: never change it)


def _teks(doc) -> str:
    parts = [doc.temuan[c].astype(str) for c in ("tabel", "pesan", "rujukan")]
    parts += [doc.lokasi["tabel"].astype(str), doc.pembacaan["tabel"].astype(str)]
    return "\n".join("\n".join(p) for p in parts)


def test_murni_tables_named_as_murni(murni):
    assert murni.murni
    t = murni.temuan
    beda = t[t["tabel"].astype(str).str.contains(" vs Tabel 3")]
    # old: 'Tabel 3.2 (Review P-RKPD) vs Tabel 3.3 (Rencana Perubahan)'
    assert beda["tabel"].tolist() == [f"{R32} vs {R33}"]
    assert beda["baris_sumber"].tolist() == [52]
    assert beda["pesan"].iloc[0] == f"Pagu indikatif di {R32} tertulis Rp20.000.000, di {R33} Rp21.000.000."
    assert murni.pembacaan["tabel"].astype(str).tolist() == ["Tabel 2.1", "Tabel 2.2", R32, R33]
    assert murni.lokasi["tabel"].astype(str).value_counts().to_dict() == {R33: 12, "Tabel 2.2": 8, R32: 8,
                                                                          "Tabel 2.1": 7}
    assert "P-RKPD" not in _teks(murni) and "Rencana Perubahan" not in _teks(murni)


def test_murni_report_tables(murni):
    assert ringkasan_pembacaan(murni)["Tabel"].drop_duplicates().tolist()[2:4] == [
        "Review RKPD (Tabel 3.2, per sisi)", "Rencana (Tabel 3.3)"]


def test_perubahan_keeps_its_labels(bundled):
    doc = bundled                                   # the bundled Renja Perubahan, load_document(), tests/conftest.py
    assert not doc.murni
    assert doc.pembacaan["tabel"].astype(str).tolist()[-2:] == ["Tabel 3.2 (Review P-RKPD)",
                                                               "Tabel 3.3 (Rencana Perubahan)"]


def test_label_compared_after_load_matches_both(murni):
    from renja_analysis.sources.base import adalah_tabel, murnikan

    # a 3.3 read incomplete is told by the reading account whatever its label (summary._tidak_lengkap)
    p = murni.pembacaan.copy()
    p["lengkap"] = pd.array([pd.NA, pd.NA, pd.NA, False], dtype="boolean")
    doc = type("D", (), {"pembacaan": p, "tabel21": murni.tabel21, "pergeseran": murni.pergeseran,
                         "rencana": murni.rencana.assign(nama=[None] + murni.rencana["nama"].tolist()[1:])})()
    assert tidak_cocok(doc)["Keadaan"].str.contains("tabel tidak lengkap di teks sumber").any()
    assert adalah_tabel(pd.Series([R32, "Tabel 3.2 (Review P-RKPD)", R33]), "tabel_3_2").tolist() == [
        True, True, False]
    assert murnikan(pd.Series(["Nomor urut baris di Review P-RKPD melompat", None], dtype="string")).tolist()[0] \
        == "Nomor urut baris di Review RKPD melompat"


KET = "Menunggu hasil Review P-RKPD; lihat Tabel 3.3 (Rencana Perubahan)"
CATATAN = "Catatan: disesuaikan dengan Review P-RKPD dan Tabel 3.3 (Rencana Perubahan)"


def test_murni_quotes_document_text_verbatim(tmp_path):
    """REV-AE AE2: the murni labels are the tool's words; a quote of the document (“…”) is data and is
    never relabelled. The mini with line 41's keterangan (2.2, Penumbuhan dan Pengembangan
    Kewirausahaan: 80 % absorbed, realisation 0) written ``KET``, and a line inserted in its 3.3 before
    sub kegiatan 2.17.07.2.02.0002 (line 73) with neither code nor numbers, ``CATATAN``: the
    serapan_tanpa_output finding quotes ``KET`` as written, the reader's baris_tidak_terbaca quotes
    ``CATATAN`` as written (in ``temuan`` and ``temuan_baca``); the tool's own labels stay murni.
    Old: '“Menunggu hasil Review RKPD; lihat Tabel 3.3 (Rencana)”'."""
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    assert lines[40].endswith("\tDilaksanakan di triwulan 3\t")
    lines[40] = lines[40].replace("Dilaksanakan di triwulan 3", KET)
    lines.insert(72, "\t\t" + CATATAN + "\t" * 11)
    path = tmp_path / "murni-kutip.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    assert doc.murni
    t = doc.temuan.set_index(doc.temuan["jenis"].astype(str))
    assert t.loc["serapan_tanpa_output", "baris_sumber"] == 41
    assert t.loc["serapan_tanpa_output", "pesan"].endswith(f"; keterangan: \u201c{KET}\u201d.")
    assert t.loc["baris_tidak_terbaca", "baris_sumber"] == 73
    assert t.loc["baris_tidak_terbaca", "tabel"] == R33
    assert t.loc["baris_tidak_terbaca", "pesan"] == (
        f"Baris tanpa kode dan tanpa angka target/pagu disisihkan: \u201c{CATATAN}\u201d.")
    [baca] = [b for b in doc.temuan_baca if b["jenis"] == "baris_tidak_terbaca"]
    assert (baca["tabel"], baca["pesan"]) == (R33, t.loc["baris_tidak_terbaca", "pesan"])
    assert t.loc["antar_tabel_tidak_cocok", "pesan"] == (
        f"Pagu indikatif di {R32} tertulis Rp20.000.000, di {R33} Rp21.000.000.")


def test_murnikan_outside_quotes_only():
    from renja_analysis.sources.base import murnikan

    # the document's own “…” inside a quote (one level) stays part of the quote
    teks = ("Di Tabel 3.2 (Review P-RKPD): \u201clihat \u201cTabel 3.3 (Rencana Perubahan)\u201d dan Review P-RKPD\u201d;"
            " di Tabel 3.3 (Rencana Perubahan) \u201cReview P-RKPD\u201d.")
    want = (f"Di {R32}: \u201clihat \u201cTabel 3.3 (Rencana Perubahan)\u201d dan Review P-RKPD\u201d;"
            f" di {R33} \u201cReview P-RKPD\u201d.")
    assert murnikan(teks) == want
    assert murnikan(pd.Series([teks, None], dtype="string")).fillna("-").tolist() == [want, "-"]


def test_murni_workbook_dictionary_pergeseran(murni):
    """REV-AE (cosmetic): a Renja murni's pergeseran table is empty (no P-APBD: ``load``), and its workbook's
    data dictionary had defined the sheet's columns as a Renja Perubahan's without saying so ("pagu P-APBD
    (Review 3.2, hasil analisis)"); it now says each is a Renja Perubahan's and why the sheet is empty."""
    import io

    from openpyxl import load_workbook

    from renja_analysis.output.processed import tabel_dokumen
    from renja_analysis.output.workbook import KAMUS, _murni, workbook_bytes

    tables, _ = tabel_dokumen(murni)
    assert tables["pergeseran"].empty and _murni(tables)
    rows = [r for r in load_workbook(io.BytesIO(workbook_bytes(tables)))[KAMUS].iter_rows(values_only=True)
            if r[0] == "Pergeseran Anggaran"]
    papbd = [r[4] for r in rows if r[2] == "pagu_papbd_rp"]
    assert papbd == ["pagu P-APBD (Review 3.2, hasil analisis) (hanya untuk Renja Perubahan; Renja murni tidak "
                     "memuat perubahan APBD (P-APBD), sehingga lembar ini kosong)"]
    assert all("hanya untuk Renja Perubahan" in r[4] for r in rows if not r[1].startswith("Kode "))
    # a Renja Perubahan's reading account names its tables as a Perubahan's: not a murni
    perubahan = {"pembacaan": pd.DataFrame({"tabel": ["Tabel 2.2", "Tabel 3.2 (Review P-RKPD)",
                                                      "Tabel 3.3 (Rencana Perubahan)"]})}
    assert not _murni(perubahan)
