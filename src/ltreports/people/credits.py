"""Page layout that names the post's own people: credit lines ("Parengė ...", "... nuotr.") and bylines.
People named there are listed, but did not take part in the event (``people.participation``).
"""

from __future__ import annotations

import re
import threading

from .name_context import data


def is_credit(text: str, start: int, signature: bool = True) -> bool:
    """Is the text at ``start`` in a credit line ("Parengė ...", "... nuotr.") or the closing signature?"""
    line_start = text.rfind("\n", 0, start) + 1
    blank, credit_line, closing = _credit_line(text, line_start)
    if blank:
        return False
    if credit_line:
        return True
    # (a ". " before the line cannot end past its start: looked for on the line only, linear in the post)
    sentence_start = max(text.rfind(". ", line_start, start) + 2, line_start)
    first = text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in data()["credit_starts"]:
        return True
    return signature and closing


class _Lines(threading.local):
    def __init__(self) -> None:
        self.text: str | None = None
        self.lines: dict[int, tuple[bool, bool, bool]] = {}


_lines = _Lines()


def _credit_line(text: str, line_start: int) -> tuple[bool, bool, bool]:
    """What ``is_credit`` reads of the line at ``line_start`` whatever the name on it, once per line (for the
    last text asked about, per thread): the line is blank; it is a credit line, or one under a credit heading;
    it may be the closing signature."""
    memo = _lines
    if memo.text is not text:
        memo.text, memo.lines = text, {}
    found = memo.lines.get(line_start)
    if found is None:
        found = memo.lines[line_start] = _read_credit_line(text, line_start)
    return found


def _read_credit_line(text: str, line_start: int) -> tuple[bool, bool, bool]:
    cues = data()
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return True, False, False
    if words[0].rstrip(":") in cues["credit_starts"] or words[-1] in cues["credit_ends"]:
        return False, True, False
    k = line_start  # the line above, past blank lines (read in place: linear in the post)
    while k > 0 and text[k - 1].isspace():
        k -= 1
    heading = text[text.rfind("\n", 0, k) + 1 : k].strip().lower()
    if heading.endswith(":") and heading.split()[0].rstrip(":") in cues["credit_starts"]:
        return False, True, False  # "Parengė:⏎Ona Jonaitė", "Nuotraukų autorė:⏎..."
    # the closing signature: one of the last three non-empty lines, short, with no sentence punctuation (when
    # the caller allows it: a name in the nominative, no verb before it; "Susitikimas su poetu X" is a title)
    programme = " – " in line or " - " in line or ":" in line  # "Koncertas – dainininkė X"
    if line.endswith((",", ";")) or in_list_block(text, line_start):
        return False, False, False  # an item of a list under a heading ("Programa:⏎smuikininkė X,⏎pianistas Y.")
    closing = (_lines_after(text, line_start, 4) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?"))
               and not programme)
    return False, False, closing


def in_list_block(text: str, line_start: int, limit: int = 12) -> bool:
    """The line starting at ``line_start`` is an item of a list under a heading that ends with a colon
    ("Dalyvavo:⏎Ona Jonaitė⏎Rasa Kairienė"): the short lines above it, up to the heading, hold no sentence."""
    end = line_start
    for _ in range(limit):
        above = content_end(text, end)  # ``text[:end].rstrip()`` read in place: no copy of the text before
        if not above:
            return False
        begin = text.rfind("\n", 0, above) + 1
        line = text[begin:above].strip()
        if line.endswith(":"):
            return True
        if len(line) > 60 or line.endswith((".", "!", "?")):
            return False
        end = begin
    return False


