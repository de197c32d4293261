"""Short cuts the reading stages take for speed, checked against the plain rule they
stand for (no model needed): the whole-word search for names missed by NER, the hedge
words asked first."""
from __future__ import annotations

import random
import re

import spacy
from spacy.tokens import Doc

from newstrace.extract.claims import _hedge_level
from newstrace.extract.cues import lexicon
from newstrace.extract.entities import whole_word_occurrences


def test_whole_word_occurrences_are_what_one_alternation_finds():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab- _.é1") for _ in range(rng.randint(0, 30)))
        forms = sorted(dict.fromkeys("".join(rng.choice("ab-é. ") for _ in range(rng.randint(1, 4)))
                                     for _ in range(rng.randint(1, 5))), key=len, reverse=True)
        pattern = "|".join(re.escape(f) for f in forms)
        regex = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]
        assert whole_word_occurrences(text, forms) == regex, (text, forms)
    assert whole_word_occurrences("Kallaste met Kallas. Kallas-Li", ["Kallaste", "Kallas"]) == [(0, 8), (13, 19)]


def test_hedge_level_asks_only_listed_words():
    lex = lexicon()
    for level in ("doubtful", "possible", "probable"):
        table = lex.hedges.get(level, {})
        assert set(table.get("modals", ())) | set(table.get("words", ())) <= lex.hedge_words
        assert set(table.get("lemmas", ())) | set(table.get("nouns", ())) <= lex.hedge_lemmas
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["It", "probably", "rained", "maybe"], lemmas=["it", "probably", "rain", "maybe"],
              pos=["PRON", "ADV", "VERB", "ADV"], tags=["PRP", "RB", "VBD", "RB"],
              deps=["nsubj", "advmod", "ROOT", "advmod"], heads=[2, 2, 2, 2])
    assert [_hedge_level(t, lex) for t in doc] == ["certain", "probable", "certain", "possible"]
