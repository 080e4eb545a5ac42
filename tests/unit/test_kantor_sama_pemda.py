"""REV-AJ KJ1 and KJ0: a title page's office line and the line right below it.

KJ1: the lower line names the same office again, its initials or a short form (``DINAS KESEHATAN`` /
``DINKES``; ``BADAN PERENCANAAN PEMBANGUNAN DAERAH`` / ``BAPPEDA``): one office, not two; the fuller name is the
office. Before: two offices named (``instansi_ragu``), the reconciliation refused, the 4 true kritis hidden.

KJ0: a pemda line holding an office (``PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN``) above another office's line
(``BADAN PENANGGULANGAN BENCANA DAERAH``, no unit of Dinas Kesehatan): two offices named, as when the two are on
lines of their own; the doubt names both. Before: the lower office read as the document's (39 kritis against
BPBD's figures in the data below).

The data, by hand: the bundled document's own SIPD rows (the Magetan fixture, 4 kritis against the document:
``test_identitas_kantor``) under office A named DINAS KESEHATAN, and the same rows under office B, BPBD, every
pagu Rp1.000.000 higher (a pairing with B gives kritis the document is not to blame for). The kata pengantar's
sentences naming Dinas Koperasi are rewritten to name no office (``kami``), so the title page alone decides.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import first_fast
from test_kantor_dua_nama import _kritis_peringatan
from test_sipd import MAGETAN, write_json

from renja_analysis import load_document, load_sipd
from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.findings.reconciliation import SipdTidakSepadan, rekonsiliasi
from renja_analysis.sources.text import identitas

J = ["# RENCANA KERJA PERUBAHAN TAHUN 2024"]
B = "1.06.0.00.0.00.01.0000"
BPBD = "BADAN PENANGGULANGAN BENCANA DAERAH"


@pytest.mark.parametrize("atas, bawah", [
    ("DINAS KESEHATAN", "DINKES"), ("DINAS KESEHATAN", "DINKES KABUPATEN MAGETAN"),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "BAPPEDA"), ("BADAN KEPEGAWAIAN DAERAH", "BKD"),
    ("SEKRETARIAT DPRD", "SETWAN"),
])
def test_an_office_and_its_short_form_below_it_are_one_office(atas, bawah):
    for a, b in ((atas, bawah), (bawah, atas)):
        # either order: one office, no doubt; the name written out is the office (``SEKRETARIAT DPRD`` holds an
        # abbreviation as ``SETWAN`` does: either name, both SIPD's Sekretariat DPRD)
        assert identitas(J + [f"**{a}**", f"**{b}**"]) == {
            "judul": J[0][2:], "instansi": a if "DPRD" in atas and a == bawah else atas}
    # below a pemda line holding the office: the same
    assert identitas(J + [f"**PEMERINTAH KABUPATEN MAGETAN {atas}**", f"**{bawah}**"])["instansi"] == atas


@pytest.mark.parametrize("bawah", [BPBD, "KANTOR KESEHATAN PELABUHAN", "INSPEKTORAT"])
def test_another_office_below_a_pemda_lines_office_is_a_second_office(bawah):
    for pemda, kantor in (("**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", f"**{bawah}**"),
                          ("PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN", bawah)):
        assert identitas(J + [pemda, kantor]) == {
            "judul": J[0][2:], "pemerintah": "PEMERINTAH KABUPATEN MAGETAN",
            "instansi_ragu": f"DINAS KESEHATAN atau {bawah} di halaman judul"}
    # a unit of it below: the unit (REV-AB AB4)
    assert identitas(J + ["**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**", "**UPTD PUSKESMAS PLAOSAN**"])[
        "instansi"] == "UPTD PUSKESMAS PLAOSAN"


def _build(tmp: Path, title: list[str], dok: str = "DINAS KESEHATAN", mitra: str = BPBD):
    """The bundled document with ``title`` in place of its office line (the office's own name in the kata
    pengantar written "kami"), and a SIPD export of two offices: ``dok`` holding the document's own rows and
    ``mitra`` (code ``B``) the same rows at pagu + Rp1.000.000 each."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n")
    assert lines[9] == "**DINAS KOPERASI USAHA KECIL DAN MENENGAH**  "
    lines[9:10] = title
    for nama in ("Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan",
                 "Dinas Koperasi dan Usaha Mikro Kabupaten Magetan"):
        lines[:70] = [line.replace(nama, "kami") for line in lines[:70]]
    p = tmp / "renja-perubahan-2024-magetan.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    rec = json.loads(MAGETAN.read_text(encoding="utf-8"))
    out = [dict(r, nama_skpd=dok, nama_sub_skpd=dok) for r in rec]
    out += [dict(r, kode_skpd=B, kode_sub_skpd=B, nama_skpd=mitra, nama_sub_skpd=mitra, id_skpd=101, id_sub_skpd=201,
                 id_bl=r["id_bl"] + 5000, pagu=(r["pagu"] or 0) + 1_000_000) for r in rec]
    return load_document(p), load_sipd(write_json(tmp / "sipd", out, "pemda.json"))


@pytest.mark.parametrize("judul, kritis", first_fast([
    (["**DINAS KESEHATAN**  ", "**DINKES**  "], (4, 0)),
    (["**PEMERINTAH KABUPATEN MAGETAN DINAS KESEHATAN**  ", f"**{BPBD}**  "], None),
]), ids=["kj1_dinkes", "kj0_bpbd"])
def test_the_reconciliation_of_the_two_layouts(tmp_path, judul, kritis):
    """KJ1: compared with Dinas Kesehatan (A, the document's data), its 4 kritis kept. KJ0: not compared (two
    offices named), the refusal naming both; before, BPBD's figures, 39 kritis."""
    doc, sipd = _build(tmp_path, judul)
    if kritis is not None:
        assert doc.identitas.get("instansi") == "DINAS KESEHATAN"
        assert _kritis_peringatan(doc, sipd) == kritis
        return
    assert doc.identitas.get("instansi") is None
    with pytest.raises(SipdTidakSepadan, match=f"DINAS KESEHATAN atau {BPBD} di halaman judul"):
        rekonsiliasi(doc, sipd)


@pytest.mark.parametrize("atas, bawah", [
    ("DINAS KESEHATAN", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"),
    ("BADAN PENDAPATAN DAERAH", "BADAN PENGELOLAAN KEUANGAN DAN PENDAPATAN DAERAH"),
])
def test_a_name_whose_words_are_part_of_the_others_is_a_second_office(atas, bawah):
    # REV-AK AK2: every word of DINAS KESEHATAN is in DINAS PETERNAKAN DAN KESEHATAN HEWAN, yet they are two offices
    # (a partner office printed below): kantor8 read them as one and took the longer name, 39 kritis against the
    # partner's figures. Only the same content words once initials or a short form are written out are one office
    for a, b in ((atas, bawah), (bawah, atas)):
        assert identitas(J + [f"**{a}**", f"**{b}**"]) == {
            "judul": J[0][2:], "instansi_ragu": f"{a} atau {b} di halaman judul"}
