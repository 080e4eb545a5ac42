import re

import pandas as pd
from matplotlib.text import Text

from renja_analysis.present import plots, styling
from renja_analysis.present.explorer import penjelajah, saring_sub_kegiatan


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


NB = "\u00a0"


def test_charts_return_figures_with_indonesian_labels(bundled):
    fig = plots.serapan_per_program(bundled.evaluasi)
    ax = fig.axes[0]
    assert ax.get_title(loc="left").replace("\n", " ") == "Serapan anggaran per program s.d. triwulan berjalan"
    assert ax.get_xlabel().startswith("Serapan anggaran")
    texts = [t.get_text() for t in ax.texts]
    assert f"56,25% dari Rp2,99{NB}M" in texts        # 1.683.391.529 / 2.992.759.325
    assert "PROGRAM PENGEMBANGAN UMKM" in texts               # names written above their bars
    fig = plots.pergeseran_program(bundled.pergeseran)
    # 976,7 jt -> 1.652,7 jt: +676 jt, 676 / 976,7 = 69,21 %; one money style, two decimals
    # Pemulihan... program: 976.700.000 -> P-APBD, +676.000.000 = 69,21 % of the APBD pagu, said in words
    assert f"bertambah Rp676,00{NB}jt (69,21%)" in [t.get_text() for t in fig.axes[0].texts]
    assert all(not t.get_text().startswith(("-", "+")) for t in fig.axes[0].texts)


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
    assert "Angka beda antartabel" in texts and "Konfirmasi/info" in texts


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
    assert "Rp2.992.759.325" in a and "56,25%" in a


def test_the_revised_target_stands_beside_the_evaluated_one(bundled):
    # line 270: Tabel 2.2 target 10, Tabel 3.2 (line 404) 25: both columns in the table
    ev = bundled.evaluasi[bundled.evaluasi["baris_sumber"] == 270]
    html = styling.tabel_evaluasi(ev, uuid="r").to_html()
    assert "Target perubahan (Tabel 3.2)" in html
    cells = list(_cells(html, "r").values())
    assert cells[1:3] == ["10", "25"]                   # Target kinerja, Target perubahan
    # a Renja without Tabel 3.2 (all NA): no empty column
    html = styling.tabel_evaluasi(ev.assign(target_k_perubahan=pd.NA), uuid="r").to_html()
    assert "Target perubahan" not in html


def _cells(html: str, uuid: str) -> dict[str, str]:
    """Cell id -> text of a Styler's HTML."""
    return dict(re.findall(rf'id="(T_{uuid}_row\d+_col\d+)"[^>]*>([^<]*)<', html))


def test_styled_tables_agree_with_the_state():
    # hand-made: a program (outcome not measured: predikat NA) whose only sub kegiatan is
    # scheduled (capaian 0, metrics' predikat Sangat Rendah), and a sub kegiatan without target
    ev = pd.DataFrame({
        "level": ["program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan"],
        "program": ["P"] * 5, "kegiatan": [None, "K1", "K1", "K2", "K2"],
        "nama": ["P", "K1", "S1", "K2", "S2"], "target_k": [5.0, 2.0, 4.0, 1.0, None], "satuan": ["Paket"] * 5,
        "realisasi_k": [0.0, 0.0, 0.0, 1.0, 1.0], "capaian_k": [0.0, 0.0, 0.0, 100.0, None],
        "pagu_rp": [5_000_000.0] * 5, "realisasi_rp": [0.0, 0.0, 0.0, 2_500_000.0, 2_500_000.0],
        "serapan_rp": [0.0, 0.0, 0.0, 50.0, 50.0],
        "predikat_k": [None, None, "Sangat Rendah", "Sangat Tinggi", None],
        "predikat_rp": ["Sangat Rendah", "Sangat Rendah", "Sangat Rendah", "Sangat Tinggi", "Sangat Tinggi"],
        "status": [None, None, "belum_dilaksanakan", None, "sesuai_rencana"], "keterangan": [None] * 5})
    html = styling.tabel_evaluasi(ev, uuid="s").to_html()
    cells = _cells(html, "s")
    cap, pk, prp, st = 4, 8, 9, 10                           # column positions of JUDUL_EVALUASI
    assert cells[f"T_s_row0_col{cap}"] == "belum diukur"      # program: not "0,00 %"
    assert cells[f"T_s_row0_col{pk}"] == "Belum diukur"
    assert cells[f"T_s_row2_col{pk}"] == "Dijadwalkan" and cells[f"T_s_row2_col{prp}"] == "Dijadwalkan"
    assert cells[f"T_s_row2_col{st}"] == "Belum dilaksanakan (dijadwalkan)"
    assert cells[f"T_s_row1_col{prp}"] == "Dijadwalkan"       # K1: all its work is scheduled, not red
    assert cells[f"T_s_row0_col{prp}"] == "Sangat Rendah"     # P: S2 was due, 0 % serapan is low
    assert cells[f"T_s_row4_col{pk}"] == "Tanpa target"       # no target: no predikat, not "belum diukur"
    assert cells["T_s_row3_col5"] == "Rp5.000.000" and cells["T_s_row3_col7"] == "50,00%"
    red = plots.WARNA_PREDIKAT["Sangat Rendah"]
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", html.split("</style>")[0])
    gaya = {sel.strip(): body for sels, body in rules for sel in sels.split(",")}
    assert red in gaya["#T_s_row0_col9"]                         # the colour is applied where due
    for cell in (f"row2_col{pk}", f"row2_col{prp}", f"row1_col{prp}", f"row0_col{pk}"):
        css = " ".join(body for sels, body in rules if f"#T_s_{cell}" in [x.strip() for x in sels.split(",")])
        assert red not in css and "#e0e0e0" in css                # grey, not the red of Sangat Rendah
    assert list(cells.values()).count("Sangat Rendah") == 1
    assert not [v for v in cells.values() if "_" in v]


def test_findings_and_reallocation_tables_use_words():
    t = pd.DataFrame({"tingkat": ["info"], "jenis": ["antar_tabel_tidak_cocok"], "tabel": ["Tabel 2.2"],
                      "baris_sumber": [5], "nama": ["A"], "nilai_dokumen": [1.0], "nilai_hitung": [2.0],
                      "baris_pembanding": [pd.NA], "pesan": ["x"]})
    cells = _cells(styling.tabel_temuan(t, uuid="t").to_html(), "t")
    assert cells["T_t_row0_col0"] == "Konfirmasi/info" and cells["T_t_row0_col1"] == "Angka beda antartabel"
    p = pd.DataFrame({"level": ["program"], "nama": ["P"], "kecocokan": ["hanya_review_3_2"],
                      "pagu_apbd_rp": [30_000_000.0], "pagu_papbd_rp": [25_000_000.0],
                      "selisih_rp": [-5_000_000.0], "selisih_persen": [-100 / 6]})
    html = styling.tabel_pergeseran(p, uuid="p").to_html()
    cells = _cells(html, "p")
    assert cells["T_p_row0_col1"] == "Hanya di Tabel 3.2 (Review P-RKPD)"
    # -5.000.000 of 30.000.000: berkurang, 16,67 % (5/30), without a minus sign
    assert cells["T_p_row0_col4"] == "berkurang Rp5.000.000 (16,67%)"
    assert ">Perubahan<" in html and "Kecocokan" not in html and "-Rp" not in html
