"""The topic filters read the Doc by index (``topics.doc_facts``) and take shortcuts for speed: each table and
each shortcut gives what the plain computation over spaCy's Tokens and Spans gives (written out here as the
reference), on sentences written for these tests, tagged or not."""

from __future__ import annotations

import re

import pytest

from ltreports.morphology.component import doc_lemma_sets, token_analyses
from ltreports.topics import context, doc_facts, grammar
from ltreports.topics.candidates import candidates

TEXTS = [
    "Gegužės 3 d. bibliotekoje vyko susitikimas su rašytoja. Ji skaitė eilėraščius vaikams, o vaikai piešė.",
    "1960 m. biblioteka persikėlė į naujas patalpas. Vėliau čia vykdavo šokiai ir vakaronės.\n\n"
    "Per 30 metų fondas pilnėjo. 2024 m. gegužės 5 d. vyko paroda „Knyga – laiko saugykla“.",
    "Kviečiame į edukaciją! Jeigu norite, ateityje galėsite dalyvauti mokymuose (registracija: tel. 8 600).",
    "Padėkos raštas įteiktas už projektinę veiklą ir skaitymo skatinimą; koncertavo mokyklos mokiniai.",
    "Skaitykite, kurkite ir dalyvaukite: paroda veiks iki birželio 30 d. PER VASARĄ vyks stovyklos.",
    "Naujienų archyvas\nRenginių archyvas\nBibliotekoje vyko parodų atidarymai, edukaciniai užsiėmimai, "
    "žaidimai ir šventės, o 1995-aisiais – pirmoji ekskursija.",
    "The library held a reading hour; children drew pictures (see «Gallery» and \"Photos\").",
    "",
    "„" + "labai ilgas pavadinimas " * 12 + "“ ir dar „trumpas“, o „neuždaryta kabutė\nkita eilutė“.",
    "vykdavo vykdavo vykdavo, " * 30 + "1999 2020 2099 1499 20245 x2019",
]


def plain_clause(doc, i: int) -> tuple[int, int]:
    """The clause around token i, walked word by word from token i."""
    sent = doc[i].sent
    lo = i
    while lo > sent.start and doc[lo - 1].text not in doc_facts.CLAUSE_BREAKS and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = i + 1
    while hi < sent.end and doc[hi].text not in doc_facts.CLAUSE_BREAKS and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


def plain_years(sent) -> list[int]:
    """``grammar.years`` over the sentence's Tokens."""
    out = []
    for tok in sent:
        m = grammar.YEAR.match(tok.text)
        if not m:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if m.group(2) is None and (nxt is None or nxt.text.lower() not in grammar.YEAR_WORDS):
            continue
        after = nxt.nbor(1) if nxt is not None and m.group(2) is None and nxt.i + 1 < len(tok.doc) else nxt
        if (after is not None and grammar.word_class(after) == {"NOUN"} and "Gen" in grammar.cases(after)
                and after.lower_ not in grammar.month_forms() and not after.text[:1].isupper()):
            continue
        if tok.i > 0 and tok.nbor(-1).lower_ in {"apie", "iki", "nuo", "po"}:
            continue
        out.append(int(tok.text[:4]))
    return out


def plain_quoted_ranges(text: str) -> list[tuple[int, int]]:
    """``context.quoted_ranges`` looking for the closing quote up to the end of the text."""
    ranges, i = [], 0
    while (found := re.compile("[" + "".join(context.QUOTES) + "]").search(text, i)) is not None:
        i = found.start()
        if text[i] == "„":
            j = min((k for k in (text.find(c, i + 1) for c in "“”‘\"") if k != -1), default=-1)
        else:
            j = text.find(context.QUOTES[text[i]], i + 1)
        if j != -1 and j - i < 200 and "\n" not in text[i:j]:
            ranges.append((i, j + 1))
            i = j + 1
            continue
        i += 1
    return ranges


