"""Post-role filters on one candidate: whether the parties read make it an event.

Step 5 of the fallback order in :mod:`newstrace.extract.events`, asked by ``_candidate``
once roles are read: nature does no act (``_natural_force``, ``_struck_by_nature``), an
unnamed thing is no actor (``roles.inanimate``), an exchange with the press is an interview
(``_is_press``, ``_with_press``), when an act that needs an actor stands without one ("he
was charged": ``_agentless_passive``, ``_against_noun``, ``_undergone_noun``,
``_held_on``), a generality with an unnamed bare-plural actor (``_is_generality``),
funding budgeted rather than given (``_budgeted``), and the party pride or delight
praises (``_praised``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newstrace.extract.cues import lexicon as cue_lexicon, outlet_key
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import Rule, governing_verb, lemma, types, words
from newstrace.extract.events.roles import (Party, Roles, by_means, laid_against, one_held, participle_tag, party,
                                             pleaded_to)
from newstrace.extract.parsearrays import KeptPerDoc, ParseArrays, parse_arrays


def _natural_force(head: Token) -> bool:
    """A force of nature or an illness (``[words] natural_forces``): the word, or a word
    compounded with it ("Tropical Cyclone Jude", "Hurricane Katrina"), or a name the article
    gives elsewhere with such a word ("struck by Chido" after "Cyclones Chido in December")."""
    parse = parse_arrays(head.doc)
    return _natural_force_at(parse, head.i) or head.pos_ == "PROPN" and head.lower_ in _forces_named(head.doc)


def _natural_force_at(parse: ParseArrays, i: int) -> bool:
    """:func:`_natural_force` of word ``i``, over the Doc's arrays (no Token per word)."""
    forces, lemmas, lowers, deps = words("natural_forces"), parse.lemma, parse.lower, parse.dep
    return any(lemmas[w] in forces or lowers[w].removesuffix("s") in forces
               for w in (i, *(c for c in parse.children(i) if deps[c] == "compound")))  # "Hurricanes Katrina"


def _names_of_forces(doc: Doc) -> frozenset[str]:
    """The words of a Doc that have a force of nature compounded with them ("Chido" of
    "Cyclone Chido", "Cyclones Chido in December"), which name that force wherever they
    stand alone: found once per Doc, not once per actor."""
    parse = parse_arrays(doc)
    forces, lemmas, lowers, deps, heads = words("natural_forces"), parse.lemma, parse.lower, parse.dep, parse.head
    return frozenset(lowers[heads[c]] for c in range(len(lowers))
                     if deps[c] == "compound" and (lemmas[c] in forces or lowers[c].removesuffix("s") in forces))


_forces_named: KeptPerDoc[frozenset[str]] = KeptPerDoc(_names_of_forces)


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
    a passive that holds its subject ("he is expected to be charged"), and a participle conjoined
    to such a passive ("he was arrested and charged")."""
    deps = {c.dep_ for c in token.children}
    if token.pos_ == "VERB" and token.dep_ == "acl" and participle_tag(token) and "agent" not in deps \
            and lemma(token) in words("charged_participles"):
        return _one_charged(token.head)  # "a policeman charged with killing X": a formal charge was laid
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "conj" and not deps & {"auxpass", "agent",
                                                                                            "nsubj", "nsubjpass"}:
        return _agentless_passive(token.head)  # "he was arrested and charged with murder": the passive's auxiliary is shared
    if token.pos_ != "VERB" or token.tag_ != "VBN" or "auxpass" not in deps or "agent" in deps:
        return False
    return "nsubjpass" in deps or token.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in token.head.children)


def _unnamed_undergoer(token: Token, rule: Rule) -> bool:
    """"He was sentenced to 2 years", "One was charged with murder": an agentless passive of a
    legal step whose subject is a pronoun the roles could not name (``[words]
    undergoer_pronouns``; ``[types] unnamed_undergoer``) still tells that the step was taken
    to someone the story told of; not "it was charged" (a thing) or a subject with a name."""
    if rule.type not in types("unnamed_undergoer") or not _agentless_passive(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lower_ in words("undergoer_pronouns")


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
    """"Charges against X", "the accusation against Biden", "accusations were leveled against
    X" (``laid_against``): a charge noun with the one charged after "against" and nobody
    named to make it, which says it was made (as "he was charged"); not the object of
    another act, of a verb or an "of" ("the dropping of charges against protesters",
    "dismissed the charges against him")."""
    if token.pos_ != "NOUN" or token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.lower_ == "of":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children) or laid_against(token) is not None


def _undergone_noun(token: Token) -> bool:
    """"He faces charges", "the move drew criticism": a noun its clause's subject undergoes
    or receives, which says it was done to them, not by whom (as "he was charged"); so is
    a charge one is arrested or held "on"."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj"):
        return False
    if pleaded_to(token) is not None:
        return True  # "pleaded guilty to charges": the phrase may hang off the adjective
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
    return one_held(prep.head)


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


def _budgeted(token: Token) -> bool:
    """Funding as the object of a verb of budgeting, or with one as its modifier ("allocate
    funding", "divert funding away from programs", "a budget authorizing funding" parsed
    with "authorizing" on the noun; ``[words] budget_verbs``)."""
    if lemma(token) not in words("budget_nouns"):
        return False
    budget = words("budget_verbs")
    if token.dep_ == "dobj" and lemma(token.head) in budget:
        return True
    # a modifier of budgeting: its "-ing" form acts on the noun ("a budget authorizing funding"),
    # but the object of another verb with a past participle is funding given ("provided
    # earmarked funding to the rebels": aid, fix20e)
    return any(c.dep_ in ("amod", "acl", "compound") and lemma(c) in budget
               and (c.tag_ == "VBG" or token.dep_ != "dobj") for c in token.children)


def _praised(token: Token, rule: Rule, roles: Roles, view: ArticleView) -> Party | None:
    """The party an adjective of pride or delight praises: the subject of its that-clause
    ("is delighted that Mary Jones has been nominated"), or its own target ("proud of
    Secretary Smith"); None where that names no party or actor ("delighted that the deal was
    signed", "proud of the city's work")."""
    if "that" in rule.prep_any:
        clause = next((c for c in token.children if c.dep_ == "ccomp"
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        praised = party(subject, view)
    else:
        praised = roles.target
    head = praised.token if praised is not None else None
    named = head is not None and (view.entity_at(head) is not None or view.table.actor_of(head) is not None)
    return praised if named else None
