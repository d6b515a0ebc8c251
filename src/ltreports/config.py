"""Where ltreports finds its third-party data (the Hunspell dictionary, the UD treebanks).

The data folder is, first found wins:
1. the ``LTREPORTS_DATA`` environment variable;
2. ``data_dir`` in the user config file ``~/.config/ltreports/config.toml`` (or ``$LTREPORTS_CONFIG``);
3. the user data folder ``~/.local/share/ltreports`` where ``ltreports data install`` puts it;
4. ``../shared/data`` beside the current directory or the source checkout (the development setup).

The folder holds ``hunspell-lt/lt-LT.{dic,aff}`` and, for training, ``ud-lt-alksnis`` and ``ud-lt-hse``.

Derived files (the compiled morphology store, ``morphology/store.py``) go to the cache folder:
``$LTREPORTS_CACHE``, else ``cache_dir`` in the config file, else ``~/.cache/ltreports`` (``$XDG_CACHE_HOME``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ENV_DATA = "LTREPORTS_DATA"
ENV_CONFIG = "LTREPORTS_CONFIG"
ENV_CACHE = "LTREPORTS_CACHE"
PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_ROOT.parent.parent  # valid in a source checkout (src layout)
MODELS_DIR = REPO_ROOT / "models"


def user_config_path() -> Path:
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG])
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "ltreports" / "config.toml"


def user_data_dir() -> Path:
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "ltreports"


@dataclass(frozen=True)
class DataLocation:
    path: Path | None
    origin: str  # "environment", "config file", "user data folder", "development checkout", "none"


def _config_value(name: str) -> str | None:
    path = user_config_path()
    if not path.is_file():
        return None
    import tomllib  # only when there is a config file: most runs have none

    with path.open("rb") as f:
        value = tomllib.load(f).get(name)
    return str(value) if value else None


def _config_data_dir() -> Path | None:
    value = _config_value("data_dir")
    return Path(value).expanduser() if value else None


def cache_dir() -> Path:
    """Where derived files (the compiled morphology store) are kept; created by whoever writes there."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE]).expanduser()
    configured = _config_value("cache_dir")
    if configured:
        return Path(configured).expanduser()
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "ltreports"


@cache
def data_location() -> DataLocation:
    env = os.environ.get(ENV_DATA)
    if env:
        return DataLocation(Path(env).expanduser(), "environment")
    configured = _config_data_dir()
    if configured:
        return DataLocation(configured, "config file")
    if (user_data_dir() / "hunspell-lt").is_dir():
        return DataLocation(user_data_dir(), "user data folder")
    for candidate in (Path.cwd() / ".." / "shared" / "data", REPO_ROOT.parent / "shared" / "data"):
        if candidate.is_dir():
            return DataLocation(candidate.resolve(), "development checkout")
    return DataLocation(None, "none")


def data_dir() -> Path | None:
    return data_location().path
