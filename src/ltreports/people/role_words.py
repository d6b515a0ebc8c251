"""Which words are role nouns, role modifiers, employers and demonyms (``data/roles.yaml`` + morphology).

A role noun ("head") is a common noun whose dictionary lemma is listed under ``heads``, or an agent noun
the dictionary derives with a suffix under ``agent_suffixes`` (-tojas/-toja, -ininkas/-ininkė, -istas/-istė,
-ėjas/-ėja, -ologas/-ologė: "akompaniatorius" is listed, "skaitytoja" and "alpinistas" are learned), or a noun
with a suffix under ``paired_suffixes`` whose other gender the dictionary also has ("moderatorius" and
"moderatorė", "fitoterapeutė" and "fitoterapeutas"; not "sektorius": no "sektorė"), or a
hyphenated compound of role nouns ("padėjėja-referentė"), or a listed abbreviation ("mokyt.").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..morphology import Analysis, get_analyzer
from ..quick_init import quick_init
from ..resources import load_yaml

GENDER_INDEX = {"Masc": 0, "Fem": 1}
DASHES = {"-", "–", "—"}
# a word the dictionary lacks is a role noun by these suffixes only ("epigramininkas"): guesses of other
# paradigms ("-ėjas" from "-ėja") are too loose
FALLBACK_SUFFIXES = ("ininkas", "ininkė", "istas", "istė")


@quick_init  # made by the thousand per post: slots set without ``object.__setattr__``
@dataclass(frozen=True, slots=True)
class Head:
    forms: tuple[str | None, str | None]  # (masculine, feminine) nominative singular
    genders: tuple[str, ...]
    cases: tuple[str, ...]
    plural: bool
    singular: bool = True  # some reading is singular


@cache
def data() -> dict:
    return load_yaml("roles.yaml")


@cache
def word_set_roles(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data()[key])


@cache
def suffixes(key: str) -> tuple[str, ...]:
    """A list of endings of ``roles.yaml`` as the tuple ``str.endswith`` takes, made once."""
    return tuple(data()[key])


@cache
def _head_index() -> dict[str, tuple[str | None, str | None]]:
    index: dict[str, tuple[str | None, str | None]] = {}
    for masc, fem in data()["heads"]:
        for form in (masc, fem):
            if form:
                index[form] = (masc, fem)
    return index


def analyses(word: str) -> tuple[Analysis, ...]:
    """Analyses of the word as written (capitals tell names apart), all-capital words lowered."""
    return get_analyzer().analyze(word.lower() if word.isupper() and len(word) > 1 else word)


@cache  # a lemma's answer depends on the dictionary and the data files alone: asked for every noun reading
def _learned_forms(lemma: str) -> tuple[str | None, str | None] | None:
    """The (masculine, feminine) pair of an agent noun by its suffix ("skaitytoja" -> skaitytojas/skaitytoja)."""
    if lemma in word_set_roles("not_heads") or lemma in data()["person_nouns"]["not_roles"]:
        return None
    min_stem = data()["agent_min_stem"]
    for masc, fem in data()["agent_suffixes"]:
        for suffix in (masc, fem):
            if lemma.endswith(suffix) and len(lemma) - len(suffix) >= min_stem:
                stem = lemma[: -len(suffix)]
                return stem + masc, stem + fem
    for masc, fem in data()["paired_suffixes"]:
        for suffix, other in ((masc, fem), (fem, masc)):
            if lemma.endswith(suffix) and len(lemma) - len(suffix) >= min_stem:
                stem = lemma[: -len(suffix)]
                if _dictionary_noun(stem + other):  # "moderatorius" has "moderatorė"; "sektorius" has none
                    return stem + masc, stem + fem
    return _person_pair(lemma)


def _person_pair(lemma: str) -> tuple[str, str] | None:
    """A noun the dictionary has in both genders ("chemikas"/"chemikė", "biologė"/"biologas", "juvelyras"/
    "juvelyrė"): a word for a person; a role unless it names a relation, an age or a people (``person_nouns``:
    "draugė", "anūkas", "paauglys"; "lenkas" by its country "Lenkija")."""
    pairs = data()["person_nouns"]
    if lemma in word_set_roles("not_heads") or lemma in pairs["not_roles"]:
        return None
    if lemma.endswith(suffixes("demonym_suffixes")):
        return None  # "kraštietis"/"kraštietė": where the person comes from
    for masc, fem in pairs["endings"]:
        for suffix, other in ((masc, fem), (fem, masc)):
            stem = lemma[: -len(suffix)]
            if not lemma.endswith(suffix) or len(stem) < pairs["min_stem"]:
                continue
            pair = (stem + masc, stem + fem)
            if any(p in pairs["not_roles"] for p in pair) or not _dictionary_noun(stem + other):
                continue
            if _people_name(stem):
                return None
            return pair
    return None


@cache
def _people_name(stem: str) -> bool:
    """The stem of a people's name: the dictionary has its country ("lenk" -> "Lenkija", "latv" -> "Latvija")."""
    country = stem[:1].upper() + stem[1:] + "ija"
    return any(a.kind == "place" and a.lemma == country for a in analyses(country))


