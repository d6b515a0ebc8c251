"""Pipeline component ``ltr_libraries``: writes matches to ``doc._.ltr_library_matches``.

Each match is ``Match(start, end, text, fact)`` with a ``LibraryFact`` (see ``facts.py``). The rules,
in order (a word used by one rule is not used again), each in its own module:

1. gazetteer names and short forms in any case and number, with coordinated names, and names with a patron
   the gazetteer does not list (``named.py``);
2. branch phrases: settlement genitives and locatives, enumerations, patrons (``branch_phrases.py``,
   reading the settlement in ``settlement_words.py``), and branches named by the context: a librarian,
   a village named before (``branch_context.py``);
3. libraries outside the gazetteer: kind ``other``; 4. near misses of gazetteer names (``others.py``);
5. branches of a city library named by a word or a quoted name (``city_branches.py``);
6. "viešoji biblioteka"/"biblioteka" alone, when the post makes its library clear (``post_library.py``).

Parents of branches and the choice among ambiguous entries are decided last (``parents.py``).
Settlement nominatives come from ``places.py``; the gazetteer and its derived short forms from
``gazetteer.py`` and ``gazetteer_forms.py``. Matches inside page boilerplate are dropped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..language import doc_text
from ..matches import Match, matches
from .branch_phrases import BranchPhrases
from .city_branches import CityBranches
from .gazetteer import Gazetteer, load_gazetteer
from .hits import Hit
from .named import NamedLibraries
from .others import OtherLibraries
from .parents import Parents
from .post_library import PostLibrary
from .words import words

__all__ = ["Extractor", "Hit", "make_extractor", "register_extensions", "set_document_context"]

def register_extensions() -> None:
    """``doc._.ltr_gazetteer`` (a Gazetteer for this doc) and ``doc._.ltr_source_url`` (where the post is from)."""
    for name in ("ltr_gazetteer", "ltr_source_url"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def set_document_context(doc: Doc, *, url: str | None = None, gazetteer: Gazetteer | None = None) -> None:
    """Tell the extractor where the post comes from and which gazetteer to use (before ``nlp(doc)``)."""
    doc._.ltr_source_url = url
    doc._.ltr_gazetteer = gazetteer


class Extractor:
    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "ltr_library_matches")
        gaz = doc._.ltr_gazetteer or load_gazetteer()
        text = doc_text(doc)
        ws = words(text)
        if ws:
            found.extend(_Finder(doc, gaz, ws, text).run())
        return doc


@Language.factory("ltr_libraries", default_config={})
def make_extractor(nlp: Language, name: str) -> Extractor:
    return Extractor()


class _Finder(NamedLibraries, BranchPhrases, OtherLibraries, CityBranches, PostLibrary, Parents):
    """All rules on one post, in their order."""

    def run(self) -> list[Match]:
        self.gazetteer_names()
        self.city_districts_in_context()
        self.unlisted_patrons()
        self.branch_phrases()
        self.other_libraries()
        self.near_misses()
        self.city_branches()
        self.quoted_branches()
        self.bare_mentions()
        return self.to_matches()
