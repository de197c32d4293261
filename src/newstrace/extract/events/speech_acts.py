"""Speech acts read as events: what a speaker says another party must do, or how a
speaker judges another party or its act.

Step 1 of the fallback order in :mod:`newstrace.extract.events`, tried before the trigger
lexicon: a reported clause whose subject "must", "should" or "needs to" act is a REQUEST
by the speaker to that subject (``_reported_demand``, unless it asks no party to act:
``_no_addressee``); a speaker's judgement of an act as wrong or right is ACCUSE or
SUPPORT by the speaker (``_reported_judgement``), and so is calling a party by a word of
blame (``_called_by_blame``).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.detector import DEMAND_LEMMAS, OBLIGATIONS
from newstrace.extract.events.lexicon import Rule, lemma, words
from newstrace.extract.events.roles import (PERSON_PRONOUNS, Party, Roles, SPEAKER_PRONOUNS, inanimate, party,
                                            reporting_verb, speaker_of)
from newstrace.extract.parsearrays import ParseArrays, parse_arrays


# "the minister said Syria must withdraw": a demand put to the clause's subject.
_DEMAND = Rule(type="REQUEST", lemmas=frozenset(), pos=frozenset({"VERB", "AUX"}), mode="demand", verbal=True)
_OBLIGATION = OBLIGATIONS  # "must", "should"
_NEED = DEMAND_LEMMAS  # "need"


def _reported_demand(token: Token, view: ArticleView) -> Roles | None:
    """A speaker saying another party must (should, needs to) do something asks it to.
    The clause must be reported, by a speaker who is not its subject ("[W]e must": a
    bracketed pronoun is the speaker's too), and its subject not the public at large
    ("they must go and check", "they" read as "people")."""
    parse = parse_arrays(token.doc)  # asked of every word the loop looks at: no Token per dependant
    i, deps = token.i, parse.dep
    if parse.pos[i] not in ("VERB", "AUX") or deps[i] not in ("ccomp", "ROOT", "conj", "parataxis"):
        return None
    children = parse.children(i)
    if not (any(deps[c] == "aux" and parse.lower[c] in _OBLIGATION for c in children) or (
            parse.lemma[i] in _NEED and any(deps[c] == "xcomp" and parse.pos[c] == "VERB" for c in children))):
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = subject.lower_.replace("[", "").replace("]", "") if subject is not None else ""  # "[W]e must"
    if subject is None or said in SPEAKER_PRONOUNS or said in ("it", "this", "that", "there", "one"):
        return None
    target = party(subject, view)
    if target is not None and inanimate(target, view):
        return None  # "wind energy should be growing": a wish about a thing, not a demand
    if _no_addressee(token, subject, view, target):
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
            and parse.tag[i] == "JJS" and (best := _one_of_the_best(parse, parse.head[i])) >= 0:
        predicate, of_person, rule = best, True, _JUDGED_FOR  # "one of the greatest"
    elif pos == "ADJ" and word in praise and parse.dep[i] == "amod" and parse.pos[parse.head[i]] == "NOUN" \
            and parse.tag[i] != "JJS":  # "Harris is the best person to help me": a choice ranked, no praise
        predicate, of_person, rule = parse.head[i], True, _JUDGED_FOR  # "Cummings was a great man"
    elif pos == "ADJ" and word in praise and parse.dep[i] == "acomp" and parse.tag[i] != "JJS":
        of_person, rule = True, _JUDGED_FOR  # "I think he's smart", "She was brilliant"
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
    copula = parse.head[predicate]
    if of_person and parse.dep[predicate] == "dobj" and parse.lemma[predicate] in words("praised_work_nouns") \
            and parse.lemma[copula] == "do":
        of_person = False  # "They did an excellent job": the doers, people or a body, praised for their work
        if not any(parse.dep[c] == "nsubj" for c in parse.children(copula)):
            return None
    elif parse.dep[predicate] not in ("acomp", "attr") or parse.lemma[copula] != "be":
        return None
    if parse.dep[copula] not in _COPULA_DEPS:
        return None
    if parse.dep[copula] != "ROOT" and parse.lemma[parse.head[copula]] in words("judging_verbs"):
        return None  # "praised Mendez: \"Tony was one of the best officers\"": the verb's own praise, told once
    if parse.dep[copula] == "ccomp" and parse.pos[parse.head[copula]] not in ("VERB", "AUX"):
        return None  # "rejected accusations that Lai's trial is unfair": the clause names a charge
    subject = None
    for c in parse.children(copula):
        dep = parse.dep[c]
        if dep == "neg" or dep == "aux" and parse.tag[c] == "MD" or dep == "mark" and parse.lower[c] in conditions:
            return None
        if dep in ("nsubj", "nsubjpass") and subject is None:
            subject = c
    if subject is None and parse.dep[copula] == "ccomp":
        # "told MSNBC Cummings \"was a great man\"": a finite clause has a subject; the
        # parser took it for the object of the verb of saying
        subject = next((c for c in parse.children(parse.head[copula]) if parse.dep[c] == "dobj"
                        and parse.ent[c] == "PERSON" and c < copula), None)
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
        if target is not None and (inanimate(target, view) or possessor is None
                                   and view.table.named(target.name) is None):
            target = None  # "The core of this idea is hypocritical": the subject names no party
    return rule, Roles(Party(speaker, None), target, None)


def _one_of_the_best(parse: ParseArrays, noun: int) -> int:
    """The "one" of "X is one of the greatest competitors": a person ranked among the best
    of a class is praised (a superlative alone, "the best person to lead", is a choice);
    -1 where the noun is not the object of "of" under such a "one"."""
    prep = parse.head[noun]
    if parse.dep[noun] != "pobj" or parse.lower[prep] != "of":
        return -1
    one = parse.head[prep]
    return one if parse.lower[one] == "one" and parse.dep[one] == "attr" else -1


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
    if target is None or view.table.named(target.name) is None or inanimate(target, view):
        return None
    if reporting_verb(token) is None and view.claim_at(token.idx) is None:
        return None
    speaker = speaker_of(token, view)
    if speaker is None or view.table.named(speaker) is None or speaker == target.name:
        return None
    return _JUDGED_AGAINST, Roles(Party(speaker, None), target, None)


def _no_addressee(token: Token, subject: Token, view: ArticleView, target: Party | None = None) -> bool:
    """A "must" or "should" that asks no party to act: a passive clause about an unnamed
    thing ("the border should be extended", "key details need to be worked out": whoever
    is to do it is not said), a generic subject ("any leader should", "every society
    needs to", "a host must"; ``[words] generic_determiners``), or a regret about the past
    ("he shouldn't have spent a day in prison"), a state of mind or of things rather than
    an act ("lawmakers must understand", "the frontier should head east"; ``[words]
    stative_verbs``), or a subject that stands for anyone
    ("people must know", or "they must go and check" with "they" read as "people": the
    subject's word or ``target``, the party read for it; ``[words] generic_subjects``)."""
    generic_subjects = words("generic_subjects")
    if target is not None and target.name.lower() in generic_subjects:
        return True  # "they must go and check", "they" read as "people": the public at large
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
    if subject.lower_ in generic_subjects and not any(c.dep_ in ("det", "poss") for c in subject.children):
        return True  # "people should allow the court process ...": the public at large
    generic = words("generic_determiners")
    return any(c.dep_ == "det" and c.lower_ in generic for c in subject.children)
