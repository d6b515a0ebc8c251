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

from .language import doc_text
from .matches import in_boilerplate
from .morphology.component import token_lemmas as _lemmas
from .resources import load_yaml
from .schema import BranchRef, DateMention, Evidence, Library, LibraryRef, Person, Visit, VisitPerson

PUBLIC = {"national", "county", "municipal", "special"}


@cache
def _data() -> dict:
    raw = load_yaml("visits.yaml")
    return {k: {w.lower() for w in v} if isinstance(v, list) else v for k, v in raw.items()}


def _cases(token: Token) -> set[str]:
    """The cases a word form can have: the dictionary's readings, else the tagger's guess."""
    cases = {a.case for a in token._.analyses or () if a.case and a.source == "dictionary"}
    if not cases:
        cases = {a.case for a in token._.analyses or () if a.case}
        cases.update(token.morph.get("Case"))
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
    more_dates: list[DateMention] = field(default_factory=list)  # further days listed with the date
    host: Library | None = None
    host_from_context: bool = False
    venue_elsewhere: bool = False
    event: bool = False
    subject: Library | None = None  # a public library that is the subject of the unit's sentences
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


def classify(doc: Doc, library: Library, start: int, end: int) -> LibraryMention:
    """Is the library named as the place of the event ("bibliotekoje", "į ... biblioteką")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    data = _data()
    if span is None or len(span) == 0:
        return LibraryMention(library, start, end, False, False)
    prev = _previous_word(doc, span.start)
    prev_word = prev.lower_ if prev is not None else ""
    cases = _cases(_head_token(span))
    origin = prev_word in data["from_prepositions"]
    visited = "Acc" in cases and prev is not None and not (
        prev.pos_ == "ADP" or any(a.pos.startswith("preposition") for a in prev._.analyses or ())
    ) and any(_lemmas(t) & data["visit_verbs"] for t in span.sent)
    host = not origin and not _participle_follows(span) and not _is_participle(prev) and (
        "Loc" in cases or "Il" in cases or (prev_word in data["to_prepositions"] and "Acc" in cases) or visited
    )
    return LibraryMention(library, start, end, host, origin)


def _is_participle(token: Token | None) -> bool:
    """An attributive participle ("bibliotekoje dirbusios", "muziejaus organizuotuose mokymuose"): an
    active participle, or a passive one in an oblique case, and no finite-verb reading. A passive
    participle in the nominative is usually the predicate ("bibliotekoje atidaryta paroda")."""
    readings = token._.analyses or () if token is not None else ()
    verbs = [a for a in readings if a.pos.startswith("verb")]
    active = [a for a in verbs if any(t.startswith(("Part_Act", "Ger", "Half")) for t in a.tags)]
    passive = [a for a in verbs if any(t.startswith("Part_Pass") for t in a.tags)]
    finite = [a for a in verbs if a not in active and a not in passive]
    oblique_passive = bool(passive) and all(a.case not in (None, "Nom") for a in passive)
    return (bool(active) or oblique_passive) and not finite


def _participle_follows(span: Span) -> bool:
    """"bibliotekoje dirbusios bibliotekininkės": the place belongs to a participle, not to the event."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and _is_participle(doc[i])


def _is_subject(doc: Doc, m: LibraryMention) -> bool:
    """A public library in the nominative that is not a genitive modifier ("X biblioteka dalyvavo", but
    not "X bibliotekos darbuotojai" nor "X bibliotekos Vaikų skyrius")."""
    if m.host or m.origin or m.library.kind not in PUBLIC:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or "Nom" not in _cases(_head_token(span)):
        return False
    nxt = span[-1].i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    # a noun right after means the head is a genitive before it
    return not (nxt < len(doc) and doc[nxt].is_alpha and any(a.pos == "noun" for a in doc[nxt]._.analyses or ()))


def _gazetteer(doc: Doc):  # type: ignore[no-untyped-def]
    from .libraries.gazetteer import load_gazetteer

    gaz = getattr(doc._, "ltr_gazetteer", None) if Doc.has_extension("ltr_gazetteer") else None
    return gaz or load_gazetteer()


def _entry_library(doc: Doc, entry_id: str | None) -> Library | None:
    """The contract Library for a gazetteer id (a branch's parent that the post does not name)."""
    entry = _gazetteer(doc).get(entry_id)
    if entry is None:
        return None
    return Library(id=entry.id, name=entry.name, kind=entry.kind, settlement=entry.settlement, parent_id=entry.parent)


