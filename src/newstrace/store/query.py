"""Reading the store: listings with filters, search, one article's record, checks.

Each function takes a connection and returns plain rows (dicts, in column order) or
records, so the CLI, a REST API and the tests share them. Listings are newest first
(undated rows last) and bounded by ``limit``; every row names its article and, for a
near-duplicate, the article it copies (``copy_of``), so counts can tell independent
reports from copies.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from newstrace.record import Claim, Entity, Event, Record, Role
from newstrace.store import fulltext
from newstrace.store.schema import articles, claims, entities, entity_counts, events, mentions

first = articles.alias("first_copy")


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


def _with_articles(table: sa.Table) -> sa.Join:
    return table.join(articles, articles.c.pk == table.c.article_pk).outerjoin(
        first, first.c.pk == articles.c.duplicate_of)


def _newest_first(day: sa.ColumnElement) -> sa.ColumnElement:
    return day.desc().nulls_last()


class Rows(list):
    """Rows as dicts, with their column names even when there are none (a CSV header)."""

    columns: list[str] = []


def _rows(conn: sa.Connection, query: sa.Select) -> list[dict]:
    result = conn.execute(query)
    rows = Rows(dict(r._mapping) for r in result)
    rows.columns = list(result.keys())
    return rows


def list_events(conn: sa.Connection, *, limit: int, offset: int = 0, actor: str | None = None, target: str | None = None,
                type: str | None = None, since: str | None = None, until: str | None = None,
                modality: str | None = None) -> list[dict]:
    """Events matching every given filter: actor/target by canonical name (any case),
    type and modality exactly, since/until inclusive on the event's day."""
    q = sa.select(events.c.day, events.c.type, events.c.actor, events.c.target, events.c.modality,
                  events.c.trigger, articles.c.id.label("article"), first.c.id.label("copy_of"),
                  events.c.sentence_start, events.c.sentence_end, events.c.sentence).select_from(_with_articles(events))
    if actor:
        q = q.where(sa.func.lower(events.c.actor) == actor.lower())
    if target:
        q = q.where(sa.func.lower(events.c.target) == target.lower())
    if type:
        q = q.where(events.c.type == type.upper())
    if modality:
        q = q.where(events.c.modality == modality.lower())
    if since:
        q = q.where(events.c.day >= since)
    if until:
        q = q.where(events.c.day <= until)
    return _rows(conn, q.order_by(_newest_first(events.c.day), events.c.article_pk, events.c.eid)
                 .limit(limit).offset(offset))


def list_claims(conn: sa.Connection, *, limit: int, offset: int = 0, speaker: str | None = None, certainty: str | None = None,
                text: str | None = None) -> list[dict]:
    """Claims by speaker (canonical name, any case), certainty, and words of their content."""
    q = sa.select(claims.c.day, claims.c.speaker, claims.c.speaker_type, claims.c.certainty, claims.c.cue,
                  claims.c.quote_type, claims.c.content, articles.c.id.label("article"), first.c.id.label("copy_of"),
                  claims.c.content_start, claims.c.content_end, claims.c.sentence_start,
                  claims.c.sentence_end).select_from(_with_articles(claims))
    if speaker:
        q = q.where(sa.func.lower(claims.c.speaker) == speaker.lower())
    if certainty:
        q = q.where(claims.c.certainty == certainty.lower())
    if text:
        q = q.where(fulltext.claim_filter(conn, text))
    return _rows(conn, q.order_by(_newest_first(claims.c.day), claims.c.article_pk, claims.c.cid)
                 .limit(limit).offset(offset))


def list_entities(conn: sa.Connection, *, limit: int, offset: int = 0, name: str | None = None, type: str | None = None) -> list[dict]:
    """Canonical entities across the store, most widely reported first: articles naming
    them, of which independent (first copies), and mentions."""
    q = sa.select(entity_counts.c.name, entity_counts.c.type, entity_counts.c.country, entity_counts.c.articles,
                  entity_counts.c.independent, entity_counts.c.mentions).where(entity_counts.c.articles > 0)
    if name:
        q = q.where(sa.func.lower(entity_counts.c.name).contains(name.lower(), autoescape=True))
    if type:
        q = q.where(entity_counts.c.type == type.upper())
    return _rows(conn, q.order_by(entity_counts.c.articles.desc(), entity_counts.c.name, entity_counts.c.type)
                 .limit(limit).offset(offset))


def search(conn: sa.Connection, query: str, *, limit: int) -> list[dict]:
    """Articles whose title or text hold every word of the query, best match first."""
    hits = fulltext.search_articles(conn, query, limit)
    if not hits:
        empty = Rows()
        empty.columns = ["article", "day", "source", "title", "copy_of", "snippet"]
        return empty
    found = {r["pk"]: r for r in _rows(conn, sa.select(
        articles.c.pk, articles.c.id.label("article"), articles.c.day, articles.c.source, articles.c.title,
        first.c.id.label("copy_of")).select_from(articles.outerjoin(first, first.c.pk == articles.c.duplicate_of))
        .where(articles.c.pk.in_([pk for pk, _ in hits])))}
    return [{**{k: v for k, v in found[pk].items() if k != "pk"}, "snippet": snippet} for pk, snippet in hits]


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


def load_articles(conn: sa.Connection, pks: list[int]) -> Iterator[StoredArticle]:
    """Stored articles for these pks, in that order, children included (four queries)."""
    rows = {r.pk: r for r in conn.execute(
        sa.select(articles, first.c.id.label("copy_of"))
        .select_from(articles.outerjoin(first, first.c.pk == articles.c.duplicate_of))
        .where(articles.c.pk.in_(pks)))}
    ents, spans = _by_article(conn, entities, pks, entities.c.eid), defaultdict(list)
    for m in conn.execute(sa.select(mentions).where(mentions.c.article_pk.in_(pks))
                          .order_by(mentions.c.article_pk, mentions.c.start)):
        spans[(m.article_pk, m.eid)].append((m.start, m.end))
    evs = _by_article(conn, events, pks, events.c.eid)
    cls = _by_article(conn, claims, pks, claims.c.pk)
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


def _by_article(conn: sa.Connection, table: sa.Table, pks: list[int], order: sa.Column) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in conn.execute(sa.select(table).where(table.c.article_pk.in_(pks)).order_by(table.c.article_pk, order)):
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
