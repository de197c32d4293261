"""The reading stages as spaCy components, on Docs built from words, heads and labels
(no model): what each writes on the Doc, the Record built from it, a stage swapped for
another by its registered name, and a failing stage isolated to its article."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newstrace.extract import doc as ndoc
from newstrace.extract.components import PIPE_PREFIX, STAGES, Stage, add_stages, stage_pipes
from newstrace.pipeline import ReadingFailed, build_record
from newstrace.record import Article, Event
from newstrace.settings import Settings

# "Chile condemned the attack on Tuesday, officials said."
WORDS = ["Chile", "condemned", "the", "attack", "on", "Tuesday", ",", "officials", "said", "."]
SPACES = [True, True, True, True, True, False, True, True, False, False]
HEADS = [1, 8, 3, 1, 1, 4, 8, 8, 8, 8]
DEPS = ["nsubj", "ccomp", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"]
POS = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "", "NNS", "VBD", "."]
LEMMAS = ["Chile", "condemn", "the", "attack", "on", "Tuesday", ",", "official", "say", "."]
PUBLISHED = "2024-03-15"  # a Friday


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank English pipeline with every rule stage (the model's parse is hand-made)."""
    return add_stages(spacy.blank("en"), Settings.load().stage_factories())


def parsed(nlp: Language) -> Doc:
    doc = Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS,
              ents=["B-GPE", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"])
    doc._.published = PUBLISHED
    return doc


def run(nlp: Language, doc: Doc) -> Doc:
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_components_run_in_stage_order_under_stage_names(nlp):
    assert stage_pipes(nlp) == [PIPE_PREFIX + s for s in STAGES]
    assert nlp.get_pipe_meta(PIPE_PREFIX + "claims").requires  # declared, as spaCy's analysis reads them



# the package or module of each stage's own code (the triggers stage's is the events package's)
_STAGE_CODE = {"entities": "entities", "places": "places", "dates": "dates", "quotes": "quotes", "coref": "coref",
               "claims": "claims", "triggers": "events", "events": "events", "summary": "summary"}


def test_components_no_stage_imports_the_code_of_a_stage_after_it():
    """A stage reads only what earlier stages and the shared readers give: the claims stage
    once took the event nouns from the events package (they are read in
    ``extract/triggerwords.py`` now), and the hyphen step, which runs before every stage
    (``extract/hyphens.py``), imports no stage at all."""
    import ast
    from pathlib import Path

    extract = Path(ndoc.__file__).parent
    rank = {code: STAGES.index(stage) for stage, code in reversed(_STAGE_CODE.items())}
    rank["hyphens"] = -1
    later = []
    for code, own in rank.items():
        path = extract / code
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]:
            for node in ast.walk(ast.parse(file.read_text("utf-8"))):
                if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("newstrace.extract"):
                    continue
                parts = node.module.split(".")[2:3] or [a.name for a in node.names]
                later += [f"{file.name} imports {p}" for p in parts if rank.get(p, -2) > own]
    assert not later

def test_components_write_spans_and_attributes_on_the_doc(nlp):
    doc = run(nlp, parsed(nlp))
    assert doc._.failure is None
    chile = doc._.entities.entities[0]
    assert chile.name == "Chile" and chile.country == "CHL"
    mention = doc.spans[ndoc.MENTIONS][0]
    assert (mention.text, mention.label_, mention.kb_id_) == ("Chile", "GPE", chile.id)
    date = doc.spans[ndoc.DATES][0]
    assert date.text == "Tuesday" and date._.date.iso == "2024-03-12"
    # officials said the whole clause; Chile's condemnation holds a claim of its own
    claim_span, condemned = doc.spans[ndoc.CLAIMS]
    assert claim_span._.claim.speaker == "officials" and claim_span.text == "Chile condemned the attack on Tuesday"
    assert (condemned._.claim.speaker, condemned.text) == ("Chile", "the attack")
    assert claim_span._.negated is False and claim_span._.passive is False and claim_span._.denial is False
    event = doc.spans[ndoc.EVENTS][0]._.event
    assert (event.type, event.actor, event.modality, event.date) == ("ACCUSE", "Chile", "reported", "2024-03-12")
    assert event.attributed_to == claim_span._.claim.id
    assert doc._.summary


