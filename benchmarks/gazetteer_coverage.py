"""Branch-list coverage of the gazetteer per municipal public library (Lithuania's 60 municipalities).

    .venv/bin/python benchmarks/gazetteer_coverage.py [--missing]

For each municipal library: the village/town branches the built-in gazetteer lists (from the reference list and
``training/gazetteer_extra.yaml``), the number of branches a public source states the library has
(``branch_counts:`` in ``training/gazetteer_extra.yaml``, each with its source) and the share listed. A library
without a stated count shows "?"; one whose listed branches fall short of the stated count is incomplete.
``--missing`` prints only the libraries with no branches listed or fewer than stated.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
EXTRA = REPO / "training" / "gazetteer_extra.yaml"


def coverage() -> list[tuple[str, str, int, int | None, int]]:
    """(library id, municipality, branches listed, branches stated or None, city-district branches listed)."""
    from ltreports.libraries.gazetteer import load_gazetteer

    gaz = load_gazetteer(builtin=True)
    stated = {k: v["count"] for k, v in (yaml.safe_load(EXTRA.read_text(encoding="utf-8")).get("branch_counts")
                                         or {}).items()}
    rows = []
    def ascii_key(e) -> str:  # "Šakių" between "Rokiškio" and "Šalčininkų" would need a collation; ascii is enough
        return unicodedata.normalize("NFKD", e.municipality or "").encode("ascii", "ignore").decode()

    for lib in sorted((e for e in gaz.libraries() if e.kind == "municipal"), key=ascii_key):
        branches = [e for e in gaz.children(lib.id) if e.kind == "branch"]
        city = sum(1 for b in branches if b.city_district)
        rows.append((lib.id, lib.municipality or "", len(branches), stated.get(lib.id), city))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--missing", action="store_true", help="only libraries with none or fewer than stated")
    args = ap.parse_args()
    rows = coverage()
    print(f"{'library':18} {'municipality':34} {'listed':>6} {'stated':>6} {'share':>6}")
    none = short = 0
    for lib_id, muni, listed, stated, city in rows:
        incomplete = listed == 0 or (stated is not None and listed < stated)
        none += listed == 0
        short += stated is not None and 0 < listed < stated
        if args.missing and not incomplete:
            continue
        share = f"{listed / stated:.0%}" if stated else ("-" if stated == 0 else "?")
        note = f"  ({city} in the city)" if city else ""
        print(f"{lib_id:18} {muni:34} {listed:>6} {stated if stated is not None else '?':>6} {share:>6}{note}")
    total = sum(r[2] for r in rows)
    known = [r for r in rows if r[3] is not None]
    print(f"\n{len(rows)} municipal libraries, {total} branches listed; {none} with none listed, "
          f"{short} with fewer than the stated count; stated counts for {len(known)}: "
          f"{sum(min(r[2], r[3]) for r in known)} of {sum(r[3] for r in known)} branches listed")


if __name__ == "__main__":
    main()
