"""A pemda's SIPD realisation folder (REV-F F2, F3, F4, F9, F10, F11): serapan over the offices
that have both a pagu and realisation, offices without an export, the tail of an office's exports,
the APBD stage of a line, two pemda in one folder, sub kegiatan with nothing paid.

Hand-written exports (2026, TW I): office A (DINAS A, ``1.01.0.00.0.00.01.0000``) and office B
(DINAS B, ``1.02.0.00.0.00.01.0000``) in the Renja exports; office C (DINAS C,
``1.06.0.00.0.00.01.0000``) with realisation only. Every payment is a GU TBP, realised on its date.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from renja_analysis.errors import RenjaParseError
from renja_analysis.load import load_sipd_realisasi
from renja_analysis.present.realisation import paling_tertinggal, ringkasan_realisasi

DAERAH = {"tahun": 2026, "nama_daerah": "Kabupaten Magetan", "id_daerah": 77}
KANTOR = {"A": ("1.01.0.00.0.00.01.0000", "DINAS A"), "B": ("1.02.0.00.0.00.01.0000", "DINAS B"),
          "C": ("1.06.0.00.0.00.01.0000", "DINAS C")}
#: sub kegiatan code -> (name, program, kegiatan)
SUB = {"1.01.02.2.01.0001": ("Pembangunan USB", "1.01.02", "1.01.02.2.01"),
       "1.01.02.2.01.0002": ("Rehabilitasi Sekolah", "1.01.02", "1.01.02.2.01"),
       "1.02.02.2.02.0001": ("Pelayanan Ibu Hamil", "1.02.02", "1.02.02.2.02"),
       "1.06.02.2.01.0001": ("Bantuan Sosial", "1.06.02", "1.06.02.2.01")}


def _plan(office: str, subs: dict) -> list:
    kode, nama = KANTOR[office]
    return [{**DAERAH, "kode_skpd": kode, "nama_skpd": nama, "kode_sub_skpd": kode, "nama_sub_skpd": nama,
             "kode_program": SUB[s][1], "nama_program": "PROGRAM " + SUB[s][1], "kode_giat": SUB[s][2],
             "nama_giat": "Kegiatan " + SUB[s][2], "kode_sub_giat": s, "nama_sub_giat": SUB[s][0], "pagu": pagu}
            for s, pagu in subs.items()]


_n = [0]


def _tbp(office: str, sub: str, tanggal: str, nilai: float, tahap: str = "murni", **daerah) -> dict:
    _n[0] += 1
    kode, nama = KANTOR[office]
    return {**DAERAH, **daerah, "kode_skpd": kode, "nama_skpd": nama, "kode_sub_giat": sub,
            "nama_sub_giat": SUB[sub][0], "kode_rekening": "5.1.02.01.01.0024", "nama_rekening": "Belanja ATK",
            "nomor_dokumen": f"TBP/{office}/{_n[0]:03d}", "jenis_dokumen": "TBP", "jenis_transaksi": "GU",
            "tanggal_dokumen": tanggal, "nilai_realisasi": nilai, "nilai_setoran": 0, "status_tahap_apbd": tahap}


def _folder(tmp_path, files: dict):
    for name, records in files.items():
        (tmp_path / name).write_text(json.dumps(records), encoding="utf-8")
    return tmp_path


JT = 1_000_000
USB, REHAB, BUMIL, BANSOS = "1.01.02.2.01.0001", "1.01.02.2.01.0002", "1.02.02.2.02.0001", "1.06.02.2.01.0001"
#: A: USB pagu Rp800 jt, Rehabilitasi Rp200 jt (Rp1 M); B: Ibu Hamil Rp400 jt.
RENJA = {"renja-a.json": _plan("A", {USB: 800 * JT, REHAB: 200 * JT}), "renja-b.json": _plan("B", {BUMIL: 400 * JT})}


def _serapan_kantor(data) -> dict:
    s = data.serapan
    s = s[(s["agregasi"].astype(str) == "perangkat_daerah") & (s["triwulan"] == 1)]
    return {r["nama_skpd"]: (r["realisasi_kumulatif_rp"], r["serapan_persen"]) for r in s.to_dict("records")}


# --- F2: the pemda's serapan sums realisation only where a pagu is known ---------------------------------

def test_pemda_serapan_leaves_out_the_realisation_of_an_office_without_pagu(tmp_path):
    """A realised Rp100 jt (of Rp1 M), B Rp60 jt (of Rp400 jt), C Rp180 jt without any pagu. The pemda's
    serapan is (100 + 60) / (1.000 + 400) = 11,428...% -> 11,43% (the old sum took C's Rp180 jt too:
    340 / 1.400 = 24,29%); C's Rp180 jt is named as left out."""
    d = _folder(tmp_path, {**RENJA,
                           "real-a-03.json": [_tbp("A", USB, "2026-03-10", 100 * JT)],
                           "real-b-03.json": [_tbp("B", BUMIL, "2026-03-11", 60 * JT)],
                           "real-c-03.json": [_tbp("C", BANSOS, "2026-03-12", 180 * JT)]})
    text = ringkasan_realisasi(load_sipd_realisasi(d)).replace("\xa0", " ")
    assert "Serapan sampai triwulan 1: 11,43% dari pagu Rp1.400.000.000 dalam ekspor Renja, harapan 25,00%" in text
    assert ("Realisasi Rp180.000.000 dari 1 perangkat daerah tanpa pagu dalam ekspor Renja (DINAS C) tidak masuk "
            "serapan itu.") in text
    # the lowest of the two offices with serapan: A 10,00% (B: 15,00%); its exports hold March only, so
    # January and February of the budget year may not be covered (session 13: the head of an office's
    # span); its exports are its own: the head, like the tail, is a possibility (FIX-SIPD2)
    assert ("terendah DINAS A (10,00%; pembayaran pertama dalam ekspornya Maret 2026: bila ekspor bulan "
            "sebelumnya belum disertakan, serapannya kurang)") in text


