"""The explorer: the filter without widgets (hand-made rows), its defaults, and the widget
box built on the bundled document's processed tables."""
from __future__ import annotations

import pandas as pd
import pytest

from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.metrics import STATUS
from renja_analysis.present.explorer import (
    nilai_bawaan,
    penjelajah,
    pilihan_predikat,
    pilihan_status,
    rentang_data,
    ringkasan_eksplorasi,
    saring_dengan,
    saring_sub_kegiatan,
)


@pytest.fixture
def rows() -> pd.DataFrame:
    """Five sub kegiatan and one program row; E has no capaian (no target), D no serapan."""
    return pd.DataFrame({
        "level": ["program"] + ["sub_kegiatan"] * 5,
        "program": ["P", "P", "P", "Q", "Q", "Q"],
        "nama": ["Program P", "Alpha", "Beta", "Gamma", "Delta", "Epsilon"],
        "status": ["", "melampaui_target", "tertinggal", "belum_dilaksanakan", "sesuai_rencana",
                   "serapan_tanpa_output"],
        "predikat_k": [None, "Sangat Tinggi", "Sangat Rendah", "Sangat Rendah", "Tinggi", None],
        "capaian_k": pd.array([50.0, 150.0, 10.0, 0.0, 80.0, None], dtype="Float64"),
        "serapan_rp": pd.array([40.0, 90.0, 5.0, 0.0, None, 60.0], dtype="Float64"),
        "harapan_tw": [50.0] * 6,
    })


def names(df: pd.DataFrame) -> list[str]:
    return sorted(df["nama"].tolist())


def test_default_call_returns_every_sub_kegiatan(rows):
    got = saring_sub_kegiatan(rows)
    assert names(got) == ["Alpha", "Beta", "Delta", "Epsilon", "Gamma"]    # the program row is not one
    # worst first; Epsilon has no capaian and comes first, then 0, 10, 80, 150
    assert got["nama"].tolist() == ["Epsilon", "Gamma", "Beta", "Delta", "Alpha"]


def test_status_melampaui_target_returns_its_rows(rows):
    assert names(saring_sub_kegiatan(rows, status="melampaui_target")) == ["Alpha"]
    assert names(saring_sub_kegiatan(rows, status=["tertinggal", "serapan_tanpa_output"])) == ["Beta", "Epsilon"]
    assert names(saring_sub_kegiatan(rows, status=[])) == names(saring_sub_kegiatan(rows))   # none chosen = all


def test_rows_without_capaian_kept_by_default_dropped_on_request(rows):
    # a bound on capaian does not drop Epsilon (no capaian) unless asked
    assert names(saring_sub_kegiatan(rows, rentang_capaian=(5, 100))) == ["Beta", "Delta", "Epsilon"]
    assert names(saring_sub_kegiatan(rows, rentang_capaian=(5, 100), tanpa_capaian=False)) == ["Beta", "Delta"]
    assert "Epsilon" not in names(saring_sub_kegiatan(rows, tanpa_capaian=False))
    # the same for serapan: Delta has none
    assert names(saring_sub_kegiatan(rows, rentang_serapan=(50, None))) == ["Alpha", "Delta", "Epsilon"]
    assert names(saring_sub_kegiatan(rows, rentang_serapan=(50, None), tanpa_serapan=False)) == ["Alpha", "Epsilon"]


def test_ranges_are_inclusive_and_open_sided(rows):
    assert names(saring_sub_kegiatan(rows, rentang_capaian=(10, 80), tanpa_capaian=False)) == ["Beta", "Delta"]
    assert names(saring_sub_kegiatan(rows, rentang_capaian=(None, 0), tanpa_capaian=False)) == ["Gamma"]
    assert names(saring_sub_kegiatan(rows, rentang_capaian=(100.5, None), tanpa_capaian=False)) == ["Alpha"]
    # the older upper bound still works and combines with a range
    assert names(saring_sub_kegiatan(rows, batas_capaian=10, tanpa_capaian=False)) == ["Beta", "Gamma"]
    assert names(saring_sub_kegiatan(rows, batas_serapan=5, rentang_serapan=(1, None),
                                     tanpa_serapan=False)) == ["Beta"]


def test_predikat_as_the_reader_sees_it(rows):
    # Gamma is scheduled for a later quarter: "Dijadwalkan", not "Sangat Rendah"
    assert names(saring_sub_kegiatan(rows, predikat="Sangat Rendah")) == ["Beta"]
    assert names(saring_sub_kegiatan(rows, predikat=["Dijadwalkan", "Belum diukur"])) == ["Epsilon", "Gamma"]


def test_program_and_search(rows):
    assert names(saring_sub_kegiatan(rows, program="Q")) == ["Delta", "Epsilon", "Gamma"]
    assert names(saring_sub_kegiatan(rows, cari="ps")) == ["Epsilon"]


