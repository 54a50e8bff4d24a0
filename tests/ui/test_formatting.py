"""Dates, numbers and amounts in her locale (ui/formatting.py), and tables that sort by value."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from myvendors.domain.models import Agreement, AgreementKind, BillingPeriod, Money
from myvendors.errors import InvalidInput
from myvendors.ui import formatting, i18n
from myvendors.ui.models.records import AgreementsModel

NB, NNB = "\u00a0", "\u202f"
DAY = date(2026, 12, 3)


@pytest.mark.parametrize(("name", "day", "month", "number", "euros", "dollars", "refund", "yen"), [
    ("en_US", "12/3/2026", "December 2026", "1,234.5", "€1,234.50", "$1,234.50", "-$1,234.50", "¥1,234"),
    ("en_GB", "03/12/2026", "December 2026", "1,234.5", "€1,234.50", "US$1,234.50", "-US$1,234.50", "JP¥1,234"),
    ("de_DE", "03.12.2026", "Dezember 2026", "1.234,5", f"1.234,50{NB}€", f"1.234,50{NB}$", f"-1.234,50{NB}$",
     f"1.234{NB}¥"),
    ("fr_FR", "03/12/2026", "décembre 2026", f"1{NNB}234,5", f"1{NNB}234,50{NB}€", f"1{NNB}234,50{NB}$US",
     f"-1{NNB}234,50{NB}$US", f"1{NNB}234{NB}JPY"),
    ("C", "2026-12-03", "December 2026", "1234.5", "1234.50 EUR", "1234.50 USD", "-1234.50 USD", "1234 JPY"),
])
def test_each_locale_writes_its_own_way(name: str, day: str, month: str, number: str, euros: str, dollars: str,
                                       refund: str, yen: str) -> None:
    where = QLocale(name)
    assert formatting.date_text(DAY, where) == day  # always the four-digit year (en_US's own has two)
    assert formatting.month_text(DAY, where) == month
    assert formatting.number_text(Decimal("1234.5"), where=where) == number
    assert formatting.money_text(Money.parse("1234.5", "EUR"), where) == euros
    assert formatting.money_text(Money.parse("1234.5", "USD"), where) == dollars
    assert formatting.money_text(Money.parse("-1234.5", "USD"), where) == refund
    assert formatting.money_text(Money.parse("1234", "JPY"), where) == yen
    assert formatting.date_text(None, where) == ""


@pytest.mark.parametrize(("name", "stars"), [("en_US", "4.2 ★"), ("de_DE", "4,2 ★"), ("fr_FR", "4,2 ★"), ("C", "4.2 ★")])
def test_a_standing_is_written_with_the_locales_decimal_sign(name: str, stars: str) -> None:
    from fractions import Fraction

    assert formatting.stars_text(Fraction(21, 5), QLocale(name)) == stars
    assert formatting.stars_text(4, QLocale(name)) == stars.replace("2", "0").replace("4", "4", 1)  # always one decimal


@pytest.mark.parametrize(("name", "typed", "plain"), [
    ("de_DE", "12,50", "12.50"), ("de_DE", "1.234,50", "1234.50"), ("de_DE", "1.234", "1234"),
    ("de_DE", "12.50", "12.50"), ("de_DE", "1.234.567", "1234567"), ("de_DE", " 99 ", "99"),
    ("fr_FR", f"1{NNB}234,50", "1234.50"), ("fr_FR", f"1{NB}234,5", "1234.5"), ("fr_FR", "0,001", "0.001"),
    ("en_US", "1,234.50", "1234.50"), ("en_US", "1,234", "1234"), ("en_US", "1.234", "1.234"),
    ("en_US", "12,5", "12.5"), ("C", "12.99", "12.99"), ("C", "12,99", "12.99"),
    ("de_DE", "12,5,0", "12,5,0"), ("de_DE", "1.23,5", "1.23,5"), ("en_US", "12,34,567.1", "12,34,567.1"), ("de_DE", "abc", "abc"), ("de_DE", "-3,20", "-3.20"),
])
def test_an_amount_typed_the_locales_way_is_read(name: str, typed: str, plain: str) -> None:
    assert formatting.amount_input(typed, QLocale(name)) == plain


@pytest.mark.parametrize("name", ["de_DE", "fr_FR", "en_US", "en_GB", "C"])
@pytest.mark.parametrize("amount", ["1234.50", "0.5", "12", "1234567.891", "-20.00"])
def test_an_amount_shown_for_editing_reads_back_the_same(name: str, amount: str) -> None:
    where = QLocale(name)
    shown = formatting.amount_edit_text(Decimal(amount), where)
    assert Decimal(formatting.amount_input(shown, where)) == Decimal(amount), shown


def test_the_default_locale_is_what_texts_take() -> None:
    QLocale.setDefault(QLocale("de_DE"))  # the fixture puts the system's back
    assert formatting.date_text(DAY) == "03.12.2026"
    assert formatting.money_text(Money.parse("-2.01", "EUR")) == f"-2,01{NB}€"
    assert formatting.date_format() == "dd.MM.yyyy"
    assert formatting.stamp_date_text("2026-12-03T10:00:00Z") == "03.12.2026"


@pytest.mark.parametrize(("system", "chosen", "expected"), [
    ("en_GB", "system", "en_GB"),
    ("en_GB", "en", "en_GB"),  # her region's way in the language she chose
    ("de_AT", "de", "de_AT"),
    ("en_GB", "de", "de_DE"),
    ("de_DE", "en", "en_US"),
    ("de_DE", "fr", "fr_FR"),
])
def test_the_locale_of_a_chosen_language(monkeypatch: pytest.MonkeyPatch, system: str, chosen: str, expected: str) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.locale_for(chosen).name() == expected


def test_install_sets_the_default_locale(qapp) -> None:  # type: ignore[no-untyped-def]  # pytest-qt's fixture
    installed = i18n.install(qapp, "de")
    try:
        assert QLocale().name() == "de_DE" and formatting.date_text(DAY) == "03.12.2026"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _agreement(n: int, renewal: date, price: str) -> Agreement:
    return Agreement(id=n, uid=f"a{n}", vendor_id=1, kind=AgreementKind.SUBSCRIPTION, title=f"Plan {n}",
                     price=Money.parse(price, "EUR"), period=BillingPeriod.MONTHLY, start=None, end=None,
                     renewal=renewal, cancel_by=None, notice_days=None, notes="",
                     created_at=datetime(2026, 1, n, tzinfo=UTC).isoformat(), updated_at="")


def test_a_table_shows_the_locales_dates_and_sorts_by_date(qtbot) -> None:  # type: ignore[no-untyped-def]  # pytest-qt
    """German dates sorted as text would put 15.01.2027 before 20.06.2025; the table sorts by the date."""
    QLocale.setDefault(QLocale("de_DE"))
    model = AgreementsModel()
    model.set_records([_agreement(1, date(2026, 12, 3), "9.99"), _agreement(2, date(2027, 1, 15), "120"),
                       _agreement(3, date(2025, 6, 20), "-5")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(formatting.SORT_ROLE)

    def column(number: int) -> list[str]:
        return [proxy.index(row, number).data() for row in range(proxy.rowCount())]

    assert column(AgreementsModel.RENEWAL) == ["03.12.2026", "15.01.2027", "20.06.2025"]  # as the vault gave them
    proxy.sort(AgreementsModel.RENEWAL, Qt.SortOrder.AscendingOrder)
    assert column(AgreementsModel.RENEWAL) == ["20.06.2025", "03.12.2026", "15.01.2027"]
    proxy.sort(AgreementsModel.PRICE, Qt.SortOrder.AscendingOrder)  # "-5,00 €" < "9,99 €" < "120,00 €"
    assert [text.split(" ")[0] for text in column(AgreementsModel.PRICE)] == [
        f"-5,00{NB}€", f"9,99{NB}€", f"120,00{NB}€"]


def test_a_price_typed_with_a_decimal_comma_in_german_is_the_price(qtbot) -> None:  # type: ignore[no-untyped-def]  # pytest-qt
    from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog

    QLocale.setDefault(QLocale("de_DE"))  # the fixture puts the system's back
    dialog = AgreementDialog(None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Fitnessstudio")
    dialog.price_edit.setText("1.234,50")
    dialog.currency_edit.setText("EUR")
    assert dialog.values()["price"] == Money.parse("1234.50", "EUR")
    dialog.price_edit.setText("12.3.4")
    with pytest.raises(InvalidInput):
        dialog.values()
