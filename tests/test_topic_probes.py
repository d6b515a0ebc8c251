"""Topics: shapes found by probing with posts written for unseen sites (adjective homographs of a noun cue,
genitives before courses and lessons, an author's role phrase, the definite adjective's lemma, word families,
genitive chains over nouns read two ways, a news site's reading time)."""

from __future__ import annotations

import pytest

from ltreports.morphology.component import doc_lemma_sets
from ltreports.topics.candidates import candidates


def topics_of(nlp, text: str) -> set[str]:
    return {m.fact for m in nlp(text)._.ltr_topic_matches}


def reasons(nlp, text: str, topic: str) -> set[str | None]:
    doc = nlp(text)
    return {c.reason for c in candidates(doc, list(doc_lemma_sets(doc))) if c.topic == topic}


# (text, topics that must be found, topics that must not be found)
PROBES = [
    # "metinės" (an anniversary) is also the adjective "metinis" (annual): before a noun it agrees with, it is
    # the adjective
    ("Su filialo vedėja aptarti metinės veiklos rodikliai.", {"management"}, {"community"}),
    ("Darbuotojos rengė metines ataskaitas ir planus.", {"management"}, {"community"}),
    ("Metinę veiklos programą parengė metodininkė.", set(), {"community"}),
    ("Bibliotekoje paminėtos poeto gimimo metinės.", {"community"}, set()),
    ("Skaitytojai minėjo rašytojo mirties metines.", {"community"}, set()),
    ("Filiale vyko kaimo 500-ųjų metinių šventė.", {"community"}, set()),
    # courses and lessons: the genitive before them is what they teach
    ("Kompiuterinio raštingumo kursus baigė dvylika senjorų.", {"digital"}, set()),
    ("Senjorams vyko skaitmeninio raštingumo pamokos.", {"digital"}, set()),
    ("Skaitykloje vyko interneto saugumo paskaita gyventojams.", {"digital"}, set()),
    ("Pastato interneto ryšys buvo sutrikęs visą savaitę.", set(), {"digital"}),
    # an author named by the role before the name, who told about the book, met the readers
    ("Vakaro viešnia – rašytoja Ieva Rimkutė – pasakojo apie savo naujausią romaną.", {"book_presentation"}, set()),
    ("Poetas Tomas Vaitkus papasakojo skaitytojams, kaip gimė jo eilėraščių rinkinys.", {"book_presentation"},
     set()),
    ("Rašytojos Žemaitės kūryba iki šiol domina skaitytojus.", set(), {"book_presentation"}),
    ("Bibliotekininkė Ona Jonaitė papasakojo apie naujas knygas.", set(), {"book_presentation"}),
    # the definite forms of "išmanus" have that lemma in the dictionary
    ("Senjorai mokėsi naudotis išmaniaisiais telefonais.", {"digital"}, set()),
    ("Vyresnio amžiaus gyventojai išbandė išmaniuosius laikrodžius.", {"digital"}, set()),
    ("Išmanus šuo atnešė šeimininkui knygą.", set(), {"digital"}),
    # the family of "stažuotė"
    ("Bibliotekos darbuotojos kelias dienas stažavosi Latvijos bibliotekose.", {"training"}, set()),
    ("Bibliotekininkė grįžo iš stažuotės Suomijoje.", {"training"}, set()),
    # a genitive chain over a noun read Gen or Nom ("vasaros") closes on its last noun
    ("Vaikų vasaros stovyklos dalyviai lankėsi bibliotekoje.", {"youth"}, set()),
    ("Vaikų vasaros atostogos prasidėjo birželio pradžioje.", set(), {"youth"}),
    # a dative after a noun of a thing names whom the thing is for, even in a clause about a meeting
    ("Susitikimo metu autorius pristatė naujausią savo knygą vaikams.", {"book_presentation"}, {"youth"}),
    ("Antrame aukšte įrengta kūrybinio laisvalaikio erdvė jaunimui.", set(), {"youth"}),
    ("Bibliotekoje vyko užsiėmimas vaikams apie knygų istoriją.", {"youth"}, set()),
    ("Bibliotekininkė vaikams vedė edukacinį užsiėmimą apie Velykų tradicijas.", {"youth", "education"}, set()),
    ("Vaikams vyko pasakų valandėlė.", {"youth"}, set()),
    # the verb of a quoted title is no predicate of the cue's clause
    ("Per edukaciją „Kaip atsiranda knyga“ ketvirtokai patys įrišo knygeles.", {"education", "youth"}, set()),
    ("Edukacinio užsiėmimo „Kur gyvena žodžiai“ metu vaikai kūrė eilėraščius.", {"education"}, set()),
    ("Bibliotekoje edukacijos vyksta kiekvieną trečiadienį.", set(), {"education"}),
    # an infinitive after a goal is an aim, not a fact
    ("Bibliotekos tikslas – skatinti skaitymą, tenkinti gyventojų poreikius.", set(), {"reading_promotion"}),
    ("Biblioteka siekia ugdyti gyventojų skaitmeninį raštingumą.", set(), {"digital"}),
    ("Vyko skaitymo skatinimo akcija „Skaitome kartu“.", {"reading_promotion"}, set()),
    # a participle agrees with its noun: its genitive reading is no attribute of the next noun
    ("Filiale patikrinti fondai, aptartos veiklos kryptys.", {"management"}, set()),
    ("Susitikime aptartos darbo kryptys ir rodikliai.", {"management"}, set()),
    ("Įrengta skaitykla ir kompiuterizuotos darbo vietos.", set(), {"digital"}),
    ("Aptartos bendradarbiavimo kryptys su gimnazija.", {"collaboration"}, {"management"}),
    # professional development named by its own words
    ("Vyko rajono bibliotekininkų profesinio tobulėjimo diena.", {"training"}, set()),
    ("Vaikų tobulėjimas priklauso nuo skaitymo įpročių.", set(), {"training"}),
    # a draft or a building's design is not a project
    ("Architektai pristatė naujos bibliotekos pastato techninį projektą.", set(), {"project"}),
    ("Taryba svarstė sprendimo projektą dėl bibliotekos nuostatų.", set(), {"project"}),
    ("Bibliotekos projektą finansavo Lietuvos kultūros taryba.", {"project"}, set()),
    # an online seminar; methodical help named with another adjective coordinated
    ("Bibliotekininkės dalyvavo vebinare apie autorių teises.", {"training"}, set()),
    ("Filiale suteikta metodinė ir praktinė pagalba: peržiūrėtas fondas.", {"management"}, set()),
    ("Kaimynai suteikė pagalbą nukentėjusiems nuo audros.", set(), {"management"}),
    # "minėtas" before its noun in an oblique case is the aforementioned one, no day marked
    ("Minėtą dieną bibliotekoje lankėsi savivaldybės atstovai.", set(), {"community"}),
    ("Minėtos dienos popietę skaitytojai rinkosi į biblioteką.", set(), {"community"}),
    ("Bibliotekoje minėta Lietuvos valstybės atkūrimo diena.", {"community"}, set()),
    ("Skaitytojai kartu minėjo Motinos dieną.", {"community"}, set()),
    # the genres of a book presented or told about
    ("Vakaro metu aptarta nauja poetės biografija, jos autorė atsakė į skaitytojų klausimus.",
     {"book_presentation"}, set()),
    ("Bibliotekoje pristatyta monografija apie Salako parapiją.", {"book_presentation"}, set()),
    ("Nuotraukų autorė atsakė į lankytojų klausimus apie fotografiją.", set(), {"book_presentation"}),
    # a news site's reading time is page chrome, not reading
    ("Laikas: 3 min. skaitymo\nDirektorė dalyvavo savivaldybės renginyje.", set(), {"reading_promotion"}),
    ("Laikas: 5 minučių skaitymo\nBiblioteka sulaukė svečių.", set(), {"reading_promotion"}),
    ("Bibliotekoje vyko garsinio skaitymo valanda.", {"reading_promotion"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), PROBES)
def test_probe(nlp, text: str, present: set[str], absent: set[str]) -> None:
    found = topics_of(nlp, text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "topic", "reason"),
    [
        ("Aptarti metinės veiklos rodikliai.", "community", "conditions"),
        ("Vakaro viešnia – rašytoja Ieva Rimkutė – pasakojo apie savo romaną.", "book_presentation", None),
        ("Laikas: 3 min. skaitymo\nDirektorė dalyvavo renginyje.", "reading_promotion", "conditions"),
    ],
)
def test_probe_reason(nlp, text: str, topic: str, reason: str | None) -> None:
    assert reason in reasons(nlp, text, topic)


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [
        # an event dated weeks before a January post is its news, though its year is past
        ("2024 m. gruodžio 12 d. rajono bibliotekininkams vyko seminaras.", "2025-01-08", {"training"}, set()),
        ("2024 m. gruodžio 18 d. metodininkė konsultavo filialo bibliotekininkę.", "2025-01-08", {"management"},
         set()),
        # ... but the same date in a post of the next summer, or an older one, is the library's past
        ("2024 m. gruodžio 18 d. metodininkė konsultavo filialo bibliotekininkę.", "2025-08-20", set(),
         {"management"}),
        ("2023 m. gegužės 4 d. biblioteka gavo naujas patalpas.", "2025-01-08", set(), {"premises"}),
    ],
)
def test_recent_past_year(extract_spacy, text: str, published: str, present: set[str], absent: set[str]) -> None:
    found = set(extract_spacy(text, published=published).topics)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a post's category and tag lines are page chrome: their words are no topics of the post
        ("Susitikimas su poete\nPaskelbta: 2025-04-02 | Kategorija: Renginiai, Projektai\n"
         "Balandžio 1 d. bibliotekoje lankėsi poetė. Poetė skaitė savo eilėraščius.\n"
         "Žymos: poezija, susitikimai, edukacija, vaikams", {"book_presentation"}, {"project", "education", "youth"}),
        ("Kategorijos: Parodos, Kraštotyra\nBibliotekoje eksponuojama paroda „Mano miestas“.",
         {"exhibition"}, {"local_history"}),
        ("Gegužės 6 d. vyko seminaras rajono bibliotekininkams.\n"
         "Susiję straipsniai: Edukacijos vaikams | Kraštotyros darbai | Projektai",
         {"training"}, {"education", "youth", "local_history", "project"}),
        # a body line that names topics with a colon is still the post's
        ("Renginio temos: kraštotyra ir vietos istorija. Kraštotyrininkė pasakojo apie kaimo praeitį.",
         {"local_history"}, set()),
    ],
)
def test_taxonomy_lines(extract_spacy, text: str, present: set[str], absent: set[str]) -> None:
    found = set(extract_spacy(text, published="2025-05-10").topics)
    assert present <= found
    assert not absent & found
