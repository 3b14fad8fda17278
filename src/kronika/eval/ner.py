"""NER eval: NKJP (committed document split), KPWr n82 test (coarse types), SlavicNER Polish (official split).

Scores exact-span name mentions (gold spans starting with a lower-case word, NKJP's relational
adjectives, are left out) per coarse type (PER, ORG, LOC, EVT, PRO; kronika's GPE counts as LOC),
base-form accuracy of matched mentions against SlavicNER's lemmas, and per-document entity-id
consistency (matched mentions of one gold entity sharing one kronika id).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..entities import entities_stage
from ..exceptions import EvalDataMissing
from ..morph import analyse_doc
from ..records import Article, Doc

HERE = Path(__file__).parent / "data"
COARSE = ("PER", "ORG", "LOC", "EVT", "PRO")


@dataclass
class IobDoc:
    doc_id: str
    tokens: list[str]
    spans: set[tuple[int, int, str]]  # token start, token end (exclusive), coarse type


def nkjp_type(label: str) -> str | None:
    if label == "persName":
        return "PER"
    if label == "orgName":
        return "ORG"
    if label.startswith("placeName") or label == "geogName":
        return "LOC"
    return None


def kpwr_type(label: str) -> str | None:
    table = [line.split("\t") for line in (HERE / "kpwr_n82_types.tsv").read_text("utf-8").splitlines()
             if line and not line.startswith("#")]
    best = max((p for p in table if label.startswith(p[0])), key=lambda p: len(p[0]), default=None)
    return None if best is None or best[1] == "-" else best[1]


def read_iob(path: Path, mapper: Any) -> Iterator[IobDoc]:
    """Documents of a PolDeepNer IOB file; nested labels joined by '#', outermost coarse span kept."""
    doc: IobDoc | None = None
    open_spans: dict[str, int] = {}

    def close_all(upto: int) -> None:
        for lab, st in list(open_spans.items()):
            t = mapper(lab)
            if t and doc is not None:
                doc.spans.add((st, upto, t))
            del open_spans[lab]

    for line in path.read_text("utf-8").splitlines():
        if line.startswith("-DOCSTART FILE"):
            if doc is not None:
                close_all(len(doc.tokens))
                yield doc
            doc = IobDoc(line.split()[-1], [], set())
            continue
        if line.startswith("-DOCSTART") or not line.strip() or doc is None:
            continue
        cols = line.split("\t")
        i = len(doc.tokens)
        doc.tokens.append(cols[0])
        labels = [] if cols[-1] == "O" else cols[-1].split("#")
        begins = {lab[2:] for lab in labels if lab.startswith("B-")}
        inside = {lab[2:] for lab in labels if lab.startswith("I-")}
        for lab in list(open_spans):
            if lab not in inside or lab in begins:
                t = mapper(lab)
                if t:
                    doc.spans.add((open_spans[lab], i, t))
                del open_spans[lab]
        for lab in begins:
            open_spans[lab] = i
    if doc is not None:
        close_all(len(doc.tokens))
        yield doc


def _outermost(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Keep spans not inside another span (NKJP nests persName inside orgName etc.)."""
    return {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}


