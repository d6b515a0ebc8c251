"""Pipeline component ``ltr_people``: writes matches to ``doc._.person_matches``.

Each match is a ``Match[PersonFact]``: the name's character span, its raw text and the normalized
person (nominative given and family names, gender, the role next to it). Every occurrence counts:
full names, initials with a surname, and a surname alone after the person was named in full.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import Match, in_boilerplate, matches
from ..morphology import get_analyzer
from .detect import DASHES, Candidate, find_candidates
from .facts import PersonFact
from .names import (
    GLUED_INITIAL_RE,
    agree,
    family_readings,
    given_readings,
    independent,
    is_capitalized,
    is_initial,
    is_upper_word,
    word_set,
)
from .role_words import is_organization
from .roles import Role, phrase_at, role_after, role_before

GENDERS = {"Masc": "M", "Fem": "F"}
LIST_JOINERS = {",", "ir", "bei"}
LIST_SKIP = {",", "ir", "bei", "kt.", "(", ")"}


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """Inside „…“ / "…" quotes on the same line (a title of a work, a name of an event)."""
    line_start = text.rfind("\n", 0, start) + 1
    depth = 0
    before = ""
    for ch in text[line_start:start]:
        if ch == before and ch in "„“”\"":
            continue  # a doubled quote („„Tremtis ...“) opens or closes once
        before = ch
        if ch == "„":
            depth += 1
        elif ch in "“”":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = depth - 1 if depth > 0 else 1
    if depth == 0:
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return any(q in rest for q in '“”"')


def _before_joiner(doc: Doc, k: int) -> bool:
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k < len(doc) and doc[k].text in LIST_SKIP


def _tail_words(doc: Doc, last: int, name_tokens: set[int], n: int) -> list[str]:
    """Up to ``n`` words after a name, past a list of further names and a number or ordinal
    ("Povilo Višinskio ir Jono Avyžiaus viešųjų bibliotekų", "X 80-asis jubiliejus")."""
    out: list[str] = []
    k = last + 1
    joined = False  # past "ir", "," ...: only another name may follow ("X ir bibliotekos direktorė": X is a person)
    while k < len(doc) and len(out) < n:
        tok = doc[k]
        k += 1
        if tok.is_space:
            continue
        if not out and (
            k - 1 in name_tokens
            or tok.text in LIST_SKIP
            or tok.text[:1].isdigit()
            or (name_tokens and tok.text[:1].isupper() and tok.is_alpha and _before_joiner(doc, k))
        ):
            joined = tok.text in LIST_SKIP and tok.text not in ("(", ")", "kt.")  # "ir kt. knygos": the list ends
            continue
        if not (tok.is_alpha or tok.text.endswith(".")):
            break
        if joined and tok.is_lower:
            break
        joined = False
        out.append(tok.text.lower())
    return out


def _build(doc: Doc, cand: Candidate, role: Role | None) -> PersonFact:
    parts = [*cand.given, *cand.family]
    agreed = agree(parts, role.cases if role and role.cases else None, _texts(doc, cand, len(parts)))
    if agreed is not None:
        chosen, case, gender = agreed
    else:
        chosen, case, gender = independent(parts), None, None
        genders = {r.gender for r in chosen if r.gender}
        gender = genders.pop() if len(genders) == 1 else None
    if gender is None and role is not None:
        gender = role.gender
    given = tuple(r.lemma for r in chosen[: len(cand.given)])
    family = "-".join(r.lemma for r in chosen[len(cand.given) :])
    return PersonFact(given, family, GENDERS.get(gender or ""), case)


def _texts(doc: Doc, cand: Candidate, n: int) -> list[str] | None:
    """The name's parts as written ("" for initials), aligned with the candidate's readings."""
    words = [t.text for t in doc[cand.first : cand.last + 1] if not t.is_space and t.text not in DASHES]
    glued = GLUED_INITIAL_RE.match(words[0]) if len(words) == 1 else None
    if glued:
        words = [glued.group(1), glued.group(2)]
    if len(words) != n:
        return None
    return ["" if is_initial(w) or w.endswith(".") else w for w in words]


def _with_role(fact: PersonFact, role: Role | None) -> PersonFact:
    if role is None:
        return fact
    return PersonFact(
        fact.given,
        fact.family,
        fact.gender,
        fact.case,
        role.text,
        role.start,
        role.end,
        role.organization,
        fact.surname_only,
        fact.excluded,
    )


def _adjacent(doc: Doc, last: int) -> bool:
    """The next token follows the name without punctuation."""
    k = last + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k < len(doc) and (doc[k].is_alpha or doc[k].text.endswith("."))


def _may_be_genitive(doc: Doc, cand: Candidate) -> bool:
    parts = [*cand.given, *cand.family]
    agreed = agree(parts, ("Gen",))
    return agreed is not None and agreed[1] == "Gen"


def _plain_tail(doc: Doc, last: int, name_tokens: set[int], n: int = 3) -> list[str]:
    """Up to ``n`` lower-case words right after a name (or a chain of names joined by "ir"/"bei"),
    with no punctuation between: "Antano Baranausko ir Antano Vienuolio-Žukausko memorialinį muziejų"."""
    k = last + 1
    out: list[str] = []
    joined = False
    while k < len(doc) and len(out) < n:
        tok = doc[k]
        if tok.is_space or (not out and (k in name_tokens or tok.text in {"ir", "bei", "-"})):
            if not tok.is_space:
                joined = tok.text in {"ir", "bei", "-"}
            k += 1
            continue
        if not (tok.is_alpha and tok.is_lower) or joined:
            break  # "X ir bibliotekos direktorė": no name between, X is not part of an institution's name
        out.append(tok.text)
        k += 1
    return out


@cache
def _not_person_lemmas() -> frozenset[str]:
    """Lemmas of the nouns in ``after_not_person`` ("muziejus" for "muziejų", "muziejumi")."""
    out: set[str] = set()
    for form in word_set("after_not_person"):
        out.update(a.lemma.lower() for a in get_analyzer().analyze(form) if a.pos == "noun" and a.kind is None)
    return frozenset(out)


def _lemmas(word: str) -> set[str]:
    return {a.lemma.lower() for a in get_analyzer().analyze(word) if a.pos == "noun" and a.kind is None}


def _adjective_only(word: str) -> bool:
    found = get_analyzer().analyze(word)
    return bool(found) and all(a.pos == "adjective" for a in found)


def _adjective_like(word: str) -> bool:
    """An adjective reading among the analyses ("gimtoji" is also a participle of "gimti")."""
    return any(a.pos == "adjective" for a in get_analyzer().analyze(word))


def _organization_name(doc: Doc, cand: Candidate) -> bool:
    """Capitals right after an organization noun in the same, non-genitive case name the organization
    ("leidykla ALMA LITTERA", "su bendrove Jonas ir Ko"), not a person."""
    k = cand.first - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or not doc[k].is_alpha or not doc[k].is_lower or not is_organization(doc[k].text):
        return False
    found = [a for a in get_analyzer().analyze(doc[k].text) if a.pos == "noun"]
    if any(a.case == "Gen" for a in found):
        return False  # "Kelmės bibliotekos Ona Jonaitė": a person of that library
    cases = {a.case for a in found}
    parts = [*cand.given, *cand.family]
    agreed = agree(parts, tuple(c for c in cases if c)) if cases else None
    return agreed is not None and agreed[1] in cases


def _place_named_after(words: list[str]) -> bool:
    """Past genitive nouns ("dvaro"), a noun naming a place ("sodyboje", "dvare", "pilyje")."""
    places = {w.lower() for w in _data_places()}
    for word in words:
        found = [a for a in get_analyzer().analyze(word) if a.pos == "noun" and a.kind is None]
        if any(a.lemma.lower() in places for a in found):
            return True
        if not found or not any(a.case == "Gen" for a in found):
            return False
    return False


def _data_places() -> frozenset[str]:
    return word_set("place_after_genitive")


def _excluded(doc: Doc, cand: Candidate, fact: PersonFact, name_tokens: set[int]) -> bool | None:
    """None: not a person at all; True: a person only spoken about; False: a person."""
    after = word_set("after_not_person")
    j, seen = cand.first - 1, 0
    while fact.case == "Acc" and j >= 0 and seen < 3 and (doc[j].is_alpha or doc[j].is_space):
        if doc[j].text.lower() in word_set("before_spoken_about"):
            return True
        seen += 0 if doc[j].is_space else 1
        j -= 1
    if fact.case == "Gen" or _may_be_genitive(doc, cand):
        # a patron's name stays genitive in any case of the institution's name
        following = _tail_words(doc, cand.last, set(), 1)
        tail = _tail_words(doc, cand.last, name_tokens, 1)
        if (following and following[0] in after and _adjacent(doc, cand.last)) or (tail and tail[0] in after):
            return None
        # any case of the institution's noun, past its adjectives ("... memorialinį muziejų")
        plain = _plain_tail(doc, cand.last, name_tokens)
        noun = next((w for w in plain if not _adjective_only(w)), None)
        if noun is not None and _lemmas(noun) & _not_person_lemmas():
            return None
        if _place_named_after(plain):
            return None  # "kunigaikščio X dvaro sodyboje": a place named after the person
        work = next((w for w in plain if not _adjective_like(w)), None)
        if work is not None and work in word_set("work_after_genitive"):
            return True  # "Jono Biliūno gimtoji sodyba" (not "A. Žuko įkurtas knygų klubas": a founder)
        if tail and (tail[0] in word_set("kinship_after_genitive") or tail[0] in word_set("work_after_genitive")):
            return True
    return False


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "person_matches")
        library_spans = [(m.start, m.end) for m in (doc._.library_matches or [])]
        text = doc.text
        accepted: list[tuple[Candidate, PersonFact, Role | None]] = []
        candidates = find_candidates(doc)
        name_tokens = {i for c in candidates for i in range(c.first, c.last + 1)}
        for cand in candidates:
            start, end = doc[cand.first].idx, doc[cand.last].idx + len(doc[cand.last].text)
            if in_boilerplate(doc, start, end) or _inside_quotes(text, start, end) or _organization_name(doc, cand):
                continue
            if any(s < end and start < e for s, e in library_spans):
                continue
            fact = _build(doc, cand, None)
            role = role_before(doc, cand.first, _gender_name(fact), fact.case)
            if role is not None and role.detached and role.plural and fact.case != "Gen":
                pass  # "rašytojai: A, B ir C", "bibliotekininkės (A ir B)": a list set apart, in any case
            elif role is not None:
                fact = _build(doc, cand, role)
                if fact.case and role.cases and fact.case not in role.cases:
                    role = None  # the role word does not agree with the name: not its apposition
            excluded = _excluded(doc, cand, fact, name_tokens)
            if excluded is None:
                continue
            if excluded:
                # the role stays: a person spoken about here may take part elsewhere in the post
                fact = PersonFact(fact.given, fact.family, fact.gender, fact.case, excluded=True)
            accepted.append((cand, fact, role))
        starts = {c.first for c, _, _ in accepted}
        previous: tuple[Candidate, Role | None] | None = None
        for cand, fact, role in accepted:
            own = role
            if own is None and cand.couple and previous is not None and previous[0].couple and previous[1] is not None:
                # "dalyviai Aldona ir Stasys Kavaliauskai": the role before the couple is both persons'
                own = phrase_at(doc, previous[1].head, _gender_name(fact)) if previous[1].plural else None
            if own is None and not fact.excluded:
                # a plural role before a list: "darbuotojos A, B ir C"
                if (
                    previous is not None
                    and previous[1] is not None
                    and previous[1].plural
                    and _joined(doc, previous[0].last, cand.first)
                ):
                    own = phrase_at(doc, previous[1].head, _gender_name(fact)) or previous[1]
                else:
                    own = role_after(doc, cand.last, _gender_name(fact), starts, case=fact.case)
            fact = _with_role(fact, own)
            previous = (cand, own)
            start, end = doc[cand.first].idx, doc[cand.last].idx + len(doc[cand.last].text)
            found.append(Match(start, end, text[start:end], fact))
        self._surnames(doc, accepted, found, library_spans)
        found.sort(key=lambda m: m.start)
        return doc

    def _surnames(self, doc: Doc, accepted: list, found: list, library_spans: list) -> None:
        """A surname alone after the person was named: "... Rokas Gulbinas ... Gulbinas pasakė"."""
        families: dict[str, PersonFact] = {}
        for _, fact, _ in accepted:
            if fact.family:
                families.setdefault(fact.family, fact)
        if not families:
            return
        givens: dict[str, PersonFact | None] = {}
        first_named: dict[str, int] = {}
        for cand, fact, _ in accepted:
            if fact.given and not fact.initials_only and not fact.excluded:
                other = givens.get(fact.given[0])
                same = other is not None and other.family == fact.family
                givens[fact.given[0]] = fact if fact.given[0] not in givens or same else None
                first_named.setdefault(fact.given[0], doc[cand.first].idx)
        taken = {i for cand, _, _ in accepted for i in range(cand.first, cand.last + 1)}
        first_start = min(doc[c.first].idx for c, _, _ in accepted)
        doubles = {f for f in families if "-" in f}
        for tok in doc:
            if tok.i in taken or tok.idx < first_start or not (is_capitalized(tok.text) or is_upper_word(tok.text)):
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            double = _double_surname(doc, tok.i, doubles) if doubles else None
            if double is not None:
                last, family = double
                taken.update(range(tok.i, last + 1))
                fact = families[family]
                end = doc[last].idx + len(doc[last].text)
                found.append(
                    Match(
                        start,
                        end,
                        doc.text[start:end],
                        PersonFact((), family, fact.gender, None, surname_only=True, excluded=fact.excluded),
                    )
                )
                continue
            if in_boilerplate(doc, start, end) or any(s < end and start < e for s, e in library_spans):
                continue
            for r in family_readings(tok.text):
                fact = families.get(r.lemma)
                if fact is None or r.source == "place":
                    continue
                if fact.gender and r.gender and GENDERS.get(r.gender) != fact.gender:
                    continue
                found.append(
                    Match(
                        start,
                        end,
                        tok.text,
                        PersonFact((), fact.family, fact.gender, r.case, surname_only=True, excluded=fact.excluded),
                    )
                )
                break
            else:
                # a given name alone, after the person was named in full, when no one else has it
                for r in given_readings(tok.text):
                    fact = givens.get(r.lemma)
                    if fact is None or start < first_named[r.lemma] or r.source != "name":
                        continue
                    found.append(
                        Match(
                            start,
                            end,
                            tok.text,
                            PersonFact(
                                (r.lemma,),
                                fact.family,
                                fact.gender,
                                r.case,
                                surname_only=True,
                                excluded=fact.excluded,
                                given_only=True,
                            ),
                        )
                    )
                    break


def _double_surname(doc: Doc, i: int, doubles: set[str]) -> tuple[int, str] | None:
    """A hyphenated family name alone ("Kairytė-Vaitkė" after "Ona Kairytė-Vaitkė")."""
    if i + 2 >= len(doc) or doc[i + 1].text not in DASHES:
        return None
    for first in family_readings(doc[i].text):
        for second in family_readings(doc[i + 2].text):
            family = f"{first.lemma}-{second.lemma}"
            if family in doubles:
                return i + 2, family
    return None


def _gender_name(fact: PersonFact) -> str | None:
    return {"M": "Masc", "F": "Fem"}.get(fact.gender or "")


def _joined(doc: Doc, last: int, first: int) -> bool:
    """Only list punctuation and conjunctions between two names, past where the first one comes from or
    a parenthesis ("A iš Kučgalio, B", "A („Druka“), B")."""
    between = [t for t in doc[last + 1 : first] if not t.is_space]
    if between and between[0].text == "(" and ")" in [t.text for t in between]:
        close = [t.text for t in between].index(")")
        if close <= 8:
            between = between[close + 1 :]
    if len(between) >= 2 and between[0].text.lower() == "iš" and between[1].text[:1].isupper():
        between = between[2:]
    return 0 < len(between) <= 2 and all(t.text.lower() in LIST_JOINERS for t in between)


@Language.factory("ltr_people", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()
