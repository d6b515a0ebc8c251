"""What a cue's clause means beyond its tense: the reason of an award ("merit"), a dative of purpose, a
condition, a plan or a generic possibility ("hypothetical"), a comparison ("simile"), a wish, a clause set in
the past by an adverb, a talk about the past ("event_about") and performers ("performs").
``context.Context.rejection`` calls these for the filters of ``data/topics.yaml``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from spacy.tokens import Doc

from . import grammar
from .cues import word_set
from .doc_facts import DocFacts, facts

# every test reads the Doc by index (``doc_facts``): no Token per word, no walk over the sentence per cue
_LIST_WORDS = frozenset({",", "ir", "bei", "ar"})
_IRREALIS = frozenset({"imperative", "subjunctive", "future"})
_SPEAKING = frozenset({"present", "speaker"})


def simile(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """A comparison ("jaučiasi švenčianti it gražų jubiliejų", "biblioteka tarsi muziejus"): the cue
    follows one of ``simile_words`` over at most two words of its phrase, and names no real event."""
    similes = word_set("simile_words")
    f = facts(doc)
    for k in range(start - 1, max(f.sentence_of(start)[0], start - 3) - 1, -1):
        if f.lowers[k] in similes:
            return True
        if f.skipped(k):
            return False
    return False


def wished(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """A wish or a greeting ("Linkime visiems gražių švenčių!", "linki sėkmingų projektų"): a verb of
    ``wish_verbs`` in the present in the cue's sentence."""
    f = facts(doc)
    sent_start, sent_end = f.sentence_of(start)
    wishes = word_set("wish_verbs")
    return any(not lemma_sets[k].isdisjoint(wishes) and grammar.tense_of(f, k, True) in _SPEAKING
               for k in range(sent_start, sent_end))


