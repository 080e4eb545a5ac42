"""REV-U U1b: a title page and a kata pengantar naming, as the document is read, one office with a part of
its name or its initials on the title page (``names.banding_kantor`` ``bagian`` / ``singkatan``), where the
SIPD data holds the two names as two offices.

``sources.text.identitas`` keeps the fuller name, the sentence's (``Kecamatan Kuta Selatan`` beside the title
page's ``KECAMATAN KUTA``); a pemda-wide export holding both Kecamatan Kuta and Kecamatan Kuta Selatan (the
Badung kecamatan) paired the document with the sentence's office by its exact name, 39 kritis against another
office's figures when the sentence cites another office's Renja (``disusun selaras dengan Renja ...``).

The data below, by hand: the bundled document's own SIPD rows (the Magetan fixture, 4 kritis against the
document: ``test_identitas_kantor``) under office A, ``2.17.0.00.0.00.01.0000``, and the same rows under
office B, ``2.17.0.00.0.00.02.0000``, every pagu Rp1.000.000 higher (so that a pairing with B gives kritis
the document is not to blame for). The title page names A, the kata pengantar B.

- ``KECAMATAN KUTA`` / ``Kecamatan Kuta Selatan``: content words {kecamatan, kuta} within {kecamatan, kuta,
  selatan}: ``bagian``; the sentence holds a word the title page lacks, so the office read is the
  sentence's. SIPD names KECAMATAN KUTA (the title page's, exactly) and KECAMATAN KUTA SELATAN (the
  sentence's): two offices, which one is the document's is not known (the title page's line may have lost
  ``SELATAN``, the sentence may cite another kecamatan's Renja): in doubt, compared with the title page's
  office A, the document's own title; every kritis a peringatan opening with the doubt, none kritis.
- ``BKD`` / ``Badan Kepegawaian Daerah``: ``singkatan`` (b-k-d the initials of badan, kepegawaian, daerah);
  BKD is also the initials of BADAN KEUANGAN DAERAH (office A here): the title page names two offices, the
  sentence one (B): in doubt, compared with B (the title page's name names no one office), none kritis.
- the same names with SIPD holding Badan Kepegawaian Daerah alone (A, the document's data): one office,
  ``sama``, the 4 kritis stay kritis (no doubt where the data does not name two offices).
- the title page holding the fuller name (``KECAMATAN KUTA SELATAN`` / ``Renja Kecamatan Kuta``): the title
  page's office, named exactly (A): ``sama``, the 4 kritis stay (the shorter sentence names nothing the
  title page's full name does not).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import first_fast
from test_sipd import MAGETAN, write_json

from renja_analysis import load_document, load_sipd
from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.findings.reconciliation import periksa_kesesuaian, rekonsiliasi
from renja_analysis.sources.text import identitas

A, B = "2.17.0.00.0.00.01.0000", "2.17.0.00.0.00.02.0000"
KALIMAT = ("Alhamdulillah atas rahmat dan karunia Allah Subhanahu Wa Ta'ala Rencana Kerja (RENJA) Perubahan Dinas "
           "Koperasi Usaha Kecil dan Menengah Kabupaten Magetan Tahun 2024 ini dapat diselesaikan dengan jadwal "
           "yang direncanakan.")
RUJUKAN = "Alhamdulillah, dokumen ini disusun selaras dengan Renja {} Kabupaten Magetan Tahun 2024 sebagai acuan."


def _dokumen(tmp_path: Path, sampul: str, kalimat: str):
    """The bundled document, its title page's office line ``sampul``, its kata pengantar's title sentence
    replaced by ``kalimat``."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    assert lines[9] == "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  " and KALIMAT in lines
    lines[9] = sampul
    lines[lines.index(KALIMAT)] = kalimat
    p = tmp_path / "renja-perubahan-2024-magetan.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    return load_document(p)


def _sipd(tmp_path: Path, nama_a: str, nama_b: str | None):
    """The Magetan fixture's records as office A ``nama_a`` (the document's data) and, with ``nama_b``, the
    same records as office B, every pagu Rp1.000.000 higher."""
    records = json.loads(MAGETAN.read_text(encoding="utf-8"))
    out = [dict(r, nama_skpd=nama_a, nama_sub_skpd=nama_a) for r in records]
    assert {r["kode_skpd"] for r in out} == {A}
    if nama_b:
        out += [dict(r, nama_skpd=nama_b, nama_sub_skpd=nama_b, kode_skpd=B, kode_sub_skpd=B, id_skpd=101,
                     id_sub_skpd=201, id_bl=r["id_bl"] + 5000, pagu=(r["pagu"] or 0) + 1_000_000) for r in records]
    return load_sipd(write_json(tmp_path / "sipd", out, "pemda.json"))


