"""Generating inflected forms: ``generate("biblioteka", "Loc", "Sg")`` → ``["bibliotekoje"]``.

With the tagged dictionary, forms come from its own suffix rules (``affixes.py``); for lemmas it lacks
(or without it) from the suffix paradigms in ``data/paradigms.yaml``. ``inflect_phrase`` inflects a
library-name phrase: only the head noun and the adjectives agreeing with it change, genitive modifiers
stay ("Elektrėnų savivaldybės viešoji biblioteka" → "Elektrėnų savivaldybės viešojoje bibliotekoje").
"""

from __future__ import annotations

from functools import lru_cache

from .affixes import load_affix_dictionary
from .analyzer import Analysis, Analyzer, get_analyzer, parse_hunspell
from .fallback import soften_stem, table

ADJECTIVE_POS = {"adjective", "participle", "pronoun", "numeral", "ordinal_number"}
VARIANT_TAGS = ("short",)  # short locatives (viešoj, Elektrėnuos): after the full forms
OTHER_WORD_TAGS = ("Dmn", "Comp", "Super")  # diminutives and degrees are not forms of the lemma asked


def _match_case(form: str, model: str) -> str:
    """``form`` with the first letter's case of ``model`` (Viešoji → Viešojoje)."""
    if model[:1].isupper() and not form[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _wants(a: Analysis, case: str, number: str, gender: str | None) -> bool:
    if a.case != case or a.number != number:
        return False
    return gender is None or a.gender is None or a.gender == gender


def _definite_ok(a: Analysis, definite: bool | None) -> bool:
    is_def = any("Def" in t for t in a.tags)
    return definite is None or is_def == definite


def _dictionary_forms(
    analyzer: Analyzer, lemma: str, case: str, number: str, gender: str | None, definite: bool | None
) -> list[str]:
    if not analyzer.tagged or analyzer.dic_dir is None:
        return []
    affixes = load_affix_dictionary(analyzer.dic_dir, analyzer.name)
    ranked: list[tuple[int, str]] = []
    for form, tags in affixes.forms(lemma):
        a = parse_hunspell(f"st:{lemma} {tags}")
        if a is None or not _wants(a, case, number, gender) or not _definite_ok(a, definite):
            continue
        if any(o in t for t in a.tags for o in OTHER_WORD_TAGS):
            continue
        variant = any(v in t for t in a.tags for v in VARIANT_TAGS)
        plain = not a.tags
        ranked.append((0 if plain else (2 if variant else 1), form))
    ranked.sort(key=lambda r: r[0])  # stable: the rules' order within a rank
    return list(dict.fromkeys(form for _, form in ranked))


def paradigm_forms(
    lemma: str, case: str, number: str, gender: str | None = None, definite: bool | None = None
) -> list[str]:
    """Forms from the suffix paradigms alone (no dictionary): longest matching lemma ending first."""
    capitalized = lemma[:1].isupper()
    candidates: list[tuple[tuple[int, int, float], str]] = []
    for p in table().paradigms:
        if not lemma.endswith(p.lemma) or len(lemma) <= len(p.lemma):
            continue
        if capitalized and p.pos != "noun":
            continue
        if gender is not None and p.gender != gender:
            continue
        is_def = "Def" in p.tags
        if definite is not None and is_def != definite:
            continue
        ending = p.ending(case, number)
        if ending is None:
            continue
        stem = soften_stem(lemma[: -len(p.lemma)], ending, p.lemma)
        # nouns before adjectives, then plain adjectives before definite ones (unless asked)
        rank = (0 if p.pos == "noun" else 1) + (1 if is_def and definite is None else 0)
        candidates.append(((-len(p.lemma), rank, -p.weight), stem + ending))
    candidates.sort(key=lambda c: c[0])
    return list(dict.fromkeys(form for _, form in candidates))


def generate(
    lemma: str,
    case: str,
    number: str = "Sg",
    gender: str | None = None,
    *,
    definite: bool | None = None,
    analyzer: Analyzer | None = None,
) -> list[str]:
    """Forms of ``lemma`` in ``case`` (Nom, Gen, Dat, Acc, Inst, Loc, Voc) and ``number`` (Sg, Pl).

    ``gender`` picks the adjective's gender (adjective lemmas are masculine: viešas); ``definite``
    picks definite (viešoji) or plain (vieša) adjective forms, None: plain first. The most usual form
    comes first; an empty list when nothing fits. Uses the dictionary's rules when it knows the
    lemma, else the suffix paradigms.
    """
    analyzer = analyzer if analyzer is not None else get_analyzer()
    return list(_generate(analyzer, lemma, case, number, gender, definite))


@lru_cache(maxsize=100_000)
def _generate(
    analyzer: Analyzer, lemma: str, case: str, number: str, gender: str | None, definite: bool | None
) -> tuple[str, ...]:
    forms = _dictionary_forms(analyzer, lemma, case, number, gender, definite)
    if not forms and lemma.count("-") == 1 and all(lemma.split("-")):
        # double surnames inflect both parts: Petkevičaitė-Bitė → Petkevičaitės-Bitės
        left, right = lemma.split("-")
        lf = generate(left, case, number, gender, definite=definite, analyzer=analyzer)
        rf = generate(right, case, number, gender, definite=definite, analyzer=analyzer)
        if lf and rf:
            forms = [f"{lf[0]}-{rf[0]}"]
    if not forms:
        forms = paradigm_forms(lemma, case, number, gender, definite)
    return tuple(forms)


def _head_readings(analyses: tuple[Analysis, ...]) -> list[Analysis]:
    """Noun readings, best first: the dictionary's with the nominative first; else the guesses' order."""
    nouns = [a for a in analyses if a.pos == "noun" and a.case]
    if any(a.source == "dictionary" for a in nouns):
        nouns.sort(key=lambda a: (a.source != "dictionary", a.case != "Nom"))
    return nouns


def _modifier_reading(analyses: tuple[Analysis, ...], head: Analysis) -> Analysis | None:
    for a in analyses:
        agrees = a.case == head.case and a.number == head.number
        if a.pos in ADJECTIVE_POS and agrees and (a.gender is None or head.gender is None or a.gender == head.gender):
            return a
    return None


def _is_name_genitive(word: str, readings: tuple[Analysis, ...]) -> bool:
    return word[:1].isupper() and any(a.case == "Gen" for a in readings)


def inflect_phrase(
    phrase: str, case: str, number: str | None = None, *, analyzer: Analyzer | None = None
) -> str:
    """``phrase`` with its head noun and the adjectives agreeing with it put in ``case``.

    "Elektrėnų savivaldybės viešoji biblioteka", "Loc" → "Elektrėnų savivaldybės viešojoje bibliotekoje".
    The head is the last word with a noun reading (nominative readings preferred); genitive modifiers
    before it stay. ``number`` None keeps the head's number. Words that cannot be generated stay as
    they are.
    """
    analyzer = analyzer if analyzer is not None else get_analyzer()
    words = phrase.split()
    head_index = head = None
    for i in range(len(words) - 1, -1, -1):
        readings = _head_readings(analyzer.analyze(words[i]))
        if readings:
            head_index, head = i, readings[0]
            if i > 0:  # prefer the reading an adjective before it agrees with (viešajai bibliotekai: Dat)
                before = analyzer.analyze(words[i - 1])
                head = next((r for r in readings if _modifier_reading(before, r) is not None), head)
            break
    if head is None or head_index is None:
        return phrase
    target_number = number or head.number or "Sg"
    gender = head.gender
    out = list(words)
    forms = generate(head.lemma, case, target_number, gender, analyzer=analyzer)
    if forms:
        out[head_index] = _match_case(forms[0], words[head_index])
    j = head_index - 1
    while j >= 0:
        readings = analyzer.analyze(words[j])
        mod = _modifier_reading(readings, head)
        if mod is None:
            if _is_name_genitive(words[j], readings):
                j -= 1  # "nacionalinė Martyno Mažvydo biblioteka": the adjective is before the name
                continue
            break
        definite = any("Def" in t for t in mod.tags)
        forms = generate(mod.lemma, case, target_number, mod.gender or gender, definite=definite,
                         analyzer=analyzer)
        if forms:
            out[j] = _match_case(forms[0], words[j])
        j -= 1
    return " ".join(out)
