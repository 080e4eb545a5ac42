"""REV-AV: a title page's office lines (merged offices' short forms, a line ending in ``/``, one office named in
both kinds).

AV1: ``DPMD`` printed below ``DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK``
(``DP3A`` below ``DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PEMBERDAYAAN MASYARAKAT DAN DESA``) is the short form
of the name's first parts, one after the other: one office, the written-out name kept (REV-AL AL1, as ``DINKES``
under ``DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA``). Before: the later part opening with the same
word PEMBERDAYAAN made it a second office, the document refused or compared in doubt, its 4 true kritis hidden.

AV4: a line ending in ``/`` is joined with the next title line, as one ending in a comma is (``/`` cuts a name as a
comma does, REV-AR AR3). Before: ``DINAS KESEHATAN /`` read alone, SIPD's name a part of it, every row in doubt.

The data, by hand: the bundled document's own SIPD rows (the Magetan fixture, 4 kritis against the document:
``test_identitas_kantor``) under office A, the document's, and the same rows under office B (BPBD, code ``B``), every
pagu Rp1.000.000 higher (``test_kantor_sama_pemda._build``).
"""
from __future__ import annotations

import pytest
from conftest import first_fast
from test_kantor_dua_nama import _kritis_peringatan
from test_kantor_sama_pemda import BPBD, _build

from renja_analysis.findings.reconciliation import periksa_kesesuaian
from renja_analysis.sources.text import _bagian_utuh, identitas

J = ["# RENCANA KERJA PERUBAHAN TAHUN 2024"]
JUDUL = J[0][2:]
PMD_P3A = "DINAS PEMBERDAYAAN MASYARAKAT, DESA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"
P3A_PMD = "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PEMBERDAYAAN MASYARAKAT DAN DESA"
KH = "DINAS PETERNAKAN DAN KESEHATAN HEWAN"


def _tebal_polos(lines: list[str]) -> list[list[str]]:
    """The title lines bold and as plain capitals."""
    return [[f"**{x}**" for x in lines], list(lines)]


@pytest.mark.parametrize("nama, singkat", [(PMD_P3A, "DPMD"), (P3A_PMD, "DP3A")])
def test_a_merged_offices_short_form_naming_its_first_parts_is_one_office(nama, singkat):
    # By hand: PMD_P3A cut at ',' and 'DAN': DINAS PEMBERDAYAAN MASYARAKAT | DESA | PEMBERDAYAAN PEREMPUAN |
    # PERLINDUNGAN ANAK; DPMD written out: DINAS PEMBERDAYAAN MASYARAKAT DESA = the first two parts exactly (DINAS
    # aside). P3A_PMD: DINAS PEMBERDAYAAN PEREMPUAN | PERLINDUNGAN ANAK | ...; DP3A: DINAS PEMBERDAYAAN PEREMPUAN
    # PERLINDUNGAN ANAK = the first two parts. The third part's PEMBERDAYAAN is no other office.
    assert _bagian_utuh(nama, singkat)
    for atas, bawah in ((nama, singkat), (singkat, nama)):
        for judul in _tebal_polos([atas, bawah]):
            # one office, the written-out name (before: instansi_ragu naming both lines)
            assert identitas(J + judul) == {"judul": JUDUL, "instansi": nama}


@pytest.mark.parametrize("nama, singkat", [(KH, "DINKES"), ("BADAN PENGELOLAAN KEUANGAN DAN PENDAPATAN DAERAH",
                                                              "BAPENDA"), (PMD_P3A, "DP3A")])
def test_a_short_form_of_parts_other_than_the_first_stays_another_office(nama, singkat):
    # guards (held before, REV-AN AN1): DINKES (DINAS KESEHATAN) is not DPKH's first part (PETERNAKAN), BAPENDA
    # (PENDAPATAN) not BPKPD's (PENGELOLAAN KEUANGAN), DP3A (PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK) not PMD_P3A's
    # (PEMBERDAYAAN MASYARAKAT): two offices, both said
    assert not _bagian_utuh(nama, singkat)
    assert identitas(J + [f"**{nama}**", f"**{singkat}**"]) == {
        "judul": JUDUL, "instansi_ragu": f"{nama} atau {singkat} di halaman judul"}


@pytest.mark.parametrize("baris", _tebal_polos(["DINAS KESEHATAN /", "PENGENDALIAN PENDUDUK DAN KB"]),
                         ids=["tebal", "polos"])
def test_a_line_ending_in_a_slash_is_joined_with_the_next(baris):
    # '/' at the line's end: the name goes on below, as after ',' (before: "DINAS KESEHATAN /" alone)
    assert identitas(J + baris) == {"judul": JUDUL, "instansi": "DINAS KESEHATAN / PENGENDALIAN PENDUDUK DAN KB"}


@pytest.mark.parametrize("judul, dok", first_fast([
    ([f"**{PMD_P3A}**  ", "**DPMD**  "], "Dinas Pemberdayaan Masyarakat, Desa, Pemberdayaan Perempuan dan "
                                         "Perlindungan Anak"),
    ([P3A_PMD, "DP3A"], "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pemberdayaan Masyarakat dan Desa"),
    (["DINAS KESEHATAN /", "PENGENDALIAN PENDUDUK DAN KB"],
     "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"),
]), ids=["av1_dpmd", "av1_dp3a_polos", "av4_garis_miring"])
def test_the_reconciliation(tmp_path, judul, dok):
    """Compared with A (SIPD's name the document's, written out: KB is Keluarga Berencana) by name, without doubt:
    its 4 kritis kept, no 'belum pasti' (before: AV1 refused, the rows of A and B tying, or compared in doubt;
    AV4 compared in doubt, (0, 15))."""
    doc, sipd = _build(tmp_path, judul, dok, BPBD)
    kes = periksa_kesesuaian(doc, sipd)
    assert (kes.cara, kes.ragu) == ("nama", ())
    assert _kritis_peringatan(doc, sipd) == (4, 0)
