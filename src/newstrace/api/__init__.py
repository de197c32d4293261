"""`newstrace serve`: the REST API (/api, OpenAPI docs at /docs) and the web pages, one
FastAPI application over one core object, so both answer as the CLI does.

Errors are one-line JSON (``{"detail": ...}``) under /api and a short page elsewhere:
bad input gets a 4xx naming what was wrong; an unexpected failure is logged with its
traceback on the server and answered 500 without one.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newstrace import __version__
from newstrace.api.config import load_config
from newstrace.api.security import BodyLimit
from newstrace.app import Newstrace
from newstrace.nlp import ModelNotFound
from newstrace.store import StoreError

log = logging.getLogger("newstrace.serve")


def create_app(core: Newstrace, *, token: str | None = None) -> FastAPI:
    """The application over ``core``'s store; ``token`` enables POST /api/ingest."""
    from newstrace.api.routes import router as api_router
    from newstrace.web import mount as mount_web

    app = FastAPI(title="newstrace", version=__version__, docs_url=None, redoc_url=None,
                  description="Sourced records of news articles: entities, PLOVER events, attributed claims.")

    @app.get("/docs", include_in_schema=False)
    def docs():
        # Swagger UI from the package (web/static/swagger), not from a CDN.
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="newstrace API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")
    app.state.core = core
    app.state.token = token or None
    app.include_router(api_router)
    mount_web(app)
    app.add_middleware(BodyLimit, max_bytes=load_config().max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return _error(request, 422, "; ".join(_describe(e) for e in exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else \
            f"nothing at {request.url.path}"
        return _error(request, exc.status_code, str(detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return _error(request, 503, str(exc))

    @app.exception_handler(ModelNotFound)
    async def no_model(request: Request, exc: ModelNotFound):
        return _error(request, 503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error: the server log has the details")

    return app


def app_from_env() -> FastAPI:
    """The application for ``newstrace serve --workers N``: each worker process builds its
    own, over the store named by NEWSTRACE_DB (which ``serve`` sets from ``--db``)."""
    import os

    from newstrace.api.security import TOKEN_ENV

    return create_app(Newstrace(), token=os.environ.get(TOKEN_ENV))


def _describe(error: dict) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
    given = error.get("input")
    shown = f" (got {str(given)[:80]!r})" if isinstance(given, (str, int, float)) else ""
    return f"{where or 'request'}: {error.get('msg', 'invalid')}{shown}"


def _error(request: Request, status: int, detail: str, headers: dict | None = None):
    if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    from newstrace.web import error_page

    return error_page(request, status, detail, headers=headers)
