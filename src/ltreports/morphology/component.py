"""Pipeline component ``ltr_morphology``: dictionary analyses on every token (``token._.ltr_analyses``)
and the final ``token.lemma_``.

The lemma: Hunspell readings first, the trained tagger's UPOS and Case/Gender/Number choosing among
them; for words the dictionary lacks, the trained lemmatizer's lemma (or, for capitalized words and
without a trained model, the best suffix-paradigm guess agreeing with the tagger). When no dictionary
reading fits the tagger's UPOS, ``fix_pos`` lets the dictionary correct it.
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy
from spacy.attrs import IS_ALPHA, IS_PUNCT, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..doc_columns import doc_column, doc_words
from ..resources import load_yaml
from .analyzer import Analysis, Analyzer, get_analyzer
from .lemma_sets import (  # noqa: F401  (re-exported: their home before lemma_sets.py)
    LEMMA_SET_MEMO,
    _lemmas_of,
    doc_analyses,
    doc_lemma_sets,
    forget_lemma_sets,
    keep_annotation,
    token_analyses,
    token_lemmas,
)

FEATURES = ("Case", "Gender", "Number")
LEMMA_IDS = 200_000  # untagged lemma ids kept per annotator
UD_FEATURE_VALUES = {"Sing": "Sg", "Plur": "Pl", "Ins": "Inst"}


@cache
def upos_table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    data = load_yaml("morph_tags.yaml")
    table = {k: tuple(v) for k, v in data["dictionary_to_upos"].items()}
    return table, frozenset(data["proper_kinds"])


@cache
def preferred_lemmas() -> frozenset[str]:
    return frozenset(load_yaml("morph_tags.yaml").get("preferred_lemmas", ()))


def proper_context(token: Token) -> bool:
    """A capitalized word (Title case) not at the start of a sentence: likely a name."""
    text = token.text
    if not text[:1].isupper() or (text.isupper() and len(text) > 1):
        return False
    if token.i == 0 or token.is_sent_start:
        return False
    previous = token.nbor(-1)
    return not (previous.is_punct and previous.text in {".", "!", "?", "…", "\"", "„", "“", "-", "–", ":"})


def _proper_context_at(texts: list[str], punct: list[int], sent_start: list[int], i: int) -> bool:
    """``proper_context(doc[i])`` from the Doc's columns: texts, IS_PUNCT and SENT_START by index."""
    text = texts[i]
    if not text[:1].isupper() or (text.isupper() and len(text) > 1):
        return False
    if i == 0 or sent_start[i] == 1:
        return False
    return not (punct[i - 1] and texts[i - 1] in {".", "!", "?", "…", "\"", "„", "“", "-", "–", ":"})


def analysis_upos(a: Analysis) -> tuple[str, ...]:
    """UD UPOS values a dictionary reading is compatible with, most likely first."""
    table, proper = upos_table()
    if a.pos == "noun":
        return ("PROPN", "NOUN") if a.kind in proper else ("NOUN", "PROPN")
    if a.pos == "verb" and any(t.startswith(("Part", "Ger", "Half")) for t in a.tags):
        return ("VERB", "ADJ", "AUX")
    return table.get(a.pos, ())


def token_features(token: Token) -> dict[str, str]:
    morph = token.morph.to_dict()  # one call: MorphAnalysis.get() per feature is slow
    feats: dict[str, str] = {}
    for name in FEATURES:
        value = morph.get(name)
        if value:
            first = value.split(",")[0]
            feats[name] = UD_FEATURE_VALUES.get(first, first)
    return feats


def score(a: Analysis, upos: str, feats: dict[str, str], capitalized: bool, name_context: bool = False) -> float:
    """How well a reading fits the tagger's UPOS and features (higher is better)."""
    s = 0.0
    if name_context:
        s += 1.5 if a.kind in upos_table()[1] else 0.0
    if a.lemma in preferred_lemmas():
        s += 0.75
    if upos:  # (without a tagger, no UPOS and no features: the common case skips both)
        compatible = analysis_upos(a)
        if compatible:
            if upos == compatible[0]:
                s += 3.0
            elif upos in compatible:
                s += 2.0
    if feats:
        for name, value in (("Case", a.case), ("Gender", a.gender), ("Number", a.number)):
            if value is not None and feats.get(name) == value:
                s += 1.0
    if not upos and capitalized and a.kind is not None:
        s += 0.5
    if capitalized and a.kind in ("proper", "place"):
        s += 1.0  # a capitalized word is rather "Kalėdos", "Panemunė" than "kalėda", "panemunė"
    if a.kind == "family_name" and a.number == "Pl":
        s -= 1.0  # a family in the plural ("Kalėdos" = the Kalėdas) is rare outside names
    if a.source == "dictionary":
        s += 0.5
    return s


