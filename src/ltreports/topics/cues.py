"""Topic cues from ``data/topics.yaml``: lemma sequences with optional nearby-word conditions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import load_yaml


@dataclass(frozen=True, slots=True)
class Cue:
    topic: str
    words: tuple[str, ...]  # consecutive lemmas
    near: frozenset[str] = frozenset()  # one of these lemmas must be within `window` words
    window: int = 6
    not_before: frozenset[str] = frozenset()  # the cue does not count right before these lemmas
    not_after: frozenset[str] = frozenset()  # the cue does not count right after these lemmas
    not_near: frozenset[str] = frozenset()  # the cue does not count with one of these within `window`
    head: bool = False  # the cue must head its phrase: not a genitive modifier of a following noun
    not_case: frozenset[str] = frozenset()  # the cue does not count in these cases only (UD: Loc, Gen ...)


def _words(items) -> frozenset[str]:
    return frozenset(w.lower() for w in items or ())


@cache
def topic_data() -> dict:
    return load_yaml("topics.yaml")


@cache
def cues() -> tuple[Cue, ...]:
    out = []
    for topic, items in topic_data()["topics"].items():
        for item in items:
            if isinstance(item, str):
                out.append(Cue(topic, tuple(item.lower().split())))
            else:
                out.append(Cue(
                    topic,
                    tuple(item["cue"].lower().split()),
                    _words(item.get("near")),
                    int(item.get("window", 6)),
                    _words(item.get("not_before")),
                    _words(item.get("not_after")),
                    _words(item.get("not_near")),
                    bool(item.get("head", False)),
                    frozenset(item.get("not_case") or ()),
                ))
    return tuple(out)


@cache
def cues_by_first_word() -> dict[str, tuple[Cue, ...]]:
    by_first: dict[str, list[Cue]] = {}
    for cue in cues():
        by_first.setdefault(cue.words[0], []).append(cue)
    return {k: tuple(v) for k, v in by_first.items()}


def topic_ids() -> list[str]:
    return list(topic_data()["topics"])


@cache
def word_set(key: str) -> frozenset[str]:
    """A list of lemmas from ``topics.yaml`` (``unit_nouns``, ``venue_nouns`` ...), lower-cased."""
    return _words(topic_data().get(key))
