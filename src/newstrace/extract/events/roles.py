"""Actor and target of a trigger, from the parse, as canonical entity names.

Fallback order for the actor of a verb trigger:
  1. its subject (``nsubj``), or the ``by``-phrase of a passive;
  2. the subject of the clause it hangs off (``xcomp``, ``advcl``, ``conj``:
     "continues to defy", "posted a message blaming the rebels");
  3. for a relative clause, the noun the clause describes ("which the government condemned"
     gives the target, "who attacked" the actor);
  4. for an agentless passive done "in" an operation, raid or strike, the operation's
     owner ("was killed in a US operation").
A relative clause on a class its subject is "among" acts for that subject ("X and Y are
among countries that banned Z": ``class_preps``; "X is one of the states that signed").
A deed under "accused / convicted / guilty ... of" is the accused's ("he was accused of
beating X", "police accused him of beating X": ``accused_of``).
A gerund under "a policy of" (``[words] course_nouns``) on the object of a verb of keeping
or taking up a course (``course_keeping_verbs``) is done by that verb's subject ("A and B
have maintained a policy of turning away boats"; not "X criticised the practice of ...").
A raising predicate passes its subject on ("is due to meet", "is expected to visit"); a
verb the parser conjoined to a reported existential clause is the reporter's ("said there
was no evidence and urged the board": "there" does nothing);
coordinated passives share their subject ("were killed or captured"); each named
conjunct of the actor acts too ("backed by X and Y", "Britain and France condemned", and
"other" kin of a named one: "the U.S. and other Western nations called for"; a
reciprocal act's conjuncts are each one party when each names one: "Presidents Buhari of
Nigeria and Talon of Benin signed" is Buhari and Talon, not Buhari and Nigeria), and
so does each named member of a plural group ("three Samoans, A, B and C, sued", "the three
military-led nations": ``group_members``, with the first item of a "from" list the parser
split by an apposition: "observers from the UN, the OSCE and the CIS"). The same holds for
each item of a "by" or "from" list, of a verb or a noun ("attacks by Hamas and Islamic
Jihad", "criticism from legal experts and political groups", "raped by A, B and an
unidentified officer", "unrest by thousands of students and anarchists": ``_source_list``),
and for each owner a coordinated modifier names ("U.S. and British forces", "the
withdrawal of U.S. and NATO troops": ``_owner_conjuncts``).
A verb form with no subject of its own and a "between A and B" phrase (a participle, a
gerund, or a noun the parser read as a verb: "the Oval Office clash between A and B") is
each side's act with the other, as for nouns (not "offered to mediate between A and B":
``[words] go_between_verbs``).
For a noun trigger:
  1. a possessor, or a modifier that names an entity or a country by its demonym
     ("the army's attack", "French assistance", "police violence"); a person's
     possessive on what is done to people is the target instead ("Khan's arrest");
  2. a ``by``/``from`` phrase, or ``of`` for a visit or an arrival;
  3. "between X and Y" (or "among" a list: ``[words] between_preps``): X acts, Y is the
     target; for violence (``[types] between_both_ways``: "the conflict between A and B")
     each side acts on the other; then one who claims the deed ("X claimed responsibility
     for the attacks", "attacks were claimed by X"), the "by" phrase of a run of acts ("a
     wave of kidnappings by gangs"), the possessor of a noun of doing ("Trump's imposition
     of sanctions");
  4. the subject of a light verb whose object the noun is ("conducted a test", and "held
     a one-hour sit-in Monday", where the parser took the date for the object's head);
     the subject of "come under", "suffer" is the target instead;
  5. for a stance or a protest, the subject of the verb an "in" phrase hangs off
     ("mosques broadcast prayers in support of X");
  6. a "by" phrase under the "of" object ("the arrest of X by the police"); forces in an
     "of" phrase of a withdrawal or deployment; the subject of "remained on alert"; for a
     visit or talks framing a clause, that clause's subject ("During a visit to X, the
     minister said"); an unresolved possessive pronoun last ("held their meeting").
A phrase becomes a name by, in order: a counted or quantified plural demonym stays the
people ("some Brazilians", "thousands of Sudanese": not the state); a quantity head with
a name apposed is that name ("one of these groups, the SDF"); a quantity "of whom" is the
group before it ("many Canadians — the majority of whom"); a bare party or demonym
word with a person apposed is that person ("a Republican, Mark Amodei,"); the entity the coreference stage tied its head
word to (:mod:`newstrace.extract.coref`: "it", "the group", "officials from X", "X's
envoy, Y", "Moscow said"); the named party a spokesperson is "for" ("a spokesman for
President Ghani": ``_spoken_for``); an entity on its head word; an entity or
demonym among its modifiers; an entity in an ``of`` phrase or apposition; a pronoun
resolved to the nearest fitting entity (only where the coreference stage did not run;
where it did, a pronoun it tied to an unnamed phrase of people takes that phrase, "the
protesters ... they", and one it left alone stays unresolved); a state noun ("the military") resolved to the
country last named; "both nations" to the two countries last named; else a short noun
phrase ("security forces").
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from newstrace.extract import coref
from newstrace.extract.countries import country_named, country_of_demonym
from newstrace.extract.events.article import ArticleView
from newstrace.extract.cues import lexicon as cue_lexicon, modality_words, pronouns
from newstrace.extract.doc import coref_genders
from newstrace.extract.gazetteer import premises_nouns
from newstrace.extract.names import title_key, title_words
from newstrace.extract.syntax import FINITE_TAGS, inherited_subject
from newstrace.extract.events.lexicon import Rule, governing_verb, lemma, match, types, words
from newstrace.extract.events.not_events import purpose_of_a_trip
from newstrace.extract.parsearrays import parse_arrays, sentences

SUBJECTS = ("nsubj", "csubj")
# The pronoun lists of the cue lexicon (cues.toml [pronouns]), shared with claims.
RELATIVE_PRONOUNS = pronouns("relative")
PERSON_PRONOUNS = pronouns("person")
SPEAKER_PRONOUNS = pronouns("speaker")
GROUP_PRONOUNS = pronouns("group")
_PRONOUNS = PERSON_PRONOUNS | SPEAKER_PRONOUNS | GROUP_PRONOUNS
NAME_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")
BLAME_PREPS = ("on", "upon")
_PLACE_TYPES = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class Party:
    """One side of an event: its name and the head word it was read from."""

    name: str
    token: Token | None
    partner: str | None = None  # "both nations": the other one


@dataclass(frozen=True)
class Roles:
    actor: Party | None
    target: Party | None
    patient: Token | None = None  # the object acted on or with (for quantities)


def roles_of(trigger: Token, rule: Rule, view: ArticleView) -> list[Roles]:
    """(actor, target) pairs: one, or two for a reciprocal act ("A and B clashed", and
    for the types of ``[types] both_ways_with``, "A signed a deal with B", and for a
    meeting or call whose named object is met, ``[words] met_object_modes``: "A met B");
    a noun of talks or of a fight with no actor read gives the side it is *with* its act
    ("negotiations with Boeing", "clashes with counter-protesters broke out")."""
    found = _verb_roles(trigger, rule, view) if trigger.pos_ in ("VERB", "AUX") else _noun_roles(trigger, rule, view)
    if rule.type in types("each_target"):
        found += _each_target(found, view)
    if rule.type in types("both_ways_with") and len(found) == 1 and found[0].actor is None and trigger.pos_ == "NOUN":
        found = _trip_made_for(trigger, found[0], view) or found
    if rule.type in types("both_ways_with") and not (
            trigger.pos_ in ("VERB", "AUX") and purpose_of_a_trip(parse_arrays(trigger.doc), trigger.i)):
        # not "flew to Ankara to meet Erdogan": the one who travels to meet is the visitor, as in a visit
        found += [Roles(r.target, r.actor, r.patient) for r in found if _with_named_partner(r, view, rule)
                  and not any(o.actor == r.target for o in found)]
        if trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "pcomp") and _modifying_participle(trigger, view):
            # "Blinken assured visiting Minister Payne": the host meets the visitor too
            found += [Roles(r.target, r.actor, r.patient) for r in found if r.actor is not None
                      and r.target is not None and r.target.token is not None and view.entity_at(r.target.token)
                      and not any(o.actor == r.target for o in found)]
        if len(found) == 1 and found[0].actor is None and trigger.pos_ == "NOUN":
            found = _partner_of_unowned(trigger, view) or found
    elif rule.type == "ASSAULT" and len(found) == 1 and found[0].actor is None and trigger.pos_ == "NOUN":
        found = _fought_with(trigger, found[0], view) or found
    elif rule.type == "ASSAULT" and len(found) == 1 and found[0].target is None and trigger.pos_ == "NOUN":
        found = _fought_against(trigger, found[0], view) or found
    return found


def _each_target(found: list[Roles], view: ArticleView) -> list[Roles]:
    """Named parties coordinated with the target are each a target of their own:
    "tariffs on Mexico, Canada and China", "sentenced A and B to prison". A party is a
    person, a group or a state (``[words] party_entity_types``), not a ship or a building."""
    out: list[Roles] = []
    for r in found:
        if r.actor is None or r.target is None or r.target.token is None:
            continue
        for conj in r.target.token.conjuncts:
            ent = view.entity_at(conj)
            if conj.i < r.target.token.i or ent is None or ent.type not in words("party_entity_types"):
                continue
            other = party(conj, view)
            if other is None or other.name in (r.target.name, r.actor.name) or any(
                    o.actor == r.actor and o.target is not None and o.target.name == other.name for o in found + out):
                continue
            out.append(Roles(r.actor, other, r.patient))
    return out


def _trip_made_for(trigger: Token, roles: Roles, view: ArticleView) -> list[Roles]:
    """"Rubio flew to Jeddah for talks with Ukrainian officials", "is to travel to Canada
    for meetings with G7 ministers": talks or a deal a trip is made for (``[words]
    trip_purpose_preps`` on a verb of ``trip_verbs``) are the traveller's, with the side
    they are *with*, as "flew to Ankara to meet Erdogan" is."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words("trip_purpose_preps"):
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("trip_verbs"):
        return []
    subject = _child(verb, ("nsubj",)) or _inherited_subject(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        subject = _relative_antecedent(subject)  # "Rubio, who flew to Jeddah for talks"
    traveller = party(subject, view) if subject is not None else None
    if traveller is None:
        return []
    target = roles.target
    if target is None:
        side = _prep_object(trigger, ("with",))
        target = party(side, view) if side is not None else None
    if target is not None and target.name == traveller.name:
        target = None
    return [Roles(traveller, target, roles.patient)]


def _partner_of_unowned(trigger: Token, view: ArticleView) -> list[Roles]:
    """"discussions with the International Monetary Fund are progressing", "the original
    negotiations with Boeing": talks or a deal whose owner is not told have the named party
    they are *with* as one side, which acts in them (the other side is not named)."""
    if any(c.dep_ == "poss" for c in trigger.children) or trigger.dep_ == "dobj" and _child(trigger.head, SUBJECTS):
        return []  # "our deals with X", "Turkey is eyeing an agreement with X": an owner is told, not read
    side = _prep_object(trigger, ("with",))
    if side is None or view.entity_at(side) is None and view.table.actor_of(side.doc[side.left_edge.i: side.i + 1]) is None:
        return []
    other = party(side, view)
    if other is None:
        return []
    owner = _owner_of_deal_done_in(trigger, view)
    if owner is not None and owner.name != other.name:
        # "Teixeira was acquired by the Angels in a deal with the Braves": the Angels' deal, with the Braves
        return [Roles(owner, other, None), Roles(other, owner, None)]
    return [Roles(other, None, None)]


def _owner_of_deal_done_in(trigger: Token, view: ArticleView) -> Party | None:
    """Who makes a deal that a verb is done "in" (``[words] deal_done_in_preps``): the
    verb's agent ("was acquired by the Angels in a deal with the Braves") or its active
    subject ("the Angels acquired him in a deal with the Braves"); a passive's subject
    is what the deal moved, no side."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in words("deal_done_in_preps") \
            or trigger.head.head.pos_ != "VERB":
        return None
    verb = trigger.head.head
    agent = _child(verb, ("agent",))
    owner = _child(agent, ("pobj",)) if agent is not None else (
        _child(verb, ("nsubj",)) if _child(verb, ("auxpass", "nsubjpass")) is None else None)
    if owner is None or owner.lower_ in RELATIVE_PRONOUNS or view.entity_at(owner) is None:
        return None
    return party(owner, view)


def _fought_with(trigger: Token, roles: Roles, view: ArticleView) -> list[Roles]:
    """"clashes with counter-protesters broke out", "(police) fought pitched battles with
    striking protesters": a fight noun (``[words] fight_with_words``) that is its clause's
    subject or object and has no actor read, with a side that is people (a name, or a word
    for people, forces or the state), is that side's act; not with an "against" object
    ("fought with the Kurds against ISIS": an ally), not with a thing ("clashes with the
    law"), not in a list ("about NGOs and clashes with politicians": a pobj)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "dobj") or lemma(trigger) not in words("fight_with_words") \
            or _prep_object(trigger, ("against",)) is not None:
        return []
    side = _prep_object(trigger, ("with",))
    other = party(side, view) if side is not None and _people(side, view) else None
    return [Roles(other, None, roles.patient)] if other is not None else []  # the other side is not named


def _fought_against(trigger: Token, roles: Roles, view: ArticleView) -> list[Roles]:
    """"police fought pitched battles with striking protesters", "the army's clashes with
    rebels": a fight noun whose actor is read fights the people it is *with*, who fight
    back (the corpus codes such fights one way or both, either way round; not with an
    "against" object: "fought with the Kurds against ISIS", an ally)."""
    if lemma(trigger) not in words("fight_with_words") or _prep_object(trigger, ("against",)) is not None:
        return []
    side = _prep_object(trigger, ("with",))
    other = party(side, view) if side is not None and _people(side, view) else None
    if other is None or roles.actor is None or other.name == roles.actor.name:
        return []
    return [Roles(roles.actor, other, roles.patient), Roles(other, roles.actor, roles.patient)]  # each fights the other


def _people(token: Token, view: ArticleView) -> bool:
    """A phrase with a name, or a word for people, forces or the state, in its words
    ("the neighboring Young Guns gang", "riot police", "striking protesters", and
    "counter-protesters", which the parser splits into three objects)."""
    doc = token.doc
    end = min(max(token.right_edge.i, token.i + 2), token.sent.end - 1, token.i + 3)
    span = doc[max(token.left_edge.i, token.i - 4): end + 1]
    people = coref.lists().human | words("state_nouns") | words("own_name_forces") | words("civilian_crowds")
    return any(lemma(t) in people or t.lower_ in people or t.pos_ == "PROPN" and view.entity_at(t) is not None
               for t in span)


def _with_named_partner(roles: Roles, view: ArticleView, rule: Rule | None = None) -> bool:
    """The target is a named party the actor acts *with* ("agreed with X", "a deal
    with X"): an act both sides do, which the annotation tells once from each."""
    actor, target = roles.actor, roles.target
    if actor is None or target is None or target.token is None or actor.name == target.name:
        return False
    head = target.token.head
    met = rule is not None and rule.mode in words("met_object_modes") and target.token.dep_ == "dobj"
    token = target.token
    partner = token.dep_ == "pobj" and head.lower_ == "with"
    return (met or partner) and (
        view.entity_at(token) is not None or view.table.actor_of(token) is not None
        # a title holder of a named country: "talks with Russian officials", "contacted
        # Thailand's foreign minister" (not "discussed China's role": a thing, no party)
        or token.lemma_.lower() in title_words()
        and view.table.actor_of(token.doc[token.left_edge.i: token.i + 1]) is not None)


# -- verbs --------------------------------------------------------------------


def _verb_roles(trigger: Token, rule: Rule, view: ArticleView) -> list[Roles]:
    subject = _child(trigger, SUBJECTS)
    if subject is None:
        subject = _subject_under_mark(trigger)
    if subject is None and trigger.tag_ in ("VBD", "VBZ", "VBP"):
        # "when a stray bullet shot into her arm": a finite verb the parser gave a noun
        # compound ("bullet shot") has that noun for its subject, not the clause's above
        subject = next((c for c in trigger.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    patient = _child(trigger, ("dobj", "nsubjpass", "dative"))
    if trigger.dep_ == "relcl" and subject is not None and subject.lower_ in RELATIVE_PRONOUNS and patient is None:
        # "boats which, according to AFP, the U.N. has criticised": a parse that gives the clause
        # two subjects; the relative pronoun is the object, the noun the one who acts
        other = next((c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)
        if other is not None:
            subject, patient = other, subject
    agent = _child(trigger, ("agent",))
    if subject is None and agent is None:
        sides = _between_sides(trigger, rule, view)
        if sides:
            return sides
    actor_token = None
    if agent is not None and (subject is None or trigger.tag_ == "VBN"):
        actor_token = _child(agent, ("pobj",))
    elif subject is not None:
        actor_token = subject  # "spoke by telephone": an active verb's "by" is a means
    if actor_token is None and agent is None and _child(trigger, ("auxpass",)) is not None:
        actor_token = _agent_after_complement(trigger)
    if actor_token is not None and actor_token is subject:
        actor_token = _message_sender(trigger, subject) or actor_token
    bare = agent is None and rule.type in types("undergone_participles") and _bare_participle(trigger)
    if bare and actor_token is not None and patient is None:
        actor_token, patient = None, actor_token  # "with 25 others injured": the participle's subject undergoes it
    participle = trigger.dep_ == "acl" and participle_tag(trigger)
    if participle and patient is None and actor_token is None and by_means(trigger):
        # "Members of the House of Commons protested by shouting": a passive's agent is no
        # gerund; the parser made a finite verb a participle on its subject, which acts
        actor_token = trigger.head
    elif participle and patient is None:
        patient = trigger.head  # "soldiers sent to the front": the noun is what was sent
    if patient is None and subject is None and trigger.dep_ == "conj" and trigger.tag_ == "VBN":
        # "rebels were killed or captured": coordinated passives share their subject
        patient = _child(trigger.head, ("nsubjpass",))
        if patient is None and _child(trigger, ("auxpass",)) is not None:
            # "X killed three people and was later arrested": a passive conjoined to an
            # active verb undergoes the act on that verb's subject
            patient = _child(trigger.head, ("nsubj",))
    if patient is None and subject is None and trigger.dep_ == "xcomp" and _child(trigger, ("auxpass",)) is not None:
        patient = _child(trigger.head, ("nsubjpass",))  # "he is expected to be charged": he is the one charged
    if patient is None and subject is None and trigger.tag_ == "VBN":
        patient = _inverted_passive_subject(trigger)  # "Also arrested were X and Y"
    if actor_token is None and trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        actor_token = _acl_actor(trigger)
    modified = _modifying_participle(trigger, view) if subject is None and agent is None else None
    if modified is not None:
        # "assured visiting Foreign Minister Marise Payne", "interrupted by protesting
        # legislators": the people the participle describes act; nothing is its object
        actor_token, patient, subject = modified, None, modified
        if rule.object_is_target:  # "Lam was interrupted by protesting legislators": at the clause's subject
            verb = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
            host = _child(verb, SUBJECTS + ("nsubjpass",))
            patient = host if host is not None and host is not modified else None
    passive = _child(trigger, ("nsubjpass", "auxpass")) is not None or bare
    if bare and patient is None:
        patient = _inherited_subject(trigger)  # "Injured in the attack, the driver died", "was seen shot"
    said = _said_of(trigger) if actor_token is None and not passive else None
    actor_token = actor_token or said
    if actor_token is None and (trigger.dep_ != "acl" or _infinitive(trigger)) and not passive:
        actor_token = _inherited_subject(trigger)
    if actor_token is None and passive:
        actor_token = _operation_owner(trigger, view)  # "was killed in a US operation"
    if actor_token is None and (passive or participle):
        actor_token = _charged_by_prosecutors(trigger, patient)  # "..., prosecutors said"
    if actor_token is None and rule.patient_is_actor and patient is not None:
        actor_token, patient = patient, None
    if actor_token is not None and actor_token.lower_ in RELATIVE_PRONOUNS:
        actor_token = _class_member(_relative_antecedent(actor_token))
    if patient is not None and patient.lower_ in RELATIVE_PRONOUNS:
        patient = _relative_antecedent(patient)
    if patient is None and trigger.dep_ == "relcl" and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
        patient = trigger.head  # "the exercise, which the government condemned"

    target_token = patient if rule.object_is_target else None
    if target_token is None:
        target_token = _prep_object(trigger, rule.target_preps) or (
            _prep_object(patient, rule.target_preps) if patient is not None else None) or target_token
    if lemma(trigger) in words("blame_on_verbs"):
        # "blamed several attacks on militants": the "on" object is accused, not the thing blamed
        target_token = _prep_object(trigger, BLAME_PREPS) or _prep_object(patient, BLAME_PREPS) or target_token

    if rule.is_reciprocal(lemma(trigger)) and actor_token is not None:
        pair = _conjoined_names(actor_token, view)
        if len(pair) >= 2 and target_token is None:
            a, b = pair[0], pair[1]
            return [Roles(a, b, patient), Roles(b, a, patient)]
    actor = party(actor_token, view) if actor_token is not None else None
    if actor is not None and actor_token is said:
        country = coref.capital_of(actor.name)  # "said Ankara imposed controls": the capital's country
        if country is not None and view.table.named(country) is not None:
            actor = Party(country, actor_token)
    if actor is not None and actor_token is not None and _object_pronoun_alike(trigger, actor_token, actor, view):
        actor = None  # "they refused to enroll them": not both the children; which one is wrong is not told
    target = _object_pronoun_target(target_token, as_target(target_token, view), actor, view)
    members = _group_or_its_pronoun(actor_token, view) if actor_token is not None else []
    if members:
        return _members_act(members, target, patient, rule)
    if actor is not None and actor.partner and target is None and rule.is_reciprocal(lemma(trigger)):
        target = Party(actor.partner, None)
    roles = [Roles(actor, target, patient)]
    if actor_token is not None:
        others = [Roles(other, target, patient) for other in _named_conjuncts(actor_token, view)
                  if other.name not in (actor.name if actor else None, target.name if target else None)]
        if actor is None and others:
            roles = []  # "She and Lockyear urged", "she" unresolved: the named conjunct still acts
        roles += others  # "backed by X and Y": each acts
        roles += [Roles(p, target, patient) for p in _included_people(trigger, actor_token, view)
                  if target is None or p.name != target.name]  # "officials, including A and B": they too
        for other in _agreement_conjuncts(trigger, actor_token):
            found = party(other, view)
            if found is not None and all(found.name != (r.actor.name if r.actor else None) for r in roles):
                roles.append(Roles(found, target, patient))
        if not passive and actor_token.dep_ in SUBJECTS:
            for found in _companions(trigger, actor_token, view):
                if all(found.name != (r.actor.name if r.actor else None) for r in roles) \
                        and (target is None or found.name != target.name):
                    roles.append(Roles(found, target, patient))
    return roles


def _message_sender(trigger: Token, subject: Token) -> Token | None:
    """Who sent a message the parser made the subject of a gerund on the sending verb:
    "activists had sent 70,000 petitions to officials urging them to cancel the rule" (the
    petitions urge for the activists who sent them; ``[words] message_nouns``). None when
    the subject is no message or the gerund hangs on no verb with a subject of its own."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or lemma(subject) not in words("message_nouns") \
            or trigger.head == trigger or subject.i > trigger.i:
        return None
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sender = _child(verb, ("nsubj",))
    return sender if sender is not None and sender.i != subject.i else None


def _between_sides(trigger: Token, rule: Rule, view: ArticleView) -> list[Roles]:
    """A verb form with no subject of its own whose "between" phrase names two parties
    ("the draft signed between the military and protest leaders", "displaced by fighting
    between rebels and government forces", "the Oval Office clash between A and B", which
    the parser reads as a verb): each side does the act with, or to, the other, as for the
    nouns of ``[types] between_both_ways`` and ``between_each_party``."""
    if rule.type not in types("between_both_ways") | types("between_each_party") \
            or lemma(trigger) in words("go_between_verbs") or trigger.dep_ == "xcomp" or _infinitive(trigger):
        return []  # "offered to mediate between A and B", "agreed to meet between sessions": the subject's
    first = _prep_object(trigger, ("between",))
    second = _child(first, ("conj",)) if first is not None else None
    a, b = party(first, view), party(second, view)
    if a is None or b is None or a.name == b.name:
        return []
    return [Roles(a, b, None), Roles(b, a, None)]


def _agent_after_complement(trigger: Token) -> Token | None:
    """"is designated as a terrorist organization by the United States": a passive's "by"
    phrase after its predicative complement ("as", ``[words] predicative_preps``) is the
    passive's agent, which the parser hangs on the complement's noun."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in words("predicative_preps"):
            continue
        noun = _child(prep, ("pobj",))
        by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None) \
            if noun is not None else None
        if by is not None:
            return _child(by, ("pobj",))
    return None


def _companions(trigger: Token, subject: Token, view: ArticleView) -> list[Party]:
    """Parties joined to the doer "along with", "together with" or "alongside" (``[words]
    companion_advs``, ``companion_preps``) do the act too: "The EU, along with Japan,
    condemned the move", "lawmakers condemned the move, along with donors and the UN".
    On the subject always; on the verb only where its object is no party the companion
    could go with instead ("police arrested the suspect along with his brother": the
    brother is arrested), and never a thing."""
    holders = [subject]
    obj = _child(trigger, ("dobj",))
    if obj is None or not (view.entity_at(obj) is not None or obj.lower_ in _PRONOUNS
                           or lemma(obj) in coref.lists().human):
        holders.append(trigger)
    out: list[Party] = []
    for holder in holders:
        for child in holder.children:
            first: Token | None = None
            if child.dep_ == "prep" and child.lower_ in words("companion_preps"):
                first = _child(child, ("pobj",))
            elif child.dep_ in ("prep", "advmod") and child.lower_ in words("companion_advs"):
                with_ = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                first = _child(with_, ("pobj",)) if with_ is not None else None
            elif child.dep_ == "prep" and child.lower_ == "with" \
                    and any(c.dep_ == "advmod" and c.lower_ in words("companion_advs") for c in child.children):
                first = _child(child, ("pobj",))
            if first is None:
                continue
            for t in [first] + [c for c in first.conjuncts if c.i > first.i]:
                found = party(t, view)
                if found is None or any(found.name == p.name for p in out) or inanimate(found, view) \
                        or view.entity_at(t) is None and lemma(t) in words("act_party_nouns"):
                    continue  # "shared a video, along with images of a letter": things go with the thing shared
                out.append(found)
    return out


def _charged_by_prosecutors(trigger: Token, patient: Token | None) -> Token | None:
    """An agentless charge in a sentence that names prosecutors is theirs: "Prosecutors
    showed the footage at the trial of the two youths charged with murder", "he was
    indicted, prosecutors said". Not prosecutors who are themselves the ones charged, nor
    those inside the charge ("accused of lying to prosecutors")."""
    if lemma(trigger) not in words("charging_verbs"):
        return None
    held = {t.i for t in trigger.subtree} | ({t.i for t in patient.subtree} if patient is not None else set())
    return next((t for t in trigger.sent if lemma(t) in words("prosecuting_nouns") and t.pos_ in ("NOUN", "PROPN")
                 and t.i not in held and t.dep_ != "poss"), None)


def _said_of(trigger: Token) -> Token | None:
    """A finite content clause with no subject under a verb of saying whose object is a
    name before it: "a source said Ankara in the last few years imposed controls" is the
    parse of "said (that) Ankara imposed": the name is the clause's subject."""
    head = trigger.head
    if trigger.dep_ != "ccomp" or trigger.tag_ not in FINITE_TAGS or _child(trigger, SUBJECTS) is not None \
            or lemma(head) not in _reporting_or_hedging():
        return None
    said = _child(head, ("dobj",))
    if said is None or said.pos_ != "PROPN" or not head.i < said.i < trigger.i:
        return None
    return said


def _agreement_conjuncts(trigger: Token, subject: Token) -> list[Token]:
    """Plural nouns the parser conjoined inside a singular subject's "of" phrase that the
    plural verb shows are conjoined to the subject itself: "The opposition party of X and
    independent observers have alleged" (a party *has*; party and observers *have*)."""
    if subject.dep_ != "nsubj" or subject.tag_ != "NN" or not (
            trigger.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in trigger.children)):
        return []
    of = _prep_object(subject, ("of",))
    if of is None:
        return []
    return [c for c in of.children if c.dep_ == "conj" and c.tag_ == "NNS"]


def _class_member(noun: Token) -> Token:
    """The subject said to belong to the class a relative clause describes: "Canada and
    Belgium are among countries that have banned X", "Chile is one of the states that
    signed" -> Canada (and its conjuncts), Chile; else ``noun``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep == noun:
        return noun
    holder = prep.head
    if prep.lower_ in words("class_preps"):
        copula = holder  # "are among countries"
    elif prep.lower_ == "of" and (holder.pos_ == "NUM" or holder.lower_ in words("quantity_heads")) \
            and holder.dep_ == "attr":
        copula = holder.head  # "is one of the states"
    else:
        return noun
    if copula.lemma_ != "be":
        return noun
    return _child(copula, SUBJECTS) or noun


def _inverted_passive_subject(trigger: Token) -> Token | None:
    """The one a passive told in inverted order is done to: "Also arrested were Lopez'
    half-brother and Carrasquillo", "Also killed was a police officer". The participle
    comes first and its ``be`` after it; the parser hangs the noun phrase off the ``be``
    (an ``attr``, as in "X were Y") and leaves the participle with no subject."""
    aux = _child(trigger, ("auxpass",))
    if aux is None or aux.i < trigger.i:
        return None
    return _child(aux, ("attr", "nsubj", "nsubjpass"))


def _operation_owner(trigger: Token, view: ArticleView) -> Token | None:
    """An agentless passive done "in" or "during" an operation, a strike, a raid
    (``[words] operation_nouns``, or a noun the lexicon names) that names its owner: "was
    killed in a US counter-terrorism operation", "died in an Israeli airstrike" -> the
    owner's word (a possessor, or a name or demonym before the noun); or the one a
    participle of leading or carrying out on the noun names by "by": "was ousted in a
    military coup led by Abdel Fattah el-Sisi" (``[words] operation_doer_verbs``)."""
    operation = _prep_object(trigger, ("in", "during"))
    if operation is None or operation.pos_ != "NOUN" or not (
            lemma(operation) in words("operation_nouns") or match(operation) is not None):
        return None
    for c in operation.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in words("operation_doer_verbs"):
            doer = _child(_child(c, ("agent",)), ("pobj",))
            if doer is not None:
                return doer  # "a coup led by X", "an attack carried out by X"
    return next((c for c in operation.doc[operation.left_edge.i: operation.i] if c.dep_ == "poss" or (
        c.dep_ in NAME_DEPS and _names_actor(c, view))), None)  # "a US counter-terrorism operation"


def _members_act(members: list[Party], target: Party | None, patient: Token | None, rule: Rule) -> list[Roles]:
    """Each member of a group acts: on the target, or, for an act both sides do with each
    other ("the prime ministers signed eight pacts"), two members on each other."""
    if target is None and len(members) == 2 and rule.type in types("both_ways_with"):
        a, b = members
        return [Roles(a, b, patient), Roles(b, a, patient)]
    return [Roles(m, target, patient) for m in members if target is None or m.name != target.name]


_COUNTS = {"two": 2, "three": 3}  # countries_before gives three at most


def group_members(token: Token, view: ArticleView) -> list[Party]:
    """The named members a plural group phrase lists or counts, when two or more: "three
    American Samoans, A, B and C" (an apposition of names), "countries including A and
    B" (``[words] member_preps`` after a group noun of ``pair_nouns``), "the three military-led nations" (a count and a group
    noun of ``pair_nouns``: the countries last named), "the prime ministers" (a plural
    leader's title with "the", "those" or "these": the two countries last named, ``leader_plurals``),
    "those leaders" (a demonstrative: the parties the noun's nearest earlier mention was said of,
    "the leaders of A and B")."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []  # "Nenad Stevandic, president of ... and an ally of X": a description, no members
    listed: list[Party] = []
    for child in token.children:
        head = child if child.dep_ == "appos" else (
            _child(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ in words("member_preps")
            and token.lower_ in words("pair_nouns") else None)  # "members of X, including A": X's act
        if head is None:
            continue
        source = _prep_object(token, ("from",)) if child.dep_ == "appos" else None
        if source is not None and source.i < child.i and not listed and _same_kind(source, head, view):
            # "observers from the UN, the OSCE and the CIS": the parser takes the list's
            # first item for the "from" object and hangs the rest on the noun (not
            # "Americans from Ohio, A and B": a place and people are no list)
            head_items: tuple[Token, ...] = (source, head, *head.conjuncts)
        else:
            head_items = (head, *head.conjuncts)
        for t in head_items:
            name = _named(t, view)
            if name and all(p.name != name for p in listed):
                listed.append(Party(name, t))
    if len(listed) >= 2:
        return listed
    if any(c.dep_ == "det" and c.lower_ in words("group_demonstratives") for c in token.children):
        # "the leaders of Puntland and Jubaland. Those leaders said": the parties the nearest
        # earlier mention of the noun was said of
        prior = next((t for t in reversed(token.doc[:token.i]) if t.lemma_ == token.lemma_ and t.tag_ == token.tag_), None)
        of = _prep_object(prior, ("of",)) if prior is not None else None
        for t in (of, *of.conjuncts) if of is not None else ():
            name = _named(t, view)
            if name and all(p.name != name for p in listed):
                listed.append(Party(name, t))
        if len(listed) >= 2:
            return listed
        listed = []
    count = next((_COUNTS[c.lower_] for c in token.children if c.dep_ == "nummod" and c.lower_ in _COUNTS), None)
    leaders = " ".join(t.lower_ for t in token.lefts if t.dep_ in ("amod", "compound")) + " " + token.lower_
    if count is None and leaders.strip() in words("leader_plurals") and any(
            c.dep_ == "det" and c.lower_ in words("leader_determiners") for c in token.children):
        count = 2
    elif count is None or token.lower_ not in words("pair_nouns") and leaders.strip() not in words("leader_plurals"):
        return []
    countries = view.countries_before(token.idx, parties_only=True)
    if len(countries) < count:
        return []
    return [Party(c, token) for c in reversed(countries[:count])]


def _group_or_its_pronoun(token: Token, view: ArticleView) -> list[Party]:
    """``group_members`` of the phrase, or of the group phrase a plural pronoun takes up
    ("Those leaders have said they will no longer recognize X": each of the two)."""
    members = group_members(token, view)
    if members or token.lower_ not in ("they", "them") or not coref.ran(token.doc):
        return members
    antecedent = coref.antecedent_of(token)
    return group_members(antecedent, view) if antecedent is not None and antecedent.pos_ != "PRON" else []


def _same_kind(one: Token, other: Token, view: ArticleView) -> bool:
    """Both words name entities of one type (two organisations, two people)."""
    a, b = view.entity_at(one), view.entity_at(other)
    return a is not None and b is not None and a.type == b.type


def _included_people(trigger: Token, subject: Token, view: ArticleView) -> list[Party]:
    """The named people an unnamed plural subject of people is said to include: "multiple
    officials pressured Trump not to commute the sentence, including Republican members
    of the House Darin LaHood and Mike Bost", "Other Republicans have urged him to move
    forward, such as former governor Chris Christie": the named ones act too, beside the
    phrase (the parser hangs "including" / "such as" on the nearest word of the clause). Only a
    plural subject that names no place (a country's list is ``group_members``'), a list
    after the verb (or on the subject) whose items are named people (or names after a
    common noun for people: "members ... LaHood and Bost"); a plural object of the verb
    itself takes the list ("arrested protesters, including X": they are the ones included)."""
    if subject.tag_ not in ("NNS", "NNPS") or subject.dep_ not in SUBJECTS:
        return []
    ent = view.entity_at(subject)
    if ent is not None and ent.type in _PLACE_TYPES or ent is None and lemma(subject) not in coref.lists().human \
            and lemma(subject) not in title_words():
        return []  # "countries including A and B": group_members'; "his politics": no people
    obj = _child(trigger, ("dobj", "dative"))
    if obj is not None and obj.tag_ in ("NNS", "NNPS"):
        return []
    preps = words("included_people_preps")
    found = next((t for t in (*(c for c in subject.children if c.dep_ == "prep"), *trigger.subtree)
                  if t.dep_ == "prep" and (t.i > trigger.i or t.head is subject) and (
                      t.lower_ in preps or t.lower_ == "as" and any(c.lower_ == "such" for c in t.children)
                      and "such as" in preps)), None)
    head = _child(found, ("pobj",)) if found is not None else None
    if found is None or head is None or found.head is not subject and found.head.tag_ in ("NNS", "NNPS"):
        return []  # "the stances of leaders such as A and B": the leaders' list
    listed: list[Party] = []
    items = [head, *head.conjuncts]
    if head.pos_ == "NOUN":  # "Republican senators Ted Cruz and Mike Lee"
        items += [n for c in head.children if c.dep_ == "appos" for n in (c, *c.conjuncts)]
    for t in items:
        person = view.entity_at(t)
        if person is None or t.pos_ != "PROPN" or not (
                person.type == "PERSON" or person.type == "ORG" and head.pos_ == "NOUN" and t is not head):
            continue  # a person named, or a name the entity stage typed ORG listed after people
        if all(p.name != person.name for p in listed):
            listed.append(Party(person.name, t))
    return listed


def _from_source(token: Token) -> bool:
    """The "from" object of a verb a noun event is undergone or received with ("criticism
    came from X and Y", "drew condemnation from X and Y"): each named source acts."""
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.pos_ in ("VERB", "AUX")


def _source_list(token: Token) -> bool:
    """The object of a "by" or "from" phrase that names who acts ("attacks by Hamas and
    Islamic Jihad", "criticism from experts and rights groups", "raped by A, B and an
    officer"): each item of its list is one of those who act."""
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "from") and token.head.dep_ in ("agent", "prep")


def _unnamed_source(token: Token, first: Token, conj: Token) -> bool:
    """An unnamed party listed in a "by" / "from" phrase (``token``, its list's first item
    ``first``): a plural noun for people or a group ("legal experts and political groups"),
    or one with its own article ("Quirin, Redouane and an unidentified officer"), or any
    plural noun after people ("thousands of students and anarchists"); a bare singular
    noun is part of the item before it."""
    people = coref.lists().human | coref.lists().generic
    if not _source_list(token) or conj.pos_ != "NOUN" or first.pos_ == "NOUN" and lemma(first) not in people:
        return False  # (not "aided by the support of younger voters, as well as Latino voters")
    if lemma(conj) not in people:
        return conj.tag_ == "NNS" and first.pos_ == "NOUN" and lemma(first) in coref.lists().human \
            and conj.lower_ not in _things() and lemma(conj) not in _things()
    return conj.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in conj.children)


def _named_conjuncts(token: Token, view: ArticleView) -> list[Party]:
    """Named parties coordinated with ``token`` ("Britain and France", "militias and the
    U.S. military"), and a state noun among them as its country ("the council and the
    government called for"); other bare nouns are left as part of the first."""
    out = []
    listed = _quantified(token) or token  # "by thousands of students and anarchists": the list is the "of" phrase's
    conjuncts = list(listed.conjuncts)
    if not conjuncts:
        # "from OIC head Yousef Al-Othaimeen, Pope Francis, and ...": the parser hangs the
        # list on the first item's apposed name; its conjuncts are the phrase's own
        # (a name apposed to a common noun, and named conjuncts only: "X, president of A
        # and a close ally of B" describes X twice)
        apposed = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i), None)
        if token.pos_ == "NOUN" and apposed is not None and view.entity_at(apposed) is not None:
            conjuncts = [c for c in apposed.conjuncts if c.i > apposed.i and (
                view.entity_at(c) is not None or _spoken_for(c, view) is not None)]  # "..., and a spokesperson for X"
    for conj in conjuncts:
        if conj.i < token.i:
            continue
        name = _named(conj, view) or _state(conj, view) or _spoken_for(conj, view)  # "the council and the government called"
        if name:
            out.append(Party(name, conj))
        elif _unnamed_people_conjunct(token, conj, view) or _others_like(token, conj, view) \
                or _unnamed_source(token, listed, conj):
            out.append(Party(_short_phrase(conj), conj))
    out += [p for p in _owner_conjuncts(listed, view) if all(p.name != o.name for o in out)]
    return out


