"""The type's last changes: what a trigger's type becomes given its parties and what
governs it.

Step 3 of the fallback order in :mod:`newstrace.extract.events` (after modality), asked by
``_candidate``: a force or advice told as a directive to another party (``_directive_over``),
a warning about another party's conduct (``_warned_of_other``), a clash of named people
(``_between_persons``), a ban on a foreign state (``_foreign``), and the target of a threat
read from the force it threatens (``_threatened_target``); and the act a promise verb
takes (``_promised``), which ``_candidate`` drops for the promise verb's own AGREE; an
attempt the clause above says failed or succeeded: a failed persuasion, which also tells the
refusal of the one urged (``_failed_persuasion``), and talks that reached terms
(``_achieved_talks``).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.extract.cues import modality_words
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import complements, lemma, match, types, words
from newstrace.extract.events.roles import Party, Roles, roles_of


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


def _threatened_target(token: Token, view: ArticleView) -> Party | None:
    """The target of a threat is the target of the force it threatens."""
    for child in complements(token):
        inner = match(child)
        if inner is not None and inner.type in types("threat_capable"):
            for roles in roles_of(child, inner, view):
                if roles.target is not None:
                    return roles.target
    return None


def _promised(token: Token) -> bool:
    """The act a promise verb takes as its complement, as a verb or as the object of one:
    "agreed to support her opponents' plans", "pledged to send aid" ([words] promise_verbs)."""
    verb = token if token.pos_ == "VERB" else token.head if token.dep_ == "dobj" else None
    return verb is not None and verb.dep_ == "xcomp" and lemma(verb.head) in words("promise_verbs")


def _failed_persuasion(token: Token) -> bool:
    """"failed to dissuade the unions": a persuasion verb whose attempt the verb above says
    came to nothing; the same verbs as modality's (``cues.toml [modality] persuading``,
    ``failing``), which keep that appeal told as done."""
    return (lemma(token) in modality_words("persuading") and token.dep_ == "xcomp"
            and lemma(token.head) in modality_words("failing"))


def _achieved_talks(token: Token) -> bool:
    """"was able to negotiate immunity", "managed to negotiate a ceasefire": talks the
    clause above tells as achieved (``[words] achieved_attempt_heads``) reached the terms
    named as their object; "was able to negotiate with the rebels" names none: only talks."""
    return (lemma(token) in words("concluded_talks_verbs") and token.dep_ == "xcomp"
            and lemma(token.head) in words("achieved_attempt_heads")
            and any(c.dep_ == "dobj" for c in token.children))
