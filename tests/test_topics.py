"""Activity topics from lemma cues: inflected forms count; names, quoted titles and page chrome do not."""

from __future__ import annotations

import pytest

from ltreports.morphology.component import token_lemmas
from ltreports.resources import load_yaml
from ltreports.topics import topic_ids
from ltreports.topics.candidates import REASONS, candidates


def topics_of(nlp, text: str) -> set[str]:
    return {m.fact for m in nlp(text)._.ltr_topic_matches}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bibliotekoje atidaryta nauja fotografijų paroda.", {"exhibition"}),
        ("Svečiai apžiūrėjo parodą ir eksponatus.", {"exhibition"}),
        ("Vaikams vyko edukacinis užsiėmimas.", {"education", "youth"}),
        ("Darbuotojai dalyvavo kvalifikacijos kėlimo seminare.", {"training"}),
        ("Projektą finansuoja Lietuvos kultūros taryba.", {"project"}),
        ("Vyko garsiniai skaitymai.", {"reading_promotion"}),
        ("Vyko poetės knygos pristatymas.", {"book_presentation"}),
        ("Vyko dailininko kūrybos vakaras.", {"book_presentation"}),
        ("Bibliotekininkai dalyvavo ekskursijoje po miestą.", {"excursion"}),
        ("Aptarėme naujas patalpas ir jų renovaciją.", {"premises"}),
        ("Pasirašyta bendradarbiavimo sutartis.", {"collaboration"}),
        ("Aptartos bibliotekos funkcijos ir užduotys.", {"management"}),
        ("Kalbėta apie tvarumo principus.", {"sustainability"}),
        ("Pristatyti kraštotyros darbai.", {"local_history"}),
        ("Senjorai mokėsi kompiuterinio raštingumo.", {"digital"}),
        ("Į biblioteką atėjo jaunimas.", {"youth"}),
        ("Bendruomenė šventė jubiliejų.", {"community"}),
        ("Konkurso laureatams įteikti apdovanojimai.", {"award"}),
    ],
)
def test_cue_in_any_form(nlp, text: str, expected: set[str]) -> None:
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Skaitėme knygą „Paroda ir projektas“ tyliai.",  # a title in quotes
        "Skaitėme knygą „Paroda ir projektas‘‘ tyliai.",  # „…‘‘: a mismatched closing quote
        'Skaitėme knygą „Paroda ir projektas" tyliai.',  # „…": a mismatched closing quote
        "Kalbėjo Projektų ir viešųjų ryšių skyriaus atstovė.",  # a department's name
        "Susitikome konferencijų salėje.",  # a room's name
        "Ji tarė padėkos žodį.",  # words of thanks are not an award
        "Please ensure Javascript is enabled for purposes of website accessibility\n\nLabas.\n\n"
        "Kultūros taryba\nBibliotekų projektai\nParodos\nKonkursai\nEkskursijos\n",  # a navigation list
    ],
)
def test_no_topic_from_titles_or_chrome(nlp, text: str) -> None:
    assert topics_of(nlp, text) == set()


def test_evidence_offsets(nlp) -> None:
    text = "Vakar bibliotekoje atidaryta paroda."
    doc = nlp(text)
    [m] = doc._.ltr_topic_matches
    assert text[m.start:m.end] == m.text == "paroda"


def test_topic_ids_follow_the_spec(shared) -> None:
    spec = (shared / "spec" / "topics.md").read_text(encoding="utf-8")
    ids = {line.split("|")[1].strip() for line in spec.splitlines() if line.startswith("| ") and "|" in line[2:]}
    assert set(topic_ids()) == ids - {"id"}
    assert all(load_yaml("topics.yaml")["topics"][t] for t in topic_ids())


