"""Many documents at once: keys, statuses, one broken file, duplicates, engines."""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from renja_analysis.cli import main
from renja_analysis.config import DEFAULT_SOURCE
from renja_analysis.corpus import KUNCI, cari_sumber, load_corpus
from renja_analysis.keys import dokumen_id

TEXT = DEFAULT_SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def korpus_dir(tmp_path_factory):
    """The bundled document, another office in TW III, the same bytes again, a broken
    file, a README (skipped) and a hidden file (skipped)."""
    d = tmp_path_factory.mktemp("korpus")
    (d / "renja-perubahan-2024-dinkop-ukm-magetan.md").write_text(TEXT, encoding="utf-8")
    # the title page and the kata pengantar both name the other office (one naming another office
    # than the other is no office: sources.text.identitas)
    other = (TEXT.replace("**DINAS KOPERASI USAHA KECIL DAN MENENGAH**", "**DINAS PERDAGANGAN**")
             .replace("Perubahan Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan Tahun 2024",
                      "Perubahan Dinas Perdagangan Kabupaten Magetan Tahun 2024")
             .replace("Triwulan II", "Triwulan III").replace("TRIWULAN II", "TRIWULAN III"))
    (d / "disdag.md").write_text(other, encoding="utf-8")
    (d / "salinan.md").write_text(TEXT, encoding="utf-8")
    (d / "rusak.md").write_text("bukan dokumen renja\n", encoding="utf-8")
    (d / "README.md").write_text("# asal berkas\n", encoding="utf-8")
    (d / ".tersembunyi.md").write_text(TEXT, encoding="utf-8")
    # a document without a title page: keys from its file name, except the quarter its
    # captions still state (TW II)
    start = TEXT.index("**TABEL. 2.1**")
    (d / "renja-2025-tw1-dinas-pertanian.md").write_text(TEXT[start:], encoding="utf-8")
    return d


def test_sources_found(korpus_dir):
    names = [p.name for p in cari_sumber(korpus_dir)]
    assert names == sorted(["disdag.md", "renja-2025-tw1-dinas-pertanian.md",
                            "renja-perubahan-2024-dinkop-ukm-magetan.md", "rusak.md", "salinan.md"])


@pytest.mark.slow
def test_keys_statuses_and_tables(korpus_dir):
    k = load_corpus(korpus_dir, jobs=1)
    s = k.dokumen.set_index("dokumen")
    assert s["status"].to_dict() == {"disdag": "terbaca", "renja-2025-tw1-dinas-pertanian": "terbaca",
                                     "renja-perubahan-2024-dinkop-ukm-magetan": "terbaca", "rusak": "gagal",
                                     "salinan": "ganda"}
    assert s.loc["salinan", "sama_dengan"] == "renja-perubahan-2024-dinkop-ukm-magetan"
    assert "Tabel 2.2" in s.loc["rusak", "pesan"]
    d = s.loc["disdag"]
    assert (d["pemda"], d["instansi"], d["tahun"], d["jenis_dokumen"], d["triwulan"], d["kunci_dari"]) == \
        ("Kabupaten Magetan", "Dinas Perdagangan", 2024, "Renja Perubahan", 3, "dokumen")
    p = s.loc["renja-2025-tw1-dinas-pertanian"]
    assert (p["tahun"], p["jenis_dokumen"], p["triwulan"], p["instansi"]) == (2025, "Renja", 2, "Dinas Pertanian")
    # instansi, tahun and jenis come from the file name; no pemda is stated anywhere
    assert pd.isna(p["pemda"]) and p["kunci_dari"] == "nama berkas: instansi, tahun, jenis; tidak disebut: pemda"
    ev = k.tables["evaluasi"]
    assert list(ev.columns[:6]) == KUNCI
    assert ev.groupby("dokumen").size().to_dict() == {"disdag": 57, "renja-2025-tw1-dinas-pertanian": 57,
                                                     "renja-perubahan-2024-dinkop-ukm-magetan": 57}
    # the quarter read from the captions drives the expectation of each document
    harapan = ev.groupby("dokumen")["harapan_tw"].first().to_dict()
    assert harapan == {"disdag": 75.0, "renja-2025-tw1-dinas-pertanian": 50.0,
                       "renja-perubahan-2024-dinkop-ukm-magetan": 50.0}
    # a document's rows are its own, not doubled by its copy
    assert ev["pagu_rp"].sum() == 3 * ev[ev["dokumen"] == "disdag"]["pagu_rp"].sum()


