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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from newstrace.stories.config import ClusterConfig

_WORD = re.compile(r"[a-z0-9]+(?:[.'’-][a-z0-9]+)*")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only: no pipeline is loaded

    return frozenset(STOP_WORDS) | {"said", "says", "say", "told", "according", "reported", "report", "reports",
                                    "news", "year", "years", "time", "people", "new", "mr", "ms", "mrs"}


@lru_cache(maxsize=1 << 16)  # words repeat: each is folded once
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
    # The people its lead names (``lead_persons``): read by the second pass only.
    lead_persons: frozenset[str] = frozenset()

    def as_json(self) -> dict:
        return {"terms": self.terms, "entities": self.entities, "day": self.day}


def entity_key(name: str | None) -> str:
    """The one form stories compare and store a name in: lower case, straight apostrophes,
    single spaces (``--entity "Cote d'Ivoire"`` finds "Cote d’Ivoire")."""
    return " ".join((name or "").lower().replace("’", "'").split())


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
    # The same arithmetic as ``idf`` (so the same floats), each distinct df once: this
    # runs over every centroid and split member at every join.
    idfs: dict[int, float] = {}
    base, log = n_docs + 1, math.log
    out = {}
    for k, v in vector.items():
        df = dfs.get(prefix + k, 0)
        w = idfs.get(df)
        if w is None:
            w = idfs[df] = log(base / (df + 1)) + 1.0
        out[k] = v * w
    norm = math.sqrt(sum([v * v for v in out.values()])) or 1.0
    return {k: v / norm for k, v in out.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two L2-normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    # Only the shared features, in a's order: the same sum as over all of a's (the others
    # add 0.0), a fraction of the multiplications.
    return sum([v * b[k] for k, v in a.items() if k in b], 0.0)


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


def similarities(vectors: list[dict[str, float]], days: list[str | None] | None = None,
                 date_half_life: float = 0.0, persons: list[frozenset[str]] | None = None,
                 person_conflict: float = 1.0) -> list[list[float]]:
    """Pairwise cosines (the diagonal 0), computed once for the bisection and the test.
    With ``days`` and ``date_half_life`` > 0, the similarity of two articles whose dates
    of the happening are both known halves every ``date_half_life`` days between them:
    two reports of one event are written about the same days, two events of one topic
    often are not. Undated on either side: the words alone. With ``persons`` (the people
    each article's lead names, ``lead_persons``), two articles whose leads both name
    people but not one in common are multiplied by ``person_conflict``: a report says
    whose act it is in its first sentences, so leads naming different people report
    different events (one player arrested, then another of the same team); a lead that
    names nobody is no evidence either way."""
    n = len(vectors)
    sims = [[0.0] * n for _ in range(n)]
    parsed = [_day(d) for d in days] if days and date_half_life > 0 else None
    for i in range(n):
        for j in range(i + 1, n):
            sim = cosine(vectors[i], vectors[j])
            if persons and persons[i] and persons[j] and not (persons[i] & persons[j]):
                sim *= person_conflict
            di, dj = (parsed[i], parsed[j]) if parsed else (None, None)
            if di and dj:
                sim *= 0.5 ** (abs((di - dj).days) / date_half_life)
            sims[i][j] = sims[j][i] = sim
    return sims


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def two_groups(vectors: list[dict[str, float]], sims: list[list[float]] | None = None) -> tuple[list[int], list[int]]:
    """Average-link agglomerative clustering of (normalised) vectors down to two groups,
    as index lists in input order; ties go to the earliest pair, so the result depends
    on the vectors and their order only. Quadratic memory, cubic time: callers bound
    the number of vectors. ``sims``: their pairwise similarities, if already computed."""
    n = len(vectors)
    base = sims if sims is not None else similarities(vectors)
    sims = [list(row) for row in base]  # updated in place below
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


def bisect(vectors: list[dict[str, float]], min_size: int, peel: int = 0,
           sims: list[list[float]] | None = None) -> tuple[list[int], list[int]]:
    """Two groups of the vectors (index lists in input order, the first holding the
    lowest index). Average link alone often ends with one outlier against all the rest
    (an article unlike the others merges last), which hides two events behind it: with
    ``peel`` > 0, a group under ``min_size`` found that way is set aside and the rest
    bisected again (at most ``peel`` times), then each set-aside article joins the group
    it is on average most similar to."""
    sims = sims if sims is not None else similarities(vectors)
    idx = list(range(len(vectors)))
    aside: list[int] = []

    def groups_of(members: list[int]) -> tuple[list[int], list[int]]:
        a, b = two_groups([vectors[i] for i in members], [[sims[i][j] for j in members] for i in members])
        return [members[i] for i in a], [members[i] for i in b]

    for _ in range(peel):
        if len(idx) < 2 * min_size:
            break
        a, b = groups_of(idx)
        small, large = (a, b) if len(a) < len(b) else (b, a)
        if len(small) >= min_size:
            break
        aside += small
        idx = sorted(large)
    first, second = groups_of(idx)
    for o in sorted(aside):
        to_first = sum(sims[o][i] for i in first) / len(first)
        to_second = sum(sims[o][i] for i in second) / len(second)
        (first if to_first >= to_second else second).append(o)
    first, second = sorted(first), sorted(second)
    return (first, second) if first[0] < second[0] else (second, first)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z0-9])")