def _quantified(token: Token) -> Token | None:
    """The plural noun a quantity head counts ("thousands of students"), else None."""
    if not (token.pos_ == "NUM" or token.lower_ in words("quantity_heads")):
        return None
    of = _prep_object(token, ("of",))
    return of if of is not None and of.tag_ in ("NNS", "NNPS") else None


def _owner_conjuncts(token: Token, view: ArticleView) -> list[Party]:
    """The other owners a coordinated modifier names: "U.S. and British forces", "French
    and German officials", "U.S. and NATO troops" are each country's (the noun's own party
    is the first one's)."""
    if token.pos_ != "NOUN":
        return []
    out: list[Party] = []
    for mod in token.children:
        if mod.dep_ not in ("nmod", "compound", "amod") or mod.i > token.i or not _names_actor(mod, view) \
                or not any(c.dep_ == "cc" and c.lower_ == "and" for c in mod.children):
            continue  # (not "the Taliban, Afghanistan's de facto leaders": an apposition the parser joined)
        for conj in mod.conjuncts:
            name = _named(conj, view) if conj.i > mod.i and conj.i < token.i and _names_actor(conj, view) else None
            if name and all(name != p.name for p in out):
                out.append(Party(name, conj))
    return out


def _others_like(token: Token, conj: Token, view: ArticleView) -> bool:
    """"the U.S. and other Western nations called for", "Britain and other countries
    condemned": a plural "other" conjunct after a named actor names more actors of the same
    kind. Only for an active subject or a source, a plural common noun."""
    return (token.dep_ in SUBJECTS or _from_source(token)) and _named(token, view) is not None \
        and conj.pos_ == "NOUN" and conj.tag_ == "NNS" and any(c.lower_ == "other" for c in conj.lefts)


