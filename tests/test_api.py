from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from kronika.api import create_app
from kronika.batch import run_batch
from kronika.store import Store

from .conftest import SAMPLE


def _client(tmp_path: Path, token: str | None = None) -> TestClient:
    db = tmp_path / "k.sqlite"
    run_batch([str(SAMPLE)], Store(db))
    return TestClient(create_app(str(db), token=token))


def test_api_search_json_and_page_agree(tmp_path: Path) -> None:
    c = _client(tmp_path)
    data = c.get("/api/search", params={"q": "Kowalskiego"}).json()
    assert data["total"] == 2
    html = c.get("/", params={"q": "Kowalskiego"}).text
    for item in data["items"]:
        assert item["title"] in html


def test_api_entity_page_shows_dated_quotes(tmp_path: Path) -> None:
    c = _client(tmp_path)
    ent = c.get("/api/search", params={"q": "Kowalski"}).json()["entities"][0]
    page = c.get(f"/entity/{ent['entity_id']}").text
    assert "Jan Kowalski" in page and "lasy państwowe" in page


def test_api_write_route_needs_token(tmp_path: Path) -> None:
    c = _client(tmp_path, token="s3cret")
    body = json.dumps({"id": "x1", "text": "Premier spotkał się w poniedziałek z prezydentem.", "published": "2023-01-02"})
    assert c.post("/api/articles", content=body).status_code == 401
    ok = c.post("/api/articles", content=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["id"] == "x1"


def test_api_titles_are_escaped(tmp_path: Path) -> None:
    c = _client(tmp_path, token="t")
    body = json.dumps({"id": "xss", "title": "<script>alert(1)</script><img src=x onerror=alert(2)>",
                       "text": "Tekst o Warszawie i Krakowie.", "published": "2023-01-02"})
    assert c.post("/api/articles", content=body, headers={"Authorization": "Bearer t"}).status_code == 200
    html = c.get("/article/xss").text
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_api_openapi_served(tmp_path: Path) -> None:
    c = _client(tmp_path)
    assert "/api/search" in c.get("/openapi.json").json()["paths"]


def test_api_rate_limit_answers_429_then_recovers(tmp_path: Path) -> None:
    from kronika.api import RateLimiter

    now = [0.0]
    db = tmp_path / "k.sqlite"
    run_batch([str(SAMPLE)], Store(db))
    c = TestClient(create_app(str(db), read_limiter=RateLimiter(1.0, 3, clock=lambda: now[0])))
    codes = [c.get("/api/search", params={"q": "las"}).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    r = c.get("/api/search")
    assert r.headers["Retry-After"] == "1"
    now[0] += 1.0  # one token back after a second
    assert c.get("/api/search").status_code == 200


def test_api_write_over_size_limit_refused_before_reading(tmp_path: Path) -> None:
    from kronika.api import MAX_BODY

    c = _client(tmp_path, token="s3cret")
    big = json.dumps({"text": "a" * (MAX_BODY + 10)})
    r = c.post("/api/articles", content=big, headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"})
    assert r.status_code == 413


def test_api_writes_rate_limited_separately(tmp_path: Path) -> None:
    from kronika.api import RateLimiter

    db = tmp_path / "k.sqlite"
    run_batch([str(SAMPLE)], Store(db))
    c = TestClient(create_app(str(db), token="t", write_limiter=RateLimiter(0.001, 1)))
    body = json.dumps({"id": "w1", "text": "Jan Kowalski powiedział we wtorek, że las jest ważny."})
    hdr = {"Authorization": "Bearer t"}
    assert c.post("/api/articles", content=body, headers=hdr).status_code == 200
    assert c.post("/api/articles", content=body, headers=hdr).status_code == 429
    assert c.get("/api/search", params={"q": "las"}).status_code == 200  # reads unaffected
