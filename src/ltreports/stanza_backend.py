"""The stanza backend: stanza tags POS, features and lemmas on the tokens of a spaCy ``Doc``.

``stanza_pipeline()`` returns a spaCy ``Language``: our Lithuanian tokenizer, the ``ltr_sentences``
segmenter, then the ``ltr_stanza`` component, which runs stanza on the Doc's sentences as
pretokenized input and writes ``token.pos_``, ``token.morph`` and ``token.lemma_`` (like spacy-stanza,
but the tokens stay ours, so the same extractors run on the same Doc). ``pipeline.build_pipeline``
adds the extractors on top.

Tokenization: by default our tokenizer and sentence segmenter cut the text (the extractors are built
on their tokens: "d.", "m.", initials kept whole) and stanza tags them as pretokenized input. With
``LTREPORTS_STANZA_TOKENIZE=1`` (or ``stanza_pipeline(tokenize=True)``) stanza's own tokenizer, trained
here too, cuts tokens and sentences (``StanzaTokenizer``), and the Doc still covers the text exactly.

The models are the ones trained here (``training/stanza/train.sh``) and loaded from ``models/stanza/``
(or ``$LTREPORTS_STANZA_MODELS``) with ``download_method=None``: nothing is fetched from the network.
With ``LTREPORTS_STANZA_OFFICIAL=1`` (or ``stanza_pipeline(official=True)``) stanza's official
Lithuanian models are used instead, downloaded by stanza on first use.

Threads: torch runs with one thread per process (``$LTREPORTS_TORCH_THREADS`` to change it).

Lemmas: ``ltr_stanza`` writes stanza's own lemma; in the full pipeline ``ltr_morphology`` (added with
the extractors, the same component as in the spaCy backend) then lets the Hunspell dictionary choose:
among a word's dictionary readings, the one agreeing best with stanza's UPOS and Case/Gender/Number
gives ``token.lemma_``, and stanza's lemma stays for words the dictionary lacks.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import language  # noqa: F401  (registers the tokenizer and ltr_sentences)
from .config import MODELS_DIR

log = logging.getLogger(__name__)

ENV_OFFICIAL = "LTREPORTS_STANZA_OFFICIAL"
ENV_MODELS = "LTREPORTS_STANZA_MODELS"
ENV_TOKENIZE = "LTREPORTS_STANZA_TOKENIZE"
ENV_TORCH_THREADS = "LTREPORTS_TORCH_THREADS"
TAGGER_FILE = "tagger.pt"
LEMMATIZER_FILE = "lemmatizer.pt"
TOKENIZER_FILE = "tokenizer.pt"
COMPONENT = "ltr_stanza"


class StanzaModelsMissing(RuntimeError):
    """The stanza backend was asked for but its models (or stanza itself) are not installed."""


def stanza_models_dir() -> Path:
    env = os.environ.get(ENV_MODELS)
    return Path(env).expanduser() if env else MODELS_DIR / "stanza"


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def official_requested() -> bool:
    return _flag(ENV_OFFICIAL)


def stanza_tokenize_requested() -> bool:
    return _flag(ENV_TOKENIZE)


def torch_threads() -> int:
    """Threads torch may use in this process: ``$LTREPORTS_TORCH_THREADS``, else 1.

    One thread per process: on a shared or loaded machine torch's default (a thread per core, each
    spinning while it waits) made tagging about 20 times slower; batch workers are processes anyway.
    """
    value = os.environ.get(ENV_TORCH_THREADS, "").strip()
    return max(1, int(value)) if value.isdigit() else 1


def _import_stanza() -> Any:
    if "torch" in sys.modules and sys.modules["torch"] is None:
        del sys.modules["torch"]  # the CLI keeps thinc from importing torch; stanza needs it
    try:
        import stanza
        import torch

        torch.set_num_threads(torch_threads())
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise StanzaModelsMissing(
            "the stanza backend needs the optional dependencies: pip install 'ltreports[stanza]'"
        ) from err
    return stanza


_lock = threading.Lock()


@cache
def load_stanza(official: bool = False, models_dir: str | None = None) -> Any:
    """The ``stanza.Pipeline`` (pretokenized input → UPOS, features, lemmas), loaded once per process."""
    stanza = _import_stanza()
    common = {
        "processors": "tokenize,pos,lemma",
        "tokenize_pretokenized": True,
        "use_gpu": False,
        "logging_level": "ERROR",
    }
    if official:
        return stanza.Pipeline("lt", **common)
    folder = Path(models_dir) if models_dir else stanza_models_dir()
    tagger, lemmatizer = folder / TAGGER_FILE, folder / LEMMATIZER_FILE
    missing = [p.name for p in (tagger, lemmatizer) if not p.is_file()]
    if missing:
        raise StanzaModelsMissing(
            f"the stanza models {', '.join(missing)} are not in {folder}: train them with "
            f"training/stanza/train.sh, point {ENV_MODELS} at a folder holding {TAGGER_FILE} and "
            f"{LEMMATIZER_FILE}, or set {ENV_OFFICIAL}=1 to download stanza's official Lithuanian models"
        )
    return _local_pipeline(
        stanza, folder, pos_model_path=str(tagger), pos_pretrain_path=None, lemma_model_path=str(lemmatizer), **common
    )


def _local_pipeline(stanza: Any, folder: Path, **kwargs: Any) -> Any:
    """A stanza pipeline from model files in ``folder`` only: nothing is downloaded."""
    return stanza.Pipeline(
        "lt",
        dir=str(folder),
        resources_filepath=str(_resources_file(folder)),
        download_method=None,
        allow_unknown_language=True,
        **kwargs,
    )


def _resources_file(folder: Path) -> Path:
    # stanza reads a resources.json even when nothing is downloaded: an empty one (no known packages)
    # plus allow_unknown_language makes it load exactly the model files given
    resources = folder / "resources.json"
    if not resources.is_file():
        resources = Path(tempfile.gettempdir()) / "ltreports-stanza-resources.json"
        resources.write_text("{}\n", encoding="utf-8")
    return resources


@cache
def load_stanza_tokenizer(official: bool = False, models_dir: str | None = None) -> Any:
    """The ``stanza.Pipeline`` that only tokenizes and splits sentences (stanza's own tokenizer)."""
    stanza = _import_stanza()
    common = {"processors": "tokenize", "use_gpu": False, "logging_level": "ERROR"}
    if official:
        return stanza.Pipeline("lt", **common)
    folder = Path(models_dir) if models_dir else stanza_models_dir()
    model = folder / TOKENIZER_FILE
    if not model.is_file():
        raise StanzaModelsMissing(
            f"the stanza tokenizer {TOKENIZER_FILE} is not in {folder}: train it with "
            f"training/stanza/train.sh prepare tokenizer install, or unset {ENV_TOKENIZE} to tokenize "
            "with the ltreports tokenizer"
        )
    return _local_pipeline(stanza, folder, tokenize_model_path=str(model), **common)


class StanzaTokenizer:
    """A spaCy tokenizer that cuts tokens and sentences with stanza's tokenizer.

    The Doc keeps the text exactly: a single space after a token is its trailing whitespace, any
    other whitespace between tokens becomes a whitespace token, so character offsets stay valid.
    """

    def __init__(self, vocab: Any, official: bool = False, models_dir: str | None = None) -> None:
        self.vocab = vocab
        self.official = official
        self.models_dir = models_dir

    @property
    def stanza(self) -> Any:
        return load_stanza_tokenizer(self.official, self.models_dir)

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool] = []

        def gap(chunk: str) -> None:
            if not chunk:
                return
            if words and not spaces[-1] and not words[-1].isspace() and chunk[0] == " ":
                spaces[-1] = True
                chunk = chunk[1:]
            if chunk:
                words.append(chunk)
                spaces.append(False)
                starts.append(not words[:-1])

        pos = 0
        if text.strip():
            for sentence in self.stanza(text).sentences:
                first = True
                for token in sentence.tokens:
                    start, end = token.start_char, token.end_char
                    if start is None or end is None or start < pos:  # pragma: no cover - defensive
                        continue
                    gap(text[pos:start])
                    words.append(text[start:end])
                    spaces.append(False)
                    starts.append(first)
                    first = False
                    pos = end
        gap(text[pos:])
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts or None)


