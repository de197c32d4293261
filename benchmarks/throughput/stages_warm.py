"""CPU time of the reading stages as run.py sees them: warm, in later rounds.

    .venv/bin/python benchmarks/throughput/stages_warm.py --docs /tmp/parsed.spacy [--rounds 3]

Like stages_only.py (Docs parsed once and saved by its ``--parse``), but the stages run
``--rounds`` times over fresh copies of the saved Docs in one process, each round after
``gc.freeze()`` (as ``nlp.pipe`` freezes what is alive after its first batch), so that
the per-process caches (feature rows, resolved dates) are warm from round 2 on, as in
run.py's best-of-N rounds, and full collections do not walk the model. Prints each
stage's CPU seconds per round, the cyclic GC's time in the round, and the minimum of
rounds 2 and after. Compare code versions by running it alternately with each (e.g.
``PYTHONPATH=/tmp/old/src`` for an export of the older one).
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

from newstrace import Newstrace, nlp  # noqa: E402
from newstrace.extract.components import stage_pipes  # noqa: E402


class GcClock:
    """CPU seconds the cyclic garbage collector spends, and how many collections."""

    def __init__(self) -> None:
        self.spent, self.count, self._started = 0.0, 0, 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.spent += time.process_time() - self._started
            self.count += 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=Path, required=True, help="Docs saved by stages_only.py --parse")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", type=Path, help="write a cProfile of the last round's stages here")
    ap.add_argument("--only", default="", help="with --profile: these stages only (comma-separated)")
    args = ap.parse_args()
    from spacy.tokens import DocBin

    core = Newstrace()
    s = core.settings
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    stages = stage_pipes(language)
    saved = DocBin().from_disk(args.docs)
    list(core.extract(articles()[:5]))  # lazy tables and models loaded before timing
    clock = GcClock()
    rounds: list[dict[str, float]] = []
    profile = cProfile.Profile() if args.profile else None
    for round_no in range(1, args.rounds + 1):
        docs = list(saved.get_docs(language.vocab))
        gc.collect()
        gc.freeze()
        clock.spent, clock.count = 0.0, 0
        spent: dict[str, float] = {}
        for name in stages:
            stage, short = language.get_pipe(name), name.removeprefix("newstrace_")
            profiled = profile if round_no == args.rounds and (not args.only or short in args.only.split(",")) else None
            started = time.process_time()
            if profiled:
                profiled.enable()
            docs = [stage(doc) for doc in docs]
            if profiled:
                profiled.disable()
            spent[short] = time.process_time() - started
        failed = [doc._.failure for doc in docs if doc._.failure]
        assert not failed, failed[:3]
        rounds.append(spent)
        print(f"round {round_no}, load {os.getloadavg()[0]:.1f}: " + ", ".join(f"{k} {v:.2f}" for k, v in spent.items())
              + f"; all {sum(spent.values()):.2f}; gc {clock.spent:.2f} s in {clock.count} collections", flush=True)
        del docs
        gc.unfreeze()
    if len(rounds) > 1:
        least = {k: min(r[k] for r in rounds[1:]) for k in rounds[0]}
        print(f"least of rounds 2-{len(rounds)}: " + ", ".join(f"{k} {v:.2f}" for k, v in least.items())
              + f"; all {sum(least.values()):.2f}")
    if profile and args.profile:
        profile.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
