"""Participation: is a named person one the post lists, and did that person take part in the event?

The one place where both questions are decided, per mention and per person, by grammar and layout:

- a mention is **referred** when the person is only spoken about: the genitive of an author, a
  commemorated person or a sender before what belongs to them ("X knygos", "X 100-osios gimimo
  metinės", "X sveikinimo žodžiai", "X patarėja"), a dative of dedication ("X skirtas vakaras",
  "paroda poetui X", "X – 120"), "apie X" / "pagal X", a quoted author ("(X)", "“ – X"), a person of
  the past (former staff, the deceased, a sentence set decades before the post or telling a life:
  "gimė", "dirbo", "vadovavo"), a person commemorated ("Prisiminta ir X");
- a mention is **listed** only (a real person, but not taking part there) in a credit line or byline
  ("Parengė X", "X nuotr.") or when the person is thanked ("dėkojame X");
- a mention **took part** when the person is the subject of an event verb ("X pristatė", "dalyvavo
  X"), met ("susitikimas su X"), greeted or handed something ("pasveikino X", "įteikė X"), or has a
  role that says so ("lektorė", "svečias", "renginio vedėja");
- otherwise it is **neutral**.

A person is listed unless a mention is referred and none took part. A mention counts for a visit when
its person is listed and the mention itself is neither referred nor listed only.
Cue words: ``data/participants.yaml``; cases and lemmas from the morphology layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..matches import Match
from ..morphology.component import token_lemmas
from ..resources import load_yaml
from .facts import PersonFact

CACHE_KEY = "ltr_participation"
YEAR_RE = re.compile(r"^(1[5-9]\d\d|20\d\d)(?:[-–].*)?$")
ROMAN_CENTURY_RE = re.compile(r"^[XVI]{1,5}$")
OPENING_QUOTES = "„“\"«"
CLOSING_QUOTES = "“”\"»"
DASHES = "-–—"


class Part(StrEnum):
    REFERRED = "referred"  # only spoken about: not listed
    LISTED = "listed"  # a real person, not taking part at this mention (credit, byline, thanked)
    TOOK_PART = "took_part"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class Decision:
    part: Part
    reason: str


@cache
def data() -> dict:
    raw = load_yaml("participants.yaml")
    return {k: frozenset(w.lower() for w in v) if isinstance(v, list) else v for k, v in raw.items()}


# --- layout: credit lines and bylines -------------------------------------------------------------


def is_credit(text: str, start: int) -> bool:
    """Is the text at ``start`` in a credit line ("Parengė ...", "... nuotr.") or the closing signature?"""
    cues = data()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return False
    if words[0].rstrip(":") in cues["credit_starts"] or words[-1] in cues["credit_ends"]:
        return True
    sentence_start = max(text.rfind(". ", 0, start) + 2, line_start)
    first = text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in cues["credit_starts"]:
        return True
    # the closing signature: one of the last three non-empty lines, short, with no sentence punctuation
    tail = [ln for ln in text[line_start:].split("\n") if ln.strip()]
    programme = " – " in line or " - " in line or ":" in line  # "Koncertas – dainininkė X"
    return len(tail) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?")) and not programme


def is_byline(text: str, start: int) -> bool:
    """A name that opens one of the first lines of the post ("Jurgita Bružienė, ... bibliotekininkė")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    earlier = [ln for ln in text[:line_start].split("\n") if ln.strip()]
    return len(earlier) <= 5 and not line.endswith((".", "!", "?"))


# --- token helpers --------------------------------------------------------------------------------


def _words(doc: Doc, i: int, step: int, n: int, stop: Span | None = None) -> list[Token]:
    """Up to ``n`` non-space tokens from ``i`` in direction ``step``, inside ``stop`` (a sentence)."""
    lo, hi = (stop.start, stop.end) if stop is not None else (0, len(doc))
    out: list[Token] = []
    while lo <= i < hi and len(out) < n:
        if not doc[i].is_space:
            out.append(doc[i])
        i += step
    return out


def _readings(token: Token) -> list:
    return list(token._.analyses or ())


def _has_lemma(token: Token, lemmas: frozenset[str]) -> bool:
    return bool(token_lemmas(token) & lemmas)


def _cases(tokens: list[Token], fact: PersonFact | None) -> set[str]:
    """The cases the name may stand in: the agreed case of its parts, else every reading of its last word."""
    if fact is not None and fact.case:
        return {fact.case}
    found: set[str] = set()
    for token in tokens[-1:]:
        found.update(a.case for a in _readings(token) if a.case)
        found.update(token.morph.get("Case"))
    return found


