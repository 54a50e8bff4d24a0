"""Full-text search over every kind of record (FTS5 tables made in schema step 3).

Small kinds (vendors, agreements, requests, offers) are ranked by bm25. The timeline and the
notes can hold a million rows: ranking every match of a one-letter prefix costs hundreds of
milliseconds there, so they return the most recent matches (highest rowid) instead.

FTS5 keeps prefix indexes for 2 and 3 letters only: a longer prefix ("paym"*) or a single letter
makes it merge the whole doclist of every term it covers before the first row comes out (472k
timeline rows for "paym", 30-40 ms). `terms_with_prefix` lists those terms instead, through an
`fts5vocab` table in the connection's temp schema (nothing is stored in the vault): stepping
from term to term is a seek each, so the caller can ask for the terms themselves, which FTS5
reads lazily, newest first, and stops after the rows it needs.
"""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database

KINDS = ("vendors", "agreements", "requests", "offers", "interactions", "notes")
_RANKED = {"vendors", "agreements", "requests", "offers"}
#: kind -> its index columns, one per field (tags: its tags' names), as the newest schema step made
#: them (step 8 keeps its own frozen copy). The first column of vendors, agreements and requests
#: names the record.
COLUMNS: dict[str, tuple[str, ...]] = {
    "vendors": ("name", "website", "category", "email", "phone", "address", "notes", "tags"),
    "agreements": ("title", "kind", "notes", "currency"),
    "interactions": ("kind", "channel", "note"),
    "notes": ("text", "author", "tags"),
    "requests": ("title", "description", "category", "location", "conditions"),
    "offers": ("sender", "conditions"),
}
#: the column that names the record, for the kinds that have one (what a single letter searches)
TITLE_COLUMNS = {"vendors": "name", "agreements": "title", "requests": "title"}
#: put around each matched word in `marked_*` columns: private-use characters, which her data does
#: not hold (and which are taken out of it before marking, see `domain.search`)
MARK_START, MARK_END = "\ue000", "\ue001"
SNIPPET_TOKENS = 12

# kind -> (SELECT list joined to the record, FROM/JOIN clause, extra WHERE). Beside the id, the
# vendor and a plain title, every kind gives the same facts for a sentence about the hit: `what`
# (a kind, category, author or status), an amount (`minor`, `currency`), a `period` and a date (`on`).
_SOURCES = {
    "vendors": (
        "v.id AS id, v.id AS vendor_id, v.name AS vendor_name, v.name AS title, v.category AS what, "
        "NULL AS minor, NULL AS currency, NULL AS period, NULL AS \"on\", NULL AS request_id",
        "JOIN vendors v ON v.id = f.rowid",
        "v.deleted_at IS NULL",
    ),
    "agreements": (
        "a.id AS id, v.id AS vendor_id, v.name AS vendor_name, a.title AS title, a.kind AS what, "
        "a.price_minor AS minor, a.currency AS currency, a.period AS period, a.renewal_date AS \"on\", NULL AS request_id",
        "JOIN agreements a ON a.id = f.rowid JOIN vendors v ON v.id = a.vendor_id",
        "v.deleted_at IS NULL",
    ),
    "interactions": (
        "i.id AS id, v.id AS vendor_id, v.name AS vendor_name, i.kind || ' · ' || substr(i.at, 1, 10) AS title, "
        "i.kind AS what, i.amount_minor AS minor, i.currency AS currency, NULL AS period, i.at AS \"on\", NULL AS request_id",
        "JOIN interactions i ON i.id = f.rowid JOIN vendors v ON v.id = i.vendor_id",
        "v.deleted_at IS NULL",
    ),
    "notes": (
        "n.id AS id, v.id AS vendor_id, v.name AS vendor_name, 'Note · ' || n.on_date AS title, n.author AS what, "
        "NULL AS minor, NULL AS currency, NULL AS period, n.on_date AS \"on\", NULL AS request_id",
        "JOIN notes n ON n.id = f.rowid JOIN vendors v ON v.id = n.vendor_id",
        "v.deleted_at IS NULL",
    ),
    "requests": (
        "r.id AS id, NULL AS vendor_id, NULL AS vendor_name, r.title AS title, r.status AS what, "
        "NULL AS minor, NULL AS currency, NULL AS period, r.needed_by AS \"on\", r.id AS request_id",
        "JOIN requests r ON r.id = f.rowid",
        "1",
    ),
    "offers": (
        "o.id AS id, o.vendor_id AS vendor_id, coalesce(v.name, o.sender) AS vendor_name, "
        "'Offer for ' || r.title AS title, r.title AS what, o.price_minor AS minor, o.currency AS currency, "
        "NULL AS period, o.received_at AS \"on\", o.request_id AS request_id",
        "JOIN offers o ON o.id = f.rowid JOIN requests r ON r.id = o.request_id LEFT JOIN vendors v ON v.id = o.vendor_id",
        "(v.id IS NULL OR v.deleted_at IS NULL)",
    ),
}


