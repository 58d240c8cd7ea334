"""k of n with a Wilson score 95% interval, and how a share is written in words."""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # two-sided 95% normal quantile


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (no continuity correction)."""
    if n <= 0:
        raise ValueError("Wilson interval needs n > 0")
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    low = 0.0 if k == 0 else max(0.0, centre - half)
    high = 1.0 if k == n else min(1.0, centre + half)
    return low, high


@dataclass(frozen=True, slots=True)
class Proportion:
    """k of n with a Wilson 95% interval; ``p``, ``low``, ``high`` are None when n == 0."""

    k: int
    n: int
    p: float | None
    low: float | None
    high: float | None

    @classmethod
    def of(cls, k: int, n: int) -> Proportion:
        if n == 0:
            return cls(k, n, None, None, None)
        low, high = wilson(k, n)
        return cls(k, n, k / n, low, high)

    def describe(self) -> str:
        """'3 of 40 (7.5%; 95% CI 2.6% to 19.9%)' in plain words."""
        if self.p is None:
            return "no cases"
        return f"{self.k} of {self.n} ({pct(self.p)}; 95% CI {pct(self.low)} to {pct(self.high)})"


def pct(x: float | None) -> str:
    """A share as a percentage with one decimal, 'n/a' for none."""
    return "n/a" if x is None else f"{100 * x:.1f}%"