def plain_history(ctx: context.Context, i: int) -> bool:
    """``Context.history_sentence(i)``, every sentence of the Doc decided in order."""
    doc, old_starts, habitual_only, previous_old = ctx.doc, set(), set(), False
    dated = [(m.start, m.start + 1) for m in doc._.ltr_date_matches or ()]
    for sent in doc.sents:
        found = grammar.years(sent)
        if grammar.habitual(sent) or grammar.span_of_years(sent):
            old = True
            if not found and not grammar.span_of_years(sent):
                habitual_only.add(sent.start)
        elif found:
            old = ctx.reference_year is not None and all(y < ctx.reference_year for y in found)
        elif any(s < sent.end_char and sent.start_char < e for s, e in dated):
            old = False
        else:
            starts_paragraph = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws or (
                "\n" in doc.text[max(0, sent.start_char - 2):sent.start_char])
            old = previous_old and not starts_paragraph
        if old:
            old_starts.add(sent.start)
        previous_old = old
    start = doc[i].sent.start
    if start not in old_starts:
        return False
    if start in habitual_only:
        lo, hi = plain_clause(doc, i)
        return not any(not ctx.lemma_sets[k].isdisjoint(context.word_set("telling_verbs")) for k in range(lo, hi))
    return True


def tag(doc) -> None:
    """Some tagger annotation, as a statistical pipeline sets it: the index-based readings must then ask
    the Tokens."""
    for token in doc:
        if token.text in {"vyko", "vyks", "vykdavo", "skaitė", "piešė"}:
            token.pos_ = "VERB"
            token.set_morph("Mood=Ind|VerbForm=Fin")
        elif token.text.endswith("ų"):
            token.pos_ = "NOUN"
            token.set_morph("Case=Gen|Number=Plur")


@pytest.fixture(params=[False, True], ids=["untagged", "tagged"])
def tagged(request) -> bool:
    return request.param


@pytest.mark.parametrize("text", TEXTS)
def test_doc_tables_are_the_tokens(nlp, text: str, tagged: bool) -> None:
    doc = nlp(text)
    if tagged:
        tag(doc)
    f = doc_facts.DocFacts(doc)  # made after the tagging
    assert f.sentences == [(s.start, s.end) for s in doc.sents]
    assert f.lowers == [t.lower_ for t in doc]
    assert f.per_words == [t.i for t in doc if t.lower_ == "per"]
    assert [k for k in f.year_words if grammar.YEAR.match(f.texts[k])] == [
        t.i for t in doc if grammar.YEAR.match(t.text)]
    assert f.tagged == any(t.pos or t.has_morph() for t in doc)
    for token in doc:
        readings = [a for a in token._.ltr_analyses or () if a.pos.startswith("verb")]
        assert f.sentence_of(token.i) == (token.sent.start, token.sent.end)
        assert f.clause_of(token.i) == plain_clause(doc, token.i)
        assert f.skipped(token.i) == (token.is_punct or token.is_space)
        assert f.is_punct(token.i) == token.is_punct
        assert f.verbal(token.i) == bool(readings)
    for start, end in f.sentences:
        assert f.verbs_between(start, end) == [k for k in range(start, end) if f.verbal(k)]
        plain = any("PastFreq" in t for tok in doc[start:end] for a in tok._.ltr_analyses or ()
                    if a.pos.startswith("verb") for t in a.tags)
        assert f.frequentative_between(start, end) == plain


@pytest.mark.parametrize("text", TEXTS)
def test_remembered_readings_are_the_tokens(nlp, text: str, tagged: bool) -> None:
    doc = nlp(text)
    if tagged:
        tag(doc)
    f = doc_facts.DocFacts(doc)  # made after the tagging
    for _ in range(2):  # the second pass reads what the first one remembered
        for token in doc:
            assert grammar.cases_of(f, token.i) == grammar.cases(token)
            assert grammar.word_class_of(f, token.i) == grammar.word_class(token)
            for finite in (False, True):
                assert grammar.tense_of(f, token.i, finite) == grammar.tense(token, finite)
    for sent in doc.sents:
        assert grammar.years(sent) == plain_years(sent)
        assert grammar.habitual(sent) == grammar.habitual_in(doc, sent.start, sent.end)


