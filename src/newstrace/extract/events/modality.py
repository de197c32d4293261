"""Is the event fact, hearsay, speculation, plan or denial, and whose claim carries it.

Decided in this order, the first that applies wins:
  1. negated: a negation on the trigger or on a verb it depends on ("did not attack",
     "failed to reach a deal", "no arrests"), or a denial that governs it;
  2. a speech act by the speaker who utters it ("we warn", "X condemned") is asserted:
     the article reports that it was said;
  3. planned: future ("will visit"), intention ("plans to visit", "vowed to retaliate"),
     a "would" inside reported speech;
  4. possible: a modal or hedge on the way up ("may be receiving", "likely"), a hedging
     frame ("experts suggest"), a condition ("if ..."), or the carrying claim's
     certainty below "certain";
  5. reported: inside a claim's content, a content clause of a reporting verb, a
     quotation, or a sentence "according to" someone;
  6. asserted.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from newstrace.extract.events.article import ArticleView
from newstrace.extract.cues import modality_words
from newstrace.extract.syntax import is_negated
from newstrace.extract.events.lexicon import Rule, lemma, words
from newstrace.extract.events.roles import reporting_verb, speaker_of
from newstrace.record import Claim


@dataclass(frozen=True)
class Verdict:
    modality: str
    attributed_to: str | None
    speaker: str | None


def modality_of(trigger: Token, rule: Rule, actor: str | None, view: ArticleView) -> Verdict:
    reading = view.claim_at(trigger.idx)
    claim = reading.claim if reading is not None else None
    attributed = claim.id if claim is not None else None
    chain = _chain(trigger)
    reported = _is_reported(trigger, view, claim)  # asked once: it walks the clauses above
    speaker = speaker_of(trigger, view) if reported else None

    if _negated(trigger, chain):
        return Verdict("negated", attributed, speaker)
    if rule.verbal and speaker is not None and actor is not None and _same_side(actor, speaker, view):
        return Verdict("asserted", attributed, speaker)
    if rule.verbal and reporting_verb(trigger) is None and not view.quoted(trigger.idx) and claim is None:
        return Verdict("asserted", attributed, speaker) if not _planned(trigger, chain) else Verdict("planned", attributed, speaker)
    if _planned(trigger, chain):
        return Verdict("planned", attributed, speaker)
    if _possible(trigger, chain) or (claim is not None and claim.certainty in ("probable", "possible")):
        return Verdict("possible", attributed, speaker)
    if claim is not None and claim.certainty == "doubtful":
        return Verdict("negated" if reading is not None and reading.denial else "possible", attributed, speaker)
    if reported:
        return Verdict("reported", attributed, speaker)
    return Verdict("asserted", attributed, speaker)


def is_threat(trigger: Token, actor: str | None, verdict: Verdict, view: ArticleView) -> bool:
    """A force the actor itself says it will use is a threat ("stated it would attack")."""
    return (verdict.modality == "planned" and actor is not None and verdict.speaker is not None
            and _same_side(actor, verdict.speaker, view))


def is_speaker_threat(trigger: Token, actor: str | None, verdict: Verdict) -> bool:
    """A passive act of force or repression announced for the future with nobody named
    to carry it out ("demonstrators would be detained", police warned): the speaker
    threatens it."""
    return (actor is None and verdict.modality == "planned" and verdict.speaker is not None
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
            and not any(c.dep_ == "agent" for c in trigger.children))


# word lists combined once, not per trigger
@cache
def _undoing() -> frozenset[str]:
    return words("negation") | modality_words("denying")


@cache
def _plan_adjectives() -> frozenset[str]:
    return words("plan_adjectives") - words("hedge_adjectives")


@cache
def _hedges() -> frozenset[str]:
    return words("hedges") - modality_words("reporting_hedges")


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to the first clause of saying or the root."""
    out = [trigger]
    t = trigger
    for _ in range(8):
        if t.head == t or t.dep_ in ("ccomp", "parataxis", "relcl", "advcl") and lemma(t.head) in modality_words("reporting"):
            break
        t = t.head
        out.append(t)
        if t.dep_ in ("ROOT",):
            break
    return out


def _clause_verbs(chain: list[Token]) -> list[Token]:
    return [t for t in chain if t.pos_ in ("VERB", "AUX")][:3] or chain[:1]


def _negated(trigger: Token, chain: list[Token]) -> bool:
    """The trigger, or one of the first two verbs of its clause, is negated
    (:func:`~newstrace.extract.syntax.is_negated`), or such a verb undoes or denies it."""
    if is_negated(trigger):
        return True
    for verb in _clause_verbs(chain)[:2]:
        if verb != trigger and is_negated(verb, by_subject=False):
            return True
        if verb != trigger and lemma(verb) in _undoing():
            return True
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            break  # "talks failed after X blamed Y": the clause above is another happening
    return False


def _planned(trigger: Token, chain: list[Token]) -> bool:
    future = words("future")
    if any(c.dep_ == "amod" and c.lower_ in _plan_adjectives() for c in trigger.children):
        return True
    verbs = _clause_verbs(chain)
    for verb in verbs:
        if any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and _under_reporting(verb):
            return True
        if verb != trigger and lemma(verb) in words("intention") and _depends_by(trigger, verb, ("xcomp", "dobj", "pobj", "prep", "pcomp")):
            return True
    return False


def _possible(trigger: Token, chain: list[Token]) -> bool:
    hedges = _hedges()
    for t in chain[:4]:
        for c in t.children:
            if c.dep_ in ("aux", "advmod", "acomp", "amod") and c.lower_ in hedges:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return True
        if t != trigger and lemma(t) in modality_words("hedging") and not (trigger.head == t and trigger.dep_ in ("nsubj", "nsubjpass")):
            return True  # "the cooperation appears to grow": the growth is hedged, not the cooperation
        if t.lower_ in words("possibility_words"):
            return True
    return False


def _is_reported(trigger: Token, view: ArticleView, claim: Claim | None) -> bool:
    if claim is not None or view.quoted(trigger.idx):
        return True
    if reporting_verb(trigger) is not None:
        return True
    if view.says_according_to(trigger.sent):
        return True
    reporting_hedges = modality_words("reporting_hedges")
    return any(c.lower_ in reporting_hedges for c in trigger.children) or any(
        c.lower_ in reporting_hedges for v in _clause_verbs(_chain(trigger)) for c in v.children)


def _under_reporting(verb: Token) -> bool:
    return reporting_verb(verb) is not None


def _depends_by(trigger: Token, verb: Token, deps: tuple[str, ...]) -> bool:
    t = trigger
    while t.head != t and t != verb:
        if t.head == verb:
            return t.dep_ in deps
        t = t.head
    return False


def _same_side(actor: str, speaker: str, view: ArticleView) -> bool:
    if actor == speaker:
        return True
    ent = view.table.named(speaker)
    if ent is not None and any(r.of == actor for r in ent.roles):
        return True
    return False