def _unnamed_people_conjunct(token: Token, conj: Token, view: ArticleView) -> bool:
    """Plural people nouns coordinated with an unnamed subject act too: "an environmental
    group and private property owners filed a motion" -- both filed. Only where the first
    is an active subject, a common noun naming no one (a name's bare-noun conjuncts stay
    part of it; "troops and aid workers were deployed" undergo the act), and the conjunct
    a plural noun for people (``coref.toml [human] nouns``, ``[words] private_people_nouns``,
    ``dissent_nouns``). A plural named by a party or a people ("Congressional Democrats and
    environmentalists criticized") has its people conjuncts act too: a group, not a name
    with a noun of its own."""
    if token.dep_ != "nsubj" or conj.pos_ != "NOUN" or conj.tag_ != "NNS" or not (
            lemma(conj) in coref.lists().human or lemma(conj) in words("private_people_nouns")
            or lemma(conj) in words("dissent_nouns")):
        return False
    if token.pos_ == "NOUN" and _named(token, view) is None:
        return True
    return token.tag_ in ("NNS", "NNPS") and token.ent_type_ == "NORP"


def _modifying_participle(trigger: Token, view: ArticleView) -> Token | None:
    """The people an -ing participle describes where the parser made the participle a
    verb with them as its object: "assured visiting Foreign Minister Marise Payne",
    "interrupted by protesting legislators", "fired at protesting students". Only a bare
    participle (no subject, auxiliary, adverb or preposition of its own) right before a
    phrase that names a person or people, where a gerund cannot stand: as the object of a
    verb with none of its own, or after a preposition of ``[words] participle_noun_preps``
    ("by" only as a passive's agent: "by protesting the ruling" is a means)."""
    if trigger.tag_ != "VBG":
        return None
    if trigger.dep_ == "amod":  # "met protesting farmers": parsed as it is
        return trigger.head if _named_or_people(trigger.head, view) else None
    if trigger.dep_ not in ("xcomp", "pcomp"):
        return None
    obj = None
    for c in trigger.children:
        if c.dep_ == "dobj" and obj is None:
            obj = c
        elif c.dep_ not in ("ccomp", "punct"):
            return None  # a clause of its own ("visiting Kyiv on Monday", "after visiting")
    if obj is None or obj.left_edge.i != trigger.i + 1:
        return None
    if not _named_or_people(obj, view):
        return None
    head = trigger.head
    if trigger.dep_ == "xcomp":
        return obj if head.pos_ == "VERB" and _child(head, ("dobj", "dative")) is None else None
    if head.pos_ != "ADP":
        return None
    if head.lower_ == "by":
        verb = head.head
        return obj if verb.tag_ == "VBN" and _child(verb, ("auxpass",)) is not None else None
    return obj if head.lower_ in words("participle_noun_preps") else None


