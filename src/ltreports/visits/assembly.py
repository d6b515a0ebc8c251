"""Visit assembly: the post read sentence by sentence into units, each unit a visit record.

A dated sentence starts a new stretch of text (a *unit*); a library named as the place of the event
becomes the unit's host (``hosts``); sentences without a new date continue the unit. A unit whose host
is a branch is a visit to the branch's parent with the branch listed. A unit set at another venue
(``venues``) is not a visit. People come from ``participants``, dates from ``event_dates``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..language import doc_text
from ..matches import in_boilerplate
from ..schema import BranchRef, DateMention, Evidence, Library, LibraryRef, Person, Visit
from .event_dates import event_date, listed_dates
from .hosts import (
    LibraryMention,
    classify,
    generic_host,
    home_library,
    is_subject,
    named_other_library,
    resolve_host,
)
from .participants import participants
from .venues import event_sentence, venue_elsewhere


@dataclass
class Unit:
    start: int
    end: int
    date: DateMention | None = None
    more_dates: list[DateMention] = field(default_factory=list)  # further days listed with the date
    host: Library | None = None
    host_from_context: bool = False
    venue_elsewhere: bool = False
    event: bool = False
    subject: Library | None = None  # a public library that is the subject of the unit's sentences
    branches: list[Library] = field(default_factory=list)


def assemble(doc: Doc, dates: list[DateMention], libraries: list[Library], people: list[Person]) -> list[Visit]:
    body = [s for s in doc.sents if not in_boilerplate(doc, s.start_char, s.end_char) and s.text.strip()]
    if not body:
        return []
    valued = [d for d in dates if d.value]
    mentions: list[LibraryMention] = []
    for lib in libraries:
        for m in lib.mentions:
            if in_boilerplate(doc, m.start, m.end):
                continue
            mentions.append(classify(doc, lib, m.start, m.end))
    mentions.sort(key=lambda m: m.start)
    by_id = {lib.id: lib for lib in libraries if lib.id}
    home = home_library(doc, mentions)
    covered = [(m.start, m.end) for m in mentions]
    # sentences set at a venue that is not a library: decided once, used for units and for their people
    elsewhere_spans = [(x.start_char, x.end_char) for x in body if venue_elsewhere(x, covered)]
    elsewhere_starts = {start for start, _ in elsewhere_spans}

    units: list[Unit] = []
    current: Unit | None = None
    for sentence in body:
        s, e = sentence.start_char, sentence.end_char
        date = event_date(doc, [d for d in valued if s <= d.start < e])
        hosts = []
        for m in mentions:
            if s <= m.start < e and m.host:
                target, branch = resolve_host(doc, m.library, by_id)
                hosts.append((m, target, branch))
        public_hosts = [t for _, t, _ in hosts if t is not None]
        if date is not None and (current is None or current.date is None or date.value != current.date.value):
            elsewhere = s in elsewhere_starts or named_other_library(sentence, covered)
            lead = current is not None and current.date is None and (
                (current.host is None and not current.venue_elsewhere)
                or (current.host is not None and public_hosts and public_hosts[0].id == current.host.id)
                or (not public_hosts and not elsewhere)
            )
            if lead:
                current.date = date  # the undated lead (a headline, "X bibliotekoje vyko ...") gets its date
            else:
                current = Unit(start=s, end=e, date=date)
                units.append(current)
            current.more_dates = listed_dates(doc, date, [d for d in valued if s <= d.start < e])
        elif current is None or (current.date is not None and is_heading(doc_text(doc), sentence)):
            current = Unit(start=s, end=e)  # a heading in a listing page opens the next item
            units.append(current)
        current.end = e
        for _, target, branch in hosts:
            if target is None:
                if current.host is None:
                    current.venue_elsewhere = True  # an event at a library outside the public network
                continue
            if current.venue_elsewhere and date is None:
                continue  # the unit's event is elsewhere; a library named later is context
            if current.host is None or current.host_from_context:
                current.host = target
                current.host_from_context = False
            elif current.host.id != target.id and date is None:
                current = Unit(start=s, end=e, host=target)
                units.append(current)
            if branch is not None and current.host is not None and current.host.id == target.id:
                current.branches.append(branch)
        for m in mentions:
            if not s <= m.start < e:
                continue
            if m.library.kind == "branch" and current.host is not None and m.library.parent_id == current.host.id:
                current.branches.append(m.library)
            if current.subject is None and is_subject(doc, m):
                current.subject = m.library  # "X biblioteka dalyvavo ...": the host if nothing else is
        if not hosts and home is not None and current.host is None and generic_host(sentence, covered):
            current.host = home
            current.host_from_context = True
        if not hosts and current.host is None and (
            s in elsewhere_starts or named_other_library(sentence, covered)
        ):
            current.venue_elsewhere = True
        if event_sentence(sentence):
            current.event = True

    visits: list[Visit] = []
    for unit in units:
        host = unit.host
        if host is None and unit.date is not None and not unit.venue_elsewhere:
            if unit.subject is not None:
                host = unit.subject
            elif unit.event and home is not None:
                host = home
        if host is None or (unit.date is None and unit.host_from_context and valued):
            continue  # a generic "bibliotekoje" without a date is too little for a visit in a dated post
        visit = _visit(doc, unit, host, people, elsewhere_spans)
        visits.append(visit)
        for extra in unit.more_dates:
            visits.append(visit.model_copy(deep=True, update={"date": extra.value, "date_end": extra.value_end}))
    if not visits and not valued and home is not None and not any(u.venue_elsewhere for u in units):
        # an undated post about its own library ("Pravėrus bibliotekos duris ...")
        unit = Unit(start=body[0].start_char, end=body[-1].end_char)
        unit.branches = [m.library for m in mentions if m.library.kind == "branch" and m.library.parent_id == home.id]
        visits.append(_visit(doc, unit, home, people, elsewhere_spans))
    return _merge(visits)


def is_heading(text: str, sentence: Span) -> bool:
    """A short paragraph of its own without closing punctuation: a title ("Paroda „…“")."""
    start, end = sentence.start_char, sentence.end_char
    body = text[start:end].strip()
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    alone = (not before or before.endswith("\n\n") or text[start - 2:start] == "\n\n" or start == 0) and (
        not after or after.startswith("\n") or text[start:end].endswith("\n\n")
    )
    return alone and 0 < len(body.split()) <= 12 and body[-1:] not in ".!?:;,"


def _visit(doc: Doc, unit: Unit, host: Library, people: list[Person], elsewhere: list[tuple[int, int]]) -> Visit:
    """The visit record of a unit."""
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
        people=participants(doc, unit.start, unit.end, people, elsewhere),
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
