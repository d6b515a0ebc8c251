"""Topic candidates: every cue occurrence with the context filter that rejects it (None when it counts),
and per candidate topic the few measurable facts that say how central the topic is to the post.

How the gold topics are annotated (``../shared/corpus/README.md``): a topic counts when the post's event
was about that activity, not when a word for it occurs in passing. What makes that measurable is where
and how often the cues stand: a topic of the event is usually named early (the title, the lead), many
times, in several sentences and by different words, in sentences that report what took place; a cue in
passing stands once, late, or where a filter of ``context`` rejects it. ``topic_features`` turns a
topic's candidates into those facts; ``models/topics/`` weighs them (``classifier.CandidateModel``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from spacy.tokens import Doc

from ..language import doc_text
from ..matches import Match
from . import context, grammar
from .cues import Cue, cues_by_first_word

LEAD_CHARS = 400  # the title and the lead paragraph of a post
REASONS = ("chrome", "conditions", *context.FILTERS)


@dataclass(frozen=True)
class Candidate:
    match: Match[str]
    start: int  # token offsets of the cue
    end: int
    cue: Cue
    reason: str | None  # the filter that rejects the cue; None: it reports the activity

    @property
    def topic(self) -> str:
        return self.cue.topic


def candidates(doc: Doc, lemma_sets: list[set[str]]) -> list[Candidate]:
    """Every occurrence of every cue, in text order, each with its rejection reason."""
    ctx = context.Context(doc, lemma_sets)
    found: list[Candidate] = []
    by_first = cues_by_first_word()
    for i, token in enumerate(doc):
        if token.is_punct or token.is_space:
            continue
        for lemma in lemma_sets[i]:
            for cue in by_first.get(lemma, ()):
                end = i + len(cue.words)
                if end > len(doc) or not all(w in lemma_sets[i + k] for k, w in enumerate(cue.words)):
                    continue
                reason = None if _cue_conditions(doc, lemma_sets, i, end, cue) else "conditions"
                if reason is None:
                    reason = ctx.rejection(i, end, cue)
                found.append(Candidate(Match.from_span(doc[i:end], cue.topic), i, end, cue, reason))
    found.sort(key=lambda c: c.match.start)
    return found


def _cue_conditions(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, cue: Cue) -> bool:
    """The cue's own conditions from ``topics.yaml`` (near, not_near, not_before, not_after, not_case)."""
    if cue.near and not _near(doc, lemma_sets, start, end, cue.window, cue.near):
        return False
    if cue.not_near and _near(doc, lemma_sets, start, end, cue.window, cue.not_near):
        return False
    if end < len(doc) and lemma_sets[end] & cue.not_before:
        return False
    if cue.not_case and (found := grammar.cases(doc[end - 1])) and found <= cue.not_case:
        return False
    return not (start > 0 and lemma_sets[start - 1] & cue.not_after)


def _near(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, window: int, words: frozenset[str]) -> bool:
    """Is one of `words` within `window` words, in the same sentence (the cue itself excluded)?"""
    sent = doc[start].sent
    lo = max(sent.start, start - window)
    hi = min(sent.end, end + window)
    return any(lemma_sets[k] & words for k in range(lo, hi) if not start <= k < end)


def topic_features(doc: Doc, found: list[Candidate]) -> dict[str, dict[str, float]]:
    """Per topic with at least one candidate, its features:

    ``topic:<id>`` 1 (the topic's own prior); ``accepted`` log(1 + cues that count); ``none`` 1 when no
    cue counts; ``distinct`` log(1 + different cues that count); ``sentences`` the share of the post's
    sentences with a cue that counts (x10, capped at 1); ``lead`` 1 when a cue that counts stands in the
    title or lead (the first ``LEAD_CHARS`` characters); ``position`` where the first cue that counts
    stands (0 at the start, 1 at the end); ``rejected:<filter>`` log(1 + cues that filter rejected)."""
    text_len = max(1, len(doc_text(doc)))
    n_sents = max(1, sum(1 for _ in doc.sents))
    by_topic: dict[str, list[Candidate]] = {}
    for c in found:
        by_topic.setdefault(c.topic, []).append(c)
    out: dict[str, dict[str, float]] = {}
    for topic, items in by_topic.items():
        ok = [c for c in items if c.reason is None]
        f: dict[str, float] = {f"topic:{topic}": 1.0}
        if ok:
            first = min(c.match.start for c in ok)
            f["accepted"] = math.log1p(len(ok))
            f["distinct"] = math.log1p(len({c.cue.words for c in ok}))
            f["sentences"] = min(1.0, 10 * len({doc[c.start].sent.start for c in ok}) / n_sents)
            f["lead"] = 1.0 if first < LEAD_CHARS else 0.0
            f["position"] = first / text_len
        else:
            f["none"] = 1.0
        rejected: dict[str, int] = {}
        for c in items:
            if c.reason is not None:
                rejected[c.reason] = rejected.get(c.reason, 0) + 1
        for reason, n in rejected.items():
            f[f"rejected:{reason}"] = math.log1p(n)
        out[topic] = f
    return out
