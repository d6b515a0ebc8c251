"""A clause cut from its sentence at a new date ("..., o gegužės 2 d. jos aplankė Siponių filialą") shares the
sentence's place only when it names none: naming its own branch, it keeps none of the branches before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-20"
FIRST = "Balandžio 30 d. Birštono viešosios bibliotekos Nemajūnų filiale lankėsi kolegės iš Prienų"


@pytest.mark.parametrize(("clause", "second"), [
    (", o gegužės 2 d. jos aplankė Siponių filialą.", {"Siponiai"}),
    (", o gegužės 2 d. jos lankėsi Siponių filiale.", {"Siponiai"}),
    (", o gegužės 2 d. jos vyko į Siponių biblioteką.", {"Siponiai"}),
    (", o gegužės 2 d. čia vyko protmūšis.", {"Nemajūnai"}),  # no place of its own: the sentence's
])
def test_a_dated_clause_with_its_own_branch_drops_the_first(extract_spacy, clause: str, second: set[str]) -> None:
    report = extract_spacy(FIRST + clause, published=PUBLISHED)
    got = [(v.date, {b.settlement for b in v.branches}) for v in report.visits]
    assert got == [("2025-04-30", {"Nemajūnai"}), ("2025-05-02", second)]
