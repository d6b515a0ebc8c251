"""The stanza backend: loads from ``models/stanza/`` without network, tags a sentence, and extracts the
same report contract as the spaCy backend."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
pytest.importorskip("stanza")

import ltreports
from ltreports import stanza_backend
from ltreports.stanza_backend import StanzaModelsMissing, stanza_models_dir

SENTENCE = "Vakar Kauno viešojoje bibliotekoje vaikai skaitė naujas knygas."
POST = (
    "2023 m. gegužės 3 d. Elektrėnų savivaldybės viešojoje bibliotekoje lankėsi rašytoja Rūta Gulbinaitė. "
    "Ji skaitė knygas vaikams."
)

pytestmark = pytest.mark.skipif(
    not (stanza_models_dir() / stanza_backend.TAGGER_FILE).is_file(),
    reason="no stanza models in models/stanza/ (run training/stanza/train.sh)",
)


@pytest.fixture(scope="module")
def stanza_nlp():
    """The stanza Language (no extractors), loaded while every network connection is refused."""

    def refuse(*args, **kwargs):
        raise OSError("network access during stanza loading")

    original = socket.socket.connect
    socket.socket.connect = refuse  # type: ignore[method-assign]
    try:
        nlp = stanza_backend.stanza_pipeline()
        doc = nlp(SENTENCE)
    finally:
        socket.socket.connect = original  # type: ignore[method-assign]
    return nlp, doc


def test_loads_offline_and_tags(stanza_nlp) -> None:
    nlp, doc = stanza_nlp
    assert nlp.pipe_names == ["ltr_sentences", stanza_backend.COMPONENT]
    words = [t for t in doc if not t.is_punct]
    assert all(t.pos_ and t.pos_ != "X" for t in words)
    assert all(t.lemma_ for t in doc)
    assert doc[-1].pos_ == "PUNCT"
    assert any(t.morph.get("Case") for t in words)


def test_full_stanza_pipeline_lemmas() -> None:
    """With the Hunspell layer (``ltr_morphology``) the lemmas are dictionary lemmas."""
    nlp = ltreports.load_pipeline("stanza")
    assert stanza_backend.COMPONENT in nlp.pipe_names
    assert nlp.pipe_names.index(stanza_backend.COMPONENT) < nlp.pipe_names.index("ltr_morphology")
    doc = nlp(SENTENCE)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["bibliotekoje"] == "biblioteka"
    assert lemmas["skaitė"] == "skaityti"
    assert lemmas["knygas"] == "knyga"
    assert doc[list(lemmas).index("bibliotekoje")].pos_ == "NOUN"


def test_extract_same_contract_as_spacy() -> None:
    stanza_report = ltreports.extract(POST, published="2023-05-20", source={"id": "s1"}, backend="stanza")
    spacy_report = ltreports.extract(POST, published="2023-05-20", source={"id": "s1"})
    assert isinstance(stanza_report, ltreports.Report)
    data = json.loads(stanza_report.to_json())
    assert data.keys() == json.loads(spacy_report.to_json()).keys()
    assert ltreports.Report.model_validate(data) == stanza_report
    assert [d.value for d in stanza_report.dates] == ["2023-05-03"]
    assert any(p.name == "Rūta Gulbinaitė" for p in stanza_report.people)
    for person in stanza_report.people:
        for m in person.mentions:
            assert POST[m.start : m.end] == m.text


def test_missing_models_give_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StanzaModelsMissing, match=r"train them with training/stanza/train\.sh"):
        stanza_backend.stanza_pipeline(models_dir=tmp_path)


def test_official_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stanza_backend.ENV_OFFICIAL, "1")
    assert stanza_backend.official_requested()
    monkeypatch.setenv(stanza_backend.ENV_OFFICIAL, "0")
    assert not stanza_backend.official_requested()


def test_backend_fixture(extract) -> None:
    report = extract(POST, published="2023-05-20")
    assert [lib.name for lib in report.libraries] == ["Elektrėnų savivaldybės viešoji biblioteka"]


@pytest.mark.skipif(
    not (stanza_models_dir() / stanza_backend.TOKENIZER_FILE).is_file(), reason="no stanza tokenizer model"
)
def test_stanza_tokenizer_keeps_the_text() -> None:
    nlp = stanza_backend.stanza_pipeline(tokenize=True)
    assert "ltr_sentences" not in nlp.pipe_names
    text = "  Gegužės 3 d. bibliotekoje lankėsi rašytoja.\n\nJi skaitė knygas vaikams.  Ačiū!\n"
    doc = nlp(text)
    assert doc.text == text
    assert len(list(doc.sents)) >= 2
    words = [t for t in doc if not t.is_space]
    assert [t.text for t in words][-2:] == ["Ačiū", "!"]
    assert all(t.pos_ for t in words)


def test_stanza_tokenizer_alignment_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whitespace between stanza's tokens: one space is trailing whitespace, the rest whitespace tokens."""
    import re
    from types import SimpleNamespace

    import spacy

    def fake(text: str) -> SimpleNamespace:
        sentences = []
        for part in re.finditer(r"[^.]+\.?", text):
            tokens = [
                SimpleNamespace(start_char=m.start() + part.start(), end_char=m.end() + part.start())
                for m in re.finditer(r"\w+|[^\w\s]", part.group())
            ]
            if tokens:
                sentences.append(SimpleNamespace(tokens=tokens))
        return SimpleNamespace(sentences=sentences)

    monkeypatch.setattr(stanza_backend, "load_stanza_tokenizer", lambda *a, **k: fake)
    tokenizer = stanza_backend.StanzaTokenizer(spacy.blank("lt").vocab)
    text = "  Labas,  pasauli.\n\nAntras  sakinys. \n"
    doc = tokenizer(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space] == ["Labas", ",", "pasauli", ".", "Antras", "sakinys", "."]
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == ["Labas,  pasauli.", "Antras  sakinys."]


@pytest.mark.parametrize(("value", "threads"), [(None, 1), ("", 1), ("2", 2), ("0", 1), ("many", 1)])
def test_torch_threads_setting(monkeypatch, value: str | None, threads: int) -> None:
    if value is None:
        monkeypatch.delenv(stanza_backend.ENV_TORCH_THREADS, raising=False)
    else:
        monkeypatch.setenv(stanza_backend.ENV_TORCH_THREADS, value)
    assert stanza_backend.torch_threads() == threads


def test_one_torch_thread_after_loading(stanza_nlp, monkeypatch) -> None:
    """Stanza runs with one torch thread per process unless told otherwise."""
    import torch

    monkeypatch.delenv(stanza_backend.ENV_TORCH_THREADS, raising=False)
    stanza_backend._import_stanza()
    assert torch.get_num_threads() == 1


def test_stanza_loads_after_the_cli_kept_torch_out() -> None:
    """The CLI keeps thinc from importing torch; the stanza backend still loads in that process."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.modules['torch'] = None\n"
        "import spacy, thinc.compat\n"
        "assert not thinc.compat.has_torch\n"
        "from ltreports import stanza_backend\n"
        "nlp = stanza_backend.stanza_pipeline()\n"
        "import torch\n"
        "print(len(nlp('Vakar bibliotekoje lankėsi rašytoja.')), torch.get_num_threads())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["5", "1"]
