"""Stories on hand-made records: clustering, copies and wire credits in corroboration,
contradicting figures, stable ids across re-ingest and rebuild."""
from __future__ import annotations

from newstrace import stories
from newstrace.app import Newstrace
from tests.store.conftest import MISSILE, floods_record, make_record, missile_record

QUAKE_A = (
    "A strong earthquake struck the island of Sumbawa in Indonesia on Monday, killing 12 people "
    "and destroying hundreds of homes, officials said. The quake had a magnitude of 6.4 and was "
    "felt across the province, where rescue teams searched collapsed schools and a mosque through "
    "the night. The disaster agency said electricity was cut in several villages near the coast."
)
QUAKE_B = (
    "Rescuers on Sumbawa island dug through rubble on Tuesday after an earthquake of magnitude 6.4 "
    "left 15 people dead in Indonesia, the disaster agency said. Hundreds of homes, schools and a "
    "mosque collapsed when the quake struck on Monday evening, and villagers slept outside for fear "
    "of aftershocks while the army brought tents and water to the worst hit villages on the island."
)
QUAKE_WIRE = (
    "JAKARTA, Indonesia (AP) - Villagers on the Indonesian island of Sumbawa camped in fields on Tuesday "
    "after Monday's earthquake flattened homes and a mosque, with the death toll put at 12 by the disaster "
    "agency. The magnitude 6.4 quake also damaged roads leading to the island's main port, officials said."
)
OTHER_QUAKE = (
    "A magnitude 5.1 earthquake shook the Peruvian Andes near Cusco on Thursday, cracking walls of "
    "colonial churches; no one was hurt, Peru's geophysics institute said. Tourists at Machu Picchu "
    "were briefly evacuated as a precaution before the site reopened in the afternoon the same day."
)
QUAKE_ENTITIES = {"Sumbawa": "GPE", "Indonesia": "GPE"}


def quake(id: str, text: str, source: str, **kw):
    return make_record(id, text, source=source, url=f"https://{source}/{id}", published=kw.pop("published", "2024-11-25"),
                       entities={k: v for k, v in QUAKE_ENTITIES.items() if k in text}, **kw)


def _by_article(found: list[dict]) -> dict[str, str]:
    return {a: s["id"] for s in found for a in s["articles"]}


def test_stories_cluster_same_event_and_keep_others_apart(store):
    store.write([quake("q1", QUAKE_A, "alpha.example"), floods_record("ke-1"), missile_record("nk-1"),
                 quake("q2", QUAKE_B, "beta.example"),
                 make_record("pe-1", OTHER_QUAKE, published="2024-11-28", entities={"Peru": "GPE", "Cusco": "GPE"})],
                version="0.1.0")
    stats = stories.update(store)
    assert stats.assigned == 5
    found = _by_article(stories.list_stories(store))
    assert found["q1"] == found["q2"]
    assert len({found["q1"], found["ke-1"], found["nk-1"], found["pe-1"]}) == 4


def test_stories_syndicated_copy_adds_no_independent_source(store):
    store.write([missile_record("nk-1"), missile_record("nk-copy", url="https://mirror.example/nk",
                                                        source="mirror.example")], version="0.1.0")
    stories.update(store)
    [story] = stories.list_stories(store)
    assert sorted(story["articles"]) == ["nk-1", "nk-copy"]
    assert story["sources"] == ["example.org", "mirror.example"]
    assert story["independent_sources"] == ["example.org"]
    copy = next(r for r in story["reports"] if r["article"] == "nk-copy")
    assert (copy["depends_on"], copy["dependency"], copy["origin"]) == ("nk-1", "copy", "example.org")
    # Linked events count sources and independent sources alike.
    assert all(e["independent_sources"] == ["example.org"] for e in story["events"] if len(e["mentions"]) == 2)


def test_stories_wire_credited_rewrite_counts_as_the_wire(store):
    store.write([quake("q1", QUAKE_A, "alpha.example"), quake("q-ap", QUAKE_WIRE, "gamma.example")], version="0.1.0")
    stories.update(store)
    [story] = stories.list_stories(store)
    wire = next(r for r in story["reports"] if r["article"] == "q-ap")
    assert (wire["dependency"], wire["origin"]) == ("wire", "AP")
    assert story["independent_sources"] == ["AP", "alpha.example"]


