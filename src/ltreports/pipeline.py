"""Building the spaCy pipeline: Lithuanian tokenizer and sentences, morphology, then the extractors.

    text → Doc (tokens, sentences) → morphology (POS, features, lemmas, dictionary analyses)
         → mentions (boilerplate, dates, libraries, people, topics) written to ``doc._``

``load_pipeline()`` is the extraction pipeline: tokenizer, sentences, the Hunspell morphology layer
and the extractors. It does not run the trained tagger (``models/lt_ltreports_morph``: tok2vec,
morphologizer, trainable lemmatizer): extraction output is byte-identical with and without it on the
train and dev posts, and it took about half the time (``benchmarks/throughput.py``). Users who want
UD POS, features and statistical lemmas ask for it: ``load_pipeline(tagged=True)`` loads the trained
model under the same components (``$LTREPORTS_TAGGED=1`` makes that the default). Every component
is a registered factory, so ``nlp.to_disk()`` → ``spacy.load()`` gives the same pipeline back.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from . import language
from .config import MODELS_DIR
from .matches import register_extensions
from .startup import paused_collector

log = logging.getLogger(__name__)

ENV_MODEL = "LTREPORTS_MODEL"
ENV_TAGGED = "LTREPORTS_TAGGED"
ENV_TUNE_GC = "LTREPORTS_TUNE_GC"  # the command line sets it: tune_gc() after a load
SPACY_MODEL_NAME = "lt_ltreports_morph"
# The extractor components, in order. Each module registers its factory on import.
EXTRACTORS = (
    ("ltr_boilerplate", "ltreports.text_input"),
    ("ltr_morphology", "ltreports.morphology.component"),
    ("ltr_dates", "ltreports.dates.component"),
    ("ltr_libraries", "ltreports.libraries.component"),
    ("ltr_people", "ltreports.people.component"),
    ("ltr_topics", "ltreports.topics"),
    ("ltr_spans", "ltreports.spans"),  # all mentions in doc.spans["ltreports"], for displaCy
)
BACKENDS = ("spacy", "stanza")

_lock = threading.Lock()
_cache: dict[tuple, Language] = {}


def tokenizer_config() -> dict:
    return {"nlp": {"tokenizer": {"@tokenizers": "ltreports.Tokenizer.v1"}}}


def morphology_model_path() -> Path | None:
    """The trained morphologizer/lemmatizer pipeline, if present."""
    if os.environ.get(ENV_MODEL):
        path = Path(os.environ[ENV_MODEL])
        return path if path.is_dir() else None
    path = MODELS_DIR / SPACY_MODEL_NAME
    return path if (path / "config.cfg").is_file() else None


def _import_extractors() -> None:
    import importlib

    for _, module in EXTRACTORS:
        importlib.import_module(module)


def base_pipeline(*, trained: bool = True) -> Language:
    """Tokenizer, sentences and (when available) the trained morphology, without the extractors."""
    model = morphology_model_path() if trained else None
    if model is not None:
        nlp = spacy.load(model, exclude=[name for name, _ in EXTRACTORS])
        # the model carries the tokenizer it was trained with; rebuild it from the current language data
        nlp.tokenizer = language.create_tokenizer()(nlp)
    else:
        nlp = spacy.blank("lt", config=tokenizer_config())
    if "ltr_sentences" not in nlp.pipe_names:
        nlp.add_pipe("ltr_sentences", first=True)
    return nlp


def add_extractors(nlp: Language) -> Language:
    _import_extractors()
    for name, _ in EXTRACTORS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def build_pipeline(backend: str = "spacy", *, trained: bool = False) -> Language:
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    register_extensions()
    if backend == "stanza":
        from .stanza_backend import stanza_pipeline

        nlp = stanza_pipeline()
    else:
        nlp = base_pipeline(trained=trained)
    return add_extractors(nlp)


def load_tables() -> None:
    """Load the tables the components load on first use, so that no post pays for them: the language data
    files, the morphology store (its transform table), the dictionary's affix rules (role phrases inflected
    to the nominative) and the gazetteer. Each comes from the derived-data cache (``resources.derived``) or
    the store in milliseconds to a few tens of them; on a post they cost about 0.2 s of the first ones."""
    from .libraries.gazetteer import BUILTIN, GazetteerError, load_gazetteer
    from .morphology import get_analyzer
    from .morphology.affixes import load_affix_dictionary
    from .resources import PACKAGE, load_yaml

    for path in sorted((PACKAGE / "data").glob("*.yaml")):
        if path.name != BUILTIN:  # the gazetteer's source: its compiled form is loaded instead
            load_yaml(path.name)
    analyzer = get_analyzer()
    if analyzer.tagged and analyzer.dic_dir is not None:  # as inflect._dictionary_forms asks for it
        load_affix_dictionary(analyzer.dic_dir, analyzer.name)
    with contextlib.suppress(GazetteerError):  # a user file's fault: told by the first post that needs it
        load_gazetteer()


def tagged_requested() -> bool:
    return os.environ.get(ENV_TAGGED, "").strip().lower() in {"1", "true", "yes", "on"}


GC_YOUNG = 10_000  # allocations between collections of the youngest generation (Python's default: 700)


def tune_gc() -> None:
    """After a load: the loaded pipeline lives as long as the process, so it is moved out of the collector's
    reach (``gc.freeze``; the load leaves little cyclic garbage, some 3,600 of 250,000 objects, frozen with
    the rest rather than found by a full collection that cost 0.06 s of start-up), and the youngest generation is
    collected every GC_YOUNG allocations rather than 700 (a threshold set higher is kept). New words fill the
    caches with objects that live on; at the default threshold their growth set off a collection every few
    hundred allocations and, every so often, a full one that walked the whole pipeline: 1.1 ms of a new
    post's 17 (``benchmarks/throughput.py``), 0.2 ms after this. Output does not change.

    It changes the collector of the whole process, so a library does not do it behind its caller's back:
    ``load_pipeline`` calls it only when ``$LTREPORTS_TUNE_GC`` is set (the ``ltreports`` command sets it);
    a program that converts many posts can call it itself after ``load_pipeline()``."""
    gc.freeze()
    young, *older = gc.get_threshold()
    if young and young < GC_YOUNG:  # 0: the collector's automatic runs are off; left as the caller set them
        gc.set_threshold(GC_YOUNG, *older)


def loaded() -> list[Language]:
    """The pipelines this process has loaded (``load_pipeline``), none loaded by this call. It takes no
    lock: a forked worker asks it first thing, and a lock another thread held at the fork stays held there."""
    return list(_cache.values())


def load_pipeline(backend: str = "spacy", *, tagged: bool | None = None) -> Language:
    """The spaCy ``Language`` that analyses Lithuanian text for ltreports, loaded once per process.

    ``tagged=True`` (spaCy backend) adds the trained tagger and lemmatizer (``models/lt_ltreports_morph``)
    for users who want UD POS, features and lemmas on every token; the default (None) follows
    ``$LTREPORTS_TAGGED`` and is off: extraction does not need the tagger. The stanza backend always
    tags (stanza is its tagger).
    """
    if tagged is None:
        tagged = tagged_requested()
    key = (backend, bool(tagged) and backend == "spacy")
    with _lock:
        if key not in _cache:
            with paused_collector():  # the build makes objects that live on: collections find no garbage
                _cache[key] = build_pipeline(backend, trained=key[1])
                load_tables()
            if os.environ.get(ENV_TUNE_GC, "").strip().lower() in {"1", "true", "yes", "on"}:
                tune_gc()
        return _cache[key]
