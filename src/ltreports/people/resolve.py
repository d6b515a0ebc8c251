"""Person matches → contract ``Person`` objects: nominative names, roles, one per person.

Mentions of one person are merged: the same family name with compatible given names ("R. Gulbinas"
and "Rokas Gulbinas"), and a surname alone joins the nearest person named before with that surname.
The fullest form gives the name; the role is the person's own post (``role_choice``), stated in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    @property
    def facts(self) -> list[PersonFact]:
        return [m.fact for m in self.mentions]

    def best(self) -> PersonFact:
        named = [f for f in self.facts if not f.surname_only]
        return max(named, key=lambda f: (0 if f.initials_only else len(f.given), -named.index(f)))


def _compatible(a: PersonFact, b: PersonFact) -> bool:
    """Same family name and given names that may be the same person ("R." ~ "Rokas")."""
    if a.family != b.family:
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
    return ga[0] == gb[0]


def _cluster(found: list[Match]) -> list[_Cluster]:
    """Mentions grouped into people. Only mentions with one family name can be one person, so each
    mention is compared with the clusters of its family alone (linear in the number of families)."""
    clusters: list[_Cluster] = []
    by_family: dict[str, list[_Cluster]] = {}
    for match in sorted(found, key=lambda m: m.start):
        fact: PersonFact = match.fact
        same_family = by_family.get(fact.family, [])
        target = None
        if fact.surname_only:
            target = same_family[-1] if same_family else None  # the nearest person named before
        else:
            for cluster in same_family:
                named = [f for f in cluster.facts if not f.surname_only]
                if named and all(_compatible(fact, f) for f in named):
                    target = cluster
                    break
        if target is None:
            if fact.surname_only:
                continue
            target = _Cluster(fact.family)
            clusters.append(target)
            by_family.setdefault(fact.family, []).append(target)
        target.mentions.append(match)
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
    for cluster in _cluster(found):
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
