"""Topic errors on the annotated posts, by topic: precision/recall per topic and, with ``--show``,
each false positive's evidence (the sentence of every match) and each miss.

    .venv/bin/python training/topics_errors.py [--rebuild] [--file train.jsonl] [--show TOPIC ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import topics_corpus

from ltreports.topics import TopicExtractor, collect, topic_ids


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--file", choices=topics_corpus.FILES)
    ap.add_argument("--show", nargs="*", default=[])
    ap.add_argument("--misses", action="store_true", help="with --show: the gold posts missed, first 300 chars")
    args = ap.parse_args()
    _, posts = topics_corpus.load(args.rebuild)
    extractor = TopicExtractor()
    tp, fp, fn = Counter(), Counter(), Counter()
    for post in posts:
        if args.file and post.file != args.file:
            continue
        post.doc._.ltr_topic_matches = None
        extractor(post.doc)
        pred, gold = set(collect(post.doc)), set(post.gold)
        for t in pred & gold:
            tp[t] += 1
        for t in pred - gold:
            fp[t] += 1
            if t in args.show:
                print(f"FP {t} {post.id}")
                for m in post.doc._.ltr_topic_matches:
                    if m.fact == t:
                        sent = post.doc.char_span(m.start, m.end, alignment_mode="expand")[0].sent
                        print(f"   [{m.text}] {sent.text[:300]!r}")
        for t in gold - pred:
            fn[t] += 1
            if t in args.show and args.misses:
                print(f"FN {t} {post.id}: {post.doc.text[:300]!r}")
    print(f"{'topic':18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for t in [*topic_ids(), "ALL"]:
        a, b, c = (sum(x.values()) for x in (tp, fp, fn)) if t == "ALL" else (tp[t], fp[t], fn[t])
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:18} {p:6.3f} {r:6.3f} {f:6.3f}   {a}/{b}/{c}")


if __name__ == "__main__":
    main()
