"""How far the NER tagger can be confined to windows around capitalised tokens (ner_model.WINDOW).

Usage: python3 bench/ner_windows.py [--n 1100] [--data ../shared/data]

Tags the same BSNLP articles as bench/pipeline.py once over every token and once per window size,
and prints, per size, the agreement of the kept spans (those starting with a capital or a digit) with
whole-sequence tagging (F1 of one against the other), the share of tokens tagged, and the tagging
CPU time as a ratio of the whole-sequence run (all runs with warm feature caches).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline import ROOT, load  # type: ignore[import-not-found]

from kronika import ner_model
from kronika.clean import clean
from kronika.entities import _sentence_starts, find_gazetteer, gazetteer_labels
from kronika.morph import analyse_doc
from kronika.records import Doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1100)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    inputs = []
    for raw in load(args.data, args.n):
        doc = analyse_doc(Doc(clean(raw)))
        inputs.append((doc.tokens, gazetteer_labels(len(doc.tokens), find_gazetteer(doc.tokens)), _sentence_starts(doc)))
    total = sum(len(t) for t, _g, _s in inputs)

    def run(window: int | None) -> tuple[list[set[tuple[int, int, str]]], float]:
        t0 = time.process_time()
        # only the spans find_entities keeps: those that start with a capital or a digit
        out = [{(i, j, typ) for i, j, typ in ner_model.tag_spans(toks, gaz, starts, window)
                if toks[i].text[:1].isupper() or toks[i].text[:1].isdigit()} for toks, gaz, starts in inputs]
        return out, time.process_time() - t0

    run(None)  # fills the feature caches, so every timed setting below runs warm
    full, full_s = run(None)
    n_full = sum(len(s) for s in full)
    report: dict[str, object] = {"articles": len(inputs), "tokens": total, "spans_whole_sequence": n_full}
    for w in (1, 2, 3, 4, 6):
        got, secs = run(w)
        common = sum(len(a & b) for a, b in zip(full, got, strict=True))
        n_got = sum(len(s) for s in got)
        tagged = sum(b - a for toks, _g, starts in inputs for lo, hi in ner_model._blocks(len(toks), starts)
                     for a, b in ner_model._windows(toks, lo, hi, w, starts))
        report[f"window_{w}"] = {"span_agreement_f1": round(2 * common / (n_full + n_got), 4),
                                 "tokens_tagged_share": round(tagged / total, 3),
                                 "time_vs_whole_sequence": round(secs / full_s, 3)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