def _finite(token: Token, lemmas: frozenset[str], tenses: tuple[str, ...] = ("Indic_Past", "Indic_Pres")) -> bool:
    """A finite (indicative) form of one of ``lemmas``."""
    return any(
        a.lemma.lower() in lemmas and a.pos.startswith("verb") and any(t.startswith(tenses) for t in a.tags)
        for a in _readings(token)
    )


def _participle(token: Token, lemmas: frozenset[str], kinds: tuple[str, ...]) -> bool:
    return any(
        a.lemma.lower() in lemmas and a.pos.startswith("verb") and any(t.startswith(kinds) for t in a.tags)
        for a in _readings(token)
    )


def _is_noun_with(token: Token, lemmas: frozenset[str]) -> bool:
    if token.lower_ in lemmas:
        return True
    return any(a.pos == "noun" and a.kind is None and a.lemma.lower() in lemmas for a in _readings(token))


def _adjective_like(token: Token) -> bool:
    readings = _readings(token)
    if token.text[:1].isdigit():
        return True
    return bool(readings) and all(
        a.pos in ("adjective", "numeral_ordinal", "pronoun") or (a.pos.startswith("verb") and a.case) for a in readings
    )


def _name_like(token: Token) -> bool:
    """A capitalized word that may be (part of) a name: an initial, a word the dictionary knows as a
    name, or one it does not know ("Amžinybėn", "Pirmuoju" are common words)."""
    if not token.text[:1].isupper():
        return False
    if token.text.endswith(".") and len(token.text) <= 4:
        return True
    if not token.is_alpha:
        return False
    readings = [a for a in _readings(token) if a.source == "dictionary"]
    return not readings or any(a.kind is not None for a in readings)


# --- mention signals ------------------------------------------------------------------------------

LIST_WORDS = {",", "ir", "bei", "-", "–"}


def _boundary(doc: Doc, i: int, sent: Span) -> bool:
    """Punctuation that ends a clause; a comma inside a list of names ("dirbo A, B, C") does not."""
    token = doc[i]
    if token.text == ",":
        prev = _words(doc, i - 1, -1, 1, sent)
        nxt = _words(doc, i + 1, 1, 1, sent)
        return not (prev and nxt and _name_like(prev[0]) and _name_like(nxt[0]))
    return token.is_punct and token.text not in "-–—()„“\"."


def _clause(doc: Doc, first: int, last: int, sent: Span) -> list[Token]:
    """The other tokens of the clause holding the name."""
    lo = first
    while lo - 1 >= sent.start and not _boundary(doc, lo - 1, sent):
        lo -= 1
    hi = last
    while hi + 1 < sent.end and not _boundary(doc, hi + 1, sent):
        hi += 1
    return [t for t in doc[lo : hi + 1] if not (first <= t.i <= last) and not t.is_space]


def _verb_readings(token: Token, lemmas: frozenset[str], tags: tuple[str, ...]) -> list:
    return [
        a for a in _readings(token)
        if a.lemma.lower() in lemmas and a.pos.startswith("verb") and any(t.startswith(tags) for t in a.tags)
    ]


def _governing_verb(doc: Doc, first: int, sent: Span) -> Token | None:
    """The nearest verb before the name in its sentence (finite, or a predicative passive participle:
    "įteikti", "pakviesta"), past a list of names and their role phrases."""
    i = first - 1
    while i >= sent.start:
        token = doc[i]
        i -= 1
        if token.text in ".;:!?()":
            return None
        readings = [a for a in _readings(token) if a.pos.startswith("verb")]
        if any(t.startswith(("Indic_", "Imper")) for a in readings for t in a.tags):
            return token
        if any(t.startswith("Part_Pass") for a in readings for t in a.tags) and any(
            a.case in (None, "Nom") for a in readings
        ):
            return token
    return None


def _governed_by(token: Token | None, lemmas: frozenset[str]) -> bool:
    return token is not None and bool(_verb_readings(token, lemmas, ("Indic_", "Part_Pass", "Imper")))


