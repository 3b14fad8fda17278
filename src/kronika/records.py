"""Typed, frozen records that flow between stages; every fact carries offsets into `Article.text`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

#: Version of the `Doc.to_json()` schema; bump on any incompatible change (documented in README).
SCHEMA_VERSION = "1.0"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range `[start, end)` with the text it covers and why it matters."""

    start: int
    end: int
    text: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a reader yields: one article before cleaning, with where it came from."""

    source: str
    body: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, month ("2022-09") or year, as the source gives it
    doc_id: str | None = None  # id given by the source (JSONL id, BSNLP id); None -> content hash
    is_html: bool = False
    outlet: str | None = None

    def content_hash(self) -> str:
        """Stable id from content alone, so re-ingesting the same article is a no-op."""
        h = hashlib.sha256()
        for part in (self.title or "", self.body, self.published or ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: `text` is what every offset in a `Doc` points into."""

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None  # "day" | "month" | "year" | None
    language: str = "pl"
    rights: str | None = None
    publisher: str | None = None
    outlet: str | None = None
    removed: tuple[Span, ...] = ()  # offsets into the raw body the text was cleaned from
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    """One token with its Morfeusz analysis after disambiguation."""

    start: int
    end: int
    text: str
    lemma: str
    tag: str  # NKJP tag, e.g. "subst:sg:gen:m1"; "ign" for unknown words
    qualifiers: tuple[str, ...] = ()  # Morfeusz name labels: "imię", "nazwisko", "nazwa_geograficzna", …

    @property
    def pos(self) -> str:
        """The grammatical class, the first field of the tag."""
        return self.tag.partition(":")[0]


@dataclass(frozen=True, slots=True)
class Sentence:
    """Token index range `[first, last)` and character range of one sentence."""

    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention with its base form and a stable id shared by its other mentions."""

    start: int
    end: int
    text: str
    lemma: str
    type: str  # PER | ORG | LOC | GPE | EVT | PRO
    entity_id: str
    canonical: str = ""  # the full base name this mention refers to ("Kasym-Żomart Tokajew" for "Tokajewa")
    source: str = "rules"  # which finder produced it: gazetteer | morph | rules | model


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression normalised to TIMEX3, with the interval it can mean."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # "2022-09-27", "2022-06", "P1Y", "XXXX-WXX-2", …
    granularity: str | None  # day | week | month | quarter | season | year | decade | century | time
    earliest: dt.date | None = None
    latest: dt.date | None = None
    anchor: str = "none"  # publication | text | none (absolute)
    confidence: float = 1.0
    mod: str | None = None  # TIMEX3 mod: START | MID | END | APPROX | BEFORE | AFTER
    prep: str | None = None  # the governing preposition left outside the span ("od", "przez", …)
    # A length anchored to the publication ("dwa tygodnie temu", "za rok", "przed rokiem") is a DURATION, as
    # TimeML and KPWr mark it; `point` is the date it lands on (TimeML's non-consuming DATE), with its
    # interval in earliest/latest, so the chronicle can still date the facts it carries.
    point: str | None = None

    @property
    def date_value(self) -> str | None:
        """The calendar value a fact dated by this expression takes: the point of an anchored length."""
        return self.point if self.point is not None else self.value


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or reported quotation with its speaker, cue verb and source chain."""

    start: int
    end: int
    content: str
    kind: str  # direct | reported
    speaker: Entity | None
    speaker_text: str | None  # the words that named the speaker here ("kazachstański prezydent")
    cue: str | None
    cue_lemma: str | None
    cue_start: int | None = None
    source_chain: tuple[str, ...] = ()  # from the origin to the last relay: ("rosyjskie media", "AFP")
    insertions: tuple[Span, ...] = ()  # editorial insertions inside the content ("przybyszów … - PAP")


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event: PLOVER action with its arguments and the span that proves it."""

    action: str  # PLOVER code, e.g. REJECT, SANCTION, CONSULT; STATEMENT for statements
    actor: Entity | None
    target: Entity | None
    place: Entity | None
    when: Timex | None
    evidence: Span
    trigger: str
    trigger_lemma: str
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # asserted | intended | announced | attempted | hypothetical | quoted (in someone's words)
    date_source: str = "text"  # text | publication (fallback) | none
    quote_index: int | None = None  # index into Doc.quotes for statements


@dataclass(slots=True)
class Doc:
    """The unit every stage reads and annotates; `to_json()` is the stable output schema."""

    article: Article
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def to_json(self, *, include_tokens: bool = False) -> dict[str, Any]:
        """The versioned JSON form; tokens are left out unless asked for, they are large."""
        out: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "article": {**_jsonable(self.article), "published": format_published(self.article)},
            "sentences": [[s.start, s.end] for s in self.sentences],
            "entities": [_jsonable(e) for e in self.entities],
            "timexes": [_jsonable(t) for t in self.timexes],
            "quotes": [_jsonable(q) for q in self.quotes],
            "events": [_jsonable(e) for e in self.events],
        }
        if include_tokens:
            out["tokens"] = [_jsonable(t) for t in self.tokens]
        return out


def _jsonable(obj: Any) -> Any:
    """Dataclasses to dicts, dates to ISO strings, tuples to lists."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    return obj


def format_published(article: Article) -> str | None:
    """Publication date at the precision the source gave it ("2022-09", not "2022-09-01")."""
    if article.published is None:
        return None
    iso = article.published.isoformat()
    if article.published_precision == "month":
        return iso[:7]
    if article.published_precision == "year":
        return iso[:4]
    return iso
