"""Tokens → date items: each token (or a glued part of one, "22d", "2015-12-09Gruodžio") gets a kind.

Kinds: YEAR, NUM (a day-sized number), ISO (a numeric date), YM (numeric year-month), DRANGE ("3–4"),
ORD ("3-ąją", also spaced "2- sios", "12 – osios"), YEARSUF ("2023-ųjų"), PUBYEAR ("šių metų", "š. m.",
"praėjusių metų": the year counted from publication), MONTH, WDAY, RELDAY, RELMOD and the closed classes of
``Lexicon.words`` (DAYW, YEARW, MONTHW, MPART, FROM, TO, DASH, JOIN, TIMEW, PERIOD); anything else is
OTHER. ``para`` is the paragraph number: a date never runs over a blank line.

A word glued to markup left-overs ("[3]Gegužės", "img7_Birželio", "2015-12-09Gruodžio") is read
without them; a month glued to its day ("Spalio5 d.") is read as the two.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.attrs import IS_SPACE, SPACY
from spacy.tokens import Doc

from ..language import doc_rows, doc_text, doc_words
from ..quick_init import quick_init
from .lexicon import Lexicon, exact, key, lexicon

ISO = re.compile(r"(\d{4})([-./])(\d{1,2})\2(\d{1,2})")
YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
DAY_RANGE = re.compile(r"(\d{1,2})\s?[-–—‒](\d{1,2})")
SUFFIXED = re.compile(r"(\d{1,4})[-–](\w+)")
GLUED_DAY = re.compile(r"(\d{1,2})(d)", re.I)
MIN_YEAR, MAX_YEAR = 1000, 2999
FULL_WORDS = {"DAYW", "MONTHW", "MPART", "PERIOD"}
ABBREVIATED = {"d", "men", "m"}  # keys of day and month words written as abbreviations ("d.", "mėn.")
DASHES = (re.compile(r"([–—‒])"), re.compile(r"(-)"))
BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
PUB_ABBR = re.compile(r"(?i)š\.\s?m\.?")
GLUED = re.compile(r"(.*[\d\W_])([^\W\d_]{3,}\.?)")  # "[3]Gegužės", "img7_Birželio": markup, then a word
MONTH_DAY = re.compile(r"([^\W\d_]{3,})(\d{1,2})")  # "Spalio5": a month glued to its day


@quick_init
@dataclass(frozen=True, slots=True)
class Item:
    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    para: int = 0


def lex(doc: Doc) -> list[Item]:
    lx = lexicon()
    breaks = [m.start() for m in BLANK_LINE.finditer(doc_text(doc))]
    items: list[Item] = []
    texts, offsets = doc_words(doc)  # by index, no Token object per word
    flags = doc_rows(doc, (IS_SPACE, SPACY))
    n = len(texts)
    for i in range(n):
        is_space, spaced = flags[i]
        if is_space:
            continue
        # "geg" "." and "22d" "." : the tokenizer leaves the dot of an unknown abbreviation apart
        dotted = i + 1 < n and texts[i + 1] == "." and not spaced
        idx = offsets[i]
        para = bisect.bisect_right(breaks, idx)
        for item in _lex_word(texts[i], dotted):
            items.append(Item(item.kind, item.start + idx, item.end + idx, item.text, item.value, para))
    return _publication_years(_spaced_ordinals(_absorb_dots(items), lx), lx)


@lru_cache(maxsize=100_000)
def _lex_word(text: str, dotted: bool) -> tuple[Item, ...]:
    """``_lex_text`` of a token at offset 0, once per spelling (the items are shifted to the token)."""
    return tuple(_lex_text(text, 0, lexicon(), dotted))


def _spaced_ordinals(items: list[Item], lx: Lexicon) -> list[Item]:
    """ "2- sios", "12 – osios": one ordinal item."""
    out: list[Item] = []
    for item in items:
        suffix = lx.ordinal_suffixes.get(key(item.text)) if item.kind == "OTHER" else None
        if suffix is not None and out:
            prev = out[-1]
            if prev.kind == "OTHER" and re.fullmatch(r"\d{1,2}[-–]", prev.text):
                out[-1] = Item(
                    "ORD", prev.start, item.end, prev.text + item.text, (int(prev.text[:-1]), suffix), prev.para
                )
                continue
            if prev.kind == "DASH" and len(out) > 1 and out[-2].kind == "NUM" and out[-2].para == item.para:
                num = out[-2]
                out[-2:] = [Item("ORD", num.start, item.end, f"{num.text}-{item.text}", (num.value, suffix), num.para)]
                continue
        out.append(item)
    return out


def _publication_years(items: list[Item], lx: Lexicon) -> list[Item]:
    """ "šių metų", "š. m.", "šių m.", "praėjusių metų": PUBYEAR, value = years from publication."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if item.kind == "YEARW" and prev is not None and prev.kind == "OTHER" and prev.para == item.para:
            offset = lx.publication_years.get(key(prev.text))
            if offset is not None:
                out[-1] = Item("PUBYEAR", prev.start, item.end, f"{prev.text} {item.text}", offset, prev.para)
                continue
        if item.kind == "OTHER" and PUB_ABBR.fullmatch(item.text):  # "š.m" (its "." apart) or "š.m."
            out.append(Item("PUBYEAR", item.start, item.end, item.text, 0, item.para))
            continue
        if item.text == "." and prev is not None and prev.kind == "PUBYEAR" and prev.end == item.start:
            out[-1] = Item("PUBYEAR", prev.start, item.end, prev.text + ".", prev.value, prev.para)
            continue
        out.append(item)
    return out


