"""The shortcuts the date and library rules take for speed give what the plain computations they replace gave:
the date lexer's one pass (parts remembered per spelling, plain words read from one set, the merging passes run
only when a word can give them work), each date parser tried only at the kinds it can start at, stamp labels
remembered per word, gazetteer names looked up by length, and a library word's spelling fields read once."""

from __future__ import annotations

import bisect

import pytest
from spacy.tokens import Doc

from ltreports.dates import component as date_component
from ltreports.dates import grammar, lexer
from ltreports.dates.lexicon import lexicon

# Sentences written for these tests: date shapes of every kind, dots and dashes apart or glued, blank lines,
# odd punctuation, a long line, an empty text and text in other languages.
TEXTS = [
    "Gegužės 3 d. bibliotekoje vyko susitikimas, o birželio 12–14 d. – stovykla.",
    "Nuo 2021 m. spalio 5 d. iki lapkričio 2 d. veiks paroda; š. m. gruodžio 1-ąją – šventė.",
    "Šių metų kovo 8-ąją ir praėjusių metų rugsėjo 1 d. minėjome. Š.m. rugpjūčio 30 d. vyks.",
    "2023-05-03 renginys.\n\n2015-12-09Gruodžio 7 d. naujiena | 2019 11 11",
    "Spalio5 d. susitiko; geg . 22d . vyko; geg. 3 ir Rugs. 4, 22d. vyko.",
    "Gegužės 3 d.vyko, 4 D. ir 5 d ir 6 d .; d. d.d. D.D; 2023 m.gegužės 7 d,",
    "12 – osios dienos; 2- sios savaitės; Vasario 16 gimnazija; 3–birželio 4 d.; 3–4-ąją; d.–birželio 5 d.",
    "Šiandien, gegužės 5 d., penktadienį, o šį sekmadienį, spalio 21-ąją, ir Penktadienio vakarą.",
    "3 gegužės, 2016 | Gegužė 5, 2016 | 2025 m. spalio 16 d., ketvirtadienis | [3]Gegužės 1 d.",
    "Paskelbta: Ketvirtadienis, 2013 m. gruodžio 5 d.\nAtnaujintas 2005 gegužės 4 d.",
    "Sausio 13-osios atmintis; Liepos 6-oji – Valstybės diena; kiekvieną šeštadienį; praėjusią savaitę.",
    "Renginiai vyko 3, 10 ir 17 d. bei 24 ir 25 dienomis, 2024–2025 m., 1999/12/31, 2025-07.",
    "!!! ... ,,, ––– ??? (((",
    "žodis " * 300 + "gegužės 3 d.",
    "",
    "The library opened on May 3, 2016. Die Bibliothek öffnet am 5. Mai. Библиотека 3 мая.",
    "\n\n   \n\t\n",
]


def _reference_lex(doc: Doc) -> list[lexer.Item]:
    """The lexer without its shortcuts: every token read afresh, every pass run."""
    lx = lexicon()
    text = doc.text
    breaks = [m.start() for m in lexer.BLANK_LINE.finditer(text)]
    items: list[lexer.Item] = []
    for token in doc:
        if token.is_space:
            continue
        dotted = token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_
        para = bisect.bisect_right(breaks, token.idx)
        for item in lexer._lex_text(token.text, token.idx, lx, dotted):
            items.append(lexer.Item(item.kind, item.start, item.end, item.text, item.value, para))
    items = lexer._absorb_dots(items)
    items = lexer._spaced_ordinals(items, lx)
    return lexer._publication_years(items, lx)


class _EveryParser(grammar._Parser):
    """The date grammar trying all five parsers at every item, as before."""

    def best(self, i: int) -> list[grammar.Parsed]:
        candidates = [self.relative(i), self.numeric(i), self.textual(i), self.dayfirst(i), self.year_last(i)]
        found = [c for c in candidates if c]
        return max(found, key=lambda c: c[-1].last) if found else []


@pytest.mark.parametrize("text", TEXTS)
def test_lexer_gives_the_plain_lexers_items(nlp, text: str) -> None:
    doc = nlp.make_doc(text)
    for _ in range(2):  # the second time from the remembered spellings
        assert lexer.lex(doc) == _reference_lex(doc)


