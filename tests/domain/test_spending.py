"""What she spends: sums per month, category and vendor, per currency, refunds netted, converted only
with the rates she gave (the data: tests/spending_data.py)."""

from __future__ import annotations

from datetime import UTC, date
from decimal import Decimal

import pytest
import spending_data
from spending_data import BERLIN, TODAY

from myvendors.domain import settings, spending
from myvendors.domain.models import Money
from myvendors.domain.spending import CategorySpend, MonthSpend, Rates, VendorSpend
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def eur(amount: str) -> Money:
    return Money.parse(amount, "EUR")


def usd(amount: str) -> Money:
    return Money.parse(amount, "USD")


def test_the_sums_per_currency_month_category_and_vendor(db: Database) -> None:
    ids = spending_data.fill(db)
    found = spending.report(db, months=12, top=2, today=TODAY, tz=BERLIN)
    assert found.months[0] == date(2025, 12, 1) and found.months[-1] == date(2026, 11, 1) and len(found.months) == 12
    assert [c.currency for c in found.currencies] == ["EUR", "USD"]  # dearest first, never added up
    euros, dollars = found.currencies
    assert (euros.spent, euros.payments) == (eur("114.47"), 7)
    assert [(m.month, m.spent, m.payments) for m in euros.months if m.payments] == [
        (date(2025, 12, 1), eur("1.50"), 1),  # at 00:10 on its first day, Berlin time
        (date(2026, 9, 1), eur("12.99"), 1),
        (date(2026, 10, 1), eur("101.99"), 2),  # 00:30 on 1 October in Berlin is still September in UTC
        (date(2026, 11, 1), eur("-2.01"), 3),  # the refund outweighs the month's payments
    ]
    assert all(m.spent == eur("0") for m in euros.months if not m.payments)
    assert euros.this_month == eur("-2.01")
    assert euros.categories == (
        CategorySpend("Energy", eur("69.00"), 2),
        CategorySpend("Streaming", eur("38.97"), 3),
        CategorySpend(None, eur("6.50"), 2),
    )
    assert euros.vendors == (
        VendorSpend(ids.stadtwerke, "Stadtwerke", eur("69.00"), 2, 1),
        VendorSpend(ids.netflix, "Netflix", eur("38.97"), 3, 1),
        VendorSpend(None, None, eur("6.50"), 2, 1),  # the others: the corner shop alone
    )
    assert euros.agreements_yearly == eur("155.88")  # the ended tariff costs nothing
    assert (dollars.spent, dollars.payments, dollars.agreements_yearly) == (usd("20.00"), 2, usd("100.00"))
    assert dollars.categories == (CategorySpend("Software", usd("20.00"), 2),)
    assert (found.main_currency, found.converted, found.missing_rates) == (None, None, ())
    assert euros.converted is None and dollars.converted is None


def test_months_follow_her_calendar(db: Database) -> None:
    spending_data.fill(db)
    in_utc = spending.report(db, today=TODAY, tz=UTC).currencies[0]
    by_month = {m.month: m.spent for m in in_utc.months}
    assert by_month[date(2026, 9, 1)] == eur("101.99") and by_month[date(2026, 10, 1)] == eur("12.99")
    assert by_month[date(2025, 12, 1)] == eur("0")  # 00:10 in Berlin is 23:10 the day before in UTC


def test_a_converted_total_only_with_the_rates_she_gave(db: Database) -> None:
    spending_data.fill(db)
    settings.set_values(db, {"main_currency": "eur"})
    found = spending.report(db, today=TODAY, tz=BERLIN)
    assert found.main_currency == "EUR" and found.converted is None and found.missing_rates == ("USD",)
    assert found.currency("EUR") is not None and found.currency("EUR").converted == eur("114.47")  # type: ignore[union-attr]  # checked on the left

    settings.set_values(db, {"exchange_rates": "USD 0,92"})
    found = spending.report(db, today=TODAY, tz=BERLIN)
    assert found.missing_rates == ()
    assert [c.converted for c in found.currencies] == [eur("114.47"), eur("18.40")]  # beside, not instead
    assert [c.spent for c in found.currencies] == [eur("114.47"), usd("20.00")]
    converted = found.converted
    assert converted is not None
    assert (converted.currency, converted.spent, converted.agreements_yearly) == ("EUR", eur("132.87"), eur("247.88"))
    assert [m.spent for m in converted.months[-3:]] == [eur("12.99"), eur("111.19"), eur("7.19")]

    settings.set_values(db, {"main_currency": "USD", "exchange_rates": "EUR 1.08"})
    found = spending.report(db, today=TODAY, tz=BERLIN)
    assert [c.currency for c in found.currencies] == ["USD", "EUR"]  # her main currency first
    assert found.converted is not None and found.converted.spent == usd("143.63")  # 20.00 + 114.47 × 1.08 = 123.6276


