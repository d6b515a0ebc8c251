"""Topic cues from ``data/topics.yaml``: lemma sequences with optional nearby-word conditions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

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
    reading: frozenset[str] = frozenset()  # one dictionary reading of the cue's word has all these (Indic_Past_I, Pl)
    also_near: frozenset[str] = frozenset()  # and one of these too, within `also_window` words in the sentence
    also_window: int = 8
    one_sense: bool = False  # excluded once by not_near, the cue is taken in that other sense in the whole post
    not_governed_by: frozenset[str] = frozenset()  # not after these, over the cue's genitive modifiers
    in_role: bool = False  # the cue may be a person's role phrase itself ("rašytoja Ona Jonaitė papasakojo")
    not_attributive: bool = False  # not as a participle in an oblique case agreeing with the next noun ("minėtą dieną")


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
                    frozenset(item.get("reading") or ()),
                    _words(item.get("also_near")),
                    int(item.get("also_window", 8)),
                    bool(item.get("one_sense", False)),
                    _words(item.get("not_governed_by")),
                    bool(item.get("in_role", False)),
                    bool(item.get("not_attributive", False)),
                ))
    taken = {c.words[0] for c in out}  # a listed cue (with its conditions) is never shadowed by a derived one
    for topic, lemmas in family_cues().items():
        out.extend(Cue(topic, (lemma,)) for lemma in lemmas if lemma not in taken)
    return tuple(out)


def dictionary_lemmas(folder: Path, stem: str) -> list[str]:
    """The common-word lemmas (roots) of the Hunspell dictionary's ``.dic`` file (proper names left out)."""
    out = []
    with (folder / f"{stem}.dic").open(encoding="utf-8") as f:
        next(f, None)  # the entry count
        for line in f:
            root = line.split("\t", 1)[0].split("/", 1)[0].strip()
            if root and root == root.lower():  # common words only, no proper names
                out.append(root)
    return out


def derive_family_cues(lemmas: list[str]) -> dict[str, list[str]]:
    """topic → the lemmas that share one of the topic's word-family stems (``families`` in ``topics.yaml``:
    "ekskurs" gives ekskursija, ekskursinis, ekskursuoti ...), without the agent nouns (people are not
    activities) and the listed homographs. Run by ``training/build_topic_families.py``, not at run time."""
    spec = topic_data().get("families") or {}
    endings = tuple(spec.get("skip_endings") or ())
    skip = _words(spec.get("skip"))
    return {
        topic: sorted({
            w for w in lemmas
            if w.startswith(tuple(stems)) and not w.endswith(endings) and w not in skip and not w.endswith(".")
        })
        for topic, stems in (spec.get("stems") or {}).items()
    }


@cache
def family_cues() -> dict[str, tuple[str, ...]]:
    """topic → the derived word-family lemmas, as ``training/build_topic_families.py`` wrote them to
    ``data/topic_families.yaml`` from the dictionary (a lookup, no dictionary scan at run time)."""
    data = load_yaml("topic_families.yaml") or {}
    return {topic: tuple(words) for topic, words in (data.get("families") or {}).items()}


@cache
def cues_by_first_word() -> dict[str, tuple[Cue, ...]]:
    by_first: dict[str, list[Cue]] = {}
    for cue in cues():
        by_first.setdefault(cue.words[0], []).append(cue)
    return {k: tuple(v) for k, v in by_first.items()}


@cache
def cue_first_words() -> frozenset[str]:
    """The lemmas a cue begins with (the keys of ``cues_by_first_word``)."""
    return frozenset(cues_by_first_word())


def topic_ids() -> list[str]:
    return list(topic_data()["topics"])


@cache
def word_set(key: str) -> frozenset[str]:
    """A list of lemmas from ``topics.yaml`` (``unit_nouns``, ``venue_nouns`` ...), lower-cased."""
    return _words(topic_data().get(key))
