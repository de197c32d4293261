"""The second pass of story clustering: a story that drew in the reports of a second,
similar event is split in two (stories/features.py ``split``, cluster.py ``maybe_split``)."""
from __future__ import annotations

from newstrace import stories
from newstrace.stories import features as F
from newstrace.stories.config import load_config
from tests.store.conftest import make_record

# Two earthquakes in Indonesia: the same kind of event, told in the same words, but on
# two islands, days apart, with their own places, magnitudes and tolls.
SUMBAWA = [
    "A strong earthquake struck Sumbawa island in Indonesia on Monday, killing twelve villagers in Dompu and "
    "destroying a mosque and two schools, the disaster agency said. The magnitude 6.4 quake damaged homes.",
    "Rescuers in Dompu on Sumbawa searched the ruins of a mosque and two schools on Tuesday after Monday's "
    "magnitude 6.4 earthquake in Indonesia killed twelve villagers and damaged homes, the disaster agency said.",
    "Villagers in Dompu buried twelve victims of the Sumbawa earthquake as the disaster agency counted the "
    "homes, the mosque and the two schools destroyed by Monday's magnitude 6.4 quake in Indonesia.",
    "Aid reached Dompu on Sumbawa island on Wednesday, two days after the magnitude 6.4 earthquake that "
    "killed twelve villagers, flattened a mosque and two schools and damaged homes across Indonesia's island.",
]
FLORES = [
    "An earthquake of magnitude 5.9 hit Flores island in Indonesia on Friday near Maumere, killing four "
    "fishermen when a bridge and the harbour market collapsed and damaged homes, the disaster agency said.",
    "Fishermen in Maumere on Flores mourned four dead on Saturday after Friday's magnitude 5.9 earthquake "
    "brought down a bridge and the harbour market in Indonesia and damaged homes, the disaster agency said.",
    "Engineers inspected the collapsed bridge in Maumere as Flores counted the cost of Friday's magnitude "
    "5.9 quake in Indonesia, which killed four fishermen at the harbour market and damaged homes.",
    "The harbour market of Maumere on Flores island reopened on Sunday, two days after the magnitude 5.9 "
    "earthquake that killed four fishermen and brought down a bridge, as Indonesia repaired damaged homes.",
]
# Two drunk-driving arrests of players of one team, weeks apart, told in the same words
# (team, charge, police, speeding): only the people their leads name tell them apart.
JACKSON = [
    "San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving early Tuesday, the "
    "California Highway Patrol said. He was stopped for speeding on a freeway in San Diego. The receiver was "
    "stopped on Tuesday on a freeway.",
    "Vincent Jackson of the San Diego Chargers was arrested on suspicion of drunken driving, police said. The "
    "Chargers said they were aware of the arrest and would say nothing more. The receiver was stopped on Tuesday "
    "on a freeway.",
    "Chargers player Vincent Jackson faces a drunken driving charge after his arrest in San Diego. The California"
    " Highway Patrol stopped him for speeding and he failed a sobriety test. The receiver was stopped on Tuesday "
    "on a freeway.",
    "The arrest of Vincent Jackson on suspicion of drunken driving is the latest trouble for the San Diego "
    "Chargers. Highway Patrol officers stopped him for speeding. The receiver was stopped on Tuesday on a "
    "freeway.",
]
WILLIAMS = [
    "Jamal Williams of the San Diego Chargers faces a drunken driving charge after his arrest in San Diego. "
    "Highway Patrol officers stopped him for speeding and he failed a sobriety test. The lineman was stopped on "
    "Sunday on Route 94.",
    "San Diego Chargers player Jamal Williams was arrested on suspicion of drunken driving, the California "
    "Highway Patrol said. The Chargers said they would say nothing more. The lineman was stopped on Sunday on "
    "Route 94.",
    "The arrest of Jamal Williams on suspicion of drunken driving is more trouble for the San Diego Chargers. He "
    "was stopped for speeding on a freeway in San Diego, police said. The lineman was stopped on Sunday on Route "
    "94.",
    "Chargers player Jamal Williams was arrested on suspicion of drunken driving early Sunday. The California "
    "Highway Patrol stopped him for speeding; the Chargers were aware of the arrest. The lineman was stopped on "
    "Sunday on Route 94.",
]
PLAYERS = {"Vincent Jackson": "PERSON", "Jamal Williams": "PERSON", "San Diego Chargers": "ORG", "Chargers": "ORG",
           "California Highway Patrol": "ORG", "San Diego": "GPE"}
