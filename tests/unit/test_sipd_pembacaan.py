"""Reading SIPD Renja exports where a reviewer found the reading untrue (REV-B D5, D6, D10, D11):
a record exported twice, once without ``tahun``; a whole pemda's export in one file; target texts
that pack two targets or read two ways; a repeated header row.

Expected values are derived by hand from the records written here, never copied from what the
code printed.
"""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import first_fast
from test_sipd import rec, write_csv, write_json

from renja_analysis import RenjaParseError, load_sipd
from renja_analysis.present import narrative
from renja_analysis.tables.sipd import ambigu, parse_target, skpd_induk

K1, K2 = "1.01.02.2.01.0001", "1.01.02.2.01.0002"


def _found(s, jenis: str) -> pd.DataFrame:
    return s.temuan[s.temuan["jenis"].astype(str) == jenis]


# --- D11: the same records, one export without tahun ------------------------------------------

def _two_records(**kw) -> list[dict]:
    return [rec(kode_sub_giat=K1, pagu=1_000_000, **kw),
            rec(kode_sub_giat=K2, nama_sub_giat="Rehabilitasi Ruang Kelas", pagu=2_000_000, **kw)]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("first_without", first_fast([True, False]))
def test_an_export_without_tahun_holds_the_same_records(tmp_path, first_without):
    """a.json and b.json hold the same two records (Rp 1 and 2 juta); one of them without the
    field tahun (another SIPD screen's export). One office, two records, Rp 3 juta, year 2024."""
    without = [{k: v for k, v in r.items() if k != "tahun"} for r in _two_records()]
    write_json(tmp_path, without if first_without else _two_records(), "a.json")
    write_json(tmp_path, _two_records() if first_without else without, "b.json")
    s = load_sipd(tmp_path)
    assert len(s.rekaman) == 2 and len(s.ganda) == 2
    assert s.rekaman["pagu"].sum() == 3_000_000
    # the records counted from a.json; a.json's without tahun take the year b.json states
    assert s.rekaman["berkas"].tolist() == ["a.json", "a.json"] and s.rekaman["tahun"].tolist() == [2024, 2024]
    assert s.berkas[["berkas", "status", "jumlah_dihitung"]].values.tolist() == [
        ["a.json", "dibaca", 2], ["b.json", "salinan", 0]]
    assert len(_found(s, "sipd_berkas_salinan")) == 1 and _found(s, "sipd_kode_ganda").empty
    sub = s.rencana[s.rencana["level"].astype(str) == "sub_kegiatan"]
    assert sub["pagu_rp"].sum() == 3_000_000


def test_an_export_without_tahun_overlapping_one_with_it(tmp_path):
    """a.json (no tahun) holds K1; b.json (2024) holds K1 and K2: K1 counted once, from a.json."""
    write_json(tmp_path, [{k: v for k, v in rec(kode_sub_giat=K1).items() if k != "tahun"}], "a.json")
    write_json(tmp_path, _two_records(), "b.json")
    s = load_sipd(tmp_path)
    assert s.rekaman[["berkas", "kode_sub_giat", "tahun"]].values.tolist() == [
        ["a.json", K1, 2024], ["b.json", K2, 2024]]
    assert s.rekaman["pagu"].sum() == 3_000_000
    assert len(_found(s, "sipd_rekaman_antar_berkas")) == 1


def test_another_content_without_tahun_is_refused_naming_the_file(tmp_path):
    """K1 with pagu Rp 1 juta in a.json (2024) and Rp 5 juta in b.json (no tahun: perhaps another
    year's export): which holds cannot be known."""
    write_json(tmp_path, [rec(kode_sub_giat=K1)], "a.json")
    write_json(tmp_path, [{k: v for k, v in rec(kode_sub_giat=K1, pagu=5_000_000).items() if k != "tahun"}],
               "b.json")
    with pytest.raises(RenjaParseError, match=r"b\.json, rekaman 1, sel pagu: sub kegiatan 1\.01\.02\.2\.01\.0001 .*"
                                              r"juga ada di a\.json rekaman 1 dengan pagu lain; diharapkan .*"
                                              r"b\.json tanpa kolom tahun: mungkin ekspor tahun lain"):
        load_sipd(tmp_path)


