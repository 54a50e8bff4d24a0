"""The Money page: what she spent, per currency, from her payments (domain/spending.py).

At the top, the period (the last 12 or 24 months) and the currency shown, and what she spent in
each currency over the period, with the yearly cost of her running agreements; where she gave rates
(Settings, Money), the converted total beside, never instead. Then four tabs: the chart (a bar per
month, ui/pages/money/chart.py), the same months as a table, per vendor category and per vendor (the
dearest ten, then the others). The tables hold exactly the chart's numbers: keyboard and
screen-reader users get everything. Enter or a double-click on a vendor row emits `vendor_chosen`.

The chart is made when first drawn, and pyqtgraph loads with the first figures read on the worker,
so that neither starting the app nor opening the page waits for it. Numbers, amounts and month names
are her locale's (ui/formatting.py); the tables sort by value (`formatting.SORT_ROLE`). With a worker
(`use_worker`), the figures are read on its thread with a connection of its own (a lifetime's vault
sums a year of payments in a fraction of a second, but the window never waits for it); the page says
it is reading meanwhile. Below the tabs is the
place of the recurring charges found in her payments (`recurring_area`; the window puts the panel
there with `set_recurring_panel`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import spending
from myvendors.domain.models import Money
from myvendors.domain.spending import CurrencySpend, MonthSpend, SpendReport
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import EmptyState, PageHeader, list_table, secondary

if TYPE_CHECKING:
    from myvendors.ui.pages.money.chart import MonthChart
    from myvendors.ui.worker import Job, Worker

Connection = Callable[[], AbstractContextManager[Database]]
PERIODS = (12, 24)
TOP_VENDORS = 10
CONVERTED = "*converted"  # the currency combo's data for "all, converted to the main currency"
AMOUNT_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
VENDOR_ROLE = Qt.ItemDataRole.UserRole + 1


def amount_text(money: Money, locale: QLocale) -> str:
    """"€1,234.50" in en_GB, "1.234,50 €" in de_DE: digits grouped, the currency's decimals (`formatting`)."""
    return formatting.money_text(money, locale)