ENTITIES = {"Sumbawa": "GPE", "Dompu": "GPE", "Flores": "GPE", "Maumere": "GPE", "Indonesia": "GPE"}


def quake_reports():
    # Reports of the two events interleaved, as a feed delivers them; all undated.
    out = []
    for i, (a, b) in enumerate(zip(SUMBAWA, FLORES)):
        for name, text in ((f"sumbawa-{i}", a), (f"flores-{i}", b)):
            out.append(make_record(name, text, published=None, source=f"outlet{i}.example",
                                   entities={k: v for k, v in ENTITIES.items() if k in text}))
    return out


def _groups(found: list[dict]) -> list[list[str]]:
    return sorted(sorted(s["articles"]) for s in found)


def test_split_two_events_of_one_story_apart(store):
    store.write(quake_reports(), version="0.1.0")
    without = load_config()
    without = type(without)(cluster=without.cluster.with_(split_threshold=0.0), links=without.links,
                            figures=without.figures, wires=without.wires)
    # Without the second pass the first Flores report joins the Sumbawa story and
    # draws the other Flores reports in: the failure the split repairs.
    stories.update(store, config=without)
    assert len(stories.list_stories(store)) == 1
    stats = stories.update(store, rebuild=True)
    found = stories.list_stories(store)
    assert _groups(found) == [[f"flores-{i}" for i in range(4)], [f"sumbawa-{i}" for i in range(4)]]
    assert stats.assigned == 8
    # The group with the first article keeps the story's id; the other is named after
    # its own first article, as a story it had opened; a rebuild gives the same.
    ids = {s["id"]: sorted(s["articles"]) for s in found}
    assert sorted(ids) == sorted(f"st-{store.key(r.text, r.url)[:12]}" for r in quake_reports()[:2])
    stories.update(store, rebuild=True)
    assert {s["id"]: sorted(s["articles"]) for s in stories.list_stories(store)} == ids


def test_leads_naming_different_people_split_two_arrests_told_in_the_same_words(store):
    records = [make_record(name, text, published=None, source=f"outlet{i}.example",
                           entities={k: v for k, v in PLAYERS.items() if k in text})
               for i, (a, b) in enumerate(zip(JACKSON, WILLIAMS)) for name, text in ((f"jackson-{i}", a), (f"williams-{i}", b))]
    store.write(records, version="0.1.0")
    shipped = load_config()
    assert shipped.cluster.split_person_conflict < 1
    # By their words alone, one story: the second pass finds no two events.
    words_only = type(shipped)(cluster=shipped.cluster.with_(split_person_conflict=1.0), links=shipped.links,
                               figures=shipped.figures, wires=shipped.wires)
    stories.update(store, config=words_only)
    assert len(stories.list_stories(store)) == 1
    stories.update(store, rebuild=True)
    found = {s["id"]: sorted(s["articles"]) for s in stories.list_stories(store)}
    assert sorted(found.values()) == [[f"jackson-{i}" for i in range(4)], [f"williams-{i}" for i in range(4)]]
    stories.update(store, rebuild=True)  # ids stable across a rebuild
    assert {s["id"]: sorted(s["articles"]) for s in stories.list_stories(store)} == found


def test_split_keeps_one_event_whole():
    vectors = [F.weighted({"quake": 2.0, "sumbawa": 1.0, "mosque": 1.0, w: 1.0}, {}, 10)
               for w in ("monday", "tuesday", "rescue", "aid", "school", "victim")]
    assert F.split(vectors, 0.6, 3, "linkage") is None
    assert F.split(vectors, 0.4, 3, "centroid") is None