# --- D5: a whole pemda's export in one file ---------------------------------------------------

DINKOP, UPT = "2.17.0.00.0.00.01.0000", "2.17.0.00.0.00.01.0001"
DINKES, PKM = "1.02.0.00.0.00.01.0000", "1.02.0.00.0.00.01.0001"
YATIM = "3.01.0.00.0.00.01.0002"          # a unit whose office is not in the file


def test_units_of_a_pemda_file_belong_to_the_office_their_code_begins_like():
    names = {DINKOP: "DINAS KOPERASI", UPT: "UPT PLUT KUMKM", DINKES: "DINAS KESEHATAN",
             PKM: "PUSKESMAS PLAOSAN", YATIM: "UPTD LAIN"}
    codes = [DINKOP, UPT, DINKES, PKM, YATIM]
    r = pd.DataFrame({"berkas": "renja-pemda.json", "kode_skpd": codes, "nama_skpd": [names[c] for c in codes],
                      "kode_sub_skpd": codes, "nama_sub_skpd": [names[c] for c in codes]})
    out = skpd_induk(r)
    assert out[["kode_sub_skpd", "kode_skpd_induk", "nama_skpd_induk", "dasar_skpd"]].values.tolist() == [
        [DINKOP, DINKOP, "DINAS KOPERASI", "rekaman"], [UPT, DINKOP, "DINAS KOPERASI", "kode"],
        [DINKES, DINKES, "DINAS KESEHATAN", "rekaman"], [PKM, DINKES, "DINAS KESEHATAN", "kode"],
        [YATIM, YATIM, "UPTD LAIN", "rekaman"]]


def test_a_pemda_file_counts_two_offices_and_says_why(tmp_path):
    """One file: the Dinkop with its UPT, the Dinkes with its Puskesmas; 2 SKPD, 4 sub-units."""
    recs = []
    for i, (code, name, prog) in enumerate([(DINKOP, "DINAS KOPERASI", "2.17.02"), (UPT, "UPT PLUT", "2.17.02"),
                                             (DINKES, "DINAS KESEHATAN", "1.02.02"), (PKM, "PUSKESMAS", "1.02.02")]):
        recs.append(rec(kode_skpd=code, nama_skpd=name, kode_sub_skpd=code, nama_sub_skpd=name, kode_program=prog,
                        kode_giat=prog + ".2.01", kode_sub_giat=prog + f".2.01.000{i + 1}", pagu=(i + 1) * 1_000_000))
    s = load_sipd(write_json(tmp_path, recs, "renja-pemda-2024.json"))
    pd_rows = s.pemda[s.pemda["agregasi"].astype(str) == "perangkat_daerah"]
    # Dinkop 1 + 2 juta, Dinkes 3 + 4 juta
    assert sorted(zip(pd_rows["kode"].astype(str), pd_rows["pagu_rp"])) == [(DINKES, 7_000_000.0),
                                                                           (DINKOP, 3_000_000.0)]
    text = narrative.kalimat_dasar_skpd(s.pemda)
    assert "2 SKPD dengan 4 sub unit" in text and "dari kodenya (2 sub unit" in text


# --- D6: target texts -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["30 Orang, 2 Dokumen", "30 Orang; 2 Dokumen", "10-15 %, 2 Dokumen"])
def test_two_targets_in_one_text_are_not_read_as_one(text):
    nan = float("nan")
    assert parse_target(text) == pytest.approx((nan, nan, nan, None, False), nan_ok=True)


