"""Serve fixtures: a store filled with hand-made records (SQLite, and PostgreSQL when
NEWSTRACE_TEST_POSTGRES_URL is set) and a real server over it on loopback."""
from __future__ import annotations

import pytest

from newstrace import __version__
from newstrace.app import Newstrace
from newstrace.store import Store
from tests.serve.server import Server
from tests.store.conftest import BACKENDS, POSTGRES_URL, floods_record, make_record, missile_record, wipe_postgres

TOKEN = "test-token-0123456789"
# Title and text that would run script in a page that did not escape them.
XSS_TITLE = "<script>window.__xss = 1</script>Breaking <b>news</b>"
XSS_TEXT = ("Officials in <img src=x onerror=\"window.__xss=2\"> Springfield said on Monday that the "
            "<script>window.__xss=3</script> bridge would reopen. The mayor said repairs were finished.")


def xss_record():
    record = make_record("xss-1", XSS_TEXT, published="2024-06-03", source="html.example",
                         entities={"Springfield": "GPE"},
                         claims=[{"speaker": "Officials", "speaker_type": "official", "content": "repairs were finished"}])
    return record.model_copy(update={"title": XSS_TITLE})


# One air strike reported by two outlets that disagree on the death toll: one story,
# two independent sources, a contradiction.
STRIKE_A = ("An air strike killed 12 people in the border town of Ayla on Tuesday, local officials said. "
            "The army of Norland said it had targeted a weapons depot used by rebels. Residents said the strike "
            "hit a market near the old mosque, and rescue teams searched the rubble into the night. "
            "The governor of the province called for an inquiry into the attack.")
STRIKE_B = ("Fifteen civilians died when warplanes bombed the market in Ayla, a town on the border, on Tuesday. "
            "An air strike killed 15 people, the provincial health office said. "
            "Norland's army said its jets struck a rebel weapons depot. "
            "Rescue workers pulled bodies from the rubble near the mosque while the governor demanded an inquiry.")


def strike_record(id: str, text: str, source: str, sentence: str):
    return make_record(id, text, source=source, url=f"https://{source}/{id}", published="2025-03-04",
                       entities={"Ayla": "GPE", "Norland": "GPE"},
                       events=[{"type": "ASSAULT", "actor": "Norland", "trigger": "killed", "sentence": sentence,
                                "location": "Ayla"}])


def records():
    copy = missile_record("nk-copy", url="https://copies.example/nk", source="copies.example")
    strike_a = strike_record("strike-a", STRIKE_A, "alpha.example", STRIKE_A[:STRIKE_A.index(".") + 1])
    strike_b = strike_record("strike-b", STRIKE_B, "beta.example",
                             "An air strike killed 15 people, the provincial health office said.")
    return [missile_record(), floods_record(), xss_record(), copy, strike_a, strike_b]


def fill(db: str) -> None:
    """The records written by the store layer, then put into stories as ingest would."""
    with Store(db) as store:
        store.write(records(), version=__version__)
    core = Newstrace(db=db)
    core.update_stories()
    core.close()


@pytest.fixture(scope="module", params=BACKENDS)
def served_db(request, tmp_path_factory) -> str:
    if request.param == "postgresql":
        wipe_postgres(POSTGRES_URL)
        db = POSTGRES_URL
    else:
        db = str(tmp_path_factory.mktemp("serve") / "store.sqlite")
    fill(db)
    return db


@pytest.fixture(scope="module")
def server(served_db, tmp_path_factory):
    s = Server(served_db, token=TOKEN, log=tmp_path_factory.mktemp("log") / "serve.log")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory):
    """SQLite only: for tests whose point is not the backend (security, browser)."""
    db = str(tmp_path_factory.mktemp("serve-sqlite") / "store.sqlite")
    fill(db)
    s = Server(db, token=TOKEN, log=tmp_path_factory.mktemp("log") / "serve.log")
    s.db = db
    yield s
    s.stop()
