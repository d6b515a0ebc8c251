"""Date matches → contract ``DateMention`` objects (year resolved against ``doc._.published``).

Rules, in order, for a date the text gives without its year:

1. a date with its year earlier in the same paragraph lends its year ("2023 m. gegužės 3 d. ... gegužės
   10 d."), by the year rule around that date (a date in history only to a date inside a sentence);
2. else the publication date: ``doc._.published`` or, when that is None, the nearest publication stamp
   before the date (the first one in the post if none is before it): the year that puts the date from 10
   months before to 2 months after it;
3. else an earlier date with its year anywhere in the post, by the same rule;
4. else no year: ``--MM-DD`` (a whole month then has no value).

Relative days ("vakar", "praėjusį penktadienį") resolve against ``doc._.published`` only (a stamp
in the text is not enough: "šiandien" there often means "nowadays").
Publication stamps are not listed. A date more than a year before the post's year (the publication
year, else the latest year of its dates) is a date in history, not of an event, and is left out
("2017 metų kovo 29 d. jis surado ...", a list of staff since 1941). An impossible date ("vasario
30 d.") stays a mention with no value and adds a warning to ``doc._.warnings``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from ..language import doc_text
from ..matches import Match
from ..schema import DateMention
from .facts import DateFact
from .lexer import BLANK_LINE

MONTHS_BEFORE, MONTHS_AFTER = 10, 2
HISTORY_YEARS = 1  # explicit years more than this before the post's year are history
LEAP_YEAR = 2000


def collect(doc: Doc) -> list[DateMention]:
    found: list[Match[DateFact]] = sorted(doc._.date_matches or (), key=lambda m: (m.start, m.end))
    context = _Context(doc.text, doc._.published, found, _openers(doc, found))
    if doc._.warnings is None:
        doc._.warnings = []
    out: list[DateMention] = []
    for match in found:
        if match.fact.stamp:
            continue
        try:
            resolved = context.resolve(match)
        except (ValueError, OverflowError):  # a year-less or relative date that falls past year 1 or 9999
            resolved = Resolved(warning=f"the date {match.text!r} falls outside the calendar (years 1-9999)")
        if resolved.warning:
            doc._.warnings.append(resolved.warning)
        if resolved.historical:
            continue
        out.append(
            DateMention(
                text=match.text, start=match.start, end=match.end, value=resolved.value, value_end=resolved.value_end
            )
        )
    return out


# -- the year rule ------------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def year_for(month: int, day: int, reference: dt.date) -> int:
    """The one year that puts month-day from 10 months before to 2 months after ``reference``."""
    lower, upper = add_months(reference, -MONTHS_BEFORE), add_months(reference, MONTHS_AFTER)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if lower <= candidate < upper:
            return year
    return reference.year  # unreachable: the window spans exactly twelve months


def year_for_month(month: int, reference: dt.date) -> int:
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if -MONTHS_BEFORE <= (year - reference.year) * 12 + month - reference.month < MONTHS_AFTER:
            return year
    return reference.year


def iso(year: int | None, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` / ``--MM-DD``; None when no such day exists."""
    try:
        dt.date(year if year is not None else LEAP_YEAR, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def weekday_date(reference: dt.date, weekday: int, direction: str) -> dt.date:
    diff = weekday - reference.isoweekday()
    if direction == "past":
        return reference - dt.timedelta(days=(-diff) % 7 or 7)
    if direction == "next":
        return reference + dt.timedelta(days=diff % 7 or 7)
    return reference + dt.timedelta(days=diff)  # "šį penktadienį": the same week, Monday to Sunday


# -- context --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None = None
    value_end: str | None = None
    historical: bool = False
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class _Anchor:
    start: int
    para: int
    date: dt.date
    historical: bool = False


class _Context:
    def __init__(self, text: str, published: dt.date | None, found: list[Match[DateFact]], openers: set[int]) -> None:
        self.published = published
        self.openers = openers
        self.breaks = [m.start() for m in BLANK_LINE.finditer(text)]
        self.stamps = [(m.start, d) for m in found if m.fact.stamp and (d := _first_day(m.fact))]
        explicit = [(m.start, d) for m in found if not m.fact.stamp and m.fact.year and (d := _first_day(m.fact))]
        years = [d.year for _, d in self.stamps + explicit]
        self.post_year = published.year if published else (max(years) if years else None)
        self.anchors = [_Anchor(s, self.para(s), d, self.is_history(d.year)) for s, d in explicit]

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.breaks, pos)

    def is_history(self, year: int | None) -> bool:
        return year is not None and self.post_year is not None and year < self.post_year - HISTORY_YEARS

    def publication(self, pos: int) -> dt.date | None:
        if self.published is not None:
            return self.published
        before = [d for s, d in self.stamps if s < pos]
        if before:
            return before[-1]
        return self.stamps[0][1] if self.stamps else None

    def reference(self, pos: int) -> tuple[dt.date | None, bool]:
        """The date a year-less date takes its year from, and whether that date is history.

        A date opening a sentence starts a new account ("Gimė 1950 m. gegužės 3 d. Gegužės 10 d.
        bibliotekoje vyko ..."): it takes no year from a date in history before it.
        """
        earlier = [a for a in self.anchors if a.start < pos]
        if pos in self.openers:
            earlier = [a for a in earlier if not a.historical]
        same_para = [a for a in earlier if a.para == self.para(pos)]
        if same_para:
            return same_para[-1].date, same_para[-1].historical
        publication = self.publication(pos)
        if publication is not None:
            return publication, False
        if earlier:
            return earlier[-1].date, earlier[-1].historical
        return None, False

    def resolve(self, match: Match[DateFact]) -> Resolved:
        fact = match.fact
        if fact.kind in ("day", "range"):
            return self.resolve_day(match)
        if fact.kind == "month":
            return self.resolve_month(fact, match.start)
        if fact.kind == "relative":
            return self.resolve_relative(fact)
        return Resolved()

    def resolve_day(self, match: Match[DateFact]) -> Resolved:
        fact = match.fact
        assert fact.month is not None and fact.day is not None
        year, history = fact.year, self.is_history(fact.year)
        if year is None:
            reference, history = self.reference(match.start)
            year = year_for(fact.month, fact.day, reference) if reference else None
        value = iso(year, fact.month, fact.day)
        if value is None:
            return Resolved(warning=_impossible(match.text, fact.month, fact.day))
        return Resolved(value=value, value_end=self.range_end(fact, year), historical=history)

    def range_end(self, fact: DateFact, year: int | None) -> str | None:
        if fact.kind != "range" or fact.end_month is None or fact.end_day is None:
            return None
        end_year = fact.end_year if fact.end_year is not None and fact.end_year != fact.year else year
        if end_year is not None and (fact.end_month, fact.end_day) < (fact.month, fact.day) and end_year == year:
            end_year += 1  # "gruodžio 30 – sausio 2 d."
        return iso(end_year, fact.end_month, fact.end_day)

    def resolve_month(self, fact: DateFact, pos: int) -> Resolved:
        assert fact.month is not None
        year, history = fact.year, self.is_history(fact.year)
        if year is None:
            reference, history = self.reference(pos)
            if reference is None:
                return Resolved()
            year = year_for_month(fact.month, reference)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:  # "gruodžio mėn." in a post of 0001-01-01
            return Resolved()
        return Resolved(value=f"{year:04d}-{fact.month:02d}", historical=history)

    def resolve_relative(self, fact: DateFact) -> Resolved:
        publication = self.published  # the gold rule: relative days count only with a given publication date
        if publication is None:
            return Resolved()
        if fact.offset is not None:
            return Resolved(value=(publication + dt.timedelta(days=fact.offset)).isoformat())
        if fact.weekday is not None and fact.direction is not None:
            return Resolved(value=weekday_date(publication, fact.weekday, fact.direction).isoformat())
        return Resolved()


def _openers(doc: Doc, found: list[Match[DateFact]]) -> set[int]:
    """Starts of the matches that open a sentence or a line."""
    starts = {t.idx for t in doc if t.is_sent_start} if doc.has_annotation("SENT_START") else set()
    out = set()
    for match in found:
        line = doc_text(doc)[doc_text(doc).rfind("\n", 0, match.start) + 1 : match.start]
        if match.start in starts or not line.strip(" \t-–•*"):
            out.add(match.start)
    return out


def _first_day(fact: DateFact) -> dt.date | None:
    if fact.year is None or fact.month is None:
        return None
    try:
        return dt.date(fact.year, fact.month, fact.day or 15)
    except ValueError:
        return None


def _impossible(text: str, month: int, day: int) -> str:
    return f"impossible date {text!r}: month {month} has no day {day}; its value is left null"
