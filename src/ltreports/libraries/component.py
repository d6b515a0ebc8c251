"""Pipeline component ``ltr_libraries``: writes matches to ``doc._.library_matches``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import matches


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        matches(doc, "library_matches")
        return doc


@Language.factory("ltr_libraries", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()
