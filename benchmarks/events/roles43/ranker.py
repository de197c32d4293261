"""roles43, step 2 (offline): a logistic regression over (event, candidate actor) pairs, trained
5-fold by story (``training/story_groups.py``: fold k's model never sees fold k's stories) on the
events that have a gold event of their type in their sentence; its override of the rules' actor is
simulated on errors.py's fold predictions and scored (all, and the subsets of SUBSETS: h0 h1 gecb).

    PYTHONPATH=src python benchmarks/events/roles43/ranker.py DOCS.pkl PRED.jsonl [C=0.3] [--norules] [--nouns] [--gbm] [--show]

An override taken at the end of the events stage changes only the actor of an event, so scoring the
records with the actor replaced is what the stage would give.
"""
import json, sys, glob, pickle, collections, copy
ROOT = __import__("pathlib").Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests/quality/reference")); sys.path.insert(0, str(ROOT / "training"))
import score as S
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from newstrace.extract.doc import span_group, CLAIMS, COREF
from story_groups import fold_of, story_of

golds = S.load(ROOT / "corpus/events/gold")
docs = pickle.load(open(sys.argv[1], "rb"))
preds = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
bytext = {d.text: d for d in docs}
stories = story_of("story")
T = lambda x: (x["type"][0] if isinstance(x["type"], list) else x["type"])
USE_NOUNS = "--nouns" in sys.argv
NORULES = "--norules" in sys.argv

def trig_token(doc, p):
    a, b = p["trigger_span"]
    sp = doc.char_span(a, b, alignment_mode="expand")
    return sp.root if sp is not None else None

def path(a, b):
    """dependency path from candidate a up to the common head, then down to trigger b"""
    up_a = [a] + list(a.ancestors); up_b = [b] + list(b.ancestors)
    ib = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ib:
            ua = [x.dep_ for x in up_a[:k]]; ub = [x.dep_ for x in up_b[:ib[t.i]]]
            return "^".join(ua[:3]) + "|" + "v".join(reversed(ub[:3])), k + ib[t.i]
    return "none", 20

def candidates(doc, p, pd):
    s0, s1 = p["sentence_span"]
    tab = doc._.entities
    ents = {e.id: e for e in tab.entities}
    out = {}  # norm name -> dict(name, tokens, kinds, etype)
    def add(name, tok, kind, etype=""):
        if not name: return
        k = S.norm(name)
        c = out.setdefault(k, {"name": name, "toks": [], "kinds": set(), "etype": etype})
        if tok is not None: c["toks"].append(tok)
        c["kinds"].add(kind); c["etype"] = c["etype"] or etype
    for m in span_group(doc, "mentions"):
        if m.start_char >= s0 and m.end_char <= s1 and m.kb_id_ in ents:
            e = ents[m.kb_id_]; add(e.name, m.root, "named", e.type)
    for m in span_group(doc, COREF):
        if m.start_char >= s0 and m.end_char <= s1 and m.kb_id_ in ents:
            e = ents[m.kb_id_]; add(e.name, m.root, "coref", e.type)
    for cl in span_group(doc, CLAIMS):
        if cl.start_char < s1 and cl.end_char > s0:
            sp = getattr(cl._.claim, "speaker", None)
            if sp: add(sp, None, "speaker")
    for q in pd["events"]:
        if q["sentence_span"] == p["sentence_span"] and q is not p:
            add(q.get("actor"), None, "other actor"); add(q.get("target"), None, "other target")
    add(p.get("target"), None, "own target")
    add(p.get("actor"), None, "rules")
    span = doc.char_span(s0, s1, alignment_mode="expand")
    if USE_NOUNS:
        for tok in span:
            if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj"):
                add(tok.text, tok, "noun")
    # locate tokens for candidates told by name only
    for k, c in out.items():
        if not c["toks"]:
            last = S.norm(c["name"]).split()[-1:] if S.norm(c["name"]) else []
            c["toks"] = [t for t in span if t.lower_ in last]
    return out

def feats(doc, p, c, trig):
    f = {"type=" + T(p): 1, "etype=" + c["etype"]: 1}
    for k in c["kinds"]:
        if NORULES and k == "rules": continue
        f["kind=" + k] = 1; f[f"kind={k}&type={T(p)}"] = 1
    if p.get("actor") is None: f["rules_none"] = 1
    if trig is not None:
        passive = any(x.dep_ == "auxpass" for x in trig.children)
        f["tpos=" + trig.pos_] = 1; f["passive"] = int(passive)
        best = None
        for t in c["toks"]:
            pa, d = path(t, trig)
            if best is None or d < best[1]: best = (pa, d, t)
        if best:
            pa, d, t = best
            f["path=" + pa] = 1; f["cdep=" + t.dep_] = 1; f["dist"] = min(abs(t.i - trig.i), 30) / 30
            f["before"] = int(t.i < trig.i); f["pathlen=" + str(min(d, 6))] = 1
            f[f"path={pa}&passive={passive}"] = 1
            f["head_is_trig"] = int(t.head.i == trig.i)
        else:
            f["notoken"] = 1
    return f

