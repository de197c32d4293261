"""The learned actor chooser: which party of its sentence acts in an event.

The rules (:mod:`~newstrace.extract.events.roles`) propose an actor; this module weighs
it against the other parties the sentence names and against "none", and replaces the
rules' actor only when its own pick is likelier by a margin of ``[actors]``
(``data/events.toml``): ``swap`` (another party), ``drop`` (none), ``fill`` (an actor
where the rules found none: asked by the events stage after its merge, of events told
without one, or at once with ``fill_new``). An actor it drops goes through the same
filters as one the rules did not find. Shipped off (every margin above 1: the ranker is
not loaded): in cross-validation swapping and dropping gained nothing, and filling at
once added false events on the quality gate's sets (``training/README.md``).

Candidates: each named party of the trigger's sentence (a word the entity table or the
coreference stage ties to an entity, a pronoun or description resolved the way
:func:`~newstrace.extract.events.roles.party` resolves it), the rules' own pick (named
or not) and "none". Each is scored by a logistic regression over sparse features, cheap
ones read off the Doc's arrays (:mod:`~newstrace.extract.parsearrays`): the dependency
path from the trigger to the candidate's head word (labels with direction, capped), its
label and part of speech, distance and side, the entity's type, the event type and the
trigger's part of speech, whether the candidate is the rules' pick or target, the
speaker of the claim holding the trigger, inside quotation marks. Where a party is
mentioned several times in the sentence, its best-scored mention stands for it.

Trained by ``scripts/train-events --actors`` (``training/actors.py``) on the corpus:
a candidate is positive when its name is the actor of a gold event of the trigger's
type in its sentence. Shipped as ``data/models/actor_ranker.npz`` (feature names and
one weight each, and the bias); run time needs only NumPy.
"""
from __future__ import annotations

import math
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import numpy as np
from spacy.tokens import Token

from newstrace.data import load_toml
from newstrace.extract.countries import country_named
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.detector import quote_parity
from newstrace.extract.events.lexicon import Rule
from newstrace.extract.events.roles import Party, Roles, party, speaker_of
from newstrace.extract.parsearrays import parse_arrays

NONE = "<none>"
_MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})
_PATH_CAP = 3  # labels each way; a longer path is "far"


class ActorRankerError(ValueError):
    """The ranker's file is missing or not a ranker."""


