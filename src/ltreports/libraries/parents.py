"""Resolution of hits to ``LibraryFact``s: which entry an ambiguous name means, and a branch's parent.

A branch's parent is the library named right before it ("… bibliotekos Lieporių filiale"), else the
gazetteer's branch list, else the nearest municipal library named before it (or after it), else the
post's library, else the municipality whose seat the post names. A city library's branches are in the
city.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from ..matches import Match
from .facts import LibraryFact
from .gazetteer import Entry
from .hits import FinderBase, Hit
from .places import namesake_settlement, place_reading
from .words import fold


class Parents(FinderBase):
    def to_matches(self) -> list[Match]:
        text = self.text
        self.hits.sort(key=lambda hit: hit.i)
        self._kinds = self._hit_kinds()  # read once, not per hit: linear in the post
        facts = [(hit, self.fact(hit)) for hit in self.hits]
        self._kinds = None
        every = [f for _, f in facts]
        facts = [(hit, _merge_misspelt(fact, every)) for hit, fact in facts]
        facts = self._enumeration_parents(facts)
        out: list[Match] = []
        for hit, fact in facts:
            if fact is None:
                continue
            s, e = self.ws[hit.i].start, self.ws[hit.j].end
            parent = self._parent_in_name(hit, fact)
            if parent is not None:  # "Lietuvos audiosensorinės bibliotekos Šiaulių filialas": parent, then branch
                out.append(Match(s, parent[0], text[s : parent[0]], parent[1]))
                s = parent[2]
            out.append(Match(s, e, text[s:e], fact))
        return out

    def _parent_in_name(self, hit: Hit, fact: LibraryFact) -> tuple[int, LibraryFact, int] | None:
        """A listed branch matched by a full name that holds its parent's ("Lietuvos audiosensorinės bibliotekos
        Šiaulių filialas"): (end of the parent's words, the parent's fact, start of the branch's words)."""
        if fact.kind != "branch" or not fact.parent_id or not hit.entries:
            return None
        heads = [k for k in range(hit.i, hit.j) if self.ws[k].key == "biblioteka"]
        parent = self.gaz.get(fact.parent_id)
        if not heads or parent is None:
            return None
        k = heads[-1]
        parent_fact = LibraryFact(parent.id, parent.name, parent.kind, parent.settlement, parent.parent, hit.rule)
        return self.ws[k].end, parent_fact, self.ws[k + 1].start

    def _enumeration_parents(
        self, facts: list[tuple[Hit, LibraryFact | None]]
    ) -> list[tuple[Hit, LibraryFact | None]]:
        """Branches of one enumeration ("Plokščių ir Kidulių bibliotekose", "Kybartų, Virbalio ir Pilviškių
        filialuose") belong to one library: a conjunct whose parent nothing else decides takes the parent
        its neighbours share."""
        groups: list[list[int]] = []
        for n, (hit, fact) in enumerate(facts):
            if fact is None or fact.kind != "branch":
                continue
            prev = groups[-1][-1] if groups else None
            if prev is not None and self.coordinator_before(hit.i) == facts[prev][0].j:
                groups[-1].append(n)
            else:
                groups.append([n])
        out = list(facts)
        for group in groups:
            parents = {f.parent_id for _, f in (facts[n] for n in group) if f is not None and f.parent_id}
            if len(parents) != 1 or len(group) < 2:
                continue
            parent = self.gaz.get(next(iter(parents)))
            for n in group:
                hit, fact = facts[n]
                if fact is None or fact.parent_id or parent is None:
                    continue
                settlement = fact.settlement
                if parent.in_city and not self._elsewhere(settlement or "", parent):
                    settlement = parent.settlement or settlement
                out[n] = (hit, replace(fact, parent_id=parent.id, settlement=settlement))
        return out

    def fact(self, hit: Hit) -> LibraryFact | None:
        if hit.entries and all(e.kind == "branch" for e in hit.entries):
            self._adjacent_parent(hit)
        if hit.entries:
            entry = hit.entries[0]
            if len(hit.entries) > 1:
                chosen = self._by_context(hit)
                if chosen is None:
                    place = place_reading(self.ws[hit.i], "Gen", self.gaz)
                    if place and all(e.kind == "branch" for e in hit.entries):
                        hit.settlement, hit.name = place, hit.entries[0].name
                        host = self.host_library()
                        if host is not None and host.in_city:
                            hit.extra["parent"] = host  # on a city library's site: its own district's branch
                        return self.branch_fact(hit)  # "Dainavos bibliotekoje", no parent in sight
                    chosen = entry
                entry = chosen
            options = hit.candidates or (tuple(e.id for e in hit.entries) if len(hit.entries) > 1 else ())
            return LibraryFact(entry.id, entry.name, entry.kind, entry.settlement, entry.parent, hit.rule,
                               options, hit.score)
        if hit.kind == "branch":
            return self.branch_fact(hit)
        return LibraryFact(None, hit.name or "", hit.kind or "other", None, None, hit.rule)

    def _adjacent_parent(self, hit: Hit) -> None:
        """A municipal library named right before a listed branch's name ("Alytaus rajono savivaldybės viešosios
        bibliotekos Butrimonių filiale") decides among its namesakes; none of its own: its unlisted branch."""
        ending = (self._kinds or self._hit_kinds())[3]
        adjacent = ending.get(hit.i - 1) if self.ws[hit.i].joined else None
        if adjacent is None or adjacent.entries[0].kind != "municipal":
            return
        parent = adjacent.entries[0]
        own = tuple(e for e in hit.entries if e.parent == parent.id)
        if own:
            hit.entries = own
            return
        settlement = namesake_settlement(hit.entries[0], self.ws[hit.i], self.gaz)
        hit.entries, hit.kind, hit.settlement = (), "branch", settlement
        hit.name = hit.name or f"{settlement} biblioteka"

    _kinds: tuple[list[Hit], list[Hit], list[str], dict[int, Hit]] | None = None

    def _hit_kinds(self) -> tuple[list[Hit], list[Hit], list[str], dict[int, Hit]]:
        """The municipal hits, the public ones (not the post's library), the public ids, and the first public
        hit ending at each word, in the order of ``self.hits``."""
        municipal = [h for h in self.hits if h.entries and h.entries[0].kind == "municipal"]
        public = [h for h in self.hits if h.entries and h.entries[0].is_public and h.rule != "post-library"]
        named = [h.entries[0].id for h in self.hits if h.entries and h.entries[0].is_public]
        ending: dict[int, Hit] = {}
        for h in public:
            ending.setdefault(h.j, h)
        return municipal, public, named, ending

    def _by_context(self, hit: Hit) -> Entry | None:
        """Of several branches with one name, the one whose parent the post names (else the nearest)."""
        named = (self._kinds or self._hit_kinds())[2]
        for e in hit.entries:
            if e.parent in named:
                return e
        host = self.host_library()
        for e in hit.entries:
            if host is not None and e.parent == host.id:
                return e
        return None

    def branch_fact(self, hit: Hit) -> LibraryFact:
        """Parent and settlement of a branch: the library named right before it ("… bibliotekos
        Lieporių filiale"), else the gazetteer's branch list, else the nearest municipal library named
        before it (or after it), else the post's library, else the one municipality whose seat the post
        names. A city library's branches are in the city (unless named by another town: "LAB Kauno
        padalinys")."""
        settlement = hit.settlement or ""
        municipal, _, _, ending = self._kinds or self._hit_kinds()
        adjacent = ending.get(hit.i - 1) if self.ws[hit.i].joined else None
        known = self.gaz.branches_in(settlement)
        parent: Entry | None = hit.extra.get("parent")
        if adjacent is None and hit.extra.get("district") is not None:
            adjacent = Hit(hit.i, hit.i, (hit.extra["district"],))
        if adjacent is not None:
            parent = adjacent.entries[0]
            known = [e for e in known if e.parent == parent.id]
        elif parent is None and len(known) > 1:  # one branch name, several libraries: the post's municipality
            ids = {h.entries[0].id for h in municipal}
            known = [e for e in known if e.parent in ids] or self._in_posts_municipality(known) or known[:1]
        if known and (parent is None or known[0].parent == parent.id):
            e = known[0]
            return LibraryFact(e.id, e.name, "branch", e.settlement, e.parent, hit.rule)
        city = adjacent is not None or parent is not None
        if parent is None:
            before = [h for h in municipal if h.j < hit.i]
            after = [h for h in municipal if h.i > hit.j]
            chosen = before[-1] if before else after[0] if after else None
            if chosen is not None:  # a city library named on its own site: a branch in one of its districts
                parent = chosen.entries[0]
                site = self.site
                city = site is not None and site.id == parent.id
            else:
                parent, city = self.host_library() or self.seat_evidence(people=True), True
        if parent is not None and parent.in_city and city and not self._elsewhere(settlement, parent):
            settlement = parent.settlement or settlement
        return LibraryFact(None, hit.name or settlement, "branch", settlement or None,
                           parent.id if parent is not None else None, hit.rule)

    def _in_posts_municipality(self, known: list[Entry]) -> list[Entry]:
        """Of branches with one name, those of the post's own library (its website), else of the one
        municipality whose seat or people the post names ("lankėmės Anykščių rajone … Budrių bibliotekoje")."""
        for library in (self.site, self.seat_evidence(people=True)):
            chosen = [e for e in known if library is not None and e.parent == library.id]
            if chosen:
                return chosen
        return []

    def _elsewhere(self, settlement: str, parent: Entry) -> bool:
        """A branch named by a municipality's seat other than its parent's: a branch in another town."""
        return bool(settlement) and settlement != parent.settlement and bool(self.gaz.by_seat(settlement))


def _merge_misspelt(fact: LibraryFact | None, facts: list[LibraryFact | None]) -> LibraryFact | None:
    """A branch in a settlement the dictionary does not know, spelt like another branch of the post
    ("Kauanatvos filiale" beside "Kaunatavos biblioteką"), is that branch."""
    if fact is None or fact.kind != "branch" or fact.id or not fact.settlement or _dictionary_place(fact.settlement):
        return fact
    for other in facts:
        if other is None or other is fact or other.kind != "branch" or not other.settlement:
            continue
        if other.settlement != fact.settlement and other.parent_id == fact.parent_id and _dictionary_place(
            other.settlement
        ) and fuzz.ratio(fold(other.settlement), fold(fact.settlement)) >= 80:
            return replace(fact, id=other.id, name=other.name, settlement=other.settlement)
    return fact


def _dictionary_place(name: str) -> bool:
    from ..morphology import get_analyzer

    return any(a.kind == "place" and a.source == "dictionary" for a in get_analyzer().analyze(name.split()[-1]))
