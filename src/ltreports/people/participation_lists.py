"""People shown at an exhibition, not met: a name (often in a colon list) whose governing clause shows or presents
things on a stand, decided by the verb and noun that govern the list, not by the names in it.

- exhibited: "Parodoje pristatomi kraštiečiai: A, B, C", "Stenduose galima susipažinti su žymiais kraštiečiais:
  A, B", "Parodoje – žymūs kraštiečiai: A, B", "Joje eksponuojamos nuotraukos apie kraštiečius: A, B" (the
  clause names an exhibit, "paroda", "stendas", or has a passive of showing, "pristatomi", "eksponuojami");
  "čia" / "joje" read the exhibit from the sentence before ("... stendų forma. Čia susipažįstame su: A, B");
  a list set as lines under a line ending with a colon is governed by that line ("kraštiečiai:⏎rašytojas A;⏎...");
- met: the same list governed by a finite event verb ("Susitikime dalyvavo: A, B", "Parodą pristatė: A, B",
  "Į parodos atidarymą atvyko: A"), any verb in the third person past or future ("Parodą apžiūrėjo svečiai: A"),
  a noun of meeting ("susitikimas su kraštiečiais: A, B") or a noun of action in the nominative, a programme's
  item ("Parodos pristatymas – dailininkas A").

The clause of a list is read once per list (cached on the Doc by where the list starts), not once per name.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..language import doc_text, doc_words
from ..morphology.component import doc_analyses, doc_lemma_sets
from .name_context import DASHES, LIST_WORDS, data, person_tokens
from .role_words import head_of, word_set_roles

CACHE_KEY = "ltr_exhibited_lists"
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", "…"})
_BRACKETS = frozenset({"(", ")"})


def exhibited(doc: Doc, first: int, sent: Span) -> bool:
    """Is the name at ``first`` one shown at an exhibition: its list's governing clause shows or presents things
    (an exhibit noun, a passive of showing) and has no finite event verb nor a word of meeting?"""
    start = _list_start(doc, first, sent)
    if start < 0:
        return False
    if start == sent.start:
        heading = _heading_colon(doc, first)  # "Parodoje pristatomi kraštiečiai:⏎rašytojas A;⏎poetas B."
        if heading is not None:
            start, sent = heading, doc[heading].sent
    cache = doc.user_data.setdefault(CACHE_KEY, {})
    if start not in cache:
        cache[start] = _governed_by_exhibit(doc, start, sent)
    return cache[start]


def _list_start(doc: Doc, first: int, sent: Span) -> int:
    """The index of the word that governs the list the name stands in: the colon or dash before the list, else
    the first word before it that is no name, role word or list word ("pristatomi kraštiečiai A, B" gives
    "pristatomi"); -1 when that word is a preposition ("atvyko su mokytoja X": the preposition governs the name)."""
    texts, analyses, names = doc_words(doc)[0], doc_analyses(doc), person_tokens(doc)
    i = first - 1
    while i > sent.start:
        text = texts[i]
        if text.isspace() or i in names or text in LIST_WORDS - set(DASHES) or text in _BRACKETS:
            i -= 1
            continue
        if text == ":" or text in DASHES:
            return i
        readings = analyses[i] or ()
        if text[:1].isupper() or (
            readings and all(a.pos in ("noun", "adjective") and a.case for a in readings)  # a role word ("poetė")
        ):
            i -= 1
            continue
        return -1 if any(a.pos.startswith("preposition") for a in readings) else i
    return i


def _heading_colon(doc: Doc, first: int) -> int | None:
    """The colon that ends the line above a list of lines ("kraštiečiai:⏎rašytojas A;⏎poetas B;⏎..."): the name's
    line and the lines between are items (each ends with ";" or ","), the colon's token index, else None."""
    text = doc_text(doc)
    texts, offsets = doc_words(doc)
    line_start = text.rfind("\n", 0, offsets[first]) + 1
    for _ in range(30):
        if line_start == 0:
            return None
        above_end = line_start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end].rstrip()
        if above.endswith(":"):
            colon = bisect_right(offsets, above_start + len(above) - 1) - 1
            return colon if texts[colon] == ":" else None
        if not above.endswith((";", ",")) or len(above) > 120:
            return None
        line_start = above_start
    return None