# --- the context a cue stands in: the activity must be reported, not named in passing ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # history: a sentence dated before the post's own year, and the sentences that follow it
        ("2024 m. gegužės 5 d. bibliotekoje vyko jubiliejinė šventė. 1965 m. biblioteka persikėlė į naujas "
         "patalpas. Vėliau ji ne kartą keitė patalpas.", {"community"}),
        ("2024 m. gegužės 5 d. biblioteka persikėlė į naujas patalpas.", {"premises"}),
        ("Anksčiau į biblioteką dažnai užsukdavo mokiniai.", set()),  # habitual past
        # invitations, wishes and plans
        ("Kviečiame apsilankyti naujose bibliotekos patalpose.", set()),
        ("Linkime bibliotekai toliau bendradarbiauti su mokyklomis.", set()),
        ("Bibliotekininkai aptarė bendradarbiavimą su mokyklomis.", {"collaboration"}),
        # a generic description of what the library offers
        ("Biblioteka siūlo nemokamą interneto prieigą ir vaikams skirtų knygų.", set()),
        ("Gegužės 3 d. senjorai mokėsi naudotis internetu.", {"digital", "education"}),
        # names of organisations, rooms and venues; genitive attributes
        ("Susitikimas vyko Parodų salėje.", set()),
        ("Renginį vedė Vaikų ir jaunimo centro atstovai.", set()),
        ("Bibliotekoje vyko susitikimas su vaikų literatūros tyrinėtoja.", set()),
        ("Į biblioteką atėjo vaikai iš kaimyninio darželio.", {"youth"}),
        # other senses of a cue word
        ("Bibliotekininkė paminėjo, kad knygų fondas nuolat pildomas.", set()),
        ("Bibliotekoje paminėta Lietuvos nepriklausomybės atkūrimo diena.", {"community"}),
        ("Renginyje dalyvavo mūsų kraštietis dailininkas.", set()),
        ("Tokie vakarai stiprina ryšius su kaimo žmonėmis.", set()),
        ("Biblioteka užmezgė ryšius su kaimyninės šalies biblioteka.", {"collaboration"}),
        # the reason of an award is the honoured person's past work, not the event's activity (the gold posts
        # leave it out 8 times in 11); thanks in words for this event's help are no award
        ("Bibliotekininkei įteikta padėka už bendradarbiavimą su mokyklomis.", {"award"}),
        # pupils who perform for the guests are not the library's work with youth
        ("Šventėje koncertavo muzikos mokyklos moksleiviai.", {"community"}),
        ("Šventėje knygų skirtukus gamino moksleiviai.", {"community", "youth"}),
    ],
)
def test_cue_context(nlp, text: str, expected: set[str]) -> None:
    assert topics_of(nlp, text) == expected


# --- paraphrases of an activity ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pirmokai sužinojo, kaip naudotis biblioteka.", {"education", "youth"}),
        ("Ketvirtadienį vyko metodinė diena rajono bibliotekininkams.", {"training"}),
        ("Bibliotekoje lankėsi trečiokai su mokytoja.", {"youth"}),
        ("Gyventojai išmoko pasigaminti šiaudinių sodų.", {"education"}),
        ("Bibliotekoje vyko mokymai pradedantiesiems kompiuterio vartotojams.", {"digital", "education"}),
        ("Kolegos vyko į pažintinę kelionę po Dzūkiją.", {"excursion"}),
        ("Bibliotekininkai dalyvavo dviračių žygyje.", {"excursion"}),
        ("Poetė skaitė savo eiles ir pasakojo apie kūrybą.", {"book_presentation"}),
        ("Vaikai susitiko su rašytoju ir klausinėjo jo apie knygas.", {"book_presentation", "youth"}),
    ],
)
def test_paraphrases(nlp, text: str, expected: set[str]) -> None:
    assert topics_of(nlp, text) == expected


