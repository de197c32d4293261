"""The "not an event" judgements: words that name an event without reporting one.

Asked in step 1 of the fallback order in :mod:`newstrace.extract.events`, of each word
right after its trigger rule holds and before its roles are read (``_not_an_event`` and
its helper predicates: a purpose, a game won, a session, a norm, an accident, a
condition, a request, a newsroom exchange ...; a question asked, not told,
``_asked_not_told``; a standing position, ``_stance``); and in step 3 of a candidate
whose act is planned or possible (an open question, ``_in_open_question``); and in step 5,
of a noun with no actor, the topic a question asks about (``_asked_about``).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import (Rule, complements, governing_verb_at, match, match_at, types,
                                              unsubjected_arguments, words)
from newstrace.extract.parsearrays import ParseArrays, parse_arrays


def _not_an_event(token: Token, rule: Rule) -> bool:
    """Words that name an event without reporting one."""
    parse = parse_arrays(token.doc)  # these walks go by index: no Token per word visited
    i, deps = token.i, parse.dep
    if parse.pos[i] in ("VERB", "AUX"):
        children = parse.children(i)
        # "to destroy the tools": a purpose, not a deed
        if deps[i] in ("advcl", "acl") and any(deps[c] == "aux" and parse.lower[c] == "to" for c in children) \
                and not purpose_of_a_trip(parse, i):
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
        if rule.mode == "overturn" and not _predicated(parse, i, rule.args_any):
            return True  # "officials found invalid ballots": a kind of thing found, no ruling on it
        if parse.lemma[i] in words("appointing_verbs") and _appointed_to_office(parse, children):
            return True  # "designated Wiranto as the nation's security minister": an appointment, no charge
        if obj is not None and parse.lemma[i] in words("document_verbs") and parse.lemma[obj] in words("keepsake_objects"):
            return True  # "signing memorabilia at conventions", "signed autographs for fans": no deal
        if parse.lemma[i] in words("charging_verbs") and any(
                deps[c] in ("dobj", "advmod", "npadvmod") and parse.lemma[c] in words("price_words") for c in children) \
                and not any(deps[c] == "prep" and parse.lower[c] in words("charge_naming_preps") for c in children):
            # "hospitals there charge less", "charged a fee": a price asked, no one accused; but
            # "was charged once more with corruption" names the charge
            return True
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
        if _a_duty_ahead(parse, i, children):
            return True  # "agencies will have to consult", "they'd have to shoot him": obliged, not done
        if rule.type in types("moving_acts") and _moving_ahead(parse, i, children):
            return True  # "have pulled way out front in the AI race", "moved ahead with efforts": no retreat, no deployment
        if any(deps[c] == "prt" and f"{parse.lemma[i]} {parse.lower[c]}" in words("leaving_particles") for c in children) \
                and not any(deps[c] == "prep" and parse.lower[c] == "on" for c in children):
            return True  # "the network signed off and went off-air"
    if rule.type == "PROTEST" and parse.pos[i] == "NOUN" and parse.head[i] != i \
            and parse.lemma[parse.head[i]] in words("bowling_verbs"):
        return True  # "bowled a strike in the tenth frame", "threw a strike": a throw in a game, no walkout
    if rule.type == "AID" and parse.pos[i] == "NOUN" and parse.lemma[i] in words("backing_nouns") \
            and _backing_in_a_vote(parse, i):
        return True  # "the measure has enough votes to pass, with support from France": votes, no aid
    if rule.type == "REQUEST" and parse.lemma[i] in words("court_appeal_lemmas") and _a_court_appeal(parse, i):
        return True  # "Avenatti intends to appeal the conviction", "an appeal by the prosecutors": no party asked
    if rule.type == "REQUEST" and parse.pos[i] == "NOUN" and parse.lemma[i] in words("conversation_nouns") \
            and any(deps[c] == "prep" and parse.lower[c] == "with" for c in parse.children(i)):
        return True  # "details emerged about Trump's call with Zelensky": a conversation, no appeal
    if rule.type == "ACCUSE" and parse.lemma[i] in words("inquiry_nouns") and _matter_under_inquiry(parse, i):
        return True  # "the incident is under police investigation": a matter looked into, no party accused
    if parse.pos[i] == "NOUN" and _blamed(parse, i):
        return True  # "Islamabad has blamed several recent attacks on militants": the matter of a charge
    if parse.pos[i] == "NOUN" and deps[i] in ("compound", "nmod") and _modifies_a_thing(token.doc, parse, i):
        return True  # "occupation photos", "the asylum claim backlog": the act names a kind of thing
    if _a_kind_defined(parse, i):
        return True  # "Impeachment is the process by which an official can be removed": a kind of act defined
    if parse.pos[i] == "NOUN" and _a_party_or_place_of(parse, i):
        return True  # "the scene of the attack", "the perpetrators of honor killings": the act names who or where
    if rule.type == "SUPPORT" and parse.pos[i] == "NOUN" and _to_own_conduct(parse, i):
        return True  # "the administration's commitment to using sound science": its own course, no party backed
    if rule.mode == "visit" and _sightseeing(parse, i):
        return True  # "Chinese tourists visited Vietnam", "a cultural tour of the world": travel, no party met
    if parse.pos[i] not in ("VERB", "AUX") and _named_for(parse, i):
        return True  # "leverage for future negotiations", "the envoy for Ukraine negotiations": named, not told
    if rule.type == "ASSAULT" and _figurative_target(parse, i, rule.is_reciprocal(parse.lemma[i])):
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


def _a_court_appeal(parse: ParseArrays, i: int) -> bool:
    """An appeal that names neither whom it is made to nor what it asks for ("to" / "for",
    ``[words] appeal_addressing_preps``, on the word or on its object; nor a clause: "appealed
    for the public to remain calm") is an appeal against a verdict or a ruling with no party
    asked ("would appeal", "intends to appeal the conviction", "an appeal by the
    prosecutors"): the corpus codes it as the ruling rejected (REJECT) or the charge pursued
    (ACCUSE), not as a request. "appealed for calm", "appealed the decision to the Court of
    Appeals" (the court is asked) stay."""
    preps, dep = words("appeal_addressing_preps"), parse.dep
    children = parse.children(i)
    named = [g for c in children for g in (c, *(parse.children(c) if dep[c] == "dobj" else ()))]
    return not any((dep[g] == "prep" and parse.lower[g] in preps) or dep[g] in ("xcomp", "ccomp", "advcl")
                   for g in named)


def _predicated(parse: ParseArrays, i: int, adjectives: frozenset[str]) -> bool:
    """A ruling's adjective in verb ``i``'s phrase said of the thing ruled on ("ruled the law
    unconstitutional", "found the prorogation to be unlawful"), not a modifier naming a kind
    of thing ("found invalid ballots", "found unlawful weapons"). A modifier put before its
    noun's determiner is the predicate moved ahead ("found unconstitutional a 2005 law")."""
    stack = list(parse.children(i))
    while stack:
        j = stack.pop()
        if parse.dep[j] in ("relcl", "acl", "advcl", "parataxis"):
            continue
        stack.extend(c for c in parse.children(j) if c != j)
        if parse.lemma[j] not in adjectives and parse.lower[j] not in adjectives:
            continue
        if parse.dep[j] != "amod":
            return True
        noun = parse.head[j]
        if any(parse.dep[c] in ("det", "nummod", "poss") and c > j for c in parse.children(noun)):
            return True
    return False


def _to_own_conduct(parse: ParseArrays, i: int) -> bool:
    """A noun of backing whose "to" phrase is a gerund and names no one ("our commitment to
    using those instruments", "the administration's commitment to using sound science"):
    the holder's own course of conduct, no party or act of another backed ("commitment to
    Ukraine", "support to the rebels" stay)."""
    for c in parse.children(i):
        if parse.dep[c] == "prep" and parse.lower[c] == "to":
            below = parse.children(c)
            if any(parse.dep[g] == "pcomp" for g in below) and not any(parse.dep[g] == "pobj" for g in below):
                return True
    return False


def _a_duty_ahead(parse: ParseArrays, i: int, children) -> bool:
    """A verb in the "to" infinitive of ``[words] duty_verbs`` ("have to", "need to") that
    carries a modal ("Federal agencies again will have to consult with wildlife experts",
    "they'd have to shoot him to get him out"): an obligation ahead or supposed, no act
    told. "had to flee" (past: done) and "has yet to concede" (no modal) stay."""
    head = parse.head[i]
    return parse.dep[i] == "xcomp" and head != i and parse.lemma[head] in words("duty_verbs") \
        and any(parse.dep[c] == "aux" and parse.lower[c] == "to" for c in children) \
        and any(parse.dep[c] == "aux" and parse.tag[c] == "MD" for c in parse.children(head))


def _sightseeing(parse: ParseArrays, i: int) -> bool:
    """A visit of sightseers, or a tour of a place no party holds: travel, not a meeting of
    parties. The visitor (subject, or passive "by" agent) is a ``[words] traveller_nouns``
    ("more than 2.8 million Chinese tourists visited Vietnam"), or the trigger is a
    ``sightseeing_lemmas`` word whose object or "of" object is a common noun with no proper
    noun in its phrase ("a cultural
    tour of the world", "offered Spanton a tour of the famed police headquarters"); "toured
    Asia", "toured the devastated areas of Kerala", "a visit to the Interior Department" stay."""
    children = parse.children(i)
    for c in children:
        if parse.dep[c] == "nsubj" and parse.lemma[c] in words("traveller_nouns"):
            return True
        if parse.dep[c] == "agent" and any(parse.lemma[g] in words("traveller_nouns") for g in parse.children(c)):
            return True
    if parse.lemma[i] not in words("sightseeing_lemmas"):
        return False
    places = [c for c in children if parse.dep[c] == "dobj"] + [
        g for c in children if parse.dep[c] == "prep" and parse.lower[c] == "of" for g in parse.children(c)
        if parse.dep[g] == "pobj"]
    return bool(places) and all(parse.pos[p] == "NOUN" and not _names_a_place(parse, p) for p in places)


def _names_a_place(parse: ParseArrays, i: int) -> bool:
    """A proper noun in word ``i``'s phrase that names the whole the place is part of: on
    it, or the object of its "of" ("the devastated areas of Kerala", "Kerala's flood-hit
    areas"); not a sight's address ("the famed police headquarters at 36 Quai des Orfèvres")."""
    stack = [i]
    while stack:
        j = stack.pop()
        if parse.pos[j] == "PROPN":
            return True
        for c in parse.children(j):
            if parse.dep[c] in ("compound", "poss", "nmod", "amod") \
                    or parse.dep[c] == "prep" and parse.lower[c] == "of" \
                    or parse.dep[c] == "pobj" and parse.lower[j] == "of":
                stack.append(c)
    return False


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
                deps[d] in ("det", "poss") and parse.lower[d] not in words("indefinite_determiners") for d in parse.children(n))
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
    "investigating the specifics", "the allegations were investigated"). "investigating Trump",
    "investigating the shooting" (a deed, whose doer is accused) and "investigated the
    allegations against the mayor" (a party named) stay."""
    deps = parse.dep
    items = [c for c in children if deps[c] in ("dobj", "nsubjpass")]
    if obj is None and any(deps[c] == "ccomp" for c in children):
        return True
    if not items:
        return not any(deps[c] in ("prep", "agent", "xcomp", "ccomp", "dative") for c in children) \
            and deps[i] not in ("acl", "relcl", "xcomp")
    return all(parse.lemma[c] in words("inquiry_matters") and not any(
        deps[p] == "prep" and parse.lower[p] == "against" for p in parse.children(c)) for c in items)


