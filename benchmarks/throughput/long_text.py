"""CPU time of each reading stage on one long article: a news passage repeated to
20,000, 40,000 and 80,000 characters (and more with --sizes). Linear stages take
about twice as long for twice the text; the ratio column shows each stage's growth
from the previous size.

    .venv/bin/python benchmarks/throughput/long_text.py [--sizes 20000,40000,80000,160000]

The model's parse is done first and left out of the figures (it is linear in the
number of sentences). tests/extract/test_linear.py checks the same without timing.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from newstrace import Newstrace, nlp
from newstrace.extract.components import stage_pipes
from newstrace.record import Article

PASSAGES = {
    "quote": '"We will not retreat from Donetsk," Ukrainian President Volodymyr Zelenskyy said on Tuesday in Kyiv. ',
    "events": "Government troops attacked rebel positions near the border on Tuesday, killing 12 fighters, the army said. ",
    "countries": "Russia accused the United States of supporting rebels in Syria, which Washington denied, "
                 "while China and Iran called for talks. ",
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,40000,80000")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    core = Newstrace()
    s = core.settings
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    stages = stage_pipes(language)
    list(core.extract([Article(id="warm", text=" ".join(PASSAGES.values()), published="2024-03-01")]))
    print(f"load average {os.getloadavg()[0]:.1f}; CPU seconds per stage (x growth from the previous size)")
    print("| passage | characters | " + " | ".join(n.removeprefix("newstrace_") for n in stages) + " | all |")
    print("|---|---:|" + "---:|" * (len(stages) + 1))
    for kind, passage in PASSAGES.items():
        previous: dict[str, float] = {}
        for size in sizes:
            article = Article(id="long", text=passage * (size // len(passage)), published="2024-03-01")
            doc = next(language.pipe([nlp.make_doc(language, article)], disable=stages))
            spent: dict[str, float] = {}
            for name in stages:
                started = time.process_time()
                doc = language.get_pipe(name)(doc)
                spent[name] = time.process_time() - started
            spent["all"] = sum(spent.values())
            assert doc._.failure is None, doc._.failure
            cells = [f"{v:.2f}" + (f" (x{v / previous[k]:.1f})" if previous.get(k, 0) >= 0.05 else "")
                     for k, v in spent.items()]
            print(f"| {kind} | {len(article.text):,} | " + " | ".join(cells) + " |")
            previous = spent
    return 0


if __name__ == "__main__":
    sys.exit(main())
