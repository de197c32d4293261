"""newstrace's reading stages as registered spaCy pipeline components.

They run after the model's own components (tagger, parser, NER), in this order; each
writes to the Doc what the later ones read (the attributes are described in
:mod:`newstrace.extract.doc`):

==========  ===============================  ===============================  ==================================
stage       default factory                  requires                         assigns
==========  ===============================  ===============================  ==================================
entities    ``newstrace_entities_rules_v1``  doc.ents, token.dep, token.pos   doc._.entities, doc.spans["mentions"]
places      ``newstrace_places_gazetteer_v1`` doc._.entities                 the entities' country codes
dates       ``newstrace_dates_dateparser_v1`` doc.ents, doc._.published       doc.spans["dates"] (span._.date)
quotes      ``newstrace_quotes_marks_v1``    (the text)                       doc.spans["quotes"] (span._.quote)
coref       ``newstrace_coref_rules_v1``     doc._.entities, doc.spans["quotes"], doc.spans["coref"] (kb_id_: entity id),
                                             token.dep, token.pos             token._.coref
claims      ``newstrace_claims_rules_v1``    doc._.entities, doc.spans["quotes"], token.dep
                                                                              doc.spans["claims"] (span._.claim,
                                                                              negated, passive, denial)
triggers    ``newstrace_triggers_linear_v1`` token.lemma, token.dep, token.pos, doc.spans["triggers"] (label: type,
            (learned; "" leaves it out)      doc.ents                         attrs["scores"])
events      ``newstrace_events_rules_v1``    doc._.entities, doc.spans["claims"], doc.spans["dates"],
                                             doc.spans["quotes"], token.dep   doc.spans["events"] (span._.event)
summary     ``newstrace_summary_frequency_v1`` token.lemma, doc.ents, doc.sents doc._.summary
==========  ===============================  ===============================  ==================================

Which factory runs a stage is a setting (``[components]`` in ``data/settings.toml``, or
``NEWSTRACE_COMPONENTS="events=mylab_events_v1"``), the way spaCy's config names
registered functions: a rule stage and a trained one are interchangeable. (spaCy
allows no dots in factory names, so versions read ``_v1`` rather than ``.v1``.) Each stage's
pipe is named after the stage (``newstrace_events``), whatever factory builds it.

Plugging in a trained stage, e.g. an event detector or a coreference step:

1. register a factory under a new versioned name, with the stage's ``assigns``::

       @Language.factory("mylab_events_spancat_v1", assigns=["doc.spans"],
                         requires=["doc._.entities", "doc.spans"])
       def make_events(nlp, name, model_path: str = "..."): return MyEvents(nlp, name, model_path)

   (spaCy validates ``assigns``/``requires`` down to ``doc.spans``; the span group keys
   are those of the table above.)

   Its ``__call__`` writes one span per event with :func:`newstrace.extract.doc.add_span`
   (group ``"events"``, the Event record as the item); nothing else needs to change,
   since :mod:`newstrace.pipeline` builds the Record from those spans alone;
2. make sure the module that registers it is imported (an entry point in spaCy's
   ``spacy_factories`` group does that) and name it in the settings:
   ``[components] events = "mylab_events_spancat_v1"``;
3. a new stage (coreference) goes into :data:`STAGES` at its place, and the stages
   after it read what it assigns. A stage may subclass :class:`Stage` to get the time
   budget and the failure handling below; any other component also works, since an
   exception in it is recorded on the Doc by the pipeline's error handler.

Failures: a stage that raises, or that runs past the article's time budget
(``doc._.time_limit_s``, shared by all stages), marks the Doc (``doc._.failure``); later
stages skip it and the article is reported as failed while the batch goes on.
"""
from __future__ import annotations

import time
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newstrace.extract import claims as claims_module
from newstrace.extract import coref as coref_module
from newstrace.extract import entities as entities_module
from newstrace.extract import events as events_module
from newstrace.extract import summary as summary_module
from newstrace.extract.dates import TimeExpression, day_before_month, is_clock_day
from newstrace.extract.doc import CLAIMS, DATES, EVENTS, MENTIONS, QUOTES, add_span
from newstrace.extract.hyphens import HYPHEN_LEMMAS
from newstrace.extract.parsearrays import named_entities
from newstrace.extract.quotes import find_quotes
from newstrace.limits import TimeLimitExceeded, time_limit
from newstrace.nlp import doc_text

# The stages in the order they run: later stages read what earlier ones assign.
STAGES = ("entities", "places", "dates", "quotes", "coref", "claims", "triggers", "events", "summary")
PIPE_PREFIX = "newstrace_"
_SPENT = "newstrace.spent_s"


