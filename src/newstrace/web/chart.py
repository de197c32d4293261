"""An entity's activity as a server-drawn SVG: one stacked bar per week, a colour per
event type, and a line for the claims it made. A picture any browser shows, with a
<title> on every bar for hover and a text summary for screen readers."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from markupsafe import Markup, escape

from newstrace.record import EVENT_TYPES

# One colour per PLOVER type, cooperative types in blues/greens, conflictual in reds.
COLOURS = dict(zip(EVENT_TYPES, (
    "#1f77b4", "#6baed6", "#2ca02c", "#98df8a", "#17becf", "#9edae5", "#bcbd22", "#8c564b",
    "#ff7f0e", "#ffbb78", "#d62728", "#e377c2", "#9467bd", "#c5b0d5", "#7f7f7f", "#a50f15")))
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 220, 36, 28, 10


def weeks_between(first: str, last: str) -> list[str]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(start + dt.timedelta(weeks=i)).isoformat() for i in range((end - start).days // 7 + 1)]


def activity_svg(activity: list[dict], claims_by_week: list[dict], *, max_weeks: int) -> tuple[Markup, list[str]]:
    """(SVG, event types drawn) for ``entity_profile``'s activity; an empty Markup when
    nothing is dated. At most the last ``max_weeks`` weeks are drawn."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in activity:
        counts[row["week"]][row["type"]] = row["events"]
    said = {row["week"]: row["claims"] for row in claims_by_week}
    dated = sorted(set(counts) | set(said))
    if not dated:
        return Markup(""), []
    weeks = weeks_between(dated[0], dated[-1])[-max_weeks:]
    types = [t for t in EVENT_TYPES if any(t in counts[w] for w in weeks)]
    top = max([sum(counts[w].values()) for w in weeks] + [said.get(w, 0) for w in weeks] + [1])
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    step = plot_w / len(weeks)
    bar = min(max(step * 0.8, 1), 28)  # few weeks: narrow bars, not one wall of colour
    pad = (step - bar) / 2

    def y(v: float) -> float:
        return TOP + plot_h - v / top * plot_h

    total = sum(sum(counts[w].values()) for w in weeks)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-labelledby="chart-title" class="chart">',
             f'<title id="chart-title">{total} events by week from {weeks[0]} to {weeks[-1]}, '
             f'by event type; line: claims made</title>',
             f'<line x1="{LEFT}" y1="{y(0):.1f}" x2="{WIDTH - 8}" y2="{y(0):.1f}" class="axis"/>',
             f'<text x="{LEFT - 4}" y="{y(top) + 4:.1f}" text-anchor="end" class="tick">{top}</text>',
             f'<text x="{LEFT - 4}" y="{y(0):.1f}" text-anchor="end" class="tick">0</text>']
    for i, week in enumerate(weeks):
        x, base = LEFT + i * step + pad, 0
        for type_ in types:
            n = counts[week].get(type_, 0)
            if n:
                parts.append(f'<rect x="{x:.1f}" y="{y(base + n):.1f}" width="{bar:.1f}" '
                             f'height="{y(base) - y(base + n):.1f}" fill="{COLOURS[type_]}" data-type="{type_}">'
                             f'<title>week of {week}: {n} {type_}</title></rect>')
                base += n
    ticks = {0, len(weeks) - 1} | set(range(0, len(weeks), max(1, len(weeks) // 6)))
    for i in sorted(ticks):
        parts.append(f'<text x="{LEFT + (i + 0.5) * step:.1f}" y="{HEIGHT - 8}" text-anchor="middle" '
                     f'class="tick">{weeks[i]}</text>')
    if said:
        points = " ".join(f"{LEFT + (i + 0.5) * step:.1f},{y(said.get(w, 0)):.1f}" for i, w in enumerate(weeks))
        parts.append(f'<polyline points="{points}" class="claims-line"><title>claims made per week</title></polyline>')
    parts.append("</svg>")
    return Markup("".join(parts)), types


def legend(types: list[str]) -> Markup:
    return Markup("".join(f'<li><span class="swatch" style="background:{COLOURS[t]}"></span>{escape(t)}</li>'
                          for t in types))
