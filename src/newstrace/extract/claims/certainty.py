"""Certainty of a claim, read last (after the fallback order in :mod:`newstrace.extract.claims`).

The cue's own class and the hedges of the content's own clauses, whichever is less sure;
relative and adverbial clauses and noun modifiers (``OUT_OF_SCOPE_DEPS``) are out of scope.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.extract.cues import CERTAINTY_RANK, Lexicon
from newstrace.extract.claims.context import OUT_OF_SCOPE_DEPS, _Context


def hedge_level(tok: Token, lex: Lexicon) -> str:
    """The hedge a word carries by itself ("certain" for most words); events' modality reads it too."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    if word not in lex.hedge_words and lemma not in lex.hedge_lemmas:
        return "certain"  # most words: no need to ask each level
    for level in ("doubtful", "possible", "probable"):
        table = lex.hedges.get(level, {})
        if tok.tag_ == "MD" and word in table.get("modals", ()) and not _ability_to_perceive(tok, lex):
            return level
        if word in table.get("words", ()) and tok.pos_ in ("ADJ", "ADV"):
            return level
        if lemma in table.get("lemmas", ()) and tok.pos_ == "VERB":
            return level
        if lemma in table.get("nouns", ()) and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "attr", "ROOT"):
            return level
    return "certain"


def _ability_to_perceive(modal: Token, lex: Lexicon) -> bool:
    """"could be seen surrounding the hotel": what could be seen was there, no hedge."""
    verb = modal.head
    return verb.lemma_.lower() in lex.perception and any(c.dep_ == "auxpass" for c in verb.children)


def _certainty(level: str, span: tuple[int, int], ctx: _Context, cue: int = -1) -> str:
    # walked over the parse's lists: a Token is made only of a word some hedge level lists
    parse, lex = ctx.parse, ctx.lex
    heads, deps, lowers, lemmas = parse.head, parse.dep, parse.lower, parse.lemma
    by_head, first, last = parse.by_head, parse.first, parse.last  # ParseArrays.children, inline below
    hedge_words, hedge_lemmas = lex.hedge_words, lex.hedge_lemmas
    words = ctx.indices_between(*span)
    inside = set(words)
    stack = [i for i in words if heads[i] not in inside or heads[i] == i]  # the content's roots
    seen: set[int] = set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        if i != cue and lowers[i] in hedge_words or lemmas[i] in hedge_lemmas:
            hedge = hedge_level(ctx.doc[i], lex)
            if CERTAINTY_RANK[hedge] > CERTAINTY_RANK[level]:
                level = hedge
        for c in by_head[first[i]:last[i]]:  # a loop, not a list and a generator per word
            if c != i and c in inside and deps[c] not in OUT_OF_SCOPE_DEPS:
                stack.append(c)
    return level
