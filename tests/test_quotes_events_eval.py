from __future__ import annotations

from kronika.eval.quotes_events import load_gold, same_name
from kronika.records import Entity

from .conftest import DATA, needs


def _ent(lemma: str, canonical: str) -> Entity:
    return Entity(0, 1, lemma, lemma, "PER", "PER-x", canonical=canonical)


def test_same_name_accepts_surname_and_canonical_but_not_another_person() -> None:
    assert same_name("Kasym-Żomart Tokajew", _ent("Tokajew", "Kasym-Żomart Tokajew"))
    assert same_name("Kasym-Żomart Tokajew", _ent("Tokajew", "Tokajew"))
    assert not same_name("Władimir Putin", _ent("Tokajew", "Kasym-Żomart Tokajew"))
    assert same_name(None, None) and not same_name(None, _ent("Tokajew", "Tokajew"))


def test_gold_file_holds_offsets_and_labels_only() -> None:
    """The committed gold must not carry article text: ids, hashes, offsets and labels only."""
    for rec in load_gold():
        assert set(rec) == {"doc", "split", "text_sha1", "quotes", "events"} and rec["split"] in ("dev", "test")
        for q in rec["quotes"]:
            assert set(q) - {"pass"} == {"start", "end", "speaker", "chain"} and q["start"] < q["end"]
            assert q.get("pass", 1) in (1, 2)  # 2: the completion pass (docs/annotation-quotes-events.md)
        for e in rec["events"]:
            assert set(e) - {"pass"} == {"action", "actor", "target", "date", "polarity", "start", "end"}
            assert e.get("pass", 1) in (1, 2)


@needs(DATA / "bsnlp-pl")
def test_eval_quotes_events_offsets_still_point_at_annotated_text() -> None:
    """Regression guard: a change to cleaning that moves offsets makes gold documents stale."""
    from kronika.eval.quotes_events import evaluate

    for split in ("dev", "test"):
        r = evaluate(DATA, split=split)
        assert r["stale_documents"] == [] and r["documents"] >= 1
        assert 0.0 <= r["quotes"]["content_f1"] <= 1.0 and 0.0 <= r["events"]["precision"] <= 1.0
