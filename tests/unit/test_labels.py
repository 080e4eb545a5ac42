"""Readable labels for codes (hand-written expectations)."""
import pandas as pd
import pytest

from renja_analysis import labels
from renja_analysis.findings.document import JENIS, TINGKAT
from renja_analysis.metrics import STATUS


def test_scalar_labels():
    assert labels.status("serapan_tanpa_output") == "Serapan tanpa output"
    assert labels.status("belum_dilaksanakan") == "Belum dilaksanakan (dijadwalkan)"
    assert labels.tingkat("kritis") == "Kritis"
    assert labels.tingkat("peringatan") == "Peringatan"
    assert labels.tingkat("info") == "Konfirmasi/info"
    assert labels.level("sub_kegiatan") == "Sub kegiatan"
    assert labels.jenis_temuan("serapan_berlebih") == "Realisasi melebihi pagu"


def test_unknown_code_falls_back_to_readable_text():
    assert labels.status("kode_tidak_dikenal") == "Kode tidak dikenal"
    assert labels.level("urusan") == "Urusan"


@pytest.mark.parametrize("func, codes", [
    (labels.status, STATUS), (labels.jenis_temuan, JENIS), (labels.tingkat, TINGKAT),
    (labels.level, ["dinas", "program", "kegiatan", "sub_kegiatan"]),
])
def test_every_code_has_a_label_without_snake_case(func, codes):
    for code in codes:
        text = func(code)
        assert "_" not in text and text[0].isupper() and text != code


def test_labels_are_distinct_per_dictionary():
    for table in (labels.LABEL_STATUS, labels.LABEL_JENIS_TEMUAN, labels.LABEL_TINGKAT, labels.LABEL_LEVEL):
        assert len(set(table.values())) == len(table)


def test_series_keeps_index_and_missing():
    s = pd.Series(pd.Categorical(["kritis", None, "info"], categories=TINGKAT), index=[3, 4, 5], name="tingkat")
    out = labels.tingkat(s)
    assert out.index.tolist() == [3, 4, 5] and out.name == "tingkat"
    assert out.tolist() == ["Kritis", pd.NA, "Konfirmasi/info"]
    assert labels.status(None) is None


def test_predikat_one_label_per_state():
    nilai = pd.Series(["Sangat Rendah", None, "Sangat Rendah", "Tinggi"])
    status = pd.Series(["belum_dilaksanakan", "sesuai_rencana", "tertinggal", None])
    assert labels.predikat(nilai, status).tolist() == ["Dijadwalkan", "Belum diukur", "Sangat Rendah", "Tinggi"]
    assert labels.predikat(nilai).tolist() == ["Sangat Rendah", "Belum diukur", "Sangat Rendah", "Tinggi"]
    assert labels.predikat(float("nan")) == "Belum diukur"
    assert labels.predikat("Sangat Rendah", "belum_dilaksanakan") == "Dijadwalkan"