def _kritis_peringatan(doc, sipd):
    t = rekonsiliasi(doc, sipd)[1]
    t = t[t["jenis"].astype(str) == "dokumen_vs_sipd"]
    tingkat, pesan = t["tingkat"].astype(str), t["pesan"].astype(str)
    return int((tingkat == "kritis").sum()), int(pesan.str.startswith("[Belum pasti data yang sama").sum())


def _dinkop_sendiri(tmp_path: Path, lines: list[str]) -> None:
    """The bundled document's ``lines`` (its title page changed) written and read, SIPD holding its own office A
    (Dinas Koperasi, its data) and Dinas Kesehatan: compared with A by name, without doubt, its 4 kritis kept
    (``test_identitas_kantor``)."""
    p = tmp_path / "renja-perubahan-2024-magetan.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    doc, sipd = load_document(p), _sipd(tmp_path, "DINAS KOPERASI USAHA KECIL DAN MENENGAH", "DINAS KESEHATAN")
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu) == (A, "nama", ())
    assert _kritis_peringatan(doc, sipd) == (4, 0)


def test_the_title_pages_shorter_name_is_kept_beside_the_sentences():
    j = ["# RENCANA KERJA PERUBAHAN TAHUN 2024", "PEMERINTAH KABUPATEN MAGETAN"]
    lines = j + ["KECAMATAN KUTA", "## KATA PENGANTAR", RUJUKAN.format("Kecamatan Kuta Selatan")]
    assert identitas(lines) == {"judul": "RENCANA KERJA PERUBAHAN TAHUN 2024",
                                "pemerintah": "PEMERINTAH KABUPATEN MAGETAN", "instansi": "Kecamatan Kuta Selatan",
                                "instansi_sampul": "KECAMATAN KUTA", "kalimat_di": "kata pengantar"}
    lines = j + ["BKD", "## KATA PENGANTAR", RUJUKAN.format("Badan Kepegawaian Daerah")]
    assert identitas(lines)["instansi_sampul"] == "BKD"
    # none where the title page's name is the one read (the fuller), the same words, or one letter apart
    for sampul, kalimat in (("KECAMATAN KUTA SELATAN", "Kecamatan Kuta"), ("KECAMATAN KUTA", "Kecamatan Kuta"),
                            ("KECAMATAN TULUNG", "Kecamatan Tulang")):
        assert "instansi_sampul" not in identitas(j + [sampul, "## KATA PENGANTAR", RUJUKAN.format(kalimat)])


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("sampul, kalimat, nama_a, nama_b, kode", first_fast([
    ("KECAMATAN KUTA", "Kecamatan Kuta Selatan", "KECAMATAN KUTA", "KECAMATAN KUTA SELATAN", A),
    ("DINAS KESEHATAN", "Dinas Peternakan dan Kesehatan Hewan", "DINAS KESEHATAN",
     "DINAS PETERNAKAN DAN KESEHATAN HEWAN", A),
    ("DINAS SOSIAL", "Dinas Sosial P3A", "DINAS SOSIAL", "DINAS SOSIAL P3A", A),
    ("BKD", "Badan Kepegawaian Daerah", "BADAN KEUANGAN DAERAH", "BADAN KEPEGAWAIAN DAERAH", B),
]), ids=["kuta", "kesehatan", "sosial", "bkd"])
def test_two_names_sipd_holds_as_two_offices_are_in_doubt(tmp_path, sampul, kalimat, nama_a, nama_b, kode):
    """Before: paired exactly with the sentence's office B, 39 kritis against its figures."""
    doc, sipd = _dokumen(tmp_path, sampul, RUJUKAN.format(kalimat)), _sipd(tmp_path, nama_a, nama_b)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu, kes.sepadan) == (kode, "nama_ganda", ("perangkat_daerah",), True)
    lain = nama_b if kode == A else nama_a
    row = kes.tabel.set_index("aspek").loc["perangkat_daerah"]
    assert row.tolist() == [
        f"{sampul} di halaman judul atau {kalimat} di kata pengantar", "teks dokumen",
        nama_a if kode == A else nama_b,
        f"kolom nama_skpd; SIPD memuat pula {lain}: nama di halaman judul dan nama di kata pengantar dokumen "
        "dapat menunjuk dua perangkat daerah di SIPD, mana milik dokumen tidak dapat dipastikan", "tidak_diketahui"]
    kritis, ragu = _kritis_peringatan(doc, sipd)
    assert kritis == 0 and ragu >= (4 if kode == A else 39)