def _named_or_people(token: Token, view: ArticleView) -> bool:
    """A person named, or a plural noun for people ("legislators", "students")."""
    ent = view.entity_at(token)
    return ent is not None and ent.type == "PERSON" or ent is None and token.tag_ in ("NNS", "NNPS") \
        and lemma(token) in coref.lists().human


def by_means(trigger: Token) -> bool:
    """A participle whose "by" takes a gerund and no noun, with no passive auxiliary: "by
    shouting" tells a means, so the verb is active ("Members of the House of Commons
    protested by shouting", which the parser hangs on "Members" as a reduced passive)."""
    if trigger.tag_ != "VBN" or _child(trigger, ("auxpass",)) is not None:
        return False
    by = next((c for c in trigger.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
    gerund = _child(by, ("pcomp",)) if by is not None else None
    return gerund is not None and gerund.tag_ == "VBG" and _child(by, ("pobj",)) is None


def participle_tag(trigger: Token) -> bool:
    """A past participle, or a past tense the tagger gave a reduced relative that takes no
    object ("The policeman charged with killing X has been jailed": charged/VBD on the noun),
    which is the same participle; one with an object is a finite verb of its noun
    ("the man attacked the guard")."""
    return trigger.tag_ == "VBN" or trigger.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in trigger.children)


def _bare_participle(trigger: Token) -> bool:
    """A past participle with no auxiliary heading a clause of manner, a complement or the
    object of "with" is a passive: who it names undergoes it ("Injured in the initial attack,
    the driver died", "another mother was seen shot", "with 25 others injured")."""
    return trigger.tag_ == "VBN" and trigger.dep_ in words("bare_participle_deps") \
        and _child(trigger, ("aux", "auxpass")) is None


def _acl_actor(trigger: Token) -> Token | None:
    """"protesters blocking roads", "host to a coalition fighting the Houthis" (an unnamed noun
    after a preposition too): the noun acts; "a message blaming the rebels", "a message on
    Twitter blaming Iran" (a name after a preposition: where it was said): its author."""
    head = trigger.head
    if lemma(head) not in words("message_nouns") and (head.dep_ != "pobj" or not head.ent_type_ and (
            head.head.head == head.head or lemma(head.head.head) not in words("message_nouns"))):
        return head
    verb = governing_verb(head)
    return _child(verb, SUBJECTS) if verb is not None else None


def _actor_step(t: Token) -> tuple[Token, bool] | None:
    """One step of a subjectless verb's walk to its actor (see syntax.inherited_subject):
    through control, raising, coordination and "by"-gerunds, to the verb above."""
    if t.dep_ in ("relcl", "acl") and t.head != t and _infinitive(t):
        head = t.head
        if head.dep_ == "attr" and head.head != head and _child(head, ("poss",)) is None:
            return head.head, False  # "X was the first to reject", "the only country to sign": the copula's subject
        owner = _child(head, ("poss",))
        if owner is not None and head.pos_ == "NOUN" and head.dep_ != "attr":
            return owner, True  # "the government's resolve to push through": the possessor
        return None
    if t.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "ccomp") or t.head == t:
        return None
    if t.dep_ == "ccomp" and t.tag_ not in ("VBG", "VB"):
        return None
    if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
        return None  # "as demonstrators were killed": a clause of its own
    head = t.head
    if t.dep_ == "conj" and t.tag_ in FINITE_TAGS and head.tag_ == "VB" and head.dep_ == "xcomp" \
            and head.head != head:
        head = head.head  # "urged the embassy to reconsider and spoke with X": a finite verb is no infinitive's
    if t.dep_ == "conj" and head.dep_ == "ccomp" and head.head != head and _child(head, SUBJECTS) is not None \
            and _tense(t) is not None and _tense(head) is not None and _tense(t) != _tense(head):
        head = head.head  # "has determined that X is arbitrary and called for": the past verb is the main clause's
    if t.dep_ == "conj" and head.dep_ == "ccomp" and head.head != head and _child(head, ("expl",)) is not None \
            and _child(head, SUBJECTS) is None:
        head = head.head  # "said there was a lack of transparency and urged the crowd": "there" does nothing
    if head.pos_ in ("ADP", "SCONJ") and t.dep_ == "pcomp":
        # "by firing", "since agreeing": the preposition's verb; "for X and for defying": the first one's
        while head.dep_ == "conj" and head.head.pos_ in ("ADP", "SCONJ") and head.head != head:
            head = head.head
        if head.head == head:
            return None
        of = head
        head = head.head
        if of.lower_ == "of" and head.pos_ == "NOUN" and lemma(head) in words("course_nouns") \
                and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX") \
                and lemma(head.head) in words("course_keeping_verbs"):
            head = head.head  # "A and B have maintained a policy of turning away boats": who keeps the policy does it
    elif head.pos_ == "ADP":
        head = head.head
    if t.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") and head.head != head:
        head = head.head  # "X is due to meet Y": the copula's subject
    return head, False


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _tense(verb: Token) -> str | None:
    """"past" or "present" for a finite verb (its auxiliary's tense where it has one)."""
    for t in [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]:
        if t.tag_ == "VBD" or t.lemma_ == "have" and verb.tag_ == "VBN":  # "has invested": a perfect tells the past
            return "past"
        if t.tag_ in ("VBZ", "VBP"):
            return "present"
        if t.tag_ == "MD":
            return None
    return None


def _actor_subject(head: Token, below: Token) -> Token | None:
    if below.dep_ == "pcomp" and lemma(head) in words("accused_of"):
        # "he was accused of beating X", "police accused him of beating X": the accused acts
        found = _child(head, ("nsubjpass", "dobj")) or (_child(head, SUBJECTS) if head.pos_ == "ADJ" else None)
        if found is None and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd") and head.head != head:
            # "he pled guilty to conspiring to hack", "found him guilty of": the clause's guilty one
            found = _child(head.head, ("dobj", "nsubjpass")) or _child(head.head, SUBJECTS)
        return found
    if below.dep_ == "pcomp" and below.head.lower_ == "for" and lemma(head) in words("judged_for"):
        # "attacked the newspaper for refusing to support": the one judged did it
        judged = _child(head, ("dobj", "nsubjpass"))
        if judged is not None:
            return judged
    if below.dep_ == "xcomp" and (lemma(head) in words("object_control_verbs") or lemma(head) in words(
            "forcing_verbs") and lemma(below) in words("yielding_verbs")) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
        # "prompting France to recall its ambassador": the one prompted recalls; "forced the
        # minister to resign": the one forced gives in
        controller = _child(head, ("dobj",))
        if controller is not None:
            return controller
    subject = _child(head, SUBJECTS)
    if subject is not None:
        return subject
    if below.dep_ == "xcomp" and _child(head, ("nsubjpass",)) is not None:
        return _child(head, ("nsubjpass",))  # "X is expected to visit Y", "troops were ordered to leave"
    if below.dep_ == "conj" and _child(below, ("dobj",)) is not None and _child(below, ("auxpass",)) is None \
            and _child(head, ("nsubjpass",)) is not None:
        return _child(head, ("nsubjpass",))  # "he was released in 2006 and attacked Mendes again": he acts
    if below.dep_ == "pcomp" and below.tag_ == "VBG" and _child(head, ("agent",)) is None \
            and below.head.lower_ in words("passive_gerund_preps"):
        # "The US had been allied with Kurdish groups in fighting ISIS": a gerund of manner
        # after "in" on an agentless passive has the passive's subject as its own (not a
        # thing done: "the visit is aimed at boosting")
        patient = _child(head, ("nsubjpass",))
        if patient is not None and not _is_event_noun(patient):
            return patient
    agent = _child(head, ("agent",))
    return _child(agent, ("pobj",)) if agent is not None else None


def _inherited_subject(trigger: Token) -> Token | None:
    """The subject of the clause a subjectless verb belongs to."""
    return inherited_subject(trigger, _actor_step, _actor_subject)


def _relative_antecedent(pronoun: Token) -> Token:
    clause = pronoun.head
    while clause.dep_ != "relcl" and clause.head != clause:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else pronoun


# -- nouns --------------------------------------------------------------------


