"""A quotation followed by a verb of saying and a name ("„...“, – teigė vedėja X") quotes a speaker, who is listed like
one who "sakė"; a verb of writing ("„...“, – rašė X") cites a text, whose author is not. Sentences written for these
tests."""

from __future__ import annotations

import pytest

CASES = [
    ("„Skaitytojų vis daugėja“, – teigė bibliotekos vedėja Eglė Mockutė.", {("Eglė Mockutė", "vedėja")}),
    ("Bibliotekos direktorė Lina Vaičiulienė teigė: „Laukiame visų.“", {("Lina Vaičiulienė", "direktorė")}),
    ("„Skaitytojų vis daugėja“, – sakė bibliotekos vedėja Eglė Mockutė.", {("Eglė Mockutė", "vedėja")}),
    # negatives: a written text cited
    ("„Kalba yra tautos siela“, – rašė poetas Tomas Ramanauskas.", set()),
    ("Poetas Tomas Ramanauskas rašė: „Kalba yra tautos siela.“", set()),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_quoted_speaker_is_listed(extract_spacy, text: str, people: set) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert {(p.name, p.role) for p in report.people} == people
