"""End-to-end checks on invented library news posts (not from any corpus).

Each case is a realistic post written for these tests, varying what the dev corpus covers little:
other libraries and their village branches, short forms of library names, every grammatical case,
date forms (years, ranges, relative days with a publication date, numeric dates), roles before and
after names, signatures and photo credits, events away from libraries, listing pages and site
navigation lists. Expected values follow the annotation rules in ../shared/corpus/README.md.
"""

from __future__ import annotations

import pytest

SILALE = "Šilalės rajono savivaldybės viešoji biblioteka"
JURBARKAS = "Jurbarko rajono savivaldybės viešoji biblioteka"
RIETAVAS = "Rietavo savivaldybės Irenėjaus Oginskio viešoji biblioteka"
ZARASAI = "Zarasų rajono savivaldybės viešoji biblioteka"
NERINGA = "Neringos savivaldybės Viktoro Miliūno viešoji biblioteka"
DRUSKININKAI = "Druskininkų savivaldybės viešoji biblioteka"
KALVARIJA = "Kalvarijos savivaldybės viešoji biblioteka"
KAZLU_RUDA = "Kazlų Rūdos savivaldybės viešoji biblioteka"
MOLETAI = "Molėtų rajono savivaldybės viešoji biblioteka"
IGNALINA = "Ignalinos rajono savivaldybės viešoji biblioteka"
KAVB = "Kauno apskrities viešoji biblioteka"
TAURAGE = "Tauragės rajono savivaldybės Birutės Baltrušaitytės viešoji biblioteka"

PUBLIC_KINDS = {"national", "county", "municipal", "special"}

