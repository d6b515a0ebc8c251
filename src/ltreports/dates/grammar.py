"""The date grammar over lexed items (see ``lexer.py``).

    date     := [nuo] [year] MONTH-gen days [d.|dieną|dienomis] [range-end] [, weekday]
    days     := DAY | DAY–DAY | DAY {, DAY} ir DAY
    range-end:= (–|iki) [MONTH-gen] DAY [d.]
    year     := YEAR (m.|metų|metais) | YEAR-ųjų | YEAR (directly before the month)
              | šių metų | š. m. | praėjusių metų    (PUBYEAR: counted from the publication year)
    MONTH-gen also a Roman numeral before a day with its day word: "2024 m. V. 14 d."
    month    := [year] MONTH-gen (mėnesį|mėn.) [pradžioje|pabaigoje] | MONTH-gen pradžioje | [year] MONTH-acc/loc
              | MONTH-gen savaitgalį|savaitę                     ("paskutinį rugpjūčio savaitgalį")
    days     also after "mėn.": "gegužės mėn. 12–14 d."
    numeric  := 2023-05-03 | 2023.05.03 | 2023/05/03 | 2023 05 03 | 2025-07 | 2023-05-03–05 (a range)
    dayfirst := DAY MONTH-gen [,] YEAR                         ("3 gegužės, 2016")
    relative := šiandien | vakar | rytoj | [praėjusį|šį|ateinantį] weekday-acc | (praėjusią|šią) savaitę
              | weekday-gen day-part                          ("Penktadienio vakarą")
    anchored := (kitą|sekančią|kitos) (dieną|dienos|rytą ...) | po (dienos|savaitės) | po (COUNT|NUM) dienų
                                                                ("Kitą dieną", "po dviejų dienų": from the date before)
    weekday , date | date , weekday | šiandien , date           (one mention: the date's)
    MONTH DAY , YEAR                                            ("gegužės 5, 2016": a site's stamp)

A genitive ordinal without a day word ("Sausio 13-osios atmintis", "Vasario 16-osios aktas") names a
commemoration and is not a date; a nominative one ("Liepos 6-oji") names the day (``DateFact.named_day``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from .facts import DateFact
from .lexer import Item
from .lexicon import key, lexicon

DAY_KINDS = ("NUM", "ORD")


@dataclass(frozen=True, slots=True)
class Parsed:
    first: int  # index of the first item
    last: int  # index of the last item (inclusive)
    fact: DateFact


def parse(items: list[Item], text: str, sentence_starts: set[int] | None = None) -> list[Parsed]:
    """Dates in the items; ``sentence_starts`` (character offsets) tells a capitalized month mid-sentence."""
    return _Parser(items, text, sentence_starts).run()


def _is_day(item: Item | None) -> bool:
    if item is None or item.kind not in DAY_KINDS:
        return False
    day = item.value if item.kind == "NUM" else item.value[0]
    return 1 <= day <= 31


def _written(item: Item) -> bool:
    """An ordinal day written as a word ("pirmąją", "dvidešimt antrąją"): only right after its month, never
    listed after a day ("Kovo 18-ąją, pirmoji ...": an ordinal of something else)."""
    return item.kind == "ORD" and not any(ch.isdigit() for ch in item.text)


def _day(item: Item) -> int:
    return item.value if item.kind == "NUM" else item.value[0]


class _Parser:
    def __init__(self, items: list[Item], text: str, sentence_starts: set[int] | None) -> None:
        self.items = items
        self.text = text
        self.sentence_starts = sentence_starts

    # -- helpers ---------------------------------------------------------------------------------
    def at(self, j: int, para: int) -> Item | None:
        if 0 <= j < len(self.items) and self.items[j].para == para:
            return self.items[j]
        return None

    def kind(self, j: int, para: int) -> str | None:
        item = self.at(j, para)
        return item.kind if item else None

    def raw(self, first: int, last: int) -> tuple[str, ...]:
        return tuple(item.text for item in self.items[first : last + 1])

    def run(self) -> list[Parsed]:
        out: list[Parsed] = []
        i = 0
        items = self.items
        while i < len(items):
            if items[i].kind == "OTHER":  # a plain word starts no date: every parser asks for its own kinds
                i += 1
                continue
            found = self.best(i)
            if found:
                out.extend(found)
                i = found[-1].last + 1
            else:
                i += 1
        return out

    def best(self, i: int) -> list[Parsed]:
        """The longest reading from item i among the parsers that can start at its kind (in this order: the
        first of equally long ones wins)."""
        found = [c for parser in _STARTS.get(self.items[i].kind, ()) if (c := parser(self, i))]
        return max(found, key=lambda c: c[-1].last) if found else []

    # -- numeric ---------------------------------------------------------------------------------
    def numeric(self, i: int) -> list[Parsed]:
        item = self.items[i]
        para = item.para
        if item.kind == "ISO":
            y, m, d = item.value
            if not 1 <= m <= 12 or not 1 <= d <= 31:
                return []
            fact = DateFact("day", y, m, d, numeric=True, raw=(item.text,))
            nxt = self.at(i + 2, para)
            if self.kind(i + 1, para) == "DASH" and nxt is not None and nxt.kind == "ISO":
                ey, em, ed = nxt.value
                if 1 <= em <= 12 and 1 <= ed <= 31:
                    fact = replace(fact, kind="range", end_year=ey, end_month=em, end_day=ed)
                    return [Parsed(i, i + 2, replace(fact, raw=self.raw(i, i + 2)))]
            end_day = nxt.value if nxt is not None and nxt.kind == "NUM" else 0
            if self.kind(i + 1, para) == "DASH" and d < end_day <= 31 and self.kind(i + 3, para) != "TIMEW":
                # "2024-05-14–16": the last day in the same month (not "2024-05-14 – 16 val.")
                last = i + 3 if self.kind(i + 3, para) == "DAYW" else i + 2
                fact = replace(fact, kind="range", end_year=y, end_month=m, end_day=end_day)
                return [Parsed(i, last, replace(fact, raw=self.raw(i, last)))]
            return [Parsed(i, i, fact)]
        if item.kind == "YM":
            y, m = item.value
            return [Parsed(i, i, DateFact("month", y, m, numeric=True, raw=(item.text,)))]
        if item.kind == "YEAR":
            return self.spaced_numeric(i, para)
        return []

    def spaced_numeric(self, i: int, para: int) -> list[Parsed]:
        """ "2023 05 03": a year, then a two-digit month and day, one space apart."""
        m, d = self.at(i + 1, para), self.at(i + 2, para)
        if m is None or d is None or m.kind != "NUM" or d.kind != "NUM":
            return []
        if len(m.text) != 2 or len(d.text) != 2 or not 1 <= m.value <= 12 or not 1 <= d.value <= 31:
            return []
        year = self.items[i]
        if self.text[year.end : m.start] != " " or self.text[m.end : d.start] != " ":
            return []
        return [Parsed(i, i + 2, DateFact("day", year.value, m.value, d.value, numeric=True, raw=self.raw(i, i + 2)))]

    # -- textual ---------------------------------------------------------------------------------
    def year_prefix(self, j: int, para: int) -> tuple[int | None, int]:
        item = self.at(j, para)
        if item is None:
            return None, j
        if item.kind == "YEARSUF":
            return item.value, j + 1
        if item.kind == "YEAR":
            nxt = self.kind(j + 1, para)
            if nxt == "YEARW":
                return item.value, j + 2
            if nxt == "MONTH":
                return item.value, j + 1
        return None, j

    def textual(self, i: int) -> list[Parsed]:
        para = self.items[i].para
        ranged = self.items[i].kind == "FROM"
        start = i + 1 if ranged else i
        offset = None
        if self.kind(start, para) == "PUBYEAR":
            year, j, offset = None, start + 1, self.items[start].value
        else:
            year, j = self.year_prefix(start, para)
        found = self.textual_after_year(i, start, j, para, year, ranged, offset is not None)
        if offset is None:
            return found
        return [replace(p, fact=replace(p.fact, year_offset=offset)) for p in found]

    def textual_after_year(
        self, i: int, start: int, j: int, para: int, year: int | None, ranged: bool, pubyear: bool
    ) -> list[Parsed]:
        month_item = self.at(j, para)
        if month_item is None or month_item.kind != "MONTH":
            return []
        month, case = month_item.value
        if case in ("acc", "loc"):
            if year is None and not pubyear and not self.month_alone(j):
                return []
            return [Parsed(start, j, DateFact("month", year, month, raw=self.raw(start, j)))]
        if case == "nom":
            return []
        after_word = self.at(j + 2, para)
        if self.kind(j + 1, para) == "MONTHW" and (_is_day(after_word) or self.kind(j + 2, para) == "DRANGE"):
            return self.days(i, start, j + 2, para, year, month, ranged)  # "2023 m. gegužės mėn. 3 d."
        if self.kind(j + 1, para) in ("MONTHW", "MPART", "PERIOD"):  # "paskutinį rugpjūčio savaitgalį": in the month
            return [self.month_period(start, j + 1, para, year, month)]
        return self.days(i, start, j + 1, para, year, month, ranged)

    def month_alone(self, j: int) -> bool:
        """ "o gegužę ...", "Spalyje vyko ...": a month without a year, not a form that alone is a common
        word ("kovą", "liepą") nor capitalized mid-sentence (a name)."""
        item = self.items[j]
        if item.text.lower() in lexicon().months_alone_ambiguous:
            return False
        return not self.names_something(j)

    def month_period(self, start: int, j: int, para: int, year: int | None, month: int) -> Parsed:
        last = j
        if self.kind(j, para) == "MONTHW" and self.kind(j + 1, para) == "MPART":
            last = j + 1
        return Parsed(start, last, DateFact("month", year, month, raw=self.raw(start, last)))

    def days(self, i: int, start: int, j: int, para: int, year: int | None, month: int, ranged: bool) -> list[Parsed]:
        item = self.at(j, para)
        if item is None:
            return []
        if item.kind == "DRANGE":
            d1, d2 = item.value
            last = j + 1 if self.kind(j + 1, para) == "DAYW" else j
            if last == j and self.roman_before(j):
                return []
            fact = DateFact("range", year, month, d1, year, month, d2)
            return [self.finish(start, last, para, fact)]
        if not _is_day(item):
            return []
        day = _day(item)
        last = j
        if self.kind(last + 1, para) == "DAYW":
            last += 1
        elif self.kind(last + 1, para) == "JOIN":
            listed = self.day_list(start, j, para, year, month)
            if listed:
                return listed
        if not self.is_date_ordinal(i, item, last, para):
            return []
        if last == j and self.roman_before(j):
            return []  # "V 14": a Roman month only with its day word ("V. 14 d.")
        after = self.at(last + 1, para)
        if _written(item) and after is not None and key(after.text) in lexicon().month_part_nouns:
            return []  # "gegužės pirmąją savaitę": a part of the month, no day
        fact = DateFact("day", year, month, day, named_day=item.kind == "ORD" and item.value[1] == "nom")
        end = self.range_end(last, para, year, month, ranged)
        if end is not None:
            last, fact = end[0], replace(fact, kind="range", end_year=end[1], end_month=end[2], end_day=end[3])
            return [self.finish(i if ranged else start, last, para, fact)]
        if last == j and item.kind == "NUM" and year is None and self.names_something(j - 1):
            return []
        return [self.finish(start, last, para, fact)]

    def roman_before(self, j: int) -> bool:
        """The month right before item j is a Roman numeral ("V. 14 d.")."""
        month = self.items[j - 1] if j > 0 else None
        return month is not None and month.kind == "MONTH" and month.value[1] == "roman"

    def names_something(self, m: int) -> bool:
        """ "Vasario 16 gimnazija": a bare number after a month capitalized mid-sentence is a name."""
        month = self.items[m] if 0 <= m < len(self.items) else None
        if month is None or month.kind != "MONTH" or not month.text[:1].isupper() or self.sentence_starts is None:
            return False
        line = self.text[self.text.rfind("\n", 0, month.start) + 1 : month.start]
        return month.start not in self.sentence_starts and bool(line.strip(' \t-–•*„"“('))

    def is_date_ordinal(self, i: int, item: Item, last: int, para: int) -> bool:
        """A genitive ordinal is a date only with a day word or after "nuo"/"iki" (lower-case month).

        A nominative one ("Liepos 6-oji – Valstybės diena", "Birželio 1-oji ... prasidėjo rytmečiu") names the
        day: a match marked ``named_day``, an event date only as the subject of an event told (``events``).
        """
        if item.kind != "ORD" or item.value[1] not in ("gen", "nom"):
            return True
        if item.value[1] == "nom":
            return True
        nxt = self.items[last] if last > 0 and self.items[last].kind == "DAYW" else self.at(last + 1, para)
        if nxt is not None and nxt.kind == "DAYW" and nxt.value in lexicon().ordinal_gen_day_words:
            return True
        # "gegužės 15-osios popietę", "Sausio 13-osios vakarą": a part of that day
        if nxt is not None and nxt.kind == "OTHER" and key(nxt.text) in lexicon().ordinal_gen_day_words:
            return True
        # "iki gegužės 3-iosios" is a date; "nuo Kovo 11-osios" (capitalized mid-sentence) a name
        before = self.at(i - 1, para) if self.items[i].kind != "FROM" else self.items[i]
        month = next(it for it in self.items[i : last + 1] if it.kind == "MONTH")
        return before is not None and before.kind in ("FROM", "TO") and month.text[:1].islower()

    def range_end(
        self, last: int, para: int, year: int | None, month: int, ranged: bool
    ) -> tuple[int, int | None, int, int] | None:
        """ "– 7 d.", "– birželio 2 d.", "iki 7 d." (after "nuo"): (last item, end year, month, day)."""
        sep = self.kind(last + 1, para)
        if sep != "DASH" and not (sep == "TO" and ranged):
            return None
        end_year, j = self.year_prefix(last + 2, para)
        end_month = month
        item = self.at(j, para)
        if item is not None and item.kind == "MONTH" and item.value[1] in ("gen", "abbr", "roman"):
            end_month = item.value[0]
            j += 1
            item = self.at(j, para)
        if not _is_day(item):
            return None
        end = j + 1 if self.kind(j + 1, para) == "DAYW" else j
        return end, end_year if end_year is not None else year, end_month, _day(item)

    def day_list(self, start: int, j: int, para: int, year: int | None, month: int) -> list[Parsed]:
        """ "24 ir 25 dienomis" (consecutive: a range) or "3, 10 ir 17 d." (one date each)."""
        positions = [j]
        k = j
        while self.kind(k + 1, para) == "JOIN" and _is_day(self.at(k + 2, para)) and not _written(self.items[k + 2]):
            k += 2
            positions.append(k)
        closed = self.kind(k + 1, para) == "DAYW"  # "24 ir 25 dienomis", "3-iąją ir 4-ąją"
        if len(positions) < 2 or not (closed or self.items[k].kind == "ORD"):
            return []
        days = [_day(self.items[p]) for p in positions]
        last = k + 1 if closed else k
        if all(b == a + 1 for a, b in itertools.pairwise(days)):
            fact = DateFact("range", year, month, days[0], year, month, days[-1])
            return [self.finish(start, last, para, fact)]
        out = [Parsed(start, j, DateFact("day", year, month, days[0], raw=self.raw(start, j)))]
        for p, day in zip(positions[1:], days[1:], strict=True):
            end = last if p == positions[-1] else p
            out.append(Parsed(p, end, DateFact("day", year, month, day, raw=self.raw(p, end))))
        return out

    def finish(self, first: int, last: int, para: int, fact: DateFact) -> Parsed:
        """Take in a weekday after a comma ("Balandžio 8 d., penktadienį") and the raw parts."""
        sep, wday = self.at(last + 1, para), self.at(last + 2, para)
        if sep is not None and sep.text == "," and wday is not None and wday.kind == "WDAY":
            last += 2
        return Parsed(first, last, replace(fact, raw=self.raw(first, last)))

    # -- "3 gegužės, 2016" -------------------------------------------------------------------------
    def dayfirst(self, i: int) -> list[Parsed]:
        item = self.items[i]
        para = item.para
        month = self.at(i + 1, para)
        if item.kind != "NUM" or not _is_day(item) or month is None or month.kind != "MONTH":
            return []
        if month.value[1] not in ("gen", "nom", "abbr"):  # "05 Gruodžio 2013", "05 Gruodis 2013"
            return []
        j = i + 2
        if self.at(j, para) is not None and self.items[j].text == ",":
            j += 1
        year = self.at(j, para)
        if year is None or year.kind != "YEAR":
            return []
        last = j + 1 if self.kind(j + 1, para) == "YEARW" else j
        fact = DateFact("day", year.value, month.value[0], item.value, raw=self.raw(i, last))
        return [Parsed(i, last, fact)]

    # -- "gegužės 5, 2016" / "Gegužė 5, 2016" (a site's date stamp) -------------------------------------
    def year_last(self, i: int) -> list[Parsed]:
        month = self.items[i]
        para = month.para
        day, comma, year = self.at(i + 1, para), self.at(i + 2, para), self.at(i + 3, para)
        if month.kind != "MONTH" or month.value[1] not in ("gen", "nom", "abbr") or not _is_day(day):
            return []
        if comma is None or comma.text != "," or year is None or year.kind != "YEAR" or day.kind != "NUM":
            return []
        fact = DateFact("day", year.value, month.value[0], day.value, raw=self.raw(i, i + 3))
        return [Parsed(i, i + 3, fact)]

    # -- relative --------------------------------------------------------------------------------
    def relative(self, i: int) -> list[Parsed]:
        item = self.items[i]
        para = item.para
        if item.kind == "RELDAY":
            merged = self.weekday_then_date(i, i, para)  # "Šiandien, gegužės 5 d., ..."
            return merged or [Parsed(i, i, DateFact("relative", offset=item.value, raw=(item.text,)))]
        direction = None
        j = i
        if item.kind == "RELMOD":
            direction = item.value
            j = i + 1
        target = self.at(j, para)
        if target is None:
            return []
        if target.kind == "PERIOD" and direction is not None:
            return [Parsed(i, j, DateFact("period", direction=direction, raw=self.raw(i, j)))]
        if target.kind == "WDAY" and target.value[1] == "gen" and direction is None:
            part = self.at(j + 1, para)  # "Penktadienio vakarą": a part of that weekday
            if part is not None and key(part.text) in lexicon().day_parts:
                return [Parsed(i, j + 1, DateFact("relative", weekday=target.value[0], raw=self.raw(i, j + 1)))]
            return []
        if target.kind != "WDAY" or target.value[1] != "acc":
            return []
        merged = self.weekday_then_date(i, j, para)
        if merged:
            return merged
        if direction is None:
            # a bare weekday ("Šeštadienį bibliotekoje vyko ..."): the component picks the direction
            # from the tense of its sentence; not "kiekvieną šeštadienį" (every Saturday)
            before = _word_before(self.text, target.start)
            if before and key(before) in lexicon().every_words:
                return []
            return [Parsed(i, j, DateFact("relative", weekday=target.value[0], direction=None, raw=self.raw(i, j)))]
        fact = DateFact("relative", weekday=target.value[0], direction=direction, raw=self.raw(i, j))
        return [Parsed(i, j, fact)]

    def anchored(self, i: int) -> list[Parsed]:
        """ "Kitą dieną", "kitos dienos rytą" (the day after), "po dviejų dienų", "po 3 dienų", "po savaitės": a
        day counted from the event date told before it (``DateFact.anchored``, resolved in ``resolve``)."""
        item = self.items[i]
        para = item.para
        lx = lexicon()
        nxt = self.at(i + 1, para)
        if nxt is None:
            return []
        if item.kind in ("RELMOD", "FOLLOW"):
            if key(item.text) not in lx.following_modifiers or key(nxt.text) not in lx.following_day_words:
                return []
            return [Parsed(i, i + 1, DateFact("relative", offset=1, anchored=True, raw=self.raw(i, i + 1)))]
        if item.kind != "AFTER":
            return []
        unit = lx.day_units.get(key(nxt.text))
        if unit is not None:  # "po dienos", "po savaitės"
            return [Parsed(i, i + 1, DateFact("relative", offset=unit, anchored=True, raw=self.raw(i, i + 1)))]
        count = nxt.value if nxt.kind == "NUM" else lx.day_counts.get(key(nxt.text))
        days = self.at(i + 2, para)  # a count needs its day word: "po dviejų dienų", "po 3 dienų"
        if count is None or not 1 <= count <= 31 or days is None or key(days.text) not in lx.count_day_words:
            return []
        last = i + 2
        return [Parsed(i, last, DateFact("relative", offset=count, anchored=True, raw=self.raw(i, last)))]

    def weekday_then_date(self, i: int, j: int, para: int) -> list[Parsed]:
        """ "Šį sekmadienį, spalio 21-ąją" / "Šiandien, gegužės 5 d.": one mention, the date's."""
        sep = self.at(j + 1, para)
        if sep is None or sep.text != ",":
            return []
        found = self.textual(j + 2) if self.at(j + 2, para) is not None else []
        if len(found) != 1:
            return []
        date = found[0]
        return [Parsed(i, date.last, replace(date.fact, raw=self.raw(i, date.last)))]


def _word_before(text: str, end: int) -> str:
    """The last whitespace-separated word of ``text[:end]`` ("" if none), read back from ``end``: the text before
    it is not copied (``text[:end].rstrip().rsplit(None, 1)[-1]``)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


# The kinds each parser can start at (every other kind gives it nothing): the relative ones at a relative day,
# modifier or weekday; numeric dates at a numeric item or a year; textual ones at "nuo", a year or a month;
# "3 gegužės, 2016" at a number; "gegužės 5, 2016" at a month.
_PARSERS = (
    (_Parser.relative, ("RELDAY", "RELMOD", "WDAY")),
    (_Parser.anchored, ("RELMOD", "FOLLOW", "AFTER")),
    (_Parser.numeric, ("ISO", "YM", "YEAR")),
    (_Parser.textual, ("FROM", "PUBYEAR", "YEARSUF", "YEAR", "MONTH")),
    (_Parser.dayfirst, ("NUM",)),
    (_Parser.year_last, ("MONTH",)),
)
_STARTS = {
    kind: tuple(parser for parser, kinds in _PARSERS if kind in kinds) for _, kinds in _PARSERS for kind in kinds
}
