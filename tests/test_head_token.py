"""training/corpus.py's head_token: the one word of a gold trigger phrase the detector learns
is the word that tells the act (and the word benchmarks/events/errors.py reports)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _corpus():
    spec = importlib.util.spec_from_file_location("training_corpus", ROOT / "training" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("text, trigger, head", [
    # a noun the lexicon names only as a verb is not the act: the verb is
    ("The soldier was killed by special forces near the border.", "was killed by special forces", "killed"),
    ("Youths hurled petrol bombs at the police station.", "hurled petrol bombs", "hurled"),
    # a light verb's object is not the act when the lexicon names it as no noun ("bar" is a verb)
    ("The judge put the smuggler behind bars for a decade.", "put the smuggler behind bars", "put"),
    # a phrasal verb: the verb, not its particle
    ("The rebels fought back against the army.", "fought back", "fought"),
    # a copula: its predicate, not the copula
    ("The senator said the mayor is the aggressor.", "is the aggressor", "aggressor"),
    # a light verb and the event noun the lexicon names: the noun (as on main)
    ("The two leaders held talks in Geneva.", "held talks", "talks"),
])
def test_the_labelled_word_is_the_act(nlp, text, trigger, head):
    corpus = _corpus()
    doc = nlp(text)
    i = corpus.head_token(doc, (0, len(text)), trigger, corpus.trigger_lemmas())
    assert i is not None and doc[i].text == head
