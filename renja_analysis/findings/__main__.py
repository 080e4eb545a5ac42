"""``python -m renja_analysis.findings FILE...``: write the finding types' table (``registry``)
into each file between its markers; without a file, print the table."""
import sys

from .registry import main

sys.exit(main())
