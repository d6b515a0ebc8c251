"""The role phrase around a role noun, normalized: "buvusi ilgametė šios bibliotekos vedėja" -> "buvusi ilgametė
vedėja", "vyriausiąją specialistę" -> "vyriausioji specialistė", "Seimo nario padėjėja" -> "seimo nario padėjėja".

Read leftwards from the head noun, each word is one of:
- a modifier agreeing with the head (a listed one, "vyr.", a definite or superlative adjective, a relational
  -inis adjective): kept, brought to the nominative singular of the person's gender;
- a genitive complement (a common noun in the genitive with its own adjectives, "ir" between two): kept as
  written ("renginio vedėja", "lietuvių kalbos ir literatūros mokytoja");
- the employer (a genitive organization noun: library, administration, company ...) and everything that names
  it (genitives, places, quotes, abbreviations): dropped, but modifiers before it still belong to the role;
- anything else ends the phrase.
After the head, a dative phrase may complete it ("metodininkė viešiesiems ryšiams").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ..language import doc_words
from ..morphology import Analysis, generate
from ..quick_init import quick_init
from .names import GLUED_INITIAL_RE
from .role_words import (
    GENDER_INDEX,
    Head,
    analyses,
    data,
    head_of,
    is_demonym,
    is_organization,
    listed_modifier,
    may_be_singular_in,
    modifier_index,
    suffixes,
    word_set_roles,
)

ORDINAL_NUMBER_RE = re.compile(r"^\d{1,2}(?:-\w+)?$")
ADJECTIVE_POS = ("adjective", "numeral_ordinal", "ordinal_number")
ENTERING_EMPLOYER = {"„", "“", "”", '"', "r.", "raj.", "sav.", "m.", "sen.", "apskr.", "mstl."}
EMPLOYER_SKIP = {"„", "“", "”", '"', "ir", "bei", "r.", "raj.", "sav.", "m.", "sen.", "apskr.", "mstl."}


@quick_init  # made by the thousand per post: slots set without ``object.__setattr__``
@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  # normalized role
    start: int  # character span of the kept words
    end: int
    gender: str | None
    first: int  # leftmost token the phrase consumed (employer included)
    organization: str | None  # an acronym right before the role ("RBMVS")


def prev_index(texts: list[str], i: int) -> int:
    """Index of the nearest non-space token before ``i`` (-1 when none), over the token texts of a Doc
    (``doc_words``: ``Token.is_space`` is ``text.isspace()``, without a Token per word)."""
    i -= 1
    while i >= 0 and texts[i].isspace():
        i -= 1
    return i


def next_index(texts: list[str], i: int) -> int:
    """Index of the nearest non-space token after ``i`` (``len(texts)`` when none)."""
    i += 1
    while i < len(texts) and texts[i].isspace():
        i += 1
    return i


def prev_token(doc: Doc, i: int) -> int:
    """Index of the nearest non-space token before ``i`` (-1 when none)."""
    return prev_index(doc_words(doc)[0], i)


def next_token(doc: Doc, i: int) -> int:
    return next_index(doc_words(doc)[0], i)


def gender_of(head: Head, gender: str | None, word: str = "") -> str | None:
    """The role's gender: the singular head word's own when it has one, else the person's (a plural
    "nariai" covers women too)."""
    own = [g for g in head.genders if g in GENDER_INDEX and head.forms[GENDER_INDEX[g]]]
    if len(own) == 1 and not head.plural and word not in data()["head_abbreviations"]:
        return own[0]
    if gender in GENDER_INDEX and head.forms[GENDER_INDEX[gender]]:
        return gender
    if word in head.forms:  # a nominative singular as written
        return "Masc" if head.forms.index(word) == 0 else "Fem"
    for g in own:
        return g
    return "Masc" if head.forms[0] else "Fem"


def _head_readings(text: str) -> list[Analysis]:
    lower = text.lower()
    if "-" in lower:
        lower = lower.rsplit("-", 1)[1]
    return [a for a in analyses(lower) if a.pos == "noun" and a.kind is None]


def _agreeing(text: str, head_readings: list[Analysis]) -> list[Analysis]:
    """Adjective readings of ``text`` in the case, number and gender of some reading of the head
    (none for a word that may be a noun: "kartos" is "karta", not a participle of "karti")."""
    out: list[Analysis] = []
    found = analyses(text)
    if any(a.pos == "noun" for a in found):
        return out
    for a in found:
        if a.pos not in ("adjective", "verb") or a.case is None:
            continue
        for h in head_readings:
            if a.case == h.case and a.number == h.number and (a.gender is None or a.gender == h.gender):
                out.append(a)
                break
    return out


def _describes_next_noun(texts: list[str], j: int, role_start: int) -> bool:
    """Does the adjective at ``j`` agree with the first common noun between it and the role's first word, right
    after it ("viešosios bibliotekos") or past names ("nacionalinės Martyno Mažvydo bibliotekos")? A name itself
    is not that noun ("ilgametės Naujosios Vilnios bibliotekininkės": the librarians are long-serving)."""
    after = next_index(texts, j)
    while after < role_start and texts[after].isalpha():
        if not texts[after][:1].isupper():
            return bool(_agreeing(texts[j], _head_readings(texts[after])))
        after = next_index(texts, after)  # a name in between: a patron's, or the employer's place
    return False


def _kept_adjective(a: Analysis) -> bool:
    if a.pos != "adjective" or a.lemma in word_set_roles("dropped_adjectives"):
        return False
    definite = any("Def" in t for t in a.tags)
    superlative = any("Super" in t for t in a.tags)
    relational = a.lemma.endswith(suffixes("relational_adjective_endings"))
    return definite or superlative or relational or a.lemma in word_set_roles("kept_adjectives")


def _nominative(a: Analysis, written: str, gender: str) -> str:
    """An agreeing adjective in the nominative singular of ``gender`` ("vyriausiąją" -> "vyriausioji")."""
    lower = written.lower()
    if any("Super" in t for t in a.tags):
        cut = lower.rfind("iaus")
        if cut > 0:
            return lower[: cut + 4] + ("ia" if gender == "Fem" else "ias")
        return lower
    definite = any("Def" in t for t in a.tags)
    forms = generate(a.lemma, "Nom", "Sg", gender, definite=definite)
    return forms[0] if forms else lower


def _genitive_noun(text: str) -> bool:
    """A common noun in the genitive (capitalized ones too: "Seimo", "Prezidento", "Kultūros"; not names)."""
    found = analyses(text)
    if text[:1].isupper() and (
        any(a.kind in ("first_name", "family_name", "place") for a in found)
        or not any(a.source == "dictionary" and a.kind is None for a in found)
    ):
        return False
    return any(a.pos == "noun" and a.kind is None and a.case == "Gen" for a in found)


def _demonstrative(text: str) -> bool:
    demonstratives = word_set_roles("demonstrative_pronouns")
    return text.isalpha() and any(a.pos == "pronoun" and a.lemma in demonstratives for a in analyses(text))


def _genitive_adjective(text: str) -> bool:
    return text.islower() and any(a.pos in ADJECTIVE_POS and a.case == "Gen" for a in analyses(text))


def _named_genitive(text: str) -> str | None:
    """ "person" for a genitive personal name, "place" for a place, None otherwise."""
    if not text[:1].isupper():
        return None
    found = [a for a in analyses(text) if a.case == "Gen" or a.case is None]
    if any(a.kind in ("first_name", "family_name") for a in found):
        return "person"
    if any(a.kind in ("place", "proper") for a in found) or not found:
        return "place"
    return None


def _names_employer(text: str) -> bool:
    """A word inside an employer's name: a genitive, an acronym, a word the dictionary lacks."""
    found = analyses(text)
    if text.isupper() or not found:
        return True
    return any(a.case == "Gen" for a in found)


