"""Name readings of single words and the choice of one agreeing reading for a whole name.

A word of a name gets ``Reading``s (nominative lemma, gender, case) from the dictionary analyses
(first_name / family_name kinds), from the morphology fallback, or from the surname paradigms in
``data/people.yaml`` when the dictionary has nothing. ``agree`` picks the case and gender that all
parts of a name share ("Vaiva Malinauskiene" -> Inst/Voc, Fem -> "Vaiva Malinauskienė").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from ..morphology import Analysis, get_analyzer
from ..resources import load_yaml

UPPER = "AĄBCČDEĘĖFGHIĮYJKLMNOPRSŠTUŲŪVZŽWQX"
CASE_ORDER = ("Nom", "Gen", "Dat", "Acc", "Inst", "Loc", "Voc")
NOT_VOCATIVE = CASE_ORDER[:-1]
INITIAL_RE = re.compile(rf"^(?:(?:[{UPPER}]|Dž|Dz|Ch)\.){{1,3}}(?:[{UPPER}])?$")
GLUED_INITIAL_RE = re.compile(rf"^((?:[{UPPER}]\.){{1,2}})([{UPPER}][a-ząčęėįšųūž]{{2,}})$")
# how much a reading's origin is trusted when choosing among agreeing readings
QUALITY = {"name": 4, "fallback": 3, "guess": 2, "place": 2, "asis": 1, "initial": 1}


class Reading(NamedTuple):
    """One reading of a name's word. A named tuple: made, hashed and compared in C (``agree`` remembers its
    answers by the readings of a name's parts, thousands of hashes a post)."""

    lemma: str  # nominative form
    gender: str | None  # Masc | Fem | None (any)
    case: str | None  # None: any case (undeclined, initials)
    source: str  # name | fallback | place | guess | asis | initial


@cache
def _data() -> dict:
    return load_yaml("people.yaml")


@cache
def not_names() -> frozenset[str]:
    return frozenset(_data()["not_names"])


@cache
def word_set(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data()[key])


@cache
def endings(key: str) -> tuple[str, ...]:
    """A list of endings of ``people.yaml`` as the tuple ``str.endswith`` takes, made once."""
    return tuple(_data()[key])


@cache
def lower_endings(key: str) -> tuple[str, ...]:
    """``word_set(key)`` as the tuple ``str.endswith`` takes, made once."""
    return tuple(word_set(key))


@lru_cache(maxsize=200_000)  # asked about every capitalized word, several times a post
def is_capitalized(text: str) -> bool:
    if len(text) < 2 or not text[0].isupper():
        return False  # most words: no table needed
    return text.replace("-", "").isalpha() and text not in not_names()


def is_upper_word(text: str) -> bool:
    return len(text) > 2 and text.isalpha() and text.isupper()


def is_initial(text: str) -> bool:
    return bool(INITIAL_RE.match(text))


def normal_case(text: str) -> str:
    """ "GRIŠKEVIČIENĖ" -> "Griškevičienė"; other words unchanged."""
    return text[:1] + text[1:].lower() if is_upper_word(text) else text


def analyses(text: str) -> tuple[Analysis, ...]:
    return get_analyzer().analyze(normal_case(text))


def _name_readings(text: str, kinds: tuple[str, ...], source: str) -> list[Reading]:
    return _readings_of(analyses(text), kinds, source)


def _readings_of(found: tuple[Analysis, ...], kinds: tuple[str, ...], source: str) -> list[Reading]:
    """``_name_readings`` of a word whose analyses the caller already holds."""
    out: list[Reading] = []
    for a in found:
        if a.kind in kinds and a.number != "Pl":
            origin = source if a.source == "dictionary" else "fallback" if a.case else "asis"
            r = Reading(a.lemma, a.gender, a.case, origin)
            if r not in out:
                out.append(r)
    return out


@cache
def given_readings(text: str) -> tuple[Reading, ...]:
    """Readings as a given name; for a word the dictionary lacks, any name guess of the fallback
    (it cannot tell a rare given name from a surname). Of two lemmas ("Stasiui": Stasys, Stasius) the one
    the dictionary knows only as a given name comes first."""
    word = analyses(text)
    if any(a.source == "dictionary" for a in word):
        found = _readings_of(word, ("first_name",), "name")
        surnames = {r.lemma for r in _readings_of(word, ("family_name",), "name")}
        return tuple(sorted(found, key=lambda r: r.lemma in surnames))
    return tuple(r for r in _readings_of(word, ("first_name", "family_name"), "name") if r.source != "asis")


@cache
def place_readings(text: str) -> tuple[Reading, ...]:
    return tuple(_name_readings(text, ("place", "proper"), "place"))


