"""Signals of participation, one function per grammatical pattern around a person's name: what a
genitive belongs to, what governs a dative, a quoted author, another name of a person just named, "apie"
and "su" phrases, a commemoration, a citation, and the evidence that the person took part.
``people.participation`` weighs them; ``people.participation_past`` holds the signals of a person of the past.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..language import doc_text
from .facts import PersonFact
from .name_context import (
    CLOSING_QUOTES,
    DASHES,
    LIST_WORDS,
    OPENING_QUOTES,
    adjective_like,
    data,
    finite,
    governed_by,
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
    while i < len(doc) and counted < 4:  # past the sentence: an initial ("Just.") may have ended it
        token = doc[i]
        i += 1
        if (token.text == "." and _abbreviated_given(doc, token.i)) or _abbreviated_given(doc, token.i + 1):
            continue  # "Just. Marcinkevičiaus": a given name cut short, not the sentence's end
        if "\n" in token.text or token.text in (".", "!", "?", ";", ":"):
            return None
        if token.text == "(":
            close = next((t.i for t in doc[token.i : min(len(doc), token.i + 12)] if t.text == ")"), None)
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
    for token in sent:  # "poeto X eilėraščius skaitė pats autorius"
        if token.lower_ in ("pats", "pati"):
            after = nearby_words(doc, token.i + 1, 1, 1, sent)
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


def absent(doc: Doc, last: int, clause: list[Token], sent: Span) -> bool:
    """A negated event verb in the name's clause or the apposition after it: "Renginyje nedalyvavo X", "vicemerė
    X, negalėjusi dalyvauti, ..." (a real person, named, who did not take part)."""
    cues = data()
    for token in clause + nearby_words(doc, last + 1, 1, 4, sent):
        for a in token_readings(token):
            if a.pos != "verb_negative" or not a.lemma.lower().startswith("ne"):
                continue
            base = a.lemma.lower()[2:]
            if base in cues["event_verbs"]:
                return True
            if base in cues["modal_verbs"] and any(
                verb_readings(t, cues["event_verbs"], ("Inf",)) for t in nearby_words(doc, token.i + 1, 1, 2, sent)
            ):
                return True
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
    before = nearby_words(doc, first - 1, -1, 7, sent)
    if governed_by(verb, cues["present_object_verbs"]):
        return "recipient"  # "įteikė X", "padėkos raštai įteikti X"
    if any(thanking(t) for t in nearby_words(doc, first - 1, -1, 10, sent)) or (verb is not None and thanking(verb)):
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


