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
    for i, (label, p) in model.detect(doc).items():
        probs = model.probabilities(doc[i])
        event = 1.0 - probs.pop(det.NONE)
        assert label == max(probs, key=probs.get)
        assert abs(event - p) < 1e-5


@pytest.mark.model
def test_quote_parity_marks_words_inside_quotation_marks(nlp):
    doc = nlp('He said "we will fight" and left.')
    inside = [t.text for t, q in zip(doc, det.quote_parity(doc)) if q]
    assert inside == ["we", "will", "fight", '"']


@pytest.mark.model
def test_context_columns_say_what_the_tokens_say(nlp):
    """The detector's per-word columns (read in one pass over the Doc's lists) against
    the same questions asked of Token objects."""
    doc = nlp('Rebels attacked a base. "We will attack again," they said. '
              'The attack was condemned. “Attacks must stop,” the UN said, and rebels attacked.')
    context = det.Context(doc)
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    assert context.sentence_no == [sentence_of[t.i] for t in doc]
    marks = {'"', "“", "”"}
    assert context.quoted == [sum(x.text in marks for x in t.sent if x.i < t.i) % 2 == 1 for t in doc]
    assert context.candidates == [t.i for t in doc if det.is_candidate(t)]
    first: dict[str, int] = {}
    for i in context.candidates:
        first.setdefault(doc[i].lemma_.lower(), i)
    assert context.repeated == [first.get(t.lemma_.lower(), len(doc)) < t.i for t in doc]
    assert context.repeated[next(t.i for t in doc if t.text == "attack")]  # "attacked" came before
    assert context.lemmas == {i: doc[i].lemma_.lower() for i in context.candidates}


@pytest.mark.model
def test_feature_rows_are_the_rows_of_each_words_feature_keys(nlp):
    """The rows the scoring sums (looked up column by column for all the words at once)
    against each word's feature tuples (:meth:`Context.feature_keys`) looked up one by
    one, in the same order: the sums must come out the same to the last bit."""
    model = det.shipped()
    doc = nlp('Rebels did not attack the base in Kalat on Monday. "We will attack again," they said. '
              'The UN condemned the attacks on civilians in Gaza, and troops massed at the border of Chad.')
    context = det.Context(doc)
    words = context.candidates + [t.i for t in doc if t.i not in context.candidates]  # every word, any order
    found, starts = det._FeatureRows(model, context).of(words)
    expected: list[int] = []
    for k, i in enumerate(words):
        assert starts[k] == len(expected)
        expected += [model.row(key) for key in context.feature_keys(i)]
    assert found == expected


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


@pytest.mark.model
def test_detections_say_how_often_the_lemma_was_seen_and_the_type_distribution(nlp):
    model = det.shipped()
    doc = nlp("Rebels attacked an army base. The zorblaxing continued.")
    found = model.detections(doc)
    attacked = found[next(t.i for t in doc if t.text == "attacked")]
    assert attacked.seen >= 10  # "attack" is common in the training corpus
    assert found[next(t.i for t in doc if t.text == "zorblaxing")].seen == 0
    assert abs(float(attacked.types.sum()) - 1.0) < 1e-4
    assert attacked.types[model.labels.index(det.NONE)] == 0.0


@pytest.mark.model
def test_a_doc_without_a_tensor_is_scored_all_the_same(nlp):
    model = det.shipped()
    doc = nlp("Rebels attacked an army base in the north on Monday.")
    with_tensor = model.detect(doc)
    doc.tensor = np.zeros((0, 0), dtype=np.float32)
    without = model.detect(doc)
    assert without.keys() == with_tensor.keys()
    attacked = next(t.i for t in doc if t.text == "attacked")
    assert without[attacked][0] == "ASSAULT"


def _write(doc, word, label, score, seen, types):
    doc.spans[TRIGGERS] = [Span(doc, word, word + 1, label=label)]
    attrs = doc.spans[TRIGGERS].attrs
    labels = sorted(EVENT_TYPES) + [det.NONE]
    attrs["scores"], attrs["seen"], attrs["labels"] = [score], [seen], labels
    attrs["types"] = [[types.get(x, 0.0) for x in labels]]