def _run(text: str) -> Doc:
    doc = Doc(Article(id="eval", source="eval", text=text))
    return entities_stage(analyse_doc(doc))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _score(pairs: list[tuple[set[Any], set[Any]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    tp, npred, ngold = Counter[str](), Counter[str](), Counter[str]()
    for gold, pred in pairs:
        for s in gold:
            ngold[s[-1]] += 1
        for s in pred:
            npred[s[-1]] += 1
            if s in gold:
                tp[s[-1]] += 1
    out["micro"] = _prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    out["per_type"] = {t: {**_prf(tp[t], npred[t], ngold[t]), "gold": ngold[t]} for t in COARSE if ngold[t] or npred[t]}
    return out


def _coarse(t: str) -> str:
    return "LOC" if t == "GPE" else t


def eval_iob(docs: list[IobDoc], types: tuple[str, ...]) -> dict[str, Any]:
    pairs = []
    words = 0
    spent = 0.0
    for d in docs:
        text = " ".join(d.tokens)
        offsets, pos = [], 0
        for tok in d.tokens:
            offsets.append(pos)
            pos += len(tok) + 1
        start_of = {o: i for i, o in enumerate(offsets)}
        end_of = {o + len(t): i + 1 for i, (o, t) in enumerate(zip(offsets, d.tokens, strict=True))}
        t0 = time.perf_counter()
        doc = _run(text)
        spent += time.perf_counter() - t0
        words += len(d.tokens)
        pred = set()
        for e in doc.entities:
            t = _coarse(e.type)
            if t in types and e.start in start_of and e.end in end_of:
                pred.add((start_of[e.start], end_of[e.end], t))
        # names only: NKJP also marks relational adjectives ("polski", "rosyjskimi") as placeName; kronika
        # does not output them as entities, just as KPWr's nam_adj types are mapped out (kpwr_n82_types.tsv)
        gold = {s for s in _outermost(d.spans) if s[2] in types and not d.tokens[s[0]][:1].islower()}
        pairs.append((gold, _outermost(pred)))
    return {"documents": len(docs), "tokens": words, **_score(pairs),
            "words_per_second_incl_morph": round(words / spent) if spent else None}


def nkjp_splits(root: Path) -> tuple[set[str], set[str]]:
    """NKJP document ids of the committed test split and of the dev tenth held out from training
    (documents 5, 15, 25… in sorted order, test documents excepted) to choose settings on."""
    test = {line for line in (HERE / "nkjp_test_docs.txt").read_text("utf-8").splitlines() if line and not line.startswith("#")}
    ids = sorted({d.doc_id for d in read_iob(root / "nkjp-ner" / "nkjp-nested-simplified-v2.iob", nkjp_type)})
    return test, set(ids[5::10]) - test


def eval_nkjp(root: Path, part: str = "test") -> dict[str, Any]:
    path = root / "nkjp-ner" / "nkjp-nested-simplified-v2.iob"
    if not path.exists():
        raise EvalDataMissing(f"{path} missing")
    test, dev = nkjp_splits(root)
    wanted = test if part == "test" else dev
    docs = [d for d in read_iob(path, nkjp_type) if d.doc_id in wanted]
    split = "test (committed, ~10% of documents)" if part == "test" else "dev tenth (held out from training)"
    return {"corpus": "NKJP 1M NER (outermost persName/orgName/placeName+geogName)", "split": split,
            **eval_iob(docs, ("PER", "ORG", "LOC"))}


def eval_kpwr(root: Path) -> dict[str, Any]:
    path = root / "nkjp-ner" / "kpwr-ner-n82-test.iob"
    if not path.exists():
        raise EvalDataMissing(f"{path} missing")
    return {"corpus": "KPWr n82 test (coarse types per kpwr_n82_types.tsv)",
            **eval_iob(list(read_iob(path, kpwr_type)), COARSE)}


def eval_slavicner(root: Path, split: str = "cross-topic", part: str = "test") -> dict[str, Any]:
    base = root / "slavicner"
    listing = base / f"SPLIT_{split}_{part}.txt"
    if not listing.exists():
        raise EvalDataMissing(f"{listing} missing")
    files = [line.strip() for line in listing.read_text("utf-8").splitlines() if "/pl/" in line]
    pairs = []
    lemma_ok = lemma_n = 0
    consistent = groups = 0
    words = 0
    spent = 0.0
    for rel in files:
        raw = base / rel
        ann = base / rel.replace("raw/", "ner/", 1).replace(".txt", ".tsv")
        if not raw.exists() or not ann.exists():
            continue
        text = raw.read_text("utf-8")
        gold_rows = [r.split("\t") for r in ann.read_text("utf-8").splitlines() if r.strip()]
        gold = {(int(r[0]), int(r[1]), r[4]): (r[3], r[5]) for r in gold_rows if len(r) >= 6}
        t0 = time.perf_counter()
        doc = _run(text)
        spent += time.perf_counter() - t0
        words += len(text.split())
        pred = {(e.start, e.end, _coarse(e.type)): e for e in doc.entities if _coarse(e.type) in COARSE}
        pairs.append((set(gold), set(pred)))
        by_gold_id: dict[str, set[str]] = defaultdict(set)
        for key, e in pred.items():
            if key in gold:
                lemma_n += 1
                lemma_ok += e.lemma == gold[key][0]
                by_gold_id[gold[key][1]].add(e.entity_id)
        members = Counter(gold[k][1] for k in pred if k in gold)
        for gid, ids in by_gold_id.items():
            if members[gid] >= 2:
                groups += 1
                consistent += len(ids) == 1
    return {"corpus": f"SlavicNER Polish, official {split} {part} split", "documents": len(pairs), **_score(pairs),
            "base_form_accuracy": round(lemma_ok / lemma_n, 4) if lemma_n else None, "base_form_n": lemma_n,
            "entity_id_consistency": round(consistent / groups, 4) if groups else None, "entity_groups": groups,
            "words_per_second_incl_morph": round(words / spent) if spent else None}


def evaluate(root: Path) -> dict[str, Any]:
    return {"nkjp": eval_nkjp(root), "kpwr_n82": eval_kpwr(root), "slavicner": eval_slavicner(root)}
