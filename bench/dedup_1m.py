"""Story clustering at scale: N synthetic near-duplicate documents, signatures on all cores, one clustering.

Usage: python3 bench/dedup_1m.py [--docs 1000000] [--variants 10] [--workers 2]

Each base story (150 words drawn from a Zipfian vocabulary) is republished `variants` times with a
few words changed and, for some copies, a sentence cut, as portals do with wire copy. Prints JSON:
seconds for signatures and for clustering, documents/s, peak RSS of the parent and of the largest
worker, and how well the synthetic stories were recovered (pair precision and recall).
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing as mp
import random
import resource
import time
from collections import Counter
from collections.abc import Iterator

import numpy as np

from kronika.dedup import band_keys, cluster_band_keys, signature

WORDS = 150
VOCAB = [f"w{i}" for i in range(50_000)]
CUM_WEIGHTS = list(itertools.accumulate(1 / (i + 1) for i in range(len(VOCAB))))  # Zipf; cumulative once, not per call


def make_doc(doc_index: int, variants: int) -> str:
    """Deterministic: document i is variant (i % variants) of story (i // variants)."""
    story, variant = divmod(doc_index, variants)
    rng = random.Random(story)
    words = rng.choices(VOCAB, cum_weights=CUM_WEIGHTS, k=WORDS)
    if variant:
        vr = random.Random(doc_index * 7919 + 1)
        for _ in range(vr.randint(1, 4)):  # a few words edited
            words[vr.randrange(WORDS)] = vr.choice(VOCAB)
        if vr.random() < 0.3:  # a trimmed last sentence
            words = words[: WORDS - vr.randint(5, 15)]
    return " ".join(words)


def keys_for(chunk: range, variants: int) -> np.ndarray:
    return np.vstack([band_keys(signature(make_doc(i, variants))) for i in chunk])


def chunks(n: int, size: int) -> Iterator[range]:
    for lo in range(0, n, size):
        yield range(lo, min(n, lo + size))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--variants", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    t0 = time.perf_counter()
    with mp.get_context("fork").Pool(args.workers) as pool:
        parts = pool.starmap(keys_for, [(c, args.variants) for c in chunks(args.docs, 5000)], chunksize=1)
    keys = np.vstack(parts)
    del parts
    t1 = time.perf_counter()
    ids = [f"{i:08d}" for i in range(args.docs)]
    assign = cluster_band_keys(ids, keys)
    t2 = time.perf_counter()
    # pair quality against the generator's truth, counted per cluster without listing pairs
    truth_pairs = (args.docs // args.variants) * args.variants * (args.variants - 1) // 2
    by_cluster = Counter(assign.values())
    pred_pairs = sum(n * (n - 1) // 2 for n in by_cluster.values())
    joint = Counter((assign[ids[i]], i // args.variants) for i in range(args.docs))
    tp = sum(n * (n - 1) // 2 for n in joint.values())
    out = {
        "documents": args.docs, "workers": args.workers, "signature_seconds": round(t1 - t0, 1),
        "cluster_seconds": round(t2 - t1, 1), "total_seconds": round(t2 - t0, 1),
        "documents_per_s": round(args.docs / (t2 - t0)),
        "peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "clusters": len(by_cluster), "pair_precision": round(tp / pred_pairs, 4) if pred_pairs else 1.0,
        "pair_recall": round(tp / truth_pairs, 4) if truth_pairs else 1.0,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