def _governed_by_exhibit(doc: Doc, start: int, sent: Span) -> bool:
    cues = data()
    lo = _clause_start(doc, start, sent)
    found = _exhibit_signal(doc, lo, start + 1)
    if found is None:
        return False  # a finite event verb or a word of meeting governs the list
    if not found and lo > sent.start and not _has_finite(doc, lo, start + 1):
        # "paroda, skirta kraštiečiams: A, B": a participle's clause belongs to the noun before it
        found = _exhibit_signal(doc, _clause_start(doc, lo - 1, sent), lo) is True
    anaphor = any(w.lower() in cues["place_anaphors"] for w in doc_words(doc)[0][lo : start + 1])
    if not found and anaphor and sent.start > 0:
        before = doc[sent.start - 1].sent  # "Čia susipažįstame su ...": the exhibit of the sentence before
        found = _exhibit_signal(doc, before.start, before.end, vetoes=False) is True
    return found


def _clause_start(doc: Doc, i: int, sent: Span) -> int:
    """The first word of the clause holding ``i``: after the last comma or stop before it, inside ``sent``."""
    texts = doc_words(doc)[0]
    while i > sent.start and texts[i - 1] not in _CLAUSE_ENDS and texts[i - 1] != ",":
        i -= 1
    return i


def _has_finite(doc: Doc, lo: int, hi: int) -> bool:
    analyses = doc_analyses(doc)
    return any(
        a.pos.startswith("verb") and any(t.startswith("Indic_") for t in a.tags)
        for i in range(lo, hi) for a in analyses[i] or ()
    )


def _exhibit_signal(doc: Doc, lo: int, hi: int, vetoes: bool = True) -> bool | None:
    """In ``lo``:``hi``: True for an exhibit noun or a passive participle of showing, None for a finite event verb
    or a word of meeting (the list takes part; ``vetoes=False``: only the exhibit is looked for, in the sentence a
    "čia" points back to), False for neither."""
    cues = data()
    analyses, lemma_sets = doc_analyses(doc), doc_lemma_sets(doc)
    events, meeting = cues["event_verbs"], cues["meeting_nouns"]
    shown = False
    for i in range(lo, hi):
        lemmas = lemma_sets[i]
        readings = analyses[i] or ()
        if vetoes and any(_acting(a, events) for a in readings):
            return None  # "Susitikime dalyvavo:", "Parodą pristatė:", "Parodą apžiūrėjo svečiai:"
        if vetoes and not lemmas.isdisjoint(meeting) and any(a.pos == "noun" for a in readings):
            return None  # "susitikimas su kraštiečiais:", "Renginio svečiai:"
        if vetoes and any(a.pos == "noun" and a.case == "Nom" and a.lemma.endswith(("imas", "ymas")) for a in readings):
            return None  # "Parodos pristatymas – dailininkas X": a noun of action done by the list (a programme)
        if vetoes and _post_held(doc_words(doc)[0][i], readings):
            return None  # "Parodos kuratorė – X": a post in the exhibition held by the list, not a work's author
        noun = not lemmas.isdisjoint(cues["exhibit_nouns"]) and any(a.pos == "noun" for a in readings)
        passive = not lemmas.isdisjoint(cues["exhibit_verbs"]) and any(
            a.lemma.lower() in cues["exhibit_verbs"] and any(t.startswith("Part_Pass") for t in a.tags)
            for a in readings
        )
        shown = shown or noun or passive
    return shown


def _post_held(text: str, readings) -> bool:
    """A role noun in the nominative singular ("kuratorė", "rengėja"), not an author's ("autorė" of the works shown)."""
    if not text.isalpha() or not any(a.pos == "noun" and a.case == "Nom" and a.number == "Sg" for a in readings):
        return False
    head = head_of(text)
    return head is not None and head.singular and not set(head.forms) & word_set_roles("author_heads")


def _acting(a, events: frozenset[str]) -> bool:
    """A finite verb the list may be the subject of: an event verb in any tense, or any verb but "būti" and the
    verbs of showing in the third person past or future ("apžiūrėjo", "aplankys"); not a present that describes
    the exhibit ("eksponuoja", "gali susipažinti") nor a first person ("susipažįstame")."""
    if not a.pos.startswith("verb"):
        return False
    lemma = a.lemma.lower()
    if lemma in events:
        return any(t.startswith("Indic_") for t in a.tags)
    if lemma == "būti" or lemma in data()["exhibit_verbs"]:
        return False
    return any(t.startswith(("Indic_Past_III", "Indic_Fut_III")) for t in a.tags)
