"""SQL for figures across record kinds, for the vendor list and the overview (myvendors.domain.insights
is the service over it): standing changes, a page of vendors' summaries and the yearly spending.

Each is a few aggregate queries over indexes and the maintained totals, never one query per vendor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.reputation import MY_SUMS
from myvendors.storage.vendors import LIVE_JOIN

# 12 × a note's score is a whole number (12 is divisible by 1, 2, 3 and 4): sums stay exact.
_NOTE_SCORE12 = (
    "((coalesce(quality, 0) + coalesce(price, 0) + coalesce(service, 0) + coalesce(honesty, 0)) * 12 "
    "/ nullif((quality IS NOT NULL) + (price IS NOT NULL) + (service IS NOT NULL) + (honesty IS NOT NULL), 0))"
)


def standing_changes(db: Database, *, since: str, drop: float) -> list[dict[str, Any]]:
    """Vendors whose mean note score (mine) since `since` is at least `drop` below the earlier mean.

    Reads only my notes within the window (a covering index on their date); the earlier mean is
    the vendor's maintained total minus the window's. Means are exact sums over whole numbers
    (12 × each score), and "at least `drop` below" is compared without rounding."""
    return db.rows(
        f"""WITH recent AS (
                SELECT vendor_id, sum(score12) AS recent12, count(*) AS recent_notes
                FROM (SELECT vendor_id, {_NOTE_SCORE12} AS score12 FROM notes INDEXED BY notes_mine_on
                      WHERE author IS NULL AND on_date >= ?)
                WHERE score12 IS NOT NULL GROUP BY vendor_id
            ), per_vendor AS (
                SELECT r.vendor_id, r.recent12, r.recent_notes,
                       t.score12_sum - r.recent12 AS earlier12, t.scored_notes - r.recent_notes AS earlier_notes
                FROM recent r CROSS JOIN vendor_totals t ON t.vendor_id = r.vendor_id
            )
            SELECT p.vendor_id, p.recent12 * 1.0 / (12 * p.recent_notes) AS recent_mean, p.recent_notes,
                   p.earlier12 * 1.0 / (12 * p.earlier_notes) AS earlier_mean, p.earlier_notes, v.name AS vendor_name
            FROM per_vendor p CROSS JOIN vendors v ON v.id = p.vendor_id AND v.deleted_at IS NULL
            WHERE p.earlier_notes > 0
              AND p.recent12 * p.earlier_notes <= p.earlier12 * p.recent_notes - ? * 12 * p.recent_notes * p.earlier_notes
            ORDER BY recent_mean - earlier_mean, v.name COLLATE NOCASE""",  # nosec B608  # constant identifiers; values bound
        (since, drop),
    )


def vendor_summaries(db: Database, vendor_ids: Sequence[int], *, today: str) -> dict[str, list[dict[str, Any]]]:
    """For a page of vendors, in three queries (never one per vendor): the next renewal date,
    the yearly cost per currency, and the sums behind my standing."""
    if not vendor_ids:
        return {"renewals": [], "costs": [], "ratings": []}
    marks = ", ".join("?" for _ in vendor_ids)
    renewals = db.rows(
        f"SELECT vendor_id, min(renewal_date) AS next_renewal FROM agreements "  # nosec B608  # only ? marks joined in; ids bound
        f"WHERE vendor_id IN ({marks}) AND renewal_date >= ? GROUP BY vendor_id",
        (*vendor_ids, today),
    )
    costs = db.rows(
        f"""SELECT vendor_id, currency, sum(price_minor * CASE period WHEN 'weekly' THEN 52 WHEN 'monthly' THEN 12
                   WHEN 'quarterly' THEN 4 WHEN 'yearly' THEN 1 ELSE 0 END) AS yearly_minor
            FROM agreements WHERE vendor_id IN ({marks}) AND price_minor IS NOT NULL AND period != 'none'
              AND (end_date IS NULL OR end_date >= ?)
            GROUP BY vendor_id, currency ORDER BY vendor_id, currency""",  # nosec B608  # only ? marks joined in; ids bound
        (*vendor_ids, today),
    )
    ratings = db.rows(
        f"SELECT vendor_id, {MY_SUMS} FROM vendor_totals WHERE vendor_id IN ({marks}) AND my_notes > 0",  # nosec B608  # only ? marks joined in; ids bound
        tuple(vendor_ids),
    )
    return {"renewals": renewals, "costs": costs, "ratings": ratings}


_PER_YEAR = ("CASE a.period WHEN 'weekly' THEN 52 WHEN 'monthly' THEN 12 WHEN 'quarterly' THEN 4 "
             "WHEN 'yearly' THEN 1 ELSE 0 END")


def yearly_spending(db: Database, *, today: str, top: int) -> dict[str, list[dict[str, Any]]]:
    """What the running priced agreements of live vendors cost a year, per currency ("totals"), and
    per currency and vendor category, the `top` dearest categories of each currency ("categories").
    Two aggregate queries: a few rows whatever the number of agreements."""
    running = (f"FROM agreements a {LIVE_JOIN.format(t='a')} WHERE a.price_minor IS NOT NULL AND a.period != 'none' "
               "AND (a.end_date IS NULL OR a.end_date >= ?)")
    totals = db.rows(
        f"SELECT a.currency, sum(a.price_minor * {_PER_YEAR}) AS yearly_minor {running} "
        "GROUP BY a.currency ORDER BY yearly_minor DESC, a.currency",
        (today,),
    )
    categories = db.rows(
        f"""SELECT currency, category, yearly_minor FROM (
                SELECT currency, category, yearly_minor,
                       row_number() OVER (PARTITION BY currency ORDER BY yearly_minor DESC, category) AS place
                FROM (SELECT a.currency, nullif(trim(v.category), '') AS category,
                             sum(a.price_minor * {_PER_YEAR}) AS yearly_minor
                      {running} GROUP BY a.currency, nullif(trim(v.category), '')))
            WHERE place <= ? ORDER BY currency, place""",  # nosec B608  # constant identifiers; values bound
        (today, top),
    )
    return {"totals": totals, "categories": categories}
