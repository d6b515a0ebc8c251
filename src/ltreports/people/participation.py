"""Participation: is a named person one the post lists, and did that person take part in the event?

The one place where both questions are decided, per mention and per person, by grammar and layout:

- a mention is **referred** when the person is only spoken about: the genitive of an author, a
  commemorated person or a sender before what belongs to them, read past a chain of genitives ("X knygos",
  "X 100-osios gimimo metinės", "X sveikinimo žodžiai", "X patarėja", "X vaikystės namelis"; any noun in a
  sentence of showing: "eksponuojami X karpiniai"), unless the author is there ("pristatyta X knyga",
  "... Autorius pats atvežė"), the subject of sending ("Sveikinimą atsiuntė X"), a name in a quoted title,
  a person in a clause of content told in the past ("sužinojo, kaip X mokė ..."), a dative of dedication
  ("X skirtas vakaras", "paroda poetui X", "X – 120"), "apie X" / "pagal X" (also an accusative list in
  apposition: "apie mokytojus – A, B"), "su X" after a word of relation ("susiję su poetu X"), a quoted author ("(X)",
  "“ – X"), another name of a person just named ("X (slapyvardis Y)"), a person of the past (former
  staff, the deceased, a sentence set decades before the post or telling a life: "gimė", "dirbo",
  "vadovavo", "dirbant vedėjai X", a perfect "yra sukūrusi X"), a person commemorated ("Prisiminta ir X");
- a mention is **listed** only (a real person, but not taking part there) in a credit line, a closing
  signature (also one closing an article inside a page: "...⏎Ona Jonaitė⏎Filialo bibliotekininkė⏎⏎***"),
  a byline ("Parengė X", "X nuotr.", a role and a name on one of the first lines), when the person is thanked
  ("dėkojame X", "padėka X", "ačiū X"), or when a negated event verb says the person was not there
  ("nedalyvavo X", "X, negalėjusi dalyvauti");
- a mention **took part** when the person is the subject of an event verb ("X pristatė", "dalyvavo
  X", "skaityti kilo X"), met ("susitikimas su X"), greeted or handed something ("pasveikino X",
  "įteikė X"), received an award ("premija skirta X už ..."), presented an own work ("X knygos
  pristatymas"), or has a role that says so ("lektorė", "svečias", "renginio vedėja", "Renginio
  svečias – rašytojas X");
- otherwise it is **neutral**.

A person is listed when a mention took part or is listed, else when the neutral mentions outnumber the
referred ones (a mention in a quoted title is not counted: the name may name something else). A mention
counts for a visit when its person is listed and the mention itself is neither
referred nor listed only. Cue words: ``data/participants.yaml``; cases and lemmas from the morphology layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from ..language import doc_text, doc_words
from ..matches import Match
from ..morphology.component import doc_analyses, token_analyses
from .credits import credited_after, is_byline, is_credit, is_signature
from .facts import PersonFact
from .name_context import (
    clause_of,
    data,
    finite,
    finite_readings,
    governing_verb,
    is_finite_verb,
    is_noun_with,
    name_cases,
    nearby_words,
    with_lemmas,
)
from .participation_history import held_role, life_verb_governs
from .participation_lists import exhibited
from .participation_past import (
    dated_long_ago,
    life_told,
    marked,
    old_year,
    own_part,
    perfect,
    reference_year,
    reported_past,
)
from .participation_patrons import patron
from .participation_signals import (
    absent,
    alias,
    citing,
    commemorated,
    dative,
    in_title,
    quoted_author,
    related,
    spoken_about,
    took_part_reason,
)
from .participation_speech import dated_main_clause, years_apart
from .participation_works import author_came, genitive_of

CACHE_KEY = "ltr_participation"


class Part(StrEnum):
    REFERRED = "referred"  # only spoken about: not listed
    LISTED = "listed"  # a real person, not taking part at this mention (credit, byline, thanked)
    TOOK_PART = "took_part"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class Decision:
    part: Part
    reason: str


def decide(doc: Doc, start: int, end: int, fact: PersonFact | None = None) -> Decision:
    """The participation of the person named at ``start``:``end`` (cached per document)."""
    cache_ = doc.user_data.setdefault(CACHE_KEY, {})
    key = (start, end)
    if key not in cache_:
        cache_[key] = _decide(doc, start, end, fact)
    return cache_[key]


def _role_lead(doc: Doc, first: int, fact: PersonFact | None) -> int:
    """The first token of the role phrase right before the name (the name's own when it has none): what governs
    the name governs its role too ("Prisiminta ilgametė klubo narė, mokytoja X")."""
    if fact is None or fact.role_start is None or fact.role_end is None or fact.role_end > doc[first].idx:
        return first
    span = doc.char_span(fact.role_start, fact.role_end, alignment_mode="expand")
    return first if span is None else min(first, span.start)


def _decide(doc: Doc, start: int, end: int, fact: PersonFact | None) -> Decision:
    text = doc_text(doc)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Decision(Part.NEUTRAL, "no tokens")
    first, last = span.start, span.end - 1
    if quoted_author(doc, first, last):
        return Decision(Part.REFERRED, "quoted author")
    if alias(doc, start):
        return Decision(Part.REFERRED, "alias")
    if in_title(doc, start, end):
        return Decision(Part.REFERRED, "title")
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    cases = name_cases(list(span), fact)
    # no agreed case, or a family name the dictionary does not inflect ("Astrid Lindgren")
    unknown = fact is None or fact.case is None or (
        fact.case == "Nom"
        and not any(a.case and a.source == "dictionary" for a in token_analyses(span[-1]) or ())
        and not _given_not_genitive(span)
    )
    signed = ("Nom" in cases or unknown) and not _verb_before_on_line(doc, first)
    if is_credit(text, start, signature=signed) or credited_after(text, end):
        return Decision(Part.LISTED, "credit")
    if is_signature(text, start, end) and signed:
        return Decision(Part.LISTED, "signature")
    cues = data()
    clause = clause_of(doc, first, last, sent)
    verb = governing_verb(doc, first, sent)
    credit_verbs, event_verbs, sending_verbs = cues["credit_verbs"], cues["event_verbs"], cues["sending_verbs"]
    # (``with_lemmas``: the words of the clause that may be one of the verbs, by the Doc's lemma sets)
    if (
        "Nom" in cases
        and any(finite(t, credit_verbs, ("Indic_Past",)) for t in with_lemmas(doc, clause, credit_verbs))
        and not any(finite(t, event_verbs) for t in with_lemmas(doc, clause, event_verbs))  # "parengė ir perskaitė X"
        and len(sent) <= 20
        and all(is_noun_with(t, cues["credit_objects"]) for t in clause if _accusative_object(t))  # "Parodą parengė X"
        and sum(is_finite_verb(t) for t in sent) == 1  # "Vaikai vaidino ..., o juos parengė X": a clause of the event
    ):
        return Decision(Part.LISTED, "credit sentence")
    if (
        "Nom" in cases
        and any(finite(t, sending_verbs) for t in with_lemmas(doc, clause, sending_verbs))
        and not any(finite(t, event_verbs) for t in with_lemmas(doc, clause, event_verbs))
    ):
        return Decision(Part.REFERRED, "sender")  # "Sveikinimą atsiuntė ministrė X": sent from elsewhere
    if marked(doc, first, sent, cues["deceased_words"]):
        return Decision(Part.REFERRED, "deceased")
    if "Gen" in cases and patron(doc, first):
        return Decision(Part.REFERRED, "patron")  # "... savivaldybės Fridricho Bajoraičio ir ... bibliotekų"
    if "Gen" in cases or unknown:
        owner = genitive_of(doc, last, sent)
        if owner == "agent":
            return Decision(Part.TOOK_PART, "agent")
        if owner and author_came(doc, sent):
            return Decision(Part.TOOK_PART, "author came")  # "... X skulptūros. Autorius jas pats atvežė"
        if owner:
            return Decision(Part.REFERRED, "genitive of")
    if fact is not None and fact.excluded:
        return Decision(Part.REFERRED, "spoken about")  # the name detector's own reading (people.component)
    if "Dat" in cases:
        reason = dative(doc, first, last, sent, verb)
        if reason == "recipient":
            return Decision(Part.TOOK_PART, reason)
        if reason == "thanked":
            return Decision(Part.LISTED, reason)
        if reason:
            return Decision(Part.REFERRED, reason)
    for token in nearby_words(doc, first - 1, -1, 3, sent):
        if token.is_punct or is_finite_verb(token):
            break  # "Apie knygą pasakojo X": the preposition governs another phrase
        if token.lower_ in cues["referred_before"]:
            return Decision(Part.REFERRED, "spoken about")
    if "Acc" in cases and spoken_about(doc, first, sent):
        return Decision(Part.REFERRED, "spoken about")
    if "Inst" in cases and related(doc, first, sent):
        return Decision(Part.REFERRED, "related")
    if commemorated(doc, _role_lead(doc, first, fact), last, cases, sent, verb):
        return Decision(Part.REFERRED, "commemorated")
    if "Nom" in cases and citing(doc, first, last, sent):
        return Decision(Part.REFERRED, "cited")
    if is_byline(text, start, end if "Nom" in cases and signed else None) and (  # (``signed``: no verb before)
        "Nom" in cases or unknown
    ):
        return Decision(Part.LISTED, "byline")
    if absent(doc, last, clause, sent):
        return Decision(Part.LISTED, "absent")  # "negalėjusi dalyvauti X": named, but not there
    if "Nom" in cases and reported_past(doc, first, clause, sent):
        return Decision(Part.REFERRED, "reported")
    if "Nom" in cases and (
        dated_long_ago(doc, first, last, clause, reference_year(doc)) or _main_clause_dated(doc, first, sent)
    ):
        return Decision(Part.REFERRED, "history")  # "1995 m. bibliotekoje lankėsi X": not this event
    reason = took_part_reason(doc, first, last, cases, fact, clause, sent, verb)
    if reason:
        return Decision(Part.TOOK_PART, reason)
    if cases & {"Nom", "Acc", "Inst", "Dat"} and exhibited(doc, first, sent):
        return Decision(Part.REFERRED, "exhibited")  # "Parodoje pristatomi kraštiečiai: A, B": shown, not met
    if marked(doc, first, sent, cues["past_person_words"]):
        return Decision(Part.REFERRED, "former")
    if "Nom" in cases and perfect(clause):
        return Decision(Part.REFERRED, "perfect")
    if "Nom" in cases and (held_role(doc, first, last, clause) or life_verb_governs(doc, verb, sent)):
        return Decision(Part.REFERRED, "history")  # "Vėliau vedėja tapo X", "gimė ir augo A ir B"
    if life_told(doc, last, clause) or (
        old_year(doc, own_part(doc, last, sent), reference_year(doc)) and not _years_apart(doc, first, last, sent)
    ):
        return Decision(Part.REFERRED, "history")
    return Decision(Part.NEUTRAL, "")



def _years_apart(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """The sentence's old years only date what is said about the person ("Poetė X, nuo 1998 m. gyvenanti ...,
    skaitė eiles"; ``participation_speech.years_apart``)."""
    year = reference_year(doc)
    return year is not None and years_apart(doc, first, last, sent, year - int(data()["history_years"]) + 1)


def _main_clause_dated(doc: Doc, first: int, sent: Span) -> bool:
    """"1990 m. vyko vakaras, kuriame dalyvavo X": the relative clause's main clause is set decades back."""
    year = reference_year(doc)
    return year is not None and dated_main_clause(doc, first, sent, year - int(data()["history_years"]) + 1)


def _accusative_object(token: Token) -> bool:
    """A word the dictionary reads as a common noun or a pronoun in the accusative ("Parodą", "Informaciją",
    "Ją": a pronoun stands for something the post named before, never for the post's own text)."""
    return any(
        a.pos in ("noun", "pronoun") and a.case == "Acc" and a.kind is None for a in token_analyses(token) or ()
    )


def _given_not_genitive(span: Span) -> bool:
    """The given names are words the dictionary knows, in no genitive reading ("Danutė Jaglinska": the
    family name is foreign, but the name is not a genitive)."""
    given = [t for t in span[:-1] if t.is_alpha]
    readings = [[a for a in token_analyses(t) or () if a.source == "dictionary" and a.case] for t in given]
    return bool(given) and all(readings) and not any(a.case == "Gen" for found in readings for a in found)


def _verb_before_on_line(doc: Doc, first: int) -> bool:
    """A finite verb before the name on its line ("Renginį vedė X" is a sentence, not a signature)."""
    texts, analyses = doc_words(doc)[0], doc_analyses(doc)  # by index: no Token per word
    i = first - 1
    while i >= 0 and "\n" not in texts[i]:
        if finite_readings(analyses[i]) and not any(a.pos == "noun" for a in analyses[i] or ()):
            return True  # "skyriaus" is also a rare verb form: a word the dictionary reads as a noun is none
        i -= 1
    return False


# --- decisions per person -------------------------------------------------------------------------


def listed(doc: Doc, mentions: list[Match]) -> bool:
    """Is the person named by ``mentions`` (``Match[PersonFact]``) one the post lists?"""
    decisions = [decide(doc, m.start, m.end, m.fact) for m in mentions]
    parts = [d.part for d in decisions if d.reason != "title"]  # a name in a title may name something else
    if Part.TOOK_PART in parts or Part.LISTED in parts:
        return True
    return parts.count(Part.REFERRED) < parts.count(Part.NEUTRAL)


def took_part(doc: Doc, start: int, end: int) -> bool:
    """Does the mention at ``start``:``end`` show its (listed) person at the event?"""
    return decide(doc, start, end).part in (Part.TOOK_PART, Part.NEUTRAL)
