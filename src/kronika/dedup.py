"""Story clusters: near-duplicate and syndicated articles grouped by MinHash LSH over word 5-grams.

The shingle size and thresholds are set from measurement on BSNLP same-story pairs (see the
closing note of the dedup work and `kronika eval dedup`): wire copy republished with a changed
title or a trimmed footer keeps a 5-gram Jaccard well above 0.5, while two different articles on
the same topic and day rarely reach 0.2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

SHINGLE = 5  # words per shingle: short enough to survive edits, long enough to ignore shared phrases
NUM_PERM = 128  # permutations: standard error of the Jaccard estimate ~ 1/sqrt(128) = 0.09
THRESHOLD = 0.5  # LSH Jaccard threshold for "same story"
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm)
    m.update_batch(list(shingles(text)))
    return m


def cluster(docs: Iterable[tuple[str, str]], threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> dict[str, str]:
    """Map each id to its cluster id (the smallest member id), by LSH candidates and union-find."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, text in docs:
        parent.setdefault(doc_id, doc_id)
        mh = minhash(text, num_perm)
        for other in lsh.query(mh):
            a, b = find(doc_id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        if doc_id not in lsh:
            lsh.insert(doc_id, mh)
    return {d: find(d) for d in parent}


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0
