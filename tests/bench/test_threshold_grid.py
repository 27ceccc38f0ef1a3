"""bench.threshold_grid: one threshold pair's figures and whether they hold."""

from __future__ import annotations

import numpy as np

from bench.threshold_grid import figures, holds


def test_figures_of_a_pair() -> None:
    conf = np.array([0.9, 0.8, 0.3, 0.95])
    scope = np.array([0.01, 0.02, 0.01, 0.60])
    correct = np.array([True, False, False, False])
    is_none = np.array([False, False, False, True])
    assert figures(conf, scope, correct, is_none, 0.5, 0.1) == (0.5, 2 / 3, 1.0)
    assert not holds((0.5, 2 / 3, 1.0)) and holds((0.92, 0.1, 0.85))
