from __future__ import annotations

from kronika.clean import clean
from kronika.ingest import parse_text
from kronika.records import Doc

from .conftest import SEED, needs


@needs(SEED)
def test_clean_seed_removes_ad_markers(seed_doc: Doc) -> None:
    assert "Reklama" not in seed_doc.text
    assert "Tokajew. Jak dodał" in seed_doc.text  # the marker's gap is closed with one space


@needs(SEED)
def test_clean_seed_removes_teaser(seed_doc: Doc) -> None:
    assert "Zobacz również" not in seed_doc.text
    assert "Putin ogłosi w piątek aneksję okupowanych terytoriów?" not in seed_doc.text
    teasers = [s for s in seed_doc.article.removed if s.label == "teaser"]
    assert [s.text.strip() for s in teasers] == ["Putin ogłosi w piątek aneksję okupowanych terytoriów? Zobacz również"]


@needs(SEED)
def test_clean_seed_footer_becomes_metadata(seed_doc: Doc) -> None:
    a = seed_doc.article
    assert a.publisher == "INFOR PL S.A."
    assert a.rights is not None and a.rights.startswith("Materiał chroniony prawem autorskim")
    assert "Kup licencję" not in a.text and "Materiał chroniony" not in a.text
    assert a.text.endswith("Zakaz będzie obowiązywał przez najbliższy rok.")


@needs(SEED)
def test_clean_removed_spans_point_into_raw_body() -> None:
    raw = parse_text(SEED.read_text("utf-8"), str(SEED))
    art = clean(raw)
    assert len(art.removed) == 4
    for span in art.removed:
        assert raw.body[span.start:span.end] == span.text


def test_clean_keeps_reklama_inside_a_sentence() -> None:
    art = clean(parse_text("date 2023-01-02 Firma wydała dużo na reklama i marketing. Reklama Dalszy tekst.", "t"))
    assert "na reklama i marketing" in art.text
    assert "Reklama" not in art.text
