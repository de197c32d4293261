"""Reading the store: listings with filters, search, one article's record, checks.

Each function takes a connection and returns plain rows (dicts, in column order) or
records, so the CLI, a REST API and the tests share them. The listings and search are
plain SQL in :mod:`newstrace.store.reading` (re-exported here), so that the query
commands can run them without SQLAlchemy; the rest is SQLAlchemy Core.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from newstrace.record import Claim, Entity, Event, Record, Role
from newstrace.store.dbapi import Rows
from newstrace.store.reading import list_claims, list_entities, list_events, search
from newstrace.store.schema import articles, claims, entities, events, mentions

first = articles.alias("first_copy")

__all__ = ["Rows", "StoredArticle", "actor_edges", "all_article_pks", "check", "counts", "find_articles", "list_claims",
           "list_entities", "list_events", "load_articles", "search"]


@dataclass(frozen=True)
class StoredArticle:
    """A record as stored, with what the store knows about it."""

    record: Record
    key: str
    copy_of: str | None
    similarity: float | None
    extractor_version: str
    stored_at: str

    def as_dict(self) -> dict:
        return {**self.record.to_json_dict(), "key": self.key, "copy_of": self.copy_of,
                "similarity": self.similarity, "extractor_version": self.extractor_version,
                "stored_at": self.stored_at}


def find_articles(conn: sa.Connection, ref: str) -> list[StoredArticle]:
    """Articles by source id, else by key (or a key prefix of at least 6 characters)."""
    where = [articles.c.id == ref, articles.c.key == ref.lower()]
    if len(ref) >= 6:
        where.append(articles.c.key.startswith(ref.lower(), autoescape=True))
    for clause in where:
        pks = list(conn.execute(sa.select(articles.c.pk).where(clause).order_by(articles.c.pk)).scalars())
        if pks:
            return list(load_articles(conn, pks))
    return []


def load_articles(conn: sa.Connection, pks: list[int], *, with_entities: bool = True) -> Iterator[StoredArticle]:
    """Stored articles for these pks, in that order, children included (four queries);
    ``with_entities=False``: without entities and their mentions (two queries fewer, for
    readers that need only the text, events and claims)."""
    rows = {r.pk: r for r in conn.execute(_ARTICLES, {"pks": pks})}
    ents: dict[int, list] = defaultdict(list)
    spans: dict[tuple, list] = defaultdict(list)
    if with_entities:
        ents = _by_article(conn, entities, pks)
        for m in conn.execute(_CHILDREN[mentions.name], {"pks": pks}):
            spans[(m.article_pk, m.eid)].append((m.start, m.end))
    evs = _by_article(conn, events, pks)
    cls = _by_article(conn, claims, pks)
    for pk in pks:
        a = rows[pk]
        record = Record(
            id=a.id, title=a.title, url=a.url, source=a.source, published=a.published, language=a.language,
            text=a.text, summary=a.summary,
            entities=[Entity(id=e.eid, name=e.name, type=e.type, aliases=e.aliases, mentions=spans[(pk, e.eid)],
                             country=e.country, roles=[Role(**r) for r in e.roles]) for e in ents[pk]],
            events=[Event(id=v.eid, type=v.type, mode=v.mode, actor=v.actor, target=v.target, trigger=v.trigger,
                          trigger_span=(v.trigger_start, v.trigger_end) if v.trigger_start is not None else None,
                          sentence=v.sentence, sentence_span=(v.sentence_start, v.sentence_end), date=v.date,
                          date_text=v.date_text, location=v.location, quantity=v.quantity, modality=v.modality,
                          attributed_to=v.attributed_to) for v in evs[pk]],
            claims=[Claim(id=c.cid, speaker=c.speaker, speaker_type=c.speaker_type,
                          speaker_affiliation=c.speaker_affiliation, cue=c.cue, quote_type=c.quote_type,
                          content=c.content, content_span=(c.content_start, c.content_end), certainty=c.certainty,
                          sentence_span=(c.sentence_start, c.sentence_end)) for c in cls[pk]],
        )
        yield StoredArticle(record, a.key, a.copy_of, a.similarity, a.extractor_version, a.stored_at)


# The statements of load_articles, built once (building them per call cost more CPU than
# running them: the stories stage loads members at every rebuild).
_ARTICLES = (sa.select(articles, first.c.id.label("copy_of"))
             .select_from(articles.outerjoin(first, first.c.pk == articles.c.duplicate_of))
             .where(articles.c.pk.in_(sa.bindparam("pks", expanding=True))))
_CHILDREN = {table.name: sa.select(table).where(table.c.article_pk.in_(sa.bindparam("pks", expanding=True)))
             .order_by(table.c.article_pk, order)
             for table, order in ((entities, entities.c.eid), (mentions, mentions.c.start), (events, events.c.eid),
                                  (claims, claims.c.pk))}


def _by_article(conn: sa.Connection, table: sa.Table, pks: list[int]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in conn.execute(_CHILDREN[table.name], {"pks": pks}):
        grouped[row.article_pk].append(row)
    return grouped


def all_article_pks(conn: sa.Connection, chunk: int = 500) -> Iterator[list[int]]:
    """Every article pk in storage order, a chunk at a time (keyset paging)."""
    last = 0
    while True:
        pks = list(conn.execute(sa.select(articles.c.pk).where(articles.c.pk > last)
                                .order_by(articles.c.pk).limit(chunk)).scalars())
        if not pks:
            return
        yield pks
        last = pks[-1]


def counts(conn: sa.Connection) -> dict[str, int]:
    out = {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
           for t in (articles, entities, mentions, events, claims)}
    out["copies"] = conn.execute(sa.select(sa.func.count()).where(articles.c.duplicate_of.is_not(None))).scalar_one()
    return out


def actor_edges(conn: sa.Connection) -> Iterable[sa.Row]:
    """(actor, target, type, events, independent) for every event with both ends named."""
    return conn.execute(
        sa.select(events.c.actor, events.c.target, events.c.type, sa.func.count().label("events"),
                  sa.func.count(sa.case((articles.c.duplicate_of.is_(None), 1))).label("independent"))
        .select_from(events.join(articles, articles.c.pk == events.c.article_pk))
        .where(events.c.actor.is_not(None), events.c.target.is_not(None))
        .group_by(events.c.actor, events.c.target, events.c.type)
        .order_by(events.c.actor, events.c.target, events.c.type))


def check(conn: sa.Connection) -> list[str]:
    """Problems found by the database's own integrity checks; an empty list means sound."""
    problems: list[str] = []
    if conn.dialect.name == "sqlite":
        problems += [f"integrity: {r[0]}" for r in conn.exec_driver_sql("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        for fts in ("articles_fts", "claims_fts"):
            try:
                conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            except sa.exc.DatabaseError as exc:
                problems.append(f"{fts}: {exc.orig}")
    dangling = conn.execute(sa.select(sa.func.count()).select_from(articles)
                            .where(articles.c.duplicate_of.is_not(None),
                                   ~sa.exists().where(first.c.pk == articles.c.duplicate_of,
                                                      first.c.duplicate_of.is_(None)))).scalar_one()
    if dangling:
        problems.append(f"{dangling} article(s) linked to a copy that is not a first copy")
    return problems