@pytest.mark.model
def test_the_veto_spares_a_rule_trigger_whose_lemma_training_hardly_saw(reader, monkeypatch):
    from dataclasses import replace

    from newstrace.extract.events import detector_use as events_module

    monkeypatch.setattr(events_module, "DETECTOR", replace(events_module.DETECTOR, keep=0.1, keep_seen=10))
    doc = read(reader, "Russia placed its navy on high alert.")
    word = next(t.i for t in doc if t.text == "alert")
    _write(doc, word, "MOBILIZE", 0.01, 2, {"MOBILIZE": 1.0})  # unlikely, but seen twice only: kept
    assert [e.type for e in extract_events(doc)] == ["MOBILIZE"]
    _write(doc, word, "MOBILIZE", 0.01, 50, {"MOBILIZE": 1.0})  # unlikely and seen often: vetoed
    assert extract_events(doc) == []


@pytest.mark.model
def test_a_noun_the_detector_is_sure_of_is_told_with_its_doer_unnamed(reader, monkeypatch):
    from dataclasses import replace

    from newstrace.extract.events import detector_use as events_module

    doc = read(reader, "The village was quiet for a week after the bombings.")
    word = next(t.i for t in doc if t.text == "bombings")
    _write(doc, word, "ASSAULT", 0.9, 100, {"ASSAULT": 1.0})  # no actor, no target, not sure enough: no event
    assert extract_events(doc) == []
    _write(doc, word, "ASSAULT", 0.97, 100, {"ASSAULT": 1.0})  # sure: someone bombed it, unnamed
    assert [(e.type, e.trigger, e.actor) for e in extract_events(doc)] == [("ASSAULT", "bombings", None)]
    monkeypatch.setattr(events_module, "DETECTOR", replace(events_module.DETECTOR, keep_bare=2.0))
    assert extract_events(doc) == []


@pytest.mark.model
def test_a_rule_trigger_takes_the_detectors_type_only_past_the_margin(reader, monkeypatch):
    from dataclasses import replace

    from newstrace.extract.events import detector_use as events_module

    doc = read(reader, "Rebels attacked an army base in the north on Monday.")
    word = next(t.i for t in doc if t.text == "attacked")
    _write(doc, word, "COERCE", 0.9, 100, {"COERCE": 0.7, "ASSAULT": 0.2})
    monkeypatch.setattr(events_module, "DETECTOR", replace(events_module.DETECTOR, retype=0.6))
    assert [e.type for e in extract_events(doc)] == ["ASSAULT"]  # margin 0.5 < 0.6: the rule's type
    monkeypatch.setattr(events_module, "DETECTOR", replace(events_module.DETECTOR, retype=0.4))
    assert [e.type for e in extract_events(doc)] == ["COERCE"]


@pytest.mark.model
def test_context_reads_the_sentence_ordinal_and_a_lemma_told_again(nlp):
    doc = nlp("Rebels attacked the base. Troops answered. The attack lasted an hour.")
    context = det.Context.of(doc)
    attacked = next(t for t in doc if t.text == "attacked")
    attack = next(t for t in doc if t.text == "attack")
    assert context.sentence_no[attacked.i] == 0 and context.sentence_no[attack.i] == 2
    assert not context.repeated[attacked.i] and context.repeated[attack.i]  # lemma "attack" both
    assert "sentence=2" in context.features(attack) and "repeated=1" in context.features(attack)


@pytest.mark.model
def test_a_word_a_rule_names_is_added_only_past_add_named_at_and_as_the_lexicons_type(reader, monkeypatch):
    from dataclasses import replace

    from newstrace.extract.events import detector_use as events_module

    doc = read(reader, "Rebels attacked an army base. The weather was fine.")
    attacked = next(t for t in doc if t.text == "attacked")  # a lemma the lexicon gives ASSAULT
    weather = next(t for t in doc if t.text == "weather")  # a lemma no rule names

    def learned(event_type, score):
        return events_module._Learned(event_type, score, 10, [], [])

    use = replace(events_module.DETECTOR, add=0.5, add_named=True, add_named_at=0.7, add_named_agree=False)
    monkeypatch.setattr(events_module, "DETECTOR", use)
    assert events_module._adds(weather, learned("ASSAULT", 0.6))  # no rule names it: add
    assert not events_module._adds(attacked, learned("ASSAULT", 0.6))  # a rule names it: add_named_at
    assert events_module._adds(attacked, learned("ASSAULT", 0.8))
    assert events_module._adds(attacked, learned("PROTEST", 0.8))
    monkeypatch.setattr(events_module, "DETECTOR", replace(use, add_named_agree=True))
    assert events_module._adds(attacked, learned("ASSAULT", 0.8))
    assert not events_module._adds(attacked, learned("PROTEST", 0.8))  # not a type the lexicon gives "attack"
    monkeypatch.setattr(events_module, "DETECTOR", replace(use, add_named=False))
    assert not events_module._adds(attacked, learned("ASSAULT", 0.99))
    assert events_module._adds(weather, learned("ASSAULT", 0.6))