PLURAL_LEMMA_ENDINGS = ("ai", "os", "ės", "ys")  # a noun with no singular ("namai", "kapinės") names one thing


def _plural_genitive(text: str) -> bool:
    """Every genitive common-noun reading of the word is plural of a noun that has a singular ("programų",
    "vokiečių"; not "namų" of "namai")."""
    found = [a for a in analyses(text) if a.pos == "noun" and a.kind is None and a.case == "Gen"]
    return bool(found) and all(a.number == "Pl" and not a.lemma.endswith(PLURAL_LEMMA_ENDINGS) for a in found)


def _modifier_agrees(key: str, text: str, head_readings: list[Analysis]) -> bool:
    """A listed modifier belongs to the role only in a case and number of the head ("vyresniajai bibliotekininkei",
    not "vyriausiojo ... viršininkas"); an abbreviation ("vyr."), or a word or head without case readings, always."""
    if key in data()["modifier_abbreviations"] or not head_readings:
        return True
    found = [a for a in analyses(text.lower()) if a.case]
    return not found or any(a.case == h.case and a.number == h.number for a in found for h in head_readings)


def _governs_genitive(text: str) -> bool:
    """A word the dictionary reads as a preposition taking the genitive ("po", "Iš", "prie", "dėl")."""
    return text[1:].islower() and any(a.pos == "preposition_Gen" for a in analyses(text.lower()))


