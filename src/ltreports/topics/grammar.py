"""Clause grammar for topic cues: the tense or mood of the verb that governs a cue, history sentences
(a past year as time adverbial), and whether a noun is a genitive attribute of the next noun.

The tense and mood come from the dictionary's verb readings (``token._.ltr_analyses`` tags such as
``Indic_Past_III``, ``Indic_Fut_III``, ``Imper_II``, ``Subj_III``, ``Indic_PastFreq_III``,
``Part_Pass_Pres``); there is no dependency parse, so the governing verb is the nearest predicate in
the cue's clause, else in its sentence.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..language import doc_words
from ..morphology.component import doc_analyses, token_analyses
from ..resources import load_yaml

# mood/tense classes and the tags that give them
TENSES = (
    ("imperative", ("Imper_",)),
    ("subjunctive", ("Subj_",)),
    ("future", ("Indic_Fut_", "Part_Pass_Fut", "Part_Act_Fut")),
    ("habitual", ("Indic_PastFreq_",)),
    ("past", ("Indic_Past_",)),
    ("present", ("Indic_Pres_", "Part_Pass_Pres")),
    ("past", ("Part_Pass_Past",)),
)
AMBIGUITY_ORDER = ("past", "present", "speaker", "habitual", "future", "subjunctive", "imperative")
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")", "\n"}
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)(-ais|-aisiais|-ieji|-uosius|-ųjų|-ųjų)?$")
YEAR_WORDS = {"m.", "m", "metais", "metų", "metai"}
SPAN_WORDS = {"metų", "metus", "dešimtmečių", "dešimtmečius", "dešimtmetį", "amžių", "amžius"}


def cases(token: Token) -> set[str]:
    """The token's possible cases: the tagger's, else every dictionary reading's (UD names)."""
    tagged = token.morph.get("Case")
    if tagged:
        return set(tagged)
    return {"Ins" if a.case == "Inst" else a.case for a in token_analyses(token) or () if a.case}


def word_class(token: Token) -> set[str]:
    """The token's possible UD classes among NOUN, PROPN, ADJ, VERB: the tagger's, else the dictionary's."""
    if token.pos_:
        return {token.pos_}
    out = set()
    for a in token_analyses(token) or ():  # ``token._.ltr_analyses``, no lookup object
        if a.pos == "noun":
            out.add("NOUN")
        elif a.pos == "adjective":
            out.add("ADJ")
        elif a.pos.startswith("verb"):
            out.add("VERB")
    if not out and token.text[:1].isupper() and token.is_alpha:
        out.add("PROPN")
    return out


def tense(token: Token, finite_only: bool = False) -> str | None:
    """The tense or mood class of a predicate verb form, None for other words (infinitives, gerunds,
    participles in an oblique case, which do not carry the clause's tense). Read from the dictionary's
    verb readings; the tagger's VerbForm and Case, when the pipeline runs it, choose among them."""
    readings = [a for a in token_analyses(token) or () if a.pos.startswith("verb")]
    if not readings or (token.pos_ and token.pos_ not in {"VERB", "AUX"}):
        return None
    # a form read as another word class too ("vasaros", "vaikai" nouns; "iš" a preposition and ižti's future)
    homograph = not token.pos_ and any(not a.pos.startswith("verb") for a in token_analyses(token) or ())
    form = token.morph.get("VerbForm")
    tagged_case = token.morph.get("Case")
    tags = []
    for a in readings:
        for t in a.tags:
            if t.startswith("Part_"):
                if finite_only:
                    continue
                case = tagged_case or ([a.case] if a.case else [])
                if case and "Nom" not in case:  # an attribute ("vaikams skirtų knygų")
                    continue
                if "Fin" in form:
                    continue
            elif "Part" in form:
                continue
            tags.append(t)
    if "Inf" in form or "Ger" in form or "Conv" in form or (
        token.lower_.endswith(("ti", "tis")) and any("Inf" in t for a in readings for t in a.tags)
    ):
        return None
    if not form and any(t.startswith("Part_") for a in readings for t in a.tags):
        # untagged "skirtų": a participle (common) or a subjunctive (rare); read it as the participle
        tags = [t for t in tags if not t.startswith("Subj_")]
    if homograph:
        # untagged "vasaros", "vaikai", "iš" are nouns or prepositions far more often than "vasaroti" (future),
        # "vaikyti" (2nd person), "ižti": only a 1st or 3rd person indicative reading makes such a word a
        # predicate ("siūlo")
        tags = [t for t in tags if t.startswith(("Indic_Pres_", "Indic_Past_")) and t.endswith(("_I", "_III"))]
    classes = {name for name, prefixes in TENSES if any(t.startswith(prefixes) for t in tags)}
    if "present" in classes and not any(t.endswith("_III") or t.startswith("Part_") for t in tags
                                        if t.startswith(("Indic_Pres_", "Part_Pass_Pres"))):
        # "dėkojame", "džiaugiamės": the writers speak in the present; no generic description
        classes = (classes - {"present"}) | {"speaker"}
    # a form read several ways ("mokėsi": mokytis, past, or mokėti, future) takes the commonest reading
    # in a report: an invitation or a plan only when no factual reading exists
    for name in AMBIGUITY_ORDER:
        if name in classes:
            return name
    return None


