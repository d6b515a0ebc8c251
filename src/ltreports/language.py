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

from spacy.lang.lt import Lithuanian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .resources import load_yaml

UPPER = "AĄBCČDEĘĖFGHIĮYJKLMNOPRSŠTUŲŪVZŽWQX"
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


@registry.tokenizers("ltreports.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        base = Lithuanian.Defaults
        glued = load_yaml("abbreviations.yaml").get("glued_prefixes", [])
        glued_rx = [rf"(?i:{re.escape(g)})(?=\w)" for g in glued]
        prefixes = compile_prefix_regex([*glued_rx, *base.prefixes])
        tok = Tokenizer(
            nlp.vocab,
            rules={**base.tokenizer_exceptions, **special_cases()},
            prefix_search=prefixes.search,
            suffix_search=compile_suffix_regex(base.suffixes).search,
            infix_finditer=compile_infix_regex(base.infixes).finditer,
            token_match=base.token_match,
            url_match=base.url_match,
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
        abbrs = abbreviations()
        months = month_words()
        if len(doc) == 0:
            return doc
        doc[0].is_sent_start = True
        sent_start = 0
        for i in range(1, len(doc)):
            prev, tok = doc[i - 1], doc[i]
            start = False
            if tok.is_space:
                tok.is_sent_start = False
                continue
            # the last non-space token before this one, and the whitespace between
            j = i - 1
            newlines = 0
            while j >= 0 and doc[j].is_space:
                newlines += doc[j].text.count("\n")
                j -= 1
            newlines += prev.whitespace_.count("\n") if not prev.is_space else 0
            last = doc[j] if j >= 0 else None
            if last is None:
                start = False
            elif newlines >= 2:
                start = True
            elif newlines == 1:
                start = self._line_break_ends(doc, last, tok)
            elif last.text in SENTENCE_END or last.text.endswith(("!", "?")):
                start = _looks_like_start(tok)
            elif last.text in abbrs and abbrs[last.text] and _looks_like_start(tok) and tok.text[:1].isupper():
                content = [t for t in doc[sent_start:j] if t.is_alpha and t.lower_ not in months]
                start = any(t.is_lower for t in content)
            tok.is_sent_start = start
            if start:
                sent_start = i
        return doc

    def _line_break_ends(self, doc: Doc, last, tok) -> bool:
        if last.text in SENTENCE_END or last.text[-1:] in "!?:;" or last.text in {"“", "\"", "”"}:
            return True
        if not (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text[:1] in "-–•*„\""):
            return False
        if last.text[-1:] in ",-–(" or (last.is_lower and last.text in {"ir", "bei", "su", "ar"}):
            return False
        line_start = doc.text.rfind("\n", 0, last.idx) + 1
        return (last.idx + len(last.text) - line_start) <= self.short_line


def _looks_like_start(tok) -> bool:
    ch = tok.text[:1]
    return ch.isupper() or ch.isdigit() or ch in "„\"“«(–-—*•"


@Language.factory("ltr_sentences", default_config={"short_line": 60})
def make_sentence_segmenter(nlp: Language, name: str, short_line: int) -> SentenceSegmenter:
    return SentenceSegmenter(short_line=short_line)
