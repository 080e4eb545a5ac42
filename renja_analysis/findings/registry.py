"""The registry of finding types (``temuan.jenis``): one entry per type, one place per rule.

Each type declares its code, the levels (``tingkat``) it may take, its Indonesian
label, whether a ``kritis`` finding of it disputes a row's numbers (and which: the
whole row, or one cell by line and column), whether it records a change a reviewer
must approve, its glossary sentence (Indonesian) and what it checks (English, the
docs table). Everything else derives from here: ``findings.document.JENIS_DOKUMEN`` /
``JENIS_SIPD`` / ``JENIS`` / ``JENIS_PERUBAHAN`` / ``KONTRADIKSI``,
``labels.LABEL_JENIS_TEMUAN``, ``summary.JENIS_SENGKETA``, the cells ``narrative``
names as disputed, the glossary page and the findings table of the docs
(``tabel_markdown``, written between markers by ``tulis_tabel``).

This module imports nothing from the package (ground floor).

Examples
--------
>>> JENIS_TEMUAN["persen_tidak_cocok"].tingkat
('peringatan', 'kritis')
>>> [j.kode for j in DAFTAR if j.sengketa == "kolom"]
['serapan_berlebih', 'antar_tabel_tidak_cocok']
>>> JENIS_DOKUMEN[:2], JENIS_SIPD[-1]
(['baris_tidak_terbaca', 'baris_ganda'], 'dokumen_vs_sipd')
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

#: Severity levels, in order (``findings.document.TINGKAT``).
TINGKAT = ("info", "peringatan", "kritis")
#: What a ``kritis`` finding disputes: the numbers of its source line, or one cell
#: (its source line and ``kolom``).
SENGKETA = ("baris", "kolom")
#: Markers around the generated findings table in a Markdown file (``tulis_tabel``).
MULAI, SELESAI = "<!-- temuan:mulai -->", "<!-- temuan:selesai -->"


@dataclass(frozen=True)
class JenisTemuan:
    """One finding type.

    Attributes
    ----------
    kode : str
        The code in ``temuan.jenis``.
    tingkat : tuple of str
        The levels its findings may take (a subset of ``TINGKAT``, in that order).
    label : str
        Readable Indonesian label (charts, tables, narratives).
    glosarium : str
        One or two Indonesian sentences for the glossary page.
    penjelasan : str
        What it checks (English), the docs' findings table.
    sipd : bool
        A type of SIPD-RI data or of a document reconciled with it (``findings.document.JENIS_SIPD``).
    sengketa : {None, "baris", "kolom"}
        A ``kritis`` finding of this type disputes the numbers of its source line
        (``"baris"``), or one cell by line and column (``"kolom"``, which disputes the
        line too): averages name such rows, sentences name such cells.
    perubahan : bool
        Records a change of the plan a reviewer must approve (``findings.document.JENIS_PERUBAHAN``):
        never counted as "bukan masalah", whatever its tingkat.
    kontradiksi : bool
        Says two numbers of the document contradict each other (``findings.document.KONTRADIKSI``):
        its message names an ambiguous cell on the same line.
    syarat_tingkat : str, optional
        When which level applies (English, the docs' tingkat column); default: the levels.
    """

    kode: str
    tingkat: tuple
    label: str
    glosarium: str
    penjelasan: str
    sipd: bool = False
    sengketa: str | None = None
    perubahan: bool = False
    kontradiksi: bool = False
    syarat_tingkat: str | None = None

    def __post_init__(self):
        if not self.tingkat or tuple(t for t in TINGKAT if t in self.tingkat) != tuple(self.tingkat):
            raise ValueError(f"{self.kode}: tingkat {self.tingkat!r} not an ordered subset of {TINGKAT}")
        if self.sengketa is not None and self.sengketa not in SENGKETA:
            raise ValueError(f"{self.kode}: sengketa {self.sengketa!r} not one of {SENGKETA}")

    @property
    def teks_tingkat(self) -> str:
        """The docs' tingkat cell: ``syarat_tingkat``, else the levels.

        >>> JENIS_TEMUAN["baris_ganda"].teks_tingkat
        'kritis'
        """
        return self.syarat_tingkat or " / ".join(self.tingkat)


_J = JenisTemuan

#: Every finding type, in report order: the document's types, then SIPD's.
DAFTAR: tuple[JenisTemuan, ...] = (
    _J("baris_tidak_terbaca", ("peringatan",), "Baris tidak terbaca",
       "Baris di dalam tabel yang bukan baris data, judul kolom, baris kosong, atau catatan kaki yang dikenali, "
       "termasuk angka di tengah halaman yang tidak cocok dengan nomor halaman di pergantian halaman sekitarnya "
       "(mungkin angka yang terlepas dari barisnya), serta baris di awal halaman tanpa indikator yang mengulang "
       "nama dan angka program atau kegiatan yang masih terbuka di atasnya (kepala kelompok yang dicetak ulang); "
       "baris itu disisihkan dan pembacaan berlanjut.",
       "a line inside a table that is neither row, header, blank nor recognised footer (set aside, reading goes "
       "on), or a page number inside a page (a data row of the page follows it) outside the numbers of the page "
       "breaks around it (maybe a number cut off its row; `sources.text.halaman_tak_urut`); a Tabel 2.2 row at "
       "the top of a page without indicator repeating the name, pagu and realisation of the program or kegiatan "
       "open above (a group head carried over, `tables.evaluation._set_aside_repeated_heads`); tab-separated "
       "data lines outside every recognised table"),
    _J("baris_ganda", ("kritis",), "Baris ganda",
       "Baris yang sama persis dengan baris lain; dihitung sekali.",
       "a row that repeats another exactly (any table; 3.3 records): counted once"),
    _J("nomor_tidak_urut", ("kritis",), "Nomor tidak urut",
       "Nomor baris yang dicetak tabel melompat, berulang, atau tertukar urutannya: ada baris yang hilang, "
       "tersalin, atau tidak berurutan.",
       "the row numbers a table gives (3.2 `No`) skip or repeat: a row was lost or copied (a numbered urusan "
       "total line of 3.2 holds its number when it goes up and the rows after it go on above it; one over rows "
       "numbered from 1 again prints a code or its own number, `2  URUSAN PEMERINTAHAN WAJIB ...`, not a row's; "
       "rows numbered from 1 again right after it, "
       "or right after an urusan or bidang urusan line printing no number, start a numbering of their own; it "
       "is a stated total, not a row; so does a row numbered above 1 but below the lowest number above 1 the "
       "numbering has not printed yet right after such a line, its first numbers missing: `nomor 1 tidak ada` "
       "(a number printed ahead, row 49 printed `94` before a bidang line, makes no new numbering); a number is "
       "missing only when no row of its numbering prints it: rows printed in another order are said so, no number missing for the sums: two "
       "rows the other way round, `1, 3, 2, 4`, `nomor 2 dan 3 tertukar urutannya`, a longer stretch, `1, 4, 3, "
       "2, 5` or a row moved, `1, 3, 4, 2, 5`, `nomor 2\u20134 tertulis dengan urutan 3, 4, 2`)"),
    _J("dokumen_terpotong", ("peringatan",), "Dokumen terpotong",
       "Teks berakhir di tengah tabel, atau tabel berhenti lebih awal daripada yang ditunjukkan dokumen sendiri "
       "(Tabel 3.2 tanpa baris jumlah penutup dengan jumlah pagu program yang terbaca kurang dari jumlah yang "
       "tercantum; Tabel 2.2 berhenti sebelum Tabel 2.1) dan tidak ada tabel lain sesudahnya di teks: berkas "
       "mungkin terpotong. Disebut sekali; baris yang mungkin hilang tidak dinilai sebagai kesalahan dokumen.",
       "the text ends inside a table (the reader); or Tabel 3.2 has no stated total after its last row (or no "
       "row) and a side's programs sum to less than a total it states; or Tabel 2.1 goes on, after the row "
       "paired with 2.2's last row, with rows 2.2 lacks (`findings.document.jumlah_tidak_cocok`); these two only "
       "on evidence that the text stops there: no row read, or no table begins after it in the text and none a "
       "Renja puts after it was read (`_teks_berhenti`; 3.2 followed by 3.3, or 2.2 by section 3, is no cut: "
       "its sums stay kritis): the file may be truncated. Said once, naming the sums and the parents open at the "
       "last row whose rows read sum to less than they state and that the lost rows can complete (2.2: not below "
       "the level of 2.1's first lost row, a realisasi shortfall not above the pagu shortfall) instead of a "
       "`jumlah_tidak_cocok` each; SIPD rows not found then are `info` (`dokumen_vs_sipd`)"),
    _J("baris_sambungan", ("info",), "Baris sambungan digabung",
       "Nama atau indikator yang terbungkus ke baris sendiri (hanya teks di kolom itu, tanpa angka) digabung "
       "dengan baris di atasnya; juga nama, atau No Tabel 3.2, yang tercetak di baris sendiri di atas sel-sel "
       "barisnya digabung dengan baris di bawahnya; bukan kesalahan dokumen.",
       "a name or indicator wrapped onto a line of its own (its only text in that column, no digit, no level "
       "word, as bold as the cell above, directly under the row), joined to the row above with a space; in "
       "Tabel 2.1 and 2.2 also several text cells wrapped at once (name, indicator, unit, note: each piece in "
       "its own column, no number column filled, a digit only in a note; a name and an indicator that each "
       "start afresh are a row instead), the finding then naming the other reading (a row of its own without "
       "numbers); also a Tabel 2.1 / 2.2 name on a line of its own right above a row whose name cell is empty "
       "(no digit, as bold as the row, the row filling a number column; a line that may also continue the name "
       "above, directly under it or under a page break, stays its rest), and a 3.2 row's No. on a line of its own right above a row "
       "whose No. cell is empty when it is the next number of the numbering, joined to the row below; the "
       "finding names both lines (`sources.text.WRAP`, `_Splitter._name_above`, `_Splitter._cell_above`)"),
    _J("sel_akhir_kosong", ("info", "peringatan"), "Sel kosong di ujung baris",
       "Baris yang sel kosong di ujungnya dibuang ekstraksi PDF dibaca dengan sel kosong; disebut bila ada kolom "
       "angka di antaranya. Juga tabel yang setiap barisnya, judul kolom termasuk, berakhir dengan satu sel kosong "
       "lebih banyak daripada kolomnya: sel itu dibuang.",
       "a row with fewer cells than its table whose missing cells are all at the end (the extractor drops "
       "trailing empty cells) and whose present cells fit their columns: read padded with empty cells; "
       "reported when a number column is among the missing ones. Also a Tabel 2.1 or 2.2 whose every line "
       "(each header line, the header of every page, every row) holds one cell more than its columns, that "
       "cell empty on every line: the cell is dropped (`tables._common.extra_empty_column`)",
       syarat_tingkat="info when only the document's own percentages are missing, or for an empty cell more on "
                      "every line; peringatan when a target, pagu or realisasi is"),
    _J("periode_tidak_konsisten", ("peringatan",), "Periode tidak konsisten",
       "Dua judul tabel atau bab menyebut triwulan evaluasi yang berbeda (yang pertama dipakai), atau judul "
       "dokumen tidak menyebut Perubahan padahal tabel bagian 3 memuat kolom P-APBD (tabelnya dibaca "
       "sebagaimana adanya).",
       "two captions or headings name different evaluation quarters (the first is used); a title without "
       "\"Perubahan\" over section 3 tables with P-APBD columns (the tables are analysed as they are)"),
    _J("triwulan_tidak_disebut", ("peringatan",), "Triwulan evaluasi tidak disebut",
       "Judul tabel dan bab, judul kolom realisasi Tabel 2.2 dan 2.1, serta nama berkas tidak menyebut satu "
       "triwulan evaluasi; "
       "evaluasi dianggap s.d. "
       "triwulan bawaan, padahal harapan triwulan, status, dan predikat bergantung padanya.",
       "neither a caption or heading of the document (`sources.text.triwulan_disebut`), nor a column caption "
       "of Tabel 2.2 or 2.1's realisation columns (\"Realisasi ... (TW II)\"; several quarters there name none: "
       "`triwulan_judul_kolom`), nor its file name "
       "(`keys.kunci_nama_berkas`) names the evaluation quarter, and the caller gave none: the analysis "
       "assumes `config.TRIWULAN` (its expectation, statuses and predikat follow it)"),
    _J("angka_konvensi_lain", ("peringatan",), "Angka berformat lain (titik/koma)",
       "Sel yang ditulis dengan konvensi angka lain daripada kolomnya (titik dan koma tertukar); dibaca sesuai "
       "tulisannya.",
       "a cell written in the other number convention than its column, read as written"),
    _J("angka_ambigu", ("info",), "Angka ambigu yang dipastikan dengan bukti",
       "Sel yang dapat dibaca dua cara (845.120: Rp845.120 atau 845,12) dan dipastikan dengan bukti yang "
       "disebut pesannya (satuan, persen baris itu, jumlah, tabel lain); bukan kesalahan dokumen.",
       "a cell that reads two ways (`845.120`: Rp 845.120 or 845,12), settled by the evidence the message names "
       "(unit, the row's own %, sums, another table; else the column's use of the same separator). Because every "
       "sum, % and cross-table check of Tabel 2.2 and 2.1 is first weighed here, a contradiction the other "
       "reading would remove is never reported against the document; any other peringatan or kritis that rests "
       "on such a cell (a contradiction on its line or its compared line, a capaian computed from it) says so "
       "in its message (`findings.document.tandai_ambigu`). Also a Tabel 3.3 target of the year settled by its "
       "column's other cells or by the decimal separator every column of Tabel 2.2 and 3.2 decides "
       "(`tables.plan._putuskan_tahun`; unsettled: `target_ambigu`)"),
    _J("kode_tidak_baku", ("info", "peringatan"), "Kode ditulis tidak baku",
       "Kode program/kegiatan/sub kegiatan di Tabel 3.3 yang ditulis dengan titik di akhir atau segmen pengganti "
       "(X.XX, xx); dibaca dengan penulisan baku.",
       "a 3.3 code with a trailing dot (`2.17.02.2.01.`) or placeholder segments (`X.XX.02.2.01`, "
       "`2.17.02.2.01.xx`): kept, normalised (`tables.plan.kode_baku`), its level and checks kept",
       syarat_tingkat="info for a trailing dot or the X.XX urusan/bidang of a program shared by every urusan; "
                      "peringatan for any other placeholder (the code points at no row)"),
    _J("kata_tingkat_salah_tulis", ("info", "peringatan"), "Kata tingkat salah tulis",
       "Nama yang diawali kata PROGRAM, Kegiatan atau Sub Kegiatan yang salah tulis satu huruf (PROGAM, Kegitan) "
       "atau tersambung dengan kata sesudahnya (PROGRAMPENGAWASAN) dibaca pada tingkat itu; pesannya menyebut "
       "baris, kata yang tertulis dan tingkat yang dibaca. Bila angka menunjukkan tingkat lain (pagunya muat dalam "
       "sisa pagu kegiatan di atasnya, atau nama yang sama di Tabel 2.2 bertingkat lain), baris dibaca menurut "
       "angka itu dan pesannya mengatakannya.",
       "a name in Tabel 2.2, 2.1 or 3.2 whose level word is written one letter off (`PROGAM`, `Kegitan`) or "
       "glued to the next word at a visible seam (`PROGRAMPENGAWASAN` in a name in capitals), read at that "
       "level (`names._level_slip`) where the numbers do not say otherwise (an equal name of Tabel 2.2 of "
       "another level, or a pagu that fits in what is left of the kegiatan above while the rows after it do not "
       "add up to it, comes first); the message names the line, the word as written and the level read, and "
       "where the numbers overruled the word, why (`tables._common.lapor_salah_tulis`)",
       syarat_tingkat="info for a slipped word read at its level, or overruled by an equal name of Tabel 2.2; "
                      "peringatan where the pagu overruled it (the message names the kegiatan above: if the word "
                      "is right, that kegiatan's pagu is wrong)"),
    _J("realisasi_kosong", ("info", "peringatan"), "Sel realisasi kosong",
       "Sel realisasi (K atau Rp) Tabel 2.2 yang kosong: dokumen tidak melaporkan realisasi. Sel itu tetap kosong. "
       "Pada sub kegiatan, capaian, serapan, predikat dan status menilainya sebagai belum ada realisasi (0), dan "
       "narasi menyebutnya tidak dilaporkan (sel kosong; dinilai 0). Pada "
       "program atau kegiatan, realisasi Rp dibaca dari jumlah realisasi rincian di bawahnya bila semuanya "
       "tercantum dan jumlah pagunya sama dengan pagu baris itu, selain itu tidak diketahui (bukan 0), dan "
       "capaian K tidak dihitung; pesannya menyebut bacaan yang dipakai. Pemeriksaan jumlah, antartabel dan "
       "persen tertulis tidak memakai sel kosong itu: jumlah rincian yang memuatnya hanya diketahui sedikitnya, "
       "dan paling banyak bila baris itu memakai seluruh pagunya di Tabel 2.2. Bila sel serapannya tertulis, "
       "realisasinya sebesar persen itu dari pagu Tabel 2.2 (serapan dokumen dihitung terhadap pagu itu), kurang "
       "atau lebih setengah satuan angka terakhirnya (tertulis 50: 49,5% sampai 50,5%; bila sel serapannya "
       "tertulis 0, kurang dari 0,5% pagu itu), asalkan setiap sub kegiatan dokumen itu yang mencantumkan realisasi, "
       "pagu Tabel 2.2 dan serapan cocok dengan hitungan itu sampai setengah satuan angka terakhirnya; bila ada "
       "yang tidak (misalnya serapan yang dipotong ke persen bulat atau dihitung terhadap pagu P-APBD), hanya "
       "serapan 0 yang membatasinya (kurang dari satu satuan penuh, 1%, sebab sel yang dipotong pun demikian), "
       "selain itu paling banyak pagu Tabel 2.2 atau pagu P-APBD yang lebih besar. Bila tidak ada baris yang "
       "pagunya di Tabel 2.2 dan pagu P-APBD-nya di Tabel 3.2 berbeda dan serapannya cocok dengan pagu Tabel 2.2 "
       "saja, dokumen tidak menunjukkan pagu mana dasar serapannya (satu dasar untuk seluruh dokumen): jumlah di "
       "atasnya dinilai dua kali, sekali dengan serapan setiap baris yang kedua pagunya berbeda sebagai persen dari "
       "pagu Tabel 2.2 dan sekali sebagai persen dari pagu P-APBD-nya; kritis bila keliru menurut kedua bacaan, "
       "peringatan yang menyebut keduanya bila cocok hanya menurut bacaan pagu P-APBD, tidak ada temuan bila cocok menurut bacaan pagu Tabel 2.2 (dasar kolom serapan itu). Jumlah yang "
       "tercantum di atasnya dinilai keliru bila kurang dari batas bawah itu atau melampaui batas atasnya; untuk baris yang sel serapannya kosong batas atas itu memakai "
       "pagu P-APBD Tabel 3.2 yang lebih besar, dan yang hanya melampaui batas dengan pagu Tabel 2.2 disebut "
       "peringatan (realisasinya mungkin diukur terhadap pagu perubahan), demikian pula yang hanya melampaui batas "
       "serapan yang dibulatkan tetapi tidak melampaui batasnya bila sel itu dipotong (tertulis 46: di bawah 47%). "
       "Sel pagu yang kosong di baris yang "
       "mencantumkan realisasi anggaran, atau di sub kegiatan yang bukan indikator lanjutan nama di atasnya, "
       "juga disebut (peringatan) dan diperlakukan sama: bukan Rp0, serapannya tidak dihitung.",
       "an empty realisation cell (K or Rp) of Tabel 2.2: kept empty. A sub kegiatan's is judged as nothing "
       "realised by every status, predikat and finding (`metrics.realisasi_dinilai`), and every sentence says it "
       "was not reported (`narrative.kalimat_sub_kegiatan`; the overview and program pages add "
       "`narrative.kalimat_realisasi_kosong`); a program's or kegiatan's "
       "Rp takes the sum of its rows below when every one is known and their pagu add up to its own (rows that "
       "do not are not its rows as read: a kegiatan read as a sub kegiatan), else is unknown, never 0 "
       "(`metrics.realisasi_rincian`, the rule of serapan, predikat and every view), and its K gives no capaian; "
       "the message names the reading used (rows summed and the sum, or unknown). Left out of sums as a stated "
       "total, of cross-table and stated-% checks: a sub kegiatan's empty Rp (or pagu) cell, like an unknown "
       "kegiatan, makes its parent's rows a lower bound (`findings.document._sum_check`: only a parent stating "
       "less is `jumlah_tidak_cocok`, \"sedikitnya\"), bounded by what the document says of the row "
       "(`findings.document._batas_atas`: the document's serapan is a share of the 2.2 pagu, so a serapan cell "
       "stating p % puts the row within p -/+ half a unit of the cell's last digit % of it, on both sides (a "
       "cell stating 0: below 0.5 % of it), only where the sub kegiatan of the document stating realisation, "
       "2.2 pagu and serapan agree with realisasi / 2.2 pagu within half a unit of its last digit as written "
       "(the reader's decimals: \"41.70\" has two, `tables.evaluation.desimal_tertulis`; at least 90 % of them, none "
       "off a share of the P-APBD pagu rounded or truncated where it is no such share of the 2.2 pagu, and where "
       "some are off the row's cell written with more decimals than each of those off that look shortened, their "
       "2.2 share truncated or rounded, a typo setting no such threshold: `_serapan_tepat`; else only a 0 bounds, "
       "below one whole unit, 1 %, as a "
       "truncated cell is, no lower bound, at most the larger pagu, unbounded above 100 %; a share of the 2.2 "
       "pagu only where a row of any level (sub kegiatan, kegiatan, program) whose 2.2 and 3.2 P-APBD pagu differ "
       "agrees with the 2.2 pagu alone, none with the P-APBD pagu even truncated, of the P-APBD pagu where it is "
       "the other way round (`_dasar_serapan`, the message naming the rows that show it; a sub kegiatan's cell by "
       "the sub kegiatan rows' base where they show one, the parents' only where they show none), else the base is one "
       "for the whole document and the "
       "parent is compared under each reading, every row whose two pagu differ a share of its 2.2 pagu, or every "
       "one of its P-APBD pagu (`_batas_atas`'s `bacaan`): kritis where wrong under both, peringatan naming both "
       "where it fits the P-APBD reading only, nothing where it fits the 2.2 reading, the serapan column's own base, "
       "but kritis on each where some parents fit the 2.2 reading only and others the P-APBD reading only, one "
       "of them wrong whichever base holds, the message naming which fit which); "
       "a row whose serapan cell is empty is at most its 2.2 pagu, or its 3.2 "
       "P-APBD pagu where larger and 3.2's scale is known; each bound in whole rupiah: a parent stating less "
       "than the known rows plus the lower bounds is `jumlah_tidak_cocok` kritis, \"sedikitnya\", more than "
       "them plus the upper bounds kritis, \"paling banyak\", the message giving each unknown row's bound "
       "and why, `_teks_batas`; one above them on the 2.2 pagu only is peringatan naming both bounds, and so is "
       "one above them with the serapan cells rounded but within them were the cells truncated, one whole unit "
       "of the last digit above: a truncation of that cell explains it). "
       "An empty pagu cell on a row stating a realisation Rp above 0, or on a sub kegiatan that is no further "
       "indicator of the name above (`names.lanjutan`: the one rule of money of its own; an empty pagu beside "
       "a realisation of \"-\" or 0 on a row of the same name is such an indicator), "
       "is reported too (`tables.evaluation._pagu_kosong`), never Rp 0",
       syarat_tingkat="info for an empty realisation cell; peringatan for an empty pagu cell beside a stated "
                      "realisation Rp, or of a sub kegiatan of its own (a Renja row always has a pagu: its serapan "
                      "cannot be computed)"),
    _J("galat_lembar_kerja", ("peringatan",), "Galat lembar kerja di sel turunan",
       "Sel persen atau jumlah total berisi nilai galat spreadsheet (#DIV/0!, #VALUE!, #REF!, #N/A, #NAME?) yang "
       "tersalin dari Excel; nilainya dihitung ulang dari angka tabel dan tidak dibandingkan.",
       "a spreadsheet error value (`#DIV/0!`, `#VALUE!`, `#REF!`, `#N/A`, `#NAME?` ...) in a derived cell (a "
       "stated capaian, serapan or Renstra %, a stated total of 3.2): recomputed, not compared. In a target, "
       "pagu or realisation it is refused (exit 2, naming the cell)"),
    _J("satuan_di_sel", ("info", "peringatan"), "Satuan tertulis di sel angka",
       "Sel target atau realisasi yang ditulis dengan satuannya (\u201c7 Paket\u201d): angkanya dibaca; info bila "
       "kolom satuan kosong dan satuannya diambil dari sel, peringatan bila satuan di sel berbeda dari kolom "
       "satuan.",
       "a target or realisation K written with its unit (`7 Paket`, `100 %`) in Tabel 2.2 or 2.1: the number is "
       "read; the unit fills an empty satuan cell (info) or differs from it (peringatan); the same unit says "
       "nothing",
       syarat_tingkat="info where the satuan cell is empty and takes the unit; peringatan where the units differ"),
    _J("target_maju_teks", ("info",), "Target prakiraan maju berupa teks",
       "Sel target prakiraan maju (tahun n+1) di Tabel 3.3 yang ditulis sebagai teks, bukan angka bersatuan "
       "(\u201cMeningkat\u201d, \u201cN/A\u201d, \u201c\u2265 80\u201d): angkanya dibiarkan kosong dan teksnya "
       "disimpan apa adanya; satu temuan per dokumen menyebut setiap sel (baris dan kolom). Kolom ini tidak "
       "dipakai dalam analisis.",
       "a Tabel 3.3 prakiraan maju (n+1) target cell written as a text that is no number with a unit (`Meningkat`, "
       "`Sesuai kebutuhan`, `N/A`, `\u2265 80`, `TW IV`, `(100)`; two volumes in one cell, `3.000 Orang 1.500 Orang`, "
       "`tables.plan._dua_volume`): `target_maju` NA, the text kept as written in "
       "`satuan_maju`; one finding per document quoting each such cell by line and column (the first 20, the "
       "others counted), from the column pass and the row pass alike (`tables.plan._target_maju`, "
       "`_report_teks_maju`). A number that reads two ways (`15,000`: 15.000 or 15; `numbers.dua_bacaan` of the "
       "cell's number, unless its unit settles it as in Tabel 2.2: `1,250 Orang` is 1250, "
       "`_common.bacaan_volume`; and a unit that counts whole things a whole decimal reading too: `1.000 Orang` is "
       "1000, `_common.satuan_utuh`) is kept as written the same way, quoted with both readings. A rupiah amount "
       "there is `target_maju_rupiah`; a number beyond the bounds is refused"),
    _J("target_tahun_ganda", ("peringatan",), "Target tahun rencana berisi dua volume",
       "Sel target tahun rencana di Tabel 3.3 berisi dua volume dalam satu sel (\u201c3 Dokumen 2 Laporan\u201d, "
       "\u201c3.000 Orang 1.500 Orang\u201d): tidak ada satu angka yang menjadi target, sehingga angkanya "
       "dikosongkan dan teksnya disimpan apa adanya di kolom satuan; satu temuan per dokumen menyebut setiap sel.",
       "a Tabel 3.3 target of the year whose unit read after its number holds a second volume "
       "(`tables.plan._dua_volume`, as for the prakiraan maju target): `target_sebelum`/`target_sesudah` NA, the "
       "text kept in `satuan_sebelum`/`satuan_sesudah` (`tables.plan._report_ganda`; REV-AT AT10)"),
    _J("target_ambigu", ("peringatan",), "Target tahun rencana dapat dibaca dua cara",
       "Sel target tahun rencana di Tabel 3.3 berupa angka yang dapat dibaca dua cara (\u201c15,000\u201d: 15.000 "
       "atau 15; \u201c1.250 Persen\u201d: 1.250 atau 1,25) yang tidak dipastikan, baik oleh satuannya, target lain "
       "di barisnya, sel lain di kolomnya, maupun cara Tabel 2.2 dan Tabel 3.2 menulis angka (atau bukti itu saling "
       "bertentangan): kedua bacaan disimpan (bacaan ribuan di kolom target, bacaan desimal di kolom bacaan "
       "lainnya); satu temuan per dokumen menyebut setiap sel dengan kedua bacaannya. Target itu dibandingkan "
       "dengan tabel lain, dengan target sebelum atau sesudah perubahan, dan dengan SIPD memakai kedua bacaan: "
       "selisih dilaporkan hanya bila ada pada keduanya, dengan menyebut keduanya.",
       "a Tabel 3.3 target of the year (`target_sebelum`/`target_sesudah`) whose number reads two ways "
       "(`numbers.dua_bacaan`) and is settled neither by the cell (both separators, two groups, a unit counting "
       "whole things: `1,250 Orang`, `1.000 Orang` are 1250, 1000; a unit counting things, any word that "
       "measures nothing (`tables.plan.satuan_cacah`), with a fractional decimal reading: `1.500 Pasien` is 1500; "
       "`tables.plan._bacaan_target`), nor by the row's other target of the year equal to one reading only, and "
       "whose column (its other cells showing one decimal separator) and document (every column of Tabel 2.2 and "
       "3.2 showing one deciding the same separator; `tables.plan._konvensi_dokumen`) are silent or disagree "
       "(REV-AT AT2: the column said comma, the document point). The two cells of one row holding the same text "
       "are read one way. The target holds the thousands reading, `target_<key>_lain` the decimal one, one "
       "finding per document quoting each cell with both readings (the first 20, the others counted; "
       "`tables.plan._putuskan_tahun`). A cell settled by its column or the document alone is read that way, "
       "named in `angka_ambigu`, and its other reading kept too. Every comparison of a target with a second "
       "reading (2.2 / 3.2 vs 3.3 `antar_tabel_tidak_cocok`, `revisi_target`: `findings.document."
       "bacaan_target_lain`; SIPD `dokumen_vs_sipd`: `reconciliation.target_baris_lain`) reports a difference "
       "only where it holds under both readings (a revision: the two cells of a row read thousands with "
       "thousands, its size the mildest), naming both. Before 2026-12-07 `15,000` refused the document and "
       "`15.000`, `1.250 Persen` were read as 15000 and 1250 without a word; on the first 2026-12-07 branch "
       "`target` the column or majority reading alone was compared (REV-AT AT1-AT3: untrue contradictions) and "
       "an unsettled target was NA (AT9: true contradictions hidden; AT6: 3.2's target shown as 3.3's)"),
    _J("target_maju_rupiah", ("peringatan",), "Target prakiraan maju tertulis seperti angka rupiah",
       "Sel target prakiraan maju (tahun n+1) di Tabel 3.3 yang tertulis seperti angka rupiah (dengan \u201cRp\u201d, "
       "sejuta atau lebih tanpa satuan atau dengan satuan Rupiah, atau sama dengan pagu prakiraan "
       "maju barisnya) sementara sel pagu di sebelahnya berisi angka: sel itu tidak dibaca sebagai target "
       "(angkanya kosong, teksnya disimpan apa adanya); isi kolom mungkin bergeser atau salah ketik. Satu temuan "
       "per dokumen menyebut setiap sel. Kolom ini tidak dipakai dalam analisis.",
       "a Tabel 3.3 prakiraan maju (n+1) target cell written as a rupiah amount (`Rp` with a number, a number of "
       "a million or more without a unit or with the unit `Rupiah` (with another unit, two decimals or not, a "
       "target: `1.200.000,00 Liter`), or the row's own n+1 pagu: "
       "`tables.plan._rupiah_maju`, `_sama_pagu`) while the row's n+1 pagu cell holds a number: `target_maju` NA, "
       "the cell kept as written in `satuan_maju`, one finding per document quoting each such cell (the first "
       "20, the others counted). With the row's pagu cell empty (or a nil) the amount may have shifted from it: "
       "the document is refused (`target prakiraan maju tidak terbaca`), as it was for any such cell before "
       "2026-12-07"),
    _J("karakter_kendali", ("peringatan",), "Karakter kendali dalam teks",
       "Karakter kendali (tak terlihat) yang dihapus dari sebuah baris teks.",
       "control characters removed from a line"),
    _J("judul_menurut_makna", ("info",), "Judul kolom dibaca menurut maknanya",
       "Judul Tabel 2.2 di buku kerja yang ditulis dalam satu atau dua baris (bukan tiga baris K/Rp dan "
       "Volume/Satuan): setiap kolom dikenali dari makna judulnya; pesannya menyebut kolom mana dibaca sebagai apa.",
       "a workbook's Tabel 2.2 header in one or two rows instead of three: each column recognised by what its "
       "caption means (`headers.column_meaning`), in any order; the message says which column was read as what"),
    _J("kolom_tersembunyi", ("info", "peringatan"), "Kolom tersembunyi di buku kerja",
       "Kolom lembar kerja yang disembunyikan tidak dibaca, karena pembaca tidak melihatnya; pesannya menyebut "
       "isinya. Peringatan bila kolom itu salinan kolom tabel yang terlihat tetapi nilainya berbeda.",
       "a hidden column of a workbook sheet: not read (a reviewer does not see it); the message names what it held "
       "(a helper column, or a copy of a visible column: peringatan naming the cells where the copy differs). A "
       "table column hidden with no visible column in its place is an error",
       syarat_tingkat="peringatan where a hidden copy of a table column differs from the visible one, else info"),
    _J("nama_sel_gabung", ("info",), "Nama di sel tergabung",
       "Nama program, kegiatan, atau sub kegiatan di sel tergabung yang mencakup beberapa baris indikator: setiap "
       "baris dibaca sebagai satu indikator dari nama itu; pagu dan realisasi (Rp) dicatat sekali, di baris "
       "pertamanya.",
       "a name in a workbook cell merged over several indicator rows: every row read as one more indicator of "
       "that name, its pagu, realisasi (Rp), keterangan and solusi counted once on its first row"),
    _J("format_persen", ("info", "peringatan"), "Sel berformat persen",
       "Sel buku kerja berformat persen menyimpan 0,5625 dan menampilkan 56,25%; dibaca seperti yang tampil "
       "(dikali 100). Peringatan bila kolomnya bukan kolom persen dan satuan barisnya bukan persen.",
       "a percent-formatted workbook cell (stored 0.5625, shown 56,25 %) read as shown, x 100: one finding per "
       "percentage column; one per target or realisasi volume cell (peringatan unless the row's unit is a "
       "percentage); in a rupiah column an error",
       syarat_tingkat="peringatan for a volume cell whose unit is not a percentage, else info"),
    _J("teks_terlalu_panjang", ("peringatan",), "Teks melebihi batas sel Excel",
       "Sel teks yang lebih panjang dari batas Excel (32.767 karakter); dipotong hanya di buku kerja.",
       "a text cell over Excel's 32,767 characters (cut in the workbook only)"),
    _J("nilai_negatif", ("kritis",), "Nilai negatif",
       "Target, pagu, atau realisasi yang bernilai negatif (kolom bertambah/berkurang boleh negatif).",
       "a negative target, pagu or realisation (2.2, 3.1, 3.2, 3.3; bertambah/berkurang may be negative)"),
    _J("serapan_berlebih", ("kritis",), "Realisasi melebihi pagu",
       "Realisasi anggaran (Rp) lebih besar daripada pagunya.",
       "realisasi Rp above pagu Rp (pagu 0 or more); the message asks whether the pagu murni was used instead "
       "of the pagu perubahan only where that could explain it (Tabel 3.2's P-APBD pagu of the row unknown or "
       "not below the realisation; 3.2's pagu counts only where it is known to be in rupiah: its median "
       "P-APBD/APBD ratio and the row's own between 0.1 and 10, `findings.document.rasio_skala_32`, the scale "
       "rule of `satuan_tidak_wajar`; a 3.2 in thousands whose header says so is read x1000 first; one of unknown "
       "scale leaves the question). It disputes the row's realisasi Rp: the serapan of that row, of a program "
       "list and of the office's headline is said disputed, never praised (the predikat column keeps the scale's "
       "value)",
       sengketa="kolom"),
    _J("persen_tidak_cocok", ("peringatan", "kritis"), "Persen tertulis beda dari hitungan",
       "Persen yang tertulis di dokumen (capaian, serapan, kemajuan Renstra) berbeda dari hasil hitung ulang "
       "angka baris yang sama; kritis bila selisihnya 5 poin atau lebih, kecuali serapan yang sama dengan "
       "realisasi dibagi pagu P-APBD-nya di Tabel 3.2 (peringatan: dihitung terhadap pagu perubahan).",
       "a % the document states (capaian, serapan, Renstra progress in Tabel 2.1 and 2.2) differs by more than "
       "0.01 point from the one recomputed from the same row; a serapan that is realisasi / the row's 3.2 P-APBD "
       "pagu (another value, 3.2's scale known) rounded or truncated to its last written digit (`_pas`, the fit the "
       "vote on the document's serapan base counts) was computed on that base: peringatan naming it, whatever the "
       "difference (`findings.document._serapan_papbd`); a serapan cell is quoted as written (its decimals: "
       "`35,93609%`, not `35,94%`; a written trailing 0 counts: `35,930%` is no share of 35,93596 %, whose kritis "
       "says it is not the P-APBD share either, `_papbd_lain`)",
       sengketa="baris", kontradiksi=True,
       syarat_tingkat="peringatan; kritis from 5 points, except a serapan that is a share of the P-APBD pagu"),
    _J("jumlah_tidak_cocok", ("peringatan", "kritis"), "Jumlah beda dari rinciannya",
       "Pagu atau realisasi sebuah induk (program, kegiatan) atau jumlah total berbeda dari jumlah rinciannya; "
       "bila realisasi sebagian rincian tidak diketahui, induk yang mencantumkan kurang dari jumlah realisasi "
       "rincian yang diketahui ditambah batas bawah rincian yang tidak diketahui (sedikitnya), atau lebih dari "
       "jumlah itu ditambah batas atasnya (paling banyak), tetap dilaporkan, dan pesannya menyebut batas tiap "
       "rincian itu: persen serapan yang tertulis dari pagu Tabel 2.2, kurang atau lebih setengah satuan angka "
       "terakhirnya (setengah persen pagu Tabel 2.2 bila serapannya tertulis 0), bila setiap sub kegiatan yang mencantumkan "
       "realisasi, pagu dan serapan cocok dengan hitungan itu, atau bila sel serapannya kosong atau tidak "
       "demikian pagunya (pagu P-APBD Tabel 3.2 bila lebih besar), dalam rupiah utuh (kegiatan atau program yang "
       "realisasinya tidak diketahui: batas rinciannya bila pagu rinciannya berjumlah sama dengan pagunya); "
       "bila tidak ada baris yang kedua pagunya berbeda dan serapannya cocok dengan pagu Tabel 2.2 saja, induk "
       "dinilai menurut dua bacaan, persen itu dari pagu Tabel 2.2 atau dari pagu P-APBD (satu dasar untuk seluruh "
       "dokumen): kritis bila keliru menurut keduanya, peringatan yang menyebut keduanya bila cocok hanya "
       "menurut bacaan pagu P-APBD; bila sel serapan dokumen "
       "tidak terbukti dibulatkan, serapan 0 berarti kurang dari 1%; "
       "peringatan bila hanya "
       "batas dengan pagu Tabel 2.2 yang terlampaui (realisasinya mungkin diukur terhadap pagu P-APBD), bila "
       "hanya batas serapan yang dibulatkan yang terlampaui dan batasnya bila sel itu dipotong (satu satuan penuh "
       "angka terakhirnya) tidak, bila "
       "nomor baris Tabel 3.2 menunjukkan "
       "baris hilang di dalam rincian itu, atau bila dua sub kegiatan atau lebih terbaca langsung di bawah program "
       "tanpa kegiatan (mungkin kegiatan yang tertulis tanpa kata \u201cKegiatan\u201d) dan rincian yang terhitung "
       "dua kali menjelaskan jumlah yang lebih besar itu. Tabel 3.2 dalam ribuan rupiah dibandingkan dengan "
       "kelonggaran pembulatan: setengah satuan angka terakhir yang tertulis (seribu, atau sepersepuluh, "
       "seperseratus ... bila tertulis dengan desimal) untuk setiap rincian dan untuk induknya, sehingga selisih "
       "yang berupa satuan utuh paling banyak n/2 satuan dibulatkan ke bawah (n: banyak rincian; induk satu rincian "
       "sama dengan rinciannya); begitu pula Tabel 3.2 "
       "yang skalanya tidak dapat dipastikan (rupiah, atau ribuan rupiah), angkanya dikutip sebagaimana tertulis; "
       "peringatan bila jumlah rinciannya (program bagi jumlah yang tercantum) kurang dari induknya tidak lebih dari (banyak rincian - 1) satuan angka "
       "terakhir itu, selisih yang dijelaskan angka yang dipotong, bukan dibulatkan, kecuali bila induk lain di sisi "
       "tabel itu lebih kecil dari jumlah rinciannya sendiri (rincian yang dipotong tidak pernah melebihi induknya: "
       "tabel itu dibulatkan); bila sel-selnya bertulisan desimal berbeda, angka yang dipotong membuat induk kurang "
       "dari jumlah rinciannya hingga satu satuan angka terakhir induk (kurang satu satuan terkecil) atau lebih "
       "hingga jumlah satuan rinciannya, dan selisih di dalam rentang itu juga peringatan. Desimal dihitung "
       "sebagaimana tertulis (5.000,0: satu desimal); bila tidak diketahui (hanya nilainya), selisih yang melampaui "
       "pembulatan bila sel itu bernol di belakang koma tetapi tidak bila tanpa desimal adalah peringatan yang "
       "menyebut kedua bacaan.",
       "a parent's pagu / realisasi differs from the sum of its children (Tabel 2.2, both sides of 3.2; a sub "
       "kegiatan directly under a program is the program's row; a 3.2 read in thousands is compared within "
       "floor(n / 2) units of the last digit written (Rp1.000, or 10^-d of it for cells written with d decimals: "
       "`_desimal_angka`; cells written to different digits, (u_P + sum u_i) / 2 strictly, in the finest) for n rounded "
       "children stating a value (none for one child: n rounded rows and their rounded parent differ by less than "
       "(n + 1) / 2 units; REV-AS AS-A), a stated total within floor(programs / 2) units (its cells' unknown decimals read both "
       "ways too: beyond the narrow bound only, peringatan naming both; a gap's kegiatan weighed under the narrow reading, "
       "decimals as written); a 3.2 of unknown scale, one of two (`_dua_skala_32`), "
       "within what either reading tolerates (the same, never less than one unit of the last digit written: the rupiah reading's Rp1 for whole cells, "
       "0,01 for cells written `205,12`; REV-BA BA2), its figures quoted as written "
       "(`_skala_ragu_teks`; sums and differences to the most decimals written); children short of their parent by "
       "0 to n - 1 such units, beyond the rounding (n >= 3), a stated total its programs likewise, are peringatan: cut cells, not rounded, fall short so "
       "(REV-AM AM1), but not where a parent of that side states less than its own rows within that rounding (cut rows "
       "never exceed their cut parent: the table is rounded; REV-AO AO1, REV-AR AR2); cells cut to different digits "
       "differ by -(u_P - u_f) to sum u_i - u_f, likewise (REV-AW AW1, AW1b); decimals as written (`sel_32`), a "
       "cell's unknown ones read both as its float's and as its group's finest: beyond the latter's bound only, "
       "peringatan naming both (REV-AW AW2); a parent exactly (u_P + sum u_i) / 2 units off, where rounding half to even "
       "reaches it and half up does not (three rows of one unit: 2; seven: 4; rows written 0 no halves; `_genap_terjangkau`), "
       "peringatan naming half to even (REV-AW AW3); elsewhere Rp1); where the realisation of some children of a "
       "Tabel 2.2 parent or of a JUMLAH row is unknown (`metrics.realisasi_rincian`), the children sum to at least "
       "the known part plus what the unknown rows' serapan cells say they hold at least (a realisation is never "
       "negative): a stated realisation below it is reported ('sedikitnya'), one above it compared with what the "
       "unknown rows can hold at most: a row whose serapan cell states p %, p + half a unit of the cell's last "
       "digit % of its 2.2 pagu (the pagu the document's serapan is a share of; a cell stating 0: below 0.5 % of "
       "it; at least p - that half unit; only where the document's sub kegiatan serapan cells agree with "
       "realisasi / 2.2 pagu so, at least 90 % of them and the row's cell longer than each one off, "
       "`_serapan_tepat`, else as an empty cell but a 0 below one whole unit, 1 %; a share of the pagu that rows "
       "of any level whose two pagu differ show, `_dasar_serapan`, a sub kegiatan's by the sub kegiatan rows where "
       "they show one; where none shows one base alone, the parent "
       "compared under each reading, every such row a "
       "share of its 2.2 pagu or every one of its 3.2 P-APBD pagu, the base being one for the document: kritis "
       "where wrong under both, both quoted, peringatan naming both where it fits the P-APBD reading only, "
       "nothing where it fits the 2.2 reading, kritis on each parent where some fit the 2.2 reading only and "
       "others the P-APBD reading only; a figure a numbering-gap peringatan quotes names its reading), any other "
       "its 2.2 pagu, or its 3.2 P-APBD pagu where larger and 3.2's "
       "scale is known, each bound in whole rupiah (`findings.document._batas_atas`; an unknown kegiatan or "
       "program whose rows' pagu add up to its own: its rows' bounds, `_batas_induk`; "
       "'paling banyak', the message giving each unknown row's bound and why, `_teks_batas`), peringatan where "
       "only the bound on the 2.2 pagu is exceeded (the realisation may be measured against the revised pagu), "
       "and where only the bound of the rounded serapan cells is exceeded, not theirs read as truncated (one "
       "whole unit of the last digit above: a truncation of that cell explains it); "
       "a program with two or more sub kegiatan read directly under it "
       "(no kegiatan between: a hierarchy no Renja has, maybe a kegiatan printed without its word, its rows then "
       "counted twice) is peringatan naming them, only where the rows' sum is above the stated figure and equals "
       "it without a run of direct rows after one of them (a doubling only adds); an empty kegiatan pagu counts its "
       "sub kegiatan's (at least the known part), never Rp 0; a stated "
       "total of 3.2 (urusan or coded bidang, bidang urusan, umbrella urusan or unsur, or closing line) differs from the sum of the programs "
       "it covers (an URUSAN line covering no program while programs follow it is read as an umbrella worded "
       "otherwise, peringatan when it differs; a BIDANG URUSAN line covering none is not checked, and the bidang "
       "line right under it is read also as sharing the programs after them (a summary block), peringatan when "
       "it differs both ways; a total equal to "
       "what it covers is never blamed; a line stating an earlier line's value over the same programs is said "
       "once). The 3.3 fragments are not checked: their children "
       "are incomplete by loss. Where the table is cut short (`dokumen_terpotong`), a total or a parent open at "
       "the last row that its rows read fall short of (a 3.2 in thousands: by more than the total check's rounding) "
       "is named there instead; a sum above it stays kritis (a line "
       "repeating the urusan line after the last row closes the table unless it heads its page or rows follow "
       "it). Where "
       "3.2's printed numbering has a gap (`nomor_tidak_urut`), each parent open at the row before it (the "
       "program and kegiatan that row is in) is peringatan naming the gap: the lost rows may be theirs, or a lost "
       "parent's whose rows now read under them; a stated total above the programs it covers read is peringatan "
       "only over a gap among those programs that may hold a program (not one followed by a sub kegiatan with "
       "one number missing, or with more while the kegiatan before it reads no more than it states and no other "
       "gap lies among that kegiatan's rows); in a 3.2 in thousands, \"no more than it states\" and a run "
       "of rows that explains a doubling are weighed within the rounding of the kegiatan's or program's rows "
       "(`_toleransi_bulat`), and its figures are quoted as written and as read (`_tertulis`)",
       sengketa="baris", kontradiksi=True,
       syarat_tingkat="kritis; peringatan where a gap in 3.2's printed numbering falls inside the sum, where "
       "a program's rows include two or more sub kegiatan read directly under it, or where a realisation is above "
       "its rows' bound on Tabel 2.2's pagu but within the one on 3.2's larger P-APBD pagu, or where, the base of "
       "the serapan cells not shown, it fits only the P-APBD pagu reading of it (kritis where other parents fit "
       "only the 2.2 reading)"),
    _J("antar_tabel_tidak_cocok", ("peringatan", "kritis"), "Angka beda antartabel",
       "Baris yang sama menyebut angka berbeda di dua tabel (misalnya realisasi di Tabel 2.1 dan 2.2); kritis "
       "untuk realisasi dan pagu, peringatan untuk target. Pagu Tabel 3.3 yang skalanya tidak dapat dipastikan, "
       "rupiah atau ribuan (jutaan) rupiah, dinilai beda hanya bila berbeda dalam kedua bacaan itu; demikian juga pagu "
       "Tabel 3.2 yang skalanya demikian terhadap pagu Tabel 3.3 yang skalanya pasti. Dalam bacaan skala lainnya, "
       "selisih pagu hanya peringatan bila dapat berasal dari cara pembulatan, dengan satuan digit terakhir yang "
       "tertulis di setiap sel (20.60 dalam jutaan: Rp10.000): angka induk dengan n rincian (dua atau lebih) yang "
       "memang tertulis sebagai jumlah angka rinciannya di tabel itu, sampai n kali setengah satuan angka terakhir "
       "rinciannya (induk lain, juga induk dengan satu rincian, hanya dalam batas pembulatannya sendiri), atau angka "
       "yang dipotong pada digit terakhirnya, kurang dari satu satuan di bawah angka tabel lainnya; pesannya menyebut "
       "penjelasan yang cocok saja. Pagu tabel yang pasti ditulis dalam ribuan (jutaan) rupiah dibandingkan dalam "
       "batas satu satuan; selisih angka induk yang tertulis sebagai jumlah n rinciannya di atas itu tetapi tidak "
       "lebih dari n kali setengah satuan juga hanya peringatan.",
       "the same row says different things in two tables: 2.2 vs 2.1 (target, realisasi), 2.2 vs 3.3 (pagu "
       "APBD, target before, by code; a code 3.3 writes on two rows is not compared), 3.2 vs 3.3 (pagu P-APBD, "
       "target after, by name). A table read in thousands (`satuan_tidak_wajar`: 3.2 or 3.3) is compared in "
       "rupiah within Rp1.000 and quoted as written and as read (`82.126 ribu rupiah (Rp82.126.000)`; a parent with n "
       "leaf rows under it, n two or more, written as their sum as written in that table (within its own rounding), "
       "within n x half a unit of their last digit: a peringatan, `_BULAT_INDUK`, REV-AI AI1k; a parent not so written "
       "beyond Rp1.000 kritis, REV-AK AK1k); the "
       "pagu of a table whose header says thousands and whose scale is unknown is not compared (targets are): "
       "never a kritis for a scale the document may not share. A 3.2 read as written whose header names no thousands and "
       "whose pagu is about 1/1000 or 1/1000000 of Tabel 2.2's (median ratio within a factor of 3 of 0.001 or 0.000001; "
       "`_seperseribu`; any other ratio, 0 or 14 too, is no scale: compared) or, a Renja murni's, of its 3.3's of known "
       "scale (the same year's plan, pairs by name, `rasio_32_33`, `RenjaDocument.rasio_review_rencana`; a Renja "
       "Perubahan's where 2.2 gives no ratio: its P-APBD pagu to 3.3's pagu after the change, REV-AG AG6) is of one of two "
       "scales (`_dua_skala_32`): its pagu compared with a 3.3 of known scale under both readings, a row differing under "
       "both kritis, its 3.2 cell quoted as written and under both (RIBU8); against a 3.3 of one of two scales too, under "
       "the four readings, a row differing under each kritis; against a 3.3 of unknown scale otherwise, not compared. A 3.3 so read (its header naming no thousands), or a Renja "
       "murni's 3.3 whose pagu is so to its 3.2's (the same year's plan, pairs by name; `_rasio_review_33`; a Renja "
       "Perubahan's where 2.2 gives no ratio: its pagu after the change to 3.2's P-APBD pagu, REV-AG AG7), is of one of two "
       "scales, as written or x1000 (x1000000; `_skala_lain`, `_dua_skala_33`): its pagu is compared under both readings, "
       "and a row differing under both is kritis (the difference holds whichever the scale; under the second each cell "
       "within its own rounding, half a unit of its last digit as written, `_pembulatan` with the reader's decimals, "
       "`tables.evaluation.sel_blok`, `_dengan_desimal_pagu`: `20.60` in millions Rp5.000, `20.6` Rp50.000, `21` "
       "Rp500.000, never a whole unit of the scale; REV-AE AE4, REV-AI AI7: read from the float, `20.60` against "
       "Rp20.660.000 was a peringatan; a parent row with n leaf rows under it in the table so read "
       "(`_rincian_daun`, n two or more) written as their sum as written in that table (within its own rounding, "
       "`_jendela_induk`), beyond that under every reading but within n x half a unit of their last written digit "
       "under a second (`_toleransi_bulat`'s rule), may be written as the sum of its rounded rows: a peringatan "
       "saying so, `_BULAT_JUMLAH`, REV-AG AG4, AG1, REV-AI AI1; a parent not so written, or of one row (that row, "
       "rounded once, REV-AI AI2), only its own rounding (REV-AK AK1: `48` over `16`, `20`, `10` against Rp46.600.000 "
       "is kritis), and no peringatan where its difference under that reading is, within the two cells' "
       "rounding, that of its leaf rows reported kritis (`_dari_daun_pasti`; REV-AO AO3: `36.65` over `16.00`, "
       "`20.65` against Rp36.660.000 is kritis like its row); a peringatan too for any row whose cell under a second reading is below the other table's by STRICTLY less "
       "than one unit plus that figure's own rounding (none for exact rupiah), a figure cut to its last digit, REV-AI "
       "AI3; the peringatan names only the explanation that fits, `_bulat_jumlah`), its cell quoted as written and "
       "under both (`52.500 (skala tabelnya tidak dapat dipastikan: dibaca dalam rupiah Rp52.500, dalam ribuan rupiah "
       "Rp52.500.000; keduanya berbeda)`; REV-AD AD8); a row agreeing under either reading is not reported",
       sengketa="kolom", kontradiksi=True, syarat_tingkat="kritis for realisasi and pagu, peringatan for targets and for a pagu within the rounding "
       "of a second reading of a table of unknown scale (a parent written as the sum of its n rows within n x half a "
       "unit of their last written digit, or a cell less than one unit below the other; in a table of known scale in "
       "thousands, a parent written as the sum of its n rows within n x half a unit)"),
    _J("tanpa_pasangan", ("info",), "Baris tanpa pasangan antartabel",
       "Baris Tabel 3.3 yang tidak dipasangkan dengan baris tabel lain, sehingga angkanya tidak dibandingkan "
       "antartabel: kodenya menunjuk kegiatan atau program lain daripada induk baris Tabel 2.2 yang namanya paling "
       "mirip, atau baris beranggaran itu tidak punya nama yang cukup mirip di Tabel 3.2 padahal baris lain "
       "berpasangan. Temuan ini tidak menilai dokumen.",
       "a coded 3.3 row whose most similar 2.2 name stands under another kegiatan or program than the code's "
       "parent: a code goes only to a row under the parent holding the code's parent (`tables.codes."
       "kode_berjenjang`: by the parent's own code, else by the pairs' vote, a tie deciding nothing; codes "
       "compared as codes, `codes.kode_cocok`: leading zeros, spaces and trailing dots aside, a placeholder "
       "segment matching any number), aligned "
       "again there; left unpaired when no name there is similar enough. Also a 3.3 row with rupiah (a pagu "
       "other than 0) that no 3.2 row pairs with by name where other rows pair. Its pagu and target are not "
       "compared"),
    _J("keterangan_tidak_cocok", ("peringatan",), "Keterangan tidak sesuai pagu",
       "Keterangan mengumumkan perubahan pagu (penambahan atau pengurangan) yang tidak tampak pada perubahan "
       "pagu APBD ke P-APBD, atau yang tidak dapat diperiksa.",
       "a keterangan announces a change (\"Penambahan Rp 2.491.950 ...\", \"Pengurangan Rp.3.251.000,- ...\", "
       "\"Rp. 48 juta\", \"dari Rp 10.000.000 menjadi Rp 12.000.000\"; changes both ways are netted, "
       "\"penambahan Rp 50.000.000 ... pengurangan Rp 2.000.000\" is +48.000.000; of several one way the first, "
       "or their sum where the pagu shows it and the first is no total of the others: "
       "`_bacaan_keterangan`; a figure followed by a unit of measure, \"Rp 300 m2\", is no amount, and a word after a figure of a million or more, \"Rp 1.000.000 M\", multiplies nothing; \"kurang bayar\", \"kurang salur\", \"kurang setor\", \"sisa kurang\" and "
       "\"tambahan penghasilan\" name no direction) that the pagu change APBD -> P-APBD does not show, or that cannot be checked. "
       "Tabel 3.2 of unknown scale (`skala_pasti`; its `pergeseran` computes no change, `reallocation.tanpa_selisih`): the "
       "change is taken from the pagu as written and under its other scale (`_dua_skala_32`, or thousands where its header "
       "says so; within Rp1.000 there): reported only where it fits neither, naming both (REV-AG AG2)"),
    _J("keterangan_cocok", ("info",), "Keterangan sesuai pagu",
       "Perubahan pagu APBD ke P-APBD sama dengan yang diumumkan keterangan; tetap perubahan yang perlu "
       "disetujui reviewer.",
       "the same, where the pagu change matches the announced amount (a Tabel 3.2 of unknown scale: under either "
       "of its readings, naming the one that fits); the pagu change is still a change a "
       "reviewer must approve (`findings.document.JENIS_PERUBAHAN`), never counted as \"bukan masalah\"",
       perubahan=True),
    _J("selisih_tidak_cocok", ("kritis",), "Bertambah/berkurang tidak sesuai",
       "Kolom bertambah/berkurang Tabel 3.3 berbeda dari selisih pagu RKPD Perubahan dan pagu RKPD.",
       "3.3's stated bertambah/berkurang differs from RKPD Perubahan - RKPD (the header's \"(10-12)\" "
       "names no column pair; every sub kegiatan and kegiatan row of the bundled document follows this "
       "difference). A 3.3 read in thousands (`satuan_tidak_wajar`) is checked within Rp1.000 and quoted as "
       "written and as read; one of unknown scale is checked as written and quoted without a unit",
       kontradiksi=True),
    _J("capaian_berlebih", ("peringatan", "kritis"), "Capaian di atas 100%",
       "Capaian kinerja di atas 100% dari target Tabel 2.2; kritis dari 150%. Pesannya menyebut "
       "target revisi Tabel 3.2 bila ada.",
       "capaian K over 100 % (against Tabel 2.2's target; the message names a revised target of Tabel 3.2 and "
       "the capaian against it)",
       sengketa="baris", syarat_tingkat="peringatan; kritis from 150 %"),
    _J("serapan_tanpa_output", ("peringatan", "kritis"), "Serapan tanpa output",
       "Sub kegiatan yang anggarannya sudah terserap tetapi belum ada output (realisasi K = 0); kritis bila "
       "serapannya 75% atau lebih.",
       "sub kegiatan with realisasi Rp > 0 and realisasi K = 0",
       syarat_tingkat="peringatan; kritis from 75 % serapan"),
    _J("output_tanpa_serapan", ("peringatan",), "Output tanpa serapan",
       "Sub kegiatan yang sudah ada output tanpa anggaran terserap (realisasi Rp = 0).",
       "sub kegiatan with realisasi K > 0 and realisasi Rp = 0"),
    _J("target_melebihi_renstra", ("peringatan",), "Target melebihi Renstra",
       "Target tahun berjalan lebih besar daripada target akhir periode Renstra.",
       "the target of the document's year exceeds the end-of-Renstra target (Tabel 2.2 vs 2.1; Tabel 3.1); "
       "the message names the document's year (`keys.tahun_triwulan`) and the Renstra end year the target "
       "captions name (`sources.text.tahun_akhir_renstra`), or none where they are not known"),
    _J("revisi_target", ("info", "peringatan"), "Target direvisi",
       "Target berubah antara Renja (Tabel 2.2) dan perubahannya (Tabel 3.2 atau 3.3): perubahan yang perlu "
       "disetujui reviewer; peringatan bila target dikali atau dibagi 2 atau lebih, atau berubah dari atau "
       "menjadi 0.",
       "target changed between the Renja (2.2) and the revision (3.2), between the two sides of 3.2, or "
       "before/after in 3.3; a change a reviewer must approve, never counted as \"bukan masalah\" "
       "(`findings.document.JENIS_PERUBAHAN`)",
       perubahan=True,
       syarat_tingkat="info; peringatan when the target is multiplied or divided by 2 or more "
                      "(`findings.document.besar_revisi`: new / old >= 2 or <= 0,5; the message names the factor: \"naik "
                      "menjadi 12 kali lipat\", \"turun menjadi seperlimanya (faktor 5)\"), or goes from or to 0. "
                      "A target given as text is not compared. Where the matched 3.2 row names another indicator "
                      "(words overlapping less than `findings.document.BATAS_INDIKATOR_SAMA`, rapidfuzz token set ratio 80), "
                      "no factor is claimed: the message says the indicator differs (peringatan, a change to "
                      "approve)"),
    _J("satuan_tidak_wajar", ("info", "peringatan"), "Satuan tidak wajar",
       "Kolom satuan berisi angka, indikator persentase diukur dengan satuan lain, atau satuan di judul kolom "
       "tidak diikuti nilainya; info bila Tabel 3.2 atau 3.3 dibaca dalam ribuan rupiah sesuai judul kolomnya, "
       "bila judulnya menyebut ribuan tetapi skala nilainya tidak dapat dipastikan (pagunya tidak dibandingkan), "
       "bila pagu Tabel 3.2 yang dibaca sebagaimana tertulis sekitar seperseribu atau sepersejuta pagu Tabel 2.2 atau, pada "
       "Renja murni, pagu Tabel 3.3 yang skalanya pasti, apa pun judul kolomnya (pagunya dibandingkan dengan Tabel 3.3 "
       "dalam kedua bacaan bila judulnya tidak menyebut ribuan dan skala Tabel 3.3 pasti, selain itu tidak dibandingkan), bila pagu Tabel 3.3 yang dibaca sebagaimana tertulis demikian terhadap pagu Tabel 2.2 atau, pada Renja "
       "murni, terhadap pagu Tabel 3.2 (rencana tahun yang sama; pagunya dibandingkan dalam rupiah maupun dalam ribuan "
       "atau jutaan rupiah, dan hanya baris yang berbeda dalam kedua bacaan itu dilaporkan), atau bila pagu prakiraan maju Tabel 3.3 tidak dikali 1.000 karena judul kolomnya sendiri "
       "tidak menyebut ribuan dan skalanya tidak sama dengan pagu tahun berjalan.",
       "a satuan cell holding a number; a percentage indicator measured in another unit; a header unit the "
       "values do not follow (3.2 says `Rp.000`, values equal Tabel 2.2's rupiah: read as rupiah). Info: 3.2 "
       "says `Rp.000` and its values are about 1/1000 of Tabel 2.2's (`findings.document.skala_32`: the median "
       "ratio `rasio_skala_32` x 1000 between 0.1 and 10): its pagu and stated totals are read x1000 "
       "(`load.analyse`, the one place) for pergeseran and every finding; one figure is compared within "
       "Rp1.000 (3.2 vs 3.3, keterangan vs pergeseran), a parent against its n rounded children stating a value "
       "and a stated total against its programs (n: the program rows of that side) within floor(n / 2) x Rp1.000, "
       "none for one (`_toleransi_bulat`: 3.2's sums, the cut test "
       "of `dokumen_terpotong`), as the info says. Info on Tabel 3.3: 3.2 is read x1000 but "
       "3.3's APBD pagu is not about Tabel 2.2's (median ratio over rows paired by code, `_rasio_33`, outside "
       "0.1-10, or no pair): 3.3 may be in thousands too, so 3.2 vs 3.3 pagu is not compared (targets are). "
       "Tabel 3.3 by the same rule (`findings.document.skala_33`): its header says `Rp.000` and its APBD pagu (a "
       "Renja murni's pagu indikatif) is about 1/1000 of 2.2's over rows paired by code: all its money read "
       "x1000 in `load.analyse` (info), compared with 2.2's and 3.2's within Rp1.000; about 2.2's: rupiah, the "
       "header reported (peringatan). A Renja murni's 3.2 is scaled by the same pairs with 2.2 (its running "
       "year) though it presents no pergeseran. Info, scale unknown (`skala_pasti`): a header saying `Rp.000` "
       "over values neither about 1 nor about 1/1000 of 2.2's, no pair, or a 3.3 header naming `(Rp)` too: "
       "read as written, its pagu compared with no other table (targets are). A header says thousands in any "
       "common form (`findings.document._ribuan`: `Rp.000`, `Rp 1.000`, `Rp x 1.000`, and in a cell naming money "
       "`Ribu`, `Ribuan`, `(000)`; not `Rp 1.000.000`). Whatever the header, a 3.2 or 3.3 read as written whose "
       "pagu is about 1/1000 or 1/1000000 of 2.2's (median ratio within a factor of 3 of 0.001 or 0.000001, `_seperseribu`; a ratio of 0, 0.05 or 14, a budget grown or cells left 0, is no scale: rupiah, compared as ever, REV-AB AB1, AB2) is of unknown scale (`skala_pasti`, "
       "`skala_33` NaN): info, its pagu compared with no SIPD (REV-Y Y3); so is a Renja murni's 3.2 read as written "
       "whose pagu is so to its 3.3's of known scale (`rasio_32_33`, `RenjaDocument.rasio_review_rencana`; a murni's 3.2 "
       "ratio to 2.2 is taken whatever its header, RIBU8); a 3.2 whose header names no thousands so (`_dua_skala_32`) has its "
       "pagu compared with a 3.3 of known scale under both readings, a row differing under both kritis (with a 3.3 of one "
       "of two scales too, under the four readings), else with none; "
       "one info (`_rata_32`) names the ratio that told it; so is a Renja murni's 3.3 "
       "whose pagu is so to its 3.2's (the same year's plan, rows paired by name, `_rasio_review_33`; its ratio to 2.2 may be "
       "0,001 x g for a budget grown g times, REV-AC AC4), also where no 2.2 pagu pairs with it (REV-AD AD3). Such a 3.3's "
       "pagu is compared with no SIPD but with 2.2's (not a murni's) and 3.2's (of known scale) under both readings, as "
       "written and x1000 (x1000000), a row differing under both kritis (`antar_tabel_tidak_cocok`, REV-AD AD8), as its "
       "info says. The ratio is quoted with two significant digits at least (`_teks_rasio`: `0,0000012`, never "
       "`0,0000`) and its magnitude named, `sekitar seperseribu` or `sekitar sepersejuta` (REV-AD AD5). A 3.3 read x1000 whose prakiraan maju pagu has its own header "
       "cell naming no unit (the last pagu cell; `maju_33`) is rescaled only where its median ratio to the "
       "current year's pagu as written is about 1; else left as written, said in an info where it holds a pagu",
       sengketa="baris"),
    _J("dokumen_bertentangan", ("peringatan",), "Dokumen bertentangan di korpus",
       "Dua dokumen korpus dengan kunci yang sama (pemda, instansi, tahun, jenis, triwulan) tetapi angka "
       "Tabel 2.2 yang berbeda; keduanya dibaca dan tidak dijumlahkan, reviewer memilih salah satu.",
       "a corpus holds two documents with the same five keys (all stated) and different Tabel 2.2 numbers: "
       "both are read, never summed; the message names the other and both program pagu totals "
       "(`corpus.tandai_ganda`; the same numbers make the later one `ganda` instead)"),
    _J("nama_berkas_beda", ("info",), "Nama berkas beda dari isi dokumen",
       "Tahun atau triwulan pada nama berkas berbeda dari yang disebut dokumen; kunci dokumen diambil dari "
       "isinya, nama berkas hanya dicatat.",
       "a corpus document whose file name names a year or quarter (`keys.kunci_nama_berkas`) other than the "
       "one its text states: the keys are the text's (`kunci_dari` 'dokumen'); the message names both "
       "(`corpus.nama_berkas_beda`), so a reviewer who filed the quarter by name is told"),
    _J("sipd_jumlah_tidak_cocok", ("kritis",), "SIPD: jumlah beda dari rinciannya",
       "Data SIPD: total pagu indikatif yang tertulis berbeda dari jumlah rekamannya.",
       "SIPD data: a stated `total_pagu_indikatif_*` / `total_pagu_n_depan_*` (office, sub-unit, urusan, "
       "bidang, program, kegiatan) differs from the sum of its records",
       sipd=True),
    _J("sipd_kode_placeholder", ("peringatan",), "SIPD: kode placeholder",
       "Data SIPD: kode yang masih berisi tanda pengganti (X.XX.01); satu temuan per program dan sub unit.",
       "SIPD data: codes with placeholders (`X.XX.01`), one finding per program and sub-unit",
       sipd=True),
    _J("sipd_pagu_nol", ("peringatan",), "SIPD: pagu nol",
       "Data SIPD: sub kegiatan dengan pagu 0 (bila ada pagu tahun depan, disebut di temuan yang sama).",
       "SIPD data: a sub kegiatan with pagu 0; its pagu n+1, where it has one, is named in the same finding "
       "(`nilai_rp`), not reported again as a change of pagu n+1",
       sipd=True),
    _J("sipd_pemetaan_indikator", ("info", "peringatan"), "SIPD: tingkat indikator tidak pasti",
       "Data SIPD: kolom mana yang memuat indikator sub kegiatan dan mana yang memuat indikator kegiatan tidak "
       "dapat ditentukan dari data berkas, atau kegiatannya menunjuk ke dua arah.",
       "SIPD data: which fields hold the sub kegiatan's and the kegiatan's indicator is decided per file from "
       "the data (`tables.sipd.pemetaan_indikator`: the fields that differ between the sub kegiatan of a "
       "kegiatan are the sub kegiatan's); reported when the file's data did not decide",
       sipd=True,
       syarat_tingkat="info when no kegiatan with two records tells (the other files' decision or the "
                      "default, `*_sub` = sub kegiatan, is used); peringatan when kegiatan tell both ways "
                      "(the majority is followed; a tie falls back as info does)"),
    _J("sipd_indikator_tidak_berpasangan", ("peringatan",), "SIPD: indikator tanpa pasangan",
       "Data SIPD: nama, target, dan satuan indikator dalam satu isian tidak berpasangan.",
       "SIPD data: packed indicators whose names, targets and units (an outcome: end target, realisasi, "
       "prakiraan, n+1 target) do not pair up, checked on every record: once per sub kegiatan record and "
       "per program or kegiatan pack of a sub-unit, at the first record where it happens",
       sipd=True),
    _J("sipd_indikator_tidak_seragam", ("peringatan",), "SIPD: indikator tidak seragam",
       "Data SIPD: indikator satu program atau kegiatan berbeda antarrekaman sub kegiatannya; yang dibaca "
       "adalah rekaman pertama.",
       "SIPD data: a program's (capaian, outcome) or kegiatan's indicator fields differ between its records "
       "within a sub-unit; the first record's are read, the first record that differs is named",
       sipd=True),
    _J("sipd_target_tidak_terbaca", ("peringatan",), "SIPD: target tidak terbaca",
       "Data SIPD: target yang bukan angka bersatuan atau rentang, atau tidak ada target.",
       "SIPD data: a target that is not a number with a unit, a rate (`8 1000 KH`), a salary count "
       "(`35/14 Orang/bulan`) or a range, or no target (not for an outcome); an outcome's realisasi, "
       "prakiraan or n+1 target that does not read",
       sipd=True),
    _J("sipd_target_ambigu", ("info",), "SIPD: angka target ambigu",
       "Data SIPD: angka target yang dapat dibaca dua cara (1,250 Km: 1.250 atau 1,25); dibaca menurut pemisah "
       "desimal target lain di berkasnya, atau, bila tidak tampak, menurut kebiasaan bahasa Indonesia; satu "
       "temuan per berkas.",
       "SIPD data: a target (an outcome's realisasi, prakiraan, n+1 target) whose number reads two ways "
       "(`1,250 Km`: 1250 or 1.25), read in the decimal convention its file's other targets show "
       "(`tables.sipd.konvensi_target`), else SIPD's Indonesian one (comma decimal, point thousands); one "
       "finding per file, at the first such target, counting them and naming both readings and what decided",
       sipd=True),
    _J("sipd_teks_undefined", ("peringatan",), "SIPD: teks undefined",
       "Data SIPD: rekaman yang memuat teks \u201cundefined\u201d (isian kosong yang tersimpan sebagai teks); "
       "satu temuan per rekaman.",
       "SIPD data: the JavaScript artefact `undefined` in any text field of a record, one finding per record "
       "naming the fields",
       sipd=True),
    _J("sipd_kode_ganda", ("kritis",), "SIPD: kode ganda",
       "Data SIPD: satu kode sub kegiatan muncul pada dua rekaman satu sub unit.",
       "SIPD data: a sub kegiatan code on two records of one sub-unit",
       sipd=True),
    _J("sipd_pagu_n_depan_berubah", ("info", "peringatan"), "SIPD: pagu tahun depan berubah",
       "Data SIPD: pagu tahun depan berbeda lebih dari 50% dari pagu tahun berjalan; perubahan yang perlu "
       "disetujui reviewer. Perubahan di bawah batas materialitas (kurang dari 1% pagu perangkat daerah "
       "dan kurang dari Rp100\u00a0juta, bawaan) dicatat sebagai info.",
       "SIPD data: pagu n+1 differs from pagu n by more than 50 % (sub kegiatan only: a kegiatan's or program's "
       "pagu is the sum of its sub kegiatan); `nilai_rp` is the change. A sub kegiatan with pagu 0 is "
       "`sipd_pagu_nol`, a negative pagu n+1 `nilai_negatif`",
       sipd=True, perubahan=True,
       syarat_tingkat="info below the materiality floor: a change smaller than `config.MATERIALITAS_PERSEN` "
                      "(1 %) of the perangkat daerah's pagu and than `config.MATERIALITAS_RP` (Rp 100 juta), "
                      "configurable (`load_sipd(..., materialitas_persen=, materialitas_rp=)`, "
                      "`--materialitas-persen`, `--materialitas-rp`); else peringatan"),
    _J("sipd_pagu_kosong", ("peringatan",), "SIPD: pagu tidak diisi",
       "Data SIPD: sub kegiatan tanpa pagu (null atau kosong); tidak dihitung sebagai Rp0, dan jumlah pagu di "
       "atasnya tidak memuatnya.",
       "SIPD data: a sub kegiatan whose pagu is null, `\"null\"` or empty (read as missing, never as Rp 0; the "
       "sums above it leave it out)",
       sipd=True),
    _J("sipd_berkas_kosong", ("peringatan",), "SIPD: ekspor kosong",
       "Data SIPD: berkas ekspor di folder pemda yang tidak memuat rekaman; berkas lain tetap dibaca.",
       "SIPD data: an export of a pemda's folder without records (`[]`, `{\"data\": []}`, a header only, 0 "
       "bytes); the other files are read",
       sipd=True),
    _J("sipd_berkas_salinan", ("info",), "SIPD: berkas salinan",
       "Data SIPD: berkas yang isinya sudah dibaca dari berkas lain (sama persis, atau semua rekamannya sama); "
       "dibaca sekali, tidak dihitung dua kali.",
       "SIPD data: a file whose bytes, or every record, an earlier file of the folder already holds: not counted "
       "again",
       sipd=True),
    _J("sipd_rekaman_antar_berkas", ("peringatan",), "SIPD: rekaman di dua berkas",
       "Data SIPD: rekaman (sub kegiatan, sub unit, tahun) yang sama isinya ada di dua berkas ekspor; dihitung "
       "sekali, dari berkas pertama.",
       "SIPD data: records (same sub kegiatan, sub-unit, year and content) in two exports of a folder: counted "
       "once, from the first file; with another content the folder is refused",
       sipd=True),
    _J("sipd_ekspor_sebagian", ("peringatan",), "SIPD: ekspor tidak lengkap",
       "Data SIPD: respons API yang menyatakan jumlah rekaman lain daripada yang dimuatnya (satu halaman dari "
       "respons yang lebih panjang).",
       "SIPD data: an API response (`{\"data\": [...], \"recordsFiltered\": N}`) stating another count than the "
       "records it holds (a page of a longer answer)",
       sipd=True),
    _J("sipd_pagu_beda_indikatif", ("info", "peringatan"), "SIPD: pagu beda dari pagu indikatif",
       "Data SIPD: pagu sub kegiatan berbeda dari pagu indikatifnya (pagu yang ditetapkan RKPD); temuan "
       "menyebut keduanya dan selisihnya.",
       "SIPD data: a record's `pagu` differs from its `pagu_indikatif` (both given); the message names both and "
       "the difference (`nilai_dokumen` the pagu indikatif, `nilai_hitung` the pagu)",
       sipd=True, syarat_tingkat="peringatan when pagu is above its pagu indikatif, info when below"),
    _J("sipd_pagu_sub_unit_beda_indikatif", ("peringatan",), "SIPD: pagu sub unit beda dari pagu indikatif",
       "Data SIPD: jumlah pagu satu sub unit berbeda dari jumlah pagu indikatifnya; temuan menyebut sub unit lain "
       "di SKPD yang sama yang berbeda ke arah sebaliknya (ke mana uangnya bergeser).",
       "SIPD data: a sub-unit's summed `pagu` differs from its summed `pagu_indikatif`; the message names the "
       "sub-units of the same SKPD (`kode_skpd_induk`) that differ the other way, closest amount first, and "
       "whether the SKPD as a whole stays at its indicative total",
       sipd=True),
    _J("sipd_pagu_skpd_beda", ("info", "kritis"), "SIPD: pagu SKPD beda dari plafonnya",
       "Data SIPD: jumlah pagu satu SKPD (semua sub unitnya) berbeda dari pagu SKPD, plafon yang tercatat di "
       "daftar SKPD SIPD.",
       "SIPD data, with SIPD's SKPD list in the folder: an SKPD's pagu (all its sub-units) against its ceiling "
       "`set_pagu_skpd` (its own row of the list; a ceiling of 0 is not compared)",
       sipd=True, syarat_tingkat="kritis above the ceiling, info below it"),
    _J("sipd_realisasi_nilai_tidak_wajar", ("peringatan", "kritis"), "SIPD realisasi: nilai nol atau negatif",
       "Data realisasi SIPD: baris dokumen pembayaran bernilai nol, atau yang realisasi bersihnya (nilai dikurangi "
       "setoran) di bawah nol.",
       "SIPD realisation: a payment line whose `nilai_realisasi` is 0, or whose net value (less `nilai_setoran`) "
       "is below zero (a negative value or return, a return above the line); the rupiah at stake is the net value",
       sipd=True, syarat_tingkat="peringatan for 0; kritis below zero"),
    _J("sipd_realisasi_di_luar_tahun", ("peringatan",), "SIPD realisasi: tanggal di luar tahun anggaran",
       "Data realisasi SIPD: baris yang tanggal dokumennya, atau tanggal SP2D/TBP yang menjadi tanggal "
       "realisasinya, di luar tahun anggaran; realisasinya tidak dihitung pada tahun itu.",
       "SIPD realisation: a line realised (SP2D or TBP date) outside its budget year (not counted in the "
       "year), or whose document is dated in another year; the rupiah at stake is its net value",
       sipd=True),
    _J("sipd_realisasi_tidak_dihitung", ("peringatan",), "SIPD realisasi: baris tidak dihitung",
       "Data realisasi SIPD: baris pembayaran yang tidak dihitung sebagai realisasi karena SP2D-nya tidak lengkap "
       "(nomor tanpa tanggal, atau tanggal tanpa nomor) atau jenis transaksinya tidak dikenal (bukan LS, UP, GU, "
       "TU); temuan menyebut nilainya dan sebabnya.",
       "SIPD realisation: lines the counting rule leaves out for want of what it needs "
       "(`findings.realisation.TIDAK_DIHITUNG`): an LS line with an SP2D number but no SP2D date, or a date but "
       "no number (`sp2d_tidak_lengkap`), or a `jenis_transaksi` other than LS, UP, GU, TU "
       "(`jenis_tidak_dikenal`); one finding per export and cause (the SP2D field missing; the transaction type "
       "as written), on its first line; the rupiah at stake is their net value, in no total",
       sipd=True),
    _J("sipd_realisasi_proses_lama", ("peringatan",), "SIPD realisasi: SPP/SPM lama tanpa SP2D",
       "Data realisasi SIPD: pembayaran LS yang SPP atau SPM-nya sudah lebih dari 14 hari pada akhir periode "
       "data tetapi belum ber-SP2D; belum dihitung sebagai realisasi.",
       "SIPD realisation: an LS payment in process (SPP or SPM without SP2D) more than "
       "`findings.realisation.AMBANG_HARI_SP2D` (14) days before the latest date the exports hold; the rupiah "
       "at stake is its value, not counted as realisation. When the office's exports leave a gap "
       "(`sipd_realisasi_periode_celah`) after the export holding the line, the message says it was in process "
       "in that export and that its later status is not known (its SP2D may be in the missing export)",
       sipd=True),
    _J("sipd_realisasi_periode_tumpang_tindih", ("peringatan",), "SIPD realisasi: periode ekspor tumpang tindih",
       "Data realisasi SIPD: dua ekspor satu perangkat daerah yang periodenya tumpang tindih; baris yang sama di "
       "keduanya dihitung sekali.",
       "SIPD realisation: two exports of one office whose periods (first to last payment: SP2D date, else TBP "
       "date) overlap; "
       "lines in both are counted once; the rupiah at stake is the later export's lines dated in the overlap",
       sipd=True),
    _J("sipd_realisasi_periode_celah", ("info", "peringatan"), "SIPD realisasi: bulan tanpa ekspor",
       "Data realisasi SIPD: bulan sejak Januari tahun anggaran (atau sejak pembayaran pertama satu perangkat "
       "daerah bila lebih awal) sampai bulan terakhir data "
       "ekspor pemdanya yang tidak dicakup ekspor perangkat daerah itu mana pun (ekspor bulan itu mungkin belum "
       "disertakan, atau perangkat daerah itu tidak membayar apa pun); realisasinya terhitung nol. Ekspor kosong "
       "yang namanya menyebut bulan dan serangkai dengan ekspor satu perangkat daerah mencakup bulan itu. Bulan "
       "sebelum pembayaran pertama dan sesudah pembayaran terakhir perangkat daerah yang ekspornya miliknya "
       "sendiri (bukan ekspor pemda) dilaporkan sebagai info: ekspornya tidak menyatakan periodenya.",
       "SIPD realisation: months of an office's span (January of its budget year, `tahun`, or its first SP2D or "
       "TBP date when earlier, to the last payment month of its pemda's exports, so that an office whose first "
       "or last monthly export is missing is found too; without `tahun` from its first payment; "
       "`kode_skpd` as the exports write it) that no export covering the office reaches "
       "(`findings.realisation.bulan_celah`: an export covers its first to last payment month for the offices it "
       "holds; an SKPD one of whose exports holds several of its offices files them together, each of its "
       "exports covering all of them; an export holding several SKPDs is the pemda's: it covers every office of "
       "its pemda, and an office found in one is covered by every export of its pemda holding an office so "
       "filed); one finding per office and run of "
       "months, on its first payment after the gap (a run at the tail: on its last payment); the rupiah at "
       "stake is not known (the office may also have paid nothing then). An empty export (it parses and states "
       "no record: `[]`, `recordsTotal` 0, a CSV of its header only; a 0-byte or whitespace-only file is no "
       "export and covers nothing) whose file name, without the period it states (a year and month `2026-01`, a "
       "month in words with its year `januari-2026`, a date range `2026-01-01_sd_2026-01-31` or "
       "`01.01.2026 s.d. 31.01.2026`; between days or month names a range word `sd`, `sampai`, `hingga` or "
       "` - `), is the name of one office's exports read is that office's export of that period and covers each "
       "month it reaches from the month's first day to its last, or that it and the series' other exports, empty "
       "and read, together reach every day of; a month reached in part covers nothing "
       "(`findings.realisation.ekspor_kosong`, `periode_berkas`; a name read no way or two ways, day or month "
       "first, covers nothing; a day written without its month stays in the series, joined to the series without it "
       "only where it starts the day after a period of that series ends, `16 sd 31 Maret` after `1 sd 15 Maret`, "
       "and both are not read of different offices, `_seri_bersambung`). The head and the tail of an "
       "office in no pemda-wide export are info, one rule for both ends: its own exports show its payments, "
       "not the period they cover (a cumulative export 's.d. Maret' of an office that paid nothing in March ends "
       "in February; one from January of an office that paid nothing in January begins in February), so both "
       "readings are said",
       sipd=True, syarat_tingkat="peringatan; info for the head and the tail of an office whose exports are its "
                                 "own (in no pemda-wide export)"),
    _J("sipd_realisasi_nilai_berubah", ("peringatan",), "SIPD realisasi: nilai baris berubah antarekspor",
       "Data realisasi SIPD: baris dokumen yang sama (nomor, sub kegiatan, rekening) bernilai lain di ekspor lain; "
       "dihitung sekali, dengan nilai versi yang lebih lanjut atau lebih baru.",
       "SIPD realisation: the same document line (document number, office, sub-unit, sub kegiatan, account), "
       "held once by each export holding it, with another `nilai_realisasi` in another export: counted once, "
       "from the most advanced (with SP2D) else latest version (`tables.realisation.hitung_realisasi`); the "
       "finding is on the version not counted, the rupiah at stake is the difference; also a line one export "
       "holds more than once while another holds a value the first lacks (each value counted: which one it "
       "replaces cannot be told), on the later export's line, the rupiah at stake its value",
       sipd=True),
    _J("sipd_realisasi_di_atas_pagu", ("peringatan", "kritis"), "SIPD realisasi: di atas pagu",
       "Data realisasi SIPD dengan ekspor Renja pemda dan tahun yang sama: realisasi sebuah sub kegiatan "
       "melebihi pagunya dalam ekspor Renja. Bila sebagian realisasinya bertahap APBD selain murni (mis. "
       "perubahan), pagu tahap itu tidak ada dalam ekspor Renja dan temuannya peringatan.",
       "SIPD realisation against a Renja export of the same year (`tables.realisation.serapan_rencana`): a sub "
       "kegiatan's cumulative realisation at the latest quarter above its pagu; on the line paid last; the "
       "rupiah at stake is the realisation above the pagu. Lines whose `status_tahap_apbd` is stated and not "
       "`murni` (`findings.realisation.tahap_lain`: paid under the P-APBD) were paid against a pagu the Renja "
       "export does not hold: the message names the stage and its lines",
       sipd=True, syarat_tingkat="kritis; peringatan when a counted line of the sub kegiatan has a "
                                 "`status_tahap_apbd` other than `murni`"),
    _J("sipd_realisasi_tanpa_rencana", ("info", "peringatan"), "SIPD realisasi: sub kegiatan di luar rencana",
       "Data realisasi SIPD dengan ekspor Renja pemda dan tahun yang sama: sub kegiatan yang terealisasi tetapi "
       "tidak ada dalam ekspor Renja perangkat daerahnya; serapannya tidak dihitung.",
       "SIPD realisation against a Renja export: a sub kegiatan realised (cumulative, latest quarter, not 0) that "
       "the plan does not hold for its office (`ada_di` `hanya_realisasi`); on its first line; the rupiah at "
       "stake is its realisation",
       sipd=True, syarat_tingkat="peringatan; info when the plan holds no sub kegiatan of that office at all "
                                 "(the plan given is not the office's)"),
    _J("sipd_realisasi_tanpa_ekspor", ("info", "peringatan"), "SIPD realisasi: perangkat daerah tanpa ekspor realisasi",
       "Data realisasi SIPD dengan ekspor Renja: perangkat daerah yang ada dalam ekspor Renja tetapi tidak satu "
       "pun baris ekspor realisasinya diberikan; realisasinya tidak diketahui (bukan nol), serapannya tidak "
       "dihitung dan pagunya tidak masuk serapan pemda.",
       "SIPD realisation against a Renja export: an office of the plan that no realisation line is of (`ada_di` "
       "`hanya_rencana` at `perangkat_daerah`: its export perhaps not given); `sipd_serapan` leaves its "
       "realisation and serapan NA (not 0) and the page leaves it out of the pemda's serapan and the ranks; on "
       "its first sub kegiatan in the plan; the rupiah at stake is its pagu. A peringatan per office only when "
       "the realisation exports hold lines of several offices (pemda-wide, or several offices' exports); when "
       "they hold one office's (or none), one info finding names the offices without any line and their pagu",
       sipd=True, syarat_tingkat="peringatan per office when the realisation exports hold several offices' lines; "
                                 "else one info finding"),
    _J("sipd_realisasi_kesesuaian", ("info",), "SIPD realisasi: kesesuaian dengan ekspor Renja (pemda, tahun)",
       "Data realisasi SIPD dibandingkan dengan ekspor Renja yang pemda atau tahunnya berbeda (hanya bila diminta "
       "dengan --paksa), atau yang salah satu sisinya tidak menyebut pemda atau tahunnya (tidak diandaikan sama).",
       "before realisation is set against a Renja export, the plan records' pemda and year (`tahun`, "
       "`id_daerah`, `nama_daerah` or the pemda `lokasi_bl` names) against the realisation lines' (`tahun`, "
       "`id_daerah`, `nama_daerah`; `findings.realisation.periksa_rencana`): a difference is refused (exit 2) "
       "unless forced (`--paksa`), then this one finding names it; an aspect a side does not state (a "
       "realisation export naming no pemda) is named here, not assumed",
       sipd=True),
    _J("dokumen_vs_realisasi_sipd", ("info", "peringatan", "kritis"), "Dokumen beda dari realisasi SIPD",
       "Realisasi Rp Tabel 2.2 dokumen dibandingkan dengan realisasi SIPD-RI sampai triwulan dokumen (atau "
       "sampai bulan terakhir ekspor bila dokumen tidak menyebut triwulannya): selisih di atas batas "
       "materialitas (kritis), selisih kecil (info), atau sub kegiatan yang hanya ada di satu sisi atau bernama "
       "sama dengan kode lain (peringatan). Realisasi SIPD yang lebih kecil daripada dokumen padahal data SIPD "
       "mungkin kurang (ekspor berakhir sebelum akhir triwulan, bulan tanpa ekspor, subfolder yang tidak dibaca) "
       "dicatat sebagai peringatan yang menyebut bulan terakhir yang tercakup; angka realisasi SIPD disebut tanpa "
       "bulan yang tidak dicakup ekspor, dengan menyebut bulan itu.",
       "the document's stated realisasi Rp per sub kegiatan (Tabel 2.2) against SIPD's counted realisation "
       "(`tables.realisation.hitung_realisasi`) cumulative to the document's quarter, else to the export's "
       "latest month (said, never guessed); rows paired by code then name (`reconciliation.pasangkan`; two "
       "codes that differ below the bidang urusan are never paired by name): a difference above materiality "
       "(kritis), below it (info), a row on one side only, a material difference of a pair by name similarity "
       "only, the same name under two codes (one finding naming both, nothing compared), a material difference "
       "where SIPD is below the document while SIPD's data may be incomplete (`document_realisation.data_kurang`: "
       "a month of the office no export covers, the months of the quarter after the exports end, a subfolder of "
       "the folder skipped unread, lines of the sub kegiatan left out of the count), or above it while what the "
       "data lacks (months after the exports end or no export covers, a subfolder unread) may reduce it, the data holding lines of "
       "net value below zero (`document_realisation.bisa_turun`) (peringatan); SIPD's side said up to the last "
       "month the exports hold when they end before the quarter, and without the months of the office no "
       "export covers, named (`Periode.sampai`, `Periode.celah`); "
       "all info when forced past the pemda/year/office guard (`--paksa`); no kritis (peringatan, the message "
       "opening with the doubt) when the data's pemda or office may be another's (`Kesesuaian.ragu`, "
       "`reconciliation.ragukan`). `nilai_rp`: the difference, or the row's realisation on its one side",
       sipd=True, syarat_tingkat="kritis / info / peringatan"),
    _J("kesesuaian_sipd", ("info",), "Kesesuaian dokumen dengan SIPD (pemda, tahun, perangkat daerah)",
       "Dokumen dicocokkan dengan data SIPD yang pemda, tahun, atau perangkat daerahnya berbeda (hanya bila "
       "diminta dengan --paksa; temuan perbandingannya lalu dicatat sebagai info), yang salah satu sisinya "
       "tidak menyebut pemda, tahun, atau perangkat daerahnya (tidak diandaikan sama), atau yang nama pemda atau "
       "perangkat daerahnya belum pasti sama dengan dokumen (nama pemda tanpa kabupaten/kota, nama perangkat "
       "daerah yang hanya sebagian sama atau berbeda satu huruf, nama perangkat daerah di halaman judul dan di kalimat "
       "dokumen yang mungkin merujuk Renja perangkat daerah lain, yang di SIPD dapat menunjuk dua perangkat daerah, unit (UPT atau UPTD, kelurahan) yang di halaman judul tercetak di bawah perangkat daerah induknya tetapi tidak ada sebagai sub unit induk itu di SIPD sehingga dibandingkan dengan angka seluruh induknya, perangkat daerah yang dipilih dari nama program/kegiatan yang sama "
       "karena namanya tidak terbaca dalam dokumen, karena dokumen menyebut dua perangkat daerah (keduanya disebut) "
       "tanpa kepastian mana miliknya, atau karena hanya nama berkasnya yang menyebut; temuan perbandingan yang "
       "kritis lalu dicatat sebagai peringatan).",
       "before a reconciliation, the document's pemda, year and office against the SIPD records' (`tahun`, "
       "`id_daerah`, `nama_daerah` or the pemda `lokasi_bl` names, `nama_skpd` compared by its content words, "
       "`names.banding_kantor`; an office found only by shared row names whose name is another's than "
       "the title page's differs, one whose name has words on one side only, initials, a one-letter typo or the "
       "Usaha Mikro/Kecil/Menengah words is not known, and so is the office of a document whose title page and a "
       "sentence that may cite another office's Renja name, as read, one office the SIPD data may hold as two "
       "(`reconciliation._dua_kantor`; a sentence naming the document itself, `Renja ... ini`, names its office), "
       "and so is a unit's (one UPT or UPTD, RSUD or labkesda the title page prints right below its dinas or "
       "badan, in bold or in capitals alike, a kelurahan below its kecamatan or above it in address order; an address, a secretariat/bidang, "
       "units named together or a unit's location line below an office line is no office line; "
       "`sources.text.identitas`'s `instansi_induk`) compared with its parent office's figures, every sub-unit's "
       "together, where SIPD holds no sub-unit of its name (`cara` `induk`; where it does, the sub-unit's rows "
       "alone, `cara` `sub_unit`, `reconciliation.sub_unit_sipd`, as for a unit named without its parent, a "
       "UPT line on a title page naming no other office included, that one office of the data holds as its one "
       "sub-unit of that name; no such sub-unit, or several, is said in the refusal), "
       "and one found by shared row names for a document that names no "
       "office, names two without saying which is its own (two office lines neither a unit of the other, or a "
       "title page and a sentence naming different offices: both names said, `identitas`'s `instansi_ragu`), "
       "or names it only in its file name; a pemda name without its kind, `Madiun`, is not known to be `Kota Madiun`, "
       "`keys.pemda_sama`): a difference is refused "
       "(exit 2) unless forced (`--paksa`), then this one finding names it and every `dokumen_vs_sipd` "
       "finding is info; an aspect a side does not state is named here, not assumed; a pemda or office both "
       "sides name that may be another's, or an office picked by shared row names for a document that names "
       "none (or only in its file name) (`Kesesuaian.ragu`), is named here and every kritis `dokumen_vs_sipd` "
       "finding is a peringatan opening with the doubt (`reconciliation.ragukan`)",
       sipd=True),
    _J("dokumen_vs_sipd_skala", ("kritis",), "Dokumen beda dari SIPD dalam setiap skala",
       "Tabel 3.2 atau 3.3 yang skala pagunya tidak dapat dipastikan (rupiah, atau ribuan/jutaan rupiah) dan "
       "sebagian pagunya hanya sesuai dengan SIPD bila dibaca dalam rupiah, sebagian lain hanya bila dibaca dalam "
       "ribuan (jutaan) rupiah: satu tabel memakai satu skala, sehingga sekurang-kurangnya satu pagu berbeda dari "
       "SIPD walaupun tidak dapat dipastikan yang mana. Satu temuan per tabel menyebut, untuk setiap bacaan, baris "
       "yang berbeda dan jumlah selisihnya; nilai rupiahnya tidak diisi (baris yang disebut dapat sudah dihitung "
       "dalam selisih induknya).",
       "a table of unknown scale (`dokumen_vs_sipd`'s two readings, `reconciliation.skala_lain_pagu`) whose rows "
       "paired with SIPD by code or name (not by name similarity only, not over a SIPD sum missing a pagu) fit SIPD "
       "under opposite readings, some only as written, others only in thousands (millions), each by `_pagu_dua`'s "
       "test (`_dalam`): each row alone is silent, but a table has one scale, so at least one row truly differs "
       "(REV-AU AU3, `reconciliation._skala_satu_tabel`). Rows of one level compared, the lowest showing it (sub "
       "kegiatan first: a parent's difference holds its children's, never counted twice); one kritis per table "
       "naming, under each reading, the rows that would then differ (code and name, three, then how many more) "
       "and their total difference; `nilai_rp` the smaller total, what is certainly at stake. Rows fitting neither "
       "reading keep their own `dokumen_vs_sipd` kritis",
       sipd=True),
    _J("dokumen_vs_sipd", ("info", "peringatan", "kritis"), "Dokumen beda dari SIPD",
       "Dokumen (Tabel 3.2 atau 3.3) dibandingkan dengan SIPD: baris yang hanya ada di satu sisi, nama sama "
       "dengan kode berbeda, atau pagu yang berbeda (kritis), target di luar SIPD, satuan lain, selisih pagu "
       "pasangan yang hanya mirip namanya, atau pagu SIPD yang sama dengan pagu dokumen sebelum perubahan sehingga "
       "data SIPD tampaknya tahap sebelum perubahan (peringatan), nama lain, atau pagu yang tidak diisi di SIPD "
       "sehingga tidak dapat dibandingkan (info). Pagu tabel yang skala nilainya tidak dapat dipastikan (bila itu "
       "Tabel 3.3, pagu Tabel 3.2 yang skalanya pasti dipakai sebagai gantinya) tidak dibandingkan dengan SIPD bila "
       "judul kolomnya menyatakan ribuan tetapi nilainya tidak menunjukkannya; bila judul kolomnya tidak menyatakan "
       "ribuan tetapi pagunya tidak setara pagu Tabel 2.2, sekitar seperseribu atau sepersejuta darinya (pada Renja "
       "murni: atau demikian terhadap pagu tabel bab III yang lain), pagunya dibandingkan dalam rupiah maupun dalam "
       "ribuan (jutaan) rupiah, masing-masing dalam batas pembulatan angka yang tertulis, dan pagu yang berbeda dari "
       "SIPD dalam kedua bacaan itu dinilai seperti pagu yang skalanya pasti (selisihnya tidak dicantumkan di tabel "
       "rekonsiliasi); satu temuan info per tabel mengatakannya. Dokumen tanpa satu pun baris Tabel 3.2 (hasil analisis) maupun "
       "3.3 tidak dibandingkan baris demi baris: satu temuan info mengatakannya, baris SIPD tidak dianggap tidak "
       "ada di dokumen. Bila Tabel 3.2 dokumen terpotong, baris SIPD yang tidak ditemukan disebut sebagai info; "
       "bila nomor baris Tabel 3.2 bercelah, hanya sebanyak nomor yang hilang, dan hanya baris program di sekitar "
       "celah itu. Bila folder SIPD memuat subfolder yang tidak dibaca, baris dokumen yang tidak ditemukan di SIPD "
       "dan pagu SIPD yang lebih kecil dicatat sebagai peringatan yang menyebut subfolder itu.",
       "the document (3.2 / 3.3) against SIPD, rows paired by code, then name (`reconciliation.pasangkan`; two "
       "codes that differ below the bidang urusan, `kode_bawah`, in a segment known on both sides, leading "
       "zeros, spaces and trailing dots aside, are never paired by name): a row on one side "
       "only, the same name under two codes (one finding naming both, nothing compared), a pagu difference "
       "(kritis; a pagu of a Tabel 3.2 or 3.3 read in thousands, `skala_review` / `skala_rencana` 1000, within "
       "its rounding, max(n, 1) x Rp500 (SIPD's side exact, each rounded cell Rp500 off at most; n the "
       "sub kegiatan with a pagu SIPD holds under it, `reconciliation.jumlah_sub`, `toleransi_sipd`), and quoted as written and as "
       "read, `3.297.585 ribu rupiah (Rp3.297.585.000)`; a pagu of a table of unknown scale (its header says thousands "
       "and its values do not tell, or its header does not say thousands and its pagu is about 1/1000 or 1/1000000 "
       "of Tabel 2.2's or, a Renja murni's, of its other section-3 table's), 3.2's of known scale taken in place of such a 3.3's, "
       "is not compared where its header says thousands; where it does not, its scale is one of two (as written, or "
       "thousands / millions, `reconciliation.skala_lain_pagu`) and it is compared under both readings, each within "
       "its own rounding of the cell as written (as written Rp1; else max(n, 1) x half a unit of its last written "
       "digit, `findings.document._pembulatan`), a pagu differing under both reported by the rules of a known scale "
       "(its children's under either reading, a child fitting SIPD only under the other left out of that reading's "
       "sum, `_anak_pasti`, so is a child whose difference under that reading no finding tells, one child's difference "
       "told there needed whatever the children's rounding, REV-AU AU1/AU2, within its own cell's rounding and its "
       "children's, `_bulat_anak`, compared in whole rupiah, `_dalam`: info naming each "
       "reading; SIPD's equal to a pre-revision pagu under either, each pre-revision cell within its own rounding: "
       "peringatan; else kritis), "
       "quoted as written and under both readings (`_tertulis_dua`), both differences named, `nilai_rp` the smaller "
       "(REV-AG AG10), its difference left empty in the reconciliation table; one info per such table saying which "
       "(a pagu of 0 is compared, as Rp0 under every reading: of known scale, quoted once, REV-AP AP2), `reconciliation.skala_pagu`, `_skala_tak_pasti`: the reason told by its header and the ratio that told it, `_rasio_tak_pasti`, printed by `_teks_rasio`, RIBU8); a target outside SIPD's, another unit, a pagu difference of a pair by name similarity only "
       "(its messages say so), a revised pagu differing from SIPD's where SIPD's equals 3.3's pagu before the "
       "revision (APBD, else RKPD: SIPD data of the stage before the revision, not the document's error) "
       "(peringatan); another name, a pagu SIPD leaves empty (never compared as "
       "Rp 0) or a SIPD sum missing such a pagu, a program's or kegiatan's pagu difference that is exactly its "
       "children's (reported once, at the children; a parent of known scale over children of unknown scale: "
       "under either reading of theirs, a child fitting SIPD or told only under the other left out, `_anak_pasti`, "
       "REV-AP AP1, REV-AU AU1) (info); all info when reconciled with SIPD data of another "
       "pemda, year or office (`--paksa`); no kritis (peringatan, the message opening with the doubt) when the "
       "data's pemda or office may be another's (`Kesesuaian.ragu`, `reconciliation.ragukan`); no kritis "
       "(peringatan, the message opening with the entries) where SIPD records not read could explain it (a row "
       "not found in SIPD, SIPD's pagu below the document's, the document's code not in SIPD) and the SIPD "
       "folder holds a subfolder or another entry skipped unread (`sources.base.tidak_dibaca`, "
       "`reconciliation._sebagian_tidak_dibaca`). A document with no 3.2 (hasil analisis) or 3.3 row at all (an "
       "evaluation with Tabel 2.2 only) is not compared row by row: one info finding says why and counts "
       "SIPD's rows, none of which is called missing from the document (Tabel 2.2's pagu, the evaluated one, "
       "is not taken for the plan). A SIPD row not found while Tabel 3.2 is cut short in the text "
       "(`dokumen_terpotong` on it) and 3.3 was not read complete: info, naming the cut "
       "(`reconciliation.tabel_terpotong`); where 3.2's printed numbering has a gap, only the rows of the programs "
       "of the rows paired nearest before and after it (or between them), and only while they and the 3.3 rows "
       "matched to no 3.2 row of those programs (each may be the lost line) are no more than the numbers "
       "missing: info naming the gap; when more may sit there, peringatan naming how many the gap can hold of "
       "how many (which are lost cannot be told; `reconciliation.celah_sipd`); a row of another program: "
       "kritis. `nilai_rp`: the pagu difference, or the pagu of a row on one side",
       sipd=True, syarat_tingkat="kritis / peringatan / info"),
)
del _J

#: The registry by code.
JENIS_TEMUAN: dict[str, JenisTemuan] = {j.kode: j for j in DAFTAR}
if len(JENIS_TEMUAN) != len(DAFTAR):  # pragma: no cover - a typo in the table above
    raise ValueError("finding type registered twice")

#: Types of a document read alone, in report order (``findings.document.JENIS_DOKUMEN``).
JENIS_DOKUMEN: list[str] = [j.kode for j in DAFTAR if not j.sipd]
#: Types of SIPD data and of a document reconciled with it (``findings.document.JENIS_SIPD``).
JENIS_SIPD: list[str] = [j.kode for j in DAFTAR if j.sipd]
#: Every type, in report order (``findings.document.JENIS``).
JENIS: list[str] = JENIS_DOKUMEN + JENIS_SIPD
#: Changes a reviewer must approve (``findings.document.JENIS_PERUBAHAN``).
JENIS_PERUBAHAN: tuple[str, ...] = tuple(j.kode for j in DAFTAR if j.perubahan)
#: Types whose kritis findings dispute a row's numbers (``summary.JENIS_SENGKETA``).
JENIS_SENGKETA: tuple[str, ...] = tuple(j.kode for j in DAFTAR if j.sengketa is not None)
#: Types whose kritis findings dispute one cell, by line and column (``narrative``).
JENIS_SENGKETA_KOLOM: tuple[str, ...] = tuple(j.kode for j in DAFTAR if j.sengketa == "kolom")
#: Types saying two numbers of the document contradict each other (``findings.document.KONTRADIKSI``).
KONTRADIKSI: tuple[str, ...] = tuple(j.kode for j in DAFTAR if j.kontradiksi)
#: Readable labels (``labels.LABEL_JENIS_TEMUAN``).
LABEL: dict[str, str] = {j.kode: j.label for j in DAFTAR}


def _sel(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def tabel_markdown() -> str:
    """The findings table of the docs (Markdown): jenis, what it checks, tingkat.

    Returns
    -------
    str
        A header, a rule and one line per type in report order, ending with a newline.

    Examples
    --------
    >>> lines = tabel_markdown().splitlines()
    >>> lines[0]
    '| jenis | what it checks | tingkat |'
    >>> lines[3]
    '| `baris_ganda` | a row that repeats another exactly (any table; 3.3 records): counted once | kritis |'
    >>> len(lines) == 2 + len(DAFTAR)
    True
    """
    rows = ["| jenis | what it checks | tingkat |", "|---|---|---|"]
    rows += [f"| `{j.kode}` | {_sel(j.penjelasan)} | {_sel(j.teks_tingkat)} |" for j in DAFTAR]
    return "\n".join(rows) + "\n"


def tulis_tabel(path, mulai: str = MULAI, selesai: str = SELESAI) -> bool:
    """Replace the text between the markers ``mulai`` and ``selesai`` of a file with
    ``tabel_markdown()`` (the markers stay).

    Parameters
    ----------
    path : str or Path
        A text file holding each marker once, ``mulai`` first.
    mulai, selesai : str
        The markers (default ``MULAI`` / ``SELESAI``).

    Returns
    -------
    bool
        True when the file changed, False when it already held the current table.

    Raises
    ------
    ValueError
        When a marker is missing, repeated, or out of order.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "temuan.md"
    >>> _ = p.write_text(f"# Temuan\\n{MULAI}\\nlama\\n{SELESAI}\\nakhir\\n", encoding="utf-8")
    >>> tulis_tabel(p), tulis_tabel(p)
    (True, False)
    >>> text = p.read_text(encoding="utf-8")
    >>> text.startswith(f"# Temuan\\n{MULAI}\\n| jenis |"), text.endswith(f"|\\n{SELESAI}\\nakhir\\n")
    (True, True)
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if text.count(mulai) != 1 or text.count(selesai) != 1 or text.index(mulai) > text.index(selesai):
        raise ValueError(f"{path}: expected {mulai!r} once, then {selesai!r} once")
    pola = re.compile(re.escape(mulai) + r".*?" + re.escape(selesai), re.DOTALL)
    baru = pola.sub(lambda _: f"{mulai}\n{tabel_markdown()}{selesai}", text)
    if baru == text:
        return False
    path.write_text(baru, encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    """``python -m renja_analysis.findings FILE...``: write the findings table into
    each file between the markers; without a file, print the table."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        sys.stdout.write(tabel_markdown())
        return 0
    for a in args:
        print(f"{a}: {'updated' if tulis_tabel(a) else 'unchanged'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
