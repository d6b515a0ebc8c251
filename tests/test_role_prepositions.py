"""A genitive right after a preposition that takes the genitive ("po", "iš", "prie", "dėl", "be") belongs to the
preposition, not to a role noun in another case after it: "Po susitikimo rašytoją X" gives "rašytoja", not
"susitikimo rašytoja". When the role itself is in the genitive, the preposition governs the whole role and its
complement stays ("iš renginio vedėjos X" gives "renginio vedėja"). Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Po pamokos poetę Ireną Valaitytę kalbino moksleiviai.", "Irena Valaitytė", "poetė"),
    ("Dėl šventės vedėja Aldona Giedraitienė atvyko anksčiau.", "Aldona Giedraitienė", "vedėja"),
    ("Prie kūrybos dailininkas Romas Kudirka sugrįžo po pertraukos.", "Romas Kudirka", "dailininkas"),
    ("Iš Kauno fotografas Lukas Dambrauskas atvežė parodą.", "Lukas Dambrauskas", "fotografas"),
    # negatives: a complement with no preposition before it, and a role in the genitive after the preposition
    ("Susitikimą vedė šventės vedėja Aldona Giedraitienė.", "Aldona Giedraitienė", "šventės vedėja"),
    ("Iš šventės vedėjos Aldonos Giedraitienės išgirdome daug.", "Aldona Giedraitienė", "šventės vedėja"),
    ("Vaikus pasitiko lietuvių kalbos mokytoja Rūta Daukšienė.", "Rūta Daukšienė", "lietuvių kalbos mokytoja"),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES)
def test_genitive_of_a_preposition_is_no_complement(extract_spacy, text: str, name: str, role: str) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert {(p.name, p.role) for p in report.people} == {(name, role)}
