"""SQL for what she spent: payments (interactions of kind 'payment' with an amount) of live vendors,
summed per currency in storage, by month, by vendor category and by vendor (myvendors.domain.spending
is the service over it).

Every query reads only the window's payments, found by their date (the `interactions_at` index), and
returns a few rows per currency however many payments there are. A refund is a negative payment, so
sums are what she spent net. Amounts are never added across currencies here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.vendors import LIVE_JOIN

# A payment in the window [start, stop) (UTC ISO instants, as `interactions.at` is kept).
_PAYMENTS = (
    f"FROM interactions i INDEXED BY interactions_at {LIVE_JOIN.format(t='i')} "
    "WHERE i.at >= ? AND i.at < ? AND i.kind = 'payment' AND i.amount_minor IS NOT NULL"
)
_CURRENCY = " AND i.currency = ?"


def _only(currency: str | None) -> tuple[str, tuple[str, ...]]:
    return (_CURRENCY, (currency,)) if currency else ("", ())


def by_month(
    db: Database, months: Sequence[tuple[str, str, str]], *, currency: str | None = None
) -> list[dict[str, Any]]:
    """Per month and currency: spent_minor (net of refunds) and payments (how many).

    `months`: (key, start, stop) for each month, start and stop its first instant and the next
    month's, as UTC ISO strings (a month of her local calendar). Months without payments give no row."""
    if not months:
        return []
    marks = ", ".join("(?, ?, ?)" for _ in months)
    extra, extra_args = _only(currency)
    values = tuple(value for month in months for value in month)
    return db.rows(
        f"""WITH m(month, start, stop) AS (VALUES {marks})
            SELECT m.month AS month, i.currency AS currency, sum(i.amount_minor) AS spent_minor,
                   count(*) AS payments
            FROM m CROSS JOIN interactions i INDEXED BY interactions_at {LIVE_JOIN.format(t='i')}
            WHERE i.at >= m.start AND i.at < m.stop AND i.kind = 'payment' AND i.amount_minor IS NOT NULL{extra}
            GROUP BY m.month, i.currency ORDER BY m.month, i.currency""",  # nosec B608  # constant identifiers and ? marks; values bound
        (*values, *extra_args),
    )


def by_category(db: Database, *, start: str, stop: str, currency: str | None = None) -> list[dict[str, Any]]:
    """Per currency and vendor category (None: no category), spent_minor and payments, dearest first."""
    extra, extra_args = _only(currency)
    return db.rows(
        f"""SELECT i.currency AS currency, nullif(trim(v.category), '') AS category,
                   sum(i.amount_minor) AS spent_minor, count(*) AS payments
            {_PAYMENTS}{extra}
            GROUP BY i.currency, nullif(trim(v.category), '')
            ORDER BY i.currency, spent_minor DESC, category""",  # nosec B608  # constant identifiers; values bound
        (start, stop, *extra_args),
    )


def by_vendor(
    db: Database, *, start: str, stop: str, top: int, currency: str | None = None
) -> list[dict[str, Any]]:
    """Per currency, the `top` vendors she spent most with (vendor_id, vendor_name, spent_minor,
    payments, vendors = 1), then one row for all the others together (vendor_id NULL, vendors = how
    many), dearest first."""
    extra, extra_args = _only(currency)
    return db.rows(
        f"""WITH per AS (
                SELECT i.currency AS currency, i.vendor_id AS vendor_id, sum(i.amount_minor) AS spent_minor,
                       count(*) AS payments
                {_PAYMENTS}{extra}
                GROUP BY i.currency, i.vendor_id
            ), ranked AS (
                SELECT per.*, row_number() OVER (PARTITION BY currency ORDER BY spent_minor DESC, vendor_id) AS place
                FROM per
            ), grouped AS (
                SELECT currency, CASE WHEN place <= ? THEN vendor_id END AS vendor_id, min(place) AS place,
                       sum(spent_minor) AS spent_minor, sum(payments) AS payments, count(*) AS vendors
                FROM ranked GROUP BY currency, CASE WHEN place <= ? THEN vendor_id END
            )
            SELECT g.currency, g.vendor_id, v.name AS vendor_name, g.spent_minor, g.payments, g.vendors
            FROM grouped g LEFT JOIN vendors v ON v.id = g.vendor_id
            ORDER BY g.currency, g.vendor_id IS NULL, g.place""",  # nosec B608  # constant identifiers; values bound
        (start, stop, *extra_args, top, top),
    )


def currencies(db: Database, *, start: str, stop: str) -> list[str]:
    """The currencies of the window's payments."""
    return [row["currency"] for row in db.rows(
        f"SELECT DISTINCT i.currency AS currency {_PAYMENTS} ORDER BY i.currency",  # nosec B608  # constant identifiers; values bound
        (start, stop),
    )]
