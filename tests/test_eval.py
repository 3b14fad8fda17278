"""Eval gates: pinned floors on the official test splits, so a regression in accuracy fails CI.

Floors sit a little under the measured figures (see each issue's closing note); raise them when a
change improves the figure, never lower them to make a change pass.
"""

from __future__ import annotations

from kronika import dedup

from .conftest import DATA, needs


@needs(DATA / "kpwr-timex-liner2")
def test_eval_timex_holds_floor_on_kpwr_test() -> None:
    from kronika.eval.timex import evaluate

    r = evaluate(DATA, split="test", peer=False)["kronika"]
    # test now (stop 25): relaxed 0.909, strict 0.853, type 0.977, value 0.797 (98/123); a value is one match in 123,
    # so floors sit a match or two below
    assert r["relaxed"]["f1"] >= 0.90
    assert r["strict"]["f1"] >= 0.84
    assert r["type_accuracy"] >= 0.965
    assert r["value_accuracy"] >= 0.78
    # the breakdown counts every valued match once by type and once by span
    by = {k: tuple(map(int, v.split("/"))) for k, v in r["value_accuracy_by"].items()}
    for group in ({"exact span", "partial span"}, set(by) - {"exact span", "partial span"}):
        assert sum(by[k][1] for k in group) == r["value_n"]
        assert sum(by[k][0] for k in group) == round(r["value_accuracy"] * r["value_n"])


@needs(DATA / "bsnlp-pl")
def test_eval_dedup_meets_targets_at_default_threshold() -> None:
    from kronika.eval.dedup import evaluate

    (row,) = evaluate(DATA, thresholds=(dedup.THRESHOLD,))["sweep"]
    assert row["precision"] >= 0.95
    assert row["recall_near_dup"] >= 0.90


@needs(DATA / "nkjp-ner")
def test_eval_ner_holds_floors() -> None:
    from kronika.eval.ner import eval_kpwr, eval_nkjp, eval_slavicner

    assert eval_nkjp(DATA)["micro"]["f1"] >= 0.85
    assert eval_kpwr(DATA)["micro"]["f1"] >= 0.60
    s = eval_slavicner(DATA)
    assert s["micro"]["f1"] >= 0.84 and s["base_form_accuracy"] >= 0.95 and s["entity_id_consistency"] >= 0.80


@needs(DATA / "bsnlp-pl")
def test_eval_quotes_events_hold_floors_on_test() -> None:
    from kronika.eval.quotes_events import evaluate

    r = evaluate(DATA, split="test")
    # the gold's offsets point into the cleaned text it was annotated on: a cleaning change would drop documents
    # from the score silently (a 'Czytaj także:' teaser fix did, on dev, and was taken back), so none may be stale
    assert r["stale_documents"] == [] and r["documents"] == 29
    # the full gold (test content F1 0.888, speaker 0.810, chain 0.845) and the first pass alone (0.810,
    # 0.821, 0.806): a speaker is one match in 84 (a chain follows its speaker through the article), so floors
    # sit a match or two below
    assert r["quotes"]["content_f1"] >= 0.86 and r["quotes"]["speaker_accuracy"] >= 0.78
    assert r["quotes"]["source_chain_accuracy"] >= 0.81
    first = r["quotes_first_pass"]
    assert first["content_f1"] >= 0.79 and first["speaker_accuracy"] >= 0.78 and first["source_chain_accuracy"] >= 0.77
    # events on the full gold (test P 0.818 of 33, R 0.482) and on the first pass (0.606, 0.541)
    assert r["events"]["precision"] >= 0.78 and r["events"]["recall"] >= 0.43
    assert r["events_first_pass"]["precision"] >= 0.56 and r["events_first_pass"]["recall"] >= 0.50


def test_nkjp_text_rejoins_tokens_as_written() -> None:
    from kronika.eval.timex import _nkjp_text

    text, starts = _nkjp_text(["O", "godz", ".", "17", ".", "00", "zrobił", "em", "to", "(", "wczoraj", ")", "."])
    assert text == "O godz. 17.00 zrobiłem to (wczoraj)."
    assert [text[s:s + 2] for s in starts[:4]] == ["O ", "go", ". ", "17"]


@needs(DATA / "nkjp-ner")
def test_eval_timex_nkjp_recall_holds_floor() -> None:
    """NKJP's date and time names, a development figure (review batches t34-t39 read this corpus): date 0.944, time
    0.927 in stop 26 (0.943 and 0.911 in stop 25; 0.874 and 0.645 at the start of stop 23)."""
    from kronika.eval.timex import evaluate_nkjp

    r = evaluate_nkjp(DATA)
    assert r["date"]["recall"] >= 0.935
    assert r["time"]["recall"] >= 0.915
