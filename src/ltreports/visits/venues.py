"""Is a sentence's event held somewhere other than a library, and does it say an event took place?

An event at a culture centre, a school, a museum, a fair or abroad is not a visit to a library; a trip
("vyko į pažintinę išvyką") takes the event away from the library; a room of a library ("bibliotekos
salėje") is the library itself.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..matches import Ranges
from ..morphology.component import token_analyses
from ..resources import load_yaml
from .grammar import cases, data, genitive_before, is_participle, lemmas, next_word
from .tense import simple_past
from .word_index import any_in, positions_in


def abroad(sentence: Span) -> bool:
    """The sentence places something in another country ("Latvijoje", "į užsienį", "Portugalijos
    bibliotekose")."""
    for i in positions_in(sentence.doc, "abroad", sentence.start, sentence.end):
        token = sentence.doc[i]
        token_cases = cases(token)
        if token_cases & {"Loc", "Acc", "Il"}:
            return True
        nxt = next_word(sentence.doc, token.i + 1) if token.i + 1 < sentence.end else None
        if "Gen" in token_cases and nxt is not None and "Loc" in cases(nxt):
            return True
    return False


def venue_elsewhere(sentence: Span, covered: Ranges) -> bool:
    words = data()
    doc, start, end = sentence.doc, sentence.start, sentence.end
    # by index: a Token only for a word the tests below are about (most words are none), each tested on its own
    candidates = sorted(
        {*positions_in(doc, "abroad", start, end), *positions_in(doc, "trips", start, end),
         *positions_in(doc, "venues", start, end)}
    )
    for i in candidates:
        token = doc[i]
        if covered.contains(token.idx):
            continue
        token_cases = cases(token)
        if lemmas(token) & words["abroad"] and token_cases & {"Loc", "Acc", "Il"}:
            return True  # "išvyka Latvijoje", "į užsienį"
        nxt = next_word(sentence.doc, token.i + 1) if token.i + 1 < sentence.end else None
        if lemmas(token) & words["abroad"] and "Gen" in token_cases and nxt is not None and "Loc" in cases(nxt):
            return True  # "Portugalijos bibliotekose"
        before = {t.lower_ for t in sentence.doc[max(sentence.start, token.i - 3):token.i]}
        trip = lemmas(token) & words["trips"] and "Acc" in token_cases and before & words["to_prepositions"]
        if trip and travel_verb(sentence) is not None:
            return True  # "vyko į pažintinę išvyką"; not "kviečiame į literatūrinę kelionę"
        if not (lemmas(token) & words["venues"]):
            continue
        before = {t.lower_ for t in sentence.doc[max(sentence.start, token.i - 6):token.i]}
        if "Loc" in token_cases or ("Acc" in token_cases and before & words["to_prepositions"]):
            # "bibliotekos (renginių) salėje" is a room of a library, not another venue
            if genitive_before(token, words["library_heads"]) is not None:
                continue
            if lemmas(token) & words["library_rooms"] and not named_before(token):
                continue  # a bare "salėje" in a library's post is its own hall
            return True
        library_room = genitive_before(token, words["library_heads"]) is not None
        nominative = "Nom" in token_cases and not token_cases & {"Loc", "Gen"}  # not "gimnazijos": also Gen
        if nominative and named_before(token) and not library_room and (
            subject_of_past(token)
        ):
            return True  # "Lapkričio 10-osios popietę bendruomenės namų salė vos talpino susirinkusius"
    return False


def subject_of_past(token: Token) -> bool:
    """The venue as the subject of the verb right after it in the simple past ("salė talpino", "centras
    surengė"): the place or the body that held the event."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and i <= token.i + 3 and not doc[i].is_punct:
        if simple_past(doc[i]):
            return True
        i += 1
    return False


def named_before(token: Token) -> bool:
    """A word in the genitive or a capitalized name right before ``token``, adjectives skipped ("kultūros
    centro salėje", "Didžiojoje salėje" is bare)."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and (doc[i].is_space or any(a.pos == "adjective" for a in token_analyses(doc[i]) or ())):
        i -= 1
    if i < 0 or not doc[i].is_alpha:
        return False
    return any(a.case == "Gen" and a.pos == "noun" for a in token_analyses(doc[i]) or ())


def town_named(sentence: Span, covered: Ranges, home_town: str | None = None) -> bool:
    """A settlement in the locative ("Vilniuje", "Telšiuose"), with no reading in another case, not the
    country nor ``home_town``, the town of the post's own library ("Plungėje" in a Plungė library's post)."""
    for token in sentence:
        if not token.text[:1].isupper() or covered.contains(token.idx):
            continue
        readings = [a for a in token_analyses(token) or () if a.source == "dictionary"]
        # every reading a locative, one of them a place ("Vilniuje": also a family name's locative)
        town = bool(readings) and all(a.case == "Loc" for a in readings) and any(a.kind == "place" for a in readings)
        home = {home_town.lower()} if home_town else set()
        if town and not lemmas(token) & (data()["home_country"] | home):
            return True
    return False


def travel_verb(sentence: Span) -> Token | None:
    """A finite verb of going or visiting ("nuvykome", "lankėmės", "aplankė"); "vykti" only with a
    destination ("vyko į Kernavę"), since "vyko" alone says an event took place."""
    words = data()
    for i in positions_in(sentence.doc, "trip_verbs", sentence.start, sentence.end):  # a Token only for a verb of going
        t = sentence.doc[i]
        if is_participle(t) or told_story(sentence, i):
            continue
        if lemmas(t) & words["trip_verbs_with_destination"]:
            after = {x.lower_ for x in sentence.doc[t.i + 1:min(sentence.end, t.i + 4)]}
            if not after & words["to_prepositions"]:
                continue
        return t
    return None


CONTENT_WORDS = frozenset({"kaip", "kad", "jog"})


@cache
def _reporting_verbs() -> frozenset[str]:
    """Verbs of telling, learning and remembering, as the people rules read them (participants.yaml)."""
    return frozenset(load_yaml("participants.yaml")["reporting_verbs"])


def told_story(sentence: Span, i: int) -> bool:
    """Is the word at ``i`` in a clause of content after a verb of telling or remembering ("prisiminė, kaip
    jaunystėje vyko į Vilnių", "papasakojo, kad lankėsi Paryžiuje")? Such a clause tells a story; the trip in
    it was not made at the event."""
    doc = sentence.doc
    for k in range(i - 1, sentence.start, -1):
        if doc[k].lower_ in CONTENT_WORDS and doc[k - 1].text == ",":
            return any(lemmas(doc[j]) & _reporting_verbs() for j in range(sentence.start, k - 1))
    return False


def staff_trip(sentence: Span) -> bool:
    """The library's own people travelling: a verb of going in the first person ("nuvykome į Kernavę",
    "lankėmės pas rašytoją") or with staff as its subject, named before it ("bibliotekininkai apsilankė
    mugėje"). Called only for sentences that name no library as the place."""
    verb = travel_verb(sentence)
    if verb is None:
        return False
    readings = token_analyses(verb) or ()
    first_person = any(a.pos.startswith("verb") and any(t.endswith("_I") for t in a.tags) for a in readings)
    staff = any(
        lemmas(t) & data()["staff_words"] and "Nom" in cases(t) for t in sentence.doc[sentence.start:verb.i]
    )
    return first_person or staff


def event_sentence(sentence: Span) -> bool:
    """Does a finite verb say that an event took place ("vyko", "surengė", "paminėjome")? A participle ("muziejaus
    organizuotuose mokymuose") describes another event and does not count."""
    doc = sentence.doc
    told = doc.user_data.setdefault("ltr_event_sentence", {})  # asked up to three times a sentence: once a Doc
    key = (sentence.start, sentence.end)
    found = told.get(key)
    if found is None:
        start, end = key  # the words of each cue by index: a Token made only for them
        found = told[key] = any_in(doc, "event_cues", start, end) and (
            any(not is_participle(doc[i]) for i in positions_in(doc, "event_verbs", start, end))
            or any(first_person_past(doc[i]) for i in positions_in(doc, "own_event_verbs", start, end))
            or any(
                not is_participle(doc[i]) and visited_us(doc[i], sentence)
                for i in positions_in(doc, "visit_verbs", start, end)
            )
        )
    return found


def visited_us(verb: Token, sentence: Span) -> bool:
    """A verb of visiting with the first person as its object ("mus aplankė rašytoja", "aplankė mus"): guests at
    the library that tells it."""
    doc = verb.doc
    near = range(max(sentence.start, verb.i - 2), min(sentence.end, verb.i + 3))
    return any(doc[i].lower_ in data()["first_person_objects"] for i in near if i != verb.i)


def first_person_past(token: Token) -> bool:
    """A finite verb in the simple past, first person ("šventėme", "paminėjome"): the library telling its own event."""
    return any(
        a.pos.startswith("verb")
        and any(t.startswith(FIRST_PERSON_PAST) and not t.startswith(OTHER_PERSONS) for t in a.tags)
        for a in token_analyses(token) or ()
    )


FIRST_PERSON_PAST, OTHER_PERSONS = "Indic_Past_I", "Indic_Past_II"  # "..._II" and "..._III" are 2nd and 3rd person


def event_participle(sentence: Span) -> bool:
    """A participle of an event verb right after an event noun ("Į renginį, vykusį kultūros namuose, ..."):
    the sentence tells where its event was held; not "Karas, vykstantis Ukrainoje"."""
    words = data()
    doc = sentence.doc
    for i in positions_in(doc, "event_verbs", sentence.start, sentence.end):  # a Token only for an event verb
        if not is_participle(doc[i]):
            continue
        t = doc[i]
        before = doc[max(sentence.start, t.i - 3):t.i]
        if any(lemmas(b) & words["event_nouns"] for b in before):
            return True
    return False


def event_named(sentence: Span) -> bool:
    """Does the sentence tell of an event, by a finite event verb or by an event noun ("renginys",
    "apsilankymas", "šventė")? Enough for an undated visit; a post about services or history has none."""
    return event_sentence(sentence) or any_in(sentence.doc, "event_nouns", sentence.start, sentence.end)
