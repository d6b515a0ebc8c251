"""Batch throughput: documents per second in this process, and in a pool of 1 and 2 forked workers.

    .venv/bin/python benchmarks/batch.py [--corpus ../shared/corpus/train.jsonl] [--repeat 2]

Prints figures; asserts nothing. The pipeline is loaded before timing starts. Wall-clock figures depend on
what else runs on the machine: CPU seconds of the workers are printed too (resource.RUSAGE_CHILDREN).
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("LTREPORTS_DATA", str(REPO.parent / "shared" / "data"))
CORPUS = REPO.parent / "shared" / "corpus" / "train.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=2, help="the corpus is repeated this many times")
    ap.add_argument("--backend", default="spacy")
    args = ap.parse_args()

    from ltreports.batch import Settings, read_items, run
    from ltreports.batch.engines import warm

    items = list(read_items(args.corpus)) * args.repeat
    chars = sum(len(i.text or "") for i in items)
    warm(Settings(backend=args.backend))
    run(items, lambda line: None, backend=args.backend)  # a first pass fills the per-word caches forks inherit
    print(f"{len(items)} documents, {chars:,} characters ({args.corpus.name} x {args.repeat})")
    base = None
    for label, workers, timeout in [("in process", 1, None), ("1 worker", 1, 300), ("2 workers", 2, 300)]:
        lines: list[str] = []
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu, t0 = time.process_time(), time.perf_counter()
        run(items, lines.append, workers=workers, timeout=timeout, backend=args.backend)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = time.process_time() - cpu + (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
        base = base or wall
        print(f"{label:>11}: {wall:7.1f} s wall, {used:7.1f} s CPU, {len(items) / wall:6.2f} docs/s, "
              f"speed-up {base / wall:4.2f}x, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
