"""The detector's learning curve judged on text no training article holds: fit the trigger
detector on nested, stratified random subsets of a gold folder, read each judge folder with
it (the rules as the tree has them) and print the pooled events counts per judge.

    PYTHONPATH=src .venv/bin/python benchmarks/events/judge_curve.py \\
        [--gold corpus/events/gold] [--fractions 0.25 0.5 0.75 1.0] [--seeds 1 2] \\
        [--vary ecb=0,21,42] [--judge NAME=FOLDER[,FOLDER...] ...] [--work DIR] [--add-share]

Points: the detector off (``triggers=``), the shipped weights, one fit per fraction and
seed (100 % once), and with ``--vary STRATUM=N,...`` every other stratum whole plus N
articles of that one. Subsets are by article, drawn per stratum (``--stratum``; by
default politics = voa-/wn-/gum-, ecb = ecb-) so each keeps its share, and nested: a
seed's 25 % is inside its 50 %. ``--add-share`` also reads the judges with the shipped
weights and the detector's add path shut (``[detector] add`` and ``add_named`` off), so
the rules' share (with the veto) and the add path's share of the events can be told.

Judges may be blind sets: this prints and writes only pooled counts (events tp / pred /
gold, modality right / found) per judge, never an article's id, text or prediction.
Fits and readings are kept under ``--work`` (keyed by the training ids and a hash of the
code and data), so a rerun after an interruption redoes only what is missing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRATA = ["politics=voa-,wn-,gum-", "ecb=ecb-"]
JUDGES = [
    "fresh=corpus/events/fresh/gold",
    "dev9=benchmarks/heldout6/topic-overlap",
    "heldout5+6=benchmarks/heldout5/gold,benchmarks/heldout6/gold",
    "heldout1-4+7=benchmarks/heldout/gold,benchmarks/heldout2/gold,benchmarks/heldout3/gold,"
    "benchmarks/heldout4/gold,benchmarks/heldout7/gold",
]
COUNTS = ("tp", "pred", "gold", "mod_right", "mod_n")


def parse_pairs(items: list[str]) -> dict[str, list[str]]:
    """``["a=x,y", "b=z"]`` -> ``{"a": ["x", "y"], "b": ["z"]}``."""
    out = {}
    for item in items:
        name, sep, rest = item.partition("=")
        if not sep or not name:
            raise SystemExit(f"{item!r}: expected NAME=VALUE[,VALUE...]")
        out[name] = [v for v in rest.split(",") if v]
    return out


def strata_of(ids: list[str], strata: dict[str, list[str]]) -> dict[str, list[str]]:
    """Article ids by stratum (the first whose prefix an id starts with; else "other"), sorted."""
    out: dict[str, list[str]] = {name: [] for name in strata}
    for i in sorted(ids):
        name = next((n for n, prefixes in strata.items() if any(i.startswith(p) for p in prefixes)), "other")
        out.setdefault(name, []).append(i)
    return out


def draw(by_stratum: dict[str, list[str]], seed: int, fraction: float = 1.0,
         counts: dict[str, int] | None = None) -> list[str]:
    """Each stratum's first ``round(fraction * n)`` ids (or ``counts[stratum]``) in an order
    fixed by the seed and the stratum alone: a smaller draw of a seed is inside a larger one."""
    chosen = []
    for name, ids in by_stratum.items():
        order = list(ids)
        random.Random(f"{seed}:{name}").shuffle(order)
        k = counts[name] if counts and name in counts else round(fraction * len(ids))
        if k > len(order):
            raise SystemExit(f"stratum {name} has {len(order)} articles, {k} asked")
        chosen += order[:k]
    return sorted(chosen)


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if tp else 0.0


def pool(parts: list[dict[str, int]]) -> dict[str, int]:
    return {c: sum(p[c] for p in parts) for c in COUNTS}


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y on x."""
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


