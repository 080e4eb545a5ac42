"""Findings built by column (``findings.document._temuan`` and its helpers) against the per-row
code they replaced: hand-derived cases, then the old per-row functions, kept here on purpose as
test oracles only, on seeded random tables."""
import random

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from renja_analysis.findings import document as f
from renja_analysis.numbers import format_persen, format_perubahan, format_rupiah
from renja_analysis.tables._common import teks_di

# --- the replaced per-row code (oracles; not in the package any more) ------------------------


def _sekali(func):
    memo: dict = {}

    def once(v):
        if type(v) is not float or not v or v != v:
            return func(v)
        text = memo.get(v)
        if text is None:
            text = memo[v] = func(v)
        return text
    return once


def keterangan_lama(evaluasi, pergeseran, toleransi=f.TOLERANSI_RP):
    announced = f.perubahan_dari_keterangan(evaluasi["keterangan"])
    shift = pergeseran[["baris_evaluasi", "selisih_rp", "baris_review"]].dropna(subset=["baris_evaluasi"]
                                                                             ).set_index("baris_evaluasi")
    has = announced.notna().to_numpy(dtype=bool)
    rows = evaluasi[has]
    records = []
    ubah = _sekali(format_perubahan)
    for baris, nama, a, actual, other in zip(
            *f._cols(rows, "baris_sumber", "nama"), announced[has].tolist(),
            rows["baris_sumber"].map(shift["selisih_rp"]).tolist(),
            rows["baris_sumber"].map(shift["baris_review"]).tolist()):
        if pd.isna(actual):
            jenis, tingkat = "keterangan_tidak_cocok", "peringatan"
            pesan = (f"Keterangan menyebut pagu {ubah(a)}, tetapi baris ini tidak "
                     "ditemukan di Review P-RKPD (3.2) untuk dibandingkan." if len(pergeseran) else
                     f"Keterangan menyebut pagu {ubah(a)}, tetapi dokumen tidak memuat pagu P-APBD "
                     "(Review P-RKPD, 3.2) untuk dibandingkan.")
        elif abs(actual - a) <= toleransi:
            jenis, tingkat = "keterangan_cocok", "info"
            pesan = f"Keterangan menyebut pagu {ubah(a)}; dari APBD ke P-APBD pagu memang {ubah(actual)}."
        else:
            jenis, tingkat = "keterangan_tidak_cocok", "peringatan"
            pesan = (f"Keterangan menyebut pagu {ubah(a)}, tetapi dari APBD ke "
                     f"P-APBD pagu {ubah(actual)}; keterangan atau pagu perlu diperbaiki.")
        records.append(f._rec(jenis, tingkat, f"{f._TABEL_22} vs {f._REVIEW}", baris, nama, "keterangan", a,
                              actual, pesan, pembanding=other))
    return f._frame(records)


def serapan_tanpa_output_lama(evaluasi, batas_kritis=75.0):
    sub = evaluasi[(evaluasi["level"].astype(str) == "sub_kegiatan").to_numpy(dtype=bool)
                   & (f.realisasi_dinilai(evaluasi["realisasi_rp"]) > 0).to_numpy(dtype=bool)
                   & (f.realisasi_dinilai(evaluasi["realisasi_k"]) == 0).to_numpy(dtype=bool)]
    return f._frame([f._rec(
        "serapan_tanpa_output", "kritis" if pd.notna(ser) and ser >= batas_kritis else "peringatan", f._TABEL_22,
        baris, nama, "realisasi_k", real_k, ser,
        f"Anggaran sudah terserap {format_persen(ser)} ({format_rupiah(real_rp)}) tetapi realisasi kinerja "
        + ("masih 0" if pd.notna(real_k) else "kosong (tidak dilaporkan, dinilai 0)")
        + (f"; keterangan: \u201c{ket}\u201d." if pd.notna(ket) else
           "; minta penjelasan output yang sudah dihasilkan."))
        for baris, nama, real_k, ser, real_rp, ket in zip(*f._cols(
            sub, "baris_sumber", "nama", "realisasi_k", "serapan_rp", "realisasi_rp", "keterangan"))])


# --- hand-derived ----------------------------------------------------------------------------

