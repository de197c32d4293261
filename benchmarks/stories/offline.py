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
--split-measure linkage|centroid, --split-threshold T (0: off), --split-min N, --split-max N:
  the second pass (``features.split``, as the store runs it) with other settings than
  data/stories.toml's.
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


def cluster(arts: list[dict], cfg, a) -> dict[str, int]:
    df: collections.Counter = collections.Counter()
    n = 0
    stories: list[dict] = []
    where: dict[int, int] = {}
    for art in arts:
        p = art["profile"]
        df.update({f"t:{t}" for t in p.terms} | {f"e:{e}" for e in p.entities})
        n += 1
        at, ae = F.weighted(p.terms, df, n, "t:"), F.weighted(p.entities, df, n, "e:")
        best, best_sim = None, 0.0
        if art["dup"] is not None and art["dup"] in where:
            best, best_sim = where[art["dup"]], 1.0
        else:
            for i, s in enumerate(stories):
                decay = F.time_factor(p.day, s["first"], s["last"], cfg)
                if decay <= 0:
                    continue
                if a.text_dates is not None and art["ref"] and s["refs"]:
                    d, lo, hi = (date.fromisoformat(x) for x in (art["ref"], min(s["refs"]), max(s["refs"])))
                    if max((lo - d).days, (d - hi).days, 0) > a.text_dates:
                        continue
                sim = F.similarity(at, ae, s["terms"], s["ents"], cfg) * decay
                if a.embedding_weight:
                    c = s["vec"]
                    norm = math.sqrt(sum(x * x for x in c)) or 1.0
                    sim = (1 - a.embedding_weight) * sim + a.embedding_weight * sum(
                        x * y for x, y in zip(c, art["vec"])) / norm
                if sim > best_sim:
                    best, best_sim = i, sim
            if best_sim < cfg.threshold:
                best = None
        if best is None:
            stories.append(_new_story())
            best = len(stories) - 1
        _fold(stories[best], art, df, n, cfg)
        where[art["pk"]] = best
        s = stories[best]
        if 2 * cfg.split_min_articles <= len(s["arts"]) <= cfg.split_max_articles and cfg.split_threshold > 0:
            halves = F.split([F.weighted(m.get("split_terms") or m["profile"].terms, df, n, "t:") for m in s["arts"]],
                             cfg.split_threshold, cfg.split_min_articles,
                             cfg.split_measure, cfg.split_peel,
                             days=[m["split_day"] for m in s["arts"]], date_half_life=cfg.split_date_half_life_days)
            if halves:
                members = s["arts"]
                stories[best] = _new_story()
                stories.append(_new_story())
                for i in halves[0]:
                    _fold(stories[best], members[i], df, n, cfg)
                for i in halves[1]:
                    _fold(stories[-1], members[i], df, n, cfg)
                    where[members[i]["pk"]] = len(stories) - 1
    return {m: i for i, s in enumerate(stories) for m in s["members"]}


def _new_story() -> dict:
    return {"raw_t": {}, "raw_e": {}, "first": None, "last": None, "members": [], "refs": [], "vec": None, "arts": []}


def _fold(s: dict, art: dict, df, n: int, cfg) -> None:
    p = art["profile"]
    s["raw_t"] = F.add_into(s["raw_t"], _unit(p.terms), cfg.centroid_terms)
    s["raw_e"] = F.add_into(s["raw_e"], _unit(p.entities), cfg.centroid_terms)
    s["terms"], s["ents"] = F.weighted(s["raw_t"], df, n, "t:"), F.weighted(s["raw_e"], df, n, "e:")
    days = [d for d in (s["first"], s["last"], p.day) if d]
    s["first"], s["last"] = (min(days), max(days)) if days else (None, None)
    s["members"].append(art["id"])
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
    a = ap.parse_args()
    cfg = load_config().cluster
    if a.threshold is not None:
        cfg = cfg.with_(threshold=a.threshold)
    for option, field in (("split_threshold", "split_threshold"), ("split_min", "split_min_articles"),
                          ("split_measure", "split_measure"),
                          ("split_max", "split_max_articles"), ("split_peel", "split_peel"),
                          ("split_date_half_life", "split_date_half_life_days")):
        if getattr(a, option) is not None:
            cfg = cfg.with_(**{field: getattr(a, option)})
    with Store(a.db) as store, store.connect() as conn:
        pks = list(conn.execute(sa.select(articles.c.pk).order_by(articles.c.pk)).scalars())
        ids = dict(conn.execute(sa.select(articles.c.pk, articles.c.id)).all())
        arts = []
        for pk, (row, prof, _) in sorted(_profiles(conn, pks, cfg).items()):
            if a.name_boost:
                names = {F.stem(m.group(1).lower()) for m in _NAME.finditer(f"{row.title or ''}\n{row.text}")}
                prof.terms = {t: w * (a.name_boost if t in names else 1.0) for t, w in prof.terms.items()}
            split_terms = None
            if a.split_name_boost:
                names = {F.stem(m.group(1).lower()) for m in _NAME.finditer(f"{row.title or ''}\n{row.text}")}
                split_terms = {t: w * (a.split_name_boost if t in names else 1.0) for t, w in prof.terms.items()}
            arts.append({"split_terms": split_terms, "split_day": row.day or F.written_day(row.text), "pk": pk, "id": ids[pk], "dup": row.duplicate_of, "profile": prof, "text": row.text,
                         "title": row.title,
                         "ref": (row.day or F.written_day(row.text)) if a.text_dates is not None else None})
    out: dict[str, object] = {"threshold": cfg.threshold, "embedding_weight": a.embedding_weight,
                              "text_dates": a.text_dates, "name_boost": a.name_boost,
                              "split": [cfg.split_measure, cfg.split_threshold, cfg.split_min_articles,
                                        cfg.split_max_articles, cfg.split_peel, cfg.split_date_half_life_days]}
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
        p, r, f = bcubed({x["id"]: gold[x["id"]] for x in part}, pred)
        out[name] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
