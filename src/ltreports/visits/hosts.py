"""Where did the event happen? Library mentions read as hosts, subjects or origins.

A library named in the locative ("bibliotekoje", "filiale"), as a destination ("į ... biblioteką") or as
the object of a visiting verb hosts the event; "iš X bibliotekos" is where visitors come from; a public
library in the nominative that is no genitive modifier is the subject of its sentence. A generic
"bibliotekoje" means the post's own library (``home_library``).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..language import doc_text
from ..matches import Ranges
from ..morphology.component import token_analyses
from ..schema import Library
from .grammar import (
    PUBLIC,
    cases,
    data,
    head_token,
    is_genitive,
    is_participle,
    lemmas,
    next_word,
    participle_follows,
    previous_word,
    readings,
    room_after,
)
from .word_index import any_in, positions_in


@dataclass
class LibraryMention:
    library: Library
    start: int
    end: int
    host: bool  # named as the place of the event
    origin: bool  # "iš X bibliotekos": where visitors come from
    organiser: bool = False  # host only as the organiser ("X bibliotekos organizuotame festivalyje")


def classify(doc: Doc, library: Library, start: int, end: int) -> LibraryMention:
    """Is the library named as the place of the event ("bibliotekoje", "į ... biblioteką")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = data()
    if span is None or len(span) == 0:
        return LibraryMention(library, start, end, False, False)
    prev = governing_word(doc, span.start)
    prev_word = prev.lower_ if prev is not None else ""
    head_cases = cases(head_token(span))
    origin = prev_word in words["from_prepositions"]
    visited = "Acc" in head_cases and prev is not None and not (
        prev.pos_ == "ADP" or any(a.pos.startswith("preposition") for a in token_analyses(prev) or ())
    ) and _visit_verb_in(span.sent)
    room = room_after(span) if "Gen" in head_cases and not origin else None
    in_room = room is not None and not participle_follows(doc[room.i:room.i + 1]) and (
        bool(cases(room) & {"Loc", "Il"}) or (prev_word in words["to_prepositions"] and "Acc" in cases(room))
    )
    # a participle before the place takes it as its own ("dirbusi bibliotekoje"), unless it is one of visiting or
    # of an event ("lankydamasi X bibliotekoje", "vykusiame X bibliotekoje")
    foreign_participle = is_participle(prev) and not lemmas(prev) & (words["event_verbs"] | words["trip_verbs"])
    host = not origin and not foreign_participle and (
        (not participle_follows(span) and (
            "Loc" in head_cases
            or "Il" in head_cases
            or (prev_word in words["to_prepositions"] and "Acc" in head_cases)
            or visited
            or ("Acc" in head_cases and destination_apposition(span))
            or ("Nom" in head_cases and listed_place(span))
            or ("Nom" in head_cases and passive_visited(span))
            or ("Gen" in head_cases and prev_word in words["people_prepositions"] and people_after(span))
        ))
        or in_room  # "Jonavos bibliotekos vaikų skyriuje vyko ...": the library's room
    )
    if not host and not origin and organised_by(span):
        return LibraryMention(library, start, end, True, False, organiser=True)
    return LibraryMention(library, start, end, host, origin)


def governing_word(doc: Doc, index: int) -> Token | None:
    """The word before the library phrase at ``index``, or, for the last of coordinated names sharing its head
    noun ("į Bukonių ir Rimkų bibliotekas", "iš Dusetų, Antazavės bei Salako bibliotekų"), the word before the
    first of them: the preposition there governs the shared head."""
    prev = previous_word(doc, index)
    if prev is None or prev.lower_ not in data()["name_joiners"]:
        return prev
    i, names = prev.i, 0
    while names < COORDINATED:
        before = previous_word(doc, i)
        if before is None or not (before.text[:1].isupper() and "Gen" in cases(before)):
            return prev
        names += 1
        while before is not None and before.text[:1].isupper() and "Gen" in cases(before):
            i = before.i  # a name of several words ("Žemaičių Naumiesčio")
            before = previous_word(doc, i)
        if before is None:
            return prev
        if before.lower_ not in data()["name_joiners"]:
            return before if _preposition(before) else prev
        i = before.i
    return prev


COORDINATED = 6  # names read back through a coordination to its preposition


def _preposition(word: Token) -> bool:
    return word.pos_ == "ADP" or any(a.pos.startswith("preposition") for a in token_analyses(word) or ())


