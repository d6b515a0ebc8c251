"""Event dates versus background dates (``ltreports.dates.events``), the year of a year-less date, and
the date shapes of issue 11. All sentences are written for these tests.

Each case is a text (with its publication date) and the dates the report lists: event dates only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ltreports.dates.resolve import collect, decisions

PUBLISHED = "2023-06-20"


def event_dates(nlp, text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.ltr_published = dt.date.fromisoformat(published) if published else None
    doc._.ltr_warnings = []
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return [(d.text, d.value) for d in collect(doc)]


def reasons(nlp, text: str, published: str | None = PUBLISHED) -> dict[str, str]:
    doc = nlp.make_doc(text)
    doc._.ltr_published = dt.date.fromisoformat(published) if published else None
    doc._.ltr_warnings = []
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return {m.text: d.reason for m, _, d in decisions(doc)}


# -- shapes ----------------------------------------------------------------------------------------------

SHAPES = [
    ("Popietė vyko spalio 7-osios dieną skaitykloje.", [("spalio 7-osios dieną", "2022-10-07")]),
    ("Paroda veikė gegužės mėn. 12–14 d. fojė.", [("gegužės mėn. 12–14 d.", "2023-05-12")]),
    ("Gegužės 12–13 dienomis vyko mokymai bibliotekininkams.", [("Gegužės 12–13 dienomis", "2023-05-12")]),
    ("[3]Gegužės 14 dieną bibliotekoje lankėsi poetas.", [("Gegužės 14 dieną", "2023-05-14")]),
    ("img7_Birželio 3 d. vyko vasaros skaitymų pradžia.", [("Birželio 3 d.", "2023-06-03")]),
    ("Saulėtą birželio 2- sios rytą rinkosi vaikai.", [("birželio 2- sios", "2023-06-02")]),
    ("Gegužės 12 – osios popietę skambėjo eilės.", [("Gegužės 12 – osios", "2023-05-12")]),
    ("Birželio 9-osios pavakarę vyko knygos sutiktuvės.", [("Birželio 9-osios", "2023-06-09")]),
    ("Gegužės 30-osios vakare skaitėme pasakas.", [("Gegužės 30-osios", "2023-05-30")]),
    ("Penktadienio vakarą bibliotekoje vyko koncertas.", [("Penktadienio vakarą", "2023-06-16")]),
    ("Š. m. birželio 5 d. vyko seminaras.", [("Š. m. birželio 5 d.", "2023-06-05")]),
    ("š.m. birželio 5 d. vyko seminaras.", [("š.m. birželio 5 d.", "2023-06-05")]),
    ("Šių metų sausio 10 d. vyko seminaras.", [("Šių metų sausio 10 d.", "2023-01-10")]),
    ("Praėjusių metų gruodžio 12 d. vyko seminaras.", [("Praėjusių metų gruodžio 12 d.", "2022-12-12")]),
    ("Šių metų gegužę bibliotekoje lankėsi rašytoja.", [("Šių metų gegužę", "2023-05")]),
    ("Kovo mėn. minėjome jubiliejų, o gegužę įteikėme premiją.", [("Kovo mėn.", "2023-03"), ("gegužę", "2023-05")]),
    ("Spalyje bibliotekoje vyko dvylika renginių.", [("Spalyje", "2022-10")]),
    # alone, "kovą" is a fight and "liepą" a linden
    ("Kovą laimėjo mūsų komanda.", []),
    ("Liepą prie bibliotekos pasodino vaikai.", []),
    # not dates: a commemoration's name, an ordinal without a day word, a nominative part of the day
    ("Sausio 13-osios įvykius prisiminė liudininkai.", []),
    ("Lankėsi Vasario 16-osios gimnazijos mokiniai.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES, ids=[s[0][:40] for s in SHAPES])
def test_shapes(nlp, text, expected):
    assert event_dates(nlp, text) == expected


# -- event or background -----------------------------------------------------------------------------------

EVENTS = [
    # founding, birth, death: the governing verb or noun by lemma, any inflected form
    (
        "Biblioteka įkurta 1951 m. gegužės 3 d. Gegužės 10 d. joje vyko šventė.",
        [("Gegužės 10 d.", "2023-05-10")],
    ),
    (
        "Poetas, gimęs gegužės 21 dieną, mėgo Dzūkiją. Birželio 2 d. skaitėme jo eiles.",
        [("Birželio 2 d.", "2023-06-02")],
    ),
    ("Rašytoja mirė 2022 m. gruodžio 4 d. Kaune.", []),
    ("Knygnešys gimė kovo 16 dieną Joniškėlyje.", []),
    ("Lankstinuke surašyta viskas nuo bibliotekos įkūrimo pradžios – 1936 m. gegužės 1 d.", []),
    ("1923 m. balandžio 2 d. įsteigta skaitykla tapo biblioteka.", []),
    ("2023 m. vasario 2 d. rašytojui sukako 100 metų.", []),
    # a year far before publication
    ("Pirmoji knyga išleista 1992 m. spalio 9 d. Vilniuje.", []),
    (
        "Profesorius pasakojo, kaip 2008 m. kovo 9 d. rado laišką, o rugsėjo 3-ąją jį perskaitė.",
        [],
    ),
    # yearly observances stated in general
    ("Kasmet balandžio 23-iąją minima Pasaulinė knygos diena.", []),
    ("Kiekvienais metais spalio 15 dieną minima Baltosios lazdelės diena.", []),
    ("Birželio 1-ąją švenčiame Tarptautinę vaikų gynimo dieną.", []),
    ("Balandžio 23–29 dienomis kasmet skelbiama Bibliotekų savaitė.", []),
    ("Sausio 13-ąją prisimename 1991 m. įvykius.", []),
    # ... but the occurrence this year, or in the past tense, is an event
    ("Sausio 13 d. bibliotekoje prisiminėme 1991-ųjų įvykius.", [("Sausio 13 d.", "2023-01-13")]),
    ("Kaip kasmet, taip ir šiemet kovo 16 d. lankėme senjorus.", [("kovo 16 d.", "2023-03-16")]),
    ("Birželio 1-ąją bibliotekoje paminėjome Vaikų gynimo dieną.", [("Birželio 1-ąją", "2023-06-01")]),
    ("Gegužės 5-ąją jau dešimtą kartą buvo minima Knygų diena.", [("Gegužės 5-ąją", "2023-05-05")]),
    (
        "Šių metų balandžio 23-iąją buvo minimi bibliotekos veiklos 70-ieji metai.",
        [("Šių metų balandžio 23-iąją", "2023-04-23")],
    ),
    ("Gegužės 12 d. vyko jau kasmet rengiama poezijos šventė.", [("Gegužės 12 d.", "2023-05-12")]),
    # page stamps and bylines
    ("2023 06 19\n\nBirželio 16 d. vyko popietė.", [("Birželio 16 d.", "2023-06-16")]),
    ("Birželio 16 d. vyko popietė.\n\n2023 m. birželio 19 d., Rūta Kazlauskienė", [("Birželio 16 d.", "2023-06-16")]),
    ("Birželio 16 d. vyko popietė.\n\nRūta Kazlauskienė, 2023-06-19", [("Birželio 16 d.", "2023-06-16")]),
    ("Birželio 16 d. vyko popietė.\n\nPaskutinį kartą redaguota: 2023-06-19", [("Birželio 16 d.", "2023-06-16")]),
    ("Atnaujintas 2023 birželio 19 d.\n\nBirželio 16 d. vyko popietė.", [("Birželio 16 d.", "2023-06-16")]),
    ("19 birželio, 2023 Įkėlė: redakcija\n\nBirželio 16 d. vyko popietė.", [("Birželio 16 d.", "2023-06-16")]),
    ("2023 06 19 Vasaros skaitymai prasidėjo\n\nBirželio 16 d. vyko popietė.", [("Birželio 16 d.", "2023-06-16")]),
    # dated asides
    ("Minėjome poetės jubiliejų (1923 03 14). Renginys vyko birželio 3 d. salėje.", [("birželio 3 d.", "2023-06-03")]),
    # "šiandien": an event today, or "nowadays"
    ("Šiandien bibliotekoje svečiuojasi poetė.", [("Šiandien", "2023-06-20")]),
    ("Šiandien bibliotekoje įvyko knygos pristatymas.", [("Šiandien", "2023-06-20")]),
    ("Direktorė sakė: „Šiandien biblioteka yra bendruomenės namai.“", []),
    ("– Šiandien knygų turime daugiau nei bet kada, – kalbėjo vedėja.", []),
    ("Džiaugiamės, kad šiandien biblioteka yra jauki ir šviesi.", []),
    ("Šiandien, dėka čia dirbančių žmonių, biblioteka yra kultūros židinys.", []),
    ("Paroda „Biblioteka vakar, šiandien, rytoj“ sulaukė lankytojų.", []),
    # the governing verb is the nearest in the date's clause, a finite one before a participle
    (
        "Birželio 2 d. bažnyčioje už esamus ir mirusius darbuotojus buvo aukotos Mišios.",
        [("Birželio 2 d.", "2023-06-02")],
    ),
    ("Gegužės 3 d. vyko susitikimas su rašytoja, gimusia Kaune.", [("Gegužės 3 d.", "2023-05-03")]),
    ("Rašytoja, kuri gimė Kaune, gegužės 3 d. lankėsi bibliotekoje.", [("gegužės 3 d.", "2023-05-03")]),
    ("Birželio 5 d. bibliotekoje paminėtas rašytojo gimimo 100-metis.", [("Birželio 5 d.", "2023-06-05")]),
    ("Birželio 14-ąją minime Gedulo ir vilties dieną, todėl bibliotekoje veiks paroda.", []),
    # opening hours are no event
    ("Nuo birželio 1 d. biblioteka dirba vasaros darbo laiku.", []),
    ("Liepos 6-ąją, Valstybės dieną, biblioteka nedirbs.", []),
    # deadlines of applying are not events; an exhibition's last day is
    ("Dalyvių registracija – iki birželio 10 d. telefonu.", []),
    ("Darbus pateikti iki birželio 5 d., o apdovanojimai vyks birželio 28 d.", [("birželio 28 d.", "2023-06-28")]),
    ("Paroda veiks iki birželio 30 d. skaitykloje.", [("birželio 30 d.", "2023-06-30")]),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS, ids=[e[0][:40] for e in EVENTS])
def test_event_or_background(nlp, text, expected):
    assert event_dates(nlp, text) == expected


WITHOUT_PUBLICATION = [
    # a commemorated year before a year-less event date in the same sentence does not make it history
    (
        "Minėdami 1863 m. sukilimo metines, sausio 22 d. bibliotekoje surengėme popietę.",
        [("sausio 22 d.", "--01-22")],
    ),
    # a plan a few years ahead does not make this year's dates history
    (
        "Biblioteka rengia 2024–2026 m. programą. 2023 m. gegužės 3 d. vyko jos pristatymas.",
        [("2023 m. gegužės 3 d.", "2023-05-03")],
    ),
    # a day declared as an observance, and the date of the declaration
    ("1990 m. gruodžio 14 d. asamblėja paskelbė spalio 1-ąją Tarptautine pagyvenusių žmonių diena.", []),
    ("Gegužės 3 d. paskelbti Knygų dienos konkurso nugalėtojai.", [("Gegužės 3 d.", "--05-03")]),
    # a jubilee post: the opening decades before the year the post names is history
    ("Biblioteka duris atvėrė 1979 m. balandžio 1-ąją. 2019 m. jai sukako 40 metų.", []),
]


@pytest.mark.parametrize(("text", "expected"), WITHOUT_PUBLICATION, ids=[e[0][:40] for e in WITHOUT_PUBLICATION])
def test_history_without_publication_date(nlp, text, expected):
    assert event_dates(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "date", "reason"),
    [
        ("Rašytoja gimė 1950 m. gegužės 3 d. Kaune.", "1950 m. gegužės 3 d.", "history"),
        ("Knygnešys gimė kovo 16 dieną Joniškėlyje.", "kovo 16 dieną", "biography"),
        ("Kasmet balandžio 23-iąją minima Knygos diena.", "balandžio 23-iąją", "observance"),
        ("Renginys vyko birželio 2 d.\n\n2023 m. birželio 5 d., Ona Jonaitienė", "2023 m. birželio 5 d.", "byline"),
        ("2023 06 19\n\nRenginys vyko birželio 2 d.", "2023 06 19", "stamp"),
        ("Renginys vyko birželio 2 d. salėje.", "birželio 2 d.", "event"),
        ("Registracija iki birželio 10 d.", "birželio 10 d.", "deadline"),
        ("Šiandien biblioteka – tarsi namai.", "Šiandien", "nowadays"),
    ],
)
def test_each_decision_has_its_reason(nlp, text, date, reason):
    assert reasons(nlp, text)[date] == reason


# -- the year of a year-less date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year in history never lends itself: the publication year, else no year
        (
            "1937 m. biblioteka persikėlė į naujas patalpas.\nKovo 16 d. vyko susitikimas.",
            "2023-06-20",
            [("Kovo 16 d.", "2023-03-16")],
        ),
        (
            "1937 m. biblioteka persikėlė į naujas patalpas.\nKovo 16 d. vyko susitikimas.",
            None,
            [("Kovo 16 d.", "--03-16")],
        ),
        # a background date does not lend its year either
        (
            "Poetė gimė 2021 m. gegužės 3 d. Vilniuje. Gegužės 10 d. bibliotekoje vyko vakaras.",
            None,
            [("Gegužės 10 d.", "--05-10")],
        ),
        # an event date with its year lends it in its paragraph
        (
            "2021 m. kovo 3 d. vyko susitikimas. Kovo 10 d. vyko antrasis.",
            None,
            [("2021 m. kovo 3 d.", "2021-03-03"), ("Kovo 10 d.", "2021-03-10")],
        ),
        # "šių metų" is the publication year, whatever year came before
        (
            "1990 m. gruodžio 14 d. paskelbta diena.\n\nŠių metų spalio 6 d. vyko popietė.",
            "2023-11-20",
            [("Šių metų spalio 6 d.", "2023-10-06")],
        ),
        ("Šių metų spalio 6 d. vyko popietė.", None, [("Šių metų spalio 6 d.", "--10-06")]),
    ],
)
def test_year_of_a_yearless_date(nlp, text, published, expected):
    assert event_dates(nlp, text, published) == expected


# -- a year-less date that opens a sentence continues the account of the sentence before it on its line -----

CONTINUED_ACCOUNT = [
    # the sentence before names only years in history: the date belongs to that account
    (
        "Gyvenvietė pradėta statyti 1968 m. kaip darbininkų miestelis. Liepos 4 d. statybininkai atvežė "
        "didelį akmenį. Šių metų gegužės 12 d. bibliotekoje vyko šventė.",
        "2023-06-20",
        [("Šių metų gegužės 12 d.", "2023-05-12")],
    ),
    (
        "Skaitykla atidaryta 1984 m. mokyklos pastate. Spalio 2 d. ji priėmė pirmuosius lankytojus.",
        "2023-06-20",
        [],
    ),
    # a date opening a line starts a new account
    (
        "Skaitykla atidaryta 1984 m. mokyklos pastate.\nSpalio 2 d. bibliotekoje vyko popietė.",
        "2023-06-20",
        [("Spalio 2 d.", "2022-10-02")],
    ),
    # the sentence before names a recent year, or also one: no history
    (
        "Projektą pradėjome 2023 m. pavasarį. Gegužės 4 d. bibliotekoje vyko pirmasis susitikimas.",
        "2023-06-20",
        [("Gegužės 4 d.", "2023-05-04")],
    ),
    (
        "Klubas, įkurtas 1984 m., 2023 m. vėl susirinko. Gegužės 4 d. bibliotekoje vyko susitikimas.",
        "2023-06-20",
        [("Gegužės 4 d.", "2023-05-04")],
    ),
    # the sentence before has a whole date in history: the next date needs no year from it
    (
        "Skaitykla atidaryta 1984 m. spalio 1 d. Gegužės 4 d. bibliotekoje vyko susitikimas.",
        "2023-06-20",
        [("Gegužės 4 d.", "2023-05-04")],
    ),
    # the sentence before names no year
    (
        "Biblioteka kvietė į popietę. Gegužės 4 d. skaitykloje vyko susitikimas.",
        "2023-06-20",
        [("Gegužės 4 d.", "2023-05-04")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CONTINUED_ACCOUNT, ids=[c[0][:40] for c in CONTINUED_ACCOUNT]
)
def test_yearless_date_continues_history_of_sentence_before(nlp, text, published, expected):
    assert event_dates(nlp, text, published) == expected