@cache
def _paradigms_by_last_letter() -> dict[str, list[list]]:
    """The paradigm rows (in their order) by the last letter of their ending: a word meets only the rows it can end
    with."""
    rows: dict[str, list[list]] = {}
    for row in _data()["paradigms"]:
        rows.setdefault(row[0][-1], []).append(row)
    return rows


@cache
def paradigm_readings(text: str) -> tuple[Reading, ...]:
    """Guesses from the surname paradigms, then the word as written (undeclined)."""
    word = normal_case(text)
    out: list[Reading] = []
    for row in _paradigms_by_last_letter().get(word[-1:], ()):
        ending, nom, gender, *cases = row
        if word.endswith(ending) and len(word) > len(ending) + 2:
            lemma = word[: len(word) - len(ending)] + nom
            if gender == "Masc" and lemma.endswith(endings("feminine_surname_endings")):
                continue  # "Petraitienei" is no man's name
            out.extend(Reading(lemma, gender, case, "guess") for case in cases)
    out.append(Reading(word, None, None, "asis"))
    return tuple(out)


@cache
def has_surname_ending(lemma: str) -> bool:
    return lemma.lower().endswith(endings("surname_endings"))


@cache
def family_readings(text: str) -> tuple[Reading, ...]:
    """Readings of a word as a family name ("" parts of a hyphenated name are read one by one). Of two
    dictionary surnames an oblique form may have ("Dargio": Dargis, Dargys) the commoner -is comes first."""
    word = analyses(text)
    found = sorted(_readings_of(word, ("family_name",), "name"), key=lambda r: r.lemma.endswith("ys"))
    found += _masculine_too(found)
    found += place_readings(text)
    dictionary = [a for a in word if a.source == "dictionary"]
    if not any(a.kind == "family_name" for a in dictionary):
        guesses = paradigm_readings(text)
        if any(a.kind is None for a in dictionary):
            # a capitalized common word is a surname only with a typical surname ending
            found += [g for g in guesses if g.source == "guess" and has_surname_ending(g.lemma)]
        elif not dictionary:
            found += [g for g in guesses if g not in found]
    return tuple(found)


def _masculine_too(found: list[Reading]) -> list[Reading]:
    """A family name of the -ė or -a declension read as a woman's is a man's too, in the same case (Jonas
    Dūdė, Mikalojui Dūdei, su Antanu Gudele), unless its ending is a married or maiden one (-ienė, -aitė).
    After the woman's reading, so a name with no gender of its own stays a woman's."""
    return [
        Reading(r.lemma, "Masc", r.case, r.source)
        for r in found
        if r.gender == "Fem"
        and r.lemma.endswith(("ė", "a"))
        and not r.lemma.endswith(endings("feminine_surname_endings"))
        and Reading(r.lemma, "Masc", r.case, r.source) not in found
    ]


def married_form(lemma: str) -> str | None:
    """A wife's family name from the husband's: Kavaliauskas -> Kavaliauskienė, Vaitkus -> Vaitkuvienė."""
    for ending, married in _data()["married_endings"]:
        if lemma.endswith(ending) and len(lemma) > len(ending) + 1:
            return lemma[: len(lemma) - len(ending)] + married
    return None


def _extra_readings(text: str) -> tuple[Reading, ...]:
    """Paradigm guesses, and the word as written unless its ending is plainly a Lithuanian oblique case."""
    oblique = normal_case(text).endswith(endings("oblique_endings"))
    return tuple(r for r in paradigm_readings(text) if not (oblique and r.source == "asis"))


_AGREED: dict[tuple, tuple[list[Reading], str | None, str | None] | None] = {}  # ``agree``'s answers
AGREED_KEPT = 100_000  # answers kept; past that the memory starts again


def agree(
    parts: list[tuple[Reading, ...]], cases: tuple[str, ...] | None = None, texts: list[str] | None = None
) -> tuple[list[Reading], str | None, str | None] | None:
    """``_agree_parts``, remembered: a name's parts are read the same way wherever the name stands, and
    the detector asks about the same parts several times a post. Each caller gets its own list."""
    key = (tuple(parts), None if cases is None else tuple(cases), None if texts is None else tuple(texts))
    try:
        found = _AGREED[key]
    except KeyError:
        if len(_AGREED) >= AGREED_KEPT:
            _AGREED.clear()
        found = _AGREED[key] = _agree_parts(parts, cases, texts)
    return None if found is None else (list(found[0]), found[1], found[2])