def test_stories_different_death_tolls_make_one_contradiction(store):
    store.write([quake("q1", QUAKE_A, "alpha.example"), quake("q2", QUAKE_B, "beta.example")], version="0.1.0")
    stories.update(store)
    [story] = stories.list_stories(store)
    [tolls] = [c for c in story["contradictions"] if c["kind"] == "figure" and c["about"] == "killed"]
    sides = {s["value"]: s["reports"] for s in tolls["sides"]}
    assert set(sides) == {"killing 12", "15 people dead"}
    for value, reports in sides.items():
        [report] = reports
        text = QUAKE_A if report["article"] == "q1" else QUAKE_B
        start, end = report["span"]
        assert text[start:end] == value
        assert text[slice(*report["sentence_span"])] == report["sentence"]
        assert report["outlet"] in ("alpha.example", "beta.example")


def test_stories_at_least_agrees_with_a_larger_figure(store):
    text = QUAKE_B.replace("left 15 people dead", "left at least 10 people dead")
    store.write([quake("q1", QUAKE_A, "alpha.example"), quake("q2", text, "beta.example")], version="0.1.0")
    stories.update(store)
    [story] = stories.list_stories(store)
    assert not [c for c in story["contradictions"] if c["kind"] == "figure"]


def test_stories_ids_survive_reingest_and_rebuild(db):
    core = Newstrace(db=db)
    records = [quake("q1", QUAKE_A, "alpha.example"), floods_record("ke-1"), quake("q2", QUAKE_B, "beta.example"),
               missile_record("nk-1")]
    core.store.write(records, version="0.1.0")
    first = _by_article(core.stories())
    # The same records again: nothing new is stored, no story changes.
    core.store.write(records, version="0.1.0")
    assert _by_article(core.stories()) == first
    # Re-extracted by a newer version: same articles, same stories.
    core.store.write(records, version="0.2.0")
    core.update_stories(refresh_keys=[core.store.key(r.text, r.url) for r in records])
    assert _by_article(core.stories()) == first
    core.update_stories(rebuild=True)
    assert _by_article(core.stories()) == first
    story_id = first["q1"]
    assert core.story(story_id)["id"] == story_id
    assert core.story(story_id[:8])["id"] == story_id
    core.close()


def test_an_entity_filter_reads_either_apostrophe(store):
    text = ("Troops in Côte d’Ivoire were put on alert on Monday after clashes near the border, "
            "officials said. The army sent reinforcements to the northern towns overnight.")
    store.write([make_record("ci-1", text, published="2024-11-25", entities={"Côte d’Ivoire": "GPE"})],
                version="0.1.0")
    stories.update(store)
    assert [s["articles"] for s in stories.list_stories(store, entity="Côte d'Ivoire")] == [["ci-1"]]


def test_stories_filters_and_entity_timeline(store):
    store.write([missile_record("nk-1"), floods_record("ke-1")], version="0.1.0")
    stories.update(store)
    assert [s["articles"] for s in stories.list_stories(store, entity="north korea")] == [["nk-1"]]
    assert [s["articles"] for s in stories.list_stories(store, type="AID")] == [["ke-1"]]
    assert [s["articles"] for s in stories.list_stories(store, since="2024-06-01")] == [["nk-1"]]
    assert stories.list_stories(store, min_sources=2) == []
    timeline = stories.entity_timeline(store, "United States")
    assert {e["type"] for e in timeline["timeline"]} == {"ACCUSE", "REQUEST"}
    assert all(e["role"] == "actor" for e in timeline["timeline"])
    story = stories.list_stories(store, entity="North Korea")[0]
    dates = [e["date"] for e in story["timeline"]]
    assert dates == sorted(dates) and dates[0] == "2024-11-28"


