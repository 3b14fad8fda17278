"""The cluster driver: the same `pipeline.process` on Apache Spark, one pipeline per partition.

Input is any path Spark's `binaryFile` source reads (local folders, `s3a://`, `hdfs://`), searched
recursively; each file is parsed by `ingest.read_bytes`, so the formats and the error handling are
those of the local driver. Output is Parquet under `--output`:

- `articles/date=YYYY-MM-DD/…` one row per article with its full Doc JSON (schema 1.0);
- `events/date=…` the flat event layout of `kronika export events` (date = resolved event date);
- `errors/` one row per file or record that could not be read or processed.

Spark is optional (`pip install 'kronika[spark]'`); this module imports it lazily.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .batch import safe_process
from .ingest import read_bytes
from .records import Doc, format_published

UNKNOWN_DATE = "unknown"  # partition value for articles without a usable publication date

ARTICLE_COLUMNS = ("id", "content_hash", "source", "url", "title", "outlet", "publisher", "rights", "published",
                   "published_precision", "doc_json", "date")
EVENT_COLUMNS = ("article_id", "idx", "action", "actor_id", "actor", "target_id", "target", "place_id", "place",
                 "date_value", "date_earliest", "date_latest", "date_source", "polarity", "modality", "trigger",
                 "trigger_lemma", "evidence_start", "evidence_end", "evidence", "url", "outlet", "published", "date")


def doc_rows(doc: Doc) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The article row and its flat event rows, as both drivers write them."""
    a = doc.article
    published = format_published(a)
    date = published or UNKNOWN_DATE  # at the source's precision: a month-only article is not put on the 1st
    article = {"id": a.id, "content_hash": a.content_hash, "source": a.source, "url": a.url, "title": a.title,
               "outlet": a.outlet, "publisher": a.publisher, "rights": a.rights, "published": published,
               "published_precision": a.published_precision,
               "doc_json": json.dumps(doc.to_json(), ensure_ascii=False, sort_keys=True), "date": date}
    events = []
    for i, e in enumerate(doc.events):
        w = e.when
        events.append({
            "article_id": a.id, "idx": i, "action": e.action,
            "actor_id": e.actor.entity_id if e.actor else None, "actor": (e.actor.canonical or e.actor.lemma) if e.actor else None,
            "target_id": e.target.entity_id if e.target else None,
            "target": (e.target.canonical or e.target.lemma) if e.target else None,
            "place_id": e.place.entity_id if e.place else None, "place": (e.place.canonical or e.place.lemma) if e.place else None,
            "date_value": w.value if w else None,
            "date_earliest": w.earliest.isoformat() if w and w.earliest else None,
            "date_latest": w.latest.isoformat() if w and w.latest else None,
            "date_source": e.date_source, "polarity": e.polarity, "modality": e.modality, "trigger": e.trigger,
            "trigger_lemma": e.trigger_lemma, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
            "evidence": e.evidence.text, "url": a.url, "outlet": a.outlet, "published": published,
            # partition by the date the event happened when the text gives a day, else by publication
            "date": (w.earliest.isoformat() if w and w.earliest and w.earliest == w.latest else date),
        })
    return article, events


def process_files(files: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """One partition's work: (path, bytes) in, ("article"|"event"|"error", row) out; never raises."""
    for path, data in files:
        for item in read_bytes(bytes(data), path):
            if isinstance(item, Exception):
                yield "error", {"source": item.path, "error": item.reason}
                continue
            doc = safe_process(item)
            if isinstance(doc, tuple):  # one bad article must not fail the stage; it is reported
                yield "error", {"source": doc[0], "error": doc[1]}
                continue
            article, events = doc_rows(doc)
            yield "article", article
            for ev in events:
                yield "event", ev


def run_spark(input_path: str, output: str, *, master: str | None = None, partitions: int | None = None) -> dict[str, int]:
    """Run the pipeline over `input_path` on Spark and write Parquet to `output`; returns row counts."""
    from pyspark.sql import Row, SparkSession
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    builder = (SparkSession.builder.appName("kronika").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.sources.partitionOverwriteMode", "dynamic"))
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(input_path)
                 .select("path", "content"))
        if partitions:
            files = files.repartition(partitions)
        tagged = files.rdd.map(lambda r: (_local_name(r.path), r.content)).mapPartitions(process_files).cache()

        def schema(cols: Iterable[str], ints: tuple[str, ...] = ()) -> StructType:
            return StructType([StructField(c, LongType() if c in ints else StringType()) for c in cols])

        def frame(kind: str, cols: tuple[str, ...], ints: tuple[str, ...] = ()) -> Any:
            rows = tagged.filter(lambda kv: kv[0] == kind).map(lambda kv: Row(**{c: kv[1].get(c) for c in cols}))
            return spark.createDataFrame(rows, schema(cols, ints))

        arts = frame("article", ARTICLE_COLUMNS)
        evs = frame("event", EVENT_COLUMNS, ("idx", "evidence_start", "evidence_end"))
        errs = frame("error", ("source", "error"))
        arts.write.mode("overwrite").partitionBy("date").parquet(f"{output.rstrip('/')}/articles")
        evs.write.mode("overwrite").partitionBy("date").parquet(f"{output.rstrip('/')}/events")
        errs.write.mode("overwrite").parquet(f"{output.rstrip('/')}/errors")
        counts = {k: int(v) for k, v in tagged.map(lambda kv: (kv[0], 1)).countByKey().items()}
        tagged.unpersist()
        return {"articles": counts.get("article", 0), "events": counts.get("event", 0), "errors": counts.get("error", 0)}
    finally:
        spark.stop()


def _local_name(path: str) -> str:
    """Spark reports local files as `file:/…`; errors and sources read better as plain paths."""
    from urllib.parse import unquote

    return unquote(path[len("file:"):]) if path.startswith("file:") else path