def _agree_parts(
    parts: list[tuple[Reading, ...]], cases: tuple[str, ...] | None = None, texts: list[str] | None = None
) -> tuple[list[Reading], str | None, str | None] | None:
    """The readings of all parts that share one case and gender (best trusted first).

    ``cases`` narrows the choice (from a role word before the name) when some reading fits it.
    ``texts`` (the parts as written) adds the paradigm guesses and the undeclined reading of each part
    when the given readings cannot agree ("Gina Viliūne", "Vida Levy", "Ilze Garda").
    Returns (readings, case, gender) or None when the parts cannot agree.
    """
    attempts: list[tuple[bool, tuple[str, ...] | None]] = []  # (with the extended readings, cases)
    extend = bool(texts)  # the extended readings are made on first need: most names agree before
    if cases:
        attempts.append((False, cases))
        # a nominative role word right before a name ("vadovė Ilze Garda") reads a foreign name as
        # written rather than as an oblique Lithuanian form; other cases only when nothing else agrees
        # so does a role word in any case before a name whose family name has no case at all (undeclined:
        # "savanorei Emily Brown" is no locative of "Emilis")
        if extend and ("Nom" in cases or all(r.case is None for r in parts[-1])):
            attempts.append((True, cases))
    # the vocative is rare in reports: any other reading first
    attempts += [(False, NOT_VOCATIVE), (False, None)]
    if extend:
        if cases and "Nom" not in cases:
            attempts.append((True, cases))
        attempts += [(True, NOT_VOCATIVE), (True, None)]
    extended: list[tuple[Reading, ...]] | None = None
    for extended_pool, restrict in attempts:
        pool = parts
        if extended_pool and texts:
            if extended is None:
                extended = [
                    r if t.endswith(".") or t == "" else tuple(dict.fromkeys((*r, *_extra_readings(t))))
                    for r, t in zip(parts, texts, strict=True)
                ]
            pool = extended
        found = _agree(pool, restrict)
        if found is not None:
            return _undeclined_together(found, texts)
    return None


def _undeclined_together(
    found: tuple[list[Reading], str | None, str | None], texts: list[str] | None
) -> tuple[list[Reading], str | None, str | None]:
    """A foreign family name left undeclined ("su savanore Ani Sargsyan"): a given name the dictionary lacks
    stays as written too unless it carries a plain oblique ending ("Ani" is no vocative of "Anis"; "Sujatai
    Bhat" is the dative of "Sujata")."""
    chosen, case, _ = found
    if texts is None or not any(r.source == "asis" and r.case is None for r in chosen[1:]):
        return found
    oblique = endings("oblique_endings")
    out = [
        Reading(normal_case(t), None, None, "asis")
        if r.source == "fallback" and t and normal_case(t) != r.lemma and not normal_case(t).endswith(oblique)
        else r
        for r, t in zip(chosen, texts, strict=True)
    ]
    if out == chosen:
        return found
    genders = {r.gender for r in out if r.gender}
    return out, case, genders.pop() if len(genders) == 1 else None


def _agree(
    parts: list[tuple[Reading, ...]], cases: tuple[str, ...] | None
) -> tuple[list[Reading], str | None, str | None] | None:
    best: tuple[tuple, list[Reading], str | None, str | None] | None = None
    scored = [[(r, QUALITY[r.source]) for r in readings] for readings in parts]  # each part's trust, read once
    viable = set(CASE_ORDER)  # the cases every part has a reading in (a reading of no case fits any)
    for readings in parts:
        part_cases = {r.case for r in readings}
        if None not in part_cases:
            viable &= part_cases
    for ci, case in enumerate(CASE_ORDER):
        if case not in viable or (cases and case not in cases):
            continue
        in_case = [[rq for rq in part if rq[0].case == case or rq[0].case is None] for part in scored]
        if not all(in_case):
            continue  # a part with no reading in this case: no gender agrees
        for gender in ("Fem", "Masc"):
            chosen: list[Reading] = []
            quality = 0
            for part in in_case:
                top: Reading | None = None
                top_quality = -1
                for r, q in part:  # the best trusted reading that fits, the first of equals (as ``max``)
                    if q > top_quality and (r.gender == gender or r.gender is None):
                        top, top_quality = r, q
                if top is None:
                    break
                chosen.append(top)
                quality += top_quality
            else:
                typed = sum(1 for r in chosen if r.gender is not None)
                score = (quality, typed, -ci)
                if best is None or score > best[0]:
                    best = (score, chosen, case, gender)
    if best is None:
        return None
    _, chosen, case, gender = best
    if all(r.gender is None for r in chosen):
        gender = None
    return chosen, case, gender


def independent(parts: list[tuple[Reading, ...]]) -> list[Reading]:
    """Each part on its own, nominative preferred (when the parts do not agree: typos)."""
    out = []
    for readings in parts:
        nom = [r for r in readings if r.case in ("Nom", None)]
        pool = nom or list(readings)
        out.append(max(pool, key=lambda r: QUALITY[r.source]))
    return out
