"""Pipeline component ``ltr_dates``: writes matches to ``doc._.date_matches``.

Each match's fact is a ``DateFact`` (the parts the text gives; the year is resolved later, in
``resolve.collect``). Dates in page chrome are marked ``stamp``: a date with its year alone on its
line ("2019 11 11", "3 gegužės, 2016", "2025 m. spalio 16 d., ketvirtadienis"), after a label
("Paskelbta: Ketvirtadienis, 2013 m. gruodžio 5 d.") or a numeric date opening a line before a "|"
or glued to the title ("2015-12-09Gruodžio 7 d. ..."). Dates inside marked boilerplate are skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import Match, in_boilerplate, matches
from .facts import DateFact
from .grammar import parse
from .lexer import lex
from .lexicon import key, lexicon

WORD = re.compile(r"\w+", re.UNICODE)
TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?")
FILLER = re.compile(r"[\s,.:;|()\-–—/]*")


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "date_matches")
        items = lex(doc)
        starts = {t.idx for t in doc if t.is_sent_start} if doc.has_annotation("SENT_START") else None
        for parsed in parse(items, doc.text, starts):
            start, end = items[parsed.first].start, items[parsed.last].end
            if in_boilerplate(doc, start, end):
                continue
            fact = parsed.fact
            if is_stamp(doc.text, start, end, fact):
                fact = replace(fact, stamp=True)
            found.append(Match(start, end, doc.text[start:end], fact))
        return doc


def is_stamp(text: str, start: int, end: int, fact: DateFact) -> bool:
    """Whether a date is a publication stamp in page chrome rather than a date in the post."""
    if fact.kind not in ("day", "month"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    labelled = any(key(w) in lexicon().stamp_labels for w in WORD.findall(before))
    if labelled and _only_chrome(before):
        return True
    if fact.year is None or not _only_chrome(before):
        return False
    if fact.numeric and after[:1].isalpha():
        return True  # "2015-12-09Gruodžio 7 d. ..." : the stamp glued to the title
    return _only_chrome(after.split("|", 1)[0])


def _only_chrome(part: str) -> bool:
    """Nothing but labels, weekday names, times and punctuation."""
    lx = lexicon()
    rest = TIME.sub(" ", part)
    words = [w for w in WORD.findall(rest) if key(w) not in lx.stamp_labels and key(w) not in lx.weekdays]
    return not words and FILLER.fullmatch(WORD.sub("", rest)) is not None


@Language.factory("ltr_dates", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()
