from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kronika.batch import run_batch
from kronika.store import Store

from .conftest import SAMPLE

KILLS = 6
INGEST = "from kronika.cli import main; main()"


def _corpus(tmp: Path, n: int = 240) -> Path:
    """n distinct articles (sample texts with a numbered sentence) in two JSONL files and one bad file."""
    base = [json.loads(line) for line in SAMPLE.read_text("utf-8").splitlines() if line.strip()]
    d = tmp / "corpus"
    d.mkdir()
    for part in range(2):
        with (d / f"part{part}.jsonl").open("w", encoding="utf-8") as fh:
            for k in range(part, n, 2):
                rec = dict(base[k % len(base)], id=f"a{k:04d}")
                rec["text"] = rec["text"] + f" To jest wersja numer {k}."
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (d / "broken.bin").write_bytes(b"\x00\xff\x00 binary")
    return d


def test_batch_survives_sigkill_and_rerun_equals_clean_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, n=1200)
    clean_db = tmp_path / "clean.sqlite"
    subprocess.run([sys.executable, "-c", INGEST, "ingest", str(corpus), "--db", str(clean_db), "--quiet"], check=True,
                   capture_output=True)
    expected = Store(clean_db, read_only=True).snapshot()
    assert len(expected["articles"]) == 1200

    db = tmp_path / "killed.sqlite"
    rng = random.Random(20261124)
    survived = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", INGEST, "ingest", str(corpus), "--db", str(db), "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.7, 1.6))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            survived += 1
        proc.wait()
    subprocess.run([sys.executable, "-c", INGEST, "ingest", str(corpus), "--db", str(db), "--quiet"], check=True,
                   capture_output=True)
    print(f"SIGKILLs landed mid-run and survived: {survived} of {KILLS}")
    assert survived >= 3, "the kills must land mid-run for the test to mean anything"
    assert Store(db, read_only=True).snapshot() == expected


def test_batch_workers_give_the_same_store_as_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, n=60)
    one, many = Store(tmp_path / "one.sqlite"), Store(tmp_path / "many.sqlite")
    r1 = run_batch([corpus], one, workers=1)
    r2 = run_batch([corpus], many, workers=2)
    assert r1.as_dict() == r2.as_dict() and r1.stored == 60 and len(r1.errors) == 1
    assert one.snapshot() == many.snapshot()
