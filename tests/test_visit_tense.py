"""Does the post report an event? Tense and mood of the reporting clause, years of history, announced dates,
a signature's role line, the staff travelling. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ltreports.visits.tense import history_year, latest_year, reports_event, simple_past

VARENA = "Varėnos rajono savivaldybės viešoji biblioteka"
LAZDIJAI = "Lazdijų rajono savivaldybės viešoji biblioteka"


def visits_of(extract, text: str, published: str | None = "2023-06-15") -> list[tuple]:
    report = extract(text, published=published)
    return [(v.date, v.library.name, sorted(p.name for p in v.people)) for v in report.visits]


UNDATED = [
    pytest.param(
        "Varėnos rajono savivaldybės viešojoje bibliotekoje vyko susitikimas su poetu Jonu Petraičiu.",
        [(None, VARENA, ["Jonas Petraitis"])],
        id="simple-past-reports",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešojoje bibliotekoje veikia tautodailininkės Rūtos Kairienės darbų paroda.",
        [(None, VARENA, [])],  # an author whose works are shown takes no part
        id="exhibition-open-now",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešojoje bibliotekoje lankysis rašytoja Ona Jonaitienė.",
        [(None, VARENA, ["Ona Jonaitienė"])],
        id="announced-event",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešoji biblioteka kviečia vaikus į vasaros skaitymų stovyklą.",
        [],
        id="invitation-present",
    ),
    pytest.param(
        "Anksčiau Varėnos rajono savivaldybės viešojoje bibliotekoje vykdavo literatūros vakarai.",
        [],
        id="habit-frequentative",
    ),
    pytest.param(
        "1975 m. Varėnos rajono savivaldybės viešojoje bibliotekoje vyko pirmasis poezijos vakaras.",
        [],
        id="year-of-history",
    ),
    pytest.param(
        "2012 metais Varėnos rajono savivaldybės viešoji biblioteka pradėjo naują projektą. Projekto metu "
        "bibliotekoje vyko susitikimai su kraštiečiais.",
        [],
        id="history-year-opens-the-paragraph",
    ),
    pytest.param(
        "„Varėnos rajono savivaldybės viešojoje bibliotekoje vyko daug renginių“, – prisimena skaitytoja.",
        [],
        id="quoted-speech",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešoji biblioteka kviečia nusifilmuoti skaitant eilėraštį ir pasidalinti "
        "įrašu.",
        [],
        id="infinitive-is-no-past",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDATED)
def test_undated_visit_needs_a_reported_event(extract_spacy, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract_spacy, text) == expected


DATED = [
    pytest.param(
        "Birželio 20 d. Varėnos rajono savivaldybės viešojoje bibliotekoje vyks susitikimas su rašytoja Ona "
        "Jonaitiene.",
        [(None, VARENA, ["Ona Jonaitienė"])],
        id="announced-date-is-not-the-visit-date",
    ),
    pytest.param(
        "Birželio 2 d. Varėnos rajono savivaldybės viešojoje bibliotekoje vyko susitikimas su rašytoja Ona "
        "Jonaitiene.",
        [("2023-06-02", VARENA, ["Ona Jonaitienė"])],
        id="reported-date-is-the-visit-date",
    ),
    pytest.param(
        "Vilniuje gegužės 5 d. vyko bibliotekininkų suvažiavimas. Varėnos rajono savivaldybės viešoji "
        "biblioteka ten pristatė savo projektus.",
        [],
        id="town-locative-also-a-family-name",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešosios bibliotekos darbuotojos svečiavosi pas vaikus. "
        "Bibliotekininkės vaikams skaitė pasakas.",
        [],
        id="staff-visiting-others",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešojoje bibliotekoje lankėsi rašytoja Ona Jonaitienė.\n\n"
        "Rūta Vaitkutė,\nLazdijų rajono savivaldybės viešosios bibliotekos bibliotekininkė",
        [("2023-05-05", VARENA, ["Ona Jonaitienė"])],
        id="signature-role-line-heads-no-section",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dated_visits(extract, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract, text) == expected


PAST = [
    ("Bibliotekoje vyko popietė.", "vyko", True),
    ("Buvo surengta paroda.", "surengta", True),
    ("Renginiai vykdavo salėje.", "vykdavo", False),
    ("Renginys vyks rytoj.", "vyks", False),
    ("Biblioteka kviečia skaityti.", "kviečia", False),
    ("Biblioteka kviečia skaityti.", "skaityti", False),
    ("Tai knygų šventė visiems.", "šventė", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), PAST)
def test_simple_past(nlp, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert simple_past(token) is expected


REPORTS = [
    ("Bibliotekoje lankėsi poetas.", True),
    ("Popietė prasidėjo dainomis.", True),
    ("Mokiniai aplankė muziejų.", True),
    ("Vedėja išvyko iš miestelio.", False),  # a verb of going reports no event
    ("Darbuotojai įgyvendino projektą.", False),  # an object, not the event
    ("Biblioteka kviečia į popietę.", False),
    ("Bibliotekoje vyks popietė.", True),
    ("Bibliotekoje vykdavo popietės.", False),
    ("„Vakar vyko popietė“, – sakė ji.", False),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_reports_event(nlp, text: str, expected: bool) -> None:
    doc = nlp(text)
    assert reports_event(doc[:]) is expected


HISTORY = [
    ("1997 m. biblioteka įsigijo kompiuterį.", 2023, True),
    ("2022 m. biblioteka įsigijo kompiuterį.", 2023, False),
    ("Biblioteka įsigijo kompiuterį.", 2023, False),
    ("1997 m. biblioteka įsigijo kompiuterį. 2023 m. biblioteka surengė šventę.", None, True),
]


@pytest.mark.parametrize(("text", "year", "expected"), HISTORY)
def test_history_year(nlp, text: str, year: int | None, expected: bool) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert history_year(first, year if year is not None else latest_year(text)) is expected


CUT_AFTER_YEAR = [
    # the splitter may cut after the year's "m.": the year belongs to the words after it on its line
    ("Istorija prasidėjo, kai 1931 m. Mieste buvo atidarytas skyrius.", "Mieste", True),
    ("Istorija prasidėjo, kai 2022 m. Mieste buvo atidarytas skyrius.", "Mieste", False),
    ("Istorija prasidėjo, kai 1931 m.\nMieste buvo atidarytas skyrius.", "Mieste", False),
    ("Istorija prasidėjo 1931 m. pavasarį. Mieste buvo atidarytas skyrius.", "Mieste", False),
    # the year's clause is complete ("gimusiam 1846 m."): the "m." ended its sentence
    ("Minėjimas skirtas knygnešiui, gimusiam 1846 m. Minėjimą vedė direktorė.", "Minėjimą", False),
    ("Minėjimas vyko 1846 m. Minėjimą vedė direktorė.", "Minėjimą", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), CUT_AFTER_YEAR)
def test_history_year_cut_after_its_abbreviation(nlp, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == word)
    assert history_year(doc[start:], 2023) is expected


def test_no_year_to_measure_by(nlp) -> None:
    doc = nlp("Biblioteka įsigijo kompiuterį.")
    assert latest_year(doc.text) is None
    assert history_year(doc[:], None) is False


def test_an_event_later_on_the_day_of_the_post_keeps_its_date(extract_spacy) -> None:
    text = "Šiandien Varėnos rajono savivaldybės viešojoje bibliotekoje koncertuos kanklininkė Ieva Rimkutė."
    assert visits_of(extract_spacy, text) == [("2023-06-15", VARENA, ["Ieva Rimkutė"])]


ROOMS = [
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešosios bibliotekos darbuotojai susirinko salėje aptarti "
        "metų darbų.",
        [("2023-05-05", VARENA, [])],
        id="bare-hall-is-the-librarys",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešosios bibliotekos darbuotojai susirinko kultūros centro "
        "salėje aptarti metų darbų.",
        [],
        id="hall-of-another-venue",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešoji biblioteka surengė poezijos skaitymus. Renginys vyko "
        "upės pakrantėje.",
        [],
        id="outdoor-venue",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešoji biblioteka surengė poezijos skaitymus.",
        [("2023-05-05", VARENA, [])],
        id="library-as-subject-organiser",
    ),
    pytest.param(
        "Gegužės 5 d. iškilmingai paminėtas Varėnos rajono savivaldybės viešosios bibliotekos jubiliejus. "
        "Į renginį, vykusį miesto kultūros namuose, atvyko daug svečių.",
        [],
        id="event-participle-places-the-event",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešojoje bibliotekoje iškilmingai paminėtas jubiliejus. "
        "Į renginį atvyko daug svečių.",
        [("2023-05-05", VARENA, [])],
        id="event-in-the-library",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešosios bibliotekos darbuotojai surengė popietę mamoms. Gražių žodžių "
        "netrūko gegužės 6 d. Kaimo bendruomenės namų salėje.",
        [],
        id="venue-after-a-cut-date-abbreviation",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešoji biblioteka pristatė knygas, žaidimus ir kt.\nGegužės 6 d. "
        "universiteto centre vykusios konferencijos metu bibliotekininkei įteiktas apdovanojimas.",
        [],
        id="venue-on-the-dates-line",
    ),
]

TOWNS = [
    pytest.param(
        "Gegužės 5 d. Varėnoje vyko Varėnos rajono savivaldybės viešosios bibliotekos surengtas poezijos vakaras.",
        [("2023-05-05", VARENA, [])],
        id="the-librarys-own-town",
    ),
    pytest.param(
        "Gegužės 5 d. Vilniuje vyko Varėnos rajono savivaldybės viešosios bibliotekos surengtas poezijos vakaras.",
        [],
        id="another-town",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_towns(extract_spacy, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract_spacy, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROOMS)
def test_rooms(extract_spacy, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract_spacy, text) == expected


def test_people_of_a_year_of_history_take_no_part(extract_spacy) -> None:
    text = (
        "Gegužės 5 d. Varėnos rajono savivaldybės viešojoje bibliotekoje paminėtas jubiliejus. Šventėje dalyvavo "
        "rašytojas Jonas Petraitis.\n\n1985 metais bibliotekoje lankėsi poetė Ona Jonaitienė."
    )
    assert visits_of(extract_spacy, text) == [("2023-05-05", VARENA, ["Jonas Petraitis"])]
