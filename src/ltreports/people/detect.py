"""Finding name spans over tokens: [initials | given name(s)] + family name (+ "-" second family name)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..language import doc_words
from ..morphology import get_analyzer
from .given_names import first_given_before, three_part_name
from .names import (
    GLUED_INITIAL_RE,
    QUALITY,
    Reading,
    agree,
    analyses,
    family_readings,
    given_readings,
    has_surname_ending,
    is_capitalized,
    is_initial,
    is_upper_word,
    lower_endings,
    married_form,
    normal_case,
    not_names,
    paradigm_readings,
    place_readings,
    word_set,
)
from .role_words import is_demonym
from .roles import head_of

DASHES = {"-", "–", "—"}


@dataclass(slots=True)
class Candidate:
    first: int  # token indices, inclusive
    last: int
    given: list[tuple[Reading, ...]]  # readings of each given-name part (initials: one "initial" reading)
    family: list[tuple[Reading, ...]]  # readings of each family-name part
    strong: bool  # given name and family name both known to the dictionary as names
    couple: bool = False  # one of two given names sharing a plural family name ("Aldona ir Stasys Kavaliauskai")


def _step(texts: list[str], i: int, allow_newline: bool = True) -> tuple[int, bool] | None:
    """The next non-space token after ``i`` when only spaces or one line break lie between, over the token texts
    of a Doc (``doc_words``; a token's own trailing whitespace is one space at most: no line break)."""
    newlines = 0
    k = i + 1
    while k < len(texts) and texts[k].isspace():  # ``Token.is_space``
        newlines += texts[k].count("\n")
        k += 1
    if k >= len(texts) or newlines > 1 or (newlines and not allow_newline):
        return None
    return k, newlines == 1


@lru_cache(maxsize=200_000)  # asked about every capitalized word: decided once per spelling
def _family_word(text: str) -> bool:
    """Capitalized or all capitals; not glued words ("LevickienėirI", markup lost between words)."""
    if is_upper_word(text):
        return True
    return is_capitalized(text) and "." not in text and not any(c.isupper() for c in text[1:])


def _family_at(doc: Doc, texts: list[str], j: int) -> tuple[int, list[tuple[Reading, ...]]] | None:
    """Family name starting at token ``j``: one word or two joined by a hyphen or a dash. (``texts``, here and
    in the detectors below: the Doc's token texts by index, ``doc_words``; no Token object per word.)"""
    text = texts[j]
    if not _family_word(text):
        return None
    readings = family_readings(text)
    if not readings:
        return None
    parts = [readings]
    last = j
    k = j + 1
    if k + 1 < len(doc) and texts[k] in DASHES and _family_word(texts[k + 1]):
        second = family_readings(texts[k + 1])
        spaced = bool(doc[j].whitespace_)
        if not second and not spaced and not doc[k].whitespace_:
            # a second name the dictionary knows only as a given name, joined by a hyphen ("Giedraitis-Giedrius",
            # a pen name): part of the family name when it agrees with the first part
            given = tuple(r for r in given_readings(texts[k + 1]) if r.source == "name")
            second = given if given and agree([readings, given]) is not None else ()
        if (
            second
            and not any(r.source == "place" for r in second)
            and (
                not spaced
                or not get_analyzer().known(normal_case(texts[k + 1]))
                or agree([readings, tuple(r for r in second if r.source != "asis")]) is not None
            )
        ):
            parts.append(second)
            last = k + 1
    return last, parts


def _initials(text: str) -> tuple[Reading, ...]:
    return (Reading(text, None, None, "initial"),)


def _unknown_given(text: str) -> tuple[Reading, ...]:
    """A capitalized word taken as a given name in a supporting context ("seniūnas Juzef ...")."""
    places = place_readings(text)
    return (*places, Reading(normal_case(text), None, None, "asis"))


def _context_supports(doc: Doc, texts: list[str], i: int) -> bool:
    """A role word or a credit cue right before token ``i``."""
    j = i - 1
    while j >= 0 and (texts[j].isspace() or texts[j] in {":", "–"} or texts[j].lower() in word_set("titles")):
        j -= 1
    # where the person works, in the locative, between role and name ("bibliotekininkė Kelmėje Valė ...")
    while j >= 0 and is_capitalized(texts[j]) and _locative_place(texts[j]) and not doc[j].is_sent_start:
        j -= 1
        while j >= 0 and texts[j].isspace():
            j -= 1
    # where the person comes from, between role and name ("rašytojas iš Ukrainos Andrij ...")
    if j > 0 and is_capitalized(texts[j]) and not doc[j].is_sent_start and place_readings(texts[j]):
        k = j - 1
        while k >= 0 and texts[k].isspace():
            k -= 1
        if k >= 0 and texts[k] == "iš":
            j = k - 1
            while j >= 0 and texts[j].isspace():
                j -= 1
    if j < 0:
        return False
    prev = texts[j].lower()
    if prev in word_set("credit_before") or head_of(texts[j]) is not None:
        return True
    # a role completed by a dative ("metodininkė viešiesiems ryšiams X") or a demonym after it
    k = j
    for _ in range(3):
        if k < 0 or not (texts[k].isalpha() and texts[k].islower()):
            return False
        if not (is_demonym(texts[k]) or any(a.case == "Dat" for a in analyses(texts[k]))):
            return False
        k -= 1
        while k >= 0 and texts[k].isspace():
            k -= 1
        if k >= 0 and head_of(texts[k]) is not None:
            return True
    return False


def _locative_place(text: str) -> bool:
    found = place_readings(text)
    return bool(found) and all(r.case in ("Loc", "Ill") for r in found)


def candidate_at(doc: Doc, texts: list[str], i: int) -> Candidate | None:
    text = texts[i]
    # "V.Kochanskytės": initial glued to the family name
    glued = GLUED_INITIAL_RE.match(text)
    if glued:
        readings = family_readings(glued.group(2))
        if any(r.source in ("name", "fallback", "guess") for r in readings) or (
            # a foreign family name the dictionary lacks, after a role word ("bibliotekininkė Č.Aleksejevec")
            readings and all(r.source == "asis" for r in readings) and _context_supports(doc, texts, i)
        ):
            return Candidate(i, i, [_initials(glued.group(1))], [readings], False)
        return None
    if is_initial(text):
        given = [_initials(text)]
        k = i
        while True:
            step = _step(texts, k, allow_newline=False)
            if step is None:
                return None
            k = step[0]
            if is_initial(texts[k]) and len(given) < 3:
                given.append(_initials(texts[k]))
                continue
            break
        fam = _family_at(doc, texts, k)
        if fam is None or not any(r.source != "place" for r in fam[1][0]):
            return None
        return Candidate(i, fam[0], given, fam[1], False)
    if not is_capitalized(text) or "-" in text:
        return None
    given_r = given_readings(text)
    if not given_r:
        if not _context_supports(doc, texts, i):
            return _uncommon_given(doc, texts, i)
        if get_analyzer().known(normal_case(text)) and not place_readings(text):
            found = _uncommon_given(doc, texts, i, anywhere=True)
            step = _step(texts, i, allow_newline=False)
            if found is not None or step is None or get_analyzer().known(normal_case(texts[step[0]])):
                return found  # an unknown given name before a known one: _extend_first_given
            # a foreign pair after a role word ("rašytojas Jan Kowalski")
        if any(r.case in ("Loc", "Ill") for r in place_readings(text)):
            return None  # "ambasadorius Lietuvoje Jan ...": a place, not a given name
        given_r = _unknown_given(text)
        step = _step(texts, i, allow_newline=False)
        if step is None:
            return None
        fam = _family_at(doc, texts, step[0])
        if fam is None:
            return None
        return Candidate(i, fam[0], [given_r], fam[1], False)
    given_end = i
    hyphenated = _hyphenated_given(doc, texts, i, given_r)
    if hyphenated is not None:
        given_end, given_r = hyphenated
    given = [given_r]
    step = _step(texts, given_end)
    if step is None:
        return None
    k, newline = step
    # a second given name ("Jūratė Sofija Laučiūtė"); one that is also a family name ("Jonas Paulius
    # Petraitis") only before a family name agreeing with both
    second = given_readings(texts[k]) if is_capitalized(texts[k]) else ()
    if second and not newline and _rare_first_given(doc, texts, i, given_r, second):
        return None  # "Bibliotekinykė Ona Jonaitė" at a sentence start: the name starts at the known given name
    if second and not newline:
        step2 = _step(texts, k, allow_newline=False)
        third = _family_at(doc, texts, step2[0]) if step2 is not None else None
        if (
            third is not None
            and step2 is not None
            and (
                not any(r.source == "name" for r in family_readings(texts[k]))
                or three_part_name(given_r, second, third[1])
            )
        ):
            given.append(second)
            k = step2[0]
    elif not newline and is_initial(texts[k]) and any(r.source == "name" for r in given_r):
        # a middle initial: "Vytautas V. Landsbergis"
        step2 = _step(texts, k, allow_newline=False)
        if (
            step2 is not None
            and (fam2 := _family_at(doc, texts, step2[0])) is not None
            and any(r.source in ("name", "guess") for r in fam2[1][0])
        ):
            given.append(_initials(texts[k]))
            k = step2[0]
    fam = _family_at(doc, texts, k)
    if fam is None and not newline and _context_supports(doc, texts, i):
        fam = _common_word_family(doc, texts, k, given)
    if fam is None:
        return None
    strong = any(r.source == "name" for r in fam[1][0])
    dictionary_given = any(r.source == "name" for g in given for r in g)
    surname_like = any(r.source == "guess" and has_surname_ending(r.lemma) for r in fam[1][0])
    if not dictionary_given and not strong and not surname_like and not _context_supports(doc, texts, i):
        return None
    if newline and not strong:
        return None
    # a place name the dictionary also knows as a family name, in another gender or case than the given name
    # ("Ona Vilnius"): the place
    readings = [r for part in fam[1] for r in part]
    if (
        any(r.source == "place" for r in readings)
        and all(r.source in ("name", "place") for r in readings)
        and agree([*given, *fam[1]]) is None
    ):
        return None
    # a known given name followed by a word only known as a place: accept only with support
    if all(r.source == "place" for r in fam[1][0]) and (
        not _context_supports(doc, texts, i) or all(r.case in ("Loc", "Ill") for r in fam[1][0])
    ):
        return None
    return Candidate(i, fam[0], given, fam[1], strong)


def _rare_first_given(
    doc: Doc, texts: list[str], i: int, first: tuple[Reading, ...], second: tuple[Reading, ...]
) -> bool:
    """A word the dictionary does not know as a name (only a guess of the fallback) before a dictionary given
    name, at a sentence start with no role word before it: any word is capitalized there."""
    if any(r.source == "name" for r in first) or not any(r.source == "name" for r in second):
        return False
    return doc[i].is_sent_start and not _context_supports(doc, texts, i)


def _extend_first_given(doc: Doc, cand: Candidate) -> Candidate:
    """A rare first given name before a candidate that starts with a dictionary given name (``given_names``)."""
    if cand.couple or len(cand.given) != 1:
        return cand
    found = first_given_before(doc, cand.first, cand.given[0], cand.family)
    if found is None:
        return cand
    j, readings = found
    return Candidate(j, cand.last, [readings, *cand.given], cand.family, cand.strong)


def _hyphenated_given(
    doc: Doc, texts: list[str], i: int, first: tuple[Reading, ...]
) -> tuple[int, tuple[Reading, ...]] | None:
    """A hyphenated given name ("Rūta-Marija"): both parts given names in one case and gender, read as one."""
    if i + 2 >= len(doc) or texts[i + 1] != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return None
    second = given_readings(texts[i + 2]) if is_capitalized(texts[i + 2]) else ()
    joined = tuple(
        Reading(f"{a.lemma}-{b.lemma}", a.gender, a.case, min(a.source, b.source, key=lambda s: QUALITY[s]))
        for a in first
        for b in second
        if a.case == b.case and a.gender == b.gender
    )
    return (i + 2, joined) if joined else None


def couple_at(doc: Doc, texts: list[str], i: int) -> list[Candidate]:
    """Two given names and one family name in the plural: "Aldona ir Stasys Kavaliauskai", "Ritos ir Broniaus
    Zemlerių šeimai": a man with the family name and a woman with its married form."""
    if not is_capitalized(texts[i]):
        return []
    first = tuple(r for r in given_readings(texts[i]) if r.source == "name")
    step = _step(texts, i, allow_newline=False) if first else None
    if not first or step is None or texts[step[0]].lower() not in ("ir", "bei"):
        return []
    step2 = _step(texts, step[0], allow_newline=False)
    if step2 is None or not is_capitalized(texts[step2[0]]):
        return []
    j = step2[0]
    second = tuple(r for r in given_readings(texts[j]) if r.source == "name")
    step3 = _step(texts, j, allow_newline=False)
    if not second or step3 is None or not _family_word(texts[step3[0]]):
        return []
    f = step3[0]
    plural = [a for a in analyses(texts[f]) if a.kind == "family_name" and a.number == "Pl" and a.case]
    for a in plural:
        g1 = [r for r in first if r.case == a.case]
        g2 = [r for r in second if r.case == a.case]
        if not g1 or not g2:
            continue
        out = []
        for start, readings in ((i, g1), (j, g2)):
            gender = readings[0].gender
            lemma = a.lemma if gender == "Masc" else married_form(a.lemma)
            if lemma is None:
                return []
            family = (Reading(lemma, gender, a.case, "name"),)
            out.append(Candidate(start, f, [tuple(readings)], [family], True, couple=True))
        return out
    return []


def _common_word_family(
    doc: Doc, texts: list[str], k: int, given: list[tuple[Reading, ...]]
) -> tuple[int, list] | None:
    """A family name that is also a common word ("mokytojas Tomas Ąžuolas", "su mokytoju Tomu Ąžuolu"):
    only after a role word and a dictionary given name it agrees with, never at a sentence start."""
    text = texts[k]
    if not any(r.source == "name" for g in given for r in g):
        return None
    if not _family_word(text) or doc[k].is_sent_start or place_readings(text):
        return None
    guesses = tuple(r for r in paradigm_readings(text) if r.source == "guess")
    if not guesses or agree([*given, guesses]) is None:
        return None
    return k, [guesses]


def _uncommon_given(doc: Doc, texts: list[str], i: int, anywhere: bool = False) -> Candidate | None:
    """A given name the dictionary lacks or knows only as a common word ("Valė", "Liana"), before a
    known family name it agrees with; not at a sentence start, where any word is capitalized."""
    text = texts[i]
    if text in not_names():
        return None
    step = _step(texts, i, allow_newline=False)
    if step is None:
        return None
    fam = _family_at(doc, texts, step[0])
    if fam is None or head_of(text) is not None:  # the role-head analysis last: most words have no family name after
        return None
    # a place the dictionary also knows as a family name ("Modernusis Vilnius") carries no uncommon given name
    places = {r.case for r in fam[1][0] if r.source == "place"}
    known = tuple(r for r in fam[1][0] if r.source == "name" and r.case not in places)
    # a dictionary surname of a typical shape ("Jagielienės", "Vitkutė") carries a given name the dictionary
    # knows only as a place or a common word ("Lenos", "Silva", "Sonata"), even at a sentence start
    typical = any(r.lemma.lower().endswith(lower_endings("typical_surname_endings")) for r in known)
    if ((doc[i].is_sent_start and not anywhere) or place_readings(text)) and not typical:
        return None
    guesses = tuple(r for r in paradigm_readings(text) if r.source == "guess")
    if not known or not guesses or agree([guesses, known]) is None:
        return None
    return Candidate(i, fam[0], [guesses], [known, *fam[1][1:]], True)


def find_candidates(doc: Doc) -> list[Candidate]:
    found: list[Candidate] = []
    # every name starts with a capital (an initial, a given name, a couple): other words are passed over
    texts = doc_words(doc)[0]  # every token's text by index, handed to the detectors (no Token per word)
    i = 0  # the first token not yet passed
    for start in [k for k, t in enumerate(texts) if t[:1].isupper()]:
        if start < i:
            continue  # inside a name found already
        i = start
        pair = couple_at(doc, texts, i)
        if pair:
            found.extend(pair)
            i = pair[-1].last + 1
            continue
        cand = candidate_at(doc, texts, i)
        if cand is not None:
            if not found or found[-1].last < cand.first - 1:
                cand = _extend_first_given(doc, cand)
            found.append(cand)
            i = cand.last + 1
        else:
            i += 1
    return found