def _noun_roles(trigger: Token, rule: Rule, view: ArticleView) -> list[Roles]:
    actor_token: Token | None = None
    target_token: Token | None = None
    partner_token: Token | None = None
    weak_possessor: Token | None = None  # "held their first meeting": the light verb's subject comes first
    undergone: Token | None = None  # a person's own arrest or trial: the possessor is the target
    forces: Token | None = None  # "the withdrawal of Russian troops"
    light_verb: Token | None = None  # the light verb whose subject does the act ("filed suit")
    for child in trigger.children:
        if child.ent_type_ in ("DATE", "TIME"):
            continue
        if child.dep_ == "poss" and child.pos_ == "PRON" and party(child, view) is None:
            weak_possessor = child
            continue
        if child.dep_ == "poss" and _possessor_undergoes(trigger, child, view):
            undergone = child  # "Mhlanga's arrest", "his detention": the one arrested
        elif child.dep_ == "poss" or (child.dep_ in NAME_DEPS and _names_actor(child, view)):
            actor_token = actor_token or child
        elif child.dep_ == "prep" and child.lower_ == "including":  # "calls, including by X"
            by = next((c for c in child.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
            actor_token = actor_token or _child(by, ("pobj",))
        elif child.dep_ == "prep" and child.lower_ in words("between_preps"):
            first = _child(child, ("pobj",))
            if first is not None and (child.lower_ == "between" or _child(first, ("conj",)) is not None):
                # "among" names the parties only as a list ("among Kenya, Somalia and the
                # UNHCR"), not a single group ("popular among voters")
                actor_token = first
                partner_token = _child(first, ("conj",))
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from") and child.lower_ not in rule.target_preps:
            # "from" names the source of a request, not of a withdrawal "from the region"
            actor_token = actor_token or _child(child, ("pobj",))
        elif child.dep_ == "prep" and child.lower_ == "of" and rule.type in types("of_actor") \
                and "of" not in rule.target_preps:
            actor_token = actor_token or _child(child, ("pobj",))
        elif child.dep_ == "prep" and child.lower_ == "of" and rule.type in types("of_forces_actor"):
            # "the withdrawal of Russian troops": the forces moved stand for who moves them
            found = _child(child, ("pobj",))
            if found is not None and (lemma(found) in words("force_nouns") or found.lower_ in words("force_nouns")):
                forces = found
                actor_token = actor_token or forces
    if actor_token is None:
        # "the arrest of the journalist by the police": the agent hangs off the "of" object
        of_object = _prep_object(trigger, ("of",))
        by = _prep_object(of_object, ("by",)) if of_object is not None else None
        if by is not None and party(by, view) is not None:
            actor_token = by
    blamed = _blamed_on(trigger)
    if blamed is not None:
        actor_token = actor_token or blamed  # "blamed the attacks on militants": they did them
    if actor_token is None:
        # before the light verb's subject: "the shooting unleashed a wave of unrest by students"
        actor_token = claimed_by(trigger) or _series_by(trigger)
    head = governing_verb(trigger)
    if head is None and lemma(trigger) in words("custody_nouns") and trigger.dep_ == "pobj" \
            and trigger.head.head.pos_ == "ADV" and trigger.head.head.head.pos_ in ("VERB", "AUX"):
        head = trigger.head.head.head  # "went back to prison": the preposition hangs off "back"
    date = _date_over(trigger) if head is None and _date_for_head(trigger) else None
    if date is not None:
        head = date.head  # "held a one-hour sit-in Monday": the date took the noun as its modifier
    undergoer = None
    if head is not None:
        if lemma(head) in words("custody_verbs") and lemma(trigger) in words("custody_nouns") \
                and trigger.dep_ == "pobj":
            # "went back to prison", "was taken into custody by police": the one jailed
            # undergoes it; "police took him into custody": the object is jailed
            obj = _child(head, ("dobj",)) if lemma(head) in words("custody_placing") else None
            if any(c.dep_ == "det" for c in trigger.children):
                pass  # "went to the prison to visit her son": the building, nobody jailed
            elif obj is not None:
                undergoer = obj
                actor_token = actor_token or _child(head, SUBJECTS)
            else:
                if _child(head, ("expl",)) is not None:
                    undergoer = _child(head, ("attr",))  # "there were suspects in custody": the suspects
                else:
                    undergoer = _child(head, SUBJECTS + ("nsubjpass",))
                agent = next((c for c in head.children if c.dep_ == "agent"), None)
                actor_token = actor_token or (_child(agent, ("pobj",)) if agent is not None else None)
        elif (lemma(head) in words("undergoing") or lemma(head) in words("serving_verbs")
                and lemma(trigger) in words("punishment_nouns")
                # "he has a prior DWI conviction": the haver was convicted
                or lemma(head) in words("record_verbs") and lemma(trigger) in words("record_nouns")) \
                and trigger.dep_ in ("pobj", "dobj"):
            undergoer = _child(head, SUBJECTS + ("nsubjpass",))  # "came under attack", "faces charges"
            if undergoer is None and head.dep_ == "xcomp":
                # "LaSalle is expected to face charges": the passive's subject above is the one to face them
                undergoer = _child(head.head, ("nsubjpass",))
            actor_token = actor_token or _prep_object(head, ("from",))  # "... from X": X acts
        elif lemma(head) in words("receiving") and trigger.dep_ in ("dobj", "nsubjpass"):
            # "receiving military assistance", "assistance is received by the rebels"
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            undergoer = _child(agent, ("pobj",)) if trigger.dep_ == "nsubjpass" else _child(head, SUBJECTS)
            if trigger.dep_ == "dobj":
                actor_token = actor_token or _prep_object(head, ("from",))  # "drew criticism from X"
        elif rule.type in types("agentless_passive") and lemma(head) in words("held_on_verbs") \
                and trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and trigger.head.head == head:
            # "was arrested on a charge of fraud", "was ordered held on two counts": the one
            # held is charged; the holder is not the one who charges
            undergoer = one_held(head)
        elif actor_token is None and rule.type in types("state_of_subject") and lemma(head) in words("remaining") \
                and trigger.dep_ == "pobj":
            actor_token = _child(head, SUBJECTS)  # "troops remained on alert"
        elif actor_token is None and (lemma(head) in words("light_verbs") or lemma(head) in words("fight_verbs")
                                      and lemma(trigger) in words("fight_with_words")
                                      or lemma(head) in words("weighing_verbs") | words("planning_verbs")
                                      and trigger.dep_ == "dobj") \
                and _light_verb_slot(trigger) and _light_verb_object(trigger, head):
            # ("is considering sanctions", "plans a visit": who weighs or plans the act would do it)
            actor_token = _child(head, SUBJECTS) or (
                # "before being granted clemency": a passive light verb's subject, inherited
                # or its own, is who receives the act, not who does it
                _inherited_subject(head) if _child(head, ("auxpass",)) is None else None)
            light_verb = head if _child(head, SUBJECTS) is not None else None
            if actor_token is None:
                agent = next((c for c in head.children if c.dep_ == "agent"), None)
                actor_token = _child(agent, ("pobj",)) if agent is not None else None
            if actor_token is None and rule.patient_is_actor:
                actor_token = _child(head, ("nsubjpass", "dobj"))
            if actor_token is not None and nobody(actor_token):
                actor_token = None  # "No one has taken responsibility for the carnage": nobody acts
    stance_of = None
    if actor_token is None and trigger.dep_ == "attr" and lemma(trigger) in words("stance_agent_nouns") \
            and head is not None and trigger.head == head and lemma(head) in words("stance_copulas"):
        actor_token = _child(head, SUBJECTS)  # "X is a critic of Y": X holds the stance, toward Y
        stance_of = _prep_object(trigger, ("of",))
    if actor_token is None:
        actor_token = _relative_light_subject(trigger, rule) or _participle_agent(trigger, rule)
    if actor_token is None and trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "attr") and head is not None:
        actor_token = _child(head, SUBJECTS) or _inherited_subject(head)  # "Iran is ready to talk"
    if actor_token is None and lemma(trigger) not in words("custody_nouns"):
        # (a suspect in custody is the one held, not the one who holds)
        actor_token = _suspect_of(trigger)  # "Kyle Rittenhouse, the suspect in a shooting of protesters"
    if actor_token is None and weak_possessor is not None:
        actor_token = weak_possessor
    if actor_token is None and (rule.verbal or rule.type == "PROTEST") and trigger.dep_ == "pobj" \
            and trigger.head.lower_ == "in" and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head
        actor_token = _child(verb, SUBJECTS) or (  # "broadcast prayers in support of X"
            _inherited_subject(verb) if rule.type == "PROTEST" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp")
            and _child(verb, ("auxpass",)) is None else None)
        # "After rallying in two demonstrations, members of the unions began": a protest a subjectless
        # gerund takes part in is the gerund's inherited subject's (one protest with "rallying", merged)
    if actor_token is None and rule.type == "CONSULT" and trigger.dep_ == "pobj" \
            and trigger.head.lower_ in words("occasion_preps") and trigger.head.head.pos_ in ("VERB", "AUX"):
        # "During a visit to X, the minister said ...": the visitor is the clause's subject
        actor_token = _child(trigger.head.head, SUBJECTS)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in words("victim_nouns"):
        copula = trigger.head.head.head
        undergoer = _child(copula, SUBJECTS)
    if undergoer is None and rule.type in types("agentless_passive"):
        undergoer = pleaded_to(trigger)  # "pleaded guilty to charges of fraud": the pleader was charged
    if actor_token is not None and actor_token.lower_ in RELATIVE_PRONOUNS:
        actor_token = _relative_antecedent(actor_token)
    if undergoer is not None and undergoer.lower_ in RELATIVE_PRONOUNS:
        undergoer = _relative_antecedent(undergoer)  # "X, who faces charges": X undergoes them
    laid = laid_against(trigger) if "against" in rule.target_preps else None
    if laid is not None:
        # "accusations were leveled against X (by Y)": the verb that lays the charge holds
        # the one charged and, in its agent, the one who charges
        undergoer = undergoer or _prep_object(laid, ("against",))
        actor_token = actor_token or _prep_object(laid, ("by",))
    target_token = undergoer or _prep_object(trigger, rule.target_preps) or undergone or stance_of
    if blamed is not None and target_token == blamed:
        target_token = None
    if partner_token is not None:
        target_token = partner_token  # "views on the conflict between A and B": B, the other side
    actor = party(actor_token, view) if actor_token is not None else None
    target = _object_pronoun_target(target_token, as_target(target_token, view), actor, view)
    members = group_members(actor_token, view) if actor_token is not None and actor_token.dep_ in SUBJECTS else []
    if members:
        return _members_act(members, target, None, rule)
    if actor is not None and actor.partner and target is None and rule.is_reciprocal(lemma(trigger)):
        target = Party(actor.partner, None)
    roles = [Roles(actor, target, None)]
    if partner_token is not None and target_token is partner_token and actor is not None and target is not None \
            and actor.name != target.name and rule.type in types("between_both_ways"):
        roles.append(Roles(target, actor, None))  # "the conflict between A and B": each side fights the other
    if partner_token is not None and target_token is partner_token and actor is not None and actor_token is not None \
            and rule.type in types("between_each_party"):
        roles += _each_party(actor, actor_token, view)
    if actor is not None and target is None and actor_token is not None and rule.type in types("both_ways_with") \
            and actor_token.dep_ in SUBJECTS + ("nsubjpass",):
        pair = _conjoined_names(actor_token, view)
        if len(pair) == 2 and pair[1].token is not None and all(view.table.named(p.name) is not None for p in pair):
            # "the United States and Ukraine were to sign a deal", "Cameroon and C.A.R.
            # officials signed an agreement": a deal or talks of two named parties is each
            # one's with the other
            return [Roles(pair[0], pair[1], None), Roles(pair[1], pair[0], None)]
    if actor is not None and actor_token is not None and (actor_token.dep_ in SUBJECTS or _from_source(actor_token)
                                                           or _source_list(actor_token) or actor_token is forces):
        # "Kenya and Uganda held exercises", "attacks by Hamas and Islamic Jihad", "the
        # withdrawal of U.S. and NATO troops"
        for other in _named_conjuncts(actor_token, view):
            if other.name not in (actor.name, target.name if target else None):
                roles.append(Roles(other, target, None))
    if light_verb is not None and actor is not None and actor_token is not None:
        # "X filed suit along with Y", "Defenders of Wildlife, who have filed suit along with
        # Greenpeace": the companion of the light verb does the act the noun names too
        for companion in _companions(light_verb, actor_token, view):
            if all(companion.name != (r.actor.name if r.actor else None) for r in roles) \
                    and (target is None or companion.name != target.name):
                roles.append(Roles(companion, target, None))
    return roles


def _each_party(first: Party, first_token: Token, view: ArticleView) -> list[Roles]:
    """The other parties of a deal or talks "between / among" a list, each acting with the
    first named: "a pact between the EU and Mercosur" is Mercosur's with the EU too, "an
    agreement among Kenya, Somalia and the UNHCR" each one's. Only parties with a name of
    their own (not "talks between the two sides")."""
    out: list[Roles] = []
    for conj in first_token.conjuncts:
        other = party(conj, view)
        if other is None or other.name == first.name or view.table.named(other.name) is None \
                or any(r.actor is not None and r.actor.name == other.name for r in out):
            continue
        out.append(Roles(other, first, None))
    return out


def _relative_light_subject(trigger: Token, rule: Rule) -> Token | None:
    """"the pact the United States negotiated", "the attack the militia launched": a relative
    clause on the act noun whose light verb (or a verb of negotiating, ``[words]
    negotiating_verbs``) takes the noun as its object names in its subject who does the act.
    Not where the clause's verb tells the same act ("the sanctions that Washington imposed
    on Iran": the verb's event keeps its target)."""
    for clause in trigger.children:
        if clause.dep_ != "relcl" or lemma(clause) not in words("light_verbs") | words("negotiating_verbs"):
            continue
        own = match(clause)
        if own is not None and own.type == rule.type:
            continue
        obj = _child(clause, ("dobj",))
        if obj is not None and obj.lower_ not in RELATIVE_PRONOUNS:
            continue
        subject = _child(clause, ("nsubj",))
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
    return None


def _participle_agent(trigger: Token, rule: Rule) -> Token | None:
    """"a lawsuit filed by Texas", "the attack carried out by the rebels": a passive
    participle of a light verb on the act noun names in its "by" agent who does the act, as
    the relative clause of ``_relative_light_subject`` does in its subject. Not a verb of
    receiving ("aid received by refugees": they get it), nor of brokering ("talks brokered
    by Qatar": the go-between), nor of vouching ("the attack confirmed by the observatory":
    the source), nor one that tells the same act itself ("sanctions imposed by Washington")."""
    for clause in trigger.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or lemma(clause) in words("receiving") \
                or lemma(clause) in words("attesting_verbs") or lemma(clause) not in words("light_verbs"):
            continue
        own = match(clause)
        if own is not None and own.type == rule.type:
            continue
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        doer = _child(agent, ("pobj",)) if agent is not None else None
        if doer is not None:
            return doer
    return None


def one_held(verb: Token) -> Token | None:
    """The one a holding verb holds (``[words] held_on_verbs``): its passive subject or its
    object ("he was arrested on a charge", "detained him on charges"), else, for a verb
    another one orders, that one's passive subject ("was ordered held on two counts")."""
    held = _child(verb, ("nsubjpass", "dobj"))
    if held is None and verb.dep_ == "xcomp":
        held = _child(verb.head, ("nsubjpass",))
    return held


def pleaded_to(token: Token) -> Token | None:
    """"Pleaded guilty to charges of fraud", "pleaded not guilty to seven counts of homicide": a
    charge one pleads to was laid on the one who pleads (``[words] pleading_verbs``; the plea is
    its own event). The pleader is the verb's subject, or the noun a relative infinitive
    describes ("the first official to plead guilty to charges")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        verb = verb.head  # "pleaded guilty to charges": the phrase hangs off "guilty"
    if lemma(verb) not in words("pleading_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def laid_against(trigger: Token) -> Token | None:
    """The verb that lays a charge noun on someone in the passive, with the one charged
    after "against": "such accusations were leveled against the minister", "a case was
    filed against him by a former aide" ([words] charge_laying_verbs; not "charges were
    dropped against him", which lifts one)."""
    head = trigger.head
    if trigger.dep_ != "nsubjpass" or head.pos_ != "VERB" or lemma(head) not in words("charge_laying_verbs"):
        return None
    return head if _prep_object(head, ("against",)) is not None else None


def _blamed_on(trigger: Token) -> Token | None:
    """The one a deed is blamed on ("blamed several recent attacks on militants", "the
    attacks were blamed on X", "attacks blamed on X"; ``[words] blame_on_verbs``): the
    "on" object of the blame, which is who did the deed, not whom it was done to."""
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and lemma(head) in words("blame_on_verbs"):
        return _prep_object(trigger, BLAME_PREPS) or _prep_object(head, BLAME_PREPS)
    for child in trigger.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and lemma(child) in words("blame_on_verbs"):
            return _prep_object(child, BLAME_PREPS)
    return None


def claimed_by(trigger: Token) -> Token | None:
    """Who claims a deed did it ("X has claimed responsibility for several attacks", "took
    credit for the bombing": ``[words] claimed_nouns`` under a verb of ``responsibility``;
    "past attacks were claimed by X"), unless the claim is denied ("did not claim") or
    made by nobody ("No one has claimed responsibility": ``[words] nobody_words``)."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head != head \
            and lemma(head.head) in words("claimed_nouns") and head.head.dep_ == "dobj":
        verb = head.head.head
        if lemma(verb) not in words("responsibility") or _child(verb, ("neg",)) is not None:
            return None
        claimer = _child(verb, SUBJECTS) or _inherited_subject(verb)
        return None if nobody(claimer) else claimer  # "No one has claimed responsibility": nobody did it
    if trigger.dep_ == "nsubjpass" and head.pos_ == "VERB" and lemma(head) == "claim" \
            and _child(head, ("neg",)) is None:
        return _prep_object(head, ("by",))
    return None


def inanimate(actor: Party, view: ArticleView) -> bool:
    """An unnamed phrase whose head is a thing, a rule or a state of affairs."""
    head = actor.token
    if head is not None and _vehicle_of_a_make(head):
        return True  # "struck by a Volvo XC90": the car, not the company; its driver did it
    if head is None or view.entity_at(head) is not None or view.table.actor_of(head) is not None \
            or actor.name.split()[-1].lower() != head.lower_:
        return False  # named, or resolved to a name ("the organization" -> the group it refers to)
    things = _things()
    return head.lower_ in things or head.lemma_.lower() in things


def _vehicle_of_a_make(token: Token) -> bool:
    """A vehicle named by its make (``[words] vehicle_makes``): a model after the make ("a
    Volvo XC90", "Toyota Camry"), or the make with an article ("a Volvo", "the Toyota"); a
    company takes no article ("Volvo said")."""
    head = token.head if token.dep_ == "compound" else token
    makes = words("vehicle_makes")
    if head.lower_ in makes:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in head.children)
    return head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP") \
        and any(c.dep_ == "compound" and c.lower_ in makes for c in head.children)  # not "the Ford Foundation"


@cache
def _things() -> frozenset[str]:
    return words("inanimate_nouns") | words("instrument_nouns")  # "the car hit her": its driver did


def nobody(token: Token | None) -> bool:
    """"No one", "nobody", "no group" (``[words] nobody_words``, or a "no" determiner)."""
    return token is None or token.lower_ in words("nobody_words") \
        or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _series_by(trigger: Token) -> Token | None:
    """"a wave of unrest by thousands of students", "unleashed a wave of unrest by ...",
    "a spate of kidnappings by gangs": the "by" phrase of a run of acts (``[words]
    event_series_nouns``), or of the active verb that takes the run as its object; "Trump's
    imposition of sanctions": the possessor (or "by" phrase) of a noun of doing (``[words]
    light_nouns``)."""
    series = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if series is None or series == trigger.head:
        return None
    if lemma(series) in words("light_nouns") or series.lower_ in words("light_nouns"):
        # "following Trump's imposition of sanctions": the one who imposes them
        return _child(series, ("poss",)) or _prep_object(series, ("by",))
    if lemma(series) not in words("event_series_nouns"):
        return None
    by = _prep_object(series, ("by",))
    if by is None and series.dep_ == "dobj" and _child(series.head, ("auxpass",)) is None:
        by = next((_child(c, ("pobj",)) for c in series.head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return by


def _suspect_of(trigger: Token) -> Token | None:
    """"X, the suspect in the shooting", "X is the accused in the killing": the one the
    suspect noun (``[words] suspect_nouns``) is said of did the deed, by apposition or the
    copula; a suspect named by nothing else stays the noun ("the suspect in the attack")."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "of", "for") or prep.head == prep:
        return None
    noun = prep.head
    if lemma(noun) not in words("suspect_nouns"):
        return None
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return _child(noun.head, SUBJECTS) or noun
    return noun


def _possessor_undergoes(trigger: Token, possessor: Token, view: ArticleView) -> bool:
    """"Mhlanga's arrest", "his trial": a person's possessive on a noun of what is done to
    people (``[words] undergone_nouns``), with no "of" object, names who undergoes it."""
    if lemma(trigger) not in words("undergone_nouns") or _prep_object(trigger, ("of",)) is not None:
        return False
    if possessor.pos_ == "PRON":
        return possessor.lower_ in words("person_possessives")
    ent = view.entity_at(possessor)
    return ent is not None and ent.type == "PERSON"


def _light_verb_slot(trigger: Token) -> bool:
    """The noun fills the light verb's object, itself or as the modifier of a plain noun
    that does ("launched a mediation effort")."""
    if trigger.dep_ in ("dobj", "pobj", "conj") or _date_for_head(trigger):
        return True
    head = trigger.head
    return trigger.dep_ == "compound" and head.dep_ in ("dobj", "pobj") and lemma(head) in words("effort_nouns")


def _date_for_head(trigger: Token) -> bool:
    """The parser took a date after the noun for the head of the verb's object and the noun
    for its modifier: "held a one-hour sit-in Monday" (the date an ``npadvmod``)."""
    date = _date_over(trigger)
    return date is not None and date.dep_ in ("npadvmod", "dobj") and date.head.pos_ == "VERB"


def _date_over(trigger: Token) -> Token | None:
    """The date word a noun's modifier chain ends in ("sit" of "a one-hour sit-in Monday",
    which the parser may hang on "hour" first), if any."""
    t = trigger
    # up the modifiers, and from a word the parser made a "preconj" of the word just before
    # it ("sit" of "a one-hour sit-in Monday", hung on "hour")
    while (t.dep_ in ("amod", "compound") and t.head.i > t.i) or (t.dep_ == "preconj" and t.head.i == t.i - 1):
        t = t.head
        if t.ent_type_ in ("DATE", "TIME") and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("amod", "compound"):
            return t
    return None


def _light_verb_object(trigger: Token, verb: Token) -> bool:
    """The noun is what the light verb does ("launched an attack", "put on alert"), not
    a word inside another of its objects ("voiced concern over the violence")."""
    t = trigger
    while t.head != t and t != verb:
        conjunct = t.dep_ == "conj"  # "making accusations and threats": both are what is made
        t = t.head
        if t != verb and t.pos_ == "NOUN" and match(t) is not None and not conjunct:
            return False
    return True


def as_target(token: Token | None, view: ArticleView) -> Party | None:
    """A target is a party; an unnamed place ("the front lines") is none."""
    found = party(token, view)
    if found is None or token is None:
        return None
    places = words("place_nouns")
    if found.name == _short_phrase(token) and (lemma(token) in places or token.lower_ in places):
        return None
    return found


def _object_pronoun_alike(trigger: Token, subject: Token, actor: Party, view: ArticleView) -> bool:
    """A plural subject pronoun read as the same party as a plural object pronoun of its own
    verb, or of the verb it governs ("they refused to enroll them", "they killed them"):
    one clause's subject and plain object are never the same (only a reflexive is), so one
    of the two readings is wrong, and the actor is not known."""
    lex = coref.lists()
    if subject.dep_ != "nsubj" or subject.lower_ not in lex.plural or subject.lower_ in lex.reflexive:
        return False
    for verb in (trigger, *(c for c in trigger.children if c.dep_ == "xcomp")):
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lower_ in lex.plural and obj.lower_ not in lex.reflexive:
                found = party(obj, view)
                if found is not None and found.name == actor.name:
                    return True
    return False


def _object_pronoun_target(token: Token | None, target: Party | None, actor: Party | None,
                           view: ArticleView) -> Party | None:
    """The target read for a person's object pronoun ("describing him as a good man",
    "accused her") where the coreference stage tied it to nothing or to the event's own
    actor (a plain object pronoun is never its own clause's subject: in "Mohr spoke about
    Blankenship, describing him" he is Blankenship, not Mohr): the one person named
    before it in its own sentence or the one before that who agrees with it (of its
    gender as :mod:`newstrace.extract.coref` read it, or of none read) and is not the
    actor. ``target`` (the reading so far) where no entity or more than one agrees, or the pronoun was read otherwise."""
    if token is None or token.lower_ not in words("object_pronouns") or token.dep_ not in ("dobj", "pobj", "dative"):
        return target
    if target is not None and (actor is None or not _same_person(target.name, actor.name, view)):
        return target
    if target is None and coref.antecedent_of(token) is not None:
        return target
    sent = token.sent
    first = token.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    lex = coref.lists()
    sex = "m" if token.lower_ in lex.male else "f"
    genders = coref_genders(token.doc)
    found: list[str] = []
    for start, _, ent in reversed(view.entities_before(token.idx)):
        if start < first:
            break
        if ent.type != "PERSON" or (actor is not None and _same_person(ent.name, actor.name, view)) or ent.name in found:
            continue
        if genders.get(ent.id, sex) != sex:
            continue
        found.append(ent.name)
    return Party(found[0], token) if len(found) == 1 else target


def _same_person(name: str, other: str, view: ArticleView) -> bool:
    """Whether two party names are one person: the same name, or one the person entity's
    alias or bare surname ("Mercer" for Paul Mercer, an actor the entity stage missed)."""
    if name == other:
        return True
    for one, two in ((name, other), (other, name)):
        ent = view.table.named(one)
        if ent is not None and ent.type == "PERSON" and (two in ent.aliases or two == ent.name.split()[-1]):
            return True
    return False


def _names_actor(token: Token, view: ArticleView) -> bool:
    if _owns_premises(token):
        return False
    ent = view.entity_at(token)
    if ent is not None:
        # "the Kabul attack", "the Jeddah talks": a town or region before the noun says
        # where; a country ("the Russian invasion", "the U.S. strikes") says who
        return token.dep_ == "poss" or ent.type not in _PLACE_TYPES or country_named(ent.name) is not None
    if token.dep_ == "compound" and token.lower_ in words("state_nouns"):
        return True  # "police violence"
    return bool(country_of_demonym(token.text)) or (token.i > 0 and bool(
        country_of_demonym(f"{token.doc[token.i - 1].text} {token.text}")))


def _owns_premises(token: Token) -> bool:
    """A name or demonym right before a premises noun hung on the same act ("the Kraft plant
    shooting", "the Russian embassy attack"): it says whose the place is, not who acts."""
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.dep_ == "compound" and after.head.i == token.head.i and after.pos_ == "NOUN" \
        and lemma(after) in premises_nouns()


# -- phrases to names -----------------------------------------------------------


def party(token: Token | None, view: ArticleView) -> Party | None:
    """The party a phrase names (see the module docstring for the order), or None.
    Asked again of the same words (a subject shared by several triggers, the speaker of
    every trigger in a reported clause), so kept per article (``view.parties``): the
    answer depends only on the article, which the events stage does not change."""
    if token is None:
        return None
    known = view.parties
    if token.i not in known:
        known[token.i] = _party(token, view)
    return known[token.i]


def _party(token: Token, view: ArticleView) -> Party | None:
    lower = token.lower_
    if _contraction_remnant(token):
        return None  # "Ross doesn ’ t have a deal": the parser's subject "t" is no one
    pair_member = _former_or_latter(token)
    if pair_member is not None:
        return party(pair_member, view)  # "the crowd and police ... the former attacked": the crowd
    if token.pos_ == "NUM" or lower in words("quantity_heads"):
        apposed = _apposed_name(token, view)
        if apposed is not None:
            return Party(apposed, token)  # "one of these groups, the SDF,": the one named
        of = _prep_object(token, ("of",))
        if of is not None and of.lower_ in RELATIVE_PRONOUNS:
            whole = _partitive_antecedent(token, of)
            return party(whole, view) if whole is not None else None  # "Canadians, the majority of whom"
        if of is not None:
            return party(of, view)  # "thousands of students"
        whole = _partitive_whole(token)
        if whole is not None:
            return party(whole, view)  # "Environmentalists praised it, but some expressed dismay": some of them
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return None
    person = _apposed_person(token, view)
    if person is not None:
        return Party(person, token)  # "a Republican, Mark Amodei, voiced support": the person
    if lower in words("own_name_forces"):
        owner = view.table.actor_of(token.doc[token.left_edge.i: token.i + 1])
        if owner is None or _town_before(owner, view):
            # "Police alleged", "Northamptonshire police": the police, not the country
            # ("Turkish police", "the New Zealand Police" name their own)
            return Party(_short_phrase(token), token)
    linked = coref.entity_of(token)
    if linked is not None:
        return Party(linked.name, token)
    principal = _spoken_for(token, view)
    if principal is not None:
        return Party(principal, token)  # "a spokesman for President Ghani rejected": Ghani
    if token.pos_ == "PRON" or lower in _PRONOUNS and token.pos_ != "PROPN":  # ("US" is no "us")
        if lower not in SPEAKER_PRONOUNS and coref.ran(token.doc):
            # "the protesters ... they": the phrase acts (not "the deal ... it": things do not)
            antecedent = coref.antecedent_of(token)
            if antecedent is not None and antecedent.pos_ != "PRON" and lower not in coref.lists().neuter:
                found = party(antecedent, view)
                return Party(found.name, token) if found else None
            return None
        name = _resolve_pronoun(token, view)
        return Party(name, token) if name else None
    if _private_people(token, view):
        return Party(_short_phrase(token), token)  # "thousands of Sudanese": not the state
    if _dissenters(token, view):
        return Party(_short_phrase(token), token)  # "Chinese democracy activists": not China
    person = _titled_from(token, view)
    if person is not None:
        return Party(person, token)  # "Senator from Vermont Bernie Sanders endorsed": Sanders
    named = _named(token, view)
    if named:
        return Party(named, token)
    pair = _pair(token, view)
    if pair is not None:
        return pair
    state = _state(token, view)
    if state:
        return Party(state, token)
    if token.pos_ not in ("NOUN", "PROPN") or _is_event_noun(token):
        return None
    return Party(_short_phrase(token), token)


def _contraction_remnant(token: Token) -> bool:
    """The end of a contraction whose apostrophe the text spaced apart ("doesn ’ t", "they
    ’ re", as in the ECB+ articles): the parser reads "t" or "re" as a noun, but it is part of
    a verb (``[words] contraction_remnants``)."""
    return token.lower_ in words("contraction_remnants") and token.i > 0 \
        and token.doc[token.i - 1].text in ("’", "'")


def _former_or_latter(token: Token) -> Token | None:
    """The first or the last of the two phrases conjoined nearest before "the former" /
    "the latter" when it stands alone as a noun phrase (``[words] first_of_two_words``,
    ``last_of_two_words``): in its own sentence before it, else in the sentence before.
    Not the adjective of "the former mayor", and None where no pair comes before."""
    first, last = token.lower_ in words("first_of_two_words"), token.lower_ in words("last_of_two_words")
    if not (first or last) or token.dep_ in ("amod", "compound") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in ("amod", "compound") for c in token.children):
        return None
    doc, sent = token.doc, token.sent
    earlier = [range(sent.start, token.i)]
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        earlier.append(range(before.start, before.end))
    for span in earlier:
        pairs = [(doc[t].head, doc[t]) for t in reversed(span) if doc[t].dep_ == "conj"
                 and doc[t].pos_ in ("NOUN", "PROPN") and doc[t].head.pos_ in ("NOUN", "PROPN")
                 and doc[t].head.i < doc[t].i]
        if pairs:
            head, conj = pairs[0]
            if first:
                return head
            return max([conj] + [c for c in head.conjuncts if c.i < token.i], key=lambda t: t.i)
    return None


