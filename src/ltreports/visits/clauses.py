"""The stretches of text visit assembly reads: sentences, and the dated clauses a sentence joins ("Spalio 5 d.
kultūros centre vyko koncertas, o spalio 6 d. bibliotekoje – poezijos vakaras": two events, two places).

A sentence is cut before a second event date that opens a clause of its own: after a comma, a semicolon or a
dash, perhaps with a coordinating conjunction ("o", "ir"); not inside a list of days ("spalio 3 ir 5 d.",
"spalio 3, 5 d."), which ``event_dates.listed_dates`` reads as one unit.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from spacy.tokens import Doc, Span

from ..language import doc_text
from ..schema import DateMention
from .grammar import data

CLAUSE_MARKS = (",", ";", "–", "—")


def dated_clauses(doc: Doc, body: list[Span], valued: list[DateMention]) -> tuple[list[Span], set[int]]:
    """The body with each sentence cut before the event dates that open a clause of their own, and the start
    offsets of the clauses so cut off (they continue a sentence: a clause without a verb shares its place)."""
    starts = [d.start for d in valued]
    joiners = data()["date_list_joiners"]
    conjunctions = data()["clause_conjunctions"]
    text = doc_text(doc)
    out: list[Span] = []
    continued: set[int] = set()
    for sentence in body:
        dates = valued[bisect_left(starts, sentence.start_char):bisect_left(starts, sentence.end_char)]
        first = sentence.start
        for before, date in pairwise(dates):
            between = text[before.end:date.start].strip().lower()
            if not between or between in joiners:
                continue  # a list of days: one unit
            span = doc.char_span(date.start, date.end, alignment_mode="expand")
            if span is None:
                continue
            line = _line_opened(doc, text, before.end, span.start, first)
            if line is not None:
                out.append(doc[first:line])  # "• Gegužės 8 d. – ..." on a line of its own: an item, not a clause
                first = line
                continue
            j = span.start - 1
            while j > first and doc[j].is_space:
                j -= 1
            if doc[j].lower_ in conjunctions:
                j -= 1
                while j > first and doc[j].is_space:
                    j -= 1
            if j <= first or doc[j].text not in CLAUSE_MARKS or doc[j].idx < before.end:
                continue
            out.append(doc[first:j + 1])
            first = j + 1
            continued.add(doc[first].idx)
        out.append(doc[first:sentence.end] if first > sentence.start else sentence)
    return out, continued


BULLETS = "•·▪‣◦*-–—"


def _line_opened(doc: Doc, text: str, after: int, date_token: int, first: int) -> int | None:
    """The index of the first word of the line that the date at ``date_token`` opens (a bullet may stand
    before it), when a line break stands between it and the text before (from ``after``); else None."""
    newline = text.rfind("\n", after, doc[date_token].idx)
    if newline < 0:
        return None
    lead = text[newline + 1:doc[date_token].idx]
    opens = lead.strip() or doc[date_token].text[:1].isupper() or doc[date_token].like_num
    if lead.strip(" \t" + BULLETS) or not opens:
        return None  # a word before the date, or a lower-case date: a sentence wrapped over lines, no item
    k = date_token
    while k - 1 > first and doc[k - 1].idx > newline:
        k -= 1  # back over the bullet to the line's first token
    return k if k > first else None