def _absorb_dots(items: list[Item]) -> list[Item]:
    """Join a lone "." to a preceding month abbreviation or glued "d" ("geg" "." → "geg.")."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            item.kind == "OTHER"
            and item.text == "."
            and prev is not None
            and prev.end == item.start
            and ((prev.kind == "MONTH" and prev.value[1] == "abbr") or (prev.kind == "DAYW" and prev.value == "d"))
            and not prev.text.endswith(".")
        ):
            out[-1] = Item(prev.kind, prev.start, item.end, prev.text + ".", prev.value, prev.para)
            continue
        out.append(item)
    return out


def _lex_text(text: str, start: int, lx: Lexicon, dotted: bool) -> list[Item]:
    end = start + len(text)
    if text.isalpha():  # no digit, dash or markup: neither a numeric nor a glued form
        return [_word(text, start, end, lx, dotted)]
    if text.isdecimal():  # not isdigit(): superscripts like "²" are digits that int() refuses
        return [_number(text, start)]
    for lexer in (_lex_numeric, _lex_suffixed, _lex_dashed):
        found = lexer(text, start, lx)
        if found:
            return found
    word = _word(text, start, end, lx, dotted)
    if word.kind == "OTHER" and (glued := GLUED.fullmatch(text)):
        tail = _word(glued[2], start + len(glued[1]), end, lx, dotted)
        if tail.kind in ("MONTH", "WDAY", "RELDAY"):
            return [Item("OTHER", start, start + len(glued[1]), glued[1]), tail]
    if word.kind == "OTHER" and (glued := MONTH_DAY.fullmatch(text)):
        month = _word(glued[1], start, start + len(glued[1]), lx, False)
        if month.kind == "MONTH":  # "Spalio5 d.": the space left out
            return [month, _number(glued[2], start + len(glued[1]))]
    return [word]


def _lex_dashed(text: str, start: int, lx: Lexicon) -> list[Item]:
    """A token the tokenizer left whole around a dash: "3–birželio", "d.–birželio", "3–4-ąją"."""
    for dash in DASHES:
        parts = dash.split(text)
        if len(parts) < 3 or not all(parts):
            continue
        items: list[Item] = []
        pos = start
        for n, part in enumerate(parts):
            if n % 2:
                items.append(Item("DASH", pos, pos + len(part), part))
            else:
                items.extend(_lex_text(part, pos, lx, dotted=False))
            pos += len(part)
        if any(item.kind not in ("OTHER", "DASH") for item in items):
            return items
    return []


def _number(text: str, start: int) -> Item:
    n = int(text)
    end = start + len(text)
    if len(text) == 4 and MIN_YEAR <= n <= MAX_YEAR:
        return Item("YEAR", start, end, text, n)
    if len(text) <= 2:
        return Item("NUM", start, end, text, n)
    return Item("OTHER", start, end, text)


def _lex_numeric(text: str, start: int, lx: Lexicon) -> list[Item]:
    m = ISO.match(text)
    if m and (m.end() == len(text) or text[m.end()].isalpha()):
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
        head = Item("ISO", start, start + m.end(), m[0], (y, mo, d))
        rest = text[m.end() :]
        return [head, *(_lex_text(rest, start + m.end(), lx, False) if rest else [])]
    m = YEAR_MONTH.fullmatch(text)
    if m and 1 <= int(m[2]) <= 12:
        return [Item("YM", start, start + len(text), text, (int(m[1]), int(m[2])))]
    m = DAY_RANGE.fullmatch(text)
    if m and 1 <= int(m[1]) < int(m[2]) <= 31:
        return [Item("DRANGE", start, start + len(text), text, (int(m[1]), int(m[2])))]
    m = GLUED_DAY.fullmatch(text)
    if m:
        split = start + len(m[1])
        return [Item("NUM", start, split, m[1], int(m[1])), Item("DAYW", split, start + len(text), m[2], "d")]
    return []


def _lex_suffixed(text: str, start: int, lx: Lexicon) -> list[Item]:
    m = SUFFIXED.fullmatch(text)
    if not m:
        return []
    n, suffix = int(m[1]), key(m[2])
    end = start + len(text)
    if len(m[1]) == 4 and suffix in lx.year_suffixes:
        return [Item("YEARSUF", start, end, text, n)]
    if len(m[1]) <= 2 and suffix in lx.ordinal_suffixes:
        return [Item("ORD", start, end, text, (n, lx.ordinal_suffixes[suffix]))]
    return []


def _word(text: str, start: int, end: int, lx: Lexicon, dotted: bool) -> Item:
    k = key(text)
    e = exact(text)  # ``lookup`` inlined: the word's two spellings made once for both tables
    if (month := lx.months.get(e, lx.months.get(k))) is not None:
        return Item("MONTH", start, end, text, month)
    if (weekday := lx.weekdays.get(e, lx.weekdays.get(k))) is not None:
        return _without_full_stop(Item("WDAY", start, end, text, weekday))
    if k in lx.relative_days:
        return _without_full_stop(Item("RELDAY", start, end, text, lx.relative_days[k]))
    if k in lx.relative_modifiers:
        return Item("RELMOD", start, end, text, lx.relative_modifiers[k])
    kind = lx.words.get(k) if k else lx.words.get(text)
    if kind == "DAYW" and k == "d" and not (text.endswith(".") or dotted):
        kind = None  # a bare "d" is a day word only as "d." or glued "22d."
    item = Item(kind or "OTHER", start, end, text, k)
    return _without_full_stop(item) if kind in FULL_WORDS and k not in ABBREVIATED else item


def _without_full_stop(item: Item) -> Item:
    """ "dienomis." at a sentence end: the dot is the sentence's, not part of the date."""
    if not item.text.endswith(".") or len(item.text) < 2:
        return item
    return Item(item.kind, item.start, item.end - 1, item.text[:-1], item.value, item.para)
