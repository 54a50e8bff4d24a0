"""Figures across records, for the vendor list and the overview: a vendor's next renewal,
what it costs a year, its standing, and the vendors whose standing fell lately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from myvendors.domain.models import RATING_DIMENSIONS, Money, Standing
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput
from myvendors.storage import Database
from myvendors.storage import insights as sql


@dataclass(frozen=True)
class VendorSummary:
    vendor_id: int
    standing: Standing
    next_renewal: date | None
    yearly_cost: tuple[Money, ...]  # one per currency, for agreements still running


@dataclass(frozen=True)
class Spending:
    """What running priced agreements cost in one currency: a year, a month (a twelfth, rounded to
    the minor unit), and the dearest vendor categories a year (None: vendors without a category)."""

    yearly: Money
    monthly: Money
    top_categories: tuple[tuple[str | None, Money], ...]


@dataclass(frozen=True)
class StandingChange:
    vendor_id: int
    vendor_name: str
    earlier: float  # mean note score before the window
    recent: float  # mean note score within the window
    recent_notes: int
    earlier_notes: int

    @property
    def change(self) -> float:
        return self.recent - self.earlier


def standing_from_sums(vendor_id: int, sums: dict[str, Any] | None) -> Standing:
    """A `Standing` from the per-dimension sums and counts storage returns."""
    per: dict[str, tuple[float, int]] = {}
    if sums:
        for dimension in RATING_DIMENSIONS:
            n = int(sums[f"{dimension}_n"])
            if n:
                per[dimension] = (float(sums[f"{dimension}_sum"]) / n, n)
    overall = sum(mean for mean, _ in per.values()) / len(per) if per else None
    return Standing(vendor_id=vendor_id, per_dimension=per, overall=overall, notes=int(sums["notes"]) if sums else 0)


def summaries(db: Database, vendor_ids: list[int], *, today: date | None = None) -> dict[int, VendorSummary]:
    """Next renewal, yearly cost and standing for each vendor of a page, in three queries."""
    day = (today or date.today()).isoformat()
    found = sql.vendor_summaries(db, vendor_ids, today=day)
    renewals = {int(r["vendor_id"]): date.fromisoformat(r["next_renewal"]) for r in found["renewals"]}
    costs: dict[int, list[Money]] = {}
    for row in found["costs"]:
        costs.setdefault(int(row["vendor_id"]), []).append(Money(int(row["yearly_minor"]), row["currency"]))
    ratings = {int(r["vendor_id"]): r for r in found["ratings"]}
    return {
        vendor_id: VendorSummary(
            vendor_id=vendor_id,
            standing=standing_from_sums(vendor_id, ratings.get(vendor_id)),
            next_renewal=renewals.get(vendor_id),
            yearly_cost=tuple(costs.get(vendor_id, ())),
        )
        for vendor_id in vendor_ids
    }


def standing_fell(
    db: Database, *, days: int = 90, drop: float = 0.5, today: date | None = None
) -> list[StandingChange]:
    """Vendors whose notes of the last `days` days score at least `drop` below their earlier notes.

    Only my notes count (a trusted contact's view is theirs); each note's score is the mean of
    the dimensions it rates. Biggest fall first.
    """
    if not 1 <= days <= 3660:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The window is between 1 and 3660 days."), field="days")
    if not 0 < drop <= 4:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The drop is between 0 and 4 points."), field="drop")
    since = ((today or date.today()) - timedelta(days=days)).isoformat()
    return [
        StandingChange(
            vendor_id=int(r["vendor_id"]),
            vendor_name=r["vendor_name"],
            earlier=float(r["earlier_mean"]),
            recent=float(r["recent_mean"]),
            recent_notes=int(r["recent_notes"]),
            earlier_notes=int(r["earlier_notes"]),
        )
        for r in sql.standing_changes(db, since=since, drop=drop)
    ]


def spending(db: Database, *, top: int = 3, today: date | None = None) -> list[Spending]:
    """Per currency (dearest first), the yearly and monthly cost of every agreement still running
    with a price and a billing period, and its `top` categories by yearly cost. Aggregated in
    storage: a few rows, however many agreements."""
    if not 0 <= top <= 50:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Between 0 and 50 categories."), field="top")
    found = sql.yearly_spending(db, today=(today or date.today()).isoformat(), top=top)
    categories: dict[str, list[tuple[str | None, Money]]] = {}
    for row in found["categories"]:
        categories.setdefault(row["currency"], []).append((row["category"], Money(int(row["yearly_minor"]), row["currency"])))
    result = []
    for row in found["totals"]:
        yearly = int(row["yearly_minor"])
        monthly = (2 * yearly + 12) // 24  # yearly / 12, halves rounded up
        result.append(Spending(
            yearly=Money(yearly, row["currency"]),
            monthly=Money(monthly, row["currency"]),
            top_categories=tuple(categories.get(row["currency"], ())),
        ))
    return result
