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

import re
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.tokens import Doc

from ..language import doc_text, doc_words
from .lexicon import Lexicon, exact, key, lexicon, plain_key

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


class Item(NamedTuple):
    """A date item of the text: its kind, characters [start, end), text, value and paragraph (a named tuple:
    made for every token, it costs a third of a frozen dataclass and is as immutable)."""

    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    para: int = 0


# What a word may give the passes after the first (``_parts``): a dot to absorb, an ordinal's suffix and a dash
# or "12-" before it (both needed by ``_spaced_ordinals``), a year counted from publication.
ABSORBS, SUFFIX, DASHED, PUBLICATION = 1, 2, 4, 16
DOTTED = 8  # a word read otherwise right before a "." ("d" "."): read again so
TENS = 32  # a tens word ("dvidešimt"), joined to an ordinal word after it by ``_compound_ordinals``
SPACED = SUFFIX | DASHED
NUMBER_DASH = re.compile(r"\d{1,2}[-–]")  # "12-", "2–": an ordinal's number with its suffix written apart


def lex(doc: Doc) -> list[Item]:
    lx = lexicon()
    text = doc_text(doc)
    breaks = [m.start() for m in BLANK_LINE.finditer(text)]
    breaks.append(len(text) + 1)  # a sentinel: no token starts past the text
    items: list[Item] = []
    append = items.append
    new = tuple.__new__  # ``Item(...)`` without its argument handling: the fields in their order
    texts, offsets = doc_words(doc)  # by index, no Token object per word
    n = len(texts)
    para = 0
    next_break = breaks[0]
    passes = 0
    for i, word in enumerate(texts):
        idx = offsets[i]
        while idx >= next_break:  # the paragraph: how many blank lines start at or before the word
            para += 1
            next_break = breaks[para]
        parts, flags = _lex_word(word)
        # "d" "." : the tokenizer leaves the dot of an unknown abbreviation apart
        if flags & DOTTED and i + 1 < n and texts[i + 1] == "." and offsets[i + 1] == idx + len(word):
            parts, flags = _lex_dotted(word)
        for kind, start, end, part, value in parts:
            append(new(Item, (kind, start + idx, end + idx, part, value, para)))
        passes |= flags
    if passes & ABSORBS:
        items = _absorb_dots(items)
    if (passes & SPACED) == SPACED:  # a suffix and a dash or "12-" before it
        items = _spaced_ordinals(items, lx)
    if passes & PUBLICATION:
        items = _publication_years(items, lx)
    if passes & TENS:
        items = _compound_ordinals(items)
    return items


def _compound_ordinals(items: list[Item]) -> list[Item]:
    """ "dvidešimt antrąją": a tens word and an ordinal word of 1-9 right after it are one ordinal (22)."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if item.kind == "ORD" and prev is not None and prev.kind == "TENS" and prev.para == item.para:
            n, case = item.value
            if n < 10 and not any(ch.isdigit() for ch in item.text):
                value = (prev.value + n, case)
                out[-1] = Item("ORD", prev.start, item.end, f"{prev.text} {item.text}", value, item.para)
                continue
        out.append(item)
    return out


Parts = tuple[tuple[tuple[str, int, int, str, Any], ...], int]


@lru_cache(maxsize=100_000)
def _lex_word(text: str) -> Parts:
    """``_parts`` of a token not right before a ".", once per spelling."""
    return _parts(text, dotted=False)


@lru_cache(maxsize=1_000)
def _lex_dotted(text: str) -> Parts:
    """``_parts`` of a token right before a "." (only a word flagged ``DOTTED`` is read so)."""
    return _parts(text, dotted=True)


def _parts(text: str, dotted: bool) -> Parts:
    """``_lex_text`` of a token at offset 0 as (kind, start, end, text, value) parts shifted to the token by ``lex``,
    and flags: which passes after the first these parts may give work (a post none of whose words gives a pass
    work is spared it), ``DOTTED`` when a "." right after the token changes its reading (``_word``'s "d"). A
    whitespace token gives no items."""
    if text.isspace():
        return (), 0
    lx = lexicon()
    if text.isalpha():  # a plain word (no digit, dash or dot) in none of the tables: what ``_word`` makes of it
        k = plain_key(text)  # remembered here, with the word's parts
        if k not in lx.spellings and text.lower() not in lx.spellings:
            return (("OTHER", 0, len(text), text, k),), _other_passes(text, k, lx)
    found = _lex_text(text, 0, lx, dotted)
    flags = DOTTED if key(text) == "d" else 0  # the only key ``_word`` reads by the dot after it
    for item in found:
        if item.kind == "OTHER":
            flags |= _other_passes(item.text, key(item.text), lx)
            if NUMBER_DASH.fullmatch(item.text):
                flags |= DASHED
        elif item.kind == "DASH":
            flags |= DASHED
        elif _absorbs_dot(item):
            flags |= ABSORBS
        elif item.kind == "TENS":
            flags |= TENS
    return tuple((item.kind, item.start, item.end, item.text, item.value) for item in found), flags


def _other_passes(text: str, k: str, lx: Lexicon) -> int:
    """The passes a plain word may give work: an ordinal's suffix written apart ("2- sios"), the first word of
    a year counted from publication ("šių", "praėjusių") or "š. m."."""
    flags = SUFFIX if k in lx.ordinal_suffixes else 0
    if k in lx.publication_years or ("." in text and PUB_ABBR.fullmatch(text)):
        flags |= PUBLICATION
    return flags


def _absorbs_dot(item: Item) -> bool:
    """A month abbreviation (a Roman numeral too) or a glued "d" that a "." right after it joins (``_absorb_dots``)."""
    return (
        ((item.kind == "MONTH" and item.value[1] in ("abbr", "roman")) or (item.kind == "DAYW" and item.value == "d"))
        and not item.text.endswith(".")
    )


def _spaced_ordinals(items: list[Item], lx: Lexicon) -> list[Item]:
    """ "2- sios", "12 – osios": one ordinal item."""
    out: list[Item] = []
    for item in items:
        suffix = lx.ordinal_suffixes.get(key(item.text)) if item.kind == "OTHER" else None
        if suffix is not None and out:
            prev = out[-1]
            if prev.kind == "OTHER" and NUMBER_DASH.fullmatch(prev.text):
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
        joins = item.kind == "OTHER" and item.text == "." and prev is not None and prev.end == item.start
        if joins and _absorbs_dot(prev):
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
    if (roman := lx.roman_months.get(text.rstrip("."))) is not None:  # "V." / "XII": upper case only
        return Item("MONTH", start, end, text, (roman, "roman"))
    if (weekday := lx.weekdays.get(e, lx.weekdays.get(k))) is not None:
        return _without_full_stop(Item("WDAY", start, end, text, weekday))
    if k in lx.relative_days:
        return _without_full_stop(Item("RELDAY", start, end, text, lx.relative_days[k]))
    if k in lx.relative_modifiers:
        return Item("RELMOD", start, end, text, lx.relative_modifiers[k])
    if (ordinal := lx.ordinal_words.get(k)) is not None:  # "trisdešimtąją": an ordinal day written as a word
        return _without_full_stop(Item("ORD", start, end, text, ordinal))
    if k in lx.tens_words:
        return Item("TENS", start, end, text, lx.tens_words[k])
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