def choose(
    analyses: tuple[Analysis, ...],
    upos: str,
    feats: dict[str, str],
    capitalized: bool,
    name_context: bool = False,
) -> Analysis | None:
    """The reading that fits the tagger best (the first reading on ties)."""
    best: Analysis | None = None
    best_score = float("-inf")
    for a in analyses:
        s = score(a, upos, feats, capitalized, name_context)
        if s > best_score:
            best, best_score = a, s
    return best


def case_lemma(lemma: str, upos: str, text: str, kind: str | None = None) -> str:
    """UD lemmas: proper nouns capitalized as in the text, other words lower-cased."""
    if kind in upos_table()[1] and text[:1].isupper():
        return lemma
    if upos == "PROPN" or (not upos and text[:1].isupper() and lemma[:1].isupper()):
        return lemma[:1].upper() + lemma[1:] if text[:1].isupper() else lemma
    if lemma[:1].isupper() and not lemma.isupper() and upos not in ("PROPN", ""):
        return lemma.lower()
    return lemma


class MorphologyAnnotator:
    def __init__(self, set_lemmas: bool = True, fix_pos: bool = True) -> None:
        self.set_lemmas = set_lemmas
        self.fix_pos = fix_pos

    def __call__(self, doc: Doc) -> Doc:
        analyzer = get_analyzer()
        forget_lemma_sets()
        n = len(doc)
        recorded: list[tuple[Analysis, ...] | None] = [None] * n
        # token attributes read by index from the Doc's columns (``doc_column``); a Token object only where
        # a tagger annotated
        texts, offsets = doc_words(doc)  # every token's text and offset, as the segmenter read them
        orths, alpha = doc_column(doc, ORTH), doc_column(doc, IS_ALPHA)
        punct, sent_start = doc_column(doc, IS_PUNCT), doc_column(doc, SENT_START)
        tagger = doc.to_array([LEMMA, POS, MORPH])
        tagged = tagger.T.tolist() if tagger.any() else None  # without a tagger: all 0, no list to read
        lemmas = list(tagged[0]) if tagged is not None else [0] * n
        strings = doc.vocab.strings
        user_data = doc.user_data
        plain_ids, name_ids, plain_sets, name_sets, other_sets = self._tables(analyzer, doc)
        set_lemmas = self.set_lemmas
        analyze = analyzer.analyze
        # without a tagger each token's lemma set (``token_lemmas``) is made here too
        sets: list[frozenset[str]] | None = [] if tagged is None and set_lemmas else None
        lowers = doc_column(doc, LOWER)
        keep = len(plain_ids) + len(name_ids) + len(other_sets) < LEMMA_IDS and not doc.vocab.in_memory_zone
        if sets is not None:
            # no tagger ran: a token's lemma (and lemma set) depends on the word and its place only, decided
            # once per word (in a name's place only a capitalized word can be: the test is made for those)
            for i, text in enumerate(texts):
                if alpha[i] or ("-" in text and any(ch.isalpha() for ch in text)):
                    analyses = analyze(text)
                    user_data[("._.", "ltr_analyses", offsets[i], None)] = analyses  # ``token._.ltr_analyses``
                    recorded[i] = analyses
                    if text[:1].isupper() and _proper_context_at(texts, punct, sent_start, i):
                        name, table, table_sets = True, name_ids, name_sets
                    else:
                        name, table, table_sets = False, plain_ids, plain_sets
                    lemma_id = table.get(text)
                    if lemma_id is None:
                        lemma = untagged_lemma(analyzer, text, name)
                        lemma_id = strings.add(lemma)
                        made = _lemma_set(strings[lowers[i]], lemma, analyses)
                        if keep:
                            table[text] = lemma_id
                            table_sets[text] = made
                    else:
                        made = table_sets[text]
                else:
                    lemma_id = orths[i]  # punctuation, numbers: the word itself (its ORTH id is the text's)
                    made = other_sets.get(text)
                    if made is None:
                        made = _lemma_set(strings[lowers[i]], text, None)
                        if keep:
                            other_sets[text] = made
                lemmas[i] = lemma_id
                sets.append(made)
        else:  # a tagger ran, or no lemmas are set: token by token
            for i, text in enumerate(texts):
                if not (alpha[i] or ("-" in text and any(ch.isalpha() for ch in text))):
                    if set_lemmas and not lemmas[i]:
                        lemmas[i] = orths[i]
                    continue
                analyses = analyze(text)
                user_data[("._.", "ltr_analyses", offsets[i], None)] = analyses
                recorded[i] = analyses
                if not set_lemmas:
                    continue
                if not (tagged[1][i] or tagged[0][i] or tagged[2][i]):  # a token the tagger left alone
                    name = text[:1].isupper() and _proper_context_at(texts, punct, sent_start, i)
                    table = name_ids if name else plain_ids
                    lemma_id = table.get(text)
                    if lemma_id is None:
                        lemma = untagged_lemma(analyzer, text, name)
                        lemma_id = strings.add(lemma)
                        if keep:
                            table[text] = lemma_id
                            (name_sets if name else plain_sets)[text] = _lemma_set(strings[lowers[i]], lemma, analyses)
                    lemmas[i] = lemma_id
                    continue
                token = doc[i]
                self.annotate(token, analyses)
                lemmas[i] = token.lemma
        if set_lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        keep_annotation(doc, recorded, lemmas if set_lemmas else None, sets)
        return doc

    def _tables(self, analyzer: Analyzer, doc: Doc) -> tuple[dict[str, int], dict[str, int], dict[str, frozenset[str]],
                                                              dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """For this analyzer and vocabulary, without a tagger: word → the string id of its lemma out of a
        name's place and in one, its lemma set in each, and the lemma set of a word without readings (the
        strings stay in the vocabulary: what is made inside a ``memory_zone`` is not kept)."""
        owner = getattr(self, "_tables_owner", (None, None))
        if owner[0] is not analyzer or owner[1] is not doc.vocab:
            self._tables_owner, self._lemma_tables = (analyzer, doc.vocab), ({}, {}, {}, {}, {})
        return self._lemma_tables

    def annotate(self, token: Token, analyses: tuple[Analysis, ...]) -> None:
        upos = token.pos_ if token.pos else ""
        feats = token_features(token)
        capitalized = token.text[:1].isupper()
        name_context = proper_context(token)
        trained_lemma = token.lemma_ if token.lemma else ""
        dictionary = tuple(a for a in analyses if a.source == "dictionary")
        if dictionary:
            best = choose(dictionary, upos, feats, capitalized, name_context)
            assert best is not None
            if self.fix_pos and upos:
                if not any(upos in analysis_upos(a) for a in dictionary):
                    compatible = analysis_upos(best)
                    if compatible and upos not in ("PROPN", "X", "SYM", "PUNCT", "NUM"):
                        upos = compatible[0]
                        token.pos_ = upos
                if name_context and best.kind in upos_table()[1] and upos in ("NOUN", "X"):
                    upos = "PROPN"
                    token.pos_ = upos
            token.lemma_ = case_lemma(best.lemma, upos, token.text, best.kind)
            return
        if trained_lemma and not (capitalized and (name_context or upos in ("PROPN", ""))):
            return  # the trained lemmatizer's lemma stays
        best = choose(analyses, upos, feats, capitalized, name_context)
        if best is not None and best.case is not None:
            if self.fix_pos and name_context and upos in ("NOUN", "X", "ADJ"):
                upos = "PROPN"  # an unknown capitalized word inside a sentence: a name
                token.pos_ = upos
            token.lemma_ = case_lemma(best.lemma, upos, token.text, best.kind)
        elif not trained_lemma:
            token.lemma_ = token.text if capitalized else token.text.lower()


def _lemma_set(lower: str, lemma: str, analyses: tuple[Analysis, ...] | None) -> frozenset[str]:
    """``token_lemmas`` of a token from its lower-cased form, its lemma and its readings."""
    found = {lower}
    if lemma:
        found.add(lemma.lower())
    if analyses:
        found.update(a.lemma.lower() for a in analyses)
    return frozenset(found)


@lru_cache(maxsize=200_000)
def untagged_lemma(analyzer: Analyzer, text: str, name_context: bool) -> str:
    """``MorphologyAnnotator.annotate`` for a token no tagger has annotated (no POS, features or lemma)."""
    analyses = analyzer.analyze(text)
    capitalized = text[:1].isupper()
    dictionary = [a for a in analyses if a.source == "dictionary"]
    best = choose_untagged(dictionary or analyses, capitalized, name_context)
    if best is not None and (dictionary or best.case is not None):
        return case_lemma(best.lemma, "", text, best.kind)
    return text if capitalized else text.lower()


def choose_untagged(
    analyses: tuple[Analysis, ...] | list[Analysis], capitalized: bool, name_context: bool
) -> Analysis | None:
    """``choose(analyses, "", {}, capitalized, name_context)``: without a tagger's UPOS and features only the
    reading's own fields score, read once each. Every term is a multiple of a quarter, so the sums are
    exact whatever their order: the same scores, the same (first) best reading."""
    proper = upos_table()[1]
    preferred = preferred_lemmas()
    best: Analysis | None = None
    best_score = float("-inf")
    for a in analyses:
        kind = a.kind
        s = 1.5 if name_context and kind in proper else 0.0
        if a.lemma in preferred:
            s += 0.75
        if capitalized and kind is not None:
            s += 1.5 if kind == "proper" or kind == "place" else 0.5
        if kind == "family_name" and a.number == "Pl":
            s -= 1.0
        if a.source == "dictionary":
            s += 0.5
        if s > best_score:
            best, best_score = a, s
    return best


@Language.factory(
    "ltr_morphology",
    default_config={"set_lemmas": True, "fix_pos": True},
)
def make_morphology(nlp: Language, name: str, set_lemmas: bool = True, fix_pos: bool = True) -> MorphologyAnnotator:
    return MorphologyAnnotator(set_lemmas=set_lemmas, fix_pos=fix_pos)
