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

    from newstrace.extract import summary

    real = summary.summarize

    def stuck_on_oslo(doc, n_sentences):  # the summary stage, last of all, never returns on one article
        while "Oslo" in doc.text:
            pass
        return real(doc, n_sentences)

    monkeypatch.setattr(summary, "summarize", stuck_on_oslo)
    monkeypatch.setattr(core, "settings", replace(core.settings, article_time_limit_s=0.5))
    outcomes = list(core.extract([Article(id="stuck", text="Talks resumed in Oslo."),
                                  Article(id="fine", text="Talks resumed in Geneva.")]))
    assert isinstance(outcomes[0], ExtractionError) and "longer than 0.5 s" in outcomes[0].problem
    assert outcomes[1].id == "fine"