@cache
def _dictionary_noun(lemma: str) -> bool:
    """The dictionary has ``lemma`` as a noun of that lemma. Its readings alone: the fallback's guesses (asked of
    every made-up other gender, "sektorė") are never dictionary readings."""
    word = lemma.lower() if lemma.isupper() and len(lemma) > 1 else lemma  # as ``analyses``
    return any(a.pos == "noun" and a.lemma == lemma for a in get_analyzer().dictionary_analyses(word))


def _forms_of(a: Analysis) -> tuple[str | None, str | None] | None:
    if a.pos != "noun" or a.kind is not None:
        return None
    index = _head_index()
    if a.lemma in index:
        return index[a.lemma]
    if "-" not in a.lemma and (a.source == "dictionary" or a.lemma.endswith(FALLBACK_SUFFIXES)):
        return _learned_forms(a.lemma)
    return None


def is_head_reading(a: Analysis) -> bool:
    return _forms_of(a) is not None


@cache
def head_of(text: str) -> Head | None:
    """The role head a word is a form of ("direktore" -> direktorius/direktorė), if any."""
    lower = text.lower()
    abbr = data()["head_abbreviations"].get(lower)
    if abbr:
        return Head(tuple(abbr), ("Masc", "Fem"), (), False)
    if "-" in lower.strip("-"):
        return _hyphenated(lower)
    genders: list[str] = []
    cases: list[str] = []
    forms = None
    plural = singular = False
    for a in analyses(lower):
        found = _forms_of(a)
        if found is None:
            continue
        forms = forms or found
        if a.gender and a.gender not in genders:
            genders.append(a.gender)
        if a.case and a.case not in cases:
            cases.append(a.case)
        plural = plural or a.number == "Pl"
        singular = singular or a.number != "Pl"
    if forms is None:
        index = _head_index()
        if lower in index:  # the dictionary lacks the word: nominative singular as listed
            forms = index[lower]
            return Head(forms, ("Masc" if forms[0] == lower else "Fem",), ("Nom",), False)
        return None
    return Head(forms, tuple(genders), tuple(cases), plural, singular)


@cache
def _author_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """The listed lemmas paired with an author head, and the author heads' shortest stems: a pair the suffix
    rules learn (``_learned_forms``) keeps the lemma's stem of ``agent_min_stem`` / ``person_nouns.min_stem``
    letters at least, so it holds "autorius" only for a lemma starting as "autorius" does."""
    authors = word_set_roles("author_heads")
    listed = frozenset(lemma for lemma, pair in _head_index().items() if set(pair) & authors)
    shortest = min(data()["agent_min_stem"], data()["person_nouns"]["min_stem"])
    return listed, tuple(sorted({w[:shortest] for w in authors}))


