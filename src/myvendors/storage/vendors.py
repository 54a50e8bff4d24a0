"""SQL for vendors and their tags (myvendors.domain.vendors is the service over it)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso

COLUMNS = "id, uid, name, website, category, email, phone, address, notes, status, created_at, updated_at, deleted_at"
FIELDS = ("name", "website", "category", "email", "phone", "address", "notes", "status")
#: Joined to a record table aliased `{t}`, keeps only rows of vendors not in the trash (the
#: agreements, timeline, reputation and insights listings across vendors use it). CROSS JOIN keeps
#: the record table as the outer loop, so its own index (e.g. timeline order) drives the query.
#: With a plain JOIN and no statistics, SQLite started from `vendors_live` and sorted a million
#: rows per page (40–110 ms; 1.7 ms this way: tests/bench/bench_domain.py).
LIVE_JOIN = "CROSS JOIN vendors v ON v.id = {t}.vendor_id AND v.deleted_at IS NULL"
_TAGS = (
    "(SELECT group_concat(name, char(31)) FROM (SELECT tags.name FROM vendor_tags JOIN tags ON tags.id = "
    "vendor_tags.tag_id WHERE vendor_tags.vendor_id = vendors.id ORDER BY tags.name COLLATE NOCASE)) AS tags"
)
# Each sort: its key columns and whether it runs newest/last first. Keys are (column, id) pairs.
_ORDER = {
    "name": ("sort_name", False),
    "-name": ("sort_name", True),
    "updated": ("updated_at", True),
    "created": ("created_at", True),
}
SORTS = tuple(_ORDER)


def sort_key(name: str) -> str:
    """The one fold names are compared and sorted by: case- and accent-folded ("Émile" -> "emile"),
    compatibility forms unified, invisible format characters (zero-width spaces and joiners, soft
    hyphens, direction marks) dropped, and white space of any kind and length made one space, none
    at the ends ("Velo  Works " -> "velo works"). Two names with the same fold look alike to a person."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return " ".join(kept.split())


def insert(db: Database, *, uid: str, values: dict[str, Any]) -> int:
    stamp = now_iso()
    cur = db.execute(
        f"INSERT INTO vendors(uid, {', '.join(FIELDS)}, sort_name, created_at, updated_at) "  # nosec B608  # constant identifiers (_ORDER); values bound
        f"VALUES (?, {', '.join('?' for _ in FIELDS)}, ?, ?, ?)",
        (uid, *(values.get(f) for f in FIELDS), sort_key(str(values.get("name") or "")), stamp, stamp),
    )
    return int(cur.lastrowid)


def update(db: Database, vendor_id: int, values: dict[str, Any]) -> None:
    changes = {k: v for k, v in values.items() if k in FIELDS}
    if not changes:
        return
    if "name" in changes:
        changes["sort_name"] = sort_key(str(changes["name"]))
    assignments = ", ".join(f"{k} = ?" for k in changes)
    db.execute(f"UPDATE vendors SET {assignments}, updated_at = ? WHERE id = ?", (*changes.values(), now_iso(), vendor_id))  # nosec B608  # keys filtered to FIELDS; values bound


def set_tags(db: Database, vendor_id: int, tags: Sequence[str]) -> None:
    db.execute("DELETE FROM vendor_tags WHERE vendor_id = ?", (vendor_id,))
    for tag in tags:
        db.execute("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING", (tag,))
        db.execute(
            "INSERT OR IGNORE INTO vendor_tags(vendor_id, tag_id) SELECT ?, id FROM tags WHERE name = ?", (vendor_id, tag)
        )


