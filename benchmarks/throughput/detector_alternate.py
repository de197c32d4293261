"""The trigger detector's work before and after a change, alternately in one process.

    git archive <commit> | tar -x -C /tmp/old
    .venv/bin/python benchmarks/throughput/stages_only.py --parse /tmp/parsed.spacy
    .venv/bin/python benchmarks/throughput/detector_alternate.py /tmp/parsed.spacy /tmp/old/src

Loads the detector module of the older code (``<src>/newstrace/extract/events/detector.py``)
beside this checkout's and runs each in turn (detections and the span writing, as the
triggers stage does) over fresh copies of the saved Docs, their ParseArrays built first
(the stages before the triggers build them): on a loaded machine, alternating within one
process resolves differences that separate processes drown in noise. CPU seconds, five
alternations after a warm-up round: min, median, max.
"""
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin  # noqa: E402

from newstrace import Newstrace, nlp  # noqa: E402
from newstrace.extract.events import detector as new  # noqa: E402
from newstrace.extract.parsearrays import parse_arrays  # noqa: E402


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    docbin, older_src = Path(sys.argv[1]), Path(sys.argv[2])
    spec = importlib.util.spec_from_file_location("older_detector", older_src / "newstrace/extract/events/detector.py")
    assert spec is not None and spec.loader is not None
    old = importlib.util.module_from_spec(spec)
    sys.modules["older_detector"] = old  # dataclasses look their module up
    spec.loader.exec_module(old)
    s = Newstrace().settings
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    data = DocBin().from_disk(docbin)
    spent: dict[str, list[float]] = {"before": [], "after": []}
    for round_no in range(6):
        for name, module in (("before", old), ("after", new)):
            docs = list(data.get_docs(language.vocab))
            for doc in docs:
                parse_arrays(doc)
            model = module.shipped()
            started = time.process_time()
            for doc in docs:
                module.write_triggers(doc, model.detections(doc, 0.02), model.labels, 0.02)
            if round_no:  # the first round fills the feature-row caches
                spent[name].append(time.process_time() - started)
    print(f"{len(docs)} Docs; CPU s (min, median, max); load average {os.getloadavg()[0]:.1f}")
    for name, values in spent.items():
        print(f"  {name:6s} {min(values):.2f} {statistics.median(values):.2f} {max(values):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
