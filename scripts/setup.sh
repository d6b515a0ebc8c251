#!/usr/bin/env bash
# Sets up everything ltreports needs on a fresh Debian machine: system packages (when run as root),
# a virtual environment in .venv with the package, its optional stanza and dask extras and the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    # hunspell-lt: Debian's untagged Lithuanian dictionary, the documented last-resort fallback.
    # chromium + fonts-dejavu-core: the tests open the HTML report in headless Chromium as a reader would.
    missing=""
    for pkg in hunspell-lt chromium fonts-dejavu-core; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
            || echo "setup: could not install:$missing; the tests that need them will say so" >&2
    fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch 2.13.0 is the CPU build; pinning it keeps pip from pulling a multi-GB CUDA build.
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -e ".[dev,stanza,dask]"
# Bytecode for the package, as a non-editable install writes it: an editable one leaves it to the first
# import, which PYTHONDONTWRITEBYTECODE=1 forbids, and then every start compiles ~100 modules (0.12 s).
.venv/bin/python -m compileall -q src/ltreports >/dev/null || echo "setup: could not write bytecode" >&2
# The compiled morphology store (every form of the Hunspell dictionary → its analyses) goes to the cache
# folder ($LTREPORTS_CACHE, default ~/.cache/ltreports); a few minutes, once per dictionary version.
.venv/bin/python training/build_morph_store.py \
    || echo "setup: could not build the morphology store; ltreports will ask Hunspell word by word" >&2
# One extraction fills the cache folder's start-up files (parsed YAML, the compiled gazetteer).
.venv/bin/ltreports extract ../shared/seed/000_623d5be2e6b37c1a.txt >/dev/null 2>&1 || true
echo "setup: done. Try: .venv/bin/ltreports extract ../shared/seed/000_623d5be2e6b37c1a.txt"
