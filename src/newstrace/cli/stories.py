"""`newstrace stories` and `newstrace story`: each parses options, makes one call on the
core object, and prints the result (docs/STORIES.md)."""
from __future__ import annotations

import json
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from newstrace.cli import app
from newstrace.cli.corpus import DbOption, EventType, Format, FormatOption, LimitOption, _core, _day, _print_rows, _value
from newstrace.cli.output import err, out, progress


def _summary(story: dict) -> dict:
    """One row per story for tables and CSV."""
    return {"id": story["id"], "title": story["title"], "first_seen": story["first_seen"],
            "last_seen": story["last_seen"], "articles": len(story["articles"]), "sources": len(story["sources"]),
            "independent_sources": len(story["independent_sources"]), "events": len(story["events"]),
            "claims": len(story["claims"]), "contradictions": len(story["contradictions"])}


@app.command()
def stories(
    since: Annotated[Optional[str], typer.Option(help="Seen on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Seen on or before this day (YYYY-MM-DD).")] = None,
    entity: Annotated[Optional[str], typer.Option(help="Naming this entity (canonical name, any case).")] = None,
    type: Annotated[Optional[EventType], typer.Option("--type", case_sensitive=False, help="With an event of this PLOVER type.")] = None,  # noqa: A002
    min_sources: Annotated[Optional[int], typer.Option("--min-sources", min=1, help="At least N independent sources.")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Cluster the whole store again from scratch first.")] = False,
    limit: LimitOption = None, fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """Stories: one real-world event across articles, with independent sources counted.

    Example: newstrace stories --min-sources 2 --format json
    """
    core = _core(db)
    with progress() as bar:
        task = bar.add_task("rebuilding stories" if rebuild else "assigning new articles", total=None, rate="")
        stats = core.update_stories(rebuild=rebuild, on_progress=lambda done, total: bar.update(
            task, completed=done, total=total))
    if stats.assigned:
        err.print(f"{stats.assigned} articles assigned ({stats.opened} new stories), {stats.refreshed} stories "
                  f"refreshed in {stats.seconds:.1f} s")
    found = core.stories(since=_day(since, "--since"), until=_day(until, "--until"), entity=entity,
                         type=_value(type), min_sources=min_sources, limit=limit, update=False)
    if fmt is Format.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
    else:
        _print_rows([_summary(s) for s in found], fmt, "stories")


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id (st-…) or a unique prefix of it.")],
    fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """One story: timeline, sources with their dependencies, corroboration, contradictions.

    Example: newstrace story st-1a2b3c4d5e6f --format json
    """
    found = _core(db).story(story_id)
    if found is None:
        err.print(f"no story has the id {escape(story_id)!r} (list them with newstrace stories)")
        raise typer.Exit(1)
    if fmt is Format.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return
    if fmt is Format.csv:
        _print_rows([{"kind": "event", **{k: e[k] for k in ("id", "type", "actor", "target", "date", "location")},
                      "sources": len(e["sources"]), "independent_sources": len(e["independent_sources"])}
                     for e in found["events"]], fmt, "")
        return
    out.print(f"[bold]{escape(found['id'])}[/] {escape(found['title'] or '')}  "
              f"({found['first_seen'] or '?'} … {found['last_seen'] or '?'}; {len(found['articles'])} articles, "
              f"{len(found['sources'])} sources, {len(found['independent_sources'])} independent)")
    reports = Table(title="sources", title_justify="left")
    for col in ("article", "outlet", "published", "depends on", "how", "origin"):
        reports.add_column(col)
    for r in found["reports"]:
        reports.add_row(*(escape(str(x or "")) for x in (r["article"], r["outlet"], r["published"], r["depends_on"],
                                                         r["dependency"], r["origin"])))
    out.print(reports)
    timeline = Table(title="timeline", title_justify="left")
    for col in ("date", "type", "actor", "target", "sources", "independent", "sentence"):
        timeline.add_column(col, overflow="fold")
    events = {e["id"]: e for e in found["events"]}
    for t in found["timeline"]:
        e = events[t["event"]]
        timeline.add_row(*(escape(str(x or "")) for x in (t["date"], t["type"], t["actor"], t["target"],
                                                          len(e["sources"]), len(e["independent_sources"]),
                                                          t["sentence"][:90])))
    out.print(timeline)
    if found["contradictions"]:
        table = Table(title="contradictions", title_justify="left")
        for col in ("kind", "about", "value", "outlets", "sentence"):
            table.add_column(col, overflow="fold")
        for c in found["contradictions"]:
            for side in c["sides"]:
                table.add_row(*(escape(str(x or "")) for x in (
                    c["kind"], c["about"], side["value"], ", ".join(sorted({r["outlet"] for r in side["reports"]})),
                    side["reports"][0]["sentence"][:90])))
        out.print(table)
