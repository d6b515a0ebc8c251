"""Branches of a city library named by a word, not by a settlement (their settlement is the city).

- "Šiaurinėje bibliotekoje", "Rožyno padalinyje": an adjective- or noun-named branch of the post's city library;
- "Šiaulių miesto savivaldybės viešosios bibliotekos „Šaltinio“ padalinyje": a quoted name right after
  a city library's name.
"""

from __future__ import annotations

from .hits import FinderBase, Hit
from .readings import QUOTED_BEFORE, analyses, feminine_nominative, quoted_ranges
from .words import lexicon


class CityBranches(FinderBase):
    def city_branches(self) -> None:
        """ "Šiaurinėje bibliotekoje", "Pelėdos bibliotekoje": a branch of the post's city library named by an
        adjective or a proper name in the genitive (confirmed by one mention not at a sentence start)."""
        ws = self.ws
        host = self.host_library()
        if host is None or not host.in_city:
            return
        candidates = []
        quoted = quoted_ranges(self.text)
        for h in self.library_like:  # "biblioteka" is one of them
            head = ws[h]
            branch_head = head.info is not None and head.info.role == "branch_head"
            if self.used[h] or (head.key != "biblioteka" and not branch_head) or head.plural or h == 0:
                continue
            adj = ws[h - 1]
            if self.used[h - 1] or not adj.capitalized or adj.all_caps or not head.joined:
                continue
            if adj.folded in self.generic_adjectives or adj.info is not None:
                continue
            if any(s < adj.start < e for s, e in quoted):
                continue  # a title: „Tvari biblioteka“
            if branch_head and (self._others_branch(h - 1) or any(a.kind == "place" for a in analyses(adj))):
                continue  # "kultūros centro Rožyno padalinyje": the centre's; a place's branch: the settlement rules'
            readings = analyses(adj)
            adjective = bool(readings) and all(a.pos == "adjective" for a in readings)
            # a proper name in the genitive ("Pelėdos bibliotekoje"), not a person's first name
            named = any(a.case == "Gen" and a.pos == "noun" for a in readings) and not any(
                a.kind == "first_name" for a in readings)
            if adjective or named:
                candidates.append((h, adj, adjective))
        confirmed = {adj.key for _, adj, _ in candidates if not adj.sentence_start}
        for h, adj, adjective in candidates:
            if adj.key in confirmed:
                name = feminine_nominative(adj) if adjective else adj.text
                head_word = lexicon().lemmas.get(ws[h].key, ws[h].text)
                self.add(Hit(h - 1, h, (), kind="branch", settlement=host.settlement, rule="city-branch",
                             name=f"{name} {head_word}", extra={"parent": host}))

    def _others_branch(self, k: int) -> bool:
        """A common noun in the genitive right before the name at word k names the organisation whose branch it is
        ("kultūros centro Rožyno padalinys"); a library word there ("bibliotekos Rožyno padalinys") does not."""
        if k == 0 or not self.ws[k].joined:
            return False
        prev = self.ws[k - 1]
        if prev.all_caps and prev.info is None:
            return True  # an organisation's abbreviation: "LASS Rožyno filialas"
        if prev.info is not None or (prev.capitalized and not prev.sentence_start):
            return False
        return any(a.pos == "noun" and a.case == "Gen" and a.kind is None for a in analyses(prev))

    def quoted_branches(self) -> None:
        """ "Šiaulių miesto savivaldybės viešosios bibliotekos „Šaltinio“ padalinyje": a branch with a
        quoted name right after a city library's name is that library's branch in the city."""
        ws = self.ws
        for h in self.library_like:  # a head is one of them
            head = ws[h]
            if self.used[h] or head.info is None or head.info.role not in ("head", "branch_head") or head.plural:
                continue
            # the quoted name ends right before the head: only the text just before it is read
            m = QUOTED_BEFORE.search(self.text, max(0, head.start - 80), head.start)
            if m is None:
                continue
            parent = next(
                (
                    hit
                    for hit in self.hits
                    if hit.entries
                    and hit.entries[0].kind in ("municipal", "county")
                    and hit.entries[0].in_city
                    and ws[hit.j].end <= m.start()
                    and not self.text[ws[hit.j].end : m.start()].strip()
                ),
                None,
            )
            if parent is None:
                continue
            first = next((k for k in range(parent.j + 1, h + 1) if ws[k].start >= m.start()), h)
            entry = parent.entries[0]
            name = f"{m.group(1)} {lexicon().lemmas.get(head.key, head.text)}"
            self.add(Hit(first, h, (), kind="branch", settlement=entry.settlement, rule="quoted-branch",
                         name=name, extra={"parent": entry}))

