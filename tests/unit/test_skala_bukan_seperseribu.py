"""A table read as written (its header naming no thousands) whose pagu ratio to Tabel 2.2's is not
about a power of 1000 below 1 is no scale: its pagu are rupiah and compared (REV-AB AB1, AB2).

Since ribu33b any median ratio outside 0,1-10 left the scale unknown and hid true kritis:

- AB1: ``tests/data/renja-murni-mini.md`` (a Renja murni, headers ``(Rp)``) with every 3.2 and 3.3
  pagu multiplied by ``k`` (next year's budget k x this year's Tabel 2.2). Line 52 (3.2, Penyediaan
  Barang Cetak dan Penggandaan) writes 20,000,000, its 3.3 row (line 68) 21,000,000.00: with k = 12,
  Rp240.000.000 against Rp252.000.000; with k = 0,08, Rp1.600.000 against Rp1.680.000. The two
  tables are on one scale with each other whatever 2.2 says: kritis.
- AB2: the bundled perubahan document with 3.3's APBD 2024 cell written ``0.00`` on every sub
  kegiatan row (the median ratio to 2.2 is then 0) and line 462's RKPD Perubahan 6,600,000.00 made
  9,600,000.00 (bertambah 3,000,000.00). Tabel 2.2 line 257 (2.17.01.2.08.0003) writes 6,600,000
  against 3.3's 0: kritis; 3.2 line 393 writes P-APBD 6,600,000 against 3.3's 9,600,000: kritis.

A ratio about 0,001 (3.3 in thousands under ``(Rp)``) still leaves the scale unknown
(``test_tabel_33_ribuan_kata``).
"""
import re
from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.findings.document import skala_33, skala_pasti
from renja_analysis.load import load_document

ROOT = Path(__file__).resolve().parents[2]
MURNI = ROOT / "tests" / "data" / "renja-murni-mini.md"
BUNDLED = ROOT / "data" / "raw" / "renja-perubahan-2024-dinkop-ukm-magetan.md"
REVIEW, RENCANA = "Tabel 3.2 (Review P-RKPD)", "Tabel 3.3 (Rencana Perubahan)"
#: a Renja murni's labels (``sources.base.LABEL_MURNI``): its 3.2 reviews the RKPD, its 3.3 is the plan
REVIEW_M, RENCANA_M = "Tabel 3.2 (Review RKPD)", "Tabel 3.3 (Rencana)"


def _pagu_kritis(t, tabel):
    f = t[(t["jenis"] == "antar_tabel_tidak_cocok") & (t["tabel"] == tabel) & (t["tingkat"] == "kritis")]
    return f.set_index("baris_sumber")["pesan"]


def _murni_kali(tmp_path, k):
    """The murni fixture with 3.2's pagu cells (columns 5 and 10) and 3.3's money cells times ``k``."""
    lines = MURNI.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("### 3.2"))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("### "))
    for i in range(start + 1, end):
        cells = lines[i].split("\t")
        for j in (5, 10):
            m = re.fullmatch(r"(<b>)?(\d{1,3}(?:,\d{3})+)(</b>)?", cells[j].strip()) if j < len(cells) else None
            if m:
                cells[j] = f"{m.group(1) or ''}{round(int(m.group(2).replace(',', '')) * k):,}{m.group(3) or ''}"
        lines[i] = "\t".join(cells)
    money = re.compile(r"^(\d{1,3}(?:,\d{3})*)\.(\d\d)$")
    for i in range(end, len(lines)):
        lines[i] = "\t".join((f"{round(int(m.group(1).replace(',', '')) * k):,}.00" if (m := money.match(c)) else c)
                             for c in lines[i].split("\t"))
    path = tmp_path / "renja-2025-murni-naik.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_murni_budget_grown_twelvefold_still_compared(tmp_path):
    d = load_document(_murni_kali(tmp_path, 12))
    assert d.skala_rencana == 1.0
    assert _pagu_kritis(d.temuan, f"{REVIEW_M} vs {RENCANA_M}").loc[52] == (
        f"Pagu indikatif di {REVIEW_M} tertulis Rp240.000.000, di {RENCANA_M} Rp252.000.000.")
    t = d.temuan
    assert t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA_M)].empty


def test_murni_budget_shrunk_still_compared(tmp_path):
    d = load_document(_murni_kali(tmp_path, 0.08))
    assert d.skala_rencana == 1.0
    assert _pagu_kritis(d.temuan, f"{REVIEW_M} vs {RENCANA_M}").loc[52] == (
        f"Pagu indikatif di {REVIEW_M} tertulis Rp1.600.000, di {RENCANA_M} Rp1.680.000.")


def _apbd_nol(tmp_path):
    lines = BUNDLED.read_text(encoding="utf-8").split("\n")
    s = next(i for i, line in enumerate(lines) if line.startswith("NO\tKODE"))
    for i in range(s, len(lines)):
        c = lines[i].split("\t")
        if len(c) > 9 and c[0] == "" and c[3] and c[7].endswith(".00"):
            c[7] = "0.00"
        if "Perlengkapan Kantor yang Disediakan" in lines[i]:
            assert c[8] == "6,600,000.00"
            c[8], c[9] = "9,600,000.00", "3,000,000.00"
        lines[i] = "\t".join(c)
    path = tmp_path / "renja-perubahan-2024-apbd-nol.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# the fast test(s) of the same finding: test_murni_budget_grown_twelvefold_still_compared,
# test_murni_budget_shrunk_still_compared
@pytest.mark.slow  # a fast test of its section checks the same finding
def test_33_apbd_zero_is_no_scale(tmp_path):
    d = load_document(_apbd_nol(tmp_path))
    assert d.skala_rencana == 1.0 and d.rasio_skala_rencana == 0.0
    t = d.temuan
    assert _pagu_kritis(t, f"Tabel 2.2 vs {RENCANA}").loc[257] == (
        f"Pagu APBD 2024 di Tabel 2.2 tertulis Rp6.600.000, di {RENCANA} Rp0 (kode 2.17.01.2.08.0003).")
    assert _pagu_kritis(t, f"{REVIEW} vs {RENCANA}").loc[393] == (
        f"Pagu P-APBD di {REVIEW} tertulis Rp6.600.000, di {RENCANA} Rp9.600.000.")
    assert t[(t["jenis"] == "satuan_tidak_wajar") & (t["tabel"] == RENCANA)].empty


def test_ratio_rule():
    # 3.3's APBD pagu 0, 0,05 or 14 x 2.2's under "(Rp)": rupiah (1); about 0,001 or 0,000001: unknown
    ev = pd.DataFrame({"kode": ["1.01", "1.02"], "pagu_rp": [1000000.0, 2000000.0]})
    for rc, skala in (([0.0, 0.0], 1.0), ([50000.0, 100000.0], 1.0), ([14000000.0, 28000000.0], 1.0),
                      ([1000.0, 2000.0], None), ([1.0, 2.0], None), ([250.0, 500.0], 1.0)):
        got = skala_33(["PAGU INDIKATIF (Rp)"], ev, pd.DataFrame({"kode": ["1.01", "1.02"], "pagu_apbd_rp": rc}))[0]
        assert (pd.isna(got) if skala is None else got == skala), rc
    assert skala_pasti(["Pagu (Rp)"], 1.0, 14.4) and skala_pasti(["Pagu (Rp)"], 1.0, 0.0)
    assert not skala_pasti(["Pagu (Rp)"], 1.0, 0.0012) and not skala_pasti(["Pagu (Rp)"], 1.0, 9e-7)
