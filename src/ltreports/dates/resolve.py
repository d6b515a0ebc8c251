"""Date matches → contract ``DateMention`` objects (year resolved against ``doc._.ltr_published``), event
dates only (``events.decide`` says which; the visit assembly reads this list).

First the dates that give their year are decided; only those that are event dates lend their year. Then,
for a date the text gives without its year:

1. "šių metų" / "š. m." (``year_offset``): the publication year (``doc._.ltr_published``, else the nearest
   publication stamp), plus the offset ("praėjusių metų": the year before); year-less if none is known;
2. an event date with its year earlier in the same paragraph lends its year ("2023 m. gegužės 3 d. ...
   gegužės 10 d."), by the year rule around that date;
3. else the publication date: ``doc._.ltr_published`` or, when that is None, the nearest publication stamp
   before the date (the first one in the post if none is before it): the year that puts the date from 10
   months before to 2 months after it;
4. else an earlier event date with its year anywhere in the post, by the same rule;
5. else no year: ``--MM-DD`` (a whole month then has no value).

A year-less date never inherits a year in history ("1937 m. ... Kovo 16 d." stays year-less or takes
its year from publication). Relative days ("vakar", "praėjusį penktadienį") resolve against
``doc._.ltr_published`` only (a stamp in the text is not enough: "šiandien" there often means "nowadays").
An impossible date ("vasario 30 d.") stays a mention with no value and adds a warning to ``doc._.ltr_warnings``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..language import doc_text, sentence_start_offsets
from ..matches import Match
from ..schema import DateMention
from .events import HISTORY_YEARS, NAMED_YEAR_MARGIN, Decision, decide, holds_event, in_parentheses, in_this_year
from .facts import DateFact
from .lexer import BLANK_LINE

MONTHS_BEFORE, MONTHS_AFTER = 10, 2
# a year the text names ("2020 m.", "2019 metais", "2018-aisiais"): without a publication date, a date
# more than NAMED_YEAR_MARGIN years before the latest year named is history (a plan "2024–2026 m." in a
# 2023 post does not make its dates history)
BARE_YEAR = re.compile(r"\b((?:19|20)\d\d)\s?(?:m\.|metų|metais|metai|-?(?:ai|iai)siais|-?i?ųjų)(?!\w)")
LEAP_YEAR = 2000


def collect(doc: Doc) -> list[DateMention]:
    """The post's event dates, in text order."""
    if doc._.ltr_warnings is None:
        doc._.ltr_warnings = []
    out: list[DateMention] = []
    for match, resolved, decision in decisions(doc):
        if resolved.warning:
            doc._.ltr_warnings.append(resolved.warning)
        if not decision.event:
            continue
        out.append(
            DateMention(
                text=match.text, start=match.start, end=match.end, value=resolved.value, value_end=resolved.value_end
            )
        )
    return out


def decisions(doc: Doc) -> list[tuple[Match[DateFact], Resolved, Decision]]:
    """Every date match with its resolved value and its event decision (background ones included)."""
    found: list[Match[DateFact]] = sorted(doc._.ltr_date_matches or (), key=lambda m: (m.start, m.end))
    context = _Context(doc_text(doc), doc._.ltr_published, found, _openers(doc, found))
    explicit: dict[int, tuple[Resolved, Decision]] = {}
    for n, match in enumerate(found):
        if match.fact.year is not None or match.fact.stamp:
            resolved = context.safe_resolve(match)
            explicit[n] = (resolved, decide(doc, match, match.fact.year, context.history_until))
    context.anchor([m for n, m in enumerate(found) if n in explicit and explicit[n][1].event])
    out = []
    for n, match in enumerate(found):
        if n in explicit:
            out.append((match, *explicit[n]))
            continue
        fact = match.fact
        if fact.kind in ("day", "range", "month") and fact.year_offset is None and in_this_year(doc, match):
            match = replace(match, fact=replace(fact, year_offset=0))  # "Šiemet spalio 12 d.": "šių metų"
        resolved = after_previous(fact, out) if fact.anchored else context.safe_resolve(match)
        year = int(resolved.value[:4]) if resolved.value and resolved.value[0].isdigit() else None
        history = context.history_before(doc, match)
        if fact.anchored and resolved.value is None:  # "Kitą dieną ..." with no event date told before it
            out.append((match, resolved, Decision(False, "unanchored")))
            continue
        out.append((match, resolved, decide(doc, match, year, context.history_until, history)))
    return out