@pytest.mark.parametrize("sampul, kalimat, nama_a, nama_b", first_fast([
    # BKD is Badan Kepegawaian Daerah where the data holds no other office of those initials
    ("BKD", "Badan Kepegawaian Daerah", "BADAN KEPEGAWAIAN DAERAH", "DINAS PERDAGANGAN"),
    # the title page holds the fuller name: its office, whatever else the data holds
    ("KECAMATAN KUTA SELATAN", "Kecamatan Kuta", "KECAMATAN KUTA SELATAN", "KECAMATAN KUTA"),
    # one office of the pair in the data: one office, as before
    ("KECAMATAN KUTA", "Kecamatan Kuta Selatan", "KECAMATAN KUTA SELATAN", None),
]), ids=["bkd_satu", "sampul_lengkap", "satu_kantor"])
# the fast test(s) of the same finding: test_two_names_sipd_holds_as_two_offices_are_in_doubt
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_two_names_of_one_office_in_the_data_keep_their_kritis(tmp_path, sampul, kalimat, nama_a, nama_b):
    doc, sipd = _dokumen(tmp_path, sampul, RUJUKAN.format(kalimat)), _sipd(tmp_path, nama_a, nama_b)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu) == (A, "nama", ())
    assert _kritis_peringatan(doc, sipd) == (4, 0)


# REV-X X3: a sentence naming the document itself. The bundled document's own sentence (``KALIMAT``) with the
# office replaced: "Rencana Kerja (RENJA) Perubahan <office> Kabupaten Magetan Tahun 2024 ini dapat
# diselesaikan": after the name and its pemda, "Tahun 2024 ini", the Renja the reader holds, and no citing word
# before it. Its office is the document's: SIPD's office of that exact name (A, the document's data) is
# compared with, no doubt, its 4 kritis kept, whatever else the data holds that the title page's shorter name
# or initials fit (B: Badan Kepegawaian Daerah for ``BKD``; Dinas Sosial for ``DINAS SOSIAL``, a part of the
# sentence's name; Kecamatan Kuta). Before: cara nama_ganda, 0 kritis, and for Dinas Sosial and Kuta compared
# with B (the other office: 46 peringatan against its figures).
DIRI = ("Alhamdulillah atas rahmat dan karunia Allah Subhanahu Wa Ta'ala Rencana Kerja (RENJA) Perubahan {} "
        "Kabupaten Magetan Tahun 2024 ini dapat diselesaikan dengan jadwal yang direncanakan.")


@pytest.mark.parametrize("sampul, kalimat, nama_a, nama_b", first_fast([
    ("BKD", "Badan Keuangan Daerah", "BADAN KEUANGAN DAERAH", "BADAN KEPEGAWAIAN DAERAH"),
    ("DINAS SOSIAL", "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak",
     "DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "DINAS SOSIAL"),
    ("KECAMATAN KUTA", "Kecamatan Kuta Selatan", "KECAMATAN KUTA SELATAN", "KECAMATAN KUTA"),
]), ids=["bkd", "sosial", "kuta"])
# the fast test(s) of the same finding: test_two_names_sipd_holds_as_two_offices_are_in_doubt
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_sentence_naming_the_document_itself_names_its_office(tmp_path, sampul, kalimat, nama_a, nama_b):
    doc, sipd = _dokumen(tmp_path, sampul, DIRI.format(kalimat)), _sipd(tmp_path, nama_a, nama_b)
    assert "instansi_sampul" not in doc.identitas and doc.identitas["instansi"] == kalimat
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu) == (A, "nama", ())
    assert _kritis_peringatan(doc, sipd) == (4, 0)