def _visit_verb_in(sentence: Span) -> bool:
    """A verb of visiting in the sentence ("aplankė", "lankėsi"): looked up by index."""
    return any_in(sentence.doc, "visit_verbs", sentence.start, sentence.end)


def destination_apposition(span: Span) -> bool:
    """An accusative library after a dash that names the destination just given with "į" ("išvyko į pirmąją
    kelionę – Skuodo rajono Ylakių kaimo biblioteką"): the apposition shares the destination's case."""
    doc = span.doc
    i, skipped = span.start - 1, 0
    while i >= 0 and skipped < 4 and (doc[i].is_space or (doc[i].is_alpha and "Gen" in cases(doc[i]))):
        i, skipped = i - 1, skipped + (0 if doc[i].is_space else 1)
    if i < 0 or doc[i].text not in ("–", "—", ":"):
        return False
    before = [t for t in doc[max(span.sent.start, i - 4):i] if not t.is_space]
    return any(t.lower_ in data()["to_prepositions"] for t in before) and not any(t.is_punct for t in before)


NAME_WORDS = 10  # genitives of a library's name read past before it
def people_after(span: Span) -> bool:
    """The library's genitive modifies the people that "pas" governs ("pas Dusetų bibliotekos bibliotekininkes",
    "pas Degučių bibliotekos darbuotojus"): a noun in the accusative right after it. Visiting them is visiting
    the library."""
    word = next_word(span.doc, span.end)
    return word is not None and any(a.pos == "noun" and a.case == "Acc" for a in token_analyses(word) or ())


PASSIVE_REACH = 4  # words read before or after a library phrase for the passive participle it is the subject of


def passive_visited(span: Span) -> bool:
    """A library in the nominative as the subject of a passive participle of visiting ("buvo aplankytos Obelių ir
    Pandėlio bibliotekos", "Dūkšto biblioteka aplankyta gegužės 5 d."): the place visited."""
    doc, sent = span.doc, span.sent
    # before the phrase, past the genitives of the library's name ("aplankyti X bibliotekos Obelių ir Pandėlio
    # filialai") too
    lo, hi = max(sent.start, span.start - PASSIVE_REACH - NAME_WORDS), min(sent.end, span.end + PASSIVE_REACH)
    if not any_in(doc, "visit_verbs", lo, hi):
        return False  # read by index: most library phrases have no verb of visiting near
    head = head_token(span)
    forms = {  # the head noun's nominative gender and number: the participle agrees with its subject
        (a.gender, a.number) for a in token_analyses(head) or () if a.case == "Nom" and a.pos == "noun"
    }
    if not lemmas(head) & data()["library_heads"] or not forms:
        return False
    before = [doc[i] for i in range(span.start - 1, lo - 1, -1)]
    after = [doc[i] for i in range(span.end, hi)]
    joiners = data()["name_joiners"]
    for side in (before, after):
        read = 0
        for word in side:
            if word.is_punct and not date_spans(doc).contains(word.idx) and word.text not in joiners:
                break  # the clause ends: a dash, a stop (a date's own dots are read past)
            if lemmas(word) & data()["visit_verbs"] and any(
                a.pos.startswith("verb") and "Part_Pass_Past" in a.tags and a.case == "Nom"
                and (a.gender, a.number) in forms
                for a in token_analyses(word) or ()
            ):
                return True
            if side is before and (is_genitive(word) or word.lower_ in joiners):
                continue  # the genitives of the library's name, the names it coordinates
            read += 1
            if read >= PASSIVE_REACH:
                break
    return False


DASHES = ("–", "—", "-")


def listed_place(span: Span) -> bool:
    """A library in the nominative that fills the rest of its line after a date and a dash ("Spalio 3 d. –
    Kazokiškių biblioteka", a programme's or a report's item), or after a label of the place ("Vieta: Gedrimų
    biblioteka"): the item names the day's place."""
    doc = span.doc
    dash = previous_word(doc, span.start)
    if dash is None or dash.text not in (*DASHES, ":"):
        return False
    before = previous_word(doc, dash.i)
    if before is None:
        return False
    if dash.text == ":":
        if not lemmas(before) & data()["place_labels"] and before.lower_ not in data()["place_labels"]:
            return False  # "Vieta: Gedrimų biblioteka": a label of the place
    elif not date_spans(doc).contains(before.idx):
        return False
    text = doc_text(doc)
    end = text.find("\n", span.end_char)
    rest = text[span.end_char:end if end >= 0 else len(text)].lstrip()
    # the line ends with the library, or a comma closes it before what was held there ("..., edukacija vaikams")
    return rest[:1] in ITEM_ENDS or not any(ch.isalnum() for ch in rest)


