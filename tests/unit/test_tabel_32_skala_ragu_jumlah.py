"""Tabel 3.2's own sums where its scale is one of two (REV-AI AI8): a 3.2 read as written under a header
naming no thousands whose pagu is about 0,001 of Tabel 2.2's (``_dua_skala_32``: rupiah, or thousands) is
checked within what either reading tolerates, and a difference beyond both is quoted as written.

Hand-made frames, one side, pagu as written (never multiplied):

- ``_tiga``: program P over kegiatan K over sub kegiatan S1, S2, S3. In thousands, truncated: S1..S3
  true Rp1.000.600, Rp1.000.700, Rp1.000.800 -> 1,000 each; K and P true Rp3.002.100 -> 3,002. K's rows
  sum 3,000, 2 units below it: beyond the floor(3 / 2) = 1 unit three rounded rows and their rounded
  parent may differ by (``_toleransi_bulat``; REV-AS AS-A: not (3 + 1) / 2 = 2), but within the 3 - 1 = 2
  units three cut rows may fall short of their cut parent (REV-AM AM1, ``test_tabel_32_jumlah_tertulis.py``),
  and nothing shows the table rounded: the truncation peringatan; read as rupiah it is Rp2 over the Rp1
  tolerance (the old check: kritis, "selisih Rp2"). Written 3,001, 1 unit: within the rounding, nothing.
  Written 3,010 (P too), K is 10 units off: beyond both readings, kritis, the figures as written (no "Rp").
- ``_program``: three programs, each over one sub kegiatan of its own value (1,000), and a closing
  JUMLAH line: 3,002 is 2 units above the programs' 3,000, beyond floor(3 / 2) = 1 but within what three cut
  programs fall short (2): peringatan (old: kritis, Rp2 > Rp1; then nothing, within (3 + 1) / 2); 3,001:
  nothing; 3,010 is beyond both: kritis, quoted as written.
"""
import pandas as pd

from renja_analysis.findings.document import jumlah_tidak_cocok

SISI = "Tabel 3.2 (Review P-RKPD) hasil analisis"
EV = pd.DataFrame({"level": pd.Series([], dtype="string"), "nama": pd.Series([], dtype="string"),
                   "indikator": pd.Series([], dtype="string"), "pagu_rp": pd.array([], dtype="Float64"),
                   "realisasi_rp": pd.array([], dtype="Float64"), "baris_sumber": pd.Series([], dtype="int64")})
TANPA_JUMLAH = pd.DataFrame(columns=["sisi", "label", "nilai_rp", "baris_sumber"])
AKHIR = (" Angka-angka itu dikutip sebagaimana tertulis dalam satuan Tabel 3.2 (Review P-RKPD) hasil analisis: "
         "skalanya tidak dapat dipastikan (rupiah, atau ribuan rupiah), dan selisihnya melebihi pembulatan "
         "angka-angkanya menurut kedua bacaan.")


def _rv(rows):
    no, level, nama, pagu = zip(*rows)
    return pd.DataFrame({"sisi": "hasil_analisis", "no": pd.array(no, dtype="Int64"), "level": list(level),
                         "nama": list(nama), "indikator": [f"i{k}" for k in range(len(rows))],
                         "pagu_rp": pd.array(pagu, dtype="Float64"), "baris_sumber": list(range(11, 11 + len(rows)))})


def _tiga(induk: float, **kw) -> pd.DataFrame:
    rows = [(1, "program", "P", induk), (2, "kegiatan", "K", induk), (3, "sub_kegiatan", "S1", 1_000.0),
            (4, "sub_kegiatan", "S2", 1_000.0), (5, "sub_kegiatan", "S3", 1_000.0)]
    return jumlah_tidak_cocok(EV, _rv(rows), TANPA_JUMLAH, **kw)


