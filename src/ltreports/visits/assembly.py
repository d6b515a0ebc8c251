"""Visit assembly: the post read sentence by sentence into units, each unit a visit record.

A dated sentence starts a new stretch of text (a *unit*); a library named as the place of the event
becomes the unit's host (``hosts``); sentences without a new date continue the unit. A unit whose host
is a branch is a visit to the branch's parent with the branch listed. A unit set at another venue
(``venues``) is not a visit. People come from ``participants``, dates from ``event_dates``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..dates.lexer import BLANK_LINE
from ..language import doc_text, doc_words
from ..matches import Ranges, doc_extension, in_boilerplate
from ..schema import BranchRef, DateMention, Evidence, Library, LibraryRef, Person, Visit
from .away import account_continued
from .clauses import dated_clauses
from .event_dates import announced, event_date, listed_dates
from .hosts import (
    LibraryMention,
    classify,
    generic_host,
    heading_library,
    home_library,
    is_subject,
    modifies_noun,
    named_other_library,
    resolve_host,
)
from .participants import PeopleIndex, participants, pronoun_subject
from .tense import history_year, latest_year, reports_event
from .venues import abroad, event_named, event_participle, event_sentence, staff_trip, town_named, venue_elsewhere

CUT_ABBREVIATIONS = (" d.", " m.", " val.")  # abbreviations of a date or a time the splitter may take for a stop


@dataclass
class Unit:
    start: int
    end: int
    date: DateMention | None = None
    more_dates: list[DateMention] = field(default_factory=list)  # further days listed with the date
    announced: bool = False  # the date announces an event to come ("vyks"): a visit without a date
    host: Library | None = None
    host_from_context: bool = False
    venue_elsewhere: bool = False
    away: bool = False  # a trip to a town or the staff travelling: a library named later is the destination
    event: bool = False  # a finite event verb ("vyko", "surengė")
    told: bool = False  # an event verb or an event noun ("renginys", "apsilankymas")
    reported: bool = False  # a clause in the simple past says an event took place, in no year of history
    subject: Library | None = None  # a public library that is the subject of the unit's sentences
    subject_branches: list[Library] = field(default_factory=list)  # the branch named as the subject
    # the library or branch a heading line above names ("Gelvonų filialas" over a programme's items)
    section: tuple[Library | None, Library | None] | None = None
    under_heading: bool = False  # the unit is a heading line naming a library and the text right below it
    sentences: int = 0  # sentences below that heading (a heading with nothing below is no visit)
    subheading: bool = False  # opened by a heading that names no library
    place_inherited: bool = False  # a clause cut from its sentence took its place; a library it names replaces it
    branches: list[Library] = field(default_factory=list)


@dataclass
class Reading:
    """A post read into units, with what the visit decisions need besides them."""

    units: list[Unit]
    body: list[Span]
    home: Library | None
    valued: list[DateMention]
    mentions: list[LibraryMention]
    elsewhere_spans: list[tuple[int, int]]
    history_spans: list[tuple[int, int]] = field(default_factory=list)  # sentences set in a year of history

    @property
    def absent(self) -> list[tuple[int, int]]:
        """Sentences whose people took no part in a visit: set at another venue, or in a year of history."""
        return sorted(self.elsewhere_spans + self.history_spans)


def assemble(doc: Doc, dates: list[DateMention], libraries: list[Library], people: list[Person]) -> list[Visit]:
    reading = read_units(doc, dates, libraries)
    if reading is None:
        return []
    visits: list[Visit] = []
    index, absent = PeopleIndex(people), Ranges(reading.elsewhere_spans)  # once per post: looked up by bisection
    history = Ranges(reading.history_spans)
    for unit in reading.units:
        host = unit_host(unit, reading)
        if host is None:
            continue
        visit = _visit(doc, unit, host, index, absent, history)
        if not visit.people and visits and visits[-1].people and pronoun_subject(doc, unit.start, unit.end):
            visit.people = list(visits[-1].people)  # "..., o gegužės 11 d. jos aplankė ...": the people before
        visits.append(visit)
        if unit.announced:
            continue
        for extra in unit.more_dates:
            visits.append(visit.model_copy(deep=True, update={"date": extra.value, "date_end": extra.value_end}))
    fallback = post_unit(reading) if not visits else None
    if fallback is not None:
        visits.append(_visit(doc, fallback, reading.home, index, absent, history))  # type: ignore[arg-type]
    return _merge(visits)


def read_units(doc: Doc, dates: list[DateMention], libraries: list[Library]) -> Reading | None:
    """The post's body read sentence by sentence into units, each with its host, date and event signals."""
    text = doc_text(doc)  # a sentence's text sliced from the Doc's: ``Span.text`` makes a Token per word
    body = [
        s for s in doc.sents
        if not in_boilerplate(doc, s.start_char, s.end_char) and text[s.start_char:s.end_char].strip()
    ]
    if not body:
        return None
    valued = sorted((d for d in dates if d.value), key=lambda d: d.start)
    valued_starts = [d.start for d in valued]
    body, continued = dated_clauses(doc, body, valued)  # "..., o spalio 6 d. bibliotekoje – ...": a unit of its own
    mentions: list[LibraryMention] = []
    for lib in libraries:
        for m in lib.mentions:
            if in_boilerplate(doc, m.start, m.end):
                continue
            mention = classify(doc, lib, m.start, m.end)
            if mention.host and _foreign_guess(doc, mention):
                mention.host = False  # "viešėjo Latvijoje, Rėzeknės bibliotekoje": a library abroad
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    by_id = {lib.id: lib for lib in libraries if lib.id}
    home = home_library(doc, mentions)
    if home is not None:
        _visitors_library_unlinked(doc, mentions, home)
    covered = Ranges((m.start, m.end) for m in mentions)
    mention_starts = [m.start for m in mentions]
    # sentences set at a venue that is not a library: decided once, used for units and for their people
    # where a library is named as the place, and where a date stands: one-character ranges, found by bisection
    host_starts = Ranges((m.start, m.start + 1) for m in mentions if m.host)
    date_starts = Ranges((d.start, d.start + 1) for d in valued)
    town = home.settlement if home is not None else None  # the post's own library's town is no trip away
    where = {
        x.start_char: _set_elsewhere_by_lines(
            doc, _with_cut_tail(doc, x, body, i), covered, host_starts, date_starts, town
        )
        for i, x in enumerate(body)
    }
    elsewhere_spans = [(x.start_char, x.end_char) for x in body if where[x.start_char]]
    elsewhere_starts = {start for start, _ in elsewhere_spans}
    away_spans = account_continued(doc, body, where, covered, host_starts, date_starts)

    published = getattr(doc._, "ltr_published", None) if Doc.has_extension("ltr_published") else None
    year = published.year if published is not None else latest_year(doc_text(doc))  # once: linear in the post
    units: list[Unit] = []
    history_spans: list[tuple[int, int]] = []
    current: Unit | None = None
    section: tuple[Library | None, Library | None] | None = None
    listing = False  # the section comes from a colon line over a list of dated lines
    before_listing: tuple[Library | None, Library | None] | None = None  # the section before that list
    for n, sentence in enumerate(body):
        s, e = sentence.start_char, sentence.end_char
        paragraph = n > 0 and BLANK_LINE.search(text, body[n - 1].start_char, s) is not None
        if listing and paragraph and not _opens_with_date(sentence, valued, valued_starts):
            section, listing = before_listing, False  # a paragraph that is no dated item ends the colon line's list
        # not the first line, unless it names the library as a place ("Molėtų viešojoje bibliotekoje"): a page
        # opening with the site's name ("Molėtų rajono savivaldybės viešoji biblioteka") heads nothing
        first = sentence.start_char == body[0].start_char
        heading_line = is_heading(text, sentence)  # read once: asked again below
        # a paragraph of its own, or a line of its own over a line that opens with a date ("Budrių filiale⏎
        # Balandžio 24 d. – ...": a programme)
        heading = heading_line or (
            n + 1 < len(body)
            and is_heading(text, sentence, own_line=True)
            and _opens_with_date(body[n + 1], valued, valued_starts)
        )
        # a line opening with a date is an item of a programme ("Spalio 3 d. – Kazokiškių biblioteka"), no heading
        if heading and _opens_with_date(sentence, valued, valued_starts):
            heading = False
        named = heading_library(doc, sentence, mentions, mention_starts) if heading else None
        if named is not None and first and not named.host:
            named = None
        if named is not None:
            listing = False
            # a heading line naming a library governs the items below it, up to the next such heading
            section = resolve_host(doc, named.library, by_id, home)
            # a heading that places the text ("... Varėnos bibliotekoje", "Gelvonų filialas") needs no event word
            placed = named.host or named.library.kind == "branch"
            current = Unit(start=s, end=e, section=section, under_heading=placed)
            units.append(current)
            continue
        sentence_dates = _starting_in(valued, valued_starts, s, e)
        date = event_date(doc, sentence_dates)
        hosts = []
        sentence_dated = bool(sentence_dates)
        sentence_mentions = _starting_in(mentions, mention_starts, s, e)
        for m in sentence_mentions:
            # an organiser hosts only the event dated in its own sentence
            if s <= m.start < e and m.host and (sentence_dated or not m.organiser):
                target, branch = resolve_host(doc, m.library, by_id, home)
                hosts.append((m, target, branch))
        public_hosts = [t for _, t, _ in hosts if t is not None]
        if date is not None and (current is None or current.date is None or date.value != current.date.value):
            elsewhere = s in elsewhere_starts
            lead = current is not None and current.date is None and (
                (current.host is None and not current.venue_elsewhere)
                or (current.host is not None and public_hosts and public_hosts[0].id == current.host.id)
                or (not public_hosts and not elsewhere)
            )
            if lead:
                current.date = date  # the undated lead (a headline, "X bibliotekoje vyko ...") gets its date
            else:
                previous = current
                current = Unit(start=s, end=e, date=date, section=section)
                units.append(current)
                if s in continued and previous is not None:
                    # a clause cut from its sentence ("..., o spalio 6 d. – protmūšis") shares its place unless it
                    # names its own
                    current.host, current.host_from_context = previous.host, previous.host is not None
                    current.venue_elsewhere, current.away = previous.venue_elsewhere, previous.away
                    current.branches = list(previous.branches)
                    current.place_inherited = True
            current.more_dates = listed_dates(doc, date, sentence_dates)
            current.announced = announced(doc, date)
        elif current is None or (current.date is not None and heading_line):
            # a heading opens the next item of a listing page, or is a subheading of the article
            current = Unit(start=s, end=e, section=section, subheading=True)
            units.append(current)
        current.end = e
        current.sentences += 1
        for _, target, branch in hosts:
            if target is None:
                if current.host is None and branch is None:
                    current.venue_elsewhere = True  # an event at a library outside the public network
                continue
            if current.venue_elsewhere and date is None and not current.away and not current.place_inherited:
                continue  # the unit's event is elsewhere; a library named later is context
            if current.away or current.place_inherited:
                # "... svečiavosi Telšiuose. Telšių bibliotekoje ...", "..., o spalio 6 d. | X bibliotekoje – ..."
                if current.place_inherited:
                    current.branches = []  # the clause names its own place: the branches inherited were the other's
                current.venue_elsewhere = current.away = current.place_inherited = False
            if current.host is None or current.host_from_context:
                current.host = target
                current.host_from_context = False
            elif current.host.id != target.id and date is None:
                current = Unit(start=s, end=e, host=target)
                units.append(current)
            if branch is not None and current.host is not None and current.host.id == target.id:
                current.branches.append(branch)
        for m in sentence_mentions:
            if (
                m.library.kind == "branch" and not m.origin and current.host is not None
                and m.library.parent_id == current.host.id
            ):  # not "kolegos iš Jelgavos bibliotekos": where the visitors come from
                current.branches.append(m.library)
            if current.subject is None and is_subject(doc, m):
                # "X biblioteka surengė ...", "Leliūnų filialas šventė ...": the host if nothing else is
                current.subject, subject_branch = resolve_host(doc, m.library, by_id, home)
                if subject_branch is not None:
                    current.subject_branches.append(subject_branch)
        generic = (
            generic_host(sentence, covered, intent=not current.venue_elsewhere)
            if not hosts and home is not None and current.host is None
            else None
        )
        # a library named after a place, in a stretch set away ("išvyka Latvijoje. Daugpilio bibliotekoje ..."),
        # is not the post's own
        if (generic == "place" and current.venue_elsewhere and not current.away) or where[s] == "venue":
            generic = None  # nor a library word in a sentence set at another venue or abroad
        if generic:
            current.host = home
            current.host_from_context = True
        if not hosts and current.host is None and s in elsewhere_starts:
            current.venue_elsewhere = True
            current.away = where[s] == "away"
        if text[s:e].rstrip().endswith(":") and (public_hosts or generic):
            # "X bibliotekoje rudenį vyko:" over a list of dated lines: the items' host, as a heading's
            before_listing = section if not listing else before_listing
            listing = True
            section = next(((t, b) for _, t, b in hosts if t is not None), (home, None))
        if event_sentence(sentence):
            current.event = True
        if event_named(sentence):
            current.told = True
        if history_year(sentence, year):
            history_spans.append((s, e))
        elif not where[s] and reports_event(sentence):
            current.reported = True

    units = _subheadings_joined(units)
    return Reading(units, body, home, valued, mentions, away_spans, history_spans)



