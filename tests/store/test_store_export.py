"""Exports of the whole store read back."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq

from newstrace.record import Record
from tests.store.conftest import floods_record, missile_record


def _fill(store):
    records = [missile_record("nk-1"), floods_record("ke-1"), missile_record("nk-2", url="https://b/2")]
    store.write(records, version="0.1.0")
    return records


def test_store_export_jsonl_round_trips_records(store, tmp_path):
    records = _fill(store)
    assert store.export("jsonl", tmp_path / "all.jsonl") == 3
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    back = [Record.model_validate({k: v for k, v in line.items() if k in Record.model_fields}) for line in lines]
    assert [r.id for r in back] == ["nk-1", "ke-1", "nk-2"]
    assert [r.entities for r in back] == [r.entities for r in records]
    assert [r.events for r in back] == [r.events for r in records]
    assert lines[2]["copy_of"] == "nk-1" and lines[0]["extractor_version"] == "0.1.0"


def test_store_export_csv_and_parquet_tables(store, tmp_path):
    _fill(store)
    store.export("csv", tmp_path / "csv")
    store.export("parquet", tmp_path / "pq")
    for table, n in {"articles": 3, "entities": 10, "events": 7, "claims": 5}.items():
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        frame = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        assert len(rows) == frame.num_rows == n, table
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert {"article", "article_key", "type", "actor", "sentence_start", "sentence_end"} <= set(events[0])
    mentions = pq.read_table(tmp_path / "pq" / "mentions.parquet").to_pylist()
    assert all(m["sentence_start"] <= m["start"] < m["end"] <= m["sentence_end"] for m in mentions)


def test_store_export_graphml_actor_network(store, tmp_path):
    _fill(store)
    assert store.export("graphml", tmp_path / "actors.graphml") == 1
    graph = nx.read_graphml(tmp_path / "actors.graphml")
    edge = graph["United States"]["North Korea"]
    assert (edge["weight"], edge["independent"]) == (4, 2)
    assert edge["types"] == "ACCUSE:2 REQUEST:2"


def test_store_export_empty_store(store, tmp_path):
    assert store.export("jsonl", tmp_path / "e.jsonl") == 0
    store.export("parquet", tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "claims.parquet").num_rows == 0
