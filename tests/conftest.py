"""Shared fixtures: heavy objects (the pipeline, the dictionary) load once per test session.

Tests read third-party data from ``../shared/data`` (or ``$LTREPORTS_DATA``); corpus posts are never
copied into tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
os.environ.setdefault("LTREPORTS_DATA", str(SHARED / "data"))


@pytest.fixture(scope="session")
def shared() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The full spaCy pipeline, as ``ltreports.load_pipeline()`` gives it."""
    from ltreports import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyzer():
    from ltreports.morphology import get_analyzer

    return get_analyzer()


@pytest.fixture(scope="session")
def extract_spacy():
    """``ltreports.extract`` on the spaCy backend only, for rule cases that both backends share after
    tokenization (a sample of them runs on both backends through ``extract``: the suite's time budget)."""
    import functools

    import ltreports

    ltreports.load_pipeline("spacy")
    return functools.partial(ltreports.extract, backend="spacy")


@pytest.fixture(scope="session", params=["spacy", "stanza"])
def extract(request):
    """``ltreports.extract`` with the pipeline warm and ``backend`` bound, once per backend: every
    extraction test runs against both the spaCy and the stanza backend.

    The stanza run is skipped (not failed) where stanza or its models in ``models/stanza/`` are missing.
    """
    import functools

    import ltreports

    backend = request.param
    try:
        ltreports.load_pipeline(backend)
    except (ImportError, RuntimeError) as e:
        if backend == "spacy":
            raise
        pytest.skip(f"stanza backend unavailable: {e}")
    return functools.partial(ltreports.extract, backend=backend)


def write_results(path: Path, posts: list[tuple[str, str | None, str]], error: tuple[str, str]) -> Path:
    """Batch output as ``ltreports batch --include-text`` writes it: a report line per ``(id, published,
    text)`` post, then one error line ``(id, message)``."""
    import ltreports
    from ltreports.schema import ErrorLine, Source

    with path.open("w", encoding="utf-8") as f:
        for id_, published, text in posts:
            report = ltreports.extract(text, published=published, source={"id": id_}, include_text=True)
            f.write(report.to_json(include_text=True) + "\n")
        f.write(ErrorLine(source=Source(id=error[0]), error=error[1]).model_dump_json() + "\n")
    return path
