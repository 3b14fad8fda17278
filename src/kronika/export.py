"""Flat exports of stored facts: JSONL, CSV, Parquet; columns documented in the README."""

from __future__ import annotations

import csv
import json
import sys
from typing import IO

from .exceptions import KronikaError
from .store import Store


def write_export(store: Store, table: str, fmt: str, out: str | None) -> int:
    rows = list(store.iter_rows(table))
    if fmt == "parquet":
        if not out:
            raise KronikaError("parquet export needs --out")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - optional dependency
            raise KronikaError("parquet export needs pyarrow: pip install 'kronika[spark]'") from exc
        pq.write_table(pa.Table.from_pylist(rows), out)
        return len(rows)
    fh: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            if rows:
                w = csv.DictWriter(fh, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(rows)
    finally:
        if out:
            fh.close()
    return len(rows)
