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


def test_find_boilerplate_every_match_holds_a_needed_word() -> None:
    """The per-kind prefilter (`needs` in clean_pl.json) may skip a body only if no match could exist there:
    every match of every pattern, on the seed and the bundled samples, holds one of its kind's words."""
    from pathlib import Path

    from kronika.clean import _needs, _patterns

    bodies = [Path(SEED).read_text("utf-8")] if Path(SEED).exists() else []
    bodies += [p.read_text("utf-8") for p in sorted(Path(__file__).parents[1].joinpath("src/kronika/data/sample").glob("*.txt"))]
    bodies.append("Tekst. Reklama Dalej. Nowy rząd? Zobacz również » Inny tekst.\nUdostępnij\n© 2022 Wydawca. Wszelkie prawa zastrzeżone.")
    seen = 0
    for body in bodies:
        for kind, pats in _patterns().items():
            for pat in pats:
                for m in pat.finditer(body):
                    seen += 1
                    assert any(w in m.group(0) for w in _needs()[kind]), (kind, m.group(0))
    assert seen >= 4
