"""Clause grammar for topic cues: the tense or mood of the verb that governs a cue, history sentences
(a past year as time adverbial), and whether a noun is a genitive attribute of the next noun.

The tense and mood come from the dictionary's verb readings (``token._.analyses`` tags such as
``Indic_Past_III``, ``Indic_Fut_III``, ``Imper_II``, ``Subj_III``, ``Indic_PastFreq_III``,
``Part_Pass_Pres``); there is no dependency parse, so the governing verb is the nearest predicate in
the cue's clause, else in its sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

# mood/tense classes, the most specific first: a form read both ways takes the first class that fits
TENSES = (
    ("imperative", ("Imper_",)),
    ("subjunctive", ("Subj_",)),
    ("future", ("Indic_Fut_", "Part_Pass_Fut", "Part_Act_Fut")),
    ("habitual", ("Indic_PastFreq_",)),
    ("past", ("Indic_Past_",)),
    ("present", ("Indic_Pres_", "Part_Pass_Pres")),
    ("past", ("Part_Pass_Past",)),
)
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")", "\n"}
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)(-ais|-aisiais|-ieji|-uosius|-ųjų|-ųjų)?$")
YEAR_WORDS = {"m.", "m", "metais", "metų", "metai"}


def tense(token: Token) -> str | None:
    """The tense or mood class of a predicate verb form, None for other words (infinitives, gerunds,
    active participles, which do not carry the clause's tense)."""
    if token.pos_ not in {"VERB", "AUX"} and not any(a.pos.startswith("verb") for a in token._.analyses or ()):
        return None
    tags = [t for a in token._.analyses or () if a.pos.startswith("verb") for t in a.tags]
    for name, prefixes in TENSES:
        if any(t.startswith(prefixes) for t in tags):
            return name
    return None


def clause_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the clause around token i: the sentence cut at commas, dashes and the like."""
    sent = doc[i].sent
    lo = i
    while lo > sent.start and doc[lo - 1].text not in CLAUSE_BREAKS and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = i + 1
    while hi < sent.end and doc[hi].text not in CLAUSE_BREAKS and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


def governing_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the nearest predicate in the cue's clause; else of the nearest in its sentence."""
    lo, hi = clause_bounds(doc, start)
    found = _nearest(doc, start, end, lo, hi)
    if found is None:
        sent = doc[start].sent
        found = _nearest(doc, start, end, sent.start, sent.end)
    return found


def _nearest(doc: Doc, start: int, end: int, lo: int, hi: int) -> str | None:
    best: tuple[int, str] | None = None
    for k in range(lo, hi):
        if start <= k < end:
            continue
        t = tense(doc[k])
        if t is None:
            continue
        distance = start - k if k < start else k - end
        if best is None or distance < best[0]:
            best = (distance, t)
    return best[1] if best else None


def years(sent: Span) -> list[int]:
    """Years used as time adverbials in a sentence ("1960 m.", "2011 metais", "1992-aisiais"), not
    years that qualify a noun ("1863 m. sukilimo") or follow "apie"."""
    out = []
    for tok in sent:
        m = YEAR.match(tok.text)
        if not m:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if m.group(2) is None and (nxt is None or nxt.text.lower() not in YEAR_WORDS):
            continue
        after = nxt.nbor(1) if nxt is not None and m.group(2) is None and nxt.i + 1 < len(tok.doc) else nxt
        if after is not None and after.pos_ == "NOUN" and "Gen" in after.morph.get("Case"):
            continue  # "1863 m. sukilimo": the year names a thing
        if tok.i > 0 and tok.nbor(-1).lower_ in {"apie", "iki", "nuo", "po", "nuo"}:
            continue
        out.append(int(tok.text[:4]))
    return out


def genitive_attribute(doc: Doc, start: int, end: int) -> bool:
    """Is the cue a genitive that qualifies the following noun ("vaikų literatūra", "interneto prieiga",
    "jaunimo komanda"), over coordinated genitives ("vaikų ir jaunimo stovykla")?"""
    last = doc[end - 1]
    if "Gen" not in last.morph.get("Case") and not all(
        a.case == "Gen" for a in last._.analyses or () if a.pos == "noun"
    ):
        return False
    if "Gen" not in last.morph.get("Case") and not last._.analyses:
        return False
    k = end
    while k < len(doc):
        tok = doc[k]
        if tok.lower_ in {"ir", "bei", "ar", ","}:
            k += 1
            continue
        if tok.pos_ in {"NOUN", "ADJ", "PROPN"} and not tok.is_sent_start:
            if "Gen" in tok.morph.get("Case") and tok.pos_ == "NOUN":
                k += 1  # a genitive chain: decide on the noun that closes it
                continue
            return True
        return k > end and doc[k - 1].pos_ == "NOUN" and "Gen" in doc[k - 1].morph.get("Case")
    return False