# id, published, text, expected
POSTS = [
    (
        "silale-kaltinenai-relative",
        "2024-03-18",
        "Kaltinėnų bibliotekoje – susitikimas su poetu\n\n"
        "Praėjusį penktadienį Šilalės rajono savivaldybės viešosios bibliotekos Kaltinėnų padalinyje "
        "lankėsi poetas Vladas Vaitkus. Renginį vedė bibliotekininkė Rūta Jankauskienė, o susirinkusiuosius "
        "pasveikino Kaltinėnų seniūnas Algirdas Stonkus. Poetas skaitė eilėraščius iš naujausios knygos, "
        "pasakojo apie kūrybos kelią, atsakė į klausimus.\n"
        "Renginio pabaigoje bibliotekos direktorė Daiva Kvietkauskienė padėkojo svečiui už jaukų vakarą.\n\n"
        "Irenos Petrauskienės nuotr.\n",
        {
            "people": {"Vladas Vaitkus": "poetas", "Rūta Jankauskienė": "bibliotekininkė",
                       "Algirdas Stonkus": "seniūnas", "Daiva Kvietkauskienė": "direktorė",
                       "Irena Petrauskienė": None},
            "libraries": {SILALE},
            "branches": {"Kaltinėnai"},
            "dates": {"2024-03-15"},
            "visits": {("2024-03-15", SILALE)},
        },
    ),
    (
        "jurbarkas-seredzius-short-form",
        "2023-10-16",
        "Spalio 12 d. Seredžiaus bibliotekoje vyko edukacinis užsiėmimas vaikams „Rudens spalvos“. "
        "Užsiėmimą vedė Jurbarko r. sav. VB vyresnioji bibliotekininkė Asta Grigaliūnienė. Vaikai kūrė "
        "atvirutes iš rudens lapų, klausėsi pasakų. Seredžiaus seniūnijos seniūnė Loreta Bartkienė padėkojo "
        "bibliotekininkėms už gražią iniciatyvą.\n\n"
        "Parengė Jurbarko r. sav. VB metodininkė Ingrida Baltrušaitienė\n",
        {
            "people": {"Asta Grigaliūnienė": "vyresnioji bibliotekininkė", "Loreta Bartkienė": "seniūnė",
                       "Ingrida Baltrušaitienė": "metodininkė"},
            "libraries": {JURBARKAS},
            "branches": {"Seredžius"},
            "dates": {"2023-10-12"},
            "visits": {("2023-10-12", JURBARKAS)},
        },
    ),
    (
        "rietavas-school-numeric-date",
        None,
        "Rietavo savivaldybės Irenėjaus Oginskio viešosios bibliotekos darbuotojos 2024-05-14 svečiavosi "
        "Rietavo Lauryno Ivinskio gimnazijoje. Vyresnioji bibliotekininkė Jolanta Budrienė gimnazistams "
        "pristatė bibliotekos elektronines paslaugas ir duomenų bazes, o bibliografė Vilma Stonkutė "
        "papasakojo apie kraštotyros darbus. Susitikime dalyvavo gimnazijos direktorius Rimantas Šiaulys.\n",
        {
            "people": {"Jolanta Budrienė": "vyresnioji bibliotekininkė", "Vilma Stonkutė": "bibliografė",
                       "Rimantas Šiaulys": "direktorius"},
            "libraries": {RIETAVAS},
            "branches": set(),
            "dates": {"2024-05-14"},
            "visits": set(),
        },
    ),
    (
        "zarasai-range-branches",
        None,
        "Birželio 3–5 d. Zarasų rajono savivaldybės viešojoje bibliotekoje vyko kasmetinis seminaras rajono "
        "bibliotekininkams. Pirmąją dieną dalyvius pasveikino bibliotekos direktorė Gitana Jakštienė ir "
        "Zarasų rajono savivaldybės mero pavaduotojas Tomas Strazdas. Seminaro dalyviai aplankė Dusetų ir "
        "Salako bibliotekas, susipažino su Antazavės bibliotekos patalpomis po renovacijos. Lektorė Jūratė "
        "Vaičiulienė skaitė pranešimą apie skaitmeninį raštingumą.\n",
        {
            "people": {"Gitana Jakštienė": "direktorė", "Tomas Strazdas": "mero pavaduotojas",
                       "Jūratė Vaičiulienė": "lektorė"},
            "libraries": {ZARASAI},
            "branches": {"Dusetos", "Salakas", "Antazavė"},
            "dates": {"--06-03"},
            "visits": {("--06-03", ZARASAI)},
        },
    ),
    (
        "neringa-juodkrante-book",
        "2022-08-01",
        "Liepos 28 d. Neringos savivaldybės Viktoro Miliūno viešosios bibliotekos Juodkrantės padalinyje "
        "vyko knygos „Kopų vėjai“ pristatymas. Su skaitytojais susitiko rašytojas Kęstutis Vilkys. Pokalbį "
        "vedė bibliotekininkė Eglė Rimkutė, muzikinius intarpus atliko gitaristas Benediktas Kuzma. "
        "Renginyje dalyvavo ir Neringos savivaldybės merė Jūratė Mažeikienė.\n",
        {
            "people": {"Kęstutis Vilkys": "rašytojas", "Eglė Rimkutė": "bibliotekininkė",
                       "Benediktas Kuzma": "gitaristas", "Jūratė Mažeikienė": "merė"},
            "libraries": {NERINGA},
            "branches": {"Juodkrantė"},
            "dates": {"2022-07-28"},
            "visits": {("2022-07-28", NERINGA)},
        },
    ),
    (
        "druskininkai-svb-yesterday-dative",
        "2023-02-16",
        "Vakar Druskininkų SVB vaikų literatūros skyriuje lankėsi trečiokai iš „Atgimimo“ mokyklos. Juos "
        "pasitiko skyriaus vedėja Laima Kazlauskienė, kuri vaikams papasakojo apie bibliotekos istoriją ir "
        "pakvietė dalyvauti skaitymo iššūkyje. Mokytoja Rasa Vaitkevičiūtė dėkojo už įdomią pamoką. "
        "Tą pačią dieną Druskininkų SVB direktorei Ritai Sabaliauskienei įteikta savivaldybės padėka.\n",
        {
            "people": {"Laima Kazlauskienė": "vedėja", "Rasa Vaitkevičiūtė": "mokytoja",
                       "Rita Sabaliauskienė": "direktorė"},
            "libraries": {DRUSKININKAI},
            "branches": set(),
            "dates": {"2023-02-15"},
            "visits": {("2023-02-15", DRUSKININKAI)},
        },
    ),
    (
        "kalvarija-listing-nav",
        None,
        "Renginiai\n\n"
        "Kovo 5 d. 17 val. Kalvarijos savivaldybės viešojoje bibliotekoje – fotografijų parodos „Sūduvos "
        "kaimai“ atidarymas. Parodą pristatys fotografas Vytautas Šerkšnys.\n"
        "Kovo 12 d. Sangrūdos bibliotekoje – margučių marginimo edukacija. Veda tautodailininkė Ona "
        "Bartkevičienė.\n"
        "Kovo 19 d. Akmenynų bibliotekoje – susitikimas su kraštotyrininku Petru Jonaičiu.\n\n"
        "Naujienos\nRenginiai\nApie mus\nKontaktai\n"
        "Kauno apskrities viešoji biblioteka\n"
        "Marijampolės Petro Kriaučiūno viešoji biblioteka\n"
        "Lietuvos nacionalinė Martyno Mažvydo biblioteka\n",
        {
            "people": {"Vytautas Šerkšnys": "fotografas", "Ona Bartkevičienė": "tautodailininkė",
                       "Petras Jonaitis": "kraštotyrininkas"},
            "libraries": {KALVARIJA},
            "branches": {"Sangrūda", "Akmenynai"},
            "dates": {"--03-05", "--03-12", "--03-19"},
            "visits": {("--03-05", KALVARIJA), ("--03-12", KALVARIJA), ("--03-19", KALVARIJA)},
        },
    ),
    (
        "kazlu-ruda-county-visit",
        None,
        "Rugsėjo 22 d. Kauno apskrities viešosios bibliotekos specialistai lankėsi Kazlų Rūdos savivaldybės "
        "viešojoje bibliotekoje. Susitikime su direktore Vilija Kudirkiene aptarti bendri projektai, "
        "bibliotekos veiklos strategija. Svečiai aplankė ir Jankų bei Plutiškių bibliotekas.\n\n"
        "Parengė Kauno apskrities viešosios bibliotekos vyr. metodininkė Aušra Paulauskaitė\n",
        {
            "people": {"Vilija Kudirkienė": "direktorė", "Aušra Paulauskaitė": "vyr. metodininkė"},
            "libraries": {KAVB, KAZLU_RUDA},
            "branches": {"Jankai", "Plutiškės"},
            "dates": {"--09-22"},
            "visits": {("--09-22", KAZLU_RUDA)},
        },
    ),
    (
        "moletai-culture-centre",
        None,
        "Gegužės 17 d. Molėtų kultūros centre vyko Molėtų viešosios bibliotekos organizuota konferencija "
        "„Biblioteka bendruomenei“. Pranešimus skaitė bibliotekos direktorė Jurgita Maciulevičienė, "
        "Vilniaus universiteto docentas Andrius Vaišnys ir Alantos bibliotekos bibliotekininkė Zita "
        "Čeponienė.\n",
        {
            "people": {"Jurgita Maciulevičienė": "direktorė", "Andrius Vaišnys": "docentas",
                       "Zita Čeponienė": "bibliotekininkė"},
            "libraries": {MOLETAI},
            "branches": {"Alanta"},
            "dates": {"--05-17"},
            "visits": set(),
        },
    ),
    (
        "ignalina-abroad-year-range",
        None,
        "2019 m. rugpjūčio 8–9 dienomis Ignalinos rajono savivaldybės viešosios bibliotekos darbuotojai "
        "vyko į pažintinę išvyką Latvijoje. Daugpilio centrinėje bibliotekoje svečius priėmė direktorė "
        "Inese Vanaga, kuri papasakojo apie bibliotekos veiklą. Išvykoje dalyvavo ir Dūkšto bibliotekos "
        "vedėja Renata Kavaliauskienė.\n",
        {
            "people": {"Inese Vanaga": "direktorė", "Renata Kavaliauskienė": "vedėja"},
            "libraries": {IGNALINA},
            "branches": {"Dūkštas"},
            "dates": {"2019-08-08"},
            "visits": set(),
        },
    ),
    (
        "kavb-month-exhibition",
        "2021-12-20",
        "Gruodžio mėnesį Kauno apskrities viešojoje bibliotekoje eksponuojama medžio drožinių paroda. "
        "Parodos atidaryme savo darbus pristatė tautodailininkas Jonas Gudaitis. Parodą kuruoja meno "
        "skyriaus vyriausioji bibliotekininkė Gintarė Lukošiūtė.\n",
        {
            "people": {"Jonas Gudaitis": "tautodailininkas", "Gintarė Lukošiūtė": "vyriausioji bibliotekininkė"},
            "libraries": {KAVB},
            "branches": set(),
            "dates": {"2021-12"},
            "visits": {("2021-12", KAVB)},
        },
    ),
    (
        "jurbarkas-accusative-thursday",
        "2024-11-04",
        "Praėjusį ketvirtadienį Tauragės rajono savivaldybės Birutės Baltrušaitytės viešosios bibliotekos "
        "kolegos aplankė Jurbarko rajono savivaldybės viešąją biblioteką. Viešnias pasitiko direktorė "
        "Jolanta Mačiulienė ir direktorės pavaduotoja Lina Kairytė. Kolegės apžiūrėjo atnaujintas Eržvilko "
        "ir Girdžių bibliotekas, dalijosi patirtimi apie skaitymo skatinimo programas.\n",
        {
            "people": {"Jolanta Mačiulienė": "direktorė", "Lina Kairytė": "direktorės pavaduotoja"},
            "libraries": {TAURAGE, JURBARKAS},
            "branches": {"Eržvilkas", "Girdžiai"},
            "dates": {"2024-10-31"},
            "visits": {("2024-10-31", JURBARKAS)},
        },
    ),
    (
        "zarasai-ordinal-signature",
        None,
        "Lapkričio 20-ąją Zarasų viešojoje bibliotekoje vyko kraštiečio dailininko Povilo Ramanausko "
        "kūrybos vakaras. Dailininkas pasakojo apie savo kelią į meną, rodė naujausius darbus. Vakarą vedė "
        "bibliotekininkas Edvinas Jurgelis.\n\n"
        "Aldona Petraitienė, Zarasų rajono savivaldybės viešosios bibliotekos vyresnioji bibliotekininkė\n",
        {
            "people": {"Povilas Ramanauskas": "dailininkas", "Edvinas Jurgelis": "bibliotekininkas",
                       "Aldona Petraitienė": "vyresnioji bibliotekininkė"},
            "libraries": {ZARASAI},
            "branches": set(),
            "dates": {"--11-20"},
            "visits": {("--11-20", ZARASAI)},
        },
    ),
    (
        "silale-laukuva-dotted-date",
        None,
        "2023.04.21 Laukuvos bibliotekoje vyko Šilalės r. sav. viešosios bibliotekos organizuotas rajono "
        "bibliotekininkų susitikimas. Svečius pasveikino Laukuvos seniūnas Vytautas Kvietkus, o "
        "bibliotekininkė Stasė Meškauskienė pristatė atnaujintas bibliotekos erdves.\n\n"
        "Nuotr. Rimo Dambrausko\n",
        {
            "people": {"Vytautas Kvietkus": "seniūnas", "Stasė Meškauskienė": "bibliotekininkė",
                       "Rimas Dambrauskas": None},
            "libraries": {SILALE},
            "branches": {"Laukuva"},
            "dates": {"2023-04-21"},
            "visits": {("2023-04-21", SILALE)},
        },
    ),
    (
        "moletai-seimas-double-surname",
        "2025-01-27",
        "Sausio 24 d. Molėtų r. sav. viešojoje bibliotekoje lankėsi Seimo narys Algis Baranauskas. "
        "Susitikimą moderavo bibliotekos direktorės pavaduotoja Indrė Šimkūnaitė-Kazlienė. Diskusijoje "
        "dalyvavo ir Giedraičių bibliotekos bibliotekininkė Onutė Kirdeikienė.\n",
        {
            "people": {"Algis Baranauskas": "seimo narys", "Indrė Šimkūnaitė-Kazlienė": "direktorės pavaduotoja",
                       "Onutė Kirdeikienė": "bibliotekininkė"},
            "libraries": {MOLETAI},
            "branches": {"Giedraičiai"},
            "dates": {"2025-01-24"},
            "visits": {("2025-01-24", MOLETAI)},
        },
    ),
    (
        "kazlu-ruda-range-across-months",
        None,
        "Nuo balandžio 28 d. iki gegužės 10 d. Kazlų Rūdos savivaldybės viešojoje bibliotekoje veikia Kauno "
        "apskrities viešosios bibliotekos parengta kilnojamoji paroda „Knygnešių keliais“. Parodą atvežė ir "
        "pristatė Kauno apskrities viešosios bibliotekos vyriausiasis bibliotekininkas Tomas Žilinskas.\n",
        {
            "people": {"Tomas Žilinskas": "vyriausiasis bibliotekininkas"},
            "libraries": {KAZLU_RUDA, KAVB},
            "branches": set(),
            "dates": {"--04-28"},
            "visits": {("--04-28", KAZLU_RUDA)},
        },
    ),
    (
        "rietavas-tverai-instrumental",
        None,
        "Spalio 3 dieną Rietavo viešosios bibliotekos Tverų padalinyje surengta popietė „Rudenėlio kraitė“. "
        "Su Tverų bibliotekininke Janina Lukauskiene vaikai gamino rudeninius papuošimus. Popietėje "
        "dalyvavo ir Medingėnų bibliotekos bibliotekininkė Aldona Stankutė.\n",
        {
            "people": {"Janina Lukauskienė": "bibliotekininkė", "Aldona Stankutė": "bibliotekininkė"},
            "libraries": {RIETAVAS},
            "branches": {"Tverai", "Medingėnai"},
            "dates": {"--10-03"},
            "visits": {("--10-03", RIETAVAS)},
        },
    ),
]

