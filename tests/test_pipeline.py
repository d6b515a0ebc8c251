"""The spaCy pipeline: components are registered, survive to_disk → spacy.load, and load once."""

from __future__ import annotations

from pathlib import Path

import spacy

import ltreports
from ltreports.pipeline import EXTRACTORS

TEXT = "Gegužės 3 d. Elektrėnų savivaldybės viešojoje bibliotekoje lankėsi svečiai. Čia kalbėjo R. Gulbinas."


def test_pipeline_has_every_extractor(nlp) -> None:
    assert {name for name, _ in EXTRACTORS} <= set(nlp.pipe_names)
    assert "ltr_sentences" in nlp.pipe_names


def test_load_pipeline_is_cached(nlp) -> None:
    assert ltreports.load_pipeline() is nlp


def test_to_disk_and_spacy_load(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == nlp.pipe_names
    a, b = nlp(TEXT), again(TEXT)
    assert [t.text for t in a] == [t.text for t in b]
    assert [s.text for s in a.sents] == [s.text for s in b.sents]
    assert [(m.start, m.end, m.fact) for m in a._.date_matches] == [(m.start, m.end, m.fact) for m in b._.date_matches]


def test_extract_returns_report_with_offsets(extract) -> None:
    report = extract(TEXT, published="2023-05-20", source={"id": "t1"})
    assert isinstance(report, ltreports.Report)
    assert report.source.id == "t1" and report.source.published == "2023-05-20"
    for group in (report.dates, *(p.mentions for p in report.people), *(lib.mentions for lib in report.libraries)):
        for m in group if isinstance(group, list) else [group]:
            assert TEXT[m.start:m.end] == m.text
