"""Every bad-input class of issue 8 tried through the real command line, with the count
of stored articles before and after: nothing lost, nothing duplicated, no traceback.

    python benchmarks/robustness/run.py [--corpus ../shared/data/news] [--postgres URL] [--out DIR]

Writes DIR/results.json and DIR/results.md (the table of README.md). Needs the corpus;
PostgreSQL rows only with --postgres (or NEWSTRACE_TEST_POSTGRES_URL).
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
NEWSTRACE = str(Path(sys.executable).with_name("newstrace"))
OK_TEXT = "Police arrested the opposition leader Amina Yusuf in Nairobi on Monday, officials said.\n\n"
ARABIC = ("قال المسؤولون إن الجيش هاجم القرية يوم الاثنين واعتقل الشرطة زعيم المعارضة في العاصمة، "
          "وأضاف المتحدث باسم الحكومة أن التحقيق ما زال جاريا.")
JUNK = ("officials said the army attacked the village and police arrested protesters while the minister "
        "accused rebels of shelling the town ")

rows: list[dict] = []


def run(args: list[str], *, env: dict | None = None, stdin: str | None = None, timeout: int = 1800) -> dict:
    started = time.perf_counter()
    p = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **(env or {})}, input=stdin,
                       timeout=timeout)
    return {"rc": p.returncode, "out": p.stdout, "err": p.stderr, "s": time.perf_counter() - started}


def problems(result: dict) -> list[str]:
    """Error lines: those saying skipped/error/note, without progress bars."""
    return [line.strip() for line in result["err"].splitlines()
            if any(w in line for w in ("error", "skipped", "note", "Invalid value", "not stored"))]


def count(db: str) -> tuple[int, int]:
    """(articles, distinct keys) in a store: equal when nothing is duplicated."""
    url = db if "://" in db else f"sqlite:///{db}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            n, keys = conn.execute(sa.text("SELECT count(*), count(DISTINCT key) FROM articles")).one()
    except sa.exc.SQLAlchemyError:
        n, keys = 0, 0
    engine.dispose()
    return n, keys


def record(case: str, command: str, result: dict, db: str | None, before: tuple[int, int] | None,
           expected_added: int | None, outcome: str) -> None:
    after = count(db) if db else None
    traceback = "Traceback" in result["err"] or "Traceback" in result["out"]
    lines = problems(result)
    skipped = [line for line in lines if line.startswith("skipped")]
    added = None if before is None else after[0] - before[0]
    # an article not stored counts as handled only when a line names it (refused by name)
    ok = not traceback and (before is None or expected_added is None or (
        after[0] == after[1] and (added == expected_added or added + len(skipped) == expected_added)))
    if skipped:
        lines = skipped
    rows.append({"case": case, "command": command, "rc": result["rc"], "seconds": round(result["s"], 1),
                 "before": before[0] if before else None, "after": after[0] if after else None,
                 "duplicates": (after[0] - after[1]) if after else None, "traceback": traceback,
                 "message": lines[-1][:160] if lines else "", "outcome": outcome, "ok": ok})
    print(f"{'ok ' if ok else 'BAD'} {case}: rc={result['rc']} {result['s']:.1f}s {before}->{after} {outcome}",
          flush=True)


def concurrent(case: str, corpus: str, db: str) -> None:
    before = count(db)
    started = time.perf_counter()
    procs = [subprocess.Popen([NEWSTRACE, "ingest", corpus, "--db", db], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=3600) for p in procs]
    result = {"rc": max(p.returncode for p in procs), "out": outs[0][0] + outs[1][0], "err": outs[0][1] + outs[1][1],
              "s": time.perf_counter() - started}
    summaries = [next((line for line in err.splitlines() if " added (" in line), "") for _, err in outs]
    record(case, f"2 x newstrace ingest {corpus} at once", result, db, before, 276,
           f"both rc {[p.returncode for p in procs]}; " + " | ".join(s.strip()[:90] for s in summaries))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "news"))
    ap.add_argument("--postgres", default=os.environ.get("NEWSTRACE_TEST_POSTGRES_URL"))
    ap.add_argument("--out", default=str(Path(__file__).parent))
    ap.add_argument("--only", help="run only the giant-text cases (item 1) and merge them into results.json")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newstrace-robustness-"))
    db = str(work / "corpus.sqlite")
    t0 = time.perf_counter()

    # -- data loss -------------------------------------------------------------------
    if not args.only:
        concurrent("2. two ingests at once (SQLite)", args.corpus, db)
    if args.postgres and not args.only:
        engine = sa.create_engine("postgresql+psycopg://" + args.postgres.split("://", 1)[1])
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
        concurrent("2. two ingests at once (PostgreSQL)", args.corpus, args.postgres)

    giant = work / "giant"
    giant.mkdir()
    (giant / "ok.txt").write_text("Story one. " + OK_TEXT, encoding="utf-8")
    (giant / "big.txt").write_text(OK_TEXT * (1_200_000 // len(OK_TEXT)), encoding="utf-8")
    (giant / "ok2.txt").write_text("Story two. " + OK_TEXT, encoding="utf-8")
    before = count(db)
    r = run([NEWSTRACE, "ingest", str(giant), "--db", db])
    record("1. text of 1.2 M characters (> spaCy max_length) beside 2 others", "ingest giant/", r, db, before, 3,
           f"{count(db)[0] - before[0]} of 3 stored; the giant parsed in chunks, then stored or named")
    before = count(db)
    (giant / "huge.txt").write_text(OK_TEXT * (5_100_000 // len(OK_TEXT)), encoding="utf-8")
    (giant / "ok3.txt").write_text("Story three. " + OK_TEXT, encoding="utf-8")
    r = run([NEWSTRACE, "ingest", str(giant / "huge.txt"), str(giant / "ok3.txt"), "--db", db])
    record("1. text of 5.1 M characters (> max_text_chars) beside 1 other", "ingest huge.txt ok3.txt", r, db,
           before, 2, "huge refused by name, the other stored")
    if args.only:
        path = Path(args.out) / "results.json"
        kept = json.loads(path.read_text(encoding="utf-8"))
        fresh = {x["case"]: x for x in rows}
        rows[:] = [fresh.pop(x["case"], x) for x in kept["rows"]] + list(fresh.values())
        write(Path(args.out), rows, kept["seconds"])
        return

    src = work / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": OK_TEXT}) + "\n", encoding="utf-8")
    r = run([NEWSTRACE, "extract", str(src), "--out", str(src)])
    record("3. extract X --out X", "extract in.jsonl --out in.jsonl", r, None, None, None,
           f"input intact: {src.read_text(encoding='utf-8').startswith('{')}")
    for case, target in [("3. --out to a folder", str(work)), ("3. --out in a missing folder", str(work / "no" / "r")),
                         ("3. --out unwritable", "/proc/version"), ("3. --out a device (/dev/full)", "/dev/full")]:
        r = run([NEWSTRACE, "extract", str(src), "--out", target])
        record(case, f"extract in.jsonl --out {target}", r, None, None, None, "refused before any work")
    r = run([NEWSTRACE, "extract", str(src), "--out", str(work / "t.txt"), "-f", "table"])
    record("3. --out f -f table", "extract in.jsonl --out t.txt -f table", r, None, None, None,
           f"table in the file: {'Amina Yusuf' in (work / 't.txt').read_text(encoding='utf-8')}; stdout empty: "
           f"{not r['out'].strip()}")

    # -- silent wrong answers ----------------------------------------------------------
    conn = sqlite3.connect(db)
    future = conn.execute("SELECT count(*) FROM events e JOIN articles a ON a.pk = e.article_pk WHERE e.date IS NOT NULL "
                          "AND a.published IS NOT NULL AND e.date > substr(a.published, 1, length(e.date)) "
                          "AND e.modality NOT IN ('planned', 'possible')").fetchone()[0]
    old = conn.execute("SELECT count(*) FROM events WHERE date < '1900'").fetchone()[0]
    hunter = conn.execute("SELECT aliases FROM entities WHERE name = 'Hunter Biden'").fetchall()
    roosevelt = conn.execute("SELECT name, aliases FROM entities WHERE name LIKE '%Roosevelt%'").fetchall()
    conn.close()
    rows.append({"case": "4. different people folded into one entity", "command": "entities in the corpus store",
                 "rc": 0, "seconds": 0, "before": None, "after": None, "duplicates": None, "traceback": False,
                 "message": "", "ok": all("Trump" not in a for (a,) in hunter) and not any(
                     "Theodore" in a and n != "Theodore Roosevelt" for n, a in roosevelt),
                 "outcome": f"Hunter Biden aliases {[json.loads(a) for (a,) in hunter]}; Roosevelts "
                            f"{[(n, json.loads(a)) for n, a in roosevelt]}"})
    rows.append({"case": "5. numbers read as years", "command": "events in the corpus store", "rc": 0, "seconds": 0,
                 "before": None, "after": None, "duplicates": None, "traceback": False, "message": "",
                 "ok": future == 0 and old == 0,
                 "outcome": f"{future} past events dated after publication, {old} dated before 1900"})
    foreign = work / "ar.txt"
    foreign.write_text(ARABIC, encoding="utf-8")
    before = count(db)
    r = run([NEWSTRACE, "ingest", str(foreign), "--db", db])
    conn = sqlite3.connect(db)
    lang = conn.execute("SELECT language, (SELECT count(*) FROM entities WHERE article_pk = a.pk) FROM articles a "
                        "WHERE id = 'ar'").fetchone()
    conn.close()
    record("6. Arabic article", "ingest ar.txt", r, db, before, 1, f"stored as language {lang[0]!r}, {lang[1]} entities")
    junk = work / "junk.txt"
    junk.write_text(JUNK * (200_000 // len(JUNK)) + ". " + OK_TEXT, encoding="utf-8")
    r = run([NEWSTRACE, "extract", str(junk), "-f", "json"])
    rec = json.loads(r["out"])[0] if r["rc"] == 0 else {"events": [], "claims": []}
    record("10. one 200k-character sentence without punctuation", "extract junk.txt -f json", r, None, None, None,
           f"{len(rec['events'])} events, {len(rec['claims'])} claims")

    # -- smaller (7) ---------------------------------------------------------------------
    r = run([NEWSTRACE, "extract", str(src)])
    record("7. extract piped to jq (stdout not a terminal)", "extract in.jsonl | ...", r, None, None, None,
           f"jsonl: {r['out'].lstrip().startswith('{')}")
    empty = str(work / "empty.sqlite")
    run([NEWSTRACE, "ingest", str(foreign), "--db", empty])
    r = run([NEWSTRACE, "events", "-f", "csv", "--db", empty])
    record("7. CSV with no rows", "events -f csv (no events)", r, None, None, None, f"header: {r['out'].strip()[:60]}")
    r = run([NEWSTRACE, "events", "--since", "2025-13-45", "--db", db])
    record("7. --since 2025-13-45", "events --since 2025-13-45", r, None, None, None, "refused")
    bad = work / "meta.jsonl"
    bad.write_text("\n".join(json.dumps(x) for x in [{"id": "t1", "title": ["a"], "text": OK_TEXT + "t1"},
                                                     {"id": "u1", "url": 5, "text": OK_TEXT + "u1"},
                                                     {"id": "p1", "published": "2024-11-29T10:00:00+05:00",
                                                      "text": OK_TEXT + "p1"}]) + "\n", encoding="utf-8")
    before = count(db)
    r = run([NEWSTRACE, "ingest", str(bad), "--db", db])
    conn = sqlite3.connect(db)
    published = conn.execute("SELECT published FROM articles WHERE id = 'p1'").fetchone()
    conn.close()
    record("7. title: [\"a\"], url: 5, published with +05:00", "ingest meta.jsonl", r, db, before, 1,
           f"2 refused by field, published kept as {published[0] if published else None}")
    r = run([NEWSTRACE, "extract", "https://example.invalid/a"], env={"NEWSTRACE_ALLOW_PRIVATE_ADDRESSES": "maybe"})
    record("7. NEWSTRACE_ALLOW_PRIVATE_ADDRESSES=maybe", "extract URL", r, None, None, None, "one line")
    r = run([NEWSTRACE, "ingest", str(src), "--db", "mysql://u@localhost/news"])
    record("7. mysql:// store", "ingest --db mysql://...", r, None, None, None, "unsupported store")
    r = run([NEWSTRACE, "ingest", str(src), "--db", str(work / "nonexistent" / "dir" / "x.sqlite")])
    record("7. --db in a missing folder", "ingest --db /nonexistent/dir/x.sqlite", r, None, None, None,
           f"folder created: {(work / 'nonexistent').exists()}")
    linked = work / "linked"
    linked.mkdir()
    (linked / "ok.txt").write_text("Story four. " + OK_TEXT, encoding="utf-8")
    (work / "secret.txt").write_text("Private notes of the editor, not for the corpus.", encoding="utf-8")
    (linked / "link.txt").symlink_to(work / "secret.txt")
    before = count(db)
    r = run([NEWSTRACE, "ingest", str(linked), "--db", db])
    record("7. link out of an input folder", "ingest linked/", r, db, before, 1, "link not followed")

    # -- abuse (8) -------------------------------------------------------------------------
    for name, store in [("SQLite", db)] + ([("PostgreSQL", args.postgres)] if args.postgres else []):
        for n in (1000, 5000):
            r = run([NEWSTRACE, "search", "said " * n, "-f", "json", "--db", store])
            hits = len(json.loads(r["out"])) if r["rc"] == 0 else 0
            record(f"8. search of one word x {n} ({name})", f"search 'said ' x {n}", r, None, None, None,
                   f"{hits} hits" if r["rc"] == 0 else "refused")

    write(Path(args.out), rows, round(time.perf_counter() - t0))


def write(out: Path, rows: list[dict], total: float) -> None:
    (out / "results.json").write_text(json.dumps({"seconds": round(total), "rows": rows}, indent=1), encoding="utf-8")
    lines = ["| case | rc | s | stored before → after | dup | traceback | result | message |",
             "|---|---|---|---|---|---|---|---|"]
    for x in rows:
        stored = f"{x['before']} → {x['after']}" if x["before"] is not None else ""
        message = x["message"].replace("|", "\\|").strip("│ ")
        dup = x["duplicates"] if x["duplicates"] is not None else ""
        lines.append(f"| {x['case']} | {x['rc']} | {x['seconds']} | {stored} | {dup} "
                     f"| {'yes' if x['traceback'] else 'no'} | {x['outcome'].replace('|', '/')} | {message} |")
    (out / "results.md").write_text("\n".join(lines) + f"\n\nWhole run: {total:.0f} s; "
                                    f"{sum(not x['ok'] for x in rows)} case(s) not as expected.\n", encoding="utf-8")
    print(f"done in {total:.0f} s; {sum(not x['ok'] for x in rows)} not ok")


if __name__ == "__main__":
    main()