# --- F11: an office of the plan without any realisation export ---------------------------------------------

def test_an_office_without_realisation_export_is_not_known_not_zero(tmp_path):
    """B is in the plan (Rp400 jt) but no export of it is given, while the exports of two offices are
    (A's, and C's, an office without pagu: several offices' exports, REV-H H5). Its realisation and
    serapan are NA (not 0), one peringatan names it on its plan record (renja-b.json, record 1; rupiah
    at stake its pagu), and the pemda's serapan is A's alone: 100 / 1.000 = 10,00% (old: 100 / 1.400 =
    7,14%, B 'terendah' at 0,00%). One office's exports alone: test_sipd_realisasi_hr."""
    d = _folder(tmp_path, {**RENJA, "real-a-03.json": [_tbp("A", USB, "2026-03-10", 100 * JT)],
                           "real-c-03.json": [_tbp("C", BANSOS, "2026-03-12", 30 * JT)]})
    data = load_sipd_realisasi(d)
    per = _serapan_kantor(data)
    assert per["DINAS A"] == (100 * JT, 10.0)
    assert pd.isna(per["DINAS B"][0]) and pd.isna(per["DINAS B"][1])
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_tanpa_ekspor"]
    assert t[["tingkat", "tabel", "baris_sumber", "nama", "nilai_hitung"]].values.tolist() == [
        ["peringatan", "SIPD renja-b.json", 1, "DINAS B", 400 * JT]]
    assert "DINAS B (1.02.0.00.0.00.01.0000)" in t["pesan"].iloc[0] and "bukan Rp0" in t["pesan"].iloc[0]
    text = ringkasan_realisasi(data).replace("\xa0", " ")
    assert "Serapan sampai triwulan 1: 10,00% dari pagu Rp1.000.000.000 dalam ekspor Renja" in text
    assert "terendah" not in text              # one office with a serapan: no lowest to name
    assert ("1 perangkat daerah dalam ekspor Renja tanpa satu pun baris realisasi (DINAS B, pagu "
            "Rp400.000.000)") in text
    # B's sub kegiatan (realisation not known) is not 'behind': paling_tertinggal leaves it out
    assert "1.02.02.2.02.0001" not in paling_tertinggal(data.serapan)["kode"].tolist()


# --- F4: a planned sub kegiatan with nothing paid is the worst case, not dropped -------------------------