def test_split_needs_two_groups_of_the_minimum_size():
    a = [F.weighted({"sumbawa": 2.0, "mosque": 1.0, w: 1.0}, {}, 10) for w in ("monday", "tuesday", "rescue")]
    b = [F.weighted({"flores": 2.0, "bridge": 1.0, w: 1.0}, {}, 10) for w in ("friday", "saturday", "harbour")]
    mixed = [a[0], b[0], a[1], b[1], a[2], b[2]]
    for measure, threshold in (("linkage", 0.6), ("centroid", 0.4)):
        assert F.split(mixed, threshold, 3, measure) == ([0, 2, 4], [1, 3, 5])
        assert F.split(mixed, threshold, 4, measure) is None
        assert F.split(mixed[:5], threshold, 3, measure) is None
        # Groups closer than the threshold stay one story.
        assert F.split(mixed, 0.0, 3, measure) is None
    # The group holding the first member comes first, whichever order they formed in.
    assert F.split([b[0], a[0], a[1], b[1], a[2], b[2]], 0.6, 3) == ([0, 3, 5], [1, 2, 4])


def test_dates_of_the_happening_set_two_events_of_the_same_words_apart():
    # Six reports in the same words: one event by their words alone. Three were written
    # in January, three in September: with dates weighed in, two events.
    vectors = [F.weighted({"patch": 2.0, "browser": 1.0, "flaw": 1.0, w: 1.0}, {}, 10)
               for w in ("monday", "tuesday", "update", "users", "attack", "fix")]
    days = ["2013-01-14", "2013-09-18", "2013-01-15", "2013-09-17", "2013-01-16", "2013-09-19"]
    assert F.split(vectors, 0.6, 3) is None
    assert F.split(vectors, 0.6, 3, days=days, date_half_life=60) == ([0, 2, 4], [1, 3, 5])
    # Dates a few days apart are one happening; undated articles are compared by words alone.
    close = ["2013-01-14", "2013-01-18", "2013-01-15", "2013-01-17", "2013-01-16", "2013-01-19"]
    assert F.split(vectors, 0.6, 3, days=close, date_half_life=60) is None
    assert F.split(vectors, 0.6, 3, days=[None, "2013-09-18", None, "2013-09-17", None, None],
                   date_half_life=60) is None


def test_written_day_is_the_latest_full_date_the_text_writes():
    assert F.written_day("Posted May 3, 2013. Updated: 27 / 09 / 2013 at 14:08, after 2008-01-02.") == "2013-09-27"
    assert F.written_day("The 4th of December 2008 and Dec. 14, 2008") == "2008-12-14"
    assert F.written_day("Voting began on Sunday at 8:00 local time; 2008 was a year.") is None
    # 5 February or May 2: day first in Europe, month first in the US. Not a date to go by.
    assert F.written_day("Posted 05 / 02 / 2013 at 11: 00 AM") is None
    assert F.written_day("Posted 05 / 05 / 2013, updated 14 / 05 / 2013") == "2013-05-14"


def test_lead_persons_are_the_people_the_first_sentences_name():
    title = "Chargers receiver arrested"
    text = (f"{title}\nSan Diego Chargers receiver Vincent Jackson was arrested on Tuesday. Police said he failed "
            "a sobriety test. Coach Norv Turner declined to comment. Teammate Jamal Williams said nothing.")
    ents = [("Vincent Jackson", "PERSON", text.index("Vincent")), ("San Diego Chargers", "ORG", text.index("San")),
            ("Norv Turner", "PERSON", text.index("Norv")), ("Jamal Williams", "PERSON", text.index("Jamal"))]
    # Title and two sentences: Turner and Williams come later; organisations are not people.
    assert F.lead_persons(title, text, ents, 2) == {"vincent", "jackson"}
    assert F.lead_persons(title, text, ents, 3) == {"vincent", "jackson", "norv", "turner"}
    assert F.lead_persons(title, text, [("Jackson", "PERSON", None)], 2) == frozenset()


