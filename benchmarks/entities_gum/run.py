"""Held-out entity quality: newstrace against the gold GUM annotations of 23 Wikinews articles.

    .venv/bin/python benchmarks/entities_gum/run.py [--explain] [--top N] [--write] [--dump DIR]

Reads ../shared/data/news/wikinews-politics/annotations/gum_news_conllu/GUM_news_*.conllu
(24 Wikinews documents of the GUM corpus; GUM_news_korea is skipped because it is in the
dev set the code is tuned on). For each document it rebuilds the article text from the
gold tokens, turns the gold GUM entity layer into RECORD.md entities (rules in README.md),
runs newstrace on the text and scores the entities with newstrace.evaluate.score, the
dev-set scorer. Prints P/R/F1 overall and per type, and with --explain the misses and
extras grouped into error classes. --write puts the result into this folder's README.md;
--dump DIR writes the gold and predicted records (JSON) for inspection.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# NEWSTRACE_SHARED, else ../shared next to the checkout (main) or next to the worktrees'
# folder (wt/<branch>), as tests/quality/gate.py finds it
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))
GUM = SHARED / "data" / "news" / "wikinews-politics" / "annotations" / "gum_news_conllu"
DEV_GOLD = SHARED / "eval" / "dev"
SKIP = {"GUM_news_korea": "in the dev set (shared/eval/dev/gum-news-korea.json)"}

# GUM entity type -> RECORD.md type. GUM "place" covers countries, cities, regions and
# buildings alike; RECORD.md's scorer treats GPE and LOC as one class, so GPE stands for both.
TYPE_MAP = {"person": "PERSON", "organization": "ORG", "place": "GPE"}
PLACES = {"GPE", "LOC"}


# -- CoNLL-U -> text and gold mentions ------------------------------------------------


@dataclass
class Mention:
    gid: str  # GUM coreference group id (one chain)
    etype: str  # GUM entity type: person, place, organization, event, abstract, ...
    identity: str | None  # Wikipedia link (Wikification), URL-encoded, or None
    start: int  # first and last word (document-wide word index)
    end: int
    minspan: list[int]  # 1-based word positions inside the mention of its minimal span (kept, unused)
    surface: str = ""
    propn: bool = False  # contains a PROPN word (a proper name by the conversion rule)
    pure_name: bool = False  # every word is a proper noun or name glue ("University of Sheffield")
    plural_name: bool = False  # its proper nouns are all plural (NNPS): "Afghans", "Democrats"
    head_surface: str | None = None  # the name inside the mention ("Hamdullah Mohib" in "Afghan Ambassador ... Hamdullah Mohib")
    chars: tuple[int, int] = (0, 0)  # character span in the rebuilt text (benchmarks/coref reads it)


@dataclass
class GumDoc:
    id: str
    title: str | None
    published: str | None
    url: str | None
    text: str
    mentions: list[Mention] = field(default_factory=list)


_ENTITY_PART = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")


def _misc(field_: str) -> dict[str, str]:
    out = {}
    if field_ != "_":
        for kv in field_.split("|"):
            k, _, v = kv.partition("=")
            out[k] = v
    return out


def _block_kinds(line: str) -> list[tuple[str, int]]:
    """'# newpar_block = p (7 s) | figure rend:::"x" (1 s) | caption (1 s)' -> [(p, 7), (figure, 1), (caption, 1)]."""
    out = []
    for part in line.split("=", 1)[1].split("|"):
        m = re.match(r"\s*(\w+).*\((\d+) s\)\s*$", part)
        if m:
            out.append((m.group(1), int(m.group(2))))
    return out


NAME_TAGS = {"NNP", "NNPS"}
# dependents that stay inside a proper name; titles ("nmod:desc"), possessors and
# appositions do not. Function words join only where they sit between name words.
NAME_DEPS = {"flat", "flat:name", "flat:foreign", "compound", "fixed", "goeswith", "amod"}
GLUE_DEPS = {"det", "case", "cc", "punct"}


def _name_core(mention: Mention, upos: list[str], xpos: list[str], form: list[str],
               head: list[int | None], deprel: list[str]) -> list[int]:
    """The words of the proper name inside a mention: the mention's syntactic head, if it is
    a proper noun, grown down the dependency tree through name-internal relations (flat,
    compound, fixed, "of"-nmod, NNP-tagged adjectives) but not through titles (nmod:desc),
    possessors or appositions. "U.S. President Donald Trump's" -> "Donald Trump";
    "Daughters of the American Revolution" -> all of it; "the Afghan team" -> nothing."""
    words = range(mention.start, mention.end + 1)
    roots = [w for w in words if head[w] is None or not mention.start <= head[w] <= mention.end]
    if not roots:
        return []

    def namey(w: int) -> bool:
        return upos[w] == "PROPN" or xpos[w] in NAME_TAGS

    root = roots[0]
    if not namey(root):
        # "nonpartisan pan-democrat Eddie Chu": a common-noun head with the name as flat dependents
        flat = {w for w in words if head[w] == root and deprel[w].startswith("flat") and namey(w)}
        flat |= {w for w in words if head[w] in flat and deprel[w].startswith("flat") and namey(w)}
        span = sorted(flat)
        return span if span and span == list(range(span[0], span[-1] + 1)) else []
    core = {root}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for w in words:
            if head[w] != parent or w in core:
                continue
            rel = deprel[w]
            kids = [c for c in words if head[c] == w]
            ok = (rel in NAME_DEPS and namey(w)
                  and (rel != "nmod" or any(form[c].lower() == "of" and deprel[c] == "case" for c in kids)))
            if ok or (rel in GLUE_DEPS and form[w].lower() in ("of", "the", "and", "&", "-", ".", "de")):
                core.add(w)
                frontier.append(w)
    lo = hi = root  # the contiguous stretch around the head, without function words at its edges
    while lo - 1 in core:
        lo -= 1
    while hi + 1 in core:
        hi += 1
    while lo < root and not namey(lo):
        lo += 1
    while hi > root and not namey(hi):
        hi -= 1
    while hi > lo and xpos[hi] == "POS":
        hi -= 1
    return list(range(lo, hi + 1))


def parse(path: Path) -> GumDoc:
    """One GUM document: text rebuilt from the tokens (SpaceAfter=No respected, sentences
    joined by a space, a newline at each `# newpar`), the title `head` block set aside as
    the title, and every gold mention with its character span in that text."""
    meta: dict[str, str] = {}
    paragraphs: list[list[str]] = []  # sentence strings per paragraph
    title_words: list[str] = []
    word_misc: list[dict[str, str]] = []
    word_upos: list[str] = []
    word_xpos: list[str] = []
    word_form: list[str] = []
    word_head: list[int | None] = []  # document-wide index of the syntactic head, None at the root
    word_deprel: list[str] = []
    word_loc: list[tuple[int, int, int, int]] = []  # (paragraph, sentence, start, end) within the sentence string
    blocks: list[list] = []  # active [kind, remaining sentences]
    in_title = False
    first_sentence = True
    sent_tokens: list[list[str]] = []
    new_par = False

    def flush_sentence():
        nonlocal first_sentence, in_title, new_par
        if not sent_tokens:
            return
        kind = next((b[0] for b in reversed(blocks) if b[1] > 0), "p")
        for b in blocks:
            b[1] -= 1
        blocks[:] = [b for b in blocks if b[1] > 0]
        in_title = first_sentence and kind == "head"
        first_sentence = False
        if kind in ("figure", "caption"):  # image captions ("... Image: NASA."), dropped as in articles.jsonl
            sent_tokens.clear()
            return
        # build the sentence string; words of multiword tokens share their token's span
        s = ""
        spans: dict[int, tuple[int, int]] = {}
        skip_until = 0
        for cols in sent_tokens:
            tid = cols[0]
            if "-" in tid:
                a, b = map(int, tid.split("-"))
                start = len(s)
                s += cols[1]
                for w in range(a, b + 1):
                    spans[w] = (start, len(s))
                skip_until = b
                if _misc(cols[9]).get("SpaceAfter") != "No":
                    s += " "
                continue
            if "." in tid:
                continue
            w = int(tid)
            if w > skip_until:
                start = len(s)
                s += cols[1]
                spans[w] = (start, len(s))
                if _misc(cols[9]).get("SpaceAfter") != "No":
                    s += " "
        s = s.rstrip()
        if in_title:
            title_words.append(s)
            pi, si = -1, -1
        else:
            if new_par or not paragraphs:
                paragraphs.append([])
            new_par = False
            paragraphs[-1].append(s)
            pi, si = len(paragraphs) - 1, len(paragraphs[-1]) - 1
        base_index = len(word_loc) - 1  # + word id = document-wide index
        for cols in sent_tokens:
            if "-" in cols[0] or "." in cols[0]:
                continue
            st, en = spans[int(cols[0])]
            word_loc.append((pi, si, st, en))
            word_misc.append(_misc(cols[9]))
            word_upos.append(cols[3])
            word_xpos.append(cols[4])
            word_form.append(cols[1])
            word_deprel.append(cols[7])
            word_head.append(base_index + int(cols[6]) if cols[6] not in ("0", "_") else None)
        sent_tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.startswith("# meta::"):
                k, _, v = line[8:].partition(" = ")
                meta[k.strip()] = v.strip()
            elif line.strip() == "# newpar":
                new_par = True
            elif line.startswith("# newpar_block"):
                blocks.extend([k, n] for k, n in _block_kinds(line))
            continue
        if not line.strip():
            flush_sentence()
            continue
        sent_tokens.append(line.split("\t"))
    flush_sentence()

    # character offsets of paragraphs and sentences in the joined text
    text = ""
    base: dict[tuple[int, int], int] = {}
    for pi, sents in enumerate(paragraphs):
        if pi:
            text += "\n"
        for si, s in enumerate(sents):
            if si:
                text += " "
            base[(pi, si)] = len(text)
            text += s
    offsets: list[tuple[int, int] | None] = [
        None if pi < 0 else (base[(pi, si)] + st, base[(pi, si)] + en) for pi, si, st, en in word_loc
    ]

    # mentions from the Entity= bracket layer
    mentions: list[Mention] = []
    open_: dict[str, list[Mention]] = defaultdict(list)
    for i, misc in enumerate(word_misc):
        for m in _ENTITY_PART.finditer(misc.get("Entity", "")):
            if m.group(1):
                gid, body, closed = m.group(1), m.group(2), m.group(3)
                parts = body.split("-", 5)  # etype-infstat-salience-centering-minspan-link[-identity]
                etype, minspan, rest = parts[0], parts[4], parts[5]
                identity = rest.split("-", 1)[1] if "-" in rest else None
                mention = Mention(gid, etype, identity, i, i,
                                  [int(x) for x in re.findall(r"\d+", minspan)])
                mentions.append(mention)
                if not closed:
                    open_[gid].append(mention)
            else:
                mention = open_[m.group(4)].pop()
                mention.end = i
    doc = GumDoc(path.stem, " ".join(title_words) or meta.get("title"), meta.get("dateCreated"),
                 meta.get("sourceURL"), text)
    for mention in mentions:
        if offsets[mention.start] is None or offsets[mention.end] is None:
            continue  # in the title, which is not part of the analysed text
        mention.chars = (offsets[mention.start][0], offsets[mention.end][1])
        mention.surface = text[offsets[mention.start][0]:offsets[mention.end][1]]
        mention.propn = any(word_upos[w] == "PROPN" for w in range(mention.start, mention.end + 1))
        names = [w for w in range(mention.start, mention.end + 1) if word_upos[w] == "PROPN"]
        mention.plural_name = bool(names) and all(word_xpos[w] == "NNPS" for w in names)
        mention.pure_name = bool(names) and all(
            word_upos[w] == "PROPN" or word_xpos[w] in NAME_TAGS or word_xpos[w] == "POS"
            or word_form[w].lower() in ("of", "the", "and", "&", "-", ".", "for", "at")
            for w in range(mention.start, mention.end + 1))
        core = mention.etype == "person" and _name_core(mention, word_upos, word_xpos, word_form, word_head, word_deprel)
        if core:
            mention.head_surface = text[offsets[core[0]][0]:offsets[core[-1]][1]]
        doc.mentions.append(mention)
    return doc


# -- gold entities --------------------------------------------------------------------


def gold_name(identity: str) -> str:
    """Wikipedia link -> name: URL-decoded, underscores to spaces, a trailing
    disambiguator dropped ("Labour_Party_%28Hong_Kong%29" -> "Labour Party")."""
    name = unquote(identity).replace("_", " ")
    return re.sub(r"\s+\([^()]*\)$", "", name).strip()


@dataclass
class Gold:
    record: dict  # RECORD.md shape: id, title, url, published, text, entities
    excluded: list[dict]  # linked person/place/org chains with no proper-name mention
    other_names: dict[str, str]  # normalised proper-name mention of a non-gold GUM chain -> why not gold


def build_gold(doc: GumDoc) -> Gold:
    from newstrace.evaluate import norm

    chains: dict[str, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        chains[m.gid].append(m)
    by_identity: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    other: dict[str, str] = {}
    for gid, ms in chains.items():
        identity = next((m.identity for m in ms if m.identity), None)
        etype = ms[0].etype
        if identity and etype in TYPE_MAP:
            by_identity[(identity, etype)].extend(ms)
            continue
        why = f"GUM {etype}, no Wikipedia link" if etype in TYPE_MAP else f"GUM type {etype}"
        for m in ms:
            if m.propn:
                for form in (m.surface, m.head_surface):
                    if form and norm(form):
                        other.setdefault(norm(form), why)
    entities, excluded = [], []
    for (identity, etype), ms in by_identity.items():
        named = [m for m in ms if m.propn]
        ent = {"name": gold_name(identity), "type": TYPE_MAP[etype], "gum_type": etype,
               "mentions_n": len(ms)}
        if not named:
            excluded.append({**ent, "aliases": sorted({m.surface for m in ms})[:4]})
            continue
        aliases: list[str] = []
        for m in named:
            city = None
            if etype == "place" and ", " in m.surface:
                # "Mountain View, California": GUM links the whole; the city part is a name of its own
                city = next((m.surface[:m.surface.index(", ")] for o in doc.mentions if o.gid != m.gid
                             and o.etype == "place" and o.end == m.end and o.start > m.start
                             and m.surface.endswith(", " + o.surface)), None)
            for form in (m.surface, m.head_surface, city):
                if form and form not in aliases and form != ent["name"]:
                    aliases.append(form)
        ent["aliases"] = aliases
        ent["plural_name"] = etype == "person" and all(m.plural_name for m in named)
        # named only inside a longer name of something else: "Colorado" in "Colorado State University"
        ent["nested_only"] = all(any(o.gid != m.gid and o.pure_name and o.start <= m.start and m.end <= o.end
                                     and (o.start, o.end) != (m.start, m.end) for o in doc.mentions) for m in named)
        entities.append(ent)
    record = {"id": doc.id, "title": doc.title, "url": doc.url, "published": doc.published,
              "text": doc.text, "entities": entities}
    return Gold(record, excluded, other)


# -- scoring --------------------------------------------------------------------------


def _forms(e: dict) -> set[str]:
    from newstrace.evaluate import norm

    return {f for f in {norm(e.get("name"))} | {norm(a) for a in e.get("aliases") or []} if f}


def _type_class(t: str | None) -> str:
    return "place" if t in PLACES else (t or "")


def _only(records: list[dict], keep) -> list[dict]:
    return [{**r, "entities": [e for e in r.get("entities") or [] if keep(e)]} for r in records]


def _retyped(records: list[dict]) -> list[dict]:
    return [{**r, "entities": [{**e, "type": "ORG"} for e in r.get("entities") or []
                               if e.get("type") in {"PERSON", "ORG", "GPE", "LOC", "FAC"}]} for r in records]


def _content(forms: set[str]) -> set[str]:
    from newstrace.evaluate import STOP

    return {w for f in forms for w in f.split() if w not in STOP and len(w) > 1}


def _nearest(forms: set[str], others: list[dict], key) -> dict | None:
    """The entity among others whose words overlap most with forms (None if none share a word)."""
    words = _content(forms)
    scored = [(len(words & _content(key(o))) / max(1, len(_content(key(o)))), i) for i, o in enumerate(others)]
    scored = [x for x in scored if x[0] > 0]
    return others[max(scored)[1]] if scored else None


def classify(golds: list[Gold], preds: list[dict], report) -> tuple[list[tuple], list[tuple]]:
    """Error classes for every miss and extra of the main score: (class, name, type, doc, detail)."""
    from newstrace.evaluate import Names, norm

    pred_by_id = {p["id"]: p for p in preds}
    misses, extras = [], []
    for gold, (doc_id, art) in zip(golds, report.articles):
        g_ents = [e for e in gold.record["entities"]]
        p_ents = [e for e in pred_by_id.get(doc_id, {}).get("entities") or []
                  if e.get("type") in {"PERSON", "ORG", "GPE", "LOC", "FAC"}]
        gn = Names(g_ents)
        missed_ids = {id(e) for e in art.missed["entities"]}
        for g in art.missed["entities"]:
            gforms = gn.of(g["name"])
            same = [p for p in p_ents if _forms(p) & gforms]
            compatible = [p for p in same if _type_class(p["type"]) == _type_class(g["type"])]
            if g.get("plural_name"):
                cls, detail = "gold: people group named by a plural (demonym/party members)", ""
            elif g.get("nested_only") and not same:
                cls, detail = "gold: named only inside another name (\"Colorado\" in \"Colorado State University\")", ""
            elif compatible:
                cls, detail = "over-merge: its name sits in a predicted entity used for another gold", compatible[0]["name"]
            elif same:
                cls, detail = f"type confusion: gold {g['type']} -> predicted {same[0]['type']}", same[0]["name"]
            else:
                near = _nearest({norm(g["name"])}, p_ents, _forms)
                if near:
                    cls, detail = "boundary/alias: only a partial or different form was predicted", near["name"]
                else:
                    cls, detail = "not found (NER miss)", ""
            misses.append((cls, g["name"], g["type"], doc_id, detail))
        matched = [g for g in g_ents if id(g) not in missed_ids]
        for p in art.extra["entities"]:
            pf = _forms(p)
            dup = [g for g in matched if pf & gn.of(g["name"]) and _type_class(g["type"]) == _type_class(p["type"])]
            typed = [g for g in g_ents if pf & gn.of(g["name"])]
            other = next((gold.other_names[f] for f in pf if f in gold.other_names), None)
            near = _nearest(pf, g_ents, lambda g: {norm(g["name"])})
            if dup:
                cls, detail = "split: a second entity for an already-found gold entity (alias folding)", dup[0]["name"]
            elif typed:
                cls, detail = f"type confusion: predicted {p['type']} for gold {typed[0]['type']}", typed[0]["name"]
            elif other and "no Wikipedia link" in other:
                cls, detail = "named in GUM but not linked to Wikipedia (so not gold)", other
            elif other:
                cls, detail = "GUM annotates it as a non-entity type", other
            elif near:
                cls, detail = "boundary: partial/overlong span of a gold name", near["name"]
            else:
                cls, detail = "spurious or unannotated", ""
            extras.append((cls, p["name"], p["type"], doc_id, detail))
    return misses, extras


def _row(label: str, prf: dict) -> str:
    return f"| {label} | {prf['p']:.3f} | {prf['r']:.3f} | {prf['f1']:.3f} | {prf['tp']} | {prf['pred']} | {prf['gold']} |"


def evaluate(golds: list[Gold], preds: list[dict]) -> tuple[list[str], object, list[tuple], list[tuple]]:
    from newstrace.evaluate import score

    g_recs = [g.record for g in golds]
    main = score(g_recs, preds)
    lines = ["| entities | P | R | F1 | tp | pred | gold |", "|---|---:|---:|---:|---:|---:|---:|",
             _row("**all types** (RECORD.md scorer)", main.prf("entities"))]
    for label, keep in (("PERSON", lambda e: e.get("type") == "PERSON"),
                        ("ORG", lambda e: e.get("type") == "ORG"),
                        ("GPE/LOC (place)", lambda e: e.get("type") in PLACES),
                        ("FAC (GUM has no such class)", lambda e: e.get("type") == "FAC")):
        lines.append(_row(label, score(_only(g_recs, keep), _only(preds, keep)).prf("entities")))
    fac_as_place = [{**r, "entities": [{**e, "type": "GPE"} if e.get("type") == "FAC" else e
                                       for e in r.get("entities") or []]} for r in preds]
    lines.append(_row("diagnostic: FAC accepted as a GUM place", score(g_recs, fac_as_place).prf("entities")))
    untyped = score(_retyped(g_recs), _retyped(preds)).prf("entities")
    lines.append(_row("diagnostic: names only, type ignored", untyped))
    # RECORD.md-adjusted: gold people groups and names only nested in other names left out,
    # with the predictions that name them
    def doubtful(e: dict) -> bool:
        return bool(e.get("plural_name") or e.get("nested_only"))

    adj_gold, adj_pred = [], []
    for g, p in zip(g_recs, [next((p for p in preds if p["id"] == g["id"]), {"id": g["id"]}) for g in g_recs]):
        dropped = set().union(*[_forms(e) for e in g["entities"] if doubtful(e)])
        kept = [e for e in g["entities"] if not doubtful(e)]
        kept_forms = set().union(*[_forms(e) for e in kept])
        adj_gold.append({**g, "entities": kept})
        adj_pred.append({**p, "entities": [e for e in p.get("entities") or []
                                           if not (_forms(e) & dropped) or _forms(e) & kept_forms]})
    lines.append(_row("diagnostic: gold that RECORD.md would not count left out (groups, nested-only names)",
                      score(adj_gold, adj_pred).prf("entities")))
    misses, extras = classify(golds, preds, main)
    unlinked = sum(1 for c, *_ in extras if c.startswith("named in GUM") or c.startswith("GUM annotates"))
    prf = main.prf("entities")
    adj_pred = prf["pred"] - unlinked
    adj_p = prf["tp"] / adj_pred if adj_pred else 0.0
    adj_f = 2 * adj_p * prf["r"] / (adj_p + prf["r"]) if adj_p + prf["r"] else 0.0
    lines.append(f"| diagnostic: extras that GUM names but does not link left out | {adj_p:.3f} | {prf['r']:.3f} "
                 f"| {adj_f:.3f} | {prf['tp']} | {adj_pred} | {prf['gold']} |")
    return lines, main, misses, extras


def class_table(rows: list[tuple], what: str) -> list[str]:
    counts = Counter(c for c, *_ in rows)
    out = [f"| {what} class | n | examples |", "|---|---:|---|"]
    for cls, n in counts.most_common():
        names = Counter(f"{name} ({detail})" if detail and not cls.startswith(("named in GUM", "GUM annotates"))
                        else (f"{name} [{detail}]" if detail and cls.startswith("GUM annotates") else name)
                        for c, name, _, _, detail in rows if c == cls)
        ex = ", ".join(f"{k}×{v}" if v > 1 else k for k, v in names.most_common(6))
        out.append(f"| {cls} | {n} | {ex.replace('|', '/')} |")
    return out


# -- main -----------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--explain", action="store_true", help="list misses and extras by error class")
    ap.add_argument("--top", type=int, default=25, help="most frequent misses/extras to list with --explain")
    ap.add_argument("--write", action="store_true", help="write the result block into README.md")
    ap.add_argument("--dump", type=Path, help="write gold and predicted records (JSON) into this folder")
    args = ap.parse_args()

    from newstrace import Newstrace
    from newstrace.record import Article, Record

    paths = sorted(GUM.glob("GUM_news_*.conllu"))
    if not paths:
        sys.exit(f"no GUM files under {GUM}")
    skipped = [p.stem for p in paths if p.stem in SKIP]
    golds = [build_gold(parse(p)) for p in paths if p.stem not in SKIP]
    core = Newstrace()
    articles = [Article(id=g.record["id"], title=g.record["title"], url=g.record["url"],
                        published=g.record["published"], text=g.record["text"]) for g in golds]
    preds = []
    for outcome in core.extract(articles):
        if isinstance(outcome, Record):
            preds.append(outcome.to_json_dict())
        else:
            print(f"warning: {outcome}", file=sys.stderr)
    table, main_report, misses, extras = evaluate(golds, preds)
    words = sum(len(g.record["text"].split()) for g in golds)
    n_gold = sum(len(g.record["entities"]) for g in golds)
    n_excl = sum(len(g.excluded) for g in golds)
    n_plural = sum(1 for g in golds for e in g.record["entities"] if e.get("plural_name"))
    n_nested = sum(1 for g in golds for e in g.record["entities"] if e.get("nested_only"))
    head = [
        f"{len(golds)} GUM Wikinews documents, {words:,} words, {n_gold} gold entities "
        f"({Counter(e['type'] for g in golds for e in g.record['entities']).most_common()}); "
        f"skipped {', '.join(skipped)} ({SKIP[skipped[0]] if skipped else '-'}).",
        f"Left out of gold: {n_excl} linked person/place/organization chains never named by a proper noun. "
        f"Kept in gold although RECORD.md would not count them: {n_plural} people groups named by a plural "
        f"(\"Afghans\", \"Muslims\") and {n_nested} places/organisations named only inside a longer name. "
        f"Model {core.settings.model}.",
        "",
    ]
    result = head + table + ["", "Misses (gold entities not found), by class:", ""] + class_table(misses, "miss") + [
        "", "Extras (predicted entities matching no gold entity), by class:", ""] + class_table(extras, "extra")
    text = "\n".join(result)
    print(text)
    if args.explain:
        print("\n## Most frequent misses (name, type: count, class)")
        for (name, typ, cls), n in Counter((n, t, c) for c, n, t, _, _ in misses).most_common(args.top):
            print(f"  {n}x {name} [{typ}]  -- {cls}")
        print("\n## Most frequent extras")
        for (name, typ, cls), n in Counter((n, t, c) for c, n, t, _, _ in extras).most_common(args.top):
            print(f"  {n}x {name} [{typ}]  -- {cls}")
        print("\n## Per document: misses / extras")
        for doc_id, art in main_report.articles:
            tp, n_pred, n_gold = art.counts["entities"]
            print(f"\n{doc_id}: tp {tp}, pred {n_pred}, gold {n_gold}")
            for c, name, typ, d, detail in misses:
                if d == doc_id:
                    print(f"  - MISS  {name} [{typ}] {c}{': ' + detail if detail else ''}")
            for c, name, typ, d, detail in extras:
                if d == doc_id:
                    print(f"  + EXTRA {name} [{typ}] {c}{': ' + detail if detail else ''}")
        print("\n## Gold chains left out (linked, never named by a proper noun)")
        for g in golds:
            for e in g.excluded:
                print(f"  {g.record['id']}: {e['name']} [{e['type']}] e.g. {e['aliases']}")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        (args.dump / "gold.jsonl").write_text("".join(json.dumps(g.record, ensure_ascii=False) + "\n" for g in golds))
        (args.dump / "pred.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds))
    if args.write:
        readme = HERE / "README.md"
        body = readme.read_text(encoding="utf-8")
        body = re.sub(r"(<!-- result -->\n).*?(\n<!-- /result -->)", lambda m: m.group(1) + text + m.group(2),
                      body, flags=re.S)
        readme.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
