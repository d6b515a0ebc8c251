"""Scoring predictions against gold records in the corpus format (``../shared/corpus/README.md``).

The metrics are those of the project's scorer (``../shared/tools/score.py``): micro-averaged
precision, recall and F1 over people, people with roles, role heads, libraries, branches, dates,
visits (date and library), visit participants and topics. Names are compared case- and
quote-insensitively; a year-less date matches any year with its month and day.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

PUBLIC_KINDS = ("national", "county", "municipal", "special")
METRICS = ("people", "people_roles", "role_heads", "libraries", "branches", "dates", "visits",
           "visit_people", "topics")


def norm(s: object) -> str | None:
    if s is None:
        return None
    text = unicodedata.normalize("NFC", str(s)).casefold()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[\"'„“”«»]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def head(role: str | None) -> str | None:
    """The role's head noun: its last word ("vyr. bibliotekininkė" → "bibliotekininkė")."""
    return role.split(" ")[-1] if role else role


def date_key(d: object) -> tuple | None:
    if not d:
        return None
    text = str(d).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return ("md", m.group(2), m.group(3)), ("full", text)
    m = re.fullmatch(r"--(\d{2})-(\d{2})", text)
    if m:
        return ("md", m.group(1), m.group(2)), None
    return ("raw", text), ("raw", text)


def dates_match(a: object, b: object) -> bool:
    """Equal dates; where either side lacks the year, equal month and day."""
    ka, kb = date_key(a), date_key(b)
    if ka is None or kb is None:
        return ka is kb
    if ka[1] is not None and kb[1] is not None:
        return ka[1] == kb[1]
    return ka[0] == kb[0]


def _uniq(xs: Iterable) -> list:
    out: list = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def gold_sets(gold: dict) -> dict[str, list]:
    roles = _uniq((norm(p["name"]), norm(p["role"])) for p in gold.get("people", []) if p.get("role"))
    return {
        "people": _uniq(norm(p["name"]) for p in gold.get("people", [])),
        "people_roles": roles,
        "role_heads": _uniq((n, head(r)) for n, r in roles),
        "libraries": _uniq(norm(x) for x in gold.get("libraries", [])),
        "branches": _uniq(norm(b["settlement"] if isinstance(b, dict) else b) for b in gold.get("branches", [])),
        "dates": _uniq(gold.get("dates", [])),
        "visits": [(v.get("date"), norm(v.get("library"))) for v in gold.get("visits", [])],
        "visit_people": _uniq((v.get("date"), norm(v.get("library")), norm(p))
                              for v in gold.get("visits", []) for p in v.get("people", [])),
        "topics": _uniq(gold.get("topics", [])),
    }


def predicted_sets(pred: dict) -> dict[str, list]:
    people = pred.get("people", [])
    roles = _uniq((norm(x.get("name")), norm(x.get("role"))) for x in people if x.get("name") and x.get("role"))
    libraries, branches = [], []
    for lib in pred.get("libraries", []):
        if lib.get("kind") == "branch":
            branches.append(norm(lib.get("settlement") or lib.get("name")))
        elif lib.get("kind") in PUBLIC_KINDS:
            libraries.append(norm(lib.get("name")))
    visits, visit_people = [], []
    for v in pred.get("visits", []):
        lib = norm((v.get("library") or {}).get("name"))
        visits.append((v.get("date"), lib))
        visit_people.extend((v.get("date"), lib, norm(p.get("name"))) for p in v.get("people", []))
    return {
        "people": _uniq(norm(x.get("name")) for x in people if x.get("name")),
        "people_roles": roles,
        "role_heads": _uniq((n, head(r)) for n, r in roles),
        "libraries": _uniq(libraries),
        "branches": _uniq(branches),
        "dates": _uniq(d.get("value") for d in pred.get("dates", []) if d.get("value")),
        "visits": visits,
        "visit_people": _uniq(visit_people),
        "topics": _uniq(pred.get("topics", [])),
    }


def _equal(a: object, b: object) -> bool:
    return a == b


EQUALITY: dict[str, Callable[[object, object], bool]] = {
    "dates": dates_match,
    "visits": lambda g, p: dates_match(g[0], p[0]) and g[1] == p[1],  # type: ignore[index]
    "visit_people": lambda g, p: dates_match(g[0], p[0]) and g[1:] == p[1:],  # type: ignore[index]
}


def _match(gold: list, pred: list, eq: Callable[[object, object], bool]) -> tuple[int, int, int]:
    """Greedy one-to-one matching: (true positives, false positives, false negatives)."""
    left = list(pred)
    tp = 0
    for g in gold:
        for i, p in enumerate(left):
            if eq(g, p):
                tp += 1
                del left[i]
                break
    return tp, len(left), len(gold) - tp


@dataclass
class DocumentErrors:
    id: str
    metric: str
    missed: list
    extra: list


@dataclass
class Evaluation:
    counts: dict[str, Counter] = field(default_factory=lambda: {m: Counter() for m in METRICS})
    documents: int = 0
    missing: int = 0
    errors: list[DocumentErrors] = field(default_factory=list)

    def scores(self) -> dict[str, dict[str, float | int]]:
        out: dict[str, dict[str, float | int]] = {}
        for m in METRICS:
            c = self.counts[m]
            prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
            rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[m] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                      "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
        return out

    def as_json(self) -> dict:
        return {**self.scores(), "documents": self.documents, "missing_predictions": self.missing}

    def table(self) -> str:
        lines = [f"{'metric':14} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn   "
                 f"({self.documents} documents, {self.missing} without output)"]
        for m, r in self.scores().items():
            lines.append(f"{m:14} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}   "
                         f"{r['tp']}/{r['fp']}/{r['fn']}")
        return "\n".join(lines)


def evaluate(gold_docs: Iterable[dict], predictions: dict[str | None, dict]) -> Evaluation:
    """Score ``predictions`` (output objects keyed by ``source.id``) against gold documents."""
    result = Evaluation()
    for doc in gold_docs:
        result.documents += 1
        pred = predictions.get(doc["id"])
        if pred is None:
            result.missing += 1
            pred = {}
        gs, ps = gold_sets(doc.get("gold") or {}), predicted_sets(pred)
        for m in METRICS:
            eq = EQUALITY.get(m, _equal)
            tp, fp, fn = _match(gs[m], ps[m], eq)
            result.counts[m].update(tp=tp, fp=fp, fn=fn)
            if fp or fn:
                missed = [g for g in gs[m] if not any(eq(g, x) for x in ps[m])]
                extra = [x for x in ps[m] if not any(eq(g, x) for g in gs[m])]
                result.errors.append(DocumentErrors(doc["id"], m, missed, extra))
    return result
