"""training/detector.py's combine on a fold whose training lacked a type (cv on a small
subset): the rule's type has no probability, so it stays (no crash on labels.index)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.training_script import training_detector


def test_a_rule_type_the_fold_never_saw_keeps_the_rule():
    detector = training_detector()
    from newstrace.extract.events.detector import Detection

    labels = ("NONE", "ACCUSE", "REQUEST")
    detected = {3: Detection("ACCUSE", 0.9, np.array([0.0, 0.9, 0.1]), 20),
                5: Detection("ACCUSE", 0.9, np.array([0.0, 0.9, 0.1]), 20)}
    use = detector.Use(keep=0.1, keep_seen=5, add=0.95, retype=0.5)
    got = detector.combine({3: "PROTEST", 5: "REQUEST"}, detected, labels, use)
    assert got == {3: "PROTEST", 5: "ACCUSE"}  # PROTEST unseen: kept; REQUEST seen and much less likely: retyped


def test_a_cache_file_is_written_whole_or_not_at_all(tmp_path):
    # helpers' cross-validations share the training cache: a reader must never find half a file
    detector = training_detector()
    target = tmp_path / "doc.tensor.npy"
    detector.write_whole(target, lambda tmp: np.save(tmp, np.arange(3, dtype=np.float32)))
    assert np.load(target).tolist() == [0.0, 1.0, 2.0]

    def fails(tmp):
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        detector.write_whole(target, fails)
    assert np.load(target).tolist() == [0.0, 1.0, 2.0]  # the old file stands
    assert [p.name for p in tmp_path.iterdir()] == ["doc.tensor.npy"]  # and no partial one is left


def test_the_training_cache_folder_is_the_one_the_environment_names(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTRACE_TRAIN_CACHE", str(tmp_path / "mine"))
    assert training_detector().CACHE == tmp_path / "mine"
    monkeypatch.delenv("NEWSTRACE_TRAIN_CACHE")
    assert training_detector().CACHE == Path("/tmp/newstrace-train-cache")
