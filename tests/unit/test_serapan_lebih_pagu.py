"""A realisation above its pagu (the kritis finding serapan_berlebih) is not praised: the program
page, the programs table, the office's headline and the headline card say the serapan is disputed by
the kritis finding (the one rule of the capaian's "dipersoalkan", ``summary.sengketa_baris``), the
predikat column keeps the scale's value; and the finding asks whether the pagu murni was used
instead of the pagu perubahan only where Tabel 3.2's P-APBD pagu could explain it (REV-R R3, R5).

Hand-made rows; expectations derived by hand:
program P: pagu 30, realisation 35 (116,67 %); its kegiatan K the same; sub S pagu 15, Rp 20
(133,33 %); sub T pagu 15, Rp 15. Program Q: pagu 20, Rp 5 (25 %), its sub U the same.
Office: 40 of 50 = 80,00 %."""
import pandas as pd
import pytest

from renja_analysis import metrics
from renja_analysis.findings.document import _frame, _rec, serapan_berlebih
from renja_analysis.present import narrative, summary


def _ev():
    raw = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program", "kegiatan", "sub_kegiatan"],
        "program": ["PROGRAM P"] * 4 + ["PROGRAM Q"] * 3,
        "kegiatan": [None, "Kegiatan K", "Kegiatan K", "Kegiatan K", None, "Kegiatan L", "Kegiatan L"],
        "nama": ["PROGRAM P", "Kegiatan K", "Sub S", "Sub T", "PROGRAM Q", "Kegiatan L", "Sub U"],
        "indikator": ["Indeks"] * 7, "satuan": ["Paket"] * 7,
        "target_k": [10.0, 10.0, 4.0, 4.0, 10.0, 10.0, 4.0],
        "realisasi_k": pd.array([5.0, 5.0, 2.0, 2.0, 5.0, 5.0, 2.0], dtype="Float64"),
        "pagu_rp": [30.0, 30.0, 15.0, 15.0, 20.0, 20.0, 20.0],
        "realisasi_rp": [35.0, 35.0, 20.0, 15.0, 5.0, 5.0, 5.0],
        "keterangan": [None] * 7, "solusi": [None] * 7, "baris_sumber": [1, 2, 3, 4, 5, 6, 7],
        "urutan": [1, 2, 3, 4, 5, 6, 7]})
    return raw.pipe(metrics.tambah_metrik, triwulan=2).pipe(metrics.tambah_status, triwulan=2)


def _pg(papbd, apbd=(30.0, 30.0, 15.0, None)):
    """``pergeseran`` rows for program P (line 1), kegiatan K (2), sub S (3) and a 3.2 row paired
    with none: APBD pagu from Tabel 2.2 (30, 30, 15), P-APBD pagu ``papbd`` from Tabel 3.2."""
    return pd.DataFrame({"level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
                         "baris_evaluasi": pd.array([1, 2, 3, None], dtype="Int64"),
                         "pagu_apbd_rp": pd.array(list(apbd), dtype="Float64"), "pagu_papbd_rp": papbd})


def test_finding_hints_pagu_perubahan_only_where_it_could_explain():
    ev = _ev()
    assert serapan_berlebih(ev)["baris_sumber"].tolist() == [1, 2, 3]
    # 3.2's P-APBD pagu: program 25 and sub 10 (below the realisation: the hint is ruled out),
    # kegiatan 40 (at or above 35: it could explain it, and is named)
    pg = _pg([25.0, 40.0, 10.0, 99.0])
    pesan = serapan_berlebih(ev, pg)["pesan"].tolist()
    assert "pagu murni dipakai" not in pesan[0] and "pagu P-APBD di Tabel 3.2, Rp25, juga di bawah realisasi" in pesan[0]
    assert "pagu murni dipakai, bukan pagu perubahan? Tabel 3.2 mencantumkan pagu P-APBD Rp40" in pesan[1]
    assert "pagu murni dipakai" not in pesan[2] and "Rp10, juga di bawah realisasi" in pesan[2]
    # 3.2's pagu unknown (no row paired): the hint stays
    pesan = serapan_berlebih(ev, pg.iloc[:0])["pesan"].tolist()
    assert all("(pagu murni dipakai, bukan pagu perubahan?)" in p for p in pesan)


def test_program_page_does_not_praise_spending_above_pagu():
    ev = _ev()
    temuan = serapan_berlebih(ev)
    text = narrative.ringkasan_program(ev, "PROGRAM P", temuan)
    first = text.split(". ")[0]
    assert "menyerap" not in first and "di atas harapan" not in first
    assert "Rp35 **melebihi pagunya** Rp30 (serapan 116,67%)" in first
    assert "dipersoalkan temuan kritis (realisasi melebihi pagu)" in first
    assert "Sangat Tinggi" not in first.replace("predikat serapan menurut skala, Sangat Tinggi, bukan prestasi", "")
    # a program within its pagu reads as before: 5 of 20 = 25 % at TW II, x = 50 -> Sangat Rendah
    assert narrative.ringkasan_program(ev, "PROGRAM Q", temuan).startswith(
        "Program ini menyerap **25,00%** dari pagu Rp20 (Rp5), di bawah harapan triwulan 50% "
        "(predikat serapan Sangat Rendah).")
    # the sub kegiatan's own sentence names the dispute beside its realisation
    assert "serapan 133,33% (Rp20 (dipersoalkan: realisasi melebihi pagu, temuan kritis) dari Rp15)" in \
        narrative.narasi_program(ev, "PROGRAM P", temuan)