rows = []  # (fold, article index, event index, cand name, feats, label, is_rules)
for ai, g in enumerate(golds):
    pd = preds[g["id"]]; doc = bytext[g["text"]]; fold = fold_of(g["id"], 5, stories)
    gn, pn = S.Names(g.get("entities")), S.Names(pd.get("entities"))
    for j, p in enumerate(pd["events"]):
        gsame = [ge for ge in g.get("events") or [] if S.sentence_hit(p, ge) and T(p) in (ge["type"] if isinstance(ge["type"], list) else [ge["type"]])]
        trig = trig_token(doc, p)
        cs = candidates(doc, p, pd)
        for k, c in cs.items():
            lab = int(any(S.same_actor(c["name"], ge.get("actor"), pn, gn) for ge in gsame))
            rows.append((fold, ai, j, c["name"], feats(doc, p, c, trig), lab, "rules" in c["kinds"], bool(gsame)))
print(len(rows), "pairs", file=sys.stderr)

C = float(dict(a.split("=") for a in sys.argv[3:] if a.startswith("C=")).get("C", 0.3))
scores = np.zeros(len(rows))
for k in range(5):
    tr = [r for r in rows if r[0] != k and r[7]]
    v = DictVectorizer(); X = v.fit_transform([r[4] for r in tr]); y = [r[5] for r in tr]
    idx = [i for i, r in enumerate(rows) if r[0] == k]
    Xt = v.transform([rows[i][4] for i in idx])
    if "--gbm" in sys.argv:  # not linear: does a stronger learner see more in the same features?
        from sklearn.ensemble import HistGradientBoostingClassifier
        keep = np.flatnonzero(np.asarray((X != 0).sum(axis=0)).ravel() >= 10)  # the rarer paths say nothing to trees
        m = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05).fit(X[:, keep].toarray(), y)
        scores[idx] = m.predict_proba(Xt[:, keep].toarray())[:, 1]
    else:
        m = LogisticRegression(C=C, max_iter=2000).fit(X, y)
        scores[idx] = m.predict_proba(Xt)[:, 1]

by_event = collections.defaultdict(list)
for i, r in enumerate(rows): by_event[(r[1], r[2])].append(i)

def simulate(thr, margin):
    out = []; changed = 0
    for ai, g in enumerate(golds):
        pd = copy.deepcopy(preds[g["id"]])
        for j, p in enumerate(pd["events"]):
            ids = by_event.get((ai, j), [])
            if not ids: continue
            best = max(ids, key=lambda i: scores[i])
            rules = [i for i in ids if rows[i][6]]
            rs = scores[rules[0]] if rules else 0.0
            if not rows[best][6] and scores[best] >= thr and scores[best] - rs >= margin:
                p["actor"] = rows[best][3]; changed += 1
        out.append(pd)
    return out, changed

def tally(pl, subset=None):
    tot = collections.Counter()
    for g, p in zip(golds, pl):
        if subset is not None and g["id"] not in subset: continue
        s = S.score_article(g, p)
        for n, v in zip(("tp", "pred", "gold"), s["events"]): tot[n] += v
    r = S.prf(tot["tp"], tot["pred"], tot["gold"]); return f"{r['tp']}/{r['pred']}/{r['gold']} {r['f1']:.4f}"

subs = {n: {json.load(open(f)).get("id") for f in glob.glob(f"{__import__('os').environ.get('SUBSETS', '/work/scratch/lead13')}/{n}/*.json")} for n in ("h0", "h1", "gecb")}
base = [preds[g["id"]] for g in golds]
print("base", tally(base), *(n + " " + tally(base, s) for n, s in subs.items()))
for thr in (0.0, 0.3, 0.5):
    for margin in (0.0, 0.1, 0.2, 0.3, 0.5):
        pl, ch = simulate(thr, margin)
        print(f"thr {thr} margin {margin} changed {ch}:", tally(pl), *(n + " " + tally(pl, s) for n, s in subs.items()))
d = collections.Counter()
for (ai, j), ids in by_event.items():
    if not rows[ids[0]][7]: continue
    best = max(ids, key=lambda i: scores[i])
    rules = [i for i in ids if rows[i][6]]
    rr = bool(rules) and rows[rules[0]][5] == 1
    anyg = any(rows[i][5] for i in ids)
    if not rules: continue
    key = "rules right" if rr else ("rules wrong, gold among cands" if anyg else "rules wrong, gold not among")
    d[key] += 1
    d[key + ": model top is a gold cand"] += rows[best][5]
    d[key + ": model top is rules"] += rows[best][6]
for k, v in sorted(d.items()): print(v, k)
pl, ch = simulate(0.0, 0.0)
eff = collections.Counter()
for ai, g in enumerate(golds):
    b, n = preds[g["id"]], pl[ai]
    sb, sn = S.score_article(g, b), S.score_article(g, n)
    ub = {j for _, j in sb["_event_pairs"]}; un = {j for _, j in sn["_event_pairs"]}
    for j, (p, q) in enumerate(zip(b["events"], n["events"])):
        if p.get("actor") != q.get("actor"):
            k = ("was right" if j in ub else "was false") + " -> " + ("right" if j in un else "false") + (" (rules none)" if p.get("actor") is None else "")
            eff[k] += 1
            if "--show" in sys.argv and (j in ub) != (j in un): print(k, "|", T(p), p.get("actor"), "->", q.get("actor"), "|", p["sentence"][:100])
print(eff)
