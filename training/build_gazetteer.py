"""Build ``src/ltreports/data/gazetteer.yaml`` from the reference facts.

    .venv/bin/python training/build_gazetteer.py [--reference ../shared/reference/libraries.json]

Input: the reference list of public libraries and their branches (``../shared/reference/libraries.json``,
each fact with its sources) and the hand-kept additions in ``training/gazetteer_extra.yaml`` (ids of
national/county libraries, seats, former names, departments, and branch lists outside the
reference, each with the public page that names it as that library's branch). A branch's settlement is the
nominative of its name's genitive from the dictionary's place names unless the entry gives it. ``branch_counts:``
(how many branches a source says a library has) is checked here and read by ``benchmarks/gazetteer_coverage.py``;
it is not written out.
Output: one YAML file with stable ascii ids. Short-form patterns (town genitive + SVB, patron forms,
case forms) are not written out: the loader (``ltreports.libraries.gazetteer``) derives them at load time.
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
SETTLEMENT_WORDS = ("miesto", "kaimo", "miestelio", "struktūrinis")


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


def settlement_of(name: str) -> str:
    """The settlement's nominative from a branch name's genitive: "Kaunatavos filialas" → "Kaunatava"
    (the dictionary's place names; a two-word name keeps its first word: "Lauko Sodos" → "Lauko Soda")."""
    from ltreports.morphology import get_analyzer

    words = []
    for word in name.split():
        if word.split("-")[0].lower() in BRANCH_HEADS or word in SETTLEMENT_WORDS:
            break
        words.append(word)
    if not words:
        raise SystemExit(f"build_gazetteer: no settlement in {name!r}: give `settlement:`")
    places = [
        a.lemma for a in get_analyzer().analyze(words[-1])
        if a.kind == "place" and a.case == "Gen" and a.source == "dictionary"
    ]
    if not places:
        raise SystemExit(f"build_gazetteer: the dictionary does not know {words[-1]!r} ({name!r}): give `settlement:`")
    return " ".join([*words[:-1], places[0]])


def extra_branches(extra: dict[str, Any], libraries: list[dict[str, Any]], known: set[str]) -> list[dict[str, Any]]:
    """Branches listed in ``gazetteer_extra.yaml`` under ``branches:`` (library id → lists with a source)."""
    by_id = {lib["id"]: lib for lib in libraries}
    out: list[dict[str, Any]] = []
    for lib_id, groups in (extra.get("branches") or {}).items():
        if lib_id not in by_id:
            raise SystemExit(f"build_gazetteer: branches of unknown library {lib_id!r}")
        for group in groups:
            source = group["source"]
            for item in group["names"]:
                item = {"name": item} if isinstance(item, str) else item
                city = bool(group.get("city_district"))
                settlement = item.get("settlement") or (
                    by_id[lib_id]["settlement"] if city else settlement_of(item["name"])
                )
                bid = f"{lib_id}/{slug(item['name'] if city else settlement)}"
                if city:
                    bid = f"{lib_id}/{slug(' '.join(w for w in item['name'].split() if w not in BRANCH_HEADS))}"
                if bid in known:
                    prior = next(b for b in out if b["id"] == bid) if any(b["id"] == bid for b in out) else None
                    if prior is not None and source not in prior["sources"]:
                        prior["sources"].append(source)
                    continue
                known.add(bid)
                entry: dict[str, Any] = {"id": bid, "name": item["name"], "kind": "branch", "settlement": settlement,
                                         "parent": lib_id, "sources": [source]}
                if item.get("aliases"):  # other names the source gives ("Priekulės Ievos Simonaitytės biblioteka")
                    entry["aliases"] = list(item["aliases"])
                if city:
                    entry["city_district"] = True
                out.append(entry)
    return out


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
    branches += extra_branches(extra, libraries, {b["id"] for b in branches})
    unknown = sorted(set(extra.get("branch_counts") or {}) - {lib["id"] for lib in libraries})
    if unknown:
        raise SystemExit(f"build_gazetteer: branch_counts of unknown libraries {unknown}")
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
    counts: dict[str, int] = {}
    for b in data["branches"]:
        if b["kind"] == "branch":
            counts[b["parent"]] = counts.get(b["parent"], 0) + 1
    print("branches by library: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
