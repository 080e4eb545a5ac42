"""Check: findings (``temuan``) about a document, about SIPD-RI data and about the two
reconciled, all in one schema.

- ``registry``: the finding types, one entry each (code, levels, label, dispute, glossary);
- ``document``: the schema and the checks within one Renja document;
- ``sipd``: the checks within SIPD-RI data;
- ``reconciliation``: a document matched with SIPD-RI, and what differs.
"""
