"""Rule 2: branch phrases — a settlement's library named by its settlement.

- a settlement genitive before "biblioteka"/"filialas"/"padalinys", with "kaimo"/"miesto"/"miestelio"
  or a patron between ("Kučgalio kaimo biblioteka", "Kruonio Antano Vaitkaus biblioteka", "Žemaičių
  Kalvarijos V. Mačernio bibliotekoje"); a municipality's seat so named is the municipal library
  ("Lazdijų bibliotekoje"), except as "X miesto biblioteka" of a district municipality or "X miestelio
  biblioteka", which is the town's branch;
- every conjunct of an enumeration under one plural head ("Leliūnų, Viešintų (I vieta) ir Troškūnų
  bibliotekos", "Joniškėlio, Krinčino ir kituose padaliniuose");
- "padalinys"/"filialas" with settlements in the locative ("padalinyje Veisiejuose", "filialus Drevernoje,
  Agluonėnuose bei Veiviržėnuose", after a plural head's dash or colon: "padaliniuose – Upynoje ir
  Teneniuose"), "biblioteka" with a village's locative ("bibliotekoje Upninkuose", not a seat's, not a
  school's), and locatives coordinated before a plural head, an agreeing participle between ("Žasliuose ir
  Paparčiuose veikiančiose bibliotekose");
- a common noun in the genitive before "X filialas/padalinys" ("lopšelio-darželio Upynos filialas") makes it
  that organisation's branch: only a library word there ("bibliotekos", "rajono") keeps it a library's;
- settlements listed after a plural head ("padaliniuose: Kulvos, Upninkų ir Rimkų", "filialuose (Kulvos,
  Upninkų)");
- "X skyrius" right after a library's name ("Elektrėnų viešosios bibliotekos Vievio skyriui").

How a settlement's name is read is in ``settlement_words.py``; branches named by the context (a
librarian, a village named before) in ``branch_context.py``.
"""

from __future__ import annotations

from .branch_context import ContextBranches
from .gazetteer import Entry
from .hits import COORDINATORS, Hit
from .places import foreign_stems, namesake_settlement, place_reading, two_word_settlement
from .readings import analyses, genitive_noun, lemmas
from .settlement_words import BRANCH_MODIFIERS, SETTLEMENT_MODIFIERS
from .words import Word, lexicon

OTHERS = ("kitas", "kita")
LIST_OPENERS = (":", "–", "—", "-")  # "ir kituose padaliniuose": the enumeration goes on


