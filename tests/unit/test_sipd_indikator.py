"""SIPD indicators on the right level (issue 18, points 2, 4 and the fixture part of 8).

The mapping of SIPD's indicator fields to kegiatan and sub kegiatan is decided per export
from the data; program outcomes are read; packed lines are paired at every level at the
record where they fail; targets are read as SIPD writes them (rates per 1,000 live births,
``35/14`` salary targets, ranges, ``undefined``).

Expected values are derived by hand from tests/data/sipd-nyata/README.md and from the
records built in each test, never copied from what the library printed.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import DATA, first_fast
from sipd_nyata_fixture import NAME, records as nyata_records, tertukar
from test_sipd import rec, write_json

from renja_analysis import load_sipd
from renja_analysis.findings.reconciliation import rekonsiliasi
from renja_analysis.tables.sipd import parse_target, pemetaan_indikator

NYATA = DATA / "sipd-nyata" / NAME
MAGETAN = DATA / "sipd" / "dinkop-ukm-magetan.json"


def found(s, jenis):
    return s.temuan[s.temuan["jenis"] == jenis]


def _na(v):
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _plain(values):
    return [None if _na(v) else v for v in values]


@pytest.fixture(scope="module")
def nyata():
    return load_sipd(NYATA)


@pytest.fixture(scope="module")
def swapped(tmp_path_factory):
    return load_sipd(write_json(tmp_path_factory.mktemp("tertukar"), tertukar(nyata_records()), NAME))


# --- the fixture's committed JSON is what the script writes ---------------------------------

def test_fixture_is_what_the_script_writes():
    assert json.loads(NYATA.read_text(encoding="utf-8")) == nyata_records()


# --- the mapping, decided from the data ------------------------------------------------------

def test_mapping_decided_from_the_data_real_shape(nyata):
    """README 9.: two kegiatan whose outputs differ while their kegiatan fields do not (X.XX.01.2.02,
    the dinas' 1.02.02.2.02); the Puskesmas' 1.02.02.2.02 has both varying; 1.02.02.2.01 one record."""
    p = pemetaan_indikator(nyata.rekaman)
    assert p.to_dict("records") == [{
        "berkas": NAME, "indikator_sub_kegiatan": "tolak_ukur_output", "indikator_kegiatan": "tolok_ukur_sub",
        "dasar": "data", "kegiatan_diuji": 3, "bukti_output": 2, "bukti_sub": 0, "keduanya_berubah": 1,
        "baris_bertentangan": None}]
    assert nyata.berkas[["berkas", "indikator_sub_kegiatan", "dasar"]].values.tolist() == [
        [NAME, "tolak_ukur_output", "data"]]


def test_the_decision_in_the_pemda_narrative(nyata):
    from renja_analysis.present import narrative
    text = narrative.ringkasan_sipd_pemda(nyata)
    assert "Indikator sub kegiatan dibaca dari `tolak_ukur_output` di 1 berkas (ditentukan dari datanya)" in text


def test_mapping_decided_from_the_data_swapped_shape(swapped):
    p = pemetaan_indikator(swapped.rekaman).iloc[0]
    assert (p["indikator_sub_kegiatan"], p["dasar"], p["bukti_output"], p["bukti_sub"]) == (
        "tolok_ukur_sub", "data", 0, 2)


def test_indicator_rows_real_shape(nyata):
    """27 rows (README): X.XX.01 capaian + outcome (2), its kegiatan (1), records 1-3 (3); 1.02.02 of the
    dinas 2 capaian + 2 outcome (4); kegiatan 1.02.02.2.01 (1), record 4 (1); kegiatan 1.02.02.2.02 (1),
    records 5 (1), 6 (2), 7 (1); the Puskesmas' 1.02.02 3 + 3 (6), its kegiatan (1), records 8-10 (3)."""
    ind = nyata.indikator
    assert len(ind) == 27
    assert ind["jenis_indikator"].value_counts().to_dict() == {"keluaran": 15, "capaian": 6, "outcome": 6}
    assert ind["sumber_kolom"].value_counts().to_dict() == {
        "tolak_ukur_output": 11, "tolak_ukur_capaian": 6, "indikator_outcome": 6, "tolok_ukur_sub": 4}
    sub = ind[ind["level"].astype(str) == "sub_kegiatan"]
    assert (sub["sumber_kolom"] == "tolak_ukur_output").all()
    assert sub["baris_sumber"].tolist() == [1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10]
    keg = ind[ind["level"].astype(str) == "kegiatan"]
    # each kegiatan's own indicator (the first record's where they differ: README 8., a finding)
    assert list(zip(keg["kode"], keg["target_teks"], keg["baris_sumber"])) == [
        ("X.XX.01.2.02", "12 Dokumen", 1), ("1.02.02.2.01", "3 Unit", 4), ("1.02.02.2.02", "4 Dokumen", 5),
        ("1.02.02.2.02", "2 Dokumen", 8)]
    assert (keg["kolom"] == "tolok_ukur_sub / target_sub_teks / satuan_sub").all()
    gaji = sub.iloc[0]
    assert (gaji["tolok_ukur"], gaji["target"], gaji["satuan"], gaji["bentuk_target"]) == (
        "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", 35.0, "Orang/bulan", "gaji")
    assert gaji["target_teks"] == "35/14 Orang/bulan"
    assert sub[sub["kode"] == "1.02.02.2.02.0001"]["target"].tolist() == [12450.0, 850.0]


def test_outcome_with_end_target_realisation_prakiraan_and_n_plus_1(nyata):
    ind = nyata.indikator
    out = ind[ind["jenis_indikator"] == "outcome"]
    assert out["kolom"].unique().tolist() == [
        "indikator_outcome / target_akhir / realisasi_capaian / prakiraan / target_maju_1"]
    sakip = out.iloc[0]
    assert (sakip["kode"], sakip["tolok_ukur"], sakip["target"], sakip["realisasi"], sakip["prakiraan"],
            sakip["target_n_depan"]) == ("X.XX.01", "Nilai SAKIP Perangkat Daerah", 80.0, 72.5, 76.0, 79.0)
    assert pd.isna(sakip["satuan"])
    dinas = out[out["kode_sub_skpd"] == "1.02.0.00.0.00.01.0000"].iloc[1:]
    assert dinas["tolok_ukur"].tolist() == ["Angka Kematian Ibu", "Angka Kematian Bayi"]
    assert dinas["target"].tolist() == [80.0, 7.0]
    assert dinas["realisasi"].tolist() == [95.0, 9.0]
    assert dinas["prakiraan"].tolist() == [85.0, 8.5]
    assert dinas["target_n_depan"].tolist() == [78.0, 7.0]
    assert dinas["satuan"].tolist() == ["per 100.000 KH", "per 1000 KH"]
    assert dinas["berpasangan"].all()
    assert dinas["target_teks"].tolist() == ["80 100.000 KH", "7 1000 KH"]
    assert dinas["realisasi_teks"].tolist() == ["95 100.000 KH", "9 1000 KH"]
    # the Puskesmas: 3 indicators, 2 end targets (README 6.)
    pusk = out[out["kode_sub_skpd"] == "1.02.0.00.0.00.01.0001"]
    assert _plain(pusk["target"]) == [80.0, 7.0, None]
    assert pusk["realisasi"].tolist() == [95.0, 9.0, 16.1]
    assert not pusk["berpasangan"].any()
    # capaian: this year's target, rates per 1,000 / 100,000 live births
    cap = ind[(ind["jenis_indikator"] == "capaian") & (ind["kode"] == "1.02.02")]
    assert cap["target"].tolist() == [82.0, 8.0, 82.0, 8.0, 14.0]
    assert cap["satuan"].tolist() == ["per 100.000 KH", "per 1000 KH"] * 2 + ["%"]
    assert cap["bentuk_target"].tolist() == ["rasio"] * 4 + ["angka"]
    assert _plain(cap["realisasi"]) == [None] * 5


def test_swapped_export_reads_the_same(nyata, swapped):
    """The same records with the fields named the other way round give the same indicators, but
    for the fields named; and the same findings, but for the fields named."""
    a, b = nyata.indikator, swapped.indikator
    same = [c for c in a.columns if c not in ("kolom", "sumber_kolom")]
    pd.testing.assert_frame_equal(a[same], b[same])
    assert b.loc[b["level"].astype(str) == "sub_kegiatan", "sumber_kolom"].eq("tolok_ukur_sub").all()
    assert b.loc[b["level"].astype(str) == "kegiatan", "sumber_kolom"].eq("tolak_ukur_output").all()
    keys = ["jenis", "tingkat", "baris_sumber", "nama", "nilai_dokumen", "nilai_hitung"]
    pd.testing.assert_frame_equal(nyata.temuan[keys], swapped.temuan[keys])


def test_one_sub_kegiatan_per_kegiatan_keeps_the_default_and_says_so(tmp_path):
    """Two kegiatan, one sub kegiatan each: nothing varies within a kegiatan. The documented default
    (tolok_ukur_sub for the sub kegiatan) is kept, and an info finding says so."""
    records = [rec(tolak_ukur_output="Jumlah dokumen", target_teks_output="2 Dokumen"),
               rec(kode_giat="1.01.02.2.02", nama_giat="Kegiatan Dua", kode_sub_giat="1.01.02.2.02.0001",
                   tolak_ukur_output="Jumlah laporan", target_teks_output="4 Laporan")]
    s = load_sipd(write_json(tmp_path, records))
    sub = s.indikator[s.indikator["level"].astype(str) == "sub_kegiatan"]
    assert sub["sumber_kolom"].tolist() == ["tolok_ukur_sub"] * 2
    assert sub["target"].tolist() == [1.0, 1.0]
    f = found(s, "sipd_pemetaan_indikator")
    assert f[["tingkat", "baris_sumber", "kolom"]].values.tolist() == [["info", 1, "tolok_ukur_sub"]]
    assert "tidak dapat ditentukan" in f["pesan"].iloc[0]


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_undecided_file_takes_the_decision_of_the_other_files(tmp_path):
    """File a.json decides (two sub kegiatan of one kegiatan, outputs differ); b.json has one
    sub kegiatan: it is read like a.json (dasar pemda), and an info finding says so."""
    a = [rec(tolak_ukur_output="Output satu", target_teks_output="1 Unit"),
         rec(kode_sub_giat="1.01.02.2.01.0002", tolak_ukur_output="Output dua", target_teks_output="2 Unit")]
    b = [rec(kode_skpd="1.01.0.00.0.00.02.0000", nama_skpd="DINAS LAIN", tolak_ukur_output="Output tiga",
             target_teks_output="3 Unit")]
    write_json(tmp_path, a, "a.json")
    write_json(tmp_path, b, "b.json")
    s = load_sipd(tmp_path)
    p = pemetaan_indikator(s.rekaman)
    assert p[["berkas", "indikator_sub_kegiatan", "dasar"]].values.tolist() == [
        ["a.json", "tolak_ukur_output", "data"], ["b.json", "tolak_ukur_output", "pemda"]]
    sub = s.indikator[s.indikator["level"].astype(str) == "sub_kegiatan"]
    assert sub["target"].tolist() == [1.0, 2.0, 3.0]
    f = found(s, "sipd_pemetaan_indikator")
    assert f[["tabel", "tingkat"]].values.tolist() == [["SIPD b.json", "info"]]


def _kegiatan(kode, n, vary_output, vary_sub):
    return [rec(kode_giat=kode, nama_giat=f"Kegiatan {kode}", kode_sub_giat=f"{kode}.{i + 1:04d}",
                tolak_ukur_output=f"Output {i}" if vary_output else "Output",
                target_teks_output=f"{i + 1} Unit" if vary_output else "9 Unit",
                tolok_ukur_sub=f"Sub {i}" if vary_sub else "Sub",
                target_sub_teks=f"{i + 1} Unit" if vary_sub else "9 Unit") for i in range(n)]


def test_conflicting_evidence_majority_and_a_warning(tmp_path):
    """K1, K2: outputs differ; K3: kegiatan fields differ. Majority: output = sub kegiatan (2 against 1):
    a warning naming the count, and K3's kegiatan indicator (now tolok_ukur_sub) differs between its
    records: sipd_indikator_tidak_seragam on its second record (record 6)."""
    records = (_kegiatan("1.01.02.2.01", 2, True, False) + _kegiatan("1.01.02.2.02", 2, True, False)
               + _kegiatan("1.01.02.2.03", 2, False, True))
    s = load_sipd(write_json(tmp_path, records))
    p = pemetaan_indikator(s.rekaman).iloc[0]
    assert (p["indikator_sub_kegiatan"], p["dasar"], p["bukti_output"], p["bukti_sub"]) == (
        "tolak_ukur_output", "data", 2, 1)
    f = found(s, "sipd_pemetaan_indikator")
    assert f[["tingkat", "baris_sumber", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [
        ["peringatan", 5, 2.0, 1.0]]
    t = found(s, "sipd_indikator_tidak_seragam")
    assert t[["baris_sumber", "kolom"]].values.tolist() == [[6, "tolok_ukur_sub / target_sub_teks / satuan_sub"]]


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_tied_evidence_keeps_the_default(tmp_path):
    records = _kegiatan("1.01.02.2.01", 2, True, False) + _kegiatan("1.01.02.2.03", 2, False, True)
    s = load_sipd(write_json(tmp_path, records))
    p = pemetaan_indikator(s.rekaman).iloc[0]
    assert (p["indikator_sub_kegiatan"], p["dasar"]) == ("tolok_ukur_sub", "bawaan")
    assert found(s, "sipd_pemetaan_indikator")["tingkat"].tolist() == ["peringatan"]
    # K1's kegiatan indicator is now tolak_ukur_output, which differs on its record 2
    assert found(s, "sipd_indikator_tidak_seragam")["baris_sumber"].tolist() == [2]


# --- findings on the real-shaped fixture ----------------------------------------------------

def test_findings_on_the_real_shaped_fixture(nyata):
    """README: placeholder X.XX.01 (dinas) 1; unpaired: record 6 (sub kegiatan) and record 8 (the
    Puskesmas' outcome) 2; unreadable: record 9 only (35/14, rates, the range and undefined read) 1;
    undefined: records 4 and 10 (one each, record 4 has two fields) 2; not the same on every record:
    the Puskesmas' kegiatan 1.02.02.2.02 at record 10, 1; reads two ways: record 5's 12.450 Orang, read
    12450 by the file's decimal commas, 1. The mapping is decided: no pemetaan finding."""
    t = nyata.temuan
    two = found(nyata, "sipd_target_ambigu")
    assert two[["baris_sumber", "kolom", "tingkat"]].values.tolist() == [[5, "target_teks_output", "info"]]
    assert ("1 angka target di berkas ini dapat dibaca dua cara: target \u201c12.450 Orang\u201d (sub kegiatan "
            "1.02.02.2.02.0001) 12,45 atau 12.450, dibaca 12.450. Dibaca dengan koma sebagai pemisah desimal"
            in two["pesan"].iloc[0])
    assert t["jenis"].astype(str).value_counts().to_dict() == {
        "sipd_kode_placeholder": 1, "sipd_indikator_tidak_berpasangan": 2, "sipd_target_tidak_terbaca": 1,
        "sipd_teks_undefined": 2, "sipd_indikator_tidak_seragam": 1, "sipd_target_ambigu": 1}
    pair = found(nyata, "sipd_indikator_tidak_berpasangan")
    assert pair[["baris_sumber", "kolom", "nilai_dokumen", "nilai_hitung"]].values.tolist() == [
        [6, "tolak_ukur_output / target_teks_output / satuan_output", 2.0, 1.0],
        [8, "indikator_outcome / target_akhir / realisasi_capaian / prakiraan / target_maju_1", 3.0, 2.0]]
    assert "3 indikator, 2 target akhir, 3 realisasi, 3 prakiraan, 3 target tahun berikutnya" in pair["pesan"].iloc[1]
    unread = found(nyata, "sipd_target_tidak_terbaca")
    assert unread[["baris_sumber", "kolom"]].values.tolist() == [[9, "target_teks_output"]]
    und = found(nyata, "sipd_teks_undefined")
    assert und[["baris_sumber", "kolom"]].values.tolist() == [[4, "target_teks_output, satuan_output"],
                                                            [10, "lokasi_bl"]]
    assert (und["tingkat"] == "peringatan").all()
    seragam = found(nyata, "sipd_indikator_tidak_seragam").iloc[0]
    assert (seragam["baris_sumber"], seragam["baris_pembanding"]) == (10, 8)
    assert "3 Dokumen" in seragam["pesan"] and "2 Dokumen" in seragam["pesan"]


@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
def test_pairing_checked_at_the_record_where_it_fails(tmp_path):
    """A kegiatan's indicator pairs up on its first record and not on its second (the second
    record states another pack): the finding names record 2, not the first."""
    records = [rec(tolok_ukur_sub="A", target_sub_teks="1 Unit"),
               rec(kode_sub_giat="1.01.02.2.01.0002", tolok_ukur_sub="A", target_sub_teks="1 Unit\n2 Unit")]
    s = load_sipd(write_json(tmp_path, records))
    # default mapping (sub fields differ: they are the sub kegiatan's): record 2's sub kegiatan output
    assert found(s, "sipd_indikator_tidak_berpasangan")["baris_sumber"].tolist() == [2]
    records = [rec(tolak_ukur_capaian="P", target_teks_capaian="1 %"),
               rec(kode_sub_giat="1.01.02.2.01.0002", tolak_ukur_capaian="P", target_teks_capaian="1 %\n2 %")]
    s = load_sipd(write_json(tmp_path, records))
    # the program's capaian: unpaired on record 2 (and not the same on every record)
    assert found(s, "sipd_indikator_tidak_berpasangan")["baris_sumber"].tolist() == [2]
    assert found(s, "sipd_indikator_tidak_seragam")["baris_sumber"].tolist() == [2]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.slow  # a whole read; a fast test of its section checks the same finding (CONTRIBUTING, Test tiers)
@pytest.mark.parametrize("fields, expected", first_fast([
    ({"target_sub_teks": "undefined"}, "target_sub_teks"),
    ({"target_sub_teks": "undefined", "satuan_sub": "undefined", "lokasi_bl": "Desa undefined"},
     "target_sub_teks, satuan_sub, lokasi_bl"),
    ({"nama_sub_giat": "Undefined"}, "nama_sub_giat"),
], fast=(1,)))
def test_undefined_once_per_record(tmp_path, fields, expected):
    s = load_sipd(write_json(tmp_path, [rec(**fields)]))
    f = found(s, "sipd_teks_undefined")
    assert f[["baris_sumber", "kolom"]].values.tolist() == [[1, expected]]
    assert len(found(s, "sipd_target_tidak_terbaca")) == 0


def test_no_undefined_finding_for_a_word_that_only_contains_it(tmp_path):
    s = load_sipd(write_json(tmp_path, [rec(nama_sub_giat="Undefinedness Audit", lokasi_bl="undefinedx")]))
    assert len(found(s, "sipd_teks_undefined")) == 0


# --- targets as SIPD writes them -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("8 1000 KH", (8.0, 8.0, 8.0, "per 1000 KH", True)),
    ("80 100.000 KH", (80.0, 80.0, 80.0, "per 100.000 KH", True)),
    ("8,5 1.000 KH", (8.5, 8.5, 8.5, "per 1.000 KH", True)),
    ("125 100000 Penduduk", (125.0, 125.0, 125.0, "per 100000 Penduduk", True)),
    ("8 per 1000 KH", (8.0, 8.0, 8.0, "per 1000 KH", True)),
    ("2 100 Orang", (None, None, None, None, False)),          # 100 is no rate base: not guessed
    ("35/14 Orang/bulan", (35.0, 35.0, 35.0, "Orang/bulan", True)),
    ("30/14 Orang/Bulan", (30.0, 30.0, 30.0, "Orang/Bulan", True)),
    ("35/14 Dokumen", (None, None, None, None, False)),        # no months: not the salary convention
    ("1/2 Dokumen", (None, None, None, None, False)),
    ("10-15", (None, 10.0, 15.0, None, True)),
    ("10 - 15 %", (None, 10.0, 15.0, "%", True)),
    ("undefined", (None, None, None, None, None)),
    ("12 undefined", (12.0, 12.0, 12.0, None, True)),
])
def test_targets_as_sipd_writes_them(text, expected):
    assert tuple(_plain(parse_target(text))) == expected


def test_units_starting_with_a_digit_in_the_unit_field(tmp_path):
    s = load_sipd(write_json(tmp_path, [rec(target_sub_teks="8", satuan_sub="1000 KH")]))
    row = s.indikator[s.indikator["level"].astype(str) == "sub_kegiatan"].iloc[0]
    assert (row["target"], row["satuan"], row["satuan_teks"]) == (8.0, "per 1000 KH", "1000 KH")


# --- the reconciliation compares the sub kegiatan's output ------------------------------------

@pytest.mark.slow  # two reconciliations of the bundled document
def test_reconciliation_compares_sub_kegiatan_outputs_both_ways(tmp_path, bundled, sipd_magetan):
    """The Magetan fixture is written in the default shape; swapped (output <-> sub fields on every
    record) the mapping flips, and the document is compared with the same SIPD targets: the match
    table and the findings are the same. Its sub kegiatan target of 2.17.04.2.01.0002 is SIPD's 25
    (README of tests/data/sipd), not its kegiatan's."""
    doc, a = bundled, sipd_magetan     # load_document(), load_sipd(MAGETAN): tests/conftest.py (shared)
    b = load_sipd(write_json(tmp_path, tertukar(json.loads(MAGETAN.read_text(encoding="utf-8"))),
                             MAGETAN.name))
    ta, fa = rekonsiliasi(doc, a)
    tb, fb = rekonsiliasi(doc, b)
    pd.testing.assert_frame_equal(ta, tb)
    pd.testing.assert_frame_equal(fa, fb)
    row = ta[ta["kode_sipd"] == "2.17.04.2.01.0002"].iloc[0]
    assert row["target_sipd_teks"] == "25"


@pytest.mark.slow  # two reads and reconciliations of the bundled document
def test_reconciliation_never_takes_an_outcome_end_target(tmp_path, bundled, sipd_magetan):
    """Every program's outcome gets an end target 90 and keeps the document's indicator name, while
    its capaian is renamed ("Capaian ..."): the outcome is now the indicator most like the document's,
    yet the program's target is still compared with the capaian (this year's target), never with
    the outcome's end target."""
    records = json.loads(MAGETAN.read_text(encoding="utf-8"))
    for r in records:
        r["target_akhir"] = "\n".join("90" for _ in (r["indikator_outcome"] or "").split("\n"))
        if r["tolak_ukur_capaian"]:
            r["tolak_ukur_capaian"] = "\n".join(f"Capaian {n}" for n in r["tolak_ukur_capaian"].split("\n"))
    # bundled, sipd_magetan: load_document(), load_sipd(MAGETAN), tests/conftest.py (shared: never change them)
    a = rekonsiliasi(bundled, sipd_magetan)[0]
    b = rekonsiliasi(bundled, load_sipd(write_json(tmp_path, records, MAGETAN.name)))[0]
    pd.testing.assert_frame_equal(a, b)
    prog = b[b["level"].astype(str) == "program"]
    assert not (prog["target_sipd_teks"] == "90").any()


def test_pemda_fixture_mapping_is_the_default_from_the_data(sipd_pemda):
    """tests/data/sipd is written in the default shape: both files decide it from their data."""
    p = pemetaan_indikator(sipd_pemda.rekaman)      # load_sipd(DATA / "sipd"), tests/conftest.py
    assert p[["berkas", "indikator_sub_kegiatan", "dasar"]].values.tolist() == [
        ["dinkes-contoh.json", "tolok_ukur_sub", "data"], ["dinkop-ukm-magetan.json", "tolok_ukur_sub", "data"]]
