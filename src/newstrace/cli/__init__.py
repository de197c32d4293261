"""The command line: thin commands that parse options and call the core object.

Each module under ``newstrace.cli`` registers its commands on :data:`app`.
"""
from __future__ import annotations

import typer

app = typer.Typer(help="newstrace: news reports in, a sourced, structured record out.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)

from newstrace.cli import extract as _extract  # noqa: E402,F401  (registers commands)
from newstrace.cli import corpus as _corpus  # noqa: E402,F401  (registers commands)


def main() -> None:
    from newstrace.settings import SettingError

    try:
        app()
    except SettingError as exc:  # a bad NEWSTRACE_* variable, met wherever it is first read
        import sys

        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
