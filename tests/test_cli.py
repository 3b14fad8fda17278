from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kronika.cli import main
from kronika.records import SCHEMA_VERSION

from .conftest import SAMPLE, SEED, needs


@needs(SEED)
def test_cli_analyze_seed_prints_versioned_doc() -> None:
    res = CliRunner().invoke(main, ["analyze", str(SEED)])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["schema"] == SCHEMA_VERSION
    art = doc["article"]
    assert art["published"] == "2022-09" and art["published_precision"] == "month"
    assert art["publisher"] == "INFOR PL S.A."
    assert {r["label"] for r in art["removed"]} == {"ad", "teaser", "footer"}
    for key in ("entities", "timexes", "quotes", "events"):
        assert doc[key], key
        for item in doc[key]:
            if "start" in item:
                assert art["text"][item["start"]:item["end"]] == item.get("text", item.get("content"))


def test_cli_ingest_reports_bad_file_and_stores_rest(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.bin").write_bytes(b"\x00\x00binary")
    (tmp_path / "in" / "good.jsonl").write_text(SAMPLE.read_text("utf-8"), "utf-8")
    db = tmp_path / "k.sqlite"
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet",
                                    "--report", str(tmp_path / "r.json")])
    assert res.exit_code == 0, res.output
    rep = json.loads((tmp_path / "r.json").read_text())
    assert rep["stored"] == 5 and rep["failed"] == 1 and rep["errors"][0]["source"].endswith("bad.bin")
    out = CliRunner().invoke(main, ["search", "rolników", "--db", str(db)])
    assert "Protest rolników przed Sejmem" in out.output


def test_cli_export_events_csv(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite"
    CliRunner().invoke(main, ["ingest", str(SAMPLE), "--db", str(db), "--quiet"])
    out = tmp_path / "ev.csv"
    res = CliRunner().invoke(main, ["export", "--db", str(db), "--table", "events", "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    header = out.read_text("utf-8").splitlines()[0]
    assert header.startswith("article_id,idx,action,actor_id,actor,target_id")
