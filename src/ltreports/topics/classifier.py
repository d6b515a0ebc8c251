"""Post-level topic classifier: one logistic regression per topic over the post's lemmas, lemma
bigrams and the topics the cue rules found (``training/topics_train.py`` trains it, see
``models/topics/README.md``).

The model file is a small JSON (``models/topics/topics_model.json``): per topic a bias, a threshold and
the weights of its features. How it combines with the rules is the model's ``mode``:
``and`` keeps a rule topic only when the classifier agrees (probability >= threshold); ``or`` also adds
a topic the classifier is sure of; ``off`` leaves the rules alone. Inference is plain Python: no
scikit-learn or numpy at run time, no network.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from ..config import MODELS_DIR
from ..matches import Match, in_boilerplate

ENV_MODEL = "LTREPORTS_TOPICS_MODEL"
MODEL_FILE = "topics/topics_model.json"


def features(doc: Doc, lemma_sets: list[set[str]] | None, rule_topics: set[str] | list[str]) -> set[str]:
    """The post's features: ``l:<lemma>`` for each word, ``b:<lemma>_<lemma>`` for each pair of
    neighbouring words (page chrome and numbers left out), ``r:<topic>`` for each rule topic."""
    out = {f"r:{t}" for t in rule_topics}
    previous = None
    for token in doc:
        if not token.is_alpha:
            if not token.is_space:
                previous = None
            continue
        if in_boilerplate(doc, token.idx, token.idx + len(token)):
            previous = None
            continue
        lemma = (token.lemma_ or token.text).lower()
        out.add(f"l:{lemma}")
        if previous is not None:
            out.add(f"b:{previous}_{lemma}")
        previous = lemma
    return out


@dataclass
class TopicModel:
    mode: str
    bias: dict[str, float]
    threshold: dict[str, float]
    weights: dict[str, dict[str, float]]

    @classmethod
    def from_json(cls, data: dict) -> TopicModel:
        return cls(data["mode"], data["bias"], data["threshold"], data["weights"])

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        """Per topic the probability; word features count 1/sqrt(number of word features) each (a post's
        words weigh the same whatever its length), rule features 1."""
        rule = [f for f in feats if f.startswith("r:")]
        words = [f for f in feats if not f.startswith("r:")]
        scale = 1.0 / math.sqrt(len(words)) if words else 0.0
        out = {}
        for topic, bias in self.bias.items():
            w = self.weights.get(topic, {})
            z = bias + sum(w.get(f, 0.0) for f in rule) + scale * sum(w.get(f, 0.0) for f in words)
            out[topic] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out

    def decide(self, rule_topics: set[str], probs: dict[str, float]) -> set[str]:
        """The post's topics from the rules' topics and the classifier's probabilities."""
        if self.mode == "off":
            return set(rule_topics)
        sure = {t for t, p in probs.items() if p >= self.threshold.get(t, 0.5)}
        if self.mode == "and":
            return {t for t in rule_topics if t not in probs or t in sure}
        if self.mode == "or":
            return set(rule_topics) | sure
        if self.mode == "alone":
            return sure
        raise ValueError(f"unknown topic model mode {self.mode!r}")

    def filter(self, doc: Doc, lemma_sets: list[set[str]], rule: list[Match[str]]) -> list[Match[str]]:
        """The rule matches of the topics the model keeps, plus (modes ``or``/``alone``) one match
        over the whole text for a topic the classifier adds without a cue."""
        rule_topics = {m.fact for m in rule}
        keep = self.decide(rule_topics, self.probabilities(features(doc, lemma_sets, rule_topics)))
        out = [m for m in rule if m.fact in keep]
        for topic in sorted(keep - rule_topics):
            out.append(Match(0, len(doc.text), doc.text, topic))
        return out


def model_path() -> Path:
    return Path(os.environ.get(ENV_MODEL) or MODELS_DIR / MODEL_FILE)


@cache
def _load(path: str) -> TopicModel | None:
    p = Path(path)
    if not p.is_file():
        return None
    with open(p, encoding="utf-8") as f:
        return TopicModel.from_json(json.load(f))


def load_model() -> TopicModel | None:
    """The installed model, or None (then the rules decide alone)."""
    return _load(os.environ.get(ENV_MODEL) or _DEFAULT_PATH)  # ``str(model_path())``, without a Path per post


_DEFAULT_PATH = str(MODELS_DIR / MODEL_FILE)
