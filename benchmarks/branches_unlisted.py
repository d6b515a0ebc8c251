"""Branches and libraries when the gazetteer lists no village branches: the unseen-municipality case.

    .venv/bin/python benchmarks/branches_unlisted.py [--corpus ../shared/corpus/train.jsonl ...]

Posts from municipalities whose branch lists the gazetteer lacks must get their branches from the grammar
and the dictionary's place names alone. This runs each corpus twice, with the built-in gazetteer and with
its village branch lists removed (city-district branches and departments kept: they are named by no
settlement), and prints ``../shared/tools/score.py``'s libraries, branches and visits F1 for both, and
the branch errors of the stripped run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
os.environ.setdefault("LTREPORTS_DATA", str(SHARED / "data"))
METRICS = ("libraries", "branches", "visits")


def strip_branch_lists() -> None:
    """Make the loader read the built-in gazetteer without its village branches."""
    from ltreports.libraries import gazetteer

    original = gazetteer._read

    def read(path):
        data, where = original(path)
        if path is None:
            kept = [b for b in data.get("branches", []) if b.get("kind") != "branch" or b.get("city_district")]
            data = {**data, "branches": kept}
        return data, where

    gazetteer._read = read
    gazetteer._load.cache_clear()


def run(corpus: Path, out: Path) -> None:
    import ltreports

    with corpus.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            if not line.strip():
                continue
            post = json.loads(line)
            source = {"id": post["id"], "url": post.get("url")}
            report = ltreports.extract(post["text"], published=post.get("published"), source=source)
            w.write(report.to_json() + "\n")


def score(corpus: Path, out: Path) -> tuple[dict[str, str], list[str]]:
    text = subprocess.run([sys.executable, str(SCORER), str(corpus), str(out), "--errors"], check=True,
                          capture_output=True, text=True).stdout
    figures = {}
    for row in text.splitlines():
        parts = row.split()
        if parts and parts[0] in METRICS and len(parts) >= 4:
            figures[parts[0]] = parts[3]
    return figures, [row for row in text.splitlines() if " branches:" in row]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[SHARED / "corpus" / "train.jsonl", SHARED / "corpus" / "dev.jsonl"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for label in ("listed", "unlisted"):
            if label == "unlisted":
                strip_branch_lists()
            for corpus in args.corpus:
                out = Path(tmp) / f"{label}-{corpus.stem}.jsonl"
                run(corpus, out)
                results[(label, corpus.stem)] = score(corpus, out)
    print(f"{'corpus':8} {'gazetteer':24} " + " ".join(f"{m:>10}" for m in METRICS))
    for (label, name), (figures, _) in results.items():
        what = "with branch lists" if label == "listed" else "without village branches"
        print(f"{name:8} {what:24} " + " ".join(f"{figures.get(m, '-'):>10}" for m in METRICS))
    for (label, name), (_, errors) in results.items():
        if label == "unlisted":
            for row in errors:
                print(f"{name}: {row}")


if __name__ == "__main__":
    main()
