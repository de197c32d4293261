"""Events: who did what to whom, when, where, and whether the article says it happened.

For each sentence, each word is tried against the trigger lexicon
(``data/events.toml``), then the pieces are read off the parse. The fallback order of
each step is documented in its module:

1. trigger (``lexicon``): lemma and part of speech, then the word-sense constraints on
   its arguments and governor; the first rule that holds gives type and mode. Before
   that, a reported clause whose subject "must", "should" or "needs to" act is a
   REQUEST by the speaker to that subject, and the act itself is not told as done; a
   force verb under a threat ("vowed to strike X") is the threat's content, and gives
   the threat its target. When the learned trigger stage ran (``doc.spans["triggers"]``,
   :mod:`~newstrace.extract.events.detector`), it is weighed second, in this order:
   (a) veto: a word a rule names is dropped when the detector finds it less likely
   than ``[detector] keep`` to tell an event *and* its lemma was a candidate at least
   ``keep_seen`` times in training (where the corpus hardly holds a lexicon trigger,
   "placed on alert", the rule's word stands); (b) type: the rule's type stands
   unless the detector finds its own type at least ``retype`` more likely, given an
   event (off: on the training corpus the lexicon types the words it names better,
   85% against 80%); (c) a word no rule fires on becomes a trigger of the detector's
   type when it is at least ``add`` likely; one whose lemma some rule names (the
   rule's constraints failed) only with ``add_named``, at the higher ``add_named_at``
   (with ``add_named_agree``, only as a type the lexicon gives that lemma; thresholds
   in ``data/events.toml``, chosen by cross-validation on the training corpus).
   Roles, modality and the rest stay rules: an added word's actor and target are
   read as any trigger's of its part of speech;
2. roles (``roles``): actor and target from subject/object, passive agent, possessor,
   demonym, "between X and Y", light verbs, then pronouns and state nouns (a learned
   actor chooser was tried and removed: ``training/README.md``);
3. modality and claim (``modality``): negation, speech act by its speaker, plan,
   hedge, report, else asserted; ``attributed_to`` is the claim whose content holds
   the trigger. Then the type's last change, the codebook's reading of announced force:
   a force or coercion the actor itself says it will use is THREATEN (``is_threat``),
   and so is a passive arrest announced for the future with nobody named
   to do it, whose speaker becomes the actor ("demonstrators would be detained, police
   warned": ``is_speaker_threat``; types in ``[types]`` of ``data/events.toml``);
4. date, location, quantity (``context``);
5. filters: an unnamed thing is no actor ("the law targeted ...", ``inanimate_nouns``);
   a protest with no actor is its protesters'; an act of a type that needs an actor
   goes without one, except an agentless passive accusation or release ("he was
   charged", "he is expected to be charged", "he was released"); a
   noun trigger with no actor and no target is kept only when the lexicon marks it
   standalone ("the coup"); a generality with an unnamed, bare-plural actor
   ("governments should sanction ...") is dropped; a trigger inside a name ("Security
   Council", "Air Force") is no trigger; newsroom exchanges ("declined to comment",
   "spoke with VOA") and what a speaker says did not happen (negated, inside a claim)
   are no events. (Each was judged by the cross-validated corpus score,
   ``benchmarks/events``.)
6. one event per happening (``merge``): duplicates within a sentence go, an actorless
   noun takes the actor of the same-typed event before it in its sentence, and a
   happening told again later (same type and parties, as a noun or about the same
   thing, or with no actor of its own) keeps its first sentence;
7. dates and places carried along the story (``context.carry_context``), then an arrest,
   ban or sentence still without an actor is the state body's that tells of it (police,
   a ministry, a court, or the one its spokesperson speaks for: ``_speaking_body``), else
   the state's where it took place (``_state_actors``, ``[types] state_acts``); violence
   still without an actor, or done by an attacker word ("the attacker", "the militants"),
   is the one person (the one organisation) the article names doing violence
   (``_lone_attacker``, ``[types] lone_attacker``, ``[words] attacker_nouns``).
"""
from __future__ import annotations

import re
from functools import cache

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newstrace.data import load_toml
from newstrace.extract.cues import lexicon as cue_lexicon, outlet_key
from newstrace.extract.dates import after_publication
from newstrace.extract.countries import country_by_code
from newstrace.extract.doc import TRIGGERS
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.detector import (DEMAND_LEMMAS, OBLIGATIONS, lexicon_types, word_table,
                                                written_triggers)
from newstrace.extract.events.context import carry_context, date_of, location_of, quantity_of, state_of, told_as_future
from newstrace.extract.events.lexicon import (Rule, argument_lemmas, complements, default_target_preps, governing_verb,
                                              governing_verb_at, is_time_phrase, lemma, lexicon_keys, match, match_at, types,
                                              unsubjected_arguments, words)
from newstrace.extract.events.merge import Candidate, merge
from newstrace.extract.events.modality import is_conditional_threat, is_speaker_threat, is_threat, modality_of
from newstrace.extract.events.roles import PERSON_PRONOUNS, SPEAKER_PRONOUNS, Party, Roles, by_means, claimed_by, party, reporting_verb, roles_of, speaker_of
from newstrace.extract.parsearrays import ParseArrays, parse_arrays
from newstrace.nlp import doc_text
from newstrace.record import Event

__all__ = ["extract_events"]

# Entity labels a trigger word cannot belong to: "Security Council", "Air Force".
_NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"}
# and those of a point in time: "in March", "on Independence Day".
_TIME_LABELS = {"DATE", "TIME"}


def extract_events(doc: Doc) -> list[Event]:
    """The events of ``doc``, read with the entities, claims, quotes and dates the
    stages before wrote on it (see :mod:`newstrace.extract.doc`)."""
    view = ArticleView(doc)
    detected = _detected(doc)
    candidates: list[Candidate] = []
    demanded: set[int] = set()
    maybe = _maybe_triggers(doc, detected)
    table = view.sentence_table
    text = doc_text(doc)
    for start, end, start_char, end_char, read in zip(table.starts, table.ends, table.start_chars, table.end_chars,
                                                      table.readable):
        if not read:
            continue
        here = maybe[bisect_left(maybe, start):bisect_left(maybe, end)]
        if here and _headline(text[start_char:end_char]):
            continue  # "Police Release ID Of Woman Killed In Parking Lot": a title, told again below it
        if here:
            heading_end = _glued_heading(doc, start, end)
            if heading_end is not None:  # "Chinese demand The changes in ...": a subheading glued to its paragraph
                here = [i for i in here if i >= heading_end]
        for i in here:
            token = doc[i]
            if token.i in demanded or token.ent_type_ in _NAME_LABELS and view.entity_at(token) is not None \
                    or token.ent_type_ in _TIME_LABELS:
                continue  # "the Security Council", "in March": a trigger word in a name or a date
            judged = _reported_judgement(token, view)
            if judged is not None:  # "X's decision was wrong, she said": the speaker's charge or praise
                candidate = _candidate(token, *judged, view)
                if candidate is not None:
                    candidates.append(candidate)
                continue
            demand = _reported_demand(token, view)
            if demand is not None:  # what is demanded is not (yet) an event
                candidate = _candidate(token, _DEMAND, demand, view)
                if candidate is not None:
                    candidates.append(candidate)
                demanded.update(c.i for c in complements(token))  # "they need to stand by us"
                continue
            rule = match(token)
            learned = detected.get(token.i) if detected is not None else None
            if rule is not None and learned is not None:
                if learned.score < _DETECTOR.keep and learned.seen >= _DETECTOR.keep_seen:
                    continue  # the detector finds this word unlikely to tell an event here, and has seen it enough
                if _DETECTOR.retype <= 1.0 and learned.margin(rule.type) >= _DETECTOR.retype:
                    rule = replace(rule, type=learned.type, mode=None)
            if rule is None and learned is not None and token.pos_ in _DETECTOR.add_pos and _adds(token, learned):
                rule = _learned_rule(token, learned.type)
            if rule is None or _not_an_event(token, rule) or _asked_not_told(token, rule, end) or _stance(token, view):
                continue
            for roles in roles_of(token, rule, view):
                candidate = _candidate(token, rule, roles, view)
                if candidate is not None and not (candidate.modality == "negated" and candidate.attributed_to):
                    candidates.append(candidate)  # what a speaker says did not happen is no event told
    candidates = _credit_responsibility(candidates, doc, view)
    events = _lone_attacker(_state_actors(carry_context(merge(candidates), doc, view), view), view)
    return [c.to_event(f"v{i}") for i, c in enumerate(events, 1)]


_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _headline(text: str) -> bool:
    """Whether a sentence is a headline in title case: each of its words but the small
    ones ([words] headline_small_words) starts with a capital, at least ``[defaults]
    headline_min_words`` of them ("Woman Convicted of Double Murder In 2010 Kraft Foods
    Rampage", "2 Dead, 1 Wounded in Shooting at NE Phila."). Run once per sentence that
    holds a possible trigger; most sentences stop at their second or third word."""
    small, least = _headline_words()
    capitalised = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in small:
            continue
        if not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= least


def _glued_heading(doc: Doc, start: int, end: int) -> int | None:
    """Where a subheading the sentence splitter left on the front of a paragraph ends: a
    capitalised opener (``[words] heading_openers``: The, Last, In ...) within the first
    ``[defaults] heading_max_words`` words, after a lower-case word and before one ("Chinese
    demand The changes in Japanese immigration policy ...", "Japanese occupation photos Last
    year, Detrez posted ..."). The words before it are a title, not a report."""
    openers, most = _heading_openers()
    for k in range(start + 2, min(start + most + 1, end - 1)):
        word, before, after = doc[k], doc[k - 1], doc[k + 1]
        if word.lower_ in openers and word.text[0].isupper() and before.is_alpha and before.is_lower \
                and (after.is_lower or after.like_num):
            return k
    return None


@cache
def _heading_openers() -> tuple[frozenset[str], int]:
    return words("heading_openers"), int(load_toml("events.toml")["defaults"]["heading_max_words"])


@cache
def _headline_words() -> tuple[frozenset[str], int]:
    return words("headline_small_words"), int(load_toml("events.toml")["defaults"]["headline_min_words"])


def _maybe_triggers(doc: Doc, detected: Mapping[int, _Learned] | None) -> list[int]:
    """The tokens the loop above can make anything of, in order: a word of the trigger
    lexicon (by lemma or by its own form, as :func:`~newstrace.extract.events.lexicon.match`
    looks it up), a word that may voice a demand (:func:`_reported_demand`: one with a
    "must" or "should" of its own, or "need"), or a word the learned stage finds at
    least ``[detector] add`` likely to tell an event (a word no rule names becomes a
    trigger only then; the stage writes every word above its floor, three times as
    many). The others, most of an article, would each be turned down by every test."""
    parse = parse_arrays(doc)  # built by the trigger stage before
    # from the Doc's word table (the triggers stage made it: maps in C over the Doc's
    # lemmas and forms, not a Python step per word)
    words = word_table(doc)
    found = set(words.keyed_or_demand)
    dep, head = parse.dep, parse.head
    found.update(head[i] for i in words.obligations if dep[i] == "aux")  # their verbs
    if detected:
        found.update(i for i, learned in detected.items() if learned.score >= _DETECTOR.add)
    return sorted(found)


