"""Settings: shipped defaults in ``data/settings.toml``, overridden by environment."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources


class SettingError(ValueError):
    """A setting (an environment variable) with a value of the wrong kind: one line naming it."""


@dataclass(frozen=True)
class Settings:
    model: str
    batch_size: int
    summary_sentences: int
    article_time_limit_s: float
    max_sentence_tokens: int
    read_languages: str
    chunk_chars: int
    max_text_chars: int
    language_min_confidence: float

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        text = resources.files("newstrace").joinpath("data/settings.toml").read_text("utf-8")
        values: dict[str, object] = tomllib.loads(text)
        for f in fields(cls):
            env = os.environ.get(f"NEWSTRACE_{f.name.upper()}")
            if env is not None:
                try:
                    values[f.name] = type(values[f.name])(env)
                except ValueError:
                    raise SettingError(f"NEWSTRACE_{f.name.upper()}={env!r}: expected a "
                                       f"{type(values[f.name]).__name__}") from None
        settings = cls(**values)  # type: ignore[arg-type]
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages the extractors read (``read_languages``, comma-separated codes)."""
        return tuple(code.strip().lower() for code in self.read_languages.split(",") if code.strip())
