"""Who took part in a visit: the people named inside its stretch of text.

People named only in credit lines ("Parengė ...", "... nuotr."), bylines or sentences set at another
venue did not take part.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..language import doc_text
from ..schema import Person, VisitPerson
from .grammar import data


def is_credit(text: str, start: int) -> bool:
    """Is the text at ``start`` in a credit line ("Parengė ...", "... nuotr.") or the closing signature?"""
    words_data = data()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return False
    if words[0].rstrip(":") in words_data["credit_starts"] or words[-1] in words_data["credit_ends"]:
        return True
    sentence_start = max(text.rfind(". ", 0, start) + 2, line_start)
    first = text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in words_data["credit_starts"]:
        return True
    # the closing signature: one of the last three non-empty lines, short, with no sentence punctuation
    tail = [ln for ln in text[line_start:].split("\n") if ln.strip()]
    programme = " – " in line or " - " in line or ":" in line  # "Koncertas – dainininkė X"
    return len(tail) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?")) and not programme


def is_byline(text: str, start: int) -> bool:
    """A name that opens one of the first lines of the post ("Jurgita Bružienė, ... bibliotekininkė")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    earlier = [ln for ln in text[:line_start].split("\n") if ln.strip()]
    return len(earlier) <= 5 and not line.endswith((".", "!", "?"))


def participants(
    doc: Doc, start: int, end: int, people: list[Person], elsewhere: list[tuple[int, int]]
) -> list[VisitPerson]:
    """The people who took part in the event told between ``start`` and ``end``."""
    text = doc_text(doc)
    out: list[VisitPerson] = []
    for person in people:
        inside = [
            m for m in person.mentions
            if start <= m.start < end
            and not is_credit(text, m.start)
            and not is_byline(text, m.start)
            and not any(s <= m.start < e for s, e in elsewhere)
        ]
        if inside:
            out.append(VisitPerson(name=person.name, role=person.role))
    return out
