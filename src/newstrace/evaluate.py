"""Score records against gold annotations, with the matching rules of RECORD.md.

The rules are those of the project's reference scorer (``shared/eval/score.py``):
entities match by type class and any shared normalised name or alias; claims by
speaker and half the gold content's words; events by type, actor and an overlapping
sentence (half its words). Matching is greedy and one-to-one, gold order first.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STOP = frozenset("""a an the of to in on at for by with from and or but as is are was were be
been being that this these those it its it's their his her they he she we you i our
has have had will would may might could can should do does did not no than then there
which who whom whose what when where while into over under about after before also
such said says say""".split())
PLACE_TYPES = {"GPE", "LOC"}
SCORED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PARTS = ("entities", "claims", "events", "events_strict")
WHENWHERE = ("date", "location", "country")


def norm(s: Any) -> str:
    if isinstance(s, list):
        s = s[0] if s else None
    if not s:
        return ""
    s = s.lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def content_words(s: Any) -> set[str]:
    if isinstance(s, list):
        s = " ".join(x for x in s if x)
    return {w for w in re.findall(r"\w+", (s or "").lower().replace("’", "'")) if w not in STOP}


def overlap(pred: str | None, gold: str | None) -> float:
    g = content_words(gold)
    return len(content_words(pred) & g) / len(g) if g else 0.0


class Names:
    """One article's alias table: every form of a name -> all forms of its entity."""

    def __init__(self, entities: Iterable[dict] | None):
        self.forms: dict[str, set[str]] = {}
        self.types: dict[str, str] = {}
        for e in entities or []:
            forms = {norm(e.get("name"))} | {norm(a) for a in e.get("aliases") or []}
            forms.discard("")
            for f in forms:
                self.forms.setdefault(f, set()).update(forms)
                self.types.setdefault(f, e.get("type", ""))

    def of(self, name: str | None) -> set[str]:
        n = norm(name)
        return self.forms.get(n, {n} if n else set())


def same_actor(pred: Any, gold: Any, pn: Names, gn: Names) -> bool:
    if isinstance(pred, list):
        pred = pred[0] if pred else None
    if isinstance(gold, list):
        return any(same_actor(pred, g, pn, gn) for g in gold)
    if gold == "*":
        return True
    if not pred and not gold:
        return True
    if not pred or not gold:
        return False
    if (pn.of(pred) | gn.of(pred)) & gn.of(gold):
        return True
    if gn.types.get(norm(gold)) == "PERSON" or pn.types.get(norm(pred)) == "PERSON":
        a, b = set(norm(pred).split()), set(norm(gold).split())
        if a and b and (a <= b or b <= a) and any(len(t) > 3 for t in min(a, b, key=len)):
            return True
    if norm(gold) not in gn.forms:
        return bool(content_words(pred) & content_words(gold))
    return False


def greedy(golds: list, preds: list, hit: Callable[[dict, dict], bool]) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if j not in used and hit(p, g):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _first(x: Any) -> Any:
    return x[0] if isinstance(x, list) and x else x


@dataclass
class ArticleScore:
    counts: dict[str, tuple[int, int, int]]  # part -> (true positives, predicted, gold)
    certainty: tuple[int, int]  # (right, found claims)
    modality: tuple[int, int]  # (right, found events)
    missed: dict[str, list[dict]] = field(default_factory=dict)
    extra: dict[str, list[dict]] = field(default_factory=dict)
    # matched (gold, predicted) items, for figures read off the matches (dates, places)
    found: dict[str, list[tuple[dict, dict]]] = field(default_factory=dict)
    # when and where: "date", "location", "country" -> (right, scored), as score.py counts them
    whenwhere: dict[str, tuple[int, int]] = field(default_factory=dict)


def _alternatives(x: Any) -> list:
    return list(x) if isinstance(x, list) else [x]


def date_right(gold: dict, pred: dict) -> bool:
    return pred.get("date") in _alternatives(gold.get("date"))


def location_right(gold: dict, pred: dict, pn: "Names", gn: "Names") -> bool:
    return bool(pred.get("location")) and same_actor(pred.get("location"), gold.get("location"), pn, gn)


def country_right(gold: dict, pred: dict) -> bool:
    return pred.get("country") in _alternatives(gold.get("country"))


