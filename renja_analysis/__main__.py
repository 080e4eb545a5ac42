"""``python -m renja_analysis`` is the same as the ``renja-analysis`` command.

Guarded: a worker process started by *spawn* (dask's ``LocalCluster``) imports this
module again as ``__mp_main__`` and must not run a second build.
"""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
