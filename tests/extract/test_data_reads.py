"""Lexicons, word lists, gazetteers and model weights are read once per process.

Each is asked for once per candidate word, name or sentence: a loader that loses its
cache (a merge once moved a ``@cache`` onto the wrong function) re-reads its file tens of
thousands of times over a corpus and doubles a stage's CPU without changing one record.
Only this test sees it: the second article a process reads opens no file at all.
"""
from __future__ import annotations

import builtins
import io

ARTICLE = (
    "SEOUL (Reuters) - Russian Defence Minister Sergei Shoigu arrived in Pyongyang on {day} and met "
    "North Korean leader Kim Jong Un, the Korean Central News Agency (KCNA) said. "
    "\"We will strengthen our cooperation,\" Shoigu told reporters at the airport. "
    "Kim said the missile test last week was a success, according to the agency. "
    "Experts said Pyongyang may be supplying artillery shells to Moscow, which both deny. "
    "South Korea's military accused the North of sending 10,000 troops to the Kursk region in March. "
    "The United Nations Security Council will meet in New York on Friday, officials said."
)


def files_opened_while(action, monkeypatch) -> list[str]:
    opened: list[str] = []
    real_open = builtins.open

    def recording_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    # pathlib and importlib.resources read through io.open, numpy and others through open
    monkeypatch.setattr(builtins, "open", recording_open)
    monkeypatch.setattr(io, "open", recording_open)
    try:
        action()
    finally:
        monkeypatch.undo()
    return opened


def test_a_second_article_opens_no_file(core, monkeypatch):
    core.extract_text(ARTICLE.format(day="Tuesday"), title="Shoigu in Pyongyang")
    records = []
    opened = files_opened_while(
        lambda: records.append(core.extract_text(ARTICLE.format(day="Wednesday"), title="Shoigu in Pyongyang")),
        monkeypatch)
    record = records[0]
    assert record.entities and record.claims and record.events, "the article must exercise every stage"
    assert opened == [], f"files read again for a second article: {sorted(set(opened))}"


def test_the_recorder_sees_a_loader_that_lost_its_cache(core, monkeypatch):
    # The check above is only worth something if a re-read goes through the recorded door.
    from newstrace.extract.names import title_words

    core.extract_text(ARTICLE.format(day="Tuesday"))

    def without_the_cache():
        title_words.cache_clear()
        core.extract_text(ARTICLE.format(day="Wednesday"))

    assert any(path.endswith("titles.txt") for path in files_opened_while(without_the_cache, monkeypatch))
