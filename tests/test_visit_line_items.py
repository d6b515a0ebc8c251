"""A sentence the splitter runs over several lines, each line opening with a date ("• Gegužės 6 d. – Linkaičių
biblioteka, ...⏎• Gegužės 8 d. – Plikiškių biblioteka, ..."), is read line by line: each line an item with its
own day and place. A date wrapped in lower case inside a sentence cuts nothing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-20"
TWO = [("2025-05-06", ["Linkaičiai"]), ("2025-05-08", ["Plikiškiai"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Renginiai\n\n• Gegužės 6 d. – Linkaičių biblioteka, susitikimas su poete Aldona Rimkiene\n"
     "• Gegužės 8 d. – Plikiškių biblioteka, edukacija vaikams", TWO),
    ("Išvykos\n\n- Gegužės 6 d. – Linkaičių biblioteka, fondų patikrą atliko Ona Jonaitienė\n"
     "- Gegužės 8 d. – Plikiškių biblioteka, konsultacija", TWO),
    ("Išvykos\n\nGegužės 6 d. – Linkaičių biblioteka, fondų patikrą atliko Ona Jonaitienė\n"
     "Gegužės 8 d. – Plikiškių biblioteka, konsultacija", TWO),
])
def test_each_dated_line_is_an_item(extract_spacy, text: str, expected: list) -> None:
    report = extract_spacy(text, published=PUBLISHED)
    assert [(v.date, [b.settlement for b in v.branches]) for v in report.visits] == expected


def test_a_wrapped_lower_case_date_cuts_no_sentence(extract_spacy) -> None:
    text = ("Gegužės 6 d. Joniškio rajono savivaldybės viešosios bibliotekos Linkaičių filiale vyko popietė, kurią\n"
            "gegužės 2 d. paskelbė bibliotekininkė.")
    report = extract_spacy(text, published=PUBLISHED)
    assert [(v.date, [b.settlement for b in v.branches]) for v in report.visits] == [("2025-05-06", ["Linkaičiai"])]
