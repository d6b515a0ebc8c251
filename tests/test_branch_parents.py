"""One branch name, several libraries (Budriai: Anykščiai and Kretinga; Žeimiai: Jonava and Radviliškis; Dainava:
Šalčininkai and Ukmergė): the parent is the library the post names, else its own site's library, else the one
municipality whose seat or people the post names. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # the municipality named as a place, in another sentence
    ("Svečiai atvyko iš Anykščių. Birželio 3 d. Budrių bibliotekoje vyko popietė.", None, "anyksciu-rsvb"),
    ("Birželio 3 d. lankėmės Kretingos rajone. Budrių bibliotekoje vyko popietė.", None, "kretingos-rsvb"),
    ("Gegužės 12 d. važiavome į Jonavos rajoną: Žeimių bibliotekoje aptarėme metų planus.", None, "jonavos-rsvb"),
    ("Gegužės 12 d. važiavome į Radviliškio rajoną: Žeimių bibliotekoje aptarėme metų planus.", None,
     "radviliskio-rsvb"),
    ("Ukmergės krašto bibliotekininkai rinkosi kovo 4 d. Dainavos bibliotekoje.", None, "ukmerges-rsvb"),
    # the people of the municipality
    ("Kovo 4 d. Dainavos bibliotekoje susirinko šalčininkiečiai.", None, "salcininku-rsvb"),
    # the post's own site
    ("Kovo 4 d. Dainavos bibliotekoje vyko popietė.", "https://www.ukmergesvb.lt/naujiena", "ukmerges-rsvb"),
    # the library named beside the branch wins over a seat named elsewhere
    ("Svečiai atvyko iš Anykščių. Birželio 3 d. Kretingos rajono savivaldybės Motiejaus Valančiaus viešosios "
     "bibliotekos Budrių filiale vyko popietė.", None, "kretingos-rsvb"),
    ("Birželio 3 d. Anykščių L. ir S. Didžiulių viešosios bibliotekos Budrių bibliotekoje vyko popietė. "
     "Dalyvavo svečiai iš Kretingos.", None, "anyksciu-rsvb"),
]


@pytest.mark.parametrize(("text", "url", "parent"), CASES)
def test_parent_of_a_shared_branch_name(extract_spacy, text: str, url: str | None, parent: str) -> None:
    report = extract_spacy(text, published="2025-06-10", source={"id": "t", "url": url})
    branches = [lib for lib in report.libraries if lib.kind == "branch"]
    assert [b.parent_id for b in branches] == [parent]
