"""displaCy and spaCy users: mentions in doc.spans["ltreports"], report_from_doc, nlp.pipe with dates."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc

import ltreports
from ltreports.spans import SPANS_KEY

TEXT = (
    "Gegužės 10 d. metodininkės lankėsi Lazdijų rajono savivaldybės viešojoje bibliotekoje. "
    "Su direktore Vaiva Malinauskiene aptarėme projektus. Lankytasi ir bibliotekos padalinyje Veisiejuose."
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gegužės 10 d.", "DATE"),
        ("Vaiva Malinauskiene", "PERSON"),
        ("direktore", "ROLE"),
        ("Lazdijų rajono savivaldybės viešojoje bibliotekoje", "LIBRARY"),
        ("projektus", "TOPIC"),
    ],
)
def test_mentions_are_in_the_span_group(nlp, text: str, label: str) -> None:
    doc = nlp(TEXT)
    assert (text, label) in {(s.text, s.label_) for s in doc.spans[SPANS_KEY]}


def test_branch_is_labelled(nlp) -> None:
    doc = nlp(TEXT)
    branches = [s.text for s in doc.spans[SPANS_KEY] if s.label_ == "BRANCH"]
    assert branches and "Veisiejuose" in branches[0]


def test_no_spans_in_a_text_without_mentions(nlp) -> None:
    doc = nlp("Lauke lijo ir pūtė stiprus vėjas.")
    assert list(doc.spans[SPANS_KEY]) == []


def test_displacy_renders_the_spans(nlp) -> None:
    html = displacy.render(nlp(TEXT), style="span", options={"spans_key": SPANS_KEY})
    assert "Malinauskiene" in html and "PERSON" in html and "DATE" in html


def test_spans_survive_doc_serialisation(nlp) -> None:
    doc = nlp(TEXT)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s.label_) for s in again.spans[SPANS_KEY]] == [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]


def test_pipeline_survives_to_disk_and_load(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe("ltr_spans").spans_key == SPANS_KEY
    doc = loaded(TEXT)
    assert {s.label_ for s in doc.spans[SPANS_KEY]} >= {"DATE", "PERSON", "LIBRARY"}


def test_report_from_doc_takes_the_date_from_pipe_context(nlp) -> None:
    pairs = [(TEXT, {"published": "2023-06-01"}), (TEXT, {"published": None})]
    reports = [
        ltreports.report_from_doc(doc, published=context["published"])
        for doc, context in nlp.pipe(pairs, as_tuples=True)
    ]
    assert reports[0].visits[0].date == "2023-05-10"
    assert reports[0].source.published == "2023-06-01"
    assert reports[1].visits[0].date == "--05-10"


def test_report_from_doc_equals_extract(nlp) -> None:
    doc = nlp(TEXT)
    from_doc = ltreports.report_from_doc(doc, published="2023-06-01")
    direct = ltreports.extract(TEXT, published="2023-06-01", include_text=True)
    assert from_doc.model_dump(exclude={"text"}) == direct.model_dump(exclude={"text"})


def test_report_carries_spans_only_with_text() -> None:
    assert ltreports.extract(TEXT).spans is None
    report = ltreports.extract(TEXT, include_text=True)
    assert '"spans"' not in report.to_json() and '"spans"' in report.to_json(include_text=True)
    assert report.spans and all(TEXT[s.start:s.end].strip() for s in report.spans)


def test_extensions_travel_in_a_docbin(nlp) -> None:
    """Matches and analyses are serialisable: a DocBin round trip gives the same report."""
    from spacy.tokens import DocBin

    doc = nlp(TEXT)
    store = DocBin(store_user_data=True, docs=[doc])
    (again,) = DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab)
    # (DocBin's msgpack reads sequences back as tuples)
    assert list(again._.ltr_date_matches) == list(doc._.ltr_date_matches)
    assert list(again._.ltr_person_matches) == list(doc._.ltr_person_matches)
    assert [list(t._.ltr_analyses or ()) for t in again] == [list(t._.ltr_analyses or ()) for t in doc]
    before = ltreports.report_from_doc(doc, published="2023-06-01").model_dump(exclude={"spans"})
    assert ltreports.report_from_doc(again, published="2023-06-01").model_dump(exclude={"spans"}) == before


def test_only_ltreports_classes_are_rebuilt() -> None:
    from ltreports.serialization import TAG, decode

    with pytest.raises(ValueError, match="not an ltreports class"):
        decode({TAG: "os:system", "fields": {}})


def test_extensions_are_namespaced(nlp) -> None:
    """Every Doc and Token extension ltreports registers is under its own prefix, next to users' own."""
    from spacy.tokens import Token

    nlp(TEXT)
    for name in ("ltr_published", "ltr_date_matches", "ltr_person_matches", "ltr_library_matches",
                 "ltr_topic_matches", "ltr_boilerplate", "ltr_warnings", "ltr_source_url", "ltr_gazetteer"):
        assert Doc.has_extension(name), name
    assert Token.has_extension("ltr_analyses")
    for old in ("published", "date_matches", "person_matches", "analyses", "source_url"):
        assert not Doc.has_extension(old) and not Token.has_extension(old)
