"""Libraries mentions: extraction (component), resolution (collect), and the gazetteer.

Public API:

- ``doc._.ltr_library_matches``: ``list[Match[LibraryFact]]`` in text order, written by ``ltr_libraries``;
- ``collect(doc) -> list[Library]``: one contract ``Library`` per library/branch with its mentions;
- ``load_gazetteer(paths=None) -> Gazetteer``: the built-in gazetteer merged with user files;
  ``Gazetteer.get(id)``, ``.lookup(text)``, ``.fuzzy(text)``, ``.by_website(url)``, ``.children(id)``;
- ``set_document_context(doc, url=..., gazetteer=...)``: what ``ltreports.extract`` tells the extractor.
"""

from .facts import LibraryFact
from .gazetteer import Candidate, Entry, Gazetteer, GazetteerError, load_gazetteer
from .resolve import collect

__all__ = ["Candidate", "Entry", "Gazetteer", "GazetteerError", "LibraryFact", "collect", "load_gazetteer"]
