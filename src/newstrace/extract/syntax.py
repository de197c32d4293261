"""Readings of the dependency parse that more than one stage needs.

``is_negated`` is the one test of whether a word is negated: claims ask it of a cue
("did not say", "no one has confirmed"), events of a trigger and of the verbs of its
clause ("did not attack"). The negating words are the cue lexicon's (``cues.toml``
[negation] words).

``inherited_subject`` is the one walk from a word without a subject of its own up to
the clause that has one ("..., saying that ...", "and vowed to ...", "is due to meet").
Each stage gives the step it allows: claims climb only to a verb of saying or
communicating (whose subject is the speaker), events through control, raising and
coordination (whose subject is the actor).

``present_time_clause`` is the one test of a clause of time told in the present ("when he's
sentenced", "once she is released"): English tells a time still to come so, which dates
(the day resolves forward) and modality (the act is planned) both read, each under its
own main clause.

``counted_name`` is the one test of a name counted by a number ("a .357 Magnum"): a
model or a calibre, which entities drop as a person and coreference does not take for
"he" or "she".
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from newstrace.data import load_toml
from newstrace.extract.cues import lexicon
from newstrace.extract.parsearrays import ParseArrays, parse_arrays

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# the tags of a finite verb with a tense: past, third person present, other present
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def is_negated(token: Token, *, by_subject: bool = True) -> bool:
    """"did not say", "never confirmed", "no longer recognizes", "no attack": a negating
    word on the token; with ``by_subject``, also on its subject ("neither X nor Y
    confirmed", "no one has said"). A verb above an event is asked without
    ``by_subject``: in "no injuries were reported in the attacks" the negation is the
    injuries', not the attacks'."""
    return negated_at(parse_arrays(token.doc), token.i, by_subject=by_subject)


# Clauses and prepositional phrases inside a subject: a negation in them does not negate the
# subject's verb ("the bombing, for which no group has claimed responsibility, killed 12";
# "a man with no criminal record killed two people").
_SUBJECT_INNER_SCOPES = frozenset({"relcl", "acl", "ccomp", "advcl", "prep"})


def negated_at(parse: ParseArrays, i: int, *, by_subject: bool = True) -> bool:
    """:func:`is_negated` of word ``i``, read from the Doc's arrays (asked of every cue and
    trigger and of the verbs above a trigger: a Token per dependant cost more than the
    test)."""
    lex = lexicon()
    negators = lex.negators
    deps, lowers = parse.dep, parse.lower
    children = parse.children(i)
    for c in children:
        if c + 1 < len(lowers) and lowers[c + 1] in lex.negation_correlatives:
            continue  # "not only here but also around the world": a pair that adds
        if deps[c] == "neg" or lowers[c] in negators:
            return True
        if lowers[c] == "longer" and any(lowers[g] == "no" for g in parse.children(c)):
            return True  # "no longer": the "no" hangs on "longer", not on the verb
    if not by_subject:
        return False
    subject = next((c for c in children if deps[c] in SUBJECT_DEPS), None)
    if subject is None:
        return False
    below = [subject]  # the subject's subtree, in no particular order: any word will do
    while below:
        t = below.pop()
        if lowers[t] in negators and deps[t] in ("det", "preconj", "cc"):
            return True
        # not into a clause or a prepositional phrase of the subject: its negation is its own
        below += [c for c in parse.children(t) if deps[c] not in _SUBJECT_INNER_SCOPES]
    return False


# One step up: from a word to the head whose subject it may take (None: stop here), or
# straight to the subject itself when the step finds one on the way (found=True).
Step = Callable[[Token], "tuple[Token, bool] | None"]


def inherited_subject(token: Token, step: Step, subject_of: Callable[[Token, Token], Token | None],
                      max_steps: int = 4) -> Token | None:
    """The subject ``token`` takes from the clauses above it: climb by ``step`` and
    return the first subject ``subject_of(head, below)`` finds, at most ``max_steps`` up."""
    below = token
    for _ in range(max_steps):
        taken = step(below)
        if taken is None:
            return None
        head, found = taken
        if found:
            return head
        subject = subject_of(head, below)
        if subject is not None:
            return subject
        below = head
    return None


def counted_name(first: Token, root: Token) -> bool:
    """A name (first word ``first``, head ``root``) right after a number of its own phrase ("a
    .357 Magnum", "her .44 Magnum", the parser hanging the number on the name or on a word
    before it), the phrase opened by an article or a possessive: a model or a calibre, not a
    person, whose name takes no numeral but a year ("the 2020 Biden campaign", NER's date).
    "Mother of 13 Zurana Horton" counts children."""
    if first.i < 2:
        return False
    doc = first.doc
    number = doc[first.i - 1]
    if not (number.text.lstrip(".").isdigit() and number.ent_type_ != "DATE"
            and (number.head.i == root.i or number.head.head.i == root.i)):
        return False
    opener = doc[number.i - 1] if doc[number.i - 1].text != "." or number.i < 2 else doc[number.i - 2]
    return opener.lower_.rstrip(".") in _counted_name_openers()


@cache
def _counted_name_openers() -> frozenset[str]:
    return frozenset(load_toml("entities.toml")["counted_name_openers"])


def present_tense(parse: ParseArrays, verb: int) -> bool:
    """A verb told in the present: itself, or its first auxiliary, in a present form ("faces",
    "'s sentenced", "are meeting")."""
    auxiliaries = [c for c in parse.children(verb) if parse.dep[c] in ("aux", "auxpass")]
    return parse.tag[auxiliaries[0] if auxiliaries else verb] in ("VBZ", "VBP")


def present_time_clause(parse: ParseArrays, verb: int) -> bool:
    """Whether ``verb`` heads an adverbial clause of time, opened by a word of
    ``future_time_clause_markers`` (data/dates.toml), told in the present ("when he's
    sentenced May 7"): an act to come when its main clause looks ahead (not a past "when he
    was sentenced"); what the main clause must be is the caller's."""
    if parse.dep[verb] != "advcl" or parse.head[verb] == verb or not present_tense(parse, verb):
        return False
    markers = _time_clause_markers()
    return any(parse.dep[c] in ("mark", "advmod") and parse.lower[c] in markers for c in parse.children(verb))


@cache
def _time_clause_markers() -> frozenset[str]:
    return frozenset(load_toml("dates.toml").get("future_time_clause_markers") or ())