@pytest.mark.parametrize(
    ("words", "spaces"),
    [  # tokens as a tokenizer may leave them: a dot apart right after "d", "D", "geg", "22d", or spaced from it
        (["gegužės", "5", "d", ".", "vyko"], [True, True, False, True, False]),
        (["gegužės", "5", "D", ".", "vyko"], [True, True, False, True, False]),
        (["gegužės", "5", "d", ".", "vyko"], [True, True, True, True, False]),
        (["5", "d", "."], [True, False, False]),
        (["geg", ".", "22d", ".", "d"], [False, True, False, True, False]),
    ],
)
def test_dot_apart_reads_as_the_plain_lexer(nlp, words: list[str], spaces: list[bool]) -> None:
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _ in range(2):
        assert lexer.lex(doc) == _reference_lex(doc)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Gegužės 3 d.", ["MONTH", "NUM", "DAYW"]),
        ("geg. 3", ["MONTH", "NUM"]),  # the tokenizer leaves "." apart after a month abbreviation: joined again
        ("22d. vyko", ["NUM", "DAYW", "OTHER"]),
        ("geg . 3", ["MONTH", "OTHER", "NUM"]),  # a spaced dot is no abbreviation's
        ("šių metų", ["PUBYEAR"]),
        ("š.m.", ["PUBYEAR"]),
        ("2- sios", ["ORD"]),
        ("knyga skaitykla", ["OTHER", "OTHER"]),
        ("šių knygų", ["OTHER", "OTHER"]),  # a publication-year word without "metų" stays a word
    ],
)
def test_lexer_kinds(nlp, text: str, kinds: list[str]) -> None:
    assert [item.kind for item in lexer.lex(nlp.make_doc(text))] == kinds


@pytest.mark.parametrize("text", TEXTS)
def test_parsers_by_kind_find_what_every_parser_finds(nlp, text: str) -> None:
    doc = nlp(text)
    items = lexer.lex(doc)
    starts = {t.idx for t in doc if t.is_sent_start}
    assert grammar.parse(items, doc.text, starts) == _EveryParser(items, doc.text, starts).run()


@pytest.mark.parametrize(
    "word", ["Paskelbta", "redaguota", "Atnaujintas", "Įkėlė", "biblioteka", "Gegužės", "", "2023", "Vakar"]
)
def test_remembered_label_is_the_label(word: str) -> None:
    assert date_component.is_label(word) == date_component.is_label.__wrapped__(word)


def _old_gazetteer_names(finder) -> None:
    """Rule 1 as it was: every name starting with a word's key compared with the words in turn."""
    from ltreports.libraries.hits import Hit

    ws, n = finder.ws, len(finder.ws)
    keys = [w.key for w in ws]
    i = 0
    while i < n:
        pair_end = finder._town_pair(i)
        if pair_end is not None:
            i = pair_end + 1
            continue
        best = None
        for alias in finder.gaz.by_first.get(keys[i], ()):
            m = len(alias.keys)
            j = i + m - 1
            if j >= n or (best is not None and m < best[1] - best[0] + 1):
                continue
            if tuple(keys[i : j + 1]) != alias.keys or not finder.joined(i, j):
                continue
            if alias.caps and not (ws[i].all_caps or ws[i].text == alias.text):
                continue
            if m == 1 and not alias.caps and not ws[i].capitalized:
                continue
            if alias.text[:1].isupper() and not ws[i].capitalized:
                continue
            if best is None or m > best[1] - best[0] + 1:
                best = (i, j, [alias])
            elif m == best[1] - best[0] + 1:
                best[2].append(alias)
        if best is None or not finder._acceptable(best[0], best[1]):
            i += 1
            continue
        bi, bj, aliases = best
        entries = tuple(dict.fromkeys(finder.gaz.entries[a.entry_id] for a in aliases))
        if finder._another_towns(bi, entries):
            i = bj + 1
            continue
        hit = Hit(bi, bj, entries)
        finder.add(hit)
        if ws[bj].maybe_plural:
            finder.coordinated(hit)
        i = bj + 1


LIBRARY_TEXTS = [
    "Renginys vyko Kazlų Rūdos savivaldybės viešojoje bibliotekoje ir Kauno apskrities viešojoje bibliotekoje.",
    "Kauno miesto ir rajono savivaldybių viešųjų bibliotekų darbuotojai bei VAVB ir vavb skaitytojai.",
    "Lazdijų r. sav. viešoji biblioteka, Elektrėnų SVB ir Latvijos nacionalinės bibliotekos svečiai.",
    "Nacionalinė bibliotekų savaitė; nacionalinės bibliotekos savaitė; Bibliotekos g. 5; Kauno bibliotekoje.",
    "ELEKTRĖNŲ SAVIVALDYBĖS VIEŠOJI BIBLIOTEKA, Elektrenu savivaldybes viesosios bibliotekos skaitykla.",
    "Kretingos ir Klaipėdos miesto viešųjų bibliotekų bei Kabelių ir Pilvingių bibliotekose.",
    "",
    "The Vilnius public library and Biblioteka Narodowa.",
]


