"""Role phrases next to a name: "bibliotekos direktorius Rokas Gulbinas", "Rokas Gulbinas, bibliotekos
direktorius", normalized to the nominative singular, lower case, gender kept, employer dropped.

Which words are roles is ``role_words``; how a phrase around a role noun is read is ``role_phrase``. This
module attaches a phrase to a name: before it (past titles, a demonym "kraštietis", "iš Kelmės (Latvija)", a
colon or a parenthesis; the first of a chain "poetė ir grafikė X", "germanistė vertėja X", "tarybos narys,
Kultūros, švietimo ir sporto komiteto pirmininkas X"), or after it ("X – smuikininkas", "X, direktorė",
"X, kaip direktorė", "X, tapusi direktore", "X ⏎ Žurnalistų sąjungos narys").

The walks read the Doc's token texts by index (``language.doc_words``; ``Token.is_alpha``, ``is_lower``,
``is_space`` are the ``str`` methods of the text), without a spaCy Token object per look.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..language import doc_words
from ..quick_init import quick_init
from .names import given_readings, word_set
from .role_phrase import next_index, prev_index
from .role_phrase import phrase_at as _phrase_at
from .role_words import (
    analyses,
    head_of,
    is_demonym,
    is_genitive,
    is_head_reading,
    is_organization,
    listed_modifier,
    may_be_plural_in,
    may_be_singular_in,
    word_set_roles,
)

SEPARATORS = {",", "–", "—", "-", "(", ":"}
DETACHING = {":", "–", "—", "(", "-"}
CHAIN_JOINERS = {",", "ir", "bei"}
# abbreviations inside an employer's name between a name and its role ("Šilalės r. sav. VB")
PLACE_ABBREVIATIONS = frozenset({"r.", "raj.", "sav.", "m.", "k.", "sen.", "apskr.", "mstl."})

__all__ = ["Role", "head_of", "phrase_at", "role_after", "role_before", "work_owner"]


@quick_init  # made by the thousand per post: slots set without ``object.__setattr__``
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
    singular: bool = True  # the head may be singular
    detached: bool = False  # a colon, dash or parenthesis between role and name: cases need not agree


def phrase_at(doc: Doc, h: int, gender: str | None, lower_bound: int = 0, case: str | None = None) -> Role | None:
    """The role phrase whose head is token ``h``."""
    texts = doc_words(doc)[0]
    head = head_of(texts[h])
    phrase = _phrase_at(doc, h, gender, lower_bound, case)
    if head is None or phrase is None:
        return None
    return Role(
        phrase.text,
        phrase.start,
        phrase.end,
        phrase.gender,
        head.cases,
        head.plural,
        phrase.organization,
        h,
        phrase.first,
        head.singular,
    )


def _skip_between(doc: Doc, j: int) -> tuple[int, bool]:
    """Past what may stand between a role and its name: titles, "tapo", a colon, a parenthesis, a demonym
    ("renginio rėmėjas kraštietis Jonas", "vicemeras, kraštietis Jonas"), "iš Kelmės"."""
    texts = doc_words(doc)[0]
    titles = word_set("titles")
    titled = False
    while j >= 0 and texts[j].lower() in titles:
        if _position_title(doc, j):
            return j, False
        titled = True
        j = prev_index(texts, j)
    if _degree_noun(doc, j):  # a degree written out is a title ("profesorė, habilituota daktarė X")
        titled = True
        j = prev_index(texts, j)
        while j >= 0 and texts[j].isalpha() and _degree_adjective(texts[j]):
            j = prev_index(texts, j)
    if titled:
        j = _past_degree_field(doc, j)
    if titled and j >= 0 and texts[j] == ",":  # "akademikas, prof. dr. X"
        j = prev_index(texts, j)
    detached = False
    if j >= 0 and (texts[j].lower() in word_set_roles("between_role_and_name") or texts[j] == "("):
        detached = texts[j] in DETACHING
        j = prev_index(texts, j)
    demonyms = 0
    while j >= 0 and demonyms < 2 and texts[j].isalpha() and is_demonym(texts[j]) and head_of(texts[j]) is None:
        demonyms += 1
        j = prev_index(texts, j)
        if j >= 0 and texts[j] == ",":
            j = prev_index(texts, j)
    # "tautodailininkė iš Kelmės Ona Pocienė": where the person comes from, between role and name
    k = j
    if k >= 0 and texts[k] == ")":  # "istorikė iš Valmieros (Latvija) X": the country in parentheses
        opening = prev_index(texts, prev_index(texts, k))
        if opening >= 0 and texts[opening] == "(":
            k = prev_index(texts, opening)
    start = k
    for _ in range(3):
        if k < 0 or not (texts[k].isalpha() and texts[k][:1].isupper()):
            break
        k = prev_index(texts, k)
    if k != start and k >= 0 and texts[k].lower() == "iš":
        h = prev_index(texts, k)
        if h >= 0 and head_of(texts[h]) is not None:
            j = h
    h = _before_workplace(doc, j)
    if h is not None:
        j = h
    return j, detached


def _degree_noun(doc: Doc, j: int) -> bool:
    """A scholarly degree written out ("daktarė", "magistrui"): a title, not the person's role."""
    texts = doc_words(doc)[0]
    degrees = word_set_roles("degree_nouns")
    return j >= 0 and texts[j].isalpha() and any(
        a.pos == "noun" and a.kind is None and a.lemma.lower() in degrees for a in analyses(texts[j])
    )


