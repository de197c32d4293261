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

    fine = Article(id="fine", text="Talks resumed in Geneva.")
    # the pipeline loaded and its caches filled before the clock runs: the limit is then
    # the stuck article's alone, with room for the fine one on a busy machine (a cold
    # first article or a 0.5 s limit failed under load)
    assert list(core.extract([fine]))[0].id == "fine"
    monkeypatch.setattr(summary, "summarize", stuck_on_oslo)
    monkeypatch.setattr(core, "settings", replace(core.settings, article_time_limit_s=2.0))
    outcomes = list(core.extract([Article(id="stuck", text="Talks resumed in Oslo."), fine]))
    assert isinstance(outcomes[0], ExtractionError) and "longer than 2 s" in outcomes[0].problem
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


# -- giant texts (issue 8, item 1) ----------------------------------------------------

PARAGRAPH = ("Police arrested the opposition leader Amina Yusuf in Nairobi on Monday, officials said. "
             "The Kenyan government accused her of organising protests.\n\n")


def test_limits_chunks_join_back_to_the_text_and_cut_at_paragraphs():
    from newstrace.nlp import chunks

    text = PARAGRAPH * 40
    pieces = chunks(text, 1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces)


def test_limits_text_over_spacy_max_length_is_parsed_in_chunks_with_offsets_kept(core, nlp, monkeypatch):
    """Before: spaCy's E088 for one text stopped the whole batch, so nothing was written."""
    monkeypatch.setattr(nlp, "max_length", 3000)  # stands for spaCy's 1,000,000 characters
    big = Article(id="big", text=PARAGRAPH * 30)
    ok = Article(id="ok", text=PARAGRAPH)
    outcomes = list(core.extract([ok, big, Article(id="ok2", text=PARAGRAPH)]))
    assert [o.id for o in outcomes] == ["ok", "big", "ok2"]
    record = outcomes[1]
    person = next(e for e in record.entities if e.name == "Amina Yusuf")
    assert len(person.mentions) == 30
    assert all(big.text[s:e] == "Amina Yusuf" for s, e in person.mentions)
    assert record.events and all(big.text[s:e] == ev.sentence
                                            for ev in record.events for s, e in [ev.sentence_span])


def test_limits_text_over_max_text_chars_is_refused_by_name_and_the_rest_goes_on():
    from newstrace import Newstrace, Settings

    core = Newstrace(Settings.load(max_text_chars=2000))
    outcomes = list(core.extract([Article(id="ok", text=PARAGRAPH), Article(id="giant", text=PARAGRAPH * 30)]))
    refused = [o for o in outcomes if isinstance(o, ExtractionError)]
    assert [o.id for o in outcomes if not isinstance(o, ExtractionError)] == ["ok"]
    assert len(refused) == 1 and refused[0].article_id == "giant"
    assert "max_text_chars" in str(refused[0]) and "\n" not in str(refused[0])


def test_limits_ingest_stores_every_other_article_beside_a_giant_one(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newstrace.cli import app
    from newstrace.store import Store

    monkeypatch.setenv("NEWSTRACE_MAX_TEXT_CHARS", "2000")
    for i in range(3):
        (tmp_path / "in" / f"ok{i}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"ok{i}.txt").write_text(f"Story {i}. " + PARAGRAPH, encoding="utf-8")
    (tmp_path / "in" / "big.txt").write_text(PARAGRAPH * 30, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if "big" in line and "max_text_chars" in line]
    with Store(db) as store:
        assert store.counts()["articles"] == 3


def test_limits_run_ends_read_from_the_arrays_are_the_token_walks(nlp):
    """Where :func:`newstrace.nlp.mark_long_runs` may end a run (read from the Doc's
    arrays) against the Token walk it replaced: a terminal mark, or a space token
    holding a line break."""
    from newstrace.nlp import TERMINAL, _sentence_end_positions

    for text in ["a . b\n\nc … d ; e ! f ? g \n h", "\n\n\n", "word " * 50 + "\n" + "x " * 10, "end.",
                 " \n . \t\n…", "No break at all", PARAGRAPH * 3, _run_without_punctuation(400)]:
        doc = nlp.make_doc(text)
        walked = [t.i for t in doc if t.text in TERMINAL or (t.is_space and "\n" in t.text)]
        assert _sentence_end_positions(doc) == walked, text[:40]


@pytest.mark.parametrize("text", ["", "  \n"])
def test_limits_an_empty_text_is_refused_by_name(core, text):
    with pytest.raises(ValueError, match="note: is empty"):
        core.extract_text(text, id="note")
