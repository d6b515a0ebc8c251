"""Per cue: in how many annotated posts it counts where the gold has its topic, and where it does not;
"alone" counts the posts where it is the topic's only counting cue. With ``--rejected``, the same for
the cues a context filter rejected (by reason): what a filter costs in recall.

    .venv/bin/python training/topics_cue_stats.py [--file train.jsonl] [--topic TOPIC] [--rejected]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import topics_corpus

from ltreports.morphology.component import doc_lemma_sets
from ltreports.topics.candidates import candidates


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", choices=topics_corpus.FILES)
    ap.add_argument("--topic")
    ap.add_argument("--rejected", action="store_true")
    args = ap.parse_args()
    _, posts = topics_corpus.load()
    good, bad, alone_good, alone_bad = Counter(), Counter(), Counter(), Counter()
    for post in posts:
        if args.file and post.file != args.file:
            continue
        found = candidates(post.doc, list(doc_lemma_sets(post.doc)))
        by_topic: dict[str, set[str]] = defaultdict(set)
        counted = {c.topic for c in found if c.reason is None}
        for c in found:
            if args.topic and c.topic != args.topic:
                continue
            if args.rejected:
                if c.reason is None or c.topic in counted:
                    continue
                key = f"{c.topic}:{' '.join(c.cue.words)}:{c.reason}"
            else:
                if c.reason is not None:
                    continue
                key = f"{c.topic}:{' '.join(c.cue.words)}"
            by_topic[c.topic].add(key)
        for topic, keys in by_topic.items():
            gold = topic in post.gold
            for k in keys:
                (good if gold else bad)[k] += 1
                if len(keys) == 1:
                    (alone_good if gold else alone_bad)[k] += 1
    print(f"{'cue':50} {'gold':>5} {'not':>5} {'alone+':>7} {'alone-':>7}")
    for k in sorted(set(good) | set(bad), key=lambda k: (k.split(":")[0], -(good[k] + bad[k]))):
        print(f"{k:50} {good[k]:5} {bad[k]:5} {alone_good[k]:7} {alone_bad[k]:7}")


if __name__ == "__main__":
    main()