def unit_host(unit: Unit, reading: Reading) -> Library | None:
    """The library a unit is a visit to, or None when the unit is no visit. May add the section's or the
    subject's branches to the unit."""
    home = reading.home
    host = unit.host
    sectioned = unit.section is not None and unit.section[0] is not None and not unit.venue_elsewhere
    if host is None and sectioned and (unit.date is not None or unit.under_heading):
        host = unit.section[0]  # type: ignore[index]
        unit.branches += [b for b in unit.section[1:] if b is not None]  # type: ignore[index]
    if host is None and not unit.venue_elsewhere and unit.subject is not None and (unit.date or unit.event):
        host = unit.subject  # "Leliūnų filialas šventė 60-metį" (dated, or told by an event verb)
        unit.branches += unit.subject_branches
    elif host is None and unit.date is not None and not unit.venue_elsewhere and unit.event and home is not None:
        host = home
    if host is None or (unit.date is None and unit.host_from_context and reading.valued):
        return None  # a generic "bibliotekoje" without a date is too little for a visit in a dated post
    if unit.date is None and (unit.sentences == 0 if unit.under_heading else not unit.reported):
        return None  # no date and no event told: a post about services or history
    return host


def post_unit(reading: Reading) -> Unit | None:
    """An undated post about its own library ("Pravėrus bibliotekos duris ..."), told by an event verb, when
    no unit is a visit: the whole body as one unit."""
    home, units = reading.home, reading.units
    told = any(u.event and u.reported and not u.venue_elsewhere for u in units)
    if reading.valued or home is None or not told or any(u.venue_elsewhere for u in units):
        return None
    unit = Unit(start=reading.body[0].start_char, end=reading.body[-1].end_char)
    unit.branches = [
        m.library for m in reading.mentions if m.library.kind == "branch" and m.library.parent_id == home.id
    ]
    return unit


