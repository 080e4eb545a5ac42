"""``tables._common.floats`` (a column of numbers built through numpy; ``tables.plan._table_of``
and the other table modules) gives the column pandas' own conversion gave
(``pd.Series(values, dtype="Float64")``): the same values, NA where a value is None or NaN, the
same data under the mask."""
from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
import pytest

from renja_analysis.tables._common import floats


def test_by_hand():
    s = floats([2.5, None, 7, float("nan"), -0.0, 2**60])
    assert s.isna().tolist() == [False, True, False, True, False, False]
    assert s.dropna().tolist() == [2.5, 7.0, -0.0, 1.152921504606847e18]
    assert str(s.dtype) == "Float64" and floats([]).tolist() == []


@pytest.mark.parametrize("seed", range(30))
def test_as_pandas_conversion(seed):
    rng = random.Random(seed)
    pool = [None, 0, 1, -3, 2**53 + 1, 1.5, -2.25, 1e15, float("inf"), float("nan"), 3_251_000.0]
    values = [rng.choice(pool) for _ in range(rng.randint(0, 40))]
    got, want = floats(values), pd.Series(values, dtype="Float64")
    pd.testing.assert_series_equal(got, want, check_exact=True)
    assert np.array_equal(got.array._mask, want.array._mask)
    assert all(math.isnan(a) and math.isnan(b) or a == b for a, b in zip(got.array._data, want.array._data))
