"""Visit assembly: posts written for these tests assemble into exactly the expected records."""

from __future__ import annotations

import pytest

ELEKTRENAI = "Elektrėnų savivaldybės viešoji biblioteka"
LAZDIJAI = "Lazdijų rajono savivaldybės viešoji biblioteka"
VARENA = "Varėnos rajono savivaldybės viešoji biblioteka"


def visits_of(extract, text: str, published: str | None = "2023-06-15") -> list[tuple]:
    report = extract(text, published=published)
    return [
        (v.date, v.date_end, v.library.name, sorted(b.settlement for b in v.branches), sorted(p.name for p in v.people))
        for v in report.visits
    ]


CASES = [
    pytest.param(
        "Gegužės 4 d. lankėmės Elektrėnų savivaldybės viešojoje bibliotekoje. Čia direktorius Tomas Jonaitis "
        "pristatė naujas erdves. Gegužės 11 d. vykome į Lazdijų rajono savivaldybės viešąją biblioteką, kur "
        "mus pasitiko vedėja Aldona Kazlauskienė.",
        [
            ("2023-05-04", None, ELEKTRENAI, [], ["Tomas Jonaitis"]),
            ("2023-05-11", None, LAZDIJAI, [], ["Aldona Kazlauskienė"]),
        ],
        id="two-libraries-two-dates",
    ),
    pytest.param(
        "Birželio 2 d. aplankėme Lazdijų rajono savivaldybės viešąją biblioteką. Lankytasi ir bibliotekos "
        "padalinyje Veisiejuose, kur bibliotekininkė Rūta Petrauskaitė parodė naują parodą.",
        [("2023-06-02", None, LAZDIJAI, ["Veisiejai"], ["Rūta Petrauskaitė"])],
        id="visit-with-branch",
    ),
    pytest.param(
        "Gegužės 8–12 dienomis Varėnos rajono savivaldybės viešojoje bibliotekoje veikė knygų mugė.",
        [("2023-05-08", "2023-05-12", VARENA, [], [])],
        id="date-range",
    ),
    pytest.param(
        "Gegužės 20 d. Elektrėnų kultūros centre vyko koncertas, kurį surengė Elektrėnų savivaldybės viešosios "
        "bibliotekos darbuotojai.",
        [],
        id="event-outside-a-library",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos rajono savivaldybės viešojoje bibliotekoje lankėsi rašytoja Ona Jonaitienė.\n\n"
        "Skaitymo iššūkis Varėnos viešojoje bibliotekoje\n\n"
        "Vasaros skaitymo iššūkį jau įveikė skaitytojai Tomas Kazlauskas ir Rūta Vaitkutė.",
        [
            ("2023-05-05", None, VARENA, [], ["Ona Jonaitienė"]),
            (None, None, VARENA, [], ["Rūta Vaitkutė", "Tomas Kazlauskas"]),
        ],
        id="listing-page-headings",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešojoje bibliotekoje lankėsi rašytoja Ieva Butkutė ir pristatė "
        "savo naują knygą.",
        [(None, None, VARENA, [], ["Ieva Butkutė"])],
        id="undated-visit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_visits(extract, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract, text) == expected


def test_credit_line_people_are_not_participants(extract) -> None:
    text = (
        "Birželio 5 d. Elektrėnų savivaldybės viešojoje bibliotekoje vyko seminaras, kurį vedė lektorė "
        "Jurgita Vaitkienė.\n\nParengė vyr. bibliotekininkė Asta Mockienė"
    )
    report = extract(text, published="2023-06-15")
    [visit] = report.visits
    assert [p.name for p in visit.people] == ["Jurgita Vaitkienė"]
    assert "Asta Mockienė" in {p.name for p in report.people}


def test_evidence_covers_the_visit(extract) -> None:
    text = CASES[0].values[0]
    report = extract(text, published="2023-06-15")
    first, second = report.visits
    assert text[first.evidence[0].start:first.evidence[0].end].startswith("Gegužės 4 d.")
    assert text[second.evidence[0].start:second.evidence[0].end].startswith("Gegužės 11 d.")
    assert first.topics == ["premises"]


# a stretch set elsewhere (staff visiting a kindergarten) is not brought back to the library by a library word
# under an infinitive (a meeting promised or invited to); a finite verb of visiting the library does bring it
STAFF_AWAY = (
    "Birželio 1-oji – vaikų gynimo diena. Varėnos rajono savivaldybės viešosios bibliotekos darbuotojos su "
    "programa svečiavosi pas vaikučius lopšelyje-darželyje „Pasaka“. Bibliotekininkė Ona Petraitienė vaikams "
    "garsiai skaitė pasaką. "
)
INTENT_CASES = [
    pytest.param(STAFF_AWAY + "Šventės proga apdovanojome vieni kitus pažadais greit susitikti bibliotekoje.", [],
                 id="promise-to-meet-in-library"),
    pytest.param(STAFF_AWAY + "Atsisveikindamos kvietėme vaikus ateiti į biblioteką.", [], id="invited-to-library"),
    pytest.param(
        STAFF_AWAY + "Po savaitės vaikai patys lankėsi bibliotekoje.",
        [(None, None, VARENA, [], [])],  # the reading was at the kindergarten, told on the trip's line
        id="finite-visit-to-library",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_CASES)
def test_library_word_under_infinitive_does_not_end_a_stretch_set_elsewhere(extract, text, expected) -> None:
    assert visits_of(extract, text, published=None) == expected


# the sentences after one set at another venue, on its line, go on telling that event: their people are not
# the library's visit; a new line, or a library named as the place ("Po konferencijos bibliotekoje"), ends it
TWO_EVENTS = "Varėnos rajono savivaldybės viešojoje bibliotekoje surengtos dvi konferencijos pagal projektą „Tarmės“.\n"
BRANCH_EVENT = "\n\nPerlojos filiale surengta popietė. Bibliotekininkė Aldona Kazlauskienė pristatė naujas knygas."
ACCOUNT_CASES = [
    pytest.param(
        TWO_EVENTS + "Matuizų kultūros namuose vyko konferencija apie tarmes. Pranešimą skaitė muziejininkė Rasa "
        "Jonaitienė. Kalbėjo ir tautodailininkė Ona Petrauskienė." + BRANCH_EVENT,
        [(None, None, VARENA, ["Perloja"], ["Aldona Kazlauskienė"])],
        id="same-line-continues-the-venue",
    ),
    pytest.param(
        TWO_EVENTS + "Matuizų kultūros namuose vyko konferencija apie tarmes.\nPranešimą skaitė muziejininkė Rasa "
        "Jonaitienė. Kalbėjo ir tautodailininkė Ona Petrauskienė." + BRANCH_EVENT,
        [(None, None, VARENA, ["Perloja"], ["Aldona Kazlauskienė", "Ona Petrauskienė", "Rasa Jonaitienė"])],
        id="new-line-ends-it",
    ),
    pytest.param(
        TWO_EVENTS + "Matuizų kultūros namuose vyko konferencija apie tarmes. Po konferencijos bibliotekoje kalbėjo "
        "muziejininkė Rasa Jonaitienė." + BRANCH_EVENT,
        [(None, None, VARENA, ["Perloja"], ["Aldona Kazlauskienė", "Rasa Jonaitienė"])],
        id="library-as-place-ends-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCOUNT_CASES)
def test_people_of_an_event_told_at_another_venue(extract, text, expected) -> None:
    assert visits_of(extract, text, published=None) == expected


# a library in the accusative after a dash names the destination given with "į" before it; without "į" before
# the dash the accusative is an object ("... sukaktį – biblioteką įkūrė ...")
APPOSITION_CASES = [
    pytest.param(
        "Gegužės 4 d. Vilniaus rašytojai išvyko į pirmąją kelionę – Lazdijų rajono savivaldybės viešąją biblioteką, "
        "kur savo kūrybą skaitė rašytoja Ona Jonaitienė.",
        [("2023-05-04", None, LAZDIJAI, [], ["Ona Jonaitienė"])],
        id="destination-in-apposition",
    ),
    pytest.param(
        "Gegužės 4 d. Vilniaus rašytojai skaitė kūrybą kultūros centre. Jie prisiminė svarbią sukaktį – Lazdijų "
        "rajono savivaldybės viešąją biblioteką prieš 70 metų įkūrė mokytojai.",
        [],
        id="object-after-dash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_CASES)
def test_destination_named_in_apposition(extract, text, expected) -> None:
    assert visits_of(extract, text) == expected


# a venue that is not a library, named with its owner and the subject of a verb in the past ("bendruomenės namų
# salė talpino ..."), holds the event; the library's own room, or the library's event with a venue word in it,
# stays a visit
JUBILEE = "Paminėtas Varėnos rajono savivaldybės viešosios bibliotekos jubiliejus.\n\nGegužės 10-osios popietę "
GREETED = " Renginyje bibliotekininkę pasveikino seniūnas Petras Petraitis."
VENUE_SUBJECT_CASES = [
    pytest.param(
        JUBILEE + "kaimo bendruomenės namų salė vos talpino susirinkusius į bibliotekos jubiliejaus šventę." + GREETED,
        [],
        id="other-venue-as-subject",
    ),
    pytest.param(
        JUBILEE + "bibliotekos skaitykla vos talpino susirinkusius į jubiliejaus šventę." + GREETED,
        [("2023-05-10", None, VARENA, [], ["Petras Petraitis"])],
        id="library-room-as-subject",
    ),
    pytest.param(
        JUBILEE + "bibliotekoje vyko šventė. Kaimo kultūros namų ansamblis padovanojo dainą, o mokyklos salė buvo "
        "papuošta." + GREETED,
        [("2023-05-10", None, VARENA, [], ["Petras Petraitis"])],
        id="library-event-with-venue-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VENUE_SUBJECT_CASES)
def test_venue_as_subject_holds_the_event(extract, text, expected) -> None:
    assert visits_of(extract, text) == expected
