"""Annotated Doc -> Record: reads what the reading stages wrote on the Doc.

The stages themselves are spaCy components (:mod:`newstrace.extract.components`),
run by :func:`newstrace.nlp.pipe`; this module only turns their spans and attributes
(:mod:`newstrace.extract.doc`) into the record.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.record import Article, Record

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ReadingFailed(Exception):
    """A reading stage gave up on the article (an error, or past its time budget)."""


def build_record(article: Article, doc: Doc) -> Record:
    """The record of ``article`` from its annotated ``doc``; raises ReadingFailed when a
    stage gave up on it."""
    from newstrace.extract.doc import CLAIMS, EVENTS, item_of, span_group

    if doc._.failure is not None:
        raise ReadingFailed(doc._.failure)
    table = doc._.entities
    claims = [item_of(span, CLAIMS).claim for span in span_group(doc, CLAIMS)]
    events = [item_of(span, EVENTS) for span in span_group(doc, EVENTS)]
    return Record(
        **article.model_dump(),
        summary=doc._.summary,
        entities=table.entities if table is not None else [],
        claims=claims,
        events=events,
    )