def test_defaults_leave_nothing_out(rows):
    bawaan = nilai_bawaan(rows)
    # sub kegiatan capaian 0..150 and serapan 0..90 (the program row's values do not count)
    assert bawaan["rentang_capaian"] == (0.0, 150.0) and bawaan["rentang_serapan"] == (0.0, 90.0)
    assert bawaan["tanpa_capaian"] is True and bawaan["tanpa_serapan"] is True
    assert len(saring_dengan(rows, bawaan)) == 5
    assert rentang_data(pd.Series([2.5, 7.1])) == (2.0, 8.0)


def test_option_labels_are_readable_with_counts(rows):
    rows = rows.assign(status=pd.Categorical(rows["status"].replace("", None), categories=STATUS))
    assert pilihan_status(rows) == [
        ("Belum dilaksanakan (dijadwalkan): 1", "belum_dilaksanakan"),
        ("Serapan tanpa output: 1", "serapan_tanpa_output"), ("Output tanpa serapan: 0", "output_tanpa_serapan"),
        ("Melampaui target: 1", "melampaui_target"), ("Tertinggal: 1", "tertinggal"),
        ("Sesuai rencana: 1", "sesuai_rencana")]
    labels = [t for t, _ in pilihan_predikat(rows)]
    # Beta Sangat Rendah, Alpha Sangat Tinggi, Delta Tinggi, Gamma scheduled, Epsilon unmeasured
    assert labels == ["Sangat Rendah: 1", "Rendah: 0", "Sedang: 0", "Tinggi: 1", "Sangat Tinggi: 1",
                      "Dijadwalkan: 1", "Belum diukur: 1"]


def test_ringkasan_counts_and_links(rows):
    text = ringkasan_eksplorasi(rows)
    assert text.startswith("Dokumen ini memuat **5 sub kegiatan** dalam 2 program.")
    assert "mula-mula menampilkan semua sub kegiatan" in text
    assert "**1 sub kegiatan tertinggal**" in text and "**1 menyerap anggaran tanpa output**" in text
    assert "1 belum dilaksanakan" in text
    assert "[Ikhtisar](00-ikhtisar.ipynb)" in text and "[Kualitas data](30-kualitas-data.ipynb)" in text
    for word in ("papermill", "nbval", "make "):
        assert word not in text
    kalimat = text.splitlines()                                        # one sentence a line
    assert 3 <= len(kalimat) <= 5 and all(k.endswith(".") for k in kalimat)
    none = ringkasan_eksplorasi(rows[rows["nama"].isin(["Alpha", "Delta"])])
    assert "Tidak ada sub kegiatan yang tertinggal" in none and "tidak ada yang menyerap" in none


def sub_kegiatan_baris_tabel_22() -> list[list[str]]:
    """The sub kegiatan rows of Tabel 2.2 read straight from the bundled text, by the
    document's own layout: after the caption "Tabel 2.2" and before the first prose
    paragraph, every tab-separated line that is not bold (programs and kegiatan are
    written <b>...</b>) and is not a repeated column header ("Program, Kegiatan, ..."
    or the lines starting with a tab: K/Rp and Volume/Satuan)."""
    lines = DEFAULT_SOURCE.read_text(encoding="utf-8").splitlines()
    start = lines.index("Tabel 2.2")
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("Pelaksanaan program dan kegiatan"))
    return [ln.split("\t") for ln in lines[start + 1:end]
            if "\t" in ln and not ln.startswith(("<b>", "Program, Kegiatan", "\t"))]


def test_bundled_table_has_36_sub_kegiatan_two_above_target():
    baris = sub_kegiatan_baris_tabel_22()
    assert len(baris) == 36
    # column 9 is the stated capaian K (%): 200 (izin usaha simpan pinjam) and 124 (Pemulihan Usaha Mikro)
    assert sorted(float(b[8]) for b in baris if float(b[8]) > 100) == [124.0, 200.0]


@pytest.fixture(scope="module")
def ui():
    from renja_analysis.load import load_processed
    return penjelajah(load_processed().evaluasi)


def test_explorer_opens_with_all_36_sub_kegiatan(ui):
    from renja_analysis.load import load_processed
    ev = load_processed().evaluasi
    # 36 = the sub kegiatan rows of Tabel 2.2 (see sub_kegiatan_baris_tabel_22)
    assert len(saring_dengan(ev, nilai_bawaan(ev))) == 36 == len(sub_kegiatan_baris_tabel_22())
    assert ui.nilai() == nilai_bawaan(ev)
    assert len(saring_dengan(ev, ui.nilai())) == 36
    first = ui.keluaran.outputs[0]
    assert first["output_type"] == "stream" and first["text"] == "36 dari 36 sub kegiatan ditampilkan\n"
    assert "text/html" in ui.keluaran.outputs[1]["data"]                # the table follows
    slider = ui.kontrol["rentang_capaian"]
    assert (slider.min, slider.max) == slider.value == (0.0, 200.0)     # capaian 0 .. 200 in Tabel 2.2


