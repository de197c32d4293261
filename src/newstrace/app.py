"""The one core object that the CLI, the Python API and the tests all build."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newstrace import pipeline
from newstrace.evaluate import Report, load_gold, score
from newstrace.record import Article, Record
from newstrace.settings import Settings
from newstrace.sources import SourceError, read_inputs


@dataclass(frozen=True)
class ExtractionError:
    """An article that was read but could not be analysed; the batch goes on without it."""

    article_id: str
    problem: str

    def __str__(self) -> str:
        return f"{self.article_id}: extraction failed ({self.problem})"


Outcome = Record | SourceError | ExtractionError


class Newstrace:
    """Reads articles, turns them into records, and scores records against gold."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.load()

    def read(self, inputs: Iterable[str | Path]) -> Iterator[Article | SourceError]:
        return read_inputs(inputs)

    def extract(self, articles: Iterable[Article | SourceError]) -> Iterator[Outcome]:
        """Records for the articles, in order; read errors pass through, and an article
        whose analysis fails becomes an ExtractionError instead of stopping the batch."""
        errors: list[SourceError] = []

        def articles_only() -> Iterator[Article]:
            for item in articles:
                if isinstance(item, SourceError):
                    errors.append(item)
                else:
                    yield item

        from newstrace import nlp

        docs = nlp.pipe(articles_only(), model=self.settings.model, batch_size=self.settings.batch_size)
        for article, doc in docs:
            while errors:
                yield errors.pop(0)
            try:
                yield pipeline.build_record(article, doc, self.settings)
            except Exception as exc:  # one bad article never stops a batch
                yield ExtractionError(article.id, f"{type(exc).__name__}: {exc}")
        yield from errors

    def extract_paths(self, inputs: Iterable[str | Path]) -> Iterator[Outcome]:
        return self.extract(self.read(inputs))

    def extract_text(self, text: str, **metadata: str | None) -> Record:
        """One record from one text: the shortest way in for Python users."""
        article = Article(id=metadata.pop("id", None) or "text", text=text, **metadata)
        outcome = next(self.extract([article]))
        if isinstance(outcome, Record):
            return outcome
        raise ValueError(str(outcome))

    def evaluate(self, gold_path: Path) -> tuple[Report, list[Record]]:
        """Extract the gold articles' texts (with their metadata) and score the records."""
        golds = load_gold(gold_path)
        articles = [
            Article(id=str(g["id"]), title=g.get("title"), url=g.get("url"), source=g.get("source"),
                    published=g.get("published"), text=g["text"])
            for g in golds
        ]
        records = [r for r in self.extract(articles) if isinstance(r, Record)]
        return score(golds, [r.to_json_dict() for r in records]), records
