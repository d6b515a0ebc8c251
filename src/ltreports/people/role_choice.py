"""Which of a person's roles is the person's own post, when the person is named several times.

Each mention with a role is ranked by how the role attaches to the name:

1. apposition: the role stands right next to this name alone ("bibliotekos vedėja Ona Jonaitė",
   "Ona Jonaitė, klubo pirmininkė", "su rašytoja Ona Jonaite");
2. detached or predicative: a dash, colon or parenthesis, or words, between name and role ("Ona Jonaitė –
   poetė", "Renginio vedėja: Ona Jonaitė", "Ona Jonaitė tapo laureate");
3. carried: one role over a group of names ("rašytojų – A, B ir C", "darbuotojos A ir B"): a role the
   person shares, not the person's post;
4. headline: the role and name in a title or caption (a paragraph with no sentence end, or a line break
   between role and name: "Metų bibliotekininkė – Ona Jonaitė").

The best rank wins, the first in the text among equals; ``resolve._fullest`` then states it in full.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..matches import Match
from .facts import PersonFact

APPOSITION, DETACHED, CARRIED, HEADLINE = range(4)
DETACHING = re.compile(r"[–—:(]|\s-\s")
_NON_SPACE = re.compile(r"\S")  # the same characters as str.isspace() leaves out
SENTENCE_END = re.compile(r"[.!?…:;][\"“”»)]*$")


def _headline(text: str, start: int, end: int) -> bool:
    """The span lies in a paragraph (between blank lines) that does not end a sentence and has more text after
    it: a title or a caption (the last paragraph of a text cut short is no title)."""
    opening = text.rfind("\n\n", 0, start)
    closing = text.find("\n\n", end)
    if closing < 0 or _NON_SPACE.search(text, closing) is None:
        return False
    paragraph = text[opening + 1 if opening >= 0 else 0 : closing].strip()
    return not SENTENCE_END.search(paragraph)


class Attachments:
    """The attachment of every role in one document: the person mentions' starts and the role spans that
    more than one mention carries."""

    def __init__(self, text: str, found: list[Match]) -> None:
        self.text = text
        self.starts = sorted(m.start for m in found)
        spans = Counter((m.fact.role_start, m.fact.role_end) for m in found if m.fact.role_start is not None)
        self.shared = {span for span, count in spans.items() if count > 1}

    def rank(self, match: Match) -> int:
        """How the role of ``match`` attaches to its name (the ranks above)."""
        fact: PersonFact = match.fact
        assert fact.role_start is not None and fact.role_end is not None
        text = self.text
        before = fact.role_end <= match.start
        low, high = (fact.role_end, match.start) if before else (match.end, fact.role_start)
        between = text[low:high] if low <= high else ""
        if "\n" in between or _headline(text, min(fact.role_start, match.start), max(fact.role_end, match.end)):
            return HEADLINE
        if (fact.role_start, fact.role_end) in self.shared or bisect_left(self.starts, high) > bisect_left(
            self.starts, low
        ):
            return CARRIED  # one role over several names, or another name between the role and this one
        if DETACHING.search(between) or (not before and any(c.isalpha() for c in between)):
            return DETACHED
        return APPOSITION

    def own_role(self, mentions: list[Match]) -> PersonFact | None:
        """The fact whose role is the person's own post: the best attachment, the first in the text among equals."""
        with_role = [m for m in mentions if m.fact.role and m.fact.role_start is not None]
        if not with_role:
            return next((m.fact for m in mentions if m.fact.role), None)
        return min(with_role, key=lambda m: (self.rank(m), m.start)).fact
