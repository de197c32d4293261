"""parsearrays: a Doc's parse as lists and its sentences as offsets, read once per Doc;
and the trigger rules' argument walk over them, which must find what a walk over Token
objects finds (no model needed: the Docs are built from words, lemmas, heads and labels)."""
from __future__ import annotations

import gc
import json

from spacy.tokens import Doc, Token

from newstrace.extract.events import lexicon
from newstrace.extract.parsearrays import _KEPT, _SENTENCES, parse_arrays, sentences
from newstrace.nlp import RUNS_KEY, readable
from tests.extract.lexicon_sentences import CASES, VOCAB, Sentence

CASE_DOCS = [Sentence.from_json(case["tokens"]).doc() for case in json.loads(CASES.read_text())]


def _doc() -> Doc:
    # "Rebels in the North attacked the base on Monday, officials said ."
    words = ["Rebels", "in", "the", "North", "attacked", "the", "base", "on", "Monday", ",", "officials", "said", "."]
    heads = [4, 0, 3, 1, 11, 6, 4, 4, 7, 11, 11, 11, 11]
    deps = ["nsubj", "prep", "det", "pobj", "ccomp", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Rebel", "in", "the", "North", "attack", "the", "base", "on", "Monday", ",", "official", "say", "."]
    ents = ["O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
               tags=["NN"] * len(words))


def test_parse_arrays_hold_what_the_tokens_say():
    doc = _doc()
    parse = parse_arrays(doc)
    for token in doc:
        i = token.i
        assert parse.lemma[i] == token.lemma_.lower()
        assert (parse.lower[i], parse.pos[i], parse.tag[i]) == (token.lower_, token.pos_, token.tag_)
        assert (parse.dep[i], parse.ent[i], parse.head[i]) == (token.dep_, token.ent_type_, token.head.i)
        assert parse.children(i) == [c.i for c in token.children]


def test_parse_arrays_are_read_once_per_doc_and_go_with_it():
    doc = _doc()
    assert parse_arrays(doc) is parse_arrays(doc)
    assert parse_arrays(_doc()) is not parse_arrays(doc)
    kept = len(_KEPT)
    del doc
    gc.collect()
    assert len(_KEPT) < kept  # no reference back to the Doc keeps it alive


def _walked(token: Token) -> set[str]:
    """argument_lemmas as a walk over Token objects (the code before the arrays)."""
    def phrase(t: Token) -> set[str]:
        out, stack = set(), [t]
        while stack:
            t = stack.pop()
            out |= {t.lemma_.lower(), t.lower_}
            stack.extend(c for c in t.children if c.dep_ not in lexicon._CLAUSE_EDGES)
        return out

    def time_phrase(t: Token) -> bool:
        return t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)

    out: set[str] = set()
    for child in token.children:
        if child.dep_ == "advcl" and lexicon.is_infinitive(child):
            out.add(child.lemma_.lower())
            continue
        if child.dep_ in lexicon._NOT_ARGUMENTS or time_phrase(child):
            continue
        out |= phrase(child)
    if lexicon._pos(token) in lexicon._NOUNLIKE:
        head = lexicon.governing_verb(token)
        if head is not None:
            out.add(head.lemma_.lower())
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass", "prt") and c != token:
                    out |= phrase(c)
        if token.dep_ == "pobj":
            out.add(token.head.lower_)
            out.add(token.head.head.lemma_.lower())
    return out


def test_argument_lemmas_over_arrays_find_what_the_token_walk_finds():
    docs = [_doc(), *CASE_DOCS]
    assert sum(len(d) for d in docs) > 1000
    for doc in docs:
        for token in doc:
            assert lexicon.argument_lemmas(token) == _walked(token), (doc.text, token.i)
    # the time phrase is left out, the object's phrase kept
    attacked = _doc()[4]
    assert lexicon.argument_lemmas(attacked) == {"rebel", "rebels", "in", "the", "north", "base"}


def _two_sentences() -> Doc:
    # "Rebels attacked the base . Officials said so ." : two parse trees, two sentences
    words = ["Rebels", "attacked", "the", "base", ".", "Officials", "said", "so", "."]
    heads = [1, 1, 3, 1, 1, 6, 6, 6, 6]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "advmod", "punct"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, spaces=[True] * 8 + [False])


def _marked_sentences() -> Doc:
    # sentence starts set by hand (as the long-runs cutter sets them), with a run marked
    words = ["One", "two", "three", "four", "five", "six", "seven"]
    doc = Doc(VOCAB, words=words, sent_starts=[True, False, True, False, False, True, False])
    doc.user_data[RUNS_KEY] = [(2, 5)]
    return doc


def test_sentence_table_holds_what_doc_sents_gives():
    docs = [_doc(), _two_sentences(), _marked_sentences(), *CASE_DOCS]
    assert sum(len(list(d.sents)) for d in docs) > len(docs)  # some Docs have several sentences
    for doc in docs:
        table, sents = sentences(doc), list(doc.sents)
        assert len(table) == len(sents)
        assert table.starts == [s.start for s in sents] and table.ends == [s.end for s in sents]
        assert table.start_chars == [s.start_char for s in sents]
        assert table.end_chars == [s.end_char for s in sents]
        assert table.readable == [readable(s) for s in sents]
        assert [table.span(doc, k) for k in range(len(table))] == sents
        assert [table.number(t.i) for t in doc] == [sents.index(t.sent) for t in doc]
    assert sentences(_two_sentences()).starts == [0, 5]
    assert sentences(_marked_sentences()).readable == [True, False, True]


def test_sentence_table_of_an_empty_doc_is_empty():
    table = sentences(Doc(VOCAB, words=[]))
    assert len(table) == 0 and table.starts == table.ends == table.start_chars == table.end_chars == []


def test_sentence_tables_are_read_once_per_doc_and_go_with_it():
    doc = _two_sentences()
    assert sentences(doc) is sentences(doc)
    kept = len(_SENTENCES)
    del doc
    gc.collect()
    assert len(_SENTENCES) < kept
