"""A learned join decision for story clustering, judged across ECB+ topic halves
(pairs8 round, benchmarks/stories/README.md).

"Does this article belong to this candidate story?" as a logistic regression over a few
features of the pair that the clustering stages already compute (below, ``pair_features``).
Pairs come from replaying the online clustering of one half of the ECB+ topics
(benchmarks/stories/offline.py's replay: the same centroids, IDF, split and re-attaching):
every candidate story of each article (the ``--top`` most similar by words, as blocking
would hand them over), labelled 1 when the article's gold story is the gold story of most
of the candidate's members. A model trained on one half then replaces the hand-set join
(``similarity >= threshold``) in a replay of the *other* half: the article joins the
candidate it finds likeliest when that likelihood reaches ``--decision`` (0.5), else opens
a story. Both halves, never a model scored on the topics it was trained on.
Measured, not shipped: neither model beat the hand-set join on both halves at a decision
chosen beforehand (0.5).

    .venv/bin/python training/stories.py --db S.sqlite [--cache arts.pkl] [--mode top1|all]
        [--model logistic|boosting] [--features cos,title,...] [--decisions 0.3,0.4,0.5,0.6,0.7]
        [--C 1.0] [--trees 60 --depth 2] [--rounds 1] [--top 10] [--choose model|hand-gate|hand-pick]
        [--split-threshold T] [--reattach-threshold T]

--mode all: every candidate's pair is an example and the article joins the likeliest one
  (when its probability reaches the decision); top1: only the most similar candidate (the
  one the hand-set join looks at) is scored, and the model decides join or open.
--model boosting: scikit-learn's gradient boosting (``--trees``, ``--depth``) in place of
  the logistic regression, for the comparison (shipping it would need its trees run in NumPy).
--rounds 2: the second round's pairs are those the first round's model meets in its own
  replay of the training half (added to the first's), so the model is trained on the
  candidates it will see, not only those the hand-set join leaves it.
--choose hand-gate: join when the hand-set join would, into the candidate the model finds
  likeliest; hand-pick: the most similar candidate, joined when the model finds it likely.
--split-threshold / --reattach-threshold: the second pass and fragments re-attached with
  other settings (0: off) in both the hand-set and the learned replays.
--pick-decision: the decision (of ``--decisions``) that scores best on the training half's
  own replay, and what it gives on the test half.
--cache: the articles as loaded from the store (pickle), reused by later runs.
Prints, per half, the hand-set replay's F1 and the learned replays' [F1, P, R] at each
decision, with the number of training pairs and the weights (standardised coefficients;
for boosting, feature importances).
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import pickle
import sys
import time
from pathlib import Path

import numpy as np
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "stories"))
import offline as O  # noqa: E402  (the replay this round's decision plugs into)

from newstrace.store import Store  # noqa: E402
from newstrace.store.schema import articles, entities, events  # noqa: E402
from newstrace.stories import features as F  # noqa: E402
from newstrace.stories.cluster import _profiles  # noqa: E402
from newstrace.stories.config import load_config  # noqa: E402

TYPE_GROUPS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
ALL_FEATURES = ["cos", "decay", "undated", "title", "person", "org", "place", "lead_shared", "lead_conflict",
                "events", "figure_agree", "figure_conflict", "size", "margin"]
# How a run frames the decision (set by ``main`` from its options, read by the replay's
# callbacks): which candidates are examples (``--mode``), which model (``--model``,
# ``--trees``, ``--depth``) and who picks the candidate (``--choose``).
MODE = "all"
MODEL = "logistic"
TREES, DEPTH = 60, 2
CHOOSE = "model"


def load(db: str, cfg) -> list[dict]:
    """The articles of the store in store order, with what the pair features need."""
    full = load_config()
    from newstrace.record import Record
    from newstrace.stories import link as L
    with Store(db) as store, store.connect() as conn:
        pks = list(conn.execute(sa.select(articles.c.pk).order_by(articles.c.pk)).scalars())
        ids = dict(conn.execute(sa.select(articles.c.pk, articles.c.id)).all())
        typed: dict[int, dict[str, set]] = collections.defaultdict(lambda: collections.defaultdict(set))
        for pk, name, type_ in conn.execute(sa.select(entities.c.article_pk, entities.c.name, entities.c.type)):
            if type_ in TYPE_GROUPS:
                typed[pk][TYPE_GROUPS[type_]].add(F.entity_key(name))
        evs: dict[int, set] = collections.defaultdict(set)
        for pk, type_, actor in conn.execute(sa.select(events.c.article_pk, events.c.type, events.c.actor)):
            evs[pk].add(type_)
            if actor:
                evs[pk].add(f"{type_}|{F.entity_key(actor)}")
        arts = []
        for pk, (row, prof, _) in sorted(_profiles(conn, pks, cfg).items()):
            lead = row.text[:F.lead_end(row.title, row.text, cfg.split_lead_sentences)]
            figs = L.figures(Record(id=str(pk), text=lead, title=row.title), [(0, len(lead))], full)
            title = {t: 1.0 + math.log(n) for t, n in F.terms(row.title or "", cfg).items()}
            arts.append({"pk": pk, "id": ids[pk], "dup": row.duplicate_of, "profile": prof, "text": row.text,
                         "title": row.title, "ref": None, "split_terms": None, "lead_names": {},
                         "split_day": row.day or F.written_day(row.text),
                         "lead_figures": {k: (f.low, f.high) for k, f in figs.items() if not 1900 <= f.low <= 2100},
                         "title_terms": title, "typed": {g: frozenset(v) for g, v in typed[pk].items()},
                         "events": frozenset(evs[pk])})
    return arts


def _overlap(mine: frozenset, theirs: collections.Counter, df, n: int, prefix: str = "e:") -> float:
    """IDF-weighted share of the article's names (of one type) that the story's members name."""
    if not mine or not theirs:
        return 0.0
    w = {e: F.idf(df.get(prefix + e, 0), n) for e in mine}
    return sum(x for e, x in w.items() if e in theirs) / sum(w.values())


def story_view(s: dict) -> dict:
    """What the pair features read of a story, from its members (kept per member count)."""
    key = (len(s["arts"]), s["arts"][-1]["pk"] if s["arts"] else None)
    if s.get("_view_key") == key:
        return s["_view"]
    view = {"title": {}, "typed": collections.defaultdict(collections.Counter), "persons": set(),
            "events": collections.Counter(), "figures": []}
    for m in s["arts"]:
        for t, w in O._unit(m["title_terms"]).items():
            view["title"][t] = view["title"].get(t, 0.0) + w
        for g, names in m["typed"].items():
            view["typed"][g].update(names)
        view["persons"] |= m["profile"].lead_persons
        view["events"].update(m["events"])
        if m["lead_figures"]:
            view["figures"].append(m["lead_figures"])
    s["_view_key"], s["_view"] = key, view
    return view


def pair_features(art: dict, at: dict, s: dict, cos: float, other_cos: float, df, n: int, cfg) -> dict[str, float]:
    p = art["profile"]
    view = story_view(s)
    title = O._unit(F.weighted(art["title_terms"], df, n, "t:")) if art["title_terms"] else {}
    story_title = F.weighted(view["title"], df, n, "t:") if view["title"] else {}
    persons = p.lead_persons
    shared = bool(persons and view["persons"] and persons & view["persons"])
    conflict = bool(persons and view["persons"] and not persons & view["persons"])
    ev = art["events"]
    ev_share = (sum(1 for e in ev if e in view["events"]) / len(ev)) if ev else 0.0
    figs = art["lead_figures"]
    stated = [f for f in view["figures"] if set(f) & set(figs)] if figs else []
    agree = any(not O._figures_conflict(figs, f) for f in stated)
    disagree = bool(stated) and all(O._figures_conflict(figs, f) for f in stated)
    return {
        "cos": cos,
        "decay": F.time_factor(p.day, s["first"], s["last"], cfg),
        "undated": float(not p.day or not s["first"]),
        "title": F.cosine(title, story_title),
        "person": _overlap(art["typed"].get("person", frozenset()), view["typed"]["person"], df, n),
        "org": _overlap(art["typed"].get("org", frozenset()), view["typed"]["org"], df, n),
        "place": _overlap(art["typed"].get("place", frozenset()), view["typed"]["place"], df, n),
        "lead_shared": float(shared), "lead_conflict": float(conflict),
        "events": ev_share,
        "figure_agree": float(agree), "figure_conflict": float(disagree),
        "size": math.log(len(s["arts"])),
        # How far it stands from the best other candidate (0 when it has none to beat).
        "margin": cos - other_cos,
    }


def replay(arts: list[dict], cfg, decide=None, top: int = 10, record=None, mode: str = "all") -> dict[str, int]:
    """offline.py's online clustering with the join decision pluggable: ``decide(rows)``
    gets the candidates' feature dicts (most similar first) and returns the index of the
    one joined, or None to open a story; None: the hand-set join. ``record(art, story, feats)``: every candidate pair met (for training)."""
    df: collections.Counter = collections.Counter()
    n = 0
    stories: list[dict] = []
    where: dict[int, int] = {}
    for k, art in enumerate(arts):
        n, at, ae = O.take_in(art, k, stories, where, df, n, cfg)
        p = art["profile"]
        best = None
        if art["dup"] is not None and art["dup"] in where:
            best = where[art["dup"]]
        else:
            scored = []
            for i, s in enumerate(stories):
                if not s["arts"]:
                    continue
                decay = F.time_factor(p.day, s["first"], s["last"], cfg)
                if decay <= 0:
                    continue
                scored.append((F.similarity(at, ae, s["terms"], s["ents"], cfg), i, decay))
            scored.sort(key=lambda x: (-x[0] * x[2], x[1]))
            scored = scored[:top]
            if scored:
                coss = [c for c, _, _ in scored]
                if mode == "top1":
                    scored = scored[:1]
                rows = [pair_features(art, at, stories[i], c, max(coss[:j] + coss[j + 1:], default=0.0), df, n, cfg)
                        for j, (c, i, _) in enumerate(scored)]
                if record:
                    for (c, i, _), feats in zip(scored, rows):
                        record(art, stories[i], feats)
                if decide is None:
                    if scored[0][0] * scored[0][2] >= cfg.threshold:
                        best = scored[0][1]
                else:
                    j = decide(rows)
                    best = scored[j][1] if j is not None else None
        if best is None:
            stories.append(O._new_story())
            best = len(stories) - 1
        O._fold(stories[best], art, df, n, cfg)
        stories[best]["last_k"] = k
        where[art["pk"]] = best
        s = stories[best]
        if 2 * cfg.split_min_articles <= len(s["arts"]) <= cfg.split_max_articles and cfg.split_threshold > 0:
            vectors = [F.weighted(m["profile"].terms, df, n, "t:") for m in s["arts"]]
            halves = F.split(vectors, cfg.split_threshold, cfg.split_min_articles, cfg.split_measure, cfg.split_peel,
                             days=[m["split_day"] for m in s["arts"]], date_half_life=cfg.split_date_half_life_days,
                             persons=[m["profile"].lead_persons for m in s["arts"]],
                             person_conflict=cfg.split_person_conflict)
            if halves:
                members = s["arts"]
                stories[best] = O._new_story()
                stories.append(O._new_story())
                for i in halves[0]:
                    O._fold(stories[best], members[i], df, n, cfg)
                stories[best]["last_k"] = stories[-1]["last_k"] = k
                for i in halves[1]:
                    O._fold(stories[-1], members[i], df, n, cfg)
                    where[members[i]["pk"]] = len(stories) - 1
    return {m: i for i, s in enumerate(stories) for m in s["members"]}



def topic_of(gold_story: str) -> int:
    return int(gold_story.split("-")[1].rstrip("plus"))


def collect(arts, cfg, gold, names, decide=None, top=10):
    X, y = [], []

    def record(art, s, feats):
        members = collections.Counter(gold[m["id"]] for m in s["arts"])
        major, _ = max(members.items(), key=lambda kv: (kv[1], kv[0]))
        X.append([feats[f] for f in names])
        y.append(int(gold[art["id"]] == major))

    replay(arts, cfg, decide, top, record, MODE)
    return np.array(X, dtype=float), np.array(y, dtype=int)



def fit(X, y, C: float):
    if MODEL == "boosting":  # for the comparison only: shipping it would need the trees run in NumPy
        from sklearn.ensemble import GradientBoostingClassifier
        gb = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=0.1,
                                        random_state=0).fit(X, y)
        return gb, None, gb.feature_importances_
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler().fit(X)
    model = LogisticRegression(C=C, max_iter=2000, solver="lbfgs").fit(scaler.transform(X), y)
    # Folded into one linear function of the raw features: what NumPy runs.
    w = model.coef_[0] / scaler.scale_
    b = model.intercept_[0] - float(np.sum(model.coef_[0] * scaler.mean_ / scaler.scale_))
    return w, b, model.coef_[0]



def decider(w, b, names, decision: float, threshold: float = 0.2):
    def decide(rows):
        X = np.array([[r[f] for f in names] for r in rows])
        p = w.predict_proba(X)[:, 1] if b is None else 1 / (1 + np.exp(-(X @ w + b)))
        j = int(np.argmax(p))
        if CHOOSE == "hand-gate":  # join when the hand-set join would, into the likeliest candidate
            return j if rows[0]["cos"] * rows[0]["decay"] >= threshold else None
        if CHOOSE == "hand-pick":  # the most similar candidate, joined when the model finds it likely
            return 0 if p[0] >= decision else None
        return j if p[j] >= decision else None
    return decide


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--gold", default=str(O.GOLD))
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--features", default=",".join(ALL_FEATURES))
    ap.add_argument("--decisions", default="0.3,0.4,0.5,0.6,0.7")
    ap.add_argument("--cache", help="pickle of the loaded articles (kept between runs)")
    ap.add_argument("--mode", choices=["all", "top1"], default="all",
                    help="top1: only the most similar candidate is scored (the model decides join or open)")
    ap.add_argument("--choose", choices=["model", "hand-gate", "hand-pick"], default="model")
    ap.add_argument("--split-threshold", type=float, help="the second pass's (0: off)")
    ap.add_argument("--reattach-threshold", type=float, help="fragments re-attached (0: off)")
    ap.add_argument("--pick-decision", action="store_true",
                    help="also choose the decision on the training half's own replay and report it on the test half")
    ap.add_argument("--trees", type=int, default=60)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--model", choices=["logistic", "boosting"], default="logistic")
    a = ap.parse_args()
    global MODE, CHOOSE, MODEL, TREES, DEPTH
    MODE, CHOOSE, MODEL, TREES, DEPTH = a.mode, a.choose, a.model, a.trees, a.depth
    cfg = load_config().cluster
    if a.split_threshold is not None:
        cfg = cfg.with_(split_threshold=a.split_threshold)
    if a.reattach_threshold is not None:
        cfg = cfg.with_(reattach_threshold=a.reattach_threshold)
    names = a.features.split(",")
    started = time.process_time()
    if a.cache and Path(a.cache).exists():
        arts = pickle.loads(Path(a.cache).read_bytes())
    else:
        arts = load(a.db, cfg)
        if a.cache:
            Path(a.cache).write_bytes(pickle.dumps(arts))
    gold_stories = json.loads((Path(a.gold) / "stories.json").read_text(encoding="utf-8"))
    gold = {art: s for s, members in gold_stories.items() for art in members}
    halves = {"odd": [x for x in arts if topic_of(gold[x["id"]]) % 2 == 1],
              "even": [x for x in arts if topic_of(gold[x["id"]]) % 2 == 0]}
    out: dict = {"features": names, "C": a.C, "top": a.top, "rounds": a.rounds, "halves": {}}
    for test_name, train_name in (("odd", "even"), ("even", "odd")):
        train, test = halves[train_name], halves[test_name]
        X, y = collect(train, cfg, gold, names, None, a.top)
        w, b, std_coef = fit(X, y, a.C)
        for _ in range(a.rounds - 1):
            X2, y2 = collect(train, cfg, gold, names, decider(w, b, names, 0.5), a.top)
            X, y = np.vstack([X, X2]), np.concatenate([y, y2])
            w, b, std_coef = fit(X, y, a.C)
        base = O.bcubed({x["id"]: gold[x["id"]] for x in test}, replay(test, cfg, None, a.top))
        row = {"trained_on": train_name, "pairs": int(len(y)), "positive": int(y.sum()),
               "hand_set": round(base[2], 3),
               "weights (standardised)": {f: round(float(c), 3) for f, c in zip(names, std_coef)}}
        for d in (float(x) for x in a.decisions.split(",")):
            p, r, f = O.bcubed({x["id"]: gold[x["id"]] for x in test},
                               replay(test, cfg, decider(w, b, names, d), a.top, mode=MODE))
            row[f"learned@{d}"] = [round(f, 3), round(p, 3), round(r, 3)]
        if a.pick_decision:
            # The decision chosen on the training half (its own replay, the model trained on
            # it): what a threshold picked without the test half's labels gives there.
            train_f = {d: O.bcubed({x["id"]: gold[x["id"]] for x in train},
                                   replay(train, cfg, decider(w, b, names, d), a.top, mode=MODE))[2]
                       for d in (float(x) for x in a.decisions.split(","))}
            chosen = max(train_f, key=lambda d: (round(train_f[d], 3), -abs(d - 0.5)))
            row["picked_on_training_half"] = {"decision": chosen, "training_f1": round(train_f[chosen], 3),
                                              "test_f1": row[f"learned@{chosen}"][0]}
        out["halves"][test_name] = row
    out["cpu_s"] = round(time.process_time() - started, 1)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