def _not_complement(text: str) -> bool:
    lemmas = word_set_roles("not_complement_nouns")
    return text.lower() in lemmas or any(a.lemma.lower() in lemmas for a in analyses(text))


def phrase_at(doc: Doc, h: int, gender: str | None, lower_bound: int = 0, case: str | None = None) -> Phrase | None:
    """The role phrase whose head is token ``h`` (in ``case`` when the name's case is known)."""
    texts, offsets = doc_words(doc)  # by index: no Token per word (``is_alpha``, ``is_lower``: ``str`` methods)
    head = head_of(texts[h])
    if head is None:
        return None
    g = gender_of(head, gender, texts[h].lower())
    gi = GENDER_INDEX.get(g or "Masc", 0)
    written = texts[h].lower()
    # abbreviations stay as written ("mokyt.", "vad."): the rules do not guess what they stand for
    head_form = written if written in data()["head_abbreviations"] else head.forms[gi] or written
    readings = _head_readings(texts[h])
    if case is not None:
        readings = [a for a in readings if a.case == case] or readings
    head_cases = tuple(dict.fromkeys(a.case for a in readings if a.case))
    words: list[str] = [head_form]
    start = first = h
    mode = "complement"  # complement -> employer (after the employer's noun only modifiers are kept)
    complements = 0  # genitive complements kept so far
    right = texts[h]  # the noun the next genitive to the left would complement
    j = prev_index(texts, h)
    while j >= lower_bound:
        text = texts[j]
        alpha = text.isalpha()
        lower = text.lower()
        key = listed_modifier(text)
        if key is not None and not _modifier_agrees(key, text, readings):
            key = None  # "vyriausiojo policijos komisariato viršininkas": the employer's adjective, not the role's
        if key is not None:
            pair = modifier_index().get(key)
            words.insert(0, pair[gi] if pair else key)
            start = first = j
            mode = "employer"  # a complement stands next to the noun: genitives before a modifier are not one
            j = prev_index(texts, j)
            continue
        agreeing = _agreeing(text, readings) if alpha else []
        if mode == "employer":
            # a genitive adjective past the employer describes the employer ("viešosios bibliotekos")
            agreeing = [a for a in agreeing if a.case != "Gen" or a.lemma in word_set_roles("kept_adjectives")]
        if agreeing and mode == "employer" and _describes_next_noun(texts, j, start):
            # past the employer's noun an adjective goes with the noun it stands before, even where it could
            # agree with a plural head too ("viešosios bibliotekos metodininkės": "viešosios" is the library's)
            first = j
            j = prev_index(texts, j)
            continue
        if agreeing:
            kept = next((a for a in agreeing if _kept_adjective(a)), None)
            if kept is not None:
                words.insert(0, _nominative(kept, text, g or "Masc"))
                start = first = j
            elif any(a.pos == "verb" for a in agreeing) and all(a.pos == "verb" for a in agreeing):
                break  # a participle ("gerbiama"): not part of the role
            else:
                first = j  # an evaluative adjective ("talentinga"): skipped
            mode = "employer"
            j = prev_index(texts, j)
            continue
        if mode == "complement":
            if alpha and lower in _kept_complements(right):
                words.insert(0, lower)  # "Mero pavaduotoja", "seimo nario"
                start = first = j
                complements += 1
                right = text
                j = prev_index(texts, j)
                if is_organization(text):
                    mode = "employer"  # what names the council is no part of the seat ("... globos tarybos narys")
                continue
            if (
                alpha
                and _genitive_noun(text)
                and not _not_complement(text)
                and (not is_demonym(text) or _plural_genitive(text))  # "vokiečių poetas", not "kraštiečio"
            ):
                # an employer is one body: a plural genitive next to a singular head is what the person works on
                # ("programų koordinatorė", "knygų iliustruotoja")
                singular_head = bool(readings) and all(a.number == "Sg" for a in readings)
                what = not complements and singular_head and _plural_genitive(text)
                if is_organization(text) and lower not in _kept_complements(right) and not what:
                    mode = "employer"
                    first = j
                    j = prev_index(texts, j)
                    continue
                saved = (list(words), start, first, complements, right)
                words.insert(0, lower)
                start = first = j
                complements += 1
                right = text
                j = prev_index(texts, j)
                # the noun's own adjectives ("penktos klasės", "jaunosios kartos")
                while j >= lower_bound and texts[j].isalpha() and _genitive_adjective(texts[j]):
                    words.insert(0, texts[j].lower())
                    start = first = j
                    j = prev_index(texts, j)
                if j >= lower_bound and ORDINAL_NUMBER_RE.match(texts[j]) and words[0] == lower:
                    words.insert(0, texts[j].lower())  # an ordinal in figures ("7 klasės", "3-iosios grupės")
                    start = first = j
                    j = prev_index(texts, j)
                if j >= lower_bound and _demonstrative(texts[j]):
                    first = j  # "šio renginio vedėja": the demonstrative is no part of the role
                    j = prev_index(texts, j)
                if j >= lower_bound and "Gen" not in head_cases and _governs_genitive(texts[j]):
                    # "Po susitikimo rašytoją X": the genitive is the preposition's, not the role's (but
                    # "iš renginio vedėjos X": the preposition governs the whole role)
                    words, start, first, complements, right = saved
                    break
                # "lietuvių kalbos ir literatūros mokytoja"
                if j >= lower_bound and texts[j].lower() in ("ir", "bei"):
                    k = prev_index(texts, j)
                    if k >= lower_bound and texts[k].isalpha() and _genitive_noun(texts[k]):
                        if is_organization(texts[k]) and texts[k].lower() not in _kept_complements(right):
                            # "bibliotekos ir šio renginio vedėja": the employer's post comes first
                            words, start, mode, first = words[-1:], h, "employer", k
                            j = prev_index(texts, k)
                            continue
                        words.insert(0, texts[j].lower())
                        j = k
                continue
            named = _named_genitive(text) if alpha else "person" if GLUED_INITIAL_RE.match(text) else None
            if named == "person":
                if complements:
                    # a named prize or work ("Vinco Kudirkos premijos laureatas"): the genitives go with it
                    words = words[-1:]
                    start, complements, mode = h, 0, "employer"
                # else the person whose assistant or adviser ("Seimo nario X padėjėja"): skipped
                first = j
                j = prev_index(texts, j)
                continue
            if named == "place" or (text.isupper() and alpha) or lower in ENTERING_EMPLOYER:
                mode = "employer"
                first = j
                j = prev_index(texts, j)
                continue
            break
        # employer mode: skip what names the employer ("Kultūros ir švietimo skyriaus", "UAB „Statva“"),
        # not a chain of roles or another person ("direktorius Jonas Petraitis ir bibliotekos vedėja")
        if lower in ("ir", "bei"):
            k = prev_index(texts, j)
            if k < 0 or not (texts[k].isalpha() and _names_employer(texts[k])):
                break
        if alpha and head_of(text) is not None and may_be_singular_in(text, head_cases):
            break  # another role in the head's case ("vedėjos Telšių kultūros centro režisierės"): a chain
        if lower in EMPLOYER_SKIP or (alpha and _names_employer(text)):
            first = j
            j = prev_index(texts, j)
            continue
        break
    end = offsets[h] + len(texts[h])
    tail, tail_end = _tail(doc, h) if not all(a.case == "Dat" for a in readings) else ([], -1)
    if tail:
        words += tail
        end = tail_end
    organization = None
    k = prev_index(texts, start)
    if k >= 0 and texts[k].isupper() and texts[k].isalpha() and 2 <= len(texts[k]) <= 6 and texts[k] != "LR":
        organization = texts[k]
    return Phrase(" ".join(words), offsets[start], end, g, first, organization)


