"""The HTML report: one self-contained page (no scripts, no network) for a batch's results.

Totals, three charts, the visits and the people found, then every post with its mentions highlighted
and its visit records beside it, and the warnings and failed documents. Visits link to their post,
posts to their visits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from html import escape

from ..schema import Report, SpanMention
from ..spans import COLORS
from ..tables import Records, person_label, readable_date, topic_label
from .charts import charts
from .highlight import highlighted

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
.totals { display: flex; flex-wrap: wrap; gap: 1em; }
.total { background: #f3f5f9; padding: .6em 1em; border-radius: 6px; min-width: 7em; }
.total b { display: block; font-size: 1.5em; }
.charts figure { margin: 1em 0; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f5f9; }
.post { border: 1px solid #ddd; border-radius: 6px; padding: .5em 1em; margin: 1em 0; }
.post .meta { color: #666; font-size: .85em; }
.legend span { display: inline-block; padding: 0 .4em; margin-right: .3em; border-radius: 3px; }
.notext { color: #888; font-style: italic; }
.spans { line-height: 2.4 !important; }
"""
LABEL_NAMES = {
    "DATE": "data", "PERSON": "asmuo", "ROLE": "pareigos", "LIBRARY": "biblioteka", "BRANCH": "padalinys",
    "TOPIC": "tema",
}


def spans_from_report(report: Report) -> list[SpanMention]:
    """Labelled mentions from the records themselves, for output written without ``spans``."""
    spans = [SpanMention(start=d.start, end=d.end, label="DATE") for d in report.dates]
    spans += [SpanMention(start=m.start, end=m.end, label="PERSON") for p in report.people for m in p.mentions]
    spans += [
        SpanMention(start=m.start, end=m.end, label="BRANCH" if lib.kind == "branch" else "LIBRARY")
        for lib in report.libraries
        for m in lib.mentions
    ]
    return spans


def _total(label: str, value: int) -> str:
    return f'<div class="total"><b>{value}</b>{escape(label)}</div>'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return '<p class="notext">nieko nerasta</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _e(value: object) -> str:
    return escape(str(value)) if value not in (None, "") else ""


def _visit_cells(report: Report, number: int, doc_anchor: str) -> list[str]:
    visit = report.visits[number - 1]
    date = readable_date(visit.date) or ""
    if visit.date_end:
        date += f" – {readable_date(visit.date_end)}"
    return [
        f'<a id="{doc_anchor}-v{number}" href="#{doc_anchor}">{_e(report.source.id)} #{number}</a>',
        _e(date),
        _e(visit.library.name),
        _e("; ".join(b.settlement or b.name for b in visit.branches)),
        _e("; ".join(person_label(p.name, p.role) for p in visit.people)),
        _e("; ".join(topic_label(t) for t in visit.topics)),
    ]


def _people_rows(records: Records) -> list[list[str]]:
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    posts: dict[str, set[str]] = defaultdict(set)
    for i, report in enumerate(records.reports):
        for person in report.people:
            posts[person.name].add(f"doc-{i}")
            if person.role:
                roles[person.name][person.role] += 1
    rows = []
    for name in sorted(posts, key=lambda n: (-len(posts[n]), n)):
        links = " ".join(f'<a href="#{a}">{a[4:]}</a>' for a in sorted(posts[name], key=lambda a: int(a[4:])))
        rows.append([_e(name), _e(", ".join(r for r, _ in roles[name].most_common())), links])
    return rows


def _post(report: Report, index: int, text: str | None) -> str:
    anchor = f"doc-{index}"
    title = report.source.title or report.source.id or f"dokumentas {index + 1}"
    meta = [f"ID: {_e(report.source.id)}"]
    if report.source.url:
        meta.append(f'<a href="{escape(report.source.url, quote=True)}">{_e(report.source.url)}</a>')
    if report.source.published:
        meta.append(f"paskelbta {_e(report.source.published)}")
    visits = " ".join(f'<a href="#{anchor}-v{n}">vizitas #{n}</a>' for n in range(1, len(report.visits) + 1))
    if text:
        spans = report.spans if report.spans is not None else spans_from_report(report)
        body = highlighted(text, spans)
    else:
        body = '<p class="notext">tekstas neįtrauktas: paleiskite <code>ltreports batch --include-text</code></p>'
    warnings = "".join(f"<li>{_e(w)}</li>" for w in report.warnings)
    return (
        f'<section class="post" id="{anchor}"><h3>{_e(title)}</h3><div class="meta">{" · ".join(meta)}</div>'
        f"<p>{visits or 'vizitų nerasta'}</p>{body}"
        f"{f'<ul>{warnings}</ul>' if warnings else ''}</section>"
    )


def render_html(records: Records, *, title: str = "ltreports ataskaita", texts: dict[str, str] | None = None) -> str:
    """The whole page. ``texts`` gives a post's text by source id where the records lack it."""
    texts = texts or {}
    visits = [(r, n, f"doc-{i}") for i, r in enumerate(records.reports) for n in range(1, len(r.visits) + 1)]
    libraries = {v.library.name for r in records.reports for v in r.visits}
    people = {p.name for r in records.reports for p in r.people}
    warnings = sum(len(r.warnings) for r in records.reports)
    totals = "".join([
        _total("dokumentai", len(records.reports) + len(records.errors)),
        _total("vizitai", len(visits)),
        _total("bibliotekos", len(libraries)),
        _total("asmenys", len(people)),
        _total("įspėjimai", warnings),
        _total("klaidos", len(records.errors)),
    ])
    figures = "".join(
        f"<figure><figcaption>{escape(t)}</figcaption>{svg or '<p class=notext>nėra duomenų</p>'}</figure>"
        for t, svg in charts(records)
    )
    visit_table = _table(
        ["vizitas", "data", "biblioteka", "padaliniai", "dalyviai", "temos"],
        [_visit_cells(r, n, a) for r, n, a in visits],
    )
    people_table = _table(["asmuo", "pareigos", "įrašai"], _people_rows(records))
    legend = "".join(
        f'<span style="background:{color}">{LABEL_NAMES[label]}</span>'
        for label, color in COLORS.items()
    )
    posts = "".join(
        _post(r, i, r.text or texts.get(r.source.id or "")) for i, r in enumerate(records.reports)
    )
    problems = [
        [_e(r.source.id), "įspėjimas", _e(w)] for r in records.reports for w in r.warnings
    ] + [[_e(e.source.id), "klaida", _e(e.error)] for e in records.errors]
    generated = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="lt"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body><h1>{escape(title)}</h1><p class="meta">Sukurta {generated}, ltreports</p>
<div class="totals">{totals}</div>
<h2>Grafikai</h2><div class="charts">{figures}</div>
<h2>Vizitai</h2>{visit_table}
<h2>Asmenys ir pareigos</h2>{people_table}
<h2>Įspėjimai ir klaidos</h2>{_table(["dokumentas", "rūšis", "pranešimas"], problems)}
<h2>Įrašai</h2><p class="legend">{legend}</p>{posts}
</body></html>
"""