def test_sentences_and_quotes_built_by_runs_equal_the_word_by_word_count():
    """Sentence ordinals and inside-a-quotation flags (built from the sentence table and
    the marks' positions) against counting marks word by word, on quotations closed,
    left open, spanning a sentence break and empty (no model: words and sentence starts)."""
    import spacy
    from spacy.tokens import Doc

    words = ['"', "We", "fight", '"', "he", "said", ".", "“", "Go", ".", "No", "”", '"', '"', "x", '"', "end", ".",
             '"', "open", "to", "the", "end", "And", "“", "again"]
    sent_starts = [i in (0, 7, 10, 23) for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=sent_starts)
    numbers, quoted = det._sentences_and_quotes(doc, [w.lower() for w in words])
    expected_numbers, expected_quoted = [], []
    for n, sent in enumerate(doc.sents):
        odd = False
        for token in sent:
            expected_numbers.append(n)
            expected_quoted.append(odd)
            odd = odd != (token.text in ('"', "“", "”"))
    assert numbers == expected_numbers
    assert quoted == expected_quoted
    assert det._sentences_and_quotes(Doc(spacy.blank("en").vocab, words=[]), []) == ([], [])


@pytest.mark.parametrize("floor", [0.0, 0.02, 0.5, 1.1])
def test_write_detected_writes_what_write_triggers_writes_of_the_detections(nlp, floor):
    text = ("Rebels attacked a police station in the north on Monday, killing three officers. "
            "The government said it would send troops and talk with the rebels' leaders. "
            "“We condemn the attack,” the minister said, as protesters marched in the capital.")
    model = det.shipped()

    def written(doc):
        group = doc.spans[TRIGGERS]
        return [(s.start, s.end, s.label_) for s in group], dict(group.attrs)

    doc = nlp(text)
    det.write_triggers(doc, model.detections(doc, floor), model.labels, floor)
    before = written(doc)
    det.write_detected(doc, model, floor)
    assert written(doc) == before
    assert before[0]  # "attacked": a word a rule names is written at any floor


_READ_TEXT = ("Rebels attacked a police station in the north on Monday, killing three officers. "
              "The government said it would send troops and talk with the rebels' leaders. "
              "“We condemn the attack,” the minister said, as angry protesters marched in the capital "
              "and Kenyan officials promised an independent inquiry.")


def test_write_detected_with_what_the_events_stage_reads_writes_only_those_words(nlp):
    from newstrace.extract.events import detections_read
    from newstrace.extract.events.lexicon import lexicon_keys

    model = det.shipped()
    doc = nlp(_READ_TEXT)
    det.write_detected(doc, model, 0.0)
    group = doc.spans[TRIGGERS]
    every = {s.start: (s.label_, score, seen, types)
             for s, score, seen, types in zip(group, group.attrs["scores"], group.attrs["seen"], group.attrs["types"])}
    keys, pos = detections_read()
    assert keys is lexicon_keys() and "VERB" in pos and "ADJ" not in pos and "PROPN" not in pos
    det.write_detected(doc, model, 0.0, (keys, pos))
    group = doc.spans[TRIGGERS]
    read = {s.start: (s.label_, score, seen, types)
            for s, score, seen, types in zip(group, group.attrs["scores"], group.attrs["seen"], group.attrs["types"])}
    wanted = {i for i in every if doc[i].lemma_.lower() in keys or doc[i].lower_ in keys or doc[i].pos_ in pos}
    assert set(read) == wanted and wanted < set(every)  # "angry", "Kenyan", "independent" left out
    assert all(read[i] == every[i] for i in read)  # a word scores the same whichever others are scored


