"""Pipeline component ``ltr_morphology``: dictionary analyses on every token (``token._.analyses``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .analyzer import get_analyzer


class MorphologyAnnotator:
    def __call__(self, doc: Doc) -> Doc:
        analyzer = get_analyzer()
        for token in doc:
            if token.is_alpha or "-" in token.text:
                token._.analyses = analyzer.analyze(token.text)
        return doc


@Language.factory("ltr_morphology", default_config={})
def make_morphology(nlp: Language, name: str) -> MorphologyAnnotator:
    return MorphologyAnnotator()