class Stage:
    """A reading stage: skips a Doc an earlier stage failed on, keeps within the
    article's time budget, and records its own failure on the Doc instead of raising."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.failure is not None:
            return doc
        limit = doc._.time_limit_s or 0.0
        spent = doc.user_data.get(_SPENT, 0.0)
        started = time.perf_counter()
        try:
            if limit and spent >= limit:
                raise TimeLimitExceeded(f"took longer than {limit:g} s")
            with time_limit(limit - spent if limit else 0.0):
                self.annotate(doc)
        except TimeLimitExceeded:
            doc._.failure = f"TimeLimitExceeded: took longer than {limit:g} s"
        except Exception as exc:  # one bad article never stops a batch
            doc._.failure = f"{type(exc).__name__}: {exc}"
        finally:
            doc.user_data[_SPENT] = spent + time.perf_counter() - started
        return doc

    def annotate(self, doc: Doc) -> None:
        raise NotImplementedError


def record_failure(name: str, component: Any, docs: list[Doc], exc: Exception) -> None:
    """The pipeline's error handler, for components that are not :class:`Stage`s."""
    for doc in docs:
        if doc._.failure is None:
            doc._.failure = f"{type(exc).__name__} in {name}: {exc}"


class RuleEntities(Stage):
    def annotate(self, doc: Doc) -> None:
        table = entities_module.extract_entities(doc)
        doc._.entities = table
        for ent in table.entities:
            for n, (start, end) in enumerate(ent.mentions):
                add_span(doc, MENTIONS, start, end, f"{ent.id}.{n}", ent, label=ent.type, kb_id=ent.id)


class GazetteerPlaces(Stage):
    def annotate(self, doc: Doc) -> None:
        from newstrace.extract.places import assign_countries

        assign_countries(doc, doc._.entities.entities)


class RuleCoreference(Stage):
    """Pronouns, definite descriptions, appositions and group members tied to the entity
    they stand for (:mod:`newstrace.extract.coref`); claims and events read the links."""

    def annotate(self, doc: Doc) -> None:
        coref_module.resolve(doc)


class ParsedDates(Stage):
    def annotate(self, doc: Doc) -> None:
        published, text = doc._.published, doc_text(doc)
        ner = named_entities(doc)  # read once per Doc for every stage, not a Span each here
        n = 0
        for k, label in enumerate(ner.labels):
            if label in ("DATE", "TIME") or is_clock_day(text[ner.start_chars[k]:ner.end_chars[k]], label):
                n += 1
                # ("the 5th of May": the day written before the month the recogniser's DATE holds)
                start_char = day_before_month(text, ner.start_chars[k], ner.end_chars[k])
                widened = doc.char_span(start_char, ner.end_chars[k], alignment_mode="expand") \
                    if start_char != ner.start_chars[k] else None
                start = widened.start if widened is not None else ner.starts[k]
                before = doc[start - 1].lower_ if start > 0 else ""
                expression = TimeExpression(text[start_char:ner.end_chars[k]], published, before)
                add_span(doc, DATES, start_char, ner.end_chars[k], f"d{n}", expression,
                         label=label if label in ("DATE", "TIME") else "TIME")


class MarkedQuotes(Stage):
    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.max_words = claims_module.lexicon().max_quote_words

    def annotate(self, doc: Doc) -> None:
        if QUOTES not in doc.spans:
            doc.spans[QUOTES] = []
        for n, quote in enumerate(find_quotes(doc_text(doc), self.max_words)):
            add_span(doc, QUOTES, quote.start, quote.end, f"q{n + 1}", quote)


class RuleClaims(Stage):
    def annotate(self, doc: Doc) -> None:
        if CLAIMS not in doc.spans:
            doc.spans[CLAIMS] = []
        for reading in claims_module.read_claims(doc, doc._.entities):
            start, end = reading.claim.content_span
            add_span(doc, CLAIMS, start, end, reading.claim.id, reading)


class LinearTriggers(Stage):
    """The learned trigger detector (:mod:`newstrace.extract.events.detector`): it writes
    the words it finds likely to tell an event; the events stage weighs them against
    its rules (the order is in :mod:`newstrace.extract.events`)."""

    def __init__(self, nlp: Language, name: str, model: str, floor: float, only_read: bool = False):
        super().__init__(nlp, name)
        from newstrace.extract.events.detector import TriggerDetector, shipped

        self.detector = shipped() if model == "shipped" else TriggerDetector.load(model)
        self.floor = floor
        self.only_read = only_read

    def annotate(self, doc: Doc) -> None:
        from newstrace.extract.events.detector import write_detected

        read = events_module.detections_read() if self.only_read else None
        write_detected(doc, self.detector, self.floor, read)


class RuleEvents(Stage):
    def annotate(self, doc: Doc) -> None:
        if EVENTS not in doc.spans:
            doc.spans[EVENTS] = []
        for event in events_module.extract_events(doc):
            start, end = event.trigger_span or event.sentence_span
            add_span(doc, EVENTS, start, end, event.id, event, label=event.type)


class FrequencySummary(Stage):
    def __init__(self, nlp: Language, name: str, sentences: int):
        super().__init__(nlp, name)
        self.sentences = sentences

    def annotate(self, doc: Doc) -> None:
        doc._.summary = summary_module.summarize(doc, self.sentences)


@Language.factory("newstrace_entities_rules_v1", assigns=["doc._.entities", "doc.spans"],
                  requires=["doc.ents", "token.dep", "token.pos"])