def _degree_adjective(text: str) -> bool:
    adjectives = word_set_roles("degree_adjectives")
    return any(a.pos in ("adjective", "verb") and a.lemma.lower() in adjectives for a in analyses(text))


def _past_degree_field(doc: Doc, j: int) -> int:
    """Before the field of a degree ending at token ``j`` ("istorijos mokslų | dr."), or ``j``."""
    texts = doc_words(doc)[0]
    fields = word_set_roles("degree_fields")
    if j < 0 or not any(a.lemma.lower() in fields and a.case == "Gen" for a in analyses(texts[j])):
        return j
    k = prev_index(texts, j)
    for _ in range(3):  # "humanitarinių", "istorijos", "socialinių mokslų"
        if k < 0 or not (texts[k].isalpha() and texts[k].islower() and is_genitive(texts[k], ("noun", "adjective"))):
            break
        k = prev_index(texts, k)
    return k


def _before_workplace(doc: Doc, j: int) -> int | None:
    """The role noun before where the person works, a locative ending at token ``j`` ("bibliotekininkė Kelmėje
    X", "bibliotekininkė Kelmės filiale X", "vedėja Šilų bibliotekoje X")."""
    texts = doc_words(doc)[0]
    if j < 0 or not texts[j].isalpha():
        return None
    if texts[j][:1].isupper():
        if not _locative_place(texts[j]):
            return None
        k = prev_index(texts, j)
    else:
        if not any(a.pos == "noun" and a.kind is None and a.case == "Loc" for a in analyses(texts[j])):
            return None
        if not is_organization(texts[j]):
            return None
        k = prev_index(texts, j)
        owners = 0  # the place that owns it, in the genitive ("Kelmės", "Šilų kaimo")
        while k >= 0 and owners < 3 and texts[k].isalpha() and _genitive_or_place(texts[k]):
            owners += 1
            k = prev_index(texts, k)
        if not owners:
            return None
    if k >= 0 and texts[k].isalpha() and head_of(texts[k]) is not None:
        return k
    return None


def _genitive_or_place(text: str) -> bool:
    place = any(a.kind == "place" and a.case == "Gen" for a in analyses(text))
    return place or is_genitive(text, ("noun", "adjective"))


def _locative_place(text: str) -> bool:
    return any(a.kind == "place" and a.case == "Loc" for a in analyses(text))


def _position_title(doc: Doc, j: int) -> bool:
    """An academic title after its employer is the person's post ("fakulteto doc. X"; not "su prof. X")."""
    texts = doc_words(doc)[0]
    if texts[j].lower() not in word_set_roles("position_titles"):
        return False
    k = prev_index(texts, j)
    return k >= 0 and texts[k].isalpha() and is_organization(texts[k]) and is_genitive(texts[k])


