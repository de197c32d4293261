"""The stories as flat tables for the CSV/Parquet exports: one row per story, per
report (source), per story event and its mentions, per story claim and its reports,
and per reported side of a contradiction.

The rows are read off each story's ``detail`` (the contract of docs/STORIES.md), so an
export shows exactly what ``newstrace story ID`` shows. The tables below are export
schemas only (their own MetaData, never created in a database): their column types give
the Parquet types, as the store's tables do for the record exports.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa

from newstrace.store.schema import stories

export_metadata = sa.MetaData()


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text)


def _int(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer)


# Lists (outlets, origins) are JSON arrays in one text column, as JSON columns are in
# the record exports.
story_table = sa.Table(
    "stories", export_metadata,
    _text("story"), _text("title"), _text("first_seen"), _text("last_seen"), _int("articles"),
    _int("sources"), _int("independent_sources"), _int("events"), _int("claims"), _int("contradictions"),
    _text("source_list"), _text("independent_source_list"))
story_sources = sa.Table(
    "story_sources", export_metadata,
    _text("story"), _text("article"), _text("article_key"), _text("outlet"), _text("title"), _text("published"),
    _text("depends_on"), _text("dependency"), _text("origin"), _text("evidence"))
story_events = sa.Table(
    "story_events", export_metadata,
    _text("story"), _text("story_event"), _text("type"), _text("actor"), _text("target"), _text("date"),
    _text("location"), _text("modality"), _text("quantity"), _int("mentions"), _int("sources"),
    _int("independent_sources"), _text("source_list"), _text("independent_source_list"))
story_event_mentions = sa.Table(
    "story_event_mentions", export_metadata,
    _text("story"), _text("story_event"), _text("article"), _text("event"), _text("trigger"),
    _int("trigger_start"), _int("trigger_end"), _text("sentence"), _int("sentence_start"), _int("sentence_end"),
    _text("modality"), _text("date"), _text("location"), _text("quantity"), _text("actor"), _text("target"),
    _text("outlet"))
story_claims = sa.Table(
    "story_claims", export_metadata,
    _text("story"), _text("story_claim"), _text("speaker"), _text("content"), _text("certainty"), _int("reports"),
    _int("sources"), _int("independent_sources"), _text("source_list"), _text("independent_source_list"))
story_claim_reports = sa.Table(
    "story_claim_reports", export_metadata,
    _text("story"), _text("story_claim"), _text("article"), _text("claim"), _text("speaker"), _text("content"),
    _int("content_start"), _int("content_end"), _int("sentence_start"), _int("sentence_end"), _text("quote_type"),
    _text("cue"), _text("certainty"), _text("outlet"))
# One row per report of each side: a contradiction with two sides of one report each
# is two rows sharing `contradiction`.
story_contradictions = sa.Table(
    "story_contradictions", export_metadata,
    _text("story"), _text("contradiction"), _text("kind"), _text("subject"), _text("about"), _int("side"),
    _text("value"), _text("article"), _text("outlet"), _text("published"), _text("sentence"),
    _int("sentence_start"), _int("sentence_end"), _int("start"), _int("end"))

EXPORT_TABLES = (story_table, story_sources, story_events, story_event_mentions, story_claims,
                 story_claim_reports, story_contradictions)
CHUNK = 200  # stories per chunk: a story's detail holds up to a few hundred reports


def _span(span: Any) -> tuple[int | None, int | None]:
    if isinstance(span, (list, tuple)) and len(span) == 2:
        return span[0], span[1]
    return None, None


def _json(values: list) -> str:
    return json.dumps(values, ensure_ascii=False)


def _story_rows(s: dict) -> list[tuple]:
    return [(s["id"], s["title"], s["first_seen"], s["last_seen"], len(s["articles"]), len(s["sources"]),
             len(s["independent_sources"]), len(s["events"]), len(s["claims"]), len(s["contradictions"]),
             _json(s["sources"]), _json(s["independent_sources"]))]


def _source_rows(s: dict) -> list[tuple]:
    return [(s["id"], r["article"], r["key"], r["outlet"], r["title"], r["published"], r["depends_on"],
             r["dependency"], r["origin"], r["evidence"]) for r in s["reports"]]


def _event_rows(s: dict) -> list[tuple]:
    return [(s["id"], e["id"], e["type"], e["actor"], e["target"], e["date"], e["location"], e["modality"],
             e.get("quantity"), len(e["mentions"]), len(e["sources"]), len(e["independent_sources"]),
             _json(e["sources"]), _json(e["independent_sources"])) for e in s["events"]]


def _event_mention_rows(s: dict) -> list[tuple]:
    return [(s["id"], e["id"], m["article"], m["event"], m.get("trigger"), *_span(m["trigger_span"]),
             m.get("sentence"), *_span(m.get("sentence_span")), m.get("modality"), m.get("date"), m.get("location"),
             m.get("quantity"), m.get("actor"), m.get("target"), m.get("outlet"))
            for e in s["events"] for m in e["mentions"]]


def _claim_rows(s: dict) -> list[tuple]:
    return [(s["id"], c["id"], c["speaker"], c["content"], c["certainty"], len(c["reports"]), len(c["sources"]),
             len(c["independent_sources"]), _json(c["sources"]), _json(c["independent_sources"]))
            for c in s["claims"]]


def _claim_report_rows(s: dict) -> list[tuple]:
    return [(s["id"], c["id"], r["article"], r["claim"], r.get("speaker"), r.get("content"),
             *_span(r.get("content_span")), *_span(r.get("sentence_span")), r.get("quote_type"), r.get("cue"),
             r.get("certainty"), r.get("outlet")) for c in s["claims"] for r in c["reports"]]


def _contradiction_rows(s: dict) -> list[tuple]:
    rows = []
    for i, c in enumerate(s["contradictions"], 1):
        for side_no, side in enumerate(c["sides"], 1):
            for r in side["reports"]:
                rows.append((s["id"], f"{s['id']}.x{i}", c["kind"], c["subject"], c["about"], side_no,
                             side["value"], r["article"], r.get("outlet"), r.get("published"), r.get("sentence"),
                             *_span(r.get("sentence_span")), *_span(r.get("span"))))
    return rows


ROWS: dict[str, Callable[[dict], list[tuple]]] = {
    "stories": _story_rows, "story_sources": _source_rows, "story_events": _event_rows,
    "story_event_mentions": _event_mention_rows, "story_claims": _claim_rows,
    "story_claim_reports": _claim_report_rows, "story_contradictions": _contradiction_rows,
}


def table_rows(conn: sa.Connection, table: sa.Table) -> tuple[list[str], Iterator[list[tuple]]]:
    """Column names and row chunks of one export table, stories in store order."""
    make = ROWS[table.name]

    def chunks() -> Iterator[list[tuple]]:
        after = 0
        while True:
            found = conn.execute(sa.select(stories.c.pk, stories.c.detail)
                                 .where(stories.c.pk > after, stories.c.detail.is_not(None))
                                 .order_by(stories.c.pk).limit(CHUNK)).all()
            if not found:
                return
            yield [row for _, detail in found for row in make(detail)]
            after = found[-1][0]

    return [c.name for c in table.c], chunks()
