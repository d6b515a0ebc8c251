"""HTML input: the page title found as trafilatura's metadata finds it (without its slow date search),
and pages broken in every way still give text."""

from __future__ import annotations

import pytest

from ltreports.text_input import html_to_text, prepare

PAGES = [
    '<html><head><title>Renginys | Rokiškio biblioteka</title><meta property="og:title" content="Svečiai"></head>'
    "<body><h1>Kita</h1><p>Tekstas apie svečius.</p></body></html>",
    "<html><head><title>Susitikimas su poete – Rokiškio biblioteka</title></head><body><article><p>Vakar lankėsi "
    "poetė.</p></article></body></html>",
    '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Skaitymai filiale"}'
    "</script></head><body><p>Skaitymai vyko filiale.</p></body></html>",
    "<html><body><h1>Tik antraštė &amp; ženklai</h1><p>Pastraipa.</p></body></html>",
    "<html><body><p>Be antraštės.</p></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_title_as_trafilatura_metadata_finds_it(page: str) -> None:
    import trafilatura

    from ltreports.text_input import _title

    meta = trafilatura.extract_metadata(page)
    assert _title(page) == (meta.title if meta is not None else None)


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("</p></p>", []),
        ("<body><!", []),
        ("<svg/html</p></p>", []),
        ("<p>Kauno</p>\x00<p>biblioteka</p>", ["Kauno", "biblioteka"]),
        ("<div>" * 5000 + "Kauno biblioteka" + "</div>" * 5000, ["Kauno biblioteka"]),
        ("<html><body><!-- komentaras --><p>Vilniaus</p><script>x = 1</script><p>skaitykla</p>", ["Vilniaus"]),
    ],
)
def test_broken_html_gives_text(page: str, words: list[str]) -> None:
    result = prepare(page, kind="html")
    for word in words:
        assert word in result.text
    assert "<p>" not in result.text


def test_regex_fallback_strips_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    import ltreports.text_input as ti

    def broken(html: str) -> tuple[str, str | None]:
        return "", None

    monkeypatch.setattr(ti, "_trafilatura", broken)
    monkeypatch.setattr("lxml.html.document_fromstring", lambda html: (_ for _ in ()).throw(ValueError("x")))
    result = html_to_text("<p>Šiaulių</p><script>var a;</script><p>biblioteka &amp; skaitykla</p>")
    assert "Šiaulių" in result.text and "biblioteka & skaitykla" in result.text and "var a" not in result.text
