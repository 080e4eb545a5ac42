"""A Renja Perubahan whose Tabel 3.2 is in thousands under a header naming no thousands (``Pagu Indikatif
(Rp)``): its scale is unknown (one of two), so no change APBD -> P-APBD is computed, stated or judged as if
known (REV-AG AG2).

Fixture: the bundled document with 3.2's two pagu columns divided by 1000 and rounded, under the plain
header. By hand, from the bundled text:

- line 254 (Tabel 2.2, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"): pagu 80,000,000, keterangan
  "Penambaha Rp. 48.000.000"; its 3.2 row (line 381) writes 128,000,000 -> 128,000. As written the pagu
  went from Rp80.000.000 to Rp128.000 (berkurang Rp79.872.000); in thousands to Rp128.000.000 (bertambah
  Rp48.000.000): the keterangan fits the thousands reading and is not blamed.
- line 258 ("Penyediaan Jasa Pelayanan Umum Kantor"): pagu 125,000,000, keterangan "Pengurangan
  Rp.1.980.000"; 3.2 (line 394) 125,178,132 -> 125,178: as written berkurang Rp124.874.822, in thousands
  bertambah Rp178.000: fits neither (in the bundled rupiah document it is a peringatan too).
- the office: Tabel 2.2's programs sum to Rp4.610.259.325; 3.2's to 5,551,085 as read: the old report said
  "berkurang Rp4.604.708.240 (99,88%)", a change that is true under neither reading.

Old: every program -99,9 %, the narrative stated the cut, 6 peringatan blamed keterangan that are right
(line 254 "bertambah Rp48.000.000, tetapi ... berkurang Rp79.872.000"), no keterangan_cocok.
"""

import pandas as pd
import pytest
from temuan_uji import ribuan_32_polos

from renja_analysis.present import narrative, plots, styling

REVIEW = "Tabel 3.2 (Review P-RKPD)"


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return ribuan_32_polos(tmp_path_factory.mktemp("geser"))


def test_no_change_computed_pagu_kept_as_read(doc):
    assert doc.skala_review == 1.0          # read as written: its scale unknown
    pg = doc.pergeseran
    assert pg["selisih_rp"].isna().all() and pg["selisih_persen"].isna().all()
    row = pg.set_index("baris_review").loc[381]
    assert row["pagu_apbd_rp"] == 80_000_000 and row["pagu_papbd_rp"] == 128_000
    dinas = pg[pg["level"].astype(str) == "dinas"].iloc[0]
    assert dinas["pagu_apbd_rp"] == 4_610_259_325
    # the composition variance is a ratio of shares: the same under either reading
    assert pd.notna(dinas["varian_komposisi_persen"])


def test_keterangan_judged_under_both_readings(doc):
    t = doc.temuan
    ket = t[t["jenis"].astype(str).isin(["keterangan_cocok", "keterangan_tidak_cocok"])]
    by = ket.set_index("baris_sumber")
    assert by.loc[254, "jenis"] == "keterangan_cocok" and by.loc[254, "tingkat"] == "info"
    assert by.loc[254, "pesan"] == (
        "Keterangan menyebut pagu bertambah Rp48.000.000; dari APBD ke P-APBD pagu memang bertambah "
        f"Rp48.000.000 bila pagu {REVIEW} dibaca dalam ribuan rupiah (skalanya tidak dapat dipastikan; "
        f"dalam ketelitian Rp1.000 angka {REVIEW}).")
    assert by.loc[258, "jenis"] == "keterangan_tidak_cocok" and by.loc[258, "tingkat"] == "peringatan"
    assert by.loc[258, "pesan"] == (
        "Keterangan menyebut pagu berkurang Rp1.980.000, tetapi dari APBD ke P-APBD pagu berkurang "
        f"Rp124.874.822 bila pagu {REVIEW} dibaca dalam rupiah, atau bertambah Rp178.000 bila dibaca dalam "
        "ribuan rupiah (skalanya tidak dapat dipastikan); keterangan atau pagu perlu diperbaiki.")
    # only line 258 blamed, as in the bundled rupiah document
    assert ket.loc[ket["tingkat"].astype(str) != "info", "baris_sumber"].tolist() == [258]
    assert "Rp79.872.000" not in " ".join(t["pesan"].astype(str))


def test_narrative_states_no_change(doc):
    pg = doc.pergeseran
    teks = " ".join([narrative.ringkasan_pergeseran(pg, doc.temuan), narrative.kalimat_pergeseran_dinas(pg),
                     narrative.tanpa_sub_berubah(pg), narrative.ringkasan_dinas(doc.evaluasi, doc.temuan, pg,
                                                                               doc.triwulan)])
    assert "99,88" not in teks and "4.604.708.240" not in teks and "5.551.085" not in teks
    assert "perubahan pagu dari APBD ke P-APBD tidak dihitung" in teks
    assert "Tidak ada sub kegiatan yang pagunya berubah" not in teks
    program = "PROGRAM PENGEMBANGAN UMKM"
    rinci = narrative.narasi_program(doc.evaluasi, program, doc.temuan, pg)
    assert "tidak ditemukan di Review P-RKPD" not in rinci and "tidak dihitung" in rinci
    assert plots._kata_perubahan(float("nan"), float("nan")) == "tidak dihitung"


def test_table_shows_pagu_as_written(doc):
    html = styling.tabel_pergeseran(doc.pergeseran).to_html()
    assert "Pagu P-APBD (sebagaimana tertulis)" in html and "tidak dihitung" in html
    assert "Rp128.000<" not in html and ">128.000<" in html     # line 381 as written, no unit
    assert "berkurang" not in html and "bertambah" not in html
