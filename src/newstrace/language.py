"""Which language an article is written in, told from its text by py3langid (an
offline naive Bayes model shipped inside the package, 97 languages).

The extractors read English only: spaCy's English pipeline run on Arabic or French
text yields junk (Arabic "officials said" tagged as a PERSON), so an article in another
language is stored with its detected ``language`` and no entities, events or claims.
"""
from __future__ import annotations

from functools import cache

from newstrace.record import Article

# The first characters are enough to tell a language; the rest only costs time (the
# classifier reads every character). 1,000 decide as 5,000 did on all 276 corpus
# articles, the 772 ECB+ articles and the robustness and test inputs, with the same
# confidences for the least sure ones, at a third of the cost (benchmarks/throughput).
SAMPLE_CHARS = 1000


@cache
def _identifier():
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newstrace.data import load_toml

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(load_toml("languages.toml")["candidates"])
    # the candidates' columns of the model come out of ``set_languages`` in column-major
    # order, and each text's scores gather ~500 of its rows: the same values laid out
    # row by row gather in two thirds of the time (the gathered rows, and so the scores,
    # are the same array either way)
    identifier.nb_ptc = np.ascontiguousarray(identifier.nb_ptc)
    return identifier


def detect(text: str, *, min_confidence: float) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or
    mixed to tell with ``min_confidence`` (a headline of names says little)."""
    language, confidence = _identifier().classify(text[:SAMPLE_CHARS])
    return language if confidence >= min_confidence else None


def with_language(article: Article, *, min_confidence: float) -> Article:
    """The article with ``language`` as its text shows it; as the source said (or the
    default) when detection is unsure."""
    found = detect(article.text, min_confidence=min_confidence)
    if found is None or found == article.language:
        return article
    return article.model_copy(update={"language": found})
