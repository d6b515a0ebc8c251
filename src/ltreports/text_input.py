"""Input → text: decoding bytes, HTML to text, and marking page boilerplate.

Offsets in every report refer to the text this module returns. Plain text is kept as it is (only
decoded, with line ends unified, diacritics composed and invisible in-word characters removed);
boilerplate (a script notice, a trailing navigation list) is *marked* as character ranges, not cut,
so offsets stay valid and extractors skip it.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from charset_normalizer import from_bytes
from spacy.language import Language
from spacy.tokens import Doc

from .resources import load_yaml

HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<div|<p[\s>]|<article|<section)", re.I)
ENCODINGS = ("utf-8", "cp1257", "iso8859_13")
SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class InputText:
    text: str
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD from the page's metadata (HTML input)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes → str. UTF-8 (with or without BOM) first, then Windows-1257 / ISO-8859-13 as detected.

    Never raises: undecodable bytes become U+FFFD and a warning says so.
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(ENCODINGS)).best()
    if best is not None and best.encoding in ENCODINGS:
        warnings.append(f"input is not UTF-8; decoded as {best.encoding}")
        return str(best), warnings
    warnings.append("input has bytes that are not valid UTF-8 or a Baltic encoding; they were replaced by '\ufffd'")
    return data.decode("utf-8", errors="replace"), warnings


def looks_like_html(text: str) -> bool:
    return bool(HTML_SNIFF.match(text[:2000])) or text.count("</p>") + text.count("<br") >= 2


def html_to_text(html: str) -> InputText:
    """The main text of an HTML page (navigation, link lists, scripts dropped) via trafilatura.

    Broken markup never raises: when trafilatura fails or finds no main text, all of the page's text
    is used (lxml), and when lxml cannot parse it either, the tags are stripped by a regular expression.
    """
    warnings: list[str] = []
    text, title = _trafilatura(html)
    if not text:
        text = _all_text(html)
        if text.strip():
            warnings.append("could not find a main text in the HTML; used all of its text")
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return InputText(text=text, title=title, warnings=warnings, published=_head_date(html))


HEAD_END = re.compile(r"</head\s*>", re.I)


def _head_date(html: str) -> str | None:
    """The publication date the page's metadata states (``article:published_time``, ``date`` meta tags,
    JSON-LD in the head) as YYYY-MM-DD, else None. Only the head is read: dates in the body are the
    events the post reports, not its publication."""
    end = HEAD_END.search(html)
    if end is None:
        return None
    try:
        from htmldate import find_date

        return find_date(html[: end.end()] + "<body></body></html>", extensive_search=False, original_date=True,
                         outputformat="%Y-%m-%d")
    except Exception:  # broken metadata is no reason to lose the post
        return None


def _trafilatura(html: str) -> tuple[str, str | None]:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    except Exception:  # lxml and htmldate fail on some broken pages ("</p></p>", "<body><!")
        text = ""
    return text, _title(html)


def _title(html: str) -> str | None:
    """The page title as ``trafilatura.extract_metadata`` finds it (meta tags, JSON-LD, <title>/<h1>),
    without the rest of its work: its date search can call dateparser, a second per page."""
    try:
        from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
        from trafilatura.utils import load_html
    except ImportError:  # another trafilatura layout: the public, slower call
        import trafilatura

        try:
            meta = trafilatura.extract_metadata(html)
        except Exception:
            return None
        return meta.title if meta is not None else None
    try:
        tree = load_html(html)
        if tree is None:
            return None
        meta = examine_meta(tree)
        with contextlib.suppress(Exception):  # as extract_metadata does: JSON-LD bugs are ignored
            meta = extract_meta_json(tree, meta)
        meta.title = meta.title or extract_title(tree)
        meta.clean_and_trim()
        return meta.title
    except Exception:
        return None


TAG = re.compile(r"<!--.*?(?:-->|$)|<(script|style)\b.*?(?:</\1\s*>|$)|<[^>]*>?", re.I | re.S)


def _all_text(html: str) -> str:
    """Every text node of the page; the tags stripped by a regular expression when lxml fails."""
    if not html.strip():
        return ""
    import html as html_lib

    try:
        from lxml import html as lxml_html

        # huge_tree: libxml2 otherwise drops what lies deeper than 256 elements
        root = lxml_html.document_fromstring(html, parser=lxml_html.HTMLParser(huge_tree=True))
        text = "".join(root.itertext())
    except Exception:  # an empty document, NUL characters, a comment as the only node
        text = ""
    return text if text.strip() else html_lib.unescape(TAG.sub(" ", html))


# invisible characters that web pages put inside words: soft hyphen, zero-width space/joiners, word joiner
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalize(text: str) -> str:
    """Composed diacritics (NFC: "ū" as one character, as the dictionary has it) and no invisible
    characters inside words ("Jankauskie\u00adnė"), so that words are found whatever the page did."""
    text = INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text) if not unicodedata.is_normalized("NFC", text) else text


def prepare(raw: str | bytes, *, kind: str | None = None) -> InputText:
    """Raw input (bytes or str, plain text or HTML) → the text that will be analysed."""
    warnings: list[str] = []
    if isinstance(raw, bytes):
        raw, warnings = decode(raw)
    raw = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if SURROGATE.search(raw):  # from broken JSON escapes ("\\ud800"): no encoder takes them; one for one keeps offsets
        raw = SURROGATE.sub("\ufffd", raw)
        warnings = [*warnings, "the text has lone surrogates (broken \\u escapes); they were replaced by '\ufffd'"]
    raw = normalize(raw)
    if kind == "html" or (kind is None and looks_like_html(raw)):
        result = html_to_text(raw)
        result.warnings[:0] = warnings
        return result
    return InputText(text=raw, warnings=warnings)


def read_path(path: Path) -> InputText:
    kind = "html" if path.suffix.lower() in {".html", ".htm"} else None
    return prepare(path.read_bytes(), kind=kind)


# "Koncertas – dainininkė Ieva Narkutė": a line of a programme or a caption, not a link in a menu
SPACED_DASH = re.compile(r"\s[–—-]\s")


@cache
def _boilerplate_rules() -> tuple[re.Pattern[str], int, int]:
    data = load_yaml("boilerplate.yaml")
    rx = re.compile("|".join(f"(?:{p})" for p in data["line_patterns"]), re.I)
    return rx, int(data["min_list_lines"]), int(data["max_list_line_chars"])


@cache
def _related_headings() -> re.Pattern[str]:
    data = load_yaml("boilerplate.yaml")
    return re.compile("|".join(f"(?:{p})" for p in data.get("related_headings", [])) or r"(?!)", re.I)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of page chrome: boilerplate lines and navigation-like lists of short lines."""
    rx, min_lines, max_chars = _boilerplate_rules()
    ranges: list[tuple[int, int]] = []
    lines = []  # (start, end, stripped)
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    for start, end, stripped in lines:
        if stripped and rx.fullmatch(stripped):
            ranges.append((start, end))
    # a heading of links to other posts and the short lines after it
    related = _related_headings()
    k = 0
    while k < len(lines):
        start, end, stripped = lines[k]
        if stripped and related.fullmatch(stripped.rstrip(":").strip()):
            last = k
            while last + 1 < len(lines) and len(lines[last + 1][2]) <= max_chars:
                last += 1
            ranges.append((start, lines[last][1]))
            k = last + 1
        else:
            k += 1
    # runs of consecutive short, unpunctuated, capitalized lines
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if len(run) >= min_lines:
            ranges.append((run[0][0], run[-1][1]))
        run.clear()

    for start, end, stripped in lines:
        if (
            stripped
            and len(stripped) <= max_chars
            and stripped[-1] not in ".!?:;,…\"“”)"
            and stripped[0].isupper()
            and len(stripped.split()) <= 10
            and not SPACED_DASH.search(stripped)
        ):
            run.append((start, end, stripped))
        else:
            flush()
    flush()
    return sorted(ranges)



class BoilerplateMarker:
    """Pipeline component: marks page chrome in ``doc._.ltr_boilerplate`` so extractors skip it."""

    def __call__(self, doc: Doc) -> Doc:
        from .language import doc_text

        doc._.ltr_boilerplate = boilerplate_ranges(doc_text(doc))
        return doc


@Language.factory("ltr_boilerplate", default_config={})
def make_boilerplate_marker(nlp: Language, name: str) -> BoilerplateMarker:
    return BoilerplateMarker()
