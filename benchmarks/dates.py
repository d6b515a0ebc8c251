"""Dates on the dev corpus: ltreports against dateparser's ``search_dates``.

    .venv/bin/python benchmarks/dates.py [--corpus ../shared/corpus/dev.jsonl]

Both systems read each post's text with its publication date (dateparser gets it as
``RELATIVE_BASE``); their date values are scored against the gold ``dates`` with the matching of
``../shared/tools/score.py`` (month and day only, when either side lacks the year).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DATE_PIPES = ("ltr_sentences", "ltr_boilerplate", "ltr_dates")  # what the dates depend on


def ltreports_dates(text: str, published: str | None) -> list[str]:
    """As ``ltreports.extract`` gives them, running only the components the dates need."""
    from ltreports import load_pipeline
    from ltreports.api import parse_published
    from ltreports.dates.resolve import collect
    from ltreports.text_input import prepare

    nlp = load_pipeline()
    doc = nlp.make_doc(prepare(text).text)
    doc._.ltr_published = parse_published(published)
    doc._.ltr_warnings = []
    for name, pipe in nlp.pipeline:
        if name in DATE_PIPES:
            doc = pipe(doc)
    return [d.value for d in collect(doc) if d.value]


def dateparser_dates(text: str, published: str | None) -> list[str]:
    from dateparser.search import search_dates

    settings = {}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    found = search_dates(text, languages=["lt"], settings=settings) or []
    return [value.date().isoformat() for _, value in found]


def score(corpus: list[dict], system: Callable[[str, str | None], list[str]], scorer: ModuleType) -> dict:
    tp = fp = fn = 0
    started = time.perf_counter()
    for doc in corpus:
        gold = scorer.uniq(doc["gold"].get("dates", []))
        pred = scorer.uniq(system(doc["text"], doc.get("published")))
        t, f, n = scorer.match_sets(gold, pred, scorer.dates_match)
        tp, fp, fn = tp + t, fp + f, fn + n
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f1, "tp": tp, "fp": fp, "fn": fn, "seconds": time.perf_counter() - started}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score.py")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    corpus = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    warnings.filterwarnings("ignore")
    print(f"dates on {args.corpus.name} ({len(corpus)} documents)")
    print(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn    seconds")
    for name, system in (("ltreports", ltreports_dates), ("dateparser", dateparser_dates)):
        s = score(corpus, system, scorer)
        counts = f"{s['tp']}/{s['fp']}/{s['fn']}"
        print(f"{name:<12} {s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f}  {counts:<11} {s['seconds']:.1f}")


if __name__ == "__main__":
    main()