def _title_role(doc: Doc, j: int, gender: str | None) -> Role:
    texts, offsets = doc_words(doc)
    return Role(texts[j].lower(), offsets[j], offsets[j] + len(texts[j]), gender, (), False, head=j, first=j)


def _head_before_clause(doc: Doc, j: int, limit: int = 8) -> int | None:
    """The role noun before a clause set off by commas that ends at token ``j`` ("renginių organizatorės,
    kuri vedė šį renginį, X"; "vedėja, atliekanti direktoriaus funkcijas X")."""
    texts = doc_words(doc)[0]
    k = prev_index(texts, j) if texts[j] == "," else j
    for _ in range(limit):
        k = prev_index(texts, k)
        if k < 0 or texts[k] in {".", "!", "?", ";", ":"} or texts[k][:1].isupper():
            return None
        if texts[k] == ",":
            opener = next_index(texts, k)
            h = prev_index(texts, k)
            if opener >= len(doc) or h < 0 or head_of(texts[h]) is None:
                return None
            # past adverbs ("taip pat vedusi šį renginį")
            while opener < j and texts[opener].isalpha() and _adverb(texts[opener]):
                opener = next_index(texts, opener)
            if texts[opener].lower() in word_set_roles("relative_pronouns") or _active_participle(texts[opener]):
                return h
            return None
    return None


def _adverb(text: str) -> bool:
    found = analyses(text)
    return bool(found) and all(a.pos in ("adverb", "particle") for a in found)


def _adverbial(text: str) -> bool:
    """The word may be an adverb ("šiandien", "vėliau", "dabar")."""
    return any(a.pos == "adverb" for a in analyses(text))


def _active_participle(text: str) -> bool:
    return any(a.pos == "verb" and any("Part_Act" in t for t in a.tags) and a.case for a in analyses(text))


def _credit_label(doc: Doc, j: int) -> bool:
    """ "Autorius: X", a line opening "Autorė X": a byline's label, not the person's role."""
    texts = doc_words(doc)[0]
    if texts[j].lower() not in word_set("credit_before"):
        return False
    k = next_index(texts, j)
    line_start = j == 0 or "\n" in texts[j - 1] + doc[j - 1].whitespace_
    return (k < len(doc) and texts[k] == ":") or line_start


def _head_before_tail(doc: Doc, j: int, gender: str | None) -> Role | None:
    """A role whose dative tail ends at token ``j`` ("metodininkė viešiesiems ryšiams | Ona")."""
    texts, offsets = doc_words(doc)
    k = j
    for _ in range(5):
        k = prev_index(texts, k)
        if k < 0 or not texts[k].isalpha():
            return None
        if head_of(texts[k]) is not None:
            role = phrase_at(doc, k, gender)
            if role is not None and role.end == offsets[j] + len(texts[j]):
                return role
            return None
        if not texts[k].islower():
            return None
    return None


def role_before(doc: Doc, first: int, gender: str | None, case: str | None = None) -> Role | None:
    """A role phrase ending right before the name that starts at token ``first`` (in ``case``, when known)."""
    texts = doc_words(doc)[0]
    j, detached = _skip_between(doc, prev_index(texts, first))
    if j < 0 or _credit_label(doc, j):
        return None
    if _position_title(doc, j):
        return _title_role(doc, j, gender)
    if head_of(texts[j]) is None:
        tail_end = texts[j].isalpha() and (texts[j].islower() or _locative_place(texts[j]))
        nearest = _head_before_tail(doc, j, gender) if tail_end else None
        if nearest is None:
            h = _head_before_clause(doc, j)
            nearest = phrase_at(doc, h, gender, case=case) if h is not None else None
    else:
        nearest = phrase_at(doc, j, gender, case=None if detached else case)
        if nearest is not None:
            nearest = _hyphenated(doc, nearest, gender)
    # a plural role over a list chains only with plural roles ("aktorės, kryžių savininkės A ir B", not
    # "autorė, skaitovės A, B")
    plural = nearest is not None and bool(case) and not may_be_singular_in(texts[nearest.head], (case,))
    role = nearest
    # several roles in a row: "poetas, eseistas, filosofas X", "kalbininkė, savivaldybės tarybos narė X",
    # "renginio vedėjas, kraštietis aktorius X": the first one is the person's main role
    chain_cases = nearest.cases if nearest else ()
    name_cases = (case,) if case and not detached else chain_cases
    while role is not None:
        # side by side only before a bare role noun ("germanistė vertėja X"), not before a post with its
        # employer or modifiers ("organizatorė filialo vyr. bibliotekininkė X": the post is the role)
        adjacent = name_cases if role.first == role.head else None
        earlier = _earlier_role(doc, role.first, gender, chain_cases, plural, adjacent)
        if earlier is None:
            break
        role = earlier
    if role is None or nearest is None:
        return replace(nearest, detached=detached) if nearest is not None else None
    return replace(role, cases=nearest.cases, plural=nearest.plural, singular=nearest.singular, detached=detached)


