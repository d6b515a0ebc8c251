"""Men's family names of the -ė and -a declensions ("Jonas Dūdė", "Vincas Kudirka") decline like the women's
(-ės, -ei, -ę, -e, -ėje): after a man's given name in an oblique case the family name is given back in the
nominative and the person stays a man (his role masculine); married and maiden endings (-ienė, -aitė) stay a
woman's. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # dative, instrumental, accusative, genitive of a -ė family name the dictionary lacks
    ("Padėkos raštą bibliotekos direktorė įteikė rašytojui Mikalojui Dūdei.", ("Mikalojus Dūdė", "M", "rašytojas")),
    ("Susitikime su poetu Jonu Dūde dalyvavo gimnazistai.", ("Jonas Dūdė", "M", "poetas")),
    ("Gausiai susirinkę skaitytojai pasveikino dailininką Petrą Baublę.", ("Petras Baublė", "M", "dailininkas")),
    (
        "Vakaro svečiais buvo tautodailininko Antano Kriaučės šeima ir jis pats.",
        ("Antanas Kriaučė", "M", "tautodailininkas"),
    ),
    # a -ė family name the dictionary has only as a woman's
    ("Naują knygą skaitytojams pristatė rašytojas Antanas Gudelė.", ("Antanas Gudelė", "M", "rašytojas")),
    ("Renginio svečias – kraštotyrininkas Kazimieras Gudelė.", ("Kazimieras Gudelė", "M", "kraštotyrininkas")),
    # negatives: a woman's given name keeps the woman's reading; married and maiden names stay a woman's
    ("Renginį vedė bibliotekininkė Ona Dūdė.", ("Ona Dūdė", "F", "bibliotekininkė")),
    ("Padėkojome rašytojai Aldonai Dūdei už susitikimą.", ("Aldona Dūdė", "F", "rašytoja")),
    ("Su poete Rūta Gudele kalbėjosi moksleiviai.", ("Rūta Gudelė", "F", "poetė")),
    ("Susitikime dalyvavo poetas Jonas Petraitis.", ("Jonas Petraitis", "M", "poetas")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_masculine_e_family_name(extract_spacy, text: str, expected: tuple[str, str, str | None]) -> None:
    found = [(p.name, p.gender, p.role) for p in extract_spacy(text, published="2024-05-10").people]
    assert expected in found
