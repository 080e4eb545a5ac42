import pandas as pd
from matplotlib.text import Text

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
    controls = ui.children[0]
    dropdown = controls.children[0].children[0]
    dropdown.value = "PROGRAM PENGEMBANGAN UMKM"            # triggers a redraw without error
    assert dropdown.value == "PROGRAM PENGEMBANGAN UMKM"
    assert len(ui.children) == 2


NB = "\u00a0"


def test_charts_return_figures_with_indonesian_labels(bundled):
    fig = plots.serapan_per_program(bundled.evaluasi)
    ax = fig.axes[0]
    assert ax.get_title(loc="left").replace("\n", " ") == "Serapan anggaran per program s.d. triwulan berjalan"
    assert ax.get_xlabel().startswith("Serapan anggaran")
    texts = [t.get_text() for t in ax.texts]
    assert f"56,25{NB}% dari Rp{NB}2,99{NB}M" in texts        # 1.683.391.529 / 2.992.759.325
    assert f"PROGRAM PENGEMBANGAN UMKM" in texts               # names written above their bars
    fig = plots.pergeseran_program(bundled.pergeseran)
    # 976,7 jt -> 1.652,7 jt: +676 jt, 676 / 976,7 = 69,21 %; one money style, two decimals
    assert f"+Rp{NB}676,00{NB}jt (69,21{NB}%)" in [t.get_text() for t in fig.axes[0].texts]


def _all_text(fig) -> list[str]:
    out = []
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts] + [ax.get_title(loc="left"), ax.get_title(), ax.get_xlabel()]
        out += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        if ax.get_legend():
            out += [t.get_text() for t in ax.get_legend().get_texts()]
    for leg in fig.legends:
        out += [t.get_text() for t in leg.get_texts()]
    return out


def test_no_snake_case_in_charts(bundled):
    doc = bundled
    for fig in (plots.temuan_per_jenis(doc.temuan), plots.jumlah_status(doc.evaluasi),
                plots.sebaran_capaian_serapan(doc.evaluasi), plots.kinerja_sub_kegiatan(doc.evaluasi)):
        fig.canvas.draw()
        texts = _all_text(fig)
        assert not [t for t in texts if "_" in t], texts
    texts = _all_text(plots.temuan_per_jenis(doc.temuan))
    assert "Angka beda antar tabel" in texts and "Konfirmasi/info" in texts


def test_scheduled_sub_kegiatan_is_grey_and_labelled(bundled):
    ev = bundled.evaluasi
    assert plots.WARNA_STATUS["belum_dilaksanakan"] == plots.WARNA["abu"]
    jadwal = ev[ev["status"].astype(str) == "belum_dilaksanakan"]
    assert len(jadwal)
    fig = plots.kinerja_sub_kegiatan(ev[ev["program"] == jadwal["program"].iloc[0]])
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts.count("dijadwalkan (triwulan berikutnya)") == (
        ev[ev["program"] == jadwal["program"].iloc[0]]["status"].astype(str) == "belum_dilaksanakan").sum()


def test_long_title_wraps_inside_the_figure(bundled):
    judul = "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM) DENGAN NAMA SANGAT PANJANG"
    fig = plots.kinerja_sub_kegiatan(bundled.evaluasi.head(8), judul=judul)
    ax = fig.axes[0]
    assert ax.get_title(loc="left").replace("\n", " ") == judul       # every word kept
    title = next(t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == ax.get_title(loc="left"))
    fig.canvas.draw()
    box = title.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= fig.bbox.width           # inside the figure
    assert fig.get_size_inches()[0] == plots.LEBAR


def test_styler_is_stable(bundled):
    a = styling.tabel_evaluasi(bundled.evaluasi, uuid="x").to_html()
    b = styling.tabel_evaluasi(bundled.evaluasi, uuid="x").to_html()
    assert a == b and "T_x_" in a
    assert f"Rp{NB}2.992.759.325" in a and f"56,25{NB}%" in a
