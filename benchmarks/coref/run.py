"""The coreference stage on its own, against the GUM coreference annotations.

    .venv/bin/python benchmarks/coref/run.py [--explain N]

Reads the 24 GUM Wikinews documents in
../shared/data/news/wikinews-politics/annotations/gum_news_conllu/ (none is a reserved
article; GUM_news_korea is skipped, as in benchmarks/entities_gum, because it is in the
dev set the rules were written against). The text is rebuilt from the gold tokens by
benchmarks/entities_gum/run.py; newstrace reads it up to the coreference stage
(entities, places, coref) and each link it writes is checked against the gold chains:

* a link is **right** when the gold mention around the linked word (the smallest one
  holding it) is in a chain that holds a named mention of the predicted entity (a
  mention of the entity overlaps a gold mention of that chain with a proper noun);
* **precision** = right / links whose word lies in a gold mention;
* **recall** = right / *resolvable anaphors*: gold pronouns (he, she, it, they and
  their forms) and definite common-noun phrases ("the group", "this country") whose
  chain has a named mention before them that newstrace's entity table found.

Identity is what GUM annotates; the stage's metonymy links (``member``: "officials from
X" -> X; ``capital``: "Moscow said" -> Russia; ``state``: "the government" -> the
country) tie a phrase to an entity it is not, so they are reported on their own and
left out of the headline precision.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# NEWSTRACE_SHARED, else ../shared next to the checkout (main) or next to the worktrees' folder
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))
GUM = SHARED / "data" / "news" / "wikinews-politics" / "annotations" / "gum_news_conllu"
IDENTITY = ("pronoun", "definite", "title", "apposition")
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves"}


def _gum():
    spec = importlib.util.spec_from_file_location("entities_gum_run", ROOT / "benchmarks/entities_gum/run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["entities_gum_run"] = module
    spec.loader.exec_module(module)
    return module


def _kind(mention) -> str | None:
    """"pronoun", "definite" or None (a name or an indefinite phrase: not an anaphor here)."""
    surface = mention.surface.lower()
    if surface in PRONOUNS:
        return "pronoun"
    first = surface.split()[0] if surface.split() else ""
    if not mention.propn and first in ("the", "this", "that", "these", "those") and len(surface.split()) <= 4:
        return "definite"
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(docs, read) -> tuple[dict, list[str]]:
    """Counts over all documents; ``read(doc)`` gives (links, entities, names) for a GumDoc:
    links [(start, end, entity_id, rule)], entities {id: [(start, end), ...]}, names {id: name}."""
    counts: Counter = Counter()
    by_rule: dict[str, Counter] = defaultdict(Counter)
    examples: list[str] = []
    for doc in docs:
        links, entities, names = read(doc)
        chains = defaultdict(list)
        for m in doc.mentions:
            chains[m.gid].append(m)
        # a chain's names: mentions that are a proper name, or a person's name inside a
        # longer phrase ("Afghan Ambassador ... Hamdullah Mohib"); not any phrase holding one
        named = {gid: [m for m in ms if m.pure_name or m.head_surface] for gid, ms in chains.items()}

        def found_entities(gid: str) -> set[str]:
            return {eid for eid, spans in entities.items()
                    if any(_overlaps(s, m.chars) for s in spans for m in named[gid])}

        # resolvable anaphors: gold pronouns and definite phrases after a named mention
        # of their chain that the entity table found
        resolvable = {}
        for m in doc.mentions:
            kind = _kind(m)
            if kind is None:
                continue
            before = [n for n in named[m.gid] if n.chars[1] <= m.chars[0]]
            if before and found_entities(m.gid):
                resolvable[m.chars] = (m, kind)
        counts["resolvable"] += len(resolvable)
        for kind in ("pronoun", "definite"):
            counts[f"resolvable_{kind}"] += sum(1 for _, k in resolvable.values() if k == kind)
        for start, end, entity_id, rule in links:
            holders = [m for m in doc.mentions if m.chars[0] <= start and end <= m.chars[1]]
            if not holders:
                by_rule[rule]["unscored"] += 1
                continue
            gold = min(holders, key=lambda m: m.chars[1] - m.chars[0])
            right = entity_id in found_entities(gold.gid)
            by_rule[rule]["links"] += 1
            by_rule[rule]["right"] += right
            if rule in IDENTITY:
                counts["links"] += 1
                counts["right"] += right
                hit = resolvable.get(gold.chars)
                if hit is not None and right:
                    counts["recalled"] += 1
                    counts[f"recalled_{hit[1]}"] += 1
            if not right and len(examples) < 400:
                chain = named[gold.gid][0].surface if named[gold.gid] else f"(unnamed {gold.etype})"
                context = doc.text[max(0, start - 60):end + 20].replace("\n", " ")
                examples.append(f"{doc.id}: [{rule}] {doc.text[start:end]!r} -> {names.get(entity_id)} ; gold: {chain}"
                                f"  | ...{context}")
    counts["by_rule"] = by_rule  # type: ignore[assignment]
    return counts, examples


def newstrace_reader():
    from newstrace import nlp as nlp_module
    from newstrace.record import Article
    from newstrace.settings import Settings

    settings = Settings.load()
    stages = {s: f for s, f in settings.stage_factories().items() if s in ("entities", "places", "coref")}

    def read(doc):
        article = Article(id=doc.id, title=doc.title, url=doc.url, source="GUM", published=doc.published,
                          text=doc.text)
        _, parsed = next(nlp_module.pipe([article], model=settings.model, batch_size=1, stages=stages))
        links = [(s.start_char, s.end_char, s.kb_id_, s.label_) for s in parsed.spans.get("coref", [])]
        # score the head word (a phrase's last word), the word the link sits on
        links = [(parsed.char_span(s, e, alignment_mode="expand")[-1].idx,
                  parsed.char_span(s, e, alignment_mode="expand")[-1].idx
                  + len(parsed.char_span(s, e, alignment_mode="expand")[-1].text), i, r) for s, e, i, r in links]
        entities = {e.id: [tuple(m) for m in e.mentions] for e in parsed._.entities.entities}
        return links, entities, {e.id: e.name for e in parsed._.entities.entities}
    return read


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--explain", type=int, default=0, help="print this many wrong links")
    args = parser.parse_args()
    gum = _gum()
    paths = sorted(p for p in GUM.glob("GUM_news_*.conllu") if p.stem not in gum.SKIP)
    docs = [gum.parse(p) for p in paths]
    counts, examples = evaluate(docs, newstrace_reader())
    print(f"{len(docs)} GUM news documents")
    print(f"identity links (pronoun, definite, title, apposition): {counts['links']}, right {counts['right']}, "
          f"precision {ratio(counts['right'], counts['links'])}")
    print(f"resolvable anaphors: {counts['resolvable']} (pronouns {counts['resolvable_pronoun']}, "
          f"definite {counts['resolvable_definite']}); recall {ratio(counts['recalled'], counts['resolvable'])} "
          f"(pronouns {ratio(counts['recalled_pronoun'], counts['resolvable_pronoun'])}, "
          f"definite {ratio(counts['recalled_definite'], counts['resolvable_definite'])})")
    print("by rule: links / right / precision (unscored: the word is in no gold mention)")
    for rule, c in sorted(counts["by_rule"].items()):
        print(f"  {rule:11} {c['links']:4d} {c['right']:4d} {ratio(c['right'], c['links'])}  unscored {c['unscored']}")
    for line in examples[:args.explain]:
        print("  x", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
