"""One rule for "not yet due" (``metrics.dijadwalkan``), said the same way by every consumer.

The case: a program with one kegiatan whose two sub kegiatan are both scheduled for a
later quarter (nothing realised, keterangan "Dilaksanakan ditribulan 3/4"), but the
kegiatan (and so the program) has spent Rp 30 of Rp 100. Money without output is not a
plan for later: the program and the kegiatan are **not** "Dijadwalkan" anywhere (chart,
tables, cards, narrative); their serapan is judged (30 % of the 50 % due = 60 -> Rendah).
The same frame with nothing spent is "Dijadwalkan" everywhere. Expected values by hand.
"""
import re

import numpy as np
import pandas as pd
import pytest

from renja_analysis import metrics
from renja_analysis.present import narrative, plots, styling, summary

N = "\u00a0"
PROGRAM = "PROGRAM P"


def _frame(belanja: float) -> pd.DataFrame:
    raw = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "program": [PROGRAM] * 4, "kegiatan": [None, "Kegiatan K", "Kegiatan K", "Kegiatan K"],
        "nama": [PROGRAM, "Kegiatan K", "Sub S1", "Sub S2"], "indikator": ["Indeks", "Jumlah", "Jumlah", "Jumlah"],
        "satuan": ["Indeks", "Paket", "Paket", "Paket"], "target_k": [5.0, 2.0, 4.0, 4.0],
        "realisasi_k": [0.0] * 4, "pagu_rp": [100.0, 100.0, 50.0, 50.0],
        "realisasi_rp": [belanja, belanja, 0.0, 0.0],
        "keterangan": [None, None, "Dilaksanakan ditribulan 3", "Dilaksanakan ditribulan 4"],
        "solusi": [None] * 4, "baris_sumber": [1, 2, 3, 4], "urutan": [1, 2, 3, 4]})
    return raw.pipe(metrics.tambah_metrik, triwulan=2).pipe(metrics.tambah_status, triwulan=2)


@pytest.fixture
def spent():
    return _frame(30.0)


@pytest.fixture
def idle():
    return _frame(0.0)


def test_the_rule(spent, idle):
    assert spent["status"].astype(str).tolist()[2:] == ["belum_dilaksanakan"] * 2      # both subs scheduled
    assert metrics.dijadwalkan(spent).tolist() == [False, False, True, True]
    assert metrics.dijadwalkan(idle).tolist() == [True, True, True, True]
    assert metrics.status_tampil(spent).tolist() == [pd.NA, pd.NA, "belum_dilaksanakan", "belum_dilaksanakan"]
    assert metrics.status_tampil(idle).tolist() == ["belum_dilaksanakan"] * 4


def test_predikat_of_a_parent_that_spent_is_judged(spent, idle):
    # 30 / 100 = 30 % serapan; 30 / 50 x 100 = 60 relative to the TW II expectation: Rendah
    assert spent["predikat_rp"].tolist()[:2] == ["Rendah", "Rendah"]
    assert idle["predikat_rp"].isna().tolist() == [True, True, True, True]
    shown = summary.dengan_label_predikat(spent)["predikat_rp"].tolist()
    assert shown == ["Rendah", "Rendah", "Dijadwalkan", "Dijadwalkan"]
    assert summary.dengan_label_predikat(idle)["predikat_rp"].tolist() == ["Dijadwalkan"] * 4
    assert summary.status_tampil(spent).tolist()[:2] == [pd.NA, pd.NA]
    counts = summary.jumlah_predikat(spent)
    assert counts.loc["Rendah", ("Serapan", "Program")] == 1 and counts.loc["Dijadwalkan", ("Serapan", "Program")] == 0


def test_cards_and_program_table(spent, idle):
    assert not summary.daftar_program(spent)["dijadwalkan"].iloc[0]
    assert summary.daftar_program(idle)["dijadwalkan"].iloc[0]
    tabel = narrative.tabel_program(summary.daftar_program(spent).assign(masalah="-"))
    assert "| Rendah |" in tabel and "Dijadwalkan" not in tabel


def test_narrative(spent, idle):
    assert narrative.program_dijadwalkan(spent) == [] and narrative.program_dijadwalkan(idle) == [PROGRAM]
    teks = narrative.ringkasan_program(spent, PROGRAM)
    assert teks.startswith("Program ini menyerap **30,00%** dari pagu Rp100 (Rp30), di bawah harapan "
                           "triwulan 50% (predikat serapan Rendah).")
    assert "Program ini **belum dilaksanakan**" not in teks
    assert narrative.ringkasan_program(idle, PROGRAM).startswith("Program ini **belum dilaksanakan**")
    dinas = narrative.ringkasan_dinas(spent, None, None)
    assert "seluruh sub kegiatannya dijadwalkan" not in dinas
    assert f"Program dengan serapan di bawah tiga perempat harapan: *{PROGRAM}* (30,00%)" in dinas
    assert "seluruh sub kegiatannya dijadwalkan" in narrative.ringkasan_dinas(idle, None, None)


def test_chart(spent, idle):
    def bar_and_text(ev):
        fig = plots.serapan_per_program(ev)
        ax = fig.axes[0]
        warna = ax.patches[0].get_facecolor()
        return warna, [t.get_text() for t in ax.texts if "Rp" in t.get_text()][0]
    from matplotlib.colors import to_rgba
    warna, teks = bar_and_text(spent)
    assert warna == to_rgba(plots.WARNA["turun"]) and ", dijadwalkan" not in teks    # 30 % < 50 %: red
    warna, teks = bar_and_text(idle)
    assert warna == to_rgba(plots.WARNA["abu"]) and teks.endswith(", dijadwalkan")


def test_styled_table(spent):
    html = styling.tabel_evaluasi(summary.dengan_label_predikat(spent), uuid="j").to_html()
    cells = dict(re.findall(r'id="(T_j_row\d+_col\d+)"[^>]*>([^<]*)<', html))
    kolom = [c for c in styling.JUDUL_EVALUASI if c in spent]
    prp = kolom.index("predikat_rp")
    assert [cells[f"T_j_row{i}_col{prp}"] for i in range(4)] == ["Rendah", "Rendah", "Dijadwalkan", "Dijadwalkan"]


def test_no_second_copy_of_the_rule():
    # plots.status_induk (the chart's own copy, which ignored spending) is gone
    assert not hasattr(plots, "status_induk")
    assert np.array_equal(metrics.dijadwalkan(_frame(0.0).drop(columns="realisasi_rp")),
                          [False, False, True, True])       # unknown spending is not "nothing spent"
