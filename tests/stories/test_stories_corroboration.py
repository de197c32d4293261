"""Corroboration on its own: shared passages found through the shingle index (the
earliest report sharing one), outlets credited by name, facts read once per article."""
from __future__ import annotations

from newstrace.stories.config import load_config
from newstrace.stories.corroboration import ArticleInfo, credited_names, reports

WIRE_COPY = ("The city council voted on Tuesday night to close the old harbour bridge to lorries for six months "
             "while engineers repair corroded steel in its central span, a decision that traders in the port "
             "district say will cost them weeks of deliveries and force drivers onto a long detour.")
OWN = ("Shop owners near the harbour met on Wednesday to plan how to keep deliveries moving once the bridge "
       "closes to heavy traffic, and several asked the council for a temporary loading zone on Quay Street.")


def info(pk: int, id: str, text: str, source: str, day: str = "2024-05-02") -> ArticleInfo:
    return ArticleInfo(pk, id, f"key{pk}", None, f"https://{source}/{id}", source, day, text, None, None)


def test_corroboration_shared_passage_depends_on_the_earliest_holder():
    cfg = load_config()
    first = info(1, "a", WIRE_COPY, "alpha.example", "2024-05-01")
    unrelated = info(2, "b", OWN, "beta.example")
    # Same passage, new opening sentence: a rewrite of "a", not of "c" (which copies "a" too).
    copy_c = info(3, "c", "Lorries face a detour. " + WIRE_COPY, "gamma.example")
    copy_d = info(4, "d", "Drivers will be diverted. " + WIRE_COPY, "delta.example")
    out = {r.article.id: r for r in reports([first, unrelated, copy_c, copy_d], cfg)}
    assert out["a"].dependency is None and out["b"].dependency is None
    assert (out["c"].dependency, out["c"].depends_on.id) == ("copy", "a")
    assert (out["d"].dependency, out["d"].depends_on.id) == ("copy", "a")
    assert "shares a passage" in out["d"].evidence
    assert out["d"].origin == "alpha.example"


def test_corroboration_article_citing_another_outlet_of_the_story():
    cfg = load_config()
    people = info(1, "p", "Tara Reid has entered rehab, her representative confirmed on Friday.", "people.com",
                  "2024-05-01")
    citing = info(2, "q", "The actress checked herself into a treatment centre, her rep told People.", "other.example")
    out = {r.article.id: r for r in reports([people, citing], cfg)}
    assert (out["q"].dependency, out["q"].depends_on.id, out["q"].origin) == ("cites", "p", "people.com")
    assert {"people", "bbc"} <= credited_names("She told People on Monday, according to the BBC.")
