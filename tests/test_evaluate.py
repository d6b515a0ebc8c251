"""`ltreports evaluate`: the project's metrics on users' own gold records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ltreports.cli import app
from ltreports.evaluation import dates_match, evaluate

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

GOLD = {
    "id": "g1",
    "text": "…",
    "gold": {
        "people": [{"name": "Vaiva Malinauskienė", "role": "direktorė"}, {"name": "Ona Jonaitė", "role": None}],
        "libraries": ["Lazdijų rajono savivaldybės viešoji biblioteka"],
        "branches": [{"settlement": "Veisiejai", "parent": "Lazdijų rajono savivaldybės viešoji biblioteka"}],
        "dates": ["--05-10"],
        "visits": [{"date": "--05-10", "library": "Lazdijų rajono savivaldybės viešoji biblioteka",
                    "people": ["Vaiva Malinauskienė"], "topics": ["project"]}],
        "topics": ["project"],
    },
}
PRED = {
    "source": {"id": "g1"},
    "people": [{"name": "Vaiva Malinauskienė", "role": "Direktorė"}, {"name": "Rasa Petraitė", "role": None}],
    "libraries": [{"id": "x", "name": "Lazdijų rajono savivaldybės viešoji biblioteka", "kind": "municipal"},
                  {"id": None, "name": "Veisiejų biblioteka", "kind": "branch", "settlement": "Veisiejai"}],
    "dates": [{"value": "2023-05-10"}],
    "visits": [{"date": "2023-05-10", "library": {"name": "Lazdijų rajono savivaldybės viešoji biblioteka"},
                "people": [{"name": "Vaiva Malinauskienė"}]}],
    "topics": ["project", "youth"],
}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("--05-10", "2023-05-10", True), ("2022-05-10", "2023-05-10", False), ("2023-05", "2023-05", True),
     ("--05-10", "--05-11", False), (None, "2023-05-10", False)],
)
def test_year_less_dates_match_any_year(a: str | None, b: str, same: bool) -> None:
    assert dates_match(a, b) is same


def test_counts_hits_misses_and_extras() -> None:
    scores = evaluate([GOLD], {"g1": PRED}).scores()
    assert (scores["people"]["tp"], scores["people"]["fp"], scores["people"]["fn"]) == (1, 1, 1)
    assert scores["people_roles"]["f1"] == 1.0  # case-insensitive role
    assert scores["branches"]["f1"] == 1.0
    assert scores["visits"]["f1"] == 1.0 and scores["visit_people"]["f1"] == 1.0
    assert (scores["topics"]["tp"], scores["topics"]["fp"]) == (1, 1)


def test_missing_prediction_is_all_misses() -> None:
    result = evaluate([GOLD], {})
    assert result.missing == 1 and result.scores()["visits"]["recall"] == 0.0


def test_bad_gold_file_says_what_to_do(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "t"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold)])
    assert result.exit_code == 2 and "'gold' object" in result.stderr


@pytest.mark.skipif(not (SHARED / "corpus" / "dev.jsonl").is_file(), reason="../shared/corpus is not beside the repo")
def test_agrees_with_the_project_scorer_on_the_corpus(tmp_path: Path) -> None:
    """Extraction on the dev posts, scored by `ltreports evaluate` and by ../shared/tools/score.py."""
    gold = SHARED / "corpus" / "dev.jsonl"
    pred = tmp_path / "pred.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["batch", str(gold), "-o", str(pred)]).exit_code == 0
    ours = runner.invoke(app, ["evaluate", str(gold), str(pred), "--json"])
    assert ours.exit_code == 0, ours.stderr
    theirs = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)
