"""Claims: who said what, how, and how sure. (Placeholder until issue 3 lands.)"""
from __future__ import annotations

from spacy.tokens import Doc

from newstrace.extract.entities import EntityTable
from newstrace.record import Claim


def extract_claims(doc: Doc, entities: EntityTable) -> list[Claim]:
    return []
