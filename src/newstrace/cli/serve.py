"""`newstrace serve`: the REST API and web pages over a store, served by uvicorn."""
from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer
from rich.markup import escape

from newstrace.cli import app
from newstrace.cli.corpus import DbOption, _core
from newstrace.cli.output import err


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on. Loopback by default; any other is an explicit choice.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free one).")] = 8000,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="Log every request.")] = True,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes (each opens the store itself).")] = 1,
) -> None:
    """Serve the store: web pages at /, the REST API at /api, its docs at /docs.

    POST /api/ingest is off unless NEWSTRACE_API_TOKEN is set (clients then send it as a bearer token).

    Example: newstrace serve --db corpus.sqlite --port 8000
    """
    import uvicorn

    from newstrace.api import create_app
    from newstrace.api.security import TOKEN_ENV

    core = _core(db)
    token = os.environ.get(TOKEN_ENV) or None
    if not _is_loopback(host):
        err.print(f"[yellow]listening on {escape(host)}[/]: reachable from other machines")
    err.print(f"serving {escape(core.store.name)} at http://{escape(host)}:{port}/ (API docs at /docs); "
              f"ingest {'on (token set)' if token else f'off (set {TOKEN_ENV} to enable)'}")
    log_level = "info" if access_log else "warning"
    try:
        if workers == 1:
            uvicorn.run(create_app(core, token=token), host=host, port=port, access_log=access_log, log_level=log_level)
        else:
            # Worker processes import the application by name: the store goes to them by environment.
            os.environ["NEWSTRACE_DB"] = core.store.url
            core.close()
            uvicorn.run("newstrace.api:app_from_env", factory=True, workers=workers, host=host, port=port,
                        access_log=access_log, log_level=log_level)
    finally:
        core.close()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
