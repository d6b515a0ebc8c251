"""Rules 3 and 4: libraries outside the gazetteer (a school's, a university's, a foreign one: kind
``other``) and near misses of gazetteer names (typos, lost diacritics; ``fuzzy.py``)."""

from __future__ import annotations

from .fuzzy import decided, fuzzy_keys
from .hits import MAX_CHAIN, FinderBase, Hit
from .places import place_reading
from .readings import analyses, feminine_nominative, genitive_noun, head_like, is_adjective, known, lemmas, name_like
from .words import lexicon


class OtherLibraries(FinderBase):
    def other_libraries(self) -> None:
        ws = self.ws
        for h in self.library_like:  # "biblioteka" is one of them
            head = ws[h]
            if self.used[h] or head.key != "biblioteka" or h == 0 or not head.joined:
                continue
            k = h - 1
            while k >= 0 and not self.used[k] and ws[k + 1].joined and (
                (ws[k].info is None and is_adjective(ws[k])) or (ws[k].info and ws[k].info.role == "adjective")
            ):
                k -= 1  # "universiteto akademinės bibliotekos", "Matosinhos viešojoje bibliotekoje"
            if k < 0 or self.used[k] or not self.joined(k, h):
                continue
            owner = ws[k]
            if lemmas(owner, "noun") & self.other_owners and genitive_noun(owner):
                start = k
                while start > 0 and self.joined(start - 1, start) and not self.used[start - 1] and (
                    (ws[start - 1].capitalized and not ws[start - 1].sentence_start) or ws[start - 1].all_caps
                ) and (genitive_noun(ws[start - 1]) or ws[start - 1].all_caps):
                    start -= 1
                self.add(Hit(start, h, (), kind="other", rule="other", name=self._other_name(start, h)))
            elif self._foreign_chain(k, h):
                start = k
                while start > 0 and self.joined(start - 1, start) and not self.used[start - 1] and (
                    ws[start - 1].capitalized or ws[start - 1].text in ("de", "da", "dos", "dar", "del", "von")
                ):
                    start -= 1
                self.add(Hit(start, h, (), kind="other", rule="other-foreign", name=self._other_name(start, h)))

    def _foreign_chain(self, k: int, h: int) -> bool:
        """Capitalised words the dictionary does not know before "biblioteka": a foreign library."""
        w = self.ws[k]
        if not w.capitalized or w.sentence_start or w.all_caps:
            return False
        return not any(a.source == "dictionary" for a in analyses(w)) and not place_reading(w, "Gen", self.gaz)

    def _other_name(self, start: int, h: int) -> str:
        ws = self.ws
        parts = []
        for w in ws[start:h]:
            parts.append(feminine_nominative(w) if is_adjective(w) and w.info is None else w.text)
        parts = [lexicon().lemmas.get(w.key, w.text) if w.info else p for w, p in zip(ws[start:h], parts, strict=True)]
        return " ".join([*parts, "biblioteka"])

    def near_misses(self) -> None:
        ws = self.ws
        heads = [h for h in self.library_like if not self.used[h] and head_like(ws[h]) and not ws[h].plural]
        queries, spans = [], []
        for h in heads:
            for start in range(h - 1, max(-1, h - MAX_CHAIN - 1), -1):
                if self.used[start] or not self.joined(start, h):
                    break
                if not name_like(ws[start]) or all(known(w) for w in ws[start : h + 1]):
                    continue  # only a misspelling (a word the dictionary lacks) makes a near miss
                queries.append(tuple(w.key for w in ws[start : h + 1]))
                spans.append((start, h))
        if not queries:
            return
        results = fuzzy_keys(self.gaz, queries)
        best: dict[int, tuple[float, int, int, object]] = {}
        for (start, h), cands in zip(spans, results, strict=True):
            top = decided(cands)
            if top is None:
                continue
            key = (top.score, h - start)
            if h not in best or key > best[h][:2]:
                best[h] = (top.score, h - start, start, cands)
        for h, (score, _, start, cands) in sorted(best.items()):
            if self.free(start, h):
                self.add(Hit(start, h, (cands[0].entry,), rule="fuzzy", score=score,
                             candidates=tuple(c.entry.id for c in cands)))