KAUNO_R = "Kauno rajono savivaldybės viešoji biblioteka"
UTENA = "Utenos Antano ir Motiejaus Miškinių viešoji biblioteka"
PALANGA = "Palangos miesto savivaldybės viešoji biblioteka"
KEDAINIAI = "Kėdainių rajono savivaldybės Mikalojaus Daukšos viešoji biblioteka"
SAVB = "Šiaulių apskrities Povilo Višinskio viešoji biblioteka"
KELME = "Kelmės rajono savivaldybės Žemaitės viešoji biblioteka"
PLUNGE = "Plungės rajono savivaldybės viešoji biblioteka"
RASEINIAI = "Raseinių Marcelijaus Martinaičio viešoji biblioteka"
VISAGINAS = "Visagino viešoji biblioteka"

POSTS += [
    (
        "kauno-r-branches-guide-storyteller",
        "2024-06-10",
        "Šeštadienį Kauno rajono savivaldybės viešosios bibliotekos Garliavos padalinyje vyko šeimų "
        "popietė. Vaikus pasakomis žavėjo pasakorė Dalia Grinkevičiūtė, o tėvelius į pažintinę ekskursiją "
        "po Garliavą pakvietė gidė Lina Mikalauskaitė. Popietę organizavo Garliavos bibliotekos vyr. "
        "bibliotekininkė Jūratė Vaitiekūnienė. Kitą savaitę panašūs renginiai vyks Raudondvario ir "
        "Užliedžių bibliotekose.\n",
        {
            "people": {"Dalia Grinkevičiūtė": "pasakorė", "Lina Mikalauskaitė": "gidė",
                       "Jūratė Vaitiekūnienė": "vyr. bibliotekininkė"},
            "libraries": {KAUNO_R},
            "branches": {"Garliava", "Raudondvaris", "Užliedžiai"},
            "dates": {"2024-06-08"},
            "visits": {("2024-06-08", KAUNO_R)},
        },
    ),
    (
        "utena-initials-patron-short",
        None,
        "2022 m. vasario 16-ąją Utenos A. ir M. Miškinių viešojoje bibliotekoje paminėta Lietuvos valstybės "
        "atkūrimo diena. Pranešimą skaitė istorikas dr. Gintautas Žalys, eilėraščius skaitė Utenos "
        "Adolfo Šapokos gimnazijos mokiniai. Renginį vedė bibliotekos direktoriaus pavaduotojas Ramūnas "
        "Kazakevičius. Dainas atliko solistė Viktorija Bložė.\n",
        {
            "people": {"Gintautas Žalys": "istorikas", "Ramūnas Kazakevičius": "direktoriaus pavaduotojas",
                       "Viktorija Bložė": "solistė"},
            "libraries": {UTENA},
            "branches": set(),
            "dates": {"2022-02-16"},
            "visits": {("2022-02-16", UTENA)},
        },
    ),
    (
        "palanga-role-after-name",
        None,
        "Gegužės 15–16 d. Palangos viešojoje bibliotekoje vyko tarptautinė konferencija „Biblioteka ir "
        "kurortas“. Konferenciją atidarė Marija Daukantienė, Palangos miesto savivaldybės viešosios "
        "bibliotekos direktorė. Pranešimą skaitė Latvijos nacionalinės bibliotekos atstovė Ilze Ozola ir "
        "Klaipėdos universiteto profesorius Arūnas Gudelis. Dalyviai taip pat aplankė Šventosios biblioteką.\n",
        {
            "people": {"Marija Daukantienė": "direktorė", "Ilze Ozola": "atstovė",
                       "Arūnas Gudelis": "profesorius"},
            "libraries": {PALANGA},
            "branches": {"Šventoji"},
            "dates": {"--05-15"},
            "visits": {("--05-15", PALANGA)},
        },
    ),
    (
        "kedainiai-award-winner-accusative",
        "2023-12-04",
        "Lapkričio 30 d. Kėdainių Mikalojaus Daukšos viešojoje bibliotekoje apdovanoti skaitymo iššūkio "
        "nugalėtojai. Padėkas įteikė bibliotekos direktorė Loreta Dambrauskienė. Konkurso nugalėtoja tapo "
        "Josvainių gimnazijos mokinė Ugnė Vasiliauskaitė. Sveikiname Gustę Šimkutę, kuri užėmė antrąją "
        "vietą.\n\nParengė bibliotekininkė Vaida Jurkšaitienė\n",
        {
            "people": {"Loreta Dambrauskienė": "direktorė", "Ugnė Vasiliauskaitė": "mokinė",
                       "Gustė Šimkutė": None, "Vaida Jurkšaitienė": "bibliotekininkė"},
            "libraries": {KEDAINIAI},
            "branches": set(),
            "dates": {"2023-11-30"},
            "visits": {("2023-11-30", KEDAINIAI)},
        },
    ),
    (
        "savb-kelme-visit-cross-month-range",
        None,
        "Birželio 30 – liepos 2 dienomis Šiaulių apskrities Povilo Višinskio viešosios bibliotekos "
        "specialistai lankėsi Kelmės Žemaitės bibliotekoje ir jos padaliniuose. Kelmės bibliotekos "
        "direktorius Kęstutis Petrulis pristatė naujas bibliotekos erdves, svečiai aplankė Tytuvėnų, "
        "Užvenčio ir Kražių bibliotekas. Susitikime dalyvavo ir Kelmės rajono savivaldybės meras "
        "Ignas Bražinskas.\n",
        {
            "people": {"Kęstutis Petrulis": "direktorius", "Ignas Bražinskas": "meras"},
            "libraries": {SAVB, KELME},
            "branches": {"Tytuvėnai", "Užventis", "Kražiai"},
            "dates": {"--06-30"},
            "visits": {("--06-30", KELME)},
        },
    ),
    (
        "plunge-today-musician-signature-nuotr",
        "2024-09-27",
        "Šiandien Plungės viešojoje bibliotekoje koncertuos kanklininkė Aistė Bružaitė ir akordeonistas "
        "Tadas Lukošius. Renginys skirtas Europos kalbų dienai.\n\n"
        "Rasos Grigaliūnienės nuotr.\n\n"
        "Naujienos\nRenginiai\nParodos\nPlungės rajono savivaldybės viešoji biblioteka\n"
        "Telšių rajono savivaldybės Karolinos Praniauskaitės viešoji biblioteka\n",
        {
            "people": {"Aistė Bružaitė": "kanklininkė", "Tadas Lukošius": "akordeonistas",
                       "Rasa Grigaliūnienė": None},
            "libraries": {PLUNGE},
            "branches": set(),
            "dates": {"2024-09-27"},
            "visits": {("2024-09-27", PLUNGE)},
        },
    ),
    (
        "raseiniai-ariogala-town-library",
        None,
        "Rugsėjo 1-ąją Ariogalos miesto bibliotekoje pasitikti pirmokai. Raseinių Marcelijaus Martinaičio "
        "viešosios bibliotekos Ariogalos miesto bibliotekos vedėja Audronė Jablonskienė vaikams padovanojo "
        "knygų skirtukus. Šventėje dalyvavo Ariogalos gimnazijos pradinių klasių mokytoja Sigita "
        "Rakauskienė.\n",
        {
            "people": {"Audronė Jablonskienė": "vedėja", "Sigita Rakauskienė": "pradinių klasių mokytoja"},
            "libraries": {RASEINIAI},
            "branches": {"Ariogala"},
            "dates": {"--09-01"},
            "visits": {("--09-01", RASEINIAI)},
        },
    ),
    (
        "visaginas-russian-names-instrumental",
        "2021-04-26",
        "Balandžio 23 d. Visagino viešojoje bibliotekoje minėta Pasaulinė knygos diena. Susitikime su "
        "rašytoja Jelena Ivanova ir vertėju Aleksandru Sokolovu kalbėta apie vertimus. Renginį vedė "
        "bibliotekininkė Natalija Petrova.\n",
        {
            "people": {"Jelena Ivanova": "rašytoja", "Aleksandras Sokolovas": "vertėjas",
                       "Natalija Petrova": "bibliotekininkė"},
            "libraries": {VISAGINAS},
            "branches": set(),
            "dates": {"2021-04-23"},
            "visits": {("2021-04-23", VISAGINAS)},
        },
    ),
]

