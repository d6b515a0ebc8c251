"""Batch runs: one line per input in order whatever happens (bad lines, slow or crashing documents),
resume after a cut-off output, exit status and messages of ``ltreports batch``."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ltreports.batch.items as items_mod
from ltreports.batch import Item, OutputError, Writer, completed, run
from ltreports.cli import app
from ltreports.schema import Source

POST = (
    "Birželio 2 d. Alytaus miesto savivaldybės viešojoje bibliotekoje lankėsi rašytoja Ona Jankauskienė. "
    "Susitikime kalbėta apie naują jos knygą."
)


def _items(texts: list[str | None]) -> list[Item]:
    out = []
    for n, text in enumerate(texts):
        if text is None:
            out.append(Item(Source(id=f"e{n}"), error="broken line"))
        else:
            out.append(Item(Source(id=f"d{n}", published="2023-06-10"), text=text))
    return out


def _collect(**kwargs) -> tuple[list[dict], object]:
    lines: list[str] = []
    summary = run(kwargs.pop("items"), lines.append, **kwargs)
    return [json.loads(x) for x in lines], summary


TEXTS = [POST, None, "", "Tekstas be įvykių.", POST + " " + POST, None, "<p>Kaune</p><p>vakar</p>"]


@pytest.mark.parametrize("workers", [1, 2])
def test_one_line_per_item_in_order(nlp, workers: int) -> None:
    lines, summary = _collect(items=_items(TEXTS), workers=workers, timeout=60)
    assert [x["source"]["id"] for x in lines] == [f"{'e' if t is None else 'd'}{n}" for n, t in enumerate(TEXTS)]
    assert [("error" in x) for x in lines] == [t is None for t in TEXTS]
    assert (summary.converted, summary.failed) == (5, 2)


def test_pool_output_identical_to_local(nlp) -> None:
    local, _ = _collect(items=_items(TEXTS * 3))
    pooled, _ = _collect(items=_items(TEXTS * 3), workers=2, timeout=60)
    assert local == pooled


def _slow_or_dying(real):
    def process(item, *args, **kwargs):
        if item.text == "SLOW":
            time.sleep(60)
        if item.text == "DIE":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, *args, **kwargs)

    return process


@pytest.mark.parametrize("workers", [1, 2])
def test_timeout_and_dead_worker_give_error_lines(nlp, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr(items_mod, "process", _slow_or_dying(items_mod.process))  # forked workers inherit it
    texts = [POST, "SLOW", POST, "DIE", "Tekstas.", "SLOW", POST]
    started = time.monotonic()
    lines, summary = _collect(items=_items(texts), workers=workers, timeout=1.5)
    assert time.monotonic() - started < 40
    assert [x["source"]["id"] for x in lines] == [f"d{n}" for n in range(len(texts))]
    errors = {n: x.get("error", "") for n, x in enumerate(lines)}
    assert "took longer than 1.5 s" in errors[1] and "took longer" in errors[5]
    assert "died" in errors[3] and "SIGKILL" in errors[3]
    assert all(not errors[n] for n in (0, 2, 4, 6))
    assert (summary.converted, summary.failed) == (4, 3)


def test_duplicates_counted(nlp) -> None:
    items = _items([POST, "Antras."])
    items.append(Item(Source(id="d0"), text="Trečias."))
    _, summary = _collect(items=items)
    assert summary.duplicates == {"d0": 2}


def test_process_never_raises_for_unreadable_file(tmp_path: Path) -> None:
    result = items_mod.process(Item(Source(id="x"), file=str(tmp_path / "gone.txt")))
    assert "cannot read the file" in result.error


def test_size_limit_gives_error_line(nlp) -> None:
    lines, summary = _collect(items=_items([POST, "žodis " * 300]), max_chars=1000)
    assert "over the limit of 1,000" in lines[1]["error"]
    assert summary.failed == 1


# -- resume ---------------------------------------------------------------------------------------------


def _lines(ids: list[str]) -> bytes:
    return b"".join(json.dumps({"source": {"id": i}, "visits": []}).encode() + b"\n" for i in ids)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [(b"", ["a", "b"]), (b'{"source": {"id": "c"}, "vis', ["a", "b"]), (b'{"source": {"id": "c"}}', ["a", "b"])],
)
def test_completed_drops_cut_off_last_line(tmp_path: Path, tail: bytes, kept: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(_lines(["a", "b"]) + tail)
    assert completed(out) == kept
    assert out.read_bytes() == _lines(["a", "b"])


def test_completed_refuses_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"hello\nworld\n")
    with pytest.raises(OutputError, match="cannot be resumed"):
        completed(out)


def test_completed_csv_redoes_the_last_document(tmp_path: Path, nlp) -> None:
    out = tmp_path / "out.csv"
    with Writer(out) as w:
        for n in range(3):
            w.write(json.dumps({"source": {"id": f"d{n}"}, "error": "x"}))
    full = out.read_bytes()
    with out.open("ab") as f:
        f.write(b"d3,,,1,2023-0")  # a row cut off by a kill
    assert completed(out) == ["d0", "d1"]
    assert full.startswith(out.read_bytes()) and out.read_bytes().count(b"\n") == 3


def test_resume_mismatch_is_refused(nlp) -> None:
    with pytest.raises(OutputError, match="does not belong"):
        _collect(items=_items([POST, POST]), done=["zz"])
    with pytest.raises(OutputError, match="more documents"):
        _collect(items=_items([POST]), done=["d0", "d1"])


def test_resume_skips_done(nlp) -> None:
    lines, summary = _collect(items=_items([POST, "Antras.", "Trečias."]), done=["d0", "d1"])
    assert [x["source"]["id"] for x in lines] == ["d2"]
    assert summary.resumed == 2


# -- the command ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runner(nlp) -> CliRunner:
    return CliRunner()


def _jsonl(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{n}", "text": t}) + "\n" for n, t in enumerate(texts)), "utf-8")
    return path


def test_exit_status(runner: CliRunner, tmp_path: Path) -> None:
    good = _jsonl(tmp_path, [POST, "Antras."])
    result = runner.invoke(app, ["batch", str(good), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": POST}) + "\n\nnot json\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(bad), "-o", str(tmp_path / "o2.jsonl")])
    assert result.exit_code == 1
    assert "2 with errors" in result.stderr
    assert len((tmp_path / "o2.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_bad_gazetteer_reported_before_writing(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path, [POST])
    out = tmp_path / "o.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    broken = tmp_path / "g.yaml"
    broken.write_text("libraries: [\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--gazetteer", str(broken)])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "earlier results\n"


def test_output_is_input_refused(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path, [POST])
    before = src.read_bytes()
    result = runner.invoke(app, ["batch", str(src), "-o", str(src)])
    assert result.exit_code == 2 and "is the input" in result.stderr
    assert src.read_bytes() == before


def test_folder_skips_reported(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "x.txt").write_text(POST, encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "x.txt")
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "b.txt" in result.stderr


def test_cli_resume_appends_only_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path, [POST, "Antras.", "Trečias."])
    out = tmp_path / "o.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out), "--timeout", "0"]).exit_code == 0
    full = out.read_text(encoding="utf-8")
    out.write_text(full[: full.index("\n") + 20], encoding="utf-8")  # cut inside line 2
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume", "--timeout", "0"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == full
    assert "1 already there" in result.stderr


def test_extract_errors_are_messages(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    post = tmp_path / "p.txt"
    post.write_text(POST, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(post), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "cannot write" in result.stderr
    result = runner.invoke(app, ["extract", str(post), "--published", "0001-01-01"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["extract", str(post), "--published", "9999-12-31"])
    assert result.exit_code == 0, result.output

    def unreadable(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    result = runner.invoke(app, ["extract", str(post)])
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_stanza_backend_in_forked_workers(nlp) -> None:
    """torch hangs in a child forked after it ran: the pool loads stanza but does not run it before forking."""
    import ltreports

    try:
        ltreports.load_pipeline("stanza")
    except (ImportError, RuntimeError) as e:
        pytest.skip(f"stanza backend unavailable: {e}")
    texts = [POST, "Vakar Kaune lankėsi svečiai."]
    local, _ = _collect(items=_items(texts), backend="stanza")
    pooled, summary = _collect(items=_items(texts), backend="stanza", workers=2, timeout=240)
    assert summary.failed == 0 and pooled == local


def test_cli_resume_csv_output(runner: CliRunner, tmp_path: Path) -> None:
    src = _jsonl(tmp_path, [POST, "Antras.", POST.replace("Birželio 2", "Liepos 9"), "Ketvirtas."])
    out = tmp_path / "o.csv"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out), "--timeout", "0"]).exit_code == 0
    full = out.read_bytes()
    for cut in (len(full) // 3, len(full) // 2, len(full) - 7):
        out.write_bytes(full[:cut])
        result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume", "--timeout", "0"])
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == full
