"""A visit told with a personal pronoun as the subject of a verb of going or visiting ("Balandžio 11 d. jos
apsilankė Skapiškio bibliotekoje") and naming nobody has the people of the visit told just before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-20"
FIRST = ("Balandžio 9 d. Kupiškio rajono savivaldybės viešosios bibliotekos metodininkės Jurgita Vaitkienė ir Laima "
         "Jonaitienė lankėsi Alizavos bibliotekoje. ")
BOTH = ["Jurgita Vaitkienė", "Laima Jonaitienė"]


@pytest.mark.parametrize(("second", "people"), [
    ("Balandžio 11 d. jos apsilankė Skapiškio bibliotekoje.", BOTH),
    ("Balandžio 11 d. jos aplankė Skapiškio biblioteką.", BOTH),
    ("Balandžio 11 d. jos vyko į Skapiškio biblioteką.", BOTH),
    # no pronoun as the subject: nobody named, nobody taken from before
    ("Balandžio 11 d. Skapiškio bibliotekoje vyko popietė.", []),
    # "jos" as a possessive before a noun: no subject
    ("Balandžio 11 d. Skapiškio bibliotekoje vyko jos knygos pristatymas.", []),
])
def test_a_pronoun_subject_takes_the_people_before(extract_spacy, second: str, people: list[str]) -> None:
    report = extract_spacy(FIRST + second, published=PUBLISHED)
    got = [(v.date, [b.settlement for b in v.branches], [p.name for p in v.people]) for v in report.visits]
    assert got == [("2025-04-09", ["Alizava"], BOTH), ("2025-04-11", ["Skapiškis"], people)]


def test_a_pronoun_after_the_first_verb_points_to_whom_the_stretch_names(extract_spacy) -> None:
    text = FIRST + "Balandžio 11 d. Skapiškio bibliotekoje lankėsi mokiniai. Jie dalyvavo viktorinoje."
    report = extract_spacy(text, published=PUBLISHED)
    assert [(v.date, [p.name for p in v.people]) for v in report.visits] == [("2025-04-09", BOTH), ("2025-04-11", [])]