def _program(jumlah: float, **kw) -> pd.DataFrame:
    rows = [(1, "program", "P1", 1_000.0), (2, "sub_kegiatan", "S1", 1_000.0), (3, "program", "P2", 1_000.0),
            (4, "sub_kegiatan", "S2", 1_000.0), (5, "program", "P3", 1_000.0), (6, "sub_kegiatan", "S3", 1_000.0)]
    total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"], "nilai_rp": [jumlah], "baris_sumber": [17],
                          "no": pd.array([None], dtype="Int64")})
    return jumlah_tidak_cocok(EV, _rv(rows), total, **kw)


def test_parent_within_the_thousands_rounding_is_no_finding():
    assert _tiga(3_001.0, skala_lain_32=1000.0).empty
    t = _tiga(3_002.0, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and "dipotong (bukan dibulatkan)" in t["pesan"].iloc[0]
    # read as rupiah alone (scale known: rupiah), the Rp2 stays kritis
    assert _tiga(3_002.0)["tingkat"].astype(str).tolist() == ["kritis"]


def test_parent_beyond_both_readings_is_kritis_quoted_as_written():
    t = _tiga(3_010.0, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert (t["tabel"].iloc[0], int(t["baris_sumber"].iloc[0])) == (SISI, 12)
    assert t["pesan"].iloc[0] == ("Pagu kegiatan ini 3.010, tetapi jumlah rincian di bawahnya 3.000 (selisih 10); "
                                  "salah satunya keliru." + AKHIR)


def test_millions_named_as_the_second_reading():
    assert _tiga(3_010.0, skala_lain_32=1e6)["pesan"].iloc[0].endswith(
        "(rupiah, atau jutaan rupiah), dan selisihnya melebihi pembulatan angka-angkanya menurut kedua bacaan.")


def test_total_within_the_thousands_rounding_is_no_finding():
    assert _program(3_001.0, skala_lain_32=1000.0).empty
    t = _program(3_002.0, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["peringatan"] and "dipotong (bukan dibulatkan)" in t["pesan"].iloc[0]
    assert _program(3_002.0)["tingkat"].astype(str).tolist() == ["kritis"]


def test_total_beyond_both_readings_is_kritis_quoted_as_written():
    t = _program(3_010.0, skala_lain_32=1000.0)
    assert t["tingkat"].astype(str).tolist() == ["kritis"]
    assert t["pesan"].iloc[0] == ("Jumlah yang tercantum 3.010 berbeda dari jumlah pagu seluruh program 3.000."
                                  + AKHIR)


def ribuan_32(lines: list[str], potong: bool = False) -> list[str]:
    """The lines of a Renja with its Tabel 3.2's pagu cells (columns 6 and 11) in thousands, cut
    (``potong``) or rounded, and its header ``(Rp.000)`` written ``(Rp)``: a 3.2 of one of two scales."""
    import re

    s = next(i for i, line in enumerate(lines) if line.startswith("### 3.2"))
    e = next(i for i, line in enumerate(lines) if i > s and line.startswith("#"))
    out = list(lines)
    for i in range(s + 1, e):
        c = out[i].split("\t")
        for j in (5, 10):
            if j < len(c):
                c[j] = c[j].replace("(Rp.000)", "(Rp)")
                m = re.fullmatch(r"(<b>)?(\d{1,3}(?:,\d{3})+)(</b>)?", c[j].strip())
                if m:
                    v = int(m.group(2).replace(",", ""))
                    c[j] = f"{m.group(1) or ''}{v // 1000 if potong else round(v / 1000):,}{m.group(3) or ''}"
        out[i] = "\t".join(c)
    return out


def test_bundled_document_in_thousands_under_a_plain_header(tmp_path):
    # REV-AI AI8: the bundled PERUBAHAN document with Tabel 3.2's pagu cells (columns 6 and 11) cut to
    # thousands (3,297,585,325 -> 3,297,585) and its header '(Rp.000)' written '(Rp)': read as written, its
    # pagu about 0,001 of Tabel 2.2's, one of two scales. Program 1 (line 366) states 3,297,585; its
    # kegiatan, each cut (14,500,000 -> 14,500; 2,837,317,843 -> 2,837,317; 205,116,750 -> 205,116; ...),
    # sum 3,297,583: 2 units, within the rounding of its kegiatan under the thousands reading (old: kritis
    # on both sides, "selisih Rp2").
    from renja_analysis.config import DEFAULT_SOURCE
    from renja_analysis.load import load_document
    lines = ribuan_32(DEFAULT_SOURCE.read_text(encoding="utf-8").split("\n"), potong=True)
    path = tmp_path / "renja-perubahan-2024-dinkop-ukm-magetan.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = load_document(path)
    assert d.skala_review == 1.0 and abs(d.rasio_skala_review - 0.001) < 1e-4
    t = d.temuan
    t = t[(t["jenis"].astype(str) == "jumlah_tidak_cocok") & t["tabel"].astype(str).str.startswith("Tabel 3.2")]
    assert t.empty, t["pesan"].tolist()


def test_decimals_written_bound_the_tolerance_under_both_readings():
    # REV-BA BA2: a 3.2 of unknown scale whose cells are written to 0,01: K '205.49' over '102.50' + '102.00'
    # = 204.50 is 0.99 off, 99 units of 0,01. Rounding of two rows and their parent to 0,01 allows
    # floor(2 / 2) = 1 unit: 0,01. Read as rupiah: Rp0,99 off cells written to the sen; as thousands: Rp990 off
    # cells written to Rp10: wrong under both: kritis (before: within the rupiah reading's Rp1 floor, nothing)
    import numpy as np
    import pyarrow as pa

    from renja_analysis.tables.evaluation import SelTertulis

    def cek(induk: str) -> dict:
        teks = [induk, induk, "102.50", "102.00"]
        rows = [(1, "program", "P", float(induk)), (2, "kegiatan", "K", float(induk)),
                (3, "sub_kegiatan", "S1", 102.5), (4, "sub_kegiatan", "S2", 102.0)]
        t = jumlah_tidak_cocok(EV, _rv(rows), TANPA_JUMLAH, skala_lain_32=1000.0,
                               sel_32=SelTertulis(pa.array(teks), np.arange(11, 15)))
        return dict(zip(t["nama"], t["tingkat"].astype(str)))
    assert cek("205.49") == {"K": "kritis"}
    # 1 unit (0,01) off: within the rounding: nothing
    assert cek("204.51") == {}


def test_stated_total_with_decimals_bound_by_its_last_digit():
    # REV-BA BA2 for the stated totals: programs '1,000.50' x 3 (sum 3,001.50) and JUMLAH '3,002.49', 0.99 above:
    # the rounding of four cells to 0,01 allows floor(3 / 2) = 1 unit, 0,01 (cut: (-0,01, 0,03)): kritis under
    # both readings (before: within the rupiah reading's Rp1 floor, nothing); '3,001.51': nothing
    import numpy as np
    import pyarrow as pa

    from renja_analysis.tables.evaluation import SelTertulis

    rows = [(k, lv, f"{n}{k}", 1_000.5) for k in (1, 2, 3) for lv, n in (("program", "P"), ("sub_kegiatan", "S"))]
    for jumlah, harap in (("3,002.49", {"JUMLAH": "kritis"}), ("3,001.51", {})):
        total = pd.DataFrame({"sisi": ["hasil_analisis"], "label": ["JUMLAH"],
                              "nilai_rp": [float(jumlah.replace(",", ""))], "baris_sumber": [17],
                              "no": pd.array([None], dtype="Int64")})
        t = jumlah_tidak_cocok(EV, _rv([(i + 1, lv, n, v) for i, (_, lv, n, v) in enumerate(rows)]), total,
                               skala_lain_32=1000.0,
                               sel_32=SelTertulis(pa.array(["1,000.50"] * 6 + [jumlah]), np.arange(11, 18)))
        assert dict(zip(t["nama"], t["tingkat"].astype(str))) == harap
