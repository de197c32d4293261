"""The record types every stage imports: an Article in, a Record out.

Field order is the serialisation order of ``shared/spec/RECORD.md``; offsets are
``[start, end)`` character offsets into ``Article.text``.
"""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from newstrace.kinds import (  # noqa: F401  (re-exported: the record's vocabularies)
    EVENT_TYPES, Certainty, EntityType, EventType, Modality, QuoteType, SpeakerType,
)

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Role(_Model):
    title: str
    of: Optional[str] = None


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    country: Optional[str] = None
    roles: list[Role] = Field(default_factory=list)


class Claim(_Model):
    id: str
    speaker: Optional[str]
    speaker_type: SpeakerType
    speaker_affiliation: Optional[str] = None
    cue: str
    quote_type: QuoteType
    content: str
    content_span: Span
    certainty: Certainty
    sentence_span: Optional[Span] = None


class Event(_Model):
    id: str
    type: EventType
    mode: Optional[str] = None
    actor: Optional[str] = None
    target: Optional[str] = None
    trigger: str
    trigger_span: Optional[Span] = None
    sentence: str
    sentence_span: Span
    date: Optional[str] = None
    date_text: Optional[str] = None
    location: Optional[str] = None
    quantity: Optional[str] = None
    modality: Modality = "asserted"
    attributed_to: Optional[str] = None


class Article(_Model):
    """One news report as read from its source, before any analysis."""

    id: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    language: str = "en"
    text: str


class Record(Article):
    """What newstrace knows about one article: the contract of RECORD.md."""

    summary: str = ""
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")
