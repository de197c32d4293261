"""Store fixtures: every store test runs on SQLite and, when
NEWSTRACE_TEST_POSTGRES_URL names a database, on PostgreSQL (wiped before each test)."""
from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from newstrace.record import Claim, Entity, Event, Record
from newstrace.store import Store, resolve_url

POSTGRES_URL = os.environ.get("NEWSTRACE_TEST_POSTGRES_URL")
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.skipif(
        not POSTGRES_URL, reason="set NEWSTRACE_TEST_POSTGRES_URL to a PostgreSQL database to run this")]),
]


def wipe_postgres(url: str) -> None:
    engine = sa.create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> str:
    """A fresh, empty database: an SQLite file path or a PostgreSQL URL."""
    if request.param == "postgresql":
        wipe_postgres(POSTGRES_URL)
        return POSTGRES_URL
    return str(tmp_path / "store.sqlite")


@pytest.fixture
def store(db):
    with Store(db) as s:
        yield s


def make_record(id: str, text: str, *, url: str | None = None, published: str | None = "2024-11-29",
                source: str = "example.org", entities: dict[str, str] | None = None,
                events: list[dict] | None = None, claims: list[dict] | None = None) -> Record:
    """A record built by hand: ``entities`` maps names to types, mentions found in the
    text; events and claims give their fields, sentence and offsets found in the text."""
    ents = []
    for i, (name, type_) in enumerate((entities or {}).items(), 1):
        spans, start = [], text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
        ents.append(Entity(id=f"e{i}", name=name, type=type_, aliases=[name], mentions=spans))
    evs = []
    for i, e in enumerate(events or [], 1):
        sentence = e.pop("sentence")
        start = text.index(sentence)
        trigger_start = text.index(e["trigger"], start)
        evs.append(Event(id=f"v{i}", sentence=sentence, sentence_span=(start, start + len(sentence)),
                         trigger_span=(trigger_start, trigger_start + len(e["trigger"])), **e))
    cls = []
    for i, c in enumerate(claims or [], 1):
        start = text.index(c["content"])
        cls.append(Claim(id=f"c{i}", content_span=(start, start + len(c["content"])),
                         **{"speaker_type": "government", "cue": "said", "quote_type": "indirect",
                            "certainty": "certain", **c}))
    return Record(id=id, title=f"Title of {id}", url=url or f"https://example.org/{id}", source=source,
                  published=published, text=text, summary=text[:80], entities=ents, events=evs, claims=cls)


# Two unrelated stories, long enough for dedup to judge (store.toml min_words).
MISSILE = (
    "North Korea tested a new anti-aircraft missile on Thursday, state media reported. "
    "Russia said it supports the missile programme of Pyongyang. "
    "The United States condemned the test and called on North Korea to stop. "
    "Analysts said the launch was likely meant to show the weapons to buyers abroad, "
    "and that more tests could follow before the end of the year as the country "
    "prepares for a party congress where new goals for the armed forces will be set."
)
FLOODS = (
    "Heavy rain flooded villages across southern Kenya this week, officials said. "
    "The Kenya Red Cross sent food and tents to families who lost their homes, "
    "and the government asked donors for help. Roads to the coast were closed "
    "for three days while engineers checked bridges, and schools in the worst hit "
    "counties stayed shut until the water went down. Farmers fear the harvest is lost."
)


def missile_record(id: str = "nk-1", **kw) -> Record:
    return make_record(
        id, kw.pop("text", MISSILE),
        entities={"North Korea": "GPE", "Russia": "GPE", "United States": "GPE", "Pyongyang": "GPE"},
        events=[
            {"type": "MOBILIZE", "actor": "North Korea", "trigger": "tested", "mode": "weapons test",
             "sentence": "North Korea tested a new anti-aircraft missile on Thursday, state media reported.",
             "modality": "reported", "date": "2024-11-28"},
            {"type": "ACCUSE", "actor": "United States", "target": "North Korea", "trigger": "condemned",
             "sentence": "The United States condemned the test and called on North Korea to stop."},
            {"type": "REQUEST", "actor": "United States", "target": "North Korea", "trigger": "called on",
             "sentence": "The United States condemned the test and called on North Korea to stop."},
        ],
        claims=[
            {"speaker": "Russia", "content": "it supports the missile programme of Pyongyang"},
            {"speaker": "Analysts", "speaker_type": "expert", "certainty": "probable",
             "content": "the launch was likely meant to show the weapons to buyers abroad"},
        ], **kw)


def floods_record(id: str = "ke-1", **kw) -> Record:
    return make_record(
        id, kw.pop("text", FLOODS), published=kw.pop("published", "2024-05-02"),
        entities={"Kenya": "GPE", "Kenya Red Cross": "ORG"},
        events=[{"type": "AID", "actor": "Kenya Red Cross", "trigger": "sent",
                 "sentence": "The Kenya Red Cross sent food and tents to families who lost their homes, "
                             "and the government asked donors for help."}],
        claims=[{"speaker": "officials", "speaker_type": "official",
                 "content": "Heavy rain flooded villages across southern Kenya this week"}], **kw)