def _home_library(doc: Doc, mentions: list[LibraryMention]) -> Library | None:
    """The post's own library: the one whose website published it, else the public library it names
    most (not counting where visitors come from; a branch counts for its parent)."""
    url = getattr(doc._, "source_url", None) if Doc.has_extension("source_url") else None
    if url:
        entry = _gazetteer(doc).by_website(url)
        if entry is not None and entry.kind in PUBLIC:
            return _entry_library(doc, entry.id)
    counts: Counter[str] = Counter()
    first: dict[str, Library] = {}
    for m in mentions:
        lib = m.library
        if m.origin:
            continue
        target = lib if lib.kind in PUBLIC else None
        if target is None and lib.kind == "branch" and lib.parent_id:
            target = _entry_library(doc, lib.parent_id)
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
        if _named_before(sentence, token) or _participle_follows(sentence.doc[token.i:token.i + 1]):
            continue  # "Vilniaus universiteto bibliotekoje": a named library the gazetteer does not hold
        if "Loc" in cases:
            return True
        if prev is not None and prev.lower_ in data["to_prepositions"] and "Acc" in cases:
            return True
        nxt = token.nbor(1) if token.i + 1 < len(sentence.doc) else None
        if "Gen" in cases and nxt is not None and (_lemmas(nxt) & data["library_rooms"]) and "Loc" in _cases(nxt):
            return True
    return False


def _named_before(sentence: Span, token: Token) -> bool:
    """Is the library word preceded by a name ("Porto ... Garrett viešojoje bibliotekoje",
    "universiteto bibliotekoje")? Adjectives in between ("viešojoje", "centrinėje") are skipped."""
    i = token.i - 1
    doc = sentence.doc
    while i >= sentence.start and (
        doc[i].is_space
        or (doc[i].is_lower and any(a.pos == "adjective" and a.source == "dictionary" for a in doc[i]._.analyses or ()))
        or doc[i].lower_ in {"mūsų", "jų", "šios", "šioje", "toje"}
    ):
        i -= 1
    if i < sentence.start:
        return False
    prev = doc[i]
    if prev.is_punct or prev.like_num:
        return False
    if prev.text[:1].isupper() and i != sentence.start:
        return True
    if prev.text[:1].isupper() and any(a.kind is not None or a.source != "dictionary" for a in prev._.analyses or ()):
        return True  # a name opening the sentence ("Daugpilio centrinėje bibliotekoje")
    return "Gen" in _cases(prev) and bool(_lemmas(prev) & _data()["institutions"])


