"""Signals of participation, one function per grammatical pattern around a person's name: what governs a
dative (a recipient, a thanked person, a dedication), a quoted author or a name inside a quoted title, another
name of a person just named, "apie" and "su" phrases, a commemoration, a citation, a negated event verb, and
the evidence that the person took part. ``people.participation`` weighs them; ``people.participation_works``
holds the signals of an author or owner (a genitive name), ``people.participation_past`` those of a person of
the past.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..language import doc_text, doc_words
from ..matches import doc_extension
from ..morphology.component import doc_analyses, doc_lemma_sets
from .facts import PersonFact
from .name_context import (
    CLOSING_QUOTES,
    DASHES,
    LIST_WORDS,
    OPENING_QUOTES,
    adjective_like,
    data,
    doc_token,
    finite,
    finite_readings,
    governed_by,
    has_lemma,
    is_finite_verb,
    is_noun_with,
    name_like,
    nearby_indices,
    nearby_words,
    token_readings,
    verb_readings,
)


def absent(doc: Doc, last: int, clause: list[Token], sent: Span) -> bool:
    """A negated event verb in the name's clause or the apposition after it: "Renginyje nedalyvavo X", "vicemerė
    X, negalėjusi dalyvauti, ..." (a real person, named, who did not take part)."""
    cues = data()
    analyses = doc_analyses(doc)  # by index: a Token only around a negated verb
    lo, hi = sent.start, sent.end
    for i in [t.i for t in clause] + nearby_indices(doc, last + 1, 1, 4, lo, hi):
        for a in analyses[i] or ():
            if a.pos != "verb_negative" or not a.lemma.lower().startswith("ne"):
                continue
            base = a.lemma.lower()[2:]
            if base in cues["event_verbs"]:
                return True
            near = nearby_words(doc, i + 1, 1, 2, sent) + nearby_words(doc, i - 1, -1, 2, sent)
            if base in cues["modal_verbs"] and any(verb_readings(t, cues["event_verbs"], ("Inf",)) for t in near):
                return True  # "negalėjo atvykti X", "X atvykti negalėjo"
    return False


def thanking(token: Token) -> bool:
    """A verb of thanking in the indicative or a participle, or "dėkingas" ("padėkos" may be a noun)."""
    lemmas = data()["thanking_verbs"]
    for a in token_readings(token):
        if a.lemma.lower() not in lemmas:
            continue
        if a.pos == "adjective" or any(t.startswith(("Indic_Past", "Indic_Pres", "Part_")) for t in a.tags):
            return True
    return False


def dative(doc: Doc, first: int, last: int, sent: Span, verb: Token | None) -> str | None:
    cues = data()
    after = nearby_words(doc, last + 1, 1, 4, sent)
    further_before = nearby_words(doc, first - 1, -1, 10, sent)
    before = further_before[:7]
    if governed_by(verb, cues["present_object_verbs"]):
        return "recipient"  # "įteikė X", "padėkos raštai įteikti X"
    if any(thanking(t) for t in further_before) or (verb is not None and thanking(verb)):
        return "thanked"
    for token in after[:3]:  # "Rėmėjui X dėkojame už dovanas": the verb of thanks after the dative
        if token.is_punct or (is_finite_verb(token) and not thanking(token)):
            break
        if thanking(token):
            return "thanked"
    head = dative_head(doc, first, sent)
    if (head is not None and is_noun_with(head, cues["thanking_nouns"])) or _thanks_word_before(before):
        return "thanked"  # "Ypatinga padėka rėmėjui X", "Ačiū X": the noun of thanks governs the dative
    # "nominacija skirta X už ...", "premija skirta X": an award, not a dedication
    award = any(t.lower_ == "už" for t in after) or any(is_noun_with(t, cues["award_nouns"]) for t in sent)
    if not award and (
        any(has_lemma(t, cues["dative_referred_verbs"]) for t in before + after)
        or governed_by(verb, cues["dative_referred_verbs"])
    ):
        return "dedicated"
    if not award and head is not None and is_noun_with(head, cues["dative_referred_nouns"]):
        return "dedicated"
    if len(after) >= 2 and after[0].text in DASHES and after[1].text[:1].isdigit():
        return "anniversary"  # "X – 120"
    return "recipient" if award else None  # "premija skirta X už ...": the laureate