@lru_cache(maxsize=200_000)  # asked about every lower-case word of a post
def may_be_author(text: str) -> bool:
    """False only when ``head_of(text)`` cannot have an author head ("autorius", "autorė") among its forms: a
    test without the suffix rules, before ``head_of`` on every word."""
    lower = text.lower()
    if lower in data()["head_abbreviations"] or lower in _head_index() or "-" in lower.strip("-"):
        return True  # ``head_of``'s other ways to a role head: it decides
    listed, stems = _author_cues()
    return any(
        a.pos == "noun" and a.kind is None and (a.lemma in listed or a.lemma.startswith(stems)) for a in analyses(lower)
    )


def _hyphenated(lower: str) -> Head | None:
    """ "padėjėja-referentė", "dailininkė-edukatorė": every part a role noun; the last part inflects."""
    parts = lower.split("-")
    heads = [head_of(p) for p in parts]
    if not all(heads) or any(not p for p in parts):
        return None
    last = heads[-1]
    assert last is not None
    firsts = [h.forms for h in heads[:-1] if h is not None]
    masc = "-".join([f[0] or "" for f in firsts] + [last.forms[0] or ""]) if all(f[0] for f in firsts) else None
    fem = "-".join([f[1] or "" for f in firsts] + [last.forms[1] or ""]) if all(f[1] for f in firsts) else None
    if last.forms[0] is None:
        masc = None
    if last.forms[1] is None:
        fem = None
    return Head((masc, fem), last.genders, last.cases, last.plural, last.singular)


def _may_be(text: str, number: str, cases: tuple[str, ...]) -> bool:
    lower = text.lower()
    if lower in data()["head_abbreviations"]:
        return True
    if "-" in lower:
        lower = lower.rsplit("-", 1)[1]
    return any(is_head_reading(a) and a.number == number and (not cases or a.case in cases) for a in analyses(lower))


def may_be_singular_in(text: str, cases: tuple[str, ...]) -> bool:
    """The role word may be singular in one of ``cases`` (a plural "vadovai" names a group)."""
    return _may_be(text, "Sg", cases)


def may_be_plural_in(text: str, cases: tuple[str, ...]) -> bool:
    """The role word may be plural in one of ``cases`` ("mokytojai" is a plural nominative or a singular
    dative: over "Jonui, Onai" it is no plural)."""
    return _may_be(text, "Pl", cases)


@lru_cache(maxsize=200_000)  # asked of the words around every name
def is_demonym(text: str) -> bool:
    """A noun naming where a person comes from ("kraštietis", "biržietė", "kašoniškis"): never the role."""
    demonym_suffixes = suffixes("demonym_suffixes")
    return any(
        a.pos == "noun" and a.kind is None and a.lemma.endswith(demonym_suffixes) and not is_head_reading(a)
        for a in analyses(text)
    ) or text.lower() in word_set_roles("demonyms")


def is_genitive(text: str, pos: tuple[str, ...] | None = None) -> bool:
    return any(a.case == "Gen" and (pos is None or a.pos in pos) and a.kind is None for a in analyses(text))


def is_organization(text: str) -> bool:
    """A genitive naming the employer (a library, an administration, a company): dropped from the role."""
    orgs = word_set_roles("organization_nouns")
    return any(a.lemma.lower() in orgs for a in analyses(text) if a.kind is None)


@cache
def modifier_index() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for row in data()["modifiers"]:
        pair = (row["masc"][0], row["fem"][0])
        for form in (*row["masc"], *row["fem"]):
            index.setdefault(form, pair)
    return index


def listed_modifier(text: str) -> str | None:
    """The modifier's key ("vyr." or the matched form) when ``text`` is a listed role modifier."""
    lower = text.lower()
    if lower in data()["modifier_abbreviations"] or lower in modifier_index():
        return lower
    return None


@cache
def temporal_modifiers() -> frozenset[str]:
    """Forms of "buvęs", "laikinasis": they qualify the role past an employer ("buvusi bibliotekos direktorė")."""
    out: set[str] = set()
    for m in data()["modifiers"]:
        if m["masc"][0] in ("buvęs", "laikinasis"):
            out.update(w.lower() for w in [*m["masc"], *m["fem"]])
    return frozenset(out)