def _hyphenated(doc: Doc, role: Role, gender: str | None) -> Role:
    """A hyphen between two role nouns makes one hyphenated role ("padėjėja-referentė", "vyresnioji
    bibliotekininkė-renginių organizatorė")."""
    texts = doc_words(doc)[0]
    k = prev_index(texts, role.first)
    if k < 0 or texts[k] not in ("-", "–", "—"):
        return role
    if doc[k].whitespace_ or doc[k - 1].whitespace_:
        return role  # a spaced dash says what the role is ("Renginio vedėja – bibliotekininkė X")
    m = prev_index(texts, k)
    if m < 0 or head_of(texts[m]) is None or not may_be_singular_in(texts[m], role.cases):
        return role
    left = phrase_at(doc, m, gender)
    if left is None:
        return role
    return replace(left, text=f"{left.text}-{role.text}", end=role.end, head=role.head)


def _earlier_role(
    doc: Doc,
    first: int,
    gender: str | None,
    cases: tuple[str, ...],
    plural: bool = False,
    adjacent: tuple[str, ...] | None = None,
    limit: int = 10,
) -> Role | None:
    """A role phrase joined by a comma or "ir" before the role phrase starting at token ``first``,
    past a demonym ("vedėjas, kraštietis aktorius") or an employer's name ("organizatorius ir asociacijos
    „X“ vadovas")."""
    texts = doc_words(doc)[0]
    k = prev_index(texts, first)
    employer = False  # the walk is inside an employer's name
    for _ in range(limit):
        if k < 0:
            return None
        word = texts[k]
        if word in {"–", "—"}:
            # "pirmininkė, šiandien – bibliotekininkė X", "vedėja, o vėliau – direktorė X": then and now, a chain
            k = _comma_before_adverbs(doc, k)
            if k < 0:
                return None
            word = texts[k]
        if word.lower() == "iš" and next_index(texts, k) <= first and texts[next_index(texts, k)][:1].isupper():
            # "lektorius iš Vilniaus etnologas X": the origin of the first role stands between the two
            m = prev_index(texts, k)
            if m >= 0 and head_of(texts[m]) is not None and _same_number(texts[m], cases, plural):
                return phrase_at(doc, m, gender)
            return None
        if word.lower() in CHAIN_JOINERS:
            m = prev_index(texts, k)
            if m >= 0 and head_of(texts[m]) is not None and _same_number(texts[m], cases, plural):
                if _owner_named_before(doc, m):
                    return None  # "X knyga ... Dalyvavo knygos autorius ir direktorius Y": the author is X
                return phrase_at(doc, m, gender)
            if word == "," and m >= 0 and texts[m].isalpha() and is_genitive(texts[m], ("noun", "adjective")):
                k = m  # an employer's name enumerates ("Kultūros, švietimo ir sporto komiteto pirmininkas")
                continue
            return None
        if (
            adjacent is not None
            and k == prev_index(texts, first)
            and word.isalpha()
            and head_of(word) is not None
            and _same_number(word, adjacent or cases, plural)
        ):
            # two role nouns side by side in the name's case, no joiner ("germanistė vertėja X"): a chain
            return phrase_at(doc, k, gender)
        if not (
            word in {"„", "“", "”", '"'}
            or (word.isdigit() and len(word) <= 2)  # a class or year of study ("6 klasės mokinė")
            # a capitalized word; a given name only in an employer's name ("Jono Petraičio gimnazijos mokinė")
            or (word[:1].isupper() and word.isalpha() and (employer or not given_readings(word)))
            or (word.isalpha() and is_genitive(word, ("noun", "adjective")))  # not "jų": another group
            or (word.isalpha() and is_demonym(word))
        ):
            return None
        employer = employer or (word.isalpha() and word.islower() and is_organization(word) and is_genitive(word))
        k = prev_index(texts, k)
    return None


