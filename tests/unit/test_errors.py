"""Bad input gets a RenjaParseError naming file, line and cell; the CLI exits 2
and leaves existing outputs untouched."""
import hashlib

import pytest

from renja_analysis import RenjaParseError, load_document
from renja_analysis.cli import main

ROW = "Penyediaan Bahan Logistik Kantor\tJumlah Paket Bahan Logistik Kantor yang Disediakan\t4\tPaket\t15,000,000\t2"


def _variant(tmp_path, text):
    path = tmp_path / "rusak.md"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text, needle):
    return next(i for i, ln in enumerate(text.split("\n"), start=1) if ln.startswith(needle))


def test_non_numeric_pagu(tmp_path, bundled_text):
    assert ROW in bundled_text
    path = _variant(tmp_path, bundled_text.replace(ROW, ROW.replace("15,000,000", "lima belas juta")))
    with pytest.raises(RenjaParseError) as err:
        load_document(path)
    e = err.value
    assert e.path == path
    assert e.line == _line_of(bundled_text, ROW)
    assert "pagu_rp" in e.cell and "kolom 5" in e.cell
    assert e.found == "lima belas juta"
    assert "Tabel 2.2" in e.message


def test_row_with_wrong_number_of_cells(tmp_path, bundled_text):
    broken = ROW.replace("\tPaket\t15,000,000", "\t15,000,000")
    path = _variant(tmp_path, bundled_text.replace(ROW, broken))
    with pytest.raises(RenjaParseError, match="jumlah sel") as err:
        load_document(path)
    assert err.value.line == _line_of(bundled_text, ROW)
    # the satuan cell is missing, the cells after it shifted: "Paket" lands in realisasi K
    assert "12 sel" in err.value.expected and err.value.found.startswith("11 sel; sel ke-6")


def test_non_numeric_target_in_review(tmp_path, bundled_text):
    old = "Penyediaan Peralatan Rumah Tangga\tKab Magetan\tJumlah Paket Peralatan Rumah Tangga yang Disediakan\t3\t4,500,000"
    assert old in bundled_text
    path = _variant(tmp_path, bundled_text.replace(old, old.replace("\t3\t", "\ttiga\t"), 1))
    with pytest.raises(RenjaParseError) as err:
        load_document(path)
    assert err.value.line == _line_of(bundled_text, "12\tPenyediaan Peralatan Rumah Tangga")
    assert err.value.found == "tiga"


@pytest.mark.slow  # CLI builds
def test_cli_reports_one_line_exits_2_and_keeps_outputs(tmp_path, bundled_text, capsys):
    out = tmp_path / "processed"
    assert main(["build", "--out", str(out)]) == 0
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()}
    bad = _variant(tmp_path, bundled_text.replace(ROW, ROW.replace("15,000,000", "x")))
    capsys.readouterr()
    assert main(["build", "--source", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().split("\n")
    assert len(err) == 1 and err[0].startswith("galat: ") and "rusak.md" in err[0]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()}
    assert after == before


def test_cli_not_a_renja_and_missing_file(tmp_path, capsys):
    text = tmp_path / "bukan.md"
    text.write_text("hanya teks\n", encoding="utf-8")
    assert main(["build", "--source", str(text), "--out", str(tmp_path / "o")]) == 2
    assert "bukan dokumen Renja" in capsys.readouterr().err
    assert main(["build", "--source", str(tmp_path / "hilang.md"), "--out", str(tmp_path / "o")]) == 2
    assert "hilang.md: berkas tidak ada" in capsys.readouterr().err
    assert not (tmp_path / "o" / "evaluasi.csv").exists()
