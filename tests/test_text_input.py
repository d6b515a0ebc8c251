"""Input handling: encodings, HTML to text, page boilerplate."""

from __future__ import annotations

from ltreports.text_input import boilerplate_ranges, decode, prepare

SENTENCE = "Gegužės 3 d. bibliotekoje lankėsi svečiai iš Šiaulių."


def test_utf8_with_bom() -> None:
    text, warnings = decode(b"\xef\xbb\xbf" + SENTENCE.encode())
    assert text == SENTENCE and warnings == []


def test_windows_1257() -> None:
    text, warnings = decode(SENTENCE.encode("cp1257"))
    assert text == SENTENCE
    assert warnings and "not UTF-8" in warnings[0]


def test_undecodable_bytes_warn() -> None:
    text, warnings = decode(b"Labas \xff\xfe\x00\x81 rytas")
    assert text.startswith("Labas")
    assert warnings


def test_html_main_text_kept_navigation_dropped() -> None:
    html = (
        "<html><head><title>Naujiena</title><script>var x = 1;</script></head><body>"
        "<nav><ul><li><a href='/'>Pradžia</a></li><li><a href='/k'>Kontaktai</a></li></ul></nav>"
        "<article><h1>Svečiai bibliotekoje</h1>"
        f"<p>{SENTENCE} Jie apžiūrėjo naujas bibliotekos patalpas ir parodą.</p>"
        "<p>Susitikime kalbėjo bibliotekos direktorė Ona Petraitienė apie bendrus projektus.</p></article>"
        "<footer><a href='/a'>Apie mus</a></footer></body></html>"
    )
    result = prepare(html)
    assert SENTENCE in result.text
    assert "var x" not in result.text
    assert "Kontaktai" not in result.text


def test_script_notice_and_link_list_are_boilerplate() -> None:
    text = (
        "Please ensure Javascript is enabled for purposes of website accessibility\n\n"
        f"{SENTENCE}\n\n"
        "Vilniaus rajono savivaldybės viešoji biblioteka\n"
        "Trakų viešoji biblioteka\n"
        "Elektrėnų savivaldybės viešoji biblioteka\n"
        "Lietuvos bibliotekininkų draugija\n"
        "Biblioteka visiems\n"
    )
    ranges = boilerplate_ranges(text)
    covered = lambda s: any(a <= text.index(s) and text.index(s) + len(s) <= b for a, b in ranges)  # noqa: E731
    assert covered("Please ensure Javascript")
    assert covered("Trakų viešoji biblioteka")
    assert not covered(SENTENCE)
