"""Train and evaluate the topic CANDIDATE model: one logistic regression over (post, topic) candidates,
i.e. every topic with at least one cue occurrence in the post (``src/ltreports/topics/candidates.py``),
described by where and how often its cues stand and which filters rejected them (``topic_features``).

The idea: a topic counts when the post's event was about that activity, not when a word for it occurs in
passing; a topic of the event should be named early (title, lead), often, in several sentences and by
different words, in clauses that report what took place; a cue in passing stands once, late, or where a
filter of ``context`` rejects it. The model tests whether the gold labels follow those measurable facts.

    .venv/bin/python training/topics_candidates_train.py [--rebuild]

Evaluation: 5-fold cross-validation GROUPED BY SITE (host of the url) over train + dev, micro F1 over
(post, topic) pairs as ``score.py`` counts topics; the threshold is chosen inside the training folds
(nested grouped CV). Compared on the same folds with the rules alone (a topic counts when one cue
counts). It did not beat the rules (``models/topics/README.md``), so no model file is written and the
pipeline has no loader for it.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import topics_corpus
from spacy.tokens import Doc
from topics_train import FOLDS, INNER_FOLDS, counts, f1, group_folds

from ltreports.language import doc_text
from ltreports.morphology.component import token_lemmas
from ltreports.topics.candidates import Candidate, candidates

THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(11))  # 0.2 .. 0.7
L2 = 0.01
STEPS = 2000
LEAD_CHARS = 400  # the title and the lead paragraph of a post


def topic_features(doc: Doc, found: list[Candidate]) -> dict[str, dict[str, float]]:
    """Per topic with at least one candidate, its features:

    ``topic:<id>`` 1 (the topic's own prior); ``accepted`` log(1 + cues that count); ``none`` 1 when no
    cue counts; ``distinct`` log(1 + different cues that count); ``sentences`` the share of the post's
    sentences with a cue that counts (x10, capped at 1); ``lead`` 1 when a cue that counts stands in the
    title or lead (the first ``LEAD_CHARS`` characters); ``position`` where the first cue that counts
    stands (0 at the start, 1 at the end); ``rejected:<filter>`` log(1 + cues that filter rejected)."""
    text_len = max(1, len(doc_text(doc)))
    n_sents = max(1, sum(1 for _ in doc.sents))
    by_topic: dict[str, list[Candidate]] = {}
    for c in found:
        by_topic.setdefault(c.topic, []).append(c)
    out: dict[str, dict[str, float]] = {}
    for topic, items in by_topic.items():
        ok = [c for c in items if c.reason is None]
        f: dict[str, float] = {f"topic:{topic}": 1.0}
        if ok:
            first = min(c.match.start for c in ok)
            f["accepted"] = math.log1p(len(ok))
            f["distinct"] = math.log1p(len({c.cue.words for c in ok}))
            f["sentences"] = min(1.0, 10 * len({doc[c.start].sent.start for c in ok}) / n_sents)
            f["lead"] = 1.0 if first < LEAD_CHARS else 0.0
            f["position"] = first / text_len
        else:
            f["none"] = 1.0
        rejected: dict[str, int] = {}
        for c in items:
            if c.reason is not None:
                rejected[c.reason] = rejected.get(c.reason, 0) + 1
        for reason, n in rejected.items():
            f[f"rejected:{reason}"] = math.log1p(n)
        out[topic] = f
    return out


class Rows:
    """One row per (post, candidate topic): features, gold label, post index."""

    def __init__(self, posts) -> None:
        self.post: list[int] = []
        self.topic: list[str] = []
        feats: list[dict[str, float]] = []
        self.rules: list[set[str]] = []
        for i, p in enumerate(posts):
            found = candidates(p.doc, [token_lemmas(t) for t in p.doc])
            self.rules.append({c.topic for c in found if c.reason is None})
            for topic, f in sorted(topic_features(p.doc, found).items()):
                self.post.append(i)
                self.topic.append(topic)
                feats.append(f)
        self.vocab = sorted({k for f in feats for k in f})
        col = {k: j for j, k in enumerate(self.vocab)}
        self.x = np.zeros((len(feats), len(self.vocab)))
        for r, f in enumerate(feats):
            for k, v in f.items():
                self.x[r, col[k]] = v
        self.gold = [set(p.gold) for p in posts]
        self.y = np.array([t in self.gold[i] for i, t in zip(self.post, self.topic, strict=True)], dtype=float)
        self.post_arr = np.array(self.post)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2 logistic regression by full-batch gradient descent (deterministic)."""
    w = np.zeros(x.shape[1])
    b = 0.0
    lr = 0.5
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= lr * (x.T @ (p - y) / len(y) + L2 * w)
        b -= lr * float((p - y).mean())
    return w, b


def predict(x: np.ndarray, model: tuple[np.ndarray, float]) -> np.ndarray:
    w, b = model
    return 1 / (1 + np.exp(-(x @ w + b)))


def post_sets(rows: Rows, row_idx: np.ndarray, probs: np.ndarray, th: float, posts: np.ndarray) -> list[set[str]]:
    out = {int(i): set() for i in posts}
    for r, p in zip(row_idx, probs, strict=True):
        if p >= th:
            out[rows.post[r]].add(rows.topic[r])
    return [out[int(i)] for i in posts]


def rows_of(rows: Rows, posts: np.ndarray) -> np.ndarray:
    return np.where(np.isin(rows.post_arr, posts))[0]


def choose_threshold(rows: Rows, sites: list[str], posts: np.ndarray) -> float:
    """The threshold best on out-of-fold probabilities by grouped CV inside `posts`."""
    idx_all = rows_of(rows, posts)
    oof = np.zeros(len(rows.y))
    for test in group_folds([sites[i] for i in posts], INNER_FOLDS):
        test_posts, train_posts = posts[test], np.setdiff1d(posts, posts[test])
        tr, te = rows_of(rows, train_posts), rows_of(rows, test_posts)
        oof[te] = predict(rows.x[te], fit(rows.x[tr], rows.y[tr]))
    gold = [rows.gold[i] for i in posts]
    return max(THRESHOLDS, key=lambda th: (f1(counts(post_sets(rows, idx_all, oof[idx_all], th, posts), gold))[2],
                                           -abs(th - 0.5)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    _, posts = topics_corpus.load(args.rebuild)
    rows = Rows(posts)
    sites = [p.site for p in posts]
    n = len(posts)
    pred: list[set[str]] = [set() for _ in range(n)]
    ths = []
    for test in group_folds(sites, FOLDS):
        train = np.setdiff1d(np.arange(n), test)
        th = choose_threshold(rows, sites, train)
        ths.append(th)
        tr, te = rows_of(rows, train), rows_of(rows, test)
        probs = predict(rows.x[te], fit(rows.x[tr], rows.y[tr]))
        for i, s in zip(test, post_sets(rows, te, probs, th, test), strict=True):
            pred[int(i)] = s
    print(f"  thresholds per fold {ths}; {len(rows.y)} candidates, {int(rows.y.sum())} gold; "
          f"gold topics without a candidate: {sum(len(g) for g in rows.gold) - int(rows.y.sum())}", file=sys.stderr)
    print(f"| approach ({FOLDS}-fold CV grouped by site, {n} posts, {len(set(sites))} sites) | P | R | F1 | tp/fp/fn |")
    print("|---|---|---|---|---|")
    for name, sets in (("rules alone", rows.rules), ("candidate model", pred)):
        c = counts(sets, rows.gold)
        p, r, f = f1(c)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {c[0]}/{c[1]}/{c[2]} |")


if __name__ == "__main__":
    main()
