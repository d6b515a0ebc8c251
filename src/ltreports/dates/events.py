"""Is this date an event date of the post? One decision per date match, with its reason.

Only the date of an event the post reports is an event date. The others are background:

- ``stamp``: a publication stamp in page chrome (marked by the extractor: ``DateFact.stamp``);
- ``byline``: a date beside the author's name on its own line ("2014 m. gegužės 6 d., Ona Norkienė");
- ``history``: a year more than a year before the post's year, or a year-less date inside a sentence
  whose nearest year before it in the paragraph is such a year ("2012 m. kovo 9 d. rado laišką, o
  rugsėjo 3-ąją jį išvertė"; "1918 m. ... aktas buvo įgyvendintas – Vasario 16-ąją pasirašytas");
- ``biography``: the date's governing verb or noun is one of birth, death, founding or an anniversary
  reached (``background_lemmas``: "gimė", "gimęs", "įkurta", "nuo jos įkūrimo – 1937 m. ...", "sukako");
- ``observance``: a yearly observance stated in general: the governing verb in the present tense with a
  yearly cue ("Kasmet balandžio 23-iąją minima ...") or an observance verb ("Birželio 1-ąją švenčiame
  ..."); not in the past ("Balandžio 23 d. buvo minima ...") nor with a year ("šių metų ...", "šiemet");
  or a day declared as one ("1990 m. gruodžio 14 d. ... paskelbė spalio 1-ąją Pagyvenusių žmonių diena":
  a verb of declaring with a day or week noun in the instrumental);
- ``nowadays``: "šiandien" in a sentence that reports nothing done (no verb in the past or future): inside
  quoted speech or dialogue, with only "būti" or no verb ("Šiandien biblioteka – kultūros židinys");
- ``idiom``: relative days listed together ("vakar, šiandien, rytoj");
- ``service``: opening hours: the governing verb is one of working hours ("Nuo birželio 1 d. biblioteka
  dirba vasaros darbo laiku", "Liepos 6-ąją biblioteka nedirbs");
- ``deadline``: "iki" + date after a word of applying or registering in its clause ("Dalyvių registracija
  – iki birželio 10 d.", "Darbus pateikti iki ..."); an exhibition's last day ("Paroda veiks iki ...") stays.

The governing verb is the verb form nearest to the date inside its clause (between commas and dashes),
a finite one before a participle, else nearest in its sentence; "buvo minima" counts as its participle
in the auxiliary's tense. Lemmas and tenses come from the morphology layer (``token._.ltr_analyses``, else
the analyzer). The cue words live in ``data/dates.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..language import doc_text
from ..matches import Match
from ..morphology import Analysis, get_analyzer
from ..morphology.component import token_analyses
from ..resources import load_yaml
from .facts import DateFact
from .lexicon import key

HISTORY_YEARS = 1  # years more than this before the post's year are history
NAMED_YEAR_MARGIN = 5  # without a publication date: years more than this before the latest year named
CLAUSE_MARKS = {",", ";", ":", "(", ")", "–", "—", "-", "„", "“", "”", '"'}
BYLINE = re.compile(r"\s*,?\s*(?:[A-ZĄČĘĖĮŠŲŪŽ][\w.]*\.?\s*){1,3}")
NAME = re.compile(r"(?:[A-ZĄČĘĖĮŠŲŪŽ][\w.-]*\.?\s*){2,3}")  # "Ona Norkienė", "O. Norkienė"


@dataclass(frozen=True, slots=True)
class Decision:
    event: bool
    reason: str  # "event" or the kind of background (see the module docstring)


EVENT = Decision(True, "event")


@dataclass(frozen=True, slots=True)
class Cues:
    background: frozenset[str]  # lemmas of verbs and nouns of birth, death, founding, anniversaries
    observance: frozenset[str]  # lemmas of verbs naming an observance ("minėti", "švęsti")
    yearly: tuple[tuple[str, ...], ...]  # word keys of "every year" phrases
    this_year: tuple[tuple[str, ...], ...]  # word keys of "this year" phrases
    copula: frozenset[str]
    clause_openers: frozenset[str]  # "kad", "kai": a clause starts after them
    deadline: frozenset[str]  # lemmas of applying, registering, sending
    service: frozenset[str]  # lemmas of opening hours ("dirbti", "nedirbti")
    declare: frozenset[str]  # lemmas of declaring ("paskelbti ... diena")
    observance_nouns: frozenset[str]  # "diena", "savaitė"
    held: frozenset[str]  # lemmas of holding an event ("vykti", "surengti")


@cache
def cues() -> Cues:
    data = load_yaml("dates.yaml")["event_cues"]
    return Cues(
        background=frozenset(w.lower() for w in data["background_lemmas"]),
        observance=frozenset(w.lower() for w in data["observance_lemmas"]),
        yearly=tuple(tuple(key(w) for w in phrase.split()) for phrase in data["yearly"]),
        this_year=tuple(tuple(key(w) for w in phrase.split()) for phrase in data["this_year"]),
        copula=frozenset(w.lower() for w in data["copula_lemmas"]),
        clause_openers=frozenset(w.lower() for w in data["clause_openers"]),
        deadline=frozenset(w.lower() for w in data["deadline_lemmas"]),
        declare=frozenset(w.lower() for w in data["declare_lemmas"]),
        service=frozenset(w.lower() for w in data["service_lemmas"]),
        observance_nouns=frozenset(w.lower() for w in data["observance_nouns"]),
        held=frozenset(w.lower() for w in data["held_lemmas"]),
    )


@dataclass(frozen=True, slots=True)
class Verb:
    token: Token
    lemmas: frozenset[str]
    tense: str | None  # past, pres, fut or None (infinitive, gerund, unknown)
    finite: bool = False


def decide(
    doc: Doc, match: Match[DateFact], year: int | None, history_until: int | None, history_before: bool = False
) -> Decision:
    """The decision for one match; ``year`` is its resolved year, years before ``history_until`` are history
    and ``history_before`` says whether a date in history comes before it in its account."""
    fact = match.fact
    if fact.stamp:
        return Decision(False, "stamp")
    if fact.kind in ("day", "range", "month") and _is_byline(doc_text(doc), match.start, match.end):
        return Decision(False, "byline")
    if year is not None and history_until is not None and year < history_until:
        return Decision(False, "history")
    if fact.year is None and fact.year_offset is None and history_before:
        return Decision(False, "history")
    if fact.year is not None and in_parentheses(doc_text(doc), match.start, match.end):
        return Decision(False, "aside")
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return EVENT
    sent = sentence(span)
    if fact.kind in ("relative", "period"):
        return _relative(doc, match, span, sent)
    if fact.named_day:
        return _named_day(span, sent)
    return _by_grammar(span, sent, dated=fact.year is not None or fact.year_offset is not None)


def holds_event(span: Span) -> bool:
    """The date's governing finite verb says an event was held ("vyko", "surengė", "lankėsi"): the post's
    own account of an event, not a step of a history told before it."""
    verb = governing_verb(span, sentence(span), finite=True)
    return verb is not None and bool(verb.lemmas & cues().held)


def in_this_year(doc: Doc, match: Match[DateFact]) -> bool:
    """A date without its year in a sentence that says "this year" ("Šiemet spalio 12 d. ...", "Šiais metais
    bibliotekoje spalio 12 d. ..."): the publication year, as "šių metų spalio 12 d."."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    return span is not None and _has_phrase(sentence(span), cues().this_year)


def _named_day(span: Span, sent: Span) -> Decision:
    """A day named in the nominative ("Birželio 1-oji") is an event date only as the subject of an event told in
    the past or the future ("Birželio 1-oji bibliotekoje prasidėjo rytmečiu"); a definition ("Liepos 6-oji –
    Valstybės diena"), the present ("Sausio 13-oji primena ...") or the copula name the day in general."""
    verb = governing_verb(span, sent, finite=True)
    if verb is None or verb.tense not in ("past", "fut") or verb.lemmas & cues().copula:
        return Decision(False, "observance")
    return EVENT


def _by_grammar(span: Span, sent: Span, dated: bool) -> Decision:
    c = cues()
    if _deadline(span, sent):
        return Decision(False, "deadline")
    verb = governing_verb(span, sent)
    if verb is not None and verb.lemmas & c.service:
        return Decision(False, "service")
    if verb is not None and verb.lemmas & c.background:
        return Decision(False, "biography")
    if _background_noun_before(span, sent):
        return Decision(False, "biography")
    if verb is not None and verb.lemmas & c.declare and _declared_as(sent):
        return Decision(False, "observance")
    if dated or _has_phrase(sent, c.this_year):
        return EVENT  # a yearly day in a given year ("šių metų lapkričio 29-ąją buvo minimi ...")
    yearly = _has_phrase(sent, c.yearly)
    present = verb is None or verb.tense in ("pres", None)
    if present and (yearly or (verb is not None and verb.lemmas & c.observance)):
        return Decision(False, "observance")
    return EVENT


def _relative(doc: Doc, match: Match[DateFact], span: Span, sent: Span) -> Decision:
    fact = match.fact
    if _listed_with_relative(doc, match):
        return Decision(False, "idiom")
    if fact.offset != 0:
        return EVENT
    quote = _quote_start(doc_text(doc), match.start, sent)
    end = _quote_end(doc_text(doc), match.end, sent) if quote is not None else sent.end_char
    verbs = [v for v in _verbs(sent, exclude=span) if v.finite and (quote is None or quote < v.token.idx < end)]
    if {v.tense for v in verbs} & {"past", "fut"}:
        return EVENT
    if quote is None and any(_passive_predicate(t) for t in sent if t.i not in range(span.start, span.end)):
        return EVENT  # "Šiandien bibliotekoje atidaryta paroda": a passive past participle as the predicate
    governing = governing_verb(span, sent, finite=True)
    if quote is not None or governing is None or governing.lemmas & cues().copula:
        return Decision(False, "nowadays")  # "kad šiandien biblioteka yra ...", "Šiandien biblioteka – ..."
    return EVENT


# -- grammar ------------------------------------------------------------------------------------------


def sentence(span: Span) -> Span:
    """The span's sentence; a sentence the splitter cut after an abbreviation on the same line ("ĮSTEIGĖ
    DR. J. BASANAVIČIUS 1917 M. ...") is taken with the part before it when it has no verb of its own."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return doc[:]
    sent = span.sent
    if sent.start == 0 or _verbs(sent, exclude=span):
        return sent
    prev = doc[sent.start - 1].sent
    cut = doc[sent.start - 2] if sent.start >= 2 else None
    same_line = "\n" not in doc_text(doc)[prev.start_char : sent.start_char]
    if same_line and cut is not None and doc[sent.start - 1].text == "." and cut.is_alpha and len(cut) <= 3:
        return doc[prev.start : sent.end]
    return sent


def readings(token: Token) -> tuple[Analysis, ...]:
    # the morphology component's list for its last Doc: ``token._`` makes a lookup object on every access
    found = token_analyses(token) if token.has_extension("ltr_analyses") else None
    return tuple(found) if found else tuple(get_analyzer().analyze(token.lower_))


def as_verb(token: Token, strict: bool = True) -> Verb | None:
    """The token as a verb form (finite, participle, gerund), or None.

    ``strict``: not where another part of speech is as likely: the tagger reads one (when the pipeline
    tags), or, untagged, the dictionary also gives the word another reading ("jauki": "jaukus" or
    "jaukti"; "tarsi": a particle). Not strict: another reading may be a noun ("koncertuos").
    An all-caps line ("ĮSTEIGĖ ...") is not tagged reliably and counts by the dictionary alone.
    """
    if not token.is_alpha:
        return None
    found = readings(token)
    verbs = [a for a in found if a.pos.startswith("verb")]
    if not verbs:
        return None
    others = {a.pos for a in found if not a.pos.startswith("verb")}
    tagged = bool(token.pos_) and not token.is_upper
    if strict and tagged and token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if strict and not tagged and others:
        return None
    if not strict and others - {"noun"}:
        return None
    tags = {t for a in verbs for t in a.tags}
    tense = None
    for name, marks in (("past", ("_Past",)), ("fut", ("_Fut",)), ("pres", ("_Pres",))):
        if any(m in t for t in tags for m in marks):
            tense = name
            break
    finite = any(t.startswith("Indic") for t in tags)
    if token.pos_ == "ADJ" and not any(t.startswith(("Part", "Half")) for t in tags):
        return None  # "jauki" tagged as an adjective: not "jaukti"
    return Verb(token, frozenset(a.lemma.lower() for a in verbs), tense, finite)


def _verbs(sent: Span, exclude: Span | None = None) -> list[Verb]:
    """The sentence's verb forms; if none, the words that are a verb or a noun ("koncertuos")."""
    skip = range(exclude.start, exclude.end) if exclude is not None else range(0)
    found = [v for t in sent if t.i not in skip and (v := as_verb(t)) is not None]
    if found:
        return found
    return [v for t in sent if t.i not in skip and (v := as_verb(t, strict=False)) is not None]


def governing_verb(span: Span, sent: Span, finite: bool = False) -> Verb | None:
    """The verb nearest to the date in its clause, else in its sentence ("buvo minima": the participle);
    with ``finite``, finite verbs only (the predicate, not a participle of a noun phrase)."""
    doc = span.doc
    left = span.start
    openers = cues().clause_openers
    while left > sent.start and doc[left - 1].text not in CLAUSE_MARKS and doc[left - 1].lower_ not in openers:
        left -= 1
    right = span.end
    while right < sent.end and doc[right].text not in CLAUSE_MARKS:
        right += 1
    quoted = _quoted_outside(doc, sent, span)
    verbs = [
        v for v in _verbs(sent, exclude=span)
        if (v.finite or not finite) and v.token.i not in quoted and (v.finite or not attributive(v.token, sent))
    ]
    clause = [v for v in verbs if left <= v.token.i < right]
    # the clause's finite verb first ("už mirusius darbuotojus buvo aukotos Mišios": "buvo aukotos"), then
    # its participle ("gimęs gegužės 21 dieną"), then the sentence's
    pool = [v for v in clause if v.finite] or clause or [v for v in verbs if v.finite] or verbs
    if not pool:
        return None
    verb = min(pool, key=lambda v: abs(v.token.i - span.start) if v.token.i < span.start else v.token.i - span.end)
    if verb.lemmas & cues().copula and verb.token.i + 1 < sent.end:
        participle = as_verb(doc[verb.token.i + 1])
        if (
            participle is not None and participle.tense is not None and not participle.finite
        ):  # "buvo minima": the participle's lemma, the auxiliary's tense
            return Verb(participle.token, participle.lemmas, verb.tense, verb.finite)
    return verb


OPENING_QUOTES = {"„": "“”", "«": "»", "\"": "\"", "“": "”"}


def _quoted_outside(doc: Doc, sent: Span, span: Span) -> set[int]:
    """Token indices inside quotation marks in the sentence, unless the quotation holds the date: a quoted
    title ("popietė „Rudens spalvos“": "spalvos" may read as a verb) is a name, not the clause's predicate."""
    out: set[int] = set()
    i = sent.start
    while i < sent.end:
        closers = OPENING_QUOTES.get(doc[i].text)
        if closers is None:
            i += 1
            continue
        j = i + 1
        while j < sent.end and doc[j].text not in closers:
            j += 1
        if j >= sent.end:
            break  # not closed in the sentence: quoted speech running on, read as it is
        if not (i < span.start and span.end <= j):
            out.update(range(i + 1, j))
        i = j + 1
    return out


ATTRIBUTE_REACH = 4  # words read after a participle for the noun it agrees with


def attributive(token: Token, sent: Span) -> bool:
    """A participle before the noun it agrees with ("1953 m. įkurta Molėtų viešoji biblioteka ... šventė"):
    it modifies the noun and governs no date beyond its phrase; genitives between are skipped. A predicate
    participle follows its noun ("biblioteka įkurta 1951 m.")."""
    own = {(a.case, a.number, a.gender) for a in readings(token) if a.pos.startswith("verb") and a.case}
    if not own:
        return False
    doc = token.doc
    i, seen = token.i + 1, 0
    while i < sent.end and seen < ATTRIBUTE_REACH:
        word = doc[i]
        if word.is_space:
            i += 1
            continue
        if not word.is_alpha:
            return False
        found = [a for a in readings(word) if a.pos in ("noun", "adjective")]
        if any((a.case, a.number, a.gender) in own for a in found):
            return True
        if not found or not all(a.case == "Gen" for a in found):
            return False  # neither an agreeing word nor a genitive modifier before one
        i, seen = i + 1, seen + 1
    return False


def _passive_predicate(token: Token) -> bool:
    """A passive past participle in the nominative with no finite reading and no other part of speech
    ("atidaryta", "surengtas"): the predicate of a clause that reports what was done."""
    if not token.is_alpha:
        return False
    found = readings(token)
    verbs = [a for a in found if a.pos.startswith("verb")]
    if not verbs or len(verbs) != len(found) or any(t.startswith("Indic") for a in verbs for t in a.tags):
        return False
    return any(a.case == "Nom" and any(t.startswith("Part_Pass_Past") for t in a.tags) for a in verbs)


def _declared_as(sent: Span) -> bool:
    """A day or week noun that may be instrumental and not genitive ("... paskelbė X Tarptautine diena")."""
    for tok in sent:
        nouns = [a for a in readings(tok) if a.pos == "noun" and a.lemma.lower() in cues().observance_nouns]
        cases = {a.case for a in nouns}
        if "Inst" in cases and "Gen" not in cases:
            return True
    return False


def _deadline(span: Span, sent: Span) -> bool:
    """ "iki" right before the date and a word of applying or registering in the clause before it."""
    doc = span.doc
    if span.start == 0 or key(doc[span.start - 1].text) not in ("iki",):
        return False
    i = span.start - 2
    while i >= sent.start and doc[i].text not in (",", ";", ".", "(", ")"):
        if {a.lemma.lower() for a in readings(doc[i])} & cues().deadline:
            return True
        i -= 1
    return False


def _background_noun_before(span: Span, sent: Span) -> bool:
    """ "nuo jos įkūrimo pradžios – 1937 m. gegužės 1 d.": a noun of founding/birth just before, no comma."""
    doc = span.doc
    for i in range(span.start - 1, max(sent.start, span.start - 4) - 1, -1):
        tok = doc[i]
        if tok.text in (",", ";", ".", "(", ")"):
            return False
        if any(a.pos == "noun" and a.lemma.lower() in cues().background for a in readings(tok)):
            return True
    return False


def _has_phrase(sent: Span, phrases: tuple[tuple[str, ...], ...]) -> bool:
    words = [key(t.text) for t in sent]
    return any(tuple(words[i : i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


# -- layout -------------------------------------------------------------------------------------------


def _is_byline(text: str, start: int, end: int) -> bool:
    """A date and a name alone on their line, a comma between: "2014 m. gegužės 6 d., Ona Norkienė",
    "Ona Norkienė, 2014-05-06"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip(" \t-–•*")
    after = text[end : len(text) if line_end < 0 else line_end].rstrip(" .")
    if not before and after.lstrip().startswith(","):
        return BYLINE.fullmatch(after) is not None
    if before.endswith(",") and not after.strip():
        return NAME.fullmatch(before[:-1].strip()) is not None
    return False


def _quote_start(text: str, pos: int, sent: Span) -> int | None:
    """Where the quotation holding ``pos`` opens (inside its sentence), or the dialogue line's start
    ("– Šiandien ..."); None when ``pos`` is not in quoted speech."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].lstrip().startswith(("–", "—", "- ")):
        return line_start
    before = text[sent.start_char : pos]
    if "„" in before:  # Lithuanian quotes: „ ... “ (or ” )
        if before.count("„") > before.count("“") + before.count("”"):
            return sent.start_char + before.rfind("„")
        return None
    if before.count("“") > before.count("”"):
        return sent.start_char + before.rfind("“")
    if before.count('"') % 2 == 1:
        return sent.start_char + before.rfind('"')
    return None


def _quote_end(text: str, pos: int, sent: Span) -> int:
    """Where quoted speech after ``pos`` ends: a closing quotation mark or the dash before the speaker."""
    found = [i for i in (text.find(c, pos, sent.end_char) for c in ("“", "”", '"', "»", " – ", " — ")) if i >= 0]
    return min(found, default=sent.end_char)


def in_parentheses(text: str, start: int, end: int) -> bool:
    """ "(1907 11 14)", "(pastatyta teatre 1935 02 07)": a dated aside in parentheses on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end : len(text) if line_end < 0 else line_end]
    return before.rfind("(") > before.rfind(")") and 0 <= after.find(")") < (after.find("(") % (len(after) + 1))


def _listed_with_relative(doc: Doc, match: Match[DateFact]) -> bool:
    """ "vakar, šiandien, rytoj": relative days joined by commas, "ir" or dashes."""
    others = [m for m in doc._.ltr_date_matches or () if m.fact.kind == "relative" and m is not match]
    gap = re.compile(r"\s*(?:,|ir|–|-|—)\s*")
    return any(
        (o.end <= match.start and match.start - o.end <= 12 and gap.fullmatch(doc_text(doc)[o.end : match.start]))
        or (o.start >= match.end and o.start - match.end <= 12 and gap.fullmatch(doc_text(doc)[match.end : o.start]))
        for o in others
    )
