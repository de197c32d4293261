"""Writing records: one function per step, each taking the connection it runs on.

The caller owns the transaction (``Store.write`` commits one batch at a time); each
article is written inside a savepoint, so one article that cannot be stored is
reported and skipped while the rest of its batch is kept.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from typing import Any, Literal

import sqlalchemy as sa
from packaging.version import InvalidVersion, Version

from newstrace.failures import WriteError
from newstrace.record import Record
from newstrace.store import dedup
from newstrace.store.dbapi import insert_rows
from newstrace.store.config import DedupConfig
from newstrace.store.identity import article_key, day_of, sentence_of, sentence_spans
from newstrace.store.schema import articles, claims, entities, entity_counts, events, mentions

Status = Literal["added", "replaced", "unchanged"]


@dataclass(frozen=True)
class Stored:
    """What happened to one article: added, replaced (re-extracted by a newer
    newstrace) or unchanged (already stored); ``duplicate_of`` is the id of the first
    copy when the article is a near-duplicate of one."""

    article_id: str
    key: str
    status: Status
    duplicate_of: str | None = None
    similarity: float | None = None


def is_newer(version: str, than: str) -> bool:
    """Whether ``version`` is a later newstrace than ``than`` (an unparsable stored
    version counts as older, so a proper release replaces it)."""
    try:
        return Version(version) > Version(than)
    except InvalidVersion:
        return version != than


def stored_versions(conn: sa.Connection, keys: Iterable[str]) -> dict[str, str]:
    """Extractor version of each of these keys that is already stored."""
    keys = list(set(keys))
    found: dict[str, str] = {}
    for i in range(0, len(keys), 500):  # stay under the bound-parameter limits
        rows = conn.execute(sa.select(articles.c.key, articles.c.extractor_version)
                            .where(articles.c.key.in_(keys[i:i + 500])))
        found.update({k: v for k, v in rows})
    return found


def write_records(conn: sa.Connection, records: Iterable[Record], *, version: str,
                  cfg: DedupConfig) -> list[Stored | WriteError]:
    results: list[Stored | WriteError] = []
    for record in records:
        savepoint = conn.begin_nested()
        try:
            results.append(write_record(conn, record, version=version, cfg=cfg))
            savepoint.commit()
        except Exception as exc:  # one article that cannot be stored never stops a batch
            try:
                savepoint.rollback()
            except sa.exc.DBAPIError:
                raise exc from None
            if isinstance(exc, sa.exc.DBAPIError) and is_contention(exc):
                raise  # the whole batch is retried (Store.write); no article of it is lost
            results.append(WriteError(record.id, one_line(exc)))
    return results


def is_contention(exc: BaseException) -> bool:
    """A lock another writer holds (SQLite busy or locked; PostgreSQL deadlock,
    serialization failure, lock timeout): the transaction can be tried again."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in ("40P01", "40001", "55P03"):
        return True
    return isinstance(exc, sa.exc.OperationalError) and any(
        word in str(orig).lower() for word in ("database is locked", "database table is locked", "busy"))


