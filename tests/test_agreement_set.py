"""The second annotation of benchmarks/agreement must stay comparable with the corpus gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SECOND = sorted((ROOT / "benchmarks/agreement/second").glob("*.json"))


def test_the_second_annotation_is_there():
    assert len(SECOND) >= 10


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.stem)
def test_each_file_annotates_a_corpus_article_with_its_exact_text(path: Path):
    second = json.loads(path.read_text(encoding="utf-8"))
    first = json.loads((ROOT / "corpus/events/gold" / path.name).read_text(encoding="utf-8"))
    assert second["id"] == first["id"] == path.stem
    assert second["text"] == first["text"]
    for claim in second["claims"]:
        assert claim["content"] in second["text"] or " ".join(claim["content"].split()) in " ".join(second["text"].split())
