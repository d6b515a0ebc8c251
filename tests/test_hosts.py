"""Hosts and venues: where did the event happen? Sentences written for these tests, each with the visits
it must give as (date, library, branches)."""

from __future__ import annotations

import pytest

VARENA = "Varėnos rajono savivaldybės viešoji biblioteka"
SIRVINTOS = "Širvintų rajono savivaldybės Igno Šeiniaus viešoji biblioteka"
RASEINIAI = "Raseinių Marcelijaus Martinaičio viešoji biblioteka"


def visits_of(extract, text: str, published: str | None = "2023-06-15") -> list[tuple]:
    report = extract(text, published=published)
    return [(v.date, v.library.name, sorted(b.settlement for b in v.branches)) for v in report.visits]


HOSTS = [
    pytest.param(
        "Gegužės 4 d. Varėnos rajono savivaldybės viešosios bibliotekos vaikų literatūros skyriuje vyko "
        "popietė mažiesiems skaitytojams.",
        [("2023-05-04", VARENA, [])],
        id="department-through-genitive-chain",
    ),
    pytest.param(
        "Gegužės 5 d. Varėnos viešosios bibliotekos konferencijų salėje vyko seminaras bibliotekininkams.",
        [("2023-05-05", VARENA, [])],
        id="room-through-genitive-chain",
    ),
    pytest.param(
        "Gegužės 6 d. Gelvonų filialas šventė savo jubiliejų, į šventę susirinko daug skaitytojų.",
        [("2023-05-06", SIRVINTOS, ["Gelvonai"])],
        id="branch-as-subject",
    ),
    pytest.param(
        "Gelvonų filialas surengė popietę vaikams.",
        [(None, SIRVINTOS, ["Gelvonai"])],
        id="undated-branch-as-subject-of-an-event-verb",
    ),
    pytest.param(
        "Varėnos rajono savivaldybės viešoji biblioteka gegužės 9 d. surengė poezijos vakarą.",
        [("2023-05-09", VARENA, [])],
        id="library-as-subject",
    ),
    pytest.param(
        "Gegužės 12 d. Varėnos viešojoje bibliotekoje viešėjusi poetė Ona Jonaitienė skaitė savo eiles.",
        [("2023-05-12", VARENA, [])],
        id="locative-with-participle-of-visiting",
    ),
    pytest.param(
        "Varėnos viešosios bibliotekos naujienos.\n\nGegužės 15 d. Viešoje bibliotekoje vyko popietė vaikams.",
        [("2023-05-15", VARENA, [])],
        id="misspelled-locative",
    ),
    pytest.param(
        "Gegužės 18 d. nuvykome į Raseinių Marcelijaus Martinaičio viešąją biblioteką, kur mus pasitiko "
        "kolegos.",
        [("2023-05-18", RASEINIAI, [])],
        id="study-trip-destination",
    ),
    pytest.param(
        "Renginiai\n\nGelvonų filialas\n\nGegužės 3 d. popietė „Mano mama“. Dalyvavo vaikai.\n\n"
        "Gegužės 10 d. paroda „Senos knygos“.\n\nMusninkų filialas\n\nGegužės 12 d. susitikimas su "
        "rašytoja Ona Jonaitiene.",
        [
            ("2023-05-03", SIRVINTOS, ["Gelvonai"]),
            ("2023-05-10", SIRVINTOS, ["Gelvonai"]),
            ("2023-05-12", SIRVINTOS, ["Musninkai"]),
        ],
        id="library-headings-over-programme-items",
    ),
    pytest.param(
        "Gegužės 24 d. Varėnos viešojoje bibliotekoje vyko popietė, kurią vedė kultūros namų organizatorė "
        "Rūta Jonaitė.",
        [("2023-05-24", VARENA, [])],
        id="venue-word-of-an-employer-does-not-move-the-event",
    ),
    pytest.param(
        "Gegužės 26 d. Varėnos viešojoje bibliotekoje vyko renginys, vaikus pakvietėme į literatūrinę "
        "kelionę po pasakų šalį.",
        [("2023-05-26", VARENA, [])],
        id="figurative-journey-is-no-trip",
    ),
    pytest.param(
        "Gegužės 16 d. Varėnos viešosios bibliotekos darbuotojai svečiavosi Raseiniuose. Raseinių Marcelijaus "
        "Martinaičio viešojoje bibliotekoje kolegos pristatė savo veiklą.",
        [("2023-05-16", RASEINIAI, [])],
        id="staff-trip-to-a-town-whose-library-is-named-later",
    ),
    pytest.param(
        "Gegužės 8 d. Raseinių Marcelijaus Martinaičio viešosios bibliotekos organizuotame skaitymo "
        "festivalyje dalyvavo ir mūsų darbuotojos.",
        [("2023-05-08", RASEINIAI, [])],
        id="event-organised-by-a-library",
    ),
    pytest.param(
        "Varėnos viešoji biblioteka dalyvavo Raseinių Marcelijaus Martinaičio viešosios bibliotekos "
        "organizuotame konkurse.\n\nGegužės 13 d. į susitikimą Varėnos viešojoje bibliotekoje pakvietėme "
        "gimnazistus.",
        [("2023-05-13", VARENA, [])],
        id="organiser-in-an-undated-sentence-hosts-no-later-event",
    ),
    pytest.param(
        "Gegužės 28 d. Varėnos viešojoje bibliotekoje vyko knygos pristatymas. Vėliau dalyviai nuvyko "
        "į muziejų.",
        [("2023-05-28", VARENA, [])],
        id="event-continuing-elsewhere-stays-a-visit",
    ),
]

NOT_VISITS = [
    pytest.param(
        "Gegužės 20 d. Varėnos kultūros centre vyko koncertas, kurį surengė Varėnos viešosios bibliotekos "
        "darbuotojai.",
        id="culture-centre",
    ),
    pytest.param(
        "Gegužės 22 d. Varėnos viešosios bibliotekos darbuotojai apsilankė Vilniaus knygų mugėje.",
        id="staff-trip-to-a-fair",
    ),
    pytest.param(
        "Gegužės 23 d. Varėnos viešosios bibliotekos bibliotekininkai nuvyko į Merkinę, kur aplankė "
        "rašytojo gimtinę.",
        id="staff-trip-first-named",
    ),
    pytest.param(
        "Gegužės 19 d. Vilniuje vyko Lietuvos bibliotekininkų draugijos suvažiavimas.",
        id="dated-event-in-a-town-without-a-library",
    ),
    pytest.param(
        "Gegužės 30 d. Varėnos viešosios bibliotekos bibliotekininkai lankėsi Latvijoje.",
        id="abroad",
    ),
    pytest.param(
        "Gegužės 21–23 dienomis Varėnos viešosios bibliotekos vadovai dalyvauja stebėjimo vizituose "
        "Portugalijos bibliotekose.",
        id="libraries-of-a-country-abroad",
    ),
    pytest.param(
        "Gegužės 27 d. Varėnos sinagogoje vyko koncertas.",
        id="place-of-worship",
    ),
    pytest.param(
        "Varėnos viešoji biblioteka buvo įkurta prieš daugelį metų. Bibliotekoje galima pasiskaityti "
        "laikraščių ir žurnalų.",
        id="services-and-history-without-an-event",
    ),
    pytest.param(
        "Gegužės 14 d. Vilniaus universiteto bibliotekoje vyko konferencija.",
        id="library-outside-the-public-network",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTS)
def test_hosts(extract, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract, text) == expected


@pytest.mark.parametrize("text", NOT_VISITS)
def test_not_visits(extract, text: str) -> None:
    assert visits_of(extract, text) == []
