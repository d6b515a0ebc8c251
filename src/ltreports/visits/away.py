"""Which sentences go on telling an event set away from a library: their people took no part in a visit.

A sentence set at another venue ("X kultūros namuose vyko konferencija.") carries its venue to the sentences
after it on its line, which go on telling the same event ("Pranešimą skaitė Y."), up to a sentence that
names a library as its place or gives a date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..language import doc_text
from ..matches import Ranges
from .hosts import generic_host


def account_continued(
    doc: Doc, body: list[Span], where: dict[int, str | None], covered: Ranges, host_starts: Ranges,
    date_starts: Ranges,
) -> list[tuple[int, int]]:
    """The sentences set elsewhere, each with the rest of its line that goes on telling the same event
    ("X kultūros namuose vyko konferencija. ... Pranešimą skaitė Y."): the sentences after it on its line,
    up to one that names a library as its place (also a bare "bibliotekoje") or gives a date."""
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    carrying = False
    previous_end = None
    for sentence in body:
        s, e = sentence.start_char, sentence.end_char
        if where[s]:
            carrying = True
            out.append((s, e))
        elif carrying and previous_end is not None and "\n" not in text[previous_end:s] and not (
            host_starts.overlaps(s, e) or date_starts.overlaps(s, e) or generic_host(sentence, covered)
        ):
            out.append((s, e))
        else:
            carrying = False
        previous_end = s + len(text[s:e].rstrip())  # a sentence may end with the line break
    return out