def content_end(text: str, end: int) -> int:
    """The length of ``text[:end].rstrip()``, found without copying the text before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _name_heads_line(text: str, line_start: int, start: int, end: int) -> bool:
    """At most a role of three words before the name on its line, and only ", role" after it."""
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end == -1 else line_end].strip()
    return len(text[line_start:start].split()) <= 3 and (not after or after.startswith(","))


def credited_after(text: str, end: int) -> bool:
    """The name is followed by a credit word ("Onos Jonaitės nuotr. Iš kairės: ..."), wherever the line goes on."""
    words = text[end : end + 20].split()
    return bool(words) and words[0].lower() in data()["credit_ends"]


def is_signature(text: str, start: int, end: int) -> bool:
    """The signature that closes one article of a page holding several ("...susitikimams.⏎Ona Jonaitė⏎
    Kaimo filialo bibliotekininkė⏎⏎***"): a short line that holds the name, after at most a role before it
    and only ", role" after it, set right after a paragraph that ends a sentence, and followed (past at
    most two more short lines of the role) by a blank line, a separator or the end of the text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if len(text[line_start:line_end].strip()) > 80 or not _name_heads_line(text, line_start, start, end):
        return False  # (the length first: a name inside a long paragraph is no signature)
    before, after = text[line_start:start].split(), text[end:line_end].strip()
    if any(w.endswith((":", "!", "?", "“", "”", '"')) for w in before) or after.endswith(_SENTENCE_ENDS):
        return False
    previous_end = content_end(text, line_start)
    previous = text[text.rfind("\n", 0, previous_end) + 1 : previous_end]
    if (len(previous) < 100 or not previous.endswith(_SENTENCE_ENDS)) and not _LINK_LINE.fullmatch(previous):
        return False  # a paragraph ends right above (or the link that closes it: "... galite rasti:⏎www.x.lt")
    pos, short = line_end + 1, 0
    while pos < len(text):
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt == -1 else nxt
        line = text[pos:nxt].strip()
        if not line or set(line) <= set("*-–—_=~ "):
            return True  # a blank line or a separator
        if short == 2 or len(line) > 60 or line.endswith(_SENTENCE_ENDS):
            return False
        short += 1
        pos = nxt + 1
    return True


_SENTENCE_ENDS = (".", "!", "?", "…", "“", "”", '"', ")")
_LINK_LINE = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


_STAMP_RE = re.compile(r"(?:\w+:?\s+)?[\d\s./:-]+")


def is_byline(text: str, start: int, end: int | None = None) -> bool:
    """A name that opens one of the first lines of the post ("Jurgita Bružienė, ... bibliotekininkė"), past a
    date stamp of the page ("2020-08-12 Jurgita Bružienė"), or that ends such a line after its role ("Kaimo
    bibliotekos vyr. bibliotekininkė Ona Jonaitė"; ``end`` given: the line holds nothing after the name)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    stamp = bool(_STAMP_RE.fullmatch(before)) and any(c.isdigit() for c in before)
    if before and not stamp and not (end is not None and _role_line(text, before, end)):
        return False
    if in_list_block(text, line_start):
        return False  # "Dalyvavo:⏎Ona Jonaitė": an item of a list, not the author's line
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    return _lines_before(text, line_start, 6) <= 5 and not line.endswith((".", "!", "?"))


def _role_line(text: str, before: str, end: int) -> bool:
    """The words before the name are a role phrase (a few words, no digits or sentence punctuation) and the
    line ends with the name."""
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end == -1 else line_end].strip()
    words = before.split()
    return (
        not after and len(words) <= 7 and not any(c.isdigit() for c in before)
        and not any(c in before for c in ":;!?„“\"()–")
    )


def _lines_after(text: str, start: int, limit: int) -> int:
    """How many non-empty lines begin at or after ``start`` (counted up to ``limit``: the text is read
    only as far as needed, so checking every name stays linear in the post's length)."""
    count, pos = 0, start
    while pos <= len(text) and count < limit:
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        count += bool(text[pos:end].strip())
        pos = end + 1
    return count


def _lines_before(text: str, end: int, limit: int) -> int:
    """How many non-empty lines end before ``end`` (counted up to ``limit``)."""
    count, stop = 0, end
    while stop > 0 and count < limit:
        begin = text.rfind("\n", 0, stop - 1) + 1
        count += bool(text[begin:stop].strip())
        stop = begin
    return count
