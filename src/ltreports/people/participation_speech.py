"""Quoted speech around a person's name: who speaks, and which words of a sentence the speech holds.

- The attribution of an interrupted quotation is no part of the quote: „Knyga – geriausias draugas, – sakė
  bibliotekininkė X. – Ateikite dažniau.“ names the speaker X between the quote marks of one line (a name inside
  the quoted words themselves stays a part of the speech, as the name detector reads it).
- A year of history inside quoted speech does not date the speaker's sentence: „2010 metais pirmą kartą atėjau
  į biblioteką“, – prisiminė poetė X (``years_apart``, with a relative clause or an apposition of the name).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..language import doc_words
from ..morphology.component import doc_analyses
from .name_context import YEAR_RE, data, finite_readings, tells_between

# a comma, "!" or "?" then a dash after the quote's opening: the quotation broke off for its attribution
_ATTRIBUTION = re.compile(r"[,!?…]\s*[–—-]\s+([^„“”\"–—]{0,80})$")
_OPENING = "„«"
# the quotation resumes after the attribution: a few words, ". –" or ", –", then the quote closes on the line
_RESUMED = re.compile(r"[^„“”\"–—.!?]{0,60}[.,:]\s*[–—-]\s[^\n]*[“”»\"]")


def speech_attribution(text: str, start: int, end: int) -> bool:
    """The name at ``start``:``end`` stands in the attribution of an interrupted quotation on its line ("„…, – sakė
    bibliotekininkė X. – …“"): its quote opened before, then ", –" and the words of saying, with no quote
    between; after the name the quotation resumes (". –" or ", –" a few words on, a closing quote later)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    opening = max(head.rfind(q) for q in _OPENING)
    if opening == -1 and head.count('"') % 2:
        opening = head.rfind('"')  # straight quotes: an odd number before the name leaves one open
    if opening == -1:
        return False
    found = _ATTRIBUTION.search(head, opening)
    if found is None or len(found.group(1).split()) > 6:
        return False
    line_end = text.find("\n", end)
    return _RESUMED.match(text, end, len(text) if line_end == -1 else line_end) is not None


def years_apart(doc: Doc, first: int, last: int, sent: Span, limit: int) -> bool:
    """Every year before ``limit`` that ``sent`` names stands apart from the name's own clause: inside quoted speech
    („2010 metais čia atėjau“, – prisiminė X), in another part of the sentence that a comma sets off and a relative
    word or an active participle opens ("X, nuo 1998 m. gyvenanti ..., skaitė", "X, kurios knyga
    išleista 2005 m."), or in the role phrase before the name ("dalyvavo 2019 m. konkurso laureatė X"). Such a
    year dates something said about the person, not the sentence the person takes part in."""
    quoted, parts, found = sentence_parts(doc, sent)
    texts = doc_words(doc)[0]
    years = [i for i in found if (m := YEAR_RE.match(texts[i])) and int(m.group(1)) < limit]
    if not years:
        return False
    own = next(p for p in parts if p[0] <= first <= p[1])
    analyses = doc_analyses(doc)
    if _opened_by_relative(texts, own):
        return False  # "vakaras, kuriame dalyvavo X": the main clause's year dates the relative clause too
    for i in years:
        if i in quoted:
            continue
        part = next(p for p in parts if p[0] <= i <= p[1])
        if part != own:
            if _set_apart(doc, part):
                continue
            return False
        if i < first and not any(finite_readings(analyses[k]) for k in range(i + 1, first)) and any(
            finite_readings(analyses[k]) for k in range(own[0], i)  # (``is_finite_verb`` by index)
        ):
            continue  # "dalyvavo 2019 m. konkurso laureatė X": the role phrase after the predicate
        if i > last and tells_between(doc, last + 1, i):
            continue  # "X papasakojo apie rašytojo apsilankymą 1930 m.": the year dates what is told
        return False
    return True


PARTS_KEY = "ltr_sentence_parts"


def sentence_parts(doc: Doc, sent: Span) -> tuple[frozenset[int], list[tuple[int, int]], list[int]]:
    """The sentence read once (cached on the Doc by its start): the token indices inside quotes, its stretches
    between commas and dashes outside quotes, and the indices of its years."""
    cache = doc.user_data.setdefault(PARTS_KEY, {})
    found = cache.get(sent.start)
    if found is None:
        texts = doc_words(doc)[0]
        quoted = frozenset(_quoted(texts, sent))
        years = [i for i in range(sent.start, sent.end) if YEAR_RE.match(texts[i])]
        found = cache[sent.start] = (quoted, _parts(texts, sent, quoted), years)
    return found


def dated_main_clause(doc: Doc, first: int, sent: Span, limit: int) -> bool:
    """The name stands in a relative clause whose main clause, just before it, is dated before ``limit``: "1990 m.
    vyko vakaras, kuriame dalyvavo rašytojas X" (the relative clause happened then too)."""
    quoted, parts, years = sentence_parts(doc, sent)
    if not years:
        return False
    texts = doc_words(doc)[0]
    k = next(n for n, p in enumerate(parts) if p[0] <= first <= p[1])
    if k == 0 or not _opened_by_relative(texts, parts[k]):
        return False
    lo, hi = parts[k - 1]
    return any(
        lo <= i <= hi and i not in quoted and (m := YEAR_RE.match(texts[i])) is not None and int(m.group(1)) < limit
        for i in years
    )


def _quoted(texts: list[str], sent: Span) -> set[int]:
    """The token indices inside „…“ quotes of ``sent``."""
    inside: set[int] = set()
    depth = 0
    for i in range(sent.start, sent.end):
        t = texts[i]
        if t in "„«":
            depth += 1
        elif t in "“”»" and depth:
            depth -= 1
        elif t == '"':
            depth = 0 if depth else 1
        elif depth:
            inside.add(i)
    return inside


def _parts(texts: list[str], sent: Span, quoted: frozenset[int]) -> list[tuple[int, int]]:
    """The stretches of ``sent`` between its commas and dashes outside quotes (first and last index)."""
    parts, lo = [], sent.start
    for i in range(sent.start, sent.end):
        if texts[i] in (",", "–", "—") and i not in quoted:
            parts.append((lo, i))
            lo = i + 1
    parts.append((lo, sent.end - 1))
    return parts


def _opened_by_relative(texts: list[str], part: tuple[int, int]) -> bool:
    words = [k for k in range(part[0], part[1] + 1) if texts[k].strip() and texts[k] not in (",", "–", "—")]
    return bool(words) and texts[words[0]].lower() in data()["subordinators"]


def _set_apart(doc: Doc, part: tuple[int, int]) -> bool:
    """A dependent part: opened by a relative word ("kurios", "kai") or holding an active participle ("gyvenanti",
    "išleidusi") and no finite verb of its own."""
    if _opened_by_relative(doc_words(doc)[0], part):
        return True
    readings = [doc_analyses(doc)[k] or () for k in range(part[0], part[1] + 1)]  # by index: no Token per word
    return not any(finite_readings(found) for found in readings) and any(
        a.pos.startswith("verb") and any(g.startswith("Part_Act") for g in a.tags)
        for found in readings for a in found
    )
