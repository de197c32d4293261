"""roles43, step 1: the ceiling of a learned actor choice. For every gold event missed while a
prediction of its type sits in its sentence, is the gold actor among the candidates the stage could
have chosen (named entities and coreference phrases of the sentence, claim speakers, the other events'
actors and targets, the event's own target, nouns)? And how many right events have a wrong alternative?

    PYTHONPATH=src python benchmarks/events/roles43/ceiling.py CACHE/KEY.docs.pkl PRED.jsonl [show]

DOCS is errors.py's cache of parsed corpus docs, PRED its ``--cv 5 --pred`` records of those docs.
"""
import json, sys, glob, pickle, collections
ROOT = __import__("pathlib").Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests/quality/reference"))
import score as S
from newstrace.extract import doc as D
from newstrace.extract.doc import span_group, CLAIMS, COREF

golds = [json.load(open(f)) for f in sorted(glob.glob(str(ROOT / "corpus/events/gold/*.json")))]
docs = pickle.load(open(sys.argv[1], "rb"))
preds = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
# errors.py orders golds as it loads them; map docs by text
bytext = {d.text: d for d in docs}
t = lambda x: (x["type"][0] if isinstance(x["type"], list) else x["type"])
CUR = [None]
c = collections.Counter(); show = len(sys.argv) > 3

def candidates(doc, p):
    s0, s1 = p["sentence_span"]
    span = doc.char_span(s0, s1, alignment_mode="expand")
    tab = doc._.entities
    ents = {e.id: e.name for e in tab.entities}
    named, coref, nps, speakers = set(), set(), set(), set()
    for m in span_group(doc, "mentions"):
        if m.start_char >= s0 and m.end_char <= s1 and m.kb_id_ in ents:
            named.add(ents[m.kb_id_])
    for m in span_group(doc, COREF):
        if m.start_char >= s0 and m.end_char <= s1 and m.kb_id_ in ents:
            coref.add(ents[m.kb_id_])
    for cl in span_group(doc, CLAIMS):
        if cl.start_char < s1 and cl.end_char > s0:
            sp = getattr(cl._.claim, "speaker", None)
            if sp: speakers.add(sp)
    for tok in span:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound",):
            left = [w for w in tok.subtree if w.i <= tok.i and w.dep_ in ("compound", "amod", "nmod") and w.i >= tok.i - 3]
            nps.add(" ".join(w.text for w in left + [tok]).lower()); nps.add(tok.text.lower())
    others = set()
    for q in preds[CUR[0]]["events"]:
        if q["sentence_span"] == p["sentence_span"]:
            for r in (q.get("actor"), q.get("target")):
                if r: others.add(r)
    return named, coref, speakers, others, nps

for g in golds:
    pd = preds[g["id"]]; doc = bytext[g["text"]]; CUR[0] = g["id"]
    r = S.score_article(g, pd)
    gn, pn = S.Names(g.get("entities")), S.Names(pd.get("entities"))
    gv, pv = g.get("events") or [], pd.get("events") or []
    hit = {i for i, _ in r["_event_pairs"]}; used = {j for _, j in r["_event_pairs"]}
    for i, ge in enumerate(gv):
        if i in hit: continue
        there = [(j, p) for j, p in enumerate(pv) if S.sentence_hit(p, ge) and (t(p) == t(ge) or (isinstance(ge["type"], list) and t(p) in ge["type"]))]
        if not there: continue
        c["miss wrong actor"] += 1
        free = [p for j, p in there if j not in used]
        c["  of which a same-type pred is unmatched"] += bool(free)
        ga = ge.get("actor")
        found = None
        for p in (free or [p for _, p in there]):
            named, coref, speakers, others, nps = candidates(doc, p)
            for kind, cs in (("named", named), ("coref", coref), ("speaker", speakers), ("other role", others), ("noun", nps), ("none", {None})):
                if any(S.same_actor(x, ga, pn, gn) for x in cs):
                    found = found or kind
        c[f"  gold actor among candidates: {found}"] += 1
        if free:
            ff = None
            for p in free:
                named, coref, speakers, others, nps = candidates(doc, p)
                for kind, cs in (("named", named), ("coref", coref), ("speaker", speakers), ("other role", others), ("noun", nps), ("none", {None})):
                    if any(S.same_actor(x, ga, pn, gn) for x in cs):
                        ff = ff or kind
            c[f"  free pred, gold actor among its candidates: {ff}"] += 1
        if show: print(found, "|", t(ge), "| gold", ga, "| pred", there[0][1].get("actor"), "|", str(ge.get("sentence"))[:110])
    # right events: how many candidates compete
    for i, j in r["_event_pairs"]:
        p = pv[j]; named, coref, speakers, others, nps = candidates(doc, p)
        alt = {x for x in named | coref | speakers | others if not S.same_actor(x, gv[i].get("actor"), pn, gn)}
        c["right events"] += 1
        c["  right with a wrong named/coref/speaker/role alternative"] += bool(alt)
    for j, p in enumerate(pv):
        if j in used: continue
        c["false events"] += 1
for k, v in sorted(c.items()): print(f"{v:5}  {k}")
