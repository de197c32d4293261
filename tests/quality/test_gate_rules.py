"""The gate's own rules, on made-up counts: a found item fewer fails; a part's F1 may fall by
the slack (on 100 gold items at F1 0.5, two junk items), no further; pins never get worse."""
from __future__ import annotations

from tests.quality.gate import F1_SLACK, f1, failures, ratchet

PIN = {"events_tp": 50, "events_fp": 50, "certainty_right": 10}


def today(tp: int = 50, fp: int = 50, right: int = 10) -> dict[str, int]:
    return {"events_tp": tp, "events_fp": fp, "events_gold": 100, "certainty_right": right}


def test_gate_one_found_item_fewer_fails():
    assert failures(today(tp=49, fp=47), PIN) == ["events_tp 49 (floor 50)"]


def test_gate_one_right_certainty_fewer_fails():
    assert failures(today(right=9), PIN) == ["certainty_right 9 (floor 10)"]


def test_gate_one_junk_item_is_within_the_slack():
    assert f1(50, 50, 100) - f1(50, 51, 100) < F1_SLACK
    assert failures(today(fp=51), PIN) == []


def test_gate_on_a_small_set_one_junk_item_is_beyond_the_slack():
    # 20 gold items at F1 0.5: one junk item costs 0.012, more than the slack
    pin = {"events_tp": 10, "events_fp": 10}
    assert failures({"events_tp": 10, "events_fp": 11, "events_gold": 20}, pin) != []
    assert failures({"events_tp": 11, "events_fp": 11, "events_gold": 20}, pin) == []


def test_gate_junk_beyond_the_slack_fails():
    assert f1(50, 50, 100) - f1(50, 53, 100) > F1_SLACK
    assert failures(today(fp=53), PIN) == [f"events F1 {f1(50, 53, 100):.4f} (floor 0.5000 - {F1_SLACK})"]


def test_gate_a_found_item_with_a_junk_one_passes():
    assert failures(today(tp=51, fp=51), PIN) == []


def test_ratchet_pins_a_better_part_and_keeps_the_pin_of_a_worse_one():
    assert ratchet(today(tp=52, fp=50), PIN)["events_tp"] == 52
    kept = ratchet(today(fp=51, right=11), PIN)
    assert (kept["events_tp"], kept["events_fp"], kept["certainty_right"]) == (50, 50, 11)
