"""Tabel 3.3 read in thousands whose prakiraan maju pagu has a header cell of its own naming no unit
(REV-Y Y4): ``findings.document.maju_33`` scales that column only where its values are on the
current year's scale; otherwise it is left as written and an info says so.

The fixture is the bundled document with 3.3's money in thousands under ``PAGU INDIKATIF (Rp.000)``
(``test_tabel_33_ribuan._keduanya_ribuan``), the prakiraan maju header cell (the last ``PAGU
INDIKATIF`` of each header row) written plain ``PAGU INDIKATIF``, and the prakiraan maju pagu of
line 470 (program 2.17.02, written 0) replaced. By hand: line 470's RKPD Perubahan pagu is
120,000,000.00, in thousands 120,000.

- written ``25,000,000`` (rupiah): 25,000,000 / 120,000 = 208,33, not about 1: the column is not
  on the current year's (thousands) scale: read as written, Rp25.000.000 (the old code: x1000,
  Rp25.000.000.000, in silence), an info quoting 208,33;
- written ``130,000`` (thousands like its row): 130,000 / 120,000 = 1,08: read x1000, Rp130.000.000.
"""
import pytest

from renja_analysis.load import load_document
from tests.unit.test_tabel_33_ribuan import RENCANA, _keduanya_ribuan


def _maju(tmp_path, nilai):
    path = _keduanya_ribuan(tmp_path, rupiah_32=True)
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        cells = line.split("\t")
        pagu = [k for k, c in enumerate(cells) if c == "PAGU INDIKATIF (Rp.000)"]
        if len(pagu) == 2:
            cells[pagu[-1]] = "PAGU INDIKATIF"
        if i == 469:
            assert cells[1] == "2.17.02" and cells[-2] == "0", cells
            cells[-2] = nilai
        lines[i] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    return load_document(path)


def test_prakiraan_maju_in_rupiah_not_rescaled(tmp_path):
    d = _maju(tmp_path, "25,000,000")
    assert d.skala_rencana == 1000.0
    rc = d.rencana.set_index("baris_sumber")
    assert rc.loc[470, "pagu_rkpd_perubahan_rp"] == 120_000_000
    assert rc.loc[470, "pagu_maju_rp"] == 25_000_000
    t = d.temuan
    info = t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA) & (t["kolom"] == "pagu_maju_rp")]
    assert info["tingkat"].tolist() == ["info"]
    assert info["pesan"].tolist() == [
        f"Pagu prakiraan maju {RENCANA} tidak dikali 1.000: judul kolomnya sendiri \u201cPAGU INDIKATIF\u201d "
        "tidak menyatakan ribuan rupiah, dan skalanya tidak dapat dipastikan sama dengan pagu tahun berjalan "
        "(median rasio pagu prakiraan maju terhadap pagu RKPD Perubahan sebagaimana tertulis 208,33); nilainya "
        "dibaca sebagaimana tertulis dan perlu diperiksa."]


@pytest.mark.slow  # a fast test of its section checks the same finding (test_prakiraan_maju_in_rupiah_not_rescaled)
def test_prakiraan_maju_in_thousands_rescaled(tmp_path):
    d = _maju(tmp_path, "130,000")
    assert d.rencana.set_index("baris_sumber").loc[470, "pagu_maju_rp"] == 130_000_000
    t = d.temuan
    assert not len(t[(t["jenis"] == "satuan_tidak_wajar") & (t["kolom"] == "pagu_maju_rp")])
