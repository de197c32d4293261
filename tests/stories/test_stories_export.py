"""The stories in the CSV/Parquet exports: the same stories, reports, story events,
claims and contradictions as the story detail, one row per item."""
from __future__ import annotations

import csv

import pyarrow.parquet as pq

from newstrace import stories
from tests.store.conftest import missile_record
from tests.stories.test_stories import QUAKE_A, QUAKE_B, QUAKE_WIRE, quake

STORY_TABLES = ("stories", "story_sources", "story_events", "story_event_mentions", "story_claims",
                "story_claim_reports", "story_contradictions")


def _csv(path):
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_stories_exported_as_csv_and_parquet_tables(store, tmp_path):
    store.write([quake("q1", QUAKE_A, "alpha.example"), quake("q2", QUAKE_B, "beta.example"),
                 quake("q-ap", QUAKE_WIRE, "gamma.example"), missile_record("nk-1"),
                 missile_record("nk-copy", url="https://mirror.example/nk", source="mirror.example")],
                version="0.1.0")
    stories.update(store)
    details = {s["id"]: s for s in stories.list_stories(store)}
    store.export("csv", tmp_path / "csv")
    store.export("parquet", tmp_path / "pq")
    tables = {}
    for name in STORY_TABLES:
        rows = _csv(tmp_path / "csv" / f"{name}.csv")
        assert len(rows) == pq.read_table(tmp_path / "pq" / f"{name}.parquet").num_rows, name
        tables[name] = rows

    assert {r["story"] for r in tables["stories"]} == set(details)
    for row in tables["stories"]:
        story = details[row["story"]]
        assert int(row["articles"]) == len(story["articles"])
        assert int(row["independent_sources"]) == len(story["independent_sources"])
    # One source row per report, with its dependency: the copy and the wire rewrite.
    sources = {r["article"]: r for r in tables["story_sources"]}
    assert set(sources) == {"q1", "q2", "q-ap", "nk-1", "nk-copy"}
    assert (sources["nk-copy"]["dependency"], sources["nk-copy"]["depends_on"]) == ("copy", "nk-1")
    assert (sources["q-ap"]["dependency"], sources["q-ap"]["origin"]) == ("wire", "AP")
    # Story events and their mentions, claims and their reports, as in the detail.
    assert len(tables["story_events"]) == sum(len(s["events"]) for s in details.values())
    assert len(tables["story_event_mentions"]) == sum(len(e["mentions"]) for s in details.values()
                                                      for e in s["events"])
    assert len(tables["story_claims"]) == sum(len(s["claims"]) for s in details.values())
    assert len(tables["story_claim_reports"]) == sum(len(c["reports"]) for s in details.values() for c in s["claims"])
    linked = [e for e in tables["story_events"] if int(e["mentions"]) == 2]
    assert linked and all(e["independent_source_list"] == '["example.org"]' for e in linked)
    # The contested death toll: one contradiction, one row per reported side, offsets into the text.
    tolls = [r for r in tables["story_contradictions"] if r["kind"] == "figure" and r["about"] == "killed"]
    assert len({r["contradiction"] for r in tolls}) == 1
    texts = {"q1": QUAKE_A, "q2": QUAKE_B, "q-ap": QUAKE_WIRE}
    assert {r["value"] for r in tolls} >= {"killing 12", "15 people dead"}
    for r in tolls:
        assert texts[r["article"]][int(r["start"]):int(r["end"])] == r["value"]
    mentions = pq.read_table(tmp_path / "pq" / "story_event_mentions.parquet").to_pylist()
    assert all(isinstance(m["trigger_start"], int) for m in mentions if m["trigger"])


def test_stories_export_tables_exist_when_no_story_does(store, tmp_path):
    store.export("parquet", tmp_path / "pq")
    store.export("csv", tmp_path / "csv")
    for name in STORY_TABLES:
        assert pq.read_table(tmp_path / "pq" / f"{name}.parquet").num_rows == 0
        assert _csv(tmp_path / "csv" / f"{name}.csv") == []
