"""Date matches → contract ``DateMention`` objects (year resolved against ``doc._.published``)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..schema import DateMention


def collect(doc: Doc) -> list[DateMention]:
    return [
        DateMention(text=m.text, start=m.start, end=m.end, value=None, value_end=None)
        for m in doc._.date_matches or ()
    ]
