"""``sources.base.lokasi`` built from the tables' parts (``_lokasi_tabel``: only the columns that change
from row to row; ``tabel``, ``halaman_tabel_dari`` and ``lengkap`` added once for every table) gives the
table it gave when each part carried every column and the whole was converted afterwards.

``_old_lokasi`` below is that former recipe, kept here on purpose as the test oracle (it is no longer
in the package); the hand-written cases are counted by hand from their fixtures."""
from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

from renja_analysis.sources.base import (
    KINDS,
    LOKASI,
    Row,
    SourceText,
    TableBlock,
    _lokasi_tabel,
    baris_tercetak,
    kelengkapan,
    lokasi,
    release_rows,
)


def _old_lokasi(src: SourceText) -> pd.DataFrame:
    """The former ``lokasi``: each table's part with its constants as columns, concatenated, then
    every column converted to its dtype."""
    frames = []
    for kind in KINDS:
        block = src.tables.get(kind)
        if block is None or not block.rows:
            continue
        tercetak = baris_tercetak(block)
        lengkap, _ = _old_kelengkapan(block)
        footers = sorted((line, page) for line, page in block.footers if page is not None)
        pages = []
        for line in tercetak["baris_sumber"].tolist():
            after = [page for at, page in footers if at > line]
            pages.append(after[0] if after else (footers[-1][1] + 1 if footers else None))
        frames.append(tercetak.drop(columns="berulang").assign(
            tabel=block.label, halaman_tabel_dari=block.segments, halaman_dokumen=pd.array(pages, dtype="Int64"),
            lengkap=pd.NA if lengkap is None else lengkap))
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=LOKASI)
    for col in ("tabel", "nomor", "kode", "penanda"):
        df[col] = df[col].astype("string")
    for col in ("baris_sumber", "baris_tabel", "halaman_tabel", "halaman_tabel_dari", "halaman_dokumen"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    df["lengkap"] = df["lengkap"].astype("boolean")
    return df[LOKASI]


def _old_kelengkapan(block: TableBlock):
    """The former count of the printed numbers (every row's number converted, not each distinct one)."""
    answer = kelengkapan(block)
    if answer[0] is None:
        return answer
    nums = sorted({int(n) for n in pd.to_numeric(baris_tercetak(block)["nomor"], errors="coerce").dropna()})
    if not nums:
        return None, answer[1]
    return (not (set(range(1, nums[-1] + 1)) - set(nums))), answer[1]


def _two_tables() -> SourceText:
    # Tabel 3.2 prints No: rows at lines 3 and 4 (page 1, numbered 1 and 3: No. 2 missing) and 9
    # (page 2, no number: "baris di atas ..." none below it on its page, so by its place); a footer at
    # line 6 states page 12. Tabel 2.2 prints neither: rows at lines 20 and 21, one page, no footer.
    t32 = TableBlock(kind="tabel_3_2", header=[["No", "Program"]], header_line=1, segments=2,
                     rows=[Row(3, ["1", "A"], 1), Row(4, ["3", "B"], 1), Row(9, ["", "C"], 2)],
                     footers=[(6, 12), (7, None)])
    t22 = TableBlock(kind="tabel_2_2", header=[["Program"]], header_line=19, segments=1,
                     rows=[Row(20, ["D"], 1), Row(21, ["E"], 1)])
    return SourceText(path=Path("x.md"), lines=[], tables={"tabel_3_2": t32, "tabel_2_2": t22})


def test_lokasi_by_hand():
    lok = lokasi(_two_tables())
    assert list(lok.columns) == LOKASI
    # document order: Tabel 2.2 (KINDS) before Tabel 3.2
    assert lok["tabel"].tolist() == ["Tabel 2.2"] * 2 + ["Tabel 3.2 (Review P-RKPD)"] * 3
    assert lok["baris_sumber"].tolist() == [20, 21, 3, 4, 9]
    assert lok["halaman_tabel_dari"].tolist() == [1, 1, 2, 2, 2]
    # 2.2 prints no numbers (NA); 3.2 misses No. 2 (False)
    assert lok["lengkap"].tolist() == [pd.NA, pd.NA, False, False, False]
    # no footer in 2.2; in 3.2 the footer at line 6 closes page 12, line 9 is after it: 13
    assert lok["halaman_dokumen"].tolist() == [pd.NA, pd.NA, 12, 12, 13]
    assert lok["penanda"].tolist() == ["baris ke-1", "baris ke-2", "No. 1", "No. 3", "baris terbaca ke-3"]
    assert {c: str(t) for c, t in lok.dtypes.items()} == {
        "baris_sumber": "Int64", "tabel": "string", "baris_tabel": "Int64", "nomor": "string", "kode": "string",
        "penanda": "string", "halaman_tabel": "Int64", "halaman_tabel_dari": "Int64", "halaman_dokumen": "Int64",
        "lengkap": "boolean"}


def test_a_part_holds_only_what_changes_from_row_to_row():
    src = _two_tables()
    part = _lokasi_tabel(src.tables["tabel_3_2"])
    assert list(part.columns) == ["baris_sumber", "halaman_tabel", "baris_tabel", "nomor", "kode", "penanda",
                                  "halaman_dokumen"]
    assert part["halaman_tabel"].tolist() == [1, 1, 2]
    release_rows(src, "tabel_3_2", "tabel_2_2")
    assert src.tables["tabel_3_2"].released.lokasi.equals(part)
    pd.testing.assert_frame_equal(lokasi(src), lokasi(_two_tables()), check_exact=True)


def test_no_rows_gives_the_typed_empty_table():
    empty = SourceText(path=Path("x.md"), lines=[], tables={})
    pd.testing.assert_frame_equal(lokasi(empty), _old_lokasi(empty), check_exact=True, check_index_type=True)


_FIRST = ["1", "2.", "3", "", "x", "\uff11\uff12", "10", "4", "No"]
_SECOND = ["2.17.01", "2.17.01.2.01", "X.XX.01.", "", "Nama", "\uff12.\uff11\uff17", "2017", "2.17.01.2.01.0001"]
_OTHER = ["URUSAN", "<b>URUSAN</b>", "900", "", "Program A", "1.000"]
_HEADERS = {"tabel_3_3": [["NO", "KODE", "PROGRAM"]], "tabel_3_2": [["No", "Program"]],
            "tabel_2_2": [["Program", "Indikator"]], "tabel_2_1": [["Kode", "Program"]]}


def _random_source(rng: random.Random) -> SourceText:
    tables, line = {}, 1
    for kind in rng.sample(sorted(_HEADERS), rng.randint(0, 4)):
        rows, page = [], 1
        for _ in range(rng.randint(1, 25)):
            if rng.random() < 0.2:
                page += 1
            width = rng.randint(1, 4)
            cells = [rng.choice(_FIRST), rng.choice(_SECOND)] + [rng.choice(_OTHER) for _ in range(2)]
            line += rng.randint(1, 3)
            rows.append(Row(line, cells[:width], page))
        footers = [(rng.randint(1, line), rng.choice([None, rng.randint(1, 30)])) for _ in range(rng.randint(0, 3))]
        tables[kind] = TableBlock(kind=kind, header=_HEADERS[kind], header_line=1, segments=page, rows=rows,
                                  footers=footers)
    return SourceText(path=Path("x.md"), lines=[], tables=tables)


@pytest.mark.parametrize("seed", range(40))
def test_lokasi_as_before_on_random_tables(seed):
    src = _random_source(random.Random(seed))
    expected = _old_lokasi(src)
    for block in src.tables.values():
        assert kelengkapan(block)[0] == _old_kelengkapan(block)[0]
    pd.testing.assert_frame_equal(lokasi(src), expected, check_exact=True)
    release_rows(src, *src.tables)
    pd.testing.assert_frame_equal(lokasi(src), expected, check_exact=True)
