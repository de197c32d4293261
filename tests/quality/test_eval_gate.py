"""CI fails when dev-set quality drops below the pinned floors (see gate.py)."""
from __future__ import annotations

import json

import pytest

from tests.quality.gate import BASELINE, GOLD, figures, gold_sha


@pytest.fixture(scope="module")
def report(core):
    if not GOLD.is_dir():
        pytest.skip(f"gold set {GOLD} not present")
    return core.evaluate(GOLD)[0]


def test_eval_gate_gold_set_is_the_one_the_floors_were_pinned_on():
    if not GOLD.is_dir():
        pytest.skip(f"gold set {GOLD} not present")
    baseline = json.loads(BASELINE.read_text())
    assert gold_sha(GOLD) == baseline["gold_sha256"], "gold set changed: re-pin floors with gate.py --update"


@pytest.mark.parametrize("metric", ["entities_f1", "claims_f1", "events_f1", "certainty_acc", "modality_acc"])
def test_eval_gate_dev_figures_stay_above_floors(report, metric):
    floor = json.loads(BASELINE.read_text())["floors"][metric]
    assert figures(report)[metric] >= floor
