"""The page in a real browser: headless Chromium (Debian's) driven by Playwright, against a live server."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from kronika.batch import run_batch
from kronika.dedup import cluster_store
from kronika.store import Store

from .conftest import SAMPLE, SEED

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install 'kronika[test]')")
CHROMIUM = os.environ.get("KRONIKA_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("no chromium on PATH (Debian package 'chromium'; .ci/run installs it)", allow_module_level=True)

# Hostile article: every field a page renders carries a payload that sets window.__xss if it ever runs.
PAYLOADS = [
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='onerror'\">",
    "\"><svg onload=\"window.__xss='svg'\">",
    "<a href=\"javascript:window.__xss='href'\">klik</a>",
    "{{ 7*7 }}<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>",
]
HOSTILE = {
    "id": "xss-1", "url": "javascript:window.__xss='url'", "published": "2023-03-16", "outlet": PAYLOADS[2],
    "title": "Jan Kowalski " + PAYLOADS[0],
    "text": (f"Minister klimatu Jan Kowalski powiedział w czwartek: „{PAYLOADS[1]} to tylko test”. "
             f"Organizacje {PAYLOADS[3]} skrytykowały projekt. {PAYLOADS[4]} Kowalski zapowiedział zmiany."),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from kronika.api import create_app

    tmp = tmp_path_factory.mktemp("web")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", "utf-8")
    db = tmp / "k.sqlite"
    store = Store(db)
    paths = [str(SAMPLE), str(hostile)] + ([str(SEED)] if SEED.exists() else [])
    assert run_batch(paths, store).errors == []
    cluster_store(store)
    store.close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def test_web_search_inflected_name_opens_entity_with_dated_quotes(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("#q", "Kowalskiego")  # genitive: the page must find "Jan Kowalski"
    page.click("button[type=submit]")
    page.wait_for_selector("#results li")
    assert page.locator("#results li").count() >= 2
    page.click("#entities a:has-text('Jan Kowalski')")
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == "Jan Kowalski"
    quotes = page.locator("#quotes .quote")
    assert quotes.count() >= 1
    dates = [d for d in page.locator("#quotes time").all_inner_texts() if d.strip()]
    assert dates and all(d[:4].isdigit() for d in dates)
    content = page.locator("#quotes .quote-link").first.inner_text()
    page.locator("#quotes .quote-link").first.click()
    page.wait_for_selector("mark#quote")
    assert page.inner_text("mark#quote").strip() == content.strip()  # the evidence highlights exactly the quote


def test_web_timeline_plots_text_dates(server: str, page: Any) -> None:
    page.goto(server + "/")
    bars = page.locator("#timeline rect")
    assert bars.count() >= 1
    titles = page.locator("#timeline title").all_text_contents()
    assert any(t.startswith("2023-") for t in titles)


@pytest.mark.parametrize("path", ["/?q=Kowalski", "/article/xss-1", "/entity/PER-Jan-Kowalski", "/quote/xss-1/0",
                                  "/?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E"])
def test_web_hostile_article_runs_no_script(server: str, page: Any, path: str) -> None:
    resp = page.goto(server + path)
    assert resp is not None and resp.status == 200
    page.wait_for_load_state("load")
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.locator("script").count() == 0  # payload tags are text, not elements
    assert page.locator("[onerror], [onload], iframe").count() == 0
    hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href') || '')")
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)
