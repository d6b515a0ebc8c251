"""The Lithuanian text layer: tokenizer with Lithuanian abbreviations, and sentence segmentation.

spaCy's stock ``lt`` tokenizer splits "d." into "d" and "."; here abbreviations ("d.", "m.", "val.",
"t. y.", "prof.", ...) and initials ("R.") stay whole tokens, so dates and names can be matched over
tokens and sentences do not break inside "2023 m. gegužės 3 d." or "R. Gulbinas". The language data
lives in ``data/abbreviations.yaml``.

Both functions are registered: the tokenizer as ``ltreports.Tokenizer.v1`` and the segmenter as the
``ltr_sentences`` factory, so a saved pipeline loads again with ``spacy.load``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import accumulate

import numpy
from spacy.attrs import IS_LOWER, SENT_START
from spacy.lang.lt import Lithuanian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .doc_columns import (  # noqa: F401  (re-exported: the accessors' home before doc_columns.py)
    COLUMNS,
    doc_column,
    doc_rows,
    doc_text,
    doc_words,
    keep_columns,
    last_text,
    sentence_start_offsets,
)
from .lexeme_attrs import fast_getters
from .resources import load_yaml

UPPER = "AĄBCČDEĘĖFGHIĮYJKLMNOPRSŠTUŲŪVZŽWQX"
CHUNK_CACHE = 100_000  # chunks the tokenizer keeps (spaCy's default, 10,000, fills within a few hundred posts)


NOT_START = 2**64 - 1  # ``SENT_START`` -1 ("no sentence starts here") as ``Doc.to_array`` gives it (uint64)
TEXT_IDS = 500_000  # string ids of token texts judged by the segmenter (``_trigger_ids``), then it starts over


SENTENCE_END = {".", "!", "?", "…", "...", "!..", "?.."}


@cache
def abbreviations() -> dict[str, bool]:
    """Abbreviation text -> whether it may end a sentence."""
    data = load_yaml("abbreviations.yaml")
    out: dict[str, bool] = {}
    for item in data["abbreviations"]:
        text = item["text"]
        out[text] = bool(item.get("ends_sentence", False))
    return out


@cache
def month_words() -> frozenset[str]:
    months = load_yaml("months.yaml")["months"]
    words = set()
    for m in months.values():
        words.update([m["nom"], m["gen"], m["acc"], m["loc"], *m["abbr"]])
    return frozenset(w.lower() for w in words)


def special_cases() -> dict[str, list[dict]]:
    cases: dict[str, list[dict]] = {}
    for text in abbreviations():
        forms = {text, text[:1].upper() + text[1:]}
        for form in forms:
            if " " in form:
                # multi-word abbreviations ("t. y.") are joined by the segmenter's rules, not the tokenizer:
                # each part still becomes an abbreviation token of its own
                for part in form.split(" "):
                    cases[part] = [{ORTH: part}]
            else:
                cases[form] = [{ORTH: form}]
    for letter in UPPER:
        cases[f"{letter}."] = [{ORTH: f"{letter}."}]
    for digraph in ("Ch.", "Dž.", "Dz."):
        cases[digraph] = [{ORTH: digraph}]
    return cases


class CachingTokenizer(Tokenizer):
    """spaCy's tokenizer, with every chunk (a run between whitespace) cached the first time it is seen.

    spaCy keeps a chunk's tokens in its cache only while no special case ("m.", "d.", an initial) has
    occurred earlier in the same text, so in most posts every chunk after the first abbreviation was
    split by the affix rules again, post after post. Here each chunk new to this tokenizer is tokenized
    once on its own (where the cache keeps it), then the text as before: the cache holds exactly what
    the affix rules give for that chunk, so the tokens are the same, only looked up.

    New chunks go in as few calls as may be (each call makes a Doc), joined by spaces: first the chunks
    of letters only that are no special case (with the ``AffixPattern`` functions no affix or URL pattern
    matches them, so each is one token and none is a special case, which is what would stop spaCy caching
    the chunks after it), then the other chunks in which no special case can be left once the affixes
    are cut (``_may_hold_special``). A chunk that is a special case itself is never cached: it is skipped.
    Whether a chunk is cached changes only the speed, never the tokens: spaCy caches what its affix
    rules give for the chunk alone, whatever came before it in the text."""

    def __call__(self, string: str) -> Doc:
        try:
            known = self._known_chunks
        except AttributeError:
            known = self._known_chunks = set()
        new = set(string.split()) - known
        if new and len(known) < self.max_cache_size:
            rules = self.rules
            rest = [chunk for chunk in new if chunk not in rules]
            joined: list[str] = []
            if self._letters_alone():
                joined = [chunk for chunk in rest if chunk.isalpha()]
                if joined:
                    rest = [chunk for chunk in rest if not chunk.isalpha()]
            alone = []
            for chunk in rest:
                (alone if _may_hold_special(chunk, rules) else joined).append(chunk)
            if joined:
                Tokenizer.__call__(self, " ".join(joined))
            for chunk in alone:
                Tokenizer.__call__(self, chunk)
            known.update(new)
        doc = Tokenizer.__call__(self, string)
        last_text.text, last_text.doc = string, doc  # ``doc_text``: spaCy's tokens give back the text exactly
        return doc

    def _letters_alone(self) -> bool:
        """Whether every affix and URL function is an ``AffixPattern``'s (letters alone match none)."""
        functions = (self.prefix_search, self.suffix_search, self.infix_finditer, self.url_match)
        return all(isinstance(getattr(f, "__self__", None), AffixPattern) for f in functions)


