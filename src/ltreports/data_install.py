"""``ltreports data install``: fetch the Semantika Lithuanian Hunspell dictionary into the user data folder.

The files come from the upstream repository, pinned to one commit, and are checked against SHA-256
sums before they are kept: ``<user data folder>/hunspell-lt/lt-LT.{dic,aff}`` (see ``config.py``,
which then finds them). ``--from PATH`` installs from a local folder holding the same two files.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from .config import user_data_dir

UPSTREAM_REPO = "Semantika2/Lietuviu-kalbos-rasybos-tikrintuvai-bei-Hunspell-zodynai-gramatika"
UPSTREAM_COMMIT = "3d5dac18be351b1b7c95a2810d020ad0457efb60"
UPSTREAM_FOLDER = "Hunspell LT zodynai"
UPSTREAM_BASE = (
    f"https://raw.githubusercontent.com/{UPSTREAM_REPO}/{UPSTREAM_COMMIT}/"
    f"{urllib.parse.quote(UPSTREAM_FOLDER)}/"
)
# SHA-256 of the dictionary v1.0.42 files at UPSTREAM_COMMIT.
FILES = {
    "lt-LT.aff": "91d63fa953fef2b883a9180725c93eba025181df1093eef4b4ddee125e5dc28a",
    "lt-LT.dic": "533b11c18e33862e59ad5b0624ad73bdf9c852be6460a06e48d33d9f0ecbedfb",
}
SUBFOLDER = "hunspell-lt"
LICENSE_NOTE = (
    "Lithuanian Hunspell dictionary v1.0.42 by the Semantika2 project (Vytautas Magnus University), "
    "MPL 1.1 / GPL 3+ / LGPL 3+ tri-licence.\n"
    f"Source: https://github.com/{UPSTREAM_REPO} (folder '{UPSTREAM_FOLDER}', commit {UPSTREAM_COMMIT})\n"
)

Fetch = Callable[[str], bytes]


class ChecksumError(RuntimeError):
    """A downloaded or copied file does not have the expected SHA-256 sum."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_url(url: str, timeout: float = 60.0) -> bytes:
    """The bytes at ``url`` (https:// or file://)."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def default_destination() -> Path:
    return user_data_dir() / SUBFOLDER


def is_installed(dest: Path) -> bool:
    """Whether ``dest`` holds both files with the right checksums."""
    return all(
        (dest / name).is_file() and sha256((dest / name).read_bytes()) == digest for name, digest in FILES.items()
    )


def _write_verified(data: bytes, name: str, dest: Path, origin: str) -> None:
    expected = FILES[name]
    actual = sha256(data)
    if actual != expected:
        raise ChecksumError(f"{origin}: SHA-256 {actual} does not match the expected {expected}")
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=dest, prefix=f".{name}.", delete=False) as tmp:
        tmp.write(data)
        tmp_path = Path(tmp.name)
    tmp_path.replace(dest / name)


def install(
    dest: Path | None = None,
    *,
    source: Path | None = None,
    base_url: str = UPSTREAM_BASE,
    fetch: Fetch | None = None,
    force: bool = False,
) -> Path:
    """Install the dictionary into ``dest`` (default: the user data folder's ``hunspell-lt``).

    From the local folder ``source`` if given, else from ``base_url`` (upstream, pinned) through
    ``fetch``. Every file is verified before it is kept; raises ``ChecksumError`` or ``OSError``.
    Returns the folder. Does nothing when the verified files are already there (unless ``force``).
    """
    dest = dest or default_destination()
    if not force and is_installed(dest):
        return dest
    fetch = fetch or fetch_url
    for name in FILES:
        if source is not None:
            path = Path(source) / name
            if not path.is_file() and (Path(source) / SUBFOLDER / name).is_file():
                path = Path(source) / SUBFOLDER / name
            data = path.read_bytes()
            origin = str(path)
        else:
            origin = base_url + urllib.parse.quote(name)
            data = fetch(origin)
        _write_verified(data, name, dest, origin)
    (dest / "SOURCE.txt").write_text(LICENSE_NOTE, encoding="utf-8")
    return dest


def install_command(source: Path | None, dest: Path | None, force: bool, compile_store: bool = True) -> str:
    """What ``ltreports data install`` does; returns the message to print.

    After the dictionary, its analyses are compiled into the morphology store (a few minutes, once per
    dictionary version; ``compile_store=False`` skips it: the dictionary then answers word by word).
    """
    target = install(dest, source=source, force=force)
    message = f"Lithuanian dictionary installed in {target} (checksums verified)"
    if compile_store:
        from .morphology.store import ensure_store

        store = ensure_store(target, log=lambda line: print(line, file=sys.stderr))
        message += f"; morphology store in {store}"
    return message
