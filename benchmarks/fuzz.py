"""Fuzzing the batch path: N generated hostile documents through ``ltreports.batch.run`` (worker pool,
per-document timeout), then counted:

- faults: documents whose line is an internal error (an uncaught exception, a dead or stalled worker);
- offset violations: a mention whose ``text`` is not ``text[start:end]`` of the report's text;
- lost documents: inputs without their output line, or lines out of order.

Cases: Lithuanian fragments mixed with random Unicode (lone surrogates, superscript digits, NUL, CR),
random bytes, Windows-1257 bytes, malformed and deeply nested HTML, random JSON Lines lines (read by the
batch reader), and publication dates from 0001-01-01 to 9999-12-31 or not dates at all.

    .venv/bin/python benchmarks/fuzz.py                 # 100,000 cases, 2 workers
    .venv/bin/python benchmarks/fuzz.py --cases 2000 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("LTREPORTS_DATA", str(REPO.parent / "shared" / "data"))

FRAGMENTS = [
    "Gegužės", "gegužės", "3", "d.", "2023", "m.", "vakar", "rytoj", "užvakar", "praėjusį", "pirmadienį", "kitą",
    "savaitę", "gruodžio", "31", "sausio", "1–3", "12-31", "2023-05-20", "XX a.", "mėn.", "penktadienį", "š. m.",
    "biblioteka", "bibliotekoje", "viešojoje", "viešoji", "savivaldybės", "miesto", "rajono", "apskrities",
    "Šiaulių", "Kauno", "Vilniaus", "Alytaus", "„Šaltinio“", "padalinyje", "filiale", "skyriuje", "kaimo",
    "direktorė", "direktorius", "rašytoja", "poetas", "lankėsi", "viešėjo", "Jonas", "Petraitis", "Ona",
    "Jankauskienė", "dr.", "prof.", "²", "³", "¹⁰", "٣", "…", "–", "—", "-", ".", ",", ":", ";", "„", "“", "\"",
    "(", ")", "\n", "\n\n", "\r", "\r\n", "\t", "\u00ad", "\u200b", "\ufeff", "\x00", "e\u0301", "\ufffd",
]
TAGS = ["p", "div", "body", "html", "head", "title", "svg", "span", "table", "tr", "td", "script", "style", "a",
        "br", "li", "ul", "article", "h1"]
ODD_HTML = ["<!", "<body><!", "<svg/html", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "<p", "</",
            "<?xml", "<!DOCTYPE html>", "</p></p>", "<a href='", "\">", "&nbsp;"]
BAD_DATES = ["20.05.2023", "gegužės", "2023-13-01", "", "0000-01-01", "10000-01-01", "2023-02-30", "x" * 30]


def rand_char(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.05:
        return chr(rng.randint(0xD800, 0xDFFF))  # a lone surrogate
    if kind < 0.5:
        return chr(rng.randint(0x20, 0x17F))
    return chr(rng.randint(0, 0x10FFFF))


def words(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.7:
            out.append(rng.choice(FRAGMENTS))
        else:
            out.append("".join(rand_char(rng) for _ in range(rng.randint(1, 6))))
    return " ".join(out) if rng.random() < 0.8 else "".join(out)


def html(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 5)):
        r = rng.random()
        tag = rng.choice(TAGS)
        inner = html(rng, depth + 1) if depth < 4 and r < 0.5 else words(rng, rng.randint(0, 12))
        form = rng.random()
        if form < 0.5:
            parts.append(f"<{tag}>{inner}</{tag}>")
        elif form < 0.7:
            parts.append(f"<{tag}>{inner}")
        elif form < 0.85:
            parts.append(f"{inner}</{tag}></{tag}>")
        else:
            parts.append(rng.choice(ODD_HTML) + inner)
    return "".join(parts)


def published(rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.3:
        return None
    if r < 0.45:
        return rng.choice(["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30", "2024-02-29"])
    if r < 0.5:
        return rng.choice(BAD_DATES)
    return (dt.date(1, 1, 1) + dt.timedelta(days=rng.randint(0, 3_652_058))).isoformat()


def json_line(rng: random.Random, text: str, when: str | None) -> bytes:
    """A JSON Lines line, often damaged: wrong types, missing keys, deep nesting, cut off, surrogate ids."""
    r = rng.random()
    obj: object = {"id": f"x{rng.randint(0, 10**9)}", "text": text, "published": when}
    if r < 0.1:
        obj = {"id": rng.choice([5, None, [1], {"a": 1}, "\ud800"]), "text": text,
               rng.choice(["url", "title", "path"]): rng.choice([1, [2], {"x": None}, True])}
    elif r < 0.15:
        return b"[" * rng.randint(1, 200_000) + b"]" * rng.randint(0, 3)
    elif r < 0.2:
        return rng.choice([b"", b"   ", b"null", b"42", b'"text"', b"{", b'{"text": 5}'])
    data = json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        data = data[: rng.randint(0, len(data))]
    return data.replace(b"\n", b"\\n").replace(b"\r", b"\\r")


def cases(n: int, seed: int) -> Iterator[tuple[str, str | bytes | None, str | None, bytes | None]]:
    """(id, text, published, json line): documents given directly, or as a line for the JSONL reader."""
    rng = random.Random(seed)
    for k in range(n):
        kind = k % 8
        when = published(rng)
        if kind == 0:
            yield f"c{k}", words(rng, rng.randint(0, 80)), when, None
        elif kind == 1:
            yield f"c{k}", bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400))), when, None
        elif kind == 2:
            yield f"c{k}", words(rng, rng.randint(0, 60)).encode("cp1257", errors="replace"), when, None
        elif kind in (3, 4):
            yield f"c{k}", html(rng), when, None
        elif kind == 5:
            tag = rng.choice(TAGS)
            d = rng.randint(10, 3000)
            yield f"c{k}", f"<{tag}>" * d + words(rng, 10) + f"</{tag}>" * rng.randint(0, d), when, None
        else:
            yield f"c{k}", None, None, json_line(rng, words(rng, rng.randint(0, 40)), when)


def items(n: int, seed: int) -> Iterator:
    from ltreports.batch import Item
    from ltreports.batch.inputs import parse_jsonl_line
    from ltreports.schema import Source

    for doc_id, text, when, line in cases(n, seed):
        if line is not None:
            item = parse_jsonl_line(line, 1, doc_id)
            item.source = item.source.model_copy(update={"id": doc_id})  # ids in order, to count lost lines
            yield item
        else:
            yield Item(Source(id=doc_id, published=when), text=text)


FAULTS = ("fault in ltreports", "died", "took longer", "could not be written")


def offsets_ok(report: dict) -> bool:
    text = report.get("text") or ""
    mentions = list(report["dates"])
    for key in ("people", "libraries"):
        mentions += [m for x in report[key] for m in x["mentions"]]
    return all(0 <= m["start"] <= m["end"] <= len(text) and text[m["start"]:m["end"]] == m["text"] for m in mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--show", type=int, default=5, help="failures to print")
    args = parser.parse_args()

    from ltreports.batch import run

    faults, offsets, out_of_order, lines = [], [], 0, 0
    expected = iter(f"c{k}" for k in range(args.cases))

    def write(line: str) -> None:
        nonlocal lines, out_of_order
        lines += 1
        obj = json.loads(line)
        if obj["source"]["id"] != next(expected, None):
            out_of_order += 1
        if "error" in obj:
            if any(f in obj["error"] for f in FAULTS):
                faults.append(obj)
        elif not offsets_ok(obj):
            offsets.append(obj["source"]["id"])
        if lines % 5000 == 0:
            print(f"  {lines:,} documents, {len(faults)} faults, {len(offsets)} offset violations", file=sys.stderr)

    started = time.perf_counter()
    summary = run(items(args.cases, args.seed), write, workers=args.workers, include_text=True, timeout=args.timeout)
    elapsed = time.perf_counter() - started
    lost = args.cases - lines
    print(f"cases:               {args.cases:,} (seed {args.seed}, {args.workers} workers, {elapsed:,.0f} s)")
    print(f"reports:             {summary.converted:,}; error lines {summary.failed:,} (bad lines, bad dates, ...)")
    print(f"uncaught exceptions: {len(faults)}")
    print(f"offset violations:   {len(offsets)}")
    print(f"lost documents:      {lost + out_of_order}")
    print(f"failures:            {len(faults) + len(offsets) + lost + out_of_order}")
    for obj in faults[: args.show]:
        print(f"  {obj['source']['id']}: {obj['error'][:300]}")
    for doc_id in offsets[: args.show]:
        print(f"  {doc_id}: offsets do not match the text")


if __name__ == "__main__":
    main()