def _blamed(parse: ParseArrays, i: int) -> bool:
    """A noun that a verb of blame takes as what is blamed (``[words] blame_on_verbs``): its
    object ("blamed the attacks on militants") or its "for" phrase ("blamed the opposition
    for violence"). The blamer's ACCUSE is told; the act is its matter."""
    head, blame = parse.head[i], words("blame_on_verbs")
    if head == i:
        return False
    if parse.dep[i] == "dobj":
        return parse.lemma[head] in blame
    if parse.dep[i] == "pobj" and parse.lower[head] == "for" and parse.head[head] != head:
        return parse.lemma[parse.head[head]] in blame
    return False


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
    its governor's) is a measure (``[words] measure_nouns``): a quantity falls. So too, whatever
    the subject, when the verb is told with a figure it falls to, by or from ("exports declined
    to $5 billion", "declined by 5 percent"), an adverb of degree (``[words] degree_adverbs``:
    "declined sharply") or a span it falls over ("since 1933 the party has declined"): a
    refusal is an act done once, to an offer, not a change by degrees."""
    deps = parse.dep
    if any(deps[c] == "xcomp" for c in children):
        return False  # "declined to comment": a refusal
    for c in children:
        if deps[c] == "advmod" and parse.lower[c] in words("degree_adverbs"):
            return True
        if deps[c] == "prep" and parse.lower[c] == "since":
            return True
        if deps[c] == "prep" and parse.lower[c] in ("to", "by", "from") and any(
                deps[o] == "pobj" and (parse.tag[o] == "CD" or parse.lower[o] in words("figure_words") or any(
                    deps[n] == "nummod" for n in parse.children(o))) for o in parse.children(c)):
            return True
    subjects = [c for c in children if deps[c] == "nsubj"]
    if not subjects and deps[i] == "xcomp" and parse.head[i] != i:
        subjects = [c for c in parse.children(parse.head[i]) if deps[c] == "nsubj"]
    return any(parse.lemma[c] in words("measure_nouns") for c in subjects)


def _backing_in_a_vote(parse: ParseArrays, i: int) -> bool:
    """A noun of backing after "with" ("with support from", "with the backing of") on a verb
    that passes a measure (``[words] passing_verbs``), or that has a measure voted on, or
    votes, as its subject or object (``[words] voted_matters``). "approved military support
    for Kyiv" (the aid approved) stays."""
    if parse.dep[i] != "pobj" or parse.lower[parse.head[i]] != "with":
        return False
    verb = governing_verb_at(parse, i)
    if verb is None:
        return False
    if parse.lemma[verb] in words("passing_verbs"):
        return True
    return any(parse.dep[c] in ("nsubj", "nsubjpass", "dobj") and parse.lemma[c] in words("voted_matters")
               for c in parse.children(verb))


