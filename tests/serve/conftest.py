"""Serve fixtures: a store filled with hand-made records (SQLite, and PostgreSQL when
NEWSTRACE_TEST_POSTGRES_URL is set) and a real server over it on loopback."""
from __future__ import annotations

import pytest

from newstrace import __version__
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


def records():
    copy = missile_record("nk-copy", url="https://copies.example/nk", source="copies.example")
    return [missile_record(), floods_record(), xss_record(), copy]


def fill(db: str) -> None:
    with Store(db) as store:
        store.write(records(), version=__version__)


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
