"""The shortcuts visit assembly takes for speed give what the plain readings they replace gave: the cue words'
positions found once a Doc (``word_index``), the future-tense pre-check before a date's governing verb is
sought, the year pre-check of ``history_year``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ltreports.dates.events import governing_verb, sentence
from ltreports.language import doc_text
from ltreports.morphology.component import doc_lemma_sets, token_analyses
from ltreports.visits import grammar, tense
from ltreports.visits.event_dates import _future_reading_near
from ltreports.visits.grammar import data, next_word, previous_word
from ltreports.visits.venues import event_named, event_sentence
from ltreports.visits.word_index import CLASSES, UNIONS, any_in, class_positions, positions_in

TEXTS = [
    "Gegužės 3 d. bibliotekoje vyko susitikimas su rašytoja Ona Petraitytė. Ji skaitė eilėraščius vaikams.",
    "Birželio 7 d. Alytaus bibliotekoje vyks poezijos popietė, o rugsėjo 2 d. – knygos pristatymas!",
    "Darbuotojai nuvyko į Kernavę; ekskursijos metu lankėmės muziejuje ir kultūros centre.",
    "1997 m. biblioteka įsikūrė naujose patalpose. 2019 metais buvo atnaujinta skaitykla.\n\nDabar veikia paroda.",
    "„Vyko renginys“, – sakė vedėja. Mus aplankė moksleiviai iš Latvijos.",
    "",
    "   \n\n  ",
    "The library hosted a meeting on 3 May 2023 with the author.",
    "Renginys;;; vyko ... bibliotekoje!!! (2024-05-06) – " + "labai ilga eilutė be taškų " * 40,
]


@pytest.mark.parametrize("text", TEXTS)
def test_class_positions_are_the_lemma_sets_meeting_each_class(nlp, text: str) -> None:
    doc = nlp(text)
    sets = doc_lemma_sets(doc)
    for name in CLASSES:
        words = set().union(*(data()[part] for part in UNIONS[name])) if name in UNIONS else data()[name]
        expected = [i for i in range(len(doc)) if not sets[i].isdisjoint(words)]
        assert class_positions(doc)[name] == expected
        for sent in doc.sents:
            inside = [i for i in expected if sent.start <= i < sent.end]
            assert positions_in(doc, name, sent.start, sent.end) == inside
            assert any_in(doc, name, sent.start, sent.end) == bool(inside)


@pytest.mark.parametrize(
    ("text", "told", "named"),
    [
        ("Bibliotekoje vyko susitikimas.", True, True),
        ("Bibliotekoje organizuotame renginyje dalyvavo vaikai.", False, True),
        ("Bibliotekoje šventėme jubiliejų.", True, True),
        ("Mus aplankė moksleiviai.", True, True),
        ("Moksleiviai aplankė muziejų.", False, False),
        ("Biblioteka dirba kasdien.", False, False),
    ],
)
def test_event_sentence_by_index(nlp, text: str, told: bool, named: bool) -> None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    assert event_sentence(sent) is told
    assert event_named(sent) is named


@pytest.mark.parametrize("text", TEXTS)
def test_future_precheck_never_hides_a_future_verb(nlp, text: str) -> None:
    doc = nlp(text)
    for i in range(len(doc)):
        span = doc[i:i + 1]
        verb = governing_verb(span, sentence(span), finite=True)
        if verb is not None and verb.tense == "fut":
            assert _future_reading_near(doc, span)


def _history_year_plain(sent, year: int | None) -> bool:
    """``history_year`` as it read before its digit pre-checks: every pattern run on every sentence."""
    if year is None:
        return False
    text = doc_text(sent.doc)
    named = [int(m.group(1)) for m in tense.YEAR.finditer(text, sent.start_char, sent.end_char)]
    start = max(text.rfind("\n", 0, sent.start_char) + 1, sent.start_char - tense.LOOKBACK)
    named += [int(m.group(1)) for m in tense.OPENING_YEAR.finditer(text, start, sent.start_char)]
    cut = tense.CUT_YEAR.search(text, max(start, sent.start_char - 12), sent.start_char)
    if cut is not None and tense._clause_unfinished(sent, cut.start()):
        named.append(int(cut.group(1)))
    return any(y < year - tense.HISTORY_YEARS for y in named)


HISTORY_TEXTS = [
    *TEXTS,
    "Biblioteka įkurta 1950 m. Čia dirbo daug žmonių. Vėliau, kai 1931 m.\nUtenoje buvo atidarytas skyrius.",
    "Kai 1931 m. Utenoje buvo atidarytas skyrius, vyko šventė. 2023 m. gegužės 5 d. vyko popietė.",
    "20245 egz. knygų; 1499 m. ir 2101 m. nėra metai istorijos. 19999 ženklų.",
]


@pytest.mark.parametrize("text", HISTORY_TEXTS)
@pytest.mark.parametrize("year", [None, 1990, 2023])
def test_history_year_prechecks_change_nothing(nlp, text: str, year: int | None) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        assert tense.history_year(sent, year) == _history_year_plain(sent, year)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Bibliotekoje vyko susitikimas su rašytoja.", True),
        ("  „Bibliotekoje vyko susitikimas su rašytoja.“", False),  # quoted, after spaces
        ("Bibliotekoje vyks susitikimas.", True),
        ("Bibliotekoje veikia paroda.", True),
        ("Biblioteka kviečia skaitytojus.", False),
    ],
)
def test_reports_event_reads_the_first_character(nlp, text: str, reported: bool) -> None:
    doc = nlp(text)
    assert any(tense.reports_event(s) for s in doc.sents) is reported


def _previous_word_plain(doc, index: int):
    i = index - 1
    while i >= 0 and (doc[i].is_space or (doc[i].is_punct and doc[i].text in "„“\"«")):
        i -= 1
    return doc[i] if i >= 0 else None


def _next_word_plain(doc, index: int):
    i = index
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "Knyga „ „Vaikystė“ « buvo pristatyta \" bibliotekoje.\n\n\t Kitą dieną  „“ vyko popietė.",
        "«Ąžuolas» ir \"Beržas\" –  skaitykloje.   \n  ",
    ],
)
def test_neighbour_words_by_index(nlp, text: str) -> None:
    doc = nlp(text)
    for i in range(len(doc) + 1):
        pairs = ((previous_word(doc, i), _previous_word_plain(doc, i)), (next_word(doc, i), _next_word_plain(doc, i)))
        for found, plain in pairs:
            assert (found.i if found is not None else None) == (plain.i if plain is not None else None)



def _participle_plain(readings) -> bool:
    """``is_participle`` read afresh from the readings."""
    verbs = [a for a in readings if a.pos.startswith("verb")]
    active = [a for a in verbs if any(t.startswith(("Part_Act", "Ger", "Half")) for t in a.tags)]
    passive = [a for a in verbs if any(t.startswith("Part_Pass") for t in a.tags)]
    finite = [a for a in verbs if a not in active and a not in passive]
    return (bool(active) or (bool(passive) and all(a.case not in (None, "Nom") for a in passive))) and not finite


PARTICIPLES = "Muziejaus organizuotuose mokymuose dalyvavo bibliotekoje dirbusios moterys ir organizuotuose."


@pytest.mark.parametrize("text", [*TEXTS, PARTICIPLES])
def test_remembered_participle_is_the_participle(nlp, text: str) -> None:
    doc = nlp(text)
    for _ in range(2):  # the second pass reads what the first one remembered
        for token in doc:
            assert grammar.is_participle(token) is _participle_plain(token_analyses(token) or ())
    if text == PARTICIPLES:
        assert sum(grammar.is_participle(t) for t in doc) >= 3



TENSES = "Bibliotekoje vyko popietė, buvo surengta paroda; vykdavo būreliai, vyks šventė. Šventė praėjo."


@pytest.mark.parametrize("text", [*TEXTS, TENSES])
def test_remembered_simple_past_is_the_reading(nlp, text: str) -> None:
    doc = nlp(text)
    for _ in range(2):  # the second pass reads what the first one remembered
        for token in doc:
            readings = token_analyses(token) or ()
            assert tense.simple_past(token) is tense._simple_past.__wrapped__(readings)
    if text == TENSES:
        assert [t.text for t in doc if tense.simple_past(t)] == ["vyko", "buvo", "surengta", "praėjo"]