WORD_CORE = re.compile(r"\w(?:.*\w)?", re.S)  # from a chunk's first letter or digit to its last


def _may_hold_special(chunk: str, rules: dict) -> bool:
    """Whether cutting prefixes and suffixes off ``chunk`` may leave a special case ("(d." → "d.",
    "ir," → "ir"), which stops spaCy caching the chunks after it in the same text: True when a part of
    the chunk from before its first letter or digit to after its last is a special case (the affixes
    of the Lithuanian rules are punctuation and symbols), or when it holds no letter or digit."""
    core = WORD_CORE.search(chunk)
    if core is None:
        return True
    first, last = core.span()
    for i in range(first + 1):
        for j in range(last, len(chunk) + 1):
            if chunk[i:j] in rules:
                return True
    return False


class AffixPattern:
    """A compiled prefix, suffix, infix or URL pattern that answers "no match" at once for letters only.

    Every alternative of spaCy's Lithuanian affix patterns (and of the glued prefixes, "prof.") takes
    at least one character that is no letter (punctuation, a symbol, a digit's unit only after a digit),
    and a URL needs a dot, "://" or "@", so a chunk for which ``str.isalpha()`` holds never matches; the
    regular expressions, tried at every position (the URL's with backtracking), were most of the
    tokenizer's time on words it has not cached (``tests/test_language.py`` checks the claim on every
    letter of Unicode). ``pattern`` is the regular expression's, so spaCy serializes the tokenizer as
    before."""

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self._search = regex.search
        self._match = regex.match
        self._finditer = regex.finditer

    def search(self, text: str) -> re.Match | None:
        return None if text.isalpha() else self._search(text)

    def match(self, text: str) -> re.Match | None:
        return None if text.isalpha() else self._match(text)

    def finditer(self, text: str):
        return () if text.isalpha() else self._finditer(text)

    def __reduce__(self):
        return (AffixPattern, (self.regex,))


@registry.tokenizers("ltreports.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        nlp.vocab.lex_attr_getters = fast_getters(nlp.vocab.lex_attr_getters)  # the same values, sooner
        base = Lithuanian.Defaults
        glued = load_yaml("abbreviations.yaml").get("glued_prefixes", [])
        glued_rx = [rf"(?i:{re.escape(g)})(?=\w)" for g in glued]
        prefixes = compile_prefix_regex([*glued_rx, *base.prefixes])
        tok = CachingTokenizer(
            nlp.vocab,
            rules={**base.tokenizer_exceptions, **special_cases()},
            prefix_search=AffixPattern(prefixes).search,
            suffix_search=AffixPattern(compile_suffix_regex(base.suffixes)).search,
            infix_finditer=AffixPattern(compile_infix_regex(base.infixes)).finditer,
            token_match=base.token_match,
            url_match=AffixPattern(base.url_match.__self__).match,
            max_cache_size=CHUNK_CACHE,
        )
        return tok

    return make


class SentenceSegmenter:
    """Rule-based sentence boundaries that respect abbreviations, initials and paragraphs.

    - a blank line (paragraph break) always ends a sentence;
    - ".", "!", "?" end a sentence when what follows starts like a sentence;
    - a single line break ends a sentence after sentence punctuation, or after a short title-like line;
    - an abbreviation ends a sentence only if it may ("d.", "m.", "kt.") and the sentence so far holds
      more than the date it closes, and a capitalized word follows;
    - initials ("R.") never end a sentence.
    """

    def __init__(self, short_line: int = 60) -> None:
        self.short_line = short_line

    def __call__(self, doc: Doc) -> Doc:
        """Only the tokens after sentence punctuation, an abbreviation that may end a sentence or a line
        break are looked at, in text order; the starts are written at once (``Doc.from_array``), since
        ``Token.is_sent_start = ...`` checks the whole Doc for a parse on every assignment."""
        n = len(doc)
        if n == 0:
            return doc
        abbrs = abbreviations()
        # token attributes read by index from one array, a list per attribute (no Token object per token):
        # the ``COLUMNS`` but the last, the sentence starts, written here
        columns = doc.to_array(COLUMNS[:-1]).T.tolist()
        orths, offsets, spacy, spaces, alpha, _, lowers = columns
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in orths]
        if last_text.doc is doc:
            text = last_text.text  # the tokenizer's own string
        else:
            text = "".join([t + " " if s else t for t, s in zip(texts, spacy, strict=True)])
            last_text.text, last_text.doc = text, doc  # the same string as ``doc.text``
        tokens = _Tokens(doc, texts, offsets)
        lowered: list[int] | None = None  # lowered[k]: lower-case words other than month names before k
        ends, line_breaks = _trigger_ids(orths, strings, abbrs)
        triggers = [k for k, orth in enumerate(orths) if orth in ends or (orth in line_breaks and spaces[k])]
        starts = [NOT_START] * n
        starts[0] = 1
        sent_start = 0
        i = 0  # the last token looked at
        for k in triggers:
            if k < i:
                continue  # a line break between the last token looked at and the word before it
            i = k + 1
            while i < n and spaces[i]:
                i += 1
            if i == n:
                break
            last = i - 1  # the last non-space token before i, and the line breaks after it
            newlines = 0
            while last >= 0 and spaces[last]:
                newlines += texts[last].count("\n")
                last -= 1
            if last < 0:
                continue
            before = texts[last]
            if newlines >= 2:
                start = True
            elif newlines == 1:
                start = self._line_break_ends(text, tokens[last], tokens[i])
            elif before in SENTENCE_END or before.endswith(("!", "?")):
                start = _looks_like_start(tokens[i])
            elif abbrs.get(before) and _looks_like_start(tokens[i]) and texts[i][:1].isupper():
                if lowered is None:
                    lowered = _lowered_words(doc, orths, texts, alpha, lowers)
                start = lowered[last] - lowered[sent_start] > 0
            else:
                start = False
            if start:
                starts[i] = 1
                sent_start = i
        doc.from_array([SENT_START], numpy.array(starts, dtype="uint64"))
        columns.append(starts)  # ``SENT_START`` as ``to_array`` reads it now
        keep_columns(doc, columns, texts)  # ``doc_column``, ``doc_words``
        return doc

    def _line_break_ends(self, text: str, last, tok) -> bool:
        if last.text in SENTENCE_END or last.text[-1:] in "!?:;" or last.text in {"“", "\"", "”"}:
            return True
        if not (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text[:1] in "-–•*„\""):
            return False
        if last.text[-1:] in ",-–(" or (last.is_lower and last.text in {"ir", "bei", "su", "ar"}):
            return False
        line_start = text.rfind("\n", 0, last.idx) + 1
        return (last.idx + len(last.text) - line_start) <= self.short_line


