"""One event per happening.

A happening told twice (the lead, then the body) keeps its first sentence. Two
candidates are the same happening when, in order:
  1. they share sentence, type, actor and target, or the later one is a harm told with no
     actor beside an attack, at no other place (``[types] victims_listed``: "shot
     shoppers ..., with 25 others injured": one attack, its victims listed), or the later
     one has no actor, or it
     shares the actor and continues the earlier verb ("shot and killed", "..., killing
     five and injuring 20": one act, its victims listed), or one of them is a noun with no
     target and the same actor ("died in the initial attack by the BLA": the act told
     again), or one trigger stands above the other and their actors and targets agree
     (the same or one unread: "retaliated by announcing tariffs"; the word naming more of
     the parties is kept), or both are requests of one speaker (``[types] one_per_sentence``: "demanded
     that Ottawa must drop the tariff"), or one word is read twice with a person and with the
     country he holds an office of or belongs to in one role, the other role the same ("Lula, the
     President of Brazil, met ..."; "He and other senior U.S. officials held talks": one meeting),
     or a noun is the agent of the other's verb, actors agreeing ("was killed by a U.S.
     airstrike in Iraq": the means of the killing, its place no second target), or the later
     one is the verb of a clause on the earlier noun or a noun in apposition to it ("the
     bombing that killed ten", "the attack, a bombing": the noun kept); two acts
     with no actor are one unless the later one is done to a person or people other than
     the earlier target ("a policeman has been jailed ..., while 400 protesters have been
     detained": two);
  2. the later one is a noun with no actor of its own and the sentence already has an
     event of its type: it takes that event's actor ("sent ... troop deployments");
  3. they share type, actor and target (the later target may be unknown), and the later
     one is a noun of the same kind ("the test"), a definite noun ("the initial attack by
     the BLA": it refers back) or acts on the same thing (a shared argument word);
  4. the later one has no actor and shares type and mode, or target, with an earlier one
     (not mode alone when both have targets and the later one's is named: two people
     convicted are two happenings; nor when the later target is a person or people, other
     than the earlier target: "arrested an activist ... two journalists were arrested" are
     two arrests, "the activist was arrested" the same one; nor when the two name other steps of a
     court case, ``[words] court_steps``: "was found guilty ... was sentenced to ten years");
  5. the later one is a definite noun with no actor ("the attacks"), or one of the same word,
     target (or none) and modality ("held a rally ... the rally was visited by thousands"),
     or a verb told as done in a definite act of its type, with no doer of its own or the
     same, at no other place ("six were killed in the attack": ``_done_in_act_told``).
Rules 3 and 4 do not join a later clause (a verb) told at another time: each in a year
named alone, two years, or one on a day of the news and the other in another year
("arraigned today ... In 2004, he was charged": ``_told_at_other_times``).
Before that, a noun with neither actor nor target that hangs off a trigger with an actor
is part of that act ("stormed the hotel, triggering a siege"; "the invasion and
occupation") and is not told, though it still takes its retellings ("the siege").
A kept event without a date takes that of its first retelling that has one.
After the story's actors and dates are set, ``merge_retold`` folds a later sentence that
refers back to a kept act (a definite noun, or the same verb of a done act with both its
targets read, or neither: ``_same_verb_again``) of one type and telling, on no other day,
its parties the same entity or unnamed words one holding the other's ("masked gunmen" ...
"the gunmen").
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from newstrace.extract.dates import PageDayText, dates_compatible
from newstrace.extract.events.lexicon import types, words
from newstrace.extract.countries import country_named
from newstrace.extract.gazetteer import places_named, within
from newstrace.record import Event


@dataclass(frozen=True)
class Candidate:
    type: str
    mode: str | None
    actor: str | None
    target: str | None
    trigger: str
    trigger_span: tuple[int, int]
    sentence: str
    sentence_span: tuple[int, int]
    date: str | None
    date_text: str | None
    location: str | None
    quantity: str | None
    modality: str
    attributed_to: str | None
    is_noun: bool
    lemma: str
    sentence_index: int
    arguments: frozenset[str]
    token_index: int
    definite: bool = False
    credited: bool = False  # actor known only from a claim of responsibility
    bare: bool = False  # a noun with neither actor nor target ("an ongoing siege")
    governors: frozenset[int] = frozenset()  # token indices above the trigger in its sentence (bare nouns and merge rule 1)
    target_named: bool = False  # the target is a person the article names
    linked: frozenset[int] = frozenset()  # verbs the trigger continues: "shot and killed", "..., killing"
    agent_of: int | None = None  # the verb a noun trigger is the agent of: "killed by an airstrike"
    offices: frozenset[str] = frozenset()  # "person\tparty": a named person of the event holds an office of (or is of) party
    describes: int | None = None  # the noun trigger whose clause or apposition this one is: "the bombing that killed"
    in_title: bool = False  # the trigger is in the headline the text opens with
    told_in: str | None = None  # the type of the definite act noun a verb is told as done in: "killed in the attack"

    def to_event(self, event_id: str) -> Event:
        return Event(
            id=event_id, type=self.type, mode=self.mode, actor=self.actor, target=self.target,  # type: ignore[arg-type]
            trigger=self.trigger, trigger_span=self.trigger_span, sentence=self.sentence,
            sentence_span=self.sentence_span, date=self.date, date_text=self.date_text,
            location=self.location, quantity=self.quantity, modality=self.modality,  # type: ignore[arg-type]
            attributed_to=self.attributed_to,
        )


def merge(candidates: list[Candidate]) -> list[Candidate]:
    candidates = _inherit_actors(candidates)
    absorbed = {c.token_index for c in candidates if _part_of_another(c, candidates)}
    kept: list[Candidate] = []
    for c in candidates:
        first = next((n for n, k in enumerate(kept) if _same_happening(k, c)), None)
        if first is None:
            kept.append(c)
        elif _fuller(c, kept[first]) or _headline_told(kept[first], c, {}):
            kept[first] = _told_again(c, kept[first])  # the same happening told with more of its parties, or in the body
        else:
            kept[first] = _told_again(kept[first], c)
    kept = _states_of_acts(kept)
    return [c for c in kept if c.token_index not in absorbed]  # absorbed ones still take retellings


def merge_retold(events: list[Candidate], parties: Mapping[str, str]) -> list[Candidate]:
    """After the story gave acts their actors (``story_actors``: the lone attacker's, the
    state's) and their dates (``carry_context``), a later sentence that retells a kept act
    is that act (``_retold``). ``parties`` gives a role's party as the article's entity
    table names it: an alias ("C.A.R.") its entity's name ("Central African Republic")."""
    kept: list[Candidate] = []
    for c in events:
        for n, k in enumerate(kept):
            if _headline_told(k, c, parties):
                kept[n] = _told_again(c, k)  # the body's telling replaces the headline's
                break
            if _retold(k, c, parties):
                kept[n] = _told_again(k, c)
                break
        else:
            kept.append(c)
    return kept


def _body_of(kept: Candidate, later: Candidate) -> bool:
    """The headline tells the act in headline grammar ("Brother charged after shooting"), the
    body in full ("Police charged the brother of ... on Thursday"): of the two, the body's telling
    (its sentence, parties, date and place) is kept."""
    return kept.in_title and not later.in_title


def _headline_told(kept: Candidate, later: Candidate, parties: Mapping[str, str]) -> bool:
    """An act of the headline is the body's first act of its type and telling whose actor is
    the headline's (or the headline names none) and whose target agrees: the headline sums up
    the story the body tells. The headline's date is the page's, not the act's, so days are not
    compared. An act only the headline tells stays."""
    if not _body_of(kept, later) or kept.type != later.type or not _one_telling(kept, later) \
            or _is_state(kept) != _is_state(later):
        return False
    if kept.actor is not None and later.target is not None and _agree(kept.actor, later.target, parties):
        return True  # "Brother charged after shooting": a headline drops "was", its subject undergoes the act
    if kept.actor is not None and (later.actor is None or not _agree(kept.actor, later.actor, parties)):
        return False
    return kept.target is None or later.target is None or _agree(kept.target, later.target, parties)


def _fuller(later: Candidate, kept: Candidate) -> bool:
    """Of two words for one happening in a sentence, one under the other, the one that
    names more of its parties tells it ("the man hit her, killing the woman": the killing
    names its victim; the actor counts before the target). A request stays the verb of
    asking ("demanded that Ottawa must drop the tariff": ``[types] one_per_sentence``)."""
    return later.sentence_index == kept.sentence_index and _one_governs(kept, later) \
        and _parties(later) > _parties(kept) and kept.type not in types("one_per_sentence") \
        and not _describing(kept, later)


def _parties(c: Candidate) -> int:
    return 2 * (c.actor is not None) + (c.target is not None)


def _is_state(c: Candidate) -> bool:
    return c.mode in words("state_modes")


def _states_of_acts(kept: list[Candidate]) -> list[Candidate]:
    """"The leader, who is in prison, was convicted": being held, told in the sentence of
    the act that led to it (same type, same target or none), is that act's outcome."""
    acts = {(c.sentence_index, c.type, c.target) for c in kept if not _is_state(c)}
    return [c for c in kept if not (_is_state(c) and ((c.sentence_index, c.type, c.target) in acts
                                                      or (c.sentence_index, c.type, None) in acts))]


def _told_again(kept: Candidate, later: Candidate) -> Candidate:
    """The lead tells a happening, the body when: a retelling gives the kept event the
    date it lacks (not a planned or possible one's date), or its own day for the page's day
    the kept event read off a date line run into its sentence (``PageDayText``: "... Kraft
    Plant September 10, 2010 10: 14 AM Police say two people have been killed ... The
    shooting took place just after 8: 30pm Thursday night"). Places are not taken so: on the
    corpus the retelling's place was as often a wrong one (location 0.701 -> 0.695)."""
    page_day = isinstance(kept.date_text, PageDayText) and not isinstance(later.date_text, PageDayText)
    if (kept.date is None or page_day) and later.date is not None \
            and later.modality not in words("prospect_modalities"):
        return replace(kept, date=later.date, date_text=later.date_text)
    return kept


def _part_of_another(c: Candidate, candidates: list[Candidate]) -> bool:
    """A bare noun beside an act with an actor tells part of that act ("stormed a hotel,
    triggering a siege"; "the invasion and occupation")."""
    return c.bare and c.actor is None and any(
        k.sentence_index == c.sentence_index and k.actor is not None and k.token_index in c.governors
        for k in candidates)


def _inherit_actors(candidates: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in candidates:
        if c.actor is None and c.is_noun:
            earlier = next((k for k in reversed(out) if k.sentence_index == c.sentence_index
                            and k.type == c.type and k.actor), None)
            if earlier is not None:
                c = replace(c, actor=earlier.actor)
        out.append(c)
    return out


def _same_happening(kept: Candidate, later: Candidate) -> bool:
    if kept.type != later.type:
        return False
    if _is_state(kept) and not _is_state(later):
        return False  # "X is in jail. He was arrested in May": the arrest is not the state told again
    if kept.sentence_index == later.sentence_index:
        if later.actor is None and kept.type in types("victims_listed") and not later.is_noun \
                and not _other_places(kept.location, later.location):
            # "shot shoppers ..., with 25 others injured", "two were killed and eight injured": one attack
            # (not "shot a guard in Kabul, while two were killed in Kandahar": another place, another act;
            # days are not compared: "..., with 25 others injured and the toll rising on Monday" gives
            # the harm a day of the sentence that is not its own)
            return True
        if later.actor is None and kept.target in (later.target, None) \
                or kept.actor is None and later.actor is None and not _others_undergo(kept, later):
            return True  # "hit by drone strikes in a raid": one attack
        if kept.token_index == later.token_index and _one_party_for_another(kept, later):
            return True  # "Lula, the President of Brazil, met ...": the president and his country, one meeting
        if _describing(kept, later):
            return True  # "the bombing that killed ten", "demonstrations protesting the ruling": the noun's act told again
        if _fits(kept.actor, later.actor) and (kept.agent_of == later.token_index or later.agent_of == kept.token_index):
            return True  # "was killed by a United States airstrike in Iraq": the means told as its agent, one act
        if kept.actor is not None and kept.actor == later.actor and kept.token_index in later.linked:
            return True  # "detonated a bomb, killing five and injuring 20": one attack, its victims listed
        if kept.actor is not None and kept.actor == later.actor and any(c.is_noun and c.target is None for c in (kept, later)):
            return True  # "21 passengers died in the initial attack by the BLA": the act told again by a noun
        if _one_governs(kept, later) and _fits(kept.actor, later.actor) and _fits(kept.target, later.target):
            return True  # "retaliated by announcing tariffs": one act told by two words, one under the other
        if kept.actor is not None and kept.actor == later.actor and kept.type in types("one_per_sentence"):
            return True  # "we urged Farmajo to return to talks ...": one speaker's demands in a sentence, one request
        return kept.actor == later.actor and kept.target == later.target
    if later.is_noun and later.definite and later.actor is None:
        return True  # "the attacks": told before
    if _done_in_act_told(kept, later):
        return True  # "six were killed in the attack": the attack told before, its victims listed
    if later.is_noun and later.definite and later.lemma == kept.lemma and later.target in (kept.target, None) \
            and later.modality == kept.modality:
        return True  # "held a rally ... the rally was visited by thousands", "spoke in the rally": the rally told again
    if not later.is_noun and _told_at_other_times(kept, later):
        return False  # "arraigned today ... In 2004, Gomes was charged": a clause told at another time
    if later.actor is not None and later.actor == kept.actor and later.target in (kept.target, None):
        shared = (kept.arguments & later.arguments) - words("argument_stopwords")
        same_kind = later.lemma == kept.lemma or (later.mode is not None and later.mode == kept.mode)
        return (later.is_noun and (same_kind or later.definite)) or bool(shared) or later.credited
    if later.actor is not None or _other_steps(kept, later):
        return False
    return ((later.mode is not None and later.mode == kept.mode
             and not (later.target_named and kept.target_named)
             and not (_a_person(later) and _other_party(kept.target, later.target)))
            or later.target in (kept.target, None))  # (not two people each convicted: a named target is another)


def _other_steps(kept: Candidate, later: Candidate) -> bool:
    """A court case's steps (``[words] court_steps``: the arrest, the verdict, the sentence,
    the removal under guard) are happenings of one type done to one person, the later ones
    often told with no doer ("was found guilty", "was sentenced to ten years", "was escorted
    out"): a later step is not an earlier, other step told again. A sentence or term served
    (``[words] punishment_nouns``) is the outcome of the verdict or sentence, no step."""
    a, b = _step(kept), _step(later)
    return a is not None and b is not None and a != b


def _step(c: Candidate) -> str | None:
    if c.is_noun and c.lemma in words("punishment_nouns"):
        return None  # "Cohen is serving a three-year sentence": the conviction's outcome
    return _court_steps().get(c.lemma)


@cache
def _court_steps() -> dict[str, str]:
    return {lemma: step for step in words("court_steps") for lemma in words(step)}


def _done_in_act_told(kept: Candidate, later: Candidate) -> bool:
    """A verb told as done in a definite act of its type ("six Mexican nationals were killed
    in the attack", "Injured in the initial attack, the driver ...": ``Candidate.told_in``)
    is that act, which refers back to one told before: with no doer of its own, or the same,
    in one telling and at no other place, it is the earlier act, its victims listed."""
    return later.told_in == kept.type and not later.is_noun and later.actor in (None, kept.actor) \
        and _one_telling(kept, later) and not _other_places(kept.location, later.location)


def _retold(kept: Candidate, later: Candidate, parties: Mapping[str, str]) -> bool:
    """A later sentence that refers back to an act (a definite noun, "the attack"; the same
    word again) retells it though it names its parties another way: an alias ("C.A.R." ...
    "Central African Republic"), a phrase and a shorter one of its words ("Nine press freedom
    groups" ... "press freedom groups"), or a target the first telling did not read. Of one
    type and modality, at no other time: two acts of a kind by one actor told each with a
    word of its own ("attacked ... another attack", two days) stay two."""
    if kept.type != later.type or kept.sentence_index >= later.sentence_index or not _one_telling(kept, later) \
            or later.actor is None or kept.actor is None or _is_state(kept) != _is_state(later):
        return False
    if not (later.is_noun and later.definite or _same_verb_again(kept, later)):
        return False
    if _told_at_other_times(kept, later) or not dates_compatible(kept.date, later.date) \
            or _other_places(kept.location, later.location) or _told_as_another(later):
        return False
    return _agree(kept.actor, later.actor, parties) and (kept.target is None or later.target is None
                                                          or _agree(kept.target, later.target, parties))


def _same_verb_again(kept: Candidate, later: Candidate) -> bool:
    """The verb of a done act told again refers back to it when the second telling names
    nothing that sets it apart: both tellings read a target (which must agree) or neither does
    ("union members rallied ... After rallying in two demonstrations, members of the unions
    ..."). A target read by one telling only may be another act of the actor ("urged the talks
    to go on ... urged the Taliban"), and a wish told twice ("closing the camps ... wants to
    close the camps") two."""
    if later.is_noun or later.lemma != kept.lemma or kept.modality in words("prospect_modalities") \
            or later.arguments & words("repeat_adverbs"):
        return False  # "soldiers fired on the crowd ... fired on it again": "again" tells a second act
    return (kept.target is None) == (later.target is None)


def _other_places(a: str | None, b: str | None) -> bool:
    """Two places the gazetteer knows, neither of which lies in the other ("Kabul", "Herat");
    of a name it does not know ("the Municipality of Livorno") it cannot tell."""
    return a is not None and b is not None and a != b and _known_place(a) and _known_place(b) \
        and not within(a, b) and not within(b, a)


def _known_place(name: str) -> bool:
    return country_named(name) is not None or bool(places_named(name))


def _told_as_another(c: Candidate) -> bool:
    """An act told as another of its kind: a word of ``another_markers`` in its actor ("Other
    gunmen shot a guard") or right after a preposition of ``another_opening_preps`` that opens
    its sentence before the trigger ("In another incident, gunmen shot a guard", "In a
    separate attack, ..."; not "At least two other buildings, ...")."""
    markers = words("another_markers")
    if set(re.findall(r"[a-z]+", (c.actor or "").lower())) & markers:
        return True
    opening = c.sentence[:max(0, c.trigger_span[0] - c.sentence_span[0])].split(",")
    said = re.findall(r"[a-z]+", opening[0].lower()) if len(opening) > 1 else []
    if said[1:2] in (["a"], ["an"]):
        said.pop(1)  # "In a separate attack,"
    return len(said) > 1 and said[0] in words("another_opening_preps") and said[1] in markers


def _one_telling(kept: Candidate, later: Candidate) -> bool:
    """The same modality, or an act told as done by the paper and by a source ("shot a guard
    ... witnesses said the gunmen shot the guard"; ``[words] told_done_modalities``), or an act
    told as done and then only guessed at by someone who saw it ("shot him ... 'I think I'm
    shot'": a hedge on a happening already told is no second happening;
    ``[words] hedged_retelling_modalities``)."""
    done = words("told_done_modalities")
    return kept.modality == later.modality or kept.modality in done and (
        later.modality in done or later.modality in words("hedged_retelling_modalities"))


def _agree(a: str, b: str, parties: Mapping[str, str]) -> bool:
    """One party named two ways: the same entity, or unnamed words one of which holds the
    other's ("police officers" ... "police")."""
    if parties.get(a, a) == parties.get(b, b):
        return True
    if a in parties or b in parties:
        return False
    one, other = _content_words(a), _content_words(b)
    return bool(one) and bool(other) and (one <= other or other <= one)


def _content_words(role: str) -> frozenset[str]:
    return frozenset(w for w in role.lower().split() if w not in words("argument_stopwords") and not w.isdigit())


def _one_party_for_another(a: Candidate, b: Candidate) -> bool:
    """One word read twice, once with a person and once with the party he holds an office of in
    the same role, the other role the same ("He and other senior U.S. officials held talks":
    Rubio and the United States; ``Candidate.offices``): one happening. Two people, or two
    countries, stay two ("Varga and Niinisto signed")."""
    offices = a.offices | b.offices
    def stands_for(x: str | None, y: str | None) -> bool:
        return x is not None and y is not None and (f"{x}\t{y}" in offices or f"{y}\t{x}" in offices)
    return a.target == b.target and stands_for(a.actor, b.actor) or a.actor == b.actor and stands_for(a.target, b.target)


def _told_at_other_times(a: Candidate, b: Candidate) -> bool:
    """Two clauses are two happenings when each is told in a year named alone, two years
    ("convicted in 2005 ... released in 2006"), or one is told on a day of the news ("today",
    "on Tuesday": ``[words] news_days``) and the other in a year named alone that is not that
    day's ("In 2004, Gomes was charged")."""
    if _a_year(a.date) and _a_year(b.date):
        return a.date != b.date
    return any((x.date_text or "").lower() in words("news_days") and _a_year(y.date)
               and not (x.date or "").startswith(y.date or "") for x, y in ((a, b), (b, a)))


def _a_year(date: str | None) -> bool:
    return date is not None and len(date) == 4 and date.isdigit()


def _describing(kept: Candidate, later: Candidate) -> bool:
    """The later trigger is the verb of a clause on the kept noun, or a noun set beside it
    (``Candidate.describes``): one act, whatever roles the clause reads ("the bombing that
    killed ten soldiers": the killing is the bombing's; "the attack, a bombing"). The noun
    is kept, the word the gold names."""
    return kept.is_noun and later.describes == kept.token_index


def _one_governs(a: Candidate, b: Candidate) -> bool:
    """One trigger stands above the other in the parse of their sentence."""
    return a.token_index in b.governors or b.token_index in a.governors


def _fits(a: str | None, b: str | None) -> bool:
    """Two roles agree: the same party, or one of them not read."""
    return a is None or b is None or a == b


def _a_person(c: Candidate) -> bool:
    """The target is a person the article names or people told by a noun for people
    ("the two parents", "one suspect": ``[words] person_target_nouns``)."""
    return c.target_named or c.target is not None and c.target.lower().split()[-1] in words("person_target_nouns")


def _others_undergo(kept: Candidate, later: Candidate) -> bool:
    """Two acts told with no actor in one sentence, the later one done to a person or people
    other than the earlier one's target, are two happenings, as rule 4 has it across
    sentences: "a policeman has been jailed ..., while more than 400 protesters have been
    detained" tells two. "people were killed ... in a shooting at the plant" (a place, no
    person) and "the activist was arrested and detained" (one target) stay one."""
    return _a_person(later) and _other_party(kept.target, later.target)


def _other_party(kept: str | None, later: str | None) -> bool:
    """Two targets are two parties when neither holds the other's words ("a prominent
    activist" ... "the activist" is one): "police arrested an activist ... two journalists
    were arrested" tells two arrests."""
    if not kept or not later:
        return False
    one, other = set(kept.lower().split()), set(later.lower().split())
    return not (one <= other or other <= one)
