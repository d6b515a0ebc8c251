"""What a date match means, before its year is resolved (``Match.fact`` in ``doc._.ltr_date_matches``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["day", "range", "month", "relative", "period"]
Direction = Literal["past", "this", "next"]


@dataclass(frozen=True, slots=True)
class DateFact:
    """A date as written: the parts the text gives, nothing inferred.

    kind: ``day`` ("gegužės 3 d."), ``range`` ("gegužės 3–4 d.", ``end_*`` close it), ``month``
    ("gegužės mėnesį"), ``relative`` (a day counted from publication: "vakar" has ``offset=-1``,
    "praėjusį penktadienį" has ``weekday=5, direction="past"``) or ``period`` ("praėjusią savaitę":
    no day). ``year`` is None when the text gives none; ``year_offset`` is the year counted from the
    publication year ("šių metų gegužės 3 d.": 0, "praėjusių metų gruodžio 5 d.": -1); ``stamp`` marks
    a publication stamp in page chrome ("2019 11 11" alone on a line), which is not an event date. An
    ``anchored`` relative day counts its ``offset`` from the event date told before it, not from publication
    ("Gegužės 14 d. ... Kitą dieną ...": offset 1).
    """

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    offset: int | None = None
    weekday: int | None = None
    direction: Direction | None = None
    year_offset: int | None = None
    numeric: bool = False  # written in digits only ("2023-05-03", "2019 11 11")
    named_day: bool = False  # a nominative ordinal naming the day ("Liepos 6-oji"): an event date only as a subject
    stamp: bool = False
    anchored: bool = False  # ``offset`` counts from the event date told before it ("Kitą dieną", "Po dviejų dienų")
    raw: tuple[str, ...] = ()
