"""The trigger lexicon's words (``data/events.toml``) for the steps that run before the
events.

The lexicon's rules and the test of a token against them live with the events
(:mod:`newstrace.extract.events.lexicon`). Two earlier steps need only its words: the
claims stage, which reads a report "about" an act (an event noun) as saying something,
and the hyphen step right after spaCy's lemmatizer (:mod:`newstrace.extract.hyphens`),
which gives the lexicon's hyphenated words one lemma. They read them here, from the data
file, so that no stage imports a later one's package; the events stage reads the same
words here too (one reader, no second list).
"""
from __future__ import annotations

from functools import cache

from newstrace.data import load_toml


@cache
def lemmas() -> frozenset[str]:
    """Every word a rule of the lexicon names."""
    return frozenset(lemma for rule in load_toml("events.toml")["trigger"] for lemma in rule["lemmas"])


@cache
def noun_lemmas() -> frozenset[str]:
    """The lemmas a noun rule of the lexicon reads as an event ("talks", "bombing")."""
    return frozenset(lemma for rule in load_toml("events.toml")["trigger"] if "NOUN" in rule["pos"]
                     for lemma in rule["lemmas"])
