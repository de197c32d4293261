r"""The reading stages (entities, places, dates, quotes, coref, claims, triggers, events,
summary), older code and this checkout's alternately in one process, on fresh copies of
the same parsed Docs; CPU seconds per stage, medians and ranges.

    git archive <commit> src/newstrace | tar -x -C /tmp/old
    mkdir -p /tmp/oldpkg && mv /tmp/old/src/newstrace /tmp/oldpkg/newstrace_old
    cd /tmp/oldpkg && grep -rl newstrace newstrace_old --include=*.py | xargs sed -i -E \
        's/\bnewstrace\.([a-z_])/newstrace_old.\1/g; s/from newstrace import/from newstrace_old import/g;
         s/@Language\.(factory|component)\("newstrace_/@Language.\1("oldnewstrace_/g;
         s/"newstrace_old\.(text|runs|spent_s|coref\.index)"/"newstrace.\1"/g'
    .venv/bin/python benchmarks/throughput/reading_alternate.py --old /tmp/oldpkg \
        --docs /tmp/parsed.spacy --rounds 7

(the Docs from ``stages_only.py --parse``). The older package is imported under another
name so both live in one process: on a machine shared with other jobs, separate processes
alternating swing by more than these stages' differences (see the ``speedD`` notes); in
one process the rounds still vary, so read the medians. Both codes must read every Doc
alike (summaries and span counts are compared each round).
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
ap.add_argument("--rounds", type=int, default=7)
args = ap.parse_args()
sys.path.insert(0, args.old)
from newstrace.settings import Settings  # noqa: E402
import newstrace.extract.components as new_c  # noqa: E402
import newstrace_old.extract.components as old_c  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
rounds = args.rounds
vocab = spacy.load(Settings.load().model).vocab
data = DocBin(store_user_data=True).from_disk(args.docs)
NAMES = ["entities", "places", "dates", "quotes", "coref", "claims", "triggers", "events", "summary"]
def stages(c):
    return [c.RuleEntities(None, "entities"), c.GazetteerPlaces(None, "places"), c.ParsedDates(None, "dates"),
            c.MarkedQuotes(None, "quotes"), c.RuleCoreference(None, "coref"), c.RuleClaims(None, "claims"),
            c.LinearTriggers(None, "triggers", "shipped", 0.02), c.RuleEvents(None, "events"),
            c.FrequencySummary(None, "summary", 3)]
code = {"old": stages(old_c), "new": stages(new_c)}
results = {"old": [], "new": []}
def run(which):
    docs = list(data.get_docs(vocab))
    gc.collect()
    spent = {}
    for name, stage in zip(NAMES, code[which]):
        t = time.process_time()
        docs = [stage(d) for d in docs]
        spent[name] = time.process_time() - t
    failed = [d._.failure for d in docs if d._.failure]
    assert not failed, failed[:3]
    spent["all"] = sum(spent.values())
    return spent, docs
loads = []
for r in range(rounds + 1):
    order = ("old", "new") if r % 2 else ("new", "old")
    outs = {}
    for which in order:
        spent, docs = run(which)
        outs[which] = [(d._.summary, *(len(d.spans.get(g, [])) for g in ("mentions", "claims", "coref", "triggers", "events")))
                       for d in docs]
        if r:
            results[which].append(spent)
    assert outs["old"] == outs["new"], "the two codes read differently"
    loads.append(os.getloadavg()[0])
    if r:
        print(r, " ".join(f"{w}: {results[w][-1]['all']:.2f}" for w in order), flush=True)
print(f"{rounds} alternations after a warm-up; load average {min(loads):.1f}-{max(loads):.1f}")
print(f"{'stage':9} {'old median (range)':>22} {'new median (range)':>22} {'saved':>6}")
for k in NAMES + ["all"]:
    o = [x[k] for x in results["old"]]; n = [x[k] for x in results["new"]]
    print(f"{k:9} {statistics.median(o):8.3f} ({min(o):.3f}-{max(o):.3f}) {statistics.median(n):8.3f} ({min(n):.3f}-{max(n):.3f}) {statistics.median(o) - statistics.median(n):6.3f}")
