"""Article -> Record: the NLP pipeline, then the extractors in order."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from newstrace import nlp
from newstrace.extract.claims import extract_claims
from newstrace.extract.entities import extract_entities
from newstrace.extract.events import extract_events
from newstrace.extract.places import assign_countries
from newstrace.extract.summary import summarize
from newstrace.record import Article, Record
from newstrace.settings import Settings


def build_record(article: Article, doc: Doc, settings: Settings) -> Record:
    table = extract_entities(doc)
    assign_countries(doc, table.entities)
    claims = extract_claims(doc, table)
    events = extract_events(doc, table, claims, published=article.published)
    return Record(
        **article.model_dump(),
        summary=summarize(doc, settings.summary_sentences),
        entities=table.entities,
        claims=claims,
        events=events,
    )


def run(articles: Iterable[Article], settings: Settings) -> Iterator[Record]:
    for article, doc in nlp.pipe(articles, model=settings.model, batch_size=settings.batch_size,
                                 chunk_chars=settings.chunk_chars):
        yield build_record(article, doc, settings)
