"""Does a small classifier over person candidates beat the participation rules?

For every person the extractor finds (a cluster of name mentions, before the "is this a person the
post lists?" filter), features come from ``ltreports.people.participation``: each mention's decision
and reason, the cases of its mentions, its role, its place in the page. The label is whether the gold
annotation lists the person. A logistic regression (numpy, L2, full-batch gradient descent: small,
deterministic) is compared with the rule ``participation.listed`` under cross-validation grouped by
site (the host of the post's ``url``) over train.jsonl + dev.jsonl, scored as the people metric
(precision, recall and F1 over the gold people of the held-out sites).

    .venv/bin/python training/participation_classifier.py [--corpus ../shared/corpus] [--folds 5]

Prints both figures; nothing is written (the rules are kept unless the model wins).
"""

from __future__ import annotations

import argparse
import math
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import numpy as np
from annotated import annotated_docs  # training/annotated.py, beside this script
from annotated import site as site_of
from logistic import fit

from ltreports.people.participation import Part, decide, listed
from ltreports.people.resolve import _cluster

PARTS = [p.value for p in Part]
REASONS = [
    "credit", "credit sentence", "byline", "thanked", "quoted author", "deceased", "spoken about", "genitive of",
    "dedicated", "anniversary", "commemorated", "cited", "former", "history", "role", "subject", "object", "met",
    "agent", "recipient", "signature", "related", "sender", "reported", "title", "absent", "author came",
]
CASES = ["Nom", "Gen", "Dat", "Acc", "Inst", "Loc", None]


def norm(name: str) -> str:
    s = unicodedata.normalize("NFC", name).casefold()
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:")


def family_key(name: str) -> str:
    return norm(name).split(" ")[-1][:5]


def features(doc, cluster) -> tuple[list[float], bool]:
    mentions = cluster.mentions
    decisions = [decide(doc, m.start, m.end, m.fact) for m in mentions]
    n = len(mentions)
    parts = [d.part.value for d in decisions]
    reasons = {d.reason for d in decisions}
    cases = [m.fact.case for m in mentions]
    text_len = max(1, len(doc.text))
    first = min(m.start for m in mentions)
    vec = [1.0, math.log1p(n)]
    vec += [parts.count(p) / n for p in PARTS]
    vec += [float(p in parts) for p in PARTS]
    vec += [float(r in reasons) for r in REASONS]
    vec += [cases.count(c) / n for c in CASES]
    vec += [
        float(any(m.fact.role for m in mentions)),
        first / text_len,
        float(doc.text[:first].count("\n") <= 3),
        float(all(m.fact.initials_only or m.fact.surname_only for m in mentions)),
        float(parts.count("referred") > parts.count("neutral")),
        float(parts.count("referred") == parts.count("neutral")),
        float(any(m.fact.case == "Nom" and m.fact.role for m in mentions)),
    ]
    return vec, listed(doc, mentions)


def load(corpus: Path) -> list[dict]:
    rows = []
    for post, doc in annotated_docs(corpus):
        gold = {family_key(p["name"]) for p in post["gold"]["people"]}
        site = site_of(post)
        people = []
        for cluster in _cluster(doc._.ltr_person_matches or [], len(doc.text.rstrip())):
            if all(m.fact.surname_only for m in cluster.mentions):
                continue
            vec, rule = features(doc, cluster)
            label = family_key(cluster.best().name) in gold
            people.append((vec, rule, label))
        rows.append({"site": site, "gold": len(gold), "people": people})
    return rows


def score(rows: list[dict], keep) -> tuple[float, float, float]:
    tp = fp = gold = 0
    for row in rows:
        gold += row["gold"]
        for i, (_, _, label) in enumerate(row["people"]):
            if keep(row, i):
                tp += label
                fp += not label
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    rows = load(args.corpus)
    sites = sorted({r["site"] for r in rows})
    fold_of = {s: i % args.folds for i, s in enumerate(sites)}
    decisions: dict[tuple[int, int], bool] = {}
    by_fold = defaultdict(list)
    for k, row in enumerate(rows):
        by_fold[fold_of[row["site"]]].append(k)
    for fold in range(args.folds):
        train = [
            (vec, label)
            for row in rows
            if fold_of[row["site"]] != fold
            for vec, _, label in row["people"]
        ]
        x = np.array([v for v, _ in train])
        y = np.array([float(lab) for _, lab in train])
        w = fit(x, y)
        for k in by_fold[fold]:
            for i, (vec, _, _) in enumerate(rows[k]["people"]):
                decisions[(k, i)] = float(np.array(vec) @ w) > 0
    index = {id(r): k for k, r in enumerate(rows)}
    everyone = score(rows, lambda row, i: True)
    rule = score(rows, lambda row, i: row["people"][i][1])
    model = score(rows, lambda row, i: decisions[(index[id(row)], i)])
    print(f"{len(rows)} posts, {len(sites)} sites, {sum(len(r['people']) for r in rows)} person candidates")
    print(f"grouped by site, {args.folds} folds: people P / R / F1 (candidates' family names against gold)")
    print("  no filter          {:.3f} / {:.3f} / {:.3f}".format(*everyone))
    print("  rules (listed)     {:.3f} / {:.3f} / {:.3f}".format(*rule))
    print("  logistic regression {:.3f} / {:.3f} / {:.3f}".format(*model))


if __name__ == "__main__":
    main()