def _set_elsewhere_by_lines(
    doc: Doc, sentence: Span, covered: Ranges, host_starts: Ranges, date_starts: Ranges, town: str | None = None,
) -> str | None:
    """``set_elsewhere`` of the sentence, else of its lines when the splitter ran two lines together ("... ir
    kt.⏎Balandžio 30 d. universiteto centre vykusios konferencijos metu ...")."""
    found = set_elsewhere(doc, sentence, covered, host_starts, date_starts, town)
    if found is not None or "\n" not in doc_text(doc)[sentence.start_char:sentence.end_char].strip():
        return found
    start = sentence.start
    texts = doc_words(doc)[0]  # by index: no Token per word
    for i in range(sentence.start, sentence.end):
        if "\n" in texts[i] or i == sentence.end - 1:
            end = i + 1
            line = doc[start:end]
            if start < end and (found := set_elsewhere(doc, line, covered, host_starts, date_starts, town)) is not None:
                return found
            start = end
    return None


def _with_cut_tail(doc: Doc, sentence: Span, body: list[Span], i: int) -> Span:
    """The sentence with the next one when the splitter cut it after a date's abbreviation on the same
    line ("... gegužės 6 d. | Lumpėnų laisvalaikio salėje.", "Balandžio 30 d. | VU centre vykusios
    konferencijos metu ... įteikė ..."): the rest of the line is the date's clause."""
    text = doc_text(doc)
    own = text[sentence.start_char:sentence.end_char]
    if i + 1 >= len(body) or not own.rstrip().endswith(CUT_ABBREVIATIONS):
        return sentence
    tail = body[i + 1]
    if "\n" in text[sentence.start_char:tail.start_char][len(own.rstrip()):]:
        return sentence  # the next sentence starts a new line
    return doc[sentence.start:tail.end]


