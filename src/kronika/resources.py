"""Packaged data files (word lists, patterns, gazetteers, models), read once and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

# Entries in each per-word cache (Morfeusz readings, chosen readings, CRF features, gazetteer keys). A
# long-running worker fills them with its stream's vocabulary; this bound keeps its memory flat: each
# entry costs 0.2-0.6 kB, so all of them full stay near 250 MB above the ~180 MB of loaded models
# (measured with bench/pipeline.py --warm-nkjp; news vocabulary is Zipfian, so hit rates barely move).
WORD_CACHE = 150_000


@cache
def load_json(name: str) -> Any:
    """A JSON data file shipped in `kronika/data`."""
    return json.loads(resources.files("kronika.data").joinpath(name).read_text("utf-8"))


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file; `#` starts a comment line, blank lines are skipped."""
    text = resources.files("kronika.data").joinpath(name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def load_words(name: str) -> frozenset[str]:
    """A one-word-a-line list as a set (first column of a TSV)."""
    return frozenset(row[0] for row in load_tsv(name))