def quoted_author(doc: Doc, first: int, last: int) -> bool:
    """"„...“ (X)", "(X. Title)" on a line of its own, "...“ – X", or X alone on the line after a quotation."""
    text = doc_text(doc)
    start = doc[first].idx
    end = doc[last].idx + len(doc[last].text)
    before = text[max(0, start - 8) : start].rstrip()
    if before.endswith("(") and _next_char(text, end) in ").":
        ahead = before[:-1].rstrip()
        if ahead.endswith(("...", "…")):
            return True
        ahead = ahead.rstrip(".,;")
        if not ahead or ahead[-1] in CLOSING_QUOTES or "\n" in before:
            return True
    if re.search(rf"[{CLOSING_QUOTES}][.,]?\s*[{DASHES}]\s*$", text[max(0, start - 6) : start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    previous = _previous_char(text, line_start)
    opens_line = not text[line_start:start].strip()
    rest = text[end : len(text) if line_end == -1 else line_end].strip()
    if opens_line and re.fullmatch(rf"[{OPENING_QUOTES}][^\n]+[{CLOSING_QUOTES}]", rest):
        return True  # "X „Title“": the author line under verses
    alone = opens_line and len(line.split()) <= 6
    return alone and bool(previous) and previous in CLOSING_QUOTES and not line.rstrip().endswith((".", "!", "?"))


def in_title(doc: Doc, start: int, end: int) -> bool:
    """The name stands inside a quoted title on its line („Poezijos bibliotekėlė. Ona Jonaitė: eilėraščiai“):
    a part of a work's name, not a person at the event."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end == -1 else line_end]
    opening = before.rfind("„")
    if opening == -1 or any(q in before[opening:] for q in "“”"):
        return False
    closing = min((after.find(q) for q in "“”" if q in after), default=-1)
    return closing != -1 and "„" not in after[:closing] and closing <= 60


def citing(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """"X rašė: „...“", "“ – rašė X", "X yra pasakęs": the name cites a text, not a speaker at the event."""
    cues = data()
    near = nearby_words(doc, last + 1, 1, 8, sent)
    if any(t.lower_ in ("pasakęs", "pasakiusi", "sakęs", "sakiusi", "rašęs", "rašiusi", "rašiusios") for t in near):
        return True
    tenses = ("Indic_Past", "Indic_Pres")
    for n, token in enumerate(near):
        if verb_readings(token, cues["citing_verbs"], tenses):
            return any(t.text == ":" or t.text in OPENING_QUOTES for t in near[n + 1 : n + 3])
    back = nearby_words(doc, first - 1, -1, 3, sent)
    return any(verb_readings(t, cues["citing_verbs"], tenses) for t in back) and any(
        t.text in CLOSING_QUOTES for t in nearby_words(doc, first - 1, -1, 6, sent)
    )


def commemorated(doc: Doc, first: int, last: int, cases: set[str], sent: Span, verb: Token | None) -> bool:
    """"Prisiminta ir X", "X prisiminus", "paminėjo X" (a person remembered, not present)."""
    verbs = data()["commemorating_verbs"] - {"pagerbti"}  # "pagerbti skaitytojai X": the living are honoured too
    before = nearby_words(doc, first - 1, -1, 4, sent)
    if "Nom" in cases and any(verb_readings(t, verbs, ("Part_Pass",)) for t in before):
        return True
    if "Acc" not in cases:
        return False
    active = verbs
    near = nearby_words(doc, last + 1, 1, 2, sent) + nearby_words(doc, first - 1, -1, 2, sent)
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


def took_part_reason(
    doc: Doc, first: int, last: int, cases: set[str], fact: PersonFact | None, clause: list[Token],
    sent: Span, verb: Token | None,
) -> str | None:
    cues = data()
    if fact is not None and fact.role:
        role = fact.role.lower()
        if role in cues["participant_roles"] or role.split()[-1] in cues["participant_roles"]:
            return "role"
    for token in nearby_words(doc, first - 1, -1, 5, sent):
        if token.text in ".;:!?" or is_finite_verb(token):
            break
        if has_lemma(token, cues["participant_roles"]) and any(a.case == "Nom" for a in token_readings(token)):
            return "role"  # "Renginio svečias – rašytojas X": the chain of roles names a guest
    if "Nom" in cases:
        for token in clause:
            if finite(token, cues["event_verbs"]) or (
                is_finite_verb(token) and _with_event_infinitive(doc, token, sent)
            ):
                return "subject"  # "X pristatė", "skaityti kilo X": an event verb, or one with its infinitive
            participles = verb_readings(token, cues["event_verbs"], ("Part_Act",))
            if any(a.case == "Nom" for a in participles):
                return "subject"  # "atvykęs vicemeras X"
        if not any(is_finite_verb(t) for t in clause) and verb is not None and (
            finite(verb, cues["event_verbs"]) or _with_event_infinitive(doc, verb, sent)
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
            return True
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
    match = next((m for m in doc._.ltr_person_matches or [] if m.start == start), None)
    if match is None or not text[match.end :].lstrip().startswith(")"):
        return False  # "(Y leidykla)": the name of something else
    before = text[:opening].rstrip()
    return any(m.end == len(before) for m in doc._.ltr_person_matches or [])


def _abbreviated_given(doc: Doc, i: int) -> bool:
    """The full stop at ``i`` closes a given name cut short ("Just.", "Vl.") before a capitalized name."""
    if i == 0 or i + 1 >= len(doc):
        return False
    before = doc[i - 1]
    after = next((t for t in doc[i + 1 : i + 3] if not t.is_space), None)
    return (
        before.is_alpha and before.text[:1].isupper() and 2 <= len(before.text) <= 4 and not doc[i - 1].whitespace_
        and after is not None and after.is_alpha and after.text[:1].isupper()
    )


