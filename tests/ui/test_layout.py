"""Tables show what matters at common screen sizes.

With the demo vault, at 1366×768 (the window's default size there, and maximised), 1024×700 and 1000×700,
in English and German: every table's essential columns (names, statuses, dates, money) are
inside the viewport and none of their visible texts is elided (tests/ui/layout_check.py measures
with QFontMetrics what Qt's item delegate would cut). The window opens inside the screen, and its
geometry, splitters and last page come back at the next unlock, on this device, not in the vault.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from layout_check import layout_problems, table_problems
from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from myvendors.domain import requests as request_service
from myvendors.domain import vendors
from myvendors.ui import i18n
from myvendors.ui.main_window import OVERVIEW, REPUTATION, REQUESTS, SHARED, VENDORS, MainWindow
from myvendors.ui.window_state import initial_geometry
from myvendors.ui.widgets import ColumnFitter, FitSplitter

# A window manager's frame as openbox draws it (title bar and borders), for the sizes below.
FRAME = QMargins(1, 24, 1, 5)
SCREENS = {"1366x768": QRect(0, 0, 1366, 768), "1024x700": QRect(0, 0, 1024, 700), "1000x700": QRect(0, 0, 1000, 700)}
DETAIL_TABS = ("profile", "agreements", "timeline", "reputation", "files")


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = i18n.install(qapp, request.param)
    try:
        yield request.param
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _busiest_vendor(window: MainWindow) -> int:
    """The demo vendor with the most agreements in more than one currency, else the most agreements."""
    from myvendors.domain import agreements

    db = window.vault.db
    best, score = None, (-1, -1)
    for vendor in vendors.list_vendors(db):
        found = agreements.agreements_of(db, vendor.id)
        currencies = {a.price.currency for a in found if a.price is not None}
        if (len(currencies), len(found)) > score:
            best, score = vendor.id, (len(currencies), len(found))
    assert best is not None
    return best


def visit_every_table(window: MainWindow, qtbot: QtBot) -> list[str]:
    """Show each page (and each tab of the vendor detail) with its rows, and measure it."""
    problems: list[str] = []

    def measure(where: str) -> None:
        for _ in range(6):  # the splitter arranges, then the tables fit (each on a zero timer)
            QApplication.processEvents()
        problems.extend(f"{where}: {p}" for p in layout_problems(window))

    window.go_to(OVERVIEW)
    measure("Overview")
    window.go_to(VENDORS)
    measure("Vendors")
    assert window.show_vendor(_busiest_vendor(window))
    for index, name in enumerate(DETAIL_TABS):
        window.vendors_page.detail.tabs.setCurrentIndex(index)
        measure(f"Vendors ▸ {name}")
    window.go_to(REQUESTS)
    page = window.requests_page
    with_offers = [r for r in request_service.list_requests(window.vault.db) if request_service.offer_count(window.vault.db, r.id)]
    if with_offers:
        assert page.select(with_offers[0].id)
    measure("Requests")
    window.go_to(REPUTATION)
    measure("Reputation")
    window.go_to(SHARED)
    measure("Shared")
    return problems


def _place(window: MainWindow, qtbot: QtBot, geometry: QRect) -> None:
    window.showNormal()
    window.setGeometry(geometry)
    qtbot.waitUntil(lambda: window.geometry() == geometry)


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_default_window_shows_every_essential_column(
    language: str, screen: str, myvendors_main_window: MainWindow, qtbot: QtBot
) -> None:
    window = myvendors_main_window
    geometry = initial_geometry(SCREENS[screen], FRAME, None)
    _place(window, qtbot, geometry)
    assert visit_every_table(window, qtbot) == []


def test_maximised_window_shows_every_essential_column(
    language: str, myvendors_main_window: MainWindow, qtbot: QtBot
) -> None:
    window = myvendors_main_window
    _place(window, qtbot, QRect(0, 24, 1366, 768 - 24))  # maximised: no side borders, the title bar stays
    assert visit_every_table(window, qtbot) == []


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_the_window_opens_inside_the_screen(screen: str) -> None:
    available = SCREENS[screen]
    geometry = initial_geometry(available, FRAME, None)
    assert available.contains(geometry.marginsAdded(FRAME)), (geometry, available)
    assert geometry.width() >= min(1000, available.width() - 2) and geometry.height() >= 600


def test_saved_geometry_is_clamped_to_the_screen() -> None:
    available = SCREENS["1024x700"]
    saved = QRect(900, 500, 1800, 1000)  # from a bigger screen, partly off this one
    geometry = initial_geometry(available, FRAME, saved)
    assert available.contains(geometry.marginsAdded(FRAME)), geometry
    kept = QRect(40, 60, 800, 500)  # fits: kept as it was
    assert initial_geometry(available, FRAME, kept) == kept


def test_the_main_window_is_inside_the_available_screen(myvendors_main_window: MainWindow) -> None:
    window = myvendors_main_window
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert window.size().boundedTo(QSize(area.width(), area.height())) == window.size()


def _unlock_again(app: Any, qtbot: QtBot) -> MainWindow:
    from myvendors.testing import PASSPHRASE
    from myvendors.ui.unlock import UnlockWindow

    app.lock()
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockWindow))
    unlock = app.window
    qtbot.waitUntil(lambda: not app.worker.is_busy())
    qtbot.keyClicks(unlock.unlock_page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(unlock.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow))
    window = app.window
    qtbot.waitExposed(window)
    return window


def test_geometry_splitters_and_page_come_back_at_the_next_unlock(myvendors_app: Any, qtbot: QtBot) -> None:
    from myvendors import paths
    from myvendors.domain import settings

    window = myvendors_app.window
    window.showNormal()
    geometry = QRect(10, 40, 780, 600)
    window.setGeometry(geometry)
    qtbot.waitUntil(lambda: window.geometry() == geometry, timeout=1000)
    window.go_to(REQUESTS)
    window.go_to(VENDORS)
    window.vendors_page.pane.splitter.set_user_sizes([300, 400])  # as if she dragged the handle
    sizes = dict(window.vendors_page.pane.splitter.user_sizes)
    window = _unlock_again(myvendors_app, qtbot)
    assert window.current_page() == VENDORS
    assert window.geometry() == geometry
    assert window.vendors_page.pane.splitter.user_sizes == sizes
    assert (paths.config_dir() / settings.WINDOW_FILE).is_file()  # on this device, not in the vault



class _CountingModel(QStandardItemModel):
    """A long list that counts the cells read."""

    ESSENTIAL = (0, 1)
    FREE_TEXT = (2,)
    OPTIONAL = (3,)

    def __init__(self, rows: int) -> None:
        super().__init__(rows, 4)
        self.setHorizontalHeaderLabels(["Name", "Due", "Note", "Extra"])
        for row in range(rows):
            for column, text in enumerate((f"Vendor {row}", "2026-12-31", "a note " * 5, "extra text here")):
                self.setItem(row, column, QStandardItem(text))
        self.reads = 0

    def data(self, index: Any, role: int = 0) -> Any:
        self.reads += 1
        return super().data(index, role)


def test_columns_of_a_hidden_list_read_no_rows_and_a_shown_one_only_its_rows_on_screen(qtbot: QtBot) -> None:
    model = _CountingModel(5000)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = ColumnFitter(view, {1: "2026-12-31"})
    fitter.fit()
    assert model.reads == 0  # hidden: titles and samples only
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    fitter.fit()
    assert 0 < model.reads < 100 * 4 * 4  # the rows on screen (a dozen), a few roles each; never 5000
    assert view.horizontalHeader().sectionSize(0) >= view.fontMetrics().horizontalAdvance("Vendor 10")


def test_optional_columns_hide_before_essential_ones_are_cut(qtbot: QtBot) -> None:
    model = _CountingModel(20)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = ColumnFitter(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    fitter.fit()
    assert not view.isColumnHidden(3)
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(3))
    fitter.fit()
    assert table_problems(view) == []


def test_two_panes_go_one_above_the_other_when_both_do_not_fit(qtbot: QtBot) -> None:
    splitter = FitSplitter(lambda: 400, lambda: 500)
    qtbot.addWidget(splitter)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    splitter.resize(1000, 600)
    splitter.show()
    splitter.arrange()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert splitter.sizes()[0] >= 400 and splitter.sizes()[1] >= 500
    splitter.resize(800, 600)
    splitter.arrange()
    assert splitter.orientation() == Qt.Orientation.Vertical


def test_a_yearly_cost_in_two_currencies_is_never_cut(language: str, myvendors_main_window: MainWindow, qtbot: QtBot) -> None:
    from myvendors.domain import agreements
    from myvendors.domain.models import AgreementDraft, AgreementKind, BillingPeriod, Money

    window = myvendors_main_window
    db = window.vault.db
    for vendor in [window.vendors_page.model.vendor(row) for row in range(3)]:  # the first rows of the list: on screen
        for price, currency in (("1234.50", "EUR"), ("99.99", "USD"), ("12000", "CZK")):
            agreements.add_agreement(db, AgreementDraft(
                vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION, title=f"Plan in {currency}",
                price=Money.parse(price, currency), period=BillingPeriod.MONTHLY,
            ))
    window.refresh()
    _place(window, qtbot, initial_geometry(SCREENS["1024x700"], FRAME, None))
    window.go_to(VENDORS)
    assert window.show_vendor(window.vendors_page.model.vendor(0).id)
    for _ in range(6):
        QApplication.processEvents()
    costs = [window.vendors_page.model.index(row, 5).data() for row in range(3)]
    assert all(text.count(" · ") == 2 for text in costs), costs  # three currencies each
    assert layout_problems(window) == []


def _detail_scroll(window: MainWindow) -> Any:
    from PySide6.QtWidgets import QScrollArea

    detail = window.vendors_page.detail
    parent = detail.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


@pytest.mark.parametrize("screen", ["1366x768", "1024x700"])
def test_the_aliases_and_timeline_tabs_of_a_vendor_with_a_leak_fit_without_a_horizontal_scroll_bar(
    language: str, screen: str, myvendors_main_window: MainWindow, qtbot: QtBot
) -> None:
    window = myvendors_main_window
    _place(window, qtbot, initial_geometry(SCREENS[screen], FRAME, None))
    window.go_to(VENDORS)
    leaky = next(v for v in vendors.list_vendors(window.vault.db) if v.name == "Nordlicht Mobilfunk")
    assert window.show_vendor(leaky.id)
    detail = window.vendors_page.detail
    tab = detail.aliases
    for shown in (detail.timeline, tab):
        detail.tabs.setCurrentWidget(shown)
        for _ in range(6):
            QApplication.processEvents()
        assert not _detail_scroll(window).horizontalScrollBar().isVisible()
        assert layout_problems(window) == []
    assert tab.summary.text() and tab.summary.isVisible()
    for widget in (tab.summary, tab.intro, tab.ask_button, tab.record_button, tab.add_button):
        right = widget.mapTo(tab, widget.rect().topRight()).x()
        assert right <= tab.width(), (widget.objectName() or widget.text(), right, tab.width())
    assert detail.timeline.model.leak_count == 1


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_a_vendor_opened_from_elsewhere_is_in_sight_in_the_list(
    screen: str, myvendors_main_window: MainWindow, qtbot: QtBot
) -> None:
    """Opened from search or the Overview, the page is laid out and the detail takes its room after
    the vendor is chosen: the list must still show the chosen row, not just select it out of sight."""
    window = myvendors_main_window
    _place(window, qtbot, initial_geometry(SCREENS[screen], FRAME, None))
    window.go_to(OVERVIEW)
    listed = sorted(vendors.list_vendors(window.vault.db), key=lambda v: v.name.casefold())
    assert len(listed) > 20  # more than the list shows at once
    far = listed[len(listed) * 2 // 3]
    assert window.show_vendor(far.id)
    view = window.vendors_page.pane.view
    for _ in range(10):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(view.currentIndex()).center()), timeout=3000)
    assert window.vendors_page.model.vendor(view.currentIndex().row()).id == far.id