def _modifies_a_thing(doc: Doc, parse: ParseArrays, i: int) -> bool:
    """An event noun used as a modifier (compound or nmod) of a noun that names no event (the
    lexicon names no rule for it): the compound tells a kind of thing ("Japanese occupation photos", "the
    asylum claim backlog"), no act done. "peace talks", "the murder charges" (an event
    head), "launched a mediation effort" (``[words] effort_nouns``: the effort is the act) and
    "the bombing survivors" (``[words] act_participant_nouns``: one who took part in it) stay."""
    head = parse.head[i]
    return head != i and parse.pos[head] in ("NOUN", "PROPN") and match_at(doc, head) is None \
        and parse.lemma[head] not in words("effort_nouns") and parse.lemma[head] not in words("act_participant_nouns")


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
    if parse.pos[i] not in ("VERB", "AUX") or not _ends_in_question(parse, i, end, past_quotes=True):
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


def _ends_in_question(parse: ParseArrays, i: int, end: int, past_quotes: bool) -> bool:
    """The sentence of word ``i``, ending before word ``end``, ends with a question mark
    ("?\n" too); ``past_quotes``: also one inside closing quotes (a question quoted whole,
    which ``_asked_not_told`` reads as asked; ``_asked_about`` keeps a sentence that tells
    something by quoting a question: "... by asking, \"Is anybody ...?\"")."""
    last = end - 1
    while last > i and (past_quotes and parse.lower[last] in _QUOTE_MARKS or parse.lower[last].isspace()):
        last -= 1
    return parse.lower[last] == "?"


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