def test_status_choice_and_reset(ui):
    ui.kontrol["status"].value = ("melampaui_target",)
    # 124 % (31 of 25, Pemulihan Usaha Mikro); 200 % (20 of 10) is not: Tabel 3.2 revised its target to 25
    assert ui.keluaran.outputs[0]["text"] == "1 dari 36 sub kegiatan ditampilkan\n"
    ui.kontrol["rentang_capaian"].value = (0.0, 120.0)                   # 124 % falls outside
    assert ui.keluaran.outputs[0]["text"] == "0 dari 36 sub kegiatan ditampilkan\n"
    ui.kontrol["rentang_capaian"].value = (0.0, 150.0)
    ui.kontrol["tanpa_capaian"].value = False
    ui.kontrol["cari"].value = "pemulihan usaha mikro"
    assert ui.keluaran.outputs[0]["text"] == "1 dari 36 sub kegiatan ditampilkan\n"   # 124 % only
    ui.kontrol["program"].value = "PROGRAM PENGEMBANGAN UMKM"
    assert ui.keluaran.outputs[0]["text"] == "0 dari 36 sub kegiatan ditampilkan\n"
    assert len(ui.keluaran.outputs) == 1                                 # no empty table or chart
    ui.atur_ulang.click()
    assert ui.keluaran.outputs[0]["text"] == "36 dari 36 sub kegiatan ditampilkan\n"
    assert ui.kontrol["status"].value == () and ui.kontrol["program"].value == ""
    assert ui.kontrol["rentang_capaian"].value == (0.0, 200.0) and ui.kontrol["tanpa_capaian"].value is True
    assert ui.atur_ulang.description == "Atur ulang"


def test_option_labels_have_no_snake_case(ui):
    for key in ("status", "predikat", "program"):
        for text, _ in ui.kontrol[key].options:
            assert "_" not in text, text


def test_plain_text_form_tells_how_to_see_the_widgets(ui):
    # what JupyterLab shows for an untrusted notebook instead of the widgets
    plain = ui._repr_mimebundle_()["text/plain"]
    assert plain.startswith("Penyaring sub kegiatan:") and "ditandai tepercaya" in plain
    assert "VBox" not in plain and not plain.endswith("\u2026")         # not the children's repr, not cut


def test_committed_notebook_stores_the_widget_state_jupyterlab_needs():
    """JupyterLab (jupyterlab-manager) draws a widget view from the notebook's stored state
    before anything runs: the view's model_id must be a key of the stored state, every
    model the state refers to must be stored too, and the Output widget carries what it showed."""
    import json
    import re

    from renja_analysis.config import ROOT
    from renja_analysis.present.explorer import TEKS_PENGGANTI

    nb = json.loads((ROOT / "notebooks" / "40-eksplorasi.ipynb").read_text(encoding="utf-8"))
    stored = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]
    assert (stored["version_major"], stored["version_minor"]) == (2, 0)
    state = stored["state"]
    views = [o["data"] for c in nb["cells"] for o in c.get("outputs", [])
             if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert len(views) == 1
    view = views[0]["application/vnd.jupyter.widget-view+json"]
    assert view["model_id"] in state and (view["version_major"], view["version_minor"]) == (2, 0)
    assert views[0]["text/plain"] == TEKS_PENGGANTI            # what an untrusted notebook shows instead
    refs = set(re.findall(r"IPY_MODEL_([0-9a-f]{32})", json.dumps(state)))
    assert refs <= set(state)
    output = [m["state"]["outputs"] for m in state.values() if m["model_name"] == "OutputModel"]
    assert output and output[0][0]["text"] == "36 dari 36 sub kegiatan ditampilkan\n"


def test_notice_that_the_notebook_must_run_sits_above_the_widgets():
    """Issue 20: the explorer says plainly, above its widgets, that the notebook must be run
    in JupyterLab for them to respond; a markdown cell, so the HTML page shows it too."""
    import json

    from renja_analysis.config import ROOT
    from renja_analysis.present.explorer import CATATAN_JALANKAN

    nb = json.loads((ROOT / "notebooks" / "40-eksplorasi.ipynb").read_text(encoding="utf-8"))
    widget = next(i for i, c in enumerate(nb["cells"]) if "penjelajah(ev)" in "".join(c["source"]))
    above = "".join(nb["cells"][widget - 1]["source"])
    assert nb["cells"][widget - 1]["cell_type"] == "markdown"
    assert above.split("\n\n")[1] == CATATAN_JALANKAN
    assert "dijalankan di JupyterLab" in CATATAN_JALANKAN and "tidak aktif" in CATATAN_JALANKAN
