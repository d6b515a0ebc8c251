"""End-to-end speed: documents and characters per second of ``ltreports.extract`` on the dev corpus.

    .venv/bin/python benchmarks/speed.py [--backend spacy|stanza] [--repeat 3]

Prints figures; asserts nothing. The pipeline is loaded (and timed) once, then every post is extracted.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import ltreports

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--backend", default="spacy")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    ltreports.load_pipeline(args.backend)
    load = time.perf_counter() - t0
    chars = sum(len(d["text"]) for d in docs) * args.repeat
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            ltreports.extract(d["text"], published=d.get("published"), backend=args.backend)
    elapsed = time.perf_counter() - t0
    n = len(docs) * args.repeat
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"backend {args.backend}: pipeline load {load:.2f} s")
    print(f"{n} documents in {elapsed:.2f} s: {n / elapsed:.1f} documents/s, {chars / elapsed / 1000:.1f} k chars/s")
    print(f"peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
