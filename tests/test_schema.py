"""The output contract: models, JSON round trip, and the printed JSON Schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from ltreports.schema import Report, json_schema

CONTRACT_KEYS = {"schema_version", "source", "visits", "people", "libraries", "dates", "topics", "warnings"}

EXAMPLE = {
    "schema_version": "1",
    "source": {"id": "doc-1", "path": "posts/1.html", "url": None, "published": "2022-05-20", "title": None},
    "visits": [{
        "date": "2022-05-03", "date_end": None,
        "library": {"id": "elektrenu-svb", "name": "Elektrėnų savivaldybės viešoji biblioteka"},
        "branches": [{"id": None, "name": "Vievio miesto biblioteka", "settlement": "Vievis"}],
        "people": [{"name": "Rokas Gulbinas", "role": "direktorius"}],
        "topics": ["exhibition"],
        "evidence": [{"start": 0, "end": 10}],
    }],
    "people": [{
        "name": "Ona Petraitienė", "given_name": "Ona", "family_name": "Petraitienė", "gender": "F",
        "role": "vadovė", "organization": "RBMVS", "mentions": [{"start": 1, "end": 16, "text": "Ona Petraitienė"}],
    }],
    "libraries": [{"id": "elektrenu-svb", "name": "Elektrėnų savivaldybės viešoji biblioteka", "kind": "municipal",
                   "settlement": "Elektrėnai", "parent_id": None, "mentions": []}],
    "dates": [{"text": "Gegužės 3 d.", "start": 0, "end": 12, "value": "2022-05-03", "value_end": None}],
    "topics": ["exhibition"],
    "warnings": [],
}


def test_round_trip() -> None:
    report = Report.model_validate(EXAMPLE)
    again = Report.model_validate_json(report.to_json())
    assert again == report
    assert json.loads(report.to_json()) == EXAMPLE


def test_empty_report_has_every_key() -> None:
    assert set(json.loads(Report().to_json())) == CONTRACT_KEYS


def test_text_only_when_asked() -> None:
    report = Report(text="abc")
    assert "text" not in json.loads(report.to_json())
    assert json.loads(report.to_json(include_text=True))["text"] == "abc"


@pytest.mark.parametrize("kind", ["library", "unknown"])
def test_bad_kind_rejected(kind: str) -> None:
    bad = json.loads(json.dumps(EXAMPLE))
    bad["libraries"][0]["kind"] = kind
    with pytest.raises(ValidationError):
        Report.model_validate(bad)


def test_json_schema_names_contract() -> None:
    schema = json_schema()
    assert set(schema["properties"]) >= CONTRACT_KEYS
    assert {"Visit", "Person", "Library", "DateMention"} <= set(schema["$defs"])
