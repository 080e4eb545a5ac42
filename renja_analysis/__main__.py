"""``python -m renja_analysis`` is the same as the ``renja-analysis`` command."""
import sys

from .cli import main

sys.exit(main())
