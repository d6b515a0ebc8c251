"""Branches named by the context rather than by a "X biblioteka" phrase.

- a settlement's librarian ("Šepetos bibliotekininkė", "bibliotekininkės: O. Jonaitė iš Kučgalio");
- "(gimtojo) miestelio bibliotekoje", "vietos/vietinėje bibliotekoje" after the village is named,
  "Kašonyse veikianti biblioteka",
  "Baublių kaimo gyventojai ... bibliotekos";
- a town in place of "Lietuvos" in a national library's name: "Panevėžio aklųjų biblioteka".
"""

from __future__ import annotations

from .fuzzy import stem
from .hits import COORDINATORS, Hit
from .places import not_settlements, place_reading
from .readings import analyses
from .settlement_words import BRANCH_MODIFIERS, SettlementWords
from .words import lexicon


def _local_words() -> frozenset[str]:
    """ "vietos", "vietinėje" (folded): "the local library", the library of the village just named."""
    return frozenset(lexicon().data.get("local_library_words", ()))


class ContextBranches(SettlementWords):
    def _village_in_context(self, h: int) -> bool:
        """ "(gimtojo) miestelio bibliotekoje", or "biblioteka" in a clause about a village named in the
        locative ("pastatą Kašonyse, kuriame įsikūrė biblioteka"): the library of the village the text
        has just named (no municipality's seat)."""
        ws = self.ws
        librarian = ws[h].key != "biblioteka" and self._is_librarian(h)  # "vietos bibliotekininkė"
        if (ws[h].key != "biblioteka" and not librarian) or ws[h].plural or ws[h].capitalized:
            return False
        k = self.word_before(h)
        village = k is not None and (
            (ws[k].key in ("miestelio", "kaimo") and not ws[k].capitalized)
            or (ws[k].folded in _local_words() and (not ws[k].capitalized or ws[k].sentence_start))
        )
        if village:
            window = range(k - 1, max(-1, k - 60), -1)  # the last village the post named
        elif librarian:
            return False
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
            if village and j > 0 and ws[j - 1].key == "i" and ws[j].joined:
                cases = ("Acc", *cases)  # the destination: "nuvykome į Juodupę ... vietos bibliotekoje"
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

    def _is_librarian(self, h: int, *, any_number: bool = False) -> bool:
        w = self.ws[h]
        if not w.folded.startswith("bibliotekinink"):
            return False
        librarians = lexicon().data.get("branch_staff", ())
        return any(
            a.lemma in librarians and (any_number or a.number == "Sg") for a in analyses(w)
        )

    def _librarians_from(self, h: int) -> None:
        """ "bibliotekininkės: Ona Jonaitė iš Kučgalio, Rasa Petraitė iš Kvetkų": a librarian named with the
        village she comes from (in the same sentence) is that village's librarian; so are "bibliotekininkės iš
        Kučgalio, Kvetkų ir Papilio" (the villages right after the word)."""
        ws = self.ws
        if h + 2 < len(ws) and ws[h + 1].key == "is" and ws[h + 1].joined and ws[h + 2].joined:
            self._villages_from(h + 2)
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

    def _villages_from(self, k: int) -> None:
        """The settlements of "iš A, (iš) B ir (iš) C" from word k: each a branch, unless a seat or abroad."""
        ws = self.ws
        found: list[tuple[int, str]] = []
        while k < len(ws) and not self.used[k]:
            place = self._settlement_at(k)
            if place is None or place[0] != k or self.gaz.by_seat(place[1]) or self._foreign_host(k):
                break
            found.append((k, place[1]))
            nxt = k + 1
            if nxt >= len(ws):
                break
            punct = self.gap(k, nxt)
            if punct == "" and ws[nxt].key in COORDINATORS:
                nxt += 1  # "Kvetkų ir Papilio"
            elif punct != ",":
                break
            if nxt < len(ws) and ws[nxt].key == "is":
                nxt += 1  # "iš Papilio, iš Kvetkų"
            k = nxt
        for k, place in found:
            self.add(Hit(k, k, (), kind="branch", settlement=place, rule="branch-librarian",
                         name=f"{ws[k].text} biblioteka"))

    def _librarian_branch(self, h: int) -> None:
        """ "Šepetos bibliotekininkė": the librarian of a settlement that is no municipality's seat."""
        k = self.word_before(h)
        if k is not None and self.ws[k].folded in _local_words():
            self._village_in_context(h)  # "vietos bibliotekininkė": the village just named
            return
        if k is not None and self.ws[k].key in BRANCH_MODIFIERS:
            k = self.word_before(k)  # "Mielagėnų kaimo bibliotekininkė", "Dotnuvos seniūnijos bibliotekininkė"
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
        if self._is_librarian(h, any_number=True) and any(a.number == "Pl" for a in analyses(self.ws[h])):
            self._librarians_conjuncts(start)  # "Upninkų ir Kulvos bibliotekininkės"

    def _librarians_conjuncts(self, k: int) -> None:
        """The settlements coordinated before a plural librarian word's own: "Upninkų ir [Kulvos] ..."."""
        while (last := self.coordinator_before(k)) is not None and not self.used[last]:
            found = self._settlement_at(last)
            if found is None or self.gaz.by_seat(found[1]) or found[1] in not_settlements():
                return
            start, place = found
            self.add(Hit(start, last, (), kind="branch", settlement=place, rule="branch-librarian",
                         name=f"{' '.join(w.text for w in self.ws[start:last + 1])} biblioteka"))
            k = start
