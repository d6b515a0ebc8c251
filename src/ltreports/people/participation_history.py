"""History told without a year.

A role held: the name is the name is the subject of "tapo" (became) or "buvo" (was) with a
role noun as the predicate on the other side of the verb ("Vėliau vedėja tapo X", "X tapo bibliotekos vedėja",
"Pirmoji bibliotekininkė buvo X", "Bibliotekos įkūrėja buvo mokytoja X"): a person in a library's past, not at the
event, when the role is a library's or names no body ("X tapo rašytojų sąjungos nare" tells a career).

Not history when the role belongs to the event: a genitive event noun ("Renginio vedėja buvo X", "Konkurso
nugalėtoja tapo X"), a role of taking part ("Vakaro viešnia buvo X") or a title conferred ("Metų skaitytoja tapo
X"); nor "buvo" of presence ("Šventėje buvo ir meras X": the place is an event).

A post held in the past: "Vedėjos pareigas ilgus metus ėjo X".

A verb of a life governing a list of names past their role phrases: "Kaime, kuriame gimė ir užaugo knygnešys A ir
rašytoja, tremtinė B" (each name of the list, not only the one next to the verb).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from ..resources import load_yaml
from .name_context import data, has_lemma, nearby_words, token_readings, verb_readings
from .role_words import head_of


@cache
def _event_nouns() -> frozenset[str]:
    """The event nouns of visits (``data/visits.yaml``) and the contests whose roles are won at the event."""
    return frozenset(w.lower() for w in load_yaml("visits.yaml")["event_nouns"]) | data()["contest_nouns"]


def held_role(doc: Doc, first: int, last: int, clause: list[Token]) -> bool:
    """Is the nominative name at ``first``:``last`` the subject of a copula whose predicate is a role of the
    library's past (the role on the far side of "tapo" / "buvo"), or of a past verb holding a post ("Vedėjos pareigas
    ilgus metus ėjo X", "direktorės pareigose dirbo X")?"""
    if _post_held(clause):
        return True
    for n, verb in enumerate(clause):  # ``clause``: the clause's words without the name, in order
        kind = _copula(verb)
        if kind is None:
            continue
        # the far side of the verb from the name: "X tapo vedėja", "Pirmoji bibliotekininkė buvo X"
        side = clause[n + 1 :] if verb.i > last else clause[:n]
        if kind == "būti" and any(_event_place(t) for t in clause):
            return False  # "Šventėje buvo ir meras X": presence at the event
        predicate = [t for t in side if _role_noun(t)]
        if not predicate:
            continue
        if not _library_or_bare(side, predicate):
            continue  # "X tapo rašytojų sąjungos nare": a career told, not the library's past
        event_roles = data()["participant_roles"] | data()["conferred_titles"]
        # not "Renginio vedėja buvo X", "Vakaro viešnia buvo X", "Metų skaitytoja tapo X"
        return not (any(_event_owner(t) for t in side) or any(has_lemma(t, event_roles) for t in predicate))
    return False


def _post_held(clause: list[Token]) -> bool:
    """"pareigas ėjo", "pareigose dirbo": the noun of a post with a verb in the simple past (not an event verb:
    "pareigas einanti X pasveikino" is at the event, and a present "eina pareigas" is today's post)."""
    if not any(has_lemma(t, data()["post_nouns"]) for t in clause):
        return False
    events = data()["event_verbs"]
    return any(
        a.pos.startswith("verb") and a.lemma.lower() not in events
        and any(g.startswith("Indic_Past") and not g.startswith("Indic_PastFreq") for g in a.tags)
        for t in clause for a in token_readings(t)
    )


def _library_or_bare(side: list[Token], predicate: list[Token]) -> bool:
    """The role belongs to a library ("bibliotekos vedėja") or to no body named ("vedėja", "pirmoji
    bibliotekininkė"): no genitive noun of another body on the predicate's side."""
    owners = [
        t for t in side if t not in predicate
        and any(a.pos == "noun" and a.case == "Gen" and a.kind is None for a in token_readings(t))
    ]
    return not owners or any(has_lemma(t, data()["library_nouns"]) for t in owners)


def _copula(token: Token) -> str | None:
    """ "tapo" / "tapusi" (tapti in the simple past or its active past participle), "buvo" (būti in the simple
    past): the lemma, else None."""
    for a in token_readings(token):
        if not a.pos.startswith("verb"):
            continue
        lemma = a.lemma.lower()
        if lemma == "tapti" and any(t.startswith(("Indic_Past", "Part_Act_Past")) for t in a.tags):
            return lemma
        if lemma == "būti" and any(t.startswith("Indic_Past") and not t.startswith("Indic_PastFreq") for t in a.tags):
            return lemma
    return None


def _role_noun(token: Token) -> bool:
    head = head_of(token.text) if token.is_alpha else None
    return head is not None and bool(set(head.cases) & {"Nom", "Inst"})


def _event_owner(token: Token) -> bool:
    """A genitive event noun ("renginio", "konkurso", "vakaro"): the role belongs to the event."""
    return any(a.pos == "noun" and a.case == "Gen" and a.lemma.lower() in _event_nouns() for a in token_readings(token))


def _event_place(token: Token) -> bool:
    """A locative event noun ("Šventėje", "renginyje")."""
    return any(a.pos == "noun" and a.case == "Loc" and a.lemma.lower() in _event_nouns() for a in token_readings(token))


def life_verb_governs(doc: Doc, verb: Token | None, sent: Span) -> bool:
    """The verb that governs the name (``name_context.governing_verb``), or a verb joined to it by "ir" before it
    ("gimė ir užaugo"), is a verb of a life or a library's past in the simple past."""
    if verb is None:
        return False
    verbs = [verb]
    before = nearby_words(doc, verb.i - 1, -1, 2, sent)
    if len(before) == 2 and before[0].lower_ == "ir":
        verbs.append(before[1])
    return any(verb_readings(t, data()["history_verbs"], ("Indic_Past",)) for t in verbs)
