"""Role phrases next to a name: "bibliotekos direktorius Rokas Gulbinas", "Rokas Gulbinas, bibliotekos
direktorius", normalized to the nominative singular, lower case, gender kept, employer dropped.

The vocabulary (heads, modifiers, kept genitive complements, employer nouns) is ``data/roles.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from ..morphology import get_analyzer
from ..resources import load_yaml
from .names import given_readings, word_set

GENDER_INDEX = {"Masc": 0, "Fem": 1}
SEPARATORS = {",", "–", "—", "-", "(", ":"}


@dataclass(frozen=True, slots=True)
class Role:
    text: str  # normalized role ("vyresnioji metodininkė")
    start: int  # character span of the role phrase in the document
    end: int
    gender: str | None  # Masc | Fem, from the head word
    cases: tuple[str, ...]  # the cases the head word may have here
    plural: bool  # the head may be plural ("darbuotojos X ir Y")
    organization: str | None = None  # a department abbreviation right before the role ("RBMVS")
    head: int = -1  # token index of the head word
    first: int = -1  # token index where the role phrase starts


@dataclass(frozen=True, slots=True)
class Head:
    forms: tuple[str | None, str | None]  # (masculine, feminine) nominative singular
    genders: tuple[str, ...]
    cases: tuple[str, ...]
    plural: bool


@cache
def _data() -> dict:
    return load_yaml("roles.yaml")


@cache
def _head_index() -> dict[str, tuple[str | None, str | None]]:
    index: dict[str, tuple[str | None, str | None]] = {}
    for masc, fem in _data()["heads"]:
        for form in (masc, fem):
            if form:
                index[form] = (masc, fem)
    return index


@cache
def _modifier_index() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for row in _data()["modifiers"]:
        pair = (row["masc"][0], row["fem"][0])
        for form in (*row["masc"], *row["fem"]):
            index.setdefault(form, pair)
    return index


@cache
def _kept_complements() -> dict[str, frozenset[str]]:
    return {head: frozenset(words) for head, words in _data()["kept_complements"].items()}


@cache
def head_of(text: str) -> Head | None:
    """The role head a word is a form of ("direktore" -> direktorius/direktorė), if any."""
    lower = text.lower()
    abbr = _data()["head_abbreviations"].get(lower)
    if abbr:
        return Head(tuple(abbr), ("Masc", "Fem"), (), False)
    index = _head_index()
    genders: list[str] = []
    cases: list[str] = []
    forms = None
    plural = False
    for a in get_analyzer().analyze(lower):
        if a.pos == "noun" and a.kind is None and a.lemma in index:
            forms = index[a.lemma]
            if a.gender and a.gender not in genders:
                genders.append(a.gender)
            if a.case and a.case not in cases:
                cases.append(a.case)
            plural = plural or a.number == "Pl"
    if forms is None:
        if lower in index:  # the dictionary lacks the word: nominative singular as listed
            forms = index[lower]
            return Head(forms, ("Masc" if forms[0] == lower else "Fem",), ("Nom",), False)
        return None
    return Head(forms, tuple(genders), tuple(cases), plural)


def _modifier(token: Token) -> str | None:
    """The modifier's key ("vyr." or the matched form) when ``token`` is a role modifier."""
    lower = token.text.lower()
    if lower in _data()["modifier_abbreviations"] or lower in _modifier_index():
        return lower
    return None


@cache
def _temporal_modifiers() -> frozenset[str]:
    """Forms of "buvęs", "laikinasis": they qualify the role past an employer ("buvusi bibliotekos direktorė")."""
    out: set[str] = set()
    for m in _data()["modifiers"]:
        if m["masc"][0] in ("buvęs", "laikinasis"):
            out.update(w.lower() for w in [*m["masc"], *m["fem"]])
    return frozenset(out)


def _is_genitive(token: Token, pos: str | None = None) -> bool:
    for a in get_analyzer().analyze(token.text.lower()):
        if a.case == "Gen" and (pos is None or a.pos == pos) and a.kind is None:
            return True
    return False


def _is_organization(token: Token) -> bool:
    orgs = word_set_roles("organization_nouns")
    return any(a.lemma.lower() in orgs for a in get_analyzer().analyze(token.text.lower()))


@cache
def word_set_roles(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _data()[key])


