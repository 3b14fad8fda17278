"""HTTP API (FastAPI) and the web page, both rendered from the same dicts the store returns."""

from __future__ import annotations

import hmac
import os
import threading
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .store import Store

MAX_PAGE = 200
MAX_BODY = 5_000_000  # bytes per posted article: the largest real news page we have seen is ~1 MB of HTML
READ_RATE, READ_BURST = 20.0, 60  # requests/s and burst per client for reads: a person clicking, or a polite script
WRITE_RATE, WRITE_BURST = 2.0, 10  # ingest over HTTP runs the whole pipeline: far fewer


class RateLimiter:
    """Token bucket per client address; `clock` is injected so tests need not sleep."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        with self.lock:
            now = self.clock()
            tokens, last = self.buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if len(self.buckets) > 100_000:  # bounded memory under a spray of addresses
                self.buckets.clear()
            if tokens >= 1:
                self.buckets[client] = (tokens - 1, now)
                return 0.0
            self.buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate


def _templates() -> Environment:
    path = str(resources.files("kronika").joinpath("web"))
    # autoescape everywhere: article titles and text are untrusted input
    return Environment(loader=FileSystemLoader(path), autoescape=select_autoescape(default=True, default_for_string=True))


def create_app(db: str, *, token: str | None = None, read_limiter: RateLimiter | None = None,
               write_limiter: RateLimiter | None = None) -> FastAPI:
    """The app over one store file; `token` (or $KRONIKA_TOKEN) guards write routes; requests are rate-limited per client."""
    app = FastAPI(title="kronika", version="0.1", description="Polish news chronicle: search, entities, quotes, events.")
    store = Store(db)
    readers = read_limiter or RateLimiter(READ_RATE, READ_BURST)
    writers = write_limiter or RateLimiter(WRITE_RATE, WRITE_BURST)

    @app.middleware("http")
    async def limits(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        client = request.client.host if request.client else "unknown"
        writing = request.method not in ("GET", "HEAD", "OPTIONS")
        wait = (writers if writing else readers).allow(client)
        if wait:
            return JSONResponse({"detail": "too many requests"}, status_code=429,
                                headers={"Retry-After": str(max(1, round(wait)))})
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return JSONResponse({"detail": f"request body over {MAX_BODY} bytes"}, status_code=413)
        return await call_next(request)

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

        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():  # counted as it arrives: a missing Content-Length cannot smuggle more
            size += len(chunk)
            if size > MAX_BODY:
                raise HTTPException(413, f"request body over {MAX_BODY} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
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
