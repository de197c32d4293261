"""The writer's work alone: stored records written in batches and put into stories, as
`newstrace ingest` does in its writing process, with the CPU time of each step.

    newstrace extract ../shared/data/news/*/articles.jsonl -w 1 --out records.jsonl   # once
    .venv/bin/python benchmarks/scale/writer.py records.jsonl --db /tmp/w.sqlite
    .venv/bin/python benchmarks/scale/writer.py records.jsonl --db /tmp/w.sqlite --profile /tmp/w.prof
    .venv/bin/python benchmarks/scale/writer.py records.jsonl --db /tmp/w.sqlite --stories-json out.json

Extraction is left out (the records are read from the file), so what is timed is what
the writer adds to each article in an ingest: `Store.write` of each batch of
`commit_every` records (storage) and `update_stories` after it (the stories stage),
in CPU time of this process. ``--stories-json`` writes the stories (sorted keys) to
compare two versions of the code: the same records must give the same stories.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path

from newstrace import __version__
from newstrace.app import Newstrace
from newstrace.record import Record
from newstrace.store import Stored


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("records", help="records as `newstrace extract --out` writes them (JSON lines)")
    ap.add_argument("--db", required=True, help="a new SQLite file (removed first if it exists)")
    ap.add_argument("--profile", help="write a cProfile of the timed steps here and print its top")
    ap.add_argument("--stories-json", help="write the stories here afterwards")
    a = ap.parse_args()
    records = [Record.model_validate_json(line) for line in Path(a.records).read_text("utf-8").splitlines() if line]
    Path(a.db).unlink(missing_ok=True)
    app = Newstrace(db=a.db)
    store = app.open_store(create=True)
    import newstrace.stories
    import newstrace.store.write  # noqa: F401  (imports are not the writer's work per article)

    newstrace.stories.features._stop_words()
    batch = store.config.commit_every
    profile = cProfile.Profile() if a.profile else None
    storage = stories = 0.0
    for i in range(0, len(records), batch):
        if profile:
            profile.enable()
        started = time.process_time()
        results = store.write(records[i:i + batch], version=__version__)
        stored = time.process_time()
        app.update_stories(refresh_keys=[r.key for r in results if isinstance(r, Stored) and r.status == "replaced"])
        storage += stored - started
        stories += time.process_time() - stored
        if profile:
            profile.disable()
    n = len(records)
    print(f"{n} articles, batches of {batch}: storage {1000 * storage / n:.2f} ms CPU per article, "
          f"stories {1000 * stories / n:.2f} ms, writer {1000 * (storage + stories) / n:.2f} ms")
    if profile:
        profile.dump_stats(a.profile)
        pstats.Stats(a.profile).sort_stats("cumulative").print_stats("newstrace", 40)
    if a.stories_json:
        Path(a.stories_json).write_text(json.dumps(app.stories(), sort_keys=True, ensure_ascii=False, indent=0),
                                        "utf-8")
    app.close()


if __name__ == "__main__":
    main()
