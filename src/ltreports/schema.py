"""The output contract, version 1 (``../shared/spec/output-schema.md``), as pydantic v2 models.

Field names and value formats are public: downstream users and the scorer read them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

LibraryKind = Literal["national", "county", "municipal", "special", "branch", "department", "other"]
Gender = Literal["M", "F"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """A stretch of the document text: ``text == document_text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Evidence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(_Model):
    id: str | None = None
    path: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    title: str | None = None


class DateMention(_Model):
    text: str
    start: int
    end: int
    value: str | None = Field(description="YYYY-MM-DD, --MM-DD or YYYY-MM; null when it cannot be known")
    value_end: str | None = None


class Person(_Model):
    name: str
    given_name: str | None = None
    family_name: str | None = None
    gender: Gender | None = None
    role: str | None = None
    organization: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Library(_Model):
    id: str | None
    name: str
    kind: LibraryKind
    settlement: str | None = None
    parent_id: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class LibraryRef(_Model):
    id: str | None
    name: str


class BranchRef(_Model):
    id: str | None
    name: str
    settlement: str | None = None


class VisitPerson(_Model):
    name: str
    role: str | None = None


class Visit(_Model):
    date: str | None = None
    date_end: str | None = None
    library: LibraryRef
    branches: list[BranchRef] = Field(default_factory=list)
    people: list[VisitPerson] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class SpanMention(_Model):
    """A labelled stretch of the text (DATE, PERSON, ROLE, LIBRARY, BRANCH, TOPIC), as displaCy shows it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str


class Report(_Model):
    """Everything ltreports extracts from one document."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    visits: list[Visit] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    libraries: list[Library] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(default=None, description="The extracted text the offsets refer to (--include-text)")
    spans: list[SpanMention] | None = Field(
        default=None, description="Every mention with its label, for highlighting the text (with --include-text)"
    )

    def to_json(self, *, include_text: bool = False, indent: int | None = None) -> str:
        exclude = None if include_text else {"text", "spans"}
        return self.model_dump_json(exclude=exclude, indent=indent)


class ErrorLine(_Model):
    """A batch line for a document that could not be processed."""

    source: Source
    error: str


def json_schema() -> dict:
    return Report.model_json_schema()