def score_article(gold: dict, pred: dict) -> ArticleScore:
    gn, pn = Names(gold.get("entities")), Names(pred.get("entities"))
    ge = [e for e in gold.get("entities") or [] if e.get("type") in SCORED_TYPES]
    pe = [e for e in pred.get("entities") or [] if e.get("type") in SCORED_TYPES]

    def entity_hit(p: dict, g: dict) -> bool:
        tp, tg = p.get("type"), g.get("type")
        if tp != tg and not (tp in PLACE_TYPES and tg in PLACE_TYPES):
            return False
        forms = {norm(p.get("name"))} | {norm(a) for a in p.get("aliases") or []}
        return bool(forms & gn.of(g.get("name")))

    gc, pc = gold.get("claims") or [], pred.get("claims") or []

    def claim_hit(p: dict, g: dict) -> bool:
        return same_actor(p.get("speaker"), g.get("speaker"), pn, gn) and overlap(p.get("content"), g.get("content")) >= 0.5

    gv, pv = gold.get("events") or [], pred.get("events") or []

    def event_hit(p: dict, g: dict) -> bool:
        t = g.get("type")
        if _first(p.get("type")) not in (t if isinstance(t, list) else [t]):
            return False
        sentences = list(g["sentence"]) if isinstance(g.get("sentence"), list) else [g.get("sentence")]
        sentences += g.get("also_sentences") or []
        return same_actor(p.get("actor"), g.get("actor"), pn, gn) and any(
            overlap(p.get("sentence"), s) >= 0.5 for s in sentences if s)

    def event_strict(p: dict, g: dict) -> bool:
        return event_hit(p, g) and same_actor(p.get("target"), g.get("target"), pn, gn)

    pairs = {
        "entities": (ge, pe, greedy(ge, pe, entity_hit)),
        "claims": (gc, pc, greedy(gc, pc, claim_hit)),
        "events": (gv, pv, greedy(gv, pv, event_hit)),
        "events_strict": (gv, pv, greedy(gv, pv, event_strict)),
    }
    score = ArticleScore(
        counts={k: (len(p), len(preds), len(golds)) for k, (golds, preds, p) in pairs.items()},
        certainty=(sum(pc[j].get("certainty") == gc[i].get("certainty") for i, j in pairs["claims"][2]),
                   len(pairs["claims"][2])),
        modality=(sum(pv[j].get("modality") == gv[i].get("modality") for i, j in pairs["events"][2]),
                  len(pairs["events"][2])),
    )
    for k in ("entities", "claims", "events"):
        golds, preds, p = pairs[k]
        found_g, found_p = {i for i, _ in p}, {j for _, j in p}
        score.missed[k] = [g for i, g in enumerate(golds) if i not in found_g]
        score.extra[k] = [x for j, x in enumerate(preds) if j not in found_p]
        score.found[k] = [(golds[i], preds[j]) for i, j in p]
    # on found events whose gold has a date / a place, and found entities whose gold has a country
    dated = [(g, p) for g, p in score.found["events"] if g.get("date")]
    placed = [(g, p) for g, p in score.found["events"] if g.get("location")]
    countried = [(g, p) for g, p in score.found["entities"] if g.get("country")]
    score.whenwhere = {
        "date": (sum(date_right(g, p) for g, p in dated), len(dated)),
        "location": (sum(location_right(g, p, pn, gn) for g, p in placed), len(placed)),
        "country": (sum(country_right(g, p) for g, p in countried), len(countried)),
    }
    return score


@dataclass
class Report:
    """Micro-averaged precision, recall and F1 over a gold set."""

    totals: dict[str, list[int]]
    certainty: list[int]
    modality: list[int]
    articles: list[tuple[str, ArticleScore]]
    missing: list[str]
    whenwhere: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in WHENWHERE})

    def prf(self, part: str) -> dict[str, float]:
        tp, n_pred, n_gold = self.totals[part]
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}

    @property
    def certainty_accuracy(self) -> float:
        return round(self.certainty[0] / max(1, self.certainty[1]), 4)

    @property
    def modality_accuracy(self) -> float:
        return round(self.modality[0] / max(1, self.modality[1]), 4)

    def accuracy(self, what: str) -> float:
        """Date, location or country accuracy: right / scored (0 when nothing was scored, as score.py)."""
        right, n = self.whenwhere[what]
        return round(right / max(1, n), 4)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {part: self.prf(part) for part in PARTS}
        out["certainty_acc"] = self.certainty_accuracy
        out["modality_acc"] = self.modality_accuracy
        for what in WHENWHERE:
            out[f"{what}_acc"] = self.accuracy(what)
            out[f"{what}_n"] = self.whenwhere[what][1]
        out["articles"] = len(self.articles)
        out["missing"] = self.missing
        return out


def score(golds: list[dict], preds: list[dict]) -> Report:
    by_key: dict[tuple[str, Any], dict] = {}
    for key in ("id", "url", "title"):
        for p in preds:
            if p.get(key):
                by_key.setdefault((key, p[key]), p)
    report = Report({k: [0, 0, 0] for k in PARTS}, [0, 0], [0, 0], [], [])
    for g in golds:
        pred = next((by_key[(k, g[k])] for k in ("id", "url", "title") if g.get(k) and (k, g[k]) in by_key), None)
        if pred is None:
            report.missing.append(str(g.get("id")))
        s = score_article(g, pred or {})
        report.articles.append((str(g.get("id")), s))
        for part, counts in s.counts.items():
            report.totals[part] = [a + b for a, b in zip(report.totals[part], counts)]
        report.certainty = [a + b for a, b in zip(report.certainty, s.certainty)]
        report.modality = [a + b for a, b in zip(report.modality, s.modality)]
        for what, right_scored in s.whenwhere.items():
            report.whenwhere[what] = [a + b for a, b in zip(report.whenwhere[what], right_scored)]
    return report


def load_gold(path: Path) -> list[dict]:
    """Gold records from a folder of ``*.json`` files (id = file stem) or a ``.jsonl`` file."""
    if path.is_dir():
        out = []
        for f in sorted(path.glob("*.json")):
            rec = json.loads(f.read_text(encoding="utf-8"))
            rec.setdefault("id", f.stem)
            out.append(rec)
        for f in sorted(path.glob("*.jsonl")):
            out += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        return out
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]
