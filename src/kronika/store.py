"""The embedded store: SQLite in WAL mode. The only module with SQL; every query is parameterised.

Articles are keyed by id and carry their content hash: re-storing the same content is a no-op,
changed content replaces the article's facts in one transaction. Full text is kept only where the
retention setting allows ("rights": not for articles whose rights statement forbids redistribution);
facts, offsets, hashes and short excerpts are always kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .dedup import signature
from .exceptions import StoreError
from .morph import analyse, tokenize
from .records import Doc, format_published

#: Articles whose rights statement contains one of these are stored without full text by default.
RESTRICTIVE_RIGHTS = ("prawa zastrzeżone", "all rights reserved", "za zgodą wydawcy", "zabronione")
EXCERPT_CHARS = 280  # a short excerpt (quotation right, art. 29 of the Polish copyright act)

MIGRATIONS: list[str] = [
    # 1: the initial schema
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        source TEXT, url TEXT, title TEXT, outlet TEXT, publisher TEXT, rights TEXT,
        published TEXT, published_precision TEXT,
        text TEXT, excerpt TEXT, text_retained INTEGER NOT NULL,
        cluster_id TEXT,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_cluster ON articles(cluster_id);
    CREATE TABLE entities (
        entity_id TEXT PRIMARY KEY, canonical TEXT NOT NULL, type TEXT NOT NULL
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, lemma TEXT NOT NULL,
        entity_id TEXT NOT NULL, type TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
        value TEXT, granularity TEXT, earliest TEXT, latest TEXT, mod TEXT, confidence REAL
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL, content TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_id TEXT, speaker_text TEXT, cue TEXT, cue_lemma TEXT, source_chain TEXT NOT NULL,
        date_value TEXT, date_earliest TEXT, date_latest TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        action TEXT NOT NULL, actor_id TEXT, target_id TEXT, place_id TEXT,
        date_value TEXT, date_earliest TEXT, date_latest TEXT, date_source TEXT NOT NULL,
        polarity TEXT NOT NULL, modality TEXT NOT NULL, trigger TEXT NOT NULL, trigger_lemma TEXT NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence TEXT NOT NULL,
        quote_idx INTEGER,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX events_date ON events(date_earliest);
    CREATE INDEX events_actor ON events(actor_id);
    CREATE INDEX events_action ON events(action);
    CREATE VIRTUAL TABLE search USING fts5(article_id UNINDEXED, title, lemmas, tokenize = 'unicode61');
    """,
    # 2: MinHash signatures, written at ingest, so story clusters never need the (possibly unretained) text
    """
    ALTER TABLE articles ADD COLUMN minhash BLOB;
    """,
    # 3: FTS rows found by article through a keyed map (a delete by the UNINDEXED column scanned the whole
    #    index: re-ingest slowed to ~80 articles/s at 10k articles); expression indexes for name lookups
    """
    CREATE TABLE search_map (article_id TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL);
    INSERT INTO search_map (article_id, fts_rowid) SELECT article_id, rowid FROM search;
    CREATE INDEX mentions_lemma_lower ON mentions(lower(lemma));
    CREATE INDEX mentions_text_lower ON mentions(lower(text));
    CREATE INDEX entities_canonical_lower ON entities(lower(canonical));
    """,
    # 4: the date an anchored length lands on ("rok temu" is DURATION P1Y with point 2021)
    """
    ALTER TABLE timexes ADD COLUMN point TEXT;
    """,
]


def lemma_string(text: str) -> str:
    """Every lemma reading of every word, lower-cased: what FTS indexes and queries are rewritten to."""
    out: list[str] = []
    for _s, _e, form in tokenize(text):
        if not any(ch.isalnum() for ch in form):
            continue
        lemmas = {r[0].lower() for r in analyse(form)} | {form.lower()}
        out.extend(sorted(lemmas))
    return " ".join(out)


_UNKNOWN_ENDINGS = ("owi", "em", "ie", "a", "u", "ę", "ą", "y")  # case endings of names Morfeusz does not know