def _owner_named_before(doc: Doc, h: int) -> bool:
    return work_owner(doc, h) is not None


def work_owner(doc: Doc, h: int, window: int = 400) -> int | None:
    """The last token of the person an author noun at ``h`` describes: its genitive complement ("knygos autorius")
    names a work the text gave earlier with a person's name in the genitive ("Jono Petraičio knyga"); None when not."""
    texts, offsets = doc_words(doc)
    head = head_of(texts[h])
    if head is None or not set(head.forms) & word_set_roles("author_heads"):
        return None  # a person's genitive before a work names its author, not its curator or publisher
    k = prev_index(texts, h)
    if k < 0 or not (texts[k].isalpha() and texts[k].islower() and is_genitive(texts[k], ("noun",))):
        return None
    lemmas = {a.lemma for a in analyses(texts[k]) if a.pos == "noun" and a.kind is None}
    start = offsets[k] - window
    i = k - 1
    while i > 0 and offsets[i] >= start:
        word = texts[i]
        if word.isalpha() and word.islower() and {a.lemma for a in analyses(word) if a.pos == "noun"} & lemmas:
            before = prev_index(texts, i)
            if before >= 0 and _genitive_name(texts[before]):
                return before
        i -= 1
    return None


def _genitive_name(text: str) -> bool:
    return text[:1].isupper() and any(a.kind == "family_name" and a.case == "Gen" for a in analyses(text))


def _comma_before_adverbs(doc: Doc, dash: int) -> int:
    """The comma before the adverbs that a dash ends (", šiandien –", ", o dabar –"), or -1."""
    texts = doc_words(doc)[0]
    k = prev_index(texts, dash)
    adverbs = 0
    while k >= 0 and adverbs < 3 and texts[k].isalpha() and texts[k].islower() and (
        texts[k] == "o" or _adverbial(texts[k])
    ):
        adverbs += 1
        k = prev_index(texts, k)
    return k if adverbs and k >= 0 and texts[k] == "," else -1


def _same_number(text: str, cases: tuple[str, ...], plural: bool) -> bool:
    if not plural:
        return may_be_singular_in(text, cases)
    return any(is_head_reading(a) and a.number == "Pl" and (not cases or a.case in cases) for a in analyses(text))


def _governed_genitive(doc: Doc, k: int) -> bool:
    """Token ``k`` may be a genitive of the noun after it ("bibliotekininkės dukros")."""
    texts = doc_words(doc)[0]
    n = next_index(texts, k)
    if n >= len(doc) or not is_genitive(texts[k]) or not (texts[n].isalpha() and texts[n].islower()):
        return False
    return any(a.pos == "noun" and a.kind is None for a in analyses(texts[n]))


def _predicative_verb(text: str) -> bool:
    """A form of a verb whose complement is the person's role ("tapo", "tapusi": became)."""
    verbs = word_set_roles("predicative_verbs")
    return text.isalpha() and text.islower() and any(a.pos == "verb" and a.lemma in verbs for a in analyses(text))


def _plural_genitive(text: str) -> bool:
    found = [a for a in analyses(text) if is_head_reading(a)]
    return bool(found) and all(a.case == "Gen" and a.number == "Pl" for a in found)


