"""Gold records -> parsed Docs whose trigger heads are labelled, for the event-trigger detector.

Each gold event becomes one labelled token in its sentence: the trigger's head word.
The head is found in this order, first that holds:

1. the trigger phrase, found in the gold sentence, has a word whose lemma is an event
   trigger in ``data/events.toml`` (the last such word: "made a state visit" -> visit);
2. the syntactic root of the trigger phrase ("were killed" -> killed);
3. the trigger's first word found anywhere in the sentence.

An event whose sentence or trigger can't be found is counted and left out, never guessed.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "events"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass
class Conversion:
    articles: int = 0
    events: int = 0
    labelled: int = 0
    lost: list[str] = field(default_factory=list)


def trigger_lemmas() -> set[str]:
    rules = tomllib.loads(resources.files("newstrace").joinpath("data/events.toml").read_text(encoding="utf-8"))
    return {lemma for rule in rules.get("trigger", []) for lemma in rule.get("lemmas", [])}


def _pattern(phrase: str) -> re.Pattern[str]:
    words = phrase.translate(_QUOTES).split()
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _find(phrase: str, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    match = _pattern(phrase).search(text.translate(_QUOTES), start, len(text) if end is None else end)
    return (match.start(), match.end()) if match else None


def _first(value):
    return value[0] if isinstance(value, list) else value


def head_token(doc: Doc, sentence: tuple[int, int], trigger: str, lexicon: set[str]) -> int | None:
    found = _find(trigger, doc.text, *sentence)
    if found is not None:
        span = doc.char_span(*found, alignment_mode="expand")
        if span is not None and len(span):
            listed = [t for t in span if t.lemma_.lower() in lexicon]
            return (listed[-1] if listed else span.root).i
    words = trigger.split()
    if words:
        found = _find(words[0], doc.text, *sentence)
        if found is not None:
            span = doc.char_span(*found, alignment_mode="expand")
            if span is not None and len(span):
                return span.root.i
    return None


def gold_doc(nlp: Language, record: dict, lexicon: set[str], stats: Conversion) -> Doc:
    doc = nlp(record["text"])
    labelled: dict[int, str] = {}
    for event in record.get("events") or []:
        stats.events += 1
        sentences = event["sentence"] if isinstance(event["sentence"], list) else [event["sentence"]]
        where = next((s for s in (_find(x, doc.text) for x in sentences) if s), None)
        if where is None or not event.get("trigger"):
            stats.lost.append(f"{record['id']}: sentence not found: {sentences[0][:60]!r}")
            continue
        token = head_token(doc, where, event["trigger"], lexicon)
        if token is None:
            stats.lost.append(f"{record['id']}: trigger not found: {event['trigger']!r}")
            continue
        labelled.setdefault(token, _first(event["type"]))
    doc.spans[SPANS_KEY] = [Span(doc, i, i + 1, label=label) for i, label in sorted(labelled.items())]
    stats.labelled += len(labelled)
    stats.articles += 1
    return doc


def read_gold(paths: list[Path]) -> list[dict]:
    files = sorted(f for p in paths for f in (p.glob("*.json") if p.is_dir() else [p]))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]



