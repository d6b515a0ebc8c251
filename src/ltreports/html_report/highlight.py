"""A post's text with its mentions highlighted in displaCy's span style, paragraph by paragraph.

displaCy renders tokens; the text is cut into whitespace-separated tokens, split further where a
mention starts or ends inside one ("bibliotekoje," → "bibliotekoje" ","), so each mention covers
whole tokens. Paragraphs (lines) are rendered one by one, so the post keeps its layout.
"""

from __future__ import annotations

import re

from ..schema import SpanMention
from ..spans import COLORS

TOKEN = re.compile(r"\S+")


def _tokens(text: str, start: int, end: int, cuts: set[int]) -> list[tuple[int, int]]:
    out = []
    for m in TOKEN.finditer(text, start, end):
        s = m.start()
        for cut in sorted(c for c in cuts if m.start() < c < m.end()):
            out.append((s, cut))
            s = cut
        out.append((s, m.end()))
    return out


def paragraph_html(text: str, start: int, end: int, spans: list[SpanMention]) -> str:
    """displaCy span markup for ``text[start:end]`` with the spans inside it."""
    from spacy import displacy

    inside = [s for s in spans if start <= s.start and s.end <= end]
    cuts = {s.start for s in inside} | {s.end for s in inside}
    tokens = _tokens(text, start, end, cuts)
    if not tokens:
        return ""
    first = {s: i for i, (s, _) in enumerate(tokens)}
    last = {e: i for i, (_, e) in enumerate(tokens)}
    manual = []
    for s in inside:
        # a mention edge in the middle of whitespace snaps to the nearest token edge
        i = first.get(s.start, next((k for k, (a, _) in enumerate(tokens) if a >= s.start), None))
        j = last.get(s.end, next((k for k, (_, b) in reversed(list(enumerate(tokens))) if b <= s.end), None))
        if i is not None and j is not None and i <= j:
            manual.append({"start_token": i, "end_token": j + 1, "label": s.label})
    data = {"text": text[start:end], "tokens": [text[a:b] for a, b in tokens], "spans": manual}
    return displacy.render(data, style="span", manual=True, options={"colors": COLORS})


def highlighted(text: str, spans: list[SpanMention]) -> str:
    """The whole post: one displaCy block per non-empty line."""
    parts = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            parts.append(paragraph_html(text, start, end, spans))
    return "\n".join(parts)
