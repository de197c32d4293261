"""`newstrace ingest`, the corpus queries (`events`, `claims`, `entities`, `search`,
`show`) and `newstrace export`: each parses options, makes one call on the core
object, and prints the rows. The queries import neither spaCy nor SQLAlchemy (the
core answers them from an SQLite store over the standard library's sqlite3).
"""
from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, get_args

import typer
from rich.markup import escape
from rich.table import Table

from newstrace.app import IngestStats, Newstrace
from newstrace.cli import app
from newstrace.cli.engine import ClusterOption, WorkersOption, build_engine, engine_summary, where
from newstrace.cli.output import err, out, progress
from newstrace.errors import ModelNotFound, StoreError
from newstrace.kinds import EVENT_TYPES, Certainty, EntityType, Modality
from newstrace.parallel import EngineError
from newstrace.store.config import EXPORT_FORMATS

# Columns cut to this many characters in tables (json and csv keep them whole).
TABLE_CELL = 100
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


EventType = Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)  # type: ignore[misc]
ModalityChoice = Enum("ModalityChoice", {m: m for m in get_args(Modality)}, type=str)  # type: ignore[misc]
CertaintyChoice = Enum("CertaintyChoice", {c: c for c in get_args(Certainty)}, type=str)  # type: ignore[misc]
EntityTypeChoice = Enum("EntityTypeChoice", {t: t for t in get_args(EntityType)}, type=str)  # type: ignore[misc]
ExportFormat = Enum("ExportFormat", {f: f for f in EXPORT_FORMATS}, type=str)  # type: ignore[misc]

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Store: PostgreSQL URL or SQLite file. Default: $NEWSTRACE_DB, else ./newstrace.sqlite.")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")]
LimitOption = Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many rows (default 50).")]


