"""The gate's own rules, on made-up counts: one item worse fails, with no margin."""
from __future__ import annotations

from tests.quality.gate import failures


def test_gate_one_true_positive_fewer_fails():
    assert failures({"events_tp": 43}, {"events_tp": 44}) == ["events_tp 43 (floor 44)"]


def test_gate_one_false_positive_more_fails():
    assert failures({"claims_fp": 1}, {"claims_fp": 0}) == ["claims_fp 1 (ceiling 0)"]


def test_gate_better_counts_pass():
    assert failures({"events_tp": 45, "claims_fp": 0}, {"events_tp": 44, "claims_fp": 2}) == []
