"""The training code (`training/detector.py`) loaded as a module for the tests that check it."""
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def training_detector() -> ModuleType:
    pytest.importorskip("sklearn")  # the train extra (not in CI)
    sys.path.insert(0, str(ROOT / "training"))
    spec = importlib.util.spec_from_file_location("training_detector", ROOT / "training" / "detector.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "training"))
    return module
