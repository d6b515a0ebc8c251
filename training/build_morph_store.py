"""Compile the Hunspell dictionary's analyses into the morphology store (see ``ltreports.morphology.store``).

    .venv/bin/python training/build_morph_store.py            # the dictionary ltreports finds
    .venv/bin/python training/build_morph_store.py --force    # rebuild even when it is there
    .venv/bin/python training/build_morph_store.py --dic DIR  # a folder holding lt-LT.aff and lt-LT.dic

The store goes to the cache folder (``$LTREPORTS_CACHE``, default ``~/.cache/ltreports``), named by the
dictionary's checksum; a few minutes and about 1.5 GB of memory. ``scripts/setup.sh`` runs this.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  (thinc need not import torch here)


def main() -> int:
    from ltreports.morphology.analyzer import find_dictionary
    from ltreports.morphology.store import ensure_store, store_path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dic", type=Path, help="folder holding lt-LT.aff and lt-LT.dic")
    parser.add_argument("--force", action="store_true", help="rebuild even when the store is there")
    args = parser.parse_args()
    if args.dic:
        folder, stem = args.dic, "lt-LT"
    else:
        folder, stem, description = find_dictionary()
        if folder is None or stem != "lt-LT":
            print(f"build_morph_store: no tagged dictionary found ({description}); nothing to build", file=sys.stderr)
            return 0
    if args.force:
        shutil.rmtree(store_path(folder, stem), ignore_errors=True)
    started = time.perf_counter()
    path = ensure_store(folder, stem, log=lambda m: print(m, file=sys.stderr))
    size = sum(p.stat().st_size for p in path.iterdir()) / 1e6
    print(f"morphology store: {path} ({size:.0f} MB, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
