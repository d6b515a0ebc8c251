"""Partial mentions of people already named in full: the surname alone ("Gulbinas pasakė"), a hyphenated
surname alone ("Kairytė-Vaitkė"), the given name alone when no one else in the post has it ("Ona papasakojo")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..language import doc_text, doc_words
from ..matches import Match, Ranges, in_boilerplate
from .detect import DASHES
from .facts import PersonFact
from .names import family_readings, given_readings, is_capitalized, is_upper_word

GENDERS = {"Masc": "M", "Fem": "F"}


def partial_mentions(doc: Doc, accepted: list, found: list, library_spans: Ranges) -> None:
    """Partial mentions after a person was named in full: a surname alone ("... Rokas Gulbinas ... Gulbinas
    pasakė"), a hyphenated surname alone, a given name alone that no one else in the post has."""
    texts, offsets = doc_words(doc)
    families: dict[str, PersonFact] = {}
    for _, fact, _ in accepted:
        if fact.family:
            families.setdefault(fact.family, fact)
    if not families:
        return
    givens: dict[str, PersonFact | None] = {}
    first_named: dict[str, int] = {}
    for cand, fact, _ in accepted:
        if fact.given and not fact.initials_only and not fact.excluded:
            other = givens.get(fact.given[0])
            same = other is not None and other.family == fact.family
            givens[fact.given[0]] = fact if fact.given[0] not in givens or same else None
            first_named.setdefault(fact.given[0], offsets[cand.first])
    taken = {i for cand, _, _ in accepted for i in range(cand.first, cand.last + 1)}
    first_start = min(offsets[c.first] for c, _, _ in accepted)
    doubles = {f for f in families if "-" in f}
    # a capitalized word starts with a capital, an all-capital word is ``isupper``: other words (lower-case
    # words, spaces, punctuation, figures) are passed over without asking the tables
    for i in [k for k, w in enumerate(texts) if (w[:1].isupper() or w.isupper()) and offsets[k] >= first_start]:
        word = texts[i]
        if i in taken or not (is_capitalized(word) or is_upper_word(word)):
            continue
        start, end = offsets[i], offsets[i] + len(word)
        double = _double_surname(doc, i, doubles) if doubles else None
        if double is not None:
            last, family = double
            taken.update(range(i, last + 1))
            fact = families[family]
            end = offsets[last] + len(texts[last])
            found.append(
                Match(
                    start,
                    end,
                    doc_text(doc)[start:end],
                    PersonFact((), family, fact.gender, None, surname_only=True, excluded=fact.excluded),
                )
            )
            continue
        if in_boilerplate(doc, start, end) or library_spans.overlaps(start, end):
            continue
        for r in family_readings(word):
            fact = families.get(r.lemma)
            if fact is None or r.source == "place":
                continue
            if fact.gender and r.gender and GENDERS.get(r.gender) != fact.gender:
                continue
            found.append(
                Match(
                    start,
                    end,
                    word,
                    PersonFact((), fact.family, fact.gender, r.case, surname_only=True, excluded=fact.excluded),
                )
            )
            break
        else:
            # a given name alone, after the person was named in full, when no one else has it
            for r in given_readings(word):
                fact = givens.get(r.lemma)
                if fact is None or start < first_named[r.lemma] or r.source != "name":
                    continue
                found.append(
                    Match(
                        start,
                        end,
                        word,
                        PersonFact(
                            (r.lemma,),
                            fact.family,
                            fact.gender,
                            r.case,
                            surname_only=True,
                            excluded=fact.excluded,
                            given_only=True,
                        ),
                    )
                )
                break


def _double_surname(doc: Doc, i: int, doubles: set[str]) -> tuple[int, str] | None:
    """A hyphenated family name alone ("Kairytė-Vaitkė" after "Ona Kairytė-Vaitkė")."""
    texts = doc_words(doc)[0]
    if i + 2 >= len(doc) or texts[i + 1] not in DASHES:
        return None
    for first in family_readings(texts[i]):
        for second in family_readings(texts[i + 2]):
            family = f"{first.lemma}-{second.lemma}"
            if family in doubles:
                return i + 2, family
    return None