def test_the_events_stage_reads_the_written_table_only_while_the_group_is_the_one_written(nlp):
    from newstrace.extract.events.detector_use import _detected

    doc = nlp(_READ_TEXT)
    det.write_detected(doc, det.shipped(), 0.0)
    group = doc.spans[TRIGGERS]
    words, labels = det.written_triggers(doc)
    assert words == [s.start for s in group] and labels == [s.label_ for s in group] and words
    from_table = _detected(doc)
    doc.spans[TRIGGERS] = list(group)  # the same spans in a new group, with the same attributes
    doc.spans[TRIGGERS].attrs.update(group.attrs)
    assert det.written_triggers(doc) is None
    assert _detected(doc) == from_table  # read back span by span
    first = words[0]
    doc.spans[TRIGGERS] = [Span(doc, first, first + 1, label="ACCUSE")]  # replaced: the new group is read
    doc.spans[TRIGGERS].attrs["scores"] = [0.9]
    assert det.written_triggers(doc) is None and _detected(doc)[first].type == "ACCUSE"
    doc.spans[TRIGGERS] = group  # the group written, grown by a span: no longer the table's
    group.append(Span(doc, first, first + 1, label="ACCUSE"))
    assert det.written_triggers(doc) is None


def test_word_table_selects_the_words_the_python_walks_selected(reader):
    from newstrace.extract.events.speech_acts import _NEED, _OBLIGATION
    from newstrace.extract.events.lexicon import lexicon_keys

    doc = read(reader, "Officials said “the army must withdraw,” and the rebels need to stop the attacks. "
                       "\"We condemn it,\" Kenyan leaders said; they should talk.")
    table, keys, named = det.word_table(doc), lexicon_keys(), det._types_by_lemma()
    assert table.candidates == [t.i for t in doc if det.is_candidate(t)]
    assert table.keyed.tolist() == [t.lemma_.lower() in keys or t.lower_ in keys for t in doc]
    assert table.marks == [t.i for t in doc if t.text in ('"', "“", "”")] and len(table.marks) == 4
    assert table.keyed_or_demand == [t.i for t in doc if t.lemma_.lower() in keys or t.lower_ in keys
                                     or t.lemma_.lower() in _NEED]
    assert [doc[i].text for i in table.obligations] == ["must", "should"]
    assert all(doc[i].lower_ in _OBLIGATION for i in table.obligations)
    assert any(doc[i].lemma_ == "need" for i in table.keyed_or_demand) and named


def test_what_the_detector_says_of_a_word_outside_what_is_read_changes_no_event(reader):
    from newstrace.extract.events import detections_read

    keys, pos = detections_read()
    doc = read(reader, "Brazil berated Argentina on Tuesday, angry Kenyan officials said, and the "
                       "independent inquiry was quiet.")
    context = det.Context.of(doc)
    unread = [i for i in context.candidates
              if context.lemma[i] not in keys and context.lower[i] not in keys and context.pos[i] not in pos]
    assert {doc[i].text for i in unread} >= {"angry", "independent"}
    berated = next(t.i for t in doc if t.text == "berated")

    def events(words: list[int]) -> list[dict]:
        doc.spans[TRIGGERS] = [Span(doc, i, i + 1, label="ACCUSE") for i in words]
        doc.spans[TRIGGERS].attrs["scores"] = [0.99] * len(words)  # as sure as can be
        doc.spans.pop("events", None)
        return [e.model_dump() for e in extract_events(doc)]

    told = events([berated])
    assert [e["trigger"] for e in told] == ["berated"]
    assert events(sorted([berated, *unread])) == told


def test_add_stages_has_the_triggers_stage_score_only_what_the_rule_events_stage_reads():
    import spacy

    from newstrace.extract.components import add_stages
    from newstrace.settings import Settings

    factories = Settings.load().stage_factories()
    assert add_stages(spacy.blank("en"), factories).get_pipe("newstrace_triggers").only_read
    other = {k: v for k, v in factories.items() if k != "events"}  # another events stage may read every word
    assert not add_stages(spacy.blank("en"), other).get_pipe("newstrace_triggers").only_read