def test_a_planned_sub_kegiatan_with_nothing_paid_is_among_the_furthest_behind(tmp_path):
    """TW I, expectation 25%. USB: pagu Rp800 jt, realised Rp100 jt: expected Rp200 jt, Rp100 jt behind.
    Rehabilitasi: pagu Rp200 jt, nothing paid (ada_di hanya_rencana): expected Rp50 jt, Rp50 jt behind
    (the old table left it out). Ibu Hamil (B): pagu Rp400 jt, realised Rp100 jt = 25%: not behind."""
    d = _folder(tmp_path, {**RENJA, "real-a-03.json": [_tbp("A", USB, "2026-03-10", 100 * JT)],
                           "real-b-03.json": [_tbp("B", BUMIL, "2026-03-11", 100 * JT)]})
    rows = paling_tertinggal(load_sipd_realisasi(d).serapan)
    assert rows[["kode", "ada_di", "realisasi_kumulatif_rp", "harapan_rp", "kurang_rp"]].values.tolist() == [
        [USB, "keduanya", 100 * JT, 200 * JT, 100 * JT], [REHAB, "hanya_rencana", 0.0, 50 * JT, 50 * JT]]
    from renja_analysis.present.realisation import tabel_paling_tertinggal

    assert tabel_paling_tertinggal(rows)["Realisasi kumulatif"].tolist()[1] == \
        "Rp0 (tidak ada pembayaran dalam ekspor)"


# --- F3: the tail of an office's exports -------------------------------------------------------------------

# the fast test(s) of the same finding:
# test_a_pemda_wide_export_of_the_last_month_covers_an_office_that_paid_nothing_in_it
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_an_office_whose_last_monthly_export_is_missing_gets_a_hedged_finding(tmp_path):
    """A's exports reach March; B's end in February (its March export missing, or it paid nothing in
    March). B's exports are its own (no pemda-wide export): they show its last payment, not the period
    they cover, so one periode_celah info (REV-H H6; peringatan before) for B naming Maret 2026 and both
    readings, on B's last payment (real-b-02.json, record 1); the summary's lowest office (B: 40 / 400 =
    10,00%, A 300 / 1.000 = 30,00%) says its last payment month and the pemda's."""
    d = _folder(tmp_path, {**RENJA,
                           "real-a-01.json": [_tbp("A", USB, "2026-01-20", 100 * JT)],
                           "real-a-02.json": [_tbp("A", USB, "2026-02-20", 100 * JT)],
                           "real-a-03.json": [_tbp("A", USB, "2026-03-20", 100 * JT)],
                           "real-b-01.json": [_tbp("B", BUMIL, "2026-01-21", 20 * JT)],
                           "real-b-02.json": [_tbp("B", BUMIL, "2026-02-21", 20 * JT)]})
    data = load_sipd_realisasi(d)
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_periode_celah"]
    assert t[["tingkat", "tabel", "baris_sumber", "nama"]].values.tolist() == [
        ["info", "SIPD real-b-02.json", 1, "DINAS B"]]
    pesan = t["pesan"].iloc[0]
    assert "Pembayaran terakhir DINAS B (1.02.0.00.0.00.01.0000) dalam ekspor realisasinya 21 Februari 2026" in pesan
    assert "ekspor lain pemdanya mencapai Maret 2026" in pesan
    assert "tidak membayar apa pun pada Maret 2026 atau ekspornya untuk Maret 2026 belum disertakan" in pesan
    text = ringkasan_realisasi(data).replace("\xa0", " ")
    assert ("terendah DINAS B (10,00%; pembayaran terakhir dalam ekspornya Februari 2026, ekspor lain pemdanya "
            "sampai Maret 2026: bila ekspor bulan sesudahnya belum disertakan, serapannya kurang)") in text


def test_a_pemda_wide_export_of_the_last_month_covers_an_office_that_paid_nothing_in_it(tmp_path):
    """Pemda-wide exports (each holding A and B) of January and February, and March's holding A alone
    (B paid nothing in March): March's export is the pemda's, B has no gap."""
    d = _folder(tmp_path, {**RENJA,
                           "pemda-01.json": [_tbp("A", USB, "2026-01-20", 100 * JT),
                                             _tbp("B", BUMIL, "2026-01-21", 20 * JT)],
                           "pemda-02.json": [_tbp("A", USB, "2026-02-20", 100 * JT),
                                             _tbp("B", BUMIL, "2026-02-21", 20 * JT)],
                           "pemda-03.json": [_tbp("A", USB, "2026-03-20", 100 * JT)]})
    assert "sipd_realisasi_periode_celah" not in load_sipd_realisasi(d).temuan["jenis"].tolist()


