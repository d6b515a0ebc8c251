"""Pipeline component ``ltr_people``: writes matches to ``doc._.ltr_person_matches``.

Each match is a ``Match[PersonFact]``: the name's character span, its raw text and the normalized
person (nominative given and family names, gender, the role next to it). Every occurrence counts:
full names, initials with a surname, and a surname alone after the person was named in full.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..language import doc_text, doc_words
from ..matches import Match, Ranges, in_boilerplate, matches
from ..morphology import get_analyzer
from .detect import DASHES, Candidate, find_candidates
from .facts import PersonFact
from .mentions import partial_mentions
from .names import (
    GLUED_INITIAL_RE,
    agree,
    independent,
    is_initial,
    word_set,
)
from .nonperson import (
    a_date,
    inside_parentheses,
    inside_quotes,
    organization_name,
    place_named_after,
    street_address,
)
from .participation_speech import speech_attribution
from .role_words import is_demonym, may_be_author, may_be_plural_in, may_be_singular_in, word_set_roles
from .roles import Role, head_of, phrase_at, role_after, role_before, work_owner

GENDERS = {"Masc": "M", "Fem": "F"}
LIST_JOINERS = {",", "ir", "bei"}
LIST_SKIP = {",", "ir", "bei", "kt.", "(", ")"}


def _before_joiner(doc: Doc, k: int) -> bool:
    texts = doc_words(doc)[0]
    while k < len(doc) and texts[k].isspace():
        k += 1
    return k < len(doc) and texts[k] in LIST_SKIP


def _tail_words(doc: Doc, last: int, name_tokens: set[int], n: int) -> list[str]:
    """Up to ``n`` words after a name, past a list of further names and a number or ordinal
    ("Povilo Višinskio ir Jono Avyžiaus viešųjų bibliotekų", "X 80-asis jubiliejus")."""
    texts = doc_words(doc)[0]
    out: list[str] = []
    k = last + 1
    joined = False  # past "ir", "," ...: only another name may follow ("X ir bibliotekos direktorė": X is a person)
    while k < len(doc) and len(out) < n:
        word = texts[k]
        k += 1
        if word.isspace():
            continue
        if not out and (
            k - 1 in name_tokens
            or word in LIST_SKIP
            or word[:1].isdigit()
            or (name_tokens and word[:1].isupper() and word.isalpha() and _before_joiner(doc, k))
        ):
            joined = word in LIST_SKIP and word not in ("(", ")", "kt.")  # "ir kt. knygos": the list ends
            continue
        if not (word.isalpha() or word.endswith(".")):
            break
        if joined and word.islower():
            break
        joined = False
        out.append(word.lower())
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
    texts = doc_words(doc)[0]  # by index: ``Token.text``, ``Token.is_space`` without a Token per word
    words = [t for t in texts[cand.first : cand.last + 1] if not t.isspace() and t not in DASHES]
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
    texts = doc_words(doc)[0]
    k = last + 1
    while k < len(doc) and texts[k].isspace():
        k += 1
    return k < len(doc) and (texts[k].isalpha() or texts[k].endswith("."))


def _may_be_genitive(doc: Doc, cand: Candidate) -> bool:
    parts = [*cand.given, *cand.family]
    agreed = agree(parts, ("Gen",))
    return agreed is not None and agreed[1] == "Gen"


def _plain_tail(doc: Doc, last: int, name_tokens: set[int], n: int = 3) -> list[str]:
    """Up to ``n`` lower-case words right after a name (or a chain of names joined by "ir"/"bei"),
    with no punctuation between: "Antano Baranausko ir Antano Vienuolio-Žukausko memorialinį muziejų"."""
    texts = doc_words(doc)[0]
    k = last + 1
    out: list[str] = []
    joined = False
    while k < len(doc) and len(out) < n:
        word = texts[k]
        if word.isspace() or (not out and (k in name_tokens or word in {"ir", "bei", "-"})):
            if not word.isspace():
                joined = word in {"ir", "bei", "-"}
            k += 1
            continue
        if not (word.isalpha() and word.islower()) or joined:
            break  # "X ir bibliotekos direktorė": no name between, X is not part of an institution's name
        out.append(word)
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


def _excluded(doc: Doc, cand: Candidate, fact: PersonFact, name_tokens: set[int]) -> bool | None:
    """None: not a person at all; True: a person only spoken about; False: a person."""
    texts = doc_words(doc)[0]
    after = word_set("after_not_person")
    j, seen = cand.first - 1, 0
    while fact.case == "Acc" and j >= 0 and seen < 3 and (texts[j].isalpha() or texts[j].isspace()):
        if texts[j].lower() in word_set("before_spoken_about"):
            return True
        seen += 0 if texts[j].isspace() else 1
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
        if place_named_after(plain):
            return None  # "kunigaikščio X dvaro sodyboje": a place named after the person
        work = next((w for w in plain if not _adjective_like(w)), None)
        if work is not None and work in word_set("work_after_genitive"):
            return True  # "Jono Biliūno gimtoji sodyba" (not "A. Žuko įkurtas knygų klubas": a founder)
        if tail and (tail[0] in word_set("kinship_after_genitive") or tail[0] in word_set("work_after_genitive")):
            return True
        if fact.case == "Gen" and _title_follows(doc, cand.last):
            return True  # "Kristijono Donelaičio „Metai“": the author of a work named in quotes
    return False


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        texts, offsets = doc_words(doc)
        found = matches(doc, "ltr_person_matches")
        library_spans = Ranges((m.start, m.end) for m in (doc._.ltr_library_matches or []))
        text = doc_text(doc)
        accepted: list[tuple[Candidate, PersonFact, Role | None]] = []
        candidates = find_candidates(doc)
        name_tokens = {i for c in candidates for i in range(c.first, c.last + 1)}
        for cand in candidates:
            start, end = offsets[cand.first], offsets[cand.last] + len(texts[cand.last])
            quoted = inside_quotes(text, start, end) and not speech_attribution(text, start, end)  # „…, – sakė X. – …“
            if in_boilerplate(doc, start, end) or quoted or organization_name(doc, cand) \
                    or street_address(doc, cand) or a_date(doc, cand):
                continue
            if library_spans.overlaps(start, end) and not inside_parentheses(text, start, end):
                continue  # a patron in a library's name; not a person named in parentheses inside its mention
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
        run: list[tuple[int, Candidate, PersonFact]] = []  # the list of names without a role so far
        for cand, fact, role in accepted:
            joined = previous is not None and (
                _joined(doc, previous[0].last, cand.first) or (cand.couple and previous[0].couple)
            )
            if not joined or previous is None or previous[1] is not None:
                run = []
            own = role
            if own is not None and own.detached and own.plural and not fact.excluded:
                # "Partneriai:⏎A, Biržų bibliotekos direktorė;⏎B, ...": the list's heading yields to the name's own
                # role in apposition, stated next to it
                after = role_after(doc, cand.last, _gender_name(fact), starts, case=fact.case)
                if after is not None and may_be_singular_in(texts[after.head], (fact.case or "Nom",)):
                    own = after
            if own is None and cand.couple and previous is not None and previous[0].couple and previous[1] is not None:
                # "dalyviai Aldona ir Stasys Kavaliauskai": the role before the couple is both persons'
                own = phrase_at(doc, previous[1].head, _gender_name(fact)) if previous[1].plural else None
            if own is None:
                # a plural role before a list: "darbuotojos A, B ir C" (a person only spoken about too: "rašytojų
                # A ir B knygos")
                if (
                    previous is not None
                    and previous[1] is not None
                    and previous[1].plural
                    and _joined(doc, previous[0].last, cand.first)
                    and _plural_over(doc, previous[1], fact.case)
                ):
                    carried = phrase_at(doc, previous[1].head, _gender_name(fact))
                    own = replace(carried, detached=previous[1].detached) if carried else previous[1]
                elif not fact.excluded:
                    own = role_after(doc, cand.last, _gender_name(fact), starts, case=fact.case, plural=bool(run))
                    if own is not None and run and not may_be_singular_in(texts[own.head], (fact.case or "Nom",)):
                        # a plural apposition after a list is every name's: "A ir B, bibliotekos darbuotojos"
                        for index, _, other_fact in run:
                            carried = phrase_at(doc, own.head, _gender_name(other_fact))
                            found[index] = replace(found[index], fact=_with_role(other_fact, carried))
            fact = _with_role(fact, own)
            previous = (cand, own)
            start, end = offsets[cand.first], offsets[cand.last] + len(texts[cand.last])
            if own is None and not fact.excluded:
                run.append((len(found), cand, fact))
            found.append(Match(start, end, text[start:end], fact))
        _authors_named_before(doc, found)
        partial_mentions(doc, accepted, found, library_spans)
        found.sort(key=lambda m: m.start)
        return doc


def _authors_named_before(doc: Doc, found: list[Match]) -> None:
    """"Jono Petraičio knyga ... Dalyvavo knygos autorius": the author noun with no name of its own is the role of
    the person named with the work (``roles.work_owner``)."""
    texts, offsets = doc_words(doc)
    by_end = {m.end: i for i, m in enumerate(found)}
    used = {m.fact.role_start for m in found if m.fact.role_start is not None}
    authors = {t for t in set(texts) if t.islower() and may_be_author(t)}  # each word of the post asked once
    for h, text in enumerate(texts):
        if text not in authors or (head := head_of(text)) is None or not set(head.forms) & author_heads():
            continue
        owner = work_owner(doc, h)
        if owner is None:
            continue
        index = by_end.get(offsets[owner] + len(texts[owner]))
        if index is None or found[index].fact.role is not None:
            continue
        fact = found[index].fact
        role = phrase_at(doc, h, _gender_name(fact))
        if role is None or role.start in used:
            continue
        found[index] = replace(found[index], fact=_with_role(fact, role))


def _plural_over(doc: Doc, role: Role, case: str | None) -> bool:
    """A role carried over a list is plural in the case of the names ("mokytojai Jonui, Onai": a singular
    dative, each name has its own), unless set apart by a colon, dash or parenthesis ("rašytojų – A, B")."""
    texts = doc_words(doc)[0]
    return role.detached or case is None or may_be_plural_in(texts[role.head], (case,))


def _gender_name(fact: PersonFact) -> str | None:
    return {"M": "Masc", "F": "Fem"}.get(fact.gender or "")


def _joined(doc: Doc, last: int, first: int) -> bool:
    """Only list punctuation and conjunctions between two names, past where the first one comes from or
    a parenthesis ("A iš Kučgalio, B", "A („Druka“), B")."""
    texts = doc_words(doc)[0]  # by index: no Token per word
    between: list[str] = []
    for k in range(last + 1, first):
        if not texts[k].isspace():  # ``Token.is_space``
            between.append(texts[k])
            if len(between) > 13:
                return False  # past a parenthesis of 9 words, "iš X" and two joiners: not a list
    if between and between[0] == "(" and ")" in between:
        close = between.index(")")
        if close <= 8:
            between = between[close + 1 :]
    if len(between) >= 2 and between[0].lower() == "iš" and between[1][:1].isupper():
        between = between[2:]
    if len(between) >= 2 and between[-1].islower() and is_demonym(between[-1]):
        between = between[:-1]  # where the next one comes from ("A, B ir kupreliškietė C")
    return 0 < len(between) <= 2 and all(t.lower() in LIST_JOINERS for t in between)


@Language.factory("ltr_people", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()


def _title_follows(doc: Doc, last: int) -> bool:
    """An opening quote right after the name: the title of the person's work follows."""
    texts = doc_words(doc)[0]
    k = last + 1
    while k < len(doc) and texts[k].isspace():
        k += 1
    return k < len(doc) and texts[k] in ("„", "«")


def author_heads() -> frozenset[str]:
    return word_set_roles("author_heads")
