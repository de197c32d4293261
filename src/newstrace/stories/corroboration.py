"""Who depends on whom among a story's reports: copies, wire credits, the same outlet
twice, and articles that only cite another outlet. The origins that remain are the
story's independent sources.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from newstrace.stories.config import StoriesConfig

_WORD = re.compile(r"\w+")
# Text between quotation marks: the same statement quoted by independent reporters is
# shared text that is no sign of copying.
_QUOTED = re.compile(r"[\"“”][^\"“”]{0,600}[\"“”]")


@dataclass
class ArticleInfo:
    pk: int
    id: str
    key: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    text: str
    copy_of_pk: int | None
    similarity: float | None

    @property
    def day(self) -> str | None:
        from newstrace.store.identity import day_of

        return day_of(self.published)


def outlet_of(a: ArticleInfo) -> str:
    """The outlet: the source's name, else the URL's host, else the article itself."""
    if a.source:
        return _host(a.source) if "." in a.source and " " not in a.source else a.source
    if a.url:
        host = urlsplit(a.url).hostname
        if host:
            return _host(host)
    return f"article:{a.id}"


def _host(host: str) -> str:
    host = host.lower().strip()
    return host[4:] if host.startswith("www.") else host


@cache
def _wire_patterns(cfg_id: int, wires: tuple) -> list[tuple[str, re.Pattern]]:
    out = []
    for wire, names in wires:
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # Case-sensitive: "AP" the agency, not "ap" in a word; the credit forms of news copy.
        pattern = re.compile(
            rf"\((?:{alts})\)|[-—–]\s*(?:{alts})\b\s*$|\b(?:{alts})\s+(?:reported|reports|said|contributed|"
            rf"writes|wrote)\b|according to (?:the )?(?:{alts})\b|\b(?:{alts})\s+(?:news agency|wire)\b|"
            rf"(?:^|\n)[A-Z][A-Za-z .,]{{1,40}}\((?:{alts})\)", re.M)
        out.append((wire, pattern))
    return out


def wire_of_outlet(outlet: str, cfg: StoriesConfig) -> str | None:
    for wire, spec in cfg.wires.items():
        if any(outlet == h or outlet.endswith("." + h) for h in spec.get("hosts", [])):
            return wire
    return None


def credited_wire(text: str, cfg: StoriesConfig) -> str | None:
    """The wire service the text credits, if any (the first credited in the text)."""
    wires = tuple((w, tuple(spec["names"])) for w, spec in cfg.wires.items())
    best = None
    for wire, pattern in _wire_patterns(id(cfg), wires):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (wire, m.start())
    return best[0] if best else None


def _outlet_names(outlet: str) -> list[str]:
    """Names an outlet may be credited by: its host's main label ("people" for
    people.com, "nytimes" for nytimes.com); article:... outlets have none."""
    if outlet.startswith("article:"):
        return []
    labels = [x for x in outlet.split(".") if x not in ("com", "co", "uk", "org", "net", "www", "news", "articles")]
    return [labels[0]] if labels and len(labels[0]) >= 3 else []


def cited_outlet(a: ArticleInfo, others: dict[str, str]) -> str | None:
    """Another outlet of the story this article credits as its source ("told People",
    "according to the BBC", "People reported"); ``others``: credited name -> outlet."""
    for name, outlet in others.items():
        pat = re.compile(rf"\b(?:told|to|according to|reported by|via|cited by)\s+(?:the\s+)?{re.escape(name)}\b|"
                         rf"\b{re.escape(name)}\s+(?:reported|reports|first reported)\b", re.I)
        if pat.search(a.text):
            return outlet
    return None


def shingles(text: str, n: int) -> set[int]:
    words = _WORD.findall(_QUOTED.sub(" ", text).lower())
    return {zlib.crc32(" ".join(words[i:i + n]).encode()) for i in range(len(words) - n + 1)}


@dataclass
class Report:
    article: ArticleInfo
    outlet: str
    depends_on: ArticleInfo | None = None
    dependency: str | None = None
    wire: str | None = None
    evidence: str | None = None
    origin: str = ""

    def as_dict(self) -> dict:
        a = self.article
        return {"article": a.id, "key": a.key, "outlet": self.outlet, "title": a.title, "published": a.day,
                "depends_on": self.depends_on.id if self.depends_on else None, "dependency": self.dependency,
                "origin": self.origin, "evidence": self.evidence}


def reports(items: list[ArticleInfo], cfg: StoriesConfig) -> list[Report]:
    """One report per article, earliest first, each with what it depends on and its origin."""
    links = cfg.links
    ordered = sorted(items, key=lambda a: (a.day or "9999", a.pk))
    by_pk = {a.pk: a for a in ordered}
    out: list[Report] = []
    seen_outlets: dict[str, Report] = {}
    grams = {a.pk: shingles(a.text, links["passage_shingle_words"]) for a in ordered}
    for a in ordered:
        outlet = outlet_of(a)
        r = Report(a, outlet)
        own_wire = wire_of_outlet(outlet, cfg)
        if a.copy_of_pk is not None and a.copy_of_pk in by_pk:
            r.depends_on, r.dependency = by_pk[a.copy_of_pk], "copy"
            r.evidence = f"near-duplicate (similarity {a.similarity or 0:.2f})"
        if r.dependency is None:
            for prev in out:
                shared = len(grams[a.pk] & grams[prev.article.pk])
                if shared >= links["shared_passage_shingles"]:
                    r.depends_on, r.dependency = prev.article, "copy"
                    r.evidence = f"shares a passage of {shared + links['passage_shingle_words'] - 1}+ words"
                    break
        if r.dependency is None and own_wire is None:
            wire = credited_wire(a.text, cfg)
            if wire:
                r.dependency, r.wire, r.evidence = "wire", wire, f"credits {wire}"
                r.depends_on = next((p.article for p in out if wire_of_outlet(p.outlet, cfg) == wire), None)
        if r.dependency is None and outlet in seen_outlets:
            r.depends_on, r.dependency = seen_outlets[outlet].article, "same_outlet"
            r.evidence = f"earlier report of {outlet}"
        if r.dependency is None:
            others = {n: p.outlet for p in out for n in _outlet_names(p.outlet) if p.outlet != outlet}
            cited = cited_outlet(a, others)
            if cited:
                r.depends_on = next(p.article for p in out if p.outlet == cited)
                r.dependency, r.evidence = "cites", f"reports what {cited} reported"
        seen_outlets.setdefault(outlet, r)
        out.append(r)
    report_of = {r.article.pk: r for r in out}

    def origin(r: Report, depth: int = 0) -> str:
        # The wire credited, else the origin of what it depends on, else the outlet itself.
        if r.wire:
            return r.wire
        if r.depends_on is not None and r.depends_on.pk in report_of and depth < len(out):
            return origin(report_of[r.depends_on.pk], depth + 1)
        return wire_of_outlet(r.outlet, cfg) or r.outlet

    for r in out:
        r.origin = origin(r)
    return out
