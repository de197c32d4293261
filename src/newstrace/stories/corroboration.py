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
    for (wire, pattern), (_, names) in zip(_wire_patterns(id(cfg), wires), wires):
        if not any(n in text for n in names):  # every credit form names the wire (case-sensitive)
            continue
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


# Where a text credits another outlet: "told People", "according to the BBC", "People
# reported". The credited word is captured; it is an outlet of the story when it is one of
# that outlet's names (_outlet_names).
_CREDIT_AFTER = re.compile(r"\b(?:told|to|according to|reported by|via|cited by)\s+(?:the\s+)?([\w.-]+)", re.I)
_CREDIT_BEFORE = re.compile(r"([\w.-]+)\s+(?:reported|reports|first reported)\b", re.I)


def credited_names(text: str) -> frozenset[str]:
    """Every word the text credits as a source (lower case), with the parts of dotted or
    hyphenated ones: read once per article, then matched against the story's outlets."""
    found: set[str] = set()
    for pattern in (_CREDIT_AFTER, _CREDIT_BEFORE):
        for m in pattern.finditer(text):
            word = m.group(1).lower().strip(".-")
            found.add(word)
            if "." in word or "-" in word:  # else its only part is the word itself
                found.update(part for part in re.split(r"[.-]", word) if part)
    return frozenset(found)


def cited_outlet(a: ArticleInfo, others: dict[str, str], names: frozenset[str] | None = None) -> str | None:
    """Another outlet of the story this article credits as its source ("told People",
    "according to the BBC", "People reported"); ``others``: credited name -> outlet;
    ``names``: the article's :func:`credited_names`, when already known."""
    names = credited_names(a.text) if names is None else names
    for name, outlet in others.items():
        if name.lower() in names:
            return outlet
    return None


def shingles(text: str, n: int) -> frozenset[int]:
    words = _WORD.findall(_QUOTED.sub(" ", text).lower())
    return frozenset(zlib.crc32(" ".join(words[i:i + n]).encode()) for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class TextFacts:
    """What corroboration reads off one article's text alone: computed once per article
    (cached by the caller under the article's content key), not at every rebuild."""

    shingles: frozenset[int]
    wire: str | None
    credited: frozenset[str]


def text_facts(text: str, cfg: StoriesConfig) -> TextFacts:
    return TextFacts(shingles(text, cfg.links["passage_shingle_words"]), credited_wire(text, cfg),
                     credited_names(text))


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


def reports(items: list[ArticleInfo], cfg: StoriesConfig, facts: dict[int, TextFacts] | None = None) -> list[Report]:
    """One report per article, earliest first, each with what it depends on and its origin.
    ``facts``: :func:`text_facts` by article pk where the caller has them cached.

    Linear in the reports (but for the outlets cited): shared passages are found through
    an index of shingle -> reports holding it, not by comparing every pair of reports."""
    links = cfg.links
    need = links["shared_passage_shingles"]
    ordered = sorted(items, key=lambda a: (a.day or "9999", a.pk))
    by_pk = {a.pk: a for a in ordered}
    facts = dict(facts or {})
    for a in ordered:
        if a.pk not in facts:
            facts[a.pk] = text_facts(a.text, cfg)
    out: list[Report] = []
    seen_outlets: dict[str, Report] = {}
    holders: dict[int, list[int]] = {}  # shingle -> indexes in `out` of the reports holding it
    outlet_names: dict[str, str] = {}  # credited name -> outlet, in order of first report
    for a in ordered:
        outlet = outlet_of(a)
        r = Report(a, outlet)
        own_wire = wire_of_outlet(outlet, cfg)
        fa = facts[a.pk]
        if a.copy_of_pk is not None and a.copy_of_pk in by_pk:
            r.depends_on, r.dependency = by_pk[a.copy_of_pk], "copy"
            r.evidence = f"near-duplicate (similarity {a.similarity or 0:.2f})"
        if r.dependency is None and holders:  # (none before the first report)
            shared_with: dict[int, int] = {}
            for g in fa.shingles:
                for i in holders.get(g, ()):
                    shared_with[i] = shared_with.get(i, 0) + 1
            # The earliest report sharing enough, as a pairwise scan in report order would find.
            first = min((i for i, n in shared_with.items() if n >= need), default=None)
            if first is not None:
                shared = shared_with[first]
                r.depends_on, r.dependency = out[first].article, "copy"
                r.evidence = f"shares a passage of {shared + links['passage_shingle_words'] - 1}+ words"
        if r.dependency is None and own_wire is None:
            wire = fa.wire
            if wire:
                r.dependency, r.wire, r.evidence = "wire", wire, f"credits {wire}"
                r.depends_on = next((p.article for p in out if wire_of_outlet(p.outlet, cfg) == wire), None)
        if r.dependency is None and outlet in seen_outlets:
            r.depends_on, r.dependency = seen_outlets[outlet].article, "same_outlet"
            r.evidence = f"earlier report of {outlet}"
        if r.dependency is None:
            others = {n: o for n, o in outlet_names.items() if o != outlet}
            cited = cited_outlet(a, others, fa.credited)
            if cited:
                r.depends_on = next(p.article for p in out if p.outlet == cited)
                r.dependency, r.evidence = "cites", f"reports what {cited} reported"
        seen_outlets.setdefault(outlet, r)
        if a is not ordered[-1]:  # the last report is looked up by none after it
            for g in fa.shingles:
                holders.setdefault(g, []).append(len(out))
        for n in _outlet_names(outlet):
            outlet_names.setdefault(n, outlet)
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
