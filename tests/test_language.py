"""Tokenization and sentence segmentation of Lithuanian text with abbreviations and initials."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Renginys vyko gegužės 3 d. bibliotekoje", ["Renginys", "vyko", "gegužės", "3", "d.", "bibliotekoje"]),
        ("2023 m. gegužės 3–4 d.", ["2023", "m.", "gegužės", "3–4", "d."]),
        ("Pradžia 10 val. salėje", ["Pradžia", "10", "val.", "salėje"]),
        ("Kalbėjo R. Gulbinas", ["Kalbėjo", "R.", "Gulbinas"]),
        ("Sveikino prof. dr. Jonas Jonaitis", ["Sveikino", "prof.", "dr.", "Jonas", "Jonaitis"]),
        ("Žr. Nr. 5, t. y. pvz. kitą", ["Žr.", "Nr.", "5", ",", "t.", "y.", "pvz.", "kitą"]),
        ("knygos, žurnalai ir kt.", ["knygos", ",", "žurnalai", "ir", "kt."]),
        ("vyr.bibliotekininkė Ona", ["vyr.", "bibliotekininkė", "Ona"]),
        ("Vyr. bibliotekininkė", ["Vyr.", "bibliotekininkė"]),
        ("apie 20 proc. ir 3 tūkst. knygų", ["apie", "20", "proc.", "ir", "3", "tūkst.", "knygų"]),
        ("Ž. Petraitienė ir Č. Jonaitis", ["Ž.", "Petraitienė", "ir", "Č.", "Jonaitis"]),
        ("Vilniaus r. sav. bibliotekoje", ["Vilniaus", "r.", "sav.", "bibliotekoje"]),
    ],
)
def test_tokens(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Gegužės 3 d. Elektrėnų bibliotekoje lankėsi svečiai. Čia juos pasitiko R. Gulbinas.",
            ["Gegužės 3 d. Elektrėnų bibliotekoje lankėsi svečiai.", "Čia juos pasitiko R. Gulbinas."],
        ),
        (
            "2023 m. gegužės 3 d. vyko seminaras. Dalyvavo dr. Ona Petraitienė.",
            ["2023 m. gegužės 3 d. vyko seminaras.", "Dalyvavo dr. Ona Petraitienė."],
        ),
        (
            "Paroda veiks iki gruodžio 19 d. Kviečiame apsilankyti.",
            ["Paroda veiks iki gruodžio 19 d.", "Kviečiame apsilankyti."],
        ),
        (
            "Antraštė\n\nPirmas sakinys be taško\n\nAntras sakinys.",
            ["Antraštė", "Pirmas sakinys be taško", "Antras sakinys."],
        ),
        (
            "Renginyje\ndalyvavo mokiniai ir mokytojai.",
            ["Renginyje\ndalyvavo mokiniai ir mokytojai."],
        ),
    ],
)
def test_sentences(nlp, text: str, sentences: list[str]) -> None:
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


PARAGRAPHS = [
    "Gegužės 3 d. Elektrėnų bibliotekoje lankėsi svečiai. Čia juos pasitiko R. Gulbinas.",
    "Renginys\nvyko antrą kartą: dalyvavo 40 vaikų!",
    "Paroda veiks iki gruodžio 19 d. Kviečiame apsilankyti…",
    "TRUMPA ANTRAŠTĖ\nSusitikime kalbėjo prof. A. Petraitis ir kt. Vėliau vyko diskusija.",
]


@pytest.mark.parametrize("copies", [1, 7, 40])
def test_sentences_of_a_long_text_are_those_of_its_paragraphs(copies: int) -> None:
    """One pass over the tokens: a long post splits exactly as its paragraphs do one by one."""
    from ltreports.pipeline import base_pipeline

    nlp = base_pipeline(trained=False)
    paragraphs = PARAGRAPHS * copies
    expected = [s.text.strip() for p in paragraphs for s in nlp(p).sents if s.text.strip()]
    doc = nlp("\n\n".join(paragraphs))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == expected
    assert len(expected) == 8 * copies


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Vienas. Du.", ["Vienas", "Du"]),
        ("Vienas.  \n  \n Du", ["Vienas", "Du"]),  # blanks and a blank line between
        ("Sakinys, kuris tęsiasi\nkitoje eilutėje.", ["Sakinys"]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_starts(text: str, starts: list[str]) -> None:
    from ltreports.pipeline import base_pipeline

    doc = base_pipeline(trained=False)(text)
    assert [t.text for t in doc if t.is_sent_start and not t.is_space] == starts


@pytest.mark.parametrize(
    "text",
    [
        "2024 m. gegužės 5 d. (šeštadienį) skaitė A. Jonaitė, o vaikai piešė.",
        "Vyr. bibliotekininkė (m.) ir „Knygų“ klubas: prof.dr. Ona, t. y. mūsų viešnia!",
        "d.\n\nVasara, vasara... Kalbėjo Č. Petraitis ir Dž. Jonaitis; žr. 3–4 psl.",
        "Be jokių sutrumpinimų: vasara, vasara, renginiai ir knygos.",
    ],
)
def test_cached_chunks_give_the_tokens_of_the_affix_rules(nlp, text: str) -> None:
    """Every chunk is tokenized once on its own and then looked up: the tokens are those of spaCy's own
    tokenizer with the same rules, the first time and once the chunks are cached."""
    from spacy.tokenizer import Tokenizer

    tok = nlp.tokenizer
    plain = Tokenizer(tok.vocab, rules=tok.rules, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                      infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    expected = [(t.text, t.whitespace_, t.idx) for t in plain(text)]
    for _ in range(2):
        assert [(t.text, t.whitespace_, t.idx) for t in tok(text)] == expected
    assert "m." in {t.text for t in tok("2024 m. vasarą")}  # the special cases still hold


def test_no_letter_is_a_digit() -> None:
    """``lexeme_attrs.lt_like_num`` answers letters-only text from the number words alone: no character
    is both a letter and a digit (nor a comma, dot or slash), in the whole of Unicode."""
    assert [c for c in _letters() if c.isdigit() or c in ",./"] == []


def _letters() -> list[str]:
    import sys

    return [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha()]


@pytest.mark.parametrize(
    ("which", "split"),
    [("prefix_search", "(Ona"), ("suffix_search", "Ona,"), ("infix_finditer", "Ona-Bitė"),
     ("url_match", "www.biblioteka.lt")],
)
def test_no_affix_pattern_matches_a_word_of_letters(nlp, which: str, split: str) -> None:
    """``AffixPattern`` answers "no match" for letters-only text without running the pattern: the pattern
    itself must agree, for every letter of Unicode alone and between letters."""
    pattern = getattr(nlp.tokenizer, which).__self__.regex
    runs = {"infix_finditer": lambda s: next(pattern.finditer(s), None), "url_match": pattern.match}
    run = runs.get(which, pattern.search)
    assert run(split) is not None  # the pattern is a real one
    found = [s for c in _letters() for s in (c, f"a{c}b", f"Ą{c}{c}") if run(s) is not None]
    assert found == []


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Bibliotekoje", ["Bibliotekoje"]),
        ("bibliotekoje,", ["bibliotekoje", ","]),
        ("(Vilniuje)", ["(", "Vilniuje", ")"]),
        ("„Aido“", ["„", "Aido", "“"]),
        ("5km", ["5", "km"]),
        ("Petkevičaitės-Bitės", ["Petkevičaitės", "-", "Bitės"]),
        ("Ąžuolas…", ["Ąžuolas", "…"]),
        ("www.biblioteka.lt", ["www.biblioteka.lt"]),
        ("https://biblioteka.lt/renginiai?id=3", ["https://biblioteka.lt/renginiai?id=3"]),
    ],
)
def test_affix_patterns_still_split_what_is_not_all_letters(nlp, text: str, tokens: list[str]) -> None:
    from spacy.tokenizer import Tokenizer

    tok = nlp.tokenizer
    plain = Tokenizer(tok.vocab, rules=tok.rules, prefix_search=tok.prefix_search.__self__.regex.search,
                      suffix_search=tok.suffix_search.__self__.regex.search,
                      infix_finditer=tok.infix_finditer.__self__.regex.finditer,
                      url_match=tok.url_match.__self__.regex.match)
    assert [t.text for t in plain(text)] == tokens
    assert [t.text for t in tok(text)] == tokens


def test_tokenizer_serializes_its_patterns(nlp) -> None:
    import pickle

    tok = nlp.tokenizer
    assert tok.to_bytes()  # spaCy reads ``.__self__.pattern`` of each affix function
    assert pickle.loads(pickle.dumps(tok.suffix_search.__self__)).pattern == tok.suffix_search.__self__.pattern


def _attribute_probes() -> list[str]:
    import random

    rng = random.Random(7)
    alphabet = "aąčeėęiįyšuųūžAĄČĖĘĮŠŲŪŽxXq1²٣.,-–:/@'’„“«»()[]{}<>$€\\_ ǅǆßİıΣςⅫ\n\u00a0"
    probes = ["", "bibliotekoje", "Bibliotekoje", "BIBLIOTEKA", "Vilnius", "a", "A", "ǅemal", "www.lrs.lt",
              "https://x.lt", "info@biblioteka.lt", "2023-05-03", "1,5", "'s", "''", "x" * 120, "Ąžuolų", "penki",
              "Penki", "PENKI", "šimtas", "Šimtą", "ir", "IR", "Ir", "tačiau", "Tačiau", "a@b", "@", "Ona@", "€",
              "$5", "(", "„", "…", "–", "5/7", "1/2/3", "5.000", "penki,", "½", "Ⅻ", "٣", "²"]
    probes += [chr(c) for c in range(0x20, 0x3000)]
    probes += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    return probes


def test_lexeme_attribute_functions_give_spacys_values(nlp) -> None:
    """``lexeme_attrs.fast_getters``: every lexical attribute the same as spaCy's own function gives."""
    from spacy.lang.lt import Lithuanian

    from ltreports.lexeme_attrs import fast_getters

    spacys = Lithuanian().vocab.lex_attr_getters
    fast = nlp.vocab.lex_attr_getters
    assert set(fast) == set(spacys) and sum(fast[a] is not spacys[a] for a in spacys) >= 15
    from spacy import attrs

    swapped = (attrs.IS_PUNCT, attrs.IS_CURRENCY, attrs.LIKE_EMAIL, attrs.LIKE_NUM, attrs.IS_STOP, attrs.LANG)
    assert all(fast[a] is not spacys[a] for a in swapped)
    assert fast_getters(fast) == fast  # swapping again changes nothing
    for text in _attribute_probes():
        for attr, spacy_function in spacys.items():
            try:
                expected = spacy_function(text)
            except IndexError:  # spaCy's prefix and like_url of "" (spaCy never makes a lexeme of "")
                with pytest.raises(IndexError):
                    fast[attr](text)
                continue
            assert fast[attr](text) == expected, (attr, text)
