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
