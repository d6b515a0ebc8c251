"""Library mentions per second: the ``ltr_libraries`` component and ``collect`` on the dev corpus.

    .venv/bin/python benchmarks/libraries.py [--corpus ../shared/corpus/dev.jsonl] [--repeat 5]

The documents go through the pipeline once; the timed part runs the library extractor and the
resolution again on the finished docs (the dictionary cache warm, as in a long batch run), and a
batch of fuzzy lookups (``rapidfuzz.process.cdist``) of misspelt names.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MISSPELT = [
    "Elektrenu savivaldybes viesojoje bibliotekoje",
    "Elektėnų savivaldybės viešojoje bibliotekoje",
    "Lazdiju rajono savivaldybes viesaja biblioteka",
    "Kupiškio viešojoje bibliotekje",
    "Vilniaus apskrities Adomo Mickevičiuas viešosios bibliotekos",
    "gražioje naujoje bibliotekoje",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev.jsonl")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import ltreports
    from ltreports.libraries.component import Extractor
    from ltreports.libraries.fuzzy import fuzzy_lookup
    from ltreports.libraries.gazetteer import load_gazetteer
    from ltreports.libraries.resolve import collect

    t0 = time.perf_counter()
    gaz = load_gazetteer()
    load_time = time.perf_counter() - t0
    nlp = ltreports.load_pipeline()
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8") if line.strip()]
    docs = list(nlp.pipe(texts))
    extractor = Extractor()
    mentions = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for doc in docs:
            doc._.ltr_library_matches = []
            extractor(doc)
            mentions += sum(len(lib.mentions) for lib in collect(doc))
    elapsed = time.perf_counter() - t0
    chars = sum(len(t) for t in texts) * args.repeat
    queries = MISSPELT * 50
    t0 = time.perf_counter()
    fuzzy_lookup(gaz, queries)
    fuzzy_time = time.perf_counter() - t0
    print(f"gazetteer: {len(gaz.entries)} entries, {len(gaz.aliases)} names and short forms, loaded in "
          f"{load_time:.2f} s")
    print(f"libraries: {mentions} mentions in {len(docs) * args.repeat} documents ({chars / 1000:.0f} k chars) "
          f"in {elapsed:.2f} s: {mentions / elapsed:.0f} mentions/s, {len(docs) * args.repeat / elapsed:.0f} docs/s")
    print(f"fuzzy: {len(queries)} lookups in {fuzzy_time:.3f} s: {len(queries) / fuzzy_time:.0f} lookups/s")


if __name__ == "__main__":
    main()
