"""A contraction whose apostrophe the text spaced apart ("doesn ’ t", "they ’ re", as ECB+ and
other pre-tokenised news write them) is read as the unspaced one: "’ re" one token, "doesn ’ t"
"does" + "n ’ t" (``newstrace.nlp.join_spaced_contractions``), with the straight form's norm,
lower-case form and lemma, the text and offsets as written. The possessive "’ s" is joined only
where ``[spaced_contractions] endings`` lists "s" (left out: see benchmarks/events/README.md,
rejoin66). Sentences written for these tests."""
from __future__ import annotations

import pytest

from newstrace import nlp as nlp_stage
from tests.extract.test_events import PUBLISHED


def _read(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    for token in doc:  # every offset is the text's own
        assert text[token.idx:token.idx + len(token)] == token.text
    return doc


def test_spaced_negation_is_does_and_one_token(nlp):
    doc = _read(nlp, "Teixeira ’ s agent said it doesn ’ t matter.")
    assert [t.text for t in doc] == ["Teixeira", "’", "s", "agent", "said", "it", "does", "n ’ t", "matter", "."]
    nt = doc[7]
    assert nt.idx == 31
    assert (nt.lower_, nt.norm_, nt.tag_, nt.dep_, nt.lemma_) == ("n’t", "not", "RB", "neg", "not")
    assert doc[8].tag_ == "VB" and doc[6].dep_ == "aux"


def test_spaced_possessive_is_one_token_where_listed(nlp, monkeypatch):
    rules = nlp_stage._contraction_rules()
    monkeypatch.setattr(nlp_stage, "_contraction_rules", lambda: rules._replace(endings=rules.endings | {"s"}))
    doc = _read(nlp, "Teixeira ’ s agent said it.")
    s = doc[1]
    assert (s.text, s.idx, s.lower_, s.norm_, s.tag_, s.dep_) == ("’ s", 9, "’s", "'s", "POS", "case")
    assert doc[0].dep_ == "poss" and doc[0].head.text == "agent"


def test_spaced_forms_read_as_the_unspaced_ones(nlp):
    spaced = _read(nlp, "He can ’ t go and we won ' t stay; they ’ re sure I ’ ve seen it and she ’ ll say so.")
    plain = nlp("He can’t go and we won't stay; they’re sure I’ve seen it and she’ll say so.")
    assert [t.text for t in spaced][:4] == ["He", "ca", "n ’ t", "go"]
    assert [t.text for t in spaced][6:8] == ["wo", "n ' t"]
    assert [t.tag_ for t in spaced] == [t.tag_ for t in plain]
    assert [t.dep_ for t in spaced] == [t.dep_ for t in plain]
    assert [t.norm_ for t in spaced] == [t.norm_ for t in plain]


@pytest.mark.parametrize("text", [
    "The ‘ Hunger Games ’ is a monster hit.",  # a closing quotation mark before a word
    "The veterans ' organisations met, and the Nationals ' best chance is gone.",
    "They played rock ’ n ’ roll all night.",  # no ending the tokenizer splits off
])
def test_other_spaced_apostrophes_keep_their_tokens(nlp, text):
    doc = _read(nlp, text)
    assert [t.text for t in doc if " " in t.text] == []


def test_a_spaced_negation_negates_its_event(core):
    events = core.extract_text("Police didn ’ t arrest the suspect in Brooklyn on Monday.", published=PUBLISHED).events
    assert [(e.type, e.modality) for e in events] == [("COERCE", "negated")]


def test_a_spaced_negation_stays_inside_its_claim(core):
    claims = core.extract_text("Lindsay Lohan ’ s lawyer said she doesn ’ t want to go to jail.",
                               published=PUBLISHED).claims
    assert [c.content for c in claims] == ["she doesn ’ t want to go to jail"]


def test_names_are_read_as_written_around_a_spaced_contraction(nlp, monkeypatch):
    rules = nlp_stage._contraction_rules()
    monkeypatch.setattr(nlp_stage, "_contraction_rules", lambda: rules._replace(endings=rules.endings | {"s"}))
    doc = _read(nlp, "She was hit on Sunday morning in the Bronx ’ s Soundview neighborhood.")
    assert "’ s" in [t.text for t in doc]
    assert [(e.text, e.label_) for e in doc.ents if "Bronx" in e.text] == [("Bronx", "GPE")]
