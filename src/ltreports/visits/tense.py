"""Does a sentence report (or announce) an event, or describe services, a habit or history?

An undated stretch of text is a visit only when it reports an event: a clause in the simple past ("vyko",
"surengė", "lankėsi", "buvo pristatyta") that says an event took place, or an event verb in the future
("vyks", "lankysis": an event announced), not a present-tense invitation or description ("kviečia",
"jungiasi"), the frequentative past ("vykdavo": a habit), nor a clause set in a year of the library's
history ("1997 m. biblioteka įsigijo ..."). Tenses come from the Hunspell dictionary's readings
(``token._.ltr_analyses``: "Indic_Past", "Indic_PastFreq", "Part_Pass_Past", ...).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc, Span, Token

from ..language import doc_column, doc_text
from ..morphology.analyzer import Analysis
from ..morphology.component import doc_analyses, token_analyses
from ..morphology.readings_memo import per_readings
from .grammar import cases, data
from .word_index import any_in, positions_in

YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
QUOTES = "„“\"«"
_NON_SPACE = re.compile(r"\S")  # the first character ``str.lstrip`` keeps
OPENING_YEAR = re.compile(r"(?:^|[.!?]\s+)(1[5-9]\d\d|20\d\d)(?!\d)", re.MULTILINE)  # a sentence opened by a year
CUT_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)\s?m\.[ \t]*$")  # a year whose "m." ended the sentence before
LOOKBACK = 1500  # characters of a paragraph read back for a year that opens one of its sentences
HISTORY_YEARS = 1  # a year more than this before the post's year dates history


class _DocWords(threading.local):
    """The Doc read last (per thread): every token's readings and ``is_alpha`` by index, and the sentences
    already judged by ``reports_event``, so that a sentence's words are not made into Token objects."""

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.analyses: list[tuple[Analysis, ...] | None] = []
        self.alpha: list[int] = []
        self.reported: dict[tuple[int, int], bool] = {}
        self.year_digits: list[int] | None = None


_words = _DocWords()


def _doc_words(doc: Doc) -> _DocWords:
    state = _words
    if state.doc is not doc or len(state.analyses) != len(doc):
        state.analyses = doc_analyses(doc)
        state.alpha = doc_column(doc, IS_ALPHA)
        state.reported = {}
        state.year_digits = None
        state.doc = doc
    return state


def simple_past(token: Token) -> bool:
    """A finite verb in the simple past ("vyko", "aplankėme"), or a passive past participle used as the
    predicate ("buvo surengta", "atidaryta paroda"): no reading in another tense or mood."""
    return _simple_past(token_analyses(token) or ())


@per_readings
def _simple_past(readings: tuple[Analysis, ...]) -> bool:
    """``simple_past`` of a word's readings (decided once per word form)."""
    verbs = [a for a in readings if a.pos.startswith("verb")]
    if not verbs or any("Inf" in a.tags for a in verbs) or any(a.pos == "noun" for a in readings):
        return False  # an infinitive ("nusifilmuoti"), or a noun as well ("šventė")
    past = [
        a for a in verbs
        if any(t.startswith("Indic_Past") and not t.startswith("Indic_PastFreq") for t in a.tags)
        or (any(t.startswith("Part_Pass_Past") for t in a.tags) and a.case in (None, "Nom"))
    ]
    finite_other = [
        a for a in verbs
        if a not in past and any(t.startswith(("Indic_", "Imper", "Cond")) for t in a.tags)
    ]
    return bool(past) and not finite_other


def future(token: Token) -> bool:
    """A finite verb in the future tense ("vyks", "lankysis"), with no reading as a noun."""
    return _future(token_analyses(token) or ())


def _future(readings: tuple[Analysis, ...]) -> bool:
    if any(a.pos == "noun" for a in readings):
        return False
    return any(a.pos.startswith("verb") and any(t.startswith("Indic_Fut") for t in a.tags) for a in readings)


def present(token: Token) -> bool:
    """A finite verb in the present tense ("veikia")."""
    return _present(token_analyses(token) or ())


def _present(readings: tuple[Analysis, ...]) -> bool:
    return any(a.pos.startswith("verb") and any(t.startswith("Indic_Pres") for t in a.tags) for a in readings)


def reports_event(sentence: Span) -> bool:
    """A clause that says an event took place or will take place: an event verb in the simple past ("vyko",
    "surengė", "buvo pristatyta") or in the future ("vyks"), an event noun with a verb in the simple past
    ("Popietė prasidėjo ...", "Susitikime dalyvavo ..."), an exhibition open now ("veikia paroda")."""
    doc = sentence.doc
    state = _doc_words(doc)
    key = (sentence.start, sentence.end)
    found = state.reported.get(key)
    if found is None:
        found = state.reported[key] = _reports_event(sentence, state)
    return found


