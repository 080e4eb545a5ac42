"""REV-AC AC6: a title page printing a parent office on a line of its own between the pemda line and the
document's own office line (``PEMERINTAH KABUPATEN MAGETAN`` / ``DINAS KESEHATAN`` / ``DINAS KOPERASI USAHA
KECIL DAN MENENGAH``). A parent office is printed above its unit: the lowest office line of the title block
names the document's office, as for a parent printed on the pemda's line (REV-AB AB4,
``test_kantor_dua_nama.test_an_office_line_below_a_pemda_line_holding_an_office_is_the_office``). Before: the
first bold office line (the parent's) was the title page's office; against a kata pengantar naming the
document's own office the two conflicted and no office was read (found by shared row names, in doubt: the
bundled document's 4 true kritis hidden as peringatan).

A line below the office that names no office (a bidang, a seksi, an address, a year) leaves the office; an
office line after the title page (in the kata pengantar) is no title line.
"""
from __future__ import annotations

import pytest
from test_kantor_dua_nama import A, _kritis_peringatan, _sipd

from renja_analysis import load_document
from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.findings.reconciliation import periksa_kesesuaian
from renja_analysis.sources.text import identitas

JUDUL, PEMDA = "# RENCANA KERJA TAHUN 2024", "**PEMERINTAH KABUPATEN MAGETAN**"


def test_the_lowest_office_line_of_the_title_block_is_the_office():
    for induk, unit in (("**DINAS KESEHATAN**", "**RUMAH SAKIT UMUM DAERAH dr. SAYIDIMAN**"),
                        ("**DINAS KESEHATAN**", "RUMAH SAKIT UMUM DAERAH SAYIDIMAN"),
                        ("**DINAS KESEHATAN**  ", "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  ")):
        for sela in ([], [""]):
            got = identitas([JUDUL, PEMDA, induk, *sela, unit])
            assert got == {"judul": "RENCANA KERJA TAHUN 2024", "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
                           "instansi": unit.strip().strip("*")}, (induk, unit, sela)
    # a line below naming no office leaves the office; so does an office line in the kata pengantar
    for bawah in ("**BIDANG PELAYANAN KESEHATAN**", "**SEKSI KESEHATAN KELUARGA**", "**TAHUN 2024**",
                  "Jl. Pahlawan No. 2 Magetan", "## KATA PENGANTAR\n**DINAS KOPERASI USAHA KECIL DAN MENENGAH**"):
        lines = [JUDUL, PEMDA, "**DINAS KESEHATAN**", *bawah.split("\n")]
        assert identitas(lines)["instansi"] == "DINAS KESEHATAN", bawah


@pytest.mark.slow
def test_a_parent_office_on_its_own_line_leaves_the_documents_kritis(tmp_path):
    """The bundled document with ``**DINAS KESEHATAN**`` printed between its pemda line and its own office line,
    SIPD holding both offices (A, the document's data; Dinas Kesehatan's every pagu Rp1.000.000 higher): compared
    with its own office A as without the parent line, its 4 kritis (``test_identitas_kantor``) kept."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    assert lines[8:10] == [PEMDA + "  ", "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  "]
    lines.insert(9, "**DINAS KESEHATAN**  ")
    p = tmp_path / "renja-perubahan-2024-magetan.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    doc, sipd = load_document(p), _sipd(tmp_path, "DINAS KOPERASI USAHA KECIL DAN MENENGAH", "DINAS KESEHATAN")
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.kode_skpd, kes.cara, kes.ragu) == (A, "nama", ())
    assert _kritis_peringatan(doc, sipd) == (4, 0)