def test_components_record_is_read_from_the_doc(nlp):
    doc = run(nlp, parsed(nlp))
    record = build_record(Article(id="a", text=doc.text, published=PUBLISHED), doc)
    assert [e.name for e in record.entities] == ["Chile"]
    assert [c.content for c in record.claims] == ["Chile condemned the attack on Tuesday", "the attack"]
    assert [v.type for v in record.events] == ["ACCUSE"]


@Language.factory("test_events_fixed_v1", assigns=["doc.spans"], requires=["doc._.entities"])
def make_fixed_events(nlp: Language, name: str) -> object:
    """A stand-in for a trained event detector: one AID event on the first word."""

    def fixed(doc: Doc) -> Doc:
        event = Event(id="v1", type="AID", actor=doc._.entities.entities[0].name, trigger=doc[1].text,
                      trigger_span=(doc[1].idx, doc[1].idx + len(doc[1])), sentence=doc.text,
                      sentence_span=(0, len(doc.text)))
        ndoc.add_span(doc, ndoc.EVENTS, doc[1].idx, doc[1].idx + len(doc[1]), "v1", event, label="AID")
        return doc

    return fixed


def test_components_a_stage_is_swapped_by_its_registered_name():
    factories = {**Settings.load().stage_factories(), "events": "test_events_fixed_v1"}
    nlp = add_stages(spacy.blank("en"), factories)
    doc = run(nlp, parsed(nlp))
    record = build_record(Article(id="a", text=doc.text), doc)
    assert [(v.type, v.actor) for v in record.events] == [("AID", "Chile")]
    assert record.claims  # the other stages are untouched


def test_components_stages_are_chosen_in_the_settings(monkeypatch):
    monkeypatch.setenv("NEWSTRACE_COMPONENTS", "events=test_events_fixed_v1, summary=")
    factories = Settings.load().stage_factories()
    assert factories["events"] == "test_events_fixed_v1" and "summary" not in factories


class Broken(Stage):
    def annotate(self, doc: Doc) -> None:
        raise ValueError("no luck")


@Language.factory("test_claims_broken_v1")
def make_broken(nlp: Language, name: str) -> Broken:
    return Broken(nlp, name)


def test_components_a_failing_stage_marks_its_doc_and_later_stages_skip_it():
    nlp = add_stages(spacy.blank("en"), {**Settings.load().stage_factories(), "claims": "test_claims_broken_v1"})
    docs = list(nlp.pipe([parsed(nlp), parsed(nlp)]))
    for doc in docs:
        assert doc._.failure == "ValueError: no luck"
        assert ndoc.EVENTS not in doc.spans and doc._.summary is None
        with pytest.raises(ReadingFailed, match="no luck"):
            build_record(Article(id="a", text=doc.text), doc)


def test_components_unknown_stage_is_refused():
    with pytest.raises(ValueError, match="unknown reading stage"):
        add_stages(spacy.blank("en"), {"sentiment": "newstrace_entities_rules_v1"})


def test_components_span_items_are_kept_by_id_not_by_offsets(nlp):
    doc = parsed(nlp)
    a = ndoc.add_span(doc, ndoc.EVENTS, 0, 5, "v1", "first")
    b = ndoc.add_span(doc, ndoc.EVENTS, 0, 5, "v2", "second")  # same trigger, two events
    assert isinstance(a, Span) and (a._.event, b._.event) == ("first", "second")


def test_components_a_line_break_after_a_paragraph_end_starts_a_sentence():
    """Before the parser, ``newstrace_line_breaks`` starts a sentence after a line break
    that follows a terminal mark or a closing quotation mark; a line break after a
    headline, a colon or comma, or a line wrapped inside a sentence is left to the parser."""
    from newstrace.nlp import mark_line_breaks

    text = ('Storm hits coast\nIt was bad, to say the least." \n"We are treating it as a case," said Bash.\n'
            "He said:\n\"We will stay.\"\nThe minister told reporters\nthat the talks had failed!\n \nNo one came.")
    doc = mark_line_breaks(spacy.blank("en").make_doc(text))
    starts = [t.text for t in doc[1:] if t.is_sent_start]
    assert starts == ['"', "He", "The", "No"]
    assert next(t for t in doc if t.text == "It").is_sent_start is None
    # a line wrapped inside a sentence: its lower-case word starts no sentence (align26)
    assert next(t for t in doc if t.text == "that").is_sent_start is False
    quote_after_colon = next(t for t in doc if t.text == ":").i + 2
    assert doc[quote_after_colon].text == '"' and doc[quote_after_colon].is_sent_start is None


