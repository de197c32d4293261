"""Each query, with each filter, on both backends."""
from __future__ import annotations

import dataclasses

import pytest

from newstrace.store import fulltext
from tests.store.conftest import floods_record, make_record, missile_record


@pytest.fixture
def filled(store):
    store.write([missile_record("nk-1"), floods_record("ke-1"),
                 missile_record("nk-old", text="Years ago: " + missile_record().text, published="2019-03-01")],
                version="0.1.0")
    return store


def test_store_events_filters(filled):
    assert {e["type"] for e in filled.events()} == {"MOBILIZE", "ACCUSE", "REQUEST", "AID"}
    assert [e["type"] for e in filled.events(actor="united states", since="2024-01-01")] == ["ACCUSE", "REQUEST"]
    assert [e["article"] for e in filled.events(target="North Korea", type="ACCUSE")] == ["nk-1", "nk-old"]
    assert [e["actor"] for e in filled.events(modality="reported", until="2024-12-31")] == ["North Korea"] * 2
    assert filled.events(modality="reported", until="2024-11-27") == []
    assert filled.events(since="2030-01-01") == []
    # the event's own date wins over the article's; newest first, undated last
    days = [e["day"] for e in filled.events()]
    assert days == sorted(days, reverse=True)
    mobilize = filled.events(type="MOBILIZE", since="2024-01-01")[0]
    assert mobilize["day"] == "2024-11-28"
    assert len(filled.events(limit=2)) == 2


def test_store_claims_filters(filled):
    assert {c["speaker"] for c in filled.claims()} == {"Russia", "Analysts", "officials"}
    assert [c["article"] for c in filled.claims(speaker="russia")] == ["nk-1", "nk-old"]
    assert [c["speaker"] for c in filled.claims(certainty="probable", limit=1)] == ["Analysts"]
    assert [c["article"] for c in filled.claims(text="flooded villages")] == ["ke-1"]
    assert filled.claims(text="programmes") and filled.claims(text="!!!") == []


def test_store_entities(filled):
    rows = filled.entities()
    assert rows[0]["articles"] == 2 and rows[-1]["articles"] == 1
    assert [r["name"] for r in filled.entities(type="ORG")] == ["Kenya Red Cross"]
    assert {r["name"] for r in filled.entities(name="kenya")} == {"Kenya", "Kenya Red Cross"}
    nk = filled.entities(name="north korea")[0]
    assert (nk["articles"], nk["independent"], nk["mentions"]) == (2, 1, 4)


def test_store_search(filled):
    hits = filled.search("flooded bridges")
    assert [h["article"] for h in hits] == ["ke-1"]
    assert "[" in hits[0]["snippet"]
    assert {h["article"] for h in filled.search("anti-aircraft missile")} == {"nk-1", "nk-old"}
    assert filled.search("zebra") == [] and filled.search("  ") == []


def test_store_show_by_id_key_and_prefix(filled):
    [stored] = filled.show("nk-1")
    assert stored.record == missile_record("nk-1").model_copy(update={
        "claims": [c.model_copy(update={"sentence_span": stored.record.claims[i].sentence_span})
                   for i, c in enumerate(missile_record("nk-1").claims)]})
    assert filled.show(stored.key)[0].record.id == "nk-1"
    assert filled.show(stored.key[:8])[0].record.id == "nk-1"
    assert filled.show("nope") == []
    assert filled.show("nk-old")[0].copy_of == "nk-1"


def test_store_check_sound(filled):
    assert filled.check() == []


def _talks(id: str, text: str):
    return make_record(id, text, published=None)


# Stored in this order (pk ascending): the oldest match is by far the best for "talks".
TALKS = [
    ("t-best", "Ceasefire talks, talks and more talks: talks resumed."),
    ("t-2", "Ceasefire talks resumed in the capital after a long pause. " + "Officials met for the day. " * 6),
    ("t-3", "Rebel leaders walked out of talks on Monday. " + "The city was calm and shops opened. " * 6),
    ("t-4", "Ceasefire talks are due to resume next week, mediators said. " + "Roads stayed closed. " * 6),
    ("t-none", "Heavy rain flooded villages across southern Kenya this week, officials said."),
]


@pytest.fixture
def talks(store):
    for id, text in TALKS:  # one write each: pks follow this order
        store.write([_talks(id, text)], version="0.1.0")
    return store


def _cap(monkeypatch, n: int) -> None:
    cfg = fulltext.load_config()
    monkeypatch.setattr(fulltext, "load_config", lambda: dataclasses.replace(cfg, search_rank_candidates=n))


def test_store_search_ranks_newest_matches_only(talks, monkeypatch):
    _cap(monkeypatch, 2)
    # the newest two matches are ranked, best first; the older best match is not among them
    hits = [h["article"] for h in talks.search("talks", limit=2)]
    assert sorted(hits) == ["t-3", "t-4"]
    # every word must still occur: t-3 has "talks" but not "ceasefire", so the newest two
    # matches of both words are t-4 and t-2
    assert sorted(h["article"] for h in talks.search("ceasefire talks", limit=2)) == ["t-2", "t-4"]
    assert talks.search("zebra", limit=2) == [] and talks.search("!!!", limit=2) == []
    # a --limit above the cap ranks that many: all four matches, exact order again
    assert [h["article"] for h in talks.search("talks", limit=10)][0] == "t-best"
    assert {h["article"] for h in talks.search("talks", limit=10)} == {"t-best", "t-2", "t-3", "t-4"}


def test_store_search_unchanged_below_cap(talks, monkeypatch):
    full = talks.search("talks")  # default cap (store.toml) far above 4 matches
    assert [h["article"] for h in full][0] == "t-best" and len(full) == 4
    assert all("[" in h["snippet"] for h in full)
    _cap(monkeypatch, 4)  # cap == matches: still every match ranked, same rows and snippets
    assert talks.search("talks") == full
    assert talks.search("talks", limit=3) == full[:3]
