"""Game play: a contest word told of a game is play, not an act (sport37).

The conventions code no event for play on the field: a boxer's punches and jabs, a team
beating or routing another, a tackle, a block, "the pair met" in the ring. A contest word
(``[sport] play_words``) of a game-like type is read as play when its sentence names a
game (a word of ``game_words``, or a score told as a result: "won 24-17"), or when the article
is a game report (its lead holds ``lead_min`` distinct game words or scores) and the doer is no
one else than a player ("fans attacked the team bus" stays). A sentence that names an act
off the field (``off_field_words``: an arrest, a shooting, a suspension, a contract) is
read as usual.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import Rule
from newstrace.data import load_toml

_SCORE = r"\d{1,3}\s?[-\u2013]\s?\d{1,3}"


@cache
def _table() -> dict:
    return load_toml("events.toml")["sport"]


@cache
def _pattern(*names: str) -> re.Pattern[str]:
    listed = sorted({w for name in names for w in _table()[name]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in listed) + r")(?![\w-])", re.IGNORECASE)


def _game_words(text: str, *names: str) -> set[str]:
    found = {m.lower() for m in _pattern(*names).findall(text)}
    return found | _scores(text)


def _scores(text: str) -> set[str]:
    """Scores told as a result ("won 24-17", "a 101-95 victory"), not any range ("10-12 homes",
    "passed 120-8")."""
    window = int(_table()["score_window"])
    out = set()
    for m in re.finditer(r"(?<![\w./:-])" + _SCORE + r"(?![\w./:-])", text):
        if _pattern("score_words").search(text[max(0, m.start() - window):m.end() + window]):
            out.add(m.group())
    return out


def _off_field(sentence: Span) -> bool:
    """A word of ``off_field_words`` in the sentence, as written or as its lemma ("was banned",
    "bans", "a ban" all match "ban")."""
    words = set(_table()["off_field_words"])
    if any(t.lower_ in words or t.lemma_.lower() in words for t in sentence):
        return True
    return bool(_pattern("off_field_words").search(sentence.text))


def _doer_not_a_player(token: Token) -> bool:
    """The play word's doer is a common noun for people other than players or teams: "the man
    shot the players", "fans attacked the team bus", "rioters hit the coach"."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for doer in doers:
        if doer.pos_ != "NOUN" or doer.lemma_.lower() in _table()["player_nouns"]:
            continue
        if any(c.dep_ == "nummod" or c.lower_ == "both" for c in doer.children):
            continue  # "the two men met": the game's pair
        return True
    return False


@lru_cache(maxsize=8)
def _is_game_report(text: str) -> bool:
    lead = text[:int(_table()["lead_chars"])]
    return len(_game_words(lead, "game_words", "lead_words")) >= int(_table()["lead_min"])


def _game_play(token: Token, rule: Rule, view: ArticleView) -> bool:
    """A contest word (``play_words``) of a game-like type (``play_types``) told of a game:
    "landed the two best shots of the round", "the Colts routed the Chiefs", "in round three
    he blocked jabs"; not "police arrested the player after the game"."""
    table = _table()
    if rule.type not in table["play_types"] or token.lemma_.lower() not in table["play_words"] \
            and token.lower_ not in table["play_words"]:
        return False
    if _off_field(token.sent):
        return False
    if _game_words(token.sent.text, "game_words"):
        return True
    return _is_game_report(view.text) and not _doer_not_a_player(token)
