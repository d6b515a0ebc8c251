"""Build ``src/ltreports/data/gazetteer.yaml`` from the reference facts.

    .venv/bin/python training/build_gazetteer.py [--reference ../shared/reference/libraries.json]

Input: the reference list of public libraries and their branches (``../shared/reference/libraries.json``,
each fact with its sources) and the hand-kept additions in ``training/gazetteer_extra.yaml`` (ids of
national/county libraries, seats, former names, departments). Output: one YAML file with stable ascii
ids. Short-form patterns (town genitive + SVB, patron forms, case forms) are not written out: the
loader (``ltreports.libraries.gazetteer``) derives them at load time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference" / "libraries.json"
OUTPUT = REPO / "src" / "ltreports" / "data" / "gazetteer.yaml"
BRANCH_HEADS = ("biblioteka-filialas", "biblioteka", "filialas", "padalinys", "skyrius")
SETTLEMENT_WORDS = ("miesto", "kaimo", "struktūrinis")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def town_genitive(municipality: str) -> str:
    """ "Lazdijų rajono savivaldybė" → "Lazdijų"; "Kazlų Rūdos savivaldybė" → "Kazlų Rūdos"."""
    return re.sub(r"\s+(rajono |miesto )?savivaldybė$", "", municipality)


def seat(municipality: str, extra: dict[str, Any]) -> str:
    if municipality in extra.get("seats", {}):
        return extra["seats"][municipality]
    from ltreports.morphology import get_analyzer

    genitive = town_genitive(municipality)
    words = genitive.split()
    analyses = [a for a in get_analyzer().analyze(words[-1]) if a.kind == "place" and a.case == "Gen"]
    if len(words) == 1 and analyses:
        return analyses[0].lemma
    raise SystemExit(f"build_gazetteer: no seat for {municipality!r}: add it under seats: in gazetteer_extra.yaml")


def municipal_id(name: str, municipality: str) -> str:
    town = slug(town_genitive(municipality))
    if " rajono savivaldybės " in name:
        suffix = "rs"
    elif " miesto savivaldybės " in name:
        suffix = "ms"
    elif " savivaldybės " in name:
        suffix = "s"
    else:
        suffix = ""
    suffix += "cb" if name.endswith("centrinė biblioteka") else "vb"
    return f"{town}-{suffix}"


def branch_slug(branch: dict[str, Any]) -> str:
    if branch.get("settlement_kind") == "city-district":
        words = [w for w in branch["name"].split() if w not in BRANCH_HEADS]
        return slug(" ".join(words))
    return slug(branch["settlement"])


def build(reference: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    libraries: list[dict[str, Any]] = []
    branches: list[dict[str, Any]] = []
    for item in reference["libraries"]:
        name = item["name"]
        lib_id = extra["ids"].get(name) or municipal_id(name, item["municipality"])
        former = extra.get("former_names", {}).get(lib_id, [])
        former_names = {f["name"] for f in former}
        aliases = [s for s in item.get("short_forms", []) if s not in former_names]
        aliases += [a for a in extra.get("aliases", {}).get(lib_id, []) if a not in aliases]
        entry: dict[str, Any] = {
            "id": lib_id,
            "name": name,
            "kind": item["kind"],
            "settlement": seat(item["municipality"], extra),
            "municipality": item["municipality"],
            "county": item["county"],
            "website": item.get("website"),
        }
        if extra.get("other_websites", {}).get(lib_id):
            entry["other_websites"] = extra["other_websites"][lib_id]
        entry["aliases"] = aliases
        if former:
            entry["former_names"] = former
        entry["sources"] = item.get("sources", [])
        if item.get("uncertain"):
            entry["uncertain"] = True
        libraries.append(entry)
        for branch in item.get("branches", []):
            b = {
                "id": f"{lib_id}/{branch_slug(branch)}",
                "name": branch["name"],
                "kind": "branch",
                "settlement": branch["settlement"],
                "parent": lib_id,
                "sources": branch.get("sources", []),
            }
            if branch.get("settlement_kind") == "city-district":
                b["city_district"] = True
            if branch.get("uncertain"):
                b["uncertain"] = True
            branches.append(b)
    for dep in extra.get("departments", []):
        parent = next(lib for lib in libraries if lib["id"] == dep["parent"])
        branches.append({
            "id": f"{dep['parent']}/{dep['slug']}",
            "name": dep["name"],
            "kind": "department",
            "settlement": parent["settlement"],
            "parent": dep["parent"],
            "aliases": dep.get("aliases", []),
            "sources": dep.get("sources", []),
        })
    return {"version": 1, "libraries": libraries, "branches": branches}


HEADER = """\
# The built-in gazetteer of Lithuanian public libraries, their branches and departments.
# GENERATED by training/build_gazetteer.py from ../shared/reference/libraries.json and
# training/gazetteer_extra.yaml; edit those and rebuild. Short forms such as "Elektrėnų SVB",
# "Lazdijų r. sav. viešoji biblioteka" and patron forms are derived when the file is loaded.
# Check it with `ltreports gazetteer check`.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--extra", type=Path, default=HERE / "gazetteer_extra.yaml")
    ap.add_argument("--output", type=Path, default=OUTPUT)
    args = ap.parse_args(argv)
    reference = json.loads(args.reference.read_text(encoding="utf-8"))
    extra = yaml.safe_load(args.extra.read_text(encoding="utf-8"))
    data = build(reference, extra)
    ids = [x["id"] for x in data["libraries"] + data["branches"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        print(f"build_gazetteer: duplicate ids {duplicates}", file=sys.stderr)
        return 1
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    args.output.write_text(HEADER + text, encoding="utf-8")
    print(f"{args.output}: {len(data['libraries'])} libraries, {len(data['branches'])} branches/departments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
