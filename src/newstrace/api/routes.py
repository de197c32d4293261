"""REST endpoints under /api: the store's listings, one article's record, one entity,
streamed exports, and the token-guarded ingest. Every answer comes from the core
object, so it matches the CLI's; rows are those of ``store.query``/``store.browse``."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from newstrace.api import exports
from newstrace.api.config import load_config
from newstrace.api.security import check_token
from newstrace.app import IngestStats, Newstrace
from newstrace.record import Certainty, EntityType, EventType, Modality
from newstrace.sources import SourceError
from newstrace.sources.build import article_from_mapping
from newstrace.sources.web import is_http_url
from newstrace.store import Stored

CONFIG = load_config()
DAY = r"^\d{4}-\d{2}-\d{2}$"

router = APIRouter(prefix="/api")


def core(request: Request) -> Newstrace:
    return request.app.state.core


Core = Annotated[Newstrace, Depends(core)]
Limit = Annotated[int, Query(ge=1, le=CONFIG.max_limit, description=f"Rows per page (at most {CONFIG.max_limit}).")]
Offset = Annotated[int, Query(ge=0, le=CONFIG.max_offset, description="Rows to skip (paging).")]
def real_day(value: str | None) -> str | None:
    """A day that exists: 2024-02-30 is refused, not silently compared as a string."""
    if value is not None:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a day of the calendar") from None
    return value


Day = Annotated[Optional[str], Query(pattern=DAY, description="YYYY-MM-DD, inclusive."), AfterValidator(real_day)]
Name = Annotated[Optional[str], Query(max_length=300)]


class Page(BaseModel):
    """One page of a listing: ``next_offset`` is null on the last page."""

    limit: int
    offset: int
    next_offset: Optional[int]
    items: list[dict]


def page(rows: list[dict], limit: int, offset: int) -> JSONResponse:
    """``rows`` holds one more than ``limit`` when there is a next page. The rows are plain
    JSON values already, so they are sent as they are (``Page`` documents the shape)."""
    more = len(rows) > limit and offset + limit <= CONFIG.max_offset
    return JSONResponse({"limit": limit, "offset": offset, "next_offset": offset + limit if more else None,
                         "items": rows[:limit]})


@router.get("/articles", response_model=Page, summary="Search and filter articles")
def list_articles(core: Core, q: Annotated[Optional[str], Query(max_length=500, description="Words that must all occur (stemmed).")] = None,
                  source: Name = None, since: Day = None, until: Day = None,
                  entity: Annotated[Optional[str], Query(max_length=300, description="An entity's canonical name.")] = None,
                  limit: Limit = CONFIG.default_limit, offset: Offset = 0) -> JSONResponse:
    """Words alone give the ranked full-text search (best first, with a snippet); with any
    filter, matching articles newest first. Each row counts the article's events and claims."""
    rows = core.articles(q=q, source=source, since=since, until=until, entity=entity, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


@router.get("/articles/{ref:path}", response_model=dict, summary="One article's record")
def get_article(core: Core,
                ref: Annotated[str, Path(max_length=500, description="Source id, key or key prefix (6+).")]) -> JSONResponse:
    """The stored record (RECORD.md) plus key, copy_of, similarity, extractor_version, stored_at.
    An id that several stored articles share answers 409 with their keys: ask by key."""
    found = core.article(ref)
    if not found:
        raise HTTPException(404, f"no stored article has the id or key {ref!r}")
    if len(found) > 1:
        raise HTTPException(409, f"{len(found)} stored articles match {ref!r}; ask for one by key: "
                                 + ", ".join(s.key for s in found))
    return JSONResponse(found[0].as_dict())


@router.get("/events", response_model=Page, summary="Events")
def list_events(core: Core, actor: Name = None, target: Name = None, type: Optional[EventType] = None,  # noqa: A002
                since: Day = None, until: Day = None, modality: Optional[Modality] = None,
                limit: Limit = CONFIG.default_limit, offset: Offset = 0) -> JSONResponse:
    """Events newest first, filtered like `newstrace events`."""
    return page(core.events(actor=actor, target=target, type=type, since=since, until=until, modality=modality,
                            limit=limit + 1, offset=offset), limit, offset)


@router.get("/claims", response_model=Page, summary="Claims")
def list_claims(core: Core, speaker: Name = None, certainty: Optional[Certainty] = None,
                text: Annotated[Optional[str], Query(max_length=500)] = None,
                limit: Limit = CONFIG.default_limit, offset: Offset = 0) -> JSONResponse:
    """Claims newest first, filtered like `newstrace claims`."""
    return page(core.claims(speaker=speaker, certainty=certainty, text=text, limit=limit + 1, offset=offset),
                limit, offset)


@router.get("/entities", response_model=Page, summary="Entities")
def list_entities(core: Core, name: Name = None, type: Optional[EntityType] = None,  # noqa: A002
                  limit: Limit = CONFIG.default_limit, offset: Offset = 0) -> JSONResponse:
    """Canonical entities, most reported first, like `newstrace entities`."""
    return page(core.entities(name=name, type=type, limit=limit + 1, offset=offset), limit, offset)


@router.get("/entities/{name:path}", response_model=dict, summary="One entity")
def get_entity(core: Core, name: Annotated[str, Path(max_length=300)],
               type: Optional[EntityType] = None) -> JSONResponse:  # noqa: A002
    """Who the entity is (aliases, roles, country, counts) and its events and claims by week."""
    profile = core.entity(name, type)
    if profile is None:
        raise HTTPException(404, f"no stored entity is called {name!r}" + (f" with type {type}" if type else ""))
    return JSONResponse(profile)


if hasattr(Newstrace, "stories"):
    @router.get("/stories", response_model=Page, summary="Stories")
    def list_stories(core: Core, since: Day = None, until: Day = None, entity: Name = None,
                     type: Optional[EventType] = None,  # noqa: A002
                     min_sources: Annotated[Optional[int], Query(ge=1, le=1000, description="At least this many independent sources.")] = None,
                     limit: Limit = CONFIG.default_limit, offset: Offset = 0) -> JSONResponse:
        """Stories most recently seen first, shaped as docs/STORIES.md, filtered like `newstrace stories`."""
        # Read-only: stories are updated by ingest (and `newstrace stories`), not by a GET.
        rows = core.stories(since=since, until=until, entity=entity, type=type, min_sources=min_sources,
                            limit=offset + limit + 1, update=False)
        return page(rows[offset:], limit, offset)

    @router.get("/stories/{story_id:path}", response_model=dict, summary="One story")
    def get_story(core: Core, story_id: Annotated[str, Path(max_length=100)]) -> JSONResponse:
        """The story with its timeline, reports and their independence, corroboration counts
        and contradictions (docs/STORIES.md)."""
        found = core.story(story_id)
        if found is None:
            raise HTTPException(404, f"no story has the id {story_id!r}")
        return JSONResponse(found)


@router.get("/counts", summary="What the store holds")
def counts(core: Core) -> dict[str, int]:
    return core.counts()


@router.get("/export/{name}", summary="Streamed export",
            responses={200: {"content": {t: {} for t in exports.MEDIA_TYPES.values()}}})
def export(core: Core, name: Annotated[str, Path(max_length=100)]) -> StreamingResponse:
    """``records.jsonl`` (every record, one per line), or ``<table>.csv`` / ``<table>.parquet``
    for the tables articles, entities, mentions, events and claims; streamed as read."""
    if name not in exports.names():
        raise HTTPException(404, f"no export called {name!r}; there are: {', '.join(exports.names())}")
    return StreamingResponse(exports.stream(core.store, name), media_type=exports.MEDIA_TYPES[name.rsplit(".", 1)[1]],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


class ArticleIn(BaseModel):
    """An article to extract and store: the fields of an input JSON file."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=500)
    title: Optional[str] = Field(None, max_length=5_000)
    url: Optional[str] = Field(None, max_length=5_000)
    source: Optional[str] = Field(None, max_length=500)
    published: Optional[str] = Field(None, max_length=100)
    language: str = Field("en", max_length=20)
    text: str = Field(min_length=1)

    @field_validator("*")
    @classmethod
    def no_nul(cls, value):
        # Binary input, and PostgreSQL refuses NUL in text: refused here, by field.
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("NUL characters are not allowed")
        return value


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(default_factory=list, description="Articles given whole.")
    urls: list[str] = Field(default_factory=list, description="http(s) URLs of pages or feeds, fetched "
                            "with the CLI's fetch policy (robots.txt, no private addresses, size and time caps).")


@router.post("/ingest", summary="Extract and store articles (token required)", dependencies=[Depends(check_token)])
def ingest(core: Core, body: IngestRequest) -> dict:
    """Like `newstrace ingest`: each item is read (URLs fetched), extracted and stored; what
    happened to each comes back. Needs ``Authorization: Bearer $NEWSTRACE_API_TOKEN``."""
    items = len(body.articles) + len(body.urls)
    if not items:
        raise HTTPException(422, "nothing to ingest: give 'articles' or 'urls'")
    if items > CONFIG.max_items:
        raise HTTPException(413, f"{items} items in one request; at most {CONFIG.max_items}")
    for i, url in enumerate(body.urls):
        if not is_http_url(url):
            raise HTTPException(422, f"urls[{i}]: {url[:200]!r} is not an http(s) URL")
    inputs: list = []
    for i, a in enumerate(body.articles):
        # The CLI's own reading of a JSON article: dates normalised, fields checked.
        try:
            inputs.append(article_from_mapping(a.model_dump(), name=f"articles[{i}]", default_id=a.id))
        except SourceError as exc:
            raise HTTPException(422, str(exc)) from None
    inputs += [u.strip() for u in body.urls]
    stats = IngestStats()
    results = []
    for outcome in core.ingest(inputs, stats=stats):
        if isinstance(outcome, Stored):
            results.append({"article": outcome.article_id, "status": outcome.status, "key": outcome.key,
                            "copy_of": outcome.duplicate_of})
        else:
            results.append({"article": getattr(outcome, "article_id", None) or getattr(outcome, "input_name", None),
                            "status": "failed", "error": str(outcome)})
    return {"added": stats.added, "replaced": stats.replaced, "unchanged": stats.unchanged,
            "copies": stats.copies, "failed": stats.failed, "results": results}