def _digests(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_outputs_identical_for_every_engine(korpus_dir, tmp_path, capsys):
    outs = {}
    for name, extra in (("j1", ["--jobs", "1"]), ("j2", ["--jobs", "2"]), ("dask", ["--engine", "dask", "--jobs", "2"])):
        out = tmp_path / name
        assert main(["build", "--source", str(korpus_dir), "--out", str(out), "--quiet", *extra]) == 1
        outs[name] = _digests(out)
    assert outs["j1"] == outs["j2"] == outs["dask"]
    assert "dokumen/disdag/evaluasi.parquet" in outs["j1"] and "dokumen.csv" in outs["j1"]
    printed = capsys.readouterr().out
    assert "- rusak: GAGAL: " in printed and "3 dokumen terbaca, 1 gagal" in printed


@pytest.mark.slow
def test_exit_codes(korpus_dir, tmp_path, capsys):
    good = tmp_path / "baik"
    good.mkdir()
    (good / "a.md").write_text(TEXT, encoding="utf-8")
    (good / "b.md").write_text(TEXT.replace("PEMERINTAH KABUPATEN MAGETAN", "PEMERINTAH KOTA MADIUN"), encoding="utf-8")
    assert main(["build", "--source", str(good), "--out", str(tmp_path / "o1"), "--quiet", "--jobs", "1"]) == 0
    bad = tmp_path / "buruk"
    bad.mkdir()
    (bad / "x.md").write_text("x", encoding="utf-8")
    assert main(["build", "--source", str(bad), "--out", str(tmp_path / "o2"), "--quiet"]) == 2
    assert not (tmp_path / "o2").exists()
    assert main(["build", "--source", str(tmp_path / "kosong*"), "--out", str(tmp_path / "o3")]) == 2
    # several --source, and a glob
    assert main(["build", "--source", str(good / "a.md"), "--source", str(good / "b.md"),
                 "--out", str(tmp_path / "o4"), "--quiet", "--jobs", "1"]) == 0
    assert pd.read_csv(tmp_path / "o4" / "dokumen.csv")["pemda"].tolist() == ["Kabupaten Magetan", "Kota Madiun"]
    assert main(["build", "--source", str(good / "*.md"), "--out", str(tmp_path / "o5"), "--quiet", "--jobs", "1"]) == 0


@pytest.mark.slow  # a corpus of two whole bundled documents
def test_ids_are_stable_and_unique(tmp_path):
    assert dokumen_id("x/Renja 2024 (TW II).md") == "renja-2024-tw-ii"
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "renja.md").write_text(TEXT, encoding="utf-8")
    (b / "renja.md").write_text(TEXT.replace("TAHUN 2024", "TAHUN 2025", 1), encoding="utf-8")
    k = load_corpus([a, b], jobs=1)
    assert k.dokumen["dokumen"].tolist() == ["renja", "renja-2"]
    assert k.dokumen["tahun"].tolist() == [2024, 2025]


@pytest.mark.slow
def test_bundled_plus_the_synthetic_example_corpus():
    """The bundled document with the committed synthetic corpus (two offices, two quarters,
    one broken file): rows per document as planted (2 programs x (1 + 1 x (1 + 2)) = 8)."""
    from renja_analysis.config import KORPUS_CONTOH

    k = load_corpus([DEFAULT_SOURCE, KORPUS_CONTOH], jobs=1)
    s = k.dokumen.set_index("dokumen")
    assert s["status"].value_counts().to_dict() == {"terbaca": 4, "gagal": 1}
    assert s.loc["rusak", "status"] == "gagal"
    rows = k.tables["evaluasi"].groupby("dokumen").size().to_dict()
    assert rows == {"renja-perubahan-2024-dinkop-ukm-magetan": 57, "renja-2024-tw1-dinas-perdagangan": 8,
                    "renja-perubahan-2024-tw2-dinas-perdagangan": 8, "renja-perubahan-2024-tw2-dinas-pertanian": 8}
    keys = s.loc["renja-2024-tw1-dinas-perdagangan", ["pemda", "instansi", "tahun", "jenis_dokumen", "triwulan"]]
    assert keys.tolist() == ["Kabupaten Contoh", "Dinas Perdagangan", 2024, "Renja", 1]
    # the planted contradictions (tests/data/korpus/README.md) are found in their documents
    t = k.tables["temuan"]
    assert "persen_tidak_cocok" in set(t.loc[t["dokumen"] == "renja-perubahan-2024-tw2-dinas-perdagangan", "jenis"].astype(str))
    assert "jumlah_tidak_cocok" in set(t.loc[t["dokumen"] == "renja-perubahan-2024-tw2-dinas-pertanian", "jenis"].astype(str))