def test_how_the_sentence_names_its_renja_decides_the_doubt():
    """Where the sentence stands and whether it cites: ``instansi_sampul`` kept only where it may cite another
    office's Renja."""
    def baca(sampul, kalimat, judul="## KATA PENGANTAR"):
        return identitas(["# RENCANA KERJA TAHUN 2024", sampul, judul, kalimat])

    # the document itself: "ini" after the name (and its pemda and year); "ini disusun" after a bare name
    for kalimat in ("Renja Dinas Sosial P3A Kabupaten Magetan Tahun 2024 ini disusun sebagai pedoman.",
                    "Rencana Kerja Dinas Sosial P3A Tahun Anggaran 2024 ini memuat program.",
                    "Renja Dinas Sosial P3A ini disusun berpedoman pada RKPD."):
        assert baca("DINAS SOSIAL", kalimat) == {"judul": "RENCANA KERJA TAHUN 2024", "instansi": "Dinas Sosial P3A"}
    # a citing word before the Renja, in its sentence: in doubt, even with "ini" after it
    for kalimat in ("Dokumen ini berpedoman pada Renja Dinas Sosial P3A Kabupaten Magetan Tahun 2024 ini.",
                    "Disusun. Program mengacu pada Renja Dinas Sosial P3A Tahun 2024 dan RKPD."):
        assert baca("DINAS SOSIAL", kalimat)["instansi_sampul"] == "DINAS SOSIAL"
    # a citing word in the sentence before it is not this sentence's
    assert "instansi_sampul" not in baca("DINAS SOSIAL", "Selaras dengan RKPD. Renja Dinas Sosial P3A Tahun 2024 ini "
                                                         "memuat program.")
    # unmarked: a part of the name on the title page is in doubt; the title page's initials of the sentence's
    # very name are one name and its initials
    unmarked = "Penyusunan Renja {} Kabupaten Magetan Tahun 2024 melibatkan seluruh bidang."
    assert baca("DINAS SOSIAL", unmarked.format("Dinas Sosial P3A"))["instansi_sampul"] == "DINAS SOSIAL"
    assert "instansi_sampul" not in baca("BKD", unmarked.format("Badan Keuangan Daerah"))
    assert baca("BKD", RUJUKAN.format("Badan Keuangan Daerah"))["instansi_sampul"] == "BKD"
    # REV-X X7: where the sentence stands, said as it is: the kata pengantar, else the document's first lines
    assert baca("BKD", RUJUKAN.format("Badan Keuangan Daerah"))["kalimat_di"] == "kata pengantar"
    assert baca("BKD", RUJUKAN.format("Badan Keuangan Daerah"), "## DAFTAR ISI")["kalimat_di"] == "awal dokumen"
    assert baca("BKD", RUJUKAN.format("Badan Keuangan Daerah"), "")["kalimat_di"] == "awal dokumen"


# REV-X X4: the title page's name a part of the document's office's longer SIPD name (banding_kantor ``bagian``
# with the words on SIPD's side: DINAS KESEHATAN in DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA
# BERENCANA) or initials of its first, last and some words between (BKD: Badan ... Keuangan Daerah in BADAN
# PENGELOLAAN KEUANGAN DAERAH), the sentence citing office B's Renja (its exact name in SIPD): two offices, in
# doubt, compared with A (the one office the title page names beside B), no kritis. Before: paired with B by the
# sentence's exact name, 39 kritis against B's figures.
@pytest.mark.parametrize("sampul, kalimat, nama_a, nama_b", first_fast([
    ("DINAS KESEHATAN", "Dinas Peternakan dan Kesehatan Hewan",
     "DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"),
    ("BKD", "Badan Kepegawaian Daerah", "BADAN PENGELOLAAN KEUANGAN DAERAH", "BADAN KEPEGAWAIAN DAERAH"),
]), ids=["kesehatan_ppkb", "bkd_bpkd"])
# the fast test(s) of the same finding: test_two_names_sipd_holds_as_two_offices_are_in_doubt
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_a_title_page_naming_part_of_another_sipd_office_is_in_doubt(tmp_path, sampul, kalimat, nama_a, nama_b):
    doc, sipd = _dokumen(tmp_path, sampul, RUJUKAN.format(kalimat)), _sipd(tmp_path, nama_a, nama_b)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu) == (A, "nama_ganda", ("perangkat_daerah",))
    row = kes.tabel.set_index("aspek").loc["perangkat_daerah"]
    assert row["dokumen"] == f"{sampul} di halaman judul atau {kalimat} di kata pengantar"
    kritis, ragu = _kritis_peringatan(doc, sipd)
    assert kritis == 0 and ragu >= 4          # A's 4 kritis held in doubt


