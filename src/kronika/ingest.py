"""Readers: seed `date`-header text, BSNLP text, plain text, HTML, JSONL, WARC -> `RawArticle`.

A reader never raises for bad input: it yields an `IngestError` in the stream so a batch can report
it and go on with the next file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .exceptions import IngestError
from .records import RawArticle

#: A single article over this size is refused: real news pages are < 2 MB; a 100 MB "article" is a
#: dump or an attack, and would hold a worker for minutes. Streams (JSONL, WARC) are read line by line.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}

# The seed's header: "date 2022-09" (optionally "date: 2022-09-28"), then the body on the same line.
_DATE_HEADER = re.compile(r"\A\s*date:?\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*\n?")
# BSNLP raw files: id / language / date / url / title, then the text.
_BSNLP_LANG = re.compile(r"\A[a-z]{2}\Z")
_ISO_DATE = re.compile(r"\A\d{4}(?:-\d{2}(?:-\d{2})?)?")

Result = RawArticle | IngestError


def decode_bytes(data: bytes, path: str) -> str:
    """UTF-8 first; then the Central European code pages Polish sites still serve; never silently lossy."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path, "binary file (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1250", "iso8859_2", "utf_16", "cp1252"]).best()
    if best is None:
        raise IngestError(path, "undecodable bytes: not UTF-8, CP1250 or ISO-8859-2")
    return repair_mojibake(str(best))


# Letters that UTF-8 Polish turns into when a site decoded it as CP1250 or Latin-1 ("WĹ‚adimira",
# "Å¼e", "â€ž"); none occurs in Polish itself, so text without them is never touched.
_MOJIBAKE = re.compile(r"[ĹĂÅÃÄ][\x80-\xff‚„…†‡ˇ‰Š‹ŚŤŽŹ‘’“”•–—™š›śťžź ˘Ł¤Ą¦§¨©Ş«¬­®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŕ]|â€")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as a single-byte code page (ftfy), only where its telltale letter pairs appear."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return str(ftfy.fix_encoding(text))


def _normalise_date(value: Any) -> str | None:
    """Keep the date at the precision given; 1970-01-01 and other epoch placeholders mean unknown."""
    if value is None:
        return None
    m = _ISO_DATE.match(str(value).strip())
    if not m:
        return None
    iso = m.group(0)
    if iso.startswith("1970-01-01") or iso == "1970":
        return None
    return iso


def _bsnlp_collection(path: str) -> str:
    """BSNLP ids ("pl-46") repeat across topics: qualify them by the topic folder (<topic>/raw/<lang>/file)."""
    parts = Path(path).parts
    if len(parts) >= 4 and parts[-3] == "raw":
        return parts[-4]
    return Path(path).stem


def parse_text(text: str, path: str) -> RawArticle:
    """One plain-text article in any of the layouts we know: seed header, BSNLP, or bare text."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise IngestError(path, "empty file")
    m = _DATE_HEADER.match(text)
    if m:
        return RawArticle(source=path, body=text[m.end():], published=_normalise_date(m.group(1)))
    lines = text.split("\n", 5)
    if len(lines) >= 6 and _BSNLP_LANG.match(lines[1].strip()) and lines[3].strip().startswith("http"):
        return RawArticle(
            source=path,
            body=lines[5],
            doc_id=f"bsnlp-{_bsnlp_collection(path)}-{lines[0].strip()}",
            published=_normalise_date(lines[2]),
            url=lines[3].strip(),
            title=lines[4].strip() or None,
        )
    return RawArticle(source=path, body=text)


def parse_html(html: str, path: str, url: str | None = None) -> RawArticle:
    """Main text and metadata of a page through trafilatura; a page with no text is an error."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        raise IngestError(path, "HTML page has no extractable main text")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = meta.get("text") or ""
    if not body.strip():
        raise IngestError(path, "HTML page has no extractable main text")
    return RawArticle(
        source=path,
        body=body,
        url=meta.get("url") or url,
        title=meta.get("title"),
        published=_normalise_date(meta.get("date")),
        outlet=meta.get("sitename") or meta.get("hostname"),
        is_html=True,
    )


def _field(obj: dict[str, Any], key: str) -> str | None:
    """A metadata field when it is a non-empty string; other types are treated as absent, not fatal."""
    v = obj.get(key)
    return v.strip() or None if isinstance(v, str) else None


def parse_json_record(obj: Any, where: str) -> RawArticle:
    """One JSONL record: `text` or `html` is required; id, url, published, title, outlet are optional."""
    if not isinstance(obj, dict):
        raise IngestError(where, "JSON line is not an object")
    text, html = obj.get("text"), obj.get("html")
    url = _field(obj, "url")
    if isinstance(text, str) and text.strip():
        raw = parse_text(text, where) if text.lstrip().startswith("date") else RawArticle(source=where, body=text)
    elif isinstance(html, str) and html.strip():
        raw = parse_html(html, where, url=url)
    else:
        raise IngestError(where, "record has neither 'text' nor 'html' as a non-empty string")
    published = _normalise_date(_field(obj, "published") or _field(obj, "date")) or raw.published
    rid = obj.get("id")
    doc_id = str(rid).strip() if isinstance(rid, str | int) and not isinstance(rid, bool) and str(rid).strip() else None
    return RawArticle(
        source=where,
        body=raw.body,
        url=url or raw.url,
        title=_field(obj, "title") or raw.title,
        published=published,
        doc_id=doc_id,
        is_html=raw.is_html,
        outlet=_field(obj, "outlet") or raw.outlet,
    )


def read_jsonl(stream: IO[bytes], path: str) -> Iterator[Result]:
    """Line by line, so a 10 GB dump streams; a bad line is reported with its number."""
    for lineno, line in enumerate(stream, 1):
        where = f"{path}:{lineno}"
        if not line.strip():
            continue
        try:
            obj = json.loads(decode_bytes(line, where))
            yield parse_json_record(obj, where)
        except IngestError as exc:
            yield exc
        except (json.JSONDecodeError, RecursionError) as exc:
            yield IngestError(where, f"invalid JSON: {exc}")


def read_warc(stream: IO[bytes], path: str) -> Iterator[Result]:
    """WARC/1.x `response` records with HTML payloads; gzip members are handled by the opener."""
    index = 0
    while True:
        line = stream.readline()
        if not line:
            return
        if not line.startswith(b"WARC/"):
            continue
        headers: dict[str, str] = {}
        while True:
            h = stream.readline()
            if not h or h in (b"\r\n", b"\n"):
                break
            k, _, v = h.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            yield IngestError(path, "WARC record with a bad Content-Length")
            return
        block = stream.read(length)
        index += 1
        if headers.get("warc-type") != "response":
            continue
        where = f"{path}#{index}"
        url = headers.get("warc-target-uri")
        head, sep, payload = block.partition(b"\r\n\r\n")
        if not sep:
            head, sep, payload = block.partition(b"\n\n")
        if b"html" not in head.lower() and not payload.lstrip()[:1] == b"<":
            continue
        try:
            yield parse_html(decode_bytes(payload, where), where, url=url)
        except IngestError as exc:
            yield exc


def _open(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _suffix(name: str) -> str:
    lower = name.lower()
    base = lower[:-3] if lower.endswith(".gz") else lower
    return os.path.splitext(base)[1]


def read_file(path: Path) -> Iterator[Result]:
    """Every article a file holds, or the error that says why it holds none."""
    name = str(path)
    suffix = _suffix(path.name)
    try:
        if suffix in JSONL_SUFFIXES or suffix in WARC_SUFFIXES:
            with _open(path) as fh:  # streamed: these hold many articles and may be large
                yield from (read_jsonl(fh, name) if suffix in JSONL_SUFFIXES else read_warc(fh, name))
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield IngestError(name, f"file of {size} bytes is over the {MAX_ARTICLE_BYTES}-byte article limit")
            return
        yield from read_bytes(path.read_bytes(), name)
    except IngestError as exc:
        yield exc
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield IngestError(name, f"cannot read: {exc}")


def read_bytes(data: bytes, name: str) -> Iterator[Result]:
    """Every article in one file's bytes (Spark's binaryFile rows, HTTP uploads); format from the name."""
    suffix = _suffix(name)
    try:
        if name.lower().endswith(".gz"):
            data = gzip.decompress(data)
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(io.BytesIO(data), name)
            return
        if suffix in WARC_SUFFIXES:
            yield from read_warc(io.BytesIO(data), name)
            return
        if len(data) > MAX_ARTICLE_BYTES:
            yield IngestError(name, f"file of {len(data)} bytes is over the {MAX_ARTICLE_BYTES}-byte article limit")
            return
        text = decode_bytes(data, name)
        if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
            yield parse_html(text, name)
        else:
            yield parse_text(text, name)
    except IngestError as exc:
        yield exc
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield IngestError(name, f"cannot read: {exc}")


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files under the given paths in a stable order; hidden files and annotation side-files skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and not any(part.startswith(".") for part in sub.relative_to(path).parts):
                    yield sub
        else:
            yield path


def iter_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Result]:
    """The stream a batch consumes: articles and errors, in file order."""
    for path in iter_files(paths):
        if not path.exists():
            yield IngestError(str(path), "no such file")
            continue
        yield from read_file(path)


def read_string(text: str, source: str = "<string>") -> RawArticle:
    """Parse one article given as a string (API, tests); HTML is detected by its first tag."""
    if text.lstrip()[:1] == "<":
        return parse_html(text, source)
    return parse_text(text, source)


__all__ = ["iter_articles", "iter_files", "read_bytes", "read_file", "read_string", "decode_bytes", "Result"]