def model_sentences(core, text: str) -> list[str]:
    from newstrace import nlp as nlp_stage

    return [s.text.strip() for s in nlp_stage.load(core.settings.model)(text).sents]


def test_components_a_stop_before_a_lower_case_word_or_a_numbers_digits_ends_no_sentence(core):
    """After a stop, a word in lower case goes on the sentence ("walking down Pitkin Ave.
    brandishing a gun", "until Christmas." she said"), and so do the digits of a number
    written with a space after its stop ("at around 9. 35am", "$1. 29", "0. 07 percent");
    a capital after an abbreviation, and a date after a number, still start one."""
    def sentences(text):
        return model_sentences(core, text)

    assert sentences("He was held for walking down Pitkin Ave. brandishing a gun, police said.") == [
        "He was held for walking down Pitkin Ave. brandishing a gun, police said."]
    assert sentences('"We will not open until Christmas." she said. A policeman was jailed.') == [
        '"We will not open until Christmas." she said.', "A policeman was jailed."]
    assert len(sentences("Jenkin, who was arrested at around 9. 35am, is also facing a charge.")) == 1
    assert len(sentences("The euro fell below $1. 29 on Monday after rates rose to 0. 07 percent.")) == 1
    assert sentences("The shooting happened on Pitkin Ave. Police said the gunman fled.") == [
        "The shooting happened on Pitkin Ave.", "Police said the gunman fled."]
    assert sentences("Actress Dies Aged 91. 07 June 2013 Golden girl Esther Williams died.")[0] == (
        "Actress Dies Aged 91.")


def test_components_cuts_closing_quotes_lower_case_words_and_function_words_start_no_sentence():
    """Before the parser: a bracketed cut in a quotation ("2016 [...] In 2017") goes on the
    sentence before it, and the word after it starts one or not by its case; a quotation
    mark right after a stop ('the perpetrators."'), a word in lower case and the word after a
    function word start no sentence; a line break still starts one, and a text with no
    capital keeps its lower-case words free. A bracketed insertion ("ODESC [Officials
    Committee]") is left to the parser."""
    from newstrace.nlp import mark_line_breaks

    def not_starts(text):
        doc = mark_line_breaks(spacy.blank("en").make_doc(text))
        return [t.text for t in doc if t.is_sent_start is False]

    assert not_starts("It was dry in 2016 [...] In 2017 we had rain. It was [...] wet.") == [
        "was", "dry", "in", "2016", "[", "...", "]", "2017", "we", "had", "rain", "was", "[", "...", "]", "wet"]
    assert not_starts('He said: "We will find the perpetrators."\n[...] The army left.') == [
        "said", "will", "find", "the", "perpetrators", '"', "...", "]", "army", "left"]
    assert not_starts("The talks had AAA members but Nick left.") == [
        "talks", "had", "AAA", "members", "but", "Nick", "left"]
    assert "[" not in not_starts('She said, "I have instructed ODESC [Officials Committee] to report."')
    # no capital: only the word after "the", and the lower-case word after a stop (ecbtext25's rule)
    assert not_starts("the president spoke. he left.") == ["president", "he"]


def test_components_the_parser_keeps_a_closing_quotation_mark_with_its_sentence(core):
    sentences = model_sentences(core, 'He said the army would "find the perpetrators."\nThe army left.')
    assert sentences == ['He said the army would "find the perpetrators."', "The army left."]


def test_components_an_abbreviated_rank_stays_with_the_name_it_titles(core):
    """"Police Const. Tim Fanning said": the constable's abbreviation is one token, and no
    sentence ends before the name (``title_abbreviations``)."""
    text = "Police Const. Tim Fanning said the gunman fled. CNA spoke with Msgr. Michael Farmer."
    assert model_sentences(core, text) == [
        "Police Const. Tim Fanning said the gunman fled.", "CNA spoke with Msgr. Michael Farmer."]
