from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kronika.ingest import iter_articles
from kronika.pipeline import process
from kronika.records import RawArticle

from .conftest import SAMPLE, SEED

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'kronika[spark]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark", allow_module_level=True)


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, int]]:
    from kronika.spark import run_spark

    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SAMPLE, corpus / "articles.jsonl")
    if SEED.exists():
        shutil.copy(SEED, corpus / SEED.name)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    out = tmp_path_factory.mktemp("out")
    counts = run_spark(str(corpus), str(out), master="local[2]", partitions=2)
    return corpus, out, counts


def test_spark_driver_matches_local_driver(spark_run: tuple[Path, Path, dict[str, int]]) -> None:
    import pyarrow.parquet as pq

    corpus, out, counts = spark_run
    local = {}
    for item in iter_articles([corpus]):
        if isinstance(item, RawArticle):
            doc = process(item)
            local[doc.article.id] = doc.to_json()
    rows = pq.read_table(out / "articles").to_pylist()
    remote = {r["id"]: json.loads(r["doc_json"]) for r in rows}
    assert counts["articles"] == len(local) == len(remote) >= 5
    assert remote == json.loads(json.dumps(local, ensure_ascii=False, sort_keys=True))
    assert counts["events"] == sum(len(d["events"]) for d in local.values()) == len(pq.read_table(out / "events"))


def test_spark_driver_reports_broken_file_and_keeps_the_rest(spark_run: tuple[Path, Path, dict[str, int]]) -> None:
    import pyarrow.parquet as pq

    _corpus, out, counts = spark_run
    errors = pq.read_table(out / "errors").to_pylist()
    assert counts["errors"] == 1 and errors[0]["source"].endswith("broken.txt")
    assert "binary" in errors[0]["error"] or "decode" in errors[0]["error"]


def test_spark_driver_partitions_by_date_at_source_precision(spark_run: tuple[Path, Path, dict[str, int]]) -> None:
    _corpus, out, _counts = spark_run
    parts = {p.name for p in (out / "articles").iterdir() if p.is_dir()}
    assert all(p.startswith("date=") for p in parts)
    if SEED.exists():
        assert "date=2022-09" in parts  # the seed gives only a month: no invented first day
