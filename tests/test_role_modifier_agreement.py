"""A listed role modifier ("vyriausiasis", "vyresnioji", "generalinis") belongs to the role only in a case and
number of the role's head; in another case it describes the employer before the head ("vyriausiojo policijos
komisariato viršininkas" gives "viršininkas", not "vyriausiasis viršininkas"). "vyr." has no case and stays.
Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Žodį tarė vyriausiojo policijos komisariato viršininkas Tomas Ramanauskas.", "viršininkas"),
    ("Kalbėjo Vyriausiosios tarnybinės etikos komisijos pirmininkė Lina Vaičiulienė.", "pirmininkė"),
    ("Svečius pasveikino generalinės prokuratūros prokuroras Tomas Ramanauskas.", "prokuroras"),
    # negatives: the modifier in the head's case stays, in any case of the head and in the plural
    ("Žodį tarė vyriausiasis policijos komisaras Tomas Ramanauskas.", "vyriausiasis komisaras"),
    ("Padėką įteikėme vyresniajai bibliotekininkei Linai Vaičiulienei.", "vyresnioji bibliotekininkė"),
    ("Kalbėjo generalinis direktorius Tomas Ramanauskas.", "generalinis direktorius"),
    ("Renginį vedė vyr. bibliotekininkė Lina Vaičiulienė.", "vyr. bibliotekininkė"),
]


@pytest.mark.parametrize(("text", "role"), CASES)
def test_modifier_in_another_case_is_not_the_roles(extract_spacy, text: str, role: str) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert [p.role for p in report.people] == [role]


def test_plural_role_keeps_its_modifier(extract_spacy) -> None:
    text = "Renginį vedė vyriausiosios bibliotekininkės Lina Vaičiulienė ir Ieva Mockutė."
    report = extract_spacy(text, published="2024-10-20")
    assert {p.role for p in report.people} == {"vyriausioji bibliotekininkė"}
