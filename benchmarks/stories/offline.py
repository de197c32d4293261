"""Story clustering of ECB+ replayed in memory, for trying decision signals quickly:
the same online algorithm as ``stories.cluster`` (features.py scoring, centroids, IDF
from the articles seen so far, a near-duplicate joins its first copy's story), every
story a candidate (no blocking: 772 articles), scored with B-cubed on all topics and on
the odd / even topic halves. Not the shipped path: the figures of record come from
``newstrace stories`` (README.md); this one agrees with it on the shipped settings.

    .venv/bin/python benchmarks/stories/offline.py [--db out/ecb.sqlite] [--threshold 0.2]
        [--embedding-weight W] [--text-dates DAYS] [--name-boost B] [--split-threshold T ...]

--embedding-weight W: similarity = (1 - W) * words + W * cosine of MiniLM embeddings
  (article vs the mean of its members'; needs the extra `embeddings`), with the CPU
  cost per article of embedding.
--text-dates DAYS: an undated article's reference day is the latest full date its text
  writes ("May 3, 2013", "14 / 09 / 2013"); a story is no candidate when the reference
  days of article and story are more than DAYS apart.
--name-boost B: words written capitalised inside a sentence (names) and numbers weigh B
  times as much.
--split-measure linkage|centroid, --split-threshold T (0: off), --split-min N, --split-max N,
--split-date-half-life D, --split-person-conflict F (1: off), --split-lead-sentences N:
  the second pass (``features.split``, as the store runs it) with other settings than
  data/stories.toml's.
--join-person-conflict F: the join decision too multiplies the similarity by F when the
  article's lead and the story's leads both name people, none in common.
--lead-boost B / --split-lead-boost B: words of the lead (title and first
  --lead-sentences sentences) weigh B times as much, in every vector / in the split's;
  --split-lead-only: the split compares the leads' words only.
--split-lead-names W: the split's pair similarities times (1 - W + W * cosine of the
  names the two leads mention, weighted by the story's own rarity of each name).
--reattach-threshold T (0: off), --reattach-max N, --reattach-min N, --reattach-after N:
  fragments re-attached (``Clusterer.reattach_fragments``) with other settings.
--join-cohesion R [--join-cohesion-min N]: a story of at least N members is a candidate
  only when the newcomer's similarity reaches R times the members' mean cosine to it.
--split-figure-conflict F / --join-figure-conflict F: the split's pairs whose leads state
  a figure of one kind (data/stories.toml [figures]) that cannot agree are multiplied by
  F / the join's similarity too when the newcomer's lead figure conflicts with every
  member's of that kind.
Event identity (stories9 round; signatures from the record's events, ``_event_signatures``):
--event-sig-kinds names[,place,figure], --event-sig-scope all|lead: an article's signatures
  are ``type|word`` of its events' actor and target words that are words of its named
  entities (names), ``type|@word`` of their locations (place), ``type|#number`` of their
  quantities, years left out (figure); of all its events or the lead's only.
--split-event AGREE,CONFLICT: the split's pairs times AGREE when their signatures meet,
  CONFLICT when both have some and none meet; --join-event AGREE,CONFLICT: the join's
  similarity likewise against the union of the story's members' signatures;
  --split-event-veto N: no split when a signature held by N+ members of one group is held
  by N+ of the other.
--split-lead-entity / --join-lead-entity AGREE,CONFLICT, --lead-entity-sentences N,
  --lead-entity-types PERSON,ORG: the same with the lead's first-named entity (whom the
  report is about; the join weighs the share of members whose first-named entity agrees).
--relook-after L [--reassign-margin M --reassign-events --relook-keep-seed]: a second look at
  each article L articles after it came: it moves to the story (of at least
  reattach_min_articles) it is now most like when that beats the rest of its own story
  by M and reaches the join threshold (--reassign-events: only into a story sharing a
  signature; --relook-keep-seed: a story's first article stays).
--reassign-every N [--reassign-margin M --reassign-events]: the same for every member of
  every story, every N articles and at the end.
Weekday of the happening and the lead's rarest words (stories16 round): an article's
weekdays are the first weekday name of its lead (title and ``split_lead_sentences``
sentences; --weekday-sentences N, --weekday-all: every one; --weekday-skip-dated: not one
written with its date, a dateline).
--split-weekday AGREE,CONFLICT: the split's pairs times AGREE when their weekdays meet,
  CONFLICT when both state one and none meets (--weekday-undated-only: only between
  members without a date); --join-weekday F [--join-weekday-min N]: the join's similarity
  times F when the article's weekday meets none of N+ members'; --reattach-weekday
  AGREE,CONFLICT: a fragment's similarity to a story likewise (weekdays of all members).
--split-lead-top K,W: the split's pairs times (1 - W + W * cosine of the two leads' K
  words of highest IDF, IDF-weighted; leads of --lead-sentences sentences).
Numbers and the block re-check (stories41 round):
--split-numbers W [--split-numbers-both | --split-numbers-boost] [--numbers-counts-only]: the
  split's pairs (1 - W) x words + W x the cosine of the numbers the two texts write (years
  left out; IDF over the articles seen; --split-numbers-both: only where both write some;
  --split-numbers-boost: pairs times (1 + W x that cosine) instead; --numbers-counts-only:
  dates and clock times are not numbers).
--split-quantities AGREE,CONFLICT [--quantities-scope text|lead]: the split's pairs times AGREE
  when both state a number counting one thing (the word after it, or a magnitude) with a
  value in common, CONFLICT when they count the same things with no value in common.
--recluster B [--recluster-every N --recluster-min M --recluster-peel P --recluster-ratio R
  --recluster-repartition --recluster-small]: every N articles and at the end, two stories
  (each of M+ members, together at most split_max_articles) whose centroids' cosine reaches B,
  most similar first, are pooled and the split's own test decides again (bisection with P
  outliers peeled, linkage ratio under R, default split_threshold): no two groups apart,
  they become one story; apart and --recluster-repartition, the pool is cut where the
  bisection cuts it.
--dump PATH: the stories of the all-topics replay as JSON (``[{"id", "articles"}]``);
  --dump-halves: each half's replay too (PATH.odd_topics, PATH.even_topics).
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import os
import re
import time
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from newstrace.store import Store
from newstrace.store.schema import articles
from newstrace.stories import features as F
from newstrace.stories.cluster import _profiles
from newstrace.stories.config import load_config

_ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the checkout (main) or beside the worktrees' folder (wt/<branch>), as tests/conftest.py.
_SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (_ROOT.parent / "shared", _ROOT.parent.parent / "shared") if p.is_dir()), _ROOT.parent / "shared"))
GOLD = _SHARED / "data" / "stories" / "ecbplus"


def _weigh_shared(sims: list[list[float]], keys: list[set], agree: float, conflict: float) -> None:
    """Scale each pair's similarity by ``agree`` where both members' keys overlap, by
    ``conflict`` where both have keys and none is shared."""
    for i in range(len(sims)):
        for j in range(len(sims)):
            if i != j and keys[i] and keys[j]:
                sims[i][j] *= agree if keys[i] & keys[j] else conflict


def bcubed(gold: dict[str, str], pred: dict[str, int]) -> tuple[float, float, float]:
    gm, pm = collections.defaultdict(set), collections.defaultdict(set)
    for a in gold:
        gm[gold[a]].add(a)
        pm[pred[a]].add(a)
    p = sum(len(gm[gold[a]] & pm[pred[a]]) / len(pm[pred[a]]) for a in gold) / len(gold)
    r = sum(len(gm[gold[a]] & pm[pred[a]]) / len(gm[gold[a]]) for a in gold) / len(gold)
    return p, r, 2 * p * r / (p + r)


def _unit(v: dict[str, float]) -> dict[str, float]:
    n = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / n for k, x in v.items()}


def take_in(art: dict, k: int, stories: list[dict], where: dict[int, int], df: collections.Counter,
            n: int, cfg) -> tuple[int, dict[str, float], dict[str, float]]:
    """The start of article ``k``'s turn in the online replay (``cluster`` here and
    ``training/stories.py``'s ``replay``): fragments due are re-attached, its terms and
    entities counted into the document frequencies; returns the new article count and
    its weighted term and entity vectors."""
    if cfg.reattach_threshold > 0:
        _reattach_fragments(stories, where, k, df, n, cfg)
    p = art["profile"]
    df.update({f"t:{t}" for t in p.terms} | {f"e:{e}" for e in p.entities} | {f"n:{x}" for x in art.get("nums", ())})
    n += 1
    return n, F.weighted(p.terms, df, n, "t:"), F.weighted(p.entities, df, n, "e:")


def cluster(arts: list[dict], cfg, a) -> dict[str, int]:
    df: collections.Counter = collections.Counter()
    n = 0
    stories: list[dict] = []
    where: dict[int, int] = {}
    for k, art in enumerate(arts):
        n, at, ae = take_in(art, k, stories, where, df, n, cfg)
        p = art["profile"]
        best, best_sim = None, 0.0
        if art["dup"] is not None and art["dup"] in where:
            best, best_sim = where[art["dup"]], 1.0
        else:
            for i, s in enumerate(stories):
                if not s["arts"]:  # a fragment re-attached elsewhere
                    continue
                decay = F.time_factor(p.day, s["first"], s["last"], cfg)
                if decay <= 0:
                    continue
                if a.text_dates is not None and art["ref"] and s["refs"]:
                    d, lo, hi = (date.fromisoformat(x) for x in (art["ref"], min(s["refs"]), max(s["refs"])))
                    if max((lo - d).days, (d - hi).days, 0) > a.text_dates:
                        continue
                sim = F.similarity(at, ae, s["terms"], s["ents"], cfg) * decay
                persons = p.lead_persons
                if a.join_person_conflict < 1 and persons and s["persons"] and not persons & s["persons"]:
                    sim *= a.join_person_conflict
                if a.embedding_weight:
                    c = s["vec"]
                    norm = math.sqrt(sum(x * x for x in c)) or 1.0
                    sim = (1 - a.embedding_weight) * sim + a.embedding_weight * sum(
                        x * y for x, y in zip(c, art["vec"])) / norm
                if a.join_figure_conflict < 1 and art["lead_figures"]:
                    stated = [m["lead_figures"] for m in s["arts"] if set(m["lead_figures"]) & set(art["lead_figures"])]
                    if stated and all(_figures_conflict(art["lead_figures"], f) for f in stated):
                        sim *= a.join_figure_conflict
                if a.join_lead_entity and art["first_ent"]:
                    known = [m["first_ent"] for m in s["arts"] if m["first_ent"]]
                    if known:
                        share = sum(1 for f in known if f & art["first_ent"]) / len(known)
                        agree, conflict = a.join_lead_entity
                        sim *= conflict + (agree - conflict) * share
                if a.join_weekday < 1 and art["weekdays"]:
                    known = [m["weekdays"] for m in s["arts"] if m["weekdays"]]
                    if len(known) >= a.join_weekday_min and not any(w & art["weekdays"] for w in known):
                        sim *= a.join_weekday
                if a.join_event != (1.0, 1.0) and art["ev_sigs"] and s["sigs"]:
                    sim *= a.join_event[0] if art["ev_sigs"] & s["sigs"] else a.join_event[1]
                if a.join_cohesion and len(s["arts"]) >= a.join_cohesion_min:
                    # The newcomer must be about as like the story as its members are.
                    members = [F.weighted(m["profile"].terms, df, n, "t:") for m in s["arts"]]
                    cohesion = sum(F.cosine(v, s["terms"]) for v in members) / len(members)
                    if sim < a.join_cohesion * cohesion:
                        continue
                if sim > best_sim:
                    best, best_sim = i, sim
            if best_sim < cfg.threshold:
                best = None
        if best is None:
            stories.append(_new_story())
            best = len(stories) - 1
        _fold(stories[best], art, df, n, cfg)
        stories[best]["last_k"] = k
        where[art["pk"]] = best
        s = stories[best]
        if 2 * cfg.split_min_articles <= len(s["arts"]) <= cfg.split_max_articles and cfg.split_threshold > 0:
            vectors = [F.weighted(m.get("split_terms") or m["profile"].terms, df, n, "t:") for m in s["arts"]]
            days = [m["split_day"] for m in s["arts"]]
            persons = [m["profile"].lead_persons for m in s["arts"]]
            sims = None
            if a.split_lead_names:
                sims = F.similarities(vectors, days, cfg.split_date_half_life_days, persons, cfg.split_person_conflict)
                names = _within_story([m["lead_names"] for m in s["arts"]])
                for i in range(len(sims)):
                    for j in range(len(sims)):
                        sims[i][j] *= 1 - a.split_lead_names + a.split_lead_names * F.cosine(names[i], names[j])
            if a.split_lead_entity:
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                _weigh_shared(sims, [m["first_ent"] for m in s["arts"]], *a.split_lead_entity)
            if a.split_lead_top:
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                k_top, w_top = a.split_lead_top
                tops = []
                for m in s["arts"]:
                    w = {t: F.idf(df.get(f"t:{t}", 0), n) for t in m["lead_terms"]}
                    tops.append({t: w[t] for t in sorted(w, key=lambda t: (-w[t], t))[:int(k_top)]})
                for i in range(len(sims)):
                    for j in range(len(sims)):
                        if i != j:
                            sims[i][j] *= 1 - w_top + w_top * F.cosine(tops[i], tops[j])
            if a.split_numbers:
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                nv = [F.weighted({x: 1.0 for x in m["nums"]}, df, n, "n:") for m in s["arts"]]
                for i in range(len(sims)):
                    for j in range(len(sims)):
                        if i != j and a.split_numbers_boost:
                            sims[i][j] *= 1 + a.split_numbers * F.cosine(nv[i], nv[j])
                        elif i != j and (nv[i] and nv[j] or not a.split_numbers_both):
                            sims[i][j] = (1 - a.split_numbers) * sims[i][j] + a.split_numbers * F.cosine(nv[i], nv[j])
            if a.split_quantities != (1.0, 1.0):
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                qs = [m["quantities"] for m in s["arts"]]
                agree, conflict = a.split_quantities
                for i in range(len(sims)):
                    for j in range(len(sims)):
                        if i == j:
                            continue
                        units = set(qs[i]) & set(qs[j])
                        if any(qs[i][u] & qs[j][u] for u in units):
                            sims[i][j] *= agree
                        elif units:
                            sims[i][j] *= conflict
            if a.split_weekday != (1.0, 1.0):
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                _weigh_shared(sims, [m["weekdays"] if not (a.weekday_undated_only and m["split_day"]) else frozenset()
                                     for m in s["arts"]], *a.split_weekday)
            if a.split_event != (1.0, 1.0):
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                _weigh_shared(sims, [m["ev_sigs"] for m in s["arts"]], *a.split_event)
            if a.split_figure_conflict != 1:
                sims = sims or F.similarities(vectors, days, cfg.split_date_half_life_days, persons,
                                              cfg.split_person_conflict)
                figs = [m["lead_figures"] for m in s["arts"]]
                for i in range(len(sims)):
                    for j in range(len(sims)):
                        if i != j and _figures_conflict(figs[i], figs[j]):
                            sims[i][j] *= a.split_figure_conflict
            halves = F.split(vectors, cfg.split_threshold, cfg.split_min_articles, cfg.split_measure, cfg.split_peel,
                             days=days, date_half_life=cfg.split_date_half_life_days, persons=persons,
                             person_conflict=cfg.split_person_conflict, sims=sims)
            if halves and a.split_event_veto:
                held = [collections.Counter(x for i in half for x in s["arts"][i]["ev_sigs"]) for half in halves]
                if any(held[1][x] >= a.split_event_veto for x, k in held[0].items() if k >= a.split_event_veto):
                    halves = None
            if halves:
                members = s["arts"]
                stories[best] = _new_story()
                stories.append(_new_story())
                for i in halves[0]:
                    _fold(stories[best], members[i], df, n, cfg)
                stories[best]["last_k"] = stories[-1]["last_k"] = k
                for i in halves[1]:
                    _fold(stories[-1], members[i], df, n, cfg)
                    where[members[i]["pk"]] = len(stories) - 1
        if a.relook_after and k >= a.relook_after:
            _relook(arts[k - a.relook_after], stories, where, df, n, cfg, a)
        if a.reassign_every and ((k + 1) % a.reassign_every == 0 or k + 1 == len(arts)):
            _reassign_pass(stories, where, df, n, cfg, a)
        if a.recluster and ((k + 1) % a.recluster_every == 0 or k + 1 == len(arts)):
            _recluster_pass(stories, where, df, n, cfg, a)
        if a.merge_threshold and ((k + 1) % a.merge_every == 0 or k + 1 == len(arts)):
            _merge_pass(stories, where, df, n, cfg, a)
    return {m: i for i, s in enumerate(stories) for m in s["members"]}


def _recluster_pass(stories: list[dict], where: dict, df, n: int, cfg, a) -> None:
    """Block re-check (stories41 round, ``--recluster B``): two stories whose centroids'
    cosine reaches B (most similar pair first) are pooled, members in arrival order,
    and the second pass's own test (``features.split``: bisection by average link over
    the split's pair similarities, linkage ratio under ``split_threshold``) decides
    again: no two groups apart, they become one story; two groups apart and
    ``--recluster-repartition``, the pool is cut where the bisection cuts it. Pools of
    at most ``split_max_articles`` (the split's own bound). A pair is looked at once."""
    seen: set = set()
    while True:
        live = [i for i, s in enumerate(stories) if s["arts"]]
        best, pair = 0.0, None
        for x, i in enumerate(live):
            si = stories[i]
            for j in live[x + 1:]:
                sj = stories[j]
                key = (tuple(m["pk"] for m in si["arts"]), tuple(m["pk"] for m in sj["arts"]))
                if key in seen or len(si["arts"]) + len(sj["arts"]) > cfg.split_max_articles:
                    continue
                if min(len(si["arts"]), len(sj["arts"])) < a.recluster_min:
                    continue
                if F.time_factor(si["first"], sj["first"], sj["last"], cfg) <= 0:
                    continue
                sim = F.cosine(si["terms"], sj["terms"])
                if sim >= a.recluster and sim > best:
                    best, pair = sim, (i, j)
        if pair is None:
            return
        i, j = pair
        seen.add((tuple(m["pk"] for m in stories[i]["arts"]), tuple(m["pk"] for m in stories[j]["arts"])))
        pool = sorted(stories[i]["arts"] + stories[j]["arts"], key=lambda m: m["k"])
        vectors = [F.weighted(m["profile"].terms, df, n, "t:") for m in pool]
        halves = F.split(vectors, a.recluster_ratio or cfg.split_threshold, cfg.split_min_articles, cfg.split_measure,
                         a.recluster_peel, days=[m["split_day"] for m in pool], date_half_life=cfg.split_date_half_life_days,
                         persons=[m["profile"].lead_persons for m in pool], person_conflict=cfg.split_person_conflict)
        if halves is None and len(pool) >= 2 * cfg.split_min_articles or halves is None and a.recluster_small:
            groups = [pool, []]
        elif halves is not None and a.recluster_repartition:
            groups = [[pool[x] for x in halves[0]], [pool[x] for x in halves[1]]]
        else:
            continue
        last_k = max(stories[i]["last_k"], stories[j]["last_k"])
        for idx, members in zip((i, j), groups):
            stories[idx] = _new_story()
            stories[idx]["last_k"] = last_k
            for m in members:
                _fold(stories[idx], m, df, n, cfg)
                where[m["pk"]] = idx
        if groups[1]:
            seen.add((tuple(m["pk"] for m in stories[i]["arts"]), tuple(m["pk"] for m in stories[j]["arts"])))


def _merge_pass(stories: list[dict], where: dict, df, n: int, cfg, a) -> None:
    """Agglomerative re-check at the end of a batch: two stories whose centroids (words
    and entities, as the join compares them) agree at ``--merge-threshold`` or more, and
    (``--merge-entities E``) whose entity sets' IDF-weighted overlap reaches E, become one
    (the older keeps its id); the most similar pair first, until none is left."""
    while True:
        live = [i for i, s in enumerate(stories) if s["arts"] and len(s["arts"]) >= a.merge_min]
        best, pair = 0.0, None
        for x, i in enumerate(live):
            si = stories[i]
            for j in live[x + 1:]:
                sj = stories[j]
                if F.time_factor(si["first"], sj["first"], sj["last"], cfg) <= 0:
                    continue
                sim = F.similarity(si["terms"], si["ents"], sj["terms"], sj["ents"], cfg)
                if sim < a.merge_threshold or sim <= best:
                    continue
                if a.merge_entities:
                    ei, ej = set(si["raw_e"]), set(sj["raw_e"])
                    w = {e: F.idf(df.get(f"e:{e}", 0), n) for e in ei | ej}
                    union = sum(w.values()) or 1.0
                    if sum(w[e] for e in ei & ej) / union < a.merge_entities:
                        continue
                best, pair = sim, (i, j)
        if pair is None:
            return
        i, j = pair
        for m in stories[j]["arts"]:
            _fold(stories[i], m, df, n, cfg)
            where[m["pk"]] = i
        stories[j] = _new_story()


def _better_story(m: dict, i: int, s: dict, stories: list[dict], candidates, df, n: int, cfg, a):
    """The rest of ``m``'s story ``s`` (folded without it) and the candidate story ``m`` would
    move to: the one (of at least ``reattach_min_articles``) it is most like, when that
    reaches the join threshold and beats the rest of its own story by ``--reassign-margin``;
    else None."""
    v = F.weighted(m["profile"].terms, df, n, "t:")
    rest = _new_story()
    for o in s["arts"]:
        if o is not m:
            _fold(rest, o, df, n, cfg)
    own = F.cosine(v, rest["terms"]) * F.time_factor(m["profile"].day, rest["first"], rest["last"], cfg)
    best, best_sim = None, 0.0
    for j in candidates:
        t = stories[j]
        if j == i or len(t["arts"]) < cfg.reattach_min_articles:
            continue
        sim = F.cosine(v, t["terms"]) * F.time_factor(m["profile"].day, t["first"], t["last"], cfg)
        if a.reassign_events and not (m["ev_sigs"] & t["sigs"]):
            continue
        if sim > best_sim:
            best, best_sim = j, sim
    if best is None or best_sim < cfg.threshold or best_sim <= own + a.reassign_margin:
        return rest, None
    return rest, best


def _relook(m: dict, stories: list[dict], where: dict, df, n: int, cfg, a) -> None:
    """A second look at one article some articles after it came: it moves to the story (of
    at least ``reattach_min_articles``) it is now most like when that is more like it than
    the rest of its own story is (by ``--reassign-margin``) and reaches the join threshold."""
    i = where.get(m["pk"])
    if i is None or len(stories[i]["arts"]) < 2 or (a.relook_keep_seed and stories[i]["arts"][0] is m):
        return
    s = stories[i]
    rest, best = _better_story(m, i, s, stories, range(len(stories)), df, n, cfg, a)
    if best is None:
        return
    last_k = s["last_k"]
    stories[i] = rest
    rest["last_k"] = last_k
    _fold(stories[best], m, df, n, cfg)
    where[m["pk"]] = best


def _reassign_pass(stories: list[dict], where: dict, df, n: int, cfg, a) -> None:
    """Each member of a story of 2+ articles moves to the story (of at least
    ``reattach_min_articles``) it is most like when that one is more like it than the rest of its
    own story by ``--reassign-margin`` and reaches the join threshold; stories refolded
    from their members (joining order) after the pass."""
    moves = []
    live = [i for i, s in enumerate(stories) if s["arts"]]
    for i in live:
        s = stories[i]
        if len(s["arts"]) < 2:
            continue
        for x, m in enumerate(s["arts"]):
            _, best = _better_story(m, i, s, stories, live, df, n, cfg, a)
            if best is not None:
                moves.append((i, x, best))
    if not moves:
        return
    members = {i: list(stories[i]["arts"]) for i in live}
    moved = {(i, x) for i, x, _ in moves}
    for i, x, j in moves:
        members[j].append(stories[i]["arts"][x])
    for i in live:
        last_k = stories[i]["last_k"]
        keep = [m for x, m in enumerate(members[i]) if (i, x) not in moved or x >= len(stories[i]["arts"])]
        stories[i] = _new_story()
        for m in keep:
            _fold(stories[i], m, df, n, cfg)
            where[m["pk"]] = i
        stories[i]["last_k"] = last_k


def _two_means(vectors: list[dict[str, float]], min_size: int, peel: int = 0,
               sims: list[list[float]] | None = None) -> tuple[list[int], list[int]]:
    """Spherical 2-means in place of ``features.bisect`` (``--split-two-means``): seeds the
    member least like the rest and the member least like it, then members go to the
    nearer centroid until nothing moves (at most 20 rounds); deterministic."""
    sims = sims if sims is not None else F.similarities(vectors)
    n = len(vectors)
    a = min(range(n), key=lambda i: (sum(sims[i]), i))
    b = min((j for j in range(n) if j != a), key=lambda j: (sims[a][j], j))
    centres, groups = (vectors[a], vectors[b]), None
    for _ in range(20):
        new = [0 if F.cosine(v, centres[0]) >= F.cosine(v, centres[1]) else 1 for v in vectors]
        if new == groups or len(set(new)) < 2:
            groups = groups or new
            break
        groups = new
        centres = tuple(F._centroid([v for v, g in zip(vectors, groups) if g == k]) for k in (0, 1))
    first = [i for i in range(n) if groups[i] == groups[0]]
    second = [i for i in range(n) if groups[i] != groups[0]]
    return first, second


_REATTACH_WEEKDAY = (1.0, 1.0)


def _reattach_fragments(stories: list[dict], where: dict, k: int, df, n: int, cfg) -> None:
    """``Clusterer.reattach_fragments`` before the k-th article: stories of at most
    ``reattach_max_articles`` whose last article was the (k - ``reattach_after_articles``)-th
    move into the story they are most like when it holds at least ``reattach_min_articles``
    (every story a candidate: no blocking here)."""
    for i, u in enumerate(stories):
        if not u["arts"] or len(u["arts"]) > cfg.reattach_max_articles or u["last_k"] != k - cfg.reattach_after_articles:
            continue
        vectors = [F.weighted(m["profile"].terms, df, n, "t:") for m in u["arts"]]
        days = [m["split_day"] for m in u["arts"]]
        best, best_sim = None, 0.0
        for j, v in enumerate(stories):
            if j == i or not v["arts"]:
                continue
            sim = F.fragment_similarity(vectors, days, v["terms"], v["first"], v["last"], cfg.split_date_half_life_days)
            if _REATTACH_WEEKDAY != (1.0, 1.0):
                mine = frozenset().union(*(m["weekdays"] for m in u["arts"]))
                theirs = frozenset().union(*(m["weekdays"] for m in v["arts"]))
                if mine and theirs:
                    sim *= _REATTACH_WEEKDAY[0] if mine & theirs else _REATTACH_WEEKDAY[1]
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None and best_sim >= cfg.reattach_threshold and len(stories[best]["arts"]) >= cfg.reattach_min_articles:
            for m in u["arts"]:
                _fold(stories[best], m, df, n, cfg)
                where[m["pk"]] = best
            stories[best]["last_k"] = k
            stories[i] = _new_story()


def _figures_conflict(a: dict, b: dict) -> bool:
    """Two leads state a figure of one kind (killed, injured, arrested...) whose ranges
    cannot agree."""
    return any(k in b and (a[k][1] < b[k][0] or b[k][1] < a[k][0]) for k in a)


def _within_story(vectors: list[dict[str, float]]) -> list[dict[str, float]]:
    """Each feature times log((n + 1) / members holding it), renormalised: the story's
    common names (its topic) weigh nothing, names a subset shares weigh most."""
    held: collections.Counter = collections.Counter()
    for v in vectors:
        held.update(v.keys())
    return [_unit({k: x * math.log((len(vectors) + 1) / held[k]) for k, x in v.items()}) for v in vectors]


def _lead(title: str | None, text: str, sentences: int) -> str:
    return text[:F.lead_end(title, text, sentences)]


def _lead_names(conn, pk: int, row, sentences: int, cfg) -> dict[str, float]:
    """Words of the entities (people, organisations, places) the lead mentions."""
    end = F.lead_end(row.title, row.text, sentences)
    q = sa.text("SELECT DISTINCT e.name FROM entities e JOIN mentions m ON m.article_pk = e.article_pk "
                "AND m.eid = e.eid WHERE e.article_pk = :pk AND m.start < :end")
    return {w: 1.0 for (name,) in conn.execute(q, {"pk": pk, "end": end}) for w in F.terms(name, cfg)}


def _event_signatures(conn, pk: int, scope: str, row, kinds: tuple[str, ...] = ("names",)) -> frozenset[str]:
    """``type|word`` for each event's actor and target words that are words of the
    article's named entities (people, organisations, places): who did what to whom,
    by name. ``scope`` "lead": events of the lead (title and two sentences) only."""
    names = {w for (n,) in conn.execute(sa.text(
        "SELECT name FROM entities WHERE article_pk = :pk AND type IN ('PERSON','ORG','GPE','LOC','FAC','NORP')"),
        {"pk": pk}) for w in re.findall(r"[a-z0-9]+", n.lower()) if len(w) > 2}
    end = F.lead_end(row.title, row.text, 2) if scope == "lead" else 1 << 30
    out = set()
    for type_, actor, target, location, quantity in conn.execute(sa.text(
            "SELECT type, actor, target, location, quantity FROM events WHERE article_pk = :pk AND sentence_start < :end"),
            {"pk": pk, "end": end}):
        if "names" in kinds:
            for arg in (actor, target):
                out |= {f"{type_}|{w}" for w in re.findall(r"[a-z0-9]+", (arg or "").lower()) if w in names}
        if "place" in kinds:
            out |= {f"{type_}|@{w}" for w in re.findall(r"[a-z0-9]+", (location or "").lower()) if len(w) > 2}
        if "figure" in kinds:
            out |= {f"{type_}|#{x}" for x in re.findall(r"\d+(?:\.\d+)?", quantity or "") if not 1900 <= float(x) <= 2100}
    return frozenset(out)


def _first_entity(conn, pk: int, row, sentences: int, types: list[str]) -> frozenset[str]:
    """Words of the first-named entity (of ``types``) of the lead: whom the report is about."""
    end = F.lead_end(row.title, row.text, sentences)
    q = sa.text("SELECT e.name, e.type, min(m.start) AS s FROM entities e JOIN mentions m ON m.article_pk = e.article_pk "
                "AND m.eid = e.eid WHERE e.article_pk = :pk GROUP BY e.eid HAVING min(m.start) < :end ORDER BY s, e.eid")
    for name, type_, _ in conn.execute(q, {"pk": pk, "end": end}):
        if type_ in types:
            return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower()) if len(w) > 1)
    return frozenset()


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# Dates and clock times: a report's own time stamp, not a fact of the happening (--numbers-counts-only).
_NOT_A_COUNT = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s*\d{{4}})?|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?"
                          r"|\b\d{1,4}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4}\b|\b\d{1,2}\s*:\s*\d\d(?:\s*[ap]\.?\s*m\b\.?)?", re.I)