def _named_other_library(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    """A library the gazetteer does not hold, named as the place of the event."""
    data = _data()
    for token in sentence:
        if any(s <= token.idx < e for s, e in covered) or not (_lemmas(token) & data["generic_library"]):
            continue
        if ("Loc" in _cases(token)) and _named_before(sentence, token):
            return True
    return False


def _venue_elsewhere(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    data = _data()
    for token in sentence:
        if any(s <= token.idx < e for s, e in covered):
            continue
        if _lemmas(token) & data["abroad"] and _cases(token) & {"Loc", "Acc", "Il"}:
            return True  # "išvyka Latvijoje", "į užsienį"
        before = {t.lower_ for t in sentence.doc[max(sentence.start, token.i - 3):token.i]}
        if _lemmas(token) & data["trips"] and "Acc" in _cases(token) and before & data["to_prepositions"]:
            return True  # "vyko į pažintinę išvyką"
        if not (_lemmas(token) & data["venues"]):
            continue
        cases = _cases(token)
        prev = _previous_word(sentence.doc, token.i)
        before = {t.lower_ for t in sentence.doc[max(sentence.start, token.i - 6):token.i]}
        if "Loc" in cases or ("Acc" in cases and before & data["to_prepositions"]):
            # "bibliotekos salėje" is a room of a library, not another venue
            if prev is not None and "biblioteka" in _lemmas(prev):
                continue
            return True
    return False


def _event_sentence(sentence: Span) -> bool:
    """Does a finite verb say that an event took place ("vyko", "surengė")? A participle ("muziejaus
    organizuotuose mokymuose") describes another event and does not count."""
    verbs = _data()["event_verbs"]
    return any(_lemmas(t) & verbs and not _is_participle(t) for t in sentence)


def _is_credit(text: str, start: int) -> bool:
    """Is the text at ``start`` in a credit line ("Parengė ...", "... nuotr.") or the closing signature?"""
    data = _data()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return False
    if words[0].rstrip(":") in data["credit_starts"] or words[-1] in data["credit_ends"]:
        return True
    sentence_start = max(text.rfind(". ", 0, start) + 2, line_start)
    first = text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in data["credit_starts"]:
        return True
    # the closing signature: one of the last three non-empty lines, short, with no sentence punctuation
    tail = [ln for ln in text[line_start:].split("\n") if ln.strip()]
    programme = " – " in line or " - " in line or ":" in line  # "Koncertas – dainininkė X"
    return len(tail) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?")) and not programme


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
    home = _home_library(doc, mentions)
    covered = [(m.start, m.end) for m in mentions]
    # sentences set at a venue that is not a library: decided once, used for units and for their people
    elsewhere_spans = [(x.start_char, x.end_char) for x in body if _venue_elsewhere(x, covered)]
    elsewhere_starts = {start for start, _ in elsewhere_spans}

    units: list[Unit] = []
    current: Unit | None = None
    for sentence in body:
        s, e = sentence.start_char, sentence.end_char
        date = _event_date(doc, [d for d in valued if s <= d.start < e])
        hosts = []
        for m in mentions:
            if s <= m.start < e and m.host:
                target, branch = _resolve_host(doc, m.library, by_id)
                hosts.append((m, target, branch))
        public_hosts = [t for _, t, _ in hosts if t is not None]
        if date is not None and (current is None or current.date is None or date.value != current.date.value):
            elsewhere = s in elsewhere_starts or _named_other_library(sentence, covered)
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
            current.more_dates = _listed_dates(doc, date, [d for d in valued if s <= d.start < e])
        elif current is None or (current.date is not None and _is_heading(doc_text(doc), sentence)):
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
            if current.subject is None and _is_subject(doc, m):
                current.subject = m.library  # "X biblioteka dalyvavo ...": the host if nothing else is
        if not hosts and home is not None and current.host is None and _generic_host(sentence, covered):
            current.host = home
            current.host_from_context = True
        if not hosts and current.host is None and (
            s in elsewhere_starts or _named_other_library(sentence, covered)
        ):
            current.venue_elsewhere = True
        if _event_sentence(sentence):
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


def _listed_dates(doc: Doc, first: DateMention, sentence_dates: list[DateMention]) -> list[DateMention]:
    """Dates listed right after ``first`` ("vasario 10 ir 12 dienomis", "kovo 7-ąją, 8-ąją")."""
    joiners = _data()["date_list_joiners"]
    out: list[DateMention] = []
    end = first.end
    text = doc.text
    for d in sentence_dates:
        if d.start < end or d is first:
            continue
        between = text[end:d.start].strip().lower()
        if between and between not in joiners:
            break
        out.append(d)
        end = d.end
    return out


def _is_heading(text: str, sentence: Span) -> bool:
    """A short paragraph of its own without closing punctuation: a title ("Paroda „…“")."""
    start, end = sentence.start_char, sentence.end_char
    body = text[start:end].strip()
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    alone = (not before or before.endswith("\n\n") or text[start - 2:start] == "\n\n" or start == 0) and (
        not after or after.startswith("\n") or text[start:end].endswith("\n\n")
    )
    return alone and 0 < len(body.split()) <= 12 and body[-1:] not in ".!?:;,"


def _event_date(doc: Doc, sentence_dates: list[DateMention]) -> DateMention | None:
    """The sentence's first date that is not an end point ("iki gruodžio 19 d.")."""
    until = _data()["until_words"]
    for d in sentence_dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        prev = _previous_word(doc, span.start) if span is not None else None
        if prev is None or prev.lower_ not in until:
            return d
    return None


def _resolve_host(doc: Doc, library: Library, by_id: dict[str, Library]) -> tuple[Library | None, Library | None]:
    """(host library, branch) for a library named as the place of an event."""
    if library.kind in PUBLIC:
        return library, None
    if library.kind == "branch":
        parent = by_id.get(library.parent_id or "") or _entry_library(doc, library.parent_id)
        return parent, library
    return None, None


def _is_byline(text: str, start: int) -> bool:
    """A name that opens one of the first lines of the post ("Jurgita Bružienė, ... bibliotekininkė")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    earlier = [ln for ln in text[:line_start].split("\n") if ln.strip()]
    return len(earlier) <= 5 and not line.endswith((".", "!", "?"))


def _visit(doc: Doc, unit: Unit, host: Library, people: list[Person], elsewhere: list[tuple[int, int]]) -> Visit:
    """The visit record of a unit; people named only in credit lines, bylines or sentences set at
    another venue (``elsewhere``) did not take part."""
    participants = []
    text = doc.text
    for person in people:
        inside = [
            m for m in person.mentions
            if unit.start <= m.start < unit.end
            and not _is_credit(text, m.start)
            and not _is_byline(text, m.start)
            and not any(s <= m.start < e for s, e in elsewhere)
        ]
        if inside:
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
