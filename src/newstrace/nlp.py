"""The spaCy pipeline: loaded once per model name, fed articles in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newstrace.record import Article


class ModelNotFound(RuntimeError):
    pass


@cache
def load(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed: install it (e.g. `pip install {model}`) "
            f"or set NEWSTRACE_MODEL to one that is ({exc})"
        ) from None


def pipe(articles: Iterable[Article], *, model: str, batch_size: int) -> Iterator[tuple[Article, Doc]]:
    nlp = load(model)
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        yield article, doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds the string from every token on
    each access, and every extractor needs it."""
    text = doc.user_data.get("newstrace.text")
    if text is None:
        text = doc.user_data["newstrace.text"] = doc.text
    return text
