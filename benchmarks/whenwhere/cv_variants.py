"""Event dates and places of settings variants, cross-validated on the corpus.

    NEWSTRACE_EVENT_ERRORS_CACHE=DIR .venv/bin/python benchmarks/whenwhere/cv_variants.py \
        'main={"place_fallbacks": ["previous", "lead", "actor", "main_country"], "the_country": "last"}' \
        'shipped={}'

Reads the Docs and fold detectors that ``benchmarks/events/errors.py corpus/events/gold --cv 5``
kept in the cache (run it first, with ``--fresh`` after a change to an earlier stage), runs the
events stage of every article with its fold's detector under each variant (keys of
``data/places.toml`` overridden in this process), and prints date and location accuracy as
``run.py`` scores them, for the whole corpus and its two halves (articles in gold order, even
and odd, as errors.py prints them) and for its articles of more than ``LONG_WORDS`` words, the
found events dated and placed where gold has none, and the located events by where their place
came from (``own``: the sentence's "in/at/near" phrase, a
destination or the dateline; else the fallback of ``place_fallbacks`` that gave it).
Keys of ``data/dates.toml`` override that file ('strict={"story_date": "none"}'); the
figures are also printed for the politics articles' halves (even / odd in name order) and the
ECB+ articles; ``"dump": FILE`` writes each found event's date, place, gold's and its
trigger's parse, one JSON line each. Countries come from the cached Docs (the code that
built them), so a change to countries is measured with ``run.py`` instead.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LONG_WORDS = 600  # the long-article subset (the blind VOA sets' 700-1,200-word articles)
sys.path[:0] = [str(HERE.parent / "events"), str(HERE)]

import errors  # noqa: E402
import run  # noqa: E402

from newstrace.extract import events as events_module  # noqa: E402
from newstrace.extract.events import context  # noqa: E402


def main(argv: list[str]) -> int:
    scorer = errors.scorer()
    golds = scorer.load(HERE.parents[1] / "corpus/events/gold")
    docs, models = errors.cv_docs(golds, 5, False)
    import detector as training  # noqa: E402 (training/, put on the path by cv_docs)

    for g, doc in zip(golds, docs):
        errors.write_fold_triggers(doc, models[training.fold_of(g["id"], 5)])
    load, fallback = context.load_toml, context.fallback_place
    sources: dict[tuple[str, str], str] = {}

    def recorded(event, *args):
        place, source = fallback(event, *args)
        sources[(event.sentence, event.trigger)] = source
        return place, source

    context.fallback_place = recorded
    for arg in argv:
        name, _, overrides = arg.partition("=")
        over = json.loads(overrides or "{}")
        dump = over.pop("dump", None)  # a file: every found event's date / place and gold's, one JSON line each
        dumped = open(dump, "w") if dump else None  # noqa: SIM115
        date_keys = {k: over.pop(k) for k in list(over) if k in load("dates.toml")}
        context.load_toml = lambda n, over=over, date_keys=date_keys: load(n) | (
            over if n == "places.toml" else date_keys if n == "dates.toml" else {})
        context._places_settings = lambda over=over: load("places.toml") | over
        sources.clear()
        halves = [collections.Counter(), collections.Counter()]
        longer = [collections.Counter(), collections.Counter()]  # articles of more than LONG_WORDS words, by half
        by_source = collections.Counter()
        subsets = collections.defaultdict(collections.Counter)  # politics even / odd (in name order), ECB+
        politics = sorted(g["id"] for g in golds if not g["id"].startswith("ecb-"))
        for k, (g, doc) in enumerate(zip(golds, docs)):
            pred = {"id": g["id"], "entities": [e.model_dump(mode="json") for e in doc._.entities.entities],
                    "events": [e.model_dump(mode="json") for e in events_module.extract_events(doc)]}
            long_article = len(g["text"].split()) > LONG_WORDS
            half = "even" if g["id"].startswith("ecb-") or politics.index(g["id"]) % 2 == 0 else "odd"
            subset = "ecb" if g["id"].startswith("ecb-") else f"politics{half}"
            for what, (right, n) in run.score_article(g, pred, []).items():
                subsets[subset][what, "right"] += right
                subsets[subset][what, "n"] += n
                halves[k % 2][what, "right"] += right
                halves[k % 2][what, "n"] += n
                if long_article:
                    longer[k % 2][what, "right"] += right
                    longer[k % 2][what, "n"] += n
            names = run.Names(pred["entities"]), run.Names(g.get("entities"))
            for ge, pe in run.match_article(g, pred).found["events"]:
                if dumped:
                    span = pe.get("trigger_span") or (0, 0)
                    tok = doc.char_span(span[0], span[1], alignment_mode="expand")
                    tok = tok.root if tok is not None and len(tok) else None
                    dumped.write(json.dumps({
                        "tag": tok.tag_ if tok is not None else None, "dep": tok.dep_ if tok is not None else None,
                        "path": [a.dep_ + ":" + a.lemma_ for a in tok.ancestors] if tok is not None else [],
                        "kids": [c.dep_ + ":" + c.lower_ for c in tok.children] if tok is not None else [],
                        "date_text": pe.get("date_text"), "attributed_to": pe.get("attributed_to"),
                        "id": g["id"], "sentence": pe["sentence"], "trigger": pe["trigger"],
                        "type": pe.get("type"), "modality": pe.get("modality"),
                        "date": pe.get("date"), "gold_date": ge.get("date"),
                        "location": pe.get("location"), "gold_location": ge.get("location"),
                        "place_source": sources.get((pe["sentence"], pe["trigger"]), "own"),
                        "date_right": bool(ge.get("date")) and run.date_right(ge, pe),
                        "location_right": bool(ge.get("location")) and run.location_right(ge, pe, *names)}) + "\n")
                if ge.get("location"):
                    right = run.location_right(ge, pe, *names)
                    by_source[sources.get((pe["sentence"], pe["trigger"]), "own"), right] += 1
        total = halves[0] + halves[1]

        def acc(c, what):
            return f"{c[what, 'right'] / max(1, c[what, 'n']):.3f}"

        print(f"{name}: date {acc(total, 'date')} (n={total['date', 'n']}; even/odd {acc(halves[0], 'date')}/"
              f"{acc(halves[1], 'date')}), location {acc(total, 'location')} (n={total['location', 'n']}; even/odd "
              f"{acc(halves[0], 'location')}/{acc(halves[1], 'location')}), dated / placed where gold has none "
              f"{total['date_unasked', 'right']} / {total['location_unasked', 'right']} "
              f"of {total['location_unasked', 'n']}")
        both = longer[0] + longer[1]

        def counts(c, what):
            return f"{c[what, 'right']}/{c[what, 'n']}"

        print(f"  articles over {LONG_WORDS} words: date {acc(both, 'date')} (n={both['date', 'n']}; even/odd "
              f"{counts(longer[0], 'date')}/{counts(longer[1], 'date')}), location {acc(both, 'location')} "
              f"(n={both['location', 'n']}; even/odd {counts(longer[0], 'location')}/{counts(longer[1], 'location')}), "
              f"country {acc(both, 'country')} (n={both['country', 'n']}), dated / placed where gold has none "
              f"{both['date_unasked', 'right']} / {both['location_unasked', 'right']} "
              f"of {both['location_unasked', 'n']}")
        print("  " + "; ".join(
            f"{name} date {counts(c, 'date')} location {counts(c, 'location')} country {counts(c, 'country')} "
            f"dated/placed unasked {c['date_unasked', 'right']}/{c['location_unasked', 'right']} "
            f"of {c['date_unasked', 'n']}"
            for name, c in sorted(subsets.items())))
        if dumped:
            dumped.close()
        print("  located events by source: " + ", ".join(
            f"{s} {by_source[s, True]}/{by_source[s, True] + by_source[s, False]}" for s in sorted({s for s, _ in by_source})))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
