"""The spaCy pipeline: the model's components, then newstrace's reading stages
(:mod:`newstrace.extract.components`), loaded once per model and set of stages, fed
articles in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING

from newstrace.errors import ModelNotFound

__all__ = ["ModelNotFound", "doc_text", "load", "make_doc", "pipe"]

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newstrace.record import Article


@cache
def _load(model: str, stages: tuple[tuple[str, str], ...], summary_sentences: int | None) -> Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed: install it (e.g. `pip install {model}`) "
            f"or set NEWSTRACE_MODEL to one that is ({exc})"
        ) from None
    if stages:
        from newstrace.extract.components import add_stages

        add_stages(nlp, dict(stages), summary_sentences=summary_sentences)
    return nlp


def load(model: str, stages: Mapping[str, str] | None = None, *, summary_sentences: int | None = None) -> Language:
    """The model ``model`` (bare when ``stages`` is empty), with the reading stages
    ``stages`` maps to their factories (see :mod:`newstrace.extract.components`)."""
    return _load(model, tuple(sorted((stages or {}).items())), summary_sentences)


def make_doc(nlp: Language, article: Article, time_limit_s: float = 0.0) -> Doc:
    """A tokenised Doc for ``article``, with what the stages need to know about it."""
    from newstrace.extract import doc as _doc  # noqa: F401  (declares the Doc attributes)

    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.time_limit_s = time_limit_s
    doc.user_data["newstrace.text"] = article.text
    return doc


def pipe(articles: Iterable[Article], *, model: str, batch_size: int, stages: Mapping[str, str] | None = None,
         time_limit_s: float = 0.0, summary_sentences: int | None = None) -> Iterator[tuple[Article, Doc]]:
    nlp = load(model, stages, summary_sentences=summary_sentences)
    pairs = ((make_doc(nlp, a, time_limit_s), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds the string from every token on
    each access, and every extractor needs it."""
    text = doc.user_data.get("newstrace.text")
    if text is None:
        text = doc.user_data["newstrace.text"] = doc.text
    return text