def query_lemmas(form: str) -> set[str]:
    """Lemmas a query word can stand for; an unknown name also stands for its stem ("Tokajewa" -> "tokajew")."""
    readings = analyse(form)
    out = {r[0].lower() for r in readings} | {form.lower()}
    if all(r[1] == "ign" for r in readings):
        low = form.lower()
        out.update(low[: -len(e)] for e in _UNKNOWN_ENDINGS if low.endswith(e) and len(low) - len(e) >= 4)
    return out


def _fts_query(query: str) -> str:
    """A user query as FTS5: each word matches any of its lemmas; words are ANDed."""
    parts = []
    for _s, _e, form in tokenize(query):
        if not any(ch.isalnum() for ch in form):
            continue
        lemmas = sorted(query_lemmas(form))
        parts.append("(" + " OR ".join('"' + lem.replace('"', '""') + '"' for lem in lemmas) + ")")
    return " AND ".join(parts)


class Store:
    """A kronika store on one SQLite file (or ":memory:")."""

    def __init__(self, path: str | Path, *, retention: str = "rights", read_only: bool = False) -> None:
        if retention not in ("rights", "always", "never"):
            raise StoreError(f"retention must be rights|always|never, not {retention!r}")
        self.path = str(path)
        self.retention = retention
        if read_only:
            uri = f"file:{self.path}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # ------------------------------------------------------------------ schema

    def migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"store schema {version} is newer than this kronika ({len(MIGRATIONS)})")
        for n in range(version, len(MIGRATIONS)):
            with self.db:
                self.db.executescript(MIGRATIONS[n])
                self.db.execute(f"PRAGMA user_version = {n + 1}")

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ writes

    def has(self, article_id: str, content_hash: str) -> bool:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == content_hash

    def _retain(self, rights: str | None) -> bool:
        if self.retention == "always":
            return True
        if self.retention == "never":
            return False
        return not (rights and any(r in rights.lower() for r in RESTRICTIVE_RIGHTS))

    def put_docs(self, docs: Iterable[Doc]) -> tuple[int, int]:
        """Store a batch in one transaction; returns (stored, unchanged)."""
        stored = unchanged = 0
        with self.db:
            for doc in docs:
                if self._put(doc):
                    stored += 1
                else:
                    unchanged += 1
        return stored, unchanged

    def _put(self, doc: Doc) -> bool:
        a = doc.article
        if self.has(a.id, a.content_hash):
            return False
        db = self.db
        db.execute("DELETE FROM articles WHERE id = ?", (a.id,))
        db.execute("DELETE FROM search WHERE rowid = (SELECT fts_rowid FROM search_map WHERE article_id = ?)", (a.id,))
        db.execute("DELETE FROM search_map WHERE article_id = ?", (a.id,))
        retain = self._retain(a.rights)
        db.execute(
            "INSERT INTO articles (id, content_hash, source, url, title, outlet, publisher, rights, published,"
            " published_precision, text, excerpt, text_retained, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.content_hash, a.source, a.url, a.title, a.outlet, a.publisher, a.rights,
             format_published(a), a.published_precision, a.text if retain else None,
             a.text[:EXCERPT_CHARS], int(retain), signature(a.text)),
        )
        for e in doc.entities:
            db.execute("INSERT INTO entities (entity_id, canonical, type) VALUES (?,?,?) ON CONFLICT(entity_id) DO NOTHING",
                       (e.entity_id, e.canonical or e.lemma, e.type))
        db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
                       [(a.id, e.start, e.end, e.text, e.lemma, e.entity_id, e.type) for e in doc.entities])
        db.executemany("INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                       [(a.id, t.start, t.end, t.text, t.type, t.value, t.granularity,
                         _iso(t.earliest), _iso(t.latest), t.mod, t.confidence, t.point) for t in doc.timexes])
        qdate: dict[int, Any] = {e.quote_index: e.when for e in doc.events if e.quote_index is not None}
        db.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, i, q.start, q.end, q.content, q.kind, q.speaker.entity_id if q.speaker else None, q.speaker_text,
              q.cue, q.cue_lemma, json.dumps(list(q.source_chain), ensure_ascii=False),
              *(_when(qdate.get(i))))
             for i, q in enumerate(doc.quotes)])
        db.executemany(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, i, e.action, _eid(e.actor), _eid(e.target), _eid(e.place), *(_when(e.when)), e.date_source,
              e.polarity, e.modality, e.trigger, e.trigger_lemma, e.evidence.start, e.evidence.end,
              e.evidence.text[:EXCERPT_CHARS], e.quote_index)
             for i, e in enumerate(doc.events)])
        cur = db.execute("INSERT INTO search (article_id, title, lemmas) VALUES (?,?,?)",
                         (a.id, lemma_string(a.title or ""), lemma_string(a.text)))
        db.execute("INSERT INTO search_map (article_id, fts_rowid) VALUES (?,?)", (a.id, cur.lastrowid))
        return True

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) for every article that has one, in id order."""
        for row in self.db.execute("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY id"):
            yield row[0], row[1]

    def set_clusters(self, assignment: dict[str, str]) -> None:
        with self.db:
            self.db.executemany("UPDATE articles SET cluster_id = ? WHERE id = ?",
                                [(c, a) for a, c in assignment.items()])

    # ------------------------------------------------------------------ reads

    def count(self, table: str = "articles") -> int:
        if table not in ("articles", "entities", "mentions", "timexes", "quotes", "events"):
            raise StoreError(f"no table {table!r}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["entities"] = [dict(r) for r in self.db.execute(
            "SELECT m.start, m.end, m.text, m.lemma, m.entity_id, m.type, e.canonical FROM mentions m"
            " JOIN entities e USING (entity_id) WHERE article_id = ? ORDER BY start", (article_id,))]
        out["timexes"] = [dict(r) for r in self.db.execute(
            "SELECT * FROM timexes WHERE article_id = ? ORDER BY start", (article_id,))]
        out["quotes"] = self._quotes("WHERE q.article_id = ?", (article_id,), 1000, 0)
        out["events"] = self._events("WHERE ev.article_id = ?", (article_id,), 1000, 0)
        return out

    def search(self, query: str = "", *, entity: str | None = None, date_from: str | None = None,
               date_to: str | None = None, action: str | None = None, speaker: str | None = None,
               outlet: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Articles matching a Polish query in any inflected form, with fact filters; event dates, not publication."""
        where: list[str] = []
        args: list[Any] = []
        if query.strip():
            fts = _fts_query(query)
            if fts:
                where.append("a.id IN (SELECT article_id FROM search WHERE search MATCH ?)")
                args.append(fts)
        if entity:
            where.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
            args.append(entity)
        if speaker:
            where.append("a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ?)")
            args.append(speaker)
        if action:
            where.append("a.id IN (SELECT article_id FROM events WHERE action = ?)")
            args.append(action.upper())
        if outlet:
            where.append("a.outlet = ?")
            args.append(outlet)
        if date_from or date_to:
            cond, dargs = _overlap("date_earliest", "date_latest", date_from, date_to)
            where.append(f"(a.id IN (SELECT article_id FROM events WHERE {cond}) OR "
                         f"(a.published >= ? AND a.published <= ?))")
            args += dargs + [date_from or "0000", (date_to or "9999") + "~"]
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        total = self.db.execute(f"SELECT count(*) FROM articles a {clause}", args).fetchone()[0]
        rows = self.db.execute(
            f"SELECT a.id, a.title, a.url, a.outlet, a.published, a.excerpt, a.cluster_id FROM articles a {clause}"
            " ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
        return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM entities WHERE entity_id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["mentions"] = self.db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()[0]
        out["forms"] = [r[0] for r in self.db.execute(
            "SELECT text FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY count(*) DESC LIMIT 20", (entity_id,))]
        out["articles"] = [dict(r) for r in self.db.execute(
            "SELECT DISTINCT a.id, a.title, a.published, a.url FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? ORDER BY a.published DESC LIMIT 50", (entity_id,))]
        out["quotes"] = self.quotes(speaker=entity_id, limit=100)["items"]
        out["events"] = self._events("WHERE (ev.actor_id = ? OR ev.target_id = ?) AND ev.action != 'STATEMENT'",
                                     (entity_id, entity_id), 100, 0)
        return out

    def find_entities(self, name: str, limit: int = 20) -> list[dict[str, Any]]:
        """Entities whose base form or mention matches a name in any inflected form."""
        lemmas = {lem for _s, _e, f in tokenize(name) for lem in query_lemmas(f)} | {name.lower()}
        marks = ",".join("?" * len(lemmas))
        rows = self.db.execute(
            "SELECT e.entity_id, e.canonical, e.type, count(*) AS mentions FROM entities e JOIN mentions m USING (entity_id)"
            f" WHERE e.entity_id IN (SELECT entity_id FROM mentions WHERE lower(lemma) IN ({marks})"
            f" UNION SELECT entity_id FROM entities WHERE lower(canonical) IN ({marks})"
            " UNION SELECT entity_id FROM mentions WHERE lower(text) = ?)"
            " GROUP BY e.entity_id ORDER BY mentions DESC, e.entity_id LIMIT ?", [*lemmas, *lemmas, name.lower(), limit])
        return [dict(r) for r in rows]

    def quotes(self, *, speaker: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        where, args = ("WHERE q.speaker_id = ?", (speaker,)) if speaker else ("", ())
        total = self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
                                f" GROUP BY {_QUOTE_STORY})", args).fetchone()[0]
        return {"total": total, "limit": limit, "offset": offset, "items": self._quotes(where, args, limit, offset)}

    def _quotes(self, where: str, args: tuple[Any, ...], limit: int, offset: int) -> list[dict[str, Any]]:
        """Quotes, one row per quote per story: the copies in other articles of its cluster become `sources`."""
        rows = self.db.execute(
            "SELECT q.*, e.canonical AS speaker, a.title, a.url, a.published,"
            " substr(coalesce(a.text, ''), max(q.start - 120, 1), q.end - q.start + 240) AS context,"
            " max(q.start - 120, 0) AS context_start, min(a.id || char(31) || q.idx) AS _first,"
            " json_group_array(DISTINCT q.article_id) AS sources"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.entity_id = q.speaker_id {where}"
            f" GROUP BY {_QUOTE_STORY}"
            " ORDER BY coalesce(q.date_earliest, a.published) DESC, q.article_id, q.idx LIMIT ? OFFSET ?",
            [*args, limit, offset]).fetchall()
        out = self._with_sources(rows)
        for d in out:
            d["source_chain"] = json.loads(d["source_chain"])
        return out

    def quote(self, article_id: str, idx: int) -> dict[str, Any] | None:
        """One quote with its evidence: the sentences around it split into before / quote / after, for highlighting."""
        items = self._quotes("WHERE q.article_id = ? AND q.idx = ?", (article_id, idx), 1, 0)
        if not items:
            return None
        q = items[0]
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        text = row[0] or ""
        if text:  # widen to sentence ends, at most EVIDENCE_CHARS either side
            lo = max(0, q["start"] - EVIDENCE_CHARS)
            hi = min(len(text), q["end"] + EVIDENCE_CHARS)
            cut = max(text.rfind(". ", lo, q["start"]), text.rfind("\n", lo, q["start"]))
            lo = cut + 2 if cut >= 0 else lo
            stop = text.find(". ", q["end"], hi)
            hi = stop + 1 if stop >= 0 else hi
            q["evidence"] = {"before": text[lo:q["start"]], "quote": text[q["start"]:q["end"]], "after": text[q["end"]:hi],
                             "start": lo, "end": hi}
        else:  # rights forbid keeping the text: the quote alone is the evidence
            q["evidence"] = {"before": "", "quote": q["content"], "after": "", "start": q["start"], "end": q["end"]}
        return q

    def _with_sources(self, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
        """Story-grouped rows as dicts, their `sources` id lists replaced by the articles, in one query per page."""
        out = [dict(r) for r in rows]
        ids_per_row = [json.loads(d.pop("sources")) for d in out]
        wanted = sorted({i for ids in ids_per_row for i in ids})
        articles: dict[str, dict[str, Any]] = {}
        if wanted:
            marks = ",".join("?" * len(wanted))
            for r in self.db.execute(f"SELECT id AS article_id, url, outlet, published FROM articles WHERE id IN ({marks})",
                                     wanted):
                articles[r["article_id"]] = dict(r)
        for d, ids in zip(out, ids_per_row, strict=True):
            del d["_first"]
            d["sources"] = sorted((articles[i] for i in ids if i in articles),
                                  key=lambda a: (a["published"] or "", a["article_id"]))
        return out

    def events(self, *, date_from: str | None = None, date_to: str | None = None, action: str | None = None,
               entity: str | None = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
        where: list[str] = []
        args: list[Any] = []
        if date_from or date_to:
            cond, dargs = _overlap("ev.date_earliest", "ev.date_latest", date_from, date_to)
            where.append(cond)
            args += dargs
        if action:
            where.append("ev.action = ?")
            args.append(action.upper())
        if entity:
            where.append("(ev.actor_id = ? OR ev.target_id = ? OR ev.place_id = ?)")
            args += [entity] * 3
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        total = self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM events ev JOIN articles a ON a.id = ev.article_id"
                                f" {clause} GROUP BY {_EVENT_STORY})", args).fetchone()[0]
        return {"total": total, "limit": limit, "offset": offset,
                "items": self._events(clause, tuple(args), limit, offset)}

    def _events(self, where: str, args: tuple[Any, ...], limit: int, offset: int) -> list[dict[str, Any]]:
        """Events, one row per fact per story: the same fact reported by several articles of a cluster is
        counted once, with every reporting article in `sources` (the row's own fields come from the first)."""
        rows = self.db.execute(
            "SELECT ev.*, ac.canonical AS actor, tg.canonical AS target, pl.canonical AS place,"
            " a.title, a.url, a.published, a.cluster_id, min(a.id || char(31) || ev.idx) AS _first,"
            " json_group_array(DISTINCT ev.article_id) AS sources FROM events ev JOIN articles a ON a.id = ev.article_id"
            " LEFT JOIN entities ac ON ac.entity_id = ev.actor_id LEFT JOIN entities tg ON tg.entity_id = ev.target_id"
            f" LEFT JOIN entities pl ON pl.entity_id = ev.place_id {where} GROUP BY {_EVENT_STORY}"
            " ORDER BY coalesce(ev.date_earliest, a.published), ev.article_id, ev.idx LIMIT ? OFFSET ?",
            [*args, limit, offset]).fetchall()
        return self._with_sources(rows)

    def timeline(self, *, granularity: str = "day", date_from: str | None = None, date_to: str | None = None,
                 entity: str | None = None, action: str | None = None) -> list[dict[str, Any]]:
        """Events per day/week/month by the date the text gives; publication-date fallbacks left out."""
        fmt = {"day": "%Y-%m-%d", "week": "%Y-W%W", "month": "%Y-%m"}.get(granularity)
        if fmt is None:
            raise StoreError("granularity must be day|week|month")
        where = ["ev.date_source = 'text'", "ev.date_earliest IS NOT NULL", "ev.date_earliest = ev.date_latest"
                 if granularity == "day" else "ev.date_earliest IS NOT NULL"]
        args: list[Any] = []
        if date_from or date_to:
            cond, dargs = _overlap("ev.date_earliest", "ev.date_latest", date_from, date_to)
            where.append(cond)
            args += dargs
        if entity:
            where.append("(ev.actor_id = ? OR ev.target_id = ?)")
            args += [entity, entity]
        if action:
            where.append("ev.action = ?")
            args.append(action.upper())
        rows = self.db.execute(
            f"SELECT strftime('{fmt}', date_earliest) AS bucket, action, count(*) AS n FROM (SELECT ev.date_earliest,"
            f" ev.action FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {' AND '.join(where)}"
            f" GROUP BY {_EVENT_STORY}) GROUP BY bucket, action ORDER BY bucket", args).fetchall()
        return [dict(r) for r in rows]

    def iter_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Rows for export, in a stable order."""
        queries = {
            "events": "SELECT ev.article_id, ev.idx, ev.action, ev.actor_id, ac.canonical AS actor, ev.target_id,"
                      " tg.canonical AS target, ev.place_id, pl.canonical AS place, ev.date_value, ev.date_earliest,"
                      " ev.date_latest, ev.date_source, ev.polarity, ev.modality, ev.trigger, ev.trigger_lemma,"
                      " ev.evidence_start, ev.evidence_end, ev.evidence, a.url, a.outlet, a.published, a.cluster_id"
                      " FROM events ev JOIN articles a ON a.id = ev.article_id"
                      " LEFT JOIN entities ac ON ac.entity_id = ev.actor_id LEFT JOIN entities tg ON tg.entity_id = ev.target_id"
                      " LEFT JOIN entities pl ON pl.entity_id = ev.place_id ORDER BY ev.article_id, ev.idx",
            "quotes": "SELECT q.article_id, q.idx, q.start, q.end, q.content, q.kind, q.speaker_id, e.canonical AS speaker,"
                      " q.speaker_text, q.cue, q.cue_lemma, q.source_chain, q.date_value, q.date_earliest, q.date_latest,"
                      " a.url, a.published FROM quotes q JOIN articles a ON a.id = q.article_id"
                      " LEFT JOIN entities e ON e.entity_id = q.speaker_id ORDER BY q.article_id, q.idx",
            "entities": "SELECT e.entity_id, e.canonical, e.type, count(m.article_id) AS mentions,"
                        " count(DISTINCT m.article_id) AS articles FROM entities e LEFT JOIN mentions m USING (entity_id)"
                        " GROUP BY e.entity_id ORDER BY e.entity_id",
            "articles": "SELECT id, content_hash, source, url, title, outlet, publisher, published, published_precision,"
                        " text_retained, cluster_id FROM articles ORDER BY id",
        }
        if table not in queries:
            raise StoreError(f"cannot export {table!r}; choose from {sorted(queries)}")
        for row in self.db.execute(queries[table]):
            yield dict(row)

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every fact table's content, ordered, without timestamps: for equality checks between runs."""
        out = {}
        for table in ("articles", "entities", "mentions", "timexes", "quotes", "events"):
            cols = [r[1] for r in self.db.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
            out[table] = [tuple(r) for r in self.db.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(cols)}")]
        return out


EVIDENCE_CHARS = 300  # context shown around a quote: about two sentences of news prose either side

# One fact per story: the key that makes copies of a fact in the articles of one cluster the same row.
# SQLite takes the bare columns of a min() aggregate from the row holding the minimum, so each grouped
# row shows the first article's copy (by id) with its own offsets into its own text.
_EVENT_STORY = ("coalesce(a.cluster_id, a.id), ev.action, ev.actor_id, ev.target_id, ev.place_id, ev.date_value,"
                " ev.polarity, ev.modality, CASE WHEN ev.action = 'STATEMENT' THEN ev.evidence ELSE '' END")
_QUOTE_STORY = "coalesce(a.cluster_id, a.id), q.speaker_id, q.content"


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def _eid(e: Any) -> str | None:
    return e.entity_id if e is not None else None


def _when(t: Any) -> tuple[str | None, str | None, str | None]:
    """(value, earliest, latest) of a fact's date from its time expression; None when the text gives none."""
    if t is not None:
        return t.date_value, _iso(t.earliest), _iso(t.latest)
    return None, None, None


def _overlap(lo_col: str, hi_col: str, date_from: str | None, date_to: str | None) -> tuple[str, list[str]]:
    """Rows whose [earliest, latest] interval overlaps [date_from, date_to]."""
    return f"({lo_col} <= ? AND {hi_col} >= ?)", [date_to or "9999-12-31", date_from or "0000-01-01"]

