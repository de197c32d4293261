"""The web pages: search, article (highlighted text with its record beside it) and
entity (profile and activity chart), server-rendered with Jinja2 (autoescaped) over the
same core object as the REST API. Assets ship in ``web/static``; nothing is fetched
from elsewhere at run time."""
from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from typing import Annotated, Optional
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from newstrace import __version__
from newstrace.api.config import load_config
from newstrace.app import Newstrace
from newstrace.record import EVENT_TYPES, EntityType
from newstrace.web import chart, highlight

CONFIG = load_config()
DAY = r"^\d{4}-\d{2}-\d{2}$"

_env = Environment(loader=PackageLoader("newstrace.web", "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.filters["q"] = lambda value: quote(str(value), safe="")
_env.globals["version"] = __version__
_env.globals["has_stories"] = hasattr(Newstrace, "stories")
templates = Jinja2Templates(env=_env)


def render(request: Request, name: str, status: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status, headers=headers)


def error_page(request: Request, status: int, detail: str, headers: dict | None = None) -> HTMLResponse:
    return render(request, "error.html", status=status, headers=headers, status_code=status, detail=detail)


def _is_day(value: str) -> bool:
    try:
        return bool(re.match(DAY, value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _core(request: Request) -> Newstrace:
    return request.app.state.core


def mount(app: FastAPI) -> None:
    static = resources.files("newstrace.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request):
        core = _core(request)
        return render(request, "index.html", counts=core.counts(), entities=core.entities(limit=15),
                      recent=core.articles(limit=CONFIG.page_size))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: Annotated[Optional[str], Query(max_length=500)] = None,
               source: Annotated[Optional[str], Query(max_length=300)] = None,
               since: Annotated[Optional[str], Query(max_length=10)] = None,
               until: Annotated[Optional[str], Query(max_length=10)] = None,
               entity: Annotated[Optional[str], Query(max_length=300)] = None,
               offset: Annotated[int, Query(ge=0, le=CONFIG.max_offset)] = 0):
        # A form sends its empty fields as empty strings: those are no filter.
        filters = {k: v for k, v in dict(q=q, source=source, since=since, until=until, entity=entity).items() if v}
        for name in ("since", "until"):
            if name in filters and not _is_day(filters[name]):
                raise HTTPException(422, f"{name}: {filters[name]!r} is not a date (YYYY-MM-DD)")
        rows = _core(request).articles(**filters, limit=CONFIG.page_size + 1, offset=offset) if filters else []
        more = len(rows) > CONFIG.page_size and offset + CONFIG.page_size <= CONFIG.max_offset
        return render(request, "search.html", filters=filters, rows=rows[:CONFIG.page_size], offset=offset,
                      next=urlencode({**filters, "offset": offset + CONFIG.page_size}) if more else None,
                      prev=urlencode({**filters, "offset": max(0, offset - CONFIG.page_size)}) if offset else None)

    @app.get("/articles/{ref:path}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, ref: Annotated[str, Path(max_length=500)]):
        found = _core(request).article(ref)
        if not found:
            raise HTTPException(404, f"no stored article has the id or key {ref!r}")
        if len(found) > 1:
            return render(request, "choose.html", ref=ref, found=found)
        stored = found[0]
        record = stored.record
        story = _core(request).article_story(stored.key) if hasattr(Newstrace, "stories") else None
        return render(request, "article.html", stored=stored, record=record, text=highlight.render(record), story=story,
                      record_json=json.dumps(stored.as_dict(), ensure_ascii=False, indent=1))

    @app.get("/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, name: Annotated[str, Path(max_length=300)], type: Optional[EntityType] = None):  # noqa: A002
        core = _core(request)
        profile = core.entity(name, type)
        if profile is None:
            raise HTTPException(404, f"no stored entity is called {name!r}")
        svg, types = chart.activity_svg(profile["activity"], profile["claims_by_week"], max_weeks=CONFIG.chart_weeks)
        n = CONFIG.entity_items
        events = sorted(core.events(actor=profile["name"], limit=n) + core.events(target=profile["name"], limit=n),
                        key=lambda r: (r["day"] or "", r["article"]), reverse=True)[:n]
        stories = core.stories(entity=profile["name"], limit=n, update=False) if hasattr(Newstrace, "stories") else []
        return render(request, "entity.html", profile=profile, chart=svg, legend=chart.legend(types), stories=stories,
                      events=events, claims=core.claims(speaker=profile["name"], limit=n), event_types=EVENT_TYPES)

    if hasattr(Newstrace, "stories"):
        mount_stories(app)


def origins(story: dict) -> list[tuple[str, list[dict]]]:
    """The story's reports grouped by where their information comes from: each origin's
    independent report first, then what copies, credits or cites it."""
    groups: dict[str, list[dict]] = {}
    for report in story.get("reports", []):
        groups.setdefault(report.get("origin") or report.get("outlet") or report["article"], []).append(report)
    for reports in groups.values():
        reports.sort(key=lambda r: (r.get("dependency") is not None, r.get("published") or ""))
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


def story_subjects(story: dict) -> dict[str, str]:
    """A readable name for each story event and claim a contradiction can be about."""
    names = {e["id"]: f"{e['type']} {e.get('actor') or '?'} → {e.get('target') or '?'}" for e in story.get("events", [])}
    names.update({c["id"]: f"claim by {c.get('speaker') or 'unnamed'}" for c in story.get("claims", [])})
    return names


def mount_stories(app: FastAPI) -> None:
    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories(request: Request, entity: Annotated[Optional[str], Query(max_length=300)] = None,
                since: Annotated[Optional[str], Query(max_length=10)] = None,
                until: Annotated[Optional[str], Query(max_length=10)] = None,
                min_sources: Annotated[Optional[str], Query(max_length=6)] = None,
                offset: Annotated[int, Query(ge=0, le=CONFIG.max_offset)] = 0):
        filters = {k: v for k, v in dict(entity=entity, since=since, until=until, min_sources=min_sources).items() if v}
        for name in ("since", "until"):
            if name in filters and not _is_day(filters[name]):
                raise HTTPException(422, f"{name}: {filters[name]!r} is not a date (YYYY-MM-DD)")
        if "min_sources" in filters and not filters["min_sources"].isdigit():
            raise HTTPException(422, f"min_sources: {filters['min_sources']!r} is not a whole number")
        min_sources_n = int(filters["min_sources"]) if "min_sources" in filters else None
        rows = _core(request).stories(entity=filters.get("entity"), since=filters.get("since"),
                                      until=filters.get("until"), min_sources=min_sources_n,
                                      limit=offset + CONFIG.page_size + 1, update=False)[offset:]
        more = len(rows) > CONFIG.page_size and offset + CONFIG.page_size <= CONFIG.max_offset
        return render(request, "stories.html", filters=filters, stories=rows[:CONFIG.page_size],
                      next=urlencode({**filters, "offset": offset + CONFIG.page_size}) if more else None,
                      prev=urlencode({**filters, "offset": max(0, offset - CONFIG.page_size)}) if offset else None)

    @app.get("/stories/{story_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def story(request: Request, story_id: Annotated[str, Path(max_length=100)]):
        found = _core(request).story(story_id)
        if found is None:
            raise HTTPException(404, f"no story has the id {story_id!r}")
        return render(request, "story.html", story=found, origins=origins(found), subjects=story_subjects(found))
