"""What newstrace's extraction costs outside spaCy and outside its reading stages.

    .venv/bin/python benchmarks/throughput/outside.py [--repeat 3]

In one process, alternately (as run.py): spaCy's ``nlp.pipe`` over the corpus's texts,
then ``Newstrace.extract`` over its articles, timing inside the latter the reading
stages (every :class:`~newstrace.extract.components.Stage` call), language detection
(:func:`newstrace.app.prepare`), ``make_doc`` and the Doc -> Record conversion
(:func:`newstrace.pipeline.build_record`). What is left of extract's CPU time once
spaCy's and those are taken off is the pipeline's own overhead (the extra components'
calls, batching, the error handler). Medians of the rounds, CPU seconds.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace, app, nlp, pipeline  # noqa: E402
from newstrace.extract import components  # noqa: E402

spent: dict[str, float] = defaultdict(float)


def timed(name, function):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
    return wrapper


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    arts = articles()
    core = Newstrace()
    bare = nlp.load(core.settings.model)
    texts = [a.text for a in arts]
    list(bare.pipe(texts[:20]))
    list(core.extract(arts[:20]))
    app.prepare = timed("language detection (prepare)", app.prepare)  # type: ignore[assignment]
    pipeline.build_record = timed("Doc -> Record", pipeline.build_record)  # type: ignore[assignment]
    nlp.make_doc = timed("make_doc (tokenizer)", nlp.make_doc)  # type: ignore[assignment]
    components.Stage.__call__ = timed("reading stages", components.Stage.__call__)  # type: ignore[method-assign]
    rounds: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.repeat):
        started = time.process_time()
        for _ in bare.pipe(texts, batch_size=core.settings.batch_size):
            pass
        rounds["spaCy nlp.pipe (bare)"].append(time.process_time() - started)
        spent.clear()
        started = time.process_time()
        for _ in core.extract(arts):
            pass
        rounds["newstrace extract"].append(time.process_time() - started)
        for name, seconds in spent.items():
            rounds[name].append(seconds)
        rest = rounds["newstrace extract"][-1] - rounds["spaCy nlp.pipe (bare)"][-1] - sum(spent.values())
        rounds["rest (extract - spaCy - the above)"].append(rest)
    print(f"{len(arts)} articles; median CPU s of {args.repeat} rounds; load average {os.getloadavg()[0]:.1f}")
    for name, values in rounds.items():
        print(f"  {name:40s} {statistics.median(values):6.2f}   ({', '.join(f'{v:.2f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
