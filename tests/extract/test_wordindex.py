"""tokens_with: the tokens carrying a listed lemma or word, found from the Doc's arrays,
with what each string id was found to be kept between Docs (no model needed)."""
from __future__ import annotations

from spacy.tokens import Doc
import spacy
from spacy.vocab import Vocab

from newstrace.extract.wordindex import tokens_with

LEMMAS = frozenset({"attack", "say"})
WORDS = frozenset({"must", "according"})


def doc(vocab: Vocab, pairs: list[tuple[str, str]]) -> Doc:
    return Doc(vocab, words=[w for w, _ in pairs], lemmas=[lemma for _, lemma in pairs])


def expected(d: Doc) -> list[int]:
    return [t.i for t in d if t.lemma_.lower() in LEMMAS or t.lower_ in WORDS]


def test_tokens_with_finds_lemmas_of_any_case_and_words_across_docs():
    vocab = spacy.blank("en").vocab
    first = doc(vocab, [("Rebels", "rebel"), ("Attacked", "Attack"), ("it", "it"), (",", ","), ("MUST", "must")])
    second = doc(vocab, [("They", "they"), ("said", "say"), ("according", "accord"), ("to", "to"), ("us", "we"),
                         ("attacks", "attack"), ("Must", "must")])
    third = doc(vocab, [("Nothing", "nothing"), ("here", "here")])
    for d in (first, second, third, second, first):  # new ids met, then ids known from before
        assert tokens_with(d, lemmas=LEMMAS, words=WORDS) == expected(d)
    assert expected(first) == [1, 4] and expected(second) == [1, 2, 5, 6] and expected(third) == []


def test_tokens_with_nothing_asked_or_an_empty_doc():
    vocab = spacy.blank("en").vocab
    assert tokens_with(doc(vocab, [("attack", "attack")])) == []
    assert tokens_with(Doc(vocab, words=[]), lemmas=LEMMAS) == []
