"""Game play: a contest word told of a game is play, not an act (sport37).

The conventions code no event for play on the field: a boxer's punches and jabs, a team
beating or routing another, a tackle, a block, "the pair met" in the ring. A contest word
(``[sport] play_words``) of a game-like type is read as play when its sentence names a
game (a word of ``game_words``, or a score "24-17"), or when the article is a game report
(its lead holds ``lead_min`` distinct game words or scores). A sentence that names an act
off the field (``off_field_words``: an arrest, a shooting, a suspension, a contract) is
read as usual.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Token

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
    return found | set(re.findall(r"(?<![\w./:-])" + _SCORE + r"(?![\w./:-])", text))


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
    sentence = token.sent.text
    if _pattern("off_field_words").search(sentence):
        return False
    return bool(_game_words(sentence, "game_words")) or _is_game_report(view.text)
