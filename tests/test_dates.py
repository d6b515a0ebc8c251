"""Lithuanian dates: the ``ltr_dates`` extractor and the year resolution (issue 5).

All sentences are written for these tests. ``dates_of`` runs the tokenizer, the sentences and the date
component only (fast, for the property tests); the table also goes through the full ``extract`` API.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltreports.dates.facts import DateFact
from ltreports.dates.resolve import collect, year_for, year_for_month
from ltreports.resources import load_yaml

MONTHS = load_yaml("months.yaml")["months"]


def dates_of(nlp, text: str, published: str | None = None) -> tuple[list[tuple[str, str | None, str | None]], list]:
    doc = nlp.make_doc(text)
    doc._.ltr_published = dt.date.fromisoformat(published) if published else None
    doc._.ltr_warnings = []
    for name in ("ltr_sentences", "ltr_dates"):
        doc = nlp.get_pipe(name)(doc)
    return [(d.text, d.value, d.value_end) for d in collect(doc)], doc._.ltr_warnings


# -- every form ------------------------------------------------------------------------------------

FORMS = [
    # (text, published, [(mention text, value, value_end), ...])
    ("Renginys vyko gegužės 3 d. salėje.", None, [("gegužės 3 d.", "--05-03", None)]),
    ("Gegužės 3-ąją skaitėme eilėraščius.", None, [("Gegužės 3-ąją", "--05-03", None)]),
    ("Susitikimas įvyko gegužės 3 dieną.", None, [("gegužės 3 dieną", "--05-03", None)]),
    ("2021 m. gegužės 3 d. atidaryta paroda.", None, [("2021 m. gegužės 3 d.", "2021-05-03", None)]),
    ("2021 metų gegužės 3 d. atidaryta paroda.", None, [("2021 metų gegužės 3 d.", "2021-05-03", None)]),
    ("Paroda atidaryta geg. 3 d. fojė.", None, [("geg. 3 d.", "--05-03", None)]),
    ("Knygos pristatymas vyko 2021-05-03 bibliotekoje.", None, [("2021-05-03", "2021-05-03", None)]),
    ("Knygos pristatymas vyko 2021.05.03 bibliotekoje.", None, [("2021.05.03", "2021-05-03", None)]),
    ("Knygos pristatymas vyko 2021 05 03 bibliotekoje.", None, [("2021 05 03", "2021-05-03", None)]),
    ("Knygos pristatymas vyko 2021/05/03 bibliotekoje.", None, [("2021/05/03", "2021-05-03", None)]),
    ("Mokymai vyko gegužės 3–4 d. skaitykloje.", None, [("gegužės 3–4 d.", "--05-03", "--05-04")]),
    ("Mokymai vyko gegužės 3-4 dienomis.", None, [("gegužės 3-4 dienomis", "--05-03", "--05-04")]),
    ("Vadovai lapkričio 13-17 dienomis lankėsi Suomijoje.", None, [("lapkričio 13-17 dienomis", "--11-13", "--11-17")]),
    (
        "Savaitė truko gegužės 30 – birželio 2 d. visame rajone.",
        None,
        [("gegužės 30 – birželio 2 d.", "--05-30", "--06-02")],
    ),
    ("Paroda veikė nuo gegužės 3 iki 7 d. antrame aukšte.", None, [("nuo gegužės 3 iki 7 d.", "--05-03", "--05-07")]),
    ("Šventė vyko balandžio 24 ir 25 dienomis.", None, [("balandžio 24 ir 25 dienomis", "--04-24", "--04-25")]),
    (
        "Klubas rinkosi gegužės 3, 10 ir 17 d. po pietų.",
        None,
        [("gegužės 3", "--05-03", None), ("10", "--05-10", None), ("17 d.", "--05-17", None)],
    ),
    ("Akcija vyko gegužės mėnesį.", "2022-06-10", [("gegužės mėnesį", "2022-05", None)]),
    ("Akcija vyko gegužės mėnesį.", None, [("gegužės mėnesį", None, None)]),
    ("2021 m. gegužę bibliotekoje lankėsi rašytoja.", None, [("2021 m. gegužę", "2021-05", None)]),
    ("Remontas baigsis gegužės pabaigoje.", "2022-04-01", [("gegužės pabaigoje", "2022-05", None)]),
    ("Šiandien bibliotekoje svečiuojasi poetė.", "2022-05-20", [("Šiandien", "2022-05-20", None)]),
    ("Vakar vyko viktorina.", "2022-05-20", [("Vakar", "2022-05-19", None)]),
    ("Rytoj vyks viktorina.", "2022-05-20", [("Rytoj", "2022-05-21", None)]),
    ("Praėjusį penktadienį vyko viktorina.", "2022-05-18", [("Praėjusį penktadienį", "2022-05-13", None)]),
    ("Šį ketvirtadienį vyks viktorina.", "2022-05-17", [("Šį ketvirtadienį", "2022-05-19", None)]),
    ("Praėjusią savaitę vyko viktorina.", "2022-05-18", [("Praėjusią savaitę", None, None)]),
    ("Vakar vyko viktorina.", None, [("Vakar", None, None)]),
    ("Birželio 10 d., penktadienį, vyko šventė.", None, [("Birželio 10 d., penktadienį", "--06-10", None)]),
    ("Šį sekmadienį, spalio 9-ąją, vyks šventė.", "2022-10-12", [("Šį sekmadienį, spalio 9-ąją", "2022-10-09", None)]),
    ("Atidarymas vyko spalio 25d. salėje.", None, [("spalio 25d.", "--10-25", None)]),
    ("Spalio 21-ąją lankėsi svečiai.", None, [("Spalio 21-ąją", "--10-21", None)]),
    ("Vyko Sausio 13-osios minėjimas.", None, []),
    ("Paroda veiks iki birželio 3-iosios.", None, [("birželio 3-iosios", "--06-03", None)]),
    ("Rugpjucio 9 d. vyko susitikimas.", None, [("Rugpjucio 9 d.", "--08-09", None)]),
    ("Stovykla vyko liepos 28–rugpjūčio 1 d.", None, [("liepos 28–rugpjūčio 1 d.", "--07-28", "--08-01")]),
    ("Dirbtuvės vyko kovo 7-ąją ir 8-ąją.", None, [("kovo 7-ąją ir 8-ąją", "--03-07", "--03-08")]),
    ("Mugė vyko 2022-09-09–2022-09-11 aikštėje.", None, [("2022-09-09–2022-09-11", "2022-09-09", "2022-09-11")]),
    (
        "Paroda veiks nuo 2022 m. spalio 3 d. iki lapkričio 4 d.",
        None,
        [("nuo 2022 m. spalio 3 d. iki lapkričio 4 d.", "2022-10-03", "2022-11-04")],
    ),
    ("2022 m. spalio mėn. 5 d. vyko mokymai.", None, [("2022 m. spalio mėn. 5 d.", "2022-10-05", None)]),
    ("Kovo 2 dienos popietę rinkosi skaitytojai.", None, [("Kovo 2 dienos", "--03-02", None)]),
    ("Siandien, geguzes 5 d., vyksta sventė.", "2022-05-06", [("Siandien, geguzes 5 d.", "2022-05-05", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_forms(extract, text, published, expected):
    report = extract(text, published=published)
    got = [(d.text, d.value, d.value_end) for d in report.dates]
    assert got == expected
    for d in report.dates:
        assert text[d.start : d.end] == d.text


# -- not dates -------------------------------------------------------------------------------------

NOT_DATES = [
    "Renginys prasidės 10 val. skaitykloje.",
    "Susitikimas vyks 17.30 val. salėje.",
    "Pradžia 12:00 val., įėjimas nemokamas.",
    "2021 m. biblioteka gavo naujų knygų.",
    "Žurnalo Nr. 5 skirtas vaikams.",
    "Nuotraukos iš 1918–1940 metais leistų laikraščių.",
    "Knygoje 312 puslapių, kaina 15 eurų.",
    "Mokyklai padovanota 25 knygos, p. 14 yra žemėlapis.",
    "Vasario 16-osios aktas saugomas archyve.",
    "Liepos 6-oji – Valstybės diena.",
    "Biblioteka įsikūrusi Kovo 11-osios g. 7.",
    "Lankėsi Vasario 16 gimnazijos mokiniai.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(nlp, text):
    assert dates_of(nlp, text, "2022-05-20")[0] == []


# -- publication stamps and the year of a post ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020 03 09\n\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("7 kovo, 2020\n\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("Paskelbta: Pirmadienis, 2020 m. kovo 9 d.\n\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("2020-03-09 | Naujienos\n\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("Kovas 9, 2020\n\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("2020-03-09 14:20:05\n\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("Pirmadienis, 09 Kovo 2020 14:20\nKovo 5 d. vyko popietė.", [("Kovo 5 d.", "2020-03-05", None)]),
        ("2021 m. sausio 4 d., pirmadienis\n\nGruodžio 30 d. vyko šventė.", [("Gruodžio 30 d.", "2020-12-30", None)]),
        (
            "2021 m. kovo 3 d. vyko susitikimas. Kovo 10 d. – antrasis.",
            [("2021 m. kovo 3 d.", "2021-03-03", None), ("Kovo 10 d.", "2021-03-10", None)],
        ),
    ],
)
def test_stamps_give_the_year(nlp, text, expected):
    assert dates_of(nlp, text)[0] == expected


def test_a_sentence_opening_date_takes_no_year_from_history(nlp):
    text = "Poetė gimė 1961 m. birželio 2 d. Birželio 9 d. bibliotekoje vyko jos kūrybos vakaras."
    assert dates_of(nlp, text, "2022-06-20")[0] == [("Birželio 9 d.", "2022-06-09", None)]


def test_dates_in_history_are_not_event_dates(nlp):
    text = "Susitikime profesorius pasakojo, kaip 2012 metų kovo 9 d. rado laišką, o rugsėjo 3-ąją jį išvertė."
    assert dates_of(nlp, text, "2020-11-11")[0] == []
    assert dates_of(nlp, text)[0] != []  # without a publication date nothing says it is history


# -- the year rule -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "day", "published", "year"),
    [
        (1, 20, "2023-11-15", 2023),
        (12, 5, "2023-11-15", 2023),
        (1, 15, "2023-11-15", 2023),  # exactly 10 months before: still this year
        (1, 14, "2023-11-15", 2024),  # a day less: the next year (2 months after publication)
        (9, 16, "2023-11-15", 2023),
        (2, 28, "2023-12-31", 2023),  # 10 months before Dec 31 is Feb 28 (clamped)
        (2, 27, "2023-12-31", 2024),
        (11, 30, "2024-01-10", 2023),
        (3, 9, "2024-01-10", 2024),
        (3, 10, "2024-01-10", 2023),
    ],
)
def test_year_rule_edges(month, day, published, year):
    assert year_for(month, day, dt.date.fromisoformat(published)) == year


def test_year_rule_for_months():
    published = dt.date(2023, 11, 15)
    assert year_for_month(1, published) == 2023
    assert year_for_month(12, published) == 2023
    assert year_for(1, 1, dt.date(2023, 2, 1)) == 2023
    assert year_for_month(4, dt.date(2023, 2, 1)) == 2022


def test_year_rule_in_text(nlp):
    text = "Sausio 20 d. vyko viktorina, o gruodžio 5 d. vyks šventė."
    assert [v for _, v, _ in dates_of(nlp, text, "2023-11-15")[0]] == ["2023-01-20", "2023-12-05"]
    assert [v for _, v, _ in dates_of(nlp, text)[0]] == ["--01-20", "--12-05"]


def test_range_over_new_year(nlp):
    got = dates_of(nlp, "Atostogos truks gruodžio 30 – sausio 2 d.", "2023-12-01")[0]
    assert got == [("gruodžio 30 – sausio 2 d.", "2023-12-30", "2024-01-02")]


# -- impossible dates ----------------------------------------------------------------------------------


def test_impossible_date_warns(extract):
    report = extract("Renginys vyks vasario 30 d. salėje.", published="2023-01-10")
    assert [(d.text, d.value) for d in report.dates] == [("vasario 30 d.", None)]
    assert any("vasario 30 d." in w for w in report.warnings)


def test_february_29(nlp):
    assert dates_of(nlp, "Vasario 29 d. vyko šventė.", "2024-03-10")[0][0][1] == "2024-02-29"
    values, warnings = dates_of(nlp, "Vasario 29 d. vyko šventė.", "2023-03-10")
    assert values[0][1] is None and warnings
    assert dates_of(nlp, "Vasario 29 d. vyko šventė.")[0][0][1] == "--02-29"


def test_fact_is_a_frozen_dataclass(nlp):
    doc = nlp("Gegužės 3–4 d. vyko mokymai.")
    fact = doc._.ltr_date_matches[0].fact
    assert isinstance(fact, DateFact)
    assert (fact.kind, fact.month, fact.day, fact.end_day) == ("range", 5, 3, 4)
    with pytest.raises(AttributeError):
        fact.day = 5  # type: ignore[misc]


# -- property: every valid date in every form extracts back to itself ----------------------------------

WITH_YEAR = [
    "{y} m. {gen} {d} d.",
    "{y} metų {gen} {d} dieną",
    "{y}-{mm}-{dd}",
    "{y}.{mm}.{dd}",
    "{y}/{mm}/{dd}",
    "{y} {mm} {dd}",
    "{y}-ųjų {gen} {d} d.",
    "{d} {gen}, {y}",
    "{Gen} {d}, {y}",
]
WITHOUT_YEAR = [
    "{gen} {d} d.",
    "{Gen} {d} dieną",
    "{gen} {d}-ąją",
    "{abbr} {d} d.",
    "{gen} {d}d.",
]


def _render(form: str, day: dt.date) -> str:
    names = MONTHS[day.month]
    return form.format(
        y=day.year,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        d=day.day,
        gen=names["gen"],
        Gen=names["gen"].capitalize(),
        abbr=names["abbr"][0],
    )


DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(day=DAYS, form=st.sampled_from(WITH_YEAR))
def test_dates_with_year_round_trip(nlp, day, form):
    written = _render(form, day)
    got = dates_of(nlp, f"Bibliotekoje {written} vyko susitikimas su skaitytojais.")[0]
    assert got == [(written, day.isoformat(), None)]


@FAST
@given(day=DAYS, form=st.sampled_from(WITHOUT_YEAR), shift=st.integers(min_value=-55, max_value=300))
def test_dates_without_year_round_trip(nlp, day, form, shift):
    written = _render(form, day)
    published = day + dt.timedelta(days=shift)  # the date is from 10 months before to 2 months after
    got = dates_of(nlp, f"Bibliotekoje {written} vyko susitikimas.", published.isoformat())[0]
    assert got == [(written, day.isoformat(), None)]
    assert dates_of(nlp, f"Bibliotekoje {written} vyko susitikimas.")[0] == [(written, day.strftime("--%m-%d"), None)]


@FAST
@given(day=DAYS, length=st.integers(min_value=1, max_value=6))
def test_ranges_round_trip(nlp, day, length):
    end = day + dt.timedelta(days=length)
    names = MONTHS[day.month]
    if end.month == day.month:
        written = f"{names['gen']} {day.day}–{end.day} d."
    else:
        written = f"{names['gen']} {day.day} – {MONTHS[end.month]['gen']} {end.day} d."
    got = dates_of(nlp, f"Mokymai vyko {written} Vilniuje.", day.isoformat())[0]
    assert got == [(written, day.isoformat(), end.isoformat())]
