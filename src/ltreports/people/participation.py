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
from enum import Enum
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


class Part(str, Enum):
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
    return token.text[:1].isupper() and (token.is_alpha or token.text.endswith("."))


# --- mention signals ------------------------------------------------------------------------------


def _clause(doc: Doc, first: int, last: int, sent: Span) -> list[Token]:
    """The tokens of the clause holding the name: punctuation ends it, except commas inside a list of
    names ("dirbo A, B, C")."""

    def boundary(i: int) -> bool:
        token = doc[i]
        if token.text == ",":
            prev = _words(doc, i - 1, -1, 1, sent)
            nxt = _words(doc, i + 1, 1, 1, sent)
            return not (prev and nxt and _name_like(prev[0]) and _name_like(nxt[0]))
        return token.is_punct and token.text not in "-„“\"."

    lo = first
    while lo - 1 >= sent.start and not boundary(lo - 1):
        lo -= 1
    hi = last
    while hi + 1 < sent.end and not boundary(hi + 1):
        hi += 1
    return [t for t in doc[lo : hi + 1] if not (first <= t.i <= last)]


def _genitive_of(doc: Doc, last: int, sent: Span) -> str | None:
    """What the genitive name belongs to: "referred" for a noun of ``referred_heads`` after it ("X 80-ajam
    jubiliejui", "X ir Y eilėraščiai", "X užrašyta pasaka"); "agent" for a present passive participle
    ("X skaitomos eilės", "X dainuojama poezija": the person performs)."""
    cues = data()
    words = _words(doc, last + 1, 1, 7, sent)
    for n, token in enumerate(words):
        if token.lower_ in cues["referred_skip"] or (_name_like(token) and not n == 0 and token.i > last + 1):
            continue
        if token.text == "," and n + 1 < len(words) and _name_like(words[n + 1]):
            continue
        if _name_like(token):
            continue
        if any(a.pos.startswith("verb") and any(t.startswith("Part_Pass_Pres") for t in a.tags) for a in _readings(token)):
            return "agent"
        if _is_noun_with(token, cues["referred_heads"]):
            return "referred"
        if _is_noun_with(token, cues["sent_heads"]) and any(_has_lemma(t, cues["sent_verbs"]) for t in sent):
            return "referred"
        if _adjective_like(token):
            continue
        return None
    return None


def _dative_referred(doc: Doc, first: int, last: int, sent: Span) -> str | None:
    cues = data()
    before = _words(doc, first - 1, -1, 5, sent)
    after = _words(doc, last + 1, 1, 4, sent)
    if any(_has_lemma(t, cues["thanking_verbs"]) for t in _words(doc, first - 1, -1, 10, sent)):
        return "thanked"
    if any(_has_lemma(t, cues["dative_referred_verbs"]) for t in before + after):
        return "dedicated"
    nouns = [t for t in before if not _name_like(t) and not _adjective_like(t)]
    if nouns and _is_noun_with(nouns[0], cues["dative_referred_nouns"]):
        return "dedicated"
    if len(after) >= 2 and after[0].text in DASHES and after[1].text[:1].isdigit():
        return "anniversary"  # "X – 120"
    return None


