"""Event errors of the reader, tallied by cause, on the training corpus (cross-validated)
or on a gold set the shipped detector never saw.

    python benchmarks/events/errors.py corpus/events/gold [--cv 5] [--show CAUSE] [--limit N]
    python benchmarks/events/errors.py ../shared/eval/dev            # shipped reader
    python benchmarks/events/errors.py corpus/events/gold --cv 5 --conditions   # which rule condition failed

With ``--cv K`` (what the corpus needs: the shipped detector was trained on it) each
article is read once up to the claims, and per fold the trigger detector is trained on
the other folds and the events stage runs, exactly as ``training/endtoend.py`` does
with the shipped thresholds. The total is followed by the two halves of the set (even
and odd articles). Without it the whole shipped reader runs. The parsed docs
(and the fold models) are kept in ``/tmp/newstrace-event-errors`` so that a change to the
events stage alone is re-measured in seconds; ``--fresh`` reads again (needed after a
change to any earlier stage, or to the detector's features).

Each gold event no prediction matched (type, actor and sentence, as
``tests/quality/reference/score.py`` matches them) is a miss, sorted by why; each
prediction that matched nothing is a false event, sorted by why and by its trigger's
lemma. ``--show CAUSE`` lists the items of every cause starting with CAUSE.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import json
import os
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("NEWSTRACE_EVENT_ERRORS_CACHE", "/tmp/newstrace-event-errors"))  # one per worktree when several run


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shipped_predictions(golds: list[dict]) -> list[dict]:
    from newstrace.app import Newstrace
    from newstrace.record import Article, Record

    app = Newstrace()
    articles = [Article(id=str(g["id"]), title=g.get("title"), url=g.get("url"), source=g.get("source"),
                        published=g.get("published"), text=g["text"]) for g in golds]
    return [r.to_json_dict() for r in app.extract(articles) if isinstance(r, Record)]


def cv_docs(golds: list[dict], folds: int, fresh: bool, group_by: str = "article") -> tuple[list, list]:
    """Every gold article read up to the claims, and a trigger detector per fold trained
    on the other folds (folded by ``group_by``: article or story); both kept in ``CACHE``."""
    sys.path.insert(0, str(ROOT / "training"))
    import corpus  # noqa: E402
    import detector as training  # noqa: E402

    from newstrace import nlp as nlp_module
    from newstrace.record import Article
    from newstrace.settings import Settings

    key = hashlib.sha1(json.dumps([g["id"] for g in golds] + [g["text"] for g in golds]).encode()).hexdigest()[:16]
    CACHE.mkdir(exist_ok=True)
    docs_path, models_path = CACHE / f"{key}.docs.pkl", CACHE / f"{key}.models{folds}{_GROUP_SUFFIX[group_by]}.pkl"
    settings = Settings.load()
    if docs_path.exists() and not fresh:
        docs = pickle.loads(docs_path.read_bytes())
    else:
        stages = {s: f for s, f in settings.stage_factories().items() if s not in ("triggers", "events", "summary")}
        articles = [Article(**{k: g.get(k) for k in ("id", "title", "url", "source", "published", "text")})
                    for g in golds]
        docs = [doc for _, doc in nlp_module.pipe(articles, model=settings.model, batch_size=16, stages=stages)]
        docs_path.write_bytes(pickle.dumps(docs))
    if models_path.exists() and not fresh:
        models = pickle.loads(models_path.read_bytes())
    else:
        base = training.base_nlp()
        lexicon, stats = corpus.trigger_lemmas(), corpus.Conversion()
        gold_docs = [training.cached_doc(base, g, lexicon, stats) for g in golds]
        models = []
        stories = training.story_of(group_by)
        for k in range(folds):
            train_docs = [d for g, d in zip(golds, gold_docs) if training.fold_of(g["id"], folds, stories) != k]
            models.append(training.train(training.examples(train_docs)))
            print(f"fold {k} trained", file=sys.stderr)
        models_path.write_bytes(pickle.dumps(models))
    return docs, models


_GROUP_SUFFIX = {"article": "", "story": "-story"}  # the article folds' models keep their old file name


def write_fold_triggers(doc, model) -> None:
    from newstrace.extract.events.detector import write_triggers

    write_triggers(doc, model.detections(doc), model.labels, 0.02)


def cv_predictions(golds: list[dict], folds: int, fresh: bool, group_by: str = "article") -> tuple[list[dict], list]:
    """Records (entities and events) of every gold article, its events read with a
    detector trained on the other folds, and the docs they were read from."""
    docs, models = cv_docs(golds, folds, fresh, group_by)
    import detector as training  # noqa: E402 (training/, on the path now)

    stories = training.story_of(group_by)
    from newstrace.extract import events as events_module

    preds = []
    for g, doc in zip(golds, docs):
        write_fold_triggers(doc, models[training.fold_of(g["id"], folds, stories)])
        events = [e.model_dump(mode="json") for e in events_module.extract_events(doc)]
        preds.append({"id": g["id"], "entities": [e.model_dump(mode="json") for e in doc._.entities.entities],
                      "events": events, "claims": []})
    return preds, docs


def why_no_event(doc, gold_event: dict) -> str:
    """Why the reader told no event in a gold event's sentence: what the lexicon, the
    detector and the roles made of the gold trigger's head word (found as the
    detector's training finds it, ``training/corpus.py``). ``doc`` carries the
    detector's triggers of its fold."""
    import corpus  # noqa: E402 (training/, put on the path by cv_predictions)

    from newstrace.extract.events import detector_use as ev
    from newstrace.extract.events.article import ArticleView
    from newstrace.extract.events.lexicon import match, types
    from newstrace.extract.events.not_events import _not_an_event
    from newstrace.extract.events.roles import roles_of

    sentence = first(gold_event.get("sentence")) or ""
    found = corpus._find(sentence, doc.text)
    head = corpus.head_token(doc, found, gold_event.get("trigger") or "", corpus.trigger_lemmas()) if found else None
    if head is None:
        return "gold trigger not found in the text"
    token = doc[head]
    rule = match(token)
    detected = ev._detected(doc) or {}
    learned = detected.get(token.i)
    if rule is None and learned is not None and token.pos_ in ev.DETECTOR.add_pos and ev._adds(token, learned):
        rule = ev._learned_rule(token, learned.type)  # the detector added it: see what the roles made of it
    if rule is None:
        if learned is not None and learned.score >= ev.DETECTOR.add and token.pos_ in ev.DETECTOR.add_pos:
            return "trigger: lexicon names the word, its rule's conditions failed; detector finds it at add" \
                   " but below add_named_at (or add_named is off)"
        if corpus._named(token, corpus.trigger_lemmas()):  # by lemma and part of speech, as head_token picks it
            detail = f" [{failed_conditions(token, types_of(gold_event)[0])}]" if CONDITIONS else ""
            return "trigger: lexicon names the word, its rule's conditions failed" + detail
        return "trigger: word not in the lexicon, detector below add"
    if learned is not None and learned.score < ev.DETECTOR.keep and learned.seen >= ev.DETECTOR.keep_seen:
        return "trigger: vetoed by the detector"
    if _not_an_event(token, rule):
        return "trigger: judged no event (purpose, request, newsroom, threat content)"
    view = ArticleView(doc)
    roles = roles_of(token, rule, view)
    if not roles:
        return "roles: none read"
    actor, target = roles[0].actor, roles[0].target
    if actor is None and target is None and not rule.standalone:
        return "roles: noun with neither actor nor target"
    if actor is None and rule.type not in types("actorless"):
        return f"roles: no actor ({token.pos_.lower()}), its type needs one"
    return "after roles: filtered or merged away (generality, inanimate actor, same happening)"