def test_an_office_line_of_a_short_form_or_after_the_pemda_is_the_title_pages():
    """REV-X X5: ``DINKES`` (a short form of ``names.SINGKATAN_KANTOR`` beginning with an office's word: Dinas
    Kesehatan) and ``PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN`` (the pemda and the office on one line) are the
    title page's office. Before: not read, the sentence citing Dinas Peternakan dan Kesehatan Hewan's Renja alone
    named the office, no doubt, 39 kritis against that office's figures; and the pemda read as the whole line."""
    kalimat = RUJUKAN.format("Dinas Peternakan dan Kesehatan Hewan")
    for sampul, nama in (("**DINKES**", "DINKES"), ("DINKES", "DINKES"),
                         ("**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", "DINAS KESEHATAN"),
                         ("PEMERINTAH KABUPATEN MAGETAN, DINAS KESEHATAN", "DINAS KESEHATAN")):
        assert identitas(["# RENCANA KERJA TAHUN 2024", sampul, "## KATA PENGANTAR", kalimat]) == {
            "judul": "RENCANA KERJA TAHUN 2024", "instansi": "Dinas Peternakan dan Kesehatan Hewan",
            "instansi_sampul": nama, "kalimat_di": "kata pengantar",
            **({"pemerintah": "PEMERINTAH KABUPATEN MAGETAN"} if "PEMERINTAH" in sampul else {})}
    # a pemda line alone, a pemda line with a word that starts no office: as before
    assert identitas(["PEMERINTAH KABUPATEN MAGETAN DINAS"]) == {"pemerintah": "PEMERINTAH KABUPATEN MAGETAN DINAS"}
    assert identitas(["**PEMERINTAH KOTA BATU**"]) == {"pemerintah": "PEMERINTAH KOTA BATU"}


@pytest.mark.slow
def test_a_short_form_on_the_title_page_holds_the_office_in_doubt(tmp_path):
    doc = _dokumen(tmp_path, "**DINKES**", RUJUKAN.format("Dinas Peternakan dan Kesehatan Hewan"))
    sipd = _sipd(tmp_path, "DINAS KESEHATAN", "DINAS PETERNAKAN DAN KESEHATAN HEWAN")
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu) == (A, "nama_ganda", ("perangkat_daerah",))
    kritis, ragu = _kritis_peringatan(doc, sipd)
    assert kritis == 0 and ragu >= 4


def test_an_office_line_below_a_pemda_line_holding_an_office_is_the_office():
    """REV-AB AB4: a title page printing the pemda and a parent office on one line above the document's own office
    line (``PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN`` / ``RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN``): a parent
    office is printed above its unit, the line below names the document's office; the pemda line's office is the
    office only where the title page prints no other office line (``test_an_office_line_of_a_short_form_...``).
    Before: the parent's (bold), or none (capitals: two lines naming two offices)."""
    judul, pemda = "# RENCANA KERJA TAHUN 2024", "PEMERINTAH KABUPATEN MAGETAN"
    for induk, unit in (("**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", "**RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN**"),
                        ("**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", "**RSUD dr. SAYIDIMAN MAGETAN**"),
                        ("PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN", "RUMAH SAKIT UMUM DAERAH SAYIDIMAN")):
        # an RSUD is a unit of Dinas Kesehatan (its parent kept)
        assert identitas([judul, induk, unit]) == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": pemda,
                                                   "instansi": unit.strip("*"), "instansi_induk": "DINAS KESEHATAN"}
    # Dinas Koperasi is no unit of Dinas Kesehatan: two offices named, as on lines of their own (REV-AJ KJ0), the
    # title page alone does not say which is the document's
    assert identitas([judul, "**PEMERINTAH KABUPATEN MAGETAN, DINAS KESEHATAN**",
                      "DINAS KOPERASI USAHA KECIL DAN MENENGAH"]) == {
        "judul": "RENCANA KERJA TAHUN 2024", "pemerintah": pemda,
        "instansi_ragu": "DINAS KESEHATAN atau DINAS KOPERASI USAHA KECIL DAN MENENGAH di halaman judul"}
    # with the kata pengantar naming the document's own office: one office, the sentence's fuller name
    assert identitas([judul, "**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", "**DINAS KOPERASI USAHA KECIL DAN "
                      "MENENGAH**", "## KATA PENGANTAR", KALIMAT])["instansi"] == "Dinas Koperasi Usaha Kecil dan Menengah"


@pytest.mark.slow
def test_a_parent_office_beside_the_pemda_leaves_the_documents_kritis(tmp_path):
    """REV-AB AB4: the bundled document, its pemda line holding Dinas Kesehatan above its own Dinas Koperasi line,
    SIPD holding both offices: compared with its own office A (its data) as without that parent, its 4 kritis
    (``test_identitas_kantor``) kept. Before: no office read (the title page's Dinas Kesehatan against the kata
    pengantar's Dinas Koperasi), the 4 kritis gone."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    assert lines[8] == "**PEMERINTAH KABUPATEN MAGETAN**  "
    lines[8] = "**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**  "
    _dinkop_sendiri(tmp_path, lines)