@cache
def _posts_abroad() -> tuple[str, ...]:
    """The stems of posts abroad ("ambasador", "konsul") as the tuple ``str.startswith`` takes, made once."""
    return tuple(word_set_roles("posts_abroad"))


def _kept_complements(word: str) -> frozenset[str]:
    """Organization genitives kept before ``word`` ("seimo nario", "tarybos narė")."""
    kept = data()["kept_complements"]
    out: set[str] = set()
    for a in analyses(word):
        out.update(kept.get(a.lemma.lower(), ()))
    return frozenset(out)


def _tail(doc: Doc, h: int) -> tuple[list[str], int]:
    """Words after the head that belong to the role: a listed tail ("darbui su jaunimu"), a dative phrase
    ("viešiesiems ryšiams", "rinkodarai ir viešiesiems ryšiams") followed by a name or punctuation, or the
    country of a post abroad ("ambasadorius Čekijoje")."""
    texts, offsets = doc_words(doc)
    k = next_index(texts, h)
    if (
        k < len(texts)
        and texts[h].lower().startswith(_posts_abroad())
        and texts[k].isalpha()
        and texts[k][:1].isupper()
        and any(a.kind == "place" and a.case == "Loc" for a in analyses(texts[k]))
    ):
        return [texts[k].lower()], offsets[k] + len(texts[k])
    for tail in data()["tails"]:
        k, matched = h, []
        for word in tail:
            k = next_index(texts, k)
            if k >= len(texts) or texts[k].lower() != word:
                break
            matched.append(texts[k].lower())
        else:
            k = next_index(texts, k)
            if k < len(texts) and texts[k].isalpha() and texts[k].islower():
                return [*matched, texts[k].lower()], offsets[k] + len(texts[k])
    words: list[str] = []
    k = next_index(texts, h)
    end = -1
    while k < len(texts):
        text = texts[k]
        if not (text.isalpha() and text.islower()):
            break
        found = analyses(text)
        dative = [a for a in found if a.case == "Dat" and a.kind is None]
        if text in ("ir", "bei") and words:
            words.append(text)
        elif dative and all(a.case == "Dat" for a in found if a.pos in ("noun", "adjective")):
            if head_of(text) is not None or is_demonym(text):
                break
            words.append(text)
            if any(a.pos == "noun" for a in dative):
                end = offsets[k] + len(text)
        else:
            break
        k = next_index(texts, k)
    if not words or end < 0:
        return [], -1
    while words and words[-1] in ("ir", "bei"):
        words.pop()
    nxt = texts[k] if k < len(texts) else None
    if nxt is None or nxt in {",", ".", ";", ")", "(", "–", "-"} or nxt[:1].isupper():
        return words, end
    return [], -1
