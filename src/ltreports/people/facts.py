"""The fact a person match carries (``Match.fact`` in ``doc._.ltr_person_matches``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..quick_init import quick_init


@quick_init  # made by the thousand per post: slots set without ``object.__setattr__``
@dataclass(frozen=True, slots=True)
class PersonFact:
    """One mention of a person, normalized.

    ``given`` holds the nominative given names, or initials as written ("R.", "E.M.A"), or nothing for a
    surname-only mention; ``family`` the nominative family name ("Garbenčiūtė-Bučienė").
    ``role``/``role_start``/``role_end``: the role phrase next to this mention, if any.
    ``surname_only``: a partial mention of a person named in full elsewhere: the surname alone, or the
    given name alone when ``given_only`` (then ``family`` is the person's family name, for merging).
    ``excluded``: the name stands where it does not count as a participant (a patron in an institution's
    name, a relative only spoken about); resolution drops every mention of such a person.
    """

    given: tuple[str, ...]
    family: str
    gender: str | None  # "M" | "F" | None
    case: str | None  # grammatical case of this mention
    role: str | None = None
    role_start: int | None = None
    role_end: int | None = None
    organization: str | None = None
    surname_only: bool = False  # a partial mention: the surname alone, or (with given_only) the given name
    excluded: bool = False
    given_only: bool = False

    @property
    def initials_only(self) -> bool:
        return bool(self.given) and all(g.endswith(".") or (g.isupper() and "." in g) for g in self.given)

    @property
    def name(self) -> str:
        return " ".join([*self.given, self.family])