def make_rule_entities(nlp: Language, name: str) -> RuleEntities:
    return RuleEntities(nlp, name)


@Language.factory("newstrace_places_gazetteer_v1", assigns=["doc._.entities"], requires=["doc._.entities"])
def make_gazetteer_places(nlp: Language, name: str) -> GazetteerPlaces:
    """Country codes of the entities that are places, from the article and the gazetteer."""
    return GazetteerPlaces(nlp, name)


@Language.factory("newstrace_coref_rules_v1", assigns=["doc.spans", "token._.coref"],
                  requires=["doc._.entities", "doc.spans", "token.dep", "token.pos", "token.lemma"])
def make_rule_coreference(nlp: Language, name: str) -> RuleCoreference:
    """Rules over the parse and the entity table; word lists in ``data/coref.toml``."""
    return RuleCoreference(nlp, name)


@Language.factory("newstrace_dates_dateparser_v1", assigns=["doc.spans"], requires=["doc.ents"])
def make_parsed_dates(nlp: Language, name: str) -> ParsedDates:
    return ParsedDates(nlp, name)


@Language.factory("newstrace_quotes_marks_v1", assigns=["doc.spans"])
def make_marked_quotes(nlp: Language, name: str) -> MarkedQuotes:
    """The longest quotation is ``[quotes] max_words`` of ``data/cues.toml``."""
    return MarkedQuotes(nlp, name)


@Language.factory("newstrace_claims_rules_v1", assigns=["doc.spans"],
                  requires=["doc._.entities", "doc.spans", "token.dep", "token.lemma"])
def make_rule_claims(nlp: Language, name: str) -> RuleClaims:
    return RuleClaims(nlp, name)


@Language.factory("newstrace_triggers_linear_v1", assigns=["doc.spans"],
                  requires=["token.lemma", "token.dep", "token.pos", "doc.ents"],
                  default_config={"model": "shipped", "floor": 0.02, "only_read": False})
def make_linear_triggers(nlp: Language, name: str, model: str, floor: float, only_read: bool) -> LinearTriggers:
    """``model``: a detector file (``.npz``), or "shipped" for the one in the package;
    ``floor``: words less likely than this to tell an event are not written;
    ``only_read``: only the words the rule events stage reads the detector on are scored
    and written (:func:`newstrace.extract.events.detections_read`), not every candidate
    (:func:`add_stages` sets it when that stage is the events stage)."""
    return LinearTriggers(nlp, name, model, floor, only_read)


_RULE_EVENTS = "newstrace_events_rules_v1"


@Language.factory(_RULE_EVENTS, assigns=["doc.spans"],
                  requires=["doc._.entities", "doc.spans", "token.dep", "token.lemma"])
def make_rule_events(nlp: Language, name: str) -> RuleEvents:
    return RuleEvents(nlp, name)


@Language.factory("newstrace_summary_frequency_v1", assigns=["doc._.summary"],
                  requires=["token.lemma", "doc.ents", "doc.sents"], default_config={"sentences": 3})
def make_frequency_summary(nlp: Language, name: str, sentences: int) -> FrequencySummary:
    """``sentences``: how many sentences the summary keeps."""
    return FrequencySummary(nlp, name, sentences)


def add_stages(nlp: Language, factories: dict[str, str], *, summary_sentences: int | None = None) -> Language:
    """Add the reading stages to ``nlp`` in :data:`STAGES` order, each built by the
    factory ``factories`` names for it; returns ``nlp``. ``summary_sentences`` goes to
    the summary stage when its factory takes a ``sentences`` setting."""
    unknown = set(factories) - set(STAGES)
    if unknown:
        raise ValueError(f"unknown reading stage(s) {sorted(unknown)}: the stages are {', '.join(STAGES)}")
    if "lemmatizer" in nlp.pipe_names:  # the lexicon's "sit-in" as one lemma, at its head piece
        nlp.add_pipe(HYPHEN_LEMMAS, after="lemmatizer")
    for stage in STAGES:
        factory = factories.get(stage)
        if not factory:  # a stage set to "" is left out
            continue
        config: dict[str, Any] = {}
        defaults = nlp.get_factory_meta(factory).default_config or {}
        if stage == "summary" and summary_sentences is not None and "sentences" in defaults:
            config["sentences"] = summary_sentences
        if stage == "triggers" and "only_read" in defaults:
            # the rule events stage reads the detector on some words only: the others go unscored
            config["only_read"] = factories.get("events") == _RULE_EVENTS
        nlp.add_pipe(factory, name=PIPE_PREFIX + stage, config=config)
    # Only the default handler: the model's own components keep theirs (a batch-level
    # failure there is not one article's), and set_error_handler trips on some of them.
    nlp.default_error_handler = record_failure
    return nlp


def stage_pipes(nlp: Language) -> list[str]:
    """The pipes of the reading stages in ``nlp``, in order."""
    names = {PIPE_PREFIX + stage for stage in STAGES}
    return [name for name in nlp.pipe_names if name in names]
