"""Visit assembly: one record per host library and date, with branches, people, topics and evidence.

A post is read sentence by sentence (page chrome skipped). A dated sentence starts a new stretch of
text (a *unit*); a library named as the place of the event — in the locative ("bibliotekoje",
"filiale", "padalinyje Veisiejuose"), as a destination ("į ... biblioteką") or as the subject of a
dated sentence — becomes the unit's host; sentences without a new date ("Čia ...", "Vizito metu ...",
"Lankytasi ir ...") continue the unit. A unit whose host is a branch is a visit to the branch's parent
with the branch listed. An event at a venue that is not a library (a culture centre, a fair, abroad)
is not a visit. A generic "bibliotekoje" means the post's own library (the one it names most).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from .matches import in_boilerplate
from .resources import load_yaml
from .schema import BranchRef, DateMention, Evidence, Library, LibraryRef, Person, Visit, VisitPerson

PUBLIC = {"national", "county", "municipal", "special"}


@cache
def _data() -> dict:
    raw = load_yaml("visits.yaml")
    return {k: {w.lower() for w in v} if isinstance(v, list) else v for k, v in raw.items()}


def _lemmas(token: Token) -> set[str]:
    out = {token.lower_}
    if token.lemma_:
        out.add(token.lemma_.lower())
    out.update(a.lemma.lower() for a in token._.analyses or ())
    return out


def _cases(token: Token) -> set[str]:
    cases = {a.case for a in token._.analyses or () if a.case}
    case = token.morph.get("Case")
    if case:
        cases.update(case)
    return cases


@dataclass
class LibraryMention:
    library: Library
    start: int
    end: int
    host: bool  # named as the place of the event
    origin: bool  # "iš X bibliotekos": where visitors come from


@dataclass
class Unit:
    start: int
    end: int
    date: DateMention | None = None
    host: Library | None = None
    host_from_context: bool = False
    venue_elsewhere: bool = False
    event: bool = False
    branches: list[Library] = field(default_factory=list)


def _head_token(span: Span) -> Token:
    heads = _data()["library_heads"]
    for token in span:
        if _lemmas(token) & heads:
            return token
    return span[-1]


def _previous_word(doc: Doc, index: int) -> Token | None:
    i = index - 1
    while i >= 0 and (doc[i].is_space or (doc[i].is_punct and doc[i].text in "„“\"«")):
        i -= 1
    return doc[i] if i >= 0 else None


def classify(doc: Doc, library: Library, start: int, end: int, sentence_dated: bool) -> LibraryMention:
    span = doc.char_span(start, end, alignment_mode="expand")
    data = _data()
    if span is None or len(span) == 0:
        return LibraryMention(library, start, end, False, False)
    prev = _previous_word(doc, span.start)
    prev_word = prev.lower_ if prev is not None else ""
    head = _head_token(span)
    cases = _cases(head)
    origin = prev_word in data["from_prepositions"]
    host = False
    if not origin:
        if "Loc" in cases or "Il" in cases or (prev_word in data["to_prepositions"] and "Acc" in cases) or ("Nom" in cases and sentence_dated and not (cases & {"Gen"} and len(cases) > 1 and span[-1].i + 1 < len(doc)
                                                        and doc[span[-1].i + 1].is_alpha and doc[span[-1].i + 1].is_lower)):
            host = True
    return LibraryMention(library, start, end, host, origin)


def _home_library(mentions: list[LibraryMention]) -> Library | None:
    """The post's own library: the public library it names most (not as the visitors' origin)."""
    counts: Counter[str] = Counter()
    first: dict[str, Library] = {}
    for m in mentions:
        lib = m.library
        if m.origin:
            continue
        target = lib if lib.kind in PUBLIC else None
        if target is None and lib.kind == "branch" and lib.parent_id:
            parent = next((x.library for x in mentions if x.library.id == lib.parent_id), None)
            target = parent
        if target is None or target.id is None:
            continue
        counts[target.id] += 1
        first.setdefault(target.id, target)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    return first[best]


def _generic_host(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    """Does the sentence hold the event in a library it does not name ("bibliotekoje", "į biblioteką",
    "bibliotekos salėje")?"""
    data = _data()
    for token in sentence:
        if not (_lemmas(token) & data["generic_library"]):
            continue
        if any(s <= token.idx < e for s, e in covered):
            continue
        prev = _previous_word(sentence.doc, token.i)
        cases = _cases(token)
        if prev is not None and prev.text[:1].isupper() and prev.i >= sentence.start and (_cases(prev) & {"Gen"}) \
                and prev.i != sentence.start:
            continue  # "Vilniaus universiteto bibliotekoje": a named library the gazetteer does not hold
        if "Loc" in cases:
            return True
        if prev is not None and prev.lower_ in data["to_prepositions"] and "Acc" in cases:
            return True
        nxt = token.nbor(1) if token.i + 1 < len(sentence.doc) else None
        if "Gen" in cases and nxt is not None and (_lemmas(nxt) & data["library_rooms"]) and "Loc" in _cases(nxt):
            return True
    return False


def _venue_elsewhere(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    data = _data()
    for token in sentence:
        if any(s <= token.idx < e for s, e in covered):
            continue
        if not (_lemmas(token) & data["venues"]):
            continue
        cases = _cases(token)
        prev = _previous_word(sentence.doc, token.i)
        if "Loc" in cases or (prev is not None and prev.lower_ in data["to_prepositions"] and "Acc" in cases):
            # "bibliotekos salėje" is a room of a library, not another venue
            if prev is not None and "biblioteka" in _lemmas(prev):
                continue
            return True
    return False


def _event_sentence(sentence: Span) -> bool:
    verbs = _data()["event_verbs"]
    return any(_lemmas(t) & verbs for t in sentence)


def _is_credit(doc: Doc, start: int) -> bool:
    """Is the text at ``start`` in a credit line ("Parengė ...", "... nuotr.") or the closing signature?"""
    data = _data()
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", start)
    line_end = len(doc.text) if line_end == -1 else line_end
    line = doc.text[line_start:line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return False
    if words[0].rstrip(":") in data["credit_starts"] or words[-1] in data["credit_ends"]:
        return True
    sentence_start = max(doc.text.rfind(". ", 0, start) + 2, line_start)
    first = doc.text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in data["credit_starts"]:
        return True
    # the closing signature: one of the last three non-empty lines, short, with no sentence punctuation
    tail = [ln for ln in doc.text[line_start:].split("\n") if ln.strip()]
    return len(tail) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?"))


def assemble(doc: Doc, dates: list[DateMention], libraries: list[Library], people: list[Person]) -> list[Visit]:
    data = _data()
    body = [s for s in doc.sents if not in_boilerplate(doc, s.start_char, s.end_char) and s.text.strip()]
    if not body:
        return []
    valued = [d for d in dates if d.value]
    mentions: list[LibraryMention] = []
    for lib in libraries:
        for m in lib.mentions:
            if in_boilerplate(doc, m.start, m.end):
                continue
            dated = any(s.start_char <= m.start < s.end_char and any(s.start_char <= d.start < s.end_char for d in valued)
                        for s in body)
            mentions.append(classify(doc, lib, m.start, m.end, dated))
    mentions.sort(key=lambda m: m.start)
    by_id = {lib.id: lib for lib in libraries if lib.id}
    home = _home_library(mentions)
    covered = [(m.start, m.end) for m in mentions]

    units: list[Unit] = []
    current: Unit | None = None
    for sentence in body:
        s, e = sentence.start_char, sentence.end_char
        sentence_dates = [d for d in valued if s <= d.start < e]
        date = None
        for d in sentence_dates:
            prev = _previous_word(doc, doc.char_span(d.start, d.end, alignment_mode="expand").start)
            if prev is None or prev.lower_ not in data["until_words"]:
                date = d
                break
        hosts = [m for m in mentions if s <= m.start < e and m.host]
        if date is not None and (current is None or current.date is None or date.value != current.date.value):
            if current is not None and current.date is None and current.host is None:
                current.date = date  # the unit so far had neither: the date belongs to it
            else:
                current = Unit(start=s, end=e, date=date)
                units.append(current)
        elif current is None:
            current = Unit(start=s, end=e)
            units.append(current)
        current.end = e
        for m in hosts:
            target, branch = _resolve_host(m.library, by_id)
            if target is None:
                if current.host is None:
                    current.venue_elsewhere = True  # an event at a library outside the public network
                continue
            if current.host is None or current.host_from_context:
                current.host = target
                current.host_from_context = False
            elif current.host.id != target.id and date is None:
                current = Unit(start=s, end=e, host=target)
                units.append(current)
            if branch is not None and current.host is not None and current.host.id == target.id:
                current.branches.append(branch)
        for m in mentions:
            if s <= m.start < e and m.library.kind == "branch" and current.host is not None \
                    and m.library.parent_id == current.host.id:
                current.branches.append(m.library)
        if not hosts and home is not None and current.host is None and _generic_host(sentence, covered):
            current.host = home
            current.host_from_context = True
        if not hosts and current.host is None and _venue_elsewhere(sentence, covered):
            current.venue_elsewhere = True
        if _event_sentence(sentence):
            current.event = True

    visits: list[Visit] = []
    for unit in units:
        host = unit.host
        if host is None and unit.date is not None and unit.event and not unit.venue_elsewhere and home is not None:
            host = home
        if host is None:
            continue
        visits.append(_visit(doc, unit, host, people))
    if not visits and home is not None and not any(u.venue_elsewhere for u in units) and \
            not any(m.host and m.library.kind == "other" for m in mentions):
        unit = Unit(start=body[0].start_char, end=body[-1].end_char)
        unit.branches = [m.library for m in mentions if m.library.kind == "branch" and m.library.parent_id == home.id]
        visits.append(_visit(doc, unit, home, people))
    return _merge(visits)


def _resolve_host(library: Library, by_id: dict[str, Library]) -> tuple[Library | None, Library | None]:
    """(host library, branch) for a library named as the place of an event."""
    if library.kind in PUBLIC:
        return library, None
    if library.kind == "branch":
        parent = by_id.get(library.parent_id or "")
        if parent is None and library.parent_id:
            from .schema import Library as Lib

            parent = Lib(id=library.parent_id, name=library.parent_id, kind="municipal")
        return parent, library
    return None, None


def _visit(doc: Doc, unit: Unit, host: Library, people: list[Person]) -> Visit:
    participants = []
    for person in people:
        inside = [m for m in person.mentions if unit.start <= m.start < unit.end]
        if inside and not all(_is_credit(doc, m.start) for m in inside):
            participants.append(VisitPerson(name=person.name, role=person.role))
    topics: list[str] = []
    for m in doc._.topic_matches or ():
        if unit.start <= m.start < unit.end and m.fact not in topics:
            topics.append(m.fact)
    branches: list[BranchRef] = []
    for b in unit.branches:
        ref = BranchRef(id=b.id, name=b.name, settlement=b.settlement)
        if ref not in branches:
            branches.append(ref)
    return Visit(
        date=unit.date.value if unit.date else None,
        date_end=unit.date.value_end if unit.date else None,
        library=LibraryRef(id=host.id, name=host.name),
        branches=branches,
        people=participants,
        topics=topics,
        evidence=[Evidence(start=unit.start, end=unit.end)],
    )


def _merge(visits: list[Visit]) -> list[Visit]:
    """One visit per host library and date."""
    out: list[Visit] = []
    for visit in visits:
        same = next((v for v in out if v.library.id == visit.library.id and v.date == visit.date), None)
        if same is None:
            out.append(visit)
            continue
        same.branches += [b for b in visit.branches if b not in same.branches]
        same.people += [p for p in visit.people if p not in same.people]
        same.topics += [t for t in visit.topics if t not in same.topics]
        same.evidence += visit.evidence
    return out
