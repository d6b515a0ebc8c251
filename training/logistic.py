"""Plain L2-regularised logistic regression by gradient descent, shared by the training scripts.

Deterministic (zero start, fixed steps), numpy only: the scripts compare a small model with the rules under
cross-validation grouped by site, and a model this size needs no other dependency.
"""

from __future__ import annotations

import numpy as np


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Weights for ``x`` whose column 0 is the bias (ones), which is not regularised."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= rate * grad
    return w