POSTS += [
    (
        "silale-list-of-days-dative-credits",
        None,
        "Vasario 10 ir 12 dienomis Šilalės viešojoje bibliotekoje vyko kompiuterinio raštingumo mokymai "
        "senjorams. Mokymus vedė IT specialistas Jokūbas Butkus. Dėkojame bibliotekininkei Onai "
        "Žemaitienei už pagalbą.\n\n"
        "Tekstas ir nuotraukos – Jurgitos Balčiūnienės\n",
        {
            "people": {"Jokūbas Butkus": "it specialistas", "Ona Žemaitienė": "bibliotekininkė",
                       "Jurgita Balčiūnienė": None},
            "libraries": {SILALE},
            "branches": set(),
            "dates": {"--02-10", "--02-12"},
            "visits": {("--02-10", SILALE), ("--02-12", SILALE)},
        },
    ),
    (
        "jurbarkas-smalininkai-locative-filiale-initial",
        "2019-05-06",
        "2019 metų gegužės 3 dieną Smalininkų filiale lankėsi Jurbarko rajono savivaldybės viešosios "
        "bibliotekos direktorė R. Petrauskienė. Ji kartu su filialo bibliotekininke Vida Juškiene aptarė "
        "bibliotekos remonto planus. Petrauskienė pažadėjo naujų baldų.\n\n"
        "Parengė: Gražina Stankienė\n",
        {
            "people": {"R. Petrauskienė": "direktorė", "Vida Juškienė": "bibliotekininkė",
                       "Gražina Stankienė": None},
            "libraries": {JURBARKAS},
            "branches": {"Smalininkai"},
            "dates": {"2019-05-03"},
            "visits": {("2019-05-03", JURBARKAS)},
        },
    ),
    (
        "ignalina-vb-month-year-museum",
        None,
        "2024 m. kovo mėn. Ignalinos VB darbuotojai dalyvavo Lietuvos etnokosmologijos muziejaus "
        "organizuotuose mokymuose. Muziejaus edukatorė Rūta Grigonytė-Kairienė papasakojo apie senąsias "
        "žvaigždžių pavadinimų tradicijas. Kartu mokėsi ir Mielagėnų bibliotekos bibliotekininkė "
        "Danutė Baranauskienė.\n",
        {
            "people": {"Rūta Grigonytė-Kairienė": "edukatorė", "Danutė Baranauskienė": "bibliotekininkė"},
            "libraries": {IGNALINA},
            "branches": {"Mielagėnai"},
            "dates": {"2024-03"},
            "visits": set(),
        },
    ),
    (
        "kavb-azuolyno-genitive-author-absent",
        "2025-03-03",
        "Vasario 27 d. Ąžuolyno bibliotekoje vyko poetės Salomėjos Nėries kūrybos popietė. Jos eilėraščius "
        "skaitė aktorė Gabija Jaraminaitė-Ričkienė, o renginį vedė bibliotekininkė Sandra Vaitkutė.\n",
        {
            "people": {"Gabija Jaraminaitė-Ričkienė": "aktorė", "Sandra Vaitkutė": "bibliotekininkė"},
            "libraries": {KAVB},
            "branches": set(),
            "dates": {"2025-02-27"},
            "visits": {("2025-02-27", KAVB)},
        },
    ),
    (
        "moletai-parentheses-role-giedraiciai-branch",
        None,
        "Gruodžio 6 d. Giedraičių filiale vyko adventinė popietė. Susirinkusiuosius pasveikino Giedraičių "
        "seniūnijos seniūnas Darius Žemaitis, giesmes atliko folkloro ansamblis „Giedra“ (vadovė Regina "
        "Daugėlienė). Popietę organizavo Molėtų rajono savivaldybės viešosios bibliotekos Giedraičių "
        "filialo bibliotekininkė Laima Bajorūnė.\n",
        {
            "people": {"Darius Žemaitis": "seniūnas", "Regina Daugėlienė": "vadovė",
                       "Laima Bajorūnė": "bibliotekininkė"},
            "libraries": {MOLETAI},
            "branches": {"Giedraičiai"},
            "dates": {"--12-06"},
            "visits": {("--12-06", MOLETAI)},
        },
    ),
    (
        "kalvarija-next-weekday-announcement",
        "2023-09-19",
        "Kviečiame! Ateinantį ketvirtadienį, 17 val., Kalvarijos viešojoje bibliotekoje vyks susitikimas su "
        "keliautoju Mariumi Jovaiša. Renginio vedėja – bibliotekininkė Kristina Pileckienė. Įėjimas "
        "nemokamas.\n",
        {
            "people": {"Marius Jovaiša": "keliautojas", "Kristina Pileckienė": "bibliotekininkė"},
            "libraries": {KALVARIJA},
            "branches": set(),
            "dates": {"2023-09-21"},
            "visits": {(None, KALVARIJA)},  # an announced event: its date is no visit date
        },
    ),
]

