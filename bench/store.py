"""Store figures: ingest throughput (with and without NLP) and search latency over a 10k-article store.

Usage: python3 bench/store.py [--articles 10000] [--data ../shared/data] [--db /tmp/kronika-bench.sqlite]

The BSNLP Polish articles (the bundled samples when the data folder is absent) are run through
`run_batch` into a fresh store (articles/s with NLP), then their Docs are written again under new
ids until the store holds `--articles` articles (articles/s of the store alone). Search latency is
measured on a fixed query mix (inflected names and words, entity and event-date filters) through
`Store.search` and through the HTTP API in-process; p50/p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from pathlib import Path

from kronika.batch import run_batch
from kronika.ingest import iter_articles
from kronika.pipeline import process
from kronika.records import Doc, RawArticle
from kronika.store import Store

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["Tokajewa", "Kazachstanie", "uciekają", "Putina", "brexitu", "Trumpa", "strajk pilotów", "szczepionki",
           "Asi Bibi", "Nord Stream", "Merkel", "Theresy May", "Unii Europejskiej", "protesty", "gazociągu",
           "Kowalskiego", "wybory prezydenckie", "Ryanaira", "Junckera", "rząd"]
REPEAT = 10


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(p * len(xs)))] * 1000, 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--db", type=Path, default=Path("/tmp/kronika-bench.sqlite"))
    args = ap.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    src = args.data / "bsnlp-pl"
    paths = [str(src)] if src.exists() else [str(ROOT / "src/kronika/data/sample")]
    store = Store(args.db)
    t = time.perf_counter()
    report = run_batch(paths, store)
    nlp_s = time.perf_counter() - t
    base = report.stored
    docs: list[Doc] = [process(r) for r in iter_articles(paths) if isinstance(r, RawArticle)]
    copies = 0
    t = time.perf_counter()
    while base + copies < args.articles:
        batch = []
        for d in docs:
            if base + copies + len(batch) >= args.articles:
                break
            art = dataclasses.replace(d.article, id=f"{d.article.id}~{base + copies + len(batch)}",
                                      content_hash=f"{d.article.content_hash}~{base + copies + len(batch)}")
            batch.append(dataclasses.replace(d, article=art))
        store.put_docs(batch)
        copies += len(batch)
    write_s = time.perf_counter() - t
    total = store.count("articles")

    lat: list[float] = []
    for _ in range(REPEAT):
        for q in QUERIES:
            t = time.perf_counter()
            store.search(q, limit=20)
            lat.append(time.perf_counter() - t)
    filt: list[float] = []
    ents = [r["entity_id"] for r in store.find_entities("Putin")[:1] + store.find_entities("Trump")[:1]]
    for _ in range(REPEAT):
        for q in QUERIES[:10]:
            for kw in ({"date_from": "2018-03-01", "date_to": "2018-06-30"}, {"entity": ents[0] if ents else None}):
                t = time.perf_counter()
                store.search(q, limit=20, **kw)  # type: ignore[arg-type]
                filt.append(time.perf_counter() - t)
    from fastapi.testclient import TestClient

    from kronika.api import RateLimiter, create_app

    client = TestClient(create_app(str(args.db), read_limiter=RateLimiter(1e9, 10**9)))  # measure latency, not the limiter
    api: list[float] = []
    for _ in range(REPEAT):
        for q in QUERIES:
            t = time.perf_counter()
            r = client.get("/api/search", params={"q": q})
            api.append(time.perf_counter() - t)
            assert r.status_code == 200
    print({
        "articles_in_store": total, "ingest_with_nlp_articles_per_s": round(base / nlp_s, 1),
        "store_write_articles_per_s": round(copies / write_s, 1) if copies else None,
        "search_ms": {"p50": pct(lat, 0.5), "p95": pct(lat, 0.95), "mean": round(statistics.mean(lat) * 1000, 2)},
        "search_filtered_ms": {"p50": pct(filt, 0.5), "p95": pct(filt, 0.95)},
        "api_search_ms": {"p50": pct(api, 0.5), "p95": pct(api, 0.95)},
        "db_mb": round(args.db.stat().st_size / 2**20, 1),
    })


if __name__ == "__main__":
    main()
