"""Story-cluster eval: pair precision/recall on hand-labelled BSNLP same-story pairs.

The universe is every pair of BSNLP Polish articles with the same topic and publication date; the
labels (`data/dedup_pairs_bsnlp_pl.tsv`, ids only) mark which are one news item. A pair is predicted
"same" when `dedup.cluster` over the whole corpus puts both articles in one cluster.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from .. import dedup
from ..clean import clean
from ..exceptions import EvalDataMissing
from ..ingest import read_file

LABELS = Path(__file__).parent / "data" / "dedup_pairs_bsnlp_pl.tsv"
SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
NEAR_DUP = 0.8  # the band: recall is targeted on pairs at exact 5-gram Jaccard >= 0.8


def load_labels(path: Path = LABELS) -> dict[frozenset[str], str]:
    out: dict[frozenset[str], str] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "topic\t")):
            continue
        _topic, a, b, label = line.split("\t")
        out[frozenset((a, b))] = label
    return out


def load_corpus(root: Path) -> dict[str, tuple[str, str, str]]:
    """id -> (topic, publication date, cleaned text) for every BSNLP Polish article."""
    files = sorted((root / "bsnlp-pl").glob("*/raw/pl/*.txt"))
    if not files:
        raise EvalDataMissing(f"no BSNLP articles under {root / 'bsnlp-pl'}")
    out = {}
    for f in files:
        for raw in read_file(f):
            if isinstance(raw, Exception) or raw.doc_id is None:
                continue
            art = clean(raw)
            out[raw.doc_id] = (f.parts[-4], str(art.published), art.text)
    return out


def evaluate(root: Path, *, thresholds: tuple[float, ...] = SWEEP) -> dict[str, Any]:
    corpus = load_corpus(root)
    labels = load_labels()
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id, (topic, date, text) in corpus.items():
        if dedup.shingles(text):
            groups[(topic, date)].append(doc_id)
    universe = [frozenset(p) for ids in groups.values() for p in combinations(sorted(ids), 2)]
    gold = {p for p in universe if labels.get(p) == "same"}
    near = {p for p in gold if dedup.jaccard(*(corpus[d][2] for d in sorted(p))) >= NEAR_DUP}
    rows = []
    for th in thresholds:
        assign = dedup.cluster(((d, t) for d, (_tp, _dt, t) in corpus.items()), threshold=th)
        pred = {p for p in universe if len({assign[d] for d in p}) == 1}
        tp = len(pred & gold)
        rows.append({
            "threshold": th, "predicted_pairs": len(pred),
            "precision": round(tp / len(pred), 3) if pred else 1.0,
            "recall": round(tp / len(gold), 3) if gold else 1.0,
            "recall_near_dup": round(len(pred & near) / len(near), 3) if near else 1.0,
        })
    return {"articles": len(corpus), "universe_pairs": len(universe), "gold_same_pairs": len(gold),
            "gold_near_dup_pairs": len(near), "default_threshold": dedup.THRESHOLD, "sweep": rows}
