"""Is a sentence's event held somewhere other than a library, and does it say an event took place?

An event at a culture centre, a school, a museum, a fair or abroad is not a visit to a library; a trip
("vyko į pažintinę išvyką") takes the event away from the library; a room of a library ("bibliotekos
salėje") is the library itself.
"""

from __future__ import annotations

from spacy.tokens import Span

from .grammar import cases, data, is_participle, lemmas, previous_word


def venue_elsewhere(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    words = data()
    for token in sentence:
        if any(s <= token.idx < e for s, e in covered):
            continue
        token_cases = cases(token)
        if lemmas(token) & words["abroad"] and token_cases & {"Loc", "Acc", "Il"}:
            return True  # "išvyka Latvijoje", "į užsienį"
        before = {t.lower_ for t in sentence.doc[max(sentence.start, token.i - 3):token.i]}
        if lemmas(token) & words["trips"] and "Acc" in token_cases and before & words["to_prepositions"]:
            return True  # "vyko į pažintinę išvyką"
        if not (lemmas(token) & words["venues"]):
            continue
        prev = previous_word(sentence.doc, token.i)
        before = {t.lower_ for t in sentence.doc[max(sentence.start, token.i - 6):token.i]}
        if "Loc" in token_cases or ("Acc" in token_cases and before & words["to_prepositions"]):
            # "bibliotekos salėje" is a room of a library, not another venue
            if prev is not None and "biblioteka" in lemmas(prev):
                continue
            return True
    return False


def event_sentence(sentence: Span) -> bool:
    """Does a finite verb say that an event took place ("vyko", "surengė")? A participle ("muziejaus
    organizuotuose mokymuose") describes another event and does not count."""
    verbs = data()["event_verbs"]
    return any(lemmas(t) & verbs and not is_participle(t) for t in sentence)
