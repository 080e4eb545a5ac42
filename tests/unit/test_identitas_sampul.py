"""REV-O O1-O3: which line of a title page or kata pengantar names the document's office and pemda.

The evidence ranked: the bold title line, else the kata pengantar's title sentence, else a capitals line
of the title page that is a whole title line (no address, sentence, caption or signature) and the only
office the title page prints (two capitals office lines naming different offices name none)."""
import pytest

from renja_analysis.sources.text import identitas

J = ["# RENCANA KERJA PERUBAHAN TAHUN 2024"]
PENGANTAR = ["## KATA PENGANTAR", "",
             "Rencana Kerja (RENJA) Perubahan Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan Tahun 2024 "
             "ini dapat diselesaikan."]


def kantor(lines):
    return identitas(J + lines).get("instansi")


def test_a_parent_office_in_capitals_above_the_bold_office_line():
    # O1: an RSUD/UPT cover names its parent office plainly; the document's own office is the bold line
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "DINAS KESEHATAN", "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**"]
                  ) == "DINAS KOPERASI USAHA KECIL DAN MENENGAH"


def test_a_capitals_office_line_wrapped_over_two_lines():
    # O2: 'DINAS KOPERASI, USAHA KECIL' / 'DAN MENENGAH' is one name
    assert kantor(["PEMERINTAH KABUPATEN MAGETAN", "DINAS KOPERASI, USAHA KECIL", "DAN MENENGAH"]
                  ) == "DINAS KOPERASI, USAHA KECIL DAN MENENGAH"
    # and the kata pengantar's full name beats a capitals line
    assert kantor(["PEMERINTAH KABUPATEN MAGETAN", "DINAS KOPERASI, USAHA KECIL", "KABUPATEN MAGETAN"] + PENGANTAR
                  ) == "Dinas Koperasi Usaha Kecil dan Menengah"


@pytest.mark.parametrize("baris", [
    "KANTOR : JL. TRIPANDITA NO. 15 MAGETAN",
    "BADAN PUSAT STATISTIK (BPS) KABUPATEN MAGETAN MENCATAT",
    "BAPPEDA KABUPATEN MAGETAN",    # an abbreviation is never told apart (kantor_beda): the sentence writes it whole
], ids=["alamat", "kalimat", "bappeda"])
def test_the_kata_pengantar_beats_a_line_that_is_no_title(baris):
    # O3: an address or a capitals sentence is no title line: the title sentence names the office
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", baris] + PENGANTAR) == "Dinas Koperasi Usaha Kecil dan Menengah"


def test_a_title_line_and_the_kata_pengantar_naming_two_offices_name_none():
    # the cover's capitals line and the kata pengantar's sentence name different offices: either may be
    # the document's (a kata pengantar may name another office's Renja, REV-P P1; a cover line may be an
    # address): the office is not known, and the reconciliation says so instead of picking one
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "KECAMATAN MAGETAN KABUPATEN MAGETAN"] + PENGANTAR) is None
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "DINAS KOPERASI USAHA KECIL DAN MENENGAH", "## KATA PENGANTAR",
                   "Sebagaimana Renja Dinas Kesehatan Kabupaten Magetan Tahun 2024, dokumen ini disusun bersama."]
                  ) is None


def test_the_kata_pengantar_office_ends_at_its_sentence():
    # REV-P P2: the office's name is capitalised words; it ends at the sentence's next lower-case word
    for kalimat in ("Rencana Kerja Dinas Koperasi Usaha Kecil dan Menengah ini disusun sebagai pedoman pelaksanaan "
                    "kegiatan pada tahun 2024.",
                    "Renja Dinas Koperasi Usaha Kecil dan Menengah yang disusun oleh Pemerintah Kabupaten Magetan "
                    "Tahun 2024"):
        assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "## KATA PENGANTAR", kalimat]
                      ) == "Dinas Koperasi Usaha Kecil dan Menengah"


def test_lines_that_are_no_title_line():
    # an address, a capitals sentence: no office at all
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "KANTOR : JL. TRIPANDITA NO. 15 MAGETAN"]) is None
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "BADAN PUSAT STATISTIK (BPS) KABUPATEN MAGETAN MENCATAT"]) is None
    # a caption after the title page, a table's title after its label, a signature's office after KEPALA
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "## DAFTAR ISI", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]) is None
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "DINAS PERTANIAN", "Tabel 1.1",
                   "BADAN USAHA MILIK DESA (BUMDES) BINAAN"]) == "DINAS PERTANIAN"
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "KEPALA", "BADAN KEPEGAWAIAN DAERAH"]) is None


def test_two_offices_in_capitals_name_none():
    # a UPT cover: parent and unit both plain; which is the document's is not certain
    assert kantor(["PEMERINTAH KABUPATEN MAGETAN", "DINAS KESEHATAN", "RUMAH SAKIT UMUM DAERAH"]) is None


def test_the_bold_line_comes_before_the_kata_pengantar():
    # the rule before capitals lines were read: the bold title line (a document naming itself otherwise in its
    # kata pengantar, 'Dinas Koperasi dan UKM', is not told apart here)
    assert kantor(["**PEMERINTAH KABUPATEN MAGETAN**", "**DINAS KOPERASI DAN UKM**"] + PENGANTAR) == "DINAS KOPERASI DAN UKM"


@pytest.mark.parametrize("kalimat, nama", [
    ("Rencana Kerja (Renja) Dinas Tata Kota Kota Surabaya Tahun 2024 ini disusun.", "Dinas Tata Kota"),
    ("Renja Perubahan Badan Kepegawaian dan Pengembangan SDM Kabupaten Magetan ini ...",
     "Badan Kepegawaian dan Pengembangan SDM"),
    ("Rencana Kerja Sekretariat DPRD Kabupaten Magetan Tahun 2024", "Sekretariat DPRD"),
    ("Rencana Kerja Dinas Pekerjaan Umum Tahun 2024 disusun.", "Dinas Pekerjaan Umum"),
], ids=["tata_kota", "tanpa_tahun", "sekretariat", "tanpa_pemda"])
def test_the_kata_pengantar_office_ends_at_the_pemda_named(kalimat, nama):
    assert kantor(["## KATA PENGANTAR", kalimat]) == nama


def test_pemda_lines():
    # PEMERINTAHAN is no pemda; a plain line yields to the bold one
    assert identitas(J + ["PEMERINTAHAN YANG BAIK DAN BERSIH", "**PEMERINTAH KABUPATEN MAGETAN**"]
                     )["pemerintah"] == "PEMERINTAH KABUPATEN MAGETAN"
    assert "pemerintah" not in identitas(J + ["PEMERINTAHAN YANG BAIK DAN BERSIH"])
    assert identitas(J + ["PEMERINTAH PROVINSI JAWA TIMUR", "**PEMERINTAH KABUPATEN MAGETAN**"]
                     )["pemerintah"] == "PEMERINTAH KABUPATEN MAGETAN"
    assert identitas(J + ["PEMERINTAH KABUPATEN MAGETAN"])["pemerintah"] == "PEMERINTAH KABUPATEN MAGETAN"
