"""Does a cue's place in the text report the activity?

A cue does not count
- inside page chrome or a menu link (a line of at most two words without a verb after the title:
  "Naujienų archyvas"), a library's or a person's name, a role phrase or a quoted title („…“) of a
  work (the quoted name of an event right after its noun, ``event_nouns``, gives its subject and counts);
- inside the name of a department, an organisation, a room or a venue: the cue is followed, over
  genitives, by one of ``unit_nouns`` ("Vaikų literatūros skyriuje", "jaunimo centro atstovai",
  "Parodų salėje");
- as a genitive attribute of the next noun ("vaikų literatūra", "interneto prieiga": the children or
  the internet are not the activity), unless that noun is a group of people (``group_nouns``:
  "vaikų grupė");
- in a comparison ("it gražų jubiliejų", "tarsi parodoje": "simile"), or a wish ("Linkime gražių švenčių!");
- in a history sentence: a past year as time adverbial ("1960 m. biblioteka gavo naujas patalpas")
  or a habitual past verb ("vykdavo"); for the topics spared that (local history, exhibitions ...),
  still in a history sentence that tells of no event or talk ("Bibliotekos istorija prasidėjo 1931 m.",
  the "background" filter);
- inside the reason of an award ("padėkos raštas už projektinę veiklą": "merit");
- as a dative of purpose before an infinitive ("salė renginiams, parodoms organizuoti": "purpose");
- under a verb in the imperative, the subjunctive or the future, after "kviečiame" (an invitation, a
  wish, a plan), in a clause of condition ("jeigu") or of the future ("ateityje"), or under an infinitive
  that depends on a word of possibility or intent ("galimybė bendradarbiauti");
- under a verb in the present tense (a generic description of what the library offers);
- as one item of a long list of activities ("parodų atidarymais, edukaciniais užsiėmimais, žaidimais ir
  šventėmis"): a summary of what the library does or did;
- as those who performed for the audience ("koncertavo mokyklos mokiniai"), for youth: a verb of
  ``performer_verbs`` governs the cue.
Which topics each filter spares is set in ``data/topics.yaml`` (``filters``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from itertools import islice

from spacy.tokens import Doc

from ..language import doc_text, doc_words
from ..matches import Ranges, doc_extension
from . import clauses, grammar
from .cues import Cue, topic_data, word_set
from .doc_facts import facts

QUOTES = {"„": "“", "“": "”", "«": "»", '"': '"', "”": "”"}
_QUOTE_MARK = re.compile("[" + "".join(QUOTES) + "]")
LIST_SEPARATORS = 3
TITLE_CHARACTERS = 200  # a quoted title's closing quote is fewer characters after its opening one
_NON_SPACE = re.compile(r"\S")  # the same characters as str.isspace() leaves out
_NEWLINE = re.compile("\n")
_ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() accepts
RECENT_DAYS = 183  # a dated event this many days before publication is the post's news, not the library's past
_DATED_KINDS = frozenset({"day", "range", "month"})  # a date of an event, not a bare year
LINK_LINE_WORDS = 2  # "Naujienų archyvas"; a section heading ("Edukacija vaikams „…“") is longer
FILTERS = (
    "names", "units", "attribute", "simile", "wish", "history", "background", "merit", "purpose", "irrealis", "present",
    "performers", "enumeration",
)


def quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of quoted titles („…“, "…", «…»), quotes included."""
    ranges = []
    text = doc_text(doc)
    i = 0
    while (found := _QUOTE_MARK.search(text, i)) is not None:  # the characters between marks need no look
        i = found.start()
        close = QUOTES[text[i]]
        limit = i + TITLE_CHARACTERS  # a closing quote further away closes no title: no search beyond
        if text[i] == "„":  # the nearest closing quote, as „…“ is often closed by ” or ‘‘
            j = min((k for k in (text.find(c, i + 1, limit) for c in "“”‘\"") if k != -1), default=-1)
        else:
            j = text.find(close, i + 1, limit)
        if j != -1 and "\n" not in text[i:j]:
            ranges.append((i, j + 1))
            i = j + 1
            continue
        i += 1
    return ranges


def name_ranges(doc: Doc, roles: bool = True) -> list[tuple[int, int]]:
    """Library and person names and (with ``roles``) role phrases: a cue inside them is part of a name."""
    out = [(m.start, m.end) for m in (doc_extension(doc, "ltr_library_matches") or ())]  # ``doc._``, no lookup object
    for m in doc_extension(doc, "ltr_person_matches") or ():
        out.append((m.start, m.end))
        role_start, role_end = getattr(m.fact, "role_start", None), getattr(m.fact, "role_end", None)
        if roles and role_start is not None and role_end is not None:
            out.append((role_start, role_end))
    return out


