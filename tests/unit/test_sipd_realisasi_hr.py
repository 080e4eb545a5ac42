"""REV-H H5, H6, H9 on hand-written exports (the offices, sub kegiatan and helpers of
``test_sipd_realisasi_pemda``): one office's realisation exports beside a pemda's Renja export,
the tail of per-office cumulative exports, and ``id_daerah`` written with a leading zero.
Each test fails on the code before (main cacd9e9)."""
from __future__ import annotations

import pytest
from conftest import first_fast

from renja_analysis.errors import RenjaParseError
from renja_analysis.load import load_sipd_realisasi
from renja_analysis.present.realisation import ringkasan_realisasi
from tests.unit.test_sipd_realisasi_pemda import BANSOS, BUMIL, JT, RENJA, USB, _folder, _plan, _tbp


def test_one_offices_realisation_beside_a_pemda_plan_is_one_info_finding(tmp_path):
    """H5. The Renja export holds A (Rp1 M), B (Rp400 jt) and C (Bantuan Sosial Rp300 jt); the
    realisation exports are A's alone (a user analysing A). Not two peringatan 'ekspor realisasinya
    mungkin belum disertakan' (one per office, the old rule) but one info naming B and C and their
    pagu 400 + 300 = Rp700 jt, on the first of them in the plan (renja-b.json, record 1); their
    realisation stays NA, out of the pemda's serapan (A: 100 / 1.000 = 10,00%)."""
    d = _folder(tmp_path, {**RENJA, "renja-c.json": _plan("C", {BANSOS: 300 * JT}),
                           "real-a-03.json": [_tbp("A", USB, "2026-03-10", 100 * JT)]})
    data = load_sipd_realisasi(d)
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_tanpa_ekspor"]
    assert t[["tingkat", "tabel", "baris_sumber", "nama", "nilai_rp"]].values.tolist() == [
        ["info", "SIPD renja-b.json", 1, "2 perangkat daerah", 700 * JT]]
    pesan = t["pesan"].iloc[0].replace("\xa0", " ")
    assert pesan.startswith("Ekspor realisasi yang diberikan memuat hanya baris DINAS A (1.01.0.00.0.00.01.0000); "
                            "2 perangkat daerah lain dalam ekspor Renja tanpa baris realisasi: DINAS B "
                            "(1.02.0.00.0.00.01.0000); DINAS C (1.06.0.00.0.00.01.0000) (pagu Rp700.000.000).")
    s = data.serapan
    s = s[(s["agregasi"].astype(str) == "perangkat_daerah") & (s["triwulan"] == 1)].set_index("nama_skpd")
    assert s["realisasi_kumulatif_rp"].isna().tolist() == [n != "DINAS A" for n in s.index]
    assert "Serapan sampai triwulan 1: 10,00% dari pagu Rp1.000.000.000" in ringkasan_realisasi(data).replace("\xa0", " ")


# the fast test(s) of the same finding: test_the_tail_of_offices_in_pemda_wide_exports_stays_a_warning
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_the_tail_of_per_office_cumulative_exports_is_info_and_says_both_readings(tmp_path):
    """H6. Cumulative exports 's.d. Maret', one per office: A paid on 20 Jan, 20 Feb and 20 Mar; B on
    21 Jan and 21 Feb and nothing in March (record 2 of its export is its last payment). B's export is
    its own (no export holds two SKPDs): its last payment is February, the other export reaches March;
    not known whether B paid nothing in March or its March export is missing. Info, not the old
    peringatan 'Ekspor Maret 2026 mungkin belum disertakan: realisasinya terhitung Rp0'. The summary:
    B lowest (40 / 400 = 10,00%; A 300 / 1.000 = 30,00%), with its last payment month and the pemda's."""
    d = _folder(tmp_path, {**RENJA,
                           "real-a-sd-maret.json": [_tbp("A", USB, f"2026-0{m}-20", 100 * JT) for m in (1, 2, 3)],
                           "real-b-sd-maret.json": [_tbp("B", BUMIL, f"2026-0{m}-21", 20 * JT) for m in (1, 2)]})
    data = load_sipd_realisasi(d)
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_periode_celah"]
    assert t[["tingkat", "tabel", "baris_sumber", "nama"]].values.tolist() == [
        ["info", "SIPD real-b-sd-maret.json", 2, "DINAS B"]]
    pesan = t["pesan"].iloc[0]
    assert "terhitung Rp0" not in pesan
    assert "dalam ekspor realisasinya 21 Februari 2026 (real-b-sd-maret.json); ekspor lain pemdanya mencapai Maret 2026" \
        in pesan
    text = ringkasan_realisasi(data).replace("\xa0", " ")
    assert "terendah DINAS B (10,00%; pembayaran terakhir dalam ekspornya Februari 2026, ekspor lain pemdanya " \
           "sampai Maret 2026" in text
    assert "tidak mencakup" not in text


