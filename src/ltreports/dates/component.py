"""Pipeline component ``ltr_dates``: writes matches to ``doc._.date_matches``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import matches


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        matches(doc, "date_matches")
        return doc


@Language.factory("ltr_dates", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()
