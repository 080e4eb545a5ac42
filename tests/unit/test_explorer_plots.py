import pandas as pd

from renja_analysis import plots, styling
from renja_analysis.explorer import penjelajah, saring_sub_kegiatan


def test_filter_combines_conditions(bundled):
    ev = bundled.evaluasi
    got = saring_sub_kegiatan(ev, program="PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
                              status="tertinggal", batas_capaian=20)
    # Tabel 2.2 lines 294, 299, 300, 301: capaian 20, 20, 20 and 0 -> all <= 20, all tertinggal
    assert sorted(got["baris_sumber"].tolist()) == [294, 299, 300, 301]
    assert got["capaian_k"].tolist()[0] == 0                      # worst first
    assert saring_sub_kegiatan(ev, cari="kekayaan intelektual")["baris_sumber"].tolist() == [313]
    assert len(saring_sub_kegiatan(ev)) == 36


def test_widgets_redraw_on_change(bundled):
    ui = penjelajah(bundled.evaluasi)
    dropdown = ui.kontrol["program"]
    assert dropdown is ui.children[0].children[0].children[0]     # first control of the left column
    dropdown.value = "PROGRAM PENGEMBANGAN UMKM"            # triggers a redraw
    # Tabel 2.2: Pengembangan Usaha Mikro, Penumbuhan dan Pengembangan Kewirausahaan, Produksi dan Pengolahan
    assert ui.keluaran.outputs[0]["text"] == "3 dari 36 sub kegiatan ditampilkan\n"
    assert len(ui.children) == 2


def test_charts_return_figures_with_indonesian_labels(bundled):
    fig = plots.serapan_per_program(bundled.evaluasi)
    ax = fig.axes[0]
    assert ax.get_title() == "Serapan anggaran per program s.d. triwulan berjalan"
    assert ax.get_xlabel().startswith("Serapan anggaran")
    texts = [t.get_text() for t in ax.texts]
    assert "56,2% dari Rp 2,99 M" in texts                    # 1.683.391.529 / 2.992.759.325
    fig = plots.pergeseran_program(bundled.pergeseran)
    assert "+Rp 676 jt (69,2%)" in [t.get_text() for t in fig.axes[0].texts]   # 976,7 jt -> 1.652,7 jt


def test_styler_is_stable(bundled):
    a = styling.tabel_evaluasi(bundled.evaluasi, uuid="x").to_html()
    b = styling.tabel_evaluasi(bundled.evaluasi, uuid="x").to_html()
    assert a == b and "T_x_" in a
    assert "Rp 2.992.759.325" in a and "56,25%" in a
