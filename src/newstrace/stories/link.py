"""Inside one story: the same happening across articles becomes one story event, the
same statement one story claim; conflicting facts become contradictions with both
sides; events are put in date order.

Pure functions over records (``newstrace.record``) and the reports of
``corroboration``; ``detail.build`` assembles them into the contract of docs/STORIES.md.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newstrace.extract.dates import dates_compatible
from newstrace.record import Claim, Event, Record
from newstrace.stories.config import StoriesConfig
from newstrace.stories.features import _stop_words, entity_key, stem

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@dataclass
class Mention:
    record: Record
    event: Event
    outlet: str
    origin: str

    def as_dict(self) -> dict:
        v = self.event
        return {"article": self.record.id, "event": v.id,
                "trigger_span": list(v.trigger_span) if v.trigger_span else None, "trigger": v.trigger,
                "sentence": v.sentence, "sentence_span": list(v.sentence_span), "modality": v.modality,
                "date": v.date, "location": v.location, "quantity": v.quantity, "actor": v.actor,
                "target": v.target, "outlet": self.outlet}


@dataclass
class StoryEvent:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Event:
        return self.mentions[0].event

    def value(self, name: str) -> str | None:
        """The most reported value of a field among the mentions (ties: first reported)."""
        values = [getattr(m.event, name) for m in self.mentions if getattr(m.event, name)]
        if not values:
            return None
        counts = Counter(values)
        return max(values, key=lambda v: (counts[v], -values.index(v)))


def same_name(a: str | None, b: str | None) -> bool:
    """Canonical names that are one entity: equal, or one a whole-word part of the other
    ("Reid" and "Tara Reid"), ignoring case and a possessive."""
    a, b = entity_key(a).removesuffix("'s"), entity_key(b).removesuffix("'s")
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and f" {short} " in f" {long_} "


def trigger_stem(event: Event) -> str:
    word = event.trigger.lower().split()[0] if event.trigger else ""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _arguments_agree(a: Event, b: Event, min_shared: int, conflict=None) -> bool:
    """At least ``min_shared`` of (actor, target) named on both sides and equal, none
    different. ``conflict(x, y)``: whether two named arguments differ (default: any
    two that are not one name)."""
    shared = 0
    for x, y in ((a.actor, b.actor), (a.target, b.target)):
        if x and y:
            if conflict(x, y) if conflict else not same_name(x, y):
                return False
            shared += 1
    return shared >= min_shared


# Entity types whose names identify a participant: two different ones are two parties.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def name_parts(names: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """These names (``entity_key`` form) and their whole-word parts: an argument is a name
    when it is one of the names, or a part of one written capitalised ("Diego Chargers" of
    "San Diego Chargers", "Jackson" of "Vincent Jackson", as ``same_name`` meets them;
    "police" of "Police Department" is not)."""
    whole: set[str] = set()
    parts: set[str] = set()
    for name in names:
        words = entity_key(name).removesuffix("'s").split()
        whole.add(" ".join(words))
        parts.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return frozenset(whole), frozenset(p for p in parts if len(p) >= 3)


def link_events(mentions: list[Mention], cfg: StoriesConfig,
                names: tuple[frozenset[str], frozenset[str]] | None = None) -> list[StoryEvent]:
    """Greedy, in report order: an event joins the first story event whose first mention
    has its type, agreeing arguments, and either the same trigger word or both arguments
    named alike (at least ``min_shared_arguments`` shared, none different, and no
    mention of its own article there yet). Told with the same trigger word, the act
    links with no argument in common (``same_trigger_min_shared_arguments``), several
    mentions of one report included (a report names its event more than once), and
    with ``argument_conflict = "names"`` two arguments contradict only when both are
    names of the story's entities (``names``, from ``name_parts``; default: those of the
    mentions' records) and not one name: "man" and "former employee", "officers" and
    "NYPD" may be one party told two ways, "Jamal Williams" and "Vincent Jackson" are not
    ("none": never; "arguments": any two that are not one name). Mentions whose dates conflict join only when their trigger words agree (then the
    dates are a contradiction, not two happenings)."""
    links = cfg.links
    min_shared = int(links["min_shared_arguments"])
    same_trigger_min = int(links.get("same_trigger_min_shared_arguments", min_shared))
    same_report = bool(links.get("same_trigger_same_report", False))
    argument_conflict = links.get("argument_conflict", "arguments")  # "arguments", "names" or "none"
    if names is None:
        names = name_parts([n for m in mentions for e in m.record.entities if e.type in NAMED_TYPES
                            for n in (e.name, *e.aliases)])

    whole, parts = names

    def is_name(value: str) -> bool:
        key = entity_key(value).removesuffix("'s")
        return key in whole or (value[:1].isupper() and key in parts)

    # How two arguments of one act told with the same trigger word contradict.
    same_trigger_conflict = {"names": lambda x, y: not same_name(x, y) and is_name(x) and is_name(y),
                             "none": lambda x, y: False}.get(argument_conflict)

    out: list[StoryEvent] = []
    for m in mentions:
        for se in out:
            first = se.first
            if first.type != m.event.type:
                continue
            # One happening told with the same verb, or with both its actor and target named alike;
            # a shared type and one argument alone join too much (a spokesman "said" and "denied").
            same_trigger = trigger_stem(first) == trigger_stem(m.event)
            if not (same_trigger and same_report) and any(x.record.id == m.record.id for x in se.mentions):
                continue
            if same_trigger:
                if not _arguments_agree(first, m.event, same_trigger_min, same_trigger_conflict):
                    continue
            elif not (_arguments_agree(first, m.event, min_shared)
                      and first.actor and first.target and m.event.actor and m.event.target):
                continue
            if not dates_compatible(first.date, m.event.date) and not same_trigger:
                continue
            se.mentions.append(m)
            break
        else:
            out.append(StoryEvent([m]))
    return out


# Claims ----------------------------------------------------------------------------

def content_words(text: str) -> set[str]:
    stop = _stop_words()
    return {stem(w) for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 1}


@dataclass
class ClaimReport:
    record: Record
    claim: Claim
    outlet: str
    origin: str

    def as_dict(self) -> dict:
        c = self.claim
        return {"article": self.record.id, "claim": c.id, "speaker": c.speaker, "content": c.content,
                "content_span": list(c.content_span), "quote_type": c.quote_type, "cue": c.cue,
                "certainty": c.certainty,
                "sentence_span": list(c.sentence_span) if c.sentence_span else None, "outlet": self.outlet}


@dataclass
class StoryClaim:
    reports: list[ClaimReport] = field(default_factory=list)
    words: set[str] = field(default_factory=set)


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def link_claims(reports: list[ClaimReport], cfg: StoriesConfig) -> list[StoryClaim]:
    """One story claim per statement: same speaker, content words largely shared."""
    need, min_words = float(cfg.links["claim_overlap"]), int(cfg.links["claim_min_words"])
    out: list[StoryClaim] = []
    negated: dict[int, bool] = {}  # by id(claim): each claim's polarity read once

    def is_negated(claim: Claim) -> bool:
        if id(claim) not in negated:
            negated[id(claim)] = _negated(claim, cfg)
        return negated[id(claim)]

    for r in reports:
        words = content_words(r.claim.content)
        for sc in out:
            first = sc.reports[0]
            # The cheap tests first (another article's claim, enough words in common):
            # most pairs fail there, and the names and polarity are compared only after.
            if (r.claim.speaker and all(x.record.id != r.record.id for x in sc.reports)
                    and min(len(words), len(sc.words)) >= min_words and overlap(words, sc.words) >= need
                    and same_name(first.claim.speaker, r.claim.speaker)
                    and is_negated(first.claim) == is_negated(r.claim)):
                sc.reports.append(r)
                break
        else:
            out.append(StoryClaim([r], words))
    return out


def _negated(claim: Claim, cfg: StoriesConfig) -> bool:
    """Whether the claim asserts the opposite of its content words: a denial cue, or a
    negation in the content (an odd number of the two)."""
    cue = claim.cue.lower().split()[0] if claim.cue else ""
    denied = cue in set(cfg.links["denial_cues"])
    # "isn't" splits as "is" + "n't"; the typographer's apostrophe ("doesn’t") negates as the straight one.
    tokens = re.findall(r"n't|\w+?(?=n't)|\w+", claim.content.lower().replace("\u2019", "'"))
    negated = any(t in set(cfg.links["negation_words"]) for t in tokens)
    return denied != negated


# Figures ---------------------------------------------------------------------------

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "dozen": 12})
_NUM = r"(\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"


@dataclass
class Figure:
    kind: str
    low: float
    high: float
    text: str
    span: tuple[int, int]
    sentence_span: tuple[int, int]

    def agrees(self, other: "Figure") -> bool:
        return self.low <= other.high and other.low <= self.high


def _number(token: str) -> float | None:
    token = token.lower().replace(",", "")
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    try:
        return float(token)
    except ValueError:
        return None


_PATTERNS: dict[int, list[tuple[str, re.Pattern]]] = {}


def _figure_patterns(cfg: StoriesConfig) -> list[tuple[str, re.Pattern]]:
    if id(cfg) in _PATTERNS:
        return _PATTERNS[id(cfg)]
    q = cfg.figures["qualifiers"]
    quals = "|".join(re.escape(x) for x in sorted(q["at_least"] + q["at_most"] + q["approximately"], key=len,
                                                   reverse=True))
    num = rf"(?P<qual>(?:{quals})\s+)?(?P<n>{_NUM})(?:\s*(?:to|-|–|or)\s*(?P<m>{_NUM}))?"
    out = []
    for kind, words in cfg.figures["kinds"].items():
        w = "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))
        # "at least 12 people were killed", "12 dead", "10 to 20 killed" ...
        out.append((kind, re.compile(
            rf"\b{num}\s+(?:[a-z]+\s+){{0,3}}?(?:(?:were|was|have been|had been|are|been)\s+)?(?:{w})\b", re.I)))
        # ... and "killed 12", "death toll rose to 12".
        out.append((kind, re.compile(
            rf"\b(?:{w})\s+(?:(?:at|of|to|rose to|stood at|reached|climbed to)\s+){{0,2}}{num}\b", re.I)))
    _PATTERNS[id(cfg)] = out
    return out


def figures(record: Record, spans: list[tuple[int, int]], cfg: StoriesConfig) -> dict[str, Figure]:
    """The first figure of each kind in the article (its lead figure)."""
    q = cfg.figures["qualifiers"]
    found: dict[str, Figure] = {}
    # Every figure names one of its kind's words: a kind none of whose words is in the
    # text (case-folded substring, a superset of the patterns' matches) is skipped.
    folded = record.text.casefold()
    present = {kind for kind, words in cfg.figures["kinds"].items() if any(w.casefold() in folded for w in words)}
    for kind, pattern in _figure_patterns(cfg):
        if kind not in present:
            continue
        for m in pattern.finditer(record.text):
            n = _number(m.group("n") or "")
            if n is None or (n >= 1900 and n <= 2100 and "," not in (m.group("n") or "")):
                continue  # a year, not a count
            upper = _number(m.group("m")) if m.group("m") else None
            qual = (m.group("qual") or "").strip().lower()
            low, high = n, upper if upper is not None and upper >= n else n
            if qual in q["at_least"]:
                high = float("inf")
            elif qual in q["at_most"]:
                low = 0.0
            elif qual in q["approximately"]:
                low, high = n * 0.8, n * 1.2
            sentence = next(((s, e) for s, e in spans if s <= m.start() < e), (m.start(), m.end()))
            if kind not in found or m.start() < found[kind].span[0]:
                found[kind] = Figure(kind, low, high, m.group(0), (m.start(), m.end()), sentence)
            break
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    from newstrace.store.identity import sentence_spans as spans

    return [tuple(s) for s in spans(text)]  # type: ignore[misc]
