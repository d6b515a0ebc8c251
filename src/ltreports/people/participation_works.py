"""Signals of a person named as the author or owner of something: what a genitive name belongs to (a work, an
anniversary, a greeting sent: referred; a present passive participle of an event verb: the agent), the author's
own new work presented, and the author of works who came ("Autorius jas pats atvežė").
``people.participation`` weighs them beside ``people.participation_signals`` and ``people.participation_past``.
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, SPACY
from spacy.tokens import Doc, Span, Token

from ..language import doc_column, doc_words
from .name_context import (
    CLOSING_QUOTES,
    LIST_WORDS,
    OPENING_QUOTES,
    adjective_like,
    data,
    doc_token,
    has_lemma,
    is_finite_verb,
    is_noun_with,
    name_like,
    nearby_words,
    token_readings,
    verb_readings,
)


def genitive_of(doc: Doc, last: int, sent: Span) -> str | None:
    """What the genitive name belongs to, read past a list of names: "referred" for a noun of
    ``referred_heads`` ("X 80-ajam jubiliejui", "X, Y ir Z eilėraščiai") or a past passive participle
    ("X užrašyta pasaka", "X inicijuota akcija": a work done before); "agent" for a present passive
    participle of an event verb ("X skaitomos eilės", "X dainuojama poezija": the person performs)."""
    cues = data()
    counted = 0
    i = last + 1
    texts = doc_words(doc)[0]
    while i < len(doc) and counted < 4:  # past the sentence: an initial ("Just.") may have ended it
        token = doc_token(doc, i)
        i += 1
        if (token.text == "." and _abbreviated_given(doc, token.i)) or _abbreviated_given(doc, token.i + 1):
            continue  # "Just. Marcinkevičiaus": a given name cut short, not the sentence's end
        if "\n" in token.text or token.text in (".", "!", "?", ";", ":"):
            return None
        if token.text == "(":
            close = next((j for j in range(token.i, min(len(doc), token.i + 12)) if texts[j] == ")"), None)
            if close is not None:
                i = close + 1  # "X (žinomos kaip ...) dovanotas archyvas"
                continue
        if token.text == ",":
            following = nearby_words(doc, token.i + 1, 1, 1)
            if following and (name_like(following[0]) or _abbreviated_given(doc, following[0].i + 1)):
                continue  # "X, Y ir Z eilėraščiai", "X, Just. Z eilėraščiai"
            return None
        if (
            token.is_space or token.lower_ in cues["referred_skip"] or token.text in LIST_WORDS
            or token.text in OPENING_QUOTES + CLOSING_QUOTES
        ):
            continue
        if name_like(token) or _capitalized_genitive(token):
            continue  # "A ir Vytės Nemunėlio eilėraščiai": a second name the detector did not read as one
        counted += 1
        if verb_readings(token, cues["event_verbs"], ("Part_Pass_Pres",)) and not any(
            t.endswith("_Def") for a in token_readings(token) for t in a.tags
        ):
            return "agent"
        if verb_readings(token, cues["event_verbs"], ("Part_Pass_Past",)):
            return "agent"  # "X paruoštos skaidrės", "X deklamuotos eilės": done for the event
        if verb_readings(token, cues["preparing_verbs"], ("Part_Pass_Past",)) and not is_noun_with(
            _participle_noun(doc, token.i, sent) or token, cues["referred_heads"]
        ):
            return None  # "X parengta viktorina": made for the event, by someone who may well be there
        if any(a.pos.startswith("verb") and "Part_Pass_Past" in a.tags for a in token_readings(token)):
            return "referred"  # "X užrašyta pasaka", "X inicijuota akcija": a work done before
        if is_noun_with(token, cues["referred_heads"]):
            return "agent" if presented(doc, last, token, sent) else "referred"
        if is_noun_with(token, cues["sent_heads"]) and any(has_lemma(t, cues["sent_verbs"]) for t in sent):
            return "referred"
        if any(a.pos == "noun" and a.kind is None for a in token_readings(token)) and any(
            has_lemma(t, cues["showing_verbs"]) for t in sent
        ):
            return "referred"  # "eksponuojami tautodailininkės X karpiniai": the author of what is shown
        if adjective_like(token):
            continue
        if token.lower_.endswith(("imo", "ymo")):
            return None  # a noun of action ("X sutikimo žodžiai", "X pasakojimo"): the person did it
        if any(a.pos == "noun" and a.case == "Gen" and a.kind is None for a in token_readings(token)):
            continue  # "X vaikystės namelis", "X – meistrės tapybos darbai": the head comes later
        return None
    return None


def _participle_noun(doc: Doc, i: int, sent: Span) -> Token | None:
    """The noun a participle at ``i`` modifies, past adjectives: "parengtą (naują) viktoriną"."""
    for token in nearby_words(doc, i + 1, 1, 3, sent):
        if token.is_punct:
            return None
        if any(a.pos == "noun" for a in token_readings(token)):
            return token
        if not adjective_like(token):
            return None
    return None


def _capitalized_genitive(token: Token) -> bool:
    """A capitalized word read only as a genitive (a given name or a pseudonym the detector missed)."""
    readings = token_readings(token)
    return (
        token.text[:1].isupper() and token.is_alpha and bool(readings)
        and all(a.case == "Gen" for a in readings if a.case) and any(a.case == "Gen" for a in readings)
        and not any(a.pos.startswith("verb") for a in readings)
    )


def author_came(doc: Doc, sent: Span) -> bool:
    """The next sentence opens with "Autorius" / "Kūrėja" as the subject of a finite verb other than "būti", or
    has "pats" / "pati" with such a verb ("... eksponuojamos X skulptūros. Autorius jas pats atvežė ...", "Parodą
    atidarė pati fotografė"), or the name's own sentence has "pats autorius" ("X eilėraščius skaitė pats
    autorius"): the author of the works is there."""
    nouns = data()["author_nouns"]
    texts = doc_words(doc)[0]
    for i in range(sent.start, sent.end):  # "poeto X eilėraščius skaitė pats autorius"
        if texts[i].lower() in ("pats", "pati"):  # ``Token.lower_``
            after = nearby_words(doc, i + 1, 1, 1, sent)
            if after and is_noun_with(after[0], nouns):
                return True
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent if doc.has_annotation("SENT_START") else None
    if following is None:
        return False
    words = nearby_words(doc, following.start, 1, 6, following)
    author = any(
        is_noun_with(t, data()["author_nouns"]) and any(a.case == "Nom" for a in token_readings(t)) for t in words[:2]
    ) or any(t.lower_ in ("pats", "pati") for t in words)  # "Knygą pristatė pati autorė"
    return author and any(is_finite_verb(t) and not has_lemma(t, frozenset({"būti"})) for t in words)


def presented(doc: Doc, last: int, work: Token, sent: Span) -> bool:
    """The genitive author's own new work presented at the event: "pristatyta poetės X knyga", "X knygos
    „...“ pristatymas", "X knygos sutiktuvės" (an author presenting a book is there)."""
    cues = data()
    if not is_noun_with(work, cues["presented_works"]):
        following = nearby_words(doc, work.i + 1, 1, 1, sent)  # "X poezijos knyga": the work is the next noun
        if not following or not is_noun_with(following[0], cues["presented_works"]):
            return False
        work = following[0]
    before = nearby_words(doc, last - 1, -1, 6, sent)
    if any(verb_readings(t, cues["presenting_verbs"], ("Part_Pass",)) for t in before[:6]) and not any(
        is_finite_verb(t) and not has_lemma(t, frozenset({"būti"})) for t in before  # "buvo pristatyta": a passive
    ):
        return True  # "pristatyta X knyga" (no one else named as the presenter)
    i, seen, quoted = work.i + 1, 0, False
    while i < sent.end and seen < 12:
        token = doc[i]
        i += 1
        if token.is_space:
            continue
        if token.text in OPENING_QUOTES + CLOSING_QUOTES:
            quoted = not quoted if token.text not in CLOSING_QUOTES or quoted else quoted
            continue
        seen += 1
        if quoted:
            continue  # the title
        if is_noun_with(token, cues["presenting_nouns"]):
            return not _future_participle(doc, token.i - 1)  # "X knygos būsimas pristatymas": not this event
        if token.is_punct or is_finite_verb(token):
            return False
    return False


def _future_participle(doc: Doc, i: int) -> bool:
    """A future participle at ``i`` ("būsimas", "vyksiantis"): what it qualifies is still to come."""
    return i >= 0 and any(
        a.pos.startswith("verb") and any(t.startswith(("Part_Pass_Fut", "Part_Act_Fut")) for t in a.tags)
        for a in token_readings(doc[i])
    )


def _abbreviated_given(doc: Doc, i: int) -> bool:
    """The full stop at ``i`` closes a given name cut short ("Just.", "Vl.") before a capitalized name."""
    if i == 0 or i + 1 >= len(doc):
        return False
    texts, alpha, space_after = doc_words(doc)[0], doc_column(doc, IS_ALPHA), doc_column(doc, SPACY)  # by index
    before = texts[i - 1]
    if not (alpha[i - 1] and before[:1].isupper() and 2 <= len(before) <= 4 and not space_after[i - 1]):
        return False
    after = next((j for j in range(i + 1, min(i + 3, len(doc))) if not texts[j].isspace()), None)
    return after is not None and bool(alpha[after]) and texts[after][:1].isupper()
