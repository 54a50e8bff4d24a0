"""SQL for vendors and their tags (myvendors.domain.vendors is the service over it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso

COLUMNS = "id, uid, name, website, category, email, phone, address, notes, status, created_at, updated_at, deleted_at"
FIELDS = ("name", "website", "category", "email", "phone", "address", "notes", "status")
_TAGS = (
    "(SELECT group_concat(name, char(31)) FROM (SELECT tags.name FROM vendor_tags JOIN tags ON tags.id = "
    "vendor_tags.tag_id WHERE vendor_tags.vendor_id = vendors.id ORDER BY tags.name COLLATE NOCASE)) AS tags"
)
SORTS = {
    "name": "name COLLATE NOCASE, id",
    "-name": "name COLLATE NOCASE DESC, id DESC",
    "updated": "updated_at DESC, id DESC",
    "created": "created_at DESC, id DESC",
}


def insert(db: Database, *, uid: str, values: dict[str, Any]) -> int:
    stamp = now_iso()
    cur = db.execute(
        f"INSERT INTO vendors(uid, {', '.join(FIELDS)}, created_at, updated_at) "
        f"VALUES (?, {', '.join('?' for _ in FIELDS)}, ?, ?)",
        (uid, *(values.get(f) for f in FIELDS), stamp, stamp),
    )
    return int(cur.lastrowid)


def update(db: Database, vendor_id: int, values: dict[str, Any]) -> None:
    changes = {k: v for k, v in values.items() if k in FIELDS}
    if not changes:
        return
    assignments = ", ".join(f"{k} = ?" for k in changes)
    db.execute(f"UPDATE vendors SET {assignments}, updated_at = ? WHERE id = ?", (*changes.values(), now_iso(), vendor_id))


def set_tags(db: Database, vendor_id: int, tags: Sequence[str]) -> None:
    db.execute("DELETE FROM vendor_tags WHERE vendor_id = ?", (vendor_id,))
    for tag in tags:
        db.execute("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING", (tag,))
        db.execute(
            "INSERT OR IGNORE INTO vendor_tags(vendor_id, tag_id) SELECT ?, id FROM tags WHERE name = ?", (vendor_id, tag)
        )


def get(db: Database, vendor_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE id = ?", (vendor_id,))
    return rows[0] if rows else None


def get_by_uid(db: Database, uid: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE uid = ?", (uid,))
    return rows[0] if rows else None


def page(
    db: Database,
    *,
    limit: int,
    offset_key: tuple[Any, int] | None = None,
    sort: str = "name",
    status: str | None = None,
    tag: str | None = None,
    trashed: bool = False,
) -> list[dict[str, Any]]:
    """One page of vendors, keyset-paged on (sort key, id): never OFFSET."""
    where = ["deleted_at IS NOT NULL" if trashed else "deleted_at IS NULL"]
    params: list[Any] = []
    if status:
        where.append("status = ?")
        params.append(status)
    if tag:
        where.append(
            "EXISTS (SELECT 1 FROM vendor_tags JOIN tags ON tags.id = vendor_tags.tag_id "
            "WHERE vendor_tags.vendor_id = vendors.id AND tags.name = ?)"
        )
        params.append(tag)
    if offset_key is not None:
        key, last_id = offset_key
        if sort == "name":
            where.append("(name COLLATE NOCASE, id) > (?, ?)")
        elif sort == "-name":
            where.append("(name COLLATE NOCASE, id) < (?, ?)")
        else:
            column = "updated_at" if sort == "updated" else "created_at"
            where.append(f"({column}, id) < (?, ?)")
        params.extend([key, last_id])
    sql = f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE {' AND '.join(where)} ORDER BY {SORTS[sort]} LIMIT ?"
    return db.rows(sql, (*params, limit))


def count(db: Database, *, trashed: bool = False) -> int:
    condition = "deleted_at IS NOT NULL" if trashed else "deleted_at IS NULL"
    return int(db.query(f"SELECT count(*) FROM vendors WHERE {condition}")[0][0])


def set_deleted(db: Database, vendor_id: int, deleted_at: str | None) -> None:
    db.execute("UPDATE vendors SET deleted_at = ? WHERE id = ?", (deleted_at, vendor_id))


def purge(db: Database, vendor_id: int) -> None:
    db.execute("DELETE FROM vendors WHERE id = ?", (vendor_id,))


def identities(db: Database) -> list[tuple[int, str, str | None]]:
    """(id, name, website) of every live vendor, for duplicate detection."""
    return [(int(r[0]), str(r[1]), r[2]) for r in db.query("SELECT id, name, website FROM vendors WHERE deleted_at IS NULL")]


def names(db: Database, vendor_ids: Sequence[int]) -> dict[int, str]:
    """{id: name} of the vendors asked for (in the trash or not); unknown ids are left out."""
    found: dict[int, str] = {}
    ids = list(dict.fromkeys(vendor_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"SELECT id, name FROM vendors WHERE id IN ({marks})", chunk):
            found[int(row[0])] = str(row[1])
    return found


def all_tags(db: Database) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def page_by_id(db: Database, *, after_id: int, limit: int) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?",
        (after_id, limit),
    )
