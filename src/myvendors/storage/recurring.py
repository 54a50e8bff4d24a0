"""SQL for recurring charges (myvendors.domain.recurring is the service over it): the payments in
order per vendor and currency, the vendors' uids and names, and her decisions about series.

The payments are read through the partial index `interactions_payments` (vendor, currency, at,
amount; money she paid only: storage.timeline.PAID), which covers the query: a million payments are read
from the index alone, already grouped and in order, without touching the table's rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from myvendors.storage.db import Database, now_iso
from myvendors.storage.timeline import PAID

# The day of an interaction's `at` (UTC ISO) as a proleptic Gregorian ordinal (date.toordinal()):
# computed by SQLite, so Python does not parse a million dates.
_ORDINAL = "CAST(julianday(substr(i.at, 1, 10)) - 1721424.5 AS INTEGER)"
_LIVE = "i.vendor_id NOT IN (SELECT id FROM vendors WHERE deleted_at IS NOT NULL)"
_BATCH = 500


def payment_groups(db: Database, vendor_id: int | None = None) -> Iterator[tuple[int, str, list[int], list[int]]]:
    """Per vendor and currency: (vendor_id, currency, days, amounts) of every payment with an
    amount, in time order, the days as date ordinals; vendors in the trash are left out (or only
    one vendor's). SQLite joins each group into two strings that Python splits: a million numbers
    split from strings cost a fraction of a million row tuples."""
    one = "AND i.vendor_id = ?" if vendor_id is not None else ""
    cursor = db.execute(
        f"""SELECT i.vendor_id, i.currency, group_concat({_ORDINAL}, ',' ORDER BY i.at),
                   group_concat(i.amount_minor, ',' ORDER BY i.at)
            FROM interactions i INDEXED BY interactions_payments
            WHERE {PAID} AND {_LIVE} {one}
            GROUP BY i.vendor_id, i.currency""",  # nosec B608  # constant fragments; values bound
        (vendor_id,) if vendor_id is not None else (),
    )
    while batch := cursor.fetchmany(_BATCH):
        for vendor, currency, days, amounts in batch:
            yield int(vendor), str(currency), list(map(int, days.split(","))), list(map(int, amounts.split(",")))


def vendor_names(db: Database, vendor_id: int | None = None) -> dict[int, tuple[str, str]]:
    """vendor id -> (uid, name) of the vendors not in the trash (or of one vendor)."""
    one = "AND id = ?" if vendor_id is not None else ""
    rows = db.query(
        f"SELECT id, uid, name FROM vendors WHERE deleted_at IS NULL {one}",  # nosec B608  # constant fragment; values bound
        (vendor_id,) if vendor_id is not None else (),
    )
    return {int(row[0]): (str(row[1]), str(row[2])) for row in rows}


def decided_keys(db: Database, vendor_id: int | None = None) -> list[str]:
    """The keys of the series she accepted or dismissed (of every vendor, or of one)."""
    one = "WHERE vendor_id = ?" if vendor_id is not None else ""
    return [str(row[0]) for row in db.query(
        f"SELECT key FROM recurring_decisions {one}",  # nosec B608  # constant fragment; values bound
        (vendor_id,) if vendor_id is not None else ())]


def decisions(db: Database) -> list[dict[str, Any]]:
    return db.rows("SELECT key, vendor_id, decision, agreement_id, decided_at FROM recurring_decisions ORDER BY key")


def insert_decision(db: Database, *, key: str, vendor_id: int, decision: str, agreement_id: int | None) -> None:
    """Record (or replace) what she decided about the series with this key."""
    db.execute(
        "INSERT INTO recurring_decisions(key, vendor_id, decision, agreement_id, decided_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET decision = excluded.decision, agreement_id = excluded.agreement_id, "
        "decided_at = excluded.decided_at",
        (key, vendor_id, decision, agreement_id, now_iso()),
    )
