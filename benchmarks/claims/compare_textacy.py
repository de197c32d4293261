"""Claims: newstrace against textacy's ``direct_quotations``, same gold set, one run.

    .venv/bin/python benchmarks/claims/compare_textacy.py [GOLD] [--write]

GOLD defaults to ../shared/eval/dev. Both systems read the same texts with the same
spaCy pipeline. textacy (``pip install -e .[bench]``) finds direct quotations only and
says nothing of certainty, so its claims are all marked ``direct`` and ``certain``;
its speaker is the text of its speaker tokens. To be fair to it, its records carry
newstrace's entity table, so the scorer can match a short form ("Dujarric") to the
full name through the aliases. Both are scored by the reference scorer
(``shared/eval/score.py``). With --write, the result table goes into this folder's
README.md between the result markers.
"""
from __future__ import annotations

import argparse
import json
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newstrace import Newstrace
from newstrace.evaluate import load_gold
from newstrace.extract.entities import extract_entities
from newstrace.nlp import load
from newstrace.record import Article, Record

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
QUOTE_MARKS = "\"“”„«»'‘’"
BEGIN, END = "<!-- results: begin -->", "<!-- results: end -->"


def newstrace_records(core: Newstrace, articles: list[Article]) -> list[dict]:
    return [r.to_json_dict() for r in core.extract(articles) if isinstance(r, Record)]


def textacy_records(core: Newstrace, articles: list[Article], failed: list[str]) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    nlp = load(core.settings.model)
    out = []
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles])):
        claims = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError as exc:  # textacy gives up on an odd number of quotation marks
            print(f"textacy, {article.id}: {exc}", file=sys.stderr)
            failed.append(article.id)
            triples = []
        for i, (speaker, cue, content) in enumerate(triples, 1):
            claims.append({
                "id": f"c{i}", "speaker": " ".join(t.text for t in speaker), "speaker_type": "person",
                "cue": " ".join(t.text for t in cue), "quote_type": "direct",
                "content": content.text.strip(QUOTE_MARKS + " ,."), "certainty": "certain",
            })
        entities = [e.model_dump(mode="json") for e in extract_entities(doc).entities]
        out.append({"id": article.id, "text": article.text, "entities": entities, "claims": claims})
    return out


def score(gold: Path, records: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        done = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def row(name: str, result: dict, seconds: float, certainty: str | None) -> str:
    c, loose = result["claims"], result["claims_content_only"]
    acc = certainty if certainty is not None else f"{result['certainty_acc']:.3f}"
    return (f"| {name} | {c['p']:.3f} | {c['r']:.3f} | {c['f1']:.3f} | {c['tp']} / {c['pred']} / {c['gold']} "
            f"| {loose['f1']:.3f} | {acc} | {seconds:.2f} |")


def table(gold: Path, results: list[tuple[str, dict, float, str | None]]) -> str:
    import textacy

    lines = [
        f"Gold: `{gold.relative_to(SHARED.parent) if gold.is_relative_to(SHARED.parent) else gold}` "
        f"({results[0][1]['articles']} articles). Python {platform.python_version()}, textacy {textacy.__version__}.",
        "",
        "| system | P | R | F1 | tp / pred / gold | F1, content only | certainty acc. | seconds |",
        "|---|---|---|---|---|---|---|---|",
        *(row(*r) for r in results),
    ]
    return "\n".join(lines)


def write_readme(text: str) -> None:
    readme = HERE / "README.md"
    body = readme.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}\n{END}"
    body = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _: block, body, flags=re.S)
    readme.write_text(body, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path, nargs="?", default=SHARED / "eval" / "dev")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    golds = load_gold(args.gold)
    articles = [Article(id=str(g["id"]), title=g.get("title"), url=g.get("url"), source=g.get("source"),
                        published=g.get("published"), text=g["text"]) for g in golds]
    core = Newstrace()
    list(core.extract(articles[:1]))  # load the pipeline before timing either side

    t = time.perf_counter()
    ours = newstrace_records(core, articles)
    ours_s = time.perf_counter() - t
    t = time.perf_counter()
    failed: list[str] = []
    theirs = textacy_records(core, articles, failed)
    theirs_s = time.perf_counter() - t

    text = table(args.gold.resolve(), [
        ("newstrace", score(args.gold, ours), ours_s, None),
        ("textacy `direct_quotations` (every claim `certain`)", score(args.gold, theirs), theirs_s, None),
    ])
    if failed:
        text += (f"\n\ntextacy raised `ValueError` (odd number of quotation marks) and gave no quotations for "
                 f"{len(failed)} article(s): {', '.join(failed)}.")
    print(text)
    if args.write:
        write_readme(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
