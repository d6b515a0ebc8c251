"""Loading the package's language data files (``ltreports/data/*.yaml``), once each."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(name: str) -> Any:
    """Parsed contents of ``ltreports/data/<name>`` (cached: callers must not mutate it)."""
    with resources.files("ltreports").joinpath("data", name).open(encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 10× faster
