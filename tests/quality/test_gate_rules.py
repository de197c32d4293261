"""The gate's own rules, on made-up counts: a found item fewer fails; junk has a slack of one."""
from __future__ import annotations

from tests.quality.gate import FP_SLACK, failures


def test_gate_one_true_positive_fewer_fails():
    assert failures({"events_tp": 43}, {"events_tp": 44}) == ["events_tp 43 (floor 44)"]


def test_gate_junk_within_the_slack_passes():
    assert FP_SLACK >= 1
    assert failures({"claims_fp": FP_SLACK}, {"claims_fp": 0}) == []


def test_gate_junk_beyond_the_slack_fails():
    over = FP_SLACK + 1
    assert failures({"claims_fp": over}, {"claims_fp": 0}) == [f"claims_fp {over} (ceiling 0 + {FP_SLACK})"]


def test_gate_better_counts_pass():
    assert failures({"events_tp": 45, "claims_fp": 0}, {"events_tp": 44, "claims_fp": 2}) == []
