"""Suffix paradigms for words the dictionary lacks (foreign surnames, new place names).

``guess("Grigorčenkienei")`` proposes nominative lemmas with case, gender and number, most likely
first: ``[Analysis("Grigorčenkienė", "noun", "family_name", "Fem", "Sg", "Dat", "fallback"), ...]``.
The paradigm table is language data in ``data/paradigms.yaml``. ``agree()`` pairs the readings of a
given name and a family name that agree in case, number and gender.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..resources import load_yaml
from .analyzer import Analysis

VOWELS = set("aąeęėiįyouųū")
MAX_GUESSES = 12
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Paradigm:
    name: str
    pos: str
    gender: str
    lemma: str  # the lemma's ending
    weight: float
    kind: str | None
    soften: bool
    plural_only: bool
    tags: tuple[str, ...]
    forms: dict[tuple[str, str], tuple[str, ...]]  # (number, case) -> endings, the first is canonical

    def ending(self, case: str, number: str) -> str | None:
        endings = self.forms.get((number, case))
        return endings[0] if endings else None


@dataclass(frozen=True)
class ParadigmTable:
    paradigms: tuple[Paradigm, ...]
    by_ending: dict[str, tuple[tuple[Paradigm, str, str], ...]]  # ending -> (paradigm, number, case)
    case_weights: dict[str, float]
    kind_suffixes: tuple[tuple[str, str], ...]  # (lemma suffix, kind), longest first
    soften: dict[str, str]  # t -> č, d -> dž
    max_ending: int


@cache
def table() -> ParadigmTable:
    """The paradigm table from ``data/paradigms.yaml``, parsed once."""
    data = load_yaml("paradigms.yaml")
    paradigms = []
    index: dict[str, list[tuple[Paradigm, str, str]]] = defaultdict(list)
    for item in data["paradigms"]:
        forms: dict[tuple[str, str], tuple[str, ...]] = {}
        for number, cells in item["forms"].items():
            for case, endings in cells.items():
                forms[(number, case)] = tuple([endings] if isinstance(endings, str) else endings)
        p = Paradigm(
            name=item["name"],
            pos=item["pos"],
            gender=item["gender"],
            lemma=item["lemma"],
            weight=float(item.get("weight", 1.0)),
            kind=item.get("kind"),
            soften=bool(item.get("soften", False)),
            plural_only=bool(item.get("plural_only", False)),
            tags=tuple(item.get("tags", ())),
            forms=forms,
        )
        paradigms.append(p)
        for (number, case), endings in forms.items():
            for e in endings:
                index[e].append((p, number, case))
    kinds = sorted(data.get("kind_by_lemma_suffix", {}).items(), key=lambda kv: -len(kv[0]))
    return ParadigmTable(
        paradigms=tuple(paradigms),
        by_ending={k: tuple(v) for k, v in index.items()},
        case_weights=dict(data["case_weights"]),
        kind_suffixes=tuple(kinds),
        soften=dict(data.get("soften", {})),
        max_ending=max(len(e) for e in index),
    )


def is_soft(ending: str) -> bool:
    """Endings like io, iui, ių, iai: a stem-final t/d before them is written č/dž."""
    return len(ending) >= 2 and ending[0] == "i" and ending[1] in VOWELS


def soften_stem(stem: str, form_ending: str, lemma_ending: str) -> str:
    """The stem as written before ``form_ending`` (Petrait + io → Petraič)."""
    if is_soft(form_ending) and not is_soft(lemma_ending):
        for hard, soft in table().soften.items():
            if stem.endswith(hard):
                return stem[: -len(hard)] + soft
    return stem


def unsoften_stems(stem: str, form_ending: str, lemma_ending: str) -> list[str]:
    """Candidate lemma stems for a stem seen before ``form_ending`` (Petraič + io → Petrait, Petraič)."""
    if is_soft(form_ending) and not is_soft(lemma_ending):
        for hard, soft in table().soften.items():
            if stem.endswith(soft):
                return [stem[: -len(soft)] + hard, stem]
    return [stem]


def lemma_kind(lemma: str, paradigm: Paradigm, case: str) -> tuple[str | None, float]:
    """(kind, bonus) for a capitalized lemma."""
    for suffix, kind in table().kind_suffixes:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 1:
            plural_suffix = suffix.endswith(("ai", "ės", "os"))
            if plural_suffix and not paradigm.plural_only:
                continue
            return kind, 1.3
    if case == "Loc" and not paradigm.plural_only:
        return "place", 1.0  # people are rarely in the locative; Vievyje → Vievis
    return paradigm.kind, 1.0


def _scored_guesses(word: str) -> list[tuple[float, Analysis]]:
    t = table()
    capitalized = word[:1].isupper()
    lower = word.lower()
    out: list[tuple[float, Analysis]] = []
    for n in range(min(t.max_ending, len(word) - MIN_STEM), 0, -1):
        ending = lower[-n:]
        cells = t.by_ending.get(ending)
        if not cells:
            continue
        # the stem is the same for every paradigm with this ending: checked once
        raw_stem = word[:-n]
        stem_lower = raw_stem.lower()
        if stem_lower[-1] in VOWELS or VOWELS.isdisjoint(stem_lower):
            continue  # Lithuanian nominal stems end in a consonant (or j)
        soft = is_soft(ending)  # (else ``unsoften_stems`` gives the stem alone)
        for paradigm, number, case in cells:
            if paradigm.plural_only and not capitalized:
                continue  # plural-only paradigms are for place names
            stems = unsoften_stems(raw_stem, ending, paradigm.lemma) if soft else [raw_stem]
            for rank, stem in enumerate(stems):
                lemma = stem + paradigm.lemma
                if paradigm.pos == "adjective":
                    lemma = lemma.lower()
                score = paradigm.weight * t.case_weights.get(case, 0.3) * (1 + 0.15 * n)
                score *= 1.0 if rank == 0 else 0.4
                kind = None
                if capitalized and paradigm.pos == "adjective":
                    score *= 0.3  # a capitalized adjective starts a sentence or a title
                elif capitalized:
                    kind, bonus = lemma_kind(lemma, paradigm, case)
                    score *= bonus
                    if number == "Pl" and not paradigm.plural_only:
                        score *= 0.4  # family names in the plural (the Petraičiai) are rarer
                analysis = Analysis(
                    lemma=lemma,
                    pos=paradigm.pos,
                    kind=kind,
                    gender=paradigm.gender,
                    number=number,
                    case=case,
                    source="fallback",
                    tags=paradigm.tags,
                )
                out.append((score, analysis))
    return out


def guess(word: str) -> list[Analysis]:
    """Ranked guesses for an unknown word (empty when no paradigm fits).

    Capitalized words get a ``kind`` (family_name, first_name or place); a capitalized word also
    gets an indeclinable reading (foreign names: Smith, Hugo) as its last guess.
    """
    if not word or not word.isalpha() or (len(word) > 1 and word.isupper()):
        return []
    scored = _scored_guesses(word)
    scored.sort(key=lambda sa: -sa[0])
    seen: set[tuple] = set()
    result: list[Analysis] = []
    for _, a in scored:
        key = (a.lemma, a.pos, a.gender, a.number, a.case)
        if key not in seen:
            seen.add(key)
            result.append(a)
    result = result[:MAX_GUESSES]
    if word[:1].isupper():
        result.append(Analysis(word, "noun", "family_name", None, None, None, "fallback", ("Indecl",)))
    return result


def _name_fit(a: Analysis, wanted: str) -> float:
    if a.kind == wanted:
        return 1.0
    if a.kind in ("first_name", "family_name"):
        return 0.6
    if a.kind is None and a.source == "fallback":
        return 0.5
    return 0.3 if a.kind is None else 0.2


def agree(
    first: tuple[Analysis, ...] | list[Analysis], family: tuple[Analysis, ...] | list[Analysis]
) -> list[tuple[Analysis, Analysis]]:
    """Pairs of (given-name reading, family-name reading) that agree in case, number and gender.

    Ranked best first: name kinds that fit (first_name, family_name), dictionary readings over
    guesses, singular over plural, then the readings' own order. An indeclinable reading (case None)
    agrees with any case. ``agree(an("Onai"), an("Grigorčenkienei"))[0]`` is the Dat Sg Fem pair.
    """
    scored: list[tuple[float, int, tuple[Analysis, Analysis]]] = []
    order = 0
    for i, a in enumerate(first):
        for j, b in enumerate(family):
            if a.case and b.case and a.case != b.case:
                continue
            if a.number and b.number and a.number != b.number:
                continue
            if a.gender and b.gender and a.gender != b.gender:
                # the dictionary lists some family names under one gender only (Bitė: Masc)
                if b.source != "dictionary" or b.kind != "family_name":
                    continue
                gender_penalty = 0.5
            else:
                gender_penalty = 1.0
            score = _name_fit(a, "first_name") * _name_fit(b, "family_name") * gender_penalty
            score *= 1.0 if a.number != "Pl" else 0.3
            score *= 1.0 if a.source == "dictionary" else 0.8
            score *= 1.0 if b.source == "dictionary" else 0.9
            score *= 1.0 if (a.case or b.case) else 0.5
            score /= 1 + 0.02 * (i + j)
            scored.append((score, order, (a, b)))
            order += 1
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [pair for _, _, pair in scored]