# ---------------------------------------------------------------------------------------------------
# the spaCy component


class StanzaTagger:
    """Runs stanza on a Doc's sentences (pretokenized) and writes POS, morphology and lemmas."""

    def __init__(self, official: bool | None = None, models_dir: str = "") -> None:
        self.official = official_requested() if official is None else official
        self.models_dir = models_dir or None
        self._stanza: Any = None

    @property
    def stanza(self) -> Any:
        if self._stanza is None:
            with _lock:
                self._stanza = load_stanza(self.official, self.models_dir)
        return self._stanza

    def __call__(self, doc: Doc) -> Doc:
        self.annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.annotate(batch)
                yield from batch
                batch = []
        if batch:
            self.annotate(batch)
            yield from batch

    def annotate(self, docs: Sequence[Doc]) -> None:
        """Tag all sentences of ``docs`` in one stanza call."""
        sentences: list[list[Token]] = []
        for doc in docs:
            sentences.extend(_sentences(doc))
        if not sentences:
            return
        result = self.stanza([[t.text for t in sent] for sent in sentences])
        for tokens, sent in zip(sentences, result.sentences, strict=True):
            words = sent.words
            if len(words) != len(tokens):  # pragma: no cover - pretokenized input keeps the tokens
                log.warning("stanza returned %d words for %d tokens; sentence left untagged", len(words), len(tokens))
                continue
            for token, word in zip(tokens, words, strict=True):
                upos = word.upos or "X"
                token.pos_ = upos
                token.set_morph(word.feats or None)
                token.lemma_ = word.lemma or token.text


