"""The deceased are marked before their role or name by "šviesaus atminimo", "šviesios atminties", "a. a." or
"amžiną atilsį": such a person is only remembered and is not listed, whatever the sentence says they did. The
epithet's genitive ("atminimo") is no part of a role. Where the epithet qualifies a genitive noun before the
name ("šviesaus atminimo poeto dukra X"), the deceased is that other person. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Šviesaus atminimo mokytoja Ona Petraitienė buvo paminėta bibliotekoje.", set()),
    (
        "Šviesaus atminimo mokytoja Ona Petraitienė daug metų vedė literatūros būrelį. "
        "Susitikime kalbėjo direktorė Rasa Vaitkienė.",
        {("Rasa Vaitkienė", "direktorė")},
    ),
    (
        "Šviesios atminties kraštotyrininkas Jonas Dūdė surinko daug medžiagos. "
        "Apie tai pasakojo muziejininkė Asta Gudelienė.",
        {("Asta Gudelienė", "muziejininkė")},
    ),
    (
        "Vakaras skirtas šviesaus atminimo mokytojai Onai Petraitienei. Renginį vedė bibliotekininkė Rūta Jonaitienė.",
        {("Rūta Jonaitienė", "bibliotekininkė")},
    ),
    ("A. a. Petras Kazlauskas buvo aktyvus bibliotekos skaitytojas ir knygų dovanotojas.", set()),
    ("Į susitikimą atvyko a.a. dailininkas Petras Kazlauskas.", set()),
    ("Minint amžiną atilsį kunigą Juozą Vaitkų, kalbėjo klebonas Tomas Rimkus.", {("Tomas Rimkus", "klebonas")}),
    # negatives: the epithet belongs to a genitive before the name; no epithet at all
    ("Susitikime dalyvavo šviesaus atminimo poeto dukra Eglė Mickutė.", {("Eglė Mickutė", None)}),
    ("Renginyje kalbėjo šviesios atminties dailininko sūnus Tomas Jonynas.", {("Tomas Jonynas", None)}),
    ("Susitikime dalyvavo mokytoja Ona Petraitienė.", {("Ona Petraitienė", "mokytoja")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_deceased_epithet(extract_spacy, text: str, expected: set[tuple[str, str | None]]) -> None:
    report = extract_spacy(text, published="2024-04-12")
    assert {(p.name, p.role) for p in report.people} == expected