def one_line(exc: BaseException) -> str:
    """The database's own message, first line only: never the SQL statement or its
    parameters (a whole article's text), which SQLAlchemy appends."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return f"{type(orig if orig is not None else exc).__name__}: {text[0] if text else ''}"[:300]


def write_record(conn: sa.Connection, record: Record, *, version: str, cfg: DedupConfig) -> Stored:
    """Store one record: added if its key is new, replaced in place (children rewritten,
    duplicate link kept) if the stored one came from an older newstrace, else unchanged."""
    key = article_key(record.text, record.url)
    existing = conn.execute(_EXISTING, {"key": key}).first()
    if existing is not None and not is_newer(version, existing.extractor_version):
        return Stored(record.id, key, "unchanged", _id_of(conn, existing.duplicate_of), existing.similarity)
    fields = {
        "id": record.id, "title": record.title, "url": record.url, "source": record.source,
        "published": record.published, "day": day_of(record.published), "language": record.language,
        "text": record.text, "summary": record.summary, "extractor_version": version,
        "stored_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if existing is not None:
        pk, first_copy, similarity = existing.pk, existing.duplicate_of, existing.similarity
        _count_entities(conn, pk, sign=-1, independent=first_copy is None)
        for table in (entities, mentions, events, claims):
            conn.execute(sa.delete(table).where(table.c.article_pk == pk))
        conn.execute(sa.update(articles).where(articles.c.pk == pk).values(**fields))
        status: Status = "replaced"
    else:
        sig = dedup.signature(record.text, cfg)
        bucket_ids = dedup.buckets(sig, cfg) if sig is not None else []
        match = dedup.find_first_copy(conn, sig, bucket_ids, cfg) if sig is not None else None
        first_copy, similarity = (match.article_pk, match.similarity) if match else (None, None)
        inserted = conn.execute(_ADD_ARTICLE, {
            "key": key, "duplicate_of": first_copy, "similarity": similarity,
            "signature": sig.tobytes() if sig is not None else None, **fields}).inserted_primary_key
        assert inserted is not None  # a single-row insert always has one
        pk = inserted[0]
        if sig is not None and first_copy is None:
            dedup.add_buckets(conn, pk, bucket_ids)
        status = "added"
    _insert_children(conn, pk, record)
    _count_entities(conn, pk, sign=1, independent=first_copy is None, record=record)
    return Stored(record.id, key, status, _id_of(conn, first_copy), similarity)


# The statements of every article, built once (building them per article cost more CPU
# than running them).
_EXISTING = (sa.select(articles.c.pk, articles.c.extractor_version, articles.c.duplicate_of, articles.c.similarity)
             .where(articles.c.key == sa.bindparam("key")))
_ADD_ARTICLE = sa.insert(articles)
_ID_OF = sa.select(articles.c.id).where(articles.c.pk == sa.bindparam("pk"))
_ADD_ENTITIES = sa.insert(entities)


def _id_of(conn: sa.Connection, pk: int | None) -> str | None:
    return None if pk is None else conn.execute(_ID_OF, {"pk": pk}).scalar_one()


def _insert_children(conn: sa.Connection, pk: int, record: Record) -> None:
    day = day_of(record.published)
    spans = sentence_spans(record.text)
    if record.entities:
        conn.execute(_ADD_ENTITIES, [
            {"article_pk": pk, "eid": e.id, "name": e.name, "type": e.type, "country": e.country,
             "aliases": list(e.aliases), "roles": [r.model_dump() for r in e.roles]}
            for e in record.entities])
        rows = {}
        for e in record.entities:
            for start, end in e.mentions:
                sentence = sentence_of(spans, start)
                rows[(e.id, start)] = {"article_pk": pk, "eid": e.id, "start": start, "end": end,
                                       "sentence_start": sentence[0], "sentence_end": sentence[1]}
        if rows:
            insert_rows(conn, mentions, list(rows.values()))
    if record.events:
        insert_rows(conn, events, [
            {"article_pk": pk, "eid": v.id, "type": v.type, "mode": v.mode, "actor": v.actor, "target": v.target,
             "trigger": v.trigger, "trigger_start": v.trigger_span[0] if v.trigger_span else None,
             "trigger_end": v.trigger_span[1] if v.trigger_span else None, "sentence": v.sentence,
             "sentence_start": v.sentence_span[0], "sentence_end": v.sentence_span[1], "date": v.date,
             "date_text": v.date_text, "location": v.location, "quantity": v.quantity, "modality": v.modality,
             "attributed_to": v.attributed_to, "day": day_of(v.date) or day}
            for v in record.events])
    if record.claims:
        claim_rows: list[dict[str, object]] = []
        for c in record.claims:
            sentence = c.sentence_span or sentence_of(spans, c.content_span[0])
            claim_rows.append({"article_pk": pk, "cid": c.id, "speaker": c.speaker, "speaker_type": c.speaker_type,
                         "speaker_affiliation": c.speaker_affiliation, "cue": c.cue, "quote_type": c.quote_type,
                         "content": c.content, "content_start": c.content_span[0], "content_end": c.content_span[1],
                         "certainty": c.certainty, "sentence_start": sentence[0], "sentence_end": sentence[1],
                         "day": day})
        insert_rows(conn, claims, claim_rows)


def _count_entities(conn: sa.Connection, pk: int, *, sign: int, independent: bool,
                    record: Record | None = None) -> None:
    """Add (sign=1, from the record being written) or take back (sign=-1, from the
    stored rows) this article's share of ``entity_counts``."""
    totals: dict[tuple[str, str], list] = defaultdict(lambda: [None, 0])
    found: Sequence[Any]
    if record is not None:
        found = [(e.name, e.type, e.country, len(set(s for s, _ in e.mentions))) for e in record.entities]
    else:
        n_mentions = (sa.select(sa.func.count()).select_from(mentions)
                      .where(mentions.c.article_pk == entities.c.article_pk, mentions.c.eid == entities.c.eid)
                      .scalar_subquery())
        found = conn.execute(sa.select(entities.c.name, entities.c.type, entities.c.country, n_mentions)
                             .where(entities.c.article_pk == pk)).all()
    for name, type_, country, n in found:
        total = totals[(name, type_)]
        total[0] = total[0] or country
        total[1] += n
    if not totals:
        return
    rows = [{"name": name, "type": type_, "country": country, "articles": sign, "independent": sign * independent,
             "mentions": sign * n} for (name, type_), (country, n) in sorted(totals.items())]
    conn.execute(_count_statement(conn.dialect.name), rows)


@cache
def _count_statement(dialect: str) -> Any:
    """The entity_counts upsert, built once per dialect (building it per article cost
    more CPU than running it)."""
    insert = _dialect_insert_of(dialect)(entity_counts)
    excluded = insert.excluded
    return insert.on_conflict_do_update(
        index_elements=[entity_counts.c.name, entity_counts.c.type],
        set_={"articles": entity_counts.c.articles + excluded.articles,
              "independent": entity_counts.c.independent + excluded.independent,
              "mentions": entity_counts.c.mentions + excluded.mentions,
              "country": sa.func.coalesce(excluded.country, entity_counts.c.country)})


def _dialect_insert_of(dialect: str) -> Any:
    """The dialect's INSERT, which has ON CONFLICT (the two differ in type only)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