def _opens_with_date(sentence: Span, valued: list[DateMention], starts: list[int]) -> bool:
    """The sentence's first word is an event date's ("Balandžio 24 d. – ...")."""
    first = next((t for t in sentence if not t.is_space and not t.is_punct), None)
    if first is None:
        return False
    i = bisect_left(starts, first.idx + 1) - 1  # the last date starting at or before it
    return i >= 0 and valued[i].start <= first.idx < valued[i].end


def _visitors_library_unlinked(doc: Doc, mentions: list[LibraryMention], home: Library) -> None:
    """A library word with no name ("mūsų bibliotekoje lankėsi X bibliotekos direktorė") that the library
    rules took for the library named in the same sentence only as a visitor's employer (a genitive before a
    noun) is the post's own library."""
    text = doc_text(doc)
    for m in mentions:
        if not m.host or m.library.id == home.id or any(ch.isupper() for ch in text[m.start:m.end]):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        named = [
            o for o in mentions
            if o is not m and o.library.id == m.library.id and sent.start_char <= o.start < sent.end_char
        ]
        if named and all(not o.host and modifies_noun(doc, o, _words_after(doc, o, sent.end)) for o in named):
            m.library = home


def _words_after(doc: Doc, m: LibraryMention, end: int) -> list:
    """The words after a mention up to the token ``end``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return [] if span is None else [t for t in doc[span.end:end] if t.is_alpha]


def _foreign_guess(doc: Doc, mention: LibraryMention) -> bool:
    """A branch the gazetteer does not hold (a settlement's name before a library word, its parent only guessed) in
    a sentence that names another country: a library abroad, not a branch of the post's own."""
    lib = mention.library
    if lib.kind != "branch" or lib.id is not None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and abroad(span.sent)


def _starting_in(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by ``starts``) that start between ``start`` and ``end``: found by bisection."""
    return items[bisect_left(starts, start):bisect_left(starts, end)]


def set_elsewhere(
    doc: Doc, sentence: Span, covered: Ranges, host_starts: Ranges, date_starts: Ranges, town: str | None = None,
) -> str | None:
    """Does the sentence set its event away from a library? "venue": at another venue ("Renginys vyko
    kultūros centre"); "away": the staff travelling, or a dated event in a town named with no library
    ("Gegužės 3 d. darbuotojai svečiavosi Telšiuose"), where a library named later is the destination.
    Only a sentence that tells an event (a finite event verb, an event noun's participle: "Į renginį,
    vykusį kultūros namuose, ...", or a date) and names no library as its place can: not "Karas,
    vykstantis Ukrainoje, ..." nor "Bibliotekoje vyko ..., vėliau nuvyko į muziejų"."""
    s, e = sentence.start_char, sentence.end_char
    if host_starts.overlaps(s, e):
        return None
    dated = date_starts.overlaps(s, e)
    if not (event_sentence(sentence) or dated or event_participle(sentence)):
        return None
    if venue_elsewhere(sentence, covered) or named_other_library(sentence, covered):
        return "venue"
    if staff_trip(sentence) or (dated and town_named(sentence, covered, town)):
        return "away"
    return None


def is_heading(text: str, sentence: Span, own_line: bool = False) -> bool:
    """A short paragraph of its own without closing punctuation: a title ("Paroda „…“"); with ``own_line``,
    a short line of its own is enough ("Budrių filiale⏎Balandžio 24 d. – ...")."""
    start, end = sentence.start_char, sentence.end_char
    # the text around the sentence, spaces and tabs skipped (read locally: no copies of the whole text)
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    if own_line:
        alone = (i == 0 or text[i - 1] == "\n" or text[start - 1:start] == "\n") and (
            j == len(text) or text[j] == "\n" or text[start:end].rstrip(" \t").endswith("\n")
        )
    else:
        alone = (i == 0 or text[max(0, i - 2):i] == "\n\n" or text[start - 2:start] == "\n\n") and (
            j == len(text) or text[j] == "\n" or text[start:end].endswith("\n\n")
        )
    if not alone:
        return False  # most sentences: the sentence's own text is not read
    body = text[start:end].strip()
    return 0 < len(body.split()) <= 12 and body[-1:] not in ".!?:;,"


def _visit(doc: Doc, unit: Unit, host: Library, people: PeopleIndex, elsewhere: Ranges, history: Ranges) -> Visit:
    """The visit record of a unit."""
    topics: list[str] = []
    for m in doc_extension(doc, "ltr_topic_matches") or ():  # ``doc._.ltr_topic_matches`` without a lookup object
        if unit.start <= m.start < unit.end and m.fact not in topics:
            topics.append(m.fact)
    branches: list[BranchRef] = []
    for b in unit.branches:
        ref = BranchRef(id=b.id, name=b.name, settlement=b.settlement)
        if ref not in branches:
            branches.append(ref)
    dated = unit.date is not None and not unit.announced
    return Visit(
        date=unit.date.value if dated else None,  # type: ignore[union-attr]
        date_end=unit.date.value_end if dated else None,  # type: ignore[union-attr]
        library=LibraryRef(id=host.id, name=host.name),
        branches=branches,
        people=participants(doc, unit.start, unit.end, people, elsewhere, history),
        topics=topics,
        evidence=[Evidence(start=unit.start, end=unit.end)],
    )


def _subheadings_joined(units: list[Unit]) -> list[Unit]:
    """A subheading inside an article ("Koncertas ir parodos") does not end the event it belongs to: a
    stretch opened by a heading, with no date and no host of its own, continues the unit before it."""
    out: list[Unit] = []
    for unit in units:
        own = unit.date is not None or unit.host is not None or unit.venue_elsewhere
        if unit.subheading and not own and out and out[-1].date is not None:
            before = out[-1]
            before.end = max(before.end, unit.end)
            before.told = before.told or unit.told
            before.reported = before.reported or unit.reported
            before.branches += unit.branches
            continue
        out.append(unit)
    return out


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