@pytest.mark.parametrize("text", TEXTS)
def test_governing_verb_tried_outwards_is_the_nearest(nlp, text: str) -> None:
    doc = nlp(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 3) + 1):
            lo, hi = grammar.clause_bounds(doc, start)
            s, e = doc[start].sent.start, doc[start].sent.end
            expected = None
            for a, b, finite in ((lo, hi, True), (lo, hi, False), (s, e, True), (s, e, False)):
                near = [k for k in range(a, b) if not start <= k < end and grammar.tense(doc[k], finite)]
                if near:
                    expected = min(near, key=lambda k: (start - k if k < start else k - end, k))
                    break
            assert grammar.governing_index(doc, start, end) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_quoted_ranges_within_a_title_length(nlp, text: str) -> None:
    assert context.quoted_ranges(nlp.make_doc(text)) == plain_quoted_ranges(text)


@pytest.mark.parametrize("text", TEXTS)
def test_history_sentences_decided_lazily(nlp, text: str) -> None:
    doc = nlp(text)
    ctx = context.Context(doc, list(doc_lemma_sets(doc)))
    for i in reversed(range(len(doc))):  # asked out of order: each sentence reads back as far as it needs
        assert ctx.history_sentence(i) == plain_history(ctx, i)


@pytest.mark.parametrize("text", TEXTS)
def test_titles_and_evidence_by_bisection(nlp, text: str) -> None:
    doc = nlp(text)
    lemma_sets = list(doc_lemma_sets(doc))
    ctx = context.Context(doc, lemma_sets)
    events = context.word_set("event_nouns")
    titles = []
    for start, end in context.quoted_ranges(doc):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if not (span is not None and span.start > 0 and lemma_sets[span.start - 1] & events):
            titles.append((start, end))
    assert ctx.title_ranges() == titles
    inside = [any(s <= t.idx < e for s, e in titles) for t in doc]
    expected = [set() if i else set(x) for i, x in zip(inside, lemma_sets, strict=True)]
    assert [set(x) for x in ctx.outside_titles()] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_stay_in_text_order(nlp, text: str) -> None:
    doc = nlp(text)
    found = candidates(doc, list(doc_lemma_sets(doc)))
    assert [c.match.start for c in found] == sorted(c.match.start for c in found)
    for c in found:  # a cue never starts on punctuation or space, and its text is the Doc's
        assert not (doc[c.start].is_punct or doc[c.start].is_space)
        assert c.match.text == doc[c.start:c.end].text
        assert token_analyses(doc[c.start]) is doc_facts.facts(doc).analyses[c.start]


def plain_link_line(doc, i: int) -> bool:
    """``Context.in_link_line(i)``, the line found by scanning the text from the word."""
    text, char = doc.text, doc[i].idx
    lo = text.rfind("\n", 0, char) + 1
    hi = text.find("\n", char)
    hi = len(text) if hi == -1 else hi
    line = text[lo:hi]
    words = [w for w in line.split() if any(c.isalnum() for c in w)]
    if text[:lo].strip() == "" or len(words) > 2 or line.rstrip()[-1:] in ".!?":
        return False
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and not any(grammar.tense(t, finite_only=True) for t in span)


@pytest.mark.parametrize("text", TEXTS)
def test_link_line_found_by_bisection(nlp, text: str) -> None:
    doc = nlp(text)
    ctx = context.Context(doc, list(doc_lemma_sets(doc)))
    for token in reversed(doc):
        assert ctx.in_link_line(token.i) == plain_link_line(doc, token.i)


MERIT_TEXTS = [
    *TEXTS,
    "Bibliotekininkei įteikta padėka už edukacijas vaikams (projektas) ir už parodas: ačiū už viską.",
    "Už gražią parodą dėkojame, o nominacija skirta už bendradarbiavimą, kuris vyko su mokyklomis.",
    "Kviečiame visus, kviečia ir mokykla, o rytoj kvies dar kartą į parodą.",
]


