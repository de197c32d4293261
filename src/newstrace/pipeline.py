"""Annotated Doc -> Record: reads what the reading stages wrote on the Doc.

The stages themselves are spaCy components (:mod:`newstrace.extract.components`),
run by :func:`newstrace.nlp.pipe`; this module only turns their spans and attributes
(:mod:`newstrace.extract.doc`) into the record.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newstrace.record import Article, Record

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newstrace.settings import Settings


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


def run(articles: Iterable[Article], settings: Settings) -> Iterator[Record]:
    from newstrace import nlp

    for article, doc in nlp.pipe(articles, model=settings.model, batch_size=settings.batch_size,
                                 stages=settings.stage_factories(), time_limit_s=settings.article_time_limit_s,
                                 summary_sentences=settings.summary_sentences):
        yield build_record(article, doc)
