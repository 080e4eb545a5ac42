"""Shape (stage 2): one module per document table; each turns its block(s) into one tidy
DataFrame.

``evaluation`` (Tabel 2.2 with 2.1 -> ``evaluasi``), ``goals`` (3.1 -> ``tujuan_sasaran``),
``rkpd_review`` (3.2 -> ``review_rkpd``), ``plan`` (3.3 -> ``rencana``), ``reallocation``
(APBD -> P-APBD -> ``pergeseran``), ``sipd`` (SIPD records -> ``sipd_rencana``,
``sipd_indikator``); ``ambiguous`` settles the cells that read two ways, ``_common`` holds
the cell-level helpers.
"""