def test_leads_naming_different_people_set_two_events_of_the_same_words_apart():
    # Six reports of a footballer's drunk-driving arrest in the same words: one event by
    # their words alone. Three leads name one player, three another: two arrests.
    vectors = [F.weighted({"charger": 2.0, "arrested": 1.0, "dui": 1.0, w: 1.0}, {}, 10)
               for w in ("monday", "tuesday", "police", "patrol", "speeding", "coach")]
    persons = [frozenset({"vincent", "jackson"}), frozenset({"jamal", "williams"})] * 3
    assert F.split(vectors, 0.6, 3) is None
    assert F.split(vectors, 0.6, 3, persons=persons, person_conflict=0.5) == ([0, 2, 4], [1, 3, 5])
    # A name in common ("Jackson" and "Vincent Jackson"), or a lead naming nobody, is no conflict.
    same = [frozenset({"vincent", "jackson"}), frozenset({"jackson"})] * 3
    assert F.split(vectors, 0.6, 3, persons=same, person_conflict=0.5) is None
    assert F.split(vectors, 0.6, 3, persons=[frozenset({"jackson"}), frozenset()] * 3, person_conflict=0.5) is None


def test_bisect_sets_an_outlier_aside_to_find_the_two_groups():
    # Two quakes told with shared topic words, and one report mostly about something else.
    shared = {"quake": 1.0, "indonesia": 1.0}
    a = [F.weighted({**shared, "sumbawa": 2.0, "mosque": 1.0, w: 1.0}, {}, 10) for w in ("monday", "tuesday", "rescue")]
    b = [F.weighted({**shared, "flores": 2.0, "bridge": 1.0, w: 1.0}, {}, 10) for w in ("friday", "saturday", "harbour")]
    outlier = F.weighted({"sumbawa": 0.5, "football": 3.0, "league": 3.0}, {}, 10)
    vectors = [a[0], b[0], a[1], outlier, b[1], a[2], b[2]]
    # Average link alone ends with the outlier against everything else ...
    assert F.bisect(vectors, 3) == ([0, 1, 2, 4, 5, 6], [3])
    # ... set aside, the two events come out, and the outlier joins the closer one.
    assert F.bisect(vectors, 3, peel=1) == ([0, 2, 3, 5], [1, 4, 6])


def test_split_inputs_are_read_again_when_the_article_changes(store):
    from newstrace.store.schema import articles
    from newstrace.stories import cluster

    store.write([make_record("a", "Quake hits Sumbawa island on May 3, 2013.", published=None)], version="0.1.0")
    cfg = load_config().cluster
    with store._writer.begin() as conn:
        pk = conn.execute(articles.select()).first().pk
        assert cluster._split_inputs(conn, [pk], cfg)[pk][1] == "2013-05-03"
        stamp, _, day, persons = cluster._split_cache[pk]
        cluster._split_cache[pk] = (stamp, {"stale": 1.0}, day, persons)
        assert cluster._split_inputs(conn, [pk], cfg)[pk][0] == {"stale": 1.0}  # current: kept
        conn.execute(articles.update().where(articles.c.pk == pk).values(stored_at="2099-01-01T00:00:00"))
        assert "sumbawa" in cluster._split_inputs(conn, [pk], cfg)[pk][0]  # re-stored: read again


def test_split_inputs_survive_a_full_cache_evicting_members_while_reading_the_rest(store, monkeypatch):
    from newstrace.store.schema import articles
    from newstrace.stories import cluster

    store.write([make_record(f"m{i}", f"Flood number {i} hits the coast of Sumbawa.", published=None)
                 for i in range(4)], version="0.1.0")
    cfg = load_config().cluster
    monkeypatch.setattr(cluster, "_SPLIT_CACHE_SIZE", 2)
    monkeypatch.setattr(cluster, "_split_cache", type(cluster._split_cache)())
    with store._writer.begin() as conn:
        pks = [row.pk for row in conn.execute(articles.select().order_by(articles.c.pk))]
        cluster._split_inputs(conn, pks[:2], cfg)  # the cache is full: two current members
        # reading the other two evicts those two while they are part of the answer
        found = cluster._split_inputs(conn, pks, cfg)
    assert sorted(found) == pks and all("sumbawa" in terms for terms, _, _ in found.values())
