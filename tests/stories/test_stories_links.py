"""Event linking inside a story (``link.link_events``) on hand-made records: the same act
told with the same trigger word links across reports whatever common nouns name its
parties, and not when two reports name different people; contradictions come from
different reports only."""
from __future__ import annotations

from dataclasses import replace

from newstrace.record import Claim
from newstrace.stories import detail, link
from newstrace.stories.config import load_config
from tests.store.conftest import make_record

SHOOTING_A = ("A former employee opened fire at an office party in Brooklyn on Friday. "
              "The man killed two co-workers before police arrived. He was later killed by officers.")
SHOOTING_B = ("Police said a gunman killed two colleagues at a holiday party in Brooklyn. "
              "The shooter, a former employee, was fired last month.")


def _mentions(*records) -> list[link.Mention]:
    return [link.Mention(r, v, r.source, r.source) for r in records for v in r.events]


def _linked(story_events: list[link.StoryEvent]) -> list[set[tuple[str, str]]]:
    return [{(m.record.id, m.event.id) for m in se.mentions} for se in story_events if len(se.mentions) > 1]


def test_same_trigger_links_parties_named_by_common_nouns_and_repeated_mentions():
    a = make_record("a", SHOOTING_A, source="alpha.example", entities={"Brooklyn": "GPE"}, events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "man", "target": "two co-workers",
         "sentence": "The man killed two co-workers before police arrived."}])
    b = make_record("b", SHOOTING_B, source="beta.example", entities={"Brooklyn": "GPE"}, events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "gunman", "target": "two colleagues",
         "sentence": "Police said a gunman killed two colleagues at a holiday party in Brooklyn."}])
    [linked] = _linked(link.link_events(_mentions(a, b), load_config()))
    assert linked == {("a", "v1"), ("b", "v1")}
    # With the former rule (any two arguments that differ contradict) they stay apart.
    cfg = load_config()
    strict = replace(cfg, links={**cfg.links, "argument_conflict": "arguments", "same_trigger_min_shared_arguments": 1})
    assert not _linked(link.link_events(_mentions(a, b), strict))


def test_same_trigger_does_not_link_reports_naming_different_people():
    text_a = "Vincent Jackson was arrested on suspicion of drunk driving early Sunday."
    text_b = "Jamal Williams was arrested on suspicion of drunk driving early Sunday."
    a = make_record("a", text_a, entities={"Vincent Jackson": "PERSON"}, events=[
        {"type": "COERCE", "trigger": "arrested", "target": "Vincent Jackson", "sentence": text_a}])
    b = make_record("b", text_b, source="beta.example", entities={"Jamal Williams": "PERSON"}, events=[
        {"type": "COERCE", "trigger": "arrested", "target": "Jamal Williams", "sentence": text_b}])
    assert not _linked(link.link_events(_mentions(a, b), load_config()))
    # "Jackson" and "Vincent Jackson" are one name.
    text_c = "Police said Jackson was arrested on suspicion of drunk driving."
    c = make_record("c", text_c, source="gamma.example", entities={"Jackson": "PERSON"}, events=[
        {"type": "COERCE", "trigger": "arrested", "target": "Jackson", "sentence": text_c}])
    assert _linked(link.link_events(_mentions(a, b, c), load_config())) == [{("a", "v1"), ("c", "v1")}]


def test_one_report_naming_its_event_twice_links_both_mentions():
    a = make_record("a", SHOOTING_A, source="alpha.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "man", "target": "two co-workers",
         "sentence": "The man killed two co-workers before police arrived."},
        {"type": "ASSAULT", "trigger": "killed", "actor": "officers",
         "sentence": "He was later killed by officers."}])
    b = make_record("b", SHOOTING_B, source="beta.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "gunman", "target": "two colleagues",
         "sentence": "Police said a gunman killed two colleagues at a holiday party in Brooklyn."}])
    [linked] = _linked(link.link_events(_mentions(a, b), load_config()))
    assert linked == {("a", "v1"), ("a", "v2"), ("b", "v1")}