@pytest.mark.parametrize(("money", "rates", "expected"), [
    (Money(1000, "USD"), Rates("EUR", {"USD": Decimal("0.92")}), Money(920, "EUR")),
    (Money(1000, "EUR"), Rates("EUR", {}), Money(1000, "EUR")),  # the main currency itself
    (Money(1000, "USD"), Rates("EUR", {}), None),  # no rate: never guessed
    (Money(1000, "USD"), Rates(None, {"USD": Decimal(1)}), None),  # no main currency
    (Money(1000, "JPY"), Rates("EUR", {"JPY": Decimal("0.0061")}), Money(610, "EUR")),  # 0 decimals to 2
    (Money(125, "USD"), Rates("JPY", {"USD": Decimal(150)}), Money(188, "JPY")),  # 187.5: half to even
    (Money(-1999, "USD"), Rates("EUR", {"USD": Decimal("0.5")}), Money(-1000, "EUR")),  # a refund: -9.995
])
def test_conversion(money: Money, rates: Rates, expected: Money | None) -> None:
    assert rates.convert(money) == expected


def test_one_currency_and_an_empty_vault(db: Database) -> None:
    empty = spending.report(db, months=24, today=TODAY)
    assert empty.currencies == () and len(empty.months) == 24 and empty.converted is None
    spending_data.fill(db)
    found = spending.report(db, currency="usd", today=TODAY, tz=BERLIN)
    assert [c.currency for c in found.currencies] == ["USD"]
    assert found.currencies[0].months[-1] == MonthSpend(date(2026, 11, 1), usd("10.00"), 1)
    november = spending.report(db, months=1, top=0, today=TODAY, tz=BERLIN)
    assert [c.currency for c in november.currencies] == ["EUR", "USD"]  # 3 payments in EUR, 1 in USD
    euros = november.currency("EUR")
    assert euros is not None and euros.vendors == (
        VendorSpend(None, None, eur("-2.01"), 3, 3),  # top 0: everyone is "others"
    )


@pytest.mark.parametrize(("arguments", "field"), [
    ({"months": 0}, "months"),
    ({"months": 121}, "months"),
    ({"top": -1}, "top"),
    ({"currency": "euro"}, "currency"),
])
def test_refusals(db: Database, arguments: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        spending.report(db, **arguments)  # type: ignore[arg-type]  # the wrong values are the point
    assert refused.value.field == field


@pytest.mark.parametrize(("text", "kept"), [
    ("", ""),
    ("USD 0.92", "USD 0.92"),
    ("usd=0.920; gbp: 1,17", "GBP 1.17; USD 0.92"),
    ("USD 0,92, GBP 1,17", "GBP 1.17; USD 0.92"),  # a decimal comma is part of the number
    ("JPY 0.0061\nCHF 1.05", "CHF 1.05; JPY 0.0061"),
])
def test_rates_as_she_writes_them(db: Database, text: str, kept: str) -> None:
    assert settings.set_value(db, "exchange_rates", text) == kept
    assert settings.get(db, "exchange_rates") == kept


@pytest.mark.parametrize("text", ["USD", "USD 0", "US 1", "USD 1; USD 2", "dollars 1", "USD -1", "USD 1e9"])
def test_rates_refused(db: Database, text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        settings.set_value(db, "exchange_rates", text)
    assert refused.value.field == "exchange_rates"
    assert settings.get(db, "exchange_rates") == ""  # nothing written


def test_main_currency_setting(db: Database) -> None:
    assert settings.set_value(db, "main_currency", " chf ") == "CHF"
    assert settings.set_value(db, "main_currency", "") == ""
    with pytest.raises(InvalidInput):
        settings.set_value(db, "main_currency", "Franken")