def _thanks_word_before(before: list[Token]) -> bool:
    """A word of thanks that is no noun ("ačiū") before the dative, with no verb or punctuation between."""
    for token in before:
        if token.lower_ in data()["thanking_nouns"]:
            return True
        if token.is_punct or is_finite_verb(token):
            return False
    return False


def dative_head(doc: Doc, first: int, sent: Span) -> Token | None:
    """The noun that governs a dative name, read back past its role words and a list of names:
    "paroda poetui, kraštiečiui X" gives "paroda"; None when a verb or a preposition comes first."""
    i = first - 1
    while i >= sent.start:
        token = doc[i]
        i -= 1
        if token.is_space or token.text in LIST_WORDS or name_like(token):
            continue
        if token.is_punct:
            return None
        readings = token_readings(token)
        if not readings or any(a.case in ("Dat", "Gen") for a in readings) or adjective_like(token):
            continue
        if any(a.pos.startswith("verb") or a.pos.startswith("preposition") for a in readings):
            return None
        return token if any(a.pos == "noun" for a in readings) else None
    return None


_NON_SPACE = re.compile(r"\S")  # the same characters as str.isspace() leaves out


def _next_char(text: str, pos: int) -> str:
    """The first non-space character at or after ``pos`` ("" if none), read without copying the rest of the text."""
    found = _NON_SPACE.search(text, pos)
    return found.group() if found else ""


def _previous_char(text: str, pos: int) -> str:
    """The last character before ``pos`` once trailing spaces and then ".,;" are set aside ("" if none)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    while pos > 0 and text[pos - 1] in ".,;":
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


_QUOTE_DASH = re.compile(rf"[{CLOSING_QUOTES}][.,]?\s*[{DASHES}]\s*$")
_QUOTED_LINE = re.compile(rf"[{OPENING_QUOTES}][^\n]+[{CLOSING_QUOTES}]")


def quoted_author(doc: Doc, first: int, last: int) -> bool:
    """"„...“ (X)", "(X. Title)" on a line of its own, "...“ – X", or X alone on the line after a quotation."""
    text = doc_text(doc)
    texts, offsets = doc_words(doc)  # ``Token.idx``, ``Token.text`` by index
    start = offsets[first]
    end = offsets[last] + len(texts[last])
    before = text[max(0, start - 8) : start].rstrip()
    if before.endswith("(") and _next_char(text, end) in ").":
        ahead = before[:-1].rstrip()
        if ahead.endswith(("...", "…")):
            return True
        ahead = ahead.rstrip(".,;")
        if not ahead or ahead[-1] in CLOSING_QUOTES or "\n" in before:
            return True
    if _QUOTE_DASH.search(text[max(0, start - 6) : start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _NON_SPACE.search(text, line_start, start):
        return False  # the name does not open its line (read in place: a long paragraph is not copied per name)
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    previous = _previous_char(text, line_start)
    rest = text[end : len(text) if line_end == -1 else line_end].strip()
    if _QUOTED_LINE.fullmatch(rest):
        return True  # "X „Title“": the author line under verses
    alone = len(line.split()) <= 6
    return alone and bool(previous) and previous in CLOSING_QUOTES and not line.rstrip().endswith((".", "!", "?"))


def in_title(doc: Doc, start: int, end: int) -> bool:
    """The name stands inside a quoted title on its line („Poezijos bibliotekėlė. Ona Jonaitė: eilėraščiai“):
    a part of a work's name, not a person at the event. Quoted speech is no title: it has a finite verb
    („Džiaugiamės, kad atvyko Ona Jonaitė“, – sakė ...)."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end == -1 else line_end]
    opening = before.rfind("„")
    if opening == -1 or any(q in before[opening:] for q in "“”"):
        return False
    closing = min((after.find(q) for q in "“”" if q in after), default=-1)
    if closing == -1 or "„" in after[:closing] or closing > 60:
        return False
    quoted = doc.char_span(line_start + opening + 1, end + closing, alignment_mode="contract")
    return quoted is None or not any(is_finite_verb(t) for t in quoted)


