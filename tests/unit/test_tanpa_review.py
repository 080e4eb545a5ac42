"""A 3.3 row with rupiah that no 3.2 row pairs with is said (``tanpa_pasangan``), not silently
left uncompared (``findings.document.antar_tabel_tidak_cocok``)."""
from renja_analysis import load_document


def test_a_shortened_3_3_name_is_reported_instead_of_losing_its_check(tmp_path, bundled_text):
    # 3.3 line 472 names sub kegiatan 2.17.02.2.01.0001 (numbers on line 473: target after 10, RKPD
    # Perubahan Rp110.000.000); 3.2 line 404 has it with target 25: 'Target setelah perubahan ... 25,
    # ... 10'. Cut to its first words, the 3.3 name pairs with no 3.2 row and that check is gone
    lines = bundled_text.split("\n")
    cells = lines[471].split("\t")
    assert cells[0] == "2.17.02.2.01.0001" and cells[2].startswith("Fasilitas Penerbitan Izin Usaha Simpan Pinjam dan")
    cells[2] = "Fasilitas Penerbitan Izin Usaha Simpan Pinjam"
    lines[471] = "\t".join(cells)
    path = tmp_path / "varian.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = load_document(path).temuan
    mine = t[t["jenis"].eq("tanpa_pasangan")]
    assert mine["baris_sumber"].astype(int).tolist() == [473]
    assert mine["tingkat"].eq("info").all()
    pesan = mine["pesan"].iloc[0]
    assert "kode 2.17.02.2.01.0001" in pesan and "Tabel 3.2 (Review P-RKPD) mana pun" in pesan
    assert "Pagu P-APBD dan target setelah perubahan baris ini tidak dibandingkan" in pesan
    assert not (t["jenis"].eq("antar_tabel_tidak_cocok") & t["baris_sumber"].eq(404)).any()


def test_rows_without_rupiah_and_the_bundled_document_say_nothing(bundled):
    # 3.3's 2.17.07.2.01.0004 (lines 494-495) and .0013 (lines 500-501) are in no 3.2 row, and every
    # pagu they give is 0.00: nomenclature lines, not reported; every other 3.3 row pairs
    assert not bundled.temuan["jenis"].eq("tanpa_pasangan").any()
