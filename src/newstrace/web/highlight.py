"""An article's text as HTML with its entities, event triggers and claims marked in place,
displaCy-style: coloured by type, each with a label that links to the item's card in
the record beside the text. Spans may overlap (a name inside a claim), so the text is
cut at every span boundary and each piece carries the classes of every span over it.

Everything from the article is escaped here; the result is the only Markup a page
takes from an article.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from newstrace.record import Record


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    item: str      # the record's id of the entity, event or claim
    kind: str      # ent, ev, claim
    css: str
    label: str
    title: str     # the details shown on hover


def spans(record: Record) -> list[Span]:
    """Every highlight of the record, with offsets inside the text."""
    n = len(record.text)
    found: list[Span] = []
    for e in record.entities:
        role = "; ".join(f"{r.title}{' of ' + r.of if r.of else ''}" for r in e.roles)
        title = " · ".join(x for x in (f"{e.type} {e.name}", e.country and f"country {e.country}", role) if x)
        for start, end in e.mentions:
            found.append(Span(start, end, e.id, "ent", f"ent ent-{e.type}", e.type, f"{title} · {start}–{end}"))
    for v in record.events:
        start, end = v.trigger_span or v.sentence_span
        parts = [f"{v.type} ({v.modality})", v.mode, v.actor and f"actor: {v.actor}", v.target and f"target: {v.target}",
                 v.date and f"date: {v.date}", v.location and f"location: {v.location}",
                 v.attributed_to and f"according to: {v.attributed_to}", f"{start}–{end}"]
        found.append(Span(start, end, v.id, "ev", f"ev mod-{v.modality}", f"{v.type} · {v.modality}",
                          " · ".join(p for p in parts if p)))
    for c in record.claims:
        start, end = c.content_span
        speaker = c.speaker or "unnamed speaker"
        title = (f"claim by {speaker} ({c.speaker_type}) · cue '{c.cue}' · {c.quote_type} · certainty {c.certainty} · "
                 f"{start}–{end}")
        found.append(Span(start, end, c.id, "claim", f"claim cert-{c.certainty}", f"{speaker} · {c.certainty}", title))
    return [s for s in found if 0 <= s.start < s.end <= n]


def render(record: Record) -> Markup:
    """The text with every span marked. Entity and event labels follow their span (as in
    displaCy); a claim's label opens it. Labels are links to ``#item-<id>``."""
    text = record.text
    marks = spans(record)
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for s in marks:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        for s in sorted(starts.get(a, []), key=lambda s: -s.end):
            if s.kind == "claim":
                out.append(_label(s))
            if s.item not in anchored:  # where "show in text" jumps to
                anchored.add(s.item)
                out.append(f'<span class="anchor" id="t-{escape(s.item)}"></span>')
        over = [s for s in marks if s.start <= a and b <= s.end]
        piece = str(escape(text[a:b]))
        if over:
            classes = " ".join(sorted({c for s in over for c in s.css.split()}))
            items = " ".join(sorted({s.item for s in over}))
            title = "\n".join(s.title for s in sorted(over, key=lambda s: s.end - s.start))
            piece = (f'<span class="seg {escape(classes)}" data-items="{escape(items)}" '
                     f'title="{escape(title)}">{piece}</span>')
        out.append(piece)
        for s in sorted(ends.get(b, []), key=lambda s: s.start, reverse=True):
            if s.kind != "claim":
                out.append(_label(s))
    return Markup("".join(out))


def _label(s: Span) -> str:
    return (f'<a class="label label-{s.kind} {escape(s.css)}" href="#item-{escape(s.item)}" '
            f'data-item="{escape(s.item)}" title="{escape(s.title)}">{escape(s.label)}</a>')
