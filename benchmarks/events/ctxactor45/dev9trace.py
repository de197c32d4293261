"""ctxactor45: trace_drop on dev 9 with the shipped detector (full pipeline up to events)."""
import importlib.util, json, os, sys
from pathlib import Path
os.environ.setdefault("NEWSTRACE_QUIET", "1")
ROOT = Path("/work/wt/ctxactor45")
spec = importlib.util.spec_from_file_location("errors", ROOT / "benchmarks/events/errors.py")
E = importlib.util.module_from_spec(spec); spec.loader.exec_module(E)
sys.path.insert(0, str(ROOT / "training"))
import corpus as C
from newstrace import nlp as nlp_module
from newstrace.record import Article
from newstrace.settings import Settings
from newstrace.extract import events as events_module
import trace_drop
S = E.scorer()
golds = S.load(Path("/work/scratch/lead21/dev9"))
LEX = C.trigger_lemmas()
settings = Settings.load()
stages = {s: f for s, f in settings.stage_factories().items() if s not in ("events", "summary")}
articles = [Article(**{k: g.get(k) for k in ("id", "title", "url", "source", "published", "text")}) for g in golds]
docs = [doc for _, doc in nlp_module.pipe(articles, model=settings.model, batch_size=16, stages=stages)]
def heads(g, doc):
    out = []
    for event in g.get("events") or []:
        sentences = event["sentence"] if isinstance(event["sentence"], list) else [event["sentence"]]
        where = next((s for s in (C._find(x, doc.text) for x in sentences) if s), None)
        if where is None or not event.get("trigger"):
            continue
        tok = C.head_token(doc, where, event["trigger"], LEX)
        if tok is None:
            continue
        t = event["type"][0] if isinstance(event["type"], list) else event["type"]
        out.append((tok, t, event))
    return out
traces, tot = [], [0, 0, 0]
for g, doc in zip(golds, docs):
    events = [e.model_dump(mode="json") for e in events_module.extract_events(doc)]
    p = {"id": g["id"], "entities": [e.model_dump(mode="json") for e in doc._.entities.entities], "events": events, "claims": []}
    s = S.score_article(g, p)["events"]
    for j in range(3): tot[j] += s[j]
    traces.extend(trace_drop.trace_article(S, g, p, doc, heads(g, doc)))
print("dev9 events", tot)
Path(sys.argv[1]).write_text("".join(json.dumps(t) + "\n" for t in traces))
