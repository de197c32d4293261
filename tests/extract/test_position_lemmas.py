"""A plural common noun capitalised by its place (first in its sentence, or in a title-case
line) that the tagger reads as a proper noun keeps its form as its lemma in spaCy
("Tributes were paid": "Tributes"), so the words read by lemma (the events lexicon, the
detector) miss it. data/lemmas.toml [position], newstrace.attribute_rules.PositionLemmas."""
from __future__ import annotations

import pytest

from newstrace import nlp as nlp_module


@pytest.fixture(scope="module")
def reader(core):
    return nlp_module.load(core.settings.model, core.settings.stage_factories(),
                           summary_sentences=core.settings.summary_sentences)


def lemma_at(reader, text: str, index: int) -> tuple[str, str]:
    token = reader(text)[index]
    return token.tag_, token.lemma_


def test_a_plural_first_in_its_sentence_read_as_a_name_takes_the_nouns_lemma(reader):
    tag, lemma = lemma_at(reader, "Tributes were paid to the retired teacher by her former pupils.", 0)
    assert tag.startswith("NNP")  # the tagger's reading, which the lemma corrects
    assert lemma == "tribute"


def test_the_noun_is_read_by_the_events_lexicon(reader):
    from newstrace.extract.events.lexicon import match_at

    doc = reader("Tributes were paid to the retired teacher by her former pupils.")
    rule = match_at(doc, 0)
    assert rule is not None and rule.type == "SUPPORT"


def built(reader, words: list[str], tags: list[str], starts: list[int]):
    """A Doc as the tagger might leave it (its words read as names, their forms as lemmas),
    through the position lemmas alone."""
    from spacy.tokens import Doc

    doc = Doc(reader.vocab, words=words, tags=tags, lemmas=list(words),
              sent_starts=[i in starts for i in range(len(words))])
    return reader.get_pipe("newstrace_position_lemmas")(doc)


def test_a_word_capitalised_where_no_place_asks_it_is_a_name(reader):
    words = ["Rangers", "won", "again", ".", "The", "Rangers", "are", "top", "."]
    tags = ["NNPS", "VBD", "RB", ".", "DT", "NNPS", "VBP", "JJ", "."]
    assert built(reader, words, tags, [0, 4])[0].lemma_ == "Rangers"
    # alone, the word's place is all there is to read
    assert built(reader, words[:4], tags[:4], [0])[0].lemma_ == "ranger"


def test_every_word_of_a_title_case_line_is_placed(reader):
    words = ["Police", "Hold", "Suspects", "After", "Bank", "Raid"]
    tags = ["NNP", "NNP", "NNPS", "IN", "NNP", "NNP"]
    assert built(reader, words, tags, [0])[2].lemma_ == "suspect"
    words = ["Police", "hold", "Suspects", "after", "the", "raid"]
    tags = ["NNP", "VBP", "NNPS", "IN", "DT", "NN"]
    assert built(reader, words, tags, [0])[2].lemma_ == "Suspects"


@pytest.mark.parametrize(("text", "index"), [
    ("Vice President Walters visited Ohio. Walters spoke to reporters.", 6),  # a person's name
    ("United States officials met in Geneva.", 1),  # inside a name of several words
])
def test_a_name_keeps_its_lemma(reader, text, index):
    doc = reader(text)
    assert doc[index].lemma_ == doc[index].text


def test_a_common_noun_mid_sentence_is_left(reader):
    doc = reader("The envoys paid tributes to the retired teacher.")
    assert doc[3].lemma_ == "tribute"
