"""HTTP API (FastAPI) and the web page, both rendered from the same dicts the store returns."""

from __future__ import annotations

import hmac
import os
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .store import Store

MAX_PAGE = 200


def _templates() -> Environment:
    path = str(resources.files("kronika").joinpath("web"))
    # autoescape everywhere: article titles and text are untrusted input
    return Environment(loader=FileSystemLoader(path), autoescape=select_autoescape(default=True, default_for_string=True))


def create_app(db: str, *, token: str | None = None) -> FastAPI:
    """The app over one store file; `token` (or $KRONIKA_TOKEN) guards write routes."""
    app = FastAPI(title="kronika", version="0.1", description="Polish news chronicle: search, entities, quotes, events.")
    store = Store(db)
    env = _templates()
    write_token = token or os.environ.get("KRONIKA_TOKEN")

    def page(name: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx))

    # ------------------------------------------------------------------ JSON

    @app.get("/api/search")
    def api_search(q: str = "", entity: str | None = None, date_from: str | None = Query(None, alias="from"),
                   date_to: str | None = Query(None, alias="to"), action: str | None = None, speaker: str | None = None,
                   outlet: str | None = None, limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        res = store.search(q, entity=entity, date_from=date_from, date_to=date_to, action=action, speaker=speaker,
                           outlet=outlet, limit=limit, offset=offset)
        return {"query": q, "entities": store.find_entities(q) if q else [], **res}

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        a = store.article(article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        return a

    @app.get("/api/entities/{entity_id}")
    def api_entity(entity_id: str) -> dict[str, Any]:
        e = store.entity(entity_id)
        if e is None:
            raise HTTPException(404, "no such entity")
        return e

    @app.get("/api/quotes")
    def api_quotes(speaker: str | None = None, limit: int = Query(50, ge=1, le=MAX_PAGE),
                   offset: int = Query(0, ge=0)) -> dict[str, Any]:
        return store.quotes(speaker=speaker, limit=limit, offset=offset)

    @app.get("/api/quotes/{article_id}/{idx}")
    def api_quote(article_id: str, idx: int) -> dict[str, Any]:
        q = store.quote(article_id, idx)
        if q is None:
            raise HTTPException(404, "no such quote")
        return q

    @app.get("/api/events")
    def api_events(date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                   action: str | None = None, entity: str | None = None, limit: int = Query(100, ge=1, le=MAX_PAGE),
                   offset: int = Query(0, ge=0)) -> dict[str, Any]:
        return store.events(date_from=date_from, date_to=date_to, action=action, entity=entity, limit=limit, offset=offset)

    @app.get("/api/timeline")
    def api_timeline(granularity: str = Query("day", pattern="^(day|week|month)$"), entity: str | None = None,
                     action: str | None = None, date_from: str | None = Query(None, alias="from"),
                     date_to: str | None = Query(None, alias="to")) -> dict[str, Any]:
        return {"granularity": granularity,
                "buckets": store.timeline(granularity=granularity, entity=entity, action=action,
                                          date_from=date_from, date_to=date_to)}

    def require_token(authorization: str | None = Header(None)) -> None:
        if not write_token:
            raise HTTPException(403, "writes are disabled: set KRONIKA_TOKEN to enable them")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), write_token.encode()):
            raise HTTPException(401, "bad or missing token")

    @app.post("/api/articles", dependencies=[Depends(require_token)])
    async def api_ingest(request: Request) -> dict[str, Any]:
        from .exceptions import IngestError
        from .ingest import parse_json_record
        from .pipeline import process

        body = await request.body()
        if len(body) > 5_000_000:
            raise HTTPException(413, "article over 5 MB")
        try:
            import json

            raw = parse_json_record(json.loads(body), "http")
        except (ValueError, IngestError) as exc:
            raise HTTPException(422, str(exc)) from exc
        doc = process(raw)
        stored, _ = store.put_docs([doc])
        return {"id": doc.article.id, "stored": bool(stored), "doc": doc.to_json()}

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse)
    def home(q: str = "", date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to")) -> HTMLResponse:
        data = api_search(q=q, date_from=date_from, date_to=date_to, entity=None, action=None, speaker=None, outlet=None,
                          limit=20, offset=0)
        timeline = store.timeline(granularity="day", date_from=date_from, date_to=date_to)
        return page("index.html", data=data, q=q, timeline=_timeline_bars(timeline))

    @app.get("/entity/{entity_id}", response_class=HTMLResponse)
    def entity_page(entity_id: str) -> HTMLResponse:
        return page("entity.html", e=api_entity(entity_id))

    @app.get("/quote/{article_id}/{idx}", response_class=HTMLResponse)
    def quote_page(article_id: str, idx: int) -> HTMLResponse:
        return page("quote.html", q=api_quote(article_id, idx))

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> HTMLResponse:
        return page("article.html", a=api_article(article_id))

    return app


def _timeline_bars(buckets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-day totals scaled for a small inline SVG bar chart."""
    totals: dict[str, int] = {}
    for b in buckets:
        totals[b["bucket"]] = totals.get(b["bucket"], 0) + b["n"]
    peak = max(totals.values(), default=1)
    return [{"bucket": k, "n": v, "h": round(80 * v / peak), "peak": peak} for k, v in sorted(totals.items())]
