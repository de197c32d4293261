"""Is the event fact, hearsay, speculation, plan or denial, and whose claim carries it.

Decided in this order, the first that applies wins:
  1. negated: a negation on the trigger or on a verb it depends on ("did not attack",
     "failed to reach a deal", "no arrests", "arrested no one"), a negative implicative or a
     verb of hindering above it ("refused to release", "were prevented from entering"), or a
     denial that governs it; not a
     negation on the other conjunct of a coordination ("is not illegal, but X was
     sentenced"), nor one with an "until" of its own ("did not endorse her until July":
     done, and when);
  2. reported: the act someone is accused of, charged with or suspected of ("was
     charged with killing", "is alleged to have shot"), or one claims to have done
     ("claims to have captured"): alleged, whatever the tense;
  2b. a speech act by the speaker who utters it ("we warn", "X condemned") is asserted:
     the article reports that it was said;
  3. planned: future ("will visit", "is going to visit", "is to visit", "meets him
     tomorrow"), intention ("plans to visit", "vowed to retaliate"),
     a "would" inside reported speech; never a finite past verb with no auxiliary of its
     own (a parse that hangs "urged" under "aims to");
  4. possible: a modal or hedge on the way up ("may be receiving", "likely"), a hedging
     frame ("experts suggest"), a condition ("if ...", "would attack if ..."), the content
     of a noun of conjecture ("speculation that ..."), or the carrying claim's
     certainty below "certain" (not a "probable" one told "allegedly": hearsay, step 5);
  5. reported: inside a claim's content, a content clause of a reporting verb, a
     quotation, a noun of hearsay ("reports that ..."), or a sentence "according to"
     someone; but not when the speaker is the actor telling of its own act ("X announced it was cutting ties"): asserted; nor a noun
     act that a verb declares or judges as its object ("declared an emergency");
  6. asserted.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from newstrace.extract.events.article import ArticleView
from newstrace.extract.coref import capital_of
from newstrace.extract.claims.certainty import hedge_level
from newstrace.extract.cues import lexicon, modality_words
from newstrace.extract.syntax import is_negated, negated_at, present_time_clause
from newstrace.extract.events.lexicon import Rule, negation_says_when, words
from newstrace.extract.events.roles import reporting_verb, speaker_of
from newstrace.extract.parsearrays import ParseArrays, parse_arrays
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
    parse = parse_arrays(trigger.doc)  # the walks below go by index: no Token per word visited
    chain = _chain(parse, trigger.i)
    alleged = _alleged(parse, trigger.i) or _claimed(parse, chain)
    reported = alleged or _is_reported(trigger, view, claim, parse, chain)  # asked once: it walks the clauses above
    speaker = speaker_of(trigger, view) if reported else None

    if _negated(trigger, parse, chain):
        return Verdict("negated", attributed, speaker)
    if alleged:  # "is suspected of having directed", "will be charged with killing", "claims to have captured"
        return Verdict("reported", attributed, speaker)
    if rule.verbal and speaker is not None and actor is not None and _same_side(actor, speaker, view):
        # "we warn", "I would urge anyone": said as it is done; "said (that) it would ask the
        # members": a speech act the speaker's reported words announce for later
        later = reporting_verb(trigger) is not None and not view.quoted(trigger.idx) and _planned(trigger, parse, chain)
        if not later and _own_past_account(trigger, parse, chain, speaker, view):
            return Verdict("reported", attributed, speaker)
        return Verdict(("possible" if _hedge_word(parse, trigger.i, chain) else "planned") if later else "asserted",
                       attributed, speaker)
    if rule.verbal and reporting_verb(trigger) is None and not view.quoted(trigger.idx) and claim is None \
            and not _hedged_by_report(parse, chain, view):
        if not _planned(trigger, parse, chain):
            return Verdict("asserted", attributed, speaker)
        return Verdict("possible" if _hedge_word(parse, trigger.i, chain) else "planned", attributed, speaker)
    if _planned(trigger, parse, chain):
        # "will likely increase", "would hopefully sign": a hedge on a plan leaves it possible
        return Verdict("possible" if _hedge_word(parse, trigger.i, chain) else "planned", attributed, speaker)
    if _possible(parse, trigger.i, chain) or _hypothetical(parse, chain) or (
            claim is not None and not _hedged_in_another_sentence(trigger, claim, view) and (
            claim.certainty == "possible" or claim.certainty == "probable" and not _hedged_by_report(parse, chain, view))):
        # a claim believed or likely hedges its acts; one told "allegedly" / "reportedly" is hearsay (reported below)
        return Verdict("possible", attributed, speaker)
    if claim is not None and claim.certainty == "doubtful":
        return Verdict("negated" if reading is not None and reading.denial else "possible", attributed, speaker)
    if reported and (not _tells_own_act(actor, speaker, view) or _own_past_account(trigger, parse, chain, speaker, view)) \
            and not _enforcer_tells_own_act(trigger, rule, actor, speaker):
        return Verdict("reported", attributed, speaker)
    return Verdict("asserted", attributed, speaker)


def _hedged_in_another_sentence(trigger: Token, claim: Claim, view: ArticleView) -> bool:
    """The claim's content runs over several sentences and only another one of them is
    hedged ('"Russia annexed the region in 1858. In my opinion, it is entirely possible
    that ..."'): the claim takes the certainty of its least sure sentence, but an act told
    plainly in its own sentence is not hedged by the next one's words."""
    sentence = view.sentence_of(trigger.i)
    start, end = claim.content_span
    if sentence.start_char <= start and end <= sentence.end_char:
        return False
    lex = lexicon()
    hedges = [t for t in trigger.doc.char_span(start, end, alignment_mode="expand") or ()
              if hedge_level(t, lex) != "certain"]
    return bool(hedges) and not any(sentence.start <= t.i < sentence.end and t.idx >= start for t in hedges)


def told_by_other(actor: str | None, verdict: Verdict, view: ArticleView) -> bool:
    """The act is told by a speaker who is not its actor's side: hearsay, however the act is
    framed ("Equiluz says the army does not allow agencies in")."""
    return verdict.speaker is not None and not _tells_own_act(actor, verdict.speaker, view)


def is_threat(trigger: Token, actor: str | None, verdict: Verdict, view: ArticleView) -> bool:
    """A force the actor itself says it will use is a threat ("stated it would attack")."""
    return (verdict.modality == "planned" and actor is not None and verdict.speaker is not None
            and _same_side(actor, verdict.speaker, view))


def is_conditional_threat(trigger: Token, actor: str | None, verdict: Verdict) -> bool:
    """An act its actor says it will do *unless* the other side acts is a threat (the
    codebook's ultimatum): "will withdraw its force unless a ceasefire is arranged",
    "will boycott the elections unless the president steps down"."""
    if verdict.modality != "planned" or actor is None:
        return False
    parse = parse_arrays(trigger.doc)
    deps, lowers = parse.dep, parse.lower
    return any(deps[c] == "advcl" and any(deps[m] == "mark" and lowers[m] == "unless" for m in parse.children(c))
               for c in parse.children(trigger.i))


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


def _chain(parse: ParseArrays, trigger: int) -> list[int]:
    """The trigger and the words above it up to the first clause of saying or the root."""
    heads, deps, lemmas = parse.head, parse.dep, parse.lemma
    reporting = modality_words("reporting")
    out = [trigger]
    t = trigger
    for _ in range(8):
        if heads[t] == t or deps[t] in ("ccomp", "parataxis", "relcl", "advcl") and lemmas[heads[t]] in reporting:
            break
        t = heads[t]
        out.append(t)
        if deps[t] in ("ROOT",):
            break
    return out


def _clause_verbs(parse: ParseArrays, chain: list[int]) -> list[int]:
    return [t for t in chain if parse.pos[t] in ("VERB", "AUX")][:3] or chain[:1]


def _negated(trigger: Token, parse: ParseArrays, chain: list[int]) -> bool:
    """The trigger, or one of the first two verbs of its clause, is negated
    (:func:`~newstrace.extract.syntax.is_negated`), or such a verb undoes or denies it."""
    if is_negated(trigger):
        return not negation_says_when(parse, trigger.i)  # "didn't endorse her until July"
    if _nothing_done(parse, trigger.i):
        return True
    if _not_done_below(trigger, parse, chain):
        return True
    deps = parse.dep
    if _called_off(parse, trigger.i):
        return True
    for verb in _clause_verbs(parse, chain)[:2]:
        if verb != trigger.i and _through_conjunction(parse, chain, verb):
            break  # "X is not illegal, but Y was sentenced": each conjunct says its own yes or no
        if verb != trigger.i and _given_question(parse, chain, verb):
            break  # "did not make clear why Felt admitted his role": the admission is taken as given
        if verb != trigger.i and _fronted_content(parse, chain, verb):
            break  # 'the court ruled X: "the decision is not justiciable"': the negation is the quote's own
        if verb != trigger.i and _excluded_by(parse, trigger.i, verb):
            return not is_negated(trigger.doc[verb], by_subject=False)  # "ruled out new talks"; not ruled out: open
        if verb != trigger.i and _judged_object(parse, chain, verb):
            break  # "China has never condemned Russia's invasion": the invasion is taken as given
        if verb != trigger.i and _called_off(parse, verb):
            return True
        if verb != trigger.i and is_negated(trigger.doc[verb], by_subject=False) \
                and not negation_says_when(parse, verb):  # "didn't kick off negotiations until May"
            return True
        if verb != trigger.i and parse.lemma[verb] in modality_words("failing") \
                and parse.lemma[trigger.i] in modality_words("persuading"):
            break  # "failed to dissuade the unions": the appeal was made, it did not succeed
        if verb != trigger.i and parse.lemma[verb] in _undoing():
            return True
        if verb != trigger.i and _not_yet(parse, chain, verb):
            return True
        if deps[verb] == "advcl" and any(deps[c] == "mark" for c in parse.children(verb)):
            break  # "talks failed after X blamed Y": the clause above is another happening
    return False


def _fronted_content(parse: ParseArrays, chain: list[int], verb: int) -> bool:
    """The way up from the trigger reaches ``verb`` through a complement clause that stands
    before it ("The army shelled the town, officials did not say ...", or a sentence hung
    by a colon on the quotation after it): the clause is told first and whole, so a
    negation of the later verb is that verb's own."""
    heads, deps = parse.head, parse.dep
    for t in chain[:chain.index(verb)]:
        if heads[t] == verb:
            return deps[t] == "ccomp" and t < verb
    return False


def _given_question(parse: ParseArrays, chain: list[int], verb: int) -> bool:
    """The chain reaches ``verb`` from a complement clause opened by "why" or "how" (`[modality]
    given_questions` of cues.toml): the clause asks about an act it takes as done ("did not
    explain why he fired", "did not make clear why Felt admitted his role")."""
    deps, lowers = parse.dep, parse.lower
    for t in chain:
        if t == verb:
            return False
        if deps[t] == "ccomp" and parse.head[t] == verb:
            return any(deps[c] == "advmod" and lowers[c] in modality_words("given_questions")
                       for c in parse.children(t))
    return False


def _excluded_by(parse: ParseArrays, trigger: int, verb: int) -> bool:
    """The trigger is what ``verb``, a verb of excluding, rules out ("ruled out new talks",
    "has not ruled out sending troops") (`[modality] excluding` of cues.toml)."""
    name = _phrasal_name(parse, verb)
    if name not in modality_words("excluding"):
        return False
    if _depends_by(parse, trigger, verb, ("dobj", "xcomp")):
        return True
    # "ruled out sending troops", the gerund parsed as an adverbial clause (no mark of its own)
    return parse.tag[trigger] == "VBG" and parse.head[trigger] == verb and parse.dep[trigger] == "advcl" \
        and not any(parse.dep[c] == "mark" for c in parse.children(trigger))


def _left_open(parse: ParseArrays, chain: list[int]) -> bool:
    """A negated verb of excluding governs the act ("has not ruled out sending troops",
    "did not rule out the use of force"): the act is possible."""
    return any(_excluded_by(parse, chain[0], verb) and negated_at(parse, verb, by_subject=False)
               for verb in _clause_verbs(parse, chain)[:2] if verb != chain[0])


def _not_done_below(trigger: Token, parse: ParseArrays, chain: list[int]) -> bool:
    """The trigger is the infinitive of a negative implicative ("refused to release the
    activists", "declined to sign") or the "from" gerund of a verb of hindering
    ("were prevented from entering"): the act did not take place. A negated governing word
    is left to the negation test (`[modality] not_done`,
    `hindering` of cues.toml)."""
    lemmas, lowers = parse.lemma, parse.lower
    for t in chain[1:4]:
        if lemmas[t] in modality_words("not_done") and _depends_by(parse, chain[0], t, ("xcomp",)):
            return not is_negated(trigger.doc[t])
        if lemmas[t] in modality_words("hindering") and _depends_by(parse, chain[0], t, ("prep",)) \
                and any(lowers[c] in modality_words("hindering_preps") and c in chain for c in parse.children(t)):
            return not is_negated(trigger.doc[t])
    return False


def _judged_object(parse: ParseArrays, chain: list[int], verb: int) -> bool:
    """The way up from the trigger reaches ``verb``, a verb of judging, as its object
    ("has never condemned Russia's full-scale invasion"): what is judged is taken as
    given, so a negation of the judging, or above it, does not undo it (`[modality]
    judging` of cues.toml)."""
    if parse.lemma[verb] not in modality_words("judging"):
        return False
    below = chain[chain.index(verb) - 1]
    return parse.dep[below] == "dobj" and parse.pos[below] in ("NOUN", "PROPN")


def _called_off(parse: ParseArrays, word: int) -> bool:
    """A clause on ``word`` says the act was called off, its subject a pronoun standing for
    the act ("were supposed to sign a deal, although that was called off", "the summit,
    which was later cancelled"): the act did not take place (`[modality] cancelling`,
    `cancelled_subjects` of cues.toml)."""
    deps, lowers = parse.dep, parse.lower
    for c in parse.children(word):
        if deps[c] not in ("advcl", "conj", "relcl"):
            continue
        kids = parse.children(c)
        if _phrasal_name(parse, c) in modality_words("cancelling") and any(
                deps[k] in ("nsubjpass", "nsubj") and lowers[k] in modality_words("cancelled_subjects") for k in kids):
            return True
    return False


def _not_yet(parse: ParseArrays, chain: list[int], verb: int) -> bool:
    """"Trump has yet to concede", "the deal is yet to be signed": the act has not been
    done (`[modality] pending_verbs`, `pending_adverbs` of cues.toml)."""
    if parse.lemma[verb] not in modality_words("pending_verbs"):
        return False
    deps = parse.dep
    return deps[chain[chain.index(verb) - 1]] == "xcomp" and any(
        deps[c] == "advmod" and parse.lower[c] in modality_words("pending_adverbs") for c in parse.children(verb))


def _through_conjunction(parse: ParseArrays, chain: list[int], verb: int) -> bool:
    """Whether the way up the chain from the trigger to ``verb`` passes a conjunct."""
    deps = parse.dep
    for t in chain:
        if t == verb:
            return False
        if deps[t] == "conj":
            return True
    return False


def _planned(trigger: Token, parse: ParseArrays, chain: list[int]) -> bool:
    future = words("future")
    deps, lowers, i = parse.dep, parse.lower, trigger.i
    if parse.tag[i] == "VBD" and not any(deps[c] in ("aux", "auxpass") for c in parse.children(i)):
        # "aims to mobilize resources and urged counterparts to seize", "will pay tribute to the
        # hospitality shown ... when the U.S. closed its airspace": a finite past verb is told as
        # done, whatever future or intention stands above it ("will ... shut down", tagged past
        # by mistake, keeps its own auxiliary)
        return False
    if any(deps[c] == "amod" and lowers[c] in _plan_adjectives() for c in parse.children(i)):
        return True
    verbs = _clause_verbs(parse, chain)
    for verb in verbs:
        children = parse.children(verb)
        if any(deps[c] == "aux" and lowers[c] in future for c in children):
            return True
        if any(deps[c] == "aux" and lowers[c] == "would" for c in children) and _under_reporting(trigger.doc[verb]):
            return True
        if verb != i and _future_frame(parse, i, verb):
            return True
        if verb == verbs[0] and _scheduled_present(parse, verb):
            return True
        if verb != i and parse.lemma[verb] in words("intention") and not _attempt_made(parse, verb) and _depends_by(
                parse, i, verb, ("xcomp", "dobj", "pobj", "prep", "pcomp")) and not _phrasal_sense(parse, verb):
            return True
    if _purpose(parse, i, chain) or _scheduled_noun(parse, i) or _effective_later(parse, i) \
            or _time_clause_ahead(parse, chain):
        return True
    # "is prepared to impose", "ready to send": an adjective of intent above the act
    # (the clause's verbs above are only the copula)
    return any(parse.pos[t] == "ADJ" and parse.lemma[t] in words("intention")
               and _depends_by(parse, i, t, ("xcomp", "dobj", "pobj", "prep", "pcomp")) for t in chain[1:4])


def _effective_later(parse: ParseArrays, trigger: int) -> bool:
    """The act takes effect at a time still to come ("announced his resignation effective
    next Wednesday", "..., effective from next month"), said of the act or of the verb that
    has it as object: set for later (`[modality] taking_effect`, `future_times`,
    `future_time_modifiers` of cues.toml). "effective immediately" is done."""
    deps, heads, lowers = parse.dep, parse.head, parse.lower
    holders = [trigger] + ([heads[trigger]] if deps[trigger] == "dobj" else [])
    for h in holders:
        for c in parse.children(h):
            if lowers[c] not in modality_words("taking_effect"):
                continue
            times = [t for k in parse.children(c)
                     for t in ([k] if deps[k] != "prep" else [p for p in parse.children(k) if deps[p] == "pobj"])]
            if any(lowers[t] in modality_words("future_times") or any(
                    deps[m] == "amod" and lowers[m] in modality_words("future_time_modifiers")
                    for m in parse.children(t)) for t in times):
                return True
    return False


def _phrasal_name(parse: ParseArrays, verb: int) -> str:
    """A verb's lemma with its particles, as the cue lists name phrasal verbs ("rule out", "call off")."""
    return parse.lemma[verb] + "".join(" " + parse.lower[k] for k in parse.children(verb) if parse.dep[k] == "prt")


def _phrasal_sense(parse: ParseArrays, verb: int) -> bool:
    """An intention verb with a particle that gives it another sense ("was sworn in
    following Rossello's resignation": took office, vowed nothing): nothing below it is
    intended (`[modality] not_intending` of cues.toml)."""
    name = _phrasal_name(parse, verb)
    return name in modality_words("not_intending")


def _purpose(parse: ParseArrays, trigger: int, chain: list[int]) -> bool:
    """The act is the goal of another: the infinitive of "in order to", "in a bid to", "in an
    effort to" or "so as to" ("cut spending in order to get loans"): intended, not yet done
    (`[modality] purpose_nouns`, `purpose_preps`, `purpose_marks` of cues.toml)."""
    deps, lemmas, lowers, heads = parse.dep, parse.lemma, parse.lower, parse.head
    for t in chain[:3]:
        if t != trigger and deps[t] == "pobj" and lemmas[t] in modality_words("purpose_nouns") \
                and lowers[heads[t]] in modality_words("purpose_preps") and _depends_by(parse, trigger, t, ("acl",)):
            return True
        if deps[t] == "advcl" and {lowers[c] for c in parse.children(t) if deps[c] == "mark"} \
                >= modality_words("purpose_marks"):
            return True
    return False


def _scheduled_noun(parse: ParseArrays, trigger: int) -> bool:
    """A noun act that a verb of scheduling, in the present passive, has as its subject
    ("sentencing is scheduled for February 4", "talks are planned for next week"), or that
    the verb's bare participle modifies ("talks planned for next week"), as "the planned
    talks" are: the act is set for later (`[modality] scheduling` of cues.toml). Not a past
    passive ("the attack was planned for months": it may have been carried out)."""
    deps, heads, tags, lemmas = parse.dep, parse.head, parse.tag, parse.lemma
    noun = trigger  # the act told as a noun
    if parse.pos[noun] not in ("NOUN", "PROPN"):
        return False
    scheduling = modality_words("scheduling")
    if deps[noun] == "nsubjpass" and lemmas[heads[noun]] in scheduling:
        verb = heads[noun]
        return any(deps[c] == "auxpass" and tags[c] in ("VBZ", "VBP") for c in parse.children(verb))
    return any(deps[c] == "acl" and tags[c] == "VBN" and lemmas[c] in scheduling for c in parse.children(noun))


def _future_frame(parse: ParseArrays, trigger: int, verb: int) -> bool:
    """"is going to meet", "is to meet", "were to form": a form of "be" on "going", or "be"
    itself, with the act's infinitive right after it (its "to" the next word) — the
    future, as "will" is (`[modality] future_frames` of cues.toml). "is going to Moscow to
    meet" (the infinitive not next) is a purpose, not this frame."""
    lemma = parse.lemma[verb]
    if lemma not in modality_words("future_frames") or not _depends_by(parse, trigger, verb, ("xcomp",)):
        return False
    if lemma == "go" and not (parse.tag[verb] == "VBG" and any(
            parse.dep[c] == "aux" and parse.lemma[c] == "be" for c in parse.children(verb))):
        return False
    nxt = verb + 1
    return nxt < len(parse.lower) and parse.lower[nxt] == "to" and parse.dep[nxt] == "aux" \
        and parse.head[nxt] in parse.children(verb)


def _time_clause_ahead(parse: ParseArrays, chain: list[int]) -> bool:
    """The act's clause is a clause of time in the present (:func:`present_time_clause`: "when
    he is sentenced", "once she is released") under a verb of what lies ahead, itself in the
    present ("He faces up to 75 years in prison when he is sentenced May 7"): the present of
    such a clause is its future, so the act is still to come (`[modality] prospect_verbs` of
    cues.toml)."""
    for t in chain[:3]:
        if parse.dep[t] != "advcl":
            continue
        head = parse.head[t]
        return present_time_clause(parse, t) and parse.tag[head] in ("VBZ", "VBP") \
            and parse.lemma[head] in modality_words("prospect_verbs")
    return False


def _scheduled_present(parse: ParseArrays, verb: int) -> bool:
    """A present tense ("meets", "is meeting") with a time still to come ("tomorrow", "next
    week"): the act is scheduled (`[modality] future_times`, `future_time_modifiers` of
    cues.toml)."""
    deps, lowers, tags = parse.dep, parse.lower, parse.tag
    kids = parse.children(verb)
    present = tags[verb] in ("VBZ", "VBP") or tags[verb] == "VBG" and any(
        deps[c] == "aux" and tags[c] in ("VBZ", "VBP") for c in kids)
    if not present:
        return False
    for c in kids:
        if deps[c] not in ("npadvmod", "advmod", "tmod"):
            continue
        if lowers[c] in modality_words("future_times") or any(
                deps[d] == "amod" and lowers[d] in modality_words("future_time_modifiers") for d in parse.children(c)):
            return True
    return False


def _nothing_done(parse: ParseArrays, trigger: int) -> bool:
    """The trigger's direct object is nothing ("police arrested no one", "imposed no
    sanctions", "found nothing"): the act did not take place (`[modality] nothing_objects`,
    `nothing_determiners` of cues.toml). "no fewer than 20 people" is no "no" on the object."""
    lowers, deps = parse.lower, parse.dep
    for c in parse.children(trigger):
        if deps[c] != "dobj":
            continue
        if lowers[c] in modality_words("nothing_objects"):
            return True
        if lowers[c] == "one" and any(deps[d] in ("det", "neg") and lowers[d] in modality_words("nothing_determiners")
                                      for d in parse.children(c)):
            return True
        if any(deps[d] == "det" and lowers[d] in modality_words("nothing_determiners") for d in parse.children(c)):
            return True
    return False


def _hypothetical(parse: ParseArrays, chain: list[int]) -> bool:
    """A verb of the trigger's clause with "would" and a condition of its own ("the army
    would attack the village if the talks failed"): the act is only possible; "even if",
    "as if" do not make it hang on the condition (`[modality] condition_marks`,
    `condition_not_marks`, `hypothetical_auxiliaries` of cues.toml)."""
    deps, lowers = parse.dep, parse.lower
    for verb in _clause_verbs(parse, chain)[:2]:
        kids = parse.children(verb)
        if not any(deps[c] == "aux" and lowers[c] in modality_words("hypothetical_auxiliaries") for c in kids):
            continue
        for c in kids:
            if deps[c] != "advcl":
                continue
            marks = [lowers[m] for m in parse.children(c) if deps[m] in ("mark", "advmod")]
            if any(m in modality_words("condition_marks") for m in marks) and not any(
                    m in modality_words("condition_not_marks") for m in marks):
                return True
    return False


def _attempt_made(parse: ParseArrays, verb: int) -> bool:
    """A past attempt ("protesters tried to storm the parliament", "has repeatedly tried
    to sabotage"): the attempt was made, so the act is told as done, not intended
    (`[modality] attempting` of cues.toml); "will try", "is trying" stay intended."""
    if parse.lemma[verb] not in _made_when_past():
        return False
    if parse.tag[verb] in ("VBD", "VBN"):
        return True
    # "neighbors ran outside to try to help the woman": an attempt that is the purpose of a
    # past act was made with it (an attempt agreed to or planned is the intention verb's)
    head = parse.head[verb]
    return parse.lemma[verb] in modality_words("attempting") and parse.dep[verb] == "advcl" \
        and parse.tag[head] == "VBD" and parse.lemma[head] not in words("intention") \
        and any(parse.dep[c] == "aux" and parse.lower[c] == "to" for c in parse.children(verb))


@cache
def _made_when_past() -> frozenset[str]:
    """Attempts, and orders ("prosecutors had ordered the arrest of Dodik", "the government
    ordered the network to shut down"): given in the past, the ordered act is its giver's
    act, told as done."""
    return modality_words("attempting") | modality_words("ordering")


def _hedge_word(parse: ParseArrays, trigger: int, chain: list[int]) -> bool:
    """A hedge word or a condition on the trigger or the words above it ("Japan will likely
    increase", "he may tease ... by attempting to purchase", "if they agree"): what is
    announced or intended is only possible. Hedging *verbs* are not asked ("is expected to
    be arraigned" is planned: "expect" both hedges and intends)."""
    hedges = _hedges()
    deps, lowers = parse.dep, parse.lower
    for t in chain[:6]:
        if t != trigger and parse.lemma[t] in _likelihood_verbs():
            return True  # "will tend to close", "analysts believe Japan will join"
        if t != trigger and parse.lemma[t] in words("weighing_verbs"):
            return True  # "is considering sanctions": weighed, not yet decided
        for c in parse.children(t) + _adverb_phrase_adverbs(parse, t):
            if deps[c] in ("aux", "advmod") and lowers[c] in hedges:
                return True
            if deps[c] == "mark" and lowers[c] in ("if", "unless", "whether"):
                return True
        if deps[t] in ("advcl", "ccomp") and _inverted_condition(parse, t):
            return True
    top = chain[-1]
    if deps[top] == "ccomp" and parse.head[top] != top and parse.lemma[parse.head[top]] in _likelihood_verbs():
        return True  # "prosecutors believe Gomes intended to kill": the chain stops below the verb of believing
    return _told_content(parse, chain, "hedging_nouns")  # "speculation that the army will attack"


def _adverb_phrase_adverbs(parse: ParseArrays, verb: int) -> list[int]:
    """The adverbs inside an adverb phrase of ``verb`` ("to come hopefully back to the
    office", "hopefully" parsed under "back"): a sentence adverb there still speaks of the
    verb's act."""
    deps = parse.dep
    return [a for c in parse.children(verb) if deps[c] == "advmod" for a in parse.children(c) if deps[a] == "advmod"]


def _inverted_condition(parse: ParseArrays, verb: int) -> bool:
    """"..., should Lionsgate refuse to pay": a subordinate clause (parsed as an adverbial or
    a complement clause) opened by "should", "had" or "were" before its subject is a
    condition (`[modality] inverting_auxes` of cues.toml)."""
    deps, lowers = parse.dep, parse.lower
    kids = parse.children(verb)
    subject = next((c for c in kids if deps[c] in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        deps[c] in ("aux", "auxpass") and c < subject and lowers[c] in modality_words("inverting_auxes") for c in kids)


@cache
def _likelihood_verbs() -> frozenset[str]:
    """Verbs that hedge and do not intend ("seem", "tend"; not "expect")."""
    return (modality_words("hedging") | modality_words("likelihood")) - words("intention")


# How the way up from a trigger reaches a hedging verb that hedges it: through the verb's
# complement ("appears to grow", "believe rebels have retreated", "fear an attack"),
# not its subject or an adjunct ("appeared in court after his arrest").
_HEDGED_DEPS = frozenset({"xcomp", "ccomp", "acomp", "attr", "oprd", "dobj"})


def _possible(parse: ParseArrays, trigger: int, chain: list[int]) -> bool:
    hedges = _hedges()
    deps, lowers = parse.dep, parse.lower
    for k, t in enumerate(chain[:4]):
        for c in parse.children(t):
            if deps[c] in ("aux", "advmod", "acomp", "amod") and lowers[c] in hedges:
                return True
            if deps[c] == "mark" and lowers[c] in ("if", "unless", "whether"):
                return True
        if t != trigger and parse.lemma[t] in modality_words("hedging") and deps[chain[k - 1]] in _HEDGED_DEPS:
            # "the cooperation appears to grow": the growth is hedged, not the cooperation;
            # "appeared in court after his arrest": an adjunct of the verb is not hedged by it
            return True
        if lowers[t] in words("possibility_words"):
            return True
    return _believed(parse, chain) or _told_content(parse, chain, "hedging_nouns") \
        or _left_open(parse, chain)  # "concerns that the army attacked the village"


def _believed(parse: ParseArrays, chain: list[int]) -> bool:
    """The trigger's clause is the complement of a verb that both reports and hedges, where
    the chain stops ("they believe rebels have retreated", "officials think the army
    withdrew"): a belief, not a report of a fact (`[modality] hedging` of cues.toml)."""
    if len(_own_clause(parse, chain)) < len(chain):
        return False  # "believed they had identified the attacker, who was being held": its own news
    if any(parse.dep[t] in ("nsubj", "nsubjpass", "csubj") for t in chain[:-1]):
        return False  # "believed his arrest served as a warning": the subject is taken as given
    top = chain[-1]
    head = parse.head[top]
    return head != top and parse.dep[top] in ("ccomp", "xcomp") and parse.pos[head] == "VERB" \
        and parse.lemma[head] in modality_words("hedging")


@cache
def _clause_hedges() -> frozenset[str]:
    """The reporting hedges that cover their clause ("reportedly"); "according to" names the
    sentence's source instead."""
    return modality_words("reporting_hedges") - {"according"}


@cache
def _saying_words() -> frozenset[str]:
    return modality_words("reporting") | modality_words("hedging")


def _hedged_by_report(parse: ParseArrays, chain: list[int], view: ArticleView) -> bool:
    """A reporting adverb on the trigger or a verb of its clause ("allegedly threatened",
    "was reportedly rejected"), or an "according to" over it ("Pelosi called the conduct a
    breach, according to NBC"): the speech act too is hearsay, not told as done."""
    lowers, deps = parse.lower, parse.dep
    return any(deps[c] == "advmod" and lowers[c] in _clause_hedges()
               for v in _clause_verbs(parse, _own_clause(parse, chain)) for c in parse.children(v)) or (
        view.says_according_to(view.sentence_of(chain[0])) and _according_over(parse, chain[0]))


def _is_reported(trigger: Token, view: ArticleView, claim: Claim | None, parse: ParseArrays, chain: list[int]) -> bool:
    if _performed_object(trigger, view, parse):
        return False  # "announced three days of mourning", "praised the withdrawal": done, or taken as given
    if _judged_content(trigger, view, parse, chain):
        return False  # "welcomed the announcement that Ukraine had agreed": the judged news is taken as given
    own = _own_clause(parse, chain)  # a hedge of the clause above a relative clause is not its own
    if _presupposed(parse, trigger.i) and not any(
            parse.lower[c] in _clause_hedges() for v in _clause_verbs(parse, own) for c in parse.children(v)):
        return False  # "was reportedly in critical condition after a bullet hit him": the hedge covers its clauses
    if claim is not None and not _relative_outside_hedge(parse, chain, own, claim) \
            or view.quoted(trigger.idx) and not _words_quoted(trigger, view, parse):
        return True
    if reporting_verb(trigger) is not None or _reported_subject(parse, trigger.i):
        return True
    if view.says_according_to(view.sentence_of(trigger.i)) and _according_over(parse, trigger.i):
        return True
    if _told_content(parse, chain):
        return True
    reporting_hedges = modality_words("reporting_hedges")
    lowers = parse.lower
    if any(lowers[c] in reporting_hedges for c in parse.children(trigger.i)) or any(
            lowers[c] in reporting_hedges for v in _clause_verbs(parse, own) for c in parse.children(v)):
        return True
    # "the alleged stabbing would be his third attack": a predicate noun is as alleged as its subject
    deps = parse.dep
    head = parse.head[trigger.i]
    return deps[trigger.i] == "attr" and any(
        deps[s] in ("nsubj", "nsubjpass") and any(deps[a] == "amod" and lowers[a] in reporting_hedges
                                                   for a in parse.children(s)) for s in parse.children(head))


def _reported_subject(parse: ParseArrays, trigger: int) -> bool:
    """A noun act that a verb of reporting has as its passive subject ("Fresh riots were
    reported in Greece on Saturday", "clashes were reported near the border"): told by
    someone unnamed, not established (`[modality] reporting` of cues.toml)."""
    head = parse.head[trigger]
    return parse.dep[trigger] == "nsubjpass" and parse.pos[trigger] in ("NOUN", "PROPN") \
        and parse.pos[head] == "VERB" and parse.lemma[head] in modality_words("reporting")


def _relative_outside_hedge(parse: ParseArrays, chain: list[int], own: list[int], claim: Claim) -> bool:
    """The claim is a reporting adverb's ("Reportedly thousands marched outside the court,
    which rejected the suit") and the trigger stands in a relative clause below the verb
    it hedges (``own``: :func:`_own_clause`): the relative clause tells its own news."""
    cue = (claim.cue or "").lower()
    if cue not in _clause_hedges() or len(own) == len(chain):
        return False
    return any(parse.dep[c] == "advmod" and parse.lower[c] == cue for t in chain[len(own):] for c in parse.children(t))


def _own_clause(parse: ParseArrays, chain: list[int]) -> list[int]:
    """The chain up to the verb of the trigger's relative clause, if it stands in one:
    "Reportedly thousands marched outside the court, which rejected the suit" — a
    "reportedly" of the main clause does not hedge what the relative clause tells."""
    for k, t in enumerate(chain):
        if parse.dep[t] == "relcl":
            return chain[:k + 1]
    return chain


def _told_content(parse: ParseArrays, chain: list[int], nouns: str = "reporting_nouns") -> bool:
    """The trigger's clause is the content of a noun of hearsay ("there were reports that
    soldiers fired on the crowd", "rumors that the army attacked"): told by someone, not
    established (`[modality] reporting_nouns` of cues.toml); with ``nouns="hedging_nouns"``,
    of a noun of conjecture ("speculation that the army will attack"): only possible."""
    deps, heads, lemmas = parse.dep, parse.head, parse.lemma
    for below in chain[:4]:
        head = heads[below]
        if head == below:
            break
        if deps[below] in ("acl", "ccomp") and parse.pos[head] == "NOUN" \
                and lemmas[head] in modality_words(nouns) \
                and any(deps[m] == "mark" and parse.lower[m] == "that" for m in parse.children(below)):
            return True
        if deps[below] in ("relcl", "advcl"):
            break
    return False


def _claimed(parse: ParseArrays, chain: list[int]) -> bool:
    """The act is the infinitive of a verb that claims it ("the army claims to have captured
    the city", "the group claimed to be holding 200 hostages"): told by the claimer, even of
    its own act — a claim, not an announcement (`[modality] claiming_verbs` of cues.toml)."""
    deps, heads, lemmas = parse.dep, parse.head, parse.lemma
    for below in chain[:3]:
        head = heads[below]
        if head == below or deps[below] != "xcomp":
            return False
        if parse.pos[head] == "VERB" and lemmas[head] in modality_words("claiming_verbs"):
            return True
    return False


@cache
def _performing_or_judging() -> frozenset[str]:
    return modality_words("performing") | modality_words("judging")


def _performed_object(trigger: Token, view: ArticleView, parse: ParseArrays) -> bool:
    """A noun act that is the direct object of a verb that performs it by saying so ("Goa's
    government announced three days of mourning", "HHS declared the outbreak a "public
    health emergency"") or judges it ("praised the ongoing withdrawal of U.S. troops") is
    the act done, or taken as given, not the reported content of a claim (`[modality]
    performing`, `judging` of cues.toml). Not when that verb is itself told by someone
    ("X said Y had announced a ceasefire") or quoted."""
    deps, heads, i = parse.dep, parse.head, trigger.i
    if parse.pos[i] not in ("NOUN", "PROPN"):
        return False
    t = i
    if deps[t] == "pobj" and parse.lower[heads[t]] == "of" and deps[heads[t]] == "prep":
        t = heads[heads[t]]  # "three days of mourning"
    if deps[t] not in ("dobj", "oprd") or heads[t] == t:
        return False
    verb = heads[t]
    if parse.lemma[verb] not in _performing_or_judging() or parse.pos[verb] != "VERB":
        return False
    word = trigger.doc[verb]
    return reporting_verb(word) is None and not view.quoted(word.idx)


def _judged_content(trigger: Token, view: ArticleView, parse: ParseArrays, chain: list[int]) -> bool:
    """The trigger's clause is the content of a noun that a verb of judging has as its
    object ("leaders welcomed the announcement that the rebels had agreed to a ceasefire"):
    welcoming or condemning news takes it as given, as the judged act is (`[modality]
    judging` of cues.toml). Not the content of a noun of hearsay ("welcomed reports that
    ...": still told), nor when the judging is itself told or quoted."""
    deps, heads, lemmas = parse.dep, parse.head, parse.lemma
    for below in chain[:4]:
        head = heads[below]
        if head == below or deps[below] in ("relcl", "advcl"):
            return False
        if deps[below] in ("acl", "ccomp") and parse.pos[head] == "NOUN" and deps[head] == "dobj" \
                and lemmas[head] not in modality_words("reporting_nouns") \
                and any(deps[m] == "mark" and parse.lower[m] == "that" for m in parse.children(below)):
            verb = heads[head]
            if parse.pos[verb] != "VERB" or lemmas[verb] not in modality_words("judging"):
                return False
            word = trigger.doc[verb]
            return reporting_verb(word) is None and not view.quoted(word.idx)
    return False


def _according_over(parse: ParseArrays, trigger: int) -> bool:
    """An "according to" of the sentence hangs from the trigger or a word above it, before
    a relative clause: "X attacked him, then, according to officials, fled" (the source
    is of the other conjunct), "apologized at the hearing, which the President accepted
    according to a statement" (of the relative clause) and "the vigil in Brooklyn, where
    Gray was shot, according to RT" leave the trigger told as done."""
    heads, deps, lowers = parse.head, parse.dep, parse.lower
    above = []
    t = trigger
    for _ in range(12):
        above.append(t)
        if heads[t] == t or deps[t] == "relcl":
            break
        t = heads[t]
    if any(lowers[c] == "according" for a in above for c in parse.children(a)):
        return True
    # "Gomes was convicted of beating Mendes, ... and telling her "...," according to court
    # records": a sentence-final "according to" hung from the last conjunct covers the
    # conjunction it closes ("then, according to officials, fled" stands before its verb)
    conjuncts = [k for a in above for k in parse.children(a) if k > a and deps[k] == "conj"]
    for k in conjuncts[:6]:  # "attacked ..., killed ... and then burned ..., according to X": a chain of conjuncts
        conjuncts += [c for c in parse.children(k) if c > k and deps[c] == "conj"]
        if any(lowers[c] == "according" and c > k and _ends_sentence(parse, c) for c in parse.children(k)):
            return True
    return False


def _ends_sentence(parse: ParseArrays, word: int) -> bool:
    """Nothing but punctuation follows the phrase of ``word`` in its sentence."""
    t = word
    while right := [c for c in parse.children(t) if c > t]:
        t = max(right)
    for k in range(t + 1, len(parse.head)):
        if parse.pos[k] != "PUNCT":
            return False
        if parse.lower[k] in (".", "!", "?"):
            return True
    return True


def _words_quoted(trigger: Token, view: ArticleView, parse: ParseArrays) -> bool:
    """The quotation holding the trigger is a phrase the article's own sentence uses, not
    a quoted statement: no verb in it, and the word it hangs from outside is no verb of
    saying ("The State Department gave its "deepest sympathies""; not "Pompeo cited the
    government's "ongoing repression of the Cuban people"")."""
    span = view.quote_range(trigger.idx)
    if span is None:
        return False
    words = trigger.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) == 0 or any(parse.pos[t] in ("VERB", "AUX") for t in range(words.start, words.end)):
        return False
    heads = parse.head
    outside = {heads[t] for t in range(words.start, words.end)} - set(range(words.start, words.end))
    return len(outside) == 1 and parse.lemma[next(iter(outside))] not in _saying_words()


def _alleged(parse: ParseArrays, trigger: int) -> bool:
    """The trigger is the act someone is accused of, charged with or suspected of
    ("has been accused of stabbing", "was charged with killing", "is alleged to have
    shot", "the allegation that he assaulted"): it is alleged, so reported (`[modality]
    accusing` of cues.toml). The walk goes up through the act's own phrase and stops at
    a relative clause or the root; the accusing word itself is not alleged."""
    heads, deps, lowers, lemmas = parse.head, parse.dep, parse.lower, parse.lemma
    accusing = modality_words("accusing")
    t = trigger
    for _ in range(6):
        head = heads[t]
        if head == t:
            return False
        if deps[t] == "relcl":
            # "an allegation he assaulted his ex-wife": a clause with no relative word under
            # a noun of accusation is its content, parsed as a relative clause
            return parse.pos[head] == "NOUN" and lemmas[head] in accusing and not any(
                parse.tag[c] in ("WDT", "WP", "WP$", "WRB")
                or lowers[c] == "that" and deps[c] in ("nsubj", "dobj", "nsubjpass") for c in parse.children(t))
        if deps[t] in ("pcomp", "pobj") and deps[head] == "prep" and lowers[head] in modality_words("presupposing_preps"):
            return False  # "charged with homicide over the killing of a teenager": the killing is given
        if deps[t] in ("pcomp", "pobj") and deps[head] == "prep" and (
                lowers[head] in modality_words("accusing_preps")
                or lowers[head] in modality_words("suspect_preps")
                and lemmas[heads[head]] in modality_words("suspect_nouns")):
            above = heads[head]
            if above != head and lemmas[above] in accusing \
                    and not (deps[above] == "pobj" and lowers[heads[above]] == "in"):
                return True  # "accused of stabbing", "charged with murder" (not "in charge of")
        if deps[t] in ("xcomp", "ccomp", "acl") and lemmas[head] in accusing and (
                parse.pos[head] == "NOUN" or lemmas[head] == "allege"):
            return True  # "is alleged to have shot", "the allegation that he assaulted" ("they suspect that": a hedge)
        t = head
    return False


def _presupposed(parse: ParseArrays, trigger: int) -> bool:
    """The trigger sits in background the sentence takes as given: an adverbial clause
    opened by "after", "as", "although" ... ("experts say X looks to Washington as China
    expands its navy"), or a phrase opened by "after", "despite", "amid" ... ("officials
    said the army rescued 190 passengers a day after an attack on the train"), reached
    before any clause below the preposition ("after reading that X did": what was read
    is no background). What a speaker is reported to say is the clause above it, not
    the presupposed event (`[modality] presupposing_marks`, `presupposing_preps` of
    cues.toml). A nearer clause of saying governs first."""
    heads, deps, lowers = parse.head, parse.dep, parse.lower
    marks = modality_words("presupposing_marks")
    preps = modality_words("presupposing_preps")
    phrase = True  # the phrase of a preposition, not a clause told below it ("after reading that X did")
    saying = _saying_words()
    t = trigger
    for _ in range(12):
        if heads[t] == t:
            return False
        if t == trigger and _reduced_relative(parse, t):
            return True  # "the man arrested last night killed his mother, according to police"
        if deps[t] == "relcl" and not _relative_in_background(parse, t):
            return False  # a relative clause tells its own news ("the hearing, which X accepted")
        if deps[t] == "advcl" and any(deps[c] == "mark" and lowers[c] in marks for c in parse.children(t)):
            return True
        # ("following the Oval Office clash": the act's noun parsed as the object of "following")
        if deps[t] in ("pobj", "pcomp", "dobj") and deps[heads[t]] == "prep" and lowers[heads[t]] in preps and phrase:
            return True  # "a day after an attack", "despite criticism by the minister"
        phrase = phrase and deps[t] not in ("ccomp", "xcomp", "csubj", "parataxis")
        if parse.lemma[heads[t]] in saying and deps[t] in ("ccomp", "parataxis", "xcomp"):
            return False  # the nearest clause of saying governs ("they believe rebels have retreated")
        t = heads[t]
    return False


def _reduced_relative(parse: ParseArrays, trigger: int) -> bool:
    """The trigger is a past participle right after the noun it describes ("The man arrested
    last night killed his mother, according to police", "the bullets fired by the officers"):
    it names who or what the sentence speaks of, taken as given, not what is told of them.
    A participle further off ("a worker who had been suspended, then escorted from the
    building", parsed onto the noun) is the clause's own news, and one on a predicate noun
    ("she was gang raped", "gang" parsed as the noun) is the clause's verb."""
    head = parse.head[trigger]
    return parse.dep[trigger] == "acl" and parse.tag[trigger] == "VBN" and head == trigger - 1 \
        and parse.pos[head] in ("NOUN", "PROPN") and parse.dep[head] != "attr"  # "she was gang raped"


def _relative_in_background(parse: ParseArrays, relative: int) -> bool:
    """A relative clause on a noun of a presupposed phrase ("charged over the killing of a
    teenager that sparked nationwide riots", a court source said): what it tells of the
    given noun is as given as the noun (the riots are no part of the source's report). The
    phrase must come before any clause of saying above the noun, and the relative clause
    must have no source of its own ("according to", "reportedly")."""
    heads, deps, lowers = parse.head, parse.dep, parse.lower
    if any(lowers[c] == "according" or lowers[c] in _clause_hedges() for c in parse.children(relative)):
        return False  # "during the hearing, which the President accepted according to a statement": told
    preps = modality_words("presupposing_preps")
    t = heads[relative]
    for _ in range(4):
        if heads[t] == t or deps[t] not in ("pobj", "prep", "compound", "amod", "appos"):
            return False
        if deps[t] == "pobj" and deps[heads[t]] == "prep" and lowers[heads[t]] in preps:
            return True
        t = heads[t]
    return False


def _tells_own_act(actor: str | None, speaker: str | None, view: ArticleView) -> bool:
    """"Mogadishu announced it was cutting ties", "the RCMP confirmed they seized the
    substance", "Ford said it is fully cooperating": a party telling of its own act is
    the act's record, told as done. (On the training corpus, cross-validated, this
    holds for any verb of saying: limited to announcing verbs, modality 0.876 against
    0.879, both halves lower or equal.)"""
    return speaker is not None and actor is not None and _same_side(actor, speaker, view)


def _own_past_account(trigger: Token, parse: ParseArrays, chain: list[int], speaker: str | None,
                      view: ArticleView) -> bool:
    """A person telling in his reported words what he did before ("LaRue said he advised
    against the burglary", "He said he and Page's family agreed to take her off life
    support"): one man's account of his own past, hearsay like anyone's. Not a body's record
    of its act ("police said they had arrested", "Ford said it is fully cooperating": the
    own-act reading, asserted), nor what he is doing as he speaks ("I urge"), nor his own
    words quoted ("I had a long visit with him", Payton said: the corpus codes them asserted)."""
    saying = reporting_verb(trigger)
    if speaker is None or saying is None or view.quoted(trigger.idx):
        return False  # his own words in a quote ("I talked with him") are asserted by the corpus
    if saying.lemma_.lower() not in modality_words("own_account_verbs"):
        return False
    verb = chain[-1]  # the head of the "said (that)" clause: the trigger, or the verb it is the object of
    if parse.dep[verb] != "ccomp" or parse.head[verb] != saying.i or len(chain) > 2 \
            or parse.lemma[verb] in modality_words("own_account_not_acts"):
        return False  # not an act of a conjunct or a clause further down ("said X aims to ... and urged")
    ent = view.table.named(speaker)
    if ent is None or ent.type != "PERSON":
        return False
    if parse.tag[verb] == "VBD":
        return True
    # "he had advised": a past perfect
    return parse.tag[verb] == "VBN" and any(parse.lemma[c] == "have" and parse.tag[c] == "VBD"
                                             for c in parse.children(verb))


def _enforcer_tells_own_act(trigger: Token, rule: Rule, actor: str | None, speaker: str | None) -> bool:
    """"X was arrested for possession of a bat, police said", "was charged with murder,
    prosecutors said": an arrest or charge told in the passive with no agent, by the
    police or prosecutors who make arrests and charges, is their own act told as done
    (`[modality] enforcers`, `enforcer_types` of cues.toml)."""
    if actor is not None or speaker is None or rule.type.lower() not in modality_words("enforcer_types"):
        return False
    children = list(trigger.children)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    last = speaker.lower().rsplit(" ", 1)[-1]
    return last in modality_words("enforcers")


def _under_reporting(verb: Token) -> bool:
    return reporting_verb(verb) is not None


def _depends_by(parse: ParseArrays, trigger: int, verb: int, deps: tuple[str, ...]) -> bool:
    heads = parse.head
    t = trigger
    while heads[t] != t and t != verb:
        if heads[t] == verb:
            return parse.dep[t] in deps
        t = heads[t]
    return False


def _same_side(actor: str, speaker: str, view: ArticleView) -> bool:
    if actor == speaker or capital_of(actor) == speaker or capital_of(speaker) == actor:
        return True  # "Mogadishu announced it was cutting ties": the capital speaks for its country
    ent = view.table.named(speaker)
    if ent is not None and any(r.of == actor for r in ent.roles):
        return True
    return False
