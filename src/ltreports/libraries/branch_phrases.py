"""Rule 2: branch phrases — a settlement's library named by its settlement.

- a settlement genitive before "biblioteka"/"filialas"/"padalinys", with "kaimo"/"miesto"/"miestelio"
  or a patron between ("Kučgalio kaimo biblioteka", "Kruonio Antano Vaitkaus biblioteka", "Žemaičių
  Kalvarijos V. Mačernio bibliotekoje"); a municipality's seat so named is the municipal library
  ("Lazdijų bibliotekoje"), except as "X miesto biblioteka" of a district municipality or "X miestelio
  biblioteka", which is the town's branch;
- every conjunct of an enumeration under one plural head ("Leliūnų, Viešintų (I vieta) ir Troškūnų
  bibliotekos", "Joniškėlio, Krinčino ir kituose padaliniuose");
- "padalinys"/"filialas" with settlements in the locative ("padalinyje Veisiejuose", "filialus Drevernoje,
  Agluonėnuose bei Veiviržėnuose"), and locatives coordinated before a plural head;
- "X skyrius" right after a library's name ("Elektrėnų viešosios bibliotekos Vievio skyriui");
- a settlement's librarian ("Šepetos bibliotekininkė"): that settlement's library.
"""

from __future__ import annotations

from .fuzzy import stem
from .gazetteer import Entry
from .hits import FinderBase, Hit
from .places import foreign_stems, not_settlements, place_reading, two_word_settlement
from .readings import analyses, genitive_noun, lemmas
from .words import fold, lexicon

SETTLEMENT_MODIFIERS = ("kaimo", "miesto", "miestelio")
OTHERS = ("kitas", "kita")  # "ir kituose padaliniuose": the enumeration goes on