def test_temuan_is_the_frame_of_the_same_records():
    t = f._temuan(np.array(["keterangan_cocok", "keterangan_tidak_cocok"]), np.array(["info", "peringatan"]),
                  "Tabel 2.2 vs Tabel 3.2", pd.Series([7, 8], dtype="Int64"), pd.Series(["A", None], dtype="string"),
                  "keterangan", pd.Series([1.5, float("nan")]), [None, 2], pa.array(["x", "y"], pa.large_string()),
                  pembanding=pd.Series([70.0, None]))
    old = f._frame([f._rec("keterangan_cocok", "info", "Tabel 2.2 vs Tabel 3.2", 7, "A", "keterangan", 1.5, None,
                           "x", pembanding=70),
                    f._rec("keterangan_tidak_cocok", "peringatan", "Tabel 2.2 vs Tabel 3.2", 8, None, "keterangan",
                           None, 2, "y", pembanding=None)])
    pd.testing.assert_frame_equal(t, old)
    assert t["nilai_dokumen"].isna().tolist() == [False, True]       # NaN is missing, as _rec makes it
    assert t["pesan"].array._pa_array.type == old["pesan"].array._pa_array.type == pa.large_string()
    pd.testing.assert_frame_equal(f._temuan("nilai_negatif", "kritis", "T", [], [], "k", [], [], []), f.empty())


def test_sambung_and_teks_pilih():
    a = pa.array(["5", None, "7"], pa.large_string())
    assert f._sambung("Rp", a, ",-").to_pylist() == ["Rp5,-", None, "Rp7,-"]
    assert f._teks_pilih(np.array([True, False, True]), a, pa.array(["a", "b", "c"], pa.large_string())
                         ).to_pylist() == ["5", "b", "7"]


def test_teks_kategori_and_teks_di_are_astype_str():
    rng = random.Random(5)
    cats = ["program", "kegiatan", "sub_kegiatan", "dinas"]
    for _ in range(30):
        s = pd.Series([rng.choice(cats + [None]) for _ in range(rng.randint(0, 40))], dtype="category")
        want = s.astype(str)
        got = f._teks_kategori(s)
        assert [x if isinstance(x, str) else "NaN" for x in got.tolist()] == \
            [x if isinstance(x, str) else "NaN" for x in want.tolist()]
        names = rng.sample(cats, rng.randint(0, 3))
        assert teks_di(s, names).tolist() == want.isin(names).tolist()
        assert teks_di(s.astype(object), names).tolist() == want.isin(names).tolist()
    # by hand: a missing cell is in no list and equals no text
    assert teks_di(pd.Series([None, "dinas"], dtype="category"), ("dinas",)).tolist() == [False, True]


def test_serapan_tanpa_output_message_by_hand():
    ev = pd.DataFrame({"level": pd.Categorical(["sub_kegiatan", "sub_kegiatan", "kegiatan"]),
                       "nama": pd.array(["A", "B", "C"], dtype="string"),
                       "realisasi_k": pd.array([0.0, None, 0.0], dtype="Float64"),
                       "realisasi_rp": pd.array([80_000.0, 1_234_567.0, 5.0], dtype="Float64"),
                       "serapan_rp": pd.array([80.0, 12.345, 5.0], dtype="Float64"),
                       "keterangan": pd.array(["Lelang", None, None], dtype="string"),
                       "baris_sumber": pd.array([5, 6, 7], dtype="Int64")})
    t = f.serapan_tanpa_output(ev)
    assert t["tingkat"].tolist() == ["kritis", "peringatan"]          # 80 >= 75; 12,345 below
    assert t["pesan"].tolist() == [
        "Anggaran sudah terserap 80,00% (Rp80.000) tetapi realisasi kinerja masih 0; keterangan: \u201cLelang\u201d.",
        "Anggaran sudah terserap 12,35% (Rp1.234.567) tetapi realisasi kinerja kosong (tidak dilaporkan, dinilai 0)"
        "; minta penjelasan output yang sudah dihasilkan."]


# --- differential, seeded random tables ------------------------------------------------------

def _random_evaluasi(rng: random.Random, n: int, arrow: bool) -> pd.DataFrame:
    def amount():
        return rng.choice([None, 0.0, -0.0, float(rng.randint(-10**9, 10**9)), float(rng.randint(1, 10**9)),
                           rng.uniform(0, 1e12), round(rng.uniform(-1e6, 1e6), 2), 1e15, 2.0**53, float("nan")])

    words = ["Penambahan", "Pengurangan", "tambah", "kurang", "Dilaksanakan"]
    ket = [rng.choice([None, "Lelang ulang", f"{rng.choice(words)} Rp {rng.randint(0, 10**7):,}".replace(",", "."),
                       f"{rng.choice(words)} anggaran Rp.{rng.randint(1, 999)}.000,-"]) for _ in range(n)]
    df = pd.DataFrame({
        "level": pd.Categorical([rng.choice(["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", None])
                                 for _ in range(n)]),
        "nama": [rng.choice(["A", "B \u201cx\u201d", None, "Nama panjang"]) for _ in range(n)],
        "realisasi_k": [rng.choice([None, 0.0, 2.0, 0.5]) for _ in range(n)],
        "realisasi_rp": [amount() for _ in range(n)],
        "serapan_rp": [rng.choice([None, 75.0, 74.995, rng.uniform(0, 200), float("nan")]) for _ in range(n)],
        "keterangan": ket,
        "baris_sumber": rng.sample(range(10, 10 + 3 * n), n),
    })
    if arrow:
        df = df.astype({"nama": "string", "keterangan": "string", "realisasi_k": "Float64", "realisasi_rp": "Float64",
                        "serapan_rp": "Float64", "baris_sumber": "Int64"})
    return df


