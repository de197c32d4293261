"""One hand-built sentence per event trigger and claim cue (lexicon_cases.json): a
trigger or cue dropped from a lexicon fails its sentence, and a new one without a
sentence fails the coverage test (add it with ``tests/extract/lexicon_sentences.py``).
No model: the sentences are Docs made from words, heads and labels."""
from __future__ import annotations

import json

import pytest

from tests.extract.lexicon_sentences import CASES, Sentence, case_key, lexicon_entries, read_cue

ALL = json.loads(CASES.read_text())


def _id(case: dict) -> str:
    return f"{case['kind']}:{case_key(case)}"


@pytest.mark.parametrize("case", [c for c in ALL if c["kind"] == "trigger"], ids=_id)
def test_lexicon_trigger_fires_in_its_sentence(case):
    from newstrace.extract.events.lexicon import match

    doc = Sentence.from_json(case["tokens"]).doc()
    rule = match(doc[case["index"]])
    assert rule is not None, f"{case_key(case)} no longer triggers in {doc.text!r}"
    assert (rule.type, rule.mode) == (case["type"], case["mode"])


@pytest.mark.parametrize("case", [c for c in ALL if c["kind"] != "trigger"], ids=_id)
def test_lexicon_cue_attributes_its_sentence(case):
    sentence = Sentence.from_json(case["tokens"])
    found = read_cue(sentence)
    assert found is not None, f"{case_key(case)} no longer attributes {sentence.doc().text!r}"
    assert found == {k: case[k] for k in ("content", "certainty", "speaker")}


def test_lexicon_every_trigger_and_cue_has_a_sentence():
    covered = {(c["kind"], case_key(c)) for c in ALL}
    missing = {kind: sorted(e for e in entries if (kind, e) not in covered)
               for kind, entries in lexicon_entries().items()}
    assert not any(missing.values()), f"no sentence for {missing}: run tests/extract/lexicon_sentences.py"
