"""What happened to an article that could not go all the way: the batch goes on without it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class ArticleFailure:
    article_id: str
    problem: str
    what: ClassVar[str] = "failed"

    def __str__(self) -> str:
        return f"{self.article_id}: {self.what} ({self.problem})"


class ExtractionError(ArticleFailure):
    """An article that was read but could not be analysed."""

    what = "extraction failed"


class WriteError(ArticleFailure):
    """An article that was extracted but could not be stored."""

    what = "not stored"
