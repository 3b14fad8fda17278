"""Scorers against `../shared/data` corpora with their official splits (`kronika eval TASK`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..exceptions import EvalDataMissing


def data_root(explicit: str | None = None) -> Path:
    """Where the shared data lives: --data, $KRONIKA_DATA, or ../shared/data from here or the repo."""
    cands = [explicit, os.environ.get("KRONIKA_DATA"), "../shared/data",
             str(Path(__file__).resolve().parents[4] / "shared" / "data")]
    for c in cands:
        if c and Path(c).is_dir():
            return Path(c)
    raise EvalDataMissing("no shared/data found: pass --data or set KRONIKA_DATA")


def run_eval(task: str, data: str | None, *, split: str = "test", peer: bool = True, corpus: str = "kpwr") -> dict[str, Any]:
    root = data_root(data)
    if task == "timex" and corpus == "nkjp":
        from .timex import evaluate_nkjp

        return evaluate_nkjp(root)
    if task == "timex":
        from .timex import evaluate

        result: dict[str, Any] = evaluate(root, split=split, peer=peer)
        return result
    if task == "ner":
        from .ner import evaluate as evaluate_ner

        return evaluate_ner(root)
    if task in ("quotes", "events"):
        from .quotes_events import evaluate as evaluate_qe

        res = evaluate_qe(root, split=split)
        return {k: v for k, v in res.items() if k not in ("quotes", "events") or k == task}
    if task == "dedup":
        from .dedup import evaluate as evaluate_dedup

        return evaluate_dedup(root)
    raise EvalDataMissing(f"no evaluation for {task!r}")
