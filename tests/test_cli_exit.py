"""The console script's entry point (``cli.run``): the command's output and exit status survive its quick exit.

Run in a child process, as the ``ltreports`` script runs; only commands that do not load the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ltreports import __version__

RUN = "import sys; from ltreports.cli import run; sys.argv[0] = 'ltreports'; run()"


def ltreports(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", RUN, *args], input=stdin, capture_output=True, timeout=120)


def test_version_is_printed_whole_and_exits_0() -> None:
    done = ltreports("--version")
    assert done.returncode == 0
    assert done.stdout.decode() == f"ltreports {__version__}\n"


def test_schema_output_is_flushed_before_the_exit() -> None:
    done = ltreports("schema")  # some kilobytes through a pipe: all of it must arrive
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert "properties" in schema or "$defs" in schema


@pytest.mark.parametrize(("args", "status", "message"), [
    (["extract", "/no/such/post.txt"], 2, "no such file"),
    (["extract", "-", "--published", "2023-13-45"], 2, "is not a date"),
    (["batch", "/no/such/input.jsonl", "-o", "out.jsonl"], 2, "no such file or folder"),
    (["no-such-command"], 2, "No such command"),
])
def test_errors_keep_their_status_and_message(args: list[str], status: int, message: str) -> None:
    done = ltreports(*args)
    assert done.returncode == status
    assert message in done.stderr.decode()
    assert done.stdout == b""


def test_an_exception_is_not_swallowed(tmp_path: Path) -> None:
    """A fault in ltreports still shows its traceback and a non-zero status (not the quick exit's 0)."""
    script = tmp_path / "boom.py"
    script.write_text(
        "import sys\nimport ltreports.cli as cli\n"
        "@cli.app.command('boom')\ndef boom() -> None:\n    raise RuntimeError('boom inside')\n"
        "sys.argv[1:] = ['boom']\ncli.run()\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=120)
    assert done.returncode == 1
    assert b"RuntimeError: boom inside" in done.stderr