def _genitive_of(doc: Doc, last: int, sent: Span) -> str | None:
    """What the genitive name belongs to, read past a list of names: "referred" for a noun of
    ``referred_heads`` ("X 80-ajam jubiliejui", "X, Y ir Z eilėraščiai") or a past passive participle
    ("X užrašyta pasaka", "X inicijuota akcija": a work done before); "agent" for a present passive
    participle of an event verb ("X skaitomos eilės", "X dainuojama poezija": the person performs)."""
    cues = data()
    counted = 0
    i = last + 1
    while i < sent.end and counted < 4:
        token = doc[i]
        i += 1
        if token.is_space or token.lower_ in cues["referred_skip"] or token.text in LIST_WORDS:
            continue
        if _name_like(token):
            continue
        counted += 1
        if _verb_readings(token, cues["event_verbs"], ("Part_Pass_Pres",)) and not any(
            t.endswith("_Def") for a in _readings(token) for t in a.tags
        ):
            return "agent"
        if _verb_readings(token, cues["event_verbs"], ("Part_Pass_Past",)):
            return "agent"  # "X paruoštos skaidrės", "X deklamuotos eilės": done for the event
        if any(a.pos.startswith("verb") and "Part_Pass_Past" in a.tags for a in _readings(token)):
            return "referred"  # "X užrašyta pasaka", "X inicijuota akcija": a work done before
        if _is_noun_with(token, cues["referred_heads"]):
            return "referred"
        if _is_noun_with(token, cues["sent_heads"]) and any(_has_lemma(t, cues["sent_verbs"]) for t in sent):
            return "referred"
        if _adjective_like(token):
            continue
        return None
    return None


def _thanking(token: Token) -> bool:
    """A verb of thanking in the indicative or a participle, or "dėkingas" ("padėkos" may be a noun)."""
    lemmas = data()["thanking_verbs"]
    for a in _readings(token):
        if a.lemma.lower() not in lemmas:
            continue
        if a.pos == "adjective" or any(t.startswith(("Indic_Past", "Indic_Pres", "Part_")) for t in a.tags):
            return True
    return False


def _dative(doc: Doc, first: int, last: int, sent: Span, verb: Token | None) -> str | None:
    cues = data()
    after = _words(doc, last + 1, 1, 4, sent)
    before = _words(doc, first - 1, -1, 5, sent)
    if _governed_by(verb, cues["present_object_verbs"]):
        return "recipient"  # "įteikė X", "padėkos raštai įteikti X"
    if any(_thanking(t) for t in _words(doc, first - 1, -1, 10, sent)) or (verb is not None and _thanking(verb)):
        return "thanked"
    # "nominacija skirta X už ...", "premija skirta X": an award, not a dedication
    award = any(t.lower_ == "už" for t in after) or any(_is_noun_with(t, cues["award_nouns"]) for t in sent)
    if not award and (
        any(_has_lemma(t, cues["dative_referred_verbs"]) for t in before + after)
        or _governed_by(verb, cues["dative_referred_verbs"])
    ):
        return "dedicated"
    head = _dative_head(doc, first, sent)
    if not award and head is not None and _is_noun_with(head, cues["dative_referred_nouns"]):
        return "dedicated"
    if len(after) >= 2 and after[0].text in DASHES and after[1].text[:1].isdigit():
        return "anniversary"  # "X – 120"
    return None


def _dative_head(doc: Doc, first: int, sent: Span) -> Token | None:
    """The noun that governs a dative name, read back past its role words and a list of names:
    "paroda poetui, kraštiečiui X" gives "paroda"; None when a verb or a preposition comes first."""
    i = first - 1
    while i >= sent.start:
        token = doc[i]
        i -= 1
        if token.is_space or token.text in LIST_WORDS or _name_like(token):
            continue
        if token.is_punct:
            return None
        readings = _readings(token)
        if not readings or any(a.case in ("Dat", "Gen") for a in readings) or _adjective_like(token):
            continue
        if any(a.pos.startswith("verb") or a.pos.startswith("preposition") for a in readings):
            return None
        return token if any(a.pos == "noun" for a in readings) else None
    return None