def test_office_headline_and_table_say_the_serapan_is_disputed():
    ev = _ev()
    temuan = serapan_berlebih(ev)
    head = narrative.ringkasan_dinas(ev, temuan, None, 2, triase=False).split("\n")[0].split(". ")[0]
    # 40 of 50 = 80 %, above 50 %; the program summed whose realisation is above its pagu is named: its
    # realisation or its pagu is disputed, as the finding says ('periksa realisasi atau pagu'; REV-U U5)
    assert head.startswith("Sampai dengan triwulan II, serapan 2 program **80,00%** (Rp40 dari pagu Rp50)")
    assert ("; realisasi atau pagu 1 program yang ikut dijumlahkan dipersoalkan temuan kritis (*PROGRAM P*: realisasi "
            "melebihi pagu), sehingga angka ini bergantung padanya") in head
    daftar = summary.daftar_program(ev, temuan)
    rows = narrative.tabel_program(daftar, temuan).splitlines()[2:]
    cells_p = [c.strip() for c in rows[0].split("|")]
    # serapan hedged; the predikat column keeps the scale's value (116,67 / 50 x 100 > 90: Sangat Tinggi)
    assert cells_p[4:6] == ["116,67% (dipersoalkan temuan kritis: realisasi melebihi pagu)", "Sangat Tinggi"]
    assert [c.strip() for c in rows[1].split("|")][4] == "25,00%"
    label = summary.angka_utama(ev, temuan)["ukuran"].iloc[2]
    assert label == ("Serapan (jumlah realisasi dibagi jumlah pagu) (realisasi atau pagu 1 program dipersoalkan "
                     "temuan kritis)")
    # without findings nothing is hedged
    assert "dipersoalkan" not in narrative.ringkasan_dinas(ev, temuan.iloc[:0], None, 2, triase=False)
    assert summary.angka_utama(ev)["ukuran"].iloc[2] == "Serapan (jumlah realisasi dibagi jumlah pagu)"


def test_only_a_dispute_of_the_rupiah_hedges_a_serapan():
    ev = _ev()
    # program Q (line 5): a kritis sum mismatch on its realisasi Rp disputes its serapan; a kritis
    # capaian above 100 % on the same line (kolom capaian_k) does not; a peringatan does not
    temuan = _frame([_rec(j, t, "Tabel 2.2", 5, "PROGRAM Q", k, 1.0, 2.0, "Pesan.") for j, t, k in (
        ("jumlah_tidak_cocok", "kritis", "realisasi_rp"), ("capaian_berlebih", "kritis", "capaian_k"),
        ("persen_tidak_cocok", "peringatan", "serapan_rp_dokumen"))])
    assert summary.sengketa_baris(temuan, summary.KOLOM_SERAPAN) == {5: ("jumlah beda dari rinciannya",)}
    # the number disputed named as the office's headline names it (``summary.bagian_serapan_dipersoalkan``):
    # a sum mismatch on the realisation disputes the realisation
    assert narrative.ringkasan_program(ev, "PROGRAM Q", temuan).startswith(
        "Program ini menyerap **25,00%** dari pagu Rp20 (Rp5), di bawah harapan triwulan 50% (predikat serapan "
        "Sangat Rendah); realisasinya dipersoalkan temuan kritis (jumlah beda dari rinciannya): angka ini "
        "bergantung padanya.")
    only_capaian = temuan.iloc[1:]
    assert "dipersoalkan" not in narrative.ringkasan_program(ev, "PROGRAM Q", only_capaian).split(". ")[0]
    assert summary.daftar_program(ev, only_capaian)["serapan_dipersoalkan"].isna().all()


def test_a_realisation_above_pagu_does_not_dispute_the_capaian():
    ev = _ev()
    # sub S (line 3) spends 20 of 15: its rupiah is disputed, its capaian K (2 of 4) is not; a kritis
    # on sub T's capaian_k (line 4) still is: program P counts 1 disputed capaian, not 2
    temuan = pd.concat([serapan_berlebih(ev), _frame([_rec("capaian_berlebih", "kritis", "Tabel 2.2", 4, "Sub T",
                                                          "capaian_k", 1.0, 2.0, "Pesan.")])])
    out = summary.capaian_ringkas(ev, temuan=temuan)
    assert int(out.loc["PROGRAM P", "jumlah_dipersoalkan"]) == 1
    assert int(summary.capaian_ringkas(ev, temuan=serapan_berlebih(ev)).loc["PROGRAM P", "jumlah_dipersoalkan"]) == 0