def citing(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """"X rašė: „...“", "“ – rašė X", "X yra pasakęs": the name cites a text, not a speaker at the event."""
    cues = data()
    texts, lemma_sets = doc_words(doc)[0], doc_lemma_sets(doc)  # by index: a Token only for a citing verb
    lo, hi = sent.start, sent.end
    near = nearby_indices(doc, last + 1, 1, 8, lo, hi)
    if any(texts[i].lower() in _CITED_PARTICIPLES for i in near):
        return True
    tenses = ("Indic_Past", "Indic_Pres")
    verbs = cues["citing_verbs"]
    for n, i in enumerate(near):
        if not lemma_sets[i].isdisjoint(verbs) and verb_readings(doc_token(doc, i), verbs, tenses):
            return any(texts[j] == ":" or texts[j] in OPENING_QUOTES for j in near[n + 1 : n + 3])
    back = nearby_indices(doc, first - 1, -1, 6, lo, hi)
    return any(
        not lemma_sets[i].isdisjoint(verbs) and verb_readings(doc_token(doc, i), verbs, tenses) for i in back[:3]
    ) and any(texts[i] in CLOSING_QUOTES for i in back)


_CITED_PARTICIPLES = frozenset({"pasakęs", "pasakiusi", "sakęs", "sakiusi", "rašęs", "rašiusi", "rašiusios"})


def commemorated(doc: Doc, first: int, last: int, cases: set[str], sent: Span, verb: Token | None) -> bool:
    """"Prisiminta ir X", "X prisiminus", "paminėjo X" (a person remembered, not present)."""
    verbs = data()["commemorating_verbs"] - {"pagerbti"}  # "pagerbti skaitytojai X": the living are honoured too
    before = nearby_words(doc, first - 1, -1, 4, sent)
    if "Nom" in cases and any(verb_readings(t, verbs, ("Part_Pass",)) for t in before):
        return True
    if "Acc" not in cases:
        return False
    active = verbs
    near = nearby_words(doc, last + 1, 1, 2, sent) + before[:2]
    return any(verb_readings(t, active, ("Gerund", "Half")) for t in near) or governed_by(verb, active)


def met(doc: Doc, first: int, sent: Span) -> bool:
    """"susitikimas su X", "kartu su ... X": "su" before the instrumental name, in a sentence of meeting."""
    cues = data()
    i = first - 1
    seen = 0
    while i >= sent.start and seen < 20:
        token = doc[i]
        i -= 1
        if token.is_space:
            continue
        seen += 1
        if token.text in ".;:!?" or finite(token, cues["event_verbs"] | cues["history_verbs"]):
            return False
        if token.lower_ == "su":
            return any(has_lemma(t, cues["meeting_words"]) for t in sent)
    return False


EVENT_TENSES = ("Indic_Past", "Indic_Pres", "Indic_Fut")  # an announcement's guests too: "dalyvaus X"


def took_part_reason(
    doc: Doc, first: int, last: int, cases: set[str], fact: PersonFact | None, clause: list[Token],
    sent: Span, verb: Token | None,
) -> str | None:
    cues = data()
    if fact is not None and fact.role:
        role = fact.role.lower()
        if role in cues["participant_roles"] or role.split()[-1] in cues["participant_roles"]:
            return "role"
    texts, lemma_sets, analyses = doc_words(doc)[0], doc_lemma_sets(doc), doc_analyses(doc)  # by index
    roles = cues["participant_roles"]
    for j in nearby_indices(doc, first - 1, -1, 12, sent.start, sent.end):  # past a list: "svečiai – A, B ir X"
        if texts[j] in ".;:!?" or finite_readings(analyses[j]):
            break
        if not lemma_sets[j].isdisjoint(roles) and any(a.case == "Nom" for a in analyses[j] or ()):
            return "role"  # "Renginio svečias – rašytojas X": the chain of roles names a guest
    if "Nom" in cases:
        events = cues["event_verbs"]
        for token in clause:
            i = token.i
            if lemma_sets[i].isdisjoint(events):  # no reading of an event verb (most words): by index
                if finite_readings(analyses[i]) and _with_event_infinitive(doc, token, sent):
                    return "subject"  # "skaityti kilo X": a verb with an event verb's infinitive
                continue
            if finite(token, events, EVENT_TENSES) or (
                is_finite_verb(token) and _with_event_infinitive(doc, token, sent)
            ):
                return "subject"  # "X pristatė", "skaityti kilo X": an event verb, or one with its infinitive
            participles = verb_readings(token, events, ("Part_Act",))
            if any(a.case == "Nom" for a in participles):
                return "subject"  # "atvykęs vicemeras X"
        if not any(finite_readings(analyses[t.i]) for t in clause) and verb is not None and (
            finite(verb, cues["event_verbs"], EVENT_TENSES) or _with_event_infinitive(doc, verb, sent)
        ):
            return "subject"  # "Dalyvavo A, B, buvę klubo vadovai X, Y": the list's verb
        if governed_by(verb, cues["present_object_verbs"]):
            return "object"  # "pakviesta buvusi direktorė X"
    if "Inst" in cases and met(doc, first, sent):
        return "met"
    if cases & {"Acc", "Dat"} and governed_by(verb, cues["present_object_verbs"]):
        return "object"
    return None


def spoken_about(doc: Doc, first: int, sent: Span) -> bool:
    """"apie" / "pagal" governs the accusative phrase the name stands in, read back past the noun it is in
    apposition to, its attributes and the list it is in: "Apie „daraktoriais“ vadintus mokytojus – A, B, X"."""
    cues = data()
    i, seen = first - 1, 0
    while i >= sent.start and seen < 12:
        token = doc[i]
        i -= 1
        if token.is_space or token.text in LIST_WORDS or token.text in OPENING_QUOTES + CLOSING_QUOTES:
            continue
        seen += 1
        if token.lower_ in cues["referred_before"]:
            return True
        if token.is_punct or is_finite_verb(token) or name_like(token):
            if token.is_punct or is_finite_verb(token):
                return False
            continue
        readings = token_readings(token)
        if any(a.pos.startswith("preposition") or a.pos.startswith("conjunction") for a in readings):
            return False
        if readings and not any(a.case in ("Acc", "Inst", None) or a.pos == "pronoun" for a in readings):
            return False  # a word that cannot belong to the accusative phrase ("savo", "jos" may)
    return False


def related(doc: Doc, first: int, sent: Span) -> bool:
    """"su X" after a word of relation, not of meeting: "susiję su poetu X", "sąsajos su X", "jungiančios
    biblioteką su rašytoju X" (a link to the person, who need not be there)."""
    cues = data()
    i, seen = first - 1, 0
    while i >= sent.start and seen < 6:
        token = doc[i]
        i -= 1
        if token.is_space or token.text in LIST_WORDS or name_like(token):
            continue
        seen += 1
        if token.lower_ == "su":
            return any(
                has_lemma(t, cues["relation_words"]) or t.lower_.startswith(tuple(cues["relation_stems"]))
                for t in nearby_words(doc, token.i - 1, -1, 3, sent)
            )
        if token.is_punct or is_finite_verb(token):
            return False
    return False


def _with_event_infinitive(doc: Doc, verb: Token, sent: Span) -> bool:
    """A finite verb beside an infinitive of an event verb: "skaityti kilo X", "atvyko pristatyti X"."""
    if has_lemma(verb, frozenset({"būti"})):
        return False  # "buvo prisiminti": a passive, whose participle may read as an infinitive
    near = nearby_words(doc, verb.i - 1, -1, 2, sent) + nearby_words(doc, verb.i + 1, 1, 2, sent)
    return any(verb_readings(t, data()["event_verbs"], ("Inf",)) for t in near)


def alias(doc: Doc, start: int) -> bool:
    """A name alone in parentheses right after another person's name, or after a word that says so
    ("X (Y)", "X (slapyvardis Y)", "X (žinomos kaip poetė Y)"): the same person's other name."""
    text = doc_text(doc)
    opening = text.rfind("(", max(0, start - 40), start)
    if opening == -1 or ")" in text[opening:start]:
        return False
    inside = text[opening + 1 : start].lower().split()
    if len(inside) > 4 or (inside and not any(w.startswith(tuple(data()["alias_cues"])) for w in inside)):
        return False  # "(mokytoja Y)": another person, with a role of her own
    found = doc_extension(doc, "ltr_person_matches") or []  # ``doc._.ltr_person_matches``, no lookup object
    match = next((m for m in found if m.start == start), None)
    if match is None or not text[match.end :].lstrip().startswith(")"):
        return False  # "(Y leidykla)": the name of something else
    before = text[:opening].rstrip()
    return any(m.end == len(before) for m in found)