class BranchPhrases(FinderBase):
    def branch_phrases(self) -> None:
        ws = self.ws
        self._foreign = foreign_stems(self.text, ws)
        for hit in list(self.hits):  # a listed branch with its library's words before it
            if hit.entries and hit.entries[0].kind == "branch":
                self._district_before(hit.i)
        for h, head in enumerate(ws):
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
                if not self._genitive_branch(h) and role == "branch_head":
                    self._locative_branch(h)
                if not self.used[h] and head.plural:
                    self._locatives_before(h)
            elif role == "department_head":
                self._department_branch(h)

    # --- the settlement before a head ------------------------------------------------------------
    def _settlement_before(self, h: int) -> tuple[int, str, str | None] | None:
        """(first word, settlement, modifier) of "Kučgalio (kaimo) …", "Kruonio Antano Vaitkaus …" right
        before word h; modifier is "kaimo"/"miesto"/"miestelio" when it stands between."""
        ws = self.ws
        k = self.word_before(h)
        modifier = None
        if k is not None and ws[k].key in SETTLEMENT_MODIFIERS:
            modifier = ws[k].key
            k = self.word_before(k)
        if k is None or self.used[k]:
            return None
        found = self._settlement_at(k)
        village = modifier in ("kaimo", "miestelio") or (
            (j := self.word_before(k)) is not None and ws[j].key in ("kaimo", "miestelio")
        )
        if found is None and village:
            found = self._named_village(k)  # "kaimo Zelionkos bibliotekos": any name after "kaimo" is a village's
        if found is None and modifier is None:
            found = self._settlement_before_patron(k)
        if found is None:
            return None
        start, settlement = found
        return start, settlement, modifier

    def _named_village(self, k: int) -> tuple[int, str] | None:
        """A capitalised genitive noun the dictionary knows only as a name, read as a village's name."""
        w = self.ws[k]
        if not w.capitalized or w.all_caps or len(w.text) < 3 or stem(w.key) in self._foreign:
            return None
        names = [a.lemma for a in analyses(w) if a.case == "Gen" and a.pos == "noun" and a.lemma[:1].isupper()]
        return (k, names[0]) if names and names[0] not in not_settlements() else None

    def _settlement_at(self, k: int) -> tuple[int, str] | None:
        """The settlement whose genitive ends at word k, with a qualifying word before it ("Višakio Rūdos")."""
        ws = self.ws
        settlement = place_reading(ws[k], "Gen", self.gaz)
        if not settlement:
            return None
        j = self.word_before(k)
        if j is not None and not self.used[j]:
            both = two_word_settlement(ws[j], ws[k], self.gaz)
            if both:
                return j, both
        if stem(ws[k].key) in self._foreign:
            return None
        return k, settlement

    def _settlement_before_patron(self, k: int) -> tuple[int, str] | None:
        """ "Kuršėnų Vytauto Vitkausko": a settlement, then a patron's names (or initials) before the head;
        the word before the head is a family name."""
        ws = self.ws
        if not any(a.case == "Gen" and a.kind == "family_name" for a in analyses(ws[k])):
            return None
        names = 0
        while names < 4 and not self.used[k] and self._patron_word(k):
            names += 1
            prev = self.word_before(k)
            if prev is None or self.used[prev]:
                return None
            k = prev
            found = self._settlement_at(k)
            if found is not None:
                return found
        return None

    def _patron_word(self, k: int) -> bool:
        w = self.ws[k]
        if w.abbreviation and len(w.text) == 1 and w.text.isupper():
            return True  # an initial: "V. Mačernio"
        return w.capitalized and any(a.case == "Gen" and a.kind in ("first_name", "family_name") for a in analyses(w))

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
        district = self._district_before(min(start for start, _ in conjuncts))
        for start, place in conjuncts:
            end = h if start == k else self._conjunct_end(start)
            seats = self.gaz.by_seat(place) if head.info.role == "head" and modifier != "miestelio" else []
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

    def _village_in_context(self, h: int) -> bool:
        """ "(gimtojo) miestelio bibliotekoje", or "biblioteka" in a clause about a village named in the
        locative ("pastatą Kašonyse, kuriame įsikūrė biblioteka"): the library of the village the text
        has just named (no municipality's seat)."""
        ws = self.ws
        if ws[h].key != "biblioteka" or ws[h].plural or ws[h].capitalized:
            return False
        k = self.word_before(h)
        village = k is not None and ws[k].key in ("miestelio", "kaimo") and not ws[k].capitalized
        if village:
            window = range(k - 1, max(-1, k - 60), -1)  # the last village the post named
        elif k is None or (not ws[k].capitalized and ws[k].info is None):  # not "viešojoje bibliotekoje"
            window = range(h - 1, max(-1, h - 13), -1)  # a village named in the same sentence
        else:
            return False
        for j in window:
            if ws[j + 1].sentence_start and not village:
                break
            if self.used[j] or not ws[j].capitalized or (ws[j].sentence_start and village):
                continue
            # in the same sentence: a locative ("Kašonyse"), or a genitive with "kaimo" ("Baublių kaimo gyventojai")
            named_village = j + 1 < h and ws[j + 1].key in ("kaimo", "miestelio") and ws[j + 1].joined and not (
                j > 0 and ws[j - 1].key == "is"  # "iš Gulbinų kaimo kilusi": where someone comes from
            )
            cases = ("Gen", "Loc", "Ill") if village else ("Loc", "Gen") if named_village else ("Loc",)
            place = next((p for c in cases if (p := place_reading(ws[j], c, self.gaz))), None)
            if place is None:
                continue
            if self.gaz.by_seat(place) or place in not_settlements() or stem(ws[j].key) in self._foreign:
                return False
            if not village and not named_village and not self._modifies_library(j, h):
                return False  # "Gruzdžiuose gyvenantis poetas ... bibliotekai": about someone else
            start = k if village else h
            self.add(Hit(start, h, (), kind="branch", settlement=place, rule="branch-context",
                         name=f"{place} biblioteka"))
            return True
        return False

    def _modifies_library(self, j: int, h: int) -> bool:
        """Between the locative at j and "biblioteka" at h: only participles or adjectives agreeing with it
        ("Kašonyse veikianti biblioteka"), or a relative clause about the place ("Kašonyse, kuriame …")."""
        ws = self.ws
        if j + 1 < h and ws[j + 1].key.startswith("kur") and self.gap(j, j + 1) == ",":
            return True
        return all(
            any(a.case is not None and (a.pos == "adjective" or a.pos.startswith("verb")) for a in analyses(w))
            for w in ws[j + 1 : h]
        )

    def _national_library_branch(self, h: int) -> bool:
        """ "Panevėžio aklųjų biblioteka": a town in place of "Lietuvos" in a national library's name
        ("Lietuvos aklųjų biblioteka") names that library's branch in the town."""
        ws = self.ws
        if ws[h].key != "biblioteka" or ws[h].plural:
            return False
        k = self.word_before(h)
        p = self.word_before(k) if k is not None else None
        if k is None or p is None or self.used[k] or self.used[p] or ws[k].capitalized:
            return False
        options = self.gaz.aliases.get(("lietuvos", ws[k].key, "biblioteka"), ())
        entries = [self.gaz.entries[a.entry_id] for a in options]
        place = place_reading(ws[p], "Gen", self.gaz)
        if len(entries) != 1 or entries[0].kind not in ("national", "special") or not place:
            return False
        self.add(Hit(p, h, (), kind="branch", settlement=place, rule="branch",
                     name=self._branch_name(p, h), extra={"parent": entries[0]}))
        return True

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
        if entry is not None and public:
            self.add(Hit(j, k - 1, (entry,), rule="gazetteer"))
        return entry

    def _coordinated_settlements(self, k: int) -> list[tuple[int, str]]:
        """The conjuncts before the settlement at word k: "Leliūnų, Viešintų (I vieta) ir [Troškūnų]"."""
        out: list[tuple[int, str]] = []
        cursor = k
        while True:
            last = self.coordinator_before(cursor)
            if last is None or self.used[last]:
                break
            found = self._settlement_at(last)
            if found is None:
                break
            out.append(found)
            cursor = found[0]
        return out

    def _foreign_host(self, k: int) -> bool:
        """ "kultūros centro Kauno filialas", "LASS Kupiškio filialas": a branch of something else."""
        if k == 0 or not self.ws[k].joined:
            return False
        prev = self.ws[k - 1]
        if prev.all_caps and not self.used[k - 1]:
            return True  # an organisation's abbreviation the gazetteer does not know
        if prev.capitalized or prev.info is not None:
            return False
        return bool(lemmas(prev, "noun") & self.non_library_hosts) and genitive_noun(prev)

    def _seat(self, settlement: str) -> Entry | None:
        seats = self.gaz.by_seat(settlement)
        return seats[0] if len(seats) == 1 else None

    def _branch_name(self, start: int, h: int) -> str:
        """Words start..h-1 as written (library words in the nominative), then the head's nominative."""
        ws = self.ws
        head = lexicon().lemmas.get(ws[h].key, ws[h].text)
        middle = [  # the phrase's own words: a parenthesis or a relative clause before the head is left out
            lexicon().lemmas.get(w.key, w.text) if w.info else w.text + ("." if w.abbreviation else "")
            for w in ws[start:h]
            if self.joined(start, w.index) and not self.in_parenthesis[w.index]
        ]
        return " ".join([*middle, head])

    def _conjunct_name(self, start: int, end: int, h: int) -> str:
        """A conjunct's own words (start..end) and the shared head: "Leliūnų biblioteka"."""
        head = lexicon().lemmas.get(self.ws[h].key, self.ws[h].text)
        return " ".join([*(w.text for w in self.ws[start : end + 1]), head])

    # --- locatives -------------------------------------------------------------------------------
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
        if h + 1 >= len(ws) or not ws[h + 1].joined or self.used[h + 1]:
            return
        place = place_reading(ws[h + 1], "Loc", self.gaz)
        if not place:
            return
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
        """ "Papilyje, Vabalninke ir Nemunėlio Radviliškyje bibliotekose": locatives before a plural head."""
        ws = self.ws
        k = self.word_before(h)
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

    # --- other shapes ----------------------------------------------------------------------------
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

    def _is_librarian(self, h: int, *, any_number: bool = False) -> bool:
        w = self.ws[h]
        librarians = lexicon().data.get("branch_staff", ())
        return fold(w.text).startswith("bibliotekinink") and any(
            a.lemma in librarians and (any_number or a.number == "Sg") for a in analyses(w)
        )

    def _librarians_from(self, h: int) -> None:
        """ "bibliotekininkės: Ona Jonaitė iš Kučgalio, Rasa Petraitė iš Kvetkų": a librarian named with the
        village she comes from (in the same sentence) is that village's librarian."""
        ws = self.ws
        for k in range(h + 1, min(len(ws) - 1, h + 30)):
            if ws[k].sentence_start and self.gap(k - 1, k) != ":":
                break
            if ws[k].key != "is" or not ws[k + 1].joined or self.used[k + 1]:
                continue
            prev = ws[k - 1]
            if not prev.capitalized or not any(a.kind == "family_name" and a.case == "Nom" for a in analyses(prev)):
                continue  # "iš" right after a person's name in the nominative (the librarian, not a guest)
            found = self._settlement_at(k + 1)
            if found is None or found[0] != k + 1 or self.gaz.by_seat(found[1]) or self._foreign_host(k + 1):
                continue
            self.add(Hit(k + 1, k + 1, (), kind="branch", settlement=found[1], rule="branch-librarian",
                         name=f"{ws[k + 1].text} biblioteka"))

    def _librarian_branch(self, h: int) -> None:
        """ "Šepetos bibliotekininkė": the librarian of a settlement that is no municipality's seat."""
        k = self.word_before(h)
        if k is not None and self.ws[k].key in ("kaimo", "miestelio"):
            k = self.word_before(k)  # "Mielagėnų kaimo bibliotekininkė"
        if k is None or self.used[k] or not self.ws[h].joined:
            return
        found = self._settlement_at(k)
        if found is None or self.gaz.by_seat(found[1]) or found[1] in not_settlements():
            return
        start, place = found
        if self._foreign_host(start):
            return
        self.add(Hit(start, h, (), kind="branch", settlement=place, rule="branch-librarian",
                     name=f"{' '.join(w.text for w in self.ws[start:h])} biblioteka"))
