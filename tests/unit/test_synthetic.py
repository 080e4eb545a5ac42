"""The synthetic document generator: documents of several sizes, both number
conventions and several identities read back with exactly the rows, totals and
identity planted, and the planted contradictions come out as findings (and no
other findings of those types)."""
from __future__ import annotations

import pytest
from conftest import first_fast

from renja_analysis import load_document
from renja_analysis.synthetic import KONTRADIKSI, tulis_dokumen, tulis_tsv

ALL = tuple(KONTRADIKSI)


def _read(tmp_path, name="renja.md", **kw):
    info = tulis_dokumen(tmp_path / name, **kw)
    return info, load_document(tmp_path / name, triwulan=info["triwulan"])


def _check_rows_and_totals(info, doc):
    ev = doc.evaluasi
    assert len(ev) == info["baris"]["tabel_2_2"]
    assert len(doc.tabel21) == info["baris"]["tabel_2_1"]
    assert len(doc.tujuan_sasaran) == info["baris"]["tabel_3_1"]
    assert (doc.review_rkpd["sisi"] == "hasil_analisis").sum() == info["baris"]["tabel_3_2"]
    assert len(doc.rencana) == info["baris"]["tabel_3_3"]
    assert ev["level"].astype(str).value_counts().to_dict() == info["level"]
    prog = ev[ev["level"] == "program"]
    assert float(prog["pagu_rp"].sum()) == info["total"]["pagu_rp"]
    assert float(prog["realisasi_rp"].sum()) == info["total"]["realisasi_rp"]
    rv = doc.review_rkpd
    hasil = rv[(rv["sisi"] == "hasil_analisis") & (rv["level"] == "program")]
    assert float(hasil["pagu_rp"].sum()) == info["total"]["pagu_papbd_rp"]
    # every row of every table found its partner
    assert doc.tabel21["urutan_evaluasi"].notna().all()
    assert ev["kode"].notna().all()
    assert set(doc.pergeseran["kecocokan"].astype(str)) == {"cocok"}
    assert doc.pembacaan["terbaca_utuh"].all()


def _check_findings(info, doc):
    t = doc.temuan
    for jenis in KONTRADIKSI.values():
        planted = {(p["tabel"], p["baris_sumber"], p["kolom"]) for p in info["kontradiksi"] if p["jenis"] == jenis}
        found = t[t["jenis"] == jenis]
        assert {(r.tabel, r.baris_sumber, r.kolom) for r in found.itertuples()} == planted, jenis
    for p in info["kontradiksi"]:
        if "baris_pembanding" in p:
            hit = t[(t["jenis"] == p["jenis"]) & (t["baris_sumber"] == p["baris_sumber"])]
            assert hit["baris_pembanding"].tolist() == [p["baris_pembanding"]]


# one read a case: the cases at `fast` in make unit, all in make test (conftest.first_fast)
@pytest.mark.parametrize("konvensi", ["en", "id"])
@pytest.mark.parametrize("size, seed", first_fast([((1, 1, 1), 0), ((3, 2, 3), 1), ((6, 3, 4), 2)], fast=(1,)))
def test_rows_totals_and_planted_contradictions(tmp_path, konvensi, size, seed):
    program, kegiatan, sub = size
    # a document of 1-1-1 has one kegiatan and one sub kegiatan: room for two contradictions
    kontradiksi = ALL if program * kegiatan * sub >= 6 else ("jumlah", "selisih")
    info, doc = _read(tmp_path, program=program, kegiatan_per_program=kegiatan, sub_per_kegiatan=sub,
                      konvensi=konvensi, kontradiksi=kontradiksi, seed=seed, halaman=5)
    # by hand: program * (1 + kegiatan * (1 + sub)) rows
    assert info["baris"]["tabel_2_2"] == program * (1 + kegiatan * (1 + sub))
    _check_rows_and_totals(info, doc)
    _check_findings(info, doc)
    assert [p["kontradiksi"] for p in info["kontradiksi"]] == list(kontradiksi)


def test_a_document_without_contradictions_has_none_of_those_findings(tmp_path):
    info, doc = _read(tmp_path, program=4, kontradiksi=(), seed=5)
    assert info["kontradiksi"] == []
    assert not doc.temuan["jenis"].isin(list(KONTRADIKSI.values())).any()
    # nor percentages, sums or the same row in two tables that disagree by accident
    assert not doc.temuan["jenis"].isin(["revisi_target", "nilai_negatif", "serapan_berlebih"]).any()


def test_a_kind_planted_twice_gives_two_findings(tmp_path):
    info, doc = _read(tmp_path, program=3, kontradiksi=("persen", "persen", "realisasi_21"), seed=7)
    lines = {p["baris_sumber"] for p in info["kontradiksi"] if p["jenis"] == "persen_tidak_cocok"}
    assert len(lines) == 2
    _check_findings(info, doc)


