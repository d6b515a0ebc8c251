"""What the library rules share: a found mention (``Hit``) and the word cursor they all work on.

``FinderBase`` holds the words of one post, which of them a rule has used (a word used by one rule
is not used again) and the hits found so far; each rule module adds its methods as a mixin
(``named.py``, ``settlement_words.py``, ``branch_context.py``, ``branch_phrases.py``,
``city_branches.py``, ``others.py``, ``post_library.py``, ``parents.py``), and ``component.py`` puts
them together in their order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any

from spacy.tokens import Doc

from ..matches import in_boilerplate
from .demonyms import seat_of_demonym
from .gazetteer import Entry, Gazetteer
from .places import qualifier
from .readings import analyses, quoted_ranges
from .words import Word, fold, lexicon

MAX_CHAIN = 7
COORDINATORS = ("ir", "bei")


@dataclass
class Hit:
    """A found mention before its parent is decided: words [i, j] of the text."""

    i: int
    j: int
    entries: tuple[Entry, ...] = ()
    kind: str | None = None  # for hits without an entry: branch, other
    settlement: str | None = None
    name: str | None = None
    rule: str = "gazetteer"
    score: float | None = None
    candidates: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


class FinderBase:
    """The words of one post, which are used, and the hits found so far."""

    def __init__(self, doc: Doc, gaz: Gazetteer, ws: list[Word], text: str) -> None:
        self.doc = doc
        self.text = text
        self.gaz = gaz
        self.ws = ws
        self.used = [False] * len(ws)
        self.hits: list[Hit] = []
        self.in_parenthesis = parenthesis_mask(text, ws)
        self.site = gaz.by_website(doc._.ltr_source_url)  # the library whose website the post is from, read once
        self.other_owners, self.non_library_hosts, self.generic_adjectives = _word_sets()
        # the phrase of each word: words i..j are one phrase when no word after i up to j starts a new one
        self.phrase = list(accumulate([not w.joined for w in ws]))
        # the words a head rule can start at: the inflecting library words and every word spelt "bibliot..." (a
        # key or spelling of "biblioteka", a misspelling of it, "bibliotekininkė"); the rules walk these only
        self.library_like = [k for k, w in enumerate(ws) if w.library_like]

    def add(self, hit: Hit) -> None:
        """Keep ``hit`` (unless it lies in page boilerplate) and mark its words used."""
        start, end = self.ws[hit.i].start, self.ws[hit.j].end
        for k in range(hit.i, hit.j + 1):
            self.used[k] = True
        if not in_boilerplate(self.doc, start, end):
            self.hits.append(hit)

    def host_library(self) -> Entry | None:
        """The post's own library: its website, else the one municipal library the post names."""
        if not hasattr(self, "_host"):
            host = self.site
            if host is None:
                named = {e.id: e for hit in self.hits for e in hit.entries[:1] if e.kind == "municipal"}
                if len(named) == 1:
                    host = next(iter(named.values()))
            self._host = host
        return self._host

    def seat_evidence(self, district: str | None = None, *, people: bool = False) -> Entry | None:
        """The one municipality whose seat the post names (outside quotes); with ``district`` ("rajono",
        "miesto") only municipalities of that kind count, so "Kauno" names the district's library when the
        phrase says "rajono savivaldybės viešoji biblioteka". With ``people`` and no seat named, the one
        municipality whose people the post names ("kupiškėnų": a branch's parent, not a library mention)."""
        quoted = quoted_ranges(self.text)
        counts: Counter[str] = Counter()
        entries: dict[str, Entry] = {}
        for k, w in enumerate(self.ws):
            if not w.capitalized or w.all_caps or any(s < w.start < e for s, e in quoted):
                continue
            if in_boilerplate(self.doc, w.start, w.end):
                continue
            if k > 0 and w.joined and self.ws[k - 1].capitalized:  # a two-word seat: "Kazlų Rūdos"
                pair = [self.ws[k - 1].text + " " + a.lemma for a in analyses(w) if a.kind == "place"]
                two = next((seats for name in pair if len(seats := self.gaz.by_seat(name)) == 1), None)
                if two and (district is None or f" {district} " in (two[0].municipality or "")):
                    counts[two[0].id] += 1
                    entries[two[0].id] = two[0]
                    continue
            if k > 0 and w.joined and qualifier(self.ws[k - 1], self.gaz):
                continue  # the second word of a two-word settlement: "Nemunėlio Radviliškyje" is not Radviliškis
            # every place reading: "Kalvarijos" reads as a plural "Kalvarijos" before the seat "Kalvarija"
            for lemma in dict.fromkeys(a.lemma for a in analyses(w) if a.kind == "place"):
                seats = self.gaz.by_seat(lemma)
                if district is not None:
                    seats = [e for e in seats if f" {district} " in (e.municipality or "")]
                if seats:
                    if len(seats) == 1:
                        counts[seats[0].id] += 1
                        entries[seats[0].id] = seats[0]
                    break
        if not counts and people:
            return self._demonym_evidence(quoted)
        if len(counts) == 1:
            return entries[next(iter(counts))]
        return None

    def _demonym_evidence(self, quoted: list[tuple[int, int]]) -> Entry | None:
        """With no seat named, the one municipality whose people the post names ("kupiškėnų tarme")."""
        found: dict[str, Entry] = {}
        for w in self.ws:
            if len(w.text) < 8 or w.all_caps or any(s < w.start < e for s, e in quoted):
                continue
            entry = seat_of_demonym(w.text, self.gaz)
            if entry is not None and not in_boilerplate(self.doc, w.start, w.end):
                found[entry.id] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    def joined(self, i: int, j: int) -> bool:
        """Words i..j form one phrase (no punctuation or paragraph break between them)."""
        if j <= i:
            return True
        if i < 0:  # a negative index counts from the end, as in a list: word by word
            return all(self.ws[k].joined for k in range(i + 1, j + 1))
        return self.phrase[i] == self.phrase[j]

    def free(self, i: int, j: int) -> bool:
        return not any(self.used[i : j + 1])

    def gap(self, i: int, j: int) -> str:
        """The text between word i and word j (i < j), stripped."""
        return self.text[self.ws[i].end : self.ws[j].start].strip()

    def prev_word(self, k: int) -> tuple[int, str] | None:
        """The word before word k and the punctuation between them, a parenthesis right before k skipped
        ("Naivių (vyr. bibliotekininkė O. Ona) filialai", "Viešintų (I vieta) ir Troškūnų")."""
        if k < 1:
            return None
        j = k - 1
        if self.ws[k].joined:
            return j, ""  # spaces, a hyphen or an abbreviation's dot ("V. Mačernio")
        if self.in_parenthesis[j] and not self.in_parenthesis[k]:
            while j >= 0 and self.in_parenthesis[j]:
                j -= 1
            if j < 0:
                return None
        between = self.text[self.ws[j].end : self.ws[k].start]
        if between.count("\n") > 1:
            return None
        return j, _PARENTHESIS.sub("", between).strip()

    def district_in_brackets(self, j: int) -> Entry | None:
        """ "Butrimonių bibliotekoje (Alytaus r.)", "(Molėtų rajono savivaldybė)": the district municipality in
        brackets right after word j, alone in them."""
        ws, k = self.ws, j + 1
        if k + 1 >= len(ws) or self.in_parenthesis[j] or not self.in_parenthesis[k] or not ws[k].capitalized:
            return None
        if self.text[ws[j].end : ws[k].start].strip() != "(" or ws[k + 1].key != "rajono" or not ws[k + 1].joined:
            return None
        last = k + 2 if k + 2 < len(ws) and ws[k + 2].key.startswith("savivaldyb") and ws[k + 2].joined else k + 1
        if last + 1 < len(ws) and self.in_parenthesis[last + 1]:
            return None  # more in the brackets than the municipality
        return self.gaz.by_municipality(ws[k].text, "rajono")

    def coordinator_before(self, k: int) -> int | None:
        """The last word of the conjunct before word k when k opens a conjunct ("A, B", "A ir B", "A bei B")."""
        found = self.prev_word(k)
        if found is None:
            return None
        j, punct = found
        if punct == "" and self.ws[j].key in COORDINATORS:
            before = self.prev_word(j)
            if before is not None and before[1] == "":
                return before[0]
            return None
        return j if punct == "," else None

    def word_before(self, k: int) -> int | None:
        """The word right before word k in one phrase (nothing but a parenthesis, or a relative clause
        between commas, between them: "Juknėnų, kuriuose gimė poetas, filialo")."""
        found = self.prev_word(k)
        if found is not None and found[1] == ",":
            return self._before_relative_clause(found[0])
        return found[0] if found is not None and found[1] == "" else None

    def _before_relative_clause(self, last: int) -> int | None:
        """When words ..last close ", kuris/kur … ," (at most 12 words), the word before that clause."""
        ws = self.ws
        for start in range(last, max(-1, last - 12), -1):
            found = self.prev_word(start)
            if found is None:
                return None
            j, punct = found
            if punct == ",":
                return j if ws[start].key.startswith("kur") else None  # kuris, kuri, kuriuose, kurioje, kur
            if punct:
                return None
        return None


_PARENTHESIS = re.compile(r"\([^()\n]{0,120}\)")


def parenthesis_mask(text: str, ws: list[Word]) -> list[bool]:
    """Which words stand inside a short parenthesis on one line (start strictly inside it)."""
    out = [False] * len(ws)
    starts = None
    for m in _PARENTHESIS.finditer(text):
        if starts is None:
            starts = [w.start for w in ws]
        s, e = m.span()
        for k in range(bisect_right(starts, s), bisect_left(starts, e)):
            out[k] = True
    return out


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Owners of libraries that are no public library's, hosts of no library, generic adjectives (folded)."""
    lex = lexicon().data
    return (
        frozenset(lex.get("other_owners", ())),
        frozenset(lex.get("non_library_hosts", ())),
        frozenset(fold(w) for w in lex.get("generic_adjectives", ())),
    )
