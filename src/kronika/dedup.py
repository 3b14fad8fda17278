"""Story clusters: near-duplicate and syndicated articles grouped by MinHash LSH over word 5-grams.

The shingle size and thresholds are set from measurement on BSNLP same-story pairs (see the
closing note of the dedup work and `kronika eval dedup`): wire copy republished with a changed
title or a trimmed footer keeps a 5-gram Jaccard well above 0.5, while two different articles on
the same topic and day rarely reach 0.2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

if TYPE_CHECKING:
    from .store import Store

SHINGLE = 5  # words per shingle: short enough to survive edits, long enough to ignore shared phrases
NUM_PERM = 128  # permutations: standard error of the Jaccard estimate ~ 1/sqrt(128) = 0.09
SCHEME = "affine32"  # datasketch 2's default hashing scheme; stored signatures are only comparable within one
THRESHOLD = 0.5  # LSH Jaccard threshold for "same story"
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def signature(text: str, num_perm: int = NUM_PERM) -> bytes:
    """The MinHash of `text` as bytes (little-endian uint64): stored at ingest, clustered later."""
    return bytes(minhash(text, num_perm).hashvalues.astype("<u8").tobytes())


def _values(sig: bytes) -> np.ndarray[Any, np.dtype[np.uint64]]:
    return np.frombuffer(sig, dtype="<u8")


@cache
def bands(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) minimising false positives + negatives at `threshold`, as datasketch's LSH picks them."""
    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def _is_empty(sig: bytes) -> bool:
    values = _values(sig)
    return bool(values.size) and bool((values == _empty_values(len(values))).all())


@cache
def _empty_values(num_perm: int) -> np.ndarray[Any, np.dtype[np.uint64]]:
    return np.asarray(MinHash(num_perm=num_perm, scheme=SCHEME).hashvalues, dtype="<u8")


def band_keys(sig: bytes, threshold: float = THRESHOLD) -> np.ndarray[Any, np.dtype[np.uint64]]:
    """One 64-bit key per LSH band: two documents are candidates when any band key is equal."""
    values = _values(sig)
    b, r = bands(threshold, len(values))
    rows = values[: b * r].reshape(b, r)
    with np.errstate(over="ignore"):
        keys: np.ndarray[Any, np.dtype[np.uint64]] = (rows * _BAND_MIX[:r]).sum(axis=1, dtype=np.uint64)
    return keys  # a wrapping polynomial hash of each band


# odd 64-bit multipliers (splitmix64 constants and powers): collisions between different bands are ~2^-64
_BAND_MIX = np.array([0x9E3779B97F4A7C15 * (2 * i + 1) % 2**64 for i in range(64)], dtype=np.uint64)


def cluster_band_keys(ids: Sequence[str], keys: np.ndarray[Any, np.dtype[np.uint64]]) -> dict[str, str]:
    """Connected components of "shares a band key": sort each band's keys, join equal neighbours.

    This is LSH candidate generation without an index: memory is the (documents x bands) key matrix
    (8 bytes each, ~200 MB for a million documents), and the work is one sort per band.
    """
    n = len(ids)
    parent = np.arange(n)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = int(parent[root])
        while parent[x] != root:
            parent[x], x = root, int(parent[x])
        return root

    for band in range(keys.shape[1] if n else 0):
        col = keys[:, band]
        order = np.argsort(col, kind="stable")
        same = np.nonzero(col[order][1:] == col[order][:-1])[0]
        for k in same:
            a, b = find(int(order[k])), find(int(order[k + 1]))
            if a != b:
                parent[max(a, b)] = min(a, b)
    # the cluster id is the smallest member id, independent of input order
    rep: dict[int, str] = {}
    for i in range(n):
        r = find(i)
        if r not in rep or ids[i] < rep[r]:
            rep[r] = ids[i]
    return {ids[i]: rep[find(i)] for i in range(n)}


def cluster_signatures(items: Iterable[tuple[str, bytes]], threshold: float = THRESHOLD) -> dict[str, str]:
    """Map each id to its cluster id (the smallest member id) by LSH banding and union-find."""
    ids: list[str] = []
    rows: list[np.ndarray[Any, np.dtype[np.uint64]]] = []
    for doc_id, sig in items:
        keys = band_keys(sig, threshold)
        if _is_empty(sig):  # no words: alone, not one giant cluster of every empty document
            keys = np.full(len(keys), (len(ids) * 0x9E3779B97F4A7C15 + 1) % 2**64, dtype=np.uint64)
        ids.append(doc_id)
        rows.append(keys)
    if not ids:
        return {}
    return cluster_band_keys(ids, np.vstack(rows))


def cluster(docs: Iterable[tuple[str, str]], threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> dict[str, str]:
    """Cluster (id, text) pairs; see `cluster_signatures`."""
    return cluster_signatures(((d, signature(t, num_perm)) for d, t in docs), threshold)


def cluster_store(store: Store, threshold: float = THRESHOLD) -> int:
    """Recompute the story clusters of everything in `store`; returns the number of multi-article clusters."""
    assignment = cluster_signatures(store.signatures(), threshold)
    store.set_clusters(assignment)
    sizes: dict[str, int] = {}
    for c in assignment.values():
        sizes[c] = sizes.get(c, 0) + 1
    return sum(1 for n in sizes.values() if n > 1)


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0
