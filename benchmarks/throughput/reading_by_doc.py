r"""The reading stages before the triggers (entities, places, dates, quotes, coref, claims)
and summary, older code and this checkout's alternated Doc by Doc in one process; CPU
seconds per stage, mean over rounds.

    .venv/bin/python benchmarks/throughput/reading_by_doc.py --old /tmp/oldpkg \
        --docs /tmp/parsed.spacy --rounds 6

(the older package prepared as for ``reading_alternate.py``, the Docs from
``stages_only.py --parse``). ``reading_alternate.py`` runs each code over the whole
corpus in turn; on a machine shared with other jobs the load changes between two such
passes. Here each Doc goes through both codes one after the other, so both meet the
same load. Whichever code reads a Doc first pays a little more or less for it (the
same code against itself differs by up to 0.2 s per round, by the order alone), so the
order is flipped from one Doc to the next and from one round to the next, and only an
even number of rounds, read as their mean, has each Doc read first by each code
equally often. Both codes must read every Doc alike (summaries and span counts are
compared).
"""
import argparse
import gc
import os
import statistics
import sys
import time

ap = argparse.ArgumentParser()
ap.add_argument("--old", required=True, help="folder holding the older code as the package newstrace_old")
ap.add_argument("--docs", required=True, help="Docs saved by stages_only.py --parse")
ap.add_argument("--rounds", type=int, default=6, help="an even number (see above)")
args = ap.parse_args()
if args.rounds % 2:
    sys.exit("--rounds must be even: each Doc is read first by each code in every other round")
sys.path.insert(0, args.old)
from newstrace.settings import Settings  # noqa: E402
import newstrace.extract.components as new_c  # noqa: E402
import newstrace_old.extract.components as old_c  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

vocab = spacy.load(Settings.load().model).vocab
data = DocBin(store_user_data=True).from_disk(args.docs)
NAMES = ["entities", "places", "dates", "quotes", "coref", "claims", "summary"]


def stages(c):
    return [c.RuleEntities(None, "entities"), c.GazetteerPlaces(None, "places"), c.ParsedDates(None, "dates"),
            c.MarkedQuotes(None, "quotes"), c.RuleCoreference(None, "coref"), c.RuleClaims(None, "claims"),
            c.FrequencySummary(None, "summary", 3)]


code = {"old": stages(old_c), "new": stages(new_c)}
results: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
loads = []
for r in range(args.rounds + 1):  # round 0 warms the lazy tables up
    docs = {which: list(data.get_docs(vocab)) for which in code}
    gc.collect()
    gc.freeze()  # as nlp.pipe does after its first batch: the Docs and tables are not walked again
    spent = {which: dict.fromkeys(NAMES, 0.0) for which in code}
    for k in range(len(docs["old"])):
        for which in (("old", "new") if (k + r) % 2 else ("new", "old")):
            doc = docs[which][k]
            for name, stage in zip(NAMES, code[which]):
                started = time.process_time()
                doc = stage(doc)
                spent[which][name] += time.process_time() - started
            assert not doc._.failure, doc._.failure
            docs[which][k] = doc
    outs = {which: [(d._.summary, len(d.spans.get("mentions", [])), len(d.spans.get("claims", [])),
                     len(d.spans.get("coref", []))) for d in docs[which]] for which in code}
    assert outs["old"] == outs["new"], "the two codes read differently"
    gc.unfreeze()
    del docs
    loads.append(os.getloadavg()[0])
    if r:
        for which in code:
            spent[which]["all"] = sum(spent[which].values())
            results[which].append(spent[which])
        print(r, " ".join(f"{w}: {spent[w]['all']:.2f}" for w in code), flush=True)
print(f"{args.rounds} rounds, Doc by Doc; load average {min(loads):.1f}-{max(loads):.1f}")
print(f"{'stage':9} {'old mean (range)':>22} {'new mean (range)':>22} {'saved':>6}")
for k in NAMES + ["all"]:
    o = [x[k] for x in results["old"]]
    n = [x[k] for x in results["new"]]
    print(f"{k:9} {statistics.mean(o):8.3f} ({min(o):.3f}-{max(o):.3f}) {statistics.mean(n):8.3f} "
          f"({min(n):.3f}-{max(n):.3f}) {statistics.mean(o) - statistics.mean(n):6.3f}")
pairs = [(results["old"][i]["all"] + results["old"][i + 1]["all"] - results["new"][i]["all"]
          - results["new"][i + 1]["all"]) / 2 for i in range(0, args.rounds, 2)]
print("saved per pair of rounds (all stages): " + ", ".join(f"{p:.3f}" for p in pairs))