@pytest.mark.parametrize("text, decimal, value", [
    ("1,250 Km", ",", 1.25), ("1,250 Km", ".", 1250.0), ("1.250 Orang", ",", 1250.0), ("1.250 Orang", ".", 1.25),
    ("1.234,56 Ha", ".", 1234.56), ("0,8 %", ".", 0.8)])      # the last two show their own convention
def test_a_number_that_reads_two_ways_follows_the_decimal_given(text, decimal, value):
    assert parse_target(text, decimal)[0] == value


def test_which_texts_read_two_ways():
    assert [ambigu(t) for t in ["1,250 Km", "12.450 Orang", "4,43 - 4,47 Poin", "0,8 %", "1.000.000 Jiwa"]] == [
        True, True, False, False, False]


def _target_file(tmp_path, other: str | None):
    recs = [rec(kode_sub_giat=K1, tolok_ukur_sub="Panjang jalan", target_sub_teks="1,250 Km", satuan_sub="Km")]
    if other:
        recs.append(rec(kode_sub_giat=K2, nama_sub_giat="Rehabilitasi", tolok_ukur_sub="Cakupan",
                        target_sub_teks=other, satuan_sub="%"))
    s = load_sipd(write_json(tmp_path, recs))
    ind = s.indikator[(s.indikator["kode"] == K1) & (s.indikator["level"].astype(str) == "sub_kegiatan")]
    return ind["target"].iloc[0], _found(s, "sipd_target_ambigu")


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("other, value, why", first_fast([
    ("0,8 %", 1.25, "Dibaca dengan koma sebagai pemisah desimal: target lain di berkas ini memakainya (1 teks, "
                    "mis. \u201c0,8 %\u201d)"),
    ("99.5 %", 1250.0, "Dibaca dengan titik sebagai pemisah desimal: target lain di berkas ini memakainya (1 teks, "
                       "mis. \u201c99.5 %\u201d)"),
    (None, 1.25, "Target lain di berkas ini tidak menunjukkan pemisah desimalnya, sehingga dibaca menurut "
                 "kebiasaan SIPD yang berbahasa Indonesia")]))
def test_an_ambiguous_target_is_read_in_its_files_convention_and_said(tmp_path, other, value, why):
    target, found = _target_file(tmp_path, other)
    assert target == value
    assert len(found) == 1 and found["tingkat"].tolist() == ["info"]
    pesan = found["pesan"].iloc[0]
    pair = "1.250 atau 1,25, dibaca 1,25" if value == 1.25 else "1,25 atau 1.250, dibaca 1.250"
    assert pesan.startswith(f"1 angka target di berkas ini dapat dibaca dua cara: target \u201c1,250 Km\u201d "
                            f"(sub kegiatan {K1}) {pair}. {why}")


def test_two_packed_targets_are_reported_as_such(tmp_path):
    s = load_sipd(write_json(tmp_path, [rec(tolok_ukur_sub="Jumlah peserta, Jumlah dokumen",
                                            target_sub_teks="30 Orang, 2 Dokumen", satuan_sub="Orang, Dokumen")]))
    ind = s.indikator[s.indikator["level"].astype(str) == "sub_kegiatan"]
    assert ind["target"].isna().all() and ind["target_terbaca"].tolist() == [False]
    f = _found(s, "sipd_target_tidak_terbaca")
    assert len(f) == 1 and "lebih dari satu target" in f["pesan"].iloc[0]


# --- D10: a repeated header row -----------------------------------------------------------------

def test_a_repeated_header_row_says_what_a_year_cell_holds(tmp_path):
    path = write_csv([rec(), rec(kode_sub_giat=K2)], tmp_path / "pd.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:2] + [lines[0]] + lines[2:]) + "\n", encoding="utf-8")
    with pytest.raises(RenjaParseError, match=r"pd\.csv, baris 3, sel tahun \(kolom 1\): tahun bukan angka; "
                                              r"diharapkan tahun anggaran berupa angka \(mis\. 2024\), "
                                              r"ditemukan '\"tahun\"'") as exc:
        load_sipd(path)
    assert "rupiah" not in str(exc.value)