def past_clause(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """A clause set in the past by a word of ``past_words`` ("kai biblioteka kadaise buvo įsikūrusi
    klebonijos patalpose", "anksčiau čia vykdavo")."""
    f = facts(doc)
    lo, hi = f.clause_of(start)
    return not word_set("past_words").isdisjoint(f.lowers[lo:hi])


def event_about(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """Does the cue's sentence tell of an event or a talk (``event_nouns``, ``event_verbs``,
    ``telling_verbs``: "pasakojo apie 1930 m. kaimo gyvenimą"), so that the past is its subject?"""
    sent_start, sent_end = facts(doc).sentence_of(start)
    words = _event_or_telling()
    return any(not lemma_sets[k].isdisjoint(words) for k in range(sent_start, sent_end))


@cache
def _event_or_telling() -> frozenset[str]:
    return word_set("event_nouns") | word_set("event_verbs") | word_set("telling_verbs")


def purpose(doc: Doc, lemma_sets: list[set[str]], start: int, end: int) -> bool:
    """A dative of purpose before an infinitive ("salė renginiams, mokymams, parodoms organizuoti", "lėšos
    patalpoms atnaujinti"): what a thing is meant for, not what took place. The cue is read only as a
    dative, and an infinitive follows within a few words over coordinated datives."""
    f = facts(doc)
    if grammar.cases_of(f, end - 1) - {"Voc"} != {"Dat"}:
        return False
    sent_end = f.sentence_of(start)[1]
    lowers = f.lowers
    for k in range(end, min(sent_end, end + 6)):
        if infinitive_of(f, k):
            return True
        if not (lowers[k] in _LIST_WORDS or "Dat" in grammar.cases_of(f, k)):
            return False
    return False


def merit(doc: Doc, lemma_sets: list[set[str]], start: int) -> bool:
    """Inside the reason of an award or of thanks ("padėkos raštas už projektinę veiklą ir skaitymo
    skatinimą", "nominacija ... už bendradarbiavimą su mokyklomis"): what someone is honoured for is
    their past work in general, not the event's activity. The cue follows "už" in its sentence with no
    predicate between (a finite verb opens another clause), and a word of ``merit_words`` (an award,
    thanks) stands before that "už" in the sentence."""
    f = facts(doc)
    sent_start, sent_end = f.sentence_of(start)
    marks, first_merit = _merit_marks(f, lemma_sets, sent_start, sent_end)
    i = bisect_left(marks, start) - 1  # the mark nearest before the cue, as a walk back from it meets it first
    if i < 0 or f.texts[marks[i]] in _REASON_BREAKS:
        return False
    k = marks[i]  # "už"
    if first_merit is None or first_merit >= k:
        return False  # no award or thanks before it
    # no predicate between "už" and the cue (another clause): only a word with a verb reading can be one
    verbs = f.verbs_between(sent_start, sent_end)
    return all(grammar.tense_of(f, j, True) is None for j in verbs[bisect_right(verbs, k):bisect_left(verbs, start)])


_REASON_BREAKS = frozenset({":", "(", ")"})


def _merit_marks(f: DocFacts, lemma_sets: list, start: int, end: int) -> tuple[list[int], int | None]:
    """For the sentence start:end, read once: the words "už" and the marks that end a reason before it (":",
    "(", ")"), in order, and the first word of ``merit_words``."""
    key = ("merit", start)
    found = f.per_sentence.get(key)
    if found is None or found[0] is not lemma_sets:
        merit = word_set("merit_words")
        texts, lowers = f.texts, f.lowers
        marks = [k for k in range(start, end) if texts[k] in _REASON_BREAKS or lowers[k] == "už"]
        first = next((k for k in range(start, end) if not lemma_sets[k].isdisjoint(merit)), None)
        found = f.per_sentence[key] = (lemma_sets, marks, first)
    return found[1], found[2]


def hypothetical(doc: Doc, lemma_sets: list[set[str]], start: int, end: int) -> bool:
    """A condition, a possibility or a plan rather than a fact: the cue's clause opens with "jei",
    "jeigu" (``condition_words``), says "ateityje" (``future_words``), or the cue is governed by an
    infinitive that depends on a word of intent or of generic possibility (``modal_words``: "ketina
    atnaujinti patalpas", "galima naudotis internetu") or on a verb in the subjunctive, the imperative
    or the future ("kad žmonės turėtų galimybę bendradarbiauti")."""
    f = facts(doc)
    lo, hi = f.clause_of(start)
    sent_start, sent_end = f.sentence_of(start)
    verbs = f.verbs_between(sent_start, sent_end)  # a predicate or an infinitive has a verb reading
    lowers = f.lowers
    conditions, future = word_set("condition_words"), word_set("future_words")
    if not conditions.isdisjoint(lowers[lo:min(lo + 2, hi)]):
        return True
    if not future.isdisjoint(lowers[lo:hi]):
        return True
    # the infinitive that governs the cue: the cue itself, else the nearest one before it in the sentence
    # with no predicate between (its object may be a list: "vykdyti veiklas švietimo, skaitymo srityse")
    k = start if infinitive_of(f, start) else None
    if k is None:
        for j in reversed(verbs[:bisect_left(verbs, start)]):
            if grammar.tense_of(f, j, True) is not None:
                break
            if infinitive_of(f, j):
                k = j
                break
    if k is None:
        return False
    if k < lo:
        klo, khi = f.clause_of(k)
        if not future.isdisjoint(lowers[klo:khi]):
            return True
    while k > sent_start and (lowers[k - 1] in _LIST_WORDS or infinitive_of(f, k - 1)):
        k -= 1  # over coordinated infinitives ("galimybę bendrauti, bendradarbiauti")
    modal = word_set("modal_words")
    if any(not lemma_sets[j].isdisjoint(modal) for j in range(max(sent_start, k - 3), k)):
        return True
    # the infinitive's own governor, the nearest finite verb before it ("kad žmonės turėtų galimybę
    # bendrauti, bendradarbiauti": a wish in the subjunctive), not a verb of the main clause after it
    for j in reversed(verbs[:bisect_left(verbs, k)]):
        found = grammar.tense_of(f, j, True)
        if found is not None:
            return found in _IRREALIS
    return False


def infinitive(doc: Doc, k: int) -> bool:
    """Is token k an infinitive ("organizuoti", "mokytis")?"""
    return infinitive_of(facts(doc), k)


def infinitive_of(f: DocFacts, k: int) -> bool:
    """``infinitive`` from the Doc's facts."""
    return f.verbal(k) and f.lowers[k].endswith(("ti", "tis")) and any(
        "Inf" in t for a in f.analyses[k] or () if a.pos.startswith("verb") for t in a.tags)


def performs(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, governing: int | None) -> bool:
    """Those who performed for the audience ("koncertavo mokyklos mokiniai"): a verb of
    ``performer_verbs`` governs the cue (``governing``: its token index) or stands in its clause while
    the cue is a subject."""
    verbs = word_set("performer_verbs")
    if governing is not None and not lemma_sets[governing].isdisjoint(verbs):
        return True
    f = facts(doc)
    if "Nom" not in grammar.cases_of(f, end - 1):
        return False
    lo, hi = f.clause_of(start)
    return any(not lemma_sets[k].isdisjoint(verbs) for k in range(lo, hi) if not start <= k < end)
