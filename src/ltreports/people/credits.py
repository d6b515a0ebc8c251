"""Page layout that names the post's own people: credit lines ("Parengė ...", "... nuotr.") and bylines.
People named there are listed, but did not take part in the event (``people.participation``).
"""

from __future__ import annotations

from .name_context import data


def is_credit(text: str, start: int) -> bool:
    """Is the text at ``start`` in a credit line ("Parengė ...", "... nuotr.") or the closing signature?"""
    cues = data()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return False
    if words[0].rstrip(":") in cues["credit_starts"] or words[-1] in cues["credit_ends"]:
        return True
    sentence_start = max(text.rfind(". ", 0, start) + 2, line_start)
    first = text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in cues["credit_starts"]:
        return True
    # the closing signature: one of the last three non-empty lines, short, with no sentence punctuation
    tail = [ln for ln in text[line_start:].split("\n") if ln.strip()]
    programme = " – " in line or " - " in line or ":" in line  # "Koncertas – dainininkė X"
    return len(tail) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?")) and not programme


def is_byline(text: str, start: int) -> bool:
    """A name that opens one of the first lines of the post ("Jurgita Bružienė, ... bibliotekininkė")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    earlier = [ln for ln in text[:line_start].split("\n") if ln.strip()]
    return len(earlier) <= 5 and not line.endswith((".", "!", "?"))
