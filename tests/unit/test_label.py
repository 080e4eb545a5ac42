"""Readable labels for codes (hand-written expectations)."""
import pandas as pd
import pytest

from renja_analysis import label
from renja_analysis.findings import JENIS, TINGKAT
from renja_analysis.metrics import STATUS


def test_scalar_labels():
    assert label.status("serapan_tanpa_output") == "Serapan tanpa output"
    assert label.status("belum_dilaksanakan") == "Belum dilaksanakan (dijadwalkan)"
    assert label.tingkat("kritis") == "Kritis"
    assert label.tingkat("peringatan") == "Peringatan"
    assert label.tingkat("info") == "Konfirmasi/info"
    assert label.level("sub_kegiatan") == "Sub kegiatan"
    assert label.jenis_temuan("serapan_berlebih") == "Realisasi melebihi pagu"


def test_unknown_code_falls_back_to_readable_text():
    assert label.status("kode_tidak_dikenal") == "Kode tidak dikenal"
    assert label.level("urusan") == "Urusan"


@pytest.mark.parametrize("func, codes", [
    (label.status, STATUS), (label.jenis_temuan, JENIS), (label.tingkat, TINGKAT),
    (label.level, ["dinas", "program", "kegiatan", "sub_kegiatan"]),
])
def test_every_code_has_a_label_without_snake_case(func, codes):
    for code in codes:
        text = func(code)
        assert "_" not in text and text[0].isupper() and text != code


def test_labels_are_distinct_per_dictionary():
    for table in (label.LABEL_STATUS, label.LABEL_JENIS_TEMUAN, label.LABEL_TINGKAT, label.LABEL_LEVEL):
        assert len(set(table.values())) == len(table)


def test_series_keeps_index_and_missing():
    s = pd.Series(pd.Categorical(["kritis", None, "info"], categories=TINGKAT), index=[3, 4, 5], name="tingkat")
    out = label.tingkat(s)
    assert out.index.tolist() == [3, 4, 5] and out.name == "tingkat"
    assert out.tolist() == ["Kritis", pd.NA, "Konfirmasi/info"]
    assert label.status(None) is None


def test_predikat_one_label_per_state():
    nilai = pd.Series(["Sangat Rendah", None, "Sangat Rendah", "Tinggi"])
    status = pd.Series(["belum_dilaksanakan", "sesuai_rencana", "tertinggal", None])
    assert label.predikat(nilai, status).tolist() == ["Dijadwalkan", "Belum diukur", "Sangat Rendah", "Tinggi"]
    assert label.predikat(nilai).tolist() == ["Sangat Rendah", "Belum diukur", "Sangat Rendah", "Tinggi"]
    assert label.predikat(float("nan")) == "Belum diukur"
    assert label.predikat("Sangat Rendah", "belum_dilaksanakan") == "Dijadwalkan"
