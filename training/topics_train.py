"""Train and evaluate the post-level topic classifier (``src/ltreports/topics/classifier.py``).

    .venv/bin/python training/topics_train.py [--rebuild] [--write]

Data: the annotated posts of ``../shared/corpus`` (train + dev). Evaluation: cross-validation GROUPED BY
SITE (the host of the post's url: no site is in a training and a test fold at once), 5 folds, micro F1
over (post, topic) pairs, as ``score.py`` counts topics. Each approach's threshold is chosen inside the
training folds (nested grouped CV), so the scores printed are for posts of unseen sites.

Approaches: the rules alone; the classifier alone over lemmas (``lemmas``) or over lemmas and the rule
topics (``stack``); rules AND classifier (a rule topic kept only if the classifier agrees); rules OR
classifier. ``--write`` trains the chosen approach on all posts and writes ``models/topics/topics_model.json``.
Model: per topic a logistic regression (L2, batch gradient descent in numpy, deterministic).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import topics_corpus

from ltreports.morphology.component import token_lemmas
from ltreports.topics import topic_ids
from ltreports.topics.classifier import TopicModel, features
from ltreports.topics.component import cue_matches

FOLDS = 5
INNER_FOLDS = 4
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
L2 = 1e-3
EPOCHS = 300
KEEP = 300  # weights kept per topic in the model file
MIN_SITES = 2  # a feature must occur on at least this many sites of the training posts
# written beside the default path: the rules alone won under grouped CV, so the model is not loaded unless
# $LTREPORTS_TOPICS_MODEL names it (or it is renamed to topics_model.json)
OUT = topics_corpus.REPO / "models" / "topics" / "topics_model.candidate.json"


def group_folds(groups: list[str], k: int) -> list[np.ndarray]:
    """Indices of k test folds; every group in one fold; biggest groups first, to the smallest fold."""
    size: dict[str, int] = defaultdict(int)
    for g in groups:
        size[g] += 1
    folds: list[list[str]] = [[] for _ in range(k)]
    load = [0] * k
    for g in sorted(size, key=lambda g: (-size[g], g)):
        j = min(range(k), key=lambda j: (load[j], j))
        folds[j].append(g)
        load[j] += size[g]
    return [np.array([i for i, g in enumerate(groups) if g in set(f)]) for f in folds]


class Data:
    """Every post's features as one matrix (lemma features scaled to unit length per post, rule
    features 1), the gold topics, and per feature the sites it occurs on."""

    def __init__(self, posts, rules: list[set[str]], use_rules: bool) -> None:
        self.topics = topic_ids()
        self.sites = [p.site for p in posts]
        feats = [features(p.doc, None, r if use_rules else ()) for p, r in zip(posts, rules, strict=False)]
        sites_of: dict[str, set[str]] = defaultdict(set)
        for fs, site in zip(feats, self.sites, strict=False):
            for f in fs:
                sites_of[f].add(site)
        # features seen on one site only can pass no fold's test below: leave them out here already
        self.vocab = sorted(f for f, s in sites_of.items() if len(s) >= MIN_SITES or f.startswith("r:"))
        col = {f: j for j, f in enumerate(self.vocab)}
        self.x = np.zeros((len(posts), len(self.vocab)), dtype=np.float32)
        for r, fs in enumerate(feats):
            words = [f for f in fs if not f.startswith("r:")]  # the scale counts every word feature,
            lemma_cols = [col[f] for f in words if f in col]  # as the classifier does at run time
            if lemma_cols:
                self.x[r, lemma_cols] = 1 / np.sqrt(len(words))
            self.x[r, [col[f] for f in fs if f.startswith("r:")]] = 1.0
        self.is_rule = np.array([f.startswith("r:") for f in self.vocab])
        site_ids = {s: k for k, s in enumerate(sorted(set(self.sites)))}
        self.site_of = np.array([site_ids[s] for s in self.sites])
        self.site_matrix = np.zeros((len(posts), len(site_ids)), dtype=np.float32)
        self.site_matrix[np.arange(len(posts)), self.site_of] = 1.0
        self.y = np.array([[t in p.gold for t in self.topics] for p in posts], dtype=np.float32)


def fit(data: Data, idx: np.ndarray):
    """Logistic regression per topic on the posts `idx` (features on at least MIN_SITES of their sites)."""
    present = (data.x[idx] > 0).astype(np.float32)
    n_sites = ((data.site_matrix[idx].T @ present) > 0).sum(axis=0)
    cols = np.where((n_sites >= MIN_SITES) | (data.is_rule & (present.sum(axis=0) > 0)))[0]
    x = data.x[np.ix_(idx, cols)]
    y = data.y[idx]
    w = np.zeros((len(cols), y.shape[1]), dtype=np.float32)
    b = np.zeros(y.shape[1], dtype=np.float32)
    m, v = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, EPOCHS + 1):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = x.T @ (p - y) / len(idx) + L2 * w
        gb = (p - y).mean(axis=0)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        corr = np.sqrt(1 - beta2**step) / (1 - beta1**step)
        w -= lr * corr * m / (np.sqrt(v) + eps)
        b -= lr * corr * mb / (np.sqrt(vb) + eps)
    return cols, w, b


def to_model(data: Data, parts, mode: str, threshold: float) -> TopicModel:
    cols, w, b = parts
    weights = {}
    for t, topic in enumerate(data.topics):
        order = np.argsort(-np.abs(w[:, t]))[:KEEP]
        weights[topic] = {data.vocab[cols[j]]: round(float(w[j, t]), 4) for j in order if abs(w[j, t]) >= 1e-3}
    return TopicModel(mode, {t: round(float(b[i]), 4) for i, t in enumerate(data.topics)},
                      dict.fromkeys(data.topics, threshold), weights)


def predict(data: Data, parts, idx: np.ndarray) -> np.ndarray:
    cols, w, b = parts
    return 1 / (1 + np.exp(-(data.x[np.ix_(idx, cols)] @ w + b)))


def decide(mode: str, rules: set[str], probs: dict[str, float], threshold: float) -> set[str]:
    model = TopicModel(mode, dict.fromkeys(probs, 0.0), dict.fromkeys(probs, threshold), {})
    return model.decide(rules, probs)


def counts(pred: list[set[str]], gold: list[set[str]]) -> tuple[int, int, int]:
    pairs = list(zip(pred, gold, strict=True))
    return sum(len(p & g) for p, g in pairs), sum(len(p - g) for p, g in pairs), sum(len(g - p) for p, g in pairs)


def f1(c: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def oof_probs(data: Data, idx: np.ndarray, k: int) -> np.ndarray:
    """Out-of-fold probabilities for the posts idx, by grouped CV inside idx."""
    out = np.zeros((len(idx), len(data.topics)))
    for test in group_folds([data.sites[i] for i in idx], k):
        train = np.setdiff1d(np.arange(len(idx)), test)
        out[test] = predict(data, fit(data, idx[train]), idx[test])
    return out


def choose_threshold(mode: str, data: Data, idx: np.ndarray, probs: np.ndarray, rules: list[set[str]],
                     gold: list[set[str]]) -> float:
    """The threshold that scores best on the out-of-fold probabilities `probs` of the posts `idx`."""
    return max(THRESHOLDS, key=lambda th: (f1(counts(
        [decide(mode, rules[i], dict(zip(data.topics, probs[r], strict=False)), th) for r, i in enumerate(idx)],
        [gold[i] for i in idx]))[2], -abs(th - 0.5)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--write", choices=["and", "or", "alone", "stack"], help="train on all posts, write the model")
    args = ap.parse_args()
    _, posts = topics_corpus.load(args.rebuild)
    rules = [{m.fact for m in cue_matches(p.doc, [token_lemmas(t) for t in p.doc])} for p in posts]
    gold = [set(p.gold) for p in posts]
    lemmas = Data(posts, rules, use_rules=False)
    stacked = Data(posts, rules, use_rules=True)
    approaches = {  # name: (data, mode)
        "classifier alone (lemmas)": (lemmas, "alone"),
        "classifier alone (lemmas + rule topics)": (stacked, "alone"),
        "rules AND classifier (lemmas + rule topics)": (stacked, "and"),
        "rules OR classifier (lemmas + rule topics)": (stacked, "or"),
    }
    n = len(posts)
    results: dict[str, list[set[str]]] = {"rules alone": rules}
    chosen: dict[str, list[float]] = defaultdict(list)
    preds = {name: [set() for _ in range(n)] for name in approaches}
    for test in group_folds(lemmas.sites, FOLDS):
        train = np.setdiff1d(np.arange(n), test)
        for data in (lemmas, stacked):  # one set of fits per feature set, shared by the modes using it
            inner = oof_probs(data, train, INNER_FOLDS)
            probs = predict(data, fit(data, train), test)
            for name, (d, mode) in approaches.items():
                if d is not data:
                    continue
                th = choose_threshold(mode, data, train, inner, rules, gold)
                chosen[name].append(th)
                for r, i in enumerate(test):
                    preds[name][i] = decide(mode, rules[i], dict(zip(data.topics, probs[r], strict=False)), th)
    results.update(preds)
    for name in approaches:
        print(f"  {name}: thresholds per fold {chosen[name]}", file=sys.stderr)
    print(f"| approach ({FOLDS}-fold CV grouped by site, {n} posts, {len(set(lemmas.sites))} sites) "
          f"| P | R | F1 | tp/fp/fn |")
    print("|---|---|---|---|---|")
    for name, pred in results.items():
        c = counts(pred, gold)
        p, r, f = f1(c)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {c[0]}/{c[1]}/{c[2]} |")
    if args.write:
        mode = "alone" if args.write == "stack" else args.write
        data = lemmas if args.write == "alone" else stacked
        all_idx = np.arange(n)
        th = choose_threshold(mode, data, all_idx, oof_probs(data, all_idx, FOLDS), rules, gold)
        model = to_model(data, fit(data, all_idx), mode, th)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps({"mode": model.mode, "bias": model.bias, "threshold": model.threshold,
                                   "weights": model.weights}, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                       encoding="utf-8")
        print(f"wrote {OUT} (mode {mode}, threshold {th}, {OUT.stat().st_size // 1024} KiB)", file=sys.stderr)

if __name__ == "__main__":
    main()