class BranchPhrases(ContextBranches):
    def branch_phrases(self) -> None:
        ws = self.ws
        self._foreign = foreign_stems(self.text, ws)
        for hit in list(self.hits):  # a listed branch with its library's words before it
            if hit.entries and hit.entries[0].kind == "branch":
                self._listed_branch_district(hit)
        for h in self.library_like:  # no other word is a head or a librarian
            head = ws[h]
            if self.used[h]:
                continue
            if head.info is None:
                if self._is_librarian(h, any_number=True):
                    if not self.used[h] and self._is_librarian(h):
                        self._librarian_branch(h)
                    self._librarians_from(h)
                continue
            role = head.info.role
            if role in ("head", "branch_head"):
                if not self._genitive_branch(h) and not self.used[h]:
                    self._locative_branch(h)
                if not self.used[h] and head.plural:
                    self._locatives_before(h)
                if head.maybe_plural:  # "filialų (Kulvos, Upninkų)": folded "filialu" is also the singular instrumental
                    self._genitives_listed_after(h)
            elif role == "department_head":
                self._department_branch(h)

    def _genitive_branch(self, h: int) -> bool:
        ws = self.ws
        found = self._settlement_before(h)
        if found is None:
            return (self._enumeration_with_others(h) or self._national_library_branch(h)
                    or self._village_in_context(h))
        k, settlement, modifier = found
        if self._foreign_host(k):
            return False
        head = ws[h]
        conjuncts = [(k, settlement)]
        if head.maybe_plural:
            conjuncts += self._coordinated_settlements(k)
        if head.plural and len(conjuncts) == 1:
            return False
        if head.info.role == "branch_head" and self._owned_by_other(min(start for start, _ in conjuncts)):
            return False
        district = self._district_before(min(start for start, _ in conjuncts)) or self.district_in_brackets(h)
        for start, place in conjuncts:
            end = h if start == k else self._conjunct_end(start)
            seats = self.gaz.by_seat(place) if head.info.role == "head" and modifier not in BRANCH_MODIFIERS[1:] else []
            seat = seats[0] if len(seats) == 1 else None
            town_branch = seat is not None and modifier == "miesto" and "rajono" in (seat.municipality or "")
            if seats and district is None and not town_branch:
                if seat is not None:
                    self.add(Hit(start, end, (seat,), rule="seat"))
                continue  # a city with several libraries: "Kauno bibliotekoje" names none of them
            extra: dict = {"district": district} if district else {}
            if town_branch:
                extra["parent"] = seat  # "Plungės miesto biblioteka": the district library's town branch
            name = self._branch_name(start, h) if start == k else self._conjunct_name(start, end, h)
            self.add(Hit(start, end, (), kind="branch", settlement=place, rule="branch", name=name, extra=extra))
        return True

    def _conjunct_end(self, start: int) -> int:
        """The last word of a conjunct starting at ``start`` (a two-word settlement spans two words)."""
        ws = self.ws
        if start + 1 < len(ws) and ws[start + 1].joined and two_word_settlement(ws[start], ws[start + 1], self.gaz):
            return start + 1
        return start

    def _enumeration_with_others(self, h: int) -> bool:
        """ "Joniškėlio, Krinčino ir kituose padaliniuose": genitives before "ir kiti" and a plural head."""
        ws = self.ws
        if not ws[h].plural or ws[h].info is None or ws[h].info.role not in ("head", "branch_head"):
            return False
        k = self.word_before(h)
        if k is None or not lemmas(ws[k]) & set(OTHERS):
            return False
        last = self.coordinator_before(k)
        if last is None or self.used[last]:
            return False
        found = self._settlement_at(last)
        if found is None:
            return False
        conjuncts = [found, *self._coordinated_settlements(found[0])]
        for start, place in conjuncts:
            end = self._conjunct_end(start)
            self.add(Hit(start, end, (), kind="branch", settlement=place, rule="branch",
                         name=self._conjunct_name(start, end, h)))
        return True

    def _listed_branch_district(self, hit: Hit) -> None:
        """The municipality named before a listed branch decides which of the namesakes it is; a namesake of
        another municipality's listed branch ("Alytaus r. Butrimonių bibliotekoje" beside Šalčininkai's) is that
        municipality's unlisted branch."""
        district = self._district_before(hit.i) or self.district_in_brackets(self._head_after(hit.j))
        if district is None:
            return
        own = tuple(e for e in hit.entries if e.parent == district.id)
        if own:
            hit.entries = own
            return
        settlement = namesake_settlement(hit.entries[0], self.ws[hit.i], self.gaz)
        hit.entries, hit.kind, hit.settlement, hit.rule = (), "branch", settlement, "branch"
        hit.name = self._branch_name(hit.i, hit.j) if hit.j > hit.i else f"{settlement} biblioteka"
        hit.extra["district"] = district

    def _head_after(self, j: int) -> int:
        """The library word right after a branch's name ending at word j ("Butrimonių bibliotekoje"), else j."""
        ws = self.ws
        if j + 1 < len(ws) and ws[j + 1].joined and ws[j + 1].info is not None and ws[j].info is None:
            return j + 1
        return j

    def _district_before(self, k: int) -> Entry | None:
        """ "Joniškio r. Žagarės bibliotekoje", "Klaipėdos rajono Šalpėnų": the library of that municipality.

        With the library's own words between ("Trakų rajono savivaldybės viešojoje Rūdiškių bibliotekoje")
        the library is named too."""
        ws = self.ws
        j = k - 1
        public = j >= 0 and ws[j].key == "viesoji" and not self.used[j] and self.joined(j, k)
        if public:
            j -= 1
        if j >= 0 and ws[j].key == "savivaldybes" and not self.used[j]:
            j -= 1
        district = None
        if j >= 0 and ws[j].key in ("rajono", "miesto") and not self.used[j]:
            district = ws[j].key
            j -= 1
        if j == k - 1 and j >= 0 and not self.used[j] and ws[k].joined and not public:
            # "Kauno Šilainių bibliotekoje": a city and its district, the city municipality's library
            seat = place_reading(ws[j], "Gen", self.gaz)
            place = place_reading(ws[k], "Gen", self.gaz)
            if not seat or not self.gaz.by_seat(seat) or (place and self.gaz.branches_in(place)):
                return None  # "Kauno Rokų": a listed village branch keeps its own library
            return self.gaz.by_municipality(ws[j].text, "miesto")
        if j < 0 or j == k - 1 or self.used[j] or not self.joined(j, k) or not ws[j].capitalized:
            return None
        if district is None and ws[j + 1].key != "savivaldybes":
            return None
        entry = self.gaz.by_municipality(ws[j].text, district)
        first = j
        if entry is None and j > 0 and ws[j - 1].capitalized and not self.used[j - 1] and self.joined(j - 1, j):
            # a two-word municipality: "Kazlų Rūdos sav. Antanavo bibliotekoje"
            entry = self.gaz.by_municipality(f"{ws[j - 1].text} {ws[j].text}", district)
            first = j - 1
        if entry is not None and public:
            self.add(Hit(first, k - 1, (entry,), rule="gazetteer"))
        return entry

    def _coordinated_settlements(self, k: int) -> list[tuple[int, str]]:
        """The conjuncts before the settlement at word k: "Leliūnų, Viešintų (I vieta) ir [Troškūnų]"."""
        out: list[tuple[int, str]] = []
        cursor = k
        while True:
            last = self.coordinator_before(cursor)
            if last is not None and self.ws[last].key in SETTLEMENT_MODIFIERS and not self.used[last]:
                last = self.word_before(last)  # "Kaltinėnų miestelio ir Upynos kaimo bibliotekose"
            if last is None or self.used[last]:
                break
            found = self._settlement_at(last)
            if found is None:
                break
            out.append(found)
            cursor = found[0]
        return out

    def _seat(self, settlement: str) -> Entry | None:
        seats = self.gaz.by_seat(settlement)
        return seats[0] if len(seats) == 1 else None

    def _conjunct_name(self, start: int, end: int, h: int) -> str:
        """A conjunct's own words (start..end) and the shared head: "Leliūnų biblioteka"."""
        head = lexicon().lemmas.get(self.ws[h].key, self.ws[h].text)
        return " ".join([*(w.text for w in self.ws[start : end + 1]), head])

    def _library_context(self, h: int) -> bool:
        """A library word or name right before "padalinys" (≤2 words), or "biblioteka" right after."""
        ws = self.ws
        for k in range(max(0, h - 2), h):
            if ws[k].info is not None and ws[k].info.role == "head" and self.joined(k, h):
                return True
            if self.used[k] and any(hit.i <= k <= hit.j and hit.entries for hit in self.hits):
                return True
        return False

    def _locative_branch(self, h: int) -> None:
        ws = self.ws
        if h + 1 >= len(ws) or self.used[h + 1]:
            return
        listed = not ws[h + 1].joined
        if listed and not (ws[h].plural and self.gap(h, h + 1) in LIST_OPENERS):
            return  # "padaliniuose – Upynoje ir Teneniuose": a plural head may open a list with a dash or colon
        place = place_reading(ws[h + 1], "Loc", self.gaz)
        if not place or (listed and not self._dictionary_place(ws[h + 1], "Loc")):
            return  # after a colon, only a place the dictionary knows ("filialuose: Skogje" is abroad)
        if ws[h].info is not None and ws[h].info.role == "head" and (
            self.gaz.by_seat(place) or (h > 0 and ws[h].joined and ws[h - 1].info is None and genitive_noun(ws[h - 1]))
        ):
            return  # "bibliotekoje Kaune", "mokyklos bibliotekoje Upninkuose" name no branch
        end = h + 1
        after = end + 1 < len(ws) and ws[end + 1].joined and ws[end + 1].key == "biblioteka"
        named = any(hit.entries and hit.entries[0].is_public for hit in self.hits)
        if not (after or self._library_context(h) or (named and not self._foreign_host(h))):
            return  # "kultūros centro padalinys Bajoruose" is not a library's
        if after:
            end += 1
        name_head = lexicon().lemmas.get(ws[h].key)
        self.add(Hit(h, end, (), kind="branch", settlement=place, rule="branch-locative",
                     name=f"{name_head} {place}"))
        if ws[h].maybe_plural and not after:
            for k, more in self._locatives_after(end):  # "filialus Drevernoje, Agluonėnuose bei Veiviržėnuose"
                self.add(Hit(k, k, (), kind="branch", settlement=more, rule="branch-locative",
                             name=f"{name_head} {more}"))

    def _locatives_after(self, k: int) -> list[tuple[int, str]]:
        ws, out = self.ws, []
        while True:
            nxt = k + 1
            if nxt >= len(ws):
                break
            if self.gap(k, nxt) == "," and not self.used[nxt]:
                cand = nxt
            elif self.gap(k, nxt) == "" and ws[nxt].key in ("ir", "bei") and nxt + 1 < len(ws) and ws[nxt + 1].joined:
                cand = nxt + 1
            else:
                break
            if self.used[cand]:
                break
            place = place_reading(ws[cand], "Loc", self.gaz)
            if not place:
                break
            out.append((cand, place))
            if ws[cand - 1].key in ("ir", "bei"):
                break
            k = cand
        return out

    def _locatives_before(self, h: int) -> None:
        """ "Papilyje, Vabalninke ir Nemunėlio Radviliškyje bibliotekose": locatives before a plural head, an
        agreeing participle or adjective between them ("Žasliuose ir Paparčiuose veikiančiose bibliotekose")."""
        ws = self.ws
        k = self.word_before(h)
        for _ in range(2):
            if k is None or self.used[k] or not self._agrees_in_locative(k):
                break
            k = self.word_before(k)
        if k is None or self.used[k]:
            return
        place = place_reading(ws[k], "Loc", self.gaz)
        if not place:
            return
        conjuncts = [(k, place)]
        cursor = k
        while True:
            last = self.coordinator_before(cursor)
            if last is None or self.used[last]:
                break
            more = place_reading(ws[last], "Loc", self.gaz)
            if not more:
                break
            conjuncts.append((last, more))
            cursor = last
        if len(conjuncts) < 2:
            return
        name_head = lexicon().lemmas.get(ws[h].key)
        for start, p in conjuncts:
            self.add(Hit(start, h if start == k else start, (), kind="branch", settlement=p,
                         rule="branch-locative", name=f"{name_head} {p}"))

    def _dictionary_place(self, w: Word, case: str) -> bool:
        """A place the dictionary (or the gazetteer's branch list) knows, not a guess from the ending."""
        if any(a.kind == "place" and a.case == case and a.source == "dictionary" for a in analyses(w)):
            return True
        return bool(self.gaz.branches_in(place_reading(w, case, self.gaz) or ""))

    def _agrees_in_locative(self, k: int) -> bool:
        """A lower-case participle or adjective in the plural locative ("veikiančiose", "kaimo" is not one)."""
        w = self.ws[k]
        return not w.capitalized and w.info is None and any(
            a.case == "Loc" and a.number == "Pl" and (a.pos == "adjective" or a.pos.startswith("verb"))
            for a in analyses(w)
        )

    def _genitives_listed_after(self, h: int) -> None:
        """ "padaliniuose: Kulvos, Upninkų ir Rimkų", "filialuose (Kulvos, Upninkų)": the settlements listed
        after a colon or in a parenthesis right after a plural head."""
        ws = self.ws
        k = h + 1
        if k >= len(ws) or self.used[k] or self.gap(h, k) not in (":", "("):
            return
        found: list[tuple[int, str]] = []
        while k < len(ws) and not self.used[k]:
            place = place_reading(ws[k], "Gen", self.gaz)
            if not place or self.gaz.by_seat(place) or self._foreign_host(k):
                return  # "bibliotekose: Vilniaus, Kauno": cities' libraries, not branches
            found.append((k, place))
            nxt = k + 1
            if nxt >= len(ws):
                break
            gap = self.gap(k, nxt)
            if gap == "" and ws[nxt].key in COORDINATORS:
                nxt += 1
            elif gap != ",":
                break
            k = nxt
        name_head = lexicon().lemmas.get(ws[h].key, ws[h].text)
        for start, place in found:
            self.add(Hit(start, start, (), kind="branch", settlement=place, rule="branch",
                         name=f"{ws[start].text} {name_head}"))

    def _department_branch(self, h: int) -> None:
        """ "Elektrėnų viešosios bibliotekos Vievio skyriui": a settlement's branch named "skyrius"."""
        found = self._settlement_before(h)
        if found is None:
            return
        k, place, _ = found
        if k == 0 or not self.joined(k - 1, k):
            return
        prev = next((hit for hit in self.hits if hit.j == k - 1 and hit.entries), None)
        if prev is None or not prev.entries[0].is_public:
            return
        self.add(Hit(k, h, (), kind="branch", settlement=place, rule="branch-skyrius",
                     name=self._branch_name(k, h)))
