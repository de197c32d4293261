"""Events: PLOVER-typed happenings. (Placeholder until issue 4 lands.)"""
from __future__ import annotations

from spacy.tokens import Doc

from newstrace.extract.entities import EntityTable
from newstrace.record import Claim, Event


def extract_events(doc: Doc, entities: EntityTable, claims: list[Claim], *, published: str | None) -> list[Event]:
    return []
