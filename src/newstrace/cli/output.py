"""Shared CLI output: consoles, progress bars and record tables."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from rich.progress import Progress

    from newstrace.record import Record

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=False)


def record_tables(record: Record) -> list[Table]:
    title = f"{record.id}: {record.title or ''}".strip(": ")
    tables = []
    ents = Table(title=f"{title} — entities", title_justify="left", expand=False)
    for col in ("type", "name", "aliases", "country", "roles", "mentions"):
        ents.add_column(col)
    for e in record.entities:
        roles = "; ".join(f"{r.title} ({r.of})" if r.of else r.title for r in e.roles)
        ents.add_row(e.type, e.name, ", ".join(e.aliases), e.country or "", roles, str(len(e.mentions)))
    tables.append(ents)
    if record.events:
        ev = Table(title="events", title_justify="left")
        for col in ("type", "actor", "trigger", "target", "modality", "date", "sentence"):
            ev.add_column(col)
        for v in record.events:
            ev.add_row(v.type, v.actor or "", v.trigger, v.target or "", v.modality, v.date or "", v.sentence[:90])
        tables.append(ev)
    if record.claims:
        cl = Table(title="claims", title_justify="left")
        for col in ("speaker", "type", "cue", "certainty", "content"):
            cl.add_column(col)
        for c in record.claims:
            cl.add_row(c.speaker or "", c.speaker_type, c.cue, c.certainty, c.content[:100])
        tables.append(cl)
    return tables
