"""benchmarks/events/judge_curve.py: stratified nested draws, the slope, and a worker that
prints pooled counts alone, on a hand-made gold folder."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("judge_curve", ROOT / "benchmarks/events/judge_curve.py")
curve = importlib.util.module_from_spec(spec)
spec.loader.exec_module(curve)

IDS = [f"voa-{i}" for i in range(6)] + [f"wn-{i}" for i in range(6)] + [f"ecb-{i}" for i in range(4)] + ["misc-1"]
STRATA = curve.parse_pairs(curve.STRATA)


def test_strata_by_prefix_and_the_rest_apart():
    by = curve.strata_of(IDS, STRATA)
    assert len(by["politics"]) == 12 and len(by["ecb"]) == 4 and by["other"] == ["misc-1"]


def test_draws_keep_each_stratum_share_and_nest():
    by = curve.strata_of(IDS, STRATA)
    draws = {f: set(curve.draw(by, 1, f)) for f in (0.25, 0.5, 0.75, 1.0)}
    assert sum(i.startswith("ecb") for i in draws[0.5]) == 2
    assert sum(i.startswith(("voa", "wn")) for i in draws[0.5]) == 6
    assert draws[0.25] <= draws[0.5] <= draws[0.75] <= draws[1.0] == set(IDS)
    assert curve.draw(by, 1, 0.5) == curve.draw(by, 1, 0.5)  # the seed fixes it
    assert any(set(curve.draw(by, s, 0.5)) != draws[0.5] for s in range(2, 6))


def test_a_varied_stratum_is_drawn_and_the_others_kept_whole():
    by = curve.strata_of(IDS, STRATA)
    none = curve.draw(by, 1, counts={"ecb": 0})
    two = curve.draw(by, 1, counts={"ecb": 2})
    assert not any(i.startswith("ecb") for i in none) and len(none) == 13
    assert set(none) < set(two) and sum(i.startswith("ecb") for i in two) == 2
    with pytest.raises(SystemExit):
        curve.draw(by, 1, counts={"ecb": 5})


def test_slope_pool_and_f1():
    assert curve.slope([(0, 1.0), (100, 3.0), (200, 5.0)]) == pytest.approx(0.02)
    assert curve.slope([(50, 1.0), (50, 2.0)]) == 0.0
    parts = [dict(tp=1, pred=2, gold=3, mod_right=1, mod_n=1), dict(tp=2, pred=2, gold=2, mod_right=1, mod_n=2)]
    assert curve.pool(parts) == dict(tp=3, pred=4, gold=5, mod_right=2, mod_n=3)
    assert curve.f1(3, 4, 5) == pytest.approx(2 * 3 / 9)
    assert curve.f1(0, 4, 5) == 0.0


def test_the_worker_prints_counts_and_nothing_of_the_articles(tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    text = "Zarvian troops shelled the border town on Monday, the ministry of Orlend said."
    event = {"type": "ASSAULT", "actor": "Zarvian troops", "target": None, "trigger": "shelled",
             "sentence": text, "modality": "asserted"}
    (gold / "secret-id-1.json").write_text(json.dumps(
        {"id": "secret-id-1", "text": text, "entities": [], "claims": [], "events": [event]}))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), NEWSTRACE_QUIET="1", NEWSTRACE_COMPONENTS="triggers=")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks/events/judge_curve.py"), "--worker", str(gold)],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert "secret" not in done.stdout.replace(str(gold), "") and "Zarvian" not in done.stdout
    counts = json.loads(done.stdout)[str(gold)]
    assert set(counts) == set(curve.COUNTS) and counts["gold"] == 1
