"""The development figures that choices were made on (never the test splits), in one JSON.

Usage: python3 scripts/dev_figures.py [--data ../shared/data]

- KPWr TIMEX train and tune splits: span P/R/F1, type and value accuracy (`kronika eval timex` on test);
- SlavicNER Polish, official cross-topic *train* split: mention F1 and base-form accuracy (the CRF saw
  these documents, so its figures are optimistic; the base-form rules are what is measured here);
- NKJP dev tenth, held out from training (`scripts/train_ner.py`): micro F1.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kronika.eval import ner, timex

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    out: dict[str, object] = {}
    for split in ("train", "tune"):
        r = timex.evaluate(args.data, split=split, peer=False)["kronika"]
        out[f"kpwr_timex_{split}"] = {"relaxed": r["relaxed"], "strict_f1": r["strict"]["f1"],
                                      "type_accuracy": r["type_accuracy"], "value_accuracy": r["value_accuracy"],
                                      "value_n": r["value_n"]}
    s = ner.eval_slavicner(args.data, part="train")
    out["slavicner_train"] = {"micro": s["micro"], "base_form_accuracy": s["base_form_accuracy"],
                              "base_form_n": s["base_form_n"]}
    out["nkjp_dev_tenth"] = {"micro": ner.eval_nkjp(args.data, part="dev")["micro"]}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