@dataclass(frozen=True)
class _DetectorUse:
    keep: float
    keep_seen: int
    add: float
    add_pos: frozenset[str]
    add_named: bool
    retype: float
    add_named_at: float
    add_named_agree: bool


def detections_read() -> tuple[frozenset[str], frozenset[str]]:
    """The words :func:`extract_events` reads the learned stage's word on, as (lemmas
    and forms, parts of speech): a word whose lemma or own form a rule names (a rule may
    match it: the detector may veto or retype it) or one of a part of speech the
    detector adds triggers of (``[detector] add_pos``). Of any other word (an adjective
    or a proper noun no rule names) what the stage wrote changes nothing here: the loop
    would take it into ``_maybe_triggers`` at most, where a demand needs a verb, no rule
    matches it and none is added for it. The triggers stage need not score those."""
    return lexicon_keys(), _DETECTOR.add_pos


def _detector_use() -> _DetectorUse:
    table = load_toml("events.toml")["detector"]
    add = float(table["add"])
    return _DetectorUse(keep=float(table["keep"]), keep_seen=int(table.get("keep_seen", 0)), add=add,
                        add_pos=frozenset(table["add_pos"]), add_named=bool(table.get("add_named", True)),
                        retype=float(table.get("retype", 2.0)), add_named_at=float(table.get("add_named_at", add)),
                        add_named_agree=bool(table.get("add_named_agree", False)))


_DETECTOR = _detector_use()


class _Learned(NamedTuple):
    """What the learned trigger stage says of one word (a named tuple: one is made for
    each of the ~16,000 words the stage writes over the corpus, and a frozen dataclass
    costs three times as much to make)."""
    type: str  # its likeliest event type
    score: float  # how likely it tells an event at all
    seen: int  # how often its lemma was a candidate in training
    labels: list[str]  # the columns of ``types``
    types: list[float]  # the probability of each type, given an event

    def margin(self, rule_type: str) -> float:
        """How much likelier the detector finds its own type than ``rule_type``."""
        if not self.types or rule_type not in self.labels:
            return 0.0
        return self.types[self.labels.index(self.type)] - self.types[self.labels.index(rule_type)]


def _detected(doc: Doc) -> dict[int, _Learned] | None:
    """What the learned trigger stage wrote, by token; None when that stage did not
    run, so the rules work alone."""
    if TRIGGERS not in doc.spans:
        return None
    group = doc.spans[TRIGGERS]
    attrs = group.attrs
    labels = attrs.get("labels") or []
    n = len(group)
    seen = attrs.get("seen") or [0] * n
    types = attrs.get("types") or [[]] * n
    written = written_triggers(doc)  # the stage's own table: no Span made per word
    if written is None:
        spans = list(group)
        written = [span.start for span in spans], [span.label_ for span in spans]
    return {i: _Learned(label, score, count, labels, dist)
            for i, label, score, count, dist in zip(*written, attrs["scores"], seen, types)}


def _adds(token: Token, learned: _Learned) -> bool:
    """Whether the detector makes a trigger of a word no rule fired on: one no rule
    names at ``add``; one whose lemma some rule names (its constraints failed) at
    ``add_named_at``, and only when ``add_named`` and, with ``add_named_agree``, when the
    detector's type is one the lexicon gives that lemma."""
    named = lexicon_types(token)
    if not named:
        return learned.score >= _DETECTOR.add
    return _DETECTOR.add_named and learned.score >= _DETECTOR.add_named_at and (
        not _DETECTOR.add_named_agree or learned.type in named)


def _learned_rule(token: Token, event_type: str) -> Rule:
    """A rule for a word no lexicon rule names, typed by the detector: roles are read
    as for any trigger of that part of speech."""
    return Rule(type=event_type, lemmas=frozenset({lemma(token)}), pos=frozenset({token.pos_, "NOUN"}),
                mode=None, target_preps=default_target_preps())


def _candidate(token: Token, rule: Rule, roles: Roles, view: ArticleView) -> Candidate | None:
    if roles.actor is not None and roles.actor.token is not None and _natural_force(roles.actor.token) \
            or _struck_by_nature(parse_arrays(token.doc), token.i):
        return None  # "Tropical Cyclone Jude slammed into southern Africa": nature does no act
    if roles.actor is not None and _inanimate(roles.actor, view):
        roles = replace(roles, actor=None)  # "the law targeted gaming addictions": a thing does not act
    actor = roles.actor.name if roles.actor else None
    target = roles.target.name if roles.target else None
    if rule.type == "THREATEN" and target is None and token.pos_ == "VERB":
        threatened = _threatened_target(token, view)
        target = threatened.name if threatened else None
    if actor is not None and actor == target:
        target = None
    if actor is None and rule.type == "PROTEST":
        actor = sorted(words("protest_actor"))[0]
    if rule.type == "MOBILIZE" and roles.target is not None and roles.target.token is not None \
            and view.table.actor_of(roles.target.token) is None and view.entity_at(roles.target.token) is None:
        target = None  # troops move to places; an unnamed place is no party
    if rule.type in types("press_exchange") and (any(_is_press(n) for n in (actor, target) if n)
                                                 or _with_press(token, view)):
        return None  # "spoke with VOA", "asked by a reporter": an interview, not an act between parties
    is_noun = token.pos_ not in ("VERB", "AUX")
    if actor is None and target is None and is_noun and rule.type in types("agentless_passive"):
        held = _held_on(token)  # "arrested on a charge of domestic violence": the one held is charged
        held_party = party(held, view) if held is not None else None
        target = held_party.name if held_party is not None else None
    if actor is None and target is None and not rule.standalone:
        return None
    if actor is None and rule.type not in types("actorless") and not (
            (rule.type in types("agentless_passive") or rule.mode in types("agentless_passive_modes")
             or rule.type == "SUPPORT" and lemma(token) in words("agentless_praise_verbs"))
            and (_agentless_passive(token) or target is not None and (_undergone_noun(token) or _against_noun(token)))):
        return None
    if _is_generality(token, roles, view):
        return None
    verdict = modality_of(token, rule, actor, view)
    if verdict.modality in ("planned", "possible") and _in_open_question(token.doc, token.i):
        return None  # "whom they would support", "whether ties will loosen the pact": a future act asked about
    event_type, modality, mode = rule.type, verdict.modality, rule.mode
    if rule.negated and modality in ("negated", "planned"):
        modality = "asserted"  # "will not accept": the refusal is the event, told as it is said
    if event_type == "SUPPORT" and lemma(token) in words("backing_verbs") and (
            modality == "negated" or token.dep_ == "xcomp" and lemma(token.head) in words("refusal_verbs")):
        event_type, modality = "REJECT", "asserted"  # "doesn't support the measure", "refusing to support his plans"
    if event_type == "COERCE" and lemma(token) in words("barring_words") and _foreign(roles, view):
        event_type = "SANCTION"  # "barred Albanian officials from entering", "restrictions on the Chinese AI model"
    if event_type == "ASSAULT" and lemma(token) in words("wordy_clash_words") and _between_persons(token, view):
        event_type = "ACCUSE"  # "the Oval Office clash between Trump and Zelenskyy": two people clash in words
    if event_type == "RETREAT" and lemma(token) in words("surrender_verbs") and any(
            c.dep_ == "dobj" and c.lower_ in words("reflexive_pronouns") for c in token.children):
        event_type = "CONCEDE"  # "the suspect surrendered himself to police": gives himself up, no forces withdrawn
    if event_type == "THREATEN" and lemma(token) in words("warning_verbs") and _warned_of_other(token):
        event_type = "ACCUSE"  # "warned that the Somali government's actions would divide the country"
    directive = _directive_over(token)
    if directive is not None:  # "advised her to kill", "directed Lopez to kill": the advice is the act told
        governor, kind = directive
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subject is not None:  # the one who advises or prevents acts ("the rules kept them from ...": no one)
            teller = party(subject, view)
            teller = None if teller is None or _inanimate(teller, view) else teller
            actor = teller.name if teller is not None else None
            if actor is None:
                return None
        event_type, mode = kind, None
        modality = modality_of(governor, replace(rule, type=kind, mode=None, verbal=kind == "REQUEST"), actor,
                               view).modality
        if kind == "REQUEST":  # the one advised is asked (one kept from an act is not its target)
            advised = next((c for c in governor.children if c.dep_ in ("dobj", "iobj")), None)
            told = party(advised, view) if advised is not None else None
            target = told.name if told is not None and told.name != actor else None
    elif rule.type in types("threat_capable") and is_threat(token, actor, verdict, view):
        event_type, modality, mode = "THREATEN", "asserted", rule.mode or "threaten force"
    elif (rule.type in types("speaker_threat") or rule.type == "COERCE" and rule.mode in types("speaker_threat_modes")) \
            and is_speaker_threat(token, actor, verdict):
        event_type, modality, mode = "THREATEN", "asserted", rule.mode or "threaten force"
        actor = verdict.speaker  # the one who announces it threatens it
    elif event_type not in types("conditional_threat_exempt") and is_conditional_threat(token, actor, verdict):
        event_type, modality, mode = "THREATEN", "asserted", "ultimatum"
    date, date_text = date_of(token, view)
    if modality not in ("planned", "possible") and after_publication(date, view.published) \
            and not told_as_future(token, date_text):
        date = None  # a past or present event cannot happen after its report: the date was misread
    sentence = view.sentence_of(token.i)
    exclude = {n for n in (actor, target) if n}
    return Candidate(
        type=event_type, mode=mode, actor=actor, target=target,
        trigger=_trigger_text(token, rule), trigger_span=(token.idx, token.idx + len(token.text)),
        sentence=view.text[sentence.start_char:sentence.end_char], sentence_span=(sentence.start_char, sentence.end_char),
        date=date, date_text=date_text, location=location_of(token, view, exclude),
        quantity=quantity_of([roles.patient, roles.actor.token if roles.actor else None,
                              roles.target.token if roles.target else None, token]),
        modality=modality, attributed_to=verdict.attributed_to,
        is_noun=is_noun, lemma=token.lemma_.lower(), sentence_index=sentence.start,
        arguments=argument_lemmas(token), token_index=token.i,
        bare=is_noun and actor is None and target is None,
        governors=_ancestors(token),
        definite=_definite(token), linked=_continued(token),
        target_named=_named_person(target, view),
        offices=_offices(actor, view) | _offices(target, view),
        agent_of=_agent_of(token),
        # "X claimed responsibility for the attacks": the actor is known from the claim, and
        # the deed it names is one told before (merge), as `_credit_responsibility` marks it
        credited=is_noun and actor is not None and claimed_by(token) is not None,
    )


