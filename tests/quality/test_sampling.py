"""benchmarks/events/sampling.py: per-article event counts and chance bands, on hand-made records."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("event_sampling", ROOT / "benchmarks/events/sampling.py")
sampling = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sampling)

TEXT = "Russia attacked Ukraine. France praised Germany."


def _event(type_: str, actor: str, sentence: str) -> dict:
    return {"type": type_, "actor": actor, "target": None, "trigger": sentence.split()[1],
            "sentence": sentence, "modality": "asserted"}


def _record(id_: str, events: list[dict]) -> dict:
    return {"id": id_, "text": TEXT, "entities": [], "claims": [], "events": events}


def test_per_article_counts_true_predicted_and_gold_events(tmp_path: Path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    attack = _event("ASSAULT", "Russia", "Russia attacked Ukraine.")
    praise = _event("SUPPORT", "France", "France praised Germany.")
    (gold_dir / "a.json").write_text(json.dumps(_record("voa-1", [attack, praise])))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_record("voa-1", [attack, _event("ACCUSE", "France", "France praised Germany.")])) + "\n")

    rows = sampling.per_article(gold_dir, pred)

    assert rows == [("voa-1", len(TEXT.split()), (1, 2, 2))]
    assert sampling.pooled_f1(rows) == 0.5


def test_a_band_spans_the_spread_of_its_articles_and_narrows_with_size():
    rows = [(f"voa-{i}", 100, (i % 5, 4, 4)) for i in range(40)]
    low, middle, high = sampling.band(rows, 4, 2000, 0)
    assert 0 <= low < middle < high <= 1
    wide = high - low
    low, _, high = sampling.band(rows, 30, 2000, 0)
    assert high - low < wide