def after_previous(fact: DateFact, before: list[tuple[Match[DateFact], Resolved, Decision]]) -> Resolved:
    """An anchored day ("Kitą dieną", "Po dviejų dienų"): ``fact.offset`` days after the last day of the event date
    told before it (a range's end); no value without one. A year-less date stays year-less ("--05-15")."""
    told = [r for m, r, d in before if d.event and r.value and m.fact.kind in ("day", "range", "relative")]
    if not told or fact.offset is None:
        return Resolved()
    last = told[-1].value_end or told[-1].value
    assert last is not None
    yearless = last.startswith("--")
    try:
        day = dt.date.fromisoformat(f"{LEAP_YEAR}{last[1:]}" if yearless else last)
        value = day + dt.timedelta(days=fact.offset)
    except (ValueError, OverflowError):
        return Resolved()
    if yearless:
        return Resolved(value=f"--{value.month:02d}-{value.day:02d}")
    return Resolved(value=value.isoformat())


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
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class _Anchor:
    start: int
    para: int
    date: dt.date


class _Context:
    def __init__(self, text: str, published: dt.date | None, found: list[Match[DateFact]], openers: set[int]) -> None:
        self.published = published
        self.openers = openers
        self.breaks = [m.start() for m in BLANK_LINE.finditer(text)]
        self.stamps = [(m.start, d) for m in found if m.fact.stamp and (d := _first_day(m.fact))]
        self.explicit = [(m.start, d) for m in found if not m.fact.stamp and m.fact.year and (d := _first_day(m.fact))]
        dated = [(s, d.year) for s, d in self.explicit if not in_parentheses(text, s, s + 4)]
        self.history_years = sorted(dated)  # the years of dates in the text, asides left out
        years = [d.year for _, d in self.stamps + self.explicit]
        self.post_year = published.year if published else (max(years) if years else None)
        self.history_until = self.post_year - HISTORY_YEARS if self.post_year is not None else None
        named = [int(m[1]) for m in BARE_YEAR.finditer(text)]
        if published is None and named:  # a jubilee post: "1979 m. ... atvėrė" beside "2020 m."
            far = max(named) - NAMED_YEAR_MARGIN
            self.history_until = far if self.history_until is None else max(self.history_until, far)
        self.anchors: list[_Anchor] = []

    def anchor(self, events: list[Match[DateFact]]) -> None:
        """The dates with their year that lend it: event dates only, none in history."""
        days = [(m.start, d) for m in events if not m.fact.stamp and (d := _first_day(m.fact))]
        self.anchors = [_Anchor(s, self.para(s), d) for s, d in days if not self.is_history(d.year)]

    def history_before(self, doc: Doc, match: Match[DateFact]) -> bool:
        """The nearest dated year before the date in its paragraph ("1917 m. gruodžio 11 d.") is in history,
        and the date does not open a sentence or a line (which starts a new account)."""
        if match.start in self.openers:
            return self._continues_history(doc, match)
        para = self.para(match.start)
        years = [(s, y) for s, y in self.history_years if s < match.start and self.para(s) == para]
        return bool(years) and self.is_history(max(years)[1])

    def _continues_history(self, doc: Doc, match: Match[DateFact]) -> bool:
        """A date opening a sentence (not a line) right after a sentence on the same line that names a year
        alone (no month: the day then says when in that year), every year it names in history ("... kurtis
        pradėjo 1975 m. Rugpjūčio 10 d. ... atgabeno"), continues its account. A date opening a line, or after
        a sentence with a whole date ("įkurta 1951 m. gegužės 3 d. Gegužės 10 d. ...") or no year, starts a
        new one; so does a date whose verb says an event was held ("Kovo 16 d. bibliotekoje vyko pamoka")."""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, match.start) + 1
        if not text[line_start : match.start].strip(" \t-–•*") or not doc.has_annotation("SENT_START"):
            return False
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        prev = doc[span.start - 1].sent
        if prev.start_char < line_start or holds_event(span):
            return False  # "1937 m. ... . Kovo 16 d. bibliotekoje vyko pamoka": a verb of holding starts a new account
        dated = {s for s, _ in self.explicit}
        years = [int(m[1]) for m in BARE_YEAR.finditer(text, prev.start_char, prev.end_char)]
        bare = [int(m[1]) for m in BARE_YEAR.finditer(text, prev.start_char, prev.end_char) if m.start() not in dated]
        return bool(bare) and all(self.is_history(y) for y in years)

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.breaks, pos)

    def is_history(self, year: int | None) -> bool:
        return year is not None and self.history_until is not None and year < self.history_until

    def publication(self, pos: int) -> dt.date | None:
        if self.published is not None:
            return self.published
        before = [d for s, d in self.stamps if s < pos]
        if before:
            return before[-1]
        return self.stamps[0][1] if self.stamps else None

    def reference(self, pos: int) -> dt.date | None:
        """The date a year-less date takes its year from."""
        earlier = [a for a in self.anchors if a.start < pos]
        same_para = [a for a in earlier if a.para == self.para(pos)]
        if same_para:
            return same_para[-1].date
        publication = self.publication(pos)
        if publication is not None:
            return publication
        return earlier[-1].date if earlier else None

    def safe_resolve(self, match: Match[DateFact]) -> Resolved:
        try:
            return self.resolve(match)
        except (ValueError, OverflowError):  # a year-less or relative date that falls past year 1 or 9999
            return Resolved(warning=f"the date {match.text!r} falls outside the calendar (years 1-9999)")

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
        year = fact.year
        if year is None:
            year = self.year_of(fact, match.start)
        value = iso(year, fact.month, fact.day)
        if value is None:
            return Resolved(warning=_impossible(match.text, fact.month, fact.day))
        return Resolved(value=value, value_end=self.range_end(fact, year))

    def year_of(self, fact: DateFact, pos: int) -> int | None:
        """The year of a date the text gives without one (rules 1-5 of the module docstring)."""
        assert fact.month is not None
        if fact.year_offset is not None:
            publication = self.publication(pos)
            return publication.year + fact.year_offset if publication is not None else None
        reference = self.reference(pos)
        if reference is None:
            return None
        if fact.day is None:
            return year_for_month(fact.month, reference)
        return year_for(fact.month, fact.day, reference)

    def range_end(self, fact: DateFact, year: int | None) -> str | None:
        if fact.kind != "range" or fact.end_month is None or fact.end_day is None:
            return None
        end_year = fact.end_year if fact.end_year is not None and fact.end_year != fact.year else year
        if end_year is not None and (fact.end_month, fact.end_day) < (fact.month, fact.day) and end_year == year:
            end_year += 1  # "gruodžio 30 – sausio 2 d."
        return iso(end_year, fact.end_month, fact.end_day)

    def resolve_month(self, fact: DateFact, pos: int) -> Resolved:
        assert fact.month is not None
        year = fact.year if fact.year is not None else self.year_of(fact, pos)
        if year is None or not dt.MINYEAR <= year <= dt.MAXYEAR:  # "gruodžio mėn." in a post of 0001-01-01
            return Resolved()
        return Resolved(value=f"{year:04d}-{fact.month:02d}")

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
    if not found:
        return set()
    starts = set()
    if doc.has_annotation("SENT_START"):  # the token arrays at once, not a Token object per token
        starts = sentence_start_offsets(doc)
    out = set()
    text = doc_text(doc)
    for match in found:
        line = text[text.rfind("\n", 0, match.start) + 1 : match.start]
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
