from __future__ import annotations

from kronika.dedup import cluster, cluster_signatures, jaccard, signature
from kronika.records import Doc


def test_cluster_groups_wire_copy_and_rewrite(sample_docs: dict[str, Doc]) -> None:
    assign = cluster((i, d.text) for i, d in sample_docs.items())
    assert assign["sample-002"] == assign["sample-001"] == "sample-001"
    assert len(set(assign.values())) == len(sample_docs) - 1


def test_cluster_independent_of_input_order(sample_docs: dict[str, Doc]) -> None:
    items = [(i, d.text) for i, d in sample_docs.items()]
    assert cluster(items) == cluster(reversed(items))


def test_cluster_keeps_empty_documents_apart() -> None:
    """Regression: empty texts share one all-max MinHash and would all fall into one cluster."""
    assign = cluster([("a", ""), ("b", ""), ("c", "...")])
    assert len(set(assign.values())) == 3


def test_cluster_signatures_from_stored_bytes_match_texts(sample_docs: dict[str, Doc]) -> None:
    items = [(i, d.text) for i, d in sample_docs.items()]
    assert cluster_signatures((i, signature(t)) for i, t in items) == cluster(items)


def test_jaccard_of_different_stories_is_low(sample_docs: dict[str, Doc]) -> None:
    assert jaccard(sample_docs["sample-001"].text, sample_docs["sample-002"].text) > 0.5
    assert jaccard(sample_docs["sample-003"].text, sample_docs["sample-004"].text) < 0.05