def fingerprint() -> str:
    """What a fit and a reading depend on besides the training ids: the code and data."""
    digest = hashlib.sha1()
    for base in (ROOT / "src/newstrace", ROOT / "training"):
        for path in sorted(base.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".toml", ".json", ".txt", ".npz"}:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def worker(folders: list[str], no_add: bool) -> None:
    """Read each folder (the environment names the detector) and print its counts alone."""
    from dataclasses import replace

    from newstrace.app import Newstrace
    from newstrace.extract.events import detector_use

    if no_add:
        detector_use.DETECTOR = replace(detector_use.DETECTOR, add=2.0, add_named=False)
    app = Newstrace()
    out = {}
    for folder in folders:
        report, _ = app.evaluate(Path(folder))
        scores = report.prf("events")
        out[folder] = {"tp": int(scores["tp"]), "pred": int(scores["pred"]), "gold": int(scores["gold"]),
                       "mod_right": int(report.modality[0]), "mod_n": int(report.modality[1])}
    print(json.dumps(out))


class Runner:
    def __init__(self, gold: Path, work: Path, judges: dict[str, list[str]]):
        self.gold, self.work, self.judges = gold, work, judges
        self.key = fingerprint()
        (work / "models").mkdir(parents=True, exist_ok=True)
        (work / "sets").mkdir(exist_ok=True)
        self.cache_path = work / "readings.json"
        self.cache = json.loads(self.cache_path.read_text()) if self.cache_path.exists() else {}

    def fit(self, ids: list[str]) -> Path:
        name = hashlib.sha1(json.dumps([self.key, str(self.gold.resolve()), ids]).encode()).hexdigest()[:16]
        out = self.work / "models" / f"{name}.npz"
        if out.exists():
            return out
        folder = self.work / "sets" / name
        folder.mkdir(exist_ok=True)
        for i in ids:
            link = folder / f"{i}.json"
            if not link.exists():
                link.symlink_to((self.gold / f"{i}.json").resolve())
        tmp = out.with_name(f"tmp-{name}.npz")
        subprocess.run([sys.executable, str(ROOT / "training/detector.py"), "fit", "--gold", str(folder),
                        "--out", str(tmp)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        os.replace(tmp, out)
        return out

    def read(self, weights: Path | None = None, off: bool = False, no_add: bool = False
             ) -> dict[str, dict[str, int]]:
        """Pooled counts per judge for one detector (None: the shipped file)."""
        key = json.dumps([self.key, str(weights), off, no_add])
        folders = [f for fs in self.judges.values() for f in fs]
        if key not in self.cache or set(self.cache[key]) != set(folders):
            env = dict(os.environ, NEWSTRACE_QUIET="1")
            env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
            if weights:
                env["NEWSTRACE_EVENT_DETECTOR"] = str(weights)
            if off:
                env["NEWSTRACE_COMPONENTS"] = "triggers="
            done = subprocess.run([sys.executable, __file__, "--worker", *(["--no-add"] if no_add else []),
                                   *folders], check=True, cwd=ROOT, env=env, capture_output=True, text=True)
            self.cache[key] = json.loads(done.stdout.strip().splitlines()[-1])
            self.cache_path.write_text(json.dumps(self.cache))
        return {judge: pool([self.cache[key][f] for f in fs]) for judge, fs in self.judges.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-add", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("folders", nargs="*", help=argparse.SUPPRESS)
    ap.add_argument("--gold", type=Path, default=ROOT / "corpus/events/gold")
    ap.add_argument("--fractions", type=float, nargs="*", default=[0.25, 0.5, 0.75, 1.0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stratum", action="append", help=f"NAME=PREFIX[,PREFIX...] (default {STRATA})")
    ap.add_argument("--vary", help="STRATUM=N,N,...: every other stratum whole, N articles of this one")
    ap.add_argument("--judge", action="append", help="NAME=FOLDER[,FOLDER...], pooled (default: fresh, dev 9, "
                                                     "held-out 5+6, held-out 1-4+7)")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "judge_curve")
    ap.add_argument("--add-share", action="store_true", help="also read with the shipped weights, add path shut")
    ap.add_argument("--json", type=Path, help="also write the points (pooled counts) here")
    a = ap.parse_args()
    if a.worker:
        worker(a.folders, a.no_add)
        return 0
    judges = parse_pairs(a.judge or JUDGES)
    for fs in judges.values():
        for f in fs:
            if not (ROOT / f).is_dir():
                raise SystemExit(f"judge folder {f}: not found")
    ids = [p.stem for p in sorted(a.gold.glob("*.json"))]
    by_stratum = strata_of(ids, parse_pairs(a.stratum or STRATA))
    run = Runner(a.gold, a.work, {j: [str(ROOT / f) for f in fs] for j, fs in judges.items()})
    points: list[dict] = [{"point": "off", "n": 0, "seed": None, "counts": run.read(off=True)},
                          {"point": "shipped", "n": None, "seed": None, "counts": run.read()}]
    if a.add_share:
        points.append({"point": "shipped, no add", "n": None, "seed": None,
                       "counts": run.read(no_add=True)})
    curve: list[dict] = []
    for fraction in a.fractions:
        for seed in (a.seeds[:1] if fraction >= 1.0 else a.seeds):
            chosen = draw(by_stratum, seed, fraction)
            curve.append({"point": f"{fraction:.0%}", "n": len(chosen), "seed": seed,
                          "counts": run.read(run.fit(chosen))})
            print(f"# {curve[-1]['point']} seed {seed}: {len(chosen)} articles", file=sys.stderr, flush=True)
    points += curve
    if a.vary:
        stratum, values = next(iter(parse_pairs([a.vary]).items()))
        for k in map(int, values):
            seeds = a.seeds[:1] if k in (0, len(by_stratum.get(stratum, []))) else a.seeds
            for seed in seeds:
                chosen = draw(by_stratum, seed, counts={stratum: k})
                points.append({"point": f"+{k} {stratum}", "n": len(chosen), "seed": seed,
                               "counts": run.read(run.fit(chosen))})
                print(f"# +{k} {stratum} seed {seed}: {len(chosen)} articles", file=sys.stderr, flush=True)
    print_table(points, list(judges), curve)
    if a.json:
        a.json.write_text(json.dumps(points, indent=1) + "\n")
    return 0


def print_table(points: list[dict], judges: list[str], curve: list[dict]) -> None:
    print("| point | articles | seed | " + " | ".join(f"{j} tp/pred/gold F1 mod" for j in judges) + " |")
    print("|---|---:|---:|" + "---:|" * len(judges))
    for p in points:
        cells = []
        for j in judges:
            c = p["counts"][j]
            cells.append(f"{c['tp']}/{c['pred']}/{c['gold']} {f1(c['tp'], c['pred'], c['gold']):.3f} "
                         f"{c['mod_right'] / max(1, c['mod_n']):.3f}")
        n = "" if p["n"] is None else str(p["n"])
        print(f"| {p['point']} | {n} | {p['seed'] or ''} | " + " | ".join(cells) + " |")
    named = {p["point"]: p["counts"] for p in points}
    if "shipped, no add" in named:  # the shipped detector's share, by path
        print()
        for j in judges:
            off, rules, full = (named[k][j] for k in ("off", "shipped, no add", "shipped"))
            print(f"{j}: shipped {full['tp']}/{full['pred']} found/predicted; add path "
                  f"{full['tp'] - rules['tp']:+d}/{full['pred'] - rules['pred']:+d}; veto and the rest "
                  f"{rules['tp'] - off['tp']:+d}/{rules['pred'] - off['pred']:+d}; rules alone {off['tp']}/{off['pred']}")
    if len({p["n"] for p in curve}) < 2:
        return
    print()
    for j in judges:
        tps = [(p["n"], p["counts"][j]["tp"]) for p in curve]
        preds = [(p["n"], p["counts"][j]["pred"]) for p in curve]
        f1s = [(p["n"], f1(p["counts"][j]["tp"], p["counts"][j]["pred"], p["counts"][j]["gold"])) for p in curve]
        by_point: dict[str, list[tuple[float, float]]] = {}
        for (_, tp), (_, score), p in zip(tps, f1s, curve):
            by_point.setdefault(p["point"], []).append((tp, score))
        noise = max(max(t for t, _ in v) - min(t for t, _ in v) for v in by_point.values())
        noise_f1 = max(max(f for _, f in v) - min(f for _, f in v) for v in by_point.values())
        s = slope(f1s)  # F1 per article
        per = f"{0.01 / s:.0f} articles per +0.01 F1" if s > 0 else "no gain in F1"
        print(f"{j}: {100 * slope(tps):+.1f} found, {100 * slope(preds):+.1f} predicted, "
              f"{100 * s:+.4f} F1 per 100 articles ({per}); seed spread up to {noise:g} found, "
              f"{noise_f1:.3f} F1")


if __name__ == "__main__":
    sys.exit(main())
