"""Property tests: ``extract()`` on hostile input gives a report whose offsets point into its text, or a
clear ValueError; never another exception. Plus one test per reproducer of issue 13.

The example count is bounded (``benchmarks/fuzz.py`` runs 100,000 cases)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltreports.api import MAX_CHARS, DocumentTooLarge, extract
from ltreports.schema import Report

FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# pieces of text that reach the extractors: dates, libraries, people, roles, quotes, odd digits
FRAGMENTS = [
    "Gegužės", "gegužės", "3", "d.", "2023", "m.", "vakar", "rytoj", "praėjusį", "pirmadienį", "kitą", "savaitę",
    "gruodžio", "31", "sausio", "1–3", "12-31", "2023-05-20", "XX a.", "mėn.", "penktadienį",
    "biblioteka", "bibliotekoje", "viešojoje", "viešoji", "savivaldybės", "miesto", "rajono", "apskrities",
    "Šiaulių", "Kauno", "Vilniaus", "„Šaltinio“", "padalinyje", "filiale", "skyriuje",
    "direktorė", "direktorius", "rašytoja", "lankėsi", "Jonas", "Petraitis", "Ona", "Jankauskienė",
    "²", "³", "¹⁰", "٣", "…", "–", "—", "-", ".", ",", ":", ";", "„", "“", "\"", "(", ")",
    "\n", "\n\n", "\r", "\r\n", "\t", "\u00ad", "\u200b", "\ufeff", "\x00", "e\u0301", "\ufffd",
]
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
ANY_CHAR = st.characters(exclude_categories=())  # every code point, surrogates included

unicode_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=6), SURROGATES), max_size=60
).map(" ".join)


def _html(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tag = st.sampled_from(["p", "div", "body", "html", "svg", "span", "table", "td", "script", "a", "br", "!"])
    return st.one_of(
        st.builds(lambda t, c: f"<{t}>{c}</{t}>", tag, children),
        st.builds(lambda t, c: f"<{t}>{c}", tag, children),  # never closed
        st.builds(lambda t, c: f"{c}</{t}></{t}>", tag, children),  # closed twice
        st.builds(lambda a, b: a + b, children, children),
    )


html_text = st.recursive(
    st.one_of(unicode_text, st.sampled_from(["<!", "<body><!", "<svg/html", "<!--", "-->", "<![CDATA[", "&amp;",
                                             "&#0;", "&#xD800;", "<p", "</", "<?xml", "<!DOCTYPE html>"])),
    _html, max_leaves=12,
)
cp1257_bytes = unicode_text.map(lambda t: t.encode("cp1257", errors="replace"))
published = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30", "2023-02-29", "2024-02-29"]),
)


def check(text: str | bytes, when: str | None) -> None:
    try:
        report = extract(text, published=when, include_text=True)
    except ValueError as e:  # only for a bad published date or a post over the size limit
        assert str(e) and ("published" in str(e) or isinstance(e, DocumentTooLarge)), e
        return
    check_offsets(report)


def check_offsets(report: Report) -> None:
    text = report.text
    assert text is not None
    text.encode("utf-8")  # the report can be written
    mentions = [*report.dates, *(m for p in report.people for m in p.mentions),
                *(m for lib in report.libraries for m in lib.mentions)]
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text), (m, len(text))
        assert text[m.start:m.end] == m.text, (m, text[m.start:m.end])
    for visit in report.visits:
        for e in visit.evidence:
            assert 0 <= e.start <= e.end <= len(text)
    report.to_json(include_text=True).encode("utf-8")


@FUZZ
@given(unicode_text, published)
def test_random_unicode(text: str, when: str | None) -> None:
    check(text, when)


@FUZZ
@given(st.binary(max_size=400), published)
def test_random_bytes(data: bytes, when: str | None) -> None:
    check(data, when)


@FUZZ
@given(html_text, published)
def test_malformed_html(html: str, when: str | None) -> None:
    check(html, when)


@FUZZ
@given(cp1257_bytes, published)
def test_windows_1257(data: bytes, when: str | None) -> None:
    check(data, when)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.sampled_from(["div", "p", "span", "table", "b"]), st.integers(min_value=100, max_value=20_000))
def test_deeply_nested_html(tag: str, depth: int) -> None:
    check(f"<html><body>{f'<{tag}>' * depth}Kauno biblioteka{f'</{tag}>' * depth}</body></html>", None)


@pytest.mark.parametrize("when", ["20.05.2023", "gegužės", "2023-13-01", "x"])
def test_bad_published_is_a_clear_value_error(when: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extract("Tekstas.", published=when)


# -- issue 13's reproducers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("²", None),
        ("Gegužės ² d. ³", None),
        ("Gegužės 3 d.", "9999-12-31"),
        ("Gegužės 3 d.", "0001-01-01"),
        ("Vakar ir rytoj, kitą penktadienį, gruodžio mėn. ir sausio mėn.", "9999-12-31"),
        ("Vakar, užvakar, praėjusį pirmadienį, gruodžio mėn.", "0001-01-01"),
        ("a \ud800", None),
        ("</p></p>", None),
        ("<body><!", None),
        ("<svg/html</p></p>", None),
        ("„Šaltinio“ padalinyje. Šiaulių miesto savivaldybės viešoji biblioteka.", None),
        ("Sveiki… Kauno bibliotekoje…", None),
    ],
)
def test_reproducer_gives_a_report(text: str, when: str | None) -> None:
    report = extract(text, published=when, include_text=True)
    check_offsets(report)


@pytest.mark.parametrize("when", ["9999-12-31", "0001-01-01"])
def test_calendar_ends_give_no_impossible_value(when: str) -> None:
    report = extract("Gegužės 3 d. ir gruodžio mėn., vakar ir rytoj.", published=when)
    for d in report.dates:
        assert d.value is None or d.value[:4] not in ("0000", "10000")


def test_lone_surrogate_replaced_one_for_one() -> None:
    report = extract("Kaune \ud800 vakar", include_text=True)
    assert report.text == "Kaune \ufffd vakar"
    assert any("surrogate" in w for w in report.warnings)


def test_over_the_size_limit_is_refused() -> None:
    with pytest.raises(DocumentTooLarge, match="over the limit"):
        extract("a" * (MAX_CHARS + 1))
    with pytest.raises(DocumentTooLarge, match="over the limit of 50"):
        extract("žodis " * 20, max_chars=50)


def test_raised_limit_passes_spacy_limit(nlp) -> None:
    # spaCy refuses texts over nlp.max_length (E088); a raised max_chars raises it too
    saved = nlp.max_length
    nlp.max_length = 100
    try:
        report = extract("Kaunas. " * 30, max_chars=1000)
    finally:
        nlp.max_length = saved
    assert isinstance(report, Report)


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        extract(12345)  # type: ignore[arg-type]
