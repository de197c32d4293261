"""`newstrace extract` and `newstrace eval`."""
from __future__ import annotations

import io
import json
import time
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from newstrace.app import Newstrace
from newstrace.cli import app
from newstrace.cli.engine import ClusterOption, WorkersOption, build_engine, engine_summary, where
from newstrace.cli.output import AtomicOutput, OutputError, check_output, err, out, progress, record_tables
from newstrace.errors import ModelNotFound
from newstrace.failures import ExtractionError
from newstrace.parallel import EngineError
from newstrace.sources.errors import SourceError

if TYPE_CHECKING:
    from newstrace.record import Record


SINGULAR = {"entities": "entity", "claims": "claim", "events": "event"}


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def sample_paths() -> list[Path]:
    return [Path(str(resources.files("newstrace").joinpath("samples")))]


@app.command()
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, folders, URLs, feeds, URL lists or WARC files (.txt .html .json .jsonl .rss .atom .urls .warc); '-' reads stdin. None: the bundled sample articles.")] = None,
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the records to this file instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or table. Default: jsonl to --out, table on a terminal.")] = None,  # type: ignore[assignment]
    workers: WorkersOption = None,
    cluster: ClusterOption = None,
) -> None:
    """Extract entities, events and claims from articles.

    Example: newstrace extract articles/ --out records.jsonl
    """
    inputs = paths or [str(p) for p in sample_paths()]
    fmt = fmt or (Format.jsonl if out_file or not out.is_terminal else Format.table)
    try:
        sink = AtomicOutput(check_output(out_file, inputs)) if out_file else None
    except OutputError as exc:
        raise typer.BadParameter(str(exc), param_hint="--out") from None
    # tables go to the file too when there is one, as plain text
    table_text = io.StringIO()
    table_out = Console(file=table_text, width=160, no_color=True) if sink else out
    core = Newstrace(engine=build_engine(workers, cluster))
    records: list[Record] = []
    failures = 0
    started = time.perf_counter()
    try:
        with progress() as bar:
            task = bar.add_task(f"extracting{where(core.engine)}", total=None, rate="")
            for outcome in core.extract_paths(inputs):
                if isinstance(outcome, (SourceError, ExtractionError)):
                    failures += 1
                    err.print(f"skipped {outcome}", style="yellow", markup=False, highlight=False)
                    continue
                records.append(outcome)
                note = core.unread_language(outcome)
                if note:
                    err.print(f"note {note}", style="yellow", markup=False, highlight=False)
                if fmt is Format.jsonl:
                    line = json.dumps(outcome.to_json_dict(), ensure_ascii=False)
                    (sink.write(line + "\n") if sink else print(line))
                elif fmt is Format.table:
                    for table in record_tables(outcome):
                        table_out.print(table)
                    if sink:
                        sink.write(table_text.getvalue())
                        table_text.seek(0)
                        table_text.truncate()
                bar.update(task, advance=1, rate=f"{len(records) / (time.perf_counter() - started):.1f} articles/s")
        if fmt is Format.json:
            text = json.dumps([r.to_json_dict() for r in records], ensure_ascii=False, indent=1)
            (sink.write(text + "\n") if sink else print(text))
        if sink and (records or not failures):
            sink.commit()
    except ModelNotFound as exc:
        raise typer.BadParameter(str(exc)) from None
    except EngineError as exc:
        err.print(f"[red]stopped[/]: {escape(str(exc))}")
        raise typer.Exit(1) from None
    except OutputError as exc:
        err.print(f"error: {exc}", style="red", markup=False, highlight=False)
        raise typer.Exit(1) from None
    finally:
        if sink:
            sink.discard()  # after a commit there is nothing left to discard
    err.print(f"{len(records)} record(s), {failures} input(s) skipped" + (f", written to {out_file}" if sink and (records or not failures) else ""))
    if summary := engine_summary(core.engine):
        err.print(escape(summary))
    if not records and failures:
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Folder of gold *.json records (or a .jsonl file).", exists=True)],
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="Also write the predicted records (JSONL).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="List missed gold items and unmatched predictions.")] = False,
) -> None:
    """Extract the gold articles and print precision, recall and F1.

    Example: newstrace eval ../shared/eval/dev
    """
    report, records = Newstrace().evaluate(gold)
    if out_file:
        with out_file.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n")
    if as_json:
        print(json.dumps(report.as_dict()))
        return
    if explain:
        for article_id, s in report.articles:
            out.print(f"== {article_id}")
            for part in ("entities", "claims", "events"):
                for item in s.missed[part]:
                    out.print(f"  missed {SINGULAR[part]}: {_show(part, item)}", markup=False)
                for item in s.extra[part]:
                    out.print(f"  extra  {SINGULAR[part]}: {_show(part, item)}", markup=False)
    from rich.table import Table

    table = Table(title=f"{gold} ({len(report.articles)} articles)", title_justify="left")
    for col in ("part", "P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(col, justify="right" if col != "part" else "left")
    for part in ("entities", "claims", "events", "events_strict"):
        scores = report.prf(part)
        table.add_row(part, f"{scores['p']:.3f}", f"{scores['r']:.3f}", f"{scores['f1']:.3f}", str(scores["tp"]), str(scores["pred"]),
                      str(scores["gold"]))
    out.print(table)
    out.print(f"certainty accuracy on found claims: {report.certainty_accuracy:.3f}")
    out.print(f"modality accuracy on found events: {report.modality_accuracy:.3f}")
    out.print("date / location accuracy on found events that have one in gold: "
              f"{report.accuracy('date'):.3f} / {report.accuracy('location'):.3f}")
    out.print(f"country accuracy on found entities that have one in gold: {report.accuracy('country'):.3f}")


def _show(part: str, item: dict) -> str:
    first = lambda x: x[0] if isinstance(x, list) and x else x  # noqa: E731
    if part == "entities":
        return f"{item.get('type')} {item.get('name')}"
    if part == "claims":
        return f"{first(item.get('speaker'))} | {str(item.get('content'))[:90]}"
    return f"{first(item.get('type'))} {first(item.get('actor'))} -> {first(item.get('target'))} | {str(first(item.get('sentence')))[:90]}"
