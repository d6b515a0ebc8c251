"""Clause grammar for topic cues: the tense or mood of the verb that governs a cue, history sentences
(a past year as time adverbial), and whether a noun is a genitive attribute of the next noun.

The tense and mood come from the dictionary's verb readings (``token._.ltr_analyses`` tags such as
``Indic_Past_III``, ``Indic_Fut_III``, ``Imper_II``, ``Subj_III``, ``Indic_PastFreq_III``,
``Part_Pass_Pres``); there is no dependency parse, so the governing verb is the nearest predicate in
the cue's clause, else in its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..morphology.analyzer import Analysis
from ..morphology.component import token_analyses
from ..resources import load_yaml
from .doc_facts import DocFacts, facts

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
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)(-ais|-aisiais|-ieji|-uosius|-ųjų|-ųjų)?$")
YEAR_WORDS = {"m.", "m", "metais", "metų", "metai"}
SPAN_WORDS = {"metų", "metus", "dešimtmečių", "dešimtmečius", "dešimtmetį", "amžių", "amžius"}


def cases(token: Token) -> set[str]:
    """The token's possible cases: the tagger's, else every dictionary reading's (UD names)."""
    tagged = token.morph.get("Case")
    if tagged:
        return set(tagged)
    return _reading_cases(token_analyses(token))


def _reading_cases(readings: tuple[Analysis, ...] | list[Analysis] | None) -> set[str]:
    return {"Ins" if a.case == "Inst" else a.case for a in readings or () if a.case}


def word_class(token: Token) -> set[str]:
    """The token's possible UD classes among NOUN, PROPN, ADJ, VERB: the tagger's, else the dictionary's."""
    if token.pos_:
        return {token.pos_}
    out = _reading_classes(token_analyses(token))  # ``token._.ltr_analyses``, no lookup object
    if not out and token.text[:1].isupper() and token.is_alpha:
        out.add("PROPN")
    return out


def _reading_classes(readings: tuple[Analysis, ...] | list[Analysis] | None) -> set[str]:
    out = set()
    for a in readings or ():
        if a.pos == "noun":
            out.add("NOUN")
        elif a.pos == "adjective":
            out.add("ADJ")
        elif a.pos.startswith("verb"):
            out.add("VERB")
    return out


def cases_at(doc: Doc, k: int) -> frozenset[str]:
    """``cases(doc[k])``, remembered for the Doc."""
    return cases_of(facts(doc), k)


def cases_of(f: DocFacts, k: int) -> frozenset[str]:
    """``cases_at`` from the Doc's facts; in a Doc no tagger annotated, read from the readings without a Token."""
    found = f.cases.get(k)
    if found is None:
        found = f.cases[k] = frozenset(cases(f.doc[k]) if f.tagged else _reading_cases(f.analyses[k]))
    return found


def word_class_at(doc: Doc, k: int) -> frozenset[str]:
    """``word_class(doc[k])``, remembered for the Doc."""
    return word_class_of(facts(doc), k)


def word_class_of(f: DocFacts, k: int) -> frozenset[str]:
    """``word_class_at`` from the Doc's facts; in a Doc no tagger annotated, read from the readings and the word
    (a Token only for a capitalized word without a reading)."""
    found = f.classes.get(k)
    if found is None:
        if f.tagged:
            out = word_class(f.doc[k])
        else:
            out = _reading_classes(f.analyses[k])
            if not out and f.texts[k][:1].isupper() and f.doc[k].is_alpha:
                out.add("PROPN")
        found = f.classes[k] = frozenset(out)
    return found


def tense(token: Token, finite_only: bool = False) -> str | None:
    """The tense or mood class of a predicate verb form, None for other words (infinitives, gerunds,
    participles in an oblique case, which do not carry the clause's tense). Read from the dictionary's
    verb readings; the tagger's VerbForm and Case, when the pipeline runs it, choose among them."""
    if token.has_morph():
        morph = token.morph
        form, tagged_case = morph.get("VerbForm"), morph.get("Case")
    else:  # no features: nothing to parse
        form = tagged_case = []
    return _tense(token_analyses(token) or (), token.lower_, token.pos_, form, tagged_case, finite_only)


def _tense(
    analyses: tuple[Analysis, ...] | list[Analysis], lower: str, pos: str, form: list[str], tagged_case: list[str],
    finite_only: bool,
) -> str | None:
    """``tense`` of a word with these readings, lower-cased form, tagged POS, VerbForm and Case."""
    readings = [a for a in analyses if a.pos.startswith("verb")]
    if not readings or (pos and pos not in {"VERB", "AUX"}):
        return None
    # a form read as another word class too ("vasaros", "vaikai" nouns; "iš" a preposition and ižti's future)
    homograph = not pos and len(readings) < len(analyses)
    if "Inf" in form or "Ger" in form or "Conv" in form or (
        lower.endswith(("ti", "tis")) and any("Inf" in t for a in readings for t in a.tags)
    ):
        return None
    tags = []
    participle = False  # has a reading a participle's tag
    for a in readings:
        for t in a.tags:
            if t.startswith("Part_"):
                participle = True
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
    if not form and participle:
        # untagged "skirtų": a participle (common) or a subjunctive (rare); read it as the participle
        tags = [t for t in tags if not t.startswith("Subj_")]
    if homograph:
        # untagged "vasaros", "vaikai", "iš" are nouns or prepositions far more often than "vasaroti" (future),
        # "vaikyti" (2nd person), "ižti": only a 1st or 3rd person indicative reading makes such a word a
        # predicate ("siūlo")
        tags = [t for t in tags if t.startswith(("Indic_Pres_", "Indic_Past_")) and t.endswith(("_I", "_III"))]
    classes: set[str] = set()
    for t in tags:
        classes |= _tag_classes(t)
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