POSTS += [
    (
        "zarasai-programme-lines",
        None,
        "Spalio 5 d. Zarasų viešojoje bibliotekoje vyko Bibliotekų savaitės šventė.\n\n"
        "Šventės programa\n"
        "Sveikinimo žodis – direktorė Gitana Jakštienė\n"
        "Koncertas – dainininkė Ieva Narkutė\n"
        "Parodos pristatymas – dailininkas Jonas Kazlauskas\n"
        "Vaišės ir bendravimas\n",
        {
            "people": {"Gitana Jakštienė": "direktorė", "Ieva Narkutė": "dainininkė",
                       "Jonas Kazlauskas": "dailininkas"},
            "libraries": {ZARASAI},
            "branches": set(),
            "dates": {"--10-05"},
            "visits": {("--10-05", ZARASAI)},
        },
    ),
]


POSTS += [
    (
        "kelme-bare-weekday-middle-initial-roles",
        "2024-04-15",
        "Šeštadienį Kelmės Žemaitės viešojoje bibliotekoje lankėsi poetas Vytautas V. Landsbergis. Su juo "
        "kalbėjosi lietuvių kalbos mokytoja Laima Jasaitienė, o vaikus karpyti mokė tautodailininkė iš "
        "Tytuvėnų Ona Pocienė. Renginyje dalyvavo ir buvusi bibliotekos direktorė Stasė Vaitkienė.\n",
        {
            "people": {"Vytautas V. Landsbergis": "poetas", "Laima Jasaitienė": "lietuvių kalbos mokytoja",
                       "Ona Pocienė": "tautodailininkė", "Stasė Vaitkienė": "buvusi direktorė"},
            "libraries": {KELME},
            "branches": set(),
            "dates": {"2024-04-13"},
            "visits": {("2024-04-13", KELME)},
        },
    ),
    (
        "druskininkai-ordinal-afternoon-future-weekday",
        "2022-10-04",
        "Spalio 1-osios popietę Druskininkų savivaldybės viešosios bibliotekos Leipalingio padalinyje vyko "
        "rudens šventė, kurią vedė bibliotekininkė Vida Raškauskienė. Penktadienį bibliotekoje vyks "
        "susitikimas su žolininke Danute Kazakevičiene.\n",
        {
            "people": {"Vida Raškauskienė": "bibliotekininkė", "Danutė Kazakevičienė": "žolininkė"},
            "libraries": {DRUSKININKAI},
            "branches": {"Leipalingis"},
            "dates": {"2022-10-01", "2022-10-07"},
            # the Friday meeting is announced ("vyks"): a visit without a date
            "visits": {("2022-10-01", DRUSKININKAI), (None, DRUSKININKAI)},
        },
    ),
]


