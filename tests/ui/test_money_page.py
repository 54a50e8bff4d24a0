"""The Money page: its tables hold exactly the service's figures (the chart's bars too), per
currency and converted with her rates; numbers and month names in the language's way; reached from
the sidebar, Ctrl+6 and the Overview; empty when the vault locks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spending_data
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from spending_data import BERLIN, TODAY
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import settings, spending
from myvendors.domain.models import Money
from myvendors.storage import Database
from myvendors.ui import formatting, theme
from myvendors.ui.main_window import MONEY, OVERVIEW
from myvendors.ui.pages.money.chart import MonthChart
from myvendors.ui.pages.money.page import CONVERTED, MoneyPage, amount_text
from myvendors.ui.pages.overview import MoneyLink
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.vault import Vault

ENGLISH = QLocale("en_US")


@pytest.fixture
def filled(new_vault: tuple[Vault, str]) -> Database:
    db = new_vault[0].db
    spending_data.fill(db)
    return db


def _page(qtbot: QtBot, db: Database) -> MoneyPage:
    page = MoneyPage(db)
    qtbot.addWidget(page)
    page.figures_locale = ENGLISH
    page.show_report(spending.report(db, months=12, top=10, today=TODAY, tz=BERLIN))
    return page


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]  # a Qt model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_tables_hold_the_figures(qtbot: QtBot, filled: Database) -> None:
    page = _page(qtbot, filled)
    report = page.report
    assert report is not None
    euros = report.currencies[0]
    assert page.currency_combo.currentData() == "EUR"
    assert page.table_figures() == [  # newest first
        (f"{ENGLISH.standaloneMonthName(m.month.month)} {m.month.year}", amount_text(m.spent, ENGLISH),
         str(m.payments))
        for m in reversed(euros.months)
    ]
    assert page.table_figures()[:3] == [
        ("November 2026", "-€2.01", "3"), ("October 2026", "€101.99", "2"), ("September 2026", "€12.99", "1"),
    ]
    assert _column(page.categories_model, 0) == ["Energy", "Streaming", "Uncategorised"]
    assert _column(page.categories_model, 1) == ["€69.00", "€38.97", "€6.50"]
    assert _column(page.vendors_model, 0) == ["Stadtwerke", "Netflix", "Corner shop"]
    assert _column(page.vendors_model, 2) == ["2", "3", "2"]
    assert "€114.47" in page.summary.text() and "€155.88 a year" in page.summary.text()
    assert "$20.00" in page.summary.text()
    assert page.hint.text().startswith("Each currency is counted on its own")  # two currencies, no rates

    chart = page.chart
    bars = chart.bars
    assert bars is not None
    assert list(bars.opts["height"]) == [float(m.spent.amount) for m in euros.months]  # the table's numbers
    assert chart.ticks()[0] == (0, "Dec\n2025") and chart.ticks()[1] == (1, "Jan\n2026") and chart.ticks()[-1] == (11, "Nov")
    assert "November 2026" in chart.accessibleDescription() or "October 2026" in chart.accessibleDescription()

    page.show_currency("USD")
    assert page.table_figures()[:2] == [("November 2026", "$10.00", "1"), ("October 2026", "$10.00", "1")]
    assert _column(page.vendors_model, 0) == ["Cloud Co"]
    assert page.chart.plot.getPlotItem().getAxis("left").labelText == "USD"


def test_a_converted_view_with_her_rates(qtbot: QtBot, filled: Database) -> None:
    settings.set_values(filled, {"main_currency": "EUR", "exchange_rates": "USD 0.92"})
    page = _page(qtbot, filled)
    assert [page.currency_combo.itemData(i) for i in range(page.currency_combo.count())] == ["EUR", "USD", CONVERTED]
    page.show_currency(None)
    assert page.table_figures()[:2] == [("November 2026", "€7.19", "4"), ("October 2026", "€111.19", "3")]
    assert not page.tabs.isTabEnabled(2) and not page.tabs.isTabEnabled(3)  # categories and vendors: per currency
    assert "€132.87" in page.summary.text() and "€114.47" in page.summary.text()  # beside, never instead
    assert page.hint.isHidden()

    settings.set_values(filled, {"exchange_rates": ""})
    page.show_report(spending.report(filled, today=TODAY, tz=BERLIN))
    assert page.currency_combo.findData(CONVERTED) == -1
    assert page.hint.text() == "No rate for USD: give one under Exchange rates to see everything in EUR."


@pytest.mark.parametrize(("name", "money", "text", "month"), [
    ("de_DE", Money(123450, "EUR"), "1.234,50\u00a0€", "Okt"),
    ("en_US", Money(123450, "EUR"), "€1,234.50", "Oct"),
    ("de_DE", Money(-201, "EUR"), "-2,01\u00a0€", "Okt"),
    ("de_DE", Money(1500, "JPY"), "1.500\u00a0¥", "Okt"),
    ("fr_FR", Money(123450, "EUR"), "1\u202f234,50\u00a0€", "oct"),
])
def test_numbers_and_months_in_the_languages_way(qtbot: QtBot, name: str, money: Money, text: str, month: str) -> None:
    locale = QLocale(name)
    assert amount_text(money, locale) == text
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.show_months([date(2026, 10, 1)], [money.amount], money.currency, locale)
    assert chart.ticks() == [(0, f"{month}\n2026")]
    assert chart._axis.tickStrings([1000.0, 1500.0], 1.0, 500.0) == [  # the axis is the chart's own
        locale.toString(1000.0, "f", 0), locale.toString(1500.0, "f", 0)]


def test_an_empty_vault_says_what_goes_here(qtbot: QtBot, new_vault: tuple[Vault, str]) -> None:
    page = MoneyPage(new_vault[0].db)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentWidget() is page.empty and page.table_figures() == []


def test_while_the_figures_are_read_it_says_so_not_that_there_are_none(qtbot: QtBot, filled: Database) -> None:
    class _Signal:
        def connect(self, _slot: object) -> None:
            return None

    class _Job:  # a read that has not finished yet
        succeeded, failed = _Signal(), _Signal()

        def cancel(self) -> None:
            return None

    class _Worker:
        def submit(self, _work: object) -> _Job:
            return _Job()

    page = MoneyPage(filled)
    qtbot.addWidget(page)
    page.use_worker(_Worker(), lambda: filled)  # type: ignore[arg-type]  # stand-ins: the read never ends
    page.refresh()
    assert page.stack.currentWidget() is page.empty and page.empty.title.text() == "Reading your payments…"
    page.show_report(spending.report(filled, months=12))
    assert page.stack.currentWidget() is page.content
    assert page.empty.title.text() == "No payments yet"


def test_the_page_in_the_window(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    ids = spending_data.fill(controller.vault.db)
    main.refresh()
    qtbot.keyClick(main, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page() == MONEY
    qtbot.waitUntil(lambda: main.money_page.report is not None, timeout=WAIT_MS)  # read on the worker
    assert QApplication.focusWidget() is main.money_page.tabs.tabBar()
    qtbot.keyClick(main.money_page.tabs.tabBar(), Qt.Key.Key_Right)
    assert main.money_page.tabs.currentWidget() is main.money_page.months_table
    assert main.money_page.months_table.focusPolicy() != Qt.FocusPolicy.NoFocus

    main.money_page.tabs.setCurrentWidget(main.money_page.vendors_table)
    table = main.money_page.vendors_table
    table.setFocus()
    row = _column(main.money_page.vendors_model, 0).index("Stadtwerke")
    table.setCurrentIndex(main.money_page.vendors_model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert main.vendors_page.detail.vendor is not None and main.vendors_page.detail.vendor.id == ids.stadtwerke

    main.go_to(OVERVIEW)
    main.open_overview_item(MoneyLink("USD"))
    assert main.current_page() == MONEY and main.money_page.currency_combo.currentData() == "USD"

    main.money_page.rates_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(SettingsDialog) if d.isVisible())
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.editors["exchange_rates"])
    dialog.set_value("main_currency", "EUR")
    dialog.set_value("exchange_rates", "USD 0.5")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: main.money_page.currency_combo.findData(CONVERTED) >= 0, timeout=WAIT_MS)  # read again

    controller.lock()
    assert main.money_page.report is None or main.money_page.table_figures() == []


def test_the_chart_follows_the_theme(qtbot: QtBot, filled: Database, qapp: QApplication) -> None:
    page = _page(qtbot, filled)
    try:
        for look in ("dark", "light"):
            theme.apply(qapp, look)
            palette = theme.palette(look)
            assert page.chart.plot.backgroundBrush().color() == palette.color(palette.ColorRole.Base), look
            bars = page.chart.bars
            assert bars is not None
            spend = [brush.color() for brush in bars.opts["brushes"]]
            assert palette.color(palette.ColorRole.Highlight) in spend, look  # the months she spent in
            axis = page.chart.plot.getPlotItem().getAxis("left")
            assert axis.textPen().color() == palette.color(palette.ColorRole.WindowText), look
    finally:
        theme.apply(qapp, "light")


def test_the_tables_sort_by_value_not_by_the_text(qtbot: QtBot, filled: Database) -> None:
    """German month names and amounts sorted as written would put "April" first and "-2,01 €" among
    the tens; the tables sort by the month and the amount themselves (`formatting.SORT_ROLE`)."""
    page = MoneyPage(filled)
    qtbot.addWidget(page)
    page.figures_locale = QLocale("de_DE")
    page.show_report(spending.report(filled, months=12, top=10, today=TODAY, tz=BERLIN))
    model = page.months_model
    assert _column(model, 0)[:2] == ["November 2026", "Oktober 2026"]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _column(model, 0) == [f"{QLocale('de_DE').standaloneMonthName(m)} {y}"
                                 for y, m in [(2025, 12), *((2026, n) for n in range(1, 12))]]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    spent = [model.index(row, 1).data(formatting.SORT_ROLE) for row in range(model.rowCount())]
    assert spent == sorted(spent) and _column(model, 1)[0] == "-2,01\u00a0€"
