"""``Ranges``: position and stretch checks against many character ranges, in logarithmic time."""

from __future__ import annotations

import random

import pytest

from ltreports.matches import Ranges

RANGES = [(10, 20), (15, 40), (50, 55), (60, 61)]


@pytest.mark.parametrize(("pos", "inside"), [(9, False), (10, True), (39, True), (40, False), (54, True), (55, False),
                                             (60, True), (61, False), (0, False), (100, False)])
def test_contains(pos: int, inside: bool) -> None:
    assert Ranges(RANGES).contains(pos) is inside


@pytest.mark.parametrize(
    ("start", "end", "covered"),
    [(16, 39, True), (11, 39, False), (16, 41, False), (50, 55, True), (49, 52, False), (60, 61, True), (0, 5, False)],
)
def test_covers(start: int, end: int, covered: bool) -> None:
    assert Ranges(RANGES).covers(start, end) is covered


@pytest.mark.parametrize(("start", "end", "shared"), [(0, 10, False), (0, 11, True), (40, 50, False), (39, 50, True),
                                                      (55, 60, False), (54, 56, True), (70, 80, False)])
def test_overlaps(start: int, end: int, shared: bool) -> None:
    assert Ranges(RANGES).overlaps(start, end) is shared


def test_agrees_with_a_plain_scan() -> None:
    rng = random.Random(7)
    ranges = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 500) for _ in range(60))]
    index = Ranges(ranges)
    for _ in range(2000):
        a = rng.randint(0, 560)
        b = a + rng.randint(1, 40)
        assert index.contains(a) == any(s <= a < e for s, e in ranges)
        assert index.covers(a, b) == any(s <= a and b <= e for s, e in ranges)
        assert index.overlaps(a, b) == any(s < b and a < e for s, e in ranges)


def test_empty() -> None:
    assert not Ranges([]).contains(3) and not Ranges([]).covers(1, 2) and not Ranges([]).overlaps(0, 9)