def _directive_over(token: Token) -> tuple[Token, str] | None:
    """The verb that asks another party to do what ``token`` names, and the act that
    is: REQUEST for a verb of advice or direction whose object is told to do it ("advised
    her to kill", "directed Lopez to kill", "encouraged Zelensky to investigate":
    ``[words] advising_verbs``; the one advised would do the deed, not the adviser),
    COERCE for a verb that keeps its object from doing it ("had prevented lawyers from
    contacting the detainees": ``[words] preventing_verbs``)."""
    if token.pos_ != "VERB":
        return None
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "VERB" and lemma(head) in words("advising_verbs") and _has_object(head):
        return head, "REQUEST"
    if token.dep_ == "pcomp" and head.lower_ == "from" and head.head.pos_ == "VERB" \
            and lemma(head.head) in words("preventing_verbs") and _has_object(head.head):
        return head.head, "COERCE"  # active, its object named: "was barred from entering" tells no one who barred
    return None


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "iobj") for c in verb.children)


def _natural_force(head: Token) -> bool:
    """A force of nature (``[words] natural_forces``): the word, or a word compounded with
    it ("Tropical Cyclone Jude", "Hurricane Katrina")."""
    return _natural_force_at(parse_arrays(head.doc), head.i)


def _natural_force_at(parse: ParseArrays, i: int) -> bool:
    """:func:`_natural_force` of word ``i``, over the Doc's arrays (no Token per word)."""
    forces, lemmas, lowers, deps = words("natural_forces"), parse.lemma, parse.lower, parse.dep
    return any(lemmas[w] in forces or lowers[w].removesuffix("s") in forces
               for w in (i, *(c for c in parse.children(i) if deps[c] == "compound")))  # "Hurricanes Katrina"


def _struck_by_nature(parse: ParseArrays, i: int) -> bool:
    """A passive whose agent is a force of nature: "destroyed or submerged by floods"
    (the agent may hang from the last of conjoined verbs). Word ``i`` of the Doc whose
    arrays ``parse`` holds: the walk goes by index, as the rules' walks do."""
    if parse.pos[i] not in ("VERB", "AUX"):
        return False
    deps, children = parse.dep, parse.children
    verbs = [i, *(c for c in children(i) if deps[c] == "conj")]
    return any(deps[a] == "agent" and any(deps[o] == "pobj" and _natural_force_at(parse, o) for o in children(a))
               for v in verbs for a in children(v))


def _warned_of_other(token: Token) -> bool:
    """A warning whose clause has another party's conduct as its subject ("the Somali
    government's actions would divide the country": a noun of conduct, ``[words]
    conduct_nouns``, whose possessor is a noun, not "its" or "our") charges that party
    with harm; the warner threatens nothing of its own."""
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and subject.lemma_.lower() in words("conduct_nouns") and any(
                    c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in subject.children):
                return True
    return False


def _between_persons(token: Token, view: ArticleView) -> bool:
    """A clash of named people (not of crowds, forces or states): a row in words. The
    parties are the clash's subject and its "between" / "with" objects (and their
    conjuncts); every one named must be a PERSON entity, and two at least."""
    sides = [c for c in token.children if c.dep_ in ("nsubj", "poss")]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("between", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    sides.append(obj)
                    sides.extend(c for c in obj.children if c.dep_ == "conj")
    if len(sides) < 2:
        return False
    for side in sides:
        entity = view.entity_at(side)
        if entity is None or entity.type != "PERSON":
            return False
    return True


def _foreign(roles: Roles, view: ArticleView) -> bool:
    """A ban laid by a party of one country on another state or its people (the target
    read as a named state, the actor's country known and another) bars a foreign state:
    a sanction (travel bans, restrictions on trade), not coercion of one's own subjects
    (``[words] barring_words``)."""
    if roles.actor is None or roles.target is None:
        return False
    actor, target = view.table.named(roles.actor.name), view.table.named(roles.target.name)
    if actor is None or target is None or target.type != "GPE" or not actor.country or not target.country:
        return False
    return actor.country != target.country


def _named_person(name: str | None, view: ArticleView) -> bool:
    ent = view.table.named(name) if name else None
    return ent is not None and ent.type == "PERSON"


def _agent_of(token: Token) -> int | None:
    """The verb a noun trigger is the agent of ("was killed by an airstrike": killed)."""
    head = token.head
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and head.dep_ == "agent" and head.head is not head:
        return head.head.i
    return None


def _offices(name: str | None, view: ArticleView) -> frozenset[str]:
    """The parties a named person holds an office of or belongs to ("Lula, the President of Brazil": Brazil)."""
    ent = view.table.named(name) if name else None
    if ent is None or ent.type != "PERSON":
        return frozenset()
    country = country_by_code(ent.country) if ent.country else None
    parties = {r.of for r in ent.roles if r.of} | ({country.name} if country is not None else set())
    return frozenset(f"{name}\t{p}" for p in parties)


# how a verb continues the one before it: "shot and killed", "stormed the town, killing"
_CONTINUING = frozenset({"conj", "advcl", "xcomp"})


def _continued(token: Token) -> frozenset[int]:
    """The verbs a trigger continues (up to two steps up through a conjunction, a
    participle clause or a complement): an event of the same type and actor there is the
    same act."""
    parse = parse_arrays(token.doc)
    heads, deps = parse.head, parse.dep
    out, t = [], token.i
    for _ in range(2):
        if deps[t] not in _CONTINUING or heads[t] == t:
            break
        t = heads[t]
        out.append(t)
    return frozenset(out)


def _ancestors(token: Token) -> frozenset[int]:
    """The words above ``token`` (``Token.ancestors``), as indices."""
    heads = parse_arrays(token.doc).head
    out, t = [], token.i
    while heads[t] != t:
        t = heads[t]
        out.append(t)
    return frozenset(out)


def _definite(token: Token) -> bool:
    """"the attacks", "these talks": a determiner that refers back."""
    parse = parse_arrays(token.doc)
    anaphoric = words("anaphoric_determiners")
    return any(parse.dep[c] in ("det", "poss") and parse.lower[c] in anaphoric for c in parse.children(token.i))


def _is_press(name: str) -> bool:
    """A news outlet or the press, which interviews and asks but is no party to an event."""
    return outlet_key(name) in cue_lexicon().media or name.split()[-1].lower() in words("press_words")


def _with_press(token: Token, view: ArticleView) -> bool:
    """"With Wikinews, Hammons discusses his background": the exchange is with the press,
    though the press is neither actor nor target of the clause (an interview)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    ent = view.entity_at(obj)
                    if _is_press(ent.name if ent is not None else obj.text):
                        return True
    return False


def _agentless_passive(token: Token) -> bool:
    """"He was charged": a clause that says it was done, not by whom (not a participle on
    a noun, "people accused of crimes", which tells no happening); so is a passive under
    a passive that holds its subject ("he is expected to be charged")."""
    deps = {c.dep_ for c in token.children}
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "acl" and "agent" not in deps \
            and lemma(token) in words("charged_participles"):
        return _one_charged(token.head)  # "a policeman charged with killing X": a formal charge was laid
    if token.pos_ != "VERB" or token.tag_ != "VBN" or "auxpass" not in deps or "agent" in deps:
        return False
    return "nsubjpass" in deps or token.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in token.head.children)


def _one_charged(noun: Token) -> bool:
    """The noun a charge participle describes is someone in particular: a name, or a noun
    with an article, a number or an owner ("a policeman", "the two youths", "his son"),
    a person named or a noun for people (``[words] charged_person_nouns``, a title word);
    not "anyone" or a bare plural ("people charged with crimes": a kind, not a happening)."""
    from newstrace.extract.names import title_words

    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    if noun.pos_ != "NOUN" or not (lemma(noun) in words("charged_person_nouns") or noun.lower_ in title_words()):
        return False  # "a preliminary hearing for John Jenkin, 23, charged with ...": the parse hung it on the hearing
    return any(c.dep_ in ("det", "nummod", "poss") and c.lower_ not in words("generic_persons") for c in noun.children)


def _against_noun(token: Token) -> bool:
    """"Charges against X", "the accusation against Biden": a charge noun with the one
    charged after "against" and nobody named to make it, which says it was made (as "he
    was charged"); not the object of another act, of a verb or an "of" ("the dropping of
    charges against protesters", "dismissed the charges against him")."""
    if token.pos_ != "NOUN" or token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.lower_ == "of":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)


def _undergone_noun(token: Token) -> bool:
    """"He faces charges", "the move drew criticism": a noun its clause's subject undergoes
    or receives, which says it was done to them, not by whom (as "he was charged"); so is
    a charge one is arrested or held "on"."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj"):
        return False
    head = governing_verb(token)
    if head is None:
        return False
    if lemma(head) in words("undergoing") or lemma(head) in words("receiving"):
        return True
    return _held_on(token) is not None


def _held_on(token: Token) -> Token | None:
    """"Was arrested on a charge of domestic violence", "detained on espionage charges": the
    one a holding verb holds on a charge (its passive subject or its object) is charged."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep" or lemma(prep.head) not in words("held_on_verbs"):
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "dobj")), None)


def _inanimate(actor: Party, view: ArticleView) -> bool:
    """An unnamed phrase whose head is a thing, a rule or a state of affairs."""
    head = actor.token
    if head is None or view.entity_at(head) is not None or view.table.actor_of(head) is not None \
            or actor.name.split()[-1].lower() != head.lower_:
        return False  # named, or resolved to a name ("the organization" -> the group it refers to)
    things = _things()
    return head.lower_ in things or head.lemma_.lower() in things


@cache
def _things() -> frozenset[str]:
    return words("inanimate_nouns") | words("instrument_nouns")  # "the car hit her": its driver did


# "the minister said Syria must withdraw": a demand put to the clause's subject.
_DEMAND = Rule(type="REQUEST", lemmas=frozenset(), pos=frozenset({"VERB", "AUX"}), mode="demand", verbal=True)
_OBLIGATION = OBLIGATIONS  # "must", "should"
_NEED = DEMAND_LEMMAS  # "need"


def _reported_demand(token: Token, view: ArticleView) -> Roles | None:
    """A speaker saying another party must (should, needs to) do something asks it to.
    The clause must be reported, by a speaker who is not its subject."""
    parse = parse_arrays(token.doc)  # asked of every word the loop looks at: no Token per dependant
    i, deps = token.i, parse.dep
    if parse.pos[i] not in ("VERB", "AUX") or deps[i] not in ("ccomp", "ROOT", "conj", "parataxis"):
        return None
    children = parse.children(i)
    if not (any(deps[c] == "aux" and parse.lower[c] in _OBLIGATION for c in children) or (
            parse.lemma[i] in _NEED and any(deps[c] == "xcomp" and parse.pos[c] == "VERB" for c in children))):
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in SPEAKER_PRONOUNS or subject.lower_ in ("it", "this", "that", "there", "one"):
        return None
    target = party(subject, view)
    if target is not None and _inanimate(target, view):
        return None  # "wind energy should be growing": a wish about a thing, not a demand
    if _no_addressee(token, subject, view):
        return None
    speaker = speaker_of(token, view)
    if target is None or speaker is None or speaker == target.name:
        return None
    if reporting_verb(token) is None and view.claim_at(token.idx) is None:
        return None
    return Roles(Party(speaker, None), target, None)