POSTS += [
    (
        "ignalina-related-posts-copyright",
        None,
        "Lapkričio 8 d. Ignalinos rajono savivaldybės viešojoje bibliotekoje vyko knygos „Ežerų krašto "
        "žmonės“ pristatymas. Su skaitytojais susitiko knygos sudarytoja Irena Kazlienė.\n\n"
        "Susiję įrašai\n"
        "Molėtų viešojoje bibliotekoje – knygų mugė\n"
        "Utenos bibliotekoje – Kęstučio Kasparavičiaus paroda\n\n"
        "Ankstesnis įrašas: Zarasų bibliotekoje – rudens šventė\n"
        "© 2024 Ignalinos rajono savivaldybės viešoji biblioteka. Visos teisės saugomos.\n",
        {
            "people": {"Irena Kazlienė": "sudarytoja"},
            "libraries": {IGNALINA},
            "branches": set(),
            "dates": {"--11-08"},
            "visits": {("--11-08", IGNALINA)},
        },
    ),
]


POSTS += [
    (
        "savb-conference-coordinated-counties",
        "2023-06-12",
        "Birželio 8–9 d. Šiaulių apskrities Povilo Višinskio viešojoje bibliotekoje vyko regioninė "
        "konferencija „Biblioteka – bendruomenės namai“. Joje dalyvavo Kauno apskrities ir Panevėžio "
        "apskrities viešųjų bibliotekų atstovai, pranešimus skaitė Jurbarko ir Šilalės rajonų savivaldybių "
        "viešųjų bibliotekų direktorės. Konferenciją moderavo metodininkė Rasa Bielskienė.\n\n"
        "Dariaus Jurevičiaus nuotraukos\n",
        {
            "people": {"Rasa Bielskienė": "metodininkė", "Darius Jurevičius": None},
            "libraries": {SAVB, KAVB, "Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešoji biblioteka",
                          JURBARKAS, SILALE},
            "branches": set(),
            "dates": {"2023-06-08"},
            "visits": {("2023-06-08", SAVB)},
        },
    ),
]