ITEM_ENDS = (",", ";", "(")


def date_spans(doc: Doc) -> Ranges:
    """The character ranges of the Doc's date matches, found once a Doc."""
    dates = doc.user_data.get("ltr_date_spans")
    if dates is None:
        dates = doc.user_data["ltr_date_spans"] = Ranges((d.start, d.end) for d in doc._.ltr_date_matches or ())
    return dates


def organised_by(span: Span) -> bool:
    """A library in the genitive as the agent of an event participle before the event's locative ("X
    bibliotekos organizuotame Skaitymo festivalyje"): the event is the library's."""
    doc = span.doc
    if "Gen" not in cases(head_token(span)):
        return False
    verb = next_word(doc, span.end)
    if verb is None or not is_participle(verb) or not lemmas(verb) & data()["event_verbs"]:
        return False
    i = verb.i + 1
    while i < len(doc) and i <= verb.i + 4 and not doc[i].is_punct:
        if "Loc" in cases(doc[i]) and any(a.pos == "noun" for a in token_analyses(doc[i]) or ()):
            return True
        i += 1
    return False


def is_subject(doc: Doc, m: LibraryMention) -> bool:
    """A library or branch in the nominative singular that is not a genitive modifier ("Leliūnų filialas
    šventė 60-metį", "X biblioteka surengė"; not "X bibliotekos darbuotojai", "X bibliotekos Vaikų
    skyrius", "X bibliotekos organizuotame konkurse")."""
    if m.host or m.origin or m.library.kind not in PUBLIC | {"branch"}:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or ("Nom", "Sg") not in readings(head_token(span)):
        return False
    prev = previous_word(doc, span.start)
    if prev is not None and any(a.pos.startswith("preposition") for a in token_analyses(prev) or ()):
        return False  # "kartu su X biblioteka": a case a preposition governs (the instrumental), not a subject
    nxt = next_word(doc, _after_dates_and_adverbs(doc, span[-1].i + 1))
    if nxt is None or not nxt.is_alpha:
        return True
    readings_ = token_analyses(nxt) or ()
    nonfinite = ("Part", "Ger", "Half")
    if any(a.pos.startswith("verb") and not any(t.startswith(nonfinite) for t in a.tags) for a in readings_):
        return True  # a finite verb right after ("Leliūnų filialas šventė ...")
    # a noun right after means the head is a genitive before it; a participle, that it is its agent
    return not (any(a.pos == "noun" for a in readings_) or is_participle(nxt))


def _after_dates_and_adverbs(doc: Doc, i: int) -> int:
    """The index after the dates and adverbs that may stand between a subject and its verb ("Budrių filialas
    spalio 6-ąją paminėjo ...", "X biblioteka šiemet surengė ...")."""
    dates = date_spans(doc)
    while i < len(doc):
        token = doc[i]
        if token.is_space or dates.contains(token.idx):
            i += 1
            continue
        found = token_analyses(token) or ()
        if token.is_alpha and found and all(a.pos == "adverb" for a in found):
            i += 1
            continue
        break
    return i


def heading_library(
    doc: Doc, line: Span, mentions: list[LibraryMention], starts: list[int] | None = None
) -> LibraryMention | None:
    """The library or branch that a heading line names and is made of ("Gelvonų filialas", "Kernavės
    bibliotekoje"): most of the line's words belong to the mention. With ``starts`` (the mentions' starts,
    the mentions in their order), the line's mentions are found by bisection."""
    words = [t for t in line if t.is_alpha]
    if starts is not None:
        mentions = mentions[bisect_left(starts, line.start_char) : bisect_left(starts, line.end_char)]
    for m in mentions:
        if line.start_char <= m.start < line.end_char and not m.origin:
            inside = [t for t in words if m.start <= t.idx < m.end]
            if modifies_noun(doc, m, words) or genitive_only(doc, m):
                continue  # "Kuršėnų bibliotekos vedėja": a signature's role line, no heading over the text
            if words and 2 * len(inside) >= len(words):
                return m
    return None


