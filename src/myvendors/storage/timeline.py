"""SQL for interactions, the timeline (myvendors.domain.timeline is the service over it): keyset
pages newest first, counts and the amounts per currency (read from the maintained totals).

Rows of vendors in the trash are left out of every listing across vendors (`LIVE_JOIN`, the join
on `vendors.deleted_at`), so trashing a vendor hides its records at once and restoring brings them back.
"""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database, now_iso
from myvendors.storage.vendors import LIVE_JOIN

#: The condition for money she paid, on interactions aliased `i` (spending and recurring charges): the
#: amount of a payment (an imported statement line is one; a refund is a negative one), of a
#: subscription's charge, a repeat purchase, a tip or sponsoring. Spelled as the partial index
#: `interactions_payments` says it, so that the index can serve it.
PAID = "i.kind IN ('payment', 'subscription', 'repeat-purchase', 'tip', 'sponsor') AND i.amount_minor IS NOT NULL"


INTERACTION_FIELDS = ("kind", "at", "amount_minor", "currency", "channel", "note")
_INTERACTION_COLUMNS = "i.id, i.uid, i.vendor_id, " + ", ".join(f"i.{f}" for f in INTERACTION_FIELDS) + ", i.created_at"


def insert_interaction(db: Database, *, uid: str, vendor_id: int, values: dict[str, Any]) -> int:
    cur = db.execute(
        f"INSERT INTO interactions(uid, vendor_id, {', '.join(INTERACTION_FIELDS)}, created_at) "  # nosec B608  # columns: INTERACTION_FIELDS; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in INTERACTION_FIELDS)}, ?)",
        (uid, vendor_id, *(values.get(f) for f in INTERACTION_FIELDS), now_iso()),
    )
    return int(cur.lastrowid)


def update_interaction(db: Database, interaction_id: int, *, vendor_id: int, values: dict[str, Any]) -> None:
    """Every field of one interaction at once (the triggers move its totals and its search row)."""
    assignments = ", ".join(f"{f} = ?" for f in INTERACTION_FIELDS)
    db.execute(
        f"UPDATE interactions SET vendor_id = ?, {assignments} WHERE id = ?",  # nosec B608  # columns: INTERACTION_FIELDS; values bound
        (vendor_id, *(values.get(f) for f in INTERACTION_FIELDS), interaction_id),
    )


def delete_interaction(db: Database, interaction_id: int) -> None:
    db.execute("DELETE FROM interactions WHERE id = ?", (interaction_id,))


def get_interaction(db: Database, interaction_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_INTERACTION_COLUMNS} FROM interactions i WHERE i.id = ?", (interaction_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def timeline_page(
    db: Database,
    *,
    vendor_id: int | None,
    before: tuple[str, int] | None = None,
    after: tuple[str, int] | None = None,
    limit: int,
    skip: int = 0,
    from_end: bool = False,
) -> list[dict[str, Any]]:
    """Newest first, keyset-paged on (at, id) over an index: the page older than `before`, or
    newer than `after`. A jump with no neighbour skips `skip` rows from the newest or, with
    `from_end`, from the oldest. Rows always come back newest first."""
    where: list[str] = []
    params: list[Any] = []
    if vendor_id is not None:
        where.append("i.vendor_id = ?")
        params.append(vendor_id)
    if before is not None:
        where.append("(i.at, i.id) < (?, ?)")
        params.extend(before)
    if after is not None:
        where.append("(i.at, i.id) > (?, ?)")
        params.extend(after)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    live = "" if vendor_id is not None else LIVE_JOIN.format(t="i")
    reverse = after is not None or from_end
    direction = "ASC" if reverse else "DESC"
    rows = db.rows(
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions i {live} {clause} "  # nosec B608  # constant identifiers; values bound
        f"ORDER BY i.at {direction}, i.id {direction} LIMIT ? OFFSET ?",
        (*params, limit, skip),
    )
    return rows[::-1] if reverse else rows


def count_newer(db: Database, *, vendor_id: int, at: str, interaction_id: int) -> int:
    """How many of one vendor's interactions come before (at, id) newest first: a count over the
    vendor's index, as long as the vendor's timeline at most."""
    return int(db.query(
        "SELECT count(*) FROM interactions WHERE vendor_id = ? AND (at, id) > (?, ?)", (vendor_id, at, interaction_id)
    )[0][0])


def count_at_or_after(db: Database, *, vendor_id: int, ats: list[str]) -> list[int]:
    """For each instant, how many of one vendor's interactions are at it or later: the rows between
    one instant and the next later one counted over the vendor's index (a range count each), so the
    index is walked once from the earliest instant, however many instants."""
    order = sorted(range(len(ats)), key=lambda i: ats[i], reverse=True)
    counts = [0] * len(ats)
    running, later = 0, None
    for i in order:
        if later is None:
            rows = db.query("SELECT count(*) FROM interactions WHERE vendor_id = ? AND at >= ?", (vendor_id, ats[i]))
        else:
            rows = db.query("SELECT count(*) FROM interactions WHERE vendor_id = ? AND at >= ? AND at < ?",
                            (vendor_id, ats[i], later))
        running += int(rows[0][0])
        counts[i], later = running, ats[i]
    return counts


def count_interactions(db: Database, vendor_id: int | None = None) -> int:
    """Interactions of one vendor, or of every vendor not in the trash (what the timeline lists).

    Read from the totals the triggers of schema step 6 keep: one row, whatever the timeline's length."""
    if vendor_id is None:
        rows = db.query("SELECT n FROM counters WHERE name = 'live_interactions'")
    else:
        rows = db.query("SELECT interactions FROM vendor_totals WHERE vendor_id = ?", (vendor_id,))
    return int(rows[0][0]) if rows else 0


def amount_totals(db: Database, vendor_id: int | None = None) -> list[dict[str, Any]]:
    """Per currency: the sum of amounts and how many interactions carry one, for one vendor or for
    every vendor not in the trash. From maintained totals (one row per vendor and currency)."""
    if vendor_id is not None:
        return db.rows(
            "SELECT currency, amount_minor, n FROM amount_totals WHERE vendor_id = ? ORDER BY currency", (vendor_id,)
        )
    return db.rows(
        f"SELECT a.currency, sum(a.amount_minor) AS amount_minor, sum(a.n) AS n FROM amount_totals a "  # nosec B608  # constant identifiers; values bound
        f"{LIVE_JOIN.format(t='a')} GROUP BY a.currency ORDER BY a.currency"
    )
