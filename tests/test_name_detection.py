"""Where a name starts and ends: a second given name that is also a family name, a rare first given name before a
dictionary given name, an initial glued to a foreign family name, a place in the locative between role and name;
and what is no name: a place after a given name, a capitalized common word at a sentence start.

All sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest


def people(extract, text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second given name the dictionary also knows as a family name, before a family name in its case
        ("Susitikime dalyvavo Jonas Paulius Petraitis.", [("Jonas Paulius Petraitis", None)]),
        ("Padėkojome rašytojui Jonui Pauliui Petraičiui.", [("Jonas Paulius Petraitis", "rašytojas")]),
        ("Renginį vedė Ona Paulė Jonaitė.", [("Ona Paulė Jonaitė", None)]),
        # ... but not before a place: "Vilniuje" is where, "Paulius" the family name
        ("Renginį vedė Jonas Paulius Vilniuje.", [("Jonas Paulius", None)]),
        # a rare first given name (known to the dictionary only as a family name, or not at all) before a
        # dictionary given name, agreeing with the whole name
        ("Paskaitą skaitė etnologas Žilvytis Bernardas Šaknys.", [("Žilvytis Bernardas Šaknys", "etnologas")]),
        ("Paskaitą skaitė etnologas dr. Žilvytis Bernardas Šaknys.", [("Žilvytis Bernardas Šaknys", "etnologas")]),
        ("Žilvytis Bernardas Šaknys skaitė paskaitą.", [("Žilvytis Bernardas Šaknys", None)]),
        # ... but a word the dictionary does not know as a name, at a sentence start, is no part of it
        ("Bibliotekinykė Ona Jonaitė pradėjo pamoką.", [("Ona Jonaitė", None)]),
        # ... nor a place or a word in another case
        ("Renginyje kalbėjo Vilniaus Ona Jonaitė.", [("Ona Jonaitė", None)]),
        # an initial glued to a family name the dictionary lacks, after a role word
        ("Renginį vedė vyr. bibliotekininkė Č.Aleksejevec.", [("Č. Aleksejevec", "vyr. bibliotekininkė")]),
        ("Renginį vedė bibliotekininkė O.Jonaitė.", [("O. Jonaitė", "bibliotekininkė")]),
        # ... not without one
        ("Renginį vedė Č.Aleksejevec.", []),
        # a place in the locative between the role and a given name the dictionary lacks
        ("Renginį vedė bibliotekininkė Kelmėje Valė Jonaitė.", [("Valė Jonaitė", "bibliotekininkė")]),
        # a place after a given name is no family name
        ("Į šventę atvyko Ona Vilnius.", []),
        ("Renginyje lankėsi „Modernusis Vilnius“ atstovai.", []),
    ],
)
def test_name_spans(extract_spacy, text, expected):
    assert people(extract_spacy, text) == expected