CONDITIONS = False  # --conditions: split the misses whose rule's conditions failed by the condition


def failed_conditions(token, gold_type: str) -> str:
    """Which condition of the lexicon's rules for this word failed (the rules25 tally):
    the part of speech when no rule of the word takes the token's; else, for the rules
    of the gold event's type, the conditions each fails (``args_any``: none of the
    sense's argument words; ``head_any``: the noun's governing verb is not listed;
    ``args_none``, ``prep_any``, ``negated``), or that the word has no rule of that
    type (its rules are other senses: no loosening gives the gold's type)."""
    from newstrace.extract.events import lexicon as lx
    from newstrace.extract.parsearrays import parse_arrays
    from newstrace.extract.syntax import negated_at

    doc, i = token.doc, token.i
    parse = parse_arrays(doc)
    candidates = lx._by_lemma().get(parse.lemma[i]) or lx._by_lemma().get(parse.lower[i]) or ()
    pos = "NOUN" if parse.pos[i] == "PROPN" else parse.pos[i]
    fitting = [r for r in candidates if pos in r.pos]
    if not fitting:
        return f"part of speech {pos}, its rules want {'/'.join(sorted({p for r in candidates for p in r.pos}))}"
    typed = [r for r in fitting if r.type == gold_type]
    if not typed:
        return "no rule of the gold type (other senses)"
    args = lx.arguments_at(doc, i)
    fails = set()
    for r in typed:
        failed = [name for name, bad in (
            ("args_any", bool(r.args_any) and not (args & r.args_any)), ("args_none", bool(args & r.args_none)),
            ("head_any", bool(r.head_any) and not (lx.governors(token) & r.head_any)),
            ("prep_any", bool(r.prep_any) and not lx._has_particle(token, r.prep_any)),
            ("negated", r.negated and not negated_at(parse, i, by_subject=False))) if bad]
        fails.add("+".join(failed))
    return "its gold type's rule fails " + " | ".join(sorted(fails))