@dataclass(frozen=True)
class ActorRanker:
    index: dict[str, int]
    weights: np.ndarray
    bias: float
    _known: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: str | Path) -> "ActorRanker":
        path = Path(path)
        if not path.is_file():
            raise ActorRankerError(f"actor ranker {path}: no such file (train one with scripts/train-events --actors)")
        try:
            with np.load(path, allow_pickle=False) as data:
                names = [str(x) for x in data["features"]]
                weights = data["weights"].astype(np.float32)
                bias = float(data["bias"])
        except Exception as e:  # a zip that is no npz, a missing array, ...
            raise ActorRankerError(f"actor ranker {path}: not a ranker file ({type(e).__name__}: {e})") from None
        if len(names) != len(weights):
            raise ActorRankerError(f"actor ranker {path}: {len(names)} features but {len(weights)} weights")
        return cls({n: i for i, n in enumerate(names)}, weights, bias)

    def save(self, path: str | Path) -> None:
        names = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(path, features=np.array(names, dtype=str), weights=self.weights.astype(np.float16),
                            bias=np.float32(self.bias))

    def weight(self, feature: str) -> float:
        w = self._known.get(feature)
        if w is None:
            row = self.index.get(feature)
            w = self._known[feature] = float(self.weights[row]) if row is not None else 0.0
        return w

    def score(self, features: list[str]) -> float:
        """How likely the candidate with these features is the actor."""
        z = self.bias + sum(self.weight(f) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def shipped_path() -> str:
    """The ranker in the package, or the file NEWSTRACE_ACTOR_RANKER names."""
    return os.environ.get("NEWSTRACE_ACTOR_RANKER") or str(
        resources.files("newstrace").joinpath("data/models/actor_ranker.npz"))


@cache
def _shipped() -> ActorRanker:
    return ActorRanker.load(shipped_path())


@dataclass(frozen=True)
class Margins:
    """How much likelier than the rules' actor the ranker's pick must be to replace it:
    ``swap`` one named party for another, ``fill`` an actor where the rules found none,
    ``drop`` the rules' actor for none (``[actors]`` of data/events.toml; above 1: never)."""
    swap: float
    fill: float
    drop: float
    fill_new: bool = False  # fill also where the event, with no actor, would be dropped

    @classmethod
    def parse(cls, text: str) -> "Margins":
        """"0.2" (all three), "0.2,0.5,2" (swap, fill, drop), "0.2,0.5,2,new" (and fill_new)."""
        parts = text.split(",")
        new = parts[-1] == "new"
        values = [float(x) for x in parts[:len(parts) - new]]
        swap, fill, drop = values * 3 if len(values) == 1 else values
        return cls(swap, fill, drop, fill_new=new)

    def changes_anything(self) -> bool:
        return min(self.swap, self.fill, self.drop) <= 1.0

    def for_change(self, rules_actor: str | None, pick: str | None) -> float:
        return self.fill if rules_actor is None else self.drop if pick is None else self.swap


@cache
def margin() -> Margins | None:
    """``[actors]`` of ``data/events.toml`` (a margin it leaves out: never); None (the
    rules alone) when no margin is 1 or less."""
    table = load_toml("events.toml").get("actors") or {}
    found = Margins(float(table.get("swap", 2.0)), float(table.get("fill", 2.0)), float(table.get("drop", 2.0)),
                    fill_new=bool(table.get("fill_new")))
    return found if found.changes_anything() else None  # off: the ranker is not even loaded


_override: list = []  # (ranker, margin) set by ``using`` (cross-validation, tests)
_recording: list = []  # the list decisions go to, set by ``recording`` (training)


@contextmanager
def using(ranker: ActorRanker | None, at: Margins | None) -> Iterator[None]:
    """Choose with ``ranker`` at margins ``at`` (None: the rules alone) inside the block."""
    _override.append((ranker, at))
    try:
        yield
    finally:
        _override.pop()


@contextmanager
def recording(into: list) -> Iterator[list]:
    """Append each decision's candidates (:class:`Decision`) to ``into`` inside the block."""
    _recording.append(into)
    try:
        yield into
    finally:
        _recording.pop()


def _active() -> tuple[ActorRanker | None, Margins | None]:
    if _override:
        return _override[-1]
    at = margin()
    return (_shipped(), at) if at is not None else (None, None)


@dataclass
class ActorCandidate:
    name: str | None  # None: no actor
    token: Token | None
    features: list[str]
    rules_pick: bool


@dataclass
class Decision:
    """One trigger's candidates, kept for training."""
    trigger: int
    type: str
    sentence: tuple[int, int]  # characters
    candidates: list[ActorCandidate]


def choose(trigger: Token, rule: Rule, roles: Roles, view: ArticleView, event_score: float | None = None) -> Roles:
    """``roles`` with the ranker's actor where it beats the rules' by the margin. Where
    the rules found no actor this fills one only with ``fill_new``; else the events stage
    asks :func:`fill` after the merge, of the few events told without one."""
    ranker, at = _active()

    def candidates() -> list[ActorCandidate]:
        return candidates_of(trigger, rule.type, roles.actor, _name(roles.target), view, event_score)

    if _recording:
        sentence = view.sentence_of(trigger.i)
        _recording[-1].append(Decision(trigger.i, rule.type, (sentence.start_char, sentence.end_char), candidates()))
    if ranker is None or at is None or (min(at.swap, at.drop) > 1.0 if roles.actor is not None else not at.fill_new):
        return roles  # nothing it may change here (a probability beats another by 1 at most)
    pick = _pick(ranker, at, candidates(), roles.actor)
    if pick is None:
        return roles
    actor = Party(pick.name, pick.token) if pick.name is not None else None
    return Roles(actor, roles.target if roles.target is None or actor is None or roles.target.name != actor.name
                 else None, roles.patient)


def fill(trigger: Token, event_type: str, target: str | None, view: ArticleView) -> str | None:
    """The actor the ranker gives an event the rules told without one (None: it keeps none).
    Asked after the merge, which keeps no detector score: "none" is scored without it."""
    ranker, at = _active()
    if ranker is None or at is None or at.fill > 1.0:
        return None
    pick = _pick(ranker, at, candidates_of(trigger, event_type, None, target, view), None)
    return pick.name if pick is not None and pick.name != target else None


def _pick(ranker: ActorRanker, at: Margins, candidates: list[ActorCandidate],
          rules_actor: Party | None) -> ActorCandidate | None:
    """The ranker's best candidate when it beats the rules' pick by the margin, else None."""
    scores = [ranker.score(c.features) for c in candidates]
    rules_score = next(s for s, c in zip(scores, candidates) if c.rules_pick)
    best = max(range(len(candidates)), key=scores.__getitem__)
    pick = candidates[best]
    if pick.rules_pick or scores[best] - rules_score < at.for_change(_name(rules_actor), pick.name):
        return None
    return pick


def _name(found: Party | None) -> str | None:
    return found.name if found is not None else None


def fills_new() -> bool:
    """Whether the chooser may give an actor to an event the rules would drop for want of one."""
    _, at = _active()
    return at is not None and at.fill_new


def candidates_of(trigger: Token, event_type: str, rules_party: Party | None, rules_target: str | None,
                  view: ArticleView, event_score: float | None = None) -> list[ActorCandidate]:
    """The parties of the trigger's sentence, the rules' pick and "none", with features."""
    doc = trigger.doc
    parse = parse_arrays(doc)
    t = trigger.i
    mentions = _sentence_mentions(trigger, view)
    ancestors = _ancestor_lists(view)
    rules_actor = _name(rules_party)
    speaker = speaker_of(trigger, view)
    quoted = _quoted(view)[t]
    common = [f"type={event_type}", f"tpos={parse.pos[t]}", f"tdep={parse.dep[t]}"]
    by_name: dict[str, tuple[tuple[int, int], int, list[str]]] = {}  # name -> (rank, word, features)
    counts: dict[str, int] = {}
    t_up = ancestors(t)
    for i, name, label in mentions:
        if i == t:
            continue
        counts[name] = counts.get(name, 0) + 1
        path = _path(ancestors(i), t_up, parse.dep)
        gap = abs(i - t)
        rank = (_path_length(path), gap)
        if name in by_name and by_name[name][0] <= rank:
            continue  # the mention nearest the trigger in the parse stands for the name
        side = "before" if i < t else "after"
        distance = "1" if gap == 1 else "2-3" if gap <= 3 else "4-7" if gap <= 7 else "8-15" if gap <= 15 else "16+"
        kind = "pron" if parse.pos[i] == "PRON" else label
        by_name[name] = (rank, i, [
            f"path={path}", f"path={path}&type={event_type}", f"path={path}&tpos={parse.pos[t]}",
            f"dep={parse.dep[i]}", f"dep={parse.dep[i]}&side={side}", f"dist={distance}&side={side}",
            f"kind={kind}", f"kind={kind}&type={event_type}", f"pos={parse.pos[i]}&tpos={parse.pos[t]}"])
    out: list[ActorCandidate] = []
    rules_token = rules_party.token if rules_party is not None else None
    rules_up = ancestors(rules_token.i) if rules_token is not None and rules_token.i != t else None
    for name, (_, i, feats) in by_name.items():
        shared = ["cand", *common, f"mentions={min(counts[name], 3)}"]
        if name == rules_actor:
            shared += ["rules_pick", f"rules_pick&{feats[0]}", f"rules_pick&{common[0]}", f"rules_pick&{feats[6]}"]
        elif rules_up is not None:  # how it stands to the rules' pick: "Kenya's president, Ruto"
            shared.append(f"to_rules={_path(ancestors(i), rules_up, parse.dep)}")
        if name == rules_target:
            shared.append("rules_target")
        if rules_actor is None:
            shared.append("rules_none")
        if speaker is not None and name == speaker:
            shared += ["speaker", f"speaker&quoted={quoted}"]
        out.append(ActorCandidate(name, doc[i], shared + feats, name == rules_actor))
    if rules_actor is not None and rules_actor not in by_name:
        token = rules_party.token if rules_party is not None else None
        feats = ["cand", "rules_pick", "unlisted", f"rules_pick&{common[0]}", *common]
        if token is not None and token.i != t:
            named = view.table.named(rules_actor) is not None or country_named(rules_actor) is not None
            feats += [f"path={_path(ancestors(token.i), t_up, parse.dep)}", f"dep={parse.dep[token.i]}",
                      "unlisted&named" if named else "unlisted&unnamed"]
        else:
            feats.append("unlisted&notoken")
        if speaker is not None and rules_actor == speaker:
            feats += ["speaker", f"speaker&quoted={quoted}"]
        out.append(ActorCandidate(rules_actor, token, feats, True))
    none = [NONE, *(f"none&{c}" for c in common), f"none&quoted={quoted}", f"none&lemma={parse.lemma[t]}",
            f"none&cands={min(len(by_name), 4)}"]
    if rules_actor is None:
        none.append("none&rules_none")
    if event_score is not None:  # how likely the trigger detector finds an event here at all
        bucket = "<0.2" if event_score < 0.2 else "<0.4" if event_score < 0.4 else "<0.6" if event_score < 0.6 \
            else "<0.8" if event_score < 0.8 else ">=0.8"
        none += [f"none&event={bucket}", f"none&event={bucket}&{common[0]}"]
    out.append(ActorCandidate(None, None, none, rules_actor is None))
    return out


def _path(up: list[int], t_up: list[int], deps: list[str]) -> str:
    """The dependency labels from a candidate up to the lowest word it shares with the
    trigger's ancestors, then down to the trigger: "nsubj^", "pobj^agent^", "nsubj^|xcomp"."""
    on_trigger_side = {w: k for k, w in enumerate(t_up)}
    rise: list[str] = []
    for w in up:
        if w in on_trigger_side:
            fall = [deps[x] for x in reversed(t_up[:on_trigger_side[w]])]
            if len(rise) > _PATH_CAP or len(fall) > _PATH_CAP:
                return "far"
            return "^".join(rise) + ("^" if rise else "") + ("|" + ">".join(fall) if fall else "")
        rise.append(deps[w])
    return "other-sentence"


def _quoted(view: ArticleView) -> list[bool]:
    """Per word, whether it is inside quotation marks (once per article)."""
    known = view.actor_cache.get("quoted")
    if known is None:
        known = view.actor_cache["quoted"] = quote_parity(view.doc)
    return known


def _path_length(path: str) -> int:
    if path in ("far", "other-sentence"):
        return 99
    return path.count("^") + path.count(">") + ("|" in path)


def _ancestor_lists(view: ArticleView):
    """Word -> [it, its governor, ..., the root], kept per article as asked."""
    known = view.actor_cache.setdefault("ancestors", {})
    heads = parse_arrays(view.doc).head

    def ancestors(i: int) -> list[int]:
        found = known.get(i)
        if found is None:
            found, w = [i], i
            while heads[w] != w and len(found) < 40:
                w = heads[w]
                found.append(w)
            known[i] = found
        return found
    return ancestors


def _sentence_mentions(trigger: Token, view: ArticleView) -> list[tuple[int, str, str]]:
    """(word, party name, entity type) of each named party's head word in the trigger's
    sentence, found once per sentence."""
    table = view.sentence_table
    k = table.number(trigger.i)
    known = view.actor_cache.setdefault("mentions", {})
    if k in known:
        return known[k]
    parse = parse_arrays(view.doc)
    pos, deps, heads, ents = parse.pos, parse.dep, parse.head, parse.ent
    doc = view.doc
    found: list[tuple[int, str, str]] = []
    for i in range(table.starts[k], table.ends[k]):
        if pos[i] not in _MENTION_POS and ents[i] != "NORP":
            continue
        if ents[i] in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        head = heads[i]
        if deps[i] in ("compound", "flat") and head != i and ents[head] and ents[head] == ents[i]:
            continue  # a word inside a name: its head stands for it
        found_party = party(doc[i], view)
        if found_party is None:
            continue
        ent = view.table.named(found_party.name)
        if ent is not None:
            found.append((i, found_party.name, ent.type))
        elif country_named(found_party.name) is not None:  # "Sudanese troops", "the police": a country
            found.append((i, found_party.name, "GPE"))
    known[k] = found
    return found
