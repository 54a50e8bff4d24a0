"""SQL for leak canaries (myvendors.domain.leaks is the service over it): aliases, an address or
phone number given to one vendor only, and leaks, each time someone else used one.

Listings across vendors leave out vendors in the trash (`LIVE_JOIN`), as the timeline does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso
from myvendors.storage.vendors import LIVE_JOIN

_ALIAS_COLUMNS = ("a.id, a.uid, a.vendor_id, a.kind, a.address, a.address_key, a.package_id, a.field, a.note, "
                  "a.created_at, a.retired_at, v.name AS vendor_name, "
                  "(SELECT count(*) FROM leaks l WHERE l.alias_id = a.id) AS leaks, "
                  "(SELECT count(*) FROM leaks l WHERE l.alias_id = a.id AND l.closed_at IS NULL) AS open_leaks")
_ALIAS_FROM = "aliases a JOIN vendors v ON v.id = a.vendor_id"
_LEAK_COLUMNS = ("l.id, l.uid, l.alias_id, l.vendor_id, l.seen_on, l.used_by, l.subject, l.how, l.channel, "
                 "l.evidence_sha256, l.note, l.recorded_at, l.closed_at, a.address AS alias_address, "
                 "a.kind AS alias_kind, a.package_id AS alias_package_id, a.field AS alias_field, "
                 "a.created_at AS alias_created_at, v.name AS vendor_name")
_LEAK_FROM = "leaks l JOIN aliases a ON a.id = l.alias_id JOIN vendors v ON v.id = l.vendor_id"


# -- aliases ---------------------------------------------------------------------------------------
def insert_alias(db: Database, *, uid: str, vendor_id: int, kind: str, address: str, address_key: str,
                 package_id: str | None, field: str | None, note: str) -> int:
    cur = db.execute(
        "INSERT INTO aliases(uid, vendor_id, kind, address, address_key, package_id, field, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, vendor_id, kind, address, address_key, package_id, field, note, now_iso()),
    )
    return int(cur.lastrowid)


def get_alias(db: Database, alias_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_ALIAS_COLUMNS} FROM {_ALIAS_FROM} WHERE a.id = ?", (alias_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def aliases_by_keys(db: Database, keys: Sequence[str]) -> list[dict[str, Any]]:
    """The aliases whose normal form is one of `keys` (over the unique index on address_key)."""
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    return db.rows(
        f"SELECT {_ALIAS_COLUMNS} FROM {_ALIAS_FROM} WHERE a.address_key IN ({marks}) ORDER BY a.id",  # nosec B608  # constant identifiers; values bound
        tuple(keys),
    )


def aliases(db: Database, vendor_id: int | None = None) -> list[dict[str, Any]]:
    """One vendor's aliases, or those of every vendor not in the trash (by vendor name), oldest first."""
    if vendor_id is not None:
        return db.rows(
            f"SELECT {_ALIAS_COLUMNS} FROM {_ALIAS_FROM} WHERE a.vendor_id = ? ORDER BY a.created_at, a.id",  # nosec B608  # constant identifiers; values bound
            (vendor_id,),
        )
    return db.rows(
        f"SELECT {_ALIAS_COLUMNS} FROM {_ALIAS_FROM} WHERE v.deleted_at IS NULL "  # nosec B608  # constant identifiers; values bound
        "ORDER BY v.sort_name, a.created_at, a.id"
    )


def delete_alias(db: Database, alias_id: int) -> None:
    db.execute("DELETE FROM aliases WHERE id = ?", (alias_id,))


def set_retired(db: Database, alias_id: int, retired_at: str | None) -> None:
    db.execute("UPDATE aliases SET retired_at = ? WHERE id = ?", (retired_at, alias_id))


def set_alias_package(db: Database, alias_id: int, package_id: str, field: str | None) -> None:
    db.execute("UPDATE aliases SET package_id = ?, field = ? WHERE id = ?", (package_id, field, alias_id))


# -- leaks ------------------------------------------------------------------------------------------
def insert_leak(db: Database, *, uid: str, alias_id: int, vendor_id: int, seen_on: str, used_by: str, subject: str,
                how: str, channel: str, evidence: str | None, evidence_sha256: str | None, note: str) -> int:
    cur = db.execute(
        "INSERT INTO leaks(uid, alias_id, vendor_id, seen_on, used_by, subject, how, channel, evidence, "
        "evidence_sha256, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, alias_id, vendor_id, seen_on, used_by, subject, how, channel, evidence, evidence_sha256, note, now_iso()),
    )
    return int(cur.lastrowid)


def get_leak(db: Database, leak_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_LEAK_COLUMNS} FROM {_LEAK_FROM} WHERE l.id = ?", (leak_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def evidence(db: Database, leak_id: int) -> str | None:
    rows = db.query("SELECT evidence FROM leaks WHERE id = ?", (leak_id,))
    return None if not rows or rows[0][0] is None else str(rows[0][0])


def leak_with_evidence(db: Database, alias_id: int, sha256: str) -> int | None:
    """The leak already recorded for this alias from headers with this SHA-256, if any."""
    rows = db.query("SELECT id FROM leaks WHERE alias_id = ? AND evidence_sha256 = ?", (alias_id, sha256))
    return int(rows[0][0]) if rows else None


def leaks(db: Database, *, vendor_id: int | None = None, open_only: bool = False) -> list[dict[str, Any]]:
    """One vendor's leaks, or those of every vendor not in the trash; newest first."""
    where = ["l.closed_at IS NULL"] if open_only else []
    params: list[Any] = []
    if vendor_id is not None:
        where.append("l.vendor_id = ?")
        params.append(vendor_id)
    else:
        where.append("v.deleted_at IS NULL")
    return db.rows(
        f"SELECT {_LEAK_COLUMNS} FROM {_LEAK_FROM} WHERE {' AND '.join(where)} "  # nosec B608  # constant identifiers; values bound
        "ORDER BY l.seen_on DESC, l.id DESC",
        tuple(params),
    )


def set_closed(db: Database, leak_id: int, closed_at: str | None) -> None:
    db.execute("UPDATE leaks SET closed_at = ? WHERE id = ?", (closed_at, leak_id))


def counts_of(db: Database, vendor_id: int) -> tuple[int, int]:
    """(leaks, open leaks) of one vendor, over its index."""
    row = db.query(
        "SELECT count(*), count(*) FILTER (WHERE closed_at IS NULL) FROM leaks WHERE vendor_id = ?", (vendor_id,)
    )[0]
    return int(row[0]), int(row[1] or 0)


def open_by_vendor(db: Database) -> list[dict[str, Any]]:
    """Per vendor not in the trash with open leaks: its id, name and how many, most first."""
    return db.rows(
        f"SELECT l.vendor_id, v.name AS vendor_name, count(*) AS n FROM leaks l {LIVE_JOIN.format(t='l')} "  # nosec B608  # constant identifiers; values bound
        "WHERE l.closed_at IS NULL GROUP BY l.vendor_id ORDER BY n DESC, v.sort_name"
    )


def counts_by_vendor(db: Database) -> list[dict[str, Any]]:
    """Per vendor with leaks: its id, its leaks and how many are open (one pass over the few leaks)."""
    return db.rows(
        "SELECT vendor_id, count(*) AS n, count(*) FILTER (WHERE closed_at IS NULL) AS open FROM leaks GROUP BY vendor_id"
    )


def alias_count(db: Database, vendor_id: int) -> int:
    return int(db.query("SELECT count(*) FROM aliases WHERE vendor_id = ?", (vendor_id,))[0][0])
