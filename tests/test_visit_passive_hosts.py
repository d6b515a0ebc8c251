"""A library in the nominative as the subject of a passive participle of visiting ("buvo aplankytos Obelių ir
Pandėlio bibliotekos") is the place visited; the participle agrees with it in gender and number (an infinitive
"aplankyti" of the same spelling, or a participle agreeing with another noun, makes no place). Sentences written
for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-20"
PARENT = "Rokiškio rajono savivaldybės Juozo Keliuočio viešosios bibliotekos"


@pytest.mark.parametrize(("sentence", "branches"), [
    (f"Š. m. gegužės 7 d. buvo aplankytos {PARENT} Obelių ir Pandėlio bibliotekos.", {"Obeliai", "Pandėlys"}),
    (f"Gegužės 7 d. aplankyta {PARENT} Obelių biblioteka.", {"Obeliai"}),
    (f"Gegužės 7 d. buvo aplankyti {PARENT} Obelių ir Pandėlio filialai.", {"Obeliai", "Pandėlys"}),
])
def test_a_library_visited_in_the_passive_is_the_place(extract_spacy, sentence: str, branches: set[str]) -> None:
    report = extract_spacy(sentence, published=PUBLISHED)
    assert [(v.date, {b.settlement for b in v.branches}) for v in report.visits] == [("2025-05-07", branches)]


@pytest.mark.parametrize("sentence", [
    # the participle agrees with the readers, not with the library
    "Gegužės 7 d. Vilniuje buvo aplankyti Obelių bibliotekos skaitytojai, gyvenantys toliau nuo miesto.",
    # an infinitive of the same spelling
    "Gegužės 7 d. Vilniuje Obelių bibliotekos darbuotojos nusprendė aplankyti senjorus.",
])
def test_no_passive_of_visiting_with_the_library_as_subject(extract_spacy, sentence: str) -> None:
    report = extract_spacy(sentence, published=PUBLISHED)
    assert [v for v in report.visits if v.branches] == []