# A number and what it counts: the word after it ("125 seats", "10 killed", "$200 million"),
# or a magnitude ("magnitude 5.6", "magnitude of 6.1").
_QUANTITY = re.compile(r"\$?(\d[\d,.]*\d|\d)\s*-?\s*([A-Za-z]{3,})|\bmagnitude\s+(?:of\s+)?(?:at\s+least\s+)?(\d\.\s?\d)", re.I)
_NUMBER = re.compile(r"\$?\d[\d,.]*")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)


_DATED = re.compile(r"[,.]?\s*(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


_SAID = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|stated|added|described)\b(?:\s+\w+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def _new_story() -> dict:
    return {"last_k": -1, "persons": set(), "raw_t": {}, "raw_e": {}, "first": None, "last": None, "members": [], "refs": [], "vec": None, "arts": [], "sigs": set()}


def _fold(s: dict, art: dict, df, n: int, cfg) -> None:
    p = art["profile"]
    s["raw_t"] = F.add_into(s["raw_t"], _unit(p.terms), cfg.centroid_terms)
    s["raw_e"] = F.add_into(s["raw_e"], _unit(p.entities), cfg.centroid_terms)
    s["terms"], s["ents"] = F.weighted(s["raw_t"], df, n, "t:"), F.weighted(s["raw_e"], df, n, "e:")
    days = [d for d in (s["first"], s["last"], p.day) if d]
    s["first"], s["last"] = (min(days), max(days)) if days else (None, None)
    s["members"].append(art["id"])
    s["persons"] |= p.lead_persons
    s["sigs"] |= art["ev_sigs"]
    s["arts"].append(art)
    if art["ref"]:
        s["refs"].append(art["ref"])
    if art.get("vec") is not None:
        s["vec"] = art["vec"] if s["vec"] is None else [x + y for x, y in zip(s["vec"], art["vec"])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="out/ecb.sqlite")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--embedding-weight", type=float, default=0.0)
    ap.add_argument("--text-dates", type=int)
    ap.add_argument("--name-boost", type=float)
    ap.add_argument("--split-threshold", type=float, help="0: no second-pass split")
    ap.add_argument("--split-measure", choices=["linkage", "centroid"])
    ap.add_argument("--split-min", type=int)
    ap.add_argument("--split-max", type=int)
    ap.add_argument("--split-peel", type=int)
    ap.add_argument("--split-name-boost", type=float)
    ap.add_argument("--split-date-half-life", type=float)
    ap.add_argument("--split-person-conflict", type=float)
    ap.add_argument("--split-lead-sentences", type=int)
    ap.add_argument("--join-person-conflict", type=float, default=1.0)
    ap.add_argument("--lead-boost", type=float)
    ap.add_argument("--split-lead-boost", type=float)
    ap.add_argument("--split-lead-only", action="store_true")
    ap.add_argument("--lead-sentences", type=int, default=2)
    ap.add_argument("--split-lead-names", type=float, default=0.0)
    ap.add_argument("--reattach-threshold", type=float, help="0: no fragments re-attached")
    ap.add_argument("--reattach-max", type=int)
    ap.add_argument("--reattach-min", type=int)
    ap.add_argument("--reattach-after", type=int)
    ap.add_argument("--join-cohesion", type=float, default=0.0)
    ap.add_argument("--join-cohesion-min", type=int, default=4)
    ap.add_argument("--split-figure-conflict", type=float, default=1.0)
    ap.add_argument("--join-figure-conflict", type=float, default=1.0)
    ap.add_argument("--split-two-means", action="store_true", help="the split bisects by spherical 2-means")
    ap.add_argument("--bm25", type=float, default=0.0, help="BM25 term frequency with this k1")
    ap.add_argument("--bm25-b", type=float, default=0.75)
    ap.add_argument("--merge-threshold", type=float, default=0.0)
    ap.add_argument("--merge-every", type=int, default=100)
    ap.add_argument("--merge-min", type=int, default=1)
    ap.add_argument("--merge-entities", type=float, default=0.0)
    ap.add_argument("--split-lead-entity", type=lambda x: tuple(float(v) for v in x.split(",")),
                    help="AGREE,CONFLICT: the split's pairs times AGREE when their leads' first-named entities share a word, else CONFLICT")
    ap.add_argument("--join-lead-entity", type=lambda x: tuple(float(v) for v in x.split(",")),
                    help="AGREE,CONFLICT: the join's similarity times CONFLICT + (AGREE - CONFLICT) * share of members whose first-named entity agrees")
    ap.add_argument("--lead-entity-sentences", type=int, default=1)
    ap.add_argument("--lead-entity-types", default="PERSON,ORG")
    pair = lambda x: tuple(float(v) for v in x.split(","))
    ap.add_argument("--split-event", type=pair, default=(1.0, 1.0),
                    help="AGREE,CONFLICT: split pairs whose named event signatures (type|name) meet / both exist and do not")
    ap.add_argument("--join-event", type=pair, default=(1.0, 1.0),
                    help="AGREE,CONFLICT: the join's similarity when the article's signatures meet the story's / do not")
    ap.add_argument("--event-sig-kinds", default="names", help="names,place,figure")
    ap.add_argument("--event-sig-scope", default="all", choices=["all", "lead"])
    ap.add_argument("--split-event-veto", type=int, default=0,
                    help="no split when the two groups' events share a named signature held by N+ members of each")
    ap.add_argument("--reassign-every", type=int, default=0)
    ap.add_argument("--relook-after", type=int, default=0)
    ap.add_argument("--relook-keep-seed", action="store_true", help="a story's first article is not looked at again")
    ap.add_argument("--reassign-margin", type=float, default=0.0)
    ap.add_argument("--reassign-events", action="store_true", help="only into a story sharing a named event signature")
    ap.add_argument("--split-weekday", type=pair, default=(1.0, 1.0),
                    help="AGREE,CONFLICT: split pairs whose leads name the same weekday / both name one and none is shared")
    ap.add_argument("--join-weekday", type=float, default=1.0,
                    help="the join's similarity times this when the article's lead weekday meets none of the members'")
    ap.add_argument("--join-weekday-min", type=int, default=1, help="members stating a weekday needed for --join-weekday")
    ap.add_argument("--split-lead-top", type=pair, help="K,W: the split's pairs times (1 - W + W * cosine of the leads' K rarest words)")
    ap.add_argument("--reattach-weekday", type=pair, default=(1.0, 1.0),
                    help="AGREE,CONFLICT: a fragment's similarity to a story when their leads' weekdays meet / do not")
    ap.add_argument("--weekday-undated-only", action="store_true", help="weekdays weigh only between members without a date")
    ap.add_argument("--weekday-sentences", type=int, default=0, help="lead sentences read for weekdays (0: split_lead_sentences)")
    ap.add_argument("--weekday-skip-dated", action="store_true", help="a weekday written with its date (a dateline) is not the happening's")
    ap.add_argument("--weekday-skip-said", action="store_true", help="a weekday right after a verb of saying is the report's day")
    ap.add_argument("--weekday-all", action="store_true", help="every weekday of the lead, not the first")
    ap.add_argument("--split-numbers", type=float, default=0.0,
                    help="W: the split's pairs (1 - W) * words + W * cosine of the numbers the texts write (years left out)")
    ap.add_argument("--split-numbers-boost", action="store_true",
                    help="--split-numbers W as a bonus: the split's pairs times (1 + W * cosine of their numbers)")
    ap.add_argument("--numbers-counts-only", action="store_true", help="dates and clock times are not numbers for --split-numbers")
    ap.add_argument("--split-quantities", type=pair, default=(1.0, 1.0),
                    help="AGREE,CONFLICT: split pairs stating one quantity (number + the word it counts) alike / only differently")
    ap.add_argument("--quantities-scope", default="text", choices=["text", "lead"])
    ap.add_argument("--split-numbers-both", action="store_true", help="--split-numbers only where both members write numbers")
    ap.add_argument("--recluster", type=float, default=0.0,
                    help="B: block re-check of story pairs whose centroids reach B, by the split's own test")
    ap.add_argument("--recluster-every", type=int, default=100)
    ap.add_argument("--recluster-peel", type=int, default=0, help="outliers peeled before the pool's bisection")
    ap.add_argument("--recluster-ratio", type=float, default=0.0,
                    help="pools merge only when their bisection's linkage ratio reaches this (0: split_threshold)")
    ap.add_argument("--recluster-min", type=int, default=1)
    ap.add_argument("--recluster-repartition", action="store_true")
    ap.add_argument("--recluster-small", action="store_true", help="pools too small for the split's test merge too")
    ap.add_argument("--dump")
    ap.add_argument("--dump-halves", action="store_true", help="--dump each half's replay too (PATH.odd_topics, PATH.even_topics)")
    a = ap.parse_args()
    full_cfg = load_config()
    cfg = full_cfg.cluster
    if a.threshold is not None:
        cfg = cfg.with_(threshold=a.threshold)
    for option, field in (("split_threshold", "split_threshold"), ("split_min", "split_min_articles"),
                          ("split_measure", "split_measure"),
                          ("split_max", "split_max_articles"), ("split_peel", "split_peel"),
                          ("split_date_half_life", "split_date_half_life_days"),
                          ("split_person_conflict", "split_person_conflict"),
                          ("split_lead_sentences", "split_lead_sentences"),
                          ("reattach_threshold", "reattach_threshold"), ("reattach_max", "reattach_max_articles"),
                          ("reattach_min", "reattach_min_articles"), ("reattach_after", "reattach_after_articles")):
        if getattr(a, option) is not None:
            cfg = cfg.with_(**{field: getattr(a, option)})
    global _REATTACH_WEEKDAY
    _REATTACH_WEEKDAY = a.reattach_weekday
    if a.split_two_means:
        F.bisect = _two_means
    with Store(a.db) as store, store.connect() as conn:
        pks = list(conn.execute(sa.select(articles.c.pk).order_by(articles.c.pk)).scalars())
        ids = dict(conn.execute(sa.select(articles.c.pk, articles.c.id)).all())
        arts = []
        for pk, (row, prof, _) in sorted(_profiles(conn, pks, cfg).items()):
            if a.name_boost:
                names = {F.stem(m.group(1).lower()) for m in F._NAME.finditer(f"{row.title or ''}\n{row.text}")}
                prof.terms = {t: w * (a.name_boost if t in names else 1.0) for t, w in prof.terms.items()}
            split_terms = None
            if a.lead_boost or a.split_lead_boost or a.split_lead_only:
                lead = F.terms(_lead(row.title, row.text, a.lead_sentences), cfg)
                if a.lead_boost:
                    prof.terms = {t: w * (a.lead_boost if t in lead else 1.0) for t, w in prof.terms.items()}
                if a.split_lead_only:
                    split_terms = {t: 1.0 + math.log(c) for t, c in lead.items()}
                elif a.split_lead_boost:
                    split_terms = {t: w * (a.split_lead_boost if t in lead else 1.0) for t, w in prof.terms.items()}
            if a.split_name_boost:
                names = {F.stem(m.group(1).lower()) for m in F._NAME.finditer(f"{row.title or ''}\n{row.text}")}
                split_terms = {t: w * (a.split_name_boost if t in names else 1.0) for t, w in prof.terms.items()}
            lead_names = _lead_names(conn, pk, row, a.lead_sentences, cfg) if a.split_lead_names else {}
            lead = _lead(row.title, row.text, cfg.split_lead_sentences)
            from newstrace.record import Record
            from newstrace.stories import link as L
            figs = L.figures(Record(id=str(pk), text=lead, title=row.title), [(0, len(lead))], full_cfg)
            lead_figures = {k: (f.low, f.high) for k, f in figs.items() if not 1900 <= f.low <= 2100}
            ev_sigs = _event_signatures(conn, pk, a.event_sig_scope, row, tuple(a.event_sig_kinds.split(",")))
            first_ent = _first_entity(conn, pk, row, a.lead_entity_sentences, a.lead_entity_types.split(","))
            wlead = _lead(row.title, row.text, a.weekday_sentences or cfg.split_lead_sentences)
            if row.title and not row.text.startswith(row.title):
                wlead = row.title + "\n" + wlead
            found = [h.group(1).lower() for h in _WEEKDAY.finditer(wlead)
                     if not (a.weekday_skip_dated and _DATED.match(wlead, h.end()))
                     and not (a.weekday_skip_said and _SAID.search(wlead[max(0, h.start() - 30):h.start()]))]
            weekdays = frozenset(found if a.weekday_all else found[:1])
            tlead = _lead(row.title, row.text, a.lead_sentences)
            if row.title and not row.text.startswith(row.title):
                tlead = row.title + "\n" + tlead
            ntext = _NOT_A_COUNT.sub(" ", row.text) if a.numbers_counts_only else row.text
            nums = frozenset(x for x in (h.group(0).lower().replace(",", "").rstrip(".") for h in _NUMBER.finditer(ntext))
                             if not re.fullmatch(r"(?:19|20)\d\d", x))
            quantities: dict[str, set] = collections.defaultdict(set)
            qtext = _NOT_A_COUNT.sub(" ", row.text if a.quantities_scope == "text" else _lead(row.title, row.text, 3))
            for h in _QUANTITY.finditer(qtext):
                value, unit = (h.group(1) or h.group(3)).replace(",", "").rstrip("."), h.group(2) or "magnitude"
                unit = F.stem(unit.lower())
                if unit in F._stop_words() or re.fullmatch(r"(?:19|20)\d\d", value) and unit not in ("million", "billion"):
                    continue
                quantities[unit].add(value)
            arts.append({"k": len(arts), "quantities": dict(quantities), "nums": nums, "lead_terms": set(F.terms(tlead, cfg)), "weekdays": weekdays, "ev_sigs": ev_sigs, "first_ent": first_ent, "lead_figures": lead_figures, "lead_names": lead_names, "split_terms": split_terms, "split_day": row.day or F.written_day(row.text), "pk": pk, "id": ids[pk], "dup": row.duplicate_of, "profile": prof, "text": row.text,
                         "title": row.title,
                         "ref": (row.day or F.written_day(row.text)) if a.text_dates is not None else None})
    if a.bm25:
        # BM25's term frequency instead of 1 + log(tf): saturating at k1, lengths normalised
        # by b against the mean length (of the whole replay: a running mean in a store)
        k1, b = a.bm25, a.bm25_b
        counts = [{t: math.exp(w - 1.0) for t, w in x["profile"].terms.items()} for x in arts]
        lengths = [sum(c.values()) for c in counts]
        mean = sum(lengths) / max(len(lengths), 1)
        for x, c, length in zip(arts, counts, lengths):
            norm = k1 * (1 - b + b * length / mean)
            x["profile"].terms = {t: (k1 + 1) * v / (v + norm) for t, v in c.items()}
    out: dict[str, object] = {"threshold": cfg.threshold, "embedding_weight": a.embedding_weight,
                              "text_dates": a.text_dates, "name_boost": a.name_boost,
                              "split": [cfg.split_measure, cfg.split_threshold, cfg.split_min_articles,
                                        cfg.split_max_articles, cfg.split_peel, cfg.split_date_half_life_days,
                                        cfg.split_person_conflict, cfg.split_lead_sentences],
                              "reattach": [cfg.reattach_threshold, cfg.reattach_max_articles, cfg.reattach_min_articles,
                                           cfg.reattach_after_articles]}
    if a.embedding_weight:
        from newstrace.stories.embed import embedder

        started = time.process_time()
        vectors = embedder().embed([x["text"] if not x["title"] or x["text"].startswith(x["title"])
                                    else f"{x['title']}\n{x['text']}" for x in arts])
        out["embedding_cpu_ms_per_article"] = round(1000 * (time.process_time() - started) / len(arts), 1)
        for x, v in zip(arts, vectors):
            x["vec"] = v
    gold_stories = json.loads((Path(a.gold) / "stories.json").read_text(encoding="utf-8"))
    gold = {art: s for s, members in gold_stories.items() for art in members}
    for name, parity in (("all", None), ("odd_topics", 1), ("even_topics", 0)):
        part = [x for x in arts if parity is None or int(gold[x["id"]].split("-")[1].rstrip("plus")) % 2 == parity]
        pred = cluster(part, cfg, a)
        if a.dump and (parity is None or a.dump_halves):
            stories: dict[int, list[str]] = collections.defaultdict(list)
            for article_id, story in pred.items():
                stories[story].append(article_id)
            Path(a.dump + ("" if parity is None else f".{name}")).write_text(json.dumps([{"id": str(k), "articles": v} for k, v in stories.items()]))
        p, r, f = bcubed({x["id"]: gold[x["id"]] for x in part}, pred)
        out[name] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
