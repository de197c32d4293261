"""``newstrace_long_runs`` (the pipeline's first component, before the parser) over the
corpus, the Token walk it had before speedI and the Doc's arrays it reads now,
alternately in one process; CPU seconds, min / median / max of the rounds after a
warm-up. It runs outside the reading stages (``stages_only.py`` does not see it), on
every article longer than ``max_sentence_tokens`` words: most of them.

    .venv/bin/python benchmarks/throughput/long_runs_alternate.py [--rounds 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace  # noqa: E402
from newstrace import nlp as nlp_module  # noqa: E402


def token_walk_run_ends(doc) -> list[int]:
    """The run ends as the component found them before: a Token per word."""
    return [t.i for t in doc if t.text in nlp_module.TERMINAL or (t.is_space and "\n" in t.text)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    s = Newstrace().settings
    language = nlp_module.load(s.model)
    docs = [language.make_doc(a.text) for a in articles()]
    real = nlp_module._sentence_end_positions
    assert all(real(doc) == token_walk_run_ends(doc) for doc in docs)
    spent: dict[str, list[float]] = {"before": [], "after": []}
    for round_no in range(args.rounds + 1):
        for name, ends in (("before", token_walk_run_ends), ("after", real)):
            nlp_module._sentence_end_positions = ends
            started = time.process_time()
            for doc in docs:
                nlp_module.mark_long_runs(doc)
            if round_no:
                spent[name].append(time.process_time() - started)
    nlp_module._sentence_end_positions = real
    print(f"{len(docs)} Docs, {sum(len(d) > nlp_module.max_sentence_tokens() for d in docs)} over "
          f"max_sentence_tokens; CPU s (min, median, max); load average {os.getloadavg()[0]:.1f}")
    for name, values in spent.items():
        print(f"  {name:6s} {min(values):.3f} {statistics.median(values):.3f} {max(values):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
