"""The learned trigger detector: what the shipped model says, that scoring all words at
once equals scoring each, and how the events stage weighs what it wrote."""
from __future__ import annotations

import numpy as np
import pytest
from spacy.tokens import Span

from newstrace.extract.doc import TRIGGERS
from newstrace.extract.events import detector as det
from newstrace.extract.events import extract_events
from newstrace.record import EVENT_TYPES


@pytest.fixture(scope="module")
def reader(core):
    """The pipeline up to the claims: what the events stage reads."""
    from newstrace import nlp as nlp_stage

    stages = {s: f for s, f in core.settings.stage_factories().items() if s not in ("triggers", "events", "summary")}
    return nlp_stage.load(core.settings.model, stages)


def read(reader, text):
    from newstrace import nlp as nlp_stage
    from newstrace.record import Article

    return reader(nlp_stage.make_doc(reader, Article(id="t", text=text, published="2024-03-15")))


def test_detector_file_loads_with_the_sixteen_types_and_none():
    model = det.shipped()
    assert set(model.labels) == set(EVENT_TYPES) | {det.NONE}
    assert model.weights.shape == (len(model.index), len(model.labels))


def test_detector_save_and_load_keep_the_weights(tmp_path):
    model = det.shipped()
    path = tmp_path / "d.npz"
    model.save(path)
    again = det.TriggerDetector.load(path)
    assert again.labels == model.labels and again.index == model.index
    assert np.allclose(again.weights, model.weights.astype(np.float16).astype(np.float32))


@pytest.mark.model
def test_detector_finds_a_plain_attack_and_not_the_weather(nlp):
    model = det.shipped()
    doc = nlp("Rebels attacked an army base in the north on Monday. The weather was mild.")
    found = model.detect(doc)
    attacked = next(t.i for t in doc if t.text == "attacked")
    weather = next(t.i for t in doc if t.text == "weather")
    assert found[attacked][0] == "ASSAULT" and found[attacked][1] > 0.5
    assert found[weather][1] < 0.2


@pytest.mark.model
def test_scoring_all_words_at_once_equals_scoring_each(nlp):
    model = det.shipped()
    doc = nlp('Iran denied the report. "We will respond," the minister said, as troops massed at the border.')
    quoted = det.quote_parity(doc)
    for i, (label, p) in model.detect(doc).items():
        probs = model.probabilities(doc[i], quoted[i])
        event = 1.0 - probs.pop(det.NONE)
        assert label == max(probs, key=probs.get)
        assert abs(event - p) < 1e-5


@pytest.mark.model
def test_quote_parity_marks_words_inside_quotation_marks(nlp):
    doc = nlp('He said "we will fight" and left.')
    inside = [t.text for t, q in zip(doc, det.quote_parity(doc)) if q]
    assert inside == ["we", "will", "fight", '"']


@pytest.mark.model
def test_events_stage_adds_a_word_the_detector_is_sure_of(reader):
    # "berated" is in no lexicon rule: without the detector's span there is no event
    doc = read(reader, "Brazil berated Argentina on Tuesday.")
    doc.spans.pop(TRIGGERS, None)
    doc.spans.pop("events", None)
    assert not [e for e in extract_events(doc) if e.trigger == "berated"]
    word = next(t.i for t in doc if t.text == "berated")
    doc.spans[TRIGGERS] = [Span(doc, word, word + 1, label="ACCUSE")]
    doc.spans[TRIGGERS].attrs["scores"] = [0.9]
    added = [e for e in extract_events(doc) if e.trigger == "berated"]
    assert added and added[0].type == "ACCUSE" and added[0].actor == "Brazil" and added[0].target == "Argentina"


@pytest.mark.model
def test_events_stage_ignores_a_word_the_detector_is_unsure_of(reader):
    doc = read(reader, "Brazil berated Argentina on Tuesday.")
    word = next(t.i for t in doc if t.text == "berated")
    doc.spans[TRIGGERS] = [Span(doc, word, word + 1, label="ACCUSE")]
    doc.spans[TRIGGERS].attrs["scores"] = [0.2]
    assert not [e for e in extract_events(doc) if e.trigger == "berated"]
