"""What the reading stages write on a spaCy ``Doc``: span groups and ``._`` attributes.

Every stage reads what the stages before it wrote here, never their output strings.

Doc attributes (``doc._.<name>``)
  published    the article's publication date (ISO), set before the pipeline runs
  time_limit_s seconds newstrace's stages may spend on this Doc (0 or None: no limit)
  entities     the :class:`~newstrace.extract.entities.EntityTable` (canonical entities,
               lookups from offsets to entities)
  summary      the extractive summary
  failure      why a stage gave up on this Doc ("TimeLimitExceeded: ..."), or None

Span groups (``doc.spans[<key>]``); each span's ``id_`` is its item's id, and its
attributes (``span._.<name>``) are read from the item the stage stored under that id:
  mentions   one span per entity mention: ``label_`` the entity type, ``kb_id_`` the
             entity id
  dates      DATE and TIME expressions: ``date`` (ISO, resolved against ``published``)
  quotes     quotations, marks included, found once: ``quote`` (exact mark offsets)
  claims     one span per claim content: ``claim`` (the Claim record) and the reading
             behind it, ``negated`` (a negated cue: "did not believe"), ``passive``
             (speaker from a "by" agent), ``denial`` (the cue denies or rejects)
  triggers   one span per word the learned detector finds likely to tell an event:
             ``label_`` its likeliest PLOVER type; the group's ``attrs["scores"]`` holds,
             in span order, how likely each tells an event at all
  events     one span per event trigger: ``event`` (the Event record)
  coref      one span per phrase the coreference stage tied to an entity (a pronoun,
             "the group", "officials from X"): ``kb_id_`` the entity id, ``label_`` the
             rule that tied it (:mod:`newstrace.extract.coref`)

Token attributes (``token._.<name>``)
  coref      the id of the entity the coreference stage tied this word to (the head
             word of a resolved phrase), or None; ``coref.entity_of(token)`` gives the Entity

Items are kept by id rather than as plain span attributes because spaCy keys span
attributes by character offsets, and two events can share one trigger ("A and B clashed").
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

MENTIONS, DATES, QUOTES, CLAIMS, EVENTS = "mentions", "dates", "quotes", "claims", "events"
TRIGGERS = "triggers"
COREF = "coref"
_COREF_LINKS = ("newstrace", "coref.links")

DOC_ATTRIBUTES = ("published", "time_limit_s", "entities", "summary", "failure")


@dataclass(frozen=True)
class ClaimReading:
    """A claim with how it was read: what the record keeps, and what later stages need."""

    claim: Any  # newstrace.record.Claim (not imported here: this module loads first)
    negated: bool = False
    passive: bool = False
    denial: bool = False


def _items(doc: Doc, group: str) -> dict[str, Any]:
    items: dict[str, Any] = doc.user_data.setdefault(("newstrace", group), {})  # type: ignore[call-overload]
    return items


def add_span(doc: Doc, group: str, start_char: int, end_char: int, item_id: str, item: Any,
             label: str = "", kb_id: str = "") -> Span:
    """Add a span over ``[start_char, end_char)`` (widened to whole tokens) to ``group``,
    carrying ``item`` under ``item_id``."""
    span = doc.char_span(start_char, end_char, label=label, kb_id=kb_id, alignment_mode="expand", span_id=item_id)
    if span is None:  # an offset past the text: keep the item, on the last token
        span = Span(doc, len(doc) - 1, len(doc), label=label, kb_id=kb_id, span_id=item_id)
    return _append(doc, group, span, item_id, item)


def add_token_span(doc: Doc, group: str, start: int, end: int, item_id: str, item: Any,
                   label: str = "", kb_id: str = "") -> Span:
    """:func:`add_span` for a span given by token offsets ``[start, end)`` (no characters
    to align to tokens)."""
    return _append(doc, group, Span(doc, start, end, label=label, kb_id=kb_id, span_id=item_id), item_id, item)


def _append(doc: Doc, group: str, span: Span, item_id: str, item: Any) -> Span:
    spans = doc.spans
    if group not in spans:
        spans[group] = []
    spans[group].append(span)
    _items(doc, group)[item_id] = item
    return span


def item_of(span: Span, group: str) -> Any:
    return _items(span.doc, group).get(span.id_)


def coref_links(doc: Doc) -> dict[int, str]:
    """The coreference stage's links, token index -> entity id (empty when it did not run)."""
    links: dict[int, str] = doc.user_data.setdefault(_COREF_LINKS, {})  # type: ignore[call-overload]
    return links


def coref_rules(doc: Doc) -> dict[int, str]:
    """The rule behind each coreference link, token index -> rule name."""
    rules: dict[int, str] = doc.user_data.setdefault(("newstrace", "coref.rules"), {})  # type: ignore[call-overload]
    return rules


def coref_antecedents(doc: Doc) -> dict[int, int]:
    """Pronouns the coreference stage tied to an unnamed phrase: token index -> the
    phrase's head token index ("the protesters ... they")."""
    found: dict[int, int] = doc.user_data.setdefault(("newstrace", "coref.antecedents"), {})  # type: ignore[call-overload]
    return found


def coref_genders(doc: Doc) -> dict[str, str]:
    """The sex a title or a given name tells of a person entity, as the coreference stage
    read it: entity id -> "m" / "f"."""
    found: dict[str, str] = doc.user_data.setdefault(("newstrace", "coref.genders"), {})  # type: ignore[call-overload]
    return found


def span_group(doc: Doc, key: str) -> list[Span]:
    """The spans a stage wrote under ``key``, or none when that stage did not run."""
    return list(doc.spans[key]) if key in doc.spans else []


def _reading(name: str) -> Callable[[Span], Any]:
    return lambda span: getattr(item_of(span, CLAIMS), name, None)


SPAN_GETTERS: dict[str, Callable[[Span], Any]] = {
    "date": lambda span: item_of(span, DATES),
    "quote": lambda span: item_of(span, QUOTES),
    "claim": _reading("claim"),
    "negated": _reading("negated"),
    "passive": _reading("passive"),
    "denial": _reading("denial"),
    "event": lambda span: item_of(span, EVENTS),
}


def _coref_of(token: Token) -> str | None:
    links: dict[int, str] = token.doc.user_data.get(_COREF_LINKS) or {}  # type: ignore[call-overload]
    return links.get(token.i)


def register_extensions() -> None:
    """Declare the ``._`` attributes (idempotent: spaCy keeps them per process)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name, getter in SPAN_GETTERS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    if not Token.has_extension("coref"):
        Token.set_extension("coref", getter=_coref_of)


register_extensions()
