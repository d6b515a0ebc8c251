"""Where did the event happen? Library mentions read as hosts, subjects or origins.

A library named in the locative ("bibliotekoje", "filiale"), as a destination ("į ... biblioteką") or as
the object of a visiting verb hosts the event; "iš X bibliotekos" is where visitors come from; a public
library in the nominative that is no genitive modifier is the subject of its sentence. A generic
"bibliotekoje" means the post's own library (``home_library``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..schema import Library
from .grammar import PUBLIC, cases, data, head_token, is_participle, lemmas, participle_follows, previous_word


@dataclass
class LibraryMention:
    library: Library
    start: int
    end: int
    host: bool  # named as the place of the event
    origin: bool  # "iš X bibliotekos": where visitors come from


def classify(doc: Doc, library: Library, start: int, end: int) -> LibraryMention:
    """Is the library named as the place of the event ("bibliotekoje", "į ... biblioteką")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = data()
    if span is None or len(span) == 0:
        return LibraryMention(library, start, end, False, False)
    prev = previous_word(doc, span.start)
    prev_word = prev.lower_ if prev is not None else ""
    head_cases = cases(head_token(span))
    origin = prev_word in words["from_prepositions"]
    visited = "Acc" in head_cases and prev is not None and not (
        prev.pos_ == "ADP" or any(a.pos.startswith("preposition") for a in prev._.analyses or ())
    ) and any(lemmas(t) & words["visit_verbs"] for t in span.sent)
    host = not origin and not participle_follows(span) and not is_participle(prev) and (
        "Loc" in head_cases
        or "Il" in head_cases
        or (prev_word in words["to_prepositions"] and "Acc" in head_cases)
        or visited
    )
    return LibraryMention(library, start, end, host, origin)


def is_subject(doc: Doc, m: LibraryMention) -> bool:
    """A public library in the nominative that is not a genitive modifier ("X biblioteka dalyvavo", but
    not "X bibliotekos darbuotojai" nor "X bibliotekos Vaikų skyrius")."""
    if m.host or m.origin or m.library.kind not in PUBLIC:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or "Nom" not in cases(head_token(span)):
        return False
    nxt = span[-1].i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    # a noun right after means the head is a genitive before it
    return not (nxt < len(doc) and doc[nxt].is_alpha and any(a.pos == "noun" for a in doc[nxt]._.analyses or ()))


def gazetteer(doc: Doc):  # type: ignore[no-untyped-def]
    from ..libraries.gazetteer import load_gazetteer

    gaz = getattr(doc._, "ltr_gazetteer", None) if Doc.has_extension("ltr_gazetteer") else None
    return gaz or load_gazetteer()


def entry_library(doc: Doc, entry_id: str | None) -> Library | None:
    """The contract Library for a gazetteer id (a branch's parent that the post does not name)."""
    entry = gazetteer(doc).get(entry_id)
    if entry is None:
        return None
    return Library(id=entry.id, name=entry.name, kind=entry.kind, settlement=entry.settlement, parent_id=entry.parent)


def home_library(doc: Doc, mentions: list[LibraryMention]) -> Library | None:
    """The post's own library: the one whose website published it, else the public library it names
    most (not counting where visitors come from; a branch counts for its parent)."""
    url = getattr(doc._, "source_url", None) if Doc.has_extension("source_url") else None
    if url:
        entry = gazetteer(doc).by_website(url)
        if entry is not None and entry.kind in PUBLIC:
            return entry_library(doc, entry.id)
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


def generic_host(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    """Does the sentence hold the event in a library it does not name ("bibliotekoje", "į biblioteką",
    "bibliotekos salėje")?"""
    words = data()
    for token in sentence:
        if not (lemmas(token) & words["generic_library"]):
            continue
        if any(s <= token.idx < e for s, e in covered):
            continue
        prev = previous_word(sentence.doc, token.i)
        token_cases = cases(token)
        if named_before(sentence, token) or participle_follows(sentence.doc[token.i:token.i + 1]):
            continue  # "Vilniaus universiteto bibliotekoje": a named library the gazetteer does not hold
        if "Loc" in token_cases:
            return True
        if prev is not None and prev.lower_ in words["to_prepositions"] and "Acc" in token_cases:
            return True
        nxt = token.nbor(1) if token.i + 1 < len(sentence.doc) else None
        if "Gen" in token_cases and nxt is not None and (lemmas(nxt) & words["library_rooms"]) and "Loc" in cases(nxt):
            return True
    return False


def named_before(sentence: Span, token: Token) -> bool:
    """Is the library word preceded by a name ("Porto ... Garrett viešojoje bibliotekoje",
    "universiteto bibliotekoje")? Adjectives in between ("viešojoje", "centrinėje") are skipped."""
    i = token.i - 1
    doc = sentence.doc
    while i >= sentence.start and (
        doc[i].is_space
        or (doc[i].is_lower and any(a.pos == "adjective" and a.source == "dictionary" for a in doc[i]._.analyses or ()))
        or doc[i].lower_ in {"mūsų", "jų", "šios", "šioje", "toje"}
    ):
        i -= 1
    if i < sentence.start:
        return False
    prev = doc[i]
    if prev.is_punct or prev.like_num:
        return False
    if prev.text[:1].isupper() and i != sentence.start:
        return True
    if prev.text[:1].isupper() and any(a.kind is not None or a.source != "dictionary" for a in prev._.analyses or ()):
        return True  # a name opening the sentence ("Daugpilio centrinėje bibliotekoje")
    return "Gen" in cases(prev) and bool(lemmas(prev) & data()["institutions"])


def named_other_library(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    """A library the gazetteer does not hold, named as the place of the event."""
    words = data()
    for token in sentence:
        if any(s <= token.idx < e for s, e in covered) or not (lemmas(token) & words["generic_library"]):
            continue
        if ("Loc" in cases(token)) and named_before(sentence, token):
            return True
    return False


def resolve_host(doc: Doc, library: Library, by_id: dict[str, Library]) -> tuple[Library | None, Library | None]:
    """(host library, branch) for a library named as the place of an event."""
    if library.kind in PUBLIC:
        return library, None
    if library.kind == "branch":
        parent = by_id.get(library.parent_id or "") or entry_library(doc, library.parent_id)
        return parent, library
    return None, None
