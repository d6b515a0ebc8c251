"""Pipeline component ``ltr_people``: writes matches to ``doc._.person_matches``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import matches


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        matches(doc, "person_matches")
        return doc


@Language.factory("ltr_people", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()
