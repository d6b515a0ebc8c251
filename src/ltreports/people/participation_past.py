"""Signals of a person of the past, read around a name for participation (``people.participation``): the
post's own year and a sentence set decades before it, a clause that tells a life or a library's past, role
words of former staff or the deceased, a perfect that tells what the person has done before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..language import doc_text, doc_words
from ..matches import doc_extension
from ..morphology.component import doc_analyses
from .name_context import (
    FINITE_KEPT,
    LIST_WORDS,
    ROMAN_CENTURY_RE,
    YEAR_RE,
    data,
    is_finite_verb,
    name_like_at,
    nearby_words,
    person_tokens,
    tells_between,
    token_readings,
    verb_readings,
    with_lemmas,
)


def reference_year(doc: Doc) -> int | None:
    """The post's own year: the publication year, else the latest year the text names (read once a Doc)."""
    published = doc_extension(doc, "ltr_published")  # ``doc._.ltr_published`` without a lookup object
    if published is not None:
        return published.year
    key = "ltr_reference_year"
    if key not in doc.user_data:
        years = [int(m.group(1)) for m in re.finditer(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", doc_text(doc))]
        doc.user_data[key] = max(years) if years else None
    return doc.user_data[key]


def old_year(doc: Doc, sent: Span, ref_year: int | None) -> bool:
    """The sentence is set decades before the post ("1925 m.", "XIX a.")."""
    cues = data()
    texts = doc_words(doc)[0]  # by index: no Token per word
    for i in range(sent.start, sent.end):
        m = YEAR_RE.match(texts[i])
        if m and ref_year is not None and int(m.group(1)) <= ref_year - int(cues["history_years"]):
            return True
        if ROMAN_CENTURY_RE.match(texts[i]) and i + 1 < len(doc) and texts[i + 1] in ("a.", "amžiaus"):
            return True
    return False


SUBORDINATORS = frozenset({"kad", "jog", "kaip", "kai", "nes", "kuri", "kuris", "kurioje", "kuriame", "kurią", "kurį"})


def own_part(doc: Doc, last: int, sent: Span) -> Span:
    """The sentence up to the name's clause's end: a clause after the name that a comma and a subordinator open
    ("X priminė, kad 1972 m. ...") tells something else, and its year does not date the name."""
    texts = doc_words(doc)[0]
    for i in range(last + 1, sent.end - 1):
        if texts[i] == "," and texts[i + 1].lower() in SUBORDINATORS:
            return doc[sent.start : i]
    return sent


def reported_past(doc: Doc, first: int, clause: list[Token], sent: Span) -> bool:
    """The name stands in a clause of content after a verb of learning or telling, told in the past: "vaikai
    sužinojo, kaip daraktorius X mokė vaikus", "papasakojo, kad X įkūrė skaityklą" (a story, not the event)."""
    if not clause or clause[0].i > first or clause[0].lower_ not in ("kad", "kaip", "jog"):
        return False
    before = [t for t in nearby_words(doc, clause[0].i - 1, -1, 3, sent) if t.text != ","]
    if not before or not verb_readings(before[0], data()["reporting_verbs"], ("Indic_", "Gerund", "Part_")):
        return False
    verbs = [t for t in clause if is_finite_verb(t)]
    if any(verb_readings(t, data()["attending_verbs"], ("Indic_",)) for t in verbs) and not old_year(
        doc, doc[clause[0].i : clause[-1].i + 1], reference_year(doc)
    ):
        return False  # "pasakojo, kad šventėje dalyvavo ir meras X": the event's own guests (not "1936 m. lankėsi X")
    return bool(verbs) and all(
        any(a.pos.startswith("verb") and any(g.startswith("Indic_Past") for g in a.tags) for a in token_readings(t))
        for t in verbs
    )


def dated_long_ago(doc: Doc, first: int, last: int, clause: list[Token], ref_year: int | None) -> bool:
    """The name's own clause is dated decades before the post ("1995 m. bibliotekoje lankėsi rašytojas X"): a
    year of the clause itself, not one inside a participle's phrase that describes the person ("dalyvavo ir prieš
    1995 m. bibliotekoje dirbusi X"), nor one in what a verb of telling after the name tells ("X papasakojo apie
    rašytojo apsilankymą 1930 m.")."""
    if ref_year is None:
        return False
    limit = ref_year - int(data()["history_years"])
    for n, token in enumerate(clause):
        m = YEAR_RE.match(token.text)
        if not m or int(m.group(1)) > limit:
            continue
        between = clause[n + 1 :] if token.i < first else clause[:n]
        between = [t for t in between if (t.i < first) == (token.i < first)]
        if token.i > last and tells_between(doc, last + 1, token.i):
            continue  # "X papasakojo apie rašytojo apsilankymą 1930 m.": the year dates what is told
        if not any(
            a.pos.startswith("verb") and any(g.startswith("Part_Act") for g in a.tags)
            for t in between for a in token_readings(t)
        ):
            return True
    return False


def life_told(doc: Doc, last: int, clause: list[Token]) -> bool:
    """The name's clause tells a life or a library's past: a history verb in the past, an infinitive after
    "pradėjo", or a participle after the name ("gimė", "dirbo", "pradėjo vadovauti", "X, gimęs ...")."""
    cues = data()
    verbs = cues["history_verbs"]
    after = [t for t in nearby_words(doc, last + 1, 1, 3) if t.text != ","]
    # the word right after the name, or the verb the comma of an apposition puts one word later ("Ilgametė
    # vedėja, šviesaus atminimo X, bibliotekai vadovavo 30 metų")
    history = with_lemmas(doc, clause + after[:1], verbs)  # (``verb_readings`` is empty for the others)
    if any(verb_readings(t, verbs, ("Indic_Past", "Part_Act_Past")) for t in history):
        return True
    if len(after) > 1 and not is_finite_verb(after[0]) and verb_readings(after[1], verbs, ("Indic_Past",)):
        return True
    first, names = last, person_tokens(doc)
    while first - 1 >= 0 and first - 1 in names:
        first -= 1
    beside = after[:1]
    for token in nearby_words(doc, first - 1, -1, 3):  # past the role words ("dirbant vedėjai X")
        if token.is_punct or is_finite_verb(token):
            break
        beside.append(token)
    if any(a.case == "Dat" for a in token_readings(doc[last])) and any(
        verb_readings(t, verbs, ("Gerund",)) for t in beside
    ):
        return True  # "dirbant X", "X vadovaujant": the dative subject of a gerund, in a library's past
    aspect = cues["history_aspect_verbs"]
    return any(verb_readings(t, verbs, ("Inf",)) for t in with_lemmas(doc, clause, verbs)) and any(
        verb_readings(t, aspect, ("Indic_Past",)) for t in with_lemmas(doc, clause, aspect)
    )


def marked(doc: Doc, first: int, sent: Span, words: frozenset[str]) -> bool:
    """One of ``words`` before the name or the list it is in ("buvusi bibliotekininkė X", "a. a. X",
    "buvusiems darbuotojams A, B, X")."""
    seen = 0
    own = False  # the name has a role word of its own: a name further back is another person's
    texts, analyses = doc_words(doc)[0], doc_analyses(doc)  # by index: a Token only for a capitalized word
    names = person_tokens(doc)
    i = first - 1
    while i >= sent.start and seen < 8:
        j = i
        i -= 1
        text = texts[j]
        if text.isspace():  # ``Token.is_space``
            continue
        named = text[:1].isupper() and name_like_at(doc, j) and (j in names or not _organisation_word(texts, j))
        if text == "." and j > 0 and (texts[j - 1] + text).lower() in words:
            return True  # "a.a." the tokenizer splits as "a.a" "."
        if text in ";:()" or (text in ".!?" and not named):
            break
        if named:
            if own:
                break
            continue
        lower = text.lower()  # ``Token.lower_``
        if text in LIST_WORDS or lower in ("o", "bet"):
            if own and text not in ("-", "–"):
                break  # "knygnešiai ir skaitytojai, o ypatingai X": the words before belong to others
            continue
        own = own or seen == 0
        seen += 1
        verb, lemmas = _role_word_readings(analyses[j] or ())
        if verb == "copula":
            continue  # "pirmoji vedėja buvo X": the copula; "buvo" itself is no former
        if verb == "verb":
            break  # another verb ends the role phrase ("pirmą kartą išdrįso skaityti X")
        if lower in words or not lemmas.isdisjoint(words):
            return True
        if j > 0 and (texts[j - 1] + text).lower() in words:
            return True  # "a. a." written as two words
        if j > 0 and f"{texts[j - 1]} {text}".lower() in words and not _genitive_next(texts, analyses, j, first):
            return True  # "šviesaus atminimo mokytoja X" (not "šviesaus atminimo poeto dukra X")
    return False


def _genitive_next(texts: Sequence[str], analyses: Sequence, j: int, first: int) -> bool:
    """The word after ``j`` (before the name at ``first``) is a noun only in the genitive: what stands before it
    qualifies that noun, not the name."""
    k = j + 1
    while k < first and texts[k].isspace():
        k += 1
    found = [a for a in analyses[k] or () if a.case] if k < first else []
    return bool(found) and all(a.case == "Gen" for a in found)


def _role_word_readings(readings: Sequence) -> tuple[str | None, frozenset[str]]:
    """What ``marked`` reads in a word's readings, decided once per word form (the analyser's tuple): "verb" for a
    verb that ends the role phrase, "copula" for "būti", None for a word of the phrase (a word the dictionary
    also reads as a noun, "skyriaus", "Akmenės", is none; nor a participle); and the readings' lemmas."""
    known = _ROLE_WORDS.get(id(readings))
    if known is not None and known[0] is readings:
        return known[1]
    verbs = [a for a in readings if a.pos.startswith("verb")]
    if any(a.pos == "noun" for a in readings):
        verbs = []
    kind = None
    if verbs and not any("Part_" in t for a in verbs for t in a.tags):
        kind = "copula" if any(a.lemma == "būti" for a in verbs) else "verb"
    found = (kind, frozenset(a.lemma.lower() for a in readings))
    if type(readings) is tuple:  # a list may change: not remembered
        if len(_ROLE_WORDS) >= FINITE_KEPT:
            _ROLE_WORDS.clear()
        _ROLE_WORDS[id(readings)] = (readings, found)  # the readings kept alive: their id is not reused meanwhile
    return found


_ROLE_WORDS: dict[int, tuple[Sequence, tuple[str | None, frozenset[str]]]] = {}


def _organisation_word(texts: list[str], j: int) -> bool:
    """A capitalized word before a lower-case word of the role phrase: the employer's place or name ("Akmenės
    pradinės mokyklos mokytojas", "Kultūros skyriaus specialistė"), not another person's name."""
    k = j + 1
    while k < len(texts) and texts[k].isspace():
        k += 1
    return k < len(texts) and texts[k][:1].islower() and texts[k].isalpha()


def perfect(clause: list[Token]) -> bool:
    """The clause's predicate is a perfect ("yra sukūrusi", "yra išleidęs"): what the person has done before,
    not what the person did at the event."""
    for n, token in enumerate(clause):
        if token.lower_ not in ("yra", "esu", "esame"):
            continue
        for nxt in clause[n + 1 : n + 3]:
            if any(a.pos.startswith("verb") and "Part_Act_Past" in a.tags and a.case == "Nom"
                   for a in token_readings(nxt)):
                return True
    return False
