"""What a library match says: ``Match.fact`` in ``doc._.ltr_library_matches`` is a ``LibraryFact``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LibraryFact:
    """A resolved library mention.

    ``id`` is the gazetteer id (None for a branch the gazetteer lacks and for ``kind == "other"``);
    ``name`` the official nominative name (for unknown entries: the phrase in the nominative);
    ``kind`` one of national/county/municipal/special/branch/department/other; ``settlement`` the
    settlement's nominative (branches: where the branch is; libraries: their seat); ``parent_id``
    the parent library's id for branches and departments; ``rule`` which rule found it (gazetteer,
    coordination, seat, branch, branch-locative, branch-skyrius, city-branch, other,
    other-foreign, fuzzy, post-library); ``candidates`` the ids it was chosen from when the text fits
    several entries (fuzzy or ambiguous names), best first; ``score`` the fuzzy score (0–100).
    """

    id: str | None
    name: str
    kind: str
    settlement: str | None = None
    parent_id: str | None = None
    rule: str = "gazetteer"
    candidates: tuple[str, ...] = ()
    score: float | None = None

    @property
    def key(self) -> tuple[str, ...]:
        """Mentions with one key are one library: the id, else kind and settlement or name."""
        if self.id:
            return ("id", self.id)
        if self.kind == "branch":
            return ("branch", (self.settlement or self.name).casefold(), self.parent_id or "")
        return (self.kind, self.name.casefold())