def _sentences(doc: Doc) -> list[list[Token]]:
    """The Doc's sentences as lists of tokens; whitespace tokens (and any token holding a blank, which
    pretokenized stanza input cannot carry) are not sent to stanza and stay untagged."""
    spans = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    out = []
    for span in spans:
        tokens = [t for t in span if t.text.strip() and not any(ch.isspace() for ch in t.text)]
        if tokens:
            out.append(tokens)
    return out


@Language.factory(
    COMPONENT,
    default_config={"official": None, "models_dir": ""},
    assigns=["token.pos", "token.morph", "token.lemma"],
)
def make_stanza_tagger(nlp: Language, name: str, official: bool | None, models_dir: str) -> StanzaTagger:
    return StanzaTagger(official=official, models_dir=models_dir)


def stanza_pipeline(
    official: bool | None = None, *, tokenize: bool | None = None, models_dir: str | Path | None = None
) -> Language:
    """Tokenizer, sentences and the stanza tagger, without the extractors.

    ``tokenize=False`` (the default, unless ``$LTREPORTS_STANZA_TOKENIZE`` is set): the ltreports
    tokenizer and ``ltr_sentences`` cut the text, stanza tags the tokens. ``tokenize=True``: stanza's
    own tokenizer (``models/stanza/tokenizer.pt``) cuts tokens and sentences too. The models load
    eagerly, so a missing model raises ``StanzaModelsMissing`` here, saying what to do about it.
    """
    import spacy

    from .pipeline import tokenizer_config

    official = official_requested() if official is None else official
    tokenize = stanza_tokenize_requested() if tokenize is None else tokenize
    folder = str(models_dir or "")
    nlp = spacy.blank("lt", config=tokenizer_config())
    if tokenize:
        stanza_tokenizer = StanzaTokenizer(nlp.vocab, official, folder or None)
        stanza_tokenizer.stanza  # noqa: B018  (load now: fail early with a clear message)
        nlp.tokenizer = stanza_tokenizer
    else:
        nlp.add_pipe("ltr_sentences", first=True)
    tagger = nlp.add_pipe(COMPONENT, config={"official": official, "models_dir": folder})
    tagger.stanza  # noqa: B018
    return nlp