# "Nabil's murder is unacceptable", "President Trump is right": a speaker's judgement
_JUDGED_AGAINST = Rule(type="ACCUSE", lemmas=frozenset(), pos=frozenset({"ADJ", "NOUN"}), mode="judgement", verbal=True)
_JUDGED_FOR = Rule(type="SUPPORT", lemmas=frozenset(), pos=frozenset({"ADJ", "NOUN"}), mode="judgement", verbal=True)
_COPULA_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


@cache
def _judgement_words() -> tuple[frozenset[str], ...]:
    return (words("judgements_against"), words("judgement_nouns"), words("judgements_for"), words("ruling_verbs"),
            words("condition_marks"), words("person_pejoratives"), words("praise_words"))


def _reported_judgement(token: Token, view: ArticleView) -> tuple[Rule, Roles] | None:
    """A speaker judging an act as wrong or right ("Nabil's murder is unacceptable,"
    said X; "It was a mistake to support ...", in X's quote; "President Trump is right,"
    Y told VOA) accuses or backs the one who did it: ACCUSE or SUPPORT (``[words]
    judgements_against`` and ``judgement_nouns``, ``judgements_for``; an adjective only
    as an adjective: "these attacks are our right" praises no one) by the speaker. The
    word must be the predicate ("acomp" / "attr") of a plain "be" that heads its clause
    or the content of a verb of saying; and that "be" carries no negation, modal ("could be
    unconstitutional", "would be very good"), condition ("if") or complementiser of a
    noun ("accusations that the trial is unfair"). The clause must be reported, by a
    named speaker who is not its subject ("we are right") and not a court finding
    (``[words] ruling_verbs``: "ruled the prorogation was unlawful" is the court's
    REJECT), nor a teller within the quote ("Court says prorogation was unlawful", in
    Sturgeon's words). The target is the party whose act is judged: the subject's
    possessor ("Trump's declaration"), else a named party the subject is ("Trump is
    right"); none where the subject names none ("Leaving them to die is a big mistake").
    A person judged as a person is the same: a noun of ``[words] person_pejoratives``
    ("He was a dictator", "this individual is a terrorist": ACCUSE), or a person named
    or a person pronoun called by a noun of ``praise_words`` or one an adjective of it
    modifies ("Mendez was a true American hero", "He was an excellent politician":
    SUPPORT)."""
    parse = parse_arrays(token.doc)
    i = token.i
    if parse.lemma[i] in words("blame_words") or parse.lemma[i] in words("blame_modifiers"):
        blamed = _called_by_blame(token, view)
        if blamed is not None:
            return blamed
    adjectives, nouns, backing, ruling, conditions, pejoratives, praise = _judgement_words()
    word, pos, predicate = parse.lemma[i], parse.pos[i], i
    of_person = False  # a judgement of a person as a person: "He was an excellent politician"
    if pos == "ADJ" and word in praise and parse.dep[i] == "amod" and parse.pos[parse.head[i]] == "NOUN" \
            and parse.tag[i] != "JJS":  # "Harris is the best person to help me": a choice ranked, no praise
        predicate, of_person, rule = parse.head[i], True, _JUDGED_FOR  # "Cummings was a great man"
    elif pos == "NOUN" and word in praise:
        of_person, rule = True, _JUDGED_FOR  # "Mendez was a hero"
    elif pos == "NOUN" and (word in nouns or word in pejoratives):
        rule = _JUDGED_AGAINST  # "was a big mistake", "He was a dictator"
    elif pos == "ADJ" and (word in adjectives or word in backing):
        rule = _JUDGED_FOR if word in backing else _JUDGED_AGAINST
    elif word in words("blame_motives") and not _bare_motive(parse, i):
        rule = _JUDGED_AGAINST  # "it was politically motivated"
    else:
        return None  # "These attacks are our right": a noun "right" is an entitlement
    if parse.dep[predicate] not in ("acomp", "attr"):
        return None
    copula = parse.head[predicate]
    if parse.lemma[copula] != "be" or parse.dep[copula] not in _COPULA_DEPS:
        return None
    if parse.dep[copula] == "ccomp" and parse.pos[parse.head[copula]] not in ("VERB", "AUX"):
        return None  # "rejected accusations that Lai's trial is unfair": the clause names a charge
    subject = None
    for c in parse.children(copula):
        dep = parse.dep[c]
        if dep == "neg" or dep == "aux" and parse.tag[c] == "MD" or dep == "mark" and parse.lower[c] in conditions:
            return None
        if dep in ("nsubj", "nsubjpass") and subject is None:
            subject = c
    if subject is not None and parse.lower[subject] in SPEAKER_PRONOUNS:
        return None  # "we are absolutely right": one's own conduct
    if of_person and (subject is None or parse.ent[subject] != "PERSON" and parse.lower[subject] not in PERSON_PRONOUNS):
        return None  # "His demise is a great loss", "the release was a good sign": no person praised
    verb = reporting_verb(token)
    reading = view.claim_at(token.idx)
    if verb is None and reading is None:
        return None
    if verb is not None and lemma(verb) in ruling or reading is not None and any(
            w in ruling for w in reading.claim.cue.lower().split()):
        return None
    speaker = speaker_of(token, view)
    if speaker is None or view.table.named(speaker) is None:
        return None
    if verb is not None and reading is not None \
            and reading.claim.content_span[0] <= verb.idx < reading.claim.content_span[1]:
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        told_by = party(teller, view) if teller is not None else None
        if told_by is not None and told_by.name != speaker:
            return None  # "Court says prorogation was unlawful", in Sturgeon's quote: the court's finding retold
    target = None
    if subject is not None:
        doc = token.doc
        possessor = next((c for c in doc[subject].children if c.dep_ == "poss"), None)
        target = party(possessor, view) if possessor is not None else party(doc[subject], view)
        if target is not None and target.name == speaker:
            return None  # the speaker's own conduct
        if target is not None and (_inanimate(target, view) or possessor is None
                                   and view.table.named(target.name) is None):
            target = None  # "The core of this idea is hypocritical": the subject names no party
    return rule, Roles(Party(speaker, None), target, None)


def _bare_motive(parse: ParseArrays, i: int) -> bool:
    """A motive word ("motivated") without an adverb that makes it blame ("politically")."""
    return parse.lemma[i] in words("blame_motives") and not any(
        parse.lower[c] in words("blame_motive_adverbs") for c in parse.children(i))


def _called_by_blame(token: Token, view: ArticleView) -> tuple[Rule, Roles] | None:
    """One party calling another, or its act, by a word of blame: "called her a liar",
    "branded the vote illegal", "labelled them terrorists" (the word the object
    predicate, ``oprd``, of a verb of ``[words] calling_verbs``, or a modifier or later
    conjunct of it: "termed her a corrupt oaf"), "described the attacks as a dastardly
    act" (the object of "as" under ``as_calling_verbs``): ACCUSE by the calling verb's
    subject (a party) against its object; not negated or under a modal ("did not call
    him a liar", "would call it illegal"). And a speaker's judgement of blame on another
    party's act named in the sentence ("Russia's illegal aggression", "X's politically
    motivated trial": ``blame_modifiers`` as a modifier of a noun with a possessor that
    is a named party), in reported speech by a named speaker other than that party:
    ACCUSE by the speaker against the possessor."""
    parse = parse_arrays(token.doc)
    doc = token.doc
    blame, calling, as_calling = words("blame_words"), words("calling_verbs"), words("as_calling_verbs")
    modifiers = words("blame_modifiers")
    i = token.i
    word = parse.lemma[i]
    if _bare_motive(parse, i):
        return None  # "motivated" blames only as "politically motivated"
    predicate = i
    if parse.dep[predicate] in ("amod", "advmod") and parse.pos[parse.head[predicate]] == "NOUN":
        if word in words("blame_categories"):
            predicate = -1  # "described as illegal aliens": a class of people named, no blame of its own
        else:
            predicate = parse.head[predicate]  # "a corrupt oaf", "a dastardly act"
    while predicate >= 0 and parse.dep[predicate] == "conj" and parse.head[predicate] != predicate:
        predicate = parse.head[predicate]  # "a corrupt oaf and a lousy traitor"
    verb = parse.head[predicate] if predicate >= 0 else -1
    as_head = parse.head[verb] if predicate >= 0 and parse.lower[verb] == "as" else -1
    if as_head >= 0 and parse.lemma[as_head] not in as_calling and parse.dep[as_head] == "dobj":
        obj, as_head = as_head, parse.head[as_head]  # "described the attacks as ...": "as" hung on the object
    else:
        obj = None
    if predicate >= 0 and word in blame and parse.dep[predicate] == "oprd" and parse.lemma[verb] in calling:
        obj = next((c for c in parse.children(verb) if parse.dep[c] == "dobj"), None)
    elif predicate >= 0 and word in blame and parse.dep[predicate] == "pobj" and as_head >= 0 \
            and parse.lemma[as_head] in as_calling:
        verb = as_head
        if obj is None:
            obj = next((c for c in parse.children(verb) if parse.dep[c] == "dobj"), None)
    else:
        obj = None
    if obj is not None:
        if any(parse.dep[c] == "neg" or parse.dep[c] == "aux" and parse.tag[c] == "MD" for c in parse.children(verb)):
            return None
        caller = verb
        while parse.dep[caller] == "conj" and not any(parse.dep[c] == "nsubj" for c in parse.children(caller)):
            caller = parse.head[caller]  # "called her party fascist and termed her a traitor"
        subject = next((c for c in parse.children(caller) if parse.dep[c] == "nsubj"), None)
        actor = party(doc[subject], view) if subject is not None else None
        if actor is None:
            return None
        target = party(doc[obj], view)
        if target is not None and target.name == actor.name:
            return None
        return _JUDGED_AGAINST, Roles(actor, target, None)
    if word not in modifiers or parse.dep[i] not in ("amod", "advmod"):
        return None
    noun = parse.head[i]
    if parse.pos[noun] != "NOUN":
        return None
    possessor = next((c for c in parse.children(noun) if parse.dep[c] == "poss"), None)
    if possessor is None:
        return None
    target = party(doc[possessor], view)
    if target is None or view.table.named(target.name) is None or _inanimate(target, view):
        return None
    if reporting_verb(token) is None and view.claim_at(token.idx) is None:
        return None
    speaker = speaker_of(token, view)
    if speaker is None or view.table.named(speaker) is None or speaker == target.name:
        return None
    return _JUDGED_AGAINST, Roles(Party(speaker, None), target, None)