def genitive_only(doc: Doc, m: LibraryMention) -> bool:
    """A library phrase that can only be a genitive ("Vilkaviškio viešosios bibliotekos" on a line of a
    signature): it modifies a noun on the next line, and names neither the heading's subject nor its place."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    singular = {case for case, number in readings(head_token(span)) if number != "Pl"}  # a library's name is singular
    return singular == {"Gen"}


def modifies_noun(doc: Doc, m: LibraryMention, words: list[Token]) -> bool:
    """A library in the genitive followed by a noun it modifies ("X bibliotekos vedėja", "X bibliotekos
    darbuotojai"): the phrase names the noun, not the library."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    after = [t for t in words if t.idx >= m.end]
    if span is None or not after or "Gen" not in cases(head_token(span)):
        return False
    return any(a.pos == "noun" for a in token_analyses(after[0]) or ())


class _LastGazetteer(threading.local):
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.gazetteer = None


_last_gazetteer = _LastGazetteer()


def gazetteer(doc: Doc):  # type: ignore[no-untyped-def]
    """The Doc's gazetteer (``doc._.ltr_gazetteer``, else the installed one), looked up once for the last Doc
    asked about (per thread): the visit decisions ask for it about every library mention."""
    if _last_gazetteer.doc is doc:
        return _last_gazetteer.gazetteer
    from ..libraries.gazetteer import load_gazetteer

    gaz = getattr(doc._, "ltr_gazetteer", None) if Doc.has_extension("ltr_gazetteer") else None
    _last_gazetteer.gazetteer = gaz or load_gazetteer()
    _last_gazetteer.doc = doc
    return _last_gazetteer.gazetteer


def entry_library(doc: Doc, entry_id: str | None) -> Library | None:
    """The contract Library for a gazetteer id (a branch's parent that the post does not name)."""
    entry = gazetteer(doc).get(entry_id)
    if entry is None:
        return None
    return Library(id=entry.id, name=entry.name, kind=entry.kind, settlement=entry.settlement, parent_id=entry.parent)


def site_library(doc: Doc) -> Library | None:
    """The public library whose website published the post, if the source's url is known."""
    url = getattr(doc._, "ltr_source_url", None) if Doc.has_extension("ltr_source_url") else None
    if url:
        entry = gazetteer(doc).by_website(url)
        if entry is not None and entry.kind in PUBLIC:
            return entry_library(doc, entry.id)
    return None


def home_library(doc: Doc, mentions: list[LibraryMention]) -> Library | None:
    """The post's own library: the one whose website published it, else the public library it names
    most (not counting where visitors come from; a branch counts for its parent)."""
    site = site_library(doc)
    if site is not None:
        return site
    counts: Counter[str] = Counter()
    first: dict[str, Library] = {}
    for m in mentions:
        lib = m.library
        if m.origin:
            continue
        target = lib if lib.kind in PUBLIC else None
        if target is None and lib.kind == "branch" and lib.parent_id:
            target = entry_library(doc, lib.parent_id)
        if target is None or target.id is None:
            continue
        counts[target.id] += 1
        first.setdefault(target.id, target)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    return first[best]


def generic_host(sentence: Span, covered: Ranges, intent: bool = True) -> str | None:
    """Does the sentence hold the event in a library it does not name ("bibliotekoje", "į biblioteką",
    "bibliotekos salėje", "bibliotekos vaikų skyriuje"), or in a library named after a place that the
    gazetteer does not hold ("Dusetų bibliotekoje": a branch of the post's library)? "plain" or "place".
    Without ``intent``, a library word after an infinitive ("pažadėjo greit susitikti bibliotekoje",
    "kvietė ateiti į biblioteką") is a meeting promised or invited to, not where the event was held."""
    words = data()
    for token in _library_words(sentence, covered):
        if not intent and infinitive_before(token):
            continue
        prev = previous_word(sentence.doc, token.i)
        token_cases = cases(token)
        named = library_name(sentence, token)
        if named == "other" or participle_follows(sentence.doc[token.i:token.i + 1]):
            continue  # "Vilniaus universiteto bibliotekoje": a library outside the public network
        if prev is not None and prev.lower_ in words["from_prepositions"]:
            continue
        kind = named or "plain"
        if "Loc" in token_cases:
            return kind
        if prev is not None and prev.lower_ in words["to_prepositions"] and "Acc" in token_cases:
            return kind
        room = room_after(sentence.doc[token.i:token.i + 1]) if "Gen" in token_cases else None
        if room is not None and "Loc" in cases(room) and not participle_follows(sentence.doc[room.i:room.i + 1]):
            return kind
    return None


def infinitive_before(token: Token) -> bool:
    """An infinitive governs the library word: within the two words before it, prepositions and adverbs
    skipped ("susitikti bibliotekoje", "ateiti į biblioteką", "apsilankyti mūsų bibliotekoje")."""
    doc = token.doc
    i, seen = token.i - 1, 0
    while i >= 0 and seen < 3:
        word = doc[i]
        if word.is_punct:
            return False
        found = token_analyses(word) or ()
        verbs = [a for a in found if a.pos.startswith("verb")]
        if verbs and any("Inf" in a.tags for a in verbs) and not any(a.pos == "noun" for a in found):
            return True
        if verbs:
            return False
        i, seen = i - 1, seen + 1
    return False


def function_word(word: Token) -> bool:
    """A preposition, or a capitalized adverb opening the sentence ("Po", "Vėliau"): not part of a name."""
    found = token_analyses(word) or ()
    if any(a.pos.startswith("preposition") for a in found):
        return True
    return word.is_sent_start and any(a.pos == "adverb" for a in found)


def library_name(sentence: Span, token: Token) -> str | None:
    """What names the library word ``token``: None (nothing: "bibliotekoje", "mūsų bibliotekoje"),
    "place" (a place, perhaps with a patron: "Tyrulių bibliotekoje", "Dusetų K. Būgos bibliotekoje") or
    "other" (an institution or a name abroad: "universiteto bibliotekoje", "Porto Garrett bibliotekoje").
    Adjectives that agree with the library word ("viešojoje", "Viešoje", "centrinėje") are skipped."""
    doc = sentence.doc
    own = cases(token)
    i = token.i - 1
    while i >= sentence.start and (
        doc[i].is_space
        or any(
            a.pos == "adjective" and a.source == "dictionary" and a.case in own for a in token_analyses(doc[i]) or ()
        )
        or doc[i].lower_ in data()["determiners"]
    ):
        i -= 1
    name: list[Token] = []
    while i >= sentence.start and len(name) < 6:
        word = doc[i]
        if word.is_space or (word.is_punct and word.text in ".„“\""):
            i -= 1
            continue
        if word.is_punct or word.like_num or not (word.text[:1].isupper() or "Gen" in cases(word)):
            break
        if function_word(word):
            break  # "Po konferencijos bibliotekoje", "Vėliau bibliotekoje": no name before it
        name.append(word)  # a genitive chain or a capitalized name: "Vilniaus universiteto", "Porto Garrett"
        i -= 1
    if not any(w.text[:1].isupper() or lemmas(w) & data()["institutions"] for w in name):
        return None  # "kaimo bibliotekoje", "rajono bibliotekoje"
    if any(lemmas(w) & data()["institutions"] for w in name):
        return "other"
    readings_ = [a for w in name for a in token_analyses(w) or () if a.source == "dictionary"]
    if any(a.kind == "place" and a.case == "Gen" for a in readings_) and all(
        any(a.case == "Gen" or a.kind is not None for a in token_analyses(w) or ()) or len(w.text) <= 2 for w in name
    ):
        return "place"
    if len(name) == 1 and name[0].i == sentence.start and not any(
        a.kind is not None or a.source != "dictionary" for a in token_analyses(name[0]) or ()
    ):
        return None  # a capitalized common word opening the sentence ("Bibliotekos ...")
    return "other"


def named_other_library(sentence: Span, covered: Ranges) -> bool:
    """A library outside the public network (or abroad), named as the place of the event."""
    return any(
        "Loc" in cases(token) and library_name(sentence, token) == "other"
        for token in _library_words(sentence, covered)
    )


def _library_words(sentence: Span, covered: Ranges) -> Iterator[Token]:
    """The sentence's library words ("biblioteka", "filialas" ...) outside the named mentions ``covered``;
    read by index, a Token made only for a library word."""
    doc = sentence.doc
    for i in positions_in(doc, "generic_library", sentence.start, sentence.end):
        token = doc[i]
        if not covered.contains(token.idx):
            yield token


def resolve_host(
    doc: Doc, library: Library, by_id: dict[str, Library], home: Library | None = None
) -> tuple[Library | None, Library | None]:
    """(host library, branch) for a library named as the place of an event. A branch whose parent the
    gazetteer does not know ("Tyrulių biblioteka") is taken to belong to the post's own library."""
    if library.kind in PUBLIC:
        return library, None
    if library.kind == "branch":
        parent = by_id.get(library.parent_id or "") or entry_library(doc, library.parent_id)
        if parent is None and library.parent_id is None:
            parent = home
        return parent, library
    return None, None