def test_the_tail_of_offices_in_pemda_wide_exports_stays_a_warning(tmp_path):
    """The rule kept: pemda-wide exports (each holding A and B) of January and February, and C's own
    export of March (no pagu). A and B are filed pemda-wide; the pemda's exports stop at February while
    the data reach March: the pemda's March export may be missing, a peringatan each for A and B naming
    Maret 2026 on their last payments (pemda-02.json, records 1 and 2)."""
    d = _folder(tmp_path, {**RENJA,
                           "pemda-01.json": [_tbp("A", USB, "2026-01-20", 100 * JT), _tbp("B", BUMIL, "2026-01-21", 20 * JT)],
                           "pemda-02.json": [_tbp("A", USB, "2026-02-20", 100 * JT), _tbp("B", BUMIL, "2026-02-21", 20 * JT)],
                           "real-c-03.json": [_tbp("C", BANSOS, "2026-03-12", 30 * JT)]})
    t = load_sipd_realisasi(d).temuan
    t = t[t["jenis"] == "sipd_realisasi_periode_celah"]
    assert sorted(t[["tingkat", "tabel", "baris_sumber", "nama"]].values.tolist()) == [
        ["peringatan", "SIPD pemda-02.json", 1, "DINAS A"], ["peringatan", "SIPD pemda-02.json", 2, "DINAS B"]]
    assert all("mungkin belum disertakan" in p for p in t["pesan"])


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("lain", first_fast(["077", " 077 ", "77."]))
def test_id_daerah_with_a_leading_zero_is_the_same_pemda(tmp_path, lain):
    """H9. January's export writes id_daerah 77, February's "077" (or with spaces, a trailing dot): one
    code, one pemda; read, 80 + 90 = Rp170 jt (old: refused as two pemda)."""
    d = _folder(tmp_path, {"real-a-01.json": [_tbp("A", USB, "2026-01-20", 80 * JT)],
                           "real-a-02.json": [_tbp("A", USB, "2026-02-20", 90 * JT, id_daerah=lain)]})
    assert load_sipd_realisasi(d).baris["realisasi_rp"].sum() == 170 * JT


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("lain", first_fast(["077", " 077 ", "77."]))
def test_the_guard_reads_id_daerah_as_a_code(tmp_path, lain):
    """H9. The Renja exports (id_daerah 77) against realisation lines all written "077": the guard finds
    the same pemda, nothing refused (old: 'tidak sepadan', id_daerah 77 against 077)."""
    e = _folder(tmp_path, {**RENJA, "real-a-01.json": [_tbp("A", USB, "2026-01-20", 80 * JT, id_daerah=lain)]})
    data = load_sipd_realisasi(e)
    assert data.baris["realisasi_rp"].sum() == 80 * JT
    assert "sipd_realisasi_kesesuaian" not in data.temuan["jenis"].tolist()


def test_another_id_daerah_is_still_refused(tmp_path):
    """35.20 is not 77 (nor is 35.2 35.20): refused naming both."""
    d = _folder(tmp_path, {"real-a-01.json": [_tbp("A", USB, "2026-01-20", 80 * JT)],
                           "real-a-02.json": [_tbp("A", USB, "2026-02-20", 90 * JT, id_daerah="35.20")]})
    with pytest.raises(RenjaParseError) as exc:
        load_sipd_realisasi(d)
    assert "id_daerah 77 (real-a-01.json), id_daerah 35.20 (real-a-02.json)" in str(exc.value)