def _prev(doc: Doc, i: int) -> int:
    """Index of the nearest non-space token before ``i`` (-1 when none)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _next(doc: Doc, i: int) -> int:
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _gender_of(head: Head, gender: str | None, word: str = "") -> str | None:
    if gender in GENDER_INDEX and head.forms[GENDER_INDEX[gender]]:
        return gender
    if word in head.forms:  # a nominative singular as written
        return "Masc" if head.forms.index(word) == 0 else "Fem"
    for g in head.genders:
        if head.forms[GENDER_INDEX.get(g, 0)]:
            return g
    return "Masc" if head.forms[0] else "Fem"


def phrase_at(doc: Doc, h: int, gender: str | None, lower_bound: int = 0) -> Role | None:
    """The role phrase whose head is token ``h``: modifiers and kept complements before it."""
    head = head_of(doc[h].text)
    if head is None:
        return None
    g = _gender_of(head, gender, doc[h].text.lower())
    head_form = head.forms[GENDER_INDEX[g]] if g else head.forms[0]
    words = [head_form or doc[h].text.lower()]
    start = h
    j = _prev(doc, h)
    kept = _kept_complements().get(head.forms[0] or "", frozenset()) | _kept_complements().get(
        head.forms[1] or "", frozenset()
    )
    if j >= lower_bound:
        tok = doc[j]
        lower = tok.text.lower()
        if lower in kept or (
            tok.is_lower
            and tok.is_alpha
            and _is_genitive(tok, "noun")
            and not _is_organization(tok)
            and head_of(tok.text) is None
            and lower not in word_set_roles("not_complements")
        ):
            words.insert(0, lower)
            start = j
            k = _prev(doc, j)
            if (
                k >= lower_bound
                and doc[k].is_lower
                and (_is_genitive(doc[k], "adjective") or doc[k].text in word_set_roles("not_complements"))
                and not _modifier(doc[k])
            ):
                words.insert(0, doc[k].text)  # "lietuvių kalbos mokytoja", "vaikų literatūros ..."
                start = k
            j = _prev(doc, start)
    modifiers = _modifier_index()
    while j >= lower_bound and (key := _modifier(doc[j])) is not None:
        pair = modifiers.get(key)
        words.insert(0, pair[GENDER_INDEX.get(g or "Masc", 0)] if pair else key)
        start = j
        j = _prev(doc, j)
    # "buvusi bibliotekos direktorė": a modifier before the employer's genitive belongs to the role
    employer = j >= lower_bound and doc[j].is_lower and _is_genitive(doc[j], "noun") and _is_organization(doc[j])
    if len(words) == 1 and employer:
        k = _prev(doc, j)
        if k >= lower_bound and (key := _modifier(doc[k])) is not None and key in _temporal_modifiers():
            pair = modifiers.get(key)
            words.insert(0, pair[GENDER_INDEX.get(g or "Masc", 0)] if pair else key)
            start = k
    end = doc[h].idx + len(doc[h].text)
    # tails: "bibliotekininkė darbui su jaunimu"
    for tail in _data()["tails"]:
        k, matched = h, []
        for word in tail:
            k = _next(doc, k)
            if k >= len(doc) or doc[k].text.lower() != word:
                break
            matched.append(doc[k].text.lower())
        else:
            k = _next(doc, k)
            if k < len(doc) and doc[k].is_alpha and doc[k].is_lower:
                words += [*matched, doc[k].text.lower()]
                end = doc[k].idx + len(doc[k].text)
    organization = None
    if j >= 0 and doc[j].text.isupper() and doc[j].is_alpha and 2 <= len(doc[j].text) <= 6 and doc[j].text != "LR":
        organization = doc[j].text
    return Role(" ".join(words), doc[start].idx, end, g, head.cases, head.plural, organization, h, start)


def role_before(doc: Doc, first: int, gender: str | None) -> Role | None:
    """A role phrase ending right before the name that starts at token ``first``."""
    titles = word_set("titles")
    j = _prev(doc, first)
    while j >= 0 and doc[j].text.lower() in titles:
        j = _prev(doc, j)
    if j >= 0 and doc[j].text.lower() in word_set_roles("between_role_and_name"):
        j = _prev(doc, j)
    # "tautodailininkė iš Kelmės Ona Pocienė": where the person comes from, between role and name
    k = j
    for _ in range(3):
        if k < 0 or not (doc[k].is_alpha and doc[k].text[:1].isupper()):
            break
        k = _prev(doc, k)
    if k != j and k >= 0 and doc[k].text.lower() == "iš":
        h = _prev(doc, k)
        if h >= 0 and head_of(doc[h].text) is not None:
            j = h
    if j < 0 or head_of(doc[j].text) is None:
        return None
    nearest = phrase_at(doc, j, gender)
    role = nearest
    # several roles in a row: "poetas, eseistas, filosofas X", "kalbininkė, savivaldybės tarybos narė X";
    # the first one is the person's main role
    while role is not None:
        earlier = _earlier_role(doc, role.first, gender, nearest.cases if nearest else ())
        if earlier is None:
            break
        role = earlier
    if role is None or nearest is None:
        return nearest
    return replace(role, cases=nearest.cases)


def _may_agree(text: str, cases: tuple[str, ...]) -> bool:
    """The role word may be singular in one of ``cases`` (a plural "vadovai" names a group)."""
    index = _head_index()
    return (
        any(
            a.lemma in index and a.number == "Sg" and (not cases or a.case in cases)
            for a in get_analyzer().analyze(text.lower())
        )
        or text.lower() in _data()["head_abbreviations"]
    )


def _earlier_role(doc: Doc, first: int, gender: str | None, cases: tuple[str, ...], limit: int = 6) -> Role | None:
    """A role phrase joined by a comma or "ir" before the role phrase starting at token ``first``,
    past an employer's name ("organizatorius ir asociacijos „X“ vadovas")."""
    k = _prev(doc, first)
    for _ in range(limit):
        if k < 0:
            return None
        tok = doc[k]
        if tok.text.lower() in {",", "ir", "bei"}:
            m = _prev(doc, k)
            if m >= 0 and head_of(doc[m].text) is not None and _may_agree(doc[m].text, cases):
                return phrase_at(doc, m, gender)
            return None
        if not (
            tok.text in {"„", "“", "”", '"'}
            or (tok.text[:1].isupper() and tok.is_alpha and not given_readings(tok.text))
            or (tok.is_alpha and _is_genitive(tok))
        ):
            return None
        k = _prev(doc, k)
    return None


