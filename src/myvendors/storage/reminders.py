"""SQL for reminders (myvendors.domain.reminders is the service over it): the dated things a
reminder can be about — agreements' renewal, cancel-by and free-trial end, offers' valid-until on
open requests, open follow-ups — in a range of dates, and which reminder was shown or dismissed.

Vendors in the trash are left out (`LIVE_JOIN`); an offer from a sender that is no vendor of the
vault is kept, with the sender's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.vendors import LIVE_JOIN

_AGREEMENT_DATE = """SELECT '{what}' AS what, a.{column} AS on_date, a.id AS record_id, a.uid AS uid,
       a.vendor_id AS vendor_id, v.name AS vendor_name, a.title AS title, NULL AS request_id
    FROM agreements a {join} WHERE a.{column} BETWEEN ? AND ?"""


def dated(db: Database, first: str, last: str, *, overdue_from: str | None = None) -> list[dict[str, Any]]:
    """Every dated thing in [first, last] (ISO dates) — open follow-ups from `overdue_from` when
    given — with keys what, on_date, record_id, uid, vendor_id, vendor_name, title, request_id; by
    date, then what, then record."""
    join = LIVE_JOIN.format(t="a")
    parts = [
        _AGREEMENT_DATE.format(what=what, column=column, join=join)
        for what, column in (("renewal", "renewal_date"), ("cancel-by", "cancel_by_date"),
                             ("trial-end", "trial_end_date"))
    ]
    parts.append(
        """SELECT 'offer-expires' AS what, o.valid_until AS on_date, o.id AS record_id, o.uid AS uid,
               o.vendor_id AS vendor_id, coalesce(v.name, o.sender, '') AS vendor_name, r.title AS title,
               r.id AS request_id
           FROM offers o JOIN requests r ON r.id = o.request_id AND r.status = 'open'
           LEFT JOIN vendors v ON v.id = o.vendor_id
           WHERE o.accepted = 0 AND o.valid_until BETWEEN ? AND ? AND v.deleted_at IS NULL"""
    )
    parts.append(
        f"""SELECT 'follow-up' AS what, f.due_date AS on_date, f.id AS record_id, f.uid AS uid,
               f.vendor_id AS vendor_id, v.name AS vendor_name, f.title AS title, NULL AS request_id
           FROM follow_ups f {LIVE_JOIN.format(t='f')} WHERE f.done_at IS NULL AND f.due_date BETWEEN ? AND ?"""  # nosec B608  # constant identifiers; values bound
    )
    sql = "\nUNION ALL\n".join(parts) + "\nORDER BY on_date, what, record_id"
    return db.rows(sql, (first, last) * (len(parts) - 1) + (overdue_from or first, last))


def seen(db: Database, keys: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
    """{key: (shown_at, dismissed_at)} for those of `keys` that were shown or dismissed."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start:start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in db.rows(f"SELECT key, shown_at, dismissed_at FROM reminders_seen WHERE key IN ({marks})", chunk):  # nosec B608  # placeholders only; values bound
            found[row["key"]] = (row["shown_at"], row["dismissed_at"])
    return found


def mark_shown(db: Database, keys: Iterable[str], at: str) -> None:
    """Record that these reminders were shown at `at` (a first showing is kept)."""
    for key in keys:
        db.execute(
            "INSERT INTO reminders_seen(key, shown_at) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET shown_at = coalesce(shown_at, excluded.shown_at)",
            (key, at),
        )


def dismiss(db: Database, key: str, at: str | None) -> None:
    """Dismiss a reminder at `at` (None: not dismissed any more)."""
    db.execute(
        "INSERT INTO reminders_seen(key, shown_at, dismissed_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET dismissed_at = excluded.dismissed_at, "
        "shown_at = coalesce(shown_at, excluded.shown_at)",
        (key, at, at),
    )

