"""Dates and amounts of the documents, in each language's own way (domain/formats.py, CLDR by Babel)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from myvendors.domain import formats
from myvendors.domain.models import Money

NB, NNB = "\u00a0", "\u202f"  # CLDR's no-break space and narrow no-break space
DAY = date(2026, 12, 3)


@pytest.mark.parametrize(("language", "money", "text"), [
    ("en", Money.parse("1234.5", "EUR"), "€1,234.50"),
    ("de", Money.parse("1234.5", "EUR"), f"1.234,50{NB}€"),
    ("fr", Money.parse("1234.5", "EUR"), f"1{NNB}234,50{NB}€"),
    ("en_US", Money.parse("1234.5", "USD"), "$1,234.50"),
    ("en_GB", Money.parse("1234.5", "USD"), "US$1,234.50"),
    ("de_DE", Money.parse("-1234.5", "EUR"), f"-1.234,50{NB}€"),
    ("en_US", Money.parse("-1234.5", "USD"), "-$1,234.50"),
    ("fr_FR", Money.parse("-0.5", "EUR"), f"-0,50{NB}€"),
    ("en_US", Money.parse("1234", "JPY"), "¥1,234"),  # no minor unit: no decimals
    ("de_DE", Money.parse("1234", "JPY"), f"1.234{NB}¥"),
    ("fr_FR", Money.parse("1234", "JPY"), f"1{NNB}234{NB}JPY"),
    ("en_GB", Money.parse("1.234", "BHD"), "BHD\u00a01.234"),  # three decimals kept, never rounded away
    ("de_AT.UTF-8", Money.parse("1234.5", "EUR"), f"€{NB}1.234,50"),  # a region's own way
    ("C", Money.parse("1234.5", "EUR"), "1234.50 EUR"),  # no locale: the plain form
    ("xx_YY", Money.parse("-3", "USD"), "-3.00 USD"),
])
def test_amounts_as_each_language_writes_them(language: str, money: Money, text: str) -> None:
    assert formats.money_text(money, language) == text
    assert formats.amount_text(money.amount, money.currency, language) == text


@pytest.mark.parametrize(("language", "long", "table"), [
    ("en", "3 December 2026", "3 Dec 2026"),  # a document's English is British, as letters always were
    ("en_US", "December 3, 2026", "Dec 3, 2026"),
    ("de", "3. Dezember 2026", "03.12.2026"),
    ("fr", "3 décembre 2026", "3 déc. 2026"),
    ("C", "2026-12-03", "2026-12-03"),
])
def test_dates_as_each_language_writes_them(language: str, long: str, table: str) -> None:
    assert (formats.long_date(DAY, language), formats.table_date(DAY, language)) == (long, table)


@pytest.mark.parametrize(("language", "text"), [("en", "12,800"), ("de", "12.800"), ("fr", f"12{NNB}800"), ("C", "12800")])
def test_numbers_are_grouped(language: str, text: str) -> None:
    assert formats.number_text(12800, language) == text
    assert formats.number_text(Decimal("12800"), language) == text
