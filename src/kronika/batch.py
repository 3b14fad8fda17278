"""Batch runs: read, process and store many articles, on one core or all, losing nothing.

Errors are collected into a `BatchReport`, never raised: a broken file is reported and skipped.
Articles already stored with the same content hash are skipped before any NLP is done, so a re-run
(or a run resumed after a crash) costs little and ends with the same store.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .exceptions import IngestError
from .ingest import iter_articles
from .pipeline import process
from .records import Doc, RawArticle
from .store import Store

BATCH_SIZE = 64  # articles per store transaction: a crash loses at most one uncommitted batch


@dataclass
class BatchReport:
    stored: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"stored": self.stored, "unchanged": self.unchanged, "failed": len(self.errors),
                "errors": [{"source": s, "error": e} for s, e in self.errors]}


def safe_process(raw: RawArticle) -> Doc | tuple[str, str]:
    """`process`, with a failure returned as (source, reason) instead of raised: both drivers report and go on."""
    try:
        return process(raw)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch; it is reported
        return (raw.source, f"processing failed: {type(exc).__name__}: {exc}")


def run_batch(paths: Iterable[str | os.PathLike[str]], store: Store, *, workers: int = 1,
              progress: Callable[[int], None] | None = None) -> BatchReport:
    """Ingest every article under `paths` into `store`; returns what was stored and what failed."""
    report = BatchReport()

    def pending() -> Iterator[RawArticle]:
        for item in iter_articles(paths):
            if isinstance(item, IngestError):
                report.errors.append((item.path, item.reason))
                if progress:
                    progress(1)
                continue
            if store.has(item.doc_id or item.content_hash(), item.content_hash()):
                report.unchanged += 1
                if progress:
                    progress(1)
                continue
            yield item

    def flush(batch: list[Doc]) -> None:
        if batch:
            s, u = store.put_docs(batch)
            report.stored += s
            report.unchanged += u
            batch.clear()

    batch: list[Doc] = []
    results: Iterator[Doc | tuple[str, str]]
    pool = None
    if workers > 1:
        pool = mp.get_context("fork" if os.name == "posix" else "spawn").Pool(workers)
        results = pool.imap(safe_process, pending(), chunksize=8)
    else:
        results = map(safe_process, pending())
    try:
        for res in results:
            if isinstance(res, tuple):
                report.errors.append(res)
            else:
                batch.append(res)
                if len(batch) >= BATCH_SIZE:
                    flush(batch)
            if progress:
                progress(1)
        flush(batch)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return report
