"""The fields each candidate carries for merging and output: its trigger text and what
:mod:`~newstrace.extract.events.merge` reads to tell one happening told twice.

Used by ``_candidate`` before step 6 of the fallback order in
:mod:`newstrace.extract.events`: the words above the trigger (``_ancestors``), the verbs it
continues (``_continued``), whether it refers back (``_definite``), the verb it is the
agent of (``_agent_of``), the noun its clause describes (``_describes``), the act a harm
is told as done in (``_told_in``), whether its target is a named person (``_named_person``) and the
offices of its parties (``_offices``).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.extract.countries import country_by_code
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import Rule, is_time_phrase, match_at, words
from newstrace.extract.parsearrays import parse_arrays


def _named_person(name: str | None, view: ArticleView) -> bool:
    ent = view.table.named(name) if name else None
    return ent is not None and ent.type == "PERSON"


def _agent_of(token: Token) -> int | None:
    """The verb a noun trigger is the agent of ("was killed by an airstrike": killed)."""
    head = token.head
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and head.dep_ == "agent" and head.head is not head:
        return head.head.i
    return None


def _describes(token: Token) -> int | None:
    """The noun trigger whose clause or apposition this trigger is: a verb of a relative or
    participle clause on it ("the bombing that killed ten", "demonstrations protesting the
    shooting"), a noun set beside it ("the attack, a bombing"); ``[words] describing_deps``."""
    parse = parse_arrays(token.doc)
    head = parse.head[token.i]
    if head != token.i and parse.dep[token.i] in words("describing_deps") and parse.pos[head] in ("NOUN", "PROPN"):
        return head
    return None


def _told_in(token: Token) -> str | None:
    """The type of the act a verb is told as done in, a definite noun the lexicon reads
    as an act (``[words] act_told_in_preps``: "six were killed in the attack", "injured in
    the initial attack"): the harm is that act's, referred back to, not an act of its own."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    parse = parse_arrays(token.doc)
    anaphoric, preps = words("anaphoric_determiners"), words("act_told_in_preps")
    for c in parse.children(token.i):
        if parse.dep[c] != "prep" or parse.lower[c] not in preps:
            continue
        for g in parse.children(c):
            if parse.dep[g] != "pobj" or not any(parse.dep[d] == "det" and parse.lower[d] in anaphoric
                                                 for d in parse.children(g)):
                continue
            rule = match_at(token.doc, g)
            if rule is not None:
                return rule.type
    return None


def _offices(name: str | None, view: ArticleView) -> frozenset[str]:
    """The parties a named person holds an office of or belongs to ("Lula, the President of Brazil": Brazil)."""
    ent = view.table.named(name) if name else None
    if ent is None or ent.type != "PERSON":
        return frozenset()
    country = country_by_code(ent.country) if ent.country else None
    parties = {r.of for r in ent.roles if r.of} | ({country.name} if country is not None else set())
    return frozenset(f"{name}\t{p}" for p in parties)


# how a verb continues the one before it: "shot and killed", "stormed the town, killing"
_CONTINUING = frozenset({"conj", "advcl", "xcomp"})


def _continued(token: Token) -> frozenset[int]:
    """The verbs a trigger continues (up to two steps up through a conjunction, a
    participle clause or a complement): an event of the same type and actor there is the
    same act."""
    parse = parse_arrays(token.doc)
    heads, deps = parse.head, parse.dep
    out, t = [], token.i
    for _ in range(2):
        if deps[t] not in _CONTINUING or heads[t] == t:
            break
        t = heads[t]
        out.append(t)
    return frozenset(out)


def _ancestors(token: Token) -> frozenset[int]:
    """The words above ``token`` (``Token.ancestors``), as indices."""
    return frozenset(parse_arrays(token.doc).path_up(token.i)[1:])


def _definite(token: Token) -> bool:
    """"the attacks", "these talks": a determiner that refers back."""
    parse = parse_arrays(token.doc)
    anaphoric = words("anaphoric_determiners")
    return any(parse.dep[c] in ("det", "poss") and parse.lower[c] in anaphoric for c in parse.children(token.i))


def _trigger_text(token: Token, rule: Rule) -> str:
    parse = parse_arrays(token.doc)
    deps = parse.dep
    # "called on X to ...", not "On Wednesday, X called ...": the rule's particle only
    extra = [c for c in parse.children(token.i) if deps[c] == "prt" or (
        deps[c] == "prep" and parse.lower[c] in rule.prep_any and not is_time_phrase(parse, c))]
    if not extra:
        return token.text
    return " ".join(token.doc[i].text for i in sorted([token.i, *extra]))
