"""CPU time of newstrace's reading stages alone, on Docs parsed once and saved.

    .venv/bin/python benchmarks/throughput/stages_only.py --parse /tmp/parsed.spacy
    .venv/bin/python benchmarks/throughput/stages_only.py --docs /tmp/parsed.spacy [--profile out.prof]

The first call runs the model over the corpus run.py reads and saves the Docs (a
DocBin); the second runs each stage over all of them in turn and prints its CPU
seconds. To compare two versions of the code in one window (the machine's load
changes from minute to minute), run the second call alternately with each, e.g. the
older one from an export: ``git archive <commit> | tar -x -C /tmp/old`` and
``PYTHONPATH=/tmp/old/src``.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace, app, nlp  # noqa: E402
from newstrace.extract.components import stage_pipes  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--parse", type=Path, help="parse the corpus and save the Docs here")
    group.add_argument("--docs", type=Path, help="run the stages over the Docs saved here")
    ap.add_argument("--profile", type=Path, help="with --docs: write a cProfile of the stages here")
    args = ap.parse_args()
    from spacy.tokens import DocBin

    core = Newstrace()
    s = core.settings
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    stages = stage_pipes(language)
    arts = articles()
    if args.parse:
        docs = [nlp.make_doc(language, app.prepare(a, s)) for a in arts]  # type: ignore[arg-type]
        DocBin(store_user_data=True, docs=language.pipe(docs, disable=stages)).to_disk(args.parse)
        return 0
    docs = list(DocBin().from_disk(args.docs).get_docs(language.vocab))
    list(core.extract(arts[:5]))  # lazy tables and models loaded before timing
    profile = cProfile.Profile() if args.profile else None
    spent = {}
    # all Docs stay alive here (a pipeline run keeps one batch): a collection of the
    # older generations walks all of them and lands in whichever stage allocates at the
    # time, so the collector's own time is shown apart (a stage's figure includes it)
    collecting = {"since": 0.0, "total": 0.0}

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["since"] = time.process_time()
        else:
            collecting["total"] += time.process_time() - collecting["since"]

    gc.callbacks.append(on_gc)
    in_gc = {}
    for name in stages:
        stage = language.get_pipe(name)
        started, gc_before = time.process_time(), collecting["total"]
        if profile:
            profile.enable()
        docs = [stage(doc) for doc in docs]
        if profile:
            profile.disable()
        spent[name.removeprefix("newstrace_")] = time.process_time() - started
        in_gc[name.removeprefix("newstrace_")] = collecting["total"] - gc_before
    gc.callbacks.remove(on_gc)
    failed = [doc._.failure for doc in docs if doc._.failure]
    assert not failed, failed[:3]
    print(f"{len(docs)} Docs; CPU s per stage; load average {os.getloadavg()[0]:.1f}")
    print("  " + ", ".join(f"{k} {v:.2f}" for k, v in spent.items()) + f"; all {sum(spent.values()):.2f}")
    print("  of which garbage collection: " + ", ".join(f"{k} {v:.2f}" for k, v in in_gc.items() if v >= 0.005)
          + f"; all {sum(in_gc.values()):.2f}")
    if profile:
        profile.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
