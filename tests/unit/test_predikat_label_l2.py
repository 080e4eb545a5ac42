"""The predikat label where there is no predikat, one rule for tables, counts and the evaluation
table: 'Tidak dilaporkan' for an outcome whose realisation cell is empty at TW IV (the narrative
and the capaian cell already said so; before TW IV it stays 'Belum diukur'), and 'Tanpa pagu' for
a serapan whose pagu is 0 (nothing to absorb), whose spending the kritis finding serapan_berlebih
still reports. Hand-made rows, expectations derived by hand."""
import pandas as pd
import pytest

from renja_analysis import labels, metrics
from renja_analysis.findings.document import serapan_berlebih
from renja_analysis.present import styling, summary


def _ev(real_program, triwulan, pagu_sub=(10.0, 10.0), real_sub_rp=(5.0, 5.0)):
    """Program P (target 83, outcome realisation ``real_program``), kegiatan K (target 10, realisation
    empty), two sub kegiatan (target 4, 2 realised) with pagu ``pagu_sub`` and Rp ``real_sub_rp``."""
    raw = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"], "program": ["PROGRAM P"] * 4,
        "kegiatan": [None, "Kegiatan K", "Kegiatan K", "Kegiatan K"],
        "nama": ["PROGRAM P", "Kegiatan K", "Sub S", "Sub T"], "indikator": ["Indeks", "Jumlah", "Jumlah", "Jumlah"],
        "satuan": ["Indeks", "Paket", "Paket", "Paket"], "target_k": [83.0, 10.0, 4.0, 4.0],
        "realisasi_k": pd.array([real_program, None, 2.0, 2.0], dtype="Float64"),
        "pagu_rp": [20.0, 20.0, *pagu_sub], "realisasi_rp": [10.0, 10.0, *real_sub_rp],
        "keterangan": [None] * 4, "solusi": [None] * 4, "baris_sumber": [1, 2, 3, 4], "urutan": [1, 2, 3, 4]})
    return raw.pipe(metrics.tambah_metrik, triwulan=triwulan).pipe(metrics.tambah_status, triwulan=triwulan)


def test_tw_iv_outcome_not_reported_is_labelled_so():
    ev = _ev(None, 4)
    assert ev["predikat_k"].iloc[:2].isna().all()            # no capaian: nothing reported
    shown = summary.dengan_label_predikat(ev)["predikat_k"].tolist()
    # program and kegiatan: empty realisation at TW IV; subs: 2 of 4 = 50 % of an expected 100 % -> x 50
    assert shown == ["Tidak dilaporkan", "Tidak dilaporkan", "Sangat Rendah", "Sangat Rendah"]
    n = summary.jumlah_predikat(ev)
    assert n.loc["Tidak dilaporkan", ("Kinerja", "Program")] == 1
    assert n.loc["Belum diukur", ("Kinerja", "Program")] == 0
    html = styling.tabel_evaluasi(ev).to_html()
    assert html.count("Tidak dilaporkan") == 2 and html.count("tidak dilaporkan") == 2   # predikat, capaian
    assert "Belum diukur" not in html and "belum diukur" not in html


@pytest.mark.parametrize("triwulan", [2, 3])
def test_before_tw_iv_an_empty_outcome_is_not_yet_measured(triwulan):
    ev = _ev(None, triwulan)
    assert summary.dengan_label_predikat(ev)["predikat_k"].tolist()[:2] == ["Belum diukur", "Belum diukur"]
    n = summary.jumlah_predikat(ev)
    assert "Tidak dilaporkan" not in n.index and n.loc["Belum diukur", ("Kinerja", "Program")] == 1
    assert "Tidak dilaporkan" not in styling.tabel_evaluasi(ev).to_html()


def test_tw_iv_printed_zero_is_a_measured_zero():
    # 0 of 83 at TW IV: capaian 0 %, x = 0 -> Sangat Rendah, not a label
    assert summary.dengan_label_predikat(_ev(0.0, 4))["predikat_k"].iloc[0] == "Sangat Rendah"


def test_serapan_without_pagu_reads_tanpa_pagu_and_spending_on_it_is_a_finding():
    # Sub S: pagu 0, nothing spent; Sub T: pagu 0, Rp 5 spent (above its pagu)
    ev = _ev(2.0, 2, pagu_sub=(0.0, 0.0), real_sub_rp=(0.0, 5.0))
    assert ev["serapan_rp"].iloc[2:].isna().all()             # 0 / 0 and 5 / 0: no serapan
    shown = summary.dengan_label_predikat(ev)["predikat_rp"].tolist()
    # program and kegiatan: 10 of 20 = 50 % at TW II (expected 50 %): x = 100 -> Sangat Tinggi
    assert shown == ["Sangat Tinggi", "Sangat Tinggi", "Tanpa pagu", "Tanpa pagu"]
    assert summary.jumlah_predikat(ev).loc["Tanpa pagu", ("Serapan", "Sub kegiatan")] == 2
    assert styling.tabel_evaluasi(ev).to_html().count("Tanpa pagu") == 2
    # the spending on a pagu of 0 is not hidden behind the label: a kritis finding names it
    f = serapan_berlebih(ev)
    assert f["baris_sumber"].tolist() == [4] and f["tingkat"].astype(str).tolist() == ["kritis"]


def test_empty_pagu_is_not_a_pagu_of_zero():
    assert labels.predikat(pd.Series([None, None]), pagu=pd.Series([None, 0.0])).tolist() == [
        "Belum diukur", "Tanpa pagu"]
