"""SQL for agreements (myvendors.domain.agreements is the service over it): one vendor's, all
of them, and those whose renewal or cancel-by date falls in a range.

Rows of vendors in the trash are left out of every listing across vendors (`LIVE_JOIN`, the join
on `vendors.deleted_at`), so trashing a vendor hides its records at once and restoring brings them back.
"""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database, now_iso
from myvendors.storage.vendors import LIVE_JOIN

AGREEMENT_FIELDS = (
    "kind", "title", "price_minor", "currency", "period", "start_date", "end_date", "renewal_date",
    "cancel_by_date", "notice_days", "notes", "trial_end_date", "reference",
)
_AGREEMENT_COLUMNS = "a.id, a.uid, a.vendor_id, " + ", ".join(f"a.{f}" for f in AGREEMENT_FIELDS) + ", a.created_at, a.updated_at"


def insert_agreement(db: Database, *, uid: str, vendor_id: int, values: dict[str, Any]) -> int:
    stamp = now_iso()
    cur = db.execute(
        f"INSERT INTO agreements(uid, vendor_id, {', '.join(AGREEMENT_FIELDS)}, created_at, updated_at) "  # nosec B608  # columns: AGREEMENT_FIELDS; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in AGREEMENT_FIELDS)}, ?, ?)",
        (uid, vendor_id, *(values.get(f) for f in AGREEMENT_FIELDS), stamp, stamp),
    )
    return int(cur.lastrowid)


def update_agreement(db: Database, agreement_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"{f} = ?" for f in AGREEMENT_FIELDS)
    db.execute(
        f"UPDATE agreements SET {assignments}, updated_at = ? WHERE id = ?",  # nosec B608  # columns: AGREEMENT_FIELDS; values bound
        (*(values.get(f) for f in AGREEMENT_FIELDS), now_iso(), agreement_id),
    )


def delete_agreement(db: Database, agreement_id: int) -> None:
    db.execute("DELETE FROM agreements WHERE id = ?", (agreement_id,))


def get_agreement(db: Database, agreement_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_AGREEMENT_COLUMNS} FROM agreements a WHERE a.id = ?", (agreement_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def agreements_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {_AGREEMENT_COLUMNS} FROM agreements a WHERE a.vendor_id = ? ORDER BY a.title COLLATE NOCASE, a.id",  # nosec B608  # constant identifiers; values bound
        (vendor_id,),
    )


def all_agreements(db: Database) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {_AGREEMENT_COLUMNS}, v.name AS vendor_name FROM agreements a {LIVE_JOIN.format(t='a')} ORDER BY a.id"  # nosec B608  # constant identifiers; values bound
    )


def due_between(db: Database, first: str, last: str) -> list[dict[str, Any]]:
    """Agreements whose renewal or cancel-by date falls in [first, last] (ISO dates), soonest first."""
    return db.rows(
        f"""SELECT {_AGREEMENT_COLUMNS}, v.name AS vendor_name, 'cancel-by' AS what, a.cancel_by_date AS due
            FROM agreements a {LIVE_JOIN.format(t='a')} WHERE a.cancel_by_date BETWEEN ? AND ?
            UNION ALL
            SELECT {_AGREEMENT_COLUMNS}, v.name AS vendor_name, 'renews' AS what, a.renewal_date AS due
            FROM agreements a {LIVE_JOIN.format(t='a')} WHERE a.renewal_date BETWEEN ? AND ?
            ORDER BY due, what DESC, 1""",  # nosec B608  # constant identifiers; values bound
        (first, last, first, last),
    )