def lead_end(title: str | None, text: str, sentences: int = 2) -> int:
    """Offset in ``text`` where its lead (title and first ``sentences`` sentences) ends."""
    start = len(title) if title and text.startswith(title) else 0
    ends = [m.start() for m in _SENTENCE_END.finditer(text, start + 1)]
    return ends[sentences - 1] if len(ends) >= sentences else len(text)


def lead_persons(title: str | None, text: str, entities: Iterable[tuple[str, str, int]],
                 sentences: int = 2) -> frozenset[str]:
    """The words of the people (PERSON entities) the lead names: ``entities`` are
    (canonical name, type, offset of the first mention in ``text``). Words, not whole
    names, so "Jackson" meets "Vincent Jackson"."""
    end = lead_end(title, text, sentences)
    return frozenset(word for name, type_, start in entities if type_ == "PERSON" and start is not None
                     and start < end for word in _WORD.findall(name.lower()) if len(word) > 1)


_MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTH_RE = "|".join(_MONTH_NAMES + [m[:3] for m in _MONTH_NAMES] + ["sept"])
_SLASH_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b")
_WRITTEN_DATES = [(re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.I), (3, 1, 2)),
          (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I), (3, 2, 1)),
          (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), (1, 2, 3)),
          (_SLASH_DATE, (3, 2, 1))]
_NAME = re.compile(r"(?<![.!?\n\"“]\s)(?<!^)\b([A-Z][a-z]+(?:[-'][A-Za-z]+)?|\d[\d,.]*)\b")


def written_day(text: str) -> str | None:
    """The latest full date the text writes ("May 3, 2013", "3 May 2013", "2013-05-03",
    "03 / 05 / 2013", numbers read day first): for an undated article, a stand-in for
    when it was written and so near when its event happened."""
    found = []
    for pattern, (y, m, d) in _WRITTEN_DATES:
        for hit in pattern.finditer(text):
            month = hit.group(m)
            if pattern is _SLASH_DATE and int(hit.group(d)) <= 12 and int(month) != int(hit.group(d)):
                continue  # "05 / 02 / 2013": 5 February or May 2 depends on the outlet's country
            month_n = int(month) if month.isdigit() else next(i for i, x in enumerate(_MONTH_NAMES, 1)
                                                              if x.startswith(month.lower()[:3]))
            found.append((int(hit.group(y)), month_n, int(hit.group(d))))
    ok = [f for f in found if 1 <= f[1] <= 12 and 1 <= f[2] <= 31]
    return "%04d-%02d-%02d" % max(ok) if ok else None


def split(vectors: list[dict[str, float]], threshold: float, min_size: int,
          measure: str = "linkage", peel: int = 0, days: list[str | None] | None = None,
          date_half_life: float = 0.0, persons: list[frozenset[str]] | None = None,
          person_conflict: float = 1.0, sims: list[list[float]] | None = None) -> tuple[list[int], list[int]] | None:
    """The two events inside one story, if it holds two: the story's members (vectors in
    joining order) fall into two groups of at least ``min_size`` that are far apart.
    ``measure`` "linkage": the mean similarity of pairs across the groups is below
    ``threshold`` times the mean similarity of pairs within them (the same in a story of
    six articles as in one of thirty); "centroid": the groups' centroids' cosine is below
    ``threshold`` (centroids of larger groups grow closer, so it splits less as a story
    grows). ``peel``: outliers set aside before the bisection (``bisect``); ``days``,
    ``date_half_life``: dates of the happening weighed into the pair similarities
    (``similarities``); ``persons``, ``person_conflict``: the people the members' leads
    name (``similarities``); ``sims``: the pair similarities, if the caller computed
    them otherwise. Returns (the group holding the first member, the other), or None to
    keep the story whole."""
    if len(vectors) < 2 * min_size:
        return None
    if sims is None:
        sims = similarities(vectors, days, date_half_life, persons, person_conflict)
    first, second = bisect(vectors, min_size, peel, sims)
    if min(len(first), len(second)) < min_size:
        return None
    if measure == "centroid":
        apart = cosine(_centroid([vectors[i] for i in first]), _centroid([vectors[i] for i in second]))
    else:
        across = [sims[i][j] for i in first for j in second]
        within = [sims[i][j] for group in (first, second) for x, i in enumerate(group) for j in group[x + 1:]]
        apart = (sum(across) / len(across)) / max(sum(within) / len(within), 1e-9)
    if apart >= threshold:
        return None
    return (first, second) if 0 in first else (second, first)


def fragment_similarity(vectors: list[dict[str, float]], days: list[str | None], story_terms: dict[str, float],
                        first: str | None, last: str | None, date_half_life: float) -> float:
    """How much a small story (its members' weighted vectors and days of the happening)
    is like a larger story (its weighted centroid and span): the members' mean cosine to
    the centroid, each halved every ``date_half_life`` days its day lies outside the
    span (undated on either side, or ``date_half_life`` 0: the words alone)."""
    lo, hi = _day(first), _day(last)
    total = 0.0
    for vector, day in zip(vectors, days):
        sim = cosine(vector, story_terms)
        d = _day(day)
        if d and lo and hi and date_half_life > 0:
            sim *= 0.5 ** (max((lo - d).days, (d - hi).days, 0) / date_half_life)
        total += sim
    return total / len(vectors) if vectors else 0.0


def _centroid(vectors: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for v in vectors:
        for k, x in v.items():
            total[k] = total.get(k, 0.0) + x
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    return {k: x / norm for k, x in total.items()}