# --- F10: the APBD stage of a realisation line -------------------------------------------------------------

def test_realisation_above_a_murni_pagu_paid_in_the_perubahan_stage_is_a_warning(tmp_path):
    """USB, pagu Rp800 jt in the Renja export: Rp100 jt paid in March (murni), Rp750 jt in October
    (status_tahap_apbd 'perubahan', the P-APBD). Cumulative Rp850 jt, Rp50 jt above the Renja pagu: the
    P-APBD's pagu is not in the data, so a peringatan naming the stage (old: kritis); the same
    realisation all murni stays kritis."""
    lines = [_tbp("A", USB, "2026-03-10", 100 * JT), _tbp("A", USB, "2026-10-15", 750 * JT, tahap="perubahan")]
    d = _folder(tmp_path, {**RENJA, "real-a.json": lines})
    data = load_sipd_realisasi(d)
    t = data.temuan[data.temuan["jenis"] == "sipd_realisasi_di_atas_pagu"]
    assert t[["tingkat", "baris_sumber", "nilai_hitung"]].values.tolist() == [["peringatan", 2, 50 * JT]]
    assert "1 baris realisasinya senilai Rp750.000.000 bertahap APBD \"perubahan\"" in t["pesan"].iloc[0]
    text = ringkasan_realisasi(data).replace("\xa0", " ")
    assert ("1 baris realisasi senilai Rp750.000.000 bertahap APBD selain murni (perubahan): serapan di sini "
            "dihitung terhadap pagu ekspor Renja") in text

    (d / "real-a.json").write_text(json.dumps([{**r, "status_tahap_apbd": "murni"} for r in lines]))
    t = load_sipd_realisasi(d).temuan
    assert t.loc[t["jenis"] == "sipd_realisasi_di_atas_pagu", "tingkat"].tolist() == ["kritis"]


# --- F9: two pemda in one realisation folder ---------------------------------------------------------------

def test_a_realisation_folder_of_two_pemda_is_refused(tmp_path):
    """No Renja export; Magetan's (id_daerah 77) January export of A and Magelang's (88) February
    export of A, the same office code: refused naming both pemda and the Magelang file (old: one
    office, Magelang's Rp90 jt added to Magetan's)."""
    d = _folder(tmp_path, {
        "real-a-01.json": [_tbp("A", USB, "2026-01-20", 80 * JT)],
        "real-a-magelang-02.json": [_tbp("A", USB, "2026-02-20", 90 * JT, nama_daerah="Kabupaten Magelang",
                                         id_daerah=88)]})
    with pytest.raises(RenjaParseError) as e:
        load_sipd_realisasi(d)
    assert "ekspor realisasi dari 2 pemda: id_daerah 77 (real-a-01.json), id_daerah 88 (real-a-magelang-02.json)" \
        in str(e.value)
    # the same pemda written two ways, no id: read
    (d / "real-a-magelang-02.json").write_text(json.dumps(
        [_tbp("A", USB, "2026-02-20", 90 * JT, nama_daerah="Kab. Magetan", id_daerah=None)]))
    (d / "real-a-01.json").write_text(json.dumps([_tbp("A", USB, "2026-01-20", 80 * JT, id_daerah=None)]))
    assert load_sipd_realisasi(d).baris["realisasi_rp"].sum() == 170 * JT


def test_the_command_line_refuses_two_pemda_with_exit_2(tmp_path, capsys):
    from renja_analysis.cli import main

    (tmp_path / "in").mkdir()
    d = _folder(tmp_path / "in", {
        "real-a-01.json": [_tbp("A", USB, "2026-01-20", 80 * JT)],
        "real-a-02.json": [_tbp("A", USB, "2026-02-20", 90 * JT, nama_daerah="Kabupaten Magelang")]})
    assert main(["build", "--source", str(d), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "2 pemda" in err and "Kabupaten Magelang (real-a-02.json)" in err
