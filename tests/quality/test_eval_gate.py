"""CI fails when quality on a gold set drops below its pins (see gate.py), and when
``newstrace eval`` stops agreeing with the project's reference scorer."""
from __future__ import annotations

import filecmp
import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.quality.gate import BASELINE, GOLD_SETS, OPTIONAL, counts, failures, gold_sha

pytestmark = pytest.mark.model

REFERENCE = Path(__file__).with_name("reference") / "score.py"
SHARED_REFERENCE = GOLD_SETS["shared-dev"].parent / "score.py"


def _gold(name: str) -> Path:
    path = GOLD_SETS[name]
    if not path.is_dir():
        assert name in OPTIONAL, f"gold set {path} is missing"
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="module")
def reports(core):
    cache: dict[str, object] = {}

    def report(name: str):
        if name not in cache:
            cache[name] = core.evaluate(_gold(name))[0]
        return cache[name]

    return report


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_eval_gate_gold_set_is_the_one_the_pins_were_set_on(name):
    pinned = json.loads(BASELINE.read_text())[name]
    assert gold_sha(_gold(name)) == pinned["gold_sha256"], \
        f"gold set {name} changed: re-pin with python tests/quality/gate.py --update"


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_eval_gate_counts_stay_within_pins(reports, name):
    pins = json.loads(BASELINE.read_text())[name]["pins"]
    assert not failures(counts(reports(name)), pins)


def test_eval_gate_copied_dev_gold_is_not_empty():
    files = sorted(GOLD_SETS["dev"].glob("*.json"))
    assert len(files) >= 5 and all(json.loads(f.read_text())["text"] for f in files)


# -- parity with the reference scorer -------------------------------------------------


def _reference_scorer():
    spec = importlib.util.spec_from_file_location("newstrace_reference_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_eval_reference_scorer_copy_is_current():
    if not SHARED_REFERENCE.is_file():
        pytest.skip("../shared/eval/score.py not present")
    assert filecmp.cmp(REFERENCE, SHARED_REFERENCE, shallow=False), \
        "shared/eval/score.py changed: copy it to tests/quality/reference/score.py"


@pytest.mark.parametrize("name", ["dev", "heldout2"])
def test_eval_cli_agrees_with_reference_scorer(name, tmp_path, capsys):
    from newstrace.cli import app

    gold = _gold(name)
    pred = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold), "--json", "--out", str(pred)])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output.strip().splitlines()[-1])
    _reference_scorer().main([str(gold), str(pred), "--json"])
    reference = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for part in ("entities", "claims", "events", "events_strict"):
        assert {k: ours[part][k] for k in ("tp", "pred", "gold")} == \
               {k: reference[part][k] for k in ("tp", "pred", "gold")}, part
    assert ours["certainty_acc"] == reference["certainty_acc"]
    assert ours["modality_acc"] == reference["modality_acc"]
    for what in ("date", "location", "country"):
        assert ours[f"{what}_acc"] == reference[f"{what}_acc"], what
    assert ours["articles"] == reference["articles"]