class MoneyPage(QWidget):
    vendor_chosen = Signal(int)  # Enter or double-click on a vendor row
    rates_wanted = Signal()  # "Exchange rates…": the window opens the settings at Money
    loaded = Signal()  # the figures read on the worker are shown

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = db
        self._worker: Worker | None = None
        self._connection: Connection | None = None
        self._job: Job | None = None
        self.report: SpendReport | None = None
        self.setAccessibleName(self.tr("Money"))
        self.figures_locale = QLocale()  # her locale (`formatting`; i18n.install sets it)

        self.header = self._make_header()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = secondary(parent=self, small=True)

        self.chart_area = QWidget(self)  # the chart is made when first drawn (`chart`)
        self._chart_column = QVBoxLayout(self.chart_area)
        self._chart_column.setContentsMargins(0, 0, 0, 0)
        self._chart: MonthChart | None = None
        self.months_model = QStandardItemModel(0, 3, self)
        self.categories_model = QStandardItemModel(0, 3, self)
        self.vendors_model = QStandardItemModel(0, 3, self)
        for model in (self.months_model, self.categories_model, self.vendors_model):
            model.setSortRole(formatting.SORT_ROLE)
        self.months_table = self._table(self.months_model, self.tr("Spending per month"))
        self.categories_table = self._table(self.categories_model, self.tr("Spending per category"))
        self.vendors_table = self._table(self.vendors_model, self.tr("Spending per vendor"))
        self.vendors_table.activated.connect(self._vendor_activated)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.chart_area, self.tr("&Chart"))
        self.tabs.addTab(self.months_table, self.tr("Per &month"))
        self.tabs.addTab(self.categories_table, self.tr("Per ca&tegory"))
        self.tabs.addTab(self.vendors_table, self.tr("Per vend&or"))

        # The recurring charges found in her payments go here (ui/pages/money/recurring.py's
        # RecurringPanel, put in by the window with `set_recurring_panel`); empty and hidden until then.
        self.recurring_area = QWidget(self)
        self.recurring_area.setObjectName("recurringArea")
        self._recurring_column = QVBoxLayout(self.recurring_area)
        self._recurring_column.setContentsMargins(0, 0, 0, 0)
        self.recurring_area.hide()

        self.content = QWidget(self)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.summary)
        column.addWidget(self.hint)
        column.addWidget(self.tabs, 3)
        column.addWidget(self.recurring_area, 2)
        self._empty_text = self.tr(
            "Record payments on a vendor's timeline, or import a bank statement: what you spend shows here.")
        self.empty = EmptyState("kind-money", self.tr("No payments yet"), self._empty_text, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 14, 16, 10)
        page.setSpacing(10)
        page.addWidget(self.header)
        page.addWidget(self.stack, 1)

    def _make_header(self) -> PageHeader:
        """The title, then the period, the currency shown and "Exchange rates…"."""
        header = PageHeader(self.tr("Money"), self)
        self.period_combo = QComboBox(header)
        self.period_combo.setAccessibleName(self.tr("Period"))
        for months in PERIODS:
            self.period_combo.addItem(self.tr("Last %d months") % months, months)
        period_label = QLabel(self.tr("&Period:"), header)
        period_label.setBuddy(self.period_combo)
        self.currency_combo = QComboBox(header)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.currency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        currency_label = QLabel(self.tr("C&urrency:"), header)
        currency_label.setBuddy(self.currency_combo)
        self.rates_button = QPushButton(self.tr("E&xchange rates…"), header)
        self.rates_button.setToolTip(self.tr("Your main currency and the rates to convert to it (Settings, Money)"))
        self.rates_button.clicked.connect(lambda: emit(self.rates_wanted))
        header.add(period_label, self.period_combo, currency_label, self.currency_combo, self.rates_button)
        self.period_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.currency_combo.currentIndexChanged.connect(lambda _: self._show_currency())

        return header

    @property
    def chart(self) -> MonthChart:
        """The bar chart, made when first needed: pyqtgraph (and numpy) load then, not when the app starts."""
        if self._chart is None:
            from myvendors.ui.pages.money.chart import MonthChart  # loads pyqtgraph: only when drawn

            self._chart = MonthChart(self.chart_area)
            self._chart.setAccessibleName(self.tr("Spending per month, as a chart"))
            self._chart_column.addWidget(self._chart)
        return self._chart

    def _table(self, model: QStandardItemModel, name: str) -> QTableView:
        view = list_table(self, name)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few dozen rows at most
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def set_recurring_panel(self, panel: QWidget) -> None:
        """Put the recurring charges panel in its place under the tabs."""
        panel.setParent(self.recurring_area)
        self._recurring_column.addWidget(panel)
        self.recurring_area.show()

    # -- reading -----------------------------------------------------------------------------
    def months(self) -> int:
        return int(self.period_combo.currentData() or PERIODS[0])

    def use_worker(self, worker: Worker, connection: Connection) -> None:
        """Read the figures on `worker`'s thread, with a connection that `connection()` opens there."""
        self._worker, self._connection = worker, connection

    def refresh(self, *, today: date | None = None) -> None:
        """Read the figures again (one aggregate query, however many payments) and show them: here, or
        on the worker when there is one (`loaded` follows)."""
        if self._db is None:
            return
        self._cancel()
        months = self.months()
        if self._worker is None or self._connection is None:
            self.show_report(spending.report(self._db, months=months, top=TOP_VENDORS, today=today))
            return
        connection = self._connection
        self.summary.setText(self.tr("Reading your payments…"))
        if self.report is None:  # nothing read yet: say so, not "No payments yet" while reading
            self._show_reading(True)

        def read() -> SpendReport | None:
            # pyqtgraph and numpy load here the first time, off the GUI thread (their import takes most
            # of a second: pyqtgraph copies every Qt class it may use); the chart is made on the GUI thread.
            importlib.import_module("myvendors.ui.pages.money.chart")
            try:
                with connection() as own:  # this thread's own connection
                    return spending.report(own, months=months, top=TOP_VENDORS, today=today)
            except RuntimeError:  # locked before the job started: nothing to show
                return None

        job = self._worker.submit(read)
        job.succeeded.connect(lambda report, job=job: self._read(job, report))
        job.failed.connect(lambda _error, job=job: self._read(job, None))
        self._job = job

    def _read(self, job: Job, report: SpendReport | None) -> None:
        if job is not self._job:
            return
        self._job = None
        if report is not None and self._db is not None:
            self.show_report(report)
        emit(self.loaded)

    def _show_reading(self, reading: bool) -> None:
        """The empty state stands for "reading" until the first figures arrive (on a big vault, a moment)."""
        if reading:
            self.empty.title.setText(self.tr("Reading your payments…"))
            self.empty.text.setText("")
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.title.setText(self.tr("No payments yet"))
            self.empty.text.setText(self._empty_text)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def is_loading(self) -> bool:
        return self._job is not None

    def show_report(self, report: SpendReport) -> None:
        self.report = report
        shown = self.currency_combo.currentData()
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        for found in report.currencies:
            self.currency_combo.addItem(found.currency, found.currency)
        if report.converted is not None:
            self.currency_combo.addItem(self.tr("All, in %s") % report.converted.currency, CONVERTED)
        index = self.currency_combo.findData(shown)
        if index < 0:  # first shown: her main currency, else the one she pays in most often
            usual = report.main_currency if report.main_currency in {c.currency for c in report.currencies} else (
                max(report.currencies, key=lambda c: c.payments).currency if report.currencies else None)
            index = self.currency_combo.findData(usual)
        self.currency_combo.setCurrentIndex(max(index, 0))
        self.currency_combo.blockSignals(False)
        self.currency_combo.setEnabled(self.currency_combo.count() > 1)
        self._show_reading(False)
        self.stack.setCurrentWidget(self.content if report.currencies else self.empty)
        self.summary.setText(self._summary(report))
        self.hint.setText(self._hint(report))
        self.hint.setVisible(bool(self.hint.text()))
        self._show_currency()

    def _summary(self, report: SpendReport) -> str:
        lines = []
        for found in report.currencies:
            parts = [self.tr("<b>%s</b> spent in the last %d months") % (amount_text(found.spent, self.figures_locale), len(report.months))]
            parts.append(self.tr("%s this month") % amount_text(found.this_month, self.figures_locale))
            if found.agreements_yearly is not None:
                parts.append(self.tr("running agreements %s a year") % amount_text(found.agreements_yearly, self.figures_locale))
            lines.append(" · ".join(parts))
        if report.converted is not None:
            lines.append(self.tr("All together, converted with your rates: <b>%s</b> (agreements %s a year)") % (
                amount_text(report.converted.spent, self.figures_locale),
                amount_text(report.converted.agreements_yearly, self.figures_locale),
            ))
        return "<br>".join(lines)

    def _hint(self, report: SpendReport) -> str:
        if report.missing_rates and report.main_currency:
            return self.tr("No rate for %s: give one under Exchange rates to see everything in %s.") % (
                ", ".join(report.missing_rates), report.main_currency)
        if len(report.currencies) > 1 and report.main_currency is None:
            return self.tr("Each currency is counted on its own. Choose a main currency and rates under "
                           "Exchange rates to see a total.")
        return ""

    def show_currency(self, currency: str | None) -> None:
        """Show `currency` (None: all together, converted, when she gave the rates)."""
        index = self.currency_combo.findData(currency if currency is not None else CONVERTED)
        if index >= 0:
            self.currency_combo.setCurrentIndex(index)

    def shown_currency(self) -> CurrencySpend | None:
        """The currency whose figures are shown (None: all together, converted, or nothing yet)."""
        if self.report is None:
            return None
        return self.report.currency(str(self.currency_combo.currentData() or ""))

    def _show_currency(self) -> None:
        report = self.report
        for model in (self.months_model, self.categories_model, self.vendors_model):
            model.removeRows(0, model.rowCount())
        self._set_headers()
        if report is None:
            return
        found = self.shown_currency()
        converted = report.converted if self.currency_combo.currentData() == CONVERTED else None
        months: tuple[MonthSpend, ...] = found.months if found else converted.months if converted else ()
        code = found.currency if found else converted.currency if converted else ""
        self.chart.show_months([m.month for m in months], [m.spent.amount for m in months], code, self.figures_locale)
        for month in reversed(months):  # newest first, as every list in the app
            row = self._row(self._month_text(month.month), month.spent, month.payments)
            row[0].setData(formatting.sort_value(month.month), formatting.SORT_ROLE)
            self.months_model.appendRow(row)
        if found is not None:
            for category in found.categories:
                self.categories_model.appendRow(self._row(category.category or self.tr("Uncategorised"),
                                                          category.spent, category.payments))
            for vendor in found.vendors:
                name = vendor.vendor_name if vendor.vendor_id is not None else (
                    self.tr("%d other vendors") % vendor.vendors if vendor.vendors != 1 else self.tr("1 other vendor"))
                row = self._row(name or "?", vendor.spent, vendor.payments)
                row[0].setData(vendor.vendor_id, VENDOR_ROLE)
                self.vendors_model.appendRow(row)
        for tab in (2, 3):  # per category and per vendor: one currency at a time
            self.tabs.setTabEnabled(tab, found is not None)

    def _set_headers(self) -> None:
        self.months_model.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Spent"), self.tr("Payments")])
        self.categories_model.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Spent"), self.tr("Payments")])
        self.vendors_model.setHorizontalHeaderLabels([self.tr("Vendor"), self.tr("Spent"), self.tr("Payments")])
        for model in (self.months_model, self.categories_model, self.vendors_model):
            for column in (1, 2):
                item = model.horizontalHeaderItem(column)
                if item is not None:
                    item.setTextAlignment(AMOUNT_ALIGN)

    def _month_text(self, month: date) -> str:
        return formatting.month_text(month, self.figures_locale)

    def _row(self, text: str, spent: Money, payments: int) -> list[QStandardItem]:
        cells = [QStandardItem(text), QStandardItem(amount_text(spent, self.figures_locale)),
                 QStandardItem(formatting.number_text(payments, where=self.figures_locale))]
        cells[0].setData(text, formatting.SORT_ROLE)  # tables sort by value, never by the shown text
        cells[1].setData(formatting.sort_value(spent.amount), formatting.SORT_ROLE)
        cells[2].setData(payments, formatting.SORT_ROLE)
        for cell in cells:
            cell.setEditable(False)
        for cell in cells[1:]:
            cell.setTextAlignment(AMOUNT_ALIGN)
        return cells

    def _vendor_activated(self, index: QModelIndex) -> None:
        vendor_id = self.vendors_model.index(index.row(), 0).data(VENDOR_ROLE)
        if isinstance(vendor_id, int):
            emit(self.vendor_chosen, vendor_id)

    def table_figures(self) -> list[tuple[str, str, str]]:
        """The month table's rows as shown (month, spent, payments): what tests compare with the figures."""
        return [tuple(self.months_model.index(row, column).data() for column in range(3))
                for row in range(self.months_model.rowCount())]

    def clear(self) -> None:
        """The vault locked: nothing of it stays on the page."""
        self._cancel()
        self._db = None
        self.report = None
        self.currency_combo.clear()
        self.summary.clear()
        self.hint.clear()
        if self._chart is not None:
            self._chart.show_months([], [], "", self.figures_locale)
        for model in (self.months_model, self.categories_model, self.vendors_model):
            model.removeRows(0, model.rowCount())