def _quoted_author(doc: Doc, first: int, last: int) -> bool:
    """"„...“ (X)", "(X. Title)" on a line of its own, "...“ – X", or X alone on the line after a quotation."""
    text = doc.text
    start = doc[first].idx
    end = doc[last].idx + len(doc[last].text)
    before = text[max(0, start - 8) : start].rstrip()
    if before.endswith("(") and text[end:].lstrip()[:1] in ").":
        ahead = before[:-1].rstrip()
        if ahead.endswith(("...", "…")):
            return True
        ahead = ahead.rstrip(".,;")
        if not ahead or ahead[-1:] in CLOSING_QUOTES or "\n" in before:
            return True
    if re.search(rf"[{CLOSING_QUOTES}][.,]?\s*[{DASHES}]\s*$", text[max(0, start - 6) : start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    previous = text[:line_start].rstrip().rstrip(".,;")
    alone = not text[line_start:start].strip() and len(line.split()) <= 6
    return alone and previous[-1:] in CLOSING_QUOTES and not line.rstrip().endswith((".", "!", "?"))


def _reference_year(doc: Doc) -> int | None:
    published = getattr(doc._, "published", None)
    if published is not None:
        return published.year
    years = [int(m.group(1)) for m in re.finditer(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", doc.text)]
    return max(years) if years else None


def _old_year(doc: Doc, sent: Span, ref_year: int | None) -> bool:
    """The sentence is set decades before the post ("1925 m.", "XIX a.")."""
    cues = data()
    for token in sent:
        m = YEAR_RE.match(token.text)
        if m and ref_year is not None and int(m.group(1)) <= ref_year - int(cues["history_years"]):
            return True
        if ROMAN_CENTURY_RE.match(token.text) and token.i + 1 < len(doc) and doc[token.i + 1].text in ("a.", "amžiaus"):
            return True
    return False


def _life_told(clause: list[Token]) -> bool:
    """The name's clause tells a life or a library's past: a history verb in the past or the infinitive
    ("gimė", "dirbo", "pradėjo vadovauti")."""
    cues = data()
    verbs = cues["history_verbs"]
    if any(_verb_readings(t, verbs, ("Indic_Past", "Part_Act_Past")) for t in clause):
        return True
    return any(_verb_readings(t, verbs, ("Inf",)) for t in clause) and any(
        _verb_readings(t, cues["history_aspect_verbs"], ("Indic_Past",)) for t in clause
    )


def _marked(doc: Doc, first: int, sent: Span, words: frozenset[str]) -> bool:
    """One of ``words`` before the name or the list it is in ("buvusi bibliotekininkė X", "a. a. X",
    "buvusiems darbuotojams A, B, X")."""
    seen = 0
    own = False  # the name has a role word of its own: a name further back is another person's
    i = first - 1
    while i >= sent.start and seen < 8:
        token = doc[i]
        i -= 1
        if token.is_space:
            continue
        if token.text in ";:()" or (token.text in ".!?" and not _name_like(token)):
            break
        if _name_like(token):
            if own:
                break
            continue
        if token.text in LIST_WORDS:
            continue
        own = own or seen == 0
        seen += 1
        readings = _readings(token)
        verbs = [a for a in readings if a.pos.startswith("verb")]
        if verbs and not any("Part_" in t for a in verbs for t in a.tags):
            continue  # "buvo" (finite) is no former
        if token.lower_ in words or any(a.lemma.lower() in words for a in readings):
            return True
    return False


def _citing(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """"X rašė: „...“", "“ – rašė X", "X yra pasakęs": the name cites a text, not a speaker at the event."""
    cues = data()
    near = _words(doc, last + 1, 1, 8, sent)
    if any(t.lower_ in ("pasakęs", "pasakiusi", "sakęs", "sakiusi", "rašęs", "rašiusi", "rašiusios") for t in near):
        return True
    tenses = ("Indic_Past", "Indic_Pres")
    for n, token in enumerate(near):
        if _verb_readings(token, cues["citing_verbs"], tenses):
            return any(t.text == ":" or t.text in OPENING_QUOTES for t in near[n + 1 : n + 3])
    back = _words(doc, first - 1, -1, 3, sent)
    return any(_verb_readings(t, cues["citing_verbs"], tenses) for t in back) and any(
        t.text in CLOSING_QUOTES for t in _words(doc, first - 1, -1, 6, sent)
    )


def _commemorated(doc: Doc, first: int, last: int, cases: set[str], sent: Span, verb: Token | None) -> bool:
    """"Prisiminta ir X", "X prisiminus", "paminėjo X" (a person remembered, not present)."""
    verbs = data()["commemorating_verbs"]
    if "Nom" in cases and any(_verb_readings(t, verbs, ("Part_Pass",)) for t in _words(doc, first - 1, -1, 4, sent)):
        return True
    if "Acc" not in cases:
        return False
    active = verbs - {"pagerbti"}
    near = _words(doc, last + 1, 1, 2, sent) + _words(doc, first - 1, -1, 2, sent)
    return any(_verb_readings(t, active, ("Gerund", "Half")) for t in near) or _governed_by(verb, active)


def _met(doc: Doc, first: int, sent: Span) -> bool:
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
        if token.text in ".;:!?" or _finite(token, cues["event_verbs"] | cues["history_verbs"]):
            return False
        if token.lower_ == "su":
            return any(_has_lemma(t, cues["meeting_words"]) for t in sent)
    return False


def _took_part(
    doc: Doc, first: int, last: int, cases: set[str], fact: PersonFact | None, clause: list[Token],
    sent: Span, verb: Token | None,
) -> str | None:
    cues = data()
    if fact is not None and fact.role:
        role = fact.role.lower()
        if role in cues["participant_roles"] or role.split()[-1] in cues["participant_roles"]:
            return "role"
    if "Nom" in cases:
        for token in clause:
            if _finite(token, cues["event_verbs"]):
                return "subject"
            participles = _verb_readings(token, cues["event_verbs"], ("Part_Act",))
            if any(a.case == "Nom" for a in participles):
                return "subject"  # "atvykęs vicemeras X"
        if _governed_by(verb, cues["present_object_verbs"]):
            return "object"  # "pakviesta buvusi direktorė X"
    if "Inst" in cases and _met(doc, first, sent):
        return "met"
    if cases & {"Acc", "Dat"} and _governed_by(verb, cues["present_object_verbs"]):
        return "object"
    return None


def decide(doc: Doc, start: int, end: int, fact: PersonFact | None = None) -> Decision:
    """The participation of the person named at ``start``:``end`` (cached per document)."""
    cache_ = doc.user_data.setdefault(CACHE_KEY, {})
    key = (start, end)
    if key not in cache_:
        cache_[key] = _decide(doc, start, end, fact)
    return cache_[key]


def _decide(doc: Doc, start: int, end: int, fact: PersonFact | None) -> Decision:
    text = doc.text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Decision(Part.NEUTRAL, "no tokens")
    first, last = span.start, span.end - 1
    if _quoted_author(doc, first, last):
        return Decision(Part.REFERRED, "quoted author")
    if is_credit(text, start):
        return Decision(Part.LISTED, "credit")
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    cases = _cases(list(span), fact)
    unknown = fact is None or fact.case is None
    cues = data()
    clause = _clause(doc, first, last, sent)
    verb = _governing_verb(doc, first, sent)
    if "Nom" in cases and any(_finite(t, cues["credit_verbs"], ("Indic_Past",)) for t in clause) and len(sent) <= 20:
        return Decision(Part.LISTED, "credit sentence")
    if _marked(doc, first, sent, cues["deceased_words"]):
        return Decision(Part.REFERRED, "deceased")
    if "Gen" in cases or unknown:
        owner = _genitive_of(doc, last, sent)
        if owner == "agent":
            return Decision(Part.TOOK_PART, "agent")
        if owner:
            return Decision(Part.REFERRED, "genitive of")
    if fact is not None and fact.excluded:
        return Decision(Part.REFERRED, "spoken about")  # the name detector's own reading (people.component)
    if "Dat" in cases:
        reason = _dative(doc, first, last, sent, verb)
        if reason == "recipient":
            return Decision(Part.TOOK_PART, reason)
        if reason == "thanked":
            return Decision(Part.LISTED, reason)
        if reason:
            return Decision(Part.REFERRED, reason)
    for token in _words(doc, first - 1, -1, 3, sent):
        if token.is_punct:
            break
        if token.lower_ in cues["referred_before"]:
            return Decision(Part.REFERRED, "spoken about")
    if _commemorated(doc, first, last, cases, sent, verb):
        return Decision(Part.REFERRED, "commemorated")
    if "Nom" in cases and _citing(doc, first, last, sent):
        return Decision(Part.REFERRED, "cited")
    if is_byline(text, start) and ("Nom" in cases or unknown):
        return Decision(Part.LISTED, "byline")
    reason = _took_part(doc, first, last, cases, fact, clause, sent, verb)
    if reason:
        return Decision(Part.TOOK_PART, reason)
    if _marked(doc, first, sent, cues["past_person_words"]):
        return Decision(Part.REFERRED, "former")
    if _life_told(clause) or _old_year(doc, sent, _reference_year(doc)):
        return Decision(Part.REFERRED, "history")
    return Decision(Part.NEUTRAL, "")


# --- decisions per person -------------------------------------------------------------------------


def listed(doc: Doc, mentions: list[Match]) -> bool:
    """Is the person named by ``mentions`` (``Match[PersonFact]``) one the post lists?"""
    parts = [decide(doc, m.start, m.end, m.fact).part for m in mentions]
    if Part.TOOK_PART in parts or Part.LISTED in parts:
        return True
    return parts.count(Part.REFERRED) <= parts.count(Part.NEUTRAL)


def took_part(doc: Doc, start: int, end: int) -> bool:
    """Does the mention at ``start``:``end`` show its (listed) person at the event?"""
    return decide(doc, start, end).part in (Part.TOOK_PART, Part.NEUTRAL)