# abbreviations inside an employer's name between a name and its role ("Šilalės r. sav. VB")
PLACE_ABBREVIATIONS = frozenset({"r.", "raj.", "sav.", "m.", "k.", "sen.", "apskr.", "mstl."})


def _is_nominative_adjective(token: Token) -> bool:
    """A plain adjective in the nominative ("ilgametė", "buvusi" is a modifier and handled apart)."""
    found = get_analyzer().analyze(token.text.lower())
    return bool(found) and all(a.pos == "adjective" for a in found) and any(a.case == "Nom" for a in found)


def role_after(doc: Doc, last: int, gender: str | None, name_starts: set[int], limit: int = 14) -> Role | None:
    """A role phrase after the name ending at token ``last``: "X, bibliotekos direktorius"."""
    k = last + 1
    separated = False
    while k < len(doc) and (doc[k].is_space or doc[k].text in SEPARATORS):
        separated = True
        k += 1
    if "\n" in doc[last].whitespace_:
        separated = True
    if not separated or k >= len(doc):
        return None
    lower_bound = k
    for _ in range(limit):
        if k >= len(doc) or k in name_starts:
            return None
        tok = doc[k]
        if head_of(tok.text) is not None:
            role = phrase_at(doc, k, gender, lower_bound)
            n = _next(doc, k)
            if role is None or n in name_starts:
                return None
            return role
        if not (
            tok.is_space
            or tok.text[:1].isupper()
            or tok.text in {"ir", "bei", "-", "–", "„", "“"}
            or tok.text.lower() in PLACE_ABBREVIATIONS  # "Šilalės r. SVB ... bibliotekininkė"
            or (tok.is_alpha and _is_genitive(tok))
            or _modifier(tok)
            or (tok.is_alpha and tok.is_lower and _is_nominative_adjective(tok))  # "ilgametė ... darbuotoja"
        ):
            return None
        if tok.text in {".", "!", "?", ";"}:
            return None
        k += 1
    return None