@pytest.mark.parametrize("seed", range(6))
def test_keterangan_and_serapan_tanpa_output_as_the_per_row_code(seed):
    rng = random.Random(seed)
    ev = _random_evaluasi(rng, rng.randint(0, 60), arrow=seed % 3 != 0)
    lines = ev["baris_sumber"].tolist()
    picked = rng.sample(lines, len(lines) // 2) + [None]
    said = dict(zip(lines, f.perubahan_dari_keterangan(ev["keterangan"]).tolist()))
    # the change the keterangan announces (within the tolerance, or not) or another one
    selisih = [rng.choice([None, 0.0, float(rng.randint(-10**7, 10**7)), rng.uniform(-1e6, 1e6)])
               if pd.isna(said.get(b)) or rng.random() < 0.3 else said[b] + rng.choice([0.0, 0.5, -1.0, 2.0])
               for b in picked]
    pg = pd.DataFrame({"baris_evaluasi": pd.array(picked, dtype="Int64"),
                       "selisih_rp": pd.array(selisih, dtype="Float64"),
                       "baris_review": pd.array([rng.randint(500, 900) for _ in picked], dtype="Int64")})
    found = f.keterangan_tidak_cocok(ev, pg)
    assert len(ev) < 20 or found["jenis"].nunique() == 2 and len(f.serapan_tanpa_output(ev))    # both ways seen
    for pergeseran in (pg, pg.iloc[:0]):
        pd.testing.assert_frame_equal(f.keterangan_tidak_cocok(ev, pergeseran), keterangan_lama(ev, pergeseran))
    pd.testing.assert_frame_equal(f.serapan_tanpa_output(ev), serapan_tanpa_output_lama(ev))


def teks_rujukan_per_baris(baris, lokasi):
    """``findings.document.teks_rujukan`` written out line by line (oracle: the text is joined by
    Arrow column by column; before, by pandas string operations)."""
    import re

    from renja_analysis.sources.base import TIDAK_LENGKAP

    first = {}
    for row in lokasi.to_dict("records"):
        first.setdefault(row["baris_sumber"], row)

    def ada(v):
        return v is not None and not pd.isna(v)

    out = []
    for b in baris.tolist():
        if not ada(b):
            out.append(None)
            continue
        teks, row = f"baris teks {b}", first.get(b)
        get = (lambda name, row=row: row.get(name) if row is not None and ada(row.get(name)) else None)
        tabel = re.sub(r" \(.*\)$", "", get("tabel")) if get("tabel") else None
        penanda = get("penanda") or (f"baris ke-{get('baris_tabel')}" if get("baris_tabel") is not None else None)
        kode = f"kode {get('kode')}; " if get("nomor") is not None and get("kode") is not None else ""
        tidak_lengkap = get("lengkap") is not None and not get("lengkap")
        hal, dari = get("halaman_tabel"), get("halaman_tabel_dari")
        if get("halaman_dokumen") is not None:
            halaman = f"halaman {get('halaman_dokumen')}"
        elif tidak_lengkap:
            halaman = f"potongan teks ke-{hal} dari {dari}" if hal is not None and dari is not None else None
        else:
            halaman = f"halaman ke-{hal} tabel" if hal is not None else None
        catatan = f"; {TIDAK_LENGKAP}" if tidak_lengkap else ""
        out.append(teks if None in (tabel, penanda, halaman) else
                   f"{tabel} {penanda} ({kode}{halaman}; {teks}{catatan})")
    return pd.Series(out, index=baris.index, dtype="string")


@pytest.mark.parametrize("seed", range(4))
def test_teks_rujukan_as_written_line_by_line(seed):
    rng = random.Random(seed)
    n = rng.randint(40, 80)

    def maybe(v, p=0.25):
        return None if rng.random() < p else v

    lokasi = pd.DataFrame({
        "baris_sumber": pd.array([rng.randint(1, 60) for _ in range(n)], dtype="Int64"),
        "tabel": pd.array([maybe(rng.choice(["Tabel 2.2", "Tabel 3.2 (Review P-RKPD)", "Tabel 3.3 (Rencana (x))"]))
                           for _ in range(n)], dtype="string"),
        "baris_tabel": pd.array([maybe(rng.randint(1, 99)) for _ in range(n)], dtype="Int64"),
        "nomor": pd.array([maybe(str(rng.randint(1, 9))) for _ in range(n)], dtype="string"),
        "kode": pd.array([maybe("2.17.0" + str(rng.randint(1, 9))) for _ in range(n)], dtype="string"),
        "penanda": pd.array([maybe(rng.choice(["No. 5", "kode 2.17", "baris ke-3"]), 0.5) for _ in range(n)],
                            dtype="string"),
        "halaman_tabel": pd.array([maybe(rng.randint(1, 5)) for _ in range(n)], dtype="Int64"),
        "halaman_tabel_dari": pd.array([maybe(rng.randint(5, 9)) for _ in range(n)], dtype="Int64"),
        "halaman_dokumen": pd.array([maybe(rng.randint(1, 40), 0.6) for _ in range(n)], dtype="Int64"),
        "lengkap": pd.array([maybe(rng.random() < 0.5) for _ in range(n)], dtype="boolean"),
    })
    if seed == 3:
        lokasi = lokasi.drop(columns=["baris_tabel", "lengkap"])         # an older lokasi: columns missing
    lines = pd.Series([maybe(rng.randint(1, 70), 0.1) for _ in range(rng.randint(40, 80))], dtype="Int64")
    lines.index = range(100, 100 + len(lines))              # the answer keeps the rows' index
    got, want = f.teks_rujukan(lines, lokasi), teks_rujukan_per_baris(lines, lokasi)
    pd.testing.assert_series_equal(got, want)
    # every form is met: a printed page, a cut of a table incomplete in the text, a code, a line alone
    if seed < 3:
        for part in (r"halaman \d", "potongan teks ke-", "tidak lengkap", r"\(kode ", "baris ke-"):
            assert got.str.contains(part).any(), part
    assert got.str.match(r"baris teks \d+$").any() and got.isna().any() == lines.isna().any()


def perubahan_lama(keterangan):
    """``findings.document.perubahan_dari_keterangan`` reading every text's match back into the
    whole column (oracle: only the texts searched are read now)."""
    text = keterangan.astype("string")
    maybe = text.str.contains("rp", case=False, regex=False).fillna(False).to_numpy(dtype=bool)
    found = text[maybe].str.extract(f.POLA_PERUBAHAN).reindex(text.index)
    amount = found["nilai"].str.rstrip(".,").map(lambda s: f.parse_number(s) if isinstance(s, str) else None,
                                                   na_action="ignore")
    kurang = found["arah"].str.lower().str.contains("urang").fillna(False).astype(bool)
    sign = pd.Series(np.where(kurang, -1.0, 1.0), index=found.index, dtype="Float64")
    return (pd.to_numeric(amount).astype("Float64") * sign).rename("perubahan_rp")


@pytest.mark.parametrize("seed", range(4))
def test_perubahan_dari_keterangan_as_before(seed):
    rng = random.Random(seed)
    words = ["Penambahan", "pengurangan", "TAMBAH", "kurangnya", "Dilaksanakan", "rapat"]
    cells = [rng.choice([None, "Rapat RPJMD", f"{rng.choice(words)} Rp {rng.randint(0, 10**7)}",
                         f"{rng.choice(words)} anggaran rp.{rng.randint(1, 999)}.000,- dari SPPD",
                         f"Rp 5.000 {rng.choice(words)}", "Berkurang Rp 0"]) for _ in range(rng.randint(0, 60))]
    s = pd.Series(cells, dtype="string" if seed % 2 else object, index=rng.sample(range(500), len(cells)))
    got = f.perubahan_dari_keterangan(s)
    pd.testing.assert_series_equal(got, perubahan_lama(s))
    assert len(cells) < 10 or got.notna().any() and (got < 0).any()
    # by hand: "Pengurangan Rp 0" is a change of -0.0; "Rp 5.000 Penambahan" announces nothing (the
    # amount comes before the word)
    hand = f.perubahan_dari_keterangan(pd.Series(["Pengurangan Rp 0", "Rp 5.000 Penambahan", "Penambahan Rp 7.500"]))
    assert hand.isna().tolist() == [False, True, False]
    assert hand.iloc[0] == 0.0 and str(hand.iloc[0]) == "-0.0" and hand.iloc[2] == 7500.0
