"""What she spends, from her payments: per month over the last months, per vendor category and per
vendor (the dearest few, then the others together), beside the yearly cost of her running agreements.

Everything is per currency: amounts in two currencies are never added up. Only where she gave a rate
(the vault settings `main_currency` and `exchange_rates`, domain/settings.py) is a converted figure
made, in her main currency, and it is shown beside the per-currency figures, never instead of them;
a currency without a rate is named as such (`SpendReport.missing_rates`), never guessed.

Payments are the interactions whose amount is money she paid (a payment, a subscription's
charge, a repeat purchase, a tip, sponsoring: storage.timeline.PAID); a refund is a negative payment and reduces
what was spent. A month is a month of her local calendar (a payment at 00:30 on the 1st belongs to
that month where she lives). The window is the last `months` calendar months, this one included (so
far). The sums are made in storage (storage/spending.py): a few rows per currency, however many
payments.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal

from myvendors.domain import insights, settings
from myvendors.domain.models import Money, check_currency, currency_exponent
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import spending as sql

MIN_MONTHS, MAX_MONTHS = 1, 120
DEFAULT_MONTHS = 12
DEFAULT_TOP = 10  # vendors named before "others"
MAX_TOP = 100


class By(enum.StrEnum):
    """What the spend is grouped by (the CLI's `spend --by`)."""

    MONTH = "month"
    CATEGORY = "category"
    VENDOR = "vendor"


@dataclass(frozen=True)
class MonthSpend:
    month: date  # its first day
    spent: Money  # net of refunds
    payments: int


@dataclass(frozen=True)
class CategorySpend:
    category: str | None  # None: vendors without a category ("Uncategorised")
    spent: Money
    payments: int


@dataclass(frozen=True)
class VendorSpend:
    vendor_id: int | None  # None: all the other vendors together
    vendor_name: str | None
    spent: Money
    payments: int
    vendors: int  # 1, or how many vendors the others are


@dataclass(frozen=True)
class CurrencySpend:
    """Everything about one currency. `months` has every month of the window, oldest first (a month
    without payments spent 0); `categories` and `vendors` are dearest first."""

    currency: str
    spent: Money  # over the whole window
    payments: int
    months: tuple[MonthSpend, ...]
    categories: tuple[CategorySpend, ...]
    vendors: tuple[VendorSpend, ...]
    agreements_yearly: Money | None  # what her running priced agreements in this currency cost a year
    converted: Money | None  # `spent` in her main currency, when she gave a rate (or it is the main one)

    @property
    def this_month(self) -> Money:
        return self.months[-1].spent if self.months else Money(0, self.currency)


@dataclass(frozen=True)
class Converted:
    """The window in her main currency, made only when every currency of it has a rate."""

    currency: str
    spent: Money
    months: tuple[MonthSpend, ...]
    agreements_yearly: Money


@dataclass(frozen=True)
class SpendReport:
    months: tuple[date, ...]  # the window's months, oldest first (first days)
    currencies: tuple[CurrencySpend, ...]  # her main currency first, then the most payments
    main_currency: str | None
    rates: Mapping[str, Decimal]  # one unit of the currency is worth this much of the main currency
    converted: Converted | None  # None: no main currency, or some currency has no rate
    missing_rates: tuple[str, ...]  # the currencies that have no rate (with a main currency set)

    @property
    def first_month(self) -> date:
        return self.months[0]

    @property
    def last_month(self) -> date:
        return self.months[-1]

    def currency(self, code: str) -> CurrencySpend | None:
        return next((c for c in self.currencies if c.currency == code), None)


@dataclass(frozen=True)
class Rates:
    """Her main currency and the rates she gave (domain/settings.py keeps them in the vault)."""

    main: str | None
    rates: Mapping[str, Decimal]

    def convert(self, money: Money) -> Money | None:
        """`money` in the main currency (rounded half to even to its minor unit); None without a rate."""
        if self.main is None:
            return None
        if money.currency == self.main:
            return money
        rate = self.rates.get(money.currency)
        if rate is None:
            return None
        shift = currency_exponent(self.main) - currency_exponent(money.currency)
        value = (Decimal(money.minor) * rate).scaleb(shift).to_integral_value(rounding=ROUND_HALF_EVEN)
        return Money(int(value), self.main)


def rates(db: Database) -> Rates:
    """The main currency and rates kept in the vault settings (none: each currency on its own)."""
    main = str(settings.get(db, "main_currency")) or None
    return Rates(main, settings.parse_rates(str(settings.get(db, "exchange_rates"))) if main else {})


def window(months: int, today: date) -> tuple[date, ...]:
    """The first days of the last `months` calendar months, this one included, oldest first."""
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "Show between {low} and {high} months."
        ), low=MIN_MONTHS, high=MAX_MONTHS), field="months")
    index = today.year * 12 + today.month - 1
    return tuple(date((i // 12), i % 12 + 1, 1) for i in range(index - months + 1, index + 1))


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _instant(day: date, tz: tzinfo | None) -> str:
    """The first instant of `day` where she lives (or in `tz`), as `interactions.at` keeps instants."""
    local = datetime(day.year, day.month, day.day, tzinfo=tz) if tz is not None else datetime(
        day.year, day.month, day.day).astimezone()  # naive: read as local time, on purpose
    return local.astimezone(UTC).isoformat(timespec="microseconds")


def report(
    db: Database,
    *,
    months: int = DEFAULT_MONTHS,
    top: int = DEFAULT_TOP,
    currency: str | None = None,
    today: date | None = None,
    tz: tzinfo | None = None,
    detail: bool = True,
) -> SpendReport:
    """What she spent in the last `months` months (this one included), per currency: per month, per
    category, per vendor (the `top` dearest, then the others), and what her running agreements cost a
    year; in her main currency too where she gave the rates. `currency`: that currency alone. `tz`:
    whose calendar the months are (default: this computer's). `detail=False`: the months and totals
    alone (no categories, no vendors: two queries fewer, for the Overview)."""
    if not 0 <= top <= MAX_TOP:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "Name between 0 and {high} vendors."
        ), high=MAX_TOP), field="top")
    only = check_currency(currency) if currency else None
    today = today or date.today()
    days = window(months, today)
    bounds = [(day.isoformat()[:7], _instant(day, tz), _instant(_next_month(day), tz)) for day in days]
    found_rows = sql.spend(db, bounds, top=top, detail=detail, currency=only)
    month_rows, category_rows, vendor_rows = found_rows["months"], found_rows["categories"], found_rows["vendors"]
    yearly = {
        s.yearly.currency: s.yearly for s in insights.spending(db, top=0, today=today)
        if only is None or s.yearly.currency == only
    }
    given = rates(db)

    per_month: dict[str, dict[str, tuple[int, int]]] = {}
    for row in month_rows:
        per_month.setdefault(row["currency"], {})[row["month"]] = (int(row["spent_minor"]), int(row["payments"]))
    codes = sorted(set(per_month) | set(yearly))
    found: list[CurrencySpend] = []
    for code in codes:
        sums = per_month.get(code, {})
        month_list = tuple(
            MonthSpend(day, Money(sums.get(key, (0, 0))[0], code), sums.get(key, (0, 0))[1])
            for day, (key, _, _) in zip(days, bounds, strict=True)
        )
        spent = Money(sum(m.spent.minor for m in month_list), code)
        found.append(CurrencySpend(
            currency=code,
            spent=spent,
            payments=sum(m.payments for m in month_list),
            months=month_list,
            categories=tuple(
                CategorySpend(row["category"], Money(int(row["spent_minor"]), code), int(row["payments"]))
                for row in category_rows if row["currency"] == code
            ),
            vendors=tuple(
                VendorSpend(
                    None if row["vendor_id"] is None else int(row["vendor_id"]),
                    row["vendor_name"] if row["vendor_id"] is not None else None,
                    Money(int(row["spent_minor"]), code), int(row["payments"]), int(row["vendors"]),
                )
                for row in vendor_rows if row["currency"] == code
            ),
            agreements_yearly=yearly.get(code),
            converted=given.convert(spent),
        ))
    # Sums in two currencies do not compare (12,990 SEK is not more than 8,730 EUR): after her main
    # currency, the one she pays in most often comes first.
    found.sort(key=lambda c: (c.currency != given.main, -c.payments, c.currency))
    missing = tuple(c.currency for c in found if given.main and c.converted is None)
    return SpendReport(
        months=days,
        currencies=tuple(found),
        main_currency=given.main,
        rates=dict(given.rates),
        converted=_converted(found, days, given) if given.main and not missing and found else None,
        missing_rates=missing,
    )


def _converted(found: list[CurrencySpend], days: tuple[date, ...], given: Rates) -> Converted | None:
    main = given.main
    if main is None:
        return None

    def total(amounts: list[Money | None]) -> Money:
        return Money(sum(m.minor for m in amounts if m is not None), main)

    months = tuple(
        MonthSpend(day, total([given.convert(c.months[i].spent) for c in found]), sum(c.months[i].payments for c in found))
        for i, day in enumerate(days)
    )
    return Converted(
        currency=main,
        spent=total([given.convert(c.spent) for c in found]),
        months=months,
        agreements_yearly=total([given.convert(c.agreements_yearly) for c in found if c.agreements_yearly]),
    )
