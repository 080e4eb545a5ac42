"""A name printed with two indicators whose second row prints the name's pagu and realisasi again
(hostile review REV-J J8): the second row is one more indicator of the name
(``names.lanjutan``, where levels are known), its money counted once. The text reader
gives such rows (a table whose money cells were repeated on each indicator row): the program's
realisation from its kegiatan was doubled, and the kegiatan's own first row, left without
children, was a kritis "jumlah rincian di bawahnya Rp0". Hand-made tables, then the bundled
document with one Tabel 2.2 line repeated.
"""
from __future__ import annotations

import pandas as pd

from renja_analysis import load_document
from renja_analysis.config import ROOT
from renja_analysis.present import comparison
from renja_analysis.tables._common import lanjutan

SUMBER = ROOT / "data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md"


def test_a_kegiatan_repeating_its_rupiah_on_its_second_indicator_counts_once():
    # Program P (realisation cell empty) over Kegiatan K (pagu 100, realisasi 40, printed on both of
    # its indicator rows): the program's realisation from its kegiatan is 40, not 40 + 40 = 80
    ev = pd.DataFrame({"dokumen": "a", "level": ["program", "kegiatan", "kegiatan", "program"],
                       "nama": ["P", "K", "K", "Q"], "indikator": ["ip", "i1", "i2", "iq"],
                       "pagu_rp": [100.0, 100.0, 100.0, 5.0], "realisasi_rp": [None, 40.0, 40.0, 5.0]})
    rp = comparison.realisasi_program(ev)
    assert rp["realisasi_rp"].tolist() == [40.0, 5.0] and rp["dari_rincian"].tolist() == [True, False]


def test_what_is_not_a_repeat():
    # another realisation (40 then 30), another level (a kegiatan and its one sub kegiatan sharing a
    # name and pagu), no level known, the same indicator: each row its own
    base = {"nama": ["K", "K"], "indikator": ["i1", "i2"], "pagu_rp": [100.0, 100.0], "realisasi_rp": [40.0, 40.0],
            "level": ["kegiatan", "kegiatan"]}
    assert lanjutan(pd.DataFrame(base)).tolist() == [False, True]
    assert lanjutan(pd.DataFrame(dict(base, realisasi_rp=[40.0, 30.0]))).tolist() == [False, False]
    assert lanjutan(pd.DataFrame(dict(base, level=["kegiatan", "sub_kegiatan"]))).tolist() == [False, False]
    assert lanjutan(pd.DataFrame(base).drop(columns="level")).tolist() == [False, False]
    assert lanjutan(pd.DataFrame(dict(base, indikator=["i1", "i1"]))).tolist() == [False, False]
    # both without a realisation, the same pagu: a repeat
    assert lanjutan(pd.DataFrame(dict(base, realisasi_rp=[None, None]))).tolist() == [False, True]


def test_bundled_kegiatan_printed_twice_through_the_text_reader(tmp_path):
    # Tabel 2.2 line 305: Kegiatan Pemberdayaan Usaha Mikro ... (pagu 976,700,000, realisasi
    # 728,166,800), repeated below it with another indicator and the same money; the program above
    # it (line 304) loses its realisation cell. Its realisation from its one kegiatan: 728,166,800
    lines = SUMBER.read_text(encoding="utf-8").split("\n")
    h22 = next(i for i, line in enumerate(lines) if line.startswith("## 2.2"))
    k = next(i for i in range(h22, len(lines)) if lines[i].startswith("<b>Kegiatan Pemberdayaan Usaha Mikro yang"))
    prog = lines[k - 1].split("\t")
    assert prog[7] == "<b>728,166,800</b>"
    prog[7] = ""
    lagi = lines[k].split("\t")
    lagi[1] = "<b>Jumlah Pelaku Usaha Mikro yang Terdata</b>"
    path = tmp_path / SUMBER.name
    path.write_text("\n".join(lines[:k - 1] + ["\t".join(prog), lines[k], "\t".join(lagi)] + lines[k + 1:]),
                    encoding="utf-8")
    doc = load_document(path)
    ev = doc.evaluasi
    baris = ev[ev["baris_sumber"].isin([k + 1, k + 2])]
    assert baris["level"].astype(str).tolist() == ["kegiatan", "kegiatan"]
    assert baris["realisasi_rp"].tolist() == [728_166_800, 728_166_800]      # both rows kept as printed
    rp = comparison.realisasi_program(ev.assign(dokumen="a"))
    program = rp.loc[ev.index[ev["baris_sumber"] == k].tolist()[0]]
    assert program["realisasi_rp"] == 728_166_800 and bool(program["dari_rincian"])
    t = doc.temuan
    assert not ((t["jenis"].astype(str) == "jumlah_tidak_cocok") & t["baris_sumber"].isin([k, k + 1, k + 2])).any()