def _quoted_author(doc: Doc, first: int, last: int) -> bool:
    """"„...“ (X)", "(X. Title)" on a line of its own, "...“ – X", or X alone on the line after a quotation."""
    text = doc.text
    start = doc[first].idx
    end = doc[last].idx + len(doc[last].text)
    before = text[max(0, start - 8) : start].rstrip()
    if before.endswith("(") and text[end:].lstrip()[:1] in ").":
        ahead = before[:-1].rstrip()
        if not ahead or ahead.endswith(("\n", "...", "…")) or ahead[-1:] in CLOSING_QUOTES or "\n" in ahead[-2:]:
            return True
    if re.search(rf"[{CLOSING_QUOTES}]\s*[{DASHES}]\s*$", text[max(0, start - 6) : start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    previous = text[:line_start].rstrip()
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
    """The name's clause tells a life or a library's past ("gimė", "dirbo", "vadovavo")."""
    return any(_finite(t, data()["history_verbs"], ("Indic_Past",)) for t in clause)


def _marked(doc: Doc, first: int, sent: Span, words: frozenset[str]) -> bool:
    """One of ``words`` in the role phrase before the name ("buvusi bibliotekininkė X", "a. a. X")."""
    for token in _words(doc, first - 1, -1, 6, sent):
        if token.text in ";:()":
            break
        readings = _readings(token)
        verbs = [a for a in readings if a.pos.startswith("verb")]
        if verbs and not any("Part_" in t for a in verbs for t in a.tags):
            continue  # "buvo" (finite) is no former
        if token.lower_ in words or any(a.lemma.lower() in words for a in readings):
            return True
    return False


def _citing(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """"X rašė: „...“", "X yra pasakęs": the name cites a text, not a speaker at the event."""
    cues = data()
    near = _words(doc, last + 1, 1, 8, sent)
    if any(t.lower_ in ("pasakęs", "pasakiusi", "sakęs", "sakiusi", "rašęs", "rašiusi") for t in near):
        return True
    for n, token in enumerate(near):
        if _finite(token, cues["citing_verbs"], ("Indic_Past",)):
            follow = near[n + 1 : n + 3]
            return any(t.text == ":" or t.text in OPENING_QUOTES for t in follow)
    return False


def _commemorated(doc: Doc, first: int, cases: set[str], sent: Span) -> bool:
    cues = data()
    verbs = cues["commemorating_verbs"]
    before = _words(doc, first - 1, -1, 4, sent)
    if "Nom" in cases and any(_participle(t, verbs, ("Part_Pass",)) for t in before):
        return True
    active = verbs - {"pagerbti"}
    return "Acc" in cases and any(_finite(t, active) for t in _words(doc, first - 1, -1, 6, sent))


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


def _took_part(doc: Doc, first: int, last: int, cases: set[str], fact: PersonFact | None, sent: Span) -> str | None:
    cues = data()
    if fact is not None and fact.role:
        role = fact.role.lower()
        if role in cues["participant_roles"] or role.split()[-1] in cues["participant_roles"]:
            return "role"
    if "Nom" in cases:
        for token in sent:
            if first <= token.i <= last:
                continue
            if _finite(token, cues["event_verbs"]):
                return "subject"
            if any(
                a.lemma.lower() in cues["event_verbs"] and a.case == "Nom" and any(t.startswith("Part_Act") for t in a.tags)
                for a in _readings(token)
            ):
                return "subject"  # "atvykęs vicemeras X"
        if any(_participle(t, cues["present_object_verbs"], ("Part_Pass",)) for t in _words(doc, first - 1, -1, 8, sent)):
            return "object"  # "pakviesta buvusi direktorė X"
    if "Inst" in cases and _met(doc, first, sent):
        return "met"
    if cases & {"Acc", "Dat"}:
        if any(_finite(t, cues["present_object_verbs"]) for t in _words(doc, first - 1, -1, 8, sent)):
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
    if is_credit(text, start) or is_byline(text, start):
        return Decision(Part.LISTED, "credit")
    first, last = span.start, span.end - 1
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    cases = _cases(list(span), fact)
    cues = data()
    clause = _clause(doc, first, last, sent)
    if "Nom" in cases and any(_finite(t, cues["credit_verbs"], ("Indic_Past",)) for t in clause) and len(sent) <= 20:
        return Decision(Part.LISTED, "credit sentence")
    if _marked(doc, first, sent, cues["deceased_words"]):
        return Decision(Part.REFERRED, "deceased")
    if fact is not None and fact.excluded:
        return Decision(Part.REFERRED, "spoken about")
    if _quoted_author(doc, first, last):
        return Decision(Part.REFERRED, "quoted author")
    if "Gen" in cases:
        owner = _genitive_of(doc, last, sent)
        if owner == "agent":
            return Decision(Part.TOOK_PART, "agent")
        if owner:
            return Decision(Part.REFERRED, "genitive of")
    if "Dat" in cases:
        reason = _dative_referred(doc, first, last, sent)
        if reason == "thanked":
            return Decision(Part.LISTED, reason)
        if reason:
            return Decision(Part.REFERRED, reason)
    for token in _words(doc, first - 1, -1, 3, sent):
        if token.is_punct:
            break
        if token.lower_ in cues["referred_before"]:
            return Decision(Part.REFERRED, "spoken about")
    if _commemorated(doc, first, cases, sent):
        return Decision(Part.REFERRED, "commemorated")
    if "Nom" in cases and _citing(doc, first, last, sent):
        return Decision(Part.REFERRED, "cited")
    reason = _took_part(doc, first, last, cases, fact, sent)
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