@pytest.mark.parametrize("text", LIBRARY_TEXTS)
def test_names_by_length_find_what_the_name_scan_found(nlp, text: str) -> None:
    from ltreports.libraries.component import _Finder
    from ltreports.libraries.gazetteer import load_gazetteer
    from ltreports.libraries.words import words

    doc = nlp(text)
    gaz = load_gazetteer()
    fast, slow = _Finder(doc, gaz, words(text), text), _Finder(doc, gaz, words(text), text)
    fast.gazetteer_names()
    _old_gazetteer_names(slow)
    assert fast.hits == slow.hits and fast.used == slow.used


@pytest.mark.parametrize("text", LIBRARY_TEXTS + TEXTS)
def test_word_spelling_fields(text: str) -> None:
    """The fields read once per spelling are what the properties they replace computed."""
    from ltreports.libraries.words import fold, words

    for w in words(text):
        assert w.capitalized == w.text[:1].isupper()
        assert w.all_caps == (len(w.text) > 1 and w.text.isupper())
        assert w.plural == (w.info is not None and w.info.numbers == frozenset({"pl"}))
        assert w.maybe_plural == (w.info is not None and "pl" in w.info.numbers)
        assert w.folded == fold(w.text)
        assert w.library_like == (w.info is not None or w.key.startswith("bibliot") or w.folded.startswith("bibliot"))


def test_items_and_words_are_immutable() -> None:
    from ltreports.libraries.words import words

    item = lexer.Item("NUM", 0, 1, "3", 3)
    word = words("Biblioteka")[0]
    for record, field in ((item, "kind"), (word, "key")):
        with pytest.raises(AttributeError):
            setattr(record, field, "x")
    assert item.para == 0 and item == lexer.Item("NUM", 0, 1, "3", 3, 0)


