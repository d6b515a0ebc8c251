"""ms per post of ``people.participation.decide`` over the corpus posts (train + dev), its per-Doc cache cleared.

    python benchmarks/participation.py [--repeat 3] [--dump FILE]

Each post runs through the pipeline ``--repeat`` times; each time, right after, every person mention's decision
is timed from an empty cache (the best time of each post counted). ``--dump`` writes the decisions, one line per
mention, to compare two trees.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _annotate(nlp, post: dict):
    """The post through the pipeline as ``ltreports.extract`` runs it (its date and site set on the Doc)."""
    from ltreports.api import parse_published
    from ltreports.libraries.component import set_document_context
    from ltreports.text_input import prepare

    doc = nlp.make_doc(prepare(post["text"]).text)
    doc._.ltr_published = parse_published(post.get("published"))
    doc._.ltr_warnings = []
    set_document_context(doc, url=post.get("url"), gazetteer=None)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("corpus", nargs="*", type=Path,
                        default=[CORPUS / "train.jsonl", CORPUS / "dev.jsonl"])
    args = parser.parse_args()

    import ltreports
    from ltreports.matches import doc_extension
    from ltreports.people import participation

    nlp = ltreports.load_pipeline("spacy")
    posts = [json.loads(line) for path in args.corpus for line in path.open(encoding="utf-8") if line.strip()]
    total, mentions = 0.0, 0
    lines: list[str] = []
    for post in posts:
        best = float("inf")
        for n in range(args.repeat):
            doc = _annotate(nlp, post)  # a new Doc each time: decided once, right after the pipeline, as in ``extract``
            found = list(doc_extension(doc, "ltr_person_matches") or [])
            doc.user_data.pop(participation.CACHE_KEY, None)
            t0 = time.process_time()
            decisions = [participation.decide(doc, m.start, m.end, m.fact) for m in found]
            best = min(best, time.process_time() - t0)
            if n == 0:
                mentions += len(found)
                if args.dump:
                    lines.extend(f"{post.get('id')}\t{m.start}\t{m.end}\t{d.part}\t{d.reason}"
                                 for m, d in zip(found, decisions, strict=True))
        total += best
    print(f"{len(posts)} posts, {mentions} mentions: decide {total / len(posts) * 1000:.3f} ms per post, "
          f"{total / max(mentions, 1) * 1000:.3f} ms per mention (best of {args.repeat} per post, CPU)")
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
