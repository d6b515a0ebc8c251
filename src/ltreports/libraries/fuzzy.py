"""Near misses of gazetteer names (typos, lost diacritics) through rapidfuzz.

Names and queries are compared as *stems*: each word's key (``words.py``: folded, lemma for the
inflecting library words) without its inflection ending, so case forms do not count as typos.
The distinctive first word must be close too, so a shared tail ("... savivaldybės viešoji
biblioteka") never makes two different towns look alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from ..resources import load_yaml

if TYPE_CHECKING:
    from .gazetteer import Candidate, Gazetteer

FIRST_WORD_CUTOFF = 80.0
AMBIGUITY_MARGIN = 2.0


@cache
def _endings() -> tuple[str, ...]:
    data = load_yaml("library_words.yaml")
    return tuple(sorted(data.get("fuzzy_endings", ()), key=len, reverse=True))


@cache
def stem(key: str) -> str:
    for ending in _endings():
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def stems(keys: Sequence[str]) -> str:
    return " ".join(stem(k) for k in keys)


class _Choices:
    def __init__(self, gaz: Gazetteer) -> None:
        self.texts: list[str] = []
        self.firsts: list[str] = []
        self.aliases = []
        for k, options in gaz.aliases.items():
            if len(k) < 2 or len(options) != 1:
                continue
            self.texts.append(stems(k))
            self.firsts.append(stem(k[0]))
            self.aliases.append(options[0])
        # ``default_process`` of every name once, not on every ``cdist`` call (most of its time)
        self.processed = [default_process(t) for t in self.texts]


def _choices(gaz: Gazetteer) -> _Choices:
    cached = getattr(gaz, "_fuzzy_choices", None)
    if cached is None:
        cached = _Choices(gaz)
        gaz._fuzzy_choices = cached  # type: ignore[attr-defined]
    return cached


def fuzzy_keys(
    gaz: Gazetteer, queries: Sequence[Sequence[str]], *, limit: int = 3, score_cutoff: float = 88.0
) -> list[list[Candidate]]:
    """For each key sequence, the best entries (one candidate per entry), best first."""
    from .gazetteer import Candidate

    choices = _choices(gaz)
    if not queries or not choices.texts:
        return [[] for _ in queries]
    texts = [default_process(stems(q)) for q in queries]  # processed as the names were
    matrix = process.cdist(texts, choices.processed, scorer=fuzz.ratio, processor=None, score_cutoff=score_cutoff)
    out: list[list[Candidate]] = []
    for qi, query in enumerate(queries):
        row = matrix[qi]
        best: dict[str, Candidate] = {}
        for ci in row.nonzero()[0]:
            score = float(row[ci])
            alias = choices.aliases[ci]
            first = fuzz.ratio(stem(query[0]), choices.firsts[ci], processor=default_process)
            if first < FIRST_WORD_CUTOFF:
                continue
            if alias.entry_id not in best or best[alias.entry_id].score < score:
                best[alias.entry_id] = Candidate(gaz.entries[alias.entry_id], alias.text, score)
        out.append(sorted(best.values(), key=lambda c: -c.score)[:limit])
    return out


def fuzzy_lookup(
    gaz: Gazetteer, texts: Sequence[str], *, limit: int = 3, score_cutoff: float = 88.0
) -> list[list[Candidate]]:
    from .words import keys

    return fuzzy_keys(gaz, [keys(t) for t in texts], limit=limit, score_cutoff=score_cutoff)


def decided(candidates: Sequence[Candidate]) -> Candidate | None:
    """The top candidate when it is clearly ahead of the next entry; None when ambiguous."""
    if not candidates:
        return None
    if len(candidates) > 1 and candidates[0].score - candidates[1].score < AMBIGUITY_MARGIN:
        return None
    return candidates[0]