def _no_addressee(token: Token, subject: Token, view: ArticleView) -> bool:
    """A "must" or "should" that asks no party to act: a passive clause about an unnamed
    thing ("the border should be extended", "key details need to be worked out": whoever
    is to do it is not said), a generic subject ("any leader should", "every society
    needs to", "a host must"; ``[words] generic_determiners``), or a regret about the past
    ("he shouldn't have spent a day in prison"), a state of mind or of things rather than
    an act ("lawmakers must understand", "the frontier should head east"; ``[words]
    stative_verbs``), or a subject that stands for anyone
    ("people must know"; ``[words] generic_subjects``)."""
    if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in token.children) and token.tag_ == "VBN":
        return True
    act = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), token) \
        if token.lemma_.lower() in _NEED else token
    if act.lemma_.lower() in words("stative_verbs"):
        return True  # "U.S. lawmakers must understand", "the insurgents should know": no act is asked
    if view.entity_at(subject) is not None or view.table.actor_of(subject.doc[subject.left_edge.i: subject.i + 1]):
        return False
    if subject.dep_ == "nsubjpass" or any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children)
                                          for c in token.children):
        return True
    if subject.lower_ in words("generic_subjects") and not any(c.dep_ in ("det", "poss") for c in subject.children):
        return True  # "people should allow the court process ...": the public at large
    generic = words("generic_determiners")
    return any(c.dep_ == "det" and c.lower_ in generic for c in subject.children)


def _not_an_event(token: Token, rule: Rule) -> bool:
    """Words that name an event without reporting one."""
    parse = parse_arrays(token.doc)  # these walks go by index: no Token per word visited
    i, deps = token.i, parse.dep
    if parse.pos[i] in ("VERB", "AUX"):
        children = parse.children(i)
        # "to destroy the tools": a purpose, not a deed
        if deps[i] in ("advcl", "acl") and any(deps[c] == "aux" and parse.lower[c] == "to" for c in children):
            return True
        # "provided assistance": the noun carries the event
        obj = next((c for c in children if deps[c] == "dobj"), None)
        obj_rule = match_at(token.doc, obj) if obj is not None else None
        if obj_rule is not None and obj_rule.type == rule.type:
            return True
        # "helped negotiate the deal", "helped facilitate a meeting": with no one helped,
        # the verb it helps with carries the act
        if obj is None and parse.lemma[i] in words("helping_verbs") and any(
                deps[c] in ("xcomp", "ccomp") and parse.pos[c] == "VERB"
                and not any(deps[g] == "nsubj" for g in parse.children(c)) for c in children):
            return True  # not "helped Mauritius build an airstrip": Mauritius is helped
        if _assent(parse, i, children):
            return True
        if rule.args_any_unsubjected and not (unsubjected_arguments(parse, i) & rule.args_any):
            return True  # "China's air force is using AI-powered tests": the force is who uses, not what is used
        if parse.lemma[i] in words("appointing_verbs") and _appointed_to_office(parse, children):
            return True  # "designated Wiranto as the nation's security minister": an appointment, no charge
        if parse.lemma[i] in words("document_verbs") and rule.type in types("document_acts") \
                and _a_paper_issued(parse, i, children, obj):
            return True  # "the decree signed by the Pope", "a statement released by her family"
        if obj is None and parse.lemma[i] in words("closing_verbs") and any(deps[c] == "nsubj" for c in children) \
                and not any(deps[c] in ("nsubjpass", "auxpass", "xcomp", "ccomp") for c in children):
            return True  # "some museums have shut": a place closes of itself, no one bars it
        if rule.type == "ASSAULT" and parse.lemma[i] in words("contest_verbs") and _a_contest(parse, i, children):
            return True  # "the Colts beat the Chiefs 24-7", "defeated the Ravens in the playoffs": a game won
        if rule.type == "ASSAULT" and obj is not None and parse.lemma[i] in words("self_injury_verbs") \
                and (parse.lemma[obj] in words("body_parts") or parse.lower[obj] == "it"):
            return True  # "Bush injured his knee", "he originally injured it against the Panthers": hurt himself
        if rule.type == "AID" and parse.lemma[i] in words("helping_verbs") and any(
                deps[c] in ("xcomp", "ccomp") and parse.lemma[c] in words("winning_verbs")
                and _a_contest(parse, c, parse.children(c)) for c in children):
            return True  # "help the Tar Heels beat Evansville 91-73": a game won, no aid ("helped Assad defeat the rebels" stays)
        if obj is not None and parse.lemma[i] in words("striking_verbs") and parse.lemma[obj] in words("road_objects"):
            return True  # "LaSalle hit the gas", "he struck a guard rail": a driver strikes no one
        if (parse.lemma[i] in words("resigning_verbs")
                or (rule.type == "RETREAT" and parse.lemma[i] in words("withdrawing_verbs"))) \
                and _told_as_background(parse, i, children):
            return True  # "Berisha, who resigned as leader", "until he resigned in October": not the news
        if parse.lemma[i] in words("closing_verbs") and _closed_for_hours(parse, children):
            return True  # "the booths were closed at 6:00 p.m.", "is closed until further notice": hours, no act
        if rule.type == "ASSAULT" and _by_accident(parse, i, children):
            return True  # "was killed after slipping and falling", "a collision which killed him": no one struck
        if rule.type == "REJECT" and any(deps[c] == "xcomp" and parse.lemma[c] in words("withheld_speech")
                                         for c in children):
            return True  # "declined to describe the bomb in detail": says no more to the reporter
        if rule.type == "CONSULT" and parse.lemma[i] in words("withheld_talk") \
                and any(deps[c] == "neg" for c in children) \
                and not any(deps[g] == "prep" and parse.lower[g] == "with"
                            for c in children for g in (c, *parse.children(c))):
            return True  # "The police would not discuss a possible motive": says no more, no one consulted
        if rule.type == "CONSULT" and parse.lemma[i] in words("convening_verbs") and _body_in_session(parse, i, children):
            return True  # "The Senate was to meet Monday", "when the royal council met": a session, no one consulted
        if rule.type == "REJECT" and _an_idea_turned_down(parse, children):
            return True  # "rebuffed fears that the tariffs would cause a recession": no party's act refused
        if rule.type in types("animal_acts") and _done_to_animals(parse, children):
            return True  # "millions of dogs are killed for their meat": no party is struck
        if rule.type == "ACCUSE" and parse.lemma[i] in words("inquiry_verbs") and _matter_looked_into(parse, i, children, obj):
            return True  # "continuing to investigate this incident", "as they investigate": no party accused
        if obj is None and parse.lemma[i] in words("falling_verbs") and _measure_falls(parse, i, children):
            return True  # "the number of refugees declined to 230,000": a quantity falls, no one refuses
        if obj is None and parse.lemma[i] in words("campaign_verbs") and _for_a_cause(parse, children):
            return True  # "fighting for their freedom": a campaign, no one attacked
        if obj is not None and parse.lemma[i] in words("perpetrating_verbs") and parse.pos[obj] != "PRON" \
                and not any(deps[c] == "prep" and parse.lower[c] == "to" for c in children):
            return True  # "committed the murder": the deed is done, nothing promised
        if obj is not None and parse.lemma[i] in words("showing_verbs"):
            return True  # "demonstrates a complete lack of understanding": shows, does not protest
        if obj is None and parse.lemma[i] in words("origin_verbs") and any(
                deps[c] == "prep" and parse.lower[c] == "from" for c in children):
            return True  # "Kokesh, who hails from Arizona": where one comes from, no praise
        if rule.type == "REJECT" and parse.lemma[i] in words("breaching_verbs") \
                and not (obj is not None and parse.lemma[obj] in words("directive_objects")):
            return True  # "the declaration violates the Constitution": a charge made of the violator, not its refusal
        if rule.type == "SUPPORT" and parse.lemma[i] in words("acknowledging_verbs") and not _for_merit(parse, children):
            return True  # "an officer recognized her": knew her again; "recognized their bravery" stays
        if rule.type in types("other_party_acts") and obj is not None and parse.lower[obj] in words("reflexive_pronouns"):
            return True  # "use arms only to defend themselves", "Ford announced investigating itself": no other party
        if rule.type in types("moving_acts") and _moving_ahead(parse, i, children):
            return True  # "have pulled way out front in the AI race", "moved ahead with efforts": no retreat, no deployment
        if any(deps[c] == "prt" and f"{parse.lemma[i]} {parse.lower[c]}" in words("leaving_particles") for c in children) \
                and not any(deps[c] == "prep" and parse.lower[c] == "on" for c in children):
            return True  # "the network signed off and went off-air"
    if rule.type == "PROTEST" and parse.pos[i] == "NOUN" and parse.head[i] != i \
            and parse.lemma[parse.head[i]] in words("bowling_verbs"):
        return True  # "bowled a strike in the tenth frame", "threw a strike": a throw in a game, no walkout
    if rule.type == "ACCUSE" and parse.lemma[i] in words("inquiry_nouns") and _matter_under_inquiry(parse, i):
        return True  # "the incident is under police investigation": a matter looked into, no party accused
    if _a_kind_defined(parse, i):
        return True  # "Impeachment is the process by which an official can be removed": a kind of act defined
    if parse.pos[i] == "NOUN" and _a_party_or_place_of(parse, i):
        return True  # "the scene of the attack", "the perpetrators of honor killings": the act names who or where
    if parse.pos[i] not in ("VERB", "AUX") and _named_for(parse, i):
        return True  # "leverage for future negotiations", "the envoy for Ukraine negotiations": named, not told
    if rule.type == "ASSAULT" and _figurative_target(parse, i):
        return True  # "an attack on national security", "tariffs targeting products": no one is struck
    if rule.type in types("threat_capable") and _threatened(token):
        return True
    if deps[i] in ("xcomp", "ccomp") and parse.lemma[parse.head[i]] in words("permission_verbs"):
        return True  # "a bill that would allow China to extradite suspects": what is allowed is not done
    if _set_by_a_norm(parse, i):
        return True  # "Thai law forbids speaking ill of the royal family": a norm laid down, no act done
    if _not_done(parse, i):
        return True
    if _in_condition(parse, i):
        return True
    return _requested(token.doc, parse, i) or _purpose(parse, i) or _newsroom_exchange(parse, i)


_SCORE = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")


