"""`kronika eval timex`: KPWr TIMEX (Liner2 CCL XML) with its train/tune/test lists; dateparser as the peer.

Metrics, on the chosen split only: span precision/recall/F1, strict (same offsets) and relaxed
(overlap); type accuracy and value accuracy over relaxed matches (value: TIMEX3 string equality,
case-insensitive, on gold expressions that carry a normalised value).
"""

from __future__ import annotations

import configparser
import datetime as dt
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from ..exceptions import EvalDataMissing
from ..morph import analyse_text
from ..timex import Anchor, find_timexes

CHANNELS = {"t3_date": "DATE", "t3_time": "TIME", "t3_duration": "DURATION", "t3_set": "SET"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True)
class KpwrDoc:
    path: str
    text: str
    dct: dt.date
    gold: tuple[Gold, ...]


def corpus_dir(root: Path) -> Path:
    base = root / "kpwr-timex-liner2"
    return next(p for p in base.iterdir() if p.is_dir())


def load_split(root: Path, split: str) -> tuple[list[KpwrDoc], int]:
    """Documents of a split present on disk with a creation date, and how many the list names."""
    base = corpus_dir(root)
    listed = (base / f"index_time_{split}.txt").read_text("utf-8").split()
    docs = []
    for line in listed:
        xml = base / line
        if xml.exists() and xml.with_suffix(".ini").exists():  # no .ini = no creation date to anchor to
            docs.append(read_ccl(xml))
    return docs, len(listed)


def read_ccl(path: Path) -> KpwrDoc:
    """Text rebuilt from tokens (`<ns/>` = no space), gold spans as character offsets."""
    ini = configparser.ConfigParser(interpolation=None)
    ini.read(path.with_suffix(".ini"), encoding="utf-8")
    dct = dt.date.fromisoformat(ini["document"]["date"].strip()[:10])
    tree = etree.parse(str(path))
    parts: list[str] = []
    pos = 0
    gold: list[Gold] = []
    for chunk in tree.iter("chunk"):
        if parts:
            parts.append("\n\n")
            pos += 2
        for sent in chunk.iter("sentence"):
            if parts and not parts[-1].endswith("\n"):
                parts.append(" ")
                pos += 1
            open_spans: dict[tuple[str, str], list[Any]] = {}
            nospace = True
            for el in sent:
                if el.tag == "ns":
                    nospace = True
                    continue
                if el.tag != "tok":
                    continue
                if not nospace:
                    parts.append(" ")
                    pos += 1
                nospace = False
                orth = el.findtext("orth") or ""
                start = pos
                parts.append(orth)
                pos += len(orth)
                props = {p.get("key"): p.text for p in el.findall("prop")}
                for ann in el.findall("ann"):
                    chan = ann.get("chan")
                    if chan in CHANNELS and ann.text and ann.text.strip() != "0":
                        key = (chan, ann.text.strip())
                        if key in open_spans:
                            open_spans[key][1] = pos
                        else:
                            open_spans[key] = [start, pos, props.get(f"{chan}:val")]
            for (chan, _n), (s, e, val) in open_spans.items():
                gold.append(Gold(s, e, CHANNELS[chan], val))
    return KpwrDoc(str(path), "".join(parts), dct, tuple(sorted(gold, key=lambda g: g.start)))


@dataclass
class _Pred:
    start: int
    end: int
    type: str
    value: str | None


def _ours(doc: KpwrDoc) -> list[_Pred]:
    toks, sents = analyse_text(doc.text)
    return [_Pred(t.start, t.end, t.type, t.value) for t in find_timexes(doc.text, Anchor(doc.dct, "day"), toks, sents)]


def _dateparser(doc: KpwrDoc) -> list[_Pred]:
    from dateparser.search import search_dates

    base = dt.datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    found = search_dates(doc.text, languages=["pl"], settings={"RELATIVE_BASE": base}) or []
    out: list[_Pred] = []
    pos = 0
    for sub, when in found:
        i = doc.text.find(sub, pos)
        if i < 0:
            i = doc.text.find(sub)
        if i < 0:
            continue
        pos = i + len(sub)
        has_time = when.hour or when.minute
        out.append(_Pred(i, i + len(sub), "TIME" if has_time else "DATE", when.isoformat(timespec="minutes")))
    return out


def _peer_value_matches(gold: str, pred: str | None) -> bool:
    """dateparser returns full datetimes: compare at the gold's own granularity (generous to the peer)."""
    if pred is None:
        return False
    g = gold.lower()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}t\d{2}:\d{2}", g):
        return pred[:16].lower() == g
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", g):
        return pred[: len(g)] == g
    return False