class _Tok:
    """What the segmenter reads of a token: text, idx, is_lower (read from the Doc when asked)."""

    __slots__ = ("doc", "i", "idx", "text")

    def __init__(self, doc: Doc, i: int, text: str, idx: int) -> None:
        self.doc, self.i, self.text, self.idx = doc, i, text, idx

    @property
    def is_lower(self) -> bool:
        return self.doc[self.i].is_lower


class _Tokens:
    """``tokens[i]`` as a light ``_Tok`` made on demand from the Doc's columns."""

    def __init__(self, doc: Doc, texts: list[str], offsets: list[int]) -> None:
        self.doc, self.texts, self.offsets = doc, texts, offsets

    def __getitem__(self, i: int) -> _Tok:
        return _Tok(self.doc, i, self.texts[i], self.offsets[i])


_judged: set[int] = set()  # string ids whose texts were sorted into the two sets below
_ends: set[int] = set()  # string ids of texts that may end a sentence (punctuation, an abbreviation)
_line_breaks: set[int] = set()  # string ids of texts holding a line break


def _trigger_ids(orths: list[int], strings, abbrs: dict[str, bool]) -> tuple[set[int], set[int]]:
    """The string ids of texts after which a sentence may start (sentence punctuation, an abbreviation that
    may end one) and of texts holding a line break (a sentence starts after them only on a space token),
    decided once per text (with ``abbreviations()``, read once per process)."""
    new = set(orths).difference(_judged)
    if new:
        if len(_judged) > TEXT_IDS:
            _judged.clear()
            _ends.clear()
            _line_breaks.clear()
            new = set(orths)
        for orth in new:
            t = strings[orth]
            if t in SENTENCE_END or t.endswith(("!", "?")) or abbrs.get(t):
                _ends.add(orth)
            if "\n" in t:
                _line_breaks.add(orth)
        _judged.update(new)
    return _ends, _line_breaks


def _lowered_words(doc: Doc, orths: list[int], texts: list[str], alpha: list[int], lowers: list[int]) -> list[int]:
    """lowered[k]: how many tokens before k are lower-case words other than month names."""
    months = month_words()
    strings = doc.vocab.strings
    rows = zip(doc.to_array(IS_LOWER).tolist(), alpha, lowers, orths, texts, strict=True)
    return [0, *accumulate(a and low and (t if w == o else strings[w]) not in months for low, a, w, o, t in rows)]


def _looks_like_start(tok) -> bool:
    ch = tok.text[:1]
    return ch.isupper() or ch.isdigit() or ch in "„\"“«(–-—*•"


@Language.factory("ltr_sentences", default_config={"short_line": 60})
def make_sentence_segmenter(nlp: Language, name: str, short_line: int) -> SentenceSegmenter:
    return SentenceSegmenter(short_line=short_line)
