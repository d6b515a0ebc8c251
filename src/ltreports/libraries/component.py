"""Pipeline component ``ltr_libraries``: writes matches to ``doc._.library_matches``.

Each match is ``Match(start, end, text, fact)`` with a ``LibraryFact`` (see ``facts.py``). The rules,
in order (a word used by one rule is not used again):

1. gazetteer names and short forms in any case and number (``Gazetteer.by_first``), longest first;
   a plural name takes the coordinated names before it ("Povilo Višinskio ir Jono Avyžiaus viešųjų
   bibliotekų" names two libraries);
2. branch phrases: a settlement genitive before "biblioteka"/"filialas"/"padalinys" (with "kaimo"/
   "miesto" between), coordinated ones ("Kašonių ir Strielčių bibliotekų"), "padalinys"/"filialas" with
   a settlement in the locative ("padalinyje Veisiejuose"), "X skyrius" right after a library name, and
   a city branch named by an adjective ("Šiaurinėje bibliotekoje") when the post's library is a city's;
3. libraries outside the gazetteer (a school's, a university's, a foreign one): kind ``other``;
4. near misses of gazetteer names (``fuzzy.py``);
5. "viešoji biblioteka"/"biblioteka" alone, when the post makes its library clear (the site it comes
   from, the one municipal library it names, or the one municipality whose seat it names).

Parents of branches come from the gazetteer's branch list, else the nearest library named before
the branch, else the post's library. Matches inside page boilerplate are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import Match, in_boilerplate, matches
from .facts import LibraryFact
from .fuzzy import decided, fuzzy_keys
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .words import Word, fold, lexicon, words

MAX_CHAIN = 7
COORDINATORS = ("ir", "bei")


def register_extensions() -> None:
    """``doc._.ltr_gazetteer`` (a Gazetteer for this doc) and ``doc._.source_url`` (where the post is from)."""
    for name in ("ltr_gazetteer", "source_url"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def set_document_context(doc: Doc, *, url: str | None = None, gazetteer: Gazetteer | None = None) -> None:
    """Tell the extractor where the post comes from and which gazetteer to use (before ``nlp(doc)``)."""
    doc._.source_url = url
    doc._.ltr_gazetteer = gazetteer


@dataclass
class Hit:
    """A found mention before its parent is decided: words [i, j] of the text."""

    i: int
    j: int
    entries: tuple[Entry, ...] = ()
    kind: str | None = None  # for hits without an entry: branch, other
    settlement: str | None = None
    name: str | None = None
    rule: str = "gazetteer"
    score: float | None = None
    candidates: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "library_matches")
        gaz = doc._.ltr_gazetteer or load_gazetteer()
        text = doc.text
        ws = words(text)
        if ws:
            found.extend(_Finder(doc, gaz, ws, text).run())
        return doc


@Language.factory("ltr_libraries", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()


# -------------------------------------------------------------------------------------------------
def _analyses(word: Word):
    from ..morphology import get_analyzer

    return get_analyzer().analyze(word.text)


def _analyze_text(text: str):
    from ..morphology import get_analyzer

    return get_analyzer().analyze(text)


def place_reading(word: Word, case: str) -> str | None:
    """The nominative of a settlement named by ``word`` in ``case``, from the dictionary, else a guess."""
    if not word.capitalized or len(word.text) < 3:
        return None
    readings = _analyses(word) if not word.all_caps else _analyze_text(word.text.capitalize())
    for a in readings:
        if a.kind == "place" and a.case == case:
            return None if a.lemma in _not_settlements() else a.lemma
    if any(a.source == "dictionary" for a in readings) or word.sentence_start or case != "Gen":
        return None
    for ending, nominative in lexicon().data.get("settlement_genitive_endings", ()):
        if word.text.endswith(ending) and len(word.text) > len(ending) + 2:
            return word.text[: -len(ending)] + nominative  # a name the dictionary lacks: "Sėlų" → "Sėlai"
    return None


def _not_settlements() -> frozenset[str]:
    return frozenset(lexicon().data.get("not_settlements", ()))


def _lemmas(word: Word, pos: str | None = None) -> set[str]:
    return {a.lemma.casefold() for a in _analyses(word) if pos is None or a.pos == pos}


def _genitive_noun(word: Word) -> bool:
    return any(a.pos == "noun" and a.case == "Gen" for a in _analyses(word))


class _Finder:
    def __init__(self, doc: Doc, gaz: Gazetteer, ws: list[Word], text: str) -> None:
        self.doc = doc
        self.text = text
        self.gaz = gaz
        self.ws = ws
        self.used = [False] * len(ws)
        self.hits: list[Hit] = []
        lex = lexicon().data
        self.other_owners = frozenset(lex.get("other_owners", ()))
        self.non_library_hosts = frozenset(lex.get("non_library_hosts", ()))
        self.generic_adjectives = frozenset(fold(w) for w in lex.get("generic_adjectives", ()))

    # --- driver ----------------------------------------------------------------------------------
    def run(self) -> list[Match]:
        self.gazetteer_names()
        self.branch_phrases()
        self.other_libraries()
        self.near_misses()
        self.city_branches()
        self.quoted_branches()
        self.bare_mentions()
        return self.to_matches()

    def add(self, hit: Hit) -> None:
        start, end = self.ws[hit.i].start, self.ws[hit.j].end
        if in_boilerplate(self.doc, start, end):
            for k in range(hit.i, hit.j + 1):
                self.used[k] = True
            return
        for k in range(hit.i, hit.j + 1):
            self.used[k] = True
        self.hits.append(hit)

    def joined(self, i: int, j: int) -> bool:
        """Words i..j form one phrase (no punctuation or paragraph break between them)."""
        return all(self.ws[k].joined for k in range(i + 1, j + 1))

    def free(self, i: int, j: int) -> bool:
        return not any(self.used[i : j + 1])

    # --- 1. gazetteer names ----------------------------------------------------------------------
    def gazetteer_names(self) -> None:
        ws, n = self.ws, len(self.ws)
        i = 0
        while i < n:
            best = None
            for alias in self.gaz.by_first.get(ws[i].key, ()):
                m = len(alias.keys)
                j = i + m - 1
                if j >= n or (best is not None and m < best[1] - best[0] + 1):
                    continue
                if tuple(w.key for w in ws[i : j + 1]) != alias.keys or not self.joined(i, j):
                    continue
                if alias.caps and not (ws[i].all_caps or ws[i].text == alias.text):
                    continue
                if m == 1 and not alias.caps and not ws[i].capitalized:
                    continue
                if best is None or m > best[1] - best[0] + 1:
                    best = (i, j, [alias])
                elif m == best[1] - best[0] + 1:
                    best[2].append(alias)
            if best is None or not self._acceptable(best[0], best[1]):
                i += 1
                continue
            bi, bj, aliases = best
            entries = tuple(dict.fromkeys(self.gaz.entries[a.entry_id] for a in aliases))
            hit = Hit(bi, bj, entries)
            self.add(hit)
            if ws[bj].maybe_plural:
                self.coordinated(hit)
            i = bj + 1

    def _acceptable(self, i: int, j: int) -> bool:
        """A street ("Bibliotekos g."), or a plural name that means libraries in general, is no mention."""
        ws = self.ws
        head = ws[j]
        if j + 1 < len(ws) and ws[j + 1].text in ("g", "gatvė", "gatvės", "gatvėje") and ws[j + 1].joined:
            return False
        # a foreign country or city before the name: "Latvijos nacionalinės bibliotekos" is not the LNB
        if i > 0 and ws[i].joined and ws[i - 1].capitalized and self._foreign_place(ws[i - 1]):
            return False
        # a plural alone ("Nacionalinė bibliotekų savaitė", "rajono bibliotekų") means libraries in general
        return not head.plural or self._has_conjunct(i)

    @staticmethod
    def _foreign_place(w: Word) -> bool:
        """A genitive of a place outside Lithuania from ``not_settlements`` ("Latvijos", "Rygos")."""
        foreign = {p for p in _not_settlements() if "Lietuva" not in p}
        return any(a.case == "Gen" and a.lemma in foreign for a in _analyses(w))

    def _has_conjunct(self, i: int) -> bool:
        ws = self.ws
        if i < 2:
            return False
        k = i - 1
        return (ws[k].key in COORDINATORS and ws[k].joined and ws[i].joined) or (
            self.text[ws[k].end : ws[i].start].strip() == ","
        )

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
            k = cursor - 1
            if ws[k].key in COORDINATORS and ws[k].joined and ws[cursor].joined:
                last = k - 1
            elif self.text[ws[k].end : ws[cursor].start].strip() == ",":
                last = k
            else:
                break
            if last < 0:
                break
            match = None
            for start in range(max(0, last - MAX_CHAIN), last + 1):
                if not self.joined(start, last) or not self.free(start, last):
                    continue
                conj = tuple(w.key for w in ws[start : last + 1])
                options = self.gaz.aliases.get(conj + tail)
                if not options and len(tail) > 1 and conj[-1] == tail[0]:
                    # "Kauno apskrities ir Šiaulių apskrities viešųjų bibliotekų": the modifier repeated
                    options = self.gaz.aliases.get(conj + tail[1:])
                if options:
                    match = (start, options)
                    break
            if match is not None:
                start, options = match
                entries = tuple(dict.fromkeys(self.gaz.entries[a.entry_id] for a in options))
                self.add(Hit(start, last, entries, rule="coordination"))
            elif hit.entries and hit.entries[0].kind == "branch" and not self.used[last]:
                place = place_reading(ws[last], "Gen")  # "Kabelių ir Pilvingių bibliotekose"
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

    # --- 2. branch phrases -----------------------------------------------------------------------
    def branch_phrases(self) -> None:
        ws = self.ws
        for h, head in enumerate(ws):
            if self.used[h] or head.info is None:
                continue
            role = head.info.role
            if role in ("head", "branch_head"):
                if not self._genitive_branch(h) and role == "branch_head":
                    self._locative_branch(h)
            elif role == "department_head":
                self._department_branch(h)

    def _settlement_before(self, h: int) -> tuple[int, str] | None:
        """(first word, settlement) of "Kučgalio (kaimo) …" right before word h."""
        ws = self.ws
        k = h - 1
        if k >= 0 and ws[k].key in ("kaimo", "miesto") and ws[h].joined:
            k -= 1
        if k < 0 or not self.joined(k, h) or self.used[k]:
            return None
        settlement = place_reading(ws[k], "Gen")
        return (k, settlement) if settlement else None

    def _genitive_branch(self, h: int) -> bool:
        ws = self.ws
        found = self._settlement_before(h)
        if found is None:
            return False
        k, settlement = found
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
            end = h if start == k else start
            seat = self._seat(place) if head.info and head.info.role == "head" else None
            if seat is not None and district is None:
                self.add(Hit(start, end, (seat,), rule="seat"))
            elif self.gaz.by_seat(place) and head.info and head.info.role == "head" and district is None:
                continue  # a city with several libraries: "Kauno bibliotekoje" names none of them
            else:
                self.add(Hit(start, end, (), kind="branch", settlement=place, rule="branch",
                             name=self._branch_name(start, h), extra={"district": district} if district else {}))
        return True

    def _district_before(self, k: int) -> Entry | None:
        """ "Joniškio r. Žagarės bibliotekoje": the municipal library of the district named before."""
        ws = self.ws
        if k < 2 or ws[k - 1].key not in ("rajono", "savivaldybes") or not self.joined(k - 2, k):
            return None
        place = place_reading(ws[k - 2], "Gen")
        if not place:
            return None
        district = "rajono" if ws[k - 1].key == "rajono" else ""
        for e in self.gaz.by_seat(place):
            if district in (e.municipality or "") or len(self.gaz.by_seat(place)) == 1:
                return e
        return None

    def _coordinated_settlements(self, k: int) -> list[tuple[int, str]]:
        ws, out = self.ws, []
        end = k - 1
        while end >= 1:
            if ws[end].key in COORDINATORS and ws[end].joined and ws[end + 1].joined:
                cand = end - 1
            elif self.text[ws[end].end : ws[end + 1].start].strip() == ",":
                cand = end
            else:
                break
            if self.used[cand]:
                break
            place = place_reading(ws[cand], "Gen")
            if not place:
                break
            out.append((cand, place))
            end = cand - 1
        return out

    def _foreign_host(self, k: int) -> bool:
        """ "kultūros centro Kauno filialas", "draugijos Biržų skyrius": a branch of something else."""
        if k == 0 or not self.ws[k].joined:
            return False
        prev = self.ws[k - 1]
        if prev.capitalized or prev.info is not None:
            return False
        return bool(_lemmas(prev, "noun") & self.non_library_hosts) and _genitive_noun(prev)

    def _seat(self, settlement: str) -> Entry | None:
        seats = self.gaz.by_seat(settlement)
        return seats[0] if len(seats) == 1 else None

    def _branch_name(self, start: int, h: int) -> str:
        ws = self.ws
        head = lexicon().lemmas.get(ws[h].key, ws[h].text)
        middle = [lexicon().lemmas.get(w.key, w.text) if w.info else w.text for w in ws[start:h]]
        return " ".join([*middle, head])

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
        place = place_reading(ws[h + 1], "Loc")
        if not place:
            return
        end = h + 1
        after = end + 1 < len(ws) and ws[end + 1].joined and ws[end + 1].key == "biblioteka"
        named = any(hit.entries and hit.entries[0].is_public for hit in self.hits)
        if not (after or self._library_context(h) or (named and not self._foreign_host(h))):
            return  # "kultūros centro padalinys Bajoruose" is not a library's
        if after:
            end += 1
        self.add(Hit(h, end, (), kind="branch", settlement=place, rule="branch-locative",
                     name=f"{lexicon().lemmas.get(ws[h].key)} {place}"))

    def _department_branch(self, h: int) -> None:
        """ "Elektrėnų viešosios bibliotekos Vievio skyriui": a settlement's branch named "skyrius"."""
        found = self._settlement_before(h)
        if found is None:
            return
        k, place = found
        if k == 0 or not self.joined(k - 1, k):
            return
        prev = next((hit for hit in self.hits if hit.j == k - 1 and hit.entries), None)
        if prev is None or not prev.entries[0].is_public:
            return
        self.add(Hit(k, h, (), kind="branch", settlement=place, rule="branch-skyrius",
                     name=self._branch_name(k, h)))

    # --- city branches ---------------------------------------------------------------------------
    def city_branches(self) -> None:
        """ "Šiaurinėje bibliotekoje": an adjective-named branch of the post's city library."""
        ws = self.ws
        host = self.host_library()
        if host is None or not host.in_city:
            return
        candidates = []
        for h, head in enumerate(ws):
            if self.used[h] or head.key != "biblioteka" or head.plural or h == 0:
                continue
            adj = ws[h - 1]
            if self.used[h - 1] or not adj.capitalized or adj.all_caps or not head.joined:
                continue
            if fold(adj.text) in self.generic_adjectives or adj.info is not None:
                continue
            readings = _analyses(adj)
            if not readings or not all(a.pos == "adjective" for a in readings):
                continue
            candidates.append((h, adj))
        confirmed = {adj.key for _, adj in candidates if not adj.sentence_start}
        for h, adj in candidates:
            if adj.key in confirmed:
                lemma = readings_fem_nominative(adj)
                self.add(Hit(h - 1, h, (), kind="branch", settlement=host.settlement, rule="city-branch",
                             name=f"{lemma} biblioteka", extra={"parent": host}))

    def quoted_branches(self) -> None:
        """ "Šiaulių miesto savivaldybės viešosios bibliotekos „Šaltinio“ padalinyje": a branch with a
        quoted name right after a city library's name is that library's branch in the city."""
        ws = self.ws
        for h, head in enumerate(ws):
            if self.used[h] or head.info is None or head.info.role not in ("head", "branch_head") or head.plural:
                continue
            m = _QUOTED_BEFORE.search(self.text, 0, head.start)
            if m is None:
                continue
            parent = next(
                (
                    hit
                    for hit in self.hits
                    if hit.entries
                    and hit.entries[0].kind in ("municipal", "county")
                    and hit.entries[0].in_city
                    and not self.text[ws[hit.j].end : m.start()].strip()
                ),
                None,
            )
            if parent is None:
                continue
            first = next((k for k in range(parent.j + 1, h + 1) if ws[k].start >= m.start()), None)
            if first is None:  # the quoted name stands before the library's name, not after it
                continue
            entry = parent.entries[0]
            name = f"{m.group(1)} {lexicon().lemmas.get(head.key, head.text)}"
            self.add(Hit(first, h, (), kind="branch", settlement=entry.settlement, rule="quoted-branch",
                         name=name, extra={"parent": entry}))

    # --- 3. libraries outside the gazetteer ------------------------------------------------------
    def other_libraries(self) -> None:
        ws = self.ws
        for h, head in enumerate(ws):
            if self.used[h] or head.key != "biblioteka" or h == 0 or not head.joined:
                continue
            k = h - 1
            while k >= 0 and not self.used[k] and ws[k + 1].joined and (
                (ws[k].info is None and _is_adjective(ws[k])) or (ws[k].info and ws[k].info.role == "adjective")
            ):
                k -= 1  # "universiteto akademinės bibliotekos", "Matosinhos viešojoje bibliotekoje"
            if k < 0 or self.used[k] or not self.joined(k, h):
                continue
            owner = ws[k]
            if _lemmas(owner, "noun") & self.other_owners and _genitive_noun(owner):
                start = k
                while start > 0 and self.joined(start - 1, start) and not self.used[start - 1] and (
                    (ws[start - 1].capitalized and not ws[start - 1].sentence_start) or ws[start - 1].all_caps
                ) and (_genitive_noun(ws[start - 1]) or ws[start - 1].all_caps):
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
        return not any(a.source == "dictionary" for a in _analyses(w)) and not place_reading(w, "Gen")

    def _other_name(self, start: int, h: int) -> str:
        ws = self.ws
        parts = []
        for w in ws[start:h]:
            parts.append(_feminine_nominative(w) if _is_adjective(w) and w.info is None else w.text)
        parts = [lexicon().lemmas.get(w.key, w.text) if w.info else p for w, p in zip(ws[start:h], parts, strict=True)]
        return " ".join([*parts, "biblioteka"])

    # --- 4. near misses --------------------------------------------------------------------------
    def near_misses(self) -> None:
        ws = self.ws
        heads = [h for h, w in enumerate(ws) if not self.used[h] and _head_like(w) and not w.plural]
        queries, spans = [], []
        for h in heads:
            for start in range(h - 1, max(-1, h - MAX_CHAIN - 1), -1):
                if self.used[start] or not self.joined(start, h):
                    break
                if not _name_like(ws[start]) or all(_known(w) for w in ws[start : h + 1]):
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

    # --- 5. bare mentions ------------------------------------------------------------------------
    def host_library(self) -> Entry | None:
        """The post's own library: its website, else the one municipal library the post names."""
        if not hasattr(self, "_host"):
            host = self.gaz.by_website(self.doc._.source_url)
            if host is None:
                named = {e.id: e for hit in self.hits for e in hit.entries[:1] if e.kind == "municipal"}
                if len(named) == 1:
                    host = next(iter(named.values()))
            self._host = host
        return self._host

    def _seat_evidence(self) -> Entry | None:
        """The one municipality whose seat the post names (outside quotes)."""
        quoted = _quoted_ranges(self.text)
        counts: Counter[str] = Counter()
        entries: dict[str, Entry] = {}
        for w in self.ws:
            if not w.capitalized or w.all_caps or any(s < w.start < e for s, e in quoted):
                continue
            if in_boilerplate(self.doc, w.start, w.end):
                continue
            for a in _analyses(w):
                if a.kind == "place":
                    seats = self.gaz.by_seat(a.lemma)
                    if len(seats) == 1:
                        counts[seats[0].id] += 1
                        entries[seats[0].id] = seats[0]
                    break
        if len(counts) == 1:
            return entries[next(iter(counts))]
        return None

    def post_library(self, public: bool) -> Entry | None:
        """The library that "viešoji biblioteka" (``public``) or "biblioteka" alone means in this post.

        The site's own library when the post names no other library or names it too; for "viešoji
        biblioteka" also the one municipal library the post names, or, when it names none, the one
        municipality whose seat it names.
        """
        named = {e.id: e for hit in self.hits for e in hit.entries[:1] if e.is_public}
        url_host = self.gaz.by_website(self.doc._.source_url)
        if url_host is not None and (not named or url_host.id in named):
            return url_host
        if not public:
            return None
        municipal = [e for e in named.values() if e.kind == "municipal"]
        if len(municipal) == 1:
            return municipal[0]
        if not named:
            return self._seat_evidence()
        return None

    def bare_mentions(self) -> None:
        ws = self.ws
        chosen: dict[bool, Entry | None] = {}
        for h, head in enumerate(ws):
            if self.used[h] or head.key != "biblioteka" or head.plural:
                continue
            start = h
            if h > 0 and ws[h - 1].key in ("viesoji", "centrine") and head.joined and not self.used[h - 1]:
                start = h - 1
            if start > 0 and ws[start].joined and self._modifier(ws[start - 1]):
                continue
            if h + 1 < len(ws) and ws[h + 1].joined and ws[h + 1].text in ("g", "gatvė", "gatvėje", "gatvės"):
                continue
            public = start < h
            if public not in chosen:
                chosen[public] = self.post_library(public)
            library = chosen[public]
            if library is not None:
                self.add(Hit(start, h, (library,), rule="post-library"))

    def _modifier(self, w: Word) -> bool:
        """A word that makes "biblioteka" someone's: a capitalised word, a genitive noun, an adjective."""
        if w.key in ("musu", "sios", "tos", "jos", "savo", "ir", "i", "su", "is", "po", "prie", "iki", "apie"):
            return False
        if w.capitalized and not w.sentence_start:
            return True
        return any(a.case == "Gen" and a.pos in ("noun", "adjective") for a in _analyses(w)) or _is_adjective(w)

    # --- parents and output ----------------------------------------------------------------------
    def to_matches(self) -> list[Match]:
        text = self.text
        self.hits.sort(key=lambda hit: hit.i)
        out: list[Match] = []
        for hit in self.hits:
            fact = self.fact(hit)
            if fact is None:
                continue
            s, e = self.ws[hit.i].start, self.ws[hit.j].end
            out.append(Match(s, e, text[s:e], fact))
        return out

    def fact(self, hit: Hit) -> LibraryFact | None:
        if hit.entries:
            entry = hit.entries[0]
            if len(hit.entries) > 1:
                chosen = self._by_context(hit)
                if chosen is None:
                    place = place_reading(self.ws[hit.i], "Gen")
                    if place and all(e.kind == "branch" for e in hit.entries):
                        hit.settlement, hit.name = place, hit.entries[0].name
                        return self.branch_fact(hit)  # "Dainavos bibliotekoje", no parent in sight
                    chosen = entry
                entry = chosen
            options = hit.candidates or (tuple(e.id for e in hit.entries) if len(hit.entries) > 1 else ())
            return LibraryFact(entry.id, entry.name, entry.kind, entry.settlement, entry.parent, hit.rule,
                               options, hit.score)
        if hit.kind == "branch":
            return self.branch_fact(hit)
        return LibraryFact(None, hit.name or "", hit.kind or "other", None, None, hit.rule)

    def _by_context(self, hit: Hit) -> Entry | None:
        """Of several branches with one name, the one whose parent the post names (else the nearest)."""
        named = [h.entries[0].id for h in self.hits if h.entries and h.entries[0].is_public]
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
        before it (or after it), else the post's library. A city library's branches are in the city."""
        settlement = hit.settlement or ""
        municipal = [h for h in self.hits if h.entries and h.entries[0].kind == "municipal"]
        adjacent = next((h for h in municipal if h.j == hit.i - 1 and self.ws[hit.i].joined), None)
        known = self.gaz.branches_in(settlement)
        parent: Entry | None = hit.extra.get("parent")
        if adjacent is None and hit.extra.get("district") is not None:
            adjacent = Hit(hit.i, hit.i, (hit.extra["district"],))
        if adjacent is not None:
            parent = adjacent.entries[0]
            known = [e for e in known if e.parent == parent.id]
        elif parent is None and len(known) > 1:
            ids = {h.entries[0].id for h in municipal}
            known = [e for e in known if e.parent in ids] or known[:1]
        if known and (parent is None or known[0].parent == parent.id):
            e = known[0]
            return LibraryFact(e.id, e.name, "branch", e.settlement, e.parent, hit.rule)
        city = adjacent is not None or parent is not None
        if parent is None:
            before = [h for h in municipal if h.j < hit.i]
            after = [h for h in municipal if h.i > hit.j]
            chosen = before[-1] if before else after[0] if after else None
            if chosen is not None:
                parent = chosen.entries[0]
            else:
                parent, city = self.host_library(), True
        if parent is not None and parent.in_city and city:
            settlement = parent.settlement or settlement
        return LibraryFact(None, hit.name or settlement, "branch", settlement or None,
                           parent.id if parent is not None else None, hit.rule)


# -------------------------------------------------------------------------------------------------
def _name_like(w: Word) -> bool:
    """A word that may open a misspelt library name: a capitalised place, name or unknown word."""
    if w.all_caps:
        return True
    if not w.capitalized or len(w.text) < 3:
        return False
    readings = _analyses(w)
    dictionary = [a for a in readings if a.source == "dictionary"]
    return not dictionary or any(a.kind in ("place", "proper") or a.pos == "adjective" for a in dictionary)


def _known(w: Word) -> bool:
    """A word of the dictionary (or of the library word list)."""
    return w.info is not None or any(a.source == "dictionary" for a in _analyses(w))


def _head_like(w: Word) -> bool:
    """ "biblioteka" in any form, or a misspelling of it (not "bibliotekininkė", "bibliotekinis")."""
    folded = fold(w.text)
    if w.info is not None:
        return w.key == "biblioteka"
    return folded.startswith("bibliot") and not folded.startswith("bibliotekin") and len(folded) <= 14


def _is_adjective(w: Word) -> bool:
    readings = _analyses(w)
    return bool(readings) and all(a.pos == "adjective" for a in readings)


_FEM_ENDINGS = (
    ("osiose", "osios"), ("ojoje", "oji"), ("osios", "oji"), ("ajai", "oji"), ("ąją", "oji"), ("ąja", "oji"),
    ("ėje", "ė"), ("ės", "ė"), ("ei", "ė"), ("ę", "ė"), ("e", "ė"),
)


def _feminine_nominative(w: Word) -> str:
    """ "akademinės" → "akademinė", "karališkoje" → "karališkoji": the adjective agreeing with "biblioteka"."""
    text = w.text
    if text.endswith("oje") and not text.endswith("ojoje"):
        return text[:-3] + "a"
    for ending, nominative in _FEM_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)] + nominative
    return text


def readings_fem_nominative(w: Word) -> str:
    return _feminine_nominative(w)


_QUOTED = re.compile(r"„[^“\n]*“|«[^»\n]*»|\"[^\"\n]*\"")


_QUOTED_BEFORE = re.compile(r"[„“\"]([^„“”\"\n]{2,40})[“”\"]\s*$")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches inside „…“ (titles of books, songs, events) on one line."""
    return [m.span() for m in _QUOTED.finditer(text)]