POSTS += [
    (
        "palanga-common-word-surnames-ambassador",
        "2024-02-19",
        "Vasario 16-ąją Palangos viešojoje bibliotekoje paminėta Valstybės atkūrimo diena. Renginį vedė "
        "mokytojas Tomas Ąžuolas, dainas atliko Palangos muzikos mokyklos mokiniai, vadovaujami mokytojos "
        "Gintarės Žalios.\n",
        {
            "people": {"Tomas Ąžuolas": "mokytojas", "Gintarė Žalia": "mokytoja"},
            "libraries": {PALANGA},
            "branches": set(),
            "dates": {"2024-02-16"},
            "visits": {("2024-02-16", PALANGA)},
        },
    ),
]


POSTS += [
    (
        "lnb-ambassador-place-between-role-and-name",
        None,
        "Rugsėjo 30 d. Lietuvos nacionalinėje Martyno Mažvydo bibliotekoje atidaryta lenkų knygos paroda. "
        "Svečius pasveikino Lenkijos ambasadorius Lietuvoje Konstanty Radziwiłł.\n",
        {
            "people": {"Konstanty Radziwiłł": "ambasadorius"},
            "libraries": {"Lietuvos nacionalinė Martyno Mažvydo biblioteka"},
            "branches": set(),
            "dates": {"--09-30"},
            "visits": {("--09-30", "Lietuvos nacionalinė Martyno Mažvydo biblioteka")},
        },
    ),
]


POSTS += [
    (
        "siauliai-quoted-city-branch",
        None,
        "Kovo 14 d. Šiaulių miesto savivaldybės viešosios bibliotekos „Šaltinio“ padalinyje vyko susitikimas "
        "su psichologe Egle Vaičiūte. Renginį organizavo padalinio vedėja Reda Kuprienė.\n",
        {
            "people": {"Eglė Vaičiūtė": "psichologė", "Reda Kuprienė": "vedėja"},
            "libraries": {"Šiaulių miesto savivaldybės viešoji biblioteka"},
            "branches": {"Šiauliai"},
            "dates": {"--03-14"},
            "visits": {("--03-14", "Šiaulių miesto savivaldybės viešoji biblioteka")},
        },
    ),
]


POSTS += [
    (
        "silale-signature-role-after-abbreviated-employer",
        None,
        "Birželio 1-ąją Kaltinėnų bibliotekoje vyko vaikų gynimo dienos šventė. Žaidimus vedė Rūta Jankauskienė, "
        "ilgametė bibliotekos darbuotoja.\n\n"
        "Ona Jonaitienė, Šilalės r. SVB Kaltinėnų padalinio bibliotekininkė\n",
        {
            "people": {"Rūta Jankauskienė": "ilgametė darbuotoja", "Ona Jonaitienė": "bibliotekininkė"},
            "libraries": {SILALE},
            "branches": {"Kaltinėnai"},
            "dates": {"--06-01"},
            "visits": {("--06-01", SILALE)},
        },
    ),
]


