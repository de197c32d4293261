"""Search that cannot be turned into a denial of service (issue 8, item 8)."""
from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace

import pytest
import sqlalchemy as sa

from newstrace.store import Store, StoreError
from newstrace.store.fulltext import QueryTooLong, bounded
from tests.store.conftest import POSTGRES_URL, db, floods_record, missile_record, wipe_postgres  # noqa: F401

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="set NEWSTRACE_TEST_POSTGRES_URL to run this")


def test_search_limits_repeated_words_are_one_term():
    assert bounded("missile " * 1000) == "missile"
    assert bounded("Missile test, missile TEST") == "missile test"


def test_search_limits_too_many_words_or_characters_are_refused():
    with pytest.raises(QueryTooLong, match="different words"):
        bounded(" ".join(f"word{i}" for i in range(100)))
    with pytest.raises(QueryTooLong, match="characters"):
        bounded("missile " * 5000)


def test_search_limits_a_word_repeated_a_thousand_times_is_answered_at_once(db):  # noqa: F811
    with Store(db) as store:
        store.write([missile_record("nk-1"), floods_record("ke-1")], version="0.1.0")
        started = time.perf_counter()
        hits = store.search("missile " * 1000)
        claims = store.claims(text="missile " * 1000)
        assert time.perf_counter() - started < 5
    assert [h["article"] for h in hits] == ["nk-1"] and claims


@needs_postgres
def test_search_limits_statement_timeout_stops_a_long_query():
    wipe_postgres(POSTGRES_URL)
    with Store(POSTGRES_URL) as store:
        store.config = replace(store.config, query_timeout_s=0.5)
        started = time.perf_counter()
        with pytest.raises(StoreError, match="query stopped after 0.5 s"):
            with store.connect() as conn:
                conn.execute(sa.text("SELECT pg_sleep(20)"))
        assert time.perf_counter() - started < 10


@needs_postgres
def test_search_limits_the_server_stops_the_query_of_a_killed_client():
    wipe_postgres(POSTGRES_URL)
    Store(POSTGRES_URL).close()
    marker = "newstrace_killed_client_probe"
    client = subprocess.Popen([sys.executable, "-c", (
        "import sqlalchemy as sa\n"
        "from newstrace.store import Store\n"
        f"s = Store({POSTGRES_URL!r})\n"
        "with s.connect(time_limit=False) as c:\n"
        f"    c.execute(sa.text(\"SELECT pg_sleep(60) /* {marker} */\"))\n")])
    engine = sa.create_engine(Store(POSTGRES_URL).url)

    def running() -> int:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                        "AND query LIKE :q AND pid <> pg_backend_pid()"),
                                {"q": f"%{marker}%"}).scalar_one()
    try:
        deadline = time.monotonic() + 60
        while running() == 0:
            assert time.monotonic() < deadline, "the client's query never started"
            time.sleep(0.2)
        client.kill()
        client.wait()
        killed = time.monotonic()
        while running() and time.monotonic() - killed < 20:
            time.sleep(0.2)
        assert running() == 0, "the server kept running the query of a killed client"
        assert time.monotonic() - killed < 10
    finally:
        client.kill()
        engine.dispose()
