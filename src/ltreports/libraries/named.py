"""Rule 1: gazetteer names and short forms in any case and number, longest first.

A plural name takes the coordinated names before it ("Povilo Višinskio ir Jono Avyžiaus viešųjų
bibliotekų" names two libraries; "Kabelių ir Pilvingių bibliotekose" two branches). A street
("Bibliotekos g."), a foreign library ("Latvijos nacionalinės bibliotekos"), a plural that means
libraries in general ("rajono bibliotekų") and a patron's short form after another settlement's genitive
("Kudirkos Naumiesčio Vinco Kudirkos bibliotekoje") are no mention. "Kauno miesto ir rajono ... bibliotekų"
names both libraries of the town; a city district's listed branch counts only in a post about its city. A
patron's name inside a name the gazetteer lists without it ("Kazlų Rūdos savivaldybės Jurgio Dovydaičio
viešoji biblioteka") names that library (``unlisted_patrons``).
"""

from __future__ import annotations

from .gazetteer import Alias, Entry
from .hits import COORDINATORS, MAX_CHAIN, FinderBase, Hit
from .places import not_settlements, place_reading, two_word_settlement
from .readings import analyses
from .words import Word, lexicon

_TOWN_KINDS = ("miesto", "rajono")


class NamedLibraries(FinderBase):
    def gazetteer_names(self) -> None:
        keys = [w.key for w in self.ws]
        lengths = self.gaz.name_lengths
        # the words rule 1 can start at: a name's first word, or a town before "miesto"/"rajono"; read in order
        starts = {i for i, k in enumerate(keys) if k in lengths}
        starts.update(i - 1 for i, k in enumerate(keys) if i > 0 and k in _TOWN_KINDS)
        done = 0  # the words before this one are read
        for i in sorted(starts):
            if i >= done:
                done = self._name_from(i, keys, lengths)

    def _name_from(self, i: int, keys: list[str], lengths: dict[str, tuple[int, ...]]) -> int:
        """A gazetteer name (or a town's pair of libraries) from word i, longest first; the first word after
        the words it read."""
        ws = self.ws
        if i + 1 < len(ws) and keys[i + 1] in _TOWN_KINDS:
            pair_end = self._town_pair(i)
            if pair_end is not None:
                return pair_end + 1
        starting = lengths.get(keys[i])
        best = self._longest_name(i, keys, starting) if starting else None
        if best is None or not self._acceptable(best[0], best[1]):
            return i + 1
        bi, bj, aliases = best
        entries = tuple(dict.fromkeys(self.gaz.entries[a.entry_id] for a in aliases))
        if self._another_towns(bi, entries) or self._another_districts_village(bi, bj, entries):
            return bj + 1  # the words stay free for the branch rules
        hit = Hit(bi, bj, entries)
        self.add(hit)
        if ws[bj].maybe_plural:
            self.coordinated(hit)
        return bj + 1

    def _longest_name(self, i: int, keys: list[str], lengths: tuple[int, ...]) -> tuple[int, int, list[Alias]] | None:
        """The longest gazetteer names written from word i, as (i, last word, aliases): each length of the names
        starting with word i's key is looked up whole (longest first), not every such name compared in turn."""
        ws = self.ws
        first = ws[i]
        for m in lengths:
            j = i + m - 1
            if j >= len(keys):
                continue
            options = self.gaz.aliases.get(tuple(keys[i : j + 1]))
            if not options or not self.joined(i, j):
                continue
            found = [
                alias
                for alias in options
                if not (alias.caps and not (first.all_caps or first.text == alias.text))
                and not (m == 1 and not alias.caps and not first.capitalized)
                # "nacionalinės bibliotekos savaitė" is no "Nacionalinė biblioteka", "miško" no "Miško"
                and not (alias.text[:1].isupper() and not first.capitalized)
            ]
            if found:
                return i, j, found
        return None

    def city_districts_in_context(self) -> None:
        """A city district's listed branch ("„Šaltinio“ padalinys", "Aleksoto padalinys") counts only in a post about
        its city: one that names its library, comes from its site or names the city. Otherwise its words are
        left to the other rules ("Šiaulių ... bibliotekos „Šaltinio“ padalinyje" is a Šiauliai branch)."""
        named = {e.id for hit in self.hits for e in hit.entries[:1] if e.is_public}
        site = self.site
        cities: dict[str, bool] = {}
        kept = []
        for hit in self.hits:
            districts = [e for e in hit.entries if e.kind == "branch" and e.city_district]
            if districts and len(districts) == len(hit.entries) and not any(
                e.parent in named or (site is not None and site.id == e.parent)
                or self._names_city(e.settlement, cities)
                for e in districts
            ):
                for k in range(hit.i, hit.j + 1):
                    self.used[k] = False
                continue
            kept.append(hit)
        self.hits = kept

    def _names_city(self, city: str | None, cache: dict[str, bool]) -> bool:
        if not city:
            return False
        if city not in cache:
            cache[city] = any(
                a.kind == "place" and a.lemma == city for w in self.ws if w.capitalized for a in analyses(w)
            )
        return cache[city]

    def unlisted_patrons(self) -> None:
        """ "Kazlų Rūdos savivaldybės Jurgio Dovydaičio viešojoje bibliotekoje": a patron's name (first and family
        names or initials in the genitive) inside a public library's name the gazetteer lists without it; the
        name without the patron must be one of the library's names."""
        ws = self.ws
        for h in self.library_like:  # a head is one of them
            head = ws[h]
            if self.used[h] or head.info is None or head.info.role != "head" or h < 2:
                continue
            k = h - 1
            while k >= 0 and ws[k].info is not None and ws[k].info.role == "adjective" and self.joined(k, h):
                k -= 1  # "viešojoje", "centrinėje"
            end = k  # the patron's last word
            while k >= 0 and not self.used[k] and self.joined(k, h) and self._patron_name_word(k):
                k -= 1
            if end - k < 2 or k < 0 or not ws[end].capitalized:
                continue  # a patron has a given name (or an initial) and a family name
            tail = tuple(w.key for w in ws[end + 1 : h + 1])
            for start in range(max(0, k - MAX_CHAIN + 1), k + 1):
                if not self.joined(start, h) or not self.free(start, k):
                    continue
                options = self.gaz.aliases.get(tuple(w.key for w in ws[start : k + 1]) + tail)
                entries = tuple(dict.fromkeys(self.gaz.entries[a.entry_id] for a in options or ()))
                if len(entries) == 1 and entries[0].is_public and self._acceptable(start, h):
                    self.add(Hit(start, h, entries, rule="gazetteer-patron"))
                    break

    def _patron_name_word(self, k: int) -> bool:
        w = self.ws[k]
        if w.abbreviation and len(w.text) == 1 and w.text.isupper():
            return True  # an initial: "J. Dovydaičio"
        return w.capitalized and not w.all_caps and w.info is None and any(
            a.case == "Gen" and a.kind in ("first_name", "family_name") for a in analyses(w)
        )

    def _acceptable(self, i: int, j: int) -> bool:
        """A street ("Bibliotekos g."), or a plural name that means libraries in general, is no mention."""
        ws = self.ws
        head = ws[j]
        if j + 1 < len(ws) and ws[j + 1].text in ("g", "gatvė", "gatvės", "gatvėje") and ws[j + 1].joined:
            return False
        # a foreign country or city before the name: "Latvijos nacionalinės bibliotekos" is not the LNB
        if i > 0 and ws[i].joined and ws[i - 1].capitalized and self._foreign_place(ws[i - 1]):
            return False
        # a two-word settlement: "Nemunėlio Radviliškio biblioteka" is not the Radviliškis library
        if i > 0 and ws[i].joined and not self.used[i - 1] and two_word_settlement(ws[i - 1], ws[i], self.gaz):
            return False
        # a plural alone ("Nacionalinė bibliotekų savaitė", "rajono bibliotekų") means libraries in general
        return not head.plural or self._has_conjunct(i)

    def _town_pair(self, i: int) -> int | None:
        """ "Kauno miesto ir rajono savivaldybių viešųjų bibliotekų": one town, its city's and its district's
        libraries, the town said once. Adds both (from word i, the town); the phrase's last word, or None."""
        ws = self.ws
        if i + 4 >= len(ws) or ws[i + 1].key not in _TOWN_KINDS:
            return None
        if not ws[i].capitalized or not self.joined(i, i + 3):
            return None
        first, coordinator, second = ws[i + 1].key, ws[i + 2].key, ws[i + 3].key
        if {first, second} != {"miesto", "rajono"} or coordinator not in COORDINATORS:
            return None
        for end in range(i + 4, min(len(ws), i + 8)):
            if not self.joined(i + 3, end):
                break
            if ws[end].info is None or not ws[end].info.role.endswith("head"):
                continue
            if not ws[end].maybe_plural:
                return None
            tail = tuple(w.key for w in ws[i + 4 : end + 1])
            found = [self.gaz.aliases.get((ws[i].key, kind, *tail)) for kind in (first, second)]
            if not all(options and len(options) == 1 for options in found):
                return None
            self.add(Hit(i, i + 1, (self.gaz.entries[found[0][0].entry_id],), rule="coordination"))
            self.add(Hit(i + 3, end, (self.gaz.entries[found[1][0].entry_id],), rule="coordination"))
            return end
        return None

    def _another_towns(self, i: int, entries: tuple[Entry, ...]) -> bool:
        """ "Kudirkos Naumiesčio Vinco Kudirkos bibliotekoje": a patron's name right after another settlement's
        genitive names that settlement's library, not the library of the patron's name elsewhere (Kaunas)."""
        ws = self.ws
        if i == 0 or not ws[i].joined or self.used[i - 1] or not all(e.is_public for e in entries):
            return False
        prev = ws[i - 1]
        if not prev.capitalized or prev.info is not None:
            return False
        readings = analyses(prev)
        if prev.sentence_start and (
            not any(a.kind == "place" and a.case == "Gen" and a.source == "dictionary" for a in readings)
            or any(a.pos != "noun" for a in readings)
        ):
            return False  # a capital at a sentence start says nothing unless the word can only be a name ("Vyko")
        place = place_reading(prev, "Gen", self.gaz)
        return bool(place) and all(place != e.settlement for e in entries) and not self._foreign_place(prev)

    def _another_districts_village(self, i: int, j: int, entries: tuple[Entry, ...]) -> bool:
        """ "Molėtų r. Alantos, Giedraičių ir Joniškio bibliotekose", "Pakruojo rajono Joniškio bibliotekoje": after
        another district municipality, governing the whole enumeration, a seat's genitive names that municipality's
        namesake village, not the seat's library."""
        if j != i + 1 or not entries or not all(e.kind == "municipal" for e in entries):
            return False
        bracketed = self.district_in_brackets(j)  # "Joniškio bibliotekoje (Molėtų r.)"
        if bracketed is not None:
            return all(bracketed.settlement != e.settlement for e in entries)
        return self._under_another_district(i, entries)

    def _under_another_district(self, i: int, entries: tuple[Entry, ...]) -> bool:
        """The enumeration of genitives holding word i follows "X r."/"X rajono (savivaldybės)", X another
        municipality than the entries'."""
        ws = self.ws
        first = i  # the enumeration's first conjunct
        while (k := self.coordinator_before(first)) is not None and place_reading(ws[k], "Gen", self.gaz):
            first = k
        d = first - 1
        if d >= 0 and ws[d].key == "savivaldybes":
            d -= 1
        if d < 1 or ws[d].key != "rajono" or not self.joined(d - 1, first) or not ws[d - 1].capitalized:
            return False
        district = self.gaz.by_municipality(ws[d - 1].text, "rajono")
        return district is not None and all(district.settlement != e.settlement for e in entries)

    @staticmethod
    def _foreign_place(w: Word) -> bool:
        """A genitive of a place outside Lithuania from ``not_settlements`` ("Latvijos", "Rygos")."""
        foreign = {p for p in not_settlements() if "Lietuva" not in p}
        return any(a.case == "Gen" and a.lemma in foreign for a in analyses(w))

    def _has_conjunct(self, i: int) -> bool:
        return self.coordinator_before(i) is not None

    def coordinated(self, hit: Hit) -> None:
        """ "A ir B viešųjų bibliotekų", "A, B ir C rajonų savivaldybių bibliotekų": the names before B."""
        ws = self.ws
        tail_from = next((k for k in range(hit.i, hit.j + 1) if ws[k].info is not None), None)
        if tail_from is None or tail_from == hit.i:
            return
        tail = tuple(w.key for w in ws[tail_from : hit.j + 1])
        cursor = hit.i  # the first word of the leftmost conjunct found so far
        found_any = False
        while cursor >= 1:
            found = self.coordinator_before(cursor)
            if found is None:
                break
            last = found
            match = None
            for start in range(max(0, last - MAX_CHAIN), last + 1):
                if not self.joined(start, last) or not self.free(start, last):
                    continue
                conj = tuple(w.key for w in ws[start : last + 1])
                options = self.gaz.aliases.get(conj + tail)
                if not options and len(tail) > 1 and conj[-1] == tail[0]:
                    # "Kauno apskrities ir Šiaulių apskrities viešųjų bibliotekų": the modifier repeated
                    options = self.gaz.aliases.get(conj + tail[1:])
                if not options and len(tail) > 1 and tail[0] in ("rajono", "miesto"):
                    # "Kretingos ir Klaipėdos miesto viešųjų bibliotekų": "miesto" belongs to the last one
                    options = self.gaz.aliases.get(conj + tail[1:])
                if options:
                    match = (start, options)
                    break
            if match is not None and hit.entries[0].kind == "branch" and match[0] == last and len(tail) == 1:
                seats = tuple(dict.fromkeys(self.gaz.entries[a.entry_id] for a in match[1]))
                if all(e.kind == "municipal" for e in seats) and self._under_another_district(last, seats):
                    match = None  # "Molėtų r. Alantos, Joniškio ir Giedraičių bibliotekose": Molėtai's village
            if match is not None:
                start, options = match
                entries = tuple(dict.fromkeys(self.gaz.entries[a.entry_id] for a in options))
                self.add(Hit(start, last, entries, rule="coordination"))
            elif hit.entries and hit.entries[0].kind == "branch" and not self.used[last]:
                place = place_reading(ws[last], "Gen", self.gaz)  # "Kabelių ir Pilvingių bibliotekose"
                if not place:
                    break
                start = last
                self.add(Hit(start, last, (), kind="branch", settlement=place, rule="coordination",
                             name=f"{ws[last].text} {lexicon().lemmas.get(ws[hit.j].key, '')}".strip()))
            else:
                break
            found_any = True
            cursor = start
        if found_any:
            hit.rule = "coordination"

