"""Cold start of the read-only query commands: `newstrace events ... -n 1` from a fresh
process, on an SQLite store.

    .venv/bin/python benchmarks/coldstart/run.py [--db STORE] [--repeat N] [--write]

Without --db, a store is made once from the bundled sample articles (that ingest loads
spaCy; the measured commands must not). Each command runs --repeat times as its own
process; the table gives the median wall time and the median CPU time (user + system)
of those runs, next to a bare ``python -c pass``, and checks with ``-X importtime``
that the command imports neither spaCy nor SQLAlchemy. With --write, the result goes
into this folder's README.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
HEAVY = ("spacy", "sqlalchemy", "datasketch", "httpx", "trafilatura")


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def heavy_imports(args: list[str]) -> list[str]:
    """Top-level packages of HEAVY that the command imports."""
    code = "import sys; from newstrace.cli import main; sys.argv = ['newstrace', *sys.argv[1:]]; main()"
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], capture_output=True, text=True)
    found = {line.split("|")[-1].strip().split(".")[0] for line in run.stderr.splitlines() if "|" in line}
    return sorted(found & set(HEAVY))


def make_store() -> Path:
    db = Path(tempfile.mkdtemp(prefix="newstrace-coldstart-")) / "store.sqlite"
    samples = ROOT / "src" / "newstrace" / "samples"
    subprocess.run([str(BIN / "newstrace"), "ingest", str(samples), "--db", str(db)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return db


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    db = args.db or make_store()
    newstrace = str(BIN / "newstrace")
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "newstrace events -n 1": [newstrace, "events", "-n", "1", "--db", str(db)],
        "newstrace events -n 1 -f json": [newstrace, "events", "-n", "1", "-f", "json", "--db", str(db)],
        "newstrace claims --speaker X -n 1": [newstrace, "claims", "--speaker", "X", "-n", "1", "--db", str(db)],
        "newstrace search talks -n 1": [newstrace, "search", "talks", "-n", "1", "--db", str(db)],
    }
    timed(commands["newstrace events -n 1"])  # warm the OS file cache
    rows = []
    for name, cmd in commands.items():
        runs = [timed(cmd) for _ in range(args.repeat)]
        rows.append((name, statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)))
    heavy = heavy_imports(["events", "-n", "1", "--db", str(db)])
    load = os.getloadavg()
    lines = [
        f"{args.repeat} runs each, medians; Python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end",
        "",
        "| command | wall (s) | CPU (s) |",
        "|---|---:|---:|",
        *(f"| `{name}` | {wall:.3f} | {cpu:.3f} |" for name, wall, cpu in rows),
        "",
        f"Heavy packages imported by `newstrace events`: {', '.join(heavy) or 'none'} "
        f"(checked: {', '.join(HEAVY)}).",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        readme = HERE / "README.md"
        body = readme.read_text()
        body = re.sub(r"(<!-- result -->\n).*?(\n<!-- /result -->)", lambda m: m.group(1) + text + m.group(2), body,
                      flags=re.S)
        readme.write_text(body)
    return 1 if heavy else 0


if __name__ == "__main__":
    sys.exit(main())