def _finditer_words(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    """The library words as they were read: a regular-expression match per word, each gap sliced from the text."""
    from ltreports.libraries import words as w

    end = len(text) if end is None else end
    out: list[tuple] = []
    prev_start = prev_end = start
    prev_abbreviation = False
    for m in w.WORD_RE.finditer(text, start, end):
        s, e = m.span()
        surface = m.group()
        dotted = text.startswith(".", e) and (e + 1 >= len(text) or not text[e + 1].isalnum())
        if not out:
            joined, sentence_start = False, True
        else:
            spaced, closing_quote, dot_gap, sentence_end = w._gap(text[prev_end:s])
            if spaced:
                joined = True
            elif closing_quote and text[max(0, prev_start - 1) : prev_start] in w._OPENING_QUOTES:
                joined = True  # a one-word quoted name and its head
            else:
                joined = dot_gap and prev_abbreviation
            sentence_start = sentence_end and not (prev_abbreviation and dot_gap and joined)
        key, info = w.word_key(surface, dotted=dotted)
        abbreviation = dotted and (len(surface) <= 4 or (surface.islower() and len(surface) <= 5))
        out.append((len(out), s, e, surface, key, info, joined, sentence_start, abbreviation))
        prev_start, prev_end, prev_abbreviation = s, e, abbreviation
    return out


@pytest.mark.parametrize("text", LIBRARY_TEXTS + TEXTS + ["„Aido“ bibliotekoje, r. sav. bibl. M. Valančiaus_g. 5"])
def test_words_split_once_are_the_matched_words(text: str) -> None:
    from ltreports.libraries.words import words

    assert [tuple(w)[:9] for w in words(text)] == _finditer_words(text)
    for start, end in ((3, len(text) - 2), (len(text) // 2, len(text)), (0, len(text) // 3), (5, 5), (-4, 99999)):
        if start <= end:
            assert [tuple(w)[:9] for w in words(text, start, end)] == _finditer_words(text, start, end)


PARENTHESIS_TEXTS = [
    "Naivių (vyr. bibliotekininkė O. Ona) filialai, Viešintų (I vieta) ir Troškūnų (II) bibliotekos.",
    "Olesiundą (Norvegija) ir Švedijos Vimmerbio biblioteką aplankė (vasarą) skaitytojai ( ) (",
    "Be skliaustų; (neuždarytas\n) ir (labai " + "ilgas " * 30 + ") tekstas.",
    "",
]


@pytest.mark.parametrize("text", PARENTHESIS_TEXTS + LIBRARY_TEXTS)
def test_phrases_and_parentheses_are_the_word_walks(nlp, text: str) -> None:
    from ltreports.libraries.component import _Finder
    from ltreports.libraries.gazetteer import load_gazetteer
    from ltreports.libraries.hits import _PARENTHESIS
    from ltreports.libraries.words import words

    ws = words(text)
    finder = _Finder(nlp.make_doc(text), load_gazetteer(), ws, text)
    for i in range(-2, len(ws)):
        for j in range(max(0, i - 1), len(ws)):
            assert finder.joined(i, j) == all(ws[k].joined for k in range(i + 1, j + 1))
    spans = [m.span() for m in _PARENTHESIS.finditer(text)]
    assert finder.in_parenthesis == [any(s < w.start < e for s, e in spans) for w in ws]


@pytest.mark.parametrize("word", ["Norvegija", "Norvegijos", "Latvijos", "Rygos", "Kauno", "biblioteka", "Švedijos"])
def test_remembered_country_is_the_country(word: str) -> None:
    from ltreports.libraries.places import _names_country

    for case in (None, "Gen", "Nom"):
        assert _names_country(word, case) == _names_country.__wrapped__(word, case)


LIBRARY_LIKE_TEXTS = [
    "Bibliotekininkė iš Kučgalio, bibliotekininkės; BIBLIOTEKOS; bibl. ir Biblioteką, bibliotekon, biblotekoje.",
    "Bibliotekai „Aidas“ padalinyje, filialuose ir skyriuje; bibliotekinis fondas; bibliografija; biblioteka-muziejus.",
]


@pytest.mark.parametrize("text", LIBRARY_LIKE_TEXTS + LIBRARY_TEXTS + TEXTS)
def test_rules_walk_every_word_they_can_start_at(nlp, text: str) -> None:
    """Every word a head rule acts on is in ``library_like``: an inflecting library word, a key or spelling of
    "biblioteka" (a misspelling too) or a librarian."""
    from ltreports.libraries.component import _Finder
    from ltreports.libraries.gazetteer import load_gazetteer
    from ltreports.libraries.readings import head_like
    from ltreports.libraries.words import words

    ws = words(text)
    finder = _Finder(nlp.make_doc(text), load_gazetteer(), ws, text)
    walked = set(finder.library_like)
    assert finder.library_like == sorted(walked)
    for h, w in enumerate(ws):
        if w.info is not None or w.key == "biblioteka" or head_like(w) or finder._is_librarian(h, any_number=True):
            assert h in walked


@pytest.mark.parametrize(
    "text", ["", "   ", "žodis", "kiekvieną  šeštadienį", "a\n\tb\xa0 ", " x\u2003y z ", "vienas. du,\n\ntrys  "]
)
def test_word_before_is_the_last_split_word(text: str) -> None:
    for end in range(len(text) + 1):
        words = text[:end].rstrip().rsplit(None, 1)
        assert grammar._word_before(text, end) == (words[-1] if words else "")


def _old_only_chrome(part: str) -> bool:
    from ltreports.dates.lexicon import key

    rest = date_component.TIME.sub(" ", part)
    words = [
        w for w in date_component.WORD.findall(rest)
        if not date_component.is_label(w) and key(w) not in lexicon().weekdays
    ]
    return not words and date_component.FILLER.fullmatch(date_component.WORD.sub("", rest)) is not None


STAMP_TEXTS = [
    "Paskelbta: Ketvirtadienis, 2013 m. gruodžio 5 d.\nAtnaujintas 2005 gegužės 4 d.\n2019 11 11",
    "Į Pradžią » 2011 » 2011 10 26 Biblioteka šventė jubiliejų\n21 spalio, 2025 Įkėlė: redakcija",
    "Vakar, 2024 m. kovo 3 d., redaguota 12:30 | Penktadienis, 2023-05-03 | Skaitykite",
    "Renginys vyko 2023 m. gegužės 3 d. bibliotekoje, o paroda atidaryta birželio 1 d. Redaguota kitą dieną.",
    "2015-12-09Gruodžio 7 d. naujiena\nŠeštadienis 2016 m. sausio 9 d. 10:00 – 12:00",
]


@pytest.mark.parametrize("text", STAMP_TEXTS + TEXTS)
def test_chrome_test_stops_at_the_first_word(nlp, text: str) -> None:
    """``_only_chrome`` stopping at the first other word, and ``is_stamp`` asking it first, decide as before."""
    doc = nlp(text)
    for match in doc._.ltr_date_matches:
        line_start = text.rfind("\n", 0, match.start) + 1
        before = text[line_start : match.start]
        assert date_component._only_chrome(before) == _old_only_chrome(before)
        after = text[match.end :]
        assert date_component._only_chrome(after) == _old_only_chrome(after)
    for start in range(0, min(len(text), 400), 7):
        assert date_component._only_chrome(text[start:]) == _old_only_chrome(text[start:])