@pytest.mark.slow
def test_ids_never_collide_with_another_files_own_slug(tmp_path):
    # x.md and x.txt both slug to "x"; a third file is literally named x-2
    src = {"x.md": "renja-2024-tw1-dinas-perdagangan.md", "x.txt": "renja-perubahan-2024-tw2-dinas-perdagangan.md",
           "x-2.md": "renja-perubahan-2024-tw2-dinas-pertanian.md"}
    from renja_analysis.config import KORPUS_CONTOH
    for name, original in src.items():
        (tmp_path / name).write_bytes((KORPUS_CONTOH / original).read_bytes())
    k = load_corpus(tmp_path, jobs=1)
    assert sorted(k.dokumen["dokumen"]) == ["x", "x-2", "x-3"]
    assert k.tables["evaluasi"].groupby("dokumen").size().to_dict() == {"x": 8, "x-2": 8, "x-3": 8}
    assert k.tables["evaluasi"]["instansi"].value_counts().to_dict() == {"Dinas Perdagangan": 16, "Dinas Pertanian": 8}


def test_quarter_from_the_file_name_drives_the_expectation(tmp_path):
    from renja_analysis.config import KORPUS_CONTOH
    text = (KORPUS_CONTOH / "renja-perubahan-2024-tw2-dinas-pertanian.md").read_text(encoding="utf-8")
    for stated in ("TRIWULAN II", "triwulan II", "Triwulan II", "TW II", "TW 2"):
        text = text.replace(stated, "")
    (tmp_path / "renja-perubahan-2024-tw4-dinas-a.md").write_text(text, encoding="utf-8")
    k = load_corpus(tmp_path, jobs=1)
    assert k.dokumen["triwulan"].tolist() == [4]
    assert set(k.tables["evaluasi"]["harapan_tw"]) == {100.0}


def test_bad_jobs_and_unreachable_scheduler(tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as e:
        main(["build", "--source", str(tmp_path), "--jobs", "0"])
    assert e.value.code == 2 and "paling sedikit 1" in capsys.readouterr().err
    import distributed

    def unreachable(*a, **k):
        raise OSError("Timed out trying to connect")
    monkeypatch.setattr(distributed, "Client", unreachable)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text(TEXT, encoding="utf-8")
    (src / "b.md").write_text(TEXT.replace("TAHUN 2024", "TAHUN 2025", 1), encoding="utf-8")
    code = main(["build", "--source", str(src), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1",
                 "--out", str(tmp_path / "o"), "--quiet"])
    err = capsys.readouterr().err.strip().split("\n")
    assert code == 2 and err[-1].startswith("galat: ") and "penjadwal dask" in err[-1]


def test_a_document_folder_with_a_sipd_export_is_refused(tmp_path, capsys):
    from renja_analysis.config import ROOT

    (tmp_path / "renja.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "ekspor.json").write_bytes((ROOT / "tests" / "data" / "sipd" / "dinkes-contoh.json").read_bytes())
    assert main(["build", "--source", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "ekspor SIPD-RI dan dokumen lain" in err and "renja.md" in err


def test_a_file_name_naming_another_period_is_noted(tmp_path):
    """REV-F F12: a file named for 2024 TW II holding a 2023 document, another holding TW I: the
    keys are the text's, and one info finding each says the file name disagrees."""
    from renja_analysis.corpus import load_corpus
    from renja_analysis.synthetic import tulis_dokumen

    tulis_dokumen(tmp_path / "renja-perubahan-2024-tw2-dinsos.md", program=1, kegiatan_per_program=1,
                  sub_per_kegiatan=1, pemda="KABUPATEN MAGETAN", instansi="DINAS SOSIAL", tahun=2023, seed=3)
    tulis_dokumen(tmp_path / "renja-perubahan-2024-tw2-dishub.md", program=1, kegiatan_per_program=1,
                  sub_per_kegiatan=1, pemda="KABUPATEN MAGETAN", instansi="DINAS PERHUBUNGAN", triwulan=1, seed=4)
    tulis_dokumen(tmp_path / "renja-perubahan-2024-tw2-dinkes.md", program=1, kegiatan_per_program=1,
                  sub_per_kegiatan=1, pemda="KABUPATEN MAGETAN", instansi="DINAS KESEHATAN", seed=5)
    k = load_corpus(tmp_path, jobs=1)
    # ids in order: dinkes, dinsos, dishub
    assert k.dokumen[["tahun", "triwulan"]].values.tolist() == [[2024, 2], [2023, 2], [2024, 1]]
    t = k.tables["temuan"]
    beda = t[t["jenis"].astype(str) == "nama_berkas_beda"]
    assert beda[["dokumen", "tingkat", "pesan"]].astype(str).values.tolist() == [
        ["renja-perubahan-2024-tw2-dinsos", "info", "Nama berkas renja-perubahan-2024-tw2-dinsos.md menyebut "
         "tahun 2024, tetapi dokumennya menyebut tahun 2023; kunci dokumen diambil dari isinya."],
        ["renja-perubahan-2024-tw2-dishub", "info", "Nama berkas renja-perubahan-2024-tw2-dishub.md menyebut "
         "triwulan 2, tetapi dokumennya menyebut triwulan 1; kunci dokumen diambil dari isinya."]]
