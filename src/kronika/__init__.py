"""kronika: Polish news in, a dated chronicle of who did or said what, to whom, where and when out."""

from __future__ import annotations

from .exceptions import IngestError, KronikaError, StoreError
from .ingest import iter_articles, read_string
from .pipeline import Pipeline, process
from .records import SCHEMA_VERSION, Article, Doc, Entity, Event, Quote, RawArticle, Span, Timex
from .store import Store

__all__ = [
    "SCHEMA_VERSION", "Article", "Doc", "Entity", "Event", "IngestError", "KronikaError", "Pipeline", "Quote",
    "RawArticle", "Span", "Store", "StoreError", "Timex", "iter_articles", "process", "read_string",
]
__version__ = "0.1.0"
