"""Short cuts the reading stages take for speed, checked against the plain rule they
stand for (no model needed): coreference's choice of words from the Doc's columns, the
whole-word search for names missed by NER, the hedge words asked first."""
from __future__ import annotations

import random
import re

import spacy
from spacy.tokens import Doc

from newstrace.extract import coref
from newstrace.extract.claims import _hedge_level
from newstrace.extract.cues import lexicon
from newstrace.extract.entities import EntityTable, whole_word_occurrences


def _plain_words_to_read(doc: Doc) -> list[int]:
    """The rule as it reads on Tokens."""
    pronouns, nouns = coref._words_resolved()
    out = []
    for token in doc:
        if token.pos_ in ("PRON", "DET"):
            if token.lower_ in pronouns:
                out.append(token.i)
        elif token.pos_ in ("NOUN", "PROPN"):
            if token.lemma_.lower() in nouns or token.lower_ in nouns or token.pos_ == "PROPN" and (
                    token.dep_ in ("nsubj", "poss") or token.dep_ == "pobj" and token.head.dep_ == "agent"):
                out.append(token.i)
    return out


def test_coref_words_from_columns_are_those_the_rule_picks():
    vocab = spacy.blank("en").vocab
    rows = [  # word, lemma, pos, dep, head
        ("Moscow", "Moscow", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("Government", "government", "NOUN", "nsubj", 4),
        ("was", "be", "AUX", "ccomp", 1), ("condemned", "condemn", "VERB", "acomp", 4),
        ("by", "by", "ADP", "agent", 5), ("Kyiv", "Kyiv", "PROPN", "pobj", 6),
        ("and", "and", "CCONJ", "cc", 7), ("its", "its", "PRON", "poss", 10),
        ("Officials", "official", "NOUN", "conj", 7), ("He", "he", "PRON", "nsubj", 1),
        ("This", "this", "DET", "det", 13), ("Paris", "Paris", "PROPN", "dobj", 1),
        ("Rome", "Rome", "PROPN", "pobj", 6), ("'s", "'s", "PART", "case", 14), (".", ".", "PUNCT", "punct", 1),
    ]
    doc = Doc(vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    doc._.entities = EntityTable([])
    got = coref._Resolver(doc)._words_to_read()
    assert got == _plain_words_to_read(doc)
    assert {0, 3, 7, 9, 10, 11} <= set(got) and 13 not in got  # a capital as subject or agent; not as object


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