def test_places_contradict_across_reports_only():
    a = make_record("a", SHOOTING_A, source="alpha.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "man", "location": "Brooklyn",
         "sentence": "The man killed two co-workers before police arrived."},
        {"type": "ASSAULT", "trigger": "killed", "actor": "officers", "location": "New York",
         "sentence": "He was later killed by officers."}])
    b = make_record("b", SHOOTING_B, source="beta.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "gunman",
         "sentence": "Police said a gunman killed two colleagues at a holiday party in Brooklyn."}])
    cfg = load_config()

    def places(*records):
        story_events = link.link_events(_mentions(*records), cfg)
        out = [{"id": f"s.e{i}", "type": se.first.type} for i, se in enumerate(story_events, 1)]
        return [c for c in detail._event_contradictions(story_events, out, cfg) if c["kind"] == "place"]

    assert not places(a, b)  # one report's two places are not two sources disagreeing
    c = make_record("c", SHOOTING_B, source="gamma.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "gunman", "location": "Queens",
         "sentence": "Police said a gunman killed two colleagues at a holiday party in Brooklyn."}])
    assert not places(a, b, c)  # Queens, Brooklyn and New York: places within places
    d = make_record("d", SHOOTING_B, source="delta.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "gunman", "location": "Los Angeles",
         "sentence": "Police said a gunman killed two colleagues at a holiday party in Brooklyn."}])
    [found] = places(a, b, c, d)
    # every side lies apart from Los Angeles
    assert {s["value"] for s in found["sides"]} == {"Brooklyn", "New York", "Queens", "Los Angeles"}
    e = make_record("e", SHOOTING_B, source="echo.example", events=[
        {"type": "ASSAULT", "trigger": "killed", "actor": "gunman", "location": "Mt Cook",
         "sentence": "Police said a gunman killed two colleagues at a holiday party in Brooklyn."}])
    assert not places(a, b, c, e)  # a place the gazetteer does not know contradicts nothing
    [found] = places(a, d, e)  # ... and is not listed beside places that lie apart
    assert {s["value"] for s in found["sides"]} == {"Brooklyn", "New York", "Los Angeles"}


def test_stories_link_same_trigger_events_named_alike_in_the_store(store):
    from newstrace import stories
    from tests.stories.test_stories import QUAKE_A, QUAKE_B, quake

    struck_a = {"type": "ASSAULT", "trigger": "struck", "actor": "strong earthquake", "target": "Sumbawa",
                "sentence": QUAKE_A.split(", killing")[0]}
    sentence_b = QUAKE_B[QUAKE_B.index("Hundreds"):QUAKE_B.index(", and villagers")]

    def struck_b(target):
        return {"type": "ASSAULT", "trigger": "struck", "actor": "quake", "target": target, "sentence": sentence_b}

    store.write([quake("q1", QUAKE_A, "alpha.example", events=[struck_a]),
                 quake("q2", QUAKE_B, "beta.example", events=[struck_b(None)]),
                 quake("q3", QUAKE_B.replace("Rescuers", "Soldiers"), "gamma.example", events=[struck_b("Indonesia")])],
                version="0.1.0")
    stories.update(store)
    [story] = stories.list_stories(store)
    linked = [sorted(m["article"] for m in e["mentions"]) for e in story["events"] if len(e["mentions"]) > 1]
    # "strong earthquake" and "quake" are one party told two ways; Sumbawa and Indonesia,
    # both names of the story's entities, are two targets.
    assert linked == [["q1", "q2"]]


def test_dates_of_one_happening_are_compatible_when_one_is_a_prefix_of_the_other_or_missing():
    # A month and a day in it, or no date on one side, agree; two different days do not
    # (event linking and the detail's date contradictions both ask this).
    assert link.dates_compatible("2013-05", "2013-05-03")
    assert link.dates_compatible("2013-05-03", None)
    assert link.dates_compatible("", "2013-05-03")
    assert not link.dates_compatible("2013-05-03", "2013-05-04")
    assert not link.dates_compatible("2013-04", "2013-05-03")


def _claim(content: str, cue: str = "said") -> Claim:
    return Claim(id="c1", speaker="Jane Roe", speaker_type="person", cue=cue, quote_type="indirect",
                      content=content, content_span=(0, len(content)), certainty="certain")


def test_a_claim_negated_by_a_contraction_with_either_apostrophe_is_read_as_negated():
    cfg = load_config()
    assert not link._negated(_claim("the plant is safe"), cfg)
    assert link._negated(_claim("the plant isn't safe"), cfg)
    assert link._negated(_claim("the plant isn\u2019t safe"), cfg)
    assert link._negated(_claim("they can't confirm it"), cfg)
    assert not link._negated(_claim("the tenant went to the plant"), cfg)
    assert not link._negated(_claim("the plant isn\u2019t safe", cue="denied"), cfg)
