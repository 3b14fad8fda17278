"""Train the CRF name tagger shipped as src/kronika/data/ner_pl.crfsuite.

Usage: python3 scripts/train_ner.py [--data ../shared/data] [--max-iterations 150]

Training data, all under ../shared/data (never committed):
- NKJP 1M NER (nkjp-ner/nkjp-nested-simplified-v2.iob), every document except the committed test
  split (src/kronika/eval/data/nkjp_test_docs.txt) and a dev tenth (documents 5, 15, 25… in sorted
  order, held out to choose settings); outermost persName/orgName/placeName/geogName -> PER/ORG/LOC;
- SlavicNER Polish, official cross-topic *train* split (PER/ORG/LOC/EVT/PRO).
Texts are re-tokenised and analysed by kronika itself so training and tagging see the same tokens.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from kronika import ner_model
from kronika.entities import find_gazetteer, gazetteer_labels
from kronika.eval.ner import nkjp_splits, nkjp_type, read_iob
from kronika.morph import analyse_text
from kronika.ner_model import features

ner_model.FILTER_UNKNOWN = False  # featurise everything; the shipped model must not filter its successor

ROOT = Path(__file__).resolve().parents[1]


def bio(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[list[str]], list[str]]:
    toks, sents = analyse_text(text)
    labels = ["O"] * len(toks)
    starts = [t.start for t in toks]
    for s, e, typ in spans:
        idx = [k for k in range(len(toks)) if toks[k].start >= s and toks[k].end <= e]
        if not idx or toks[idx[0]].start != s:
            continue
        labels[idx[0]] = "B-" + typ
        for k in idx[1:]:
            labels[k] = "I-" + typ
    del starts
    return features(toks, gazetteer_labels(len(toks), find_gazetteer(toks)), {x.first for x in sents}), labels


def nkjp_docs(root: Path, part: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    test, dev = nkjp_splits(root)
    out = []
    for d in read_iob(root / "nkjp-ner/nkjp-nested-simplified-v2.iob", nkjp_type):
        if d.doc_id in test or (d.doc_id in dev) != (part == "dev"):
            continue
        offsets, pos = [], 0
        for tok in d.tokens:
            offsets.append(pos)
            pos += len(tok) + 1
        outer = {s for s in d.spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in d.spans)}
        spans = [(offsets[a], offsets[b - 1] + len(d.tokens[b - 1]), t) for a, b, t in outer]
        out.append((" ".join(d.tokens), spans))
    return out


def slavicner_docs(root: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    base = root / "slavicner"
    out = []
    for rel in (base / "SPLIT_cross-topic_train.txt").read_text("utf-8").splitlines():
        if "/pl/" not in rel:
            continue
        raw, ann = base / rel.strip(), base / rel.strip().replace("raw/", "ner/", 1).replace(".txt", ".tsv")
        if not raw.exists() or not ann.exists():
            continue
        rows = [r.split("\t") for r in ann.read_text("utf-8").splitlines() if r.strip()]
        out.append((raw.read_text("utf-8"), [(int(r[0]), int(r[1]), r[4]) for r in rows if len(r) >= 5]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--out", type=Path, default=ROOT / "src/kronika/data/ner_pl.crfsuite")
    args = ap.parse_args()
    t = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for text, spans in nkjp_docs(args.data, "train") + slavicner_docs(args.data):
        x, y = bio(text, spans)
        if x:
            trainer.append(x, y)
            n += 1
    print(f"{n} documents featurised in {time.perf_counter() - t:.0f}s")
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations,
                        "feature.possible_transitions": True})
    t = time.perf_counter()
    trainer.train(str(args.out))
    print(f"trained in {time.perf_counter() - t:.0f}s -> {args.out} ({args.out.stat().st_size / 2**20:.1f} MB)")


if __name__ == "__main__":
    main()
