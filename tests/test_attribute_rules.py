"""The memoised attribute ruler (newstrace.attribute_rules) leaves every Doc as the stock
ruler does: same tags, parts of speech, morphology, lemmas and labels."""
from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newstrace.attribute_rules import MemoAttributeRuler, memoise_attribute_ruler

FIELDS = [TAG, POS, MORPH, LEMMA, DEP]


def _pair(patterns: list[dict]) -> tuple[spacy.language.Language, AttributeRuler, MemoAttributeRuler]:
    nlp = spacy.blank("en")
    stock = nlp.add_pipe("attribute_ruler")
    stock.add_patterns(patterns)
    memoise_attribute_ruler(nlp)
    memo = nlp.get_pipe("attribute_ruler")
    assert isinstance(memo, MemoAttributeRuler) and memo.stock is stock
    return nlp, stock, memo


def _doc(nlp, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


def _same(nlp, stock, memo, docs: list[Doc]) -> None:
    for _ in range(2):  # the first pass fills the table, the second reads it
        for doc in docs:
            a, b = stock(doc.copy()), memo(doc.copy())
            assert (a.to_array(FIELDS) == b.to_array(FIELDS)).all(), [t.text for t in doc]
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
            assert [str(t.morph) for t in a] == [str(t.morph) for t in b]


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "is", "TAG": "VBZ"}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},  # later wins
    {"patterns": [[{"LOWER": {"IN": ["it", "that"]}, "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": -1},
    {"patterns": [[{"TAG": "NN", "DEP": "nsubj"}]], "attrs": {"LEMMA": "thing"}},
]


def test_memo_ruler_sets_what_the_stock_ruler_sets_in_its_order():
    nlp, stock, memo = _pair(PATTERNS)
    assert memo.ready
    docs = [
        _doc(nlp, ["It", "is", "gon", "na", "rain"], ["PRP", "VBZ", "VBG", "TO", "VB"],
             ["nsubj", "aux", "ROOT", "aux", "xcomp"]),
        _doc(nlp, ["There", "is", "nothin'", "left"], ["EX", "VBZ", "NN", "VBN"], ["expl", "ROOT", "nsubj", "acl"]),
        _doc(nlp, ["that", "dog", "is", "big"], ["DT", "NN", "VBZ", "JJ"], ["nsubj", "nsubj", "ROOT", "acomp"]),
        _doc(nlp, ["gon", "na"], ["VBG", "TO"], ["ROOT", "aux"]),
        _doc(nlp, ["The", "na", "gon"], ["DT", "NN", "NN"], ["det", "ROOT", "dobj"]),
    ]
    _same(nlp, stock, memo, docs)
    # the rules of several words were applied where they match, and only there
    doc = memo(docs[0].copy())
    assert doc[3].lemma_ == "to" and doc[1].pos_ == "AUX" and doc[1].lemma_ == "be"
    assert str(doc[0].morph) == "Case=Nom"
    there = memo(docs[1].copy())
    assert there[1].pos_ == "VERB" and there[2].lemma_ == "thing" and there[2].pos_ == "NOUN"
    assert memo(docs[4].copy())[1].lemma_ != "to"


def test_memo_ruler_keys_forms_only_where_a_rule_names_them():
    nlp, stock, memo = _pair(PATTERNS)
    _same(nlp, stock, memo, [_doc(nlp, ["dog", "cat", "nuthin'"], ["NN", "NN", "NN"], ["ROOT", "dobj", "dobj"])])
    # "dog" and "cat" (named by no rule, same tag and label) share one entry; "nuthin'" (matched) has its own
    assert len(memo.rules_of) == 3  # ROOT dog, dobj cat, dobj nuthin'


def test_memo_ruler_is_left_out_where_a_one_word_rule_uses_an_operator():
    nlp, stock, memo = _pair(PATTERNS + [{"patterns": [[{"LOWER": "x", "OP": "?"}]], "attrs": {"POS": "X"}}])
    assert not memo.ready
    _same(nlp, stock, memo, [_doc(nlp, ["x", "is"], ["NN", "VBZ"], ["ROOT", "dep"])])


@pytest.mark.model
def test_memo_ruler_in_the_reading_pipeline_only_and_the_same_docs(core):
    from newstrace import nlp as nlp_stage

    s = core.settings
    bare = nlp_stage.load(s.model)
    assert type(bare.get_pipe("attribute_ruler")) is AttributeRuler  # the model as shipped
    full = nlp_stage.load(s.model, s.stage_factories())
    memo = full.get_pipe("attribute_ruler")
    assert isinstance(memo, MemoAttributeRuler) and memo.ready
    texts = [
        "There is nothin' y'all can do, and it ain't gonna change. Let's go.\n\n"
        "I told him: \"You are gon na lose it.\"",
        "The minister, who has been in office since 2019, said that she would not resign. But it was done.",
        "  Prices rose 3%  in May;   they had fallen before .",
        "Teixeira ’ s agent said it doesn ’ t matter, and they ’ re sure I ’ m right.",
    ]
    keep = {"newstrace_line_breaks", "newstrace_long_runs", "newstrace_spaced_contractions"}
    stages = [n for n in full.pipe_names if n.startswith("newstrace_") and n not in keep]
    off = ["attribute_ruler", "lemmatizer", "ner", *stages]
    for doc in full.pipe(texts, disable=off):
        for _ in range(2):
            a, b = memo.stock(doc.copy()), memo(doc.copy())
            assert numpy.array_equal(a.to_array(FIELDS), b.to_array(FIELDS)), doc.text