def test_stories_same_outlet_twice_counts_once(store):
    follow_up = ("Floods in southern Kenya: the Kenya Red Cross says thousands of families in flooded villages "
                 "still need tents and food, and the government renewed its appeal to donors on Friday. "
                 "Engineers reopened the coast road after checking its bridges; schools in the flooded "
                 "counties will reopen next week once the water has gone down, officials said.")
    store.write([floods_record("ke-1"), make_record("ke-2", follow_up, published="2024-05-03",
                                                    entities={"Kenya": "GPE", "Kenya Red Cross": "ORG"})],
                version="0.1.0")
    stories.update(store)
    [story] = stories.list_stories(store)
    assert story["independent_sources"] == ["example.org"]
    second = next(r for r in story["reports"] if r["article"] == "ke-2")
    assert (second["dependency"], second["depends_on"]) == ("same_outlet", "ke-1")


def test_stories_export_one_story_per_line(store, tmp_path):
    import json

    store.write([missile_record("nk-1"), floods_record("ke-1")], version="0.1.0")
    stories.update(store)
    assert store.export("stories", tmp_path / "stories.jsonl") == 2
    lines = [json.loads(x) for x in (tmp_path / "stories.jsonl").read_text().splitlines()]
    assert sorted(a for s in lines for a in s["articles"]) == ["ke-1", "nk-1"]


def test_stories_later_batches_assigned_from_the_last_assigned_article(store):
    from newstrace.stories.cluster import assigned_up_to, count_unassigned, unassigned

    store.write([quake("q1", QUAKE_A, "alpha.example"), floods_record("ke-1")], version="0.1.0")
    assert stories.update(store).assigned == 2
    store.write([quake("q2", QUAKE_B, "beta.example"), missile_record("nk-1")], version="0.1.0")
    with store.connect() as conn:
        last = assigned_up_to(conn)
        waiting = unassigned(conn, 10)
        assert count_unassigned(conn) == 2 and len(waiting) == 2 and min(waiting) > last
    stats = stories.update(store)
    assert (stats.assigned, stats.opened) == (2, 1)
    with store.connect() as conn:
        assert unassigned(conn, 10) == [] and count_unassigned(conn) == 0
    found = _by_article(stories.list_stories(store))
    assert found["q1"] == found["q2"]


def test_stories_text_facts_kept_and_read_again_only_when_stale(store):
    """What a detail reads off each text is stored once per article; a rebuild from the
    stored facts gives the same stories, and a row made under other settings is redone."""
    import sqlalchemy as sa

    from newstrace.store.schema import story_facts

    at_least = QUAKE_B.replace("left 15 people dead", "left at least 10 people dead")  # an open range: high = inf
    store.write([quake("q1", QUAKE_A, "alpha.example"), quake("q2", at_least, "beta.example"),
                 quake("q-ap", QUAKE_WIRE, "gamma.example")], version="0.1.0")
    stories.update(store)
    first = stories.list_stories(store)
    with store.connect() as conn:
        rows = conn.execute(sa.select(story_facts.c.article_pk, story_facts.c.config, story_facts.c.facts)).all()
    assert len(rows) == 3 and sum(bool(r.facts["figures"].get("killed")) for r in rows) == 2
    assert sorted(r.facts["wire"] or "" for r in rows) == ["", "", "AP"]
    assert any(r.facts["figures"]["killed"][1] is None for r in rows)  # "at least 10": no upper bound
    with store._writer.begin() as conn:
        conn.execute(sa.update(story_facts).where(story_facts.c.article_pk == rows[0].article_pk)
                     .values(config="stale", facts={"wire": None, "credited": [], "figures": {}}))
    stories.update(store, rebuild=True)
    assert stories.list_stories(store) == first
    with store.connect() as conn:
        assert conn.execute(sa.select(story_facts.c.config).where(
            story_facts.c.article_pk == rows[0].article_pk)).scalar() == rows[0].config


def test_stories_replacing_a_storys_keys_reads_only_that_storys(tmp_path):
    """An article joining a story replaces the story's blocking keys: an index range,
    not a scan of every story's keys (a cost that grew with the store)."""
    from newstrace.store import Store

    with Store(tmp_path / "k.sqlite") as s, s.connect() as conn:
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN DELETE FROM story_keys WHERE story_pk = 7").all())
    assert "ix_story_keys_story" in plan and "SCAN" not in plan
