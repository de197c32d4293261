"""Settings: shipped defaults in ``data/settings.toml``, overridden by environment."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from typing import Any

from newstrace.errors import SettingsError

SettingError = SettingsError  # the name of the first version, still used by callers


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
    # reading stage -> registered factory name (see newstrace.extract.components)
    components: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        text = resources.files("newstrace").joinpath("data/settings.toml").read_text("utf-8")
        values: dict[str, Any] = tomllib.loads(text)
        for f in fields(cls):
            env = os.environ.get(f"NEWSTRACE_{f.name.upper()}")
            if env is None:
                continue
            if f.name == "components":
                values[f.name] = {**values[f.name], **_pairs(env)}
            else:
                try:
                    values[f.name] = type(values[f.name])(env)
                except ValueError:
                    raise SettingsError(f"NEWSTRACE_{f.name.upper()}={env!r}: expected a "
                                        f"{type(values[f.name]).__name__}") from None
        settings = cls(**values)
        changes: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **changes)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages the extractors read (``read_languages``, comma-separated codes)."""
        return tuple(code.strip().lower() for code in self.read_languages.split(",") if code.strip())

    def stage_factories(self) -> dict[str, str]:
        """The factory of each reading stage; stages set to "" are left out."""
        return {stage: factory for stage, factory in self.components.items() if factory}


def _pairs(text: str) -> dict[str, str]:
    """``"events=mylab_events_v1,claims=newstrace_claims_rules_v1"`` -> a dict."""
    out = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        stage, sep, factory = item.partition("=")
        if not sep:
            raise SettingsError(f"NEWSTRACE_COMPONENTS: {item!r} is not stage=factory")
        out[stage.strip()] = factory.strip()
    return out
