"""Properties every reader and the pipeline keep on any input (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.exceptions import IngestError
from kronika.ingest import decode_bytes, parse_json_record, read_bytes, read_string
from kronika.pipeline import process
from kronika.records import Doc, RawArticle

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like news often enough to reach every stage: Polish words, quotes, dashes, dates, markup.
_PIECES = st.sampled_from([
    "Jan Kowalski", "powiedział", "we wtorek", "24 lutego 2022 r.", "„", "”", "\"", " – ", "Reklama", "Zobacz również",
    "w Kazachstanie", "PAP", "cytowany przez agencję AFP za rosyjskimi mediami", ".", ",", "\n", " ", "że", "nie",
    "<script>", "&amp;", "\u200b", "\ufeff", "\x00", "ŻÓŁĆ", "2022-09", "o godz. 10.00", "(…)", "…", "🙂",
])
NEWSY = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _valid(doc: Doc) -> None:
    text = doc.text
    for tok in doc.tokens:
        assert 0 <= tok.start < tok.end <= len(text) and text[tok.start:tok.end] == tok.text
    for item in [*doc.entities, *doc.timexes]:
        assert 0 <= item.start < item.end <= len(text) and text[item.start:item.end] == item.text
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text)
    for ev in doc.events:
        assert 0 <= ev.evidence.start <= ev.evidence.end <= len(text)
    json.dumps(doc.to_json())


@FAST
@given(st.one_of(st.text(), NEWSY))
def test_process_any_text_gives_valid_doc(body: str) -> None:
    _valid(process(RawArticle(source="prop", body=body, published="2022-09-28")))


@FAST
@given(NEWSY, st.sampled_from([None, "2022-09", "2022", "1970-01-01", "nonsense", "2022-02-30"]))
def test_process_any_publication_date_gives_valid_doc(body: str, published: str | None) -> None:
    _valid(process(RawArticle(source="prop", body=body, published=published)))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a.txt.gz", "a.jsonl.gz", "a"]))
def test_read_bytes_yields_articles_or_errors_only(data: bytes, name: str) -> None:
    for item in read_bytes(data, name):
        assert isinstance(item, RawArticle | IngestError)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=500))
def test_decode_bytes_returns_text_or_raises_ingest_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "x"), str)
    except IngestError:
        pass


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                       lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                       max_leaves=12)
RECORDS = st.fixed_dictionaries({}, optional={k: JSONISH | NEWSY for k in ("id", "text", "html", "url", "title", "published",
                                                                          "date", "outlet")})


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSONISH, RECORDS))
def test_parse_json_record_gives_article_or_ingest_error(obj: object) -> None:
    try:
        raw = parse_json_record(obj, "line 1")
    except IngestError:
        return
    assert isinstance(raw, RawArticle) and raw.body.strip()


@FAST
@given(st.one_of(st.text(min_size=1), NEWSY.map(lambda s: "<html><body><p>" + s + "</p></body></html>")))
def test_read_string_gives_article_or_ingest_error(text: str) -> None:
    try:
        raw = read_string(text)
    except IngestError:
        return
    _valid(process(raw))
