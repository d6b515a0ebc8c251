"""Days counted from the event date told before them ("Kitą dieną ...", "Po dviejų dienų ...") and the date
forms that gave nothing before ("2024-05-14–16", "V. 14 d.", "trisdešimtąją").

All sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ltreports.dates.resolve import collect


def dates_of(nlp, text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.ltr_published = dt.date.fromisoformat(published) if published else None
    doc._.ltr_warnings = []
    for name in ("ltr_sentences", "ltr_dates"):
        doc = nlp.get_pipe(name)(doc)
    return [(d.text, d.value) for d in collect(doc)]


ANCHORED = [
    # (text, published, [(mention, value), ...])
    (
        "Birželio 3 d. poetas skaitė eiles Zarasų bibliotekoje. Kitą dieną jis aplankė Dusetų padalinį.",
        "2023-06-10",
        [("Birželio 3 d.", "2023-06-03"), ("Kitą dieną", "2023-06-04")],
    ),
    (
        "2022 m. rugsėjo 30 d. vyko knygos pristatymas. Kitą dieną lankytasi Molėtų bibliotekoje.",
        None,
        [("2022 m. rugsėjo 30 d.", "2022-09-30"), ("Kitą dieną", "2022-10-01")],
    ),
    (
        "Spalio 12 d. keliautoja kalbėjo skaitytojams. Po dviejų dienų ji susitiko su moksleiviais.",
        "2021-10-20",
        [("Spalio 12 d.", "2021-10-12"), ("Po dviejų dienų", "2021-10-14")],
    ),
    (
        "Kovo 5 d. svečiai atvyko į Joniškį, o po trijų dienų lankėsi Žagarėje.",
        None,
        [("Kovo 5 d.", "--03-05"), ("po trijų dienų", "--03-08")],
    ),
    (
        "Gruodžio 31 d. bibliotekoje vyko šventė. Sekančią dieną skaitytojai rinkosi į koncertą.",
        "2020-01-05",
        [("Gruodžio 31 d.", "2019-12-31"), ("Sekančią dieną", "2020-01-01")],
    ),
    (
        "Balandžio 7–8 d. vyko seminaras. Po savaitės bibliotekininkai išvyko į Rokiškį.",
        "2024-04-20",
        [("Balandžio 7–8 d.", "2024-04-07"), ("Po savaitės", "2024-04-15")],
    ),
    (
        "Vasario 2 d. lankėmės Pakruojyje. Po 4 dienų vykome į Linkuvą.",
        "2024-02-20",
        [("Vasario 2 d.", "2024-02-02"), ("Po 4 dienų", "2024-02-06")],
    ),
]

# no event date before it: nothing to count from; "kita diena" in other senses
NOT_ANCHORED = [
    ("Kitą dieną bibliotekoje lankėsi rašytojas.", "2024-05-20"),
    ("Ateikite kitą kartą, biblioteka dirbs ir po šventės.", "2024-05-20"),
    ("Po renginio dalyviai vaišinosi arbata.", None),
    ("Po kelių dienų paroda buvo uždaryta.", "2024-05-20"),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANCHORED)
def test_anchored_day_counts_from_the_date_before(nlp, text, published, expected):
    assert dates_of(nlp, text, published) == expected


@pytest.mark.parametrize(("text", "published"), NOT_ANCHORED)
def test_no_anchored_day_without_a_date_before(nlp, text, published):
    assert dates_of(nlp, text, published) == []


def test_next_week_stays_a_period(nlp):
    """ "kitą savaitę" is a period (a mention without a day), not a day after the date before."""
    text = "Gegužės 3 d. vyko popietė. Kitą savaitę vyks dar viena."
    assert dates_of(nlp, text, "2024-05-05") == [("Gegužės 3 d.", "2024-05-03"), ("Kitą savaitę", None)]


def test_next_day_makes_its_own_visit(extract_spacy):
    text = (
        "Gegužės 14 d. rašytoja Ona Petraitytė lankėsi Kauno apskrities viešojoje bibliotekoje. "
        "Kitą dieną ji svečiavosi Vilkaviškio viešojoje bibliotekoje."
    )
    record = extract_spacy(text, published=dt.date(2024, 5, 20)).model_dump()
    assert [v["date"] for v in record["visits"]] == ["2024-05-14", "2024-05-15"]


# -- a numeric range written short, a Roman month ----------------------------------------------------------

FORMS = [
    ("Stovykla vyko 2024-07-08–12 Plungės bibliotekoje.", None, [("2024-07-08–12", "2024-07-08", "2024-07-12")]),
    ("Savaitė vyko 2023.04.17–21 d. Kelmėje.", None, [("2023.04.17–21 d.", "2023-04-17", "2023-04-21")]),
    ("Susitikimas įvyko 2022 m. V. 14 d. Tauragėje.", None, [("2022 m. V. 14 d.", "2022-05-14", None)]),
    ("2021 m. XI 9 d. bibliotekoje vyko viktorina.", None, [("2021 m. XI 9 d.", "2021-11-09", None)]),
    ("Paroda veikė 2020 m. III 2–6 d. fojė.", None, [("2020 m. III 2–6 d.", "2020-03-02", "2020-03-06")]),
    ("Renginys vyko IX. 21 d. salėje.", "2023-09-25", [("IX. 21 d.", "2023-09-21", None)]),
]

# a dash to an earlier day or an hour is no range; a Roman numeral without a day word, or a name's initial,
# is no month
NOT_FORMS = [
    ("Stovykla vyko 2024-07-08 – 16 val. salėje.", None, [("2024-07-08", "2024-07-08", None)]),
    ("Konkursas vyko 2024-07-18–12 salėje.", None, [("2024-07-18", "2024-07-18", None)]),
    ("II 5 klasės mokiniai lankėsi bibliotekoje.", "2023-09-25", []),
    ("Knygą pristatė V. Petraitienė ir I. Jonaitė.", "2023-09-25", []),
    ("Pasakojo apie XII a. pilis ir V a. kapinynus.", None, []),
]


def dates_with_end(nlp, text: str, published: str | None) -> list[tuple[str, str | None, str | None]]:
    doc = nlp.make_doc(text)
    doc._.ltr_published = dt.date.fromisoformat(published) if published else None
    doc._.ltr_warnings = []
    for name in ("ltr_sentences", "ltr_dates"):
        doc = nlp.get_pipe(name)(doc)
    return [(d.text, d.value, d.value_end) for d in collect(doc)]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS + NOT_FORMS)
def test_short_range_and_roman_month(nlp, text, published, expected):
    assert dates_with_end(nlp, text, published) == expected


# -- a day written as an ordinal word ---------------------------------------------------------------------------

WRITTEN = [
    ("Gegužės trisdešimtąją bibliotekoje skambėjo dainos.", "2024-06-03", [("Gegužės trisdešimtąją", "2024-05-30")]),
    ("Kovo dvidešimt antrąją vaikai piešė pavasarį.", "2024-04-01", [("Kovo dvidešimt antrąją", "2024-03-22")]),
    ("Rugsėjo pirmosios dienos popietę vyko šventė.", None, [("Rugsėjo pirmosios dienos", "--09-01")]),
    ("2019 m. spalio penktąją įvyko viktorina.", None, [("2019 m. spalio penktąją", "2019-10-05")]),
    # not a day: a part of the month, an ordinal listed after a day, a genitive ordinal without a day word
    ("Gegužės pirmąją savaitę vyko akcija.", "2024-06-03", []),
    ("Kovo 18-ąją, pirmoji išvyka buvo į Kretingą.", "2024-04-01", [("Kovo 18-ąją", "2024-03-18")]),
    ("Minėjome Vasario šešioliktosios signatarus.", "2024-03-01", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), WRITTEN)
def test_written_ordinal_day(nlp, text, published, expected):
    assert dates_of(nlp, text, published) == expected
