"""Bulk inserts for generated data (the demo vault's big sizes): `executemany` in the caller's
transaction, with explicit ids, so a million rows take one statement per batch instead of a
Python round trip per row. The same tables, columns and triggers (FTS5 included) as the
one-row inserts in `vendors.py`, `agreements.py`, `timeline.py` and `reputation.py`; nothing is validated here: the caller
(myvendors.domain.demo) produces rows the services would accept.

Rows are tuples in the order of the `*_COLUMNS` constants below.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.agreements import AGREEMENT_FIELDS
from myvendors.storage.reputation import NOTE_FIELDS
from myvendors.storage.timeline import INTERACTION_FIELDS
from myvendors.storage.vendors import FIELDS as VENDOR_FIELDS
from myvendors.storage.vendors import sort_key

VENDOR_COLUMNS = ("id", "uid", *VENDOR_FIELDS, "created_at", "updated_at")
AGREEMENT_COLUMNS = ("uid", "vendor_id", *AGREEMENT_FIELDS, "created_at", "updated_at")
INTERACTION_COLUMNS = ("uid", "vendor_id", *INTERACTION_FIELDS, "created_at")
NOTE_COLUMNS = ("id", "uid", "vendor_id", *NOTE_FIELDS, "created_at")


def next_id(db: Database, table: str) -> int:
    """The id the next row of `table` gets (vendors, notes: the tables bulk rows name ids in)."""
    if table not in ("vendors", "notes", "interactions", "agreements"):
        raise ValueError(f"no bulk inserts into {table!r}")
    return int(db.query(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")[0][0])  # nosec B608  # table: one of the four names checked above


def _insert(db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], extra: str = "") -> None:
    if not db.in_transaction:
        raise RuntimeError("bulk inserts run inside the caller's transaction")
    marks = ", ".join("?" for _ in columns) + extra
    db.executemany(f"INSERT INTO {table}({', '.join(columns)}{', sort_name' if extra else ''}) VALUES ({marks})", rows)  # nosec B608  # constant table and columns; rows bound


def _tag_ids(db: Database, names: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(names))
    db.executemany("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING", [(n,) for n in wanted])
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for tag_id, name in db.query(f"SELECT id, name FROM tags WHERE name IN ({marks})", chunk):  # nosec B608  # only ? marks joined in; names bound
            found[str(name).casefold()] = int(tag_id)
    return {n: found[n.casefold()] for n in wanted}


def insert_vendors(db: Database, rows: Sequence[Sequence[Any]], tags: Sequence[Sequence[str]]) -> None:
    """Vendors (rows in VENDOR_COLUMNS order, ids given) and each one's tags (same order)."""
    name_at = VENDOR_COLUMNS.index("name")
    _insert(db, "vendors", VENDOR_COLUMNS, ((*row, sort_key(str(row[name_at]))) for row in rows), extra=", ?")
    ids = _tag_ids(db, (t for names in tags for t in names))
    links = [(row[0], ids[t]) for row, names in zip(rows, tags, strict=True) for t in names]
    db.executemany("INSERT OR IGNORE INTO vendor_tags(vendor_id, tag_id) VALUES (?, ?)", links)


def insert_agreements(db: Database, rows: Iterable[Sequence[Any]]) -> None:
    _insert(db, "agreements", AGREEMENT_COLUMNS, rows)


def insert_interactions(db: Database, rows: Iterable[Sequence[Any]]) -> None:
    _insert(db, "interactions", INTERACTION_COLUMNS, rows)


def insert_notes(db: Database, rows: Sequence[Sequence[Any]], tags: Sequence[Sequence[str]]) -> None:
    """Notes (rows in NOTE_COLUMNS order, ids given) and each one's tags (same order)."""
    _insert(db, "notes", NOTE_COLUMNS, rows)
    ids = _tag_ids(db, (t for names in tags for t in names))
    links = [(row[0], ids[t]) for row, names in zip(rows, tags, strict=True) for t in names]
    db.executemany("INSERT OR IGNORE INTO note_tags(note_id, tag_id) VALUES (?, ?)", links)
