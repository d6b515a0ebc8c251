"""Topic candidates: every occurrence of every cue of ``data/topics.yaml``, with the reason it does not
count ("conditions": the cue's own near/not_near/not_before/not_after/not_case; "chrome" or one of
``context.FILTERS``; "audience": the only cue of its topic, naming whom something is meant for), None
when it reports the activity. The rules keep the candidates without a reason;
``training/topics_candidates_train.py`` also reads the rejected ones, as features of a post-level model.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import chain, compress
from operator import not_

from spacy.tokens import Doc

from ..language import doc_text
from ..matches import Match
from . import context, grammar
from .cues import Cue, cue_first_words, cues_by_first_word, word_set
from .doc_facts import DocFacts, facts

REASONS = ("chrome", "conditions", *context.FILTERS, "audience")


@dataclass(frozen=True)
class Candidate:
    match: Match[str]
    start: int  # token offsets of the cue
    end: int
    cue: Cue
    reason: str | None  # the filter that rejects the cue; None: it reports the activity

    @property
    def topic(self) -> str:
        return self.cue.topic


def candidates(doc: Doc, lemma_sets: list[set[str]]) -> list[Candidate]:
    """Every occurrence of every cue, in text order, each with its rejection reason."""
    ctx = context.Context(doc, lemma_sets)
    evidence = ctx.outside_titles()  # the words a cue's `near` may find
    found: list[Candidate] = []
    by_first = cues_by_first_word()
    first_words = cue_first_words()
    f = facts(doc)
    texts, offsets = f.texts, f.offsets
    text = doc_text(doc)
    size = len(doc)
    # most words begin no cue: the words whose lemmas meet a cue's first word, picked out without a Python loop
    for i in compress(range(size), map(not_, map(first_words.isdisjoint, lemma_sets))):
        for lemma in lemma_sets[i]:
            for cue in by_first.get(lemma, ()):
                end = i + len(cue.words)
                if end > size or not all(w in lemma_sets[i + k] for k, w in enumerate(cue.words)):
                    continue
                if f.skipped(i):  # punctuation or space begins no cue (a Token only for a word a cue matches)
                    continue
                reason = None if _cue_conditions(doc, lemma_sets, evidence, i, end, cue) else "conditions"
                if reason is None:
                    reason = ctx.rejection(i, end, cue)
                # ``Match.from_span(doc[i:end], ...)`` by index: the span's offsets and text without a Span
                start_char, end_char = offsets[i], offsets[end - 1] + len(texts[end - 1])
                match = Match(start_char, end_char, text[start_char:end_char], cue.topic)
                found.append(Candidate(match, i, end, cue, reason))
    found.sort(key=lambda c: c.match.start)
    return _audience_only(doc, lemma_sets, _one_sense(doc, lemma_sets, found))


def _one_sense(doc: Doc, lemma_sets: list[set[str]], found: list[Candidate]) -> list[Candidate]:
    """A word keeps one sense through a post: where one occurrence of a ``one_sense`` cue is excluded by its
    ``not_near`` words ("kompiuterinio raštingumo mokymai senjorams" are no staff training), its other occurrences
    ("šiuos mokymus tęsia biblioteka", "mokymų dalyviai") name the same thing and do not count either."""
    other_sense = {
        (c.topic, c.cue.words) for c in found
        if c.reason == "conditions" and c.cue.one_sense and c.cue.not_near
        and _near(doc, lemma_sets, c.start, c.end, c.cue.window, c.cue.not_near)
    }
    if not other_sense:
        return found
    return [
        Candidate(c.match, c.start, c.end, c.cue, "conditions")
        if c.reason is None and (c.topic, c.cue.words) in other_sense else c
        for c in found
    ]


def _audience_only(doc: Doc, lemma_sets: list[set[str]], found: list[Candidate]) -> list[Candidate]:
    """A topic of ``audience_topics`` named once, and only as whom something is meant for (a dative: "erdvė
    vaikams", "tikslas – atskleisti ... moksleiviams") is no activity with them: that cue gets the reason
    "audience". Children named as taking part, named again, or in a clause that reports an event held
    for them ("Vaikams vyko užsiėmimas", ``event_nouns``, ``event_verbs``) still count."""
    topics = word_set("audience_topics")
    out = list(found)
    for topic in topics:
        counted = [k for k, c in enumerate(out) if c.topic == topic and c.reason is None]
        if len(counted) != 1:
            continue
        c = out[counted[0]]
        if grammar.cases_at(doc, c.end - 1) == {"Dat"} and (
                _thing_for(doc, lemma_sets, c.start) or not _event_clause(doc, lemma_sets, c.start)):
            out[counted[0]] = Candidate(c.match, c.start, c.end, c.cue, "audience")
    return out


def _thing_for(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """Does the dative at start follow a noun that names a thing, not an event, in the nominative, accusative or
    genitive ("knygą vaikams", "erdvė jaunimui": what it is meant for, even in a clause that reports a meeting;
    "užsiėmimas vaikams" is held for them)?"""
    k = start - 1
    f = facts(doc)
    if k < 0 or f.skipped(k):
        return False
    if start + 1 < f.size and grammar.tense_of(f, start + 1) is not None:
        return False  # a verb right after takes the dative ("Bibliotekininkė vaikams vedė užsiėmimą")
    # a place ("erdvėje moksleiviams buvo pristatyta") is an adverbial: the dative goes with the verb
    return (grammar.word_class_at(doc, k) == {"NOUN"} and not grammar.cases_at(doc, k).isdisjoint(_THING_CASES)
            and lemma_sets[k].isdisjoint(_event_words()))


_THING_CASES = frozenset({"Nom", "Acc", "Gen"})


def _event_clause(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """Does the clause report an event held for them ("Vaikams vyko užsiėmimas", "surengta loterija")?"""
    lo, hi = facts(doc).clause_of(start)
    words = _event_words()
    return any(not lemma_sets[k].isdisjoint(words) for k in range(lo, hi))


@cache
def _event_words() -> frozenset[str]:
    return word_set("event_nouns") | word_set("event_verbs")


def _cue_conditions(
    doc: Doc, lemma_sets: list[set[str]], evidence: list[set[str]], start: int, end: int, cue: Cue
) -> bool:
    """The cue's own conditions from ``topics.yaml`` (near, also_near, not_near, not_before, not_after, not_case,
    reading)."""
    if cue.near and not _near(doc, evidence, start, end, cue.window, cue.near):
        return False
    if cue.also_near and not _near(doc, evidence, start, end, cue.also_window, cue.also_near):
        return False
    if cue.not_near and _near(doc, lemma_sets, start, end, cue.window, cue.not_near):
        return False
    if end < len(doc) and not cue.not_before.isdisjoint(lemma_sets[end]):
        return False
    if len(cue.words) == 1 and cue.words[0].endswith("ti") and _reflexive(doc, start, cue.words[0]):
        return False
    f = facts(doc)  # by index: no Token per word
    if cue.reading and not any(cue.reading <= {*a.tags, a.number, a.case} for a in f.analyses[start] or ()):
        return False
    if len(cue.words) == 1 and _adjective_homograph(f, start, cue.words[0]):
        return False
    if cue.not_attributive and _attributive_participle(f, start):
        return False
    # the vocative is left out: a thing's name ("internete") is read Loc or Voc, and nobody addresses it
    if cue.not_case and (found := grammar.cases_of(f, end - 1) - {"Voc"}) and found <= cue.not_case:
        return False
    if cue.not_governed_by:
        k = start - 1
        while k >= 0 and not f.is_punct(k) and "Gen" in grammar.cases_of(f, k):
            k -= 1  # over the cue's genitive modifiers ("iš bibliotekos archyvo")
        if k >= 0 and not cue.not_governed_by.isdisjoint(lemma_sets[k]):
            return False
    return not (start > 0 and not cue.not_after.isdisjoint(lemma_sets[start - 1]))


def _adjective_homograph(f: DocFacts, k: int, lemma: str) -> bool:
    """Is the noun cue at k the form of another word's adjective that agrees with the noun after it ("metinės
    veiklos", "metines ataskaitas": of ``metinis``, annual; the cue ``metinės`` is an anniversary)? An adjective
    before a noun of its case, number and gender qualifies it, so the word is read as the adjective."""
    readings = f.analyses[k] or ()
    adjectives = {
        (a.case, a.number, a.gender) for a in readings if a.pos == "adjective" and a.lemma != lemma and a.case}
    if not adjectives or not any(a.pos == "noun" and a.lemma == lemma for a in readings):
        return False
    nxt = k + 1
    if nxt >= f.size or f.skipped(nxt):
        return False
    return any(
        a.pos == "noun" and (a.case, a.number, a.gender) in adjectives for a in f.analyses[nxt] or ())


def _attributive_participle(f: DocFacts, k: int) -> bool:
    """Is the word at k a participle in an oblique case agreeing with the noun after it ("minėtą dieną",
    "minėtame renginyje": the aforementioned one, not a day marked)?"""
    parts = {(a.case, a.number, a.gender) for a in f.analyses[k] or ()
             if a.pos.startswith("verb") and a.case and a.case not in {"Nom", "Voc"}}
    if not parts or k + 1 >= f.size or f.skipped(k + 1):
        return False
    return any(a.pos == "noun" and (a.case, a.number, a.gender) in parts for a in f.analyses[k + 1] or ())


def _reflexive(doc: Doc, k: int, lemma: str) -> bool:
    """Is the word at k a form of the cue verb's reflexive ("remiantis", "remiasi": remtis, to rely on; the cue
    remti is to fund)? The reflexive verb is another sense; a form read both ways is read as the reflexive,
    as the reflexive suffix is written."""
    f = facts(doc)
    if not f.lowers[k].endswith(("s", "si")):  # every reflexive form ends so (remiasi, remiantis, rėmėsi)
        return False
    return any(a.pos == "verb_reflexive" and a.lemma == lemma + "s" for a in f.analyses[k] or ())


def _near(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, window: int, words: frozenset[str]) -> bool:
    """Is one of `words` within `window` words, in the same sentence (the cue itself excluded)?"""
    sent_start, sent_end = facts(doc).sentence_of(start)
    before, after = lemma_sets[max(sent_start, start - window):start], lemma_sets[end:min(sent_end, end + window)]
    return not all(map(words.isdisjoint, chain(before, after)))
