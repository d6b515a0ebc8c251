"""spaCy's lexical attribute functions, the same values with fewer Python steps.

spaCy makes a lexeme the first time a process meets a word, calling one function per attribute
(``Vocab.lex_attr_getters``, 23 of them): about 10 µs a word, half of the tokenizer's time on new words.
``fast_getters`` swaps the plain ones for built-in methods (``str.lower``, ``str.isalpha``,
``frozenset.__contains__``, ...) and answers the word shape and "like a URL" of letters-only words
at once; a letters-only word is no punctuation, currency, e-mail or digit string either, so those answer
at once too ("like a number" is then a look-up of the number words); ``is_stop`` and ``get_lang`` lose
their ``functools.partial``. The rest stay spaCy's. A getter is swapped only while it is spaCy's own
function, so a language's or a user's override stays. ``tests/test_language.py`` compares every value
with spaCy's.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable

from spacy import attrs
from spacy.lang import lex_attrs as spacy_attrs
from spacy.lang.lt import lex_attrs as lt_attrs
from spacy.util import _get_attr_unless_lookup

_spacy_shape = spacy_attrs.word_shape
_spacy_like_url = spacy_attrs.like_url


def word_shape(text: str) -> str:
    """``spacy.lang.lex_attrs.word_shape``: "vilniuje" → "xxxx", "Vilniuje" → "Xxxxx" without a loop."""
    n = len(text)
    if 1 < n < 100 and text.isalpha() and text[0].isupper() and text[1:].islower():
        return "X" + "xxxx"[: n - 1]
    if 0 < n < 100 and text.isalpha() and text.islower():
        return "xxxx"[:n]
    return _spacy_shape(text)


def like_url(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_url``: letters alone have no dot, "://" or "@", so are no URL."""
    return False if text.isalpha() else _spacy_like_url(text)


def is_punct(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_punct``: a letter's category is L*, never P*."""
    return False if text.isalpha() else _spacy_is_punct(text)


def is_currency(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_currency``: a letter's category is never Sc."""
    return False if text.isalpha() else _spacy_is_currency(text)


def like_email(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_email``: its pattern needs an "@"."""
    return "@" in text and _spacy_like_email(text)


_lt_like_num = lt_attrs.like_num
_LT_NUM_WORDS = lt_attrs._num_words  # (the same set: words added to it count)


def lt_like_num(text: str) -> bool:
    """``spacy.lang.lt.lex_attrs.like_num``: letters alone hold no digit (``str.isdigit`` and ``str.isalpha``
    share no character), comma, dot or slash, so only the number words remain."""
    return text.lower() in _LT_NUM_WORDS if text.isalpha() else _lt_like_num(text)


def _stop_test(stops: set[str] | frozenset[str]) -> Callable[[str], bool]:
    """``functools.partial(spacy.lang.lex_attrs.is_stop, stops=stops)`` as one function (the same set)."""
    contains = stops.__contains__

    def is_stop(string: str) -> bool:
        return contains(string.lower())

    return is_stop


def _lang_of(lang: str) -> Callable[[str], str]:
    """``functools.partial(spacy.lang.lex_attrs.get_lang, lang=lang)`` as one function."""

    def get_lang(text: str) -> str:
        return lang

    return get_lang


_spacy_is_punct = spacy_attrs.is_punct
_spacy_is_currency = spacy_attrs.is_currency
_spacy_like_email = spacy_attrs.like_email


def _norm(get: Callable[[str], str | None], string: str) -> str:
    """``_get_attr_unless_lookup(lower, (table,), string)`` with ``get = table.get`` (no value is None)."""
    found = get(string)
    return string.lower() if found is None else found


def _members(function: Callable[[str], bool], probe: str) -> frozenset[str]:
    """The tuple a ``text in (...)`` attribute function tests, read from its code's constants."""
    for const in function.__code__.co_consts:
        if isinstance(const, tuple) and probe in const:
            return frozenset(const)
    raise LookupError(function.__name__)


_SWAPS: dict[int, tuple[Callable, Callable]] = {
    attrs.LOWER: (spacy_attrs.lower, str.lower),
    attrs.PREFIX: (spacy_attrs.prefix, operator.itemgetter(0)),
    attrs.SUFFIX: (spacy_attrs.suffix, operator.itemgetter(slice(-3, None))),
    attrs.IS_ALPHA: (spacy_attrs.is_alpha, str.isalpha),
    attrs.IS_DIGIT: (spacy_attrs.is_digit, str.isdigit),
    attrs.IS_LOWER: (spacy_attrs.is_lower, str.islower),
    attrs.IS_SPACE: (spacy_attrs.is_space, str.isspace),
    attrs.IS_TITLE: (spacy_attrs.is_title, str.istitle),
    attrs.IS_UPPER: (spacy_attrs.is_upper, str.isupper),
    attrs.IS_ASCII: (spacy_attrs.is_ascii, str.isascii),
    attrs.SHAPE: (spacy_attrs.word_shape, word_shape),
    attrs.LIKE_URL: (spacy_attrs.like_url, like_url),
    attrs.IS_PUNCT: (spacy_attrs.is_punct, is_punct),
    attrs.IS_CURRENCY: (spacy_attrs.is_currency, is_currency),
    attrs.LIKE_EMAIL: (spacy_attrs.like_email, like_email),
    attrs.LIKE_NUM: (lt_attrs.like_num, lt_like_num),
}
_MEMBERSHIP = {  # attribute → (spaCy's function, one member of the tuple it tests)
    attrs.IS_BRACKET: (spacy_attrs.is_bracket, "("),
    attrs.IS_QUOTE: (spacy_attrs.is_quote, "„"),
    attrs.IS_LEFT_PUNCT: (spacy_attrs.is_left_punct, "„"),
    attrs.IS_RIGHT_PUNCT: (spacy_attrs.is_right_punct, "»"),
}


_PARTIALS = {  # attribute → (spaCy's function, its one keyword argument, the maker of the same test)
    attrs.IS_STOP: (spacy_attrs.is_stop, "stops", _stop_test),
    attrs.LANG: (spacy_attrs.get_lang, "lang", _lang_of),
}


def _is_partial(getter: object, function: Callable, keyword: str) -> bool:
    return (
        isinstance(getter, functools.partial)
        and getter.func is function
        and not getter.args
        and set(getter.keywords) == {keyword}
    )


def fast_getters(getters: dict[int, Callable]) -> dict[int, Callable]:
    """``getters`` (a vocabulary's ``lex_attr_getters``) with spaCy's plain functions swapped."""
    out = dict(getters)
    for attr, (spacy_function, fast) in _SWAPS.items():
        if out.get(attr) is spacy_function:
            out[attr] = fast
    for attr, (spacy_function, probe) in _MEMBERSHIP.items():
        if out.get(attr) is spacy_function:
            out[attr] = _members(spacy_function, probe).__contains__
    for attr, (spacy_function, keyword, make) in _PARTIALS.items():
        getter = out.get(attr)
        if _is_partial(getter, spacy_function, keyword):
            out[attr] = make(getter.keywords[keyword])
    norm = out.get(attrs.NORM)
    if (
        isinstance(norm, functools.partial)
        and norm.func is _get_attr_unless_lookup
        and len(norm.args) == 2
        and norm.args[0] is spacy_attrs.lower
        and len(norm.args[1]) == 1
        and type(norm.args[1][0]) is dict
        and not norm.keywords
    ):
        out[attrs.NORM] = functools.partial(_norm, norm.args[1][0].get)
    return out
