"""Shared CLI output: consoles, progress bars and record tables."""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING

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


class OutputError(Exception):
    """An output file that cannot be written: one line naming it."""


def check_output(path: Path, inputs: Iterable[str]) -> Path:
    """``path`` if records can be written there, else OutputError saying why, before any
    work is done: a folder, a missing folder, a file that is one of the inputs."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name for the records")
    if path.exists() and not path.is_file():
        # /dev/full, a pipe: renaming a finished file over it would replace the device
        raise OutputError(f"{path}: is not a regular file; give a file name for the records")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"{path}: cannot write there (permission denied)")
    if path.exists():
        for name in inputs:
            if name != "-" and Path(name).exists() and Path(name).resolve() == path.resolve():
                raise OutputError(f"{path}: is also an input; writing the records there would destroy it")
    return path


class AtomicOutput:
    """A file written under a temporary name beside ``path`` and renamed over it only by
    :meth:`commit`: a failed or interrupted run leaves ``path`` as it was, never half
    written or emptied."""

    def __init__(self, path: Path):
        self.path = path
        try:
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write there ({_why(exc)})") from None
        self.tmp = Path(name)
        self.file: IO[str] = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, text: str) -> None:
        try:
            self.file.write(text)
        except OSError as exc:
            self.discard()
            raise OutputError(f"{self.path}: could not be written ({_why(exc)}); left as it was") from None

    def commit(self) -> None:
        try:
            self.file.close()
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise OutputError(f"{self.path}: could not be written ({_why(exc)}); left as it was") from None

    def discard(self) -> None:
        try:
            self.file.close()
        except OSError:
            pass
        self.tmp.unlink(missing_ok=True)


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    return exc.strerror or str(exc)