def first(x):
    return x[0] if isinstance(x, list) and x else x


def types_of(g) -> list:
    t = g.get("type")
    return t if isinstance(t, list) else [t]


def in_sentence(S, p: dict, g: dict) -> bool:
    return S.sentence_hit(p, g)


def trigger_lemma(p: dict) -> str:
    words = str(p.get("trigger") or "").lower().split()
    return words[0] if words else "?"


def actor_kind(S, gold_actor, gn) -> str:
    """What the gold actor is: a named entity of the article, an unnamed phrase, none."""
    a = first(gold_actor) if isinstance(gold_actor, list) else gold_actor
    if not a:
        return "none"
    if a == "*":
        return "any"
    return "named" if S.norm(a) in gn.forms else "unnamed"


def event_causes(S, gold: dict, pred: dict, out: collections.Counter, lemmas: collections.Counter,
                 confusions: collections.Counter, items: dict, doc=None) -> None:
    gv, pv = gold.get("events") or [], pred.get("events") or []
    gn, pn = S.Names(gold.get("entities")), S.Names(pred.get("entities"))
    s = S.score_article(gold, pred)
    hit_g = {i for i, _ in s["_event_pairs"]}
    hit_p = {j for _, j in s["_event_pairs"]}

    def note(cause, line):
        out[cause] += 1
        items.setdefault(cause, []).append(f"{gold['id']}: {line}")

    def actor_ok(p, g):
        return S.same_actor(p.get("actor"), g.get("actor"), pn, gn)

    def type_ok(p, g):
        return first(p.get("type")) in types_of(g)

    def show(e):
        return (f"{first(e.get('type'))} [{first(e.get('actor'))} -> {first(e.get('target'))}] "
                f"'{e.get('trigger')}' ({e.get('modality')}) | {str(first(e.get('sentence')))[:100]}")

    for i, g in enumerate(gv):
        if i in hit_g:
            continue
        label = show(g)
        near = [j for j, p in enumerate(pv) if in_sentence(S, p, g)]
        free = [j for j in near if j not in hit_p]
        kind = actor_kind(S, g.get("actor"), gn)
        typed = [j for j in near if type_ok(pv[j], g)]
        acted = [j for j in near if actor_ok(pv[j], g)]
        if not near:
            why = f" ({why_no_event(doc, g)})" if doc is not None else ""
            note(f"missed: no event in its sentence{why}", label)
        elif any(type_ok(pv[j], g) and actor_ok(pv[j], g) for j in near):
            note("missed: its match went to another gold event", label)
        elif typed:
            p = pv[typed[0]]
            why = "no actor read" if not p.get("actor") else f"other actor ({kind} gold actor)"
            note(f"missed: right type, {why}", f"{label} <- actor {p.get('actor')!r}")
        elif acted:
            p = pv[acted[0]]
            note("missed: right actor, other type", f"{label} <- {first(p.get('type'))} '{p.get('trigger')}'")
            confusions[f"{first(p.get('type'))} for {types_of(g)[0]}"] += 1
        else:
            p = pv[(free or near)[0]]
            note("missed: sentence has other events (type and actor differ)", f"{label} <- {show(p)}")

    for j, p in enumerate(pv):
        if j in hit_p:
            continue
        label = show(p)
        lemma = trigger_lemma(p)
        near = [i for i, g in enumerate(gv) if in_sentence(S, p, g)]
        same = [i for i in near if type_ok(p, gv[i]) and actor_ok(p, gv[i])]
        if same:
            cause = "false: duplicate of a matched event in its sentence"
        elif near:
            typed = [i for i in near if type_ok(p, gv[i])]
            acted = [i for i in near if actor_ok(p, gv[i])]
            if typed:
                cause = "false: gold event in sentence, other actor"
            elif acted:
                cause = "false: gold event in sentence, other type"
            else:
                cause = "false: gold event in sentence, other type and actor"
        elif p.get("modality") and p.get("modality") != "asserted":
            cause = f"false: no gold event in sentence, modality {p.get('modality')}"
        elif p.get("attributed_to"):
            cause = "false: no gold event in sentence, inside a claim"
        elif not p.get("actor"):
            cause = "false: no gold event in sentence, no actor"
        else:
            cause = "false: no gold event in sentence"
        note(cause, label)
        lemmas[f"{first(p.get('type'))} {lemma}"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--cv", type=int, default=0, help="folds: train the detector on the others (the corpus)")
    ap.add_argument("--group-by", choices=("article", "story"), default="article",
                    help="with --cv: keep a story's articles (corpus/events/story_groups.json) or only an article"
                         " on one side of a fold")
    ap.add_argument("--fresh", action="store_true", help="read the articles and train the folds again")
    ap.add_argument("--pred", type=Path, help="keep the records here (jsonl)")
    ap.add_argument("--show", action="append", default=[], help="print the items of causes starting with this")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--lemmas", type=int, default=25, help="how many false-event trigger lemmas to list")
    ap.add_argument("--conditions", action="store_true",
                    help="split the misses whose rule's conditions failed by the condition (with --cv)")
    a = ap.parse_args()
    global CONDITIONS
    CONDITIONS = a.conditions
    os.environ.setdefault("NEWSTRACE_QUIET", "1")
    S = scorer()
    golds = S.load(a.gold)
    preds, docs = cv_predictions(golds, a.cv, a.fresh, a.group_by) if a.cv else (shipped_predictions(golds), None)
    doc_of = {g["id"]: d for g, d in zip(golds, docs)} if docs else {}
    if a.pred:
        a.pred.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    counts: collections.Counter = collections.Counter()
    lemmas: collections.Counter = collections.Counter()
    confusions: collections.Counter = collections.Counter()
    items: dict[str, list[str]] = {}
    totals = collections.Counter()
    halves = [collections.Counter(), collections.Counter()]  # even and odd articles, in the gold order
    for k, (g, p) in enumerate(S.match_preds(golds, preds)):
        p = p or {}
        s = S.score_article(g, p)
        for n, v in zip(("tp", "pred", "gold"), s["events"]):
            totals[n] += v
            halves[k % 2][n] += v
        totals["modality_right"] += s["modality_right"]
        event_causes(S, g, p, counts, lemmas, confusions, items, doc_of.get(g["id"]))
    r = S.prf(totals["tp"], totals["pred"], totals["gold"])
    print(f"events P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}  tp {r['tp']} pred {r['pred']} gold {r['gold']}"
          f"  modality {totals['modality_right'] / max(1, totals['tp']):.3f}")
    for name, half in zip(("even", "odd"), halves):
        h = S.prf(half["tp"], half["pred"], half["gold"])
        print(f"  {name} articles: P {h['p']:.3f} R {h['r']:.3f} F1 {h['f1']:.3f}")
    print()
    for cause, n in sorted(counts.items(), key=lambda x: (x[0].split(':')[0], -x[1])):
        print(f"{n:5}  {cause}")
    print("\nfalse events by type and trigger word:")
    print("  " + ", ".join(f"{k} {n}" for k, n in lemmas.most_common(a.lemmas)))
    print("missed with the right actor, read type for gold type:")
    print("  " + ", ".join(f"{k} {n}" for k, n in confusions.most_common(a.lemmas)))
    for prefix in a.show:
        for cause in sorted(items):
            if cause.startswith(prefix):
                print(f"\n## {cause}")
                for line in items[cause][: a.limit]:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