def _figurative_target(parse: ParseArrays, i: int, reciprocal: bool) -> bool:
    """An attack whose object is an order, a value or trade (``[words] figurative_targets``:
    a verb's direct object, an "on" / "against" phrase, a noun's "of" phrase, a two-sided
    (``reciprocal``) act's "with" phrase: ``figurative_partner_preps``): "an
    attack on the constitutional order", "tariffs targeting European products", "fighting
    accusations", "an explosion of anger" strike no one; the corpus codes the speaker's
    charge, not an assault. So a verb's participle on such a noun ("challenges faced by the
    force")."""
    deps, figurative = parse.dep, words("figurative_targets")
    if deps[i] == "acl" and parse.pos[i] == "VERB" and parse.head[i] != i \
            and (parse.lemma[parse.head[i]] in words("inanimate_nouns") or parse.lemma[parse.head[i]] in figurative):
        return True  # "Trump's tariffs targeting Canada", "the effort targeting fentanyl": a measure strikes no one
    preps = words("figurative_target_preps") | ({"of"} if parse.pos[i] == "NOUN" else set()) \
        | (words("figurative_partner_preps") if reciprocal else set())
    for c in parse.children(i):
        if deps[c] == "dobj" and parse.lemma[c] in figurative:
            return True
        if deps[c] == "prep" and parse.lower[c] in preps and any(
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


def purpose_of_a_trip(parse: ParseArrays, i: int) -> bool:
    """"flew to Ankara to meet Erdogan", "ran to help", "were called in to help": the act a
    trip, a gathering or a summons was made for. When the trip is told as done (past, not
    negated, not itself wanted or ordered), news tells its purpose because it was carried
    out: the trip is the frame of the act. Not "plans to fly to Ankara to meet", "will go
    to Moscow to sign", "did not come to help", nor "raised money to fund" or "headed a
    committee to investigate" (no trip: a verb of motion with an object of its own, not one sent
    or visited, tells a task, ``trip_object_verbs``)."""
    deps, tags, lemmas, lower = parse.dep, parse.tag, parse.lemma, parse.lower
    to = next((c for c in parse.children(i) if deps[c] == "aux" and lower[c] == "to"), None)
    if deps[i] != "advcl" or to is None or any(tags[k] in ("``", "''") for k in range(to + 1, i)):
        return False  # 'had gone to "defend our rights"': the purpose in their own words is their aim as they put it
    g = parse.head[i]
    kids = parse.children(g)
    moved = lemmas[g] in words("trip_verbs") and (
        lemmas[g] in words("trip_object_verbs") or not any(deps[c] == "dobj" for c in kids))
    trip = moved or any(
        deps[c] == "prt" and f"{lemmas[g]} {lower[c]}" in words("trip_particles") for c in kids) or (
        lemmas[g] == "be" and any(deps[c] == "prep" and lower[c] in words("presence_prepositions") and any(
            deps[o] == "pobj" and parse.ent[o] in ("GPE", "LOC", "FAC") for o in parse.children(c)) for c in kids))
    if not trip or any(deps[c] == "neg" or tags[c] == "MD" for c in kids):
        return False
    if lemmas[g] in words("convening_verbs") and _body_in_session(parse, g, kids):
        return False  # "the cabinet met to discuss the budget": a session's agenda, no talks between parties
    done = tags[g] == "VBD" or tags[g] == "VBN" and any(deps[c] in ("aux", "auxpass") for c in kids)
    t = g
    while deps[t] == "conj" and parse.head[t] != t:
        t = parse.head[t]
    return done and deps[t] not in ("xcomp", "csubj", "acl", "amod")


def _threatened(token: Token) -> bool:
    """"vowed to strike back at X": the force is what is threatened; the threat is the event."""
    if token.head.pos_ != "VERB" or token not in complements(token.head):
        return False
    outer = match(token.head)
    return outer is not None and outer.type == "THREATEN"


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


def _asked_about(token: Token) -> bool:
    """A noun trigger in a sentence that asks a question ("Are you concerned about
    deplatforming and the censorship of certain views on social media?"): read with no one
    doing it, it is the topic the question asks about, not an act told (false33; "What are
    your views on the conflict between Armenia and Azerbaijan?" names its parties, and stays;
    a question quoted at the end of a sentence that tells something asks nothing of it)."""
    return _ends_in_question(parse_arrays(token.doc), token.i, token.sent.end, past_quotes=False)