def clause_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the clause around token i: the sentence cut at commas, dashes and the like."""
    sent_start, sent_end = sentence_bounds(doc, i)
    texts = doc_words(doc)[0]
    lo = i
    while lo > sent_start and texts[lo - 1] not in CLAUSE_BREAKS and "\n" not in texts[lo - 1]:
        lo -= 1
    hi = i + 1
    while hi < sent_end and texts[hi] not in CLAUSE_BREAKS and "\n" not in texts[hi]:
        hi += 1
    return lo, hi


def governing_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the verb that governs the cue (``governing_verb``)."""
    verb = governing_verb(doc, start, end)
    return tense(verb) if verb is not None else None


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest predicate in the cue's clause, else in its sentence; a finite verb before a participle
    (participles are often attributes: "kalbėjome apie vykdomas edukacijas")."""
    lo, hi = clause_bounds(doc, start)
    sent_start, sent_end = sentence_bounds(doc, start)
    for a, b, finite in ((lo, hi, True), (lo, hi, False), (sent_start, sent_end, True), (sent_start, sent_end, False)):
        found = _nearest(doc, start, end, a, b, finite)
        if found is not None:
            return found
    return None


_tenses = threading.local()


def _memo(doc: Doc) -> tuple[Doc, dict, list[bool | None], list[int], list[int], list, dict]:
    """The last Doc asked about (per thread): the tenses read so far, whether each token has a verb
    reading (``tense`` is None for the others: no Token needed; None: not read yet), each token's
    sentence bounds, every token's readings by index, and the words with a verb reading by sentence."""
    memo = getattr(_tenses, "memo", None)
    if memo is None or memo[0] is not doc or len(memo[2]) != len(doc):
        memo = (doc, {}, [None] * len(doc), [], [], doc_analyses(doc), {})
        _tenses.memo = memo
    return memo


