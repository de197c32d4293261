"""The gate's own rules, on made-up counts: a found item fewer fails; a part's F1 may fall by
what ``JUNK_SLACK`` junk items cost, on a set of any size, no further; pins never get worse."""
from __future__ import annotations

import pytest

from tests.quality.gate import JUNK_SLACK, failures, ratchet

PIN = {"events_tp": 50, "events_fp": 50, "certainty_right": 10}


def today(tp: int = 50, fp: int = 50, right: int = 10, gold: int = 100) -> dict[str, int]:
    return {"events_tp": tp, "events_fp": fp, "events_gold": gold, "certainty_right": right}


def test_gate_one_found_item_fewer_fails():
    assert failures(today(tp=49, fp=45), PIN) == ["events_tp 49 (floor 50)"]


def test_gate_one_right_certainty_fewer_fails():
    assert failures(today(right=9), PIN) == ["certainty_right 9 (floor 10)"]


@pytest.mark.parametrize("gold", [60, 100, 1000])
def test_gate_junk_within_the_slack_passes_on_a_set_of_any_size(gold):
    assert failures(today(fp=50 + JUNK_SLACK, gold=gold), PIN) == []


@pytest.mark.parametrize("gold", [60, 100, 1000])
def test_gate_junk_beyond_the_slack_fails_on_a_set_of_any_size(gold):
    (failure,) = failures(today(fp=51 + JUNK_SLACK, gold=gold), PIN)
    assert failure.startswith("events F1 ")


def test_gate_a_found_item_buys_room_for_one_more_junk_item():
    assert failures(today(tp=51, fp=51 + JUNK_SLACK), PIN) == []


def test_ratchet_pins_a_better_part_and_keeps_the_pin_of_a_worse_one():
    assert ratchet(today(tp=52, fp=50), PIN)["events_tp"] == 52
    kept = ratchet(today(fp=51, right=11), PIN)
    assert (kept["events_tp"], kept["events_fp"], kept["certainty_right"]) == (50, 50, 11)