def _titled_from(token: Token, view: ArticleView) -> str | None:
    """The person a title names where the parser hung the name under the title's "from"
    with the place the title holder comes from: "United States Senator from Vermont Bernie
    Sanders endorsed" (the name is the object of "from", the country before the title is
    no actor). Only a title word with no name of its own, and a person's name ending the
    "from" phrase."""
    if token.pos_ not in ("NOUN", "PROPN") or lemma(token) not in title_words():
        return None
    entity = view.entity_at(token)
    if entity is not None and entity.type == "PERSON":
        return None
    of = _prep_object(token, ("from",))
    if of is None or of.tag_ != "NNP" or not any(c.dep_ == "compound" for c in of.children):
        return None
    ent = view.entity_at(of)
    return ent.name if ent is not None and ent.type == "PERSON" else None


def _spoken_for(token: Token, view: ArticleView) -> str | None:
    """The named party a spokesperson with no name of their own speaks and acts for: "a
    spokesman for Afghan President Ashraf Ghani rejected the accusations" (the
    coreference stage ties "a spokesman for" an organisation, not a person). The nouns are the
    claims cues' ``[spokespeople]`` (data/cues.toml), who speak for a body there."""
    if token.pos_ != "NOUN" or lemma(token) not in cue_lexicon().spokespeople or view.entity_at(token) is not None:
        return None
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children):
        return None  # "spokesman Zabihullah Mujahid": someone of their own
    principal = _prep_object(token, ("for",))
    found = party(principal, view) if principal is not None else None
    return found.name if found is not None and view.table.named(found.name) is not None else None


