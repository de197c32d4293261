"""Events: who did what to whom, when, where, and whether the article says it happened.

For each sentence, each word is tried against the trigger lexicon
(``data/events.toml``), then the pieces are read off the parse. The fallback order of
each step is documented in its module (the modules of this package named in brackets);
this module holds the loop over sentences and words (:func:`extract_events`) and the
assembly of one candidate from its rule and roles (``_candidate``). A sentence that is a
headline, or a subheading glued to its paragraph, gives no triggers (``headlines``).

1. trigger (``lexicon``): lemma and part of speech, then the word-sense constraints on
   its arguments and governor; the first rule that holds gives type and mode. Before
   that, a reported clause whose subject "must", "should" or "needs to" act is a
   REQUEST by the speaker to that subject, and the act itself is not told as done, and a
   speaker's judgement of an act or a party is ACCUSE or SUPPORT (``speech_acts``); a
   force verb under a threat ("vowed to strike X") is the threat's content, and gives
   the threat its target. When the learned trigger stage ran (``doc.spans["triggers"]``,
   :mod:`~newstrace.extract.events.detector`), it is weighed second (``detector_use``), in
   this order:
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
   read as any trigger's of its part of speech. Right after the match, before roles, a
   word that names an act without telling one here is dropped (``not_events``: a sense
   that reports nothing, an act asked about, a speaker's stance);
2. roles (``roles``): actor and target from subject/object, passive agent, possessor,
   demonym, "between X and Y", light verbs, then pronouns and state nouns (a learned
   actor chooser was tried and removed: ``training/README.md``);
3. modality and claim (``modality``): negation, speech act by its speaker, plan,
   hedge, report, else asserted; ``attributed_to`` is the claim whose content holds
   the trigger. Then the type's last changes, in this order: those a trigger's parties
   make (a ban on a foreign state, a clash of named people in words, a warning about
   another's conduct: ``retyping``); a directive over the act ("advised her to kill")
   makes the directive the act told, and no threat reading follows; else the codebook's
   reading of announced force: a force or coercion the actor itself says it will use is
   THREATEN (``is_threat``), and so is a passive arrest announced for the future with
   nobody named to do it, whose speaker becomes the actor ("demonstrators would be
   detained, police warned": ``is_speaker_threat``), and an ultimatum, force promised on
   a condition (``is_conditional_threat``; types in ``[types]`` of ``data/events.toml``).
   Before those, an act a promise verb takes, planned ("agreed to support her opponents'
   plans", ``[types] promised_acts``: ``retyping._promised``), is dropped: the promise
   verb gives its own AGREE;
4. date, location, quantity (``context``);
5. filters (``filters``): an unnamed thing is no actor ("the law targeted ...", ``inanimate_nouns``);
   a protest with no actor is its protesters'; an act of a type that needs an actor
   goes without one, except an agentless passive accusation or release ("he was
   charged", "he is expected to be charged", "he was released"), which is told even when
   its pronoun subject names no one the roles can find ("One was charged with murder",
   ``filters._unnamed_undergoer``); a
   noun trigger with no actor and no target is kept only when the lexicon marks it
   standalone ("the coup") or the detector is at least ``[detector] keep_bare`` sure it tells
   an event ("quiet after the shootings"); a generality with an unnamed, bare-plural actor
   ("governments should sanction ...") is dropped; then, before modality, a noun with no
   actor in a sentence that asks a question is the topic asked about
   (``not_events._asked_about``), funding a government budgets is no AID unless given to a
   named party ("allocate funding for a wall": ``filters._budgeted``), and an adjective of
   pride or delight praises only a named party or actor (``filters._praised``); a trigger inside a name ("Security
   Council", "Air Force") is no trigger; newsroom exchanges ("declined to comment",
   "spoke with VOA") and what a speaker says did not happen (negated, inside a claim)
   are no events. (Each was judged by the cross-validated corpus score,
   ``benchmarks/events``.)
6. one event per happening (``merge``, on the fields of ``candidate_fields``): duplicates
   within a sentence go, an actorless noun takes the actor of the same-typed event before it in its sentence, and a
   happening told again later (same type and parties, as a noun or about the same
   thing, or with no actor of its own) keeps its first sentence;
7. dates and places carried along the story (``context.carry_context``), then
   (``story_actors``, which also credits a claim of responsibility before merging) an arrest,
   ban or sentence still without an actor is the state body's that tells of it (police,
   a ministry, a court, or the one its spokesperson speaks for: ``_speaking_body``), an
   arrest the one police force's the article names (``_police_force``), else the state's
   where it took place (``_state_actors``, ``[types] state_acts``), else an arrest is
   "police"'s where the article speaks of police (``_police``); violence
   still without an actor, or done by an attacker word ("the attacker", "the militants"),
   is the one person (the one organisation) the article names doing violence
   (``_lone_attacker``, ``[types] lone_attacker``, ``[words] attacker_nouns``); last, an
   act done by an unnamed word for the police ("dispersed by police", "the cops opened
   fire") is the one police force the article names (``_named_police``).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from newstrace.extract.countries import country_of
from newstrace.extract.cues import pronouns
from newstrace.extract.dates import after_publication
from newstrace.extract.events import detector_use
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.candidate_fields import (_agent_of, _ancestors, _continued, _definite, _describes,
                                                       _named_person, _offices, _told_in, _trigger_text)
from newstrace.extract.events.context import carry_context, date_of, location_of, quantity_of, state_of, told_as_future
from newstrace.extract.events.detector_use import _adds, _detected, _learned_rule, _maybe_triggers, detections_read
from newstrace.extract.events.filters import (_against_noun, _agentless_passive, _budgeted, _held_on, _is_generality,
                                              _is_press, _natural_force, _praised, _struck_by_nature,
                                              _undergone_noun, _unnamed_undergoer, _with_press)
from newstrace.extract.events.headlines import _glued_heading, _headline
from newstrace.extract.events.lexicon import Rule, argument_lemmas, complements, lemma, match, names_as, types, words
from newstrace.extract.events.merge import Candidate, merge, merge_retold
from newstrace.extract.events.modality import is_conditional_threat, is_speaker_threat, is_threat, modality_of, told_by_other
from newstrace.extract.events.not_events import _asked_about, _asked_not_told, _in_open_question, _not_an_event, _stance
from newstrace.extract.events.retyping import (_achieved_talks, _between_persons, _directive_over, _failed_persuasion,
                                               _foreign, _promised, _threatened_target, _warned_of_other)
from newstrace.extract.events.roles import Roles, claimed_by, inanimate, party, pleaded_to, roles_of
from newstrace.extract.events.sport import _game_play
from newstrace.extract.events.speech_acts import _DEMAND, _reported_demand, _reported_judgement
from newstrace.extract.events.story_actors import _credit_responsibility, _lone_attacker, _named_police, _state_actors
from newstrace.extract.names import folded
from newstrace.extract.parsearrays import parse_arrays
from newstrace.nlp import doc_text
from newstrace.record import Event

__all__ = ["detections_read", "extract_events"]

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
                if learned.score < detector_use.DETECTOR.keep and learned.seen >= detector_use.DETECTOR.keep_seen:
                    continue  # the detector finds this word unlikely to tell an event here, and has seen it enough
                if detector_use.DETECTOR.retype <= 1.0 and learned.margin(rule.type) >= detector_use.DETECTOR.retype:
                    rule = replace(rule, type=learned.type, mode=None)
            if rule is None and learned is not None and token.pos_ in detector_use.DETECTOR.add_pos \
                    and _adds(token, learned):
                rule = _learned_rule(token, learned.type)
            if rule is not None and learned is not None and learned.score >= detector_use.DETECTOR.keep_bare:
                rule = replace(rule, standalone=True)  # "quiet after the shootings": told, its doer unnamed
            if rule is None or _not_an_event(token, rule) or _asked_not_told(token, rule, end) or _stance(token, view):
                continue
            if _game_play(token, rule, view):
                continue  # "landed the best shots of the round", "the pair met" in a fight report: play, not an act
            for roles in roles_of(token, rule, view):
                candidate = _candidate(token, rule, roles, view)
                if candidate is not None and not (candidate.modality == "negated" and candidate.attributed_to):
                    candidates.append(candidate)  # what a speaker says did not happen is no event told
                    if candidate.type == "REQUEST" and candidate.actor and candidate.target \
                            and _failed_persuasion(token):
                        # "failed to dissuade the unions": the attempt, and the refusal of the one urged
                        candidates.append(replace(candidate, type="REJECT", mode=None,
                                                  actor=candidate.target, target=candidate.actor))
    candidates = _credit_responsibility(candidates, doc, view)
    events = _named_police(_lone_attacker(_state_actors(carry_context(merge(candidates), doc, view), view), view), view)
    events = merge_retold(events, _party_names(events, view))  # retellings the story's actors and dates show
    return [c.to_event(f"v{i}") for i, c in enumerate(events, 1)]


def _party_names(candidates: list[Candidate], view: ArticleView) -> dict[str, str]:
    """Each role naming an entity of the article, or one of its aliases, or a country, to
    that entity's or country's name: the parties ``merge_retold`` compares."""
    forms = {folded(form): ent.name for ent in view.table.entities for form in (ent.name, *ent.aliases)}
    out: dict[str, str] = {}
    for role in {r for c in candidates for r in (c.actor, c.target) if r}:
        ent = view.table.named(role)
        country = country_of(role)
        name = ent.name if ent is not None else forms.get(folded(role.removeprefix("the ").removeprefix("The ")))
        if name is None and country is not None:
            name = country.name
        if name is not None:
            out[role] = name
    return out


def _destination_as_state(token: Token, roles: Roles, view: ArticleView) -> bool:
    """A state noun ("authorities", "the government") as the one who deports or expels,
    read as the country people are sent to: the place a removal sends to (``[words]
    removal_lemmas``) is not the state that sends, which the article's own country would
    be only by chance of its mentions."""
    if token.lemma_.lower() not in words("removal_lemmas") or roles.actor is None or roles.actor.token is None:
        return False
    if roles.actor.token.lower_ not in words("state_nouns") or view.table.named(roles.actor.token.text) is not None:
        return False
    return state_of(location_of(token, view, set()), view) == roles.actor.name


def _candidate(token: Token, rule: Rule, roles: Roles, view: ArticleView) -> Candidate | None:
    if roles.actor is not None and roles.actor.token is not None and _natural_force(roles.actor.token) \
            or _struck_by_nature(parse_arrays(token.doc), token.i):
        return None  # "Tropical Cyclone Jude slammed into southern Africa": nature does no act
    if roles.actor is not None and inanimate(roles.actor, view):
        roles = replace(roles, actor=None)  # "the law targeted gaming addictions": a thing does not act
    actor = roles.actor.name if roles.actor else None
    target = roles.target.name if roles.target else None
    if actor is not None and _destination_as_state(token, roles, view):
        actor = None  # "Authorities deported the journalist to Spain": Spain receives, it does not deport
    if rule.type == "THREATEN" and target is None and token.pos_ == "VERB":
        threatened = _threatened_target(token, view)
        target = threatened.name if threatened else None
    if rule.type == "SUPPORT" and token.pos_ == "ADJ" and rule.mode == "praise":
        praised = _praised(token, rule, roles, view)
        if praised is None:
            return None  # "delighted that the deal was signed", "proud of the city's work": no party praised
        target = praised.name
    if actor is not None and actor == target:
        if rule.type in types("both_ways_with") and roles.target is not None and roles.target.token is not None \
                and roles.actor is not None and roles.actor.token is not None \
                and roles.actor.token.lower_ in pronouns("person") | pronouns("group"):
            return None  # "He traveled to meet with Devocht", "he" read as Devocht: no one meets himself
        target = None
    if actor is None and rule.type == "PROTEST" and names_as(lemma(token), "PROTEST"):
        # "the protests went on": a protest word's doers; a word only the detector typed PROTEST
        # ("set the car on fire") names no protesters
        actor = sorted(words("protest_actor"))[0]
    if rule.type == "MOBILIZE" and roles.target is not None and roles.target.token is not None \
            and view.table.actor_of(roles.target.token) is None and view.entity_at(roles.target.token) is None:
        target = None  # troops move to places; an unnamed place is no party
    if rule.type in types("press_exchange") and (any(_is_press(n) for n in (actor, target) if n)
                                                 or _with_press(token, view)):
        return None  # "spoke with VOA", "asked by a reporter": an interview, not an act between parties
    is_noun = token.pos_ not in ("VERB", "AUX")
    if actor is None and target is None and is_noun and rule.type in types("agentless_passive"):
        # "arrested on a charge of domestic violence", "pleaded guilty to charges": the one
        # held, or the one who pleads, is charged
        held = _held_on(token) or pleaded_to(token)
        held_party = party(held, view) if held is not None else None
        target = held_party.name if held_party is not None else None
    if actor is None and target is None and not rule.standalone and not _unnamed_undergoer(token, rule):
        return None
    if actor is None and rule.type not in types("actorless") and not (
            (rule.type in types("agentless_passive") or rule.mode in types("agentless_passive_modes")
             or rule.type == "SUPPORT" and lemma(token) in words("agentless_praise_verbs"))
            and (_agentless_passive(token) or target is not None and (_undergone_noun(token) or _against_noun(token)))):
        return None
    if _is_generality(token, roles, view):
        return None
    if actor is None and is_noun and _asked_about(token):
        return None  # "Are you concerned about the censorship of certain views?": a topic asked about, no one acts
    if rule.type == "AID" and _budgeted(token) and (target is None or view.table.named(target) is None):
        return None  # "allocate funding for the construction of a wall": a budget spent, no aid to a party
    verdict = modality_of(token, rule, actor, view)
    if rule.type in types("promised_acts") and verdict.modality == "planned" and _promised(token):
        return None  # "agreed to support her opponents' plans": the promise verb gives its own AGREE
    if verdict.modality in ("planned", "possible") and _in_open_question(token.doc, token.i):
        return None  # "whom they would support", "whether ties will loosen the pact": a future act asked about
    event_type, modality, mode = rule.type, verdict.modality, rule.mode
    if rule.negated and modality in ("negated", "planned"):
        # "will not accept": the refusal is the event, told as it is said; "Equiluz says the
        # army does not allow agencies in": a refusal someone else tells is hearsay
        modality = "reported" if told_by_other(actor, verdict, view) else "asserted"
    if event_type == "SUPPORT" and lemma(token) in words("backing_verbs") and (
            modality == "negated" or token.dep_ == "xcomp" and lemma(token.head) in words("refusal_verbs")):
        event_type, modality = "REJECT", "asserted"  # "doesn't support the measure", "refusing to support his plans"
    if event_type == "COERCE" and lemma(token) in words("barring_words") and _foreign(roles, view):
        event_type = "SANCTION"  # "barred Albanian officials from entering", "restrictions on the Chinese AI model"
    if event_type == "ASSAULT" and lemma(token) in words("wordy_clash_words") and _between_persons(token, view):
        event_type = "ACCUSE"  # "the Oval Office clash between Trump and Zelenskyy": two people clash in words
    if event_type == "ASSAULT" and lemma(token) in words("strike_participles") and token.tag_ == "VBG" \
            and token.dep_ == "amod" and actor is not None:
        event_type = "PROTEST"  # "police fought striking miners": the miners are on strike, none struck
    if event_type == "RETREAT" and lemma(token) in words("surrender_verbs") and any(
            c.dep_ == "dobj" and c.lower_ in words("reflexive_pronouns") for c in token.children):
        event_type = "CONCEDE"  # "the suspect surrendered himself to police": gives himself up, no forces withdrawn
    if event_type == "CONSULT" and _achieved_talks(token):
        event_type, mode = "AGREE", None  # "was able to negotiate immunity": the talks reached terms
    if event_type == "THREATEN" and lemma(token) in words("warning_verbs") and _warned_of_other(token):
        event_type = "ACCUSE"  # "warned that the Somali government's actions would divide the country"
    directive = _directive_over(token)
    if directive is not None:  # "advised her to kill", "directed Lopez to kill": the advice is the act told
        governor, kind = directive
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subject is not None:  # the one who advises or prevents acts ("the rules kept them from ...": no one)
            teller = party(subject, view)
            teller = None if teller is None or inanimate(teller, view) else teller
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
        date=date, date_text=date_text, location=location_of(token, view, exclude, (event_type, mode)),
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
        agent_of=_agent_of(token), describes=_describes(token), told_in=_told_in(token),
        in_title=token.idx + len(token.text) <= view.title_end,
        # "X claimed responsibility for the attacks": the actor is known from the claim, and
        # the deed it names is one told before (merge), as `_credit_responsibility` marks it
        credited=is_noun and actor is not None and claimed_by(token) is not None,
    )