# --- mechanisms of the 2nd topics round: each with a sentence where it applies and one where it does not ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a menu link (a line of at most two words without a verb, after the title) is page chrome
        ("Vakar bibliotekoje atidaryta paroda.\n\nNaujienų archyvas\n", {"exhibition"}),
        ("Bibliotekoje atidaryta paroda.\nSkaitytojų klubas\nRenginių archyvas\n", {"exhibition"}),
        ("Kraštotyra\n\nVakar bibliotekoje lankėsi svečiai.", {"local_history"}),  # the first line is the title
        # not_case: the internet as the place of publication (locative) is no digital activity
        ("Bibliotekininkai paskelbė kraštotyros medžiagą internete.", {"local_history"}),
        ("Vakar senjorai mokėsi naudotis internetu.", {"digital", "education"}),
        # technologies count when they are used or learnt, not praised in passing
        ("Didžiuojamės jaukia aplinka ir naujausiomis technologijomis.", set()),
        ("Bibliotekininkė mokė senjorus naudotis išmaniosiomis technologijomis.", {"digital"}),
        # a virtual exhibition is an exhibition; a virtual tour is still digital
        ("Parengta virtuali nuotraukų paroda.", {"exhibition"}),
        ("Bibliotekininkai surengė virtualią ekskursiją po miestą.", {"digital", "excursion"}),
        # "bendras" on the joint thing itself; "bendra vertė" is a total
        ("Bendra projekto vertė siekė šimtą tūkstančių eurų.", {"project"}),
        ("Mokykla ir biblioteka surengė bendrus renginius.", {"collaboration"}),
        # the library's tasks are management; a quiz's tasks are not
        ("Vaikai sprendė viktorinos užduotis.", {"youth"}),
        ("Direktorė aptarė bibliotekos užduotis ateinantiems metams.", {"management"}),
        # training is for the library's staff: literacy courses for residents are not
        ("Senjorai baigė kompiuterinio raštingumo kursus.", {"digital"}),  # what the courses teach (spec cue)
        ("Bibliotekininkai baigė kvalifikacijos kėlimo kursus.", {"training"}),
        # a professional conference is training; a commemorative one is a community event
        ("Bibliotekoje vyko konferencija, skirta poeto gimimo metinėms paminėti.", {"community"}),
        ("Rajono bibliotekininkai dalyvavo tarptautinėje konferencijoje.", {"training"}),
        # what the library generally does (present tense) is no book presentation of the event
        ("Biblioteka nuolat rengia knygų pristatymus.", set()),
        ("Vakar bibliotekoje vyko poetės knygos pristatymas.", {"book_presentation"}),
        ("Bibliotekoje pristatytas naujas metraščio tomas.", {"book_presentation"}),  # any publication
        ("Direktorius Tomas Jonaitis pristatė naujas bibliotekos erdves.", {"premises"}),  # a name, no volume
        # "užsiėmimas" alone is any pastime; "literatūrinė popietė" is a community event, not an author's
        ("Vaikai lankė įdomius užsiėmimus.", {"youth"}),
        ("Vaikai dalyvavo edukaciniame užsiėmime.", {"education", "youth"}),
        ("Vyko literatūrinė popietė.", {"community"}),
        # heritage named by other words than "kraštotyra": ethnography, a memorial room, the past
        ("Svečiai aplankė rašytojo atminimo kambarį.", {"local_history"}),
        # (a visit to a museum, told in the 3rd person, is a trip: both such posts of the corpus are annotated so)
        ("Svečiai lankėsi memorialiniame muziejuje.", {"local_history", "excursion"}),
        ("Pristatytas tautotyros metraštis.", {"book_presentation", "local_history"}),
        ("Etnografinių regionų metams skirtame renginyje kalbėjo svečiai.", {"local_history"}),
        ("Bibliotekininkė papasakojo apie kaimo praeitį.", {"local_history"}),
        # a sentence looking back over years is history ("per 90 metų"); "per renginį" is not
        ("Vakar vyko šventė. Per 90 metų biblioteka ne kartą keitė patalpas.", {"community"}),
        ("Per renginį vaikai apžiūrėjo naujas bibliotekos patalpas.", {"premises", "youth"}),
        # children only as whom a thing is meant for (one dative) are no work with youth; taking part, an
        # event held for them, or named again, they are
        ("Antrame aukšte įkurta jauki erdvė vaikams.", {"premises"}),
        ("Antrame aukšte įkurta jauki erdvė vaikams. Vaikai joje piešė.", {"premises", "youth"}),
        ("Vaikams surengta smagi loterija.", {"youth"}),
        # thanks count as an award when a letter of thanks is handed over, not as words of thanks
        ("Renginio dalyviai sulaukė nuoširdžių padėkų.", set()),
        ("Skaitytojai sulaukė padėkos raštų.", {"award"}),
        # a genitive attribute of an event noun gives the event's subject ("moksleivių konkursas")
        ("Bibliotekoje vyko moksleivių konkursas.", {"award", "youth"}),
        ("Bibliotekoje pristatyta moksleivių literatūra.", set()),
        # a space named by its use is a room's name ("edukacinė erdvė"), like "Parodų salė"
        ("Naujame pastate įrengta edukacinė erdvė.", {"premises"}),
        ("Bibliotekoje vyko edukacinis užsiėmimas.", {"education"}),
        # one item of a long list of activities is a summary, not the event's activity
        ("Vakar bibliotekoje vyko koncertai, susitikimai, edukaciniai užsiėmimai, žaidimai ir viktorinos.",
         {"community"}),
        ("Vaikai dalyvavo edukaciniame užsiėmime, o vėliau piešė.", {"education", "youth"}),
        # a quiz contest is a contest
        ("Bibliotekoje vyko protmūšis.", {"award"}),
        ("Bibliotekoje vyko protų mūšis.", {"award"}),
    ],
)
def test_round_two_mechanisms(nlp, text: str, expected: set[str]) -> None:
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "topic", "reason"),
    [
        ("Kviečiame apsilankyti naujose bibliotekos patalpose.", "premises", "irrealis"),
        ("Susitikimas vyko Parodų salėje.", "exhibition", "units"),
        ("Biblioteka siūlo nemokamą interneto prieigą.", "digital", "attribute"),
        ("Naujiena paskelbta interneto svetainėje.", "digital", "conditions"),
        ("Vakar bibliotekoje atidaryta paroda.", "exhibition", None),
        ("Antrame aukšte įkurta jauki erdvė vaikams.", "youth", "audience"),
    ],
)
def test_candidates_carry_the_rejecting_filter(nlp, text: str, topic: str, reason: str | None) -> None:
    doc = nlp(text)
    found = candidates(doc, [token_lemmas(t) for t in doc])
    assert all(c.reason is None or c.reason in REASONS for c in found)
    assert [c.reason for c in found if c.topic == topic] == [reason]
    # the rules keep exactly the candidates without a reason
    assert {m.fact for m in doc._.ltr_topic_matches} == {c.topic for c in found if c.reason is None}