def _partitive_whole(token: Token) -> Token | None:
    """The group a bare quantifier subject ("some", "many", ``[words] partitive_subjects``)
    is part of, where the clause before it names it as its subject: "Environmentalists
    widely praised the action, but some expressed dismay", "some commenters praised the
    efforts, but many expressed frustrations". None when the quantifier has words of its
    own or its verb is not conjoined to a clause with a plural noun subject ("Berisha's
    successor has been under pressure, and some have called on him": not some of him)."""
    verb = token.head
    if token.dep_ != "nsubj" or token.lower_ not in words("partitive_subjects") or any(True for _ in token.children) \
            or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")), None)  # a group


def _partitive_antecedent(quantity: Token, pronoun: Token) -> Token | None:
    """The group a quantity "of whom" / "of which" is part of: "many Canadians — the
    majority of whom remain critical", "the rebels, most of whom surrendered". The noun the
    relative clause describes where the parser made one, else the noun just before the
    quantity phrase and its comma or dash (the parser often makes the clause a main one).
    A place or a time that ends the phrase is no group: the noun just before its preposition
    is ("the protesters in Nairobi, many of whom threw stones", "met the strikers on Monday,
    most of whom rejected"), wherever the parser hung the preposition."""
    antecedent: Token | None = _relative_antecedent(pronoun)
    if antecedent is pronoun:
        i = quantity.left_edge.i - 1
        while i >= 0 and quantity.doc[i].is_punct:
            i -= 1
        antecedent = quantity.doc[i] if i >= 0 and i < quantity.left_edge.i - 1 else None
    while antecedent is not None and antecedent.dep_ == "pobj" \
            and antecedent.ent_type_ in _PLACE_TYPES + ("DATE", "TIME"):
        prep = antecedent.head
        antecedent = prep.doc[prep.i - 1] if prep.dep_ == "prep" and prep.i > 0 else None
    return antecedent if antecedent is not None and antecedent.pos_ in ("NOUN", "PROPN") else None


def _named(token: Token, view: ArticleView) -> str | None:
    ent = view.entity_at(token)
    if ent is not None:
        return ent.name
    if token.pos_ == "NOUN":
        person = _apposed_entity(token, view, ("PERSON",)) or _named_by_participle(token, view)
        if person is not None:
            return person  # "his French counterpart Emmanuel Macron": the one named, not France
        described = _described_by_apposition(token, view)
        if described is not None:
            return described  # "Jermayne Timmons, the teen accused of shooting": the teen is Timmons
    doc = token.doc
    left = doc[token.left_edge.i: token.i + 1]
    ent = _head_nearest_entity(left.start_char, left.end_char, view)
    if ent is not None:
        return ent.name  # "Afghanistan's Taliban leader": the Taliban, not Afghanistan
    name = view.table.actor_of(left)
    if name and not _town_before(name, view):
        return name
    for child in token.children:
        if child.dep_ == "acl" and lemma(child) in words("ownership_verbs"):
            child = _child(child, ("prep", "agent")) or child  # "facilities belonging to X"
            if child.dep_ in ("prep", "agent"):
                inner = _child(child, ("pobj",))
                ent = view.table.at(inner.left_edge.idx, inner.idx + len(inner.text)) if inner is not None else None
                if ent is not None:
                    return ent.name
            continue
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of"):
            inner = child if child.dep_ == "appos" else _child(child, ("pobj",))
            if inner is not None:
                ent = view.entity_at(inner) or _head_nearest_entity(inner.left_edge.idx, inner.idx + len(inner.text), view) \
                    or view.table.at(inner.left_edge.idx, inner.idx + len(inner.text))
                if ent is not None and ent.type == "PERSON" and child.dep_ == "prep" \
                        and (lemma(token) in words("person_body_nouns") or token.lower_ in words("person_body_nouns")):
                    continue  # "the opposition party of Imran Khan alleged": the party, not Khan
                if ent is not None:
                    return ent.name
    title = _title_holder(token, view)
    return title


def _named_by_participle(token: Token, view: ArticleView) -> str | None:
    """The entity a participle of naming on the noun gives: "a Polish chef named Lukasz
    Koczocik attacked" (the chef, not Poland), "a group called the Islamic Front"
    (``[words] naming_participles``)."""
    parse = parse_arrays(token.doc)
    for c in parse.children(token.i):
        participle = token.doc[c]
        if parse.dep[c] != "acl" or participle.tag_ != "VBN" or lemma(participle) not in words("naming_participles"):
            continue
        name = _child(participle, ("oprd", "attr", "dobj", "xcomp", "npadvmod"))
        ent = view.entity_at(name) if name is not None else None
        if ent is not None and ent.type not in _PLACE_TYPES:
            return ent.name
    return None


def _town_before(name: str, view: ArticleView) -> bool:
    """A town or region (no country) named only before a phrase's head says where the
    body is, not who it is: "the Manhattan district attorney's office" is the office."""
    ent = view.table.named(name)
    return ent is not None and ent.type in _PLACE_TYPES and country_named(ent.name) is None


def _head_nearest_entity(start: int, end: int, view: ArticleView):
    """Of two or more entities named in a phrase's words before its head, the one nearest
    the head when a possessor precedes it ("Afghanistan's Taliban insurgency", "Iran's
    Revolutionary Guards"): the possessor says whose or where it is; the body nearest the
    head acts. None when the phrase names fewer than two entities (the
    widest overlap, as before, then decides)."""
    mentions = view.mentions
    k = bisect_left(mentions, (start, -1))
    inside = [m for m in mentions[k:bisect_left(mentions, (end, -1))] if m[1] <= end]
    if len({m[2].name for m in inside}) < 2:
        return None
    last = inside[-1]
    between = view.doc.char_span(start, last[0], alignment_mode="expand")
    if between is None or not any(t.tag_ == "POS" for t in between):
        return None  # only a possessor before it ("Republican U.S. senators": no owner told)
    return last[2]


def _apposed_name(token: Token, view: ArticleView) -> str | None:
    """The entity named in apposition to ``token`` ("one of these groups, the Syrian
    Democratic Forces"), if any."""
    parse = parse_arrays(token.doc)
    for c in parse.children(token.i):
        if parse.dep[c] == "appos":
            ent = view.entity_at(token.doc[c])
            if ent is not None:
                return ent.name
    return None


def _apposed_entity(token: Token, view: ArticleView, kinds: tuple[str, ...]) -> str | None:
    """The entity of one of ``kinds`` named in apposition to ``token``, if any."""
    parse = parse_arrays(token.doc)
    for c in parse.children(token.i):
        if parse.dep[c] == "appos":
            ent = view.entity_at(token.doc[c])
            if ent is not None and ent.type in kinds:
                return ent.name
    return None


def _described_by_apposition(noun: Token, view: ArticleView) -> str | None:
    """The person or organisation a common noun in apposition describes ("Jermayne
    Timmons, the teen accused of ...", "Kraft, the food maker,"): the noun is that party
    (``[words] apposition_described_kinds``), not a phrase of its own."""
    if noun.dep_ != "appos" or noun.head == noun:
        return None
    ent = view.entity_at(noun.head)
    return ent.name if ent is not None and ent.type in words("apposition_described_kinds") else None


def _apposed_person(token: Token, view: ArticleView) -> str | None:
    """The person named in apposition to a bare word that names a party or a country, alone
    or with "a" ("a Republican, Mark Amodei," -> Amodei, not the Republican Party; "An
    Australian, Brenton Tarrant,"): one member, named, acts. A word that names a person
    keeps its own entity; a name of several words ("The Union of ..., X") is left alone."""
    own = view.entity_at(token)
    if own is None and not country_of_demonym(token.text) or own is not None and own.type == "PERSON":
        return None
    parse = parse_arrays(token.doc)
    children = parse.children(token.i)
    if any(c < token.i and not (parse.dep[c] == "det" and parse.lower[c] in ("a", "an")) for c in children):
        return None  # "The Union of ... Agnostics": a name of many words, no member told
    for c in children:
        if parse.dep[c] == "appos":
            ent = view.entity_at(token.doc[c])
            if ent is not None and ent.type == "PERSON":
                return ent.name
    return None