def score(docs: list[KpwrDoc], system: Any, peer: bool = False) -> dict[str, Any]:
    tp_strict = tp_relaxed = n_pred = n_gold = 0
    type_ok = value_ok = value_n = 0
    # value accuracy broken down by the gold's type and by whether the span matched exactly:
    # a partial match often means a different segmentation, and so a value of something else
    by_type: dict[str, list[int]] = {}
    by_span: dict[str, list[int]] = {"exact span": [0, 0], "partial span": [0, 0]}
    tokens = 0
    t0 = time.perf_counter()
    preds_all = [system(d) for d in docs]
    elapsed = time.perf_counter() - t0
    for doc, preds in zip(docs, preds_all, strict=True):
        tokens += len(doc.text.split())
        n_pred += len(preds)
        n_gold += len(doc.gold)
        used: set[int] = set()
        for g in doc.gold:
            match = next((k for k, p in enumerate(preds) if k not in used and p.start < g.end and g.start < p.end), None)
            if match is None:
                continue
            used.add(match)
            p = preds[match]
            tp_relaxed += 1
            if (p.start, p.end) == (g.start, g.end):
                tp_strict += 1
            type_ok += p.type == g.type
            if g.value:
                value_n += 1
                ok = _peer_value_matches(g.value, p.value) if peer else (p.value or "").lower() == g.value.lower()
                value_ok += ok
                for cell in (by_type.setdefault(g.type, [0, 0]),
                             by_span["exact span" if (p.start, p.end) == (g.start, g.end) else "partial span"]):
                    cell[0] += ok
                    cell[1] += 1

    def prf(tp: int) -> dict[str, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}

    return {
        "documents": len(docs), "gold": n_gold, "predicted": n_pred,
        "strict": prf(tp_strict), "relaxed": prf(tp_relaxed),
        "type_accuracy": round(type_ok / tp_relaxed, 4) if tp_relaxed else 0.0,
        "value_accuracy": round(value_ok / value_n, 4) if value_n else 0.0, "value_n": value_n,
        "value_accuracy_by": {name: f"{ok}/{n}" for name, (ok, n) in sorted(by_type.items()) + list(by_span.items())},
        "seconds": round(elapsed, 3), "tokens_per_second": round(tokens / elapsed) if elapsed else None,
    }


def evaluate(root: Path, *, split: str = "test", peer: bool = True) -> dict[str, Any]:
    docs, listed = load_split(root, split)
    out: dict[str, Any] = {"corpus": "KPWr TIMEX (Liner2)", "split": split, "listed": listed,
                           "used (present with a creation date)": len(docs), "kronika": score(docs, _ours)}
    if peer:
        out["dateparser"] = score(docs, _dateparser, peer=True)
        out["dateparser"]["note"] = "values compared at the gold's granularity; dateparser has no DURATION/SET"
    return out


# NKJP marks date and time *names* ("XVII w.", "w maju", "o godz. 17", "o szóstej"), not lengths or relative
# expressions, so it measures how many of them kronika finds (recall), not its precision.
_NO_SPACE_BEFORE = frozenset(".,:;!?)]”%")
_NO_SPACE_AFTER = frozenset("([„")
_AGGLUTINATES = frozenset({"m", "ś", "em", "eś", "śmy", "ście"})


def _nkjp_text(tokens: list[str]) -> tuple[str, list[int]]:
    """NKJP's tokens rejoined as written ("godz . 17 . 00" is "godz. 17.00", "zrobił em" is "zrobiłem"), and each
    token's start offset."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        glued = (not i or tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER
                 or tok in _AGGLUTINATES and prev.endswith(("ł", "ła", "ło", "li", "ły"))
                 or prev in (".", ":") and tok.isdigit() and len(tok) == 2 and i > 1 and tokens[i - 2][-1:].isdigit())
        if not glued:
            parts.append(" ")
            pos += 1
        starts.append(pos)
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), starts


def evaluate_nkjp(root: Path) -> dict[str, Any]:
    """Recall of NKJP's date and time names: a name counts as found when a kronika expression overlaps it."""
    from .ner import read_iob

    path = root / "nkjp-ner" / "nkjp-nested-simplified-v2.iob"
    if not path.exists():
        raise EvalDataMissing(f"{path} missing")
    found: dict[str, list[int]] = {"date": [0, 0, 0], "time": [0, 0, 0]}  # gold, overlapped, exact
    documents = 0
    anchor = Anchor(dt.date(2000, 1, 1), "day")  # NKJP gives no dates; spans do not depend on the anchor
    for doc in read_iob(path, lambda lab: lab if lab in ("date", "time") else None):
        if not doc.spans:
            continue
        documents += 1
        text, starts = _nkjp_text(doc.tokens)
        toks, sents = analyse_text(text)
        pred = [(t.start, t.end) for t in find_timexes(text, anchor, toks, sents)]
        for s, e, kind in doc.spans:
            cs, ce = starts[s], starts[e - 1] + len(doc.tokens[e - 1])
            cell = found[kind]
            cell[0] += 1
            hits = [(ps, pe) for ps, pe in pred if ps < ce and cs < pe]
            cell[1] += bool(hits)
            cell[2] += (cs, ce) in hits
    return {"corpus": "NKJP 1M named entities: date, time (all documents)", "documents": documents,
            **{kind: {"gold": g, "recall": round(h / g, 4) if g else 0.0, "exact": round(x / g, 4) if g else 0.0}
               for kind, (g, h, x) in found.items()},
            "note": "names only (no lengths or relative expressions), so recall, not precision; timex review batches "
                    "t34-t39 read sentences of this corpus, so it is a development figure"}
