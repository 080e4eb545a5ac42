"""Output: the processed tables (CSV + Parquet, all-or-nothing) and the reviewers' workbook.

- ``processed``: writers of ``data/processed`` (and any ``--out`` folder);
- ``workbook``: the Excel workbook, and reading it back.
"""
