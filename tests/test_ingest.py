from __future__ import annotations

import json
from pathlib import Path

from kronika.exceptions import IngestError
from kronika.ingest import iter_articles, read_string
from kronika.records import RawArticle

from .conftest import SEED, needs

HTML = """<!doctype html><html><head><title>Sejm przyjął ustawę</title>
<meta property="article:published_time" content="2023-05-04"></head><body><nav>Menu Start Kontakt</nav>
<article><h1>Sejm przyjął ustawę</h1><p>Sejm przyjął w czwartek ustawę o ochronie lasów. Za głosowało 230 posłów,
przeciw było 200. Projekt trafi teraz do Senatu, który ma 30 dni na zajęcie stanowiska.</p>
<p>"To dobry dzień dla przyrody" - powiedział minister klimatu Jan Kowalski po głosowaniu w Warszawie.</p></article>
<footer>© 2023 Przykład Media</footer></body></html>"""


@needs(SEED)
def test_ingest_seed_date_header_month_precision() -> None:
    (raw,) = list(iter_articles([SEED]))
    assert isinstance(raw, RawArticle)
    assert raw.published == "2022-09"
    assert raw.body.startswith("Większość osób uciekających")


def test_ingest_jsonl_bad_line_reported_rest_kept(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": "Premier Polski spotkał się w poniedziałek z prezydentem.", "published": "2023-01-02"}),
        "{not json",
        json.dumps({"id": "c", "title": "no body"}),
        json.dumps({"id": "d", "text": "Drugi tekst o Warszawie.", "published": "1970-01-01"}),
    ]), "utf-8")
    items = list(iter_articles([f]))
    ok = [i for i in items if isinstance(i, RawArticle)]
    bad = [i for i in items if isinstance(i, IngestError)]
    assert [a.doc_id for a in ok] == ["a", "d"]
    assert ok[1].published is None  # the epoch placeholder means unknown
    assert [b.path for b in bad] == [f"{f}:2", f"{f}:3"]


def test_ingest_html_through_trafilatura(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, "utf-8")
    (raw,) = list(iter_articles([f]))
    assert isinstance(raw, RawArticle)
    assert raw.title == "Sejm przyjął ustawę"
    assert "Menu Start Kontakt" not in raw.body
    assert "To dobry dzień dla przyrody" in raw.body
    assert raw.published == "2023-05-04"


def test_ingest_cp1250_file_decoded(tmp_path: Path) -> None:
    f = tmp_path / "old.txt"
    f.write_bytes("date 2010-03-06 Zażółć gęślą jaźń w Łodzi.".encode("cp1250"))
    (raw,) = list(iter_articles([f]))
    assert isinstance(raw, RawArticle)
    assert "Zażółć gęślą jaźń" in raw.body


def test_ingest_binary_and_empty_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "b.txt").write_text("   \n", "utf-8")
    (tmp_path / "c.txt").write_text("date 2023-01-01 Dobry tekst.", "utf-8")
    items = list(iter_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError", "RawArticle"]


def test_ingest_warc_response_records(tmp_path: Path) -> None:
    payload = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML).encode("utf-8")
    rec = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
           + f"Content-Length: {len(payload)}\r\n\r\n".encode() + payload + b"\r\n\r\n")
    f = tmp_path / "crawl.warc"
    f.write_bytes(rec + rec.replace(b"WARC-Type: response", b"WARC-Type: request"))
    items = list(iter_articles([f]))
    assert len(items) == 1 and isinstance(items[0], RawArticle)
    assert items[0].url == "https://example.org/a"


def test_read_string_plain_text_has_no_date() -> None:
    raw = read_string("Krótki tekst bez nagłówka.")
    assert raw.published is None and raw.body == "Krótki tekst bez nagłówka."


def test_parse_text_bsnlp_ids_unique_across_topics(tmp_path: Path) -> None:
    """Regression: BSNLP ids ("pl-46") repeat in every topic; storing all topics overwrote 145 articles."""
    from kronika.ingest import read_file

    ids = set()
    for topic in ("brexit", "ryanair"):
        f = tmp_path / topic / "raw" / "pl" / "file_46.txt"
        f.parent.mkdir(parents=True)
        f.write_text("pl-46\npl\n2018-05-29\nhttps://example.pl/a\nTytuł\nTreść artykułu.\n", "utf-8")
        (raw,) = read_file(f)
        assert not isinstance(raw, Exception)
        ids.add(raw.doc_id)
    assert ids == {"bsnlp-brexit-pl-46", "bsnlp-ryanair-pl-46"}


def test_read_bytes_corrupt_gzip_is_reported_not_raised() -> None:
    """Regression (bench/fuzz.py): a damaged deflate stream raised zlib.error out of the reader."""
    import gzip

    from kronika.exceptions import IngestError
    from kronika.ingest import read_bytes

    data = bytearray(gzip.compress(("Jan Kowalski powiedział we wtorek. " * 50).encode()))
    data[12:20] = b"\xff" * 8
    (item,) = read_bytes(bytes(data), "a.txt.gz")
    assert isinstance(item, IngestError) and "cannot read" in item.reason


def test_decode_bytes_repairs_mojibake_and_leaves_polish_alone() -> None:
    from kronika.ingest import decode_bytes

    # no Ł or Ń: their UTF-8 bytes 0x81 and 0x83 have no CP1250 letter, so a site that did this lost them
    good = "Władimira Putina zapowiedział, że Kazachstan nie uzna referendów – „nie”. Źdźbło, Ąę."
    for wrong in ("cp1250", "latin-1"):
        mangled = good.encode("utf-8").decode(wrong, errors="replace").encode("utf-8")
        assert decode_bytes(mangled, "x") == good, wrong
    assert decode_bytes(good.encode("utf-8"), "x") == good
