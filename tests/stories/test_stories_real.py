"""Stories on real articles: two different celebrities entering rehab (ECB+ topic 1,
shared/data/stories/ecbplus) are two stories, each holding its own reports."""
from __future__ import annotations

import json

import pytest

from newstrace import Newstrace

REID = ["ecb-1_1ecb", "ecb-1_2ecb", "ecb-1_3ecb", "ecb-1_4ecb"]
LOHAN = ["ecb-1_1ecbplus", "ecb-1_2ecbplus", "ecb-1_4ecbplus", "ecb-1_5ecbplus"]


@pytest.mark.model
def test_stories_real_two_rehab_stories_kept_apart(shared_dir, tmp_path, core):
    source = shared_dir / "data" / "stories" / "ecbplus" / "articles.jsonl"
    wanted = set(REID + LOHAN)
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in wanted]
    # Interleaved, as a feed would deliver them.
    by_id = {json.loads(line)["id"]: line for line in lines}
    order = [x for pair in zip(REID, LOHAN) for x in pair]
    (tmp_path / "in.jsonl").write_text("\n".join(by_id[i] for i in order) + "\n", encoding="utf-8")
    app = Newstrace(core.settings, db=tmp_path / "s.sqlite")
    assert sum(1 for _ in app.ingest([tmp_path / "in.jsonl"])) == 8
    story_of = {a: s["id"] for s in app.stories() for a in s["articles"]}
    assert len({story_of[a] for a in REID}) == 1
    assert len({story_of[a] for a in LOHAN}) == 1
    assert story_of[REID[0]] != story_of[LOHAN[0]]
    lohan = app.story(story_of[LOHAN[0]])
    assert lohan["first_seen"] is None or lohan["first_seen"].startswith("2013")
    assert all(r["outlet"] for r in lohan["reports"])
    app.close()
