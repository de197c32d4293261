"""The trigger lexicon (``data/events.toml``) and the test of a token against it.

A trigger is a word plus the words around it: "test" is a MOBILIZE trigger only when
a missile or weapon is among its arguments, "strike" is ASSAULT with a drone or an
air force and PROTEST with workers or a union. The rules say which arguments decide.

Patterns and code. The words each rule names (``lemmas``) are the pattern part: the
events stage finds the tokens carrying one (by lemma, or by the word's own lower-case
form, as :func:`match` looks them up) in one pass over the Doc's lemma and lower-case
arrays (:mod:`newstrace.extract.wordindex`). On the 276 corpus articles that pass took
0.10 s CPU, where a spaCy ``Matcher`` with the same words as ``LEMMA IN`` / ``LOWER IN``
patterns took 0.16 s for the same tokens (and compares lemmas with their case, where
the lists hold lower-case lemmas). What a rule asks next stays code: ``args_any`` /
``args_none`` look at every word of the argument phrases, through prepositions and
conjunctions and stopping at clause edges; ``head_any`` climbs to the first verb above;
``prep_any`` takes a particle or a "to" the parser hung on the next clause. These are
set tests over walks of varying depth; a ``DependencyMatcher`` pattern has a fixed
shape (no optional or repeated nodes), so each would need a pattern per depth and
relation, slower and harder to read than the walks, while the word sets stay in the
data file either way.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from newstrace.data import load_toml
from newstrace.extract.cues import lexicon as cue_lexicon
from newstrace.extract.names import title_words
from newstrace.extract.parsearrays import KeptPerDoc, ParseArrays, parse_arrays
from newstrace.extract.syntax import negated_at

# Children that belong to another clause, not to the trigger's own arguments.
_NOT_ARGUMENTS = {"advcl", "relcl", "punct", "cc", "mark", "conj", "parataxis", "dep", "appos", "case"}
# Inside an argument, stop at clauses hanging off it.
_CLAUSE_EDGES = {"relcl", "acl", "advcl", "parataxis", "appos"}
_NOUNLIKE = {"NOUN", "PROPN", "ADJ", "NUM"}


@dataclass(frozen=True)
class Rule:
    type: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    mode: str | None = None
    args_any: frozenset[str] = frozenset()
    args_none: frozenset[str] = frozenset()
    args_any_unsubjected: bool = False  # args_any is met only by a word outside the verb's subject ("the air force is using AI" uses no force)
    subject_none: frozenset[str] = frozenset()  # no word of the verb's subject ("the report advises"): a thing, no party, does it
    subject_any: frozenset[str] = frozenset()  # some word of the verb's subject: who alone can do it in this sense ("the court ruled")
    head_any: frozenset[str] = frozenset()
    head_any_or_owner: bool = False  # head_any is also met by a noun that names its doer and object ("Ankara's backing of X")
    prep_any: frozenset[str] = frozenset()
    object_is_target: bool = True
    target_preps: tuple[str, ...] = ()
    reciprocal: bool = False
    reciprocal_lemmas: frozenset[str] = frozenset()
    standalone: bool = False
    verbal: bool = False
    patient_is_actor: bool = False
    negated: bool = False  # holds only on a negated word, whose negation it means ("will not accept": REJECT)
    subject_party: bool = False  # the one named as doing it (subject or agent) is a party ("rents forced the family" is no coercion)
    subject_named: bool = False  # holds only when the one doing it is named, subject or agent ("was forced to resign" names no one)
    party_infinitive: bool = False  # holds only when another party is to do what a "to" clause names ("want the minister to resign")
    party_object: bool = False  # holds only on a told verb whose object is a party ("Brazil supports Korea"), not "to support Ukraine"
    intransitive: bool = False  # a verb holds only with no direct object and not passive ("workers struck", not "struck her")
    detector_feature: bool = True  # false: the detector's "lex=" feature leaves this rule's type out (see events.toml)

    def is_reciprocal(self, lemma: str) -> bool:
        return self.reciprocal or lemma in self.reciprocal_lemmas


def _word_set(data: dict, value: list[str] | str) -> frozenset[str]:
    """A rule's word list: the words themselves, or "@name" for the ``[words]`` list of
    that name, which several rules share (the cooperative acts an intent is about); a list
    may hold such a name among its words (a rule's own words and the words of a game)."""
    if isinstance(value, str):
        value = [value]
    return frozenset(w for item in value for w in (
        data["words"][item.removeprefix("@")] if item.startswith("@") else (item,)))


@cache
def rules() -> tuple[Rule, ...]:
    data = load_toml("events.toml")
    default_preps = tuple(data["defaults"]["target_preps"])
    out = []
    for r in data["trigger"]:
        out.append(Rule(
            type=r["type"], mode=r.get("mode"),
            lemmas=frozenset(r["lemmas"]), pos=frozenset(r["pos"]),
            args_any=_word_set(data, r.get("args_any", ())), args_none=_word_set(data, r.get("args_none", ())),
            args_any_unsubjected=r.get("args_any_unsubjected", False),
            subject_none=_word_set(data, r.get("subject_none", ())),
            subject_any=_word_set(data, r.get("subject_any", ())),
            head_any=frozenset(r.get("head_any", ())), head_any_or_owner=r.get("head_any_or_owner", False),
            prep_any=frozenset(r.get("prep_any", ())),
            object_is_target=r.get("object_is_target", True),
            target_preps=tuple(r.get("target_preps", default_preps)),
            reciprocal=r.get("reciprocal", False), reciprocal_lemmas=frozenset(r.get("reciprocal_lemmas", ())),
            standalone=r.get("standalone", False), verbal=r.get("verbal", False),
            patient_is_actor=r.get("patient_is_actor", False), negated=r.get("negated", False),
            subject_party=r.get("subject_party", False),
            subject_named=r.get("subject_named", False),
            party_infinitive=r.get("party_infinitive", False),
            party_object=r.get("party_object", False),
            intransitive=r.get("intransitive", False),
            detector_feature=r.get("detector_feature", True),
        ))
    return tuple(out)


@cache
def default_target_preps() -> tuple[str, ...]:
    return tuple(load_toml("events.toml")["defaults"]["target_preps"])


@cache
def words(name: str) -> frozenset[str]:
    """A word list from the lexicon's ``[words]`` table."""
    return frozenset(load_toml("events.toml")["words"][name])


@cache
def _source_preps() -> frozenset[str]:
    return words("source_preps")


@cache
def types(name: str) -> frozenset[str]:
    """A set of event types from the lexicon's ``[types]`` table."""
    return frozenset(load_toml("events.toml")["types"][name])


@cache
def _by_lemma() -> dict[str, tuple[Rule, ...]]:
    index: dict[str, list[Rule]] = {}
    for rule in rules():
        for lemma in rule.lemmas:
            index.setdefault(lemma, []).append(rule)
    return {k: tuple(v) for k, v in index.items()}


def names_as(lemma_: str, event_type: str) -> bool:
    """Whether some lexicon rule names this lemma as an event of this type (not the detector's guess)."""
    return any(rule.type == event_type for rule in _by_lemma().get(lemma_, ()))


@cache
def lexicon_keys() -> frozenset[str]:
    """Every word a rule names: a token can match only when its lemma or its own
    lower-case form is one of them (:func:`match`)."""
    return frozenset(_by_lemma())


def lemma(token: Token) -> str:
    return token.lemma_.lower()


# per Doc, the words already matched: the triggers stage (the detector's "rule="
# feature) and the events stage ask of the same words, and the answer depends only on
# the parse, which no stage changes
_MATCHED: KeptPerDoc[dict[int, Rule | None]] = KeptPerDoc(lambda doc: {})


def match(token: Token) -> Rule | None:
    """The first rule of the lexicon that this token satisfies, or None."""
    return match_at(token.doc, token.i)


def match_at(doc: Doc, i: int) -> Rule | None:
    """:func:`match` of word ``i`` of ``doc``, read from its :class:`ParseArrays` (the
    trigger stage asks it of every word the lexicon names: no ``Token`` needed)."""
    matched = _MATCHED(doc)
    if i in matched:
        return matched[i]
    rule = matched[i] = _match(doc, i)
    return rule


def _match(doc: Doc, i: int) -> Rule | None:
    parse = parse_arrays(doc)
    candidates = _by_lemma().get(parse.lemma[i]) or _by_lemma().get(parse.lower[i])
    if not candidates:
        return None
    # the small model tags some nominal triggers as proper nouns in headlines
    pos = "NOUN" if parse.pos[i] == "PROPN" else parse.pos[i]
    args: frozenset[str] | None = None
    for rule in candidates:
        if pos not in rule.pos:
            continue
        if rule.args_any or rule.args_none:  # (most rules name no argument: none read for them)
            if args is None:
                args = arguments_at(doc, i)
            if rule.args_any and not (args & rule.args_any):
                continue
            if args & rule.args_none:
                continue
        if rule.subject_none and subject_lemmas(parse, i) & rule.subject_none:
            continue
        if rule.subject_any and not (subject_lemmas(parse, i) & rule.subject_any):
            continue
        if rule.head_any and not (governors(doc[i]) & rule.head_any) and not (
                rule.head_any_or_owner and names_its_doer(parse, i, rule.target_preps)):
            continue
        if rule.prep_any and not _has_particle(doc[i], rule.prep_any):
            continue
        if rule.negated and not _negated_or_raised(parse, i):
            continue
        if rule.subject_party and not _party_subject(parse, i):
            continue
        if rule.subject_named and not _doers(parse, i):
            continue
        if rule.party_infinitive and not _party_infinitive(parse, i):
            continue
        if rule.party_object and not _party_object(parse, i):
            continue
        if rule.intransitive and pos == "VERB" and _has_object(parse, i):
            continue
        return rule
    return None


def _party_subject(parse: ParseArrays, i: int) -> bool:
    """Verb ``i``'s subject, or its passive's "by" agent, is a party (:func:`_party`): "the
    rebels forced thousands to flee", "was forced to close by the authorities"; or none is
    named ("was forced to resign", "..., forcing residents to leave"). "Rising rents forced
    the family to leave", "the storm forced ...", "it forced ..." name a cause, no party."""
    return all(parse.dep[s] != "csubj" and _party(parse, s) for s in _doers(parse, i))


def _doers(parse: ParseArrays, i: int) -> list[int]:
    """Verb ``i``'s subjects and its passive's "by" agents."""
    named = [c for c in parse.children(i) if parse.dep[c] in ("nsubj", "csubj")]
    return named + [o for c in parse.children(i) if parse.dep[c] == "agent" for o in parse.children(c)
                    if parse.dep[o] == "pobj"]


def _party_infinitive(parse: ParseArrays, i: int) -> bool:
    """Verb ``i`` is completed by a "to" clause whose doer is a party other than its
    subject: its object ("encouraged the players to forget the defeat"), the clause's own
    subject ("want the minister to resign"), or a passive's subject ("were encouraged to
    leave"), one that can be asked to act (:func:`_party`). "wants to resign" names the
    subject's own act, no request of anyone; "wants Japan to be prepared", "to be strong"
    wish a state, no act asked of Japan (a copula or a passive "to be": "want the hunts to
    be stopped" asks it of no one named)."""
    deps = parse.dep
    asked = [c for c in parse.children(i) if deps[c] in ("dobj", "iobj", "nsubjpass")]
    for c in parse.children(i):
        if not _is_infinitive_at(parse, c) or parse.lemma[c] == "be" or any(
                deps[b] == "auxpass" for b in parse.children(c)):
            continue
        if deps[c] == "xcomp" and any(_party(parse, a) for a in asked):
            return True
        if deps[c] == "ccomp" and any(deps[s] in ("nsubj", "nsubjpass") and _party(parse, s)
                                      for s in parse.children(c)):
            return True
    return False


def _has_object(parse: ParseArrays, i: int) -> bool:
    """Verb ``i`` acts on something: a direct object ("struck her"), or it is told in the
    passive ("was struck by a car", "the man struck by the car")."""
    return parse.tag[i] == "VBN" and parse.dep[i] == "acl" or any(
        parse.dep[c] in ("dobj", "nsubjpass", "auxpass", "agent") for c in parse.children(i))


def _party_object(parse: ParseArrays, i: int) -> bool:
    """Verb ``i`` is told in a clause of its own and its direct object names one that can
    act (:func:`_can_act`: a name, a body, a people): "Brazil supports Korea", "the militia,
    which backs the PKK". Not a pronoun ("everyone who supports me"), not a name of another
    kind ("supported the Eighteenth Amendment": a law), and not an infinitive or a bare
    gerund ("to support Ukraine", "a plan supporting Ukraine"): an aim or a description, no
    stance told ("is supporting Korea" is told)."""
    children = parse.children(i)
    if _is_infinitive_at(parse, i) or (parse.tag[i] == "VBG" and not any(parse.dep[c] == "aux" for c in children)):
        return False
    return any(parse.dep[c] == "dobj" and _can_act(parse, c)
               and (not parse.ent[c] or parse.ent[c] in words("party_entity_types")) for c in children)


def _party(parse: ParseArrays, i: int) -> bool:
    """Word ``i`` can be asked to act: one that can act (:func:`_can_act`), a title or a
    kind of source ("want the minister to resign"), or a pronoun for people ("urged them
    to leave", "want those in charge to negotiate"); "wanted the bridge to reopen", "want it to
    end" ask nothing of anyone."""
    if parse.pos[i] == "PRON":
        said_who = parse.lower[i] in words("people_demonstratives") and any(
            parse.dep[c] in ("amod", "prep", "relcl", "acl") for c in parse.children(i))
        return parse.lower[i] not in words("thing_pronouns") or said_who
    return _can_act(parse, i) or parse.lemma[i] in _people_nouns()


@cache
def _people_nouns() -> frozenset[str]:
    return title_words() | cue_lexicon().source_nouns()


def names_its_doer(parse: ParseArrays, i: int, target_preps: tuple[str, ...]) -> bool:
    """Noun ``i`` names who does it and what to, in its own phrase: a possessive that is
    a name or a noun, not a pronoun, or a "by" phrase, and an object (an "of" phrase,
    one of the rule's target prepositions, an infinitive): "Ankara's backing of the
    Brotherhood", "the NCA's investigation of Falder", "Trump's refusal to debate". The
    act is then told as done, as when a light verb carries it ("voiced its backing"); a
    bare "Washington's support", "the officials' concerns" is as often a state. The doer
    must be one that can act: a name, or a noun for people or the state ("the officials'");
    "Inflation's threat to growth" is no act."""
    doer = done_to = False
    for c in parse.children(i):
        dep, word = parse.dep[c], parse.lower[c]
        if dep == "poss" and _can_act(parse, c):
            doer = True
        elif dep in ("prep", "agent") and word == "by":
            doer = doer or any(parse.dep[o] == "pobj" and _can_act(parse, o) for o in parse.children(c))
        elif dep == "prep" and (word == "of" or word in target_preps) and not is_time_phrase(parse, c):
            done_to = done_to or any(parse.dep[o] == "pobj" for o in parse.children(c))
        elif dep == "acl" and _is_infinitive_at(parse, c):
            done_to = True
    return doer and done_to


def _can_act(parse: ParseArrays, i: int) -> bool:
    """Word ``i`` names one that can act: a name, an entity of a person, group or place, or a
    noun for people, a body, forces or the state (``state_nouns``, ``civilian_crowds``, the
    coreference stage's words for people and groups and its heads of organisations and
    states: "the commission")."""
    if parse.pos[i] == "PROPN" or parse.ent[i] in words("party_entity_types"):
        return True
    actors = _actor_nouns()
    return parse.pos[i] == "NOUN" and (parse.lemma[i] in actors or parse.lower[i] in actors)


@cache
def _actor_nouns() -> frozenset[str]:
    from newstrace.extract import coref

    lists = coref.lists()
    return frozenset(lists.human | lists.collective | lists.heads.keys() | words("state_nouns")
                     | words("own_name_forces") | words("civilian_crowds"))


def negation_says_when(parse: ParseArrays, i: int) -> bool:
    """Word ``i``'s negation tells only when it was done: "didn't endorse her until July",
    "didn't kick off negotiations until three weeks before" (an "until" phrase or clause of
    its own, [words] negation_until): the act is told as done, later."""
    until = words("negation_until")
    return any(parse.lower[c] in until and parse.dep[c] in ("prep", "mark", "advmod") for c in parse.children(i))


def _negated_or_raised(parse: ParseArrays, i: int) -> bool:
    """Word ``i`` is negated, or is the infinitive of a negated verb of future or intent
    ("I'm not going to bend", "does not intend to comply"); not when the negation says
    when (:func:`negation_says_when`)."""
    if negated_at(parse, i, by_subject=False):
        return not negation_says_when(parse, i)
    head = parse.head[i]
    return (parse.dep[i] == "xcomp" and head != i and parse.lemma[head] in words("negation_raising")
            and negated_at(parse, head, by_subject=False))


def _has_particle(token: Token, particles: frozenset[str]) -> bool:
    """"call for", "pull out": the word's own preposition or particle, or the one right
    after it that the parser hung on the clause it introduces ("called for the bill to
    be dropped"). Not a time phrase: "On Wednesday, X called Y ..." calls for nothing."""
    parse = parse_arrays(token.doc)
    deps, lowers = parse.dep, parse.lower
    if any(deps[c] in ("prep", "prt", "agent", "mark") and lowers[c] in particles and not is_time_phrase(parse, c)
           for c in parse.children(token.i)):
        return True
    # a particle the parser took for an adverb, right after its verb: "May stepped down on
    # July 24", "the boat was turned around"
    j = token.i + 1
    if j < len(token.doc) and parse.head[j] == token.i and deps[j] == "advmod" and lowers[j] in particles:
        return True
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.lower_ in particles and after.dep_ == "mark" and after.head.head == token


def _add_phrase_lemmas(parse: ParseArrays, i: int, out: set[str]) -> None:
    """Add to ``out`` the lemmas and forms of word ``i``'s phrase: it and its dependants,
    down to the clauses hanging off it (the argument walk gathers several phrases into
    one set: no set per phrase to merge)."""
    lemmas, lowers, deps = parse.lemma, parse.lower, parse.dep
    by_head, first, last = parse.by_head, parse.first, parse.last  # ParseArrays.children, inline
    add, edges = out.add, _CLAUSE_EDGES
    stack = [i]
    pop, push = stack.pop, stack.append
    while stack:
        t = pop()
        add(lemmas[t])
        add(lowers[t])
        for c in by_head[first[t]:last[t]]:  # a loop, not a generator per word: most words have no dependant
            if c != t and deps[c] not in edges:
                push(c)


_TIME_ENTITIES = ("DATE", "TIME")


def is_time_phrase(parse: ParseArrays, i: int) -> bool:
    """"on Thursday", "yesterday": when, not what."""
    if parse.ent[i] in _TIME_ENTITIES:
        return True
    return parse.dep[i] == "prep" and any(parse.dep[c] == "pobj" and parse.ent[c] in _TIME_ENTITIES
                                          for c in parse.children(i))


# per Doc, the argument lemmas already read: the rules (through match) and the events
# stage's candidates ask of the same words
_ARGUMENTS: KeptPerDoc[dict[int, frozenset[str]]] = KeptPerDoc(lambda doc: {})


def argument_lemmas(token: Token) -> frozenset[str]:
    """Lemmas of the words that fill the trigger's slots (see the lexicon's header)."""
    return arguments_at(token.doc, token.i)


def arguments_at(doc: Doc, i: int) -> frozenset[str]:
    """:func:`argument_lemmas` of word ``i`` of ``doc``. The phrases are walked over the
    Doc's arrays (:mod:`newstrace.extract.parsearrays`): the trigger stage asks this of
    every word the lexicon names. Kept per Doc, as :func:`match` is."""
    read = _ARGUMENTS(doc)
    found = read.get(i)
    if found is None:
        found = read[i] = frozenset(_argument_lemmas(parse_arrays(doc), i))
    return found


def _argument_lemmas(parse: ParseArrays, i: int) -> set[str]:
    deps = parse.dep
    out: set[str] = set()
    for child in parse.children(i):
        dep = deps[child]
        if dep == "advcl" and _is_infinitive_at(parse, child):
            out.add(parse.lemma[child])  # "have sworn to fight": a complement parsed as a clause
            continue
        if dep in _NOT_ARGUMENTS or is_time_phrase(parse, child) or _own_infinitive_mark(parse, child):
            continue
        if dep == "prep" and parse.lower[child] in _source_preps():
            continue  # "according to court records": who tells it, not what is done
        _add_phrase_lemmas(parse, child, out)
        if dep in _OBJECTS:
            for c in parse.children(child):
                if deps[c] == "appos" and _unpunctuated(parse, child, c):
                    _add_phrase_lemmas(parse, c, out)
    if parse.pos[i] in _NOUNLIKE:
        head = governing_verb_at(parse, i)
        if head is not None:
            out.add(parse.lemma[head])
            for c in parse.children(head):
                if deps[c] in ("nsubj", "nsubjpass", "prt") and c != i:
                    _add_phrase_lemmas(parse, c, out)
        if deps[i] == "pobj":
            governor = parse.head[i]
            out.add(parse.lower[governor])
            # "weapons for export": the noun the phrase describes
            out.add(parse.lemma[parse.head[governor]])
    elif deps[i] in _NOUN_CLAUSES and parse.pos[parse.head[i]] in _NOUNLIKE and not any(
            deps[c] in _PRONOUN_SUBJECTS and parse.lower[c] in words("relative_pronouns") or deps[c] == "mark"
            for c in parse.children(i)):
        # "the sanctions Washington has imposed", "restrictions imposed by the U.S.", "tariffs
        # targeting Canada": the noun a clause describes is what it acts on or with, left out
        # of the clause. Not where a relative pronoun is the clause's subject ("officers who
        # rushed", "militias which support X"): the noun is then who acts, whom the roles read;
        # nor a content clause ("an accusation that the army left": what was said, not acted on)
        head = parse.head[i]
        out.add(parse.lemma[head])
        out.add(parse.lower[head])
    return out


# clauses that describe a noun: the noun is one of the verb's own arguments
_NOUN_CLAUSES = ("relcl", "acl")
_PRONOUN_SUBJECTS = ("nsubj", "nsubjpass")


# an object's apposition with no comma between them is the verb's second object or the
# object's complement, misparsed: "granted Pogue a full pardon", "designated BLA a
# terrorist group" (not "met Putin, the Russian president")
_OBJECTS = ("dobj", "dative")


def _unpunctuated(parse: ParseArrays, head: int, appos: int) -> bool:
    """No punctuation between word ``head`` and its apposition ``appos`` after it."""
    return head < appos and all(parse.pos[j] != "PUNCT" for j in range(head + 1, appos))


def _own_infinitive_mark(parse: ParseArrays, i: int) -> bool:
    """Word ``i`` is the "to" of an infinitive, hung on the verb it marks: no argument of
    it. A rule's "to" means the preposition ("resigned to his fate", "objected to the
    plan"), and the marker would fail every infinitive of the word ("was forced to
    resign") or hold on it ("wants to object")."""
    return parse.dep[i] == "aux" and parse.lower[i] == "to"


# who does it: an active subject or a passive's agent ("force was used by police" keeps its
# passive subject, the thing used)
_SUBJECTS = ("nsubj", "csubj", "expl", "agent")


def unsubjected_arguments(parse: ParseArrays, i: int) -> set[str]:
    """The argument words of verb ``i`` without its subject's phrase: what is used,
    stepped up or met with, not who does it. The events stage asks it only of a word
    whose rule says ``args_any_unsubjected``, after the rule held on all the arguments:
    the rule still names the word for the detector (its "rule=" feature), and the
    event is dropped when only the subject met ``args_any``."""
    deps = parse.dep
    out: set[str] = set()
    for child in parse.children(i):
        dep = deps[child]
        if dep == "advcl" and _is_infinitive_at(parse, child):
            out.add(parse.lemma[child])
            continue
        if dep in _NOT_ARGUMENTS or dep in _SUBJECTS or is_time_phrase(parse, child) or _own_infinitive_mark(parse, child):
            continue
        if dep == "prep" and parse.lower[child] in _source_preps():
            continue
        _add_phrase_lemmas(parse, child, out)
    return out


def subject_lemmas(parse: ParseArrays, i: int) -> set[str]:
    """The words of verb ``i``'s subject phrase (or a passive's agent): who does it, which
    a rule's ``subject_none`` reads ("the report advises users to", not "in a report, the
    minister advised")."""
    out: set[str] = set()
    for child in parse.children(i):
        if parse.dep[child] in _SUBJECTS:
            _add_phrase_lemmas(parse, child, out)
    return out


def _is_infinitive_at(parse: ParseArrays, i: int) -> bool:
    """:func:`is_infinitive` of word ``i``."""
    return parse.pos[i] in ("VERB", "AUX") and any(parse.dep[c] == "aux" and parse.lower[c] == "to"
                                                   for c in parse.children(i))


def is_infinitive(token: Token) -> bool:
    """"to fight": a verb with its own "to"."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def complements(token: Token) -> list[Token]:
    """Verbs completing ``token``: its xcomp, or an infinitive the parser hung as a clause."""
    return [c for c in token.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c)))]


def governing_verb(token: Token) -> Token | None:
    """The verb a noun is an argument of, through a preposition or a conjunction."""
    found = governing_verb_at(parse_arrays(token.doc), token.i)
    return token.doc[found] if found is not None else None


def governing_verb_at(parse: ParseArrays, i: int) -> int | None:
    """:func:`governing_verb` of word ``i``, walked over the Doc's arrays."""
    heads, deps, pos = parse.head, parse.dep, parse.pos
    t = i
    for _ in range(4):
        if heads[t] == t:
            return None
        dep, t = deps[t], heads[t]
        if pos[t] in ("VERB", "AUX"):
            return t
        if pos[t] == "ADP" or dep in ("conj", "appos", "compound"):
            continue
        if dep == "prep" and pos[t] == "NOUN":  # "levels of alert", "a test of missiles"
            continue
        return None
    return None


def governors(token: Token) -> set[str]:
    """Lemmas of the words that govern a trigger: the preposition and the verb above it."""
    out = set()
    t = token
    for _ in range(3):
        if t.head == t:
            break
        t = t.head
        out.add(lemma(t))
        if t.pos_ in ("VERB", "AUX"):
            break
    return out