class _StoreErrors:
    """Turns a store that cannot be used into a one-line --db error."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, StoreError):
            raise typer.BadParameter(str(exc), param_hint="--db") from None


def _core(db: str | None, *, create: bool = False) -> Newstrace:
    """The core object with its store checked; queries never create an SQLite file."""
    core = Newstrace(db=db)
    with _StoreErrors():
        if create or not core.store_exists() or not core.store_url.startswith("sqlite:///"):
            # a server is checked now; an existing SQLite file is read without opening
            # the full store (no SQLAlchemy) when its schema is current
            core.open_store(create=create)
    return core


def _day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)  # "2025-13-45" has the shape of a date but is none
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None
    if not DATE.match(value):
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option)
    return value


def _value(choice: Enum | None) -> str | None:
    return choice.value if choice is not None else None


def _print_rows(rows: list[dict], fmt: Format, title: str) -> None:
    if fmt is Format.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt is Format.csv:
        # the header even with no rows: a program reading the CSV needs its columns
        columns = list(rows[0]) if rows else getattr(rows, "columns", [])
        if columns:
            writer = csv.DictWriter(sys.stdout, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    else:
        # Offsets are for programs (json, csv); a table shows what a reader scans.
        cols = [c for c in (rows[0] if rows else ["(none)"]) if not c.endswith(("_start", "_end"))]
        table = Table(title=f"{title} ({len(rows)})", title_justify="left")
        for col in cols:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*(escape(_cell(row[c])) for c in cols))
        out.print(table)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= TABLE_CELL else text[:TABLE_CELL - 1] + "…"


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, feeds, URLs or WARC archives to read ('-': stdin).")],
    db: DbOption = None,
    batch: Annotated[Optional[int], typer.Option("--batch", min=1, help="Articles per committed transaction (default: data/store.toml).")] = None,
    workers: WorkersOption = None,
    cluster: ClusterOption = None,
    stories: Annotated[bool, typer.Option("--stories/--no-stories", help="Put new articles into stories as each batch is stored (default); --no-stories leaves them to `newstrace stories`, which can run beside a large ingest so the writer only stores.")] = True,
) -> None:
    """Extract articles and store their records; a re-run adds only what is new.

    Example: newstrace ingest ../shared/data/news/ --db corpus.sqlite
    """
    from newstrace.store import Stored

    core = _core(db, create=True)
    core.engine = build_engine(workers, cluster)
    stats = IngestStats()
    try:
        with progress() as bar:
            task = bar.add_task(f"ingesting{where(core.engine)}", total=None, rate="")
            for outcome in core.ingest(paths, commit_every=batch, stats=stats, stories=stories):
                if not isinstance(outcome, Stored):
                    err.print(f"[yellow]skipped[/] {escape(str(outcome))}")
                while stats.notes:
                    err.print(f"[yellow]note[/] {escape(stats.notes.pop(0))}")
                bar.update(task, advance=1, rate=f"{stats.rate:.1f} articles/s")
    except ModelNotFound as exc:
        raise typer.BadParameter(str(exc)) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: every committed batch is stored; run the same command again to resume")
        raise typer.Exit(130) from None
    except EngineError as exc:
        err.print(f"[red]stopped[/]: {escape(str(exc))}")
        raise typer.Exit(1) from None
    except StoreError as exc:
        # every committed batch is kept; a re-run stores what this one could not
        err.print(f"[red]error[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        err.print(f"{stats.added} added ({stats.copies} near-duplicates linked), {stats.replaced} re-extracted, "
                  f"{stats.unchanged} already stored, {stats.failed} skipped; extraction {stats.extract_s:.1f} s, "
                  f"storage {stats.store_s:.1f} s, stories {stats.stories_s:.1f} s; store {escape(core.store_name)}")
        if summary := engine_summary(core.engine):
            err.print(escape(summary))
        core.close()
    if stats.not_stored or (stats.failed and not (stats.added or stats.replaced or stats.unchanged)):
        raise typer.Exit(1)  # an article read and analysed but not stored is never a success


@app.command()
def events(
    actor: Annotated[Optional[str], typer.Option(help="Actor's canonical name (any case).")] = None,
    target: Annotated[Optional[str], typer.Option(help="Target's canonical name (any case).")] = None,
    type: Annotated[Optional[EventType], typer.Option("--type", case_sensitive=False, help="PLOVER event type.")] = None,  # noqa: A002
    since: Annotated[Optional[str], typer.Option(help="On or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="On or before this day (YYYY-MM-DD).")] = None,
    modality: Annotated[Optional[ModalityChoice], typer.Option(case_sensitive=False)] = None,
    limit: LimitOption = None, fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """Stored events, newest first, with their article and sentence offsets.

    Example: newstrace events --actor Russia --type ASSAULT --since 2025-01-01
    """
    core = _core(db)
    rows = core.events(actor=actor, target=target, type=_value(type), since=_day(since, "--since"),
                       until=_day(until, "--until"), modality=_value(modality), limit=limit)
    _print_rows(rows, fmt, "events")


@app.command()
def claims(
    speaker: Annotated[Optional[str], typer.Option(help="Speaker's canonical name (any case).")] = None,
    certainty: Annotated[Optional[CertaintyChoice], typer.Option(case_sensitive=False)] = None,
    text: Annotated[Optional[str], typer.Option(help="Words the claim's content must hold.")] = None,
    limit: LimitOption = None, fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """Stored claims: who said what, how sure, where.

    Example: newstrace claims --speaker KCNA --certainty probable
    """
    core = _core(db)
    rows = core.claims(speaker=speaker, certainty=_value(certainty), text=text, limit=limit)
    _print_rows(rows, fmt, "claims")


@app.command()
def entities(
    name: Annotated[Optional[str], typer.Option(help="Part of the canonical name (any case).")] = None,
    type: Annotated[Optional[EntityTypeChoice], typer.Option("--type", case_sensitive=False)] = None,  # noqa: A002
    limit: LimitOption = None, fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """Canonical entities across the store, most reported first (independent = articles that are not copies).

    Example: newstrace entities --type PERSON
    """
    core = _core(db)
    rows = core.entities(name=name, type=_value(type), limit=limit)
    _print_rows(rows, fmt, "entities")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all occur (stemmed).")],
    limit: LimitOption = None, fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """Full-text search of article titles and texts, best match first.

    Example: newstrace search "missile test"
    """
    core = _core(db)
    rows = core.search(query, limit=limit)
    _print_rows(rows, fmt, f"search: {query}")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id as its source gave it, or its key (or a key prefix).")],
    fmt: FormatOption = Format.table, db: DbOption = None,
) -> None:
    """One stored article's record, with its key, version and duplicate link.

    Example: newstrace show voa-8006651 --format json
    """
    core = _core(db)
    found = core.show(article_id)
    if not found:
        err.print(f"no stored article has the id or key {escape(article_id)!r}")
        raise typer.Exit(1)
    if fmt is Format.json:
        items = [s.as_dict() for s in found]
        print(json.dumps(items[0] if len(items) == 1 else items, ensure_ascii=False, indent=1))
    elif fmt is Format.csv:
        _print_rows(core.provenance(article_id), fmt, "")
    else:
        from newstrace.cli.output import record_tables

        for s in found:
            copy = f", copy of {s.copy_of} (similarity {s.similarity:.2f})" if s.copy_of else ""
            out.print(f"[bold]{escape(s.record.id)}[/] key {s.key}, extracted by newstrace {s.extractor_version} "
                      f"at {s.stored_at}{escape(copy)}")
            for table in record_tables(s.record):
                out.print(table)


@app.command("export")
def export_(
    out_path: Annotated[Path, typer.Argument(metavar="OUT", help="File (jsonl, graphml) or folder (csv, parquet) to write.")],
    to: Annotated[ExportFormat, typer.Option("--to", help="jsonl: records; csv/parquet: one file per table (records and stories); graphml: actor network.")],
    db: DbOption = None,
) -> None:
    """Export the whole store.

    Example: newstrace export --to graphml actors.graphml
    """
    core = _core(db)
    with _StoreErrors():
        n = core.export(to.value, out_path)
    unit = {"graphml": "edges", "stories": "stories"}.get(to.value, "articles")
    err.print(f"wrote {n} {unit} to {escape(str(out_path))}")