def _verbal(memo: tuple, k: int) -> bool:
    """Has token k a verb reading?"""
    found = memo[2][k]
    if found is None:
        found = memo[2][k] = any(a.pos.startswith("verb") for a in memo[5][k] or ())
    return found


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``doc[i].sent``'s token range, the Doc's sentences read once (``Token.sent`` walks the sentence)."""
    memo = _memo(doc)
    starts, ends = memo[3], memo[4]
    if not starts:
        if not doc.has_annotation("SENT_START"):
            sent = doc[i].sent
            return sent.start, sent.end
        for sent in doc.sents:
            n = sent.end - sent.start
            starts.extend([sent.start] * n)
            ends.extend([sent.end] * n)
    return starts[i], ends[i]


def tense_at(doc: Doc, k: int, finite_only: bool = False) -> str | None:
    """``tense(doc[k], finite_only)``, remembered for the Doc."""
    return _tense_at(doc, k, finite_only)


def _tense_at(doc: Doc, k: int, finite: bool) -> str | None:
    """``tense(doc[k], finite)``, remembered for the last Doc asked about (per thread): every cue of a
    sentence looks over the same words."""
    memo = _memo(doc)
    if not _verbal(memo, k):
        return None  # no verb reading: ``tense`` says None
    known = memo[1]
    key = (k, finite)
    if key not in known:
        known[key] = _untagged_tense(doc[k], memo[5][k], finite)
    return known[key]


_UNTAGGED: dict[tuple[int, str, bool], tuple[object, str | None]] = {}
UNTAGGED_KEPT = 200_000


def _untagged_tense(token: Token, readings: tuple | None, finite: bool) -> str | None:
    """``tense(token, finite)``; for a token no tagger annotated (no POS, no features) it depends on the
    word's readings and form alone, so it is decided once per word form (the analyser gives one tuple of
    readings per form; the tuple is kept so that its id stays its own)."""
    if type(readings) is not tuple or token.pos or token.has_morph():
        return tense(token, finite)
    key = (id(readings), token.lower_, finite)
    found = _UNTAGGED.get(key)
    if found is not None and found[0] is readings:
        return found[1]
    value = tense(token, finite)
    if len(_UNTAGGED) >= UNTAGGED_KEPT:
        _UNTAGGED.clear()
    _UNTAGGED[key] = (readings, value)
    return value


def _verbs_of_sentence(doc: Doc, memo: tuple, k: int) -> list[int]:
    """The tokens with a verb reading in the sentence of token k, in order (read once a sentence)."""
    sent_start, sent_end = sentence_bounds(doc, k)
    by_sentence = memo[6]
    found = by_sentence.get(sent_start)
    if found is None or found[0] != sent_end:
        found = by_sentence[sent_start] = (sent_end, [j for j in range(sent_start, sent_end) if _verbal(memo, j)])
    return found[1]


def _nearest(doc: Doc, start: int, end: int, lo: int, hi: int, finite: bool) -> Token | None:
    best: tuple[int, int] | None = None
    # only the words with a verb reading can have a tense: those of the cue's sentence (lo:hi lies in it)
    verbs = _verbs_of_sentence(doc, _memo(doc), start)
    for k in verbs[bisect_left(verbs, lo):bisect_left(verbs, hi)]:
        if start <= k < end or _tense_at(doc, k, finite) is None:
            continue
        distance = start - k if k < start else k - end
        if best is None or distance < best[0]:
            best = (distance, k)
    return doc[best[1]] if best else None


def habitual(sent: Span) -> bool:
    """Does the sentence tell what used to happen ("vykdavo", "susišaukdavęs")?"""
    analyses = _memo(sent.doc)[5]  # by index: no Token per word
    return any(_frequentative(analyses[k]) for k in range(sent.start, sent.end))


_FREQUENTATIVE: dict[int, tuple[tuple, bool]] = {}


def _frequentative(readings: tuple | None) -> bool:
    """A frequentative past verb reading ("vykdavo"), decided once per word form (the analyser's tuple)."""
    if not readings:
        return False
    known = _FREQUENTATIVE.get(id(readings))
    if known is not None and known[0] is readings:
        return known[1]
    value = any("PastFreq" in t for a in readings if a.pos.startswith("verb") for t in a.tags)
    if type(readings) is tuple:  # a list may change: not remembered
        if len(_FREQUENTATIVE) >= UNTAGGED_KEPT:
            _FREQUENTATIVE.clear()
        _FREQUENTATIVE[id(readings)] = (readings, value)
    return value


def span_of_years(sent: Span) -> bool:
    """Does the sentence look back over years ("Per 90 metų fondas pilnėjo", "per tuos metus", "per
    aštuonis dešimtmečius")? "per" followed within three words by a word of ``SPAN_WORDS``."""
    texts = doc_words(sent.doc)[0]
    for k in range(sent.start, sent.end):
        if texts[k].lower() == "per" and any(
            texts[j].lower() in SPAN_WORDS for j in range(k + 1, min(k + 4, sent.end))
        ):
            return True
    return False


def years(sent: Span) -> list[int]:
    """Years used as time adverbials in a sentence ("1960 m.", "2011 metais", "1992-aisiais"), not
    years that qualify a noun ("1863 m. sukilimo") or follow "apie"."""
    out = []
    doc = sent.doc
    texts = doc_words(doc)[0]
    for k in range(sent.start, sent.end):
        text = texts[k]
        m = YEAR.match(text) if text[:1] in "12" and text[:1] else None  # a year starts with 1 or 2
        if not m:
            continue
        tok = doc[k]
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if m.group(2) is None and (nxt is None or nxt.text.lower() not in YEAR_WORDS):
            continue
        after = nxt.nbor(1) if nxt is not None and m.group(2) is None and nxt.i + 1 < len(tok.doc) else nxt
        if (after is not None and word_class(after) == {"NOUN"} and "Gen" in cases(after)
                and after.lower_ not in month_forms() and not after.text[:1].isupper()):
            # "1863 m. sukilimo": the year names a thing ("2024 m. gegužės 5 d." is a date; "1973 m. Utenos
            # rajone" is a place's genitive in the sentence)
            continue
        if tok.i > 0 and tok.nbor(-1).lower_ in {"apie", "iki", "nuo", "po"}:
            continue
        out.append(int(tok.text[:4]))
    return out


@cache
def month_forms() -> frozenset[str]:
    """Every form of the month names in ``data/months.yaml``."""
    out = set()
    for forms in load_yaml("months.yaml")["months"].values():
        for value in forms.values():
            out.update(v.lower() for v in (value if isinstance(value, list) else [value]))
    return frozenset(out)


def genitive_attribute(doc: Doc, start: int, end: int) -> bool:
    """Is the cue a genitive that qualifies the following noun ("vaikų literatūra", "interneto prieiga",
    "jaunimo komanda"), over coordinated genitives ("vaikų ir jaunimo stovykla")?"""
    return attribute_head(doc, start, end) is not None


def attribute_head(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a genitive cue qualifies (the last of a genitive chain), or None."""
    if "Gen" not in cases(doc[end - 1]):
        return None
    k = end
    while k < len(doc):
        tok = doc[k]
        if tok.lower_ in {"ir", "bei", "ar", ","}:
            k += 1
            continue
        kinds = word_class(tok)
        if kinds & {"NOUN", "ADJ", "PROPN"} and not tok.is_sent_start:
            if "NOUN" in kinds and cases(tok) == {"Gen"}:
                k += 1  # a genitive chain: decide on the noun that closes it
                continue
            return _noun_after(doc, k) if kinds == {"ADJ"} else tok
        break
    if k > end and "NOUN" in word_class(doc[k - 1]) and "Gen" in cases(doc[k - 1]):
        return doc[k - 1]
    return None


def _noun_after(doc: Doc, k: int) -> Token:
    """The noun an adjective at k belongs to ("vaikų kūrybinė dirbtuvė"), else the adjective itself."""
    for j in range(k, min(len(doc), k + 4)):
        kinds = word_class(doc[j])
        if kinds & {"NOUN", "PROPN"}:
            return doc[j]
        if "ADJ" not in kinds:
            break
    return doc[k]
