"""The command line: thin commands that parse options and call the core object.

Each module under ``newstrace.cli`` registers its commands on :data:`app`.
"""
from __future__ import annotations

import typer

app = typer.Typer(help="newstrace: news reports in, a sourced, structured record out.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)

from newstrace.cli import extract as _extract  # noqa: E402,F401  (registers commands)
from newstrace.cli import corpus as _corpus  # noqa: E402,F401  (registers commands)
from newstrace.cli import serve as _serve  # noqa: E402,F401  (registers commands)
from newstrace.cli import stories as _stories  # noqa: E402,F401  (registers commands)


def main() -> None:
    import sys

    from newstrace.settings import SettingError
    from newstrace.store import StoreError
    from newstrace.store.fulltext import QueryTooLong

    try:
        app()
    except (SettingError, QueryTooLong) as exc:  # a bad NEWSTRACE_* variable or query: the user's to fix
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except StoreError as exc:  # a query the database stopped or could not run
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