@cache
def _tag_classes(tag: str) -> frozenset[str]:
    """The classes of ``TENSES`` a reading's tag gives."""
    return frozenset(name for name, prefixes in TENSES if tag.startswith(prefixes))


def clause_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the clause around token i: the sentence cut at commas, dashes and the like."""
    return facts(doc).clause_of(i)


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest predicate in the cue's clause, else in its sentence; a finite verb before a participle
    (participles are often attributes: "kalbėjome apie vykdomas edukacijas")."""
    k = governing_index(doc, start, end)
    return doc[k] if k is not None else None


def governing_index(doc: Doc, start: int, end: int, skip: frozenset[int] | set[int] = frozenset()) -> int | None:
    """``governing_verb``'s token index; the words of ``skip`` (a quoted title's) are no predicate."""
    f = facts(doc)
    lo, hi = f.clause_of(start)
    sent_start, sent_end = f.sentence_of(start)
    verbs = f.verbs_between(sent_start, sent_end)  # only a word with a verb reading can have a tense
    if skip:
        verbs = [k for k in verbs if k not in skip]
    for a, b, finite in ((lo, hi, True), (lo, hi, False), (sent_start, sent_end, True), (sent_start, sent_end, False)):
        found = _nearest_verb(f, verbs, start, end, a, b, finite)
        if found is not None:
            return found
    return None


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``doc[i].sent``'s token range, the Doc's sentences read once (``Token.sent`` walks the sentence)."""
    return facts(doc).sentence_of(i)


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """``doc.sents`` as token ranges, read once per Doc. Do not change the list."""
    found = facts(doc).sentences
    return found if found is not None else [(s.start, s.end) for s in doc.sents]


def tense_at(doc: Doc, k: int, finite_only: bool = False) -> str | None:
    """``tense(doc[k], finite_only)``, remembered for the last Doc asked about (per thread): every cue of a
    sentence looks over the same words."""
    return tense_of(facts(doc), k, finite_only)


def tense_of(f: DocFacts, k: int, finite: bool = False) -> str | None:
    """``tense_at`` from the Doc's facts."""
    if not f.verbal(k):
        return None  # no verb reading: ``tense`` says None, no Token needed
    known = f.tenses
    key = (k, finite)
    found = known.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = known[key] = _untagged_tense(f, k, finite)
    return found


_UNKNOWN = object()
_UNTAGGED: dict[tuple[int, str, bool], tuple[object, str | None]] = {}
UNTAGGED_KEPT = 200_000


def _untagged_tense(f: DocFacts, k: int, finite: bool) -> str | None:
    """``tense(doc[k], finite)``; for a token no tagger annotated (no POS, no features) it depends on the
    word's readings and form alone, so it is decided once per word form (the analyser gives one tuple of
    readings per form; the tuple is kept so that its id stays its own). No Token is made for a form decided
    before in a Doc no tagger annotated."""
    readings = f.analyses[k]
    if type(readings) is not tuple:
        return tense(f.doc[k], finite)
    if f.tagged:
        token = f.doc[k]
        if token.pos or token.has_morph():
            return tense(token, finite)
    key = (id(readings), f.lowers[k], finite)
    found = _UNTAGGED.get(key)
    if found is not None and found[0] is readings:
        return found[1]
    value = _tense(readings, f.lowers[k], "", [], [], finite)  # as ``tense`` of an untagged token, without it
    if len(_UNTAGGED) >= UNTAGGED_KEPT:
        _UNTAGGED.clear()
    _UNTAGGED[key] = (readings, value)
    return value


def _nearest_verb(f: DocFacts, verbs: list[int], start: int, end: int, lo: int, hi: int, finite: bool) -> int | None:
    """The word with a tense in lo:hi (within the cue's sentence) nearest to the cue, outside it, the earlier
    one of two as near. Only ``verbs``, the words of the sentence with a verb reading, can have one: they are
    tried outwards from the cue, and the first with a tense is the nearest."""
    first, last = bisect_left(verbs, lo), bisect_left(verbs, hi)
    left = bisect_left(verbs, start, first, last) - 1  # the verbs before the cue: verbs[first:left + 1]
    right = bisect_left(verbs, end, left + 1, last)  # those after it: verbs[right:last]
    while left >= first or right < last:
        if right >= last or (left >= first and start - verbs[left] <= verbs[right] - end):
            k = verbs[left]
            left -= 1
        else:
            k = verbs[right]
            right += 1
        if tense_of(f, k, finite) is not None:
            return k
    return None


