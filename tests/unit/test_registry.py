"""The registry of finding types: every type emitted is registered, every rule derives from it.

The expected sets below are written by hand from what the modules held before the
registry (``summary.JENIS_SENGKETA``, ``narrative._sengketa``, ``document.JENIS_PERUBAHAN``,
``document.KONTRADIKSI``), so that moving them into the registry changes no behaviour.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from paket_ast import simpul

from renja_analysis import labels, report
from renja_analysis.findings import document, registry
from renja_analysis.findings.registry import (
    DAFTAR,
    JENIS_TEMUAN,
    MULAI,
    SELESAI,
    JenisTemuan,
    tabel_markdown,
    tulis_tabel,
)
from renja_analysis.present import narrative, summary

PACKAGE = Path(registry.__file__).resolve().parents[1]


def _emitted() -> set[tuple[str, str]]:
    """(jenis, tingkat) pairs written as literals where a finding is made: ``_rec("x", "kritis", ...)``,
    ``src.finding("x", "peringatan", ...)``, ``_rec("x", "kritis" if ... else "peringatan", ...)``,
    ``jenis, tingkat = "x", "info"`` and, for findings made by column, ``_temuan("x", np.where(c,
    "kritis", "peringatan"), ...)`` (two ``np.where`` of the same condition pair their branches)."""
    def where(node) -> bool:
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "where"
                and len(node.args) == 3)

    def strings(node) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return strings(node.body) + strings(node.orelse)
        if where(node):
            return strings(node.args[1]) + strings(node.args[2])
        return []

    def paired(jenis, tingkat) -> set[tuple[str, str]]:
        if where(jenis) and where(tingkat) and ast.dump(jenis.args[0]) == ast.dump(tingkat.args[0]):
            return paired(jenis.args[1], tingkat.args[1]) | paired(jenis.args[2], tingkat.args[2])
        return {(j, t) for j in strings(jenis) for t in strings(tingkat)}

    pairs = set()
    for path in PACKAGE.rglob("*.py"):
        for node in simpul(path):          # ast.walk of the file, parsed once per process (tests/paket_ast.py)
            if isinstance(node, ast.Call) and len(node.args) >= 2:
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("_rec", "finding", "_temuan"):
                    pairs |= paired(node.args[0], node.args[1])
            if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple)
                    and [getattr(e, "id", None) for e in node.targets[0].elts] == ["jenis", "tingkat"]
                    and isinstance(node.value, ast.Tuple)):
                jenis, tingkat = (strings(e) for e in node.value.elts)
                pairs |= {(j, t) for j in jenis for t in tingkat}
    return pairs


def test_every_type_written_in_the_code_is_registered_with_its_level():
    pairs = _emitted()
    # the scan finds what it should: types made in sources/, tables/, findings, periksa_sipd, rekonsiliasi
    assert {("baris_ganda", "kritis"), ("angka_ambigu", "info"), ("persen_tidak_cocok", "peringatan"),
            ("persen_tidak_cocok", "kritis"), ("keterangan_cocok", "info"), ("sipd_kode_ganda", "kritis"),
            ("dokumen_vs_sipd", "kritis"), ("keterangan_tidak_cocok", "peringatan"),
            ("serapan_tanpa_output", "kritis")} <= pairs
    unknown = sorted(j for j, _ in pairs if j not in JENIS_TEMUAN)
    assert unknown == []
    wrong = sorted((j, t) for j, t in pairs if t not in JENIS_TEMUAN[j].tingkat)
    assert wrong == []


@pytest.fixture(scope="module")
def outputs(bundled, bundled_magetan, sipd_pemda):
    # load_document(sipd=SIPD / "dinkop-ukm-magetan.json"), load_sipd(SIPD): tests/conftest.py
    return [bundled.temuan, bundled_magetan.temuan, sipd_pemda.temuan]


def test_every_finding_output_is_registered(outputs):
    for temuan in outputs:
        assert set(temuan["jenis"].cat.categories) <= set(JENIS_TEMUAN)
        for jenis, tingkat in temuan[["jenis", "tingkat"]].astype(str).drop_duplicates().itertuples(index=False):
            assert tingkat in JENIS_TEMUAN[jenis].tingkat, (jenis, tingkat)
    seen = set().union(*(set(t["jenis"].astype(str)) for t in outputs))
    # the bundled document and the SIPD fixtures show both families
    assert {"antar_tabel_tidak_cocok", "revisi_target", "dokumen_vs_sipd", "sipd_kode_ganda"} <= seen


def test_every_type_has_label_glossary_and_explanation():
    assert len(DAFTAR) >= 51                      # none of the 51 types of 2026-12 silently dropped
    for j in DAFTAR:
        assert j.label and "_" not in j.label and j.label[0].isupper()
        assert j.glosarium.endswith(".") and j.glosarium[0].isupper() and "_" not in j.glosarium
        assert j.penjelasan and "|" not in j.penjelasan
        assert all(t in j.teks_tingkat for t in j.tingkat)
    assert len({j.label for j in DAFTAR}) == len(DAFTAR)


def test_the_old_lists_derive_from_the_registry():
    assert document.JENIS_DOKUMEN[:3] == ["baris_tidak_terbaca", "baris_ganda", "nomor_tidak_urut"]
    assert "dokumen_bertentangan" in document.JENIS_DOKUMEN and len(document.JENIS_DOKUMEN) >= 34
    assert document.JENIS_SIPD[0] == "sipd_jumlah_tidak_cocok" and document.JENIS_SIPD[-1] == "dokumen_vs_sipd"
    assert len(document.JENIS_SIPD) >= 17
    assert document.JENIS == [j.kode for j in DAFTAR]
    assert document.TINGKAT == ["info", "peringatan", "kritis"]
    assert set(document.JENIS_PERUBAHAN) == {"revisi_target", "keterangan_cocok", "sipd_pagu_n_depan_berubah"}
    assert set(document.KONTRADIKSI) == {"persen_tidak_cocok", "jumlah_tidak_cocok", "antar_tabel_tidak_cocok",
                                         "selisih_tidak_cocok"}
    assert set(summary.JENIS_SENGKETA) == {"antar_tabel_tidak_cocok", "capaian_berlebih", "persen_tidak_cocok",
                                             "jumlah_tidak_cocok", "satuan_tidak_wajar", "serapan_berlebih"}
    assert labels.LABEL_JENIS_TEMUAN["angka_ambigu"] == "Angka ambigu yang dipastikan dengan bukti"
    assert list(labels.LABEL_JENIS_TEMUAN) == document.JENIS


def test_narasi_disputes_cells_of_the_column_types_only():
    import pandas as pd
    t = pd.DataFrame({"tingkat": ["kritis"] * 3, "jenis": ["antar_tabel_tidak_cocok", "persen_tidak_cocok",
                                                             "jumlah_tidak_cocok"],
                      "baris_sumber": [10, 11, 12], "kolom": ["realisasi_k", "capaian_k", "pagu_rp"],
                      "tabel": ["Tabel 2.2 vs Tabel 2.1", "Tabel 2.2", "Tabel 2.2"],
                      "nilai_hitung": [25.0, 80.0, 5.0]})
    assert list(narrative._sengketa(t)) == [(10, "realisasi_k")]


def test_a_wrong_entry_is_refused():
    with pytest.raises(ValueError):
        JenisTemuan("x", ("kritis", "info"), "X", "X.", "x")          # levels out of order
    with pytest.raises(ValueError):
        JenisTemuan("x", ("kritis",), "X", "X.", "x", sengketa="sel")


def test_markdown_table():
    lines = tabel_markdown().splitlines()
    assert lines[:2] == ["| jenis | what it checks | tingkat |", "|---|---|---|"]
    assert len(lines) == len(DAFTAR) + 2                 # one line per type, in the registry's order
    assert lines[2].startswith("| `baris_tidak_terbaca` | a line inside a table")
    assert [ln.split("`")[1] for ln in lines[2:]] == [j.kode for j in DAFTAR]
    assert lines[2 + document.JENIS.index("persen_tidak_cocok")] == ("| `persen_tidak_cocok` | a % the document states (capaian, serapan, Renstra progress in "
                         "Tabel 2.1 and 2.2) differs by more than 0.01 point from the one recomputed from the same "
                         "row; a serapan that is realisasi / the row's 3.2 P-APBD pagu (another value, 3.2's scale "
                         "known) rounded or truncated to its last written digit (`_pas`, the fit the vote on the "
                         "document's serapan base counts) was computed on that base: peringatan naming it, whatever "
                         "the difference (`findings.document._serapan_papbd`); a serapan cell is quoted as written "
                         "(its decimals: `35,93609%`, not `35,94%`; a written trailing 0 counts: `35,930%` is no "
                         "share of 35,93596 %, whose kritis says it is not the P-APBD share either, `_papbd_lain`) "
                         "| peringatan; "
                         "kritis from 5 points, except a serapan that is a share of the P-APBD pagu |")
    assert lines[-1].startswith("| `dokumen_vs_sipd` |") and lines[-1].endswith("| kritis / peringatan / info |")


def test_tulis_tabel_replaces_between_markers_only(tmp_path):
    p = tmp_path / "temuan.md"
    p.write_text(f"# Jenis temuan\n\nPengantar.\n\n{MULAI}\n| lama |\n{SELESAI}\n\nPenutup.\n", encoding="utf-8")
    assert tulis_tabel(p) is True
    text = p.read_text(encoding="utf-8")
    assert text == f"# Jenis temuan\n\nPengantar.\n\n{MULAI}\n{tabel_markdown()}{SELESAI}\n\nPenutup.\n"
    assert tulis_tabel(p) is False
    assert p.read_text(encoding="utf-8") == text
    assert registry.main([str(p)]) == 0


@pytest.mark.parametrize("text", ["tanpa penanda\n", f"{SELESAI}\n{MULAI}\n", f"{MULAI}\n{MULAI}\n{SELESAI}\n"])
def test_tulis_tabel_refuses_files_without_markers(tmp_path, text):
    p = tmp_path / "x.md"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        tulis_tabel(p)
    assert p.read_text(encoding="utf-8") == text


def test_glossary_lists_every_type(tmp_path):
    page = report.html.render_glosarium(tmp_path / "g.html").read_text(encoding="utf-8")
    assert 'id="temuan"' in page
    for j in DAFTAR:
        assert f'id="temuan-{j.kode}"' in page
    assert "<td>Peringatan, Kritis</td>" in page       # persen_tidak_cocok, among others
