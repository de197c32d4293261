"""Identity, idempotence, re-extraction and one bad article in a batch."""
from __future__ import annotations

import sqlalchemy as sa

from newstrace.store.identity import article_key
from newstrace.store.schema import articles, mentions
from tests.store.conftest import MISSILE, floods_record, missile_record


def test_store_key_ignores_whitespace_but_not_url():
    assert article_key("A  report.\n", "https://x/1") == article_key(" A report.", "https://x/1#top")
    assert article_key("A report.", "https://x/1") != article_key("A report.", "https://x/2")
    assert len(article_key("A report.", None)) == 32


def test_store_write_twice_changes_nothing(store):
    records = [missile_record(), floods_record()]
    first = store.write(records, version="0.1.0")
    before = store.counts()
    second = store.write(records, version="0.1.0")
    assert [r.status for r in first] == ["added", "added"]
    assert [r.status for r in second] == ["unchanged", "unchanged"]
    assert store.counts() == before
    assert before["articles"] == 2 and before["events"] == 4 and before["claims"] == 3


def test_store_keeps_offsets_and_sentences(store):
    store.write([missile_record()], version="0.1.0")
    with store.connect() as conn:
        rows = conn.execute(sa.select(mentions.c.start, mentions.c.end, mentions.c.sentence_start,
                                      mentions.c.sentence_end)).all()
    assert rows and all(s <= a < b <= e for a, b, s, e in rows)
    assert all(MISSILE[s:e].endswith(".") for _, _, s, e in rows)
    claim = store.claims(speaker="Russia")[0]
    assert MISSILE[claim["content_start"]:claim["content_end"]] == claim["content"]
    assert MISSILE[claim["sentence_start"]:claim["sentence_end"]] == "Russia said it supports the missile programme of Pyongyang."


def test_store_newer_version_replaces_record(store):
    old = missile_record()
    store.write([old], version="0.1.0")
    pk_before = store.show("nk-1")[0].key
    newer = old.model_copy(update={"events": old.events[:1], "claims": []})
    [result] = store.write([newer], version="0.2.0")
    assert result.status == "replaced"
    [stored] = store.show("nk-1")
    assert stored.key == pk_before and stored.extractor_version == "0.2.0"
    assert len(stored.record.events) == 1 and stored.record.claims == []
    assert store.counts()["articles"] == 1
    # an older newstrace never overwrites a newer record
    assert store.write([old], version="0.1.0")[0].status == "unchanged"
    assert store.entities(name="north korea")[0]["articles"] == 1


def test_store_bad_article_skipped_rest_of_batch_kept(store):
    bad = missile_record("bad")
    bad = bad.model_copy(update={"entities": bad.entities + [bad.entities[0]]})  # duplicate entity id
    results = store.write([floods_record(), bad, missile_record("nk-2", text=MISSILE + " More.")], version="0.1.0")
    assert [type(r).__name__ for r in results] == ["Stored", "WriteError", "Stored"]
    assert "bad" in str(results[1])
    with store.connect() as conn:
        assert sorted(conn.execute(sa.select(articles.c.id)).scalars()) == ["ke-1", "nk-2"]
    assert store.check() == []