POSTS += [
    (
        "klaipeda-patron-surname-forms",
        None,
        "Lapkričio 21 d. Kanto bibliotekoje vyko knygos „Uosto žmonės“ pristatymas. Kartu su autore, "
        "žurnaliste Jolita Grigaite, renginyje dalyvavo ir Simonaitytės bibliotekos direktorė Dalia "
        "Tamošauskienė.\n",
        {
            # a chain of roles gives its first (corpus README): "autore, žurnaliste" -> "autorė"
            "people": {"Jolita Grigaitė": "autorė", "Dalia Tamošauskienė": "direktorė"},
            "libraries": {"Klaipėdos miesto savivaldybės Imanuelio Kanto viešoji biblioteka",
                          "Klaipėdos apskrities Ievos Simonaitytės viešoji biblioteka"},
            "branches": set(),
            "dates": {"--11-21"},
            "visits": {("--11-21", "Klaipėdos miesto savivaldybės Imanuelio Kanto viešoji biblioteka")},
        },
    ),
]


POSTS += [
    (
        "anyksciai-excursion-historical-names",
        "2023-05-29",
        "Gegužės 26 d. Anykščių L. ir S. Didžiulių viešosios bibliotekos skaitytojai vyko į pažintinę "
        "išvyką. Aplankytas Antano Baranausko ir Antano Vienuolio-Žukausko memorialinis muziejus, Jono "
        "Biliūno gimtoji sodyba. Ekskursiją vedė gidė Aušra Kazlauskienė.\n",
        {
            "people": {"Aušra Kazlauskienė": "gidė"},
            "libraries": {"Anykščių rajono savivaldybės Liudvikos ir Stanislovo Didžiulių viešoji biblioteka"},
            "branches": set(),
            "dates": {"2023-05-26"},
            "visits": set(),
        },
    ),
]


# Visit expectations the extractor does not meet yet (visits.py is owned by the lead): id -> reason.
VISIT_XFAIL: dict[str, str] = {
}
# Cases in the people extractor that are not solved generally yet: id -> reason.
PEOPLE_XFAIL: dict[str, str] = {
    "lnb-ambassador-place-between-role-and-name": "a place in the locative between role and a foreign name "
    "('ambasadorius Lietuvoje Konstanty Radziwiłł') hides the name (no longer read as 'Lietuvoje Konstanty')",
    "zarasai-ordinal-signature": "a genitive name before 'kūrybos vakaras' is taken as only spoken about; that the "
    "artist took part is said only by a later 'Dailininkas pasakojo'",
}


@pytest.fixture(scope="module")
def reports(extract):
    return {pid: extract(text, published=published, source={"id": pid}) for pid, published, text, _ in POSTS}


def _ids():
    return [p[0] for p in POSTS]


def _marked(xfails: dict[str, str]) -> list:
    return [
        pytest.param(pid, marks=pytest.mark.xfail(strict=False, reason=xfails[pid])) if pid in xfails else pid
        for pid in _ids()
    ]


@pytest.mark.parametrize("pid", _marked(PEOPLE_XFAIL))
def test_people(reports, pid):
    expected = next(p[3] for p in POSTS if p[0] == pid)
    r = reports[pid]
    assert {p.name for p in r.people} == set(expected["people"])
    assert {p.name: p.role for p in r.people} == expected["people"]


@pytest.mark.parametrize("pid", _ids())
def test_libraries_and_branches(reports, pid):
    expected = next(p[3] for p in POSTS if p[0] == pid)
    r = reports[pid]
    assert {lib.name for lib in r.libraries if lib.kind in PUBLIC_KINDS} == expected["libraries"]
    assert {lib.settlement for lib in r.libraries if lib.kind == "branch"} == expected["branches"]


@pytest.mark.parametrize("pid", _ids())
def test_dates(reports, pid):
    expected = next(p[3] for p in POSTS if p[0] == pid)
    assert {d.value for d in reports[pid].dates if d.value} == expected["dates"]


@pytest.mark.parametrize("pid", _marked(VISIT_XFAIL))
def test_visits(reports, pid):
    expected = next(p[3] for p in POSTS if p[0] == pid)
    assert {(v.date, v.library.name) for v in reports[pid].visits} == expected["visits"]


def test_invisible_characters_and_decomposed_diacritics(extract):
    """Soft hyphens, zero-width spaces and decomposed letters (web page artefacts) hide no word."""
    text = (
        "Gegužės 3 d. Zarasų viešojoje bibliotekoje renginį vedė bibliotekininkė Ru\u0304ta Jankauskie\u00adne\u0307, "
        "o parodą pristatė dailininkas Jonas\u200b Kazlauskas."
    )
    r = extract(text)
    assert {p.name: p.role for p in r.people} == {"Rūta Jankauskienė": "bibliotekininkė",
                                                  "Jonas Kazlauskas": "dailininkas"}
    assert {d.value for d in r.dates} == {"--05-03"}


def test_abbreviated_role_heads_in_signatures(extract):
    r = extract("Gegužės 3 d. bibliotekoje vyko popietė.\n\nParengė vyr. bibl. Ona Jonaitienė\n")
    assert {p.name: p.role for p in r.people} == {"Ona Jonaitienė": "vyr. bibl."}
