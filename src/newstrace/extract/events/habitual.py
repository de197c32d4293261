"""Habitual statements: an act told as what someone usually does is no event (nogold38).

"Police often arrest drunk drivers", "contractors routinely hire former officers to lobby":
a frequency adverb (``[words] habitual_adverbs``) on the trigger's verb, or on the verb
whose complement or purpose it is, in the simple present, tells a habit, not an act done.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.extract.events.lexicon import words
from newstrace.extract.parsearrays import parse_arrays

_PRESENT = frozenset({"VBZ", "VBP"})


def _habitual(token: Token) -> bool:
    parse = parse_arrays(token.doc)
    adverbs = words("habitual_adverbs")
    t = token.i
    for _ in range(3):
        if parse.pos[t] in ("VERB", "AUX"):
            children = parse.children(t)
            present = parse.tag[t] in _PRESENT or any(
                parse.dep[c] in ("aux", "auxpass") and parse.tag[c] in _PRESENT for c in children)
            if present and any(parse.dep[c] == "advmod" and parse.lower[c] in adverbs for c in children):
                return True
        if parse.dep[t] not in ("xcomp", "advcl", "conj") or parse.head[t] == t:
            return False
        t = parse.head[t]
    return False
