"""The post-level topic classifier: how it combines with the rules, and that a model file loads offline."""

from __future__ import annotations

import json

import pytest

from ltreports.matches import Match
from ltreports.topics import classifier
from ltreports.topics.classifier import TopicModel

MODEL = TopicModel(
    mode="and",
    bias={"exhibition": -1.0, "youth": -1.0},
    threshold={"exhibition": 0.5, "youth": 0.5},
    weights={"exhibition": {"l:paroda": 4.0, "r:exhibition": 1.0}, "youth": {"l:vaikas": 4.0}},
)


@pytest.mark.parametrize(
    ("mode", "rules", "probs", "expected"),
    [
        ("and", {"exhibition", "youth"}, {"exhibition": 0.9, "youth": 0.1}, {"exhibition"}),
        ("and", {"exhibition"}, {"exhibition": 0.9, "youth": 0.9}, {"exhibition"}),  # AND adds nothing
        ("or", {"exhibition"}, {"exhibition": 0.1, "youth": 0.9}, {"exhibition", "youth"}),
        ("alone", {"exhibition"}, {"exhibition": 0.1, "youth": 0.9}, {"youth"}),
        ("off", {"exhibition"}, {"exhibition": 0.1, "youth": 0.1}, {"exhibition"}),
    ],
)
def test_decide(mode: str, rules: set[str], probs: dict[str, float], expected: set[str]) -> None:
    model = TopicModel(mode, MODEL.bias, MODEL.threshold, MODEL.weights)
    assert model.decide(rules, probs) == expected


def test_probabilities_weigh_words_by_post_length() -> None:
    short = MODEL.probabilities({"l:paroda", "r:exhibition"})["exhibition"]
    long = MODEL.probabilities({"l:paroda", "r:exhibition", *(f"l:w{i}" for i in range(99))})["exhibition"]
    assert short > long > MODEL.probabilities({"l:kita"})["exhibition"]


def test_model_file_loads_and_filters_rule_matches(nlp, tmp_path, monkeypatch) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"mode": MODEL.mode, "bias": MODEL.bias, "threshold": MODEL.threshold,
                                "weights": MODEL.weights}), encoding="utf-8")
    monkeypatch.setenv(classifier.ENV_MODEL, str(path))
    model = classifier.load_model()
    assert model is not None and model.mode == "and"
    rule = [Match(0, 1, "x", "exhibition"), Match(0, 1, "x", "youth")]
    kept = model.filter(nlp("Atidaryta nauja paroda."), None, rule)
    assert {m.fact for m in kept} == {"exhibition"}  # "paroda" backs the exhibition; nothing backs youth


def test_no_model_means_rules_alone(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(classifier.ENV_MODEL, str(tmp_path / "missing.json"))
    assert classifier.load_model() is None
