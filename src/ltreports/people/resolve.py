"""Person matches → contract ``Person`` objects: nominative names, roles, one per person.

Mentions of one person are merged: the same family name with compatible given names ("R. Gulbinas"
and "Rokas Gulbinas"), and a surname alone joins the nearest person named before with that surname.
The fullest form gives the name; the role is the person's own post (``role_choice``), stated in full.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..language import doc_text
from ..matches import Match
from ..schema import Library, Mention, Person
from .facts import PersonFact
from .participation import listed
from .role_choice import Attachments


@dataclass(slots=True)
class _Cluster:
    family: str
    mentions: list[Match] = field(default_factory=list)
    # the distinct (given, family, gender) of the full-name mentions: all that ``_compatible`` reads of them
    named: dict[tuple[tuple[str, ...], str, str | None], PersonFact] = field(default_factory=dict)

    @property
    def facts(self) -> list[PersonFact]:
        return [m.fact for m in self.mentions]

    def best(self) -> PersonFact:
        named = [f for f in self.facts if not f.surname_only]
        best = max(named, key=lambda f: (0 if f.initials_only else len(f.given), -named.index(f)))
        if best.case != "Nom":  # the nominative as written over one read back from an oblique case
            spelled = next((f.family for f in self.facts if f.case == "Nom" and f.family != best.family), None)
            if spelled is not None:
                return replace(best, family=spelled)
        return best


def family_key(family: str) -> str:
    """Family names compared as one: "-is" and "-ys" share every case but the nominative, so "Kapniui"
    read back as "Kapnis" is "Kapnys" named elsewhere."""
    return family[:-2] + "ys" if family.endswith(("is", "ys")) else family


def _compatible(a: PersonFact, b: PersonFact) -> bool:
    """Same family name and given names that may be the same person ("R." ~ "Rokas")."""
    if family_key(a.family) != family_key(b.family):
        return False
    if a.gender and b.gender and a.gender != b.gender:
        return False
    if not a.given or not b.given:
        return True
    ga = [g.replace(".", "") for g in a.given]
    gb = [g.replace(".", "") for g in b.given]
    if a.initials_only or b.initials_only:
        letters_a = "".join(g.replace(".", "") for g in a.given) if a.initials_only else "".join(g[0] for g in ga)
        letters_b = "".join(g.replace(".", "") for g in b.given) if b.initials_only else "".join(g[0] for g in gb)
        return letters_a.startswith(letters_b) or letters_b.startswith(letters_a) or letters_a[:1] == letters_b[:1]
    return ga[0] == gb[0] or _fold(ga[0]) == _fold(gb[0]) or _misspelled(ga[0], gb[0])


def _fold(name: str) -> str:
    """A given name without its diacritics: "Ilze" as written and "Ilzė" read from an oblique form are one."""
    return unicodedata.normalize("NFD", name).encode("ascii", "ignore").decode().lower()


def _misspelled(a: str, b: str) -> bool:
    """One given name written twice with a slip ("Violeta" and "Violeteta"): long, same beginning, at most
    two letters apart."""
    if min(len(a), len(b)) < 5 or a[:3].lower() != b[:3].lower() or abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 2


NOMINATIVE_ENDINGS = ("as", "is", "ys", "us", "ė", "a", "o")


def _cut_off(match: Match, text_end: int) -> bool:
    """The name ends the stored text, which stops in the middle of its family name ("... duetas – Jurgita
    Mickevičienė ir Egidijus Mikoviči"): no nominative ending."""
    fact: PersonFact = match.fact
    return (
        match.end >= text_end
        and fact.family[-1:].isalpha()
        and not fact.family.lower().endswith(NOMINATIVE_ENDINGS)
    )


def _completed(match: Match, found: list[Match]) -> Match | None:
    """A cut-off name as the person named in full before it ("Ona Biliūni" → "Ona Biliūnienė"), else None."""
    fact: PersonFact = match.fact
    for other in found:
        full: PersonFact = other.fact
        if other is match or full.surname_only or len(full.family) <= len(fact.family):
            continue
        if full.family.startswith(fact.family) and (not fact.given or _compatible(
            PersonFact(fact.given, full.family, None, None), full
        )):
            return Match(match.start, match.end, match.text, full)
    return None


def _cluster(found: list[Match], text_end: int | None = None) -> list[_Cluster]:
    """Mentions grouped into people. Only mentions with one family name can be one person, so each
    mention is compared with the clusters of its family alone (linear in the number of families)."""
    clusters: list[_Cluster] = []
    by_family: dict[str, list[_Cluster]] = {}
    for match in sorted(found, key=lambda m: m.start):
        if text_end is not None and _cut_off(match, text_end):
            completed = _completed(match, found)
            if completed is None:
                continue  # a name cut off with the text: not a name the post gives
            match = completed
        fact: PersonFact = match.fact
        same_family = by_family.get(family_key(fact.family), [])
        target = None
        if fact.surname_only:
            target = same_family[-1] if same_family else None  # the nearest person named before
        else:
            for cluster in same_family:
                named = cluster.named.values()
                if named and all(_compatible(fact, f) for f in named):
                    target = cluster
                    break
        if target is None:
            if fact.surname_only:
                continue
            target = _Cluster(fact.family)
            clusters.append(target)
            by_family.setdefault(family_key(fact.family), []).append(target)
        target.mentions.append(match)
        if not fact.surname_only:
            target.named.setdefault((fact.given, fact.family, fact.gender), fact)
    return clusters


def _organization(fact: PersonFact, library_ends: dict[int, str], text: str) -> str | None:
    """The library named right before the role ("Bibliotekos direktorė": the library's name), found
    among the library mentions by where they end (``library_ends``: end offset → name)."""
    if fact.organization:
        return fact.organization
    if fact.role_start is None:
        return None
    for end in range(fact.role_start, max(-1, fact.role_start - 4), -1):
        name = library_ends.get(end)
        if name is not None and not text[end : fact.role_start].strip(" \n,"):
            return name
    return None


def _fullest(chosen: PersonFact | None, facts: list[PersonFact]) -> PersonFact | None:
    """The fullest statement of the chosen role: "vyr. bibliotekininkė" over "bibliotekininkė" when the
    person is named several times (a role with every word of the chosen one, and more)."""
    if chosen is None or not chosen.role:
        return chosen
    words = chosen.role.split()

    def covers(role: str) -> bool:  # every word of the chosen role, an abbreviation by its expansion
        other = role.split()
        return all(w in other or (w.endswith(".") and any(o.startswith(w[:-1]) for o in other)) for w in words)

    def fuller(role: str) -> bool:
        return len(role.split()) > len(words) or (role.count(".") < chosen.role.count(".") and len(role) > 0)

    found = [f for f in facts if f.role and f.role != chosen.role and covers(f.role) and fuller(f.role)]
    return max(found, key=lambda f: len(f.role.split()) if f.role else 0) if found else chosen


def collect(doc: Doc, libraries: list[Library]) -> list[Person]:
    found = doc._.ltr_person_matches or []
    people: list[Person] = []
    library_ends: dict[int, str] = {}
    for library in libraries:
        for mention in library.mentions:
            library_ends.setdefault(mention.end, library.name)
    text = doc_text(doc)
    attachments = Attachments(text, found)
    for cluster in _cluster(found, len(text.rstrip())):
        facts = cluster.facts
        if not listed(doc, cluster.mentions):
            continue  # only referred to: a person commemorated, an author of works, a sender, ...
        best = cluster.best()
        with_role = _fullest(attachments.own_role(cluster.mentions), facts)
        gender = best.gender or next((f.gender for f in facts if f.gender), None)
        given = None if best.initials_only or not best.given else " ".join(best.given)
        people.append(
            Person(
                name=best.name,
                given_name=given,
                family_name=best.family,
                gender=gender,
                role=with_role.role if with_role else None,
                organization=_organization(with_role, library_ends, text) if with_role else None,
                mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in cluster.mentions],
            )
        )
    return people
