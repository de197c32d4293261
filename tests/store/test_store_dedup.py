"""Near-duplicates are kept and linked to their first copy."""
from __future__ import annotations

from tests.store.conftest import FLOODS, MISSILE, floods_record, make_record, missile_record

# A syndicated rewrite: a few words changed, a sentence added.
REWRITE = (MISSILE.replace("more tests could follow", "further tests may follow")
           .replace("armed forces", "military").replace("party congress", "party meeting") + " Seoul also protested.")


def test_store_links_wire_copy_and_rewrite_to_first_copy(store):
    results = store.write([
        missile_record("aa-1"),
        floods_record("ke-1"),
        missile_record("wire-copy", url="https://other.example/copy", source="other.example"),
        missile_record("rewrite", text=REWRITE),
    ], version="0.1.0")
    links = {r.article_id: r.duplicate_of for r in results}
    assert links == {"aa-1": None, "ke-1": None, "wire-copy": "aa-1", "rewrite": "aa-1"}
    assert 0.5 <= results[3].similarity < 1.0 <= results[2].similarity
    assert store.counts()["copies"] == 2
    # listings tell copies from independent reports
    accusations = store.events(type="ACCUSE")
    assert sorted((e["article"], e["copy_of"]) for e in accusations) == [
        ("aa-1", None), ("rewrite", "aa-1"), ("wire-copy", "aa-1")]
    nk = store.entities(name="North Korea")[0]
    assert (nk["articles"], nk["independent"]) == (3, 1)


def test_store_links_across_batches_and_never_to_a_copy(store):
    store.write([missile_record("first")], version="0.1.0")
    store.write([missile_record("second", url="https://b/2")], version="0.1.0")
    [third] = store.write([missile_record("third", url="https://c/3")], version="0.1.0")
    assert third.duplicate_of == "first"


def test_store_short_or_different_texts_not_linked(store):
    short = "Talks resumed in Geneva on Monday."
    results = store.write([
        floods_record("a"), missile_record("b"),
        make_record("short-1", short), make_record("short-2", short, url="https://y/2"),
    ], version="0.1.0")
    assert all(r.duplicate_of is None for r in results)
    assert FLOODS not in MISSILE
