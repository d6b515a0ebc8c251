"""The role of a person named several times: the person's own post (a role in apposition to this name) over a
role carried from a group, a role set apart by a dash or stated after a verb, and a role in a headline; the
first in the text among equals, then stated in full.

All sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest


def role_of(extract, text: str, name: str) -> str | None:
    [person] = [p for p in extract(text).people if p.name == name]
    return person.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an apposition in any case over a later nominative one (the first own post)
        (
            "Svečius pasitiko su parapijos klebonu Jonu Petraičiu. Vėliau kunigas Jonas Petraitis kalbėjo apie "
            "bažnyčios istoriją.",
            "Jonas Petraitis",
            "klebonas",
        ),
        (
            "Padėkojome specialistei Onai Jonaitei už pagalbą. Renginio dalyvė Ona Jonaitė papasakojo apie kelionę.",
            "Ona Jonaitė",
            "specialistė",
        ),
        # the person's own post over a role carried over a group of names
        (
            "Į susitikimą atvyko rašytojai – Ona Jonaitė, Rasa Petraitienė ir Tomas Vaitkus. Kalbėjo ir "
            "bibliotekininkė Ona Jonaitė.",
            "Ona Jonaitė",
            "bibliotekininkė",
        ),
        (
            "Parodą parengė bibliotekos darbuotojos Ona Jonaitė ir Rasa Petraitienė. Renginį vedė "
            "metodininkė Rasa Petraitienė.",
            "Rasa Petraitienė",
            "metodininkė",
        ),
        # a headline's role after the body's
        (
            "Metų bibliotekininkė – Ona Jonaitė\n\nGegužės 5 d. bibliotekoje lankėsi poetė Ona Jonaitė. "
            "Ji skaitė eilėraščius.",
            "Ona Jonaitė",
            "poetė",
        ),
        (
            "Susitikimas su keliautoja Ona Jonaite\n\nBibliotekoje viešėjo žurnalistė Ona Jonaitė. "
            "Ji rodė nuotraukas.",
            "Ona Jonaitė",
            "žurnalistė",
        ),
        (
            "Bibliotekoje – keliautojo R. Jonaičio nuotraukų paroda\n\nGegužės 5 d. parodą pristatė fotografas "
            "Rokas Jonaitis. Jis papasakojo apie keliones.",
            "Rokas Jonaitis",
            "fotografas",
        ),
        # a role set apart by a dash after the name only when no apposition is given
        (
            "Vakare kalbėjo Ona Jonaitė – poetė. Jai padėkojo mokytoja Ona Jonaitė.",
            "Ona Jonaitė",
            "mokytoja",
        ),
        # negatives: the headline's role stays when the body gives none; the fuller statement of the same
        # role wins wherever it stands; the last paragraph of a text cut short is no headline
        (
            "Susitikimas su poete Ona Jonaite\n\nGegužės 5 d. bibliotekoje lankėsi Ona Jonaitė. Ji skaitė eiles.",
            "Ona Jonaitė",
            "poetė",
        ),
        (
            "Susitikimas su vaikų rašytoja Ona Jonaite\n\nBibliotekoje lankėsi rašytoja Ona Jonaitė. "
            "Ji skaitė eiles.",
            "Ona Jonaitė",
            "vaikų rašytoja",
        ),
        (
            "Renginį vedė poetė Ona Jonaitė\n\nVakare eiles skaitė aktorė Ona Jonaitė, kuri pristatė savo",
            "Ona Jonaitė",
            "aktorė",
        ),
    ],
)
def test_own_post_of_a_person_named_several_times(extract_spacy, text, name, role):
    assert role_of(extract_spacy, text, name) == role
