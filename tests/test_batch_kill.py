"""Crash safety with real processes: a batch killed with SIGKILL mid-run, then ``--resume``, gives exactly
one line per input document, in order; and its worker processes die with it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

SENTENCES = [
    "Gegužės {n} d. Kelmės rajono savivaldybės viešojoje bibliotekoje lankėsi poetė Rūta Petrauskienė.",
    "Susitikime dalyvavo bibliotekos direktorė Aldona Kazlauskienė ir {n} skaitytojų.",
    "Renginio metu aptarta nauja knyga, o vaikai piešė.",
]


def _input(path: Path, count: int) -> list[str]:
    ids = [f"post-{n:04d}" for n in range(count)]
    with path.open("w", encoding="utf-8") as f:
        for n, doc_id in enumerate(ids):
            text = " ".join(s.format(n=n % 28 + 1) for s in SENTENCES) * (1 + n % 3)
            f.write(json.dumps({"id": doc_id, "text": text, "published": "2023-06-01"}, ensure_ascii=False) + "\n")
    return ids


def _batch(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ltreports.cli", "batch", str(src), "-o", str(out), "--workers", "2", *extra]


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_sigkill_then_resume_gives_one_line_per_input(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _input(src, 60)
    proc = subprocess.Popen(_batch(src, out), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while _line_count(out) < 10:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "the batch wrote nothing"
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = _line_count(out)
    assert written < len(ids), "the batch finished before it could be killed"
    # killing the parent ends its workers
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
    with out.open("ab") as f:  # as if the kill had cut the line being written
        f.write(b'{"schema_version":"1","source":{"id":"post-')
    done = subprocess.run(_batch(src, out, "--resume"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{written} already there" in done.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"]["id"] for x in lines] == ids
    assert all("error" not in x for x in lines)


def test_sigterm_ends_workers_too(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _input(src, 400)
    proc = subprocess.Popen(_batch(src, out), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while _line_count(out) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    proc.terminate()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(_alive(pid) for pid in workers)
