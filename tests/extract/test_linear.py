"""The reading stages stay linear in an article's length.

Counted, not timed: the lines of newstrace's own code that run (``sys.settrace``, other
code not traced) while the stages read a text of one news passage repeated 25 times,
then 200 times. Linear work grows 8-fold; a step that compares every claim, quote or
mention with every other grows about 64-fold and takes the whole over the bound (the
code before this test ran 25.6 times the lines; 150 KB of such text took it 95 s). The passage
has a quotation, a claim, a country, a date and events, so every stage has work.
"""
from __future__ import annotations

import sys
from pathlib import Path

import newstrace
from newstrace import nlp as nlp_module
from newstrace.extract.components import stage_pipes
from newstrace.record import Article

SOURCE = str(Path(newstrace.__file__).resolve().parent)
PASSAGE = ('"We will not retreat from Donetsk," Ukrainian President Volodymyr Zelenskyy said on Tuesday in Kyiv. '
           "Russian troops attacked positions near the border, killing 12 soldiers, officials said, "
           "while China called for talks. ")


def _lines_read(core, repeats: int) -> int:
    s = core.settings
    language = nlp_module.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    stages = stage_pipes(language)
    doc = nlp_module.make_doc(language, Article(id="long", text=PASSAGE * repeats, published="2024-03-01"))
    doc = next(language.pipe([doc], disable=stages))
    count = 0

    def line(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return line

    def call(frame, event, arg):
        return line if frame.f_code.co_filename.startswith(SOURCE) else None

    sys.settrace(call)
    try:
        for name in stages:
            doc = language.get_pipe(name)(doc)
    finally:
        sys.settrace(None)
    assert doc._.failure is None
    # every stage had work: a claim and a quotation per passage, events (told again, merged)
    assert len(doc.spans["claims"]) >= 3 * repeats and len(doc.spans["quotes"]) == repeats and len(doc.spans["events"])
    return count


def test_reading_grows_linearly_with_the_text(core):
    list(core.extract([Article(id="warm", text=PASSAGE * 2, published="2024-03-01")]))  # lazy tables, caches
    short, long = _lines_read(core, 25), _lines_read(core, 200)
    assert long / short < 12, f"8 times the text ran {long / short:.1f} times the lines ({short:,} -> {long:,})"
