"""Quote and event eval on the hand-annotated BSNLP gold set (`data/gold_quotes_events_bsnlp_pl.jsonl`).

The gold file holds ids, offsets and labels only (guideline: docs/annotation-quotes-events.md); the
texts are read from ../shared/data and checked against the SHA-1 recorded at annotation time.

Quotes: content overlap F1 (characters of predicted quote content inside gold content, and back),
speaker accuracy and source-chain accuracy on gold quotes matched by a prediction covering at least
half of them. Events: action precision/recall (same code, overlapping evidence; statements are
quotes, not events, here), argument accuracy (actor and target) and date accuracy on matches.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..exceptions import EvalDataMissing
from ..ingest import read_file
from ..pipeline import process
from ..records import Doc, Entity

GOLD = Path(__file__).parent / "data" / "gold_quotes_events_bsnlp_pl.jsonl"


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().replace("-", " ").split())


def same_name(gold: str | None, pred: Entity | None) -> bool:
    """A predicted entity names the gold speaker/actor when its base form or canonical name matches,
    or shares the gold name's last word (a surname: "Tokajew" for "Kasym-Żomart Tokajew")."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g = _norm(gold)
    cands = {_norm(pred.canonical), _norm(pred.lemma)}
    return g in cands or any(c and c.split()[-1] == g.split()[-1] for c in cands)


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    if not path.exists():
        raise EvalDataMissing(f"{path} missing")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _docs(root: Path, gold: list[dict[str, Any]]) -> dict[str, Doc]:
    wanted = {g["doc"] for g in gold}
    out: dict[str, Doc] = {}
    for f in sorted((root / "bsnlp-pl").glob("*/raw/pl/*.txt")):
        for raw in read_file(f):
            if not isinstance(raw, Exception) and raw.doc_id is not None and raw.doc_id in wanted:
                out[raw.doc_id] = process(raw)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _score_quotes(scored: list[tuple[Doc, list[dict[str, Any]]]]) -> dict[str, Any]:
    """Content overlap P/R/F1 in characters; speaker and chain accuracy on gold quotes a prediction half covers."""
    pred_chars = gold_chars = pred_in = gold_in = 0
    matched = speaker_ok = chain_ok = n_gold = 0
    for doc, quotes in scored:
        gq = [(q["start"], q["end"]) for q in quotes]
        pq = [(q.start, q.end) for q in doc.quotes]
        gold_chars += sum(e - s for s, e in gq)
        pred_chars += sum(e - s for s, e in pq)
        pred_in += sum(min(sum(_overlap(p, x) for x in gq), p[1] - p[0]) for p in pq)
        gold_in += sum(min(sum(_overlap(x, p) for p in pq), x[1] - x[0]) for x in gq)
        for q in quotes:
            n_gold += 1
            span = (q["start"], q["end"])
            best = max(doc.quotes, key=lambda p: _overlap((p.start, p.end), span), default=None)
            if best is None or _overlap((best.start, best.end), span) * 2 < span[1] - span[0]:
                continue
            matched += 1
            speaker_ok += same_name(q["speaker"], best.speaker)
            chain_ok += [_norm(c) for c in q["chain"]] == [_norm(c) for c in best.source_chain]
    qp = pred_in / pred_chars if pred_chars else 0.0
    qr = gold_in / gold_chars if gold_chars else 0.0
    return {"gold": n_gold, "predicted_chars": pred_chars, "content_precision": round(qp, 4),
            "content_recall": round(qr, 4), "content_f1": _f1(qp, qr), "matched": matched,
            "speaker_accuracy": round(speaker_ok / matched, 4) if matched else None,
            "source_chain_accuracy": round(chain_ok / matched, 4) if matched else None}


def _score_events(scored: list[tuple[Doc, list[dict[str, Any]]]]) -> dict[str, Any]:
    """Action precision/recall (same code, overlapping evidence); argument and date accuracy on matches."""
    ev_pred = ev_gold = ev_tp_pred = ev_tp_gold = args_ok = date_ok = date_n = 0
    for doc, events in scored:
        # statements are scored as quotes; intentions and hypotheticals are not events (guideline)
        preds = [e for e in doc.events if e.action != "STATEMENT" and e.modality in ("asserted", "announced")]
        ev_pred += len(preds)
        ev_gold += len(events)
        hit_pred: set[int] = set()
        for ge in events:
            span = (ge["start"], ge["end"])
            k = next((k for k, e in enumerate(preds) if k not in hit_pred and e.action == ge["action"]
                      and _overlap((e.evidence.start, e.evidence.end), span)), None)
            if k is None:
                continue
            hit_pred.add(k)
            ev_tp_gold += 1
            e = preds[k]
            args_ok += same_name(ge["actor"], e.actor) and same_name(ge["target"], e.target)
            if ge.get("date"):
                date_n += 1
                date_ok += bool(e.when and e.when.date_value and e.when.date_value.startswith(ge["date"]))
        ev_tp_pred += len(hit_pred)
    ep = ev_tp_pred / ev_pred if ev_pred else 0.0
    er = ev_tp_gold / ev_gold if ev_gold else 0.0
    return {"gold": ev_gold, "predicted": ev_pred, "precision": round(ep, 4), "recall": round(er, 4),
            "f1": _f1(ep, er), "argument_accuracy": round(args_ok / ev_tp_gold, 4) if ev_tp_gold else None,
            "date_accuracy": round(date_ok / date_n, 4) if date_n else None, "date_n": date_n}


def evaluate(root: Path, split: str = "test") -> dict[str, Any]:
    gold = [g for g in load_gold() if g["split"] == split]
    docs = _docs(root, gold)
    scored: list[tuple[Doc, dict[str, Any]]] = []
    stale = []
    for g in gold:
        doc = docs.get(g["doc"])
        if doc is None:
            continue
        if hashlib.sha1(doc.text.encode("utf-8")).hexdigest() != g["text_sha1"]:
            stale.append(g["doc"])  # cleaning changed: offsets no longer point at what was annotated
            continue
        scored.append((doc, g))

    def first(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [x for x in items if x.get("pass", 1) == 1]

    # "…_first_pass": the first annotation pass alone, before the completion pass of 2026-11-26 (see the guideline)
    return {
        "split": split, "documents": len(gold) - len(stale), "stale_documents": stale,
        "quotes": _score_quotes([(d, g["quotes"]) for d, g in scored]),
        "quotes_first_pass": _score_quotes([(d, first(g["quotes"])) for d, g in scored]),
        "events": _score_events([(d, g["events"]) for d, g in scored]),
        "events_first_pass": _score_events([(d, first(g["events"])) for d, g in scored]),
    }
