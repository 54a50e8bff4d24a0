"""SQL for what she spent: payments (interactions whose amount is money she paid: storage.timeline.PAID) of live vendors,
summed per currency in storage, by month, by vendor category and by vendor (myvendors.domain.spending
is the service over it).

One query reads only the window's payments, found by their date (the `interactions_at` index), once,
and returns a few rows per currency however many payments there are. A refund is a negative payment, so
sums are what she spent net. Amounts are never added across currencies here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.timeline import PAID
from myvendors.storage.vendors import LIVE_JOIN

_CURRENCY = " AND i.currency = ?"


def _only(currency: str | None) -> tuple[str, tuple[str, ...]]:
    return (_CURRENCY, (currency,)) if currency else ("", ())


def spend(
    db: Database, months: Sequence[tuple[str, str, str]], *, top: int, detail: bool = True,
    currency: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """What was spent in the months given, in one reading of the window's payments:

    - "months": per month and currency, spent_minor (net of refunds) and payments (how many);
      months without payments give no row;
    - "categories": per currency and vendor category (None: no category), dearest first;
    - "vendors": per currency, the `top` vendors she spent most with (vendor_id, vendor_name,
      spent_minor, payments, vendors = 1), then one row for all the others together (vendor_id NULL,
      vendors = how many), dearest first.

    `months`: (key, start, stop) for each month, start and stop its first instant and the next
    month's, as UTC ISO strings (a month of her local calendar). `detail=False`: "months" alone.
    The payments are summed per month, currency and vendor once (a materialised step), and each
    part is summed from those sums."""
    if not months:
        return {"months": [], "categories": [], "vendors": []}
    marks = ", ".join("(?, ?, ?)" for _ in months)
    extra, extra_args = _only(currency)
    values = tuple(value for month in months for value in month)
    per_vendor = f"""m(month, start, stop) AS (VALUES {marks}),
        per AS MATERIALIZED (
            SELECT m.month AS month, i.currency AS currency, i.vendor_id AS vendor_id,
                   sum(i.amount_minor) AS spent_minor, count(*) AS payments
            FROM m CROSS JOIN interactions i INDEXED BY interactions_at
            WHERE i.at >= m.start AND i.at < m.stop AND {PAID}{extra}
            GROUP BY m.month, i.currency, i.vendor_id
        ), live AS MATERIALIZED (
            SELECT per.*, nullif(trim(v.category), '') AS category, v.name AS vendor_name
            FROM per CROSS JOIN vendors v ON v.id = per.vendor_id AND v.deleted_at IS NULL
        )"""  # nosec B608  # constant identifiers and ? marks; values bound
    arguments = (*values, *extra_args)
    month_part = ("SELECT 'month' AS part, currency, month, NULL AS category, NULL AS vendor_id, NULL AS vendor_name, "
                  "sum(spent_minor) AS spent_minor, sum(payments) AS payments, count(*) AS vendors, 0 AS place "
                  "FROM live GROUP BY month, currency")
    if not detail:  # the months alone: summed per month straight away (no sums per vendor to keep)
        return {"months": db.rows(
            f"""WITH m(month, start, stop) AS (VALUES {marks})
                SELECT m.month AS month, i.currency AS currency, sum(i.amount_minor) AS spent_minor, count(*) AS payments
                FROM m CROSS JOIN interactions i INDEXED BY interactions_at {LIVE_JOIN.format(t='i')}
                WHERE i.at >= m.start AND i.at < m.stop AND {PAID}{extra}
                GROUP BY m.month, i.currency ORDER BY m.month, i.currency""",  # nosec B608  # constant identifiers and ? marks; values bound
            arguments,
        ), "categories": [], "vendors": []}
    rows = db.rows(
        f"""WITH {per_vendor}, vendor_sums AS (
                SELECT currency, vendor_id, min(vendor_name) AS vendor_name, sum(spent_minor) AS spent_minor,
                       sum(payments) AS payments,
                       row_number() OVER (PARTITION BY currency ORDER BY sum(spent_minor) DESC, vendor_id) AS place
                FROM live GROUP BY currency, vendor_id
            )
            {month_part}
            UNION ALL
            SELECT 'category', currency, NULL, category, NULL, NULL, sum(spent_minor), sum(payments),
                   count(DISTINCT vendor_id), 0
            FROM live GROUP BY currency, category
            UNION ALL
            SELECT 'vendor', currency, NULL, NULL, CASE WHEN place <= ? THEN vendor_id END,
                   CASE WHEN place <= ? THEN vendor_name END, sum(spent_minor), sum(payments), count(*), min(place)
            FROM vendor_sums GROUP BY currency, CASE WHEN place <= ? THEN vendor_id END""",  # nosec B608  # constant identifiers and ? marks; values bound
        (*arguments, top, top, top),
    )
    parts: dict[str, list[dict[str, Any]]] = {"month": [], "category": [], "vendor": []}
    for row in rows:
        parts[row["part"]].append(row)
    parts["month"].sort(key=lambda row: (row["month"], row["currency"]))
    parts["category"].sort(key=lambda row: (row["currency"], -row["spent_minor"], row["category"] is None, row["category"] or ""))
    parts["vendor"].sort(key=lambda row: (row["currency"], row["vendor_id"] is None, row["place"]))
    return {"months": parts["month"], "categories": parts["category"], "vendors": parts["vendor"]}
