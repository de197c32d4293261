"""Training and cross-validating the trigger detector give the same models run after run:
the training docs' cache keeps each parser's docs apart, and a word's features come in
an order no hash seed changes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.training_script import training_detector

ROOT = Path(__file__).resolve().parents[1]


def test_docs_of_two_parsers_are_cached_apart(tmp_path, monkeypatch):
    import spacy

    from newstrace import nlp as nlp_module
    from newstrace.settings import Settings

    training = training_detector()
    monkeypatch.setattr(training, "CACHE", tmp_path)
    text = "Police arrested Sgt. Miller after the march in the capital."
    record = {"id": "hand-1", "text": text, "events": [{"sentence": text, "trigger": "arrested", "type": "COERCE"}]}
    lexicon = training.corpus.trigger_lemmas()
    as_shipped, ours = spacy.load(Settings.load().model), nlp_module.load(Settings.load().model)
    # spaCy as shipped ends a sentence at the rank's stop; newstrace's tokenizer keeps "Sgt." whole
    assert len(list(as_shipped(text).sents)) == 2 and len(list(ours(text).sents)) == 1
    training.cached_doc(as_shipped, record, lexicon, training.corpus.Conversion())  # written first
    doc = training.cached_doc(ours, record, lexicon, training.corpus.Conversion())
    assert len(list(doc.sents)) == 1
    assert len(list(tmp_path.glob("*.spacy"))) == 2
    again = training.cached_doc(ours, record, lexicon, training.corpus.Conversion())  # read back
    assert [t.text for t in again] == [t.text for t in doc] and len(list(again.sents)) == 1


def test_training_and_benchmarks_parse_alike():
    # every script that trains on the gold docs parses them with base_nlp, the reader's
    # parser with its stages left out (not newstrace's bare loader, which lacks the lemmas)
    import re

    for script in ("training/endtoend.py", "benchmarks/events/errors.py", "benchmarks/events/learning_curve.py",
                   "benchmarks/coref/reader.py"):
        source = (ROOT / script).read_text(encoding="utf-8")
        calls = re.findall(r"cached_doc\((\w+(?:\.\w+)*(?:\(\))?)", source)
        assert calls, script
        for parser in calls:
            assert parser == "training.base_nlp()" or f"{parser} = training.base_nlp()" in source, (script, parser)


_FEATURES = """
from newstrace import nlp as nlp_module
from newstrace.extract.events import detector as det
from newstrace.settings import Settings
doc = nlp_module.load(Settings.load().model)("The two ministers will meet in Geneva next week.")
i = next(t.i for t in doc if t.lemma_ == "meet")
print(det.Context.of(doc).features_at(i))
"""


def test_a_words_features_come_in_one_order_whatever_the_hash_seed():
    # "meet" is named by rules of four types: its "lex=" features came in the order of a
    # set, which each hash seed changed (and the float sum of the weights with it)
    out = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        out.append(subprocess.run([sys.executable, "-c", _FEATURES], env=env, capture_output=True, text=True,
                                  check=True).stdout)
    assert out[0] == out[1] == out[2]
    lex = [f for f in eval(out[0]) if f.startswith("lex=")]
    assert len(lex) > 1 and lex == sorted(lex)


def test_training_docs_are_parsed_as_the_reader_parses(tmp_path, monkeypatch):
    # the detector learns a word by the lemma the reader will ask it about: "fined" is
    # "fine" there (data/lemmas.toml), not the rule lemmatizer's "fin"; and a headline
    # that runs into the text ends a sentence of its own, as in the reader's Doc
    from newstrace import nlp as nlp_module
    from newstrace.record import Article
    from newstrace.settings import Settings

    training = training_detector()
    monkeypatch.setattr(training, "CACHE", tmp_path)
    title = "Bakery fined over late wages"
    text = f"{title} A city bakery was fined by the labour board after workers went unpaid for months."
    record = {"id": "hand-2", "title": title, "text": text, "published": "2026-01-05",
              "events": [{"sentence": text[len(title) + 1:], "trigger": "fined", "type": "COERCE"}]}
    doc = training.cached_doc(training.base_nlp(), record, training.corpus.trigger_lemmas(),
                              training.corpus.Conversion())
    assert [t.lemma_ for t in doc if t.lower_ == "fined"] == ["fine", "fine"]
    assert doc[len(title.split())].is_sent_start
    reader = nlp_module.load(Settings.load().model, Settings.load().stage_factories())
    article = Article(id="hand-2", title=title, text=text, published="2026-01-05")
    read = reader(nlp_module.make_doc(reader, article))
    assert [(t.text, t.lemma_, t.is_sent_start) for t in doc] == [(t.text, t.lemma_, t.is_sent_start) for t in read]