def test_family_cues_are_dictionary_lemmas() -> None:
    """The word-family cues in ``data/topic_families.yaml`` are what ``training/build_topic_families.py``
    derives from the dictionary now: dictionary lemmas that begin with their topic's stem, no agent noun (a
    person is not an activity), no listed homograph."""
    from pathlib import Path

    from ltreports.morphology.analyzer import find_dictionary
    from ltreports.topics.cues import derive_family_cues, dictionary_lemmas, family_cues, topic_data

    folder, stem, description = find_dictionary()
    if folder is None or not description.startswith("Semantika"):
        pytest.skip("no tagged dictionary")
    lemmas = dictionary_lemmas(Path(folder), stem)
    spec = topic_data()["families"]
    derived = family_cues()
    assert {t: list(w) for t, w in derived.items()} == derive_family_cues(lemmas), (
        "data/topic_families.yaml is out of date: run training/build_topic_families.py"
    )
    assert set(derived) == set(spec["stems"])
    known = set(lemmas)
    for topic, words in derived.items():
        assert words, topic  # every stem finds its family
        for w in words:
            assert w in known
            assert w.startswith(tuple(spec["stems"][topic]))
            assert not w.endswith(tuple(spec["skip_endings"]))
    assert "ekskursas" not in derived["excursion"]
    assert "edukatorė" not in derived["education"]


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Mokiniai ekskursavo po senąjį miesto parką.", "excursion", True),  # the verb "ekskursuoti"
        ("Bibliotekininkai surengė ekskursinę kelionę po kraštą.", "excursion", True),
        ("Pernai pastatas buvo renovuotas, dabar jame erdvios salės.", "premises", True),
        ("Vaikai sužinojo apie ekologiškus produktus ir atliekų rūšiavimą.", "sustainability", True),
        ("Bibliotekos ir muziejaus partnerinis renginys sutraukė daug žmonių.", "collaboration", True),
        ("Susitikime dalyvavo edukatorė Ona Jonaitė.", "education", False),  # a person, not an activity
        ("Straipsnyje autorius daro ekskursą į praeitį.", "excursion", False),  # a digression
        ("Renginį vedė aplinkosaugininkas Jonas Petraitis.", "sustainability", False),
        ("Bibliotekoje kalbėta apie knygnešystę ir spaudos draudimo laikus.", "local_history", True),
        ("Vakaro metu skambėjo dainos apie rudenį.", "local_history", False),
    ],
)
def test_word_family_cue(nlp, text: str, topic: str, expected: bool) -> None:
    assert (topic in topics_of(nlp, text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Praėjusią savaitę aplankėme senąjį grafų dvarą.", True),
        ("Praėjusią savaitę aplankėme kaimyninio rajono bibliotekas.", False),  # a work visit, not a trip
        ("Vasarą bibliotekininkės lankėmės Latvijoje.", True),
        ("Rudenį važiavome į knygų mugę Vilniuje.", True),
        # others visiting the library, told in the 3rd person: no trip of the writers
        ("Biblioteką aplankė svečiai iš Latvijos.", False),
        ("Skaitytojai dažnai lankosi bibliotekoje.", False),
        # an invitation in the 1st person plural present is no trip either
        ("Kviečiame aplankyti naują parodą.", False),
    ],
)
def test_first_person_trip(nlp, text: str, expected: bool) -> None:
    assert ("excursion" in topics_of(nlp, text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Susitikime aptarėme bibliotekos veiklos kryptis.", True),
        ("Bibliotekininkės aptarė kitų metų darbo planą.", True),
        ("Susirinkusieji aptarė ką tik perskaitytą romaną.", False),  # a book discussed, not the library's work
        ("Vaikai pasakojo apie savo mėgstamą veiklą vasarą.", False),
    ],
)
def test_management_paraphrase(nlp, text: str, expected: bool) -> None:
    assert ("management" in topics_of(nlp, text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bibliotekoje mažieji piešė rudens lapus.", True),  # the definite plural adjective as a noun
        ("Į popietę susirinko jaunieji kaimo gyventojai.", True),
        ("Mokinukai klausėsi pasakų.", True),  # derived from the family of "mokinys"
        ("Biblioteka įsikūrusi mažame name prie ežero.", False),  # the plain adjective
        ("Rašytoja kuria nuo paauglystės.", False),  # a period of life, not young people taking part
    ],
)
def test_youth_paraphrase(nlp, text: str, expected: bool) -> None:
    assert ("youth" in topics_of(nlp, text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vaikai sužinojo, kokius žaislus turėjo jų seneliai.", True),  # an indirect question: something learnt
        ("Mokiniai sužinojo, kur buvo paslėptas lobis.", True),
        ("Apie renginį sužinojome iš laikraščio.", False),  # learning of an event is no lesson
    ],
)
def test_learning_indirect_question(nlp, text: str, expected: bool) -> None:
    assert ("education" in topics_of(nlp, text)) is expected