def _is_adjective_in(text: str, case: str | None) -> bool:
    """A plain adjective in the name's case ("X, ilgametė ...", "Onai Jonaitei – aktyviausiai ..."; "buvusi" is
    a modifier and handled apart)."""
    found = analyses(text)
    wanted = case or "Nom"
    return (
        bool(found)
        # "aktyviausiai" is also an adverb, "žinomas" a participle, "jaunuoju" a noun made of the adjective
        and all(
            a.pos in ("adjective", "adverb")
            or (a.pos == "verb" and a.case is not None)
            or (a.pos == "noun" and a.kind is None and a.case == wanted)
            for a in found
        )
        and any(a.pos == "adjective" and a.case == wanted for a in found)
    )


def role_after(
    doc: Doc,
    last: int,
    gender: str | None,
    name_starts: set[int],
    limit: int = 14,
    case: str | None = None,
    plural: bool = False,
) -> Role | None:
    """A role phrase after the name ending at token ``last`` (in ``case`` when known): "X, bibliotekos
    direktorius"; a plural one too when the name ends a list (``plural``: "A ir B, bibliotekininkės")."""
    texts = doc_words(doc)[0]
    k = last + 1
    origin = next_index(texts, last)
    if origin < len(doc) and texts[origin].lower() == "iš":  # "X iš Kelmės, tautodailininkė"
        m = next_index(texts, origin)
        for _ in range(3):
            if m >= len(doc) or not (texts[m].isalpha() and texts[m][:1].isupper()) or m in name_starts:
                break
            last, m = m, next_index(texts, m)
        k = last + 1
    separated = False
    while k < len(doc) and (texts[k].isspace() or texts[k] in SEPARATORS):
        separated = True
        k += 1
    if "\n" in doc[last].whitespace_:
        separated = True
    if not separated or k >= len(doc):
        return None
    if k < len(doc) and texts[k].lower() in word_set_roles("role_introducers"):
        k = next_index(texts, k)  # "X, kaip bibliotekos direktorė, ...": the role in the name's case
    elif k < len(doc) and _predicative_verb(texts[k]):
        # "X, tapusi bibliotekos direktore": the role in the instrumental (or nominative) after "become"
        k = next_index(texts, k)
        case = None if case is None else "Inst"
    lower_bound = k
    for _ in range(limit):
        if k >= len(doc) or k in name_starts:
            return None
        word = texts[k]
        if head_of(word) is not None and (
            _plural_genitive(word)
            or (
                case
                and case != "Gen"
                and not may_be_singular_in(word, (case,))
                and not (plural and may_be_plural_in(word, (case,)))
                and is_genitive(word)
            )
        ):
            # a group inside an employer's name ("X ⏎ Lietuvos žurnalistų sąjungos narys"), a genitive
            # complement of the role ("X, mero patarėja")
            k += 1
            continue
        if word.isalpha() and word.islower() and is_demonym(word) and head_of(word) is None:
            k = next_index(texts, k)  # "X, kraštietis, poetas"
            if k < len(doc) and texts[k] == ",":
                k = next_index(texts, k)
            continue
        if head_of(word) is not None:
            role = phrase_at(doc, k, gender, lower_bound)
            n = next_index(texts, k)
            cases = ("Inst", "Nom") if case == "Inst" else (case,) if case else ()
            number_fits = may_be_singular_in(word, cases) or (
                plural and may_be_plural_in(word, cases) and not _governed_genitive(doc, k)
            )
            if role is None or n in name_starts or not number_fits:
                return None  # a plural after a name heads something else ("X ⏎ Žodžio skleidėjai")
            return role
        if not (
            word.isspace()
            or word[:1].isupper()
            or word in {"ir", "bei", "-", "–", "„", "“"}
            or word.lower() in PLACE_ABBREVIATIONS  # "Šilalės r. SVB ... bibliotekininkė"
            or (word.isalpha() and is_genitive(word))
            or listed_modifier(word)
            or (word.isalpha() and word.islower() and _is_adjective_in(word, case))  # "ilgametė ... darbuotoja"
        ):
            return None
        if word in {".", "!", "?", ";"}:
            return None
        k += 1
    return None