def test_hint_uses_tabel_32_only_when_it_is_in_rupiah():
    """REV-S S5: Tabel 3.2 truly in thousands (header Pagu Indikatif (Rp.000), values / 1000).
    Its P-APBD 0,025 / 0,04 / 0,01 beside APBD 30 / 30 / 15 (median ratio about 0,0013, far below
    0,1) mean Rp25 / Rp40 / Rp10: saying "Rp0,025 juga di bawah realisasi" of program P would be
    untrue (and for kegiatan K, Rp40 is above the realisation 35: the question applies)."""
    ev = _ev()
    hint = "(pagu murni dipakai, bukan pagu perubahan?)"
    pesan = serapan_berlebih(ev, _pg([0.025, 0.04, 0.01, 99.0]))["pesan"].tolist()
    assert len(pesan) == 3 and all(p.endswith(hint + ".") for p in pesan)
    assert not any("Tabel 3.2" in p for p in pesan)
    # the table in thousands but one row (P: 25 beside 30) on 2.2's scale: the table's scale rules,
    # 25 may be Rp25.000, so nothing is said of it
    pesan = serapan_berlebih(ev, _pg([25.0, 0.04, 0.01, 99.0]))["pesan"].tolist()
    assert all(p.endswith(hint + ".") for p in pesan)
    # the table in rupiah (median of 40/30, 25/30, 10/15 about 0,83) but one row off the scale
    # (sub S: 0,01 beside 15, ratio 0,0007): that row's 3.2 pagu is not used, the others are
    pesan = serapan_berlebih(ev, _pg([25.0, 40.0, 0.01, 99.0]))["pesan"].tolist()
    assert "pagu P-APBD di Tabel 3.2, Rp25, juga di bawah realisasi" in pesan[0]
    assert "Tabel 3.2 mencantumkan pagu P-APBD Rp40" in pesan[1]
    assert pesan[2].endswith(hint + ".")


# the fast test(s) of the same finding: test_only_a_dispute_of_the_rupiah_hedges_a_serapan
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_headline_names_the_number_disputed():
    """REV-S S6: only program Q's PAGU is disputed (a kritis sum mismatch on pagu_rp, line 5): the
    office's headline and its serapan label say its pagu is disputed, not its realisation; with
    program P's realisation above its pagu too (line 1, realisasi_rp), both numbers are named."""
    ev = _ev()
    pagu_q = _frame([_rec("jumlah_tidak_cocok", "kritis", "Tabel 2.2", 5, "PROGRAM Q", "pagu_rp", 20.0, 25.0,
                          "Pesan.")])
    head = narrative.ringkasan_dinas(ev, pagu_q, None, 2, triase=False).split("\n")[0].split(". ")[0]
    assert ("; pagu 1 program yang ikut dijumlahkan dipersoalkan temuan kritis (*PROGRAM Q*: jumlah beda dari "
            "rinciannya), sehingga angka ini bergantung padanya") in head
    assert "realisasi 1 program" not in head
    assert summary.angka_utama(ev, pagu_q)["ukuran"].iloc[2] == (
        "Serapan (jumlah realisasi dibagi jumlah pagu) (pagu 1 program dipersoalkan temuan kritis)")
    both = pd.concat([serapan_berlebih(ev), pagu_q], ignore_index=True)
    head = narrative.ringkasan_dinas(ev, both, None, 2, triase=False).split("\n")[0].split(". ")[0]
    assert ("; realisasi atau pagu 2 program yang ikut dijumlahkan dipersoalkan temuan kritis (*PROGRAM P*: "
            "realisasi melebihi pagu dan *PROGRAM Q*: jumlah beda dari rinciannya)") in head
    assert summary.angka_utama(ev, both)["ukuran"].iloc[2].endswith(
        "(realisasi atau pagu 2 program dipersoalkan temuan kritis)")


def test_a_pagu_of_0_takes_the_scale_of_its_table():
    """Sub S's pagu 0 (a dash) with realisation 20: no ratio of its own; Tabel 3.2 in rupiah (program
    P 25/30, kegiatan K 40/30): its P-APBD 18 is named (below 20: said so), 0,018 in a 3.2 in
    thousands is not."""
    ev = _ev()
    ev.loc[2, "pagu_rp"] = 0.0
    pesan = serapan_berlebih(ev, _pg([25.0, 40.0, 18.0, 99.0], apbd=(30.0, 30.0, 0.0, None)))["pesan"].tolist()
    assert "pagu P-APBD di Tabel 3.2, Rp18, juga di bawah realisasi" in pesan[2]
    pesan = serapan_berlebih(ev, _pg([0.025, 0.04, 0.018, 99.0], apbd=(30.0, 30.0, 0.0, None)))["pesan"].tolist()
    assert pesan[2].endswith("(pagu murni dipakai, bukan pagu perubahan?).")
