"""Full-text search over every kind of record (FTS5 tables made in schema step 3).

Small kinds (vendors, agreements, requests, offers) are ranked by bm25. The timeline and the
notes can hold a million rows: ranking every match of a one-letter prefix costs hundreds of
milliseconds there, so they return the most recent matches (highest rowid) instead.
"""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database

KINDS = ("vendors", "agreements", "requests", "offers", "interactions", "notes")
_RANKED = {"vendors", "agreements", "requests", "offers"}

# kind -> (SELECT list joined to the record, FROM/JOIN clause, extra WHERE)
_SOURCES = {
    "vendors": (
        "v.id AS id, v.id AS vendor_id, v.name AS vendor_name, v.name AS title",
        "JOIN vendors v ON v.id = f.rowid",
        "v.deleted_at IS NULL",
    ),
    "agreements": (
        "a.id AS id, v.id AS vendor_id, v.name AS vendor_name, a.title AS title",
        "JOIN agreements a ON a.id = f.rowid JOIN vendors v ON v.id = a.vendor_id",
        "v.deleted_at IS NULL",
    ),
    "interactions": (
        "i.id AS id, v.id AS vendor_id, v.name AS vendor_name, i.kind || ' · ' || substr(i.at, 1, 10) AS title",
        "JOIN interactions i ON i.id = f.rowid JOIN vendors v ON v.id = i.vendor_id",
        "v.deleted_at IS NULL",
    ),
    "notes": (
        "n.id AS id, v.id AS vendor_id, v.name AS vendor_name, 'Note · ' || n.on_date AS title",
        "JOIN notes n ON n.id = f.rowid JOIN vendors v ON v.id = n.vendor_id",
        "v.deleted_at IS NULL",
    ),
    "requests": (
        "r.id AS id, NULL AS vendor_id, NULL AS vendor_name, r.title AS title",
        "JOIN requests r ON r.id = f.rowid",
        "1",
    ),
    "offers": (
        "o.id AS id, o.vendor_id AS vendor_id, coalesce(v.name, o.sender) AS vendor_name, "
        "'Offer for ' || r.title AS title",
        "JOIN offers o ON o.id = f.rowid JOIN requests r ON r.id = o.request_id LEFT JOIN vendors v ON v.id = o.vendor_id",
        "(v.id IS NULL OR v.deleted_at IS NULL)",
    ),
}


def search_kind(db: Database, kind: str, match: str, *, limit: int) -> list[dict[str, Any]]:
    """Matches of one kind for an FTS5 MATCH expression, best (or newest) first."""
    select, joins, where = _SOURCES[kind]
    order = "f.rank" if kind in _RANKED else "f.rowid DESC"
    return db.rows(
        f"SELECT {select}, snippet({kind}_fts, 1, '', '', '…', 10) AS snippet "
        f"FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND {where} ORDER BY {order} LIMIT ?",
        (match, limit),
    )


def all_ids(db: Database, kind: str, match: str) -> list[int]:
    """Every matching id (for tests that compare against a slow reference scan)."""
    select, joins, where = _SOURCES[kind]
    return [int(r[0]) for r in db.query(f"SELECT f.rowid FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND {where}", (match,))]
