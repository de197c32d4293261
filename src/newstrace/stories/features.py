"""What an article brings to story clustering: its terms and its canonical entities,
and how similar that is to a story's centroid.

Pure functions over plain dicts, so the store-backed clusterer, the tests and the
benchmark all score the same way. Vectors are ``{feature: weight}`` dicts; document
frequencies come from the caller (the store keeps them).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from newstrace.stories.config import ClusterConfig

_WORD = re.compile(r"[a-z0-9]+(?:[.'’-][a-z0-9]+)*")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only: no pipeline is loaded

    return frozenset(STOP_WORDS) | {"said", "says", "say", "told", "according", "reported", "report", "reports",
                                    "news", "year", "years", "time", "people", "new", "mr", "ms", "mrs"}


def stem(word: str) -> str:
    """A light plural/possessive folding: enough to meet 'earthquakes' with
    'earthquake' without a lemmatizer (the spaCy doc is gone by the time a record is stored)."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(text: str, cfg: ClusterConfig) -> Counter:
    stop = _stop_words()
    found: Counter = Counter()
    for word in _WORD.findall(text.lower()):
        if len(word) < cfg.min_term_chars or word in stop:
            continue
        found[stem(word)] += 1
    return found


@dataclass
class Profile:
    """One article as the clusterer sees it: raw term and entity weights (no IDF yet)."""

    terms: dict[str, float]
    entities: dict[str, float]
    day: str | None

    def as_json(self) -> dict:
        return {"terms": self.terms, "entities": self.entities, "day": self.day}


def entity_key(name: str) -> str:
    return " ".join(name.lower().split())


def profile(title: str | None, text: str, entities: list[tuple[str, str, int]], day: str | None,
            cfg: ClusterConfig) -> Profile:
    """``entities``: (canonical name, type, mention count) of the record's entities."""
    counts: dict[str, float] = dict(terms(text, cfg))
    if title and not text.startswith(title):
        for word, n in terms(title, cfg).items():
            counts[word] = counts.get(word, 0.0) + n * cfg.title_weight
    elif title:  # the title is the text's first line: give it its extra weight only
        for word, n in terms(title, cfg).items():
            counts[word] = counts.get(word, 0.0) + n * (cfg.title_weight - 1)
    # Sub-linear term frequency: a word said ten times is not ten times the evidence.
    term_weights = {w: 1.0 + math.log(n) for w, n in counts.items() if n > 0}
    ents: dict[str, float] = {}
    for name, type_, n in entities:
        if type_ in ENTITY_TYPES and n > 0:
            key = entity_key(name)
            ents[key] = ents.get(key, 0.0) + 1.0 + math.log(n)
    return Profile(term_weights, ents, day)


def idf(df: int, n_docs: int) -> float:
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def weighted(vector: dict[str, float], dfs: dict[str, int], n_docs: int, prefix: str = "") -> dict[str, float]:
    """TF-IDF, L2-normalised. ``prefix`` selects the document-frequency namespace."""
    out = {k: v * idf(dfs.get(prefix + k, 0), n_docs) for k, v in vector.items()}
    norm = math.sqrt(sum(v * v for v in out.values())) or 1.0
    return {k: v / norm for k, v in out.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two L2-normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def add_into(centroid: dict[str, float], vector: dict[str, float], keep: int) -> dict[str, float]:
    """The centroid's running sum with one more member, cut to its ``keep`` heaviest features."""
    total = dict(centroid)
    for k, v in vector.items():
        total[k] = total.get(k, 0.0) + v
    if len(total) > keep:
        total = dict(sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
    return total


def time_factor(day: str | None, first: str | None, last: str | None, cfg: ClusterConfig) -> float:
    """1 inside the story's span (plus grace), halving every half-life beyond; 0 past
    the window. Undated on either side: 1 (no evidence either way)."""
    if not day or not first or not last:
        return 1.0
    try:
        d, lo, hi = (date.fromisoformat(x[:10]) for x in (day, first, last))
    except ValueError:
        return 1.0
    gap = max((lo - d).days, (d - hi).days, 0)
    if gap > cfg.window_days:
        return 0.0
    beyond = max(0, gap - cfg.grace_days)
    return 0.5 ** (beyond / cfg.half_life_days)


def similarity(article_terms: dict[str, float], article_entities: dict[str, float],
               story_terms: dict[str, float], story_entities: dict[str, float], cfg: ClusterConfig) -> float:
    """Blend of word and entity cosines (all four vectors already weighted and normalised).
    With no entities on one side, the words decide alone."""
    text = cosine(article_terms, story_terms)
    if not article_entities or not story_entities:
        return text
    return (1 - cfg.entity_weight) * text + cfg.entity_weight * cosine(article_entities, story_entities)


def two_groups(vectors: list[dict[str, float]]) -> tuple[list[int], list[int]]:
    """Average-link agglomerative clustering of (normalised) vectors down to two groups,
    as index lists in input order; ties go to the earliest pair, so the result depends
    on the vectors and their order only. Quadratic memory, cubic time: callers bound
    the number of vectors."""
    n = len(vectors)
    sims = [[cosine(vectors[i], vectors[j]) if i != j else 0.0 for j in range(n)] for i in range(n)]
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    while len(groups) > 2:
        alive = sorted(groups)
        best, pair = -1.0, (alive[0], alive[1])
        for x, a in enumerate(alive):
            row = sims[a]
            for b in alive[x + 1:]:
                if row[b] > best:
                    best, pair = row[b], (a, b)
        a, b = pair
        na, nb = len(groups[a]), len(groups[b])
        for c in groups:  # Lance-Williams update for average link
            if c not in pair:
                sims[a][c] = sims[c][a] = (na * sims[a][c] + nb * sims[b][c]) / (na + nb)
        groups[a] = sorted(groups[a] + groups.pop(b))
    first, second = (groups[k] for k in sorted(groups))
    return first, second


def split(vectors: list[dict[str, float]], threshold: float, min_size: int,
          measure: str = "linkage") -> tuple[list[int], list[int]] | None:
    """The two events inside one story, if it holds two: the story's members (vectors in
    joining order) fall into two groups of at least ``min_size`` that are far apart.
    ``measure`` "linkage": the mean similarity of pairs across the groups is below
    ``threshold`` times the mean similarity of pairs within them (the same in a story of
    six articles as in one of thirty); "centroid": the groups' centroids' cosine is below
    ``threshold`` (centroids of larger groups grow closer, so it splits less as a story
    grows). Returns (the group holding the first member, the other), or None to keep the
    story whole."""
    if len(vectors) < 2 * min_size:
        return None
    first, second = two_groups(vectors)
    if min(len(first), len(second)) < min_size:
        return None
    if measure == "centroid":
        apart = cosine(_centroid([vectors[i] for i in first]), _centroid([vectors[i] for i in second]))
    else:
        across = [cosine(vectors[i], vectors[j]) for i in first for j in second]
        within = [cosine(vectors[i], vectors[j]) for group in (first, second)
                  for x, i in enumerate(group) for j in group[x + 1:]]
        apart = (sum(across) / len(across)) / max(sum(within) / len(within), 1e-9)
    if apart >= threshold:
        return None
    return (first, second) if 0 in first else (second, first)


def _centroid(vectors: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for v in vectors:
        for k, x in v.items():
            total[k] = total.get(k, 0.0) + x
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    return {k: x / norm for k, x in total.items()}