def get(db: Database, vendor_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE id = ?", (vendor_id,))  # nosec B608  # constant identifiers (_ORDER); values bound
    return rows[0] if rows else None


def _filters(status: str | None, tag: str | None, trashed: bool) -> tuple[list[str], list[Any]]:
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
    return where, params


def page(
    db: Database,
    *,
    limit: int,
    offset_key: tuple[Any, int] | None = None,
    sort: str = "name",
    status: str | None = None,
    tag: str | None = None,
    trashed: bool = False,
    backward: bool = False,
    skip: int = 0,
    from_end: bool = False,
) -> list[dict[str, Any]]:
    """One page of vendors in `sort` order, keyset-paged on (sort key, id).

    `offset_key` is the (key, id) of the row next to the page: the page follows it, or with
    `backward` precedes it. For a name sort the key may be the name itself (it is folded here).
    A jump to a position without a neighbour uses `skip` rows, counted from the start or, with
    `from_end`, from the end, so no jump walks more than half the list. Rows always come back in
    `sort` order.
    """
    column, descending = _ORDER[sort]
    where, params = _filters(status, tag, trashed)
    reverse = backward or from_end  # walk the index the other way, then put the page back in order
    if offset_key is not None:
        key, last_id = offset_key
        if column == "sort_name":
            key = sort_key(str(key))
        goes_down = descending != backward
        where.append(f"({column}, id) {'<' if goes_down else '>'} (?, ?)")
        params.extend([key, last_id])
    direction = "DESC" if descending != reverse else "ASC"
    sql = (
        f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE {' AND '.join(where)} "  # nosec B608  # constant identifiers (_ORDER); values bound
        f"ORDER BY {column} {direction}, id {direction} LIMIT ? OFFSET ?"
    )
    rows = db.rows(sql, (*params, limit, skip))
    return rows[::-1] if reverse else rows


def position(
    db: Database,
    *,
    key: tuple[Any, int],
    sort: str = "name",
    status: str | None = None,
    tag: str | None = None,
    trashed: bool = False,
) -> int:
    """How many rows of the list sort before the row with this (key, id): its position."""
    column, descending = _ORDER[sort]
    where, params = _filters(status, tag, trashed)
    value, row_id = key
    if column == "sort_name":
        value = sort_key(str(value))
    where.append(f"({column}, id) {'>' if descending else '<'} (?, ?)")
    return int(db.query(f"SELECT count(*) FROM vendors WHERE {' AND '.join(where)}", (*params, value, row_id))[0][0])  # nosec B608  # constant identifiers (_ORDER); values bound


def count(db: Database, *, trashed: bool = False, status: str | None = None, tag: str | None = None) -> int:
    """How many vendors the list holds: from the counts kept per (trash, status) unless a tag filters."""
    if not tag:
        rows = db.query(
            "SELECT coalesce(sum(n), 0) FROM vendor_counts WHERE trashed = ? AND status = coalesce(?, status)",
            (int(trashed), status or None),
        )
        return int(rows[0][0])
    # A tag's vendors from the (tag_id, vendor_id) index: the count costs the tag's size.
    where, params = _filters(status, None, trashed)
    where.append("id IN (SELECT vendor_id FROM vendor_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?))")
    return int(db.query(f"SELECT count(*) FROM vendors WHERE {' AND '.join(where)}", (*params, tag))[0][0])  # nosec B608  # constant identifiers (_ORDER); values bound


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
        for row in db.query(f"SELECT id, name FROM vendors WHERE id IN ({marks})", chunk):  # nosec B608  # only ? marks joined in; ids bound
            found[int(row[0])] = str(row[1])
    return found


def recent_names(db: Database, limit: int) -> list[str]:
    """The names of the `limit` live vendors added last (the primary key's order: no sort, no scan)."""
    rows = db.query("SELECT name FROM vendors WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ?", (limit,))
    return [str(r[0]) for r in rows]


def all_tags(db: Database) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def page_by_id(db: Database, *, after_id: int, limit: int) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {COLUMNS}, {_TAGS} FROM vendors WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?",  # nosec B608  # constant identifiers (_ORDER); values bound
        (after_id, limit),
    )