def _a_contest(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """A verb of beating told with a score ("beat the Chiefs 24-7") or with a word of a game
    (``[words] contest_words``: "in the playoffs", "by 12 points", "in straight sets") among
    its own dependents and theirs: a game won, no one struck. "Police beat the protesters"
    names none."""
    deps, contest = parse.dep, words("contest_words")

    def scored(t: int) -> bool:  # "24-7", or "24", "-", "7" as the tokenizer splits it
        return bool(_SCORE.match(parse.lower[t])) or parse.pos[t] == "NUM" and t + 2 < len(parse.lower) \
            and parse.lower[t + 1] in ("-", "\u2013") and parse.pos[t + 2] == "NUM"

    for c in children:
        if scored(c) or parse.lemma[c] in contest:
            return True
        if deps[c] in ("prep", "npadvmod", "dobj", "advmod") and any(
                scored(g) or parse.lemma[g] in contest for g in parse.children(c)):
            return True
    return False


def _body_in_session(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """A verb of meeting with no one met (no object, no "with" / "between" phrase) whose one
    subject is a deliberative body (``[words] assembly_nouns``: senate, council, cabinet ...):
    "The Senate was to meet Monday to discuss ...", "When the royal council met, ...". A
    body convening is a session of its own, not talks between parties; "G7 was scheduled to
    meet", "Cameroon and C.A.R. officials met" (parties that meet one another) stay."""
    deps = parse.dep
    if any(deps[c] in ("dobj", "conj") or deps[c] == "prep" and parse.lower[c] in ("with", "between", "among")
           for c in children):
        return False
    subjects = [c for c in children if deps[c] == "nsubj"]
    if not subjects and deps[i] == "xcomp" and parse.head[i] != i:  # "was (set) to meet"
        subjects = [c for c in parse.children(parse.head[i]) if deps[c] in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and parse.lemma[subjects[0]] in words("assembly_nouns") \
        and not any(deps[c] == "conj" for c in parse.children(subjects[0]))


def _set_by_a_norm(parse: ParseArrays, i: int) -> bool:
    """The subject of the verb (or of a clause it is the complement or conjunct of)
    is a law or a written rule (``[words] norm_nouns``): "Thai law forbids speaking ill of the
    royal family", "NATO guidelines call for 2%", "the Constitution specifies that officials
    are removed from office". What a norm lays down is a standing rule, not a happening; a
    clause with a subject of its own ("the law passed and police arrested ...") is read by
    that subject. A relative "that" / "which" is not followed back to a decree ("a decree
    that bars any person ...": the corpus codes the decree's act)."""
    deps, heads, pos = parse.dep, parse.head, parse.pos
    if pos[i] not in ("VERB", "AUX"):
        return False  # "the constitution is facing criticism from legal experts": a noun's act is its own
    t = i
    for _ in range(3):
        subjects = [c for c in parse.children(t) if deps[c] == "nsubj"]
        if subjects:
            return any(parse.lemma[c] in words("norm_nouns") for c in subjects)
        if deps[t] not in ("ccomp", "xcomp", "conj") or heads[t] == t:
            return False
        t = heads[t]
    return False


def _told_as_background(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """A verb in a relative clause, or in a clause of time ("until he resigned", "before
    resigning": ``[words] background_marks``), which describes or dates another act."""
    deps, marks = parse.dep, words("background_marks")
    if deps[i] == "relcl":
        return True
    if deps[i] == "advcl" and any(deps[c] == "mark" and parse.lower[c] in marks for c in children):
        return True
    return deps[i] == "pcomp" and parse.head[i] != i and parse.lower[parse.head[i]] in marks


def _closed_for_hours(parse: ParseArrays, children: list[int]) -> bool:
    """A passive of closing with no agent and a time it holds at or until (``[words]
    hours_preps`` with a DATE / TIME entity or an ``hours_words`` object, or a DATE / TIME
    modifier of its own): "were closed at 6:00 p.m.", "will be closed tomorrow"."""
    deps, ent = parse.dep, parse.ent
    if not any(deps[c] in ("auxpass", "nsubjpass") for c in children) or any(deps[c] == "agent" for c in children):
        return False
    timed, preps = ("DATE", "TIME"), words("hours_preps")
    for c in children:
        if deps[c] == "npadvmod" and ent[c] in timed:
            return True
        if deps[c] == "prep" and parse.lower[c] in preps and any(
                deps[g] == "pobj" and (ent[g] in timed or parse.lemma[g] in words("hours_words"))
                for g in parse.children(c)):
            return True
    return False


def _by_accident(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """A harm told as an accident's (``[words] accident_nouns`` as the subject, or the noun a
    relative clause's "which" stands for, or in an ``accident_preps`` phrase;
    ``accident_verbs`` in an "after" / "while" clause, of a verb with no active subject)."""
    deps, nouns = parse.dep, words("accident_nouns")
    for c in children:
        if deps[c] in ("nsubj", "nsubjpass") and (parse.lemma[c] in nouns or parse.lower[c] in ("which", "that")
                                                 and deps[i] == "relcl" and parse.lemma[parse.head[i]] in nouns):
            return True
    if any(deps[c] == "nsubj" for c in children):
        return False  # "the gunman killed him after the crash": one who acts
    for c in children:
        if deps[c] == "prep" and parse.lower[c] in words("accident_preps") and any(
                deps[g] == "pobj" and parse.lemma[g] in nouns for g in parse.children(c)):
            return True
        if deps[c] == "prep" and parse.lower[c] in ("after", "while") and any(
                deps[g] == "pcomp" and parse.lemma[g] in words("accident_verbs") for g in parse.children(c)):
            return True
        if deps[c] == "advcl" and parse.lemma[c] in words("accident_verbs"):
            return True
    return False


def _appointed_to_office(parse: ParseArrays, children: list[int]) -> bool:
    """A verb of appointing whose "as" phrase (or object predicate) is an office ("as the
    nation's security minister", "named him chief of staff": ``data/titles.txt``), not a
    label ("designated the YPG as terrorists" stays)."""
    from newstrace.extract.names import title_words

    deps = parse.dep
    for c in children:
        if deps[c] == "oprd" and parse.lower[c] in title_words():
            return True
        if deps[c] == "prep" and parse.lower[c] == "as" and any(
                deps[o] == "pobj" and parse.lower[o] in title_words() for o in parse.children(c)):
            return True
    return False


def _named_for(parse: ParseArrays, i: int) -> bool:
    """An event noun in a "for" phrase that describes another noun ("leverage for future
    negotiations", "a plan for yesterday's march", "the envoy for Ukraine negotiations"):
    what the thing is for, not an event told. Not when the phrase hangs on a verb
    ("on their way to Moscow for discussions": the trip's purpose), nor after a noun of
    credit (``[words] credit_nouns``: "claimed responsibility for the attack" tells the
    attack, and hands it to the claimer)."""
    if parse.dep[i] != "pobj":
        return False
    prep = parse.head[i]
    if parse.lower[prep] != "for" or parse.head[prep] == prep:
        return False
    holder = parse.head[prep]
    if parse.pos[holder] == "VERB":
        return parse.lemma[holder] in words("awaiting_verbs")  # "wait for UNHCR's help": hoped for, not given
    return parse.pos[holder] in ("NOUN", "PROPN") and parse.lemma[holder] not in words("credit_nouns")


def _a_paper_issued(parse: ParseArrays, i: int, children: list[int], obj: int | None) -> bool:
    """A verb of issuing whose paper (``[words] document_nouns``: its object, its passive
    subject, or the noun its participle describes, "the decree signed by the Pope") is one
    party's own: no agreement is signed, no one released. Not when the verb names a party
    it is done "with" or the paper is "joint" ("signed a joint declaration")."""
    deps, lemmas = parse.dep, parse.lemma
    if any(deps[c] == "prep" and parse.lower[c] == "with" for c in children):
        return False
    papers = [c for c in children if deps[c] in ("nsubjpass",)]
    if obj is not None:
        papers.append(obj)
    if deps[i] == "acl" and parse.head[i] != i:
        papers.append(parse.head[i])
    nouns = words("document_nouns")
    return any(lemmas[p] in nouns and not any(parse.lower[m] == "joint" for m in parse.children(p)) for p in papers)


def _an_idea_turned_down(parse: ParseArrays, children: list[int]) -> bool:
    """A verb of rejecting whose object (or passive subject) is an idea, a fear or an
    argument (``[words] idea_objects``), not a party's claim, request or act."""
    items = [c for c in children if parse.dep[c] in ("dobj", "nsubjpass")]
    if not items:  # "rejected the idea migration can lead to ...": the parser makes "idea" part of the clause's subject
        return any(parse.dep[c] == "ccomp" and any(
            parse.dep[s] == "nsubj" and any(parse.dep[m] == "compound" and parse.lemma[m] in words("idea_objects")
                                            for m in parse.children(s)) for s in parse.children(c)) for c in children)
    return all(parse.lemma[c] in words("idea_objects") for c in items)


def _moving_ahead(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """A verb of moving told forward (``[words] forward_words`` ahead, forward, front, as the
    verb's adverb or an adverb under it): a withdrawal verb told forward is no retreat
    ("China and the U.S. have pulled way out front in the AI race"); "moved ahead with" a
    plan or an effort (``[words] proceeding_objects``) goes on with it, no force is deployed. "troops moved forward to the border" (no
    "with"), "pulled its troops out" and "withdrew ahead of the vote" (a time) stay."""
    deps, forward = parse.dep, words("forward_words")

    def ahead(k: int) -> bool:  # not "ahead of the vote": a time
        return parse.lower[k] in forward and not any(
            deps[g] == "prep" and parse.lower[g] == "of" for g in parse.children(k))
    for c in children:
        if deps[c] not in ("advmod", "prt", "prep"):
            continue
        if ahead(c):
            if parse.lemma[i] in words("withdrawing_verbs"):
                return True
            if any(deps[w] == "prep" and parse.lower[w] == "with" and any(
                    deps[o] == "pobj" and parse.lemma[o] in words("proceeding_objects") for o in parse.children(w))
                    for w in list(parse.children(c)) + children):
                return True
        elif parse.lemma[i] in words("withdrawing_verbs") and any(
                deps[g] in ("advmod", "npadvmod", "pobj") and ahead(g) for g in parse.children(c)):
            return True
    return False


def _a_kind_defined(parse: ParseArrays, i: int) -> bool:
    """The trigger is in a relative clause (at most three heads up) that defines a kind of
    happening: of a noun of procedure (``[words] procedure_nouns``: "Impeachment is the
    process by which a federal official can be removed"), or of a bare or indefinite
    plural of ``[words] occurrence_nouns`` ("characterizes events where four or more
    people are killed"). "the incident in which police shot him" tells one happening."""
    deps, k = parse.dep, i
    for _ in range(4):
        if deps[k] == "relcl":
            n = parse.head[k]
            if parse.lemma[n] in words("procedure_nouns"):
                return True
            return parse.lemma[n] in words("occurrence_nouns") and parse.tag[n] == "NNS" and not any(
                deps[d] in ("det", "poss") and parse.lower[d] not in ("a", "an", "any") for d in parse.children(n))
        if parse.head[k] == k or deps[k] in ("ROOT",):
            return False
        k = parse.head[k]
    return False


def _a_party_or_place_of(parse: ParseArrays, i: int) -> bool:
    """An event noun (or a conjunct of one) "of" a noun that names who did it or where
    (``[words] act_party_nouns`` scene, site, perpetrator, culprit, footage ...): "the scene of
    the attack is hard to reach", "the top perpetrators of transnational repression". The
    act is a reference that describes a place or party, not the news. "victims of rape"
    is left: the gold codes the harm done to the victims named."""
    deps, k = parse.dep, i
    while deps[k] == "conj" and parse.head[k] != k:
        k = parse.head[k]
    if deps[k] != "pobj":
        return False
    p = parse.head[k]
    if parse.lower[p] != "of" or parse.head[p] == p:
        return False
    return parse.lemma[parse.head[p]] in words("act_party_nouns")


def _done_to_animals(parse: ParseArrays, children: list[int]) -> bool:
    """The verb's object or passive subject is an animal (``[words] animal_nouns``), or a
    quantity "of" animals ("millions of dogs are killed", "capture the dogs")."""
    deps, animals = parse.dep, words("animal_nouns")
    for c in children:
        if deps[c] not in ("dobj", "nsubjpass"):
            continue
        if parse.lemma[c] in animals:
            return True
        if parse.pos[c] == "NUM" or parse.lemma[c] in words("measure_nouns") or parse.lower[c] in ("millions", "thousands", "hundreds", "dozens"):
            for p in parse.children(c):
                if deps[p] == "prep" and parse.lower[p] == "of" and any(
                        deps[o] == "pobj" and parse.lemma[o] in animals for o in parse.children(p)):
                    return True
    return False


def _matter_looked_into(parse: ParseArrays, i: int, children: list[int], obj: int | None) -> bool:
    """A verb of inquiry that names no party looked into: no object at all ("as they
    investigate"), a clause ("investigating whether a manifesto was posted"), or a matter
    (``[words] inquiry_matters``: "investigate this incident", "had investigated the case",
    "investigating the specifics"). "investigating Trump", "investigating the shooting" (a
    deed, whose doer is accused) stay."""
    deps = parse.dep
    items = [c for c in children if deps[c] in ("dobj", "nsubjpass")]
    if obj is None and any(deps[c] == "ccomp" for c in children):
        return True
    if not items:
        return not any(deps[c] in ("prep", "agent", "xcomp", "ccomp", "dative") for c in children) \
            and deps[i] not in ("acl", "relcl", "xcomp")
    return all(parse.lemma[c] in words("inquiry_matters") for c in items)


def _matter_under_inquiry(parse: ParseArrays, i: int) -> bool:
    """A noun of inquiry "under" which a matter is (``[words] inquiry_matters``): "the
    incident is currently under police investigation". "X was placed under investigation"
    (a party) stays."""
    prep = parse.head[i]
    if parse.dep[i] != "pobj" or parse.lower[prep] != "under" or parse.head[prep] == prep:
        return False
    holder = parse.head[prep]
    return any(parse.dep[c] in ("nsubj", "nsubjpass") and parse.lemma[c] in words("inquiry_matters")
               for c in parse.children(holder))


def _measure_falls(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """A verb of falling with no complement whose subject (or, for "continues to decline",
    its governor's) is a measure (``[words] measure_nouns``): a quantity falls."""
    deps = parse.dep
    if any(deps[c] == "xcomp" for c in children):
        return False  # "declined to comment": a refusal
    subjects = [c for c in children if deps[c] == "nsubj"]
    if not subjects and deps[i] == "xcomp" and parse.head[i] != i:
        subjects = [c for c in parse.children(parse.head[i]) if deps[c] == "nsubj"]
    return any(parse.lemma[c] in words("measure_nouns") for c in subjects)


def _not_done(parse: ParseArrays, i: int) -> bool:
    """A verb the sentence does not tell as done: the to-infinitive of a word of inability,
    eligibility, likelihood or feeling ("is eligible to appeal", "was unable to negotiate",
    "are likely to be seized on", "would like to thank"; ``[words] capacity_words``)."""
    head = parse.head[i]
    return parse.dep[i] == "xcomp" and head != i and parse.pos[i] in ("VERB", "AUX") \
        and parse.lemma[head] in words("capacity_words")


_QUOTE_MARKS = frozenset({'"', "'", "”", "’", "“", "‘", ")", "]"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _asked_not_told(token: Token, rule: Rule, end: int) -> bool:
    """A question tells no event: the verb of a direct question ("Which individuals would
    you ask to be in your cabinet?", "By prohibiting the sales, will it end?": an auxiliary
    before the subject, in a sentence that ends with a question mark), and a bare "asked"
    that puts a question, not a request, to no one ("Bugajski asked.", "What person has a
    child, she asked."; ``[words] question_verbs``: no object, no addressee, no
    complement but the question itself; "asked for X to be kept secret" is a request)."""
    parse = parse_arrays(token.doc)
    i, deps = token.i, parse.dep
    if rule.type == "REQUEST" and parse.lemma[i] in words("question_verbs"):
        children = parse.children(i)
        if not any(deps[c] in ("dobj", "dative", "xcomp", "prep", "obj", "iobj") for c in children) and not any(
                deps[c] in ("ccomp", "advcl") and any(deps[m] == "mark" and parse.lower[m] in ("that", "for")
                                                      for m in parse.children(c)) for c in children):
            return True
    if parse.pos[i] not in ("VERB", "AUX"):
        return False
    last = end - 1
    while last > i and (parse.lower[last] in _QUOTE_MARKS or parse.lower[last].isspace()):  # "?\n" too
        last -= 1
    if parse.lower[last] != "?":
        return False
    t = i
    for _ in range(3):  # the trigger's clause, or the one its phrase hangs from ("By prohibiting ..., will it end?")
        children = parse.children(t)
        subjects = [c for c in children if deps[c] in _SUBJECTS]
        if subjects:  # "Which individuals would you ask": an auxiliary before a subject
            return any(deps[c] in ("aux", "auxpass") and c < subjects[-1] for c in children)
        if deps[t] == "ROOT" or parse.head[t] == t:
            return False
        t = parse.head[t]
    return False


def _stance(token: Token, view: ArticleView) -> bool:
    """A standing position on an issue is no act: "she supports LGBT rights", "it strongly
    opposes abortion" (a stance verb, ``[words] stance_verbs``, in the simple present with
    an object that names no party). Towards a party or its doings it is one ("the group
    opposes Chinese investment", "Russia supports the U.S. proposal")."""
    parse = parse_arrays(token.doc)
    i, deps = token.i, parse.dep
    if parse.lemma[i] not in words("stance_verbs") or parse.tag[i] not in ("VBZ", "VBP"):
        return False
    children = parse.children(i)
    if any(deps[c] in ("aux", "auxpass", "neg") for c in children):
        return False
    obj = next((c for c in children if deps[c] == "dobj"), None)
    if obj is None:
        return False
    doc = token.doc
    return view.table.actor_of(doc[doc[obj].left_edge.i: doc[obj].right_edge.i + 1]) is None


def _in_condition(parse: ParseArrays, i: int) -> bool:
    """"... if the Kremlin agrees", "if convicted, he could face life in prison": an act in
    the condition of a clause is supposed, not told (``[words] condition_marks``: the
    trigger's clause, the first verb at or above it, is an adverbial clause so marked)."""
    pos, deps, heads = parse.pos, parse.dep, parse.head
    t = i
    for _ in range(4):
        if pos[t] in ("VERB", "AUX") or heads[t] == t:
            break
        t = heads[t]
    for _ in range(3):  # "if someone were able to shut the system down", "if children can be attacked or kidnapped"
        if deps[t] not in ("xcomp", "acomp", "conj") or pos[heads[t]] not in ("VERB", "AUX", "ADJ"):
            break
        t = heads[t]
    if pos[t] not in ("VERB", "AUX") or deps[t] != "advcl":
        return False
    marks = words("condition_marks")
    return any(deps[m] == "mark" and parse.lower[m] in marks for m in parse.children(t))


_WH_TAGS = frozenset({"WDT", "WP", "WP$"})  # who, whom, what, which: not how, when, where, why
_QUESTION_CLAUSES = frozenset({"ROOT", "ccomp", "csubj", "pcomp", "xcomp"})
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "parataxis"})


def _in_open_question(doc: Doc, i: int) -> bool:
    """The trigger's clause is a question that is asked, not answered: an embedded question
    opened by "whether" / "if" ("one question is whether ties will loosen the Sino-Russian
    pact"; ``[words] open_question_marks``) or a clause that starts with a wh-phrase ("did not
    announce whom they would support", "aims to understand what concessions Ukraine might
    be willing to make"): who or what will act or be acted on is open, so is the act. A
    question of manner or degree ("questions remain how much Iranian assistance is received
    by the Houthis", "to what extent the United States will defend its ally") takes the act
    as given and is not asked here (the dev gold codes the first). Asked only of acts read
    as planned or possible: "described how police arrested him" tells an act. A relative or
    adverbial clause ("the bill that would fund", "when he visits") is no question."""
    parse = parse_arrays(doc)  # asked only of the few planned or possible candidates
    heads, deps, tags, lowers, pos = parse.head, parse.dep, parse.tag, parse.lower, parse.pos
    marks = words("open_question_marks")
    t = i
    for _ in range(7):
        if pos[t] in ("VERB", "AUX", "ADJ") and deps[t] in _QUESTION_CLAUSES:
            children = parse.children(t)
            if deps[t] in ("ccomp", "pcomp") and any(deps[m] == "mark" and lowers[m] in marks for m in children):
                return True
            first = doc[t].left_edge.i
            if tags[first] in _WH_TAGS or lowers[first] == "whether":
                w, clean = first, True
                for _ in range(8):  # the wh-word belongs to this clause, not to one inside it ("when he visits, ...")
                    if w == t or heads[w] == w:
                        break
                    if w != first and deps[w] in _OTHER_CLAUSES:
                        clean = False
                        break
                    w = heads[w]
                if clean and w == t:
                    return True
        if deps[t] in _OTHER_CLAUSES or deps[t] == "ROOT" or heads[t] == t:
            return False
        t = heads[t]
    return False


def _for_a_cause(parse: ParseArrays, children: list[int]) -> bool:
    """A fighting verb's "for" a cause with no opponent ("against", "with", a conjoined
    side) and not for ground (``[words] contested_objects``: "fought for control of the
    town")."""
    deps, lower = parse.dep, parse.lower
    preps = [c for c in children if deps[c] == "prep"]
    causes = [g for c in preps if lower[c] == "for" for g in parse.children(c) if deps[g] == "pobj"]
    if not causes or any(lower[c] in ("against", "with", "between") for c in preps):
        return False
    return not any(parse.lemma[g] in words("contested_objects") for g in causes)


def _figurative_target(parse: ParseArrays, i: int) -> bool:
    """An attack whose object is an order, a value or trade (``[words] figurative_targets``:
    a verb's direct object, a noun's "on" / "against" phrase): "an attack on the
    constitutional order", "tariffs targeting European products" strike no one; the corpus
    codes the speaker's charge, not an assault."""
    deps, figurative = parse.dep, words("figurative_targets")
    if deps[i] == "acl" and parse.pos[i] == "VERB" and parse.head[i] != i \
            and parse.lemma[parse.head[i]] in words("inanimate_nouns"):
        return True  # "Trump's tariffs targeting Canada", "the effort targeting fentanyl": a measure strikes no one
    for c in parse.children(i):
        if deps[c] == "dobj" and parse.lemma[c] in figurative:
            return True
        if deps[c] == "prep" and parse.lower[c] in ("on", "against") and any(
                deps[g] == "pobj" and parse.lemma[g] in figurative for g in parse.children(c)):
            return True
    return False


def _for_merit(parse: ParseArrays, children: list[int]) -> bool:
    """A verb of acknowledging praises only a merit, as its object or what it is "for"
    (``[words] merit_nouns``: "recognized the efforts of", "recognized her for her
    bravery"); a person or a state it recognizes is known again or accepted, no praise."""
    deps, merits = parse.dep, words("merit_nouns")
    for c in children:
        if deps[c] == "dobj" and parse.lemma[c] in merits:
            return True
        if deps[c] == "prep" and parse.lower[c] == "for" and any(
                deps[g] == "pobj" and parse.lemma[g] in merits for g in parse.children(c)):
            return True
    return False


def _assent(parse: ParseArrays, i: int, children: list[int]) -> bool:
    """"Hataman agreed, saying ...", "agreed with officials' concerns", "if the Kremlin
    agrees": a verb of assent with nothing agreed to or on, no object and no named party
    agreed with shares an opinion, not an agreement (``[words] assent_verbs``)."""
    if parse.lemma[i] not in words("assent_verbs"):
        return False
    deps, lower = parse.dep, parse.lower
    for c in children:
        if deps[c] in ("xcomp", "dobj", "ccomp"):
            return False
        if deps[c] == "prep" and lower[c] in words("agreed_marks"):
            return False
        if deps[c] == "prep" and lower[c] == "with" and any(deps[g] == "pobj" and parse.ent[g] for g in parse.children(c)):
            return False  # "agreed with Airbus": a party
    return True


def _newsroom_exchange(parse: ParseArrays, i: int) -> bool:
    """"declined to comment", "a request for comment": the reporter's exchange with a
    party, which tells no act of that party."""
    asked = words("newsroom_objects")
    deps, lemmas = parse.dep, parse.lemma
    for child in parse.children(i):
        if deps[child] in ("xcomp", "dobj", "advcl") and lemmas[child] in asked:
            return True
        if deps[child] == "prep" and any(deps[g] == "pobj" and lemmas[g] in asked for g in parse.children(child)):
            return True
    return False


def _purpose(parse: ParseArrays, i: int) -> bool:
    """"..., aiming to topple the government": the goal of an act, not a deed."""
    pos, deps, heads, lemmas = parse.pos, parse.dep, parse.head, parse.lemma
    t = i if pos[i] in ("VERB", "AUX") else governing_verb_at(parse, i)
    if t is not None and t != i and lemmas[t] not in words("light_verbs"):
        return False  # "trying to break a blockade": the blockade is there already
    while t is not None and deps[t] == "conj" and heads[t] != t:
        t = heads[t]
    if t is None or pos[t] not in ("VERB", "AUX") or deps[t] != "xcomp":
        return False
    head = heads[t]
    lower = parse.lower[head]
    stem = lower[:-3] if lower.endswith("ing") else lower
    return parse.tag[head] == "VBG" and deps[head] in ("advcl", "acl") and (
        lemmas[head] in words("purpose_verbs") or stem in words("purpose_verbs") or stem + "e" in words("purpose_verbs"))


def _threatened(token: Token) -> bool:
    """"vowed to strike back at X": the force is what is threatened; the threat is the event."""
    if token.head.pos_ != "VERB" or token not in complements(token.head):
        return False
    outer = match(token.head)
    return outer is not None and outer.type == "THREATEN"


def _threatened_target(token: Token, view: ArticleView) -> Party | None:
    """The target of a threat is the target of the force it threatens."""
    for child in complements(token):
        inner = match(child)
        if inner is not None and inner.type in types("threat_capable"):
            for roles in roles_of(child, inner, view):
                if roles.target is not None:
                    return roles.target
    return None


def _requested(doc: Doc, parse: ParseArrays, i: int) -> bool:
    """What someone asks for is not (yet) an event: "called for the bill to be dropped"."""
    heads, deps = parse.head, parse.dep
    t = i
    for _ in range(4):
        if heads[t] == t or deps[t] not in ("xcomp", "advcl", "ccomp", "pobj", "dobj", "prep", "pcomp"):
            return False
        t = heads[t]
        rule = match_at(doc, t) if parse.pos[t] in ("VERB",) else None
        if rule is not None and rule.type == "REQUEST":
            return True
    return False




_RESPONSIBILITY = frozenset({"responsibility"})
_NOBODY = frozenset({"nobody", "none", "noone", "no-one"})


def _credit_responsibility(candidates: list[Candidate], doc: Doc, view: ArticleView) -> list[Candidate]:
    """"X claimed responsibility for the attacks" makes X the actor of attacks told
    without one."""
    from newstrace.extract.events.lexicon import governing_verb, words
    from newstrace.extract.events.roles import party

    if "responsib" not in doc_text(doc).lower():
        return candidates  # most articles: no need to walk every token
    for i in [i for i, lemma_ in enumerate(parse_arrays(doc).lemma) if lemma_ in _RESPONSIBILITY]:
        token = doc[i]
        verb = governing_verb(token)
        if verb is None or verb.lemma_.lower() not in words("responsibility"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _NOBODY or any(c.dep_ == "neg" for c in verb.children) \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            continue  # "No one has claimed responsibility", "the group did not claim responsibility"
        claimer = party(subject, view)
        if claimer is None:
            continue
        candidates = [replace(c, actor=claimer.name, credited=True) if c.actor is None and c.type == "ASSAULT" else c
                      for c in candidates]
    return candidates


def _state_actors(events: list[Candidate], view: ArticleView) -> list[Candidate]:
    """An arrest, a ban or a sentence told with nobody named to do it is the state's where
    it happened ("the PKK is banned in Turkey", "he was jailed"): the country of its
    place, as the article names it, becomes its actor (types ``[types] state_acts``; the
    corpus codes these so, RECORD.md: a country stands for its government). Not when
    that country is the target, nor when the sentence tells it already."""
    acts = types("state_acts")
    told = {(e.sentence_index, e.type, e.actor, e.target) for e in events}
    out = []
    for event in events:
        if event.actor is None and event.type in acts and event.lemma not in words("removal_lemmas"):
            state = _speaking_body(event, view) or state_of(event.location, view)
            if state and state != event.target and (event.sentence_index, event.type, state, event.target) not in told:
                told.add((event.sentence_index, event.type, state, event.target))
                event = replace(event, actor=state)
        out.append(event)
    return out


def _lone_attacker(events: list[Candidate], view: ArticleView) -> list[Candidate]:
    """Violence told with nobody named to do it ("three others were injured", "the woman
    was killed in a stairwell", "the second attack, killing eight") or done by a word for
    an attacker ("the attacker continued to attack others", ``[words] attacker_nouns``) in
    an article whose violence one person is named doing is that person's: the report of
    one attacker's deeds tells each victim's harm without naming him again (types ``[types]
    lone_attacker``). A plural attacker word ("militants", "the terrorists") is likewise
    the one organisation an article names doing violence. Not when the attacker is the
    one harmed, nor when the article names two, nor where his act is told already."""
    acts, described = types("lone_attacker"), types("attacker_described")
    people: set[str] = set()
    groups: set[str] = set()
    for e in events:
        ent = view.table.named(e.actor) if e.type in acts and e.actor else None
        if ent is not None and ent.type == "PERSON":
            people.add(ent.name)
        elif ent is not None and ent.type == "ORG":
            groups.add(ent.name)
    if len(people) != 1 and len(groups) != 1:
        return events
    person = next(iter(people)) if len(people) == 1 else None
    group = next(iter(groups)) if len(groups) == 1 else None
    singular, plural = words("attacker_nouns"), words("attacker_plurals")
    told = {(e.sentence_index, e.type, e.actor, e.target) for e in events}
    out = []
    for event in events:
        if event.type in described and view.table.named(event.actor or "") is None:
            last = (event.actor or "").lower().split()[-1:] or [""]
            attacker = person if event.actor is None and event.type in acts or last[0] in singular else (
                group if last[0] in plural else None)
            if attacker is not None and event.target != attacker \
                    and (event.sentence_index, event.type, attacker, event.target) not in told:
                told.add((event.sentence_index, event.type, attacker, event.target))
                event = replace(event, actor=attacker)
        out.append(event)
    return out


def _speaking_body(event: Candidate, view: ArticleView) -> str | None:
    """The state body that tells of an arrest or ban it made no one named for: the police,
    a ministry or the army as speaker, or the one a spokesperson speaks for ("a
    spokesperson for the Indonesian National Police confirmed that two suspects were
    arrested"; ``[words] state_body_words``)."""
    if event.attributed_to is None:
        return None
    speaker = speaker_of(view.doc[event.token_index], view)
    ent = view.table.named(speaker) if speaker else None
    if ent is None:
        return None
    bodies = words("state_body_words")
    if ent.type == "PERSON":
        ent = next((view.table.named(r.of) for r in ent.roles if r.of and view.table.named(r.of) is not None), None)
    if ent is None or ent.type != "ORG" or not any(w in bodies for w in ent.name.lower().split()):
        return None
    return None if ent.name == event.target else ent.name


def _trigger_text(token: Token, rule: Rule) -> str:
    parse = parse_arrays(token.doc)
    deps = parse.dep
    # "called on X to ...", not "On Wednesday, X called ...": the rule's particle only
    extra = [c for c in parse.children(token.i) if deps[c] == "prt" or (
        deps[c] == "prep" and parse.lower[c] in rule.prep_any and not is_time_phrase(parse, c))]
    if not extra:
        return token.text
    return " ".join(token.doc[i].text for i in sorted([token.i, *extra]))


def _is_generality(token: Token, roles: Roles, view: ArticleView) -> bool:
    """An opinion's general statement: an unnamed bare plural doing something as a rule
    ("Governments should impose sanctions", "Wars kill civilians")."""
    actor = roles.actor.token if roles.actor else None
    if actor is None or roles.actor is None or view.entity_at(actor) is not None:
        return False
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if view.table.actor_of(actor.doc[actor.left_edge.i: actor.i + 1]):
        return False
    if actor.tag_ not in ("NNS", "NN") or any(c.dep_ in ("det", "poss", "nummod") for c in actor.children):
        return False
    if token.dep_ == "acl" and actor == token.head:
        # "people visiting the city"; not a finite verb the parser hung on its subject
        # ("Hundreds of farmers protested by blocking roads": roles.by_means)
        return not by_means(token)
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return bool(aux & words("generic_modals")) or (token.tag_ in ("VBP", "VBZ") and not aux)
