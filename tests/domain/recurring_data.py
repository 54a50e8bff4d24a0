"""A generated set of payments with noise, and the series truly in it (for the recurring tests and bench).

Per vendor, a few subscriptions (weekly, monthly, quarterly, yearly; some start late, some end),
each charged around an anchor day with drift (weekends, a few days, month lengths), now and then
a skipped charge, sometimes a price rise that then holds, and around them one-off charges at the
same vendor (other amounts, random days) and refunds. Some vendors have two subscriptions at once
(told apart by their amounts), some only one-off purchases.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from myvendors.domain.models import BillingPeriod
from myvendors.domain.recurring import add_months

CURRENCY = "EUR"
FIRST = date(2019, 1, 1)
LAST = date(2025, 12, 31)


@dataclass(frozen=True)
class Truth:
    vendor_id: int
    currency: str
    period: BillingPeriod
    days: frozenset[date]


def _weekday_drift(day: date, rng: random.Random) -> date:
    if day.weekday() >= 5 and rng.random() < 0.7:  # a weekend charge lands on Monday
        day += timedelta(days=7 - day.weekday())
    return day + timedelta(days=rng.choice((0, 0, 0, 0, 1, -1, 2)))


def _subscription(rng: random.Random, period: BillingPeriod, price: int) -> tuple[list[tuple[date, int]], set[date]]:
    counts = {BillingPeriod.WEEKLY: (6, 60), BillingPeriod.MONTHLY: (4, 60), BillingPeriod.QUARTERLY: (4, 20),
              BillingPeriod.YEARLY: (3, 6)}
    low, high = counts[period]
    n = rng.randint(low, high)
    span = {BillingPeriod.WEEKLY: 7 * n, BillingPeriod.MONTHLY: 31 * n, BillingPeriod.QUARTERLY: 92 * n,
            BillingPeriod.YEARLY: 366 * n}[period]
    latest_start = max(0, (LAST - FIRST).days - span)
    start = FIRST + timedelta(days=rng.randint(0, latest_start))
    rise_at = rng.randint(2, n - 2) if n >= 5 and rng.random() < 0.35 else None
    skip_at = rng.randint(1, n - 2) if n >= 4 and rng.random() < 0.25 and period != BillingPeriod.YEARLY else None
    charges: list[tuple[date, int]] = []
    for k in range(n):
        if period == BillingPeriod.WEEKLY:
            planned = start + timedelta(days=7 * k)
            day = planned + timedelta(days=rng.choice((0, 0, 0, 1, -1)))
        else:
            months = {BillingPeriod.MONTHLY: 1, BillingPeriod.QUARTERLY: 3, BillingPeriod.YEARLY: 12}[period]
            day = _weekday_drift(add_months(start, months * k, start.day), rng)
        if k == skip_at:
            continue
        amount = round(price * 1.2) if rise_at is not None and k >= rise_at else price
        charges.append((day, amount))
    return charges, {d for d, _ in charges}


def generate(seed: int, vendors: int = 120) -> tuple[list[tuple[int, str, date, int]], list[Truth]]:
    """Payments (vendor id, currency, day, minor units) sorted per vendor then day, and the truth."""
    rng = random.Random(seed)
    payments: list[tuple[int, str, date, int]] = []
    truths: list[Truth] = []
    periods = (BillingPeriod.WEEKLY, BillingPeriod.MONTHLY, BillingPeriod.MONTHLY, BillingPeriod.MONTHLY,
               BillingPeriod.QUARTERLY, BillingPeriod.YEARLY)
    for vendor_id in range(1, vendors + 1):
        rows: list[tuple[date, int]] = []
        kind = rng.random()
        subscriptions = 0 if kind < 0.2 else 2 if kind > 0.85 else 1
        prices: list[int] = []
        for _ in range(subscriptions):
            period = rng.choice(periods)
            price = rng.choice((499, 799, 999, 1299, 1499, 1799, 2499, 3999, 5999, 8900, 11900))
            while any(abs(price - p) < 0.3 * p for p in prices):  # two at one vendor: different prices
                price = rng.choice((299, 699, 1099, 1999, 2999, 4999, 7999, 12999))
            prices.append(price)
            charges, days = _subscription(rng, period, price)
            rows.extend(charges)
            truths.append(Truth(vendor_id, CURRENCY, period, frozenset(days)))
        for _ in range(rng.randint(0, 12)):  # one-off purchases at the same vendor
            day = FIRST + timedelta(days=rng.randint(0, (LAST - FIRST).days))
            rows.append((day, rng.randint(150, 25000)))
        if rows and rng.random() < 0.2:  # a refund
            day, amount = rng.choice(rows)
            rows.append((day + timedelta(days=3), -amount))
        rows.sort()
        payments.extend((vendor_id, CURRENCY, day, amount) for day, amount in rows)
    return payments, truths
