"""The REST API against a real server, on SQLite and PostgreSQL: the same answers as the
core object (and so the CLI), pages with a hard cap, clear 4xx errors, streamed exports."""
from __future__ import annotations

import csv
import io
import json

import httpx
import pyarrow.parquet as pq
import pytest

from newstrace.app import Newstrace


@pytest.fixture(scope="module")
def api(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def core(served_db):
    c = Newstrace(db=served_db)
    yield c
    c.close()


def test_events_match_the_core_object(api, core):
    got = api.get("/api/events", params={"actor": "united states"}).json()
    assert got["items"] == core.events(actor="united states")
    assert {e["type"] for e in got["items"]} == {"ACCUSE", "REQUEST"}
    assert {e["article"] for e in got["items"]} == {"nk-1", "nk-copy"}
    copy = next(e for e in got["items"] if e["article"] == "nk-copy")
    assert copy["copy_of"] == "nk-1"


def test_event_filters(api):
    rows = api.get("/api/events", params={"type": "AID", "since": "2024-05-01", "until": "2024-05-31"}).json()["items"]
    assert [(r["actor"], r["article"]) for r in rows] == [("Kenya Red Cross", "ke-1")]
    assert api.get("/api/events", params={"type": "AID", "since": "2024-06-01"}).json()["items"] == []
    assert {r["modality"] for r in api.get("/api/events", params={"modality": "reported"}).json()["items"]} == {"reported"}


def test_claims_and_entities_match_the_core_object(api, core):
    assert api.get("/api/claims", params={"certainty": "probable"}).json()["items"] == core.claims(certainty="probable")
    assert api.get("/api/claims", params={"text": "weapons buyers"}).json()["items"][0]["speaker"] == "Analysts"
    entities = api.get("/api/entities", params={"type": "GPE"}).json()["items"]
    assert entities == core.entities(type="GPE")
    north_korea = next(e for e in entities if e["name"] == "North Korea")
    assert (north_korea["articles"], north_korea["independent"]) == (2, 1)


def test_search_is_the_cli_search_plus_counts(api, core):
    got = api.get("/api/articles", params={"q": "missile programme"}).json()["items"]
    cli = core.search("missile programme")
    assert [(r["article"], r["snippet"]) for r in got] == [(r["article"], r["snippet"]) for r in cli]
    first = next(r for r in got if r["article"] == "nk-1")
    assert (first["events"], first["claims"]) == (3, 2)


def test_article_filters(api):
    by_source = api.get("/api/articles", params={"source": "copies.example"}).json()["items"]
    assert [r["article"] for r in by_source] == ["nk-copy"] and by_source[0]["copy_of"] == "nk-1"
    by_entity = api.get("/api/articles", params={"entity": "kenya red cross"}).json()["items"]
    assert [r["article"] for r in by_entity] == ["ke-1"]
    by_day = api.get("/api/articles", params={"since": "2024-06-01", "until": "2024-06-30"}).json()["items"]
    assert [r["article"] for r in by_day] == ["xss-1"]
    words_and_filter = api.get("/api/articles", params={"q": "missile", "source": "example.org"}).json()["items"]
    assert [r["article"] for r in words_and_filter] == ["nk-1"]


def test_pages_walk_the_whole_listing(api):
    everything = api.get("/api/articles").json()
    assert everything["next_offset"] is None and len(everything["items"]) == 6
    seen, offset = [], 0
    while offset is not None:
        page = api.get("/api/articles", params={"limit": 1, "offset": offset}).json()
        assert len(page["items"]) == 1
        seen += page["items"]
        offset = page["next_offset"]
    assert seen == everything["items"]


def test_page_size_has_a_hard_cap(api):
    r = api.get("/api/events", params={"limit": 501})
    assert r.status_code == 422 and "limit" in r.json()["detail"] and "500" in r.json()["detail"]
    assert api.get("/api/events", params={"offset": 10_001}).status_code == 422
    assert api.get("/api/events", params={"limit": 0}).status_code == 422


def test_one_article_by_id_and_by_key(api, core):
    record = api.get("/api/articles/nk-1").json()
    assert record == core.article("nk-1")[0].as_dict()
    assert [e["type"] for e in record["events"]] == ["MOBILIZE", "ACCUSE", "REQUEST"]
    assert api.get(f"/api/articles/{record['key']}").json()["id"] == "nk-1"
    assert api.get(f"/api/articles/{record['key'][:8]}").json()["id"] == "nk-1"


def test_entity_profile(api):
    profile = api.get("/api/entities/north korea").json()
    assert profile["name"] == "North Korea" and profile["type"] == "GPE"
    weeks = {(a["week"], a["type"]): a["events"] for a in profile["activity"]}
    # Both copies' events, in the week of Monday 2024-11-25 (event days 2024-11-28/29).
    assert weeks == {("2024-11-25", "MOBILIZE"): 2, ("2024-11-25", "ACCUSE"): 2, ("2024-11-25", "REQUEST"): 2}
    assert api.get("/api/entities/Russia").json()["claims_by_week"] == [{"week": "2024-11-25", "claims": 2}]


@pytest.mark.parametrize("path, status, words", [
    ("/api/articles/no-such-article", 404, "no stored article"),
    ("/api/entities/Nobody", 404, "no stored entity"),
    ("/api/events?type=BOMBING", 422, "type"),
    ("/api/events?since=yesterday", 422, "since"),
    ("/api/events?until=2024-02-30", 422, "not a day of the calendar"),
    ("/api/articles?since=2024-13-01", 422, "since"),
    ("/api/claims?certainty=sure", 422, "certainty"),
    ("/api/articles?limit=ten", 422, "limit"),
    ("/api/export/everything.zip", 404, "no export called"),
    ("/api/nothing-here", 404, "nothing at /api/nothing-here"),
    ("/api/articles?q=missile%00", 400, "NUL"),
    ("/api/events?actor=%00", 400, "NUL"),
    ("/api/articles/nk%00-1", 400, "NUL"),
])
def test_bad_input_gets_a_clear_4xx(api, path, status, words):
    r = api.get(path)
    assert r.status_code == status
    detail = r.json()["detail"]
    assert isinstance(detail, str) and words in detail and "Traceback" not in r.text


def test_records_export_streams_every_article(api, core):
    with api.stream("GET", "/api/export/records.jsonl") as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
        assert "content-length" not in r.headers  # streamed, not built in memory first
        lines = [json.loads(line) for line in r.iter_lines() if line]
    assert sorted(rec["id"] for rec in lines) == ["ke-1", "nk-1", "nk-copy", "strike-a", "strike-b", "xss-1"]
    assert next(rec for rec in lines if rec["id"] == "nk-copy")["copy_of"] == "nk-1"


def test_table_exports_as_csv_and_parquet(api, core):
    counts = core.counts()
    rows = list(csv.DictReader(io.StringIO(api.get("/api/export/claims.csv").text)))
    assert len(rows) == counts["claims"] and {"article", "speaker", "content", "certainty"} <= set(rows[0])
    table = pq.read_table(io.BytesIO(api.get("/api/export/events.parquet").content))
    assert table.num_rows == counts["events"] and "actor" in table.column_names


def test_openapi_docs(api):
    assert api.get("/docs").status_code == 200
    paths = api.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/events", "/api/claims", "/api/entities", "/api/ingest", "/api/stories"} <= set(paths)


def test_stories_match_the_core_object(api, core):
    got = api.get("/api/stories").json()["items"]
    assert got == core.stories(update=False)
    by_articles = {tuple(sorted(s["articles"])): s for s in got}
    assert set(by_articles) == {("nk-1", "nk-copy"), ("ke-1",), ("xss-1",), ("strike-a", "strike-b")}
    # A copy adds no independent source; two outlets reporting on their own do.
    assert len(by_articles[("nk-1", "nk-copy")]["independent_sources"]) == 1
    assert by_articles[("strike-a", "strike-b")]["independent_sources"] == ["alpha.example", "beta.example"]


def test_story_filters_and_one_story(api):
    corroborated = api.get("/api/stories", params={"min_sources": 2}).json()["items"]
    assert [sorted(s["articles"]) for s in corroborated] == [["strike-a", "strike-b"]]
    story = api.get(f"/api/stories/{corroborated[0]['id']}").json()
    assert story == corroborated[0]
    figure = next(c for c in story["contradictions"] if c["kind"] == "figure")
    assert {r["article"] for side in figure["sides"] for r in side["reports"]} == {"strike-a", "strike-b"}
    assert [s["articles"] for s in api.get("/api/stories", params={"entity": "Kenya Red Cross"}).json()["items"]] == [["ke-1"]]
    assert api.get("/api/stories/st-000000000000").status_code == 404
    assert api.get("/api/stories", params={"min_sources": 0}).status_code == 422