def _reports_event(sentence: Span, state: _DocWords) -> bool:
    doc = sentence.doc
    text = doc_text(doc)
    first = _NON_SPACE.search(text, sentence.start_char, sentence.end_char)  # no copy of the sentence
    if first is None or text[first.start()] in QUOTES:
        return False  # quoted speech or a quoted passage (or a blank stretch) reports nothing of its own
    # the sentence's words by index: the cue words' positions, the Doc's readings, no Token object per word
    analyses = state.analyses
    start, end = sentence.start, sentence.end
    if not any_in(doc, "report_cues", start, end):
        return False  # no event verb, verb of reporting, ongoing verb nor event noun: every test below fails
    with_noun = positions_in(doc, "event_nouns", start, end)
    if any(_present(analyses[i] or ()) for i in positions_in(doc, "ongoing_verbs", start, end)) and any(
        "Nom" in cases(doc[i]) for i in with_noun
    ):
        return True  # "Bibliotekoje veikia paroda": an exhibition open now
    # event verbs and verbs that report one; not verbs of going: "išvyko iš Molėtų"
    with_verb = [*positions_in(doc, "event_verbs", start, end), *positions_in(doc, "reported_verbs", start, end)]
    if any(_future(analyses[i] or ()) for i in with_verb):
        return True  # an event announced: "vyks", "lankysis" (a visit without a date)
    alpha = state.alpha
    if any(alpha[i] and _simple_past(analyses[i] or ()) for i in with_verb):
        return True  # an event verb in the simple past
    if not with_noun:
        return False  # no event noun: the test below fails whatever the tenses (no tense read for it)
    if not any(alpha[i] and _simple_past(analyses[i] or ()) for i in range(start, end)):
        return False
    # the event noun as the subject or the place ("Popietė prasidėjo", "Susitikime dalyvavo"), not an
    # object ("įgyvendino projektą") or a means ("ūgtelėjo naujais projektais")
    return any(cases(doc[i]) & {"Nom", "Loc"} for i in with_noun)


def history_year(sentence: Span, year: int | None) -> bool:
    """The sentence is set in a year of the past: it names a year more than a year before ``year`` (the
    post's year, else the latest year the post names, given once per post by the caller): "1997 m.
    biblioteka įsigijo ...", or an earlier sentence of its paragraph opens with one ("2019 metais ... .
    Projekto metu vyko ...")."""
    if year is None:
        return False  # no year to measure by: the post names none and gives no publication date
    text = doc_text(sentence.doc)
    # where a year's four digits stand in the text: a stretch with none holds no year (no pattern to run)
    digits = _year_digits(sentence.doc, text)
    s, e = sentence.start_char, sentence.end_char
    # the paragraph before the sentence, read back at most LOOKBACK characters (linear in the post)
    start = max(text.rfind("\n", 0, s) + 1, s - LOOKBACK)
    if not _any_between(digits, start, e):
        return False  # no year in the sentence nor in the paragraph before it: no pattern can match
    named = [int(m.group(1)) for m in YEAR.finditer(text, s, e)] if _any_between(digits, s, e) else []
    if _any_between(digits, start, s):
        named += [int(m.group(1)) for m in OPENING_YEAR.finditer(text, start, s)]
        if _opens_with_then(text, s, e):
            # "1950 m. biblioteka persikėlė ... . Tuomet bibliotekoje lankėsi ...": the time of the sentence before
            before = sentence.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else s
            named += [int(m.group(1)) for m in YEAR.finditer(text, max(start, before), s)]
    cut = CUT_YEAR.search(text, max(start, s - 12), s)
    if cut is not None and _clause_unfinished(sentence, cut.start()):
        named.append(int(cut.group(1)))  # "... kai 1931 m. | Utenoje buvo atidarytas ...": cut after "m."
    return any(y < year - HISTORY_YEARS for y in named)


def _opens_with_then(text: str, s: int, e: int) -> bool:
    """The sentence opens with a word pointing back to a time told before ("Tuomet", "Tada", "Tuo metu")."""
    words = OPENING_WORDS.match(text, s, e)
    if words is None:
        return False
    first, two = words.group(1).lower(), " ".join(w.lower() for w in words.groups() if w)
    return first in data()["then_words"] or two in data()["then_words"]


OPENING_WORDS = re.compile(r"\s*[„“\"«]?(\w+)(?:\s+(\w+))?")


_DIGIT_RUN = re.compile(r"\d{4,}")
_FOUR_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20\d\d")


def _year_digits(doc: Doc, text: str) -> list[int]:
    """Where four digits of a year start in the Doc's text (overlapping ones too), found once a Doc: inside
    the runs of four digits or more."""
    state = _doc_words(doc)
    if state.year_digits is None:
        state.year_digits = [
            p for run in _DIGIT_RUN.finditer(text) for p in range(run.start(), run.end() - 3)
            if _FOUR_YEAR_DIGITS.match(text, p)
        ]
    return state.year_digits


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Do four digits of a year lie inside ``start``:``end``?"""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] + 4 <= end


def _clause_unfinished(sentence: Span, year_start: int) -> bool:
    """The clause holding the year before ``sentence`` has no verb of its own ("..., kai 1931 m."), so its
    sentence goes on after the "m." the splitter took for a stop; not "..., gimusiam 1846 m." (complete)."""
    doc = sentence.doc
    i = sentence.start - 1
    while i >= 0 and doc[i].idx >= year_start:
        i -= 1
    while i >= 0 and doc[i].text not in (",", ";", ":", "–", "—", ".", "!", "?") and "\n" not in doc[i].text:
        readings = token_analyses(doc[i]) or ()
        if any(a.pos.startswith("verb") for a in readings) and not any(a.pos == "noun" for a in readings):
            return False
        i -= 1
    return True


def latest_year(text: str) -> int | None:
    """The latest year a text names."""
    years = [int(m.group(1)) for m in YEAR.finditer(text)]
    return max(years) if years else None
