"""Pipeline component ``ltr_dates``: writes matches to ``doc._.ltr_date_matches``.

Each match's fact is a ``DateFact`` (the parts the text gives; the year is resolved later, in
``resolve.collect``). Dates in page chrome are marked ``stamp``: a date with its year alone on its
line ("2019 11 11", "3 gegužės, 2016", "2025 m. spalio 16 d., ketvirtadienis"), after a label
("Paskelbta: Ketvirtadienis, 2013 m. gruodžio 5 d.") or a numeric date opening a line before a "|"
or glued to the title ("2015-12-09Gruodžio 7 d. ..."). Dates inside marked boilerplate are skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..language import doc_column, doc_text, doc_words
from ..matches import Match, in_boilerplate, matches
from ..morphology import get_analyzer
from .facts import DateFact
from .grammar import parse
from .lexer import lex
from .lexicon import key, lexicon

WORD = re.compile(r"\w+", re.UNICODE)
TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?")
FILLER = re.compile(r"[\s,.:;|()\-–—/»]*")


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "ltr_date_matches")
        items = lex(doc)
        starts = None
        if doc.has_annotation("SENT_START"):  # the sentence starts' offsets, from arrays (no Token objects)
            offsets = doc_words(doc)[1]
            starts = {offsets[k] for k, flag in enumerate(doc_column(doc, SENT_START)) if flag == 1}
        parsed_all = parse(items, doc_text(doc), starts)
        located = [(items[p.first].start, items[p.last].end, p.fact) for p in parsed_all]
        stamps = [is_stamp(doc_text(doc), start, end, fact) for start, end, fact in located]
        spans = [(start, end) for (start, end, _), stamp in zip(located, stamps, strict=True) if not stamp]
        for (start, end, fact), stamp in zip(located, stamps, strict=True):
            if in_boilerplate(doc, start, end):
                continue
            if fact.kind == "relative" and fact.weekday is not None and fact.direction is None:
                if _next_to_date(doc_text(doc), start, end, [sp for sp in spans if sp != (start, end)]):
                    continue  # "gegužės 3 d. (šeštadienį)": the weekday of the date beside it
                tenses = _sentence_tenses(doc, start, end)
                if tenses == {"pres"}:
                    continue  # "Paskutinį mėnesio penktadienį biblioteka neaptarnauja": a habit, no one day
                fact = replace(fact, direction="next" if "fut" in tenses and "past" not in tenses else "past")
            if stamp:
                fact = replace(fact, stamp=True)
            found.append(Match(start, end, doc_text(doc)[start:end], fact))
        return doc


BESIDE = re.compile(r"[\s,.:;()\-–—]*")
NEAR = 40  # characters: a date further away is not "right before or after" (and the text is not copied)


def _next_to_date(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A bare weekday right before or after another date, only punctuation between."""
    return any(
        (e <= start and start - e <= NEAR and BESIDE.fullmatch(text[e:start]))
        or (s >= end and s - end <= NEAR and BESIDE.fullmatch(text[end:s]))
        for s, e in spans
    )


def _sentence_tenses(doc: Doc, start: int, end: int) -> set[str]:
    """The tenses ("past", "pres", "fut") of the finite verbs in the sentence holding ``start``: a bare weekday
    is the next one in a sentence in the future only, a habit in one in the present only ("Penktadienį
    biblioteka neaptarnauja"), else the last one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    analyzer = get_analyzer()
    found: set[str] = set()
    for tok in sent:
        if not tok.is_alpha or tok.i in range(span.start, span.end):
            continue
        tags = {t for a in analyzer.analyze(tok.text.lower()) if a.pos.startswith("verb") for t in a.tags}
        for name, mark in (("fut", "Indic_Fut"), ("past", "Indic_Past"), ("pres", "Indic_Pres")):
            if any(t.startswith(mark) for t in tags):
                found.add(name)
    return found


def is_stamp(text: str, start: int, end: int, fact: DateFact) -> bool:
    """Whether a date is a publication stamp in page chrome rather than a date in the post."""
    if fact.kind not in ("day", "month"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rsplit("»", 1)[-1]  # "Į Pradžią » 2011 » 2011 10 26 ...": a breadcrumb
    after = text[end : len(text) if line_end < 0 else line_end]
    words = WORD.findall(before)
    gap = before[before.rfind(words[-1]) + len(words[-1]) :] if words else ""
    if words and len(words) <= 3 and is_label(words[-1]) and LABEL_GAP.fullmatch(gap) and _only_chrome(after):
        return True  # "Paskutinį kartą redaguota: 2022-05-20", "Atnaujintas 2005 gegužės 4 d."
    if _only_chrome(before) and any(is_label(w) for w in words):  # the cheap test first: it stops at a plain word
        return True
    if fact.year is None or not _only_chrome(before):
        return False
    first_after = WORD.findall(after)[:1]
    if first_after and is_label(first_after[0]):
        return True  # "21 spalio, 2025 Įkėlė: redakcija"
    if fact.numeric and ITEM_DASH.match(after):
        return False  # "2024-10-03 – Beižionių biblioteka": a dated item of a list, the date and its place
    if fact.numeric and (after[:1].isalpha() or _title(after)):
        return True  # "2015-12-09Gruodžio 7 d. ...", "2011 10 26 Biblioteka šventė jubiliejų": the title's stamp
    return _only_chrome(after.split("|", 1)[0])


TITLE_LENGTH = 100


def _title(rest: str) -> bool:
    """The rest of a line is a title: short and not closed as a sentence."""
    rest = rest.strip()
    return bool(rest) and len(rest) <= TITLE_LENGTH and not rest.endswith((".", "!", "?", ":"))


LABEL_GAP = re.compile(r"[\s:–-]*")
ITEM_DASH = re.compile(r"[ \t]+[–—-][ \t]+\w")  # a spaced dash between a date and its item's words


@lru_cache(maxsize=100_000)
def is_label(word: str) -> bool:
    """A stamp label: a word of ``stamp_labels`` or a form of a verb of ``stamp_label_lemmas``
    ("redaguota", "Atnaujintas", "Įkėlė"). Remembered per word: asked of every word before a date on its line."""
    lx = lexicon()
    if key(word) in lx.stamp_labels:
        return True
    return any(
        a.pos.startswith("verb") and a.lemma.lower() in lx.stamp_label_lemmas
        for a in get_analyzer().analyze(word.lower())
    )


def _only_chrome(part: str) -> bool:
    """Nothing but labels, weekday names, times and punctuation."""
    lx = lexicon()
    rest = TIME.sub(" ", part)
    if any(not is_label(w) and key(w) not in lx.weekdays for w in WORD.findall(rest)):
        return False  # the first other word decides
    return FILLER.fullmatch(WORD.sub("", rest)) is not None


@Language.factory("ltr_dates", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()
