"""The maintained totals (schema step 6) beside a recount from the rows they summarise.

Triggers keep the totals in the transaction that writes the rows, so they cannot drift; this
module recounts everything the slow way (every row read) to prove it, for tests and checks.
"""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database

_DIMENSIONS = ("quality", "price", "service", "honesty")
_RATED = "((quality IS NOT NULL) + (price IS NOT NULL) + (service IS NOT NULL) + (honesty IS NOT NULL))"
_SCORE12 = (
    "((coalesce(quality, 0) + coalesce(price, 0) + coalesce(service, 0) + coalesce(honesty, 0)) * 12 "
    f"/ nullif({_RATED}, 0))"
)


def rebuild(db: Database) -> None:
    """Recompute every total from the rows, inside the caller's transaction (for a bulk load made
    with the triggers off, or to repair totals a check found wrong)."""
    # Step 6's backfill, frozen with its step: while the totals keep step 6's shape it is also the
    # recount; a later step that changes them gives this function a copy of its own.
    from myvendors.storage.migrations import _v6_backfill

    for table in ("vendor_totals", "amount_totals", "vendor_counts", "counters"):
        db.execute(f"DELETE FROM {table}")  # nosec B608  # constant identifiers; values bound
    _v6_backfill(db._require())


def stored(db: Database) -> dict[str, Any]:
    """Every maintained total, as plain Python values (rows with nothing in them left out)."""
    vendor_cols = ", ".join(
        ["interactions", "my_notes", *(f"{d}_sum, {d}_n" for d in _DIMENSIONS), "scored_notes", "score12_sum"]
    )
    return {
        "vendor_counts": {(int(t), s): int(n) for t, s, n in db.query("SELECT trashed, status, n FROM vendor_counts") if n},
        "live_interactions": int(
            (db.query("SELECT n FROM counters WHERE name = 'live_interactions'") or [(0,)])[0][0]
        ),
        "vendor_totals": {
            int(r[0]): tuple(int(x) for x in r[1:])
            for r in db.query(f"SELECT vendor_id, {vendor_cols} FROM vendor_totals ORDER BY vendor_id")  # nosec B608  # constant identifiers; values bound
        },
        "amount_totals": {
            (int(v), c): (int(n), int(a))
            for v, c, n, a in db.query("SELECT vendor_id, currency, n, amount_minor FROM amount_totals")
        },
    }


def recount(db: Database) -> dict[str, Any]:
    """The same figures counted from the rows themselves (reads every row: tests and checks only)."""
    sums = ", ".join(f"coalesce(sum({d}), 0), count({d})" for d in _DIMENSIONS)
    vendor_totals: dict[int, tuple[int, ...]] = {}
    for (vendor_id,) in db.query("SELECT id FROM vendors ORDER BY id"):
        interactions = db.query("SELECT count(*) FROM interactions WHERE vendor_id = ?", (vendor_id,))[0][0]
        mine = db.query(
            f"SELECT count(*), {sums}, count({_SCORE12}), coalesce(sum({_SCORE12}), 0) "  # nosec B608  # constant identifiers; values bound
            "FROM notes WHERE vendor_id = ? AND author IS NULL",
            (vendor_id,),
        )[0]
        vendor_totals[int(vendor_id)] = (int(interactions), *(int(x) for x in mine))
    return {
        "vendor_counts": {
            (int(t), s): int(n)
            for t, s, n in db.query(
                "SELECT deleted_at IS NOT NULL, status, count(*) FROM vendors GROUP BY deleted_at IS NOT NULL, status"
            )
        },
        "live_interactions": int(
            db.query(
                "SELECT count(*) FROM interactions i JOIN vendors v ON v.id = i.vendor_id WHERE v.deleted_at IS NULL"
            )[0][0]
        ),
        "vendor_totals": vendor_totals,
        "amount_totals": {
            (int(v), c): (int(n), int(a))
            for v, c, n, a in db.query(
                "SELECT vendor_id, currency, count(*), sum(amount_minor) FROM interactions "
                "WHERE amount_minor IS NOT NULL GROUP BY vendor_id, currency"
            )
        },
    }


def has_totals(db: Database) -> bool:
    """Whether this database keeps the totals (schema step 6 or later; `check` may open older ones)."""
    return bool(db.query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'vendor_totals'"))


def mismatches(db: Database) -> list[str]:
    """What differs between the maintained totals and a recount (empty: they agree)."""
    kept, counted = stored(db), recount(db)
    problems = []
    for name, value in counted.items():
        if kept[name] != value:
            if isinstance(value, dict):
                keys = sorted({*value, *kept[name]} - {k for k in value if kept[name].get(k) == value[k]}, key=repr)
                detail = ", ".join(f"{k}: kept {kept[name].get(k)} counted {value.get(k)}" for k in keys[:5])
            else:
                detail = f"kept {kept[name]} counted {value}"
            problems.append(f"kept totals disagree with the rows ({name}): {detail}")
    return problems
