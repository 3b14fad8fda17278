"""The `kronika` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from .exceptions import KronikaError

DEFAULT_DB = os.environ.get("KRONIKA_DB", "kronika.sqlite")


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group()
@click.version_option(package_name="kronika")
def main() -> None:
    """kronika: Polish news in, a dated chronicle of who did or said what out."""


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--tokens", is_flag=True, help="Include tokens in the JSON.")
def analyze(path: str, tokens: bool) -> None:
    """Print the Doc JSON of every article in PATH."""
    from .ingest import read_file
    from .pipeline import process

    failed = False
    for item in read_file(Path(path)):
        if isinstance(item, KronikaError):
            click.echo(f"error: {item}", err=True)
            failed = True
            continue
        _echo_json(process(item).to_json(include_tokens=tokens))
    sys.exit(1 if failed else 0)


def _cluster_store(store: Any) -> None:
    from .dedup import cluster_store

    cluster_store(store)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite store file.")
@click.option("--workers", default=1, show_default=True, help="Processes; 0 = all cores.")
@click.option("--retention", type=click.Choice(["rights", "always", "never"]), default="rights", show_default=True,
              help="Keep full text: unless rights forbid it, always, or never.")
@click.option("--report", type=click.Path(dir_okay=False), help="Write the batch report as JSON here.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, workers: int, retention: str, report: str | None, quiet: bool) -> None:
    """Read, analyse and store articles (txt, html, jsonl, warc, directories)."""
    from tqdm import tqdm

    from .batch import run_batch
    from .store import Store

    store = Store(db, retention=retention)
    with tqdm(unit=" articles", disable=quiet, file=sys.stderr) as bar:
        rep = run_batch(paths, store, workers=workers or os.cpu_count() or 1, progress=bar.update)
    _cluster_store(store)
    for src, err in rep.errors:
        click.echo(f"skipped {src}: {err}", err=True)
    click.echo(f"stored {rep.stored}, unchanged {rep.unchanged}, failed {len(rep.errors)} -> {db}", err=True)
    if report:
        Path(report).write_text(json.dumps(rep.as_dict(), ensure_ascii=False, indent=2), "utf-8")
    store.close()


@main.command()
@click.argument("query", default="")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--entity", help="Entity id filter.")
@click.option("--from", "date_from", help="Event or publication date from (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Date to (YYYY-MM-DD).")
@click.option("--action", help="PLOVER event code filter.")
@click.option("--speaker", help="Speaker entity id filter.")
@click.option("--outlet", help="Outlet filter.")
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def search(query: str, db: str, entity: str | None, date_from: str | None, date_to: str | None, action: str | None,
           speaker: str | None, outlet: str | None, limit: int, as_json: bool) -> None:
    """Search stored articles; words match in any inflected form."""
    from .store import Store

    store = Store(db, read_only=True)
    res = store.search(query, entity=entity, date_from=date_from, date_to=date_to, action=action, speaker=speaker,
                       outlet=outlet, limit=limit)
    ents = store.find_entities(query) if query else []
    if as_json:
        _echo_json({"entities": ents, **res})
        return
    for e in ents[:5]:
        click.echo(f"entity  {e['canonical']} ({e['type']}, {e['mentions']} mentions)  id={e['entity_id']}")
    click.echo(f"{res['total']} articles")
    for it in res["items"]:
        click.echo(f"{it['published'] or '????'}  {it['title'] or it['id']}  [{it['id']}]")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Bind address; local only by default.")
@click.option("--port", default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the HTTP API and the web page."""
    import uvicorn

    from .api import create_app

    click.echo(f"kronika at http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--table", type=click.Choice(["events", "quotes", "entities", "articles"]), default="events", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (stdout for jsonl/csv if omitted).")
def export(db: str, table: str, fmt: str, out: str | None) -> None:
    """Export facts in a flat, documented layout (see README)."""
    from .export import write_export
    from .store import Store

    n = write_export(Store(db, read_only=True), table, fmt, out)
    click.echo(f"exported {n} {table} rows", err=True)


@main.command(name="eval")
@click.argument("task", type=click.Choice(["timex", "ner", "quotes", "events", "dedup"]))
@click.option("--data", default=None, help="Path of shared/data (default: ../shared/data or $KRONIKA_DATA).")
@click.option("--split", default="test", show_default=True)
@click.option("--no-peer", is_flag=True, help="Skip the peer system (dateparser).")
@click.option("--corpus", type=click.Choice(["kpwr", "nkjp"]), default="kpwr", show_default=True,
              help="timex only: KPWr TIMEX (spans, types, values) or NKJP's date/time names (recall).")
def eval_cmd(task: str, data: str | None, split: str, no_peer: bool, corpus: str) -> None:
    """Score a stage on ../shared/data with its official split."""
    from .eval import run_eval

    _echo_json(run_eval(task, data, split=split, peer=not no_peer, corpus=corpus))


@main.command()
@click.option("--input", "input_path", required=True, help="Folder or file, local or any Hadoop path (s3a://, hdfs://).")
@click.option("--output", required=True, help="Output folder for Parquet (articles/, events/, errors/).")
@click.option("--master", default=None, help="Spark master, e.g. local[4]; default: from spark-submit or local[*].")
@click.option("--partitions", type=int, default=None, help="Repartition the input files into this many tasks.")
def spark(input_path: str, output: str, master: str | None, partitions: int | None) -> None:
    """Run the pipeline on Apache Spark and write Parquet partitioned by date."""
    try:
        from .spark import run_spark
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise click.ClickException("needs pyspark: pip install 'kronika[spark]'") from exc
    if master is None and "SPARK_HOME" not in os.environ and "PYSPARK_SUBMIT_ARGS" not in os.environ:
        master = "local[*]"
    _echo_json(run_spark(input_path, output, master=master, partitions=partitions))


@main.command()
@click.option("--db", default="kronika-demo.sqlite", show_default=True)
@click.option("--serve/--no-serve", "do_serve", default=True, show_default=True)
@click.option("--port", default=8000, show_default=True)
def demo(db: str, do_serve: bool, port: int) -> None:
    """Ingest the bundled sample corpus (and the seed, if present) and start the page."""
    from importlib import resources

    from .batch import run_batch
    from .store import Store

    paths = [str(resources.files("kronika.data").joinpath("sample/articles.jsonl"))]
    seed = Path(__file__).resolve().parents[3] / "shared" / "seed"
    for cand in (Path("../shared/seed"), seed):
        if cand.is_dir():
            paths.append(str(cand))
            break
    store = Store(db)
    rep = run_batch(paths, store)
    _cluster_store(store)
    click.echo(f"demo store {db}: {store.count()} articles, {store.count('events')} events, "
               f"{store.count('quotes')} quotes ({rep.stored} new)")
    click.echo(f"try: kronika search Kowalskiego --db {db}")
    store.close()
    if do_serve:
        import uvicorn

        from .api import create_app

        click.echo(f"open http://127.0.0.1:{port}/")
        uvicorn.run(create_app(db), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
