"""SQL for vendor records (the domain service in myvendors.domain.vendors wraps it)."""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database, now_iso

_COLUMNS = "id, uid, name, website, notes, created_at, updated_at"


def insert(db: Database, *, uid: str, name: str, website: str | None, notes: str) -> tuple[Any, ...]:
    stamp = now_iso()
    cur = db.execute(
        "INSERT INTO vendors(uid, name, website, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (uid, name, website, notes, stamp, stamp),
    )
    return (cur.lastrowid, uid, name, website, notes, stamp, stamp)


def get(db: Database, vendor_id: int) -> tuple[Any, ...] | None:
    rows = db.query(f"SELECT {_COLUMNS} FROM vendors WHERE id = ?", (vendor_id,))
    return rows[0] if rows else None


def list_all(db: Database, *, limit: int = 200, after_id: int = 0) -> list[tuple[Any, ...]]:
    return db.query(f"SELECT {_COLUMNS} FROM vendors WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit))


def count(db: Database) -> int:
    return int(db.query("SELECT count(*) FROM vendors")[0][0])
