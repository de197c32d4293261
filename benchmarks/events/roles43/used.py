"""roles43: the wrong-actor misses whose same-type prediction in the sentence is already matched to
another gold event (a second act of that type in the sentence): how the two gold events relate.

    python benchmarks/events/roles43/used.py PRED.jsonl [--show]
"""
import json, sys, glob, collections
ROOT = __import__("pathlib").Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests/quality/reference"))
import score as S
from pathlib import Path
golds = S.load(ROOT / "corpus/events/gold")
preds = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
T = lambda x: (x["type"][0] if isinstance(x["type"], list) else x["type"])
c = collections.Counter(); show = "--show" in sys.argv
for g in golds:
    pd = preds[g["id"]]; r = S.score_article(g, pd)
    gn, pn = S.Names(g.get("entities")), S.Names(pd.get("entities"))
    gv, pv = g.get("events") or [], pd["events"]
    pair = dict(r["_event_pairs"]); hit = set(pair); used = {j: i for i, j in r["_event_pairs"]}
    for i, ge in enumerate(gv):
        if i in hit: continue
        there = [(j, p) for j, p in enumerate(pv) if S.sentence_hit(p, ge) and (T(p) == T(ge) or (isinstance(ge["type"], list) and T(p) in ge["type"]))]
        if not there or any(j not in used for j, _ in there): continue
        j, p = there[0]; other = gv[used[j]]
        ga = ge.get("actor")
        if S.same_actor(p.get("target"), ga, pn, gn) and S.same_actor(other.get("target"), ga, pn, gn):
            k = "reciprocal: gold actor is the other gold's (and our) target"
        elif S.same_actor(p.get("target"), ga, pn, gn):
            k = "gold actor is our target"
        elif any(S.same_actor(o.get("target"), ga, pn, gn) for o in gv if o is not ge):
            k = "gold actor is another gold's target"
        elif S.same_actor(other.get("actor"), ga, pn, gn):
            k = "same actor as the matched gold (a second act)"
        else:
            k = "other actor"
        c[k] += 1; c["type " + T(ge)] += 1
        if show: print(k, "|", T(ge), "| gold", ga, "->", ge.get("target"), "| matched gold", other.get("actor"), "->", other.get("target"), "| ours", p.get("actor"), "->", p.get("target"), "|", str(ge.get("sentence"))[:100])
for k, v in sorted(c.items(), key=lambda x: -x[1]): print(f"{v:4}  {k}")
