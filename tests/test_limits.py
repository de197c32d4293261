import time

import pytest

from newstrace.app import ExtractionError
from newstrace.limits import TimeLimitExceeded, time_limit
from newstrace.record import Article


def test_limits_time_limit_interrupts_a_stuck_block():
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.2):
            while True:
                pass
    assert time.perf_counter() - started < 2


def test_limits_a_stuck_article_is_reported_and_the_batch_goes_on(core, monkeypatch):
    from dataclasses import replace

    from newstrace import pipeline

    real = pipeline.build_record

    def stuck_on_first(article, doc, settings):
        while article.id == "stuck":
            pass
        return real(article, doc, settings)

    monkeypatch.setattr(pipeline, "build_record", stuck_on_first)
    monkeypatch.setattr(core, "settings", replace(core.settings, article_time_limit_s=0.5))
    outcomes = list(core.extract([Article(id="stuck", text="Talks resumed in Oslo."),
                                  Article(id="fine", text="Talks resumed in Geneva.")]))
    assert isinstance(outcomes[0], ExtractionError) and "longer than 0.5 s" in outcomes[0].problem
    assert outcomes[1].id == "fine"


# -- a run of text without sentence ends (issue 8, item 10) ---------------------------

JUNK_WORDS = ("officials said the army attacked the village and police arrested protesters while the minister "
              "accused rebels of shelling the town").split()


def _run_without_punctuation(chars: int) -> str:
    words, n = [], 0
    while n < chars:
        words.append(JUNK_WORDS[len(words) % len(JUNK_WORDS)])
        n += len(words[-1]) + 1
    return " ".join(words)


def test_limits_a_run_without_sentence_ends_gives_no_events_or_claims(core):
    """Thousands of tokens without a full stop are no prose: the extractors skip them
    (before: hundreds of junk events and claims), and the real sentence after still counts."""
    real = "Police arrested the opposition leader in Nairobi on Monday."
    text = _run_without_punctuation(20_000) + ". " + real
    started = time.perf_counter()
    rec = core.extract_text(text, published="2024-11-29")
    assert [e.sentence for e in rec.events] == [real]
    assert rec.claims == []
    assert real in rec.summary and len(rec.summary) < 1000
    assert time.perf_counter() - started < 30


def test_limits_sentences_over_the_cap_are_not_read(nlp):
    from newstrace.nlp import max_sentence_tokens, readable

    doc = nlp(_run_without_punctuation(10_000) + ". A short sentence follows.")
    sentences = list(doc.sents)
    assert all(len(s) <= max_sentence_tokens() for s in sentences)  # cut before the parser
    assert not any(readable(s) for s in sentences[:-1])
    assert readable(sentences[-1])