def test_identity_title_page_and_captions(tmp_path):
    info, doc = _read(tmp_path, program=2, pemda="KOTA BATU", instansi="BADAN PERENCANAAN DAERAH",
                      tahun=2031, triwulan=3, perubahan=False, seed=3)
    assert doc.identitas == info["identitas"] == {
        "judul": "RENCANA KERJA TAHUN 2031", "pemerintah": "PEMERINTAH KOTA BATU",
        "instansi": "BADAN PERENCANAAN DAERAH", "tanggal": "Oktober 2031"}
    text = (tmp_path / "renja.md").read_text(encoding="utf-8")
    assert "s.d. TW III" in text and "(Tahun 2031)" in text
    assert doc.triwulan == 3 and info["triwulan"] == 3


def test_page_headers_every_halaman_rows(tmp_path):
    # 2 programs of 1 + 2 * (1 + 3) = 9 rows: 18 rows, 5 per page -> 4 pages per table
    info, doc = _read(tmp_path, program=2, halaman=5, seed=1)
    pages = doc.pembacaan.set_index("tabel")["halaman"]
    assert pages["Tabel 2.2"] == pages["Tabel 2.1"] == pages["Tabel 3.2 (Review P-RKPD)"] == 4
    assert pages["Tabel 3.1"] == 1


def test_both_number_conventions_are_written(tmp_path):
    tulis_dokumen(tmp_path / "en.md", program=1, seed=4)
    tulis_dokumen(tmp_path / "id.md", program=1, konvensi="id", seed=4)
    en = (tmp_path / "en.md").read_text(encoding="utf-8")
    idn = (tmp_path / "id.md").read_text(encoding="utf-8")
    line_en = next(ln for ln in en.split("\n") if ln.startswith("<b>PROGRAM") and ln.count("\t") == 11
                   and "Rp" not in ln and "," in ln)
    line_id = next(ln for ln in idn.split("\n") if ln.startswith("<b>PROGRAM") and ln.count("\t") == 11
                   and "." in ln and "," in ln)
    assert "," in line_en.split("\t")[4] and "." in line_id.split("\t")[4]        # 1,234,567 / 1.234.567
    a = load_document(tmp_path / "en.md").evaluasi
    b = load_document(tmp_path / "id.md").evaluasi
    assert a["pagu_rp"].tolist() == b["pagu_rp"].tolist()
    # the stated percentages differ only by the Indonesian rounding to two decimals
    diff = (a["serapan_rp_dokumen"] - b["serapan_rp_dokumen"]).abs()
    assert float(diff.max()) <= 0.005


def test_same_seed_same_bytes_other_seed_other_document(tmp_path):
    for name, seed in (("a.md", 9), ("b.md", 9), ("c.md", 10)):
        tulis_dokumen(tmp_path / name, program=3, kontradiksi=ALL, seed=seed)
    a, b, c = ((tmp_path / n).read_bytes() for n in ("a.md", "b.md", "c.md"))
    assert a == b and a != c


def test_unknown_kind_or_too_small_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown kontradiksi"):
        tulis_dokumen(tmp_path / "x.md", kontradiksi=["salah"])
    with pytest.raises(ValueError, match="too small"):
        tulis_dokumen(tmp_path / "x.md", program=1, kegiatan_per_program=1, kontradiksi=["jumlah", "jumlah"])
    with pytest.raises(ValueError, match="konvensi"):
        tulis_dokumen(tmp_path / "x.md", konvensi="fr")


def test_tsv_holds_the_same_rows(tmp_path):
    import pandas as pd

    paths = tulis_tsv(tmp_path, program=2, seed=2)
    info = tulis_dokumen(tmp_path / "r.md", program=2, seed=2)
    doc = load_document(tmp_path / "r.md")
    t22 = pd.read_csv(paths["tabel_2_2"], sep="\t")
    assert len(t22) == info["baris"]["tabel_2_2"]
    assert t22.iloc[:, 4].tolist() == doc.evaluasi["pagu_rp"].tolist()        # pagu, plain numbers
    assert {k: len(pd.read_csv(p, sep="\t")) for k, p in paths.items()} == {
        "tabel_2_1": 18, "tabel_2_2": 18, "tabel_3_2": 18, "tabel_3_3": 18}


@pytest.mark.slow
def test_ten_thousand_rows_read_back_exactly(tmp_path):
    """Correctness at the benchmark's size (not a timing): 100 programs of 9 kegiatan
    of 10 sub kegiatan = 100 * (1 + 9 * 11) = 10,000 rows per table."""
    info, doc = _read(tmp_path, program=100, kegiatan_per_program=9, sub_per_kegiatan=10,
                      kontradiksi=ALL * 2, seed=0)
    assert info["baris"]["tabel_2_2"] == 10_000
    assert info["level"] == {"program": 100, "kegiatan": 900, "sub_kegiatan": 9000}
    _check_rows_and_totals(info, doc)
    _check_findings(info, doc)
