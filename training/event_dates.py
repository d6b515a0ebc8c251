"""Experiment: does a small classifier over date candidates beat the event-date rules (``dates/events.py``)?

    .venv/bin/python training/event_dates.py ../shared/corpus/train.jsonl ../shared/corpus/dev.jsonl

Every date match with a value is a candidate; its label is whether it matches a gold date of its post
(the way ``score.py`` matches dates). Features: the rules' signals (reason of the decision, tense of the
governing verb, yearly and this-year cues, layout, year distance), no word identities. Model: L2 logistic
regression (numpy, deterministic), cross-validated GROUPED BY SITE (host of ``url``) over all posts given.
Prints the dates P/R/F1 of the rules and of the model under the same folds. Nothing is saved: the model is
kept only if it wins (see the report in the README of ``dates``/the helper's report).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import zlib
from pathlib import Path

import numpy as np
from annotated import site  # training/annotated.py, beside this script

from ltreports.evaluation import dates_match

REASONS = ("event", "stamp", "byline", "history", "biography", "observance", "nowadays", "idiom", "deadline", "aside")
KINDS = ("day", "range", "month", "relative")
TENSES = ("past", "pres", "fut", None)
FOLDS = 5


def prf(docs: list[tuple[list[str], list[str]]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for gold, pred in docs:
        pred = list(dict.fromkeys(pred))
        left = list(pred)
        hit = 0
        for g in dict.fromkeys(gold):
            for i, p in enumerate(left):
                if dates_match(g, p):
                    hit += 1
                    del left[i]
                    break
        tp, fp, fn = tp + hit, fp + len(left), fn + len(dict.fromkeys(gold)) - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def candidates(posts: list[dict]) -> list[dict]:
    import ltreports
    from ltreports.dates.events import _has_phrase as has_phrase
    from ltreports.dates.events import cues, governing_verb, sentence
    from ltreports.dates.resolve import decisions

    nlp = ltreports.load_pipeline()
    out = []
    for post in posts:
        doc = nlp.make_doc(post["text"])
        doc._.ltr_published = dt.date.fromisoformat(post["published"]) if post.get("published") else None
        doc._.ltr_warnings = []
        for _, pipe in nlp.pipeline:
            doc = pipe(doc)
        for match, resolved, decision in decisions(doc):
            if not resolved.value:
                continue
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            sent = sentence(span) if span is not None else None
            verb = governing_verb(span, sent) if sent is not None else None
            line_start = doc.text.rfind("\n", 0, match.start) + 1
            year = int(resolved.value[:4]) if resolved.value[0].isdigit() else None
            ref = doc._.ltr_published.year if doc._.ltr_published else None
            out.append(
                {
                    "site": site(post),
                    "post": post["id"],
                    "value": resolved.value,
                    "label": any(dates_match(g, resolved.value) for g in post["gold"]["dates"]),
                    "rule": decision.event,
                    "x": [
                        *(decision.reason == r for r in REASONS),
                        *(match.fact.kind == k for k in KINDS),
                        *((verb.tense if verb else None) == t for t in TENSES),
                        match.fact.year is not None,
                        match.fact.numeric,
                        sent is not None and has_phrase(sent, cues().yearly),
                        sent is not None and has_phrase(sent, cues().this_year),
                        not doc.text[line_start : match.start].strip(),
                        match.start / max(len(doc.text), 1),
                        min(max((ref - year) if ref and year else 0, -3), 10) / 10,
                    ],
                }
            )
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 2000, rate: float = 0.5) -> np.ndarray:
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0] / len(y)
        w -= rate * grad
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.hstack([x, np.ones((len(x), 1))]) @ w))


def main(paths: list[str]) -> None:
    if not paths:
        sys.exit(__doc__)  # the corpus files to read are required
    posts = [json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line]
    cands = candidates(posts)
    sites = sorted({c["site"] for c in cands} | {site(p) for p in posts})
    fold_of = {s: zlib.crc32(s.encode()) % FOLDS for s in sites}
    x = np.array([c["x"] for c in cands], dtype=float)
    y = np.array([c["label"] for c in cands], dtype=float)
    model_event = np.zeros(len(cands), dtype=bool)
    for fold in range(FOLDS):
        test = np.array([fold_of[c["site"]] == fold for c in cands])
        w = fit(x[~test], y[~test])
        model_event[test] = predict(w, x[test]) >= 0.5
    gold = {p["id"]: p["gold"]["dates"] for p in posts}
    for name, chosen in (("rules", [c["rule"] for c in cands]), ("logistic regression", model_event)):
        preds: dict[str, list[str]] = {p: [] for p in gold}
        for c, keep in zip(cands, chosen, strict=True):
            if keep:
                preds[c["post"]].append(c["value"])
        p, r, f = prf([(gold[k], preds[k]) for k in gold])
        print(f"{name:22s} dates P {p:.3f} R {r:.3f} F1 {f:.3f}  ({len(cands)} candidates, {FOLDS} site folds)")


if __name__ == "__main__":
    main(sys.argv[1:])
