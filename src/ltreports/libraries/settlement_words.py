"""Reading a settlement's name before a library word: the genitive (with "kaimo"/"miesto"/"miestelio", a
patron or "struktūrinis" between: "Kučgalio kaimo biblioteka", "Kruonio Antano Vaitkaus biblioteka", "Zujūnų
struktūrinis padalinys"), two-word names ("Višakio Rūdos"), a village the dictionary knows only as a name
("kaimo Zelionkos") or as a family name in the genitive plural ("Trumpaičių biblioteka": Trumpaičiai), and
what makes a branch someone else's ("kultūros centro Kauno filialas", "LASS Kupiškio filialas").
"""

from __future__ import annotations

from .fuzzy import stem
from .hits import FinderBase
from .places import not_settlements, place_reading, two_word_settlement
from .readings import analyses, genitive_noun, lemmas
from .words import Word, lexicon

SETTLEMENT_MODIFIERS = ("kaimo", "miesto", "miestelio", "seniunijos")
# a village's or small town's own library, never a seat's municipal one: "Alantos miestelio", "Dotnuvos seniūnijos"
BRANCH_MODIFIERS = ("kaimo", "miestelio", "seniunijos")


class SettlementWords(FinderBase):
    _foreign: frozenset[str] = frozenset()

    def _settlement_before(self, h: int) -> tuple[int, str, str | None] | None:
        """(first word, settlement, modifier) of "Kučgalio (kaimo) …", "Kruonio Antano Vaitkaus …" right
        before word h; modifier is "kaimo"/"miesto"/"miestelio" when it stands between."""
        ws = self.ws
        k = self.word_before(h)
        if k is not None and ws[h].info is not None and ws[h].info.role == "branch_head" and (
            ws[k].info is not None and ws[k].info.role == "adjective" and not ws[k].capitalized
        ):
            k = self.word_before(k)  # "Zujūnų struktūriniame padalinyje": a library adjective agreeing with the head
        modifier = None
        if k is not None and ws[k].key in SETTLEMENT_MODIFIERS:
            modifier = ws[k].key
            k = self.word_before(k)
        if k is None or self.used[k]:
            return None
        found = self._settlement_at(k)
        village = modifier in BRANCH_MODIFIERS or (
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
        settlement = place_reading(ws[k], "Gen", self.gaz) or self._family_village(k)
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

    def _family_village(self, k: int) -> str | None:
        """ "Trumpaičių bibliotekoje": a family name in the genitive plural names no patron (a patron is one
        person) but the village named after the family, whose nominative is the masculine plural
        ("Trumpaičiai", "Gaidžiūnai"); not after a first name or an initial ("Stanislovo Didžiulių")."""
        w = self.ws[k]
        if not w.capitalized or w.all_caps or len(w.text) < 4:
            return None
        genitives = [a for a in analyses(w) if a.case == "Gen"]
        if not genitives or not all(a.kind == "family_name" and a.number == "Pl" for a in genitives):
            return None
        j = self.word_before(k)
        if j is not None and self.ws[j].key in ("ir", "bei"):
            j = self.word_before(j)  # "Stanislovo ir Liudvikos Didžiulių": the first names of a couple
        if j is not None and self._first_name(j):
            return None
        for ending, nominative in lexicon().data.get("settlement_genitive_endings", ()):
            if nominative.endswith("ai") and w.text.endswith(ending):
                return w.text[: -len(ending)] + nominative
        return None

    def _first_name(self, k: int) -> bool:
        w = self.ws[k]
        if w.abbreviation and len(w.text) == 1 and w.text.isupper():
            return True  # an initial: "S. Didžiulių"
        return w.capitalized and any(a.case == "Gen" and a.kind == "first_name" for a in analyses(w))

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

    def _foreign_host(self, k: int) -> bool:
        """ "kultūros centro Kauno filialas", "LASS Kupiškio filialas": a branch of something else."""
        if k == 0 or not self.ws[k].joined:
            return False
        prev = self.ws[k - 1]
        if prev.all_caps and not self.used[k - 1] and not (self.ws[k].all_caps and self._common_word(prev)):
            return True  # an organisation's abbreviation the gazetteer does not know (not a capitals heading)
        if prev.capitalized or prev.info is not None:
            return False
        # an organisation that has branches ("kultūros centro") or its own library ("akademijos Vrublevskių")
        owners = self.non_library_hosts | self.other_owners
        return bool(lemmas(prev, "noun") & owners) and genitive_noun(prev)

    def _owned_by_other(self, k: int) -> bool:
        """ "lopšelio-darželio Upynos filialas", "komisariato Kaltinėnų padalinys": a common noun in the genitive
        right before a "filialas"/"padalinys" phrase names the organisation the branch belongs to, and only a
        library word ("bibliotekos Upynos filialas", "rajono Upynos filialas") makes it a library's branch; so
        does a quoted name or a capitalised word that does not inflect or that the dictionary does not know (a
        company: "Swedbank", "VšĮ")."""
        if k == 0 or self.used[k - 1]:
            return False
        prev = self.ws[k - 1]
        if prev.info is not None:
            return False
        gap = self.text[prev.end : self.ws[k].start].strip()
        if gap and gap in "“”\"»":
            return True  # a quoted name: "UAB „Rūta“ Kaltinėnų filialas"
        if not self.ws[k].joined:
            return False
        if prev.capitalized and not prev.sentence_start:  # a brand or an acronym: "Swedbank", "VšĮ Kaltinėnų filialas"
            if "\n" in self.text[prev.end : self.ws[k].start]:
                return False  # a signature line's name, then the branch on the next line
            readings = analyses(prev)
            return not any(a.source == "dictionary" for a in readings) or all(a.case is None for a in readings)
        return any(a.pos == "noun" and a.case == "Gen" and a.kind is None for a in analyses(prev))

    @staticmethod
    def _common_word(w: Word) -> bool:
        """A dictionary word that is no acronym ("VYKO" in a heading, not "LASS")."""
        readings = [a for a in analyses(w) if a.source == "dictionary"]
        return bool(readings) and all(a.pos != "acronym" for a in readings)

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
