"""SQL for follow-ups (myvendors.domain.follow_ups is the service over it): add, read, mark done,
delete; the open ones of all vendors not in the trash, by due date."""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database, now_iso
from myvendors.storage.vendors import LIVE_JOIN

_COLUMNS = "f.id, f.uid, f.vendor_id, f.agreement_id, f.due_date, f.title, f.done_at, f.created_at"


def insert_follow_up(db: Database, *, uid: str, vendor_id: int, agreement_id: int | None, due_date: str,
                     title: str) -> int:
    cur = db.execute(
        "INSERT INTO follow_ups(uid, vendor_id, agreement_id, due_date, title, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (uid, vendor_id, agreement_id, due_date, title, now_iso()),
    )
    return int(cur.lastrowid)


def get_follow_up(db: Database, follow_up_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_COLUMNS} FROM follow_ups f WHERE f.id = ?", (follow_up_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def set_done(db: Database, follow_up_id: int, done_at: str | None) -> None:
    db.execute("UPDATE follow_ups SET done_at = ? WHERE id = ?", (done_at, follow_up_id))


def delete_follow_up(db: Database, follow_up_id: int) -> None:
    db.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))


def follow_ups_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    """One vendor's follow-ups, open ones first, each by due date."""
    return db.rows(
        f"SELECT {_COLUMNS} FROM follow_ups f WHERE f.vendor_id = ? "  # nosec B608  # constant identifiers; values bound
        "ORDER BY f.done_at IS NOT NULL, f.due_date, f.id",
        (vendor_id,),
    )


def open_follow_ups(db: Database, until: str | None = None) -> list[dict[str, Any]]:
    """Open follow-ups of vendors not in the trash (due on or before `until`, an ISO date, when
    given), soonest first, with the vendor's name."""
    bound = "AND f.due_date <= ?" if until is not None else ""
    return db.rows(
        f"""SELECT {_COLUMNS}, v.name AS vendor_name FROM follow_ups f {LIVE_JOIN.format(t='f')}
            WHERE f.done_at IS NULL {bound} ORDER BY f.due_date, f.id""",  # nosec B608  # constant identifiers; values bound
        () if until is None else (until,),
    )
