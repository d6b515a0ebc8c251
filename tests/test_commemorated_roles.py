"""A passive of remembering ("Prisiminta", "prisimintas") governs the whole nominative phrase after it, a long role
included: a person remembered past a role chain or a long employer name is not listed, as when the name stands
right after the verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Vakare prisiminta ilgametė kraštotyros būrelio narė, mokytoja Irena Bagdonienė.", set()),
    ("Prisiminta ir ilgametė Akmenės rajono savivaldybės viešosios bibliotekos vyr. bibliotekininkė Irena "
     "Bagdonienė.", set()),
    ("Buvo prisimintas ilgametis Papilės bibliotekos vedėjas Kęstas Rimkus.", set()),
    # negatives: no verb of remembering, or the remembering done by the person
    ("Vakare dalyvavo ilgametė kraštotyros būrelio narė, mokytoja Irena Bagdonienė.", {"Irena Bagdonienė"}),
    ("Ilgametė bibliotekos vedėja Irena Bagdonienė prisiminė savo darbo pradžią.", {"Irena Bagdonienė"}),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_remembered_past_a_role(extract_spacy, text: str, names: set[str]) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert {p.name for p in report.people} == names
