"""Answers that depend on a word form's readings alone, remembered per readings tuple (``per_readings``).

The analyser gives one tuple of readings per word form and keeps it, so such an answer can be remembered by the
tuple's id: two dicts of existing objects (the answer, and the tuple itself kept alive so that no other object
takes its id), no new object per entry for the garbage collector to walk. A list, which may change, is decided
every time. The memo starts over when it holds ``KEPT`` entries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from typing import TypeVar

T = TypeVar("T")
KEPT = 200_000


def per_readings(decide: Callable[[Sequence], T]) -> Callable[[Sequence], T]:
    """``decide(readings)``, remembered per readings tuple."""
    answers: dict[int, T] = {}
    held: dict[int, Sequence] = {}

    @wraps(decide)
    def remembered(readings: Sequence) -> T:
        key = id(readings)
        if key in answers and held[key] is readings:
            return answers[key]
        found = decide(readings)
        if type(readings) is tuple:
            if len(answers) >= KEPT:
                answers.clear()
                held.clear()
            answers[key] = found
            held[key] = readings
        return found

    return remembered
