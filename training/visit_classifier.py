"""Does a small classifier over visit candidates beat the visit rules?

A candidate is a unit of a post (``ltreports.visits.assembly.read_units``: a dated sentence and the text it
governs, a heading over listed items, an undated stretch) with the library it would be a visit to (its
host, the heading's library, the subject library, the post's own library), one per date it lists, plus the
whole post as one undated candidate when the post has no date. Features come from the rule signals of the
unit (where its host came from, event verbs and nouns, a clause in the simple past, a venue elsewhere,
history years), from the tenses of its verbs (present, future, frequentative, first person), its date's
shape and its place in the page. The label is whether the gold annotation holds a visit with that date and
library (compared as ``score.py`` does).

Three systems are compared under cross-validation grouped by site (the host of the post's ``url``) over
train.jsonl + dev.jsonl, scored as the visits metric (P / R / F1 over the gold visits of held-out sites):

- rules: the candidates that ``unit_host`` / ``post_unit`` accept (today's default path);
- model: a logistic regression over the features alone;
- rules+model: the same with the rules' decision as one more feature.

Logistic regression: numpy, standardized features, L2, full-batch gradient descent from zeros (small and
deterministic).

    .venv/bin/python training/visit_classifier.py [--corpus ../shared/corpus] [--folds 5]

Prints the three figures and the model's weights; nothing is written (the rules are kept unless a model
wins). Last run (185 posts, 98 sites, 317 candidates): rules P .917 R .902 F1 .909; logistic regression
.826 / .880 / .852; rules + model .844 / .885 / .864; rules with the model as a veto .924 / .869 / .896.
The rules are kept.
"""

from __future__ import annotations

import argparse
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from annotated import annotated_docs, site  # training/annotated.py, beside this script
from logistic import fit
from spacy.tokens import Doc, Span

from ltreports.dates import resolve as dates_resolve
from ltreports.evaluation import dates_match, norm
from ltreports.libraries import resolve as libraries_resolve
from ltreports.visits.assembly import Reading, Unit, post_unit, read_units, unit_host
from ltreports.visits.grammar import data, lemmas
from ltreports.visits.tense import history_year, reports_event, simple_past

FEATURES = [
    "bias", "dated", "full_date", "yearless", "month_only", "listed_day",
    "host_named", "host_context", "section", "subject", "home_only", "post_level",
    "event_verb", "event_noun", "reported", "venue_elsewhere", "away", "under_heading", "subheading",
    "log_sentences", "position", "first_unit", "log_units", "log_dated_units", "history_sentences",
    "present_event_verbs", "future_verbs", "frequentative_verbs", "first_person_past", "published",
    "invitation",
]


@dataclass
class Candidate:
    key: tuple[str | None, str]  # (date, normalized library name)
    features: list[float]
    rule: bool


def visit_match(g: tuple, p: tuple) -> bool:
    return dates_match(g[0], p[0]) and g[1] == p[1]


def tense_counts(sentences: list[Span]) -> tuple[int, int, int, int, int]:
    """Verbs of the unit: (present event verbs, future, frequentative past, first person simple past,
    invitations "kviečia / kviečiame")."""
    words = data()
    present = future = freq = first = invite = 0
    for sent in sentences:
        for t in sent:
            readings = [a for a in t._.ltr_analyses or () if a.pos.startswith("verb")]
            tags = {tag for a in readings for tag in a.tags}
            if any(tag.startswith("Indic_Pres") for tag in tags) and lemmas(t) & words["event_verbs"]:
                present += 1
                invite += bool(lemmas(t) & {"kviesti", "pakviesti"})
            future += any(tag.startswith("Indic_Fut") for tag in tags)
            freq += any(tag.startswith("Indic_PastFreq") for tag in tags)
            first += simple_past(t) and any(tag.endswith("_I") for tag in tags)
    return present, future, freq, first, invite


def unit_features(doc: Doc, unit: Unit, reading: Reading, post_level: bool, index: int) -> list[float]:
    sentences = [s for s in reading.body if unit.start <= s.start_char < unit.end]
    published = doc._.ltr_published
    year = published.year if published is not None else None
    value = unit.date.value if unit.date is not None else None
    present, future, freq, first, invite = tense_counts(sentences)
    host_named = unit.host is not None and not unit.host_from_context
    sectioned = unit.section is not None and unit.section[0] is not None
    n_units = len(reading.units)
    text_len = max(1, len(doc.text))
    return [
        1.0,
        float(value is not None),
        float(bool(value) and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""))),
        float(bool(value) and (value or "").startswith("--")),
        float(bool(value) and bool(re.fullmatch(r"\d{4}-\d{2}", value or ""))),
        float(bool(unit.more_dates)),
        float(host_named),
        float(unit.host is not None and unit.host_from_context),
        float(sectioned),
        float(unit.subject is not None),
        float(unit.host is None and not sectioned and unit.subject is None),
        float(post_level),
        float(unit.event),
        float(unit.told),
        float(unit.reported),
        float(unit.venue_elsewhere),
        float(unit.away),
        float(unit.under_heading),
        float(unit.subheading),
        math.log1p(len(sentences)),
        unit.start / text_len,
        float(index == 0),
        math.log1p(n_units),
        math.log1p(sum(u.date is not None for u in reading.units)),
        math.log1p(sum(history_year(s, year) and reports_event(s) for s in sentences)),
        math.log1p(present),
        math.log1p(future),
        math.log1p(freq),
        math.log1p(first),
        float(published is not None),
        float(invite > 0),
    ]