def _private_people(token: Token, view: ArticleView) -> bool:
    """People of a country who are not its state: a plural demonym counted or quantified
    ("thousands of Sudanese", "some Brazilians", ``[words] people_quantifiers``; "we warn
    the Saudis" is the state). They act for themselves, not for the country (RECORD.md: a
    country stands for its government and forces)."""
    if token.tag_ not in ("NNS", "NNPS") or view.entity_at(token) is not None or not country_of_demonym(token.text):
        return False
    parse = parse_arrays(token.doc)
    if any(parse.dep[c] == "nummod" or parse.lower[c] in words("people_quantifiers") for c in parse.children(token.i)):
        return True
    head = parse.head[token.i]
    return parse.dep[token.i] == "pobj" and parse.lower[head] == "of" and (
        parse.pos[parse.head[head]] == "NUM" or parse.lower[parse.head[head]] in words("quantity_heads"))


def _dissenters(token: Token, view: ArticleView) -> bool:
    """People who by their name act against or apart from a state (``[words]
    dissent_nouns``: activists, dissidents, exiles, critics) named only by a demonym:
    "Chinese democracy activists in exile accused YChina" is not China's act. So do
    people who act for themselves, not for a government (``[words] private_people_nouns``:
    youths, students, strikers, senators) named by a demonym or a country's name: "Greek
    youths vowed", "prompting US senators to investigate" (not Greece, not the US)."""
    if view.entity_at(token) is not None:
        return False
    left = token.doc[token.left_edge.i: token.i]
    if lemma(token) in words("dissent_nouns"):
        return any(t.ent_type_ == "NORP" for t in left) and all(t.ent_type_ in ("", "NORP") for t in left)
    if lemma(token) not in words("private_people_nouns") or token.tag_ not in ("NNS", "NNPS") and token.lower_ != "people":
        return False  # (a plural: "a Greek student" may be named; "the people" has no plural tag)
    named = [t for t in left if t.ent_type_ in ("NORP", "GPE")]
    return bool(named) and all(t.ent_type_ in ("", "NORP", "GPE") for t in left) \
        and all(country_of_demonym(t.text) or country_named(t.text) for t in named if t.pos_ != "PUNCT")


def _title_holder(token: Token, view: ArticleView) -> str | None:
    """"the secretary-general" names the one entity that holds that title."""
    if token.pos_ not in ("NOUN", "PROPN") or not view.title_holders:
        return None  # (no entity of the article holds a title: nothing to look up)
    first = _undetermined_start(token)
    if first is None:
        return None
    holders = view.title_holders.get(title_key(token.doc[first: token.i + 1].text), [])
    return holders[0] if len(set(holders)) == 1 else None


def _undetermined_start(token: Token) -> int | None:
    """The first word of ``token``'s phrase up to it that is no determiner ("the
    [secretary-general]"), None when all are; by index, no Token per word."""
    deps = parse_arrays(token.doc).dep
    return next((k for k in range(token.left_edge.i, token.i + 1) if deps[k] != "det"), None)


def _compound_phrase(token: Token) -> str:
    """``token`` lower-cased after the compounds before it ("security forces"); by index,
    no Token per word."""
    parse, i = parse_arrays(token.doc), token.i
    deps, lowers = parse.dep, parse.lower
    return " ".join(lowers[k] for k in range(token.left_edge.i, i + 1) if deps[k] == "compound" or k == i)


def _pair(token: Token, view: ArticleView) -> Party | None:
    if token.lower_ not in words("pair_nouns"):
        return None
    if not any(c.lower_ in words("pair_quantifiers") for c in token.children):
        return None
    countries = view.countries_before(token.idx, parties_only=True)
    if len(countries) < 2:
        return None
    # the earlier named of the two leads
    a, b = countries[1], countries[0]
    return Party(a, token, partner=b)


def _state(token: Token, view: ArticleView) -> str | None:
    phrase = _compound_phrase(token)
    if phrase not in words("state_nouns") and token.lower_ not in words("state_nouns"):
        return None
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    if token.lower_ in words("bare_state_nouns") and not determiners & {"the", "this"}:
        return None
    if any(c.dep_ == "poss" for c in token.children):
        owner = party(next(c for c in token.children if c.dep_ == "poss"), view)
        return owner.name if owner else None
    countries = view.countries_before(token.idx)
    return countries[0] if countries else None


def _resolve_pronoun(token: Token, view: ArticleView) -> str | None:
    lower = token.lower_
    if lower in SPEAKER_PRONOUNS:
        return speaker_of(token, view)
    if lower in PERSON_PRONOUNS:
        people = [(start, ent) for start, _, ent in reversed(view.entities_before(token.idx)) if ent.type == "PERSON"]
        for start, ent in people[:4]:
            if _was_subject(start, view):
                return ent.name
        return people[0][1].name if people else None
    if lower in GROUP_PRONOUNS:
        spokesman = _reported_for(token, view)
        if spokesman:
            return spokesman
        sentence_start = token.sent.start_char
        for start, _, ent in reversed(view.entities_before(token.idx)):
            if ent.type in ("ORG", "GPE") and (start >= sentence_start or _was_subject(start, view)):
                return ent.name
    return None


def _was_subject(char: int, view: ArticleView) -> bool:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    while t.dep_ in ("compound", "amod", "poss", "case") and t.head != t:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass")


def _reported_for(token: Token, view: ArticleView) -> str | None:
    """"it" in what a spokesperson says is the organisation they speak for."""
    verb = reporting_verb(token)
    if verb is None:
        return None
    subject = _child(verb, SUBJECTS)
    ent = view.entity_at(subject) if subject is not None else None
    if ent is None or ent.type != "PERSON":
        return None
    for role in ent.roles:
        owner = view.table.named(role.of) if role.of else None
        if owner is not None and owner.type in ("ORG", "GPE"):
            return owner.name
    return None


@cache
def _reporting_or_hedging() -> frozenset[str]:
    return modality_words("reporting") | modality_words("hedging")


def reporting_verb(token: Token) -> Token | None:
    """The verb of saying whose content clause holds ``token``, if any: its complement
    clause or quote, not its subject, its object noun or an adjunct of it."""
    found = _reporting_verb_at(token.doc, token.i)
    return token.doc[found] if found is not None else None


# per Doc, word -> its reporting verb (or None): asked of each trigger several times
# (modality, speaker, demand) and of the verbs above it; the answer depends only on
# the parse, which no stage changes
_REPORTING: WeakKeyDictionary[Doc, dict[int, int | None]] = WeakKeyDictionary()


def _reporting_verb_at(doc: Doc, i: int) -> int | None:
    """:func:`reporting_verb` of word ``i``, walked over the Doc's arrays."""
    known = _REPORTING.get(doc)
    if known is None:
        known = _REPORTING[doc] = {}
    if i not in known:
        known[i] = _walk_to_reporting_verb(doc, i)
    return known[i]


def _walk_to_reporting_verb(doc: Doc, i: int) -> int | None:
    parse = parse_arrays(doc)
    heads, deps, lemmas = parse.head, parse.dep, parse.lemma
    saying = _reporting_or_hedging()
    t = i
    dep = None
    for _ in range(12):
        if heads[t] == t:
            break
        dep, below, t = deps[t], t, heads[t]
        if lemmas[t] in saying and (dep in ("ccomp", "parataxis", "xcomp")
                                    or dep == "advcl" and not _adjunct_clause(parse, below)):
            return t
    root = _sentence_root(doc, i)
    if root != i and lemmas[root] in modality_words("reporting") and root > i \
            and t == root and not _outside_content(parse, dep, below if dep is not None else i) \
            and any(deps[c] in SUBJECTS for c in parse.children(root)):
        return root  # '"...", said the ministry.' parsed without a content clause
    return None


# how a word hangs from a verb of saying when it is no part of what is said: its
# subject, the agent, an adjunct phrase or adverb ("In announcing the sanctions, X said")
_NOT_CONTENT = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent", "prep",
                          "advmod", "npadvmod", "mark", "aux", "auxpass", "neg"))


def _outside_content(parse, dep: str | None, child: int) -> bool:
    """The walk reached the verb of saying from ``child`` by ``dep``: a subject or an
    adjunct of it is not its content; nor an adverbial clause of time, reason or purpose."""
    if dep is None:
        return False
    return dep in _NOT_CONTENT or dep == "advcl" and _adjunct_clause(parse, child)


def _adjunct_clause(parse, verb: int) -> bool:
    """An adverbial clause that says when, why or to what end, not a quotation parsed as
    one: opened by a subordinator ("after X announced"), an infinitive of purpose ("cited
    concerns to impose bans") or a bare participle ("Announcing the sanctions, X said")."""
    deps, lowers, tags = parse.dep, parse.lower, parse.tag
    children = parse.children(verb)
    if any(deps[c] == "mark" and lowers[c] != "that" or deps[c] == "aux" and lowers[c] == "to" for c in children):
        return True
    return tags[verb] in ("VBG", "VBN") and not any(deps[c] in ("aux", "auxpass") for c in children)


_ROOTS: WeakKeyDictionary[Doc, dict[int, int]] = WeakKeyDictionary()


def _sentence_root(doc: Doc, i: int) -> int:
    """The root of word ``i``'s sentence (``doc[i].sent.root``: its first word that is
    its own governor), found once per sentence."""
    table = sentences(doc)
    k = table.number(i)
    known = _ROOTS.get(doc)
    if known is None:
        known = _ROOTS[doc] = {}
    if k not in known:
        heads, start, end = parse_arrays(doc).head, table.starts[k], table.ends[k]
        root = next((t for t in range(start, end) if heads[t] == t), None)
        known[k] = root if root is not None else table.span(doc, k).root.i  # no root: Span.root's own choice
    return known[k]


def speaker_of(token: Token, view: ArticleView) -> str | None:
    reading = view.claim_at(token.idx)
    if reading is not None and reading.claim.speaker:
        return reading.claim.speaker
    verb = reporting_verb(token)
    subject = _child(verb, SUBJECTS) if verb is not None else None
    if subject is None or subject.lower_ in SPEAKER_PRONOUNS:
        return None
    found = party(subject, view)
    return found.name if found else None


def _conjoined_names(token: Token, view: ArticleView) -> list[Party]:
    """Parties named in a coordinated phrase: "East and West Germany", "France and Spain"."""
    span = token.doc[token.left_edge.i: token.right_edge.i + 1]
    if not any(t.dep_ == "cc" for t in span):
        single = party(token, view)
        return [single, Party(single.partner, None)] if single and single.partner else []
    parts = [token] + [c for c in token.conjuncts]
    known = [p for p in (party(t, view) for t in parts) if p is not None and view.table.named(p.name) is not None]
    if len(parts) >= 2 and len(known) == len(parts) and len({p.name for p in known}) >= 2:
        # "Presidents Buhari of Nigeria and Talon of Benin signed": each conjunct names
        # one party, its own modifiers ("of Nigeria") no second one
        first: dict[str, Party] = {}
        for p in known:
            first.setdefault(p.name, p)
        return list(first.values())
    names: list[Party] = []
    standing = {}  # "Tokyo and Washington agreed": a capital the coreference stage tied to its country
    for t in span:
        own, linked = view.entity_at(t), coref.entity_of(t)
        if own is not None and linked is not None:
            standing[own.name] = linked.name
    for ent in view.table.within(span.start_char, span.end_char):
        names.append(Party(standing.get(ent.name, ent.name), token))
    if len(names) < 2:
        parts = [token] + [c for c in token.conjuncts]
        names = [p for p in (party(t, view) for t in parts) if p is not None]
        names += [Party(c.name, token) for t, c in _demonym_parties(span) if t not in parts]  # (a part read as people stays one)
    seen: dict[str, Party] = {}
    for p in names:
        seen.setdefault(p.name, p)
    return list(seen.values())


def _demonym_parties(span) -> list:
    out = []
    for t in span:
        c = country_of_demonym(t.text)
        if c:
            out.append((t, c))
    return out


def _short_phrase(token: Token) -> str:
    mods = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod") and t.pos_ != "NUM"]
    words_ = [t for t in token.doc[min([token.i] + [m.left_edge.i for m in mods]): token.i + 1]
              if t.dep_ not in ("det", "poss", "nummod", "quantmod", "punct", "predet") and t.pos_ not in ("NUM", "DET", "PRON")]
    return " ".join(t.text for t in words_) or token.text


def _is_event_noun(token: Token) -> bool:
    return lemma(token) in words("event_nouns") or match(token) is not None


# -- helpers ------------------------------------------------------------------


def _subject_under_mark(trigger: Token) -> Token | None:
    """"after Theresa May stepped down": the parser read the subordinator as a preposition
    and the clause's subject as its object (a name that is also a month): that object,
    before the verb, is the subject."""
    mark = _child(trigger, ("mark",))
    if mark is None or mark.i > trigger.i:
        return None
    found = _child(mark, ("pobj",))
    return found if found is not None and found.i < trigger.i else None


def _child(token: Token | None, deps: tuple[str, ...]) -> Token | None:
    """The first dependant of ``token`` with one of the labels ``deps`` (found over the
    Doc's arrays: a Token only for the one returned)."""
    if token is None:
        return None
    parse = parse_arrays(token.doc)
    labels = parse.dep
    found = next((c for c in parse.children(token.i) if labels[c] in deps), None)
    return token.doc[found] if found is not None else None


def _prep_object(token: Token | None, preps: tuple[str, ...]) -> Token | None:
    if token is None:
        return None
    parse = parse_arrays(token.doc)
    deps = parse.dep
    for child in parse.children(token.i):
        if deps[child] in ("prep", "dative", "agent") and parse.lower[child] in preps:
            obj = next((c for c in parse.children(child) if deps[c] == "pobj"), None)
            if obj is not None and parse.ent[obj] not in ("DATE", "TIME"):
                return token.doc[obj]
    return None