def _marked(kind: str) -> str:
    """One column per field: its best fragment with the matched words marked (FTS5 `snippet`).
    A field without a match comes back without marks; the caller takes the first that has them."""
    return ", ".join(
        f"snippet({kind}_fts, {n}, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS}) AS marked_{column}"
        for n, column in enumerate(COLUMNS[kind])
    )


def _vocab(db: Database, kind: str) -> str:
    """The temp fts5vocab table over `kind`'s index (made on first use on this connection)."""
    name = f"{kind}_fts_terms"
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} USING fts5vocab(main, {kind}_fts, instance)")
    return f"temp.{name}"


def terms_with_prefix(db: Database, kind: str, prefix: str, *, cap: int) -> list[str] | None:
    """The indexed terms of `kind` that start with `prefix` (an index-form term: folded, lower
    case), in order; None when there are more than `cap`. One seek per term: the "instance"
    vocabulary steps lazily, and starting just above the last term found skips its doclist."""
    table = _vocab(db, kind)
    high = prefix + "\U0010ffff"
    terms: list[str] = []
    low = prefix
    while True:
        row = db.query(f"SELECT term FROM {table} WHERE term >= ? AND term < ? LIMIT 1", (low, high))  # nosec B608  # table named from KINDS; values bound
        if not row:
            return terms
        if len(terms) == cap:
            return None
        terms.append(row[0][0])
        low = row[0][0] + "\x01"  # tokens hold no control characters: the next term is >= this


def search_kind(db: Database, kind: str, match: str, *, limit: int) -> list[dict[str, Any]]:
    """Matches of one kind for an FTS5 MATCH expression, best (or newest) first."""
    select, joins, where = _SOURCES[kind]
    order = "f.rank" if kind in _RANKED else "f.rowid DESC"
    return db.rows(
        f"SELECT {select}, {_marked(kind)} "  # nosec B608  # kind is one of KINDS; values bound
        f"FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND {where} ORDER BY {order} LIMIT ?",
        (match, limit),
    )


def newest_texts(db: Database, kind: str, match: str, *, before: int | None, limit: int) -> list[tuple[int, str]]:
    """(id, every indexed field's text) of the newest matches below `before` (keyset paging, newest first)."""
    _, joins, where = _SOURCES[kind]
    text = "concat_ws(' ', " + ", ".join(f"f.{column}" for column in COLUMNS[kind]) + ")"
    below = "" if before is None else " AND f.rowid < ?"
    params: tuple[Any, ...] = (match, limit) if before is None else (match, before, limit)
    return [(int(r[0]), r[1] or "") for r in db.query(
        f"SELECT f.rowid, {text} FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND {where}{below} "  # nosec B608  # kind is one of KINDS; values bound
        "ORDER BY f.rowid DESC LIMIT ?",
        params,
    )]


def search_ids(db: Database, kind: str, match: str, ids: list[int]) -> list[dict[str, Any]]:
    """`search_kind`'s rows for the given ids (which match `match`), newest first."""
    if not ids:
        return []
    select, joins, where = _SOURCES[kind]
    marks = ", ".join("?" * len(ids))
    return db.rows(
        f"SELECT {select}, {_marked(kind)} "  # nosec B608  # kind is one of KINDS; values bound
        f"FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND f.rowid IN ({marks}) AND {where} ORDER BY f.rowid DESC",
        (match, *ids),
    )


def all_ids(db: Database, kind: str, match: str) -> list[int]:
    """Every matching id (for tests that compare against a slow reference scan)."""
    _, joins, where = _SOURCES[kind]
    return [int(r[0]) for r in db.query(f"SELECT f.rowid FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND {where}", (match,))]  # nosec B608  # kind is one of KINDS; values bound
