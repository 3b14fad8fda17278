"""Boilerplate removal: ad markers, teasers, share lines and copyright footers out, rights kept.

Patterns live in `data/clean_pl.json`; each removal is recorded as a `Span` into the raw body so
the original can always be reconstructed and audited.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .records import Article, RawArticle, Span
from .resources import load_json

_SPACE_RUN = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,.;:!?])")


_KINDS = (("ad", "ad_markers"), ("teaser", "teasers"), ("footer", "footers"), ("share", "share_lines"))


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    spec = load_json("clean_pl.json")
    return {
        kind: [re.compile(p, re.MULTILINE | re.DOTALL if kind == "footers" else re.MULTILINE) for p in spec[key]]
        for kind, key in _KINDS
    }


@cache
def _needs() -> dict[str, tuple[str, ...]]:
    """Per kind, the words every match holds one of (`needs` in the data file)."""
    spec = load_json("clean_pl.json")
    return {kind: tuple(spec["needs"][key]) for kind, key in _KINDS}


def _present(kind: str, body: str) -> bool:
    return any(w in body for w in _needs()[kind])


def find_boilerplate(body: str) -> tuple[list[Span], str | None, str | None]:
    """Spans to remove (non-overlapping, sorted) and the rights statement and publisher if found."""
    pats = _patterns()
    spans: list[Span] = []
    rights = publisher = None
    for pat in pats["footer"] if _present("footer", body) else ():
        m = pat.search(body)
        if m:
            rights = m.group("rights").strip()
            if "publisher" in pat.groupindex and m.group("publisher"):
                publisher = m.group("publisher").strip()
            spans.append(Span(m.start(), m.end(), m.group(0), "footer"))
            break
    for kind in ("teaser", "ad", "share"):
        for pat in pats[kind] if _present(kind, body) else ():
            for m in pat.finditer(body):
                if m.end() > m.start():
                    spans.append(Span(m.start(), m.end(), m.group(0), kind))
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for s in spans:
        if kept and s.start < kept[-1].end:
            continue  # an ad marker inside a teaser is already gone with it
        kept.append(s)
    return kept, rights, publisher


def _join(body: str, removed: list[Span]) -> str:
    parts: list[str] = []
    pos = 0
    for s in removed:
        parts.append(body[pos:s.start])
        if s.start > 0 and s.end < len(body) and not body[s.start - 1].isspace() and not body[s.end].isspace():
            parts.append(" ")  # "Tokajew. Reklama Jak" must not become "Tokajew.Jak"
        pos = s.end
    parts.append(body[pos:])
    text = "".join(parts)
    text = _SPACE_RUN.sub(" ", text)
    return "\n".join(line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()


def parse_published(value: str | None) -> tuple[dt.date | None, str | None]:
    """ISO date at its own precision: "2022-09" -> (2022-09-01, "month")."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        if len(parts) >= 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2])), "day"
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1), "month"
        return dt.date(int(parts[0]), 1, 1), "year"
    except ValueError:
        return None, None


def clean(raw: RawArticle) -> Article:
    """The cleaned `Article`: body minus boilerplate, with what was removed and the rights found."""
    removed, rights, publisher = find_boilerplate(raw.body)
    published, precision = parse_published(raw.published)
    return Article(
        id=raw.doc_id or raw.content_hash(),
        source=raw.source,
        text=_join(raw.body, removed),
        url=raw.url,
        title=raw.title,
        published=published,
        published_precision=precision,
        rights=rights,
        publisher=publisher,
        outlet=raw.outlet or publisher,
        removed=tuple(removed),
        content_hash=raw.content_hash(),
    )
