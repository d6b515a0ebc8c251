"""Extract one post and print its visits, one line each.

    .venv/bin/python examples/extract_post.py ../shared/seed/000_623d5be2e6b37c1a.txt [--published 2023-05-20]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import ltreports


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--published")
    args = ap.parse_args()
    report = ltreports.extract(args.path.read_bytes(), published=args.published)
    for visit in report.visits:
        people = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in visit.people)
        branches = ", ".join(b.settlement or b.name for b in visit.branches)
        print(f"{visit.date or '????-??-??'}  {visit.library.name}  [{branches}]  {people}  {visit.topics}")
    for warning in report.warnings:
        print("warning:", warning)


if __name__ == "__main__":
    main()
