"""The store's tables, as SQLAlchemy Core metadata: what queries are written against.

The database itself is built by the migrations in ``store/migrations/versions`` (frozen
copies, so old migrations never change when this file does); ``tests/store`` checks
that a migrated database and this metadata agree. Dialect-only objects (the SQLite
FTS5 tables and their triggers, the PostgreSQL ``tsv`` columns and GIN indexes) live
only in the migrations and in ``store/fulltext.py``.

Every mention, event and claim row carries its article and its offsets into that
article's text, plus the offsets of the sentence it stands in.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    # Integer surrogate: cheap foreign keys, and the rowid the SQLite FTS5 index points at.
    sa.Column("pk", sa.Integer, primary_key=True),
    # Stable identity: content hash of the normalised text plus URL (store/identity.py).
    sa.Column("key", sa.String(32), nullable=False, unique=True),
    # The id the source gave; not unique (two feeds may both call an item "1").
    sa.Column("id", sa.Text, nullable=False, index=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.Text),
    # published cut to YYYY-MM-DD: what date filters and orderings use.
    sa.Column("day", sa.String(10), index=True),
    sa.Column("language", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    # The first stored copy this article nearly duplicates (always a first copy itself),
    # and the estimated Jaccard similarity of their shingles. NULL: an independent report.
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.pk"), index=True),
    sa.Column("similarity", sa.Float),
    # MinHash signature (uint32 values), kept so later articles can be compared to this one.
    sa.Column("signature", sa.LargeBinary),
    # newstrace.__version__ that extracted the stored record, and when it was stored (UTC, ISO).
    sa.Column("extractor_version", sa.Text, nullable=False),
    sa.Column("stored_at", sa.Text, nullable=False),
)

# LSH buckets of first copies only: a copy is linked to the first copy, never to
# another copy, so copies need not be found again.
article_bands = sa.Table(
    "article_bands", metadata,
    sa.Column("bucket", sa.BigInteger, primary_key=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("eid", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("country", sa.Text),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("eid", sa.Text, primary_key=True),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("eid", sa.Text, primary_key=True),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("mode", sa.Text),
    sa.Column("actor", sa.Text),
    sa.Column("target", sa.Text),
    sa.Column("trigger", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("date", sa.Text),
    sa.Column("date_text", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("quantity", sa.Text),
    sa.Column("modality", sa.Text, nullable=False),
    sa.Column("attributed_to", sa.Text),
    # The event's own date where the text gives one, else the article's; partial dates
    # (YYYY-MM, YYYY) as their first day, so --since/--until compare plain strings.
    sa.Column("day", sa.String(10)),
)

claims = sa.Table(
    "claims", metadata,
    # Integer surrogate: the rowid the SQLite FTS5 index of claim content points at.
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    sa.Column("cid", sa.Text, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("speaker_type", sa.Text, nullable=False),
    sa.Column("speaker_affiliation", sa.Text),
    sa.Column("cue", sa.Text, nullable=False),
    sa.Column("quote_type", sa.Text, nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.Column("certainty", sa.Text, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    # The article's day: claims carry no date of their own.
    sa.Column("day", sa.String(10)),
    sa.UniqueConstraint("article_pk", "cid", name="uq_claims_article_cid"),
)

# Per canonical entity: articles naming it, of which first copies, and mentions. Kept
# up to date by every write so `newstrace entities` need not aggregate millions of rows.
entity_counts = sa.Table(
    "entity_counts", metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("type", sa.Text, primary_key=True),
    sa.Column("country", sa.Text),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("independent", sa.Integer, nullable=False),
    sa.Column("mentions", sa.Integer, nullable=False),
)

# Expression indexes: name filters are case-insensitive, listings newest first.
sa.Index("ix_events_actor_day", sa.func.lower(events.c.actor), events.c.day)
sa.Index("ix_events_target_day", sa.func.lower(events.c.target), events.c.day)
sa.Index("ix_events_type_day", events.c.type, events.c.day)
sa.Index("ix_events_modality_day", events.c.modality, events.c.day)
sa.Index("ix_events_day", events.c.day)
sa.Index("ix_claims_article", claims.c.article_pk)
sa.Index("ix_claims_speaker_day", sa.func.lower(claims.c.speaker), claims.c.day)
sa.Index("ix_claims_certainty_day", claims.c.certainty, claims.c.day)
sa.Index("ix_claims_day", claims.c.day)
sa.Index("ix_entity_counts_articles", entity_counts.c.articles)

CHILD_TABLES = (article_bands, entities, mentions, events, claims)

# Stories (src/newstrace/stories/, docs/STORIES.md): articles clustered into stories of
# one real-world event. ``detail`` caches the story as the contract's JSON, rebuilt
# whenever an article joins; the other columns are what listings filter and sort on.
stories = sa.Table(
    "stories", metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    # st- + the first hex digits of the opening article's key: stable across re-runs.
    sa.Column("id", sa.String(40), nullable=False, unique=True),
    sa.Column("seed_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="SET NULL")),
    sa.Column("title", sa.Text),
    sa.Column("first_seen", sa.String(10)),
    sa.Column("last_seen", sa.String(10)),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("independent_sources", sa.Integer, nullable=False),
    # pk of the last article that joined: candidate look-ups prefer recently active stories.
    sa.Column("updated_seq", sa.Integer, nullable=False),
    # Raw and TF-IDF-weighted centroids of terms and entities (stories/features.py).
    sa.Column("profile", sa.JSON, nullable=False),
    sa.Column("detail", sa.JSON),
)

story_articles = sa.Table(
    "story_articles", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("story_pk", sa.Integer, sa.ForeignKey("stories.pk", ondelete="CASCADE"), nullable=False, index=True),
    # Similarity to the story when it joined (NULL: it opened the story).
    sa.Column("similarity", sa.Float),
)

# The blocking index: each story under its distinctive terms ("t:word") and entities
# ("e:name"); ``seq`` is the story's updated_seq, so a look-up reads the most recently
# active stories of a key first and stops after a fixed number.
story_keys = sa.Table(
    "story_keys", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("story_pk", sa.Integer, sa.ForeignKey("stories.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sqlite_with_rowid=False,
)

# Canonical entities of each story with the number of its articles naming them: the
# --entity filter and entity timelines.
story_entities = sa.Table(
    "story_entities", metadata,
    sa.Column("story_pk", sa.Integer, sa.ForeignKey("stories.pk", ondelete="CASCADE"), primary_key=True),
    # The name folded to lower case: what --entity and entity timelines look up.
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("articles", sa.Integer, nullable=False),
)

# Document frequency of clustering features over clustered articles (the row with the
# empty feature holds the number of articles): the IDF of TF-IDF.
story_features = sa.Table(
    "story_features", metadata,
    sa.Column("feature", sa.Text, primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)

# What a story's detail reads off each article's text alone (stories/detail.py): read
# once per article and kept, so refreshing a story costs its cross-article work, not a
# re-read of every member's text. ``key`` (the article's content key) and ``config``
# (a digest of the settings the facts depend on) tell a stale row (migration 0004).
story_facts = sa.Table(
    "story_facts", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("key", sa.String(32), nullable=False),
    sa.Column("config", sa.String(16), nullable=False),
    # The passage shingles (crc32 of word 8-grams), sorted, as little-endian uint32.
    sa.Column("shingles", sa.LargeBinary, nullable=False),
    # Wire credited, credited names, figures (stories/detail.py ArticleFacts).
    sa.Column("facts", sa.JSON, nullable=False),
)

sa.Index("ix_story_keys_key_seq", story_keys.c.key, story_keys.c.seq)
# A story's own keys (replaced whenever an article joins it): without it that delete
# scanned every story's keys, a cost growing with the store (migration 0004).
sa.Index("ix_story_keys_story", story_keys.c.story_pk)
sa.Index("ix_story_entities_key", story_entities.c.key)
sa.Index("ix_stories_last_seen", stories.c.last_seen)
# Stories whose cached detail is stale (SQL NULL) and must be rebuilt (migration 0003).
sa.Index("ix_stories_stale", stories.c.pk, sqlite_where=stories.c.detail.is_(None),
         postgresql_where=stories.c.detail.is_(None))

STORY_TABLES = (story_keys, story_entities, story_articles, stories, story_features)