def habitual(sent: Span) -> bool:
    """Does the sentence tell what used to happen ("vykdavo", "susišaukdavęs")?"""
    return habitual_in(sent.doc, sent.start, sent.end)


def habitual_in(doc: Doc, start: int, end: int) -> bool:
    """``habitual`` of the sentence start:end: a frequentative past verb reading among its words."""
    return facts(doc).frequentative_between(start, end)


def span_of_years(sent: Span) -> bool:
    """Does the sentence look back over years ("Per 90 metų fondas pilnėjo", "per tuos metus", "per
    aštuonis dešimtmečius")? "per" followed within three words by a word of ``SPAN_WORDS``."""
    return span_of_years_in(sent.doc, sent.start, sent.end)


def span_of_years_in(doc: Doc, start: int, end: int) -> bool:
    """``span_of_years`` of the sentence start:end."""
    f = facts(doc)
    lowers, found = f.lowers, f.per_words  # only the words "per" are looked at
    for k in found[bisect_left(found, start):bisect_left(found, end)]:
        if any(lowers[j] in SPAN_WORDS for j in range(k + 1, min(k + 4, end))):
            return True
    return False


def years(sent: Span) -> list[int]:
    """Years used as time adverbials in a sentence ("1960 m.", "2011 metais", "1992-aisiais"), not
    years that qualify a noun ("1863 m. sukilimo") or follow "apie"."""
    return years_in(sent.doc, sent.start, sent.end)


def years_in(doc: Doc, start: int, end: int) -> list[int]:
    """``years`` of the sentence start:end."""
    return [year for _k, year in year_adverbials(doc, start, end)]


def year_adverbials(doc: Doc, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The years of ``years`` among the tokens start:end (the whole Doc by default), with their token index.
    A year is told by its word and the words next to it only, whatever the sentence."""
    out = []
    f = facts(doc)
    texts, lowers, size = f.texts, f.lowers, f.size
    found = f.year_words  # a year starts with 1 or 2
    for k in found[bisect_left(found, start):bisect_left(found, size if end is None else end)]:
        m = YEAR.match(texts[k])
        if not m:
            continue
        plain = m.group(2) is None
        nxt = k + 1 if k + 1 < size else None
        if plain and (nxt is None or lowers[nxt] not in YEAR_WORDS):
            continue
        after = nxt + 1 if nxt is not None and plain and nxt + 1 < size else nxt
        if (after is not None and word_class_of(f, after) == {"NOUN"} and "Gen" in cases_of(f, after)
                and lowers[after] not in month_forms() and not texts[after][:1].isupper()):
            # "1863 m. sukilimo": the year names a thing ("2024 m. gegužės 5 d." is a date; "1973 m. Utenos
            # rajone" is a place's genitive in the sentence)
            continue
        if k > 0 and lowers[k - 1] in {"apie", "iki", "nuo", "po"}:
            continue
        out.append((k, int(texts[k][:4])))
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
    k = attribute_head_index(doc, start, end)
    return doc[k] if k is not None else None


_COORDINATION = frozenset({"ir", "bei", "ar", ","})
_NOMINAL = frozenset({"NOUN", "ADJ", "PROPN"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def attribute_head_index(doc: Doc, start: int, end: int) -> int | None:
    """``attribute_head``'s token index."""
    f = facts(doc)
    if "Gen" not in cases_of(f, end - 1):
        return None
    lowers = f.lowers
    k = end
    listed = False  # past a comma the words may be a list's items, not one phrase
    while k < f.size:
        if lowers[k] in _COORDINATION:
            listed = listed or lowers[k] == ","
            k += 1
            continue
        kinds = word_class_of(f, k)
        if kinds & _NOMINAL and not doc[k].is_sent_start:
            if "NOUN" in kinds and "Gen" in (found := cases_of(f, k)) and (
                    found == {"Gen"} or (not listed and _noun_next(f, k))):
                k += 1  # a genitive chain: decide on the noun that closes it; a noun read Gen or Nom ("vasaros")
                continue  # right before another noun is its genitive ("vaikų vasaros skaitymo programos dalyviai")
            return _noun_after(doc, k) if kinds == {"ADJ"} else k
        break
    if k > end and "NOUN" in word_class_of(f, k - 1) and "Gen" in cases_of(f, k - 1):
        return k - 1
    return None


def _noun_next(f: DocFacts, k: int) -> bool:
    """Is the word after k a common noun of the same sentence (a genitive's head may follow)?"""
    j = k + 1
    return j < f.size and not f.doc[j].is_sent_start and "NOUN" in word_class_of(f, j)


def _noun_after(doc: Doc, k: int) -> int:
    """The noun an adjective at k belongs to ("vaikų kūrybinė dirbtuvė"), else the adjective itself."""
    f = facts(doc)
    for j in range(k, min(f.size, k + 4)):
        kinds = word_class_of(f, j)
        if kinds & _NOUNS:
            return j
        if "ADJ" not in kinds:
            break
    return k