def plain_merit(doc, lemma_sets, start: int) -> bool:
    """``clauses.merit``, walking back from the cue word by word."""
    sent = doc[start].sent
    merit = context.word_set("merit_words")
    for k in range(start - 1, sent.start - 1, -1):
        if doc[k].text in {":", "(", ")"}:
            return False
        if doc[k].lower_ == "už":
            if not any(lemma_sets[j] & merit for j in range(sent.start, k)):
                return False
            return all(grammar.tense(doc[j], True) is None for j in range(k + 1, start))
    return False


def plain_invited(doc, lemma_sets, start: int) -> bool:
    """``Context.invited``, every word of the sentence up to the cue's clause end looked at."""
    sent, hi = doc[start].sent, plain_clause(doc, start)[1]
    return any(lemma_sets[k] & context.word_set("invite_verbs") and grammar.tense(doc[k]) in {"present", "speaker"}
               for k in range(sent.start, min(hi, sent.end)))


@pytest.mark.parametrize("text", MERIT_TEXTS)
def test_merit_and_invitation_by_marks_of_the_sentence(nlp, text: str) -> None:
    from ltreports.topics import clauses

    doc = nlp(text)
    lemma_sets = list(doc_lemma_sets(doc))
    ctx = context.Context(doc, lemma_sets)
    for token in doc:
        assert clauses.merit(doc, lemma_sets, token.i) == plain_merit(doc, lemma_sets, token.i)
        assert ctx.invited(token.i) == plain_invited(doc, lemma_sets, token.i)
    if text.startswith("Bibliotekininkei"):  # thanks "už edukacijas": the words after "už" are its reason
        assert [t.text for t in doc if clauses.merit(doc, lemma_sets, t.i)][:2] == ["edukacijas", "vaikams"]


HYPOTHETICAL_TEXTS = [
    *TEXTS,
    "Biblioteka ketina atnaujinti patalpas ir įrengti skaityklą, kad žmonės turėtų galimybę bendrauti, kurti.",
    "Jeigu norėsite, galima naudotis internetu. Vaikai mokėsi piešti ir lipdyti, o vakare žiūrėjo filmą.",
]


def plain_hypothetical(doc, lemma_sets, start: int) -> bool:
    """``clauses.hypothetical``, walking the sentence word by word."""
    from ltreports.topics.clauses import infinitive

    lo, hi = plain_clause(doc, start)
    sent = doc[start].sent
    conditions, future = context.word_set("condition_words"), context.word_set("future_words")
    if any(doc[k].lower_ in conditions for k in range(lo, min(lo + 2, hi))):
        return True
    if any(doc[k].lower_ in future for k in range(lo, hi)):
        return True
    k = start if infinitive(doc, start) else None
    j = start - 1
    while k is None and j >= sent.start and grammar.tense(doc[j], True) is None:
        if infinitive(doc, j):
            k = j
        j -= 1
    if k is None:
        return False
    if k < lo:
        klo, khi = plain_clause(doc, k)
        if any(doc[i].lower_ in future for i in range(klo, khi)):
            return True
    while k > sent.start and (doc[k - 1].lower_ in {",", "ir", "bei", "ar"} or infinitive(doc, k - 1)):
        k -= 1
    if any(lemma_sets[j] & context.word_set("modal_words") for j in range(max(sent.start, k - 3), k)):
        return True
    for j in range(k - 1, sent.start - 1, -1):
        found = grammar.tense(doc[j], True)
        if found is not None:
            return found in {"imperative", "subjunctive", "future"}
    return False


@pytest.mark.parametrize("text", HYPOTHETICAL_TEXTS)
def test_hypothetical_over_the_sentence_verbs(nlp, text: str) -> None:
    from ltreports.topics import clauses

    doc = nlp(text)
    lemma_sets = list(doc_lemma_sets(doc))
    found = [t.i for t in doc if clauses.hypothetical(doc, lemma_sets, t.i, t.i + 1)]
    assert found == [t.i for t in doc if plain_hypothetical(doc, lemma_sets, t.i)]
    if text.startswith("Biblioteka ketina"):  # "ketina atnaujinti patalpas": a plan
        assert any(doc[i].text == "patalpas" for i in found)