def candidates(doc: Doc) -> list[Candidate]:
    reading = read_units(doc, dates_resolve.collect(doc), libraries_resolve.collect(doc))
    if reading is None:
        return []
    out: list[Candidate] = []
    accepted = False
    for index, unit in enumerate(reading.units):
        branches = list(unit.branches)
        host = unit_host(unit, reading)
        unit.branches = branches
        rule = host is not None
        accepted = accepted or rule
        if host is None:
            sectioned = unit.section is not None and unit.section[0] is not None
            host = unit.host or (unit.section[0] if sectioned else None) or unit.subject or reading.home  # type: ignore[index]
        if host is None:
            continue
        vec = unit_features(doc, unit, reading, False, index)
        for d in [unit.date, *unit.more_dates]:
            out.append(Candidate((d.value if d else None, norm(host.name) or ""), vec, rule))
    if not reading.valued and reading.home is not None:
        whole = post_unit(reading) if not accepted else None
        unit = whole or Unit(start=reading.body[0].start_char, end=reading.body[-1].end_char)
        for u in reading.units:
            unit.event, unit.told = unit.event or u.event, unit.told or u.told
            unit.reported = unit.reported or u.reported
            unit.venue_elsewhere = unit.venue_elsewhere or u.venue_elsewhere
        vec = unit_features(doc, unit, reading, True, 0)
        out.append(Candidate((None, norm(reading.home.name) or ""), vec, whole is not None))
    return out


def load(corpus: Path) -> list[dict]:
    rows = []
    for post, doc in annotated_docs(corpus):
        gold = [(v.get("date"), norm(v.get("library"))) for v in post["gold"]["visits"]]
        cands = candidates(doc)
        labels = [any(visit_match(g, c.key) for g in gold) for c in cands]
        rows.append({"id": post["id"], "site": site(post), "gold": gold, "cands": cands, "labels": labels})
    return rows


def standardize(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0
    std[std == 0] = 1.0
    return mean, std


def score(rows: list[dict], keep) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Visits P / R / F1: the kept candidates, one per (date, library), matched one to one to the gold."""
    tp = fp = fn = 0
    for k, row in enumerate(rows):
        pred: list[tuple] = []
        for i, c in enumerate(row["cands"]):
            if keep(k, i) and c.key not in pred:
                pred.append(c.key)
        gold = list(row["gold"])
        for g in gold:
            hit = next((j for j, p in enumerate(pred) if visit_match(g, p)), None)
            if hit is None:
                fn += 1
            else:
                tp += 1
                del pred[hit]
        fp += len(pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(rows: list[dict], folds: int, with_rule: bool) -> dict[tuple[int, int], bool]:
    sites = sorted({r["site"] for r in rows})
    fold_of = {s: i % folds for i, s in enumerate(sites)}
    decisions: dict[tuple[int, int], bool] = {}
    for fold in range(folds):
        x, y = matrix([r for r in rows if fold_of[r["site"]] != fold], with_rule)
        mean, std = standardize(x)
        w = fit((x - mean) / std, y, steps=5000)
        for k, row in enumerate(rows):
            if fold_of[row["site"]] != fold:
                continue
            for i, c in enumerate(row["cands"]):
                vec = (np.array(vector(c, with_rule)) - mean) / std
                decisions[(k, i)] = float(vec @ w) > 0
    return decisions


def vector(c: Candidate, with_rule: bool) -> list[float]:
    return c.features + ([float(c.rule)] if with_rule else [])


def matrix(rows: list[dict], with_rule: bool) -> tuple[np.ndarray, np.ndarray]:
    x = [vector(c, with_rule) for r in rows for c in r["cands"]]
    y = [float(lab) for r in rows for lab in r["labels"]]
    return np.array(x), np.array(y)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    rows = load(args.corpus)
    sites = {r["site"] for r in rows}
    n = sum(len(r["cands"]) for r in rows)
    print(f"{len(rows)} posts, {len(sites)} sites, {n} visit candidates ({sum(sum(r['labels']) for r in rows)} true)")
    every = score(rows, lambda k, i: True)
    rules = score(rows, lambda k, i: rows[k]["cands"][i].rule)
    model_d = cross_validate(rows, args.folds, with_rule=False)
    both_d = cross_validate(rows, args.folds, with_rule=True)
    model = score(rows, lambda k, i: model_d[(k, i)])
    both = score(rows, lambda k, i: both_d[(k, i)])
    veto = score(rows, lambda k, i: rows[k]["cands"][i].rule and model_d[(k, i)])
    print(f"grouped by site, {args.folds} folds: visits P / R / F1 (candidates against gold, as score.py)")
    print("  every candidate      {:.3f} / {:.3f} / {:.3f}".format(*every))
    print("  rules                {:.3f} / {:.3f} / {:.3f}".format(*rules))
    print("  logistic regression  {:.3f} / {:.3f} / {:.3f}".format(*model))
    print("  rules + model        {:.3f} / {:.3f} / {:.3f}".format(*both))
    print("  rules, model veto    {:.3f} / {:.3f} / {:.3f}".format(*veto))
    x, y = matrix(rows, with_rule=True)
    mean, std = standardize(x)
    w = fit((x - mean) / std, y, steps=5000)
    print("weights of rules + model on all posts (standardized features):")
    for name, weight in sorted(zip([*FEATURES, "rule"], w, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:22} {weight:+.2f}")


if __name__ == "__main__":
    main()
