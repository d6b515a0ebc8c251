"""Activity topics (``../shared/spec/topics.md``).

``cues`` holds the lemma cues of ``data/topics.yaml``; ``context`` decides whether a cue's sentence
reports the activity (not history, an invitation, a generic offer, a name or a title), with ``grammar``
(tense, mood, genitive attributes, history sentences) and ``clauses`` (an award's reason, purpose,
conditions and plans, comparisons, wishes, performers), both reading the Doc by token index through
``doc_facts`` (sentences, clause breaks, verb readings, lower-cased words, computed once per Doc); ``classifier``
weighs the whole post; ``component`` is the pipeline component ``ltr_topics`` writing
``doc._.ltr_topic_matches`` (Match objects, fact = topic id).
"""

from __future__ import annotations

from .component import TopicExtractor, collect, make_topics, quoted_ranges
from .cues import Cue, cues, topic_ids

__all__ = ["Cue", "TopicExtractor", "collect", "cues", "make_topics", "quoted_ranges", "topic_ids"]