@cache
def filter_settings() -> dict[str, frozenset[str]]:
    """Per filter, the topics it applies to (``topics``) or spares (``except``), from topics.yaml."""
    out = {}
    ids = frozenset(topic_data()["topics"])
    conf = topic_data().get("filters", {})
    disabled = set(os.environ.get("LTREPORTS_TOPIC_FILTERS_OFF", "").split(","))
    for name in FILTERS:
        item = conf.get(name, {}) or {}
        topics = frozenset(item["topics"]) if "topics" in item else ids - frozenset(item.get("except", ()))
        out[name] = frozenset() if name in disabled else topics
    return out


class Context:
    """The per-document facts the cue filters read, computed once per Doc."""

    def __init__(self, doc: Doc, lemma_sets: list[set[str]]) -> None:
        self.doc = doc
        self.lemma_sets = lemma_sets
        self.facts = facts(doc)  # the Doc's tables, read by index
        chrome = doc_extension(doc, "ltr_boilerplate")  # ``matches.in_boilerplate``, the ranges indexed once
        self.chrome = Ranges(chrome) if chrome else None
        titles = self.title_ranges()
        self.titles = Ranges(titles)
        self.blocked = Ranges(titles + name_ranges(doc))
        self._quoted_words: frozenset[int] | None = None  # ``quoted_words``
        self._names_only: Ranges | None = None  # titles and names without the role phrases, for ``Cue.in_role``
        self.settings = filter_settings()
        self._years_found: list[tuple[int, int]] | None = None  # ``grammar.year_adverbials``
        self._years_at: list[int] = []  # their token indices
        self.reference_year = self._reference_year()
        self._old_sentences: dict[int, bool] = {}  # sentence number -> is it a history sentence
        self._sentence_starts: list[int] | None = None
        self._dated: Ranges | None = None  # the dates' first characters
        self._link_lines: dict[tuple[int, int], bool] = {}  # a line's bounds -> ``in_link_line``
        self._newlines: list[int] | None = None  # the text's line breaks
        self._invites: dict[int, list[int]] = {}  # a sentence's start -> its words of ``invite_verbs``
        self._habitual_only: set[int] = set()  # history sentences only by a habitual verb
        self._by_sentence: dict[tuple[str, int], bool] = {}  # (test, sentence start) -> its answer
        self._filters: dict[str, frozenset[str]] = {}  # topic -> the filters that apply to it

    def _reference_year(self) -> int | None:
        """The year the post reports on: the publication year, else the latest year in the text."""
        published = doc_extension(self.doc, "ltr_published")
        if published is not None:
            return published.year
        found = [year for _k, year in self._year_adverbials()]  # ``grammar.years`` of every sentence
        return max(found) if found else None

    def _year_adverbials(self) -> list[tuple[int, int]]:
        if self._years_found is None:
            self._years_found = grammar.year_adverbials(self.doc)
            self._years_at = [k for k, _year in self._years_found]
        return self._years_found

    def _years(self, start: int, end: int) -> list[int]:
        """``grammar.years`` of the sentence start:end, from the Doc's years read once."""
        found = self._year_adverbials()
        at = self._years_at
        return [year for _k, year in found[bisect_left(at, start):bisect_left(at, end)]]

    def title_ranges(self) -> list[tuple[int, int]]:
        """Quoted titles of works („…“ after a book, a song, a film): a cue inside names the work. The
        quoted name of an event right after its noun (konferencija „Tvari biblioteka“, akcija „Knygų
        Kalėdos“, tema „…“) gives the event's subject and is not blocked."""
        out = []
        events = word_set("event_nouns")
        texts, offsets = doc_words(self.doc)
        for start, end in quoted_ranges(self.doc):
            # the token of the opening quote (``doc.char_span(start, start + 1, alignment_mode="expand")``: a
            # quote mark is no space, so it lies inside a token)
            k = bisect_right(offsets, start) - 1
            if k > 0 and start < offsets[k] + len(texts[k]) and not self.lemma_sets[k - 1].isdisjoint(events):
                continue
            out.append((start, end))
        return out

    def outside_titles(self) -> list[set[str]] | list[frozenset[str]]:
        """The lemma sets with the words of quoted titles of works left empty: a title's words ("kolekcija
        „Knyga – laiko saugykla“") do not tell what took place, so they are no nearby evidence for a cue."""
        if not len(self.titles):
            return self.lemma_sets
        offsets = doc_words(self.doc)[1]
        out = list(self.lemma_sets)
        for start, end in self.titles:  # the words that start inside a title, found by bisection
            for k in range(bisect_left(offsets, start), bisect_left(offsets, end)):
                out[k] = _NOTHING
        return out

    def predicate_participle(self, start: int, end: int) -> bool:
        """Is the cue a participle that is its clause's only predicate ("..., aptartos veiklos kryptys")? Then a
        genitive reading of it is no attribute of the next noun; beside another predicate it qualifies the noun
        ("įrengta skaitykla ir kompiuterizuotos darbo vietos")."""
        f = self.facts
        if end - start != 1 or grammar.word_class_of(f, start) != {"VERB"}:
            return False
        lo, hi = f.clause_of(start)
        return not any(k != start and grammar.tense_of(f, k) is not None for k in f.verbs_between(lo, hi))

    def quoted_words(self) -> frozenset[int]:
        """The token indices inside quotation marks (``quoted_ranges``), read once per Doc."""
        if self._quoted_words is None:
            offsets = self.facts.offsets
            self._quoted_words = frozenset(
                k for a, b in quoted_ranges(self.doc) for k in range(bisect_left(offsets, a), bisect_left(offsets, b)))
        return self._quoted_words

    def names_only(self) -> Ranges:
        """The quoted titles and the names, without the role phrases: a cue that is a person's role itself
        ("rašytoja Ona Jonaitė papasakojo"; ``Cue.in_role``) still counts there."""
        if self._names_only is None:
            self._names_only = Ranges(self.title_ranges() + name_ranges(self.doc, roles=False))
        return self._names_only

    def applies(self, name: str, topic: str) -> bool:
        return topic in self.settings[name]

    def reports_activity(self, start: int, end: int, cue: Cue) -> bool:
        return self.rejection(start, end, cue) is None

    def rejection(self, start: int, end: int, cue: Cue) -> str | None:
        """The filter that rejects the cue at start:end ("chrome", one of ``FILTERS``), None if it counts."""
        doc, topic, lemmas = self.doc, cue.topic, self.lemma_sets
        on = self._filters.get(topic)  # the filters that apply to the cue's topic
        if on is None:
            on = self._filters[topic] = frozenset(name for name, topics in self.settings.items() if topic in topics)
        texts, offsets = self.facts.texts, self.facts.offsets
        start_char, end_char = offsets[start], offsets[end - 1] + len(texts[end - 1])  # ``doc[start:end]``'s
        if (self.chrome is not None and self.chrome.covers(start_char, end_char)) or self.in_link_line(start):
            return "chrome"
        if "names" in on and self.blocked.covers(start_char, end_char) and not (
                cue.in_role and not self.names_only().covers(start_char, end_char)):
            return "names"
        if "units" in on and self.in_unit_name(start, end):
            return "units"
        if (cue.head or "attribute" in on) and not self.predicate_participle(start, end):
            head = grammar.attribute_head_index(doc, start, end)
            # "vaikų literatūra" names a kind of thing; "vaikų grupė", "gimnazistų komanda" are still people,
            # and "skaitymo festivalis", "moksleivių turnyras" an event about them
            # and "užsiėmimo metu", "jubiliejaus proga": a noun used as a postposition makes the genitive the event
            if (head is not None and self.facts.lowers[head] not in word_set("postpositions")
                    and lemmas[head].isdisjoint(_people_or_events())):
                return "attribute"
        if "simile" in on and clauses.simile(doc, lemmas, start):
            return "simile"
        if "wish" in on and self._of_sentence("wish", start, clauses.wished):
            return "wish"
        if "history" in on and (self.history_sentence(start) or clauses.past_clause(doc, lemmas, start)):
            return "history"
        if ("background" in on and self.history_sentence(start)
                and not self._of_sentence("event_about", start, clauses.event_about)):
            return "background"
        if "merit" in on and clauses.merit(doc, lemmas, start):
            return "merit"
        if "purpose" in on and clauses.purpose(doc, lemmas, start, end):
            return "purpose"
        if "enumeration" in on and self.in_enumeration(start, end):
            return "enumeration"
        governing = grammar.governing_index(doc, start, end)
        f = self.facts
        if governing is not None and governing in (quoted := self.quoted_words()) and start not in quoted:
            # a quoted title's verb ("edukacija „Kaip atsiranda knyga“") is a name's word, not the clause's predicate
            governing = grammar.governing_index(doc, start, end, quoted)
        verb = grammar.tense_of(f, governing) if governing is not None else None
        if end - start == 1 and cue.words[0].endswith(("ti", "tis")) and grammar.tense_of(f, start, True) == "past":
            verb = "past"  # a verb cue in the simple past ("sužinojo", "aplankėme") is its clause's own predicate
        if "performers" in on and clauses.performs(doc, lemmas, start, end, governing):
            return "performers"
        if "history" in on and verb == "habitual":
            return "history"
        if "irrealis" in on and (
            verb in {"imperative", "subjunctive", "future"} or self.invited(start)
            or clauses.hypothetical(doc, lemmas, start, end)
        ):
            return "irrealis"
        if "present" in on and verb == "present":
            return "present"
        return None

    def _of_sentence(self, name: str, start: int, test: Callable[[Doc, list, int], bool]) -> bool:
        """``test(doc, lemma_sets, start)`` for a test that reads the cue's whole sentence only: asked once
        per sentence."""
        key = (name, self.facts.sentence_of(start)[0])
        found = self._by_sentence.get(key)
        if found is None:
            found = self._by_sentence[key] = test(self.doc, self.lemma_sets, start)
        return found

    def in_enumeration(self, start: int, end: int) -> bool:
        """One item of a long list of activities ("parodų atidarymais, edukaciniais užsiėmimais, žaidimais ir
        šventėmis"): a summary of what a library does or did, not the event's activity. The cue stands
        next to a list separator and the sentence around it holds at least ``LIST_SEPARATORS`` of them."""
        sent_start, sent_end = self.facts.sentence_of(start)
        texts = self.facts.texts  # by index: no Token per word
        lo, hi = max(sent_start, start - 8), min(sent_end, end + 8)
        near = any(lo <= k < hi and texts[k] == "," for k in (start - 1, start - 2, start - 3, end, end + 1))
        return near and texts[lo:hi].count(",") >= LIST_SEPARATORS

    def in_link_line(self, start: int) -> bool:
        """A line of at most two words without a verb after the post's first line: a menu link ("Naujienų
        archyvas", "Renginių archyvas"). The post's first line is its title and counts."""
        text = doc_text(self.doc)
        if self._newlines is None:  # the line breaks, found once: a cue's line by bisection, not by a scan
            self._newlines = [m.start() for m in _NEWLINE.finditer(text)]
        newlines, char = self._newlines, self.facts.offsets[start]
        k = bisect_left(newlines, char)  # ``text.rfind("\n", 0, char)`` is newlines[k - 1], ``text.find`` newlines[k]
        lo = newlines[k - 1] + 1 if k else 0
        hi = newlines[k] if k < len(newlines) else len(text)
        known = self._link_lines.get((lo, hi))
        if known is None:
            known = self._link_lines[(lo, hi)] = self._link_line(text, lo, hi)  # the same for every cue of the line
        return known

    def _link_line(self, text: str, lo: int, hi: int) -> bool:
        line = text[lo:hi]
        if _NON_SPACE.search(text, 0, lo) is None or line.rstrip()[-1:] in ".!?":
            return False
        # a bullet ("•") is no word: only the pieces with a letter or a digit count (up to one past the limit)
        if next(islice(filter(_ALNUM.search, line.split()), LINK_LINE_WORDS, None), None) is not None:
            return False
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        return span is not None and not any(grammar.tense_at(self.doc, k, True) for k in range(span.start, span.end))

    def in_unit_name(self, start: int, end: int) -> bool:
        """Is the cue part of a department's, an organisation's or a room's name ("Projektų ir viešųjų
        ryšių skyriaus", "jaunimo centro", "Parodų salėje")? Looks a few words ahead, over genitives and
        "ir", for a unit noun."""
        doc = self.doc
        units = word_set("unit_nouns")
        f = self.facts  # by index: no Token per word
        if grammar.word_class_of(f, end - 1) == {"VERB"}:
            return False  # "įrengta salė": a verb before the noun is its predicate, not part of a name
        for k in range(end, min(len(doc), end + 4)):
            if not self.lemma_sets[k].isdisjoint(units):
                return True
            if f.skipped(k):
                return False
            if f.lowers[k] not in {"ir", "bei"} and "Gen" not in grammar.cases_of(f, k):
                return False
        return False

    def history_sentence(self, start: int) -> bool:
        """A sentence of the library's past: dated by a year before the post's own ("1960 m. biblioteka
        gavo naujas patalpas"), looking back over years ("Per 90 metų fondas pilnėjo"), or following such
        a sentence in the same paragraph without a date of its own ("Vėliau biblioteka buvo perkelta į kitas
        patalpas.")."""
        sentences = grammar.sentences(self.doc)
        if self._sentence_starts is None:
            self._sentence_starts = [s for s, _e in sentences]
        sent_start = self.facts.sentence_of(start)[0]
        if not self._old(bisect_left(self._sentence_starts, sent_start), sentences):
            return False
        if sent_start in self._habitual_only:
            # what used to happen, as what someone told or learnt ("Mokiniai sužinojo, kokiais būdais
            # knygnešiai pereidavo sieną"): the cue's own clause reports the event
            lo, hi = self.facts.clause_of(start)
            telling = word_set("telling_verbs")
            return not any(not self.lemma_sets[k].isdisjoint(telling) for k in range(lo, hi))
        return True

    def _old(self, j: int, sentences: list[tuple[int, int]]) -> bool:
        """Is sentence j a history sentence? A sentence that does not decide by itself is as the one before
        it: the sentences are read back to the nearest that decides, and no further (nor after j)."""
        known = self._old_sentences
        chain = []
        k = j
        while k >= 0 and k not in known:
            own = self._own_history(*sentences[k])
            if own is not None:
                known[k] = own
                break
            chain.append(k)
            k -= 1
        value = known[k] if k >= 0 else False  # before the first sentence: no history
        for c in chain:
            known[c] = value
        return known[j]

    def _own_history(self, start: int, end: int) -> bool | None:
        """Whether the sentence start:end is a history sentence by itself; None when it is as the sentence
        before it (no year, no date, no habitual verb, in the same paragraph)."""
        doc = self.doc
        found = self._years(start, end)
        looks_back = grammar.span_of_years_in(doc, start, end)
        if grammar.habitual_in(doc, start, end) or looks_back:
            if not found and not looks_back:
                self._habitual_only.add(start)
            return True
        if found:
            old = self.reference_year is not None and all(y < self.reference_year for y in found)
            return old and not self._recently_dated(start, end)
        texts, offsets = doc_words(doc)
        if self._dated is None:
            self._dated = Ranges((m.start, m.start + 1) for m in (doc_extension(doc, "ltr_date_matches") or ()))
        if self._dated.overlaps(start_char := offsets[start], offsets[end - 1] + len(texts[end - 1])):
            return False
        text = doc_text(doc)
        starts_paragraph = start == 0 or "\n" in texts[start - 1] or "\n" in text[max(0, start_char - 2):start_char]
        return False if starts_paragraph else None

    def _recently_dated(self, start: int, end: int) -> bool:
        """Does the sentence start:end give the day of an event in the half year before publication ("2024 m.
        gruodžio 12 d. vyko seminaras" in a post of January 2025)? A past year there dates the reported event."""
        published = doc_extension(self.doc, "ltr_published")
        if published is None:
            return False
        texts, offsets = self.facts.texts, self.facts.offsets
        lo, hi = offsets[start], offsets[end - 1] + len(texts[end - 1])
        for m in doc_extension(self.doc, "ltr_date_matches") or ():
            fact = m.fact
            if not lo <= m.start < hi or getattr(fact, "kind", None) not in _DATED_KINDS:
                continue
            if not fact.year or not fact.month:
                continue
            try:
                days = (published - dt.date(fact.year, fact.month, fact.day or 1)).days
            except (TypeError, ValueError):
                continue
            if 0 <= days <= RECENT_DAYS:
                return True
        return False

    def invited(self, start: int) -> bool:
        """An invitation: the clause's verb is "kviesti" in the present ("kviečiame", "kviečia")."""
        _lo, hi = self.facts.clause_of(start)
        sent_start, sent_end = self.facts.sentence_of(start)
        invites = self._invites.get(sent_start)  # the sentence's words of ``invite_verbs``, read once
        if invites is None:
            invite = word_set("invite_verbs")
            invites = self._invites[sent_start] = [
                k for k in range(sent_start, sent_end) if not self.lemma_sets[k].isdisjoint(invite)]
        return any(grammar.tense_of(self.facts, k) in {"present", "speaker"} for k in invites if k < min(hi, sent_end))


_NOTHING: frozenset[str] = frozenset()


@cache
def _people_or_events() -> frozenset[str]:
    return word_set("group_nouns") | word_set("event_nouns")

