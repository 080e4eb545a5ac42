"""REV-Q Q1-Q3: one office named two ways on a title page and in the kata pengantar (a name holding a
lower-case word, an abbreviation, a typo), and two offices one of which is a one-word abbreviation.

Q1: the kata pengantar's name was cut at its first lower-case word ('Rumah Sakit Umum Daerah dr.
Sayidiman' read 'Rumah Sakit Umum Daerah'), a partial name that hid 4 true kritis behind a doubt.
Q2: 'Satpol PP' beside SATUAN POLISI PAMONG PRAJA, a cover's typo KOPERSI: told apart, no office, the same.
Q3: 'Renja BAPPEDA Kabupaten Magetan' beside a cover naming Dinas Koperasi: a one-word name was never told
apart, so the office read was Bappeda (its SIPD: 72 false kritis; the document's own SIPD refused)."""
import pytest

from renja_analysis.findings.reconciliation import banding_kantor
from renja_analysis.sources.text import identitas, kantor_beda

J = ["# RENCANA KERJA PERUBAHAN TAHUN 2024", "PEMERINTAH KABUPATEN MAGETAN"]


def kantor(sampul, nama_kalimat, pemda=" Kabupaten Magetan"):
    """The office read from a title page's capitals line ``sampul`` (none when empty) and a kata pengantar
    naming ``nama_kalimat`` in its title sentence."""
    kalimat = f"Alhamdulillah Rencana Kerja (RENJA) Perubahan {nama_kalimat}{pemda} Tahun 2024 ini dapat diselesaikan."
    return identitas(J + ([sampul] if sampul else []) + ["## KATA PENGANTAR", kalimat]).get("instansi")


@pytest.mark.parametrize("nama", [
    "Rumah Sakit Umum Daerah dr. Sayidiman",
    "RSUD dr. Sayidiman",
    "Dinas Koperasi Usaha Kecil dan menengah",       # a typist's lower-case word
    "Dinas Pekerjaan Umum dan Penataan ruang",
], ids=["rsud", "rsud_singkat", "menengah", "ruang"])
def test_the_sentences_name_runs_to_its_pemda(nama):
    # Q1: up to 'Kabupaten Magetan' the name holds a lower-case word standing before a capitalised one
    assert kantor("", nama) == nama


def test_the_sentences_name_holds_no_joining_word():
    # a lower-case word that joins a clause ('ini', 'oleh', 'di') is no part of the name even when a pemda
    # follows later in the sentence (REV-P P2); the name ends before it
    # nor one standing before another office's or the pemda's name ('disusun Bappeda', 'bersama Pemerintah')
    for tengah in ("ini disusun bersama Bappeda", "oleh Bappeda", "di", "disusun Bappeda", "bersama Pemerintah"):
        assert kantor("", f"Dinas Kesehatan {tengah}") == "Dinas Kesehatan"
    # and no pemda named: the name still ends at the sentence's next lower-case word
    assert kantor("", "Rumah Sakit Umum Daerah dr. Sayidiman", pemda="") == "Rumah Sakit Umum Daerah"


@pytest.mark.parametrize("sampul, nama, benar", [
    # Q2: abbreviations written out (``SINGKATAN_KANTOR``: Satpol PP, DPRD) give the same words: the
    # sentence's name, as where the two are written alike
    ("SATUAN POLISI PAMONG PRAJA", "Satpol PP", "Satpol PP"),
    ("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "Sekretariat DPRD", "Sekretariat DPRD"),
    ("SEKRETARIAT DPRD", "Sekretariat Dewan Perwakilan Rakyat Daerah", "Sekretariat Dewan Perwakilan Rakyat Daerah"),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Badan Perencanaan Pembangunan Daerah"),
    # an abbreviation read as initials (PUPR: two offices' initials, not written out): the name writing
    # the words out is the fuller, whichever side it is on
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Dinas PUPR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"),
    ("DINAS PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    # a one-letter difference in a word of five letters or more (``banding_kantor``'s ``ejaan``): a typo or
    # two offices; the title page's name, the document's own title (REV-U U1), even where it is the typo:
    # compared with SIPD it is then in doubt, never another office
    ("DINAS KOPERSI USAHA KECIL DAN MENENGAH", "Dinas Koperasi Usaha Kecil dan Menengah",
     "DINAS KOPERSI USAHA KECIL DAN MENENGAH"),
], ids=["satpol", "dprd", "dprd_sampul", "bappeda", "pupr", "pupr_sampul", "typo"])
def test_one_office_written_two_ways_is_one_office_the_fuller_name(sampul, nama, benar):
    assert kantor(sampul, nama) == benar


@pytest.mark.parametrize("singkat", ["BAPPEDA", "RSUD", "BPBD"])
def test_a_one_word_abbreviation_of_another_office_is_another_office(singkat):
    # Q3: BAPPEDA (RSUD, BPBD) is not the first letters of Dinas Koperasi Usaha Kecil dan Menengah's words
    assert kantor_beda(singkat, "DINAS KOPERASI USAHA KECIL DAN MENENGAH")
    lines = J + ["DINAS KOPERASI USAHA KECIL DAN MENENGAH", "## KATA PENGANTAR",
                 f"Dokumen ini disusun selaras dengan Renja {singkat} Kabupaten Magetan Tahun 2024 sebagai acuan."]
    # the title page and the sentence name two offices: neither is known to be the document's
    assert "instansi" not in identitas(lines)


def test_names_one_letter_or_more_apart():
    # two words two letters apart (pertanian, pertanahan) and short words are not taken for a typo
    assert kantor_beda("DINAS PERTANIAN", "DINAS PERTANAHAN")
    assert kantor_beda("DINAS SOSIAL", "DINAS PPKB")
    assert not kantor_beda("DINAS KOPERASI", "DINAS KOPRASI")
    assert banding_kantor("DINAS KOPRASI", "Dinas Koperasi")[0] == "ejaan"
    # Satpol PP is written out (``SINGKATAN_KANTOR``): the same words
    assert kantor_beda("SATUAN POLISI PAMONG PRAJA", "Satpol PP") is False


@pytest.mark.parametrize("kalimat", [
    "Alhamdulillah atas rahmat Allah Rencana Kerja (RENJA) Perubahan Kecamatan Tulang Kabupaten Magetan Tahun 2024 "
    "ini dapat diselesaikan.",
    "Alhamdulillah, dokumen ini disusun selaras dengan Renja Kecamatan Tulang Kabupaten Magetan Tahun 2024 sebagai acuan.",
], ids=["judul", "rujukan"])
def test_names_one_letter_apart_keep_the_title_pages(kalimat):
    # REV-U U1: title page KECAMATAN TULUNG, the kata pengantar's 'Renja Kecamatan Tulang' (Tulung and Tulang
    # are two kecamatan of Magetan, one letter apart: 'ejaan'). The sentence may cite another office's Renja;
    # the title page is the document's own: Kecamatan Tulung (old: 'Kecamatan Tulang', paired exactly with
    # another office's SIPD rows: 39 false kritis)
    assert banding_kantor("KECAMATAN TULUNG", "Kecamatan Tulang")[0] == "ejaan"
    lines = J + ["KECAMATAN TULUNG", "## KATA PENGANTAR", kalimat]
    assert identitas(lines).get("instansi") == "KECAMATAN TULUNG"
