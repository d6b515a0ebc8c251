"""The spaCy pipeline: components are registered, survive to_disk → spacy.load, and load once."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
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
    dates_a = [(m.start, m.end, m.fact) for m in a._.ltr_date_matches]
    assert dates_a == [(m.start, m.end, m.fact) for m in b._.ltr_date_matches]


def test_extract_returns_report_with_offsets(extract) -> None:
    report = extract(TEXT, published="2023-05-20", source={"id": "t1"})
    assert isinstance(report, ltreports.Report)
    assert report.source.id == "t1" and report.source.published == "2023-05-20"
    for group in (report.dates, *(p.mentions for p in report.people), *(lib.mentions for lib in report.libraries)):
        for m in group if isinstance(group, list) else [group]:
            assert TEXT[m.start:m.end] == m.text


def test_extraction_pipeline_runs_no_trained_tagger(nlp) -> None:
    """The tagger does not change extraction output (benchmarks/throughput.py): it is not in the default."""
    assert not {"tok2vec", "morphologizer", "trainable_lemmatizer"} & set(nlp.pipe_names)


def test_tagged_pipeline_on_request() -> None:
    from ltreports.pipeline import morphology_model_path

    if morphology_model_path() is None:
        pytest.skip("models/lt_ltreports_morph is not there")
    tagged = ltreports.load_pipeline(tagged=True)
    assert tagged is not ltreports.load_pipeline()
    assert {"morphologizer", "ltr_morphology", "ltr_people"} <= set(tagged.pipe_names)
    doc = tagged("Vakar bibliotekoje lankėsi rašytoja.")
    assert [t.pos_ for t in doc if t.text == "bibliotekoje"] == ["NOUN"]
    assert [t.lemma_ for t in doc if t.text == "bibliotekoje"] == ["biblioteka"]


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (["--version"], ("spacy", "torch", "thinc")),
        (["--help"], ("spacy", "torch", "thinc")),
        (["gazetteer", "--help"], ("torch",)),
        (["schema"], ("spacy", "torch")),
    ],
)
def test_cli_start_imports_no_spacy(args: list[str], absent: tuple[str, ...]) -> None:
    """``ltreports --version`` and ``--help`` start without spaCy or torch (start-up time)."""
    code = (
        "import sys\n"
        "from ltreports.cli import app\n"
        f"sys.argv = ['ltreports', *{args!r}]\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('spacy', 'torch', 'thinc') if sys.modules.get(m) is not None))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    assert not set(loaded) & set(absent), loaded


def test_cli_extract_does_not_import_torch(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    text = "Gegužės 3 d. Elektrėnų savivaldybės viešojoje bibliotekoje lankėsi rašytoja Ona Petraitienė."
    post.write_text(text, encoding="utf-8")
    code = (
        "import sys\n"
        "from ltreports.cli import app\n"
        f"sys.argv = ['ltreports', 'extract', {str(post)!r}, '--format', 'jsonl']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print(sys.modules.get('torch') is not None, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    report_line, flags = out.stdout.strip().splitlines()[-2:]
    assert flags == "False True"
    assert json.loads(report_line)["libraries"]
